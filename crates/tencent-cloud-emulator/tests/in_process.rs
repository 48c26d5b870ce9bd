//! The emulator in-process on an ephemeral port: signatures (TC3 and v1, POST and GET),
//! error shapes, validation, example and synthesised replies, routing, the request log,
//! faults and the credential stand-ins, driven by the core client and by raw HTTP.

mod common;

use std::sync::{Arc, OnceLock};

use serde_json::{Value, json};
use tencent_cloud_core::credentials::{AssumeRoleProvider, CvmRoleProvider, ProvideCredentials};
use tencent_cloud_core::sign::{Algorithm, Method, tc3, v1};
use tencent_cloud_core::{Client, ClientConfig, Credential, Error, RequestSpec, RetryPolicy};
use tencent_cloud_emulator::{Emulator, RunningEmulator};
use tencent_cloud_spec::{ExampleOutput, Release};

use common::raw;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ID: &str = "AKIDemulatorTEST";
const KEY: &str = "emulator-test-secret-key";

fn release() -> Arc<Release> {
    static R: OnceLock<Arc<Release>> = OnceLock::new();
    R.get_or_init(|| {
        Arc::new(
            Release::load(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../specs/3.0.1217.1"
            ))
            .expect("load specs"),
        )
    })
    .clone()
}

async fn start() -> RunningEmulator {
    Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .temporary_credentials("AKIDtemporary", "temporary-key", "the-token")
        .start()
        .await
        .expect("start")
}

fn client(url: &str, algorithm: Algorithm, key: &str, retry: RetryPolicy) -> Client {
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(url)
        .algorithm(algorithm)
        .retry(retry)
        .build()
        .expect("config");
    Client::new(config, Credential::new(ID, key)).expect("client")
}

fn example(service: &str, version: &str, action: &str) -> Value {
    let rel = release();
    let api = rel.api_version(service, version).expect("api");
    api.examples_of(action)
        .iter()
        .find_map(|e| match &e.output {
            Ok(ExampleOutput::Json(v)) => Some(v.clone()),
            _ => None,
        })
        .expect("example")
}

fn without_request_id(mut v: Value) -> Value {
    if let Some(r) = v.get_mut("Response").and_then(Value::as_object_mut) {
        r.remove("RequestId");
    }
    v
}

fn service_code(e: Error) -> String {
    match e {
        Error::Service { code, .. } => code,
        other => panic!("expected a service error, got {other}"),
    }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64
}

/// A TC3-signed raw request: what it calls and how it is signed. [`Tc3::post`]
/// and [`Tc3::cvm`] give a POST of `{}` signed now with the right key; struct
/// update syntax or [`Tc3::get`] change the rest.
struct Tc3<'a> {
    host: &'a str,
    service: &'a str,
    action: &'a str,
    version: &'a str,
    method: Method,
    query: &'a str,
    body: &'a [u8],
    key: &'a str,
    ts: i64,
}

impl<'a> Tc3<'a> {
    fn post(host: &'a str, service: &'a str, action: &'a str, version: &'a str) -> Self {
        Tc3 {
            host,
            service,
            action,
            version,
            method: Method::Post,
            query: "",
            body: b"{}",
            key: KEY,
            ts: now(),
        }
    }

    /// A POST to cvm 2017-03-12.
    fn cvm(host: &'a str, action: &'a str) -> Self {
        Tc3::post(host, "cvm", action, "2017-03-12")
    }

    /// The same as a GET with `query` and no body.
    fn get(self, query: &'a str) -> Self {
        Tc3 {
            method: Method::Get,
            query,
            body: b"",
            ..self
        }
    }

