//! Error codes of `es`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_es::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 当前用户对创建集群实例操作未授权，请添加CAM权限
pub const AUTHFAILURE_UNAUTHCREATEINSTANCE: &str = "AuthFailure.UnAuthCreateInstance";

/// 当前用户对查询集群实例操作未授权，请添加CAM权限。
pub const AUTHFAILURE_UNAUTHDESCRIBEINSTANCES: &str = "AuthFailure.UnAuthDescribeInstances";

/// 操作未授权。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnAuthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 数据格式异常
pub const FAILEDOPERATION_ABNORMALDATAFORMAT: &str = "FailedOperation.AbnormalDataFormat";

/// 更新ACL失败
pub const FAILEDOPERATION_ACCESSCONTROLLIST: &str = "FailedOperation.AccessControlList";

/// 可用区资源包配额不足
pub const FAILEDOPERATION_CDCQUOTAINSUFFICIENT: &str = "FailedOperation.CdcQuotaInsufficient";

/// 关闭数据层失败，至少要保留热层和温层其中一层。
pub const FAILEDOPERATION_CLOSEDATATIER: &str = "FailedOperation.CloseDataTier";

/// 集群资源配额限制错误。
pub const FAILEDOPERATION_CLUSTERRESOURCELIMITERROR: &str =
    "FailedOperation.ClusterResourceLimitError";

/// cos融合迁移失败
pub const FAILEDOPERATION_COSMIGRATE: &str = "FailedOperation.CosMigrate";

/// 节点磁盘块数参数检查失败。
pub const FAILEDOPERATION_DISKCOUNTPARAMERROR: &str = "FailedOperation.DiskCountParamError";

/// 集群状态错误。
pub const FAILEDOPERATION_ERRORCLUSTERSTATE: &str = "FailedOperation.ErrorClusterState";

/// 集群索引没有副本存在。
pub const FAILEDOPERATION_ERRORCLUSTERSTATENOREPLICATION: &str =
    "FailedOperation.ErrorClusterStateNoReplication";

/// 集群状态不健康。
pub const FAILEDOPERATION_ERRORCLUSTERSTATEUNHEALTH: &str =
    "FailedOperation.ErrorClusterStateUnhealth";

/// 由于EsDictionaryInfo错误，不允许操纵。
pub const FAILEDOPERATION_ESDICTIONARYINFOERROR: &str = "FailedOperation.EsDictionaryInfoError";

/// 文件名不符合规范。
pub const FAILEDOPERATION_FILENAMEERROR: &str = "FailedOperation.FileNameError";

/// 文件大小不符合要求。
pub const FAILEDOPERATION_FILESIZEERROR: &str = "FailedOperation.FileSizeError";

/// 获取实例的标签列表错误。
pub const FAILEDOPERATION_GETTAGINFOERROR: &str = "FailedOperation.GetTagInfoError";

/// 获取user失败
pub const FAILEDOPERATION_GETUSER: &str = "FailedOperation.GetUser";

/// 获取快照列表失败
pub const FAILEDOPERATION_GETUSERCOSSNAPSHOTLIST: &str = "FailedOperation.GetUserCosSnapshotList";

/// 节点数和可用区的信息不符合对应操作的规则。
pub const FAILEDOPERATION_NODENUMANDZONEERROR: &str = "FailedOperation.NodeNumAndZoneError";

/// 账户未绑定信用卡或paypal，无法支付。
pub const FAILEDOPERATION_NOPAYMENT: &str = "FailedOperation.NoPayment";

/// 用户未实名认证。
pub const FAILEDOPERATION_NOTAUTHENTICATED: &str = "FailedOperation.NotAuthenticated";

/// 当前集群已开启销毁保护，无法直接销毁，请解除该保护后再尝试销毁
pub const FAILEDOPERATION_OPENDESTROYPROTECTION: &str = "FailedOperation.OpenDestroyProtection";

/// 解码Password时出错。
pub const FAILEDOPERATION_PASSWORD: &str = "FailedOperation.Password";

/// 该实例不满足退费条件。
pub const FAILEDOPERATION_REFUNDERROR: &str = "FailedOperation.RefundError";

/// 请求超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeOut";

/// 集群设置IP溯源失败
pub const FAILEDOPERATION_SETTINGIPTRACEERROR: &str = "FailedOperation.SettingIpTraceError";

/// 变更space的kibana语言信息失败
pub const FAILEDOPERATION_SPACELANGUAGE: &str = "FailedOperation.SpaceLanguage";

/// 生成询价或者下单签名有误。
pub const FAILEDOPERATION_TRADESIGNERROR: &str = "FailedOperation.TradeSignError";

