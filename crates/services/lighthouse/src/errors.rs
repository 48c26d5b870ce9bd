//! Error codes of `lighthouse`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_lighthouse::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 请求头中的 Uin 无效。
pub const AUTHFAILURE_INVALIDHEADERUIN: &str = "AuthFailure.InvalidHeaderUin";

/// 该地域尚未开放，请选择其他地域。
pub const AUTHFAILURE_INVALIDREGION: &str = "AuthFailure.InvalidRegion";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 账户余额不足。
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 创建镜像失败。
pub const FAILEDOPERATION_CREATEBLUEPRINTFAILED: &str = "FailedOperation.CreateBlueprintFailed";

/// 创建云硬盘失败。
pub const FAILEDOPERATION_CREATEDISKSFAILED: &str = "FailedOperation.CreateDisksFailed";

/// 创建实例失败。
pub const FAILEDOPERATION_CREATEINSTANCESFAILED: &str = "FailedOperation.CreateInstancesFailed";

/// 对密钥对的创建操作失败。
pub const FAILEDOPERATION_CREATEKEYPAIRFAILED: &str = "FailedOperation.CreateKeyPairFailed";

/// 对密钥对的删除操作失败。
pub const FAILEDOPERATION_DELETEKEYPAIRFAILED: &str = "FailedOperation.DeleteKeyPairFailed";

/// 资源删除操作失败。
pub const FAILEDOPERATION_DELETERESOURCESFAILED: &str = "FailedOperation.DeleteResourcesFailed";

/// 查询镜像套餐失败，请稍后重新操作。
pub const FAILEDOPERATION_DESCRIBEBLUEPRINTBUNDLESFAILED: &str =
    "FailedOperation.DescribeBlueprintBundlesFailed";

/// 查询镜像配额失败。
pub const FAILEDOPERATION_DESCRIBEBLUEPRINTQUOTAFAILED: &str =
    "FailedOperation.DescribeBlueprintQuotaFailed";

/// 查询镜像失败，请稍后再试。
pub const FAILEDOPERATION_DESCRIBEBLUEPRINTSFAILED: &str =
    "FailedOperation.DescribeBlueprintsFailed";

/// 查询套餐折扣失败。
pub const FAILEDOPERATION_DESCRIBEBUNDLEDISCOUNTFAILED: &str =
    "FailedOperation.DescribeBundleDiscountFailed";

/// 查询套餐失败。
pub const FAILEDOPERATION_DESCRIBEBUNDLESFAILED: &str = "FailedOperation.DescribeBundlesFailed";

/// 查询云硬盘配额失败。
pub const FAILEDOPERATION_DESCRIBEDISKCONFIGQUOTAFAILED: &str =
    "FailedOperation.DescribeDiskConfigQuotaFailed";

/// 查询云硬盘是否可以退还操作失败。
pub const FAILEDOPERATION_DESCRIBEDISKSRETURNABLEERROR: &str =
    "FailedOperation.DescribeDisksReturnableError";

/// 查询CVM镜像列表失败。
pub const FAILEDOPERATION_DESCRIBEIMAGESFAILED: &str = "FailedOperation.DescribeImagesFailed";

/// 查询实例变配套餐失败。
pub const FAILEDOPERATION_DESCRIBEINSTANCESMODIFICATIONERROR: &str =
    "FailedOperation.DescribeInstancesModificationError";

/// 查询实例退还错误。
pub const FAILEDOPERATION_DESCRIBEINSTANCESRETURNABLEERROR: &str =
    "FailedOperation.DescribeInstancesReturnableError";

/// 查询实例状态错误。
pub const FAILEDOPERATION_DESCRIBEINSTANCESTATUS: &str = "FailedOperation.DescribeInstanceStatus";

/// 查询流量包失败。
pub const FAILEDOPERATION_DESCRIBEINSTANCESTRAFFICPACKAGESFAILED: &str =
    "FailedOperation.DescribeInstancesTrafficPackagesFailed";

/// 查询资源返回了不符合要求内容。
pub const FAILEDOPERATION_DESCRIBERESOURCESRETURNABLEERROR: &str =
    "FailedOperation.DescribeResourcesReturnableError";

/// 销毁资源失败，请稍后重新操作。
pub const FAILEDOPERATION_DESTROYRESOURCESFAILED: &str = "FailedOperation.DestroyResourcesFailed";

/// 容器列表过长。
pub const FAILEDOPERATION_DOCKERCONTAINERSLISTTOOLARGE: &str =
    "FailedOperation.DockerContainersListTooLarge";

/// 指定Docker环境操作失败, 请检查Docker环境。
pub const FAILEDOPERATION_DOCKEROPERATIONFAILED: &str = "FailedOperation.DockerOperationFailed";

/// 防火墙操作失败。
pub const FAILEDOPERATION_FIREWALLOPERATIONFAILED: &str = "FailedOperation.FirewallOperationFailed";

/// 对防火墙规则的操作失败。
pub const FAILEDOPERATION_FIREWALLRULESOPERATIONFAILED: &str =
    "FailedOperation.FirewallRulesOperationFailed";

/// 快照配额锁获取失败。
pub const FAILEDOPERATION_GETSNAPSHOTALLOCQUOTALOCKERROR: &str =
    "FailedOperation.GetSnapshotAllocQuotaLockError";

/// 操作镜像失败。
pub const FAILEDOPERATION_IMAGEOPERATIONFAILED: &str = "FailedOperation.ImageOperationFailed";

/// 对密钥对的导入操作失败。
pub const FAILEDOPERATION_IMPORTKEYPAIRFAILED: &str = "FailedOperation.ImportKeyPairFailed";

/// 命令内容的长度超出限制。
pub const FAILEDOPERATION_INITCOMMANDCONTENTTOOLONG: &str =
    "FailedOperation.InitCommandContentTooLong";

/// 对实例的操作失败。
pub const FAILEDOPERATION_INSTANCEOPERATIONFAILED: &str = "FailedOperation.InstanceOperationFailed";

/// 账户余额不足, 请及时充值。
pub const FAILEDOPERATION_INSUFFICIENTBALANCE: &str = "FailedOperation.InsufficientBalance";

/// 命令无法找到。
pub const FAILEDOPERATION_INVALIDCOMMANDNOTFOUND: &str = "FailedOperation.InvalidCommandNotFound";

/// 退还资源失败。
pub const FAILEDOPERATION_ISOLATERESOURCESFAILED: &str = "FailedOperation.IsolateResourcesFailed";

/// MCP Server操作失败
pub const FAILEDOPERATION_MCPSERVEROPERATIONFAILED: &str =
    "FailedOperation.McpServerOperationFailed";

/// 变更实例套餐失败。
pub const FAILEDOPERATION_MODIFYINSTANCESBUNDLEFAILED: &str =
    "FailedOperation.ModifyInstancesBundleFailed";

/// 变更资源属性失败，请稍后重新操作。
pub const FAILEDOPERATION_MODIFYRESOURCESATTRIBUTEFAILED: &str =
    "FailedOperation.ModifyResourcesAttributeFailed";

