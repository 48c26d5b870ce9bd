//! `cargo xtask sync [--to VERSION|latest] [--intl-to VERSION|latest] [--wheel-dir DIR]
//! [--dry-run]`: the maintainer's daily command. It follows both channels of
//! Tencent's specs, the China site's `tccli` and the international site's
//! `tccli-intl-en` (their release numbers move independently): finds each
//! channel's releases newer than the one the crates come from, imports them
//! (`specs/<release>/`, `specs/intl/<release>/`), validates them, writes each
//! China step's release notes and bumps, then regenerates once, checks the
//! crates that changed, and prints a summary fit for a pull-request description
//! that names each channel's release (`China 3.1.189.1 (up to date) ·
//! International 3.1.193.1 → 3.1.194.1`).
//!
//! * **Which releases.** From a wheel directory, every release in it newer
//!   than the current one, up to `--to`, one at a time. From the package
//!   index (through `pip`, so a user's index or mirror settings apply): one
//!   at a time when at most [`MAX_STEPS`] releases are missing, else one
//!   jump to the target (catching up from 3.0.1217.1 to 3.1.x is one jump,
//!   one CHANGELOG section).
//! * **Where it starts.** `crates/services/RELEASE` (China) and
//!   `crates/services/RELEASE-INTL` (International), the releases whose
//!   crates are complete; without RELEASE-INTL the newest release in
//!   `specs/intl/`, and without that, no international release is followed
//!   yet: the newest available is adopted in one step. A release already in
//!   `specs/` (from an interrupted sync) is reused, and notes already written
//!   are refreshed, never bumped twice. So an interrupted sync is completed by
//!   running it again.
//! * **Which wheel is which.** A wheel's channel is its METADATA's `Name`
//!   (the importer checks it); a wheel named for one channel that holds the
//!   other is bad input.
//! * **All or nothing for bad input.** Every wheel of both channels is
//!   imported and every release validated before anything else is written; a
//!   bad wheel of either channel or an unreachable index exits 2 with one line
//!   and removes what this run imported, in both channels.
//! * **One at a time.** A sync holds `specs/.sync.lock` from start to end
//!   (imports, notes, regen, retention); a second one exits 2 at once with
//!   "another sync is running" and touches nothing.
//! * **Retention.** `specs/` keeps the pinned releases ([`PINNED`]: the
//!   README's pair) and the newest; `specs/intl/` keeps the newest
//!   international release (none is pinned). The others are removed after
//!   their notes are written (any release can be imported again from its
//!   wheel).
//! * **Release notes over both channels.** The crates are generated from the
//!   plan that merges both channels, and CHANGELOG sections are keyed by the
//!   China release: each China step gets its section
//!   ([`release_notes::run_in_channels`]), and the international move of the
//!   run is folded into the last one (`(3.1.189.1, intl 3.1.193.1) →
//!   (3.1.190.1, intl 3.1.194.1)`), its changes listed under their own label.
//!   An international release that arrives while the China channel is up to
//!   date has no section to go in, so it **waits** for the next China release:
//!   nothing of it is imported, and the summary says so (importing it alone
//!   would change crates that no section bumps).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use tencent_cloud_spec::version_key;
use tencent_cloud_specdiff::Lang;
use tencent_cloud_specdiff::{Level, Report};

use crate::Failure;
use crate::codegen::{self, RELEASE_FILE, RELEASE_INTL_FILE};
use crate::import::{self, Channel};
use crate::release_notes;

/// Releases `specs/` always keeps: the pair the README's main job documents.
pub const PINNED: &[&str] = &["3.0.1216.1", "3.0.1217.1"];

/// From the package index, more missing releases than this are caught up
/// in one jump.
pub const MAX_STEPS: usize = 5;

/// The lock a sync holds for all of its run, in `specs/`.
pub const LOCK_FILE: &str = ".sync.lock";

