//! Error codes of `faceid`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_faceid::errors::AUTHFAILURE_INVALIDAUTHORIZATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 未检测到闭眼动作。
pub const FAILEDOPERATION_ACTIONCLOSEEYE: &str = "FailedOperation.ActionCloseEye";

/// 脸离屏幕太近。
pub const FAILEDOPERATION_ACTIONFACECLOSE: &str = "FailedOperation.ActionFaceClose";

/// 脸离屏幕太远。
pub const FAILEDOPERATION_ACTIONFACEFAR: &str = "FailedOperation.ActionFaceFar";

/// 脸离屏幕太左。
pub const FAILEDOPERATION_ACTIONFACELEFT: &str = "FailedOperation.ActionFaceLeft";

/// 脸离屏幕太右。
pub const FAILEDOPERATION_ACTIONFACERIGHT: &str = "FailedOperation.ActionFaceRight";

/// 未检测到动作配合。
pub const FAILEDOPERATION_ACTIONFIRSTACTION: &str = "FailedOperation.ActionFirstAction";

/// 光线太暗。
pub const FAILEDOPERATION_ACTIONLIGHTDARK: &str = "FailedOperation.ActionLightDark";

/// 光线太强。
pub const FAILEDOPERATION_ACTIONLIGHTSTRONG: &str = "FailedOperation.ActionLightStrong";

/// 未能检测到完整人脸。
pub const FAILEDOPERATION_ACTIONNODETECTFACE: &str = "FailedOperation.ActionNodetectFace";

/// 未检测到张嘴动作。
pub const FAILEDOPERATION_ACTIONOPENMOUTH: &str = "FailedOperation.ActionOpenMouth";

/// 比对失败。
pub const FAILEDOPERATION_COMPAREFAIL: &str = "FailedOperation.CompareFail";

/// 比对库源维护中，暂时不可用
pub const FAILEDOPERATION_COMPARELIBSERVICEUNAVAILABLE: &str =
    "FailedOperation.CompareLibServiceUnavailable";

/// 比对相似度未达到通过标准。
pub const FAILEDOPERATION_COMPARELOWSIMILARITY: &str = "FailedOperation.CompareLowSimilarity";

/// 调用比对引擎接口出错。
pub const FAILEDOPERATION_COMPARESYSTEMERROR: &str = "FailedOperation.CompareSystemError";

/// The video compression failed. Please try again or reduce the size of the input video.
pub const FAILEDOPERATION_COMPRESSVIDEOERROR: &str = "FailedOperation.CompressVideoError";

/// 图中人脸存在遮挡，请传入无遮挡人脸图片
pub const FAILEDOPERATION_COVEREDFACE: &str = "FailedOperation.CoveredFace";

/// 数据库异常。
pub const FAILEDOPERATION_DBERROR: &str = "FailedOperation.DbError";

/// 解密失败。
pub const FAILEDOPERATION_DECRYPTSYSTEMERROR: &str = "FailedOperation.DecryptSystemError";

/// 服务引擎调用失败，请重试
pub const FAILEDOPERATION_DETECTENGINESYSTEMERROR: &str = "FailedOperation.DetectEngineSystemError";

/// 文件下载失败。
pub const FAILEDOPERATION_DOWNLOADERROR: &str = "FailedOperation.DownLoadError";

/// 文件下载超时。
pub const FAILEDOPERATION_DOWNLOADTIMEOUTERROR: &str = "FailedOperation.DownLoadTimeoutError";

/// 图片内容为空。
pub const FAILEDOPERATION_EMPTYIMAGEERROR: &str = "FailedOperation.EmptyImageError";

/// 加密失败。
pub const FAILEDOPERATION_ENCRYPTSYSTEMERROR: &str = "FailedOperation.EncryptSystemError";

/// 文件存储失败，请稍后重试。
pub const FAILEDOPERATION_FILESAVEERROR: &str = "FailedOperation.FileSaveError";

/// 姓名/身份证号认证次数超过当日限制，请次日重试
pub const FAILEDOPERATION_IDENTITYAUTHLIMITEXCEEDED: &str =
    "FailedOperation.IdentityAuthLimitExceeded";

/// 输入的身份证号有误。
pub const FAILEDOPERATION_IDFORMATERROR: &str = "FailedOperation.IdFormatError";

/// 姓名和身份证号不一致，请核实后重试。
pub const FAILEDOPERATION_IDNAMEMISMATCH: &str = "FailedOperation.IdNameMisMatch";

/// 库中无此号，请到户籍所在地进行核实。
pub const FAILEDOPERATION_IDNOEXISTSYSTEM: &str = "FailedOperation.IdNoExistSystem";

/// 库中无此号照片，请到户籍所在地进行核实。
pub const FAILEDOPERATION_IDPHOTONOEXIST: &str = "FailedOperation.IdPhotoNoExist";