/// 修改资源自动续费失败。
pub const FAILEDOPERATION_MODIFYRESOURCESRENEWFLAGFAILED: &str =
    "FailedOperation.ModifyResourcesRenewFlagFailed";

/// 购买数量超过最大限制。
pub const FAILEDOPERATION_NUMLIMITERROR: &str = "FailedOperation.NumLimitError";

/// 续费资源失败。
pub const FAILEDOPERATION_RENEWRESOURCESFAILED: &str = "FailedOperation.RenewResourcesFailed";

/// 请求错误。
pub const FAILEDOPERATION_REQUESTERROR: &str = "FailedOperation.RequestError";

/// 扩容云硬盘失败，请稍后重新操作。
pub const FAILEDOPERATION_RESIZEDISKSFAILED: &str = "FailedOperation.ResizeDisksFailed";

/// 跨账号共享镜像失败，请稍后重试。
pub const FAILEDOPERATION_SHAREBLUEPRINTACROSSACCOUNTFAILED: &str =
    "FailedOperation.ShareBlueprintAcrossAccountFailed";

/// 快照操作失败。
pub const FAILEDOPERATION_SNAPSHOTOPERATIONFAILED: &str = "FailedOperation.SnapshotOperationFailed";

/// TAT命令未完成。
pub const FAILEDOPERATION_TATINVOCATIONNOTFINISHED: &str =
    "FailedOperation.TATInvocationNotFinished";

/// 调用计费网关服务失败，请稍后重新操作。
pub const FAILEDOPERATION_TRADECALLBILLINGGATEWAYFAILED: &str =
    "FailedOperation.TradeCallBillingGatewayFailed";

/// 计费询价失败。
pub const FAILEDOPERATION_TRADEGETPRICEFAILED: &str = "FailedOperation.TradeGetPriceFailed";

/// 操作失败，不能创建自定义镜像。
pub const FAILEDOPERATION_UNABLETOCREATEBLUEPRINT: &str = "FailedOperation.UnableToCreateBlueprint";

/// 无法创建实例。
pub const FAILEDOPERATION_UNABLETOCREATEINSTANCES: &str = "FailedOperation.UnableToCreateInstances";

/// 当前镜像状态无法进行跨地域同步。
pub const FAILEDOPERATION_UNABLETOSYNCBLUEPRINT: &str = "FailedOperation.UnableToSyncBlueprint";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 查询实例是否可变配失败。
pub const INTERNALERROR_DESCRIBEINSTANCESMODIFICATION: &str =
    "InternalError.DescribeInstancesModification";

/// 查询实例是否可变配失败。
pub const INTERNALERROR_DESCRIBEINSTANCESMODIFICATIONERROR: &str =
    "InternalError.DescribeInstancesModificationError";

/// 查询实例是否可退还失败。
pub const INTERNALERROR_DESCRIBEINSTANCESRETURNABLEERROR: &str =
    "InternalError.DescribeInstancesReturnableError";

/// 查询实例状态失败，请稍后重试。
pub const INTERNALERROR_DESCRIBEINSTANCESTATUS: &str = "InternalError.DescribeInstanceStatus";

/// 查询实例流量包错误。
pub const INTERNALERROR_DESCRIBEINSTANCESTRAFFICPACKAGESFAILED: &str =
    "InternalError.DescribeInstancesTrafficPackagesFailed";

/// 查询资源返回了不符合要求内容。
pub const INTERNALERROR_DESCRIBERESOURCESRETURNABLEERROR: &str =
    "InternalError.DescribeResourcesReturnableError";

/// 快照配额锁获取失败。
pub const INTERNALERROR_GETSNAPSHOTALLOCQUOTALOCKERROR: &str =
    "InternalError.GetSnapshotAllocQuotaLockError";

/// 无法找到此接口。
pub const INTERNALERROR_INVALIDACTIONNOTFOUND: &str = "InternalError.InvalidActionNotFound";

/// 套餐价格错误。
pub const INTERNALERROR_INVALIDBUNDLEPRICE: &str = "InternalError.InvalidBundlePrice";

/// 命令无法找到。
pub const INTERNALERROR_INVALIDCOMMANDNOTFOUND: &str = "InternalError.InvalidCommandNotFound";

/// 请求出现错误。
pub const INTERNALERROR_REQUESTERROR: &str = "InternalError.RequestError";

/// 调用计费网关服务失败。
pub const INTERNALERROR_TRADECALLBILLINGGATEWAYFAILED: &str =
    "InternalError.TradeCallBillingGatewayFailed";

/// 价格获取失败。
pub const INTERNALERROR_TRADEGETPRICEFAILED: &str = "InternalError.TradeGetPriceFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 镜像不允许共享至不同站点的账号。
pub const INVALIDPARAMETERVALUE_ACCOUNTIDINVALIDACCOUNTAREA: &str =
    "InvalidParameterValue.AccountIdInvalidAccountArea";

/// 账号为当前用户。
pub const INVALIDPARAMETERVALUE_ACCOUNTIDSAMEWITHUIN: &str =
    "InvalidParameterValue.AccountIdSameWithUin";

/// 账号ID不存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTIDSNOTEXIST: &str =
    "InvalidParameterValue.AccountIdsNotExist";

/// 账号ID不为主账号。
pub const INVALIDPARAMETERVALUE_ACCOUNTIDSNOTOWNERACCOUNT: &str =
    "InvalidParameterValue.AccountIdsNotOwnerAccount";

/// 该实例配置不符合指定镜像的要求。
pub const INVALIDPARAMETERVALUE_BLUEPRINTCONFIGNOTMATCH: &str =
    "InvalidParameterValue.BlueprintConfigNotMatch";

/// 镜像 ID 不合法，重装实例不允许切换操作系统类型。
pub const INVALIDPARAMETERVALUE_BLUEPRINTID: &str = "InvalidParameterValue.BlueprintId";

/// 参数值非法，镜像 ID 格式非法。
pub const INVALIDPARAMETERVALUE_BLUEPRINTIDMALFORMED: &str =
    "InvalidParameterValue.BlueprintIdMalformed";

/// 套餐和镜像不匹配。
pub const INVALIDPARAMETERVALUE_BUNDLEANDBLUEPRINTNOTMATCH: &str =
    "InvalidParameterValue.BundleAndBlueprintNotMatch";

/// 所选套餐不支持镜像的操作系统平台类型。
pub const INVALIDPARAMETERVALUE_BUNDLENOTSUPPORTBLUEPRINTPLATFORM: &str =
    "InvalidParameterValue.BundleNotSupportBlueprintPlatform";

/// 云联网实例ID格式非法。
pub const INVALIDPARAMETERVALUE_CCNIDMALFORMED: &str = "InvalidParameterValue.CcnIdMalformed";

/// 客户令牌长度超出限制。
pub const INVALIDPARAMETERVALUE_CLIENTTOKENTOOLONG: &str =
    "InvalidParameterValue.ClientTokenTooLong";

