//! Error codes of `vod`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_vod::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 应用 ID 与存储桶 ID 不匹配。
pub const FAILEDOPERATION_BUCKETIDNOTMATCH: &str = "FailedOperation.BucketIdNotMatch";

/// 存储桶增量迁移策略正在部署中。
pub const FAILEDOPERATION_BUCKETINCREMENTALMIGRATIONSTRATEGYDEPLOYING: &str =
    "FailedOperation.BucketIncrementalMigrationStrategyDeploying";

/// 操作失败：超过分类层数限制。
pub const FAILEDOPERATION_CLASSLEVELLIMITEXCEEDED: &str = "FailedOperation.ClassLevelLimitExceeded";

/// 操作失败：分类名称重复。
pub const FAILEDOPERATION_CLASSNAMEDUPLICATE: &str = "FailedOperation.ClassNameDuplicate";

/// 操作失败：分类不存在。
pub const FAILEDOPERATION_CLASSNOFOUND: &str = "FailedOperation.ClassNoFound";

/// 操作失败：不支持的封面类型。
pub const FAILEDOPERATION_COVERTYPE: &str = "FailedOperation.CoverType";

/// 操作失败：数据库操作失败。
pub const FAILEDOPERATION_DBERROR: &str = "FailedOperation.DBError";

/// 域名部署中，不能变更配置。
pub const FAILEDOPERATION_DOMAINDEPLOYING: &str = "FailedOperation.DomainDeploying";

/// 存储桶增量迁移策略超限。
pub const FAILEDOPERATION_INCREMENTALMIGRATIONSTRATEGYOVERLIMIT: &str =
    "FailedOperation.IncrementalMigrationStrategyOverLimit";

/// 用户账户异常。
pub const FAILEDOPERATION_INVALIDACCOUNT: &str = "FailedOperation.InvalidAccount";

/// 没有开通点播业务。
pub const FAILEDOPERATION_INVALIDVODUSER: &str = "FailedOperation.InvalidVodUser";

/// 媒体被系统封禁。
pub const FAILEDOPERATION_MEDIAFORBIDEDBYSYSTEM: &str = "FailedOperation.MediaForbidedBySystem";

/// 操作失败：不支持的媒体类型。
pub const FAILEDOPERATION_MEDIATYPE: &str = "FailedOperation.MediaType";

/// 网络错误。
pub const FAILEDOPERATION_NETWORKERROR: &str = "FailedOperation.NetWorkError";

/// 无需做降码率处理。
pub const FAILEDOPERATION_NONEEDTOREDUCEMEDIABITRATE: &str =
    "FailedOperation.NoNeedToReduceMediaBitrate";

/// 没有开通该接口使用权限。
pub const FAILEDOPERATION_NOPRIVILEGES: &str = "FailedOperation.NoPrivileges";

/// 操作失败：父类 ID 不存在。
pub const FAILEDOPERATION_PARENTIDNOFOUND: &str = "FailedOperation.ParentIdNoFound";

/// 存储数量超过限制。
pub const FAILEDOPERATION_STORAGEREGIONBUCKETOVERLIMIT: &str =
    "FailedOperation.StorageRegionBucketOverLimit";

/// 操作失败：子类数量超过限制。
pub const FAILEDOPERATION_SUBCLASSLIMITEXCEEDED: &str = "FailedOperation.SubclassLimitExceeded";

/// 操作失败：任务重复。
pub const FAILEDOPERATION_TASKDUPLICATE: &str = "FailedOperation.TaskDuplicate";

/// 操作失败：上传文件到 cos 失败。
pub const FAILEDOPERATION_UPLOADCOSFAIL: &str = "FailedOperation.UploadCosFail";

/// 用户已经停服。
pub const FAILEDOPERATION_USERSTATUSINAVLID: &str = "FailedOperation.UserStatusInavlid";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部错误，访问DB失败。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 内部错误：生成模板 ID 失败。
pub const INTERNALERROR_GENDEFINITION: &str = "InternalError.GenDefinition";

/// 内部错误：获取媒体文件信息错误。
pub const INTERNALERROR_GETFILEINFOERROR: &str = "InternalError.GetFileInfoError";

/// 内部错误：获取媒体列表错误。
pub const INTERNALERROR_GETMEDIALISTERROR: &str = "InternalError.GetMediaListError";

/// 时间解析错误。
pub const INTERNALERROR_TIMEPARSEERROR: &str = "InternalError.TimeParseError";

/// 内部错误：更新媒体文件信息错误。
pub const INTERNALERROR_UPDATEMEDIAERROR: &str = "InternalError.UpdateMediaError";

/// 内部错误：上传封面图片错误。
pub const INTERNALERROR_UPLOADCOVERIMAGEERROR: &str = "InternalError.UploadCoverImageError";

