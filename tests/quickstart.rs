//! End to end through a generated client: cvm DescribeRegions and the
//! DescribeInstances paginator against a loopback server that answers with
//! the real examples from examples.json and checks every signature.

use futures_util::StreamExt;
use serde_json::Value;
use tencent_cloud_core::testing::{Reply, Server};
use tencent_cloud_cvm::v20170312::{Client, DescribeInstancesRequest, DescribeRegionsRequest};
use tencent_cloud_spec::{ExampleOutput, Release};

const ID: &str = "AKIDquickstartEXAMPLE";
const KEY: &str = "quickstart-secret-key";

fn example_response(action: &str) -> Value {
    let rel = Release::load(tencent_cloud_tests::generated_release_dir()).expect("specs");
    let api = rel.api_version("cvm", "v20170312").expect("cvm");
    match &api.examples_of(action)[0].output {
        Ok(ExampleOutput::Json(v)) => v.clone(),
        other => panic!("{action}: {other:?}"),
    }
}

struct Seen {
    action: String,
    body: Value,
    signature_ok: bool,
}

/// Answers each request with the next body.
async fn serve(bodies: Vec<String>) -> Server {
    Server::scripted(bodies.into_iter().map(Reply::Json).collect()).await
}

/// What the server saw, each signature verified with the core's own stages.
fn seen(server: &Server) -> Vec<Seen> {
    server
        .requests()
        .iter()
        .map(|r| Seen {
            action: r.header("x-tc-action").unwrap_or_default().to_string(),
            body: serde_json::from_slice(&r.body).unwrap_or(Value::Null),
            signature_ok: r.tc3_signed_by(ID, KEY),
        })
        .collect()
}

#[path = "shared.rs"]
mod shared;

async fn cvm(url: &str) -> Client {
    Client::new(shared::env_client(url, ID, KEY).await)
}

#[tokio::test]
async fn describe_regions_end_to_end() {
    let example = example_response("DescribeRegions");
    let server = serve(vec![example.to_string()]).await;
    let response = cvm(&server.url())
        .await
        .describe_regions(&DescribeRegionsRequest::default())
        .await
        .expect("call");
    let regions = response.region_set.expect("regions");
    let want = example["Response"]["RegionSet"]
        .as_array()
        .expect("example regions");
    assert_eq!(regions.len(), want.len());
    assert_eq!(regions[0].region.as_deref(), want[0]["Region"].as_str());
    assert_eq!(
        response.request_id.as_deref(),
        example["Response"]["RequestId"].as_str()
    );
    let seen = seen(&server);
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].action, "DescribeRegions");
    assert_eq!(seen[0].body, serde_json::json!({}));
    assert!(
        seen[0].signature_ok,
        "the server verified the TC3 signature"
    );
}

#[tokio::test]
async fn describe_instances_pages_through_every_instance() {
    // Three pages of the real example's instance, TotalCount 5.
    let mut page = example_response("DescribeInstances");
    let instance = page["Response"]["InstanceSet"][0].clone();
    page["Response"]["TotalCount"] = 5.into();
    let mk = |n: usize| {
        let mut p = page.clone();
        p["Response"]["InstanceSet"] = Value::Array(vec![instance.clone(); n]);
        p.to_string()
    };
    let server = serve(vec![mk(2), mk(2), mk(1)]).await;
    // Generated structs are #[non_exhaustive]: start from Default, set fields.
    let mut request = DescribeInstancesRequest::default();
    request.limit = Some(2);
    let items: Vec<_> = cvm(&server.url())
        .await
        .describe_instances_pages(request)
        .collect()
        .await;
    assert_eq!(items.len(), 5);
    let first = items[0].as_ref().expect("instance");
    assert_eq!(
        first.instance_id.as_deref(),
        instance["InstanceId"].as_str()
    );
    let seen = seen(&server);
    let offsets: Vec<i64> = seen
        .iter()
        .map(|s| s.body["Offset"].as_i64().expect("offset"))
        .collect();
    assert_eq!(offsets, [0, 2, 4]);
    assert!(seen.iter().all(|s| s.signature_ok && s.body["Limit"] == 2));
}

