//! Error codes of `wedata`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_wedata::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 未登录或登录已过期。
pub const AUTHFAILURE_SIGNATUREEXPIRE: &str = "AuthFailure.SignatureExpire";

/// CAM未授权，请联系主账号到CAM中授权QcloudWeDataFullAccess策略给该账户。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 连接超时
pub const FAILEDOPERATION_CONNECTIONTIMEOUTERROR: &str = "FailedOperation.ConnectionTimeOutError";

/// 当前操作的资源状态不合法。
pub const FAILEDOPERATION_EXECUTORCLUSTERSTATUSERROR: &str =
    "FailedOperation.ExecutorClusterStatusError";

/// 操作失败
pub const FAILEDOPERATION_FAILEDOPERATIONWITHREASON: &str =
    "FailedOperation.FailedOperationWithReason";

/// 试运行的子查询条数超过上限
pub const FAILEDOPERATION_JOBSPLITLIMITEXCEEDCODE: &str = "FailedOperation.JobSplitLimitExceedCode";

/// 查询数据开发资源锁状态-当前用户不持有锁
pub const FAILEDOPERATION_NOLOCK: &str = "FailedOperation.NoLock";

/// 数据预览超时
pub const FAILEDOPERATION_PREVIEWTIMEOUT: &str = "FailedOperation.PreviewTimeOut";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 外部系统调用异常。
pub const INTERNALERROR_CALLSCHEDULERAPIERROR: &str = "InternalError.CallSchedulerApiError";

/// 调用云API失败。
pub const INTERNALERROR_INTERNALCALLCLOUDAPIERROR: &str = "InternalError.InternalCallCloudApiError";

/// 缺少参数或参数不合法
pub const INTERNALERROR_INVALIDPARAMETER: &str = "InternalError.InvalidParameter";

/// 未知错误
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 数据建模实例已经被销毁
pub const INVALIDPARAMETERVALUE_DATAMODELDESTROYED: &str =
    "InvalidParameterValue.DataModelDestroyed";

/// 参数非法
pub const INVALIDPARAMETERVALUE_PARAMILLEGALERROR: &str = "InvalidParameterValue.ParamIllegalError";

/// 重复购买错误，一个主账号在一个地域只允许购买一套数据建模
pub const INVALIDPARAMETERVALUE_REPEATPURCHASEERROR: &str =
    "InvalidParameterValue.RepeatPurchaseError";

/// 告警规则名称重复
pub const INVALIDPARAMETERVALUE_RULENAMEREPEATED: &str = "InvalidParameterValue.RuleNameRepeated";

/// 不支持的数据建模服务提供方
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDPROVIDER: &str =
    "InvalidParameterValue.UnsupportedProvider";

/// Param Validation Error
pub const INVALIDPARAMETERVALUE_VALIDATIONERROR: &str = "InvalidParameterValue.ValidationError";

/// 告警接收地址不存在。
pub const INVALIDPARAMETER_ALARMRECEIVEADDRESSNOTEXIST: &str =
    "InvalidParameter.AlarmReceiveAddressNotExist";

/// ClientIp未被授权。
pub const INVALIDPARAMETER_CLIENTIPNOTAUTHORIZED: &str = "InvalidParameter.ClientIpNotAuthorized";

/// 数据引擎实例不存在。
pub const INVALIDPARAMETER_DATAENGINEINSTANCENOTEXISTS: &str =
    "InvalidParameter.DataEngineInstanceNotExists";

/// 名称重复。
pub const INVALIDPARAMETER_DUPLICATENAME: &str = "InvalidParameter.DuplicateName";

/// 告警接收地址不合法。
pub const INVALIDPARAMETER_INVALIDALARMURL: &str = "InvalidParameter.InvalidAlarmUrl";

/// 查询过滤条件参数错误。
pub const INVALIDPARAMETER_INVALIDFILTERPARAMETER: &str = "InvalidParameter.InvalidFilterParameter";

/// 任务状态不允许该操作。任务仍处于排队或运行中等非终态时无法获取查询结果。
pub const INVALIDPARAMETER_INVALIDJOBSTATE: &str = "InvalidParameter.InvalidJobState";

/// 非法参数
pub const INVALIDPARAMETER_INVALIDPARAMSERROR: &str = "InvalidParameter.InvalidParamsError";

/// 超出最大限额
pub const INVALIDPARAMETER_MAXLIMITEXCEEDED: &str = "InvalidParameter.MaxLimitExceeded";

/// Missing Servlet Request Parameter
pub const INVALIDPARAMETER_MISSINGREQUESTPARAMETER: &str =
    "InvalidParameter.MissingRequestParameter";

/// 已超过系统安全配额。
pub const INVALIDPARAMETER_QUOTAEXCEEDERROR: &str = "InvalidParameter.QuotaExceedError";

/// 规则不存在。
pub const INVALIDPARAMETER_RULENOTEXIST: &str = "InvalidParameter.RuleNotExist";

/// 规则模版不存在。
pub const INVALIDPARAMETER_RULETEMPLATENOTEXIST: &str = "InvalidParameter.RuleTemplateNotExist";

/// 服务繁忙，请稍后重试。
pub const INVALIDPARAMETER_SERVICEISBUSY: &str = "InvalidParameter.ServiceIsBusy";

/// WeData_QCSRole不存在，请进行服务授权。
pub const INVALIDPARAMETER_WEDATAROLENOTEXISTS: &str = "InvalidParameter.WeDataRoleNotExists";

/// 项目名重复。
pub const INVALIDPARAMETER_WORKSPACENAMEDUPLICATION: &str =
    "InvalidParameter.WorkspaceNameDuplication";

/// 工作空间不存在。
pub const INVALIDPARAMETER_WORKSPACENOTEXIST: &str = "InvalidParameter.WorkspaceNotExist";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 用户不在白名单。
pub const OPERATIONDENIED_USERNOTINWHITELISTERROR: &str = "OperationDenied.UserNotInWhitelistError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 任务结果已过期。查询结果与日志默认保留7天，超期后由后台任务清理。
pub const RESOURCENOTFOUND_RESULTEXPIRED: &str = "ResourceNotFound.ResultExpired";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 用户不是当前项目成员。
pub const UNAUTHORIZEDOPERATION_USERNOTINPROJECT: &str = "UnauthorizedOperation.UserNotInProject";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 任务不在同一时区
pub const UNSUPPORTEDOPERATION_FAILEDCHECKTASKDEPENDENCETIMEZONE: &str =
    "UnsupportedOperation.FailedCheckTaskDependenceTimeZone";

/// 请先配置不少于一个规则。
pub const UNSUPPORTEDOPERATION_NORULEINRULEGROUP: &str = "UnsupportedOperation.NoRuleInRuleGroup";
