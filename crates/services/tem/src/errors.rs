//! Error codes of `tem`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tem::errors::FAILEDOPERATION_ACTIONREADTIMEOUT) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 请求响应超时。
pub const FAILEDOPERATION_ACTIONREADTIMEOUT: &str = "FailedOperation.ActionReadTimeout";

/// 创建服务失败。
pub const FAILEDOPERATION_CREATESERVICEERROR: &str = "FailedOperation.CreateServiceError";

/// 服务器繁忙,请稍后再试。
pub const FAILEDOPERATION_DEFAULTINTERNALERROR: &str = "FailedOperation.DefaultInternalError";

/// 删除应用失败。
pub const FAILEDOPERATION_DELETESERVICEERROR: &str = "FailedOperation.DeleteServiceError";

/// 查询 ingress 列表失败。
pub const FAILEDOPERATION_DESCRIBEINGRESSLISTERROR: &str =
    "FailedOperation.DescribeIngressListError";

/// 查询实例信息失败。
pub const FAILEDOPERATION_DESCRIBERUNPODLISTERROR: &str = "FailedOperation.DescribeRunPodListError";

/// 查询service失败。
pub const FAILEDOPERATION_DESCRIBESERVICEERROR: &str = "FailedOperation.DescribeServiceError";

/// 查询service列表失败。
pub const FAILEDOPERATION_DESCRIBESERVICELISTERROR: &str =
    "FailedOperation.DescribeServiceListError";

/// 更新 ingress 失败。
pub const FAILEDOPERATION_UPDATEINGRESSERROR: &str = "FailedOperation.UpdateIngressError";

/// 请求响应超时。
pub const INTERNALERROR_ACTIONREADTIMEOUT: &str = "InternalError.ActionReadTimeout";

/// 添加子网/虚拟节点异常。
pub const INTERNALERROR_ADDNEWNODEERROR: &str = "InternalError.AddNewNodeError";

/// 创建apm资源失败。
pub const INTERNALERROR_CREATEAPMRESOURCEERROR: &str = "InternalError.CreateApmResourceError";

/// 创建配置失败。
pub const INTERNALERROR_CREATECONFIGDATAERROR: &str = "InternalError.CreateConfigDataError";

/// 底层集群创建失败。
pub const INTERNALERROR_CREATEEKSCLUSTERERROR: &str = "InternalError.CreateEksClusterError";

/// 创建 LogConfig 错误。
pub const INTERNALERROR_CREATELOGCONFIGERROR: &str = "InternalError.CreateLogConfigError";

/// 创建服务失败。
pub const INTERNALERROR_CREATESERVICEERROR: &str = "InternalError.CreateServiceError";

/// 服务器繁忙,请稍后再试。
pub const INTERNALERROR_DEFAULTINTERNALERROR: &str = "InternalError.DefaultInternalError";

/// 删除 ingress 失败。
pub const INTERNALERROR_DELETEINGRESSERROR: &str = "InternalError.DeleteIngressError";

/// 删除 LogConfig 错误。
pub const INTERNALERROR_DELETELOGCONFIGERROR: &str = "InternalError.DeleteLogConfigError";

/// 删除应用失败。
pub const INTERNALERROR_DELETESERVICEERROR: &str = "InternalError.DeleteServiceError";

/// 版本部署调用失败。
pub const INTERNALERROR_DEPLOYVERSIONERROR: &str = "InternalError.DeployVersionError";

/// 查询配置详情失败。
pub const INTERNALERROR_DESCRIBECONFIGDATAERROR: &str = "InternalError.DescribeConfigDataError";

/// 查询配置列表失败。
pub const INTERNALERROR_DESCRIBECONFIGDATALISTERROR: &str =
    "InternalError.DescribeConfigDataListError";

/// 查询 ingress 失败。
pub const INTERNALERROR_DESCRIBEINGRESSERROR: &str = "InternalError.DescribeIngressError";

/// 查询 ingress 列表失败。
pub const INTERNALERROR_DESCRIBEINGRESSLISTERROR: &str = "InternalError.DescribeIngressListError";

/// 查询 LogConfig 错误。
pub const INTERNALERROR_DESCRIBELOGCONFIGERROR: &str = "InternalError.DescribeLogConfigError";

