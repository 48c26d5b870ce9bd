//! Error codes of `aiart`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_aiart::errors::AUTHFAILURE_UNAUTHORIZEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 无权执行该操作，请检查您的CAM策略，确保您拥有对应的CAM权限。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 控制台服务异常。
pub const FAILEDOPERATION_CONSOLESERVERERROR: &str = "FailedOperation.ConsoleServerError";

/// 生成图片审核不通过，请重试。
pub const FAILEDOPERATION_GENERATEIMAGEFAILED: &str = "FailedOperation.GenerateImageFailed";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 图片下载错误。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 图片分辨率过大，超过2000*2000。
pub const FAILEDOPERATION_IMAGERESOLUTIONEXCEED: &str = "FailedOperation.ImageResolutionExceed";

/// base64编码后的图片数据大小不超过10M。
pub const FAILEDOPERATION_IMAGESIZEEXCEED: &str = "FailedOperation.ImageSizeExceed";

/// 服务内部错误，请稍后重试。
pub const FAILEDOPERATION_INNERERROR: &str = "FailedOperation.InnerError";

/// 任务不存在。
pub const FAILEDOPERATION_JOBNOTEXIST: &str = "FailedOperation.JobNotExist";

/// 整个请求体太大（通常主要是图片）。
pub const FAILEDOPERATION_REQUESTENTITYTOOLARGE: &str = "FailedOperation.RequestEntityTooLarge";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// RPC请求失败，一般为算法微服务故障。
pub const FAILEDOPERATION_RPCFAIL: &str = "FailedOperation.RpcFail";

/// 服务内部错误。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 图片为空。
pub const INVALIDPARAMETERVALUE_IMAGEEMPTY: &str = "InvalidParameterValue.ImageEmpty";

/// 当前引擎不支持自定义水印。
pub const INVALIDPARAMETERVALUE_LOGOPARAMERR: &str = "InvalidParameterValue.LogoParamErr";

/// 参数字段或者值有误
pub const INVALIDPARAMETERVALUE_PARAMETERVALUEERROR: &str =
    "InvalidParameterValue.ParameterValueError";

/// 1xx和其他风格不可混合使用。
pub const INVALIDPARAMETERVALUE_STYLECONFLICT: &str = "InvalidParameterValue.StyleConflict";

/// 输入文本过长，请更换短一点的文本后重试。
pub const INVALIDPARAMETERVALUE_TEXTLENGTHEXCEED: &str = "InvalidParameterValue.TextLengthExceed";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 图片包含违法违规信息，审核不通过。
pub const OPERATIONDENIED_IMAGEILLEGALDETECTED: &str = "OperationDenied.ImageIllegalDetected";

/// 文本包含违法违规信息，审核不通过。
pub const OPERATIONDENIED_TEXTILLEGALDETECTED: &str = "OperationDenied.TextIllegalDetected";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 同时处理的任务数过多，请稍后重试。
pub const REQUESTLIMITEXCEEDED_JOBNUMEXCEED: &str = "RequestLimitExceeded.JobNumExceed";

/// 计费状态异常。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 资源正在发货中。
pub const RESOURCEUNAVAILABLE_DELIVERING: &str = "ResourceUnavailable.Delivering";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 余额不足。
pub const RESOURCEUNAVAILABLE_LOWBALANCE: &str = "ResourceUnavailable.LowBalance";

/// 计费状态未知，请确认是否已在控制台开通服务。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 账号已停服。
pub const RESOURCEUNAVAILABLE_STOPUSING: &str = "ResourceUnavailable.StopUsing";
