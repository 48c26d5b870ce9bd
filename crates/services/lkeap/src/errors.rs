//! Error codes of `lkeap`, to compare with `tencent_cloud_core::Error::code()`; generated
//! by `cargo xtask regen`. Do not edit.
//!
//! From the official Python SDK, tencentcloud-sdk-python 3.1.195 (its
//! `errorcodes.py` files, Apache-2.0, Copyright Tencent), the release whose models
//! match the specs: the service's codes (its names, as in the Python and Go SDKs) and
//! the common codes at least a quarter of all services list. A code not here still
//! arrives, as a string.
//!
//! ```ignore
//! match err.code() {
//!     Some(tencent_cloud_lkeap::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

/// CAM签名/鉴权错误。
///
/// A common code (not in this service's own list).
pub const AUTHFAILURE: &str = "AuthFailure";

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

/// 参数取值错误。
///
/// A common code (not in this service's own list).
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.InvalidParameterValueLimit";

/// 文件url链接不正确。
pub const INVALIDPARAMETER_FILEURLINVALID: &str = "InvalidParameter.FileURLInvalid";

/// 无效的文件格式。
pub const INVALIDPARAMETER_INVALIDFILEFORMAT: &str = "InvalidParameter.InvalidFileFormat";

/// 无效的文件类型。
pub const INVALIDPARAMETER_INVALIDFILETYPE: &str = "InvalidParameter.InvalidFileType";

/// 超过配额限制。
///
/// A common code (not in this service's own list).
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 超过最大文件页数限制
pub const LIMITEXCEEDED_EXCEEDEDMAXPAGESERROR: &str = "LimitExceeded.ExceededMaxPagesError";

/// 文件太大
pub const LIMITEXCEEDED_TOOLARGEFILEERROR: &str = "LimitExceeded.TooLargeFileError";

/// 缺少参数错误。
///
/// A common code (not in this service's own list).
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
///
/// A common code (not in this service's own list).
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
///
/// A common code (not in this service's own list).
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
///
/// A common code (not in this service's own list).
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
///
/// A common code (not in this service's own list).
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 计费状态异常。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 资源不可用。
///
/// A common code (not in this service's own list).
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 账号资源包耗尽。
pub const RESOURCEUNAVAILABLE_RESOURCEPACKAGERUNOUT: &str =
    "ResourceUnavailable.ResourcePackageRunOut";

/// 未授权操作。
///
/// A common code (not in this service's own list).
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
///
/// A common code (not in this service's own list).
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
///
/// A common code (not in this service's own list).
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
