//! Loading a release directory: `<service>/<vYYYYMMDD>/{api,examples}.json`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diag::{Diagnostic, DiagnosticKind as K, LoadError, Severity, pointer};
use crate::examples::{Example, parse_input, parse_output};
use crate::model::{ApiVersion, build_api};
use crate::raw;

/// All API versions of one service.
#[derive(Debug, Clone)]
pub struct Service {
    /// Directory name, `cvm`.
    pub name: String,
    /// API versions by directory name (`v20170312`), oldest first.
    pub versions: BTreeMap<String, ApiVersion>,
}

impl Service {
    /// The newest API version (the one enabled by default in generated
    /// crates).
    pub fn newest(&self) -> Option<&ApiVersion> {
        self.versions.values().next_back()
    }
}

/// Counts over a release.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub services: usize,
    pub api_versions: usize,
    pub actions: usize,
    pub objects: usize,
    pub members: usize,
    pub examples: usize,
}

/// Every service and API version of one release directory.
#[derive(Debug, Clone)]
pub struct Release {
    /// The directory name (`3.0.1217.1`), or `services` for a raw
    /// `tccli/services` directory.
    pub name: String,
    pub root: PathBuf,
    /// Services by name, sorted.
    pub services: BTreeMap<String, Service>,
    /// The international site's release merged into this one
    /// ([`merge_channels`](crate::merge_channels)), if any.
    pub intl: Option<String>,
    pub(crate) warnings: Vec<Diagnostic>,
}

impl Release {
    /// Loads and validates every `<service>/<vYYYYMMDD>/api.json` (and its
    /// `examples.json`, if present) under `dir`. Directories and files that
    /// do not fit that layout (`__pycache__`, `*.py`) are skipped.
    ///
    /// Fails with every error-level diagnostic of every file; warnings
    /// (upstream example defects) are kept in [`Release::warnings`].
    pub fn load(dir: impl AsRef<Path>) -> Result<Release, LoadError> {
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1);
        Self::load_with_threads(dir, threads)
    }

    /// [`Release::load`] on at most `threads` threads (at least one).
    pub fn load_with_threads(dir: impl AsRef<Path>, threads: usize) -> Result<Release, LoadError> {
        Self::load_only(dir, threads, |_| true)
    }

    /// [`Release::load`] of only the API versions `keep` accepts (the others
    /// are neither read nor parsed), on at most `threads` threads. A diff
    /// of two releases loads only the versions whose files differ.
    pub fn load_only(
        dir: impl AsRef<Path>,
        threads: usize,
        keep: impl Fn(&ApiVersionFiles) -> bool,
    ) -> Result<Release, LoadError> {
        let dir = dir.as_ref();
        let mut jobs = discover(dir)?;
        jobs.retain(|j| keep(j));

        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<(usize, ApiVersion, Vec<Diagnostic>)>> =
            Mutex::new(Vec::with_capacity(jobs.len()));
        let failures: Mutex<Vec<Diagnostic>> = Mutex::new(Vec::new());
        let threads = threads.clamp(1, jobs.len().max(1));
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break };
                        let mut diags = Vec::new();
                        match load_api_version(
                            &job.service,
                            &job.version,
                            &job.api,
                            job.examples.as_deref(),
                            &mut diags,
                        ) {
                            Some(api) => {
                                if let Ok(mut r) = results.lock() {
                                    r.push((i, api, diags));
                                }
                            }
                            None => {
                                if let Ok(mut f) = failures.lock() {
                                    f.extend(diags);
                                }
                            }
                        }
                    }
                });
            }
        });
        let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
        let mut all = failures.into_inner().unwrap_or_else(|p| p.into_inner());
        results.sort_by_key(|(i, _, _)| *i);

        let mut services: BTreeMap<String, Service> = BTreeMap::new();
        for (_, api, diags) in results {
            all.extend(diags);
            services
                .entry(api.service.clone())
                .or_insert_with(|| Service {
                    name: api.service.clone(),
                    versions: BTreeMap::new(),
                })
                .versions
                .insert(api.version.clone(), api);
        }
        finish(dir, services, all)
    }

    /// Diagnostics that did not stop loading: upstream example defects.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    pub fn service(&self, name: &str) -> Option<&Service> {
        self.services.get(name)
    }

    /// One API version, by service and version directory names.
    pub fn api_version(&self, service: &str, version: &str) -> Option<&ApiVersion> {
        self.services.get(service)?.versions.get(version)
    }

    /// Every API version of every service, in sorted order.
    pub fn api_versions(&self) -> impl Iterator<Item = &ApiVersion> {
        self.services.values().flat_map(|s| s.versions.values())
    }

    pub fn stats(&self) -> Stats {
        let mut st = Stats {
            services: self.services.len(),
            ..Stats::default()
        };
        for api in self.api_versions() {
            st.api_versions += 1;
            st.actions += api.actions.len();
            st.objects += api.objects.len();
            st.members += api.member_count();
            st.examples += api.example_count();
        }
        st
    }
}

