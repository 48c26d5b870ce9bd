//! `cargo xtask import-specs` end to end, on small hand-made wheels.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn xtask() -> Command {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
}

/// Builds a zip at `path` from (name, bytes) entries.
fn make_zip(path: &Path, entries: &[(&str, &[u8])]) {
    let f = std::fs::File::create(path).expect("create zip");
    let mut z = zip::ZipWriter::new(f);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        z.start_file(*name, opts).expect("start");
        z.write_all(bytes).expect("write");
    }
    z.finish().expect("finish");
}

const METADATA: &[u8] =
    b"Metadata-Version: 2.1\nName: tccli\nVersion: 3.0.9999.1\n\nlong description";

fn wheel(path: &Path, api: &[u8]) {
    make_zip(
        path,
        &[
            ("tccli-3.0.9999.1.dist-info/METADATA", METADATA),
            ("tccli/__init__.py", b"__version__ = '3.0.9999.1'\n"),
            ("tccli/services/cvm/__init__.py", b""),
            ("tccli/services/cvm/v20170312/api.json", api),
            (
                "tccli/services/cvm/v20170312/examples.json",
                b"{\"actions\": {}}",
            ),
            ("tccli/services/cvm/cvm_client.py", b"print()"),
            ("tccli/services/as/v20180419/api.json", b"{\"as\": 1}\r\n"),
        ],
    );
}

