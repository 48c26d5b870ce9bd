//! `cargo xtask regen [--release R] [--service S …] [--check]`: the service
//! crates in `crates/services/<service>/`, generated from the spec model.
//!
//! Everything is generated in memory first. Then only the crates whose
//! files differ are written, each into a temporary directory that is swapped
//! in with a rename; a failure before that point leaves every crate as it
//! was, and unchanged crates keep their timestamps (so cargo does not
//! rebuild them).

mod docs;
pub mod emit;
mod krate;
pub use krate::major_minor;
mod layout;
mod model;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tencent_cloud_spec::Release;

use crate::Failure;
use emit::{Counts, CrateOut};
use krate::Ctx;
use tencent_cloud_plan::CratePlan;

pub struct Options {
    /// The workspace (tests and `sync --dry-run` use a scratch copy).
    pub root: PathBuf,
    pub release: Option<String>,
    pub services: Vec<String>,
    pub check: bool,
    pub progress: bool,
}

const TMP_PREFIX: &str = ".regen-";

/// `crates/services/RELEASE`: the release the crates were generated from.
pub const RELEASE_FILE: &str = "RELEASE";
/// `crates/services/READ-POLICY.txt`: every action's read/write decision and its rule.
pub const READ_POLICY_FILE: &str = "READ-POLICY.txt";

/// `crates/services/RELEASE-INTL`: the international site's release merged in.
pub const RELEASE_INTL_FILE: &str = "RELEASE-INTL";
/// `crates/services/CHANNELS.txt`: what each channel contributes, and the members whose
/// type the channels disagree on.
pub const CHANNELS_FILE: &str = "CHANNELS.txt";

/// The newest international-site release under `specs/intl/`, if any.
pub fn newest_intl_release(specs: &Path) -> Result<Option<String>, Failure> {
    let dir = specs.join(tencent_cloud_spec::INTL_DIR);
    if !dir.is_dir() {
        return Ok(None);
    }
    Ok(tencent_cloud_spec::release_names(&dir)
        .map_err(|e| Failure::input(format!("{}: {e}", dir.display())))?
        .pop())
}

/// `crates/services/PAGERS.txt`: the pagers by kind, and every list-like action
/// without one, with the reason.
pub const PAGERS_FILE: &str = "PAGERS.txt";

/// `crates/services/STREAMS.txt`: every action that answers with server-sent events
/// and why, and the look-alikes left as JSON calls and why.
pub const STREAMS_FILE: &str = "STREAMS.txt";

/// `crates/services/HOSTS.txt`: every non-standard host the examples and docs name,
/// taken or dropped, and why.
pub const HOSTS_FILE: &str = "HOSTS.txt";

/// The newest release under `specs/`, by version number.
pub fn newest_release(specs: &Path) -> Result<String, Failure> {
    tencent_cloud_spec::release_names(specs)
        .map_err(|e| Failure::input(format!("{}: {e}", specs.display())))?
        .pop()
        .ok_or_else(|| Failure::input(format!("{}: no release imported", specs.display())))
}

/// `version = "x.y.z"` of an existing generated manifest.
fn existing_version(manifest: &Path) -> Option<String> {
    let text = fs::read_to_string(manifest).ok()?;
    text.lines().find_map(|l| {
        let v = l.strip_prefix("version = \"")?.strip_suffix('"')?;
        Some(v.to_string())
    })
}

/// What a regen changed: crate directory names.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Regenerated {
    /// Crates that existed and whose files changed.
    pub changed: Vec<String>,
    /// Crates created (new services).
    pub added: Vec<String>,
    /// Crates removed (services retired upstream).
    pub removed: Vec<String>,
}

