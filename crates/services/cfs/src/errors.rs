//! Error codes of `cfs`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cfs::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 获取CFS服务角色错误
pub const AUTHFAILURE_GETROLEFAILED: &str = "AuthFailure.GetRoleFailed";

/// 鉴权token超时
pub const AUTHFAILURE_TOKENFAILURE: &str = "AuthFailure.TokenFailure";

/// 请求未CAM授权。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 调整频率超限
pub const FAILEDOPERATION_ADJUSTFREQUENCYLIMIT: &str = "FailedOperation.AdjustFrequencyLimit";

/// 文件系统绑定资源包失败。
pub const FAILEDOPERATION_BINDRESOURCEPKGFAILED: &str = "FailedOperation.BindResourcePkgFailed";

/// 资源正在创建中。
pub const FAILEDOPERATION_CLIENTTOKENINUSE: &str = "FailedOperation.ClientTokenInUse";

/// 操作失败：目标 COS Bucket 未开启多版本，`IsSyncDelete` 或 `IsOverwrite` 无法生效，请前往对象存储控制台开启多版本后重试
pub const FAILEDOPERATION_COSMULTIVERSIONDISABLED: &str = "FailedOperation.CosMultiVersionDisabled";

/// 检索任务正在运行中
pub const FAILEDOPERATION_DATARETRIEVALTASKRUNNING: &str =
    "FailedOperation.DataRetrievalTaskRunning";

/// 该文件系统存在S3结点，需要删除后再删除文件系统
pub const FAILEDOPERATION_FILESYSTEMHASS3ENDPOINT: &str = "FailedOperation.FileSystemHasS3Endpoint";

/// 文件系统存在挂载点。
pub const FAILEDOPERATION_MOUNTTARGETEXISTS: &str = "FailedOperation.MountTargetExists";

/// 权限组已绑定文件系统。
pub const FAILEDOPERATION_PGROUPINUSE: &str = "FailedOperation.PgroupInUse";

/// 权限组正在更新中。
pub const FAILEDOPERATION_PGROUPISUPDATING: &str = "FailedOperation.PgroupIsUpdating";

/// 该权限组关联了旧版本实例，请解除关联后重试。
pub const FAILEDOPERATION_PGROUPLINKCFSV10: &str = "FailedOperation.PgroupLinkCfsv10";

/// 解绑资源标签失败。
pub const FAILEDOPERATION_UNTAGRESOURCEFAILED: &str = "FailedOperation.UntagResourceFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 创建文件系统失败。
pub const INTERNALERROR_CREATEFSFAILED: &str = "InternalError.CreateFsFailed";

/// 获取用户费用状态失败。
pub const INTERNALERROR_GETACCOUNTSTATUSFAILED: &str = "InternalError.GetAccountStatusFailed";

/// InternalError.InternalError
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 超时。
pub const INTERNALERROR_TIMEOUT: &str = "InternalError.Timeout";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 自动扩容策略不存在
pub const INVALIDPARAMETERVALUE_AUTOPOLICYNOTFOUND: &str =
    "InvalidParameterValue.AutoPolicyNotFound";

/// 参数值错误: 绑定归档规则前需绑定沉降规则
pub const INVALIDPARAMETERVALUE_BINDINFREQUENTACCESSFIRST: &str =
    "InvalidParameterValue.BindInfrequentaccessFirst";

/// 无效的文件系统路径
pub const INVALIDPARAMETERVALUE_CFSPATH: &str = "InvalidParameterValue.CfsPath";

/// 用于保证请求幂等性的字符串长度超过限制（不能超过64字节）。
pub const INVALIDPARAMETERVALUE_CLIENTTOKENLIMITEXCEEDED: &str =
    "InvalidParameterValue.ClientTokenLimitExceeded";

/// 数据检索定时规则冲突
pub const INVALIDPARAMETERVALUE_DATARETRIEVALSCHEDULECONFLICT: &str =
    "InvalidParameterValue.DataRetrievalScheduleConflict";

/// 权限组名称重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEDPGROUPNAME: &str =
    "InvalidParameterValue.DuplicatedPgroupName";

