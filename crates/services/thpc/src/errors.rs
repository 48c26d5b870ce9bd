//! Error codes of `thpc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_thpc::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// FailedOperation.ProxyNotReady
pub const FAILEDOPERATION_PROXYNOTREADY: &str = "FailedOperation.ProxyNotReady";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// agent执行脚本失败。
pub const INTERNALERROR_AGENTRUNSCRIPTFAIL: &str = "InternalError.AgentRunScriptFail";

/// Batch服务调用失败
pub const INTERNALERROR_CALLBATCH: &str = "InternalError.CallBatch";

/// CAM服务调用失败。
pub const INTERNALERROR_CALLCAM: &str = "InternalError.CallCAM";

/// 内部错误
pub const INTERNALERROR_CALLCLOUDSDKEXCEPTION: &str = "InternalError.CallCloudSdkException";

/// cvm调用失败。
pub const INTERNALERROR_CALLCVM: &str = "InternalError.CallCvm";

/// InternalError.CreateEndpointFailed
pub const INTERNALERROR_CREATEENDPOINTFAILED: &str = "InternalError.CreateEndpointFailed";

/// InternalError.DeleteEndpointFailed
pub const INTERNALERROR_DELETEENDPOINTFAILED: &str = "InternalError.DeleteEndpointFailed";

/// InternalError.EndpointServiceWhitelistFailed
pub const INTERNALERROR_ENDPOINTSERVICEWHITELISTFAILED: &str =
    "InternalError.EndpointServiceWhitelistFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// CVM实例ID格式不符合规范
pub const INVALIDPARAMETERVALUE_INVALIDCVMINSTANCEIDMALFORMED: &str =
    "InvalidParameterValue.InvalidCvmInstanceIdMalformed";

/// 不支持指定过滤器的键。
pub const INVALIDPARAMETERVALUE_INVALIDFILTERNOTSUPPORTEDNAME: &str =
    "InvalidParameterValue.InvalidFilterNotSupportedName";

/// 工作空间实例ID格式不符合规范。
pub const INVALIDPARAMETERVALUE_INVALIDSPACEIDMALFORMED: &str =
    "InvalidParameterValue.InvalidSpaceIdMalformed";

/// 包销付费模式下，Period仅支持传入[12, 24, 36, 48, 60]中的某一个值。
pub const INVALIDPARAMETERVALUE_INVALIDUNDERWRITEPERIOD: &str =
    "InvalidParameterValue.InvalidUnderwritePeriod";

/// The length of job description should less than `%(max_size)s`.
pub const INVALIDPARAMETERVALUE_JOBDESCRIPTIONTOOLONG: &str =
    "InvalidParameterValue.JobDescriptionTooLong";

/// The length of job name should less than `%(max_size)s`.
pub const INVALIDPARAMETERVALUE_JOBNAMETOOLONG: &str = "InvalidParameterValue.JobNameTooLong";

/// Job `%(job_id)s` not found.
pub const INVALIDPARAMETERVALUE_JOBNOTFOUND: &str = "InvalidParameterValue.JobNotFound";

/// 参数值数量超过限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 参数值的格式不符合要求。
pub const INVALIDPARAMETERVALUE_MALFORMED: &str = "InvalidParameterValue.Malformed";

/// 不支持该参数值。
pub const INVALIDPARAMETERVALUE_NOTSUPPORTED: &str = "InvalidParameterValue.NotSupported";

/// 字段不支持此值。
pub const INVALIDPARAMETERVALUE_PARAMETERSNOTSUPPORTED: &str =
    "InvalidParameterValue.ParametersNotSupported";

/// 工作空间实例查找失败
pub const INVALIDPARAMETERVALUE_SPACEIDNOTFOUND: &str = "InvalidParameterValue.SpaceIdNotFound";

/// 工作空间规格不可用
pub const INVALIDPARAMETERVALUE_SPACETYPENOTAVAILABLE: &str =
    "InvalidParameterValue.SpaceTypeNotAvailable";