/// The README's per-call options and trait-free paging, as written there.
#[tokio::test]
async fn per_call_options_and_paging_without_traits() {
    let regions = example_response("DescribeRegions");
    let mut page = example_response("DescribeInstances");
    page["Response"]["TotalCount"] = 1.into();
    let instance_id = page["Response"]["InstanceSet"][0]["InstanceId"].clone();
    page["Response"]["InstanceSet"] =
        Value::Array(vec![page["Response"]["InstanceSet"][0].clone()]);
    let server = serve(vec![regions.to_string(), page.to_string()]).await;
    let cvm = cvm(&server.url()).await;

    let regions_in_english = cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .language(tencent_cloud_core::Language::EnUs)
        .attempt_timeout(std::time::Duration::from_secs(5))
        .await
        .expect("regions");
    assert!(regions_in_english.region_set.is_some());

    let request = DescribeInstancesRequest::default().set_limit(100);
    let mut instances = cvm.describe_instances_pages(request).region("ap-beijing");
    let mut ids = Vec::new();
    while let Some(instance) = instances.next_item().await {
        ids.push(instance.expect("instance").instance_id);
    }
    assert_eq!(ids, [instance_id.as_str().map(String::from)]);

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("x-tc-language"), Some("en-US"));
    assert_eq!(requests[1].header("x-tc-region"), Some("ap-beijing"));
    assert!(seen(&server).iter().all(|s| s.signature_ok));
}

/// A value that contradicts its declared type (text where the spec says int64) leaves
/// the rest of the response intact and is kept raw; so is a member the crate does not
/// know.
#[tokio::test]
async fn responses_are_read_forward_compatibly() {
    let mut page = example_response("DescribeInstances");
    page["Response"]["TotalCount"] = "about five".into();
    page["Response"]["MemberFromTheFuture"] = serde_json::json!({"a": 1});
    let server = serve(vec![page.to_string()]).await;
    let response = cvm(&server.url())
        .await
        .describe_instances(&DescribeInstancesRequest::default())
        .await
        .expect("one bad value does not fail the response");
    assert_eq!(response.total_count, None);
    assert_eq!(
        response._unknown_fields.get("TotalCount"),
        Some(&serde_json::json!("about five"))
    );
    assert_eq!(
        response._unknown_fields.get("MemberFromTheFuture"),
        Some(&serde_json::json!({"a": 1}))
    );
    assert_eq!(
        response.instance_set.map(|s| s.len()),
        page["Response"]["InstanceSet"].as_array().map(|a| a.len())
    );
}

/// The README's mock: a generated client answered by `Client::with_mock`, no network.
#[tokio::test]
async fn readme_mock_answers_a_generated_client() -> Result<(), tencent_cloud_core::Error> {
    use tencent_cloud_core::mock::Mock;

    let mock = Mock::new();
    mock.respond(
        "DescribeRegions",
        serde_json::json!({"TotalCount": 0, "RegionSet": []}),
    )
    .error_once("RunInstances", "LimitExceeded", "quota reached");
    let core = tencent_cloud_core::Client::with_mock(
        tencent_cloud_core::ClientConfig::default(),
        mock.clone(),
    )?;
    let cvm = Client::new(core);
    assert_eq!(
        cvm.describe_regions(&DescribeRegionsRequest::default())
            .await?
            .total_count,
        Some(0)
    );
    assert_eq!(mock.requests()[0].action, "DescribeRegions");
    assert_eq!(mock.requests()[0].service, "cvm");

    let err = cvm
        .run_instances(&tencent_cloud_cvm::v20170312::RunInstancesRequest::default())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("LimitExceeded"));
    Ok(())
}