    /// The headers to send.
    fn headers(&self) -> Vec<(&'static str, String)> {
        let cred = Credential::new(ID, self.key);
        let mut req = tc3::SigningRequest::new(
            &cred,
            self.service,
            self.host,
            self.action,
            self.version,
            self.ts,
        );
        req.method = self.method;
        req.query = self.query;
        req.payload = tc3::Payload::Bytes(self.body);
        if self.method == Method::Get {
            req.content_type = "application/x-www-form-urlencoded";
        }
        let out = tc3::sign(&req).expect("sign");
        let mut h: Vec<(&'static str, String)> = out.headers.clone();
        h.push(("host", self.host.to_owned()));
        h.push(("content-type", req.content_type.to_owned()));
        h
    }
}

fn json_body(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[tokio::test]
async fn tc3_post_gets_the_example_with_a_fresh_request_id() {
    let emu = start().await;
    let c = client(
        &emu.url(),
        Algorithm::Tc3HmacSha256,
        KEY,
        RetryPolicy::none(),
    );
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions");
    let a: Value = json_body(&String::from_utf8_lossy(
        &c.send_raw(&spec, b"{}".to_vec()).await.expect("call"),
    ));
    let b: Value = json_body(&String::from_utf8_lossy(
        &c.send_raw(&spec, b"{}".to_vec()).await.expect("call"),
    ));
    let want = example("cvm", "v20170312", "DescribeRegions");
    assert_eq!(
        without_request_id(json!({"Response": a.clone()})),
        without_request_id(want.clone())
    );
    let (ra, rb) = (&a["RequestId"], &b["RequestId"]);
    assert!(ra.is_string() && rb.is_string());
    assert_ne!(ra, rb);
    assert_ne!(ra, &want["Response"]["RequestId"]);
    let log = emu.requests();
    assert_eq!(log.len(), 2);
    assert_eq!(log[0].service, "cvm");
    assert_eq!(log[0].action, "DescribeRegions");
    assert_eq!(log[0].algorithm, "TC3-HMAC-SHA256");
    assert_eq!(log[0].secret_id, ID);
    assert_eq!(log[0].error_code, None);
}

#[tokio::test]
async fn v1_hmac_sha256_and_sha1_post_are_verified() {
    // v1 has no credential scope and several services have a 2017-03-12 DescribeZones:
    // a bare 127.0.0.1 host needs the default service.
    let emu = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .service_default("cvm")
        .start()
        .await
        .expect("start");
    for alg in [Algorithm::HmacSha256, Algorithm::HmacSha1] {
        let c = client(&emu.url(), alg, KEY, RetryPolicy::none());
        let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeZones");
        let got = c.send_raw(&spec, b"{}".to_vec()).await.expect("v1 call");
        let got = json_body(&String::from_utf8_lossy(&got));
        assert_eq!(
            without_request_id(json!({"Response": got})),
            without_request_id(example("cvm", "v20170312", "DescribeZones"))
        );
        let bad = client(&emu.url(), alg, "wrong-key", RetryPolicy::none());
        let e = bad
            .send_raw(&spec, b"{}".to_vec())
            .await
            .expect_err("wrong key");
        assert_eq!(service_code(e), "AuthFailure.SignatureFailure");
    }
    let algs: Vec<String> = emu.requests().into_iter().map(|r| r.algorithm).collect();
    assert_eq!(algs, ["HmacSHA256", "HmacSHA256", "HmacSHA1", "HmacSHA1"]);
}

#[tokio::test]
async fn tc3_get_and_v1_get_are_verified() {
    let emu = start().await;
    let host = emu.addr().to_string();
    let query = "Limit=1&Offset=0";
    let h = Tc3::cvm(&host, "DescribeInstances").get(query).headers();
    let (status, body) = raw(&emu, "GET", &format!("/?{query}"), &h, b"").await;
    assert_eq!(status, 200);
    let v = json_body(&body);
    assert!(v["Response"]["InstanceSet"].is_array(), "{body}");

    // v1 GET: the signed parameters in the query string.
    let cred = Credential::new(ID, KEY);
    let params = [("Limit", "1")];
    let mut req = v1::SigningRequest::new(
        &cred,
        &host,
        "DescribeInstances",
        "2017-03-12",
        now(),
        42,
        &params,
    );
    req.method = Method::Get;
    let out = v1::sign(&req).expect("v1 sign");
    let q = tencent_cloud_core::sign::form_urlencode(
        &out.params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
    );
    let (status, body) = raw(&emu, "GET", &format!("/?{q}"), &[], b"").await;
    assert_eq!(status, 200);
    // Routed by the version index plus the action (no Host, no scope).
    let v = json_body(&body);
    assert!(v["Response"]["InstanceSet"].is_array(), "{body}");
    assert_eq!(emu.requests()[1].service, "cvm");

    // Flattened parameters are text, checked leniently: "1" is an int64, "abc" is not;
    // a flattened member the action does not have is unknown.
    for (params, want) in [
        (vec![("Limit", "abc")], "InvalidParameterValue"),
        (
            vec![("Filters.0.Name", "zone"), ("Filters.0.Bogus", "x")],
            "UnknownParameter",
        ),
        (
            vec![("InstanceIds.0", "ins-1"), ("InstanceIds.1", "ins-2")],
            "",
        ),
    ] {
        let mut req = v1::SigningRequest::new(
            &cred,
            &host,
            "DescribeInstances",
            "2017-03-12",
            now(),
            43,
            &params,
        );
        req.method = Method::Get;
        let out = v1::sign(&req).expect("v1 sign");
        let q = tencent_cloud_core::sign::form_urlencode(
            &out.params
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect::<Vec<_>>(),
        );
        let (_, body) = raw(&emu, "GET", &format!("/?{q}"), &[], b"").await;
        let code = json_body(&body)["Response"]["Error"]["Code"]
            .as_str()
            .unwrap_or("")
            .to_owned();
        assert_eq!(code, want, "{params:?}: {body}");
    }
    let h = Tc3::cvm(&host, "DescribeInstances")
        .get("Limit=abc")
        .headers();
    let (_, body) = raw(&emu, "GET", "/?Limit=abc", &h, b"").await;
    assert_eq!(
        json_body(&body)["Response"]["Error"]["Code"],
        "InvalidParameterValue"
    );
}

#[tokio::test]
async fn auth_failures_have_tencent_codes_and_shape() {
    let emu = start().await;
    let host = "cvm.tencentcloudapi.com";
    let body = b"{}";
    let send = |h: Vec<(&'static str, String)>| {
        let emu = &emu;
        async move {
            let (status, text) = raw(emu, "POST", "/", &h, body).await;
            assert_eq!(status, 200);
            json_body(&text)
        }
    };
    let err = |v: &Value| {
        v["Response"]["Error"]["Code"]
            .as_str()
            .unwrap_or("")
            .to_owned()
    };

    let wrong = send(
        Tc3 {
            body,
            key: "bad",
            ..Tc3::cvm(host, "DescribeRegions")
        }
        .headers(),
    )
    .await;
    assert_eq!(err(&wrong), "AuthFailure.SignatureFailure");
    assert!(wrong["Response"]["Error"]["Message"].is_string());
    assert!(wrong["Response"]["RequestId"].is_string());
    assert!(!wrong.to_string().contains(KEY));

    let old = send(
        Tc3 {
            body,
            ts: now() - 301,
            ..Tc3::cvm(host, "DescribeRegions")
        }
        .headers(),
    )
    .await;
    assert_eq!(err(&old), "AuthFailure.SignatureExpire");
    let fine = send(
        Tc3 {
            body,
            ts: now() - 200,
            ..Tc3::cvm(host, "DescribeRegions")
        }
        .headers(),
    )
    .await;
    assert!(fine["Response"]["RegionSet"].is_array(), "{fine}");

    let mut unknown = Tc3 {
        body,
        ..Tc3::cvm(host, "DescribeRegions")
    }
    .headers();
    for (n, v) in unknown.iter_mut() {
        if *n == "Authorization" {
            *v = v.replace(ID, "AKIDnobody");
        }
    }
    assert_eq!(err(&send(unknown).await), "AuthFailure.SecretIdNotFound");

    // Temporary credentials without their token.
    let tmp = Client::new(
        ClientConfig::builder()
            .endpoint_url(emu.url())
            .retry(RetryPolicy::none())
            .build()
            .expect("config"),
        Credential::new("AKIDtemporary", "temporary-key"),
    )
    .expect("client");
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions");
    assert_eq!(
        service_code(
            tmp.send_raw(&spec, b"{}".to_vec())
                .await
                .expect_err("no token")
        ),
        "AuthFailure.TokenFailure"
    );
    let tmp = Client::new(
        ClientConfig::builder()
            .endpoint_url(emu.url())
            .retry(RetryPolicy::none())
            .build()
            .expect("config"),
        Credential::new("AKIDtemporary", "temporary-key").with_token("the-token"),
    )
    .expect("client");
    tmp.send_raw(&spec, b"{}".to_vec())
        .await
        .expect("with token");

    let (_, unsigned) = raw(
        &emu,
        "POST",
        "/",
        &[("content-type", "application/json".into())],
        b"{}",
    )
    .await;
    assert_eq!(
        err(&json_body(&unsigned)),
        "AuthFailure.InvalidAuthorization"
    );
}

#[tokio::test]
async fn requests_are_validated_against_the_spec() {
    let emu = start().await;
    let c = client(
        &emu.url(),
        Algorithm::Tc3HmacSha256,
        KEY,
        RetryPolicy::none(),
    );
    let call = |action: &'static str, body: Value| {
        let c = c.clone();
        async move {
            let spec = RequestSpec::new("cvm", "2017-03-12", action);
            c.send_raw(&spec, body.to_string().into_bytes()).await
        }
    };
    let code = |r: Result<_, Error>| service_code(r.expect_err("should fail"));
    assert_eq!(
        code(call("StartInstances", json!({})).await),
        "MissingParameter"
    );
    assert_eq!(
        code(call("DescribeRegions", json!({"Bogus": 1})).await),
        "UnknownParameter"
    );
    assert_eq!(
        code(call("DescribeInstances", json!({"Limit": "ten"})).await),
        "InvalidParameterValue"
    );
    assert_eq!(
        code(
            call(
                "DescribeInstances",
                json!({"Filters": [{"Name": "zone", "Values": "not-a-list"}]})
            )
            .await
        ),
        "InvalidParameterValue"
    );
    assert_eq!(
        code(call("DescribeInstances", json!({"Filters": [{"Nme": "zone"}]})).await),
        "UnknownParameter"
    );
    assert_eq!(code(call("NoSuchAction", json!({})).await), "InvalidAction");
    call(
        "DescribeInstances",
        json!({"Limit": 1, "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-3"]}]}),
    )
    .await
    .expect("valid request");
    let log = emu.requests();
    assert_eq!(log[0].error_code.as_deref(), Some("MissingParameter"));
    assert_eq!(log.last().and_then(|r| r.error_code.clone()), None);
}

