//! Error codes of `trtc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_trtc::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// CAM鉴权失败。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 未完成实名认证，不允许此操作。
pub const AUTHFAILURE_UNREALNAMEAUTHENTICATED: &str = "AuthFailure.UnRealNameAuthenticated";

/// 不支持该操作。
pub const AUTHFAILURE_UNSUPPORTEDOPERATION: &str = "AuthFailure.UnsupportedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// Cos上传出现异常。
pub const FAILEDOPERATION_COSOPERATIONFAILED: &str = "FailedOperation.CosOperationFailed";

/// 云端录制方法不支持。
pub const FAILEDOPERATION_CRUNSUPPORTMETHOD: &str = "FailedOperation.CRUnsupportMethod";

/// 云端切片方法不支持。
pub const FAILEDOPERATION_CSUNSUPPORTMETHOD: &str = "FailedOperation.CSUnsupportMethod";

/// 云端转录方法不支持。
pub const FAILEDOPERATION_CTUNSUPPORTMETHOD: &str = "FailedOperation.CTUnsupportMethod";

/// 数据库处理出现异常。
pub const FAILEDOPERATION_DBOPERATIONFAILED: &str = "FailedOperation.DbOperationFailed";

/// VoicePrintId生成出现异常。
pub const FAILEDOPERATION_GENVOICEPRINTIDFAILED: &str = "FailedOperation.GenVoicePrintIdFailed";

/// 房间中没有设置混流模板。
pub const FAILEDOPERATION_MIXSESSIONNOTEXIST: &str = "FailedOperation.MixSessionNotExist";

/// 需要解锁所需能力位
pub const FAILEDOPERATION_NOTABILITY: &str = "FailedOperation.NotAbility";

/// 不允许此操作，请提交工单联系我们
pub const FAILEDOPERATION_NOTALLOWED: &str = "FailedOperation.NotAllowed";

/// 查询任务失败
pub const FAILEDOPERATION_QUERYTASKINFOFAILED: &str = "FailedOperation.QueryTaskInfoFailed";

/// 请求过期。
pub const FAILEDOPERATION_REQUESTOUTDATED: &str = "FailedOperation.RequestOutdated";

/// 云API混流模板和SDK混流冲突。
pub const FAILEDOPERATION_REQUESTREJECTION: &str = "FailedOperation.RequestRejection";

/// 单用户并发过载，请联系我们增大并发路数到合理值。
pub const FAILEDOPERATION_RESTRICTEDCONCURRENCY: &str = "FailedOperation.RestrictedConcurrency";

/// 请求过于频繁
pub const FAILEDOPERATION_RESTRICTEDFREQUENCY: &str = "FailedOperation.RestrictedFrequency";

/// 房间不存在。
pub const FAILEDOPERATION_ROOMNOTEXIST: &str = "FailedOperation.RoomNotExist";

/// 应用ID不存在。
pub const FAILEDOPERATION_SDKAPPIDNOTEXIST: &str = "FailedOperation.SdkAppIdNotExist";

/// AppId下没有此SdkAppId的资源
pub const FAILEDOPERATION_SDKAPPIDNOTUNDERAPPID: &str = "FailedOperation.SdkAppIdNotUnderAppId";

/// 任务已存在
pub const FAILEDOPERATION_TASKEXIST: &str = "FailedOperation.TaskExist";

/// 调用接口时任务已结束。
pub const FAILEDOPERATION_TASKFINISHED: &str = "FailedOperation.TaskFinished";

/// 任务不存在或已结束
pub const FAILEDOPERATION_TASKNOTEXIST: &str = "FailedOperation.TaskNotExist";

/// VoicePrintId不存在。
pub const FAILEDOPERATION_UPDATEVOICEPRINTIDNOTFOUND: &str =
    "FailedOperation.UpdateVoicePrintIdNotFound";

/// 声纹音频检测出现异常。
pub const FAILEDOPERATION_VOICEPRINTAUDIOCHECKFAILED: &str =
    "FailedOperation.VoicePrintAudioCheckFailed";

/// 单用户声纹注册数量受限,请联系我们调整到合理值。
pub const FAILEDOPERATION_VOICEPRINTREGISTRATIONLIMIT: &str =
    "FailedOperation.VoicePrintRegistrationLimit";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 云端录制内部服务错误。
pub const INTERNALERROR_CRINTERNALERROR: &str = "InternalError.CRInternalError";

/// 云端切片内部服务错误
pub const INTERNALERROR_CSINTERNALERROR: &str = "InternalError.CSInternalError";

/// 云端转录内部服务错误。
pub const INTERNALERROR_CTINTERNALERROR: &str = "InternalError.CTInternalError";

