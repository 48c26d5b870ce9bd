//! `cargo xtask publish`: which crates are unpublished at their current version, the
//! order and the crates.io schedule to publish them in, and `cargo package` of them all
//! in one run (dependents verified against the packaged core through cargo's local
//! overlay). Uploading needs `--execute` and a token; nothing else uploads.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Failure;

/// The crates we publish, dependencies first; service crates follow, by name. Everything
/// else in the workspace (xtask, the tests, the corpus, the benches) is internal and
/// has `publish = false`.
pub const LIBRARIES: &[&str] = &[
    "tencent-cloud-core",
    "tencent-cloud-spec",
    "tencent-cloud-plan",
    "tencent-cloud-specdiff",
    "tencent-cloud-emulator",
];

/// crates.io's limits (2026): a new crate name may be published 5 at once, then 1 every
/// 10 minutes; a new version of an existing crate 30 at once, then 1 a minute.
const NEW_BURST: usize = 5;
const NEW_EVERY_MIN: usize = 10;
const UPDATE_BURST: usize = 30;
const UPDATE_EVERY_MIN: usize = 1;
/// crates.io's size limit of one `.crate` file.
const MAX_CRATE_BYTES: u64 = 10 * 1024 * 1024;

pub struct Options {
    pub root: PathBuf,
    /// Only these crates (names); all when empty.
    pub crates: Vec<String>,
    /// Every publishable crate (the default without `-p`; said explicitly).
    pub all: bool,
    /// Package and verify, upload nothing (the default).
    pub dry_run: bool,
    /// Upload (needs `CARGO_REGISTRY_TOKEN`).
    pub execute: bool,
    /// Do not ask crates.io which versions exist (treat every crate as new).
    pub offline: bool,
}

/// One crate to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub name: String,
    pub version: String,
    pub dir: PathBuf,
    /// Whether crates.io has the name at all (a new version) or not (a new crate).
    pub exists: bool,
}

fn manifest_field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines()
        .find_map(|l| l.strip_prefix(key)?.trim().strip_prefix('='))
        .map(|v| v.trim().trim_matches('"'))
}

