//! Interop: the real `tccli==3.0.1217.1` (pinned with its SDK, installed by this test into
//! a venv under the cargo target dir) calls the in-process emulator over https, trusting
//! the CA the emulator generated at start.
//!
//! tccli only speaks https. Its SDK passes `verify=certifi.where()` to requests
//! explicitly, so `REQUESTS_CA_BUNDLE` is ignored: the test runs tccli's own `main` with
//! `certifi.where` pointing at the generated CA (nothing in the venv is modified).
//!
//! Skips, loudly, when `python3` is not installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tencent_cloud_emulator::Emulator;
use tencent_cloud_spec::{ExampleOutput, Release};

/// tccli and the SDK version it insists on (it refuses to run with another).
const PINS: &[&str] = &["tccli==3.0.1217.1", "tencentcloud-sdk-python==3.0.1217"];
const ID: &str = "AKIDtccliEXAMPLE";
const KEY: &str = "tccli-secret-key";

fn python_with_tccli() -> Option<PathBuf> {
    tencent_cloud_tests::python_venv(
        "emulator_tccli",
        Path::new(env!("CARGO_TARGET_TMPDIR")),
        "py-emulator-tccli_3_0_1217_1",
        PINS,
        "import tccli, tencentcloud; assert tccli.__version__ == '3.0.1217.1' and tencentcloud.__version__ == '3.0.1217'",
    )
}

/// Runs tccli's `main` with `certifi.where` returning `ca`.
fn tccli(python: &Path, home: &Path, ca: &Path, args: &[String]) -> Output {
    let script = "import sys, certifi\n\
                  ca = sys.argv.pop(1)\n\
                  certifi.where = lambda: ca\n\
                  from tccli.main import main\n\
                  sys.argv[0] = 'tccli'\n\
                  sys.exit(main())\n";
    Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(ca)
        .args(args)
        .env("HOME", home)
        .env_remove("TENCENTCLOUD_SECRET_ID")
        .env_remove("TENCENTCLOUD_SECRET_KEY")
        .output()
        .expect("run tccli")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tccli_calls_the_emulator_over_https() {
    let Some(python) = tokio::task::spawn_blocking(python_with_tccli)
        .await
        .expect("join")
    else {
        return;
    };
    let release =
        Release::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/3.0.1217.1")).expect("specs");
    let mut want = release
        .api_version("cvm", "v20170312")
        .expect("cvm")
        .examples_of("DescribeRegions")
        .iter()
        .find_map(|e| match &e.output {
            Ok(ExampleOutput::Json(v)) => Some(v["Response"].clone()),
            _ => None,
        })
        .expect("example");
    let emu = Emulator::builder()
        .release(std::sync::Arc::new(release))
        .credentials(ID, KEY)
        // tccli signs HmacSHA256 (no scope) to a bare 127.0.0.1.
        .service_default("cvm")
        .tls(Vec::new())
        .start()
        .await
        .expect("emulator");
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("tccli-run-{}", std::process::id()));
    let home = dir.join("home");
    std::fs::create_dir_all(&home).expect("home");
    let ca = dir.join("ca.pem");
    std::fs::write(&ca, emu.ca_pem().expect("CA")).expect("write CA");
    let endpoint = emu.addr().to_string();
    let args = |key: &str| -> Vec<String> {
        [
            "cvm",
            "DescribeRegions",
            "--secretId",
            ID,
            "--secretKey",
            key,
            "--region",
            "ap-guangzhou",
            "--endpoint",
            &endpoint,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };

    let (py, h, c, good) = (python.clone(), home.clone(), ca.clone(), args(KEY));
    let ok = tokio::task::spawn_blocking(move || tccli(&py, &h, &c, &good))
        .await
        .expect("join");
    let stdout = String::from_utf8_lossy(&ok.stdout);
    assert!(
        ok.status.success(),
        "tccli failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let got: Value = serde_json::from_str(&stdout).expect("tccli prints JSON");
    if let Some(o) = want.as_object_mut() {
        o.remove("RequestId");
    }
    let mut got_cmp = got.clone();
    if let Some(o) = got_cmp.as_object_mut() {
        o.remove("RequestId");
    }
    assert_eq!(got_cmp, want);

    let (py, h, c, bad) = (python, home, ca, args("wrong-key"));
    let denied = tokio::task::spawn_blocking(move || tccli(&py, &h, &c, &bad))
        .await
        .expect("join");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&denied.stdout),
        String::from_utf8_lossy(&denied.stderr)
    );
    assert!(text.contains("AuthFailure.SignatureFailure"), "{text}");

    let seen: Vec<(String, String, Option<String>)> = emu
        .requests()
        .into_iter()
        .map(|r| (r.algorithm, r.action, r.error_code))
        .collect();
    assert_eq!(
        seen,
        [
            ("HmacSHA256".into(), "DescribeRegions".into(), None),
            (
                "HmacSHA256".into(),
                "DescribeRegions".into(),
                Some("AuthFailure.SignatureFailure".into())
            ),
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}