fn finish(
    dir: &Path,
    services: BTreeMap<String, Service>,
    mut all: Vec<Diagnostic>,
) -> Result<Release, LoadError> {
    all.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.file.cmp(&b.file))
            .then_with(|| a.pointer.cmp(&b.pointer))
    });
    if all.iter().any(|d| d.severity == Severity::Error) {
        return Err(LoadError { diagnostics: all });
    }
    let name = dir
        .canonicalize()
        .ok()
        .as_deref()
        .unwrap_or(dir)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Release {
        name,
        root: dir.to_path_buf(),
        services,
        intl: None,
        warnings: all,
    })
}

/// The files of one API version in a release directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiVersionFiles {
    /// `cvm`.
    pub service: String,
    /// `v20170312`.
    pub version: String,
    /// `<dir>/cvm/v20170312/api.json`.
    pub api: PathBuf,
    /// Its `examples.json`, if there is one.
    pub examples: Option<PathBuf>,
}

impl ApiVersionFiles {
    /// `api.json`, then `examples.json` if present.
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        std::iter::once(self.api.as_path()).chain(self.examples.as_deref())
    }
}

/// The directory of the international site's channel under `specs/`:
/// `specs/intl/<release>/…`, laid out like the China channel's `specs/<release>/…`.
pub const INTL_DIR: &str = "intl";

/// The release names under a `specs/` directory, oldest first by version
/// number (`3.0.1216.1` < `3.0.1217.1` < `3.1.5.1`); hidden directories
/// (an import's staging area) and the intl channel's directory ([`INTL_DIR`])
/// are left out.
pub fn release_names(specs_dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names: Vec<String> = fs::read_dir(specs_dir)?
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && n != INTL_DIR)
        .collect();
    names.sort_by_key(|n| version_key(n));
    Ok(names)
}

/// A release name as numbers for ordering: `3.0.1217.1` → [3, 0, 1217, 1].
pub fn version_key(name: &str) -> Vec<u64> {
    name.split(['.', '-'])
        .map(|p| p.parse().unwrap_or(0))
        .collect()
}

fn io_error(path: &Path, e: std::io::Error) -> LoadError {
    LoadError {
        diagnostics: vec![Diagnostic::new(
            Severity::Error,
            K::Io,
            path,
            None,
            e.to_string(),
        )],
    }
}