/// 规则IP重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEDRULEAUTHCLIENTIP: &str =
    "InvalidParameterValue.DuplicatedRuleAuthClientIp";

/// 标签键重复
pub const INVALIDPARAMETERVALUE_DUPLICATEDTAGKEY: &str = "InvalidParameterValue.DuplicatedTagKey";

/// ExternalStorage 生命周期模式只支持数据流动
pub const INVALIDPARAMETERVALUE_EXTERNALSTORAGESUPPORTDATAFLOWONLY: &str =
    "InvalidParameterValue.ExternalStorageSupportDataflowOnly";

/// 用户自定义名称过长（超过64字节)。
pub const INVALIDPARAMETERVALUE_FSNAMELIMITEXCEEDED: &str =
    "InvalidParameterValue.FsNameLimitExceeded";

/// 文件系统配额设置超出上限。
pub const INVALIDPARAMETERVALUE_FSSIZELIMITEXCEEDED: &str =
    "InvalidParameterValue.FsSizeLimitExceeded";

/// 无效的AliveDays值错误
pub const INVALIDPARAMETERVALUE_INVALIDALIVEDAYS: &str = "InvalidParameterValue.InvalidAliveDays";

/// 规则IP错误。
pub const INVALIDPARAMETERVALUE_INVALIDAUTHCLIENTIP: &str =
    "InvalidParameterValue.InvalidAuthClientIp";

/// 扩容策略参数无效
pub const INVALIDPARAMETERVALUE_INVALIDAUTOSCALEUPPARAMS: &str =
    "InvalidParameterValue.InvalidAutoScaleUpParams";

/// 传入的cfsversion 值不正确
pub const INVALIDPARAMETERVALUE_INVALIDCFSVERSIONVALUE: &str =
    "InvalidParameterValue.InvalidCfsVersionValue";

/// 用于保证请求幂等性的字符串错误。
pub const INVALIDPARAMETERVALUE_INVALIDCLIENTTOKEN: &str =
    "InvalidParameterValue.InvalidClientToken";

/// 参数值错误：数据流动ID无效
pub const INVALIDPARAMETERVALUE_INVALIDDATAFLOWID: &str = "InvalidParameterValue.InvalidDataFlowId";

/// 无效的数据流动名称
pub const INVALIDPARAMETERVALUE_INVALIDDATAFLOWNAME: &str =
    "InvalidParameterValue.InvalidDataFlowName";

/// 参数值错误：数据流动源信息无效,请检查密钥及路径
pub const INVALIDPARAMETERVALUE_INVALIDDATAFLOWSOURCEINFO: &str =
    "InvalidParameterValue.InvalidDataFlowSourceInfo";

/// 参数值错误：数据流动源存储类型无效
pub const INVALIDPARAMETERVALUE_INVALIDDATAFLOWSOURCESTORAGETYPE: &str =
    "InvalidParameterValue.InvalidDataFlowSourceStorageType";

/// 参数值错误：数据流动目标路径无效
pub const INVALIDPARAMETERVALUE_INVALIDDATAFLOWTARGETPATH: &str =
    "InvalidParameterValue.InvalidDataFlowTargetPath";

/// 无效的数据检索ID
pub const INVALIDPARAMETERVALUE_INVALIDDATARETRIEVALID: &str =
    "InvalidParameterValue.InvalidDataRetrievalId";

/// 快照跨地域复制参数不支持该地域
pub const INVALIDPARAMETERVALUE_INVALIDDESTINATIONREGIONS: &str =
    "InvalidParameterValue.InvalidDestinationRegions";

/// 加密参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDENCRYPTED: &str = "InvalidParameterValue.InvalidEncrypted";

/// FileSystemId无效。
pub const INVALIDPARAMETERVALUE_INVALIDFILESYSTEMID: &str =
    "InvalidParameterValue.InvalidFileSystemId";

/// 无效的自定义名称。
pub const INVALIDPARAMETERVALUE_INVALIDFSNAME: &str = "InvalidParameterValue.InvalidFsName";

/// 无效的文件系统配额。
pub const INVALIDPARAMETERVALUE_INVALIDFSSIZELIMIT: &str =
    "InvalidParameterValue.InvalidFsSizeLimit";

