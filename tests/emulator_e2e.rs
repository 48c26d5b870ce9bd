//! Generated clients end to end against the in-process emulator (real HTTP, real TC3
//! signatures checked by the emulator with the core's own stages): cvm DescribeRegions,
//! paginators over the examples' lists, faceid, hunyuan streaming (SSE), typed errors for a
//! wrong key, and bounded retries against injected faults.

use std::time::Duration;

use futures_util::StreamExt;
use serde_json::Value;
use tencent_cloud_core::testing::{Reply, Server};
use tencent_cloud_core::{ClientConfig, Credential, Error, RetryPolicy};
use tencent_cloud_emulator::{Emulator, RunningEmulator, faults::parse_rules};
use tencent_cloud_spec::ExampleOutput;

const ID: &str = "AKIDe2eEXAMPLE";
const KEY: &str = "e2e-secret-key";

#[path = "shared.rs"]
mod shared;
use shared::{example, fast_retry, release};

async fn emulator() -> RunningEmulator {
    shared::emulator(ID, KEY).await
}

async fn core_client(url: &str, key: &str) -> tencent_cloud_core::Client {
    shared::env_client(url, ID, key).await
}

#[tokio::test]
async fn cvm_describe_regions_gets_the_example() {
    use tencent_cloud_cvm::v20170312::{Client, DescribeRegionsRequest};
    let emu = emulator().await;
    let cvm = Client::new(core_client(&emu.url(), KEY).await);
    let got = cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .await
        .expect("DescribeRegions");
    let want = example("cvm", "v20170312", "DescribeRegions");
    let regions = got.region_set.expect("RegionSet");
    let want_regions = want["RegionSet"].as_array().expect("regions");
    assert_eq!(regions.len(), want_regions.len());
    for (g, w) in regions.iter().zip(want_regions) {
        assert_eq!(g.region.as_deref(), w["Region"].as_str());
        assert_eq!(g.region_name.as_deref(), w["RegionName"].as_str());
    }
    assert_eq!(got.total_count, want["TotalCount"].as_u64());
    // A fresh request id, not the example's.
    let rid = got.request_id.expect("RequestId");
    assert_ne!(Some(rid.as_str()), want["RequestId"].as_str());
    assert_eq!(emu.requests()[0].request_id, rid);
}

#[tokio::test]
async fn cvm_describe_instances_paginator_gets_the_example_instances_once() {
    use tencent_cloud_cvm::v20170312::{Client, DescribeInstancesRequest};
    let emu = emulator().await;
    let cvm = Client::new(core_client(&emu.url(), KEY).await);
    let want = example("cvm", "v20170312", "DescribeInstances");
    let set = want["InstanceSet"].as_array().expect("set");
    assert!(!set.is_empty(), "the example lists instances");
    // Whatever TotalCount the example claims (3.0.1217.1 said 2 beside one instance),
    // the emulator pages over the instances it has: the paginator sees each once, one
    // page each at Limit 1, and stops.
    let mut request = DescribeInstancesRequest::default();
    request.limit = Some(1);
    let items: Vec<_> = cvm.describe_instances_pages(request).collect().await;
    assert_eq!(items.len(), set.len());
    for (got, want) in items.iter().zip(set) {
        let got = got.as_ref().expect("instance");
        assert_eq!(got.instance_id.as_deref(), want["InstanceId"].as_str());
    }
    let offsets: Vec<i64> = emu
        .requests()
        .iter()
        .map(|r| r.params["Offset"].as_i64().expect("offset"))
        .collect();
    let want_offsets: Vec<i64> = (0..set.len() as i64).collect();
    assert_eq!(offsets, want_offsets);
}

