//! Error codes of `bdrc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_bdrc::errors::INTERNALERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 第三方组件错误
pub const INTERNALERROR_COMPONENTERROR: &str = "InternalError.ComponentError";

/// COS 桶连通性检测失败
pub const INTERNALERROR_COSCONNECTIVITYERROR: &str = "InternalError.CosConnectivityError";

/// COS 相关操作失败
pub const INTERNALERROR_COSERROR: &str = "InternalError.CosError";

/// 查询CVM实例信息失败，请稍后重试
pub const INTERNALERROR_CVMQUERYFAILED: &str = "InternalError.CvmQueryFailed";

/// 初始化备份库失败，请稍后重试
pub const INTERNALERROR_INITREPOSITORYFAILED: &str = "InternalError.InitRepositoryFailed";

/// 部分备份点删除失败，请稍后重试
pub const INTERNALERROR_PARTIALDELETEFAILED: &str = "InternalError.PartialDeleteFailed";

/// 查询备份内容失败，请稍后重试
pub const INTERNALERROR_SNAPSHOTTREEQUERYFAILED: &str = "InternalError.SnapshotTreeQueryFailed";

/// 计费系统调用失败，请稍后重试
pub const INTERNALERROR_TRADEERROR: &str = "InternalError.TradeError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// CVM实例不存在，请确认实例ID是否正确
pub const INVALIDPARAMETERVALUE_CVMINSTANCENOTEXIST: &str =
    "InvalidParameterValue.CvmInstanceNotExist";

/// 冲突处理策略参数无效
pub const INVALIDPARAMETERVALUE_INVALIDCONFLICTSTRATEGY: &str =
    "InvalidParameterValue.InvalidConflictStrategy";

/// 无效参数值。参数值格式错误或者参数值不被支持等
pub const INVALIDPARAMETERVALUE_INVALIDFORMAT: &str = "InvalidParameterValue.InvalidFormat";

/// 网关实例ID格式错误
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCEID: &str = "InvalidParameterValue.InvalidInstanceId";

/// 排序方向无效，仅支持asc或desc
pub const INVALIDPARAMETERVALUE_INVALIDORDERDIRECTION: &str =
    "InvalidParameterValue.InvalidOrderDirection";

/// 排序字段无效，当前仅支持按name排序
pub const INVALIDPARAMETERVALUE_INVALIDORDERFIELD: &str = "InvalidParameterValue.InvalidOrderField";

/// 进度值超出有效范围[0.00-100.00]
pub const INVALIDPARAMETERVALUE_INVALIDPROGRESS: &str = "InvalidParameterValue.InvalidProgress";

/// 作业状态转换无效，例如从终态转换到其他状态
pub const INVALIDPARAMETERVALUE_INVALIDSTATUSTRANSITION: &str =
    "InvalidParameterValue.InvalidStatusTransition";

/// 参数值非法
pub const INVALIDPARAMETERVALUE_INVALIDVALUE: &str = "InvalidParameterValue.InvalidValue";

/// 不合法的参数值，超过限制
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 恢复路径列表中存在超过系统长度限制的路径
pub const INVALIDPARAMETERVALUE_PATHTOOLONG: &str = "InvalidParameterValue.PathTooLong";

/// 备份策略不存在或不可绑定
pub const INVALIDPARAMETERVALUE_POLICYNOTAVAILABLE: &str =
    "InvalidParameterValue.PolicyNotAvailable";

/// 备份库当前状态不可写，请检查备份库是否正常
pub const INVALIDPARAMETERVALUE_VAULTSTATEERROR: &str = "InvalidParameterValue.VaultStateError";

/// 大小不匹配
pub const INVALIDPARAMETER_DISKSIZENOTMATCH: &str = "InvalidParameter.DiskSizeNotMatch";

/// 参数不合法
pub const INVALIDPARAMETER_INVALID: &str = "InvalidParameter.Invalid";

/// 过滤参数非法
pub const INVALIDPARAMETER_INVALIDFILTER: &str = "InvalidParameter.InvalidFilter";

/// 参数错误
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数错误
pub const INVALIDPARAMETER_INVALIDVALUE: &str = "InvalidParameter.InvalidValue";

/// 至少需要提供一个要修改的字段
pub const INVALIDPARAMETER_MISSINGFIELD: &str = "InvalidParameter.MissingField";

/// 参数缺失
pub const INVALIDPARAMETER_MISSINGPARAMETER: &str = "InvalidParameter.MissingParameter";

