//! Transport, retries, errors, timeouts and SSE against a scripted loopback server.

mod common;

use std::time::{Duration, Instant};

use common::{Reply, SECRET_ID, SECRET_KEY, Server, TOKEN};
use futures_util::StreamExt as _;
use serde_json::{Value, json};
use tencent_cloud_core::sign::Algorithm;
use tencent_cloud_core::{
    Client, ClientConfig, Credential, Error, Language, RequestSpec, RetryPolicy,
};

fn fast_retry(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(20),
        total_deadline: Some(Duration::from_secs(20)),
    }
}

fn client_with(
    server: &Server,
    f: impl FnOnce(tencent_cloud_core::ClientConfigBuilder) -> tencent_cloud_core::ClientConfigBuilder,
) -> Client {
    let builder = ClientConfig::builder()
        .endpoint_url(server.url())
        .region("ap-guangzhou")
        .attempt_timeout(Duration::from_secs(5))
        .retry(fast_retry(3));
    let config = f(builder).build().expect("config");
    Client::new(
        config,
        Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN),
    )
    .expect("client")
}

fn client(server: &Server) -> Client {
    client_with(server, |b| b)
}

const DESCRIBE: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "DescribeInstances");
const RUN: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "RunInstances");

#[tokio::test]
async fn success_is_signed_verifiable_and_decoded() {
    let server = Server::start(vec![Reply::Json(
        r#"{"Response": {"TotalCount": 2, "InstanceSet": [], "RequestId": "abc-123"}}"#.into(),
    )])
    .await;
    let c = client_with(&server, |b| {
        b.language(Language::EnUs)
            .extra_signed_headers(["x-tc-action"])
            .user_agent("my-agent/1")
    });
    let out: Value = c
        .call(
            &DESCRIBE,
            &json!({"Limit": 1, "Filters": [{"Name": "zone", "Values": ["未命名"]}]}),
        )
        .await
        .unwrap();
    assert_eq!(out["TotalCount"], 2);
    assert_eq!(out["RequestId"], "abc-123");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert!(
        r.signature_ok,
        "server could not verify the signature: {:?}",
        r.headers
    );
    assert_eq!(r.headers["x-tc-action"], "DescribeInstances");
    assert_eq!(r.headers["x-tc-version"], "2017-03-12");
    assert_eq!(r.headers["x-tc-region"], "ap-guangzhou");
    assert_eq!(r.headers["x-tc-language"], "en-US");
    assert_eq!(r.headers["x-tc-token"], TOKEN);
    assert_eq!(r.headers["content-type"], "application/json");
    assert_eq!(r.headers["user-agent"], "my-agent/1");
    assert_eq!(r.headers["host"], server.addr.to_string());
    assert!(r.headers["authorization"].contains("SignedHeaders=content-type;host;x-tc-action,"));
    let sent: Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(sent["Filters"][0]["Values"][0], "未命名");

    // send_raw returns exactly the Response object.
    let raw = c
        .send_raw(&DESCRIBE.with_region("ap-beijing"), b"{}".to_vec())
        .await
        .unwrap();
    assert_eq!(&raw[..], br#"{"TotalCount": 1, "RequestId": "req-ok"}"#);
    assert_eq!(server.requests()[1].headers["x-tc-region"], "ap-beijing");
}

#[tokio::test]
async fn throttled_then_ok_even_when_not_idempotent() {
    let server = Server::start(vec![
        Reply::error("RequestLimitExceeded"),
        Reply::error("RequestLimitExceeded.UinLimitExceeded"),
        Reply::ok(),
    ])
    .await;
    let out: Value = client(&server).call(&RUN, &json!({})).await.unwrap();
    assert_eq!(out["RequestId"], "req-ok");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 3);
    assert!(reqs.iter().all(|r| r.signature_ok));
}

