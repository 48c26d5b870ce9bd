//! Error codes of `emr`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_emr::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 操作失败。
pub const FAILEDOPERATION_CHECKIFSUPPORTPODSTRETCH: &str =
    "FailedOperation.CheckIfSupportPodStretch";

/// DB异常
pub const FAILEDOPERATION_DBEXCEPTION: &str = "FailedOperation.DBException";

/// 拉取资源标签失败
pub const FAILEDOPERATION_DESCRIBERESOURCETAGSFAILED: &str =
    "FailedOperation.DescribeResourceTagsFailed";

/// 重复的订单，请检查emr控制台。
pub const FAILEDOPERATION_DUPLICATEORDERNOTALLOWED: &str =
    "FailedOperation.DuplicateOrderNotAllowed";

/// 获取cam角色失败。
pub const FAILEDOPERATION_GETCAMROLEFAILED: &str = "FailedOperation.GetCamRoleFailed";

/// 调用cam服务失败。
pub const FAILEDOPERATION_GETCAMSERVERFAILED: &str = "FailedOperation.GetCamServerFailed";

/// 获取cvm 规格信息失败。
pub const FAILEDOPERATION_GETCVMCONFIGQUOTAFAILED: &str = "FailedOperation.GetCvmConfigQuotaFailed";

/// 调用cvm服务失败。
pub const FAILEDOPERATION_GETCVMSERVERFAILED: &str = "FailedOperation.GetCvmServerFailed";

/// 调去询价中心服务失败
pub const FAILEDOPERATION_GETTRADESERVERFAILED: &str = "FailedOperation.GetTradeServerFailed";

/// 余额不足
pub const FAILEDOPERATION_INSUFFICIENTACCOUNTBALANCE: &str =
    "FailedOperation.InsufficientAccountBalance";

/// 不允许更多的扩缩容规则。
pub const FAILEDOPERATION_MORESTRATEGYNOTALLOWED: &str = "FailedOperation.MoreStrategyNotAllowed";

/// Namespace中有用户手动拉起的pod
pub const FAILEDOPERATION_NAMESPACEHASUSERCUSTOMPODS: &str =
    "FailedOperation.NamespaceHasUserCustomPods";

/// 未授权操作。
pub const FAILEDOPERATION_NOTAUTHENTICATED: &str = "FailedOperation.NotAuthenticated";

/// 操作失败，不支持pod。
pub const FAILEDOPERATION_NOTSUPPORTPOD: &str = "FailedOperation.NotSupportPod";

/// 操作失败。
pub const FAILEDOPERATION_REFUNDCVMFAILED: &str = "FailedOperation.RefundCvmFailed";

/// 操作失败。
pub const FAILEDOPERATION_SPECDELETEDENYFORAUTOSCALESTRATEGIES: &str =
    "FailedOperation.SpecDeleteDenyForAutoScaleStrategies";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部服务调用异常。
pub const INTERNALERROR_ACCOUNTCGWERROR: &str = "InternalError.AccountCgwError";

/// 内部服务调用异常。
pub const INTERNALERROR_CAMCGWERROR: &str = "InternalError.CamCgwError";

/// 内部服务调用异常。
pub const INTERNALERROR_CAMERROR: &str = "InternalError.CamError";

/// 内部服务调用异常。
pub const INTERNALERROR_CBSCGWERROR: &str = "InternalError.CbsCgwError";

/// 内部服务调用异常。
pub const INTERNALERROR_CBSERROR: &str = "InternalError.CbsError";

/// 内部服务调用异常。
pub const INTERNALERROR_CDBCGWERROR: &str = "InternalError.CdbCgwError";

/// 内部服务调用异常。
pub const INTERNALERROR_CDBERROR: &str = "InternalError.CdbError";

/// cvm或cbs资源不够或软件不合法。
pub const INTERNALERROR_CHECKQUOTAERR: &str = "InternalError.CheckQuotaErr";

/// 内部服务调用异常。
pub const INTERNALERROR_CONFIGCGWERROR: &str = "InternalError.ConfigCgwError";

/// 内部服务调用异常。
pub const INTERNALERROR_CVMERROR: &str = "InternalError.CvmError";

/// DB查询异常。
pub const INTERNALERROR_DBQUERYEXCEPTION: &str = "InternalError.DBQueryException";

