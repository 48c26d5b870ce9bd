//! Error codes of `cvm`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cvm::errors::ACCOUNTQUALIFICATIONRESTRICTIONS) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 该请求账户未通过资格审计。
pub const ACCOUNTQUALIFICATIONRESTRICTIONS: &str = "AccountQualificationRestrictions";

/// 角色名鉴权失败
pub const AUTHFAILURE_CAMROLENAMEAUTHENTICATEFAILED: &str =
    "AuthFailure.CamRoleNameAuthenticateFailed";

/// 弹性网卡不允许跨子网操作。
pub const ENINOTALLOWEDCHANGESUBNET: &str = "EniNotAllowedChangeSubnet";

/// 账号已经存在
pub const FAILEDOPERATION_ACCOUNTALREADYEXISTS: &str = "FailedOperation.AccountAlreadyExists";

/// 账号为当前用户
pub const FAILEDOPERATION_ACCOUNTISYOURSELF: &str = "FailedOperation.AccountIsYourSelf";

/// 该实例 `ins-xxxxxxx` 已经在 `dgroup-xxxxxx` 置放群组里。
pub const FAILEDOPERATION_ALREADYINDISASTERRECOVERGROUP: &str =
    "FailedOperation.AlreadyInDisasterRecoverGroup";

/// 自带许可镜像暂时不支持共享。
pub const FAILEDOPERATION_BYOLIMAGESHAREFAILED: &str = "FailedOperation.BYOLImageShareFailed";

/// 实例解绑密钥失败
pub const FAILEDOPERATION_DISASSOCIATEKEYPAIRFAILED: &str =
    "FailedOperation.DisassociateKeyPairFailed";

/// 未找到指定的容灾组
pub const FAILEDOPERATION_DISASTERRECOVERGROUPNOTFOUND: &str =
    "FailedOperation.DisasterRecoverGroupNotFound";

/// 实例置放群组信息不匹配，操作失败。
pub const FAILEDOPERATION_DISASTERRECOVERGROUPNOTMATCH: &str =
    "FailedOperation.DisasterRecoverGroupNotMatch";

/// 获取实例的自动化助手状态失败
pub const FAILEDOPERATION_GETINSTANCETATAGENTSTATUSFAILED: &str =
    "FailedOperation.GetInstanceTATAgentStatusFailed";

/// 标签键存在不合法字符
pub const FAILEDOPERATION_ILLEGALTAGKEY: &str = "FailedOperation.IllegalTagKey";

/// 标签值存在不合法字符。
pub const FAILEDOPERATION_ILLEGALTAGVALUE: &str = "FailedOperation.IllegalTagValue";

/// 询价失败
pub const FAILEDOPERATION_INQUIRYPRICEFAILED: &str = "FailedOperation.InquiryPriceFailed";

/// 查询退换价格失败，找不到付款订单，请检查设备 `ins-xxxxxxx` 是否已过期。
pub const FAILEDOPERATION_INQUIRYREFUNDPRICEFAILED: &str =
    "FailedOperation.InquiryRefundPriceFailed";

/// 镜像状态繁忙，请稍后重试。
pub const FAILEDOPERATION_INVALIDIMAGESTATE: &str = "FailedOperation.InvalidImageState";

/// 不支持操作的applicationRole实例
pub const FAILEDOPERATION_INVALIDINSTANCEAPPLICATIONROLE: &str =
    "FailedOperation.InvalidInstanceApplicationRole";

/// 请求不支持`EMR`的实例`ins-xxxxxxxx`。
pub const FAILEDOPERATION_INVALIDINSTANCEAPPLICATIONROLEEMR: &str =
    "FailedOperation.InvalidInstanceApplicationRoleEmr";

/// 该实例已存在指定的定时任务
pub const FAILEDOPERATION_MUTACTIONTIMEREXIST: &str = "FailedOperation.MutActionTimerExist";

/// 子网可用IP已耗尽。
pub const FAILEDOPERATION_NOAVAILABLEIPADDRESSCOUNTINSUBNET: &str =
    "FailedOperation.NoAvailableIpAddressCountInSubnet";

/// 当前实例没有弹性IP
pub const FAILEDOPERATION_NOTFOUNDEIP: &str = "FailedOperation.NotFoundEIP";

/// 账号为协作者，请填写主账号
pub const FAILEDOPERATION_NOTMASTERACCOUNT: &str = "FailedOperation.NotMasterAccount";

/// 指定的置放群组非空。
pub const FAILEDOPERATION_PLACEMENTSETNOTEMPTY: &str = "FailedOperation.PlacementSetNotEmpty";

/// 促销期内购买的实例不允许调整配置或计费模式。
pub const FAILEDOPERATION_PROMOTIONALPERIORESTRICTION: &str =
    "FailedOperation.PromotionalPerioRestriction";

/// 暂无法在此国家/地区提供该服务。
pub const FAILEDOPERATION_PROMOTIONALREGIONRESTRICTION: &str =
    "FailedOperation.PromotionalRegionRestriction";

/// 镜像共享失败。
pub const FAILEDOPERATION_QIMAGESHAREFAILED: &str = "FailedOperation.QImageShareFailed";

/// 镜像共享失败。
pub const FAILEDOPERATION_RIMAGESHAREFAILED: &str = "FailedOperation.RImageShareFailed";

/// 安全组操作失败。
pub const FAILEDOPERATION_SECURITYGROUPACTIONFAILED: &str =
    "FailedOperation.SecurityGroupActionFailed";

/// 快照容量大于磁盘大小，请选用更大的磁盘空间。
pub const FAILEDOPERATION_SNAPSHOTSIZELARGERTHANDATASIZE: &str =
    "FailedOperation.SnapshotSizeLargerThanDataSize";

/// 不支持快照size小于云盘size。
pub const FAILEDOPERATION_SNAPSHOTSIZELESSTHANDATASIZE: &str =
    "FailedOperation.SnapshotSizeLessThanDataSize";

/// 请求中指定的标签键为系统预留标签，禁止创建
pub const FAILEDOPERATION_TAGKEYRESERVED: &str = "FailedOperation.TagKeyReserved";

/// 镜像是公共镜像并且启用了自动化助手服务，但它不符合 Linux&x86_64。
pub const FAILEDOPERATION_TATAGENTNOTSUPPORT: &str = "FailedOperation.TatAgentNotSupport";

/// 实例无法退还。
pub const FAILEDOPERATION_UNRETURNABLE: &str = "FailedOperation.Unreturnable";

/// 给定实例所在可用区不相同，请给定相同可用区的实例。
pub const FAILEDOPERATION_ZONEINCONSISTENT: &str = "FailedOperation.ZoneInconsistent";

/// 镜像配额超过了限制。
pub const IMAGEQUOTALIMITEXCEEDED: &str = "ImageQuotaLimitExceeded";

/// 表示当前创建的实例个数超过了该账户允许购买的剩余配额数。
pub const INSTANCESQUOTALIMITEXCEEDED: &str = "InstancesQuotaLimitExceeded";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部错误
pub const INTERNALERROR_TRADEUNKNOWNERROR: &str = "InternalError.TradeUnknownError";

/// 操作内部错误。
pub const INTERNALSERVERERROR: &str = "InternalServerError";

/// 无效的账户Id。
pub const INVALIDACCOUNTID_NOTFOUND: &str = "InvalidAccountId.NotFound";

/// 您无法共享镜像给自己。
pub const INVALIDACCOUNTIS_YOURSELF: &str = "InvalidAccountIs.YourSelf";

/// 账户余额不足。
pub const INVALIDACCOUNT_INSUFFICIENTBALANCE: &str = "InvalidAccount.InsufficientBalance";

/// 账户有未支付订单。
pub const INVALIDACCOUNT_UNPAIDORDER: &str = "InvalidAccount.UnpaidOrder";

/// 指定的ClientToken字符串长度超出限制，必须小于等于64字节。
pub const INVALIDCLIENTTOKEN_TOOLONG: &str = "InvalidClientToken.TooLong";

/// 无效的过滤器。
pub const INVALIDFILTER: &str = "InvalidFilter";

/// [`Filter`](https://cloud.tencent.com/document/api/213/15753#Filter)传值超出限制。
pub const INVALIDFILTERVALUE_LIMITEXCEEDED: &str = "InvalidFilterValue.LimitExceeded";

/// 无效[CDH](https://cloud.tencent.com/document/product/416) `ID`。指定的[CDH](https://cloud.tencent.com/document/product/416) `ID`格式错误。例如`ID`长度错误`host-1122`。
pub const INVALIDHOSTID_MALFORMED: &str = "InvalidHostId.Malformed";

/// 指定的HostId不存在，或不属于该请求账号所有。
pub const INVALIDHOSTID_NOTFOUND: &str = "InvalidHostId.NotFound";

/// 不支持该宿主机实例执行指定的操作。
pub const INVALIDHOST_NOTSUPPORTED: &str = "InvalidHost.NotSupported";

/// 镜像状态不合法。
pub const INVALIDIMAGEID_INCORRECTSTATE: &str = "InvalidImageId.IncorrectState";

/// 镜像处于共享中。
pub const INVALIDIMAGEID_INSHARED: &str = "InvalidImageId.InShared";

/// 错误的镜像Id格式。
pub const INVALIDIMAGEID_MALFORMED: &str = "InvalidImageId.Malformed";

/// 未找到该镜像。
pub const INVALIDIMAGEID_NOTFOUND: &str = "InvalidImageId.NotFound";

/// 镜像大小超过限制。
pub const INVALIDIMAGEID_TOOLARGE: &str = "InvalidImageId.TooLarge";

/// 镜像名称与原有镜像重复。
pub const INVALIDIMAGENAME_DUPLICATE: &str = "InvalidImageName.Duplicate";

/// 不支持的操作系统类型。
pub const INVALIDIMAGEOSTYPE_UNSUPPORTED: &str = "InvalidImageOsType.Unsupported";

/// 不支持的操作系统版本。
pub const INVALIDIMAGEOSVERSION_UNSUPPORTED: &str = "InvalidImageOsVersion.Unsupported";

/// 无效实例`ID`。指定的实例`ID`格式错误。例如实例`ID`长度错误`ins-1122`。
pub const INVALIDINSTANCEID_MALFORMED: &str = "InvalidInstanceId.Malformed";

