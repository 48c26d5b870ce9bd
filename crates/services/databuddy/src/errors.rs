//! Error codes of `databuddy`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_databuddy::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 调用 <serviceName> 服务的接口 <apiName> 失败：<message>。
pub const FAILEDOPERATION_CALLTHIRDPARTAPIERROR: &str = "FailedOperation.CallThirdPartApiError";

/// 创建工作流失败
pub const FAILEDOPERATION_CREATEWORKFLOWFAILED: &str = "FailedOperation.CreateWorkflowFailed";

/// 该数据源连接已关联分析版 catalog，同一工作空间下每个 Connection 只能创建一个分析版 Catalog
pub const FAILEDOPERATION_DUPLICATEANACATALOG: &str = "FailedOperation.DuplicateAnaCatalog";

/// 存在活跃的工作流运行，无法操作
pub const FAILEDOPERATION_EXISTWORKFLOWEXECUTIONS: &str = "FailedOperation.ExistWorkflowExecutions";

/// 标签数量已达到最大允许限制
pub const FAILEDOPERATION_LABELCOUNTLIMIT: &str = "FailedOperation.LabelCountLimit";

/// 无需操作的工作流运行
pub const FAILEDOPERATION_NOWORKFLOWEXECUTIONNEEDOPERATE: &str =
    "FailedOperation.NoWorkflowExecutionNeedOperate";

/// 重跑工作流失败
pub const FAILEDOPERATION_RERUNWORKFLOWFAIL: &str = "FailedOperation.RerunWorkflowFail";

/// 运行工作流失败
pub const FAILEDOPERATION_RUNWORKFLOWFAIL: &str = "FailedOperation.RunWorkflowFail";

/// 运行工作流返回的执行ID为空
pub const FAILEDOPERATION_RUNWORKFLOWFAILEXECUTIONIDEMPTY: &str =
    "FailedOperation.RunWorkflowFailExecutionIdEmpty";

/// 服务内部错误
pub const FAILEDOPERATION_SERVICEERROR: &str = "FailedOperation.ServiceError";

/// 腾讯云SDK请求报错
pub const FAILEDOPERATION_TENCENTCLOUDSDKERROR: &str = "FailedOperation.TencentCloudSDKError";

/// 更新工作流失败
pub const FAILEDOPERATION_UPDATEWORKFLOWFAILED: &str = "FailedOperation.UpdateWorkflowFailed";

/// 该工作流为通过bundle包部署的内容，请勿编辑此工作流
pub const FAILEDOPERATION_WORKFLOWBUNDLENOPERMISSION: &str =
    "FailedOperation.WorkflowBundleNoPermission";

/// 工作流数量超过10000上限
pub const FAILEDOPERATION_WORKFLOWCOUNTLIMIT: &str = "FailedOperation.WorkflowCountLimit";

/// 获取工作流名称分布式锁失败
pub const FAILEDOPERATION_WORKFLOWCREATELOCKACQUIREFAILED: &str =
    "FailedOperation.WorkflowCreateLockAcquireFailed";

/// 工作流运行记录已被删除
pub const FAILEDOPERATION_WORKFLOWEXECUTIONHASBEENDELETED: &str =
    "FailedOperation.WorkflowExecutionHasBeenDeleted";

/// 无操作权限
pub const FAILEDOPERATION_WORKFLOWNOPERMISSION: &str = "FailedOperation.WorkflowNoPermission";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 业务逻辑错误
pub const INTERNALERROR_BIZEXCEPTION: &str = "InternalError.BizException";

/// 操作失败
pub const INTERNALERROR_FAILEDOPERATION: &str = "InternalError.FailedOperation";

/// 接口繁忙，请稍后重试
pub const INTERNALERROR_INTERFACECALLERROR: &str = "InternalError.InterfaceCallError";

/// 参数不合法
pub const INTERNALERROR_INVALIDPARAMETER: &str = "InternalError.InvalidParameter";

/// 当前账号无权限操作该资源：不在工作空间内，或缺少该资源的查看/运行/删除权限
pub const INTERNALERROR_PERMISSIONDENIED: &str = "InternalError.PermissionDenied";

