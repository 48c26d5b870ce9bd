//! Hostile requests (issue: hardening): parameters are expanded and logged only after
//! the signature verifies, and timestamps at the ends of i64 are an error, not a panic.

use std::sync::Arc;

use serde_json::Value;
use tencent_cloud_emulator::{Emulator, RunningEmulator};
use tencent_cloud_spec::Release;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ID: &str = "AKIDabuseTEST";
const KEY: &str = "abuse-test-secret-key";

async fn start() -> RunningEmulator {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/3.0.1217.1");
    let rel = Arc::new(Release::load_only(dir, 1, |f| f.service == "cvm").expect("cvm specs"));
    Emulator::builder()
        .release(rel)
        .credentials(ID, KEY)
        .start()
        .await
        .expect("start")
}

async fn post(emu: &RunningEmulator, headers: &[(&str, &str)], body: &str) -> (u16, Value) {
    let mut sock = TcpStream::connect(emu.addr()).await.expect("connect");
    let mut head = format!(
        "POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (n, v) in headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str("\r\n");
    sock.write_all(head.as_bytes()).await.expect("write");
    sock.write_all(body.as_bytes()).await.expect("write body");
    let mut out = Vec::new();
    let _ = sock.read_to_end(&mut out).await;
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b)
        .unwrap_or_default();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

#[tokio::test]
async fn unsigned_params_are_not_expanded_or_logged() {
    let emu = start().await;
    // The attack that took hundreds of MB: a form of params at index 10,000 of nested
    // lists, with a made-up signature.
    let mut form = String::from(
        "Action=DescribeInstances&Version=2017-03-12&SecretId=AKIDabuseTEST&Timestamp=1&Nonce=1&Signature=fake",
    );
    for i in 0..500 {
        form.push_str(&format!("&P{i}.10000.Q.10000=x"));
    }
    let (status, body) = post(
        &emu,
        &[("content-type", "application/x-www-form-urlencoded")],
        &form,
    )
    .await;
    assert_eq!(status, 200);
    let code = body["Response"]["Error"]["Code"]
        .as_str()
        .unwrap_or_default();
    assert!(code.starts_with("AuthFailure"), "auth first: {body}");
    let log = emu.requests();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].params, Value::Null, "nothing unsigned is kept");
}

#[tokio::test]
async fn extreme_timestamps_answer_an_error() {
    let emu = start().await;
    for ts in ["-9223372036854775808", "9223372036854775807"] {
        let auth = format!(
            "TC3-HMAC-SHA256 Credential={ID}/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00"
        );
        let (status, body) = post(
            &emu,
            &[
                ("content-type", "application/json"),
                ("authorization", &auth),
                ("x-tc-action", "DescribeInstances"),
                ("x-tc-version", "2017-03-12"),
                ("x-tc-timestamp", ts),
            ],
            "{}",
        )
        .await;
        assert_eq!(status, 200, "{ts}");
        assert_eq!(
            body["Response"]["Error"]["Code"], "AuthFailure.SignatureExpire",
            "{ts}: {body}"
        );
    }
    let (status, _) = post(&emu, &[("content-type", "application/json")], "{}").await;
    assert_eq!(status, 200, "still serving after the extreme timestamps");
}
