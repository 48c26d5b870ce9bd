//! Error codes of `cynosdb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cynosdb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 鉴权失败，无权限操作
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 批量查询失败。
pub const FAILEDOPERATION_BATCHGETINSTANCEERROR: &str = "FailedOperation.BatchGetInstanceError";

/// 绑定资源包失败
pub const FAILEDOPERATION_BINDSOURCEPACKAGEERROR: &str = "FailedOperation.BindSourcePackageError";

/// 获取权限失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_CAMCHECKRESOURCEERROR: &str = "FailedOperation.CamCheckResourceError";

/// 鉴权失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_CAMSIGANDAUTHERROR: &str = "FailedOperation.CamSigAndAuthError";

/// VPC/子网校验失败：{{1}}
pub const FAILEDOPERATION_CHECKVPCANDSUBNETERROR: &str = "FailedOperation.CheckVpcAndSubnetError";

/// 创建审计失败
pub const FAILEDOPERATION_CREATEAUDITFAILERROR: &str = "FailedOperation.CreateAuditFailError";

/// 创建并支付订单失败。
pub const FAILEDOPERATION_CREATEORDER: &str = "FailedOperation.CreateOrder";

/// 创建资源包失败
pub const FAILEDOPERATION_CREATESOURCEPACKAGEERROR: &str =
    "FailedOperation.CreateSourcePackageError";

/// 设置备份策略失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_CYNOSDBMYSQLSETBACKUPSTRATEGY: &str =
    "FailedOperation.CynosdbMysqlSetBackupStrategy";

/// 数据库访问失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_DATABASEACCESSERROR: &str = "FailedOperation.DatabaseAccessError";

/// 修改账号权限失败。
pub const FAILEDOPERATION_DESCRIBEACCOUNTPRIVILEGESERROR: &str =
    "FailedOperation.DescribeAccountPrivilegesError";

/// 创建流程失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_FLOWCREATEERROR: &str = "FailedOperation.FlowCreateError";

/// Flow不存在。
pub const FAILEDOPERATION_FLOWNOTFOUNDERROR: &str = "FailedOperation.FlowNotFoundError";

/// 获取备份策略失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_GETBACKUPSTRATEGYERROR: &str = "FailedOperation.GetBackupStrategyError";

/// 查询接入组网络信息失败。
pub const FAILEDOPERATION_GETNETSERVICEINFOERROR: &str = "FailedOperation.GetNetServiceInfoError";

/// 查询主实例详情失败。
pub const FAILEDOPERATION_GETOSSINFOERROR: &str = "FailedOperation.GetOssInfoError";

/// 请求查询实例信息失败
pub const FAILEDOPERATION_INSTANCEQUERYERROR: &str = "FailedOperation.InstanceQueryError";

/// 账号余额不足。
pub const FAILEDOPERATION_INSUFFICIENTBALANCE: &str = "FailedOperation.InsufficientBalance";

/// 修改资源包抵扣优先级失败，请检查参数并稍后重试
pub const FAILEDOPERATION_MODIFYDEDUCTIONPRIORITYERROR: &str =
    "FailedOperation.ModifyDeductionPriorityError";

/// 操作失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_OPERATIONFAILEDERROR: &str = "FailedOperation.OperationFailedError";

/// Proxy校验失败：{{1}}。
pub const FAILEDOPERATION_PROXYCHECKERROR: &str = "FailedOperation.ProxyCheckError";

/// 代理组设置只读模式时，集群下必须包含至少一个只读实例
pub const FAILEDOPERATION_PROXYGROUPRWSPLITNOROINSTANCEERROR: &str =
    "FailedOperation.ProxyGroupRwSplitNoRoInstanceError";

/// 查询资源包消耗明细失败
pub const FAILEDOPERATION_QUERYSOURCEPACKAGEDETAILERROR: &str =
    "FailedOperation.QuerySourcePackageDetailError";

/// 查询资源包失败
pub const FAILEDOPERATION_QUERYSOURCEPACKAGEERROR: &str = "FailedOperation.QuerySourcePackageError";