/// 资源不存在或不可见：ID 不存在、不属于当前工作空间或已删除；TaskRunId 传入非执行层 JobId（如调度实例 WorkflowTaskRunId）时返回其 JobNotFound 子码
pub const INTERNALERROR_RESOURCENOTFOUND: &str = "InternalError.ResourceNotFound";

/// 未知错误
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 同一工作流内存在重名任务
pub const INVALIDPARAMETERVALUE_DUPLICATETASKNAMEERROR: &str =
    "InvalidParameterValue.DuplicateTaskNameError";

/// 用户组Id不存在
pub const INVALIDPARAMETERVALUE_GROUPNOTEXIST: &str = "InvalidParameterValue.GroupNotExist";

/// 用户组ID无效
pub const INVALIDPARAMETERVALUE_INVALIDGROUPID: &str = "InvalidParameterValue.InvalidGroupId";

/// 参数错误
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETER: &str = "InvalidParameterValue.InvalidParameter";

/// 工作流列表筛选字段Key值错误
pub const INVALIDPARAMETERVALUE_LISTWORKFLOWFILTERPARAMERROR: &str =
    "InvalidParameterValue.ListWorkflowFilterParamError";

/// LoopDataArray 数组元素数量超过了最大允许值
pub const INVALIDPARAMETERVALUE_LOOPDATAARRAYELEMENTCOUNTLIMIT: &str =
    "InvalidParameterValue.LoopDataArrayElementCountLimit";

/// LoopDataArray 值既不是 JSON 数组字面量，也不是 {{var}} 占位符表达式
pub const INVALIDPARAMETERVALUE_LOOPDATAARRAYJSONINVALID: &str =
    "InvalidParameterValue.LoopDataArrayJsonInvalid";

/// LoopDataArray 值解析成功但顶层节点不是 JSON 数组
pub const INVALIDPARAMETERVALUE_LOOPDATAARRAYNOTJSONARRAY: &str =
    "InvalidParameterValue.LoopDataArrayNotJsonArray";

/// LoopDataArray 值既不是 JSON 数组字面量，也不是 {{var}} 占位符表达式
pub const INVALIDPARAMETERVALUE_LOOPDATAARRAYNOTJSONARRAYLITERAL: &str =
    "InvalidParameterValue.LoopDataArrayNotJsonArrayLiteral";

/// FOR_EACH 任务的 LoopDataArray 字段为空或仅含空白字符
pub const INVALIDPARAMETERVALUE_LOOPDATAARRAYVALUEBLANK: &str =
    "InvalidParameterValue.LoopDataArrayValueBlank";

/// FOR_EACH 任务的 LoopDataArray 字段字符串长度超过了最大允许值
pub const INVALIDPARAMETERVALUE_LOOPDATAARRAYVALUELENGTHLIMIT: &str =
    "InvalidParameterValue.LoopDataArrayValueLengthLimit";

/// LoopDataArray 变量表达式不满足占位符语法（大括号需成对配对且不嵌套）
pub const INVALIDPARAMETERVALUE_LOOPDATAARRAYVARIABLEEXPRESSIONINVALID: &str =
    "InvalidParameterValue.LoopDataArrayVariableExpressionInvalid";

/// 参数 <parameter> 不能为空。
pub const INVALIDPARAMETERVALUE_PARAMBLANKERROR: &str = "InvalidParameterValue.ParamBlankError";

/// 参数组内的参数均未传入
pub const INVALIDPARAMETERVALUE_PARAMGROUPMISSINGERROR: &str =
    "InvalidParameterValue.ParamGroupMissingError";

/// 参数 <parameter> 不符合要求：<message>
pub const INVALIDPARAMETERVALUE_PARAMILLEGALERROR: &str = "InvalidParameterValue.ParamIllegalError";

/// 参数 <parameter> 不能为 null。
pub const INVALIDPARAMETERVALUE_PARAMNULLERROR: &str = "InvalidParameterValue.ParamNullError";

/// 引用对象不存在或已被删除
pub const INVALIDPARAMETERVALUE_TASKHOOKVALIDATIONFAILED: &str =
    "InvalidParameterValue.TaskHookValidationFailed";

