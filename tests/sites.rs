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

/// The international channel the crates were generated from (`RELEASE-INTL`), loaded
/// once.
fn intl_release() -> std::sync::Arc<tencent_cloud_spec::Release> {
    static R: std::sync::OnceLock<std::sync::Arc<tencent_cloud_spec::Release>> =
        std::sync::OnceLock::new();
    R.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let name = std::fs::read_to_string(root.join("crates/services/RELEASE-INTL"))
            .expect("crates/services/RELEASE-INTL");
        let dir = root.join("specs/intl").join(name.trim());
        std::sync::Arc::new(tencent_cloud_spec::Release::load(dir).expect("intl specs"))
    })
    .clone()
}

#[tokio::test]
async fn an_intl_only_service_answers_on_the_international_site_only() {
    use tencent_cloud_gse::v20191112::{Client as Gse, DescribeInstanceTypesRequest};
    let emu = Emulator::builder()
        .release(release())
        .intl_release(intl_release())
        .credentials(ID, KEY)
        .tls(vec!["*.intl.tencentcloudapi.com".into()])
        .start()
        .await
        .expect("emulator");
    let ca = emu.ca_pem().expect("CA").to_owned();
    let target = emu.addr();
    let proxy = Server::start(move |_| Reply::Tunnel(target)).await;
    let gse = |site: Site| {
        let config = ClientConfig::builder()
            .site(site)
            .region("ap-singapore")
            .proxy(format!("http://{}", proxy.addr))
            .add_root_certificates_pem(&ca)
            .retry(RetryPolicy::none())
            .build()
            .expect("config");
        Gse::new(
            tencent_cloud_core::Client::new(config, tencent_cloud_core::Credential::new(ID, KEY))
                .expect("client"),
        )
    };
    let want = intl_release()
        .api_version("gse", "v20191112")
        .expect("gse")
        .examples_of("DescribeInstanceTypes")
        .iter()
        .find_map(|e| match &e.output {
            Ok(tencent_cloud_spec::ExampleOutput::Json(v)) => Some(v["Response"].clone()),
            _ => None,
        })
        .expect("example");

    let got = gse(Site::International)
        .describe_instance_types(&DescribeInstanceTypesRequest::default())
        .await
        .expect("gse on the international site");
    assert_eq!(
        got.instance_type_list.map(|l| l.len()),
        want["InstanceTypeList"].as_array().map(Vec::len)
    );
    assert_eq!(
        emu.requests().last().map(|r| r.host.clone()).as_deref(),
        Some("gse.intl.tencentcloudapi.com")
    );

    // The China site has no gse: the real API's InvalidAction.
    let err = gse(Site::China)
        .describe_instance_types(&DescribeInstanceTypesRequest::default())
        .await
        .expect_err("gse is intl-only");
    assert_eq!(err.code(), Some("InvalidAction"), "{err:?}");
    assert_eq!(
        emu.requests().last().map(|r| r.host.clone()).as_deref(),
        Some("gse.tencentcloudapi.com")
    );
}
