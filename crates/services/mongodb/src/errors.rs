//! Error codes of `mongodb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_mongodb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 无审计配置信息。
pub const FAILEDOPERATION_AUDITCONFIGNOTEXIST: &str = "FailedOperation.AuditConfigNotExist";

/// 提升连接数失败
pub const FAILEDOPERATION_CONNECTIONUPDATEERROR: &str = "FailedOperation.ConnectionUpdateError";

/// 连接数提升次数已耗尽
pub const FAILEDOPERATION_CONNECTIONUPDATEUSEDOFF: &str = "FailedOperation.ConnectionUpdateUsedOff";

/// 实例开启了销毁保护，不允许销毁
pub const FAILEDOPERATION_DELETIONPROTECTIONENABLED: &str =
    "FailedOperation.DeletionProtectionEnabled";

/// 按key回档未开启
pub const FAILEDOPERATION_FLASHBACKBYKEYNOTOPEN: &str = "FailedOperation.FlashbackByKeyNotOpen";

/// 内核响应超时。
pub const FAILEDOPERATION_KERNELRESPONSETIMEOUT: &str = "FailedOperation.KernelResponseTimeout";

/// 当前实例已开启外网访问。
pub const FAILEDOPERATION_NOTALLOWMODIFYADDRAFTEROPENWANSERVICE: &str =
    "FailedOperation.NotAllowModifyAddrAfterOpenWanService";

/// 实例锁定中不允许操作。
pub const FAILEDOPERATION_OPERATIONNOTALLOWEDININSTANCELOCKING: &str =
    "FailedOperation.OperationNotAllowedInInstanceLocking";

/// 查询审计任务失败。
pub const FAILEDOPERATION_QUERYAUDITTASKFAILERROR: &str = "FailedOperation.QueryAuditTaskFailError";

/// 实例已开启透明加密，不允许物理备份。
pub const FAILEDOPERATION_TRANSPARENTDATAENCRYPTIONALREADYOPEN: &str =
    "FailedOperation.TransparentDataEncryptionAlreadyOpen";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 查询异步任务错误。
pub const INTERNALERROR_ASYNCREQUESTERROR: &str = "InternalError.AsyncRequestError";

/// 创建审计日志文件错误。
pub const INTERNALERROR_AUDITCREATELOGFILEERROR: &str = "InternalError.AuditCreateLogFileError";

/// 删除审计日志错误。
pub const INTERNALERROR_AUDITDELETELOGFILEERROR: &str = "InternalError.AuditDeleteLogFileError";

/// 查询审计日志错误。
pub const INTERNALERROR_AUDITDESCRIBELOGERROR: &str = "InternalError.AuditDescribeLogError";

/// 审计内部服务错误。
pub const INTERNALERROR_AUDITERROR: &str = "InternalError.AuditError";

/// 修改审计状态失败。
pub const INTERNALERROR_AUDITMODIFYSTATUSERROR: &str = "InternalError.AuditModifyStatusError";

/// appId校验失败。
pub const INTERNALERROR_CHECKAPPIDFAILED: &str = "InternalError.CheckAppIdFailed";

/// 获取文件信息失败。
pub const INTERNALERROR_COSERROR: &str = "InternalError.CosError";

/// 数据库内部错误。
pub const INTERNALERROR_DATABASEACCESSERROR: &str = "InternalError.DatabaseAccessError";

/// 数据库异常。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 内部数据存储异常。
pub const INTERNALERROR_DBOPERATEERROR: &str = "InternalError.DBOperateError";

/// 数据库操作失败。
pub const INTERNALERROR_DBOPERATIONERROR: &str = "InternalError.DBOperationError";

/// 实例查询失败。
pub const INTERNALERROR_FINDINSTANCEFAILED: &str = "InternalError.FindInstanceFailed";

/// 内部HTTP转发异常
pub const INTERNALERROR_HTTPERROR: &str = "InternalError.HttpError";

/// 内部服务错误。
pub const INTERNALERROR_INNERCOMMONERROR: &str = "InternalError.InnerCommonError";

/// json解析失败。
pub const INTERNALERROR_JSONERROR: &str = "InternalError.JSONError";

/// Json反序列化错误。
pub const INTERNALERROR_JSONUNMARSHALERROR: &str = "InternalError.JsonUnmarshalError";

/// password与原先记录的password不同。
pub const INTERNALERROR_PASSWORDERROR: &str = "InternalError.PasswordError";

/// 交易系统错误。
pub const INTERNALERROR_TRADEERROR: &str = "InternalError.TradeError";

/// 未知错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 备份文件未找到。
pub const INVALIDPARAMETERVALUE_BACKUPFILENOTFOUND: &str =
    "InvalidParameterValue.BackupFileNotFound";

