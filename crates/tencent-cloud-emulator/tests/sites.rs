//! One emulator serves both Tencent Cloud sites (issue 21 item 6): a request whose Host
//! is `*.intl.tencentcloudapi.com` is answered from the international release
//! (tccli-intl-en, `specs/intl/`), every other request from the China release; an action
//! only the international site has gets `InvalidAction` on the China site, as there.
//! The releases are the committed newest of each channel, limited to the services used
//! (the loader's filter), so that a debug build loads them in well under a second.

mod common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde_json::Value;
use tencent_cloud_core::Credential;
use tencent_cloud_core::sign::{Method, tc3};
use tencent_cloud_emulator::{Emulator, RunningEmulator};
use tencent_cloud_spec::{ExampleOutput, Release};

use common::raw;

const ID: &str = "AKIDsitesTEST";
const KEY: &str = "sites-test-secret-key";
const SERVICES: &[&str] = &["cvm", "gse", "mdp", "teo", "sts"];

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")
}

fn newest(dir: &Path) -> PathBuf {
    let name = tencent_cloud_spec::release_names(dir)
        .expect("specs dir")
        .pop()
        .expect("a release");
    dir.join(name)
}

fn load(dir: PathBuf) -> Arc<Release> {
    Arc::new(
        Release::load_only(&dir, 2, |f| SERVICES.contains(&f.service.as_str()))
            .expect("load specs"),
    )
}

fn china() -> Arc<Release> {
    static R: OnceLock<Arc<Release>> = OnceLock::new();
    R.get_or_init(|| load(newest(&specs()))).clone()
}

fn intl() -> Arc<Release> {
    static R: OnceLock<Arc<Release>> = OnceLock::new();
    R.get_or_init(|| load(newest(&specs().join("intl"))))
        .clone()
}

async fn start(with_intl: bool) -> RunningEmulator {
    let mut b = Emulator::builder().release(china()).credentials(ID, KEY);
    if with_intl {
        b = b.intl_release(intl());
    }
    b.start().await.expect("start")
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64
}

