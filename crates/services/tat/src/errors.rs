//! Error codes of `tat`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tat::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 鉴权错误
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 调用 CVM 失败。
pub const FAILEDOPERATION_CVMERROR: &str = "FailedOperation.CVMError";

/// 调用 Lighthouse 失败。
pub const FAILEDOPERATION_LIGHTHOUSEERROR: &str = "FailedOperation.LighthouseError";

/// 标签操作失败。
pub const FAILEDOPERATION_TAGOPERATIONFAILED: &str = "FailedOperation.TagOperationFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// Agent不支持此命令类型。
pub const INVALIDPARAMETERVALUE_AGENTUNSUPPORTEDCOMMANDTYPE: &str =
    "InvalidParameterValue.AgentUnsupportedCommandType";

/// Command 内容无效。
pub const INVALIDPARAMETERVALUE_COMMANDCONTENTINVALID: &str =
    "InvalidParameterValue.CommandContentInvalid";

/// Command 名称重复。
pub const INVALIDPARAMETERVALUE_COMMANDNAMEDUPLICATED: &str =
    "InvalidParameterValue.CommandNameDuplicated";

/// ID 格式错误。
pub const INVALIDPARAMETERVALUE_ID: &str = "InvalidParameterValue.ID";

/// ID 数组中，ID 格式错误或格式不一致。
pub const INVALIDPARAMETERVALUE_INCONSISTENTID: &str = "InvalidParameterValue.InconsistentID";

/// 实例类型不一致。
pub const INVALIDPARAMETERVALUE_INCONSISTENTINSTANCE: &str =
    "InvalidParameterValue.InconsistentInstance";

/// 实例ID与执行活动无关。
pub const INVALIDPARAMETERVALUE_INSTANCEISNOTRELATEDTOINVOCATION: &str =
    "InvalidParameterValue.InstanceIsNotRelatedToInvocation";

/// CommandId 无效。
pub const INVALIDPARAMETERVALUE_INVALIDCOMMANDID: &str = "InvalidParameterValue.InvalidCommandId";

/// Command 名称无效。
pub const INVALIDPARAMETERVALUE_INVALIDCOMMANDNAME: &str =
    "InvalidParameterValue.InvalidCommandName";

/// 命令内容无效。
pub const INVALIDPARAMETERVALUE_INVALIDCONTENT: &str = "InvalidParameterValue.InvalidContent";

/// Crontab 表达式无效。
pub const INVALIDPARAMETERVALUE_INVALIDCRONEXPRESSION: &str =
    "InvalidParameterValue.InvalidCronExpression";

/// Filter 无效。
pub const INVALIDPARAMETERVALUE_INVALIDFILTER: &str = "InvalidParameterValue.InvalidFilter";

/// 实例ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCEID: &str = "InvalidParameterValue.InvalidInstanceId";

/// 不合法的执行活动ID。
pub const INVALIDPARAMETERVALUE_INVALIDINVOCATIONID: &str =
    "InvalidParameterValue.InvalidInvocationId";

/// 不合法的执行任务ID。
pub const INVALIDPARAMETERVALUE_INVALIDINVOCATIONTASKID: &str =
    "InvalidParameterValue.InvalidInvocationTaskId";

/// InvokerId 无效。
pub const INVALIDPARAMETERVALUE_INVALIDINVOKERID: &str = "InvalidParameterValue.InvalidInvokerId";

/// OutputCOSBucketUrl 无效。
pub const INVALIDPARAMETERVALUE_INVALIDOUTPUTCOSBUCKETURL: &str =
    "InvalidParameterValue.InvalidOutputCOSBucketUrl";

/// OutputCOSKeyPrefix 无效。
pub const INVALIDPARAMETERVALUE_INVALIDOUTPUTCOSKEYPREFIX: &str =
    "InvalidParameterValue.InvalidOutputCOSKeyPrefix";

/// 无效的注册码ID。
pub const INVALIDPARAMETERVALUE_INVALIDREGISTERCODEID: &str =
    "InvalidParameterValue.InvalidRegisterCodeId";

