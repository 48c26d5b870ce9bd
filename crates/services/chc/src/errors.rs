//! Error codes of `chc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_chc::errors::INVALIDPARAMETERVALUE_ENDTIMELOWERTHANSTARTTIME) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 结束时间必须大于起始时间
pub const INVALIDPARAMETERVALUE_ENDTIMELOWERTHANSTARTTIME: &str =
    "InvalidParameterValue.EndTimeLowerThanStartTime";

/// 物资放行/ 退出交接工单，传入的额外参数不匹配
pub const INVALIDPARAMETERVALUE_INVALIDEXTRAPARAMETERCOMBINATION: &str =
    "InvalidParameterValue.InvalidExtraParameterCombination";

/// 非法的参数组合
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERCOMBINATION: &str =
    "InvalidParameterValue.InvalidParameterCombination";

/// 时间格式不符合规范
pub const INVALIDPARAMETERVALUE_INVALIDTIMEFORMAT: &str = "InvalidParameterValue.InvalidTimeFormat";

/// 非法的工单类型
pub const INVALIDPARAMETERVALUE_INVALIDWORKORDERTYPE: &str =
    "InvalidParameterValue.InvalidWorkOrderType";