/// 无效的文件系统状态。
pub const INVALIDPARAMETERVALUE_INVALIDFSSTATUS: &str = "InvalidParameterValue.InvalidFsStatus";

/// 参数值错误：生命周期任务类型无效
pub const INVALIDPARAMETERVALUE_INVALIDLIFECYCLEDATATASKTYPE: &str =
    "InvalidParameterValue.InvalidLifecycleDataTaskType";

/// 生命周期任务id 无效
pub const INVALIDPARAMETERVALUE_INVALIDLIFECYCLETASKID: &str =
    "InvalidParameterValue.InvalidLifecycleTaskId";

/// MetaType 值无效
pub const INVALIDPARAMETERVALUE_INVALIDMETATYPE: &str = "InvalidParameterValue.InvalidMetaType";

/// 错误的挂载点IP。
pub const INVALIDPARAMETERVALUE_INVALIDMOUNTTARGETIP: &str =
    "InvalidParameterValue.InvalidMountTargetIp";

/// 无效的网络类型。
pub const INVALIDPARAMETERVALUE_INVALIDNETINTERFACE: &str =
    "InvalidParameterValue.InvalidNetInterface";

/// DayOfMonth 参数错误
pub const INVALIDPARAMETERVALUE_INVALIDPARAMDAYOFMONTH: &str =
    "InvalidParameterValue.InvalidParamDayOfMonth";

/// 无效的参数，DayOfWeek
pub const INVALIDPARAMETERVALUE_INVALIDPARAMDAYOFWEEK: &str =
    "InvalidParameterValue.InvalidParamDayOfWeek";

/// InvalidParameterValue.InvalidParameterValue
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUE: &str =
    "InvalidParameterValue.InvalidParameterValue";

/// IntervalDays 参数值错误
pub const INVALIDPARAMETERVALUE_INVALIDPARAMINTERVALDAYS: &str =
    "InvalidParameterValue.InvalidParamIntervalDays";

/// `IsCreateRealTimeSync` 必须为布尔值，且仅当 `StorageType=ExternalStorage` 时允许设置 `true`
pub const INVALIDPARAMETERVALUE_INVALIDPARAMISCREATEREALTIMESYNC: &str =
    "InvalidParameterValue.InvalidParamIsCreateRealTimeSync";

/// 参数值错误：`IsModifyRealTimeSync` 必须为布尔值，且仅当 `StorageType=ExternalStorage` 时允许设置 `true`
pub const INVALIDPARAMETERVALUE_INVALIDPARAMISMODIFYREALTIMESYNC: &str =
    "InvalidParameterValue.InvalidParamIsModifyRealTimeSync";

/// 参数值错误：`IsSyncDelete` 必须为布尔值，且仅当 `StorageType=ExternalStorage` 时允许设置 `true`
pub const INVALIDPARAMETERVALUE_INVALIDPARAMISSYNCDELETE: &str =
    "InvalidParameterValue.InvalidParamIsSyncDelete";

/// 权限组不属于该用户。
pub const INVALIDPARAMETERVALUE_INVALIDPGROUP: &str = "InvalidParameterValue.InvalidPgroup";

/// 权限组ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDPGROUPID: &str = "InvalidParameterValue.InvalidPgroupId";

/// 无效的权限组名称。
pub const INVALIDPARAMETERVALUE_INVALIDPGROUPNAME: &str = "InvalidParameterValue.InvalidPgroupName";

/// 目录路径中包含无效字符。
pub const INVALIDPARAMETERVALUE_INVALIDPOLICYFSPATH: &str =
    "InvalidParameterValue.InvalidPolicyFsPath";

/// 优先级设置错误。
pub const INVALIDPARAMETERVALUE_INVALIDPRIORITY: &str = "InvalidParameterValue.InvalidPriority";

/// 协议参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDPROTOCOL: &str = "InvalidParameterValue.InvalidProtocol";

/// 用户区域选择错误 (ZoneName) 或 (ZoneId, Region)二者必选一。
pub const INVALIDPARAMETERVALUE_INVALIDREGIONZONEINFO: &str =
    "InvalidParameterValue.InvalidRegionZoneInfo";

