//! Error codes of `pts`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_pts::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 当前请求未经CAM授权。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 获取标签失败。
pub const FAILEDOPERATION_ACCESSTAGFAIL: &str = "FailedOperation.AccessTagFail";

/// 数据库查询失败。
pub const FAILEDOPERATION_DBQUERYFAILED: &str = "FailedOperation.DbQueryFailed";

/// 数据库创建记录失败。
pub const FAILEDOPERATION_DBRECORDCREATEFAILED: &str = "FailedOperation.DbRecordCreateFailed";

/// 数据库记录更新失败。
pub const FAILEDOPERATION_DBRECORDUPDATEFAILED: &str = "FailedOperation.DbRecordUpdateFailed";

/// 任务状态不是运行中。
pub const FAILEDOPERATION_JOBSTATUSNOTRUNNING: &str = "FailedOperation.JobStatusNotRunning";

/// 任务中没有task。
pub const FAILEDOPERATION_NOTASKSINJOB: &str = "FailedOperation.NoTasksInJob";

/// 当前环境不支持。
pub const FAILEDOPERATION_NOTSUPPORTEDINENV: &str = "FailedOperation.NotSupportedInEnv";

/// 资源不存在。
pub const FAILEDOPERATION_RESOURCENOTFOUND: &str = "FailedOperation.ResourceNotFound";

/// 请求发送失败。
pub const FAILEDOPERATION_SENDREQUEST: &str = "FailedOperation.SendRequest";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
