//! Error codes of `alb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_alb::errors::AUTHFAILURE) => { /* … */ }
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

/// 资源已存在。
pub const FAILEDOPERATION_RESOURCEALREADYEXISTS: &str = "FailedOperation.ResourceAlreadyExists";

/// 规则优先级已存在。
pub const FAILEDOPERATION_RULEALREADYEXISTS: &str = "FailedOperation.RuleAlreadyExists";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 业务参数不一致。
pub const INVALIDPARAMETERVALUE_BUSINESSPARAMETERMISMATCH: &str =
    "InvalidParameterValue.BusinessParameterMismatch";

/// ClientToken 格式无效。
pub const INVALIDPARAMETER_INVALIDCLIENTTOKEN: &str = "InvalidParameter.InvalidClientToken";

/// 字段格式错误。
pub const INVALIDPARAMETER_INVALIDFIELDFORMAT: &str = "InvalidParameter.InvalidFieldFormat";

/// 字段类型错误。
pub const INVALIDPARAMETER_INVALIDFIELDTYPE: &str = "InvalidParameter.InvalidFieldType";

/// 字段值错误。
pub const INVALIDPARAMETER_INVALIDFIELDVALUE: &str = "InvalidParameter.InvalidFieldValue";

/// 配额检查请求无效。
pub const INVALIDPARAMETER_INVALIDQUOTACHECKREQUEST: &str =
    "InvalidParameter.InvalidQuotaCheckRequest";

/// 缺少 Action 参数。
pub const INVALIDPARAMETER_MISSINGACTION: &str = "InvalidParameter.MissingAction";

/// 请填写必要参数。
pub const INVALIDPARAMETER_MISSINGFIELD: &str = "InvalidParameter.MissingField";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 配额超限。
pub const LIMITEXCEEDED_QUOTA: &str = "LimitExceeded.Quota";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 实例下还存在监听器，无法删除。
pub const RESOURCEINUSE_LOADBALANCERHASLISTENERS: &str = "ResourceInUse.LoadBalancerHasListeners";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 证书未找到。
pub const RESOURCENOTFOUND_CERTIFICATE: &str = "ResourceNotFound.Certificate";

/// 监听器未找到。
pub const RESOURCENOTFOUND_LISTENER: &str = "ResourceNotFound.Listener";

/// 负载均衡资源不存在。
pub const RESOURCENOTFOUND_LOADBALANCER: &str = "ResourceNotFound.LoadBalancer";

/// 转发规则未找到
pub const RESOURCENOTFOUND_RULE: &str = "ResourceNotFound.Rule";

/// 目标组未找到。
pub const RESOURCENOTFOUND_TARGETGROUP: &str = "ResourceNotFound.TargetGroup";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 证书处于不可用状态（更新中/删除中）。
pub const RESOURCEUNAVAILABLE_CERTIFICATE: &str = "ResourceUnavailable.Certificate";

/// 监听器处于不可用状态。
pub const RESOURCEUNAVAILABLE_LISTENER: &str = "ResourceUnavailable.Listener";

/// ALB状态不可用。
pub const RESOURCEUNAVAILABLE_LOADBALANCER: &str = "ResourceUnavailable.LoadBalancer";

/// 上个任务未完成。
pub const RESOURCEUNAVAILABLE_PREVIOUSTASKNOTCOMPLETED: &str =
    "ResourceUnavailable.PreviousTaskNotCompleted";

/// 规则状态不可用。
pub const RESOURCEUNAVAILABLE_RULE: &str = "ResourceUnavailable.Rule";

/// 目标组处于不可用状态
pub const RESOURCEUNAVAILABLE_TARGETGROUP: &str = "ResourceUnavailable.TargetGroup";

/// 上级资源状态阻断。
pub const RESOURCEUNAVAILABLE_UPSTREAMSTATUSBLOCKED: &str =
    "ResourceUnavailable.UpstreamStatusBlocked";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 服务角色未授权
pub const UNAUTHORIZEDOPERATION_SERVICEROLEUNAUTHORIZED: &str =
    "UnauthorizedOperation.ServiceRoleUnauthorized";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 监听器不允许绑定已绑定的证书。
pub const UNSUPPORTEDOPERATION_CERTIFICATEALREADYBOUND: &str =
    "UnsupportedOperation.CertificateAlreadyBound";

/// 监听器不允许解绑未绑定的证书。
pub const UNSUPPORTEDOPERATION_CERTIFICATENOTBOUND: &str =
    "UnsupportedOperation.CertificateNotBound";

/// 监听器不允许解绑默认证书。
pub const UNSUPPORTEDOPERATION_DISASSOCIATEDEFAULTCERTIFICATE: &str =
    "UnsupportedOperation.DisassociateDefaultCertificate";

/// 无效的状态转换。
pub const UNSUPPORTEDOPERATION_INVALIDSTATETRANSITION: &str =
    "UnsupportedOperation.InvalidStateTransition";

/// 资源不足。
pub const UNSUPPORTEDOPERATION_RESOURCESSOLDOUT: &str = "UnsupportedOperation.ResourcesSoldOut";

/// 监听器协议与目标组后端转发协议不匹配
pub const UNSUPPORTEDOPERATION_TARGETGROUPPROTOCOLMISMATCH: &str =
    "UnsupportedOperation.TargetGroupProtocolMismatch";

/// 监听器协议不支持此操作。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDPROTOCOL: &str =
    "UnsupportedOperation.UnsupportedProtocol";