/// 没有找到相应实例。
pub const INVALIDINSTANCEID_NOTFOUND: &str = "InvalidInstanceId.NotFound";

/// 指定的InstanceName字符串长度超出限制，必须小于等于60字节。
pub const INVALIDINSTANCENAME_TOOLONG: &str = "InvalidInstanceName.TooLong";

/// 该实例不满足包月[退还规则](https://cloud.tencent.com/document/product/213/9711)。
pub const INVALIDINSTANCENOTSUPPORTEDPREPAIDINSTANCE: &str =
    "InvalidInstanceNotSupportedPrepaidInstance";

/// 指定实例的当前状态不能进行该操作。
pub const INVALIDINSTANCESTATE: &str = "InvalidInstanceState";

/// 指定InstanceType参数格式不合法。
pub const INVALIDINSTANCETYPE_MALFORMED: &str = "InvalidInstanceType.Malformed";

/// 不被支持的实例。
pub const INVALIDINSTANCE_NOTSUPPORTED: &str = "InvalidInstance.NotSupported";

/// 无效密钥对ID。指定的密钥对ID格式错误，例如 `ID` 长度错误`skey-1122`。
pub const INVALIDKEYPAIRID_MALFORMED: &str = "InvalidKeyPairId.Malformed";

/// 无效密钥对ID。指定的密钥对ID不存在。
pub const INVALIDKEYPAIRID_NOTFOUND: &str = "InvalidKeyPairId.NotFound";

/// 密钥名称为空。
pub const INVALIDKEYPAIRNAMEEMPTY: &str = "InvalidKeyPairNameEmpty";

/// 密钥名称包含非法字符。密钥名称只支持英文、数字和下划线。
pub const INVALIDKEYPAIRNAMEINCLUDEILLEGALCHAR: &str = "InvalidKeyPairNameIncludeIllegalChar";

/// 密钥名称超过25个字符。
pub const INVALIDKEYPAIRNAMETOOLONG: &str = "InvalidKeyPairNameTooLong";

/// 密钥对名称重复。
pub const INVALIDKEYPAIRNAME_DUPLICATE: &str = "InvalidKeyPairName.Duplicate";

/// 密钥对数量超过限制。
pub const INVALIDKEYPAIR_LIMITEXCEEDED: &str = "InvalidKeyPair.LimitExceeded";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 表示参数组合不正确。
pub const INVALIDPARAMETERCOMBINATION: &str = "InvalidParameterCombination";

/// 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。
pub const INVALIDPARAMETERCONFLICT: &str = "InvalidParameterConflict";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数值数量超过限制。
pub const INVALIDPARAMETERVALUELIMIT: &str = "InvalidParameterValueLimit";

/// 无效参数值。指定的 `Offset` 无效。
pub const INVALIDPARAMETERVALUEOFFSET: &str = "InvalidParameterValueOffset";

/// 入参数目不相等。
pub const INVALIDPARAMETERVALUE_AMOUNTNOTEQUAL: &str = "InvalidParameterValue.AmountNotEqual";

/// 共享带宽包ID不合要求，请提供规范的共享带宽包ID，类似bwp-xxxxxxxx，字母x代表小写字符或者数字。
pub const INVALIDPARAMETERVALUE_BANDWIDTHPACKAGEIDMALFORMED: &str =
    "InvalidParameterValue.BandwidthPackageIdMalformed";

/// 请确认指定的带宽包是否存在。
pub const INVALIDPARAMETERVALUE_BANDWIDTHPACKAGEIDNOTFOUND: &str =
    "InvalidParameterValue.BandwidthPackageIdNotFound";

/// 带宽包所属的运营商和运营商参数不匹配。
pub const INVALIDPARAMETERVALUE_BANDWIDTHPACKAGEISPNOTMATCH: &str =
    "InvalidParameterValue.BandwidthPackageIspNotMatch";

/// 带宽包所属的可用区和指定的可用区不匹配。
pub const INVALIDPARAMETERVALUE_BANDWIDTHPACKAGEZONENOTMATCH: &str =
    "InvalidParameterValue.BandwidthPackageZoneNotMatch";

/// 实例为基础网络实例，目标实例规格仅支持私有网络，不支持调整。
pub const INVALIDPARAMETERVALUE_BASICNETWORKINSTANCEFAMILY: &str =
    "InvalidParameterValue.BasicNetworkInstanceFamily";

/// 请确认存储桶是否存在。
pub const INVALIDPARAMETERVALUE_BUCKETNOTFOUND: &str = "InvalidParameterValue.BucketNotFound";

/// CamRoleName不合要求，只允许包含英文字母、数字或者 +=,.@_- 字符。
pub const INVALIDPARAMETERVALUE_CAMROLENAMEMALFORMED: &str =
    "InvalidParameterValue.CamRoleNameMalformed";

/// CDH磁盘扩容只支持LOCAL_BASIC和LOCAL_SSD。
pub const INVALIDPARAMETERVALUE_CDHONLYLOCALDATADISKRESIZE: &str =
    "InvalidParameterValue.CdhOnlyLocalDataDiskResize";

/// 找不到对应的CHC物理服务器。
pub const INVALIDPARAMETERVALUE_CHCHOSTSNOTFOUND: &str = "InvalidParameterValue.ChcHostsNotFound";

/// 该CHC未配置任何网络。
pub const INVALIDPARAMETERVALUE_CHCNETWORKEMPTY: &str = "InvalidParameterValue.ChcNetworkEmpty";

/// SSD云硬盘为数据盘时，购买大小不得小于100GB
pub const INVALIDPARAMETERVALUE_CLOUDSSDDATADISKSIZETOOSMALL: &str =
    "InvalidParameterValue.CloudSsdDataDiskSizeTooSmall";

/// 核心计数不合法。
pub const INVALIDPARAMETERVALUE_CORECOUNTVALUE: &str = "InvalidParameterValue.CoreCountValue";

/// CDC不支持指定的计费模式。
pub const INVALIDPARAMETERVALUE_DEDICATEDCLUSTERNOTSUPPORTEDCHARGETYPE: &str =
    "InvalidParameterValue.DedicatedClusterNotSupportedChargeType";

/// 指定的专有资源包ID不存在
pub const INVALIDPARAMETERVALUE_DEDICATEDRESOURCEPACKIDSNOTFOUND: &str =
    "InvalidParameterValue.DedicatedResourcePackIdsNotFound";

/// 专有资源包名称无效。名称长度必须为1-60个字符，只能包含中文、英文字母、数字、连字符(-)和下划线(_)
pub const INVALIDPARAMETERVALUE_DEDICATEDRESOURCEPACKNAME: &str =
    "InvalidParameterValue.DedicatedResourcePackName";

/// 未找到有效的专有资源包
pub const INVALIDPARAMETERVALUE_DEDICATEDRESOURCEPACKNOTVALID: &str =
    "InvalidParameterValue.DedicatedResourcePackNotValid";

/// 专有资源包ID与专有预扣资源类型不匹配
pub const INVALIDPARAMETERVALUE_DEDICATEDRESOURCEPACKTENANCYMISMATCH: &str =
    "InvalidParameterValue.DedicatedResourcePackTenancyMismatch";

/// 已经存在部署VPC。
pub const INVALIDPARAMETERVALUE_DEPLOYVPCALREADYEXISTS: &str =
    "InvalidParameterValue.DeployVpcAlreadyExists";

/// 置放群组ID格式错误。
pub const INVALIDPARAMETERVALUE_DISASTERRECOVERGROUPIDMALFORMED: &str =
    "InvalidParameterValue.DisasterRecoverGroupIdMalformed";

/// 参数值重复。
pub const INVALIDPARAMETERVALUE_DUPLICATE: &str = "InvalidParameterValue.Duplicate";

/// 重复标签。
pub const INVALIDPARAMETERVALUE_DUPLICATETAGS: &str = "InvalidParameterValue.DuplicateTags";

/// 弹性网卡数据不存在
pub const INVALIDPARAMETERVALUE_ELASTICNETWORKNOTEXIST: &str =
    "InvalidParameterValue.ElasticNetworkNotExist";

/// 弹性网卡数据vpc子网不匹配,必须为同vpc不同子网
pub const INVALIDPARAMETERVALUE_ELASTICNETWORKVPCSUBNETMISMATCH: &str =
    "InvalidParameterValue.ElasticNetworkVpcSubnetMismatch";

/// 实例的申请的外网IP个数超过了这种规格实例的外网ip配额。
pub const INVALIDPARAMETERVALUE_EXTERNALIPQUOTALIMITED: &str =
    "InvalidParameterValue.ExternalIpQuotaLimited";

/// 非GPU实例不允许转为GPU实例。
pub const INVALIDPARAMETERVALUE_GPUINSTANCEFAMILY: &str = "InvalidParameterValue.GPUInstanceFamily";

/// 非CDC场景不支持HpcClusterBusinessId。
pub const INVALIDPARAMETERVALUE_HPCCLUSTERBUSINESSIDNOTSUPPORTED: &str =
    "InvalidParameterValue.HpcClusterBusinessIdNotSupported";

/// 您的高性能计算集群已经绑定其他可用区，不能购买当前可用区机器。
pub const INVALIDPARAMETERVALUE_HPCCLUSTERIDZONEIDNOTMATCH: &str =
    "InvalidParameterValue.HpcClusterIdZoneIdNotMatch";

/// HostName参数值不合法
pub const INVALIDPARAMETERVALUE_ILLEGALHOSTNAME: &str = "InvalidParameterValue.IllegalHostName";

/// 传参格式不对。
pub const INVALIDPARAMETERVALUE_INCORRECTFORMAT: &str = "InvalidParameterValue.IncorrectFormat";

/// 实例ID不合要求，请提供规范的实例ID，类似ins-xxxxxxxx，字母x代表小写字符或数字。
pub const INVALIDPARAMETERVALUE_INSTANCEIDMALFORMED: &str =
    "InvalidParameterValue.InstanceIdMalformed";

/// 不支持操作不同计费方式的实例。
pub const INVALIDPARAMETERVALUE_INSTANCENOTSUPPORTEDMIXPRICINGMODEL: &str =
    "InvalidParameterValue.InstanceNotSupportedMixPricingModel";