/// 请求OpenTSDB异常。
pub const INTERNALERROR_DOOPENTSDBREQUESTEXCEPTION: &str =
    "InternalError.DoOpenTSDBRequestException";

/// 调用EKS报错。
pub const INTERNALERROR_EKSERROR: &str = "InternalError.EKSError";

/// 内部服务调用异常。
pub const INTERNALERROR_KMSERROR: &str = "InternalError.KmsError";

/// 请求OpenTSDB失败。
pub const INTERNALERROR_OPENTSDBHTTPRETURNCODENOTOK: &str =
    "InternalError.OpenTSDBHttpReturnCodeNotOK";

/// 内部服务调用异常。
pub const INTERNALERROR_PROJECTCGWERROR: &str = "InternalError.ProjectCgwError";

/// 安全组接口调用异常。
pub const INTERNALERROR_SGERROR: &str = "InternalError.SgError";

/// 内部服务调用异常。
pub const INTERNALERROR_TAGERROR: &str = "InternalError.TagError";

/// TKE调用出错。
pub const INTERNALERROR_TKEERROR: &str = "InternalError.TKEError";

/// 内部服务调用异常。
pub const INTERNALERROR_TRADECGWERROR: &str = "InternalError.TradeCgwError";

/// 内部服务调用异常。
pub const INTERNALERROR_VPCCGWERROR: &str = "InternalError.VpcCgwError";

/// 内部服务调用异常。
pub const INTERNALERROR_VPCERROR: &str = "InternalError.VpcError";

/// 内部服务调用异常。
pub const INTERNALERROR_WOODSERVERERROR: &str = "InternalError.WoodServerError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 无效的Tke集群ID，或Tke集群不符合条件。
pub const INVALIDPARAMETERVALUE_INVALIDTKEINSTANCE: &str =
    "InvalidParameterValue.InvalidTkeInstance";

/// 参数错误。
pub const INVALIDPARAMETER_APPIDRESOURCENOTMATCH: &str = "InvalidParameter.AppIdResourceNotMatch";

/// CpuType参数无效。
pub const INVALIDPARAMETER_CPUTYPE: &str = "InvalidParameter.CpuType";

/// 展示策略错误。
pub const INVALIDPARAMETER_DISPLAYSTRATEGYNOTMATCH: &str =
    "InvalidParameter.DisplayStrategyNotMatch";

/// 参数错误。
pub const INVALIDPARAMETER_HALESSMASTERCOUNT: &str = "InvalidParameter.HALessMasterCount";

/// impala查询参数异常。
pub const INVALIDPARAMETER_IMPALAQUERYEXCEPTION: &str = "InvalidParameter.ImpalaQueryException";

/// Common节点数量无效。
pub const INVALIDPARAMETER_INCORRECTCOMMONCOUNT: &str = "InvalidParameter.IncorrectCommonCount";

/// Master节点数量无效。
pub const INVALIDPARAMETER_INCORRECTMASTERCOUNT: &str = "InvalidParameter.IncorrectMasterCount";

/// 不合法的AllNodeResourceSpec参数。
pub const INVALIDPARAMETER_INVALIDALLNODERESOURCESPEC: &str =
    "InvalidParameter.InvalidAllNodeResourceSpec";

/// 无效参数，AppId。
pub const INVALIDPARAMETER_INVALIDAPPID: &str = "InvalidParameter.InvalidAppId";

/// 无效的自动续费标识。
pub const INVALIDPARAMETER_INVALIDAUTORENEW: &str = "InvalidParameter.InvalidAutoRenew";

/// 无效的引导脚本。
pub const INVALIDPARAMETER_INVALIDBOOTSTRAPACTION: &str = "InvalidParameter.InvalidBootstrapAction";

/// Classification参数值无效。
pub const INVALIDPARAMETER_INVALIDCLASSIFICATION: &str = "InvalidParameter.InvalidClassification";

/// ExternalAccess.ClbSetting.VpcSetting参数无效。
pub const INVALIDPARAMETER_INVALIDCLBSERVERVPCSETTING: &str =
    "InvalidParameter.InvalidCLBServerVpcSetting";

/// 无效的ClickHouse集群。
pub const INVALIDPARAMETER_INVALIDCLICKHOUSECLUSTER: &str =
    "InvalidParameter.InvalidClickHouseCluster";

