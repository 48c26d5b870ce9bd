//! Error codes of `cetcd`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cetcd::errors::FAILEDOPERATION_RESOURCEEXISTALREADY) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 资源已存在。
pub const FAILEDOPERATION_RESOURCEEXISTALREADY: &str = "FailedOperation.ResourceExistAlready";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 记录未找到。
pub const INTERNALERROR_DBRECORDNOTFOUND: &str = "InternalError.DbRecordNotFound";

/// 内部错误。
pub const INTERNALERROR_UNEXPECTEDINTERNAL: &str = "InternalError.UnexpectedInternal";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数错误。
pub const INVALIDPARAMETER_PARAM: &str = "InvalidParameter.Param";

/// etcd配额达到限制。
pub const LIMITEXCEEDED_QUOTAETCDLIMIT: &str = "LimitExceeded.QuotaEtcdLimit";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// Prometheus状态异常。
pub const RESOURCEUNAVAILABLE_PROMETHEUSSTATUSERROR: &str =
    "ResourceUnavailable.PrometheusStatusError";

/// CAM权限校验失败。
pub const UNAUTHORIZEDOPERATION_CAMNOAUTH: &str = "UnauthorizedOperation.CamNoAuth";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
