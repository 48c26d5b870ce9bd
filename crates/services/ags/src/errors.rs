//! Error codes of `ags`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ags::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 镜像仓库认证失败
pub const AUTHFAILURE_REGISTRY: &str = "AuthFailure.Registry";

/// 请求未CAM授权
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 依赖服务不可用或超时
pub const FAILEDOPERATION_DEPENDENCYUNAVAILABLE: &str = "FailedOperation.DependencyUnavailable";

/// 重复请求（幂等性检查）
pub const FAILEDOPERATION_DUPLICATEREQUEST: &str = "FailedOperation.DuplicateRequest";

/// 预热任务执行失败
pub const FAILEDOPERATION_PRECACHEFAILED: &str = "FailedOperation.PrecacheFailed";

/// 请求正在处理中（幂等性检查）
pub const FAILEDOPERATION_REQUESTINPROGRESS: &str = "FailedOperation.RequestInProgress";

/// 沙箱实例存储配置挂载失败
pub const FAILEDOPERATION_STORAGEMOUNT: &str = "FailedOperation.StorageMount";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// InternalError.InternalError
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 网络初始化失败
pub const INTERNALERROR_NETWORKSETUPFAILED: &str = "InternalError.NetworkSetupFailed";

/// 未分类内部错误
pub const INTERNALERROR_UNKNOWN: &str = "InternalError.Unknown";

/// VPC服务不可用
pub const INTERNALERROR_VPCSERVICEUNAVAILABLE: &str = "InternalError.VPCServiceUnavailable";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// InvalidParameterValue.AgentSourceType
pub const INVALIDPARAMETERVALUE_AGENTSOURCETYPE: &str = "InvalidParameterValue.AgentSourceType";

/// InvalidParameterValue.ApprovalMode
pub const INVALIDPARAMETERVALUE_APPROVALMODE: &str = "InvalidParameterValue.ApprovalMode";

/// InvalidParameterValue.DescriptorType
pub const INVALIDPARAMETERVALUE_DESCRIPTORTYPE: &str = "InvalidParameterValue.DescriptorType";

/// 镜像地址无效
pub const INVALIDPARAMETERVALUE_IMAGE: &str = "InvalidParameterValue.Image";

/// 镜像仓库类型无效
pub const INVALIDPARAMETERVALUE_IMAGEREGISTRY: &str = "InvalidParameterValue.ImageRegistry";

/// InstanceIds 参数格式错误或 ID 列表超过最大数量限制
pub const INVALIDPARAMETERVALUE_INSTANCEIDS: &str = "InvalidParameterValue.InstanceIds";

/// InvalidParameterValue.MCPSourceType
pub const INVALIDPARAMETERVALUE_MCPSOURCETYPE: &str = "InvalidParameterValue.MCPSourceType";

/// MountOption部分参数填写错误
pub const INVALIDPARAMETERVALUE_MOUNTOPTION: &str = "InvalidParameterValue.MountOption";

/// Offset must be at most 10000
pub const INVALIDPARAMETERVALUE_OFFSETTOOLARGE: &str = "InvalidParameterValue.OffsetTooLarge";

/// Role Arn格式不满足腾讯云规范
pub const INVALIDPARAMETERVALUE_ROLEARN: &str = "InvalidParameterValue.RoleArn";

/// 沙箱工具名称不可用，可能是已经存在
pub const INVALIDPARAMETERVALUE_SANDBOXTOOL: &str = "InvalidParameterValue.SandboxTool";

/// 参数 Scopes 取值无效，或当前地域不支持指定的镜像预热范围。
pub const INVALIDPARAMETERVALUE_SCOPE: &str = "InvalidParameterValue.Scope";

/// 安全组ID格式错误
pub const INVALIDPARAMETERVALUE_SECURITYGROUPID: &str = "InvalidParameterValue.SecurityGroupId";

/// InvalidParameterValue.SkillSourceType
pub const INVALIDPARAMETERVALUE_SKILLSOURCETYPE: &str = "InvalidParameterValue.SkillSourceType";

/// StorageMount部分参数错误
pub const INVALIDPARAMETERVALUE_STORAGEMOUNT: &str = "InvalidParameterValue.StorageMount";

/// 子网ID格式错误
pub const INVALIDPARAMETERVALUE_SUBNETID: &str = "InvalidParameterValue.SubnetId";

/// 超时时间格式错误或超过最大限制
pub const INVALIDPARAMETERVALUE_TIMEOUT: &str = "InvalidParameterValue.Timeout";

/// ToolIds 参数格式错误或 ID 列表超过最大数量限制
pub const INVALIDPARAMETERVALUE_TOOLIDS: &str = "InvalidParameterValue.ToolIds";