/// The smallest valid input: every required member, with a value of its type.
fn minimal_input(api: &tencent_cloud_spec::ApiVersion, object: &str, depth: usize) -> Value {
    use tencent_cloud_spec::{Base, Scalar};
    let mut out = serde_json::Map::new();
    let Some(obj) = api.object(object) else {
        return Value::Object(out);
    };
    for m in obj.members.iter().filter(|m| m.required_in_request()) {
        let one = match &m.ty.base {
            Base::Object(o) if depth < 6 => minimal_input(api, o, depth + 1),
            Base::Object(_) => json!({}),
            Base::Scalar(Scalar::Int64 | Scalar::Uint64) => json!(1),
            Base::Scalar(Scalar::Float) => json!(1.0),
            Base::Scalar(Scalar::Bool) => json!(true),
            Base::Scalar(_) => json!("x"),
        };
        out.insert(m.name.clone(), if m.ty.list { json!([one]) } else { one });
    }
    Value::Object(out)
}

#[tokio::test]
async fn actions_without_examples_get_a_synthesised_reply() {
    let rel = release();
    // An action with no example (only a handful upstream; all have required input).
    let (svc, api, action) = rel
        .api_versions()
        .find_map(|api| {
            api.actions.values().find_map(|a| {
                (a.status.is_callable()
                    && api.examples_of(&a.name).is_empty()
                    && api.output_of(a).is_some())
                .then(|| (api.service.clone(), api, a.clone()))
            })
        })
        .expect("such an action exists");
    let input = minimal_input(api, &api.input_of(&action).expect("input").name, 0);
    let sent = input.to_string().into_bytes();
    let emu = start().await;
    let host = format!("{svc}.tencentcloudapi.com");
    let h = Tc3 {
        body: &sent,
        ..Tc3::post(&host, &svc, &action.name, &api.metadata.api_version)
    }
    .headers();
    let (status, body) = raw(&emu, "POST", "/", &h, &sent).await;
    assert_eq!(status, 200);
    let v = json_body(&body);
    let resp = v["Response"].as_object().expect("Response");
    assert!(!resp.contains_key("Error"), "{body}");
    assert!(resp["RequestId"].is_string());
    // Without the required member: MissingParameter.
    let h = Tc3::post(&host, &svc, &action.name, &api.metadata.api_version).headers();
    let (_, missing) = raw(&emu, "POST", "/", &h, b"{}").await;
    assert_eq!(
        json_body(&missing)["Response"]["Error"]["Code"],
        "MissingParameter"
    );
    let output = api.output_of(&action).expect("output");
    for m in output.members.iter().filter(|m| m.always_in_response()) {
        assert!(resp.contains_key(&m.name), "{} missing in {body}", m.name);
    }
}

