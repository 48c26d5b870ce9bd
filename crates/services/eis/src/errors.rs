//! Error codes of `eis`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_eis::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 鉴权失败。
pub const FAILEDOPERATION_AUTHENTICATIONFAILED: &str = "FailedOperation.AuthenticationFailed";

/// 接口处理超时。
pub const FAILEDOPERATION_INNERLOGICTIMEOUT: &str = "FailedOperation.InnerLogicTimeOut";

/// 依赖服务错误。
pub const FAILEDOPERATION_METACOMPILERERROR: &str = "FailedOperation.MetaCompilerError";

/// 不支持的操作类型。
pub const FAILEDOPERATION_UNSUPPORTEDOPERATIONTYPE: &str =
    "FailedOperation.UnSupportedOperationType";

/// 检查运行时失败。
pub const INTERNALERROR_CHECKRUNTIMEFAILED: &str = "InternalError.CheckRuntimeFailed";

/// connector不存在。
pub const INTERNALERROR_CONNECTORNOTEXIST: &str = "InternalError.ConnectorNotExist";

/// 获取运行时应用数量失败。
pub const INTERNALERROR_COUNTRUNTIMEINSTANCESFAILED: &str =
    "InternalError.CountRuntimeInstancesFailed";

/// 数据库内部错误。
pub const INTERNALERROR_DATABASEERROR: &str = "InternalError.DatabaseError";

/// 获取运行时应用列表失败。
pub const INTERNALERROR_LISTRUNTIMEINSTANCESFAILED: &str =
    "InternalError.ListRuntimeInstancesFailed";

/// 获取运行时列表失败。
pub const INTERNALERROR_LISTRUNTIMESFAILED: &str = "InternalError.ListRuntimesFailed";

/// 依赖模块metacompiler错误。
pub const INTERNALERROR_METACOMPILERERROR: &str = "InternalError.MetaCompilerError";

/// rpc调用异常。
pub const INTERNALERROR_RPCPILOTSERVERERROR: &str = "InternalError.RpcPilotServerError";

/// 连接器不存在。
pub const INVALIDPARAMETERVALUE_CONNECTORNOTEXIST: &str = "InvalidParameterValue.ConnectorNotExist";

/// 指标查询参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDRUNTIMEMETRICSEARCHCONDITION: &str =
    "InvalidParameterValue.InvalidRuntimeMetricSearchCondition";

/// 共享运行时不支持此操作。
pub const INVALIDPARAMETERVALUE_NOTSUPPORTEDACTIONFORPUBLICRUNTIME: &str =
    "InvalidParameterValue.NotSupportedActionForPublicRuntime";

/// 不支持的Zone。
pub const INVALIDPARAMETERVALUE_PILOTZONENOTSUPPORTED: &str =
    "InvalidParameterValue.PilotZoneNotSupported";

/// 应用和实例不匹配。
pub const INVALIDPARAMETERVALUE_PROJECTANDINSTANCENOTMATCH: &str =
    "InvalidParameterValue.ProjectAndInstanceNotMatch";

/// 应用实例ID不存在。
pub const INVALIDPARAMETERVALUE_PROJECTINSTANCENOTFOUND: &str =
    "InvalidParameterValue.ProjectInstanceNotFound";

/// 运行时已删除。
pub const INVALIDPARAMETERVALUE_RUNTIMEALREADYDELETED: &str =
    "InvalidParameterValue.RuntimeAlreadyDeleted";

/// 运行时不存在。
pub const INVALIDPARAMETERVALUE_RUNTIMEIDNOTEXIST: &str = "InvalidParameterValue.RuntimeIdNotExist";

/// 当前指标不支持查询百分比。
pub const INVALIDPARAMETERVALUE_RUNTIMEMETRICRATENOTSUPPORT: &str =
    "InvalidParameterValue.RuntimeMetricRateNotSupport";

/// 运行时命名空间不合法。
pub const INVALIDPARAMETERVALUE_RUNTIMENAMESPACEINVALID: &str =
    "InvalidParameterValue.RuntimeNamespaceInvalid";

/// 运行时地域不存在。
pub const INVALIDPARAMETERVALUE_RUNTIMEZONENOTEXISTED: &str =
    "InvalidParameterValue.RuntimeZoneNotExisted";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";
