//! Finding and loading the two releases, with one-line errors that name
//! the file (for exit code 2).

use std::path::{Path, PathBuf};

use tencentcloud_spec::Release;

pub use tencentcloud_spec::resolve_release;

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
