//! Shared helpers for the cross-crate tests in this package.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether this is a CI run (`CI` set and not `false`/`0`, as `.ci/run` is run): there a
/// missing oracle or prerequisite fails the test instead of skipping it.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Prints a banner that a test did not run, and why. In CI ([`in_ci`]) it panics with the
/// reason instead: a check that cannot run there must not pass.
pub fn loud_skip(test: &str, why: &str) {
    if in_ci() {
        panic!("{test}: a prerequisite is missing in CI, so the test cannot run: {why}");
    }
    let bar = "!".repeat(78);
    eprintln!(
        "\n{bar}\n!!! SKIPPED {test}: {why}\n!!! It did NOT run. Install python3 (with venv) to run it.\n{bar}\n"
    );
}

/// A Python venv under `target_tmp/<name>` with `packages` installed by pip,
/// created once and reused while `probe` (Python code run with `-c`)
/// succeeds in it (and checked with it after installing). Returns its `python`, or `None` (after a loud skip) when
/// no usable `python3` (or `$PYTHON`) with venv is installed. A failing pip
/// install panics: the packages are pinned and CI must have them.
pub fn python_venv(
    test: &str,
    target_tmp: &Path,
    name: &str,
    packages: &[&str],
    probe: &str,
) -> Option<PathBuf> {
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    match Command::new(&python).arg("--version").output() {
        Ok(o) if o.status.success() => {}
        _ => {
            loud_skip(test, &format!("`{python}` is not available"));
            return None;
        }
    }
    let dir = target_tmp.join(name);
    let bin = dir.join("bin").join("python");
    let ready = || {
        Command::new(&bin)
            .args(["-c", probe])
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    };
    if !ready() {
        let _ = std::fs::remove_dir_all(&dir);
        let st = Command::new(&python)
            .args(["-m", "venv"])
            .arg(&dir)
            .status();
        if !matches!(st, Ok(s) if s.success()) {
            loud_skip(
                test,
                &format!("`{python} -m venv` failed (is the venv module installed?)"),
            );
            return None;
        }
        let out = Command::new(&bin)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(packages)
            .output()
            .expect("run pip");
        assert!(
            out.status.success(),
            "pip install {packages:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(ready(), "{packages:?} installed but `{probe}` fails");
    }
    Some(bin)
}

/// The specs of the release the service crates were generated from
/// (`specs/<crates/services/RELEASE>`): what tests of generated clients
/// serve them with.
pub fn generated_release_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let file = root.join("crates/services/RELEASE");
    let name = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e} (run cargo xtask regen)", file.display()));
    root.join("specs").join(name.trim())
}

/// The caret requirement a user writes for `version`: `0.2` for `0.2.0`, `1` for `1.4.2`
/// (what the generated READMEs and the outside-app test put in a manifest).
pub fn caret_requirement(version: &str) -> String {
    let mut parts = version.split('.');
    match (parts.next(), parts.next()) {
        (Some("0"), Some(minor)) => format!("0.{minor}"),
        (Some(major), _) => major.to_string(),
        _ => version.to_string(),
    }
}
