//! Error codes of `tts`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tts::errors::AUTHFAILURE_INVALIDAUTHORIZATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 授权无效。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 任务不存在。
pub const FAILEDOPERATION_NOSUCHTASK: &str = "FailedOperation.NoSuchTask";

/// 路由错误。
pub const INTERNALERROR_ERRORGETROUTE: &str = "InternalError.ErrorGetRoute";

/// 负载限流。
pub const INTERNALERROR_EXCEEDMAXLIMIT: &str = "InternalError.ExceedMaxLimit";

/// 数据库存取失败。
pub const INTERNALERROR_FAILACCESSDATABASE: &str = "InternalError.FailAccessDatabase";

/// Redis存储失败。
pub const INTERNALERROR_FAILACCESSREDIS: &str = "InternalError.FailAccessRedis";

/// 内部错误。
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 暂无资源，请稍后重试。
pub const INTERNALERROR_NORESOURCE: &str = "InternalError.NoResource";

/// AppId非法，请参考AppId参数说明。
pub const INVALIDPARAMETERVALUE_APPID: &str = "InvalidParameterValue.AppId";

/// APPID未注册，请在语音合成主页   https://console.cloud.tencent.com/tts  开通使用。
pub const INVALIDPARAMETERVALUE_APPIDNOTREGISTERED: &str =
    "InvalidParameterValue.AppIdNotRegistered";

/// CallbackUrl非法或不可访问。
pub const INVALIDPARAMETERVALUE_CALLBACKURL: &str = "InvalidParameterValue.CallbackUrl";

/// Codec非法，请参考Codec参数说明。
pub const INVALIDPARAMETERVALUE_CODEC: &str = "InvalidParameterValue.Codec";

/// ssml的say-as标签属性为cardinal、currency、address时，数字部分非有效参数，仅允许包含数字、“,”、“.”和空格。
pub const INVALIDPARAMETERVALUE_ERRORCARDINALFORMAT: &str =
    "InvalidParameterValue.ErrorCardinalFormat";

/// 请求文本含有非法字符，或请求文本没有有效字符。
pub const INVALIDPARAMETERVALUE_INVALIDTEXT: &str = "InvalidParameterValue.InvalidText";

/// 缺少参数。
pub const INVALIDPARAMETERVALUE_MISSPARAMETERS: &str = "InvalidParameterValue.MissParameters";

/// ModelType非法。
pub const INVALIDPARAMETERVALUE_MODELTYPE: &str = "InvalidParameterValue.ModelType";

/// 文本分词错误。
pub const INVALIDPARAMETERVALUE_PARTICIPLEERROR: &str = "InvalidParameterValue.ParticipleError";

/// PrimaryLanguage非法，请参考PrimaryLanguage参数说明。
pub const INVALIDPARAMETERVALUE_PRIMARYLANGUAGE: &str = "InvalidParameterValue.PrimaryLanguage";

/// SampleRate非法，请参考SampleRate参数说明。
pub const INVALIDPARAMETERVALUE_SAMPLERATE: &str = "InvalidParameterValue.SampleRate";

/// SessionId非法，请参考Volume参数说明。
pub const INVALIDPARAMETERVALUE_SESSIONID: &str = "InvalidParameterValue.SessionId";

/// Speed非法，请参考Speed参数说明。
pub const INVALIDPARAMETERVALUE_SPEED: &str = "InvalidParameterValue.Speed";

/// SSML标签非法。
pub const INVALIDPARAMETERVALUE_SSMLINVALID: &str = "InvalidParameterValue.SSMLInvalid";

/// 文本缺失。
pub const INVALIDPARAMETERVALUE_TEXT: &str = "InvalidParameterValue.Text";

/// Text为空。
pub const INVALIDPARAMETERVALUE_TEXTEMPTY: &str = "InvalidParameterValue.TextEmpty";

/// 文本不是 UTF8 格式。
pub const INVALIDPARAMETERVALUE_TEXTNOTUTF8: &str = "InvalidParameterValue.TextNotUtf8";

/// Text参数SSML语法错误，请参考SSML文档说明。
pub const INVALIDPARAMETERVALUE_TEXTSSMLPARSEERROR: &str =
    "InvalidParameterValue.TextSsmlParseError";

/// 合成文本字符过长。
pub const INVALIDPARAMETERVALUE_TEXTTOOLONG: &str = "InvalidParameterValue.TextTooLong";

/// Type 类型非法。
pub const INVALIDPARAMETERVALUE_TYPE: &str = "InvalidParameterValue.Type";

/// VoiceType非法，请参考VoiceType参数说明。
pub const INVALIDPARAMETERVALUE_VOICETYPE: &str = "InvalidParameterValue.VoiceType";

/// Volume非法，请参考Volume参数说明。
pub const INVALIDPARAMETERVALUE_VOLUME: &str = "InvalidParameterValue.Volume";

/// 请求文本含有非法字符。
pub const INVALIDPARAMETER_INVALIDTEXT: &str = "InvalidParameter.InvalidText";

/// status 不合法。
pub const INVALIDPARAMETER_STATUS: &str = "InvalidParameter.Status";

/// 请求超过限制频率。
pub const LIMITEXCEEDED_ACCESSLIMIT: &str = "LimitExceeded.AccessLimit";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 欠费。
pub const UNSUPPORTEDOPERATION_ACCOUNTARREARS: &str = "UnsupportedOperation.AccountArrears";

/// 鉴权已过期。
pub const UNSUPPORTEDOPERATION_AUTHORIZATIONEXPIRED: &str =
    "UnsupportedOperation.AuthorizationExpired";

/// 鉴权失败。
pub const UNSUPPORTEDOPERATION_AUTHORIZATIONFAILED: &str =
    "UnsupportedOperation.AuthorizationFailed";

/// 服务禁止使用。
pub const UNSUPPORTEDOPERATION_FORBIDDENUSE: &str = "UnsupportedOperation.ForbiddenUse";

/// 没有余额。
pub const UNSUPPORTEDOPERATION_NOBANLANCE: &str = "UnsupportedOperation.NoBanlance";

/// 免费资源包已用尽，请购买资源包或开通后付费。
pub const UNSUPPORTEDOPERATION_NOFREEACCOUNT: &str = "UnsupportedOperation.NoFreeAccount";

/// 资源包余量已用尽。
pub const UNSUPPORTEDOPERATION_PKGEXHAUSTED: &str = "UnsupportedOperation.PkgExhausted";

/// 服务器已打开。
pub const UNSUPPORTEDOPERATION_SERVERALREADYOPEN: &str = "UnsupportedOperation.ServerAlreadyOpen";

/// 服务已销毁。
pub const UNSUPPORTEDOPERATION_SERVERDESTORYED: &str = "UnsupportedOperation.ServerDestoryed";

/// 服务未开通使用。
pub const UNSUPPORTEDOPERATION_SERVERNOTOPEN: &str = "UnsupportedOperation.ServerNotOpen";

/// 服务已停止使用。
pub const UNSUPPORTEDOPERATION_SERVERSTOPPED: &str = "UnsupportedOperation.ServerStopped";

/// 文本过长，请参考请求参数Text的说明。
pub const UNSUPPORTEDOPERATION_TEXTTOOLONG: &str = "UnsupportedOperation.TextTooLong";
