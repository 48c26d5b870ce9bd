//! Error codes of `tokenhub`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tokenhub::errors::AUTHFAILURE) => { /* … */ }
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

/// FailedOperation.CreateInstanceFailed
pub const FAILEDOPERATION_CREATEINSTANCEFAILED: &str = "FailedOperation.CreateInstanceFailed";

/// FailedOperation.EnablePostPaidFailed
pub const FAILEDOPERATION_ENABLEPOSTPAIDFAILED: &str = "FailedOperation.EnablePostPaidFailed";

/// FailedOperation.EndpointAlreadyExists
pub const FAILEDOPERATION_ENDPOINTALREADYEXISTS: &str = "FailedOperation.EndpointAlreadyExists";

/// FailedOperation.EndpointNotFound
pub const FAILEDOPERATION_ENDPOINTNOTFOUND: &str = "FailedOperation.EndpointNotFound";

/// FailedOperation.EndpointNotHealthy
pub const FAILEDOPERATION_ENDPOINTNOTHEALTHY: &str = "FailedOperation.EndpointNotHealthy";

/// FailedOperation.FreeQuotaExhausted
pub const FAILEDOPERATION_FREEQUOTAEXHAUSTED: &str = "FailedOperation.FreeQuotaExhausted";

/// FailedOperation.NoTPMPackage
pub const FAILEDOPERATION_NOTPMPACKAGE: &str = "FailedOperation.NoTPMPackage";

/// FailedOperation.OperationDenied
pub const FAILEDOPERATION_OPERATIONDENIED: &str = "FailedOperation.OperationDenied";

/// FailedOperation.PackageQueryFailed
pub const FAILEDOPERATION_PACKAGEQUERYFAILED: &str = "FailedOperation.PackageQueryFailed";

/// FailedOperation.PurchaseTPMFailed
pub const FAILEDOPERATION_PURCHASETPMFAILED: &str = "FailedOperation.PurchaseTpmFailed";

/// FailedOperation.SetRenewFlagFailed
pub const FAILEDOPERATION_SETRENEWFLAGFAILED: &str = "FailedOperation.SetRenewFlagFailed";

/// FailedOperation.TPMPackagePending
pub const FAILEDOPERATION_TPMPACKAGEPENDING: &str = "FailedOperation.TPMPackagePending";

/// 内部错误。
///
/// A common code (not in this service's own list).
pub const INTERNALERROR: &str = "InternalError";

/// InternalError.BaradError
pub const INTERNALERROR_BARADERROR: &str = "InternalError.BaradError";

/// InternalError.InternalError
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 参数错误。
///
/// A common code (not in this service's own list).
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
///
/// A common code (not in this service's own list).
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// InvalidParameterValue.EndpointNameTooLong
pub const INVALIDPARAMETERVALUE_ENDPOINTNAMETOOLONG: &str =
    "InvalidParameterValue.EndpointNameTooLong";

/// InvalidParameterValue.InvalidParameterValue
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUE: &str =
    "InvalidParameterValue.InvalidParameterValue";

/// InvalidParameter.InvalidParameter
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// InvalidParameter.Limit
pub const INVALIDPARAMETER_LIMIT: &str = "InvalidParameter.Limit";

/// InvalidParameter.ModelIdNotFound
pub const INVALIDPARAMETER_MODELIDNOTFOUND: &str = "InvalidParameter.ModelIdNotFound";

/// InvalidParameter.PeriodExceedsSpan
pub const INVALIDPARAMETER_PERIODEXCEEDSSPAN: &str = "InvalidParameter.PeriodExceedsSpan";

/// InvalidParameter.PeriodTooFineForData
pub const INVALIDPARAMETER_PERIODTOOFINEFORDATA: &str = "InvalidParameter.PeriodTooFineForData";

/// InvalidParameter.QPMLimitExceeded
pub const INVALIDPARAMETER_QPMLIMITEXCEEDED: &str = "InvalidParameter.QPMLimitExceeded";

/// InvalidParameter.TooManyObjects
pub const INVALIDPARAMETER_TOOMANYOBJECTS: &str = "InvalidParameter.TooManyObjects";

/// InvalidParameter.TPMBelowQuota
pub const INVALIDPARAMETER_TPMBELOWQUOTA: &str = "InvalidParameter.TPMBelowQuota";

/// InvalidParameter.TPMInputBelowQuota
pub const INVALIDPARAMETER_TPMINPUTBELOWQUOTA: &str = "InvalidParameter.TPMInputBelowQuota";

/// InvalidParameter.TPMInputLimitExceeded
pub const INVALIDPARAMETER_TPMINPUTLIMITEXCEEDED: &str = "InvalidParameter.TPMInputLimitExceeded";

/// InvalidParameter.TPMLimitExceeded
pub const INVALIDPARAMETER_TPMLIMITEXCEEDED: &str = "InvalidParameter.TPMLimitExceeded";

/// InvalidParameter.TPMOutputBelowQuota
pub const INVALIDPARAMETER_TPMOUTPUTBELOWQUOTA: &str = "InvalidParameter.TPMOutputBelowQuota";

/// InvalidParameter.TPMOutputLimitExceeded
pub const INVALIDPARAMETER_TPMOUTPUTLIMITEXCEEDED: &str = "InvalidParameter.TPMOutputLimitExceeded";

/// InvalidParameter.TPMPreQuotaModifyNotSupported
pub const INVALIDPARAMETER_TPMPREQUOTAMODIFYNOTSUPPORTED: &str =
    "InvalidParameter.TPMPreQuotaModifyNotSupported";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// LimitExceeded.EndpointQuota
pub const LIMITEXCEEDED_ENDPOINTQUOTA: &str = "LimitExceeded.EndpointQuota";

/// 缺少参数错误。
///
/// A common code (not in this service's own list).
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// MissingParameter.MissingParameter
pub const MISSINGPARAMETER_MISSINGPARAMETER: &str = "MissingParameter.MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 账号余额不足
pub const OPERATIONDENIED_INSUFFICIENTBALANCE: &str = "OperationDenied.InsufficientBalance";

/// OperationDenied.OperationDenied
pub const OPERATIONDENIED_OPERATIONDENIED: &str = "OperationDenied.OperationDenied";

/// 配额超限
pub const OPERATIONDENIED_QUOTALIMITEXCEEDED: &str = "OperationDenied.QuotaLimitExceeded";

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
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// ResourceNotFound.EndpointNotFound
pub const RESOURCENOTFOUND_ENDPOINTNOTFOUND: &str = "ResourceNotFound.EndpointNotFound";

/// ResourceNotFound.GlossaryNotFound
pub const RESOURCENOTFOUND_GLOSSARYNOTFOUND: &str = "ResourceNotFound.GlossaryNotFound";

/// ResourceNotFound.ModelNotFound
pub const RESOURCENOTFOUND_MODELNOTFOUND: &str = "ResourceNotFound.ModelNotFound";

/// ResourceNotFound.ResourceNotFound
pub const RESOURCENOTFOUND_RESOURCENOTFOUND: &str = "ResourceNotFound.ResourceNotFound";

/// 资源不可用。
///
/// A common code (not in this service's own list).
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
///
/// A common code (not in this service's own list).
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// UnauthorizedOperation.UnauthorizedOperation
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedOperation";

/// 未知参数错误。
///
/// A common code (not in this service's own list).
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
///
/// A common code (not in this service's own list).
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
