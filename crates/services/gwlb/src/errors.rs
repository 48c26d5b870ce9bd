//! Error codes of `gwlb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_gwlb::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// FailedOperation.ResourceInOperating
pub const FAILEDOPERATION_RESOURCEINOPERATING: &str = "FailedOperation.ResourceInOperating";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 存在相同的值。
pub const INVALIDPARAMETERVALUE_DUPLICATE: &str = "InvalidParameterValue.Duplicate";

/// Filter参数输入错误。
pub const INVALIDPARAMETERVALUE_INVALIDFILTER: &str = "InvalidParameterValue.InvalidFilter";

/// InvalidParameterValue.Length
pub const INVALIDPARAMETERVALUE_LENGTH: &str = "InvalidParameterValue.Length";

/// 输入参数值不在合法的范围内。
pub const INVALIDPARAMETERVALUE_RANGE: &str = "InvalidParameterValue.Range";

/// InvalidParameter.FormatError
pub const INVALIDPARAMETER_FORMATERROR: &str = "InvalidParameter.FormatError";

/// InvalidParameter.RegionNotFound
pub const INVALIDPARAMETER_REGIONNOTFOUND: &str = "InvalidParameter.RegionNotFound";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