/// 查询 LogConfig 列表错误。
pub const INTERNALERROR_DESCRIBELOGCONFIGLISTERROR: &str =
    "InternalError.DescribeLogConfigListError";

/// 查询实例信息失败。
pub const INTERNALERROR_DESCRIBERUNPODLISTERROR: &str = "InternalError.DescribeRunPodListError";

/// 查询service失败。
pub const INTERNALERROR_DESCRIBESERVICEERROR: &str = "InternalError.DescribeServiceError";

/// 查询服务关联的 ingress 失败。
pub const INTERNALERROR_DESCRIBESERVICEINGRESSERROR: &str =
    "InternalError.DescribeServiceIngressError";

/// 查询service列表失败。
pub const INTERNALERROR_DESCRIBESERVICELISTERROR: &str = "InternalError.DescribeServiceListError";

/// 修改配置失败。
pub const INTERNALERROR_MODIFYCONFIGDATAERROR: &str = "InternalError.ModifyConfigDataError";

/// 修改网关的转发配置失败。
pub const INTERNALERROR_MODIFYGATEWAYINGRESSERROR: &str = "InternalError.ModifyGatewayIngressError";

/// 修改 LogConfig 错误。
pub const INTERNALERROR_MODIFYLOGCONFIGERROR: &str = "InternalError.ModifyLogConfigError";

/// 重启失败。
pub const INTERNALERROR_RESTARTAPPLICATIONERROR: &str = "InternalError.RestartApplicationError";

/// 停止应用失败。
pub const INTERNALERROR_STOPAPPLICATIONERROR: &str = "InternalError.StopApplicationError";

/// 调用标签接口异常。
pub const INTERNALERROR_TAGINTERFACEERROR: &str = "InternalError.TagInterfaceError";

/// 更新 ingress 失败。
pub const INTERNALERROR_UPDATEINGRESSERROR: &str = "InternalError.UpdateIngressError";

/// APM 没有与当前环境绑定。
pub const INVALIDPARAMETERVALUE_APMNOTBIND: &str = "InvalidParameterValue.ApmNotBind";

/// 应用访问配置服务数量达到上限。
pub const INVALIDPARAMETERVALUE_APPLICATIONACCESSSERVICEREACHMAXIMUM: &str =
    "InvalidParameterValue.ApplicationAccessServiceReachMaximum";

/// 已存在同名访问方式。
pub const INVALIDPARAMETERVALUE_APPLICATIONSERVICEALREADYEXIST: &str =
    "InvalidParameterValue.ApplicationServiceAlreadyExist";

/// 没有找到该访问方式。
pub const INVALIDPARAMETERVALUE_APPLICATIONSERVICENOTFOUND: &str =
    "InvalidParameterValue.ApplicationServiceNotFound";

/// 请至少启用一种弹性规则。
pub const INVALIDPARAMETERVALUE_ATLEASTONESCALERRULESHOULDBEAPPLIED: &str =
    "InvalidParameterValue.AtLeastOneScalerRuleShouldBeApplied";

/// 只支持绑定一种弹性伸缩。
pub const INVALIDPARAMETERVALUE_AUTOSCALERLARGERTHANONE: &str =
    "InvalidParameterValue.AutoScalerLargerThanOne";

/// 弹性规则名称不合法, 长度必须小于20。
pub const INVALIDPARAMETERVALUE_AUTOSCALERNAMEINVALID: &str =
    "InvalidParameterValue.AutoScalerNameInvalid";

/// 不能覆盖其他应用的访问方式。
pub const INVALIDPARAMETERVALUE_CANNOTOVERWRITEOTHERAPPLICATIONSERVICE: &str =
    "InvalidParameterValue.CannotOverWriteOtherApplicationService";

/// 不能同时使用全量以及单条更新。
pub const INVALIDPARAMETERVALUE_CANNOTUPDATESERVICEBYBOTHMETHODS: &str =
    "InvalidParameterValue.CannotUpdateServiceByBothMethods";

/// 配置已存在。
pub const INVALIDPARAMETERVALUE_CONFIGDATAALREADYEXIST: &str =
    "InvalidParameterValue.ConfigDataAlreadyExist";

/// 配置不合法。
pub const INVALIDPARAMETERVALUE_CONFIGDATAINVALID: &str = "InvalidParameterValue.ConfigDataInvalid";