/// appId校验失败。
pub const INVALIDPARAMETERVALUE_CHECKAPPIDFAILED: &str = "InvalidParameterValue.CheckAppIdFailed";

/// 无效的实例类型。
pub const INVALIDPARAMETERVALUE_CLUSTERTYPEERROR: &str = "InvalidParameterValue.ClusterTypeError";

/// 数据转换失败
pub const INVALIDPARAMETERVALUE_DATACONVERTERROR: &str = "InvalidParameterValue.DataConvertError";

/// 非法的实例名。
pub const INVALIDPARAMETERVALUE_ILLEGALINSTANCENAME: &str =
    "InvalidParameterValue.IllegalInstanceName";

/// 非法的实例状态。
pub const INVALIDPARAMETERVALUE_ILLEGALINSTANCESTATUS: &str =
    "InvalidParameterValue.IllegalInstanceStatus";

/// 实例状态不允许进行下线，进行下线操作的实例状态必须为隔离状态。
pub const INVALIDPARAMETERVALUE_ILLEGALSTATUSTOOFFLINE: &str =
    "InvalidParameterValue.IllegalStatusToOffline";

/// 实例已删除。
pub const INVALIDPARAMETERVALUE_INSTANCEHASBEENDELETED: &str =
    "InvalidParameterValue.InstanceHasBeenDeleted";

/// 实例已隔离。
pub const INVALIDPARAMETERVALUE_INSTANCEHASBEENISOLATED: &str =
    "InvalidParameterValue.InstanceHasBeenIsolated";

/// 实例类型取值错误，需要指定实例类型为副本集或分片。
pub const INVALIDPARAMETERVALUE_INSTANCETYPEERROR: &str = "InvalidParameterValue.InstanceTypeError";

/// 无效参数值。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 计费相关错误，不允许对当前实例进行对应的新购/续费/配置变更操作。
pub const INVALIDPARAMETERVALUE_INVALIDTRADEOPERATION: &str =
    "InvalidParameterValue.InvalidTradeOperation";

/// limit取值范围[1,100]。
pub const INVALIDPARAMETERVALUE_LIMITPARAOUTOFRANGE: &str =
    "InvalidParameterValue.LimitParaOutOfRange";

/// 实例锁定失败。
pub const INVALIDPARAMETERVALUE_LOCKFAILED: &str = "InvalidParameterValue.LockFailed";

/// 错误的机型。
pub const INVALIDPARAMETERVALUE_MACHINETYPEERROR: &str = "InvalidParameterValue.MachineTypeError";

/// 内存和磁盘必须同时升配或降配。
pub const INVALIDPARAMETERVALUE_MODIFYMODEERROR: &str = "InvalidParameterValue.ModifyModeError";

/// 参数值有误。
pub const INVALIDPARAMETERVALUE_MODIFYMONGODBPARAMS: &str =
    "InvalidParameterValue.ModifyMongodbParams";

/// 实例版本错误。
pub const INVALIDPARAMETERVALUE_MONGOVERSIONERROR: &str = "InvalidParameterValue.MongoVersionError";

/// 实例版本不支持查询客户端信息。
pub const INVALIDPARAMETERVALUE_MONGOVERSIONNOTSUPPORTQUERYCLIENT: &str =
    "InvalidParameterValue.MongoVersionNotSupportQueryClient";

/// 当前副本集/分片未找到该节点。
pub const INVALIDPARAMETERVALUE_NODENOTFOUNDINREPLICA: &str =
    "InvalidParameterValue.NodeNotFoundInReplica";

/// 未找到实例。
pub const INVALIDPARAMETERVALUE_NOTFOUNDINSTANCE: &str = "InvalidParameterValue.NotFoundInstance";

/// offset取值范围[0, 10000]。
pub const INVALIDPARAMETERVALUE_OFFSETPARAOUTOFRANGE: &str =
    "InvalidParameterValue.OffsetParaOutOfRange";

/// OplogSize参数设置错误，应介于磁盘容量的10%和90%之间。
pub const INVALIDPARAMETERVALUE_OPLOGSIZEOUTOFRANGE: &str =
    "InvalidParameterValue.OplogSizeOutOfRange";

/// 密码不符合规范。
pub const INVALIDPARAMETERVALUE_PASSWORDRULEFAILED: &str =
    "InvalidParameterValue.PasswordRuleFailed";

/// 单个地域后付费实例数量超过限制。
pub const INVALIDPARAMETERVALUE_POSTPAIDINSTANCEBEYONDLIMIT: &str =
    "InvalidParameterValue.PostPaidInstanceBeyondLimit";