/// 数据库查询异常。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// ES查询异常。
pub const INTERNALERROR_ESQUERYERROR: &str = "InternalError.EsQueryError";

/// 访问数据库失败。
pub const INTERNALERROR_FAILACCESSDATABASE: &str = "InternalError.FailAccessDatabase";

/// 查询房间失败。
pub const INTERNALERROR_GETROOMCACHEIPERROR: &str = "InternalError.GetRoomCacheIpError";

/// 获取房间信息失败。
pub const INTERNALERROR_GETROOMFROMCACHEERROR: &str = "InternalError.GetRoomFromCacheError";

/// http请求解析失败。
pub const INTERNALERROR_HTTPPARASEFALIED: &str = "InternalError.HttpParaseFalied";

/// http请求解析失败。
pub const INTERNALERROR_HTTPPARSEFAILED: &str = "InternalError.HttpParseFailed";

/// 接口错误。
pub const INTERNALERROR_INTERFACEERR: &str = "InternalError.InterfaceErr";

/// 内部错误，请重试。
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 不支持的方法。
pub const INTERNALERROR_METHODERR: &str = "InternalError.MethodErr";

/// 第三方调用错误。
pub const INTERNALERROR_THIRDPARTYCALLERROR: &str = "InternalError.ThirdPartyCallError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// AppId无效。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDAPPID: &str = "InvalidParameterValue.ErrorInvalidAppid";

/// 非法的VocabId。
pub const INVALIDPARAMETERVALUE_INVALIDVOCABID: &str = "InvalidParameterValue.InvalidVocabId";

/// 热词weight参数无效
pub const INVALIDPARAMETERVALUE_INVALIDWORDWEIGHT: &str = "InvalidParameterValue.InvalidWordWeight";

/// 非法的WordWeightStr。
pub const INVALIDPARAMETERVALUE_INVALIDWORDWEIGHTSTR: &str =
    "InvalidParameterValue.InvalidWordWeightStr";

/// RoomId值错误。
pub const INVALIDPARAMETERVALUE_ROOMID: &str = "InvalidParameterValue.RoomId";

/// AppId校验失败。
pub const INVALIDPARAMETER_APPID: &str = "InvalidParameter.AppId";

/// 音频编码参数错误。
pub const INVALIDPARAMETER_AUDIOENCODEPARAMS: &str = "InvalidParameter.AudioEncodeParams";

/// 无效的参考音频
pub const INVALIDPARAMETER_AUDIOPROMPT: &str = "InvalidParameter.AudioPrompt";

/// BackgroundImageUrl参数错误。
pub const INVALIDPARAMETER_BACKGROUNDIMAGEURL: &str = "InvalidParameter.BackgroundImageUrl";

/// BizId参数错误
pub const INVALIDPARAMETER_BIZID: &str = "InvalidParameter.BizId";

/// body 解析参数失败。
pub const INVALIDPARAMETER_BODYPARAMSERROR: &str = "InvalidParameter.BodyParamsError";

/// 图片过大。
pub const INVALIDPARAMETER_CHECKCONTENTFAILED: &str = "InvalidParameter.CheckContentFailed";

/// 后缀名校验失败。
pub const INVALIDPARAMETER_CHECKSUFFIXFAILED: &str = "InvalidParameter.CheckSuffixFailed";

/// EncodeParams参数错误。
pub const INVALIDPARAMETER_ENCODEPARAMS: &str = "InvalidParameter.EncodeParams";

/// EndTs参数错误。
pub const INVALIDPARAMETER_ENDTS: &str = "InvalidParameter.EndTs";

/// Audio 参数不合法。
pub const INVALIDPARAMETER_INVALIDAUDIOINPUT: &str = "InvalidParameter.InvalidAudioInput";

/// invalid sdkAppId
pub const INVALIDPARAMETER_INVALIDSDKAPPID: &str = "InvalidParameter.InvalidSdkAppId";

/// 非法的词表状态。
pub const INVALIDPARAMETER_INVALIDVOCABSTATE: &str = "InvalidParameter.InvalidVocabState";

/// VoicePrintIdList 不能为空，也不能过长。
pub const INVALIDPARAMETER_INVALIDVOICEPRINTIDLIST: &str =
    "InvalidParameter.InvalidVoicePrintIdList";

/// 无效的语言参数
pub const INVALIDPARAMETER_LANGUAGE: &str = "InvalidParameter.Language";

/// 大画面居右显示参数错误。
pub const INVALIDPARAMETER_MAINVIDEORIGHTALIGN: &str = "InvalidParameter.MainVideoRightAlign";