/// 目的地域与源地域相同。
pub const INVALIDPARAMETERVALUE_DESTINATIONREGIONSAMEASSOURCEREGION: &str =
    "InvalidParameterValue.DestinationRegionSameAsSourceRegion";

/// 参数值非法，云硬盘备份点 ID 格式非法。
pub const INVALIDPARAMETERVALUE_DISKBACKUPIDMALFORMED: &str =
    "InvalidParameterValue.DiskBackupIdMalformed";

/// 指定的云盘备份点名称不可大于最大长度。
pub const INVALIDPARAMETERVALUE_DISKBACKUPNAMETOOLONG: &str =
    "InvalidParameterValue.DiskBackupNameTooLong";

/// 云硬盘备份点配额低于当前云硬盘备份点个数。
pub const INVALIDPARAMETERVALUE_DISKBACKUPQUOTALESSTHANCURRENTDISKBACKUPNUM: &str =
    "InvalidParameterValue.DiskBackupQuotaLessThanCurrentDiskBackupNum";

/// 云硬盘备份点配额小于当前云硬盘备份点数量。
pub const INVALIDPARAMETERVALUE_DISKBACKUPQUOTALESSTHENCURRENTDISKBACKUPNUM: &str =
    "InvalidParameterValue.DiskBackupQuotaLessThenCurrentDiskBackupNum";

/// 云硬盘的可用区与实例的可用区不匹配。
pub const INVALIDPARAMETERVALUE_DISKINSTANCEZONENOTMATCH: &str =
    "InvalidParameterValue.DiskInstanceZoneNotMatch";

/// 磁盘名称长度超出限制。
pub const INVALIDPARAMETERVALUE_DISKNAMETOOLONG: &str = "InvalidParameterValue.DiskNameTooLong";

/// 磁盘大小发生改变。
pub const INVALIDPARAMETERVALUE_DISKSIZENOTMATCH: &str = "InvalidParameterValue.DiskSizeNotMatch";

/// 指定云硬盘大小小于当前云硬盘大小。
pub const INVALIDPARAMETERVALUE_DISKSIZESMALLERTHANCURRENTDISKSIZE: &str =
    "InvalidParameterValue.DiskSizeSmallerThanCurrentDiskSize";

/// 参数值非法，不允许包含重复的值。
pub const INVALIDPARAMETERVALUE_DUPLICATED: &str = "InvalidParameterValue.Duplicated";

/// 防火墙模板规则已存在。
pub const INVALIDPARAMETERVALUE_DUPLICATEDFIREWALLTEMPLATERULE: &str =
    "InvalidParameterValue.DuplicatedFirewallTemplateRule";

/// 参数 `KeyName` 已经存在且重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEPARAMETERVALUE: &str =
    "InvalidParameterValue.DuplicateParameterValue";

/// 列值不正确。
pub const INVALIDPARAMETERVALUE_FIELDSCOMPARE: &str = "InvalidParameterValue.FieldsCompare";

/// 防火墙规则描述长度超出限制。
pub const INVALIDPARAMETERVALUE_FIREWALLRULEDESCRIPTIONTOOLONG: &str =
    "InvalidParameterValue.FirewallRuleDescriptionTooLong";

/// 防火墙模板ID格式非法。
pub const INVALIDPARAMETERVALUE_FIREWALLTEMPLATEIDMALFORMED: &str =
    "InvalidParameterValue.FirewallTemplateIdMalformed";

/// 参数值非法，实例 ID 格式非法。
pub const INVALIDPARAMETERVALUE_INSTANCEIDMALFORMED: &str =
    "InvalidParameterValue.InstanceIdMalformed";

/// 参数值非法，实例名称超过允许的最大长度。
pub const INVALIDPARAMETERVALUE_INSTANCENAMETOOLONG: &str =
    "InvalidParameterValue.InstanceNameTooLong";

/// 镜像 ID 不合法。
pub const INVALIDPARAMETERVALUE_INVALIDBLUEPRINTID: &str =
    "InvalidParameterValue.InvalidBlueprintId";

/// 镜像操作系统类型不合法。
pub const INVALIDPARAMETERVALUE_INVALIDBLUEPRINTPLATFORMTYPE: &str =
    "InvalidParameterValue.InvalidBlueprintPlatformType";

/// 镜像状态取值非法。
pub const INVALIDPARAMETERVALUE_INVALIDBLUEPRINTSTATE: &str =
    "InvalidParameterValue.InvalidBlueprintState";

/// 镜像类型不合法。
pub const INVALIDPARAMETERVALUE_INVALIDBLUEPRINTTYPE: &str =
    "InvalidParameterValue.InvalidBlueprintType";

/// 非法的套餐参数。
pub const INVALIDPARAMETERVALUE_INVALIDBUNDLE: &str = "InvalidParameterValue.InvalidBundle";

/// 套餐和镜像的组合非法。
pub const INVALIDPARAMETERVALUE_INVALIDBUNDLEBLUEPRINTCOMBINATION: &str =
    "InvalidParameterValue.InvalidBundleBlueprintCombination";

/// 控制台显示类型不合法。
pub const INVALIDPARAMETERVALUE_INVALIDCONSOLEDISPLAYTYPES: &str =
    "InvalidParameterValue.InvalidConsoleDisplayTypes";

/// 当前实例到期时间不能早于云硬盘到期时间。
pub const INVALIDPARAMETERVALUE_INVALIDCURINSTANCEDEADLINE: &str =
    "InvalidParameterValue.InvalidCurInstanceDeadline";

/// 参数值非法，磁盘 ID 格式非法。
pub const INVALIDPARAMETERVALUE_INVALIDDISKIDMALFORMED: &str =
    "InvalidParameterValue.InvalidDiskIdMalformed";

/// 指定云硬盘大小不符合要求。
pub const INVALIDPARAMETERVALUE_INVALIDDISKSIZE: &str = "InvalidParameterValue.InvalidDiskSize";

/// 云硬盘类型非法。
pub const INVALIDPARAMETERVALUE_INVALIDDISKTYPE: &str = "InvalidParameterValue.InvalidDiskType";

/// 镜像ID格式非法。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEIDMALFORMED: &str =
    "InvalidParameterValue.InvalidImageIdMalformed";

/// 参数值非法，IP 地址格式非法。
pub const INVALIDPARAMETERVALUE_INVALIDIPFORMAT: &str = "InvalidParameterValue.InvalidIpFormat";

/// 参数值非法。
pub const INVALIDPARAMETERVALUE_INVALIDKEYPAIRNAMEEMPTY: &str =
    "InvalidParameterValue.InvalidKeyPairNameEmpty";

/// 非法的密钥对名称。
pub const INVALIDPARAMETERVALUE_INVALIDKEYPAIRNAMEINCLUDEILLEGALCHAR: &str =
    "InvalidParameterValue.InvalidKeyPairNameIncludeIllegalChar";

/// 参数长度非法。
pub const INVALIDPARAMETERVALUE_INVALIDKEYPAIRNAMETOOLONG: &str =
    "InvalidParameterValue.InvalidKeyPairNameTooLong";

/// 参数组合非法。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERCOMBINATION: &str =
    "InvalidParameterValue.InvalidParameterCombination";