/// 按量计费实例不允许续费。
pub const INVALIDPARAMETERVALUE_POSTPAYRENEWERROR: &str = "InvalidParameterValue.PostPayRenewError";

/// 预付费实例不支持销毁。
pub const INVALIDPARAMETERVALUE_PREPAIDINSTANCEUNABLETOISOLATE: &str =
    "InvalidParameterValue.PrePaidInstanceUnableToIsolate";

/// 项目不存在。
pub const INVALIDPARAMETERVALUE_PROJECTNOTFOUND: &str = "InvalidParameterValue.ProjectNotFound";

/// proxy版本不支持查询客户端信息，请联系工作人员进行升级。
pub const INVALIDPARAMETERVALUE_PROXYNOTSUPPORTQUERYCLIENT: &str =
    "InvalidParameterValue.ProxyNotSupportQueryClient";

/// 查询offset超出范围。
pub const INVALIDPARAMETERVALUE_QUERYOUTOFRANGE: &str = "InvalidParameterValue.QueryOutOfRange";

/// 只能查询7天内的慢日志。
pub const INVALIDPARAMETERVALUE_QUERYTIMEOUTOFRANGE: &str =
    "InvalidParameterValue.QueryTimeOutOfRange";

/// 只能查询7天内的慢日志。
pub const INVALIDPARAMETERVALUE_QUERYTIMERANGEBEYONDLIMIT: &str =
    "InvalidParameterValue.QueryTimeRangeBeyondLimit";

/// 无效的地域。
pub const INVALIDPARAMETERVALUE_REGIONERROR: &str = "InvalidParameterValue.RegionError";

/// 当前地域尚不支持该操作。
pub const INVALIDPARAMETERVALUE_REGIONNOTSUPPORTOPERATION: &str =
    "InvalidParameterValue.RegionNotSupportOperation";

/// 地域尚不支持查询客户端信息。
pub const INVALIDPARAMETERVALUE_REGIONNOTSUPPORTQUERYCLIENT: &str =
    "InvalidParameterValue.RegionNotSupportQueryClient";

/// 未找到副本集/分片。
pub const INVALIDPARAMETERVALUE_REPLICANOTFOUND: &str = "InvalidParameterValue.ReplicaNotFound";

/// 副本集（分片）数量错误。
pub const INVALIDPARAMETERVALUE_REPLICASETNUMERROR: &str =
    "InvalidParameterValue.ReplicaSetNumError";

/// 从节点数错误。
pub const INVALIDPARAMETERVALUE_SECONDARYNUMERROR: &str = "InvalidParameterValue.SecondaryNumError";

/// 安全组ID无效。
pub const INVALIDPARAMETERVALUE_SECURITYGROUPID: &str = "InvalidParameterValue.SecurityGroupId";

/// 当前实例已开通免密访问，或未绑定安全组，安全级别较低不允许打开外网访问服务。
pub const INVALIDPARAMETERVALUE_SECURITYLEVELNOTALLOWOPENWANSERVICE: &str =
    "InvalidParameterValue.SecurityLevelNotAllowOpenWanService";

/// 设置的磁盘大小不得低于已用磁盘的1.2倍。
pub const INVALIDPARAMETERVALUE_SETDISKLESSTHANUSED: &str =
    "InvalidParameterValue.SetDiskLessThanUsed";

/// slowMS参数取值范围[100,65536]。
pub const INVALIDPARAMETERVALUE_SLOWMSBELOWLIMIT: &str = "InvalidParameterValue.SlowMSBelowLimit";

/// 购买规格错误。
pub const INVALIDPARAMETERVALUE_SPECNOTONSALE: &str = "InvalidParameterValue.SpecNotOnSale";

/// 起始时间晚于结束时间。
pub const INVALIDPARAMETERVALUE_STARTTIMENOTBEFORETHANENDTIME: &str =
    "InvalidParameterValue.StartTimeNotBeforeThanEndTime";

/// 实例处于不允许操作的状态。
pub const INVALIDPARAMETERVALUE_STATUSABNORMAL: &str = "InvalidParameterValue.StatusAbnormal";

/// 未找到指定的标签。
pub const INVALIDPARAMETERVALUE_TAGNOTFOUND: &str = "InvalidParameterValue.TagNotFound";

/// 非法的时间格式。
pub const INVALIDPARAMETERVALUE_TIMEFORMATERR: &str = "InvalidParameterValue.TimeFormatErr";

/// 用户账户不存在。
pub const INVALIDPARAMETERVALUE_USERNOTFOUND: &str = "InvalidParameterValue.UserNotFound";

/// 未找到虚拟网络（子网）。
pub const INVALIDPARAMETERVALUE_VPCIDORSUBNETIDNOTFOUND: &str =
    "InvalidParameterValue.VpcIdOrSubnetIdNotFound";

