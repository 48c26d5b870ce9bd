//! Error codes of `soe`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_soe::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 账号未开通口语评测服务或账号已欠费隔离，请开通服务或检查账号状态。
pub const AUTHFAILURE_ACCOUNTUNAVAILABLE: &str = "AuthFailure.AccountUnavailable";

/// 鉴权失败。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 会话缓存保存失败，请重新初始化。
pub const FAILEDOPERATION_ERRORGETSESSION: &str = "FailedOperation.ErrorGetSession";

/// 获取用户信息失败。
pub const FAILEDOPERATION_ERRORGETUSER: &str = "FailedOperation.ErrorGetUser";

/// 评测时间超出限制，请检查音频时间是否过长后重试。
pub const FAILEDOPERATION_EVALUATETIMEOUT: &str = "FailedOperation.EvaluateTimeout";

/// 引擎未知错误，请检查一下RefText是否正常后重试。
pub const FAILEDOPERATION_EVALUATEUNKNOWNERROR: &str = "FailedOperation.EvaluateUnknownError";

/// 获取评测引擎IP失败，请稍后重试。
pub const FAILEDOPERATION_FAILEDGETENGINEIP: &str = "FailedOperation.FailedGetEngineIP";

/// 结果缓存获取失败，请稍后重试。
pub const FAILEDOPERATION_FAILEDGETRESULT: &str = "FailedOperation.FailedGetResult";

/// 会话缓存获取失败，请稍后重试。
pub const FAILEDOPERATION_FAILEDGETSESSION: &str = "FailedOperation.FailedGetSession";

/// 会话分片序号缓存获取失败，请稍后重试。
pub const FAILEDOPERATION_FAILEDGETSESSIONSEQID: &str = "FailedOperation.FailedGetSessionSeqID";

/// 用户信息缓存获取失败，请稍后重试。
pub const FAILEDOPERATION_FAILEDGETUSER: &str = "FailedOperation.FailedGetUser";

/// 请求初始化失败，请检查参数后重新初始化。
pub const FAILEDOPERATION_FAILEDINIT: &str = "FailedOperation.FailedInit";

/// 结果缓存保存失败，请稍后重试。
pub const FAILEDOPERATION_FAILEDSETRESULT: &str = "FailedOperation.FailedSetResult";

/// 会话缓存保存失败，请重新初始化。
pub const FAILEDOPERATION_FAILEDSETSESSION: &str = "FailedOperation.FailedSetSession";

/// 会话分片序号缓存保存失败，请重新初始化。
pub const FAILEDOPERATION_FAILEDSETSESSIONSEQID: &str = "FailedOperation.FailedSetSessionSeqID";

/// 用户信息缓存保存失败，请稍后重试。
pub const FAILEDOPERATION_FAILEDSETUSER: &str = "FailedOperation.FailedSetUser";

/// 服务内部错误，请稍后重试或联系我们。
pub const FAILEDOPERATION_INTERNALSERVERERROR: &str = "FailedOperation.InternalServerError";

/// 引擎参数错误，请稍后重试。
pub const FAILEDOPERATION_INVALIDPARAMETERVALUE: &str = "FailedOperation.InvalidParameterValue";

/// Json编解码失败，请稍后重试。
pub const FAILEDOPERATION_JSONCODECERROR: &str = "FailedOperation.JsonCodecError";

/// 引擎评估之前没有初始化，请重新初始化成功之后重新传输数据。
pub const FAILEDOPERATION_NEEDINITBEFOREEVALUATION: &str =
    "FailedOperation.NeedInitBeforeEvaluation";

/// 前序分片缺失，请重新补发前序分片。
pub const FAILEDOPERATION_PASTSEQIDLOSE: &str = "FailedOperation.PastSeqIdLose";

/// 结果缓存已过期，请重新初始化成功之后重新传输数据。
pub const FAILEDOPERATION_RESULTEXPIRED: &str = "FailedOperation.ResultExpired";