/// 证件图片质量差，请更新后重试。
pub const FAILEDOPERATION_IDPHOTOPOORQUALITY: &str = "FailedOperation.IdPhotoPoorQuality";

/// 客户库自建库或认证中心返照失败，请稍后再试。
pub const FAILEDOPERATION_IDPHOTOSYSTEMNOANSWER: &str = "FailedOperation.IdPhotoSystemNoanswer";

/// 图片模糊。
pub const FAILEDOPERATION_IMAGEBLUR: &str = "FailedOperation.ImageBlur";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 图片中未检测到身份证。
pub const FAILEDOPERATION_IMAGENOIDCARD: &str = "FailedOperation.ImageNoIdCard";

/// 图片尺寸过大。
pub const FAILEDOPERATION_IMAGESIZETOOLARGE: &str = "FailedOperation.ImageSizeTooLarge";

/// 未检测到完整人脸，请传入完整人脸图片
pub const FAILEDOPERATION_INCOMPLETEFACE: &str = "FailedOperation.IncompleteFace";

/// Token不存在
pub const FAILEDOPERATION_INVALIDTOKENPARAMETER: &str = "FailedOperation.InvalidTokenParameter";

/// 检测到多张人脸。
pub const FAILEDOPERATION_LIFEPHOTODETECTFACES: &str = "FailedOperation.LifePhotoDetectFaces";

/// 实人比对没通过。
pub const FAILEDOPERATION_LIFEPHOTODETECTFAKE: &str = "FailedOperation.LifePhotoDetectFake";

/// 未能检测到完整人脸。
pub const FAILEDOPERATION_LIFEPHOTODETECTNOFACES: &str = "FailedOperation.LifePhotoDetectNoFaces";

/// 传入图片分辨率太低，请重新上传。
pub const FAILEDOPERATION_LIFEPHOTOPOORQUALITY: &str = "FailedOperation.LifePhotoPoorQuality";

/// 传入图片过大或过小。
pub const FAILEDOPERATION_LIFEPHOTOSIZEERROR: &str = "FailedOperation.LifePhotoSizeError";

/// 脸部未完整露出。
pub const FAILEDOPERATION_LIPFACEINCOMPLETE: &str = "FailedOperation.LipFaceIncomplete";

/// 嘴唇动作幅度过小。
pub const FAILEDOPERATION_LIPMOVESMALL: &str = "FailedOperation.LipMoveSmall";

/// 视频拉取失败，请重试。
pub const FAILEDOPERATION_LIPNETFAILED: &str = "FailedOperation.LipNetFailed";

/// 视频为空，或大小不合适，请控制录制时长在6s左右。
pub const FAILEDOPERATION_LIPSIZEERROR: &str = "FailedOperation.LipSizeError";

/// 视频格式有误。
pub const FAILEDOPERATION_LIPVIDEOINVALID: &str = "FailedOperation.LipVideoInvalid";

/// 视频像素太低。
pub const FAILEDOPERATION_LIPVIDEOQUAILITY: &str = "FailedOperation.LipVideoQuaility";

/// 未检测到声音。
pub const FAILEDOPERATION_LIPVOICEDETECT: &str = "FailedOperation.LipVoiceDetect";

/// 视频声音太小。
pub const FAILEDOPERATION_LIPVOICELOW: &str = "FailedOperation.LipVoiceLow";

/// 声音识别失败。
pub const FAILEDOPERATION_LIPVOICERECOGNIZE: &str = "FailedOperation.LipVoiceRecognize";

/// 人脸检测失败，无法提取比对照。
pub const FAILEDOPERATION_LIVESSBESTFRAMEERROR: &str = "FailedOperation.LivessBestFrameError";

/// 活体检测没通过。
pub const FAILEDOPERATION_LIVESSDETECTFAIL: &str = "FailedOperation.LivessDetectFail";

/// 疑似非真人录制。
pub const FAILEDOPERATION_LIVESSDETECTFAKE: &str = "FailedOperation.LivessDetectFake";

/// 调用活体引擎接口出错。
pub const FAILEDOPERATION_LIVESSSYSTEMERROR: &str = "FailedOperation.LivessSystemError";

/// 视频实人检测没通过。
pub const FAILEDOPERATION_LIVESSUNKNOWNERROR: &str = "FailedOperation.LivessUnknownError";

/// 输入的姓名有误。
pub const FAILEDOPERATION_NAMEFORMATERROR: &str = "FailedOperation.NameFormatError";

/// Ocr识别失败。
pub const FAILEDOPERATION_OCRFAILED: &str = "FailedOperation.OcrFailed";

/// 图片质量过差，请检查图片质量
pub const FAILEDOPERATION_POORIMAGEQUALITY: &str = "FailedOperation.PoorImageQuality";