/// 指定机型不存在
pub const INVALIDPARAMETERVALUE_INSTANCETYPENOTFOUND: &str =
    "InvalidParameterValue.InstanceTypeNotFound";

/// 实例类型不支持弹性网卡数据
pub const INVALIDPARAMETERVALUE_INSTANCETYPENOTSUPPORTELASTICNETWORKS: &str =
    "InvalidParameterValue.InstanceTypeNotSupportElasticNetworks";

/// 实例类型不可加入高性能计算集群。
pub const INVALIDPARAMETERVALUE_INSTANCETYPENOTSUPPORTHPCCLUSTER: &str =
    "InvalidParameterValue.InstanceTypeNotSupportHpcCluster";

/// 高性能计算实例需指定对应的高性能计算集群。
pub const INVALIDPARAMETERVALUE_INSTANCETYPEREQUIREDHPCCLUSTER: &str =
    "InvalidParameterValue.InstanceTypeRequiredHpcCluster";

/// 竞价数量不足。
pub const INVALIDPARAMETERVALUE_INSUFFICIENTOFFERING: &str =
    "InvalidParameterValue.InsufficientOffering";

/// 竞价失败。
pub const INVALIDPARAMETERVALUE_INSUFFICIENTPRICE: &str = "InvalidParameterValue.InsufficientPrice";

/// 无效的appid。
pub const INVALIDPARAMETERVALUE_INVALIDAPPIDFORMAT: &str =
    "InvalidParameterValue.InvalidAppIdFormat";

/// 不支持指定的启动模式。
pub const INVALIDPARAMETERVALUE_INVALIDBOOTMODE: &str = "InvalidParameterValue.InvalidBootMode";

/// 请检查存储桶的写入权限是否已放通。
pub const INVALIDPARAMETERVALUE_INVALIDBUCKETPERMISSIONFOREXPORT: &str =
    "InvalidParameterValue.InvalidBucketPermissionForExport";

/// 参数 FileNamePrefixList 的长度与 ImageIds 或 SnapshotIds 不匹配。
pub const INVALIDPARAMETERVALUE_INVALIDFILENAMEPREFIXLIST: &str =
    "InvalidParameterValue.InvalidFileNamePrefixList";

/// 不支持转为非GPU或其他类型GPU实例。
pub const INVALIDPARAMETERVALUE_INVALIDGPUFAMILYCHANGE: &str =
    "InvalidParameterValue.InvalidGPUFamilyChange";

/// 错误格式的镜像族名称
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEFAMILY: &str =
    "InvalidParameterValue.InvalidImageFamily";

/// 镜像ID不支持指定的实例机型。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEFORGIVENINSTANCETYPE: &str =
    "InvalidParameterValue.InvalidImageForGivenInstanceType";

/// 当前镜像为RAW格式，无法创建CVM，建议您选择其他镜像。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEFORMAT: &str =
    "InvalidParameterValue.InvalidImageFormat";

/// 镜像不允许执行该操作
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEID: &str = "InvalidParameterValue.InvalidImageId";

/// 镜像无法用于重装当前实例。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEIDFORRETSETINSTANCE: &str =
    "InvalidParameterValue.InvalidImageIdForRetsetInstance";

/// 指定的镜像ID为共享镜像。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEIDISSHARED: &str =
    "InvalidParameterValue.InvalidImageIdIsShared";

/// 当前地域不支持指定镜像所包含的操作系统。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEOSNAME: &str =
    "InvalidParameterValue.InvalidImageOsName";

/// 镜像被其他操作占用，请检查，并稍后重试。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGESTATE: &str = "InvalidParameterValue.InvalidImageState";

/// 该实例配置来自免费升配活动，暂不支持3个月内进行降配。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCESOURCE: &str =
    "InvalidParameterValue.InvalidInstanceSource";

/// 该机型不支持周期合约
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCETYPEPERIODICCONTRACT: &str =
    "InvalidParameterValue.InvalidInstanceTypePeriodicContract";

/// 指定机型不支持包销付费模式。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCETYPEUNDERWRITE: &str =
    "InvalidParameterValue.InvalidInstanceTypeUnderwrite";

/// IP地址不符合规范
pub const INVALIDPARAMETERVALUE_INVALIDIPFORMAT: &str = "InvalidParameterValue.InvalidIpFormat";

/// 实例启动模板描述格式错误。
pub const INVALIDPARAMETERVALUE_INVALIDLAUNCHTEMPLATEDESCRIPTION: &str =
    "InvalidParameterValue.InvalidLaunchTemplateDescription";

/// 实例启动模板名称格式错误。
pub const INVALIDPARAMETERVALUE_INVALIDLAUNCHTEMPLATENAME: &str =
    "InvalidParameterValue.InvalidLaunchTemplateName";

/// 实例启动模板描述格式错误。
pub const INVALIDPARAMETERVALUE_INVALIDLAUNCHTEMPLATEVERSIONDESCRIPTION: &str =
    "InvalidParameterValue.InvalidLaunchTemplateVersionDescription";

/// 许可证类型不可用。
pub const INVALIDPARAMETERVALUE_INVALIDLICENSETYPE: &str =
    "InvalidParameterValue.InvalidLicenseType";

/// 指定的弹性网卡id非vrdma网卡
pub const INVALIDPARAMETERVALUE_INVALIDNETWORKINTERFACEID: &str =
    "InvalidParameterValue.InvalidNetworkInterfaceId";

/// 参数MinCount的值必须小于InstanceCount
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERMINCOUNT: &str =
    "InvalidParameterValue.InvalidParameterMinCount";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.InvalidParameterValueLimit";

/// 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
pub const INVALIDPARAMETERVALUE_INVALIDPASSWORD: &str = "InvalidParameterValue.InvalidPassword";

/// Region ID不可用。
pub const INVALIDPARAMETERVALUE_INVALIDREGION: &str = "InvalidParameterValue.InvalidRegion";

/// 时间格式不合法。
pub const INVALIDPARAMETERVALUE_INVALIDTIMEFORMAT: &str = "InvalidParameterValue.InvalidTimeFormat";

/// UserData格式错误, 需要base64编码格式
pub const INVALIDPARAMETERVALUE_INVALIDUSERDATAFORMAT: &str =
    "InvalidParameterValue.InvalidUserDataFormat";

/// 无效的模糊查询字符串。
pub const INVALIDPARAMETERVALUE_INVALIDVAGUENAME: &str = "InvalidParameterValue.InvalidVagueName";

/// 这个特别的VpcId or SubnetId在弹性网库数据结构未发现
pub const INVALIDPARAMETERVALUE_INVALIDVPCIDSUBNETIDNOTFOUND: &str =
    "InvalidParameterValue.InvalidVpcIdSubnetIdNotFound";

/// IP格式非法。
pub const INVALIDPARAMETERVALUE_IPADDRESSMALFORMED: &str =
    "InvalidParameterValue.IPAddressMalformed";

/// ipv6地址无效
pub const INVALIDPARAMETERVALUE_IPV6ADDRESSMALFORMED: &str =
    "InvalidParameterValue.IPv6AddressMalformed";

/// ISO文件必须强制导入
pub const INVALIDPARAMETERVALUE_ISOMUSTIMPORTBYFORCE: &str =
    "InvalidParameterValue.ISOMustImportByForce";

/// 边缘可用区不支持这个运营商。
pub const INVALIDPARAMETERVALUE_ISPNOTSUPPORTFOREDGEZONE: &str =
    "InvalidParameterValue.IspNotSupportForEdgeZone";

/// 重复指定了运营商参数值。
pub const INVALIDPARAMETERVALUE_ISPVALUEREPEATED: &str = "InvalidParameterValue.IspValueRepeated";

/// 请确认密钥是否存在。
pub const INVALIDPARAMETERVALUE_KEYPAIRNOTFOUND: &str = "InvalidParameterValue.KeyPairNotFound";

/// 指定的密钥不支持当前操作。
pub const INVALIDPARAMETERVALUE_KEYPAIRNOTSUPPORTED: &str =
    "InvalidParameterValue.KeyPairNotSupported";

/// 不支持删除默认启动模板版本。
pub const INVALIDPARAMETERVALUE_LAUNCHTEMPLATEDEFAULTVERSION: &str =
    "InvalidParameterValue.LaunchTemplateDefaultVersion";

/// 实例启动模板ID格式错误，请提供规范的实例启动模板ID，类似lt-xxxxxxxx，字母x代表小写字符或者数字。
pub const INVALIDPARAMETERVALUE_LAUNCHTEMPLATEIDMALFORMED: &str =
    "InvalidParameterValue.LaunchTemplateIdMalformed";

/// 实例启动模板ID不存在。
pub const INVALIDPARAMETERVALUE_LAUNCHTEMPLATEIDNOTEXISTED: &str =
    "InvalidParameterValue.LaunchTemplateIdNotExisted";

/// 实例启动模板和版本ID组合不存在。
pub const INVALIDPARAMETERVALUE_LAUNCHTEMPLATEIDVERNOTEXISTED: &str =
    "InvalidParameterValue.LaunchTemplateIdVerNotExisted";

/// 指定的实例启动模板id不存在。
pub const INVALIDPARAMETERVALUE_LAUNCHTEMPLATEIDVERSETALREADY: &str =
    "InvalidParameterValue.LaunchTemplateIdVerSetAlready";

/// 实例启动模板未找到。
pub const INVALIDPARAMETERVALUE_LAUNCHTEMPLATENOTFOUND: &str =
    "InvalidParameterValue.LaunchTemplateNotFound";

/// 无效的实例启动模板版本号。
pub const INVALIDPARAMETERVALUE_LAUNCHTEMPLATEVERSION: &str =
    "InvalidParameterValue.LaunchTemplateVersion";

/// 参数值数量超过限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 本地盘的限制范围。
pub const INVALIDPARAMETERVALUE_LOCALDISKSIZERANGE: &str =
    "InvalidParameterValue.LocalDiskSizeRange";

/// 专属可用区本地COS集群缺少endpoint配置
pub const INVALIDPARAMETERVALUE_MISSINGLOCATIONCOSENDPOINT: &str =
    "InvalidParameterValue.MissingLocationCosEndpoint";

