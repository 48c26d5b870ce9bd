//! `cargo xtask release-notes OLD NEW`: diff two spec releases with
//! tencent-cloud-specdiff, write the Markdown notes as a section at the top
//! of `CHANGELOG.md`, and apply each service crate's version bump to
//! `crates/services/<service>/Cargo.toml` where that crate exists.

use std::path::{Path, PathBuf};

use tencent_cloud_specdiff::render::markdown::{self, Lang};
use tencent_cloud_specdiff::semver_bump::{NEW_CRATE_VERSION, bump_manifest};
use tencent_cloud_specdiff::{CrateBump, IgnoreList, Level, Options, Report, diff_pair};

use crate::Failure;

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

/// What happened to one crate's version.
#[derive(Debug, PartialEq, Eq)]
pub enum BumpOutcome {
    /// The manifest was rewritten from → to.
    Bumped {
        from: String,
        to: String,
        bump: String,
    },
    /// The crate is not generated yet; nothing changed.
    NotGenerated { bump: String },
    /// A new service: codegen creates its crate at 0.1.0.
    NewCrate,
    /// The service is gone; its crate is left as it is for a human.
    Removed,
    /// No change for this crate.
    Unchanged,
}

/// Applies each crate's bump to `<root>/crates/services/<service>/Cargo.toml`.
pub fn apply_bumps(
    root: &Path,
    bumps: &[CrateBump],
) -> Result<Vec<(String, PathBuf, BumpOutcome)>, Failure> {
    let mut out = Vec::new();
    for b in bumps {
        let path = root
            .join("crates/services")
            .join(&b.service)
            .join("Cargo.toml");
        let outcome = match b.bump.as_str() {
            "new" => BumpOutcome::NewCrate,
            "removed" => BumpOutcome::Removed,
            "none" => BumpOutcome::Unchanged,
            bump if !path.is_file() => BumpOutcome::NotGenerated {
                bump: bump.to_string(),
            },
            bump => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
                let (new_text, from, to) = bump_manifest(&text, b.level)
                    .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
                write_atomic(&path, &new_text)?;
                // The README's dependency line names the version too (regen writes it
                // from the manifest): keep the two in step.
                let readme = path.with_file_name("README.md");
                if let Ok(text) = std::fs::read_to_string(&readme) {
                    let mm = crate::codegen::major_minor;
                    let old = format!("{} = \"{}\"", b.krate, mm(&from.to_string()));
                    let new = format!("{} = \"{}\"", b.krate, mm(&to.to_string()));
                    if text.contains(&old) {
                        write_atomic(&readme, &text.replacen(&old, &new, 1))?;
                    }
                }
                BumpOutcome::Bumped {
                    from: from.to_string(),
                    to: to.to_string(),
                    bump: bump.to_string(),
                }
            }
        };
        out.push((b.krate.clone(), path, outcome));
    }
    Ok(out)
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

