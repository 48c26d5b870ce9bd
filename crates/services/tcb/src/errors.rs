//! Error codes of `tcb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tcb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 鉴权失败，请在权限模块设置合理权限。
pub const AUTHFAILURE_DATASOURCEOPERATIONAUTHFAILURE: &str =
    "AuthFailure.DataSourceOperationAuthFailure";

/// 您没有查看该资源的权限。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 账户余额不足。
pub const FAILEDOPERATION_ACCOUNTINSUFFICIENT: &str = "FailedOperation.AccountInsufficient";

/// AllocateId 对应环境已释放，不可再次使用
pub const FAILEDOPERATION_ALLOCATEIDRELEASED: &str = "FailedOperation.AllocateIdReleased";

/// FailedOperation.CreateTable
pub const FAILEDOPERATION_CREATETABLE: &str = "FailedOperation.CreateTable";

/// 数据库建立链接失败。
pub const FAILEDOPERATION_DATABASECONNECTERROR: &str = "FailedOperation.DatabaseConnectError";

/// 执行SQL出错。
pub const FAILEDOPERATION_DATABASEEXECSQLERROR: &str = "FailedOperation.DatabaseExecSqlError";

/// 数据库元信息异常。
pub const FAILEDOPERATION_DATABASESCHEMAERROR: &str = "FailedOperation.DatabaseSchemaError";

/// 数据库sql解析异常
pub const FAILEDOPERATION_DATABASESQLSYNTAXERROR: &str = "FailedOperation.DatabaseSqlSyntaxError";

/// 数据不存在
pub const FAILEDOPERATION_DATASOURCENOTEXIST: &str = "FailedOperation.DataSourceNotExist";

/// FailedOperation.DuplicatedData
pub const FAILEDOPERATION_DUPLICATEDDATA: &str = "FailedOperation.DuplicatedData";

/// 数据库链接点为空。
pub const FAILEDOPERATION_EMPTYDATABASEENDPOINT: &str = "FailedOperation.EmptyDatabaseEndpoint";

/// FailedOperation.FlexdbResourceOverdue
pub const FAILEDOPERATION_FLEXDBRESOURCEOVERDUE: &str = "FailedOperation.FlexdbResourceOverdue";

/// 函数在部署中,无法做此操作。
pub const FAILEDOPERATION_FUNCTIONSTATUSERROR: &str = "FailedOperation.FunctionStatusError";

/// Instance status does not match the required status for this operation.
pub const FAILEDOPERATION_INSTANCESTATUSCONFLICT: &str = "FailedOperation.InstanceStatusConflict";

/// 无效上下文
pub const FAILEDOPERATION_INVALIDCONTEXT: &str = "FailedOperation.InvalidContext";

/// FailedOperation.ListTable
pub const FAILEDOPERATION_LISTTABLE: &str = "FailedOperation.ListTable";

/// 命名空间已存在，请勿重复创建。
pub const FAILEDOPERATION_NAMESPACE: &str = "FailedOperation.Namespace";

/// 网络异常
pub const FAILEDOPERATION_NETWORKERROR: &str = "FailedOperation.NetworkError";

/// 操作冲突。
pub const FAILEDOPERATION_OPERATIONCONFLICT: &str = "FailedOperation.OperationConflict";

/// 操作超时
pub const FAILEDOPERATION_OPERATIONTIMEOUT: &str = "FailedOperation.OperationTimeout";

/// 套餐包不支持
pub const FAILEDOPERATION_PACKAGEUNSUPPORTED: &str = "FailedOperation.PackageUnsupported";

/// Failed to connect to PostgreSQL instance.
pub const FAILEDOPERATION_PGCONNECTERROR: &str = "FailedOperation.PGConnectError";

/// Execute SQL error.
pub const FAILEDOPERATION_PGEXECUTESQLERROR: &str = "FailedOperation.PGExecuteSqlError";

/// 返回结果超出限制
pub const FAILEDOPERATION_PGRESULTTOOLARGE: &str = "FailedOperation.PGResultTooLarge";

/// 查询异常
pub const FAILEDOPERATION_QUERYERROR: &str = "FailedOperation.QueryError";

/// 查询语句解析错误
pub const FAILEDOPERATION_SYNTAXERROR: &str = "FailedOperation.SyntaxError";

/// Instance is resuming, please try connecting again.
pub const FAILEDOPERATION_TDSQLPAUSED: &str = "FailedOperation.TdsqlPaused";

