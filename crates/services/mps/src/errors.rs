//! Error codes of `mps`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_mps::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 操作失败：bucket 已经设置通知。
pub const FAILEDOPERATION_BUCKETNOTIFYALREADYEXIST: &str =
    "FailedOperation.BucketNotifyAlreadyExist";

/// 操作失败：COS 已经停服。
pub const FAILEDOPERATION_COSSTATUSINAVLID: &str = "FailedOperation.CosStatusInavlid";

/// 创建AIGC任务失败
pub const FAILEDOPERATION_CREATEAIGCTASKFAILED: &str = "FailedOperation.CreateAIGCTaskFailed";

/// 生成资源失败。
pub const FAILEDOPERATION_GENERATERESOURCE: &str = "FailedOperation.GenerateResource";

/// 操作失败：获取源通知错误。
pub const FAILEDOPERATION_GETSOURCENOTIFY: &str = "FailedOperation.GetSourceNotify";

/// 操作失败：非法 mps 用户。
pub const FAILEDOPERATION_INVALIDMPSUSER: &str = "FailedOperation.InvalidMpsUser";

/// 操作失败：无效用户。
pub const FAILEDOPERATION_INVALIDUSER: &str = "FailedOperation.InvalidUser";

/// 操作失败：网络错误。
pub const FAILEDOPERATION_NETWORKERROR: &str = "FailedOperation.NetWorkError";

/// 查询任务发生错误
pub const FAILEDOPERATION_QUERYAIGCTASKFAILED: &str = "FailedOperation.QueryAIGCTaskFailed";

/// 操作失败：设置源通知错误。
pub const FAILEDOPERATION_SETSOURCENOTIFY: &str = "FailedOperation.SetSourceNotify";

/// 查询的任务不存在
pub const FAILEDOPERATION_TASKNOTFOUND: &str = "FailedOperation.TaskNotFound";

/// 用户状态已停服
pub const FAILEDOPERATION_USERARREARS: &str = "FailedOperation.UserArrears";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 数据错误。
pub const INTERNALERROR_ACCESSDBERROR: &str = "InternalError.AccessDBError";

/// 内部错误：生成模板 ID 失败。
pub const INTERNALERROR_GENDEFINITION: &str = "InternalError.GenDefinition";

/// InternalError.GetSSAIChannelsFailed
pub const INTERNALERROR_GETSSAICHANNELSFAILED: &str = "InternalError.GetSSAIChannelsFailed";

/// InternalError.GetSSAIUsagePartialFailed
pub const INTERNALERROR_GETSSAIUSAGEPARTIALFAILED: &str = "InternalError.GetSSAIUsagePartialFailed";

/// 识别出错
pub const INTERNALERROR_RECOGNITIONERROR: &str = "InternalError.RecognitionError";

/// 内部错误：上传水印图片失败。
pub const INTERNALERROR_UPLOADWATERMARKERROR: &str = "InternalError.UploadWatermarkError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数值错误：热词库配置
pub const INVALIDPARAMETERVALUE_ASRHOTWORDSCONFIGURE: &str =
    "InvalidParameterValue.AsrHotWordsConfigure";

/// 参数值错误：热词库ID
pub const INVALIDPARAMETERVALUE_ASRHOTWORDSLIBRARYID: &str =
    "InvalidParameterValue.AsrHotWordsLibraryId";

/// 参数值错误：热词库开关
pub const INVALIDPARAMETERVALUE_ASRHOTWORDSSWITCH: &str = "InvalidParameterValue.AsrHotWordsSwitch";

/// 参数错误：音频流码率。
pub const INVALIDPARAMETERVALUE_AUDIOBITRATE: &str = "InvalidParameterValue.AudioBitrate";

/// 参数值错误：AudioChannel。
pub const INVALIDPARAMETERVALUE_AUDIOCHANNEL: &str = "InvalidParameterValue.AudioChannel";

/// 参数错误：音频流编码格式。
pub const INVALIDPARAMETERVALUE_AUDIOCODEC: &str = "InvalidParameterValue.AudioCodec";

