//! Error codes of `rce`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_rce::errors::INTERNALERROR_SYSTEMEXCEPTION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 系统异常。
pub const INTERNALERROR_SYSTEMEXCEPTION: &str = "InternalError.SystemException";

/// 请求字段缺失
pub const INTERNALERROR_TURINGFIELDMISSED: &str = "InternalError.TuringFieldMissed";

/// 内部错误
pub const INTERNALERROR_TURINGINTERNALERROR: &str = "InternalError.TuringInternalError";

/// 时间戳字段不合法
pub const INTERNALERROR_TURINGINVALIDTIMESTAMP: &str = "InternalError.TuringInvalidTimestamp";

/// 已购配额已用完
pub const INTERNALERROR_TURINGLIMITEXCEEDED: &str = "InternalError.TuringLimitExceeded";

/// QPS超过频率限制
pub const INTERNALERROR_TURINGREQUESTLIMITEXCEEDED: &str =
    "InternalError.TuringRequestLimitExceeded";

/// 服务调用失败
pub const INTERNALERROR_TURINGSERVICEFAILED: &str = "InternalError.TuringServiceFailed";

/// 子服务超时
pub const INTERNALERROR_TURINGSUBSERVICETIMEOUT: &str = "InternalError.TuringSubServiceTimeout";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 数据未授权，请检查数据授权信息。
pub const INVALIDPARAMETERVALUE_DATAUNAUTHORIZED: &str = "InvalidParameterValue.DataUnauthorized";

/// 自定义参数Key不允许重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEDKEY: &str = "InvalidParameterValue.DuplicatedKey";

/// 事件不存在。
pub const INVALIDPARAMETERVALUE_EVENTNOTEXIST: &str = "InvalidParameterValue.EventNotExist";

/// EventTime与当前系统时间相差过大
pub const INVALIDPARAMETERVALUE_INVALIDEVENTTIME: &str = "InvalidParameterValue.InvalidEventTime";

/// 服务参数错误
pub const INVALIDPARAMETERVALUE_INVALIDTURINGTOKEN: &str =
    "InvalidParameterValue.InvalidTuringToken";

/// 租户不存在。
pub const INVALIDPARAMETERVALUE_TENANTNOTEXIST: &str = "InvalidParameterValue.TenantNotExist";

/// 必填字段缺失。
pub const INVALIDPARAMETER_FIELDMISSED: &str = "InvalidParameter.FieldMissed";

/// 字段格式错误。
pub const INVALIDPARAMETER_INVALIDFORMAT: &str = "InvalidParameter.InvalidFormat";

/// 字段非法取值。
pub const INVALIDPARAMETER_INVALIDVALUE: &str = "InvalidParameter.InvalidValue";

/// 字段长度超过最大限制。
pub const INVALIDPARAMETER_LENGTHEXCEED: &str = "InvalidParameter.LengthExceed";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少参数错误，必传参数未填。
pub const MISSINGPARAMETER_FIELDMISSED: &str = "MissingParameter.FieldMissed";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 渠道号不匹配。
pub const UNAUTHORIZEDOPERATION_CHANNELIDMISMATCH: &str = "UnauthorizedOperation.ChannelIdMismatch";

/// 签名检验失败
pub const UNAUTHORIZEDOPERATION_INVALIDTURINGSIGNATURE: &str =
    "UnauthorizedOperation.InvalidTuringSignature";

/// 服务未找到
pub const UNAUTHORIZEDOPERATION_RESOURCENOTFOUND: &str = "UnauthorizedOperation.ResourceNotFound";

/// 重放请求
pub const UNAUTHORIZEDOPERATION_TURINGREPLAYREQUEST: &str =
    "UnauthorizedOperation.TuringReplayRequest";

/// 服务访问未授权
pub const UNAUTHORIZEDOPERATION_TURINGSERVICEUNAUTHORIZED: &str =
    "UnauthorizedOperation.TuringServiceUnauthorized";

/// appid未配置
pub const UNAUTHORIZEDOPERATION_UNKNOWNTURINGAPPID: &str =
    "UnauthorizedOperation.UnknownTuringAppid";