/// 参数中的密码不合法。
pub const INVALIDPARAMETERVALUE_INVALIDPASSWORD: &str = "InvalidParameterValue.InvalidPassword";

/// 不正确的配额资源名称。
pub const INVALIDPARAMETERVALUE_INVALIDRESOURCEQUOTARESOURCENAME: &str =
    "InvalidParameterValue.InvalidResourceQuotaResourceName";

/// 使用场景Id不合法。
pub const INVALIDPARAMETERVALUE_INVALIDSCENEIDMALFORMED: &str =
    "InvalidParameterValue.InvalidSceneIdMalformed";

/// 参数Zone的取值不合法。
pub const INVALIDPARAMETERVALUE_INVALIDZONE: &str = "InvalidParameterValue.InvalidZone";

/// 参数值非法，密钥对 ID 格式非法。
pub const INVALIDPARAMETERVALUE_KEYPAIRIDMALFORMED: &str =
    "InvalidParameterValue.KeyPairIdMalformed";

/// 该密钥对中的公钥在系统中已存在，无法重复使用 。
pub const INVALIDPARAMETERVALUE_KEYPAIRPUBLICKEYDUPLICATED: &str =
    "InvalidParameterValue.KeyPairPublicKeyDuplicated";

/// 指定的公钥格式错误。
pub const INVALIDPARAMETERVALUE_KEYPAIRPUBLICKEYMALFORMED: &str =
    "InvalidParameterValue.KeyPairPublicKeyMalformed";

/// 参数取值长度不合法。
pub const INVALIDPARAMETERVALUE_LENGTH: &str = "InvalidParameterValue.Length";

/// 参数值非法，参数值的数量超过最大限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 环境变量无效
pub const INVALIDPARAMETERVALUE_MCPSERVERENVINVALID: &str =
    "InvalidParameterValue.McpServerEnvInvalid";

/// MCP Server数量超过限制
pub const INVALIDPARAMETERVALUE_MCPSERVERLIMITEXCEEDED: &str =
    "InvalidParameterValue.McpServerLimitExceeded";

/// MCPServer列表过大
pub const INVALIDPARAMETERVALUE_MCPSERVERLISTTOOLARGE: &str =
    "InvalidParameterValue.McpServerListTooLarge";

/// 参数值非法，不能为负值。
pub const INVALIDPARAMETERVALUE_NEGATIVE: &str = "InvalidParameterValue.Negative";

/// 不允许改变平台类型。
pub const INVALIDPARAMETERVALUE_NOTALLOWTOCHANGEPLATFORMTYPE: &str =
    "InvalidParameterValue.NotAllowToChangePlatformType";

/// 不支持跨境同步镜像。
pub const INVALIDPARAMETERVALUE_NOTSUPPORTCROSSBORDERSYNCBLUEPRINT: &str =
    "InvalidParameterValue.NotSupportCrossBorderSyncBlueprint";

/// 实例套餐的套餐类型不支持表更至新套餐。
pub const INVALIDPARAMETERVALUE_NOTSUPPORTMODIFYINSTANCEBUNDLETYPE: &str =
    "InvalidParameterValue.NotSupportModifyInstanceBundleType";

/// 参数值非法，不在合法范围内。
pub const INVALIDPARAMETERVALUE_OUTOFRANGE: &str = "InvalidParameterValue.OutOfRange";

/// 实例操作系统不支持该文件系统。
pub const INVALIDPARAMETERVALUE_PLATFORMTYPENOTSUPPORTFILESYSTEM: &str =
    "InvalidParameterValue.PlatformTypeNotSupportFileSystem";

/// 实例操作系统不支持指定挂载点。
pub const INVALIDPARAMETERVALUE_PLATFORMTYPENOTSUPPORTMOUNTPOINT: &str =
    "InvalidParameterValue.PlatformTypeNotSupportMountPoint";

/// 地域不存在。
pub const INVALIDPARAMETERVALUE_REGIONNOTFOUND: &str = "InvalidParameterValue.RegionNotFound";

/// 地域不匹配。
pub const INVALIDPARAMETERVALUE_REGIONNOTMATCH: &str = "InvalidParameterValue.RegionNotMatch";

/// 不支持的地域。
pub const INVALIDPARAMETERVALUE_REGIONNOTSUPPORTED: &str =
    "InvalidParameterValue.RegionNotSupported";

/// 该地域不可用。
pub const INVALIDPARAMETERVALUE_REGIONUNAVAILABLE: &str = "InvalidParameterValue.RegionUnavailable";

/// 参数值非法，快照 ID 格式非法。
pub const INVALIDPARAMETERVALUE_SNAPSHOTIDMALFORMED: &str =
    "InvalidParameterValue.SnapshotIdMalformed";

/// 参数值非法，快照名称超过允许的最大长度。
pub const INVALIDPARAMETERVALUE_SNAPSHOTNAMETOOLONG: &str =
    "InvalidParameterValue.SnapshotNameTooLong";

/// 参数值非法，大于有效值。
pub const INVALIDPARAMETERVALUE_TOOLARGE: &str = "InvalidParameterValue.TooLarge";

/// 参数取值过长，超过最大长度。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// 参数值非法，小于有效值。
pub const INVALIDPARAMETERVALUE_TOOSMALL: &str = "InvalidParameterValue.TooSmall";

/// 地域不可用。
pub const INVALIDPARAMETERVALUE_UNAVAILABLEREGION: &str = "InvalidParameterValue.UnavailableRegion";

/// 非法的可用区。
pub const INVALIDPARAMETERVALUE_ZONEINVALID: &str = "InvalidParameterValue.ZoneInvalid";

/// 套餐和镜像不匹配。
pub const INVALIDPARAMETER_BUNDLEANDBLUEPRINTNOTMATCH: &str =
    "InvalidParameter.BundleAndBlueprintNotMatch";

/// 产品未定义的套餐 ID。
pub const INVALIDPARAMETER_BUNDLEIDNOTFOUND: &str = "InvalidParameter.BundleIdNotFound";

/// 参数冲突。
pub const INVALIDPARAMETER_CONFLICT: &str = "InvalidParameter.Conflict";

/// 参数冲突。
pub const INVALIDPARAMETER_CONFLICTPARAMETER: &str = "InvalidParameter.ConflictParameter";

/// 创建游戏专区实例不支持该参数。
pub const INVALIDPARAMETER_CREATINGGAMEPORTALINSTANCENOTSUPPORTPARAMETER: &str =
    "InvalidParameter.CreatingGamePortalInstanceNotSupportParameter";

/// 参数非法，Filter 参数中的 Values 取值数量超过允许的最大数量。
pub const INVALIDPARAMETER_FILTERVALUELIMITEXCEEDED: &str =
    "InvalidParameter.FilterValueLimitExceeded";

/// 参数非法，防火墙规则重复。
pub const INVALIDPARAMETER_FIREWALLRULESDUPLICATED: &str =
    "InvalidParameter.FirewallRulesDuplicated";