/// 大画面流类型错误。
pub const INVALIDPARAMETER_MAINVIDEOSTREAMTYPE: &str = "InvalidParameter.MainVideoStreamType";

/// 无效的Model参数
pub const INVALIDPARAMETER_MODEL: &str = "InvalidParameter.Model";

/// 参数超出范围。
pub const INVALIDPARAMETER_OUTOFRANGE: &str = "InvalidParameter.OutOfRange";

/// OutputParams参数错误。
pub const INVALIDPARAMETER_OUTPUTPARAMS: &str = "InvalidParameter.OutputParams";

/// PageNumber 参数错误。
pub const INVALIDPARAMETER_PAGENUMBER: &str = "InvalidParameter.PageNumber";

/// PageSize参数错误。
pub const INVALIDPARAMETER_PAGESIZE: &str = "InvalidParameter.PageSize";

/// PageSize超过100。
pub const INVALIDPARAMETER_PAGESIZEOVERSIZE: &str = "InvalidParameter.PageSizeOversize";

/// 待操作的图片未找到。
pub const INVALIDPARAMETER_PICTURENOTFOUND: &str = "InvalidParameter.PictureNotFound";

/// 无效的语调
pub const INVALIDPARAMETER_PITCH: &str = "InvalidParameter.Pitch";

/// 自定义布局参数错误。
pub const INVALIDPARAMETER_PRESETLAYOUTCONFIG: &str = "InvalidParameter.PresetLayoutConfig";

/// 发音纠正词典条目参数错误
pub const INVALIDPARAMETER_PRONUNCIATIONDICT: &str = "InvalidParameter.PronunciationDict";

/// PublishCdnUrls参数校验失败。
pub const INVALIDPARAMETER_PUBLISHCDNURLS: &str = "InvalidParameter.PublishCdnUrls";

/// 纯音频推流参数错误。
pub const INVALIDPARAMETER_PUREAUDIOSTREAM: &str = "InvalidParameter.PureAudioStream";

/// 查询范围超过文档限制。
pub const INVALIDPARAMETER_QUERYSCALEOVERSIZE: &str = "InvalidParameter.QueryScaleOversize";

/// 纯音频录制参数错误。
pub const INVALIDPARAMETER_RECORDAUDIOONLY: &str = "InvalidParameter.RecordAudioOnly";

/// RecordId参数错误。
pub const INVALIDPARAMETER_RECORDID: &str = "InvalidParameter.RecordId";

/// RoomId参数错误。
pub const INVALIDPARAMETER_ROOMID: &str = "InvalidParameter.RoomId";

/// 无效的采样率
pub const INVALIDPARAMETER_SAMPLERATE: &str = "InvalidParameter.SampleRate";

/// SdkAppId参数错误。
pub const INVALIDPARAMETER_SDKAPPID: &str = "InvalidParameter.SdkAppId";

/// 小画面布局参数错误。
pub const INVALIDPARAMETER_SMALLVIDEOLAYOUTPARAMS: &str = "InvalidParameter.SmallVideoLayoutParams";

/// 小画面布局中流类型参数错误。
pub const INVALIDPARAMETER_SMALLVIDEOSTREAMTYPE: &str = "InvalidParameter.SmallVideoStreamType";

/// 无效的音速
pub const INVALIDPARAMETER_SPEED: &str = "InvalidParameter.Speed";

/// 查询开始时间超过文档限制。
pub const INVALIDPARAMETER_STARTTIMEEXPIRE: &str = "InvalidParameter.StartTimeExpire";

/// 查询起始时间超过当前监控仪表盘功能版本限制，详情请见:https://cloud.tencent.com/document/product/647/81331。
pub const INVALIDPARAMETER_STARTTIMEOVERSIZE: &str = "InvalidParameter.StartTimeOversize";

/// StartTs参数错误。
pub const INVALIDPARAMETER_STARTTS: &str = "InvalidParameter.StartTs";

/// 查询开始时间超过文档限制。
pub const INVALIDPARAMETER_STARTTSOVERSIZE: &str = "InvalidParameter.StartTsOversize";

/// StreamId参数错误。
pub const INVALIDPARAMETER_STREAMID: &str = "InvalidParameter.StreamId";

/// StreamUrl参数校验失败
pub const INVALIDPARAMETER_STREAMURL: &str = "InvalidParameter.StreamUrl";

/// StrRoomId参数错误。
pub const INVALIDPARAMETER_STRROOMID: &str = "InvalidParameter.StrRoomId";

/// TaskId 参数错误。
pub const INVALIDPARAMETER_TASKID: &str = "InvalidParameter.TaskId";