#[tokio::test]
async fn paginated_actions_answer_the_requested_slice() {
    let emu = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        // v1 has no credential scope: a bare 127.0.0.1 host needs the default service.
        .service_default("tag")
        .start()
        .await
        .expect("start");
    let want = example("tag", "v20180813", "DescribeTagKeys");
    let tags = want["Response"]["Tags"].as_array().expect("Tags").clone();
    assert_eq!(tags.len(), 9);
    let spec = RequestSpec::new("tag", "2018-08-13", "DescribeTagKeys");
    let call = |algorithm, body: Value| {
        let c = client(&emu.url(), algorithm, KEY, RetryPolicy::none());
        async move {
            let bytes = c.send_raw(&spec, body.to_string().into_bytes()).await;
            json_body(&String::from_utf8_lossy(&bytes.expect("call")))
        }
    };
    let tc3 = Algorithm::Tc3HmacSha256;
    // No Offset or Limit: the example as it is.
    let all = call(tc3, json!({})).await;
    assert_eq!(
        without_request_id(json!({"Response": all})),
        without_request_id(want.clone())
    );
    // (request, expected slice of the example's list); TotalCount stays the list's length
    // and the echoed Offset/Limit are the request's.
    let cases = [
        (json!({"Offset": 7, "Limit": 10}), 7..9),
        (json!({"Offset": 20, "Limit": 5}), 9..9),
        (json!({"Offset": 2, "Limit": 0}), 2..9),
        (json!({"Limit": 3}), 0..3),
    ];
    for (request, slice) in cases {
        let got = call(tc3, request.clone()).await;
        assert_eq!(got["Tags"], Value::from(tags[slice].to_vec()), "{request}");
        assert_eq!(got["TotalCount"], 9, "{request}");
        assert_eq!(got["Limit"], request["Limit"], "{request}");
        if let Some(offset) = request.get("Offset") {
            assert_eq!(&got["Offset"], offset, "{request}");
        }
    }
    // v1 sends form values, that is strings.
    let got = call(Algorithm::HmacSha256, json!({"Offset": 3, "Limit": 2})).await;
    assert_eq!(emu.requests().last().expect("call").params["Offset"], "3");
    assert_eq!(got["Tags"], Value::from(tags[3..5].to_vec()));
    assert_eq!(got["TotalCount"], 9);
}

