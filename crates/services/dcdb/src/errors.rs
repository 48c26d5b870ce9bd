//! Error codes of `dcdb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dcdb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 实例安全组信息添加失败。
pub const FAILEDOPERATION_ADDINSTANCEINFOFAILED: &str = "FailedOperation.AddInstanceInfoFailed";

/// 申请VIP失败。
pub const FAILEDOPERATION_APPLYVIPFAILED: &str = "FailedOperation.ApplyVipFailed";

/// 绑定安全组失败。
pub const FAILEDOPERATION_ASSOCIATESECURITYGROUPSFAILED: &str =
    "FailedOperation.AssociateSecurityGroupsFailed";

/// 鉴权失败。
pub const FAILEDOPERATION_AUTHNOSTRATEGY: &str = "FailedOperation.AuthNoStrategy";

/// 实例安全组信息清除失败。
pub const FAILEDOPERATION_CLEARINSTANCEINFOFAILED: &str = "FailedOperation.ClearInstanceInfoFailed";

/// 复制账号权限出错。
pub const FAILEDOPERATION_COPYRIGHTERROR: &str = "FailedOperation.CopyRightError";

/// 创建流程失败。
pub const FAILEDOPERATION_CREATEFLOWFAILED: &str = "FailedOperation.CreateFlowFailed";

/// 创建订单失败。
pub const FAILEDOPERATION_CREATEORDERFAILED: &str = "FailedOperation.CreateOrderFailed";

/// 创建账号失败。
pub const FAILEDOPERATION_CREATEUSERFAILED: &str = "FailedOperation.CreateUserFailed";

/// 删除账号失败。
pub const FAILEDOPERATION_DELETEUSERFAILED: &str = "FailedOperation.DeleteUserFailed";

/// 解绑安全组失败。
pub const FAILEDOPERATION_DISASSOCIATESECURITYGROUPSFAILED: &str =
    "FailedOperation.DisassociateSecurityGroupsFailed";

/// 拉取安全组详情失败。
pub const FAILEDOPERATION_GETSECURITYGROUPDETAILFAILED: &str =
    "FailedOperation.GetSecurityGroupDetailFailed";

/// 实例不可退费。
pub const FAILEDOPERATION_INSTANCECANNOTRETURN: &str = "FailedOperation.InstanceCanNotReturn";

/// 实例退费失败。
pub const FAILEDOPERATION_INSTANCERETURNFAILED: &str = "FailedOperation.InstanceReturnFailed";

/// 修改账号权限失败。
pub const FAILEDOPERATION_MODIFYRIGHTFAILED: &str = "FailedOperation.ModifyRightFailed";

/// 修改账号配置失败。
pub const FAILEDOPERATION_MODIFYUSERCONFIGFAILED: &str = "FailedOperation.ModifyUserConfigFailed";

/// 隔离实例失败。
pub const FAILEDOPERATION_OSSISOLATEINSTANCEFAILED: &str =
    "FailedOperation.OssIsolateInstanceFailed";

/// 请求后端接口失败。
pub const FAILEDOPERATION_OSSOPERATIONFAILED: &str = "FailedOperation.OssOperationFailed";

/// 支付订单失败。
pub const FAILEDOPERATION_PAYFAILED: &str = "FailedOperation.PayFailed";

/// 重置账号密码失败。
pub const FAILEDOPERATION_RESETPASSWORDFAILED: &str = "FailedOperation.ResetPasswordFailed";

/// 设置规则失败。
pub const FAILEDOPERATION_SETRULELOCATIONFAILED: &str = "FailedOperation.SetRuleLocationFailed";

/// 安全组规则下发失败。
pub const FAILEDOPERATION_SETSVCLOCATIONFAILED: &str = "FailedOperation.SetSvcLocationFailed";

/// 更新安全组失败。
pub const FAILEDOPERATION_SGCHANGEVIP: &str = "FailedOperation.SGChangeVip";

/// 安全组操作失败
pub const FAILEDOPERATION_SGOPERATIONFAILED: &str = "FailedOperation.SGOperationFailed";

