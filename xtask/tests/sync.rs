//! `cargo xtask sync` on scratch copies of the repository, with the real
//! tccli wheels 3.0.1218.1 … 3.0.1221.1 (downloaded once by pip into
//! `target/tccli-wheels-test`; the test skips loudly without pip):
//!
//! * syncing to 3.0.1218.1, whose specs are byte-identical to 3.0.1217.1,
//!   changes no crate file (contents and mtimes);
//! * syncing on to 3.0.1221.1 gives exactly what the four imports, the
//!   four release-notes and one regen give by hand;
//! * the crates it reports as changed are the crates regen rewrote;
//! * bad input (an unknown `--to`, a directory without wheels, a corrupt
//!   wheel) exits 2 and changes nothing; `--dry-run` writes nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

const WHEELS: &[&str] = &["3.0.1218.1", "3.0.1219.1", "3.0.1220.1", "3.0.1221.1"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The wheels, downloaded once; `None` (after a loud skip) without pip.
fn wheels() -> Option<PathBuf> {
    let dir = workspace().join("target/tccli-wheels-test");
    let have = |v: &str| {
        dir.join(format!("tccli-{v}-py2.py3-none-any.whl"))
            .is_file()
    };
    for v in WHEELS {
        if have(v) {
            continue;
        }
        let out = Command::new("python3")
            .args(["-m", "pip", "download", "--no-deps", "--quiet"])
            .args(["--disable-pip-version-check", "-d"])
            .arg(&dir)
            .arg(format!("tccli=={v}"))
            .output();
        match out {
            Ok(o) if o.status.success() && have(v) => {}
            other => {
                eprintln!(
                    "\n\n*** SKIPPED sync test: cannot download tccli=={v} with pip ({:?}) ***\n",
                    other.map(|o| String::from_utf8_lossy(&o.stderr).into_owned())
                );
                return None;
            }
        }
    }
    Some(dir)
}

/// A scratch repository as it was at 3.0.1217.1: the release (linked), and
/// the crates and corpus files generated from it by `regen`; no CHANGELOG.
fn scratch() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let r = t.path();
    std::fs::create_dir_all(r.join("specs")).unwrap();
    std::os::unix::fs::symlink(
        workspace().join("specs/3.0.1217.1"),
        r.join("specs/3.0.1217.1"),
    )
    .unwrap();
    ok(&xtask(r, &["regen", "--release", "3.0.1217.1"]));
    assert_eq!(
        std::fs::read_to_string(r.join("crates/services/RELEASE")).unwrap(),
        "3.0.1217.1\n"
    );
    t
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .arg("--root")
        .arg(root)
        .output()
        .expect("run xtask")
}

#[track_caller]
fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}\n{}\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every file under `dir`, relative path → (bytes, mtime). A symbolic link (each crate's
/// LICENSE) counts as its target path, not followed: in a scratch copy it dangles.
fn tree(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let meta = std::fs::symlink_metadata(&p).unwrap();
            if meta.is_dir() {
                stack.push(p);
            } else {
                let bytes = if meta.file_type().is_symlink() {
                    std::fs::read_link(&p)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned()
                        .into_bytes()
                } else {
                    std::fs::read(&p).unwrap()
                };
                out.insert(
                    p.strip_prefix(dir).unwrap().to_path_buf(),
                    (bytes, meta.modified().unwrap()),
                );
            }
        }
    }
    out
}

fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    tree(dir).into_iter().map(|(k, (b, _))| (k, b)).collect()
}