/// 规格信息查询失败。
pub const FAILEDOPERATION_QUERYSPECBYSPECCODEERROR: &str =
    "FailedOperation.QuerySpecBySpecCodeError";

/// 资源包退款失败
pub const FAILEDOPERATION_REFUNDSOURCEPACKAGEERROR: &str =
    "FailedOperation.RefundSourcePackageError";

/// 修改策略失败。
pub const FAILEDOPERATION_SERVERLESSSETSTRATEGYERROR: &str =
    "FailedOperation.ServerlessSetStrategyError";

/// 日志查询失败，请缩小查询范围。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_SERVICEACCESSERROR: &str = "FailedOperation.ServiceAccessError";

/// 规格信息{{1}}搜索失败
pub const FAILEDOPERATION_SPECNOTFOUNDERROR: &str = "FailedOperation.SpecNotFoundError";

/// 创建并支付订单失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_TRADECREATEORDERERROR: &str = "FailedOperation.TradeCreateOrderError";

/// 解绑资源包失败
pub const FAILEDOPERATION_UNBINDSOURCEPACKAGEERROR: &str =
    "FailedOperation.UnBindSourcePackageError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 访问DB异常
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 查询数据库失败。
pub const INTERNALERROR_DBOPERATIONFAILED: &str = "InternalError.DbOperationFailed";

/// 客户未授权
pub const INTERNALERROR_GETROLEERROR: &str = "InternalError.GetRoleError";

/// 获取安全组信息失败。
pub const INTERNALERROR_GETSECURITYGROUPDETAILFAILED: &str =
    "InternalError.GetSecurityGroupDetailFailed";

/// 获取子网失败。
pub const INTERNALERROR_GETSUBNETFAILED: &str = "InternalError.GetSubnetFailed";

/// 获取VPC失败。
pub const INTERNALERROR_GETVPCFAILED: &str = "InternalError.GetVpcFailed";

/// 网络错误
pub const INTERNALERROR_HTTPERROR: &str = "InternalError.HttpError";

/// http请求执行异常。
pub const INTERNALERROR_INTERNALHTTPSERVERERROR: &str = "InternalError.InternalHttpServerError";

/// 服务内部错误
pub const INTERNALERROR_INTERNALINNERSERVICEERROR: &str = "InternalError.InternalInnerServiceError";

/// 安全组查询实例失败。
pub const INTERNALERROR_LISTINSTANCEFAILED: &str = "InternalError.ListInstanceFailed";

/// 查询实例错误
pub const INTERNALERROR_LISTINSTANCESERROR: &str = "InternalError.ListInstancesError";

/// 操作外网失败。
pub const INTERNALERROR_OPERATEWANFAIL: &str = "InternalError.OperateWanFail";

/// 操作不支持。
pub const INTERNALERROR_OPERATIONNOTSUPPORT: &str = "InternalError.OperationNotSupport";

/// 查询数据库失败。
pub const INTERNALERROR_QUERYDATABASEFAILED: &str = "InternalError.QueryDatabaseFailed";

/// 内部服务错误。
pub const INTERNALERROR_SERVICEERROR: &str = "InternalError.ServiceError";

/// 系统内部错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 未知的内部错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 账号已存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTALREADYEXISTERROR: &str =
    "InvalidParameterValue.AccountAlreadyExistError";

/// 账号已存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTEXIST: &str = "InvalidParameterValue.AccountExist";

/// 实例不存在账号。
pub const INVALIDPARAMETERVALUE_ACCOUNTNOTEXISTERROR: &str =
    "InvalidParameterValue.AccountNotExistError";

/// 未查询到集群。
pub const INVALIDPARAMETERVALUE_CLUSTERNOTFOUND: &str = "InvalidParameterValue.ClusterNotFound";

/// 集群类型必须为serverless。
pub const INVALIDPARAMETERVALUE_DBMODENOTSERVERLESSERROR: &str =
    "InvalidParameterValue.DbModeNotServerlessError";

/// 不支持的实例类型。
pub const INVALIDPARAMETERVALUE_DBTYPENOTFOUND: &str = "InvalidParameterValue.DBTypeNotFound";

/// 未查询到订单id。
pub const INVALIDPARAMETERVALUE_DEALNAMENOTFOUND: &str = "InvalidParameterValue.DealNameNotFound";