/// 无效的托管实例ID。
pub const INVALIDPARAMETERVALUE_INVALIDREGISTERINSTANCEID: &str =
    "InvalidParameterValue.InvalidRegisterInstanceId";

/// 无效的场景 ID。
pub const INVALIDPARAMETERVALUE_INVALIDSCENEID: &str = "InvalidParameterValue.InvalidSceneId";

/// 无效的场景名称。
pub const INVALIDPARAMETERVALUE_INVALIDSCENENAME: &str = "InvalidParameterValue.InvalidSceneName";

/// 无效的时间格式。
pub const INVALIDPARAMETERVALUE_INVALIDTIMEFORMAT: &str = "InvalidParameterValue.InvalidTimeFormat";

/// 用户名不合法。
pub const INVALIDPARAMETERVALUE_INVALIDUSERNAME: &str = "InvalidParameterValue.InvalidUsername";

/// 命令执行路径不合法。
pub const INVALIDPARAMETERVALUE_INVALIDWORKINGDIRECTORY: &str =
    "InvalidParameterValue.InvalidWorkingDirectory";

/// 调用时间已过期。
pub const INVALIDPARAMETERVALUE_INVOKETIMEEXPIRED: &str = "InvalidParameterValue.InvokeTimeExpired";

/// 已启用自定义参数功能，但缺失自定义参数信息。
pub const INVALIDPARAMETERVALUE_LACKOFPARAMETERINFO: &str =
    "InvalidParameterValue.LackOfParameterInfo";

/// 未提供 Parameters 信息。
pub const INVALIDPARAMETERVALUE_LACKOFPARAMETERS: &str = "InvalidParameterValue.LackOfParameters";

/// 超过参数限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 未启用自定义参数功能。
pub const INVALIDPARAMETERVALUE_PARAMETERDISABLED: &str = "InvalidParameterValue.ParameterDisabled";

/// 参数为非法 json string 格式。
pub const INVALIDPARAMETERVALUE_PARAMETERINVALIDJSONFORMAT: &str =
    "InvalidParameterValue.ParameterInvalidJsonFormat";

/// 参数 Key 包含非法字符。
pub const INVALIDPARAMETERVALUE_PARAMETERKEYCONTAINSINVALIDCHAR: &str =
    "InvalidParameterValue.ParameterKeyContainsInvalidChar";

/// 参数 Key 重复。
pub const INVALIDPARAMETERVALUE_PARAMETERKEYDUPLICATED: &str =
    "InvalidParameterValue.ParameterKeyDuplicated";

/// 参数 Key 过长。
pub const INVALIDPARAMETERVALUE_PARAMETERKEYLENEXCEEDED: &str =
    "InvalidParameterValue.ParameterKeyLenExceeded";

/// 参数数目过多。
pub const INVALIDPARAMETERVALUE_PARAMETERNUMBEREXCEEDED: &str =
    "InvalidParameterValue.ParameterNumberExceeded";

/// 参数 Value 非 string 类型。
pub const INVALIDPARAMETERVALUE_PARAMETERVALUENOTSTRING: &str =
    "InvalidParameterValue.ParameterValueNotString";

/// 参数取值范围不合法。
pub const INVALIDPARAMETERVALUE_RANGE: &str = "InvalidParameterValue.Range";

/// 未启用自定义参数功能。
pub const INVALIDPARAMETERVALUE_SUPPORTPARAMETERSONLYIFENABLEPARAMETER: &str =
    "InvalidParameterValue.SupportParametersOnlyIfEnableParameter";

/// 参数取值过大。
pub const INVALIDPARAMETERVALUE_TOOLARGE: &str = "InvalidParameterValue.TooLarge";

/// 长度超过限制。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// 参数取值过小。
pub const INVALIDPARAMETERVALUE_TOOSMALL: &str = "InvalidParameterValue.TooSmall";

/// 参数冲突。
pub const INVALIDPARAMETER_CONFLICTPARAMETER: &str = "InvalidParameter.ConflictParameter";

/// 无效用户名。
pub const INVALIDPARAMETER_INVALIDUSERNAME: &str = "InvalidParameter.InvalidUsername";

