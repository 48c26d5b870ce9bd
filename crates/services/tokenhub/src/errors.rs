//! Error codes of `tokenhub`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tokenhub::errors::FAILEDOPERATION_CREATEINSTANCEFAILED) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

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

/// InternalError.BaradError
pub const INTERNALERROR_BARADERROR: &str = "InternalError.BaradError";

/// InternalError.InternalError
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

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

/// UnauthorizedOperation.UnauthorizedOperation
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedOperation";
