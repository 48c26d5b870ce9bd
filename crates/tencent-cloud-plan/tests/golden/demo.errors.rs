//! Error codes of `demo`, to compare with `tencent_cloud_core::Error::code()`; generated
//! by `cargo xtask regen`. Do not edit.
//!
//! From the official Python SDK, tencentcloud-sdk-python 3.1.195 (its
//! `errorcodes.py` files, Apache-2.0, Copyright Tencent), the release whose models
//! match the specs: the service's codes (its names, as in the Python and Go SDKs) and
//! the common codes at least a quarter of all services list. A code not here still
//! arrives, as a string.
//!
//! ```ignore
//! match err.code() {
//!     Some(tencent_cloud_demo::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

/// CAM签名/鉴权错误。
///
/// A common code (not in this service's own list).
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
///
/// A common code (not in this service's own list).
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 内部错误。
///
/// A common code (not in this service's own list).
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
///
/// A common code (not in this service's own list).
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
///
/// A common code (not in this service's own list).
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 超过配额限制。
///
/// A common code (not in this service's own list).
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
///
/// A common code (not in this service's own list).
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
///
/// A common code (not in this service's own list).
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
///
/// A common code (not in this service's own list).
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
///
/// A common code (not in this service's own list).
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
///
/// A common code (not in this service's own list).
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
///
/// A common code (not in this service's own list).
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
///
/// A common code (not in this service's own list).
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
///
/// A common code (not in this service's own list).
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
///
/// A common code (not in this service's own list).
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
///
/// A common code (not in this service's own list).
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
