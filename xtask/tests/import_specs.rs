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
        (&other_pkg, "not a tccli or tccli-intl-en wheel"),
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

/// Overwrites `from` with `to` (same length) wherever it occurs in `bytes`.
fn patch(bytes: &mut [u8], from: &[u8], to: &[u8]) -> usize {
    assert_eq!(from.len(), to.len());
    let mut n = 0;
    let mut i = 0;
    while i + from.len() <= bytes.len() {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
            n += 1;
            i += from.len();
        } else {
            i += 1;
        }
    }
    n
}

/// Hostile wheels and trees (issue: hardening, findings 3, 7 and 8): each exits 2 with
/// one line naming the file, quickly and without reading what it does not need.
#[test]
fn hostile_archives_and_trees_are_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    std::fs::create_dir_all(&specs).expect("mkdir");
    let before = snapshot(&specs);
    let base = |api: &[u8]| -> Vec<(String, Vec<u8>)> {
        vec![
            (
                "tccli-3.0.9999.1.dist-info/METADATA".into(),
                METADATA.to_vec(),
            ),
            ("tccli/services/cvm/v20170312/api.json".into(), api.to_vec()),
            (
                "tccli/services/cvm/v20170312/examples.json".into(),
                b"{}".to_vec(),
            ),
        ]
    };
    let zip_of = |path: &Path, entries: &[(String, Vec<u8>)]| {
        let e: Vec<(&str, &[u8])> = entries
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        make_zip(path, &e);
    };

    // A small archive that declares a 4 GiB entry (the 1 TiB one aborted the process).
    let liar = tmp.path().join("liar.whl");
    zip_of(&liar, &base(b"{\"x\": 1}"));
    let mut bytes = std::fs::read(&liar).expect("read");
    // The central directory's uncompressed size of the api.json entry: find the entry
    // name in the central directory and patch the size 22 bytes before it.
    let name = b"tccli/services/cvm/v20170312/api.json";
    let cd = bytes
        .windows(4)
        .rposition(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .expect("a central directory");
    let at = bytes[..cd + 46 + name.len()]
        .windows(name.len())
        .rposition(|w| w == name)
        .expect("name");
    let header = at - 46;
    bytes[header + 24..header + 28].copy_from_slice(&u32::MAX.to_le_bytes());
    std::fs::write(&liar, &bytes).expect("write");

    // A zip bomb: 10 MB of spaces in a JSON string deflate about 1000 times.
    let bomb = tmp.path().join("bomb.whl");
    let mut big = b"{\"pad\": \"".to_vec();
    big.extend(std::iter::repeat_n(b' ', 10 * 1024 * 1024));
    big.extend_from_slice(b"\"}");
    zip_of(&bomb, &base(&big));

    // Two entries with one name: the zip reader keeps the last one silently.
    let dup = tmp.path().join("dup.whl");
    let mut entries = base(b"{\"first\": 1}");
    entries.push((
        "tccli/services/cvm/v20170312/apj.json".into(),
        b"{\"second\": 2}".to_vec(),
    ));
    zip_of(&dup, &entries);
    let mut bytes = std::fs::read(&dup).expect("read");
    assert_eq!(
        patch(&mut bytes, b"v20170312/apj.json", b"v20170312/api.json"),
        2
    );
    std::fs::write(&dup, &bytes).expect("write");

    // Not JSON, and not UTF-8.
    let not_json = tmp.path().join("not-json.whl");
    zip_of(&not_json, &base(b"<html>not json</html>"));
    let not_utf8 = tmp.path().join("not-utf8.whl");
    zip_of(&not_utf8, &base(b"{\"x\": \"\xff\xfe\"}"));

    // Trees with a link (to a private file) and a FIFO where a spec file should be.
    let linked = tmp.path().join("linked/tccli/services/cvm/v20170312");
    std::fs::create_dir_all(&linked).expect("mkdir");
    let secret = tmp.path().join("private.json");
    std::fs::write(&secret, b"{\"secret\": 1}").expect("write");
    std::os::unix::fs::symlink(&secret, linked.join("api.json")).expect("symlink");
    let fifo_dir = tmp.path().join("fifo/tccli/services/cvm/v20170312");
    std::fs::create_dir_all(&fifo_dir).expect("mkdir");
    let fifo = fifo_dir.join("api.json");
    let status = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(status.success());

    let cases: [(&Path, &str); 7] = [
        (&liar, "declares 4294967295 bytes"),
        (&bomb, "zip bomb"),
        (&dup, "duplicate entries"),
        (&not_json, "not JSON"),
        (&not_utf8, "not UTF-8"),
        (&tmp.path().join("linked"), "not a regular file"),
        (&tmp.path().join("fifo"), "not a regular file"),
    ];
    for (path, want) in cases {
        let t = std::time::Instant::now();
        let r = run(
            &[path.to_str().expect("utf8"), "--release", "3.0.9999.1"],
            &specs,
        );
        assert_eq!(r.code, 2, "{}: {}", path.display(), r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "one line: {:?}", r.stderr);
        assert!(
            r.stderr.contains(want),
            "{}: {:?}",
            path.display(),
            r.stderr
        );
        assert!(
            t.elapsed() < std::time::Duration::from_secs(20),
            "{}: {:?}",
            path.display(),
            t.elapsed()
        );
        assert_eq!(
            snapshot(&specs),
            before,
            "{}: specs/ untouched",
            path.display()
        );
    }
}