pub struct Options {
    pub root: PathBuf,
    /// The China release to go to: a version, or `None` / `latest` for the newest.
    pub to: Option<String>,
    /// The international release to go to, likewise.
    pub intl_to: Option<String>,
    pub wheel_dir: Option<PathBuf>,
    pub dry_run: bool,
    /// Run `cargo check` on the crates that changed.
    pub check: bool,
    pub lang: Lang,
}

/// Where a release's wheel comes from.
#[derive(Debug, Clone)]
enum Source {
    Wheel(PathBuf),
    Index,
}

/// The release the crates were generated from, else the newest in specs/.
pub fn current_release(root: &Path) -> Result<String, Failure> {
    let file = root.join("crates/services").join(RELEASE_FILE);
    match std::fs::read_to_string(&file) {
        Ok(t) if !t.trim().is_empty() => Ok(t.trim().to_string()),
        _ => codegen::newest_release(&root.join("specs")),
    }
}

/// The international release the crates come from (`RELEASE-INTL`), else the newest
/// in specs/intl/, else `None`: no international release followed yet.
pub fn current_intl_release(root: &Path) -> Option<String> {
    let file = root.join("crates/services").join(RELEASE_INTL_FILE);
    match std::fs::read_to_string(&file) {
        Ok(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
        _ => tencent_cloud_spec::release_names(&Channel::Intl.dir(&root.join("specs")))
            .ok()?
            .pop(),
    }
}

/// A wheel's channel and version by its file name (`tccli-3.0.1218.1-py2.py3-none-any.whl`,
/// `tccli_intl_en-3.1.193.1-py2.py3-none-any.whl`). Only for finding candidates: the
/// import checks the name against the wheel's METADATA.
fn wheel_version(file_name: &str) -> Option<(Channel, String)> {
    let rest = file_name.strip_suffix(".whl")?;
    let mut parts = rest.split('-');
    let channel = Channel::from_package(parts.next()?)?;
    let v = parts.next()?;
    v.split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (channel, v.to_string()))
}

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".into())
}

/// The last line of a command's stderr, for one-line errors.
fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim()
        .to_string()
}

/// Every release of a channel the index offers (`pip index versions tccli`).
fn index_versions(channel: Channel) -> Result<Vec<String>, Failure> {
    let out = Command::new(python())
        .args(["-m", "pip", "index", "versions", channel.package()])
        .args(["--disable-pip-version-check"])
        .output()
        .map_err(|e| Failure::input(format!("cannot run {} -m pip: {e}", python())))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Available versions:"));
    match (out.status.success(), line) {
        (true, Some(l)) => Ok(l.split(',').map(|v| v.trim().to_string()).collect()),
        _ => Err(Failure::input(format!(
            "cannot list {} releases from the package index: {}",
            channel.package(),
            last_line(&out.stderr)
        ))),
    }
}

/// The releases of a channel available, by version.
fn available(
    opts: &Options,
    channel: Channel,
) -> Result<BTreeMap<Vec<u64>, (String, Source)>, Failure> {
    let mut out = BTreeMap::new();
    match &opts.wheel_dir {
        Some(dir) => {
            let entries = std::fs::read_dir(dir)
                .map_err(|e| Failure::input(format!("--wheel-dir {}: {e}", dir.display())))?;
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some((c, v)) = wheel_version(&name)
                    && c == channel
                {
                    out.insert(version_key(&v), (v, Source::Wheel(e.path())));
                }
            }
        }
        None => {
            for v in index_versions(channel)? {
                out.insert(version_key(&v), (v, Source::Index));
            }
        }
    }
    Ok(out)
}

/// One release of one channel to import.
#[derive(Debug, Clone)]
struct Step {
    channel: Channel,
    release: String,
    source: Source,
}

/// Where a channel is and where it goes.
#[derive(Debug)]
struct Track {
    channel: Channel,
    /// The release the crates come from; `None`: not followed yet.
    current: Option<String>,
    /// The releases to import, oldest first.
    steps: Vec<Step>,
    /// Releases available but waiting for the next China release (international only).
    waiting: Vec<Step>,
}

impl Track {
    /// The release the channel ends at.
    fn target(&self) -> Option<&str> {
        self.steps
            .last()
            .map(|s| s.release.as_str())
            .or(self.current.as_deref())
    }