/// 参数值必须为开启DHCP的VPC
pub const INVALIDPARAMETERVALUE_MUSTDHCPENABLEDVPC: &str =
    "InvalidParameterValue.MustDhcpEnabledVpc";

/// 参数值必须为开启弹性rdma接口
pub const INVALIDPARAMETERVALUE_MUSTENABLEDISRDMA: &str = "InvalidParameterValue.MustEnabledIsRdma";

/// 子网不属于该cdc集群。
pub const INVALIDPARAMETERVALUE_NOTCDCSUBNET: &str = "InvalidParameterValue.NotCdcSubnet";

/// 输入参数值不能为空。
pub const INVALIDPARAMETERVALUE_NOTEMPTY: &str = "InvalidParameterValue.NotEmpty";

/// 不支持的操作。
pub const INVALIDPARAMETERVALUE_NOTSUPPORTED: &str = "InvalidParameterValue.NotSupported";

/// 该机型不支持预热
pub const INVALIDPARAMETERVALUE_PREHEATNOTSUPPORTEDINSTANCETYPE: &str =
    "InvalidParameterValue.PreheatNotSupportedInstanceType";

/// 该可用区目前不支持预热功能
pub const INVALIDPARAMETERVALUE_PREHEATNOTSUPPORTEDZONE: &str =
    "InvalidParameterValue.PreheatNotSupportedZone";

/// 预热地域不可用，请检查预热地域是否正确。
pub const INVALIDPARAMETERVALUE_PREHEATUNAVAILABLEZONES: &str =
    "InvalidParameterValue.PreheatUnavailableZones";

/// 无效参数值。参数值取值范围不合法。
pub const INVALIDPARAMETERVALUE_RANGE: &str = "InvalidParameterValue.Range";

/// 请求需要区域镜像。
pub const INVALIDPARAMETERVALUE_REQUIREDLOCATIONIMAGE: &str =
    "InvalidParameterValue.RequiredLocationImage";

/// 指定的资源池ID格式错误。请确保在请求中提供完整的资源池ID，格式为`rpp-xxxxxxxx`
pub const INVALIDPARAMETERVALUE_RESOURCEPOOLPACKIDMALFORMED: &str =
    "InvalidParameterValue.ResourcePoolPackIdMalformed";

/// 指定的资源池状态不符合预期
pub const INVALIDPARAMETERVALUE_RESOURCEPOOLPACKSTATUS: &str =
    "InvalidParameterValue.ResourcePoolPackStatus";

/// 指定的资源池类型无效
pub const INVALIDPARAMETERVALUE_RESOURCEPOOLPACKTYPENOTSUPPORTED: &str =
    "InvalidParameterValue.ResourcePoolPackTypeNotSupported";

/// 快照ID不合要求，请提供规范的快照ID，类似snap-xxxxxxxx，字母x代表小写字符或者数字
pub const INVALIDPARAMETERVALUE_SNAPSHOTIDMALFORMED: &str =
    "InvalidParameterValue.SnapshotIdMalformed";

/// 子网ID不合要求，请提供规范的子网ID，类似subnet-xxxxxxxx，字母x代表小写字符或者数字
pub const INVALIDPARAMETERVALUE_SUBNETIDMALFORMED: &str = "InvalidParameterValue.SubnetIdMalformed";

/// 子网ID所在可用区与实例所在区不匹配。
pub const INVALIDPARAMETERVALUE_SUBNETIDZONEIDNOTMATCH: &str =
    "InvalidParameterValue.SubnetIdZoneIdNotMatch";

/// 创建失败，您指定的子网不存在，请您重新指定
pub const INVALIDPARAMETERVALUE_SUBNETNOTEXIST: &str = "InvalidParameterValue.SubnetNotExist";

/// 指定的标签不存在。
pub const INVALIDPARAMETERVALUE_TAGKEYNOTFOUND: &str = "InvalidParameterValue.TagKeyNotFound";

/// 标签配额超限。
pub const INVALIDPARAMETERVALUE_TAGQUOTALIMITEXCEEDED: &str =
    "InvalidParameterValue.TagQuotaLimitExceeded";

/// 每核心线程数不合法。
pub const INVALIDPARAMETERVALUE_THREADPERCOREVALUE: &str =
    "InvalidParameterValue.ThreadPerCoreValue";

/// 参数值超过最大限制。
pub const INVALIDPARAMETERVALUE_TOOLARGE: &str = "InvalidParameterValue.TooLarge";

/// 无效参数值。参数值太长。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// uuid不合要求。
pub const INVALIDPARAMETERVALUE_UUIDMALFORMED: &str = "InvalidParameterValue.UuidMalformed";

/// VPC ID`xxx`不合要求，请提供规范的Vpc ID， 类似vpc-xxxxxxxx，字母x代表小写字符或者数字。
pub const INVALIDPARAMETERVALUE_VPCIDMALFORMED: &str = "InvalidParameterValue.VpcIdMalformed";

/// 指定的VpcId不存在。
pub const INVALIDPARAMETERVALUE_VPCIDNOTEXIST: &str = "InvalidParameterValue.VpcIdNotExist";

/// 指定的VpcId和SubnetId不匹配。
pub const INVALIDPARAMETERVALUE_VPCIDSUBNETIDNOTMATCH: &str =
    "InvalidParameterValue.VpcIdSubnetIdNotMatch";

/// VPC网络与实例不在同一可用区
pub const INVALIDPARAMETERVALUE_VPCIDZONEIDNOTMATCH: &str =
    "InvalidParameterValue.VpcIdZoneIdNotMatch";

/// 该VPC不支持ipv6。
pub const INVALIDPARAMETERVALUE_VPCNOTSUPPORTIPV6ADDRESS: &str =
    "InvalidParameterValue.VpcNotSupportIpv6Address";

/// 请求不支持该可用区
pub const INVALIDPARAMETERVALUE_ZONENOTSUPPORTED: &str = "InvalidParameterValue.ZoneNotSupported";

/// 最多指定一个参数。
pub const INVALIDPARAMETER_ATMOSTONE: &str = "InvalidParameter.AtMostOne";

/// 不支持自动制作快照。
pub const INVALIDPARAMETER_AUTOSNAPSHOTNOTSUPPORTED: &str =
    "InvalidParameter.AutoSnapshotNotSupported";

/// 不支持参数CdcId。
pub const INVALIDPARAMETER_CDCNOTSUPPORTED: &str = "InvalidParameter.CdcNotSupported";

/// CDZ不支持实例跨区迁移
pub const INVALIDPARAMETER_CDZNOTSUPPORTED: &str = "InvalidParameter.CdzNotSupported";

/// DataDiskIds不应该传入RootDisk的Id。
pub const INVALIDPARAMETER_DATADISKIDCONTAINSROOTDISK: &str =
    "InvalidParameter.DataDiskIdContainsRootDisk";

/// 指定的数据盘不属于指定的实例。
pub const INVALIDPARAMETER_DATADISKNOTBELONGSPECIFIEDINSTANCE: &str =
    "InvalidParameter.DataDiskNotBelongSpecifiedInstance";

/// 只能包含一个系统盘快照。
pub const INVALIDPARAMETER_DUPLICATESYSTEMSNAPSHOTS: &str =
    "InvalidParameter.DuplicateSystemSnapshots";

/// 边缘可用区指定三网外网IP参数需要先指定主ip外网IP参数。
pub const INVALIDPARAMETER_EDGEZONEMISSINTERNETACCESSIBLE: &str =
    "InvalidParameter.EdgeZoneMissInternetAccessible";

/// 指定的CDH母机不支持自定义类型的子机规格
pub const INVALIDPARAMETER_HOSTIDCUSTOMIZEDINSTANCETYPENOTSUPPORT: &str =
    "InvalidParameter.HostIdCustomizedInstanceTypeNotSupport";

/// 指定的CDH母机不支持该子机机型规格
pub const INVALIDPARAMETER_HOSTIDINSTANCETYPENOTSUPPORT: &str =
    "InvalidParameter.HostIdInstanceTypeNotSupport";

/// 指定的CDH母机不支持标准类型的子机规格
pub const INVALIDPARAMETER_HOSTIDSTANDARDINSTANCETYPENOTSUPPORT: &str =
    "InvalidParameter.HostIdStandardInstanceTypeNotSupport";

/// 该主机当前状态不支持该操作。
pub const INVALIDPARAMETER_HOSTIDSTATUSNOTSUPPORT: &str = "InvalidParameter.HostIdStatusNotSupport";

/// 指定的hostName不符合规范。
pub const INVALIDPARAMETER_HOSTNAMEILLEGAL: &str = "InvalidParameter.HostNameIllegal";

/// 参数ImageIds和SnapshotIds必须有且仅有一个。
pub const INVALIDPARAMETER_IMAGEIDSSNAPSHOTIDSMUSTONE: &str =
    "InvalidParameter.ImageIdsSnapshotIdsMustOne";

/// 当前接口不支持实例镜像。
pub const INVALIDPARAMETER_INSTANCEIMAGENOTSUPPORT: &str =
    "InvalidParameter.InstanceImageNotSupport";

/// 指定机型不支持。
pub const INVALIDPARAMETER_INSTANCETYPENOTSUPPORT: &str = "InvalidParameter.InstanceTypeNotSupport";

/// 不存在支持指定子机规格的CDH母机
pub const INVALIDPARAMETER_INSTANCETYPESUPPORTEDHOSTNOTFOUND: &str =
    "InvalidParameter.InstanceTypeSupportedHostNotFound";

/// 不支持设置公网带宽相关信息。
pub const INVALIDPARAMETER_INTERNETACCESSIBLENOTSUPPORTED: &str =
    "InvalidParameter.InternetAccessibleNotSupported";

/// 云盘资源售罄。
pub const INVALIDPARAMETER_INVALIDCLOUDDISKSOLDOUT: &str =
    "InvalidParameter.InvalidCloudDiskSoldOut";

/// 参数依赖不正确。
pub const INVALIDPARAMETER_INVALIDDEPENDENCE: &str = "InvalidParameter.InvalidDependence";

/// 当前操作不支持该类型实例。
pub const INVALIDPARAMETER_INVALIDINSTANCENOTSUPPORTED: &str =
    "InvalidParameter.InvalidInstanceNotSupported";