/// 参数错误
pub const INVALIDPARAMETER_PARAMETERERROR: &str = "InvalidParameter.ParameterError";

/// 备份路径存在嵌套关系，请确保路径之间无父子目录包含关系
pub const INVALIDPARAMETER_PATHNESTED: &str = "InvalidParameter.PathNested";

/// 备份策略不支持备份库模式
pub const INVALIDPARAMETER_POLICYNOTSUPPORTVAULT: &str = "InvalidParameter.PolicyNotSupportVault";

/// 指定的策略不是文件备份策略，请选择正确的策略类型
pub const INVALIDPARAMETER_POLICYTYPEMISMATCH: &str = "InvalidParameter.PolicyTypeMismatch";

/// 策略已绑定其他备份库，无法使用不同的备份库
pub const INVALIDPARAMETER_POLICYVAULTCONFLICT: &str = "InvalidParameter.PolicyVaultConflict";

/// 盘与备份格式不匹配
pub const INVALIDPARAMETER_SHOULDCONVERTBACKUPTOIMAGE: &str =
    "InvalidParameter.ShouldConvertBackupToImage";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 必填参数缺失
pub const MISSINGPARAMETER_MISSINGREQUIRED: &str = "MissingParameter.MissingRequired";

/// 资源回滚中
pub const RESOURCEINUSE_DISKROLLBACKING: &str = "ResourceInUse.DiskRollbacking";

/// 资源繁忙
pub const RESOURCEINUSE_RESOURCEBUSY: &str = "ResourceInUse.ResourceBusy";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 指定实例未找到对应的Agent，请确认Agent是否已安装
pub const RESOURCENOTFOUND_AGENTNOTINSTALLED: &str = "ResourceNotFound.AgentNotInstalled";

/// 定期备份策略不存在
pub const RESOURCENOTFOUND_AUTOBACKUPPOLICYNOTFOUND: &str =
    "ResourceNotFound.AutoBackupPolicyNotFound";

/// 指定的备份计划不存在
pub const RESOURCENOTFOUND_BACKUPPLANNOTEXIST: &str = "ResourceNotFound.BackupPlanNotExist";

/// 复制对不存在
pub const RESOURCENOTFOUND_COPYPAIRNOTEXIST: &str = "ResourceNotFound.CopyPairNotExist";

/// 保护组不存在
pub const RESOURCENOTFOUND_DISASTERRECOVERYPROTECTGROUPNOTEXIST: &str =
    "ResourceNotFound.DisasterRecoveryProtectGroupNotExist";

/// 站点对ID不存在
pub const RESOURCENOTFOUND_DISASTERRECOVERYSITEPAIRNOTEXIST: &str =
    "ResourceNotFound.DisasterRecoverySitePairNotExist";

/// 演练不存在
pub const RESOURCENOTFOUND_DRILLNOTEXIST: &str = "ResourceNotFound.DrillNotExist";

/// 指定的备份点不存在，请确认备份点ID是否正确
pub const RESOURCENOTFOUND_FILEBACKUPNOTEXIST: &str = "ResourceNotFound.FileBackupNotExist";

/// 指定的网关不存在或未注册
pub const RESOURCENOTFOUND_GATEWAY: &str = "ResourceNotFound.Gateway";

/// 实例不存在
pub const RESOURCENOTFOUND_INSTANCENOTEXIST: &str = "ResourceNotFound.InstanceNotExist";

/// 指定的作业不存在
pub const RESOURCENOTFOUND_JOB: &str = "ResourceNotFound.Job";

/// 资源不存在
pub const RESOURCENOTFOUND_NOTFOUND: &str = "ResourceNotFound.NotFound";

/// 源端云服务器不存在
pub const RESOURCENOTFOUND_SOURCECVMNOTFOUND: &str = "ResourceNotFound.SourceCVMNotFound";

/// 备份库不存在
pub const RESOURCENOTFOUND_VAULTNOTEXIST: &str = "ResourceNotFound.VaultNotExist";

/// VPC映射不存在
pub const RESOURCENOTFOUND_VPCMAPPINGNOTEXIST: &str = "ResourceNotFound.VpcMappingNotExist";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源正在创建备份
pub const RESOURCEUNAVAILABLE_BACKUPCREATING: &str = "ResourceUnavailable.BackupCreating";

/// 资源不支持当前操作
pub const RESOURCEUNAVAILABLE_NOTSUPPORTED: &str = "ResourceUnavailable.NotSupported";

