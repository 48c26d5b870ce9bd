//! Error codes of `weilingwith`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_weilingwith::errors::AUTHFAILURE_APIAUTHORIZATIONNOTFOUND) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 未找到此应用该api授权信息
pub const AUTHFAILURE_APIAUTHORIZATIONNOTFOUND: &str = "AuthFailure.ApiAuthorizationNotFound";

/// token已过期,请重新申请
pub const AUTHFAILURE_TOKENEXPIRED: &str = "AuthFailure.TokenExpired";

/// 未找到该token信息
pub const AUTHFAILURE_TOKENNOTFOUND: &str = "AuthFailure.TokenNotFound";

/// Api规则配置信息错误
pub const FAILEDOPERATION_APIRULECONFIGERROR: &str = "FailedOperation.ApiRuleConfigError";

/// 操作DB失败
pub const FAILEDOPERATION_DBERROR: &str = "FailedOperation.DBError";

/// 获取标签错误
pub const FAILEDOPERATION_GETTAGSFAILED: &str = "FailedOperation.GetTagsFailed";

/// 锁定Redis缓存错误
pub const FAILEDOPERATION_LOCKREDISCACHEFAILED: &str = "FailedOperation.LockRedisCacheFailed";

/// 修改设备信息失败
pub const FAILEDOPERATION_MODIFYDEVICEERROR: &str = "FailedOperation.ModifyDeviceError";

/// redis操作错误
pub const FAILEDOPERATION_REDISOPERATIONFAILED: &str = "FailedOperation.RedisOperationFailed";

/// 消息发送错误
pub const FAILEDOPERATION_SENDMSGERROR: &str = "FailedOperation.SendMsgError";

/// 向IOT服务发送消息失败
pub const FAILEDOPERATION_SENDMSGTOIOTFAILED: &str = "FailedOperation.SendMsgToIOTFailed";

/// 对象存储 - 初始化失败
pub const FAILEDOPERATION_STORAGEINITFAILED: &str = "FailedOperation.StorageInitFailed";

/// 对象存储 - url生成失败
pub const FAILEDOPERATION_URLGENERATEFAILED: &str = "FailedOperation.URLGenerateFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// API网关内部错误
pub const INTERNALERROR_APIGATEWAYINTERNALERROR: &str = "InternalError.ApiGatewayInternalError";

/// 该api访问路径匹配参数异常，请检查请求路径
pub const INTERNALERROR_APIREQUESTPATHPARAMETERERROR: &str =
    "InternalError.ApiRequestPathParameterError";

/// 该应用未关联该项目空间数据，无法获取该项目空间数据
pub const INTERNALERROR_APPAPINOSPACEPERMISSION: &str = "InternalError.AppApiNoSpacePermission";

/// BIM服务内部错误
pub const INTERNALERROR_BIMAPPINTERNALERROR: &str = "InternalError.BIMAppInternalError";

/// 业务逻辑错误
pub const INTERNALERROR_BUSINESSLOGICERROR: &str = "InternalError.BusinessLogicError";

/// manager服务操作失败
pub const INTERNALERROR_MANAGERSRVFAILED: &str = "InternalError.ManagerSrvFailed";

/// 超时
pub const INTERNALERROR_TIMEOUT: &str = "InternalError.Timeout";

/// 未知错误
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 更新工作空间下园区信息错误
pub const INTERNALERROR_UPDATEPARKINFOFAILED: &str = "InternalError.UpdateParkInfoFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 告警状态无效
pub const INVALIDPARAMETERVALUE_INVALIDALARMSTATUS: &str =
    "InvalidParameterValue.InvalidAlarmStatus";

/// 应用id非法
pub const INVALIDPARAMETERVALUE_INVALIDAPPLICATIONID: &str =
    "InvalidParameterValue.InvalidApplicationId";

/// 项目id或构件id取值错误
pub const INVALIDPARAMETERVALUE_INVALIDELEMENTIDORPROJECTID: &str =
    "InvalidParameterValue.InvalidElementIdOrProjectId";