/// 内部错误：上传水印图片失败。
pub const INTERNALERROR_UPLOADWATERMARKERROR: &str = "InternalError.UploadWatermarkError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数值错误：AddKeyFrameDescs 与 ClearKeyFrameDescs 参数冲突。
pub const INVALIDPARAMETERVALUE_ADDKEYFRAMEDESCSANDCLEARKEYFRAMEDESCSCONFLICT: &str =
    "InvalidParameterValue.AddKeyFrameDescsAndClearKeyFrameDescsConflict";

/// 参数值错误：AddKeyFrameDescs 与 DeleteKeyFrameDescs 参数冲突。
pub const INVALIDPARAMETERVALUE_ADDKEYFRAMEDESCSANDDELETEKEYFRAMEDESCSCONFLICT: &str =
    "InvalidParameterValue.AddKeyFrameDescsAndDeleteKeyFrameDescsConflict";

/// 参数值错误：AddTags 与 ClearTags 参数冲突。
pub const INVALIDPARAMETERVALUE_ADDTAGSANDCLEARTAGSCONFLICT: &str =
    "InvalidParameterValue.AddTagsAndClearTagsConflict";

/// 参数值错误：AddTags 与 DeleteTags 参数冲突。
pub const INVALIDPARAMETERVALUE_ADDTAGSANDDELETETAGSCONFLICT: &str =
    "InvalidParameterValue.AddTagsAndDeleteTagsConflict";

/// 参数值错误：AI 分析 Definition。
pub const INVALIDPARAMETERVALUE_AIANALYSISTASKDEFINITION: &str =
    "InvalidParameterValue.AiAnalysisTaskDefinition";

/// 参数值错误：AI 内容审核 Definition。
pub const INVALIDPARAMETERVALUE_AICONTENTREVIEWTASKDEFINITION: &str =
    "InvalidParameterValue.AiContentReviewTaskDefinition";

/// 参数值错误：AI 识别 Definition。
pub const INVALIDPARAMETERVALUE_AIRECOGNITIONTASKDEFINITION: &str =
    "InvalidParameterValue.AiRecognitionTaskDefinition";

/// 没有开通点播业务。
pub const INVALIDPARAMETERVALUE_APPID: &str = "InvalidParameterValue.AppId";

/// Area 参数错误。
pub const INVALIDPARAMETERVALUE_AREA: &str = "InvalidParameterValue.Area";

/// 参数错误：音频流码率。
pub const INVALIDPARAMETERVALUE_AUDIOBITRATE: &str = "InvalidParameterValue.AudioBitrate";

/// 参数值错误：AudioChannel。
pub const INVALIDPARAMETERVALUE_AUDIOCHANNEL: &str = "InvalidParameterValue.AudioChannel";

/// 参数错误：音频流编码格式。
pub const INVALIDPARAMETERVALUE_AUDIOCODEC: &str = "InvalidParameterValue.AudioCodec";

/// 参数错误：音频流采样率。
pub const INVALIDPARAMETERVALUE_AUDIOSAMPLERATE: &str = "InvalidParameterValue.AudioSampleRate";

/// 无效的音频/视频码率。
pub const INVALIDPARAMETERVALUE_BITRATE: &str = "InvalidParameterValue.Bitrate";

/// 参数值错误：BlockConfidence 参数取值非法。
pub const INVALIDPARAMETERVALUE_BLOCKCONFIDENCE: &str = "InvalidParameterValue.BlockConfidence";

/// 无效的文件类型。
pub const INVALIDPARAMETERVALUE_CATEGORIES: &str = "InvalidParameterValue.Categories";

/// 参数值错误：分类 ID。
pub const INVALIDPARAMETERVALUE_CLASSID: &str = "InvalidParameterValue.ClassId";

/// 参数值错误：ClassIds 无效。
pub const INVALIDPARAMETERVALUE_CLASSIDS: &str = "InvalidParameterValue.ClassIds";

/// 智能分类控制字段参数错误。
pub const INVALIDPARAMETERVALUE_CLASSIFCATIONCONFIGURE: &str =
    "InvalidParameterValue.ClassifcationConfigure";

/// 参数值错误：ClassName 无效。
pub const INVALIDPARAMETERVALUE_CLASSNAME: &str = "InvalidParameterValue.ClassName";

/// 参数值错误：裁剪时间段太长。
pub const INVALIDPARAMETERVALUE_CLIPDURATION: &str = "InvalidParameterValue.ClipDuration";

/// 无效的音频/视频编码格式。
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

/// 智能封面控制字段参数错误。
pub const INVALIDPARAMETERVALUE_COVERCONFIGURE: &str = "InvalidParameterValue.CoverConfigure";

