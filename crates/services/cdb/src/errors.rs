//! Error codes of `cdb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cdb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 授权无效。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 子账号无权限。
pub const AUTHFAILURE_SUBACCOUNTDENIED: &str = "AuthFailure.SubAccountDenied";

/// 鉴权失败，没有权限操作。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 后端错误或者流程错误。
pub const CDBERROR: &str = "CdbError";

/// 备份错误。
pub const CDBERROR_BACKUPERROR: &str = "CdbError.BackupError";

/// 后端数据库错误。
pub const CDBERROR_DATABASEERROR: &str = "CdbError.DatabaseError";

/// 导入任务错误。
pub const CDBERROR_IMPORTERROR: &str = "CdbError.ImportError";

/// 后端任务错误。
pub const CDBERROR_TASKERROR: &str = "CdbError.TaskError";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 异步任务状态异常。
pub const FAILEDOPERATION_ASYNCTASKSTATUSERROR: &str = "FailedOperation.AsyncTaskStatusError";

/// 审计不存在。
pub const FAILEDOPERATION_AUDITCONFIGNOTEXIST: &str = "FailedOperation.AuditConfigNotExist";

/// 操作失败
pub const FAILEDOPERATION_CDBERROR: &str = "FailedOperation.CdbError";

/// 实例互斥操作锁定失败,请稍后重试。
pub const FAILEDOPERATION_CDBINSTANCELOCKFAILERROR: &str =
    "FailedOperation.CdbInstanceLockFailError";

/// 创建失败，请检查用户是否已存在。
pub const FAILEDOPERATION_CREATEACCOUNTERROR: &str = "FailedOperation.CreateAccountError";

/// 创建审计规则失败。
pub const FAILEDOPERATION_CREATEAUDITFAILERROR: &str = "FailedOperation.CreateAuditFailError";

/// 创建审计日志文件失败。
pub const FAILEDOPERATION_CREATEAUDITLOGFILEERROR: &str = "FailedOperation.CreateAuditLogFileError";

/// 申请只读实例独立VIP失败。
pub const FAILEDOPERATION_CREATEROVIPERROR: &str = "FailedOperation.CreateRoVipError";

/// 数据库操作失败。
pub const FAILEDOPERATION_DBOPERATIONACTIONERROR: &str = "FailedOperation.DBOperationActionError";

/// 删除审计失败。
pub const FAILEDOPERATION_DELETEAUDITFAILERROR: &str = "FailedOperation.DeleteAuditFailError";

/// 查询数据库代理失败。
pub const FAILEDOPERATION_DESCRIBEPROXYGROUPERROR: &str = "FailedOperation.DescribeProxyGroupError";

/// 不支持当前操作。
pub const FAILEDOPERATION_FAILEDOPERATIONERROR: &str = "FailedOperation.FailedOperationError";

/// 获取权限错误。
pub const FAILEDOPERATION_GETPRIVILEGEERROR: &str = "FailedOperation.GetPrivilegeError";

/// 查询失败。
pub const FAILEDOPERATION_INSTANCEQUERYERROR: &str = "FailedOperation.InstanceQueryError";

/// 实例任务冲突错误。
pub const FAILEDOPERATION_INSTANCETASKCONFLICTERROR: &str =
    "FailedOperation.InstanceTaskConflictError";

/// json序列化失败。
pub const FAILEDOPERATION_JSONMARSHALERROR: &str = "FailedOperation.JsonMarshalError";

/// json反序列化失败。
pub const FAILEDOPERATION_JSONUNMARSHALERROR: &str = "FailedOperation.JsonUnmarshalError";

/// 返回数据量过大，请缩减数据查询范围
pub const FAILEDOPERATION_LOGCONTENTOVERLIMIT: &str = "FailedOperation.LogContentOverLimit";

/// 检查到改动前后策略一致，无改动点。
pub const FAILEDOPERATION_NOTCHANGESTRATEGY: &str = "FailedOperation.NotChangeStrategy";

/// 不是延迟复制RO。
pub const FAILEDOPERATION_NOTDELAYRO: &str = "FailedOperation.NotDelayRo";

/// 实例正在执行其他操作，请稍后重试。
pub const FAILEDOPERATION_OPERATIONINCONFLICTERROR: &str =
    "FailedOperation.OperationInConflictError";