/// 参数名称重复。
pub const INVALIDPARAMETER_PARAMETERNAMEDUPLICATED: &str =
    "InvalidParameter.ParameterNameDuplicated";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 填写的 Filter 取值过多。
pub const LIMITEXCEEDED_FILTERVALUEEXCEEDED: &str = "LimitExceeded.FilterValueExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 命令不存在。
pub const RESOURCENOTFOUND_COMMANDNOTFOUND: &str = "ResourceNotFound.CommandNotFound";

/// CosBucket不存在。
pub const RESOURCENOTFOUND_COSBUCKETNOTFOUNDCODE: &str = "ResourceNotFound.CosBucketNotFoundCode";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// 执行活动未找到。
pub const RESOURCENOTFOUND_INVOCATIONNOTFOUND: &str = "ResourceNotFound.InvocationNotFound";

/// 查询不到注册码。
pub const RESOURCENOTFOUND_REGISTERCODESNOTFOUNDCODE: &str =
    "ResourceNotFound.RegisterCodesNotFoundCode";

/// 查询不到注册实例。
pub const RESOURCENOTFOUND_REGISTERINSTANCENOTFOUNDCODE: &str =
    "ResourceNotFound.RegisterInstanceNotFoundCode";

/// 角色不存在。
pub const RESOURCENOTFOUND_ROLENOTFOUND: &str = "ResourceNotFound.RoleNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// Agent 未安装。
pub const RESOURCEUNAVAILABLE_AGENTNOTINSTALLED: &str = "ResourceUnavailable.AgentNotInstalled";

/// Agent 不在线。
pub const RESOURCEUNAVAILABLE_AGENTSTATUSNOTONLINE: &str =
    "ResourceUnavailable.AgentStatusNotOnline";

/// 命令正在执行中。
pub const RESOURCEUNAVAILABLE_COMMANDINEXECUTING: &str = "ResourceUnavailable.CommandInExecuting";

/// 命令已关联执行器。
pub const RESOURCEUNAVAILABLE_COMMANDININVOKER: &str = "ResourceUnavailable.CommandInInvoker";

/// 实例未处于运行中。
pub const RESOURCEUNAVAILABLE_INSTANCESTATENOTRUNNING: &str =
    "ResourceUnavailable.InstanceStateNotRunning";

/// 不存在的资源名称
pub const RESOURCEUNAVAILABLE_INVALIDRESOURCEQUOTARESOURCECODE: &str =
    "ResourceUnavailable.InvalidResourceQuotaResourceCode";

/// Lighthouse 尚不支持指定的地域。
pub const RESOURCEUNAVAILABLE_LIGHTHOUSEUNSUPPORTEDREGION: &str =
    "ResourceUnavailable.LighthouseUnsupportedRegion";

/// 用户配额已用完
pub const RESOURCEUNAVAILABLE_USERHASNOQUOTACODE: &str = "ResourceUnavailable.UserHasNoQuotaCode";

/// 角色扮演未授权。
pub const UNAUTHORIZEDOPERATION_ASSUMEROLEUNAUTHORIZED: &str =
    "UnauthorizedOperation.AssumeRoleUnauthorized";

/// CAM鉴权失败。
pub const UNAUTHORIZEDOPERATION_CAMAUTHFAILED: &str = "UnauthorizedOperation.CamAuthFailed";

/// Token 无效。
pub const UNAUTHORIZEDOPERATION_INVALIDTOKEN: &str = "UnauthorizedOperation.InvalidToken";

/// Multi-Factor Authentication(MFA) 过期。
pub const UNAUTHORIZEDOPERATION_MFAEXPIRED: &str = "UnauthorizedOperation.MFAExpired";

/// Multi-Factor Authentication(MFA) 不存在。
pub const UNAUTHORIZEDOPERATION_MFANOTFOUND: &str = "UnauthorizedOperation.MFANotFound";

/// 此操作需要批准
pub const UNAUTHORIZEDOPERATION_NEEDAPPROVAL: &str = "UnauthorizedOperation.NeedApproval";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