/// SSL状态异常。
pub const FAILEDOPERATION_SSLSTATUSABNORMAL: &str = "FailedOperation.SslStatusAbnormal";

/// 标签键值校验或鉴权失败。
pub const FAILEDOPERATION_TAGDRYRUNERROR: &str = "FailedOperation.TagDryRunError";

/// 标签配额不足。
pub const FAILEDOPERATION_TAGQUOTAEXCEEDLIMIT: &str = "FailedOperation.TagQuotaExceedLimit";

/// 计费配置查询失败
pub const FAILEDOPERATION_TRADECONFIGNOTFOUND: &str = "FailedOperation.TradeConfigNotFound";

/// 实例安全组信息更新失败。
pub const FAILEDOPERATION_UPDATEINSTANCEINFOFAILED: &str =
    "FailedOperation.UpdateInstanceInfoFailed";

/// 用户未实名认证。
pub const FAILEDOPERATION_USERNOTAUTHED: &str = "FailedOperation.UserNotAuthed";

/// VIP不能与之前一样。
pub const FAILEDOPERATION_VIPNOTCHANGE: &str = "FailedOperation.VipNotChange";

/// VPC添加服务失败。
pub const FAILEDOPERATION_VPCADDSERVICEFAILED: &str = "FailedOperation.VpcAddServiceFailed";

/// VPC更新路由失败。
pub const FAILEDOPERATION_VPCUPDATEROUTEFAILED: &str = "FailedOperation.VpcUpdateRouteFailed";

/// 外网状态异常。
pub const FAILEDOPERATION_WANSTATUSABNORMAL: &str = "FailedOperation.WanStatusAbnormal";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// CAM鉴权请求失败。
pub const INTERNALERROR_CAMAUTHFAILED: &str = "InternalError.CamAuthFailed";

/// 校验VIP状态失败。
pub const INTERNALERROR_CHECKVIPSTATUSFAILED: &str = "InternalError.CheckVipStatusFailed";

/// COS地址配置错误。
pub const INTERNALERROR_COSCONFIGURATION: &str = "InternalError.CosConfiguration";

/// 备份文件签名失败。
pub const INTERNALERROR_COSSIGNURL: &str = "InternalError.CosSignUrl";

/// 创建流程失败。
pub const INTERNALERROR_CREATEFLOWERROR: &str = "InternalError.CreateFlowError";

/// 创建任务流程失败。
pub const INTERNALERROR_CREATEFLOWFAILED: &str = "InternalError.CreateFlowFailed";

/// 查询数据库失败。
pub const INTERNALERROR_DBOPERATIONFAILED: &str = "InternalError.DbOperationFailed";

/// DB影响行数为0错误。
pub const INTERNALERROR_DBROWSAFFECTEDERROR: &str = "InternalError.DBRowsAffectedError";

/// 查询独享集群信息失败。
pub const INTERNALERROR_FENCEERROR: &str = "InternalError.FenceError";

/// 获取数据库实例参数失败。
pub const INTERNALERROR_GETDBCONFIGFAILED: &str = "InternalError.GetDbConfigFailed";

/// 获取数据库列表失败。
pub const INTERNALERROR_GETDBLISTFAILED: &str = "InternalError.GetDbListFailed";

/// 获取数据库对象失败。
pub const INTERNALERROR_GETDBOBJECTFAILED: &str = "InternalError.GetDbObjectFailed";

/// 获取实例详情失败。
pub const INTERNALERROR_GETINSTANCEDETAILFAILED: &str = "InternalError.GetInstanceDetailFailed";

/// 获取实例信息失败。
pub const INTERNALERROR_GETINSTANCEINFOFAILED: &str = "InternalError.GetInstanceInfoFailed";

/// 获取账号当前权限失败。
pub const INTERNALERROR_GETRIGHTFAILED: &str = "InternalError.GetRightFailed";

/// 拉圈安全组详情失败。
pub const INTERNALERROR_GETSECURITYGROUPDETAILFAILED: &str =
    "InternalError.GetSecurityGroupDetailFailed";

/// 查询慢日志DB失败。
pub const INTERNALERROR_GETSLOWLOGFAILED: &str = "InternalError.GetSlowLogFailed";

