//! Error codes of `tcr`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tcr::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 数据库错误。
pub const FAILEDOPERATION_DBERROR: &str = "FailedOperation.DbError";

/// 依赖服务异常。
pub const FAILEDOPERATION_DEPENDENCEERROR: &str = "FailedOperation.DependenceError";

/// Core 返回内容为空
pub const FAILEDOPERATION_EMPTYCOREBODY: &str = "FailedOperation.EmptyCoreBody";

/// 获取数据库数据错误。
pub const FAILEDOPERATION_ERRORGETDBDATAERROR: &str = "FailedOperation.ErrorGetDBDataError";

/// Tcr实例请求无效的Hearder类型。
pub const FAILEDOPERATION_ERRORTCRINVALIDMEDIATYPE: &str =
    "FailedOperation.ErrorTcrInvalidMediaType";

/// Tcr实例资源冲突。
pub const FAILEDOPERATION_ERRORTCRRESOURCECONFLICT: &str =
    "FailedOperation.ErrorTcrResourceConflict";

/// 没有Tcr操作权限。
pub const FAILEDOPERATION_ERRORTCRUNAUTHORIZED: &str = "FailedOperation.ErrorTcrUnauthorized";

/// 获取数据库数据错误。
pub const FAILEDOPERATION_GETDBDATAERROR: &str = "FailedOperation.GetDBDataError";

/// 获取安全组策略错误。
pub const FAILEDOPERATION_GETSECURITYPOLICYFAIL: &str = "FailedOperation.GetSecurityPolicyFail";

/// 获取TcrClient错误。
pub const FAILEDOPERATION_GETTCRCLIENT: &str = "FailedOperation.GetTcrClient";

/// 操作取消。
pub const FAILEDOPERATION_OPERATIONCANCEL: &str = "FailedOperation.OperationCancel";

/// 先决条件不满足。
pub const FAILEDOPERATION_PRECONDITIONFAILED: &str = "FailedOperation.PreconditionFailed";

/// 交易失败。
pub const FAILEDOPERATION_TRADEFAILED: &str = "FailedOperation.TradeFailed";

/// 校验仓库名称失败。
pub const FAILEDOPERATION_VALIDATEREGISTRYNAMEFAIL: &str =
    "FailedOperation.ValidateRegistryNameFail";

/// 校验支持地域错误。
pub const FAILEDOPERATION_VALIDATESUPPORTEDREGIONFAIL: &str =
    "FailedOperation.ValidateSupportedRegionFail";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 创建私有域失败。
pub const INTERNALERROR_CREATEPRIVATEZONE: &str = "InternalError.CreatePrivateZone";

/// 创建私有域记录失败。
pub const INTERNALERROR_CREATEPRIVATEZONERECORD: &str = "InternalError.CreatePrivateZoneRecord";

/// 数据库错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DbError";

/// 删除私有域记录失败。
pub const INTERNALERROR_DELETEPRIVATEZONERECORD: &str = "InternalError.DeletePrivateZoneRecord";

/// 查询vpc私有解析状态失败。
pub const INTERNALERROR_DESCRIBEINTERNALENDPOINTDNSSTATUS: &str =
    "InternalError.DescribeInternalEndpointDnsStatus";

/// 查询私有域列表失败。
pub const INTERNALERROR_DESCRIBEPRIVATEZONELIST: &str = "InternalError.DescribePrivateZoneList";

/// 查询私有域记录列表失败。
pub const INTERNALERROR_DESCRIBEPRIVATEZONERECORDLIST: &str =
    "InternalError.DescribePrivateZoneRecordList";

/// 查询开白vpc列表失败。
pub const INTERNALERROR_DESCRIBEPRIVATEZONESERVICELIST: &str =
    "InternalError.DescribePrivateZoneServiceList";

/// 目标冲突。
pub const INTERNALERROR_ERRCONFLICT: &str = "InternalError.ErrConflict";

/// 目标不存在。
pub const INTERNALERROR_ERRNOTEXIST: &str = "InternalError.ErrNotExist";

