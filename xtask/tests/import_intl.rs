//! `cargo xtask import-specs` of the international channel (`tccli-intl-en` wheels, into
//! `specs/intl/<release>/`), end to end on small hand-made wheels: which channel a
//! wheel is comes from its METADATA, and the China channel's hardening holds for it.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

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

const INTL_METADATA: &[u8] =
    b"Metadata-Version: 2.1\nName: tccli-intl-en\nVersion: 3.0.9999.1\n\nlong description";
const CHINA_METADATA: &[u8] =
    b"Metadata-Version: 2.1\nName: tccli\nVersion: 3.0.9999.1\n\nlong description";

/// A tccli-intl-en 3.0.9999.1 wheel with its dist-info named as pip names it.
fn intl_wheel(path: &Path, api: &[u8]) {
    make_zip(
        path,
        &[
            ("tccli_intl_en-3.0.9999.1.dist-info/METADATA", INTL_METADATA),
            ("tccli/__init__.py", b"__version__ = '3.0.9999.1'\n"),
            ("tccli/services/gse/v20191112/api.json", api),
            (
                "tccli/services/gse/v20191112/examples.json",
                b"{\"actions\": {}}",
            ),
            ("tccli/services/gse/gse_client.py", b"print()"),
        ],
    );
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(p.clone(), std::fs::read(&p).expect("read"));
            }
        }
    }
    out
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], specs: &Path) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
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

fn s(p: &Path) -> &str {
    p.to_str().expect("utf8")
}

#[test]
fn an_intl_wheel_goes_to_specs_intl_byte_for_byte_beside_china() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    // The same release number in the China channel, which must stay as it is.
    let china = specs.join("3.0.9999.1/cvm/v20170312");
    std::fs::create_dir_all(&china).expect("mkdir");
    std::fs::write(china.join("api.json"), b"{\"china\": 1}").expect("write");

    let whl = tmp
        .path()
        .join("tccli_intl_en-3.0.9999.1-py2.py3-none-any.whl");
    let api = b"{\"en\": \"Creates a fleet\", \"zh\": \"\xe4\xb8\xad\"}\r\n";
    intl_wheel(&whl, api);
    let r = run(&[s(&whl)], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("imported 3.0.9999.1: 2 files")
            && r.stdout.contains("intl/3.0.9999.1")
            && r.stdout.contains("(International, tccli-intl-en)"),
        "{}",
        r.stdout
    );
    let rel = specs.join("intl/3.0.9999.1");
    assert_eq!(
        std::fs::read(rel.join("gse/v20191112/api.json")).expect("api"),
        api
    );
    assert_eq!(
        std::fs::read(rel.join("gse/v20191112/examples.json")).expect("examples"),
        b"{\"actions\": {}}"
    );
    assert!(!rel.join("gse/gse_client.py").exists());
    assert!(
        !specs.join("3.0.9999.1/gse").exists(),
        "not in China's tree"
    );
    assert_eq!(
        std::fs::read(china.join("api.json")).expect("china"),
        b"{\"china\": 1}"
    );

    // Again: unchanged. Changed without --force: refused; with it: replaced.
    let r = run(&[s(&whl)], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("unchanged 3.0.9999.1"), "{}", r.stdout);
    intl_wheel(&whl, b"{\"v\": 2}");
    let r = run(&[s(&whl)], &specs);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    let r = run(&[s(&whl), "--force"], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        std::fs::read(rel.join("gse/v20191112/api.json")).expect("api"),
        b"{\"v\": 2}"
    );
    // The intl directory is not a China release.
    assert_eq!(
        tencent_cloud_spec::release_names(&specs).expect("names"),
        vec!["3.0.9999.1".to_string()]
    );
}

