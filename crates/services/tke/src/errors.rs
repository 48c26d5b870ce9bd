//! Error codes of `tke`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tke::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 获取用户认证信息失败。
pub const FAILEDOPERATION_ACCOUNTCOMMON: &str = "FailedOperation.AccountCommon";

/// 账户未通过认证。
pub const FAILEDOPERATION_ACCOUNTUSERNOTAUTHENTICATED: &str =
    "FailedOperation.AccountUserNotAuthenticated";

/// 添加VPC-CNI子网失败
pub const FAILEDOPERATION_ADDVPCCNISUBNETSFAILED: &str = "FailedOperation.AddVpcCniSubnetsFailed";

/// 伸缩组资源创建报错。
pub const FAILEDOPERATION_ASCOMMON: &str = "FailedOperation.AsCommon";

/// 无该接口CAM权限。
pub const FAILEDOPERATION_CAMNOAUTH: &str = "FailedOperation.CamNoAuth";

/// 集群禁止删除。
pub const FAILEDOPERATION_CLUSTERFORBIDDENTODELETE: &str =
    "FailedOperation.ClusterForbiddenToDelete";

/// 集群未找到。
pub const FAILEDOPERATION_CLUSTERNOTFOUND: &str = "FailedOperation.ClusterNotFound";

/// 集群状态错误。
pub const FAILEDOPERATION_CLUSTERSTATE: &str = "FailedOperation.ClusterState";

/// 集群节点版本过低。
pub const FAILEDOPERATION_CLUSTERUPGRADENODEVERSION: &str =
    "FailedOperation.ClusterUpgradeNodeVersion";

/// 集群版本不支持该操作
pub const FAILEDOPERATION_CLUSTERVERSIONNOTSUPPORT: &str =
    "FailedOperation.ClusterVersionNotSupport";

/// 内部Client错误。
pub const FAILEDOPERATION_COMPONENTCLIENTCOMMON: &str = "FailedOperation.ComponentClientCommon";

/// 内部HTTP客户端错误。
pub const FAILEDOPERATION_COMPONENTCLIENTHTTP: &str = "FailedOperation.ComponentClientHttp";

/// 内部HTTP解包失败。
pub const FAILEDOPERATION_COMPONENTCLIENTUNPACK: &str = "FailedOperation.ComponentClientUnpack";

/// 请求(http请求)其他云服务失败。
pub const FAILEDOPERATION_COMPONENTCLINETHTTP: &str = "FailedOperation.ComponentClinetHttp";

/// 创建CLS客户端失败。
pub const FAILEDOPERATION_CREATECLSCLIENT: &str = "FailedOperation.CreateClsClient";

/// 创建CLS采集配置失败。
pub const FAILEDOPERATION_CREATECLSCONFIG: &str = "FailedOperation.CreateClsConfig";

/// 创建CLS索引失败。
pub const FAILEDOPERATION_CREATECLSINDEX: &str = "FailedOperation.CreateClsIndex";

/// 创建CLS日志集失败。
pub const FAILEDOPERATION_CREATECLSLOGSET: &str = "FailedOperation.CreateClsLogSet";

/// 创建CLS机器组失败。
pub const FAILEDOPERATION_CREATECLSMACHINEGROUP: &str = "FailedOperation.CreateClsMachineGroup";

/// 创建 CLS 主题失败。
pub const FAILEDOPERATION_CREATECLSTOPIC: &str = "FailedOperation.CreateClsTopic";

/// cvm创建节点报错。
pub const FAILEDOPERATION_CVMCOMMON: &str = "FailedOperation.CvmCommon";

/// CVM开启销毁保护，无法移出。
pub const FAILEDOPERATION_CVMDELETIONPROTECTION: &str = "FailedOperation.CvmDeletionProtection";

/// 存在云服务器在CVM侧查询不到。
pub const FAILEDOPERATION_CVMNUMBERNOTMATCH: &str = "FailedOperation.CvmNumberNotMatch";

/// CVM未知错误。
pub const FAILEDOPERATION_CVMUNEXPECTEDERROR: &str = "FailedOperation.CVMUnexpectedError";

/// CVM 和 VPC ID 不匹配。
pub const FAILEDOPERATION_CVMVPCIDNOTMATCH: &str = "FailedOperation.CvmVpcidNotMatch";

/// db错误。
pub const FAILEDOPERATION_DB: &str = "FailedOperation.Db";

