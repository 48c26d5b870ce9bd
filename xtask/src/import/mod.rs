//! `cargo xtask import-specs <PATH> [--release R] [--channel C] [--force]`
//!
//! Copies every `tccli/services/<service>/<vYYYYMMDD>/{api,examples}.json`
//! byte for byte into `specs/<release>/<service>/<vYYYYMMDD>/` (a `tccli` wheel, the
//! China channel) or `specs/intl/<release>/<service>/<vYYYYMMDD>/` (a `tccli-intl-en`
//! wheel, the international channel). Which channel a wheel is comes from its
//! METADATA `Name` (see [`Channel`]); a directory without one is China unless
//! `--channel` says otherwise, and a `--channel` that contradicts the METADATA is
//! refused.
//!
//! Atomicity: every file is first read into memory and checked, then written
//! into a temporary directory next to `specs/` (same filesystem), and only
//! then renamed into place. A failure or interruption at any point before the
//! final rename leaves `specs/` exactly as it was. `--force` moves the old
//! tree aside into the temporary directory before moving the new one in; a
//! run killed between the two is completed by the next import (the staged
//! tree is whole by then), so either the old or the new release is there.
//! Imports hold an exclusive lock on `specs/.import.lock`: a second import
//! exits 2 instead of touching another's temporary directory.
//!
//! Hostile input is bounded: a spec file may be at most [`MAX_FILE`] bytes
//! (declared in the zip and as read), all of them [`MAX_TOTAL`], and a zip
//! entry may not inflate more than [`MAX_RATIO`] times; duplicate zip entries,
//! links, FIFOs and devices are refused, and every file must be UTF-8 JSON.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::Failure;
pub use channel::Channel;
use wheel::read_wheel;

mod channel;
mod wheel;

/// Prefix of temporary directories created next to `specs/`.
const TMP_PREFIX: &str = ".specs-import-";

/// Largest spec file accepted (the largest in 3.1.189.1, csip's api.json, is 3.8 MB).
pub const MAX_FILE: u64 = 64 * 1024 * 1024;

/// Largest release accepted, all spec files together (3.1.189.1 is 110 MB).
pub const MAX_TOTAL: u64 = 1024 * 1024 * 1024;

/// Largest inflation of one zip entry over 1 MiB (spec JSON deflates about 10 times).
pub const MAX_RATIO: u64 = 100;

/// The lock file in `specs/`.
const LOCK_FILE: &str = ".import.lock";

/// The spec files of one release, keyed by their path relative to the
/// release directory (`cvm/v20170312/api.json`), in sorted order.
pub type SpecFiles = BTreeMap<String, Vec<u8>>;

/// What an import found.
#[derive(Debug)]
pub struct Source {
    /// Release read from METADATA or `tccli/__init__.py`, if any.
    pub release: Option<String>,
    /// The channel METADATA's `Name` says, if there is a METADATA.
    pub channel: Option<Channel>,
    pub files: SpecFiles,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Imported { files: usize, bytes: u64 },
    Replaced { files: usize, bytes: u64 },
    Unchanged { files: usize },
}

pub struct Options<'a> {
    pub path: &'a Path,
    pub release: Option<&'a str>,
    /// The channel the caller expects; `None` takes the METADATA's (China without one).
    pub channel: Option<Channel>,
    pub force: bool,
    pub specs_dir: &'a Path,
    pub progress: bool,
}

/// What [`run`] did: which release of which channel, and how.
#[derive(Debug)]
pub struct Done {
    pub channel: Channel,
    pub release: String,
    pub outcome: Outcome,
}