/// 音频数据不合法
pub const INVALIDPARAMETERVALUE_AUDIODATA: &str = "InvalidParameterValue.AudioData";

/// 音频数据过长
pub const INVALIDPARAMETERVALUE_AUDIODATATOOLONG: &str = "InvalidParameterValue.AudioDataTooLong";

/// 音频数据格式不支持
pub const INVALIDPARAMETERVALUE_AUDIOFORMAT: &str = "InvalidParameterValue.AudioFormat";

/// 参数错误：音频流采样率。
pub const INVALIDPARAMETERVALUE_AUDIOSAMPLERATE: &str = "InvalidParameterValue.AudioSampleRate";

/// 擦除模板自动区域错误
pub const INVALIDPARAMETERVALUE_AUTOAREAS: &str = "InvalidParameterValue.AutoAreas";

/// 无效的音频/视频码率。
pub const INVALIDPARAMETERVALUE_BITRATE: &str = "InvalidParameterValue.Bitrate";

/// 参数值错误：BlockConfidence 参数取值非法。
pub const INVALIDPARAMETERVALUE_BLOCKCONFIDENCE: &str = "InvalidParameterValue.BlockConfidence";

/// 参数值错误：智能分类控制字段参数错误。
pub const INVALIDPARAMETERVALUE_CLASSIFCATIONCONFIGURE: &str =
    "InvalidParameterValue.ClassifcationConfigure";

/// 无效的音频/视频编编码格式。
pub const INVALIDPARAMETERVALUE_CODEC: &str = "InvalidParameterValue.Codec";

/// 参数值错误：ColumnCount。
pub const INVALIDPARAMETERVALUE_COLUMNCOUNT: &str = "InvalidParameterValue.ColumnCount";

/// 参数错误：对该模板的描述。
pub const INVALIDPARAMETERVALUE_COMMENT: &str = "InvalidParameterValue.Comment";

/// 参数错误：封装格式。
pub const INVALIDPARAMETERVALUE_CONTAINER: &str = "InvalidParameterValue.Container";

/// 参数值错误：ContainerType。
pub const INVALIDPARAMETERVALUE_CONTAINERTYPE: &str = "InvalidParameterValue.ContainerType";

/// 参数值错误：CoordinateOrigin。
pub const INVALIDPARAMETERVALUE_COORDINATEORIGIN: &str = "InvalidParameterValue.CoordinateOrigin";

/// 参数值错误：智能封面控制字段参数错误。
pub const INVALIDPARAMETERVALUE_COVERCONFIGURE: &str = "InvalidParameterValue.CoverConfigure";

/// 擦除模板指定区域错误
pub const INVALIDPARAMETERVALUE_CUSTOMAREAS: &str = "InvalidParameterValue.CustomAreas";

/// 参数值错误：人脸默认库过滤标签非法。
pub const INVALIDPARAMETERVALUE_DEFAULTLIBRARYLABELSET: &str =
    "InvalidParameterValue.DefaultLibraryLabelSet";

/// 参数错误：Definition。
pub const INVALIDPARAMETERVALUE_DEFINITION: &str = "InvalidParameterValue.Definition";

/// 参数错误：Definitions。
pub const INVALIDPARAMETERVALUE_DEFINITIONS: &str = "InvalidParameterValue.Definitions";

/// 参数值错误：不允许删除默认模板。
pub const INVALIDPARAMETERVALUE_DELETEDEFAULTTEMPLATE: &str =
    "InvalidParameterValue.DeleteDefaultTemplate";

/// DestinationLanguage参数错误
pub const INVALIDPARAMETERVALUE_DESTINATIONLANGUAGE: &str =
    "InvalidParameterValue.DestinationLanguage";

/// 无效的禁止码率低转高开关值。
pub const INVALIDPARAMETERVALUE_DISABLEHIGHERVIDEOBITRATE: &str =
    "InvalidParameterValue.DisableHigherVideoBitrate";