/// 网络视频录像机GB28181协议错误
pub const INVALIDPARAMETERVALUE_INVALIDGB28181CONFIG: &str =
    "InvalidParameterValue.InvalidGB28181Config";

/// 申请应用token时，传递的nonce参数非法
pub const INVALIDPARAMETERVALUE_INVALIDNONCE: &str = "InvalidParameterValue.InvalidNonce";

/// 非法protocol协议参数
pub const INVALIDPARAMETERVALUE_INVALIDPROTOCOL: &str = "InvalidParameterValue.InvalidProtocol";

/// 请求时间非法
pub const INVALIDPARAMETERVALUE_INVALIDREQUESTTIME: &str =
    "InvalidParameterValue.InvalidRequestTime";

/// 保存类型参数错误
pub const INVALIDPARAMETERVALUE_INVALIDSAVETYPE: &str = "InvalidParameterValue.InvalidSaveType";

/// 签名非法
pub const INVALIDPARAMETERVALUE_INVALIDSIGNATURE: &str = "InvalidParameterValue.InvalidSignature";

/// 非法StreamId，StreamId仅支持0或1
pub const INVALIDPARAMETERVALUE_INVALIDSTREAMID: &str = "InvalidParameterValue.InvalidStreamId";

/// metadata租户信息无效
pub const INVALIDPARAMETERVALUE_INVALIDTENANTID: &str = "InvalidParameterValue.InvalidTenantId";

/// 时间范围参数错误
pub const INVALIDPARAMETERVALUE_INVALIDTIMERANGE: &str = "InvalidParameterValue.InvalidTimeRange";

/// 播放速率错误，需要等于0.5、1、1.5、2、4、8或16
pub const INVALIDPARAMETERVALUE_INVALIDVIDEOPLAYRATE: &str =
    "InvalidParameterValue.InvalidVideoPlayRate";

/// 错误的工作空间Id
pub const INVALIDPARAMETERVALUE_INVALIDWORKSPACEID: &str =
    "InvalidParameterValue.InvalidWorkspaceId";

/// 园区编码重复
pub const INVALIDPARAMETER_DUPLICATEPARKCODE: &str = "InvalidParameter.DuplicateParkCode";

/// 园区名字或园区编码长度超过50字符
pub const INVALIDPARAMETER_EXCEEDPARKLENGTHLIMIT: &str = "InvalidParameter.ExceedParkLengthLimit";

/// 告警content无效
pub const INVALIDPARAMETER_INVALIDALARMCONTENT: &str = "InvalidParameter.InvalidAlarmContent";

/// 错误的媒体数据
pub const INVALIDPARAMETER_INVALIDMEDIADATA: &str = "InvalidParameter.InvalidMediaData";

/// 错误的Meta数据，无法构建握手参数
pub const INVALIDPARAMETER_INVALIDMETADATA: &str = "InvalidParameter.InvalidMetaData";

/// 请求时间非法
pub const INVALIDPARAMETER_INVALIDREQUESTTIME: &str = "InvalidParameter.InvalidRequestTime";

/// 参数不匹配
pub const INVALIDPARAMETER_PARAMNOTMATCH: &str = "InvalidParameter.ParamNotMatch";

/// 状态与处理类型不符
pub const INVALIDPARAMETER_STATUSNOTMATCHPROCESSTYPE: &str =
    "InvalidParameter.StatusNotMatchProcessType";

/// 未找到token字段
pub const INVALIDPARAMETER_TOKENFIELDNOTFOUND: &str = "InvalidParameter.TokenFieldNotFound";

/// api接口批量最大个数超限
pub const LIMITEXCEEDED_APILIMITEXCEEDED: &str = "LimitExceeded.ApiLimitExceeded";

/// 设备数量超过限制
pub const LIMITEXCEEDED_DEVICELIMITEXCEEDED: &str = "LimitExceeded.DeviceLimitExceeded";

