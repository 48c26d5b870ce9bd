//! Finding and loading the two releases, with one-line errors that name
//! the file (for exit code 2).

use std::path::{Path, PathBuf};

use tencent_cloud_spec::Release;

pub use tencent_cloud_spec::resolve_release;

/// The `specs/` directories to resolve release names in: `specs/` in the
/// current directory and its ancestors, then this workspace's `specs/`.
pub fn default_specs_dirs() -> Vec<PathBuf> {
    let mut v = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        for a in cwd.ancestors() {
            let s = a.join("specs");
            if s.is_dir() {
                v.push(s);
            }
        }
    }
    let ws = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    if ws.is_dir() && !v.iter().any(|p| same(p, &ws)) {
        v.push(ws);
    }
    v
}

fn same(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// Loads a release; a failure is one line naming the file (and JSON
/// Pointer). A directory with no `<service>/<vYYYYMMDD>/api.json` at all is
/// an error too.
pub fn load_release(dir: &Path) -> Result<Release, String> {
    let r = Release::load(dir).map_err(|e| e.to_string().replace('\n', " "))?;
    if r.services.is_empty() {
        return Err(format!(
            "{}: no <service>/<vYYYYMMDD>/api.json found",
            dir.display()
        ));
    }
    Ok(r)
}

/// Two releases loaded for a diff: services whose `api.json` and
/// `examples.json` files are byte-identical in both (the same versions,
/// the same bytes) are neither parsed nor compared: they cannot differ.
pub struct Pair {
    pub old: Release,
    pub new: Release,
    /// Services whose files are byte-identical in both releases.
    pub same: Vec<String>,
}

/// Loads OLD and NEW for a diff, skipping services whose files are
/// byte-identical (compared before any parsing; a service is the unit, so
/// that a crate is always planned whole). Errors as [`load_release`].
pub fn load_pair(old_dir: &Path, new_dir: &Path) -> Result<Pair, String> {
    use std::collections::{BTreeMap, BTreeSet};
    type Files = BTreeMap<String, Vec<tencent_cloud_spec::ApiVersionFiles>>;
    let list = |d: &Path| -> Result<Files, String> {
        let mut m: Files = BTreeMap::new();
        for f in tencent_cloud_spec::discover(d).map_err(|e| e.to_string().replace('\n', " "))? {
            m.entry(f.service.clone()).or_default().push(f);
        }
        Ok(m)
    };
    let (o, n) = (list(old_dir)?, list(new_dir)?);
    let same_bytes = |a: Option<&Path>, b: Option<&Path>| match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => match (std::fs::read(a), std::fs::read(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false, // the loader reports the error
        },
        _ => false,
    };
    let identical = |s: &str| {
        let (Some(ov), Some(nv)) = (o.get(s), n.get(s)) else {
            return false;
        };
        ov.len() == nv.len()
            && ov.iter().zip(nv).all(|(f, g)| {
                f.version == g.version
                    && same_bytes(Some(&f.api), Some(&g.api))
                    && same_bytes(f.examples.as_deref(), g.examples.as_deref())
            })
    };
    // Reading is most of the cost of an identical pair: on all cores.
    let names: Vec<&String> = o.keys().collect();
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let same: BTreeSet<String> = std::thread::scope(|sc| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                sc.spawn(|| {
                    let mut found = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(s) = names.get(i) else { break };
                        if identical(s) {
                            found.push((*s).clone());
                        }
                    }
                    found
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let keep = |f: &tencent_cloud_spec::ApiVersionFiles| !same.contains(&f.service);
    let load = |d: &Path| {
        Release::load_only(d, threads, keep).map_err(|e| e.to_string().replace('\n', " "))
    };
    let (old, new) = (load(old_dir)?, load(new_dir)?);
    Ok(Pair {
        old,
        new,
        same: same.into_iter().collect(),
    })
}