/// 任务流ID不存在。
pub const INVALIDPARAMETERVALUE_FLOWNOTFOUND: &str = "InvalidParameterValue.FlowNotFound";

/// 实例名称字符非法。
pub const INVALIDPARAMETERVALUE_ILLEGALINSTANCENAME: &str =
    "InvalidParameterValue.IllegalInstanceName";

/// 无效的排序字段。
pub const INVALIDPARAMETERVALUE_ILLEGALORDERBY: &str = "InvalidParameterValue.IllegalOrderBy";

/// 密码不符合要求。
pub const INVALIDPARAMETERVALUE_ILLEGALPASSWORD: &str = "InvalidParameterValue.IllegalPassword";

/// 实例不存在。
pub const INVALIDPARAMETERVALUE_INSTANCENOTFOUND: &str = "InvalidParameterValue.InstanceNotFound";

/// 内置账号不允许操作。
pub const INVALIDPARAMETERVALUE_INTERNALACCOUNT: &str = "InvalidParameterValue.InternalAccount";

/// 存在内网域名，旧 IP 保留时间需大于 {{1}} 小时
pub const INVALIDPARAMETERVALUE_INTERNALDOMAINRESERVETOOSHORTERROR: &str =
    "InvalidParameterValue.InternalDomainReserveTooShortError";

/// 实例版本非法。
pub const INVALIDPARAMETERVALUE_INVALIDDBVERSION: &str = "InvalidParameterValue.InvalidDBVersion";

/// 参数值无效。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 密码不合规。
pub const INVALIDPARAMETERVALUE_INVALIDPASSWORDVALUEERROR: &str =
    "InvalidParameterValue.InvalidPasswordValueError";

/// 无效的地域。
pub const INVALIDPARAMETERVALUE_INVALIDREGIONIDERROR: &str =
    "InvalidParameterValue.InvalidRegionIdError";

/// 实例规格非法。
pub const INVALIDPARAMETERVALUE_INVALIDSPEC: &str = "InvalidParameterValue.InvalidSpec";

/// 无效的可用区。
pub const INVALIDPARAMETERVALUE_INVALIDZONEIDERROR: &str =
    "InvalidParameterValue.InvalidZoneIdError";

/// 该两个参数不可以同时设定。
pub const INVALIDPARAMETERVALUE_PARAMBOTHSETERROR: &str = "InvalidParameterValue.ParamBothSetError";

/// 参数错误。
pub const INVALIDPARAMETERVALUE_PARAMERROR: &str = "InvalidParameterValue.ParamError";

/// 入参{{1}}，请检查参数后重试
pub const INVALIDPARAMETERVALUE_PARAMETERMISMATCHERROR: &str =
    "InvalidParameterValue.ParameterMismatchError";

/// 参数值无效，超过允许范围。
pub const INVALIDPARAMETERVALUE_PARAMETEROUTRANGEERROR: &str =
    "InvalidParameterValue.ParameterOutRangeError";

/// 预付费类型不允许该操作。
pub const INVALIDPARAMETERVALUE_PREPAYPAYMODEERROR: &str =
    "InvalidParameterValue.PrePayPayModeError";

/// 找不到该ProjectId
pub const INVALIDPARAMETERVALUE_PROJECTIDNOTFOUND: &str = "InvalidParameterValue.ProjectIdNotFound";

/// 所选地域和可用区不可用。
pub const INVALIDPARAMETERVALUE_REGIONZONEUNAVAILABLE: &str =
    "InvalidParameterValue.RegionZoneUnavailable";

/// 未找到相关存储pool。
pub const INVALIDPARAMETERVALUE_STORAGEPOOLNOTFOUND: &str =
    "InvalidParameterValue.StoragePoolNotFound";

/// 找不到所选子网。
pub const INVALIDPARAMETERVALUE_SUBNETNOTFOUND: &str = "InvalidParameterValue.SubnetNotFound";

/// 接入组 {{1}} 所属子网与目标子网一致，无需更换
pub const INVALIDPARAMETERVALUE_SUBNETUNCHANGEDERROR: &str =
    "InvalidParameterValue.SubnetUnchangedError";

