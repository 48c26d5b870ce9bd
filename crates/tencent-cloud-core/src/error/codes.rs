//! The error codes most services share, to compare with [`Error::code`](crate::Error::code).
//!
//! Every generated crate's `errors` module re-exports these beside the service's own
//! codes (a service's own entry of the same name, with its own description, takes its
//! place). They are the codes at least a quarter of all services list in the official
//! Python SDK (tencentcloud-sdk-python 3.1.195); a test in `xtask` checks this list
//! against the SDK's. The Chinese text is the SDK's description.
//!
//! ```
//! use tencent_cloud_core::error::codes;
//!
//! fn is_throttled(err: &tencent_cloud_core::Error) -> bool {
//!     err.code() == Some(codes::REQUESTLIMITEXCEEDED)
//! }
//! # assert_eq!(codes::REQUESTLIMITEXCEEDED, "RequestLimitExceeded");
//! ```

/// The signature or CAM authentication failed.
///
/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// The operation failed.
///
/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// An internal error of the service.
///
/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// A parameter is wrong.
///
/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// A parameter's value is wrong.
///
/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// A quota is exceeded.
///
/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// A required parameter is missing.
///
/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// The operation is denied.
///
/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// Too many requests: the rate limit is exceeded.
///
/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// Not enough resources.
///
/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// The resource is in use.
///
/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// The resource does not exist.
///
/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// The resource is unavailable.
///
/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// The operation is not authorized.
///
/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// An unknown parameter was sent.
///
/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// The operation is not supported.
///
/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// Every code of this module: (constant name, code).
pub const ALL: &[(&str, &str)] = &[
    ("AUTHFAILURE", AUTHFAILURE),
    ("FAILEDOPERATION", FAILEDOPERATION),
    ("INTERNALERROR", INTERNALERROR),
    ("INVALIDPARAMETER", INVALIDPARAMETER),
    ("INVALIDPARAMETERVALUE", INVALIDPARAMETERVALUE),
    ("LIMITEXCEEDED", LIMITEXCEEDED),
    ("MISSINGPARAMETER", MISSINGPARAMETER),
    ("OPERATIONDENIED", OPERATIONDENIED),
    ("REQUESTLIMITEXCEEDED", REQUESTLIMITEXCEEDED),
    ("RESOURCEINSUFFICIENT", RESOURCEINSUFFICIENT),
    ("RESOURCEINUSE", RESOURCEINUSE),
    ("RESOURCENOTFOUND", RESOURCENOTFOUND),
    ("RESOURCEUNAVAILABLE", RESOURCEUNAVAILABLE),
    ("UNAUTHORIZEDOPERATION", UNAUTHORIZEDOPERATION),
    ("UNKNOWNPARAMETER", UNKNOWNPARAMETER),
    ("UNSUPPORTEDOPERATION", UNSUPPORTEDOPERATION),
];