/// 指定的私有网络ip格式不正确。
pub const INVALIDPARAMETER_INVALIDIPFORMAT: &str = "InvalidParameter.InvalidIpFormat";

/// 指定的 KMS 密钥 ID 非法。
pub const INVALIDPARAMETER_INVALIDKMSKEYID: &str = "InvalidParameter.InvalidKmsKeyId";

/// 不能同时指定ImageIds和Filters。
pub const INVALIDPARAMETER_INVALIDPARAMETERCOEXISTIMAGEIDSFILTERS: &str =
    "InvalidParameter.InvalidParameterCoexistImageIdsFilters";

/// 错误的url地址。
pub const INVALIDPARAMETER_INVALIDPARAMETERURLERROR: &str =
    "InvalidParameter.InvalidParameterUrlError";

/// 输入的 TargetOSType 非法
pub const INVALIDPARAMETER_INVALIDTARGETOSTYPE: &str = "InvalidParameter.InvalidTargetOSType";

/// CoreCount和ThreadPerCore必须同时提供。
pub const INVALIDPARAMETER_LACKCORECOUNTORTHREADPERCORE: &str =
    "InvalidParameter.LackCoreCountOrThreadPerCore";

/// 本地数据盘不支持创建实例镜像。
pub const INVALIDPARAMETER_LOCALDATADISKNOTSUPPORT: &str =
    "InvalidParameter.LocalDataDiskNotSupport";

/// 仅是边缘可用区支持这个参数。
pub const INVALIDPARAMETER_ONLYSUPPORTFOREDGEZONE: &str = "InvalidParameter.OnlySupportForEdgeZone";

/// 不支持同时指定密钥登录和保持镜像登录方式。
pub const INVALIDPARAMETER_PARAMETERCONFLICT: &str = "InvalidParameter.ParameterConflict";

/// 不支持设置登录密码。
pub const INVALIDPARAMETER_PASSWORDNOTSUPPORTED: &str = "InvalidParameter.PasswordNotSupported";

/// 指定的快照不存在。
pub const INVALIDPARAMETER_SNAPSHOTNOTFOUND: &str = "InvalidParameter.SnapshotNotFound";

/// 这个参数需要开启白名单才可以使用。
pub const INVALIDPARAMETER_SPECIALPARAMETERFORSPECIALACCOUNT: &str =
    "InvalidParameter.SpecialParameterForSpecialAccount";

/// 多选一必选参数缺失。
pub const INVALIDPARAMETER_SPECIFYONEPARAMETER: &str = "InvalidParameter.SpecifyOneParameter";

/// 不支持Swap盘。
pub const INVALIDPARAMETER_SWAPDISKNOTSUPPORT: &str = "InvalidParameter.SwapDiskNotSupport";

/// 参数不包含系统盘快照。
pub const INVALIDPARAMETER_SYSTEMSNAPSHOTNOTFOUND: &str = "InvalidParameter.SystemSnapshotNotFound";

/// 参数长度超过限制。
pub const INVALIDPARAMETER_VALUETOOLARGE: &str = "InvalidParameter.ValueTooLarge";

/// 无效密码。指定的密码不符合密码复杂度限制。例如密码长度不符合限制等。
pub const INVALIDPASSWORD: &str = "InvalidPassword";

/// 无效时长。目前只支持时长：[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 24, 36]，单位：月。
pub const INVALIDPERIOD: &str = "InvalidPeriod";

/// 账户不支持该操作。
pub const INVALIDPERMISSION: &str = "InvalidPermission";

/// 无效的项目ID，指定的项目ID不存在。
pub const INVALIDPROJECTID_NOTFOUND: &str = "InvalidProjectId.NotFound";

/// 无效密钥公钥。指定公钥已经存在。
pub const INVALIDPUBLICKEY_DUPLICATE: &str = "InvalidPublicKey.Duplicate";

/// 无效密钥公钥。指定公钥格式错误，不符合`OpenSSH RSA`格式要求。
pub const INVALIDPUBLICKEY_MALFORMED: &str = "InvalidPublicKey.Malformed";

/// 未找到该区域。
pub const INVALIDREGION_NOTFOUND: &str = "InvalidRegion.NotFound";

/// 该区域目前不支持同步镜像。
pub const INVALIDREGION_UNAVAILABLE: &str = "InvalidRegion.Unavailable";

/// 指定的`安全组ID`不存在。
pub const INVALIDSECURITYGROUPID_NOTFOUND: &str = "InvalidSecurityGroupId.NotFound";

/// 指定的`安全组ID`格式错误，例如`实例ID`长度错误`sg-ide32`。
pub const INVALIDSGID_MALFORMED: &str = "InvalidSgId.Malformed";

/// 指定的`zone`不存在。
pub const INVALIDZONE_MISMATCHREGION: &str = "InvalidZone.MismatchRegion";

/// 一个实例绑定安全组数量不能超过5个
pub const LIMITEXCEEDED_ASSOCIATEUSGLIMITEXCEEDED: &str = "LimitExceeded.AssociateUSGLimitExceeded";

/// 已达到可购买实例的配额上限。
pub const LIMITEXCEEDED_CVMINSTANCEQUOTA: &str = "LimitExceeded.CvmInstanceQuota";

/// 安全组关联云主机弹性网卡配额超限。
pub const LIMITEXCEEDED_CVMSVIFSPERSECGROUPLIMITEXCEEDED: &str =
    "LimitExceeded.CvmsVifsPerSecGroupLimitExceeded";

/// 指定置放群组配额不足。
pub const LIMITEXCEEDED_DISASTERRECOVERGROUP: &str = "LimitExceeded.DisasterRecoverGroup";

/// 特定实例包含的某个ENI的EIP数量已超过目标实例类型的EIP允许的最大值，请删除部分EIP后重试。
pub const LIMITEXCEEDED_EIPNUMLIMIT: &str = "LimitExceeded.EipNumLimit";

/// 网卡数量超过实例上限。
pub const LIMITEXCEEDED_ENILIMITINSTANCETYPE: &str = "LimitExceeded.EniLimitInstanceType";

/// 特定实例当前ENI数量已超过目标实例类型的ENI允许的最大值，需删除部分ENI后重试。
pub const LIMITEXCEEDED_ENINUMLIMIT: &str = "LimitExceeded.EniNumLimit";

/// 正在运行中的镜像导出任务已达上限，请等待已有任务完成后，再次发起重试。
pub const LIMITEXCEEDED_EXPORTIMAGETASKLIMITEXCEEDED: &str =
    "LimitExceeded.ExportImageTaskLimitExceeded";

/// 已达创建高性能计算集群数的上限。
pub const LIMITEXCEEDED_HPCCLUSTERQUOTA: &str = "LimitExceeded.HpcClusterQuota";

/// 实例指定的弹性网卡数目超过了实例弹性网卡数目配额。
pub const LIMITEXCEEDED_INSTANCEENINUMLIMIT: &str = "LimitExceeded.InstanceEniNumLimit";

/// 当前配额不足够生产指定数量的实例
pub const LIMITEXCEEDED_INSTANCEQUOTA: &str = "LimitExceeded.InstanceQuota";

/// 目标实例规格不支持当前规格的外网带宽上限，不支持调整。具体可参考[公网网络带宽上限](https://cloud.tencent.com/document/product/213/12523)。
pub const LIMITEXCEEDED_INSTANCETYPEBANDWIDTH: &str = "LimitExceeded.InstanceTypeBandwidth";

/// IP数量超过网卡上限。
pub const LIMITEXCEEDED_IPV6ADDRESSNUM: &str = "LimitExceeded.IPv6AddressNum";

/// 实例启动模板数量超限。
pub const LIMITEXCEEDED_LAUNCHTEMPLATEQUOTA: &str = "LimitExceeded.LaunchTemplateQuota";

/// 实例启动模板版本数量超限。
pub const LIMITEXCEEDED_LAUNCHTEMPLATEVERSIONQUOTA: &str =
    "LimitExceeded.LaunchTemplateVersionQuota";

/// 您在该可用区的预热额度已达上限，建议取消不再使用的快照预热
pub const LIMITEXCEEDED_PREHEATIMAGESNAPSHOTOUTOFQUOTA: &str =
    "LimitExceeded.PreheatImageSnapshotOutOfQuota";

/// 预付费实例已购买数量已达到最大配额，请提升配额后重试。
pub const LIMITEXCEEDED_PREPAYQUOTA: &str = "LimitExceeded.PrepayQuota";

/// 包销付费实例已购买数量已达到最大配额。
pub const LIMITEXCEEDED_PREPAYUNDERWRITEQUOTA: &str = "LimitExceeded.PrepayUnderwriteQuota";

/// 安全组限额不足
pub const LIMITEXCEEDED_SINGLEUSGQUOTA: &str = "LimitExceeded.SingleUSGQuota";

/// 竞价实例类型配额不足
pub const LIMITEXCEEDED_SPOTQUOTA: &str = "LimitExceeded.SpotQuota";

/// 标签绑定的资源数量已达到配额限制。
pub const LIMITEXCEEDED_TAGRESOURCEQUOTA: &str = "LimitExceeded.TagResourceQuota";

/// 退还失败，退还配额已达上限。
pub const LIMITEXCEEDED_USERRETURNQUOTA: &str = "LimitExceeded.UserReturnQuota";

/// 竞价实例配额不足
pub const LIMITEXCEEDED_USERSPOTQUOTA: &str = "LimitExceeded.UserSpotQuota";

/// 子网IP不足
pub const LIMITEXCEEDED_VPCSUBNETNUM: &str = "LimitExceeded.VpcSubnetNum";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少必要参数，请至少提供一个参数。
pub const MISSINGPARAMETER_ATLEASTONE: &str = "MissingParameter.AtLeastOne";

/// DPDK实例机型要求VPC网络
pub const MISSINGPARAMETER_DPDKINSTANCETYPEREQUIREDVPC: &str =
    "MissingParameter.DPDKInstanceTypeRequiredVPC";

/// 该实例类型必须开启云监控服务
pub const MISSINGPARAMETER_MONITORSERVICE: &str = "MissingParameter.MonitorService";

/// 同样的任务正在运行。
pub const MUTEXOPERATION_TASKRUNNING: &str = "MutexOperation.TaskRunning";

