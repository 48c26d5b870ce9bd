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

/// The first answer to a request sent without its body (or None within 5 s).
async fn answer_to_head(emu: &RunningEmulator, head: &str) -> Option<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut sock = tokio::net::TcpStream::connect(emu.addr())
        .await
        .expect("connect");
    sock.write_all(head.as_bytes()).await.expect("write");
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(std::time::Duration::from_secs(5), sock.read(&mut buf))
        .await
        .ok()?
        .ok()?;
    Some(String::from_utf8_lossy(&buf[..n]).into_owned())
}

/// Calls not signed with TC3 take bodies up to 1 MiB (Tencent's limit for HmacSHA1 and
/// HmacSHA256 is 1 MB): their parameters are read before the signature can be checked,
/// and four unsigned 10 MB forms took the emulator to 1.4 GB. TC3 calls keep 10 MiB.
#[tokio::test]
async fn bodies_read_before_the_signature_are_at_most_1_mib() {
    let emu = start().await;
    let head = |auth: &str, content_type: &str, len: usize| {
        format!(
            "POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: {content_type}\r\n{auth}x-tc-action: DescribeRegions\r\nx-tc-version: 2017-03-12\r\ncontent-length: {len}\r\n\r\n"
        )
    };
    for (what, auth, content_type) in [
        ("v1 form", "", "application/x-www-form-urlencoded"),
        (
            "unsigned JSON",
            "authorization: SKIP\r\n",
            "application/json",
        ),
    ] {
        let text = answer_to_head(&emu, &head(auth, content_type, 2_000_000))
            .await
            .unwrap_or_else(|| panic!("{what}: no early answer"));
        assert!(text.starts_with("HTTP/1.1 413"), "{what}: {text}");
        assert!(text.contains("RequestSizeLimitExceeded"), "{what}: {text}");
        assert!(text.contains("1048576"), "{what}: {text}");
    }
    // 1 MiB itself is fine.
    let mut form = format!(
        "Action=DescribeRegions&Version=2017-03-12&SecretId={ID}&Timestamp=1&Nonce=1&Signature=x"
    );
    while form.len() < 1024 * 1024 {
        form.push_str("&a=b");
    }
    form.truncate(1024 * 1024);
    let (status, body) = post(
        &emu,
        &[("content-type", "application/x-www-form-urlencoded")],
        &form,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // A TC3 call may send 2 MB: read, then refused by its signature.
    let auth = format!(
        "TC3-HMAC-SHA256 Credential={ID}/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00"
    );
    let big = format!("{{\"Pad\": \"{}\"}}", "a".repeat(2_000_000));
    let (status, body) = post(
        &emu,
        &[
            ("content-type", "application/json"),
            ("authorization", &auth),
            ("x-tc-action", "DescribeRegions"),
            ("x-tc-version", "2017-03-12"),
            ("x-tc-timestamp", "1"),
        ],
        &big,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["Response"]["Error"]["Code"],
        "AuthFailure.SignatureExpire"
    );
}

/// A body is read (JSON parsed, a form decoded) only once the signature verifies:
/// unsigned, a 10 MB JSON list of numbers took 180 MB to parse. So a malformed body
/// answers the signature's error, not the body's.
#[tokio::test]
async fn unsigned_bodies_are_not_read() {
    let emu = start().await;
    let (_, body) = post(
        &emu,
        &[
            ("content-type", "application/json"),
            ("authorization", "SKIP"),
            ("x-tc-action", "DescribeRegions"),
            ("x-tc-version", "2017-03-12"),
        ],
        "{not json",
    )
    .await;
    assert_eq!(
        body["Response"]["Error"]["Code"], "AuthFailure.InvalidAuthorization",
        "{body}"
    );
    let auth = format!(
        "TC3-HMAC-SHA256 Credential={ID}/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00"
    );
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
        .to_string();
    for (content_type, text) in [
        ("application/json", "[1, 2"),
        ("application/x-www-form-urlencoded", "A=%FF"),
    ] {
        let (_, body) = post(
            &emu,
            &[
                ("content-type", content_type),
                ("authorization", &auth),
                ("x-tc-action", "DescribeRegions"),
                ("x-tc-version", "2017-03-12"),
                ("x-tc-timestamp", &now),
            ],
            text,
        )
        .await;
        let code = body["Response"]["Error"]["Code"]
            .as_str()
            .unwrap_or_default();
        assert!(code.starts_with("AuthFailure"), "{content_type}: {body}");
    }
}

/// The fault rules and chosen responses (`/_emulator/faults`, `/_emulator/responses`,
/// open to anyone who reaches the emulator) are bounded in size, not only in number:
/// 50 rules with 9 MB names and 20 responses of 5 MB held 2 GB.
#[tokio::test]
async fn fault_rules_and_chosen_responses_are_bounded_in_size() {
    let emu = start().await;
    let send = |method: &'static str, path: &'static str, body: String| {
        let emu = &emu;
        async move {
            let (status, text) = raw(emu, method, path, &[], body.as_bytes()).await;
            (status, text)
        }
    };
    let long = "a".repeat(tencent_cloud_emulator::faults::MAX_NAME + 1);
    let (status, text) = send(
        "POST",
        "/_emulator/faults",
        format!(r#"[{{"action": "{long}", "kind": "internal_error"}}]"#),
    )
    .await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("at most 256 bytes"), "{text}");
    let (status, text) = send(
        "POST",
        "/_emulator/faults",
        r#"[{"action": "DescribeZones", "kind": "internal_error", "count": 1}]"#.into(),
    )
    .await;
    assert_eq!(status, 200, "{text}");

    // A list of 400,000 zeros: 0.8 MB of JSON (under the 1 MiB an answer may take),
    // about 13 MB once parsed and kept with its text.
    let zeros = vec!["0"; 400_000].join(",");
    let rule = format!(
        r#"[{{"action": "DescribeZones", "response": {{"A": [{zeros}]}}, "broken": true}}]"#
    );
    let mut accepted = 0;
    let mut refused = None;
    for _ in 0..6 {
        let (status, text) = send("POST", "/_emulator/responses", rule.clone()).await;
        match status {
            200 => accepted += 1,
            _ => {
                refused = Some((status, text));
                break;
            }
        }
    }
    let (status, text) = refused.expect("a POST over 64 MiB is refused");
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("bytes"), "{text}");
    assert_eq!(accepted, 4, "four of about 14 MB fit in 64 MiB");
    // A PUT of them all at once is refused too; one replaces the lot.
    let all = format!("[{}]", [&rule[1..rule.len() - 1]; 5].join(","));
    let (status, text) = send("PUT", "/_emulator/responses", all).await;
    assert_eq!(status, 400, "{text}");
    let (status, text) = send("PUT", "/_emulator/responses", rule).await;
    assert_eq!(status, 200, "{text}");
    assert!(text.contains(r#""responses":1"#), "{text}");
}
