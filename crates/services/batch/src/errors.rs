//! Error codes of `batch`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_batch::errors::ALLOWEDONEATTRIBUTEINENVIDANDCOMPUTEENV) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// ComputeEnv 和 EnvId 必须指定一个（且只有一个）参数。
pub const ALLOWEDONEATTRIBUTEINENVIDANDCOMPUTEENV: &str = "AllowedOneAttributeInEnvIdAndComputeEnv";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 调用CAM API返回错误。
pub const INTERNALERROR_CALLCAM: &str = "InternalError.CallCam";

/// 调用Cpm API返回错误。
pub const INTERNALERROR_CALLCPMAPI: &str = "InternalError.CallCpmAPI";

/// 调用CVM API返回错误。
pub const INTERNALERROR_CALLCVM: &str = "InternalError.CallCvm";

/// 获取Tag错误。
pub const INTERNALERROR_CALLTAGAPI: &str = "InternalError.CallTagAPI";

/// 指定的Filter不被支持。
pub const INVALIDFILTER: &str = "InvalidFilter";

/// TaskTemplateName、TaskTemplateDescription和TaskTemplateInfo至少包含一项。
pub const INVALIDPARAMETERATLEASTONEATTRIBUTE: &str = "InvalidParameterAtLeastOneAttribute";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 计算环境参数校验失败。
pub const INVALIDPARAMETERVALUE_COMPUTEENV: &str = "InvalidParameterValue.ComputeEnv";

/// 找不到依赖任务定义。
pub const INVALIDPARAMETERVALUE_DEPENDENCENOTFOUNDTASKNAME: &str =
    "InvalidParameterValue.DependenceNotFoundTaskName";

/// 禁止环状任务依赖关系。
pub const INVALIDPARAMETERVALUE_DEPENDENCEUNFEASIBLE: &str =
    "InvalidParameterValue.DependenceUnfeasible";

/// 实例ID重复。
pub const INVALIDPARAMETERVALUE_INSTANCEIDDUPLICATED: &str =
    "InvalidParameterValue.InstanceIdDuplicated";

/// 不支持指定的实例类型。
pub const INVALIDPARAMETERVALUE_INSTANCETYPE: &str = "InvalidParameterValue.InstanceType";

/// 实例类型不能有重复值。
pub const INVALIDPARAMETERVALUE_INSTANCETYPEDUPLICATE: &str =
    "InvalidParameterValue.InstanceTypeDuplicate";

/// 实例类型列表不能为空。
pub const INVALIDPARAMETERVALUE_INSTANCETYPESEMPTY: &str =
    "InvalidParameterValue.InstanceTypesEmpty";

/// DataTypeAny不合法。
pub const INVALIDPARAMETERVALUE_INVALIDDATATYPEANY: &str =
    "InvalidParameterValue.InvalidDataTypeAny";

/// Filter参数不正确。
pub const INVALIDPARAMETERVALUE_INVALIDFILTER: &str = "InvalidParameterValue.InvalidFilter";

/// 可用区和地域不匹配。
pub const INVALIDPARAMETERVALUE_INVALIDZONEMISMATCHREGION: &str =
    "InvalidParameterValue.InvalidZoneMismatchRegion";

/// Filter参数值数量超过限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 非法的本地存储路径。
pub const INVALIDPARAMETERVALUE_LOCALPATH: &str = "InvalidParameterValue.LocalPath";

/// 重试次数过大。
pub const INVALIDPARAMETERVALUE_MAXRETRYCOUNT: &str = "InvalidParameterValue.MaxRetryCount";

/// 非法的负值参数。
pub const INVALIDPARAMETERVALUE_NEGATIVE: &str = "InvalidParameterValue.Negative";

/// 参数值不是浮点型。
pub const INVALIDPARAMETERVALUE_NOTFLOAT: &str = "InvalidParameterValue.NotFloat";

/// 非法的存储路径格式。
pub const INVALIDPARAMETERVALUE_REMOTESTORAGEPATH: &str = "InvalidParameterValue.RemoteStoragePath";