/// 请求第三方服务，第三方服务返回报错信息
pub const FAILEDOPERATION_THIRDSERVICEERROR: &str = "FailedOperation.ThirdServiceError";

/// FailedOperation.Timeout
pub const FAILEDOPERATION_TIMEOUT: &str = "FailedOperation.Timeout";

/// Topic隔离
pub const FAILEDOPERATION_TOPICISOLATED: &str = "FailedOperation.TopicIsolated";

/// 当前函数状态无法更新代码，请在状态为正常时更新。
pub const FAILEDOPERATION_UPDATEFUNCTIONCODE: &str = "FailedOperation.UpdateFunctionCode";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 数据库错误。
pub const INTERNALERROR_DATABASE: &str = "InternalError.Database";

/// 云函数错误。
pub const INTERNALERROR_FUNCTION: &str = "InternalError.Function";

/// 系统失败。
pub const INTERNALERROR_SYSTEMFAIL: &str = "InternalError.SystemFail";

/// 系统内部异常。
pub const INTERNALERROR_SYS_ERR: &str = "InternalError.SYS_ERR";

/// 服务超时。
pub const INTERNALERROR_TIMEOUT: &str = "InternalError.Timeout";

/// 参数格式或类型错误，如 Uin、EnvId、Domain 缺失或非法。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 环境变量大小超限，请保持在
pub const INVALIDPARAMETERVALUE_ENVIRONMENTEXCEEDEDLIMIT: &str =
    "InvalidParameterValue.EnvironmentExceededLimit";

/// 不支持修改函数系统环境变量和运行环境变量。
pub const INVALIDPARAMETERVALUE_ENVIRONMENTSYSTEMPROTECT: &str =
    "InvalidParameterValue.EnvironmentSystemProtect";

/// InvalidParameterValue.InvalidDoc
pub const INVALIDPARAMETERVALUE_INVALIDDOC: &str = "InvalidParameterValue.InvalidDoc";

/// 接口名非法。
pub const INVALIDPARAMETER_ACTION: &str = "InvalidParameter.Action";

/// 证书验证失败
pub const INVALIDPARAMETER_CERTVERIFYFAILED: &str = "InvalidParameter.CertVerifyFailed";

/// Uin 未配置，不接受其分配请求
pub const INVALIDPARAMETER_CUSTOMERNOTCONFIGURED: &str = "InvalidParameter.CustomerNotConfigured";

/// 环境ID非法。
pub const INVALIDPARAMETER_ENVID: &str = "InvalidParameter.EnvId";

/// HTTP访问服务没有ICP备案
pub const INVALIDPARAMETER_HTTPSERVICEDOMAINNOTICP: &str =
    "InvalidParameter.HTTPServiceDomainNotICP";

/// 域名所有权校验失败
pub const INVALIDPARAMETER_HTTPSERVICEDOMAINVERIFYFAILED: &str =
    "InvalidParameter.HTTPServiceDomainVerifyFailed";

/// 请求参数错误。
pub const INVALIDPARAMETER_INVALID_PARAM: &str = "InvalidParameter.INVALID_PARAM";

/// 资源标识参数未传
pub const INVALIDPARAMETER_MISSINGIDENTIFIER: &str = "InvalidParameter.MissingIdentifier";

/// 必填参数缺失
pub const INVALIDPARAMETER_MISSINGPARAMETER: &str = "InvalidParameter.MissingParameter";

/// 对应资源不存在。
pub const INVALIDPARAMETER_RESOURCENOTEXISTS: &str = "InvalidParameter.ResourceNotExists";

/// 服务不存在。
pub const INVALIDPARAMETER_SERVICENOTEXIST: &str = "InvalidParameter.ServiceNotExist";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 并发请求超过配额限制。
pub const LIMITEXCEEDED_CONCURRENT: &str = "LimitExceeded.Concurrent";

/// 命名空间超过配额。
pub const LIMITEXCEEDED_ERRNAMESPACEMAXLIMIT: &str = "LimitExceeded.ErrNamespaceMaxLimit";

/// 镜像容器超过配额。
pub const LIMITEXCEEDED_ERRREPOMAXLIMIT: &str = "LimitExceeded.ErrRepoMaxLimit";

/// 函数数量超出最大限制
pub const LIMITEXCEEDED_FUNCTION: &str = "LimitExceeded.Function";

