//! Error codes of `ccc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ccc::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 智能体并发超上限
pub const FAILEDOPERATION_ACQUIREQUOTA: &str = "FailedOperation.AcquireQuota";

/// 无可用的AI并发许可，请去控制台进行购买
pub const FAILEDOPERATION_AICONCURRENTNOPACKAGE: &str = "FailedOperation.AIConcurrentNoPackage";

/// AI并发超频
pub const FAILEDOPERATION_AICONCURRENTOVERFREQUENCY: &str =
    "FailedOperation.AIConcurrentOverFrequency";

/// AI套餐包过期，请续费或重新购买
pub const FAILEDOPERATION_AILICENSEHASEXPIRED: &str = "FailedOperation.AILicenseHasExpired";

/// 高风险用户，请勿呼叫
pub const FAILEDOPERATION_CALLEEISBLACKUSER: &str = "FailedOperation.CalleeIsBlackUser";

/// 被叫号码外呼受限。
pub const FAILEDOPERATION_CALLEEISLIMITED: &str = "FailedOperation.CalleeIsLimited";

/// 主叫号码外呼超频。
pub const FAILEDOPERATION_CALLEROVERFREQUENCY: &str = "FailedOperation.CallerOverFrequency";

/// 外呼失败。
pub const FAILEDOPERATION_CALLOUTFAILED: &str = "FailedOperation.CallOutFailed";

/// 触发默认被叫规则，呼叫盲区
pub const FAILEDOPERATION_CALLOUTRULEBLINDAREA: &str = "FailedOperation.CalloutRuleBlindArea";

/// 触发默认外呼规则，被叫一段时间内呼叫量
pub const FAILEDOPERATION_CALLOUTRULEMAXCALLCOUNTCALLEEINTERVALTIME: &str =
    "FailedOperation.CalloutRuleMaxCallCountCalleeIntervalTime";

/// 触发默认外呼规则，被叫每日最大呼叫量
pub const FAILEDOPERATION_CALLOUTRULEMAXCALLCOUNTCALLEEPERDAYAPPID: &str =
    "FailedOperation.CalloutRuleMaxCallCountCalleePerDayAppID";

/// 触发默认外呼规则，不在可外呼时间
pub const FAILEDOPERATION_CALLOUTRULENOTWORKTIME: &str = "FailedOperation.CalloutRuleNotWorkTime";

/// ControlAIConversation错误信息
pub const FAILEDOPERATION_CONTROLAICONVERSATION: &str = "FailedOperation.ControlAIConversation";

/// 当前号码状态不能被修改。
pub const FAILEDOPERATION_CURSTATENOTALLOWMODIFY: &str = "FailedOperation.CurStateNotAllowModify";

/// 重复账号。
pub const FAILEDOPERATION_DUPLICATEDACCOUNT: &str = "FailedOperation.DuplicatedAccount";

/// 无可用的外呼号码。
pub const FAILEDOPERATION_NOCALLOUTNUMBER: &str = "FailedOperation.NoCallOutNumber";

/// 权限不足。
pub const FAILEDOPERATION_PERMISSIONDENIED: &str = "FailedOperation.PermissionDenied";

/// 坐席处于忙碌状态。
pub const FAILEDOPERATION_SEATSTATUSBUSY: &str = "FailedOperation.SeatStatusBusy";

/// 会话不存在
pub const FAILEDOPERATION_SESSIONNOTEXISTS: &str = "FailedOperation.SessionNotExists";

/// 会话不在可控制状态
pub const FAILEDOPERATION_SESSIONNOTINCONTROLSTATE: &str =
    "FailedOperation.SessionNotInControlState";

/// 上传文件个数超过限制
pub const FAILEDOPERATION_UPLOADFILEOVERFLOW: &str = "FailedOperation.UploadFileOverflow";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部数据库访问失败。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 账号不存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTNOTEXIST: &str = "InvalidParameterValue.AccountNotExist";

/// 审批单号不存在。
pub const INVALIDPARAMETERVALUE_APPLYIDNOTEXIST: &str = "InvalidParameterValue.ApplyIDNotExist";

/// 公司信息已经存在。
pub const INVALIDPARAMETERVALUE_COMPANYEXIST: &str = "InvalidParameterValue.CompanyExist";

/// 审核单状态错误。
pub const INVALIDPARAMETERVALUE_ERRORAPPLYSTATUS: &str = "InvalidParameterValue.ErrorApplyStatus";

/// 使用体验账号的智能体不支持此类操作
pub const INVALIDPARAMETERVALUE_EXPERIENCEACCOUNT: &str = "InvalidParameterValue.ExperienceAccount";

/// 文件不存在
pub const INVALIDPARAMETERVALUE_FILENOTEXIST: &str = "InvalidParameterValue.FileNotExist";

