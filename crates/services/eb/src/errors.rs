//! Error codes of `eb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_eb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 添加私有链接失败。
pub const FAILEDOPERATION_ADDPRIVATELINK: &str = "FailedOperation.AddPrivateLink";

/// 用户鉴权错误。
pub const FAILEDOPERATION_AUTHENTICATEUSERFAILED: &str = "FailedOperation.AuthenticateUserFailed";

/// 投递目标创建失败，请检查函数状态。
pub const FAILEDOPERATION_CREATETRIGGER: &str = "FailedOperation.CreateTrigger";

/// 删除连接器失败，请检查资源状态。
pub const FAILEDOPERATION_DELETECONNECTION: &str = "FailedOperation.DeleteConnection";

/// 删除私有链接失败。
pub const FAILEDOPERATION_DELETEPRIVATELINK: &str = "FailedOperation.DeletePrivateLink";

/// 规则删除失败，请检查资源信息，确认是资源否存在或状态正常。
pub const FAILEDOPERATION_DELETERULE: &str = "FailedOperation.DeleteRule";

/// 规则与事件不匹配，请修正后再试。
pub const FAILEDOPERATION_ERRORFILTER: &str = "FailedOperation.ErrorFilter";

/// ES集群内部错误。
pub const FAILEDOPERATION_ESINTERNALERROR: &str = "FailedOperation.ESInternalError";

/// ES集群操作失败。
pub const FAILEDOPERATION_ESREQUESTFAILED: &str = "FailedOperation.ESRequestFailed";

/// ES索引模板冲突错误。
pub const FAILEDOPERATION_ESTEMPLATECONFLICT: &str = "FailedOperation.ESTemplateConflict";

/// 注册CLS服务失败。
pub const FAILEDOPERATION_REGISTERCLSSERVICE: &str = "FailedOperation.RegisterCLSService";

/// ServiceError操作失败，请检查资源信息。
pub const FAILEDOPERATION_SERVICEERROR: &str = "FailedOperation.ServiceError";

/// 标签绑定操作失败。
pub const FAILEDOPERATION_TAGRESOURCE: &str = "FailedOperation.TagResource";

/// 申请标签配额失败。
pub const FAILEDOPERATION_TAGRESOURCEALLOCATEQUOTAS: &str =
    "FailedOperation.TagResourceAllocateQuotas";

/// 标签解绑操作失败。
pub const FAILEDOPERATION_UNTAGRESOURCE: &str = "FailedOperation.UnTagResource";

/// 连接器更新失败，请检查资源信息，确认是资源否存在或状态正常。
pub const FAILEDOPERATION_UPDATECONNECTION: &str = "FailedOperation.UpdateConnection";

/// 规则更新失败，请检查资源信息，确认是资源否存在或状态正常。
pub const FAILEDOPERATION_UPDATERULE: &str = "FailedOperation.UpdateRule";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 服务处理出错，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_OSSEXCEPTION: &str = "InternalError.OssException";

/// 服务处理出错，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_SYSTEM: &str = "InternalError.System";

/// 未知错误。
pub const INTERNALERROR_UNKNOWNINTERNALERROR: &str = "InternalError.UnknownInternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// Action 操作参数取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_ACTION: &str = "InvalidParameterValue.Action";

/// AMPParams取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_AMPPARAMS: &str = "InvalidParameterValue.AMPParams";

/// BatchEventCount取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_BATCHEVENTCOUNT: &str = "InvalidParameterValue.BatchEventCount";

/// BatchTimeout取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_BATCHTIMEOUT: &str = "InvalidParameterValue.BatchTimeout";

/// CallbackType取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_CALLBACKTYPE: &str = "InvalidParameterValue.CallbackType";

/// CallbackWeComURL取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_CALLBACKWECOMURL: &str = "InvalidParameterValue.CallbackWeComURL";

/// Ckafka 目标配置参数取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_CKAFKATARGETPARAMS: &str =
    "InvalidParameterValue.CKafkaTargetParams";

/// ConnectionDescription取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_CONNECTIONDESCRIPTION: &str =
    "InvalidParameterValue.ConnectionDescription";