/// 记录未找到。
pub const FAILEDOPERATION_DBRECORDNOTFOUND: &str = "FailedOperation.DbRecordNotFound";

/// 接口已被废弃，请使用其他接口
pub const FAILEDOPERATION_DEPRECATEDAPI: &str = "FailedOperation.DeprecatedAPI";

/// 获得安全组配额失败。
pub const FAILEDOPERATION_DFWGETUSGQUOTA: &str = "FailedOperation.DfwGetUSGQuota";

/// 集群关闭 VPC-CNI 模式失败。
pub const FAILEDOPERATION_DISABLEVPCCNIFAILED: &str = "FailedOperation.DisableVPCCNIFailed";

/// 开启 VPC-CNI 模式失败。
pub const FAILEDOPERATION_ENABLEVPCCNIFAILED: &str = "FailedOperation.EnableVPCCNIFailed";

/// 获取CLS采集配置失败。
pub const FAILEDOPERATION_GETCLSCONFIG: &str = "FailedOperation.GetClsConfig";

/// 获取CLS采集配置绑定的机器组失败。
pub const FAILEDOPERATION_GETCLSCONFIGMACHINEGROUPS: &str =
    "FailedOperation.GetClsConfigMachineGroups";

/// 获取CLS索引配置失败。
pub const FAILEDOPERATION_GETCLSINDEX: &str = "FailedOperation.GetClsIndex";

/// 查询主题集失败。
pub const FAILEDOPERATION_GETCLSLOGSET: &str = "FailedOperation.GetClsLogSet";

/// 获取CLS机器组失败。
pub const FAILEDOPERATION_GETCLSMACHINEGROUP: &str = "FailedOperation.GetClsMachineGroup";

/// 获取CLS机器组绑定的采集配置失败。
pub const FAILEDOPERATION_GETCLSMACHINEGROUPCONFIGS: &str =
    "FailedOperation.GetClsMachineGroupConfigs";

/// 获取CLS日志主题失败。
pub const FAILEDOPERATION_GETCLSTOPIC: &str = "FailedOperation.GetClsTopic";

/// 获取集群失败
pub const FAILEDOPERATION_GETCLUSTERFAILED: &str = "FailedOperation.GetClusterFailed";

/// Kubernetes client建立失败。
pub const FAILEDOPERATION_K8SCLIENTBUILDERROR: &str = "FailedOperation.K8sClientBuildError";

/// 通过配置文件创建集群Client错误。
pub const FAILEDOPERATION_KUBECLIENTCONF: &str = "FailedOperation.KubeClientConf";

/// 连接用户Kubernetes集群失败。
pub const FAILEDOPERATION_KUBECLIENTCONNECTION: &str = "FailedOperation.KubeClientConnection";

/// 创建kube client失败
pub const FAILEDOPERATION_KUBECLIENTCREATE: &str = "FailedOperation.KubeClientCreate";

/// KubernetesAPI错误。
pub const FAILEDOPERATION_KUBECOMMON: &str = "FailedOperation.KubeCommon";

/// Kubernetes client建立失败。
pub const FAILEDOPERATION_KUBERNETESCLIENTBUILDERROR: &str =
    "FailedOperation.KubernetesClientBuildError";

/// 创建集群Client出错。
pub const FAILEDOPERATION_KUBERNETESCREATEOPERATIONERROR: &str =
    "FailedOperation.KubernetesCreateOperationError";

/// Kubernetes Delete 操作错误。
pub const FAILEDOPERATION_KUBERNETESDELETEOPERATIONERROR: &str =
    "FailedOperation.KubernetesDeleteOperationError";

/// 获取Kubernetes资源失败。
pub const FAILEDOPERATION_KUBERNETESGETOPERATIONERROR: &str =
    "FailedOperation.KubernetesGetOperationError";

/// Kubernetes未知错误。
pub const FAILEDOPERATION_KUBERNETESINTERNAL: &str = "FailedOperation.KubernetesInternal";

/// 获取Kubernetes资源列表失败。
pub const FAILEDOPERATION_KUBERNETESLISTOPERATIONERROR: &str =
    "FailedOperation.KubernetesListOperationError";

/// Kubernetes patch 操作失败。
pub const FAILEDOPERATION_KUBERNETESPATCHOPERATIONERROR: &str =
    "FailedOperation.KubernetesPatchOperationError";