/// 无效的禁止分辨率低转高开关值。
pub const INVALIDPARAMETERVALUE_DISABLEHIGHERVIDEORESOLUTION: &str =
    "InvalidParameterValue.DisableHigherVideoResolution";

/// 水印文本重复
pub const INVALIDPARAMETERVALUE_DUPLICATEDTEXTCONTENT: &str =
    "InvalidParameterValue.DuplicatedTextContent";

/// Duration 参数过大
pub const INVALIDPARAMETERVALUE_DURATIONTOOLONG: &str = "InvalidParameterValue.DurationTooLong";

/// 模板开启的检测项为空。
pub const INVALIDPARAMETERVALUE_EMPTYDETECTITEM: &str = "InvalidParameterValue.EmptyDetectItem";

/// 擦除模板隐私保护配置错误
pub const INVALIDPARAMETERVALUE_ERASEPRIVACYCONFIG: &str =
    "InvalidParameterValue.ErasePrivacyConfig";

/// 擦除模板字幕擦除配置错误
pub const INVALIDPARAMETERVALUE_ERASESUBTITLECONFIG: &str =
    "InvalidParameterValue.EraseSubtitleConfig";

/// 擦除模板擦除类型错误
pub const INVALIDPARAMETERVALUE_ERASETYPE: &str = "InvalidParameterValue.EraseType";

/// 擦除模板水印擦除配置错误
pub const INVALIDPARAMETERVALUE_ERASEWATERMARKCONFIG: &str =
    "InvalidParameterValue.EraseWatermarkConfig";

/// 参数值错误：人脸重复。
pub const INVALIDPARAMETERVALUE_FACEDUPLICATE: &str = "InvalidParameterValue.FaceDuplicate";

/// 参数值错误：人脸库参数非法。
pub const INVALIDPARAMETERVALUE_FACELIBRARY: &str = "InvalidParameterValue.FaceLibrary";

/// 参数值错误：人脸分数参数取值非法。
pub const INVALIDPARAMETERVALUE_FACESCORE: &str = "InvalidParameterValue.FaceScore";

/// 参数错误：填充方式错误。
pub const INVALIDPARAMETERVALUE_FILLTYPE: &str = "InvalidParameterValue.FillType";

/// 参数值错误：Format。
pub const INVALIDPARAMETERVALUE_FORMAT: &str = "InvalidParameterValue.Format";

/// 参数值错误：Format 为 webp 时，Width、Height 均为空。
pub const INVALIDPARAMETERVALUE_FORMATWEBPLACKWIDTHANDHEIGHT: &str =
    "InvalidParameterValue.FormatWebpLackWidthAndHeight";

/// 参数值错误：Format 为 webp 时，不允许 Width、Height 都为 0。
pub const INVALIDPARAMETERVALUE_FORMATWEBPWIDTHANDHEIGHTBOTHZERO: &str =
    "InvalidParameterValue.FormatWebpWidthAndHeightBothZero";

/// 参数错误：视频帧率。
pub const INVALIDPARAMETERVALUE_FPS: &str = "InvalidParameterValue.Fps";

/// 参数值错误：智能按帧标签控制字段参数错误。
pub const INVALIDPARAMETERVALUE_FRAMETAGCONFIGURE: &str = "InvalidParameterValue.FrameTagConfigure";

/// 参数值错误：FunctionArg。
pub const INVALIDPARAMETERVALUE_FUNCTIONARG: &str = "InvalidParameterValue.FunctionArg";

/// 参数值错误：FunctionName。
pub const INVALIDPARAMETERVALUE_FUNCTIONNAME: &str = "InvalidParameterValue.FunctionName";

/// 无效的Gop值。
pub const INVALIDPARAMETERVALUE_GOP: &str = "InvalidParameterValue.Gop";

/// 参数错误：高度。
pub const INVALIDPARAMETERVALUE_HEIGHT: &str = "InvalidParameterValue.Height";

/// 热词库格式错误。请参考[热词配置说明文档](https://cloud.tencent.com/document/product/862/116244#afc37e17-2786-4289-9bc3-8e24435d3f45)。
pub const INVALIDPARAMETERVALUE_HOTWORDSFORMATERROR: &str =
    "InvalidParameterValue.HotwordsFormatError";

