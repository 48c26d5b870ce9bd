//! Error codes of `dts`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dts::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 认证失败。
pub const AUTHFAILURE_AUTHFAILUREERROR: &str = "AuthFailure.AuthFailureError";

/// 认证拒绝错误。
pub const AUTHFAILURE_AUTHORIZEDOPERATIONDENYERROR: &str =
    "AuthFailure.AuthorizedOperationDenyError";

/// 鉴权失败，当前用户不允许执行该操作。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATIONERROR: &str = "AuthFailure.UnauthorizedOperationError";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION_DRYRUNOPERATIONERROR: &str = "DryRunOperation.DryRunOperationError";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 操作失败。
pub const FAILEDOPERATION_FAILEDOPERATIONERROR: &str = "FailedOperation.FailedOperationError";

/// 禁止该操作。
pub const FAILEDOPERATION_NOTALLOWOPERATION: &str = "FailedOperation.NotAllowOperation";

/// 代理出错。
pub const FAILEDOPERATION_PROXYERROR: &str = "FailedOperation.ProxyError";

/// 任务开始失败。
pub const FAILEDOPERATION_STARTJOBFAILED: &str = "FailedOperation.StartJobFailed";

/// 当前状态冲突，不能执行该操作。
pub const FAILEDOPERATION_STATUSINCONFLICT: &str = "FailedOperation.StatusInConflict";

/// 当前状态不允许操作。
pub const FAILEDOPERATION_STATUSINCONFLICTERROR: &str = "FailedOperation.StatusInConflictError";

/// 用户没有实名认证。
pub const FAILEDOPERATION_USERNOTAUTHED: &str = "FailedOperation.UserNotAuthed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 添加异步任务失败。
pub const INTERNALERROR_ADDTASKERROR: &str = "InternalError.AddTaskError";

/// 内部调度系统错误。
pub const INTERNALERROR_CELERYERROR: &str = "InternalError.CeleryError";

/// cgw系统错误。
pub const INTERNALERROR_CGWSYSTEMERROR: &str = "InternalError.CgwSystemError";

/// 迁移平台数据库访问失败。
pub const INTERNALERROR_DATABASEERROR: &str = "InternalError.DatabaseError";

/// 迁移任务冲突。
pub const INTERNALERROR_DUPLICATEJOB: &str = "InternalError.DuplicateJob";

/// http请求出错。
pub const INTERNALERROR_EXECHTTPREQUESTERROR: &str = "InternalError.ExecHttpRequestError";

/// 内部错误。
pub const INTERNALERROR_INTERNALERRORERROR: &str = "InternalError.InternalErrorError";

/// http请求访问出错。
pub const INTERNALERROR_INTERNALHTTPSERVERERROR: &str = "InternalError.InternalHttpServerError";

/// 内部组件访问错误。
pub const INTERNALERROR_INTERNALINNERCOMMONERROR: &str = "InternalError.InternalInnerCommonError";

/// 调用计费服务失败。
pub const INTERNALERROR_INTERNALTRADEERROR: &str = "InternalError.InternalTradeError";

/// 锁冲突。
pub const INTERNALERROR_LOCKERROR: &str = "InternalError.LockError";

/// 用户余额不足。
pub const INTERNALERROR_NOTENOUGHMONEYERROR: &str = "InternalError.NotEnoughMoneyError";

/// 解析binlog失败
pub const INTERNALERROR_PARSEBINLOGERROR: &str = "InternalError.ParseBinlogError";

/// 通信协议错误。
pub const INTERNALERROR_PROTOCOLERROR: &str = "InternalError.ProtocolError";

/// 内部错误。
pub const INTERNALERROR_UNDEFINEDERROR: &str = "InternalError.UndefinedError";

/// 未知的内部错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 业务参数错误。
pub const INVALIDPARAMETERVALUE_BIZINVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.BizInvalidParameterValueError";

/// 数据转换错误。
pub const INVALIDPARAMETERVALUE_DATACONVERTERROR: &str = "InvalidParameterValue.DataConvertError";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUE: &str =
    "InvalidParameterValue.InvalidParameterValue";

/// 非法参数。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 参数值错误。
pub const INVALIDPARAMETER_BIZINVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameter.BizInvalidParameterValueError";

/// 异常错误导致当前接口未注册。
pub const INVALIDPARAMETER_CONTROLLERNOTFOUNDERROR: &str =
    "InvalidParameter.ControllerNotFoundError";

/// 实例不存在。
pub const INVALIDPARAMETER_INSTANCENOTFOUND: &str = "InvalidParameter.InstanceNotFound";