/// A TC3-signed call to `host` as an SDK sends it; the parsed answer.
async fn call(
    emu: &RunningEmulator,
    host: &str,
    service: &str,
    version: &str,
    action: &str,
) -> Value {
    let body = b"{}";
    let cred = Credential::new(ID, KEY);
    let mut req = tc3::SigningRequest::new(&cred, service, host, action, version, now());
    req.method = Method::Post;
    req.payload = tc3::Payload::Bytes(body);
    let out = tc3::sign(&req).expect("sign");
    let mut h: Vec<(&str, String)> = out.headers.clone();
    h.push(("host", host.to_owned()));
    h.push(("content-type", req.content_type.to_owned()));
    h.push(("x-tc-region", "ap-singapore".to_owned()));
    let (status, text) = raw(emu, "POST", "/", &h, body).await;
    assert_eq!(status, 200, "{text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn error_code(v: &Value) -> Option<&str> {
    v["Response"]["Error"]["Code"].as_str()
}

/// The first JSON example answer of an action in `release`, without its RequestId.
fn example(release: &Release, service: &str, version: &str, action: &str) -> Value {
    let api = release.api_version(service, version).expect("api version");
    let mut v = api
        .examples_of(action)
        .iter()
        .find_map(|e| match &e.output {
            Ok(ExampleOutput::Json(v)) => Some(v.clone()),
            _ => None,
        })
        .expect("an example");
    strip(&mut v);
    v
}

fn strip(v: &mut Value) {
    if let Some(r) = v.get_mut("Response").and_then(Value::as_object_mut) {
        r.remove("RequestId");
    }
}

#[tokio::test]
async fn intl_hosts_are_answered_from_the_intl_release_others_from_china() {
    let emu = start(true).await;
    assert_eq!(
        emu.intl_release().map(|r| r.name.clone()),
        Some(intl().name.clone())
    );

    // An intl-only service: answered on its intl host; InvalidAction on the China one.
    for (svc, version, action) in [
        ("gse", "2019-11-12", "DescribeInstanceTypes"),
        ("mdp", "2020-05-27", "DescribeStreamPackageChannels"),
    ] {
        assert!(china().service(svc).is_none(), "{svc} is intl-only");
        let v = call(
            &emu,
            &format!("{svc}.intl.tencentcloudapi.com"),
            svc,
            version,
            action,
        )
        .await;
        assert_eq!(error_code(&v), None, "{svc} {action} on intl: {v}");
        assert!(v["Response"]["RequestId"].is_string(), "{v}");
        let v = call(
            &emu,
            &format!("{svc}.tencentcloudapi.com"),
            svc,
            version,
            action,
        )
        .await;
        assert_eq!(error_code(&v), Some("InvalidAction"), "{svc} on China: {v}");
        assert_eq!(
            v["Response"]["Error"]["Message"],
            format!("The action `{action}` is not valid for this service."),
        );
    }

    // An intl-only action of a service both sites have.
    let (svc, version, action) = ("teo", "2022-01-06", "DescribeDnsRecords");
    assert!(
        china()
            .api_version("teo", "v20220106")
            .expect("teo v20220106 on China")
            .action(action)
            .is_none()
    );
    let v = call(&emu, "teo.intl.tencentcloudapi.com", svc, version, action).await;
    assert_eq!(error_code(&v), None, "{v}");
    let v = call(&emu, "teo.tencentcloudapi.com", svc, version, action).await;
    assert_eq!(error_code(&v), Some("InvalidAction"), "{v}");

    // A shared action: each site answers with its own example (English on intl).
    for (host, release) in [
        ("cvm.tencentcloudapi.com", china()),
        ("cvm.intl.tencentcloudapi.com", intl()),
        ("cvm.ap-singapore.intl.tencentcloudapi.com", intl()),
        ("cvm.ap-guangzhou.tencentcloudapi.com", china()),
    ] {
        let mut v = call(&emu, host, "cvm", "2017-03-12", "DescribeRegions").await;
        assert_eq!(error_code(&v), None, "{host}: {v}");
        strip(&mut v);
        assert_eq!(
            v,
            example(&release, "cvm", "v20170312", "DescribeRegions"),
            "{host}"
        );
    }
    assert_ne!(
        example(&china(), "cvm", "v20170312", "DescribeRegions"),
        example(&intl(), "cvm", "v20170312", "DescribeRegions"),
        "the two sites' examples differ, so the answers tell the sites apart"
    );

    // The log shows each call's host.
    let log = emu.requests();
    assert!(
        log.iter()
            .any(|c| c.host == "gse.intl.tencentcloudapi.com" && c.error_code.is_none())
    );
    assert!(
        log.iter().any(|c| c.host == "gse.tencentcloudapi.com"
            && c.error_code.as_deref() == Some("InvalidAction"))
    );
    emu.shutdown().await;
}

#[tokio::test]
async fn without_an_intl_release_every_host_gets_the_china_release() {
    let emu = start(false).await;
    assert!(emu.intl_release().is_none());
    let mut v = call(
        &emu,
        "cvm.intl.tencentcloudapi.com",
        "cvm",
        "2017-03-12",
        "DescribeRegions",
    )
    .await;
    strip(&mut v);
    assert_eq!(v, example(&china(), "cvm", "v20170312", "DescribeRegions"));
    let v = call(
        &emu,
        "gse.intl.tencentcloudapi.com",
        "gse",
        "2019-11-12",
        "DescribeInstanceTypes",
    )
    .await;
    assert!(error_code(&v).is_some(), "no intl release, no gse: {v}");
    emu.shutdown().await;
}

/// Chosen responses may name an action only one site has; one neither has is refused.
#[tokio::test]
async fn chosen_responses_fit_either_site() {
    use tencent_cloud_emulator::CannedResponse;
    let rules = |action: &str| -> Vec<CannedResponse> {
        tencent_cloud_emulator::canned::parse_rules(&format!(
            r#"[{{"action": "{action}", "error": {{"code": "LimitExceeded", "message": "x"}}}}]"#
        ))
        .expect("rules")
    };
    let emu = Emulator::builder()
        .release(china())
        .intl_release(intl())
        .credentials(ID, KEY)
        .responses(rules("DescribeInstanceTypes"))
        .start()
        .await
        .expect("a rule for an intl-only action is accepted");
    let v = call(
        &emu,
        "gse.intl.tencentcloudapi.com",
        "gse",
        "2019-11-12",
        "DescribeInstanceTypes",
    )
    .await;
    assert_eq!(error_code(&v), Some("LimitExceeded"), "{v}");
    emu.shutdown().await;
    let refused = Emulator::builder()
        .release(china())
        .intl_release(intl())
        .credentials(ID, KEY)
        .responses(rules("NoSuchActionAnywhere"))
        .start()
        .await;
    assert!(refused.is_err());
}

/// `tc-emulator` serves the newest release in the intl/ directory beside --release's by
/// default; `--intl-release` picks one or `none`; an unknown one exits 2.
#[test]
fn the_binary_serves_both_sites_by_default() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let tmp =
        Scratch(std::env::temp_dir().join(format!("tc-emulator-sites-{}", std::process::id())));
    let (c, i) = (newest(&specs()), newest(&specs().join("intl")));
    let (c_name, i_name) = (
        c.file_name().expect("name").to_string_lossy().into_owned(),
        i.file_name().expect("name").to_string_lossy().into_owned(),
    );
    // A specs/ of links to two services per site: loads fast.
    for (from, to, svcs) in [
        (&c, tmp.0.join("specs").join(&c_name), &["cvm"][..]),
        (
            &i,
            tmp.0.join("specs/intl").join(&i_name),
            &["cvm", "gse"][..],
        ),
    ] {
        std::fs::create_dir_all(&to).expect("mkdir");
        for s in svcs {
            std::os::unix::fs::symlink(from.join(s), to.join(s)).expect("link");
        }
    }
    // Reads `lines_wanted` lines of its output, then stops it.
    let run = |extra: &[&str], lines_wanted: usize| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tc-emulator"))
            .args(["--release", &c_name, "--specs"])
            .arg(tmp.0.join("specs"))
            .args([
                "--listen",
                "127.0.0.1:0",
                "--secret-id",
                ID,
                "--secret-key",
                KEY,
                "--quiet",
            ])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut lines = String::new();
        for _ in 0..lines_wanted {
            let _ = out.read_line(&mut lines);
        }
        let _ = child.kill();
        let status = child.wait().expect("wait");
        (lines, status)
    };
    let (lines, _) = run(&[], 1);
    assert!(
        lines.contains(&format!("serving release {c_name}"))
            && lines.contains(&format!(
                "international site's release {i_name} (2 services"
            )),
        "{lines}"
    );
    let (lines, _) = run(&["--intl-release", "none"], 1);
    assert!(
        lines.contains("serving release") && !lines.contains("international"),
        "{lines}"
    );
    let (lines, status) = run(&["--intl-release", "9.9.9.9"], 1);
    assert_eq!(status.code(), Some(2), "{lines}");
}

/// A directory removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