/// 执行的权限修改操作非法。您可以参照产品文档，了解当前实例支持哪些权限修改操作，如有疑问，请您咨询客服进行处理。
pub const FAILEDOPERATION_PRIVILEGEDATAILLEGAL: &str = "FailedOperation.PrivilegeDataIllegal";

/// 数据库代理状态异常。
pub const FAILEDOPERATION_PROXYGROUPSTATUSERROR: &str = "FailedOperation.ProxyGroupStatusError";

/// 查询审计任务失败。
pub const FAILEDOPERATION_QUERYAUDITTASKFAILERROR: &str = "FailedOperation.QueryAuditTaskFailError";

/// 查询实例{{1}}失败
pub const FAILEDOPERATION_QUERYINSTANCEERROR: &str = "FailedOperation.QueryInstanceError";

/// 查询日志失败。
pub const FAILEDOPERATION_QUERYLOGERROR: &str = "FailedOperation.QueryLogError";

/// 高可用版服务跨区调用反序列化失败。
pub const FAILEDOPERATION_REMOTECALLUNMARSHALERROR: &str =
    "FailedOperation.RemoteCallUnmarshalError";

/// 代理创建中或则已存在，请勿重复创建。
pub const FAILEDOPERATION_REPEATCREATEPROXYERROR: &str = "FailedOperation.RepeatCreateProxyError";

/// 后台请求服务异常，请您联系客服解决。
pub const FAILEDOPERATION_RESPONSEVALUEERROR: &str = "FailedOperation.ResponseValueError";

/// 查询日志结果集超出限制，请缩小查询范围。
pub const FAILEDOPERATION_RESULTSETOVERLIMIT: &str = "FailedOperation.ResultSetOverLimit";

/// 日志查询失败，请稍后重试或缩小查询范围。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_SERVICEACCESSERROR: &str = "FailedOperation.ServiceAccessError";

/// 操作发起失败，请稍后重试。如果操作持续不成功，请您联系客服进行处理。
pub const FAILEDOPERATION_STARTFLOWERROR: &str = "FailedOperation.StartFlowError";

/// 任务状态冲突。
pub const FAILEDOPERATION_STATUSCONFLICT: &str = "FailedOperation.StatusConflict";

/// 提交任务失败，请稍后重试。如果持续提交失败，请您联系客服进行处理。
pub const FAILEDOPERATION_SUBMITASYNCTASKERROR: &str = "FailedOperation.SubmitAsyncTaskError";

/// 任务冲突
pub const FAILEDOPERATION_TASKCONFLICTERROR: &str = "FailedOperation.TaskConflictError";

/// 查询超时。
pub const FAILEDOPERATION_TIMEOUTERROR: &str = "FailedOperation.TimeoutError";

/// 类型错误，无法执行该操作。
pub const FAILEDOPERATION_TYPEINCONFLICT: &str = "FailedOperation.TypeInConflict";

/// 该IP已被占用。
pub const FAILEDOPERATION_VPCIPINUSEERROR: &str = "FailedOperation.VpcIpInUseError";

/// 无效IP
pub const FAILEDOPERATION_VPCIPINVALIDERROR: &str = "FailedOperation.VpcIpInvalidError";

/// 子网中不存在该IP
pub const FAILEDOPERATION_VPCIPNOTINSUBNETERROR: &str = "FailedOperation.VpcIpNotInSubnetError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 查询异步任务错误。
pub const INTERNALERROR_ASYNCREQUESTERROR: &str = "InternalError.AsyncRequestError";

/// 创建审计日志文件错误。
pub const INTERNALERROR_AUDITCREATELOGFILEERROR: &str = "InternalError.AuditCreateLogFileError";

/// 删除审计日志错误。
pub const INTERNALERROR_AUDITDELETELOGFILEERROR: &str = "InternalError.AuditDeleteLogFileError";

/// 审计内部服务错误。
pub const INTERNALERROR_AUDITDELETEPOLICYERROR: &str = "InternalError.AuditDeletePolicyError";

/// 查询审计日志错误。
pub const INTERNALERROR_AUDITDESCRIBELOGERROR: &str = "InternalError.AuditDescribeLogError";

