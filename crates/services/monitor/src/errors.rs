//! Error codes of `monitor`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_monitor::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 访问鉴权失败。
pub const AUTHFAILURE_ACCESSCAMFAIL: &str = "AuthFailure.AccessCAMFail";

/// 请求未授权。请参考 CAM 文档对鉴权的说明。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 访问STS失败。
pub const FAILEDOPERATION_ACCESSSTSFAIL: &str = "FailedOperation.AccessSTSFail";

/// 访问标签服务失败。
pub const FAILEDOPERATION_ACCESSTAGFAIL: &str = "FailedOperation.AccessTagFail";

/// 访问用户TKE集群失败。
pub const FAILEDOPERATION_ACCESSTKEFAIL: &str = "FailedOperation.AccessTKEFail";

/// agent当前状态不允许该操作。
pub const FAILEDOPERATION_AGENTNOTALLOWED: &str = "FailedOperation.AgentNotAllowed";

/// 该实例上有正在运行的Agent。
pub const FAILEDOPERATION_AGENTSNOTINUNINSTALLSTAGE: &str =
    "FailedOperation.AgentsNotInUninstallStage";

/// Agent版本不支持该操作，请升级Agent。
pub const FAILEDOPERATION_AGENTVERSIONNOTSUPPORTED: &str =
    "FailedOperation.AgentVersionNotSupported";

/// 删除过滤条件失败。
pub const FAILEDOPERATION_ALERTFILTERRULEDELETEFAILED: &str =
    "FailedOperation.AlertFilterRuleDeleteFailed";

/// 创建告警策略失败。
pub const FAILEDOPERATION_ALERTPOLICYCREATEFAILED: &str = "FailedOperation.AlertPolicyCreateFailed";

/// 告警策略删除失败。
pub const FAILEDOPERATION_ALERTPOLICYDELETEFAILED: &str = "FailedOperation.AlertPolicyDeleteFailed";

/// 告警策略查询失败。
pub const FAILEDOPERATION_ALERTPOLICYDESCRIBEFAILED: &str =
    "FailedOperation.AlertPolicyDescribeFailed";

/// 告警策略修改失败。
pub const FAILEDOPERATION_ALERTPOLICYMODIFYFAILED: &str = "FailedOperation.AlertPolicyModifyFailed";

/// 删除触发条件失败。
pub const FAILEDOPERATION_ALERTTRIGGERRULEDELETEFAILED: &str =
    "FailedOperation.AlertTriggerRuleDeleteFailed";

/// 云产品侧指标回调接口异常
pub const FAILEDOPERATION_APITRANSLATEERROR: &str = "FailedOperation.APITranslateError";

/// Yaml 格式不正确。
pub const FAILEDOPERATION_BADYAMLFORMAT: &str = "FailedOperation.BadYamlFormat";

/// 集群不存在。
pub const FAILEDOPERATION_CLUSTERNOTFOUND: &str = "FailedOperation.ClusterNotFound";

/// FailedOperation.ComponentClientCommon
pub const FAILEDOPERATION_COMPONENTCLIENTCOMMON: &str = "FailedOperation.ComponentClientCommon";

/// FailedOperation.ComponentClientHttp
pub const FAILEDOPERATION_COMPONENTCLIENTHTTP: &str = "FailedOperation.ComponentClientHttp";

/// FailedOperation.ComponentClientUnpack
pub const FAILEDOPERATION_COMPONENTCLIENTUNPACK: &str = "FailedOperation.ComponentClientUnpack";

/// 创建实例失败。
pub const FAILEDOPERATION_CREATEINSTANCE: &str = "FailedOperation.CreateInstance";

/// 该账号创建实例被限制。
pub const FAILEDOPERATION_CREATEINSTANCELIMITED: &str = "FailedOperation.CreateInstanceLimited";

/// 数据表字段不存在。
pub const FAILEDOPERATION_DATACOLUMNNOTFOUND: &str = "FailedOperation.DataColumnNotFound";

/// 数据查询失败。
pub const FAILEDOPERATION_DATAQUERYFAILED: &str = "FailedOperation.DataQueryFailed";

/// 数据表不存在。
pub const FAILEDOPERATION_DATATABLENOTFOUND: &str = "FailedOperation.DataTableNotFound";

/// FailedOperation.Db
pub const FAILEDOPERATION_DB: &str = "FailedOperation.Db";

/// 数据库操作失败。
pub const FAILEDOPERATION_DBOPERATIONFAILED: &str = "FailedOperation.DbOperationFailed";

/// 数据库查询失败。
pub const FAILEDOPERATION_DBQUERYFAILED: &str = "FailedOperation.DbQueryFailed";