/// 创建环境createRegion参数错误。
pub const INVALIDPARAMETERVALUE_CREATENAMESPACEUNSUPPORTREGIONERROR: &str =
    "InvalidParameterValue.CreateNamespaceUnsupportRegionError";

/// 定时弹性伸缩目标实例数不合法。
pub const INVALIDPARAMETERVALUE_CRONHPAREPLICASINVALID: &str =
    "InvalidParameterValue.CronHpaReplicasInvalid";

/// 每日环境创建次数超过上限。
pub const INVALIDPARAMETERVALUE_DAILYCREATENAMESPACEREACHMAXIMUM: &str =
    "InvalidParameterValue.DailyCreateNamespaceReachMaximum";

/// 弹性伸缩启用中，请停用后再删除。
pub const INVALIDPARAMETERVALUE_DISABLESCALERBEFOREDELETE: &str =
    "InvalidParameterValue.DisableScalerBeforeDelete";

/// 环境名称不可变。
pub const INVALIDPARAMETERVALUE_ENVIRONMENTNAMEIMMUTABLE: &str =
    "InvalidParameterValue.EnvironmentNameImmutable";

/// 弹性伸缩指标不合法。
pub const INVALIDPARAMETERVALUE_HPAMETRICSINVALID: &str = "InvalidParameterValue.HpaMetricsInvalid";

/// 弹性伸缩最小值/最大值不合法。
pub const INVALIDPARAMETERVALUE_HPAMINMAXINVALID: &str = "InvalidParameterValue.HpaMinMaxInvalid";

/// 弹性伸缩阈值不合法。
pub const INVALIDPARAMETERVALUE_HPATHRESHOLDINVALID: &str =
    "InvalidParameterValue.HpaThresholdInvalid";

/// 访问配置重定向需要启用 HTTPS。
pub const INVALIDPARAMETERVALUE_INGRESSREWRITEREQUIREDHTTPSENABLE: &str =
    "InvalidParameterValue.IngressRewriteRequiredHttpsEnable";

/// 自动重定向规则冲突，请检查是否存在同一个path的http/https转发。
pub const INVALIDPARAMETERVALUE_INGRESSRULESCONFLICT: &str =
    "InvalidParameterValue.IngressRulesConflict";

/// 无效的定时伸缩周期。
pub const INVALIDPARAMETERVALUE_INVALIDCRONSCALERPERIOD: &str =
    "InvalidParameterValue.InvalidCronScalerPeriod";

/// 版本号格式非法。
pub const INVALIDPARAMETERVALUE_INVALIDDEPLOYVERSION: &str =
    "InvalidParameterValue.InvalidDeployVersion";

/// 访问类型不支持。
pub const INVALIDPARAMETERVALUE_INVALIDEKSSERVICETYPE: &str =
    "InvalidParameterValue.InvalidEksServiceType";

/// 环境变量名非法，要求有由字母、数字，"."，"_" 和 "-" 组成，不能由数字开头。
pub const INVALIDPARAMETERVALUE_INVALIDENVNAME: &str = "InvalidParameterValue.InvalidEnvName";

/// 环境变量长度不能超过1000。
pub const INVALIDPARAMETERVALUE_INVALIDENVVALUE: &str = "InvalidParameterValue.InvalidEnvValue";

/// 挂载路径不合法，不能为 /app。
pub const INVALIDPARAMETERVALUE_INVALIDMOUNTPATH: &str = "InvalidParameterValue.InvalidMountPath";

/// 应用名格式非法。
pub const INVALIDPARAMETERVALUE_INVALIDSERVICENAME: &str =
    "InvalidParameterValue.InvalidServiceName";

/// 无法识别租户信息。
pub const INVALIDPARAMETERVALUE_INVALIDTENANTINFO: &str = "InvalidParameterValue.InvalidTenantInfo";

/// JDK 版本不能为空。
pub const INVALIDPARAMETERVALUE_JDKVERSIONREQUIRED: &str =
    "InvalidParameterValue.JdkVersionRequired";

/// LogConfig 配置已存在。
pub const INVALIDPARAMETERVALUE_LOGCONFIGALREADYEXIST: &str =
    "InvalidParameterValue.LogConfigAlreadyExist";

/// 必须提供PortMapping规则。
pub const INVALIDPARAMETERVALUE_MUSTPROVIDEPORTMAPPINGRULES: &str =
    "InvalidParameterValue.MustProvidePortMappingRules";

