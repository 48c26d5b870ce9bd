//! `Client::with_mock`: chosen answers per action, no network, the real decode, retry and
//! paging paths.

use std::time::Duration;

use serde_json::{Value, json};
use tencent_cloud_core::mock::{Mock, MockReply};
use tencent_cloud_core::rt::{self as rt, Call, Paginate};
use tencent_cloud_core::{Client, ClientConfig, Error, Language, RequestSpec, RetryPolicy};

const ZONES: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "DescribeZones");
const RUN: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "RunInstances");

fn config() -> ClientConfig {
    ClientConfig::builder()
        .region("ap-guangzhou")
        .retry(RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
            total_deadline: Some(Duration::from_secs(5)),
        })
        .build()
        .expect("config")
}

rt::model! {
    pub struct Zones: decode {
        total_count: u64 = "TotalCount",
        request_id: String = "RequestId",
    }
}

#[tokio::test]
async fn responses_errors_and_the_request_log() {
    let mock = Mock::new();
    mock.respond("DescribeZones", json!({"TotalCount": 3}))
        .error_once("RunInstances", "LimitExceeded", "quota reached")
        .respond("RunInstances", json!({"InstanceIdSet": ["ins-1"]}));
    let client = Client::with_mock(config(), mock.clone()).expect("client");

    let zones: Zones = Call::new(&client, ZONES, &json!({"Limit": 1}))
        .language(Language::EnUs)
        .await
        .expect("zones");
    assert_eq!(zones.total_count, Some(3));
    assert_eq!(zones.request_id.as_deref(), Some("mock-request-id"));

    // The error comes once (not retried: a quota error is final), then the success rule.
    let err = Call::<_, Value>::new(&client, RUN, &json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("LimitExceeded"));
    assert!(err.to_string().contains("quota reached"), "{err}");
    let ok: Value = Call::new(&client, RUN, &json!({}))
        .region("ap-beijing")
        .await
        .expect("second run");
    assert_eq!(ok["InstanceIdSet"][0], "ins-1");

    let log = mock.requests();
    let seen: Vec<(&str, Option<&str>)> = log
        .iter()
        .map(|r| (r.action.as_str(), r.region.as_deref()))
        .collect();
    assert_eq!(
        seen,
        [
            ("DescribeZones", Some("ap-guangzhou")),
            ("RunInstances", Some("ap-guangzhou")),
            ("RunInstances", Some("ap-beijing")),
        ]
    );
    assert_eq!(log[0].params, json!({"Limit": 1}));
    assert_eq!(log[0].options.language, Some(Language::EnUs));
    assert_eq!(log[0].service, "cvm");
}

#[tokio::test]
async fn retryable_errors_are_retried_as_over_the_network() {
    let mock = Mock::new();
    mock.error_once("DescribeZones", "RequestLimitExceeded", "slow down")
        .respond("DescribeZones", json!({"TotalCount": 1}));
    let client = Client::with_mock(config(), mock.clone()).expect("client");
    let zones: Zones = Call::new(&client, ZONES.idempotent(true), &json!({}))
        .await
        .expect("retried");
    assert_eq!(zones.total_count, Some(1));
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn missing_rules_and_odd_answers_are_errors_that_say_so() {
    let mock = Mock::new();
    mock.reply(
        "DescribeZones",
        MockReply::Raw {
            status: 502,
            body: "<html>bad gateway</html>".into(),
        },
        true,
    );
    let client = Client::with_mock(config(), mock.clone()).expect("client");
    let err = Call::<_, Value>::new(&client, RUN, &json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(m) if m.contains("RunInstances")),
        "{err:?}"
    );
    let err = Call::<_, Value>::new(&client, ZONES, &json!({}))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { status: 502, .. }), "{err:?}");
}

rt::model! {
    pub struct ListRequest: encode {
        offset: u64 = "Offset",
        limit: u64 = "Limit",
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
async fn queued_pages_feed_a_paginator() {
    let mock = Mock::new();
    mock.respond_once("ListThings", json!({"Items": ["a", "b"], "TotalCount": 3}))
        .respond_once("ListThings", json!({"Items": ["c"], "TotalCount": 3}));
    let client = Client::with_mock(config(), mock.clone()).expect("client");
    let spec = RequestSpec::new("demo", "2020-01-01", "ListThings");
    let request = ListRequest::default().set_limit(2u64);
    let items = rt::Pages::new(client, spec, request)
        .collect_all(10)
        .await
        .expect("items");
    assert_eq!(items, ["a", "b", "c"]);
    let offsets: Vec<Value> = mock
        .requests()
        .iter()
        .map(|r| r.params["Offset"].clone())
        .collect();
    assert_eq!(offsets, [json!(0), json!(2)]);
}

/// Blocking calls need no runtime of the caller's: a JSON call and a raw-body call.
#[test]
fn blocking_calls_through_a_mock() {
    let mock = Mock::new();
    mock.respond("DescribeZones", json!({"TotalCount": 2}))
        .respond("UploadLog", json!({}));
    let client = Client::with_mock(ClientConfig::default(), mock.clone()).expect("client");
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeZones");
    let zones: Value = Call::new(&client, spec, &json!({"Limit": 1}))
        .region("ap-guangzhou")
        .send_blocking()
        .expect("DescribeZones");
    assert_eq!(zones["TotalCount"], 2);

    let upload = RequestSpec::new("cls", "2020-10-16", "UploadLog");
    let _: Value = rt::OctetCall::new(
        &client,
        upload,
        "X-CLS-",
        &json!({"TopicId": "t-1"}),
        bytes::Bytes::from_static(b"\x0a\x00"),
    )
    .send_blocking()
    .expect("UploadLog");
    let log = mock.requests();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].params, json!({"Limit": 1}));
    assert_eq!(log[0].region.as_deref(), Some("ap-guangzhou"));
    assert_eq!(log[1].action, "UploadLog");
    assert!(
        log[1]
            .options
            .headers
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("x-cls-topicid") && v == "t-1"),
        "{:?}",
        log[1].options.headers
    );
}