/// Task dependencies unfeasible, please check.
pub const INVALIDPARAMETERVALUE_TASKDEPENDENCIESUNFEASIBLE: &str =
    "InvalidParameterValue.TaskDependenciesUnfeasible";

/// 参数值过大。
pub const INVALIDPARAMETERVALUE_TOOLARGE: &str = "InvalidParameterValue.TooLarge";

/// 参数长度过长。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// 无效参数值。参数值太短。
pub const INVALIDPARAMETERVALUE_TOOSHORT: &str = "InvalidParameterValue.TooShort";

/// 参数值过小。
pub const INVALIDPARAMETERVALUE_TOOSMALL: &str = "InvalidParameterValue.TooSmall";

/// 参数值重复。不支持此操作。
pub const INVALIDPARAMETERVALUE_VALUEDUPLICATED: &str = "InvalidParameterValue.ValueDuplicated";

/// 参数互斥，最多只能传入一个参数
pub const INVALIDPARAMETER_ATMOSTONE: &str = "InvalidParameter.AtMostOne";

/// 参数组合冲突。
pub const INVALIDPARAMETER_COMBINATION: &str = "InvalidParameter.Combination";

/// 参数格式有误。
pub const INVALIDPARAMETER_MALFORMED: &str = "InvalidParameter.Malformed";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 队列数量达到上限。
pub const LIMITEXCEEDED_QUEUENUMLIMIT: &str = "LimitExceeded.QueueNumLimit";

/// Task instance number `%(max_count)s` limit reached.
pub const LIMITEXCEEDED_TASKINSTANCENUMLIMIT: &str = "LimitExceeded.TaskInstanceNumLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 无法找到弹性伸缩组ID。
pub const RESOURCENOTFOUND_AUTOSCALINGGROUPID: &str = "ResourceNotFound.AutoScalingGroupId";

/// ResourceNotFound.Cluster
pub const RESOURCENOTFOUND_CLUSTER: &str = "ResourceNotFound.Cluster";

/// 集群不存在。
pub const RESOURCENOTFOUND_CLUSTERID: &str = "ResourceNotFound.ClusterId";

/// 无法找到镜像ID。
pub const RESOURCENOTFOUND_IMAGEID: &str = "ResourceNotFound.ImageId";

/// 指定的Job提交信息不存在。
pub const RESOURCENOTFOUND_JOBSUBMITINFO: &str = "ResourceNotFound.JobSubmitInfo";

/// 无法找到ID对应的弹性伸缩启动配置。
pub const RESOURCENOTFOUND_LAUNCHCONFIGURATIONID: &str = "ResourceNotFound.LaunchConfigurationId";

/// 无法找到本地挂载路径。
pub const RESOURCENOTFOUND_LOCALPATH: &str = "ResourceNotFound.LocalPath";

/// 无法找到ID对应节点。
pub const RESOURCENOTFOUND_NODEID: &str = "ResourceNotFound.NodeId";

/// 指定的 prometheus 实例不存在
pub const RESOURCENOTFOUND_PROMETHEUSID: &str = "ResourceNotFound.PrometheusId";

/// 无法找到指定队列。
pub const RESOURCENOTFOUND_QUEUE: &str = "ResourceNotFound.Queue";

/// ResourceNotFound.VpcResource
pub const RESOURCENOTFOUND_VPCRESOURCE: &str = "ResourceNotFound.VpcResource";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 账号没有操作公网网络的权限，需要升级到标准网络账号。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDNETWORKUSER: &str =
    "UnauthorizedOperation.UnauthorizedNetworkUser";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 该伸缩组已绑定集群，请更换伸缩组。
pub const UNSUPPORTEDOPERATION_AUTOSCALINGGROUPALREADYBINDED: &str =
    "UnsupportedOperation.AutoScalingGroupAlreadyBinded";

