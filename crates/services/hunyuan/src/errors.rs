//! Error codes of `hunyuan`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_hunyuan::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 控制台服务异常。
pub const FAILEDOPERATION_CONSOLESERVERERROR: &str = "FailedOperation.ConsoleServerError";

/// LogoUrl 或 LogoImage 有误，水印图下载失败。
pub const FAILEDOPERATION_DOWNLOADERROR: &str = "FailedOperation.DownloadError";

/// 引擎层请求超时；请稍后重试。
pub const FAILEDOPERATION_ENGINEREQUESTTIMEOUT: &str = "FailedOperation.EngineRequestTimeout";

/// 引擎层内部错误；请稍后重试。
pub const FAILEDOPERATION_ENGINESERVERERROR: &str = "FailedOperation.EngineServerError";

/// 引擎层请求超过限额；请稍后重试。
pub const FAILEDOPERATION_ENGINESERVERLIMITEXCEEDED: &str =
    "FailedOperation.EngineServerLimitExceeded";

/// 免费资源包余量已用尽，请购买资源包或开通后付费。
pub const FAILEDOPERATION_FREERESOURCEPACKEXHAUSTED: &str =
    "FailedOperation.FreeResourcePackExhausted";

/// 图片包含敏感内容
pub const FAILEDOPERATION_GENERATEIMAGEFAILED: &str = "FailedOperation.GenerateImageFailed";

/// 水印图解码失败
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// LogoUrl 或 LogoImage 有误，水印图下载失败。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 合作伙伴账号不允许开通，请更换账号。
pub const FAILEDOPERATION_PARTNERACCOUNTUNSUPPORT: &str = "FailedOperation.PartnerAccountUnSupport";

/// 资源包余量已用尽，请购买资源包或开通后付费。
pub const FAILEDOPERATION_RESOURCEPACKEXHAUSTED: &str = "FailedOperation.ResourcePackExhausted";

/// 服务未开通，请前往控制台申请试用。
pub const FAILEDOPERATION_SERVICENOTACTIVATED: &str = "FailedOperation.ServiceNotActivated";

/// 用户主动停服。
pub const FAILEDOPERATION_SERVICESTOP: &str = "FailedOperation.ServiceStop";

/// 欠费停服。
pub const FAILEDOPERATION_SERVICESTOPARREARS: &str = "FailedOperation.ServiceStopArrears";

/// 后付费设置次数超过每月限制。
pub const FAILEDOPERATION_SETPAYMODEEXCEED: &str = "FailedOperation.SetPayModeExceed";

/// 用户未实名，请先进行实名认证。
pub const FAILEDOPERATION_USERUNAUTHERROR: &str = "FailedOperation.UserUnAuthError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 图片请求错误。
pub const INVALIDPARAMETERVALUE_IMAGEREQUESTERROR: &str = "InvalidParameterValue.ImageRequestError";

/// 模型不存在。
pub const INVALIDPARAMETERVALUE_MODEL: &str = "InvalidParameterValue.Model";

/// 参数字段或者值有误
pub const INVALIDPARAMETERVALUE_PARAMETERVALUEERROR: &str =
    "InvalidParameterValue.ParameterValueError";

/// 图片数量超限错误。
pub const INVALIDPARAMETER_IMAGECOUNTLIMITEXCEEDEDERROR: &str =
    "InvalidParameter.ImageCountLimitExceededError";

/// 图片处理失败错误。
pub const INVALIDPARAMETER_IMAGEPROCESSINGFAILUREERROR: &str =
    "InvalidParameter.ImageProcessingFailureError";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 图片可能包含敏感信息，请重试
pub const OPERATIONDENIED_IMAGEILLEGALDETECTED: &str = "OperationDenied.ImageIllegalDetected";

/// 文本包含违法违规信息，审核不通过。
pub const OPERATIONDENIED_TEXTILLEGALDETECTED: &str = "OperationDenied.TextIllegalDetected";

/// 计费资源已耗尽。
pub const RESOURCEINSUFFICIENT_CHARGERESOURCEEXHAUST: &str =
    "ResourceInsufficient.ChargeResourceExhaust";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 余额不足。
pub const RESOURCEUNAVAILABLE_LOWBALANCE: &str = "ResourceUnavailable.LowBalance";

/// 计费状态未知，请确认是否已在控制台开通服务。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 账号已停服。
pub const RESOURCEUNAVAILABLE_STOPUSING: &str = "ResourceUnavailable.StopUsing";