/// k8s 资源不存在
pub const FAILEDOPERATION_KUBERNETESRESOURCEEXISTED: &str =
    "FailedOperation.KubernetesResourceExisted";

/// Kubernetes没有找到。
pub const FAILEDOPERATION_KUBERNETESRESOURCENOTFOUND: &str =
    "FailedOperation.KubernetesResourceNotFound";

/// 底层调用CLB未知错误。
pub const FAILEDOPERATION_LBCOMMON: &str = "FailedOperation.LbCommon";

/// 获取集群认证信息失败。
pub const FAILEDOPERATION_MARKETGETAUTHFAILED: &str = "FailedOperation.MarketGetAuthFailed";

/// 操作应用Release失败。
pub const FAILEDOPERATION_MARKETRELEASEOPERATION: &str = "FailedOperation.MarketReleaseOperation";

/// 修改CLS采集配置失败。
pub const FAILEDOPERATION_MODIFYCLSCONFIG: &str = "FailedOperation.ModifyClsConfig";

/// 修改CLS索引失败。
pub const FAILEDOPERATION_MODIFYCLSINDEX: &str = "FailedOperation.ModifyClsIndex";

/// 修改CLS日志主题失败。
pub const FAILEDOPERATION_MODIFYCLSTOPIC: &str = "FailedOperation.ModifyClsTopic";

/// 网络扩展错误。
pub const FAILEDOPERATION_NETWORKSCALEERROR: &str = "FailedOperation.NetworkScaleError";

/// 节点存在辅助网卡
pub const FAILEDOPERATION_NODEEXISTSSECONDARYNETWORKINTERFACE: &str =
    "FailedOperation.NodeExistsSecondaryNetworkInterface";

/// 节点池查询失败
pub const FAILEDOPERATION_NODEPOOLQUERYFAILED: &str = "FailedOperation.NodePoolQueryFailed";

/// 您提交的操作被拒绝，请检查您的操作是否正确
pub const FAILEDOPERATION_OPERATIONFORBIDDEN: &str = "FailedOperation.OperationForbidden";

/// 镜像OS不支持。
pub const FAILEDOPERATION_OSNOTSUPPORT: &str = "FailedOperation.OsNotSupport";

/// 参数错误。
pub const FAILEDOPERATION_PARAM: &str = "FailedOperation.Param";

/// gpe错误。
pub const FAILEDOPERATION_POLICYSERVERCOMMONERROR: &str = "FailedOperation.PolicyServerCommonError";

/// 超过配额限制。
pub const FAILEDOPERATION_QUOTAMAXCLSLIMIT: &str = "FailedOperation.QuotaMaxClsLimit";

/// 超过配额限制。
pub const FAILEDOPERATION_QUOTAMAXNODLIMIT: &str = "FailedOperation.QuotaMaxNodLimit";

/// 安全组配额不足。
pub const FAILEDOPERATION_QUOTAUSGLIMIT: &str = "FailedOperation.QuotaUSGLimit";

/// 子账户RBAC权限不足。
pub const FAILEDOPERATION_RBACFORBIDDEN: &str = "FailedOperation.RBACForbidden";

/// 记录没有发现。
pub const FAILEDOPERATION_RECORDNOTFOUND: &str = "FailedOperation.RecordNotFound";

/// 切换内网直连失败
pub const FAILEDOPERATION_SWITCHCLUSTERENDPOINT: &str = "FailedOperation.SwitchClusterEndpoint";

/// tag错误
pub const FAILEDOPERATION_TAGCOMMON: &str = "FailedOperation.TagCommon";

/// 已有相同任务执行中。
pub const FAILEDOPERATION_TASKALREADYRUNNING: &str = "FailedOperation.TaskAlreadyRunning";

/// 任务当前所处状态不支持此操作。
pub const FAILEDOPERATION_TASKLIFESTATEERROR: &str = "FailedOperation.TaskLifeStateError";

/// 任务未找到。
pub const FAILEDOPERATION_TASKNOTFOUND: &str = "FailedOperation.TaskNotFound";

/// 询价错误。
pub const FAILEDOPERATION_TRADECOMMON: &str = "FailedOperation.TradeCommon";

/// 账户余额不足
pub const FAILEDOPERATION_TRADEINSUFFICIENTBALANCE: &str =
    "FailedOperation.TradeInsufficientBalance";

