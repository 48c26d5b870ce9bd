//! Error codes of `ssm`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ssm::errors::AUTHFAILURE) => { /* … */ }
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

/// KMS操作失败。
pub const FAILEDOPERATION_ACCESSKMSERROR: &str = "FailedOperation.AccessKmsError";

/// 凭据被禁止轮转。
pub const FAILEDOPERATION_ROTATIONFORBIDDEN: &str = "FailedOperation.RotationForbidden";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 标签键重复。
pub const INVALIDPARAMETERVALUE_TAGKEYSDUPLICATED: &str = "InvalidParameterValue.TagKeysDuplicated";

/// 标签键或标签值不存在。
pub const INVALIDPARAMETERVALUE_TAGSNOTEXISTED: &str = "InvalidParameterValue.TagsNotExisted";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// AccessKey已经达到上限。
pub const OPERATIONDENIED_ACCESSKEYOVERLIMIT: &str = "OperationDenied.AccessKeyOverLimit";

/// 不允许手动更新具有自动轮换功能的凭据。
pub const OPERATIONDENIED_AUTOROTATEDRESOURCE: &str = "OperationDenied.AutoRotatedResource";

/// 角色不存在。
pub const OPERATIONDENIED_ROLENOTEXIST: &str = "OperationDenied.RoleNotExist";

/// 被操作密钥与账号不匹配。
pub const OPERATIONDENIED_UINNOTMATCH: &str = "OperationDenied.UinNotMatch";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 凭据名已存在。
pub const RESOURCEINUSE_SECRETEXISTS: &str = "ResourceInUse.SecretExists";

/// 服务已经被开通
pub const RESOURCEINUSE_SERVICEALREADYENABLED: &str = "ResourceInUse.ServiceAlreadyEnabled";

/// 版本号已存在。
pub const RESOURCEINUSE_VERSIONIDEXISTS: &str = "ResourceInUse.VersionIdExists";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 凭据不存在。
pub const RESOURCENOTFOUND_SECRETNOTEXIST: &str = "ResourceNotFound.SecretNotExist";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 服务未购买。
pub const RESOURCEUNAVAILABLE_NOTPURCHASED: &str = "ResourceUnavailable.NotPurchased";

/// 凭据被禁用。
pub const RESOURCEUNAVAILABLE_RESOURCEDISABLED: &str = "ResourceUnavailable.ResourceDisabled";

/// 凭据处于计划删除状态。
pub const RESOURCEUNAVAILABLE_RESOURCEPENDINGDELETED: &str =
    "ResourceUnavailable.ResourcePendingDeleted";

/// 凭据未完成初始化。
pub const RESOURCEUNAVAILABLE_RESOURCEUNINITIALIZED: &str =
    "ResourceUnavailable.ResourceUninitialized";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 访问KMS失败。
pub const UNAUTHORIZEDOPERATION_ACCESSKMSERROR: &str = "UnauthorizedOperation.AccessKmsError";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