/// 参数值错误：封面类型。
pub const INVALIDPARAMETERVALUE_COVERTYPE: &str = "InvalidParameterValue.CoverType";

/// 参数值错误：封面 URL。
pub const INVALIDPARAMETERVALUE_COVERURL: &str = "InvalidParameterValue.CoverUrl";

/// 参数值错误：CutAndCrops 参数取值非法。
pub const INVALIDPARAMETERVALUE_CUTANDCROPS: &str = "InvalidParameterValue.CutAndCrops";

/// 参数值错误，时间粒度。
pub const INVALIDPARAMETERVALUE_DATAINTERVAL: &str = "InvalidParameterValue.DataInterval";

/// 参数值错误，数据类型。
pub const INVALIDPARAMETERVALUE_DATATYPE: &str = "InvalidParameterValue.DataType";

/// 参数值错误：Date。
pub const INVALIDPARAMETERVALUE_DATE: &str = "InvalidParameterValue.Date";

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

/// 参数值错误：Description 超过长度限制。
pub const INVALIDPARAMETERVALUE_DESCRIPTION: &str = "InvalidParameterValue.Description";

/// 无效的禁止码率低转高开关值。
pub const INVALIDPARAMETERVALUE_DISABLEHIGHERVIDEOBITRATE: &str =
    "InvalidParameterValue.DisableHigherVideoBitrate";

/// 无效的禁止分辨率低转高开关值。
pub const INVALIDPARAMETERVALUE_DISABLEHIGHERVIDEORESOLUTION: &str =
    "InvalidParameterValue.DisableHigherVideoResolution";

/// Districts 参数值错误。
pub const INVALIDPARAMETERVALUE_DISTRICTS: &str = "InvalidParameterValue.Districts";

/// 参数错误：不存在的域名。
pub const INVALIDPARAMETERVALUE_DOMAINNAME: &str = "InvalidParameterValue.DomainName";

/// 恶意域名，无法添加。
pub const INVALIDPARAMETERVALUE_DOMAINNAMEINBLACKLIST: &str =
    "InvalidParameterValue.DomainNameInBlackList";

/// 参数值，域名列表太大。
pub const INVALIDPARAMETERVALUE_DOMAINNAMES: &str = "InvalidParameterValue.DomainNames";

/// 无效的DRM类型。
pub const INVALIDPARAMETERVALUE_DRMTYPE: &str = "InvalidParameterValue.DrmType";

/// 参数值错误：EndDate 无效。
pub const INVALIDPARAMETERVALUE_ENDDATE: &str = "InvalidParameterValue.EndDate";

/// 参数值错误：EndTime 无效。
pub const INVALIDPARAMETERVALUE_ENDTIME: &str = "InvalidParameterValue.EndTime";

/// 参数错误：无效的结束时间。
pub const INVALIDPARAMETERVALUE_ENDTIMEOFFSET: &str = "InvalidParameterValue.EndTimeOffset";

/// 名字重复
pub const INVALIDPARAMETERVALUE_EXISTEDNAME: &str = "InvalidParameterValue.ExistedName";

/// ExpiredTime 错误。
pub const INVALIDPARAMETERVALUE_EXPIREDTIME: &str = "InvalidParameterValue.ExpiredTime";

/// 参数值错误：ExpireTime 格式错误。
pub const INVALIDPARAMETERVALUE_EXPIRETIME: &str = "InvalidParameterValue.ExpireTime";

/// 参数值错误：ExtendedParameter 参数取值非法。
pub const INVALIDPARAMETERVALUE_EXTENDEDPARAMETER: &str = "InvalidParameterValue.ExtendedParameter";

/// 参数值错误：人脸重复。
pub const INVALIDPARAMETERVALUE_FACEDUPLICATE: &str = "InvalidParameterValue.FaceDuplicate";

/// 参数值错误：人脸库参数非法。
pub const INVALIDPARAMETERVALUE_FACELIBRARY: &str = "InvalidParameterValue.FaceLibrary";

/// 参数值错误：人脸分数参数取值非法。
pub const INVALIDPARAMETERVALUE_FACESCORE: &str = "InvalidParameterValue.FaceScore";

/// FileId 不存在。
pub const INVALIDPARAMETERVALUE_FILEID: &str = "InvalidParameterValue.FileId";

/// FileIds 参数错误。
pub const INVALIDPARAMETERVALUE_FILEIDS: &str = "InvalidParameterValue.FileIds";

/// FileIds 数组为空。
pub const INVALIDPARAMETERVALUE_FILEIDSEMPTY: &str = "InvalidParameterValue.FileIdsEmpty";

/// FileIds 数组超限
pub const INVALIDPARAMETERVALUE_FILEIDSOVERLIMIT: &str = "InvalidParameterValue.FileIdsOverLimit";

