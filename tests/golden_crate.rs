//! The generator's golden output (crates/tencent-cloud-plan/tests/golden/demo.*, kept
//! equal to what `cargo xtask regen` writes for the hand-written spec beside it by the
//! xtask golden test) compiles against the core and works against the emulator serving
//! that spec: its paginator, its boxed recursive types, and its read policy
//! (`BatchDescribe*` reads are retried after a connection reset; `Getaway`, a write
//! despite its `Get`, is not).

use std::time::Duration;

use futures_util::StreamExt;
use tencent_cloud_core::{ClientConfig, Credential, Error, RetryPolicy};
use tencent_cloud_emulator::{Emulator, RunningEmulator, faults::parse_rules};

#[allow(dead_code)]
#[path = "../crates/tencent-cloud-plan/tests/golden/demo.v20200101.rs"]
mod demo;

const ID: &str = "AKIDgoldenEXAMPLE";
const KEY: &str = "golden-secret-key";

async fn emulator() -> RunningEmulator {
    Emulator::builder()
        .release_path(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../crates/tencent-cloud-plan/tests/golden/specs"
        ))
        .credentials(ID, KEY)
        .start()
        .await
        .expect("emulator")
}

fn client(url: &str) -> demo::Client {
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(url)
        .retry(RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(4),
            total_deadline: Some(Duration::from_secs(20)),
        })
        .attempt_timeout(Duration::from_secs(5))
        .build()
        .expect("config");
    demo::Client::new(
        tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
    )
}

#[tokio::test]
async fn golden_paginator_and_types_work() {
    let emu = emulator().await;
    let demo = client(&emu.url());
    let request = demo::DescribeThingsRequest::default().set_limit(1);
    let items: Vec<demo::Thing> = demo
        .describe_things_pages(request)
        .map(|r| r.expect("page"))
        .collect()
        .await;
    // The example's one item, decoded (the `Data` string is the example's, in full).
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].r#type.as_deref(), Some("box"));
    assert_eq!(items[0].data.as_deref().map(str::len), Some(120));
    // Boxed recursion builds and compares like any other field.
    let node = demo::Node {
        next: Some(Box::new(demo::Node::default())),
        ..Default::default()
    };
    assert_ne!(node, demo::Node::default());
}

/// `Offset` and `Limit` are strings (as in vpc `DescribeVpcs` and 16 more actions):
/// the pager sends them as strings and still walks every page.
#[tokio::test]
async fn golden_pager_with_string_offsets() {
    let emu = emulator().await;
    let demo = client(&emu.url());
    let request = demo::DescribeLabelsRequest::default().set_limit("2");
    let mut pages = demo.describe_labels_pages(request);
    let mut seen = Vec::new();
    while let Some(page) = pages.next_page().await {
        seen.push(page.expect("page"));
    }
    assert_eq!(seen, [vec!["a", "b"], vec!["c", "d"], vec!["e"]]);
    let sent: Vec<(serde_json::Value, serde_json::Value)> = emu
        .requests()
        .iter()
        .map(|r| (r.params["Offset"].clone(), r.params["Limit"].clone()))
        .collect();
    assert_eq!(
        sent,
        [("0", "2"), ("2", "2"), ("4", "2")].map(|(o, l)| (o.into(), l.into()))
    );
}

/// A token-paged action (`NextToken` in, `NextToken` out, as alb `DescribeAsyncJobs` and
/// 110 more): each page sends the token the previous one gave, and the pages end at the
/// empty token.
#[tokio::test]
async fn golden_pager_with_next_tokens() {
    let emu = emulator().await;
    let demo = client(&emu.url());
    let request = demo::ListEventsRequest::default().set_max_results(2);
    let mut pages = demo.list_events_pages(request);
    let mut seen = Vec::new();
    while let Some(page) = pages.next_page().await {
        seen.push(page.expect("page"));
    }
    assert_eq!(seen, [vec!["e1", "e2"], vec!["e3", "e4"], vec!["e5"]]);
    // The emulator's log redacts token-like params; it shows which requests sent one.
    let sent: Vec<bool> = emu
        .requests()
        .iter()
        .map(|r| r.params.get("NextToken").is_some())
        .collect();
    assert_eq!(sent, [false, true, true]);
}

/// `Offset`/`Limit` without `TotalCount` in the response: the pages end at the first
/// empty one (one request more than with a total).
#[tokio::test]
async fn golden_pager_without_total_count() {
    let emu = emulator().await;
    let demo = client(&emu.url());
    let request = demo::DescribeLogsRequest::default().set_limit(2);
    let logs = demo
        .describe_logs_pages(request)
        .collect_all(100)
        .await
        .expect("every log");
    assert_eq!(logs, ["l1", "l2", "l3"]);
    let offsets: Vec<serde_json::Value> = emu
        .requests()
        .iter()
        .map(|r| r.params["Offset"].clone())
        .collect();
    // The third page starts after the three items seen, and is empty.
    assert_eq!(offsets, [0, 2, 3].map(serde_json::Value::from));
}

#[tokio::test]
async fn golden_read_policy_decides_retries() {
    let emu = emulator().await;
    let demo = client(&emu.url());
    let reset = |action: &str| {
        parse_rules(&format!(
            r#"[{{"action":"{action}","kind":"connection_reset","count":1}}]"#
        ))
        .expect("rules")
    };
    // A read: the reset is retried, and the second attempt succeeds.
    emu.set_faults(reset("BatchDescribeItems"));
    let request = demo::BatchDescribeItemsRequest::default().set_item_ids(vec!["a".to_string()]);
    demo.batch_describe_items(&request)
        .await
        .expect("retried read");
    assert_eq!(emu.requests().len(), 2);
    // A write (`Getaway` starts with `Get` but is not a read): not repeated.
    emu.clear_requests();
    emu.set_faults(reset("Getaway"));
    let e = demo
        .getaway(&demo::GetawayRequest::default())
        .await
        .expect_err("a write is not retried after a reset");
    assert!(matches!(e, Error::Transport { .. }), "{e:?}");
    assert_eq!(emu.requests().len(), 1);
}
