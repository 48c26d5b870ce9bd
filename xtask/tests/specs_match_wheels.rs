//! The committed specs are byte-identical to the tccli and tccli-intl-en wheels on
//! PyPI: the oracle is the real wheel, fetched with pip and imported with
//! `cargo xtask import-specs` into a scratch directory (which puts a tccli-intl-en
//! wheel under `intl/` by its METADATA), then compared file by file with `specs/`
//! and `specs/intl/`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                v.push(p.strip_prefix(dir).expect("prefix").to_path_buf());
            }
        }
    }
    v.sort();
    v
}

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .args(["-m", "pip", "--version"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// A loud skip outside CI; in CI (`CI` set, as `.ci/run` runs) the missing oracle fails
/// the test with the reason.
fn skip(why: &str) {
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(
        !ci,
        "committed_specs_match_the_wheels cannot run in CI: {why}"
    );
    eprintln!("\n\n*** SKIPPED committed_specs_match_the_wheels: {why} ***\n");
}

#[test]
fn committed_specs_match_the_wheels() {
    let Some(py) = python() else {
        skip("no python3 with pip on PATH");
        return;
    };
    let repo_specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let tmp = tempfile::tempdir().expect("tmp");
    // Every committed release (the pinned pair and the newest), of both channels.
    let china = tencent_cloud_spec::release_names(&repo_specs).expect("specs/");
    assert!(china.len() >= 2, "{china:?}");
    let intl = tencent_cloud_spec::release_names(&repo_specs.join("intl")).expect("specs/intl/");
    assert!(!intl.is_empty(), "no intl release in specs/intl/");
    let releases = china.iter().map(|r| ("tccli", r.clone(), r.clone())).chain(
        intl.iter()
            .map(|r| ("tccli-intl-en", r.clone(), format!("intl/{r}"))),
    );
    for (package, release, at) in releases {
        let release = &release;
        let dl = tmp.path().join(package).join(release);
        let out = Command::new(py)
            .args([
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--disable-pip-version-check",
            ])
            .arg(format!("{package}=={release}"))
            .arg("-d")
            .arg(&dl)
            .output()
            .expect("pip");
        if !out.status.success() {
            skip(&format!(
                "pip download {package}=={release} failed (no index reachable?): {}",
                String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
            ));
            return;
        }
        let whl = std::fs::read_dir(&dl)
            .expect("ls")
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "whl"))
            .expect("a wheel");
        let scratch = tmp.path().join("specs");
        let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .arg("import-specs")
            .arg(&whl)
            .arg("--specs-dir")
            .arg(&scratch)
            .output()
            .expect("xtask");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );

        let ours = repo_specs.join(&at);
        let theirs = scratch.join(&at);
        let (a, b) = (files(&ours), files(&theirs));
        assert_eq!(a, b, "{at}: same file list");
        assert!(a.len() > 300, "{at}: {} files", a.len());
        for f in &a {
            assert!(
                std::fs::read(ours.join(f)).expect("ours")
                    == std::fs::read(theirs.join(f)).expect("theirs"),
                "{at}/{}: differs from the wheel",
                f.display()
            );
        }
    }
}