/// 参数非法，防火墙规则已存在。
pub const INVALIDPARAMETER_FIREWALLRULESEXIST: &str = "InvalidParameter.FirewallRulesExist";

/// 游戏专区实例镜像无效。
pub const INVALIDPARAMETER_GAMEPORTALINSTANCEBLUEPRINTINVALID: &str =
    "InvalidParameter.GamePortalInstanceBlueprintInvalid";

/// 游戏专区实例仅支持当前镜像。
pub const INVALIDPARAMETER_GAMEPORTALINSTANCEONLYSUPPORTCURRENTBLUEPRINT: &str =
    "InvalidParameter.GamePortalInstanceOnlySupportCurrentBlueprint";

/// 实例展示区域不支持该参数。
pub const INVALIDPARAMETER_INSTANCEDISPLAYAREANOTSUPPORTPARAMETER: &str =
    "InvalidParameter.InstanceDisplayAreaNotSupportParameter";

/// 实例当前的操作不支持该操作。
pub const INVALIDPARAMETER_INSTANCEOPERATIONUNSUPPORTEDPARAMETER: &str =
    "InvalidParameter.InstanceOperationUnsupportedParameter";

/// 参数非法，Filter 参数非法。
pub const INVALIDPARAMETER_INVALIDFILTER: &str = "InvalidParameter.InvalidFilter";

/// 参数非法，Filter 参数中的 Name 取值非法。
pub const INVALIDPARAMETER_INVALIDFILTERINVALIDKEY: &str =
    "InvalidParameter.InvalidFilterInvalidKey";

/// 参数非法，Filter 参数中的 Name 取值不是字符串。
pub const INVALIDPARAMETER_INVALIDFILTERINVALIDNAMENOTSTR: &str =
    "InvalidParameter.InvalidFilterInvalidNameNotStr";

/// 参数非法，Filter 参数中的 Values 不是列表。
pub const INVALIDPARAMETER_INVALIDFILTERINVALIDVALUESNOTLIST: &str =
    "InvalidParameter.InvalidFilterInvalidValuesNotList";

/// Filter参数名称不正确。
pub const INVALIDPARAMETER_INVALIDFILTERNAME: &str = "InvalidParameter.InvalidFilterName";

/// 参数非法，Filter 参数不是字典。
pub const INVALIDPARAMETER_INVALIDFILTERNOTDICT: &str = "InvalidParameter.InvalidFilterNotDict";

/// 参数非法，Filter 参数中有不支持的 Name。
pub const INVALIDPARAMETER_INVALIDFILTERNOTSUPPORTEDNAME: &str =
    "InvalidParameter.InvalidFilterNotSupportedName";

/// 必须要指定一个要修改的属性。
pub const INVALIDPARAMETER_MUSTSPECIFYONEATTRIBUTETOMODIFY: &str =
    "InvalidParameter.MustSpecifyOneAttributeToModify";

/// 参数非法，每次只能修改一个属性。
pub const INVALIDPARAMETER_ONLYALLOWMODIFYONEATTRIBUTE: &str =
    "InvalidParameter.OnlyAllowModifyOneAttribute";

/// 参数非法，参数冲突。
pub const INVALIDPARAMETER_PARAMETERCONFLICT: &str = "InvalidParameter.ParameterConflict";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 实例挂载数据盘配额不足，无法挂载云硬盘。
pub const LIMITEXCEEDED_ATTACHDATADISKQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.AttachDataDiskQuotaLimitExceeded";

/// 配额不足，当前自定义镜像配额不允许创建新的自定义镜像。
pub const LIMITEXCEEDED_BLUEPRINTQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.BlueprintQuotaLimitExceeded";

/// 超过磁盘备份点配额限制。
pub const LIMITEXCEEDED_DISKBACKUPQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.DiskBackupQuotaLimitExceeded";

/// 当前配额不足，无法创建新的云硬盘。
pub const LIMITEXCEEDED_DISKQUOTALIMITEXCEEDED: &str = "LimitExceeded.DiskQuotaLimitExceeded";

/// 超过防火墙规则配额。
pub const LIMITEXCEEDED_FIREWALLRULESLIMITEXCEEDED: &str =
    "LimitExceeded.FirewallRulesLimitExceeded";

/// 防火墙模板规则超出配额。
pub const LIMITEXCEEDED_FIREWALLTEMPLATERULEQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.FirewallTemplateRuleQuotaLimitExceeded";

/// 超过实例配额。
pub const LIMITEXCEEDED_INSTANCEQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.InstanceQuotaLimitExceeded";

/// 退还资源数量超出限制。
pub const LIMITEXCEEDED_ISOLATERESOURCESLIMITEXCEEDED: &str =
    "LimitExceeded.IsolateResourcesLimitExceeded";

/// 超过密钥对配额。
pub const LIMITEXCEEDED_KEYPAIRLIMITEXCEEDED: &str = "LimitExceeded.KeyPairLimitExceeded";

/// 镜像当前配额不足，无法共享至指定账号。
pub const LIMITEXCEEDED_SHAREBLUEPRINTACROSSACCOUNTQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.ShareBlueprintAcrossAccountQuotaLimitExceeded";

/// 超过快照配额。
pub const LIMITEXCEEDED_SNAPSHOTQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.SnapshotQuotaLimitExceeded";

/// 超过目的地域镜像的配额限制。
pub const LIMITEXCEEDED_SYNCBLUEPRINTQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.SyncBlueprintQuotaLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 套餐缺少参数镜像ID。
pub const MISSINGPARAMETER_BUNDLEMISSINGPARAMETERBLUEPRINTID: &str =
    "MissingParameter.BundleMissingParameterBlueprintId";

/// 必须传入参数Period或CurInstanceDeadline。
pub const MISSINGPARAMETER_MISSINGPARAMETERPERIODCURINSTANCEDEADLINE: &str =
    "MissingParameter.MissingParameterPeriodCurInstanceDeadline";

/// 指定参数`Order`时，必须传入参数 `OrderField`。
pub const MISSINGPARAMETER_ORDERFIELDREQUIRED: &str = "MissingParameter.OrderFieldRequired";

/// 镜像在操作中。请稍后再试。
pub const OPERATIONDENIED_BLUEPRINTOPERATIONINPROGRESS: &str =
    "OperationDenied.BlueprintOperationInProgress";

/// 该实例不支持升级套餐操作。
pub const OPERATIONDENIED_BUNDLENOTSUPPORTMODIFY: &str = "OperationDenied.BundleNotSupportModify";

/// 磁盘备份点忙，请稍后重新操作。
pub const OPERATIONDENIED_DISKBACKUPBUSY: &str = "OperationDenied.DiskBackupBusy";

/// 磁盘备份点正在操作过程中，请稍后重试。
pub const OPERATIONDENIED_DISKBACKUPOPERATIONINPROGRESS: &str =
    "OperationDenied.DiskBackupOperationInProgress";

/// 磁盘正在操作备份点过程中，请稍后重新操作。
pub const OPERATIONDENIED_DISKBUSYFORBACKUPOPERATION: &str =
    "OperationDenied.DiskBusyForBackupOperation";

