//! Error codes of `car`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_car::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 未申请并发或申请后超时。
pub const FAILEDOPERATION_LOCKTIMEOUT: &str = "FailedOperation.LockTimeout";

/// 路径无法找到
pub const FAILEDOPERATION_PATHNOTFOUND: &str = "FailedOperation.PathNotFound";

/// 处理超时。
pub const FAILEDOPERATION_PROCESSTIMEOUT: &str = "FailedOperation.ProcessTimeout";

/// 该UserId请求正在处理中，请稍后再试。
pub const FAILEDOPERATION_SLOWDOWN: &str = "FailedOperation.SlowDown";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// Json 解析失败。
pub const INVALIDPARAMETER_JSONPARSEERROR: &str = "InvalidParameter.JsonParseError";

/// 【多人互动】对应的角色人数超过限制。
pub const LIMITEXCEEDED_ROLE: &str = "LimitExceeded.Role";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 没有空闲并发。
pub const RESOURCENOTFOUND_NOIDLE: &str = "ResourceNotFound.NoIdle";

/// 未找到会话。
pub const RESOURCENOTFOUND_SESSIONNOTFOUND: &str = "ResourceNotFound.SessionNotFound";

/// 访问并发实例失败。
pub const RESOURCEUNAVAILABLE_ACCESSFAILED: &str = "ResourceUnavailable.AccessFailed";

/// 初始化中。
pub const RESOURCEUNAVAILABLE_INITIALIZATION: &str = "ResourceUnavailable.Initialization";

/// 销毁会话中。
pub const UNSUPPORTEDOPERATION_STOPPING: &str = "UnsupportedOperation.Stopping";
