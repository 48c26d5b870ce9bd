//! Error codes of `gs`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_gs::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 应用创建失败。
pub const FAILEDOPERATION_APPLICATIONCREATEFAIL: &str = "FailedOperation.ApplicationCreateFail";

/// 应用锁定失败。
pub const FAILEDOPERATION_APPLICATIONLOCKFAIL: &str = "FailedOperation.ApplicationLockFail";

/// 应用不存在。
pub const FAILEDOPERATION_APPLICATIONNOTFIND: &str = "FailedOperation.ApplicationNotFind";

/// 游戏锁定失败。
pub const FAILEDOPERATION_GAMELOCKFAIL: &str = "FailedOperation.GameLockFail";

/// 游戏不存在。
pub const FAILEDOPERATION_GAMENOTFIND: &str = "FailedOperation.GameNotFind";

/// 锁定机器超时或未调用TrylockWorker。
pub const FAILEDOPERATION_LOCKTIMEOUT: &str = "FailedOperation.LockTimeout";

/// 处理超时。
pub const FAILEDOPERATION_PROCESSTIMEOUT: &str = "FailedOperation.ProcessTimeout";

/// 请降低访问频率。
pub const FAILEDOPERATION_SLOWDOWN: &str = "FailedOperation.SlowDown";

/// 操作超时。
pub const FAILEDOPERATION_TIMEOUT: &str = "FailedOperation.Timeout";

/// 请求太频繁。
pub const FAILEDOPERATION_TOOFREQUENTLY: &str = "FailedOperation.TooFrequently";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// Json解析失败。
pub const INVALIDPARAMETER_JSONPARSEERROR: &str = "InvalidParameter.JsonParseError";

/// 【多人游戏】对应的角色人数超过限制。
pub const LIMITEXCEEDED_ROLE: &str = "LimitExceeded.Role";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 超出应用数量限制。
pub const OPERATIONDENIED_APPLICATIONLIMITEXCEEDED: &str =
    "OperationDenied.ApplicationLimitExceeded";

/// 版本正在创建。
pub const OPERATIONDENIED_VERSIONCREATING: &str = "OperationDenied.VersionCreating";

/// 超过版本数量限制。
pub const OPERATIONDENIED_VERSIONLIMITEXCEEDED: &str = "OperationDenied.VersionLimitExceeded";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 没有空闲机器。
pub const RESOURCENOTFOUND_NOIDLE: &str = "ResourceNotFound.NoIdle";

/// 会话未找到。
pub const RESOURCENOTFOUND_SESSIONNOTFOUND: &str = "ResourceNotFound.SessionNotFound";

/// 访问并发实例失败。
pub const RESOURCEUNAVAILABLE_ACCESSFAILED: &str = "ResourceUnavailable.AccessFailed";

/// 机器还在初始化中。
pub const RESOURCEUNAVAILABLE_INITIALIZATION: &str = "ResourceUnavailable.Initialization";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 机器未运行。
pub const UNSUPPORTEDOPERATION_NOTRUNNING: &str = "UnsupportedOperation.NotRunning";

/// 退出游戏中。
pub const UNSUPPORTEDOPERATION_STOPPING: &str = "UnsupportedOperation.Stopping";