/// 参数错误：热词库不存在
pub const INVALIDPARAMETERVALUE_HOTWORDSNOTEXIST: &str = "InvalidParameterValue.HotWordsNotExist";

/// ImageContent参数值无效。
pub const INVALIDPARAMETERVALUE_IMAGECONTENT: &str = "InvalidParameterValue.ImageContent";

/// 参数错误：图片水印模板。
pub const INVALIDPARAMETERVALUE_IMAGETEMPLATE: &str = "InvalidParameterValue.ImageTemplate";

/// 输入参数有误
pub const INVALIDPARAMETERVALUE_INPUTINFO: &str = "InvalidParameterValue.InputInfo";

/// 解析内容 Content 的值不合法。
pub const INVALIDPARAMETERVALUE_INVALIDCONTENT: &str = "InvalidParameterValue.InvalidContent";

/// 无效的操作类型。
pub const INVALIDPARAMETERVALUE_INVALIDOPERATIONTYPE: &str =
    "InvalidParameterValue.InvalidOperationType";

/// 参数值错误：LabelSet 参数取值非法。
pub const INVALIDPARAMETERVALUE_LABELSET: &str = "InvalidParameterValue.LabelSet";

/// 参数错误：Limit。
pub const INVALIDPARAMETERVALUE_LIMIT: &str = "InvalidParameterValue.Limit";

/// 参数值错误：不允许修改默认模板。
pub const INVALIDPARAMETERVALUE_MODIFYDEFAULTTEMPLATE: &str =
    "InvalidParameterValue.ModifyDefaultTemplate";

/// 参数值错误：Name 超过长度限制。
pub const INVALIDPARAMETERVALUE_NAME: &str = "InvalidParameterValue.Name";

/// 不支持状态不为处理中的任务。
pub const INVALIDPARAMETERVALUE_NOTPROCESSINGTASK: &str = "InvalidParameterValue.NotProcessingTask";

/// 参数值错误：物体库参数非法。
pub const INVALIDPARAMETERVALUE_OBJECTLIBRARY: &str = "InvalidParameterValue.ObjectLibrary";

/// 参数值错误：OcrSwitch 参数取值非法。
pub const INVALIDPARAMETERVALUE_OCRSWITCH: &str = "InvalidParameterValue.OcrSwitch";

/// 参数值错误：人脸图片格式错误。
pub const INVALIDPARAMETERVALUE_PICFORMATERROR: &str = "InvalidParameterValue.PicFormatError";

/// 擦除模板隐私保护模型错误
pub const INVALIDPARAMETERVALUE_PRIVACYMODEL: &str = "InvalidParameterValue.PrivacyModel";

/// 擦除模板隐私保护目标错误
pub const INVALIDPARAMETERVALUE_PRIVACYTARGETS: &str = "InvalidParameterValue.PrivacyTargets";

/// 剧集项目数量超出上限
pub const INVALIDPARAMETERVALUE_PROJECTLIMITEXCEEDED: &str =
    "InvalidParameterValue.ProjectLimitExceeded";

/// 剧集项目名称重复
pub const INVALIDPARAMETERVALUE_PROJECTNAMEDUPLICATE: &str =
    "InvalidParameterValue.ProjectNameDuplicate";

/// 剧集项目不存在
pub const INVALIDPARAMETERVALUE_PROJECTNOTFOUND: &str = "InvalidParameterValue.ProjectNotFound";

/// 参数值错误：Quality。
pub const INVALIDPARAMETERVALUE_QUALITY: &str = "InvalidParameterValue.Quality";

/// 参数值错误：RemoveAudio。
pub const INVALIDPARAMETERVALUE_REMOVEAUDIO: &str = "InvalidParameterValue.RemoveAudio";

/// 参数值错误：RemoveVideo。
pub const INVALIDPARAMETERVALUE_REMOVEVIDEO: &str = "InvalidParameterValue.RemoveVideo";

