//! Error codes of `tsf`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tsf::errors::FAILEDOPERATION_APIMETAPARSEFAILED) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// API元数据解析失败。
pub const FAILEDOPERATION_APIMETAPARSEFAILED: &str = "FailedOperation.ApiMetaParseFailed";

/// 调用TSF-APM服务获取配置列表失败
pub const FAILEDOPERATION_APMGETCONFIGSFAILED: &str = "FailedOperation.ApmGetConfigsFailed";

/// 创建应用，获取ES鉴权信息失败。
pub const FAILEDOPERATION_APPLICATIONCREATEESATUHERROR: &str =
    "FailedOperation.ApplicationCreateEsAtuhError";

/// 应用查询失败。
pub const FAILEDOPERATION_APPLICATIONQUERYFAILED: &str = "FailedOperation.ApplicationQueryFailed";

/// 删除应用程序包请求仓库失败
pub const FAILEDOPERATION_APPLICATIONREPODELETEPKG: &str =
    "FailedOperation.ApplicationRepoDeletePkg";

/// TSF应用性能管理调用tsf-dcfg模块失败
pub const FAILEDOPERATION_CALLTSFDCFGFAILED: &str = "FailedOperation.CallTsfDcfgFailed";

/// TSF云API调用申请角色临时凭证调用请求失败
pub const FAILEDOPERATION_CAMROLEREQUESTERROR: &str = "FailedOperation.CamRoleRequestError";

/// 调用CDI状态接口失败
pub const FAILEDOPERATION_CDISTATUSFAILED: &str = "FailedOperation.CdiStatusFailed";

/// 调用CDI状态返回数据异常
pub const FAILEDOPERATION_CDISTATUSINVALID: &str = "FailedOperation.CdiStatusInvalid";

/// TSF云API请求调用失败。
pub const FAILEDOPERATION_CLOUDAPIPROXYERROR: &str = "FailedOperation.CloudApiProxyError";

/// 创建集群，开通VPC网络权限失败。
pub const FAILEDOPERATION_CLUSTERCREATEVPCFAIL: &str = "FailedOperation.ClusterCreateVpcFail";

/// 原生集群检测失败
pub const FAILEDOPERATION_CLUSTERNATIVECONNECTERROR: &str =
    "FailedOperation.ClusterNativeConnectError";

/// 本集群在当前环境不允许操作
pub const FAILEDOPERATION_CLUSTEROPERATEENVILLEGALERROR: &str =
    "FailedOperation.ClusterOperateEnvIllegalError";

/// 查询集群失败。
pub const FAILEDOPERATION_CLUSTERQUERYFAILED: &str = "FailedOperation.ClusterQueryFailed";

/// 更新集群失败。
pub const FAILEDOPERATION_CLUSTERUPDATEFAILED: &str = "FailedOperation.ClusterUpdateFailed";

/// 应用查询失败。
pub const FAILEDOPERATION_CONFIGAPPLICATIONQUERYFAILED: &str =
    "FailedOperation.ConfigApplicationQueryFailed";

/// 配置项创建失败。
pub const FAILEDOPERATION_CONFIGCREATEFAILED: &str = "FailedOperation.ConfigCreateFailed";

/// 部署组查询失败。
pub const FAILEDOPERATION_CONFIGGROUPQUERYFAILED: &str = "FailedOperation.ConfigGroupQueryFailed";

/// 命名空间查询失败。
pub const FAILEDOPERATION_CONFIGNAMESPACEQUERYFAILED: &str =
    "FailedOperation.ConfigNamespaceQueryFailed";

/// 配置项查询失败。
pub const FAILEDOPERATION_CONFIGQUERYFAILED: &str = "FailedOperation.ConfigQueryFailed";

/// 配置项发布日志新增失败。
pub const FAILEDOPERATION_CONFIGRELEASELOGCREATEFAILED: &str =
    "FailedOperation.ConfigReleaseLogCreateFailed";

/// 配置项发布日志查询失败。
pub const FAILEDOPERATION_CONFIGRELEASELOGQUERYFAILED: &str =
    "FailedOperation.ConfigReleaseLogQueryFailed";

/// 配置项发布信息查询失败。
pub const FAILEDOPERATION_CONFIGRELEASEQUERYFAILED: &str =
    "FailedOperation.ConfigReleaseQueryFailed";

/// 配置模板创建失败。
pub const FAILEDOPERATION_CONFIGTEMPLATECREATEFAILED: &str =
    "FailedOperation.ConfigTemplateCreateFailed";

/// 配置模板删除失败。
pub const FAILEDOPERATION_CONFIGTEMPLATEDELETEFAILED: &str =
    "FailedOperation.ConfigTemplateDeleteFailed";

/// 配置模板导入失败。
pub const FAILEDOPERATION_CONFIGTEMPLATEIMPORTFAILED: &str =
    "FailedOperation.ConfigTemplateImportFailed";

/// 配置模板分页查询失败。
pub const FAILEDOPERATION_CONFIGTEMPLATESEARCHLISTFAILED: &str =
    "FailedOperation.ConfigTemplateSearchListFailed";

/// 配置模板更新失败。
pub const FAILEDOPERATION_CONFIGTEMPLATEUPDATEFAILED: &str =
    "FailedOperation.ConfigTemplateUpdateFailed";

/// 部署组处于运行状态，无法启动。
pub const FAILEDOPERATION_CONTAINERGROUPGROUPHASRUN: &str =
    "FailedOperation.ContainergroupGroupHasrun";

/// 部署组处于停止状态，无法执行此操作。
pub const FAILEDOPERATION_CONTAINERGROUPGROUPHASSTOP: &str =
    "FailedOperation.ContainergroupGroupHasstop";

/// 调用 kube-api-server 失败。
pub const FAILEDOPERATION_CONTAINERGROUPKUBERNETEAPIINVOKEERROR: &str =
    "FailedOperation.ContainergroupKuberneteApiInvokeError";

/// 连接 kube-api-server 失败。
pub const FAILEDOPERATION_CONTAINERGROUPKUBERNETECONNECTERROR: &str =
    "FailedOperation.ContainergroupKuberneteConnectError";

/// 调用 kube-api-server 失败。
pub const FAILEDOPERATION_CONTAINERGROUPKUBERNETESAPIINVOKEERROR: &str =
    "FailedOperation.ContainergroupKubernetesApiInvokeError";

/// 调用 kube-api-server 失败。
pub const FAILEDOPERATION_CONTAINERGROUPKUBERNETESCONNECTERROR: &str =
    "FailedOperation.ContainergroupKubernetesConnectError";

/// k8s集群可能处于异常状态，请删除或恢复k8s集群后，再进行操作
pub const FAILEDOPERATION_CONTAINERGROUPKUBERNETESTKECLUSTERABNORMAL: &str =
    "FailedOperation.ContainergroupKubernetesTkeClusterAbnormal";

/// 容器平台集群当前不可用
pub const FAILEDOPERATION_CPCLUSTERUNAVAILABLE: &str = "FailedOperation.CpClusterUnavailable";

/// 创建操作过于频繁,请稍候重试
pub const FAILEDOPERATION_CREATEOPERATIONTOOFREQUENTLY: &str =
    "FailedOperation.CreateOperationTooFrequently";

/// 健康检查配置失败。
pub const FAILEDOPERATION_CVMCAEMASTERHEALTHCHECKCONFIGERROR: &str =
    "FailedOperation.CvmCaeMasterHealthCheckConfigError";

/// TSF暂时不能响应请求。
pub const FAILEDOPERATION_DISPATCHCOMMONERROR: &str = "FailedOperation.DispatchCommonError";

/// 寻找独占配置中心相关指标异常
pub const FAILEDOPERATION_FINDMETRICSEXCLUSIVEERROR: &str =
    "FailedOperation.FindMetricsExclusiveError";

/// 网关通用异常[网关异常]。
pub const FAILEDOPERATION_GATEWAYCOMMONERROR: &str = "FailedOperation.GatewayCommonError";

/// 当前分组已绑定部署组,请解绑后删除
pub const FAILEDOPERATION_GATEWAYGROUPBOUNDDELETEFAILED: &str =
    "FailedOperation.GatewayGroupBoundDeleteFailed";

/// 远端访问错误。
pub const FAILEDOPERATION_GATEWAYREMOTECALLERROR: &str = "FailedOperation.GatewayRemoteCallError";

/// 分组通用错误。
pub const FAILEDOPERATION_GROUPCOMMONERROR: &str = "FailedOperation.GroupCommonError";

/// 命名空间下存在部署组。
pub const FAILEDOPERATION_GROUPEXISTS: &str = "FailedOperation.GroupExists";

/// 部署组查询失败。
pub const FAILEDOPERATION_GROUPQUERYFAILD: &str = "FailedOperation.GroupQueryFaild";

/// 部署组查询失败。
pub const FAILEDOPERATION_GROUPQUERYFAILED: &str = "FailedOperation.GroupQueryFailed";

/// 禁止直接删除应用镜像仓库, 需要先删除下面的镜像tag
pub const FAILEDOPERATION_IMAGEREPOREJECTDELERROR: &str = "FailedOperation.ImagerepoRejectDelError";

/// tcr仓库绑定失败。
pub const FAILEDOPERATION_IMAGEREPOTCRBINDERROR: &str = "FailedOperation.ImagerepoTcrBindError";

/// 镜像仓库已关联至部署组，请移除后重试
pub const FAILEDOPERATION_IMAGEVALIDATEISUSED: &str = "FailedOperation.ImageValidateIsUsed";

/// TSF节点管理通用错误信息。
pub const FAILEDOPERATION_INSTANCECOMMONERROR: &str = "FailedOperation.InstanceCommonError";

/// 机器实例删除失败。
pub const FAILEDOPERATION_INSTANCEDELETEFAILED: &str = "FailedOperation.InstanceDeleteFailed";

/// 查询机器实例部分失败。
pub const FAILEDOPERATION_INSTANCEQUERYFAILED: &str = "FailedOperation.InstanceQueryFailed";

/// 重装系统失败，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const FAILEDOPERATION_INSTANCERESETERROR: &str = "FailedOperation.InstanceResetError";