/// 不支持对本地盘集群通过滚动重启方式扩缩容。
pub const FAILEDOPERATION_UNSUPPORTEDLOCALDISKROLLUPSCALEUPORDOWN: &str =
    "FailedOperation.UnsupportedLocalDiskRollUpScaleUpOrDown";

/// 不支持开启低频存储
pub const FAILEDOPERATION_UNSUPPORTEDOPENLOWFREQUENCY: &str =
    "FailedOperation.UnsupportedOpenLowFrequency";

/// 不支持在滚动重启扩容计算资源同时扩容磁盘数量。
pub const FAILEDOPERATION_UNSUPPORTEDRESETNODETYPEANDSCALEOUTDISK: &str =
    "FailedOperation.UnsupportedResetNodeTypeAndScaleOutDisk";

/// 不支持在滚动重启缩容计算资源同时修改磁盘大小
pub const FAILEDOPERATION_UNSUPPORTEDRESTSCALEDOWNANDMODIFYDISK: &str =
    "FailedOperation.UnsupportedRestScaleDownAndModifyDisk";

/// 不支持反向调节节点配置和磁盘容量。
pub const FAILEDOPERATION_UNSUPPORTEDREVERSEREGULATIONNODETYPEANDDISK: &str =
    "FailedOperation.UnsupportedReverseRegulationNodeTypeAndDisk";

/// 变更space的vpc信息失败
pub const FAILEDOPERATION_UPDATEVPC: &str = "FailedOperation.UpdateVpc";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 包年包月购买时长ChargePeriod的取值有误。
pub const INVALIDPARAMETERVALUE_CHARGEPERIOD: &str = "InvalidParameterValue.ChargePeriod";

/// 计费类型ChargeType的参数取值有误。
pub const INVALIDPARAMETERVALUE_CHARGETYPE: &str = "InvalidParameterValue.ChargeType";

/// 是否只做升级检查CheckOnly的取值有误。
pub const INVALIDPARAMETERVALUE_CHECKONLY: &str = "InvalidParameterValue.CheckOnly";

/// 组件配置值有误。
pub const INVALIDPARAMETERVALUE_CONFIGINFO: &str = "InvalidParameterValue.ConfigInfo";

/// 是否允许双网卡EnableDoubleEni的值有误。
pub const INVALIDPARAMETERVALUE_ENABLEDOUBLEENI: &str = "InvalidParameterValue.EnableDoubleEni";

/// ES配置类型取值有误。
pub const INVALIDPARAMETERVALUE_ESCONFIGTYPE: &str = "InvalidParameterValue.EsConfigType";

/// 端口EsPort的取值有误。
pub const INVALIDPARAMETERVALUE_ESPORT: &str = "InvalidParameterValue.EsPort";

/// EsVip的取值有误。
pub const INVALIDPARAMETERVALUE_ESVIP: &str = "InvalidParameterValue.EsVip";

/// 要安装的bundle信息列表InstallBundleList的取值有误。
pub const INVALIDPARAMETERVALUE_INSTALLBUNDLELIST: &str = "InvalidParameterValue.InstallBundleList";

/// 为集群稳定起见，当前只支持同时安装1个用户插件。
pub const INVALIDPARAMETERVALUE_INSTALLPLUGINLIST: &str = "InvalidParameterValue.InstallPluginList";

/// 实例名校验失败，按规则输入。
pub const INVALIDPARAMETERVALUE_INSTANCENAME: &str = "InvalidParameterValue.InstanceName";

/// 截止日期冲突。
pub const INVALIDPARAMETERVALUE_INVALIDDEADLINE: &str = "InvalidParameterValue.InvalidDeadline";

/// Jdk类型的取值和预期不符。
pub const INVALIDPARAMETERVALUE_INVALIDJDK: &str = "InvalidParameterValue.InvalidJDK";

/// 密码校验不合法。
pub const INVALIDPARAMETERVALUE_PASSWORD: &str = "InvalidParameterValue.Password";

/// 插件类型PluginType的取值有误。
pub const INVALIDPARAMETERVALUE_PLUGINTYPE: &str = "InvalidParameterValue.PluginType";

/// 要卸载的bundle名列表RemoveBundleList的取值有误。
pub const INVALIDPARAMETERVALUE_REMOVEBUNDLELIST: &str = "InvalidParameterValue.RemoveBundleList";

/// 为集群稳定起见，当前只支持同时卸载1个用户插件。
pub const INVALIDPARAMETERVALUE_REMOVEPLUGINLIST: &str = "InvalidParameterValue.RemovePluginList";

/// 自动续费标识RenewFlag的参数取值有误。
pub const INVALIDPARAMETERVALUE_RENEWFLAG: &str = "InvalidParameterValue.RenewFlag";

