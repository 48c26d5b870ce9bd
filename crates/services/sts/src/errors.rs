//! Error codes of `sts`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_sts::errors::AUTHFAILURE_ACCESSKEYILLEGAL) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 密钥不合法。
pub const AUTHFAILURE_ACCESSKEYILLEGAL: &str = "AuthFailure.AccessKeyIllegal";

/// 校验MFA失败
pub const FAILEDOPERATION_CHECKMFAERROR: &str = "FailedOperation.CheckMFAError";

/// MFA类型不支持
pub const FAILEDOPERATION_MFATYPENOTSUPPORTED: &str = "FailedOperation.MFATypeNotSupported";

/// 该接口不支持临时密钥调用
pub const FAILEDOPERATION_TEMPKEYNOTALLOWED: &str = "FailedOperation.TempKeyNotAllowed";

/// DB错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DbError";

/// 加密失败。
pub const INTERNALERROR_ENCRYPTERROR: &str = "InternalError.EncryptError";

/// 获取appid错误。
pub const INTERNALERROR_GETAPPIDERROR: &str = "InternalError.GetAppIdError";

/// 获取角色失败。
pub const INTERNALERROR_GETROLEERROR: &str = "InternalError.GetRoleError";

/// 获取token失败。
pub const INTERNALERROR_GETSEEDTOKENERROR: &str = "InternalError.GetSeedTokenError";

/// 角色非法。
pub const INTERNALERROR_ILLEGALROLE: &str = "InternalError.IllegalRole";

/// pb打包失败。
pub const INTERNALERROR_PBSERIALIZEERROR: &str = "InternalError.PbSerializeError";

/// 系统内部错误，如网络错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 未知错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 不支持该类型密钥。
pub const INVALIDPARAMETER_ACCESSKEYNOTSUPPORT: &str = "InvalidParameter.AccessKeyNotSupport";

/// 账号不存在或不可用。
pub const INVALIDPARAMETER_ACCOUNTNOTAVALIABLE: &str = "InvalidParameter.AccountNotAvaliable";

/// 扩展策略过大。
pub const INVALIDPARAMETER_EXTENDSTRATEGYOVERSIZE: &str = "InvalidParameter.ExtendStrategyOverSize";

/// 越权访问资源。
pub const INVALIDPARAMETER_GRANTOTHERRESOURCE: &str = "InvalidParameter.GrantOtherResource";

/// 超过频率限制。
pub const INVALIDPARAMETER_OVERLIMIT: &str = "InvalidParameter.OverLimit";

/// 过期时间超过阈值。
pub const INVALIDPARAMETER_OVERTIMEERROR: &str = "InvalidParameter.OverTimeError";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 策略过长。
pub const INVALIDPARAMETER_POLICYTOOLONG: &str = "InvalidParameter.PolicyTooLong";

/// 策略资源六段式错误。
pub const INVALIDPARAMETER_RESOUCEERROR: &str = "InvalidParameter.ResouceError";

/// 策略语法错误。
pub const INVALIDPARAMETER_STRATEGYFORMATERROR: &str = "InvalidParameter.StrategyFormatError";

/// 非法策略。
pub const INVALIDPARAMETER_STRATEGYINVALID: &str = "InvalidParameter.StrategyInvalid";

/// 临时Code无效。
pub const INVALIDPARAMETER_TEMPCODENOTAVALIABLE: &str = "InvalidParameter.TempCodeNotAvaliable";

/// WebIdentityToken参数错误。
pub const INVALIDPARAMETER_WEBIDENTITYTOKENERROR: &str = "InvalidParameter.WebIdentityTokenError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 账号对应的角色不存在。
pub const RESOURCENOTFOUND_ROLENOTFOUND: &str = "ResourceNotFound.RoleNotFound";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
