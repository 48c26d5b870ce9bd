//! Error codes of `dbdc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dbdc::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 请求未授权。请参考 CAM 文档对鉴权的说明。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 修改资源信息失败。
pub const FAILEDOPERATION_MODIFYRESOURCEINFOERROR: &str = "FailedOperation.ModifyResourceInfoError";

/// 访问管控服务失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_OSSACCESSERROR: &str = "FailedOperation.OssAccessError";

/// 查询资源信息失败。
pub const FAILEDOPERATION_QUERYRESOURCEERROR: &str = "FailedOperation.QueryResourceError";

/// 获取独享集群规格信息失败。
pub const FAILEDOPERATION_QUERYSPECINFOERROR: &str = "FailedOperation.QuerySpecInfoError";

/// 内部错误。
///
/// A common code (not in this service's own list).
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
///
/// A common code (not in this service's own list).
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数值传入错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 参数错误
pub const INVALIDPARAMETERVALUE_PARAMETERERROR: &str = "InvalidParameterValue.ParameterError";

/// 集群的参数非法。
pub const INVALIDPARAMETERVALUE_RESOURCEPARAMETERERROR: &str =
    "InvalidParameterValue.ResourceParameterError";

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

/// 获取资源失败，AppId：{{1}}，ResourceId：{{2}}。
pub const RESOURCENOTFOUND_FETCHRESOURCEERROR: &str = "ResourceNotFound.FetchResourceError";

/// 获取资源列表失败，ErrMsg：{{1}}。
pub const RESOURCENOTFOUND_FETCHRESOURCELISTERROR: &str = "ResourceNotFound.FetchResourceListError";

/// 资源不可用。
///
/// A common code (not in this service's own list).
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 资源状态异常。
pub const RESOURCEUNAVAILABLE_RESOURCESTATUSABNORMALERROR: &str =
    "ResourceUnavailable.ResourceStatusAbnormalError";

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