/// 重装系统，请求超时。
pub const FAILEDOPERATION_INSTANCERESETTIMEOUT: &str = "FailedOperation.InstanceResetTimeout";

/// 机器实例更新失败。
pub const FAILEDOPERATION_INSTANCEUPDATEFAILED: &str = "FailedOperation.InstanceUpdateFailed";

/// 内部错误。
pub const FAILEDOPERATION_INTERNALERROR: &str = "FailedOperation.InternalError";

/// 非法参数。
pub const FAILEDOPERATION_INVALIDPARAMETER: &str = "FailedOperation.InvalidParameter";

/// 泳道从consul删除失败。
pub const FAILEDOPERATION_LANEINFODELETECONSULFAILED: &str =
    "FailedOperation.LaneInfoDeleteConsulFailed";

/// 新增关联部署组不能为空。
pub const FAILEDOPERATION_LANEINFOGROUPNOTEMPTY: &str = "FailedOperation.LaneInfoGroupNotEmpty";

/// 泳道同步到consul失败。
pub const FAILEDOPERATION_LANEINFORELEASECONSULFAILED: &str =
    "FailedOperation.LaneInfoReleaseConsulFailed";

/// 泳道发布到mesh失败。
pub const FAILEDOPERATION_LANEINFORELEASEMESHFAILED: &str =
    "FailedOperation.LaneInfoReleaseMeshFailed";

/// 全链路灰度规则创建失败
pub const FAILEDOPERATION_LANERULECREATEFAILED: &str = "FailedOperation.LaneRuleCreateFailed";

/// 全链路灰度规则启用失败。
pub const FAILEDOPERATION_LANERULEENABLECONSULFAILED: &str =
    "FailedOperation.LaneRuleEnableConsulFailed";

/// 用户全链路灰度规则最大1000条。
pub const FAILEDOPERATION_LANERULEMAXLIMIT: &str = "FailedOperation.LaneRuleMaxLimit";

/// 无法创建命名空间。
pub const FAILEDOPERATION_NAMESPACECREATEFAILED: &str = "FailedOperation.NamespaceCreateFailed";

/// 命名空间查询失败。
pub const FAILEDOPERATION_NAMESPACEQUERYFAILED: &str = "FailedOperation.NamespaceQueryFailed";

/// 数据集名称未填写
pub const FAILEDOPERATION_PROGRAMNAMEREQUIRED: &str = "FailedOperation.ProgramNameRequired";

/// 访问配置中心失败。
pub const FAILEDOPERATION_RATELIMITCONSULERROR: &str = "FailedOperation.RatelimitConsulError";

/// 调用 Mesh API Server 失败。
pub const FAILEDOPERATION_RATELIMITMESHAPISERVICEERROR: &str =
    "FailedOperation.RatelimitMeshApiServiceError";

/// 发布操作过于频繁,请稍候重试
pub const FAILEDOPERATION_RELEASEOPERATIONTOOFREQUENTLY: &str =
    "FailedOperation.ReleaseOperationTooFrequently";

/// 资源操作失败。
pub const FAILEDOPERATION_RESOURCEOPFAILED: &str = "FailedOperation.ResourceOpFailed";

/// 路由就近访问策略启停用调用MESHAPI失败。
pub const FAILEDOPERATION_ROUTEAFFINITYMESHFAILED: &str = "FailedOperation.RouteAffinityMeshFailed";

/// 服务路由规则启用生效失败。
pub const FAILEDOPERATION_ROUTEENABLECONSULFAILED: &str = "FailedOperation.RouteEnableConsulFailed";

/// 路由就近访问，查询命名空间失败。
pub const FAILEDOPERATION_ROUTENAMESPACEREQUESTERROR: &str =
    "FailedOperation.RouteNamespaceRequestError";

/// 服务数据库入库失败。
pub const FAILEDOPERATION_SERVICEINSERTFAILED: &str = "FailedOperation.ServiceInsertFailed";

/// 服务查询失败。
pub const FAILEDOPERATION_SERVICEQUERYFAILED: &str = "FailedOperation.ServiceQueryFailed";

/// 可观测性支持依赖TAPM业务系统绑定
pub const FAILEDOPERATION_TAPMBINDREQUIRED: &str = "FailedOperation.TapmBindRequired";

/// 请使用TAPM提供的Otel探针
pub const FAILEDOPERATION_TAPMEXPIREDOTEL: &str = "FailedOperation.TapmExpiredOtel";

/// 示例：TKE 集群创建失败，插入数据库失败。
pub const FAILEDOPERATION_TKECLUSTERCREATEFAILED: &str = "FailedOperation.TkeClusterCreateFailed";

/// TKE 集群删除失败。
pub const FAILEDOPERATION_TKECLUSTERDELETEFAILED: &str = "FailedOperation.TkeClusterDeleteFailed";

/// TKE 集群查询失败。
pub const FAILEDOPERATION_TKECLUSTERQUERYFAILED: &str = "FailedOperation.TkeClusterQueryFailed";

/// TOKEN查询失败。
pub const FAILEDOPERATION_TOKENQUERYFAILED: &str = "FailedOperation.TokenQueryFailed";

/// TSF应用性能管理任务数据库查询失败。
pub const FAILEDOPERATION_TSFAPMAGENTTASKQUERYERROR: &str =
    "FailedOperation.TsfApmAgentTaskQueryError";

/// TSF应用性能管理任务数据库写入失败。
pub const FAILEDOPERATION_TSFAPMAGENTTASKWRITEERROR: &str =
    "FailedOperation.TsfApmAgentTaskWriteError";

/// TSF应用性能管理apm-agent无法与该实例建立连接。
pub const FAILEDOPERATION_TSFAPMAPMAGENTNOCONNECTION: &str =
    "FailedOperation.TsfApmApmAgentNoConnection";

/// TSF应用性能管理业务日志配置与应用关联数据库写入失败。
pub const FAILEDOPERATION_TSFAPMBUSILOGCFGAPPRELATIONWRITEERROR: &str =
    "FailedOperation.TsfApmBusiLogCfgAppRelationWriteError";

/// TSF应用性能管理业务日志配置数据库查询失败。
pub const FAILEDOPERATION_TSFAPMBUSILOGCFGQUERYERROR: &str =
    "FailedOperation.TsfApmBusiLogCfgQueryError";

/// TSF应用性能管理业务日志配置解析规则查询失败。
pub const FAILEDOPERATION_TSFAPMBUSILOGCFGSCHEMAQUERYERROR: &str =
    "FailedOperation.TsfApmBusiLogCfgSchemaQueryError";

/// TSF应用性能管理业务日志配置解析规则写入失败。
pub const FAILEDOPERATION_TSFAPMBUSILOGCFGSCHEMAWRITEERROR: &str =
    "FailedOperation.TsfApmBusiLogCfgSchemaWriteError";

/// TSF应用性能管理业务日志配置数据库写入失败。
pub const FAILEDOPERATION_TSFAPMBUSILOGCFGWRITEERROR: &str =
    "FailedOperation.TsfApmBusiLogCfgWriteError";

/// 调用master接口更新部署组失败。
pub const FAILEDOPERATION_TSFAPMCALLMASTERINTERFACEFAILED: &str =
    "FailedOperation.TsfApmCallMasterInterfaceFailed";

/// TSF应用性能管理调用tsf-ms模块失败。
pub const FAILEDOPERATION_TSFAPMCALLTSFMSFAILED: &str = "FailedOperation.TsfApmCallTsfMsFailed";

/// TSF应用性能管理CTSDB客户端调用失败。
pub const FAILEDOPERATION_TSFAPMCTSDBCLIENTREQUESTERROR: &str =
    "FailedOperation.TsfApmCtsdbClientRequestError";

/// TSF应用性能管理ES客户端调用失败。
pub const FAILEDOPERATION_TSFAPMESCLIENTREQUESTERROR: &str =
    "FailedOperation.TsfApmEsClientRequestError";

/// TSF应用性能管理内部异常, 请稍后重试。
pub const FAILEDOPERATION_TSFAPMINTERNALERROR: &str = "FailedOperation.TsfApmInternalError";

/// TSF应用性能管理运行状态统计查询服务查询失败。
pub const FAILEDOPERATION_TSFAPMSTATSSEARCHSERVICEQUERYERROR: &str =
    "FailedOperation.TsfApmStatsSearchServiceQueryError";

/// 数据库插入规则失败。
pub const FAILEDOPERATION_TSFASDBINSTERFAIL: &str = "FailedOperation.TsfAsDbInsterFail";

/// 查询数据库失败。
pub const FAILEDOPERATION_TSFASDBQUERYFAIL: &str = "FailedOperation.TsfAsDbQueryFail";

/// 扩容规则每次扩容机器数目不能大于机器最大数目。
pub const FAILEDOPERATION_TSFASEXPANDCOUNTANDLIMITERROR: &str =
    "FailedOperation.TsfAsExpandCountAndLimitError";

/// 扩容规则指标不能小于缩容规则。
pub const FAILEDOPERATION_TSFASEXPANDINDICATORSLESSSHRINK: &str =
    "FailedOperation.TsfAsExpandIndicatorsLessShrink";

/// 扩容最大实例数不能小于缩容最小实例数。
pub const FAILEDOPERATION_TSFASEXPANDLIMITLESSSHRINKLIMIT: &str =
    "FailedOperation.TsfAsExpandLimitLessShrinkLimit";

/// ctsdb数据库请求失败。
pub const FAILEDOPERATION_TSFCMONITORCTSDBCLIENTREQUESTFAIL: &str =
    "FailedOperation.TsfCmonitorCtsdbClientRequestFail";

/// TSF监控统计等待超时, 请稍后重试。
pub const FAILEDOPERATION_TSFMONITORWAITEDTIMEOUT: &str = "FailedOperation.TsfMonitorWaitedTimeout";

/// TSF服务管理通用异常。
pub const FAILEDOPERATION_TSFMSERROR: &str = "FailedOperation.TsfMsError";

/// 调用ms server失败。
pub const FAILEDOPERATION_TSFMSSERVERERROR: &str = "FailedOperation.TsfMsServerError";

