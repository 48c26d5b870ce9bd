//! Error codes of `mqtt`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_mqtt::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

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

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// PublicNetworkInvalidParameterValue
pub const INVALIDPARAMETERVALUE_PUBLICNETWORKINVALIDPARAMETERVALUE: &str =
    "InvalidParameterValue.PublicNetworkInvalidParameterValue";

/// InstanceTypeNotMatch
pub const INVALIDPARAMETER_INSTANCETYPENOTMATCH: &str = "InvalidParameter.InstanceTypeNotMatch";

/// LimitExceeded.TopicNum
pub const LIMITEXCEEDED_TOPICNUM: &str = "LimitExceeded.TopicNum";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

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

/// UnsupportedOperation.ResourceAlreadyExists
pub const UNSUPPORTEDOPERATION_RESOURCEALREADYEXISTS: &str =
    "UnsupportedOperation.ResourceAlreadyExists";
