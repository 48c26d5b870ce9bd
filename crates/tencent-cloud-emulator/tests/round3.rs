//! Hardening, round three (issue 25), in process: the admin API refuses what a web page
//! can send (N4); chosen answers are bounded, shared, paged and checked against the
//! response schema (N3 and the rough edges); a JSON body weighs what parsing it costs
//! (N8); unknown regions get the real API's error; abandoned calls are logged.

mod common;

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tencent_cloud_core::codec::Call;
use tencent_cloud_core::sign::tc3;
use tencent_cloud_core::{Client, ClientConfig, Credential, RequestSpec, RetryPolicy};
use tencent_cloud_emulator::{CannedResponse, Emulator, RunningEmulator};
use tencent_cloud_spec::Release;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use common::raw;

const ID: &str = "AKIDround3TEST";
const KEY: &str = "round3-test-secret-key";
const REGIONS: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions");
const STATUS: RequestSpec<'static> =
    RequestSpec::new("cvm", "2017-03-12", "DescribeInstancesStatus");

fn cvm_sts() -> Arc<Release> {
    static R: std::sync::OnceLock<Arc<Release>> = std::sync::OnceLock::new();
    R.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/3.0.1217.1");
        Arc::new(
            Release::load_only(dir, 1, |f| f.service == "cvm" || f.service == "sts")
                .expect("cvm and sts specs"),
        )
    })
    .clone()
}

fn builder() -> tencent_cloud_emulator::Builder {
    Emulator::builder().release(cvm_sts()).credentials(ID, KEY)
}

async fn start() -> RunningEmulator {
    builder().start().await.expect("start")
}

fn client(url: &str, region: &str) -> Client {
    let config = ClientConfig::builder()
        .endpoint_url(url)
        .region(region)
        .retry(RetryPolicy {
            max_attempts: 1,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(1),
            total_deadline: None,
        })
        .build()
        .expect("config");
    Client::new(config, Credential::new(ID, KEY)).expect("client")
}

fn h(name: &'static str, value: &str) -> (&'static str, String) {
    (name, value.to_owned())
}

// ---------------------------------------------------------------------------------------
// N4: the admin API and browsers.

const EVIL: &str = r#"[{"action":"DescribeRegions","response":{"TotalCount":1,"RegionSet":[{"Region":"evil-region","RegionName":"evil","RegionState":"AVAILABLE"}]}}]"#;

/// The issue's request, as a web page's "simple" `fetch` sends it: refused, and a real
/// client still gets the example.
#[tokio::test]
async fn a_cross_site_admin_write_is_refused() {
    let emu = start().await;
    let (status, text) = raw(
        &emu,
        "POST",
        "/_emulator/responses",
        &[
            h("content-type", "text/plain"),
            h("origin", "http://evil.example"),
            h("host", "evil.example:9000"),
        ],
        EVIL.as_bytes(),
    )
    .await;
    assert_eq!(status, 403, "{text}");
    let c = client(&emu.url(), "ap-guangzhou");
    let regions: Value = Call::new(&c, REGIONS, &json!({})).await.expect("regions");
    assert!(
        !regions.to_string().contains("evil-region"),
        "a real client got the page's answer: {regions}"
    );
    // Each of the three alone is refused.
    for (headers, want) in [
        (vec![h("origin", "http://evil.example")], 403),
        (vec![h("content-type", "text/plain")], 415),
        (vec![h("content-type", "")], 415),
        (
            vec![h("content-type", "application/x-www-form-urlencoded")],
            415,
        ),
        (vec![h("host", "evil.example:9000")], 403),
        (vec![h("origin", "null")], 403),
    ] {
        let (status, text) = raw(
            &emu,
            "POST",
            "/_emulator/responses",
            &headers,
            EVIL.as_bytes(),
        )
        .await;
        assert_eq!(status, want, "{headers:?}: {text}");
    }
    let (status, listed) = raw(&emu, "GET", "/_emulator/responses", &[], b"").await;
    assert_eq!((status, listed.as_str()), (200, "[]"));
    // What curl and the tests send is accepted (`; charset` too).
    let (status, text) = raw(
        &emu,
        "POST",
        "/_emulator/responses",
        &[h("content-type", "application/json; charset=utf-8")],
        EVIL.as_bytes(),
    )
    .await;
    assert_eq!(status, 200, "{text}");
}

