//! The core's extension points through a generated client (cvm): a custom transport,
//! interceptors, OpenTelemetry-named span fields, metrics, operation timeouts and
//! blocking use, against the in-process emulator or a transport that answers from the
//! real examples.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt as _;
use serde_json::Value;
use tencent_cloud_core::interceptor::{AfterAttempt, AfterSigning, BeforeSigning, Interceptor};
use tencent_cloud_core::telemetry::{CallRecord, Metrics};
use tencent_cloud_core::transport::{Body, HttpRequest, HttpResponse, Transport, TransportFuture};
use tencent_cloud_core::{ClientConfig, Credential, Error, RetryPolicy};
use tencent_cloud_cvm::v20170312::{Client, DescribeInstancesRequest, DescribeRegionsRequest};
use tencent_cloud_emulator::faults::parse_rules;

#[path = "shared.rs"]
mod shared;
use shared::fast_retry;

/// The first successful example answer of a cvm action.
fn example(action: &str) -> Value {
    shared::example("cvm", "v20170312", action)
}

const ID: &str = "AKIDpipelineEXAMPLE";
const KEY: &str = "pipeline-secret-key";

/// Three instances: the DescribeInstances example's first, with ids `ins-test-0..2`.
fn instances() -> Vec<Value> {
    let first = example("DescribeInstances")["InstanceSet"][0].clone();
    (0..3)
        .map(|i| {
            let mut v = first.clone();
            v["InstanceId"] = Value::from(format!("ins-test-{i}"));
            v
        })
        .collect()
}

/// Records every request and answers it from the real examples, one instance per page.
#[derive(Debug, Default)]
struct Recorder {
    seen: Mutex<Vec<(String, String, Value)>>,
}

impl Transport for Recorder {
    fn send(&self, request: HttpRequest) -> TransportFuture {
        let action = request
            .headers()
            .get("x-tc-action")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let host = request.uri().host().unwrap_or_default().to_owned();
        let params: Value = serde_json::from_slice(request.body()).unwrap_or(Value::Null);
        let mut response = example(&action);
        if action == "DescribeInstances" {
            // One instance per page at the requested offset, from three made of the
            // example's first.
            let set = instances();
            let offset = params["Offset"].as_u64().unwrap_or(0) as usize;
            response["TotalCount"] = Value::from(set.len());
            response["InstanceSet"] = Value::Array(set.into_iter().skip(offset).take(1).collect());
        }
        self.seen.lock().expect("lock").push((host, action, params));
        let body = serde_json::json!({ "Response": response }).to_string();
        Box::pin(async move { Ok(HttpResponse::new(Body::from(body))) })
    }
}

