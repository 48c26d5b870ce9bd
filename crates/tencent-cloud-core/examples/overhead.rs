//! The SDK's own CPU per call, without a network: a cvm-shaped call through an
//! in-memory transport that answers at once, on one thread, beside its parts (signing
//! alone, the transport alone). `cargo run --release -p tencent-cloud-core --example
//! overhead [calls]`.

use std::sync::Arc;
use std::time::Instant;

use tencent_cloud_core::transport::{Body, HttpRequest, HttpResponse, Transport, TransportFuture};
use tencent_cloud_core::{ClientConfig, Credential, RequestSpec};

#[derive(Debug)]
struct Instant200(bytes::Bytes);

impl Transport for Instant200 {
    fn send(&self, _request: HttpRequest) -> TransportFuture {
        let body = self.0.clone();
        Box::pin(async move { Ok(HttpResponse::new(Body::from(body))) })
    }
}

const ANSWER: &str = r#"{"Response":{"TotalCount":2,"RegionSet":[{"Region":"ap-guangzhou","RegionName":"South China(Guangzhou)","RegionState":"AVAILABLE"},{"Region":"ap-shanghai","RegionName":"East China(Shanghai)","RegionState":"AVAILABLE"}],"RequestId":"0a1b2c3d-0000-4000-8000-000000000000"}}"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let calls: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .transport(Arc::new(Instant200(bytes::Bytes::from_static(
            ANSWER.as_bytes(),
        ))))
        .build()?;
    let client = tencent_cloud_core::Client::new(config, Credential::new("AKIDEXAMPLE", "secret"))?;
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions").idempotent(true);
    let body = br#"{"Limit":10,"Offset":0}"#.to_vec();
    rt.block_on(async {
        for _ in 0..1_000 {
            client.send_raw(&spec, body.clone()).await.expect("warm-up");
        }
        let t = Instant::now();
        for _ in 0..calls {
            let _ = client.send_raw(&spec, body.clone()).await.expect("call");
        }
        let per = t.elapsed().as_secs_f64() * 1e6 / f64::from(calls);
        println!("send_raw through an in-memory transport: {per:.2} µs per call");
    });
    if std::env::var_os("OVERHEAD_CALLS_ONLY").is_some() {
        return Ok(());
    }
    let credential = Credential::new("AKIDEXAMPLE", "secret");
    let t = Instant::now();
    for i in 0..calls {
        let mut req = tencent_cloud_core::sign::tc3::SigningRequest::new(
            &credential,
            "cvm",
            "cvm.tencentcloudapi.com",
            "DescribeRegions",
            "2017-03-12",
            1_700_000_000 + i64::from(i % 60),
        );
        req.payload = tencent_cloud_core::sign::tc3::Payload::Bytes(&body);
        req.region = Some("ap-guangzhou");
        let _ = tencent_cloud_core::sign::tc3::sign(&req)?;
    }
    let per = t.elapsed().as_secs_f64() * 1e6 / f64::from(calls);
    println!("tc3::sign alone (key derived each time): {per:.2} µs per call");
    Ok(())
}