#[tokio::test]
async fn throttled_forever_stops_after_max_attempts() {
    let server = Server::start(vec![Reply::error("RequestLimitExceeded"); 10]).await;
    let err = client(&server)
        .call::<_, Value>(&RUN, &json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("RequestLimitExceeded"));
    assert_eq!(err.request_id(), Some("req-err"));
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn connection_reset_retried_only_when_safe() {
    let server = Server::start(vec![Reply::Reset, Reply::ok()]).await;
    let out: Value = client(&server)
        .call(&DESCRIBE.idempotent(true), &json!({}))
        .await
        .unwrap();
    assert_eq!(out["RequestId"], "req-ok");
    assert_eq!(server.requests().len(), 2);

    let server = Server::start(vec![Reply::Reset, Reply::ok()]).await;
    let err = client(&server)
        .call::<_, Value>(&RUN, &json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(
        std::error::Error::source(&err).is_some(),
        "source chain kept"
    );
    assert_eq!(server.requests().len(), 1);

    // A ClientToken makes the request safe to repeat.
    let server = Server::start(vec![Reply::Reset, Reply::ok()]).await;
    client(&server)
        .call::<_, Value>(&RUN, &json!({"ClientToken": "ct-1", "InstanceCount": 1}))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn http_503_retried_when_safe() {
    let page = "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>";
    let server = Server::start(vec![Reply::status(503, "text/html", page), Reply::ok()]).await;
    client(&server)
        .call::<_, Value>(&DESCRIBE.idempotent(true), &json!({}))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = Server::start(vec![Reply::status(503, "text/html", page); 5]).await;
    let err = client(&server)
        .call::<_, Value>(&RUN, &json!({}))
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            status, snippet, ..
        } => {
            assert_eq!(*status, 503);
            assert!(snippet.starts_with("<html>"), "{snippet}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn internal_error_retried_when_safe_auth_and_param_errors_never() {
    let server = Server::start(vec![Reply::error("InternalError"), Reply::ok()]).await;
    client(&server)
        .call::<_, Value>(&DESCRIBE.idempotent(true), &json!({}))
        .await
        .unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = Server::start(vec![Reply::error("InternalError"), Reply::ok()]).await;
    let err = client(&server)
        .call::<_, Value>(&RUN, &json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("InternalError"));
    assert_eq!(server.requests().len(), 1);

    for code in [
        "AuthFailure.SignatureFailure",
        "AuthFailure.SignatureExpire",
        "InvalidParameterValue.Limit",
        "MissingParameter",
    ] {
        let server = Server::start(vec![Reply::error(code), Reply::ok()]).await;
        let err = client(&server)
            .call::<_, Value>(&DESCRIBE.idempotent(true), &json!({}))
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some(code));
        assert_eq!(
            err.to_string(),
            format!("{code}: scripted {code} (RequestId: req-err)")
        );
        assert_eq!(server.requests().len(), 1, "{code} must not be retried");
    }
}

#[tokio::test]
async fn slow_response_times_out_within_bounds() {
    let slow = Reply::Delay(Duration::from_secs(5), Box::new(Reply::ok()));
    let server = Server::start(vec![slow.clone(), slow.clone(), slow]).await;
    let c = client_with(&server, |b| {
        b.attempt_timeout(Duration::from_millis(300))
            .retry(fast_retry(2))
    });
    let t0 = Instant::now();
    let err = c
        .call::<_, Value>(&DESCRIBE.idempotent(true), &json!({}))
        .await
        .unwrap_err();
    let took = t0.elapsed();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(server.requests().len(), 2, "idempotent: one retry");
    assert!(
        took >= Duration::from_millis(600) && took < Duration::from_secs(3),
        "{took:?}"
    );

    // Not idempotent: one attempt only.
    let server = Server::start(vec![Reply::Delay(
        Duration::from_secs(5),
        Box::new(Reply::ok()),
    )])
    .await;
    let c = client_with(&server, |b| b.attempt_timeout(Duration::from_millis(200)));
    let err = c.call::<_, Value>(&RUN, &json!({})).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn total_deadline_bounds_the_whole_call() {
    let server = Server::start(vec![Reply::error("RequestLimitExceeded"); 100]).await;
    let policy = RetryPolicy {
        max_attempts: 100,
        initial_backoff: Duration::from_millis(50),
        max_backoff: Duration::from_millis(100),
        total_deadline: Some(Duration::from_millis(400)),
    };
    let c = client_with(&server, |b| b.retry(policy));
    let t0 = Instant::now();
    let err = c.call::<_, Value>(&RUN, &json!({})).await.unwrap_err();
    // Either the last throttling error (no time left for another wait) or, when the
    // deadline falls inside an attempt, a timeout.
    assert!(
        err.code() == Some("RequestLimitExceeded") || matches!(err, Error::Timeout { .. }),
        "{err:?}"
    );
    assert!(
        t0.elapsed() < Duration::from_millis(1500),
        "{:?}",
        t0.elapsed()
    );
    let n = server.requests().len();
    assert!((2..100).contains(&n), "{n} attempts");
}

#[tokio::test]
async fn html_and_truncated_bodies_are_decode_errors() {
    let server = Server::start(vec![Reply::status(
        200,
        "text/html",
        "<!DOCTYPE html><html>login page</html>",
    )])
    .await;
    let err = client(&server)
        .call::<_, Value>(&DESCRIBE.idempotent(true), &json!({}))
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            status: 200,
            snippet,
            ..
        } => assert!(snippet.contains("login page")),
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("<!DOCTYPE html>"), "{err}");
    assert_eq!(server.requests().len(), 1, "a 200 HTML page is not retried");

    let cut = r#"{"Response": {"TotalCount": 3, "InstanceSet": [{"InstanceId": "ins-1"#;
    let server = Server::start(vec![Reply::status(200, "application/json", cut)]).await;
    let err = client(&server)
        .call::<_, Value>(&DESCRIBE, &json!({}))
        .await
        .unwrap_err();
    match &err {
        Error::Decode {
            reason, snippet, ..
        } => {
            assert_eq!(reason, "truncated JSON");
            assert_eq!(snippet, cut);
        }
        other => panic!("{other:?}"),
    }
    assert!(std::error::Error::source(&err).is_some());

    // Body shorter than its Content-Length, then the connection closes.
    let server = Server::start(vec![Reply::Raw {
        status: 200,
        content_type: "application/json",
        body: cut.as_bytes().to_vec(),
        declared_len: Some(4096),
    }])
    .await;
    let err = client(&server)
        .call::<_, Value>(&RUN, &json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
}

#[tokio::test]
async fn output_type_mismatch_is_a_decode_error() {
    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Out {
        #[serde(rename = "TotalCount")]
        total: String,
    }
    let server = Server::start(vec![]).await;
    let err = client(&server)
        .call::<_, Out>(&DESCRIBE, &json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    let config = ClientConfig::builder()
        .endpoint_url(common::closed_port_url())
        .retry(fast_retry(2))
        .build()
        .unwrap();
    let c = Client::new(config, Credential::new(SECRET_ID, SECRET_KEY)).unwrap();
    let err = c
        .call::<_, Value>(&DESCRIBE.idempotent(true), &json!({}))
        .await
        .unwrap_err();
    match &err {
        Error::Transport { message, .. } => {
            assert!(message.contains("cannot connect"), "{message}")
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn connections_are_kept_alive_and_reused() {
    let server = Server::start(vec![]).await;
    let c = client(&server);
    for _ in 0..25 {
        c.call::<_, Value>(&DESCRIBE, &json!({"Limit": 1}))
            .await
            .unwrap();
    }
    assert_eq!(server.requests().len(), 25);
    assert_eq!(server.connections(), 1);
    // Signed with the cached day key every time, and still verifiable.
    assert!(server.requests().iter().all(|r| r.signature_ok));
}

#[tokio::test]
async fn v1_signing_over_the_wire_and_each_retry_is_signed_afresh() {
    for alg in [Algorithm::HmacSha256, Algorithm::HmacSha1] {
        let server = Server::start(vec![Reply::error("RequestLimitExceeded"), Reply::ok()]).await;
        let c = client_with(&server, |b| b.algorithm(alg));
        c.call::<_, Value>(
            &DESCRIBE,
            &json!({"Limit": 2, "Filters": [{"Name": "zone", "Values": ["a b&c"]}]}),
        )
        .await
        .unwrap();
        let reqs = server.requests();
        assert_eq!(reqs.len(), 2);
        for r in &reqs {
            assert!(
                r.signature_ok,
                "{alg:?}: {}",
                String::from_utf8_lossy(&r.body)
            );
            assert_eq!(
                r.headers["content-type"],
                "application/x-www-form-urlencoded"
            );
            let body = String::from_utf8_lossy(&r.body);
            assert!(body.contains("Filters.0.Values.0=a+b%26c"), "{body}");
            assert!(body.contains(&format!("SignatureMethod={}", alg.as_str())));
        }
        let nonce = |r: &common::Recorded| {
            String::from_utf8_lossy(&r.body)
                .split('&')
                .find(|kv| kv.starts_with("Nonce="))
                .map(str::to_owned)
        };
        assert_ne!(
            nonce(&reqs[0]),
            nonce(&reqs[1]),
            "retry must be signed again"
        );
    }
}

#[tokio::test]
async fn sse_events_are_parsed_across_chunks() {
    let ms = Duration::from_millis;
    let server = Server::start(vec![Reply::Sse(vec![
        (
            ms(0),
            b": ping\r\n\r\ndata: {\"Choices\":[{\"Delta\":{\"Content\":\"\xe4\xbd".to_vec(),
        ),
        (
            ms(20),
            b"\xa0\"}}]}\r\n\r\nevent: message\r\nid: 2\r\ndata: line1\r".to_vec(),
        ),
        (ms(20), b"\ndata: line2\r\n\r\ndata: [DONE]\n\n".to_vec()),
    ])])
    .await;
    let c = client(&server);
    let spec = RequestSpec::new("hunyuan", "2023-09-01", "ChatCompletions");
    let mut stream = c
        .call_stream(&spec, br#"{"Stream": true}"#.to_vec())
        .await
        .unwrap();
    let mut events = Vec::new();
    while let Some(ev) = stream.next().await {
        events.push(ev.unwrap());
    }
    assert_eq!(events.len(), 3, "{events:?}");
    let first: Value = events[0].json().unwrap();
    assert_eq!(first["Choices"][0]["Delta"]["Content"], "你");
    assert_eq!(events[1].event.as_deref(), Some("message"));
    assert_eq!(events[1].id.as_deref(), Some("2"));
    assert_eq!(events[1].data, "line1\nline2");
    assert_eq!(events[2].data, "[DONE]");
    assert!(server.requests()[0].signature_ok);
}

#[tokio::test]
async fn sse_call_answered_with_json() {
    let server = Server::start(vec![
        Reply::error("FailedOperation.EngineError"),
        Reply::ok(),
    ])
    .await;
    let c = client(&server);
    let spec = RequestSpec::new("hunyuan", "2023-09-01", "ChatCompletions");
    let err = c.call_stream(&spec, b"{}".to_vec()).await.unwrap_err();
    assert_eq!(err.code(), Some("FailedOperation.EngineError"));
    let mut stream = c.call_stream(&spec, b"{}".to_vec()).await.unwrap();
    let only = stream.next().await.unwrap().unwrap();
    assert_eq!(only.data, r#"{"TotalCount": 1, "RequestId": "req-ok"}"#);
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn sse_idle_stream_times_out() {
    let server = Server::start(vec![Reply::Sse(vec![
        (Duration::ZERO, b"data: first\n\n".to_vec()),
        (Duration::from_secs(5), b"data: too late\n\n".to_vec()),
    ])])
    .await;
    let c = client_with(&server, |b| b.attempt_timeout(Duration::from_millis(300)));
    let spec = RequestSpec::new("hunyuan", "2023-09-01", "ChatCompletions");
    let mut stream = c.call_stream(&spec, b"{}".to_vec()).await.unwrap();
    assert_eq!(stream.next().await.unwrap().unwrap().data, "first");
    let t0 = Instant::now();
    let err = stream.next().await.unwrap().unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(t0.elapsed() < Duration::from_secs(2));
    assert!(stream.next().await.is_none());
}

#[tokio::test]
async fn bad_input_is_rejected_before_sending() {
    let server = Server::start(vec![]).await;
    let c = client_with(&server, |b| b.algorithm(Algorithm::HmacSha256));
    let err = c
        .send_raw(&DESCRIBE, b"not json".to_vec())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    let c = client(&server);
    let err = c
        .send_raw(
            &RequestSpec::new("cvm", "2017-03-12", "Bad\nAction"),
            b"{}".to_vec(),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    assert!(server.requests().is_empty());
    assert!(matches!(
        Client::new(
            ClientConfig::builder().build().unwrap(),
            Credential::new("", "k")
        ),
        Err(Error::Credentials(_))
    ));
}

#[tokio::test]
async fn requests_go_through_the_configured_proxy() {
    // The scripted server plays an HTTP proxy: it receives the absolute-form request for
    // a host that does not resolve, and answers it.
    let proxy = Server::start(vec![]).await;
    let config = ClientConfig::builder()
        .endpoint_url("http://cvm.proxied.invalid")
        .proxy(proxy.url())
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let c = Client::new(config, Credential::new(SECRET_ID, SECRET_KEY)).unwrap();
    let out: Value = c.call(&DESCRIBE, &json!({})).await.unwrap();
    assert_eq!(out["RequestId"], "req-ok");
    let reqs = proxy.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].headers["host"], "cvm.proxied.invalid");
    assert!(reqs[0].signature_ok);
}