/// 不支持的沙箱工具类型
pub const INVALIDPARAMETERVALUE_TOOLTYPE: &str = "InvalidParameterValue.ToolType";

/// InvalidParameter.AffinityConfiguration
pub const INVALIDPARAMETER_AFFINITYCONFIGURATION: &str = "InvalidParameter.AffinityConfiguration";

/// InvalidParameter.AgentSource
pub const INVALIDPARAMETER_AGENTSOURCE: &str = "InvalidParameter.AgentSource";

/// InvalidParameter.CustomDescriptors
pub const INVALIDPARAMETER_CUSTOMDESCRIPTORS: &str = "InvalidParameter.CustomDescriptors";

/// 指定的会话空间为系统默认会话空间，不允许删除。
pub const INVALIDPARAMETER_DEFAULTSESSIONSPACEPROTECTED: &str =
    "InvalidParameter.DefaultSessionSpaceProtected";

/// InvalidParameter.DeploymentId
pub const INVALIDPARAMETER_DEPLOYMENTID: &str = "InvalidParameter.DeploymentId";

/// InvalidParameter.DeploymentName
pub const INVALIDPARAMETER_DEPLOYMENTNAME: &str = "InvalidParameter.DeploymentName";

/// InvalidParameter.Description
pub const INVALIDPARAMETER_DESCRIPTION: &str = "InvalidParameter.Description";

/// InvalidParameter.EndTime
pub const INVALIDPARAMETER_ENDTIME: &str = "InvalidParameter.EndTime";

/// InvalidParameter.EventIdDuplicate
pub const INVALIDPARAMETER_EVENTIDDUPLICATE: &str = "InvalidParameter.EventIdDuplicate";

/// InvalidParameter.Filters
pub const INVALIDPARAMETER_FILTERS: &str = "InvalidParameter.Filters";

/// InvalidParameter.InvalidParameter
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// InvalidParameter.LifecycleConfiguration
pub const INVALIDPARAMETER_LIFECYCLECONFIGURATION: &str = "InvalidParameter.LifecycleConfiguration";

/// InvalidParameter.Limit
pub const INVALIDPARAMETER_LIMIT: &str = "InvalidParameter.Limit";

/// InvalidParameter.MCPSource
pub const INVALIDPARAMETER_MCPSOURCE: &str = "InvalidParameter.MCPSource";

/// InvalidParameter.Name
pub const INVALIDPARAMETER_NAME: &str = "InvalidParameter.Name";

/// InvalidParameter.Offset
pub const INVALIDPARAMETER_OFFSET: &str = "InvalidParameter.Offset";

/// InvalidParameter.RecordId
pub const INVALIDPARAMETER_RECORDID: &str = "InvalidParameter.RecordId";

/// InvalidParameter.RecordSelector
pub const INVALIDPARAMETER_RECORDSELECTOR: &str = "InvalidParameter.RecordSelector";

/// InvalidParameter.RecordSource
pub const INVALIDPARAMETER_RECORDSOURCE: &str = "InvalidParameter.RecordSource";

/// InvalidParameter.RegistryId
pub const INVALIDPARAMETER_REGISTRYID: &str = "InvalidParameter.RegistryId";

/// InvalidParameter.ScalingConfiguration
pub const INVALIDPARAMETER_SCALINGCONFIGURATION: &str = "InvalidParameter.ScalingConfiguration";

/// InvalidParameter.SessionIdDuplicate
pub const INVALIDPARAMETER_SESSIONIDDUPLICATE: &str = "InvalidParameter.SessionIdDuplicate";

/// InvalidParameter.SkillSource
pub const INVALIDPARAMETER_SKILLSOURCE: &str = "InvalidParameter.SkillSource";

/// InvalidParameter.StartTime
pub const INVALIDPARAMETER_STARTTIME: &str = "InvalidParameter.StartTime";

/// InvalidParameter.Tags
pub const INVALIDPARAMETER_TAGS: &str = "InvalidParameter.Tags";

/// InvalidParameter.ToolId
pub const INVALIDPARAMETER_TOOLID: &str = "InvalidParameter.ToolId";

/// InvalidParameter.VersionId
pub const INVALIDPARAMETER_VERSIONID: &str = "InvalidParameter.VersionId";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 账号下 API 密钥数量达到上限
pub const LIMITEXCEEDED_APIKEYQUOTA: &str = "LimitExceeded.APIKeyQuota";

/// LimitExceeded.Deployment
pub const LIMITEXCEEDED_DEPLOYMENT: &str = "LimitExceeded.Deployment";

/// LimitExceeded.RecordLabelCount
pub const LIMITEXCEEDED_RECORDLABELCOUNT: &str = "LimitExceeded.RecordLabelCount";