/// 要安装的bundle的zip包解压所在的路径TargetPath的取值有误。
pub const INVALIDPARAMETERVALUE_TARGETPATH: &str = "InvalidParameterValue.TargetPath";

/// 计费时长单位TimeUnit的取值有误。
pub const INVALIDPARAMETERVALUE_TIMEUNIT: &str = "InvalidParameterValue.TimeUnit";

/// 升级方式UpgradeMode的取值有误。
pub const INVALIDPARAMETERVALUE_UPGRADEMODE: &str = "InvalidParameterValue.UpgradeMode";

/// Gc类型的取值和预期不符。
pub const INVALIDPARAMETER_GC: &str = "InvalidParameter.GC";

/// 索引名已存在。
pub const INVALIDPARAMETER_INDEXNAMEEXIST: &str = "InvalidParameter.IndexNameExist";

/// 索引名不合法。
pub const INVALIDPARAMETER_INDEXNAMEINVALID: &str = "InvalidParameter.IndexNameInvalid";

/// AppId的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDAPPID: &str = "InvalidParameter.InvalidAppId";

/// 是否自动使用代金券AutoVoucher的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDAUTOVOUCHER: &str = "InvalidParameter.InvalidAutoVoucher";

/// Backends的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDBACKENDS: &str = "InvalidParameter.InvalidBackends";

/// ClusterName的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDCLUSTERNAME: &str = "InvalidParameter.InvalidClusterName";

/// cos自动备份信息与预期不符。
pub const INVALIDPARAMETER_INVALIDCOSBACKUPINFO: &str = "InvalidParameter.InvalidCosBackupInfo";

/// 集群部署方式InvalidDeployMode的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDDEPLOYMODE: &str = "InvalidParameter.InvalidDeployMode";

/// 节点磁盘块数DiskCount取值和预期不符。
pub const INVALIDPARAMETER_INVALIDDISKCOUNT: &str = "InvalidParameter.InvalidDiskCount";

/// 节点磁盘加密信息DiskEncrypt的取值与预期不符。
pub const INVALIDPARAMETER_INVALIDDISKENCRYPT: &str = "InvalidParameter.InvalidDiskEncrypt";

/// 是否启用增强型ssd云盘DiskEnhance的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDDISKENHANCE: &str = "InvalidParameter.InvalidDiskEnhance";

/// 节点磁盘容量DiskSize的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDDISKSIZE: &str = "InvalidParameter.InvalidDiskSize";

/// 节点磁盘类型DiskType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDDISKTYPE: &str = "InvalidParameter.InvalidDiskType";

/// 内网域名解析服务器IP Dns的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDDNS: &str = "InvalidParameter.InvalidDns";

/// EsAcl的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDESACL: &str = "InvalidParameter.InvalidEsACL";

/// 实例版本EsVersion的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDESVERSION: &str = "InvalidParameter.InvalidEsVersion";

/// 创建的索引元数据JSON IndexMetaJson的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDINDEXMETAJSON: &str = "InvalidParameter.InvalidIndexMetaJson";

/// 索引名IndexName的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDINDEXNAME: &str = "InvalidParameter.InvalidIndexName";

/// 索引自治字段IndexOptionsField的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDINDEXOPTIONSFIELD: &str =
    "InvalidParameter.InvalidIndexOptionsField";

/// 索引生命周期字段IndexPolicyField的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDINDEXPOLICYFIELD: &str =
    "InvalidParameter.InvalidIndexPolicyField";

/// 索引配置字段IndexSettingsField的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDINDEXSETTINGSFIELD: &str =
    "InvalidParameter.InvalidIndexSettingsField";

/// 索引类型IndexType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDINDEXTYPE: &str = "InvalidParameter.InvalidIndexType";

/// 无效的InstanceId，没有找到对应资源。
pub const INVALIDPARAMETER_INVALIDINSTANCEID: &str = "InvalidParameter.InvalidInstanceId";

/// 集群可维护时间段和集群ID InstanceOperationDurations的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDINSTANCEOPERATIONDURATIONS: &str =
    "InvalidParameter.InvalidInstanceOperationDurations";

/// Ip地址取值和预期不符。
pub const INVALIDPARAMETER_INVALIDIP: &str = "InvalidParameter.InvalidIp";

/// 私有网络vip列表IpList的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDIPLIST: &str = "InvalidParameter.InvalidIpList";

/// Kibana内网访问端口的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDKIBANAPRIVATEPORT: &str =
    "InvalidParameter.InvalidKibanaPrivatePort";

/// 分页大小Limit的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDLIMIT: &str = "InvalidParameter.InvalidLimit";

