//! The generated `errors` constants compare with `Error::code()` of real answers: cvm
//! against the emulator (a canned cvm error, the emulator's own MissingParameter), and a
//! code the crate does not know still arrives as a string.

use tencent_cloud_cvm::errors;
use tencent_cloud_cvm::v20170312::{Client, DescribeInstancesRequest, TerminateInstancesRequest};
use tencent_cloud_emulator::{CannedResponse, Emulator, canned::CannedError};

#[path = "shared.rs"]
mod shared;
use shared::release;

const ID: &str = "AKIDerrorsEXAMPLE";
const KEY: &str = "errors-secret-key";

fn canned(action: &str, code: &str) -> CannedResponse {
    CannedResponse {
        service: Some("cvm".into()),
        action: action.into(),
        response: None,
        error: Some(CannedError {
            code: code.into(),
            message: "from the test".into(),
        }),
        count: None,
        broken: false,
    }
}

#[tokio::test]
async fn cvm_error_codes_match_the_constants() {
    let emu = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .responses(vec![
            canned("DescribeInstances", "InvalidInstanceId.NotFound"),
            canned("DescribeRegions", "Made.Up"),
        ])
        .start()
        .await
        .expect("emulator");
    let cvm = Client::new(shared::env_client(&emu.url(), ID, KEY).await);

    let err = cvm
        .describe_instances(&DescribeInstancesRequest::default())
        .await
        .expect_err("the canned error");
    assert_eq!(err.code(), Some(errors::INVALIDINSTANCEID_NOTFOUND));

    // The emulator's own check of a required parameter.
    let err = cvm
        .terminate_instances(&TerminateInstancesRequest::default())
        .await
        .expect_err("InstanceIds is required");
    assert_eq!(err.code(), Some(errors::MISSINGPARAMETER));
    assert!(matches!(err.code(), Some(errors::MISSINGPARAMETER)));

    // Unknown to the crate: still a code, as a string.
    let err = cvm
        .describe_regions(&Default::default())
        .await
        .expect_err("the canned error");
    assert_eq!(err.code(), Some("Made.Up"));
}

/// Every cvm constant is a code the Python SDK 3.1.195 lists for cvm (422 of its own);
/// the codes most services share come from the core, re-exported.
#[test]
fn cvm_has_the_python_sdks_codes() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../crates/services/cvm/src/errors.rs"),
    )
    .expect("errors.rs");
    let consts = text.lines().filter(|l| l.starts_with("pub const ")).count();
    assert_eq!(consts, 422);
    assert_eq!(
        tencent_cloud_plan::error_codes("cvm")
            .iter()
            .filter(|e| e.own)
            .count(),
        422
    );
    assert!(text.contains("pub use tencent_cloud_core::error::codes::*;"));
    assert!(text.contains("tencentcloud-sdk-python 3.1.195"));
    // Reachable through the crate, from the core (cvm does not list it itself) ...
    assert_eq!(errors::RESOURCENOTFOUND, "ResourceNotFound");
    // ... and the service's own entry of a shared name wins over the re-export.
    assert_eq!(errors::INVALIDPARAMETER, "InvalidParameter");
}

/// The core's shared codes are exactly the codes at least a quarter of all services
/// list in the Python SDK (the plan computes the set from the imported table), so the
/// re-export in every crate's `errors` is neither short nor stale.
#[test]
fn the_cores_shared_codes_are_the_python_sdks_common_codes() {
    let want = tencent_cloud_plan::common_error_codes();
    assert_eq!(want.len(), 16, "{want:?}");
    assert_eq!(tencent_cloud_core::error::codes::ALL, want.as_slice());
}