#[test]
fn sync_equals_the_steps_by_hand_and_changes_only_what_changed() {
    let Some(wheels) = wheels() else { return };
    let w = wheels.to_str().unwrap();

    // A: sync to 3.0.1218.1 (byte-identical specs), then to 3.0.1221.1.
    let a = scratch();
    let before = tree(&a.path().join("crates/services"));
    let out = ok(&xtask(
        a.path(),
        &["sync", "--to", "3.0.1218.1", "--wheel-dir", w, "--no-check"],
    ));
    assert!(out.contains("Crates changed (0)"), "{out}");
    let after = tree(&a.path().join("crates/services"));
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(p, v)| before.get(*p) != Some(*v))
        .map(|(p, _)| p)
        .collect();
    assert_eq!(changed, [&PathBuf::from("RELEASE")], "only RELEASE changes");
    let out = ok(&xtask(
        a.path(),
        &["sync", "--to", "3.0.1221.1", "--wheel-dir", w, "--no-check"],
    ));
    // What the summary calls changed is what regen rewrote.
    let count = |label: &str| -> usize {
        let l = out
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("{label}: {out}"));
        l[label.len()..]
            .split(|c: char| !c.is_ascii_digit())
            .find(|s| !s.is_empty())
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(count("Crates changed ("), count("Regenerated: "), "{out}");
    assert_eq!(
        count("Crates added ("),
        1,
        "iap is new in 3.0.1221.1: {out}"
    );
    assert!(count("Crates changed (") > 20, "{out}");
    // Retention: the pinned release and the newest.
    let mut kept: Vec<String> = std::fs::read_dir(a.path().join("specs"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    kept.sort();
    assert_eq!(kept, ["3.0.1217.1", "3.0.1221.1"]);
    // Up to date: nothing to do.
    let out = ok(&xtask(
        a.path(),
        &["sync", "--to", "latest", "--wheel-dir", w, "--no-check"],
    ));
    assert!(out.contains("up to date at 3.0.1221.1"), "{out}");

    // B: the same by hand.
    let b = scratch();
    let mut prev = "3.0.1217.1".to_string();
    for v in WHEELS {
        let wheel = wheels.join(format!("tccli-{v}-py2.py3-none-any.whl"));
        ok(&xtask(b.path(), &["import-specs", wheel.to_str().unwrap()]));
        ok(&xtask(b.path(), &["release-notes", &prev, v]));
        prev = v.to_string();
    }
    ok(&xtask(b.path(), &["regen"]));

    for part in ["crates/services", "tests/corpus", "specs/3.0.1221.1"] {
        let (x, y) = (
            contents(&a.path().join(part)),
            contents(&b.path().join(part)),
        );
        assert!(x == y, "{part} differs between sync and the steps by hand");
    }
    assert_eq!(
        std::fs::read_to_string(a.path().join("CHANGELOG.md")).unwrap(),
        std::fs::read_to_string(b.path().join("CHANGELOG.md")).unwrap()
    );
    let log = std::fs::read_to_string(a.path().join("CHANGELOG.md")).unwrap();
    assert!(
        log.contains("# Release 3.0.1218.1 (from 3.0.1217.1)\n\n本次发布无 API 变更。"),
        "the byte-identical release says so in one line"
    );
}

#[test]
fn bad_input_exits_2_and_changes_nothing() {
    let Some(wheels) = wheels() else { return };
    let w = wheels.to_str().unwrap();
    let a = scratch();
    let snapshot = || {
        (
            contents(&a.path().join("crates/services")),
            contents(&a.path().join("specs")),
            std::fs::read(a.path().join("CHANGELOG.md")).ok(),
        )
    };
    let before = snapshot();

    let code = |o: Output| o.status.code();
    assert_eq!(
        code(xtask(
            a.path(),
            &["sync", "--to", "3.0.1299.1", "--wheel-dir", w, "--no-check"]
        )),
        Some(2)
    );
    assert_eq!(
        code(xtask(
            a.path(),
            &["sync", "--to", "3.0.1216.1", "--wheel-dir", w, "--no-check"]
        )),
        Some(2)
    );
    let empty = tempfile::tempdir().unwrap();
    let e = empty.path().to_str().unwrap();
    let o = xtask(
        a.path(),
        &["sync", "--to", "3.0.1218.1", "--wheel-dir", e, "--no-check"],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("no such tccli release") && err.lines().count() <= 3,
        "{err}"
    );
    // A corrupt wheel for the second step: the first step's import is undone.
    let bad = tempfile::tempdir().unwrap();
    std::fs::copy(
        wheels.join("tccli-3.0.1218.1-py2.py3-none-any.whl"),
        bad.path().join("tccli-3.0.1218.1-py2.py3-none-any.whl"),
    )
    .unwrap();
    std::fs::write(
        bad.path().join("tccli-3.0.1219.1-py2.py3-none-any.whl"),
        b"not a zip",
    )
    .unwrap();
    let o = xtask(
        a.path(),
        &[
            "sync",
            "--to",
            "3.0.1219.1",
            "--wheel-dir",
            bad.path().to_str().unwrap(),
            "--no-check",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("tccli-3.0.1219.1"),
        "names the wheel"
    );
    // A dry run downloads and reports, and writes nothing.
    let out = ok(&xtask(
        a.path(),
        &["sync", "--to", "3.0.1221.1", "--wheel-dir", w, "--dry-run"],
    ));
    assert!(
        out.contains("dry run: nothing written")
            && out.contains("Crates added (1): tencent-cloud-iap (new)"),
        "{out}"
    );
    assert!(
        snapshot() == before,
        "bad input and --dry-run changed the repository"
    );
}