/// 分片序号缓存已过期，请重新初始化成功之后重新传输数据。
pub const FAILEDOPERATION_SEQIDEXPIRED: &str = "FailedOperation.SeqIdExpired";

/// 引擎服务器过载，请稍后重试。
pub const FAILEDOPERATION_SERVEROVERLOAD: &str = "FailedOperation.ServerOverload";

/// 评测超时，请通过轮询查询评测结果，后续请使用分片传输或减少单次传输音频时长。
pub const FAILEDOPERATION_SERVICETIMEOUT: &str = "FailedOperation.ServiceTimeout";

/// 会话缓存已过期，请重新初始化成功之后重新传输数据。
pub const FAILEDOPERATION_SESSIONEXPIRED: &str = "FailedOperation.SessionExpired";

/// 引擎等待前序分片超时，请重新补发前序分片。
pub const FAILEDOPERATION_WAITPASTSEQIDTIMEOUT: &str = "FailedOperation.WaitPastSeqIdTimeout";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 音频处理出错。
pub const INTERNALERROR_AUDIOPROCESSINGFAILED: &str = "InternalError.AudioProcessingFailed";

/// 服务未开通或已欠费。
pub const INTERNALERROR_AUTHORIZEERROR: &str = "InternalError.AuthorizeError";

/// BASE64解码错误。
pub const INTERNALERROR_BASE64DECODEFAILED: &str = "InternalError.BASE64DecodeFailed";

/// 评估之前没有初始化或已过期。
pub const INTERNALERROR_CANNOTFINDSESSION: &str = "InternalError.CannotFindSession";

/// 语音解码失败。
pub const INTERNALERROR_FAILTODECODEVOICE: &str = "InternalError.FailToDecodeVoice";

/// 服务器应答非法 。
pub const INTERNALERROR_ILEGALSERVERRESPONSE: &str = "InternalError.IlegalServerResponse";

/// 初始化参数错误  。
pub const INTERNALERROR_INITIALPARAMETERERROR: &str = "InternalError.InitialParameterError";

/// 该接口不支持init_stream。
pub const INTERNALERROR_INITSTREAMNOTSUPPORT: &str = "InternalError.InitStreamNotSupport";

/// 初始化请求未完成，请稍后重试。
pub const INTERNALERROR_INITSTREAMUNFINISHED: &str = "InternalError.InitStreamUnfinished";

/// 分片序号错误。
pub const INTERNALERROR_INVALIDSEQID: &str = "InternalError.InvalidSeqId";

/// WAV头部格式非法或不在同一分片内。
pub const INTERNALERROR_INVALIDWAVHEADER: &str = "InternalError.InvalidWAVHeader";

/// 前一个分片未处理完，请稍后重试。
pub const INTERNALERROR_LASTSEQUNFINISHED: &str = "InternalError.LastSeqUnfinished";

/// MP3转码发生错误。
pub const INTERNALERROR_MP3DECODEFAILED: &str = "InternalError.MP3DecodeFailed";

/// 进行评估之前没有进行初始化。
pub const INTERNALERROR_NEEDTOINIT: &str = "InternalError.NeedToInit";

/// 使用的会话没有找到或已经被释放。
pub const INTERNALERROR_NOCONVERSATIONFOUND: &str = "InternalError.NoConversationFound";

/// 表单中没有文件。
pub const INTERNALERROR_NODOCINLIST: &str = "InternalError.NoDocInList";

/// 没有错误。
pub const INTERNALERROR_NOERROR: &str = "InternalError.NoError";

/// 评估之前没有初始化。
pub const INTERNALERROR_NOINITBEFOREEVALUATION: &str = "InternalError.NoInitBeforeEvaluation";

/// 检测到不支持的字符在输入文本。
pub const INTERNALERROR_REFTXTEMPTY: &str = "InternalError.RefTxtEmpty";