/// 非法的存储类型。
pub const INVALIDPARAMETERVALUE_REMOTESTORAGESCHEMETYPE: &str =
    "InvalidParameterValue.RemoteStorageSchemeType";

/// 指定的ResourceType不合法。
pub const INVALIDPARAMETERVALUE_RESOURCETYPE: &str = "InvalidParameterValue.ResourceType";

/// 提交任务时指定的task实例副本参数不符合预期
pub const INVALIDPARAMETERVALUE_TASKINSTANCENUM: &str = "InvalidParameterValue.TaskInstanceNum";

/// Zone不可用。
pub const INVALIDPARAMETERVALUE_UNAVAILABLEZONE: &str = "InvalidParameterValue.UnavailableZone";

/// 批量计算不支持的机型付费类型。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDBATCHINSTANCECHARGETYPE: &str =
    "InvalidParameterValue.UnsupportedBatchInstanceChargeType";

/// 非法的计算节点ID格式。
pub const INVALIDPARAMETER_COMPUTENODEIDMALFORMED: &str = "InvalidParameter.ComputeNodeIdMalformed";

/// 非法的CVM参数。
pub const INVALIDPARAMETER_CVMPARAMETERS: &str = "InvalidParameter.CvmParameters";

/// 计算环境描述过长。
pub const INVALIDPARAMETER_ENVDESCRIPTIONTOOLONG: &str = "InvalidParameter.EnvDescriptionTooLong";

/// 非法的计算环境ID格式。
pub const INVALIDPARAMETER_ENVIDMALFORMED: &str = "InvalidParameter.EnvIdMalformed";

/// 计算环境名称过长。
pub const INVALIDPARAMETER_ENVNAMETOOLONG: &str = "InvalidParameter.EnvNameTooLong";

/// 镜像ID不正确。
pub const INVALIDPARAMETER_IMAGEIDMALFORMED: &str = "InvalidParameter.ImageIdMalformed";

/// 非法的参数组合。
pub const INVALIDPARAMETER_INVALIDPARAMETERCOMBINATION: &str =
    "InvalidParameter.InvalidParameterCombination";

/// 作业描述过长。
pub const INVALIDPARAMETER_JOBDESCRIPTIONTOOLONG: &str = "InvalidParameter.JobDescriptionTooLong";

/// 非法的作业ID格式。
pub const INVALIDPARAMETER_JOBIDMALFORMED: &str = "InvalidParameter.JobIdMalformed";

/// 作业名称过长。
pub const INVALIDPARAMETER_JOBNAMETOOLONG: &str = "InvalidParameter.JobNameTooLong";

/// 重复的消息通知事件名称。
pub const INVALIDPARAMETER_NOTIFICATIONEVENTNAMEDUPLICATE: &str =
    "InvalidParameter.NotificationEventNameDuplicate";

/// 非法的主题名称。
pub const INVALIDPARAMETER_NOTIFICATIONTOPICNAME: &str = "InvalidParameter.NotificationTopicName";

/// 主题名称过长。
pub const INVALIDPARAMETER_NOTIFICATIONTOPICNAMETOOLONG: &str =
    "InvalidParameter.NotificationTopicNameTooLong";

/// 非法的任务名称。
pub const INVALIDPARAMETER_TASKNAME: &str = "InvalidParameter.TaskName";

/// 任务名称过长。
pub const INVALIDPARAMETER_TASKNAMETOOLONG: &str = "InvalidParameter.TaskNameTooLong";

/// 任务模板描述过长。
pub const INVALIDPARAMETER_TASKTEMPLATEDESCRIPTIONTOOLONG: &str =
    "InvalidParameter.TaskTemplateDescriptionTooLong";

/// 非法的任务模板ID格式。
pub const INVALIDPARAMETER_TASKTEMPLATEIDMALFORMED: &str =
    "InvalidParameter.TaskTemplateIdMalformed";

