//! Error codes of `ecc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ecc::errors::INTERNALERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 批改错误。
pub const INTERNALERROR_CORRECTERROR: &str = "InternalError.CorrectError";

/// 服务内部错误。
pub const INTERNALERROR_DATABASESERVERINTERNALERROR: &str =
    "InternalError.DatabaseServerInternalError";

/// 数据格式错误。
pub const INTERNALERROR_DATAFORMATABNORMALERROR: &str = "InternalError.DataFormatAbnormalError";

/// 识别错误。
pub const INTERNALERROR_OCRERROR: &str = "InternalError.OcrError";

/// 服务器内部错误，初始化失败。
pub const INTERNALERROR_OCRSERVERINTERNERROR: &str = "InternalError.OcrServerInternError";

/// 其它错误。
pub const INTERNALERROR_OTHERERROR: &str = "InternalError.OtherError";

/// 服务器过载，请联系相关客服。
pub const INTERNALERROR_OVERLOADERROR: &str = "InternalError.OverLoadError";

/// 图片识别错误。
pub const INTERNALERROR_RECOGNIZEERROR: &str = "InternalError.RecognizeError";

/// 无法连接图像下载服务器。
pub const INTERNALERROR_SERVERCONNECTDOWNLOADERROR: &str =
    "InternalError.ServerConnectDownloadError";

/// 图片切割错误。
pub const INTERNALERROR_SPLITERROR: &str = "InternalError.SplitError";

/// Appid无效。
pub const INVALIDPARAMETERVALUE_APPIDINVALIDERROR: &str = "InvalidParameterValue.AppidInvalidError";

/// 图片解码失败，请核实输入信息。
pub const INVALIDPARAMETERVALUE_DECODEIMAGEERROR: &str = "InvalidParameterValue.DecodeImageError";

/// url图片下载失败。
pub const INVALIDPARAMETERVALUE_DOWNLOADIMAGEFAILERROR: &str =
    "InvalidParameterValue.DownloadImageFailError";

/// 图片数据为空。
pub const INVALIDPARAMETERVALUE_EMPTYIMAGEERROR: &str = "InvalidParameterValue.EmptyImageError";

/// 图片下载失败。
pub const INVALIDPARAMETERVALUE_IMAGEDOWNLOADFAILERROR: &str =
    "InvalidParameterValue.ImageDownloadFailError";

/// 图片超出下载限制。
pub const INVALIDPARAMETERVALUE_IMAGESIZEEXCEEDERROR: &str =
    "InvalidParameterValue.ImageSizeExceedError";

/// 图片尺寸太大。
pub const INVALIDPARAMETERVALUE_IMAGETOOBIGERROR: &str = "InvalidParameterValue.ImageTooBigError";

/// 输入错误，请核实InputType参数。
pub const INVALIDPARAMETERVALUE_INPUTTYPEVALUEERROR: &str =
    "InvalidParameterValue.InputTypeValueError";

/// SessionId无效。
pub const INVALIDPARAMETERVALUE_SESSIONERROR: &str = "InvalidParameterValue.SessionError";

/// 图像请求URL的格式错误。
pub const INVALIDPARAMETERVALUE_URLFROMATIVADLIDERROR: &str =
    "InvalidParameterValue.UrlFromatIvadlidError";

/// 参数为空。
pub const INVALIDPARAMETER_EMPTYPARAMETERERROR: &str = "InvalidParameter.EmptyParameterError";

/// 传入的参数有误。
pub const INVALIDPARAMETER_INPUTERROR: &str = "InvalidParameter.InputError";

/// 任务不存在。
pub const INVALIDPARAMETER_TASKNOTFOUND: &str = "InvalidParameter.TaskNotFound";

/// 频率限制。
pub const LIMITEXCEEDED_FREQLIMITFORBIDDENACCESSERROR: &str =
    "LimitExceeded.FreqLimitForbiddenAccessError";

/// 无法找到用户，请确认已在控制台开通服务并使用了正确的 ECCAPPID。
pub const RESOURCENOTFOUND_CANNOTFINDUSER: &str = "ResourceNotFound.CannotFindUser";

/// 无效的服务名称。
pub const RESOURCENOTFOUND_SERVERNAMENOTEXISTINLICENSEERROR: &str =
    "ResourceNotFound.ServerNameNotExistInLicenseError";

/// 服务未开通或已欠费。
pub const RESOURCEUNAVAILABLE_AUTHORIZEERROR: &str = "ResourceUnavailable.AuthorizeError";

/// license无效。
pub const UNAUTHORIZEDOPERATION_LICENSEINVALIDFORBIDDENACCESSERROR: &str =
    "UnauthorizedOperation.LicenseInvalidForbiddenAccessError";

/// license中未授权该服务。
pub const UNAUTHORIZEDOPERATION_SERVERNAMEUNAUTHORIZEDINERROR: &str =
    "UnauthorizedOperation.ServerNameUnauthorizedInError";