pub fn run(opts: &Options<'_>) -> Result<Done, Failure> {
    let source = read_source(opts.path)?;
    let channel = match (opts.channel, source.channel) {
        (Some(want), Some(is)) if want != is => {
            return Err(Failure::input(format!(
                "{}: its METADATA names {} (the {} channel), not {} (--channel {}): refused",
                opts.path.display(),
                is.package(),
                is.label(),
                want.package(),
                clap::ValueEnum::to_possible_value(&want)
                    .map(|v| v.get_name().to_string())
                    .unwrap_or_default()
            )));
        }
        (want, is) => is.or(want).unwrap_or(Channel::China),
    };
    let release = match (opts.release, &source.release) {
        (Some(r), _) => r.to_string(),
        (None, Some(r)) => r.clone(),
        (None, None) => {
            return Err(Failure::input(format!(
                "{}: cannot tell the release version (no *.dist-info/METADATA or tccli/__init__.py); pass --release",
                opts.path.display()
            )));
        }
    };
    validate_release_name(&release)?;
    let outcome = install(&Install {
        specs_dir: opts.specs_dir,
        channel,
        release: &release,
        files: &source.files,
        force: opts.force,
        progress: opts.progress,
    })?;
    Ok(Done {
        channel,
        release,
        outcome,
    })
}

/// A release name becomes a directory name: only `digits(.digits)*` with an
/// optional `-suffix` of `[A-Za-z0-9.]`, so it can never escape `specs/`.
pub fn validate_release_name(release: &str) -> Result<(), Failure> {
    let (core, suffix) = match release.split_once('-') {
        Some((c, s)) => (c, Some(s)),
        None => (release, None),
    };
    let core_ok = !core.is_empty()
        && core
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let suffix_ok = suffix
        .is_none_or(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.'));
    if core_ok && suffix_ok {
        Ok(())
    } else {
        Err(Failure::input(format!(
            "invalid release name {release:?}: expected a version such as 3.0.1217.1"
        )))
    }
}

pub fn read_source(path: &Path) -> Result<Source, Failure> {
    // The path given may be a link (the user named it); what it names must be a
    // directory or a regular file, known before anything is opened: opening a FIFO
    // waits for a writer, forever.
    let meta =
        fs::metadata(path).map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
    if meta.is_dir() {
        read_dir_source(path)
    } else if meta.is_file() {
        read_wheel(path)
    } else {
        Err(Failure::input(format!(
            "{}: not a regular file or a directory (a FIFO, socket or device): refused",
            path.display()
        )))
    }
}

/// The version in a wheel's file name (`tccli-3.0.1218.1-py2.py3-none-any.whl`:
/// `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`), if it is named so.
fn file_name_version(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?.strip_suffix(".whl")?;
    let parts: Vec<&str> = name.split('-').collect();
    (parts.len() == 5 || parts.len() == 6).then(|| parts[1].to_string())
}

/// The package in a wheel's file name (`tccli_intl_en-3.1.193.1-py2.py3-none-any.whl`:
/// `tccli_intl_en`), if it is named like a wheel.
fn file_name_package(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?.strip_suffix(".whl")?;
    let parts: Vec<&str> = name.split('-').collect();
    (parts.len() == 5 || parts.len() == 6).then(|| parts[0].to_string())
}

/// Is `<service>/<vYYYYMMDD>/<file>` a spec file path we import?
/// Returns the normalised relative path.
fn spec_rel_path(service: &str, version: &str, file: &str) -> Option<String> {
    let service_ok = !service.is_empty()
        && service
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    let version_ok = version.len() == 9
        && version.starts_with('v')
        && version[1..].bytes().all(|b| b.is_ascii_digit());
    let file_ok = file == "api.json" || file == "examples.json";
    (service_ok && version_ok && file_ok).then(|| format!("{service}/{version}/{file}"))
}

/// A spec file must be UTF-8 JSON (tccli itself cannot load anything else).
fn check_json(bytes: &[u8], what: &str) -> Result<(), Failure> {
    std::str::from_utf8(bytes).map_err(|e| Failure::input(format!("{what}: not UTF-8: {e}")))?;
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes)
        .map(|_| ())
        .map_err(|e| Failure::input(format!("{what}: not JSON: {e}")))
}