/// 资源已存在。
pub const INTERNALERROR_ERRORCONFLICT: &str = "InternalError.ErrorConflict";

/// 资源超过配额。
pub const INTERNALERROR_ERROROVERLIMIT: &str = "InternalError.ErrorOverLimit";

/// Tcr实例内部错误。
pub const INTERNALERROR_ERRORTCRINTERNAL: &str = "InternalError.ErrorTcrInternal";

/// Tcr实例请求无效的Hearder类型。
pub const INTERNALERROR_ERRORTCRINVALIDMEDIATYPE: &str = "InternalError.ErrorTcrInvalidMediaType";

/// Tcr实例资源冲突。
pub const INTERNALERROR_ERRORTCRRESOURCECONFLICT: &str = "InternalError.ErrorTcrResourceConflict";

/// 没有Tcr操作权限。
pub const INTERNALERROR_ERRORTCRUNAUTHORIZED: &str = "InternalError.ErrorTcrUnauthorized";

/// 鉴权失败。
pub const INTERNALERROR_ERRUNAUTHORIZED: &str = "InternalError.ErrUnauthorized";

/// 修改vpc与私有域关联关系失败。
pub const INTERNALERROR_MODIFYPRIVATEZONEVPC: &str = "InternalError.ModifyPrivateZoneVpc";

/// 未知错误。
pub const INTERNALERROR_UNKNOWN: &str = "InternalError.Unknown";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 命名空间名称已经存在。
pub const INVALIDPARAMETER_ERRNAMESPACEEXIST: &str = "InvalidParameter.ErrNamespaceExist";

/// 命名空间已被占用。
pub const INVALIDPARAMETER_ERRNAMESPACERESERVED: &str = "InvalidParameter.ErrNamespaceReserved";

/// 用户请求中的信息与其namespace不匹配。
pub const INVALIDPARAMETER_ERRNSMISMATCH: &str = "InvalidParameter.ErrNSMisMatch";

/// 实例名称已存在。
pub const INVALIDPARAMETER_ERRORNAMEEXISTS: &str = "InvalidParameter.ErrorNameExists";

/// 实例名称非法。
pub const INVALIDPARAMETER_ERRORNAMEILLEGAL: &str = "InvalidParameter.ErrorNameIllegal";

/// 实例名称已保留。
pub const INVALIDPARAMETER_ERRORNAMERESERVED: &str = "InvalidParameter.ErrorNameReserved";

/// 实例名称非法，格式不正确或者已保留。
pub const INVALIDPARAMETER_ERRORREGISTRYNAME: &str = "InvalidParameter.ErrorRegistryName";

/// 云标签超过10个上线。
pub const INVALIDPARAMETER_ERRORTAGOVERLIMIT: &str = "InvalidParameter.ErrorTagOverLimit";

/// 无效的TCR请求。
pub const INVALIDPARAMETER_ERRORTCRINVALIDPARAMETER: &str =
    "InvalidParameter.ErrorTcrInvalidParameter";

/// 无效的参数，仓库已存在。
pub const INVALIDPARAMETER_ERRREPOEXIST: &str = "InvalidParameter.ErrRepoExist";

/// 参数过多。
pub const INVALIDPARAMETER_ERRTOOLARGE: &str = "InvalidParameter.ErrTooLarge";

/// 触发器名称已存在。
pub const INVALIDPARAMETER_ERRTRIGGEREXIST: &str = "InvalidParameter.ErrTriggerExist";

/// 用户已经存在。
pub const INVALIDPARAMETER_ERRUSEREXIST: &str = "InvalidParameter.ErrUserExist";

/// 复制实例已存在。
pub const INVALIDPARAMETER_REPLICATIONEXISTS: &str = "InvalidParameter.ReplicationExists";

/// 该地域不支持创建实例。
pub const INVALIDPARAMETER_UNSUPPORTEDREGION: &str = "InvalidParameter.UnsupportedRegion";