/// Two imports at once: the second exits 2 and touches nothing (finding 4).
#[test]
fn a_second_import_waits_for_none_and_exits_2() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    std::fs::create_dir_all(&specs).expect("mkdir");
    let whl = tmp.path().join("tccli-3.0.9999.1-py2.py3-none-any.whl");
    wheel(&whl, b"{\"a\": 1}");
    // Another import holds the lock (as this process, for the test).
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(specs.join(".import.lock"))
        .expect("lock file");
    lock.try_lock().expect("take the lock");
    // Its temporary directory must survive.
    let theirs = tmp.path().join(".specs-import-theirs");
    std::fs::create_dir_all(theirs.join("3.0.8888.1/cvm")).expect("mkdir");
    let r = run(&[whl.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("another import-specs is running"),
        "{}",
        r.stderr
    );
    assert!(
        theirs.exists(),
        "the other import's temporary directory is kept"
    );
    assert!(!specs.join("3.0.9999.1").exists());
    drop(lock);
    let r = run(&[whl.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(specs.join("3.0.9999.1/cvm/v20170312/api.json").exists());
}

/// `--force` killed between its two renames (the old tree aside, the new one staged,
/// the release missing): the next import completes it instead of deleting both trees.
#[test]
fn an_interrupted_force_is_completed_not_lost() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    std::fs::create_dir_all(&specs).expect("mkdir");
    let stale = tmp.path().join(".specs-import-killed");
    for (dir, body) in [
        ("3.0.7777.1", &b"{\"new\": true}"[..]),
        (".previous-3.0.7777.1", b"{\"old\": true}"),
    ] {
        let d = stale.join(dir).join("cvm/v20170312");
        std::fs::create_dir_all(&d).expect("mkdir");
        std::fs::write(d.join("api.json"), body).expect("write");
    }
    assert!(
        !specs.join("3.0.7777.1").exists(),
        "the state a kill leaves"
    );
    // Any import recovers it first.
    let whl = tmp.path().join("tccli-3.0.9999.1-py2.py3-none-any.whl");
    wheel(&whl, b"{\"a\": 1}");
    let r = run(&[whl.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        std::fs::read(specs.join("3.0.7777.1/cvm/v20170312/api.json")).expect("recovered"),
        b"{\"new\": true}"
    );
    assert!(
        !stale.exists(),
        "the temporary directory is gone once empty of value"
    );
}

/// [`run`], killed after `limit`: `None` when it had not ended by then.
fn run_within(args: &[&str], specs: &Path, limit: std::time::Duration) -> Option<Run> {
    let mut child = xtask()
        .arg("import-specs")
        .args(args)
        .arg("--specs-dir")
        .arg(specs)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run xtask");
    let start = std::time::Instant::now();
    while start.elapsed() < limit {
        if child.try_wait().expect("wait").is_some() {
            let out = child.wait_with_output().expect("output");
            return Some(Run {
                code: out.status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// N5 (issue 25): a wheel whose file name (or `.dist-info` directory) and METADATA
/// disagree on the version is refused, naming both, as pip refuses it.
#[test]
fn a_wheel_whose_name_and_metadata_disagree_is_refused_naming_both() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    // METADATA says 3.0.9999.1.
    let misnamed = tmp.path().join("tccli-3.0.1218.1-py2.py3-none-any.whl");
    wheel(&misnamed, b"{\"a\": 1}");
    let r = run(&[misnamed.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "one line: {:?}", r.stderr);
    for want in ["3.0.1218.1", "3.0.9999.1", "file name", "METADATA"] {
        assert!(r.stderr.contains(want), "{want}: {}", r.stderr);
    }
    assert!(!specs.join("3.0.1218.1").exists() && !specs.join("3.0.9999.1").exists());
    // With --release too: the wheel itself is inconsistent.
    let r = run(
        &[misnamed.to_str().expect("utf8"), "--release", "3.0.1218.1"],
        &specs,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    // The .dist-info directory's version against METADATA's.
    let odd = tmp.path().join("tccli-3.0.9999.1-py3-none-any.whl");
    make_zip(
        &odd,
        &[
            ("tccli-3.0.7.1.dist-info/METADATA", METADATA),
            ("tccli/services/cvm/v20170312/api.json", b"{}"),
        ],
    );
    let r = run(&[odd.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("3.0.7.1") && r.stderr.contains("3.0.9999.1"),
        "{}",
        r.stderr
    );
    // Names that agree, or a file not named like a wheel, import as before.
    let good = tmp.path().join("tccli-3.0.9999.1-py2.py3-none-any.whl");
    wheel(&good, b"{\"a\": 1}");
    let r = run(&[good.to_str().expect("utf8")], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// N6 (issue 25): a FIFO named like a wheel, or as the METADATA or `__init__.py` of a
/// directory import, is refused or skipped at once, never opened (which waits for a
/// writer forever).
#[test]
fn fifos_are_never_opened() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    let limit = std::time::Duration::from_secs(20);
    let fifo = tmp.path().join("tccli-3.0.9999.1-py2.py3-none-any.whl");
    mkfifo(&fifo);
    let r = run_within(&[fifo.to_str().expect("utf8")], &specs, limit)
        .expect("import-specs of a FIFO ends (it waited for a writer)");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
    assert!(
        r.stderr.contains(&*fifo.to_string_lossy()),
        "names it: {}",
        r.stderr
    );
    // A link to it, given by the user, is followed to a FIFO: refused too.
    let link = tmp.path().join("link.whl");
    std::os::unix::fs::symlink(&fifo, &link).expect("symlink");
    let r = run_within(&[link.to_str().expect("utf8")], &specs, limit).expect("ends");
    assert_eq!(r.code, 2, "{}", r.stderr);

    // An unpacked wheel whose METADATA and __init__.py are FIFOs: the release cannot be
    // read from them (nothing waits), so --release is asked for.
    let unpacked = tmp.path().join("unpacked");
    let v = unpacked.join("tccli/services/cvm/v20170312");
    std::fs::create_dir_all(&v).expect("mkdir");
    std::fs::write(v.join("api.json"), b"{}").expect("write");
    std::fs::create_dir_all(unpacked.join("tccli-3.0.9999.1.dist-info")).expect("mkdir");
    mkfifo(&unpacked.join("tccli-3.0.9999.1.dist-info/METADATA"));
    mkfifo(&unpacked.join("tccli/__init__.py"));
    let r = run_within(&[unpacked.to_str().expect("utf8")], &specs, limit)
        .expect("a directory import with FIFOs beside the specs ends");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("pass --release"), "{}", r.stderr);
    assert!(!specs.exists() || snapshot(&specs).is_empty());
}

/// N6 (issue 25): a directory import follows no link: a linked service or version
/// directory is refused, naming it, and nothing it points to reaches `specs/` (a link to
/// a private tree was copied in, world-readable).
#[test]
fn linked_directories_in_a_directory_import_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    // A private tree elsewhere.
    let private = tmp.path().join("private");
    let pv = private.join("cvm/v20170312");
    std::fs::create_dir_all(&pv).expect("mkdir");
    std::fs::write(pv.join("api.json"), b"{\"private\": true}").expect("write");
    std::fs::set_permissions(pv.join("api.json"), std::fs::Permissions::from_mode(0o600))
        .expect("chmod");

    // A service directory that is a link.
    let a = tmp.path().join("a/tccli/services");
    std::fs::create_dir_all(a.join("as/v20180419")).expect("mkdir");
    std::fs::write(a.join("as/v20180419/api.json"), b"{}").expect("write");
    std::os::unix::fs::symlink(private.join("cvm"), a.join("cvm")).expect("symlink");
    // A version directory that is a link.
    let b = tmp.path().join("b/tccli/services");
    std::fs::create_dir_all(b.join("cvm")).expect("mkdir");
    std::os::unix::fs::symlink(&pv, b.join("cvm/v20170312")).expect("symlink");
    // `tccli` itself a link.
    let c = tmp.path().join("c");
    std::fs::create_dir_all(&c).expect("mkdir");
    let real = tmp.path().join("real/tccli/services/cvm/v20170312");
    std::fs::create_dir_all(&real).expect("mkdir");
    std::fs::write(real.join("api.json"), b"{}").expect("write");
    std::os::unix::fs::symlink(tmp.path().join("real/tccli"), c.join("tccli")).expect("symlink");

    for (dir, link) in [
        (tmp.path().join("a"), a.join("cvm")),
        (tmp.path().join("b"), b.join("cvm/v20170312")),
        (c.clone(), c.join("tccli")),
    ] {
        let r = run(
            &[dir.to_str().expect("utf8"), "--release", "3.0.9999.1"],
            &specs,
        );
        assert_eq!(r.code, 2, "{}: {}", dir.display(), r.stderr);
        assert!(r.stderr.contains("symbolic link"), "{}", r.stderr);
        assert!(
            r.stderr.contains(&*link.to_string_lossy()),
            "names the link: {}",
            r.stderr
        );
        assert!(!specs.join("3.0.9999.1").exists(), "{}", dir.display());
    }
    // The directory given may itself be a link (the user named it).
    let given = tmp.path().join("given");
    std::os::unix::fs::symlink(tmp.path().join("real"), &given).expect("symlink");
    let r = run(
        &[given.to_str().expect("utf8"), "--release", "3.0.9999.1"],
        &specs,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(specs.join("3.0.9999.1/cvm/v20170312/api.json").is_file());
}