/// Every file under `dir` with its bytes and modification time.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return out;
    }
    for e in walk(dir) {
        let meta = std::fs::metadata(&e).expect("meta");
        out.insert(
            e.clone(),
            (
                std::fs::read(&e).expect("read"),
                meta.modified().expect("mtime"),
            ),
        );
    }
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            v.extend(walk(&p));
        } else {
            v.push(p);
        }
    }
    v.sort();
    v
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], specs: &Path) -> Run {
    let out = xtask()
        .arg("import-specs")
        .args(args)
        .arg("--specs-dir")
        .arg(specs)
        .output()
        .expect("run xtask");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn imports_a_wheel_byte_for_byte_then_reports_unchanged() {
    let tmp = tempfile::tempdir().expect("tmp");
    let whl = tmp.path().join("tccli-3.0.9999.1-py2.py3-none-any.whl");
    wheel(&whl, b"{\"api\": \"\xe4\xb8\xad\"}\n");
    let specs = tmp.path().join("specs");

    let r = run(&[whl.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("imported 3.0.9999.1: 3 files"),
        "{}",
        r.stdout
    );
    let rel = specs.join("3.0.9999.1");
    assert_eq!(
        std::fs::read(rel.join("cvm/v20170312/api.json")).expect("api"),
        b"{\"api\": \"\xe4\xb8\xad\"}\n"
    );
    assert_eq!(
        std::fs::read(rel.join("as/v20180419/api.json")).expect("as"),
        b"{\"as\": 1}\r\n"
    );
    assert!(!rel.join("cvm/cvm_client.py").exists() && !rel.join("cvm/__init__.py").exists());
    assert_eq!(walk(&rel).len(), 3);

    let before = snapshot(&specs);
    let r = run(&[whl.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("unchanged 3.0.9999.1"), "{}", r.stdout);
    assert_eq!(
        snapshot(&specs),
        before,
        "an unchanged import writes nothing"
    );

    // A different wheel claiming the same release is refused...
    let whl2 = tmp.path().join("changed.whl");
    wheel(&whl2, b"{\"api\": 2}");
    let r = run(&[whl2.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("differs (0 added, 0 removed, 1 changed files)"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    assert_eq!(snapshot(&specs), before, "a refused import writes nothing");

    // ...unless forced.
    let r = run(&[whl2.to_str().expect("utf8"), "--force"], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("replaced 3.0.9999.1"), "{}", r.stdout);
    assert_eq!(
        std::fs::read(rel.join("cvm/v20170312/api.json")).expect("api"),
        b"{\"api\": 2}"
    );
    // No temporary directories are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .expect("ls")
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".specs-import-")
        })
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn imports_unpacked_wheels_and_services_dirs() {
    let tmp = tempfile::tempdir().expect("tmp");
    let unpacked = tmp.path().join("unpacked");
    let svc = unpacked.join("tccli/services/cvm/v20170312");
    std::fs::create_dir_all(&svc).expect("mkdir");
    std::fs::write(svc.join("api.json"), b"{}").expect("write");
    std::fs::write(
        unpacked.join("tccli/__init__.py"),
        b"__version__ = '3.0.1.1'\n",
    )
    .expect("write");
    let specs = tmp.path().join("specs");

    // Release from tccli/__init__.py.
    let r = run(&[unpacked.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(specs.join("3.0.1.1/cvm/v20170312/api.json").is_file());

    // A bare services dir with --release.
    let services = unpacked.join("tccli/services");
    let r = run(
        &[services.to_str().expect("utf8"), "--release", "3.0.2.1"],
        &specs,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(specs.join("3.0.2.1/cvm/v20170312/api.json").is_file());

    // A release name that would escape specs/ is refused.
    let r = run(
        &[services.to_str().expect("utf8"), "--release", "../evil"],
        &specs,
    );
    assert_eq!(r.code, 2);
    assert!(!tmp.path().join("evil").exists());
}

#[test]
fn bad_inputs_exit_2_with_one_line_and_leave_specs_untouched() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    // An existing release that must survive every failure below.
    let keep = specs.join("3.0.1.1/cvm/v20170312");
    std::fs::create_dir_all(&keep).expect("mkdir");
    std::fs::write(keep.join("api.json"), b"{\"keep\": true}").expect("write");
    let before = snapshot(&specs);

    let not_zip = tmp.path().join("not-a-zip.whl");
    std::fs::write(&not_zip, b"this is not a zip archive").expect("write");
    let plain_zip = tmp.path().join("plain.zip");
    make_zip(
        &plain_zip,
        &[
            ("readme.txt", b"hello"),
            ("tccli/services/cvm/v20170312/api.json", b"{}"),
        ],
    );
    let no_services = tmp.path().join("tccli-3.0.1.1-py2.py3-none-any.whl");
    make_zip(
        &no_services,
        &[
            ("tccli-3.0.1.1.dist-info/METADATA", METADATA),
            ("tccli/__init__.py", b""),
        ],
    );
    let other_pkg = tmp.path().join("requests-2.0-py3-none-any.whl");
    make_zip(
        &other_pkg,
        &[
            (
                "requests-2.0.dist-info/METADATA",
                b"Name: requests\nVersion: 2.0\n",
            ),
            ("tccli/services/cvm/v20170312/api.json", b"{}"),
        ],
    );
    let empty_dir = tmp.path().join("empty");
    std::fs::create_dir_all(&empty_dir).expect("mkdir");

    let cases: [(&Path, &str); 6] = [
        (&tmp.path().join("missing.whl"), "No such file"),
        (&not_zip, "not a zip archive"),
        (&plain_zip, "not a wheel"),
        (
            &no_services,
            "no tccli/services/<service>/<vYYYYMMDD>/api.json",
        ),
        (&other_pkg, "not a tccli wheel"),
        (&empty_dir, "no <service>/<vYYYYMMDD>/api.json found"),
    ];
    for (path, want) in cases {
        let r = run(&[path.to_str().expect("utf8")], &specs);
        assert_eq!(r.code, 2, "{}: {}", path.display(), r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "one line: {:?}", r.stderr);
        assert!(
            r.stderr.contains(want),
            "{}: {:?}",
            path.display(),
            r.stderr
        );
        assert!(
            r.stderr.contains(&*path.to_string_lossy()),
            "names the file: {}",
            r.stderr
        );
        assert!(r.stdout.is_empty());
        assert_eq!(
            snapshot(&specs),
            before,
            "{}: specs/ untouched",
            path.display()
        );
    }

    // Bad arguments are bad input too.
    let out = xtask()
        .args(["import-specs", "--bogus"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
}