/// 任务名包含非法字符
pub const INVALIDPARAMETERVALUE_TASKNAMECONTAINSILLEGALCHARACTERSERROR: &str =
    "InvalidParameterValue.TaskNameContainsIllegalCharactersError";

/// 任务名超过128字符限制
pub const INVALIDPARAMETERVALUE_TASKNAMEEXCEEDSLIMITERROR: &str =
    "InvalidParameterValue.TaskNameExceedsLimitError";

/// 请移除该任务类型的资源组配置
pub const INVALIDPARAMETERVALUE_TASKTYPENOTSUPPORTRESOURCEGROUP: &str =
    "InvalidParameterValue.TaskTypeNotSupportResourceGroup";

/// 任务类型属性值在入参时为必填，但是并没有传递
pub const INVALIDPARAMETERVALUE_TASKTYPEPROPERTYKEYVALUEREQUESTREQUIREDERROR: &str =
    "InvalidParameterValue.TaskTypePropertyKeyValueRequestRequiredError";

/// 结束时间不能早于开始时间
pub const INVALIDPARAMETERVALUE_WORKFLOWENDTIMELESSSTARTTIME: &str =
    "InvalidParameterValue.WorkflowEndTimeLessStartTime";

/// 工作流名称重复
pub const INVALIDPARAMETERVALUE_WORKFLOWNAMEEXISTS: &str =
    "InvalidParameterValue.WorkflowNameExists";

/// 工作流名称不合法
pub const INVALIDPARAMETERVALUE_WORKFLOWNAMEINVALID: &str =
    "InvalidParameterValue.WorkflowNameInvalid";

/// 查询时间范围超过60天限制
pub const INVALIDPARAMETERVALUE_WORKFLOWQUERYENDTIMEANDSTARTTIMEEXCEED: &str =
    "InvalidParameterValue.WorkflowQueryEndTimeAndStartTimeExceed";

/// 工作流调度开始时间不能晚于结束时间
pub const INVALIDPARAMETERVALUE_WORKFLOWSTARTTIMEAFTERENDTIMEERROR: &str =
    "InvalidParameterValue.WorkflowStartTimeAfterEndTimeError";

/// 请检查工作流触发器高级配置，修正非法的 JSON 内容
pub const INVALIDPARAMETERVALUE_WORKFLOWTRIGGERADVANCEDCONFIGERROR: &str =
    "InvalidParameterValue.WorkflowTriggerAdvancedConfigError";

/// 参数不正确
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 无效参数
pub const INVALIDPARAMETER_INVALIDPARAMSERROR: &str = "InvalidParameter.InvalidParamsError";

/// JWT认证失败
pub const INVALIDPARAMETER_JWTAUTHFAILURE: &str = "InvalidParameter.JWTAuthFailure";

/// 用户不存在
pub const INVALIDPARAMETER_UGRUSERNOTEXIST: &str = "InvalidParameter.UGRUserNotExist";

/// 已达自定义角色数量上限
pub const LIMITEXCEEDED_CUSTOMROLEQUOTA: &str = "LimitExceeded.CustomRoleQuota";

/// 当前租户 Setats Catalog 数量已达上限（最多5个）
pub const LIMITEXCEEDED_SETATSCATALOGLIMITEXCEEDED: &str =
    "LimitExceeded.SetatsCatalogLimitExceeded";

/// 用户组成员数超过工作空间上限
pub const LIMITEXCEEDED_WORKSPACEGROUPMEMBERQUOTA: &str = "LimitExceeded.WorkspaceGroupMemberQuota";

/// 已达工作空间用户组数量上限
pub const LIMITEXCEEDED_WORKSPACEGROUPQUOTA: &str = "LimitExceeded.WorkspaceGroupQuota";

/// 已达工作空间用户数量上限
pub const LIMITEXCEEDED_WORKSPACEUSERQUOTA: &str = "LimitExceeded.WorkspaceUserQuota";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少必填参数
pub const MISSINGPARAMETER_MISSINGPARAMETER: &str = "MissingParameter.MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 数据目录已存在
pub const RESOURCEINUSE_CATALOGALREADYEXISTS: &str = "ResourceInUse.CatalogAlreadyExists";