#[tokio::test]
async fn routing_by_host_and_default_service() {
    let rel = release();
    let emu = Emulator::builder()
        .release(rel)
        .credentials(ID, KEY)
        .service_default("cvm")
        .start()
        .await
        .expect("start");
    // Host names the service, with a region label; the scope agrees.
    let host = "cvm.ap-shanghai.tencentcloudapi.com";
    let h = Tc3::cvm(host, "DescribeZones").headers();
    let (_, body) = raw(&emu, "POST", "/", &h, b"{}").await;
    assert!(json_body(&body)["Response"]["ZoneSet"].is_array(), "{body}");
    // An unknown action at the default service.
    let cred = Credential::new(ID, KEY);
    let host = emu.addr().to_string();
    let req = v1::SigningRequest::new(&cred, &host, "NotAnAction", "2017-03-12", now(), 1, &[]);
    let out = v1::sign(&req).expect("sign");
    let form = tencent_cloud_core::sign::form_urlencode(
        &out.params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect::<Vec<_>>(),
    );
    let (_, body) = raw(
        &emu,
        "POST",
        "/",
        &[("content-type", "application/x-www-form-urlencoded".into())],
        form.as_bytes(),
    )
    .await;
    assert_eq!(
        json_body(&body)["Response"]["Error"]["Code"],
        "InvalidAction"
    );
    assert_eq!(emu.requests()[1].service, "cvm");
}