/// 审计内部服务错误。
pub const INTERNALERROR_AUDITERROR: &str = "InternalError.AuditError";

/// 修改审计状态失败。
pub const INTERNALERROR_AUDITMODIFYSTATUSERROR: &str = "InternalError.AuditModifyStatusError";

/// 审计服务内部异常。
pub const INTERNALERROR_AUDITOSSLOGICERROR: &str = "InternalError.AuditOssLogicError";

/// 鉴权失败。
pub const INTERNALERROR_AUTHERROR: &str = "InternalError.AuthError";

/// 鉴权失败。
pub const INTERNALERROR_CAUTHERROR: &str = "InternalError.CauthError";

/// 系统内部错误。
pub const INTERNALERROR_CDBCGWERROR: &str = "InternalError.CdbCgwError";

/// 系统错误。
pub const INTERNALERROR_CDBERROR: &str = "InternalError.CdbError";

/// 获取文件信息失败。
pub const INTERNALERROR_COSERROR: &str = "InternalError.CosError";

/// 数据库内部错误。
pub const INTERNALERROR_DATABASEACCESSERROR: &str = "InternalError.DatabaseAccessError";

/// 数据库异常。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 数据库操作失败。
pub const INTERNALERROR_DBOPERATIONERROR: &str = "InternalError.DBOperationError";

/// 数据库实例不存在。
pub const INTERNALERROR_DBRECORDNOTEXISTERROR: &str = "InternalError.DBRecordNotExistError";

/// 系统内部错误。
pub const INTERNALERROR_DESERROR: &str = "InternalError.DesError";

/// 安全组操作错误。
pub const INTERNALERROR_DFWERROR: &str = "InternalError.DfwError";

/// 执行http请求错误。
pub const INTERNALERROR_EXECHTTPREQUESTERROR: &str = "InternalError.ExecHttpRequestError";

/// sql执行失败。
pub const INTERNALERROR_EXECUTESQLERROR: &str = "InternalError.ExecuteSQLError";

/// sql错误。
pub const INTERNALERROR_EXESQLERROR: &str = "InternalError.ExeSqlError";

/// 文件传输异常。
pub const INTERNALERROR_FTPERROR: &str = "InternalError.FtpError";

/// Http请求异常。
pub const INTERNALERROR_HTTPERROR: &str = "InternalError.HttpError";

/// 请求失败。
pub const INTERNALERROR_HTTPREQUESTERROR: &str = "InternalError.HttpRequestError";

/// 导入失败。
pub const INTERNALERROR_IMPORTERROR: &str = "InternalError.ImportError";

/// 内部服务错误。
pub const INTERNALERROR_INNERCOMMONERROR: &str = "InternalError.InnerCommonError";

/// 内部服务异常，请您联系客服进行处理。
pub const INTERNALERROR_INTERNALASSERTERROR: &str = "InternalError.InternalAssertError";

/// 请求执行异常。
pub const INTERNALERROR_INTERNALHTTPSERVERERROR: &str = "InternalError.InternalHttpServerError";

/// 内部服务异常，请稍后重试
pub const INTERNALERROR_INTERNALINNERSERVICEERROR: &str = "InternalError.InternalInnerServiceError";

/// 后台请求服务失败，请稍后重试。
pub const INTERNALERROR_INTERNALREQUESTERROR: &str = "InternalError.InternalRequestError";

/// 访问内部服务错误。
pub const INTERNALERROR_INTERNALSERVICEERRORERR: &str = "InternalError.InternalServiceErrorErr";

/// json解析失败。
pub const INTERNALERROR_JSONERROR: &str = "InternalError.JSONError";

/// 开通加密失败。
pub const INTERNALERROR_KMSERROR: &str = "InternalError.KmsError";

/// 网络错误。
pub const INTERNALERROR_NETWORKERROR: &str = "InternalError.NetworkError";

/// 高可用版服务错误。
pub const INTERNALERROR_OSSERROR: &str = "InternalError.OssError";

/// 参数错误。
pub const INTERNALERROR_PARAMERROR: &str = "InternalError.ParamError";

/// 正则表达式编译错误。
pub const INTERNALERROR_REGEXPCOMPILEERROR: &str = "InternalError.RegexpCompileError";