/// 不可预知的错误。
pub const FAILEDOPERATION_UNEXPECTEDERROR: &str = "FailedOperation.UnexpectedError";

/// VPC报错。
pub const FAILEDOPERATION_VPCCOMMON: &str = "FailedOperation.VpcCommon";

/// 未发现vpc记录。
pub const FAILEDOPERATION_VPCRECODRNOTFOUND: &str = "FailedOperation.VpcRecodrNotFound";

/// VPC未知错误。
pub const FAILEDOPERATION_VPCUNEXPECTEDERROR: &str = "FailedOperation.VPCUnexpectedError";

/// 白名单错误。
pub const FAILEDOPERATION_WHITELISTUNEXPECTEDERROR: &str =
    "FailedOperation.WhitelistUnexpectedError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 获取用户认证信息失败。
pub const INTERNALERROR_ACCOUNTCOMMON: &str = "InternalError.AccountCommon";

/// 账户未通过认证。
pub const INTERNALERROR_ACCOUNTUSERNOTAUTHENTICATED: &str =
    "InternalError.AccountUserNotAuthenticated";

/// 伸缩组资源创建报错。
pub const INTERNALERROR_ASCOMMON: &str = "InternalError.AsCommon";

/// 没有权限。
pub const INTERNALERROR_CAMNOAUTH: &str = "InternalError.CamNoAuth";

/// CIDR和其他集群CIDR冲突。
pub const INTERNALERROR_CIDRCONFLICTWITHOTHERCLUSTER: &str =
    "InternalError.CidrConflictWithOtherCluster";

/// CIDR和其他路由冲突。
pub const INTERNALERROR_CIDRCONFLICTWITHOTHERROUTE: &str =
    "InternalError.CidrConflictWithOtherRoute";

/// CIDR和vpc冲突。
pub const INTERNALERROR_CIDRCONFLICTWITHVPCCIDR: &str = "InternalError.CidrConflictWithVpcCidr";

/// CIDR和全局路由冲突。
pub const INTERNALERROR_CIDRCONFLICTWITHVPCGLOBALROUTE: &str =
    "InternalError.CidrConflictWithVpcGlobalRoute";

/// CIDR无效。
pub const INTERNALERROR_CIDRINVALI: &str = "InternalError.CidrInvali";

/// CIDR掩码无效。
pub const INTERNALERROR_CIDRMASKSIZEOUTOFRANGE: &str = "InternalError.CidrMaskSizeOutOfRange";

/// CIDR不在路由表之内。
pub const INTERNALERROR_CIDROUTOFROUTETABLE: &str = "InternalError.CidrOutOfRouteTable";

/// 集群未找到。
pub const INTERNALERROR_CLUSTERNOTFOUND: &str = "InternalError.ClusterNotFound";

/// 集群状态错误。
pub const INTERNALERROR_CLUSTERSTATE: &str = "InternalError.ClusterState";

/// 集群节点版本过低。
pub const INTERNALERROR_CLUSTERUPGRADENODEVERSION: &str = "InternalError.ClusterUpgradeNodeVersion";

/// 执行命令超时。
pub const INTERNALERROR_CMDTIMEOUT: &str = "InternalError.CmdTimeout";

/// 内部HTTP客户端错误。
pub const INTERNALERROR_COMPONENTCLIENTHTTP: &str = "InternalError.ComponentClientHttp";

/// 请求(http请求)其他云服务失败。
pub const INTERNALERROR_COMPONENTCLINETHTTP: &str = "InternalError.ComponentClinetHttp";

/// 容器未找到。
pub const INTERNALERROR_CONTAINERNOTFOUND: &str = "InternalError.ContainerNotFound";

/// 创建集群失败。
pub const INTERNALERROR_CREATEMASTERFAILED: &str = "InternalError.CreateMasterFailed";

/// cvm创建节点报错。
pub const INTERNALERROR_CVMCOMMON: &str = "InternalError.CvmCommon";

/// cvm不存在。
pub const INTERNALERROR_CVMNOTFOUND: &str = "InternalError.CvmNotFound";

/// 存在云服务器在CVM侧查询不到。
pub const INTERNALERROR_CVMNUMBERNOTMATCH: &str = "InternalError.CvmNumberNotMatch";

/// cvm状态不正常。
pub const INTERNALERROR_CVMSTATUS: &str = "InternalError.CvmStatus";

/// db错误。
pub const INTERNALERROR_DB: &str = "InternalError.Db";