/// 不支持该账户的操作。
pub const OPERATIONDENIED_ACCOUNTNOTSUPPORTED: &str = "OperationDenied.AccountNotSupported";

/// CHC的部署配置非法。
pub const OPERATIONDENIED_CHCDEPLOYCONFIGINVALID: &str = "OperationDenied.ChcDeployConfigInvalid";

/// chc物理服务器当前状态不支持此项操作
pub const OPERATIONDENIED_CHCHOSTSTATENOTSUPPORTED: &str =
    "OperationDenied.ChcHostStateNotSupported";

/// 不允许未配置部署网络的CHC安装云上镜像。
pub const OPERATIONDENIED_CHCINSTALLCLOUDIMAGEWITHOUTDEPLOYNETWORK: &str =
    "OperationDenied.ChcInstallCloudImageWithoutDeployNetwork";

/// 禁止管控账号操作。
pub const OPERATIONDENIED_INNERUSERPROHIBITACTION: &str = "OperationDenied.InnerUserProhibitAction";

/// 实例正在执行其他操作，请稍后再试。
pub const OPERATIONDENIED_INSTANCEOPERATIONINPROGRESS: &str =
    "OperationDenied.InstanceOperationInProgress";

/// 非带宽上移用户不允许申请边缘可用区外网IP。
pub const OPERATIONDENIED_NOTBANDWIDTHSHIFTUPUSERAPPLYEDGEZONEEIP: &str =
    "OperationDenied.NotBandwidthShiftUpUserApplyEdgeZoneEip";

/// 镜像共享超过配额。
pub const OVERQUOTA: &str = "OverQuota";

/// 该地域不支持导入镜像。
pub const REGIONABILITYLIMIT_UNSUPPORTEDTOIMPORTIMAGE: &str =
    "RegionAbilityLimit.UnsupportedToImportImage";

/// 该可用区已售罄
pub const RESOURCEINSUFFICIENT_AVAILABILITYZONESOLDOUT: &str =
    "ResourceInsufficient.AvailabilityZoneSoldOut";

/// 网段资源不足。
pub const RESOURCEINSUFFICIENT_CIDRBLOCK: &str = "ResourceInsufficient.CidrBlock";

/// 指定的云盘规格已售罄
pub const RESOURCEINSUFFICIENT_CLOUDDISKSOLDOUT: &str = "ResourceInsufficient.CloudDiskSoldOut";

/// 云盘参数不符合规范
pub const RESOURCEINSUFFICIENT_CLOUDDISKUNAVAILABLE: &str =
    "ResourceInsufficient.CloudDiskUnavailable";

/// 实例个数超过容灾组的配额
pub const RESOURCEINSUFFICIENT_DISASTERRECOVERGROUPCVMQUOTA: &str =
    "ResourceInsufficient.DisasterRecoverGroupCvmQuota";

/// 安全组资源配额不足。
pub const RESOURCEINSUFFICIENT_INSUFFICIENTGROUPQUOTA: &str =
    "ResourceInsufficient.InsufficientGroupQuota";

/// 库存不满足最小数量。
pub const RESOURCEINSUFFICIENT_INSUFFICIENTOFFERINGMINIMUM: &str =
    "ResourceInsufficient.InsufficientOfferingMinimum";

/// 指定的实例类型库存不足。
pub const RESOURCEINSUFFICIENT_SPECIFIEDINSTANCETYPE: &str =
    "ResourceInsufficient.SpecifiedInstanceType";

/// 指定的实例类型在选择的可用区已售罄。
pub const RESOURCEINSUFFICIENT_ZONESOLDOUTFORSPECIFIEDINSTANCE: &str =
    "ResourceInsufficient.ZoneSoldOutForSpecifiedInstance";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 磁盘回滚正在执行中，请稍后再试。
pub const RESOURCEINUSE_DISKROLLBACKING: &str = "ResourceInUse.DiskRollbacking";

/// 高性能计算集群使用中。
pub const RESOURCEINUSE_HPCCLUSTER: &str = "ResourceInUse.HpcCluster";

/// 高性能计算集群不存在。
pub const RESOURCENOTFOUND_HPCCLUSTER: &str = "ResourceNotFound.HpcCluster";

/// 实例ID未找到。
pub const RESOURCENOTFOUND_INVALIDINSTANCEIDNOTFOUND: &str =
    "ResourceNotFound.InvalidInstanceIdNotFound";

/// 指定的置放群组不存在。
pub const RESOURCENOTFOUND_INVALIDPLACEMENTSET: &str = "ResourceNotFound.InvalidPlacementSet";

/// 可用区不支持此机型。
pub const RESOURCENOTFOUND_INVALIDZONEINSTANCETYPE: &str =
    "ResourceNotFound.InvalidZoneInstanceType";

/// 指定密钥对不存在。
pub const RESOURCENOTFOUND_KEYPAIRNOTFOUND: &str = "ResourceNotFound.KeyPairNotFound";

/// 无可用的缺省类型的CBS资源。
pub const RESOURCENOTFOUND_NODEFAULTCBS: &str = "ResourceNotFound.NoDefaultCbs";

/// 无可用的缺省类型的CBS资源。
pub const RESOURCENOTFOUND_NODEFAULTCBSWITHREASON: &str = "ResourceNotFound.NoDefaultCbsWithReason";

/// 指定的资源池ID不存在
pub const RESOURCENOTFOUND_RESOURCEPOOLPACKIDNOTFOUND: &str =
    "ResourceNotFound.ResourcePoolPackIdNotFound";

/// 该可用区已售罄
pub const RESOURCESSOLDOUT_AVAILABLEZONE: &str = "ResourcesSoldOut.AvailableZone";

/// 公网IP已售罄。
pub const RESOURCESSOLDOUT_EIPINSUFFICIENT: &str = "ResourcesSoldOut.EipInsufficient";

/// 指定的实例类型已售罄。
pub const RESOURCESSOLDOUT_SPECIFIEDINSTANCETYPE: &str = "ResourcesSoldOut.SpecifiedInstanceType";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 该可用区不售卖此机型
pub const RESOURCEUNAVAILABLE_INSTANCETYPE: &str = "ResourceUnavailable.InstanceType";

/// 快照正在创建过程中。
pub const RESOURCEUNAVAILABLE_SNAPSHOTCREATING: &str = "ResourceUnavailable.SnapshotCreating";

/// 安全组服务接口调用通用错误。
pub const SECGROUPACTIONFAILURE: &str = "SecGroupActionFailure";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 指定的镜像不属于用户。
pub const UNAUTHORIZEDOPERATION_IMAGENOTBELONGTOACCOUNT: &str =
    "UnauthorizedOperation.ImageNotBelongToAccount";

/// 请确认Token是否有效。
pub const UNAUTHORIZEDOPERATION_INVALIDTOKEN: &str = "UnauthorizedOperation.InvalidToken";

/// 您无法进行当前操作，请确认多因子认证（MFA）是否失效。
pub const UNAUTHORIZEDOPERATION_MFAEXPIRED: &str = "UnauthorizedOperation.MFAExpired";

/// 没有权限进行此操作，请确认是否存在多因子认证（MFA）。
pub const UNAUTHORIZEDOPERATION_MFANOTFOUND: &str = "UnauthorizedOperation.MFANotFound";

/// 无权操作指定的资源，请正确配置CAM策略。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 该操作暂不支持Arm机器。
pub const UNSUPPORTEDOPERATION_ARMARCHITECTURE: &str = "UnsupportedOperation.ArmArchitecture";

/// 指定的实例付费模式或者网络付费模式不支持共享带宽包
pub const UNSUPPORTEDOPERATION_BANDWIDTHPACKAGEIDNOTSUPPORTED: &str =
    "UnsupportedOperation.BandwidthPackageIdNotSupported";

/// cbs远端ssd盘不支持该操作
pub const UNSUPPORTEDOPERATION_CBSREMOTESSDNOTSUPPORT: &str =
    "UnsupportedOperation.CbsRemoteSsdNotSupport";

/// 实例使用商业镜像暂不支持调整付费模式。
pub const UNSUPPORTEDOPERATION_COMMERCIALIMAGECHANGECHARGETYPE: &str =
    "UnsupportedOperation.CommercialImageChangeChargeType";

/// 实例创建快照的时间距今不到24小时。
pub const UNSUPPORTEDOPERATION_DISKSNAPCREATETIMETOOOLD: &str =
    "UnsupportedOperation.DiskSnapCreateTimeTooOld";

/// 边缘可用区实例不支持此项操作。
pub const UNSUPPORTEDOPERATION_EDGEZONEINSTANCE: &str = "UnsupportedOperation.EdgeZoneInstance";

/// 所选择的边缘可用区不支持云盘操作。
pub const UNSUPPORTEDOPERATION_EDGEZONENOTSUPPORTCLOUDDISK: &str =
    "UnsupportedOperation.EdgeZoneNotSupportCloudDisk";

/// 边缘可用区不支持预扣资源包。
pub const UNSUPPORTEDOPERATION_EDGEZONENOTSUPPORTPURCHASERESERVED: &str =
    "UnsupportedOperation.EdgeZoneNotSupportPurchaseReserved";

/// 云服务器绑定了弹性网卡，请解绑弹性网卡后再切换私有网络。
pub const UNSUPPORTEDOPERATION_ELASTICNETWORKINTERFACE: &str =
    "UnsupportedOperation.ElasticNetworkInterface";

/// 不支持加密镜像。
pub const UNSUPPORTEDOPERATION_ENCRYPTEDIMAGESNOTSUPPORTED: &str =
    "UnsupportedOperation.EncryptedImagesNotSupported";

/// 异构机型不支持跨机型调整。
pub const UNSUPPORTEDOPERATION_HETEROGENEOUSCHANGEINSTANCEFAMILY: &str =
    "UnsupportedOperation.HeterogeneousChangeInstanceFamily";

/// 不支持未开启休眠功能的实例。
pub const UNSUPPORTEDOPERATION_HIBERNATIONFORNORMALINSTANCE: &str =
    "UnsupportedOperation.HibernationForNormalInstance";

/// 当前的镜像不支持休眠。
pub const UNSUPPORTEDOPERATION_HIBERNATIONOSVERSION: &str =
    "UnsupportedOperation.HibernationOsVersion";

