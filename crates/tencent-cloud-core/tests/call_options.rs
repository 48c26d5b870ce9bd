//! Per-call options (`rt::Call`, `rt::StreamCall`, `rt::Pages`): region, timeout,
//! language, endpoint and headers override the client's for one call only.

mod common;

use std::time::{Duration, Instant};

use common::{Reply, SECRET_ID, SECRET_KEY, Server, TOKEN, closed_port_url};
use futures_util::StreamExt as _;
use serde_json::{Value, json};
use tencent_cloud_core::rt::{self as rt, Call, CallOptions, Paginate, StreamCall};
use tencent_cloud_core::{Client, ClientConfig, Credential, Error, Language, RequestSpec};

const DESCRIBE: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "DescribeInstances");

fn client_at(url: String) -> Client {
    let config = ClientConfig::builder()
        .endpoint_url(url)
        .region("ap-guangzhou")
        .language(Language::ZhCn)
        .attempt_timeout(Duration::from_secs(5))
        .build()
        .expect("config");
    Client::new(
        config,
        Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN),
    )
    .expect("client")
}

rt::model! {
    pub struct Out: decode {
        total_count: u64 = "TotalCount",
        request_id: String = "RequestId",
    }
}

#[tokio::test]
async fn options_override_the_client_for_one_call_and_stay_signed() {
    let server = Server::start(vec![]).await;
    let c = client_at(server.url());
    let req = json!({"Limit": 1});
    let out: Value = Call::new(&c, DESCRIBE, &req)
        .region("ap-singapore")
        .language(Language::EnUs)
        .header("X-Trace-Id", "trace-42")
        .header("X-TC-TraceId", "ffe0c072")
        .await
        .expect("call");
    assert!(out.get("RequestId").is_some(), "{out}");
    // The next call, without options, is back to the client's settings.
    let _: Value = Call::new(&c, DESCRIBE, &req).await.expect("call");

    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].headers["x-tc-region"], "ap-singapore");
    assert_eq!(reqs[0].headers["x-tc-language"], "en-US");
    assert_eq!(reqs[0].headers["x-trace-id"], "trace-42");
    assert_eq!(reqs[0].headers["x-tc-traceid"], "ffe0c072");
    assert_eq!(reqs[1].headers["x-tc-region"], "ap-guangzhou");
    assert_eq!(reqs[1].headers["x-tc-language"], "zh-CN");
    assert!(!reqs[1].headers.contains_key("x-trace-id"));
    assert!(reqs.iter().all(|r| r.signature_ok), "both calls verify");
}

#[tokio::test]
async fn endpoint_per_call_reaches_a_server_the_client_does_not_know() {
    let server = Server::start(vec![]).await;
    // The client points at a closed port: only the per-call endpoint can succeed.
    let c = client_at(closed_port_url());
    let out: Out = Call::new(&c, DESCRIBE, &json!({}))
        .endpoint_url(server.url())
        .await
        .expect("call through the per-call endpoint");
    assert!(out.request_id.is_some());
    assert_eq!(server.requests().len(), 1);
    assert!(server.requests()[0].signature_ok, "signed for that host");

    let err = Call::<_, Out>::new(&c, DESCRIBE, &json!({}))
        .endpoint_url("ftp://example.com")
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(m) if m.contains("ftp://example.com")),
        "{err:?}"
    );
}

#[tokio::test]
async fn timeout_per_call_is_shorter_than_the_clients() {
    let slow = Reply::Delay(Duration::from_secs(5), Box::new(Reply::ok()));
    let server = Server::start(vec![slow]).await;
    let c = client_at(server.url()); // 5 s per attempt
    let t0 = Instant::now();
    let err = Call::<_, Value>::new(
        &c,
        RequestSpec::new("cvm", "2017-03-12", "RunInstances"),
        &json!({}),
    )
    .attempt_timeout(Duration::from_millis(200))
    .await
    .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(t0.elapsed() < Duration::from_secs(3), "{:?}", t0.elapsed());
}