/// 调用次数超出限制。
pub const FAILEDOPERATION_REQUESTLIMITEXCEEDED: &str = "FailedOperation.RequestLimitExceeded";

/// 实人检测失败。
pub const FAILEDOPERATION_SILENTDETECTFAIL: &str = "FailedOperation.SilentDetectFail";

/// 眼睛检测失败。
pub const FAILEDOPERATION_SILENTEYELIVEFAIL: &str = "FailedOperation.SilentEyeLiveFail";

/// 视频未检测到人脸。
pub const FAILEDOPERATION_SILENTFACEDETECTFAIL: &str = "FailedOperation.SilentFaceDetectFail";

/// 视频中人脸质量低。
pub const FAILEDOPERATION_SILENTFACEQUALITYFAIL: &str = "FailedOperation.SilentFaceQualityFail";

/// 检测到带口罩。
pub const FAILEDOPERATION_SILENTFACEWITHMASKFAIL: &str = "FailedOperation.SilentFaceWithMaskFail";

/// 嘴巴检测失败。
pub const FAILEDOPERATION_SILENTMOUTHLIVEFAIL: &str = "FailedOperation.SilentMouthLiveFail";

/// 视频检测中有多个人脸。
pub const FAILEDOPERATION_SILENTMULTIFACEFAIL: &str = "FailedOperation.SilentMultiFaceFail";

/// 疑似翻拍。
pub const FAILEDOPERATION_SILENTPICTURELIVEFAIL: &str = "FailedOperation.SilentPictureLiveFail";

/// 实人检测未达到通过标准。
pub const FAILEDOPERATION_SILENTTHRESHOLD: &str = "FailedOperation.SilentThreshold";

/// 视频录制时间过短，请录制2秒以上的视频。
pub const FAILEDOPERATION_SILENTTOOSHORT: &str = "FailedOperation.SilentTooShort";

/// STS未授权。
pub const FAILEDOPERATION_STSUNAUTHERRERROR: &str = "FailedOperation.StsUnAuthErrError";

/// 内部未知错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.UnKnown";

/// 该用户未注册E证通，请先注册并跟权威库核验。
pub const FAILEDOPERATION_UNREGISTEREDEID: &str = "FailedOperation.UnregisteredEid";

/// 视频解码异常
pub const FAILEDOPERATION_VIDEODECODEFAILED: &str = "FailedOperation.VideoDecodeFailed";

/// 视频时长过长，当前接口最大支持的视频时长为20s。
pub const FAILEDOPERATION_VIDEODURATIONEXCEEDED: &str = "FailedOperation.VideoDurationExceeded";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 加密失败。
pub const INTERNALERROR_ENCRYPTSYSTEMERROR: &str = "InternalError.EncryptSystemError";

/// 内部未知错误。
pub const INTERNALERROR_UNKNOWN: &str = "InternalError.UnKnown";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// BizToken过期。
pub const INVALIDPARAMETERVALUE_BIZTOKENEXPIRED: &str = "InvalidParameterValue.BizTokenExpired";

/// BizToken不合法。
pub const INVALIDPARAMETERVALUE_BIZTOKENILLEGAL: &str = "InvalidParameterValue.BizTokenIllegal";

/// 该ruleid已被您停用，请确认后重试。
pub const INVALIDPARAMETERVALUE_RULEIDDISABLED: &str = "InvalidParameterValue.RuleIdDisabled";

/// RuleId不存在，请到人脸核身控制台申请。
pub const INVALIDPARAMETERVALUE_RULEIDNOTEXIST: &str = "InvalidParameterValue.RuleIdNotExist";

/// 存在不加密的字段，请参考文档修改。
pub const INVALIDPARAMETER_UNSUPPORTENCRYPTFIELD: &str = "InvalidParameter.UnsupportEncryptField";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 服务开通异常。
pub const UNAUTHORIZEDOPERATION_ACTIVATEERROR: &str = "UnauthorizedOperation.ActivateError";

/// 服务开通中。
pub const UNAUTHORIZEDOPERATION_ACTIVATING: &str = "UnauthorizedOperation.Activating";

/// 账号已欠费。
pub const UNAUTHORIZEDOPERATION_ARREARS: &str = "UnauthorizedOperation.Arrears";

/// 计费状态异常。
pub const UNAUTHORIZEDOPERATION_CHARGESTATUSEXCEPTION: &str =
    "UnauthorizedOperation.ChargeStatusException";

/// 未开通服务。
pub const UNAUTHORIZEDOPERATION_NONACTIVATED: &str = "UnauthorizedOperation.Nonactivated";

/// 账号未实名。
pub const UNAUTHORIZEDOPERATION_NONAUTHORIZE: &str = "UnauthorizedOperation.NonAuthorize";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