/// Reads a spec file of a directory source: a regular file (no link, FIFO or device)
/// of at most [`MAX_FILE`] bytes, or `None` when there is none.
fn read_regular(p: &Path) -> Result<Option<Vec<u8>>, Failure> {
    let meta = match fs::symlink_metadata(p) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Failure::input(format!("{}: {e}", p.display()))),
    };
    if !meta.file_type().is_file() {
        return Err(Failure::input(format!(
            "{}: not a regular file (a link, FIFO or device): refused",
            p.display()
        )));
    }
    if meta.len() > MAX_FILE {
        return Err(Failure::input(format!(
            "{}: {} bytes, more than the {MAX_FILE} a spec file may have",
            p.display(),
            meta.len()
        )));
    }
    let f = fs::File::open(p).map_err(|e| Failure::input(format!("{}: {e}", p.display())))?;
    let mut buf = Vec::with_capacity(meta.len() as usize);
    f.take(MAX_FILE + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Failure::input(format!("{}: {e}", p.display())))?;
    if buf.len() as u64 > MAX_FILE {
        return Err(Failure::input(format!(
            "{}: grew past {MAX_FILE} bytes while read",
            p.display()
        )));
    }
    check_json(&buf, &p.display().to_string())?;
    Ok(Some(buf))
}

/// `Name:` and `Version:` from a core-metadata file.
fn parse_metadata(bytes: &[u8]) -> (Option<String>, Option<String>) {
    let text = String::from_utf8_lossy(bytes);
    let mut name = None;
    let mut version = None;
    for line in text.lines() {
        if line.is_empty() {
            break; // headers end at the first blank line
        }
        if let Some(v) = line.strip_prefix("Name:") {
            name.get_or_insert_with(|| v.trim().to_string());
        } else if let Some(v) = line.strip_prefix("Version:") {
            version.get_or_insert_with(|| v.trim().to_string());
        }
    }
    (name, version)
}

/// `__version__ = '3.0.1217.1'` from `tccli/__init__.py`.
fn parse_init_version(text: &str) -> Option<String> {
    text.lines().find_map(|l| {
        let rest = l
            .trim()
            .strip_prefix("__version__")?
            .trim_start()
            .strip_prefix('=')?;
        let v = rest.trim().trim_matches(|c| c == '\'' || c == '"');
        (!v.is_empty()).then(|| v.to_string())
    })
}

/// The kind of `p` itself, a link not followed; `None` when there is nothing there.
fn kind(p: &Path) -> Result<Option<fs::FileType>, Failure> {
    match fs::symlink_metadata(p) {
        Ok(m) => Ok(Some(m.file_type())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Failure::input(format!("{}: {e}", p.display()))),
    }
}

/// Whether `p` is a directory and not a link to one; a link is refused, naming it: a
/// directory import follows no link (one to a private tree elsewhere would be copied
/// into `specs/`, world-readable).
fn real_dir(p: &Path) -> Result<bool, Failure> {
    match kind(p)? {
        Some(t) if t.is_symlink() => Err(Failure::input(format!(
            "{}: a symbolic link: refused (a directory import follows no link)",
            p.display()
        ))),
        Some(t) => Ok(t.is_dir()),
        None => Ok(false),
    }
}

/// A small text file beside the specs (`METADATA`, `__init__.py`): a regular file of at
/// most 1 MiB, else nothing (no link followed, no FIFO opened).
fn read_small(p: &Path) -> Option<Vec<u8>> {
    const MAX: u64 = 1024 * 1024;
    let meta = fs::symlink_metadata(p).ok()?;
    if !meta.file_type().is_file() || meta.len() > MAX {
        return None;
    }
    let mut buf = Vec::new();
    fs::File::open(p)
        .ok()?
        .take(MAX)
        .read_to_end(&mut buf)
        .ok()?;
    Some(buf)
}

