//! Error codes of `ft`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ft::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 撤销任务无法被成功执行, 请重试。
pub const FAILEDOPERATION_CANCELJOBFAILURE: &str = "FailedOperation.CancelJobFailure";

/// 未检测到人脸。
pub const FAILEDOPERATION_DETECTNOFACE: &str = "FailedOperation.DetectNoFace";

/// 人脸检测失败。
pub const FAILEDOPERATION_FACEDETECTFAILED: &str = "FailedOperation.FaceDetectFailed";

/// 人脸出框，无法使用。
pub const FAILEDOPERATION_FACEEXCEEDBORDER: &str = "FailedOperation.FaceExceedBorder";

/// 人脸配准失败。
pub const FAILEDOPERATION_FACESHAPEFAILED: &str = "FailedOperation.FaceShapeFailed";

/// 人脸因太小被过滤，建议人脸分辨率不小于34*34。
pub const FAILEDOPERATION_FACESIZETOOSMALL: &str = "FailedOperation.FaceSizeTooSmall";

/// 操作太频繁，触发频控，请稍后重试。
pub const FAILEDOPERATION_FREQCTRL: &str = "FailedOperation.FreqCtrl";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 图片下载错误。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 不支持的图片文件。
pub const FAILEDOPERATION_IMAGENOTSUPPORTED: &str = "FailedOperation.ImageNotSupported";

/// 素材尺寸超过2000*2000像素。
pub const FAILEDOPERATION_IMAGEPIXELEXCEED: &str = "FailedOperation.ImagePixelExceed";

/// 图片分辨率过大，超过2000*2000。
pub const FAILEDOPERATION_IMAGERESOLUTIONEXCEED: &str = "FailedOperation.ImageResolutionExceed";

/// 图片短边分辨率太小，小于64。
pub const FAILEDOPERATION_IMAGERESOLUTIONTOOSMALL: &str = "FailedOperation.ImageResolutionTooSmall";

/// 服务内部错误，请重试。
pub const FAILEDOPERATION_INNERERROR: &str = "FailedOperation.InnerError";

/// 任务冲突。
pub const FAILEDOPERATION_JOBCONFLICT: &str = "FailedOperation.JobConflict";

/// 任务已撤销，请重新提交任务。
pub const FAILEDOPERATION_JOBHASBEENCANCELED: &str = "FailedOperation.JobHasBeenCanceled";

/// 任务不存在。
pub const FAILEDOPERATION_JOBNOTEXIST: &str = "FailedOperation.JobNotExist";

/// 任务已停止处理，请重新提交任务。
pub const FAILEDOPERATION_JOBSTOPPROCESSING: &str = "FailedOperation.JobStopProcessing";

/// FailedOperation.ParameterValueError
pub const FAILEDOPERATION_PARAMETERVALUEERROR: &str = "FailedOperation.ParameterValueError";

/// 整个请求体太大（通常主要是图片）。
pub const FAILEDOPERATION_REQUESTENTITYTOOLARGE: &str = "FailedOperation.RequestEntityTooLarge";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// RPC请求失败，一般为算法微服务故障。
pub const FAILEDOPERATION_RPCFAIL: &str = "FailedOperation.RpcFail";

/// 任务不存在。
pub const FAILEDOPERATION_TASKNOTEXIST: &str = "FailedOperation.TaskNotExist";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 人脸框不合法。
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

/// 图片为空。
pub const INVALIDPARAMETERVALUE_IMAGEEMPTY: &str = "InvalidParameterValue.ImageEmpty";

/// 图片数据太大。
pub const INVALIDPARAMETERVALUE_IMAGESIZEEXCEED: &str = "InvalidParameterValue.ImageSizeExceed";

/// 图片尺寸不对。
pub const INVALIDPARAMETERVALUE_LUTIMAGESIZEINVALID: &str =
    "InvalidParameterValue.LutImageSizeInvalid";

/// 图片中没有人脸。
pub const INVALIDPARAMETERVALUE_NOFACEINPHOTO: &str = "InvalidParameterValue.NoFaceInPhoto";

/// 参数不合法。
pub const INVALIDPARAMETERVALUE_PARAMETERVALUEERROR: &str =
    "InvalidParameterValue.ParameterValueError";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

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

/// 未知方法名。
pub const UNSUPPORTEDOPERATION_UNKNOWMETHOD: &str = "UnsupportedOperation.UnknowMethod";
