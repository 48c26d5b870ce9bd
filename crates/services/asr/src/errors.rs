//! Error codes of `asr`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_asr::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 用户没有权限进行此查询操作。
pub const AUTHFAILURE_CHECKRESOURCERESPONSECODEERROR: &str =
    "AuthFailure.CheckResourceResponseCodeError";

/// 鉴权错误。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 未授权操作。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 鉴权错误。
pub const FAILEDOPERATION_CHECKAUTHINFOFAILED: &str = "FailedOperation.CheckAuthInfoFailed";

/// 下载音频文件失败。
pub const FAILEDOPERATION_ERRORDOWNFILE: &str = "FailedOperation.ErrorDownFile";

/// 识别失败。
pub const FAILEDOPERATION_ERRORRECOGNIZE: &str = "FailedOperation.ErrorRecognize";

/// 错误的TaskId。
pub const FAILEDOPERATION_NOSUCHTASK: &str = "FailedOperation.NoSuchTask";

/// 分组内没有有效声纹
pub const FAILEDOPERATION_NOTEXISTENTVOICEPRINTGROUP: &str =
    "FailedOperation.NotExistentVoicePrintGroup";

/// 不存在的说话人id
pub const FAILEDOPERATION_NOTEXISTENTVOICEPRINTID: &str = "FailedOperation.NotExistentVoicePrintId";

/// 账号因为欠费停止服务，请在腾讯云账户充值。
pub const FAILEDOPERATION_SERVICEISOLATE: &str = "FailedOperation.ServiceIsolate";

/// 资源包耗尽，请购买资源包或开通后付费
pub const FAILEDOPERATION_USERHASNOAMOUNT: &str = "FailedOperation.UserHasNoAmount";

/// 资源包耗尽，请开通后付费或者购买资源包
pub const FAILEDOPERATION_USERHASNOFREEAMOUNT: &str = "FailedOperation.UserHasNoFreeAmount";

/// 服务未开通，请在腾讯云官网语音识别控制台开通服务。
pub const FAILEDOPERATION_USERNOTREGISTERED: &str = "FailedOperation.UserNotRegistered";

/// 内部错误。
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

/// 访问数据库失败。
pub const INTERNALERROR_FAILACCESSDATABASE: &str = "InternalError.FailAccessDatabase";

/// 访问Redis失败。
pub const INTERNALERROR_FAILACCESSREDIS: &str = "InternalError.FailAccessRedis";

/// 说话人音频解码失败
pub const INTERNALERROR_FAILEDVOICEPRINTDECODE: &str = "InternalError.FailedVoicePrintDecode";

/// 说话人注册接口失败
pub const INTERNALERROR_FAILEDVOICEPRINTENROLL: &str = "InternalError.FailedVoicePrintEnroll";

/// 说话人验证接口失败
pub const INTERNALERROR_FAILEDVOICEPRINTVERIFY: &str = "InternalError.FailedVoicePrintVerify";

/// 请求标签接口出错
pub const INTERNALERROR_TAGREQUESTERROR: &str = "InternalError.TagRequestError";

/// 说话人音频处理失败
pub const INTERNALERROR_VOICEPRINTAUDIOFAILED: &str = "InternalError.VoicePrintAudioFailed";

/// 传入音频解码失败
pub const INTERNALERROR_VOICEPRINTDECODEFAILED: &str = "InternalError.VoicePrintDecodeFailed";

/// 说话人ID注册失败
pub const INTERNALERROR_VOICEPRINTENROLLFAILED: &str = "InternalError.VoicePrintEnrollFailed";

/// 说话人验证失败
pub const INTERNALERROR_VOICEPRINTVERIFYFAILED: &str = "InternalError.VoicePrintVerifyFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 音频截幅（爆音）
pub const INVALIDPARAMETERVALUE_AUDIOCLIPPING: &str = "InvalidParameterValue.AudioClipping";

/// AppId无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDAPPID: &str = "InvalidParameterValue.ErrorInvalidAppid";

/// ClientIp无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDCLIENTIP: &str =
    "InvalidParameterValue.ErrorInvalidClientip";

/// EngSerViceType无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDENGSERVICE: &str =
    "InvalidParameterValue.ErrorInvalidEngservice";

/// ProjectId无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDPROJECTID: &str =
    "InvalidParameterValue.ErrorInvalidProjectid";