/// 检测到不支持的字符在输入文本。
pub const INTERNALERROR_REFTXTOOV: &str = "InternalError.RefTxtOov";

/// 输入文本太长。
pub const INTERNALERROR_REFTXTTOOLANG: &str = "InternalError.RefTxtTooLang";

/// 服务器内部错误。
pub const INTERNALERROR_SERVERINTERNALERROR: &str = "InternalError.ServerInternalError";

/// 服务器过载。
pub const INTERNALERROR_SERVEROVERLOAD: &str = "InternalError.ServerOverload";

/// 服务超时。
pub const INTERNALERROR_SERVICETIMEOUT: &str = "InternalError.ServiceTimeout";

/// 分片序号错误应该从1开始。
pub const INTERNALERROR_SHARDNOSTARTWITHONE: &str = "InternalError.ShardNoStartWithOne";

/// 流式语音包超时。
pub const INTERNALERROR_STREAMINGVOICEPKGTIMEOUT: &str = "InternalError.StreamingvoicepkgTimeout";

/// 流式模式数据包处理过程中间失败。
pub const INTERNALERROR_STREAMPROCESSFAIL: &str = "InternalError.StreamProcessFail";

/// 流式模式数据包处理超时。
pub const INTERNALERROR_STREAMPROCESSTIMEOUT: &str = "InternalError.StreamProcessTimeOut";

/// 获得结果超时。
pub const INTERNALERROR_TIMEOUT: &str = "InternalError.TimeOut";

/// 语音数据包长度超过 1MB。
pub const INTERNALERROR_TOOLONGPACKAGE: &str = "InternalError.TooLongPackage";

/// 没有检测到语音。
pub const INTERNALERROR_VADNOTDETECTEDSPEAK: &str = "InternalError.VadNotDetectedSpeak";

/// 语音数据大于1MB。
pub const INTERNALERROR_VOICEMSGOVERSIZED: &str = "InternalError.VoiceMsgOversized";

/// 语音时长太短 。
pub const INTERNALERROR_VOICEMSGTOOSHORT: &str = "InternalError.VoiceMsgTooShort";

/// 文本单词超过限制 。
pub const INTERNALERROR_WORDLENGTHTOOLONG: &str = "InternalError.WordLengthTooLong";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 输入分片音频大小超过最大限制，请调整分片大小后重新传输数据。
pub const INVALIDPARAMETERVALUE_AUDIODATASIZELIMITEXCEEDED: &str =
    "InvalidParameterValue.AudioDataSizeLimitExceeded";

/// 音频数据解码失败，请参考API文档中音频要求检查音频数据格式设置是否正确后重新传输数据。
pub const INVALIDPARAMETERVALUE_AUDIODECODEFAILED: &str = "InvalidParameterValue.AudioDecodeFailed";

/// 输入音频时长超过限制，请结束本次评测，后续请根据评测模式设置音频时长限制。
pub const INVALIDPARAMETERVALUE_AUDIOLIMITEXCEEDED: &str =
    "InvalidParameterValue.AudioLimitExceeded";

/// 输入音频异常，音频数据指针或音频⻓度必须为偶数，请参考API文档检查音频数据是否正确后重新传输数据。
pub const INVALIDPARAMETERVALUE_AUDIOSIZEMUSTBEEVEN: &str =
    "InvalidParameterValue.AudioSizeMustBeEven";

/// BASE64解码错误。
pub const INVALIDPARAMETERVALUE_BASEDECODEFAILED: &str = "InvalidParameterValue.BASEDecodeFailed";

/// 该评测功能暂不支持，请参考API文档检查评测参数。
pub const INVALIDPARAMETERVALUE_FUNCTIONNOTSUPPORT: &str =
    "InvalidParameterValue.FunctionNotSupport";

/// 分片序号错误。
pub const INVALIDPARAMETERVALUE_INVALIDSEQID: &str = "InvalidParameterValue.InvalidSeqId";

