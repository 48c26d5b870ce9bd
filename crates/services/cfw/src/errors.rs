//! Error codes of `cfw`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cfw::errors::AUTHFAILURE) => { /* … */ }
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

/// FailedOperation.InvalidContext
pub const FAILEDOPERATION_INVALIDCONTEXT: &str = "FailedOperation.InvalidContext";

/// FailedOperation.QueryError
pub const FAILEDOPERATION_QUERYERROR: &str = "FailedOperation.QueryError";

/// FailedOperation.ResponseTooLarge
pub const FAILEDOPERATION_RESPONSETOOLARGE: &str = "FailedOperation.ResponseTooLarge";

/// FailedOperation.SearchTimeout
pub const FAILEDOPERATION_SEARCHTIMEOUT: &str = "FailedOperation.SearchTimeout";

/// FailedOperation.SyntaxError
pub const FAILEDOPERATION_SYNTAXERROR: &str = "FailedOperation.SyntaxError";

/// FailedOperation.TagQpsLimit
pub const FAILEDOPERATION_TAGQPSLIMIT: &str = "FailedOperation.TagQpsLimit";

/// FailedOperation.Timeout
pub const FAILEDOPERATION_TIMEOUT: &str = "FailedOperation.Timeout";

/// FailedOperation.TopicIsolated
pub const FAILEDOPERATION_TOPICISOLATED: &str = "FailedOperation.TopicIsolated";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// InternalError.DatabaseException
pub const INTERNALERROR_DATABASEEXCEPTION: &str = "InternalError.DatabaseException";

/// InternalError.SearchError
pub const INTERNALERROR_SEARCHERROR: &str = "InternalError.SearchError";

/// InternalError.SearchFailed
pub const INTERNALERROR_SEARCHFAILED: &str = "InternalError.SearchFailed";

/// InternalError.ServerBusy
pub const INTERNALERROR_SERVERBUSY: &str = "InternalError.ServerBusy";

/// InternalError.Unknown
pub const INTERNALERROR_UNKNOWN: &str = "InternalError.Unknown";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 无效参数组合
pub const INVALIDPARAMETERCOMBINATION: &str = "InvalidParameterCombination";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// InvalidParameter.RequestParam
pub const INVALIDPARAMETER_REQUESTPARAM: &str = "InvalidParameter.RequestParam";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// LimitExceeded.LogSearch
pub const LIMITEXCEEDED_LOGSEARCH: &str = "LimitExceeded.LogSearch";

/// LimitExceeded.SearchResources
pub const LIMITEXCEEDED_SEARCHRESOURCES: &str = "LimitExceeded.SearchResources";

/// LimitExceeded.SearchResultTooLarge
pub const LIMITEXCEEDED_SEARCHRESULTTOOLARGE: &str = "LimitExceeded.SearchResultTooLarge";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// MissingParameter.CommonParam
pub const MISSINGPARAMETER_COMMONPARAM: &str = "MissingParameter.CommonParam";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// OperationDenied.AccountDestroy
pub const OPERATIONDENIED_ACCOUNTDESTROY: &str = "OperationDenied.AccountDestroy";

/// OperationDenied.AccountIsolate
pub const OPERATIONDENIED_ACCOUNTISOLATE: &str = "OperationDenied.AccountIsolate";

/// OperationDenied.AccountNotExists
pub const OPERATIONDENIED_ACCOUNTNOTEXISTS: &str = "OperationDenied.AccountNotExists";

/// OperationDenied.ACLFailed
pub const OPERATIONDENIED_ACLFAILED: &str = "OperationDenied.ACLFailed";

/// OperationDenied.AnalysisSwitchClose
pub const OPERATIONDENIED_ANALYSISSWITCHCLOSE: &str = "OperationDenied.AnalysisSwitchClose";

/// OperationDenied.NewSyntaxNotSupported
pub const OPERATIONDENIED_NEWSYNTAXNOTSUPPORTED: &str = "OperationDenied.NewSyntaxNotSupported";

/// OperationDenied.OperationNotSupportInSearchLow
pub const OPERATIONDENIED_OPERATIONNOTSUPPORTINSEARCHLOW: &str =
    "OperationDenied.OperationNotSupportInSearchLow";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// ResourceNotFound.AlarmNotExist
pub const RESOURCENOTFOUND_ALARMNOTEXIST: &str = "ResourceNotFound.AlarmNotExist";

/// ResourceNotFound.IndexNotExist
pub const RESOURCENOTFOUND_INDEXNOTEXIST: &str = "ResourceNotFound.IndexNotExist";

/// ResourceNotFound.LogsetNotExist
pub const RESOURCENOTFOUND_LOGSETNOTEXIST: &str = "ResourceNotFound.LogsetNotExist";

/// ResourceNotFound.NotFound
pub const RESOURCENOTFOUND_NOTFOUND: &str = "ResourceNotFound.NotFound";

/// ResourceNotFound.TopicNotExist
pub const RESOURCENOTFOUND_TOPICNOTEXIST: &str = "ResourceNotFound.TopicNotExist";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// UnauthorizedOperation.PermissionDenied
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
