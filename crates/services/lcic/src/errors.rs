//! Error codes of `lcic`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_lcic::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 房间状态错误，房间已结束。
pub const FAILEDOPERATION_CLASSENDED: &str = "FailedOperation.ClassEnded";

/// 房间状态错误，房间已过期。
pub const FAILEDOPERATION_CLASSEXPIRED: &str = "FailedOperation.ClassExpired";

/// 课堂状态错误，课堂已开始。
pub const FAILEDOPERATION_CLASSSTARTED: &str = "FailedOperation.ClassStarted";

/// 预约课堂的时长不能超过72小时（不影响实际上课）。
pub const FAILEDOPERATION_CLASSTOOLONG: &str = "FailedOperation.ClassTooLong";

/// 图片参数错误。
pub const FAILEDOPERATION_IMAGEARGINVALID: &str = "FailedOperation.ImageArgInvalid";

/// 源账号已存在。
pub const FAILEDOPERATION_ORIGINIDEXISTS: &str = "FailedOperation.OriginIdExists";

/// 创建课堂失败。未开启“后付费”功能，字幕转写服务无法使用
pub const FAILEDOPERATION_POSTPAIDNOTAVAILABLE: &str = "FailedOperation.PostpaidNotAvailable";

/// 请求超时
pub const FAILEDOPERATION_REQUESTTIMEDOUT: &str = "FailedOperation.RequestTimedOut";

/// 房间暂未结束。
pub const FAILEDOPERATION_ROOMNOTEND: &str = "FailedOperation.RoomNotEnd";

/// 该成员已被添加到群组，请先在群组中删除该成员。
pub const FAILEDOPERATION_USERISALREADYINGROUP: &str = "FailedOperation.UserIsAlreadyInGroup";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 无效参数组合
pub const INVALIDPARAMETERCOMBINATION: &str = "InvalidParameterCombination";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 无效ClassID
pub const INVALIDPARAMETER_CLASSID: &str = "InvalidParameter.ClassID";

/// ClassIDs超过最大值
pub const INVALIDPARAMETER_CLASSIDS: &str = "InvalidParameter.ClassIDs";

/// 文案涉及敏感词，请调整后重新输入。
pub const INVALIDPARAMETER_CONTENT: &str = "InvalidParameter.Content";

/// css/js地址无法访问
pub const INVALIDPARAMETER_CSSORJS: &str = "InvalidParameter.CssOrJs";

/// DisableRecord参数错误
pub const INVALIDPARAMETER_DISABLERECORD: &str = "InvalidParameter.DisableRecord";

/// 结束时间不能早于开始时间。
pub const INVALIDPARAMETER_ENDTIME: &str = "InvalidParameter.EndTime";

/// 操作的群组成员超过限制
pub const INVALIDPARAMETER_GROUPMEMBEROVERLIMIT: &str = "InvalidParameter.GroupMemberOverLimit";

/// 参数错误，主讲人与成员都为空
pub const INVALIDPARAMETER_GROUPPARAMINVALID: &str = "InvalidParameter.GroupParamInvalid";

/// 主讲人不能同时是群组成员
pub const INVALIDPARAMETER_GROUPTEACHERNOTMEMBER: &str = "InvalidParameter.GroupTeacherNotMember";

/// 群组主讲老师不存在
pub const INVALIDPARAMETER_GROUPTEACHERSNOTEXIST: &str = "InvalidParameter.GroupTeachersNotExist";

/// 群组类型错误
pub const INVALIDPARAMETER_GROUPTYPEINVALID: &str = "InvalidParameter.GroupTypeInvalid";

/// LiveType参数错误
pub const INVALIDPARAMETER_LIVETYPE: &str = "InvalidParameter.LiveType";

/// MaxMicNumber参数错误
pub const INVALIDPARAMETER_MAXMICNUMBER: &str = "InvalidParameter.MaxMicNumber";

/// MaxRTCMember参数错误
pub const INVALIDPARAMETER_MAXRTCMEMBER: &str = "InvalidParameter.MaxRTCMember";

/// RecordLayout参数错误
pub const INVALIDPARAMETER_RECORDLAYOUT: &str = "InvalidParameter.RecordLayout";

/// ReplayLayout参数错误
pub const INVALIDPARAMETER_REPLAYLAYOUT: &str = "InvalidParameter.ReplayLayout";

/// room类型错误
pub const INVALIDPARAMETER_ROOMTYPEINVALID: &str = "InvalidParameter.RoomTypeInvalid";

/// SchoolID参数错误
pub const INVALIDPARAMETER_SCHOOLID: &str = "InvalidParameter.SchoolID";

/// SdkAppId参数错误。
pub const INVALIDPARAMETER_SDKAPPID: &str = "InvalidParameter.SdkAppId";

/// 开始时间不能早于当前时间。
pub const INVALIDPARAMETER_STARTTIME: &str = "InvalidParameter.StartTime";

/// UserID和SchoolID不匹配
pub const INVALIDPARAMETER_USERSCHOOLMISMATCH: &str = "InvalidParameter.UserSchoolMismatch";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 绑定的课件超出限制。
pub const LIMITEXCEEDED_CLASSDOCUMENTLIMIT: &str = "LimitExceeded.ClassDocumentLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 录制功能因存储超量或账号欠费而受限。
pub const RESOURCEINSUFFICIENT_RECORD: &str = "ResourceInsufficient.Record";

/// 打开课堂失败，请前往控制台查看用量情况。
pub const RESOURCEINSUFFICIENT_ROOM: &str = "ResourceInsufficient.Room";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 文档不存在。
pub const RESOURCENOTFOUND_DOCUMENT: &str = "ResourceNotFound.Document";

/// 群组不存在
pub const RESOURCENOTFOUND_GROUPNOTEXIST: &str = "ResourceNotFound.GroupNotExist";

/// 用户ID不存在
pub const RESOURCENOTFOUND_GROUPPARTUSERSNOTEXIST: &str = "ResourceNotFound.GroupPartUsersNotExist";

/// 房间不存在。
pub const RESOURCENOTFOUND_ROOM: &str = "ResourceNotFound.Room";

/// 用户不存在。
pub const RESOURCENOTFOUND_USER: &str = "ResourceNotFound.User";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 房间统计结果计算中，请稍候。
pub const RESOURCEUNAVAILABLE_ROOMSTATISTICS: &str = "ResourceUnavailable.RoomStatistics";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 套餐包版本不支持
pub const UNSUPPORTEDOPERATION_VERSION: &str = "UnsupportedOperation.Version";
