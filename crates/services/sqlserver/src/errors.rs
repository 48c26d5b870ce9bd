//! Error codes of `sqlserver`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_sqlserver::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 查询对象存储失败。
pub const FAILEDOPERATION_COSERROR: &str = "FailedOperation.CosError";

/// 获取上传配置信息错误。
pub const FAILEDOPERATION_COSPROPERTIESERROR: &str = "FailedOperation.CosPropertiesError";

/// 创建订单失败。
pub const FAILEDOPERATION_CREATEORDERFAILED: &str = "FailedOperation.CreateOrderFailed";

/// 数据库错误。
pub const FAILEDOPERATION_DBERROR: &str = "FailedOperation.DBError";

/// 外网操作失败。
pub const FAILEDOPERATION_DOMAINOPERATIONFAILED: &str = "FailedOperation.DomainOperationFailed";

/// 操作失败或者网络超时。
pub const FAILEDOPERATION_GCSERROR: &str = "FailedOperation.GcsError";

/// 获取VPC网络信息失败。
pub const FAILEDOPERATION_GETVPCFAILED: &str = "FailedOperation.GetVpcFailed";

/// 备份导入任务锁定失败。
pub const FAILEDOPERATION_MIGRATIONLOCKERROR: &str = "FailedOperation.MigrationLockError";

/// 不支持此类操作。
pub const FAILEDOPERATION_NOTSUPPORT: &str = "FailedOperation.NotSupport";

/// 查询订单失败。
pub const FAILEDOPERATION_QUERYORDERFAILED: &str = "FailedOperation.QueryOrderFailed";

/// 计费相关错误，查询价格失败。
pub const FAILEDOPERATION_QUERYPRICEFAILED: &str = "FailedOperation.QueryPriceFailed";

/// 安全组操作失败。
pub const FAILEDOPERATION_SECURITYGROUPOPERATIONERROR: &str =
    "FailedOperation.SecurityGroupOperationError";

/// 操作网络失败或者超时。
pub const FAILEDOPERATION_VPCERROR: &str = "FailedOperation.VPCError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// CAM鉴权请求失败。
pub const INTERNALERROR_CAMAUTHFAILED: &str = "InternalError.CamAuthFailed";

/// COS接口错误。
pub const INTERNALERROR_COSERROR: &str = "InternalError.CosError";

/// 流程创建失败。
pub const INTERNALERROR_CREATEFLOWFAILED: &str = "InternalError.CreateFlowFailed";

/// 数据错误。
pub const INTERNALERROR_DATAERROR: &str = "InternalError.DataError";

/// 数据库连接错误。
pub const INTERNALERROR_DBCONNECTERROR: &str = "InternalError.DBConnectError";

/// 数据库错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// GCS接口错误。
pub const INTERNALERROR_GCSERROR: &str = "InternalError.GcsError";

/// 获取临时密钥错误。
pub const INTERNALERROR_STSERROR: &str = "InternalError.StsError";

/// 系统错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 未知错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// VPC错误。
pub const INTERNALERROR_VPCERROR: &str = "InternalError.VPCError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 账号已经存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTEXIST: &str = "InvalidParameterValue.AccountExist";

/// 账户名称不合法。
pub const INVALIDPARAMETERVALUE_ACCOUNTNAMEISILLEGAL: &str =
    "InvalidParameterValue.AccountNameIsIllegal";

/// 账号名称不允许是保留字。
pub const INVALIDPARAMETERVALUE_ACCOUNTNAMEISKEYWORDS: &str =
    "InvalidParameterValue.AccountNameIsKeyWords";

/// 账户备注内容不合法。
pub const INVALIDPARAMETERVALUE_ACCOUNTREMARKISILLEGAL: &str =
    "InvalidParameterValue.AccountRemarkIsIllegal";

/// 管理员账号只能申请一个。
pub const INVALIDPARAMETERVALUE_ADMINACCOUNTNOTUNIQUE: &str =
    "InvalidParameterValue.AdminAccountNotUnique";

/// 备份名称存在非法字符。
pub const INVALIDPARAMETERVALUE_BACKUPNAMEISILLEGAL: &str =
    "InvalidParameterValue.BackupNameIsIllegal";

/// 购买实例数量错误。
pub const INVALIDPARAMETERVALUE_BADGOODSNUM: &str = "InvalidParameterValue.BadGoodsNum";

/// 数据库字符集设置错误。
pub const INVALIDPARAMETERVALUE_CHARSETISILLEGAL: &str = "InvalidParameterValue.CharsetIsIllegal";

/// 上传路径错误。
pub const INVALIDPARAMETERVALUE_COSPATHERROR: &str = "InvalidParameterValue.CosPathError";