/// 未找到该数据。
pub const INVALIDPARAMETERVALUE_VALUENOTFOUND: &str = "InvalidParameterValue.ValueNotFound";

/// 找不到所选VPC网络。
pub const INVALIDPARAMETERVALUE_VPCNOTFOUND: &str = "InvalidParameterValue.VpcNotFound";

/// 未找到该接口。
pub const INVALIDPARAMETER_CONTROLLERNOTFOUNDERROR: &str =
    "InvalidParameter.ControllerNotFoundError";

/// 参数传参错误。
pub const INVALIDPARAMETER_EXCEPTIONPARAM: &str = "InvalidParameter.ExceptionParam";

/// 未知参数，请检查参数是否有效。
pub const INVALIDPARAMETER_INVALIDPARAMETERERROR: &str = "InvalidParameter.InvalidParameterError";

/// 当前实例不可隔离。
pub const INVALIDPARAMETER_ISOLATENOTALLOWED: &str = "InvalidParameter.IsolateNotAllowed";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 集群中节点数超过最大限制。
pub const LIMITEXCEEDED_CLUSTERINSTANCELIMIT: &str = "LimitExceeded.ClusterInstanceLimit";

/// 用户实例个数超出限制。
pub const LIMITEXCEEDED_USERINSTANCELIMIT: &str = "LimitExceeded.UserInstanceLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 云账号权限不足，不支持该操作。
pub const OPERATIONDENIED_ACCOUNTOPERATIONDENIED: &str = "OperationDenied.AccountOperationDenied";

/// 审计日志文件数超过最大限制数
pub const OPERATIONDENIED_AUDITFILEOVERQUOTAERROR: &str = "OperationDenied.AuditFileOverQuotaError";

/// 实例{{1}}审计日志关闭状态，暂无法操作。
pub const OPERATIONDENIED_AUDITLOGCLOSEDERROR: &str = "OperationDenied.AuditLogClosedError";

/// 审计规则不存在
pub const OPERATIONDENIED_AUDITPOLICYNOTEXISTERROR: &str =
    "OperationDenied.AuditPolicyNotExistError";

/// 审计状态异常
pub const OPERATIONDENIED_AUDITSTATUSERROR: &str = "OperationDenied.AuditStatusError";

/// 备份保险箱资源 {{1}} 处于{{2}}中无法进行{{3}}的操作
pub const OPERATIONDENIED_BACKUPVAULTTASKCONFLICTERROR: &str =
    "OperationDenied.BackupVaultTaskConflictError";

/// 权限校验失败。
pub const OPERATIONDENIED_CAMDENIEDERROR: &str = "OperationDenied.CamDeniedError";

/// 由于操作禁止，当前集群不允许该操作。
pub const OPERATIONDENIED_CLUSTEROPNOTALLOWEDERROR: &str =
    "OperationDenied.ClusterOpNotAllowedError";

/// 集群当前状态不允许该操作。
pub const OPERATIONDENIED_CLUSTERSTATUSDENIEDERROR: &str =
    "OperationDenied.ClusterStatusDeniedError";

/// 集群 {{1}} 正在进行{{2}}操作，无法执行{{3}}操作
pub const OPERATIONDENIED_CLUSTERTASKCONFLICTERROR: &str =
    "OperationDenied.ClusterTaskConflictError";

/// 创建任务失败。{{1}}
pub const OPERATIONDENIED_CREATETASKANDFLOWERROR: &str = "OperationDenied.CreateTaskAndFlowError";

/// 实例内核版本不支持{{1}}
pub const OPERATIONDENIED_CYNOSDBVERSIONNOTSUPPORTERROR: &str =
    "OperationDenied.CynosdbVersionNotSupportError";

/// 新存储架构多可用区部署功能暂未开放
pub const OPERATIONDENIED_DISABLENEWSTORAGEMULTIZONEDEPLOYMENTERROR: &str =
    "OperationDenied.DisableNewStorageMultiZoneDeploymentError";

/// 功能{{1}}暂不支持
pub const OPERATIONDENIED_FEATURENOTSUPPORTERROR: &str = "OperationDenied.FeatureNotSupportError";