#[tokio::test]
async fn paginator_walks_the_pages_of_a_long_example() {
    use tencent_cloud_tag::v20180813::{Client, DescribeTagKeysRequest};
    let emu = emulator().await;
    let tag = Client::new(core_client(&emu.url(), KEY).await);
    let want = example("tag", "v20180813", "DescribeTagKeys");
    let keys: Vec<&str> = want["Tags"]
        .as_array()
        .expect("Tags")
        .iter()
        .map(|k| k.as_str().expect("key"))
        .collect();
    // Pages of about a third of the list, so that there are several (the
    // example has 9 keys in 3.0.1217.1, 2 in 3.1.189.1).
    let n = keys.len() as i64;
    assert!(n >= 2, "{keys:?}");
    let limit = (n + 2) / 3;
    let mut request = DescribeTagKeysRequest::default();
    request.limit = Some(limit as u64);
    let items: Vec<String> = tag
        .describe_tag_keys_pages(request)
        .map(|r| r.expect("tag key"))
        .collect()
        .await;
    assert_eq!(items, keys);
    let pages: Vec<(i64, i64)> = emu
        .requests()
        .iter()
        .map(|r| {
            let n = |k: &str| r.params[k].as_i64().expect(k);
            (n("Offset"), n("Limit"))
        })
        .collect();
    let want_pages: Vec<(i64, i64)> = (0..n).step_by(limit as usize).map(|o| (o, limit)).collect();
    assert!(want_pages.len() >= 2);
    assert_eq!(pages, want_pages);

    // One page by hand: the slice, and TotalCount the length of the whole list.
    let mut request = DescribeTagKeysRequest::default();
    request.offset = Some((n - 1) as u64);
    request.limit = Some(limit as u64);
    let page = tag.describe_tag_keys(&request).await.expect("page");
    assert_eq!(
        page.tags.as_deref(),
        Some(&[keys[keys.len() - 1].to_owned()][..])
    );
    assert_eq!(page.total_count, Some(n as u64));
}

#[tokio::test]
async fn faceid_detect_auth_gets_the_example() {
    use tencent_cloud_faceid::v20180301::{Client, DetectAuthRequest};
    let emu = emulator().await;
    let faceid = Client::new(core_client(&emu.url(), KEY).await);
    let mut request = DetectAuthRequest::default();
    request.rule_id = Some("0".into());
    let got = faceid.detect_auth(&request).await.expect("DetectAuth");
    let want = example("faceid", "v20180301", "DetectAuth");
    assert_eq!(got.biz_token.as_deref(), want["BizToken"].as_str());
    assert_eq!(got.url.as_deref(), want["Url"].as_str());
    assert_eq!(emu.requests()[0].service, "faceid");

    // The same action without its required RuleId: the typed MissingParameter error.
    let e = faceid
        .detect_auth(&DetectAuthRequest::default())
        .await
        .expect_err("RuleId is required");
    match e {
        Error::Service { code, message, .. } => {
            assert_eq!(code, "MissingParameter");
            assert!(message.contains("RuleId"), "{message}");
        }
        other => panic!("expected a service error, got {other:?}"),
    }
}

/// A one-message hunyuan chat, streamed. `ChatCompletions` is deprecated
/// upstream (预下线) in 3.1.x, still callable, and the action whose examples
/// are event streams.
#[allow(deprecated)]
async fn chat_stream(emu: &RunningEmulator) -> tencent_cloud_core::rt::EventStream {
    use tencent_cloud_hunyuan::v20230901::{ChatCompletionsRequest, Client, Message};
    let mut message = Message::default();
    message.role = Some("user".into());
    message.content = Some("hello".into());
    let mut request = ChatCompletionsRequest::default();
    request.model = Some("hunyuan-pro".into());
    request.messages = Some(vec![message]);
    Client::new(core_client(&emu.url(), KEY).await)
        .chat_completions_stream(&request)
        .await
        .expect("stream")
}

#[tokio::test]
async fn hunyuan_chat_completions_streams_the_example_events() {
    use tencent_cloud_hunyuan::v20230901::ChatCompletionsResponse;
    let emu = emulator().await;
    let mut stream = chat_stream(&emu).await;
    let mut events = Vec::new();
    while let Some(event) = stream.next().await {
        events.push(event.expect("event"));
    }
    let want = release()
        .api_version("hunyuan", "v20230901")
        .expect("hunyuan")
        .examples_of("ChatCompletions")
        .iter()
        .find_map(|e| match &e.output {
            Ok(ExampleOutput::EventStream(ev)) => Some(ev.clone()),
            _ => None,
        })
        .expect("a streamed example");
    assert_eq!(events.len(), want.len());
    for (got, want) in events.iter().zip(&want) {
        let got: Value = got.json().expect("JSON event");
        assert_eq!(&got, want);
    }
    let first: ChatCompletionsResponse =
        tencent_cloud_core::rt::decode_event(&events[0]).expect("typed event");
    assert!(first.choices.is_some());
    assert_eq!(emu.requests()[0].params["Stream"], true);
}