fn read_dir_source(path: &Path) -> Result<Source, Failure> {
    // Accept an unpacked wheel, a `tccli` package dir, or `tccli/services`. The path
    // given may be a link; nothing inside it is followed.
    let mut services_dir = None;
    for parts in [&["tccli", "services"][..], &["services"][..], &[][..]] {
        let mut c = path.to_path_buf();
        let mut ok = true;
        for p in parts {
            c.push(p);
            if !real_dir(&c)? {
                ok = false;
                break;
            }
        }
        if ok && has_spec_layout(&c) {
            services_dir = Some(c);
            break;
        }
    }
    let services_dir = services_dir
        .ok_or_else(|| {
            Failure::input(format!(
                "{}: no <service>/<vYYYYMMDD>/api.json found (expected a wheel, an unpacked wheel or a tccli/services directory)",
                path.display()
            ))
        })?;

    let mut files = SpecFiles::new();
    let mut total = 0u64;
    for service in sorted_dir(&services_dir)? {
        let service_name = service
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if !real_dir(&service)? {
            continue;
        }
        for version in sorted_dir(&service)? {
            let version_name = version
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            if !real_dir(&version)? {
                continue;
            }
            for file in ["api.json", "examples.json"] {
                let Some(rel) = spec_rel_path(&service_name, &version_name, file) else {
                    continue;
                };
                let p = version.join(file);
                if let Some(bytes) = read_regular(&p)? {
                    total += bytes.len() as u64;
                    if total > MAX_TOTAL {
                        return Err(Failure::input(format!(
                            "{}: the spec files add up to more than {MAX_TOTAL} bytes",
                            path.display()
                        )));
                    }
                    files.insert(rel, bytes);
                }
            }
        }
    }
    check_nonempty(&files, path)?;

    // Release and channel: the METADATA of a tccli or tccli-intl-en dist-info beside
    // `tccli/`, else the release from tccli/__init__.py (and no channel).
    let tccli_dir = services_dir.parent().map(Path::to_path_buf);
    let mut release = None;
    let mut channel: Option<Channel> = None;
    if let Some(root) = tccli_dir.as_ref().and_then(|t| t.parent())
        && let Ok(entries) = sorted_dir(root)
    {
        for e in entries {
            let n = e
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let Some(dist) = n.strip_suffix(".dist-info") else {
                continue;
            };
            let package = dist.rsplit_once('-').map_or(dist, |(p, _)| p);
            if Channel::from_package(package).is_none() || !kind(&e)?.is_some_and(|t| t.is_dir()) {
                continue;
            }
            let Some(bytes) = read_small(&e.join("METADATA")) else {
                continue;
            };
            let (name, version) = parse_metadata(&bytes);
            let Some(c) = name.as_deref().and_then(Channel::from_package) else {
                continue;
            };
            if let Some(before) = channel
                && before != c
            {
                return Err(Failure::input(format!(
                    "{}: both a {} and a {} dist-info: which one is this tccli/? refused",
                    root.display(),
                    before.package(),
                    c.package()
                )));
            }
            channel = Some(c);
            release = version;
        }
    }
    if release.is_none()
        && let Some(t) = &tccli_dir
        && let Some(bytes) = read_small(&t.join("__init__.py"))
    {
        release = parse_init_version(&String::from_utf8_lossy(&bytes));
    }
    Ok(Source {
        release,
        channel,
        files,
    })
}

fn has_spec_layout(dir: &Path) -> bool {
    let Ok(services) = fs::read_dir(dir) else {
        return false;
    };
    services.flatten().any(|s| {
        fs::read_dir(s.path())
            // Anything named api.json counts here; read_regular refuses what is not a
            // regular file, naming it.
            .map(|vs| {
                vs.flatten()
                    .any(|v| fs::symlink_metadata(v.path().join("api.json")).is_ok())
            })
            .unwrap_or(false)
    })
}

fn sorted_dir(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| Failure::input(format!("{}: {e}", dir.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    Ok(v)
}

fn check_nonempty(files: &SpecFiles, path: &Path) -> Result<(), Failure> {
    if files.keys().any(|k| k.ends_with("/api.json")) {
        Ok(())
    } else {
        Err(Failure::input(format!(
            "{}: no tccli/services/<service>/<vYYYYMMDD>/api.json inside",
            path.display()
        )))
    }
}

/// Reads every regular file under `dir` into a map keyed by `/`-separated
/// relative paths.
fn read_tree(dir: &Path) -> Result<SpecFiles, Failure> {
    let mut out = SpecFiles::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in sorted_dir(&d)? {
            if entry.is_dir() {
                stack.push(entry);
            } else {
                let rel = entry
                    .strip_prefix(dir)
                    .map_err(|e| Failure::internal(format!("{}: {e}", entry.display())))?
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let bytes = fs::read(&entry)
                    .map_err(|e| Failure::internal(format!("{}: {e}", entry.display())))?;
                out.insert(rel, bytes);
            }
        }
    }
    Ok(out)
}

/// One release to put in place.
struct Install<'a> {
    /// `specs/`: the lock and the temporary directory (beside it) belong to it.
    specs_dir: &'a Path,
    channel: Channel,
    release: &'a str,
    files: &'a SpecFiles,
    force: bool,
    progress: bool,
}