/// ConnectionId取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_CONNECTIONID: &str = "InvalidParameterValue.ConnectionId";

/// ConnectionName取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_CONNECTIONNAME: &str = "InvalidParameterValue.ConnectionName";

/// 死信队列配置参数取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_DEADLETTERCONFIG: &str = "InvalidParameterValue.DeadLetterConfig";

/// Description取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_DESCRIPTION: &str = "InvalidParameterValue.Description";

/// DTSParams取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_DTSPARAMS: &str = "InvalidParameterValue.DTSParams";

/// ES目标参数错误。
pub const INVALIDPARAMETERVALUE_ELASTICSEARCHTARGETPARAMS: &str =
    "InvalidParameterValue.ElasticSearchTargetParams";

/// EventBusId取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_EVENTBUSID: &str = "InvalidParameterValue.EventBusId";

/// EventBusName取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_EVENTBUSNAME: &str = "InvalidParameterValue.EventBusName";

/// EventPattern取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_EVENTPATTERN: &str = "InvalidParameterValue.EventPattern";

/// 链路追踪配置参数取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_EVENTTRACECONFIG: &str = "InvalidParameterValue.EventTraceConfig";

/// Filters取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_FILTERS: &str = "InvalidParameterValue.Filters";

/// InvalidApiRequestConfig取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_INVALIDAPIREQUESTCONFIG: &str =
    "InvalidParameterValue.InvalidApiRequestConfig";

/// 事件格式非法，请修正后再试。
pub const INVALIDPARAMETERVALUE_INVALIDEVENT: &str = "InvalidParameterValue.InvalidEvent";

/// 非法的事件集，请检查后重试。
pub const INVALIDPARAMETERVALUE_INVALIDEVENTBUS: &str = "InvalidParameterValue.InvalidEventBus";

/// 事件模式格式错误，请修正后再试。
pub const INVALIDPARAMETERVALUE_INVALIDFILTERRULE: &str = "InvalidParameterValue.InvalidFilterRule";

/// 非法的匹配规则，请检查后重试。
pub const INVALIDPARAMETERVALUE_INVALIDPATTERN: &str = "InvalidParameterValue.InvalidPattern";

/// Limit取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_LIMIT: &str = "InvalidParameterValue.Limit";

/// LinkMode取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_LINKMODE: &str = "InvalidParameterValue.LinkMode";

/// NoticeReceiverChannel取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_NOTICERECEIVERCHANNEL: &str =
    "InvalidParameterValue.NoticeReceiverChannel";

/// NoticeReceiverTimeWindow取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_NOTICERECEIVERTIMEWINDOW: &str =
    "InvalidParameterValue.NoticeReceiverTimeWindow";

/// NoticeReceiverUserIds取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_NOTICERECEIVERUSERIDS: &str =
    "InvalidParameterValue.NoticeReceiverUserIds";

/// NoticeReceiverUserType取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_NOTICERECEIVERUSERTYPE: &str =
    "InvalidParameterValue.NoticeReceiverUserType";

/// Offset取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_OFFSET: &str = "InvalidParameterValue.Offset";

/// Order取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_ORDER: &str = "InvalidParameterValue.Order";

/// OrderBy取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_ORDERBY: &str = "InvalidParameterValue.OrderBy";

/// Qualifier取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_QUALIFIER: &str = "InvalidParameterValue.Qualifier";

/// RuleId取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_RULEID: &str = "InvalidParameterValue.RuleId";

/// RuleName取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_RULENAME: &str = "InvalidParameterValue.RuleName";

/// 标签参数错误。
pub const INVALIDPARAMETERVALUE_TAGS: &str = "InvalidParameterValue.Tags";

/// TargetDescription取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_TARGETDESCRIPTION: &str = "InvalidParameterValue.TargetDescription";

/// TargetId取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_TARGETID: &str = "InvalidParameterValue.TargetId";

/// 数据转换配置参数取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_TRANSFORMATIONID: &str = "InvalidParameterValue.TransformationID";

