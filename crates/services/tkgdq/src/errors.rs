//! Error codes of `tkgdq`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tkgdq::errors::AUTHFAILURE) => { /* … */ }
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

/// 内部错误
pub const INTERNALERROR: &str = "InternalError";

/// 图数据库引擎内部错误
pub const INTERNALERROR_GRAPHENGINEERROR: &str = "InternalError.GraphEngineError";

/// 图查询引擎计算超时错误
pub const INTERNALERROR_GREMLINTIMEOUTERROR: &str = "InternalError.GremlinTimeoutError";

/// 请求数据解析失败
pub const INTERNALERROR_REQUESTENCODEERROR: &str = "InternalError.RequestEncodeError";

/// 读取请求数据内容失败
pub const INTERNALERROR_REQUESTPARSEERROR: &str = "InternalError.RequestParseError";

/// 系统响应解析失败
pub const INTERNALERROR_RESPONSEDECODEERROR: &str = "InternalError.ResponseDecodeError";

/// 参数错误
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 不可用的接口操作错误
pub const INVALIDPARAMETER_INVALIDACTIONERROR: &str = "InvalidParameter.InvalidActionError";

/// 超过配额限制。
///
/// A common code (not in this service's own list).
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 账户余量不足错误
pub const LIMITEXCEEDED_INSUFFICIENTBALANCEERROR: &str = "LimitExceeded.InsufficientBalanceError";

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

/// 未授权的用户请求错误
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDACCOUNTERROR: &str =
    "UnauthorizedOperation.UnauthorizedAccountError";

/// 未知参数错误。
///
/// A common code (not in this service's own list).
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
///
/// A common code (not in this service's own list).
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