/// 参数错误：RepeatType 无效。
pub const INVALIDPARAMETERVALUE_REPEATTYPE: &str = "InvalidParameterValue.RepeatType";

/// 参数错误：分辨率错误。
pub const INVALIDPARAMETERVALUE_RESOLUTION: &str = "InvalidParameterValue.Resolution";

/// 无效的ResolutionAdaptive。
pub const INVALIDPARAMETERVALUE_RESOLUTIONADAPTIVE: &str =
    "InvalidParameterValue.ResolutionAdaptive";

/// 参数值错误：ReviewConfidence 参数取值非法。
pub const INVALIDPARAMETERVALUE_REVIEWCONFIDENCE: &str = "InvalidParameterValue.ReviewConfidence";

/// 参数值错误：RowCount。
pub const INVALIDPARAMETERVALUE_ROWCOUNT: &str = "InvalidParameterValue.RowCount";

/// 参数值错误：SampleInterval。
pub const INVALIDPARAMETERVALUE_SAMPLEINTERVAL: &str = "InvalidParameterValue.SampleInterval";

/// 无效的音频采样率。
pub const INVALIDPARAMETERVALUE_SAMPLERATE: &str = "InvalidParameterValue.SampleRate";

/// 参数值错误：SampleType。
pub const INVALIDPARAMETERVALUE_SAMPLETYPE: &str = "InvalidParameterValue.SampleType";

/// Service参数值错误
pub const INVALIDPARAMETERVALUE_SERVICE: &str = "InvalidParameterValue.Service";

/// SessionContext 过长。
pub const INVALIDPARAMETERVALUE_SESSIONCONTEXTTOOLONG: &str =
    "InvalidParameterValue.SessionContextTooLong";

/// 去重识别码重复，请求被去重。
pub const INVALIDPARAMETERVALUE_SESSIONID: &str = "InvalidParameterValue.SessionId";

/// SessionId 过长。
pub const INVALIDPARAMETERVALUE_SESSIONIDTOOLONG: &str = "InvalidParameterValue.SessionIdTooLong";

/// 参数错误：音频通道方式。
pub const INVALIDPARAMETERVALUE_SOUNDSYSTEM: &str = "InvalidParameterValue.SoundSystem";

/// SourceLanguage参数错误
pub const INVALIDPARAMETERVALUE_SOURCELANGUAGE: &str = "InvalidParameterValue.SourceLanguage";

/// SourceText参数错误
pub const INVALIDPARAMETERVALUE_SOURCETEXT: &str = "InvalidParameterValue.SourceText";

/// 源文件错误。
pub const INVALIDPARAMETERVALUE_SRCFILE: &str = "InvalidParameterValue.SrcFile";

/// 字幕压制id无效
pub const INVALIDPARAMETERVALUE_SUBTITLEEMBEDID: &str = "InvalidParameterValue.SubtitleEmbedId";

/// 擦除模板字幕擦除方式错误
pub const INVALIDPARAMETERVALUE_SUBTITLEERASEMETHOD: &str =
    "InvalidParameterValue.SubtitleEraseMethod";

/// 参数值错误：SubtitleFormat 参数非法。
pub const INVALIDPARAMETERVALUE_SUBTITLEFORMAT: &str = "InvalidParameterValue.SubtitleFormat";

/// 擦除模板字幕擦除语种错误
pub const INVALIDPARAMETERVALUE_SUBTITLELANG: &str = "InvalidParameterValue.SubtitleLang";

/// 擦除模板字幕擦除模型错误
pub const INVALIDPARAMETERVALUE_SUBTITLEMODEL: &str = "InvalidParameterValue.SubtitleModel";

/// 参数值错误：字幕语言类型
pub const INVALIDPARAMETERVALUE_SUBTITLETYPE: &str = "InvalidParameterValue.SubtitleType";

/// 参数值错误：SVG 为空。
pub const INVALIDPARAMETERVALUE_SVGTEMPLATE: &str = "InvalidParameterValue.SvgTemplate";

