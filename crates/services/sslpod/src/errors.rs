//! Error codes of `sslpod`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_sslpod::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 重复添加。
pub const FAILEDOPERATION_REPETITIONADD: &str = "FailedOperation.RepetitionAdd";

/// 解析域名失败。
pub const FAILEDOPERATION_RESOLVEDOMAINFAILED: &str = "FailedOperation.ResolveDomainFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 无效的通知类型。
pub const INVALIDPARAMETERVALUE_INVALIDNOTICETYPE: &str = "InvalidParameterValue.InvalidNoticeType";

/// 无效的搜索类型。
pub const INVALIDPARAMETERVALUE_INVALIDSEARCHTYPE: &str = "InvalidParameterValue.InvalidSearchType";

/// 无效的域名。
pub const INVALIDPARAMETER_INVALIDDOMAIN: &str = "InvalidParameter.InvalidDomain";

/// 无效的IP。
pub const INVALIDPARAMETER_INVALIDIP: &str = "InvalidParameter.InvalidIP";

/// 无效的端口。
pub const INVALIDPARAMETER_INVALIDPORT: &str = "InvalidParameter.InvalidPort";

/// 无效的监控类型。
pub const INVALIDPARAMETER_INVALIDSERVERTYPE: &str = "InvalidParameter.InvalidServerType";

/// 标签不合规。
pub const INVALIDPARAMETER_INVALIDTAGNAME: &str = "InvalidParameter.InvalidTagName";

/// 添加标签过多。
pub const INVALIDPARAMETER_TOOMANYTAG: &str = "InvalidParameter.TooManyTag";

/// 套餐管理额度已满。
pub const LIMITEXCEEDED_ADDEXCEEDED: &str = "LimitExceeded.AddExceeded";

/// 套餐监控额度已满。
pub const LIMITEXCEEDED_MONITOREXCEEDED: &str = "LimitExceeded.MonitorExceeded";

/// 产品不存在。
pub const RESOURCENOTFOUND_PRODUCT: &str = "ResourceNotFound.Product";