/// 查询虚拟私有网络子网信息失败。
pub const INTERNALERROR_GETSUBNETFAILED: &str = "InternalError.GetSubnetFailed";

/// 获取表信息失败。
pub const INTERNALERROR_GETTABLEINFOFAILED: &str = "InternalError.GetTableInfoFailed";

/// 获取账号列表失败。
pub const INTERNALERROR_GETUSERLISTFAILED: &str = "InternalError.GetUserListFailed";

/// 获取用户安全组数量失败。
pub const INTERNALERROR_GETUSERSGCOUNTFAILED: &str = "InternalError.GetUserSGCountFailed";

/// 获取用户安全组配额失败。
pub const INTERNALERROR_GETUSGQUOTAERROR: &str = "InternalError.GetUsgQuotaError";

/// 查询虚拟私有网络信息失败。
pub const INTERNALERROR_GETVPCFAILED: &str = "InternalError.GetVpcFailed";

/// 内部系统错误。
pub const INTERNALERROR_INNERSYSTEMERROR: &str = "InternalError.InnerSystemError";

/// 数据库插入失败。
pub const INTERNALERROR_INSERTFAIL: &str = "InternalError.InsertFail";

/// 用户对当前实例无操作权限。
pub const INTERNALERROR_INSTANCEOPERATEPERMISSIONERROR: &str =
    "InternalError.InstanceOperatePermissionError";

/// 单实例绑定安全组数量超限。
pub const INTERNALERROR_INSTANCESGOVERLIMITERROR: &str = "InternalError.InstanceSGOverLimitError";

/// 查询实例时返回的资源数量与请求不匹配。
pub const INTERNALERROR_LISTINSTANCERESPRESOURCECOUNTNOTMATCHERROR: &str =
    "InternalError.ListInstanceRespResourceCountNotMatchError";

/// 查询实例错误。
pub const INTERNALERROR_LISTINSTANCESERROR: &str = "InternalError.ListInstancesError";

/// 拉取项目列表失败。
pub const INTERNALERROR_LISTPROJECTFAILED: &str = "InternalError.ListProjectFailed";

/// 数据库操作失败。
pub const INTERNALERROR_OPERATEDATABASEFAILED: &str = "InternalError.OperateDatabaseFailed";

/// 操作读DB数据错误。
pub const INTERNALERROR_QUERYDATABASEFAILED: &str = "InternalError.QueryDatabaseFailed";

/// 查询订单信息失败。
pub const INTERNALERROR_QUERYORDERFAILED: &str = "InternalError.QueryOrderFailed";

/// 查询价格失败。
pub const INTERNALERROR_QUERYPRICEFAILED: &str = "InternalError.QueryPriceFailed";

/// 操作读DB数据错误。
pub const INTERNALERROR_READDATABASEFAILED: &str = "InternalError.ReadDatabaseFailed";

/// 回档的时间不合法。
pub const INTERNALERROR_RETREATETIME: &str = "InternalError.RetreateTime";

/// 路由未发现。
pub const INTERNALERROR_ROUTENOTFOUND: &str = "InternalError.RouteNotFound";

/// 资源安全组策略下发错误。
pub const INTERNALERROR_SETSVCLOCATIONFAILED: &str = "InternalError.SetSvcLocationFailed";

/// 数据库更新失败。
pub const INTERNALERROR_UPDATEDATABASEFAILED: &str = "InternalError.UpdateDatabaseFailed";

/// VPC操作失败。
pub const INTERNALERROR_VPCOPERATIONFAILED: &str = "InternalError.VpcOperationFailed";

/// 外网操作失败。
pub const INTERNALERROR_WANSERVICEFAILED: &str = "InternalError.WanServiceFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 想要创建的账号已经存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTALREADYEXISTS: &str =
    "InvalidParameterValue.AccountAlreadyExists";

/// 该实例不支持此同步模式。
pub const INVALIDPARAMETERVALUE_BADSYNCMODE: &str = "InvalidParameterValue.BadSyncMode";

