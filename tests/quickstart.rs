//! End to end through a generated client: cvm DescribeRegions and the
//! DescribeInstances paginator against a loopback server that answers with
//! the real examples from examples.json and checks every signature.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use futures_util::StreamExt;
use serde_json::Value;
use tencentcloud_core::credentials::Env;
use tencentcloud_core::sign::tc3;
use tencentcloud_sdk_cvm::v20170312::{Client, DescribeInstancesRequest, DescribeRegionsRequest};
use tencentcloud_spec::{ExampleOutput, Release};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const ID: &str = "AKIDquickstartEXAMPLE";
const KEY: &str = "quickstart-secret-key";

fn example_response(action: &str) -> Value {
    let rel =
        Release::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/3.0.1217.1")).expect("specs");
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

/// Answers each request with the next body; records what it saw.
async fn serve(bodies: Vec<String>) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let queue = Arc::new(Mutex::new(VecDeque::from(bodies)));
    let s = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let (s, queue) = (s.clone(), queue.clone());
            tokio::spawn(async move {
                loop {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 8192];
                    let (head_end, len) = loop {
                        let n = match sock.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => n,
                        };
                        buf.extend_from_slice(&chunk[..n]);
                        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&buf[..i]).to_lowercase();
                            let len = head
                                .lines()
                                .find_map(|l| {
                                    l.strip_prefix("content-length:")
                                        .map(|v| v.trim().parse().unwrap_or(0))
                                })
                                .unwrap_or(0);
                            break (i + 4, len);
                        }
                    };
                    while buf.len() < head_end + len {
                        let n = sock.read(&mut chunk).await.unwrap_or(0);
                        if n == 0 {
                            return;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                    }
                    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
                    let header = |name: &str| {
                        head.lines()
                            .find_map(|l| {
                                let (k, v) = l.split_once(':')?;
                                k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
                            })
                            .unwrap_or_default()
                    };
                    let body = buf[head_end..head_end + len].to_vec();
                    // Verify TC3 with the core's own stages.
                    let auth = header("authorization");
                    let ts: i64 = header("x-tc-timestamp").parse().unwrap_or(0);
                    let date = tencentcloud_core::sign::utc_date(ts).unwrap_or_default();
                    let key = tc3::SigningKey::derive(KEY, &date, "cvm");
                    let canonical = format!(
                        "POST\n/\n\ncontent-type:{}\nhost:{}\n\ncontent-type;host\n{}",
                        header("content-type").to_lowercase(),
                        header("host").to_lowercase(),
                        tc3::hashed_payload(&body)
                    );
                    let sts = tc3::string_to_sign(ts, &date, "cvm", &canonical);
                    let signature_ok = auth.contains(&format!("Credential={ID}/"))
                        && auth.ends_with(&format!("Signature={}", key.sign(&sts)));
                    s.lock().expect("lock").push(Seen {
                        action: header("x-tc-action"),
                        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
                        signature_ok,
                    });
                    let reply = queue.lock().expect("lock").pop_front().unwrap_or_default();
                    let resp = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{reply}",
                        reply.len()
                    );
                    if sock.write_all(resp.as_bytes()).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    (url, seen)
}

async fn cvm(url: &str) -> Client {
    let env = Env::empty()
        .with_var("TENCENTCLOUD_SECRET_ID", ID)
        .with_var("TENCENTCLOUD_SECRET_KEY", KEY)
        .with_var("TENCENTCLOUD_REGION", "ap-guangzhou")
        .with_var("TENCENTCLOUD_ENDPOINT", url);
    let config = tencentcloud_core::Config::loader()
        .env(env)
        .load()
        .await
        .expect("config");
    Client::new(tencentcloud_core::Client::from_config(&config).expect("client"))
}

#[tokio::test]
async fn describe_regions_end_to_end() {
    let example = example_response("DescribeRegions");
    let (url, seen) = serve(vec![example.to_string()]).await;
    let response = cvm(&url)
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
    let seen = seen.lock().expect("lock");
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
    let (url, seen) = serve(vec![mk(2), mk(2), mk(1)]).await;
    // Generated structs are #[non_exhaustive]: start from Default, set fields.
    let mut request = DescribeInstancesRequest::default();
    request.limit = Some(2);
    let items: Vec<_> = cvm(&url)
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
    let seen = seen.lock().expect("lock");
    let offsets: Vec<i64> = seen
        .iter()
        .map(|s| s.body["Offset"].as_i64().expect("offset"))
        .collect();
    assert_eq!(offsets, [0, 2, 4]);
    assert!(seen.iter().all(|s| s.signature_ok && s.body["Limit"] == 2));
}
