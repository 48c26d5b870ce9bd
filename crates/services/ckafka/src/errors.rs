//! Error codes of `ckafka`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ckafka::errors::AUTHFAILURE) => { /* … */ }
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

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 实例不存在。
pub const INVALIDPARAMETERVALUE_INSTANCENOTEXIST: &str = "InvalidParameterValue.InstanceNotExist";

/// 参数不允许为空。
pub const INVALIDPARAMETERVALUE_NOTALLOWEDEMPTY: &str = "InvalidParameterValue.NotAllowedEmpty";

/// 已存在相同参数。
pub const INVALIDPARAMETERVALUE_REPETITIONVALUE: &str = "InvalidParameterValue.RepetitionValue";

/// 无效的子网id。
pub const INVALIDPARAMETERVALUE_SUBNETIDINVALID: &str = "InvalidParameterValue.SubnetIdInvalid";

/// 子网不属于zone。
pub const INVALIDPARAMETERVALUE_SUBNETNOTBELONGTOZONE: &str =
    "InvalidParameterValue.SubnetNotBelongToZone";

/// 主题名已存在
pub const INVALIDPARAMETERVALUE_TOPICNAMEALREADYEXIST: &str =
    "InvalidParameterValue.TopicNameAlreadyExist";

/// 无效的 Vpc Id。
pub const INVALIDPARAMETERVALUE_VPCIDINVALID: &str = "InvalidParameterValue.VpcIdInvalid";

/// Action参数取值错误。
pub const INVALIDPARAMETERVALUE_WRONGACTION: &str = "InvalidParameterValue.WrongAction";

/// zone不支持。
pub const INVALIDPARAMETERVALUE_ZONENOTSUPPORT: &str = "InvalidParameterValue.ZoneNotSupport";

/// 已存在同名Topic。
pub const INVALIDPARAMETER_TOPICEXIST: &str = "InvalidParameter.TopicExist";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 路由数超过限制。
pub const LIMITEXCEEDED_ROUTEOVERLIMIT: &str = "LimitExceeded.RouteOverLimit";

/// SASL路由超过限制。
pub const LIMITEXCEEDED_ROUTESASLOVERLIMIT: &str = "LimitExceeded.RouteSASLOverLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 任务资源暂停。
pub const OPERATIONDENIED_RESOURCETASKPAUSED: &str = "OperationDenied.ResourceTaskPaused";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// Broker 磁盘资源异常
pub const RESOURCEUNAVAILABLE_KAFKASTORAGEERROR: &str = "ResourceUnavailable.KafkaStorageError";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 批量删除实例限制。
pub const UNSUPPORTEDOPERATION_BATCHDELINSTANCELIMIT: &str =
    "UnsupportedOperation.BatchDelInstanceLimit";

/// 创建Topic成功后，60s后才能删除该Topic
pub const UNSUPPORTEDOPERATION_FREQUENCYTOPICDELETEOPERATE: &str =
    "UnsupportedOperation.FrequencyTopicDeleteOperate";

/// Oss拒绝该操作。
pub const UNSUPPORTEDOPERATION_OSSREJECT: &str = "UnsupportedOperation.OssReject";
