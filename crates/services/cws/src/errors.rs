//! Error codes of `cws`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cws::errors::INTERNALERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// url已经添加。
pub const INVALIDPARAMETER_DUPLICATE: &str = "InvalidParameter.Duplicate";

/// 错误的数据格式。
pub const INVALIDPARAMETER_MALFORMED: &str = "InvalidParameter.Malformed";

/// 请求的数据不存在。
pub const INVALIDPARAMETER_NOTFOUND: &str = "InvalidParameter.NotFound";

/// 站点已添加至其他监控，不能重复添加。
pub const LIMITEXCEEDED_MONITORQUOTA: &str = "LimitExceeded.MonitorQuota";

/// 超出购买的扫描次数。
pub const LIMITEXCEEDED_SCANQUOTA: &str = "LimitExceeded.ScanQuota";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
