//! Error codes of `ivld`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ivld::errors::AUTHFAILURE_INVALIDSECRETID) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// SecredId失效。
pub const AUTHFAILURE_INVALIDSECRETID: &str = "AuthFailure.InvalidSecretId";

/// MFA失败。
pub const AUTHFAILURE_MFAFAILURE: &str = "AuthFailure.MFAFailure";

/// SecretId不存在。
pub const AUTHFAILURE_SECRETIDNOTFOUND: &str = "AuthFailure.SecretIdNotFound";

/// 签名已过期。
pub const AUTHFAILURE_SIGNATUREEXPIRE: &str = "AuthFailure.SignatureExpire";

/// 签名校验失败。
pub const AUTHFAILURE_SIGNATUREFAILURE: &str = "AuthFailure.SignatureFailure";

/// 任务已完成。
pub const AUTHFAILURE_TASKFINISHED: &str = "AuthFailure.TaskFinished";

/// 令牌失败。
pub const AUTHFAILURE_TOKENFAILURE: &str = "AuthFailure.TokenFailure";

/// 用户已激活。
pub const AUTHFAILURE_USERACTIVATED: &str = "AuthFailure.UserActivated";

/// 用户状态异常。
pub const AUTHFAILURE_USERINVALIDSTATUS: &str = "AuthFailure.UserInvalidStatus";

/// 用户无权限。
pub const AUTHFAILURE_USERNOTFOUND: &str = "AuthFailure.UserNotFound";

/// 用户已欠费停服。
pub const AUTHFAILURE_USERSTOPARREAR: &str = "AuthFailure.UserStopArrear";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 匹配的模板不存在。
pub const FAILEDOPERATION_AITEMPLATENOTEXIST: &str = "FailedOperation.AiTemplateNotExist";

/// 自定义人物分类已存在。
pub const FAILEDOPERATION_CATEGORYEXIST: &str = "FailedOperation.CategoryExist";

/// 自定义类型层级变化。
pub const FAILEDOPERATION_CATEGORYLEVELCHANGED: &str = "FailedOperation.CategoryLevelChanged";

/// 自定义人物分类被引用，不能删除。
pub const FAILEDOPERATION_CATEGORYREFERRED: &str = "FailedOperation.CategoryReferred";

/// 自定义人物库已存在。
pub const FAILEDOPERATION_CUSTOMGROUPALREADYEXIST: &str = "FailedOperation.CustomGroupAlreadyExist";

/// 内部DB连接失败。
pub const FAILEDOPERATION_DBCONNECTIONERROR: &str = "FailedOperation.DBConnectionError";

/// 媒资文件下载失败。
pub const FAILEDOPERATION_DOWNLOADFAILED: &str = "FailedOperation.DownloadFailed";

/// 图片特征提取失败。
pub const FAILEDOPERATION_FEATUREALGOFAILED: &str = "FailedOperation.FeatureAlgoFailed";

/// 获取CAM临时鉴权失败。
pub const FAILEDOPERATION_GETCAMTOKENFAILED: &str = "FailedOperation.GetCAMTokenFailed";

/// 获取任务列表失败。
pub const FAILEDOPERATION_GETTASKLISTFAILED: &str = "FailedOperation.GetTaskListFailed";

/// 获取媒资信息失败。
pub const FAILEDOPERATION_GETVIDEOMETADATAFAILED: &str = "FailedOperation.GetVideoMetadataFailed";

/// 图片数量过多。
pub const FAILEDOPERATION_IMAGENUMEXCEEDED: &str = "FailedOperation.ImageNumExceeded";

/// MD5不匹配。
pub const FAILEDOPERATION_MD5MISMATCH: &str = "FailedOperation.MD5Mismatch";

/// 媒资文件已经存在。
pub const FAILEDOPERATION_MEDIAALREADYEXIST: &str = "FailedOperation.MediaAlreadyExist";

/// 媒资文件已经过期。
pub const FAILEDOPERATION_MEDIAEXPIRED: &str = "FailedOperation.MediaExpired";

/// 媒资正在使用。
pub const FAILEDOPERATION_MEDIAINUSE: &str = "FailedOperation.MediaInUse";

/// 媒体文件未就绪。
pub const FAILEDOPERATION_MEDIANOTREADY: &str = "FailedOperation.MediaNotReady";

/// 图片中包含多张人脸。
pub const FAILEDOPERATION_MULTIPLEFACESINIMAGE: &str = "FailedOperation.MultipleFacesInImage";