fn install(i: &Install<'_>) -> Result<Outcome, Failure> {
    let Install {
        specs_dir,
        channel,
        release,
        files,
        force,
        progress,
    } = *i;
    let target = channel.dir(specs_dir).join(release);
    let slot = channel.slot(release);
    let parent = specs_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let channel_dir = channel.dir(specs_dir);
    fs::create_dir_all(&channel_dir)
        .map_err(|e| Failure::internal(format!("{}: {e}", channel_dir.display())))?;
    // One import at a time: only the lock holder may touch temporary directories.
    let _lock = FileLock::take(
        &specs_dir.join(LOCK_FILE),
        "another import-specs is running (it holds the lock); try again when it ends",
    )?;
    recover_and_remove_stale_temps(&parent, specs_dir);

    let bytes: u64 = files.values().map(|b| b.len() as u64).sum();
    let existed = target.exists();
    if existed {
        let on_disk = read_tree(&target)?;
        if &on_disk == files {
            return Ok(Outcome::Unchanged { files: files.len() });
        }
        if !force {
            let (added, removed, changed) = tree_delta(&on_disk, files);
            return Err(Failure::input(format!(
                "{}: release {release} is already imported and differs ({added} added, {removed} removed, {changed} changed files); pass --force to replace it",
                target.display()
            )));
        }
    }

    let tmp = tempfile::Builder::new()
        .prefix(TMP_PREFIX)
        .tempdir_in(&parent)
        .map_err(|e| {
            Failure::internal(format!(
                "{}: cannot create a temporary directory: {e}",
                parent.display()
            ))
        })?;
    let staged = tmp.path().join(&slot);

    let bar = if progress {
        ProgressBar::with_draw_target(Some(files.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{prefix} [{bar:40}] {pos}/{len} files {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_prefix(format!("importing {release}"));
    for (rel, data) in files {
        let p = staged.join(rel);
        if let Some(dir) = p.parent() {
            fs::create_dir_all(dir)
                .map_err(|e| Failure::internal(format!("{}: {e}", dir.display())))?;
        }
        fs::write(&p, data).map_err(|e| Failure::internal(format!("{}: {e}", p.display())))?;
        bar.inc(1);
    }
    bar.finish_and_clear();

    if existed {
        // Swap: move the old tree aside (inside the temp dir), move the new
        // one in, and put the old one back if that fails.
        let aside = tmp.path().join(format!("{ASIDE_PREFIX}{slot}"));
        fs::rename(&target, &aside).map_err(|e| {
            Failure::internal(format!("{}: cannot move aside: {e}", target.display()))
        })?;
        if let Err(e) = fs::rename(&staged, &target) {
            let _ = fs::rename(&aside, &target);
            return Err(Failure::internal(format!(
                "{}: cannot install: {e}",
                target.display()
            )));
        }
        Ok(Outcome::Replaced {
            files: files.len(),
            bytes,
        })
    } else {
        fs::rename(&staged, &target)
            .map_err(|e| Failure::internal(format!("{}: cannot install: {e}", target.display())))?;
        Ok(Outcome::Imported {
            files: files.len(),
            bytes,
        })
    }
    // `tmp` drops here and removes whatever is left (the previous tree).
}

fn tree_delta(old: &SpecFiles, new: &SpecFiles) -> (usize, usize, usize) {
    let added = new.keys().filter(|k| !old.contains_key(*k)).count();
    let removed = old.keys().filter(|k| !new.contains_key(*k)).count();
    let changed = new
        .iter()
        .filter(|(k, v)| old.get(*k).is_some_and(|o| o != *v))
        .count();
    (added, removed, changed)
}

/// An exclusive lock on a file in `specs/` (`.import.lock`, `.sync.lock`), held while
/// its holder runs and removed after it, so that `specs/` holds only releases between
/// runs. Taking it never waits: a second holder is refused with `busy`.
pub struct FileLock {
    path: PathBuf,
    _file: fs::File,
}

impl FileLock {
    /// Takes the lock at `path`, or fails with exit 2 and `busy` (after the path).
    pub fn take(path: &Path, busy: &str) -> Result<FileLock, Failure> {
        use std::os::unix::fs::MetadataExt;
        let busy = || Failure::input(format!("{}: {busy}", path.display()));
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| Failure::internal(format!("{}: {e}", path.display())))?;
        if file.try_lock().is_err() {
            return Err(busy());
        }
        // The holder before us removes the file when it ends: make sure the file we
        // locked is still the one at the path, not one it just unlinked.
        let same = match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
            _ => false,
        };
        if !same {
            return Err(busy());
        }
        Ok(FileLock {
            path: path.to_path_buf(),
            _file: file,
        })
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        // Unlinked while still locked: a waiting run then sees a stale inode and
        // exits 2 rather than sharing the lock with a newer one.
        let _ = fs::remove_file(&self.path);
    }
}

/// Where `--force` keeps the old tree of release R inside its temporary directory
/// (followed by [`Channel::slot`]: `.previous-3.1.189.1`, `.previous-intl-3.1.193.1`).
const ASIDE_PREFIX: &str = ".previous-";

/// Under the lock: finishes any `--force` that was killed between its two renames
/// (the old tree aside, the new one staged and whole, `specs/<R>` missing: the new one
/// goes in), then removes the temporary directories.
fn recover_and_remove_stale_temps(parent: &Path, specs_dir: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        if !e.file_name().to_string_lossy().starts_with(TMP_PREFIX) {
            continue;
        }
        let tmp = e.path();
        if let Ok(inner) = fs::read_dir(&tmp) {
            for a in inner.flatten() {
                let name = a.file_name().to_string_lossy().into_owned();
                let Some(slot) = name.strip_prefix(ASIDE_PREFIX) else {
                    continue;
                };
                let (channel, release) = Channel::from_slot(slot);
                let target = channel.dir(specs_dir).join(release);
                if target.exists() {
                    continue;
                }
                let staged = tmp.join(slot);
                let from = if staged.is_dir() { staged } else { a.path() };
                let _ = fs::create_dir_all(channel.dir(specs_dir));
                match fs::rename(&from, &target) {
                    Ok(()) => eprintln!(
                        "import-specs: completed an interrupted --force of {release} ({})",
                        target.display()
                    ),
                    Err(err) => {
                        eprintln!(
                            "import-specs: {}: cannot restore {release}: {err}; left in place",
                            tmp.display()
                        );
                        // Keep the directory: it holds the only copy.
                        return;
                    }
                }
            }
        }
        let _ = fs::remove_dir_all(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_names() {
        for ok in ["3.0.1217.1", "1", "3.0.1-rc1"] {
            assert!(validate_release_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "../x", "3.0/1", "3..0", "a.b", "3.0-", "3.0-x/y"] {
            assert!(validate_release_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn metadata_and_init() {
        let (n, v) = parse_metadata(
            b"Metadata-Version: 2.1\nName: tccli\nVersion: 3.0.1217.1\n\nVersion: 9\n",
        );
        assert_eq!(n.as_deref(), Some("tccli"));
        assert_eq!(v.as_deref(), Some("3.0.1217.1"));
        assert_eq!(
            parse_init_version("x=1\n__version__ = '3.0.1216.1'\n").as_deref(),
            Some("3.0.1216.1")
        );
        assert_eq!(parse_init_version("version = 1"), None);
    }

    #[test]
    fn spec_paths() {
        assert_eq!(
            spec_rel_path("cvm", "v20170312", "api.json").as_deref(),
            Some("cvm/v20170312/api.json")
        );
        assert!(spec_rel_path("cvm", "v2017031", "api.json").is_none());
        assert!(spec_rel_path("cvm", "v20170312", "cvm_client.py").is_none());
        assert!(spec_rel_path("..", "v20170312", "api.json").is_none());
    }
}