/// 计费类型错误。
pub const INVALIDPARAMETERVALUE_COSTTYPENOTSUPPORTED: &str =
    "InvalidParameterValue.CostTypeNotSupported";

/// 数据库备注内容不合法。
pub const INVALIDPARAMETERVALUE_DATABASEREMARKISILLEGAL: &str =
    "InvalidParameterValue.DataBaseRemarkIsIllegal";

/// 数据库名称包含非法字符。
pub const INVALIDPARAMETERVALUE_DBCHARILLEGAL: &str = "InvalidParameterValue.DBCharIllegal";

/// 数据库已经存在。
pub const INVALIDPARAMETERVALUE_DBEXIST: &str = "InvalidParameterValue.DBExist";

/// 数据库名称不允许是保留字。
pub const INVALIDPARAMETERVALUE_DBNAMEISKEYWRODS: &str = "InvalidParameterValue.DBNameIsKeyWrods";

/// 数据库名称不能为空。
pub const INVALIDPARAMETERVALUE_DBNAMENOTNULL: &str = "InvalidParameterValue.DBNameNotNull";

/// 数据库重命名名称一样。
pub const INVALIDPARAMETERVALUE_DBNAMESAME: &str = "InvalidParameterValue.DBNameSame";

/// 参数错误，GRANT 值非法。
pub const INVALIDPARAMETERVALUE_GRANTISILLEGAL: &str = "InvalidParameterValue.GrantIsIllegal";

/// 地域错误。
pub const INVALIDPARAMETERVALUE_ILLEGALREGION: &str = "InvalidParameterValue.IllegalRegion";

/// 实例规格信息错误。
pub const INVALIDPARAMETERVALUE_ILLEGALSPEC: &str = "InvalidParameterValue.IllegalSpec";

/// 可用区ID错误。
pub const INVALIDPARAMETERVALUE_ILLEGALZONE: &str = "InvalidParameterValue.IllegalZone";

/// 实例扩容容量低于当前容量。
pub const INVALIDPARAMETERVALUE_INSTANCEEXPANDVOLUMELOW: &str =
    "InvalidParameterValue.InstanceExpandVolumeLow";

/// 实例名称存在非法字符。
pub const INVALIDPARAMETERVALUE_INSTANCENAMEISILLEGAL: &str =
    "InvalidParameterValue.InstanceNameIsIllegal";

/// 迁移名称包含非法字符。
pub const INVALIDPARAMETERVALUE_MIGRATIONNAMEISILLEGAL: &str =
    "InvalidParameterValue.MigrationNameIsIllegal";

/// 可选参数[enable, disable]。
pub const INVALIDPARAMETERVALUE_MODIFYTYPEVALUEINVALID: &str =
    "InvalidParameterValue.ModifyTypeValueInvalid";

/// 是CVM类型。
pub const INVALIDPARAMETERVALUE_ONCVMTYPENOTSUPPORTED: &str =
    "InvalidParameterValue.OnCvmTypeNotSupported";

/// 参数类型错误。
pub const INVALIDPARAMETERVALUE_PARAMETERTYPEERROR: &str =
    "InvalidParameterValue.ParameterTypeError";

/// 账号密码非法。
pub const INVALIDPARAMETERVALUE_PASSWORDISILLEGAL: &str = "InvalidParameterValue.PasswordIsIllegal";

/// 数据库权限设置错误。
pub const INVALIDPARAMETERVALUE_PRIVILEGEISILLEGAL: &str =
    "InvalidParameterValue.PrivilegeIsIllegal";

/// 发布订阅名称不符合规范。
pub const INVALIDPARAMETERVALUE_PUBSUBNAMEISILLEGAL: &str =
    "InvalidParameterValue.PubSubNameIsIllegal";

/// 只读组名称包含非法字符。
pub const INVALIDPARAMETERVALUE_ROGROUPNAMEISILLEGAL: &str =
    "InvalidParameterValue.RoGroupNameIsIllegal";

/// 只读组状态不正确。
pub const INVALIDPARAMETERVALUE_ROGROUPSTATUSISILLEGAL: &str =
    "InvalidParameterValue.RoGroupStatusIsIllegal";

/// 安全组ID非法。
pub const INVALIDPARAMETERVALUE_SECURITYGROUPIDISILLEGAL: &str =
    "InvalidParameterValue.SecurityGroupIdIsIllegal";

/// 输入错误。
pub const INVALIDPARAMETER_INPUTILLEGAL: &str = "InvalidParameter.InputIllegal";

/// 接口不存在。
pub const INVALIDPARAMETER_INTERFACENAMENOTFOUND: &str = "InvalidParameter.InterfaceNameNotFound";