/// The whole command against a workspace root (tests use a temp dir):
/// release names resolve in `<root>/specs`, then in this workspace's.
/// Returns the report (for `sync`'s summary).
pub fn run_in(root: &Path, old: &str, new: &str, lang: Lang) -> Result<Report, Failure> {
    let dirs = [root.join("specs"), crate::workspace_root().join("specs")];
    let resolve = |r: &str| tencent_cloud_spec::resolve_release(r, &dirs).map_err(Failure::input);
    let old_dir = resolve(old)?;
    let new_dir = resolve(new)?;
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
    let report = report(&old_dir, &new_dir)?;
    let notes = markdown::render(&report, lang, false);

    let (o, n) = (&report.old_name, &report.new_name);
    let (text, outcome) = update_changelog(existing.as_deref(), o, n, &notes)?;
    write_atomic(&changelog, &text)?;
    // The bumps of OLD → NEW are applied once, when its section is first
    // written; re-running (to refresh the notes) must not bump again.
    let bumps = if outcome == ChangelogOutcome::Replaced {
        println!(
            "version bumps for {} → {} were applied when its section was first written; not applying them again",
            o, n
        );
        Vec::new()
    } else {
        apply_bumps(root, &report.semver)?
    };

    println!(
        "release notes {} → {}: {} changes ({} ERR, {} WARN, {} INFO) in {} services, {:.2} s",
        o,
        n,
        report.changes.len(),
        report.count(Level::Err),
        report.count(Level::Warn),
        report.count(Level::Info),
        report.semver.len(),
        t.elapsed().as_secs_f64()
    );
    println!(
        "{}: {} section {} → {} ({} lines)",
        changelog.display(),
        match outcome {
            ChangelogOutcome::Created => "created with",
            ChangelogOutcome::Prepended => "prepended",
            ChangelogOutcome::Replaced => "replaced",
        },
        o,
        n,
        notes.lines().count()
    );
    let mut not_generated = 0;
    for (krate, path, outcome) in &bumps {
        match outcome {
            BumpOutcome::Bumped { from, to, bump } => {
                println!("  {krate}: {bump} {from} → {to} ({})", path.display())
            }
            BumpOutcome::NotGenerated { bump } => {
                not_generated += 1;
                println!("  {krate}: {bump} (no generated crate yet; nothing changed)")
            }
            BumpOutcome::NewCrate => println!("  {krate}: new crate {NEW_CRATE_VERSION}"),
            BumpOutcome::Removed => {
                println!("  {krate}: service removed (crate left for a human to retire)")
            }
            BumpOutcome::Unchanged => {}
        }
    }
    let h = report.bump_histogram();
    let hs: Vec<String> = h.iter().map(|(k, v)| format!("{v} {k}")).collect();
    println!(
        "crate bumps: {}; {not_generated} with no generated crate yet",
        hs.join(", ")
    );
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tencent_cloud_specdiff::Bump;

    #[test]
    fn changelog_create_prepend_replace_in_place() {
        let (t, o) = update_changelog(None, "1", "2", "## a(a) 版本：2020-01-01\n\nx\n").unwrap();
        assert_eq!(o, ChangelogOutcome::Created);
        assert!(t.starts_with("# Changelog\n"));
        assert!(t.contains("# Release 2 (from 1)\n\n## a(a)"));
        // A newer pair goes on top, under the title.
        let (t2, o) = update_changelog(Some(&t), "2", "3", "## b\n").unwrap();
        assert_eq!(o, ChangelogOutcome::Prepended);
        let (p3, p2) = (t2.find("Release 3").unwrap(), t2.find("Release 2").unwrap());
        assert!(t2.find("# Changelog").unwrap() < p3 && p3 < p2, "{t2}");
        // Re-running an older pair replaces its section in place: it does
        // not move above newer ones, nor duplicate.
        let (t3, o) =
            update_changelog(Some(&t2), "1", "2", "## a(a) 版本：2020-01-01\n\ny\n").unwrap();
        assert_eq!(o, ChangelogOutcome::Replaced);
        assert_eq!(t3.matches("# Release 2 (from 1)").count(), 1, "{t3}");
        assert!(t3.contains("\ny\n") && !t3.contains("\nx\n"), "{t3}");
        assert!(
            t3.find("Release 3").unwrap() < t3.find("Release 2").unwrap(),
            "{t3}"
        );
        assert_eq!(
            sections(&t3),
            [("2".into(), "3".into()), ("1".into(), "2".into())]
        );
        // Idempotent.
        let again = update_changelog(Some(&t3), "1", "2", "## a(a) 版本：2020-01-01\n\ny\n")
            .unwrap()
            .0;
        assert_eq!(again, t3);
        // A hand-written file without our title keeps its head.
        let (t5, _) = update_changelog(Some("# My log\n\nold stuff\n"), "1", "2", "n\n").unwrap();
        assert!(
            t5.starts_with("# My log\n\nold stuff\n\n<!-- release-notes 1 -> 2 -->"),
            "{t5}"
        );
    }

    #[test]
    fn reversed_older_and_overlapping_pairs_are_refused() {
        let (t, _) = update_changelog(None, "3.0.1217.1", "3.0.1218.1", "a\n").unwrap();
        let (t, _) = update_changelog(Some(&t), "3.0.1218.1", "3.0.1221.1", "b\n").unwrap();
        for (old, new, why) in [
            ("3.0.1221.1", "3.0.1220.1", "reversed"),
            ("3.0.1221.1", "3.0.1221.1", "reversed"),
            ("3.0.1216.1", "3.0.1217.1", "newest first"),
            ("3.0.1219.1", "3.0.1220.1", "newest first"),
            ("3.0.1217.1", "3.0.1222.1", "overlaps"),
            ("3.0.1220.1", "3.0.1222.1", "overlaps"),
        ] {
            let e = update_changelog(Some(&t), old, new, "x\n").unwrap_err();
            assert_eq!(e.code, 2, "{old} → {new}");
            assert!(e.message.contains(why), "{old} → {new}: {}", e.message);
        }
        assert!(update_changelog(None, "2", "1", "x\n").is_err());
        // Extending the chain, and a gap, are fine; version order is by number.
        assert_eq!(
            update_changelog(Some(&t), "3.0.1221.1", "3.1.5.1", "c\n")
                .unwrap()
                .1,
            ChangelogOutcome::Prepended
        );
        assert_eq!(
            update_changelog(Some(&t), "3.0.1300.1", "3.1.5.1", "c\n")
                .unwrap()
                .1,
            ChangelogOutcome::Prepended
        );
    }

    fn crate_bump(service: &str, bump: &str, level: Bump) -> CrateBump {
        CrateBump {
            krate: format!("tencent-cloud-{service}"),
            service: service.to_string(),
            bump: bump.to_string(),
            level,
            reasons: 1,
            rules: Vec::new(),
        }
    }

    #[test]
    fn rerunning_refreshes_notes_but_bumps_once() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let d = root.join("crates/services/cvm");
        std::fs::create_dir_all(&d).unwrap();
        let manifest = d.join("Cargo.toml");
        std::fs::write(
            &manifest,
            "[package]\nname = \"tencent-cloud-cvm\"\nversion = \"0.3.1\"\n",
        )
        .unwrap();
        run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::Zh).unwrap();
        let once = std::fs::read_to_string(&manifest).unwrap();
        assert!(
            once.contains("version = \"0.3.2\""),
            "cvm gained actions: minor: {once}"
        );
        let notes = std::fs::read_to_string(root.join("CHANGELOG.md")).unwrap();
        run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::Zh).unwrap();
        assert_eq!(
            std::fs::read_to_string(&manifest).unwrap(),
            once,
            "not bumped twice"
        );
        assert_eq!(
            std::fs::read_to_string(root.join("CHANGELOG.md")).unwrap(),
            notes
        );
    }

    #[test]
    fn bumps_apply_to_generated_manifests_only() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        let write = |svc: &str, v: &str| {
            let d = root.join("crates/services").join(svc);
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(
                d.join("Cargo.toml"),
                format!("[package]\nname = \"tencent-cloud-{svc}\"\nversion = \"{v}\"\n\n[dependencies]\nx = {{ version = \"1\" }}\n"),
            )
            .unwrap();
            std::fs::write(
                d.join("README.md"),
                format!(
                    "```toml\ntencent-cloud-{svc} = \"0.3\"\ntencent-cloud-core = \"0.3\"\n```\n"
                ),
            )
            .unwrap();
        };
        write("cvm", "0.3.1");
        write("cfw", "0.3.1");
        write("cbs", "0.3.1");
        let bumps = vec![
            crate_bump("cvm", "major", Bump::Major),
            crate_bump("cfw", "minor", Bump::Minor),
            crate_bump("cbs", "none", Bump::None),
            crate_bump("vpc", "patch", Bump::Patch),
            crate_bump("bh", "new", Bump::None),
        ];
        let out = apply_bumps(root, &bumps).unwrap();
        let read = |svc: &str| {
            std::fs::read_to_string(root.join("crates/services").join(svc).join("Cargo.toml"))
                .unwrap()
        };
        assert!(read("cvm").contains("version = \"0.4.0\""));
        assert!(read("cfw").contains("version = \"0.3.2\""));
        assert!(read("cbs").contains("version = \"0.3.1\""));
        assert!(read("cvm").contains("x = { version = \"1\" }"));
        // The README's dependency line follows the manifest; other lines stay.
        let readme = |svc: &str| {
            std::fs::read_to_string(root.join("crates/services").join(svc).join("README.md"))
                .unwrap()
        };
        assert!(readme("cvm").contains("tencent-cloud-cvm = \"0.4\""));
        assert!(readme("cvm").contains("tencent-cloud-core = \"0.3\""));
        assert!(
            readme("cfw").contains("tencent-cloud-cfw = \"0.3\""),
            "a patch keeps 0.3"
        );
        assert_eq!(
            out[0].2,
            BumpOutcome::Bumped {
                from: "0.3.1".into(),
                to: "0.4.0".into(),
                bump: "major".into()
            }
        );
        assert_eq!(out[2].2, BumpOutcome::Unchanged);
        assert_eq!(
            out[3].2,
            BumpOutcome::NotGenerated {
                bump: "patch".into()
            }
        );
        assert_eq!(out[4].2, BumpOutcome::NewCrate);
        assert!(!root.join("crates/services/vpc").exists());
        // A manifest we cannot bump is bad input naming the file.
        write("cvm", "not-a-version");
        let e = apply_bumps(root, &bumps[..1]).unwrap_err();
        assert_eq!(e.code, 2);
        assert!(
            e.message.contains("crates/services/cvm/Cargo.toml"),
            "{}",
            e.message
        );
    }
}