/// DNS rebinding: the page's own name as `Host` reads nothing; loopback names do.
#[tokio::test]
async fn the_admin_api_on_loopback_answers_loopback_hosts_only() {
    let emu = start().await;
    let port = emu.addr().port();
    for host in [
        "evil.example".to_owned(),
        format!("evil.example:{port}"),
        format!("127.0.0.1.evil.example:{port}"),
        "localhost.evil.example".to_owned(),
        "10.0.0.1".to_owned(),
        format!("127.0.0.1:{port}x"),
        String::new(),
    ] {
        let (status, text) =
            raw(&emu, "GET", "/_emulator/requests", &[h("host", &host)], b"").await;
        assert_eq!(status, 403, "Host {host:?}: {text}");
    }
    for host in [
        format!("127.0.0.1:{port}"),
        "127.0.0.1".to_owned(),
        "127.1.2.3".to_owned(),
        format!("localhost:{port}"),
        "LOCALHOST".to_owned(),
        format!("[::1]:{port}"),
        "[::1]".to_owned(),
    ] {
        let (status, text) =
            raw(&emu, "GET", "/_emulator/requests", &[h("host", &host)], b"").await;
        assert_eq!(status, 200, "Host {host:?}: {text}");
    }
    // A DELETE has no body and needs no content type.
    let (status, _) = raw(&emu, "DELETE", "/_emulator/requests", &[], b"").await;
    assert_eq!(status, 200);
}

/// With an admin token, admin requests need it; beyond loopback, any `Host` is taken
/// (the user chose to be reached by name), still not an `Origin`.
#[tokio::test]
async fn an_admin_token_guards_the_admin_api() {
    let emu = builder()
        .admin_token("s3cret-token")
        .listen("0.0.0.0:0")
        .start()
        .await
        .expect("start");
    assert!(emu.beyond_loopback());
    let local = builder().start().await.expect("start");
    assert!(!local.beyond_loopback());
    let port = emu.addr().port();
    let host = h("host", &format!("emulator.internal:{port}"));
    for (auth, want) in [
        (None, 401),
        (Some("Bearer wrong"), 401),
        (Some("Bearer s3cret-toke"), 401),
        (Some("s3cret-token"), 401),
        (Some("Bearer s3cret-token"), 200),
    ] {
        let mut headers = vec![host.clone()];
        if let Some(a) = auth {
            headers.push(h("authorization", a));
        }
        let (status, text) = raw(&emu, "GET", "/_emulator/faults", &headers, b"").await;
        assert_eq!(status, want, "{auth:?}: {text}");
    }
    let (status, _) = raw(
        &emu,
        "GET",
        "/_emulator/faults",
        &[
            host.clone(),
            h("authorization", "Bearer s3cret-token"),
            h("origin", "http://emulator.internal"),
        ],
        b"",
    )
    .await;
    assert_eq!(status, 403, "an Origin is refused even with the token");
    // The API itself is not the admin API: no token needed.
    let c = client(&emu.url(), "ap-guangzhou");
    let _: Value = Call::new(&c, REGIONS, &json!({})).await.expect("regions");
    assert!(
        builder().admin_token("").start().await.is_err(),
        "an empty token is refused"
    );
}

// ---------------------------------------------------------------------------------------
// N3: chosen answers: bounded, shared, paged, counted.

