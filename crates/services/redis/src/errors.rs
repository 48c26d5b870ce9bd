//! Error codes of `redis`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_redis::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 认证无效。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 实例安全组信息添加失败。
pub const FAILEDOPERATION_ADDINSTANCEINFOFAILED: &str = "FailedOperation.AddInstanceInfoFailed";

/// 绑定安全组失败。
pub const FAILEDOPERATION_ASSOCIATESECURITYGROUPSFAILED: &str =
    "FailedOperation.AssociateSecurityGroupsFailed";

/// 实例安全组信息清除失败。
pub const FAILEDOPERATION_CLEARINSTANCEINFOFAILED: &str = "FailedOperation.ClearInstanceInfoFailed";

/// 提交工作流失败。
pub const FAILEDOPERATION_COMMITFLOWERROR: &str = "FailedOperation.CommitFlowError";

/// 解绑安全组失败。
pub const FAILEDOPERATION_DISASSOCIATESECURITYGROUPSFAILED: &str =
    "FailedOperation.DisassociateSecurityGroupsFailed";

/// 当前DTS状态下不允许该操作。
pub const FAILEDOPERATION_DTSSTATUSABNORMAL: &str = "FailedOperation.DtsStatusAbnormal";

/// 流表不存在。
pub const FAILEDOPERATION_FLOWNOTEXISTS: &str = "FailedOperation.FlowNotExists";

/// 获取安全组详情失败。
pub const FAILEDOPERATION_GETSECURITYGROUPDETAILFAILED: &str =
    "FailedOperation.GetSecurityGroupDetailFailed";

/// 支付失败。
pub const FAILEDOPERATION_PAYFAILED: &str = "FailedOperation.PayFailed";

/// 暂时笼统的定义这个错误码。
pub const FAILEDOPERATION_REDOFLOWFAILED: &str = "FailedOperation.RedoFlowFailed";

/// 访问服务Log失败，请稍后重试。如果持续不成功，请联系客服进行处理
pub const FAILEDOPERATION_SERVICEACCESSERROR: &str = "FailedOperation.ServiceAccessError";

/// 设置规则失败。
pub const FAILEDOPERATION_SETRULELOCATIONFAILED: &str = "FailedOperation.SetRuleLocationFailed";

/// 内部系统错误，和业务无关。
pub const FAILEDOPERATION_SYSTEMERROR: &str = "FailedOperation.SystemError";

/// weekday输入无效数据。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 实例不支持该接口。
pub const FAILEDOPERATION_UNSUPPORTERROR: &str = "FailedOperation.UnSupportError";

/// 实例安全组信息更新失败。
pub const FAILEDOPERATION_UPDATEINSTANCEINFOFAILED: &str =
    "FailedOperation.UpdateInstanceInfoFailed";

/// 更新安全组失败。
pub const FAILEDOPERATION_UPDATESECURITYGROUPSFAILED: &str =
    "FailedOperation.UpdateSecurityGroupsFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// cam鉴权错误。
pub const INTERNALERROR_CAMAUTHOSSRESPONSERETURNCODEERROR: &str =
    "InternalError.CamAuthOssResponseReturnCodeError";

/// 统一的 DB 操作错误，可以是 update insert select..。
pub const INTERNALERROR_DBOPERATIONFAILED: &str = "InternalError.DbOperationFailed";

/// 执行Http请求失败。
pub const INTERNALERROR_EXECHTTPREQUESTERROR: &str = "InternalError.ExecHttpRequestError";

/// 找不到该实例。
pub const INTERNALERROR_INSTANCENOTFOUNDERROR: &str = "InternalError.InstanceNotFoundError";

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

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 备份不存在。
pub const INVALIDPARAMETERVALUE_BACKUPNOTEXISTS: &str = "InvalidParameterValue.BackupNotExists";

/// 不是vpc网络下实例。
pub const INVALIDPARAMETERVALUE_BASENETWORKACCESSDENY: &str =
    "InvalidParameterValue.BaseNetWorkAccessDeny";

/// 业务校验不通过。
pub const INVALIDPARAMETERVALUE_CHECKNOTPASS: &str = "InvalidParameterValue.CheckNotPass";

/// 数据转换失败
pub const INVALIDPARAMETERVALUE_DATACONVERTERROR: &str = "InvalidParameterValue.DataConvertError";

