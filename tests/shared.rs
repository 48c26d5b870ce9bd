//! Helpers shared by the tests of generated clients (included with
//! `#[path = "shared.rs"] mod shared;`; each test uses what it needs).
#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use tencent_cloud_core::credentials::Env;
use tencent_cloud_emulator::{Emulator, RunningEmulator};
use tencent_cloud_spec::Release;

/// The release the crates were generated from, loaded once per test binary.
pub fn release() -> Arc<Release> {
    static R: OnceLock<Arc<Release>> = OnceLock::new();
    R.get_or_init(|| {
        Arc::new(Release::load(tencent_cloud_tests::generated_release_dir()).expect("specs"))
    })
    .clone()
}

/// The emulator serving [`release`], accepting one key pair.
pub async fn emulator(id: &str, key: &str) -> RunningEmulator {
    Emulator::builder()
        .release(release())
        .credentials(id, key)
        .start()
        .await
        .expect("emulator")
}

/// A core client configured the way users do it: from the environment, with
/// `TENCENTCLOUD_ENDPOINT` pointing at `url`.
pub async fn env_client(url: &str, id: &str, key: &str) -> tencent_cloud_core::Client {
    let env = Env::empty()
        .with_var("TENCENTCLOUD_SECRET_ID", id)
        .with_var("TENCENTCLOUD_SECRET_KEY", key)
        .with_var("TENCENTCLOUD_REGION", "ap-guangzhou")
        .with_var("TENCENTCLOUD_ENDPOINT", url);
    let config = tencent_cloud_core::SdkConfig::loader()
        .env(env)
        .load()
        .await
        .expect("config");
    tencent_cloud_core::Client::from_config(&config).expect("client")
}

/// The first successful example answer of an action in [`release`], as its `Response`
/// object.
pub fn example(service: &str, version: &str, action: &str) -> serde_json::Value {
    release()
        .api_version(service, version)
        .expect("api version")
        .examples_of(action)
        .iter()
        .find_map(|e| match &e.output {
            Ok(tencent_cloud_spec::ExampleOutput::Json(v))
                if v["Response"].get("Error").is_none() =>
            {
                Some(v["Response"].clone())
            }
            _ => None,
        })
        .expect("example")
}

/// Retries with millisecond waits, so that fault tests stay fast.
pub fn fast_retry(max_attempts: u32) -> tencent_cloud_core::RetryPolicy {
    tencent_cloud_core::RetryPolicy {
        max_attempts,
        initial_backoff: std::time::Duration::from_millis(1),
        max_backoff: std::time::Duration::from_millis(4),
        total_deadline: Some(std::time::Duration::from_secs(20)),
    }
}