/// 创建数据库记录失败。
pub const FAILEDOPERATION_DBRECORDCREATEFAILED: &str = "FailedOperation.DbRecordCreateFailed";

/// 数据库记录删除失败。
pub const FAILEDOPERATION_DBRECORDDELETEFAILED: &str = "FailedOperation.DbRecordDeleteFailed";

/// FailedOperation.DbRecordNotFound
pub const FAILEDOPERATION_DBRECORDNOTFOUND: &str = "FailedOperation.DbRecordNotFound";

/// 数据库记录更新失败。
pub const FAILEDOPERATION_DBRECORDUPDATEFAILED: &str = "FailedOperation.DbRecordUpdateFailed";

/// 数据库事务开始失败。
pub const FAILEDOPERATION_DBTRANSACTIONBEGINFAILED: &str =
    "FailedOperation.DbTransactionBeginFailed";

/// 数据库事务提交失败。
pub const FAILEDOPERATION_DBTRANSACTIONCOMMITFAILED: &str =
    "FailedOperation.DbTransactionCommitFailed";

/// 请求维度查询服务失败。
pub const FAILEDOPERATION_DIMQUERYREQUESTFAILED: &str = "FailedOperation.DimQueryRequestFailed";

/// 被除数为0。
pub const FAILEDOPERATION_DIVISIONBYZERO: &str = "FailedOperation.DivisionByZero";

/// 后端服务超时
pub const FAILEDOPERATION_DOHTTPTRANSFERFAILED: &str = "FailedOperation.DoHTTPTransferFailed";

/// DoTRPCTransferFailed
pub const FAILEDOPERATION_DOTRPCTRANSFERFAILED: &str = "FailedOperation.DoTRPCTransferFailed";

/// 网络调用报错
pub const FAILEDOPERATION_DOTRPCTRANSFERFAILEDWITHCORRUPTIONDATA: &str =
    "FailedOperation.DoTRPCTransferFailedWithCorruptionData";

/// 查询分析数据失败。
pub const FAILEDOPERATION_DRUIDQUERYFAILED: &str = "FailedOperation.DruidQueryFailed";

/// druid表不存在。
pub const FAILEDOPERATION_DRUIDTABLENOTFOUND: &str = "FailedOperation.DruidTableNotFound";

/// 名字重复。
pub const FAILEDOPERATION_DUPLICATENAME: &str = "FailedOperation.DuplicateName";

/// 未开通。
pub const FAILEDOPERATION_ERRNOTOPEN: &str = "FailedOperation.ErrNotOpen";

/// 欠费。
pub const FAILEDOPERATION_ERROWED: &str = "FailedOperation.ErrOwed";

/// 生成资源ID错误。
pub const FAILEDOPERATION_GENERATEINSTANCEIDFAILED: &str =
    "FailedOperation.GenerateInstanceIDFailed";

/// 实例不存在。
pub const FAILEDOPERATION_INSTANCENOTFOUND: &str = "FailedOperation.InstanceNotFound";

/// 实例没有运行。
pub const FAILEDOPERATION_INSTANCENOTRUNNING: &str = "FailedOperation.InstanceNotRunning";

/// 内部服务错误。
pub const FAILEDOPERATION_INTERNALERROR: &str = "FailedOperation.InternalError";

/// FailedOperation.KubeClientConf
pub const FAILEDOPERATION_KUBECLIENTCONF: &str = "FailedOperation.KubeClientConf";

/// FailedOperation.KubeCommon
pub const FAILEDOPERATION_KUBECOMMON: &str = "FailedOperation.KubeCommon";

/// 地区不可用。
pub const FAILEDOPERATION_REGIONUNAVAILABLE: &str = "FailedOperation.RegionUnavailable";

/// 资源冲突
pub const FAILEDOPERATION_RESOURCECONFLICT: &str = "FailedOperation.ResourceConflict";

/// 资源已经存在。
pub const FAILEDOPERATION_RESOURCEEXIST: &str = "FailedOperation.ResourceExist";

/// 资源不存在。
pub const FAILEDOPERATION_RESOURCENOTFOUND: &str = "FailedOperation.ResourceNotFound";

/// 资源正在被操作。
pub const FAILEDOPERATION_RESOURCEOPERATING: &str = "FailedOperation.ResourceOperating";

/// 发送授权请求失败。
pub const FAILEDOPERATION_SENDREQUEST: &str = "FailedOperation.SendRequest";

/// 服务未启用，开通服务后方可使用。
pub const FAILEDOPERATION_SERVICENOTENABLED: &str = "FailedOperation.ServiceNotEnabled";

/// TKE的endpoint不可访问。
pub const FAILEDOPERATION_TKEENDPOINTSTATUSERROR: &str = "FailedOperation.TKEEndpointStatusError";

