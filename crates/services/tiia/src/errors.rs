//! Error codes of `tiia`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tiia::errors::AUTHFAILURE_INVALIDAUTHORIZATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 认证失败。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 余额不足，开通失败，请充值后再开通。
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 文件下载失败。
pub const FAILEDOPERATION_DOWNLOADERROR: &str = "FailedOperation.DownLoadError";

/// 图片内容为空。
pub const FAILEDOPERATION_EMPTYIMAGEERROR: &str = "FailedOperation.EmptyImageError";

/// 图库数量超出限制。
pub const FAILEDOPERATION_GROUPCOUNTEXCEEDED: &str = "FailedOperation.GroupCountExceeded";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 图片删除失败。
pub const FAILEDOPERATION_IMAGEDELETEFAILED: &str = "FailedOperation.ImageDeleteFailed";

/// 图片下载错误。
pub const FAILEDOPERATION_IMAGEDOWNLOADERROR: &str = "FailedOperation.ImageDownloadError";

/// 超出Entity数量限制。
pub const FAILEDOPERATION_IMAGEENTITYCOUNTEXCEED: &str = "FailedOperation.ImageEntityCountExceed";

/// 停止服务，控制台开关关闭。
pub const FAILEDOPERATION_IMAGEGROUPCHARGESTATUSCLOSE: &str =
    "FailedOperation.ImageGroupChargeStatusClose";

/// 图库为空。
pub const FAILEDOPERATION_IMAGEGROUPEMPTY: &str = "FailedOperation.ImageGroupEmpty";

/// 未找到图片信息。
pub const FAILEDOPERATION_IMAGENOTFOUNDINFO: &str = "FailedOperation.ImageNotFoundInfo";

/// 不支持的图片文件。
pub const FAILEDOPERATION_IMAGENOTSUPPORTED: &str = "FailedOperation.ImageNotSupported";

/// 超出图库限制。
pub const FAILEDOPERATION_IMAGENUMEXCEED: &str = "FailedOperation.ImageNumExceed";

/// 图片分辨率过大。
pub const FAILEDOPERATION_IMAGERESOLUTIONEXCEED: &str = "FailedOperation.ImageResolutionExceed";

/// 图片分辨率过小。
pub const FAILEDOPERATION_IMAGERESOLUTIONINSUFFICIENT: &str =
    "FailedOperation.ImageResolutionInsufficient";

/// 未查询到结果。
pub const FAILEDOPERATION_IMAGESEARCHINVALID: &str = "FailedOperation.ImageSearchInvalid";

/// base64编码后的图片数据过大。
pub const FAILEDOPERATION_IMAGESIZEEXCEED: &str = "FailedOperation.ImageSizeExceed";

/// 图片不满足检测要求。
pub const FAILEDOPERATION_IMAGEUNQUALIFIED: &str = "FailedOperation.ImageUnQualified";

/// url地址不合法，无法下载。
pub const FAILEDOPERATION_IMAGEURLINVALID: &str = "FailedOperation.ImageUrlInvalid";

/// 内部错误。
pub const FAILEDOPERATION_INNERERROR: &str = "FailedOperation.InnerError";

/// 调用计费返回失败。
pub const FAILEDOPERATION_INVOKECHARGEERROR: &str = "FailedOperation.InvokeChargeError";

/// 图片中没有人体。
pub const FAILEDOPERATION_NOBODYINPHOTO: &str = "FailedOperation.NoBodyInPhoto";

/// 未检测到目标。
pub const FAILEDOPERATION_NOOBJECTDETECTED: &str = "FailedOperation.NoObjectDetected";

/// 参数为空。
pub const FAILEDOPERATION_PARAMETEREMPTY: &str = "FailedOperation.ParameterEmpty";

/// 车辆识别失败。
pub const FAILEDOPERATION_RECOGNIZEFAILDED: &str = "FailedOperation.RecognizeFailded";

/// 后端服务请求失败。
pub const FAILEDOPERATION_REQUESTERROR: &str = "FailedOperation.RequestError";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// RPC请求失败，一般为算法微服务故障。
pub const FAILEDOPERATION_RPCFAIL: &str = "FailedOperation.RpcFail";

/// 算法服务异常，请重试。
pub const FAILEDOPERATION_SERVERERROR: &str = "FailedOperation.ServerError";

/// 文件太大。
pub const FAILEDOPERATION_TOOLARGEFILEERROR: &str = "FailedOperation.TooLargeFileError";

/// 内部错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 服务未开通。
pub const FAILEDOPERATION_UNOPENERROR: &str = "FailedOperation.UnOpenError";

/// 图库简介过长。
pub const INVALIDPARAMETERVALUE_BRIEFTOOLONG: &str = "InvalidParameterValue.BriefTooLong";

