//! The site setting through the loader: `TENCENTCLOUD_SITE`, a tccli profile's
//! per-service endpoints (as tccli and tccli-intl write them), and what wins.

use tencent_cloud_core::credentials::Env;
use tencent_cloud_core::{ClientConfig, SdkConfig, Site};

fn home_with_configure(configure: Option<&str>) -> tempfile::TempDir {
    let h = tempfile::tempdir().expect("tmp");
    if let Some(text) = configure {
        std::fs::create_dir_all(h.path().join(".tccli")).expect("mkdir");
        std::fs::write(h.path().join(".tccli/default.configure"), text).expect("write");
    }
    h
}

async fn hosts(env: Env) -> (Site, Vec<String>) {
    let config = SdkConfig::loader()
        .env(env)
        .region("ap-guangzhou")
        .load()
        .await
        .expect("config");
    let c = config.client_config();
    let hosts = ["cvm", "cbs", "sts", "as"]
        .iter()
        .map(|s| c.resolve(s, Some("ap-guangzhou")).expect("endpoint").host)
        .collect();
    (c.site(), hosts)
}

/// What tccli-intl's `configure` writes: every service on `intl.tencentcloudapi.com`
/// (`autoscaling` for the `as` service), and a region.
const INTL_PROFILE: &str = r#"{
  "_sys_param": {"region": "ap-singapore", "output": "json"},
  "cvm": {"endpoint": "cvm.intl.tencentcloudapi.com", "version": "2017-03-12"},
  "autoscaling": {"endpoint": "as.intl.tencentcloudapi.com", "version": "2018-04-19"},
  "sts": {"endpoint": "sts.intl.tencentcloudapi.com", "version": "2018-08-13"}
}"#;

/// What China tccli writes, with one service pinned to a region by hand.
const CHINA_PROFILE: &str = r#"{
  "_sys_param": {"region": "ap-guangzhou"},
  "cvm": {"endpoint": "cvm.ap-shanghai.tencentcloudapi.com", "version": "2017-03-12"},
  "cbs": {"endpoint": "cbs.tencentcloudapi.com"},
  "tag": {"endpoint": 42},
  "vpc": {"endpoint": "ftp://nope/x"}
}"#;

#[tokio::test]
async fn the_site_comes_from_the_environment_then_the_tccli_profile() {
    // Nothing set: the China site.
    let h = home_with_configure(None);
    let (site, got) = hosts(Env::empty().with_home(h.path())).await;
    assert_eq!(site, Site::China);
    assert_eq!(
        got,
        [
            "cvm.tencentcloudapi.com",
            "cbs.tencentcloudapi.com",
            "sts.tencentcloudapi.com",
            "as.tencentcloudapi.com"
        ]
    );

    // TENCENTCLOUD_SITE=intl: every service, STS included, on the international site.
    let (site, got) = hosts(
        Env::empty()
            .with_home(h.path())
            .with_var("TENCENTCLOUD_SITE", "intl"),
    )
    .await;
    assert_eq!(site, Site::International);
    assert_eq!(
        got,
        [
            "cvm.intl.tencentcloudapi.com",
            "cbs.intl.tencentcloudapi.com",
            "sts.intl.tencentcloudapi.com",
            "as.intl.tencentcloudapi.com"
        ]
    );

    // A bad value is an error naming the variable.
    let e = SdkConfig::loader()
        .env(
            Env::empty()
                .with_home(h.path())
                .with_var("TENCENTCLOUD_SITE", "mars"),
        )
        .load()
        .await
        .expect_err("bad site");
    assert!(e.to_string().contains("TENCENTCLOUD_SITE"), "{e}");

    // A tccli-intl profile: its endpoints, and the international site for the others.
    let h = home_with_configure(Some(INTL_PROFILE));
    let (site, got) = hosts(Env::empty().with_home(h.path())).await;
    assert_eq!(site, Site::International);
    assert_eq!(
        got,
        [
            "cvm.intl.tencentcloudapi.com",
            "cbs.intl.tencentcloudapi.com",
            "sts.intl.tencentcloudapi.com",
            "as.intl.tencentcloudapi.com"
        ]
    );

    // A China profile with a pinned service: honoured; an endpoint that is not text or
    // not a URL is skipped (with a warning), the others keep the site's.
    let h = home_with_configure(Some(CHINA_PROFILE));
    let (site, got) = hosts(Env::empty().with_home(h.path())).await;
    assert_eq!(site, Site::China);
    assert_eq!(
        got,
        [
            "cvm.ap-shanghai.tencentcloudapi.com",
            "cbs.tencentcloudapi.com",
            "sts.tencentcloudapi.com",
            "as.tencentcloudapi.com"
        ]
    );

    // The environment's site wins over the profile's endpoints.
    let (site, got) = hosts(
        Env::empty()
            .with_home(h.path())
            .with_var("TENCENTCLOUD_SITE", "intl"),
    )
    .await;
    assert_eq!(site, Site::International);
    assert_eq!(got[0], "cvm.intl.tencentcloudapi.com");

    // A site chosen in code wins over the environment; TENCENTCLOUD_ENDPOINT over all.
    let config = SdkConfig::loader()
        .env(
            Env::empty()
                .with_home(h.path())
                .with_var("TENCENTCLOUD_SITE", "intl"),
        )
        .client_config(ClientConfig::builder().site(Site::China))
        .load()
        .await
        .expect("config");
    assert_eq!(config.client_config().site(), Site::China);
    assert_eq!(
        config
            .client_config()
            .resolve("cvm", None)
            .expect("cvm")
            .host,
        "cvm.tencentcloudapi.com"
    );
    let config = SdkConfig::loader()
        .env(
            Env::empty()
                .with_home(h.path())
                .with_var("TENCENTCLOUD_SITE", "intl")
                .with_var("TENCENTCLOUD_ENDPOINT", "http://127.0.0.1:9"),
        )
        .load()
        .await
        .expect("config");
    assert_eq!(
        config
            .client_config()
            .resolve("cvm", None)
            .expect("cvm")
            .host,
        "127.0.0.1:9"
    );
}