/// 参数值错误：FileId 过多。
pub const INVALIDPARAMETERVALUE_FILEIDSTOOMANY: &str = "InvalidParameterValue.FileIdsTooMany";

/// 错误的视频类型。
pub const INVALIDPARAMETERVALUE_FILETYPE: &str = "InvalidParameterValue.FileType";

/// 参数错误：填充方式错误。
pub const INVALIDPARAMETERVALUE_FILLTYPE: &str = "InvalidParameterValue.FillType";

/// 参数错误：是否去除视频，应为0或1。
pub const INVALIDPARAMETERVALUE_FILTRATEAUDIO: &str = "InvalidParameterValue.FiltrateAudio";

/// 参数错误：去除视频。
pub const INVALIDPARAMETERVALUE_FILTRATEVIDEO: &str = "InvalidParameterValue.FiltrateVideo";

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

/// 智能按帧标签控制字段参数错误。
pub const INVALIDPARAMETERVALUE_FRAMETAGCONFIGURE: &str = "InvalidParameterValue.FrameTagConfigure";

/// 参数值错误：FunctionArg。
pub const INVALIDPARAMETERVALUE_FUNCTIONARG: &str = "InvalidParameterValue.FunctionArg";

/// 参数值错误：FunctionName。
pub const INVALIDPARAMETERVALUE_FUNCTIONNAME: &str = "InvalidParameterValue.FunctionName";

/// 参数错误：高度。
pub const INVALIDPARAMETERVALUE_HEIGHT: &str = "InvalidParameterValue.Height";

/// 智能精彩集锦控制参数错误。
pub const INVALIDPARAMETERVALUE_HIGHLIGHTCONFIGURE: &str =
    "InvalidParameterValue.HighlightConfigure";

/// ImageContent参数值无效。
pub const INVALIDPARAMETERVALUE_IMAGECONTENT: &str = "InvalidParameterValue.ImageContent";

/// 图片解 Base64 编码失败。
pub const INVALIDPARAMETERVALUE_IMAGEDECODEERROR: &str = "InvalidParameterValue.ImageDecodeError";

/// 参数错误：图片水印模板。
pub const INVALIDPARAMETERVALUE_IMAGETEMPLATE: &str = "InvalidParameterValue.ImageTemplate";

/// Index 参数错误。
pub const INVALIDPARAMETERVALUE_INDEX: &str = "InvalidParameterValue.Index";

/// 参数值错误：Interval 无效。
pub const INVALIDPARAMETERVALUE_INTERVAL: &str = "InvalidParameterValue.Interval";

/// 参数错误：无效的操作类型。
pub const INVALIDPARAMETERVALUE_INVALIDOPERATIONTYPE: &str =
    "InvalidParameterValue.InvalidOperationType";

/// 参数值错误：错误固化参数。
pub const INVALIDPARAMETERVALUE_ISPERSISTENCE: &str = "InvalidParameterValue.IsPersistence";

/// Isps 参数错误。
pub const INVALIDPARAMETERVALUE_ISPS: &str = "InvalidParameterValue.Isps";

/// ItemId 错误。
pub const INVALIDPARAMETERVALUE_ITEMID: &str = "InvalidParameterValue.ItemId";

/// 参数值错误：打点信息内容过长。
pub const INVALIDPARAMETERVALUE_KEYFRAMEDESCCONTENTTOOLONG: &str =
    "InvalidParameterValue.KeyFrameDescContentTooLong";

/// 参数错误：标签错误。
pub const INVALIDPARAMETERVALUE_LABELS: &str = "InvalidParameterValue.Labels";

/// 参数值错误：LabelSet 参数取值非法。
pub const INVALIDPARAMETERVALUE_LABELSET: &str = "InvalidParameterValue.LabelSet";

/// 参数错误：Limit。
pub const INVALIDPARAMETERVALUE_LIMIT: &str = "InvalidParameterValue.Limit";

/// 参数值错误：Limit 过大。
pub const INVALIDPARAMETERVALUE_LIMITTOOLARGE: &str = "InvalidParameterValue.LimitTooLarge";

/// 参数取值错误：MediaManifestContent。
pub const INVALIDPARAMETERVALUE_MEDIAMANIFESTCONTENT: &str =
    "InvalidParameterValue.MediaManifestContent";

/// 参数值错误：媒体存储路径。
pub const INVALIDPARAMETERVALUE_MEDIASTORAGEPATH: &str = "InvalidParameterValue.MediaStoragePath";

/// 参数值错误：媒体类型。
pub const INVALIDPARAMETERVALUE_MEDIATYPE: &str = "InvalidParameterValue.MediaType";

/// 参数值错误：媒体文件 URL。
pub const INVALIDPARAMETERVALUE_MEDIAURL: &str = "InvalidParameterValue.MediaUrl";