/// 自定义内容过长。
pub const INVALIDPARAMETERVALUE_CUSTOMCONTENTTOOLONG: &str =
    "InvalidParameterValue.CustomContentTooLong";

/// 物品ID为空。
pub const INVALIDPARAMETERVALUE_ENTITYIDEMPTY: &str = "InvalidParameterValue.EntityIdEmpty";

/// 物品ID超出长度限制。
pub const INVALIDPARAMETERVALUE_ENTITYIDTOOLONG: &str = "InvalidParameterValue.EntityIdTooLong";

/// Filter参数不合法。
pub const INVALIDPARAMETERVALUE_FILTERINVALID: &str = "InvalidParameterValue.FilterInvalid";

/// Filter参数过长。
pub const INVALIDPARAMETERVALUE_FILTERSIZEEXCEED: &str = "InvalidParameterValue.FilterSizeExceed";

/// 图片为空。
pub const INVALIDPARAMETERVALUE_IMAGEEMPTY: &str = "InvalidParameterValue.ImageEmpty";

/// 图库ID已存在。
pub const INVALIDPARAMETERVALUE_IMAGEGROUPIDALREADYEXIST: &str =
    "InvalidParameterValue.ImageGroupIdAlreadyExist";

/// 图库ID不合法。
pub const INVALIDPARAMETERVALUE_IMAGEGROUPIDILLEGAL: &str =
    "InvalidParameterValue.ImageGroupIdIllegal";

/// 图库ID不存在。
pub const INVALIDPARAMETERVALUE_IMAGEGROUPIDNOTEXIST: &str =
    "InvalidParameterValue.ImageGroupIdNotExist";

/// 图库ID超出长度限制。
pub const INVALIDPARAMETERVALUE_IMAGEGROUPIDTOOLONG: &str =
    "InvalidParameterValue.ImageGroupIdTooLong";

/// 图库名称为空。
pub const INVALIDPARAMETERVALUE_IMAGEGROUPNAMEEMPTY: &str =
    "InvalidParameterValue.ImageGroupNameEmpty";

/// 图库名称超出长度限制。
pub const INVALIDPARAMETERVALUE_IMAGEGROUPNAMETOOLONG: &str =
    "InvalidParameterValue.ImageGroupNameTooLong";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.InvalidParameterValueLimit";

/// 返回数量不在合法范围内。
pub const INVALIDPARAMETERVALUE_LIMITEXCEED: &str = "InvalidParameterValue.LimitExceed";

/// 图片名称重复。
pub const INVALIDPARAMETERVALUE_PICNAMEALREADYEXIST: &str =
    "InvalidParameterValue.PicNameAlreadyExist";

/// 图片名称为空。
pub const INVALIDPARAMETERVALUE_PICNAMEEMPTY: &str = "InvalidParameterValue.PicNameEmpty";

/// PicName不合法。
pub const INVALIDPARAMETERVALUE_PICNAMEINVALID: &str = "InvalidParameterValue.PicNameInvalid";

/// 图片名称超出长度限制。
pub const INVALIDPARAMETERVALUE_PICNAMETOOLONG: &str = "InvalidParameterValue.PicNameTooLong";

/// 标签数量过多。
pub const INVALIDPARAMETERVALUE_TAGSKEYSEXCEED: &str = "InvalidParameterValue.TagsKeysExceed";

/// 标签值类型不合法。
pub const INVALIDPARAMETERVALUE_TAGSVALUEILLEGAL: &str = "InvalidParameterValue.TagsValueIllegal";

/// 标签值长度过长。
pub const INVALIDPARAMETERVALUE_TAGSVALUESIZEEXCEED: &str =
    "InvalidParameterValue.TagsValueSizeExceed";

/// URL格式不合法。
pub const INVALIDPARAMETERVALUE_URLILLEGAL: &str = "InvalidParameterValue.UrlIllegal";

/// 不支持的图片格式。
pub const INVALIDPARAMETER_IMAGEFORMATNOTSUPPORT: &str = "InvalidParameter.ImageFormatNotSupport";

/// 参数取值错误。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 图片不可为纯色图。
pub const INVALIDPARAMETER_PICTURESOLIDCOLORERROR: &str = "InvalidParameter.PictureSolidColorError";

/// 文件太大。
pub const LIMITEXCEEDED_TOOLARGEFILEERROR: &str = "LimitExceeded.TooLargeFileError";

/// 必选参数为空。
pub const MISSINGPARAMETER_ERRORPARAMETEREMPTY: &str = "MissingParameter.ErrorParameterEmpty";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 计费状态异常。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 服务正在开通中，请稍等。
pub const RESOURCEUNAVAILABLE_ISOPENING: &str = "ResourceUnavailable.IsOpening";

/// 计费状态未知，请确认是否已在控制台开通服务。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 账号已停服。
pub const RESOURCEUNAVAILABLE_STOPUSING: &str = "ResourceUnavailable.StopUsing";
