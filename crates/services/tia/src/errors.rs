//! Error codes of `tia`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tia::errors::FAILEDOPERATION_ALREADYEXISTS) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 资源已存在。
pub const FAILEDOPERATION_ALREADYEXISTS: &str = "FailedOperation.AlreadyExists";

/// 操作超时。
pub const FAILEDOPERATION_TIMEOUT: &str = "FailedOperation.TimeOut";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部系统错误。
pub const INTERNALERROR_SYSTEM: &str = "InternalError.System";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// Code传入错误。
pub const INVALIDPARAMETERVALUE_CODE: &str = "InvalidParameterValue.Code";

/// Description传入错误。
pub const INVALIDPARAMETERVALUE_DESCRIPTION: &str = "InvalidParameterValue.Description";

/// Environment传入错误。
pub const INVALIDPARAMETERVALUE_ENVIRONMENT: &str = "InvalidParameterValue.Environment";

/// 函数不存在。
pub const INVALIDPARAMETERVALUE_FUNCTIONNAME: &str = "InvalidParameterValue.FunctionName";

/// Handler传入错误。
pub const INVALIDPARAMETERVALUE_HANDLER: &str = "InvalidParameterValue.Handler";

/// Order传入错误。
pub const INVALIDPARAMETERVALUE_ORDER: &str = "InvalidParameterValue.Order";

/// Orderby传入错误。
pub const INVALIDPARAMETERVALUE_ORDERBY: &str = "InvalidParameterValue.Orderby";

/// Runtime传入错误。
pub const INVALIDPARAMETERVALUE_RUNTIME: &str = "InvalidParameterValue.Runtime";

/// 函数数量超出最大限制。
pub const LIMITEXCEEDED_FUNCTION: &str = "LimitExceeded.Function";

/// 内存超出最大限制。
pub const LIMITEXCEEDED_MEMORY: &str = "LimitExceeded.Memory";

/// Timeout超出最大限制。
pub const LIMITEXCEEDED_TIMEOUT: &str = "LimitExceeded.Timeout";

/// Code没有传入。
pub const MISSINGPARAMETER_CODE: &str = "MissingParameter.Code";

/// FunctionName已存在。
pub const RESOURCEINUSE_FUNCTIONNAME: &str = "ResourceInUse.FunctionName";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 函数不存在。
pub const RESOURCENOTFOUND_FUNCTIONNAME: &str = "ResourceNotFound.FunctionName";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// CAM鉴权失败。
pub const UNAUTHORIZEDOPERATION_CAM: &str = "UnauthorizedOperation.CAM";

/// Region错误。
pub const UNAUTHORIZEDOPERATION_REGION: &str = "UnauthorizedOperation.Region";

/// 集群版本过低。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDVERSION: &str = "UnsupportedOperation.UnsupportedVersion";