/// 环境重复。
pub const INVALIDPARAMETERVALUE_NAMESPACEDUPLICATEERROR: &str =
    "InvalidParameterValue.NamespaceDuplicateError";

/// 命名空间不属于用户。
pub const INVALIDPARAMETERVALUE_NAMESPACENOTBELONGTOAPPID: &str =
    "InvalidParameterValue.NamespaceNotBelongToAppid";

/// 环境不存在。
pub const INVALIDPARAMETERVALUE_NAMESPACENOTFOUND: &str = "InvalidParameterValue.NamespaceNotFound";

/// 环境创建失败，达到上限。
pub const INVALIDPARAMETERVALUE_NAMESPACEREACHMAXIMUM: &str =
    "InvalidParameterValue.NamespaceReachMaximum";

/// 环境资源创建失败，达到上限。
pub const INVALIDPARAMETERVALUE_NAMESPACERESOURCEREACHMAXIMUM: &str =
    "InvalidParameterValue.NamespaceResourceReachMaximum";

/// 操作系统不支持。
pub const INVALIDPARAMETERVALUE_OSNOTSUPPORT: &str = "InvalidParameterValue.OsNotSupport";

/// 服务端口映射重复。
pub const INVALIDPARAMETERVALUE_PORTDUPLICATEERROR: &str =
    "InvalidParameterValue.PortDuplicateError";

/// 服务端口是保留端口。
pub const INVALIDPARAMETERVALUE_PORTISRESERVED: &str = "InvalidParameterValue.PortIsReserved";

/// post start 不合法。
pub const INVALIDPARAMETERVALUE_POSTSTARTNOTVALID: &str = "InvalidParameterValue.PostStartNotValid";

/// pre stop 不合法。
pub const INVALIDPARAMETERVALUE_PRESTOPNOTVALID: &str = "InvalidParameterValue.PreStopNotValid";

/// 公有镜像参数错误。
pub const INVALIDPARAMETERVALUE_PUBLICREPOTYPEPARAMETERERROR: &str =
    "InvalidParameterValue.PublicRepoTypeParameterError";

/// 注册中心没有与当前环境绑定。
pub const INVALIDPARAMETERVALUE_REGISTRYNOTBIND: &str = "InvalidParameterValue.RegistryNotBind";

/// 弹性伸缩名称已存在。
pub const INVALIDPARAMETERVALUE_SCALERNAMEDUPLICATED: &str =
    "InvalidParameterValue.ScalerNameDuplicated";

/// 应用存在正在运行的实例。
pub const INVALIDPARAMETERVALUE_SERVICEFOUNDRUNNINGVERSION: &str =
    "InvalidParameterValue.ServiceFoundRunningVersion";

/// 服务名必须小写。
pub const INVALIDPARAMETERVALUE_SERVICELOWERCASE: &str = "InvalidParameterValue.ServiceLowerCase";

/// 应用名已存在。
pub const INVALIDPARAMETERVALUE_SERVICENAMEDUPLICATEERROR: &str =
    "InvalidParameterValue.ServiceNameDuplicateError";

/// 应用不属于此账户。
pub const INVALIDPARAMETERVALUE_SERVICENOTBELONGTOAPPID: &str =
    "InvalidParameterValue.ServiceNotBelongToAppid";

/// 实例创建失败，达到上限。
pub const INVALIDPARAMETERVALUE_SERVICEPODREACHMAXIMUM: &str =
    "InvalidParameterValue.ServicePodReachMaximum";

/// 应用创建失败，达到上限。
pub const INVALIDPARAMETERVALUE_SERVICEREACHMAXIMUM: &str =
    "InvalidParameterValue.ServiceReachMaximum";

/// 服务名使用了保留后缀。
pub const INVALIDPARAMETERVALUE_SERVICEUSERESERVESUFFIX: &str =
    "InvalidParameterValue.ServiceUseReserveSuffix";

/// 企业版 TCR 实例名称不合法。
pub const INVALIDPARAMETERVALUE_TCRENTINSTANCENAMENOTVALID: &str =
    "InvalidParameterValue.TcrEntInstanceNameNotValid";

/// 不是合法的TEM ID。
pub const INVALIDPARAMETERVALUE_TEMIDINVALID: &str = "InvalidParameterValue.TemIdInvalid";