/// WAV头部格式非法或不在同一分片内。
pub const INVALIDPARAMETERVALUE_INVALIDWAVHEADER: &str = "InvalidParameterValue.InvalidWAVHeader";

/// 表单中没有文件。
pub const INVALIDPARAMETERVALUE_NODOCINLIST: &str = "InvalidParameterValue.NoDocInList";

/// 参数值无效，请检查ScoreCoeff参数输入是否在限制内。
pub const INVALIDPARAMETERVALUE_PARAMETERINVALID: &str = "InvalidParameterValue.ParameterInvalid";

/// 请求参数RefText无效或参考文本为空，请检查RefText是否为空。
pub const INVALIDPARAMETERVALUE_REFTEXTEMPTY: &str = "InvalidParameterValue.RefTextEmpty";

/// 请求参数RefText语法错误，请参考API文档检查文本格式，尤其是指定发音格式是否正确。
pub const INVALIDPARAMETERVALUE_REFTEXTGRAMMARERROR: &str =
    "InvalidParameterValue.RefTextGrammarError";

/// 请求参数RefText的字数超过最大限制，请根据评测模式调整字数后重新初始化。
pub const INVALIDPARAMETERVALUE_REFTEXTLIMITEXCEEDED: &str =
    "InvalidParameterValue.RefTextLimitExceeded";

/// 请求参数RefText包含OOV词汇，请使用指定发音或联系我们处理。
pub const INVALIDPARAMETERVALUE_REFTEXTOOV: &str = "InvalidParameterValue.RefTextOOV";

/// 请检查参考文本中是否包含大量多音字，可通过发音描述块指定标准发音解决。
pub const INVALIDPARAMETERVALUE_REFTEXTPOLYPHONICLIMITEXCEEDED: &str =
    "InvalidParameterValue.RefTextPolyphonicLimitExceeded";

/// 输入文本为空。
pub const INVALIDPARAMETERVALUE_REFTXTEMPTY: &str = "InvalidParameterValue.RefTxtEmpty";

/// 输入文本太长。
pub const INVALIDPARAMETERVALUE_REFTXTTOOLANG: &str = "InvalidParameterValue.RefTxtTooLang";

/// 请求内容包含违禁词汇，请检查后重试。
pub const INVALIDPARAMETERVALUE_SENSITIVEWORDS: &str = "InvalidParameterValue.SensitiveWords";

/// SessionId已存在，建议使用uuid作为SessionId重新初始化。
pub const INVALIDPARAMETERVALUE_SESSIONIDINUSE: &str = "InvalidParameterValue.SessionIdInUse";

/// 分片序号错误应该从1开始。
pub const INVALIDPARAMETERVALUE_SHARDNOSTARTWITHONE: &str =
    "InvalidParameterValue.ShardNoStartWithOne";

/// 流式语音包超时。
pub const INVALIDPARAMETERVALUE_STREAMINGVOICEPKGTIMEOUT: &str =
    "InvalidParameterValue.StreamingvoicepkgTimeout";

/// 没有检测到语音。
pub const INVALIDPARAMETERVALUE_VADNOTDETECTEDSPEAK: &str =
    "InvalidParameterValue.VadNotDetectedSpeak";

/// 语音文件格式参数VoiceFileType取值错误，请参考API文档检查语音文件格式VoiceFileType是否正确后重新传输数据。
pub const INVALIDPARAMETERVALUE_VOICEFILETYPENOTFOUND: &str =
    "InvalidParameterValue.VoiceFileTypeNotFound";

/// 音频超过长度限制，要求音频大小不能超过3Mb。
pub const INVALIDPARAMETERVALUE_VOICELENGTHTOOLONG: &str =
    "InvalidParameterValue.VoiceLengthTooLong";

/// WAV格式的音频数据第一个分片的数据长度小于44，头部数据不合法，请检查后重试。
pub const INVALIDPARAMETERVALUE_WAVHEADERDECODEFAILED: &str =
    "InvalidParameterValue.WAVHeaderDecodeFailed";

