//! Error codes of `tccatalog`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tccatalog::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 时间格式异常，仅支持：YYYY-mm-dd HH:MM:SS
pub const INVALIDPARAMETER_INVALIDTIMEFORMAT: &str = "InvalidParameter.InvalidTimeFormat";

/// 无效的时间，结束时间应大于起始时间
pub const INVALIDPARAMETER_INVALIDTIMEPARAMETER: &str = "InvalidParameter.InvalidTimeParameter";

/// 集群未处于运行状态
pub const RESOURCEUNAVAILABLE_CLUSTERUNAVAILABLE: &str = "ResourceUnavailable.ClusterUnavailable";

/// 该用户禁止当前操作
pub const UNAUTHORIZEDOPERATION_USERNOTALLOWOPERATION: &str =
    "UnauthorizedOperation.UserNotAllowOperation";
