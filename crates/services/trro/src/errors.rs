//! Error codes of `trro`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_trro::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 存储连通性测试失败。
pub const FAILEDOPERATION_STORAGECHECKFAILED: &str = "FailedOperation.StorageCheckFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 批量列举 Filter 正则表达式非法。
pub const INVALIDPARAMETERVALUE_INVALIDFILTERREGEX: &str =
    "InvalidParameterValue.InvalidFilterRegex";

/// 视频 URL 不可达或非法。
pub const INVALIDPARAMETERVALUE_INVALIDHTTPURL: &str = "InvalidParameterValue.InvalidHttpUrl";

/// 存储区域与桶实际地域不匹配。
pub const INVALIDPARAMETERVALUE_INVALIDREGION: &str = "InvalidParameterValue.InvalidRegion";

/// 指定前缀下没有视频文件。
pub const INVALIDPARAMETERVALUE_NOVIDEOFILES: &str = "InvalidParameterValue.NoVideoFiles";

/// 存储服务地址不可达。
pub const INVALIDPARAMETERVALUE_STORAGEUNREACHABLE: &str =
    "InvalidParameterValue.StorageUnreachable";

/// 输入文件不是支持的视频格式。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDVIDEOFORMAT: &str =
    "InvalidParameterValue.UnsupportedVideoFormat";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 标注模式未开放。
pub const OPERATIONDENIED_ANNOTATIONTYPENOTENABLED: &str =
    "OperationDenied.AnnotationTypeNotEnabled";

/// license数量不足
pub const OPERATIONDENIED_LICENSESNOTENOUGHERROR: &str = "OperationDenied.LicensesNotEnoughError";

/// 处理项当前状态不可重试。
pub const OPERATIONDENIED_TASKNOTRETRYABLE: &str = "OperationDenied.TaskNotRetryable";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 存储密钥无效或无权限。
pub const UNAUTHORIZEDOPERATION_STORAGEAUTHFAILED: &str = "UnauthorizedOperation.StorageAuthFailed";