/// 参数值错误: 资源标签值错误。
pub const INVALIDPARAMETERVALUE_INVALIDRESOURCETAGS: &str =
    "InvalidParameterValue.InvalidResourceTags";

/// 读写权限设置错误。
pub const INVALIDPARAMETERVALUE_INVALIDRWPERMISSION: &str =
    "InvalidParameterValue.InvalidRwPermission";

/// 扩容目标容量参数错误
pub const INVALIDPARAMETERVALUE_INVALIDSCALEUPTARGETCAPACITY: &str =
    "InvalidParameterValue.InvalidScaleupTargetCapacity";

/// 无效的快照策略状态
pub const INVALIDPARAMETERVALUE_INVALIDSNAPPOLICYSTATUS: &str =
    "InvalidParameterValue.InvalidSnapPolicyStatus";

/// 无效的快照名称
pub const INVALIDPARAMETERVALUE_INVALIDSNAPSHOTNAME: &str =
    "InvalidParameterValue.InvalidSnapshotName";

/// 无效的快照策略名称
pub const INVALIDPARAMETERVALUE_INVALIDSNAPSHOTPOLICYNAME: &str =
    "InvalidParameterValue.InvalidSnapshotPolicyName";

/// 无效的快照状态。
pub const INVALIDPARAMETERVALUE_INVALIDSNAPSHOTSTATUS: &str =
    "InvalidParameterValue.InvalidSnapshotStatus";

/// 资源包不存在或已绑定。
pub const INVALIDPARAMETERVALUE_INVALIDSTORAGERESOURCEPKG: &str =
    "InvalidParameterValue.InvalidStorageResourcePkg";

/// 存储类型参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDSTORAGETYPE: &str =
    "InvalidParameterValue.InvalidStorageType";

/// 无效的子网ID。
pub const INVALIDPARAMETERVALUE_INVALIDSUBNETID: &str = "InvalidParameterValue.InvalidSubnetId";

/// 标签键不能为空。
pub const INVALIDPARAMETERVALUE_INVALIDTAGKEY: &str = "InvalidParameterValue.InvalidTagKey";

/// 标签值为空或字符无效。
pub const INVALIDPARAMETERVALUE_INVALIDTAGVALUE: &str = "InvalidParameterValue.InvalidTagValue";

/// 无效的容量值。
pub const INVALIDPARAMETERVALUE_INVALIDTURBOCAPACITY: &str =
    "InvalidParameterValue.InvalidTurboCapacity";

/// 用户权限设置错误。
pub const INVALIDPARAMETERVALUE_INVALIDUSERPERMISSION: &str =
    "InvalidParameterValue.InvalidUserPermission";

/// 用户指定不可用的vip。
pub const INVALIDPARAMETERVALUE_INVALIDVIP: &str = "InvalidParameterValue.InvalidVip";

/// 无效的VPCID。
pub const INVALIDPARAMETERVALUE_INVALIDVPCID: &str = "InvalidParameterValue.InvalidVpcId";

/// VPC参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDVPCPARAMETER: &str =
    "InvalidParameterValue.InvalidVpcParameter";

/// 无效的可用区。
pub const INVALIDPARAMETERVALUE_INVALIDZONEID: &str = "InvalidParameterValue.InvalidZoneId";

/// 无效的可用区或可用区ID。
pub const INVALIDPARAMETERVALUE_INVALIDZONEORZONEID: &str =
    "InvalidParameterValue.InvalidZoneOrZoneId";

/// 清单文件格式不正确，请以 /cfs/ 开头写入完整的文件路径
pub const INVALIDPARAMETERVALUE_LISTPATHFILEINVALID: &str =
    "InvalidParameterValue.ListPathFileInvalid";

/// ListPath 指向的清单文件在 CFS 内不存在
pub const INVALIDPARAMETERVALUE_LISTPATHFILENOTFOUND: &str =
    "InvalidParameterValue.ListPathFileNotFound";

/// FileSystemId缺失。
pub const INVALIDPARAMETERVALUE_MISSINGFILESYSTEMID: &str =
    "InvalidParameterValue.MissingFileSystemId";