/// 参数值错误：SVG 高度。
pub const INVALIDPARAMETERVALUE_SVGTEMPLATEHEIGHT: &str = "InvalidParameterValue.SvgTemplateHeight";

/// 参数值错误：SVG 宽度。
pub const INVALIDPARAMETERVALUE_SVGTEMPLATEWIDTH: &str = "InvalidParameterValue.SvgTemplateWidth";

/// 参数值错误：Switch 参数取值非法。
pub const INVALIDPARAMETERVALUE_SWITCH: &str = "InvalidParameterValue.Switch";

/// 参数值错误：智能标签控制字段参数错误。
pub const INVALIDPARAMETERVALUE_TAGCONFIGURE: &str = "InvalidParameterValue.TagConfigure";

/// 任务 ID 不存在。
pub const INVALIDPARAMETERVALUE_TASKID: &str = "InvalidParameterValue.TaskId";

/// 参数值错误：TEHD Type 无效。
pub const INVALIDPARAMETERVALUE_TEHDTYPE: &str = "InvalidParameterValue.TEHDType";

/// 参数错误：文字透明度。
pub const INVALIDPARAMETERVALUE_TEXTALPHA: &str = "InvalidParameterValue.TextAlpha";

/// TextContent参数值错误
pub const INVALIDPARAMETERVALUE_TEXTCONTENT: &str = "InvalidParameterValue.TextContent";

/// 参数错误：文字模板。
pub const INVALIDPARAMETERVALUE_TEXTTEMPLATE: &str = "InvalidParameterValue.TextTemplate";

/// 擦除模板字幕擦除翻译目标语种错误
pub const INVALIDPARAMETERVALUE_TRANSDSTLANG: &str = "InvalidParameterValue.TransDstLang";

/// 参数值错误：翻译目标语言
pub const INVALIDPARAMETERVALUE_TRANSLATEDSTLANGUAGE: &str =
    "InvalidParameterValue.TranslateDstLanguage";

/// 参数值错误：翻译开关
pub const INVALIDPARAMETERVALUE_TRANSLATESWITCH: &str = "InvalidParameterValue.TranslateSwitch";

/// 参数值错误：TransSwitch 参数取值非法。
pub const INVALIDPARAMETERVALUE_TRANSSWITCH: &str = "InvalidParameterValue.TransSwitch";

/// 参数错误：Type 参数值错误。
pub const INVALIDPARAMETERVALUE_TYPE: &str = "InvalidParameterValue.Type";

/// 未知的检测类别。
pub const INVALIDPARAMETERVALUE_UNKNOWNCATEGORY: &str = "InvalidParameterValue.UnknownCategory";

/// UseOriginalPos无效
pub const INVALIDPARAMETERVALUE_USEORIGINALPOS: &str = "InvalidParameterValue.UseOriginalPos";

/// UseOriginalSize无效
pub const INVALIDPARAMETERVALUE_USEORIGINALSIZE: &str = "InvalidParameterValue.UseOriginalSize";

/// 参数值错误：人脸用户自定义库过滤标签非法。
pub const INVALIDPARAMETERVALUE_USERDEFINELIBRARYLABELSET: &str =
    "InvalidParameterValue.UserDefineLibraryLabelSet";

/// 用户未注册mps
pub const INVALIDPARAMETERVALUE_USERUNREGISTER: &str = "InvalidParameterValue.UserUnRegister";

/// 参数错误：视频流码率。
pub const INVALIDPARAMETERVALUE_VIDEOBITRATE: &str = "InvalidParameterValue.VideoBitrate";

/// 参数错误：视频流的编码格式。
pub const INVALIDPARAMETERVALUE_VIDEOCODEC: &str = "InvalidParameterValue.VideoCodec";

/// 参数值错误：视频源语言错误
pub const INVALIDPARAMETERVALUE_VIDEOSRCLANGUAGE: &str = "InvalidParameterValue.VideoSrcLanguage";

/// 擦除模板去水印擦除方式错误
pub const INVALIDPARAMETERVALUE_WATERMARKERASEMETHOD: &str =
    "InvalidParameterValue.WatermarkEraseMethod";