/// 图片中不包含人脸。
pub const FAILEDOPERATION_NOFACEINIMAGE: &str = "FailedOperation.NoFaceInImage";

/// 计费开通失败。
pub const FAILEDOPERATION_OPENCHARGEFAILED: &str = "FailedOperation.OpenChargeFailed";

/// 人脸库中存在相似的人脸。
pub const FAILEDOPERATION_PERSONDUPLICATED: &str = "FailedOperation.PersonDuplicated";

/// 人脸图片不属于已知人物。
pub const FAILEDOPERATION_PERSONNOTMATCHED: &str = "FailedOperation.PersonNotMatched";

/// 自定义人物数量过多。
pub const FAILEDOPERATION_PERSONNUMEXCEEDED: &str = "FailedOperation.PersonNumExceeded";

/// 图片质量分检测失败。
pub const FAILEDOPERATION_QUALITYALGOFAILED: &str = "FailedOperation.QualityAlgoFailed";

/// 图片质量分过低。
pub const FAILEDOPERATION_QUALITYTOOLOW: &str = "FailedOperation.QualityTooLow";

/// 结果快照反序列化失败。
pub const FAILEDOPERATION_SNAPSHOTDESERIALIZEFAILED: &str =
    "FailedOperation.SnapshotDeserializeFailed";

/// 停止AI工作室任务失败。
pub const FAILEDOPERATION_STOPFLOWFAILED: &str = "FailedOperation.StopFlowFailed";

/// 存在相同的任务。
pub const FAILEDOPERATION_TASKALREADYEXIST: &str = "FailedOperation.TaskAlreadyExist";

/// 视频分析未完成。
pub const FAILEDOPERATION_TASKNOTFINISHED: &str = "FailedOperation.TaskNotFinished";

/// 转码失败。
pub const FAILEDOPERATION_TRANSCODEFAILED: &str = "FailedOperation.TranscodeFailed";

/// 上传文件失败。
pub const FAILEDOPERATION_UPLOADFAILED: &str = "FailedOperation.UploadFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部DB连接失败。
pub const INTERNALERROR_DBCONNECTIONERROR: &str = "InternalError.DBConnectionError";

/// 内部DB操作错误。
pub const INTERNALERROR_DBOPERATIONERROR: &str = "InternalError.DBOperationError";

/// 内部错误。
pub const INTERNALERROR_INNERERROR: &str = "InternalError.InnerError";

/// 自定义人物请求超过限制。
pub const INTERNALERROR_INTERNALOVERFLOW: &str = "InternalError.InternalOverflow";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 自定义人物类型ID不合法。
pub const INVALIDPARAMETER_INVALIDCATEGORYID: &str = "InvalidParameter.InvalidCategoryId";

/// 文件路径不合法。
pub const INVALIDPARAMETER_INVALIDFILEPATH: &str = "InvalidParameter.InvalidFilePath";

/// 图片不合法。
pub const INVALIDPARAMETER_INVALIDIMAGE: &str = "InvalidParameter.InvalidImage";

/// 图片ID不合法。
pub const INVALIDPARAMETER_INVALIDIMAGEID: &str = "InvalidParameter.InvalidImageId";

/// 一级自定义类型不合法。
pub const INVALIDPARAMETER_INVALIDL1CATEGORY: &str = "InvalidParameter.InvalidL1Category";

/// 二级自定义类型不合法。
pub const INVALIDPARAMETER_INVALIDL2CATEGORY: &str = "InvalidParameter.InvalidL2Category";

/// MD5不合法。
pub const INVALIDPARAMETER_INVALIDMD5: &str = "InvalidParameter.InvalidMD5";

/// 媒体ID不合法。
pub const INVALIDPARAMETER_INVALIDMEDIAID: &str = "InvalidParameter.InvalidMediaId";

/// MediaLabel无效。
pub const INVALIDPARAMETER_INVALIDMEDIALABEL: &str = "InvalidParameter.InvalidMediaLabel";

/// MediaLang无效。
pub const INVALIDPARAMETER_INVALIDMEDIALANG: &str = "InvalidParameter.InvalidMediaLang";

/// 媒体名称非法。
pub const INVALIDPARAMETER_INVALIDMEDIANAME: &str = "InvalidParameter.InvalidMediaName";

/// MediaPreknownInfo无效。
pub const INVALIDPARAMETER_INVALIDMEDIAPREKNOWNINFO: &str =
    "InvalidParameter.InvalidMediaPreknownInfo";

