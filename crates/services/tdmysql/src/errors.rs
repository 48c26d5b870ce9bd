//! Error codes of `tdmysql`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tdmysql::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// CAM鉴权错误。
pub const AUTHFAILURE_CAMAUTHERROR: &str = "AuthFailure.CamAuthError";

/// CAM鉴权请求参数检查失败。
pub const AUTHFAILURE_CHECKCAMAUTHERROR: &str = "AuthFailure.CheckCamAuthError";

/// 白名单鉴权错误。
pub const AUTHFAILURE_UINWHITELISTCHECKERROR: &str = "AuthFailure.UinWhiteListCheckError";

/// CAM鉴权失败。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 绑定标签失败。
pub const DRYRUNOPERATION_ADDTAGDRYRUNERROR: &str = "DryRunOperation.AddTagDryrunError";

/// FailedOperation.AddInstanceInfoFailed
pub const FAILEDOPERATION_ADDINSTANCEINFOFAILED: &str = "FailedOperation.AddInstanceInfoFailed";

/// FailedOperation.ApplyVipFailed
pub const FAILEDOPERATION_APPLYVIPFAILED: &str = "FailedOperation.ApplyVipFailed";

/// FailedOperation.AuthNoStrategy
pub const FAILEDOPERATION_AUTHNOSTRATEGY: &str = "FailedOperation.AuthNoStrategy";

/// 当前实例版本不支持该接口。
pub const FAILEDOPERATION_CHECKSUPPORTACTIONERROR: &str = "FailedOperation.CheckSupportActionError";

/// FailedOperation.ClearInstanceInfoFailed
pub const FAILEDOPERATION_CLEARINSTANCEINFOFAILED: &str = "FailedOperation.ClearInstanceInfoFailed";

/// 创建任务失败。
pub const FAILEDOPERATION_CREATEFLOWERROR: &str = "FailedOperation.CreateFlowError";

/// DB数量超出限制。
pub const FAILEDOPERATION_DBCOUNTLIMITERROR: &str = "FailedOperation.DbCountLimitError";

/// 添加实例数据失败。
pub const FAILEDOPERATION_DBCREATEINSTANCEERROR: &str = "FailedOperation.DBCreateInstanceError";

/// 查询实例数据失败。
pub const FAILEDOPERATION_DBQUERYINSTANCEERROR: &str = "FailedOperation.DBQueryInstanceError";

/// 查询用户权限错误。
pub const FAILEDOPERATION_DBQUERYPRIVILEGESERROR: &str = "FailedOperation.DBQueryPrivilegesError";

/// 查询tag绑定实例数据失败。
pub const FAILEDOPERATION_DBQUERYTAGERROR: &str = "FailedOperation.DBQueryTagError";

/// 查询用户数据失败。
pub const FAILEDOPERATION_DBQUERYUSERERROR: &str = "FailedOperation.DBQueryUserError";

/// 查询售卖可用区失败。
pub const FAILEDOPERATION_DBQUERYZONEERROR: &str = "FailedOperation.DBQueryZoneError";

/// 更新实例名称数据失败。
pub const FAILEDOPERATION_DBUPDATEINSTANCEERROR: &str = "FailedOperation.DBUpdateInstanceError";

/// 更新维护窗口配置失败
pub const FAILEDOPERATION_DBUPSERTMAINTENANCEWINDOWERROR: &str =
    "FailedOperation.DBUpsertMaintenanceWindowError";

/// 查询全量备份列表错误。
pub const FAILEDOPERATION_DESCRIBEFULLBACKUPLISTERROR: &str =
    "FailedOperation.DescribeFullBackupListError";

/// FailedOperation.DisassociateSecurityGroupsFailed
pub const FAILEDOPERATION_DISASSOCIATESECURITYGROUPSFAILED: &str =
    "FailedOperation.DisassociateSecurityGroupsFailed";

/// 实例横向扩容失败。
pub const FAILEDOPERATION_EXPANDINSTANCEERROR: &str = "FailedOperation.ExpandInstanceError";

/// FailedOperation.GetSecurityGroupDetailFailed
pub const FAILEDOPERATION_GETSECURITYGROUPDETAILFAILED: &str =
    "FailedOperation.GetSecurityGroupDetailFailed";