/// ip地址错误。
pub const INVALIDPARAMETER_INVALIDIPADDRESS: &str = "InvalidParameter.InvalidIpAddress";

/// 参数无效。
pub const INVALIDPARAMETER_INVALIDPARAMETERERROR: &str = "InvalidParameter.InvalidParameterError";

/// 数量超出限制。
pub const LIMITEXCEEDED_LIMITEXCEEDEDERROR: &str = "LimitExceeded.LimitExceededError";

/// 闲置迁移任务数目超过限制。
pub const LIMITEXCEEDED_MAXUNUSEDJOBS: &str = "LimitExceeded.MaxUnusedJobs";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 参数丢失。
pub const MISSINGPARAMETER_MISSINGPARAMETERERROR: &str = "MissingParameter.MissingParameterError";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 当前操作不满足条件被阻止。
pub const OPERATIONDENIED_BIZOPERATIONDENIEDERROR: &str = "OperationDenied.BizOperationDeniedError";

/// 任务操作失败。
pub const OPERATIONDENIED_JOBOPERATIONDENIEDERROR: &str = "OperationDenied.JobOperationDeniedError";

/// 数据迁移服务不支持当前迁移类型。
pub const OPERATIONDENIED_MIGRATESERVICESUPPORTERROR: &str =
    "OperationDenied.MigrateServiceSupportError";

/// 用户余额不足。
pub const OPERATIONDENIED_NOTENOUGHMONEYERROR: &str = "OperationDenied.NotEnoughMoneyError";

/// 该操作不能执行。
pub const OPERATIONDENIED_OPERATIONDENIED: &str = "OperationDenied.OperationDenied";

/// 操作被拒绝。
pub const OPERATIONDENIED_OPERATIONDENIEDERROR: &str = "OperationDenied.OperationDeniedError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 请求次数超限。
pub const REQUESTLIMITEXCEEDED_REQUESTLIMITEXCEEDEDERROR: &str =
    "RequestLimitExceeded.RequestLimitExceededError";

/// 资源短缺。
pub const RESOURCEINSUFFICIENT_RESOURCEINSUFFICIENTERROR: &str =
    "ResourceInsufficient.ResourceInsufficientError";

/// 资源在使用中。
pub const RESOURCEINUSE_RESOURCEINUSEERROR: &str = "ResourceInUse.ResourceInUseError";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 未找到资源。
pub const RESOURCENOTFOUND_BIZRESOURCENOTFOUNDERROR: &str =
    "ResourceNotFound.BizResourceNotFoundError";

/// 迁移任务不存在。
pub const RESOURCENOTFOUND_JOBNOTEXIST: &str = "ResourceNotFound.JobNotExist";

/// 实例未找到。
pub const RESOURCENOTFOUND_RESOURCENOTFOUND: &str = "ResourceNotFound.ResourceNotFound";

/// 资源未找到。
pub const RESOURCENOTFOUND_RESOURCENOTFOUNDERROR: &str = "ResourceNotFound.ResourceNotFoundError";

/// 资源售罄。
pub const RESOURCESSOLDOUT_RESOURCESSOLDOUTERROR: &str = "ResourcesSoldOut.ResourcesSoldOutError";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE_RESOURCEUNAVAILABLEERROR: &str =
    "ResourceUnavailable.ResourceUnavailableError";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 认证失败，没有足够权限。
pub const UNAUTHORIZEDOPERATION_NOTENOUGHPRIVILEGES: &str =
    "UnauthorizedOperation.NotEnoughPrivileges";

/// 操作未被授权。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 未授权的操作。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATIONERROR: &str =
    "UnauthorizedOperation.UnauthorizedOperationError";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 未知参数。
pub const UNKNOWNPARAMETER_UNKNOWNPARAMETERERROR: &str = "UnknownParameter.UnknownParameterError";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 自研上云用户创建迁移任务时未指定标签，需要补齐“运营部门”、“运营产品”、“负责人”这三类标签。
pub const UNSUPPORTEDOPERATION_INTRANETUSERNOTTAGGEDERROR: &str =
    "UnsupportedOperation.IntraNetUserNotTaggedError";

/// 自研上云用户创建同步任务时未指定标签，需要补齐“运营部门”、“运营产品”、“负责人”这三类标签。
pub const UNSUPPORTEDOPERATION_INTRANETUSERNOTTAGGEDFORSYNCJOBERROR: &str =
    "UnsupportedOperation.IntraNetUserNotTaggedForSyncJobError";

/// 不支持的操作。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDOPERATIONERROR: &str =
    "UnsupportedOperation.UnsupportedOperationError";
