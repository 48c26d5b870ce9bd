//! Error codes of `afc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_afc::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 验证码签名错误。
pub const AUTHFAILURE_CAPSIGERROR: &str = "AuthFailure.CapSigError";

/// 请求过期。
pub const AUTHFAILURE_EXPIRED: &str = "AuthFailure.Expired";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 业务系统逻辑错误。
pub const INTERNALERROR_BACKENDLOGICERROR: &str = "InternalError.BackendLogicError";

/// Sign后端错误。
pub const INTERNALERROR_SIGNBACKENDERROR: &str = "InternalError.SignBackendError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// BadBody。
pub const INVALIDPARAMETERVALUE_BADBODY: &str = "InvalidParameterValue.BadBody";

/// 请求包过大。
pub const INVALIDPARAMETERVALUE_BODYTOOLARGE: &str = "InvalidParameterValue.BodyTooLarge";

/// 验证码不匹配。
pub const INVALIDPARAMETERVALUE_CAPMISMATCH: &str = "InvalidParameterValue.CapMisMatch";

/// HTTP方法错误。
pub const INVALIDPARAMETERVALUE_HTTPMETHODERROR: &str = "InvalidParameterValue.HttpMethodError";

/// 日期取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDDATE: &str = "InvalidParameterValue.InvalidDate";

/// PageLimit取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDLIMIT: &str = "InvalidParameterValue.InvalidLimit";

/// SrvName取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDSRVNAME: &str = "InvalidParameterValue.InvalidSrvName";

/// Stride取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDSTRIDE: &str = "InvalidParameterValue.InvalidStride";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// URL错误。
pub const INVALIDPARAMETER_URLERROR: &str = "InvalidParameter.UrlError";

/// 版本错误。
pub const INVALIDPARAMETER_VERSIONERROR: &str = "InvalidParameter.VersionError";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 超过配额。
pub const LIMITEXCEEDED_FREQCNT: &str = "LimitExceeded.FreqCnt";

/// 超过配额。
pub const LIMITEXCEEDED_IPFREQCNT: &str = "LimitExceeded.IpFreqCnt";

/// 关键词频控限制。
pub const LIMITEXCEEDED_KEYFREQCNT: &str = "LimitExceeded.KeyFreqCnt";

/// 重放攻击。
pub const LIMITEXCEEDED_REPLAYATTACK: &str = "LimitExceeded.ReplayAttack";

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

/// 接口不存在。
pub const RESOURCENOTFOUND_INTERFACENOTFOUND: &str = "ResourceNotFound.InterfaceNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未开通服务权限。
pub const RESOURCEUNAVAILABLE_PERMISSIONDENIED: &str = "ResourceUnavailable.PermissionDenied";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 鉴权失败。
pub const UNAUTHORIZEDOPERATION_AUTHFAILED: &str = "UnauthorizedOperation.AuthFailed";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 密钥不存在。
pub const UNKNOWNPARAMETER_SECRETIDNOTEXISTS: &str = "UnknownParameter.SecretIdNotExists";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