/// DB错误。
pub const INTERNALERROR_DBAFFECTIVEDROWS: &str = "InternalError.DbAffectivedRows";

/// 记录未找到。
pub const INTERNALERROR_DBRECORDNOTFOUND: &str = "InternalError.DbRecordNotFound";

/// 获得当前安全组总数失败。
pub const INTERNALERROR_DFWGETUSGCOUNT: &str = "InternalError.DfwGetUSGCount";

/// 获得安全组配额失败。
pub const INTERNALERROR_DFWGETUSGQUOTA: &str = "InternalError.DfwGetUSGQuota";

/// 不支持空集群。
pub const INTERNALERROR_EMPTYCLUSTERNOTSUPPORT: &str = "InternalError.EmptyClusterNotSupport";

/// 下一跳地址已关联CIDR。
pub const INTERNALERROR_GATEWAYALREADYASSOCIATEDCIDR: &str =
    "InternalError.GatewayAlreadyAssociatedCidr";

/// 镜像未找到。
pub const INTERNALERROR_IMAGEIDNOTFOUND: &str = "InternalError.ImageIdNotFound";

/// 初始化master失败。
pub const INTERNALERROR_INITMASTERFAILED: &str = "InternalError.InitMasterFailed";

/// 余额不足。
pub const INTERNALERROR_INSUFFICIENTBALANCE: &str = "InternalError.InsufficientBalance";

/// 无效CIDR。
pub const INTERNALERROR_INVALIDPRIVATENETWORKCIDR: &str = "InternalError.InvalidPrivateNetworkCidr";

/// 连接用户Kubernetes集群失败。
pub const INTERNALERROR_KUBECLIENTCONNECTION: &str = "InternalError.KubeClientConnection";

/// 创建集群Client出错。
pub const INTERNALERROR_KUBECLIENTCREATE: &str = "InternalError.KubeClientCreate";

/// KubernetesAPI错误。
pub const INTERNALERROR_KUBECOMMON: &str = "InternalError.KubeCommon";

/// kubernetes client建立失败。
pub const INTERNALERROR_KUBERNETESCLIENTBUILDERROR: &str =
    "InternalError.KubernetesClientBuildError";

/// 创建Kubernetes资源失败。
pub const INTERNALERROR_KUBERNETESCREATEOPERATIONERROR: &str =
    "InternalError.KubernetesCreateOperationError";

/// 删除Kubernetes资源失败。
pub const INTERNALERROR_KUBERNETESDELETEOPERATIONERROR: &str =
    "InternalError.KubernetesDeleteOperationError";

/// 获取Kubernetes资源失败。
pub const INTERNALERROR_KUBERNETESGETOPERATIONERROR: &str =
    "InternalError.KubernetesGetOperationError";

/// Kubernetes未知错误。
pub const INTERNALERROR_KUBERNETESINTERNAL: &str = "InternalError.KubernetesInternal";

/// 获取Kubernetes资源列表失败。
pub const INTERNALERROR_KUBERNETESLISTOPERATIONERROR: &str =
    "InternalError.KubernetesListOperationError";

/// Kubernetes Patch操作失败。
pub const INTERNALERROR_KUBERNETESPATCHOPERATIONERROR: &str =
    "InternalError.KubernetesPatchOperationError";

/// 底层调用CLB未知错误。
pub const INTERNALERROR_LBCOMMON: &str = "InternalError.LbCommon";

/// 获取集群认证信息失败。
pub const INTERNALERROR_MARKETGETAUTHFAILED: &str = "InternalError.MarketGetAuthFailed";

/// 应用市场服务操作错误。
pub const INTERNALERROR_MARKETINTERNALSERVERERROR: &str = "InternalError.MarketInternalServerError";

/// 操作应用Release失败。
pub const INTERNALERROR_MARKETRELEASEOPERATION: &str = "InternalError.MarketReleaseOperation";

/// 无支付权限。
pub const INTERNALERROR_NOPAYMENTACCESS: &str = "InternalError.NoPaymentAccess";

/// 未实名认证。
pub const INTERNALERROR_NOTVERIFIED: &str = "InternalError.NotVerified";

/// 镜像OS不支持。
pub const INTERNALERROR_OSNOTSUPPORT: &str = "InternalError.OsNotSupport";

/// 参数错误。
pub const INTERNALERROR_PARAM: &str = "InternalError.Param";