/// 磁盘处于创建过程中。
pub const OPERATIONDENIED_DISKCREATING: &str = "OperationDenied.DiskCreating";

/// 磁盘正在操作过程中，请稍后重试。
pub const OPERATIONDENIED_DISKOPERATIONINPROGRESS: &str = "OperationDenied.DiskOperationInProgress";

/// 磁盘的云盘类型不支持该操作。
pub const OPERATIONDENIED_DISKUSAGENOTSUPPORTOPERATION: &str =
    "OperationDenied.DiskUsageNotSupportOperation";

/// 禁止对实例进行操作，实例在创建中，不允许进行该操作。
pub const OPERATIONDENIED_INSTANCECREATING: &str = "OperationDenied.InstanceCreating";

/// 禁止对实例进行操作，实例最近一次的操作尚在进行中。
pub const OPERATIONDENIED_INSTANCEOPERATIONINPROGRESS: &str =
    "OperationDenied.InstanceOperationInProgress";

/// 禁止创建快照。
pub const OPERATIONDENIED_OPERATIONDENIEDCREATESNAPSHOT: &str =
    "OperationDenied.OperationDeniedCreateSnapshot";

/// 使用存储型套餐的实例不支持创建快照。
pub const OPERATIONDENIED_OPERATIONDENIEDCREATESNAPSHOTFORSTORAGEBUNDLE: &str =
    "OperationDenied.OperationDeniedCreateSnapshotForStorageBundle";

/// 镜像正在修改共享属性操作中。不支持此操作。
pub const RESOURCEINUSE_BLUEPRINTMODIFYINGSHAREPERMISSION: &str =
    "ResourceInUse.BlueprintModifyingSharePermission";

/// 磁盘备份点正在使用中，不支持此操作。
pub const RESOURCEINUSE_DISKBACKUPINUSE: &str = "ResourceInUse.DiskBackupInUse";

/// 镜像在使用中，不支持此操作。
pub const RESOURCEINUSE_IMAGEINUSE: &str = "ResourceInUse.ImageInUse";

/// 密钥对正在使用中。
pub const RESOURCEINUSE_KEYPAIRINUSE: &str = "ResourceInUse.KeyPairInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 镜像 ID 不存在。
pub const RESOURCENOTFOUND_BLUEPRINTIDNOTFOUND: &str = "ResourceNotFound.BlueprintIdNotFound";

/// 指定的镜像不存在。请检查镜像的BlueprintId是否正确。
pub const RESOURCENOTFOUND_BLUEPRINTNOTFOUND: &str = "ResourceNotFound.BlueprintNotFound";

/// 处于已挂载状态的磁盘关联实例不存在。
pub const RESOURCENOTFOUND_DISKATTACHEDHASNOINSTANCEID: &str =
    "ResourceNotFound.DiskAttachedHasNoInstanceId";

/// 磁盘备份点ID不存在。
pub const RESOURCENOTFOUND_DISKBACKUPIDNOTFOUND: &str = "ResourceNotFound.DiskBackupIdNotFound";

/// 磁盘备份点不存在。
pub const RESOURCENOTFOUND_DISKBACKUPNOTEXISTS: &str = "ResourceNotFound.DiskBackupNotExists";

/// 用户指定磁盘备份点不存在。
pub const RESOURCENOTFOUND_DISKBACKUPNOTFOUND: &str = "ResourceNotFound.DiskBackupNotFound";

/// 磁盘 ID 不存在。
pub const RESOURCENOTFOUND_DISKIDNOTFOUND: &str = "ResourceNotFound.DiskIdNotFound";

/// 磁盘不存在。
pub const RESOURCENOTFOUND_DISKNOTEXISTS: &str = "ResourceNotFound.DiskNotExists";

/// 磁盘不存在。
pub const RESOURCENOTFOUND_DISKNOTFOUND: &str = "ResourceNotFound.DiskNotFound";

/// 防火墙不存在。
pub const RESOURCENOTFOUND_FIREWALLNOTFOUND: &str = "ResourceNotFound.FirewallNotFound";

/// 防火墙规则不存在。
pub const RESOURCENOTFOUND_FIREWALLRULESNOTFOUND: &str = "ResourceNotFound.FirewallRulesNotFound";

/// 防火墙模板不存在。
pub const RESOURCENOTFOUND_FIREWALLTEMPLATENOTFOUND: &str =
    "ResourceNotFound.FirewallTemplateNotFound";

/// 防火墙模板规则不存在。
pub const RESOURCENOTFOUND_FIREWALLTEMPLATERULENOTFOUND: &str =
    "ResourceNotFound.FirewallTemplateRuleNotFound";

/// 镜像ID不存在。
pub const RESOURCENOTFOUND_IMAGEIDNOTFOUND: &str = "ResourceNotFound.ImageIdNotFound";

/// 实例镜像不存在。
pub const RESOURCENOTFOUND_INSTANCEBLUEPRINTNOTFOUND: &str =
    "ResourceNotFound.InstanceBlueprintNotFound";

/// 实例不存在挂载的数据盘。
pub const RESOURCENOTFOUND_INSTANCEDATADISKNOTFOUND: &str =
    "ResourceNotFound.InstanceDataDiskNotFound";

/// 实例 ID 不存在。
pub const RESOURCENOTFOUND_INSTANCEIDNOTFOUND: &str = "ResourceNotFound.InstanceIdNotFound";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// 密钥对 ID 不存在。
pub const RESOURCENOTFOUND_KEYIDNOTFOUND: &str = "ResourceNotFound.KeyIdNotFound";

/// 密钥对不存在。
pub const RESOURCENOTFOUND_KEYPAIRNOTFOUND: &str = "ResourceNotFound.KeyPairNotFound";

/// MCP Server不存在
pub const RESOURCENOTFOUND_MCPSERVERNOTFOUND: &str = "ResourceNotFound.McpServerNotFound";

/// 部分MCP Servers未找到，请检查
pub const RESOURCENOTFOUND_MCPSERVERSPARTIALNOTFOUND: &str =
    "ResourceNotFound.McpServersPartialNotFound";

/// 自定义镜像不存在。
pub const RESOURCENOTFOUND_PRIVATEBLUEPRINTNOTFOUND: &str =
    "ResourceNotFound.PrivateBlueprintNotFound";

/// 服务角色不存在, 请为账号添加这个角色。
pub const RESOURCENOTFOUND_ROLENOTFOUND: &str = "ResourceNotFound.RoleNotFound";

/// 未查询到场景ID
pub const RESOURCENOTFOUND_SCENEIDNOTFOUND: &str = "ResourceNotFound.SceneIdNotFound";

/// 快照 ID 不存在。
pub const RESOURCENOTFOUND_SNAPSHOTIDNOTFOUND: &str = "ResourceNotFound.SnapshotIdNotFound";

/// 快照不存在。
pub const RESOURCENOTFOUND_SNAPSHOTNOTFOUND: &str = "ResourceNotFound.SnapshotNotFound";

/// 套餐已售罄。
pub const RESOURCESSOLDOUT_BUNDLESOLDOUT: &str = "ResourcesSoldOut.BundleSoldOut";