#[tokio::test]
async fn request_log_endpoint_lists_calls_without_secrets() {
    let emu = start().await;
    let c = client(
        &emu.url(),
        Algorithm::Tc3HmacSha256,
        KEY,
        RetryPolicy::none(),
    );
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeInstances");
    c.send_raw(&spec, br#"{"Limit":2}"#.to_vec())
        .await
        .expect("call");
    let (status, body) = raw(&emu, "GET", "/_emulator/requests", &[], b"").await;
    assert_eq!(status, 200);
    assert!(!body.contains(KEY));
    let list = json_body(&body);
    assert_eq!(list[0]["action"], "DescribeInstances");
    assert_eq!(list[0]["params"]["Limit"], 2);
    assert_eq!(list[0]["status"], 200);
    let (status, _) = raw(&emu, "DELETE", "/_emulator/requests", &[], b"").await;
    assert_eq!(status, 200);
    assert!(emu.requests().is_empty());
    let (status, _) = raw(&emu, "GET", "/_emulator/nothing", &[], b"").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn faults_from_the_api_and_retries() {
    let emu = start().await;
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions").idempotent(true);
    let fast_retry = RetryPolicy {
        max_attempts: 3,
        initial_backoff: std::time::Duration::from_millis(1),
        max_backoff: std::time::Duration::from_millis(5),
        total_deadline: None,
    };
    let c = client(
        &emu.url(),
        Algorithm::Tc3HmacSha256,
        KEY,
        fast_retry.clone(),
    );

    // Two 503s, then success on the third attempt.
    let (status, body) = raw(
        &emu,
        "PUT",
        "/_emulator/faults",
        &[],
        br#"[{"action":"DescribeRegions","kind":"http_status","status":503,"count":2}]"#,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    c.send_raw(&spec, b"{}".to_vec())
        .await
        .expect("third attempt succeeds");
    let faults: Vec<Option<String>> = emu.requests().into_iter().map(|r| r.fault).collect();
    assert_eq!(
        faults,
        [Some("http_status".into()), Some("http_status".into()), None]
    );

    // Throttling every time: the typed error after exactly max_attempts.
    emu.clear_requests();
    let (status, _) = raw(
        &emu,
        "PUT",
        "/_emulator/faults",
        &[],
        br#"[{"kind":"request_limit_exceeded"}]"#,
    )
    .await;
    assert_eq!(status, 200);
    let e = c
        .send_raw(&spec, b"{}".to_vec())
        .await
        .expect_err("throttled");
    assert_eq!(service_code(e), "RequestLimitExceeded");
    assert_eq!(emu.requests().len(), 3);

    // Internal error once, then success.
    emu.clear_requests();
    emu.set_faults(
        tencent_cloud_emulator::faults::parse_rules(r#"[{"kind":"internal_error","count":1}]"#)
            .expect("rules"),
    );
    c.send_raw(&spec, b"{}".to_vec()).await.expect("retried");
    assert_eq!(emu.requests().len(), 2);

    // Connection reset and truncated bodies: transport/decode errors, then success.
    for kind in ["connection_reset", "truncated_body"] {
        emu.clear_requests();
        emu.set_faults(
            tencent_cloud_emulator::faults::parse_rules(&format!(
                r#"[{{"kind":"{kind}","count":1}}]"#
            ))
            .expect("rules"),
        );
        c.send_raw(&spec, b"{}".to_vec())
            .await
            .unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert_eq!(emu.requests().len(), 2, "{kind}");
        assert_eq!(emu.requests()[0].fault.as_deref(), Some(kind));
        let once = client(
            &emu.url(),
            Algorithm::Tc3HmacSha256,
            KEY,
            RetryPolicy::none(),
        );
        emu.set_faults(
            tencent_cloud_emulator::faults::parse_rules(&format!(
                r#"[{{"kind":"{kind}","count":1}}]"#
            ))
            .expect("rules"),
        );
        let e = once
            .send_raw(&spec, b"{}".to_vec())
            .await
            .expect_err("no retry");
        assert!(
            matches!(e, Error::Transport { .. } | Error::Decode { .. }),
            "{kind}: {e:?}"
        );
    }

    // Bad rules are refused with a reason.
    let (status, body) = raw(
        &emu,
        "PUT",
        "/_emulator/faults",
        &[],
        br#"[{"kind":"meteor"}]"#,
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("rule 0"), "{body}");
    let (status, _) = raw(&emu, "DELETE", "/_emulator/faults", &[], b"").await;
    assert_eq!(status, 200);
    assert!(emu.faults().is_empty());
}

#[tokio::test]
async fn latency_fault_delays_the_reply() {
    let emu = start().await;
    emu.set_faults(
        tencent_cloud_emulator::faults::parse_rules(r#"[{"kind":"latency","ms":150,"count":1}]"#)
            .expect("rules"),
    );
    let c = client(
        &emu.url(),
        Algorithm::Tc3HmacSha256,
        KEY,
        RetryPolicy::none(),
    );
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions");
    let t = std::time::Instant::now();
    c.send_raw(&spec, b"{}".to_vec())
        .await
        .expect("slow but fine");
    assert!(t.elapsed() >= std::time::Duration::from_millis(150));
    assert_eq!(emu.requests()[0].fault.as_deref(), Some("latency"));
}

#[tokio::test]
async fn sts_and_metadata_stand_ins_issue_usable_credentials() {
    let emu = start().await;
    // STS AssumeRole, signed with the permanent key.
    let provider = AssumeRoleProvider::new(
        Credential::new(ID, KEY),
        "qcs::cam::uin/100000000001:roleName/test",
    )
    .endpoint(emu.url());
    let creds = provider.provide_credentials().await.expect("assume role");
    assert!(creds.secret_id().starts_with("AKIDtmp"));
    assert!(creds.token().is_some());
    assert!(creds.expiry().is_some());
    let config = ClientConfig::builder()
        .endpoint_url(emu.url())
        .retry(RetryPolicy::none())
        .build()
        .expect("config");
    let c = Client::new(config.clone(), creds.into_credential()).expect("client");
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions");
    c.send_raw(&spec, b"{}".to_vec())
        .await
        .expect("temporary credentials work");

    // CVM metadata role.
    let imds = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data/", emu.url()));
    let creds = imds.provide_credentials().await.expect("metadata");
    assert!(creds.token().is_some());
    let c = Client::new(config, creds.into_credential()).expect("client");
    c.send_raw(&spec, b"{}".to_vec())
        .await
        .expect("metadata credentials work");
    let (status, _) = raw(
        &emu,
        "GET",
        "/latest/meta-data/cam/security-credentials/other-role",
        &[],
        b"",
    )
    .await;
    assert_eq!(status, 404);
    let log = emu.requests();
    assert_eq!(log[0].action, "AssumeRole");
}

#[tokio::test]
async fn faults_reach_the_stand_ins_only_when_named() {
    use tencent_cloud_emulator::faults::parse_rules;
    let emu = start().await;
    let imds = CvmRoleProvider::new().endpoint(format!("{}/latest/meta-data/", emu.url()));
    // A global rule is for the API: credentials still come.
    emu.set_faults(parse_rules(r#"[{"kind": "internal_error", "count": 1}]"#).expect("rules"));
    imds.provide_credentials()
        .await
        .expect("metadata untouched");
    assert_eq!(
        emu.faults()[0].count,
        Some(1),
        "not consumed by the stand-in"
    );

    // Named rules: the role listing fails once with 503, the role's credentials once
    // with an internal error (a 500 from a metadata server), then both work.
    emu.set_faults(
        parse_rules(
            r#"[{"service": "metadata", "action": "cam/security-credentials", "kind": "http_status", "status": 503, "count": 1},
                {"service": "metadata", "action": "cam/security-credentials/emulator-role", "kind": "internal_error", "count": 1},
                {"service": "tccli-sso", "kind": "connection_reset", "count": 1}]"#,
        )
        .expect("rules"),
    );
    let path = "/latest/meta-data/cam/security-credentials/";
    let role = "/latest/meta-data/cam/security-credentials/emulator-role";
    let statuses = [
        raw(&emu, "GET", path, &[], b"").await.0,
        raw(&emu, "GET", path, &[], b"").await.0,
        raw(&emu, "GET", role, &[], b"").await.0,
        raw(&emu, "GET", role, &[], b"").await.0,
    ];
    assert_eq!(statuses, [503, 200, 500, 200]);
    imds.provide_credentials()
        .await
        .expect("metadata after the faults");
    // SSO: the first call is cut off without an answer, the next is answered.
    let body = br#"{"LoginToken": "t"}"#;
    let sso = "/api/org/gen_saml_response";
    let (status, text) = raw(&emu, "POST", sso, &[], body).await;
    assert_eq!((status, text.as_str()), (0, ""));
    let (status, text) = raw(&emu, "POST", sso, &[], body).await;
    assert_eq!(status, 200);
    assert!(text.contains("SAMLResponse"), "{text}");
    let faults: Vec<(String, String, Option<String>)> = emu
        .requests()
        .into_iter()
        .filter(|r| r.fault.is_some())
        .map(|r| (r.service, r.action, r.fault))
        .collect();
    assert_eq!(
        faults,
        [
            (
                "metadata".into(),
                "cam/security-credentials".into(),
                Some("http_status".into())
            ),
            (
                "metadata".into(),
                "cam/security-credentials/emulator-role".into(),
                Some("internal_error".into())
            ),
            (
                "tccli-sso".into(),
                "gen_saml_response".into(),
                Some("connection_reset".into())
            ),
        ]
    );
}

#[tokio::test]
async fn builder_refuses_bad_configuration() {
    let e = Emulator::builder()
        .credentials(ID, KEY)
        .start()
        .await
        .expect_err("no release");
    assert!(e.to_string().contains("no release"));
    let e = Emulator::builder()
        .release(release())
        .start()
        .await
        .expect_err("no creds");
    assert!(e.to_string().contains("no credentials"));
    let e = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .service_default("nope")
        .start()
        .await
        .expect_err("bad default");
    assert!(e.to_string().contains("nope"));
    let e = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .listen("256.0.0.1:1")
        .start()
        .await
        .expect_err("bad addr");
    assert!(e.to_string().contains("256.0.0.1:1"));
}

#[tokio::test]
async fn tls_with_the_generated_ca() {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, ServerName};
    let emu = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .tls(vec!["emulator.test".into()])
        .start()
        .await
        .expect("start");
    assert!(emu.url().starts_with("https://"));
    let pem = emu.ca_pem().expect("CA");
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(pem.as_bytes()).expect("PEM"))
        .expect("root");
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    for name in [
        "127.0.0.1",
        "localhost",
        "cvm.tencentcloudapi.com",
        "emulator.test",
    ] {
        let tcp = TcpStream::connect(emu.addr()).await.expect("connect");
        let server = ServerName::try_from(name.to_owned()).expect("name");
        let mut tls = connector
            .connect(server, tcp)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let host = if name == "127.0.0.1" || name == "localhost" {
            "127.0.0.1".to_owned()
        } else {
            name.to_owned()
        };
        let body = b"{}";
        let h = Tc3 {
            body,
            ..Tc3::cvm(&host, "DescribeRegions")
        }
        .headers();
        let mut req = "POST / HTTP/1.1\r\nconnection: close\r\n".to_owned();
        for (n, v) in &h {
            req.push_str(&format!("{n}: {v}\r\n"));
        }
        req.push_str("content-length: 2\r\n\r\n{}");
        tls.write_all(req.as_bytes()).await.expect("write");
        let mut out = Vec::new();
        let _ = tls.read_to_end(&mut out).await;
        let text = String::from_utf8_lossy(&out);
        assert!(text.starts_with("HTTP/1.1 200"), "{name}: {text}");
        assert!(text.contains("RegionSet"), "{name}: {text}");
    }
    // A name outside the certificate is refused by the client.
    let tcp = TcpStream::connect(emu.addr()).await.expect("connect");
    let other = ServerName::try_from("example.com".to_owned()).expect("name");
    assert!(connector.connect(other, tcp).await.is_err());
}

/// The release the service crates are generated from (`crates/services/RELEASE`).
fn crates_release() -> Arc<Release> {
    static R: OnceLock<Arc<Release>> = OnceLock::new();
    R.get_or_init(|| {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let name = std::fs::read_to_string(format!("{root}/crates/services/RELEASE"))
            .expect("crates/services/RELEASE");
        Arc::new(Release::load(format!("{root}/specs/{}", name.trim())).expect("load specs"))
    })
    .clone()
}

/// Every callable action of every service in the crates' release answers a minimal valid
/// request (every required member, nothing else) with a success reply, an example or a
/// synthesised response, and that reply fits the action's response schema as a client
/// decodes it. The only replies allowed not to fit are examples served as upstream wrote
/// them that break the schema for the same reason as the example does (counted and
/// printed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_action_of_the_release_answers() {
    let rel = crates_release();
    let emu = Emulator::builder()
        .release(rel.clone())
        .credentials(ID, KEY)
        .start()
        .await
        .expect("start");
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(emu.url())
        .retry(RetryPolicy::none())
        .build()
        .expect("config");
    let c = Client::new(config, Credential::new(ID, KEY)).expect("client");
    let mut jobs = Vec::new();
    for api in rel.api_versions() {
        for action in api.actions.values().filter(|a| a.status.is_callable()) {
            let Some(input) = api.input_of(action) else {
                continue;
            };
            let body = minimal_input(api, &input.name, 0).to_string().into_bytes();
            jobs.push((
                api.service.clone(),
                api.version.clone(),
                action.name.clone(),
                body,
            ));
        }
    }
    let total = jobs.len();
    let callable: usize = rel
        .api_versions()
        .map(|api| {
            api.actions
                .values()
                .filter(|a| a.status.is_callable())
                .count()
        })
        .sum();
    assert_eq!(total, callable, "every callable action has an input object");
    let failures = Arc::new(std::sync::Mutex::new(Vec::new()));
    let upstream = Arc::new(std::sync::Mutex::new(Vec::new()));
    let streamed = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let jobs = Arc::new(std::sync::Mutex::new(jobs));
    let workers: Vec<_> = (0..8)
        .map(|_| {
            let (c, jobs, failures, upstream, streamed, rel) = (
                c.clone(),
                jobs.clone(),
                failures.clone(),
                upstream.clone(),
                streamed.clone(),
                rel.clone(),
            );
            tokio::spawn(async move {
                loop {
                    let job = jobs.lock().expect("lock").pop();
                    let Some((service, version, action, body)) = job else {
                        return;
                    };
                    let api = rel.api_version(&service, &version).expect("api");
                    let spec = RequestSpec::new(&service, &api.metadata.api_version, &action);
                    let fail = |m: String| failures.lock().expect("lock").push(m);
                    match c.send_raw(&spec, body).await {
                        Ok(bytes) => {
                            let v: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
                            let Some(resp) = v.as_object() else {
                                fail(format!("{service}.{action}: not a JSON object"));
                                continue;
                            };
                            if !v["RequestId"].is_string() {
                                fail(format!("{service}.{action}: no RequestId"));
                            }
                            let output = api
                                .actions
                                .get(&action)
                                .and_then(|a| api.output_of(a))
                                .expect("output object");
                            if let Err(why) =
                                tencent_cloud_emulator::validate::check_response(api, output, resp)
                            {
                                if example_misfits(api, &action, output)
                                    .contains(&without_indices(&why))
                                {
                                    upstream
                                        .lock()
                                        .expect("lock")
                                        .push(format!("{service}.{action}: {why}"));
                                } else {
                                    fail(format!(
                                        "{service}.{action}: reply breaks the schema: {why}"
                                    ));
                                }
                            }
                        }
                        // Streamed actions answer text/event-stream, which send_raw does
                        // not decode as JSON.
                        Err(Error::Decode { snippet, .. }) if snippet.starts_with("data:") => {
                            streamed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                        Err(e) => fail(format!("{service}.{action}: {e}")),
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.await.expect("worker");
    }
    let upstream = upstream.lock().expect("lock");
    eprintln!(
        "{total} actions of {}: {} streamed, {} served an upstream example that breaks its own schema (as the example does):\n  {}",
        rel.name,
        streamed.load(std::sync::atomic::Ordering::Relaxed),
        upstream.len(),
        upstream.join("\n  ")
    );
    let failures = failures.lock().expect("lock");
    assert!(
        failures.is_empty(),
        "{} of {total} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The log keeps the newest LOG_CAPACITY calls; sequence numbers count them all.
    let log = emu.requests();
    assert_eq!(log.len(), total.min(tencent_cloud_emulator::LOG_CAPACITY));
    assert_eq!(log.last().map(|r| r.seq), Some(total as u64));
    assert!(log.iter().all(|r| r.error_code.is_none()));
}

/// Why the JSON examples of `action` break its response schema themselves (so that
/// serving one as written is not the emulator's fault).
fn example_misfits(
    api: &tencent_cloud_spec::ApiVersion,
    action: &str,
    output: &tencent_cloud_spec::Object,
) -> Vec<String> {
    let Some(list) = api.examples.get(action) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|ex| ex.output.as_ref().ok()?.response())
        .filter_map(|r| tencent_cloud_emulator::validate::check_response(api, output, r).err())
        .map(|why| without_indices(&why))
        .collect()
}

/// A reason with its list indices (`PackageList.3.Domain`) made `#`: a list answer is
/// paged, so the element that breaks the schema can sit at another index in the reply.
fn without_indices(why: &str) -> String {
    why.split('.')
        .map(|part| {
            if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
                "#"
            } else {
                part
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}