/// 无效的ClientToken。
pub const INVALIDPARAMETER_INVALIDCLIENTTOKEN: &str = "InvalidParameter.InvalidClientToken";

/// 无效参数，ClusterId。
pub const INVALIDPARAMETER_INVALIDCLUSTERID: &str = "InvalidParameter.InvalidClusterId";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDCOMMONDISKTYPE: &str = "InvalidParameter.InvalidCommonDiskType";

/// 不合法的指标比较方法。
pub const INVALIDPARAMETER_INVALIDCOMPAREMETHOD: &str = "InvalidParameter.InvalidCompareMethod";

/// 无效的组件。
pub const INVALIDPARAMETER_INVALIDCOMPONENT: &str = "InvalidParameter.InvalidComponent";

/// 至少需要一个触发条件。
pub const INVALIDPARAMETER_INVALIDCONDITIONNUM: &str = "InvalidParameter.InvalidConditionNum";

/// 无效的下发配置文件类型。
pub const INVALIDPARAMETER_INVALIDCONFIGTYPE: &str = "InvalidParameter.InvalidConfigType";

/// Core节点数量无效。
pub const INVALIDPARAMETER_INVALIDCORECOUNT: &str = "InvalidParameter.InvalidCoreCount";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDCOREDISKTYPE: &str = "InvalidParameter.InvalidCoreDiskType";

/// 无效的CosBucket
pub const INVALIDPARAMETER_INVALIDCOSBUCKET: &str = "InvalidParameter.InvalidCosBucket";

/// CosFileUri参数值无效。
pub const INVALIDPARAMETER_INVALIDCOSFILEURI: &str = "InvalidParameter.InvalidCosFileURI";

/// 扩容数量必须大于0。
pub const INVALIDPARAMETER_INVALIDCOUNT: &str = "InvalidParameter.InvalidCount";

/// 同一请求只能扩容Task或者Core节点。
pub const INVALIDPARAMETER_INVALIDCOUNTNUM: &str = "InvalidParameter.InvalidCountNum";

/// 错误信息：Invalid PodParameter。
pub const INVALIDPARAMETER_INVALIDCUSTOMIZEDPODPARAM: &str =
    "InvalidParameter.InvalidCustomizedPodParam";

/// DependService和EnableKerberos参数冲突。
pub const INVALIDPARAMETER_INVALIDDEPENDSERVICEANDENABLEKERBEROSCONFLICT: &str =
    "InvalidParameter.InvalidDependServiceAndEnableKerberosConflict";

/// 无效的磁盘数量。
pub const INVALIDPARAMETER_INVALIDDISKNUM: &str = "InvalidParameter.InvalidDiskNum";

/// 无效的磁盘大小。
pub const INVALIDPARAMETER_INVALIDDISKSIZE: &str = "InvalidParameter.InvalidDiskSize";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDDISKTYPE: &str = "InvalidParameter.InvalidDiskType";

/// 下载对象参数值无效。
pub const INVALIDPARAMETER_INVALIDDOWNLOADOBJ: &str = "InvalidParameter.InvalidDownloadObj";

/// 无效的DynamicInstanceType参数。
pub const INVALIDPARAMETER_INVALIDDYNAMICINSTANCETYPE: &str =
    "InvalidParameter.InvalidDynamicInstanceType";

/// 无效的EKS实例。
pub const INVALIDPARAMETER_INVALIDEKSINSTANCE: &str = "InvalidParameter.InvalidEksInstance";

/// 指定的将导出配置文件参数有误。
pub const INVALIDPARAMETER_INVALIDEXPORTCONFCONTEXTS: &str =
    "InvalidParameter.InvalidExportConfContexts";

/// CustomConfig参数值无效。
pub const INVALIDPARAMETER_INVALIDEXTENDFIELD: &str = "InvalidParameter.InvalidExtendField";

/// NameServiceName参数值无效。
pub const INVALIDPARAMETER_INVALIDEXTENDNAMESERVICE: &str =
    "InvalidParameter.InvalidExtendNameService";

/// 无效组件依赖集群vpc。
pub const INVALIDPARAMETER_INVALIDEXTERNALSERVICEVPCID: &str =
    "InvalidParameter.InvalidExternalServiceVpcId";

