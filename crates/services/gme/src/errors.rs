//! Error codes of `gme`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_gme::errors::AUTHFAILURE) => { /* … */ }
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

/// FailedOperation.CosOperationFailed
pub const FAILEDOPERATION_COSOPERATIONFAILED: &str = "FailedOperation.CosOperationFailed";

/// FailedOperation.DbOperationFailed
pub const FAILEDOPERATION_DBOPERATIONFAILED: &str = "FailedOperation.DbOperationFailed";

/// FailedOperation.GenVoicePrintIdFailed
pub const FAILEDOPERATION_GENVOICEPRINTIDFAILED: &str = "FailedOperation.GenVoicePrintIdFailed";

/// 登录态过期。
pub const FAILEDOPERATION_LOGINFAILED: &str = "FailedOperation.LoginFailed";

/// FailedOperation.NotAbility
pub const FAILEDOPERATION_NOTABILITY: &str = "FailedOperation.NotAbility";

/// FailedOperation.NotAllowed
pub const FAILEDOPERATION_NOTALLOWED: &str = "FailedOperation.NotAllowed";

/// FailedOperation.TaskExist
pub const FAILEDOPERATION_TASKEXIST: &str = "FailedOperation.TaskExist";

/// FailedOperation.TaskNotExist
pub const FAILEDOPERATION_TASKNOTEXIST: &str = "FailedOperation.TaskNotExist";

/// FailedOperation.UpdateVoicePrintIdNotFound
pub const FAILEDOPERATION_UPDATEVOICEPRINTIDNOTFOUND: &str =
    "FailedOperation.UpdateVoicePrintIdNotFound";

/// 欠费不可操作。
pub const FAILEDOPERATION_USERFEENEGATIVE: &str = "FailedOperation.UserFeeNegative";

/// FailedOperation.VoicePrintAudioCheckFailed
pub const FAILEDOPERATION_VOICEPRINTAUDIOCHECKFAILED: &str =
    "FailedOperation.VoicePrintAudioCheckFailed";

/// FailedOperation.VoicePrintRegistrationLimit
pub const FAILEDOPERATION_VOICEPRINTREGISTRATIONLIMIT: &str =
    "FailedOperation.VoicePrintRegistrationLimit";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// BizId 参数错误
pub const INVALIDPARAMETERVALUE_INVALIDBIZID: &str = "InvalidParameterValue.InvalidBizId";

/// 输入删除类型应为1或2。
pub const INVALIDPARAMETERVALUE_INVALIDDELETETYPE: &str = "InvalidParameterValue.InvalidDeleteType";

/// RecordMode参数错误
pub const INVALIDPARAMETERVALUE_INVALIDRECORDMODE: &str = "InvalidParameterValue.InvalidRecordMode";

/// RoomId 参数错误
pub const INVALIDPARAMETERVALUE_INVALIDROOMID: &str = "InvalidParameterValue.InvalidRoomId";

/// 不需要填写StrUid，请填写Uid
pub const INVALIDPARAMETERVALUE_INVALIDSTRUIN: &str = "InvalidParameterValue.InvalidStrUin";

/// 黑白名单格式错误
pub const INVALIDPARAMETERVALUE_INVALIDSUBSCRIBERECORDUSERIDS: &str =
    "InvalidParameterValue.InvalidSubscribeRecordUserIds";

/// 白名单个数超过20个
pub const INVALIDPARAMETERVALUE_INVALIDSUBSCRIBEUSERIDS: &str =
    "InvalidParameterValue.InvalidSubscribeUserIds";

/// taskid参数错误
pub const INVALIDPARAMETERVALUE_INVALIDTASKID: &str = "InvalidParameterValue.InvalidTaskId";

/// 不能同时输入uid和strUid
pub const INVALIDPARAMETERVALUE_INVALIDUINORSTRUIN: &str =
    "InvalidParameterValue.InvalidUinOrStrUin";