/// The issue's amplifier: a 9 MiB STS answer. Refused now: more than a real response has.
#[tokio::test]
async fn a_chosen_answer_is_at_most_a_real_responses_size() {
    let emu = start().await;
    let rule = |len: usize| {
        format!(
            r#"[{{"action":"AssumeRoleWithWebIdentity","response":{{"Credentials":{{"Token":"{}","TmpSecretId":"AKIDx","TmpSecretKey":"k"}},"ExpiredTime":1,"Expiration":"2030-01-01T00:00:00Z"}}}}]"#,
            "a".repeat(len)
        )
    };
    let (status, text) = raw(
        &emu,
        "PUT",
        "/_emulator/responses",
        &[],
        rule(9 * 1024 * 1024).as_bytes(),
    )
    .await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("at most 1048576"), "{text}");
    let (status, text) = raw(
        &emu,
        "PUT",
        "/_emulator/responses",
        &[],
        rule(1_000_000).as_bytes(),
    )
    .await;
    assert_eq!(status, 200, "{text}");
    // And through the builder.
    let big: Vec<CannedResponse> =
        tencent_cloud_emulator::canned::parse_rules(&rule(1_000_000)).expect("rules");
    builder().responses(big).start().await.expect("fits");
    assert!(tencent_cloud_emulator::canned::parse_rules(&rule(2_000_000)).is_err());
}

/// Three instances' statuses as a chosen answer.
const STATUSES: &str = r#"[{"action":"DescribeInstancesStatus","response":{"TotalCount":3,"InstanceStatusSet":[
    {"InstanceId":"ins-0","InstanceState":"RUNNING"},
    {"InstanceId":"ins-1","InstanceState":"STOPPED"},
    {"InstanceId":"ins-2","InstanceState":"PENDING"}]}}]"#;