/// 资源不匹配。
pub const INTERNALERROR_RESOURCENOTMATCH: &str = "InternalError.ResourceNotMatch";

/// 资源不唯一。
pub const INTERNALERROR_RESOURCENOTUNIQUE: &str = "InternalError.ResourceNotUnique";

/// 安全组错误。
pub const INTERNALERROR_SECURITYGROUPERROR: &str = "InternalError.SecurityGroupError";

/// 系统内部错误。
pub const INTERNALERROR_SERVERERROR: &str = "InternalError.ServerError";

/// 内部服务异常。
pub const INTERNALERROR_SERVICEERROR: &str = "InternalError.ServiceError";

/// 更改tag失败，请稍后重试。
pub const INTERNALERROR_TAGERROR: &str = "InternalError.TagError";

/// 任务异常。
pub const INTERNALERROR_TASKERROR: &str = "InternalError.TaskError";

/// 异步任务错误。
pub const INTERNALERROR_TASKFRAMEERROR: &str = "InternalError.TaskFrameError";

/// 时间窗错误。
pub const INTERNALERROR_TIMEWINDOWERROR: &str = "InternalError.TimeWindowError";

/// 交易系统错误。
pub const INTERNALERROR_TRADEERROR: &str = "InternalError.TradeError";

/// 开启事务失败
pub const INTERNALERROR_TRANSACTIOBEGINERROR: &str = "InternalError.TransactioBeginError";

/// 操作失败。
pub const INTERNALERROR_TRANSACTIONBEGINERROR: &str = "InternalError.TransactionBeginError";

/// 未知错误。
pub const INTERNALERROR_UNDEFINEDERROR: &str = "InternalError.UndefinedError";

/// 未知错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 私有网络或子网错误。
pub const INTERNALERROR_VPCERROR: &str = "InternalError.VpcError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 账号描述信息包含特殊字符。
pub const INVALIDPARAMETERVALUE_ACCOUNTDESCRIPTIONCHARACTERERROR: &str =
    "InvalidParameterValue.AccountDescriptionCharacterError";

/// 账号描述信息长度超过255个字符。
pub const INVALIDPARAMETERVALUE_ACCOUNTDESCRIPTIONLENGTHERROR: &str =
    "InvalidParameterValue.AccountDescriptionLengthError";

/// 账号主机参数规则错误。
pub const INVALIDPARAMETERVALUE_ACCOUNTHOSTRULEERROR: &str =
    "InvalidParameterValue.AccountHostRuleError";

/// 账号密码中包含无效的字符。
pub const INVALIDPARAMETERVALUE_ACCOUNTPASSWORDCHARACTERERROR: &str =
    "InvalidParameterValue.AccountPasswordCharacterError";

/// 账号密码不符合长度。
pub const INVALIDPARAMETERVALUE_ACCOUNTPASSWORDLENGTHERROR: &str =
    "InvalidParameterValue.AccountPasswordLengthError";

/// 密码规则错误，至少包含字母、数字和字符（_+-&=!@#$%^*()）中的两种，长度为8-64个字符。
pub const INVALIDPARAMETERVALUE_ACCOUNTPASSWORDRULEERROR: &str =
    "InvalidParameterValue.AccountPasswordRuleError";

/// 数据转换失败。
pub const INVALIDPARAMETERVALUE_DATACONVERTERROR: &str = "InvalidParameterValue.DataConvertError";

/// 参数值无效。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 账号用户名规则错误。
pub const INVALIDPARAMETERVALUE_USERNAMERULEERROR: &str = "InvalidParameterValue.UserNameRuleError";

/// 账号信息不存在。
pub const INVALIDPARAMETERVALUE_USERNOTEXISTERROR: &str = "InvalidParameterValue.UserNotExistError";

/// 未找到root账号信息。
pub const INVALIDPARAMETERVALUE_VERIFYACCOUNTNOROOTERROR: &str =
    "InvalidParameterValue.VerifyAccountNoRootError";

/// 账号密码无效。
pub const INVALIDPARAMETERVALUE_VERIFYACCOUNTPASSWORDERROR: &str =
    "InvalidParameterValue.VerifyAccountPasswordError";

