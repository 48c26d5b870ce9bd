//! Error codes of `bpaas`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_bpaas::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 数据上报失败。
pub const FAILEDOPERATION_SENDTOCKAFKA: &str = "FailedOperation.SendToCkafka";

/// 鉴权失败。
pub const INTERNALERROR_CAUTHERROR: &str = "InternalError.CauthError";

/// 插入db失败。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DbError";

/// 已经审批。
pub const INVALIDPARAMETER_HASBEENAPPROVED: &str = "InvalidParameter.HasBeenApproved";

/// id不存在。
pub const INVALIDPARAMETER_IDNOTEXIST: &str = "InvalidParameter.IdNotExist";

/// 非法流程节点。
pub const INVALIDPARAMETER_ILLEGALNODE: &str = "InvalidParameter.IllegalNode";

/// 没有权限操作。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";
