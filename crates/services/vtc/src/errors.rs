//! Error codes of `vtc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_vtc::errors::FAILEDOPERATION_AUDIODECODEFAILED) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 音频解码失败。
pub const FAILEDOPERATION_AUDIODECODEFAILED: &str = "FailedOperation.AudioDecodeFailed";

/// 音频处理失败。
pub const FAILEDOPERATION_AUDIOPROCESSFAILED: &str = "FailedOperation.AudioProcessFailed";

/// 音频处理任务未完成，不能执行翻译结果确认
pub const FAILEDOPERATION_AUDIOPROCESSNOTFINISHED: &str = "FailedOperation.AudioProcessNotFinished";

/// 文件下载失败。
pub const FAILEDOPERATION_DOWNLOADERROR: &str = "FailedOperation.DownloadError";

/// 任务不存在。
pub const FAILEDOPERATION_JOBNOTEXIST: &str = "FailedOperation.JobNotExist";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// 系统内部错误。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 文本未通过审核，请修改后重新尝试。
pub const FAILEDOPERATION_TEXTMODERATIONNOTPASS: &str = "FailedOperation.TextModerationNotPass";

/// 音频翻译结果已确认
pub const FAILEDOPERATION_TRANSLATIONCONFIRMHASFINISHED: &str =
    "FailedOperation.TranslationConfirmHasFinished";

/// 用户未选择确认音频翻译结果
pub const FAILEDOPERATION_TRANSLATIONNOTNEEDCONFIRM: &str =
    "FailedOperation.TranslationNotNeedConfirm";

/// 内部错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 视频时长超限制。
pub const FAILEDOPERATION_VIDEODURATIONEXCEED: &str = "FailedOperation.VideoDurationExceed";

/// 视频Fps超限制。
pub const FAILEDOPERATION_VIDEOFPSEXCEED: &str = "FailedOperation.VideoFpsExceed";

/// 视频分辨率超限制。
pub const FAILEDOPERATION_VIDEORESOLUTIONEXCEED: &str = "FailedOperation.VideoResolutionExceed";

/// 视频分辨率超限制。
pub const FAILEDOPERATION_VIDEOSIZEEXCEED: &str = "FailedOperation.VideoSizeExceed";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 当前并发数已超上限
pub const REQUESTLIMITEXCEEDED_JOBNUMEXCEED: &str = "RequestLimitExceeded.JobNumExceed";

/// 用户账号超出了限制。
pub const REQUESTLIMITEXCEEDED_UINLIMITEXCEEDED: &str = "RequestLimitExceeded.UinLimitExceeded";

/// 账号已欠费。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 资源正在发货中。
pub const RESOURCEUNAVAILABLE_DELIVERING: &str = "ResourceUnavailable.Delivering";

/// 账号已被冻结。
pub const RESOURCEUNAVAILABLE_FREEZE: &str = "ResourceUnavailable.Freeze";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 服务正在开通中，请稍等。
pub const RESOURCEUNAVAILABLE_ISOPENING: &str = "ResourceUnavailable.IsOpening";

/// 余额不足。
pub const RESOURCEUNAVAILABLE_LOWBALANCE: &str = "ResourceUnavailable.LowBalance";

/// 计费状态未知，请确认是否已在控制台开通服务。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 服务未开通。
pub const RESOURCEUNAVAILABLE_NOTREADY: &str = "ResourceUnavailable.NotReady";

/// 资源已被回收。
pub const RESOURCEUNAVAILABLE_RECOVER: &str = "ResourceUnavailable.Recover";

/// 计费状态未知。
pub const RESOURCEUNAVAILABLE_UNKNOWNSTATUS: &str = "ResourceUnavailable.UnknownStatus";