/// 实例版本LogstashVersion的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDLOGSTASHVERSION: &str = "InvalidParameter.InvalidLogstashVersion";

/// 日志类型LogType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDLOGTYPE: &str = "InvalidParameter.InvalidLogType";

/// 多可用区部署ZoneDetail的信息与预期不符。
pub const INVALIDPARAMETER_INVALIDMULTIZONEINFO: &str = "InvalidParameter.InvalidMultiZoneInfo";

/// 节点名称列表NodeNames的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDNODENAMES: &str = "InvalidParameter.InvalidNodeNames";

/// 节点数量NodeNum的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDNODENUM: &str = "InvalidParameter.InvalidNodeNum";

/// 节点规格NodeType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDNODETYPE: &str = "InvalidParameter.InvalidNodeType";

/// 温热层数据结构NodeTypeInfos的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDNODETYPESTORAGEINFO: &str =
    "InvalidParameter.InvalidNodeTypeStorageInfo";

/// 分页起始值Offset的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDOFFSET: &str = "InvalidParameter.InvalidOffset";

/// 可维护时间段OperationDuration的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDOPERATIONDURATION: &str =
    "InvalidParameter.InvalidOperationDuration";

/// 操作类型OpType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDOPTYPE: &str = "InvalidParameter.InvalidOpType";

/// 排序字段OrderByKey的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDORDERBYKEY: &str = "InvalidParameter.InvalidOrderByKey";

/// 排序方式OrderByType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDORDERBYTYPE: &str = "InvalidParameter.InvalidOrderByType";

/// 需要签名的参数Para的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDPARA: &str = "InvalidParameter.InvalidPara";

/// 内网访问PrivateAccess的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDPRIVATEACCESS: &str = "InvalidParameter.InvalidPrivateAccess";

/// 外网访问PublicAccess的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDPUBLICACCESS: &str = "InvalidParameter.InvalidPublicAccess";

/// 无效的lucene语法
pub const INVALIDPARAMETER_INVALIDQUERYSTRING: &str = "InvalidParameter.InvalidQueryString";

/// 地域Region的取值与预期不符。
pub const INVALIDPARAMETER_INVALIDREGION: &str = "InvalidParameter.InvalidRegion";

/// 可选重启模式RestartMode的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDRESTARTMODE: &str = "InvalidParameter.InvalidRestartMode";

/// 重启方式RestartType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDRESTARTTYPE: &str = "InvalidParameter.InvalidRestartType";

/// 数据样例JSON SampleJson的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDSAMPLEJSON: &str = "InvalidParameter.InvalidSampleJson";

/// 磁盘缩容安全检查系数scale_disk_safe_factor配置有误
pub const INVALIDPARAMETER_INVALIDSCALEDISKSAFEFACTOR: &str =
    "InvalidParameter.InvalidScaleDiskSafeFactor";

/// 场景化模版类型SceneType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDSCENETYPE: &str = "InvalidParameter.InvalidSceneType";

/// 安全组id列表SecurityGroupIds的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDSECURITYGROUPIDS: &str =
    "InvalidParameter.InvalidSecurityGroupIds";

/// ES serverless的serverlessId未找到
pub const INVALIDPARAMETER_INVALIDSERVERLESSID: &str = "InvalidParameter.InvalidServerlessId";

/// ES Serverless的spaceId未找到
pub const INVALIDPARAMETER_INVALIDSPACEID: &str = "InvalidParameter.InvalidSpaceId";

/// space的名称错误
pub const INVALIDPARAMETER_INVALIDSPACENAMES: &str = "InvalidParameter.InvalidSpaceNames";

/// 子网ID SubnetId的取值与预期不符。
pub const INVALIDPARAMETER_INVALIDSUBNETID: &str = "InvalidParameter.InvalidSubnetId";

/// 虚拟子网络统一ID列表的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDSUBNETUIDLIST: &str = "InvalidParameter.InvalidSubnetUidList";

/// 节点标签信息TagInfo的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDTAGINFO: &str = "InvalidParameter.InvalidTagInfo";

/// 节点标签信息列表TagList的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDTAGLIST: &str = "InvalidParameter.InvalidTagList";

/// 目标索引名TargetIndexName的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDTARGETINDEXNAME: &str = "InvalidParameter.InvalidTargetIndexName";

/// 接收请求的目标节点类型列表InvalidTargetNodeTypes的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDTARGETNODETYPES: &str = "InvalidParameter.InvalidTargetNodeTypes";

/// 时间相关参数的取值或格式和预期不符。
pub const INVALIDPARAMETER_INVALIDTIMEPARAM: &str = "InvalidParameter.InvalidTimeParam";