/// 媒资状态不合法。
pub const INVALIDPARAMETER_INVALIDMEDIASTATUS: &str = "InvalidParameter.InvalidMediaStatus";

/// MediaType无效。
pub const INVALIDPARAMETER_INVALIDMEDIATYPE: &str = "InvalidParameter.InvalidMediaType";

/// 名称不合法。
pub const INVALIDPARAMETER_INVALIDNAME: &str = "InvalidParameter.InvalidName";

/// 分页序号不合法。
pub const INVALIDPARAMETER_INVALIDPAGENUMBER: &str = "InvalidParameter.InvalidPageNumber";

/// 分页大小不合法。
pub const INVALIDPARAMETER_INVALIDPAGESIZE: &str = "InvalidParameter.InvalidPageSize";

/// 输入字段不合法。
pub const INVALIDPARAMETER_INVALIDPARAM: &str = "InvalidParameter.InvalidParam";

/// 人物ID不合法。
pub const INVALIDPARAMETER_INVALIDPERSONID: &str = "InvalidParameter.InvalidPersonId";

/// 排序字段不合法。
pub const INVALIDPARAMETER_INVALIDSORTBY: &str = "InvalidParameter.InvalidSortBy";

/// 排序方式不合法。
pub const INVALIDPARAMETER_INVALIDSORTORDER: &str = "InvalidParameter.InvalidSortOrder";

/// 任务ID不合法。
pub const INVALIDPARAMETER_INVALIDTASKID: &str = "InvalidParameter.InvalidTaskId";

/// 任务名称不合法。
pub const INVALIDPARAMETER_INVALIDTASKNAME: &str = "InvalidParameter.InvalidTaskName";

/// 任务状态不合法。
pub const INVALIDPARAMETER_INVALIDTASKSTATUS: &str = "InvalidParameter.InvalidTaskStatus";

/// 用户Uin无效。
pub const INVALIDPARAMETER_INVALIDUIN: &str = "InvalidParameter.InvalidUin";

/// URL不合法。
pub const INVALIDPARAMETER_INVALIDURL: &str = "InvalidParameter.InvalidURL";

/// 名称超过长度限制。
pub const INVALIDPARAMETER_NAMETOOLONG: &str = "InvalidParameter.NameTooLong";

/// 参数超过长度限制。
pub const INVALIDPARAMETER_PARAMTOOLONG: &str = "InvalidParameter.ParamTooLong";

/// 不支持的URL类型。
pub const INVALIDPARAMETER_UNSUPPORTURL: &str = "InvalidParameter.UnsupportURL";

/// 输入URL域名无法解析。
pub const INVALIDPARAMETER_URLNOTRESOLVED: &str = "InvalidParameter.URLNotResolved";

/// 使用量超过限制。
pub const LIMITEXCEEDED_USAGELIMITEXCEEDED: &str = "LimitExceeded.UsageLimitExceeded";

/// 批量导入超过限制。
pub const REQUESTLIMITEXCEEDED_BATCHIMPORTOVERFLOW: &str =
    "RequestLimitExceeded.BatchImportOverflow";

/// 同时发起过多任务。
pub const REQUESTLIMITEXCEEDED_CONCURRENCYOVERFLOW: &str =
    "RequestLimitExceeded.ConcurrencyOverflow";

/// 自定义人物类型不存在。
pub const RESOURCENOTFOUND_CUSTOMCATEGORYNOTFOUND: &str = "ResourceNotFound.CustomCategoryNotFound";

/// 自定义人物库不存在。
pub const RESOURCENOTFOUND_CUSTOMGROUPNOTFOUND: &str = "ResourceNotFound.CustomGroupNotFound";

/// 媒资文件不存在。
pub const RESOURCENOTFOUND_MEDIANOTFOUND: &str = "ResourceNotFound.MediaNotFound";

/// 记录不存在。
pub const RESOURCENOTFOUND_RECORDNOTFOUND: &str = "ResourceNotFound.RecordNotFound";

/// 任务不存在。
pub const RESOURCENOTFOUND_TASKNOTFOUND: &str = "ResourceNotFound.TaskNotFound";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 用户未激活该产品。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDPRODUCT: &str =
    "UnauthorizedOperation.UnauthorizedProduct";

/// 媒资文件不可访问。
pub const UNSUPPORTEDOPERATION_MEDIANOTACCESSIBLE: &str = "UnsupportedOperation.MediaNotAccessible";

/// 任务不可访问。
pub const UNSUPPORTEDOPERATION_TASKNOTACCESSIBLE: &str = "UnsupportedOperation.TaskNotAccessible";
