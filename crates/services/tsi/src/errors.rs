//! Error codes of `tsi`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tsi::errors::INVALIDPARAMETER_MISSINGPARAMETER) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 参数错误。
pub const INVALIDPARAMETER_MISSINGPARAMETER: &str = "InvalidParameter.MissingParameter";

/// 不支持的 AudioFormat 参数，请参照文档说明。
pub const UNSUPPORTEDOPERATION_AUDIOFORMAT: &str = "UnsupportedOperation.AudioFormat";

/// 不支持的 IsEnd 参数，请参照文档说明。
pub const UNSUPPORTEDOPERATION_ISEND: &str = "UnsupportedOperation.IsEnd";

/// 不支持的 IsNew 参数，请参照文档说明。
pub const UNSUPPORTEDOPERATION_ISNEW: &str = "UnsupportedOperation.IsNew";

/// 不支持的 SeMax 参数，请参照文档说明。
pub const UNSUPPORTEDOPERATION_SEMAX: &str = "UnsupportedOperation.SeMax";

/// 不支持的 TranslateTime 参数，请参照文档说明。
pub const UNSUPPORTEDOPERATION_TRANSLATETIME: &str = "UnsupportedOperation.TranslateTime";