/// HTTP访问服务域名超过限制
pub const LIMITEXCEEDED_HTTPSERVICEDOMAIN: &str = "LimitExceeded.HTTPServiceDomain";

/// HTTP访问服务路由超过上限
pub const LIMITEXCEEDED_HTTPSERVICEROUTE: &str = "LimitExceeded.HTTPServiceRoute";

/// InitTimeout达到限制
pub const LIMITEXCEEDED_INITTIMEOUT: &str = "LimitExceeded.InitTimeout";

/// LimitExceeded.NoValidConnection
pub const LIMITEXCEEDED_NOVALIDCONNECTION: &str = "LimitExceeded.NoValidConnection";

/// LimitExceeded.OutOfIndexQuota
pub const LIMITEXCEEDED_OUTOFINDEXQUOTA: &str = "LimitExceeded.OutOfIndexQuota";

/// LimitExceeded.OutOfReadRequestQuota
pub const LIMITEXCEEDED_OUTOFREADREQUESTQUOTA: &str = "LimitExceeded.OutOfReadRequestQuota";

/// 超过响应大小限制
pub const LIMITEXCEEDED_OUTOFRESULTSIZELIMIT: &str = "LimitExceeded.OutOfResultSizeLimit";

/// LimitExceeded.OutOfTableQuota
pub const LIMITEXCEEDED_OUTOFTABLEQUOTA: &str = "LimitExceeded.OutOfTableQuota";

/// 请求次数超过配额限制。
pub const LIMITEXCEEDED_REQUEST: &str = "LimitExceeded.Request";

/// Timeout超出最大限制。
pub const LIMITEXCEEDED_TIMEOUT: &str = "LimitExceeded.Timeout";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少必要参数。
pub const MISSINGPARAMETER_PARAM: &str = "MissingParameter.Param";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 免费套餐拒绝此操作
pub const OPERATIONDENIED_FREEPACKAGEDENIED: &str = "OperationDenied.FreePackageDenied";

/// 当前环境EO域名功能已经冻结，不允许创建EO加速域名，请查看云开发资源点进行充正后再试
pub const OPERATIONDENIED_HTTPSERVICEDOMAINEOFROZEN: &str =
    "OperationDenied.HTTPServiceDomainEOFrozen";

/// 域名在黑名单中，无法创建
pub const OPERATIONDENIED_HTTPSERVICEDOMAININBLACKLIST: &str =
    "OperationDenied.HTTPServiceDomainInBlacklist";

/// 操作失败，http访问服务域名处理中，稍后再试。
pub const OPERATIONDENIED_HTTPSERVICEDOMAINPROCESSING: &str =
    "OperationDenied.HTTPServiceDomainProcessing";

/// 非内部账号禁止操作
pub const OPERATIONDENIED_NONINTERNALACCOUNT: &str = "OperationDenied.NonInternalAccount";

/// 操作失败：资源被冻结。
pub const OPERATIONDENIED_RESOURCEFROZEN: &str = "OperationDenied.ResourceFrozen";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 该客户池子暂无空闲，需要稍后重试
pub const RESOURCEINSUFFICIENT_ENVPOOLEMPTY: &str = "ResourceInsufficient.EnvPoolEmpty";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 云存储目前后后台任务正在执行，请稍后再重试。
pub const RESOURCEINUSE_FSACLJOBUNDONE: &str = "ResourceInUse.FsACLJobUnDone";

/// 函数已存在。
pub const RESOURCEINUSE_FUNCTION: &str = "ResourceInUse.Function";

/// FunctionName已存在。
pub const RESOURCEINUSE_FUNCTIONNAME: &str = "ResourceInUse.FunctionName";

/// HTTP访问服务域名已经存在
pub const RESOURCEINUSE_HTTPSERVICEDOMAIN: &str = "ResourceInUse.HTTPServiceDomain";

/// HTTP访问服务路由已存在
pub const RESOURCEINUSE_HTTPSERVICEROUTE: &str = "ResourceInUse.HTTPServiceRoute";

/// ResourceInUse.IndexCreating
pub const RESOURCEINUSE_INDEXCREATING: &str = "ResourceInUse.IndexCreating";

/// 环境下日志资源已存在，无需重新开通日志资源
pub const RESOURCEINUSE_LOGEXIST: &str = "ResourceInUse.LogExist";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 连接器未找到,请创建连接器或检查连接器参数是否正确
pub const RESOURCENOTFOUND_CONNECTOR: &str = "ResourceNotFound.Connector";