/// The shipped CHANGELOG.md and the crate versions agree: each crate's
/// version is 0.1.0 with the bumps its sections name applied, oldest first.
#[cfg(test)]
mod shipped {
    use std::collections::BTreeMap;

    use semver::Version;
    use tencent_cloud_specdiff::Bump;
    use tencent_cloud_specdiff::semver_bump::apply_bump;

    #[test]
    fn changelog_and_crate_versions_agree() {
        let root = crate::workspace_root();
        let text = std::fs::read_to_string(root.join("CHANGELOG.md")).expect("CHANGELOG.md");
        // Sections are newest first; replay them oldest first.
        let mut blocks: Vec<&str> = text.split("<!-- release-notes ").skip(1).collect();
        blocks.reverse();
        let mut want: BTreeMap<String, Version> = BTreeMap::new();
        for block in blocks {
            let mut seen = std::collections::BTreeSet::new();
            for line in block.lines() {
                let Some(rest) = line.strip_prefix("Rust crate `") else {
                    continue;
                };
                let Some((krate, bump)) = rest.split_once("`: ") else {
                    continue;
                };
                if !seen.insert(krate.to_string()) {
                    continue; // one line per API version of the crate
                }
                let v = want
                    .entry(krate.to_string())
                    .or_insert_with(|| Version::new(0, 1, 0));
                let b = match bump {
                    "major" => Bump::Major,
                    "minor" => Bump::Minor,
                    "patch" => Bump::Patch,
                    _ => Bump::None, // none, new crate 0.1.0
                };
                *v = apply_bump(v, b);
            }
        }
        let mut checked = 0;
        for e in std::fs::read_dir(root.join("crates/services"))
            .expect("crates/services")
            .flatten()
        {
            let manifest = e.path().join("Cargo.toml");
            let Ok(t) = std::fs::read_to_string(&manifest) else {
                continue;
            };
            let field = |k: &str| {
                t.lines()
                    .find_map(|l| {
                        l.strip_prefix(&format!("{k} = \""))
                            .and_then(|v| v.strip_suffix('"'))
                    })
                    .unwrap_or_default()
                    .to_string()
            };
            let expected = want
                .get(&field("name"))
                .cloned()
                .unwrap_or_else(|| Version::new(0, 1, 0));
            assert_eq!(
                field("version"),
                expected.to_string(),
                "{}",
                manifest.display()
            );
            checked += 1;
        }
        assert!(checked > 200, "{checked} crates checked");
    }
}
