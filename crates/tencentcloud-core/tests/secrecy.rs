//! The secret key and the session token never show up in TRACE-level tracing output,
//! in `Debug` / `Display` of any public type, or in errors — even when a server echoes
//! them back.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{Action, SECRET_ID, SECRET_KEY, Server, TOKEN};
use futures_util::StreamExt as _;
use serde_json::{Value, json};
use tencentcloud_core::sign::{Algorithm, tc3, v1};
use tencentcloud_core::{Client, ClientConfig, Credential, Language, RequestSpec, RetryPolicy};

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn config(server: &Server, algorithm: Algorithm, proxy: bool) -> ClientConfig {
    let mut b = ClientConfig::builder();
    if proxy {
        b = b.proxy("http://proxyuser:proxy-password@127.0.0.1:9");
    }
    b.endpoint_url(server.url())
        .region("ap-guangzhou")
        .language(Language::ZhCn)
        .timeout(Duration::from_millis(500))
        .algorithm(algorithm)
        .extra_signed_headers(if algorithm == Algorithm::Tc3HmacSha256 {
            vec!["x-tc-action", "x-tc-token"]
        } else {
            vec![]
        })
        .retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(5),
            total_deadline: None,
        })
        .build()
        .unwrap()
}

#[tokio::test]
async fn secrets_never_appear_in_traces_debug_or_errors() {
    let capture = Capture::default();
    let writer = capture.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .try_init()
        .expect("install subscriber");

    let mut texts: Vec<String> = Vec::new();
    let echo = format!(
        r#"{{"Response": {{"Error": {{"Code": "AuthFailure.SignatureFailure", "Message": "expected key {SECRET_KEY} token {TOKEN}"}}, "RequestId": "r-echo"}}}}"#
    );
    let html_echo = format!("<html>debug: X-TC-Token={TOKEN} key={SECRET_KEY}</html>");
    let server = Server::start(vec![
        Action::ok(),
        Action::error("RequestLimitExceeded"),
        Action::ok(),
        Action::Json(echo),
        Action::status(502, "text/html", &html_echo),
        Action::status(502, "text/html", &html_echo),
        Action::Sse(vec![(Duration::ZERO, b"data: {\"x\":1}\n\n".to_vec())]),
        Action::Delay(Duration::from_secs(3), Box::new(Action::ok())),
        Action::Delay(Duration::from_secs(3), Box::new(Action::ok())),
        Action::ok(),
        Action::error("InternalError"),
    ])
    .await;
    // Loopback calls go without the proxy; the proxied config is only printed.
    texts.push(format!(
        "{:?}",
        config(&server, Algorithm::Tc3HmacSha256, true)
    ));
    let no_proxy = |algorithm| config(&server, algorithm, false);
    let cred = Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN);
    let cfg = no_proxy(Algorithm::Tc3HmacSha256);
    let client = Client::new(cfg, cred.clone()).unwrap();
    texts.push(format!("{client:?}"));
    texts.push(format!("{cred:?}"));
    texts.push(format!("{:?} {}", cred.secret_key, cred.secret_key));

    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeInstances").idempotent(true);
    let mut results: Vec<Result<Value, tencentcloud_core::Error>> = Vec::new();
    results.push(client.call(&spec, &json!({"Limit": 1})).await); // ok
    results.push(client.call(&spec, &json!({})).await); // throttled, retried, ok
    results.push(client.call(&spec, &json!({})).await); // service error echoing secrets
    results.push(client.call(&spec, &json!({})).await); // 502 HTML echoing secrets, twice
    let chat = RequestSpec::new("hunyuan", "2023-09-01", "ChatCompletions");
    let mut stream = client
        .call_stream(&chat, b"{\"Stream\":true}".to_vec())
        .await
        .unwrap();
    texts.push(format!("{stream:?}"));
    while let Some(ev) = stream.next().await {
        texts.push(format!("{ev:?}"));
    }
    results.push(client.call(&spec, &json!({})).await); // timeout, twice

    let v1_client = Client::new(no_proxy(Algorithm::HmacSha256), cred.clone()).unwrap();
    results.push(v1_client.call(&spec, &json!({"Limit": 1})).await); // ok
    results.push(v1_client.call(&spec, &json!({})).await); // InternalError, retried, ok

    let mut ok = 0;
    for r in &results {
        match r {
            Ok(v) => {
                ok += 1;
                texts.push(format!("{v:?}"));
            }
            Err(e) => {
                texts.push(format!("{e:?}"));
                texts.push(format!("{e}"));
                let mut src = std::error::Error::source(e);
                while let Some(s) = src {
                    texts.push(format!("{s:?} {s}"));
                    src = s.source();
                }
            }
        }
    }
    assert_eq!(ok, 4, "{results:?}");
    assert_eq!(server.requests().len(), 12);
    assert!(server.requests().iter().all(|r| r.signature_ok));

    // Signing outputs and keys.
    let mut req = tc3::SigningRequest::new(
        &cred,
        "cvm",
        "cvm.tencentcloudapi.com",
        "A",
        "2017-03-12",
        1_700_000_000,
    );
    req.extra_signed_headers = &["x-tc-token"];
    texts.push(format!("{:?}", tc3::sign(&req).unwrap()));
    texts.push(format!("{req:?}"));
    texts.push(format!(
        "{:?}",
        tc3::SigningKey::derive(SECRET_KEY, "2024-01-01", "cvm")
    ));
    let v1_req = v1::SigningRequest::new(
        &cred,
        "cvm.tencentcloudapi.com",
        "A",
        "2017-03-12",
        1_700_000_000,
        1,
        &[],
    );
    texts.push(format!("{:?}", v1::sign(&v1_req).unwrap()));
    texts.push(format!("{v1_req:?}"));

    let traces = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    // The capture works and is at TRACE level: it saw our spans and retries.
    assert!(traces.contains("tencentcloud.request"), "{traces}");
    assert!(traces.contains("DescribeInstances"));
    assert!(traces.contains("retrying"));
    assert!(traces.contains("request_id"));
    if std::env::var_os("SHOW_TRACES").is_some() {
        eprintln!("{traces}");
    }
    texts.push(traces);

    for (i, text) in texts.iter().enumerate() {
        for secret in [SECRET_KEY, TOKEN, "proxy-password"] {
            assert!(
                !text.contains(secret),
                "text #{i} leaks {secret:?}:\n{text}"
            );
        }
    }
}
