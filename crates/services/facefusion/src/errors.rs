//! Error codes of `facefusion`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_facefusion::errors::AUTHFAILURE_INVALIDAUTHORIZATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 认证失败。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 余额不足，开通失败，请充值后再开通。
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 人脸配准点出框错误码。
pub const FAILEDOPERATION_FACEBORDERCHECKFAILED: &str = "FailedOperation.FaceBorderCheckFailed";

/// 人脸出框，无法使用。
pub const FAILEDOPERATION_FACEEXCEEDBORDER: &str = "FailedOperation.FaceExceedBorder";

/// 人脸融合失败，请更换图片后重试。
pub const FAILEDOPERATION_FACEFUSIONERROR: &str = "FailedOperation.FaceFusionError";

/// 人脸框不合法。
pub const FAILEDOPERATION_FACERECTINVALID: &str = "FailedOperation.FaceRectInvalid";

/// 人脸配准失败。
pub const FAILEDOPERATION_FACESHAPEFAILED: &str = "FailedOperation.FaceShapeFailed";

/// 人脸因太小被过滤，建议人脸分辨率不小于34*34。
pub const FAILEDOPERATION_FACESIZETOOSMALL: &str = "FailedOperation.FaceSizeTooSmall";

/// 操作太频繁，触发频控。
pub const FAILEDOPERATION_FUSEFREQCTRL: &str = "FailedOperation.FuseFreqCtrl";

/// 图像处理出错。
pub const FAILEDOPERATION_FUSEIMAGEERROR: &str = "FailedOperation.FuseImageError";

/// 服务内部错误，请重试。
pub const FAILEDOPERATION_FUSEINNERERROR: &str = "FailedOperation.FuseInnerError";

/// 素材未经过审核。
pub const FAILEDOPERATION_FUSEMATERIALNOTAUTH: &str = "FailedOperation.FuseMaterialNotAuth";

/// 素材不存在。
pub const FAILEDOPERATION_FUSEMATERIALNOTEXIST: &str = "FailedOperation.FuseMaterialNotExist";

/// 保存结果图片出错。
pub const FAILEDOPERATION_FUSESAVEPHOTOFAIL: &str = "FailedOperation.FuseSavePhotoFail";

/// 人脸检测-图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 图片下载失败。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 素材尺寸超过1080*1080像素。
pub const FAILEDOPERATION_IMAGEPIXELEXCEED: &str = "FailedOperation.ImagePixelExceed";

/// 图片分辨率过大。建议您resize压缩到3k*3k以内。
pub const FAILEDOPERATION_IMAGERESOLUTIONEXCEED: &str = "FailedOperation.ImageResolutionExceed";

/// 图片短边分辨率小于64。
pub const FAILEDOPERATION_IMAGERESOLUTIONTOOSMALL: &str = "FailedOperation.ImageResolutionTooSmall";

/// 输入图片base64数据大小超过5M。
pub const FAILEDOPERATION_IMAGESIZEEXCEED: &str = "FailedOperation.ImageSizeExceed";

/// 图片尺寸过大或者过小；不满足算法要求。
pub const FAILEDOPERATION_IMAGESIZEINVALID: &str = "FailedOperation.ImageSizeInvalid";

/// 服务内部错误。
pub const FAILEDOPERATION_INNERERROR: &str = "FailedOperation.InnerError";

/// 素材数据为空。
pub const FAILEDOPERATION_MEDIADATAERROR: &str = "FailedOperation.MediaDataError";

/// 审核配置为空。
pub const FAILEDOPERATION_MODERATIONCONFIGERROR: &str = "FailedOperation.ModerationConfigError";

/// 素材审核失败。
pub const FAILEDOPERATION_MODERATIONFAILED: &str = "FailedOperation.ModerationFailed";

/// 素材审核结果为空。
pub const FAILEDOPERATION_MODERATIONRESPONSEERROR: &str = "FailedOperation.ModerationResponseError";

/// 审核结果配置为空。
pub const FAILEDOPERATION_MODERATIONRESULTCONFIGERROR: &str =
    "FailedOperation.ModerationResultConfigError";

/// 无法检测出人脸, 人脸框配准分低于阈值。
pub const FAILEDOPERATION_NOFACEDETECTED: &str = "FailedOperation.NoFaceDetected";

/// 参数字段或者值有误。
pub const FAILEDOPERATION_PARAMETERVALUEERROR: &str = "FailedOperation.ParameterValueError";

/// 活动未支付授权费或已停用。
pub const FAILEDOPERATION_PROJECTNOTAUTH: &str = "FailedOperation.ProjectNotAuth";

/// 请求实体太大。
pub const FAILEDOPERATION_REQUESTENTITYTOOLARGE: &str = "FailedOperation.RequestEntityTooLarge";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// RPC请求失败，一般为算法微服务故障。
pub const FAILEDOPERATION_RPCFAIL: &str = "FailedOperation.RpcFail";

/// 系统内部错误。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 素材人脸ID不存在。
pub const FAILEDOPERATION_TEMPLATEFACEIDNOTEXIST: &str = "FailedOperation.TemplateFaceIDNotExist";

/// 内部错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 未查找到活动id。
pub const INVALIDPARAMETERVALUE_ACTIVITYIDNOTFOUND: &str =
    "InvalidParameterValue.ActivityIdNotFound";

/// 人脸框参数有误或者人脸框太小。
pub const INVALIDPARAMETERVALUE_FACERECTPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.FaceRectParameterValueError";

/// 人脸检测-图片为空。
pub const INVALIDPARAMETERVALUE_IMAGEEMPTY: &str = "InvalidParameterValue.ImageEmpty";

/// 未查找到素材Id。
pub const INVALIDPARAMETERVALUE_MATERIALIDNOTFOUND: &str =
    "InvalidParameterValue.MaterialIdNotFound";

/// 人脸检测-图片没有人脸。
pub const INVALIDPARAMETERVALUE_NOFACEINPHOTO: &str = "InvalidParameterValue.NoFaceInPhoto";

/// 参数字段或者值有误。
pub const INVALIDPARAMETERVALUE_PARAMETERVALUEERROR: &str =
    "InvalidParameterValue.ParameterValueError";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 账号已欠费。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 资源正在发货中。
pub const RESOURCEUNAVAILABLE_DELIVERING: &str = "ResourceUnavailable.Delivering";

/// 账号已被冻结。
pub const RESOURCEUNAVAILABLE_FREEZE: &str = "ResourceUnavailable.Freeze";

/// 获取认证信息失败。
pub const RESOURCEUNAVAILABLE_GETAUTHINFOERROR: &str = "ResourceUnavailable.GetAuthInfoError";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 服务正在开通中，请稍等。
pub const RESOURCEUNAVAILABLE_ISOPENING: &str = "ResourceUnavailable.IsOpening";

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
