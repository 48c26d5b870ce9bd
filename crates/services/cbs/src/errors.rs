//! Error codes of `cbs`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cbs::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 云盘退还数量已达上限，不能再退还。
pub const INSUFFICIENTREFUNDQUOTA: &str = "InsufficientRefundQuota";

/// 快照配额不足。
pub const INSUFFICIENTSNAPSHOTQUOTA: &str = "InsufficientSnapshotQuota";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 依赖组件请求失败，请联系客服人员解决。
pub const INTERNALERROR_COMPONENTERROR: &str = "InternalError.ComponentError";

/// 查询资源失败。
pub const INTERNALERROR_FAILQUERYRESOURCE: &str = "InternalError.FailQueryResource";

/// 对资源的操作失败，具体错误信息请查看错误描述 Message 字段，稍后重试或者联系客服人员帮忙解决。
pub const INTERNALERROR_RESOURCEOPFAILED: &str = "InternalError.ResourceOpFailed";

/// 账户余额不足。
pub const INVALIDACCOUNT_INSUFFICIENTBALANCE: &str = "InvalidAccount.InsufficientBalance";

/// 输入的`AutoSnapshotPolicyId`不存在。
pub const INVALIDAUTOSNAPSHOTPOLICYID_NOTFOUND: &str = "InvalidAutoSnapshotPolicyId.NotFound";

/// 输入的`DiskId`不存在。
pub const INVALIDDISKID_NOTFOUND: &str = "InvalidDiskId.NotFound";

/// 云盘已绑定定期快照策略。
pub const INVALIDDISK_ALREADYBOUND: &str = "InvalidDisk.AlreadyBound";

/// 云硬盘忙，请稍后重试。
pub const INVALIDDISK_BUSY: &str = "InvalidDisk.Busy";

/// 云盘已过期。
pub const INVALIDDISK_EXPIRE: &str = "InvalidDisk.Expire";

/// 不支持非弹性云盘。
pub const INVALIDDISK_NOTPORTABLE: &str = "InvalidDisk.NotPortable";

/// 云硬盘不支持该操作。
pub const INVALIDDISK_NOTSUPPORTED: &str = "InvalidDisk.NotSupported";

/// 云硬盘没有快照能力。
pub const INVALIDDISK_NOTSUPPORTSNAPSHOT: &str = "InvalidDisk.NotSupportSnapshot";

/// 云硬盘正在创建快照，请稍后重试。
pub const INVALIDDISK_SNAPSHOTCREATING: &str = "InvalidDisk.SnapshotCreating";

/// 云硬盘类型错误。
pub const INVALIDDISK_TYPEERROR: &str = "InvalidDisk.TypeError";

/// 指定的Filter不被支持。
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 输入实例的`InstanceId`不存在。
pub const INVALIDINSTANCEID_NOTFOUND: &str = "InvalidInstanceId.NotFound";

/// 云服务器不支持挂载云盘。
pub const INVALIDINSTANCE_NOTSUPPORTED: &str = "InvalidInstance.NotSupported";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 标签绑定云盘超过限制。
pub const INVALIDPARAMETERVALUE_BINDDISKLIMITEXCEEDED: &str =
    "InvalidParameterValue.BindDiskLimitExceeded";

/// 请求接口不存在。
pub const INVALIDPARAMETERVALUE_INVALIDACTION: &str = "InvalidParameterValue.InvalidAction";

/// 参数值数量超过限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 当前地域不支持当前配置的云盘。
pub const INVALIDPARAMETER_DISKCONFIGNOTSUPPORTED: &str = "InvalidParameter.DiskConfigNotSupported";

/// 云硬盘大小与快照大小不匹配。
pub const INVALIDPARAMETER_DISKSIZENOTMATCH: &str = "InvalidParameter.DiskSizeNotMatch";

/// ClientToken不可用。
pub const INVALIDPARAMETER_INVALIDCLIENTTOKEN: &str = "InvalidParameter.InvalidClientToken";

/// 项目ID不存在。
pub const INVALIDPARAMETER_PROJECTIDNOTEXIST: &str = "InvalidParameter.ProjectIdNotExist";