/// 非法的任务模板名称。
pub const INVALIDPARAMETER_TASKTEMPLATENAME: &str = "InvalidParameter.TaskTemplateName";

/// 任务模板名称过长。
pub const INVALIDPARAMETER_TASKTEMPLATENAMETOOLONG: &str =
    "InvalidParameter.TaskTemplateNameTooLong";

/// 指定的zone不存在。
pub const INVALIDZONE_MISMATCHREGION: &str = "InvalidZone.MismatchRegion";

/// 计算环境配额不足。
pub const LIMITEXCEEDED_COMPUTEENVQUOTA: &str = "LimitExceeded.ComputeEnvQuota";

/// CPU配额不足。
pub const LIMITEXCEEDED_CPUQUOTA: &str = "LimitExceeded.CpuQuota";

/// 作业配额不足。
pub const LIMITEXCEEDED_JOBQUOTA: &str = "LimitExceeded.JobQuota";

/// 任务模板配额不足。
pub const LIMITEXCEEDED_TASKTEMPLATEQUOTA: &str = "LimitExceeded.TaskTemplateQuota";

/// Job在使用中。
pub const RESOURCEINUSE_JOB: &str = "ResourceInUse.Job";

/// 指定计算环境不存在。
pub const RESOURCENOTFOUND_COMPUTEENV: &str = "ResourceNotFound.ComputeEnv";

/// 指定计算节点不存在。
pub const RESOURCENOTFOUND_COMPUTENODE: &str = "ResourceNotFound.ComputeNode";

/// 指定作业不存在。
pub const RESOURCENOTFOUND_JOB: &str = "ResourceNotFound.Job";

/// 指定作业任务不存在。
pub const RESOURCENOTFOUND_TASK: &str = "ResourceNotFound.Task";

/// 指定任务实例不存在。
pub const RESOURCENOTFOUND_TASKINSTANCE: &str = "ResourceNotFound.TaskInstance";

/// 指定任务模板ID不存在。
pub const RESOURCENOTFOUND_TASKTEMPLATE: &str = "ResourceNotFound.TaskTemplate";

/// 禁止使用批量计算服务。
pub const UNAUTHORIZEDOPERATION_USERNOTALLOWEDTOUSEBATCH: &str =
    "UnauthorizedOperation.UserNotAllowedToUseBatch";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 处理其他请求，禁止删除操作。
pub const UNSUPPORTEDOPERATION_ACCEPTOTHERREQUEST: &str = "UnsupportedOperation.AcceptOtherRequest";

/// 计算环境正在接受请求。
pub const UNSUPPORTEDOPERATION_COMPUTEENVACCEPTOTHERREQUEST: &str =
    "UnsupportedOperation.ComputeEnvAcceptOtherRequest";

/// 禁止删除操作。
pub const UNSUPPORTEDOPERATION_COMPUTEENVOPERATION: &str =
    "UnsupportedOperation.ComputeEnvOperation";

/// 禁止终止计算节点。
pub const UNSUPPORTEDOPERATION_COMPUTENODEFORBIDTERMINATE: &str =
    "UnsupportedOperation.ComputeNodeForbidTerminate";

/// 计算节点停止中。
pub const UNSUPPORTEDOPERATION_COMPUTENODEISTERMINATING: &str =
    "UnsupportedOperation.ComputeNodeIsTerminating";

/// 不允许将该实例添加到计算环境中。
pub const UNSUPPORTEDOPERATION_INSTANCESNOTALLOWTOATTACH: &str =
    "UnsupportedOperation.InstancesNotAllowToAttach";

/// 缩容时，缩容数大于现有计算节点数。
pub const UNSUPPORTEDOPERATION_NOTENOUGHCOMPUTENODESTOTERMINATE: &str =
    "UnsupportedOperation.NotEnoughComputeNodesToTerminate";

/// 指定计算环境的任务实例禁止该操作。
pub const UNSUPPORTEDOPERATION_TERMINATEOPERATIONWITHENVID: &str =
    "UnsupportedOperation.TerminateOperationWithEnvId";
