//! Error codes of `lkeap`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_lkeap::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 引擎层内部错误。
pub const FAILEDOPERATION_ENGINESERVERERROR: &str = "FailedOperation.EngineServerError";

/// 解析失败。
pub const FAILEDOPERATION_FILEPARSEERROR: &str = "FailedOperation.FileParseError";

/// 文档解析超时。
pub const FAILEDOPERATION_FILEPARSETIMEOUT: &str = "FailedOperation.FileParseTimeout";

/// 内部错误。
pub const FAILEDOPERATION_INTERNALERROR: &str = "FailedOperation.InternalError";

/// 暂不支持解析该文件。
pub const FAILEDOPERATION_NONSUPPORTPARSE: &str = "FailedOperation.NonsupportParse";

/// FailedOperation.OcrFailed
pub const FAILEDOPERATION_OCRFAILED: &str = "FailedOperation.OcrFailed";

/// 内部未知错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 服务未开通。
pub const FAILEDOPERATION_UNOPENERROR: &str = "FailedOperation.UnOpenError";

/// 生成识别结果文件访问url失败，请稍后重试。
pub const FAILEDOPERATION_UPLOADRESULTFILEFAILED: &str = "FailedOperation.UploadResultFileFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.InvalidParameterValueLimit";

/// 文件url链接不正确。
pub const INVALIDPARAMETER_FILEURLINVALID: &str = "InvalidParameter.FileURLInvalid";

/// 无效的文件格式。
pub const INVALIDPARAMETER_INVALIDFILEFORMAT: &str = "InvalidParameter.InvalidFileFormat";

/// 无效的文件类型。
pub const INVALIDPARAMETER_INVALIDFILETYPE: &str = "InvalidParameter.InvalidFileType";

/// 超过最大文件页数限制
pub const LIMITEXCEEDED_EXCEEDEDMAXPAGESERROR: &str = "LimitExceeded.ExceededMaxPagesError";

/// 文件太大
pub const LIMITEXCEEDED_TOOLARGEFILEERROR: &str = "LimitExceeded.TooLargeFileError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 计费状态异常。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 账号资源包耗尽。
pub const RESOURCEUNAVAILABLE_RESOURCEPACKAGERUNOUT: &str =
    "ResourceUnavailable.ResourcePackageRunOut";
