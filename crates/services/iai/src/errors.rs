//! Error codes of `iai`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_iai::errors::AUTHFAILURE_INVALIDAUTHORIZATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 认证失败。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 该操作不支持跨算法模型版本。
pub const FAILEDOPERATION_ACROSSVERSIONSERROR: &str = "FailedOperation.AcrossVersionsError";

/// 比对失败。
pub const FAILEDOPERATION_COMPAREFAIL: &str = "FailedOperation.CompareFail";

/// 操作冲突，请勿同时操作相同的Person。
pub const FAILEDOPERATION_CONFLICTOPERATION: &str = "FailedOperation.ConflictOperation";

/// 增加人脸不支持并发操作。
pub const FAILEDOPERATION_CREATEFACECONCURRENT: &str = "FailedOperation.CreateFaceConcurrent";

/// 同一人员库中自定义描述字段不可重复。
pub const FAILEDOPERATION_DUPLICATEDGROUPDESCRIPTION: &str =
    "FailedOperation.DuplicatedGroupDescription";

/// 人脸图片质量不符要求。
pub const FAILEDOPERATION_FACEQUALITYNOTQUALIFIED: &str = "FailedOperation.FaceQualityNotQualified";

/// 人脸框大小小于MinFaceSize设置，人脸被过滤。
pub const FAILEDOPERATION_FACESIZETOOSMALL: &str = "FailedOperation.FaceSizeTooSmall";

/// 指定人员库的升级操作无法执行。
pub const FAILEDOPERATION_GROUPCANNOTUPGRADE: &str = "FailedOperation.GroupCannotUpgrade";

/// 当前组正处于删除状态，请等待。
pub const FAILEDOPERATION_GROUPINDELETEDSTATE: &str = "FailedOperation.GroupInDeletedState";

/// 人员库存在人脸图片丢失。
pub const FAILEDOPERATION_GROUPLOSTFACES: &str = "FailedOperation.GroupLostFaces";

/// 组中已包含对应的人员Id。
pub const FAILEDOPERATION_GROUPPERSONMAPEXIST: &str = "FailedOperation.GroupPersonMapExist";

/// 组中不包含对应的人员Id。
pub const FAILEDOPERATION_GROUPPERSONMAPNOTEXIST: &str = "FailedOperation.GroupPersonMapNotExist";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 图片下载错误。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 人脸检测失败。
pub const FAILEDOPERATION_IMAGEFACEDETECTFAILED: &str = "FailedOperation.ImageFacedetectFailed";

/// 图片分辨率过大。
pub const FAILEDOPERATION_IMAGERESOLUTIONEXCEED: &str = "FailedOperation.ImageResolutionExceed";

/// 图片短边分辨率小于64。
pub const FAILEDOPERATION_IMAGERESOLUTIONTOOSMALL: &str = "FailedOperation.ImageResolutionTooSmall";

/// base64编码后的图片数据大小不超过5M。
pub const FAILEDOPERATION_IMAGESIZEEXCEED: &str = "FailedOperation.ImageSizeExceed";

/// 任务无法回滚。
pub const FAILEDOPERATION_JOBCANNNOTROLLBACK: &str = "FailedOperation.JobCannnotRollback";

/// 检测到多张人脸。
pub const FAILEDOPERATION_LIFEPHOTODETECTFACES: &str = "FailedOperation.LifePhotoDetectFaces";

/// 实人比对没通过。
pub const FAILEDOPERATION_LIFEPHOTODETECTFAKE: &str = "FailedOperation.LifePhotoDetectFake";

/// 未能检测到完整人脸。
pub const FAILEDOPERATION_LIFEPHOTODETECTNOFACES: &str = "FailedOperation.LifePhotoDetectNoFaces";

/// 传入图片过大或过小。
pub const FAILEDOPERATION_LIFEPHOTOSIZEERROR: &str = "FailedOperation.LifePhotoSizeError";

/// 请求频率超过限制。
pub const FAILEDOPERATION_REQUESTLIMITEXCEEDED: &str = "FailedOperation.RequestLimitExceeded";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// Rpc调用失败。
pub const FAILEDOPERATION_RPCFAIL: &str = "FailedOperation.RpcFail";

