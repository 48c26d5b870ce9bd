//! Error codes of `keewidb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_keewidb::errors::FAILEDOPERATION_ADDINSTANCEINFOFAILED) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 实例安全组信息添加失败。
pub const FAILEDOPERATION_ADDINSTANCEINFOFAILED: &str = "FailedOperation.AddInstanceInfoFailed";

/// 绑定安全组失败。
pub const FAILEDOPERATION_ASSOCIATESECURITYGROUPSFAILED: &str =
    "FailedOperation.AssociateSecurityGroupsFailed";

/// 实例安全组信息清除失败。
pub const FAILEDOPERATION_CLEARINSTANCEINFOFAILED: &str = "FailedOperation.ClearInstanceInfoFailed";

/// 解绑安全组失败。
pub const FAILEDOPERATION_DISASSOCIATESECURITYGROUPSFAILED: &str =
    "FailedOperation.DisassociateSecurityGroupsFailed";

/// 当前DTS状态下不允许该操作。
pub const FAILEDOPERATION_DTSSTATUSABNORMAL: &str = "FailedOperation.DtsStatusAbnormal";

/// 获取安全组详情失败。
pub const FAILEDOPERATION_GETSECURITYGROUPDETAILFAILED: &str =
    "FailedOperation.GetSecurityGroupDetailFailed";

/// 设置规则失败。
pub const FAILEDOPERATION_SETRULELOCATIONFAILED: &str = "FailedOperation.SetRuleLocationFailed";

/// 内部系统错误，和业务无关。
pub const FAILEDOPERATION_SYSTEMERROR: &str = "FailedOperation.SystemError";

/// 未知类型操作错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 实例/备份不支持该接口。
pub const FAILEDOPERATION_UNSUPPORTERROR: &str = "FailedOperation.UnSupportError";

/// 实例安全组信息更新失败。
pub const FAILEDOPERATION_UPDATEINSTANCEINFOFAILED: &str =
    "FailedOperation.UpdateInstanceInfoFailed";

/// 更新安全组失败。
pub const FAILEDOPERATION_UPDATESECURITYGROUPSFAILED: &str =
    "FailedOperation.UpdateSecurityGroupsFailed";

/// cam鉴权错误。
pub const INTERNALERROR_CAMAUTHOSSRESPONSERETURNCODEERROR: &str =
    "InternalError.CamAuthOssResponseReturnCodeError";

/// 统一的 DB 操作错误，可以是 update insert select..。
pub const INTERNALERROR_DBOPERATIONFAILED: &str = "InternalError.DbOperationFailed";

/// 执行Http请求失败。
pub const INTERNALERROR_EXECHTTPREQUESTERROR: &str = "InternalError.ExecHttpRequestError";

/// 无操作权限。
pub const INTERNALERROR_INSTANCEOPERATEPERMISSIONERROR: &str =
    "InternalError.InstanceOperatePermissionError";

/// 内部错误。
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 获取实例列表出错。
pub const INTERNALERROR_LISTINSTANCESERROR: &str = "InternalError.ListInstancesError";

/// 网络错误。
pub const INTERNALERROR_NETWORKERR: &str = "InternalError.NetWorkErr";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 密码为空。
pub const INVALIDPARAMETERVALUE_PASSWORDEMPTY: &str = "InvalidParameterValue.PasswordEmpty";

/// 密码校验出错，密码错误。
pub const INVALIDPARAMETERVALUE_PASSWORDERROR: &str = "InvalidParameterValue.PasswordError";

/// 该账号禁止使用免密实例。
pub const INVALIDPARAMETERVALUE_PASSWORDFREEDENIED: &str =
    "InvalidParameterValue.PasswordFreeDenied";

/// 设置密码时，MC 传入的 old password 与先前设定密码不同。
pub const INVALIDPARAMETERVALUE_PASSWORDRULEERROR: &str = "InvalidParameterValue.PasswordRuleError";

/// 请求参数错误，安全组id不存在。
pub const INVALIDPARAMETERVALUE_SECURITYGROUPIDSNOTEXISTS: &str =
    "InvalidParameterValue.SecurityGroupIdsNotExists";

/// 实例类型不支持。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDTYPE: &str = "InvalidParameterValue.UnSupportedType";

/// 请求参数错误，私有网络id不存在。
pub const INVALIDPARAMETERVALUE_UNVPCIDNOTEXISTS: &str = "InvalidParameterValue.UnVpcIdNotExists";

/// weekday输入无效数据。
pub const INVALIDPARAMETERVALUE_WEEKDAYSISINVALID: &str = "InvalidParameterValue.WeekDaysIsInvalid";

/// 参数为空。
pub const INVALIDPARAMETER_EMPTYPARAM: &str = "InvalidParameter.EmptyParam";

/// 非法参数错误。
pub const INVALIDPARAMETER_ILLEGALPARAMETERERROR: &str = "InvalidParameter.IllegalParameterError";

/// 业务参数错误。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数错误，不支持操作。
pub const INVALIDPARAMETER_NOTSUPPORTED: &str = "InvalidParameter.NotSupported";

/// 时间格式或者范围不符合要求。
pub const INVALIDPARAMETER_PERIOD: &str = "InvalidParameter.Period";

/// 接口没有cam权限。
pub const INVALIDPARAMETER_PERMISSIONDENIED: &str = "InvalidParameter.PermissionDenied";

/// 不支持的实例规格。
pub const INVALIDPARAMETER_SPECNOTSUPPORTED: &str = "InvalidParameter.SpecNotSupported";

/// 请求的容量不在售卖规格中。
pub const LIMITEXCEEDED_INVALIDSIZE: &str = "LimitExceeded.InvalidSize";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 找不到对应实例
pub const RESOURCENOTFOUND_INSTANCENOTEXISTS: &str = "ResourceNotFound.InstanceNotExists";

/// 找不到该实例。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// 调用后端接口失败。
pub const RESOURCEUNAVAILABLE_CALLOSSERROR: &str = "ResourceUnavailable.CallOssError";

/// 实例配置错误。
pub const RESOURCEUNAVAILABLE_INSTANCECONFERROR: &str = "ResourceUnavailable.InstanceConfError";

/// 实例已经被回收了。
pub const RESOURCEUNAVAILABLE_INSTANCEDELETED: &str = "ResourceUnavailable.InstanceDeleted";

/// 实例已过期。
pub const RESOURCEUNAVAILABLE_INSTANCEISOLATED: &str = "ResourceUnavailable.InstanceIsolated";

/// 实例已经被其它流程锁定。
pub const RESOURCEUNAVAILABLE_INSTANCELOCKEDERROR: &str = "ResourceUnavailable.InstanceLockedError";

/// 实例状态错误。
pub const RESOURCEUNAVAILABLE_INSTANCESTATEERROR: &str = "ResourceUnavailable.InstanceStateError";

/// 实例状态异常，不能执行对应流程。
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSABNORMAL: &str =
    "ResourceUnavailable.InstanceStatusAbnormal";

/// 实例状态异常，不能执行对应操作。
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSERROR: &str = "ResourceUnavailable.InstanceStatusError";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 用户不在白名单中。
pub const UNAUTHORIZEDOPERATION_USERNOTINWHITELIST: &str =
    "UnauthorizedOperation.UserNotInWhiteList";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 自动续费标识错误。
pub const UNSUPPORTEDOPERATION_ISAUTORENEWERROR: &str = "UnsupportedOperation.IsAutoRenewError";