#[tokio::test]
async fn a_custom_transport_carries_calls_and_pages_without_a_socket() {
    let transport = Arc::new(Recorder::default());
    // An endpoint no socket could reach: the test fails if anything but the transport
    // tried (resolving `.invalid` fails).
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url("https://cvm.unreachable.invalid")
        .transport(transport.clone())
        .build()
        .expect("config");
    let cvm = Client::new(
        tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
    );

    let regions = cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .await
        .expect("DescribeRegions");
    let want = example("DescribeRegions");
    assert_eq!(
        regions.region_set.map(|r| r.len()),
        want["RegionSet"].as_array().map(Vec::len)
    );

    let instances = instances();
    let mut request = DescribeInstancesRequest::default();
    request.limit = Some(1);
    let got: Vec<_> = cvm.describe_instances_pages(request).collect().await;
    assert_eq!(got.len(), instances.len());
    for (g, w) in got.iter().zip(&instances) {
        assert_eq!(
            g.as_ref().expect("instance").instance_id.as_deref(),
            w["InstanceId"].as_str()
        );
    }

    let seen = transport.seen.lock().expect("lock").clone();
    // DescribeRegions, then one page per instance (the pager stops at TotalCount).
    assert_eq!(seen.len(), 1 + instances.len(), "{seen:?}");
    assert!(
        seen.iter()
            .all(|(host, _, _)| host == "cvm.unreachable.invalid")
    );
    assert_eq!(seen[0].1, "DescribeRegions");
    let offsets: Vec<u64> = seen[1..]
        .iter()
        .map(|(_, _, p)| p["Offset"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(offsets, (0..instances.len() as u64).collect::<Vec<_>>());
}

/// Tags every attempt with a trace id, and checks that secrets stay hidden after signing.
#[derive(Debug)]
struct TraceId(&'static str);

impl Interceptor for TraceId {
    fn before_signing(&self, request: &mut BeforeSigning<'_>) -> Result<(), Error> {
        request.insert_header(
            "X-TC-TraceId",
            &format!("{}-{}", self.0, request.info().attempt()),
        )
    }

    fn after_signing(&self, request: &AfterSigning<'_>) {
        assert_eq!(request.header("authorization"), Some("***"));
        assert!(request.headers().all(|(_, v)| !v.contains(KEY)));
        let raw = request.signed_request().headers()["authorization"]
            .to_str()
            .expect("text");
        assert!(raw.starts_with("TC3-HMAC-SHA256 Credential="), "{raw}");
    }
}

/// What one attempt ended with: its number, status, error code and whether a retry
/// followed.
type Seen = (u32, Option<u16>, Option<String>, bool);

/// Records what every attempt ended with.
#[derive(Debug, Default)]
struct Attempts(Mutex<Vec<Seen>>);

impl Interceptor for Attempts {
    fn after_attempt(&self, attempt: &AfterAttempt<'_>) {
        self.0.lock().expect("lock").push((
            attempt.info().attempt(),
            attempt.status(),
            attempt.error().and_then(|e| e.code().map(str::to_owned)),
            attempt.will_retry(),
        ));
    }
}

#[tokio::test]
async fn hooks_tag_requests_and_see_every_retry() {
    let emu = shared::emulator(ID, KEY).await;
    let attempts = Arc::new(Attempts::default());
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(emu.url())
        .retry(fast_retry(4))
        .interceptor(TraceId("trace-7f3a"))
        .build()
        .expect("config");
    let cvm = Client::new(
        tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
    );

    // Two injected internal errors, then the example: three attempts, each tagged.
    emu.set_faults(
        parse_rules(r#"[{"action":"DescribeRegions","kind":"internal_error","count":2}]"#)
            .expect("rules"),
    );
    cvm.describe_regions(&DescribeRegionsRequest::default())
        .interceptor(attempts.clone())
        .await
        .expect("DescribeRegions after two faults");
    let log = emu.requests();
    let traces: Vec<&str> = log.iter().map(|r| r.trace_id.as_str()).collect();
    assert_eq!(traces, ["trace-7f3a-1", "trace-7f3a-2", "trace-7f3a-3"]);
    let seen = attempts.0.lock().expect("lock").clone();
    let summary: Vec<(u32, Option<u16>, bool, bool)> = seen
        .iter()
        .map(|(n, status, code, retry)| {
            let internal = code
                .as_deref()
                .is_some_and(|c| c.starts_with("InternalError"));
            (*n, *status, internal, *retry)
        })
        .collect();
    assert_eq!(
        summary,
        [
            (1, Some(200), true, true),
            (2, Some(200), true, true),
            (3, Some(200), false, false)
        ],
        "{seen:?}"
    );

    // A hook may not set the SDK's own headers.
    #[derive(Debug)]
    struct Sneaky;
    impl Interceptor for Sneaky {
        fn before_signing(&self, request: &mut BeforeSigning<'_>) -> Result<(), Error> {
            request.insert_header("X-TC-Region", "ap-singapore")
        }
    }
    match cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .interceptor(Sneaky)
        .await
    {
        Err(Error::InvalidInput(m)) => assert!(m.contains("set by the SDK"), "{m}"),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

/// Span fields of `tencentcloud.request` spans created on one thread (the test's), as
/// a tracing layer sees them.
#[derive(Clone)]
struct Fields(Arc<Mutex<BTreeMap<String, String>>>, std::thread::ThreadId);

struct Visit<'a>(&'a Mutex<BTreeMap<String, String>>);

impl tracing::field::Visit for Visit<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0
            .lock()
            .expect("lock")
            .insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0
            .lock()
            .expect("lock")
            .insert(field.name().to_owned(), value.to_owned());
    }
}

impl<S> tracing_subscriber::Layer<S> for Fields
where
    S: tracing::Subscriber + for<'l> tracing_subscriber::registry::LookupSpan<'l>,
{
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if attrs.metadata().name() == "tencentcloud.request"
            && std::thread::current().id() == self.1
        {
            attrs.record(&mut Visit(&self.0));
        }
    }

    fn on_record(
        &self,
        id: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if std::thread::current().id() == self.1
            && ctx
                .span(id)
                .is_some_and(|s| s.name() == "tencentcloud.request")
        {
            values.record(&mut Visit(&self.0));
        }
    }
}

/// Counts calls by (action, error type).
#[derive(Debug, Default)]
struct Counter(Mutex<Vec<(String, u32, Option<String>)>>);

impl Metrics for Counter {
    fn record_call(&self, call: &CallRecord<'_>) {
        self.0.lock().expect("lock").push((
            call.action.to_owned(),
            call.attempts,
            call.error_type.map(str::to_owned),
        ));
    }
}

#[tokio::test]
async fn spans_carry_the_opentelemetry_rpc_attributes_and_metrics_count_calls() {
    use tracing_subscriber::layer::SubscriberExt as _;
    // A process-wide subscriber, not a thread's (`set_default`): the other tests of this
    // binary run at the same time on threads without one, and a callsite they reach
    // first may cache "no interest" between a scoped subscriber's creation and its use
    // (1 run in 7 lost the span). The layer keeps only this thread's spans.
    let fields = Fields(Arc::default(), std::thread::current().id());
    let subscriber = tracing_subscriber::registry().with(fields.clone());
    tracing::subscriber::set_global_default(subscriber).expect("the only global subscriber");

    let emu = shared::emulator(ID, KEY).await;
    let metrics = Arc::new(Counter::default());
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(emu.url())
        .retry(fast_retry(3))
        .metrics(metrics.clone())
        .build()
        .expect("config");
    let cvm = Client::new(
        tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
    );
    emu.set_faults(
        parse_rules(r#"[{"action":"DescribeRegions","kind":"request_limit_exceeded","count":1}]"#)
            .expect("rules"),
    );
    let got = cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .await
        .expect("DescribeRegions");
    let request_id = got.request_id.expect("RequestId");
    let host = emu
        .url()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let f = fields.0.lock().expect("lock").clone();
    let want = [
        ("otel.name", "cvm/DescribeRegions"),
        ("otel.kind", "client"),
        ("rpc.system", "tencentcloud"),
        ("rpc.service", "cvm"),
        ("rpc.method", "DescribeRegions"),
        ("cloud.region", "ap-guangzhou"),
        ("server.address", host.as_str()),
        ("tencentcloud.api_version", "2017-03-12"),
        ("tencentcloud.attempts", "2"),
        ("tencentcloud.request_id", request_id.as_str()),
        ("http.response.status_code", "200"),
    ];
    for (name, value) in want {
        assert_eq!(
            f.get(name).map(String::as_str),
            Some(value),
            "{name} in {f:?}"
        );
    }
    assert!(!f.contains_key("error.type"), "{f:?}");

    // A failed call: error.type is the code, and the metrics see both calls.
    emu.set_faults(parse_rules(r#"[{"kind":"request_limit_exceeded"}]"#).expect("rules"));
    let err = cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .await
        .expect_err("throttled");
    assert_eq!(err.code(), Some("RequestLimitExceeded"));
    let calls = metrics.0.lock().expect("lock").clone();
    assert_eq!(
        calls,
        vec![
            ("DescribeRegions".to_owned(), 2, None),
            (
                "DescribeRegions".to_owned(),
                3,
                Some("RequestLimitExceeded".to_owned())
            ),
        ]
    );
}

/// A transport whose every request hangs: a dead server.
#[derive(Debug, Default)]
struct Hang(AtomicUsize);

impl Transport for Hang {
    fn send(&self, _: HttpRequest) -> TransportFuture {
        self.0.fetch_add(1, Ordering::Relaxed);
        Box::pin(std::future::pending())
    }
}

#[tokio::test(start_paused = true)]
async fn an_operation_timeout_ends_a_call_whose_attempts_hang() {
    let hang = Arc::new(Hang::default());
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .transport(hang.clone())
        .retry(RetryPolicy {
            max_attempts: 10,
            ..RetryPolicy::default()
        })
        .attempt_timeout(Duration::from_millis(900))
        .build()
        .expect("config");
    let cvm = Client::new(
        tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
    );
    let real = std::time::Instant::now();
    let start = tokio::time::Instant::now();
    let err = cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .operation_timeout(Duration::from_secs(3))
        .await
        .expect_err("hangs");
    let took = start.elapsed();
    match err {
        Error::OperationTimeout {
            elapsed,
            attempts,
            limit,
        } => {
            assert_eq!(limit, Duration::from_secs(3));
            assert_eq!(attempts as usize, hang.0.load(Ordering::Relaxed));
            assert!(attempts >= 3, "{attempts}");
            assert!(
                elapsed <= Duration::from_secs(3) && elapsed >= Duration::from_millis(2_700),
                "{elapsed:?}"
            );
        }
        other => panic!("expected OperationTimeout, got {other:?}"),
    }
    assert!(took <= Duration::from_secs(3), "{took:?}");
    assert!(
        real.elapsed() < Duration::from_secs(1),
        "{:?}",
        real.elapsed()
    );
}

#[test]
fn a_synchronous_main_calls_and_pages_with_the_blocking_api() {
    // The emulator runs on a runtime of its own thread; the test thread has none.
    let (tx, rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().expect("runtime");
        rt.block_on(async move {
            let emu = shared::emulator(ID, KEY).await;
            tx.send(emu.url()).expect("send url");
            let _ = stop_rx.await;
            drop(emu);
        });
    });
    let url = rx.recv().expect("url");

    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(url)
        .build()
        .expect("config");
    let cvm = Client::new(
        tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
    );
    let regions = cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .send_blocking()
        .expect("DescribeRegions");
    assert_eq!(
        regions.region_set.map(|r| r.len()),
        example("DescribeRegions")["RegionSet"]
            .as_array()
            .map(Vec::len)
    );
    let instances = example("DescribeInstances")["InstanceSet"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut request = DescribeInstancesRequest::default();
    request.limit = Some(1);
    let ids: Vec<String> = cvm
        .describe_instances_pages(request)
        .blocking_iter()
        .map(|i| i.expect("instance").instance_id.unwrap_or_default())
        .collect();
    let want: Vec<&str> = instances
        .iter()
        .filter_map(|i| i["InstanceId"].as_str())
        .collect();
    assert_eq!(ids, want);

    // Calls from several threads at once share the client's runtime.
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    cvm.describe_regions(&DescribeRegionsRequest::default())
                        .send_blocking()
                })
            })
            .collect();
        for h in handles {
            h.join().expect("thread").expect("DescribeRegions");
        }
    });

    // Inside an async runtime a blocking call is refused, not deadlocked.
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("rt");
    let inside = rt.block_on(async {
        cvm.describe_regions(&DescribeRegionsRequest::default())
            .send_blocking()
    });
    match inside {
        Err(Error::InvalidInput(m)) => assert!(m.contains("inside an async runtime"), "{m}"),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
    let _ = stop_tx.send(());
    server.join().expect("server thread");
}