#[test]
fn the_channel_comes_from_metadata_and_contradictions_are_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    std::fs::create_dir_all(&specs).expect("mkdir");

    // Not named like a wheel at all: METADATA alone decides.
    let odd = tmp.path().join("download.zip");
    intl_wheel(&odd, b"{}");
    let r = run(&[s(&odd)], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        specs
            .join("intl/3.0.9999.1/gse/v20191112/api.json")
            .is_file()
    );
    assert!(!specs.join("3.0.9999.1").exists());
    std::fs::remove_dir_all(specs.join("intl")).expect("rm");
    let before = snapshot(&specs);

    // A tccli-named file holding tccli-intl-en, and the other way round.
    let misnamed = tmp.path().join("tccli-3.0.9999.1-py2.py3-none-any.whl");
    intl_wheel(&misnamed, b"{}");
    let china_as_intl = tmp
        .path()
        .join("tccli_intl_en-3.0.9999.1-py2.py3-none-any.whl");
    make_zip(
        &china_as_intl,
        &[
            ("tccli-3.0.9999.1.dist-info/METADATA", CHINA_METADATA),
            ("tccli/services/cvm/v20170312/api.json", b"{}"),
        ],
    );
    // The dist-info directory names the other package.
    let odd_dist = tmp.path().join("x.zip");
    make_zip(
        &odd_dist,
        &[
            ("tccli-3.0.9999.1.dist-info/METADATA", INTL_METADATA),
            ("tccli/services/gse/v20191112/api.json", b"{}"),
        ],
    );
    // The version in the name against METADATA's.
    let wrong_version = tmp
        .path()
        .join("tccli_intl_en-3.0.1218.1-py2.py3-none-any.whl");
    intl_wheel(&wrong_version, b"{}");
    // A package that is neither.
    let other = tmp.path().join("tccli_intl-3.0.9999.1-py3-none-any.whl");
    make_zip(
        &other,
        &[
            (
                "tccli_intl-3.0.9999.1.dist-info/METADATA",
                b"Name: tccli-intl\nVersion: 3.0.9999.1\n",
            ),
            ("tccli/services/gse/v20191112/api.json", b"{}"),
        ],
    );
    let intl_whl = tmp.path().join("good.whl");
    intl_wheel(&intl_whl, b"{}");

    let cases: [(&[&str], &[&str]); 6] = [
        (&[s(&misnamed)], &["file name", "tccli-intl-en", "tccli "]),
        (&[s(&china_as_intl)], &["file name", "tccli_intl_en"]),
        (&[s(&odd_dist)], &[".dist-info directory", "tccli-intl-en"]),
        (&[s(&wrong_version)], &["3.0.1218.1", "3.0.9999.1"]),
        (&[s(&other)], &["not a tccli or tccli-intl-en wheel"]),
        (
            &[s(&intl_whl), "--channel", "china"],
            &["tccli-intl-en", "--channel china"],
        ),
    ];
    for (args, wants) in cases {
        let r = run(args, &specs);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "one line: {:?}", r.stderr);
        for want in wants {
            assert!(r.stderr.contains(want), "{args:?}: {want}: {}", r.stderr);
        }
        assert_eq!(snapshot(&specs), before, "{args:?}: specs/ untouched");
    }
    // --channel that agrees is fine.
    let r = run(&[s(&intl_whl), "--channel", "intl"], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        specs
            .join("intl/3.0.9999.1/gse/v20191112/api.json")
            .is_file()
    );
}