/// 擦除模板去水印擦除模型错误
pub const INVALIDPARAMETERVALUE_WATERMARKMODEL: &str = "InvalidParameterValue.WatermarkModel";

/// 参数错误：宽度。
pub const INVALIDPARAMETERVALUE_WIDTH: &str = "InvalidParameterValue.Width";

/// 水印原点距离视频图像坐标原点的水平位置。支持 %、px 两种格式。
pub const INVALIDPARAMETERVALUE_XPOS: &str = "InvalidParameterValue.XPos";

/// 水印原点距离视频图像坐标原点的垂直位置。支持 %、px 两种格式。
pub const INVALIDPARAMETERVALUE_YPOS: &str = "InvalidParameterValue.YPos";

/// InvalidParameter.AlreadyAssociatedInput
pub const INVALIDPARAMETER_ALREADYASSOCIATEDINPUT: &str = "InvalidParameter.AlreadyAssociatedInput";

/// InvalidParameter.AppId
pub const INVALIDPARAMETER_APPID: &str = "InvalidParameter.AppId";

/// InvalidParameter.AuthInfo
pub const INVALIDPARAMETER_AUTHINFO: &str = "InvalidParameter.AuthInfo";

/// InvalidParameter.CacheInfo
pub const INVALIDPARAMETER_CACHEINFO: &str = "InvalidParameter.CacheInfo";

/// InvalidParameter.EndTime
pub const INVALIDPARAMETER_ENDTIME: &str = "InvalidParameter.EndTime";

/// InvalidParameter.ExceededQuantityLimit
pub const INVALIDPARAMETER_EXCEEDEDQUANTITYLIMIT: &str = "InvalidParameter.ExceededQuantityLimit";

/// InvalidParameter.Id
pub const INVALIDPARAMETER_ID: &str = "InvalidParameter.Id";

/// InvalidParameter.Input
pub const INVALIDPARAMETER_INPUT: &str = "InvalidParameter.Input";

/// 输入信息非法
pub const INVALIDPARAMETER_INPUTINFO: &str = "InvalidParameter.InputInfo";

/// InvalidParameter.InputOutputId
pub const INVALIDPARAMETER_INPUTOUTPUTID: &str = "InvalidParameter.InputOutputId";

/// InvalidParameter.InvalidParameterChannelId
pub const INVALIDPARAMETER_INVALIDPARAMETERCHANNELID: &str =
    "InvalidParameter.InvalidParameterChannelId";

/// 请求参数中Url不合法
pub const INVALIDPARAMETER_INVALIDURL: &str = "InvalidParameter.InvalidUrl";

/// InvalidParameter.MaxBandwidth
pub const INVALIDPARAMETER_MAXBANDWIDTH: &str = "InvalidParameter.MaxBandwidth";

/// 非法参数，模型不支持
pub const INVALIDPARAMETER_MODELNOTSUPPORTED: &str = "InvalidParameter.ModelNotSupported";

/// InvalidParameter.Name
pub const INVALIDPARAMETER_NAME: &str = "InvalidParameter.Name";

/// 未指定输入类型
pub const INVALIDPARAMETER_NOINPUTSPECIFIED: &str = "InvalidParameter.NoInputSpecified";

/// InvalidParameter.NotFound
pub const INVALIDPARAMETER_NOTFOUND: &str = "InvalidParameter.NotFound";

/// InvalidParameter.Output
pub const INVALIDPARAMETER_OUTPUT: &str = "InvalidParameter.Output";

/// InvalidParameter.OutputGroups
pub const INVALIDPARAMETER_OUTPUTGROUPS: &str = "InvalidParameter.OutputGroups";

/// InvalidParameter.OutputId
pub const INVALIDPARAMETER_OUTPUTID: &str = "InvalidParameter.OutputId";

/// InvalidParameter.PageNum
pub const INVALIDPARAMETER_PAGENUM: &str = "InvalidParameter.PageNum";

