//! Error codes of `tms`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tms::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 请求超时。
pub const INTERNALERROR_ERRTEXTTIMEOUT: &str = "InternalError.ErrTextTimeOut";

/// 查询异常：请求被限流
pub const INTERNALERROR_QUERYREQLIMITED: &str = "InternalError.QueryReqLimited";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// FileContent不可用，传入的Base64编码无法转换成标准utf8内容。
pub const INVALIDPARAMETERVALUE_ERRFILECONTENT: &str = "InvalidParameterValue.ErrFileContent";

/// 请求的文本长度超过限制。
pub const INVALIDPARAMETERVALUE_ERRTEXTCONTENTLEN: &str = "InvalidParameterValue.ErrTextContentLen";

/// 请求的文本格式错误（需要base64编码格式的文本）。
pub const INVALIDPARAMETERVALUE_ERRTEXTCONTENTTYPE: &str =
    "InvalidParameterValue.ErrTextContentType";

/// Type参数值不支持
pub const INVALIDPARAMETERVALUE_ERRTYPE: &str = "InvalidParameterValue.ErrType";

/// BizType参数错误
pub const INVALIDPARAMETERVALUE_INVALIDBIZTYPE: &str = "InvalidParameterValue.InvalidBizType";

/// InvalidParameterValue.InvalidContent
pub const INVALIDPARAMETERVALUE_INVALIDCONTENT: &str = "InvalidParameterValue.InvalidContent";

/// ContentType参数错误
pub const INVALIDPARAMETERVALUE_INVALIDCONTENTTYPE: &str =
    "InvalidParameterValue.InvalidContentType";

/// EvilContent参数太长。
pub const INVALIDPARAMETERVALUE_INVALIDEVILCONTENT: &str =
    "InvalidParameterValue.InvalidEvilContent";

/// EvilType取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDEVILTYPE: &str = "InvalidParameterValue.InvalidEvilType";

/// FileName参数错误
pub const INVALIDPARAMETERVALUE_INVALIDFILENAME: &str = "InvalidParameterValue.InvalidFileName";

/// FileType参数错误
pub const INVALIDPARAMETERVALUE_INVALIDFILETYPE: &str = "InvalidParameterValue.InvalidFileType";

/// FileUrl参数错误
pub const INVALIDPARAMETERVALUE_INVALIDFILEURL: &str = "InvalidParameterValue.InvalidFileUrl";

/// ReportedAccount参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDREPORTEDACCOUNT: &str =
    "InvalidParameterValue.InvalidReportedAccount";

/// ReportedAccount参数太长。
pub const INVALIDPARAMETERVALUE_INVALIDREPORTEDACCOUNTLENGTH: &str =
    "InvalidParameterValue.InvalidReportedAccountLength";

/// ReportedAccountType参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDREPORTEDACCOUNTTYPE: &str =
    "InvalidParameterValue.InvalidReportedAccountType";

/// Requirement参数错误
pub const INVALIDPARAMETERVALUE_INVALIDREQUIREMENT: &str =
    "InvalidParameterValue.InvalidRequirement";

/// SenderAccount参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDSENDERACCOUNT: &str =
    "InvalidParameterValue.InvalidSenderAccount";

/// SenderAccount参数太长。
pub const INVALIDPARAMETERVALUE_INVALIDSENDERACCOUNTLENGTH: &str =
    "InvalidParameterValue.InvalidSenderAccountLength";

/// SenderAccountType参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDSENDERACCOUNTTYPE: &str =
    "InvalidParameterValue.InvalidSenderAccountType";

/// SenderIP参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDSENDERIP: &str = "InvalidParameterValue.InvalidSenderIP";

/// TaskId参数错误
pub const INVALIDPARAMETERVALUE_INVALIDTASKID: &str = "InvalidParameterValue.InvalidTaskId";

/// Verbose参数错误
pub const INVALIDPARAMETERVALUE_INVALIDVERBOSE: &str = "InvalidParameterValue.InvalidVerbose";

/// 任务ID不存在
pub const INVALIDPARAMETERVALUE_TASKIDNOTFOUND: &str = "InvalidParameterValue.TaskIdNotFound";

/// 错误的action。
pub const INVALIDPARAMETER_ERRACTION: &str = "InvalidParameter.ErrAction";

/// 请求的文本长度过长。
pub const INVALIDPARAMETER_ERRTEXTCONTENTLEN: &str = "InvalidParameter.ErrTextContentLen";

/// 文本类型错误，需要base64的文本。
pub const INVALIDPARAMETER_ERRTEXTCONTENTTYPE: &str = "InvalidParameter.ErrTextContentType";

/// 参数内容格式错误。
pub const INVALIDPARAMETER_INVALIDPARAMETERCONTENT: &str =
    "InvalidParameter.InvalidParameterContent";

/// InvalidParameter.ParameterError
pub const INVALIDPARAMETER_PARAMETERERROR: &str = "InvalidParameter.ParameterError";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 未获取到接口授权。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZED: &str = "UnauthorizedOperation.Unauthorized";
