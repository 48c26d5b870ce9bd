//! Both Tencent Cloud sites through a generated client: with `TENCENTCLOUD_SITE=intl`
//! and no endpoint, a cvm call goes to `cvm.intl.tencentcloudapi.com`, without it to
//! `cvm.tencentcloudapi.com`, checked through an https proxy's `CONNECT` line and the
//! emulator's request log (the emulator's certificate names both domains).

use tencent_cloud_core::credentials::Env;
use tencent_cloud_core::testing::{Reply, Server};
use tencent_cloud_core::{ClientConfig, RetryPolicy, SdkConfig, Site};
use tencent_cloud_cvm::v20170312::{Client, DescribeRegionsRequest};
use tencent_cloud_emulator::Emulator;

#[path = "shared.rs"]
mod shared;
use shared::release;

const ID: &str = "AKIDsitesEXAMPLE";
const KEY: &str = "sites-secret-key";

#[tokio::test]
async fn the_site_picks_the_host_through_an_https_proxy() {
    let emu = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .tls(vec!["*.intl.tencentcloudapi.com".into()])
        .start()
        .await
        .expect("emulator");
    let ca = emu.ca_pem().expect("CA").to_owned();
    // A CONNECT proxy that tunnels every request to the emulator: the names need not
    // resolve, and TLS checks them against the emulator's certificate.
    let target = emu.addr();
    let proxy = Server::start(move |_| Reply::Tunnel(target)).await;
    let home = tempfile::tempdir().expect("home");

    let mut connects = Vec::new();
    for (site_var, want_host, want_site) in [
        (
            Some("intl"),
            "cvm.intl.tencentcloudapi.com",
            Site::International,
        ),
        (None, "cvm.tencentcloudapi.com", Site::China),
    ] {
        let mut env = Env::empty()
            .with_home(home.path())
            .with_var("TENCENTCLOUD_SECRET_ID", ID)
            .with_var("TENCENTCLOUD_SECRET_KEY", KEY)
            .with_var("TENCENTCLOUD_REGION", "ap-singapore");
        if let Some(v) = site_var {
            env = env.with_var("TENCENTCLOUD_SITE", v);
        }
        let config = SdkConfig::loader()
            .env(env)
            .client_config(
                ClientConfig::builder()
                    .proxy(format!("http://{}", proxy.addr))
                    .add_root_certificates_pem(&ca)
                    .retry(RetryPolicy::none()),
            )
            .load()
            .await
            .expect("config");
        assert_eq!(config.client_config().site(), want_site);
        let cvm = Client::new(tencent_cloud_core::Client::from_config(&config).expect("client"));
        let got = cvm
            .describe_regions(&DescribeRegionsRequest::default())
            .await
            .expect("DescribeRegions through the proxy");
        assert!(got.region_set.is_some_and(|r| !r.is_empty()));
        assert_eq!(
            emu.requests().last().map(|r| r.host.clone()).as_deref(),
            Some(want_host)
        );
        connects.push(want_host);
    }
    let heads: Vec<String> = proxy.requests().into_iter().map(|r| r.head).collect();
    assert_eq!(heads.len(), 2, "{heads:?}");
    for (head, host) in heads.iter().zip(connects) {
        assert!(
            head.starts_with(&format!("CONNECT {host}:443 HTTP/1.1\r\n")),
            "{head}"
        );
    }
}