pub fn run(opts: &Options) -> Result<Regenerated, Failure> {
    let t0 = Instant::now();
    let root = opts.root.clone();
    let specs = root.join("specs");
    let release_name = match &opts.release {
        Some(r) => r.clone(),
        None => newest_release(&specs)?,
    };
    let dir = tencent_cloud_spec::resolve_release(&release_name, std::slice::from_ref(&specs))
        .map_err(Failure::input)?;
    let china = Release::load(&dir).map_err(|e| Failure::input(e.to_string()))?;
    // The international site's newest release, merged in: one plan over both channels.
    // Each channel's example counts are taken first: the corpus checks both.
    let mut intl_examples: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    let mut china_examples: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    let count = |r: &Release, into: &mut BTreeMap<(String, String, String), usize>| {
        for api in r.api_versions() {
            for (a, list) in &api.examples {
                into.insert(
                    (api.service.clone(), api.version.clone(), a.clone()),
                    list.len(),
                );
            }
        }
    };
    count(&china, &mut china_examples);
    let intl_name = newest_intl_release(&specs)?;
    let (release, merge_report) = match &intl_name {
        None => (china, tencent_cloud_spec::MergeReport::default()),
        Some(name) => {
            let d = specs.join(tencent_cloud_spec::INTL_DIR).join(name);
            let intl = Release::load(&d).map_err(|e| Failure::input(e.to_string()))?;
            count(&intl, &mut intl_examples);
            tencent_cloud_spec::merge_channels(china, intl)
        }
    };
    let out_dir = root.join("crates").join("services");
    // The version the READMEs name for tencent-cloud-core: the workspace's. A scratch
    // copy without the root manifest (the sync tests) uses the version this xtask was
    // built with, which is the same workspace's.
    let core_version =
        crate::workspace_version(&root).unwrap_or_else(|_| tencent_cloud_plan::VERSION.to_owned());

    let selected: Vec<&tencent_cloud_spec::Service> = if opts.services.is_empty() {
        release.services.values().collect()
    } else {
        let mut v = Vec::new();
        for s in &opts.services {
            v.push(release.service(s).ok_or_else(|| {
                Failure::input(format!("--service {s}: no such service in {release_name}"))
            })?);
        }
        v
    };

    let bar = if opts.progress {
        ProgressBar::with_draw_target(Some(selected.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("regen [{bar:40}] {pos}/{len} crates {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );

    // Generate every crate in memory, in parallel.
    let next = AtomicUsize::new(0);
    type Planned<'a> = Result<(CratePlan<'a>, CrateOut), String>;
    let results: Mutex<Vec<(String, Planned)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(svc) = selected.get(i) else { break };
                    let version = existing_version(&out_dir.join(&svc.name).join("Cargo.toml"))
                        .unwrap_or_else(|| "0.1.0".to_string());
                    let ctx = Ctx {
                        version,
                        core_version: core_version.clone(),
                    };
                    let r = tencent_cloud_plan::plan_crate(svc).map(|plan| {
                        let out = emit::generate_crate(&plan, &ctx);
                        (plan, out)
                    });
                    bar.inc(1);
                    if let Ok(mut v) = results.lock() {
                        v.push((svc.name.clone(), r));
                    }
                }
            });
        }
    });
    bar.finish_and_clear();
    let mut generated: BTreeMap<String, CrateOut> = BTreeMap::new();
    let mut plans: BTreeMap<String, CratePlan> = BTreeMap::new();
    for (name, r) in results.into_inner().unwrap_or_else(|p| p.into_inner()) {
        let (plan, out) = r.map_err(Failure::input)?;
        plans.insert(name.clone(), plan);
        generated.insert(name, out);
    }
    let gen_time = t0.elapsed();

    // The examples-corpus package: only for a full regen.
    let corpus: Vec<(PathBuf, String)> = if opts.services.is_empty() {
        let plans: Vec<CratePlan> = plans.into_values().collect();
        let listing =
            tencent_cloud_plan::read_policy_listing(plans.iter().flat_map(|p| &p.versions));
        let by_name: BTreeMap<&str, &tencent_cloud_spec::Service> =
            selected.iter().map(|s| (s.name.as_str(), *s)).collect();
        let pagers = tencent_cloud_plan::pager_listing(plans.iter().flat_map(|p| {
            p.versions.iter().filter_map(|v| {
                let api = by_name.get(v.service)?.versions.get(v.version)?;
                Some((api, v))
            })
        }));
        let streams = tencent_cloud_plan::stream_listing(plans.iter().flat_map(|p| {
            p.versions.iter().filter_map(|v| {
                let api = by_name.get(v.service)?.versions.get(v.version)?;
                Some((api, v))
            })
        }));
        let hosts = tencent_cloud_plan::host_listing(plans.iter().flat_map(|p| {
            p.versions.iter().filter_map(|v| {
                let api = by_name.get(v.service)?.versions.get(v.version)?;
                Some((api, v))
            })
        }));
        let examples = |service: &str, version: &str, action: &str| {
            let key = (service.to_owned(), version.to_owned(), action.to_owned());
            [
                china_examples.get(&key).copied().unwrap_or(0),
                intl_examples.get(&key).copied().unwrap_or(0),
            ]
        };
        let files = krate::corpus_files(&plans, &examples);
        let dir = root.join("tests").join("corpus");
        let mut v = vec![
            (out_dir.join(READ_POLICY_FILE), listing),
            (out_dir.join(PAGERS_FILE), pagers),
            (out_dir.join(STREAMS_FILE), streams),
            (out_dir.join(HOSTS_FILE), hosts),
            (dir.join("Cargo.toml"), files.manifest),
            (dir.join("src").join("dispatch.rs"), files.dispatch),
        ];
        for (name, content) in files.groups {
            v.push((dir.join("tests").join(name), content));
        }
        if let Some(intl) = &intl_name {
            let channels =
                tencent_cloud_plan::channel_listing(&release_name, intl, &plans, &merge_report);
            v.push((out_dir.join(CHANNELS_FILE), channels));
            v.push((out_dir.join(RELEASE_INTL_FILE), format!("{intl}\n")));
        }
        // The one place that names the release the crates come from.
        v.push((out_dir.join(RELEASE_FILE), format!("{release_name}\n")));
        v
    } else {
        Vec::new()
    };
    // Group test targets of an earlier cut that this one no longer has.
    let stale_groups: Vec<PathBuf> = if opts.services.is_empty() {
        let tests = root.join("tests").join("corpus").join("tests");
        let mut v: Vec<PathBuf> = fs::read_dir(&tests)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("group_") && n.ends_with(".rs"))
                    && !corpus.iter().any(|(c, _)| c == p)
            })
            .collect();
        v.sort();
        v
    } else {
        Vec::new()
    };

    // Compare with the tree on disk.
    let mut stale: Vec<String> = Vec::new();
    for (name, c) in &generated {
        if crate_differs(&out_dir.join(name), c) {
            stale.push(name.clone());
        }
    }
    let mut extra: Vec<String> = Vec::new();
    if opts.services.is_empty() {
        if let Ok(entries) = fs::read_dir(&out_dir) {
            for e in entries.flatten() {
                let n = e.file_name().to_string_lossy().into_owned();
                if e.path().is_dir() && !n.starts_with('.') && !generated.contains_key(&n) {
                    extra.push(n);
                }
            }
        }
        extra.sort();
    }

    let mut total = Counts::default();
    let mut bytes = 0usize;
    for c in generated.values() {
        total += c.counts;
        bytes += c.files.values().map(String::len).sum::<usize>();
    }
    let summary = format!(
        "{} crates, {} API versions, {} actions, {} structs, {} paginators, {:.1} MB of Rust from {release_name}{}",
        generated.len(),
        total.versions,
        total.actions,
        total.structs,
        total.paginators,
        bytes as f64 / 1e6,
        intl_name
            .as_deref()
            .map(|i| format!(" and intl {i}"))
            .unwrap_or_default()
    );

    let stale_files: Vec<&(PathBuf, String)> = corpus
        .iter()
        .filter(|(p, c)| fs::read(p).map(|b| b != c.as_bytes()).unwrap_or(true))
        .collect();

    if opts.check {
        for (p, _) in &stale_files {
            println!("stale: {}", p.strip_prefix(&root).unwrap_or(p).display());
        }
        for p in &stale_groups {
            println!(
                "not generated: {}",
                p.strip_prefix(&root).unwrap_or(p).display()
            );
        }
        if stale.is_empty() && extra.is_empty() && stale_files.is_empty() && stale_groups.is_empty()
        {
            println!(
                "up to date: {summary} (checked in {:.1} s)",
                t0.elapsed().as_secs_f64()
            );
            return Ok(Regenerated::default());
        }
        for s in &stale {
            println!("stale: crates/services/{s}");
        }
        for s in &extra {
            println!("not generated from {release_name}: crates/services/{s}");
        }
        return Err(Failure::internal(format!(
            "{} stale and {} extra service crates, {} stale corpus files; run `cargo xtask regen`",
            stale.len(),
            extra.len(),
            stale_files.len() + stale_groups.len()
        )));
    }

    fs::create_dir_all(&out_dir)
        .map_err(|e| Failure::internal(format!("{}: {e}", out_dir.display())))?;
    remove_stale_temps(&out_dir);
    let mut done = Regenerated::default();
    for name in &stale {
        if out_dir.join(name).exists() {
            done.changed.push(name.clone());
        } else {
            done.added.push(name.clone());
        }
        write_crate(&out_dir, name, &generated[name])?;
    }
    for name in &extra {
        // A service retired upstream: its crate goes from the workspace
        // (versions already published stay usable; the release notes list
        // the service and its actions as removed).
        let p = out_dir.join(name);
        fs::remove_dir_all(&p).map_err(|e| Failure::internal(format!("{}: {e}", p.display())))?;
        done.removed.push(name.clone());
    }
    // RELEASE last: it names the release whose crates are all written.
    let (release_file, others): (Vec<_>, Vec<_>) = stale_files
        .into_iter()
        .partition(|(p, _)| p.ends_with(RELEASE_FILE));
    for (p, content) in others.into_iter().chain(release_file) {
        write_file_atomic(p, content)?;
    }
    for p in &stale_groups {
        fs::remove_file(p).map_err(|e| Failure::internal(format!("{}: {e}", p.display())))?;
    }
    println!(
        "regenerated {} crates ({} unchanged, {} removed): {summary}; generated in {:.1} s, total {:.1} s",
        stale.len(),
        generated.len() - stale.len(),
        extra.len(),
        gen_time.as_secs_f64(),
        t0.elapsed().as_secs_f64()
    );
    Ok(done)
}

