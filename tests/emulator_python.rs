//! Interop: the official Python SDK (`tencentcloud-sdk-python-common`, pinned, installed
//! by this test into a venv under the cargo target dir) calls the in-process emulator
//! with TC3 (POST and GET), HmacSHA256 (POST and GET) and HmacSHA1, and gets the
//! example responses; a wrong key gets `AuthFailure.SignatureFailure`.
//!
//! Skips, loudly, when `python3` is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use tencent_cloud_emulator::Emulator;
use tencent_cloud_spec::{ExampleOutput, Release};

/// The pinned official SDK (the same pin and venv as `python_interop`).
const PY_SDK: &str = "tencentcloud-sdk-python-common==3.1.195";
const ID: &str = "AKIDpythonEXAMPLE";
const KEY: &str = "python-secret-key";

/// The pinned SDK's venv (shared with `python_interop`).
fn python_with_sdk() -> Option<PathBuf> {
    tencent_cloud_tests::python_venv(
        "emulator_python",
        Path::new(env!("CARGO_TARGET_TMPDIR")),
        &format!("py-interop-{}", PY_SDK.replace(['=', '.'], "_")),
        &[PY_SDK],
        "import tencentcloud.common.common_client",
    )
}

fn example(action: &str) -> Value {
    let rel =
        Release::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/3.0.1217.1")).expect("specs");
    let api = rel.api_version("cvm", "v20170312").expect("cvm");
    api.examples_of(action)
        .iter()
        .find_map(|e| match &e.output {
            Ok(ExampleOutput::Json(v)) => Some(v["Response"].clone()),
            _ => None,
        })
        .expect("example")
}

fn without_request_id(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("RequestId");
    }
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn official_python_sdk_calls_the_emulator() {
    let Some(python) = tokio::task::spawn_blocking(python_with_sdk)
        .await
        .expect("join")
    else {
        return;
    };
    let emu = Emulator::builder()
        .release_path(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/3.0.1217.1"))
        .credentials(ID, KEY)
        // v1 requests to a bare 127.0.0.1 have no scope; several services have a
        // 2017-03-12 DescribeRegions.
        .service_default("cvm")
        .start()
        .await
        .expect("emulator");
    let endpoint = emu.addr().to_string();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/emulator_python.py");
    let out = tokio::task::spawn_blocking(move || {
        Command::new(python)
            .arg(script)
            .args([&endpoint, ID, KEY])
            .output()
    })
    .await
    .expect("join")
    .expect("run python");
    assert!(
        out.status.success(),
        "python failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).expect("JSON from python");

    let regions = without_request_id(example("DescribeRegions"));
    for case in ["tc3_post", "hmac256_post", "hmac1_post"] {
        assert_eq!(
            without_request_id(got[case]["ok"].clone()),
            regions,
            "{case}: {}",
            got[case]
        );
        assert!(got[case]["ok"]["RequestId"].is_string(), "{case}");
    }
    // `Limit: 1` pages over the example's one instance: TotalCount is the number of
    // instances the emulator has (1), not the example's 2.
    let mut instances = without_request_id(example("DescribeInstances"));
    instances["TotalCount"] = Value::from(instances["InstanceSet"].as_array().map_or(0, Vec::len));
    for case in ["tc3_get", "hmac256_get"] {
        assert_eq!(
            without_request_id(got[case]["ok"].clone()),
            instances,
            "{case}: {}",
            got[case]
        );
    }
    for case in ["tc3_wrong_key", "hmac256_wrong_key"] {
        assert_eq!(
            got[case]["error"], "AuthFailure.SignatureFailure",
            "{case}: {}",
            got[case]
        );
        assert!(got[case]["request_id"].is_string());
    }
    assert_eq!(got["unknown_parameter"]["error"], "UnknownParameter");

    // What the emulator saw: the algorithms and methods Python used.
    let seen: Vec<(String, String, String)> = emu
        .requests()
        .into_iter()
        .map(|r| (r.algorithm, r.method, r.action))
        .collect();
    let want: Vec<(String, String, String)> = [
        ("TC3-HMAC-SHA256", "POST", "DescribeRegions"),
        ("TC3-HMAC-SHA256", "GET", "DescribeInstances"),
        ("HmacSHA256", "POST", "DescribeRegions"),
        ("HmacSHA256", "GET", "DescribeInstances"),
        ("HmacSHA1", "POST", "DescribeRegions"),
        ("TC3-HMAC-SHA256", "POST", "DescribeRegions"),
        ("HmacSHA256", "POST", "DescribeRegions"),
        ("TC3-HMAC-SHA256", "POST", "DescribeRegions"),
    ]
    .iter()
    .map(|(a, m, x)| (a.to_string(), m.to_string(), x.to_string()))
    .collect();
    assert_eq!(seen, want);
    // The flattened v1 GET parameters were rebuilt and validated.
    assert_eq!(emu.requests()[3].params["InstanceIds"][1], "ins-2");
}
