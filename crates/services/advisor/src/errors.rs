//! Error codes of `advisor`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_advisor::errors::INTERNALERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 依赖的db出错。
pub const INTERNALERROR_DEPENDSDB: &str = "InternalError.DependsDb";

/// 系统错误。
pub const INTERNALERROR_SYSTEM: &str = "InternalError.System";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";