/// 非 JAVA 应用不支持链路追踪特性。
pub const INVALIDPARAMETERVALUE_TRAITSTRACINGNOTSUPPORTED: &str =
    "InvalidParameterValue.TraitsTracingNotSupported";

/// version 不能超过128位。
pub const INVALIDPARAMETERVALUE_VERSIONLENGTHLIMIT: &str =
    "InvalidParameterValue.VersionLengthLimit";

/// 版本必须小写。
pub const INVALIDPARAMETERVALUE_VERSIONLOWERCASE: &str = "InvalidParameterValue.VersionLowerCase";

/// 版本的路由流量不为0。
pub const INVALIDPARAMETERVALUE_VERSIONROUTERATENOTZERO: &str =
    "InvalidParameterValue.VersionRouteRateNotZero";

/// vpc错误, 与环境vpc不一致。
pub const INVALIDPARAMETERVALUE_VPCINVALID: &str = "InvalidParameterValue.VpcInvalid";

/// 应用访问配置服务数量达到上限。
pub const INVALIDPARAMETER_APPLICATIONACCESSSERVICEREACHMAXIMUM: &str =
    "InvalidParameter.ApplicationAccessServiceReachMaximum";

/// LB类型服务不能同时支持TCP和UDP。
pub const INVALIDPARAMETER_LBSERVICECANNOTSUPPORTTCPUDPSAMETIME: &str =
    "InvalidParameter.LBServiceCannotSupportTcpUdpSameTime";

/// 必须提供PortMapping规则。
pub const INVALIDPARAMETER_MUSTPROVIDEPORTMAPPINGRULES: &str =
    "InvalidParameter.MustProvidePortMappingRules";

/// 服务名不符合规范。
pub const INVALIDPARAMETER_SERVICENAMENOTVALID: &str = "InvalidParameter.ServiceNameNotValid";

/// 服务名使用了保留后缀。
pub const INVALIDPARAMETER_SERVICEUSERESERVESUFFIX: &str =
    "InvalidParameter.ServiceUseReserveSuffix";

/// PortMapping规则数量超过限制。
pub const INVALIDPARAMETER_TOOMANYPORTMAPPINGRULES: &str =
    "InvalidParameter.TooManyPortMappingRules";

/// 权限不足或缺少相关角色
pub const INVALIDPARAMETER_UNAUTHORIZEDORMISSINGROLE: &str =
    "InvalidParameter.UnauthorizedOrMissingRole";

/// 自动创建将超过 vpc 限额。
pub const INVALIDPARAMETER_VPCOVERQUOTA: &str = "InvalidParameter.VpcOverQuota";

/// 弹性规则名称不能为空。
pub const MISSINGPARAMETER_AUTOSCALERNAMENULL: &str = "MissingParameter.AutoScalerNameNull";

/// 部署方式不能为空。
pub const MISSINGPARAMETER_DEPLOYMODENULL: &str = "MissingParameter.DeployModeNull";

/// 部署版本不能为空。
pub const MISSINGPARAMETER_DEPLOYVERSIONNULL: &str = "MissingParameter.DeployVersionNull";

/// 环境名称不能为空。
pub const MISSINGPARAMETER_ENVIRONMENTNAMENULL: &str = "MissingParameter.EnvironmentNameNull";

/// 镜像仓库不能为空。
pub const MISSINGPARAMETER_IMGREPONULL: &str = "MissingParameter.ImgRepoNull";

/// logset 和 topic 不能为空。
pub const MISSINGPARAMETER_LOGSETORTOPICNULL: &str = "MissingParameter.LogsetOrTopicNull";

/// 弹性伸缩配置最大值/最小值不能为空。
pub const MISSINGPARAMETER_MINMAXNUMNULL: &str = "MissingParameter.MinMaxNumNull";

/// 环境ID不能为空。
pub const MISSINGPARAMETER_NAMESPACEIDNULL: &str = "MissingParameter.NamespaceIdNull";

/// 包名不能为空。
pub const MISSINGPARAMETER_PKGNAMENULL: &str = "MissingParameter.PkgNameNull";

/// 镜像仓库服务器不能为空。
pub const MISSINGPARAMETER_REPOSERVERNULL: &str = "MissingParameter.RepoServerNull";

/// 弹性规则ID不能为空。
pub const MISSINGPARAMETER_SCALERIDNULL: &str = "MissingParameter.ScalerIdNull";