/// Every publishable crate of the workspace with its version, libraries first.
pub fn publishable(root: &Path) -> Result<Vec<(String, String, PathBuf)>, Failure> {
    let workspace = crate::workspace_version(root)?;
    let read = |dir: &Path| -> Result<(String, String), Failure> {
        let path = dir.join("Cargo.toml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
        let name = manifest_field(&text, "name ")
            .ok_or_else(|| Failure::input(format!("{}: no name", path.display())))?;
        // `version.workspace = true` (the hand-written crates) or `version = "…"`.
        let version = match manifest_field(&text, "version ") {
            Some(v) => v.to_string(),
            None if text.contains("version.workspace = true") => workspace.clone(),
            None => return Err(Failure::input(format!("{}: no version", path.display()))),
        };
        Ok((name.to_string(), version))
    };
    let mut out = Vec::new();
    let mut libs = Vec::new();
    for e in std::fs::read_dir(root.join("crates"))
        .map_err(|e| Failure::input(format!("crates/: {e}")))?
        .flatten()
    {
        if e.path().join("Cargo.toml").is_file() {
            let (n, v) = read(&e.path())?;
            if let Some(pos) = LIBRARIES.iter().position(|l| *l == n) {
                libs.push((pos, n, v, e.path()));
            }
        }
    }
    libs.sort();
    out.extend(libs.into_iter().map(|(_, n, v, d)| (n, v, d)));
    let mut services = Vec::new();
    for e in std::fs::read_dir(root.join("crates/services"))
        .map_err(|e| Failure::input(format!("crates/services/: {e}")))?
        .flatten()
    {
        if e.path().join("Cargo.toml").is_file() {
            let (n, v) = read(&e.path())?;
            services.push((n, v, e.path()));
        }
    }
    services.sort();
    out.extend(services);
    Ok(out)
}

/// What crates.io has of `name`: `None` no such crate, else whether `version` exists.
/// Asked through `cargo info`, so registry and mirror settings apply.
fn registry_has(name: &str, version: &str) -> Result<Option<bool>, Failure> {
    let out = Command::new("cargo")
        .args([
            "info",
            &format!("{name}@{version}"),
            "--registry",
            "crates-io",
        ])
        .current_dir(std::env::temp_dir())
        .output()
        .map_err(|e| Failure::internal(format!("cannot run cargo info: {e}")))?;
    let text =
        String::from_utf8_lossy(&out.stderr).to_string() + &String::from_utf8_lossy(&out.stdout);
    if out.status.success() {
        return Ok(Some(true));
    }
    if text.contains("could not find") {
        // The name, or only that version, is missing: ask for the name alone.
        let any = Command::new("cargo")
            .args(["info", name, "--registry", "crates-io"])
            .current_dir(std::env::temp_dir())
            .output()
            .map_err(|e| Failure::internal(format!("cannot run cargo info: {e}")))?;
        return Ok(if any.status.success() {
            Some(false)
        } else {
            None
        });
    }
    Err(Failure::input(format!(
        "cannot ask crates.io about {name}: {}",
        text.lines().last().unwrap_or("")
    )))
}

/// The upload schedule under crates.io's limits: minutes from the start, per crate.
pub fn schedule(candidates: &[Candidate]) -> Vec<(usize, &Candidate)> {
    let (mut new_i, mut upd_i) = (0usize, 0usize);
    let mut out = Vec::new();
    for c in candidates {
        let at = if c.exists {
            let at = if upd_i < UPDATE_BURST {
                0
            } else {
                (upd_i - UPDATE_BURST + 1) * UPDATE_EVERY_MIN
            };
            upd_i += 1;
            at
        } else {
            let at = if new_i < NEW_BURST {
                0
            } else {
                (new_i - NEW_BURST + 1) * NEW_EVERY_MIN
            };
            new_i += 1;
            at
        };
        out.push((at, c));
    }
    out
}

pub fn run(opts: &Options) -> Result<(), Failure> {
    if opts.all && !opts.crates.is_empty() {
        return Err(Failure::input("--all and -p exclude each other"));
    }
    if opts.execute && opts.dry_run {
        return Err(Failure::input("--execute and --dry-run exclude each other"));
    }
    if opts.execute && std::env::var_os("CARGO_REGISTRY_TOKEN").is_none() {
        return Err(Failure::input(
            "--execute uploads to crates.io and needs CARGO_REGISTRY_TOKEN",
        ));
    }
    let all = publishable(&opts.root)?;
    for want in &opts.crates {
        if !all.iter().any(|(n, _, _)| n == want) {
            return Err(Failure::input(format!("{want}: not a publishable crate")));
        }
    }
    let selected: Vec<_> = all
        .into_iter()
        .filter(|(n, _, _)| opts.crates.is_empty() || opts.crates.contains(n))
        .collect();
    // Ask crates.io about every crate, a few at a time.
    let states: Vec<Result<Option<bool>, Failure>> = if opts.offline {
        selected.iter().map(|_| Ok(None)).collect()
    } else {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let results = std::sync::Mutex::new(Vec::new());
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((name, version, _)) = selected.get(i) else {
                            break;
                        };
                        let r = registry_has(name, version);
                        if let Ok(mut v) = results.lock() {
                            v.push((i, r));
                        }
                    }
                });
            }
        });
        let mut v = results.into_inner().unwrap_or_default();
        v.sort_by_key(|(i, _)| *i);
        v.into_iter().map(|(_, r)| r).collect()
    };
    let mut candidates = Vec::new();
    let mut published = 0;
    for ((name, version, dir), state) in selected.into_iter().zip(states) {
        let state = state?;
        match state {
            Some(true) => published += 1,
            Some(false) | None => candidates.push(Candidate {
                name,
                version,
                dir,
                exists: state.is_some(),
            }),
        }
    }
    let new = candidates.iter().filter(|c| !c.exists).count();
    println!(
        "{} crates to publish ({new} new names, {} new versions); {published} already on crates.io at their version",
        candidates.len(),
        candidates.len() - new
    );
    let plan = schedule(&candidates);
    let last = plan.iter().map(|(t, _)| *t).max().unwrap_or(0);
    println!(
        "schedule under crates.io's limits (new names: {NEW_BURST} at once, then 1 per {NEW_EVERY_MIN} min; new versions: {UPDATE_BURST}, then 1 per {UPDATE_EVERY_MIN} min): about {last} min"
    );
    for (t, c) in &plan {
        let kind = if c.exists { "version" } else { "new" };
        println!("  +{t:>4} min  {} {} ({kind})", c.name, c.version);
    }
    if candidates.is_empty() {
        return Ok(());
    }
    // One `cargo package` for all: dependents are verified against the packaged
    // core through cargo's local registry overlay, never the workspace path.
    // Cargo extracts the overlay's packages under $CARGO_HOME/registry/src/-<hash>/ and
    // reuses an existing extraction of the same name and version: a core changed since
    // the last run without a version bump would be verified from its old copy.
    forget_overlay_extractions(&candidates);
    let mut cmd = Command::new("cargo");
    cmd.arg("package").current_dir(&opts.root);
    for c in &candidates {
        cmd.args(["-p", &c.name]);
    }
    cmd.env("CARGO_TARGET_DIR", opts.root.join("target").join("publish"));
    eprintln!("packaging and verifying {} crates...", candidates.len());
    let status = cmd
        .status()
        .map_err(|e| Failure::internal(format!("cannot run cargo package: {e}")))?;
    if !status.success() {
        return Err(Failure::internal("cargo package failed"));
    }
    let dir = opts.root.join("target/publish/package");
    for c in &candidates {
        let file = dir.join(format!("{}-{}.crate", c.name, c.version));
        if !file.is_file() {
            return Err(Failure::internal(format!(
                "{}: not packaged",
                file.display()
            )));
        }
    }
    // crates.io refuses a .crate over 10 MB.
    let mut largest = (0u64, String::new());
    for c in &candidates {
        let file = dir.join(format!("{}-{}.crate", c.name, c.version));
        let size = file.metadata().map(|m| m.len()).unwrap_or(0);
        if size > largest.0 {
            largest = (size, c.name.clone());
        }
        if size > MAX_CRATE_BYTES {
            return Err(Failure::internal(format!(
                "{}: {size} bytes, over crates.io's {MAX_CRATE_BYTES}",
                file.display()
            )));
        }
    }
    println!(
        "packaged in {}; the largest is {} ({:.2} MB; crates.io takes up to 10 MB)",
        dir.display(),
        largest.1,
        largest.0 as f64 / 1e6
    );
    if !opts.execute {
        println!("dry run: nothing uploaded (upload with --execute and CARGO_REGISTRY_TOKEN)");
        return Ok(());
    }
    for (_, c) in &plan {
        // Waiting out the limits is the caller's (a CI job's) business: stop at the
        // first refusal, with what is left.
        let status = Command::new("cargo")
            .args(["publish", "-p", &c.name, "--no-verify"])
            .current_dir(&opts.root)
            .env("CARGO_TARGET_DIR", opts.root.join("target").join("publish"))
            .status()
            .map_err(|e| Failure::internal(format!("cannot run cargo publish: {e}")))?;
        if !status.success() {
            return Err(Failure::internal(format!(
                "cargo publish {} {} failed; rerun later to publish the rest",
                c.name, c.version
            )));
        }
    }
    Ok(())
}