#[test]
fn unpacked_intl_wheels_and_services_dirs_with_channel() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    let unpacked = tmp.path().join("site-packages");
    let svc = unpacked.join("tccli/services/mdp/v20200527");
    std::fs::create_dir_all(&svc).expect("mkdir");
    std::fs::write(svc.join("api.json"), b"{\"mdp\": 1}").expect("write");
    let dist = unpacked.join("tccli_intl_en-3.1.5.1.dist-info");
    std::fs::create_dir_all(&dist).expect("mkdir");
    std::fs::write(
        dist.join("METADATA"),
        b"Metadata-Version: 2.1\nName: tccli-intl-en\nVersion: 3.1.5.1\n\n",
    )
    .expect("write");
    let r = run(&[s(&unpacked)], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(specs.join("intl/3.1.5.1/mdp/v20200527/api.json").is_file());
    assert!(!specs.join("3.1.5.1").exists());

    // A bare services dir (no dist-info beside it): China unless --channel intl says
    // otherwise.
    let services = tmp.path().join("bare/tccli/services");
    std::fs::create_dir_all(services.join("mdp/v20200527")).expect("mkdir");
    std::fs::write(services.join("mdp/v20200527/api.json"), b"{}").expect("write");
    let r = run(&[s(&services), "--release", "3.1.6.1"], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(specs.join("3.1.6.1/mdp/v20200527/api.json").is_file());
    let r = run(
        &[s(&services), "--release", "3.1.7.1", "--channel", "intl"],
        &specs,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(specs.join("intl/3.1.7.1/mdp/v20200527/api.json").is_file());

    // Both packages' dist-info beside one tccli/: which is it? Refused.
    let dist2 = unpacked.join("tccli-3.1.5.1.dist-info");
    std::fs::create_dir_all(&dist2).expect("mkdir");
    std::fs::write(
        dist2.join("METADATA"),
        b"Metadata-Version: 2.1\nName: tccli\nVersion: 3.1.5.1\n\n",
    )
    .expect("write");
    let before = snapshot(&specs);
    let r = run(&[s(&unpacked), "--release", "3.1.8.1"], &specs);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("tccli-intl-en") && r.stderr.contains("dist-info"),
        "{}",
        r.stderr
    );
    assert_eq!(snapshot(&specs), before);
}

#[test]
fn hostile_intl_archives_and_trees_are_refused_like_china_ones() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    let keep = specs.join("intl/3.0.1.1/gse/v20191112");
    std::fs::create_dir_all(&keep).expect("mkdir");
    std::fs::write(keep.join("api.json"), b"{\"keep\": true}").expect("write");
    let before = snapshot(&specs);

    // A zip bomb: 10 MB of spaces deflate about 1000 times.
    let bomb = tmp.path().join("bomb.whl");
    let mut big = b"{\"pad\": \"".to_vec();
    big.extend(std::iter::repeat_n(b' ', 10 * 1024 * 1024));
    big.extend_from_slice(b"\"}");
    intl_wheel(&bomb, &big);
    let not_json = tmp.path().join("not-json.whl");
    intl_wheel(&not_json, b"<html>not json</html>");
    // Two entries with one name.
    let dup = tmp.path().join("dup.whl");
    make_zip(
        &dup,
        &[
            ("tccli_intl_en-3.0.9999.1.dist-info/METADATA", INTL_METADATA),
            ("tccli/services/gse/v20191112/api.json", b"{\"a\": 1}"),
            ("tccli/services/gse/v20191112/apj.json", b"{\"b\": 2}"),
        ],
    );
    let mut bytes = std::fs::read(&dup).expect("read");
    let (from, to) = (&b"v20191112/apj.json"[..], &b"v20191112/api.json"[..]);
    let mut n = 0;
    for i in 0..bytes.len().saturating_sub(from.len()) {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
            n += 1;
        }
    }
    assert_eq!(n, 2, "local header and central directory");
    std::fs::write(&dup, &bytes).expect("write");
    // An unpacked intl wheel whose api.json is a link to a private file, and one
    // with a FIFO there.
    let linked = tmp.path().join("linked");
    let fifo = tmp.path().join("fifo");
    for root in [&linked, &fifo] {
        let d = root.join("tccli/services/gse/v20191112");
        std::fs::create_dir_all(&d).expect("mkdir");
        let dist = root.join("tccli_intl_en-3.0.9999.1.dist-info");
        std::fs::create_dir_all(&dist).expect("mkdir");
        std::fs::write(dist.join("METADATA"), INTL_METADATA).expect("write");
    }
    let secret = tmp.path().join("private.json");
    std::fs::write(&secret, b"{\"secret\": 1}").expect("write");
    std::os::unix::fs::symlink(
        &secret,
        linked.join("tccli/services/gse/v20191112/api.json"),
    )
    .expect("symlink");
    let status = Command::new("mkfifo")
        .arg(fifo.join("tccli/services/gse/v20191112/api.json"))
        .status()
        .expect("mkfifo");
    assert!(status.success());

    let cases: [(&Path, &str); 5] = [
        (&bomb, "zip bomb"),
        (&not_json, "not JSON"),
        (&dup, "duplicate entries"),
        (&linked, "not a regular file"),
        (&fifo, "not a regular file"),
    ];
    for (path, want) in cases {
        let t = std::time::Instant::now();
        let r = run(&[s(path)], &specs);
        assert_eq!(r.code, 2, "{}: {}", path.display(), r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "one line: {:?}", r.stderr);
        assert!(r.stderr.contains(want), "{}: {}", path.display(), r.stderr);
        assert!(t.elapsed() < std::time::Duration::from_secs(20));
        assert_eq!(snapshot(&specs), before, "{}: untouched", path.display());
    }
}

#[test]
fn an_interrupted_force_of_an_intl_release_is_completed_in_specs_intl() {
    let tmp = tempfile::tempdir().expect("tmp");
    let specs = tmp.path().join("specs");
    std::fs::create_dir_all(specs.join("intl")).expect("mkdir");
    let stale = tmp.path().join(".specs-import-killed");
    for (dir, body) in [
        ("intl-3.0.7777.1", &b"{\"new\": true}"[..]),
        (".previous-intl-3.0.7777.1", b"{\"old\": true}"),
    ] {
        let d = stale.join(dir).join("gse/v20191112");
        std::fs::create_dir_all(&d).expect("mkdir");
        std::fs::write(d.join("api.json"), body).expect("write");
    }
    // Any import (here a China one) recovers it first, into the intl channel.
    let whl = tmp.path().join("tccli-3.0.9999.1-py2.py3-none-any.whl");
    make_zip(
        &whl,
        &[
            ("tccli-3.0.9999.1.dist-info/METADATA", CHINA_METADATA),
            ("tccli/services/cvm/v20170312/api.json", b"{}"),
        ],
    );
    let r = run(&[s(&whl)], &specs);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        std::fs::read(specs.join("intl/3.0.7777.1/gse/v20191112/api.json")).expect("recovered"),
        b"{\"new\": true}"
    );
    assert!(!specs.join("3.0.7777.1").exists(), "not in China's tree");
    assert!(!specs.join("intl-3.0.7777.1").exists());
    assert!(!stale.exists());
}