/// 无效的任务失败处理策略。
pub const INVALIDPARAMETER_INVALIDFAILUREPOLICY: &str = "InvalidParameter.InvalidFailurePolicy";

/// 文件路径参数值无效。
pub const INVALIDPARAMETER_INVALIDFILEPATH: &str = "InvalidParameter.InvalidFilePath";

/// 无效过滤参数。
pub const INVALIDPARAMETER_INVALIDFILTERKEY: &str = "InvalidParameter.InvalidFilterKey";

/// 无效参数，EMR实例不符合要求。
pub const INVALIDPARAMETER_INVALIDINSTANCE: &str = "InvalidParameter.InvalidInstance";

/// 不合法的实例计费模式。
pub const INVALIDPARAMETER_INVALIDINSTANCECHARGETYPE: &str =
    "InvalidParameter.InvalidInstanceChargeType";

/// 无效的集群名称。
pub const INVALIDPARAMETER_INVALIDINSTANCENAME: &str = "InvalidParameter.InvalidInstanceName";

/// 无效的集群保留策略。
pub const INVALIDPARAMETER_INVALIDINSTANCEPOLICY: &str = "InvalidParameter.InvalidInstancePolicy";

/// 无效的机型。
pub const INVALIDPARAMETER_INVALIDINSTANCETYPE: &str = "InvalidParameter.InvalidInstanceType";

/// 指定的销毁IP无效。
pub const INVALIDPARAMETER_INVALIDIPLIST: &str = "InvalidParameter.InvalidIpList";

/// 无效的流程任务。
pub const INVALIDPARAMETER_INVALIDJOBFLOW: &str = "InvalidParameter.InvalidJobFlow";

/// 无效的任务步骤类型。
pub const INVALIDPARAMETER_INVALIDJOBTYPE: &str = "InvalidParameter.InvalidJobType";

/// 不合法的LoadBalancerId
pub const INVALIDPARAMETER_INVALIDLOADBALANCER: &str = "InvalidParameter.InvalidLoadBalancer";

/// 无效的登录设置。
pub const INVALIDPARAMETER_INVALIDLOGINSETTING: &str = "InvalidParameter.InvalidLoginSetting";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDMASTERDISKTYPE: &str = "InvalidParameter.InvalidMasterDiskType";

/// 无效的元数据库URL。
pub const INVALIDPARAMETER_INVALIDMETADATAJDBCURL: &str = "InvalidParameter.InvalidMetaDataJdbcUrl";

/// 无效的元数据库实例Id。
pub const INVALIDPARAMETER_INVALIDMETAINSTANCEID: &str = "InvalidParameter.InvalidMetaInstanceId";

/// 无效的元数据表类型。
pub const INVALIDPARAMETER_INVALIDMETATYPE: &str = "InvalidParameter.InvalidMetaType";

/// 变配规格无效。
pub const INVALIDPARAMETER_INVALIDMODIFYSPEC: &str = "InvalidParameter.InvalidModifySpec";

/// 不合法的节点数量。
pub const INVALIDPARAMETER_INVALIDNODECOUNT: &str = "InvalidParameter.InvalidNodeCount";

/// 不合法的节点类型。
pub const INVALIDPARAMETER_INVALIDNODEFLAG: &str = "InvalidParameter.InvalidNodeFlag";

/// 无效的NodeType。
pub const INVALIDPARAMETER_INVALIDNODETYPE: &str = "InvalidParameter.InvalidNodeType";

/// 无效的SoftInfo。
pub const INVALIDPARAMETER_INVALIDPARAMTERINVALIDSOFTINFO: &str =
    "InvalidParameter.InvalidParamterInvalidSoftInfo";

/// 无效密码。
pub const INVALIDPARAMETER_INVALIDPASSWORD: &str = "InvalidParameter.InvalidPassword";

/// 无效的付费类型。
pub const INVALIDPARAMETER_INVALIDPAYMODE: &str = "InvalidParameter.InvalidPaymode";

/// PodNum参数无效。
pub const INVALIDPARAMETER_INVALIDPODNUM: &str = "InvalidParameter.InvalidPodNum";

/// 无效的引导操作脚本。
pub const INVALIDPARAMETER_INVALIDPREEXECUTEDFILE: &str = "InvalidParameter.InvalidPreExecutedFile";