/// 可用区已关闭售卖。
pub const INVALIDPARAMETERVALUE_ZONECLOSED: &str = "InvalidParameterValue.ZoneClosed";

/// 无效的可用区。
pub const INVALIDPARAMETERVALUE_ZONEERROR: &str = "InvalidParameterValue.ZoneError";

/// 接口不存在，请确认请求的接口名称是否正确。
pub const INVALIDPARAMETER_ACTIONNOTFOUND: &str = "InvalidParameter.ActionNotFound";

/// 当前实例不支持设置参数。
pub const INVALIDPARAMETER_CURRENTINSTANCENOTSUPPORTMODIFYPARAMS: &str =
    "InvalidParameter.CurrentInstanceNotSupportModifyParams";

/// 审计参数异常
pub const INVALIDPARAMETER_EXCEPTIONPARAM: &str = "InvalidParameter.ExceptionParam";

/// 无效参数值。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数无效。
pub const INVALIDPARAMETER_INVALIDPARAMETERERROR: &str = "InvalidParameter.InvalidParameterError";

/// 无效Vip信息。
pub const INVALIDPARAMETER_INVALIDVIP: &str = "InvalidParameter.InvalidVip";

/// 参数名有误
pub const INVALIDPARAMETER_MODIFYMONGODBPARAMS: &str = "InvalidParameter.ModifyMongodbParams";

/// 接口参数为空。
pub const INVALIDPARAMETER_PARAMETERSNIL: &str = "InvalidParameter.ParametersNil";

/// 当前子账号无权执行该操作。
pub const INVALIDPARAMETER_PERMISSIONDENIED: &str = "InvalidParameter.PermissionDenied";

/// 可用区已关闭售卖。
pub const INVALIDPARAMETER_ZONECLOSED: &str = "InvalidParameter.ZoneClosed";

/// 请求太过频繁，触发接口频限。
pub const LIMITEXCEEDED_TOOMANYREQUESTS: &str = "LimitExceeded.TooManyRequests";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 无审计操作权限
pub const OPERATIONDENIED_ACCOUNTOPERATIONDENIED: &str = "OperationDenied.AccountOperationDenied";

/// 审计策略冲突。
pub const OPERATIONDENIED_AUDITPOLICYCONFLICTERROR: &str =
    "OperationDenied.AuditPolicyConflictError";

/// 审计策略已存在。
pub const OPERATIONDENIED_AUDITPOLICYEXISTERROR: &str = "OperationDenied.AuditPolicyExistError";

/// 审计策略不存在。
pub const OPERATIONDENIED_AUDITPOLICYNOTEXISTERROR: &str =
    "OperationDenied.AuditPolicyNotExistError";

/// 审计策略数量超限。
pub const OPERATIONDENIED_AUDITPOLICYOVERQUOTAERROR: &str =
    "OperationDenied.AuditPolicyOverQuotaError";

/// 审计状态异常。
pub const OPERATIONDENIED_AUDITSTATUSERROR: &str = "OperationDenied.AuditStatusError";

/// 审计任务冲突。
pub const OPERATIONDENIED_AUDITTASKCONFLICTERROR: &str = "OperationDenied.AuditTaskConflictError";

/// 操作拒绝，请重试
pub const OPERATIONDENIED_OPERATIONDENIEDERROR: &str = "OperationDenied.OperationDeniedError";

/// 资源未找到。
pub const OPERATIONDENIED_RESOURCENOTFUNDERROR: &str = "OperationDenied.ResourceNotFundError";

/// 不支持开通审计。
pub const OPERATIONDENIED_UNSUPPORTOPENAUDITERROR: &str = "OperationDenied.UnsupportOpenAuditError";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 实例未查询到
pub const RESOURCENOTFOUND_INSTANCENOTFUNDERROR: &str = "ResourceNotFound.InstanceNotFundError";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 没有访问权限
pub const UNAUTHORIZEDOPERATION_NOACCESS: &str = "UnauthorizedOperation.NoAccess";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 内核版本不支持。
pub const UNSUPPORTEDOPERATION_KERNELVERSIONNOTSUPPORT: &str =
    "UnsupportedOperation.KernelVersionNotSupport";

/// 小版本不支持。
pub const UNSUPPORTEDOPERATION_SECONDARYVERSIONNOTSUPPORTAUDIT: &str =
    "UnsupportedOperation.SecondaryVersionNotSupportAudit";

/// 当前版本不支持该操作。
pub const UNSUPPORTEDOPERATION_VERSIONNOTSUPPORT: &str = "UnsupportedOperation.VersionNotSupport";