/// 不支持具有发布订阅关系的实例。
pub const INVALIDPARAMETER_NOTSUPPORTPUBSUBINSTANCE: &str =
    "InvalidParameter.NotSupportPubSubInstance";

/// 不支持具有只读副本的主实例。
pub const INVALIDPARAMETER_NOTSUPPORTREADONLYMASTERINSTANCE: &str =
    "InvalidParameter.NotSupportReadOnlyMasterInstance";

/// 不支持单机版（基础版或者RO副本）实例。
pub const INVALIDPARAMETER_NOTSUPPORTSINGLEINSTANCE: &str =
    "InvalidParameter.NotSupportSingleInstance";

/// 参数断言转换错误。
pub const INVALIDPARAMETER_PARAMSASSERTFAILED: &str = "InvalidParameter.ParamsAssertFailed";

/// 支付订单失败。
pub const INVALIDPARAMETER_PAYORDERFAILED: &str = "InvalidParameter.PayOrderFailed";

/// 数据库超过限制。
pub const LIMITEXCEEDED_TOOMANYDB: &str = "LimitExceeded.TooManyDB";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 已经存在一个准备启动的增量导入任务。
pub const RESOURCEINUSE_INCREMENTALMIGRATIONEXIST: &str = "ResourceInUse.IncrementalMigrationExist";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 账号不存在。
pub const RESOURCENOTFOUND_ACCOUNTNOTEXIST: &str = "ResourceNotFound.AccountNotExist";

/// 备份不存在。
pub const RESOURCENOTFOUND_BACKUPNOTFOUND: &str = "ResourceNotFound.BackupNotFound";

/// 数据库不存在。
pub const RESOURCENOTFOUND_DBNOTEXIT: &str = "ResourceNotFound.DBNotExit";

/// 数据库不存在。
pub const RESOURCENOTFOUND_DBNOTFOUND: &str = "ResourceNotFound.DBNotFound";

/// 全量备份导入任务不存在。
pub const RESOURCENOTFOUND_FULLBACKUPMIGRATIONNOTEXIST: &str =
    "ResourceNotFound.FullBackupMigrationNotExist";

/// 增量备份导入任务不存在。
pub const RESOURCENOTFOUND_INCREBACKUPMIGRATIONNOTEXIST: &str =
    "ResourceNotFound.IncreBackupMigrationNotExist";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// 参数未找到。
pub const RESOURCENOTFOUND_PARAMSNOTFOUND: &str = "ResourceNotFound.ParamsNotFound";

/// VPC网络不存在。
pub const RESOURCENOTFOUND_VPCNOTEXIST: &str = "ResourceNotFound.VpcNotExist";

/// 账号状态无效。
pub const RESOURCEUNAVAILABLE_ACCOUNTINVALIDSTATUS: &str =
    "ResourceUnavailable.AccountInvalidStatus";

/// 恢复类型不支持增量备份导入。
pub const RESOURCEUNAVAILABLE_BACKUPMIGRATIONRECOVERYTYPEERR: &str =
    "ResourceUnavailable.BackupMigrationRecoveryTypeErr";

/// 离线恢复任务状态错误。
pub const RESOURCEUNAVAILABLE_COSSTATUSERR: &str = "ResourceUnavailable.CosStatusErr";

/// 数据库状态无效。
pub const RESOURCEUNAVAILABLE_DBINVALIDSTATUS: &str = "ResourceUnavailable.DBInvalidStatus";

/// 实例迁移地域非法。
pub const RESOURCEUNAVAILABLE_INSTANCEMIGRATEREGIONILLEGAL: &str =
    "ResourceUnavailable.InstanceMigrateRegionIllegal";

/// 实例迁移状态无效。
pub const RESOURCEUNAVAILABLE_INSTANCEMIGRATESTATUSINVALID: &str =
    "ResourceUnavailable.InstanceMigrateStatusInvalid";

/// 实例状态无效。
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSINVALID: &str =
    "ResourceUnavailable.InstanceStatusInvalid";

/// 不支持只读实例。
pub const RESOURCEUNAVAILABLE_NOTSUPPORTROINSTANCE: &str =
    "ResourceUnavailable.NotSupportRoInstance";

/// VPC不存在。
pub const RESOURCEUNAVAILABLE_VPCNOTEXIST: &str = "ResourceUnavailable.VpcNotExist";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// cam鉴权错误。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 不支持重复操作。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTREPEAT: &str = "UnsupportedOperation.NotSupportRepeat";

/// 上传类型错误。
pub const UNSUPPORTEDOPERATION_UPLOADTYPEERROR: &str = "UnsupportedOperation.UploadTypeError";