/// 获取proxy失败
pub const OPERATIONDENIED_GETPROXYGROUPFAILEDERROR: &str =
    "OperationDenied.GetProxyGroupFailedError";

/// 您没有权限操作资源。
pub const OPERATIONDENIED_INSTANCEACCESSDENIEDERROR: &str =
    "OperationDenied.InstanceAccessDeniedError";

/// 实例组 {{1}} 正在进行{{2}}操作，无法执行{{3}}操作
pub const OPERATIONDENIED_INSTANCEGRPTASKCONFLICTERROR: &str =
    "OperationDenied.InstanceGrpTaskConflictError";

/// 实例当前状态不允许该操作。
pub const OPERATIONDENIED_INSTANCESTATUSDENIEDERROR: &str =
    "OperationDenied.InstanceStatusDeniedError";

/// 实例未处于运行状态
pub const OPERATIONDENIED_INSTANCESTATUSLIMITERROR: &str =
    "OperationDenied.InstanceStatusLimitError";

/// 实例 {{1}} 正在进行{{2}}操作，无法执行{{3}}操作
pub const OPERATIONDENIED_INSTANCETASKCONFLICTERROR: &str =
    "OperationDenied.InstanceTaskConflictError";

/// 账号余额不足。
pub const OPERATIONDENIED_INSUFFICIENTBALANCEERROR: &str =
    "OperationDenied.InsufficientBalanceError";

/// 传入了无效的地域
pub const OPERATIONDENIED_INVALIDREGIONFORROLLBACKNEWCLUSTER: &str =
    "OperationDenied.InvalidRegionForRollbackNewCluster";

/// 不是{{1}}的回档集群
pub const OPERATIONDENIED_ISNOTROLLBACKCLUSTERERROR: &str =
    "OperationDenied.IsNotRollbackClusterError";

/// 响应大小超限制:{{1}}， 请减少查询数量。
pub const OPERATIONDENIED_LENGTHOVERLIMIT: &str = "OperationDenied.LengthOverLimit";

/// 非{{1}}天内{{2}}的克隆集群。
pub const OPERATIONDENIED_LIMITDAYFORAUDITREPLAYERROR: &str =
    "OperationDenied.LimitDayForAuditReplayError";

/// 缺少参数，{{1}}
pub const OPERATIONDENIED_MISSINGPARAMETERERROR: &str = "OperationDenied.MissingParameterError";

/// 新存储架构2.0仅支持8.0
pub const OPERATIONDENIED_NEWSTORAGEONLYSUPPORT80ERROR: &str =
    "OperationDenied.NewStorageOnlySupport80Error";

/// 没有可用资源。
pub const OPERATIONDENIED_NOAVALIABLERESOUCEERROR: &str = "OperationDenied.NoAvaliableResouceError";

/// 仅新存储架构2.0支持存储压缩功能
pub const OPERATIONDENIED_ONLYNEWSTORAGESUPPORTSTORAGECOMPRESSIONERROR: &str =
    "OperationDenied.OnlyNewStorageSupportStorageCompressionError";

/// 您没有权限操作该资源（进行该操作）。
pub const OPERATIONDENIED_OPERATIONDENIEDERROR: &str = "OperationDenied.OperationDeniedError";

/// 暂停状态的serverless不允许修改多可用区。
pub const OPERATIONDENIED_PAUSEDSLSNOTALLOWMODIFYSLAVE: &str =
    "OperationDenied.PausedSlsNotAllowModifySlave";

/// proxy节点支持的可创建的连接数量不匹配,可支持的创建连接数{{1}},当前连接数{{2}}
pub const OPERATIONDENIED_PROXYCONNECTCOUNTCHECKERROR: &str =
    "OperationDenied.ProxyConnectCountCheckError";

/// 代理节点数量检查失败
pub const OPERATIONDENIED_PROXYNODECOUNTCHECKERROR: &str =
    "OperationDenied.ProxyNodeCountCheckError";

/// 非运行的proxy
pub const OPERATIONDENIED_PROXYNOTRUNNINGERROR: &str = "OperationDenied.ProxyNotRunningError";