/// 调用链Id TraceUuid的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDTRACEUUID: &str = "InvalidParameter.InvalidTraceUuid";

/// 节点类型Type的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDTYPE: &str = "InvalidParameter.InvalidType";

/// Uin的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDUIN: &str = "InvalidParameter.InvalidUin";

/// 更新的索引元数据json UpdateMetaJson的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDUPDATEMETAJSON: &str = "InvalidParameter.InvalidUpdateMetaJson";

/// 更新类型UpdateType的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDUPDATETYPE: &str = "InvalidParameter.InvalidUpdateType";

/// 代金券ID列表VoucherIds的取值和预期不符。
pub const INVALIDPARAMETER_INVALIDVOUCHERIDS: &str = "InvalidParameter.InvalidVoucherIds";

/// 可用区Zone的信息与预期不符。
pub const INVALIDPARAMETER_INVALIDZONE: &str = "InvalidParameter.InvalidZone";

/// 空间名已存在。
pub const INVALIDPARAMETER_SPACENAMEEXIST: &str = "InvalidParameter.SpaceNameExist";

/// 空间名不合法。
pub const INVALIDPARAMETER_SPACENAMEINVALID: &str = "InvalidParameter.SpaceNameInvalid";

/// 用户名已存在。
pub const INVALIDPARAMETER_USERNAMEEXIST: &str = "InvalidParameter.UsernameExist";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 该账号下的集群数超过限额。
pub const LIMITEXCEEDED_CLUSTERNUM: &str = "LimitExceeded.ClusterNum";

/// 超过当天智能诊断最大次数。
pub const LIMITEXCEEDED_DIAGNOSECOUNT: &str = "LimitExceeded.DiagnoseCount";

/// 节点磁盘块数超过最大限额。
pub const LIMITEXCEEDED_DISKCOUNT: &str = "LimitExceeded.DiskCount";

/// 空间索引数超过配额。
pub const LIMITEXCEEDED_INDEXCOUNT: &str = "LimitExceeded.IndexCount";

/// 空间索引每日创建数超过配额。
pub const LIMITEXCEEDED_INDEXCREATE: &str = "LimitExceeded.IndexCreate";

/// 节点数量或索引存储量超过限额。
pub const LIMITEXCEEDED_NODENUMORINDICES: &str = "LimitExceeded.NodeNumOrIndices";

/// 超过最大自定义插件数量，请先删除部分自定义插件。
pub const LIMITEXCEEDED_PLUGININSTALL: &str = "LimitExceeded.PluginInstall";

/// 超出一个用户可以拥有的最大资源限制。
pub const LIMITEXCEEDED_RESOURCELIMIT: &str = "LimitExceeded.ResourceLimit";

/// 后端服务响应包大小超过配额限制
pub const LIMITEXCEEDED_RESPONSEPACKAGEOVERSIZE: &str = "LimitExceeded.ResponsePackageOversize";

/// 后端服务响应时间超过配额限制
pub const LIMITEXCEEDED_RESPONSETIMEOUT: &str = "LimitExceeded.ResponseTimeout";

/// 空间数超过配额。
pub const LIMITEXCEEDED_SPACECOUNT: &str = "LimitExceeded.SpaceCount";

/// 空间每日创建数超过配额。
pub const LIMITEXCEEDED_SPACECREATE: &str = "LimitExceeded.SpaceCreate";

/// 更新参数值过多，超过限制。
pub const LIMITEXCEEDED_UPDATEITEMLIMIT: &str = "LimitExceeded.UpdateItemLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 账户余额不足。
pub const RESOURCEINSUFFICIENT_BALANCE: &str = "ResourceInsufficient.Balance";

/// clb资源不足
pub const RESOURCEINSUFFICIENT_CLB: &str = "ResourceInsufficient.Clb";

/// 计算资源不足，可更换可用区或调整机型。
pub const RESOURCEINSUFFICIENT_CVM: &str = "ResourceInsufficient.CVM";

/// cvm份额不足。
pub const RESOURCEINSUFFICIENT_CVMQUOTA: &str = "ResourceInsufficient.CVMQuota";

/// 磁盘资源不足。
pub const RESOURCEINSUFFICIENT_DISK: &str = "ResourceInsufficient.Disk";

/// es资源不足
pub const RESOURCEINSUFFICIENT_ES: &str = "ResourceInsufficient.Es";

/// 隐藏可用区专用主节点资源不足。
pub const RESOURCEINSUFFICIENT_HIDDENZONE: &str = "ResourceInsufficient.HiddenZone";

/// 子网剩余ip数量不足。
pub const RESOURCEINSUFFICIENT_SUBNET: &str = "ResourceInsufficient.Subnet";

