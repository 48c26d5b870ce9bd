//! Proxies from the environment (`HTTP_PROXY`, `NO_PROXY`), as curl reads them. A test
//! binary of its own: it sets process-wide variables, which no other test may see.

mod common;

use common::{SECRET_ID, SECRET_KEY, Server};
use serde_json::{Value, json};
use tencent_cloud_core::{Client, ClientConfig, Credential, RequestSpec, RetryPolicy};

const DESCRIBE: RequestSpec<'static> = RequestSpec::new("cvm", "2017-03-12", "DescribeInstances");

fn client(endpoint: &str) -> Client {
    let config = ClientConfig::builder()
        .endpoint_url(endpoint)
        .retry(RetryPolicy::none())
        .build()
        .expect("config");
    Client::new(config, Credential::new(SECRET_ID, SECRET_KEY)).expect("client")
}

#[tokio::test]
async fn http_proxy_and_no_proxy_from_the_environment() {
    // The scripted server plays the proxy: it answers the absolute-form request for a
    // host that does not resolve.
    let proxy = Server::start(vec![]).await;
    // SAFETY: this binary has this one test; nothing else reads the environment
    // concurrently.
    unsafe {
        std::env::set_var("HTTP_PROXY", proxy.url());
        std::env::set_var("NO_PROXY", "direct.invalid");
    }
    let out: Value = client("http://cvm.proxied.invalid")
        .call(&DESCRIBE, &json!({}))
        .await
        .expect("call through the environment's proxy");
    assert_eq!(out["RequestId"], "req-ok");
    let reqs = proxy.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].headers["host"], "cvm.proxied.invalid");
    assert!(reqs[0].signature_ok);

    // NO_PROXY: connected directly, so the name must resolve, and it does not.
    let e = client("http://cvm.direct.invalid")
        .call::<_, Value>(&DESCRIBE, &json!({}))
        .await
        .expect_err("not through the proxy");
    assert!(e.to_string().contains("cannot connect"), "{e}");
    assert_eq!(proxy.requests().len(), 1);
}