/// 参数错误：Metric 无效。
pub const INVALIDPARAMETERVALUE_METRIC: &str = "InvalidParameterValue.Metric";

/// 参数值错误：不允许修改默认模板。
pub const INVALIDPARAMETERVALUE_MODIFYDEFAULTTEMPLATE: &str =
    "InvalidParameterValue.ModifyDefaultTemplate";

/// 参数值错误：Name 超过长度限制。
pub const INVALIDPARAMETERVALUE_NAME: &str = "InvalidParameterValue.Name";

/// 无效的文件名前缀。
pub const INVALIDPARAMETERVALUE_NAMEPREFIXES: &str = "InvalidParameterValue.NamePrefixes";

/// Names数组中元素过多。
pub const INVALIDPARAMETERVALUE_NAMES: &str = "InvalidParameterValue.Names";

/// 参数错误：文件不支持解冻。
pub const INVALIDPARAMETERVALUE_NOTRESTORABLE: &str = "InvalidParameterValue.NotRestorable";

/// 参数值错误：物体库参数非法。
pub const INVALIDPARAMETERVALUE_OBJECTLIBRARY: &str = "InvalidParameterValue.ObjectLibrary";

/// 参数值错误：Offset 无效。
pub const INVALIDPARAMETERVALUE_OFFSET: &str = "InvalidParameterValue.Offset";

/// 参数值错误：Offset 过大。
pub const INVALIDPARAMETERVALUE_OFFSETTOOLARGE: &str = "InvalidParameterValue.OffsetTooLarge";

/// 参数值错误：Operation 无效。
pub const INVALIDPARAMETERVALUE_OPERATION: &str = "InvalidParameterValue.Operation";

/// 参数值错误：文件原存储类型异常。
pub const INVALIDPARAMETERVALUE_ORIGINALSTORAGECLASS: &str =
    "InvalidParameterValue.OriginalStorageClass";

/// 参数值错误：错误的输出媒体文件类型。
pub const INVALIDPARAMETERVALUE_OUTPUTMEDIATYPE: &str = "InvalidParameterValue.OutputMediaType";

/// 参数值错误：ParentId 无效。
pub const INVALIDPARAMETERVALUE_PARENTID: &str = "InvalidParameterValue.ParentId";

/// 参数值错误：人脸图片格式错误。
pub const INVALIDPARAMETERVALUE_PICFORMATERROR: &str = "InvalidParameterValue.PicFormatError";

/// 参数值错误：错误的精度参数。
pub const INVALIDPARAMETERVALUE_PRECISION: &str = "InvalidParameterValue.Precision";

/// 参数值错误：错误的 Procedure 。
pub const INVALIDPARAMETERVALUE_PROCEDURE: &str = "InvalidParameterValue.Procedure";

/// 任务流模板名无效。
pub const INVALIDPARAMETERVALUE_PROCEDURENAME: &str = "InvalidParameterValue.ProcedureName";

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

/// 参数错误：解冻天数错误。
pub const INVALIDPARAMETERVALUE_RESTOREDAY: &str = "InvalidParameterValue.RestoreDay";

/// 参数错误：不支持的解冻模式。
pub const INVALIDPARAMETERVALUE_RESTORETIER: &str = "InvalidParameterValue.RestoreTier";

/// 参数值错误：ReviewConfidence 参数取值非法。
pub const INVALIDPARAMETERVALUE_REVIEWCONFIDENCE: &str = "InvalidParameterValue.ReviewConfidence";

/// 参数值错误：ReviewWallSwitch 参数取值非法。
pub const INVALIDPARAMETERVALUE_REVIEWWALLSWITCH: &str = "InvalidParameterValue.ReviewWallSwitch";

/// 相同 ID 的播单已经存在。
pub const INVALIDPARAMETERVALUE_ROUNDPLAYALREADYEXISTS: &str =
    "InvalidParameterValue.RoundPlayAlreadyExists";

/// RoundPlayId 参数错误。
pub const INVALIDPARAMETERVALUE_ROUNDPLAYID: &str = "InvalidParameterValue.RoundPlayId";

/// RoundPlaylist 参数长度错误。
pub const INVALIDPARAMETERVALUE_ROUNDPLAYLIST: &str = "InvalidParameterValue.RoundPlaylist";

/// 参数值错误：RowCount。
pub const INVALIDPARAMETERVALUE_ROWCOUNT: &str = "InvalidParameterValue.RowCount";

/// 参数值错误：SampleInterval。
pub const INVALIDPARAMETERVALUE_SAMPLEINTERVAL: &str = "InvalidParameterValue.SampleInterval";

/// 无效的音频采样率。
pub const INVALIDPARAMETERVALUE_SAMPLERATE: &str = "InvalidParameterValue.SampleRate";