/// 重命名，命名规则错误。
pub const INVALIDPARAMETERVALUE_INSTANCENAMERULEERROR: &str =
    "InvalidParameterValue.InstanceNameRuleError";

/// 请求购买的实例类型错误（TypeId 1:集群版；2:主从版,即原主从版)。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCETYPEID: &str =
    "InvalidParameterValue.InvalidInstanceTypeId";

/// 非法的入参。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// vpc网络下，vpcid 子网id 非法。
pub const INVALIDPARAMETERVALUE_INVALIDSUBNETID: &str = "InvalidParameterValue.InvalidSubnetId";

/// 请求的容量不在售卖容量范围内。
pub const INVALIDPARAMETERVALUE_MEMSIZENOTINRANGE: &str = "InvalidParameterValue.MemSizeNotInRange";

/// 实例不能重复绑定。
pub const INVALIDPARAMETERVALUE_NOTREPEATBIND: &str = "InvalidParameterValue.NotRepeatBind";

/// 密码为空。
pub const INVALIDPARAMETERVALUE_PASSWORDEMPTY: &str = "InvalidParameterValue.PasswordEmpty";

/// 密码校验出错，密码错误。
pub const INVALIDPARAMETERVALUE_PASSWORDERROR: &str = "InvalidParameterValue.PasswordError";

/// 腾讯集团内部账号禁止使用免密实例。
pub const INVALIDPARAMETERVALUE_PASSWORDFREEDENIED: &str =
    "InvalidParameterValue.PasswordFreeDenied";

/// 设置密码时，MC 传入的 old password 与先前设定密码不同。
pub const INVALIDPARAMETERVALUE_PASSWORDRULEERROR: &str = "InvalidParameterValue.PasswordRuleError";

/// 请求容量偏小，不支持缩容。
pub const INVALIDPARAMETERVALUE_REDUCECAPACITYNOTALLOWED: &str =
    "InvalidParameterValue.ReduceCapacityNotAllowed";

/// 复制组不存在。
pub const INVALIDPARAMETERVALUE_REPLICATIONGROUPNOTEXISTS: &str =
    "InvalidParameterValue.ReplicationGroupNotExists";

/// 请求参数错误，安全组id错误。
pub const INVALIDPARAMETERVALUE_SECURITYGROUPIDSNOTEXISTS: &str =
    "InvalidParameterValue.SecurityGroupIdsNotExists";

/// 实例规格不存在。
pub const INVALIDPARAMETERVALUE_SPECNOTEXIST: &str = "InvalidParameterValue.SpecNotExist";

/// 实例类型不支持。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDTYPE: &str = "InvalidParameterValue.UnSupportedType";

/// vpc网络下，uniqVpcId 子网id 非法。
pub const INVALIDPARAMETERVALUE_UNVPCIDNOTEXISTS: &str = "InvalidParameterValue.UnVpcIdNotExists";

/// weekday输入无效数据。
pub const INVALIDPARAMETERVALUE_WEEKDAYSISINVALID: &str = "InvalidParameterValue.WeekDaysIsInvalid";

/// 没有找到对应接口。
pub const INVALIDPARAMETER_ACTIONNOTFOUND: &str = "InvalidParameter.ActionNotFound";

/// 参数为空。
pub const INVALIDPARAMETER_EMPTYPARAM: &str = "InvalidParameter.EmptyParam";

/// 非法参数错误。
pub const INVALIDPARAMETER_ILLEGALPARAMETERERROR: &str = "InvalidParameter.IllegalParameterError";

/// 实例安全组超过限制。
pub const INVALIDPARAMETER_INSTANCESGOVERLIMITERROR: &str =
    "InvalidParameter.InstanceSGOverLimitError";

/// 业务参数错误。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 非法的参数。
pub const INVALIDPARAMETER_INVALIDPARAMETERERROR: &str = "InvalidParameter.InvalidParameterError";

/// 不是vpc网络下实例。
pub const INVALIDPARAMETER_ISNOTVPCINSTANCE: &str = "InvalidParameter.IsNotVpcInstance";

/// 参数错误，不支持操作。
pub const INVALIDPARAMETER_NOTSUPPORTED: &str = "InvalidParameter.NotSupported";

/// 上海金融只提供vpc网络。
pub const INVALIDPARAMETER_ONLYVPCONSPECZONEID: &str = "InvalidParameter.OnlyVPCOnSpecZoneId";