/// 弹性伸缩类型不支持此操作。
pub const UNSUPPORTEDOPERATION_AUTOSCALINGTYPE: &str = "UnsupportedOperation.AutoScalingType";

/// 指定的集群或集群队列当前不支持绑定弹性伸缩组。
pub const UNSUPPORTEDOPERATION_BINDAUTOSCALINGGROUP: &str =
    "UnsupportedOperation.BindAutoScalingGroup";

/// 集群资源正在处理其他请求。
pub const UNSUPPORTEDOPERATION_CLUSTERACCEPTOTHERREQUEST: &str =
    "UnsupportedOperation.ClusterAcceptOtherRequest";

/// 该集群当前状态不支持该操作。
pub const UNSUPPORTEDOPERATION_CLUSTERSTATUSNOTSUPPORT: &str =
    "UnsupportedOperation.ClusterStatusNotSupport";

/// UnsupportedOperation.HasManagedNodes
pub const UNSUPPORTEDOPERATION_HASMANAGEDNODES: &str = "UnsupportedOperation.HasManagedNodes";

/// 类型节点不支持当前操作。
pub const UNSUPPORTEDOPERATION_INVALIDNODEROLE: &str = "UnsupportedOperation.InvalidNodeRole";

/// Job state `%(job_state)s` not support operation `%(operation)s`.
pub const UNSUPPORTEDOPERATION_JOBSTATENOTSUPPORT: &str = "UnsupportedOperation.JobStateNotSupport";

/// 节点状态不支持此操作。
pub const UNSUPPORTEDOPERATION_NODESTATUSNOTSUPPORT: &str =
    "UnsupportedOperation.NodeStatusNotSupport";

/// 参数值过大，不支持此操作。
pub const UNSUPPORTEDOPERATION_PARAMETERTOOLARGE: &str = "UnsupportedOperation.ParameterTooLarge";

/// 参数值过小，不支持此操作。
pub const UNSUPPORTEDOPERATION_PARAMETERTOOSMALL: &str = "UnsupportedOperation.ParameterTooSmall";

/// UnsupportedOperation.ProxyEnabled
pub const UNSUPPORTEDOPERATION_PROXYENABLED: &str = "UnsupportedOperation.ProxyEnabled";

/// UnsupportedOperation.ProxyNotEnabled
pub const UNSUPPORTEDOPERATION_PROXYNOTENABLED: &str = "UnsupportedOperation.ProxyNotEnabled";

/// 队列内存在节点，不支持此操作。
pub const UNSUPPORTEDOPERATION_QUEUENOTEMPTY: &str = "UnsupportedOperation.QueueNotEmpty";

/// UnsupportedOperation.RegionDedicatedProxyDisabled
pub const UNSUPPORTEDOPERATION_REGIONDEDICATEDPROXYDISABLED: &str =
    "UnsupportedOperation.RegionDedicatedProxyDisabled";

/// UnsupportedOperation.RegionNotSupportDedicatedProxy
pub const UNSUPPORTEDOPERATION_REGIONNOTSUPPORTDEDICATEDPROXY: &str =
    "UnsupportedOperation.RegionNotSupportDedicatedProxy";

/// 实例的付费模式不支持当前操作。
pub const UNSUPPORTEDOPERATION_SPACECHARGETYPE: &str = "UnsupportedOperation.SpaceChargeType";

/// UnsupportedOperation.VpcAlreadyBound
pub const UNSUPPORTEDOPERATION_VPCALREADYBOUND: &str = "UnsupportedOperation.VpcAlreadyBound";

/// vpc冲突，不支持当前操作。
pub const UNSUPPORTEDOPERATION_VPCIDCONFLICT: &str = "UnsupportedOperation.VpcIdConflict";

/// 隔离状态的工作空间实例不支持当前操作。
pub const UNSUPPORTEDOPERATION_WORKSPACESTATEARREARS: &str =
    "UnsupportedOperation.WorkspaceStateArrears";