/// Pod未找到。
pub const INTERNALERROR_PODNOTFOUND: &str = "InternalError.PodNotFound";

/// 集群不支持当前操作。
pub const INTERNALERROR_PUBLICCLUSTEROPNOTSUPPORT: &str = "InternalError.PublicClusterOpNotSupport";

/// 超过配额限制。
pub const INTERNALERROR_QUOTAMAXCLSLIMIT: &str = "InternalError.QuotaMaxClsLimit";

/// 超过配额限制。
pub const INTERNALERROR_QUOTAMAXNODLIMIT: &str = "InternalError.QuotaMaxNodLimit";

/// 超过配额限制。
pub const INTERNALERROR_QUOTAMAXRTLIMIT: &str = "InternalError.QuotaMaxRtLimit";

/// 安全组配额不足。
pub const INTERNALERROR_QUOTAUSGLIMIT: &str = "InternalError.QuotaUSGLimit";

/// 资源已存在。
pub const INTERNALERROR_RESOURCEEXISTALREADY: &str = "InternalError.ResourceExistAlready";

/// 路由表非空。
pub const INTERNALERROR_ROUTETABLENOTEMPTY: &str = "InternalError.RouteTableNotEmpty";

/// 路由表不存在。
pub const INTERNALERROR_ROUTETABLENOTFOUND: &str = "InternalError.RouteTableNotFound";

/// 已有相同任务执行中。
pub const INTERNALERROR_TASKALREADYRUNNING: &str = "InternalError.TaskAlreadyRunning";

/// 创建任务失败。
pub const INTERNALERROR_TASKCREATEFAILED: &str = "InternalError.TaskCreateFailed";

/// 任务当前所处状态不支持此操作。
pub const INTERNALERROR_TASKLIFESTATEERROR: &str = "InternalError.TaskLifeStateError";

/// 任务未找到。
pub const INTERNALERROR_TASKNOTFOUND: &str = "InternalError.TaskNotFound";

/// 计费错误。
pub const INTERNALERROR_TRADECOMMON: &str = "InternalError.TradeCommon";

/// 账户余额不足。
pub const INTERNALERROR_TRADEINSUFFICIENTBALANCE: &str = "InternalError.TradeInsufficientBalance";

/// 内部错误。
pub const INTERNALERROR_UNEXCEPTEDINTERNAL: &str = "InternalError.UnexceptedInternal";

/// 未知的内部错误。
pub const INTERNALERROR_UNEXPECTEDINTERNAL: &str = "InternalError.UnexpectedInternal";

/// VPC报错。
pub const INTERNALERROR_VPCCOMMON: &str = "InternalError.VpcCommon";

/// 对等连接不存在。
pub const INTERNALERROR_VPCPEERNOTFOUND: &str = "InternalError.VpcPeerNotFound";

/// 未发现vpc记录。
pub const INTERNALERROR_VPCRECODRNOTFOUND: &str = "InternalError.VpcRecodrNotFound";

/// VPC未知错误。
pub const INTERNALERROR_VPCUNEXPECTEDERROR: &str = "InternalError.VPCUnexpectedError";

/// VstationError。
pub const INTERNALERROR_VSTATIONERROR: &str = "InternalError.VstationError";

/// 白名单未知错误。
pub const INTERNALERROR_WHITELISTUNEXPECTEDERROR: &str = "InternalError.WhitelistUnexpectedError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 镜像未找到
pub const INVALIDPARAMETERVALUE_IMAGENOTFOUND: &str = "InvalidParameterValue.ImageNotFound";

/// 超出配额
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 参数值中数量错误。
pub const INVALIDPARAMETERVALUE_SIZE: &str = "InvalidParameterValue.Size";

/// 弹性伸缩组创建参数错误。
pub const INVALIDPARAMETER_ASCOMMONERROR: &str = "InvalidParameter.AsCommonError";

/// CIDR和其他集群CIDR冲突。
pub const INVALIDPARAMETER_CIDRCONFLICTWITHOTHERCLUSTER: &str =
    "InvalidParameter.CidrConflictWithOtherCluster";

/// 创建的路由与已存在的其他路由产生冲突。
pub const INVALIDPARAMETER_CIDRCONFLICTWITHOTHERROUTE: &str =
    "InvalidParameter.CidrConflictWithOtherRoute";