/// 无效文本
pub const INVALIDPARAMETER_TEXT: &str = "InvalidParameter.Text";

/// 无效的文本长度
pub const INVALIDPARAMETER_TEXTLENGTH: &str = "InvalidParameter.TextLength";

/// Url解析参数失败。
pub const INVALIDPARAMETER_URLPARAMSERROR: &str = "InvalidParameter.UrlParamsError";

/// UserId参数错误。
pub const INVALIDPARAMETER_USERID: &str = "InvalidParameter.UserId";

/// UserIds参数错误。
pub const INVALIDPARAMETER_USERIDS: &str = "InvalidParameter.UserIds";

/// 用户数超过6个。
pub const INVALIDPARAMETER_USERIDSMORETHANSIX: &str = "InvalidParameter.UserIdsMorethanSix";

/// UserSig过期或错误。
pub const INVALIDPARAMETER_USERSIG: &str = "InvalidParameter.UserSig";

/// UserSig 不是超级管理员。
pub const INVALIDPARAMETER_USERSIGNOTADMIN: &str = "InvalidParameter.UserSigNotAdmin";

/// 视频分辨率参数错误。
pub const INVALIDPARAMETER_VIDEORESOLUTION: &str = "InvalidParameter.VideoResolution";

/// 无效的VoiceId
pub const INVALIDPARAMETER_VOICEID: &str = "InvalidParameter.VoiceId";

/// 无效的声音名字
pub const INVALIDPARAMETER_VOICENAME: &str = "InvalidParameter.VoiceName";

/// 无效的音量
pub const INVALIDPARAMETER_VOLUME: &str = "InvalidParameter.Volume";

/// 并发数量受限
pub const LIMITEXCEEDED_CONCURRENCYLIMIT: &str = "LimitExceeded.ConcurrencyLimit";

/// 热词表数量已到账号限制。
pub const LIMITEXCEEDED_VOCABFULL: &str = "LimitExceeded.VocabFull";

/// 克隆超过最大数量
pub const LIMITEXCEEDED_VOICECLONEMAXNUMLIMIT: &str = "LimitExceeded.VoiceCloneMaxNumLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少AccessKey参数。
pub const MISSINGPARAMETER_ACCESSKEY: &str = "MissingParameter.AccessKey";

/// 无效的APIKey
pub const MISSINGPARAMETER_APIKEY: &str = "MissingParameter.APIKey";

/// 缺少AppId参数。
pub const MISSINGPARAMETER_APPID: &str = "MissingParameter.AppId";

/// 缺少ASR模型参数Lang。
pub const MISSINGPARAMETER_ASRLANG: &str = "MissingParameter.ASRLang";

/// 缺少AsrParam参数。
pub const MISSINGPARAMETER_ASRPARAM: &str = "MissingParameter.AsrParam";

/// EncodeParams中缺少音频输出参数。
pub const MISSINGPARAMETER_AUDIOENCODEPARAMS: &str = "MissingParameter.AudioEncodeParams";

/// 转推参数中缺少BizId。
pub const MISSINGPARAMETER_BIZID: &str = "MissingParameter.BizId";

/// 缺少Bucket参数。
pub const MISSINGPARAMETER_BUCKET: &str = "MissingParameter.Bucket";

/// 缺少CloudStorage参数。
pub const MISSINGPARAMETER_CLOUDSTORAGE: &str = "MissingParameter.CloudStorage";

/// 缺少CommId参数。
pub const MISSINGPARAMETER_COMMID: &str = "MissingParameter.CommId";

/// 缺少SdkAppId参数或CommID参数。
pub const MISSINGPARAMETER_COMMIDORSDKAPPID: &str = "MissingParameter.CommIdOrSdkAppId";

/// 缺少EncodeParams参数。
pub const MISSINGPARAMETER_ENCODEPARAMS: &str = "MissingParameter.EncodeParams";

/// 缺少endTS_s参数。
pub const MISSINGPARAMETER_ENDTS: &str = "MissingParameter.EndTs";

/// 更新声纹时,Audio,AudioName,AudioMetaInfo不能都为空。
pub const MISSINGPARAMETER_MISSINGVOICEPRINTUPDATEPARAMS: &str =
    "MissingParameter.MissingVoicePrintUpdateParams";

/// 缺少OutputParams参数。
pub const MISSINGPARAMETER_OUTPUTPARAMS: &str = "MissingParameter.OutputParams";

/// 缺少自定义布局参数。
pub const MISSINGPARAMETER_PRESETLAYOUTCONFIG: &str = "MissingParameter.PresetLayoutConfig";