/// 参数值错误：SampleType。
pub const INVALIDPARAMETERVALUE_SAMPLETYPE: &str = "InvalidParameterValue.SampleType";

/// 场景类型参数取值无效。
pub const INVALIDPARAMETERVALUE_SCENARIOTYPE: &str = "InvalidParameterValue.ScenarioType";

/// 参数错误：Scheme 无效。
pub const INVALIDPARAMETERVALUE_SCHEME: &str = "InvalidParameterValue.Scheme";

/// 域名没有开启 https。
pub const INVALIDPARAMETERVALUE_SCHEMECONFLICT: &str = "InvalidParameterValue.SchemeConflict";

/// 参数值错误：ScreenshotInterval 参数取值非法。
pub const INVALIDPARAMETERVALUE_SCREENSHOTINTERVAL: &str =
    "InvalidParameterValue.ScreenshotInterval";

/// SessionContext 过长。
pub const INVALIDPARAMETERVALUE_SESSIONCONTEXTTOOLONG: &str =
    "InvalidParameterValue.SessionContextTooLong";

/// 去重识别码重复，请求被去重。
pub const INVALIDPARAMETERVALUE_SESSIONID: &str = "InvalidParameterValue.SessionId";

/// SessionId 过长。
pub const INVALIDPARAMETERVALUE_SESSIONIDTOOLONG: &str = "InvalidParameterValue.SessionIdTooLong";

/// 参数值错误：Sort 无效。
pub const INVALIDPARAMETERVALUE_SORT: &str = "InvalidParameterValue.Sort";

/// 参数错误：音频通道方式。
pub const INVALIDPARAMETERVALUE_SOUNDSYSTEM: &str = "InvalidParameterValue.SoundSystem";

/// SourceDefinition 错误，请检查媒体文件是否有对应的转码。
pub const INVALIDPARAMETERVALUE_SOURCEDEFINITION: &str = "InvalidParameterValue.SourceDefinition";

/// 参数值错误：SourceType 无效。
pub const INVALIDPARAMETERVALUE_SOURCETYPE: &str = "InvalidParameterValue.SourceType";

/// 未知的媒体文件来源。
pub const INVALIDPARAMETERVALUE_SOURCETYPES: &str = "InvalidParameterValue.SourceTypes";

/// 源文件错误。
pub const INVALIDPARAMETERVALUE_SRCFILE: &str = "InvalidParameterValue.SrcFile";

/// 参数值错误：StartDate 无效。
pub const INVALIDPARAMETERVALUE_STARTDATE: &str = "InvalidParameterValue.StartDate";

/// 参数值错误：StartTime 无效。
pub const INVALIDPARAMETERVALUE_STARTTIME: &str = "InvalidParameterValue.StartTime";

/// 参数错误：无效的起始时间。
pub const INVALIDPARAMETERVALUE_STARTTIMEOFFSET: &str = "InvalidParameterValue.StartTimeOffset";

/// 参数值错误：人工确认结果取值非法。
pub const INVALIDPARAMETERVALUE_STATUS: &str = "InvalidParameterValue.Status";

/// 参数值错误：目标存储类型不在可选值中。
pub const INVALIDPARAMETERVALUE_STORAGECLASS: &str = "InvalidParameterValue.StorageClass";

/// 参数值错误：存储地域。
pub const INVALIDPARAMETERVALUE_STORAGEREGION: &str = "InvalidParameterValue.StorageRegion";

/// 参数值错误：StorageRegions 无效。
pub const INVALIDPARAMETERVALUE_STORAGEREGIONS: &str = "InvalidParameterValue.StorageRegions";

/// 参数值错误：StorageType。
pub const INVALIDPARAMETERVALUE_STORAGETYPE: &str = "InvalidParameterValue.StorageType";

/// 参数值错误：StreamId无效。
pub const INVALIDPARAMETERVALUE_STREAMIDINVALID: &str = "InvalidParameterValue.StreamIdInvalid";

/// 无效的流ID参数。
pub const INVALIDPARAMETERVALUE_STREAMIDS: &str = "InvalidParameterValue.StreamIds";

/// 参数值错误：应用 ID。
pub const INVALIDPARAMETERVALUE_SUBAPPID: &str = "InvalidParameterValue.SubAppId";

/// 参数值错误：SubtitleFormat 参数非法。
pub const INVALIDPARAMETERVALUE_SUBTITLEFORMAT: &str = "InvalidParameterValue.SubtitleFormat";

/// 参数值错误：SVG 为空。
pub const INVALIDPARAMETERVALUE_SVGTEMPLATE: &str = "InvalidParameterValue.SvgTemplate";

/// 参数值错误：SVG 高度。
pub const INVALIDPARAMETERVALUE_SVGTEMPLATEHEIGHT: &str = "InvalidParameterValue.SvgTemplateHeight";