/// 用户参数选择错误 (FileSystemId) 或 (Region)二者必选一。
pub const INVALIDPARAMETERVALUE_MISSINGFILESYSTEMIDORREGION: &str =
    "InvalidParameterValue.MissingFileSystemIdOrRegion";

/// FileSystem参数缺失。
pub const INVALIDPARAMETERVALUE_MISSINGFSPARAMETER: &str =
    "InvalidParameterValue.MissingFsParameter";

/// 密钥ID或ARN参数缺失。
pub const INVALIDPARAMETERVALUE_MISSINGKMSKEYID: &str = "InvalidParameterValue.MissingKmsKeyId";

/// 权限组名称和描述不能同时为空。
pub const INVALIDPARAMETERVALUE_MISSINGNAMEORDESCINFO: &str =
    "InvalidParameterValue.MissingNameOrDescinfo";

/// 权限组名称不能为空。
pub const INVALIDPARAMETERVALUE_MISSINGPGROUPNAME: &str = "InvalidParameterValue.MissingPgroupName";

/// 缺少快照策略参数
pub const INVALIDPARAMETERVALUE_MISSINGPOLICYPARAM: &str =
    "InvalidParameterValue.MissingPolicyParam";

/// 缺少参数Snapshot Name，或者aliveDays
pub const INVALIDPARAMETERVALUE_MISSINGSNAPNAMEORALIVEDAY: &str =
    "InvalidParameterValue.MissingSnapNameOrAliveDay";

/// 未绑定存储包。
pub const INVALIDPARAMETERVALUE_MISSINGSTORAGERESOURCEPKG: &str =
    "InvalidParameterValue.MissingStorageResourcePkg";

/// SUBNETID和UNSUBNETID不能同时为空。
pub const INVALIDPARAMETERVALUE_MISSINGSUBNETIDORUNSUBNETID: &str =
    "InvalidParameterValue.MissingSubnetidOrUnsubnetid";

/// 参数错误，缺少taskid 或者region 至少输入一个
pub const INVALIDPARAMETERVALUE_MISSINGTASKIDORREGION: &str =
    "InvalidParameterValue.MissingTaskIdOrRegion";

/// VPCID和UNVPCID不能同时为空。
pub const INVALIDPARAMETERVALUE_MISSINGVPCIDORUNVPCID: &str =
    "InvalidParameterValue.MissingVpcidOrUnvpcid";

/// VPC相关参数缺失。
pub const INVALIDPARAMETERVALUE_MISSINGVPCPARAMETER: &str =
    "InvalidParameterValue.MissingVpcParameter";

/// ZoneID缺失。
pub const INVALIDPARAMETERVALUE_MISSINGZONEID: &str = "InvalidParameterValue.MissingZoneId";

/// 用户区域选择错误 (Zone) 或 (Zone_id)二者必选一。
pub const INVALIDPARAMETERVALUE_MISSINGZONEORZONEID: &str =
    "InvalidParameterValue.MissingZoneOrZoneId";

/// 该文件系统目录已配置数据流动，请配置其他规则
pub const INVALIDPARAMETERVALUE_PATHUSEDINDATAFLOW: &str =
    "InvalidParameterValue.PathUsedInDataflow";

/// 权限组描述长度超过限制（不能超过255字节）。
pub const INVALIDPARAMETERVALUE_PGROUPDESCINFOLIMITEXCEEDED: &str =
    "InvalidParameterValue.PgroupDescinfoLimitExceeded";

/// 权限组名称长度超过限制（不能超过64字节）。
pub const INVALIDPARAMETERVALUE_PGROUPNAMELIMITEXCEEDED: &str =
    "InvalidParameterValue.PgroupNameLimitExceeded";

/// 生命周期规则 类型错误
pub const INVALIDPARAMETERVALUE_POLICYRULESTORAGETYPEINVALID: &str =
    "InvalidParameterValue.PolicyRuleStorageTypeInvalid";

/// 目录配额设置的目录嵌套
pub const INVALIDPARAMETERVALUE_PROJECTQUOTASDIRNESTED: &str =
    "InvalidParameterValue.ProjectQuotasDirNested";

/// 目录配额数量超限
pub const INVALIDPARAMETERVALUE_PROJECTQUOTASEXCEEDED: &str =
    "InvalidParameterValue.ProjectQuotasExceeded";