/// 套餐无可用配置。
pub const RESOURCESSOLDOUT_PURCHASESOURCEHASNOBUNDLECONFIGS: &str =
    "ResourcesSoldOut.PurchaseSourceHasNoBundleConfigs";

/// 套餐无可用配置。
pub const RESOURCESSOLDOUT_ZONESHASNOBUNDLECONFIGS: &str =
    "ResourcesSoldOut.ZonesHasNoBundleConfigs";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 指定实例镜像不符合要求。
pub const RESOURCEUNAVAILABLE_BLUEPRINTINVALID: &str = "ResourceUnavailable.BlueprintInvalid";

/// 镜像资源不可用。
pub const RESOURCEUNAVAILABLE_BLUEPRINTUNAVAILABLE: &str =
    "ResourceUnavailable.BlueprintUnavailable";

/// 套餐不可用。
pub const RESOURCEUNAVAILABLE_BUNDLEUNAVAILABLE: &str = "ResourceUnavailable.BundleUnavailable";

/// 不能应用该防火墙模板。
pub const RESOURCEUNAVAILABLE_CANNOTAPPLYEMPTYFIREWALLTEMPLATE: &str =
    "ResourceUnavailable.CannotApplyEmptyFirewallTemplate";

/// Docker资源不可用。
pub const RESOURCEUNAVAILABLE_DOCKERUNAVAILABLE: &str = "ResourceUnavailable.DockerUnavailable";

/// 防火墙模板在使用中，不支持该操作。
pub const RESOURCEUNAVAILABLE_FIREWALLTEMPLATEINUSE: &str =
    "ResourceUnavailable.FirewallTemplateInUse";

/// 当前套餐不支持通过API购买。
pub const RESOURCEUNAVAILABLE_INVALIDPURCHASEREQUESTSOURCE: &str =
    "ResourceUnavailable.InvalidPurchaseRequestSource";

/// TAT agent不可用。
pub const RESOURCEUNAVAILABLE_TATAGENTUNAVAILABLE: &str = "ResourceUnavailable.TATAgentUnavailable";

/// TAT 服务错误。
pub const RESOURCEUNAVAILABLE_TATSERVICEERROR: &str = "ResourceUnavailable.TATServiceError";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 因账号安全升级，购买云资源需完善您的实名信息。
pub const UNAUTHORIZEDOPERATION_CERTIFICATIONNEEDUPGRADE: &str =
    "UnauthorizedOperation.CertificationNeedUpgrade";

/// 无效 Token。
pub const UNAUTHORIZEDOPERATION_INVALIDTOKEN: &str = "UnauthorizedOperation.InvalidToken";

/// MFA 已过期。
pub const UNAUTHORIZEDOPERATION_MFAEXPIRED: &str = "UnauthorizedOperation.MFAExpired";

/// MFA 不存在。
pub const UNAUTHORIZEDOPERATION_MFANOTFOUND: &str = "UnauthorizedOperation.MFANotFound";

/// 无权限。
pub const UNAUTHORIZEDOPERATION_NOPERMISSION: &str = "UnauthorizedOperation.NoPermission";

/// 账号没有实名认证，支付失败。
pub const UNAUTHORIZEDOPERATION_NOTCERTIFICATION: &str = "UnauthorizedOperation.NotCertification";

/// 无权限进行此操作，请求中token不合法。
pub const UNAUTHORIZEDOPERATION_TOKENINVALID: &str = "UnauthorizedOperation.TokenInvalid";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 将磁盘备份点回滚到其他盘，不支持该操作。
pub const UNSUPPORTEDOPERATION_APPLYDISKBACKUPTOANOTHERDISK: &str =
    "UnsupportedOperation.ApplyDiskBackupToAnotherDisk";

/// 获取角色授权失败，请授予 Lighthouse 相关角色后进行重试。
pub const UNSUPPORTEDOPERATION_ASSUMEROLEFAILED: &str = "UnsupportedOperation.AssumeRoleFailed";

/// 没有实例不支持关联到云联网。
pub const UNSUPPORTEDOPERATION_ATTACHCCNCONDITIONUNSATISFIED: &str =
    "UnsupportedOperation.AttachCcnConditionUnsatisfied";

/// 关联云联网失败。请检查云联网状态并稍后再试。
pub const UNSUPPORTEDOPERATION_ATTACHCCNFAILED: &str = "UnsupportedOperation.AttachCcnFailed";

/// 镜像已经被共享。不支持此操作。
pub const UNSUPPORTEDOPERATION_BLUEPRINTALREADYSHARED: &str =
    "UnsupportedOperation.BlueprintAlreadyShared";

/// 镜像当前状态不支持该操作。
pub const UNSUPPORTEDOPERATION_BLUEPRINTCURSTATEINVALID: &str =
    "UnsupportedOperation.BlueprintCurStateInvalid";

/// 镜像没有被共享。不支持此操作。
pub const UNSUPPORTEDOPERATION_BLUEPRINTHASNOTSHARED: &str =
    "UnsupportedOperation.BlueprintHasNotShared";

/// 镜像最近一次的操作尚未完成。
pub const UNSUPPORTEDOPERATION_BLUEPRINTLATESTOPERATIONUNFINISHED: &str =
    "UnsupportedOperation.BlueprintLatestOperationUnfinished";

/// 镜像被使用中，不支持该操作。
pub const UNSUPPORTEDOPERATION_BLUEPRINTOCCUPIED: &str = "UnsupportedOperation.BlueprintOccupied";

/// 该镜像的镜像类型不支持该操作。
pub const UNSUPPORTEDOPERATION_BLUEPRINTTYPENOTSUPPORTOPERATION: &str =
    "UnsupportedOperation.BlueprintTypeNotSupportOperation";

/// 已经关联云联网，不支持再次关联。
pub const UNSUPPORTEDOPERATION_CCNALREADYATTACHED: &str = "UnsupportedOperation.CcnAlreadyAttached";

/// 云联网 尚未关联。不支持此操作。
pub const UNSUPPORTEDOPERATION_CCNNOTATTACHED: &str = "UnsupportedOperation.CcnNotAttached";

/// 查询云联网关联的实例状态失败。请稍后再试。
pub const UNSUPPORTEDOPERATION_DESCRIBECCNATTACHEDINSTANCESFAILED: &str =
    "UnsupportedOperation.DescribeCcnAttachedInstancesFailed";

/// 解关联云联网失败。请检查云联网状态并稍后再试。
pub const UNSUPPORTEDOPERATION_DETACHCCNFAILED: &str = "UnsupportedOperation.DetachCcnFailed";

/// 磁盘备份点上一次操作未结束，不支持当前操作。
pub const UNSUPPORTEDOPERATION_DISKBACKUPLATESTOPERATIONUNFINISHED: &str =
    "UnsupportedOperation.DiskBackupLatestOperationUnfinished";

/// 磁盘忙。
pub const UNSUPPORTEDOPERATION_DISKBUSY: &str = "UnsupportedOperation.DiskBusy";