/// A chosen list answer is paged by `Offset`/`Limit` as an example answer is (it came
/// back whole), and answered whole to a request that does not page.
#[tokio::test]
async fn chosen_list_answers_are_paged() {
    let emu = start().await;
    let (status, text) = raw(
        &emu,
        "PUT",
        "/_emulator/responses",
        &[],
        STATUSES.as_bytes(),
    )
    .await;
    assert_eq!(status, 200, "{text}");
    let c = client(&emu.url(), "ap-guangzhou");
    let ids = |v: &Value| -> Vec<String> {
        v["InstanceStatusSet"]
            .as_array()
            .map(|l| {
                l.iter()
                    .filter_map(|i| i["InstanceId"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let page: Value = Call::new(&c, STATUS, &json!({"Offset": 1, "Limit": 1}))
        .await
        .expect("page");
    assert_eq!(ids(&page), ["ins-1"], "{page}");
    assert_eq!(page["TotalCount"], 3);
    let page: Value = Call::new(&c, STATUS, &json!({"Offset": 2, "Limit": 5}))
        .await
        .expect("page");
    assert_eq!(ids(&page), ["ins-2"]);
    let whole: Value = Call::new(&c, STATUS, &json!({})).await.expect("whole");
    assert_eq!(ids(&whole), ["ins-0", "ins-1", "ins-2"]);
    assert!(whole["RequestId"].as_str().is_some_and(|r| r.len() == 36));
}

/// A chosen answer names an action the release has and fits its response schema;
/// otherwise it is refused with the reason, unless it says `"broken": true`.
#[tokio::test]
async fn chosen_answers_are_checked_against_the_schema() {
    let emu = start().await;
    for (rule, want) in [
        (
            r#"[{"action":"DescribeRegion","response":{}}]"#,
            "no service has an action `DescribeRegion`",
        ),
        (
            r#"[{"service":"cvm","action":"AssumeRole","error":{"code":"X"}}]"#,
            "service `cvm` has no action `AssumeRole`",
        ),
        (
            r#"[{"service":"cvmm","action":"DescribeRegions","response":{}}]"#,
            "no service `cvmm`",
        ),
        (
            r#"[{"action":"DescribeRegions","response":{"TotalCount":"one","RegionSet":[]}}]"#,
            "`TotalCount` is not of type",
        ),
        (
            r#"[{"action":"DescribeRegions","response":{"TotalCount":1}}]"#,
            "`RegionSet` is missing",
        ),
        (
            r#"[{"action":"DescribeRegions","response":{"TotalCount":1,"RegionSet":[{"Region":"ap-x"}]}}]"#,
            "`RegionSet.0.RegionName` is missing",
        ),
        (
            r#"[{"action":"DescribeRegions","response":{"TotalCount":0,"RegionSet":[],"Regionset":[]}}]"#,
            "`Regionset` is not a member",
        ),
        (
            r#"[{"action":"DescribeRegions","response":{"TotalCount":0,"RegionSet":{}}}]"#,
            "`RegionSet` is not a list",
        ),
    ] {
        let (status, text) = raw(&emu, "POST", "/_emulator/responses", &[], rule.as_bytes()).await;
        assert_eq!(status, 400, "{rule}: {text}");
        assert!(text.contains(want), "{rule}: {text}");
    }
    let (_, listed) = raw(&emu, "GET", "/_emulator/responses", &[], b"").await;
    assert_eq!(listed, "[]", "nothing was taken");
    // Deliberately broken, for testing a client: taken, and answered as it is.
    let broken = r#"[{"action":"DescribeRegions","response":{"TotalCount":"one"},"broken":true}]"#;
    let (status, text) = raw(&emu, "POST", "/_emulator/responses", &[], broken.as_bytes()).await;
    assert_eq!(status, 200, "{text}");
    let c = client(&emu.url(), "ap-guangzhou");
    let v: Value = Call::new(&c, REGIONS, &json!({})).await.expect("answered");
    assert_eq!(v["TotalCount"], "one");
    let (_, listed) = raw(&emu, "GET", "/_emulator/responses", &[], b"").await;
    assert!(listed.contains(r#""broken":true"#), "{listed}");
    // The builder (and so `--responses FILE`) checks them too.
    let bad = tencent_cloud_emulator::canned::parse_rules(
        r#"[{"action":"DescribeRegion","error":{"code":"X"}}]"#,
    )
    .expect("parses");
    let err = builder().responses(bad).start().await.expect_err("refused");
    assert!(err.to_string().contains("DescribeRegion"), "{err}");
}

/// A reply serialised for one call (a page of a large list) is held against the memory
/// budget like a large request body: with the budget spent (here by a stalled 950 KB
/// body), the page is answered 503 `RequestLimitExceeded` (which SDKs retry) instead of
/// adding to what is held; once the budget is back, the page is served.
#[tokio::test]
async fn pages_serialised_per_call_count_against_the_memory_budget() {
    let emu = builder()
        .body_memory(1024 * 1024)
        .start()
        .await
        .expect("start");
    // A small item and 3 of 200 KB; a page of 3 is 400 KB, serialised for its call.
    let items: Vec<String> = (0..4)
        .map(|i| {
            format!(
                r#"{{"InstanceId":"ins-{i}","InstanceState":"{}"}}"#,
                "s".repeat(if i == 0 { 10 } else { 200_000 })
            )
        })
        .collect();
    let rule = format!(
        r#"[{{"action":"DescribeInstancesStatus","response":{{"TotalCount":4,"InstanceStatusSet":[{}]}}}}]"#,
        items.join(",")
    );
    let (status, text) = raw(&emu, "PUT", "/_emulator/responses", &[], rule.as_bytes()).await;
    assert_eq!(status, 200, "{text}");
    let c = client(&emu.url(), "ap-guangzhou");
    let page = json!({"Offset": 0, "Limit": 3});
    let v: Value = Call::new(&c, STATUS, &page).await.expect("a page");
    assert_eq!(v["InstanceStatusSet"].as_array().map(Vec::len), Some(3));

    // A body declared 950 KB, 900 KB of it sent, then nothing: it holds the budget.
    let mut stalled = TcpStream::connect(emu.addr()).await.expect("connect");
    stalled
        .write_all(b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\ncontent-length: 950000\r\n\r\n")
        .await
        .expect("head");
    stalled.write_all(&vec![b' '; 900_000]).await.expect("body");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let err = Call::<_, Value>::new(&c, STATUS, &page)
        .await
        .expect_err("no budget for the page");
    assert_eq!(err.code(), Some("RequestLimitExceeded"), "{err:?}");
    // A page small enough not to be counted is served meanwhile.
    let v: Value = Call::new(&c, STATUS, &json!({"Offset": 0, "Limit": 1}))
        .await
        .expect("a small page");
    assert_eq!(v["InstanceStatusSet"].as_array().map(Vec::len), Some(1));
    drop(stalled);
    let t = std::time::Instant::now();
    loop {
        match Call::<_, Value>::new(&c, STATUS, &page).await {
            Ok(v) => {
                assert_eq!(v["InstanceStatusSet"].as_array().map(Vec::len), Some(3));
                break;
            }
            Err(e) if t.elapsed() < Duration::from_secs(5) => {
                assert_eq!(e.code(), Some("RequestLimitExceeded"), "{e:?}");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(e) => panic!("the budget did not come back: {e:?}"),
        }
    }
    let busy: Vec<_> = emu
        .requests()
        .into_iter()
        .filter(|r| r.error_code.as_deref() == Some("RequestLimitExceeded"))
        .collect();
    assert!(!busy.is_empty(), "the refused page is logged as such");
}

// ---------------------------------------------------------------------------------------
// N8: a JSON body weighs what parsing it costs.

fn zeros_json(len: usize) -> String {
    let n = len.saturating_sub(8) / 2;
    format!("{{\"X\":[{}]}}", vec!["0"; n].join(","))
}

/// A signed 1.5 MB `{"X":[0,0,…]}` takes ~48 MB once parsed: over a 32 MiB budget it is
/// refused unparsed with `RequestSizeLimitExceeded` (it was parsed, and answered
/// `UnknownParameter`); a body of the same size that parses cheaply is taken.
#[tokio::test]
async fn a_json_body_weighs_what_parsing_it_costs() {
    let emu = builder()
        .body_memory(32 * 1024 * 1024)
        .start()
        .await
        .expect("start");
    let c = client(&emu.url(), "ap-guangzhou");
    let zeros: Value = serde_json::from_str(&zeros_json(1_500_000)).expect("json");
    let err = Call::<_, Value>::new(&c, REGIONS, &zeros)
        .await
        .expect_err("refused");
    assert_eq!(err.code(), Some("RequestSizeLimitExceeded"), "{err:?}");
    let log = emu.requests();
    assert_eq!(log.len(), 1);
    assert_eq!(
        log[0].params,
        Value::Null,
        "refused before it was parsed (it was parsed, and answered UnknownParameter)"
    );
    // The same size in one string parses cheaply: read, parsed, then refused by
    // validation (`X` is no member).
    let text = json!({"X": "0".repeat(1_500_000)});
    let err = Call::<_, Value>::new(&c, REGIONS, &text)
        .await
        .expect_err("unknown member");
    assert_eq!(err.code(), Some("UnknownParameter"), "{err:?}");
}

// ---------------------------------------------------------------------------------------
// Rough edges: regions, abandoned calls.

/// A region Tencent does not have gets `InvalidParameterValue`, worded as Tencent's;
/// `region()` adds one and `any_region` takes any.
#[tokio::test]
async fn an_unknown_region_gets_the_real_apis_error() {
    let emu = start().await;
    let err = Call::<_, Value>::new(&client(&emu.url(), "ap-nowhere"), REGIONS, &json!({}))
        .await
        .expect_err("refused");
    assert_eq!(err.code(), Some("InvalidParameterValue"), "{err:?}");
    assert!(
        err.to_string().contains(
            "A value specified in `X-TC-Region` is not valid, is unsupported, or cannot be used."
        ),
        "{err}"
    );
    for region in [
        "ap-guangzhou",
        "ap-singapore",
        "na-siliconvalley",
        "eu-frankfurt",
    ] {
        let _: Value = Call::new(&client(&emu.url(), region), REGIONS, &json!({}))
            .await
            .unwrap_or_else(|e| panic!("{region}: {e}"));
    }
    let more = builder().region("ap-nowhere").start().await.expect("start");
    let _: Value = Call::new(&client(&more.url(), "ap-nowhere"), REGIONS, &json!({}))
        .await
        .expect("an added region");
    let any = builder().any_region(true).start().await.expect("start");
    let _: Value = Call::new(&client(&any.url(), "xx-anything"), REGIONS, &json!({}))
        .await
        .expect("any region");
}

/// A call whose client goes away during injected latency is logged, as abandoned (it
/// never appeared in the log).
#[tokio::test]
async fn calls_abandoned_during_injected_latency_are_logged() {
    let emu = start().await;
    emu.set_faults(
        tencent_cloud_emulator::faults::parse_rules(
            r#"[{"kind":"latency","ms":3000,"action":"DescribeRegions"}]"#,
        )
        .expect("rules"),
    );
    let cred = Credential::new(ID, KEY);
    let ts = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let mut req = tc3::SigningRequest::new(
        &cred,
        "cvm",
        "cvm.tencentcloudapi.com",
        "DescribeRegions",
        "2017-03-12",
        ts,
    );
    req.payload = tc3::Payload::Bytes(b"{}");
    let signed = tc3::sign(&req).expect("sign");
    let mut head =
        "POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\n"
            .to_owned();
    for (n, v) in &signed.headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str("content-length: 2\r\n\r\n{}");
    let mut s = TcpStream::connect(emu.addr()).await.expect("connect");
    s.write_all(head.as_bytes()).await.expect("write");
    tokio::time::sleep(Duration::from_millis(300)).await;
    drop(s);
    let t = std::time::Instant::now();
    let logged = loop {
        let log = emu.requests();
        if !log.is_empty() || t.elapsed() > Duration::from_secs(2) {
            break log;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(logged.len(), 1, "the abandoned call is logged: {logged:?}");
    let call = &logged[0];
    assert!(call.abandoned, "{call:?}");
    assert_eq!((call.status, call.action.as_str()), (0, "DescribeRegions"));
    assert_eq!(call.fault.as_deref(), Some("latency"));
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "logged when the client left, not after the latency"
    );
    // The listing says so too.
    let (_, listed) = raw(&emu, "GET", "/_emulator/requests", &[], b"").await;
    assert!(listed.contains(r#""abandoned":true"#), "{listed}");
    // A call that is answered is not.
    emu.set_faults(Vec::new());
    let _: Value = Call::new(&client(&emu.url(), "ap-guangzhou"), REGIONS, &json!({}))
        .await
        .expect("answered");
    assert!(!emu.requests()[1].abandoned);
}

/// `GET /_emulator/responses` serialises the rules for its reader (up to 64 MiB): that
/// copy is held against the memory budget too, so readers that take none of it cannot
/// pile copies up.
#[tokio::test]
async fn the_responses_listing_counts_against_the_memory_budget() {
    let emu = builder()
        .body_memory(2 * 1024 * 1024)
        .start()
        .await
        .expect("start");
    let one = format!(
        r#"[{{"action":"DescribeZones","response":{{"Pad":"{}"}},"broken":true}}]"#,
        "z".repeat(700_000)
    );
    for _ in 0..3 {
        let (status, text) = raw(&emu, "POST", "/_emulator/responses", &[], one.as_bytes()).await;
        assert_eq!(status, 200, "{text}");
    }
    let (status, text) = raw(&emu, "GET", "/_emulator/responses", &[], b"").await;
    assert_eq!(
        status, 503,
        "a 2.1 MB listing in a 2 MiB budget: {text:.100}"
    );
    let (status, _) = raw(&emu, "PUT", "/_emulator/responses", &[], one.as_bytes()).await;
    assert_eq!(status, 200);
    let (status, text) = raw(&emu, "GET", "/_emulator/responses", &[], b"").await;
    assert_eq!(status, 200);
    assert!(text.len() > 700_000 && text.contains("\"broken\":true"));
}
