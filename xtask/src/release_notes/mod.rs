//! `cargo xtask release-notes OLD NEW`: diff two spec releases with
//! tencent-cloud-specdiff, write the Markdown notes as a section of
//! `CHANGELOG.md` (a summary, then the full list), and apply each service
//! crate's version bump to `crates/services/<service>/Cargo.toml` where
//! that crate exists.
//!
//! The versions block of each section's summary is the bookkeeping ([`bookkeeping`]): the
//! crates' old → new versions in that release. A new section bumps from the
//! manifests; a section written again (the same pair) keeps its date, its
//! hand-written `<!-- notes:keep -->` block and its versions, and where the
//! semver policy now asks for more than was applied, moves the crate
//! forward and says why in the section (versions never go back: where it
//! asks for less, the version stays, with a note).

use std::collections::BTreeMap;
use std::path::Path;

use tencent_cloud_specdiff::Lang;
use tencent_cloud_specdiff::render::markdown;
use tencent_cloud_specdiff::render::summary::{self, CrateVersion};
use tencent_cloud_specdiff::{IgnoreList, Level, Options, Report, diff_pair};

use crate::Failure;

mod bookkeeping;

use bookkeeping::{VersionWrite, bookkeeping, manifest_path, write_version};

const TITLE: &str = "# Changelog\n\n\
Release notes of the generated crates, one section per tccli spec release, \
newest first. Written by `cargo xtask release-notes OLD NEW` \
(see `tc-specdiff --help` for the rules behind each item).\n\n";

fn start_marker(old: &str, new: &str) -> String {
    format!("<!-- release-notes {old} -> {new} -->")
}

fn end_marker(old: &str, new: &str) -> String {
    format!("<!-- end release-notes {old} -> {new} -->")
}

/// What happened to CHANGELOG.md.
#[derive(Debug, PartialEq, Eq)]
pub enum ChangelogOutcome {
    Created,
    Prepended,
    Replaced,
}

/// The (OLD, NEW) pairs of a changelog's sections, in file order.
pub fn sections(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| {
            let pair = l
                .strip_prefix("<!-- release-notes ")?
                .strip_suffix(" -->")?;
            let (o, n) = pair.split_once(" -> ")?;
            Some((o.to_string(), n.to_string()))
        })
        .collect()
}

/// The bookkeeping of CHANGELOG.md, a small state machine over its
/// sections, which cover a chain of releases, newest first:
///
/// * a pair already there is refreshed in place (its bumps were applied
///   when it was first written);
/// * otherwise NEW must be newer than OLD (a reversed pair is refused) and
///   newer than every NEW already written (an older one is refused: sections
///   stay newest first), and OLD must not lie before the newest NEW (an
///   overlapping pair would bump crates a second time); the section goes on
///   top. A gap (OLD newer than the newest NEW) is allowed.
///
/// Returns the outcome, or why the pair is refused (bad input, exit 2).
pub fn check_pair(
    existing: Option<&str>,
    old: &str,
    new: &str,
) -> Result<ChangelogOutcome, Failure> {
    use tencent_cloud_spec::version_key as key;
    let Some(text) = existing else {
        return if key(new) > key(old) {
            Ok(ChangelogOutcome::Created)
        } else {
            Err(Failure::input(format!(
                "{old} → {new}: NEW is not newer than OLD"
            )))
        };
    };
    let secs = sections(text);
    if secs.iter().any(|(o, n)| o == old && n == new) {
        return Ok(ChangelogOutcome::Replaced);
    }
    if key(new) <= key(old) {
        return Err(Failure::input(format!(
            "{old} → {new}: NEW is not newer than OLD (a reversed pair)"
        )));
    }
    if let Some(newest) = secs.iter().map(|(_, n)| n).max_by_key(|n| key(n)) {
        if key(new) <= key(newest) {
            return Err(Failure::input(format!(
                "{old} → {new}: CHANGELOG.md already goes up to {newest}; sections stay newest first (re-run an existing pair to refresh it)"
            )));
        }
        if key(old) < key(newest) {
            return Err(Failure::input(format!(
                "{old} → {new} overlaps the notes up to {newest}: their bumps are applied already; run {newest} → {new}"
            )));
        }
    }
    Ok(ChangelogOutcome::Prepended)
}

/// The text of the section OLD → NEW (between its markers), if any.
pub fn section_text<'a>(text: &'a str, old: &str, new: &str) -> Option<&'a str> {
    let (start, end) = (start_marker(old, new), end_marker(old, new));
    let s = text.find(&start)?;
    let e = text[s..].find(&end)?;
    Some(&text[s + start.len()..s + e])
}