/// 不支持的操作，磁盘最近一次的操作尚未完成。
pub const UNSUPPORTEDOPERATION_DISKLATESTOPERATIONUNFINISHED: &str =
    "UnsupportedOperation.DiskLatestOperationUnfinished";

/// 防火墙忙。
pub const UNSUPPORTEDOPERATION_FIREWALLBUSY: &str = "UnsupportedOperation.FirewallBusy";

/// 指定的防火墙版本号和当前版本不一致。
pub const UNSUPPORTEDOPERATION_FIREWALLVERSIONMISMATCH: &str =
    "UnsupportedOperation.FirewallVersionMismatch";

/// 镜像已经被共享。不支持此操作。
pub const UNSUPPORTEDOPERATION_IMAGEALREADYSHARED: &str = "UnsupportedOperation.ImageAlreadyShared";

/// 镜像被其他操作占用，不支持此操作。请稍后再试。
pub const UNSUPPORTEDOPERATION_IMAGEOCCUPIED: &str = "UnsupportedOperation.ImageOccupied";

/// 镜像不支持共享。
pub const UNSUPPORTEDOPERATION_IMAGEUNABLETOSHARE: &str = "UnsupportedOperation.ImageUnableToShare";

/// 实例展示区域不支持该操作。
pub const UNSUPPORTEDOPERATION_INSTANCEDISPLAYAREANOTSUPPORTOPERATION: &str =
    "UnsupportedOperation.InstanceDisplayAreaNotSupportOperation";

/// 实例已到期，不支持该操作。
pub const UNSUPPORTEDOPERATION_INSTANCEEXPIRED: &str = "UnsupportedOperation.InstanceExpired";

/// LinuxUnix实例在创建时不支持设置密码。
pub const UNSUPPORTEDOPERATION_INSTANCELINUXUNIXCREATINGNOTSUPPORTPASSWORD: &str =
    "UnsupportedOperation.InstanceLinuxUnixCreatingNotSupportPassword";

/// 磁盘备份点状态不支持该操作。
pub const UNSUPPORTEDOPERATION_INVALIDDISKBACKUPSTATE: &str =
    "UnsupportedOperation.InvalidDiskBackupState";

/// 磁盘状态不支持该操作。
pub const UNSUPPORTEDOPERATION_INVALIDDISKSTATE: &str = "UnsupportedOperation.InvalidDiskState";

/// 不支持的操作，实例状态不合法。
pub const UNSUPPORTEDOPERATION_INVALIDINSTANCESTATE: &str =
    "UnsupportedOperation.InvalidInstanceState";

/// 不支持的操作，快照状态不合法。
pub const UNSUPPORTEDOPERATION_INVALIDSNAPSHOTSTATE: &str =
    "UnsupportedOperation.InvalidSnapshotState";

/// 不支持的操作，不支持将同一个密钥对重复绑定到同一个实例上。
pub const UNSUPPORTEDOPERATION_KEYPAIRBINDDUPLICATE: &str =
    "UnsupportedOperation.KeyPairBindDuplicate";

/// 不支持该操作。KeyPair 与镜像存在绑定关系。在进行该操作前请删除与密钥对有绑定关系的自定义镜像。
pub const UNSUPPORTEDOPERATION_KEYPAIRBINDTOBLUEPRINTS: &str =
    "UnsupportedOperation.KeyPairBindToBlueprints";

/// 不支持的操作，不支持将未绑定到实例的密钥对从实例解绑。
pub const UNSUPPORTEDOPERATION_KEYPAIRNOTBOUNDTOINSTANCE: &str =
    "UnsupportedOperation.KeyPairNotBoundToInstance";

/// 解绑定密钥对使用的用户名和绑定时的不一致。
pub const UNSUPPORTEDOPERATION_KEYPAIRUNBINDUSERNAMEMISMATCH: &str =
    "UnsupportedOperation.KeyPairUnbindUsernameMismatch";

/// 不支持的操作，实例最近一次的操作尚未完成。
pub const UNSUPPORTEDOPERATION_LATESTOPERATIONUNFINISHED: &str =
    "UnsupportedOperation.LatestOperationUnfinished";

/// 不支持的操作，MCP Server最近一次的操作尚未完成
pub const UNSUPPORTEDOPERATION_MCPSERVERLATESTOPERATIONUNFINISHED: &str =
    "UnsupportedOperation.McpServerLatestOperationUnfinished";

/// 共享镜像不支持此操作。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTSHAREDBLUEPRINT: &str =
    "UnsupportedOperation.NotSupportSharedBlueprint";

/// 操作不支持自动生成密码。
pub const UNSUPPORTEDOPERATION_OPERATIONNOTSUPPORTAUTOGENERATEPASSWORD: &str =
    "UnsupportedOperation.OperationNotSupportAutoGeneratePassword";

/// 国际站不支持该操作。
pub const UNSUPPORTEDOPERATION_OPERATIONNOTSUPPORTEDININTLSITE: &str =
    "UnsupportedOperation.OperationNotSupportedInIntlSite";

/// 计费资源中心删除资源失败。
pub const UNSUPPORTEDOPERATION_POSTDESTROYRESOURCEFAILED: &str =
    "UnsupportedOperation.PostDestroyResourceFailed";

/// 重新申请关联云联网失败。请检查云联网状态并稍后再试。
pub const UNSUPPORTEDOPERATION_RESETATTACHCCNFAILED: &str =
    "UnsupportedOperation.ResetAttachCcnFailed";

/// 资源不支持退换。
pub const UNSUPPORTEDOPERATION_RESOURCENOTRETURNABLE: &str =
    "UnsupportedOperation.ResourceNotReturnable";

/// 资源变配操作中新旧配置一样，不支持此操作。
pub const UNSUPPORTEDOPERATION_SAMEWITHOLDCONFIG: &str = "UnsupportedOperation.SameWithOldConfig";

/// 相关服务角色不存在，无法调用此接口。
pub const UNSUPPORTEDOPERATION_SERVICEROLENOTEXIST: &str =
    "UnsupportedOperation.ServiceRoleNotExist";

/// 快照忙。
pub const UNSUPPORTEDOPERATION_SNAPSHOTBUSY: &str = "UnsupportedOperation.SnapshotBusy";

/// 系统忙。
pub const UNSUPPORTEDOPERATION_SYSTEMBUSY: &str = "UnsupportedOperation.SystemBusy";

/// 实例上腾讯云助手 agent 不在线。
pub const UNSUPPORTEDOPERATION_TATAGENTNOTONLINE: &str = "UnsupportedOperation.TatAgentNotOnline";

/// Windows实例不支持绑定密钥对。
pub const UNSUPPORTEDOPERATION_WINDOWSNOTALLOWTOASSOCIATEKEYPAIR: &str =
    "UnsupportedOperation.WindowsNotAllowToAssociateKeyPair";

/// windows类型实例不支持密钥对功能。
pub const UNSUPPORTEDOPERATION_WINDOWSNOTSUPPORTKEYPAIR: &str =
    "UnsupportedOperation.WindowsNotSupportKeyPair";
