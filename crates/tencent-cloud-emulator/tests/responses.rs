//! Chosen responses (`/_emulator/responses`), required regions, and the region and
//! language in the request log.

mod common;

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tencent_cloud_core::codec::Call;
use tencent_cloud_core::{
    Client, ClientConfig, Credential, Error, Language, RequestSpec, RetryPolicy,
};
use tencent_cloud_emulator::{Emulator, RunningEmulator};
use tencent_cloud_spec::Release;

use common::raw;

const ID: &str = "AKIDresponsesTEST";
const KEY: &str = "responses-test-secret-key";
const ZONES: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "DescribeZones");
const RUN: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "RunInstances");

fn cvm_only() -> Arc<Release> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/3.0.1217.1");
    Arc::new(Release::load_only(dir, 1, |f| f.service == "cvm").expect("cvm specs"))
}

async fn start(require_region: bool) -> RunningEmulator {
    Emulator::builder()
        .release(cvm_only())
        .credentials(ID, KEY)
        .require_region(require_region)
        .start()
        .await
        .expect("start")
}

fn client(url: &str, region: Option<&str>) -> Client {
    let mut b = ClientConfig::builder()
        .endpoint_url(url)
        .retry(RetryPolicy {
            max_attempts: 1,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(1),
            total_deadline: None,
        });
    if let Some(r) = region {
        b = b.region(r);
    }
    Client::new(b.build().expect("config"), Credential::new(ID, KEY)).expect("client")
}

/// One exchange with `/_emulator/responses`: status and JSON body.
async fn admin(emu: &RunningEmulator, method: &str, body: &str) -> (u16, Value) {
    let (status, text) = raw(emu, method, "/_emulator/responses", &[], body.as_bytes()).await;
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn chosen_responses_and_errors_replace_the_example() {
    let emu = start(false).await;
    let c = client(&emu.url(), Some("ap-guangzhou"));
    let rules = r#"[
        {"action": "DescribeZones", "response": {"TotalCount": 0, "ZoneSet": []}},
        {"service": "cvm", "action": "RunInstances", "error": {"code": "LimitExceeded", "message": "quota reached"}, "count": 1}
    ]"#;
    let (status, body) = admin(&emu, "PUT", rules).await;
    assert_eq!((status, &body), (200, &json!({"responses": 2})));

    let zones: Value = Call::new(&c, ZONES, &json!({})).await.expect("zones");
    assert_eq!(zones["TotalCount"], 0);
    assert_eq!(zones["ZoneSet"], json!([]));
    assert!(zones["RequestId"].as_str().is_some_and(|r| !r.is_empty()));

    // The error once, then the example again (RunInstances needs its required params).
    let run = json!({"ImageId": "img-1", "InstanceType": "S5.MEDIUM2", "Placement": {"Zone": "ap-guangzhou-3"}});
    let err = Call::<_, Value>::new(&c, RUN, &run).await.unwrap_err();
    assert_eq!(err.code(), Some("LimitExceeded"));
    assert!(err.to_string().contains("quota reached"));
    let ok: Value = Call::new(&c, RUN, &run).await.expect("example reply");
    assert!(ok.get("InstanceIdSet").is_some(), "{ok}");

    // The signature is still checked before a chosen response.
    let wrong = Client::new(
        ClientConfig::builder()
            .endpoint_url(emu.url())
            .build()
            .expect("config"),
        Credential::new(ID, "not-the-key"),
    )
    .expect("client");
    let err = Call::<_, Value>::new(&wrong, ZONES, &json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("AuthFailure.SignatureFailure"));

    let (_, listed) = admin(&emu, "GET", "").await;
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    let (status, _) = admin(&emu, "DELETE", "").await;
    assert_eq!(status, 200);
    let zones: Value = Call::new(&c, ZONES, &json!({})).await.expect("zones");
    assert_ne!(zones["ZoneSet"], json!([]), "the example again");

    let (status, body) = admin(&emu, "POST", r#"[{"action": "X"}]"#).await;
    assert_eq!(status, 400);
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|e| e.contains("exactly one"))
    );
}