/// 时间格式或者范围不符合要求。
pub const INVALIDPARAMETER_PERIOD: &str = "InvalidParameter.Period";

/// 接口没有cam权限。
pub const INVALIDPARAMETER_PERMISSIONDENIED: &str = "InvalidParameter.PermissionDenied";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 绑定超过上限。
pub const LIMITEXCEEDED_EXCEEDUPPERLIMIT: &str = "LimitExceeded.ExceedUpperLimit";

/// 绑定实例必须为空。
pub const LIMITEXCEEDED_INSTANCENOTEMPTY: &str = "LimitExceeded.InstanceNotEmpty";

/// 请求的容量不在售卖规格中（memSize应为1024的整数倍，单位：MB）。
pub const LIMITEXCEEDED_INVALIDMEMSIZE: &str = "LimitExceeded.InvalidMemSize";

/// 一次请求购买的实例数不在售卖数量限制范围内。
pub const LIMITEXCEEDED_INVALIDPARAMETERGOODSNUMNOTINRANGE: &str =
    "LimitExceeded.InvalidParameterGoodsNumNotInRange";

/// 请求的容量不在售卖容量范围内。
pub const LIMITEXCEEDED_MEMSIZENOTINRANGE: &str = "LimitExceeded.MemSizeNotInRange";

/// 购买时长超过3年,请求时长超过最大时长。
pub const LIMITEXCEEDED_PERIODEXCEEDMAXLIMIT: &str = "LimitExceeded.PeriodExceedMaxLimit";

/// 购买时长非法，时长最少1个月。
pub const LIMITEXCEEDED_PERIODLESSTHANMINLIMIT: &str = "LimitExceeded.PeriodLessThanMinLimit";

/// 请求的 redis 数量超过最大/最小购买数限制。
pub const LIMITEXCEEDED_REACHTHEAMOUNTLIMIT: &str = "LimitExceeded.ReachTheAmountLimit";

/// 复制组已锁定。
pub const LIMITEXCEEDED_REPLICATIONGROUPLOCKED: &str = "LimitExceeded.ReplicationGroupLocked";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 实例被其它流程锁住。
pub const RESOURCEINUSE_INSTANCEBEENLOCKED: &str = "ResourceInUse.InstanceBeenLocked";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// uin 值为空。
pub const RESOURCENOTFOUND_ACCOUNTDOESNOTEXISTS: &str = "ResourceNotFound.AccountDoesNotExists";

/// 根据 serialId 没有找到对应 redis。
pub const RESOURCENOTFOUND_INSTANCENOTEXISTS: &str = "ResourceNotFound.InstanceNotExists";

/// 找不到该实例。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// 请求订单号不存在。
pub const RESOURCEUNAVAILABLE_ACCOUNTBALANCENOTENOUGH: &str =
    "ResourceUnavailable.AccountBalanceNotEnough";

/// 备份已被其它任务锁住，暂时不能执行该操作。
pub const RESOURCEUNAVAILABLE_BACKUPLOCKEDERROR: &str = "ResourceUnavailable.BackupLockedError";

/// 备份还原规格不支持。
pub const RESOURCEUNAVAILABLE_BACKUPSPECERROR: &str = "ResourceUnavailable.BackupSpecError";

/// 备份状态异常，暂不能执行该操作。备份可能已过期或已被删除。
pub const RESOURCEUNAVAILABLE_BACKUPSTATUSABNORMAL: &str =
    "ResourceUnavailable.BackupStatusAbnormal";

/// 备份状态无效，可能在其他流程中，也可能被删除。
pub const RESOURCEUNAVAILABLE_BACKUPSTATUSINVALID: &str = "ResourceUnavailable.BackupStatusInvalid";

/// 调用后端接口失败。
pub const RESOURCEUNAVAILABLE_CALLOSSERROR: &str = "ResourceUnavailable.CallOssError";

/// 获取安全组信息失败。
pub const RESOURCEUNAVAILABLE_GETSECURITYERROR: &str = "ResourceUnavailable.GetSecurityError";

/// 实例配置错误。
pub const RESOURCEUNAVAILABLE_INSTANCECONFERROR: &str = "ResourceUnavailable.InstanceConfError";

/// 实例已经被回收了。
pub const RESOURCEUNAVAILABLE_INSTANCEDELETED: &str = "ResourceUnavailable.InstanceDeleted";

