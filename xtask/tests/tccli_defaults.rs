//! specs/tccli-default-versions.txt is tccli's choice for every service, and every
//! generated crate's default feature is that version.
//!
//! Oracles: the real tccli wheel of the release the file names (fetched with pip),
//! read two ways: `cargo xtask import-defaults` must write the committed file byte
//! for byte, and Python's own parser (`ast.literal_eval` of SERVICE_VERSIONS in
//! tccli/services/__init__.py) must give the same first entry for each service.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn committed() -> (String, BTreeMap<String, String>) {
    let text = std::fs::read_to_string(root().join("specs/tccli-default-versions.txt"))
        .expect("specs/tccli-default-versions.txt");
    let release = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# tccli "))
        .and_then(|l| l.split_once(':'))
        .map(|(r, _)| r.to_string())
        .expect("the header names the tccli release");
    let map = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (s, v) = l.split_once(' ').expect("<service> <version>");
            (s.to_string(), v.to_string())
        })
        .collect();
    (release, map)
}

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .args(["-m", "pip", "--version"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// A loud skip outside CI; in CI (`CI` set) the missing oracle fails the test.
fn skip(why: &str) {
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    assert!(!ci, "tccli_defaults cannot run in CI: {why}");
    eprintln!("\n\n*** SKIPPED defaults_file_is_the_wheels: {why} ***\n");
}

#[test]
fn every_crates_default_feature_is_the_files() {
    let (release, map) = committed();
    let generated = std::fs::read_to_string(root().join("crates/services/RELEASE"))
        .expect("crates/services/RELEASE");
    assert_eq!(
        release,
        generated.trim(),
        "the file is of the generated release"
    );
    let mut crates = 0;
    for e in std::fs::read_dir(root().join("crates/services"))
        .expect("ls")
        .flatten()
    {
        let manifest = e.path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let service = e.file_name().to_string_lossy().into_owned();
        let default = text
            .lines()
            .find_map(|l| l.strip_prefix("default = [\""))
            .and_then(|l| l.strip_suffix("\"]"))
            .unwrap_or_else(|| panic!("{}: no default feature", manifest.display()));
        let Some(want) = map.get(&service) else {
            // Not in China's tccli: a crate of the international site only (tccli-intl-en),
            // which defaults to its newest version.
            let lib = std::fs::read_to_string(e.path().join("src/lib.rs")).unwrap_or_default();
            assert!(
                lib.contains("**International site only**"),
                "{service}: tccli names no default, and it is not an international-only crate"
            );
            let newest = text
                .lines()
                .filter_map(|l| l.strip_suffix(" = []"))
                .filter(|f| f.starts_with('v') && f[1..].bytes().all(|b| b.is_ascii_digit()))
                .max()
                .unwrap_or_default();
            assert_eq!(default, newest, "{service}: the newest version");
            continue;
        };
        assert_eq!(default, format!("v{}", want.replace('-', "")), "{service}");
        crates += 1;
    }
    assert_eq!(crates, map.len(), "one crate per service the file names");
    for (service, v) in [
        ("tke", "2018-05-25"),
        ("vod", "2018-07-17"),
        ("es", "2018-04-16"),
        ("monitor", "2018-07-24"),
        ("antiddos", "2020-03-09"),
    ] {
        assert_eq!(map[service], v, "{service}");
    }
}

#[test]
fn defaults_file_is_the_wheels() {
    let Some(py) = python() else {
        skip("no python3 with pip on PATH");
        return;
    };
    let (release, map) = committed();
    let tmp = tempfile::tempdir().expect("tmp");
    let out = Command::new(py)
        .args(["-m", "pip", "download", "--quiet", "--no-deps"])
        .args(["--disable-pip-version-check"])
        .arg(format!("tccli=={release}"))
        .arg("-d")
        .arg(tmp.path())
        .output()
        .expect("pip");
    if !out.status.success() {
        skip(&format!(
            "pip download tccli=={release} failed (no index reachable?): {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ));
        return;
    }
    let whl = std::fs::read_dir(tmp.path())
        .expect("ls")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .expect("a wheel");

    // 1. The import step writes the committed file again, byte for byte.
    let written = tmp.path().join("defaults.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("import-defaults")
        .arg(&whl)
        .arg("--out")
        .arg(&written)
        .output()
        .expect("xtask");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read(&written).expect("written")
            == std::fs::read(root().join("specs/tccli-default-versions.txt")).expect("ours"),
        "import-defaults of the tccli {release} wheel differs from the committed file"
    );

    // 2. Python's parser of the same source agrees, service by service.
    let script = r#"
import ast, sys, zipfile
src = zipfile.ZipFile(sys.argv[1]).read("tccli/services/__init__.py").decode()
tree = ast.parse(src)
for node in tree.body:
    if isinstance(node, ast.Assign) and node.targets[0].id == "SERVICE_VERSIONS":
        for s, vs in sorted(ast.literal_eval(node.value).items()):
            print(s, vs[0])
"#;
    let out = Command::new(py)
        .args(["-c", script])
        .arg(&whl)
        .output()
        .expect("python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let theirs: BTreeMap<String, String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(s, v)| (s.to_string(), v.to_string()))
        .collect();
    assert_eq!(theirs.len(), 262, "tccli {release} has 262 services");
    assert_eq!(map, theirs);
}
