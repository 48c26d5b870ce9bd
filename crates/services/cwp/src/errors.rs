//! Error codes of `cwp`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cwp::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 当前用户鉴权失败。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 客户端已离线。
pub const FAILEDOPERATION_AGENTOFFLINE: &str = "FailedOperation.AgentOffline";

/// 调用API服务失败。
pub const FAILEDOPERATION_APISERVERFAIL: &str = "FailedOperation.APIServerFail";

/// 导出文件失败。
pub const FAILEDOPERATION_EXPORT: &str = "FailedOperation.Export";

/// 可用license数量不足，缺少1个license，请购买新license。
pub const FAILEDOPERATION_LICENSEEXCEEDED: &str = "FailedOperation.LicenseExceeded";

/// 卸载主机。
pub const FAILEDOPERATION_MACHINEDELETE: &str = "FailedOperation.MachineDelete";

/// 无专业版主机。
pub const FAILEDOPERATION_NOPROFESSIONHOST: &str = "FailedOperation.NoProfessionHost";

/// 多台主机隔离，部分或全部失败。
pub const FAILEDOPERATION_PARTSEPARATE: &str = "FailedOperation.PartSeparate";

/// 开启防护失败。
pub const FAILEDOPERATION_PROTECTSTARTFAIL: &str = "FailedOperation.ProtectStartFail";

/// 回复木马失败。
pub const FAILEDOPERATION_RECOVER: &str = "FailedOperation.Recover";

/// 重新检测漏洞失败。
pub const FAILEDOPERATION_RESCANVUL: &str = "FailedOperation.RescanVul";

/// 单台主机隔离失败。
pub const FAILEDOPERATION_SINGLESEPARATE: &str = "FailedOperation.SingleSeparate";

/// 创建基线策略超过上限。
pub const FAILEDOPERATION_TOOMANYSTRATEGY: &str = "FailedOperation.TooManyStrategy";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 操作数据失败。
pub const INTERNALERROR_MAINDBFAIL: &str = "InternalError.MainDBFail";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 标签名称长度不能超过15个字符。
pub const INVALIDPARAMETERVALUE_TAGNAMELENGTHLIMIT: &str =
    "InvalidParameterValue.TagNameLengthLimit";

/// 时间区间格式错误。
pub const INVALIDPARAMETER_DATERANGE: &str = "InvalidParameter.DateRange";

/// 非法请求。
pub const INVALIDPARAMETER_ILLEGALREQUEST: &str = "InvalidParameter.IllegalRequest";

/// 参数格式错误。
pub const INVALIDPARAMETER_INVALIDFORMAT: &str = "InvalidParameter.InvalidFormat";

/// IP格式不合法。
pub const INVALIDPARAMETER_IPNOVALID: &str = "InvalidParameter.IpNoValid";

/// 参数缺失。
pub const INVALIDPARAMETER_MISSINGPARAMETER: &str = "InvalidParameter.MissingParameter";

/// 名字已重复。
pub const INVALIDPARAMETER_NAMEHASREPETITION: &str = "InvalidParameter.NameHasRepetition";

/// 参数解析错误。
pub const INVALIDPARAMETER_PARSINGERROR: &str = "InvalidParameter.ParsingError";

/// 端口格式不合法。
pub const INVALIDPARAMETER_PORTNOVALID: &str = "InvalidParameter.PortNoValid";

/// 正则参数格式错误。
pub const INVALIDPARAMETER_REGEXRULEERROR: &str = "InvalidParameter.RegexRuleError";

/// 进程名/目标IP/目标端口，不能同时为空。
pub const INVALIDPARAMETER_REVERSHELLKEYFIELDALLEMPTY: &str =
    "InvalidParameter.ReverShellKeyFieldAllEmpty";

/// 规则类接口，主机重复。
pub const INVALIDPARAMETER_RULEHOSTDUPLICATEERR: &str = "InvalidParameter.RuleHostDuplicateErr";

/// 规则类接口，主机IP不正确。
pub const INVALIDPARAMETER_RULEHOSTIPERR: &str = "InvalidParameter.RuleHostipErr";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 超出批量添加数量。
pub const LIMITEXCEEDED_AREAQUOTA: &str = "LimitExceeded.AreaQuota";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 扫描机器不存在。
pub const RESOURCENOTFOUND_MACHINENOTFOUND: &str = "ResourceNotFound.MachineNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