/// TSF权限模块异常，请联系系统管理员。
pub const FAILEDOPERATION_TSFPRIVILEGEERROR: &str = "FailedOperation.TsfPrivilegeError";

/// 未授权。
pub const FAILEDOPERATION_UNAUTHORIZEDOPERATION: &str = "FailedOperation.UnauthorizedOperation";

/// 模块未处理异常。
pub const FAILEDOPERATION_UNHANDLEDEXCEPTION: &str = "FailedOperation.UnhandledException";

/// 应用操作请求MASTER FEIGN失败。
pub const INTERNALERROR_APPLICATIONMASTERFEIGNERROR: &str =
    "InternalError.ApplicationMasterFeignError";

/// 应用操作请求MASTER 操作失败。
pub const INTERNALERROR_APPLICATIONMASTERNUKNOWNERROR: &str =
    "InternalError.ApplicationMasterNuknownError";

/// 删除应用程序包请求仓库失败。
pub const INTERNALERROR_APPLICATIONREPODELETEPKG: &str = "InternalError.ApplicationRepoDeletePkg";

/// 创建应用初始化tsf-scalable请求失败。
pub const INTERNALERROR_APPLICATIONSCALABLEINITERROR: &str =
    "InternalError.ApplicationScalableInitError";

/// TSF云API调用申请角色临时凭证调用请求失败。
pub const INTERNALERROR_CAMROLEREQUESTERROR: &str = "InternalError.CamRoleRequestError";

/// 配置发布失败：无法连接配置中心服务器。
pub const INTERNALERROR_CANNOTCONNCONSULSERVER: &str = "InternalError.CanNotConnConsulServer";

/// 调用CDI状态接口返回数据异常
pub const INTERNALERROR_CDISTATUSDATAINVALID: &str = "InternalError.CdiStatusDataInvalid";

/// TSF云API请求调用失败。
pub const INTERNALERROR_CLOUDAPIPROXYERROR: &str = "InternalError.CloudApiProxyError";

/// 集群通用错误。
pub const INTERNALERROR_CLUSTERCOMMONERROR: &str = "InternalError.ClusterCommonError";

/// 虚拟机集群请求MASTER FEIGN失败。
pub const INTERNALERROR_CLUSTERMASTERFEIGNERROR: &str = "InternalError.ClusterMasterFeignError";

/// 无法找到部署组，或相应集群/命名空间/应用的权限不足。
pub const INTERNALERROR_CLUSTERNOTEXISTORPRIVILEGEERROR: &str =
    "InternalError.ClusterNotExistOrPrivilegeError";

/// 配置发布失败：配置中心服务器处理失败。
pub const INTERNALERROR_CONSULSERVERERROR: &str = "InternalError.ConsulServerError";

/// 访问TKE服务失败。
pub const INTERNALERROR_CONTAINERGROUPKUBERNETEAPIINVOKEERROR: &str =
    "InternalError.ContainergroupKuberneteApiInvokeError";

/// 连接TKE服务失败。
pub const INTERNALERROR_CONTAINERGROUPKUBERNETECONNECTERROR: &str =
    "InternalError.ContainergroupKuberneteConnectError";

/// Kubernetes deployment 未找到。
pub const INTERNALERROR_CONTAINERGROUPKUBERNETEDEPLOYMENTNOTFOUND: &str =
    "InternalError.ContainergroupKuberneteDeploymentNotfound";

/// 连接TKE服务失败。
pub const INTERNALERROR_CONTAINERGROUPKUBERNETESCONNECTERROR: &str =
    "InternalError.ContainergroupKubernetesConnectError";

/// 容器应用SQL错误。
pub const INTERNALERROR_CONTAINERGROUPSQLFAILED: &str = "InternalError.ContainergroupSqlFailed";

/// 示例：容器平台集群不可用，当前状态 Notinit。
pub const INTERNALERROR_CPCLUSTERUNAVAILABLE: &str = "InternalError.CpClusterUnavailable";

/// 命令下放失败。
pub const INTERNALERROR_CVMCAEMASTERDISPATCHERROR: &str = "InternalError.CvmCaeMasterDispatchError";

/// TSF MASTER 内部执行错误。
pub const INTERNALERROR_CVMCAEMASTERINTERNALERROR: &str = "InternalError.CvmCaeMasterInternalError";

/// MASTER通道查询失败。
pub const INTERNALERROR_CVMCAEMASTERNONALIVE: &str = "InternalError.CvmCaeMasterNonAlive";

/// 数据查询失败。
pub const INTERNALERROR_CVMCAEMASTERQUERYERROR: &str = "InternalError.CvmCaeMasterQueryError";

/// TSF暂时不能响应请求。
pub const INTERNALERROR_DISPATCHCOMMONERROR: &str = "InternalError.DispatchCommonError";

/// 网关通用异常[网关资源]。
pub const INTERNALERROR_GATEWAYCOMMONERROR: &str = "InternalError.GatewayCommonError";

/// 数据一致性异常[网关资源]。
pub const INTERNALERROR_GATEWAYCONSISTENCYERROR: &str = "InternalError.GatewayConsistencyError";

/// 配置中心访问异常。
pub const INTERNALERROR_GATEWAYCONSULERROR: &str = "InternalError.GatewayConsulError";

/// 网关数据异常。
pub const INTERNALERROR_GATEWAYDBERROR: &str = "InternalError.GatewayDbError";

/// 部署组通用异常。
pub const INTERNALERROR_GROUPCOMMONERROR: &str = "InternalError.GroupCommonError";

/// 部署组操作请求MASTER 操作失败。
pub const INTERNALERROR_GROUPMASTERNUKNOWNERROR: &str = "InternalError.GroupMasterNuknownError";

/// tcr仓库绑定失败。
pub const INTERNALERROR_IMAGEREPOTCRBINDERROR: &str = "InternalError.ImagerepoTcrBindError";

/// TSF节点管理通用错误信息。
pub const INTERNALERROR_INSTANCECOMMONERROR: &str = "InternalError.InstanceCommonError";

/// 创建kubernetes命名空间失败。
pub const INTERNALERROR_KUBERNETESAPICREATENAMESPACESERROR: &str =
    "InternalError.KubernetesApiCreateNamespacesError";

/// 创建kubernetes密钥失败。
pub const INTERNALERROR_KUBERNETESAPICREATESECRETERROR: &str =
    "InternalError.KubernetesApiCreateSecretError";

/// kubernetes api 调用失败。
pub const INTERNALERROR_KUBERNETESCALLERROR: &str = "InternalError.KubernetesCallError";

/// 远程调用失败。
pub const INTERNALERROR_REMOTESERVICECALLERROR: &str = "InternalError.RemoteServiceCallError";

/// 仓库内部错误。
pub const INTERNALERROR_RUNTIMEERROR: &str = "InternalError.RuntimeError";

/// IN子句中超过1000个候选项。
pub const INTERNALERROR_SQLTOOMANYINITEM: &str = "InternalError.SqlTooManyInItem";

/// 示例：调用 TKE 接口失败，具体报错信息。
pub const INTERNALERROR_TKEAPIFAILEDOPERATION: &str = "InternalError.TkeApiFailedOperation";

/// TSF应用性能管理业务日志配置与应用关联处理错误。
pub const INTERNALERROR_TSFAPMBUSILOGCFGAPPRELATIONMASTERERROR: &str =
    "InternalError.TsfApmBusiLogCfgAppRelationMasterError";

/// TSF应用性能管理调用tsf-ms模块失败。
pub const INTERNALERROR_TSFAPMCALLTSFMSFAILED: &str = "InternalError.TsfApmCallTsfMsFailed";

/// TSF应用性能管理通用异常。
pub const INTERNALERROR_TSFAPMCOMMONERROR: &str = "InternalError.TsfApmCommonError";

/// TSF应用性能管理ES客户端响应状态异常。
pub const INTERNALERROR_TSFAPMESRESPONSESTATUSEXCEPTION: &str =
    "InternalError.TsfApmEsResponseStatusException";

/// TSF应用性能管理内部异常, 请稍后重试。
pub const INTERNALERROR_TSFAPMINTERNALERROR: &str = "InternalError.TsfApmInternalError";

/// TSF监控统计时间日期解析失败。
pub const INTERNALERROR_TSFMONITORDATEPARSEFAILED: &str = "InternalError.TsfMonitorDateParseFailed";

/// TSF监控统计内部异常, 请稍后重试。
pub const INTERNALERROR_TSFMONITORINTERNALERROR: &str = "InternalError.TsfMonitorInternalError";

/// TSF服务管理通用异常。
pub const INTERNALERROR_TSFMSERROR: &str = "InternalError.TsfMsError";

/// 模块未处理异常。
pub const INTERNALERROR_UNHANDLEDEXCEPTION: &str = "InternalError.UnhandledException";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 应用描述不能大于200个字符。
pub const INVALIDPARAMETERVALUE_APPLICATIONDESCLENGTH: &str =
    "InvalidParameterValue.ApplicationDescLength";

/// 无效的微服务类型。
pub const INVALIDPARAMETERVALUE_APPLICATIONMICROTYPEINVALID: &str =
    "InvalidParameterValue.ApplicationMicroTypeInvalid";

/// 应用名称已存在，请更换其他名称。
pub const INVALIDPARAMETERVALUE_APPLICATIONNAMEEXIST: &str =
    "InvalidParameterValue.ApplicationNameExist";

/// 应用名称不能大于60字符。
pub const INVALIDPARAMETERVALUE_APPLICATIONNAMELENGTH: &str =
    "InvalidParameterValue.ApplicationNameLength";

/// 应用名称不能为空。
pub const INVALIDPARAMETERVALUE_APPLICATIONNAMENULL: &str =
    "InvalidParameterValue.ApplicationNameNull";

/// 应用名称格式不正确,只能包含小写字母、数字及分隔符("_"、"-")，且不能以分隔符开头或结尾。
pub const INVALIDPARAMETERVALUE_APPLICATIONNAMEREGXINVALID: &str =
    "InvalidParameterValue.ApplicationNameRegxInvalid";

/// 无法获取应用。
pub const INVALIDPARAMETERVALUE_APPLICATIONNOTEXISTS: &str =
    "InvalidParameterValue.ApplicationNotExists";

