//! Runs the `sign` example binary (built by `cargo test` alongside this test).

use std::path::PathBuf;
use std::process::Command;

fn example() -> PathBuf {
    // target/<profile>/deps/<this test> -> target/<profile>/examples/sign
    let exe = std::env::current_exe().expect("current exe");
    let dir = exe.parent().and_then(|p| p.parent()).expect("target dir");
    let path = dir
        .join("examples")
        .join(format!("sign{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} not found: `cargo test -p tencent-cloud-core` builds it",
        path.display()
    );
    path
}

const KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

fn doc_args() -> Vec<&'static str> {
    vec![
        "--secret-id",
        "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
        "--secret-key",
        KEY,
        "--service",
        "cvm",
        "--host",
        "cvm.tencentcloudapi.com",
        "--action",
        "DescribeInstances",
        "--version",
        "2017-03-12",
        "--region",
        "ap-guangzhou",
        "--timestamp",
        "1551113065",
        "--content-type",
        "application/json; charset=utf-8",
        "--payload",
        r#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#,
    ]
}

#[test]
fn prints_documented_signature_as_json_without_the_key() {
    let mut args = doc_args();
    args.extend(["--token", "session-token-xyz"]);
    let out = Command::new(example()).args(&args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let auth = json["Authorization"].as_str().unwrap();
    assert!(auth.ends_with(
        "SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
    ));
    assert_eq!(json["X-TC-Timestamp"], "1551113065");
    assert_eq!(json["X-TC-Token"], "session-token-xyz");
    assert!(!stdout.contains(KEY));
}

#[test]
fn v1_prints_params() {
    let mut args = doc_args();
    args.extend(["--algorithm", "HmacSHA256", "--nonce", "42"]);
    let out = Command::new(example()).args(&args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["Filters.0.Name"], "instance-name");
    assert_eq!(json["Filters.0.Values.0"], "未命名");
    assert_eq!(json["SignatureMethod"], "HmacSHA256");
    assert_eq!(json["Nonce"], "42");
    assert!(json["Signature"].as_str().unwrap().ends_with('='));
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    let cases: Vec<Vec<&str>> = vec![
        vec!["--secret-id", "a"],
        {
            let mut a = doc_args();
            a.extend(["--algorithm", "MD5"]);
            a
        },
        {
            let mut a = doc_args();
            a.extend(["--method", "PUT"]);
            a
        },
        {
            let mut a = doc_args();
            a.extend(["--signed-headers", "x-amz-date"]);
            a
        },
        {
            let mut a = doc_args();
            a[15] = "not-a-number";
            a
        },
    ];
    for args in cases {
        let out = Command::new(example()).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(out.stdout.is_empty());
        assert!(!stderr.contains(KEY));
    }
}

#[test]
fn command_line_credentials_are_reported_as_such() {
    let out = Command::new(example()).args(doc_args()).output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["provider"], "command-line");
    assert!(json.get("X-TC-Token").is_none());
}

/// The arguments without --secret-id / --secret-key.
fn args_without_keys() -> Vec<&'static str> {
    doc_args().split_off(4)
}

#[test]
fn default_chain_from_the_environment_with_token() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(example())
        .args(args_without_keys())
        .env_clear()
        .env("HOME", home.path())
        .env(
            "TENCENTCLOUD_SECRET_ID",
            "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
        )
        .env("TENCENTCLOUD_SECRET_KEY", KEY)
        .env("TENCENTCLOUD_TOKEN", "env-session-token")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["provider"], "environment");
    assert_eq!(json["X-TC-Token"], "env-session-token");
    // Same keys, same request: Tencent's documented signature.
    assert!(
        json["Authorization"].as_str().unwrap().ends_with(
            "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
        )
    );
    assert!(!stdout.contains(KEY));
}

#[test]
fn default_chain_from_a_tccli_profile() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".tccli")).unwrap();
    std::fs::write(
        home.path().join(".tccli/ci.credential"),
        format!(r#"{{"secretId": "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "secretKey": "{KEY}"}}"#),
    )
    .unwrap();
    let out = Command::new(example())
        .args(args_without_keys())
        .env_clear()
        .env("HOME", home.path())
        .env("TCCLI_PROFILE", "ci")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["provider"], "tccli-profile");
    assert!(json.get("X-TC-Token").is_none());
    assert!(
        json["Authorization"].as_str().unwrap().ends_with(
            "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
        )
    );

    // A malformed profile: exit 2, one line naming the file and key, no secret.
    std::fs::write(
        home.path().join(".tccli/ci.credential"),
        format!(r#"{{"secretId": 5, "secretKey": "{KEY}"}}"#),
    )
    .unwrap();
    let out = Command::new(example())
        .args(args_without_keys())
        .env_clear()
        .env("HOME", home.path())
        .env("TCCLI_PROFILE", "ci")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("ci.credential") && stderr.contains("\"secretId\""),
        "{stderr}"
    );
    assert!(!stderr.contains(KEY));
}

/// `RUST_LOG` works in the example (issue: hardening, finding 13): the chain's debug
/// line names the provider on stderr, stdout stays the JSON, and no secret is logged.
#[test]
fn rust_log_shows_the_chain_on_stderr_without_secrets() {
    let home = tempfile::tempdir().unwrap();
    let run = |log: Option<&str>| {
        let mut cmd = Command::new(example());
        cmd.args(args_without_keys())
            .env_clear()
            .env("HOME", home.path())
            .env(
                "TENCENTCLOUD_SECRET_ID",
                "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
            )
            .env("TENCENTCLOUD_SECRET_KEY", KEY)
            .env("TENCENTCLOUD_TOKEN", "env-session-token");
        if let Some(l) = log {
            cmd.env("RUST_LOG", l);
        }
        cmd.output().unwrap()
    };
    let quiet = run(None);
    assert!(quiet.status.success());
    assert!(
        quiet.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&quiet.stderr)
    );
    let out = run(Some("trace"));
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("credentials found"), "{stderr}");
    assert!(stderr.contains("environment"), "{stderr}");
    assert!(
        !stderr.contains(KEY) && !stderr.contains("env-session-token"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is the JSON");
    assert_eq!(json["provider"], "environment");
}
