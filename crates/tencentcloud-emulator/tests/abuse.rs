//! Hostile requests (issue: hardening): parameters are expanded and logged only after
//! the signature verifies, and timestamps at the ends of i64 are an error, not a panic.

mod common;

use std::sync::Arc;

use serde_json::Value;
use tencent_cloud_emulator::{Emulator, RunningEmulator};
use tencent_cloud_spec::Release;

use common::raw;

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

/// A POST to cvm's host: status and JSON body.
async fn post(emu: &RunningEmulator, headers: &[(&str, &str)], body: &str) -> (u16, Value) {
    let mut all: Vec<(&str, String)> = vec![("host", "cvm.tencentcloudapi.com".to_string())];
    all.extend(headers.iter().map(|(n, v)| (*n, v.to_string())));
    let (status, text) = raw(emu, "POST", "/", &all, body.as_bytes()).await;
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
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

/// Each unauthenticated metadata GET issues a credential (finding 9): the emulator keeps
/// the newest 10,000, so the state stays bounded and the oldest stop working.
#[tokio::test]
async fn issued_credentials_are_bounded() {
    use tencent_cloud_core::credentials::{CvmRoleProvider, ProvideCredentials};
    use tencent_cloud_core::{Client, ClientConfig, RequestSpec, RetryPolicy};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let emu = start().await;
    let imds = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data/", emu.url()));
    let first = imds.provide_credentials().await.expect("metadata");
    let config = ClientConfig::builder()
        .endpoint_url(emu.url())
        .retry(RetryPolicy::none())
        .build()
        .expect("config");
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions");
    let client = Client::new(config.clone(), first.into_credential()).expect("client");
    client
        .send_raw(&spec, b"{}".to_vec())
        .await
        .expect("the first credential works");

    // 10,000 more, on one kept-alive connection.
    let mut sock = tokio::net::TcpStream::connect(emu.addr())
        .await
        .expect("connect");
    let req = format!(
        "GET /latest/meta-data/cam/security-credentials/emulator-role HTTP/1.1\r\nhost: {}\r\n\r\n",
        emu.addr()
    );
    let mut buf = Vec::new();
    for _ in 0..10_000 {
        sock.write_all(req.as_bytes()).await.expect("write");
        buf.clear();
        let mut chunk = [0u8; 4096];
        loop {
            let n = sock.read(&mut chunk).await.expect("read");
            assert!(n > 0, "closed");
            buf.extend_from_slice(&chunk[..n]);
            let text = String::from_utf8_lossy(&buf);
            if let Some((head, body)) = text.split_once("\r\n\r\n") {
                let len: usize = head
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse().ok())?
                    })
                    .expect("content-length");
                if body.len() >= len {
                    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
                    break;
                }
            }
        }
    }
    let e = client
        .send_raw(&spec, b"{}".to_vec())
        .await
        .expect_err("the oldest credential was forgotten");
    assert!(e.to_string().contains("AuthFailure"), "{e}");
    let fresh = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data/", emu.url()));
    let newest = fresh.provide_credentials().await.expect("metadata");
    Client::new(config, newest.into_credential())
        .expect("client")
        .send_raw(&spec, b"{}".to_vec())
        .await
        .expect("a new credential works");
}