/// 无效的应用排序类型。
pub const INVALIDPARAMETERVALUE_APPLICATIONORDERTYPEINVALID: &str =
    "InvalidParameterValue.ApplicationOrderTypeInvalid";

/// 无效的应用分页参数。
pub const INVALIDPARAMETERVALUE_APPLICATIONPAGELIMITINVALID: &str =
    "InvalidParameterValue.ApplicationPageLimitInvalid";

/// 无效的应用类型。
pub const INVALIDPARAMETERVALUE_APPLICATIONTYPEINVALID: &str =
    "InvalidParameterValue.ApplicationTypeInvalid";

/// 与同VPC其它集群CIDR冲突。
pub const INVALIDPARAMETERVALUE_CLUSTERCIDRCONFLICT: &str =
    "InvalidParameterValue.ClusterCidrConflict";

/// 集群命名已存在，请更换其他名称。
pub const INVALIDPARAMETERVALUE_CLUSTERNAMEEXIST: &str = "InvalidParameterValue.ClusterNameExist";

/// 示例：本环境集群名称禁止以 11 开头
pub const INVALIDPARAMETERVALUE_CLUSTERNAMEPREFIXILLEGALERROR: &str =
    "InvalidParameterValue.ClusterNamePrefixIllegalError";

/// 集群名称格式不正确,只能包含小写字母、数字及分隔符("-"),且不能以分隔符开头或结尾
pub const INVALIDPARAMETERVALUE_CLUSTERNAMEREGEXMISMATCH: &str =
    "InvalidParameterValue.ClusterNameRegexMismatch";

/// 集群命名不能为空。
pub const INVALIDPARAMETERVALUE_CLUSTERNAMEREQUIRED: &str =
    "InvalidParameterValue.ClusterNameRequired";

/// 集群无效的分页参数。
pub const INVALIDPARAMETERVALUE_CLUSTERPAGELIMITINVALID: &str =
    "InvalidParameterValue.ClusterPageLimitInvalid";

/// 创建集群，无效的地域字段。
pub const INVALIDPARAMETERVALUE_CLUSTERREGIONINVALID: &str =
    "InvalidParameterValue.ClusterRegionInvalid";

/// 非法集群类型。
pub const INVALIDPARAMETERVALUE_CLUSTERTYPEINVALID: &str =
    "InvalidParameterValue.ClusterTypeInvalid";

/// 创建集群，无效的可用区字段。
pub const INVALIDPARAMETERVALUE_CLUSTERZONEINVALID: &str =
    "InvalidParameterValue.ClusterZoneInvalid";

/// 配置项已经发布过。
pub const INVALIDPARAMETERVALUE_CONFIGALREADYRELEASED: &str =
    "InvalidParameterValue.ConfigAlreadyReleased";

/// 配置项已存在。
pub const INVALIDPARAMETERVALUE_CONFIGEXISTS: &str = "InvalidParameterValue.ConfigExists";

/// 配置项和部署组所属应用不一致。
pub const INVALIDPARAMETERVALUE_CONFIGGROUPAPPLICATIONIDNOTMATCH: &str =
    "InvalidParameterValue.ConfigGroupApplicationIdNotMatch";

/// 配置项名称不合规。
pub const INVALIDPARAMETERVALUE_CONFIGNAMEINVALID: &str = "InvalidParameterValue.ConfigNameInvalid";

/// 无法获取配置项或无权限访问。
pub const INVALIDPARAMETERVALUE_CONFIGNOTEXISTSORPERMISSIONDENIED: &str =
    "InvalidParameterValue.ConfigNotExistsOrPermissionDenied";

/// 无法获取配置项发布信息。
pub const INVALIDPARAMETERVALUE_CONFIGRELEASENOTEXISTS: &str =
    "InvalidParameterValue.ConfigReleaseNotExists";

/// 配置模板描述过长。
pub const INVALIDPARAMETERVALUE_CONFIGTEMPLATEDESCTOOLONG: &str =
    "InvalidParameterValue.ConfigTemplateDescTooLong";

/// 配置模板名称不合规。
pub const INVALIDPARAMETERVALUE_CONFIGTEMPLATENAMEINVALID: &str =
    "InvalidParameterValue.ConfigTemplateNameInvalid";

/// 配置模板内容过长。
pub const INVALIDPARAMETERVALUE_CONFIGTEMPLATENAMETOOLONG: &str =
    "InvalidParameterValue.ConfigTemplateNameTooLong";

/// 配置模板类型不合规。
pub const INVALIDPARAMETERVALUE_CONFIGTEMPLATETYPEINVALID: &str =
    "InvalidParameterValue.ConfigTemplateTypeInvalid";

/// 配置格式不符合YAML要求。
pub const INVALIDPARAMETERVALUE_CONFIGVALUEFORMATINVALID: &str =
    "InvalidParameterValue.ConfigValueFormatInvalid";

/// 配置项值内容大小[当前值]超过限制。
pub const INVALIDPARAMETERVALUE_CONFIGVALUETOOLONG: &str =
    "InvalidParameterValue.ConfigValueTooLong";

/// 配置项版本描述不合规。
pub const INVALIDPARAMETERVALUE_CONFIGVERSIONDESCINVALID: &str =
    "InvalidParameterValue.ConfigVersionDescInvalid";

/// 配置项版本不合规。
pub const INVALIDPARAMETERVALUE_CONFIGVERSIONINVALID: &str =
    "InvalidParameterValue.ConfigVersionInvalid";

/// 服务访问方式不能为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPACCESSTYPENULL: &str =
    "InvalidParameterValue.ContainergroupAccesstypeNull";

/// 所属应用ID不能为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPAPPLICATIONIDNULL: &str =
    "InvalidParameterValue.ContainergroupApplicationIdNull";

/// 集群 CPU 资源不足。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPCPULIMITOVER: &str =
    "InvalidParameterValue.ContainergroupCpulimitOver";

/// 容器Env的Value和ValueFrom不能同时使用
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPENVVALUEBOTHSET: &str =
    "InvalidParameterValue.ContainergroupEnvValueBothSet";

/// 容器 Env 的 Value 和 ValueFrom 至少要有一个。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPENVVALUENOTSET: &str =
    "InvalidParameterValue.ContainergroupEnvValueNotSet";

/// 部署组ID不能为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPGROUPIDNULL: &str =
    "InvalidParameterValue.ContainergroupGroupidNull";

/// 部署组名不能大于60个字符。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPGROUPNAMELEGNTH: &str =
    "InvalidParameterValue.ContainergroupGroupnameLegnth";

/// 部署组名不能为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPGROUPNAMENULL: &str =
    "InvalidParameterValue.ContainergroupGroupnameNull";

/// 部署组名称格式不正确,只能包含小写字母、数字及分隔符("-"),且必须以小写字母开头，数字或小写字母结尾。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPGROUPNAMEREGEXMATCHFALSE: &str =
    "InvalidParameterValue.ContainergroupGroupnameRegexMatchFalse";

/// 该镜像被占用中。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPIMAGETAGISINUSE: &str =
    "InvalidParameterValue.ContainerGroupImageTagIsInUse";

/// 实例数量不能为空或不合法。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPINSTANCENUMINVALID: &str =
    "InvalidParameterValue.ContainergroupInstanceNumInvalid";

/// CPU limit 和 request 不能同时为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPINVALIDCPUINFO: &str =
    "InvalidParameterValue.ContainergroupInvalidCpuInfo";

/// 内存 limit 和 request 不能同时为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPINVALIDMEMINFO: &str =
    "InvalidParameterValue.ContainergroupInvalidMemInfo";

/// limit最大数量，默认 20, 最大值 50。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPLIMITVALUEINVALID: &str =
    "InvalidParameterValue.ContainergroupLimitValueInvalid";

/// 集群内存资源不足。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPMEMLIMITOVER: &str =
    "InvalidParameterValue.ContainergroupMemlimitOver";

/// 主机端口值非法。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPNODEPORTINVALID: &str =
    "InvalidParameterValue.ContainergroupNodePortInvalid";

/// 服务端口值非法。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPPORTINVALID: &str =
    "InvalidParameterValue.ContainergroupPortInvalid";

/// 服务端口不能为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPPORTNULL: &str =
    "InvalidParameterValue.ContainergroupPortNull";

/// 服务端口不允许重复映射。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPPORTSREPEAT: &str =
    "InvalidParameterValue.ContainergroupPortsRepeat";

/// 协议值非法,限定:TCP/UDP。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPPROTOCOLINVALID: &str =
    "InvalidParameterValue.ContainergroupProtocolInvalid";

/// 公网访问方式下，协议需要一致。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPPROTOCOLMIXERROR: &str =
    "InvalidParameterValue.ContainergroupProtocolMixError";

/// 协议不能为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPPROTOCOLNULL: &str =
    "InvalidParameterValue.ContainergroupProtocolNull";

/// 协议端口不能为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPPROTOCOLPORTSNULL: &str =
    "InvalidParameterValue.ContainergroupProtocolPortsNull";

/// 镜像仓库名与应用名不匹配。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPREPONAMEINVALID: &str =
    "InvalidParameterValue.ContainergroupReponameInvalid";

/// 示例：agent 容器资源值非法 , cpu。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPRESOURCEAGENTVALUEINVALID: &str =
    "InvalidParameterValue.ContainergroupResourceAgentValueInvalid";

/// service名称校验失败。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPSERVICENAMEVALIDERROR: &str =
    "InvalidParameterValue.ContainergroupServiceNameValidError";

/// 容器端口不能为空。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPTARGETPORTNULL: &str =
    "InvalidParameterValue.ContainergroupTargetportNull";

/// 容器端口不允许重复映射。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPTARGETPORTSREPEAT: &str =
    "InvalidParameterValue.ContainergroupTargetPortsRepeat";

/// 更新间隔不能为空或者数值非法。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPUPDATEIVLINVALID: &str =
    "InvalidParameterValue.ContainergroupUpdateivlInvalid";

/// updateType参数不合法，值必须为0、1。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPUPDATETYPEINVALID: &str =
    "InvalidParameterValue.ContainergroupUpdatetypeInvalid";