/// 账号无GRANT权限。
pub const INVALIDPARAMETERVALUE_VERIFYACCOUNTPRIVERROR: &str =
    "InvalidParameterValue.VerifyAccountPrivError";

/// 未找到该接口。
pub const INVALIDPARAMETER_CONTROLLERNOTFOUNDERROR: &str =
    "InvalidParameter.ControllerNotFoundError";

/// 置放群组下存在资源。
pub const INVALIDPARAMETER_DEPLOYGROUPNOTEMPTY: &str = "InvalidParameter.DeployGroupNotEmpty";

/// 异常参数。
pub const INVALIDPARAMETER_EXCEPTIONPARAM: &str = "InvalidParameter.ExceptionParam";

/// 未找到该实例。
pub const INVALIDPARAMETER_INSTANCENAMENOTFOUND: &str = "InvalidParameter.InstanceNameNotFound";

/// 实例不存在。
pub const INVALIDPARAMETER_INSTANCENOTFOUND: &str = "InvalidParameter.InstanceNotFound";

/// 异步任务不存在。
pub const INVALIDPARAMETER_INVALIDASYNCREQUESTID: &str = "InvalidParameter.InvalidAsyncRequestId";

/// 非法的名称。
pub const INVALIDPARAMETER_INVALIDNAME: &str = "InvalidParameter.InvalidName";

/// 无效的参数值。
pub const INVALIDPARAMETER_INVALIDPARAMETERERROR: &str = "InvalidParameter.InvalidParameterError";

/// Json反序列化错误。
pub const INVALIDPARAMETER_JSONUNMARSHALERROR: &str = "InvalidParameter.JsonUnmarshalError";

/// 超出置放群组资源数量配额。
pub const INVALIDPARAMETER_OVERDEPLOYGROUPQUOTA: &str = "InvalidParameter.OverDeployGroupQuota";

/// 资源已存在。
pub const INVALIDPARAMETER_RESOURCEEXISTS: &str = "InvalidParameter.ResourceExists";

/// 资源不存在。
pub const INVALIDPARAMETER_RESOURCENOTEXISTS: &str = "InvalidParameter.ResourceNotExists";

/// 未找到相关资源。
pub const INVALIDPARAMETER_RESOURCENOTFOUND: &str = "InvalidParameter.ResourceNotFound";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺失账号相关参数。
pub const MISSINGPARAMETER_ACCOUNTMISSINGPARAMETERERROR: &str =
    "MissingParameter.AccountMissingParameterError";

/// 缺少必要参数。
pub const MISSINGPARAMETER_MISSINGPARAMERROR: &str = "MissingParameter.MissingParamError";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 云账号权限不足，不支持该操作。
pub const OPERATIONDENIED_ACCOUNTOPERATIONDENIED: &str = "OperationDenied.AccountOperationDenied";

/// 实例正在执行其他任务。
pub const OPERATIONDENIED_ACTIONINPROCESS: &str = "OperationDenied.ActionInProcess";

/// 不支持的操作。
pub const OPERATIONDENIED_ACTIONNOTSUPPORT: &str = "OperationDenied.ActionNotSupport";

/// 已开启安全审计，至少保留一个全审计。
pub const OPERATIONDENIED_ATLEASTALLRULEAUDITPOLICYERROR: &str =
    "OperationDenied.AtLeastAllRuleAuditPolicyError";

/// 至少保留一个审计策略。
pub const OPERATIONDENIED_ATLEASTAUDITPOLICYERROR: &str = "OperationDenied.AtLeastAuditPolicyError";

/// 审计日志文件数超过最大限制数。
pub const OPERATIONDENIED_AUDITFILEOVERQUOTAERROR: &str = "OperationDenied.AuditFileOverQuotaError";

/// 审计策略冲突。
pub const OPERATIONDENIED_AUDITPOLICYCONFLICTERROR: &str =
    "OperationDenied.AuditPolicyConflictError";

/// 审计策略已存在。
pub const OPERATIONDENIED_AUDITPOLICYEXISTERROR: &str = "OperationDenied.AuditPolicyExistError";

/// 审计策略不存在。
pub const OPERATIONDENIED_AUDITPOLICYNOTEXISTERROR: &str =
    "OperationDenied.AuditPolicyNotExistError";