/// CIDR和vpc的CIDR冲突。
pub const INVALIDPARAMETER_CIDRCONFLICTWITHVPCCIDR: &str =
    "InvalidParameter.CidrConflictWithVpcCidr";

/// 创建的路由与VPC下已存在的全局路由产生冲突。
pub const INVALIDPARAMETER_CIDRCONFLICTWITHVPCGLOBALROUTE: &str =
    "InvalidParameter.CidrConflictWithVpcGlobalRoute";

/// CIDR无效。
pub const INVALIDPARAMETER_CIDRINVALI: &str = "InvalidParameter.CidrInvali";

/// 参数错误，CIDR不符合规范。
pub const INVALIDPARAMETER_CIDRINVALID: &str = "InvalidParameter.CidrInvalid";

/// CIDR掩码超出范围(集群CIDR范围 最小值: 10 最大值: 24)。
pub const INVALIDPARAMETER_CIDRMASKSIZEOUTOFRANGE: &str = "InvalidParameter.CIDRMaskSizeOutOfRange";

/// CIDR不在路由表之内。
pub const INVALIDPARAMETER_CIDROUTOFROUTETABLE: &str = "InvalidParameter.CidrOutOfRouteTable";

/// 集群ID不存在。
pub const INVALIDPARAMETER_CLUSTERNOTFOUND: &str = "InvalidParameter.ClusterNotFound";

/// 下一跳地址已关联CIDR。
pub const INVALIDPARAMETER_GATEWAYALREADYASSOCIATEDCIDR: &str =
    "InvalidParameter.GatewayAlreadyAssociatedCidr";

/// 无效的私有CIDR网段。
pub const INVALIDPARAMETER_INVALIDPRIVATENETWORKCIDR: &str =
    "InvalidParameter.InvalidPrivateNetworkCIDR";

/// 镜像OS不支持。
pub const INVALIDPARAMETER_OSNOTSUPPORT: &str = "InvalidParameter.OsNotSupport";

/// 参数错误。
pub const INVALIDPARAMETER_PARAM: &str = "InvalidParameter.Param";

/// Prometheus未关联本集群。
pub const INVALIDPARAMETER_PROMCLUSTERNOTFOUND: &str = "InvalidParameter.PromClusterNotFound";

/// Prometheus实例不存在。
pub const INVALIDPARAMETER_PROMINSTANCENOTFOUND: &str = "InvalidParameter.PromInstanceNotFound";

/// 资源未找到。
pub const INVALIDPARAMETER_RESOURCENOTFOUND: &str = "InvalidParameter.ResourceNotFound";

/// 路由表非空。
pub const INVALIDPARAMETER_ROUTETABLENOTEMPTY: &str = "InvalidParameter.RouteTableNotEmpty";

/// SubnetAllocationPolicy 与 SubnetIds/VirtualNodes 互斥，不可同时传入。
pub const INVALIDPARAMETER_SUBNETALLOCATIONPOLICYCONFLICT: &str =
    "InvalidParameter.SubnetAllocationPolicyConflict";

/// SubnetAllocationPolicy 参数校验失败，请确保 Allocations 非空、SubnetId 不重复、Ratio 为正整数且总和等于 100。
pub const INVALIDPARAMETER_SUBNETALLOCATIONPOLICYINVALID: &str =
    "InvalidParameter.SubnetAllocationPolicyInvalid";

/// 子网不合法。
pub const INVALIDPARAMETER_SUBNETINVALIDERROR: &str = "InvalidParameter.SubnetInvalidError";

/// 子网不存在。
pub const INVALIDPARAMETER_SUBNETNOTEXIST: &str = "InvalidParameter.SubnetNotExist";

/// 客户创建参数中，k8s 版本、运行时版本或 tke-eni-agent 版本不支持客户选择的操作系统中的CgroupV2。
pub const INVALIDPARAMETER_VERSIONNOTSUPPORTCGROUPV2: &str =
    "InvalidParameter.VersionNotSupportCgroupV2";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 超过配额限制
pub const LIMITEXCEEDED_QUOTAMAXNODLIMIT: &str = "LimitExceeded.QuotaMaxNodLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 集群处于删除保护中，禁止删除。
pub const OPERATIONDENIED_CLUSTERINDELETIONPROTECTION: &str =
    "OperationDenied.ClusterInDeletionProtection";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// CVM资源不足。
pub const RESOURCEINSUFFICIENT_SPECIFIEDINSTANCETYPE: &str =
    "ResourceInsufficient.SpecifiedInstanceType";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 存在运行中的Pod。