/// 实例已过期。
pub const RESOURCEUNAVAILABLE_INSTANCEISOLATED: &str = "ResourceUnavailable.InstanceIsolated";

/// redis 已经被其它流程锁定。
pub const RESOURCEUNAVAILABLE_INSTANCELOCKEDERROR: &str = "ResourceUnavailable.InstanceLockedError";

/// 订单不存在。
pub const RESOURCEUNAVAILABLE_INSTANCENODEAL: &str = "ResourceUnavailable.InstanceNoDeal";

/// 实例状态不支持操作。
pub const RESOURCEUNAVAILABLE_INSTANCENOTSUPPORTOPERATION: &str =
    "ResourceUnavailable.InstanceNotSupportOperation";

/// 实例状态错误。
pub const RESOURCEUNAVAILABLE_INSTANCESTATEERROR: &str = "ResourceUnavailable.InstanceStateError";

/// redis 状态异常，不能执行对应流程。
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSABNORMAL: &str =
    "ResourceUnavailable.InstanceStatusAbnormal";

/// 实例状态异常，不能执行对应操作。
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSERROR: &str = "ResourceUnavailable.InstanceStatusError";

/// 实例已经被其它流程锁定。
pub const RESOURCEUNAVAILABLE_INSTANCEUNLOCKEDERROR: &str =
    "ResourceUnavailable.InstanceUnLockedError";

/// vpc网络IP资源不足。
pub const RESOURCEUNAVAILABLE_NOENOUGHVIPINVPC: &str = "ResourceUnavailable.NoEnoughVipInVPC";

/// 请求的区域暂时不提供redis服务。
pub const RESOURCEUNAVAILABLE_NOREDISSERVICE: &str = "ResourceUnavailable.NoRedisService";

/// 请求的 zoneId 不提供 redis服务。
pub const RESOURCEUNAVAILABLE_NOSERVICEAVAILABLEFORTHISZONEID: &str =
    "ResourceUnavailable.NoServiceAvailableForThisZoneId";

/// 请求的区域暂时不提供请求类型的redis服务。
pub const RESOURCEUNAVAILABLE_NOTYPEIDREDISSERVICE: &str =
    "ResourceUnavailable.NoTypeIdRedisService";

/// 地域对应类型已售罄。
pub const RESOURCEUNAVAILABLE_SALEOUT: &str = "ResourceUnavailable.SaleOut";

/// 产品还没有接入安全组。
pub const RESOURCEUNAVAILABLE_SECURITYGROUPNOTSUPPORTED: &str =
    "ResourceUnavailable.SecurityGroupNotSupported";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 无cam 权限。
pub const UNAUTHORIZEDOPERATION_NOCAMAUTHED: &str = "UnauthorizedOperation.NoCAMAuthed";

/// 用户不在白名单中。
pub const UNAUTHORIZEDOPERATION_USERNOTINWHITELIST: &str =
    "UnauthorizedOperation.UserNotInWhiteList";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// redis 集群版不允许接入安全组。
pub const UNSUPPORTEDOPERATION_CLUSTERINSTANCEACCESSEDDENY: &str =
    "UnsupportedOperation.ClusterInstanceAccessedDeny";

/// 复制组巡检中。
pub const UNSUPPORTEDOPERATION_INSPECTION: &str = "UnsupportedOperation.Inspection";

/// 不支持当前操作。
pub const UNSUPPORTEDOPERATION_INSTANCENOTOPERATION: &str =
    "UnsupportedOperation.InstanceNotOperation";

/// 自动续费标识错误。
pub const UNSUPPORTEDOPERATION_ISAUTORENEWERROR: &str = "UnsupportedOperation.IsAutoRenewError";

/// 实例版本过低。
pub const UNSUPPORTEDOPERATION_LIMITPROXYVERSION: &str = "UnsupportedOperation.LimitProxyVersion";

/// 实例版本过低
pub const UNSUPPORTEDOPERATION_LOWVERSION: &str = "UnsupportedOperation.LowVersion";

/// 只有集群版实例支持导出备份。
pub const UNSUPPORTEDOPERATION_ONLYCLUSTERINSTANCECANEXPORTBACKUP: &str =
    "UnsupportedOperation.OnlyClusterInstanceCanExportBackup";