/// 镜像大小超出限制，不支持导出。
pub const UNSUPPORTEDOPERATION_IMAGETOOLARGEEXPORTUNSUPPORTED: &str =
    "UnsupportedOperation.ImageTooLargeExportUnsupported";

/// 请求不支持该实例计费模式
pub const UNSUPPORTEDOPERATION_INSTANCECHARGETYPE: &str = "UnsupportedOperation.InstanceChargeType";

/// 不支持混合付费模式。
pub const UNSUPPORTEDOPERATION_INSTANCEMIXEDPRICINGMODEL: &str =
    "UnsupportedOperation.InstanceMixedPricingModel";

/// 不支持混合升配和降配实例。
pub const UNSUPPORTEDOPERATION_INSTANCEMIXEDRESETINSTANCETYPE: &str =
    "UnsupportedOperation.InstanceMixedResetInstanceType";

/// 中心可用区和边缘可用区实例不能混用批量操作。
pub const UNSUPPORTEDOPERATION_INSTANCEMIXEDZONETYPE: &str =
    "UnsupportedOperation.InstanceMixedZoneType";

/// 指定实例不支持操作系统转换。
pub const UNSUPPORTEDOPERATION_INSTANCEOSCONVERTOSNOTSUPPORT: &str =
    "UnsupportedOperation.InstanceOsConvertOsNotSupport";

/// 请求不支持操作系统为`Xserver windows2012cndatacenterx86_64`的实例`ins-xxxxxx` 。
pub const UNSUPPORTEDOPERATION_INSTANCEOSWINDOWS: &str = "UnsupportedOperation.InstanceOsWindows";

/// 当前实例为重装系统失败状态，不支持此操作；推荐您再次重装系统，也可以销毁/退还实例或提交工单
pub const UNSUPPORTEDOPERATION_INSTANCEREINSTALLFAILED: &str =
    "UnsupportedOperation.InstanceReinstallFailed";

/// 不支持不重启情况下修改Jumbo Frame状态
pub const UNSUPPORTEDOPERATION_INSTANCESENABLEJUMBOWITHOUTREBOOT: &str =
    "UnsupportedOperation.InstancesEnableJumboWithoutReboot";

/// 不支持已启用销毁保护的实例，请先到设置实例销毁保护，关闭实例销毁保护，然后重试。
pub const UNSUPPORTEDOPERATION_INSTANCESPROTECTED: &str = "UnsupportedOperation.InstancesProtected";

/// 该子机处于封禁状态，请联系相关人员处理。
pub const UNSUPPORTEDOPERATION_INSTANCESTATEBANNING: &str =
    "UnsupportedOperation.InstanceStateBanning";

/// 请求不支持永久故障的实例。
pub const UNSUPPORTEDOPERATION_INSTANCESTATECORRUPTED: &str =
    "UnsupportedOperation.InstanceStateCorrupted";

/// 请求不支持进入救援模式的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATEENTERRESCUEMODE: &str =
    "UnsupportedOperation.InstanceStateEnterRescueMode";

/// 不支持状态为 `ENTER_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。
pub const UNSUPPORTEDOPERATION_INSTANCESTATEENTERSERVICELIVEMIGRATE: &str =
    "UnsupportedOperation.InstanceStateEnterServiceLiveMigrate";

/// 请求不支持正在退出救援模式的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATEEXITRESCUEMODE: &str =
    "UnsupportedOperation.InstanceStateExitRescueMode";

/// 不支持状态为 `EXIT_SERVICE_LIVE_MIGRATE`.的实例 `ins-xxxxxx` 。
pub const UNSUPPORTEDOPERATION_INSTANCESTATEEXITSERVICELIVEMIGRATE: &str =
    "UnsupportedOperation.InstanceStateExitServiceLiveMigrate";

/// 操作不支持已冻结的实例。
pub const UNSUPPORTEDOPERATION_INSTANCESTATEFREEZING: &str =
    "UnsupportedOperation.InstanceStateFreezing";

/// 请求不支持正在隔离状态的实例。
pub const UNSUPPORTEDOPERATION_INSTANCESTATEISOLATING: &str =
    "UnsupportedOperation.InstanceStateIsolating";

/// 不支持操作创建失败的实例。
pub const UNSUPPORTEDOPERATION_INSTANCESTATELAUNCHFAILED: &str =
    "UnsupportedOperation.InstanceStateLaunchFailed";

/// 指定操作不支持非运行中状态的实例。
pub const UNSUPPORTEDOPERATION_INSTANCESTATENOTRUNNING: &str =
    "UnsupportedOperation.InstanceStateNotRunning";

/// 请求不支持创建未完成的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATEPENDING: &str =
    "UnsupportedOperation.InstanceStatePending";

/// 请求不支持正在重启的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATEREBOOTING: &str =
    "UnsupportedOperation.InstanceStateRebooting";

/// 请求不支持救援模式的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATERESCUEMODE: &str =
    "UnsupportedOperation.InstanceStateRescueMode";

/// 请求不支持开机状态的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATERUNNING: &str =
    "UnsupportedOperation.InstanceStateRunning";

/// 不支持正在服务迁移的实例，请稍后再试
pub const UNSUPPORTEDOPERATION_INSTANCESTATESERVICELIVEMIGRATE: &str =
    "UnsupportedOperation.InstanceStateServiceLiveMigrate";

/// 请求不支持隔离状态的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATESHUTDOWN: &str =
    "UnsupportedOperation.InstanceStateShutdown";

/// 实例开机中，不允许该操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATESTARTING: &str =
    "UnsupportedOperation.InstanceStateStarting";

/// 请求不支持已关机的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATESTOPPED: &str =
    "UnsupportedOperation.InstanceStateStopped";

/// 请求不支持正在关机的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATESTOPPING: &str =
    "UnsupportedOperation.InstanceStateStopping";

/// 不支持已销毁的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATETERMINATED: &str =
    "UnsupportedOperation.InstanceStateTerminated";

/// 请求不支持正在销毁的实例
pub const UNSUPPORTEDOPERATION_INSTANCESTATETERMINATING: &str =
    "UnsupportedOperation.InstanceStateTerminating";

/// 实例类型不支持设置`Confidentiality` 状态
pub const UNSUPPORTEDOPERATION_INSTANCETYPENOTSUPPORTCONFIDENTIALITY: &str =
    "UnsupportedOperation.InstanceTypeNotSupportConfidentiality";

/// 实例类型不支持设置`GridDriverService` 状态
pub const UNSUPPORTEDOPERATION_INSTANCETYPENOTSUPPORTGRIDLICENCE: &str =
    "UnsupportedOperation.InstanceTypeNotSupportGridLicence";

/// 实例类型不支持设置 HighDensityMode 状态
pub const UNSUPPORTEDOPERATION_INSTANCETYPENOTSUPPORTHIGHDENSITYMODESETTING: &str =
    "UnsupportedOperation.InstanceTypeNotSupportHighDensityModeSetting";

/// 实例类型不支持设置`EnableJumboFrame` 状态
pub const UNSUPPORTEDOPERATION_INSTANCETYPENOTSUPPORTJUMBOFRAME: &str =
    "UnsupportedOperation.InstanceTypeNotSupportJumboFrame";

/// 用户创建高性能集群配额已达上限。
pub const UNSUPPORTEDOPERATION_INSUFFICIENTCLUSTERQUOTA: &str =
    "UnsupportedOperation.InsufficientClusterQuota";

/// 不支持调整数据盘。
pub const UNSUPPORTEDOPERATION_INVALIDDATADISK: &str = "UnsupportedOperation.InvalidDataDisk";

/// 不支持指定的磁盘
pub const UNSUPPORTEDOPERATION_INVALIDDISK: &str = "UnsupportedOperation.InvalidDisk";

/// 不支持带有云硬盘备份点。
pub const UNSUPPORTEDOPERATION_INVALIDDISKBACKUPQUOTA: &str =
    "UnsupportedOperation.InvalidDiskBackupQuota";

/// 不支持极速回滚。
pub const UNSUPPORTEDOPERATION_INVALIDDISKFASTROLLBACK: &str =
    "UnsupportedOperation.InvalidDiskFastRollback";

/// 镜像许可类型与实例不符，请选择其他镜像。
pub const UNSUPPORTEDOPERATION_INVALIDIMAGELICENSETYPEFORRESET: &str =
    "UnsupportedOperation.InvalidImageLicenseTypeForReset";

/// 不支持已经设置了释放时间的实例，请在实例详情页撤销实例定时销毁后再试。
pub const UNSUPPORTEDOPERATION_INVALIDINSTANCENOTSUPPORTEDPROTECTEDINSTANCE: &str =
    "UnsupportedOperation.InvalidInstanceNotSupportedProtectedInstance";

/// 用户无权限操作当前实例。
pub const UNSUPPORTEDOPERATION_INVALIDINSTANCESOWNER: &str =
    "UnsupportedOperation.InvalidInstancesOwner";

/// 不支持有swap盘的实例。
pub const UNSUPPORTEDOPERATION_INVALIDINSTANCEWITHSWAPDISK: &str =
    "UnsupportedOperation.InvalidInstanceWithSwapDisk";

/// 指定的地域不支持加密盘。
pub const UNSUPPORTEDOPERATION_INVALIDREGIONDISKENCRYPT: &str =
    "UnsupportedOperation.InvalidRegionDiskEncrypt";

/// 该可用区不可售卖。
pub const UNSUPPORTEDOPERATION_INVALIDZONE: &str = "UnsupportedOperation.InvalidZone";

/// IPv6实例不支持VPC迁移
pub const UNSUPPORTEDOPERATION_IPV6NOTSUPPORTVPCMIGRATE: &str =
    "UnsupportedOperation.IPv6NotSupportVpcMigrate";

/// 密钥不支持Windows操作系统
pub const UNSUPPORTEDOPERATION_KEYPAIRUNSUPPORTEDWINDOWS: &str =
    "UnsupportedOperation.KeyPairUnsupportedWindows";

/// 机型数据盘全为本地盘不支持跨机型调整。
pub const UNSUPPORTEDOPERATION_LOCALDATADISKCHANGEINSTANCEFAMILY: &str =
    "UnsupportedOperation.LocalDataDiskChangeInstanceFamily";