/// 黑名单个数超过20个
pub const INVALIDPARAMETERVALUE_INVALIDUNSUBSCRIBEUSERIDS: &str =
    "InvalidParameterValue.InvalidUNSubscribeUserIds";

/// 回调地址不正确
pub const INVALIDPARAMETER_CALLBACKADDRESS: &str = "InvalidParameter.CallbackAddress";

/// 日期无效。
pub const INVALIDPARAMETER_DATEINVALID: &str = "InvalidParameter.DateInvalid";

/// 输入日期超出60天查询范围。
pub const INVALIDPARAMETER_DATEOUTOFSIXTYDAYS: &str = "InvalidParameter.DateOutOfSixtyDays";

/// InvalidParameter.InvalidAudioInput
pub const INVALIDPARAMETER_INVALIDAUDIOINPUT: &str = "InvalidParameter.InvalidAudioInput";

/// InvalidParameter.InvalidSdkAppId
pub const INVALIDPARAMETER_INVALIDSDKAPPID: &str = "InvalidParameter.InvalidSdkAppId";

/// InvalidParameter.InvalidVoicePrintIdList
pub const INVALIDPARAMETER_INVALIDVOICEPRINTIDLIST: &str =
    "InvalidParameter.InvalidVoicePrintIdList";

/// 标签不正确
pub const INVALIDPARAMETER_TAGKEY: &str = "InvalidParameter.TagKey";

/// InvalidParameter.TaskId
pub const INVALIDPARAMETER_TASKID: &str = "InvalidParameter.TaskId";

/// 查询时间范围错误。
pub const INVALIDPARAMETER_TIMERANGEERROR: &str = "InvalidParameter.TimeRangeError";

/// InvalidParameter.UserSig
pub const INVALIDPARAMETER_USERSIG: &str = "InvalidParameter.UserSig";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 创建应用数已达上限。
pub const LIMITEXCEEDED_APPLICATION: &str = "LimitExceeded.Application";

/// 缺少参数。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// MissingParameter.MissingVoicePrintUpdateParams
pub const MISSINGPARAMETER_MISSINGVOICEPRINTUPDATEPARAMS: &str =
    "MissingParameter.MissingVoicePrintUpdateParams";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// OperationDenied.AccountInArrears
pub const OPERATIONDENIED_ACCOUNTINARREARS: &str = "OperationDenied.AccountInArrears";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// ResourceInsufficient.RequestRejection
pub const RESOURCEINSUFFICIENT_REQUESTREJECTION: &str = "ResourceInsufficient.RequestRejection";

/// task已存在
pub const RESOURCEINUSE_TASKINUSE: &str = "ResourceInUse.TaskInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 应用ID不正确
pub const RESOURCENOTFOUND_BIZIDISNOTFOUND: &str = "ResourceNotFound.BizidIsNotFound";

/// 房间不存在
pub const RESOURCENOTFOUND_ROOMNOTFOUND: &str = "ResourceNotFound.RoomNotFound";

/// 任务ID不存在
pub const RESOURCENOTFOUND_TASKNOTFOUND: &str = "ResourceNotFound.TaskNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 创建应用不被授权。
pub const UNAUTHORIZEDOPERATION_CREATEAPPDENIED: &str = "UnauthorizedOperation.CreateAppDenied";

/// 该用户未进行实名认证。
pub const UNAUTHORIZEDOPERATION_UNREALNAMEAUTH: &str = "UnauthorizedOperation.UnRealNameAuth";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 超过最大踢人数量
pub const UNSUPPORTEDOPERATION_LIMITDELETEEXCEEDED: &str =
    "UnsupportedOperation.LimitDeleteExceeded";

/// 语音转文本开关未开启。
pub const UNSUPPORTEDOPERATION_PTTSWITCHOFF: &str = "UnsupportedOperation.PTTSwitchOff";

/// 录制服务未开通
pub const UNSUPPORTEDOPERATION_SERVICENOTOPENED: &str = "UnsupportedOperation.ServiceNotOpened";