    /// `China 3.1.189.1 (up to date)`, `International 3.1.193.1 → 3.1.194.1`,
    /// `International (none) → 3.1.193.1`, `International: none followed`.
    fn line(&self) -> String {
        let label = self.channel.label();
        if let Some(last) = self.waiting.last() {
            return format!(
                "{label} {} ({} waits for the next China release)",
                self.current.as_deref().unwrap_or("(none)"),
                last.release
            );
        }
        match (&self.current, self.steps.is_empty()) {
            (Some(c), true) => format!("{label} {c} (up to date)"),
            (None, true) => format!("{label}: none followed"),
            (from, false) => {
                let to: Vec<&str> = self.steps.iter().map(|s| s.release.as_str()).collect();
                format!(
                    "{label} {} → {}",
                    from.as_deref().unwrap_or("(none)"),
                    to.join(" → ")
                )
            }
        }
    }
}

/// A channel's releases to import, oldest first, from `current` (`None`: the newest
/// available, alone) up to `to`.
fn steps(
    opts: &Options,
    channel: Channel,
    current: Option<&str>,
    to: Option<&str>,
) -> Result<Vec<Step>, Failure> {
    let flag = match channel {
        Channel::China => "--to",
        Channel::Intl => "--intl-to",
    };
    let all = available(opts, channel)?;
    let newer: Vec<(String, Source)> = all
        .into_iter()
        .filter(|(k, _)| current.is_none_or(|c| *k > version_key(c)))
        .map(|(_, v)| v)
        .collect();
    let target = match to {
        None | Some("latest") => match newer.last() {
            Some((v, _)) => v.clone(),
            None => return Ok(Vec::new()),
        },
        Some(v) => {
            if let Some(current) = current
                && version_key(v) <= version_key(current)
            {
                return Err(Failure::input(format!(
                    "{flag} {v}: not newer than {current}, the {} release the crates come from",
                    channel.label()
                )));
            }
            if !newer.iter().any(|(n, _)| n == v) {
                return Err(Failure::input(format!(
                    "{flag} {v}: no such {} release {}",
                    channel.package(),
                    match &opts.wheel_dir {
                        Some(d) => format!("in {}", d.display()),
                        None => "on the package index".to_string(),
                    }
                )));
            }
            v.to_string()
        }
    };
    let upto: Vec<Step> = newer
        .into_iter()
        .filter(|(v, _)| version_key(v) <= version_key(&target))
        .map(|(release, source)| Step {
            channel,
            release,
            source,
        })
        .collect();
    if current.is_none() || (opts.wheel_dir.is_none() && upto.len() > MAX_STEPS) {
        // Catching up (or adopting a channel): one jump, one CHANGELOG section.
        return Ok(upto.into_iter().last().into_iter().collect());
    }
    Ok(upto)
}

/// The wheel of a release: the given file, or downloaded by pip into the
/// cache (`target/tccli-wheels`).
fn wheel(root: &Path, step: &Step) -> Result<PathBuf, Failure> {
    let (channel, version) = (step.channel, step.release.as_str());
    if let Source::Wheel(p) = &step.source {
        return Ok(p.clone());
    }
    let cache = root.join("target").join("tccli-wheels");
    let find = || -> Option<PathBuf> {
        std::fs::read_dir(&cache).ok()?.flatten().find_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            (wheel_version(&n) == Some((channel, version.to_string()))).then(|| e.path())
        })
    };
    if let Some(p) = find() {
        return Ok(p);
    }
    let out = Command::new(python())
        .args(["-m", "pip", "download", "--no-deps", "--quiet"])
        .args(["--disable-pip-version-check", "-d"])
        .arg(&cache)
        .arg(format!("{}=={version}", channel.package()))
        .output()
        .map_err(|e| Failure::input(format!("cannot run {} -m pip: {e}", python())))?;
    match (out.status.success(), find()) {
        (true, Some(p)) => Ok(p),
        _ => Err(Failure::input(format!(
            "cannot download {}=={version}: {}",
            channel.package(),
            last_line(&out.stderr)
        ))),
    }
}