/// 存储位置已存在
pub const RESOURCEINUSE_LOCATIONALREADYEXISTS: &str = "ResourceInUse.LocationAlreadyExists";

/// 模型已存在
pub const RESOURCEINUSE_MODELALREADYEXISTS: &str = "ResourceInUse.ModelAlreadyExists";

/// 模型版本已存在
pub const RESOURCEINUSE_MODELVERSIONALREADYEXISTS: &str = "ResourceInUse.ModelVersionAlreadyExists";

/// Schema 已存在
pub const RESOURCEINUSE_SCHEMAALREADYEXISTS: &str = "ResourceInUse.SchemaAlreadyExists";

/// 数据卷已存在
pub const RESOURCEINUSE_VOLUMEALREADYEXISTS: &str = "ResourceInUse.VolumeAlreadyExists";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 指定的 Catalog 不存在
pub const RESOURCENOTFOUND_CATALOGNOTFOUND: &str = "ResourceNotFound.CatalogNotFound";

/// 指定的模型不存在
pub const RESOURCENOTFOUND_MODELNOTFOUND: &str = "ResourceNotFound.ModelNotFound";

/// 指定的模型版本不存在
pub const RESOURCENOTFOUND_MODELVERSIONNOTFOUND: &str = "ResourceNotFound.ModelVersionNotFound";

/// 资源不存在或已被删除
pub const RESOURCENOTFOUND_ONEFLOWRESOURCENOEXISTERROR: &str =
    "ResourceNotFound.OneFlowResourceNoExistError";

/// 指定的Schema不存在
pub const RESOURCENOTFOUND_SCHEMANOTFOUND: &str = "ResourceNotFound.SchemaNotFound";

/// 指定的表不存在
pub const RESOURCENOTFOUND_TABLENOTFOUND: &str = "ResourceNotFound.TableNotFound";

/// 任务运行不存在
pub const RESOURCENOTFOUND_TASKEXECUTIONNOTEXIST: &str = "ResourceNotFound.TaskExecutionNotExist";

/// 指定的视图不存在
pub const RESOURCENOTFOUND_VIEWNOTFOUND: &str = "ResourceNotFound.ViewNotFound";

/// 指定的数据卷不存在
pub const RESOURCENOTFOUND_VOLUMENOTFOUND: &str = "ResourceNotFound.VolumeNotFound";

/// 工作流运行不存在
pub const RESOURCENOTFOUND_WORKFLOWEXECUTIONNOTEXIST: &str =
    "ResourceNotFound.WorkflowExecutionNotExist";

/// 工作流不存在
pub const RESOURCENOTFOUND_WORKFLOWNOTEXIST: &str = "ResourceNotFound.WorkflowNotExist";

/// 根据传入的工作流ID未找到工作流
pub const RESOURCENOTFOUND_WORKFLOWNOTFOUND: &str = "ResourceNotFound.WorkflowNotFound";

/// 工作流下面的任务不存在
pub const RESOURCENOTFOUND_WORKFLOWTASKNOTEXIST: &str = "ResourceNotFound.WorkflowTaskNotExist";

/// 工作流的调度配置未找到
pub const RESOURCENOTFOUND_WORKFLOWTRIGGERNOTFOUND: &str =
    "ResourceNotFound.WorkflowTriggerNotFound";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 系统组不支持删除
pub const UNSUPPORTEDOPERATION_DELETESYSTEMGROUPFAIL: &str =
    "UnsupportedOperation.DeleteSystemGroupFail";

/// 系统组不支持修改
pub const UNSUPPORTEDOPERATION_UPDATESYSTEMGROUPFAIL: &str =
    "UnsupportedOperation.UpdateSystemGroupFail";

/// 工作流运行已到达终态，不可终止
pub const UNSUPPORTEDOPERATION_WORKFLOWEXECUTIONHASREACHEDFINALSTATECANNOTBESTOPPED: &str =
    "UnsupportedOperation.WorkflowExecutionHasReachedFinalStateCannotBeStopped";