/// Puts `notes` (for OLD → NEW) into the changelog text as
/// [`check_pair`] decides: on top after the title, or in place of the
/// pair's earlier section. Returns the new text.
pub fn update_changelog(
    existing: Option<&str>,
    old: &str,
    new: &str,
    notes: &str,
) -> Result<(String, ChangelogOutcome), Failure> {
    let outcome = check_pair(existing, old, new)?;
    let section = format!(
        "{}\n# Release {new} (from {old})\n\n{}\n{}\n\n",
        start_marker(old, new),
        notes.trim_end(),
        end_marker(old, new)
    );
    let Some(text) = existing else {
        return Ok((format!("{TITLE}{section}"), outcome));
    };
    let (start, end) = (start_marker(old, new), end_marker(old, new));
    if outcome == ChangelogOutcome::Replaced
        && let Some(s) = text.find(&start)
        && let Some(e) = text[s..].find(&end)
    {
        let mut cut = s + e + end.len();
        while text[cut..].starts_with('\n') {
            cut += 1;
        }
        let mut out = text.to_string();
        out.replace_range(s..cut, &section);
        return Ok((out, outcome));
    }
    // Keep the title (everything before the first section) on top.
    let head_end = text.find("<!-- release-notes ").unwrap_or(text.len());
    let (head, tail) = text.split_at(head_end);
    let head = if head.trim().is_empty() {
        TITLE.to_string()
    } else {
        format!("{}\n\n", head.trim_end())
    };
    Ok((format!("{head}{section}{tail}"), outcome))
}

/// Writes a file atomically: a temporary file beside it, then a rename.
pub fn write_atomic(path: &Path, text: &str) -> Result<(), Failure> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| Failure::internal(format!("{}: {e}", dir.display())))?;
    std::io::Write::write_all(&mut tmp, text.as_bytes())
        .map_err(|e| Failure::internal(format!("{}: {e}", tmp.path().display())))?;
    // NamedTempFile is created 0600; a changelog is an ordinary file. Keep
    // the existing file's permissions, or use the usual 0644.
    let perms = match std::fs::metadata(path) {
        Ok(m) => m.permissions(),
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::Permissions::from_mode(0o644)
            }
            #[cfg(not(unix))]
            {
                tmp.as_file()
                    .metadata()
                    .map_err(|e| Failure::internal(format!("{}: {e}", tmp.path().display())))?
                    .permissions()
            }
        }
    };
    tmp.as_file()
        .set_permissions(perms)
        .map_err(|e| Failure::internal(format!("{}: {e}", tmp.path().display())))?;
    tmp.persist(path)
        .map_err(|e| Failure::internal(format!("{}: {}", path.display(), e.error)))?;
    Ok(())
}

/// Today's date (UTC), `YYYY-MM-DD`.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// Days since 1970-01-01 → `YYYY-MM-DD` (Howard Hinnant's algorithm).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The notes of one section (summary and full list), as written between
/// its markers under the `# Release` heading.
pub fn section_notes(report: &Report, lang: Lang, ctx: &summary::Context) -> String {
    let mut notes = summary::render(report, lang, ctx);
    if report.changes.is_empty() {
        notes.push_str(&markdown::render(report, lang, false));
    } else {
        notes.push_str(&markdown::render_full(report, lang));
    }
    notes
}

/// One side of a release-notes pair: the China site's release directory and, when the
/// crates follow both channels, the international site's (`specs/intl/<release>`).
#[derive(Debug, Clone, Copy)]
pub struct Channels<'a> {
    pub china: &'a Path,
    pub intl: Option<&'a Path>,
}

/// The reports of a pair when both channels are followed.
pub struct ChannelReports {
    /// The merged plans' diff (both channels as one model, as the crates are generated):
    /// the crates' bumps, the summary and the bookkeeping.
    pub merged: Report,
    /// The China channel's own changes, listed under their label; `None` when only the
    /// China channel is followed (the merged report is then China's).
    pub china: Option<Report>,
    /// The international channel's own changes (OLD → NEW of tccli-intl-en), listed
    /// under their own label; `None` when neither side names an intl release.
    pub intl: Option<(String, String, Report)>,
}

/// Loads one side: China's release, merged with the international site's if given.
fn load_side(side: Channels<'_>) -> Result<tencent_cloud_spec::Release, Failure> {
    let load = |d: &Path| tencent_cloud_specdiff::input::load_release(d).map_err(Failure::input);
    let china = load(side.china)?;
    match side.intl {
        None => Ok(china),
        Some(i) => Ok(tencent_cloud_spec::merge_channels(china, load(i)?).0),
    }
}