#[tokio::test]
async fn regions_can_be_required_and_are_logged_with_the_language() {
    let emu = start(true).await;
    let none = client(&emu.url(), None);
    let err = Call::<_, Value>::new(&none, ZONES, &json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("MissingParameter"));
    assert!(matches!(&err, Error::Service { message, .. } if message.contains("Region")));

    let _: Value = Call::new(&none, ZONES, &json!({}))
        .region("ap-singapore")
        .language(Language::EnUs)
        .await
        .expect("with a region");
    let log = emu.requests();
    assert_eq!(log.len(), 2);
    assert_eq!((log[0].region.as_str(), log[0].language.as_str()), ("", ""));
    assert_eq!(log[1].region, "ap-singapore");
    assert_eq!(log[1].language, "en-US");
}

fn cls_only() -> Arc<Release> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/3.0.1217.1");
    Arc::new(Release::load_only(dir, 1, |f| f.service == "cls").expect("cls specs"))
}

tencent_cloud_core::codec::model! {
    pub struct UploadLogRequest: encode {
        topic_id: String = "TopicId",
        compress_type: String = "CompressType",
    }
    pub struct UploadLogResponse: decode {
        request_id: String = "RequestId",
    }
}

/// cls `UploadLog`: a raw (protobuf) body, the request's fields as `X-CLS-*` headers,
/// signed with TC3 over the bytes, as the official SDKs' `call_octet_stream` sends it.
#[tokio::test]
async fn octet_stream_bodies_are_signed_sent_and_understood() {
    use tencent_cloud_core::codec::OctetCall;
    use tencent_cloud_core::sign::Algorithm;
    let emu = Emulator::builder()
        .release(cls_only())
        .credentials(ID, KEY)
        .start()
        .await
        .expect("start");
    let c = client(&emu.url(), Some("ap-guangzhou"));
    let spec = RequestSpec::new("cls", "2020-10-16", "UploadLog");
    let request = UploadLogRequest::default()
        .set_topic_id("f6c4fa6f-1234-5678-8289-1ff6f77ed975")
        .set_compress_type("lz4");
    let body: Vec<u8> = (0u8..=255).cycle().take(1000).collect(); // not UTF-8, not JSON
    let call: OctetCall<'_, UploadLogResponse> =
        OctetCall::new(&c, spec, "X-CLS-", &request, body.into());
    let names: Vec<&str> = call
        .call_options()
        .headers
        .iter()
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(names, ["X-CLS-CompressType", "X-CLS-TopicId"]);
    let out = call.await.expect("uploaded");
    assert!(out.request_id.is_some_and(|r| !r.is_empty()));
    let log = emu.requests();
    assert_eq!(log[0].status, 200, "signature verified over the raw bytes");
    assert_eq!(
        log[0].params,
        json!({"TopicId": "f6c4fa6f-1234-5678-8289-1ff6f77ed975", "CompressType": "lz4", "_octet_stream_bytes": 1000})
    );

    // The required TopicId is checked like any parameter.
    let err = OctetCall::<'_, UploadLogResponse>::new(
        &c,
        spec,
        "X-CLS-",
        &UploadLogRequest::default(),
        vec![1u8, 2, 3].into(),
    )
    .await
    .unwrap_err();
    assert_eq!(err.code(), Some("MissingParameter"), "{err:?}");

    // v1 signatures cannot sign a raw body: refused before sending.
    let v1 = Client::new(
        ClientConfig::builder()
            .endpoint_url(emu.url())
            .algorithm(Algorithm::HmacSha256)
            .build()
            .expect("config"),
        Credential::new(ID, KEY),
    )
    .expect("client");
    let err =
        OctetCall::<'_, UploadLogResponse>::new(&v1, spec, "X-CLS-", &request, vec![1u8].into())
            .await
            .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidInput(m) if m.contains("TC3")),
        "{err:?}"
    );
    assert_eq!(emu.requests().len(), 2, "the v1 call was not sent");
}