/// 检索人脸个数超过限制。
pub const FAILEDOPERATION_SEARCHFACESEXCEED: &str = "FailedOperation.SearchFacesExceed";

/// 算法服务异常，请重试。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 内部错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 人员库升级任务不存在。
pub const FAILEDOPERATION_UPGRADEJOBIDNOTEXIST: &str = "FailedOperation.UpgradeJobIdNotExist";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 账号脸数量超出限制。
pub const INVALIDPARAMETERVALUE_ACCOUNTFACENUMEXCEED: &str =
    "InvalidParameterValue.AccountFaceNumExceed";

/// 删除人脸数量超出限制。每个人员至少需要包含一张人脸。
pub const INVALIDPARAMETERVALUE_DELETEFACENUMEXCEED: &str =
    "InvalidParameterValue.DeleteFaceNumExceed";

/// FaceMatchThreshold参数不合法。
pub const INVALIDPARAMETERVALUE_FACEMATCHTHRESHOLDILLEGAL: &str =
    "InvalidParameterValue.FaceMatchThresholdIllegal";

/// 算法模型版本不合法。
pub const INVALIDPARAMETERVALUE_FACEMODELVERSIONILLEGAL: &str =
    "InvalidParameterValue.FaceModelVersionIllegal";

/// 人员库自定义描述字段数组长度超过限制。最多可以创建5个。
pub const INVALIDPARAMETERVALUE_GROUPEXDESCRIPTIONSEXCEED: &str =
    "InvalidParameterValue.GroupExDescriptionsExceed";

/// 人员库自定义描述字段名称不可重复。
pub const INVALIDPARAMETERVALUE_GROUPEXDESCRIPTIONSNAMEIDENTICAL: &str =
    "InvalidParameterValue.GroupExDescriptionsNameIdentical";

/// 人员库自定义描述字段名称包含非法字符。人员库自定义描述字段名称只支持中英文、-、_、数字。
pub const INVALIDPARAMETERVALUE_GROUPEXDESCRIPTIONSNAMEILLEGAL: &str =
    "InvalidParameterValue.GroupExDescriptionsNameIllegal";

/// 人员库自定义描述字段名称长度超出限制。
pub const INVALIDPARAMETERVALUE_GROUPEXDESCRIPTIONSNAMETOOLONG: &str =
    "InvalidParameterValue.GroupExDescriptionsNameTooLong";

/// 人员库人脸数量超出限制。
pub const INVALIDPARAMETERVALUE_GROUPFACENUMEXCEED: &str =
    "InvalidParameterValue.GroupFaceNumExceed";

/// 人员库ID已经存在。人员库ID不可重复。
pub const INVALIDPARAMETERVALUE_GROUPIDALREADYEXIST: &str =
    "InvalidParameterValue.GroupIdAlreadyExist";

/// 人员库ID包含非法字符。人员库ID只支持英文、数字、-%@#&_。
pub const INVALIDPARAMETERVALUE_GROUPIDILLEGAL: &str = "InvalidParameterValue.GroupIdIllegal";

/// 人员库ID不存在。
pub const INVALIDPARAMETERVALUE_GROUPIDNOTEXIST: &str = "InvalidParameterValue.GroupIdNotExist";

/// 对应的人员库ID在库中不存在。
pub const INVALIDPARAMETERVALUE_GROUPIDNOTEXISTS: &str = "InvalidParameterValue.GroupIdNotExists";

/// 传入的人员库列表超过限制。
pub const INVALIDPARAMETERVALUE_GROUPIDSEXCEED: &str = "InvalidParameterValue.GroupIdsExceed";

/// 人员库ID超出长度限制。
pub const INVALIDPARAMETERVALUE_GROUPIDTOOLONG: &str = "InvalidParameterValue.GroupIdTooLong";

/// 人员库名称已经存在。人员库名称不可重复。
pub const INVALIDPARAMETERVALUE_GROUPNAMEALREADYEXIST: &str =
    "InvalidParameterValue.GroupNameAlreadyExist";

