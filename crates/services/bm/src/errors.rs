//! Error codes of `bm`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_bm::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 存在未结束故障单，操作失败。
pub const FAILEDOPERATION_EXISTREPAIRTASK: &str = "FailedOperation.ExistRepairTask";

/// Tsc Agent不在线。
pub const FAILEDOPERATION_TSCAGENTOFFLINE: &str = "FailedOperation.TscAgentOffline";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETER: &str = "InvalidParameterValue.InvalidParameter";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 脚本数量超过上限。
pub const LIMITEXCEEDED_USERCMDCOUNT: &str = "LimitExceeded.UserCmdCount";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 设备不足。
pub const RESOURCEINSUFFICIENT_DEVICEINSUFFICIENT: &str = "ResourceInsufficient.DeviceInsufficient";

/// 流程操作繁忙，请稍后重试。
pub const RESOURCEINUSE_FLOWBUSY: &str = "ResourceInUse.FlowBusy";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 余额不足。
pub const UNSUPPORTEDOPERATION_FUNDINSUFFICIENT: &str = "UnsupportedOperation.FundInsufficient";

/// 设备不支持此操作。
pub const UNSUPPORTEDOPERATION_INVALIDOPERATION: &str = "UnsupportedOperation.InvalidOperation";