/// 环境不存在，未找到记录
pub const RESOURCENOTFOUND_ENVNOTEXIST: &str = "ResourceNotFound.EnvNotExist";

/// 函数不存在。
pub const RESOURCENOTFOUND_FUNCTION: &str = "ResourceNotFound.Function";

/// HTTP访问服务域名不存在
pub const RESOURCENOTFOUND_HTTPSERVICEDOMAIN: &str = "ResourceNotFound.HTTPServiceDomain";

/// 数据库实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// Namespace不存在。
pub const RESOURCENOTFOUND_NAMESPACE: &str = "ResourceNotFound.Namespace";

/// ResourceNotFound.ResourceNotExist
pub const RESOURCENOTFOUND_RESOURCENOTEXIST: &str = "ResourceNotFound.ResourceNotExist";

/// Database role not found.
pub const RESOURCENOTFOUND_ROLENOTFOUND: &str = "ResourceNotFound.RoleNotFound";

/// 数据库Schema名不存在
pub const RESOURCENOTFOUND_SCHEMANOTFOUND: &str = "ResourceNotFound.SchemaNotFound";

/// 请求的云托管服务未找到
pub const RESOURCENOTFOUND_SERVERNOTFOUND: &str = "ResourceNotFound.ServerNotFound";

/// 表未找到,请创建表或检查表名参数是否正确
pub const RESOURCENOTFOUND_TABLE: &str = "ResourceNotFound.Table";

/// 表不存在。
pub const RESOURCENOTFOUND_TABLENOTFOUND: &str = "ResourceNotFound.TableNotFound";

/// 未找到指定任务。
pub const RESOURCENOTFOUND_TASKNOTFOUND: &str = "ResourceNotFound.TaskNotFound";

/// 主题不存在
pub const RESOURCENOTFOUND_TOPICNOTEXIST: &str = "ResourceNotFound.TopicNotExist";

/// 用户不存在
pub const RESOURCENOTFOUND_USERNOTEXIST: &str = "ResourceNotFound.UserNotExist";

/// 用户不存在。
pub const RESOURCENOTFOUND_USERNOTEXISTS: &str = "ResourceNotFound.UserNotExists";

/// 请求参数中的云托管版本未找到
pub const RESOURCENOTFOUND_VERSIONNOTFOUND: &str = "ResourceNotFound.VersionNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 索引对应的字段已经存在
pub const RESOURCEUNAVAILABLE_INDEXOPTIONSCONFLICT: &str =
    "ResourceUnavailable.IndexOptionsConflict";

/// 当前发票余额不足，无法退费。
pub const RESOURCEUNAVAILABLE_INVOICEAMOUNTLACK: &str = "ResourceUnavailable.InvoiceAmountLack";

/// MongoDB集群已隔离,由于集群已被隔离写入被禁止,请跳转MongoDB控制台查看详情
pub const RESOURCEUNAVAILABLE_MONGOISOLATED: &str = "ResourceUnavailable.MongoIsolated";

/// 资源被封禁
pub const RESOURCEUNAVAILABLE_RESOURCEBANNED: &str = "ResourceUnavailable.ResourceBanned";

/// ResourceUnavailable.ResourceExist
pub const RESOURCEUNAVAILABLE_RESOURCEEXIST: &str = "ResourceUnavailable.ResourceExist";

/// 资源已到期
pub const RESOURCEUNAVAILABLE_RESOURCEEXPIRED: &str = "ResourceUnavailable.ResourceExpired";

/// 资源已冻结
pub const RESOURCEUNAVAILABLE_RESOURCEFROZEN: &str = "ResourceUnavailable.ResourceFrozen";

/// 资源已隔离
pub const RESOURCEUNAVAILABLE_RESOURCEISOLATED: &str = "ResourceUnavailable.ResourceIsolated";

/// 资源过期。
pub const RESOURCEUNAVAILABLE_RESOURCEOVERDUE: &str = "ResourceUnavailable.ResourceOverdue";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 表数量超过限制。
pub const UNSUPPORTEDOPERATION_TOOMANYTABLES: &str = "UnsupportedOperation.TooManyTables";

/// 更新函数代码失败。
pub const UNSUPPORTEDOPERATION_UPDATEFUNCTIONCODE: &str = "UnsupportedOperation.UpdateFunctionCode";