/// 人员库名称包含非法字符。人员库名称只支持中英文、-、_、数字。
pub const INVALIDPARAMETERVALUE_GROUPNAMEILLEGAL: &str = "InvalidParameterValue.GroupNameIllegal";

/// 人员库名称超出长度限制。
pub const INVALIDPARAMETERVALUE_GROUPNAMETOOLONG: &str = "InvalidParameterValue.GroupNameTooLong";

/// 人员库数量超出限制。如需增加，请联系我们。
pub const INVALIDPARAMETERVALUE_GROUPNUMEXCEED: &str = "InvalidParameterValue.GroupNumExceed";

/// 人员库数量超出限制。单个人员最多可被添加至100个人员库。
pub const INVALIDPARAMETERVALUE_GROUPNUMPERPERSONEXCEED: &str =
    "InvalidParameterValue.GroupNumPerPersonExceed";

/// 人员库备注包含非法字符。人员库备注只支持中英文、-、_、数字。
pub const INVALIDPARAMETERVALUE_GROUPTAGILLEGAL: &str = "InvalidParameterValue.GroupTagIllegal";

/// 人员库备注超出长度限制。
pub const INVALIDPARAMETERVALUE_GROUPTAGTOOLONG: &str = "InvalidParameterValue.GroupTagTooLong";

/// 图片为空。
pub const INVALIDPARAMETERVALUE_IMAGEEMPTY: &str = "InvalidParameterValue.ImageEmpty";

/// 图片为空。
pub const INVALIDPARAMETERVALUE_IMAGEEMPTYERROR: &str = "InvalidParameterValue.ImageEmptyError";

/// 返回数量超出限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEED: &str = "InvalidParameterValue.LimitExceed";

/// 指定分组中没有人脸。
pub const INVALIDPARAMETERVALUE_NOFACEINGROUPS: &str = "InvalidParameterValue.NoFaceInGroups";

/// 图片中没有人脸。
pub const INVALIDPARAMETERVALUE_NOFACEINPHOTO: &str = "InvalidParameterValue.NoFaceInPhoto";

/// 起始序号过大。请检查需要请求的数组长度。
pub const INVALIDPARAMETERVALUE_OFFSETEXCEED: &str = "InvalidParameterValue.OffsetExceed";

/// 人员自定义描述字段数组长度超过限制。最多5个。
pub const INVALIDPARAMETERVALUE_PERSONEXDESCRIPTIONINFOSEXCEED: &str =
    "InvalidParameterValue.PersonExDescriptionInfosExceed";

/// 人员自定义描述字段名称不可重复。
pub const INVALIDPARAMETERVALUE_PERSONEXDESCRIPTIONSNAMEIDENTICAL: &str =
    "InvalidParameterValue.PersonExDescriptionsNameIdentical";

/// 人员自定义描述字段名称包含非法字符。人员自定义描述字段名称只支持中英文、-、_、数字。
pub const INVALIDPARAMETERVALUE_PERSONEXDESCRIPTIONSNAMEILLEGAL: &str =
    "InvalidParameterValue.PersonExDescriptionsNameIllegal";

/// 人员自定义描述字段名称长度超出限制。
pub const INVALIDPARAMETERVALUE_PERSONEXDESCRIPTIONSNAMETOOLONG: &str =
    "InvalidParameterValue.PersonExDescriptionsNameTooLong";

/// 组中已包含对应的人员Id。
pub const INVALIDPARAMETERVALUE_PERSONEXISTINGROUP: &str =
    "InvalidParameterValue.PersonExistInGroup";

/// 人员人脸数量超出限制。单个人员最多可以包含五张人脸。
pub const INVALIDPARAMETERVALUE_PERSONFACENUMEXCEED: &str =
    "InvalidParameterValue.PersonFaceNumExceed";

/// 人员性别设置出错。0代表未填写，1代表男性，2代表女性。
pub const INVALIDPARAMETERVALUE_PERSONGENDERILLEGAL: &str =
    "InvalidParameterValue.PersonGenderIllegal";

