//! Error codes of `clb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_clb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// token错误
pub const AUTHFAILURE_TOKENFAILURE: &str = "AuthFailure.TokenFailure";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 已有绑定关系当前状态不允许操作。
pub const FAILEDOPERATION_ASSOCIATIONNOTACTIVE: &str = "FailedOperation.AssociationNotActive";

/// 该实例绑定的EIP资源业务带宽超过防误操作检测阈值，执行操作可能存在风险，如仍想继续，请在EIP控制台关闭对应EIP的防误操作检测开关后重试。
pub const FAILEDOPERATION_EIPTRAFFICCHECKRISK: &str = "FailedOperation.EipTrafficCheckRisk";

/// 删除实例频次校验被判定为高风险，请检查业务或稍后重试。
pub const FAILEDOPERATION_FREQUENCYCHECKRISK: &str = "FailedOperation.FrequencyCheckRisk";

/// 账户余额不足。
pub const FAILEDOPERATION_INSUFFICIENTBALANCE: &str = "FailedOperation.InsufficientBalance";

/// API Key 无效或未授权。请求路径: %(request_path)s
pub const FAILEDOPERATION_INVALIDAPIKEY: &str = "FailedOperation.InvalidApiKey";

/// LB状态异常。
pub const FAILEDOPERATION_INVALIDLBSTATUS: &str = "FailedOperation.InvalidLBStatus";

/// 当前模型不支持请求中携带的模态。
pub const FAILEDOPERATION_MODELDOESNOTSUPPORTMODALITY: &str =
    "FailedOperation.ModelDoesNotSupportModality";

/// 模型不存在或访问被拒绝。请求路径: %(request_path)s
pub const FAILEDOPERATION_MODELNOTFOUND: &str = "FailedOperation.ModelNotFound";

/// 没有监听器的实例不允许停止。
pub const FAILEDOPERATION_NOLISTENERINLB: &str = "FailedOperation.NoListenerInLB";

/// 触发供应商的速率限制。请求路径: %(request_path)s
pub const FAILEDOPERATION_RATELIMITEXCEEDED: &str = "FailedOperation.RateLimitExceeded";

/// 请求超时，可能由网络问题或模型响应慢导致。请求路径: %(request_path)s
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// 指定的资源正在克隆中，请稍后重试。
pub const FAILEDOPERATION_RESOURCEINCLONING: &str = "FailedOperation.ResourceInCloning";

/// 正在操作指定的资源，请稍后重试。
pub const FAILEDOPERATION_RESOURCEINOPERATING: &str = "FailedOperation.ResourceInOperating";

/// 删除实例规则数校验被判定为高风险，如需强行删除请传强制校验参数ForceDelete为true。
pub const FAILEDOPERATION_TARGETNUMCHECKRISK: &str = "FailedOperation.TargetNumCheckRisk";

/// 删除实例流量校验被判定为高风险，如需强行删除请传强制校验参数ForceDelete为true。
pub const FAILEDOPERATION_TRAFFICCHECKRISK: &str = "FailedOperation.TrafficCheckRisk";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 绑定关系绑定对象不可靠
pub const INTERNALERROR_ASSOCIATIONREFERENCEINVALID: &str =
    "InternalError.AssociationReferenceInvalid";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 无效参数组合
pub const INVALIDPARAMETERCOMBINATION: &str = "InvalidParameterCombination";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数值有重复。
pub const INVALIDPARAMETERVALUE_DUPLICATE: &str = "InvalidParameterValue.Duplicate";

/// 参数不合规。
pub const INVALIDPARAMETERVALUE_INVALIDFIELDVALUE: &str = "InvalidParameterValue.InvalidFieldValue";

/// Filter参数输入错误。
pub const INVALIDPARAMETERVALUE_INVALIDFILTER: &str = "InvalidParameterValue.InvalidFilter";

/// 参数长度错误。
pub const INVALIDPARAMETERVALUE_LENGTH: &str = "InvalidParameterValue.Length";

/// 参数取值范围错误。
pub const INVALIDPARAMETERVALUE_RANGE: &str = "InvalidParameterValue.Range";

/// 附件不合规。
pub const INVALIDPARAMETER_ATTACHMENTITEM: &str = "InvalidParameter.AttachmentItem";

/// 附件不合规。
pub const INVALIDPARAMETER_ATTACHMENTS: &str = "InvalidParameter.Attachments";

/// 为确保资源不泄露，保证创建的资源ID幂等性。通过ClientToken创建资源，当订单流程已结束且发货失败，或订单流程长时间未更新时，提示当前ClientToken已经超时过期。
pub const INVALIDPARAMETER_CLIENTTOKENLIMITEXCEEDED: &str =
    "InvalidParameter.ClientTokenLimitExceeded";

/// 上游端点不可达或返回错误。访问地址: %(url)s, 状态码: %(status_code)s
pub const INVALIDPARAMETER_ENDPOINTUNREACHABLE: &str = "InvalidParameter.EndpointUnreachable";