#[tokio::test]
async fn headers_the_sdk_sets_are_refused_before_sending() {
    let server = Server::start(vec![]).await;
    let c = client_at(server.url());
    for name in [
        "Authorization",
        "host",
        "X-TC-Region",
        "x-tc-action",
        "Content-Type",
    ] {
        let err = Call::<_, Value>::new(&c, DESCRIBE, &json!({}))
            .header(name, "x")
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidInput(m) if m.contains(name)),
            "{name}: {err:?}"
        );
    }
    let err = Call::<_, Value>::new(&c, DESCRIBE, &json!({}))
        .header("bad name", "x")
        .await
        .unwrap_err();
    assert!(matches!(&err, Error::InvalidInput(m) if m.contains("bad name")));
    assert_eq!(server.requests().len(), 0, "nothing was sent");
}

#[tokio::test]
async fn header_values_never_print() {
    let o = CallOptions::new()
        .region("ap-beijing")
        .header("X-Api-Key", "hunter2-secret-value");
    let c = client_at(closed_port_url());
    let req = json!({});
    let call = Call::<_, Value>::new(&c, DESCRIBE, &req).options(o.clone());
    for text in [format!("{o:?}"), format!("{call:?}")] {
        assert!(text.contains("X-Api-Key"), "{text}");
        assert!(text.contains("ap-beijing"), "{text}");
        assert!(!text.contains("hunter2"), "{text}");
    }
    assert_eq!(call.call_options(), &o);
    assert_eq!(call.spec().action, "DescribeInstances");
}

#[tokio::test]
async fn the_future_is_static_and_send_so_it_can_be_spawned() {
    let server = Server::start(vec![]).await;
    let c = client_at(server.url());
    let req = json!({});
    let fut = Call::<_, Out>::new(&c, DESCRIBE, &req)
        .region("ap-shanghai")
        .send();
    drop(req); // encoded already: the future borrows nothing
    let out = tokio::spawn(fut).await.expect("join").expect("call");
    assert!(out.request_id.is_some());
    assert_eq!(server.requests()[0].headers["x-tc-region"], "ap-shanghai");
}

#[tokio::test]
async fn stream_calls_take_options_too() {
    let server = Server::start(vec![Reply::Sse(vec![(
        Duration::ZERO,
        b"data: {\"x\":1}\n\n".to_vec(),
    )])])
    .await;
    let c = client_at(server.url());
    let spec = RequestSpec::new("hunyuan", "2023-09-01", "ChatCompletions");
    let mut events = StreamCall::new(&c, spec, &json!({"Stream": true}))
        .region("ap-beijing")
        .await
        .expect("stream");
    let first = events.next().await.expect("one event").expect("ok");
    assert_eq!(first.data, "{\"x\":1}");
    assert_eq!(server.requests()[0].headers["x-tc-region"], "ap-beijing");
}

rt::model! {
    pub struct ListRequest: encode {
        offset: u64 = "Offset",
    }
    pub struct ListResponse: decode {
        items: Vec<String> = "Items",
        total_count: u64 = "TotalCount",
    }
}

impl Paginate for ListRequest {
    type Output = ListResponse;
    type Item = String;
    fn offset(&self) -> u64 {
        self.offset.unwrap_or(0)
    }
    fn set_offset(&mut self, offset: u64) {
        self.offset = Some(offset);
    }
    fn items(page: ListResponse) -> (Vec<String>, Option<u64>) {
        (page.items.unwrap_or_default(), page.total_count)
    }
}

#[tokio::test]
async fn pages_send_every_page_with_the_options() {
    let page = |ids: &str| {
        Reply::Json(format!(
            r#"{{"Response": {{"Items": [{ids}], "TotalCount": 3, "RequestId": "r"}}}}"#
        ))
    };
    let server = Server::start(vec![page(r#""a","b""#), page(r#""c""#)]).await;
    let c = client_at(server.url());
    let spec = RequestSpec::new("demo", "2020-01-01", "ListThings");
    let items: Vec<String> = rt::Pages::new(c, spec, ListRequest::default())
        .region("ap-hongkong")
        .header("X-Trace-Id", "t1")
        .map(|r| r.expect("item"))
        .collect()
        .await;
    assert_eq!(items, ["a", "b", "c"]);
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    for r in &reqs {
        assert_eq!(r.headers["x-tc-region"], "ap-hongkong");
        assert_eq!(r.headers["x-trace-id"], "t1");
    }
}