/// 沙箱实例配额超限
pub const LIMITEXCEEDED_SANDBOXINSTANCE: &str = "LimitExceeded.SandboxInstance";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// MissingParameter.AgentSourceEndpointURL
pub const MISSINGPARAMETER_AGENTSOURCEENDPOINTURL: &str = "MissingParameter.AgentSourceEndpointURL";

/// MissingParameter.MCPSourceDescriptors
pub const MISSINGPARAMETER_MCPSOURCEDESCRIPTORS: &str = "MissingParameter.MCPSourceDescriptors";

/// MissingParameter.MissingParameter
pub const MISSINGPARAMETER_MISSINGPARAMETER: &str = "MissingParameter.MissingParameter";

/// MissingParameter.Reason
pub const MISSINGPARAMETER_REASON: &str = "MissingParameter.Reason";

/// MissingParameter.RecordSource
pub const MISSINGPARAMETER_RECORDSOURCE: &str = "MissingParameter.RecordSource";

/// 缺少角色Arn
pub const MISSINGPARAMETER_ROLEARN: &str = "MissingParameter.RoleArn";

/// MissingParameter.SkillSourceSkillMd
pub const MISSINGPARAMETER_SKILLSOURCESKILLMD: &str = "MissingParameter.SkillSourceSkillMd";

/// VPC网络模式缺少必需参数
pub const MISSINGPARAMETER_VPCPARAMETERS: &str = "MissingParameter.VPCParameters";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// ResourceInUse.Deployment
pub const RESOURCEINUSE_DEPLOYMENT: &str = "ResourceInUse.Deployment";

/// ResourceInUse.DeploymentName
pub const RESOURCEINUSE_DEPLOYMENTNAME: &str = "ResourceInUse.DeploymentName";

/// 沙箱工具正在使用中
pub const RESOURCEINUSE_SANDBOXTOOL: &str = "ResourceInUse.SandboxTool";

/// 指定的会话空间中仍存在会话、事件或用户状态数据，不能删除。
pub const RESOURCEINUSE_SESSIONSPACENOTEMPTY: &str = "ResourceInUse.SessionSpaceNotEmpty";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// ResourceNotFound.Deployment
pub const RESOURCENOTFOUND_DEPLOYMENT: &str = "ResourceNotFound.Deployment";

/// 镜像不存在
pub const RESOURCENOTFOUND_IMAGE: &str = "ResourceNotFound.Image";

/// ResourceNotFound.RegistryRecord
pub const RESOURCENOTFOUND_REGISTRYRECORD: &str = "ResourceNotFound.RegistryRecord";

/// 沙箱实例不存在
pub const RESOURCENOTFOUND_SANDBOXINSTANCE: &str = "ResourceNotFound.SandboxInstance";

/// 沙箱工具不存在
pub const RESOURCENOTFOUND_SANDBOXTOOL: &str = "ResourceNotFound.SandboxTool";

/// 安全组不存在或不属于用户
pub const RESOURCENOTFOUND_SECURITYGROUP: &str = "ResourceNotFound.SecurityGroup";

/// ResourceNotFound.Session
pub const RESOURCENOTFOUND_SESSION: &str = "ResourceNotFound.Session";

/// Session 不存在，或 UserId 无权限访问该 Session
pub const RESOURCENOTFOUND_SESSIONNOTEXIST: &str = "ResourceNotFound.SessionNotExist";

/// 指定的会话空间不存在，或不属于当前应用及地域。
pub const RESOURCENOTFOUND_SESSIONSPACENOTEXIST: &str = "ResourceNotFound.SessionSpaceNotExist";

/// 指定的StorageMount不存在
pub const RESOURCENOTFOUND_STORAGEMOUNT: &str = "ResourceNotFound.StorageMount";

/// 子网不存在或不属于用户
pub const RESOURCENOTFOUND_SUBNET: &str = "ResourceNotFound.Subnet";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// ResourceUnavailable.Deployment
pub const RESOURCEUNAVAILABLE_DEPLOYMENT: &str = "ResourceUnavailable.Deployment";

/// 镜像预热仍在处理中
pub const RESOURCEUNAVAILABLE_IMAGEPREHEATING: &str = "ResourceUnavailable.ImagePreheating";

/// 沙箱工具不可用
pub const RESOURCEUNAVAILABLE_SANDBOXTOOL: &str = "ResourceUnavailable.SandboxTool";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// UnauthorizedOperation.UnauthorizedOperation
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 实例状态不允许修改（只有RUNNING状态的实例可以修改）
pub const UNSUPPORTEDOPERATION_SANDBOXINSTANCE: &str = "UnsupportedOperation.SandboxInstance";