/// 找不到业务容器。
pub const INVALIDPARAMETERVALUE_CONTAINERGROUPYAMLUSERCONTAINERNOTFOUND: &str =
    "InvalidParameterValue.ContainergroupYamlUserContainerNotFound";

/// TSF MASTER 正在执行任务，请等待任务执行完成再下发新任务。
pub const INVALIDPARAMETERVALUE_CVMCAEMASTERAGENTBUSY: &str =
    "InvalidParameterValue.CvmCaeMasterAgentBusy";

/// 无可用实例。
pub const INVALIDPARAMETERVALUE_CVMCAEMASTERAGENTNOTFOUND: &str =
    "InvalidParameterValue.CvmCaeMasterAgentNotFound";

/// TSF MASTER 部署组中无云主机。
pub const INVALIDPARAMETERVALUE_CVMCAEMASTERGROUPNOAGENT: &str =
    "InvalidParameterValue.CvmCaeMasterGroupNoAgent";

/// 任务不存在。
pub const INVALIDPARAMETERVALUE_CVMCAEMASTERTASKNOTEXIST: &str =
    "InvalidParameterValue.CvmCaeMasterTaskNotExist";

/// 部署组不存在。
pub const INVALIDPARAMETERVALUE_DEPLOYGROUPNOTEXISTS: &str =
    "InvalidParameterValue.DeployGroupNotExists";

/// 重复数据集名。
pub const INVALIDPARAMETERVALUE_DUPLICATEPROGRAMNAME: &str =
    "InvalidParameterValue.DuplicateProgramName";

/// 文件配置项已经发布。
pub const INVALIDPARAMETERVALUE_FILECONFIGALREADYRELEASED: &str =
    "InvalidParameterValue.FileConfigAlreadyReleased";

/// 文件配置项编码方式不支持。
pub const INVALIDPARAMETERVALUE_FILECONFIGCODEUNSUPPORTED: &str =
    "InvalidParameterValue.FileConfigCodeUnsupported";

/// 文件配置项已存在。
pub const INVALIDPARAMETERVALUE_FILECONFIGEXISTS: &str = "InvalidParameterValue.FileConfigExists";

/// 配置文件路径重复。
pub const INVALIDPARAMETERVALUE_FILECONFIGEXISTSPATH: &str =
    "InvalidParameterValue.FileConfigExistsPath";

/// 其他用户已发布此配置文件路径。
pub const INVALIDPARAMETERVALUE_FILECONFIGEXISTSPATHOTHER: &str =
    "InvalidParameterValue.FileConfigExistsPathOther";

/// 文件配置项文件名称不合规。
pub const INVALIDPARAMETERVALUE_FILECONFIGFILENAMEINVALID: &str =
    "InvalidParameterValue.FileConfigFileNameInvalid";

/// 文件配置项文件路径不合规。
pub const INVALIDPARAMETERVALUE_FILECONFIGFILEPATHINVALID: &str =
    "InvalidParameterValue.FileConfigFilePathInvalid";

/// 文件配置项固定字段不可变更。
pub const INVALIDPARAMETERVALUE_FILECONFIGFIXEDFIELDUNCHANGEABLE: &str =
    "InvalidParameterValue.FileConfigFixedFieldUnchangeable";

/// 文件配置项和部署组所属应用不一致。
pub const INVALIDPARAMETERVALUE_FILECONFIGGROUPAPPLICATIONIDNOTMATCH: &str =
    "InvalidParameterValue.FileConfigGroupApplicationIdNotMatch";

/// 文件配置项名称不合规。
pub const INVALIDPARAMETERVALUE_FILECONFIGNAMEINVALID: &str =
    "InvalidParameterValue.FileConfigNameInvalid";

/// 无法获取文件配置项或无权限访问。
pub const INVALIDPARAMETERVALUE_FILECONFIGNOTEXISTSORPERMISSIONDENIED: &str =
    "InvalidParameterValue.FileConfigNotExistsOrPermissionDenied";

/// 同一部署组禁止配置文件重复(文件路径+文件名)。
pub const INVALIDPARAMETERVALUE_FILECONFIGPATHEXISTS: &str =
    "InvalidParameterValue.FileConfigPathExists";

/// 无法获取文件配置项发布信息。
pub const INVALIDPARAMETERVALUE_FILECONFIGRELEASENOTEXISTS: &str =
    "InvalidParameterValue.FileConfigReleaseNotExists";

/// 文件配置项版本描述不合规。
pub const INVALIDPARAMETERVALUE_FILECONFIGVERSIONDESCINVALID: &str =
    "InvalidParameterValue.FileConfigVersionDescInvalid";

/// 文件配置项版本不合规。
pub const INVALIDPARAMETERVALUE_FILECONFIGVERSIONINVALID: &str =
    "InvalidParameterValue.FileConfigVersionInvalid";

/// 请求参数异常[参数]。
pub const INVALIDPARAMETERVALUE_GATEWAYPARAMETERERROR: &str =
    "InvalidParameterValue.GatewayParameterError";

/// 无效请求参数[参数异常]。
pub const INVALIDPARAMETERVALUE_GATEWAYPARAMETERINVALID: &str =
    "InvalidParameterValue.GatewayParameterInvalid";

/// 全局命名空间已经存在，只能创建一个全局命名空间。
pub const INVALIDPARAMETERVALUE_GLOBALNAMESPACENAMEEXIST: &str =
    "InvalidParameterValue.GlobalNamespaceNameExist";

/// 部署相关请求参数校验失败。
pub const INVALIDPARAMETERVALUE_GROUPBATCHPARAMETERINVALID: &str =
    "InvalidParameterValue.GroupBatchParameterInvalid";

/// 部署组的集群未绑定该命名空间。
pub const INVALIDPARAMETERVALUE_GROUPCLUSTERNAMESPACENOTBOUND: &str =
    "InvalidParameterValue.GroupClusterNamespaceNotBound";

/// 创建分组， 集群类型不匹配。
pub const INVALIDPARAMETERVALUE_GROUPCLUSTERTYPEMISMATCH: &str =
    "InvalidParameterValue.GroupClusterTypeMismatch";

/// 删除分组，集群类型不匹配。
pub const INVALIDPARAMETERVALUE_GROUPDELETECLUSTERTYPEMISMATCH: &str =
    "InvalidParameterValue.GroupDeleteClusterTypeMismatch";

/// 部署组名称已存在，请更换其他名称。
pub const INVALIDPARAMETERVALUE_GROUPNAMEEXIST: &str = "InvalidParameterValue.GroupNameExist";

/// 部署组名不能大于50个字符。
pub const INVALIDPARAMETERVALUE_GROUPNAMELENGTH: &str = "InvalidParameterValue.GroupNameLength";

/// 部署组名称格式不正确,只能包含小写字母、数字及分隔符("-"),且必须以小写字母开头，数字或小写字母结尾。
pub const INVALIDPARAMETERVALUE_GROUPNAMEREGXMISMATCH: &str =
    "InvalidParameterValue.GroupNameRegxMismatch";

/// 无法获取部署组。
pub const INVALIDPARAMETERVALUE_GROUPNOTEXISTS: &str = "InvalidParameterValue.GroupNotExists";

/// 分组无效的分业参数。
pub const INVALIDPARAMETERVALUE_GROUPPAGELIMITINVALID: &str =
    "InvalidParameterValue.GroupPageLimitInvalid";

/// 无效的部署组状态过滤字段。
pub const INVALIDPARAMETERVALUE_GROUPSTATUSINVALID: &str =
    "InvalidParameterValue.GroupStatusInvalid";

/// 分组操作，无有效机器。
pub const INVALIDPARAMETERVALUE_GROUPVALIDINSTANCENULL: &str =
    "InvalidParameterValue.GroupValidInstanceNull";

/// 镜像仓库名不合法,示例:tsf-repo/nginx。
pub const INVALIDPARAMETERVALUE_IMAGEREPOREPONAMEINVALID: &str =
    "InvalidParameterValue.ImagerepoReponameInvalid";

/// 镜像仓库名不能为空。
pub const INVALIDPARAMETERVALUE_IMAGEREPOREPONAMENULL: &str =
    "InvalidParameterValue.ImagerepoRepoNameNull";

/// imageTags不能为空。
pub const INVALIDPARAMETERVALUE_IMAGEREPOTAGNAMENULL: &str =
    "InvalidParameterValue.ImagerepoTagnameNull";

/// 重装系统，无效的镜像id。
pub const INVALIDPARAMETERVALUE_INSTANCEINVALIDIMAGE: &str =
    "InvalidParameterValue.InstanceInvalidImage";

/// 示例：参数 Region 取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETER: &str = "InvalidParameterValue.InvalidParameter";

/// 数据集名非法。
pub const INVALIDPARAMETERVALUE_INVALIDPROGRAMNAME: &str =
    "InvalidParameterValue.InvalidProgramName";

/// 部署组不存在或已被删除[部署组ID]
pub const INVALIDPARAMETERVALUE_LANEGROUPNOTEXIST: &str = "InvalidParameterValue.LaneGroupNotExist";

/// 该泳道已关联全链路灰度发布规则,请先从规则中移除后删除
pub const INVALIDPARAMETERVALUE_LANEINFOALREADYUSED: &str =
    "InvalidParameterValue.LaneInfoAlreadyUsed";

/// 存在同名的泳道。
pub const INVALIDPARAMETERVALUE_LANEINFONAMEALREADYUSED: &str =
    "InvalidParameterValue.LaneInfoNameAlreadyUsed";

/// 泳道名称格式有误。
pub const INVALIDPARAMETERVALUE_LANEINFONAMEINVALID: &str =
    "InvalidParameterValue.LaneInfoNameInvalid";

/// 泳道名称不能为空。
pub const INVALIDPARAMETERVALUE_LANEINFONAMENOTEMPTY: &str =
    "InvalidParameterValue.LaneInfoNameNotEmpty";

/// 泳道名称不能超过60个字符。
pub const INVALIDPARAMETERVALUE_LANEINFONAMETOOLONG: &str =
    "InvalidParameterValue.LaneInfoNameTooLong";

