//! Error codes of `tiw`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tiw::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 文档下载失败，请检查请求参数中URL是否正确，或者如果您使用其他的文件存储服务，请检查文件存储服务的上传带宽，文档转码服务仅提供1分钟的下载时间，如果下载不成功本次的转码请求将以失败终止。
pub const FAILEDOPERATION_FILEDOWNLOADFAIL: &str = "FailedOperation.FileDownloadFail";

/// 文档格式错误，不支持转换只读文档或者已加密的文档。
pub const FAILEDOPERATION_FILEFORMATERROR: &str = "FailedOperation.FileFormatError";

/// 文档打开失败，请检查提交转码的文档是否加密或有其他格式问题。
pub const FAILEDOPERATION_FILEOPENFAIL: &str = "FailedOperation.FileOpenFail";

/// 转码后上传结果失败，请稍后重试。
pub const FAILEDOPERATION_FILEUPLOADFAIL: &str = "FailedOperation.FileUploadFail";

/// 转码预处理失败，具体请参考错误描述或联系客服人员。
pub const FAILEDOPERATION_PREPROCESS: &str = "FailedOperation.Preprocess";

/// 预处理服务出现内部错误，请稍后重试或联系客户人员。
pub const FAILEDOPERATION_PREPROCESSSERVERERROR: &str = "FailedOperation.PreprocessServerError";

/// 录制失败，具体请参考错误描述。
pub const FAILEDOPERATION_RECORD: &str = "FailedOperation.Record";

/// 转码失败，具体请参考错误描述或联系客服人员。
pub const FAILEDOPERATION_TRANSCODE: &str = "FailedOperation.Transcode";

/// 转码服务出现内部错误，请稍后重试或联系客户人员。
pub const FAILEDOPERATION_TRANSCODESERVERERROR: &str = "FailedOperation.TranscodeServerError";

/// 白板推流失败，具体请参考错误描述。
pub const FAILEDOPERATION_WHITEBOARDPUSH: &str = "FailedOperation.WhiteboardPush";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数类型不匹配。
pub const INVALIDPARAMETER_BODYPARAMETERTYPEUNMATCHED: &str =
    "InvalidParameter.BodyParameterTypeUnmatched";

/// 回调地址格式错误。
pub const INVALIDPARAMETER_CALLBACKADDRESSFORMATERROR: &str =
    "InvalidParameter.CallbackAddressFormatError";

/// 文档后缀名对应的格式不支持。
pub const INVALIDPARAMETER_FILEFORMATUNSUPPORTED: &str = "InvalidParameter.FileFormatUnsupported";

/// 额外指定的特殊功能不存在。
pub const INVALIDPARAMETER_INVALIDEXTRA: &str = "InvalidParameter.InvalidExtra";

/// 转码预处理参数格式不正确。
pub const INVALIDPARAMETER_PREPROCESSPARAMETER: &str = "InvalidParameter.PreprocessParameter";

/// 实时录制参数格式不正确。
pub const INVALIDPARAMETER_RECORDPARAMETER: &str = "InvalidParameter.RecordParameter";

/// SdkAppId不存在或格式错误。
pub const INVALIDPARAMETER_SDKAPPIDNOTFOUND: &str = "InvalidParameter.SdkAppIdNotFound";

/// 需要查询的任务不存在。
pub const INVALIDPARAMETER_TASKNOTFOUND: &str = "InvalidParameter.TaskNotFound";

/// 文档转码参数格式不正确。
pub const INVALIDPARAMETER_TRANSCODEPARAMETER: &str = "InvalidParameter.TranscodeParameter";

/// 文档下载Url格式错误，请检查请求参数里的Url。
pub const INVALIDPARAMETER_URLFORMATERROR: &str = "InvalidParameter.UrlFormatError";

/// 转码或录制任务并发数量超过限制，请参考错误描述或稍后重试。
pub const LIMITEXCEEDED_TASKCONCURRENCY: &str = "LimitExceeded.TaskConcurrency";

/// 超过文档最大页数限制，目前不支持超过500页的文件转码，如有特殊需求，请联系客服人员。
pub const LIMITEXCEEDED_TRANSCODEPAGESLIMITATION: &str = "LimitExceeded.TranscodePagesLimitation";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 实时录制任务录制用户已被其他录制任务使用。
pub const RESOURCEINUSE_RECORDUSERID: &str = "ResourceInUse.RecordUserId";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 资源不可用，接口未授权。
pub const RESOURCEUNAVAILABLE_INTERFACEUNAUTHORIZED: &str =
    "ResourceUnavailable.InterfaceUnAuthorized";

/// 未开通互动白板。
pub const RESOURCEUNAVAILABLE_NOTREGISTERED: &str = "ResourceUnavailable.NotRegistered";

/// 账户欠费或者互动白板服务已过期。
pub const RESOURCEUNAVAILABLE_SERVICEEXPIRED: &str = "ResourceUnavailable.ServiceExpired";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// SdkAppId不存在或者SdkAppId与当前腾讯云账号不对应。
pub const UNAUTHORIZEDOPERATION_SDKAPPID: &str = "UnauthorizedOperation.SdkAppId";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 当前未完成的任务不能在此状态下执行指定操作，例如对正在录制的任务执行恢复录制等。
pub const UNSUPPORTEDOPERATION_INVALIDTASKSTATUS: &str = "UnsupportedOperation.InvalidTaskStatus";

/// 任务结束，不能执行指定操作。
pub const UNSUPPORTEDOPERATION_TASKHASALREADYSTOPPED: &str =
    "UnsupportedOperation.TaskHasAlreadyStopped";