/// 可用区不存在
pub const OPERATIONDENIED_PROXYSALEZONECHECKERROR: &str = "OperationDenied.ProxySaleZoneCheckError";

/// proxy库存不足
pub const OPERATIONDENIED_PROXYSTOCKCHECKERROR: &str = "OperationDenied.ProxyStockCheckError";

/// 代理版本检查失败
pub const OPERATIONDENIED_PROXYVERSIONCHECKERROR: &str = "OperationDenied.ProxyVersionCheckError";

/// proxy可用区校验失败
pub const OPERATIONDENIED_PROXYZONECHECKERROR: &str = "OperationDenied.ProxyZoneCheckError";

/// 实例不存在
pub const OPERATIONDENIED_RESOURCENOTFUNDERROR: &str = "OperationDenied.ResourceNotFundError";

/// 未知异常。请联系客服进行处理。{{1}}
pub const OPERATIONDENIED_SECONDARYCACHEUNKNOWNERROR: &str =
    "OperationDenied.SecondaryCacheUnknownError";

/// serverless集群当前状态不允许该操作。
pub const OPERATIONDENIED_SERVERLESSCLUSTERSTATUSDENIED: &str =
    "OperationDenied.ServerlessClusterStatusDenied";

/// serverless实例当前状态不允许该操作。
pub const OPERATIONDENIED_SERVERLESSINSTANCESTATUSDENIED: &str =
    "OperationDenied.ServerlessInstanceStatusDenied";

/// 任务冲突检查不通过。
pub const OPERATIONDENIED_TASKCONFLICTERROR: &str = "OperationDenied.TaskConflictError";

/// 业务检查失败：{{1}}
pub const OPERATIONDENIED_TRADEBUSINESSCHECKERROR: &str = "OperationDenied.TradeBusinessCheckError";

/// 不支持开启审计
pub const OPERATIONDENIED_UNSUPPORTOPENAUDITERROR: &str = "OperationDenied.UnsupportOpenAuditError";

/// 不支持该类型规格售卖
pub const OPERATIONDENIED_UNSUPPORTSALESPECERROR: &str = "OperationDenied.UnSupportSaleSpecError";

/// 用户未进行实名认证，请先进行实名认证才可购买。
pub const OPERATIONDENIED_USERNOTAUTHENTICATEDERROR: &str =
    "OperationDenied.UserNotAuthenticatedError";

/// 用户资源 {{1}} 正在进行{{2}}操作，无法执行{{3}}操作
pub const OPERATIONDENIED_USERRESOURCETASKCONFLICTERROR: &str =
    "OperationDenied.UserResourceTaskConflictError";

/// Serverless不支持该版本。
pub const OPERATIONDENIED_VERSIONNOTSUPPORTERROR: &str = "OperationDenied.VersionNotSupportError";

/// 集群不存在。
pub const RESOURCENOTFOUND_CLUSTERNOTFOUNDERROR: &str = "ResourceNotFound.ClusterNotFoundError";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUNDERROR: &str = "ResourceNotFound.InstanceNotFoundError";

/// 参数对应资源不存在。
pub const RESOURCENOTFOUND_RESOURCEERROR: &str = "ResourceNotFound.ResourceError";

/// 用户资源未找到
pub const RESOURCENOTFOUND_RESOURCENOTFOUNDERR: &str = "ResourceNotFound.ResourceNotFoundErr";

/// 锁定实例失败，暂时不可操作。
pub const RESOURCEUNAVAILABLE_INSTANCELOCKFAIL: &str = "ResourceUnavailable.InstanceLockFail";

/// 实例状态异常，暂时不可操作。
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSABNORMAL: &str =
    "ResourceUnavailable.InstanceStatusAbnormal";

/// 非实名用户禁止购买。
pub const UNAUTHORIZEDOPERATION_NOTREALNAMEACCOUNT: &str =
    "UnauthorizedOperation.NotRealNameAccount";

/// CAM鉴权不通过。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 授权失败或已取消授权
pub const UNAUTHORIZEDOPERATION_ROLEUNAUTHORIZED: &str = "UnauthorizedOperation.RoleUnauthorized";
