//! Error codes of `bri`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_bri::errors::INTERNALERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 查询超时
pub const INTERNALERROR_TIMEOUT: &str = "InternalError.Timeout";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// CertMd5参数错误
pub const INVALIDPARAMETER_CERTMD5: &str = "InvalidParameter.CertMd5";

/// FileMd5参数错误
pub const INVALIDPARAMETER_FILEMD5: &str = "InvalidParameter.FileMd5";

/// FileSize参数错误
pub const INVALIDPARAMETER_FILESIZE: &str = "InvalidParameter.FileSize";

/// Imei参数错误
pub const INVALIDPARAMETER_IMEI: &str = "InvalidParameter.Imei";

/// 接口不存在
pub const INVALIDPARAMETER_INVALIDACTION: &str = "InvalidParameter.InvalidAction";

/// IP参数错误
pub const INVALIDPARAMETER_IP: &str = "InvalidParameter.Ip";

/// 包名填写错误
pub const INVALIDPARAMETER_PACKAGENAME: &str = "InvalidParameter.PackageName";

/// PhoneNumber参数错误
pub const INVALIDPARAMETER_PHONENUMBER: &str = "InvalidParameter.PhoneNumber";

/// QQ参数错误
pub const INVALIDPARAMETER_QQ: &str = "InvalidParameter.QQ";

/// Service参数错误
pub const INVALIDPARAMETER_SERVICE: &str = "InvalidParameter.Service";

/// Url参数错误
pub const INVALIDPARAMETER_URL: &str = "InvalidParameter.Url";

/// Wechat参数错误
pub const INVALIDPARAMETER_WECHAT: &str = "InvalidParameter.Wechat";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";