/// 视频流超过阈值
pub const LIMITEXCEEDED_VIDEOSTREAMTHRESHOLDEXCEEDED: &str =
    "LimitExceeded.VideoStreamThresholdExceeded";

/// 视频转码超出阈值
pub const LIMITEXCEEDED_VIDEOTRANSCODE: &str = "LimitExceeded.VideoTranscode";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 告警id为空
pub const MISSINGPARAMETER_EMPTYALARMID: &str = "MissingParameter.EmptyAlarmId";

/// stream参数缺失
pub const MISSINGPARAMETER_EMPTYSTREAM: &str = "MissingParameter.EmptyStream";

/// WID参数缺失
pub const MISSINGPARAMETER_EMPTYWID: &str = "MissingParameter.EmptyWID";

/// Api没有操作权限
pub const OPERATIONDENIED_APIPERMISSIONDENIED: &str = "OperationDenied.ApiPermissionDenied";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 告警id不存在
pub const RESOURCENOTFOUND_ALARMIDNOTEXIST: &str = "ResourceNotFound.AlarmIdNotExist";

/// 告警id找不到
pub const RESOURCENOTFOUND_ALARMIDNOTFOUND: &str = "ResourceNotFound.AlarmIDNotFound";

/// 摄像头基础信息不存在
pub const RESOURCENOTFOUND_CAMERABASEINFONOTEXIST: &str = "ResourceNotFound.CameraBaseInfoNotExist";

/// 摄像头信息不存在
pub const RESOURCENOTFOUND_CAMERAINFONOTEXIST: &str = "ResourceNotFound.CameraInfoNotExist";

/// 摄像头状态不存在
pub const RESOURCENOTFOUND_CAMERASTATUSNOTEXIST: &str = "ResourceNotFound.CameraStatusNotExist";

/// 未查询到构件信息
pub const RESOURCENOTFOUND_ELEMENTNOTFOUND: &str = "ResourceNotFound.ElementNotFound";

/// 空设备列表
pub const RESOURCENOTFOUND_EMPTYDEVICELIST: &str = "ResourceNotFound.EmptyDeviceList";

/// 网络视频录像机或中心级视频网络存储设备相关配置信息缺失
pub const RESOURCENOTFOUND_NVRORCVRCONFIGNOTEXIST: &str = "ResourceNotFound.NVROrCVRConfigNotExist";

/// srs_hook服务节点缺失
pub const RESOURCENOTFOUND_SRSHOOKSERVICENODE: &str = "ResourceNotFound.SRSHookServiceNode";

/// 该deviceId的srs信息缺失
pub const RESOURCENOTFOUND_SRSNOTEXIST: &str = "ResourceNotFound.SRSNotExist";

/// 视频流缺失
pub const RESOURCENOTFOUND_STREAMNOTEXIST: &str = "ResourceNotFound.StreamNotExist";

/// VideoPush服务节点缺失
pub const RESOURCENOTFOUND_VIDEOPUSHSERVICENODE: &str = "ResourceNotFound.VideoPushServiceNode";

/// 设备WId不存在
pub const RESOURCENOTFOUND_WIDNOTEXIST: &str = "ResourceNotFound.WIDNotExist";

/// 设备已离线
pub const RESOURCEUNAVAILABLE_DEVICEOFFLINE: &str = "ResourceUnavailable.DeviceOffline";

/// wId 未找到或被应用api未被授权
pub const UNAUTHORIZEDOPERATION_APIAUTHFAILED: &str = "UnauthorizedOperation.APIAuthFailed";

/// 应用api的数据授权未配置，请先配置权限
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDAPI: &str = "UnauthorizedOperation.UnauthorizedApi";

/// 未推流
pub const UNSUPPORTEDOPERATION_NOTSTREAMING: &str = "UnsupportedOperation.NotStreaming";

/// 不支持的控制指令
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDCMD: &str = "UnsupportedOperation.UnsupportedCMD";
