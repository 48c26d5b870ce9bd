//! Error codes of `cmq`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cmq::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 操作进行中，请稍后重试。
pub const FAILEDOPERATION_TRYLATER: &str = "FailedOperation.TryLater";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 任务Id不存在。
pub const INVALIDPARAMETERVALUE_NOTASKID: &str = "InvalidParameterValue.NoTaskId";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