/// 容量硬限制取值范围错误。
pub const INVALIDPARAMETERVALUE_QUOTACAPLIMITERROR: &str =
    "InvalidParameterValue.QuotaCapLimitError";

/// 文件硬限制取值范围错误。
pub const INVALIDPARAMETERVALUE_QUOTAFILELIMITERROR: &str =
    "InvalidParameterValue.QuotaFileLimitError";

/// USER ID类型错误。
pub const INVALIDPARAMETERVALUE_QUOTAUSERIDERROR: &str = "InvalidParameterValue.QuotaUserIdError";

/// 配额类型错误。
pub const INVALIDPARAMETERVALUE_QUOTAUSERTYPEERROR: &str =
    "InvalidParameterValue.QuotaUserTypeError";

/// 权限组规则和权限组不匹配。
pub const INVALIDPARAMETERVALUE_RULENOTMATCHPGROUP: &str =
    "InvalidParameterValue.RuleNotMatchPgroup";

/// 快照名称超限制，名称长度不超过64位字符
pub const INVALIDPARAMETERVALUE_SNAPSHOTNAMELIMITEXCEEDED: &str =
    "InvalidParameterValue.SnapshotNameLimitExceeded";

/// 快照策略名称超过64位限制
pub const INVALIDPARAMETERVALUE_SNAPSHOTPOLICYNAMELIMITEXCEEDED: &str =
    "InvalidParameterValue.SnapshotPolicyNameLimitExceeded";

/// 生命周期规则存储类型错误
pub const INVALIDPARAMETERVALUE_STORAGETYPEINVALID: &str =
    "InvalidParameterValue.StorageTypeInvalid";

/// 参数值错误: 标签键个数超过上限（6个）。
pub const INVALIDPARAMETERVALUE_TAGKEYFILTERLIMITEXCEEDED: &str =
    "InvalidParameterValue.TagKeyFilterLimitExceeded";

/// 标签键长度超过限制（不能超过127字节）。
pub const INVALIDPARAMETERVALUE_TAGKEYLIMITEXCEEDED: &str =
    "InvalidParameterValue.TagKeyLimitExceeded";

/// 标签值个数超过上限（10个）。
pub const INVALIDPARAMETERVALUE_TAGVALUEFILTERLIMITEXCEEDED: &str =
    "InvalidParameterValue.TagValueFilterLimitExceeded";

/// 标签值长度超过限制（不能超过255字节）。
pub const INVALIDPARAMETERVALUE_TAGVALUELIMITEXCEEDED: &str =
    "InvalidParameterValue.TagValueLimitExceeded";

/// 该可用区无法提供服务。
pub const INVALIDPARAMETERVALUE_UNAVAILABLEREGION: &str = "InvalidParameterValue.UnavailableRegion";

/// 该地域或可用区无法提供服务。
pub const INVALIDPARAMETERVALUE_UNAVAILABLEZONE: &str = "InvalidParameterValue.UnavailableZone";

/// 生命周期数据任务数超限
pub const INVALIDPARAMETERVALUE_WAITINGTASKLIMITEXCEEDED: &str =
    "InvalidParameterValue.WaitingTaskLimitExceeded";

/// ZoneId和Region不匹配。
pub const INVALIDPARAMETERVALUE_ZONEIDREGIONNOTMATCH: &str =
    "InvalidParameterValue.ZoneIdRegionNotMatch";

/// 快照策略未找到。
pub const INVALIDPARAMETER_AUTOPOLICYNOTFOUND: &str = "InvalidParameter.AutoPolicyNotFound";

/// 无效的快照保留时间。
pub const INVALIDPARAMETER_INVALIDALIVEDDAYS: &str = "InvalidParameter.InvalidAlivedDays";

/// 定期星期参数无效。
pub const INVALIDPARAMETER_INVALIDPARAMDAYOFWEEK: &str = "InvalidParameter.InvalidParamDayofWeek";

/// InvalidParameter.InvalidParameter
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 定期小时 参数值错误。
pub const INVALIDPARAMETER_INVALIDPARAMHOUR: &str = "InvalidParameter.InvalidParamHour";