/// 实例隔离失败。
pub const FAILEDOPERATION_ISOLATEINSTANCEERROR: &str = "FailedOperation.IsolateInstanceError";

/// 锁定实例失败。
pub const FAILEDOPERATION_LOCKINSTANCEERROR: &str = "FailedOperation.LockInstanceError";

/// 修改备份策略失败
pub const FAILEDOPERATION_MODIFYBACKUPPOLICYERR: &str = "FailedOperation.ModifyBackupPolicyErr";

/// 修改备份策略失败
pub const FAILEDOPERATION_MODIFYPOLICYERR: &str = "FailedOperation.ModifyPolicyErr";

/// oss查询参数错误。
pub const FAILEDOPERATION_OSSGETVARIABLESERROR: &str = "FailedOperation.OssGetVariablesError";

/// oss修改参数错误。
pub const FAILEDOPERATION_OSSMODIFYVARIABLESERROR: &str = "FailedOperation.OssModifyVariablesError";

/// 查询数据库错误。
pub const FAILEDOPERATION_QUERYDBERROR: &str = "FailedOperation.QueryDBError";

/// 查询用户失败。
pub const FAILEDOPERATION_QUERYUSERERROR: &str = "FailedOperation.QueryUserError";

/// FailedOperation.SetRuleLocationFailed
pub const FAILEDOPERATION_SETRULELOCATIONFAILED: &str = "FailedOperation.SetRuleLocationFailed";

/// 灾备关系检查错误
pub const FAILEDOPERATION_STANDBYRELATIONCHECKERROR: &str =
    "FailedOperation.StandbyRelationCheckError";

/// 灾备参数错误
pub const FAILEDOPERATION_STANDBYRELATIONPARAMERROR: &str =
    "FailedOperation.StandbyRelationParamError";

/// table数量超出限制。
pub const FAILEDOPERATION_TABLECOUNTLIMITERROR: &str = "FailedOperation.TableCountLimitError";

/// FailedOperation.UpdateInstanceInfoFailed
pub const FAILEDOPERATION_UPDATEINSTANCEINFOFAILED: &str =
    "FailedOperation.UpdateInstanceInfoFailed";

/// 更新权限错误。
pub const FAILEDOPERATION_UPDATEPRIVILEGESERROR: &str = "FailedOperation.UpdatePrivilegesError";

/// FailedOperation.WanStatusAbnormal
pub const FAILEDOPERATION_WANSTATUSABNORMAL: &str = "FailedOperation.WanStatusAbnormal";

/// InternalError.CheckVipStatusFailed
pub const INTERNALERROR_CHECKVIPSTATUSFAILED: &str = "InternalError.CheckVipStatusFailed";

/// 数据库访问错误。
pub const INTERNALERROR_DATABASEACCESSERROR: &str = "InternalError.DatabaseAccessError";

/// InternalError.DbOperationFailed
pub const INTERNALERROR_DBOPERATIONFAILED: &str = "InternalError.DbOperationFailed";

/// 查询数据库对象失败
pub const INTERNALERROR_DESCRIBEDBOBJECTSERROR: &str = "InternalError.DescribeDBObjectsError";

/// InternalError.GetSecurityGroupDetailFailed
pub const INTERNALERROR_GETSECURITYGROUPDETAILFAILED: &str =
    "InternalError.GetSecurityGroupDetailFailed";

/// InternalError.GetSubnetFailed
pub const INTERNALERROR_GETSUBNETFAILED: &str = "InternalError.GetSubnetFailed";

/// InternalError.GetVpcFailed
pub const INTERNALERROR_GETVPCFAILED: &str = "InternalError.GetVpcFailed";

/// InternalError.InstanceOperatePermissionError
pub const INTERNALERROR_INSTANCEOPERATEPERMISSIONERROR: &str =
    "InternalError.InstanceOperatePermissionError";

/// InternalError.InstanceSGOverLimitError
pub const INTERNALERROR_INSTANCESGOVERLIMITERROR: &str = "InternalError.InstanceSGOverLimitError";

/// InternalError.ListInstanceRespResourceCountNotMatchError
pub const INTERNALERROR_LISTINSTANCERESPRESOURCECOUNTNOTMATCHERROR: &str =
    "InternalError.ListInstanceRespResourceCountNotMatchError";

/// InternalError.ListInstancesError
pub const INTERNALERROR_LISTINSTANCESERROR: &str = "InternalError.ListInstancesError";