/// 不支持正在本地盘转云盘的磁盘，请稍后发起请求。
pub const UNSUPPORTEDOPERATION_LOCALDISKMIGRATINGTOCLOUDDISK: &str =
    "UnsupportedOperation.LocalDiskMigratingToCloudDisk";

/// 此请求不支持该区域镜像,请更换其他镜像。
pub const UNSUPPORTEDOPERATION_LOCATIONIMAGENOTSUPPORTED: &str =
    "UnsupportedOperation.LocationImageNotSupported";

/// 市场镜像实例不支持操作系统转换
pub const UNSUPPORTEDOPERATION_MARKETIMAGECONVERTOSUNSUPPORTED: &str =
    "UnsupportedOperation.MarketImageConvertOSUnsupported";

/// 从市场镜像创建的自定义镜像不支持导出。
pub const UNSUPPORTEDOPERATION_MARKETIMAGEEXPORTUNSUPPORTED: &str =
    "UnsupportedOperation.MarketImageExportUnsupported";

/// 此计费方式不支持部分发货MinCount参数
pub const UNSUPPORTEDOPERATION_MINCOUNTUNSUPPORTEDCHARGETYPE: &str =
    "UnsupportedOperation.MinCountUnsupportedChargeType";

/// 此区域暂不支持部分发货MinCount参数
pub const UNSUPPORTEDOPERATION_MINCOUNTUNSUPPORTEDREGION: &str =
    "UnsupportedOperation.MinCountUnsupportedRegion";

/// 不支持修改系统盘的加密属性，例如使用非加密镜像重装加密系统盘。
pub const UNSUPPORTEDOPERATION_MODIFYENCRYPTIONNOTSUPPORTED: &str =
    "UnsupportedOperation.ModifyEncryptionNotSupported";

/// 实例基础网络已互通VPC网络，请自行解除关联，再进行切换VPC。
pub const UNSUPPORTEDOPERATION_MODIFYVPCWITHCLASSLINK: &str =
    "UnsupportedOperation.ModifyVPCWithClassLink";

/// 绑定负载均衡的实例，不支持修改vpc属性。
pub const UNSUPPORTEDOPERATION_MODIFYVPCWITHCLB: &str = "UnsupportedOperation.ModifyVPCWithCLB";

/// 该实例类型不支持竞价计费
pub const UNSUPPORTEDOPERATION_NOINSTANCETYPESUPPORTSPOT: &str =
    "UnsupportedOperation.NoInstanceTypeSupportSpot";

/// 当前实例不是FPGA机型。
pub const UNSUPPORTEDOPERATION_NOTFPGAINSTANCE: &str = "UnsupportedOperation.NotFpgaInstance";

/// 针对当前实例设置定时任务失败。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTIMPORTINSTANCESACTIONTIMER: &str =
    "UnsupportedOperation.NotSupportImportInstancesActionTimer";

/// 操作不支持当前实例
pub const UNSUPPORTEDOPERATION_NOTSUPPORTINSTANCEIMAGE: &str =
    "UnsupportedOperation.NotSupportInstanceImage";

/// 实例存在未支付订单。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTUNPAIDORDER: &str =
    "UnsupportedOperation.NotSupportUnpaidOrder";

/// 不支持物理网络的实例。
pub const UNSUPPORTEDOPERATION_NOVPCNETWORK: &str = "UnsupportedOperation.NoVpcNetwork";

/// 该操作仅支持预付费账户
pub const UNSUPPORTEDOPERATION_ONLYFORPREPAIDACCOUNT: &str =
    "UnsupportedOperation.OnlyForPrepaidAccount";

/// 无效的原机型。
pub const UNSUPPORTEDOPERATION_ORIGINALINSTANCETYPEINVALID: &str =
    "UnsupportedOperation.OriginalInstanceTypeInvalid";

/// 该机型为周期合约机型不支持手动续费模式
pub const UNSUPPORTEDOPERATION_PERIODICCONTRACTNOTSUPPORTMANUALRENEW: &str =
    "UnsupportedOperation.PeriodicContractNotSupportManualRenew";

/// 您的账户不支持镜像预热
pub const UNSUPPORTEDOPERATION_PREHEATIMAGE: &str = "UnsupportedOperation.PreheatImage";

/// 公共镜像或市场镜像不支持导出。
pub const UNSUPPORTEDOPERATION_PUBLICIMAGEEXPORTUNSUPPORTED: &str =
    "UnsupportedOperation.PublicImageExportUnsupported";

/// 当前镜像不支持对该实例的重装操作。
pub const UNSUPPORTEDOPERATION_RAWLOCALDISKINSREINSTALLTOQCOW2: &str =
    "UnsupportedOperation.RawLocalDiskInsReinstalltoQcow2";

/// RedHat镜像不支持导出。
pub const UNSUPPORTEDOPERATION_REDHATIMAGEEXPORTUNSUPPORTED: &str =
    "UnsupportedOperation.RedHatImageExportUnsupported";

/// 实例使用商业操作系统，不支持退还。
pub const UNSUPPORTEDOPERATION_REDHATINSTANCETERMINATEUNSUPPORTED: &str =
    "UnsupportedOperation.RedHatInstanceTerminateUnsupported";

/// 请求不支持操作系统为RedHat的实例。
pub const UNSUPPORTEDOPERATION_REDHATINSTANCEUNSUPPORTED: &str =
    "UnsupportedOperation.RedHatInstanceUnsupported";

/// 不支持该地域
pub const UNSUPPORTEDOPERATION_REGION: &str = "UnsupportedOperation.Region";

/// 该资源池对用户不可见
pub const UNSUPPORTEDOPERATION_RESOURCEPOOLPACKAGEINVISIBLEFORUSER: &str =
    "UnsupportedOperation.ResourcePoolPackageInvisibleForUser";

/// 共享镜像不支持导出。
pub const UNSUPPORTEDOPERATION_SHAREDIMAGEEXPORTUNSUPPORTED: &str =
    "UnsupportedOperation.SharedImageExportUnsupported";

/// 从其他账号共享的镜像不支持修改属性。
pub const UNSUPPORTEDOPERATION_SHAREDIMAGEMODIFYUNSUPPORTED: &str =
    "UnsupportedOperation.SharedImageModifyUnsupported";

/// 请求不支持特殊机型的实例
pub const UNSUPPORTEDOPERATION_SPECIALINSTANCETYPE: &str =
    "UnsupportedOperation.SpecialInstanceType";

/// 该地域不支持竞价实例。
pub const UNSUPPORTEDOPERATION_SPOTUNSUPPORTEDREGION: &str =
    "UnsupportedOperation.SpotUnsupportedRegion";

/// 不支持关机不收费特性
pub const UNSUPPORTEDOPERATION_STOPPEDMODESTOPCHARGING: &str =
    "UnsupportedOperation.StoppedModeStopCharging";

/// 不支持关机不收费机器做同类型变配操作。
pub const UNSUPPORTEDOPERATION_STOPPEDMODESTOPCHARGINGSAMEFAMILY: &str =
    "UnsupportedOperation.StoppedModeStopChargingSameFamily";

/// 指定的镜像不支持转为加密自定义镜像。
pub const UNSUPPORTEDOPERATION_SYNCENCRYPTIMAGENOTSUPPORT: &str =
    "UnsupportedOperation.SyncEncryptImageNotSupport";

/// 请求不支持该类型系统盘。
pub const UNSUPPORTEDOPERATION_SYSTEMDISKTYPE: &str = "UnsupportedOperation.SystemDiskType";

/// 自动化助手不在线情况下，不支持该操作。
pub const UNSUPPORTEDOPERATION_TATAGENTNOTONLINE: &str = "UnsupportedOperation.TatAgentNotOnline";

/// 包月转包销，不支持包销折扣高于现有包年包月折扣。
pub const UNSUPPORTEDOPERATION_UNDERWRITEDISCOUNTGREATERTHANPREPAIDDISCOUNT: &str =
    "UnsupportedOperation.UnderwriteDiscountGreaterThanPrepaidDiscount";

/// 该机型为包销机型，RenewFlag的值只允许设置为NOTIFY_AND_AUTO_RENEW。
pub const UNSUPPORTEDOPERATION_UNDERWRITINGINSTANCETYPEONLYSUPPORTAUTORENEW: &str =
    "UnsupportedOperation.UnderwritingInstanceTypeOnlySupportAutoRenew";

/// 当前实例不允许变配到非ARM机型。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDARMCHANGEINSTANCEFAMILY: &str =
    "UnsupportedOperation.UnsupportedARMChangeInstanceFamily";

/// 指定机型不支持跨机型调整配置。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDCHANGEINSTANCEFAMILY: &str =
    "UnsupportedOperation.UnsupportedChangeInstanceFamily";

/// 非ARM机型不支持调整到ARM机型。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDCHANGEINSTANCEFAMILYTOARM: &str =
    "UnsupportedOperation.UnsupportedChangeInstanceFamilyToARM";

/// 不支持实例变配到此类型机型。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDCHANGEINSTANCETOTHISINSTANCEFAMILY: &str =
    "UnsupportedOperation.UnsupportedChangeInstanceToThisInstanceFamily";

/// 请求不支持国际版账号
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDINTERNATIONALUSER: &str =
    "UnsupportedOperation.UnsupportedInternationalUser";

/// 指定的Pool非法。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDPOOL: &str = "UnsupportedOperation.UnsupportedPool";

/// 指定用户不支持执行操作系统转换。
pub const UNSUPPORTEDOPERATION_USERCONVERTOSNOTSUPPORT: &str =
    "UnsupportedOperation.UserConvertOsNotSupport";

/// 用户限额操作的配额不足。
pub const UNSUPPORTEDOPERATION_USERLIMITOPERATIONEXCEEDQUOTA: &str =
    "UnsupportedOperation.UserLimitOperationExceedQuota";

/// Windows镜像不支持导出。
pub const UNSUPPORTEDOPERATION_WINDOWSIMAGEEXPORTUNSUPPORTED: &str =
    "UnsupportedOperation.WindowsImageExportUnsupported";

/// 私有网络ip不在子网内。
pub const VPCADDRNOTINSUBNET: &str = "VpcAddrNotInSubNet";

/// 私有网络ip已经被使用。
pub const VPCIPISUSED: &str = "VpcIpIsUsed";
