//! Error codes of `cdz`, to compare with `tencent_cloud_core::Error::code()`; generated
//! by `cargo xtask regen`. Do not edit.
//!
//! From the official Python SDK, tencentcloud-sdk-python 3.1.195 (its
//! `errorcodes.py` files, Apache-2.0, Copyright Tencent), the release whose models
//! match the specs: the service's codes (its names, as in the Python and Go SDKs), and
//! the codes most services share ([`tencent_cloud_core::error::codes`], re-exported
//! here). A code not here still arrives, as a string.
//!
//! ```ignore
//! match err.code() {
//!     Some(tencent_cloud_cdz::errors::FAILEDOPERATION_INVALIDACTION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 方法不存在
pub const FAILEDOPERATION_INVALIDACTION: &str = "FailedOperation.InvalidAction";

/// HostUuids参数和InstancesIds参数不能同时传递。
pub const INVALIDPARAMETER_HOSTUUIDSANDINSIDSCANNOTAPPEARSAMETIME: &str =
    "InvalidParameter.HostUuidsAndInsIdsCannotAppearSameTime";

/// 该专属可用区不存在
pub const RESOURCENOTFOUND_CDZIDNOTFOUND: &str = "ResourceNotFound.CdzIdNotFound";
