//! Error codes of `vclm`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_vclm::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 音频解码失败。
pub const FAILEDOPERATION_AUDIODECODEFAILED: &str = "FailedOperation.AudioDecodeFailed";

/// 驱动失败
pub const FAILEDOPERATION_DRIVERFAILED: &str = "FailedOperation.DriverFailed";

/// 输入图身体（头顶到脚踝）高度占比不到图片高度的二分之一
pub const FAILEDOPERATION_IMAGEBODYSMALL: &str = "FailedOperation.ImageBodySmall";

/// 输入图未检测到人体
pub const FAILEDOPERATION_IMAGECHECKNOBODY: &str = "FailedOperation.ImageCheckNoBody";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 输入图人脸检测失败
pub const FAILEDOPERATION_IMAGEDETECTFACEFAILED: &str = "FailedOperation.ImageDetectFaceFailed";

/// 图片下载失败。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 人脸检测失败
pub const FAILEDOPERATION_IMAGEFACEDETECTFAILED: &str = "FailedOperation.ImageFaceDetectFailed";

/// 输入图中存在多人
pub const FAILEDOPERATION_IMAGEMANYPEOPLE: &str = "FailedOperation.ImageManyPeople";

/// 不支持的图片文件。
pub const FAILEDOPERATION_IMAGENOTSUPPORTED: &str = "FailedOperation.ImageNotSupported";

/// 输入图高宽比未在1.2～2.0范围内
pub const FAILEDOPERATION_IMAGERADIOEXCCEED: &str = "FailedOperation.ImageRadioExcceed";

/// base64编码后的图片数据过大。
pub const FAILEDOPERATION_IMAGESIZEEXCEED: &str = "FailedOperation.ImageSizeExceed";

/// 服务内部错误，请重试。
pub const FAILEDOPERATION_INNERERROR: &str = "FailedOperation.InnerError";

/// 任务不存在。
pub const FAILEDOPERATION_JOBNOTEXIST: &str = "FailedOperation.JobNotExist";

/// 任务不存在。
pub const FAILEDOPERATION_JOBNOTFOUND: &str = "FailedOperation.JobNotFound";

/// 核心关节点未检测到
pub const FAILEDOPERATION_KEYPOINTUNDETECTED: &str = "FailedOperation.KeyPointUndetected";

/// 音频审核失败
pub const FAILEDOPERATION_MODERATIONAUDIOFAILED: &str = "FailedOperation.ModerationAudioFailed";

/// 内容审核不通过。
pub const FAILEDOPERATION_MODERATIONFAILED: &str = "FailedOperation.ModerationFailed";

/// ModerationFailed
pub const FAILEDOPERATION_MODERATIONRESPONSEERROR: &str = "FailedOperation.ModerationResponseError";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// 系统内部错误。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 请求声伴分离失败，请重试。
pub const FAILEDOPERATION_SUBMITASSPFAILED: &str = "FailedOperation.SubmitAsspFailed";

/// 模板视频首帧未检测到人脸
pub const FAILEDOPERATION_TEMPLATEFIRSTFRAMENOTDETECTFACE: &str =
    "FailedOperation.TemplateFirstFrameNotDetectFace";

/// 模板视频存在未检测到人体的帧
pub const FAILEDOPERATION_TEMPLATENOTDETECTBODY: &str = "FailedOperation.TemplateNotDetectBody";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 不支持的音频时长。
pub const INVALIDPARAMETERVALUE_INVALIDAUDIODURATION: &str =
    "InvalidParameterValue.InvalidAudioDuration";

/// 不支持的音频格式。
pub const INVALIDPARAMETERVALUE_INVALIDAUDIOFORMAT: &str =
    "InvalidParameterValue.InvalidAudioFormat";

/// 不支持的图片长宽比。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEASPECTRATIO: &str =
    "InvalidParameterValue.InvalidImageAspectRatio";

/// 不支持的图片格式
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEFORMAT: &str =
    "InvalidParameterValue.InvalidImageFormat";

/// 图片分辨率超限。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGERESOLUTION: &str =
    "InvalidParameterValue.InvalidImageResolution";

/// 不支持的图片大小
pub const INVALIDPARAMETERVALUE_INVALIDIMAGESIZE: &str = "InvalidParameterValue.InvalidImageSize";

/// 不支持的模型。
pub const INVALIDPARAMETERVALUE_INVALIDMODEL: &str = "InvalidParameterValue.InvalidModel";

/// 图片中没有人脸。
pub const INVALIDPARAMETERVALUE_NOFACEINPHOTO: &str = "InvalidParameterValue.NoFaceInPhoto";

/// 人脸角度过大。
pub const INVALIDPARAMETERVALUE_TOOLARGEFACEANGLE: &str = "InvalidParameterValue.TooLargeFaceAngle";

/// 人脸质量过低。
pub const INVALIDPARAMETERVALUE_TOOLOWFACEQUALITY: &str = "InvalidParameterValue.TooLowFaceQuality";

/// 人脸数量超过1。
pub const INVALIDPARAMETERVALUE_TOOMANYFACES: &str = "InvalidParameterValue.TooManyFaces";

/// 人脸遮挡过多。
pub const INVALIDPARAMETERVALUE_TOOMUCHFACEOCCLUSION: &str =
    "InvalidParameterValue.TooMuchFaceOcclusion";

/// 人脸过小。
pub const INVALIDPARAMETERVALUE_TOOSMALLFACESIZE: &str = "InvalidParameterValue.TooSmallFaceSize";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数VideoUrl格式不合法。
pub const INVALIDPARAMETER_VIDEOURLINVALID: &str = "InvalidParameter.VideoUrlInvalid";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 提交任务数超过最大并发。
pub const REQUESTLIMITEXCEEDED_JOBNUMEXCEED: &str = "RequestLimitExceeded.JobNumExceed";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 账号已欠费。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 服务正在开通中，请稍等。
pub const RESOURCEUNAVAILABLE_ISOPENING: &str = "ResourceUnavailable.IsOpening";

/// 计费状态未知。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