/// 数据转换任务创建失败，配置参数取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_TRANSFORMATIONS: &str = "InvalidParameterValue.Transformations";

/// Type取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_TYPE: &str = "InvalidParameterValue.Type";

/// APIGateway连接器不支持开启或关闭操作，请修正后重试。
pub const INVALIDPARAMETER_ENABLEAPIGATEWAY: &str = "InvalidParameter.EnableAPIGateway";

/// Payload与规范不符，请修正后再试。
pub const INVALIDPARAMETER_PAYLOAD: &str = "InvalidParameter.Payload";

/// 事件投递失败，因欠费或违规等原因，账号已被禁用，请联系官网账户端客服处理。
pub const LIMITEXCEEDED_BANNEDACCOUNT: &str = "LimitExceeded.BannedAccount";

/// 集群私有链接超限。
pub const LIMITEXCEEDED_CLUSTERPRIVATELINKEXCEEDED: &str =
    "LimitExceeded.ClusterPrivateLinkExceeded";

/// Connection数量达到限制，可提交工单申请提升限制。
pub const LIMITEXCEEDED_CONNECTION: &str = "LimitExceeded.Connection";

/// EventBus数量达到限制，可提交工单申请提升限制。
pub const LIMITEXCEEDED_EVENTBUS: &str = "LimitExceeded.EventBus";

/// 资源创建失败，可冻结余额不足，请充值后重新创建。
pub const LIMITEXCEEDED_INSUFFICIENTBALANCE: &str = "LimitExceeded.InsufficientBalance";

/// Logset数量达到限制，可提交工单申请提升限制。
pub const LIMITEXCEEDED_LOGSET: &str = "LimitExceeded.Logset";

/// ResourceLimit数量达到限制，可提交工单申请提升限制。
pub const LIMITEXCEEDED_RESOURCELIMIT: &str = "LimitExceeded.ResourceLimit";

/// RouteOverLimit数量达到限制，可提交工单申请提升限制。
pub const LIMITEXCEEDED_ROUTEOVERLIMIT: &str = "LimitExceeded.RouteOverLimit";

/// Rule数量达到限制，可提交工单申请提升限制。
pub const LIMITEXCEEDED_RULE: &str = "LimitExceeded.Rule";

/// Target数量达到限制，可提交工单申请提升限制。
pub const LIMITEXCEEDED_TARGET: &str = "LimitExceeded.Target";

/// 投递目标创建失败，函数触发器数量达到限制，可提交工单申请提升限制。
pub const LIMITEXCEEDED_TRIGGER: &str = "LimitExceeded.Trigger";

/// 用户私有链接超限。
pub const LIMITEXCEEDED_USERPRIVATELINKEXCEEDED: &str = "LimitExceeded.UserPrivateLinkExceeded";

/// 投递目标创建失败，检测到当前账号不存在，请确认您的账号状态。
pub const OPERATIONDENIED_ACCOUNTNOTEXISTS: &str = "OperationDenied.AccountNotExists";

/// 不允许在自定义事件集上创建基于EB默认日志集的CLS事件目标。
pub const OPERATIONDENIED_DEFAULTCLSRESOURCEUNSUPPORTED: &str =
    "OperationDenied.DefaultCLSResourceUnsupported";

/// 不支持操作当前ES版本。
pub const OPERATIONDENIED_ESVERSIONUNSUPPORTED: &str = "OperationDenied.ESVersionUnsupported";

/// 技术架构升级，该资源临时锁定中，预计持续3~5分钟，事件推送流程无影响。
pub const OPERATIONDENIED_EVENTBUSRESOURCEISLOCKED: &str =
    "OperationDenied.EventBusResourceIsLocked";

/// 操作失败，该资源不可修改或删除。
pub const OPERATIONDENIED_RESOURCEIMMUTABLE: &str = "OperationDenied.ResourceImmutable";

/// 当前用户账号类型暂不支持操作，请提交工单处理。
pub const OPERATIONDENIED_UNSUPPORTEDOPERATION: &str = "OperationDenied.UnsupportedOperation";