/// 无效的快照策略状态。
pub const INVALIDPARAMETER_INVALIDSNAPPOLICYSTATUS: &str =
    "InvalidParameter.InvalidSnapPolicyStatus";

/// 无效的文件系统快照参数名称 。
pub const INVALIDPARAMETER_INVALIDSNAPSHOTNAME: &str = "InvalidParameter.InvalidSnapshotName";

/// 无效的文件系统快照策略名称。
pub const INVALIDPARAMETER_INVALIDSNAPSHOTPOLICYNAME: &str =
    "InvalidParameter.InvalidSnapshotPolicyName";

/// ListPath 与 TaskPath 同时传入或同时为空
pub const INVALIDPARAMETER_LISTPATHANDTASKPATHCONFLICT: &str =
    "InvalidParameter.ListPathAndTaskPathConflict";

/// 数据清单路径必须以 /cfs 开头
pub const INVALIDPARAMETER_LISTPATHINVALIDPREFIX: &str = "InvalidParameter.ListPathInvalidPrefix";

/// 缺少策略相关参数。
pub const INVALIDPARAMETER_MISSINGPOLICYPARAM: &str = "InvalidParameter.MissingPolicyParam";

/// 文件系统快照名称超出上限。
pub const INVALIDPARAMETER_SNAPSHOTNAMELIMITEXCEEDED: &str =
    "InvalidParameter.SnapshotNameLimitExceeded";

/// 文件系统快照策略名称超过限制。
pub const INVALIDPARAMETER_SNAPSHOTPOLICYNAMELIMITEXCEEDED: &str =
    "InvalidParameter.SnapshotPolicyNameLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// MissingParameter.MissingParameter
pub const MISSINGPARAMETER_MISSINGPARAMETER: &str = "MissingParameter.MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 资源不足：数据流动数超限
pub const RESOURCEINSUFFICIENT_DATAFLOWLIMITEXCEEDED: &str =
    "ResourceInsufficient.DataFlowLimitExceeded";

/// 文件系统数量达到上限。
pub const RESOURCEINSUFFICIENT_FILESYSTEMLIMITEXCEEDED: &str =
    "ResourceInsufficient.FileSystemLimitExceeded";

/// 权限组数量达到上限。
pub const RESOURCEINSUFFICIENT_PGROUPNUMBERLIMITEXCEEDED: &str =
    "ResourceInsufficient.PgroupNumberLimitExceeded";

/// 策略绑定文件系统数量超过限制。
pub const RESOURCEINSUFFICIENT_POLICYFSLIMITEXCEEDED: &str =
    "ResourceInsufficient.PolicyFsLimitExceeded";

/// 策略绑定路径数量超过限制。
pub const RESOURCEINSUFFICIENT_POLICYFSPATHLIMITEXCEEDED: &str =
    "ResourceInsufficient.PolicyFsPathLimitExceeded";

/// 该用户的生命周期策略个数达到最大限制。
pub const RESOURCEINSUFFICIENT_POLICYLIMITEXCEEDED: &str =
    "ResourceInsufficient.PolicyLimitExceeded";

/// 区域资源售罄。
pub const RESOURCEINSUFFICIENT_REGIONSOLDOUT: &str = "ResourceInsufficient.RegionSoldOut";

/// 规则条数超过上限。
pub const RESOURCEINSUFFICIENT_RULELIMITEXCEEDED: &str = "ResourceInsufficient.RuleLimitExceeded";

/// 文件系统过大，不支持快照
pub const RESOURCEINSUFFICIENT_SNAPSHOTSIZELIMITEXCEEDED: &str =
    "ResourceInsufficient.SnapshotSizeLimitExceeded";

/// 该子网下IP数量不足
pub const RESOURCEINSUFFICIENT_SUBNETIPALLOCCUPIED: &str =
    "ResourceInsufficient.SubnetIpAllOccupied";

/// 该资源的标签个数达到最大限制。
pub const RESOURCEINSUFFICIENT_TAGLIMITEXCEEDED: &str = "ResourceInsufficient.TagLimitExceeded";

