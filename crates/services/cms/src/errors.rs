//! Error codes of `cms`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cms::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 内部错误
pub const INTERNALERROR: &str = "InternalError";

/// 服务内部错误。
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// FileContent不可用：需Base64编码
pub const INVALIDPARAMETERVALUE_ERRFILECONTENT: &str = "InvalidParameterValue.ErrFileContent";

/// 图片尺寸错误。
pub const INVALIDPARAMETERVALUE_ERRIMAGESIZE: &str = "InvalidParameterValue.ErrImageSize";

/// 文本内容过长。
pub const INVALIDPARAMETERVALUE_ERRTEXTCONTENTLEN: &str = "InvalidParameterValue.ErrTextContentLen";

/// 文本内容类型错误：需base64编码
pub const INVALIDPARAMETERVALUE_ERRTEXTCONTENTTYPE: &str =
    "InvalidParameterValue.ErrTextContentType";

/// Content参数错误
pub const INVALIDPARAMETERVALUE_INVALIDCONTENT: &str = "InvalidParameterValue.InvalidContent";

/// 图片文件内容大小异常。
pub const INVALIDPARAMETERVALUE_INVALIDFILECONTENTSIZE: &str =
    "InvalidParameterValue.InvalidFileContentSize";

/// 图片内容错误
pub const INVALIDPARAMETERVALUE_INVALIDIMAGECONTENT: &str =
    "InvalidParameterValue.InvalidImageContent";

/// 参数取值错误
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETER: &str = "InvalidParameterValue.InvalidParameter";

/// 图片长宽比太大
pub const INVALIDPARAMETER_IMAGEASPECTRATIOTOOLARGE: &str =
    "InvalidParameter.ImageAspectRatioTooLarge";

/// 图片体积太小
pub const INVALIDPARAMETER_IMAGEDATATOOSMALL: &str = "InvalidParameter.ImageDataTooSmall";

/// 图片尺寸过小。
pub const INVALIDPARAMETER_IMAGESIZETOOSMALL: &str = "InvalidParameter.ImageSizeTooSmall";

/// 图片内容错误。
pub const INVALIDPARAMETER_INVALIDIMAGECONTENT: &str = "InvalidParameter.InvalidImageContent";

/// 参数不可用
pub const INVALIDPARAMETER_PARAMETERERROR: &str = "InvalidParameter.ParameterError";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// FileUrl或FileContent都为空
pub const MISSINGPARAMETER_ERRFILEURL: &str = "MissingParameter.ErrFileUrl";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 文件链接下载内部错误
pub const RESOURCENOTFOUND_ERRDOWDOWNINTERNALERROR: &str =
    "ResourceNotFound.ErrDowdownInternalError";

/// 文件链接下载服务参数异常
pub const RESOURCENOTFOUND_ERRDOWDOWNPARAMSERROR: &str = "ResourceNotFound.ErrDowdownParamsError";

/// 文件链接下载源错误
pub const RESOURCENOTFOUND_ERRDOWDOWNSOURCEERROR: &str = "ResourceNotFound.ErrDowdownSourceError";

/// 文件链接下载超时
pub const RESOURCENOTFOUND_ERRDOWDOWNTIMEOUT: &str = "ResourceNotFound.ErrDowdownTimeOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 图片识别服务超时
pub const RESOURCEUNAVAILABLE_ERRIMAGETIMEOUT: &str = "ResourceUnavailable.ErrImageTimeOut";

/// 文本识别服务超时
pub const RESOURCEUNAVAILABLE_ERRTEXTTIMEOUT: &str = "ResourceUnavailable.ErrTextTimeOut";

/// 图片文件下载失败。
pub const RESOURCEUNAVAILABLE_IMAGEDOWNLOADERROR: &str = "ResourceUnavailable.ImageDownloadError";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 鉴权失败
pub const UNAUTHORIZEDOPERATION_ERRAUTH: &str = "UnauthorizedOperation.ErrAuth";

/// 未开通权限/无有效套餐包/账号已欠费。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZED: &str = "UnauthorizedOperation.Unauthorized";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
