//! Error codes of `fmu`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_fmu::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 图片美颜失败，请更换图片。
pub const FAILEDOPERATION_BEAUTIFYFAILED: &str = "FailedOperation.BeautifyFailed";

/// 未检测到人脸。
pub const FAILEDOPERATION_DETECTNOFACE: &str = "FailedOperation.DetectNoFace";

/// 人脸因太小被过滤，建议人脸分辨率不小于34*34。
pub const FAILEDOPERATION_FACESIZETOOSMALL: &str = "FailedOperation.FaceSizeTooSmall";

/// 操作太频繁，触发频控，请稍后重试。
pub const FAILEDOPERATION_FREQCTRL: &str = "FailedOperation.FreqCtrl";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 图片下载失败。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 不支持灰色图。
pub const FAILEDOPERATION_IMAGEGRAYNOTSUPPORT: &str = "FailedOperation.ImageGrayNotSupport";

/// 不支持的图片文件。
pub const FAILEDOPERATION_IMAGENOTSUPPORTED: &str = "FailedOperation.ImageNotSupported";

/// 图片分辨率过大，超过2000*2000。
pub const FAILEDOPERATION_IMAGERESOLUTIONEXCEED: &str = "FailedOperation.ImageResolutionExceed";

/// 图片分辨率过大，超过4000*4000。
pub const FAILEDOPERATION_IMAGERESOLUTIONTOOLARGE: &str = "FailedOperation.ImageResolutionTooLarge";

/// 图片短边分辨率小于64。
pub const FAILEDOPERATION_IMAGERESOLUTIONTOOSMALL: &str = "FailedOperation.ImageResolutionTooSmall";

/// 图片数据太大。
pub const FAILEDOPERATION_IMAGESIZEEXCEED: &str = "FailedOperation.ImageSizeExceed";

/// 图片上传失败。
pub const FAILEDOPERATION_IMAGEUPLOADFAILED: &str = "FailedOperation.ImageUploadFailed";

/// 服务内部错误，请重试。
pub const FAILEDOPERATION_INNERERROR: &str = "FailedOperation.InnerError";

/// 素材超过数量限制。
pub const FAILEDOPERATION_MODELVALUEEXCEED: &str = "FailedOperation.ModelValueExceed";

/// 参数错误。
pub const FAILEDOPERATION_PARAMETERVALUEERROR: &str = "FailedOperation.ParameterValueError";

/// 请求包体太大，建议在6M内（通常是参数中包括大的图片）。
pub const FAILEDOPERATION_REQUESTENTITYTOOLARGE: &str = "FailedOperation.RequestEntityTooLarge";

/// 后端服务超时，请重试。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// RPC请求失败，一般为算法微服务故障。
pub const FAILEDOPERATION_RPCFAIL: &str = "FailedOperation.RpcFail";

/// 系统内部错误。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 大眼参数不合法。
pub const INVALIDPARAMETERVALUE_EYEENLARGINGILLEGAL: &str =
    "InvalidParameterValue.EyeEnlargingIllegal";

/// 瘦脸参数不合法。
pub const INVALIDPARAMETERVALUE_FACELIFTINGILLEGAL: &str =
    "InvalidParameterValue.FaceLiftingIllegal";

/// 人脸框参数不合法。
pub const INVALIDPARAMETERVALUE_FACERECTINVALID: &str = "InvalidParameterValue.FaceRectInvalid";

/// 第1个人脸框参数不合法。
pub const INVALIDPARAMETERVALUE_FACERECTINVALIDFIRST: &str =
    "InvalidParameterValue.FaceRectInvalidFirst";

/// 第2个人脸框参数不合法。
pub const INVALIDPARAMETERVALUE_FACERECTINVALIDSECOND: &str =
    "InvalidParameterValue.FaceRectInvalidSecond";

/// 第3个人脸框参数不合法。
pub const INVALIDPARAMETERVALUE_FACERECTINVALIDTHRID: &str =
    "InvalidParameterValue.FaceRectInvalidThrid";

/// 缺少参数，请检查图片参数是否为空。
pub const INVALIDPARAMETERVALUE_IMAGEEMPTY: &str = "InvalidParameterValue.ImageEmpty";

/// 图片不合法。
pub const INVALIDPARAMETERVALUE_IMAGEINVALID: &str = "InvalidParameterValue.ImageInvalid";

/// 图片数据太大。
pub const INVALIDPARAMETERVALUE_IMAGESIZEEXCEED: &str = "InvalidParameterValue.ImageSizeExceed";

/// 素材图片不合法, 必须是512*512的PNG图片。
pub const INVALIDPARAMETERVALUE_LUTIMAGEINVALID: &str = "InvalidParameterValue.LutImageInvalid";

/// 素材图片尺寸不合法，必须是512*512的PNG图片。
pub const INVALIDPARAMETERVALUE_LUTIMAGESIZEINVALID: &str =
    "InvalidParameterValue.LutImageSizeInvalid";

/// 素材不存在。
pub const INVALIDPARAMETERVALUE_MODELIDNOTFOUND: &str = "InvalidParameterValue.ModelIdNotFound";

/// 图片中没有人脸。
pub const INVALIDPARAMETERVALUE_NOFACEINPHOTO: &str = "InvalidParameterValue.NoFaceInPhoto";

/// 参数错误。
pub const INVALIDPARAMETERVALUE_PARAMETERVALUEERROR: &str =
    "InvalidParameterValue.ParameterValueError";

/// 磨皮参数不合法。
pub const INVALIDPARAMETERVALUE_SMOOTHINGILLEGAL: &str = "InvalidParameterValue.SmoothingIllegal";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 美白参数不合法。
pub const INVALIDPARAMETERVALUE_WHITENINGILLEGAL: &str = "InvalidParameterValue.WhiteningIllegal";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 图片中没有人脸。
pub const INVALIDPARAMETER_NOFACEINPHOTO: &str = "InvalidParameter.NoFaceInPhoto";

/// 账号已欠费。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 资源正在发货中。
pub const RESOURCEUNAVAILABLE_DELIVERING: &str = "ResourceUnavailable.Delivering";

/// 账号已被冻结。
pub const RESOURCEUNAVAILABLE_FREEZE: &str = "ResourceUnavailable.Freeze";

/// 获取认证信息失败。
pub const RESOURCEUNAVAILABLE_GETAUTHINFOERROR: &str = "ResourceUnavailable.GetAuthInfoError";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 余额不足。
pub const RESOURCEUNAVAILABLE_LOWBALANCE: &str = "ResourceUnavailable.LowBalance";

/// 计费状态未知，请确认是否已在控制台开通服务。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 服务未开通。
pub const RESOURCEUNAVAILABLE_NOTREADY: &str = "ResourceUnavailable.NotReady";

/// 资源已被回收。
pub const RESOURCEUNAVAILABLE_RECOVER: &str = "ResourceUnavailable.Recover";

/// 账号已停服。
pub const RESOURCEUNAVAILABLE_STOPUSING: &str = "ResourceUnavailable.StopUsing";

/// 计费状态未知。
pub const RESOURCEUNAVAILABLE_UNKNOWNSTATUS: &str = "ResourceUnavailable.UnknownStatus";
