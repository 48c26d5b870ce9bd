//! The secret key and the session token never show up in TRACE-level tracing output,
//! in `Debug` / `Display` of any public type, or in errors — even when a server echoes
//! them back.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{Reply, SECRET_ID, SECRET_KEY, Server, TOKEN};
use futures_util::StreamExt as _;
use serde_json::{Value, json};
use tencent_cloud_core::sign::{Algorithm, tc3, v1};
use tencent_cloud_core::{Client, ClientConfig, Credential, Language, RequestSpec, RetryPolicy};

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
        .attempt_timeout(Duration::from_millis(500))
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
        Reply::ok(),
        Reply::error("RequestLimitExceeded"),
        Reply::ok(),
        Reply::Json(echo),
        Reply::status(502, "text/html", &html_echo),
        Reply::status(502, "text/html", &html_echo),
        Reply::Sse(vec![(Duration::ZERO, b"data: {\"x\":1}\n\n".to_vec())]),
        Reply::Delay(Duration::from_secs(3), Box::new(Reply::ok())),
        Reply::Delay(Duration::from_secs(3), Box::new(Reply::ok())),
        Reply::ok(),
        Reply::error("InternalError"),
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
    let mut results: Vec<Result<Value, tencent_cloud_core::Error>> = Vec::new();
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

/// The credential providers: no secret in their `Debug`, their errors (malformed files,
/// servers echoing secrets, truncated responses) or TRACE-level traces.
#[tokio::test]
async fn credential_providers_never_leak_secrets() {
    use common::{Http, now_secs, sts_body, write};
    use tencent_cloud_core::credentials::{
        AssumeRoleProvider, CvmRoleProvider, DefaultChain, Env, EnvironmentProvider, LazyCache,
        ProvideCredentials, TccliProfileProvider,
    };

    const FILE_KEY: &str = "file-SECRET-KEY-0001";
    const LOGIN: &str = "sso-LOGIN-TOKEN-0002";
    const TMP_KEY: &str = "tmp-SECRET-KEY-0003";
    const TMP_TOKEN: &str = "tmp-SESSION-TOKEN-0004";
    const ENV_KEY: &str = "env-SECRET-KEY-0005";

    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    // Thread-local: the current-thread runtime runs every task of this test here.
    let _guard = tracing::subscriber::set_default(subscriber);
    let mut texts: Vec<String> = Vec::new();
    let record = |texts: &mut Vec<String>,
                  r: Result<
        tencent_cloud_core::credentials::Credentials,
        tencent_cloud_core::Error,
    >| {
        match r {
            Ok(c) => texts.push(format!("{c:?}")),
            Err(e) => {
                texts.push(format!("{e} {e:?}"));
                let mut src = std::error::Error::source(&e);
                while let Some(s) = src {
                    texts.push(format!("{s:?} {s}"));
                    src = s.source();
                }
            }
        }
    };

    // Servers that echo secrets back or cut responses short.
    let truncated = sts_body("AKIDtmp", TMP_KEY, TMP_TOKEN, now_secs() + 3600, true);
    let cut = truncated[..truncated.len() - 20].to_owned();
    let sts = Http::start(move |req| {
        let body = String::from_utf8_lossy(&req.body).into_owned();
        if body.contains("echo") {
            Reply::json(format!(
                r#"{{"Response": {{"Error": {{"Code": "InvalidParameter", "Message": "bad key {FILE_KEY}"}}, "RequestId": "r"}}}}"#
            ))
        } else {
            Reply::json(cut.clone())
        }
    })
    .await;
    let sso = Http::start(|_| {
        Reply::json(format!(
            r#"{{"Error": {{"Code": "InvalidToken", "Message": "login token {LOGIN} expired"}}}}"#
        ))
    })
    .await;
    let md = Http::start(|req| {
        if req.path.ends_with("/security-credentials/") {
            Reply::json("role")
        } else {
            Reply::json(format!(
                r#"{{"TmpSecretId": "AKID", "TmpSecretKey": "{TMP_KEY}", "Token": 5, "ExpiredTime": 1, "Code": "Success"}}"#
            ))
        }
    })
    .await;

    let home = tempfile::tempdir().unwrap();
    let cred_path = home.path().join(".tccli/default.credential");
    let env = Env::empty()
        .with_home(home.path())
        .with_var("TENCENTCLOUD_SECRET_KEY", ENV_KEY);
    texts.push(format!("{env:?}"));

    // Malformed tccli files with secrets in them.
    for text in [
        format!(r#"{{"secretId": ["{FILE_KEY}"], "secretKey": "{FILE_KEY}"}}"#),
        format!(
            r#"{{"secretId": "AKID", "secretKey": "{FILE_KEY}", "token": {{"x": "{FILE_KEY}"}}}}"#
        ),
        format!(r#"{{"secretId": "AKID", "secretKey": "{FILE_KEY}"#),
        format!(
            r#"{{"type": "sso", "secretId": "AKID", "secretKey": "{FILE_KEY}", "token": "t", "expiresAt": 1, "sso": {{"token": "{LOGIN}", "uin": 1, "roleConfigurationId": 2, "roleConfigurationName": "n", "zoneId": "z", "site": "cn", "expiresAt": {}}}}}"#,
            now_secs() + 40_000
        ),
    ] {
        write(&cred_path, &text);
        let p = TccliProfileProvider::new(env.clone()).sso_endpoint(sso.url());
        texts.push(format!("{p:?}"));
        record(&mut texts, p.provide_credentials().await);
    }
    // STS echoing the source key, and a truncated answer holding temporary secrets.
    for session in ["echo", "cut"] {
        let p = AssumeRoleProvider::new(
            Credential::new(SECRET_ID, FILE_KEY),
            "qcs::cam::uin/1:roleName/r",
        )
        .session_name(session)
        .endpoint(sts.url());
        texts.push(format!("{p:?}"));
        record(&mut texts, p.provide_credentials().await);
    }
    // Metadata with a wrong-typed token next to the secret key.
    let cvm = CvmRoleProvider::new().endpoint(md.url());
    record(&mut texts, cvm.provide_credentials().await);
    // The environment and a cache that served them; a chain, a config, a client.
    let full = env
        .clone()
        .with_var("TENCENTCLOUD_SECRET_ID", "AKIDenv")
        .with_var("TENCENTCLOUD_TOKEN", TMP_TOKEN);
    let cache = LazyCache::new(EnvironmentProvider::new(full.clone()));
    record(&mut texts, cache.provide_credentials().await);
    texts.push(format!("{cache:?}"));
    texts.push(format!(
        "{:?}",
        DefaultChain::builder().env(full.clone()).build()
    ));
    let cfg = tencent_cloud_core::SdkConfig::loader()
        .env(full)
        .load()
        .await
        .unwrap();
    texts.push(format!("{cfg:?}"));
    let client = Client::from_config(&cfg).unwrap();
    texts.push(format!("{client:?}"));
    record(&mut texts, client.credentials().await.map(|c| c.unwrap()));

    let traces = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(traces.contains("credentials loaded"), "{traces}");
    texts.push(traces);
    // The checks above really produced errors.
    assert!(texts.iter().any(|t| t.contains("InvalidParameter")));
    assert!(texts.iter().any(|t| t.contains("InvalidToken")));
    assert!(texts.iter().any(|t| t.contains("truncated JSON")));
    for (i, text) in texts.iter().enumerate() {
        for secret in [FILE_KEY, LOGIN, TMP_KEY, TMP_TOKEN, ENV_KEY] {
            assert!(
                !text.contains(secret),
                "text #{i} leaks {secret:?}:\n{text}"
            );
        }
    }
}