/// 不合法的指标处理方法。
pub const INVALIDPARAMETER_INVALIDPROCESSMETHOD: &str = "InvalidParameter.InvalidProcessMethod";

/// 无效参数，不符合EMR版本。
pub const INVALIDPARAMETER_INVALIDPRODUCT: &str = "InvalidParameter.InvalidProduct";

/// 无效的产品ID。
pub const INVALIDPARAMETER_INVALIDPRODUCTID: &str = "InvalidParameter.InvalidProductId";

/// 不合法的产品版本。
pub const INVALIDPARAMETER_INVALIDPRODUCTVERSION: &str = "InvalidParameter.InvalidProductVersion";

/// 无效的项目ID。
pub const INVALIDPARAMETER_INVALIDPROJECTID: &str = "InvalidParameter.InvalidProjectId";

/// Region参数值无效。
pub const INVALIDPARAMETER_INVALIDREGION: &str = "InvalidParameter.InvalidRegion";

/// 不合法自动续费标识。
pub const INVALIDPARAMETER_INVALIDRENEWFLAG: &str = "InvalidParameter.InvalidRenewFlag";

/// 无效资源ID。
pub const INVALIDPARAMETER_INVALIDRESOURCEID: &str = "InvalidParameter.InvalidResourceId";

/// 资源ID无效。
pub const INVALIDPARAMETER_INVALIDRESOURCEIDS: &str = "InvalidParameter.InvalidResourceIds";

/// 无效的资源规格。
pub const INVALIDPARAMETER_INVALIDRESOURCESPEC: &str = "InvalidParameter.InvalidResourceSpec";

/// ResType值无效。
pub const INVALIDPARAMETER_INVALIDRESTYPE: &str = "InvalidParameter.InvalidResType";

/// 扩容Router节点数量无效。
pub const INVALIDPARAMETER_INVALIDROUTERCOUNT: &str = "InvalidParameter.InvalidRouterCount";

/// 无效的扩缩容动作。
pub const INVALIDPARAMETER_INVALIDSCALEACTION: &str = "InvalidParameter.InvalidScaleAction";

/// 不合法的引导脚本执行参数。
pub const INVALIDPARAMETER_INVALIDSCRIPTBOOTSTRAPACTIONCONFIG: &str =
    "InvalidParameter.InvalidScriptBootstrapActionConfig";

/// 该EMR版本不支持开启安全模式。
pub const INVALIDPARAMETER_INVALIDSECURITYSUPPORT: &str = "InvalidParameter.InvalidSecuritySupport";

/// 无效的安全组ID。
pub const INVALIDPARAMETER_INVALIDSERCURITYGRPUPID: &str =
    "InvalidParameter.InvalidSercurityGrpupId";

/// 服务名无效。
pub const INVALIDPARAMETER_INVALIDSERVICENAME: &str = "InvalidParameter.InvalidServiceName";

/// 参数ServiceNodeInfo无效或错误。
pub const INVALIDPARAMETER_INVALIDSERVICENODEINFO: &str = "InvalidParameter.InvalidServiceNodeInfo";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDSERVICETYPE: &str = "InvalidParameter.InvalidServiceType";

/// 参数InvalidSoftDeployInfo无效或错误。
pub const INVALIDPARAMETER_INVALIDSOFTDEPLOYINFO: &str = "InvalidParameter.InvalidSoftDeployInfo";

/// 无效的SoftInfo。
pub const INVALIDPARAMETER_INVALIDSOFTINFO: &str = "InvalidParameter.InvalidSoftInfo";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDSOFTWARE: &str = "InvalidParameter.InvalidSoftWare";

/// 软件名无效。
pub const INVALIDPARAMETER_INVALIDSOFTWARENAME: &str = "InvalidParameter.InvalidSoftWareName";

/// 软件版本无效。
pub const INVALIDPARAMETER_INVALIDSOFTWAREVERSION: &str = "InvalidParameter.InvalidSoftWareVersion";

/// invalid Parameter StartTime or EndTime.参数无效
pub const INVALIDPARAMETER_INVALIDSTARTTIMEORENDTIME: &str =
    "InvalidParameter.InvalidStartTimeOrEndTime";

/// invalid Parameter StatisticPeriod or TriggerThreshold.参数无效
pub const INVALIDPARAMETER_INVALIDSTATISTICPERIODORTRIGGERTHRESHOLD: &str =
    "InvalidParameter.InvalidStatisticPeriodOrTriggerThreshold";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDSTRATEGY: &str = "InvalidParameter.InvalidStrategy";