/// 缺少转推参数。
pub const MISSINGPARAMETER_PUBLISHCDNPARAMS: &str = "MissingParameter.PublishCdnParams";

/// 转推参数中缺少转推目的地址。
pub const MISSINGPARAMETER_PUBLISHCDNURLS: &str = "MissingParameter.PublishCdnUrls";

/// 缺少RecordMode参数。
pub const MISSINGPARAMETER_RECORDMODE: &str = "MissingParameter.RecordMode";

/// 缺少RecordParams参数。
pub const MISSINGPARAMETER_RECORDPARAMS: &str = "MissingParameter.RecordParams";

/// 缺少Region参数。
pub const MISSINGPARAMETER_REGION: &str = "MissingParameter.Region";

/// 缺少RoomId参数。
pub const MISSINGPARAMETER_ROOMID: &str = "MissingParameter.RoomId";

/// 缺少RoomNum参数。
pub const MISSINGPARAMETER_ROOMNUM: &str = "MissingParameter.RoomNum";

/// 缺少SdkAppId参数。
pub const MISSINGPARAMETER_SDKAPPID: &str = "MissingParameter.SdkAppId";

/// 缺少SecretKey参数。
pub const MISSINGPARAMETER_SECRETKEY: &str = "MissingParameter.SecretKey";

/// 缺少SliceParams参数。
pub const MISSINGPARAMETER_SLICEPARAMS: &str = "MissingParameter.SliceParams";

/// 缺少SliceStorageParams参数。
pub const MISSINGPARAMETER_SLICESTORAGEPARAMS: &str = "MissingParameter.SliceStorageParams";

/// 缺少SliceType参数。
pub const MISSINGPARAMETER_SLICETYPE: &str = "MissingParameter.SliceType";

/// 缺少startTS_s参数。
pub const MISSINGPARAMETER_STARTTS: &str = "MissingParameter.StartTs";

/// 缺少StorageParams参数。
pub const MISSINGPARAMETER_STORAGEPARAMS: &str = "MissingParameter.StorageParams";

/// OutputParams中缺少StreamId参数。
pub const MISSINGPARAMETER_STREAMID: &str = "MissingParameter.StreamId";

/// 缺少StreamType参数。
pub const MISSINGPARAMETER_STREAMTYPE: &str = "MissingParameter.StreamType";

/// 缺少TaskId参数。
pub const MISSINGPARAMETER_TASKID: &str = "MissingParameter.TaskId";

/// 缺失Text字段
pub const MISSINGPARAMETER_TEXT: &str = "MissingParameter.Text";

/// 缺少转录参数TranscriptionParam。
pub const MISSINGPARAMETER_TRANSCRIPTIONPARAM: &str = "MissingParameter.TranscriptionParam";

/// 缺少UserId参数。
pub const MISSINGPARAMETER_USERID: &str = "MissingParameter.UserId";

/// 缺少UserIds参数。
pub const MISSINGPARAMETER_USERIDS: &str = "MissingParameter.UserIds";

/// 缺少UserSig参数。
pub const MISSINGPARAMETER_USERSIG: &str = "MissingParameter.UserSig";

/// 缺少Vendor参数。
pub const MISSINGPARAMETER_VENDOR: &str = "MissingParameter.Vendor";

/// EncodeParams中缺少视频输出参数。
pub const MISSINGPARAMETER_VIDEOENCODEPARAMS: &str = "MissingParameter.VideoEncodeParams";

/// 请求频率超限，请稍后再试
pub const OPERATIONDENIED_FREQOVERLIMIT: &str = "OperationDenied.FreqOverLimit";

/// 资源不足。
pub const RESOURCEINSUFFICIENT_REQUESTREJECTION: &str = "ResourceInsufficient.RequestRejection";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不存在。
pub const RESOURCENOTFOUND_RESOURCENOTFOUND: &str = "ResourceNotFound.ResourceNotFound";

/// 没有操作SdkAppId的权限。
pub const UNAUTHORIZEDOPERATION_SDKAPPID: &str = "UnauthorizedOperation.SdkAppId";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 不支持的操作
pub const UNSUPPORTEDOPERATION_INTERNALERROR: &str = "UnsupportedOperation.InternalError";

/// 不允许使用，请联系技术人员
pub const UNSUPPORTEDOPERATION_NOTALLOWED: &str = "UnsupportedOperation.NotAllowed";

/// 任务并发限制
pub const UNSUPPORTEDOPERATION_TASKLIMIT: &str = "UnsupportedOperation.TaskLimit";

/// 声音克隆错误
pub const UNSUPPORTEDOPERATION_VOICECLONEERROR: &str = "UnsupportedOperation.VoiceCloneError";