/// InternalError.QueryDatabaseFailed
pub const INTERNALERROR_QUERYDATABASEFAILED: &str = "InternalError.QueryDatabaseFailed";

/// InternalError.ReadDatabaseFailed
pub const INTERNALERROR_READDATABASEFAILED: &str = "InternalError.ReadDatabaseFailed";

/// InternalError.RouteNotFound
pub const INTERNALERROR_ROUTENOTFOUND: &str = "InternalError.RouteNotFound";

/// 找不到路由，是否参数传递不对
pub const INTERNALERROR_ROUTERNOTFOUND: &str = "InternalError.RouterNotFound";

/// InternalError.SetSvcLocationFailed
pub const INTERNALERROR_SETSVCLOCATIONFAILED: &str = "InternalError.SetSvcLocationFailed";

/// InternalError.VpcOperationFailed
pub const INTERNALERROR_VPCOPERATIONFAILED: &str = "InternalError.VpcOperationFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数值无效或超出范围。
pub const INVALIDPARAMETERVALUE_BIZINVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.BizInvalidParameterValueError";

/// 查询磁盘大小错误。
pub const INVALIDPARAMETERVALUE_CHECKCLONEINSTANCEDISKERROR: &str =
    "InvalidParameterValue.CheckCloneInstanceDiskError";

/// 磁盘大小校验错误。
pub const INVALIDPARAMETERVALUE_CHECKDISKERROR: &str = "InvalidParameterValue.CheckDiskError";

/// host校验失败。
pub const INVALIDPARAMETERVALUE_CHECKHOSTERROR: &str = "InvalidParameterValue.CheckHostError";

/// 实例版本校验错误。
pub const INVALIDPARAMETERVALUE_CHECKINSTANCEVERSIONERROR: &str =
    "InvalidParameterValue.CheckInstanceVersionError";

/// 名称校验失败。
pub const INVALIDPARAMETERVALUE_CHECKNAMEERROR: &str = "InvalidParameterValue.CheckNameError";

/// 实例规格校验错误。
pub const INVALIDPARAMETERVALUE_CHECKSPECERROR: &str = "InvalidParameterValue.CheckSpecError";

/// vpc校验错误。
pub const INVALIDPARAMETERVALUE_CHECKVPCERROR: &str = "InvalidParameterValue.CheckVpcError";

/// 实例过滤参数错误。
pub const INVALIDPARAMETERVALUE_INSTANCEFILTERKEYERROR: &str =
    "InvalidParameterValue.InstanceFilterKeyError";

/// 参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 维护窗口参数校验失败
pub const INVALIDPARAMETERVALUE_MAINTENANCEWINDOWPARAMERROR: &str =
    "InvalidParameterValue.MaintenanceWindowParamError";

/// 创建实例副本数不符合规范。
pub const INVALIDPARAMETERVALUE_NODEREPLICASINVALIDERROR: &str =
    "InvalidParameterValue.NodeReplicasInvalidError";

/// Vport范围错误。
pub const INVALIDPARAMETERVALUE_VPORTRANGEERROR: &str = "InvalidParameterValue.VportRangeError";

/// 创建实例参数错误。
pub const INVALIDPARAMETER_CREATEINSTANCEPARAMERROR: &str =
    "InvalidParameter.CreateInstanceParamError";

/// 备份策略参数不合法
pub const INVALIDPARAMETER_ILLEGALBACKUPPOLICYPARAMSERR: &str =
    "InvalidParameter.IllegalBackupPolicyParamsErr";

/// InvalidParameter.IllegalParameterError
pub const INVALIDPARAMETER_ILLEGALPARAMETERERROR: &str = "InvalidParameter.IllegalParameterError";

/// 参数校验错误
pub const INVALIDPARAMETER_INPUTILLEGAL: &str = "InvalidParameter.InputIllegal";

/// InvalidParameter.InstanceNotFound
pub const INVALIDPARAMETER_INSTANCENOTFOUND: &str = "InvalidParameter.InstanceNotFound";

/// 参数校验失败
pub const INVALIDPARAMETER_INVALIDPARAMETERERROR: &str = "InvalidParameter.InvalidParameterError";

/// InvalidParameter.PermissionDenied
pub const INVALIDPARAMETER_PERMISSIONDENIED: &str = "InvalidParameter.PermissionDenied";