/// 参数值错误：SVG 宽度。
pub const INVALIDPARAMETERVALUE_SVGTEMPLATEWIDTH: &str = "InvalidParameterValue.SvgTemplateWidth";

/// 参数值错误：Switch 参数取值非法。
pub const INVALIDPARAMETERVALUE_SWITCH: &str = "InvalidParameterValue.Switch";

/// 智能标签控制字段参数错误。
pub const INVALIDPARAMETERVALUE_TAGCONFIGURE: &str = "InvalidParameterValue.TagConfigure";

/// 参数值错误：Tags 无效。
pub const INVALIDPARAMETERVALUE_TAGS: &str = "InvalidParameterValue.Tags";

/// 参数值错误：标签过长。
pub const INVALIDPARAMETERVALUE_TAGTOOLONG: &str = "InvalidParameterValue.TagTooLong";

/// 任务 ID 不存在。
pub const INVALIDPARAMETERVALUE_TASKID: &str = "InvalidParameterValue.TaskId";

/// 参数值错误：TEHD Type 无效。
pub const INVALIDPARAMETERVALUE_TEHDTYPE: &str = "InvalidParameterValue.TEHDType";

/// 参数值错误：搜索文本。
pub const INVALIDPARAMETERVALUE_TEXT: &str = "InvalidParameterValue.Text";

/// 参数错误：文字透明度。
pub const INVALIDPARAMETERVALUE_TEXTALPHA: &str = "InvalidParameterValue.TextAlpha";

/// 参数错误：文字模板。
pub const INVALIDPARAMETERVALUE_TEXTTEMPLATE: &str = "InvalidParameterValue.TextTemplate";

/// 参数值错误：Thumbnail 参数取值非法。
pub const INVALIDPARAMETERVALUE_THUMBNAILS: &str = "InvalidParameterValue.Thumbnails";

/// 参数值错误：TimeType。
pub const INVALIDPARAMETERVALUE_TIMETYPE: &str = "InvalidParameterValue.TimeType";

/// Type 参数值错误。
pub const INVALIDPARAMETERVALUE_TYPE: &str = "InvalidParameterValue.Type";

/// 无效的 Types 参数。
pub const INVALIDPARAMETERVALUE_TYPES: &str = "InvalidParameterValue.Types";

/// 去重识别码一天内重复，请求被去重。
pub const INVALIDPARAMETERVALUE_UNIQUEIDENTIFIER: &str = "InvalidParameterValue.UniqueIdentifier";

/// 域名不能被设置。
pub const INVALIDPARAMETERVALUE_UNSUPPORTDOMAIN: &str = "InvalidParameterValue.UnsupportDomain";

/// 参数值错误：文件不支持该解冻方式。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDRESTORETIER: &str =
    "InvalidParameterValue.UnsupportedRestoreTier";

/// 参数值错误：不支持的目标存储类型，深度归档只支持部分园区。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDSTORAGECLASS: &str =
    "InvalidParameterValue.UnsupportedStorageClass";

/// 不支持的存储区域。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDSTORAGEREGION: &str =
    "InvalidParameterValue.UnsupportedStorageRegion";

/// 参数值错误：不支持的存储类型转换。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDTRANSITION: &str =
    "InvalidParameterValue.UnsupportedTransition";

/// 参数错误：无效的Url。
pub const INVALIDPARAMETERVALUE_URL: &str = "InvalidParameterValue.Url";

/// 参数值错误：人脸用户自定义库过滤标签非法。
pub const INVALIDPARAMETERVALUE_USERDEFINELIBRARYLABELSET: &str =
    "InvalidParameterValue.UserDefineLibraryLabelSet";

/// 参数错误：vcrf。
pub const INVALIDPARAMETERVALUE_VCRF: &str = "InvalidParameterValue.Vcrf";

/// 参数错误：视频流码率。
pub const INVALIDPARAMETERVALUE_VIDEOBITRATE: &str = "InvalidParameterValue.VideoBitrate";

/// 参数错误：视频流的编码格式。
pub const INVALIDPARAMETERVALUE_VIDEOCODEC: &str = "InvalidParameterValue.VideoCodec";

/// 无效的 Vids 参数。
pub const INVALIDPARAMETERVALUE_VIDS: &str = "InvalidParameterValue.Vids";

/// 参数值错误：点播会话。
pub const INVALIDPARAMETERVALUE_VODSESSIONKEY: &str = "InvalidParameterValue.VodSessionKey";

/// 参数值错误：Watermarks 参数取值非法。
pub const INVALIDPARAMETERVALUE_WATERMARKS: &str = "InvalidParameterValue.Watermarks";

/// 参数错误：宽度。
pub const INVALIDPARAMETERVALUE_WIDTH: &str = "InvalidParameterValue.Width";