/// 人员ID已经存在。人员ID不可重复。
pub const INVALIDPARAMETERVALUE_PERSONIDALREADYEXIST: &str =
    "InvalidParameterValue.PersonIdAlreadyExist";

/// 人员ID包含非法字符。人员ID只支持英文、数字、-%@#&_。
pub const INVALIDPARAMETERVALUE_PERSONIDILLEGAL: &str = "InvalidParameterValue.PersonIdIllegal";

/// 人员ID不存在。
pub const INVALIDPARAMETERVALUE_PERSONIDNOTEXIST: &str = "InvalidParameterValue.PersonIdNotExist";

/// 人员ID超出长度限制。
pub const INVALIDPARAMETERVALUE_PERSONIDTOOLONG: &str = "InvalidParameterValue.PersonIdTooLong";

/// 人员名称包含非法字符。人员名称只支持中英文、-、_、数字。
pub const INVALIDPARAMETERVALUE_PERSONNAMEILLEGAL: &str = "InvalidParameterValue.PersonNameIllegal";

/// 人员名称超出长度限制。
pub const INVALIDPARAMETERVALUE_PERSONNAMETOOLONG: &str = "InvalidParameterValue.PersonNameTooLong";

/// QualityControl参数不合法。
pub const INVALIDPARAMETERVALUE_QUALITYCONTROLILLEGAL: &str =
    "InvalidParameterValue.QualityControlIllegal";

/// 搜索的人员数目超过限制。
pub const INVALIDPARAMETERVALUE_SEARCHPERSONSEXCEED: &str =
    "InvalidParameterValue.SearchPersonsExceed";

/// UniquePersonControl参数不合法。
pub const INVALIDPARAMETERVALUE_UNIQUEPERSONCONTROLILLEGAL: &str =
    "InvalidParameterValue.UniquePersonControlIllegal";

/// 该操作不支持算法模型版本2.0及以下版本。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDGROUPFACEMODELVERSION: &str =
    "InvalidParameterValue.UnsupportedGroupFaceModelVersion";

/// 一次最多上传四张人脸。
pub const INVALIDPARAMETERVALUE_UPLOADFACENUMEXCEED: &str =
    "InvalidParameterValue.UploadFaceNumExceed";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 人脸个数超过限制。
pub const LIMITEXCEEDED_ERRORFACENUMEXCEED: &str = "LimitExceeded.ErrorFaceNumExceed";

/// 必选参数为空。
pub const MISSINGPARAMETER_ERRORPARAMETEREMPTY: &str = "MissingParameter.ErrorParameterEmpty";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 计费状态异常。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_CHARGESTATUSEXCEPTION: &str =
    "ResourceUnavailable.ChargeStatusException";

/// 资源正在发货中。
pub const RESOURCEUNAVAILABLE_DELIVERING: &str = "ResourceUnavailable.Delivering";

/// 账号已被冻结。
pub const RESOURCEUNAVAILABLE_FREEZE: &str = "ResourceUnavailable.Freeze";

/// 获取认证信息失败。
pub const RESOURCEUNAVAILABLE_GETAUTHINFOERROR: &str = "ResourceUnavailable.GetAuthInfoError";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 余额不足。
pub const RESOURCEUNAVAILABLE_LOWBALANCE: &str = "ResourceUnavailable.LowBalance";

/// 计费状态未知，请确认是否已在控制台开通服务。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 服务未开通。
pub const RESOURCEUNAVAILABLE_NOTREADY: &str = "ResourceUnavailable.NotReady";

/// 资源已被回收。
pub const RESOURCEUNAVAILABLE_RECOVER: &str = "ResourceUnavailable.Recover";

/// 账号已停服。
pub const RESOURCEUNAVAILABLE_STOPUSING: &str = "ResourceUnavailable.StopUsing";

/// 计费状态未知。
pub const RESOURCEUNAVAILABLE_UNKNOWNSTATUS: &str = "ResourceUnavailable.UnknownStatus";

/// 未知方法名。
pub const UNSUPPORTEDOPERATION_UNKNOWMETHOD: &str = "UnsupportedOperation.UnknowMethod";
