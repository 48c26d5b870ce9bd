//! Error codes of `dbs`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dbs::errors::AUTHFAILURE_UNAUTHORIZEDOPERATIONERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 权限不足
pub const AUTHFAILURE_UNAUTHORIZEDOPERATIONERROR: &str = "AuthFailure.UnauthorizedOperationError";

/// 创建备份失败
pub const FAILEDOPERATION_CREATEBACKUPERR: &str = "FailedOperation.CreateBackupErr";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 数据库访问错误。
pub const INTERNALERROR_DATABASEACCESSERROR: &str = "InternalError.DatabaseAccessError";

/// 内部请求失败错误
pub const INTERNALERROR_INTERNALHTTPSERVERERROR: &str = "InternalError.InternalHttpServerError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 不允许的操作
pub const OPERATIONDENIED_BIZOPERATIONDENIEDERROR: &str = "OperationDenied.BizOperationDeniedError";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