/// 泳道不存在。
pub const INVALIDPARAMETERVALUE_LANEINFONOTEXIST: &str = "InvalidParameterValue.LaneInfoNotExist";

/// 泳道没有设置任何入口应用。
pub const INVALIDPARAMETERVALUE_LANEINFONOTEXISTENTRANCE: &str =
    "InvalidParameterValue.LaneInfoNotExistEntrance";

/// 泳道备注不能超过200个字符。
pub const INVALIDPARAMETERVALUE_LANEINFOREMARKTOOLONG: &str =
    "InvalidParameterValue.LaneInfoRemarkTooLong";

/// 该灰度规则生效中,请关闭后删除
pub const INVALIDPARAMETERVALUE_LANERULEENABLEDRULEDELETEFAILED: &str =
    "InvalidParameterValue.LaneRuleEnabledRuleDeleteFailed";

/// 全链路灰度规则ID错误
pub const INVALIDPARAMETERVALUE_LANERULEIDINVALID: &str = "InvalidParameterValue.LaneRuleIdInvalid";

/// 全链路灰度规则中的泳道不存在。
pub const INVALIDPARAMETERVALUE_LANERULEINFONOTEXIST: &str =
    "InvalidParameterValue.LaneRuleInfoNotExist";

/// 存在同名的全链路灰度规则。
pub const INVALIDPARAMETERVALUE_LANERULENAMEALREADYUSED: &str =
    "InvalidParameterValue.LaneRuleNameAlreadyUsed";

/// 全链路灰度规则名称格式有误。
pub const INVALIDPARAMETERVALUE_LANERULENAMEINVALID: &str =
    "InvalidParameterValue.LaneRuleNameInvalid";

/// 全链路灰度规则名称不能为空。
pub const INVALIDPARAMETERVALUE_LANERULENAMENOTEMPTY: &str =
    "InvalidParameterValue.LaneRuleNameNotEmpty";

/// 全链路灰度规则名称不能超过60个字符。
pub const INVALIDPARAMETERVALUE_LANERULENAMETOOLONG: &str =
    "InvalidParameterValue.LaneRuleNameTooLong";

/// 全链路灰度规则不存在。
pub const INVALIDPARAMETERVALUE_LANERULENOTEXIST: &str = "InvalidParameterValue.LaneRuleNotExist";

/// 全链路灰度规则备注不能超过200个字符。
pub const INVALIDPARAMETERVALUE_LANERULEREMARKTOOLONG: &str =
    "InvalidParameterValue.LaneRuleRemarkTooLong";

/// 全链路灰度规则标签名不能为空。
pub const INVALIDPARAMETERVALUE_LANERULETAGNAMENOTEMPTY: &str =
    "InvalidParameterValue.LaneRuleTagNameNotEmpty";

/// 全链路灰度规则标签名不能超过32个字符。
pub const INVALIDPARAMETERVALUE_LANERULETAGNAMETOOLONG: &str =
    "InvalidParameterValue.LaneRuleTagNameTooLong";

/// 全链路灰度规则必须设置至少一个标签。
pub const INVALIDPARAMETERVALUE_LANERULETAGNOTEMPTY: &str =
    "InvalidParameterValue.LaneRuleTagNotEmpty";

/// 全链路灰度规则逻辑关系错误
pub const INVALIDPARAMETERVALUE_LANERULETAGOPERATORINVALID: &str =
    "InvalidParameterValue.LaneRuleTagOperatorInvalid";

/// 全链路灰度规则逻辑关系不能为空
pub const INVALIDPARAMETERVALUE_LANERULETAGOPERATORNOTEMPTY: &str =
    "InvalidParameterValue.LaneRuleTagOperatorNotEmpty";

/// 全链路灰度规则标签值不能为空
pub const INVALIDPARAMETERVALUE_LANERULETAGVALUENOTEMPTY: &str =
    "InvalidParameterValue.LaneRuleTagValueNotEmpty";

/// 全链路灰度规则标签值不能超过128个字符。
pub const INVALIDPARAMETERVALUE_LANERULETAGVALUETOOLONG: &str =
    "InvalidParameterValue.LaneRuleTagValueTooLong";

/// 全链路灰度规则总标签值不能超过200个字符。
pub const INVALIDPARAMETERVALUE_LANERULETAGVALUETOTALTOOLONG: &str =
    "InvalidParameterValue.LaneRuleTagValueTotalTooLong";

/// 无法获取上一次的配置项。
pub const INVALIDPARAMETERVALUE_LASTCONFIGNOTEXISTS: &str =
    "InvalidParameterValue.LastConfigNotExists";

/// [参数]不合法。
pub const INVALIDPARAMETERVALUE_MSPARAMETERINVALID: &str =
    "InvalidParameterValue.MsParameterInvalid";

/// 集群已关联该命名空间。
pub const INVALIDPARAMETERVALUE_NAMESPACEALREADYBINDCLUSTER: &str =
    "InvalidParameterValue.NamespaceAlreadyBindCluster";

/// 命名空间描述格式不正确。
pub const INVALIDPARAMETERVALUE_NAMESPACEDESCINVALID: &str =
    "InvalidParameterValue.NamespaceDescInvalid";

/// 命名空间名称已存在，请更换其他名称。
pub const INVALIDPARAMETERVALUE_NAMESPACENAMEEXIST: &str =
    "InvalidParameterValue.NamespaceNameExist";

/// 命名空间名称格式不正确。
pub const INVALIDPARAMETERVALUE_NAMESPACENAMEINVALID: &str =
    "InvalidParameterValue.NamespaceNameInvalid";

/// 无法获取命名空间。
pub const INVALIDPARAMETERVALUE_NAMESPACENOTEXISTS: &str =
    "InvalidParameterValue.NamespaceNotExists";

/// 数据集项不存在。
pub const INVALIDPARAMETERVALUE_PROGRAMITEMNOTEXISTS: &str =
    "InvalidParameterValue.ProgramItemNotExists";

/// 配置项已经发布，不允许删除。
pub const INVALIDPARAMETERVALUE_RELEASEDCONFIGCANNOTBEDELETED: &str =
    "InvalidParameterValue.ReleasedConfigCanNotBeDeleted";

/// 文件配置项已经发布，不允许删除。
pub const INVALIDPARAMETERVALUE_RELEASEDFILECONFIGCANNOTBEDELETED: &str =
    "InvalidParameterValue.ReleasedFileConfigCanNotBeDeleted";

/// 资源ID不存在
pub const INVALIDPARAMETERVALUE_RESOURCENOTEXISTS: &str = "InvalidParameterValue.ResourceNotExists";

/// 无权限操作资源[资源ID]。
pub const INVALIDPARAMETERVALUE_RESOURCEPERMISSIONDENIED: &str =
    "InvalidParameterValue.ResourcePermissionDenied";

/// ResourceType 不支持。
pub const INVALIDPARAMETERVALUE_RESOURCETYPEERROR: &str = "InvalidParameterValue.ResourceTypeError";

/// 服务描述不能大于200字符。
pub const INVALIDPARAMETERVALUE_SERVICEDESCLENGTH: &str = "InvalidParameterValue.ServiceDescLength";

/// 服务名称重复。
pub const INVALIDPARAMETERVALUE_SERVICENAMEREPEATED: &str =
    "InvalidParameterValue.ServiceNameRepeated";

/// 无法获取微服务列表或无访问权限。
pub const INVALIDPARAMETERVALUE_SERVICENOTEXISTSORPERMISSIONDENIED: &str =
    "InvalidParameterValue.ServiceNotExistsOrPermissionDenied";

/// TSF应用性能管理业务日志搜索解析时间格式错误。
pub const INVALIDPARAMETERVALUE_TSFAPMBUSILOGSEARCHPARSERSPDATEFORMATERROR: &str =
    "InvalidParameterValue.TsfApmBusiLogSearchParseRspDateFormatError";

/// 数据卷名称校验失败。
pub const INVALIDPARAMETERVALUE_VOLUMENAMEVALIDERROR: &str =
    "InvalidParameterValue.VolumeNameValidError";

/// 仅有停止状态下的部署组才可以不启动。
pub const INVALIDPARAMETERVALUE_WRONGDONTSTARTVALUE: &str =
    "InvalidParameterValue.WrongDontStartValue";

/// 删除应用失败。
pub const INVALIDPARAMETER_APPLICATIONDELETEFAILED: &str =
    "InvalidParameter.ApplicationDeleteFailed";

/// 示例：serviceId模块接口action请求不正确（400 BAD REQUEST）。
pub const INVALIDPARAMETER_BADREQUEST: &str = "InvalidParameter.BadRequest";

/// 配置模板名称不符合规范。
pub const INVALIDPARAMETER_CONFIGTEMPLATENAMEINVALID: &str =
    "InvalidParameter.ConfigTemplateNameInvalid";

/// TSF MASTER 解包失败。
pub const INVALIDPARAMETER_CVMCAEMASTERJSONDECODEFAIL: &str =
    "InvalidParameter.CvmCaeMasterJsonDecodeFail";

/// TSF MASTER 实例状态异常。
pub const INVALIDPARAMETER_CVMCAEMASTERUNKNOWNINSTANCESTATUS: &str =
    "InvalidParameter.CvmCaeMasterUnknownInstanceStatus";

/// 未找到 TCR 实例或命名空间。
pub const INVALIDPARAMETER_IMAGEREPOTCRNAMESPACENOTFOUND: &str =
    "InvalidParameter.ImagerepoTcrNamespaceNotFound";

/// 参数错误。
pub const INVALIDPARAMETER_KUBERNETESPARAMERROR: &str = "InvalidParameter.KubernetesParamError";

/// 已经绑定灰度规则，无法删除。
pub const INVALIDPARAMETER_LANEINFOALREADYUSED: &str = "InvalidParameter.LaneInfoAlreadyUsed";

/// 存在同名的泳道。
pub const INVALIDPARAMETER_LANEINFONAMEALREADYUSED: &str =
    "InvalidParameter.LaneInfoNameAlreadyUsed";

/// 泳道名称格式有误。
pub const INVALIDPARAMETER_LANEINFONAMEINVALID: &str = "InvalidParameter.LaneInfoNameInvalid";