/// 用户命名空间达到配额。
pub const LIMITEXCEEDED_ERRNAMESPACEMAXLIMIT: &str = "LimitExceeded.ErrNamespaceMaxLimit";

/// 用户仓库已经达到最大配额。
pub const LIMITEXCEEDED_ERRREPOMAXLIMIT: &str = "LimitExceeded.ErrRepoMaxLimit";

/// 触发器达到配额。
pub const LIMITEXCEEDED_ERRTRIGGERMAXLIMIT: &str = "LimitExceeded.ErrTriggerMaxLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少参数。
pub const MISSINGPARAMETER_MISSINGPARAMETER: &str = "MissingParameter.MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 配额超限。
pub const OPERATIONDENIED_QUOTAOVERLIMIT: &str = "OperationDenied.QuotaOverLimit";

/// 实例状态异常。
pub const RESOURCEINSUFFICIENT_ERRORINSTANCENOTRUNNING: &str =
    "ResourceInsufficient.ErrorInstanceNotRunning";

/// Vpc dsn解析状态异常或未删除。
pub const RESOURCEINSUFFICIENT_ERRORVPCDNSSTATUS: &str = "ResourceInsufficient.ErrorVpcDnsStatus";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 用户没有创建命名空间。
pub const RESOURCENOTFOUND_ERRNONAMESPACE: &str = "ResourceNotFound.ErrNoNamespace";

/// 仓库不存在。
pub const RESOURCENOTFOUND_ERRNOREPO: &str = "ResourceNotFound.ErrNoRepo";

/// tag不存在。
pub const RESOURCENOTFOUND_ERRNOTAG: &str = "ResourceNotFound.ErrNoTag";

/// 触发器不存在。
pub const RESOURCENOTFOUND_ERRNOTRIGGER: &str = "ResourceNotFound.ErrNoTrigger";

/// 用户不存在（未注册）。
pub const RESOURCENOTFOUND_ERRNOUSER: &str = "ResourceNotFound.ErrNoUser";

/// Tcr实例中的资源未找到。
pub const RESOURCENOTFOUND_TCRRESOURCENOTFOUND: &str = "ResourceNotFound.TcrResourceNotFound";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未授权操作
pub const UNAUTHORIZEDOPERATION_ERRORTCRUNAUTHORIZED: &str =
    "UnauthorizedOperation.ErrorTcrUnauthorized";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 创建私有域失败。
pub const UNSUPPORTEDOPERATION_CREATEPRIVATEZONE: &str = "UnsupportedOperation.CreatePrivateZone";

/// 创建私有域记录失败。
pub const UNSUPPORTEDOPERATION_CREATEPRIVATEZONERECORD: &str =
    "UnsupportedOperation.CreatePrivateZoneRecord";

/// 删除私有域记录失败。
pub const UNSUPPORTEDOPERATION_DELETEPRIVATEZONERECORD: &str =
    "UnsupportedOperation.DeletePrivateZoneRecord";

/// 查询私有域列表失败。
pub const UNSUPPORTEDOPERATION_DESCRIBEPRIVATEZONELIST: &str =
    "UnsupportedOperation.DescribePrivateZoneList";

/// 查询私有域记录列表失败。
pub const UNSUPPORTEDOPERATION_DESCRIBEPRIVATEZONERECORDLIST: &str =
    "UnsupportedOperation.DescribePrivateZoneRecordList";

/// 个人版实例用户未初始化。
pub const UNSUPPORTEDOPERATION_ERRNOUSERINITIALIZED: &str =
    "UnsupportedOperation.ErrNoUserInitialized";

/// 修改私有域记录失败。
pub const UNSUPPORTEDOPERATION_MODIFYPRIVATEZONERECORD: &str =
    "UnsupportedOperation.ModifyPrivateZoneRecord";

/// 修改vpc与私有域关联关系失败。
pub const UNSUPPORTEDOPERATION_MODIFYPRIVATEZONEVPC: &str =
    "UnsupportedOperation.ModifyPrivateZoneVpc";
