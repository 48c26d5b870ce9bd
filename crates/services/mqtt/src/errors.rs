//! Error codes of `mqtt`, to compare with `tencent_cloud_core::Error::code()`; generated
//! by `cargo xtask regen`. Do not edit.
//!
//! From the official Python SDK, tencentcloud-sdk-python 3.1.195 (its
//! `errorcodes.py` files, Apache-2.0, Copyright Tencent), the release whose models
//! match the specs: the service's codes (its names, as in the Python and Go SDKs) and
//! the common codes at least a quarter of all services list. A code not here still
//! arrives, as a string.
//!
//! ```ignore
//! match err.code() {
//!     Some(tencent_cloud_mqtt::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

/// CAM签名/鉴权错误。
///
/// A common code (not in this service's own list).
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 交易异常
pub const FAILEDOPERATION_CALLTRADE: &str = "FailedOperation.CallTrade";

/// FailedOperation.CertificateVerificationFailed
pub const FAILEDOPERATION_CERTIFICATEVERIFICATIONFAILED: &str =
    "FailedOperation.CertificateVerificationFailed";

/// 集群已打开删除保护开关。
pub const FAILEDOPERATION_DELETEPROTECT: &str = "FailedOperation.DeleteProtect";

/// 策略优先级重复
pub const FAILEDOPERATION_DUPLICATEAUTHORIZATIONIDORPRIORITY: &str =
    "FailedOperation.DuplicateAuthorizationIdOrPriority";

/// DuplicatePolicy
pub const FAILEDOPERATION_DUPLICATEPOLICY: &str = "FailedOperation.DuplicatePolicy";

/// DuplicatePriority
pub const FAILEDOPERATION_DUPLICATEPRIORITY: &str = "FailedOperation.DuplicatePriority";

/// FailedOperation.InstanceNotReady
pub const FAILEDOPERATION_INSTANCENOTREADY: &str = "FailedOperation.InstanceNotReady";

/// FailedOperation.InstanceRegistrationCodeEmpty
pub const FAILEDOPERATION_INSTANCEREGISTRATIONCODEEMPTY: &str =
    "FailedOperation.InstanceRegistrationCodeEmpty";

/// 授权策略不支持关闭。
pub const FAILEDOPERATION_NOTSUPPORTDISABLEAUTHORIZATIONPOLICY: &str =
    "FailedOperation.NotSupportDisableAuthorizationPolicy";

/// FailedOperation.PublicKeyVerifyFailed
pub const FAILEDOPERATION_PUBLICKEYVERIFYFAILED: &str = "FailedOperation.PublicKeyVerifyFailed";

/// FailedOperation.RegistrationCodeVerifyFailed
pub const FAILEDOPERATION_REGISTRATIONCODEVERIFYFAILED: &str =
    "FailedOperation.RegistrationCodeVerifyFailed";

/// RelatedDeviceCertificateExists
pub const FAILEDOPERATION_RELATEDDEVICECERTIFICATEEXISTS: &str =
    "FailedOperation.RelatedDeviceCertificateExists";

/// 内部错误。
///
/// A common code (not in this service's own list).
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
///
/// A common code (not in this service's own list).
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// PublicNetworkInvalidParameterValue
pub const INVALIDPARAMETERVALUE_PUBLICNETWORKINVALIDPARAMETERVALUE: &str =
    "InvalidParameterValue.PublicNetworkInvalidParameterValue";

/// InstanceTypeNotMatch
pub const INVALIDPARAMETER_INSTANCETYPENOTMATCH: &str = "InvalidParameter.InstanceTypeNotMatch";

/// 超过配额限制。
///
/// A common code (not in this service's own list).
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// LimitExceeded.TopicNum
pub const LIMITEXCEEDED_TOPICNUM: &str = "LimitExceeded.TopicNum";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
///
/// A common code (not in this service's own list).
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
///
/// A common code (not in this service's own list).
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 授权策略未找到
pub const RESOURCENOTFOUND_AUTHORIZATIONPOLICY: &str = "ResourceNotFound.AuthorizationPolicy";

/// ResourceNotFound.Ca
pub const RESOURCENOTFOUND_CA: &str = "ResourceNotFound.Ca";

/// ResourceNotFound.Certificate
pub const RESOURCENOTFOUND_CERTIFICATE: &str = "ResourceNotFound.Certificate";

/// ResourceNotFound.Instance
pub const RESOURCENOTFOUND_INSTANCE: &str = "ResourceNotFound.Instance";

/// ResourceNotFound.Message
pub const RESOURCENOTFOUND_MESSAGE: &str = "ResourceNotFound.Message";

/// NoAuthenticator
pub const RESOURCENOTFOUND_NOAUTHENTICATOR: &str = "ResourceNotFound.NoAuthenticator";

/// ResourceNotFound.Role
pub const RESOURCENOTFOUND_ROLE: &str = "ResourceNotFound.Role";

/// ResourceNotFound.Topic
pub const RESOURCENOTFOUND_TOPIC: &str = "ResourceNotFound.Topic";

/// 用户名未找到
pub const RESOURCENOTFOUND_USERNAME: &str = "ResourceNotFound.Username";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
///
/// A common code (not in this service's own list).
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
///
/// A common code (not in this service's own list).
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
///
/// A common code (not in this service's own list).
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// UnsupportedOperation.ResourceAlreadyExists
pub const UNSUPPORTEDOPERATION_RESOURCEALREADYEXISTS: &str =
    "UnsupportedOperation.ResourceAlreadyExists";
