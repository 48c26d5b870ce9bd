//! `cargo xtask publish --dry-run` for the core and three service crates: one
//! `cargo package` run that verifies each service crate against the packaged core, and
//! packages that carry their LICENSE and README and no path dependency.

use std::path::Path;
use std::process::Command;

#[test]
fn dry_run_packages_core_and_three_services() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let crates = [
        "tencent-cloud-core",
        "tencent-cloud-cvm",
        "tencent-cloud-hunyuan",
        "tencent-cloud-tag",
    ];
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xtask"));
    cmd.args(["publish", "--dry-run", "--offline"])
        .current_dir(&root);
    for c in crates {
        cmd.args(["-p", c]);
    }
    let out = cmd.output().expect("run xtask publish");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("4 crates to publish (4 new names"),
        "{stdout}"
    );
    assert!(stdout.contains("dry run: nothing uploaded"), "{stdout}");
    assert!(stdout.contains("crates.io takes up to 10 MB"), "{stdout}");
    // The core comes first in the schedule.
    let first = stdout
        .lines()
        .find(|l| l.contains(" min  "))
        .unwrap_or_default();
    assert!(first.contains("tencent-cloud-core"), "{stdout}");

    let pkg = root.join("target/publish/package");
    for c in crates {
        let dir = std::fs::read_dir(&pkg)
            .expect("package dir")
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.is_dir()
                    && p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.strip_prefix(c).is_some_and(|v| v.starts_with("-0")))
            })
            .unwrap_or_else(|| panic!("{c}: unpacked package in {}", pkg.display()));
        let license = std::fs::read_to_string(dir.join("LICENSE")).expect("LICENSE packaged");
        assert!(license.contains("Apache License"), "{c}");
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).expect("manifest");
        assert!(
            !manifest.contains("path = \"../"),
            "{c}: a path dependency was packaged"
        );
        if c != "tencent-cloud-core" {
            assert!(dir.join("README.md").is_file(), "{c}: README packaged");
            assert!(
                manifest.contains("[dependencies.tencent-cloud-core]"),
                "{c}: depends on the core by version"
            );
        }
    }
}

#[test]
fn execute_needs_a_token_and_unknown_crates_are_refused() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .current_dir(&root)
            .env_remove("CARGO_REGISTRY_TOKEN")
            .output()
            .expect("run xtask")
    };
    let out = run(&["publish", "--execute", "--offline"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("CARGO_REGISTRY_TOKEN"));
    let out = run(&["publish", "--dry-run", "--all", "-p", "tencent-cloud-cvm"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&[
        "publish",
        "--dry-run",
        "--offline",
        "-p",
        "tencent-cloud-corpus",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a publishable crate"));
}