/// 同一个地域下，云服务默认事件集不允许重复创建。
pub const RESOURCEINUSE_DEFAULTEVENTBUS: &str = "ResourceInUse.DefaultEventBus";

/// 无法删除，因事件集下存在规则、连接器或归档，请删除所有规则、连接器和归档后重试。
pub const RESOURCEINUSE_EVENTBUS: &str = "ResourceInUse.EventBus";

/// 规则下有目标，无法删除，请删除所有目标后重试。
pub const RESOURCEINUSE_RULE: &str = "ResourceInUse.Rule";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 未找到指定的Connection，请创建后再试。
pub const RESOURCENOTFOUND_CONNECTION: &str = "ResourceNotFound.Connection";

/// 未找到指定事件集，请创建后再试。
pub const RESOURCENOTFOUND_EVENTBUS: &str = "ResourceNotFound.EventBus";

/// 事件集不存在或未配置规则，请检查后再试。
pub const RESOURCENOTFOUND_EVENTBUSNOTFOUND: &str = "ResourceNotFound.EventBusNotFound";

/// 未找到指定的Function，请创建后再试。
pub const RESOURCENOTFOUND_FUNCTION: &str = "ResourceNotFound.Function";

/// 连接器删除失败，未找到指定 API 。
pub const RESOURCENOTFOUND_INVALIDAPI: &str = "ResourceNotFound.InvalidApi";

/// 连接器操作失败，未找到指定 API 网关服务。
pub const RESOURCENOTFOUND_INVALIDSERVICE: &str = "ResourceNotFound.InvalidService";

/// 投递目标创建失败，未找到指定的命名空间，请创建后再试。
pub const RESOURCENOTFOUND_NAMESPACE: &str = "ResourceNotFound.Namespace";

/// 未找到网络资源关联记录。
pub const RESOURCENOTFOUND_NETASSOCIATION: &str = "ResourceNotFound.NetAssociation";

/// 未找到privatelink记录。
pub const RESOURCENOTFOUND_PRIVATELINKRESOURCE: &str = "ResourceNotFound.PrivateLinkResource";

/// 未找到指定的服务角色，请创建后再试。
pub const RESOURCENOTFOUND_ROLE: &str = "ResourceNotFound.Role";

/// 未找到指定的Rule，请创建后再试。
pub const RESOURCENOTFOUND_RULE: &str = "ResourceNotFound.Rule";

/// 未找到指定标签。
pub const RESOURCENOTFOUND_TAG: &str = "ResourceNotFound.Tag";

/// 未找到指定的Target，请创建后再试。
pub const RESOURCENOTFOUND_TARGET: &str = "ResourceNotFound.Target";

/// 未找到指定的转换任务，请创建后再试。
pub const RESOURCENOTFOUND_TRANSFORMATION: &str = "ResourceNotFound.Transformation";

/// 投递目标创建失败，未找到指定的服务版本，请创建后再试。
pub const RESOURCENOTFOUND_VERSION: &str = "ResourceNotFound.Version";

/// 连接器创建失败，当前资源不可用。
pub const RESOURCEUNAVAILABLE_CONNECTION: &str = "ResourceUnavailable.Connection";

/// ES集群状态异常。
pub const RESOURCEUNAVAILABLE_ESUNHEALTH: &str = "ResourceUnavailable.ESUnhealth";

/// 投递目标创建失败，当前资源不可用。
pub const RESOURCEUNAVAILABLE_TARGET: &str = "ResourceUnavailable.Target";

/// 当前账号缺少 EB 操作权限，请登录 CAM 控制台进行授权。
pub const UNAUTHORIZEDOPERATION_CAM: &str = "UnauthorizedOperation.CAM";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 连接器操作失败，接口不支持当前操作。
pub const UNSUPPORTEDOPERATION_INVALIDACTION: &str = "UnsupportedOperation.InvalidAction";

/// 连接器创建失败，不支持当前后端服务类型。
pub const UNSUPPORTEDOPERATION_INVALIDENDPOINTTYPE: &str =
    "UnsupportedOperation.InvalidEndpointType";
