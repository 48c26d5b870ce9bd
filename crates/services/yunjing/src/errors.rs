//! Error codes of `yunjing`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_yunjing::errors::FAILEDOPERATION_AGENTOFFLINE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 客户端已离线。
pub const FAILEDOPERATION_AGENTOFFLINE: &str = "FailedOperation.AgentOffline";

/// 关闭专业版失败。
pub const FAILEDOPERATION_CLOSEPROVERSION: &str = "FailedOperation.CloseProVersion";

/// 创建获取端口任务失败。
pub const FAILEDOPERATION_CREATEOPENPORTTASK: &str = "FailedOperation.CreateOpenPortTask";

/// 创建获取实时进程任务失败。
pub const FAILEDOPERATION_CREATEPROCESSTASK: &str = "FailedOperation.CreateProcessTask";

/// 导出文件失败。
pub const FAILEDOPERATION_EXPORT: &str = "FailedOperation.Export";

/// 询价失败。
pub const FAILEDOPERATION_INQUIRYPRICE: &str = "FailedOperation.InquiryPrice";

/// 卸载主机。
pub const FAILEDOPERATION_MACHINEDELETE: &str = "FailedOperation.MachineDelete";

/// 无专业版主机。
pub const FAILEDOPERATION_NOPROFESSIONHOST: &str = "FailedOperation.NoProfessionHost";

/// 拉取实时端口任务不存在。
pub const FAILEDOPERATION_OPENPORTTASKNOTFOUND: &str = "FailedOperation.OpenPortTaskNotFound";

/// 开通专业版失败。
pub const FAILEDOPERATION_OPENPROVERSION: &str = "FailedOperation.OpenProVersion";

/// 多台主机隔离，部分或全部失败。
pub const FAILEDOPERATION_PARTSEPARATE: &str = "FailedOperation.PartSeparate";

/// 不能关闭预付费模式专业版。
pub const FAILEDOPERATION_PREPAYMODE: &str = "FailedOperation.PrePayMode";

/// 拉取实时进程任务不存在。
pub const FAILEDOPERATION_PROCESSTASKNOTFOUND: &str = "FailedOperation.ProcessTaskNotFound";

/// 回复木马失败。
pub const FAILEDOPERATION_RECOVER: &str = "FailedOperation.Recover";

/// 重新检测漏洞失败。
pub const FAILEDOPERATION_RESCANVUL: &str = "FailedOperation.RescanVul";

/// 该主机已有重新检测任务正在执行中。
pub const FAILEDOPERATION_RESCANVULPROCESSINUSE: &str = "FailedOperation.RescanVulProcessInUse";

/// 单台主机隔离失败。
pub const FAILEDOPERATION_SINGLESEPARATE: &str = "FailedOperation.SingleSeparate";

/// 创建基线策略超过上限。
pub const FAILEDOPERATION_TOOMANYSTRATEGY: &str = "FailedOperation.TooManyStrategy";

/// 交易失败。
pub const FAILEDOPERATION_TRADEERROR: &str = "FailedOperation.TradeError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 操作数据失败。
pub const INTERNALERROR_MAINDBFAIL: &str = "InternalError.MainDBFail";

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

/// 参数解析错误。
pub const INVALIDPARAMETER_PARSINGERROR: &str = "InvalidParameter.ParsingError";

/// 端口格式不合法。
pub const INVALIDPARAMETER_PORTNOVALID: &str = "InvalidParameter.PortNoValid";

/// 正则参数格式错误。
pub const INVALIDPARAMETER_REGEXRULEERROR: &str = "InvalidParameter.RegexRuleError";

/// 进程名/目标IP/目标端口，不能同时为空。
pub const INVALIDPARAMETER_REVERSHELLKEYFIELDALLEMPTY: &str =
    "InvalidParameter.ReverShellKeyFieldAllEmpty";

/// 规则类接口，主机IP不正确。
pub const INVALIDPARAMETER_RULEHOSTIPERR: &str = "InvalidParameter.RuleHostipErr";

/// 超出批量添加数量。
pub const LIMITEXCEEDED_AREAQUOTA: &str = "LimitExceeded.AreaQuota";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";
