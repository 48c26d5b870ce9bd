//! `cargo xtask sync [--to VERSION|latest] [--wheel-dir DIR] [--dry-run]`:
//! the maintainer's daily command. It follows Tencent's tccli releases:
//! finds the releases newer than the one the crates come from, imports
//! them, validates them, writes each one's release notes and bumps, then
//! regenerates once, checks the crates that changed, and prints a summary
//! fit for a pull-request description.
//!
//! * **Which releases.** From a wheel directory, every release in it newer
//!   than the current one, up to `--to`, one at a time. From the package
//!   index (through `pip`, so a user's index or mirror settings apply): one
//!   at a time when at most [`MAX_STEPS`] releases are missing, else one
//!   jump to the target (catching up from 3.0.1217.1 to 3.1.x is one jump,
//!   one CHANGELOG section).
//! * **Where it starts.** `crates/services/RELEASE`, the release whose
//!   crates are complete; a release already in `specs/` (from an
//!   interrupted sync) is reused, and notes already written are refreshed,
//!   never bumped twice. So an interrupted sync is completed by running it
//!   again.
//! * **All or nothing for bad input.** Every wheel is imported and every
//!   release validated before anything else is written; a bad wheel or an
//!   unreachable index exits 2 with one line and removes what this run
//!   imported.
//! * **One at a time.** A sync holds `specs/.sync.lock` from start to end
//!   (imports, notes, regen, retention); a second one exits 2 at once with
//!   "another sync is running" and touches nothing.
//! * **Retention.** `specs/` keeps the pinned releases ([`PINNED`]: the
//!   README's pair) and the newest; the others are removed after their
//!   notes are written (any release can be imported again from its wheel).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use tencent_cloud_spec::version_key;
use tencent_cloud_specdiff::render::markdown::Lang;
use tencent_cloud_specdiff::{Level, Report};

use crate::Failure;
use crate::codegen::{self, RELEASE_FILE};
use crate::import;
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
    /// A version, or `None` / `latest` for the newest available.
    pub to: Option<String>,
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

/// `tccli-3.0.1218.1-py2.py3-none-any.whl` → `3.0.1218.1`.
fn wheel_version(file_name: &str) -> Option<String> {
    let rest = file_name.strip_prefix("tccli-")?.strip_suffix(".whl")?;
    let v = rest.split('-').next()?;
    v.split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        .then(|| v.to_string())
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

/// Every tccli release the index offers (`pip index versions tccli`).
fn index_versions() -> Result<Vec<String>, Failure> {
    let out = Command::new(python())
        .args(["-m", "pip", "index", "versions", "tccli"])
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
            "cannot list tccli releases from the package index: {}",
            last_line(&out.stderr)
        ))),
    }
}

/// The releases available, by version.
fn available(opts: &Options) -> Result<BTreeMap<Vec<u64>, (String, Source)>, Failure> {
    let mut out = BTreeMap::new();
    match &opts.wheel_dir {
        Some(dir) => {
            let entries = std::fs::read_dir(dir)
                .map_err(|e| Failure::input(format!("--wheel-dir {}: {e}", dir.display())))?;
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(v) = wheel_version(&name) {
                    out.insert(version_key(&v), (v, Source::Wheel(e.path())));
                }
            }
        }
        None => {
            for v in index_versions()? {
                out.insert(version_key(&v), (v, Source::Index));
            }
        }
    }
    Ok(out)
}

/// The releases to import, oldest first.
fn steps(opts: &Options, current: &str) -> Result<Vec<(String, Source)>, Failure> {
    let all = available(opts)?;
    let newer: Vec<(String, Source)> = all
        .into_iter()
        .filter(|(k, _)| *k > version_key(current))
        .map(|(_, v)| v)
        .collect();
    let target = match opts.to.as_deref() {
        None | Some("latest") => match newer.last() {
            Some((v, _)) => v.clone(),
            None => return Ok(Vec::new()),
        },
        Some(v) => {
            if version_key(v) <= version_key(current) {
                return Err(Failure::input(format!(
                    "--to {v}: not newer than {current}, the release the crates come from"
                )));
            }
            if !newer.iter().any(|(n, _)| n == v) {
                return Err(Failure::input(format!(
                    "--to {v}: no such tccli release {}",
                    match &opts.wheel_dir {
                        Some(d) => format!("in {}", d.display()),
                        None => "on the package index".to_string(),
                    }
                )));
            }
            v.to_string()
        }
    };
    let upto: Vec<(String, Source)> = newer
        .into_iter()
        .filter(|(v, _)| version_key(v) <= version_key(&target))
        .collect();
    if opts.wheel_dir.is_none() && upto.len() > MAX_STEPS {
        // Catching up: one jump, one CHANGELOG section.
        return Ok(upto.into_iter().last().into_iter().collect());
    }
    Ok(upto)
}