/// 无效的规则优先级。
pub const INVALIDPARAMETER_INVALIDSTRATEGYPRIORITY: &str =
    "InvalidParameter.InvalidStrategyPriority";

/// 无效的规格。
pub const INVALIDPARAMETER_INVALIDSTRATEGYSPEC: &str = "InvalidParameter.InvalidStrategySpec";

/// 不支持的扩缩容策略类型。
pub const INVALIDPARAMETER_INVALIDSTRATEGYTYPE: &str = "InvalidParameter.InvalidStrategyType";

/// 无效的子网ID。
pub const INVALIDPARAMETER_INVALIDSUBNETID: &str = "InvalidParameter.InvalidSubnetId";

/// 无效的高可用参数。
pub const INVALIDPARAMETER_INVALIDSUPPORTHA: &str = "InvalidParameter.InvalidSupportHA";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDTAGSGROUP: &str = "InvalidParameter.InvalidTagsGroup";

/// task的数量不能超过20。
pub const INVALIDPARAMETER_INVALIDTASKCOUNT: &str = "InvalidParameter.InvalidTaskCount";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDTIMELAYOUT: &str = "InvalidParameter.InvalidTimeLayout";

/// 无效的timespan。
pub const INVALIDPARAMETER_INVALIDTIMESPAN: &str = "InvalidParameter.InvalidTimeSpan";

/// 无效的TimeUnit。
pub const INVALIDPARAMETER_INVALIDTIMEUNIT: &str = "InvalidParameter.InvalidTimeUnit";

/// 无效的Tke集群ID，或Tke集群不符合条件。
pub const INVALIDPARAMETER_INVALIDTKEINSTANCE: &str = "InvalidParameter.InvalidTkeInstance";

/// 父账号uin参数输入异常。
pub const INVALIDPARAMETER_INVALIDUINNUM: &str = "InvalidParameter.InvalidUinNum";

/// 无效的统一元数据库。
pub const INVALIDPARAMETER_INVALIDUNIFYMETA: &str = "InvalidParameter.InvalidUnifyMeta";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDVENDORTYPE: &str = "InvalidParameter.InvalidVendorType";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDVOLUMETYPE: &str = "InvalidParameter.InvalidVolumeType";

/// 无效的私有网络ID。
pub const INVALIDPARAMETER_INVALIDVPCID: &str = "InvalidParameter.InvalidVpcId";

/// cosFileUri中的WriteFile参数值无效。
pub const INVALIDPARAMETER_INVALIDWRITEFILE: &str = "InvalidParameter.InvalidWriteFile";

/// 无效的可用区。
pub const INVALIDPARAMETER_INVALIDZONE: &str = "InvalidParameter.InvalidZone";

/// 不合法的支持Kerberos标识。
pub const INVALIDPARAMETER_KERBEROSSUPPORT: &str = "InvalidParameter.KerberosSupport";

/// 参数错误。
pub const INVALIDPARAMETER_LESSCOMMONCOUNT: &str = "InvalidParameter.LessCommonCount";

/// 参数错误。
pub const INVALIDPARAMETER_LESSTASKCOUNT: &str = "InvalidParameter.LessTaskCount";

/// 超过cvm实例最大限制个数。
pub const INVALIDPARAMETER_MOREMAXLIMITNUM: &str = "InvalidParameter.MoreMaxlimitNum";

/// 无效参数，不满足必须组件。
pub const INVALIDPARAMETER_NOTCONTAINMUSTSELECTSOFTWARE: &str =
    "InvalidParameter.NotContainMustSelectSoftware";

/// 排序字段错误。
pub const INVALIDPARAMETER_ORDERFIELDNOTMATCH: &str = "InvalidParameter.OrderFieldNotMatch";

/// 付费模式与资源不匹配。
pub const INVALIDPARAMETER_PAYMODERESOURCENOTMATCH: &str =
    "InvalidParameter.PayModeResourceNotMatch";

/// 项目与资源不匹配。
pub const INVALIDPARAMETER_PROJECTRESOURCENOTMATCH: &str =
    "InvalidParameter.ProjectResourceNotMatch";