/// 参数格式错误。
pub const INVALIDPARAMETER_FORMATERROR: &str = "InvalidParameter.FormatError";

/// 多模态能力标签取值不合规。
pub const INVALIDPARAMETER_INPUTMODALITY: &str = "InvalidParameter.InputModality";

/// 参数不合规。
pub const INVALIDPARAMETER_INVALIDFIELDVALUE: &str = "InvalidParameter.InvalidFieldValue";

/// 查询参数错误。
pub const INVALIDPARAMETER_INVALIDFILTER: &str = "InvalidParameter.InvalidFilter";

/// 负载均衡实例ID错误。
pub const INVALIDPARAMETER_LBIDNOTFOUND: &str = "InvalidParameter.LBIdNotFound";

/// 监听器ID错误。
pub const INVALIDPARAMETER_LISTENERIDNOTFOUND: &str = "InvalidParameter.ListenerIdNotFound";

/// 查找不到符合条件的转发规则。
pub const INVALIDPARAMETER_LOCATIONNOTFOUND: &str = "InvalidParameter.LocationNotFound";

/// 最小Order层全部BYOK实例的Weight为0。
pub const INVALIDPARAMETER_MINORDERALLZERO: &str = "InvalidParameter.MinOrderAllZero";

/// 监听器端口检查失败，比如端口冲突。
pub const INVALIDPARAMETER_PORTCHECKFAILED: &str = "InvalidParameter.PortCheckFailed";

/// 监听器协议检查失败，比如相关协议不支持对应操作。
pub const INVALIDPARAMETER_PROTOCOLCHECKFAILED: &str = "InvalidParameter.ProtocolCheckFailed";

/// 地域无效。
pub const INVALIDPARAMETER_REGIONNOTFOUND: &str = "InvalidParameter.RegionNotFound";

/// 转发规则已绑定重定向关系。
pub const INVALIDPARAMETER_REWRITEALREADYEXIST: &str = "InvalidParameter.RewriteAlreadyExist";

/// 一些重定向规则不存在。
pub const INVALIDPARAMETER_SOMEREWRITENOTFOUND: &str = "InvalidParameter.SomeRewriteNotFound";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

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

/// 提示词未找到
pub const RESOURCENOTFOUND_PROMPT: &str = "ResourceNotFound.Prompt";

/// ResourceNotFound.PromptVersion
pub const RESOURCENOTFOUND_PROMPTVERSION: &str = "ResourceNotFound.PromptVersion";

/// BYOK 实例（ServiceProvider）未找到或不属于当前用户。
pub const RESOURCENOTFOUND_SERVICEPROVIDER: &str = "ResourceNotFound.ServiceProvider";

/// BYOK 实例下指定 ModelName 的模型未找到。
pub const RESOURCENOTFOUND_SERVICEPROVIDERMODEL: &str = "ResourceNotFound.ServiceProviderModel";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// Budget只支持企业型实例
pub const UNSUPPORTEDOPERATION_BUDGETONLYSUPPORTSENTERPRISE: &str =
    "UnsupportedOperation.BudgetOnlySupportsEnterprise";

/// UnsupportedOperation.InvalidModelRouterStatus
pub const UNSUPPORTEDOPERATION_INVALIDMODELROUTERSTATUS: &str =
    "UnsupportedOperation.InvalidModelRouterStatus";

/// 无效的状态转换。
pub const UNSUPPORTEDOPERATION_INVALIDSTATETRANSITION: &str =
    "UnsupportedOperation.InvalidStateTransition";

/// ServiceProvider有关联的CMR实例，操作拒绝
pub const UNSUPPORTEDOPERATION_MODELASSOCIATEDWITHMODELROUTER: &str =
    "UnsupportedOperation.ModelAssociatedWithModelRouter";

/// 模型路由资源包已开启自动续订，请先关闭自动续订后再发起退款。
pub const UNSUPPORTEDOPERATION_MODELROUTERRESOURCEPACKAGEAUTOPURCHASEENABLED: &str =
    "UnsupportedOperation.ModelRouterResourcePackageAutoPurchaseEnabled";

/// 模型路由资源包当前状态不支持退款，仅 status=0 的资源包可执行退款。
pub const UNSUPPORTEDOPERATION_MODELROUTERRESOURCEPACKAGESTATUSNOTREFUNDABLE: &str =
    "UnsupportedOperation.ModelRouterResourcePackageStatusNotRefundable";

/// 当前byok实例（serviceprovider）的状态不支持该操作。
pub const UNSUPPORTEDOPERATION_SERVICEPROVIDERSTATUS: &str =
    "UnsupportedOperation.ServiceProviderStatus";

/// BYOK 的 VPC 和 CMR 实例的 VPC 不一致。
pub const UNSUPPORTEDOPERATION_VPCMISMATCH: &str = "UnsupportedOperation.VPCMismatch";