#[tokio::test]
async fn hunyuan_stream_arrives_event_by_event() {
    let interval = Duration::from_millis(40);
    let emu = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .stream_interval(interval)
        .start()
        .await
        .expect("emulator");
    let mut stream = chat_stream(&emu).await;
    let mut arrivals = Vec::new();
    while let Some(event) = stream.next().await {
        event.expect("event");
        arrivals.push(std::time::Instant::now());
    }
    assert!(arrivals.len() >= 2, "{} events", arrivals.len());
    // Sent as one body, every event would arrive at once.
    let spread = arrivals[arrivals.len() - 1] - arrivals[0];
    let least = interval * (arrivals.len() as u32 - 1);
    assert!(
        spread + Duration::from_millis(20) >= least,
        "{} events over {spread:?}",
        arrivals.len()
    );
}

#[tokio::test]
async fn wrong_key_is_a_typed_signature_failure() {
    use tencent_cloud_cvm::v20170312::{Client, DescribeRegionsRequest};
    let emu = emulator().await;
    let cvm = Client::new(core_client(&emu.url(), "not-the-key").await);
    let e = cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .await
        .expect_err("wrong key");
    match e {
        Error::Service {
            code, request_id, ..
        } => {
            assert_eq!(code, "AuthFailure.SignatureFailure");
            assert!(!request_id.is_empty());
        }
        other => panic!("expected a service error, got {other:?}"),
    }
    // Authentication failures are not retried.
    assert_eq!(emu.requests().len(), 1);
}

fn cvm_with_retry(url: &str, retry: RetryPolicy) -> tencent_cloud_cvm::v20170312::Client {
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(url)
        .retry(retry)
        .attempt_timeout(Duration::from_secs(5))
        .build()
        .expect("config");
    tencent_cloud_cvm::v20170312::Client::new(
        tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
    )
}