/// 执行时间重复。
pub const INVALIDPARAMETER_REPEATEDEXECUTIONTIME: &str = "InvalidParameter.RepeatedExecutionTime";

/// 扩缩容规则名重复。
pub const INVALIDPARAMETER_REPEATEDSTRATEGYNAME: &str = "InvalidParameter.RepeatedStrategyName";

/// ResourceProviderType参数无效。
pub const INVALIDPARAMETER_RESOURCEPROVIDERTYPE: &str = "InvalidParameter.ResourceProviderType";

/// 该服务不支持重启。
pub const INVALIDPARAMETER_RESTARTSERVICEUNSUPPORTED: &str =
    "InvalidParameter.RestartServiceUnsupported";

/// 存在无效的产品组件。
pub const INVALIDPARAMETER_SOFTWARENOTINPRODUCR: &str = "InvalidParameter.SoftwareNotInProducr";

/// 存在无效的产品组件。
pub const INVALIDPARAMETER_SOFTWARENOTINPRODUCT: &str = "InvalidParameter.SoftwareNotInProduct";

/// 策略为授权。
pub const INVALIDPARAMETER_UNGRANTEDPOLICY: &str = "InvalidParameter.UngrantedPolicy";

/// 角色未授权。
pub const INVALIDPARAMETER_UNGRANTEDROLE: &str = "InvalidParameter.UngrantedRole";

/// 参数错误。
pub const INVALIDPARAMETER_UNSATISFIEDSOFTDEPENDECY: &str =
    "InvalidParameter.UnsatisfiedSoftDependecy";

/// 可用区与资源不匹配。
pub const INVALIDPARAMETER_ZONERESOURCENOTMATCH: &str = "InvalidParameter.ZoneResourceNotMatch";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 引导脚本数量超过限制。
pub const LIMITEXCEEDED_BOOTSTRAPACTIONSNUMLIMITEXCEEDED: &str =
    "LimitExceeded.BootstrapActionsNumLimitExceeded";

/// Pod Cpu请求数量超过集群限制。
pub const LIMITEXCEEDED_PODCPULIMITEXCEEDEDAVAILABLECPU: &str =
    "LimitExceeded.PodCpuLimitExceededAvailableCpu";

/// Pod Cpu请求数量超过节点限制。
pub const LIMITEXCEEDED_PODCPULIMITEXCEEDEDNODEAVAILABLECPU: &str =
    "LimitExceeded.PodCpuLimitExceededNodeAvailableCpu";

/// Pod 内存请求数量超过集群限制。
pub const LIMITEXCEEDED_PODMEMORYLIMITEXCEEDEDAVAILABLEMEMORY: &str =
    "LimitExceeded.PodMemoryLimitExceededAvailableMemory";

/// 请求已经积压并超过了限制
pub const LIMITEXCEEDED_REQUESTBACKLOGEXCEEDSLIMIT: &str =
    "LimitExceeded.RequestBacklogExceedsLimit";

/// 安全组数量超过限制。
pub const LIMITEXCEEDED_SECURITYGROUPNUMLIMITEXCEEDED: &str =
    "LimitExceeded.SecurityGroupNumLimitExceeded";

/// 用户数量超过了限制
pub const LIMITEXCEEDED_USERCOUNTEXCEEDSLIMIT: &str = "LimitExceeded.UserCountExceedsLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少参数错误。
pub const MISSINGPARAMETER_MISSINGCORERESOURCE: &str = "MissingParameter.MissingCoreResource";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 硬盘规格不满足。
pub const RESOURCEINSUFFICIENT_DISKINSUFFICIENT: &str = "ResourceInsufficient.DiskInsufficient";

/// 不支持或售罄的节点规格。
pub const RESOURCEINSUFFICIENT_INSTANCEINSUFFICIENT: &str =
    "ResourceInsufficient.InstanceInsufficient";

/// 实例在流程中。
pub const RESOURCEINUSE_INSTANCEINPROCESS: &str = "ResourceInUse.InstanceInProcess";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不存在。
pub const RESOURCENOTFOUND_CDBINFONOTFOUND: &str = "ResourceNotFound.CDBInfoNotFound";

/// 无法找到该实例。
pub const RESOURCENOTFOUND_CLUSTERNOTFOUND: &str = "ResourceNotFound.ClusterNotFound";