/// Imports every step (of both channels) into `specs_dir`; on any failure removes what
/// this call imported, in both channels, and returns the failure.
fn import_all(root: &Path, specs_dir: &Path, steps: &[Step]) -> Result<(), Failure> {
    let mut imported: Vec<PathBuf> = Vec::new();
    let result = (|| {
        for step in steps {
            let (v, channel) = (&step.release, step.channel);
            let path = wheel(root, step)?;
            let import::Done {
                release, outcome, ..
            } = import::run(&import::Options {
                path: &path,
                release: Some(v),
                channel: Some(channel),
                force: false,
                specs_dir,
                progress: false,
            })?;
            let dir = channel.dir(specs_dir).join(&release);
            if matches!(outcome, import::Outcome::Imported { .. }) {
                imported.push(dir.clone());
            }
            tencent_cloud_spec::Release::load(&dir).map_err(|e| {
                Failure::input(format!(
                    "{} {release} does not validate: {}",
                    channel.label(),
                    e.to_string().lines().next().unwrap_or("")
                ))
            })?;
            eprintln!("sync: {} {release} imported and valid", channel.label());
        }
        Ok(())
    })();
    if result.is_err() {
        for dir in &imported {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
    result
}

/// One CHANGELOG section's pair: (China release, international release) before and
/// after.
#[derive(Debug, Clone, PartialEq, Eq)]
struct NoteStep {
    old: (String, Option<String>),
    new: (String, Option<String>),
}

/// Each China step's section, the international move folded into the last one.
fn note_steps(china: &Track, intl: &Track) -> Vec<NoteStep> {
    let mut out = Vec::new();
    let mut prev = (
        china.current.clone().unwrap_or_default(),
        intl.current.clone(),
    );
    for (i, step) in china.steps.iter().enumerate() {
        let last = i + 1 == china.steps.len();
        let new_intl = if last {
            intl.target().map(str::to_owned)
        } else {
            prev.1.clone()
        };
        let new = (step.release.clone(), new_intl);
        out.push(NoteStep {
            old: prev,
            new: new.clone(),
        });
        prev = new;
    }
    out
}

/// One section's report (the merged plans' diff), without writing anything; release
/// names resolve in `specs` (China) and their `intl/` (International).
fn report(specs: &[PathBuf], step: &NoteStep) -> Result<Report, Failure> {
    let intl_dirs: Vec<PathBuf> = specs.iter().map(|d| Channel::Intl.dir(d)).collect();
    let resolve = |r: &str, dirs: &[PathBuf]| {
        tencent_cloud_spec::resolve_release(r, dirs).map_err(Failure::input)
    };
    let china = |r: &str| resolve(r, specs);
    let intl = |r: &Option<String>| r.as_deref().map(|r| resolve(r, &intl_dirs)).transpose();
    let (oc, nc) = (china(&step.old.0)?, china(&step.new.0)?);
    let (oi, ni) = (intl(&step.old.1)?, intl(&step.new.1)?);
    let old = release_notes::Channels {
        china: &oc,
        intl: oi.as_deref(),
    };
    let new = release_notes::Channels {
        china: &nc,
        intl: ni.as_deref(),
    };
    Ok(release_notes::report_channels(old, new)?.merged)
}

pub fn run(opts: &Options) -> Result<(), Failure> {
    let root = &opts.root;
    // One sync at a time, for the whole run: two interleaved ones each failed with an
    // unrelated message, and left a partial state.
    let specs = root.join("specs");
    std::fs::create_dir_all(&specs)
        .map_err(|e| Failure::internal(format!("{}: {e}", specs.display())))?;
    let _lock = import::FileLock::take(
        &specs.join(LOCK_FILE),
        "another sync is running (it holds the lock); try again when it ends",
    )?;
    let current = current_release(root)?;
    let china = Track {
        channel: Channel::China,
        steps: steps(opts, Channel::China, Some(&current), opts.to.as_deref())?,
        current: Some(current.clone()),
        waiting: Vec::new(),
    };
    let intl_current = current_intl_release(root);
    let mut intl = Track {
        channel: Channel::Intl,
        steps: steps(
            opts,
            Channel::Intl,
            intl_current.as_deref(),
            opts.intl_to.as_deref(),
        )?,
        current: intl_current,
        waiting: Vec::new(),
    };
    if china.steps.is_empty() {
        // No China section to fold the international move into: it waits.
        intl.waiting = std::mem::take(&mut intl.steps);
    }
    let tracks = [&china, &intl];
    let headline = format!("{} · {}", china.line(), intl.line());
    if china.steps.is_empty() && intl.steps.is_empty() {
        println!("sync: up to date: {headline}");
        return Ok(());
    }
    eprintln!("sync: {headline}");
    let all_steps: Vec<Step> = tracks.iter().flat_map(|t| t.steps.clone()).collect();
    let names: Vec<String> = china.steps.iter().map(|s| s.release.clone()).collect();
    let sections = note_steps(&china, &intl);

    if opts.dry_run {
        // Import into a scratch directory; report; write nothing here. The scratch
        // specs/ sits in a directory of its own: an import clears stale temporary
        // directories beside its specs/, and /tmp is shared with other runs.
        let tmp = tempfile::tempdir().map_err(|e| Failure::internal(e.to_string()))?;
        let scratch = tmp.path().join("specs");
        import_all(root, &scratch, &all_steps)?;
        let dirs = [scratch, specs.clone()];
        let reports = sections
            .iter()
            .map(|step| report(&dirs, step))
            .collect::<Result<Vec<_>, _>>()?;
        print!("{}", summary(&tracks, &reports, None, true));
        return Ok(());
    }

    import_all(root, &specs, &all_steps)?;
    let mut reports = Vec::new();
    for step in &sections {
        reports.push(release_notes::run_in_channels(
            root,
            (&step.old.0, step.old.1.as_deref()),
            (&step.new.0, step.new.1.as_deref()),
            opts.lang,
        )?);
    }
    let target = names.last().cloned().unwrap_or_else(|| current.clone());
    let regen = codegen::run(&codegen::Options {
        root: root.clone(),
        release: Some(target.clone()),
        services: Vec::new(),
        check: false,
        progress: false,
    })?;
    // Retention: the pinned releases and the newest China one; the newest intl one.
    for r in names.iter().chain(std::iter::once(&current)) {
        if *r != target && !PINNED.contains(&r.as_str()) && specs.join(r).is_dir() {
            std::fs::remove_dir_all(specs.join(r))
                .map_err(|e| Failure::internal(format!("specs/{r}: {e}")))?;
        }
    }
    let intl_dir = Channel::Intl.dir(&specs);
    if let Some(keep) = intl.target() {
        for r in intl.steps.iter().map(|s| &s.release).chain(&intl.current) {
            if r != keep && intl_dir.join(r).is_dir() {
                std::fs::remove_dir_all(intl_dir.join(r))
                    .map_err(|e| Failure::internal(format!("specs/intl/{r}: {e}")))?;
            }
        }
    }
    if opts.check {
        check(root, &regen)?;
    }
    print!("{}", summary(&tracks, &reports, Some(&regen), false));
    Ok(())
}

/// `cargo check --all-features` of the crates that changed or are new.
fn check(root: &Path, regen: &codegen::Regenerated) -> Result<(), Failure> {
    let crates: Vec<String> = regen
        .changed
        .iter()
        .chain(&regen.added)
        .map(|s| tencent_cloud_plan::crate_name(s))
        .collect();
    if crates.is_empty() {
        return Ok(());
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(&cargo);
    cmd.arg("check").arg("--all-features").current_dir(root);
    for c in &crates {
        cmd.args(["-p", c]);
    }
    eprintln!(
        "sync: cargo check --all-features of {} crates",
        crates.len()
    );
    let status = cmd
        .status()
        .map_err(|e| Failure::internal(format!("cannot run {cargo}: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::internal(
            "cargo check of the changed crates failed",
        ))
    }
}

/// The summary, in Markdown, fit for a pull-request description.
fn summary(
    tracks: &[&Track],
    reports: &[Report],
    regen: Option<&codegen::Regenerated>,
    dry_run: bool,
) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let lines: Vec<String> = tracks.iter().map(|t| t.line()).collect();
    let _ = writeln!(
        s,
        "## Sync {}{}\n",
        lines.join(" · "),
        if dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
    );
    let imported: Vec<String> = tracks
        .iter()
        .flat_map(|t| {
            t.steps
                .iter()
                .map(|st| format!("{} {}", t.channel.label(), st.release))
        })
        .collect();
    let _ = writeln!(s, "Releases imported: {}\n", imported.join(", "));
    for t in tracks {
        if let Some(last) = t.waiting.last() {
            let _ = writeln!(
                s,
                "{} {} waits for the next China release: CHANGELOG sections are keyed by \
                 China releases, and crates it changes would have no section to bump them.\n",
                t.channel.label(),
                last.release
            );
        }
    }
    // The strongest bump of each crate over all steps.
    let mut bumps: BTreeMap<String, String> = BTreeMap::new();
    let rank = |b: &str| match b {
        "removed" => 6,
        "new" => 5,
        "major" => 4,
        "minor" => 3,
        "patch" => 2,
        _ => 1,
    };
    for r in reports {
        for b in &r.semver {
            let e = bumps
                .entry(b.krate.clone())
                .or_insert_with(|| b.bump_label.clone());
            if rank(&b.bump_label) > rank(e) {
                *e = b.bump_label.clone();
            }
        }
    }
    let list = |which: &[&str]| -> Vec<String> {
        bumps
            .iter()
            .filter(|(_, b)| which.contains(&b.as_str()))
            .map(|(k, b)| format!("{k} ({b})"))
            .collect()
    };
    let (added, changed, retired) = (
        list(&["new"]),
        list(&["major", "minor", "patch"]),
        list(&["removed"]),
    );
    for (title, items) in [
        ("Crates added", &added),
        ("Crates changed", &changed),
        ("Crates retired", &retired),
    ] {
        let _ = writeln!(
            s,
            "{title} ({}): {}\n",
            items.len(),
            if items.is_empty() {
                "none".to_string()
            } else {
                items.join(", ")
            }
        );
    }
    if let Some(r) = regen {
        let _ = writeln!(
            s,
            "Regenerated: {} crates changed, {} added, {} removed.\n",
            r.changed.len(),
            r.added.len(),
            r.removed.len()
        );
    }
    let mut items = Vec::new();
    for r in reports {
        for c in &r.changes {
            if c.level >= Level::Warn {
                items.push(format!(
                    "- {} `{}` {}{}",
                    c.level,
                    c.rule.id(),
                    c.location,
                    match (&c.old, &c.new) {
                        (Some(o), Some(n)) => format!(": {o} → {n}"),
                        _ => String::new(),
                    }
                ));
            }
        }
    }
    let _ = writeln!(s, "ERR and WARN items ({}):\n", items.len());
    for i in items {
        let _ = writeln!(s, "{i}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wheel_names() {
        let v = |c, v: &str| Some((c, v.to_string()));
        assert_eq!(
            wheel_version("tccli-3.0.1218.1-py2.py3-none-any.whl"),
            v(Channel::China, "3.0.1218.1")
        );
        assert_eq!(
            wheel_version("tccli-3.1.189.1-py3-none-any.whl"),
            v(Channel::China, "3.1.189.1")
        );
        assert_eq!(
            wheel_version("tccli_intl_en-3.1.193.1-py2.py3-none-any.whl"),
            v(Channel::Intl, "3.1.193.1")
        );
        assert_eq!(wheel_version("tccli_intl-3.1.193.1-py3-none-any.whl"), None);
        assert_eq!(wheel_version("tccli-3.0.x-py3-none-any.whl"), None);
        assert_eq!(wheel_version("other-3.0.1-py3-none-any.whl"), None);
        assert_eq!(wheel_version("tccli-3.0.1218.1.tar.gz"), None);
    }
}
