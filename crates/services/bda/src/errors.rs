//! Error codes of `bda`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_bda::errors::FAILEDOPERATION_AUDIODECODEFAILED) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 音频解码失败。
pub const FAILEDOPERATION_AUDIODECODEFAILED: &str = "FailedOperation.AudioDecodeFailed";

/// 音频编码失败。
pub const FAILEDOPERATION_AUDIOENCODEFAILED: &str = "FailedOperation.AudioEncodeFailed";

/// 余额不足，开通失败，请充值后再开通。
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 文件下载失败。
pub const FAILEDOPERATION_DOWNLOADERROR: &str = "FailedOperation.DownloadError";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 图片下载错误。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 人脸检测失败。
pub const FAILEDOPERATION_IMAGEFACEDETECTFAILED: &str = "FailedOperation.ImageFacedetectFailed";

/// 图片不存在前景。
pub const FAILEDOPERATION_IMAGENOTFOREGROUND: &str = "FailedOperation.ImageNotForeground";

/// 不支持的图片文件。
pub const FAILEDOPERATION_IMAGENOTSUPPORTED: &str = "FailedOperation.ImageNotSupported";

/// 图片分辨率过大。
pub const FAILEDOPERATION_IMAGERESOLUTIONEXCEED: &str = "FailedOperation.ImageResolutionExceed";

/// 图片分辨率过小。
pub const FAILEDOPERATION_IMAGERESOLUTIONINSUFFICIENT: &str =
    "FailedOperation.ImageResolutionInsufficient";

/// base64编码后的图片数据过大。
pub const FAILEDOPERATION_IMAGESIZEEXCEED: &str = "FailedOperation.ImageSizeExceed";

/// 服务内部错误，请重试。
pub const FAILEDOPERATION_INNERERROR: &str = "FailedOperation.InnerError";

/// 任务冲突。
pub const FAILEDOPERATION_JOBCONFLICT: &str = "FailedOperation.JobConflict";

/// 任务队列已满。
pub const FAILEDOPERATION_JOBQUEUEFULL: &str = "FailedOperation.JobQueueFull";

/// 人像数过多。
pub const FAILEDOPERATION_PROFILENUMEXCEED: &str = "FailedOperation.ProfileNumExceed";

/// 整个请求体太大（通常主要是图片）。
pub const FAILEDOPERATION_REQUESTENTITYTOOLARGE: &str = "FailedOperation.RequestEntityTooLarge";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// RPC请求失败，一般为算法微服务故障。
pub const FAILEDOPERATION_RPCFAIL: &str = "FailedOperation.RpcFail";

/// 人像分割失败。
pub const FAILEDOPERATION_SEGMENTFAILED: &str = "FailedOperation.SegmentFailed";

/// 算法服务异常，请重试。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 任务超过上限。
pub const FAILEDOPERATION_TASKLIMITEXCEEDED: &str = "FailedOperation.TaskLimitExceeded";

/// 任务不存在。
pub const FAILEDOPERATION_TASKNOTEXIST: &str = "FailedOperation.TaskNotExist";

/// 任务取消失败。
pub const FAILEDOPERATION_TERMINATETASKFAILED: &str = "FailedOperation.TerminateTaskFailed";

/// 文件太大。
pub const FAILEDOPERATION_TOOLARGEFILEERROR: &str = "FailedOperation.TooLargeFileError";

/// 内部错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 视频解码失败。
pub const FAILEDOPERATION_VIDEODECODEFAILED: &str = "FailedOperation.VideoDecodeFailed";

/// 图片为空。
pub const INVALIDPARAMETERVALUE_IMAGEEMPTY: &str = "InvalidParameterValue.ImageEmpty";

/// 图片中没有人脸。
pub const INVALIDPARAMETERVALUE_NOFACEINPHOTO: &str = "InvalidParameterValue.NoFaceInPhoto";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 文件太大。
pub const LIMITEXCEEDED_TOOLARGEFILEERROR: &str = "LimitExceeded.TooLargeFileError";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 计费状态未知，请确认是否已在控制台开通服务。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 未知方法名。
pub const UNSUPPORTEDOPERATION_UNKNOWMETHOD: &str = "UnsupportedOperation.UnknowMethod";
