//! Quick start: list the regions where CVM is available.
//!
//! Configuration comes from the environment, the way tccli and the official
//! SDKs find it: `TENCENTCLOUD_SECRET_ID` / `TENCENTCLOUD_SECRET_KEY` (or a
//! tccli profile, an INI profile, TKE OIDC, a CVM role), `TENCENTCLOUD_REGION`,
//! and optionally `TENCENTCLOUD_ENDPOINT` to send requests elsewhere (a
//! private endpoint, or the local emulator).
//!
//! ```sh
//! TENCENTCLOUD_SECRET_ID=AKID... TENCENTCLOUD_SECRET_KEY=... TENCENTCLOUD_REGION=ap-guangzhou \
//!     cargo run -p tencent-cloud-tests --example describe_regions
//! ```

use std::process::ExitCode;

use tencent_cloud_cvm::v20170312::{Client, DescribeRegionsRequest};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let core = match tencent_cloud_core::Client::from_env().await {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let cvm = Client::new(core);
    match cvm
        .describe_regions(&DescribeRegionsRequest::default())
        .await
    {
        Ok(response) => {
            for region in response.region_set.unwrap_or_default() {
                println!(
                    "{:<20} {:<8} {}",
                    region.region.unwrap_or_default(),
                    region.region_state.unwrap_or_default(),
                    region.region_name.unwrap_or_default()
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