/// 可用的子网IP不足。
pub const RESOURCEINSUFFICIENT_SUBNETIP: &str = "ResourceInsufficient.SubnetIp";

/// 可用区资源不足。
pub const RESOURCEINSUFFICIENT_ZONE: &str = "ResourceInsufficient.Zone";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 存在诊断中的作业，请等待作业诊断完成后重试。
pub const RESOURCEINUSE_DIAGNOSE: &str = "ResourceInUse.Diagnose";

/// 索引状态处于隔离状态，不能进行其他操作。
pub const RESOURCEINUSE_ISOLATEDSTATUS: &str = "ResourceInUse.IsolatedStatus";

/// 订单被锁定。
pub const RESOURCEINUSE_ORDER: &str = "ResourceInUse.Order";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 账户信息未找到。
pub const RESOURCENOTFOUND_ACCOUNTINFONOTFOUND: &str = "ResourceNotFound.AccountInfoNotFound";

/// 巴拉多（barad）指标资源未找到。
pub const RESOURCENOTFOUND_BARADMETRICNOTFOUND: &str = "ResourceNotFound.BaradMetricNotFound";

/// CAM资源未找到。
pub const RESOURCENOTFOUND_CAMINFONOTFOUND: &str = "ResourceNotFound.CAMInfoNotFound";

/// 负载均衡信息未找到。
pub const RESOURCENOTFOUND_CLBNOTFOUND: &str = "ResourceNotFound.CLBNotFound";

/// 集群资源获取失败。
pub const RESOURCENOTFOUND_CLUSTERINFONOTFOUND: &str = "ResourceNotFound.ClusterInfoNotFound";

/// COS相关信息获取失败。
pub const RESOURCENOTFOUND_COSINFONOTFOUND: &str = "ResourceNotFound.CosInfoNotFound";

/// 获取CVM信息失败。
pub const RESOURCENOTFOUND_CVMINFONOTFOUND: &str = "ResourceNotFound.CVMInfoNotFound";

/// 数据节点信息未找到。
pub const RESOURCENOTFOUND_DATANODENOTFOUND: &str = "ResourceNotFound.DataNodeNotFound";

/// 数据库资源获取失败。
pub const RESOURCENOTFOUND_DBINFONOTFOUND: &str = "ResourceNotFound.DBInfoNotFound";

/// 智能诊断相关资源未找到。
pub const RESOURCENOTFOUND_DIAGNOSENOTFOUND: &str = "ResourceNotFound.DiagnoseNotFound";

/// 磁盘相关资源获取失败。
pub const RESOURCENOTFOUND_DISKINFONOTFOUND: &str = "ResourceNotFound.DiskInfoNotFound";

/// 集群信息获取失败
pub const RESOURCENOTFOUND_ESINFONOTFOUND: &str = "ResourceNotFound.EsInfoNotFound";

/// 索引信息不存在
pub const RESOURCENOTFOUND_INDEXINFONOTFOUND: &str = "ResourceNotFound.IndexInfoNotFound";

/// 密钥管理系统资源获取失败。
pub const RESOURCENOTFOUND_KMSNOTFOUND: &str = "ResourceNotFound.KMSNotFound";

/// 网络资源获取失败。
pub const RESOURCENOTFOUND_NETWORKINFONOTFOUND: &str = "ResourceNotFound.NetWorkInfoNotFound";

/// 获取oss资源失败。
pub const RESOURCENOTFOUND_OSSINFONOTFOUND: &str = "ResourceNotFound.OssInfoNotFound";

/// 安全组信息获取失败。
pub const RESOURCENOTFOUND_SECURITYGROUPNOTFOUND: &str = "ResourceNotFound.SecurityGroupNotFound";

/// 获取安全凭证服务资源失败。
pub const RESOURCENOTFOUND_STSNOTFOUND: &str = "ResourceNotFound.STSNotFound";

/// 获取计费资源失败。
pub const RESOURCENOTFOUND_TRADECGWNOTFOUND: &str = "ResourceNotFound.TradeCgwNotFound";

/// VPC资源获取失败。
pub const RESOURCENOTFOUND_VPCINFONOTFOUND: &str = "ResourceNotFound.VPCInfoNotFound";

/// 白名单资源获取失败。
pub const RESOURCENOTFOUND_WHITELISTNOTFOUND: &str = "ResourceNotFound.WhiteListNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// Uin不在白名单中。
pub const UNAUTHORIZEDOPERATION_UINNOTINWHITELIST: &str = "UnauthorizedOperation.UinNotInWhiteList";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 审计日志的状态冲突。
pub const UNSUPPORTEDOPERATION_AUDITSTATUSCONFLICT: &str =
    "UnsupportedOperation.AuditStatusConflict";