/// RequestId无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDREQUESTID: &str =
    "InvalidParameterValue.ErrorInvalidRequestid";

/// SourceType无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDSOURCETYPE: &str =
    "InvalidParameterValue.ErrorInvalidSourcetype";

/// SubserviceType无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDSUBSERVICETYPE: &str =
    "InvalidParameterValue.ErrorInvalidSubservicetype";

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

/// 音频时长超过限制。
pub const INVALIDPARAMETERVALUE_ERRORVOICEDATATOOLONG: &str =
    "InvalidParameterValue.ErrorVoicedataTooLong";

/// 非法的参数长度。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERLENGTH: &str =
    "InvalidParameterValue.InvalidParameterLength";

/// 非法的VocabId。
pub const INVALIDPARAMETERVALUE_INVALIDVOCABID: &str = "InvalidParameterValue.InvalidVocabId";

/// 非法的词表状态。
pub const INVALIDPARAMETERVALUE_INVALIDVOCABSTATE: &str = "InvalidParameterValue.InvalidVocabState";

/// 词权重不合法。
pub const INVALIDPARAMETERVALUE_INVALIDWORDWEIGHT: &str = "InvalidParameterValue.InvalidWordWeight";

/// 非法的WordWeightStr。
pub const INVALIDPARAMETERVALUE_INVALIDWORDWEIGHTSTR: &str =
    "InvalidParameterValue.InvalidWordWeightStr";

/// 信噪比过低
pub const INVALIDPARAMETERVALUE_LOWSIGNALTONOISE: &str = "InvalidParameterValue.LowSignalToNoise";

/// 模型不存在。
pub const INVALIDPARAMETERVALUE_MODELID: &str = "InvalidParameterValue.ModelId";

/// 检测到多个说话人
pub const INVALIDPARAMETERVALUE_MULTIPLESPEAKERS: &str = "InvalidParameterValue.MultipleSpeakers";

/// 音频内容没有人声或有效人声小于1秒
pub const INVALIDPARAMETERVALUE_NOHUMANVOICE: &str = "InvalidParameterValue.NoHumanVoice";

/// 非法的模型状态。
pub const INVALIDPARAMETERVALUE_TOSTATE: &str = "InvalidParameterValue.ToState";

/// 请求数据长度无效。
pub const INVALIDPARAMETER_ERRORCONTENTLENGTH: &str = "InvalidParameter.ErrorContentlength";

/// 参数不全。
pub const INVALIDPARAMETER_ERRORPARAMSMISSING: &str = "InvalidParameter.ErrorParamsMissing";

/// 解析请求数据失败。
pub const INVALIDPARAMETER_ERRORPARSEQUEST: &str = "InvalidParameter.ErrorParsequest";

/// 音频解码失败，请检查音频格式是否正确
pub const INVALIDPARAMETER_FAILEDVOICEPRINTDECODE: &str = "InvalidParameter.FailedVoicePrintDecode";

/// 文件编码错误。
pub const INVALIDPARAMETER_FILEENCODE: &str = "InvalidParameter.FileEncode";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 非法的词表状态。
pub const INVALIDPARAMETER_INVALIDVOCABSTATE: &str = "InvalidParameter.InvalidVocabState";

/// 关键词库名字已存在
pub const INVALIDPARAMETER_KEYWORDLIBNAMEEXIST: &str = "InvalidParameter.KeyWordLibNameExist";

/// 该模型状态不允许删除。
pub const INVALIDPARAMETER_MODELSTATE: &str = "InvalidParameter.ModelState";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 自学习模型创建个数已到限制。
pub const LIMITEXCEEDED_CUSTOMIZATIONFULL: &str = "LimitExceeded.CustomizationFull";

/// 上线模型个数已到限制。
pub const LIMITEXCEEDED_ONLINEFULL: &str = "LimitExceeded.OnlineFull";

/// 热词表数量已到账号限制。
pub const LIMITEXCEEDED_VOCABFULL: &str = "LimitExceeded.VocabFull";

/// 说话人ID创建数量达到上限
pub const LIMITEXCEEDED_VOICEPRINTFULL: &str = "LimitExceeded.VoicePrintFull";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 超出请求频率。
pub const REQUESTLIMITEXCEEDED_UINLIMITEXCEEDED: &str = "RequestLimitExceeded.UinLimitExceeded";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";
