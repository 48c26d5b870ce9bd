//! Error codes of `tbp`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tbp::errors::INTERNALERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 调用元数据服务失败。
pub const INTERNALERROR_CALLMMSFAILED: &str = "InternalError.CallMMSFailed";

/// 请求ASR服务失败。
pub const INTERNALERROR_ERRORASR: &str = "InternalError.ErrorAsr";

/// 查询数据库失败，没有对应数据。
pub const INTERNALERROR_ERRORMMS: &str = "InternalError.ErrorMms";

/// nlu处理失败。
pub const INTERNALERROR_ERRORNLU: &str = "InternalError.ErrorNlu";

/// rpc调用失败。
pub const INTERNALERROR_ERRORRPC: &str = "InternalError.ErrorRpc";

/// 请求TTS服务失败。
pub const INTERNALERROR_ERRORTTS: &str = "InternalError.ErrorTts";

/// webHook处理失败。
pub const INTERNALERROR_ERRORWEBHOOK: &str = "InternalError.ErrorWebHook";

/// 查询元数据失败，没有对应数据。
pub const INTERNALERROR_MMSINTERNALERROR: &str = "InternalError.MMSInternalError";

/// 未开通相关应用访问权限。
pub const INTERNALERROR_NOAPPPRIVILEGE: &str = "InternalError.NoAppPrivilege";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";