/// Do the crate's files on disk differ from `c` (content or file set)?
fn crate_differs(dir: &Path, c: &CrateOut) -> bool {
    let on_disk = list_files(dir);
    if on_disk.len() != c.files.len() + c.links.len() {
        return true;
    }
    let link_differs = c
        .links
        .iter()
        .any(|(rel, target)| fs::read_link(dir.join(rel)).map_or(true, |t| t != Path::new(target)));
    link_differs
        || c.files
            .iter()
            .any(|(rel, content)| match fs::read(dir.join(rel)) {
                Ok(b) => b != content.as_bytes(),
                Err(_) => true,
            })
}

fn list_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            // A link is listed as itself, never followed into.
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Writes one crate into a temporary directory beside it, then swaps it in.
fn write_crate(out_dir: &Path, name: &str, c: &CrateOut) -> Result<(), Failure> {
    let err = |p: &Path, e: std::io::Error| Failure::internal(format!("{}: {e}", p.display()));
    let tmp = tempfile::Builder::new()
        .prefix(TMP_PREFIX)
        .tempdir_in(out_dir)
        .map_err(|e| err(out_dir, e))?;
    let staged = tmp.path().join(name);
    for (rel, content) in &c.files {
        let p = staged.join(rel);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).map_err(|e| err(parent, e))?;
        }
        fs::write(&p, content).map_err(|e| err(&p, e))?;
    }
    for (rel, link) in &c.links {
        let p = staged.join(rel);
        make_link(link, &p).map_err(|e| err(&p, e))?;
    }
    let target = out_dir.join(name);
    if target.exists() {
        let aside = tmp.path().join(".previous");
        fs::rename(&target, &aside).map_err(|e| err(&target, e))?;
        if let Err(e) = fs::rename(&staged, &target) {
            let _ = fs::rename(&aside, &target);
            return Err(err(&target, e));
        }
    } else {
        fs::rename(&staged, &target).map_err(|e| err(&target, e))?;
    }
    Ok(())
}

/// A symbolic link at `at` to `target` (relative to `at`'s directory). Where links are
/// not available, a copy of the target.
fn make_link(target: &str, at: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(target, at)
    }
    #[cfg(not(unix))]
    {
        let dir = at.parent().unwrap_or(Path::new("."));
        fs::copy(dir.join(target), at).map(|_| ())
    }
}

fn remove_stale_temps(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(TMP_PREFIX) {
                let _ = fs::remove_dir_all(e.path());
            }
        }
    }
}

/// Replaces one file: temp file beside it, then rename.
fn write_file_atomic(path: &Path, content: &str) -> Result<(), Failure> {
    let err = |p: &Path, e: std::io::Error| Failure::internal(format!("{}: {e}", p.display()));
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| err(dir, e))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| err(dir, e))?;
    std::io::Write::write_all(&mut tmp, content.as_bytes()).map_err(|e| err(path, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o644))
            .map_err(|e| err(path, e))?;
    }
    tmp.persist(path).map_err(|e| err(path, e.error))?;
    Ok(())
}