/// 水印原点距离视频图像坐标原点的水平位置。支持 %、px 两种格式。
pub const INVALIDPARAMETERVALUE_XPOS: &str = "InvalidParameterValue.XPos";

/// 水印原点距离视频图像坐标原点的垂直位置。支持 %、px 两种格式。
pub const INVALIDPARAMETERVALUE_YPOS: &str = "InvalidParameterValue.YPos";

/// 任务流模板名字已存在。
pub const INVALIDPARAMETER_EXISTEDPROCEDURENAME: &str = "InvalidParameter.ExistedProcedureName";

/// 参数值错误：过期时间。
pub const INVALIDPARAMETER_EXPIRETIME: &str = "InvalidParameter.ExpireTime";

/// 参数错误：标签错误。
pub const INVALIDPARAMETER_LABELS: &str = "InvalidParameter.Labels";

/// 任务流模板名字不存在。
pub const INVALIDPARAMETER_PROCEDURENAMENOTEXIST: &str = "InvalidParameter.ProcedureNameNotExist";

/// 参数值错误：存储地域。
pub const INVALIDPARAMETER_STORAGEREGION: &str = "InvalidParameter.StorageRegion";

/// InvalidParameter.ViolationContent
pub const INVALIDPARAMETER_VIOLATIONCONTENT: &str = "InvalidParameter.ViolationContent";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 超过限制值：新旧打点信息个数和超过限制值。
pub const LIMITEXCEEDED_KEYFRAMEDESCCOUNTREACHMAX: &str = "LimitExceeded.KeyFrameDescCountReachMax";

/// 播放列表长度太大。
pub const LIMITEXCEEDED_PLAYLIST: &str = "LimitExceeded.PlayList";

/// 超出配额限制
pub const LIMITEXCEEDED_QUOTA: &str = "LimitExceeded.Quota";

/// 播单列表长度超过上限。
pub const LIMITEXCEEDED_ROUNDPLAYLIST: &str = "LimitExceeded.RoundPlaylist";

/// 超过播单总数限制。
pub const LIMITEXCEEDED_ROUNDPLAYS: &str = "LimitExceeded.RoundPlays";

/// 运行中的播单超过最大数量。
pub const LIMITEXCEEDED_RUNNINGROUNDPLAYS: &str = "LimitExceeded.RunningRoundPlays";

/// 超过限制值：新旧标签个数和超过限制值。
pub const LIMITEXCEEDED_TAGCOUNTREACHMAX: &str = "LimitExceeded.TagCountReachMax";

/// 超过限制值：模板数超过上限 100 个，如需更多请[提交工单](https://console.cloud.tencent.com/workorder/category)。
pub const LIMITEXCEEDED_TOOMUCHTEMPLATE: &str = "LimitExceeded.TooMuchTemplate";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不存在：封面不存在。
pub const RESOURCENOTFOUND_COVERURL: &str = "ResourceNotFound.CoverUrl";

/// 资源不存在：文件不存在。
pub const RESOURCENOTFOUND_FILENOTEXIST: &str = "ResourceNotFound.FileNotExist";

/// 增量迁移策略不存在。
pub const RESOURCENOTFOUND_INCREMENTALMIGRATIONSTRATEGYNOTFOUND: &str =
    "ResourceNotFound.IncrementalMigrationStrategyNotFound";

/// 资源不存在：人物。
pub const RESOURCENOTFOUND_PERSON: &str = "ResourceNotFound.Person";

/// 没有开通服务。
pub const RESOURCENOTFOUND_SERVICENOTEXIST: &str = "ResourceNotFound.ServiceNotExist";

/// 资源不存在：模板不存在。
pub const RESOURCENOTFOUND_TEMPLATENOTEXIST: &str = "ResourceNotFound.TemplateNotExist";

/// 用户不存在。
pub const RESOURCENOTFOUND_USERNOTEXIST: &str = "ResourceNotFound.UserNotExist";

/// 资源不存在：关键词。
pub const RESOURCENOTFOUND_WORD: &str = "ResourceNotFound.Word";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 参数错误：不支持MasterPlaylist的M3u8。
pub const RESOURCEUNAVAILABLE_MASTERPLAYLIST: &str = "ResourceUnavailable.MasterPlaylist";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 域名解析验证失败
pub const UNAUTHORIZEDOPERATION_DOMAINRECORDNOTVERIFIED: &str =
    "UnauthorizedOperation.DomainRecordNotVerified";

/// 应用未授权。
pub const UNAUTHORIZEDOPERATION_SUBAPP: &str = "UnauthorizedOperation.SubApp";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 不支持删除非空分类。
pub const UNSUPPORTEDOPERATION_CLASSNOTEMPTY: &str = "UnsupportedOperation.ClassNotEmpty";