/// 文本单词超过限制。
pub const INVALIDPARAMETERVALUE_WORDLENGTHTOOLONG: &str = "InvalidParameterValue.WordLengthTooLong";

/// 服务未开通或已欠费。
pub const INVALIDPARAMETER_AUTHORIZEERROR: &str = "InvalidParameter.AuthorizeError";

/// 请求参数RefText的音素Json解码失败，请参考API文档使用标准的Json格式。
pub const INVALIDPARAMETER_ERRORPHONEME: &str = "InvalidParameter.ErrorPhoneme";

/// 初始化参数错误。
pub const INVALIDPARAMETER_INITIALPARAMETERERROR: &str = "InvalidParameter.InitialParameterError";

/// 请求参数Action不合法，请参考API文档检查参数Action的有效性。
pub const INVALIDPARAMETER_INVALIDACTION: &str = "InvalidParameter.InvalidAction";

/// 请求参数不合法，请参考API文档检查参数的有效性。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 请求参数SeqId超过最大值限制，请参考API文档检查参数SeqId是否小于3000。
pub const INVALIDPARAMETER_SEQIDLIMITEXCEEDED: &str = "InvalidParameter.SeqIdLimitExceeded";

/// 语音数据大于1MB。
pub const INVALIDPARAMETER_VOICEMSGOVERSIZED: &str = "InvalidParameter.VoiceMsgOversized";

/// 用户未实名制认证。
pub const INVALIDPARAMETER_WITHOUTREALNAME: &str = "InvalidParameter.WithoutRealName";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 请求并发数超过配额限制，请减少并发数或联系我们调大并发限额。
pub const LIMITEXCEEDED_CONCURRENCYLIMITEXCEEDED: &str = "LimitExceeded.ConcurrencyLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 评测超时，请检查语音数据大小。
pub const RESOURCEINSUFFICIENT_SERVERTIMEOUT: &str = "ResourceInsufficient.ServerTimeout";

/// appid不存在。
pub const RESOURCENOTFOUND_APPIDNOTFOUNT: &str = "ResourceNotFound.AppidNotFount";

/// 接口不存在。
pub const RESOURCENOTFOUND_INTERFACENOTFOUNT: &str = "ResourceNotFound.InterfaceNotFount";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 服务未开通或已欠费。
pub const RESOURCEUNAVAILABLE_AUTHORIZEERROR: &str = "ResourceUnavailable.AuthorizeError";

/// 评估之前没有初始化或已过期。
pub const RESOURCEUNAVAILABLE_CANNOTFINDSESSION: &str = "ResourceUnavailable.CannotFindSession";

/// 使用并发超出限制。
pub const RESOURCEUNAVAILABLE_CONCURRENCYLIMIT: &str = "ResourceUnavailable.ConcurrencyLimit";

/// 该接口不支持init_stream。
pub const RESOURCEUNAVAILABLE_INITSTREAMNOTSUPPORT: &str =
    "ResourceUnavailable.InitStreamNotSupport";

/// 初始化请求未完成，请稍后重试。
pub const RESOURCEUNAVAILABLE_INITSTREAMUNFINISHED: &str =
    "ResourceUnavailable.InitStreamUnfinished";

/// 前一个分片未处理完，请稍后重试。
pub const RESOURCEUNAVAILABLE_LASTSEQUNFINISHED: &str = "ResourceUnavailable.LastSeqUnfinished";

/// 使用的会话没有找到或已经被释放。
pub const RESOURCEUNAVAILABLE_NOCONVERSATIONFOUND: &str = "ResourceUnavailable.NoConversationFound";

/// 评估之前没有初始化。
pub const RESOURCEUNAVAILABLE_NOINITBEFOREEVALUATION: &str =
    "ResourceUnavailable.NoInitBeforeEvaluation";
