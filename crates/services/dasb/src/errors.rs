//! Error codes of `dasb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dasb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 账号或密码错误。
pub const FAILEDOPERATION_AUTHFAILED: &str = "FailedOperation.AuthFailed";

/// 连接服务器失败。
pub const FAILEDOPERATION_CONNECTIONFAILED: &str = "FailedOperation.ConnectionFailed";

/// 目标数据不存在。
pub const FAILEDOPERATION_DATANOTFOUND: &str = "FailedOperation.DataNotFound";

/// 重复数据。
pub const FAILEDOPERATION_DUPLICATEDATA: &str = "FailedOperation.DuplicateData";

/// 操作过于频繁，请稍后再试。
pub const FAILEDOPERATION_TOOFREQUENT: &str = "FailedOperation.TooFrequent";

/// 该VPC已开通服务，请选择其他VPC。
pub const FAILEDOPERATION_VPCDEPLOYED: &str = "FailedOperation.VPCDeployed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 无效的资源ID，用于资源不存在或已过期。
pub const INVALIDPARAMETER_RESOURCEID: &str = "InvalidParameter.ResourceId";

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

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 无操作权限。
pub const UNAUTHORIZEDOPERATION_NOPERMISSION: &str = "UnauthorizedOperation.NoPermission";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