/// 需要将快照转化成镜像后再执行操作。
pub const INVALIDPARAMETER_SHOULDCONVERTSNAPSHOTTOIMAGE: &str =
    "InvalidParameter.ShouldConvertSnapshotToImage";

/// 输入的`SnapshotId`不存在。
pub const INVALIDSNAPSHOTID_NOTFOUND: &str = "InvalidSnapshotId.NotFound";

/// 快照不支持该操作。
pub const INVALIDSNAPSHOT_NOTSUPPORTED: &str = "InvalidSnapshot.NotSupported";

/// 定期快照策略数量已达到上限。
pub const LIMITEXCEEDED_AUTOSNAPSHOTPOLICYOUTOFQUOTA: &str =
    "LimitExceeded.AutoSnapshotPolicyOutOfQuota";

/// 实例挂载云盘数量超过限制。
pub const LIMITEXCEEDED_INSTANCEATTACHEDDISK: &str = "LimitExceeded.InstanceAttachedDisk";

/// 调用标签服务超过了频率限制。
pub const LIMITEXCEEDED_TAGQUOTALIMITEXCEEDED: &str = "LimitExceeded.TagQuotaLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 账号访问密钥存在泄露风险，当前资源购买操作已被限制。
pub const OPERATIONDENIED_ACCOUNTSECURITYRISK: &str = "OperationDenied.AccountSecurityRisk";

/// 资源繁忙，请稍后重试。
pub const RESOURCEBUSY: &str = "ResourceBusy";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 配额不足。
pub const RESOURCEINSUFFICIENT_OVERQUOTA: &str = "ResourceInsufficient.OverQuota";

/// 云盘退还数量已达上限，不能再退还。
pub const RESOURCEINSUFFICIENT_OVERREFUNDQUOTA: &str = "ResourceInsufficient.OverRefundQuota";

/// 云硬盘升级服务繁忙，请稍后重试。
pub const RESOURCEINSUFFICIENT_UPGRADESERVICEBUSY: &str = "ResourceInsufficient.UpgradeServiceBusy";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 指定快照正在复制到目标地域。
pub const RESOURCEINUSE_COPYSNAPSHOTCONFLICT: &str = "ResourceInUse.CopySnapshotConflict";

/// 云硬盘当前已在迁移中，请稍后重试。
pub const RESOURCEINUSE_DISKMIGRATING: &str = "ResourceInUse.DiskMigrating";

/// 云硬盘正在执行快照回滚操作，请稍后重试。
pub const RESOURCEINUSE_DISKROLLBACKING: &str = "ResourceInUse.DiskRollbacking";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不存在。
pub const RESOURCENOTFOUND_NOTFOUND: &str = "ResourceNotFound.NotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 云硬盘已挂载至其他云服务器上。
pub const RESOURCEUNAVAILABLE_ATTACHED: &str = "ResourceUnavailable.Attached";

/// 数据备份点尚未创建完成，暂时不可使用。
pub const RESOURCEUNAVAILABLE_DISKBACKUPCREATING: &str = "ResourceUnavailable.DiskBackupCreating";

/// 云硬盘快照链长度过长，拒绝创建快照。
pub const RESOURCEUNAVAILABLE_DISKSNAPSHOTCHAINTOOLARGE: &str =
    "ResourceUnavailable.DiskSnapshotChainTooLarge";

/// 云硬盘已过期。
pub const RESOURCEUNAVAILABLE_EXPIRE: &str = "ResourceUnavailable.Expire";

/// 非弹性云硬盘不支持此操作。
pub const RESOURCEUNAVAILABLE_NOTPORTABLE: &str = "ResourceUnavailable.NotPortable";

/// 资源不支持此操作。
pub const RESOURCEUNAVAILABLE_NOTSUPPORTED: &str = "ResourceUnavailable.NotSupported";

/// 云盘不支持退还。
pub const RESOURCEUNAVAILABLE_NOTSUPPORTREFUND: &str = "ResourceUnavailable.NotSupportRefund";