/// 当前端不支持此操作
pub const RESOURCEUNAVAILABLE_NOTSUPPORTINCURRENTSIDE: &str =
    "ResourceUnavailable.NotSupportInCurrentSide";

/// 云硬盘正在创建快照，请稍后重试
pub const RESOURCEUNAVAILABLE_SNAPSHOTCREATING: &str = "ResourceUnavailable.SnapshotCreating";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未授权操作
pub const UNAUTHORIZEDOPERATION_HASNOSTRATEGY: &str = "UnauthorizedOperation.HasNoStrategy";

/// 用户资质不满足要求，无法创建备份资源
pub const UNAUTHORIZEDOPERATION_LACKOFQUALIFICATION: &str =
    "UnauthorizedOperation.LackOfQualification";

/// MFA认证过期
pub const UNAUTHORIZEDOPERATION_MFAEXPIRED: &str = "UnauthorizedOperation.MFAExpired";

/// Agent当前状态不是活跃状态，无法创建备份
pub const UNSUPPORTEDOPERATION_AGENTNOTACTIVE: &str = "UnsupportedOperation.AgentNotActive";

/// 盘挂载在不同子机上
pub const UNSUPPORTEDOPERATION_BACKUPGROUPDISKATTACHMULTIINSTANCE: &str =
    "UnsupportedOperation.BackupGroupDiskAttachMultiInstance";

/// 复制对当前状态不支持该操作
pub const UNSUPPORTEDOPERATION_COPYPAIRSTATEERROR: &str = "UnsupportedOperation.CopyPairStateError";

/// 容灾保护组已绑定资源
pub const UNSUPPORTEDOPERATION_DISASTERRECOVERYPROTECTGROUPBINDRESOURCE: &str =
    "UnsupportedOperation.DisasterRecoveryProtectGroupBindResource";

/// 容灾保护组状态异常
pub const UNSUPPORTEDOPERATION_DISASTERRECOVERYPROTECTGROUPSTATEERROR: &str =
    "UnsupportedOperation.DisasterRecoveryProtectGroupStateError";

/// 容灾站点对已绑定资源
pub const UNSUPPORTEDOPERATION_DISASTERRECOVERYSITEPAIRBINDRESOURCE: &str =
    "UnsupportedOperation.DisasterRecoverySitePairBindResource";

/// 站点对状态错误
pub const UNSUPPORTEDOPERATION_DISASTERRECOVERYSITEPAIRSTATEERROR: &str =
    "UnsupportedOperation.DisasterRecoverySitePairStateError";

/// 演练对状态异常
pub const UNSUPPORTEDOPERATION_DRILLPAIRSTATEERROR: &str =
    "UnsupportedOperation.DrillPairStateError";

/// 路径冲突
pub const UNSUPPORTEDOPERATION_FILEBACKUPRESTORECONFLICT: &str =
    "UnsupportedOperation.FileBackupRestoreConflict";

/// 备份点当前状态不支持恢复操作，请等待备份完成后再试
pub const UNSUPPORTEDOPERATION_FILEBACKUPSTATEERROR: &str =
    "UnsupportedOperation.FileBackupStateError";

/// 指定路径已有创建中的备份任务，请等待完成后再试
pub const UNSUPPORTEDOPERATION_FILEBACKUPTASKDUPLICATE: &str =
    "UnsupportedOperation.FileBackupTaskDuplicate";

/// 没有可用的保护点
pub const UNSUPPORTEDOPERATION_HAVENOPROTECTIONPOINT: &str =
    "UnsupportedOperation.HaveNoProtectionPoint";

/// 实例存在恢复中的整机备份任务
pub const UNSUPPORTEDOPERATION_INSTANCESNAPSHOTROLLBACKING: &str =
    "UnsupportedOperation.InstanceSnapshotRollbacking";

/// 备份快照不可用，无法浏览内容
pub const UNSUPPORTEDOPERATION_SNAPSHOTUNAVAILABLE: &str =
    "UnsupportedOperation.SnapshotUnavailable";

/// 资源状态无法进行当前操作
pub const UNSUPPORTEDOPERATION_STATEERROR: &str = "UnsupportedOperation.StateError";

/// 目标端资源正在回滚中
pub const UNSUPPORTEDOPERATION_TARGETRESOURCEROLLBACKING: &str =
    "UnsupportedOperation.TargetResourceRollbacking";