/// InvalidParameter.PageSize
pub const INVALIDPARAMETER_PAGESIZE: &str = "InvalidParameter.PageSize";

/// InvalidParameter.Period
pub const INVALIDPARAMETER_PERIOD: &str = "InvalidParameter.Period";

/// InvalidParameter.Pipeline
pub const INVALIDPARAMETER_PIPELINE: &str = "InvalidParameter.Pipeline";

/// InvalidParameter.Points
pub const INVALIDPARAMETER_POINTS: &str = "InvalidParameter.Points";

/// InvalidParameter.Protocol
pub const INVALIDPARAMETER_PROTOCOL: &str = "InvalidParameter.Protocol";

/// InvalidParameter.SortType
pub const INVALIDPARAMETER_SORTTYPE: &str = "InvalidParameter.SortType";

/// InvalidParameter.SSAIInfo
pub const INVALIDPARAMETER_SSAIINFO: &str = "InvalidParameter.SSAIInfo";

/// InvalidParameter.StartTime
pub const INVALIDPARAMETER_STARTTIME: &str = "InvalidParameter.StartTime";

/// InvalidParameter.State
pub const INVALIDPARAMETER_STATE: &str = "InvalidParameter.State";

/// InvalidParameter.Type
pub const INVALIDPARAMETER_TYPE: &str = "InvalidParameter.Type";

/// InvalidParameter.Url
pub const INVALIDPARAMETER_URL: &str = "InvalidParameter.Url";

/// JSON 解析失败；`Uin` / `SubAccountUin` / `Message` 缺失
pub const INVALIDPARAMETER_VALUE: &str = "InvalidParameter.Value";

/// 输入审核拦截。
pub const INVALIDPARAMETER_VIOLATIONCONTENT: &str = "InvalidParameter.ViolationContent";

/// InvalidParameter.Whitelist
pub const INVALIDPARAMETER_WHITELIST: &str = "InvalidParameter.Whitelist";

/// 无法创建任务，当前正在执行的任务数达到上限
pub const LIMITEXCEEDED_CREATETASK: &str = "LimitExceeded.CreateTask";

/// 热词库创建数量到达默认上限
pub const LIMITEXCEEDED_TOOMUCHHOTWORDS: &str = "LimitExceeded.TooMuchHotWords";

/// 大型热词库创建到达上限
pub const LIMITEXCEEDED_TOOMUCHLARGEHOTWORDS: &str = "LimitExceeded.TooMuchLargeHotWords";

/// 超过限制值：模板数超限。
pub const LIMITEXCEEDED_TOOMUCHTEMPLATE: &str = "LimitExceeded.TooMuchTemplate";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不存在：Cos bucket 名称无效。
pub const RESOURCENOTFOUND_COSBUCKETNAMEINVALID: &str = "ResourceNotFound.CosBucketNameInvalid";

/// 资源不存在：Cos bucket 不存在。
pub const RESOURCENOTFOUND_COSBUCKETNOTEXIST: &str = "ResourceNotFound.CosBucketNotExist";

/// 下载失败
pub const RESOURCENOTFOUND_DOWNLOADERROR: &str = "ResourceNotFound.DownloadError";

/// 资源不存在：人物。
pub const RESOURCENOTFOUND_PERSON: &str = "ResourceNotFound.Person";

/// 任务不存在
pub const RESOURCENOTFOUND_TASKNOTFOUND: &str = "ResourceNotFound.TaskNotFound";

/// 资源不存在：模板不存在。
pub const RESOURCENOTFOUND_TEMPLATENOTEXIST: &str = "ResourceNotFound.TemplateNotExist";

/// 用户未注册。
pub const RESOURCENOTFOUND_USERUNREGISTER: &str = "ResourceNotFound.UserUnregister";

/// 资源不存在：关键词。
pub const RESOURCENOTFOUND_WORD: &str = "ResourceNotFound.Word";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 单次请求text超过长度限制
pub const UNSUPPORTEDOPERATION_TEXTTOOLONG: &str = "UnsupportedOperation.TextTooLong";
