//! Error codes of `wss`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_wss::errors::FAILEDOPERATION_CERTINVALIDPARAM) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 证书类型错误。
pub const FAILEDOPERATION_CERTINVALIDPARAM: &str = "FailedOperation.CertInvalidParam";

/// 证书与密钥不对应。
pub const FAILEDOPERATION_CERTMISMATCH: &str = "FailedOperation.CertMismatch";

/// 证书格式错误。
pub const FAILEDOPERATION_INVALIDCERT: &str = "FailedOperation.InvalidCert";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 网络错误，请稍后重试。
pub const INTERNALERROR_DOMAININTERNALERROR: &str = "InternalError.DomainInternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 请求类型错误。
pub const INVALIDPARAMETER_REPTYPEISINVALID: &str = "InvalidParameter.RepTypeIsInvalid";