/// 泳道名称不能为空。
pub const INVALIDPARAMETER_LANEINFONAMENOTEMPTY: &str = "InvalidParameter.LaneInfoNameNotEmpty";

/// 泳道名称不能超过60个字符。
pub const INVALIDPARAMETER_LANEINFONAMETOOLONG: &str = "InvalidParameter.LaneInfoNameTooLong";

/// 泳道不存在。
pub const INVALIDPARAMETER_LANEINFONOTEXIST: &str = "InvalidParameter.LaneInfoNotExist";

/// 泳道没有设置任何入口应用。
pub const INVALIDPARAMETER_LANEINFONOTEXISTENTRANCE: &str =
    "InvalidParameter.LaneInfoNotExistEntrance";

/// 泳道备注不能超过200个字符。
pub const INVALIDPARAMETER_LANEINFOREMARKTOOLONG: &str = "InvalidParameter.LaneInfoRemarkTooLong";

/// 泳道规则中的泳道不存在。
pub const INVALIDPARAMETER_LANERULEINFONOTEXIST: &str = "InvalidParameter.LaneRuleInfoNotExist";

/// 存在同名的泳道规则名称。
pub const INVALIDPARAMETER_LANERULENAMEALREADYUSED: &str =
    "InvalidParameter.LaneRuleNameAlreadyUsed";

/// 泳道规则名称格式有误。
pub const INVALIDPARAMETER_LANERULENAMEINVALID: &str = "InvalidParameter.LaneRuleNameInvalid";

/// 泳道规则名称不能为空。
pub const INVALIDPARAMETER_LANERULENAMENOTEMPTY: &str = "InvalidParameter.LaneRuleNameNotEmpty";

/// 泳道规则名称不能超过60个字符。
pub const INVALIDPARAMETER_LANERULENAMETOOLONG: &str = "InvalidParameter.LaneRuleNameTooLong";

/// 泳道规则不存在。
pub const INVALIDPARAMETER_LANERULENOTEXIST: &str = "InvalidParameter.LaneRuleNotExist";

/// 泳道规则备注不能超过200个字符。
pub const INVALIDPARAMETER_LANERULEREMARKTOOLONG: &str = "InvalidParameter.LaneRuleRemarkTooLong";

/// 泳道规则标签名不能为空。
pub const INVALIDPARAMETER_LANERULETAGNAMENOTEMPTY: &str =
    "InvalidParameter.LaneRuleTagNameNotEmpty";

/// 泳道规则标签名不能超过32个字符。
pub const INVALIDPARAMETER_LANERULETAGNAMETOOLONG: &str = "InvalidParameter.LaneRuleTagNameTooLong";

/// 泳道规则必须设置至少一个标签。
pub const INVALIDPARAMETER_LANERULETAGNOTEMPTY: &str = "InvalidParameter.LaneRuleTagNotEmpty";

/// 泳道规则标签值不能超过128个字符。
pub const INVALIDPARAMETER_LANERULETAGVALUETOOLONG: &str =
    "InvalidParameter.LaneRuleTagValueTooLong";

/// 泳道规则总标签值不能超过200个字符。
pub const INVALIDPARAMETER_LANERULETAGVALUETOTALTOOLONG: &str =
    "InvalidParameter.LaneRuleTagValueTotalTooLong";

/// 包正在被使用，请先解除占用。
pub const INVALIDPARAMETER_PACKAGEINUSE: &str = "InvalidParameter.PackageInUse";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 请求参数有误。
pub const INVALIDPARAMETER_REPOPACKAGEPARAMERROR: &str = "InvalidParameter.RepoPackageParamError";

/// 仓库中存在软件包，请先删除软件包。
pub const INVALIDPARAMETER_REPOSITORYNOTEMPTY: &str = "InvalidParameter.RepositoryNotEmpty";

/// TSF应用性能管理业务日志应用标识参数错误。
pub const INVALIDPARAMETER_TSFAPMBUSILOGCFGAPPPARAMERROR: &str =
    "InvalidParameter.TsfApmBusiLogCfgAppParamError";

/// TSF应用性能管理业务日志配置与应用关联参数错误。
pub const INVALIDPARAMETER_TSFAPMBUSILOGCFGAPPRELATIONPARAMERROR: &str =
    "InvalidParameter.TsfApmBusiLogCfgAppRelationParamError";

/// TSF应用性能管理业务日志配置云账户参数错误。
pub const INVALIDPARAMETER_TSFAPMBUSILOGCFGCLOUDPARAMERROR: &str =
    "InvalidParameter.TsfApmBusiLogCfgCloudParamError";

/// TSF应用性能管理业务日志配置标识参数错误。
pub const INVALIDPARAMETER_TSFAPMBUSILOGCFGIDPARAMERROR: &str =
    "InvalidParameter.TsfApmBusiLogCfgIdParamError";

/// TSF应用性能管理业务日志配置数目参数错误。
pub const INVALIDPARAMETER_TSFAPMBUSILOGCFGLIMITPARAMERROR: &str =
    "InvalidParameter.TsfApmBusiLogCfgLimitParamError";

/// TSF应用性能管理业务日志搜索请求参数错误。
pub const INVALIDPARAMETER_TSFAPMBUSILOGSEARCHREQUESTPARAMERROR: &str =
    "InvalidParameter.TsfApmBusiLogSearchRequestParamError";

/// TSF应用性能管理运行状态统计查询请求参数错误。
pub const INVALIDPARAMETER_TSFAPMSTATSSEARCHREQUESTPARAMERROR: &str =
    "InvalidParameter.TsfApmStatsSearchRequestParamError";

/// TSF应用性能管理标准输出日志搜索请求参数错误。
pub const INVALIDPARAMETER_TSFAPMSTDOUTSEARCHREQUESTPARAMERROR: &str =
    "InvalidParameter.TsfApmStdoutSearchRequestParamError";

/// TSF应用性能管理调用链搜索请求参数错误。
pub const INVALIDPARAMETER_TSFAPMTRACESEARCHREQUESTPARAMERROR: &str =
    "InvalidParameter.TsfApmTraceSearchRequestParamError";

/// TSF监控统计请求参数非法。
pub const INVALIDPARAMETER_TSFMONITORREQUESTPARAMILLEGAL: &str =
    "InvalidParameter.TsfMonitorRequestParamIllegal";

/// 仓库批量删除包数量超过单次允许上限。
pub const INVALIDPARAMETER_UPPERDELETELIMIT: &str = "InvalidParameter.UpperDeleteLimit";

/// 命名空间数达到上限。
pub const LIMITEXCEEDED_ERRNAMESPACEMAXLIMIT: &str = "LimitExceeded.ErrNamespaceMaxLimit";

/// 仓库达到上限。
pub const LIMITEXCEEDED_ERRREPOMAXLIMIT: &str = "LimitExceeded.ErrRepoMaxLimit";

/// 最多支持创建五个容器集群，当前已经超过使用上限。
pub const LIMITEXCEEDED_TKECLUSTERNUMBEREXCEEDLIMIT: &str =
    "LimitExceeded.TkeClusterNumberExceedLimit";

/// 应用ID不能为空。
pub const MISSINGPARAMETER_APPLICATIONIDNULL: &str = "MissingParameter.ApplicationIdNull";

/// 应用ID未填写。
pub const MISSINGPARAMETER_APPLICATIONIDREQUIRED: &str = "MissingParameter.ApplicationIdRequired";

/// 应用类型不能为空。
pub const MISSINGPARAMETER_APPLICATIONTYPENULL: &str = "MissingParameter.ApplicationTypeNull";

/// 集群ID未填写。
pub const MISSINGPARAMETER_CLUSTERIDREQUIRED: &str = "MissingParameter.ClusterIdRequired";

/// 集群所属子网不能为空。
pub const MISSINGPARAMETER_CLUSTERSUBNETREQUIRED: &str = "MissingParameter.ClusterSubnetRequired";

/// 配置项ID未填写。
pub const MISSINGPARAMETER_CONFIGIDREQUIRED: &str = "MissingParameter.ConfigIdRequired";

/// 配置项名称未填写。
pub const MISSINGPARAMETER_CONFIGNAMEREQUIRED: &str = "MissingParameter.ConfigNameRequired";

/// 配置项发布信息ID未填写。
pub const MISSINGPARAMETER_CONFIGRELEASEIDREQUIRED: &str =
    "MissingParameter.ConfigReleaseIdRequired";

/// 缺少配置模板id。
pub const MISSINGPARAMETER_CONFIGTEMPLATEIDREQUIRED: &str =
    "MissingParameter.ConfigTemplateIdRequired";

/// 配置模板名称未填写。
pub const MISSINGPARAMETER_CONFIGTEMPLATENAMEREQUIRED: &str =
    "MissingParameter.ConfigTemplateNameRequired";

/// 配置模板类型未填写。
pub const MISSINGPARAMETER_CONFIGTEMPLATETYPEREQUIRED: &str =
    "MissingParameter.ConfigTemplateTypeRequired";

/// 配置项类型未填写。
pub const MISSINGPARAMETER_CONFIGTYPEREQUIRED: &str = "MissingParameter.ConfigTypeRequired";

/// 配置项值未填写。
pub const MISSINGPARAMETER_CONFIGVALUEREQUIRED: &str = "MissingParameter.ConfigValueRequired";

/// 配置项版本未填写。
pub const MISSINGPARAMETER_CONFIGVERSIONREQUIRED: &str = "MissingParameter.ConfigVersionRequired";

/// 文件配置项文件内容未填写。
pub const MISSINGPARAMETER_FILECONFIGFILEVALUEREQUIRED: &str =
    "MissingParameter.FileConfigFileValueRequired";

/// 缺少请求参数[网关参数异常]。
pub const MISSINGPARAMETER_GATEWAYPARAMETERREQUIRED: &str =
    "MissingParameter.GatewayParameterRequired";

/// 分组所属应用不能为空。
pub const MISSINGPARAMETER_GROUPAPPLICATIONNULL: &str = "MissingParameter.GroupApplicationNull";

/// 分组扩容操作，机器列表为空。
pub const MISSINGPARAMETER_GROUPEXPANDSERVERIDNULL: &str =
    "MissingParameter.GroupExpandServeridNull";