/// 不支持该认证方式。
pub const UNSUPPORTEDOPERATION_BASICSECURITYTYPE: &str = "UnsupportedOperation.BasicSecurityType";

/// 不支持变配节点或磁盘的配置。
pub const UNSUPPORTEDOPERATION_CHANGENODETYPE: &str = "UnsupportedOperation.ChangeNodeType";

/// 集群开启了saml登录，不能直接从https调整到http协议
pub const UNSUPPORTEDOPERATION_CLOSEHTTPSWITHSAML: &str = "UnsupportedOperation.CloseHttpsWithSaml";

/// 不支持该操作，在集群中存在分配的分片。
pub const UNSUPPORTEDOPERATION_CLUSTERSHARDNUM: &str = "UnsupportedOperation.ClusterShardNum";

/// 集群中存在部分索引处于关闭状态。
pub const UNSUPPORTEDOPERATION_CLUSTERSTATECLOSE: &str = "UnsupportedOperation.ClusterStateClose";

/// 集群中存在部分索引无备份。
pub const UNSUPPORTEDOPERATION_CLUSTERSTATENOREPLICATION: &str =
    "UnsupportedOperation.ClusterStateNoReplication";

/// 集群的状态不正常（不为绿）。
pub const UNSUPPORTEDOPERATION_CLUSTERSTATEUNHEALTH: &str =
    "UnsupportedOperation.ClusterStateUnHealth";

/// 该版本不支持cos备份。集群需要重启来允许cos备份。
pub const UNSUPPORTEDOPERATION_COSBACKUP: &str = "UnsupportedOperation.CosBackUp";

/// cvm当前运行状态不支持
pub const UNSUPPORTEDOPERATION_CVMSTATENOTSUPPORTED: &str =
    "UnsupportedOperation.CvmStateNotSupported";

/// 有关机的cvm
pub const UNSUPPORTEDOPERATION_CVMSTATUSSTOPPED: &str = "UnsupportedOperation.CvmStatusStopped";

/// 调整后集群数据节点堆内存过小
pub const UNSUPPORTEDOPERATION_DATANODEJVMHEAPTOOSMALL: &str =
    "UnsupportedOperation.DataNodeJvmHeapTooSmall";

/// 不支持该智能诊断任务。
pub const UNSUPPORTEDOPERATION_DIAGNOSEJOB: &str = "UnsupportedOperation.DiagnoseJob";

/// 智能诊断未开启。
pub const UNSUPPORTEDOPERATION_DIAGNOSENOTOPEN: &str = "UnsupportedOperation.DiagnoseNotOpen";

/// 节点磁盘可用空间不足
pub const UNSUPPORTEDOPERATION_DISKFREESPACEINSUFFICIENT: &str =
    "UnsupportedOperation.DiskFreeSpaceInsufficient";

/// 该操作仅支持弹性云盘
pub const UNSUPPORTEDOPERATION_DISKNOTPORTABLE: &str = "UnsupportedOperation.DiskNotPortable";

/// 当前磁盘状态不支持
pub const UNSUPPORTEDOPERATION_DISKSTATENOTSUPPORTED: &str =
    "UnsupportedOperation.DiskStateNotSupported";

/// 磁盘类型变更路径不支持
pub const UNSUPPORTEDOPERATION_DISKTYPECHANGEPATHNOTSUPPORTED: &str =
    "UnsupportedOperation.DiskTypeChangePathNotSupported";

/// 不支持的读硬盘配置。
pub const UNSUPPORTEDOPERATION_DISKUSE: &str = "UnsupportedOperation.DiskUse";

/// 不支持这个长度的editList的操作。
pub const UNSUPPORTEDOPERATION_EDITLISTLENGTH: &str = "UnsupportedOperation.EditListLength";

/// 存在未完成的异构扩缩容流程
pub const UNSUPPORTEDOPERATION_HETEROSCALINGEXECUTING: &str =
    "UnsupportedOperation.HeteroScalingExecuting";

/// 集群有索引设置index.routing.allocation.require._name,or _ip, or _id
pub const UNSUPPORTEDOPERATION_INDEXSETTINGSREQUIRESET: &str =
    "UnsupportedOperation.IndexSettingsRequireSet";

/// 不支持该操作，服务类型有误。
pub const UNSUPPORTEDOPERATION_INSTANCETYPEERROR: &str = "UnsupportedOperation.InstanceTypeError";

/// 内核版本不支持
pub const UNSUPPORTEDOPERATION_KERNELNOTSUPPORT: &str = "UnsupportedOperation.KernelNotSupport";