fn is_version_dir(name: &str) -> bool {
    name.len() == 9 && name.starts_with('v') && name[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Every `<service>/<vYYYYMMDD>/api.json` (with its `examples.json`) under
/// a release directory, sorted; what does not fit that layout
/// (`__pycache__`, `*.py`) is skipped. No API version at all is an error.
pub fn discover(dir: &Path) -> Result<Vec<ApiVersionFiles>, LoadError> {
    let mut jobs = Vec::new();
    let mut services: Vec<_> = fs::read_dir(dir)
        .map_err(|e| io_error(dir, e))?
        .filter_map(Result::ok)
        .collect();
    services.sort_by_key(|e| e.file_name());
    for s in services {
        let sname = s.file_name().to_string_lossy().into_owned();
        if sname.starts_with('.') || sname.starts_with("__") || !s.path().is_dir() {
            continue;
        }
        let mut versions: Vec<_> = fs::read_dir(s.path())
            .map_err(|e| io_error(&s.path(), e))?
            .filter_map(Result::ok)
            .collect();
        versions.sort_by_key(|e| e.file_name());
        for v in versions {
            let vname = v.file_name().to_string_lossy().into_owned();
            let api = v.path().join("api.json");
            if !is_version_dir(&vname) {
                continue;
            }
            // A name that is there but not a readable regular file (a directory, a
            // dangling link, a FIFO, a device) is bad input, not a missing version: read
            // as absent, it would be reported as the version's removal.
            let examples = v.path().join("examples.json");
            for f in [&api, &examples] {
                if fs::symlink_metadata(f).is_ok() && !f.is_file() {
                    return Err(LoadError {
                        diagnostics: vec![Diagnostic::new(
                            Severity::Error,
                            K::Layout,
                            f,
                            None,
                            "not a regular file (a directory, a dangling link or a special file)",
                        )],
                    });
                }
            }
            if !api.is_file() {
                continue;
            }
            jobs.push(ApiVersionFiles {
                service: sname.clone(),
                version: vname,
                api,
                examples: examples.is_file().then_some(examples),
            });
        }
    }
    if jobs.is_empty() {
        return Err(LoadError {
            diagnostics: vec![Diagnostic::new(
                Severity::Error,
                K::Layout,
                dir,
                None,
                "no <service>/<vYYYYMMDD>/api.json under this directory",
            )],
        });
    }
    Ok(jobs)
}

/// Resolves a release argument: an existing directory is used as is; otherwise it is a
/// release name (`3.0.1217.1`, no path separators) looked up as `<dir>/<name>` in each
/// of `specs_dirs` in turn. The error is one line naming what was tried.
pub fn resolve_release(arg: &str, specs_dirs: &[PathBuf]) -> Result<PathBuf, String> {
    let p = PathBuf::from(arg);
    if p.is_dir() {
        return Ok(p);
    }
    if !arg.contains(['/', '\\']) {
        for d in specs_dirs {
            let c = d.join(arg);
            if c.is_dir() {
                return Ok(c);
            }
        }
    }
    Err(format!(
        "{arg}: no such directory, and no release of that name under {}",
        specs_dirs
            .iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(" or ")
    ))
}

/// Loads one API version from its files. Returns `None` when the files
/// cannot be parsed at all (the reasons are in `diags`). When it returns
/// `Some`, `diags` may still hold errors from validation.
pub fn load_api_version(
    service: &str,
    version: &str,
    api_path: &Path,
    examples_path: Option<&Path>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ApiVersion> {
    let bytes = match fs::read(api_path) {
        Ok(b) => b,
        Err(e) => {
            diags.push(Diagnostic::new(
                Severity::Error,
                K::Io,
                api_path,
                None,
                e.to_string(),
            ));
            return None;
        }
    };
    let raw_api: raw::RawApi = parse_json(api_path, &bytes, diags)?;
    let mut api = build_api(service, version, api_path, raw_api, diags);
    if let Some(ex_path) = examples_path {
        match fs::read(ex_path) {
            Ok(b) => {
                if let Some(raw_ex) = parse_json::<raw::RawExamples>(ex_path, &b, diags) {
                    attach_examples(&mut api, ex_path, raw_ex, diags);
                }
            }
            Err(e) => diags.push(Diagnostic::new(
                Severity::Error,
                K::Io,
                ex_path,
                None,
                e.to_string(),
            )),
        }
        api.examples_path = Some(ex_path.to_path_buf());
    }
    Some(api)
}

/// Loads one API version from in-memory JSON texts (for tests and tools).
/// `api_name` is used in diagnostics as the file name.
pub fn parse_api_version(
    service: &str,
    version: &str,
    api_name: &Path,
    api_json: &[u8],
    examples: Option<(&Path, &[u8])>,
) -> Result<ApiVersion, LoadError> {
    let mut diags = Vec::new();
    let api = parse_json::<raw::RawApi>(api_name, api_json, &mut diags).map(|raw_api| {
        let mut api = build_api(service, version, api_name, raw_api, &mut diags);
        if let Some((ex_name, ex_json)) = examples {
            if let Some(raw_ex) = parse_json::<raw::RawExamples>(ex_name, ex_json, &mut diags) {
                attach_examples(&mut api, ex_name, raw_ex, &mut diags);
            }
            api.examples_path = Some(ex_name.to_path_buf());
        }
        api
    });
    match api {
        Some(api) if !diags.iter().any(|d| d.severity == Severity::Error) => Ok(api),
        _ => Err(LoadError { diagnostics: diags }),
    }
}

/// Parses JSON into `T`. On failure, records a syntax error (line, column)
/// or a shape error (line, column and JSON Pointer) and returns `None`.
///
/// The text must be UTF-8 as a whole: serde_json checks the strings it keeps but not
/// those it skips (the value of an unknown key), and JSON is UTF-8 throughout.
fn parse_json<T: serde::de::DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.valid_up_to();
            let line_start = bytes[..at]
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |i| i + 1);
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            let mut d = Diagnostic::new(
                Severity::Error,
                K::Syntax,
                path,
                None,
                "not UTF-8 (JSON text must be)",
            );
            d.line_col = Some((line, at - line_start + 1));
            diags.push(d);
            return None;
        }
    };
    match serde_json::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let (kind, ptr) = if e.is_syntax() || e.is_eof() {
                (K::Syntax, None)
            } else {
                // Slow path, only on failure: find the JSON path.
                let mut de = serde_json::Deserializer::from_str(text);
                let ptr = match serde_path_to_error::deserialize::<_, T>(&mut de) {
                    Err(pe) => Some(path_to_pointer(pe.path())),
                    Ok(_) => None,
                };
                (K::Shape, ptr)
            };
            let mut d = Diagnostic::new(
                Severity::Error,
                kind,
                path,
                ptr,
                strip_position(&e.to_string()),
            );
            d.line_col = Some((e.line(), e.column()));
            diags.push(d);
            None
        }
    }
}