/// 分组ID不能为空。
pub const MISSINGPARAMETER_GROUPIDNULL: &str = "MissingParameter.GroupIdNull";

/// 部署组ID未填写。
pub const MISSINGPARAMETER_GROUPIDREQUIRED: &str = "MissingParameter.GroupIdRequired";

/// 分组所属命名空间不能为空。
pub const MISSINGPARAMETER_GROUPNAMESPACENULL: &str = "MissingParameter.GroupNamespaceNull";

/// 分组缩容操作，机器列表为空。
pub const MISSINGPARAMETER_GROUPSHIRKSERVERIDNULL: &str = "MissingParameter.GroupShirkServeridNull";

/// 虚拟机集群导入云主机导入方式为空。
pub const MISSINGPARAMETER_INSTANCEIMPORTMODENULL: &str = "MissingParameter.InstanceImportModeNull";

/// 命名空间ID不能为空。
pub const MISSINGPARAMETER_NAMESPACEIDREQUIRED: &str = "MissingParameter.NamespaceIdRequired";

/// 命名空间名称未填写。
pub const MISSINGPARAMETER_NAMESPACENAMEREQUIRED: &str = "MissingParameter.NamespaceNameRequired";

/// [入参]缺失。
pub const MISSINGPARAMETER_REQUIREDPARAMETERMISSING: &str =
    "MissingParameter.RequiredParameterMissing";

/// 未填写服务Id。
pub const MISSINGPARAMETER_SERVICEIDREQUIRED: &str = "MissingParameter.ServiceIdRequired";

/// 示例：未指定language。
pub const MISSINGPARAMETER_SYSTEMPARAMETERREQUIRED: &str =
    "MissingParameter.SystemParameterRequired";

/// 仓库空间达到上限。
pub const RESOURCEINSUFFICIENT_PACKAGESPACEFULL: &str = "ResourceInsufficient.PackageSpaceFull";

/// 此应用下存在资源，无法执行删除操作。
pub const RESOURCEINUSE_APPLICATIONCANNOTDELETE: &str = "ResourceInUse.ApplicationCannotDelete";

/// 资源仍在使用中无法删除。
pub const RESOURCEINUSE_CVMCAEMASTERCANNOTDELETE: &str = "ResourceInUse.CvmcaeMasterCannotDelete";

/// 默认命名空间不能被删除。
pub const RESOURCEINUSE_DEFAULTNAMEPSACECANNOTBEDELETED: &str =
    "ResourceInUse.DefaultNamepsaceCannotBeDeleted";

/// 此分组下存在资源，无法执行删除操作。
pub const RESOURCEINUSE_GROUPCANNOTDELETE: &str = "ResourceInUse.GroupCannotDelete";

/// 集群下存在分组。
pub const RESOURCEINUSE_GROUPEXISTS: &str = "ResourceInUse.GroupExists";

/// 集群内有云主机,不允许删除集群。
pub const RESOURCEINUSE_INSTANCEEXISTS: &str = "ResourceInUse.InstanceExists";

/// 机器实例已经被使用。
pub const RESOURCEINUSE_INSTANCEHASBEENUSED: &str = "ResourceInUse.InstanceHasBeenUsed";

/// 此命名空间下存在资源，无法执行删除操作。
pub const RESOURCEINUSE_NAMESPACECANNOTDELETE: &str = "ResourceInUse.NamespaceCannotDelete";

/// 集群下存在非默认命名空间。
pub const RESOURCEINUSE_NONDEFAULTNAMESPACEEXISTS: &str = "ResourceInUse.NonDefaultNamespaceExists";

/// 资源对象已存在。
pub const RESOURCEINUSE_OBJECTEXIST: &str = "ResourceInUse.ObjectExist";

/// 限流规则已存在，请检查规则名和规则配置。
pub const RESOURCEINUSE_RATELIMITRULEEXISTERROR: &str = "ResourceInUse.RatelimitRuleExistError";

/// 集群下存在弹性伸缩资源池
pub const RESOURCEINUSE_RESOURCEPOOLEXISTS: &str = "ResourceInUse.ResourcePoolExists";

/// 无法获取应用信息。
pub const RESOURCENOTFOUND_APPLICATIONNOTEXIST: &str = "ResourceNotFound.ApplicationNotExist";

/// 无法获取应用或应用不属于当前项目。
pub const RESOURCENOTFOUND_APPLICATIONPROJECTNOTMATCH: &str =
    "ResourceNotFound.ApplicationProjectNotMatch";

/// 无法获取命名空间所属集群。
pub const RESOURCENOTFOUND_CLUSTERNOTEXIST: &str = "ResourceNotFound.ClusterNotExist";

/// 集群所属私有网络不存在。
pub const RESOURCENOTFOUND_CLUSTERVPCNOTEXIST: &str = "ResourceNotFound.ClusterVpcNotExist";

/// 找不到集群。
pub const RESOURCENOTFOUND_CONTAINERGROUPCLUSTERNOTFOUND: &str =
    "ResourceNotFound.ContainergroupClusterNotfound";

/// 无法找到该部署组所属集群和命名空间。
pub const RESOURCENOTFOUND_CONTAINERGROUPGROUPNAMESPACECLUSTERNOTFOUND: &str =
    "ResourceNotFound.ContainergroupGroupNamespaceClusterNotFound";

/// 无法找到该部署组。
pub const RESOURCENOTFOUND_CONTAINERGROUPGROUPNOTFOUND: &str =
    "ResourceNotFound.ContainergroupGroupNotFound";

/// TSF MASTER 资源不存在。
pub const RESOURCENOTFOUND_CVMCAEMASTERRESOURCENOTFOUND: &str =
    "ResourceNotFound.CvmcaeMasterResourceNotFound";

/// 镜像仓库不存在。
pub const RESOURCENOTFOUND_ERRNOREPO: &str = "ResourceNotFound.ErrNoRepo";

/// 用户错误。
pub const RESOURCENOTFOUND_ERRNOUSER: &str = "ResourceNotFound.ErrNoUser";

/// 无法获取分组所属应用。
pub const RESOURCENOTFOUND_GROUPAPPLICATIONNOTEXIST: &str =
    "ResourceNotFound.GroupApplicationNotExist";

/// 无法获取分组所属命名空间。
pub const RESOURCENOTFOUND_GROUPNAMESPACENOTEXIST: &str = "ResourceNotFound.GroupNamespaceNotExist";

/// 此部署组不存在，无法执行该操作。
pub const RESOURCENOTFOUND_GROUPNOTEXIST: &str = "ResourceNotFound.GroupNotExist";

/// 无法获取机器信息。
pub const RESOURCENOTFOUND_INSTANCENOTEXIST: &str = "ResourceNotFound.InstanceNotExist";

/// 后端模块未提供该接口。
pub const RESOURCENOTFOUND_INTERFACENOTFOUND: &str = "ResourceNotFound.InterfaceNotFound";

/// 无法找到License服务器。
pub const RESOURCENOTFOUND_LICENSESERVERNOTFOUND: &str = "ResourceNotFound.LicenseServerNotFound";

/// 目标微服务已离线。
pub const RESOURCENOTFOUND_MICROSERVICEOFFLINE: &str = "ResourceNotFound.MicroserviceOffline";

/// 命名空间不存在,或相应权限不足。
pub const RESOURCENOTFOUND_NAMESPACENOTEXIST: &str = "ResourceNotFound.NamespaceNotExist";

/// 资源对象不存在。
pub const RESOURCENOTFOUND_OBJECTNOEXIST: &str = "ResourceNotFound.ObjectNoExist";

/// 无法获取服务，无法执行该操作。
pub const RESOURCENOTFOUND_SERVICENOTEXIST: &str = "ResourceNotFound.ServiceNotExist";

/// TKE 中不存在该集群。
pub const RESOURCENOTFOUND_TKECLUSTERNOTEXISTS: &str = "ResourceNotFound.TkeClusterNotExists";

/// 示例：访问 CAM 系统出错，具体报错信息。
pub const UNAUTHORIZEDOPERATION_CAMGENERALERROR: &str = "UnauthorizedOperation.CamGeneralError";

/// 当前主账号未创建TSF_QCSRole或未对子账号授予预设策略QcloudCamSubaccountsAuthorizeRoleFullAccess。请参考产品文档[主账号获取访问授权](https://cloud.tencent.com/document/product/649/16869)。
pub const UNAUTHORIZEDOPERATION_CAMTSFROLENOTEXIST: &str =
    "UnauthorizedOperation.CamTsfRoleNotExist";

/// License未激活。
pub const UNAUTHORIZEDOPERATION_LICENSEINACTIVE: &str = "UnauthorizedOperation.LicenseInactive";

/// 您所购买的服务不支持该操作。
pub const UNAUTHORIZEDOPERATION_LICENSEUNAUTHORIZED: &str =
    "UnauthorizedOperation.LicenseUnauthorized";

/// 缺少License，请参考购买指南购买TSF资源后重试。
pub const UNAUTHORIZEDOPERATION_NOLICENSE: &str = "UnauthorizedOperation.NoLicense";

/// 用户无权限访问该接口。
pub const UNAUTHORIZEDOPERATION_NOPRIVILEGE: &str = "UnauthorizedOperation.NoPrivilege";

/// 网关部署组不存在[部署组ID]
pub const UNSUPPORTEDOPERATION_GATEWAYGROUPNOTEXISTS: &str =
    "UnsupportedOperation.GatewayGroupNotExists";

/// 路径重写配置不存在
pub const UNSUPPORTEDOPERATION_GATEWAYPATHREWRITENOTEXISTS: &str =
    "UnsupportedOperation.GatewayPathRewriteNotExists";

/// 批量操作数量超过限制[长度]。
pub const UNSUPPORTEDOPERATION_GATEWAYTOOMANYREQUESTPARAMETER: &str =
    "UnsupportedOperation.GatewayTooManyRequestParameter";

/// 不支持的ACTION。
pub const UNSUPPORTEDOPERATION_UNSUPPORTACTION: &str = "UnsupportedOperation.UnsupportAction";
