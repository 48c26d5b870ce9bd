//! Error codes of `yunsou`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_yunsou::errors::FAILEDOPERATION_ACCOUNTINFO) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 查询用户信息失败。
pub const FAILEDOPERATION_ACCOUNTINFO: &str = "FailedOperation.AccountInfo";

/// 查询应用信息失败。
pub const FAILEDOPERATION_APPINFO: &str = "FailedOperation.AppInfo";

/// 搜索接口异常。
pub const FAILEDOPERATION_SEARCH: &str = "FailedOperation.Search";

/// 数据上传异常。
pub const FAILEDOPERATION_UPLOADDATAAPIFAIL: &str = "FailedOperation.UploadDataApiFail";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 数据文件无效。
pub const INVALIDPARAMETER_DATACONTENT: &str = "InvalidParameter.DataContent";

/// 请求的次数超过了频率限制。
pub const LIMITEXCEEDED_SEARCH: &str = "LimitExceeded.Search";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