/// Removes cargo's extractions of `candidates` from local (overlay) registries, so
/// that verification reads the packages just made. Registry directories of remote
/// registries (`index.crates.io-…`) are left alone: only names starting with `-`.
fn forget_overlay_extractions(candidates: &[Candidate]) {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    let Some(src) = home.map(|h| h.join("registry").join("src")) else {
        return;
    };
    let Ok(dirs) = std::fs::read_dir(&src) else {
        return;
    };
    for d in dirs.flatten() {
        if !d.file_name().to_string_lossy().starts_with('-') {
            continue;
        }
        for c in candidates {
            let stale = d.path().join(format!("{}-{}", c.name, c.version));
            if stale.is_dir() {
                let _ = std::fs::remove_dir_all(&stale);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(name: &str, exists: bool) -> Candidate {
        Candidate {
            name: name.into(),
            version: "0.1.0".into(),
            dir: PathBuf::new(),
            exists,
        }
    }

    #[test]
    fn the_schedule_follows_the_limits() {
        let cands: Vec<Candidate> = (0..8)
            .map(|i| c(&format!("n{i}"), false))
            .chain((0..32).map(|i| c(&format!("u{i}"), true)))
            .collect();
        let s = schedule(&cands);
        let at = |name: &str| s.iter().find(|(_, c)| c.name == name).map(|(t, _)| *t);
        assert_eq!(at("n0"), Some(0));
        assert_eq!(at("n4"), Some(0), "a burst of 5 new names");
        assert_eq!(at("n5"), Some(10));
        assert_eq!(at("n7"), Some(30));
        assert_eq!(at("u29"), Some(0), "a burst of 30 versions");
        assert_eq!(at("u30"), Some(1));
        assert_eq!(at("u31"), Some(2));
    }

    #[test]
    fn publishable_crates_come_libraries_first() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let all = publishable(&root).expect("crates");
        let names: Vec<&str> = all.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(&names[..LIBRARIES.len()], LIBRARIES);
        assert!(names.contains(&"tencent-cloud-cvm"));
        assert!(!names.iter().any(|n| n.contains("corpus") || *n == "xtask"));
        let services = names.len() - LIBRARIES.len();
        assert_eq!(
            services,
            std::fs::read_dir(root.join("crates/services"))
                .expect("dir")
                .flatten()
                .filter(|e| e.path().join("Cargo.toml").is_file())
                .count()
        );
    }
}