/// 当前ES集群版本过低，不支持Gpu机器
pub const UNSUPPORTEDOPERATION_KERNELNOTSUPPORTGPU: &str =
    "UnsupportedOperation.KernelNotSupportGpu";

/// 不支持该操作，license的类型有误。
pub const UNSUPPORTEDOPERATION_LICENSEERROR: &str = "UnsupportedOperation.LicenseError";

/// 不支持本地盘机型。
pub const UNSUPPORTEDOPERATION_LOCALDISK: &str = "UnsupportedOperation.LocalDisk";

/// 不支持迁移操作。
pub const UNSUPPORTEDOPERATION_MIGRATE: &str = "UnsupportedOperation.Migrate";

/// 不支持多可用区变配。
pub const UNSUPPORTEDOPERATION_MULTIZONESUPGRADE: &str = "UnsupportedOperation.MultiZonesUpgrade";

/// 抱歉，您需要前往ES控制台购买页完成确认认证，我们才能为您提供所选的腾讯云服务。如果对于确认流程有任何疑问，可以联系我们：https://www.tencentcloud.com/zh/contact-us。
pub const UNSUPPORTEDOPERATION_NOTAGREEMENT: &str = "UnsupportedOperation.NotAgreement";

/// 该操作仅支持数据盘
pub const UNSUPPORTEDOPERATION_NOTDATADISK: &str = "UnsupportedOperation.NotDataDisk";

/// 用户同步日志的配置passLogstashId为空，不支持该操作。
pub const UNSUPPORTEDOPERATION_PASSLOGSTASHID: &str = "UnsupportedOperation.PassLogstashId";

/// 不支持该插件。
pub const UNSUPPORTEDOPERATION_PLUGIN: &str = "UnsupportedOperation.Plugin";

/// 不支持对应Protocol的操作。
pub const UNSUPPORTEDOPERATION_PROTOCOL: &str = "UnsupportedOperation.Protocol";

/// 不支持的读取速度。
pub const UNSUPPORTEDOPERATION_READRATE: &str = "UnsupportedOperation.ReadRate";

/// 离线节点蓝绿变更存在风险，请直接选择重启“in-place”。
pub const UNSUPPORTEDOPERATION_RESTARTMODE: &str = "UnsupportedOperation.RestartMode";

/// 纵向缩容太多资源。
pub const UNSUPPORTEDOPERATION_SCALEDOWNTOOMUCH: &str = "UnsupportedOperation.ScaleDownTooMuch";

/// 横向缩容过多节点。
pub const UNSUPPORTEDOPERATION_SCALEINTOOMUCH: &str = "UnsupportedOperation.ScaleInTooMuch";

/// 单节点不支持该操作
pub const UNSUPPORTEDOPERATION_SINGLENODECLUSTERNOTSUPPORT: &str =
    "UnsupportedOperation.SingleNodeClusterNotSupport";

/// 不支持该操作，当前实例运行状态不为正常。
pub const UNSUPPORTEDOPERATION_STATUSNOTNORMAL: &str = "UnsupportedOperation.StatusNotNormal";

/// 不支持该操作，实例状态有误。
pub const UNSUPPORTEDOPERATION_STATUSNOTSUPPORT: &str = "UnsupportedOperation.StatusNotSupport";

/// 不支持切换PrivateLink架构。
pub const UNSUPPORTEDOPERATION_SWITCHPRIVATELINK: &str = "UnsupportedOperation.SwitchPrivateLink";

/// 集群总的磁盘容量较小。
pub const UNSUPPORTEDOPERATION_TOTALSTORAGE: &str = "UnsupportedOperation.TotalStorage";

/// 节点或磁盘数变更时不支持更新磁盘加密信息。
pub const UNSUPPORTEDOPERATION_UPDATEDISKENCRYPT: &str = "UnsupportedOperation.UpdateDiskEncrypt";

/// 不支持更新磁盘类型。
pub const UNSUPPORTEDOPERATION_UPDATEDISKTYPE: &str = "UnsupportedOperation.UpdateDiskType";

/// 不支持同时更新节点个数（NodeNum）和节点规格（NodeType）。
pub const UNSUPPORTEDOPERATION_UPDATENODENUMANDNODETYPE: &str =
    "UnsupportedOperation.UpdateNodeNumAndNodeType";

/// VPC资源获取失败。
pub const UNSUPPORTEDOPERATION_VPCINFONOTFOUND: &str = "UnsupportedOperation.VPCInfoNotFound";

/// 不支持的web组件。
pub const UNSUPPORTEDOPERATION_WEBSERVICETYPE: &str = "UnsupportedOperation.WebServiceType";

/// 不支持的写入速度。
pub const UNSUPPORTEDOPERATION_WRITERATE: &str = "UnsupportedOperation.WriteRate";
