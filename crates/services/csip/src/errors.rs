//! Error codes of `csip`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_csip::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// FailedOperation.APIServerFail
pub const FAILEDOPERATION_APISERVERFAIL: &str = "FailedOperation.APIServerFail";

/// FailedOperation.DasbAmountNotEnough
pub const FAILEDOPERATION_DASBAMOUNTNOTENOUGH: &str = "FailedOperation.DasbAmountNotEnough";

/// FailedOperation.DasbErrorCode
pub const FAILEDOPERATION_DASBERRORCODE: &str = "FailedOperation.DasbErrorCode";

/// FailedOperation.DasbInvalidSecretId
pub const FAILEDOPERATION_DASBINVALIDSECRETID: &str = "FailedOperation.DasbInvalidSecretId";

/// FailedOperation.DasbInvalidSecretKey
pub const FAILEDOPERATION_DASBINVALIDSECRETKEY: &str = "FailedOperation.DasbInvalidSecretKey";

/// FailedOperation.Export
pub const FAILEDOPERATION_EXPORT: &str = "FailedOperation.Export";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 无效参数组合
pub const INVALIDPARAMETERCOMBINATION: &str = "InvalidParameterCombination";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// SQL 查询失败
pub const INVALIDPARAMETERVALUE_SQLQUERYFAILED: &str = "InvalidParameterValue.SQLQueryFailed";

/// InvalidParameter.DateRange
pub const INVALIDPARAMETER_DATERANGE: &str = "InvalidParameter.DateRange";

/// Decrypt error
pub const INVALIDPARAMETER_DECRYPTERROR: &str = "InvalidParameter.DecryptError";

/// InvalidParameter.DuplicateParameters
pub const INVALIDPARAMETER_DUPLICATEPARAMETERS: &str = "InvalidParameter.DuplicateParameters";

/// InvalidParameter.IllegalRequest
pub const INVALIDPARAMETER_ILLEGALREQUEST: &str = "InvalidParameter.IllegalRequest";

/// InvalidParameter.InstanceNotExist
pub const INVALIDPARAMETER_INSTANCENOTEXIST: &str = "InvalidParameter.InstanceNotExist";

/// InvalidParameter.InvalidFormat
pub const INVALIDPARAMETER_INVALIDFORMAT: &str = "InvalidParameter.InvalidFormat";

/// InvalidParameter.MissingParameter
pub const INVALIDPARAMETER_MISSINGPARAMETER: &str = "InvalidParameter.MissingParameter";

/// InvalidParameter.ParsingError
pub const INVALIDPARAMETER_PARSINGERROR: &str = "InvalidParameter.ParsingError";

/// InvalidParameter.RegexRuleError
pub const INVALIDPARAMETER_REGEXRULEERROR: &str = "InvalidParameter.RegexRuleError";

/// InvalidParameter.ResourceId
pub const INVALIDPARAMETER_RESOURCEID: &str = "InvalidParameter.ResourceId";

/// InvalidParameter.ResourceIdError
pub const INVALIDPARAMETER_RESOURCEIDERROR: &str = "InvalidParameter.ResourceIdError";

/// InvalidParameter.ReverShellKeyFieldAllEmpty
pub const INVALIDPARAMETER_REVERSHELLKEYFIELDALLEMPTY: &str =
    "InvalidParameter.ReverShellKeyFieldAllEmpty";

/// InvalidParameter.RuleHostDuplicateErr
pub const INVALIDPARAMETER_RULEHOSTDUPLICATEERR: &str = "InvalidParameter.RuleHostDuplicateErr";

/// InvalidParameter.RuleHostipErr
pub const INVALIDPARAMETER_RULEHOSTIPERR: &str = "InvalidParameter.RuleHostipErr";

/// InvalidParameter.TopicNotExist
pub const INVALIDPARAMETER_TOPICNOTEXIST: &str = "InvalidParameter.TopicNotExist";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// LimitExceeded.AreaQuota
pub const LIMITEXCEEDED_AREAQUOTA: &str = "LimitExceeded.AreaQuota";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 日志分析量不足
pub const RESOURCEINSUFFICIENT_LOGANALYSISQUANTITYINSUFFICIENT: &str =
    "ResourceInsufficient.LogAnalysisQuantityInsufficient";

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

/// 未授权操作“操作审计”产品
pub const UNAUTHORIZEDOPERATION_CLOUDAUDIT: &str = "UnauthorizedOperation.CloudAudit";

/// 未授权操作“对象存储”产品
pub const UNAUTHORIZEDOPERATION_COS: &str = "UnauthorizedOperation.Cos";

/// UnauthorizedOperation.NoPermission
pub const UNAUTHORIZEDOPERATION_NOPERMISSION: &str = "UnauthorizedOperation.NoPermission";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