/// 指定的权限无法赋予给该账号。
pub const INVALIDPARAMETERVALUE_BADUSERRIGHT: &str = "InvalidParameterValue.BadUserRight";

/// 账号类型不正确。
pub const INVALIDPARAMETERVALUE_BADUSERTYPE: &str = "InvalidParameterValue.BadUserType";

/// 找不到数据库实例所属的独享集群。
pub const INVALIDPARAMETERVALUE_ILLEGALEXCLUSTERID: &str =
    "InvalidParameterValue.IllegalExclusterID";

/// 初始化数据库实例参数错误。
pub const INVALIDPARAMETERVALUE_ILLEGALINITPARAM: &str = "InvalidParameterValue.IllegalInitParam";

/// 商品数量超出限制。
pub const INVALIDPARAMETERVALUE_ILLEGALQUANTITY: &str = "InvalidParameterValue.IllegalQuantity";

/// 权限参数不正确。
pub const INVALIDPARAMETERVALUE_ILLEGALRIGHTPARAM: &str = "InvalidParameterValue.IllegalRightParam";

/// 找不到指定的可用区。
pub const INVALIDPARAMETERVALUE_ILLEGALZONE: &str = "InvalidParameterValue.IllegalZone";

/// 参数值传入错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 分片不存在。
pub const INVALIDPARAMETERVALUE_SHARDNOTEXIST: &str = "InvalidParameterValue.ShardNotExist";

/// 找不到数据库实例对应的规格信息。
pub const INVALIDPARAMETERVALUE_SPECIDILLEGAL: &str = "InvalidParameterValue.SpecIdIllegal";

/// 系统用户不允许操作。
pub const INVALIDPARAMETERVALUE_SUPERUSERFORBIDDEN: &str =
    "InvalidParameterValue.SuperUserForbidden";

/// 当前部署方式不允许设置此同步模式。
pub const INVALIDPARAMETERVALUE_SYNCMODENOTALLOWED: &str =
    "InvalidParameterValue.SyncModeNotAllowed";

/// 密码包含了非法字符。
pub const INVALIDPARAMETER_CHARACTERERROR: &str = "InvalidParameter.CharacterError";

/// 入参校验失败。
pub const INVALIDPARAMETER_CHECKPARAMNOTPASS: &str = "InvalidParameter.CheckParamNotPass";

/// 未指定需要查询的订单ID。
pub const INVALIDPARAMETER_DEALNAMENOTGIVEN: &str = "InvalidParameter.DealNameNotGiven";

/// 找不到指定的流程信息。
pub const INVALIDPARAMETER_FLOWNOTFOUND: &str = "InvalidParameter.FlowNotFound";

/// 参数合法性校验错误。
pub const INVALIDPARAMETER_GENERICPARAMETERERROR: &str = "InvalidParameter.GenericParameterError";

/// 非法参数。
pub const INVALIDPARAMETER_ILLEGALPARAMETERERROR: &str = "InvalidParameter.IllegalParameterError";

/// 错误的时间参数。
pub const INVALIDPARAMETER_ILLEGALTIME: &str = "InvalidParameter.IllegalTime";

/// 未找到请求的实例。
pub const INVALIDPARAMETER_INSTANCENOTFOUND: &str = "InvalidParameter.InstanceNotFound";

/// 该接口不支持此付费类型的实例。
pub const INVALIDPARAMETER_NOTSUPPORTEDPAYMODE: &str = "InvalidParameter.NotSupportedPayMode";

/// 没有权限操作该接口或资源。
pub const INVALIDPARAMETER_PERMISSIONDENIED: &str = "InvalidParameter.PermissionDenied";

/// 安全组合法性校验不通过。
pub const INVALIDPARAMETER_SGCHECKFAIL: &str = "InvalidParameter.SGCheckFail";

/// 找不到对应的售卖规格。
pub const INVALIDPARAMETER_SPECNOTFOUND: &str = "InvalidParameter.SpecNotFound";

/// 找不到指定的虚拟私有网络子网。
pub const INVALIDPARAMETER_SUBNETNOTFOUND: &str = "InvalidParameter.SubnetNotFound";