#[tokio::test]
async fn retries_against_faults_end_in_success_or_the_typed_error() {
    use tencent_cloud_cvm::v20170312::DescribeRegionsRequest;
    let emu = emulator().await;
    let cvm = cvm_with_retry(&emu.url(), fast_retry(4));
    let req = DescribeRegionsRequest::default();

    // Each transient fault, three times, then success on the 4th attempt.
    for kind in [
        r#""kind":"http_status","status":500"#,
        r#""kind":"http_status","status":503"#,
        r#""kind":"connection_reset""#,
        r#""kind":"truncated_body""#,
        r#""kind":"request_limit_exceeded""#,
        r#""kind":"internal_error""#,
    ] {
        emu.clear_requests();
        emu.set_faults(
            parse_rules(&format!(
                r#"[{{"action":"DescribeRegions",{kind},"count":3}}]"#
            ))
            .expect("rules"),
        );
        let got = cvm.describe_regions(&req).await;
        assert!(got.is_ok(), "{kind}: {got:?}");
        assert_eq!(emu.requests().len(), 4, "{kind}");
    }

    // A permanent fault: the typed error after exactly max_attempts.
    emu.clear_requests();
    emu.set_faults(parse_rules(r#"[{"kind":"request_limit_exceeded"}]"#).expect("rules"));
    match cvm.describe_regions(&req).await {
        Err(Error::Service { code, .. }) => assert_eq!(code, "RequestLimitExceeded"),
        other => panic!("expected RequestLimitExceeded, got {other:?}"),
    }
    assert_eq!(emu.requests().len(), 4);

    emu.clear_requests();
    emu.set_faults(parse_rules(r#"[{"kind":"http_status","status":503}]"#).expect("rules"));
    let e = cvm.describe_regions(&req).await.expect_err("always 503");
    assert!(
        matches!(
            &e,
            Error::Decode { status: 503, .. } | Error::Service { status: 503, .. }
        ),
        "{e:?}"
    );
    assert_eq!(emu.requests().len(), 4);

    emu.clear_requests();
    emu.set_faults(parse_rules(r#"[{"kind":"connection_reset"}]"#).expect("rules"));
    let e = cvm.describe_regions(&req).await.expect_err("always reset");
    assert!(matches!(e, Error::Transport { .. }), "{e:?}");
    assert_eq!(emu.requests().len(), 4);

    // A fault scoped to another action does not fire.
    emu.clear_requests();
    emu.set_faults(
        parse_rules(r#"[{"action":"DescribeZones","kind":"internal_error"}]"#).expect("rules"),
    );
    cvm.describe_regions(&req).await.expect("unaffected");
    assert_eq!(emu.requests().len(), 1);
}

/// A CONNECT-only HTTP proxy: wants `user:pw`, tunnels every CONNECT to `target`,
/// keeps the requests (their heads) it received.
async fn connect_proxy(target: std::net::SocketAddr) -> Server {
    Server::start(move |req| {
        // base64("user:pw")
        if req
            .head
            .contains("Proxy-Authorization: Basic dXNlcjpwdw==\r\n")
        {
            Reply::Tunnel(target)
        } else {
            Reply::status(407, "text/plain", "")
        }
    })
    .await
}

fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(" / ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

#[tokio::test]
async fn https_directly_and_through_a_connect_proxy() {
    use tencent_cloud_cvm::v20170312::{Client, DescribeRegionsRequest};
    let emu = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .tls(Vec::new())
        .start()
        .await
        .expect("emulator");
    let ca = emu.ca_pem().expect("CA").to_owned();
    let want = example("cvm", "v20170312", "DescribeRegions");
    let call = |config: tencent_cloud_core::ClientConfigBuilder| async move {
        let config = config
            .region("ap-guangzhou")
            .retry(RetryPolicy::none())
            .build()
            .expect("config");
        let core =
            tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client");
        Client::new(core)
            .describe_regions(&DescribeRegionsRequest::default())
            .await
    };

    // Directly, trusting the emulator's CA.
    let direct = ClientConfig::builder()
        .endpoint_url(emu.url())
        .add_root_certificates_pem(&ca);
    let got = call(direct).await.expect("https call");
    assert_eq!(got.total_count, want["TotalCount"].as_u64());
    // The webpki roots alone do not trust it.
    let e = call(ClientConfig::builder().endpoint_url(emu.url()))
        .await
        .expect_err("unknown issuer");
    assert!(matches!(e, Error::Transport { .. }), "{e:?}");
    assert!(
        error_chain(&e).contains("certificate"),
        "{}",
        error_chain(&e)
    );

    // Through an authenticating proxy, by name (the name does not resolve here: only the
    // proxy connects, and TLS checks the name against the certificate).
    let proxy_server = connect_proxy(emu.addr()).await;
    let proxy = proxy_server.addr;
    let via_proxy = |password: &str| {
        ClientConfig::builder()
            .endpoint_url("https://cvm.tencentcloudapi.com")
            .proxy(format!("http://user:{password}@{proxy}"))
            .add_root_certificates_pem(&ca)
    };
    let got = call(via_proxy("pw")).await.expect("call through the proxy");
    assert!(got.region_set.is_some_and(|r| !r.is_empty()));
    let heads: Vec<String> = proxy_server
        .requests()
        .into_iter()
        .map(|r| r.head)
        .collect();
    assert_eq!(heads.len(), 1);
    assert!(
        heads[0].starts_with("CONNECT cvm.tencentcloudapi.com:443 HTTP/1.1\r\n"),
        "{}",
        heads[0]
    );
    assert_eq!(
        emu.requests().last().map(|r| r.host.clone()).as_deref(),
        Some("cvm.tencentcloudapi.com")
    );
    let e = call(via_proxy("wrong")).await.expect_err("407");
    assert!(matches!(e, Error::Transport { .. }), "{e:?}");
    assert!(error_chain(&e).contains("407"), "{}", error_chain(&e));

    // A PEM text without a certificate is refused when the configuration is built.
    let e = ClientConfig::builder()
        .add_root_certificates_pem("not a certificate")
        .build()
        .expect_err("bad PEM");
    assert!(e.to_string().contains("root certificates"), "{e}");
}
