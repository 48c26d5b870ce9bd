//! Error codes of `ie`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ie::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// Cos存储结果错误。
pub const FAILEDOPERATION_COSSTORAGEERROR: &str = "FailedOperation.CosStorageError";

/// 转码时截取失败。
pub const FAILEDOPERATION_EDITERROR: &str = "FailedOperation.EditError";

/// 编码格式或参数不支持。
pub const FAILEDOPERATION_ENCODEFORMATERROR: &str = "FailedOperation.EncodeFormatError";

/// 运行中的任务达到上限，如需要增加任务上限，请提交工单。
pub const FAILEDOPERATION_RUNNINGTASKEXCEED: &str = "FailedOperation.RunningTaskExceed";

/// 转码后切片失败。
pub const FAILEDOPERATION_SEGMENTERROR: &str = "FailedOperation.SegmentError";

/// 系统繁忙，请稍后重试。
pub const FAILEDOPERATION_SERVERBUSY: &str = "FailedOperation.ServerBusy";

/// 内部服务错误。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 任务重复提交。
pub const FAILEDOPERATION_TASKRESUBMIT: &str = "FailedOperation.TaskResubmit";

/// 转码服务异常。
pub const FAILEDOPERATION_TRANSCODEERROR: &str = "FailedOperation.TranscodeError";

/// 转码服务未知错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnknowError";

/// 视频源下载失败或超时。
pub const FAILEDOPERATION_VIDEODOWNLOADERROR: &str = "FailedOperation.VideoDownloadError";

/// 视频源解析出错。
pub const FAILEDOPERATION_VIDEOPARSEERROR: &str = "FailedOperation.VideoParseError";

/// 视频大小超过限制。
pub const FAILEDOPERATION_VIDEOSIZEEXCEED: &str = "FailedOperation.VideoSizeExceed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 任务不支持该操作。
pub const INVALIDPARAMETERVALUE_ACTIONNOTSUPPORT: &str = "InvalidParameterValue.ActionNotSupport";

/// CallbackUrl 不安全。
pub const INVALIDPARAMETERVALUE_CALLBACKURLERROR: &str = "InvalidParameterValue.CallbackUrlError";

/// 直播场景回调地址必选。
pub const INVALIDPARAMETERVALUE_CALLBACKURLNOTEXIST: &str =
    "InvalidParameterValue.CallbackUrlNotExist";

/// Cos授权信息错误。
pub const INVALIDPARAMETERVALUE_COSAUTHMODEERROR: &str = "InvalidParameterValue.CosAuthModeError";

/// Cos托管ID不存在。
pub const INVALIDPARAMETERVALUE_COSHOSTEDIDNOTEXIST: &str =
    "InvalidParameterValue.CosHostedIdNotExist";

/// 视频源地址格式错误。
pub const INVALIDPARAMETERVALUE_DOWNINFOFORMATWRONG: &str =
    "InvalidParameterValue.DownInfoFormatWrong";

/// 视频源下载类型错误。
pub const INVALIDPARAMETERVALUE_DOWNINFOTYPEWRONG: &str = "InvalidParameterValue.DownInfoTypeWrong";

/// 该任务不支持直播流。
pub const INVALIDPARAMETERVALUE_LIVESOURCENOTSUPPORT: &str =
    "InvalidParameterValue.LiveSourceNotSupport";

/// 存储信息不存在。
pub const INVALIDPARAMETERVALUE_SAVEINFONOTEXIST: &str = "InvalidParameterValue.SaveInfoNotExist";

/// 任务已经结束。
pub const INVALIDPARAMETERVALUE_TASKALREADYDONE: &str = "InvalidParameterValue.TaskAlreadyDone";

/// 任务已经删除。
pub const INVALIDPARAMETERVALUE_TASKDELETED: &str = "InvalidParameterValue.TaskDeleted";

/// 任务ID不存在。
pub const INVALIDPARAMETERVALUE_TASKIDNOTEXIST: &str = "InvalidParameterValue.TaskIdNotExist";

/// 请求uri错误。
pub const INVALIDPARAMETERVALUE_URIERROR: &str = "InvalidParameterValue.UriError";

/// URL 不安全。
pub const INVALIDPARAMETERVALUE_URLINFOURLERROR: &str = "InvalidParameterValue.UrlInfoUrlError";

/// 视频格式不支持。
pub const INVALIDPARAMETERVALUE_VIDEOFORMATERROR: &str = "InvalidParameterValue.VideoFormatError";

/// 不支持直播流。
pub const INVALIDPARAMETER_LIVESTREAMNOTSUPPORT: &str = "InvalidParameter.LiveStreamNotSupport";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 帐号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