/// snat子网不支持申请IP。
pub const INVALIDPARAMETER_SUBNETUNAVAILABLE: &str = "InvalidParameter.SubnetUnavailable";

/// Vip不在子网内。
pub const INVALIDPARAMETER_VIPNOTINSUBNET: &str = "InvalidParameter.VipNotInSubnet";

/// Vip被占用。
pub const INVALIDPARAMETER_VIPUSED: &str = "InvalidParameter.VipUsed";

/// 找不到指定的虚拟私有网络。
pub const INVALIDPARAMETER_VPCNOTFOUND: &str = "InvalidParameter.VpcNotFound";

/// Vport被占用。
pub const INVALIDPARAMETER_VPORTUSED: &str = "InvalidParameter.VportUsed";

/// 可用区信息错误。
pub const INVALIDPARAMETER_ZONEIDILLEGAL: &str = "InvalidParameter.ZoneIdIllegal";

/// 请求过于频繁。
pub const LIMITEXCEEDED_TOOFREQUENTLYCALLED: &str = "LimitExceeded.TooFrequentlyCalled";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 临时实例已经存在了。
pub const RESOURCEINUSE_TEMPINSTANCEEXIST: &str = "ResourceInUse.TempInstanceExist";

/// 指定的账号不存在。
pub const RESOURCENOTFOUND_ACCOUNTDOESNOTEXIST: &str = "ResourceNotFound.AccountDoesNotExist";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// 找不到指定的数据库实例。
pub const RESOURCENOTFOUND_NOINSTANCEFOUND: &str = "ResourceNotFound.NoInstanceFound";

/// 接入安全组产品配置不存在。
pub const RESOURCENOTFOUND_PRODUCTCONFIGNOTEXISTEDERROR: &str =
    "ResourceNotFound.ProductConfigNotExistedError";

/// 实例状态错误，不能初始化。
pub const RESOURCEUNAVAILABLE_BADINSTANCESTATUS: &str = "ResourceUnavailable.BadInstanceStatus";

/// COS API调用错误。
pub const RESOURCEUNAVAILABLE_COSAPIFAILED: &str = "ResourceUnavailable.CosApiFailed";

/// 独享集群状态异常。
pub const RESOURCEUNAVAILABLE_EXCLUSTERSTATUSABNORMAL: &str =
    "ResourceUnavailable.ExclusterStatusAbnormal";

/// 数据库实例已被删除。
pub const RESOURCEUNAVAILABLE_INSTANCEALREADYDELETED: &str =
    "ResourceUnavailable.InstanceAlreadyDeleted";

/// 数据库实例已经被锁定，当前无法操作。
pub const RESOURCEUNAVAILABLE_INSTANCEHASBEENLOCKED: &str =
    "ResourceUnavailable.InstanceHasBeenLocked";

/// 数据库实例状态不正确，当前无法操作。
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSABNORMAL: &str =
    "ResourceUnavailable.InstanceStatusAbnormal";

/// 安全组校验失败。
pub const RESOURCEUNAVAILABLE_SGCHECKFAIL: &str = "ResourceUnavailable.SGCheckFail";

/// SSL状态异常。
pub const RESOURCEUNAVAILABLE_SSLSTATUSABNORMAL: &str = "ResourceUnavailable.SSLStatusAbnormal";

/// 没有权限操作该接口或资源。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 不支持该数据库版本。
pub const UNSUPPORTEDOPERATION_DBVERSIONNOTSUPPORTED: &str =
    "UnsupportedOperation.DbVersionNotSupported";

/// 不支持的无效操作。
pub const UNSUPPORTEDOPERATION_INVALIDOPERATION: &str = "UnsupportedOperation.InvalidOperation";

/// Proxy软件版本太旧，请联系客服升级到新版本后再试。
pub const UNSUPPORTEDOPERATION_OLDPROXYVERSION: &str = "UnsupportedOperation.OldProxyVersion";

/// 当前版本不支持SSL认证，请联系客服升级到新版本后再试。
pub const UNSUPPORTEDOPERATION_SSLNOTSUPPORTED: &str = "UnsupportedOperation.SSLNotSupported";
