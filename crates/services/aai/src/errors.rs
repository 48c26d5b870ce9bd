//! Error codes of `aai`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_aai::errors::FAILEDOPERATION_SERVICEISOLATE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 账号因为欠费停止服务，请在腾讯云账户充值。
pub const FAILEDOPERATION_SERVICEISOLATE: &str = "FailedOperation.ServiceIsolate";

/// 账号本月免费额度已用完。
pub const FAILEDOPERATION_USERHASNOFREEAMOUNT: &str = "FailedOperation.UserHasNoFreeAmount";

/// 服务未开通，请在腾讯云官网语音识别控制台开通服务。
pub const FAILEDOPERATION_USERNOTREGISTERED: &str = "FailedOperation.UserNotRegistered";

/// 内部错误
pub const INTERNALERROR: &str = "InternalError";

/// 初始化配置失败。
pub const INTERNALERROR_ERRORCONFIGURE: &str = "InternalError.ErrorConfigure";

/// 创建日志失败。
pub const INTERNALERROR_ERRORCREATELOG: &str = "InternalError.ErrorCreateLog";

/// 下载音频文件失败。
pub const INTERNALERROR_ERRORDOWNFILE: &str = "InternalError.ErrorDownFile";

/// 新建数组失败。
pub const INTERNALERROR_ERRORFAILNEWPREQUEST: &str = "InternalError.ErrorFailNewprequest";

/// 写入数据库失败。
pub const INTERNALERROR_ERRORFAILWRITETODB: &str = "InternalError.ErrorFailWritetodb";

/// 文件无法打开。
pub const INTERNALERROR_ERRORFILECANNOTOPEN: &str = "InternalError.ErrorFileCannotopen";

/// 获取路由失败。
pub const INTERNALERROR_ERRORGETROUTE: &str = "InternalError.ErrorGetRoute";

/// 创建日志路径失败。
pub const INTERNALERROR_ERRORMAKELOGPATH: &str = "InternalError.ErrorMakeLogpath";

/// 识别失败。
pub const INTERNALERROR_ERRORRECOGNIZE: &str = "InternalError.ErrorRecognize";

/// 机器翻译失败。
pub const INTERNALERROR_ERRORTRANSLATE: &str = "InternalError.ErrorTranslate";

/// 文本转换失败，请检查文本格式。
pub const INTERNALERROR_TEXTCONVERTFAILED: &str = "InternalError.TextConvertFailed";

/// 参数取值错误
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// appid未注册。
pub const INVALIDPARAMETERVALUE_APPIDNOTREGISTERED: &str =
    "InvalidParameterValue.AppIdNotRegistered";

/// AppId无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDAPPID: &str = "InvalidParameterValue.ErrorInvalidAppid";

/// ClientIp无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDCLIENTIP: &str =
    "InvalidParameterValue.ErrorInvalidClientip";

/// EngSerViceType无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDENGSERVICE: &str =
    "InvalidParameterValue.ErrorInvalidEngservice";

/// 是否进行翻译。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDOPENTRANSLATE: &str =
    "InvalidParameterValue.ErrorInvalidOpenTranslate";

/// ProjectId无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDPROJECTID: &str =
    "InvalidParameterValue.ErrorInvalidProjectid";

/// RequestId无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDREQUESTID: &str =
    "InvalidParameterValue.ErrorInvalidRequestid";

/// 翻译的源语言类型不支持。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDSOURCELANGUAGE: &str =
    "InvalidParameterValue.ErrorInvalidSourceLanguage";

/// SourceType无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDSOURCETYPE: &str =
    "InvalidParameterValue.ErrorInvalidSourcetype";

/// SubserviceType无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDSUBSERVICETYPE: &str =
    "InvalidParameterValue.ErrorInvalidSubservicetype";

/// 翻译的目标语言类型不支持。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDTARGETLANGUAGE: &str =
    "InvalidParameterValue.ErrorInvalidTargetLanguage";

/// Url无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDURL: &str = "InvalidParameterValue.ErrorInvalidUrl";

/// UsrAudioKey无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDUSERAUDIOKEY: &str =
    "InvalidParameterValue.ErrorInvalidUseraudiokey";

/// 音频数据无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDVOICEDATA: &str =
    "InvalidParameterValue.ErrorInvalidVoicedata";

/// 音频编码格式不支持。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDVOICEFORMAT: &str =
    "InvalidParameterValue.ErrorInvalidVoiceFormat";

/// 错误的聊天输入文本。
pub const INVALIDPARAMETER_ERRORCHATTEXT: &str = "InvalidParameter.ErrorChatText";

/// 错误的User参数。
pub const INVALIDPARAMETER_ERRORCHATUSER: &str = "InvalidParameter.ErrorChatUser";

/// 请求数据长度无效。
pub const INVALIDPARAMETER_ERRORCONTENTLENGTH: &str = "InvalidParameter.ErrorContentlength";

/// 没有body数据。
pub const INVALIDPARAMETER_ERRORNOBODYDATA: &str = "InvalidParameter.ErrorNoBodydata";

/// 参数不全。
pub const INVALIDPARAMETER_ERRORPARAMSMISSING: &str = "InvalidParameter.ErrorParamsMissing";

/// 解析请求数据失败。
pub const INVALIDPARAMETER_ERRORPARSEQUEST: &str = "InvalidParameter.ErrorParsequest";

/// 文本过长，请参考请求参数Text的说明。
pub const UNSUPPORTEDOPERATION_TEXTTOOLONG: &str = "UnsupportedOperation.TextTooLong";