/// 标签限额不足。
pub const RESOURCEINSUFFICIENT_TAGQUOTASEXCEEDED: &str = "ResourceInsufficient.TagQuotasExceeded";

/// Turbo类型特殊容量文件系统数量限制
pub const RESOURCEINSUFFICIENT_TURBOSPECIALCAPACITYFILESYSTEMCOUNTLIMIT: &str =
    "ResourceInsufficient.TurboSpecialCapacityFileSystemCountLimit";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// ResourceInUse.DataRetrievalHasTask
pub const RESOURCEINUSE_DATARETRIEVALHASTASK: &str = "ResourceInUse.DataRetrievalHasTask";

/// 任务正在运行中，不可做其他操作
pub const RESOURCEINUSE_DATARETRIEVALTASKRUNNING: &str = "ResourceInUse.DataRetrievalTaskRunning";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// ResourceNotFound.DataRetrievalNotFound
pub const RESOURCENOTFOUND_DATARETRIEVALNOTFOUND: &str = "ResourceNotFound.DataRetrievalNotFound";

/// 该文件系统不存在。
pub const RESOURCENOTFOUND_FILESYSTEMNOTFOUND: &str = "ResourceNotFound.FileSystemNotFound";

/// 文件系统不存在。
pub const RESOURCENOTFOUND_FSNOTEXIST: &str = "ResourceNotFound.FsNotExist";

/// 挂载点不存在。
pub const RESOURCENOTFOUND_MOUNTTARGETNOTFOUND: &str = "ResourceNotFound.MountTargetNotFound";

/// 权限组不存在。
pub const RESOURCENOTFOUND_PGROUPNOTFOUND: &str = "ResourceNotFound.PgroupNotFound";

/// 资源不存在：资源ID 不存在。
pub const RESOURCENOTFOUND_RESOURCEPACKAGENOTFOUND: &str =
    "ResourceNotFound.ResourcePackageNotFound";

/// 权限规则不存在。
pub const RESOURCENOTFOUND_RULENOTFOUND: &str = "ResourceNotFound.RuleNotFound";

/// 快照ID 不存在。
pub const RESOURCENOTFOUND_SNAPSHOTNOTFOUND: &str = "ResourceNotFound.SnapshotNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// UnauthorizedOperation.UnauthorizedOperation
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 该可用区不支持基础网络。
pub const UNSUPPORTEDOPERATION_BASICNETINTERFACENOTSUPPORTED: &str =
    "UnsupportedOperation.BasicNetInterfaceNotSupported";

/// `IsCreateRealTimeSync` / `IsModifyRealTimeSync` / `IsSyncDelete` / `IsOverwrite` 仅在 `StorageType=ExternalStorage` 时支持设置为 `true`
pub const UNSUPPORTEDOPERATION_FIELDONLYFOREXTERNALSTORAGE: &str =
    "UnsupportedOperation.FieldOnlyForExternalStorage";

/// 该文件系统版本不支持当前操作
pub const UNSUPPORTEDOPERATION_INVALIDCFSVERSION: &str = "UnsupportedOperation.InvalidCfsVersion";

/// 该数据流动不支持删除，关联该数据流动的数据管理任务正在执行中，请等待执行完成或终止执行。
pub const UNSUPPORTEDOPERATION_INVALIDLIFECYCLEDATATASKSTATUS: &str =
    "UnsupportedOperation.InvalidLifecycleDataTaskStatus";

/// appid不在kms白名单(kms目前是白名单开启状态)。
pub const UNSUPPORTEDOPERATION_MISSINGKMSACCESSPERMISSION: &str =
    "UnsupportedOperation.MissingKmsAccessPermission";

/// 用户已欠费, 请充值后重试。
pub const UNSUPPORTEDOPERATION_OUTOFSERVICE: &str = "UnsupportedOperation.OutOfService";

/// cfs角色未被授权。
pub const UNSUPPORTEDOPERATION_UNAUTHORIZEDCFSQCSROLE: &str =
    "UnsupportedOperation.UnauthorizedCfsQcsRole";

/// 用户未经过实名认证。
pub const UNSUPPORTEDOPERATION_UNVERIFIEDUSER: &str = "UnsupportedOperation.UnverifiedUser";
