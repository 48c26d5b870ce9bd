//! Error codes of `ims`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ims::errors::DRYRUNOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部错误。
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 图片内容参数为空。
pub const INVALIDPARAMETERVALUE_EMPTYIMAGECONTENT: &str = "InvalidParameterValue.EmptyImageContent";

/// 图片分辨率太低。
pub const INVALIDPARAMETERVALUE_IMAGESIZETOOSMALL: &str = "InvalidParameterValue.ImageSizeTooSmall";

/// 回调地址错误。
pub const INVALIDPARAMETERVALUE_INVALIDCALLBACKURL: &str =
    "InvalidParameterValue.InvalidCallbackUrl";

/// FileContent和FileUrl为空或base64编码错误。
pub const INVALIDPARAMETERVALUE_INVALIDCONTENT: &str = "InvalidParameterValue.InvalidContent";

/// DataId格式错误。
pub const INVALIDPARAMETERVALUE_INVALIDDATAID: &str = "InvalidParameterValue.InvalidDataId";

/// 图片文件内容大小异常。
pub const INVALIDPARAMETERVALUE_INVALIDFILECONTENTSIZE: &str =
    "InvalidParameterValue.InvalidFileContentSize";

/// 图片内容错误。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGECONTENT: &str =
    "InvalidParameterValue.InvalidImageContent";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETER: &str = "InvalidParameterValue.InvalidParameter";

/// 图片长宽比太大
pub const INVALIDPARAMETER_IMAGEASPECTRATIOTOOLARGE: &str =
    "InvalidParameter.ImageAspectRatioTooLarge";

/// 图片体积太小
pub const INVALIDPARAMETER_IMAGEDATATOOSMALL: &str = "InvalidParameter.ImageDataTooSmall";

/// 图片分辨率过低。
pub const INVALIDPARAMETER_IMAGESIZETOOSMALL: &str = "InvalidParameter.ImageSizeTooSmall";

/// 图片内容错误。
pub const INVALIDPARAMETER_INVALIDIMAGECONTENT: &str = "InvalidParameter.InvalidImageContent";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

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

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 图片文件下载失败。
pub const RESOURCEUNAVAILABLE_IMAGEDOWNLOADERROR: &str = "ResourceUnavailable.ImageDownloadError";

/// 入队列失败
pub const RESOURCEUNAVAILABLE_INQUEUEERROR: &str = "ResourceUnavailable.InQueueError";

/// 图片资源错误。
pub const RESOURCEUNAVAILABLE_INVALIDIMAGECONTENT: &str = "ResourceUnavailable.InvalidImageContent";

/// 模型调用失败，请重试。
pub const RESOURCEUNAVAILABLE_MODELCALLFAILED: &str = "ResourceUnavailable.ModelCallFailed";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未开通权限/无有效套餐包/账号已欠费。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZED: &str = "UnauthorizedOperation.Unauthorized";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