/// 资源不支持快照能力。
pub const RESOURCEUNAVAILABLE_NOTSUPPORTSNAPSHOT: &str = "ResourceUnavailable.NotSupportSnapshot";

/// 云硬盘已退还。
pub const RESOURCEUNAVAILABLE_REPEATREFUND: &str = "ResourceUnavailable.RepeatRefund";

/// 快照尚未创建完成，暂时不可使用。
pub const RESOURCEUNAVAILABLE_SNAPSHOTCREATING: &str = "ResourceUnavailable.SnapshotCreating";

/// 全网正在创建的快照数量过多。
pub const RESOURCEUNAVAILABLE_TOOMANYCREATINGSNAPSHOT: &str =
    "ResourceUnavailable.TooManyCreatingSnapshot";

/// 云硬盘类型错误，如尝试挂载系统盘至云服务器上。
pub const RESOURCEUNAVAILABLE_TYPEERROR: &str = "ResourceUnavailable.TypeError";

/// 云硬盘与实例不在同一可用区。
pub const RESOURCEUNAVAILABLE_ZONENOTMATCH: &str = "ResourceUnavailable.ZoneNotMatch";

/// 订单冲突。
pub const TRADEDEALCONFLICT: &str = "TradeDealConflict";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 鉴权错误。
pub const UNAUTHORIZEDOPERATION_AUTHFAILURE: &str = "UnauthorizedOperation.AuthFailure";

/// CAM鉴权Token不可用。
pub const UNAUTHORIZEDOPERATION_INVALIDTOKEN: &str = "UnauthorizedOperation.InvalidToken";

/// MFA鉴权过期，请重试。
pub const UNAUTHORIZEDOPERATION_MFAEXPIRED: &str = "UnauthorizedOperation.MFAExpired";

/// 账号没有实名认证，支付失败。
pub const UNAUTHORIZEDOPERATION_NOTCERTIFICATION: &str = "UnauthorizedOperation.NotCertification";

/// 没有支付权限。
pub const UNAUTHORIZEDOPERATION_NOTHAVEPAYMENTRIGHT: &str =
    "UnauthorizedOperation.NotHavePaymentRight";

/// 授权角色不存在。
pub const UNAUTHORIZEDOPERATION_ROLENOTEXISTS: &str = "UnauthorizedOperation.RoleNotExists";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 暂不支持从EKS上卸载云硬盘。
pub const UNSUPPORTEDOPERATION_DETACHPOD: &str = "UnsupportedOperation.DetachPod";

/// 磁盘已加密。
pub const UNSUPPORTEDOPERATION_DISKENCRYPT: &str = "UnsupportedOperation.DiskEncrypt";

/// 云盘挂载的实例未关机。
pub const UNSUPPORTEDOPERATION_INSTANCENOTSTOPPED: &str = "UnsupportedOperation.InstanceNotStopped";

/// 共享型云硬盘不支持创建快照。
pub const UNSUPPORTEDOPERATION_SHAREDISKNOTSUPPORTSNAP: &str =
    "UnsupportedOperation.ShareDiskNotSupportSnap";

/// 该快照已经共享，请先解除共享。
pub const UNSUPPORTEDOPERATION_SNAPHASSHARED: &str = "UnsupportedOperation.SnapHasShared";

/// 快照组关联快照的原云硬盘未挂载在同一实例上。
pub const UNSUPPORTEDOPERATION_SNAPSHOTGROUPDISKATTACHMULTIINSTANCE: &str =
    "UnsupportedOperation.SnapshotGroupDiskAttachMultiInstance";

/// 该快照创建了自定义快照，请先删除对应镜像。
pub const UNSUPPORTEDOPERATION_SNAPSHOTHASBINDEDIMAGE: &str =
    "UnsupportedOperation.SnapshotHasBindedImage";

/// 快照不支持跨地域复制。
pub const UNSUPPORTEDOPERATION_SNAPSHOTNOTSUPPORTCOPY: &str =
    "UnsupportedOperation.SnapshotNotSupportCopy";

/// 资源当前状态不支持该操作。
pub const UNSUPPORTEDOPERATION_STATEERROR: &str = "UnsupportedOperation.StateError";