/// 审计策略数量超限。
pub const OPERATIONDENIED_AUDITPOLICYOVERQUOTAERROR: &str =
    "OperationDenied.AuditPolicyOverQuotaError";

/// 审计规则删除失败。
pub const OPERATIONDENIED_AUDITRULEDELETEERROR: &str = "OperationDenied.AuditRuleDeleteError";

/// 审计规则已存在。
pub const OPERATIONDENIED_AUDITRULEEXISTERROR: &str = "OperationDenied.AuditRuleExistError";

/// 审计规则已绑定。
pub const OPERATIONDENIED_AUDITRULEHASBIND: &str = "OperationDenied.AuditRuleHasBind";

/// 审计规则不存在。
pub const OPERATIONDENIED_AUDITRULENOTEXISTERROR: &str = "OperationDenied.AuditRuleNotExistError";

/// 审计状态异常。
pub const OPERATIONDENIED_AUDITSTATUSERROR: &str = "OperationDenied.AuditStatusError";

/// 审计任务冲突。
pub const OPERATIONDENIED_AUDITTASKCONFLICTERROR: &str = "OperationDenied.AuditTaskConflictError";

/// 当前RO组有RO实例处于非法状态，不允许执行当前操作。
pub const OPERATIONDENIED_CONFLICTROSTATUS: &str = "OperationDenied.ConflictRoStatus";

/// 当前只读组配置正在变更中，请勿重复发起请求。
pub const OPERATIONDENIED_CONFLICTSTATUS: &str = "OperationDenied.ConflictStatus";

/// 已开通安全审计,不支持规则审计。
pub const OPERATIONDENIED_DBBRAINPOLICYCONFLICT: &str = "OperationDenied.DBBrainPolicyConflict";

/// 延迟复制正在运行，不允许执行操作。
pub const OPERATIONDENIED_DELAYREPLICATIONRUNNING: &str = "OperationDenied.DelayReplicationRunning";

/// root账号禁止被删除。
pub const OPERATIONDENIED_DELETEROOTACCOUNTERROR: &str = "OperationDenied.DeleteRootAccountError";

/// 流程冲突，请稍后重试。
pub const OPERATIONDENIED_FLOWCONFLICT: &str = "OperationDenied.FlowConflict";

/// 该实例无此功能权限。
pub const OPERATIONDENIED_FUNCTIONDENIED: &str = "OperationDenied.FunctionDenied";

/// 实例锁冲突，请稍后重试。
pub const OPERATIONDENIED_INSTANCELOCKERCONFLICT: &str = "OperationDenied.InstanceLockerConflict";

/// 实例日志状态异常,稍后重试
pub const OPERATIONDENIED_INSTANCELOGSTATUSERROR: &str = "OperationDenied.InstanceLogStatusError";

/// 实例状态异常。
pub const OPERATIONDENIED_INSTANCESTATUSERROR: &str = "OperationDenied.InstanceStatusError";

/// 当前实例正在进行其他任务，不能执行延迟复制。
pub const OPERATIONDENIED_INSTANCETASKRUNNING: &str = "OperationDenied.InstanceTaskRunning";

/// 实例任务状态异常。
pub const OPERATIONDENIED_INSTANCETASKSTATUSERROR: &str = "OperationDenied.InstanceTaskStatusError";

/// 实例不支持该操作。
pub const OPERATIONDENIED_INSTANCEUNSUPPORTEDOPERATEERROR: &str =
    "OperationDenied.InstanceUnsupportedOperateError";

/// 当前类型实例不支持该操作。
pub const OPERATIONDENIED_INSTTYPENOTSUPPORT: &str = "OperationDenied.InstTypeNotSupport";

/// 修改审计状态失败。
pub const OPERATIONDENIED_MODIFYAUDITSTATUSERROR: &str = "OperationDenied.ModifyAuditStatusError";

/// 基础版实例不支持当前操作（功能）。
pub const OPERATIONDENIED_NOTSUPPORTBASIC: &str = "OperationDenied.NotSupportBasic";

/// 不支持修改本地root账号host信息。
pub const OPERATIONDENIED_NOTSUPPORTMODIFYLOCALROOTHOSTERROR: &str =
    "OperationDenied.NotSupportModifyLocalRootHostError";

