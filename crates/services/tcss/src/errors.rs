//! Error codes of `tcss`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tcss::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 客户端已离线。
pub const FAILEDOPERATION_AGENTOFFLINE: &str = "FailedOperation.AgentOffline";

/// 授权数不足。
pub const FAILEDOPERATION_AUTHORIZEDNOTENOUGH: &str = "FailedOperation.AuthorizedNotEnough";

/// 响应数据值不正确。
pub const FAILEDOPERATION_DATAVALUENOTCORRECT: &str = "FailedOperation.DataValueNotCorrect";

/// 在扫描中或无扫描权限建议授权后扫描。
pub const FAILEDOPERATION_ERRALREADYSCANNING: &str = "FailedOperation.ErrAlreadyScanning";

/// 当前规则信息未找到。
pub const FAILEDOPERATION_ERRRULENOTFIND: &str = "FailedOperation.ErrRuleNotFind";

/// 通知策略变更失败。
pub const FAILEDOPERATION_NOTIFYPOLICYCHANGEFAILED: &str =
    "FailedOperation.NotifyPolicyChangeFailed";

/// 子规则配置过多。
pub const FAILEDOPERATION_RULECONFIGTOOMANY: &str = "FailedOperation.RuleConfigTooMany";

/// 规则信息存在重复。
pub const FAILEDOPERATION_RULEINFOREPEAT: &str = "FailedOperation.RuleInfoRepeat";

/// 规则名字存在重复。
pub const FAILEDOPERATION_RULENAMEREPEAT: &str = "FailedOperation.RuleNameRepeat";

/// 当前规则信息未找到。
pub const FAILEDOPERATION_RULENOTFIND: &str = "FailedOperation.RuleNotFind";

/// 选择镜像数量过多。
pub const FAILEDOPERATION_RULESELECTIMAGEOUTRANGE: &str = "FailedOperation.RuleSelectImageOutRange";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 用户未授权。
pub const INTERNALERROR_ERRROLENOTEXIST: &str = "InternalError.ErrRoleNotExist";

/// 操作数据库失败。
pub const INTERNALERROR_MAINDBFAIL: &str = "InternalError.MainDBFail";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 当前数据未能查询到。
pub const INVALIDPARAMETERVALUE_DATANOTFOUND: &str = "InvalidParameterValue.DataNotFound";

/// 当前数据区间错误。
pub const INVALIDPARAMETERVALUE_DATARANGE: &str = "InvalidParameterValue.DataRange";

/// 参数长度受限。
pub const INVALIDPARAMETERVALUE_LENGTHLIMIT: &str = "InvalidParameterValue.LengthLimit";

/// IP格式不合法。
pub const INVALIDPARAMETER_ERRIPNOVALID: &str = "InvalidParameter.ErrIpNoValid";

/// 参数格式错误。
pub const INVALIDPARAMETER_INVALIDFORMAT: &str = "InvalidParameter.InvalidFormat";

/// IP格式错误
pub const INVALIDPARAMETER_IPNOVALID: &str = "InvalidParameter.IpNoValid";

/// 缺少必须参数。
pub const INVALIDPARAMETER_MISSINGPARAMETER: &str = "InvalidParameter.MissingParameter";

/// 参数解析错误。
pub const INVALIDPARAMETER_PARSINGERROR: &str = "InvalidParameter.ParsingError";

/// 端口格式不合法。
pub const INVALIDPARAMETER_PORTNOVALID: &str = "InvalidParameter.PortNoValid";

/// 正则参数格式错误。
pub const INVALIDPARAMETER_REGEXRULEERROR: &str = "InvalidParameter.RegexRuleError";

/// 查询超时，后台仍然在处理中，需要再次查询请求
pub const INVALIDPARAMETER_REQUESTTIMEOUT: &str = "InvalidParameter.RequestTimeout";

/// 进程名/目标IP/目标端口，不能同时为空。
pub const INVALIDPARAMETER_REVERSHELLKEYFIELDALLEMPTY: &str =
    "InvalidParameter.ReverShellKeyFieldAllEmpty";

/// 前规则信息参数非法。
pub const INVALIDPARAMETER_RULEINFOINVALID: &str = "InvalidParameter.RuleInfoInValid";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