pub const RESOURCEINUSE_EXISTRUNNINGPOD: &str = "ResourceInUse.ExistRunningPod";

/// 资源已存在。
pub const RESOURCEINUSE_RESOURCEEXISTALREADY: &str = "ResourceInUse.ResourceExistAlready";

/// 所选子网已存在。
pub const RESOURCEINUSE_SUBNETALREADYEXIST: &str = "ResourceInUse.SubnetAlreadyExist";

/// 获取 tke apiserver 失败
pub const RESOURCEINUSE_TKEAPISERVERGETERROR: &str = "ResourceInUse.TKEAPIServerGetError";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 伸缩组不存在。
pub const RESOURCENOTFOUND_ASASGNOTEXIST: &str = "ResourceNotFound.AsAsgNotExist";

/// 集群不存在。
pub const RESOURCENOTFOUND_CLUSTERNOTFOUND: &str = "ResourceNotFound.ClusterNotFound";

/// 用户Kubernetes集群中未找到指定资源。
pub const RESOURCENOTFOUND_KUBERESOURCENOTFOUND: &str = "ResourceNotFound.KubeResourceNotFound";

/// 未找到该kubernetes资源。
pub const RESOURCENOTFOUND_KUBERNETESRESOURCENOTFOUND: &str =
    "ResourceNotFound.KubernetesResourceNotFound";

/// CLS日志主题不存在。
pub const RESOURCENOTFOUND_LOGCOLLECTORCLSLOGTOPICNOTEXISTS: &str =
    "ResourceNotFound.LogCollectorClsLogTopicNotExists";

/// 资源未找到。
pub const RESOURCENOTFOUND_NOTFOUND: &str = "ResourceNotFound.NotFound";

/// 找不到对应路由表。
pub const RESOURCENOTFOUND_ROUTETABLENOTFOUND: &str = "ResourceNotFound.RouteTableNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 集群状态异常。
pub const RESOURCEUNAVAILABLE_CLUSTERINABNORMALSTAT: &str =
    "ResourceUnavailable.ClusterInAbnormalStat";

/// 集群状态不支持该操作。
pub const RESOURCEUNAVAILABLE_CLUSTERSTATE: &str = "ResourceUnavailable.ClusterState";

/// Eks Container Instance状态不支持改操作。
pub const RESOURCEUNAVAILABLE_EKSCONTAINERSTATUS: &str = "ResourceUnavailable.EksContainerStatus";

/// 节点池状态不正常。
pub const RESOURCEUNAVAILABLE_NODEPOOLSTATENOTNORMAL: &str =
    "ResourceUnavailable.NodePoolStateNotNormal";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 无该接口CAM权限。
pub const UNAUTHORIZEDOPERATION_CAMNOAUTH: &str = "UnauthorizedOperation.CamNoAuth";

/// 没有RBAC权限
pub const UNAUTHORIZEDOPERATION_NORBACPERMISSIONS: &str = "UnauthorizedOperation.NoRBACPermissions";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 已第三方节点功能。
pub const UNSUPPORTEDOPERATION_ALREADYENABLED: &str = "UnsupportedOperation.AlreadyEnabled";

/// AS伸缩关闭导致无法开启CA。
pub const UNSUPPORTEDOPERATION_CAENABLEFAILED: &str = "UnsupportedOperation.CaEnableFailed";

/// 集群不支持添加 ClusterCIDR。
pub const UNSUPPORTEDOPERATION_CLUSTERNOTSUITADDCLUSTERCIDR: &str =
    "UnsupportedOperation.ClusterNotSuitAddClusterCIDR";

/// 集群不支持开启 VPC-CNI 模式。
pub const UNSUPPORTEDOPERATION_CLUSTERNOTSUITENABLEVPCCNI: &str =
    "UnsupportedOperation.ClusterNotSuitEnableVPCCNI";

/// 非白名单用户。
pub const UNSUPPORTEDOPERATION_NOTINWHITELIST: &str = "UnsupportedOperation.NotInWhitelist";

/// 不支持安装虚拟节点。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTINSTALLVIRTUALKUBELET: &str =
    "UnsupportedOperation.NotSupportInstallVirtualKubelet";

/// 网络类型不支持。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDNETWORKTYPE: &str =
    "UnsupportedOperation.UnsupportedNetworkType";