/// 实例不存在。
pub const INVALIDPARAMETERVALUE_INSTANCENOTEXIST: &str = "InvalidParameterValue.InstanceNotExist";

/// 号码状态无效。
pub const INVALIDPARAMETERVALUE_PHONENUMINVALID: &str = "InvalidParameterValue.PhoneNumInvalid";

/// 号码已经绑定别的账号。
pub const INVALIDPARAMETERVALUE_PHONENUMISBOUNDOTHERACCOUNT: &str =
    "InvalidParameterValue.PhoneNumIsBoundOtherAccount";

/// 查询记录不存在。
pub const INVALIDPARAMETERVALUE_RECORDNOTEXIST: &str = "InvalidParameterValue.RecordNotExist";

/// 同振技能组人数超上限2，请确认并修改。
pub const INVALIDPARAMETERVALUE_RINGALLGROUPMEMBEROVERFLOW: &str =
    "InvalidParameterValue.RingAllGroupMemberOverflow";

/// 技能组错误。
pub const INVALIDPARAMETERVALUE_SKILLGROUPERROR: &str = "InvalidParameterValue.SkillGroupError";

/// 技能组已存在。
pub const INVALIDPARAMETERVALUE_SKILLGROUPEXIST: &str = "InvalidParameterValue.SkillGroupExist";

/// 待审核单已经超限，暂时不能再提交
pub const INVALIDPARAMETERVALUE_WAITINGAPPROVALOVERFLOW: &str =
    "InvalidParameterValue.WaitingApprovalOverflow";

/// 重复的地址
pub const INVALIDPARAMETER_DUPLICATEADDRESS: &str = "InvalidParameter.DuplicateAddress";

/// 重复的号码
pub const INVALIDPARAMETER_DUPLICATEPHONENUMBER: &str = "InvalidParameter.DuplicatePhoneNumber";

/// 重复的SIP账号
pub const INVALIDPARAMETER_DUPLICATESIPACCOUNT: &str = "InvalidParameter.DuplicateSipAccount";

/// 非法的地址
pub const INVALIDPARAMETER_ILLEGALADDRESS: &str = "InvalidParameter.IllegalAddress";

/// 非法的号码
pub const INVALIDPARAMETER_ILLEGALPHONENUMBER: &str = "InvalidParameter.IllegalPhoneNumber";

/// 实例不存在。
pub const INVALIDPARAMETER_INSTANCENOTEXIST: &str = "InvalidParameter.InstanceNotExist";

/// 无效的地址
pub const INVALIDPARAMETER_INVALIDADDRESS: &str = "InvalidParameter.InvalidAddress";

/// 无效的IP信息
pub const INVALIDPARAMETER_INVALIDIP: &str = "InvalidParameter.InvalidIP";

/// 无效的号码
pub const INVALIDPARAMETER_INVALIDPHONENUMBER: &str = "InvalidParameter.InvalidPhoneNumber";

/// 无效的端口信息
pub const INVALIDPARAMETER_INVALIDPORT: &str = "InvalidParameter.InvalidPort";

/// 密码不合法(长度大于等于八位，必须包含大小写字母以及数字)
pub const INVALIDPARAMETER_SIPACCOUNTPASSWORDFORMAT: &str =
    "InvalidParameter.SipAccountPasswordFormat";

/// 用户名不合法(只能包含A-Z、a-z、以及数字)
pub const INVALIDPARAMETER_SIPACCOUNTUSERFORMAT: &str = "InvalidParameter.SipAccountUserFormat";

/// SIP通道仍在使用中
pub const INVALIDPARAMETER_SIPTRUNKINUSED: &str = "InvalidParameter.SipTrunkInUsed";

/// 未找到SIP通道信息
pub const INVALIDPARAMETER_SIPTRUNKNOTFOUND: &str = "InvalidParameter.SipTrunkNotFound";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 套餐包耗尽
pub const LIMITEXCEEDED_BASEPACKAGEEXPIRED: &str = "LimitExceeded.BasePackageExpired";

/// 许可不足
pub const LIMITEXCEEDED_INSUFFICIENTLICENSE: &str = "LimitExceeded.InsufficientLicense";

/// 超出数量限制。
pub const LIMITEXCEEDED_OUTOFCOUNTLIMIT: &str = "LimitExceeded.OutOfCountLimit";

/// 超过当前智能体的并发上限
pub const LIMITEXCEEDED_OUTOFQUOTAMAXCOUNT: &str = "LimitExceeded.OutOfQuotaMaxCount";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 不在白名单中。
pub const OPERATIONDENIED_NOTINWHITELIST: &str = "OperationDenied.NotInWhiteList";

/// 账号已被禁用。
pub const OPERATIONDENIED_UINDISABLED: &str = "OperationDenied.UinDisabled";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