/// The reports of OLD → NEW over both channels: the merged plans' diff, whose changes
/// are the China channel's and the international one's as the crates see them (an
/// item only one site has says so in the crate docs), and the international channel's
/// own diff, which the notes list under its label. Without intl releases this is
/// [`report`].
pub fn report_channels(old: Channels<'_>, new: Channels<'_>) -> Result<ChannelReports, Failure> {
    if old.intl.is_none() && new.intl.is_none() {
        return Ok(ChannelReports {
            merged: report(old.china, new.china)?,
            china: None,
            intl: None,
        });
    }
    let (o, n) = (load_side(old)?, load_side(new)?);
    let diff = tencent_cloud_specdiff::diff_releases(&o, &n, &Options::default());
    let merged = Report::build(diff, &o.name, &n.name, &IgnoreList::default(), Level::Info);
    let name = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let intl = match (old.intl, new.intl) {
        (Some(a), Some(b)) => Some((name(a), name(b), report(a, b)?)),
        (None, Some(b)) => Some((
            String::new(),
            name(b),
            Report::build(
                tencent_cloud_specdiff::Diff::default(),
                "",
                &name(b),
                &IgnoreList::default(),
                Level::Info,
            ),
        )),
        _ => None,
    };
    let china = Some(report(old.china, new.china)?);
    Ok(ChannelReports {
        merged,
        china,
        intl,
    })
}

/// The full list of the international channel's changes, labelled, to follow the
/// China channel's in a section.
pub fn intl_notes(old: &str, new: &str, report: &Report, lang: Lang) -> String {
    let mut s = String::new();
    if old.is_empty() {
        s.push_str(&format!(
            "### International site (tccli-intl-en {new})\n\nThe crates now also follow the international site's channel: its services, actions and members join the crates, each item only that site has marked in the docs.\n\n"
        ));
        return s;
    }
    s.push_str(&format!(
        "### International site (tccli-intl-en {old} → {new})\n\n"
    ));
    if old == new {
        s.push_str("No new international release.\n\n");
    } else {
        s.push_str(&markdown::render_full(report, lang));
    }
    s
}

/// The full report of OLD → NEW (byte-identical services skipped before
/// parsing), as release notes and `sync` use it.
pub fn report(old_dir: &Path, new_dir: &Path) -> Result<Report, Failure> {
    let pair =
        tencent_cloud_specdiff::input::load_pair(old_dir, new_dir).map_err(Failure::input)?;
    let diff = diff_pair(&pair, &Options::default());
    let (o, n) = (&pair.old, &pair.new);
    Ok(Report::build(
        diff,
        &o.name,
        &n.name,
        &IgnoreList::default(),
        Level::Info,
    ))
}

/// Progress on stderr: each step of the command, as it starts.
fn step(msg: &str) {
    eprintln!("release-notes: {msg}");
}

/// The whole command against a workspace root (tests use a temp dir):
/// release names resolve in `<root>/specs`, then in this workspace's.
/// Returns the report (for `sync`'s summary).
pub fn run_in(root: &Path, old: &str, new: &str, lang: Lang) -> Result<Report, Failure> {
    run_in_channels(root, (old, None), (new, None), lang)
}

