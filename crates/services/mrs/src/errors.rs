//! Error codes of `mrs`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_mrs::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 异步队列中待处理消息较多,请待处理完成后再调用异步接口。
pub const FAILEDOPERATION_ASYNCQUEUEFULLERROR: &str = "FailedOperation.AsyncQueueFullError";

/// 异步任务处理出错,不会扣费。
pub const FAILEDOPERATION_ASYNCTASKERROR: &str = "FailedOperation.AsyncTaskError";

/// 异步任务处理中，请稍后。
pub const FAILEDOPERATION_ASYNCTASKHANDLING: &str = "FailedOperation.AsyncTaskHandling";

/// 异步任务正在重试中，请稍后。
pub const FAILEDOPERATION_ASYNCTASKRETRYING: &str = "FailedOperation.AsyncTaskRetrying";

/// 获取结果为空,请检查任务ID是否正确。
pub const FAILEDOPERATION_EMPTYRESULT: &str = "FailedOperation.EmptyResult";

/// 用量消息推送失败。
pub const FAILEDOPERATION_PUSHUSAGEMESSAGEERROR: &str = "FailedOperation.PushUsageMessageError";

/// 服务未开通。
pub const FAILEDOPERATION_SERVICENOTOPEN: &str = "FailedOperation.ServiceNotOpen";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWNERROR: &str = "FailedOperation.UnknownError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 图片ocr识别异常。
pub const INTERNALERROR_IMAGEOCRERROR: &str = "InternalError.ImageOcrError";

/// 图片处理异常。
pub const INTERNALERROR_IMAGEPROCESSERROR: &str = "InternalError.ImageProcessError";

/// 服务调用超时。
pub const INTERNALERROR_SERVERTIMEOUTERROR: &str = "InternalError.ServerTimeOutError";

/// 报告结构化异常。
pub const INTERNALERROR_STRUCTIONERROR: &str = "InternalError.StructionError";

/// 报告文本分类异常。
pub const INTERNALERROR_TEXTCLASSIFYERROR: &str = "InternalError.TextClassifyError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 图片编码无效。
pub const INVALIDPARAMETERVALUE_IMAGECODEINVALID: &str = "InvalidParameterValue.ImageCodeInvalid";

/// 图片没有文字。
pub const INVALIDPARAMETERVALUE_IMAGEISNOTEXT: &str = "InvalidParameterValue.ImageIsNoText";

/// 图片URL无效。
pub const INVALIDPARAMETERVALUE_IMAGEURLINVALID: &str = "InvalidParameterValue.ImageURLInvalid";

/// 参数AutoFitDirection无效。
pub const INVALIDPARAMETER_AUTOFITDIRECTION: &str = "InvalidParameter.AutoFitDirection";

/// 参数ImageInfoList无效。
pub const INVALIDPARAMETER_IMAGEINFOLIST: &str = "InvalidParameter.ImageInfoList";

/// 参数ImageOriginalSize无效。
pub const INVALIDPARAMETER_IMAGEORIGINALSIZE: &str = "InvalidParameter.ImageOriginalSize";

/// 请求Action无效。
pub const INVALIDPARAMETER_INVALIDACTION: &str = "InvalidParameter.InvalidAction";

/// 参数OcrEngineType无效。
pub const INVALIDPARAMETER_OCRENGINETYPE: &str = "InvalidParameter.OcrEngineType";

/// 参数RotateTheAngle无效。
pub const INVALIDPARAMETER_ROTATETHEANGLE: &str = "InvalidParameter.RotateTheAngle";

/// 参数Text无效。
pub const INVALIDPARAMETER_TEXT: &str = "InvalidParameter.Text";

/// 文本大小超过限制。
pub const LIMITEXCEEDED_TEXTSIZELIMITEXCEEDED: &str = "LimitExceeded.TextSizeLimitExceeded";

/// 不支持的报告类型。
pub const OPERATIONDENIED_UNSUPPORTTHISTYPE: &str = "OperationDenied.UnSupportThisType";

/// 当前无权限，请检查BisinsessId。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIEDERROR: &str =
    "UnauthorizedOperation.PermissionDeniedError";

/// 当前报告类型不支持。
pub const UNSUPPORTEDOPERATION_UNSUPPORTTHISTYPE: &str = "UnsupportedOperation.UnSupportThisType";