/// The wheel of a release: the given file, or downloaded by pip into the
/// cache (`target/tccli-wheels`).
fn wheel(root: &Path, version: &str, source: &Source) -> Result<PathBuf, Failure> {
    if let Source::Wheel(p) = source {
        return Ok(p.clone());
    }
    let cache = root.join("target").join("tccli-wheels");
    let find = || -> Option<PathBuf> {
        std::fs::read_dir(&cache).ok()?.flatten().find_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            (wheel_version(&n).as_deref() == Some(version)).then(|| e.path())
        })
    };
    if let Some(p) = find() {
        return Ok(p);
    }
    let out = Command::new(python())
        .args(["-m", "pip", "download", "--no-deps", "--quiet"])
        .args(["--disable-pip-version-check", "-d"])
        .arg(&cache)
        .arg(format!("tccli=={version}"))
        .output()
        .map_err(|e| Failure::input(format!("cannot run {} -m pip: {e}", python())))?;
    match (out.status.success(), find()) {
        (true, Some(p)) => Ok(p),
        _ => Err(Failure::input(format!(
            "cannot download tccli=={version}: {}",
            last_line(&out.stderr)
        ))),
    }
}

/// Imports every step into `specs_dir`; on any failure removes what this
/// call imported and returns the failure.
fn import_all(
    root: &Path,
    specs_dir: &Path,
    steps: &[(String, Source)],
) -> Result<Vec<String>, Failure> {
    let mut imported = Vec::new();
    let result = (|| {
        for (v, source) in steps {
            let path = wheel(root, v, source)?;
            let import::Done {
                release, outcome, ..
            } = import::run(&import::Options {
                path: &path,
                release: Some(v),
                channel: Some(import::Channel::China),
                force: false,
                specs_dir,
                progress: false,
            })?;
            if matches!(outcome, import::Outcome::Imported { .. }) {
                imported.push(release.clone());
            }
            let dir = specs_dir.join(&release);
            tencent_cloud_spec::Release::load(&dir).map_err(|e| {
                Failure::input(format!(
                    "{release} does not validate: {}",
                    e.to_string().lines().next().unwrap_or("")
                ))
            })?;
            eprintln!("sync: {release} imported and valid");
        }
        Ok(())
    })();
    match result {
        Ok(()) => Ok(imported),
        Err(f) => {
            for r in &imported {
                let _ = std::fs::remove_dir_all(specs_dir.join(r));
            }
            Err(f)
        }
    }
}

/// One step's report, without writing anything.
fn report(specs: &[PathBuf], old: &str, new: &str) -> Result<Report, Failure> {
    let resolve = |r: &str| tencent_cloud_spec::resolve_release(r, specs).map_err(Failure::input);
    release_notes::report(&resolve(old)?, &resolve(new)?)
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
    let steps = steps(opts, &current)?;
    if steps.is_empty() {
        println!("sync: up to date at {current}");
        return Ok(());
    }
    let names: Vec<String> = steps.iter().map(|(v, _)| v.clone()).collect();
    eprintln!("sync: {current} → {}", names.join(" → "));

    if opts.dry_run {
        // Import into a scratch directory; report; write nothing here.
        let tmp = tempfile::tempdir().map_err(|e| Failure::internal(e.to_string()))?;
        import_all(root, tmp.path(), &steps)?;
        let dirs = [tmp.path().to_path_buf(), specs.clone()];
        let mut reports = Vec::new();
        let mut prev = current.clone();
        for v in &names {
            reports.push(report(&dirs, &prev, v)?);
            prev = v.clone();
        }
        print!("{}", summary(&current, &names, &reports, None, true));
        return Ok(());
    }

    import_all(root, &specs, &steps)?;
    let mut reports = Vec::new();
    let mut prev = current.clone();
    for v in &names {
        reports.push(release_notes::run_in(root, &prev, v, opts.lang)?);
        prev = v.clone();
    }
    let target = prev;
    let regen = codegen::run(&codegen::Options {
        root: root.clone(),
        release: Some(target.clone()),
        services: Vec::new(),
        check: false,
        progress: false,
    })?;
    // Retention: the pinned releases and the newest stay.
    for r in names.iter().chain(std::iter::once(&current)) {
        if *r != target && !PINNED.contains(&r.as_str()) && specs.join(r).is_dir() {
            std::fs::remove_dir_all(specs.join(r))
                .map_err(|e| Failure::internal(format!("specs/{r}: {e}")))?;
        }
    }
    if opts.check {
        check(root, &regen)?;
    }
    print!(
        "{}",
        summary(&current, &names, &reports, Some(&regen), false)
    );
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
    from: &str,
    releases: &[String],
    reports: &[Report],
    regen: Option<&codegen::Regenerated>,
    dry_run: bool,
) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "## Sync {from} → {}{}\n",
        releases.last().map(String::as_str).unwrap_or(from),
        if dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
    );
    let _ = writeln!(s, "Releases imported: {}\n", releases.join(", "));
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
                .or_insert_with(|| b.bump.clone());
            if rank(&b.bump) > rank(e) {
                *e = b.bump.clone();
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
        assert_eq!(
            wheel_version("tccli-3.0.1218.1-py2.py3-none-any.whl").as_deref(),
            Some("3.0.1218.1")
        );
        assert_eq!(
            wheel_version("tccli-3.1.189.1-py3-none-any.whl").as_deref(),
            Some("3.1.189.1")
        );
        assert_eq!(wheel_version("tccli-3.0.x-py3-none-any.whl"), None);
        assert_eq!(wheel_version("other-3.0.1-py3-none-any.whl"), None);
        assert_eq!(wheel_version("tccli-3.0.1218.1.tar.gz"), None);
    }
}
