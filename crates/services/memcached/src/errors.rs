//! Error codes of `memcached`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_memcached::errors::FAILEDOPERATION_DBOPERATIONFAILED) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 数据库操作异常
pub const FAILEDOPERATION_DBOPERATIONFAILED: &str = "FailedOperation.DbOperationFailed";

/// 系统内部错误
pub const FAILEDOPERATION_SYSTEMERROR: &str = "FailedOperation.SystemError";

/// 内部错误
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 业务参数错误
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数为空
pub const MISSINGPARAMETER_EMPTYPARAM: &str = "MissingParameter.EmptyParam";

/// 未提供有效的账号
pub const RESOURCENOTFOUND_ACCOUNTDOESNOTEXISTS: &str = "ResourceNotFound.AccountDoesNotExists";

/// 请求的实例不存在
pub const RESOURCENOTFOUND_INSTANCENOTEXISTS: &str = "ResourceNotFound.InstanceNotExists";

/// Cam鉴权失败
pub const UNAUTHORIZEDOPERATION_NOCAMAUTHED: &str = "UnauthorizedOperation.NoCAMAuthed";