/// serde_json appends " at line L column C"; we print that ourselves.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut p = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => crate::diag::push_segment(&mut p, &index.to_string()),
            Segment::Map { key } => crate::diag::push_segment(&mut p, key),
            Segment::Enum { variant } => crate::diag::push_segment(&mut p, variant),
            Segment::Unknown => crate::diag::push_segment(&mut p, "?"),
        }
    }
    p
}

fn attach_examples(
    api: &mut ApiVersion,
    path: &Path,
    raw: raw::RawExamples,
    diags: &mut Vec<Diagnostic>,
) {
    let mut out: BTreeMap<String, Vec<Example>> = BTreeMap::new();
    let unknown = |diags: &mut Vec<Diagnostic>, at: &[&str], extra: &[String]| {
        for k in extra {
            let mut p = at.to_vec();
            p.push(k);
            diags.push(Diagnostic::warning(
                K::UnknownKey,
                path,
                pointer(&p),
                format!("unknown key {k:?}, ignored"),
            ));
        }
    };
    unknown(diags, &[], &raw.extra);
    for (action_name, list) in raw.actions.0 {
        let Some(action) = api.actions.get(&action_name) else {
            diags.push(Diagnostic::warning(
                K::ExampleForUnknownAction,
                path,
                pointer(&["actions", &action_name]),
                format!(
                    "examples for action {action_name:?}, which api.json does not define; ignored"
                ),
            ));
            continue;
        };
        if out.contains_key(&action_name) {
            diags.push(Diagnostic::warning(
                K::DuplicateKey,
                path,
                pointer(&["actions", &action_name]),
                format!("examples for {action_name:?} are listed twice; both kept"),
            ));
        }
        let input_obj = api.objects.get(&action.input);
        let mut examples = Vec::with_capacity(list.len());
        for (i, ex) in list.into_iter().enumerate() {
            unknown(diags, &["actions", &action_name, &i.to_string()], &ex.extra);
            let input = parse_input(&ex.input, api, input_obj);
            let why: Vec<String> = match &input {
                Err(why) => vec![why.clone()],
                Ok(inp) => inp.notes.clone(),
            };
            for why in why {
                diags.push(Diagnostic::warning(
                    K::ExampleInput,
                    path,
                    pointer(&["actions", &action_name, &i.to_string(), "input"]),
                    why,
                ));
            }
            let output = parse_output(&ex.output);
            if let Err(why) = &output {
                diags.push(Diagnostic::warning(
                    K::ExampleOutput,
                    path,
                    pointer(&["actions", &action_name, &i.to_string(), "output"]),
                    why.clone(),
                ));
            }
            examples.push(Example {
                title: ex.title,
                document: ex.document,
                input_raw: ex.input,
                output_raw: ex.output,
                input,
                output,
            });
        }
        out.entry(action_name).or_default().extend(examples);
    }
    api.examples = out;
}
