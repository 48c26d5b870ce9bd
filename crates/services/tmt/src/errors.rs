//! Error codes of `tmt`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tmt::errors::FAILEDOPERATION_DECODEERR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 图片解码失败
pub const FAILEDOPERATION_DECODEERR: &str = "FailedOperation.DecodeErr";

/// 图片下载出错
pub const FAILEDOPERATION_DOWNLOADERR: &str = "FailedOperation.DownloadErr";

/// 用户区域与请求服务区域不一致。
pub const FAILEDOPERATION_ERRORUSERAREA: &str = "FailedOperation.ErrorUserArea";

/// 本月免费额度已用完，如需继续使用您可以在机器翻译控制台升级为付费使用。
pub const FAILEDOPERATION_NOFREEAMOUNT: &str = "FailedOperation.NoFreeAmount";

/// 账号因为欠费停止服务，请在腾讯云账户充值。
pub const FAILEDOPERATION_SERVICEISOLATE: &str = "FailedOperation.ServiceIsolate";

/// 账号已停服。
pub const FAILEDOPERATION_STOPUSING: &str = "FailedOperation.StopUsing";

/// 服务未开通，请在腾讯云官网机器翻译控制台开通服务。
pub const FAILEDOPERATION_USERNOTREGISTERED: &str = "FailedOperation.UserNotRegistered";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 后台服务超时，请稍后重试。
pub const INTERNALERROR_BACKENDTIMEOUT: &str = "InternalError.BackendTimeout";

/// 未知错误。
pub const INTERNALERROR_ERRORUNKNOWN: &str = "InternalError.ErrorUnknown";

/// 请求失败。
pub const INTERNALERROR_REQUESTFAILED: &str = "InternalError.RequestFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数错误。
pub const INVALIDPARAMETER_MISSINGPARAMETER: &str = "InvalidParameter.MissingParameter";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 请填写正确的Action字段名称。
pub const UNAUTHORIZEDOPERATION_ACTIONNOTFOUND: &str = "UnauthorizedOperation.ActionNotFound";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 不支持的语言，请参照语言列表。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDLANGUAGE: &str =
    "UnsupportedOperation.UnsupportedLanguage";

/// 不支持的源语言，请参照语言列表。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDSOURCELANGUAGE: &str =
    "UnsupportedOperation.UnsupportedSourceLanguage";

/// 不支持的目标语言，请参照语言列表。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDTARGETLANGUAGE: &str =
    "UnsupportedOperation.UnSupportedTargetLanguage";