/// 服务ID不能为空。
pub const MISSINGPARAMETER_SERVICEIDNULL: &str = "MissingParameter.ServiceIdNull";

/// 镜像仓库还未就绪。
pub const MISSINGPARAMETER_SVCREPONOTREADY: &str = "MissingParameter.SvcRepoNotReady";

/// 企业版 TCR 实例名称不能为空。
pub const MISSINGPARAMETER_TCRENTINSTANCENAMENULL: &str = "MissingParameter.TcrEntInstanceNameNull";

/// vpc内访问类型子网ID不能为空。
pub const MISSINGPARAMETER_VPCSERVICESUBNETNULL: &str = "MissingParameter.VpcServiceSubnetNull";

/// 账户余额不足。
pub const OPERATIONDENIED_BALANCENOTENOUGH: &str = "OperationDenied.BalanceNotEnough";

/// 账号欠费状态下不支持该操作，请冲正后重试。
pub const OPERATIONDENIED_RESOURCEISOLATED: &str = "OperationDenied.ResourceIsolated";

/// 环境已锁定。
pub const RESOURCEINUSE_ENVIRONMENTALREADYLOCKED: &str = "ResourceInUse.EnvironmentAlreadyLocked";

/// 你操作的资源已被其他操作占用，请稍后重试。
pub const RESOURCEINUSE_RESOURCEALREADYLOCKED: &str = "ResourceInUse.ResourceAlreadyLocked";

/// 资源已绑定。
pub const RESOURCEINUSE_RESOURCEALREADYUSED: &str = "ResourceInUse.ResourceAlreadyUsed";

/// 服务部署中。
pub const RESOURCEINUSE_SERVICEDEPLOYING: &str = "ResourceInUse.ServiceDeploying";

/// 配置不存在。
pub const RESOURCENOTFOUND_CONFIGDATANOTFOUND: &str = "ResourceNotFound.ConfigDataNotFound";

/// 未提供该接口。
pub const RESOURCENOTFOUND_INTERFACENOTFOUND: &str = "ResourceNotFound.InterfaceNotFound";

/// 日志配置不存在。
pub const RESOURCENOTFOUND_LOGCONFIGNOTFOUND: &str = "ResourceNotFound.LogConfigNotFound";

/// 目标微服务已离线。
pub const RESOURCENOTFOUND_MICROSERVICEOFFLINE: &str = "ResourceNotFound.MicroserviceOffline";

/// 环境不存在。
pub const RESOURCENOTFOUND_NAMESPACENOTFOUND: &str = "ResourceNotFound.NamespaceNotFound";

/// 找不到应用。
pub const RESOURCENOTFOUND_SERVICENOTFOUND: &str = "ResourceNotFound.ServiceNotFound";

/// 找不到运行的服务实例。
pub const RESOURCENOTFOUND_SERVICERUNNINGVERSIONNOTFOUND: &str =
    "ResourceNotFound.ServiceRunningVersionNotFound";

/// 找不到版本对应的环境。
pub const RESOURCENOTFOUND_VERSIONNAMESPACENOTFOUND: &str =
    "ResourceNotFound.VersionNamespaceNotFound";

/// 找不到版本对应的应用。
pub const RESOURCENOTFOUND_VERSIONSERVICENOTFOUND: &str = "ResourceNotFound.VersionServiceNotFound";

/// 有资源依赖，无法直接删除应用。
pub const RESOURCEUNAVAILABLE_APPLICATIONNOTDELETABLE: &str =
    "ResourceUnavailable.ApplicationNotDeletable";

/// 应用已停止。
pub const RESOURCEUNAVAILABLE_APPLICATIONSTOPPED: &str = "ResourceUnavailable.ApplicationStopped";

/// 等待组件安装。
pub const RESOURCEUNAVAILABLE_WAITFORKRUISE: &str = "ResourceUnavailable.WaitForKruise";

/// 缺少容器服务的 CLS 日志角色，请打开控制台授权。
pub const UNAUTHORIZEDOPERATION_MISSINGEKSLOGROLE: &str = "UnauthorizedOperation.MissingEksLogRole";

/// 未授权。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedOperation";

/// 不支持的ACTION。
pub const UNSUPPORTEDOPERATION_UNSUPPORTACTION: &str = "UnsupportedOperation.UnsupportAction";