/// [`run_in`] over both channels: each side is (China release, international release),
/// the latter resolved in `<root>/specs/intl` (then this workspace's). The crates'
/// bumps come from the merged plans; the notes list the China channel's changes, then
/// the international channel's under its own heading.
pub fn run_in_channels(
    root: &Path,
    (old, old_intl): (&str, Option<&str>),
    (new, new_intl): (&str, Option<&str>),
    lang: Lang,
) -> Result<Report, Failure> {
    let dirs = [root.join("specs"), crate::workspace_root().join("specs")];
    let resolve = |r: &str| tencent_cloud_spec::resolve_release(r, &dirs).map_err(Failure::input);
    let intl_dirs = dirs.clone().map(|d| d.join(tencent_cloud_spec::INTL_DIR));
    let resolve_intl = |r: Option<&str>| {
        r.map(|r| tencent_cloud_spec::resolve_release(r, &intl_dirs).map_err(Failure::input))
            .transpose()
    };
    let old_dir = resolve(old)?;
    let new_dir = resolve(new)?;
    let (old_intl_dir, new_intl_dir) = (resolve_intl(old_intl)?, resolve_intl(new_intl)?);
    let changelog = root.join("CHANGELOG.md");
    let existing = match std::fs::read_to_string(&changelog) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Failure::input(format!("{}: {e}", changelog.display()))),
    };
    let name = |d: &Path| d.file_name().map(|n| n.to_string_lossy().into_owned());
    if let (Some(o), Some(n)) = (name(&old_dir), name(&new_dir)) {
        // Refuse a bad pair before the diff (the names are the releases').
        check_pair(existing.as_deref(), &o, &n)?;
    }
    let t = std::time::Instant::now();
    step(&format!(
        "reading and diffing {} and {} …",
        old_dir.display(),
        new_dir.display()
    ));
    let ChannelReports {
        merged: report,
        china,
        intl,
    } = report_channels(
        Channels {
            china: &old_dir,
            intl: old_intl_dir.as_deref(),
        },
        Channels {
            china: &new_dir,
            intl: new_intl_dir.as_deref(),
        },
    )?;
    let (o, n) = (&report.old_name, &report.new_name);
    let outcome = check_pair(existing.as_deref(), o, n)?;
    step(&format!(
        "{} changes in {:.1} s; working out the crate versions …",
        report.changes.len(),
        t.elapsed().as_secs_f64()
    ));
    let book = bookkeeping(root, existing.as_deref(), &report, &outcome, lang)?;
    // A section written again keeps its date and its hand-written block.
    let parsed = existing
        .as_deref()
        .and_then(|t| section_text(t, o, n))
        .map(summary::parse)
        .transpose()
        .map_err(|e| Failure::input(format!("{}: section {o} → {n}: {e}", changelog.display())))?
        .unwrap_or_default();
    let date = parsed.date.clone().unwrap_or_else(today);
    let ctx = summary::Context {
        date: Some(&date),
        versions: book.versions.clone(),
        keep: parsed.keep.as_deref(),
    };
    let notes = match (&china, &intl) {
        (Some(china), Some((io, inew, ir))) => {
            // The bumps and summary are the merged plans'; each channel's changes are
            // listed under its label.
            let mut notes = summary::render(&report, lang, &ctx);
            notes.push_str(&format!("### China site (tccli {o} → {n})\n\n"));
            notes.push_str(&markdown::render_full(china, lang));
            notes.push_str(&intl_notes(io, inew, ir, lang));
            notes
        }
        _ => section_notes(&report, lang, &ctx),
    };
    let (text, outcome) = update_changelog(existing.as_deref(), o, n, &notes)?;
    let changed = existing.as_deref() != Some(text.as_str());
    if changed {
        step(&format!("writing {} …", changelog.display()));
        write_atomic(&changelog, &text)?;
    } else {
        step(&format!(
            "{} already has this section, byte for byte; not written",
            changelog.display()
        ));
    }
    for w in &book.writes {
        write_version(root, w)?;
    }

    println!(
        "release notes {o} → {n}: {} changes ({} ERR, {} WARN, {} INFO) in {} services, {:.2} s",
        report.changes.len(),
        report.count(Level::Err),
        report.count(Level::Warn),
        report.count(Level::Info),
        report.semver.len(),
        t.elapsed().as_secs_f64()
    );
    println!(
        "{}: {} section {o} → {n} ({} lines; summary {} lines)",
        changelog.display(),
        match outcome {
            ChangelogOutcome::Created => "created with",
            ChangelogOutcome::Prepended => "prepended",
            ChangelogOutcome::Replaced if changed => "rewrote",
            ChangelogOutcome::Replaced => "unchanged",
        },
        notes.lines().count(),
        summary::render(&report, lang, &ctx).lines().count()
    );
    // Every crate's bump, with its versions.
    let written: BTreeMap<&str, &VersionWrite> =
        book.writes.iter().map(|w| (w.krate.as_str(), w)).collect();
    let mut unchanged = 0;
    for b in &report.semver {
        let v = book.versions.get(&b.krate);
        let versions = match v {
            Some(CrateVersion {
                old: Some(from),
                new: Some(to),
                ..
            }) => format!(" {from} → {to}"),
            Some(CrateVersion { new: Some(to), .. }) => format!(" {to}"),
            _ => String::new(),
        };
        let how = match (b.bump_label.as_str(), written.get(b.krate.as_str()), v) {
            ("none", _, None) => {
                unchanged += 1;
                continue;
            }
            ("new", _, _) => "new crate".to_string(),
            ("removed", _, _) => "service removed (crate left for a human to retire)".to_string(),
            (_, Some(w), _) => format!("written to {}", manifest_path(root, &w.service).display()),
            (_, None, Some(CrateVersion { old: None, .. })) => {
                "no generated crate yet; nothing changed".to_string()
            }
            (_, None, Some(c)) if c.note.is_some() => {
                format!("as written before; {}", c.note.as_deref().unwrap_or(""))
            }
            _ => "as written when the section was first made".to_string(),
        };
        println!("  {}: {}{versions} ({how})", b.krate, b.bump_label);
    }
    let h = report.bump_histogram();
    let hs: Vec<String> = h.iter().map(|(k, v)| format!("{v} {k}")).collect();
    println!(
        "crate bumps: {}; {unchanged} crates unchanged; {} manifests written",
        hs.join(", "),
        book.writes.len()
    );
    Ok(report)
}

#[cfg(test)]
mod tests;
