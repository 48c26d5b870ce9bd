//! Error codes of `bizlive`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_bizlive::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 带宽不足
pub const FAILEDOPERATION_LACKBANDWIDTH: &str = "FailedOperation.LackBandwidth";

/// 内部错误
pub const INTERNALERROR: &str = "InternalError";

/// 调用内部服务错误。
pub const INTERNALERROR_CALLOTHERSVRERROR: &str = "InternalError.CallOtherSvrError";

/// 配置不存在。
pub const INTERNALERROR_CONFIGNOTEXIST: &str = "InternalError.ConfigNotExist";

/// DB执行错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 获取用户账号错误。
pub const INTERNALERROR_GETBIZIDERROR: &str = "InternalError.GetBizidError";

/// 获取流信息失败。
pub const INTERNALERROR_GETSTREAMINFOERROR: &str = "InternalError.GetStreamInfoError";

/// 获取直播源信息错误。
pub const INTERNALERROR_GETUPSTREAMINFOERROR: &str = "InternalError.GetUpstreamInfoError";

/// 无权限操作。
pub const INTERNALERROR_NOTPERMMITOPERAT: &str = "InternalError.NotPermmitOperat";

/// 流状态异常。
pub const INTERNALERROR_STREAMSTATUSERROR: &str = "InternalError.StreamStatusError";

/// 更新数据失败。
pub const INTERNALERROR_UPDATEDATAERROR: &str = "InternalError.UpdateDataError";

/// 参数错误
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// Json解析失败
pub const INVALIDPARAMETER_JSONPARSEERROR: &str = "InvalidParameter.JsonParseError";

/// 确认插件是否有IM能力
pub const LIMITEXCEEDED_NOIMABILITY: &str = "LimitExceeded.NoIMAbility";

/// 缺少参数错误
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 没有空闲机器
pub const RESOURCENOTFOUND_NOIDLE: &str = "ResourceNotFound.NoIdle";