/// InvalidParameter.SubnetUnavailable
pub const INVALIDPARAMETER_SUBNETUNAVAILABLE: &str = "InvalidParameter.SubnetUnavailable";

/// InvalidParameter.VipNotInSubnet
pub const INVALIDPARAMETER_VIPNOTINSUBNET: &str = "InvalidParameter.VipNotInSubnet";

/// InvalidParameter.VipUsed
pub const INVALIDPARAMETER_VIPUSED: &str = "InvalidParameter.VipUsed";

/// 绑定tag数超限。
pub const LIMITEXCEEDED_ADDTAGCOUNTERROR: &str = "LimitExceeded.AddTagCountError";

/// 批量创建实例数超过限制个数。
pub const LIMITEXCEEDED_OUTOFINSTANCECNTLIMITERROR: &str =
    "LimitExceeded.OutOfInstanceCntLimitError";

/// 拉取实例超过限制个数。
pub const LIMITEXCEEDED_OUTOFINSTANCECOUNTLIMITERROR: &str =
    "LimitExceeded.OutOfInstanceCountLimitError";

/// 规格超过限制。
pub const LIMITEXCEEDED_OUTOFLIMITERROR: &str = "LimitExceeded.OutOfLimitError";

/// 副本数超过限制。
pub const LIMITEXCEEDED_OUTOFNODEREPLICASLIMITERROR: &str =
    "LimitExceeded.OutOfNodeReplicasLimitError";

/// 规格超过限制。
pub const LIMITEXCEEDED_OUTOFSPECLIMITERROR: &str = "LimitExceeded.OutOfSpecLimitError";

/// 缺少参数错误
pub const MISSINGPARAMETER_MISSINGPARAMETERERROR: &str = "MissingParameter.MissingParameterError";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 暂不支持实例规格缩容操作。
pub const OPERATIONDENIED_CHECKDECREASESPECERROR: &str = "OperationDenied.CheckDecreaseSpecError";

/// 创建备份任务个数超过阈值
pub const OPERATIONDENIED_CREATEBACKUPTASKTHRESHOLDERR: &str =
    "OperationDenied.CreateBackupTaskThresholdErr";

/// 不允许删除正在运行的备份任务
pub const OPERATIONDENIED_DELETERUNNINGBACKUPTASKERR: &str =
    "OperationDenied.DeleteRunningBackupTaskErr";

/// 实例暂不支持此操作。
pub const OPERATIONDENIED_INSTANCEOPERATIONNOTALLOWEDERROR: &str =
    "OperationDenied.InstanceOperationNotAllowedError";

/// 实例状态错误。
pub const OPERATIONDENIED_INSTANCESTATUSERROR: &str = "OperationDenied.InstanceStatusError";

/// 单个实例每天最多进行手动备份的配额
pub const OPERATIONDENIED_MANUALBACKUPQUOTAPERDAYEXCEEDEDERR: &str =
    "OperationDenied.ManualBackupQuotaPerDayExceededErr";

/// 备份数量已经超过配额，不能再创建备份。
pub const OPERATIONDENIED_MANUALBACKUPSETQUOTAEXCEEDEDERR: &str =
    "OperationDenied.ManualBackupSetQuotaExceededErr";

/// 实例资源找不到
pub const RESOURCENOTFOUND_BIZRESOURCENOTFOUNDERROR: &str =
    "ResourceNotFound.BizResourceNotFoundError";

/// ResourceNotFound.InstanceNotFound
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// ResourceNotFound.ProductConfigNotExistedError
pub const RESOURCENOTFOUND_PRODUCTCONFIGNOTEXISTEDERROR: &str =
    "ResourceNotFound.ProductConfigNotExistedError";

/// ResourceUnavailable.InstanceStatusAbnormal
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSABNORMAL: &str =
    "ResourceUnavailable.InstanceStatusAbnormal";

/// ResourceUnavailable.SGCheckFail
pub const RESOURCEUNAVAILABLE_SGCHECKFAIL: &str = "ResourceUnavailable.SGCheckFail";

/// UnauthorizedOperation.PermissionDenied
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 获取最大节点数错误。
pub const UNSUPPORTEDOPERATION_GETMAXNODENUMERROR: &str = "UnsupportedOperation.GetMaxNodeNumError";
