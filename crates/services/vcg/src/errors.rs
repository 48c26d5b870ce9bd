//! Error codes of `vcg`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_vcg::errors::FAILEDOPERATION_DOWNLOADERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 下载视频出错。
pub const FAILEDOPERATION_DOWNLOADERROR: &str = "FailedOperation.DownloadError";

/// 任务不存在。
pub const FAILEDOPERATION_TASKNOTEXIST: &str = "FailedOperation.TaskNotExist";

/// 任务状态异常。
pub const FAILEDOPERATION_TASKSTATUSERROR: &str = "FailedOperation.TaskStatusError";

/// 视频解码失败。
pub const FAILEDOPERATION_VIDEODECODEFAILED: &str = "FailedOperation.VideoDecodeFailed";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 不支持的视频宽高比。
pub const INVALIDPARAMETERVALUE_INVALIDVIDEOASPECTRATIO: &str =
    "InvalidParameterValue.InvalidVideoAspectRatio";

/// 视频时长超过限制。
pub const INVALIDPARAMETERVALUE_INVALIDVIDEODURATION: &str =
    "InvalidParameterValue.InvalidVideoDuration";

/// 不支持的视频格式。
pub const INVALIDPARAMETERVALUE_INVALIDVIDEOFORMAT: &str =
    "InvalidParameterValue.InvalidVideoFormat";

/// 不支持的视频FPS。
pub const INVALIDPARAMETERVALUE_INVALIDVIDEOFPS: &str = "InvalidParameterValue.InvalidVideoFPS";

/// 不支持的分辨率。
pub const INVALIDPARAMETERVALUE_INVALIDVIDEORESOLUTION: &str =
    "InvalidParameterValue.InvalidVideoResolution";

/// 参数字段或者值有误。
pub const INVALIDPARAMETERVALUE_PARAMETERVALUEERROR: &str =
    "InvalidParameterValue.ParameterValueError";

/// 风格不存在。
pub const INVALIDPARAMETERVALUE_STYLENOTEXIST: &str = "InvalidParameterValue.StyleNotExist";

/// 视频URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 视频大小超过限制。
pub const INVALIDPARAMETERVALUE_VIDEOSIZEEXCEED: &str = "InvalidParameterValue.VideoSizeExceed";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 提交任务数超过最大并发。
pub const REQUESTLIMITEXCEEDED_JOBNUMEXCEED: &str = "RequestLimitExceeded.JobNumExceed";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 计费状态未知。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";