/// 更新TKE资源时出现冲突。
pub const FAILEDOPERATION_TKERESOURCECONFLICT: &str = "FailedOperation.TKEResourceConflict";

/// 可用区不可用。
pub const FAILEDOPERATION_ZONEUNAVAILABLE: &str = "FailedOperation.ZoneUnavailable";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 回调出错。
pub const INTERNALERROR_CALLBACKFAIL: &str = "InternalError.CallbackFail";

/// InternalError.Db
pub const INTERNALERROR_DB: &str = "InternalError.Db";

/// InternalError.DbRecordNotFound
pub const INTERNALERROR_DBRECORDNOTFOUND: &str = "InternalError.DbRecordNotFound";

/// 依赖的其他api出错。
pub const INTERNALERROR_DEPENDSAPI: &str = "InternalError.DependsApi";

/// 依赖的db出错。
pub const INTERNALERROR_DEPENDSDB: &str = "InternalError.DependsDb";

/// 依赖的mq出错。
pub const INTERNALERROR_DEPENDSMQ: &str = "InternalError.DependsMq";

/// 执行超时。
pub const INTERNALERROR_EXETIMEOUT: &str = "InternalError.ExeTimeout";

/// InternalError.Param
pub const INTERNALERROR_PARAM: &str = "InternalError.Param";

/// 系统错误。
pub const INTERNALERROR_SYSTEM: &str = "InternalError.System";

/// InternalError.TaskNotFound
pub const INTERNALERROR_TASKNOTFOUND: &str = "InternalError.TaskNotFound";

/// 任务结果解析错误。
pub const INTERNALERROR_TASKRESULTFORMAT: &str = "InternalError.TaskResultFormat";

/// InternalError.UnexpectedInternal
pub const INTERNALERROR_UNEXPECTEDINTERNAL: &str = "InternalError.UnexpectedInternal";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// dashboard 名重复。
pub const INVALIDPARAMETERVALUE_DASHBOARDNAMEEXISTS: &str =
    "InvalidParameterValue.DashboardNameExists";

/// 版本不匹配。
pub const INVALIDPARAMETERVALUE_VERSIONMISMATCH: &str = "InvalidParameterValue.VersionMismatch";

/// InvalidParameter.ClusterNotFound
pub const INVALIDPARAMETER_CLUSTERNOTFOUND: &str = "InvalidParameter.ClusterNotFound";

/// 重复提交任务。
pub const INVALIDPARAMETER_DUPTASK: &str = "InvalidParameter.DupTask";

/// 无效的AppId。
pub const INVALIDPARAMETER_INVALIDAPPID: &str = "InvalidParameter.InvalidAppId";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDPARAMETERPARAM: &str = "InvalidParameter.InvalidParameterParam";

/// 缺少平台配置。
pub const INVALIDPARAMETER_MISSAKSK: &str = "InvalidParameter.MissAKSK";

/// InvalidParameter.Param
pub const INVALIDPARAMETER_PARAM: &str = "InvalidParameter.Param";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// InvalidParameter.PromClusterNotFound
pub const INVALIDPARAMETER_PROMCLUSTERNOTFOUND: &str = "InvalidParameter.PromClusterNotFound";

/// InvalidParameter.PromInstanceNotFound
pub const INVALIDPARAMETER_PROMINSTANCENOTFOUND: &str = "InvalidParameter.PromInstanceNotFound";

/// InvalidParameter.ResourceNotFound
pub const INVALIDPARAMETER_RESOURCENOTFOUND: &str = "InvalidParameter.ResourceNotFound";

/// 平台配置错误。
pub const INVALIDPARAMETER_SECRETIDORSECRETKEYERROR: &str =
    "InvalidParameter.SecretIdOrSecretKeyError";

/// 这个产品还不支持扫描。
pub const INVALIDPARAMETER_UNSUPPORTEDPRODUCT: &str = "InvalidParameter.UnsupportedProduct";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 请求受限，查询实例数受到限制或者触发限频等限制操作
pub const LIMITEXCEEDED_LIMITEDACCESS: &str = "LimitExceeded.LimitedAccess";

/// 指标数量达到配额限制，禁止含有未注册指标的请求。
pub const LIMITEXCEEDED_METRICQUOTAEXCEEDED: &str = "LimitExceeded.MetricQuotaExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// ResourceInUse.ResourceExistAlready
pub const RESOURCEINUSE_RESOURCEEXISTALREADY: &str = "ResourceInUse.ResourceExistAlready";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 任务不存在。
pub const RESOURCENOTFOUND_NOTEXISTTASK: &str = "ResourceNotFound.NotExistTask";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 无Cam权限
pub const UNAUTHORIZEDOPERATION_CAMNOAUTH: &str = "UnauthorizedOperation.CamNoAuth";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