/// 无法找到指定的CVM实例。
pub const RESOURCENOTFOUND_CVMINSTANCENOTFOUND: &str = "ResourceNotFound.CvmInstanceNotFound";

/// 无法找到硬件信息。
pub const RESOURCENOTFOUND_HARDWAREINFONOTFOUND: &str = "ResourceNotFound.HardwareInfoNotFound";

/// 无法找到该实例。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// 无法找到监控元数据。
pub const RESOURCENOTFOUND_METRICSMETANOTFOUND: &str = "ResourceNotFound.MetricsMetaNotFound";

/// 该集群没有备选规格。
pub const RESOURCENOTFOUND_OPTIONALSPECFOUND: &str = "ResourceNotFound.OptionalSpecFound";

/// 无法找到监控元数据。
pub const RESOURCENOTFOUND_RESOURCENOTFOUND: &str = "ResourceNotFound.ResourceNotFound";

/// 无法找到服务组件配置。
pub const RESOURCENOTFOUND_SERVICECONFNOTFOUND: &str = "ResourceNotFound.ServiceConfNotFound";

/// 无法找到该服务组件。
pub const RESOURCENOTFOUND_SERVICEGROUPNOTFOUND: &str = "ResourceNotFound.ServiceGroupNotFound";

/// 服务节点没有找到。
pub const RESOURCENOTFOUND_SERVICENODENOTFOUND: &str = "ResourceNotFound.ServiceNodeNotFound";

/// 不存在的规格。
pub const RESOURCENOTFOUND_SPECNOTFOUND: &str = "ResourceNotFound.SpecNotFound";

/// 未找到相应扩缩容规则。
pub const RESOURCENOTFOUND_STRATEGYNOTFOUND: &str = "ResourceNotFound.StrategyNotFound";

/// 找不到对应的子网。
pub const RESOURCENOTFOUND_SUBNETNOTFOUND: &str = "ResourceNotFound.SubnetNotFound";

/// 没有查找到指定标签。
pub const RESOURCENOTFOUND_TAGSNOTFOUND: &str = "ResourceNotFound.TagsNotFound";

/// tke集群前置组件未部署。
pub const RESOURCENOTFOUND_TKEPRECONDITIONNOTFOUND: &str =
    "ResourceNotFound.TKEPreconditionNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// CBS资源售罄。
pub const RESOURCESSOLDOUT_CBSSOLDOUT: &str = "ResourcesSoldOut.CbsSoldOut";

/// 云服务器已售罄。
pub const RESOURCESSOLDOUT_CVMSOLDOUT: &str = "ResourcesSoldOut.CvmSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE_NOTSUPPORTCLUSTERTYPE: &str =
    "ResourceUnavailable.NotSupportClusterType";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE_NOTSUPPORTNODETYPE: &str = "ResourceUnavailable.NotSupportNodeType";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE_NOTSUPPORTRESOURCETYPE: &str =
    "ResourceUnavailable.NotSupportResourceType";

/// 资源规格重复。
pub const RESOURCEUNAVAILABLE_REPEATSPEC: &str = "ResourceUnavailable.RepeatSpec";

/// 当前资源规格不存在默认规格。
pub const RESOURCEUNAVAILABLE_RESOURCESPECNOTDEFAULTSPEC: &str =
    "ResourceUnavailable.ResourceSpecNotDefaultSpec";

/// 资源规格不存在。
pub const RESOURCEUNAVAILABLE_RESOURCESPECNOTEXIST: &str =
    "ResourceUnavailable.ResourceSpecNotExist";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// appid不一致。
pub const UNAUTHORIZEDOPERATION_APPIDMISMATCHED: &str = "UnauthorizedOperation.AppIdMismatched";

/// 校验账号操作无权限。
pub const UNAUTHORIZEDOPERATION_CHECKCAMAUTH: &str = "UnauthorizedOperation.CheckCamAuth";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 该功能白名单支持。
pub const UNSUPPORTEDOPERATION_NOTINWHITELIST: &str = "UnsupportedOperation.NotInWhiteList";

/// 该服务不支持此操作。
pub const UNSUPPORTEDOPERATION_SERVICENOTSUPPORT: &str = "UnsupportedOperation.ServiceNotSupport";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDDISKTYPE: &str =
    "UnsupportedOperation.UnsupportedDiskType";