/// 操作拒绝。
pub const OPERATIONDENIED_OPERATIONDENIEDERROR: &str = "OperationDenied.OperationDeniedError";

/// 当前有其他订单正在处于下单过程中，请稍后重试。
pub const OPERATIONDENIED_OTHERODERINPROCESS: &str = "OperationDenied.OtherOderInProcess";

/// 资源配额超限。
pub const OPERATIONDENIED_OVERQUOTA: &str = "OperationDenied.OverQuota";

/// 代理地址超限。
pub const OPERATIONDENIED_PROXYADDRESSLIMITERROR: &str = "OperationDenied.ProxyAddressLimitError";

/// 代理地址未找到。
pub const OPERATIONDENIED_PROXYADDRESSNOTFUND: &str = "OperationDenied.ProxyAddressNotFund";

/// 代理节点超限。
pub const OPERATIONDENIED_PROXYNODECOUNTLIMITERROR: &str =
    "OperationDenied.ProxyNodeCountLimitError";

/// 数据库代理升级任务中，不允许该操作。
pub const OPERATIONDENIED_PROXYUPGRADETASKSTATUSERROR: &str =
    "OperationDenied.ProxyUpgradeTaskStatusError";

/// 查询审计日志失败。
pub const OPERATIONDENIED_QUERYAUDITLOGSERROR: &str = "OperationDenied.QueryAuditLogsError";

/// 资源未找到。
pub const OPERATIONDENIED_RESOURCENOTFOUNDERROR: &str = "OperationDenied.ResourceNotFoundError";

/// 资源未找到。
pub const OPERATIONDENIED_RESOURCENOTFUNDERROR: &str = "OperationDenied.ResourceNotFundError";

/// 结果集超过限制，请缩小检索范围。
pub const OPERATIONDENIED_RESULTOVERLIMIT: &str = "OperationDenied.ResultOverLimit";

/// 腾讯云子账号权限不足，不允许执行当前操作。
pub const OPERATIONDENIED_SUBACCOUNTOPERATIONDENIED: &str =
    "OperationDenied.SubAccountOperationDenied";

/// 不支持创建代理地址。
pub const OPERATIONDENIED_UNSUPPORTCREATEADDRESSERROR: &str =
    "OperationDenied.UnsupportCreateAddressError";

/// 不支持开通审计。
pub const OPERATIONDENIED_UNSUPPORTOPENAUDITERROR: &str = "OperationDenied.UnsupportOpenAuditError";

/// 该实例暂不支持退款。
pub const OPERATIONDENIED_UNSUPPORTREFUNDERROR: &str = "OperationDenied.UnSupportRefundError";

/// 用户没有该策略权限。
pub const OPERATIONDENIED_USERHASNOSTRATEGY: &str = "OperationDenied.UserHasNoStrategy";

/// 密码错误或校验未通过。
pub const OPERATIONDENIED_WRONGPASSWORD: &str = "OperationDenied.WrongPassword";

/// 后端任务状态非法。
pub const OPERATIONDENIED_WRONGSTATUS: &str = "OperationDenied.WrongStatus";

/// 超限错误。
pub const OVERQUOTA: &str = "OverQuota";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 未找到数据库实例，请确认您的实例状态是否正常。
pub const RESOURCENOTFOUND_CDBINSTANCENOTFOUNDERROR: &str =
    "ResourceNotFound.CdbInstanceNotFoundError";

/// 该实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUNDERROR: &str = "ResourceNotFound.InstanceNotFoundError";

/// 该实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFUNDERROR: &str = "ResourceNotFound.InstanceNotFundError";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 认证失败，没有足够权限。
pub const UNAUTHORIZEDOPERATION_NOTENOUGHPRIVILEGES: &str =
    "UnauthorizedOperation.NotEnoughPrivileges";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 非强隔离实例不支持当前操作。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTNORMALINSTANCE: &str =
    "UnsupportedOperation.NotSupportNormalInstance";

/// 权限不支持。
pub const UNSUPPORTEDOPERATION_PRIVILEGESUNSUPPORTEDERROR: &str =
    "UnsupportedOperation.PrivilegesUnsupportedError";
