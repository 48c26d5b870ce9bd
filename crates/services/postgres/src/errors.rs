//! Error codes of `postgres`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_postgres::errors::ACCOUNTNOTEXIST) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 当前账号不存在。
pub const ACCOUNTNOTEXIST: &str = "AccountNotExist";

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 鉴权失败。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 后台DB执行错误。
pub const DBERROR: &str = "DBError";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 申请资源标签的配额失败。
pub const FAILEDOPERATION_ALLOCATEQUOTASERROR: &str = "FailedOperation.AllocateQuotasError";

/// 访问基础网络服务失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_BASENETWORKACCESSERROR: &str = "FailedOperation.BaseNetworkAccessError";

/// CAM鉴权失败。
pub const FAILEDOPERATION_CAMAUTHFAILED: &str = "FailedOperation.CamAuthFailed";

/// 获取权限失败，请稍后重试。如果持续不成功，请联系客服进行处理。。
pub const FAILEDOPERATION_CAMCHECKRESOURCEERROR: &str = "FailedOperation.CamCheckResourceError";

/// CAM资源检查失败。
pub const FAILEDOPERATION_CAMCHECKRESOURCEFAILED: &str = "FailedOperation.CamCheckResourceFailed";

/// 鉴权失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_CAMSIGANDAUTHERROR: &str = "FailedOperation.CamSigAndAuthError";

/// 获取项目信息失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_CDBCGWCONNECTERROR: &str = "FailedOperation.CdbCgwConnectError";

/// 检查数据库账号状态错误：账号已开启CAM验证，不支持当前操作。
pub const FAILEDOPERATION_CHECKACCOUNTCAMCLOSEERROR: &str =
    "FailedOperation.CheckAccountCAMCloseError";

/// 检查数据库账号状态错误：账号未开启CAM验证，不支持当前操作。
pub const FAILEDOPERATION_CHECKACCOUNTCAMOPENERROR: &str =
    "FailedOperation.CheckAccountCAMOpenError";

/// 访问CMQ失败。
pub const FAILEDOPERATION_CMQRESPONSEERROR: &str = "FailedOperation.CMQResponseError";

/// 不支持新增基础网络。
pub const FAILEDOPERATION_CREATEBASICNETWORKDENIEDERROR: &str =
    "FailedOperation.CreateBasicNetworkDeniedError";

/// 创建续费订单失败。
pub const FAILEDOPERATION_CREATEORDERFAILED: &str = "FailedOperation.CreateOrderFailed";

/// 管控元数据库访问失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_DATABASEACCESSERROR: &str = "FailedOperation.DatabaseAccessError";

/// 数据操作失败，请联系客服进行处理。
pub const FAILEDOPERATION_DATABASEAFFECTEDERROR: &str = "FailedOperation.DatabaseAffectedError";

/// 数据库访问失败。
pub const FAILEDOPERATION_DBERROR: &str = "FailedOperation.DBError";

/// VPC删除路由失败。
pub const FAILEDOPERATION_DELETEALLROUTE: &str = "FailedOperation.DeleteAllRoute";

/// 资源解绑项目失败。
pub const FAILEDOPERATION_DELETERESOURCEPROJECTTAGERROR: &str =
    "FailedOperation.DeleteResourceProjectTagError";

/// 资源解绑标签失败。
pub const FAILEDOPERATION_DELETERESOURCESTOTAGERROR: &str =
    "FailedOperation.DeleteResourcesToTagError";

/// ES访问失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_ESCONNECTERROR: &str = "FailedOperation.ESConnectError";

/// ES查询失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_ESQUERYERROR: &str = "FailedOperation.ESQueryError";

/// 操作失败，请稍后重试。
pub const FAILEDOPERATION_FAILEDOPERATIONERROR: &str = "FailedOperation.FailedOperationError";

/// 创建流程失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_FLOWCREATEERROR: &str = "FailedOperation.FlowCreateError";

/// 查询实例信息失败，请稍后重试。
pub const FAILEDOPERATION_GETINSTANCEBYRESOURCEIDERROR: &str =
    "FailedOperation.GetInstanceByResourceIdError";

/// 获取购买记录失败。
pub const FAILEDOPERATION_GETPURCHASERECORDFAILED: &str = "FailedOperation.GetPurchaseRecordFailed";

/// 获取VPC子网失败。
pub const FAILEDOPERATION_GETSUBNETERROR: &str = "FailedOperation.GetSubnetError";

/// 获取VPC信息失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_GETVPCINFOERROR: &str = "FailedOperation.GetVpcInfoError";

/// 只读实例数目非法。
pub const FAILEDOPERATION_ILLEGALROINSTANCENUM: &str = "FailedOperation.IllegalROInstanceNum";

/// 当前账号状态不正确，不允许操作。
pub const FAILEDOPERATION_INVALIDACCOUNTSTATUS: &str = "FailedOperation.InvalidAccountStatus";

/// 计费相关错误，不允许对当前实例进行对应的新购/续费/配置变更操作。
pub const FAILEDOPERATION_INVALIDTRADEOPERATE: &str = "FailedOperation.InvalidTradeOperate";

/// 实例被限制操作。
pub const FAILEDOPERATION_LIMITOPERATION: &str = "FailedOperation.LimitOperation";

/// 查询主实例信息失败。
pub const FAILEDOPERATION_MASTERINSTANCEQUERYERROR: &str =
    "FailedOperation.MasterInstanceQueryError";

/// 实例配置变更失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_MODIFYRESOURCEERROR: &str = "FailedOperation.ModifyResourceError";

/// 修改只读组配置失败。
pub const FAILEDOPERATION_MODIFYROGROUPERROR: &str = "FailedOperation.ModifyROGroupError";

/// 不符合资源所拥有的网络数量要求。
pub const FAILEDOPERATION_NETWORKNUMLIMITERROR: &str = "FailedOperation.NetworkNumLimitError";

/// 实例无可用备机
pub const FAILEDOPERATION_NOAVAILABLESTANDBY: &str = "FailedOperation.NoAvailableStandby";

/// 操作超过频率限制，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_OPERATEFREQUENCYLIMITEDERROR: &str =
    "FailedOperation.OperateFrequencyLimitedError";

/// 访问管控服务失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_OSSACCESSERROR: &str = "FailedOperation.OssAccessError";

/// 请求后端接口失败。
pub const FAILEDOPERATION_OSSOPERATIONFAILED: &str = "FailedOperation.OssOperationFailed";

/// 支付订单失败。
pub const FAILEDOPERATION_PAYORDERFAILED: &str = "FailedOperation.PayOrderFailed";

/// 按量计费实例账户解冻结失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_POSTPAIDUNBLOCKERROR: &str = "FailedOperation.PostPaidUnblockError";

/// 操作预检查失败。
pub const FAILEDOPERATION_PRECHECKERROR: &str = "FailedOperation.PreCheckError";

/// 获取预签名授权URL错误。
pub const FAILEDOPERATION_PRESIGNEDURLGETERROR: &str = "FailedOperation.PresignedURLGetError";

/// 查询订单信息失败。
pub const FAILEDOPERATION_QUERYDEALFAILED: &str = "FailedOperation.QueryDealFailed";

/// 批量获取实例信息失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_QUERYINSTANCEBATCHERROR: &str = "FailedOperation.QueryInstanceBatchError";

/// 查询价格失败。
pub const FAILEDOPERATION_QUERYPRICEFAILED: &str = "FailedOperation.QueryPriceFailed";

/// 查询规格信息失败。
pub const FAILEDOPERATION_QUERYSPECBYSPECCODEERROR: &str =
    "FailedOperation.QuerySpecBySpecCodeError";

/// 查询规格信息失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_QUERYSPECERROR: &str = "FailedOperation.QuerySpecError";

/// 查询订单交易状态失败。
pub const FAILEDOPERATION_QUERYTRADESTATUSERROR: &str = "FailedOperation.QueryTradeStatusError";

/// 查询VPC失败。
pub const FAILEDOPERATION_QUERYVPCFAILED: &str = "FailedOperation.QueryVpcFailed";

/// 获取VPC详情失败。
pub const FAILEDOPERATION_QUERYVPCFALIED: &str = "FailedOperation.QueryVpcFalied";

/// 只读组还有实例，该只读组不允许删除。
pub const FAILEDOPERATION_ROGROUPCANNOTBEDELETEDERROR: &str =
    "FailedOperation.ROGroupCannotBeDeletedError";

/// 只读组主实例信息不匹配。
pub const FAILEDOPERATION_ROGROUPMASTERINSTANCENOTRIGHT: &str =
    "FailedOperation.ROGroupMasterInstanceNotRight";

/// 只读组不存在。
pub const FAILEDOPERATION_ROGROUPNOTFOUNDERROR: &str = "FailedOperation.ROGroupNotFoundError";

/// 只读组数量已经达到上限值。
pub const FAILEDOPERATION_ROGROUPNUMEXCEEDERROR: &str = "FailedOperation.ROGroupNumExceedError";

/// 只读实例已在其他只读组。
pub const FAILEDOPERATION_ROINSTANCEHASINROGROUPERROR: &str =
    "FailedOperation.ROInstanceHasInROGroupError";

/// Serverless实例不支持此操作。
pub const FAILEDOPERATION_SERVERLESSNOTSUPPORTEDERROR: &str =
    "FailedOperation.ServerlessNotSupportedError";

/// 访问内部服务失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_SERVICEACCESSERROR: &str = "FailedOperation.ServiceAccessError";

/// 设置自动续费标记失败。
pub const FAILEDOPERATION_SETAUTORENEWFLAGERROR: &str = "FailedOperation.SetAutoRenewFlagError";

/// 实例升配时，存储或内存需要高于原实例规格。
pub const FAILEDOPERATION_STORAGEMEMORYCHECKERROR: &str = "FailedOperation.StorageMemoryCheckError";

/// 存储路径格式不正确。
pub const FAILEDOPERATION_STOREPATHSPLITERROR: &str = "FailedOperation.StorePathSplitError";

/// 访问计费平台失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_TRADEACCESSERROR: &str = "FailedOperation.TradeAccessError";

/// 请求计费平台创建订单失败。
pub const FAILEDOPERATION_TRADECREATEERROR: &str = "FailedOperation.TradeCreateError";

/// 请求支付订单失败。
pub const FAILEDOPERATION_TRADEPAYORDERSERROR: &str = "FailedOperation.TradePayOrdersError";

/// 查询订单信息失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_TRADEQUERYORDERERROR: &str = "FailedOperation.TradeQueryOrderError";

/// 获取价格信息失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_TRADEQUERYPRICEERROR: &str = "FailedOperation.TradeQueryPriceError";

/// 资源修改标签失败。
pub const FAILEDOPERATION_UPDATERESOURCEPROJECTTAGVALUEERROR: &str =
    "FailedOperation.UpdateResourceProjectTagValueError";

/// VPC设置失败。
pub const FAILEDOPERATION_VPCRESETSERVICEERROR: &str = "FailedOperation.VPCResetServiceError";

/// VPC更新路由失败。
pub const FAILEDOPERATION_VPCUPDATEROUTEERROR: &str = "FailedOperation.VPCUpdateRouteError";

/// 查询白名单失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_WHITELISTCONNECTERROR: &str = "FailedOperation.WhitelistConnectError";

/// 流程创建失败。
pub const FLOWERROR: &str = "FlowError";

/// 当前实例不存在。
pub const INSTANCENOTEXIST: &str = "InstanceNotExist";

/// ACTION输入错误。
pub const INTERFACENAMENOTFOUND: &str = "InterfaceNameNotFound";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// CGW相关错误。
pub const INTERNALERROR_CGWERROR: &str = "InternalError.CgwError";

/// 基础网络相关错误。
pub const INTERNALERROR_CNSERROR: &str = "InternalError.CnsError";

/// 数据库访问异常，请检查连接后重试
pub const INTERNALERROR_DATABASEACCESSERROR: &str = "InternalError.DatabaseAccessError";

/// 后台DB执行错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// DFW相关错误。
pub const INTERNALERROR_DFWERROR: &str = "InternalError.DfwError";

/// 流程创建失败。
pub const INTERNALERROR_FLOWERROR: &str = "InternalError.FlowError";

/// 服务异常，请稍后重试。
pub const INTERNALERROR_HTTPERROR: &str = "InternalError.HttpError";

/// 管控系统元数据访问异常，请联系客服处理。
pub const INTERNALERROR_INSTANCEDATAERROR: &str = "InternalError.InstanceDataError";

/// 请求执行异常。
pub const INTERNALERROR_INTERNALHTTPSERVERERROR: &str = "InternalError.InternalHttpServerError";

/// Json数据解析失败，请联系客服进行处理。
pub const INTERNALERROR_JSONPARSEERROR: &str = "InternalError.JsonParseError";

/// 查询实例不存在
pub const INTERNALERROR_LISTINSTANCESERROR: &str = "InternalError.ListInstancesError";

/// 后台数据解析失败，请联系客服进行处理。
pub const INTERNALERROR_MARSHALERROR: &str = "InternalError.MarshalError";

/// 系统错误。出现这种错误时，请联系客服支持。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 开启事务失败。
pub const INTERNALERROR_TRANSACTIOBEGINERROR: &str = "InternalError.TransactioBeginError";

/// 其他未知错误。出现这种错误时，请联系客服支持。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// VPC相关错误。
pub const INTERNALERROR_VPCERROR: &str = "InternalError.VpcError";

/// 账号密码不正确。
pub const INVALIDACCOUNTPASSWORD: &str = "InvalidAccountPassword";

/// 当前账号状态不正确，不允许操作。
pub const INVALIDACCOUNTSTATUS: &str = "InvalidAccountStatus";

/// 实例状态错误。
pub const INVALIDINSTANCESTATUS: &str = "InvalidInstanceStatus";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 当前账号已存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTEXIST: &str = "InvalidParameterValue.AccountExist";

/// 当前账号不存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTNOTEXIST: &str = "InvalidParameterValue.AccountNotExist";

/// 账号不存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTNOTEXISTERROR: &str =
    "InvalidParameterValue.AccountNotExistError";

/// 当前实例所要扩容的规格目前不售卖。
pub const INVALIDPARAMETERVALUE_BADSPEC: &str = "InvalidParameterValue.BadSpec";

/// 参数值无效
pub const INVALIDPARAMETERVALUE_BIZINVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.BizInvalidParameterValueError";

/// 数据库字符集错误。
pub const INVALIDPARAMETERVALUE_CHARSETNOTFOUNDERROR: &str =
    "InvalidParameterValue.CharsetNotFoundError";

/// 数据格式转换失败，请联系客服处理。
pub const INVALIDPARAMETERVALUE_DATACONVERTERROR: &str = "InvalidParameterValue.DataConvertError";

/// 解密密码失败，请确认密码加密是否正确。
pub const INVALIDPARAMETERVALUE_DECRYPTPASSWORDFAILED: &str =
    "InvalidParameterValue.DecryptPasswordFailed";

/// 不支持的计费类型。
pub const INVALIDPARAMETERVALUE_ILLEGALCHARGETYPE: &str = "InvalidParameterValue.IllegalChargeType";

/// 计费模式错误。
pub const INVALIDPARAMETERVALUE_ILLEGALINSTANCECHARGETYPE: &str =
    "InvalidParameterValue.IllegalInstanceChargeType";

/// 非法ProjectId。
pub const INVALIDPARAMETERVALUE_ILLEGALPROJECTID: &str = "InvalidParameterValue.IllegalProjectId";

/// 非法的Region参数。
pub const INVALIDPARAMETERVALUE_ILLEGALREGION: &str = "InvalidParameterValue.IllegalRegion";

/// 非法的Zone参数。
pub const INVALIDPARAMETERVALUE_ILLEGALZONE: &str = "InvalidParameterValue.IllegalZone";

/// 当前实例不存在。
pub const INVALIDPARAMETERVALUE_INSTANCENOTEXIST: &str = "InvalidParameterValue.InstanceNotExist";

/// ACTION输入错误。
pub const INVALIDPARAMETERVALUE_INTERFACENAMENOTFOUND: &str =
    "InvalidParameterValue.InterfaceNameNotFound";

/// 账号设置无效，请遵循账号命名规则：账号名需要1-16个字符，只能由字母、数字或下划线组成；不能为postgres；不能由数字和pg_开头；所有规则均不区分大小写。
pub const INVALIDPARAMETERVALUE_INVALIDACCOUNTERROR: &str =
    "InvalidParameterValue.InvalidAccountError";

/// 账号格式不正确。
pub const INVALIDPARAMETERVALUE_INVALIDACCOUNTFORMAT: &str =
    "InvalidParameterValue.InvalidAccountFormat";

/// 当前账号名称不允许是保留字符。
pub const INVALIDPARAMETERVALUE_INVALIDACCOUNTNAME: &str =
    "InvalidParameterValue.InvalidAccountName";

/// 账号设置无效，请遵循账号命名规则：账号名需要1-16个字符，只能由字母、数字或下划线组成；不能为postgres；不能由数字、pg_及tencentdb_开头；所有规则均不区分大小写。
pub const INVALIDPARAMETERVALUE_INVALIDACCOUNTNAMEERROR: &str =
    "InvalidParameterValue.InvalidAccountNameError";

/// 账号无效，请遵循账号命名规则：由字母（a-z, A-Z）、数字（0-9）、下划线（_）组成，以字母或（_）开头，最多63个字符。不能使用系统保留关键字，不能为postgres，且不能由pg_或tencentdb_开头。
pub const INVALIDPARAMETERVALUE_INVALIDACCOUNTNAMEFORMATERROR: &str =
    "InvalidParameterValue.InvalidAccountNameFormatError";

/// 数据库字符集错误，当前只支持UTF8、LATIN1。
pub const INVALIDPARAMETERVALUE_INVALIDCHARSET: &str = "InvalidParameterValue.InvalidCharset";

/// 数据库名称无效，请遵循命名规则：由字母（a-z, A-Z）、数字（0-9）、下划线（_）组成，以字母或（_）开头，最多63个字符。不能使用系统保留关键字。
pub const INVALIDPARAMETERVALUE_INVALIDDATABASENAMEFORMATERROR: &str =
    "InvalidParameterValue.InvalidDatabaseNameFormatError";

/// 当前仅支持操作名称为英文、下划线、数字及特殊符号[]组成的数据库对象，函数及存储过程额外支持三个特殊符号(,)
pub const INVALIDPARAMETERVALUE_INVALIDDATABASEOBJECTNAME: &str =
    "InvalidParameterValue.InvalidDatabaseObjectName";

/// 购买实例数超过限制。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCENUM: &str =
    "InvalidParameterValue.InvalidInstanceNum";

/// 扩容后的实例规格不能小于当前实例规格。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCEVOLUME: &str =
    "InvalidParameterValue.InvalidInstanceVolume";

/// 计费相关错误，订单类型ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDORDERNUM: &str = "InvalidParameterValue.InvalidOrderNum";

/// 参数值有误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 密码格式不正确。
pub const INVALIDPARAMETERVALUE_INVALIDPASSWORDFORMAT: &str =
    "InvalidParameterValue.InvalidPasswordFormat";

/// 密码设置无效，长度不满足规则。
pub const INVALIDPARAMETERVALUE_INVALIDPASSWORDLENGTHERROR: &str =
    "InvalidParameterValue.InvalidPasswordLengthError";

/// 密码设置无效，不能以“/”开头，必须包含大写字母、小写字母、符号()`~!@#$%^&*-+=_|{}[]:;'<>,.?/和数字。
pub const INVALIDPARAMETERVALUE_INVALIDPASSWORDVALUEERROR: &str =
    "InvalidParameterValue.InvalidPasswordValueError";

/// PID参数输入错误。
pub const INVALIDPARAMETERVALUE_INVALIDPID: &str = "InvalidParameterValue.InvalidPid";

/// 只读实例组状态错误。
pub const INVALIDPARAMETERVALUE_INVALIDREADONLYGROUPSTATUS: &str =
    "InvalidParameterValue.InvalidReadOnlyGroupStatus";

/// 无效地域。
pub const INVALIDPARAMETERVALUE_INVALIDREGIONIDERROR: &str =
    "InvalidParameterValue.InvalidRegionIdError";

/// 无效的可用区。
pub const INVALIDPARAMETERVALUE_INVALIDZONEIDERROR: &str =
    "InvalidParameterValue.InvalidZoneIdError";

/// 输入订单名为空。
pub const INVALIDPARAMETERVALUE_NULLDEALNAMES: &str = "InvalidParameterValue.NullDealNames";

/// 参数无效，只允许英文字母、数字、下划线、中划线，以及全体汉字。
pub const INVALIDPARAMETERVALUE_PARAMETERCHARACTERERROR: &str =
    "InvalidParameterValue.ParameterCharacterError";

/// 参数不满足规则，请修改后重试。
pub const INVALIDPARAMETERVALUE_PARAMETERCHARACTERLIMITERROR: &str =
    "InvalidParameterValue.ParameterCharacterLimitError";

/// 参数处理失败，请检参数值设置是否有效。
pub const INVALIDPARAMETERVALUE_PARAMETERHANDLEERROR: &str =
    "InvalidParameterValue.ParameterHandleError";

/// 参数长度超过限制。
pub const INVALIDPARAMETERVALUE_PARAMETERLENGTHLIMITERROR: &str =
    "InvalidParameterValue.ParameterLengthLimitError";

/// 参数超出可设置范围
pub const INVALIDPARAMETERVALUE_PARAMETEROUTOFRANGE: &str =
    "InvalidParameterValue.ParameterOutOfRange";

/// 存在无效的参数值。
pub const INVALIDPARAMETERVALUE_PARAMETEROUTRANGEERROR: &str =
    "InvalidParameterValue.ParameterOutRangeError";

/// 参数值超过上限。
pub const INVALIDPARAMETERVALUE_PARAMETERVALUEEXCEEDERROR: &str =
    "InvalidParameterValue.ParameterValueExceedError";

/// 只读实例组不存在。
pub const INVALIDPARAMETERVALUE_READONLYGROUPNOTEXIST: &str =
    "InvalidParameterValue.ReadOnlyGroupNotExist";

/// 不支持当前地域。
pub const INVALIDPARAMETERVALUE_REGIONNOTSUPPORTED: &str =
    "InvalidParameterValue.RegionNotSupported";

/// 规格信息{{1}}无法被识别。
pub const INVALIDPARAMETERVALUE_SPECNOTRECOGNIZEDERROR: &str =
    "InvalidParameterValue.SpecNotRecognizedError";

/// 解析参数出错。
pub const INVALIDPARAMETERVALUE_STRUCTPARSEFAILED: &str = "InvalidParameterValue.StructParseFailed";

/// 传入地域不支持使用本接口功能。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDREGIONERROR: &str =
    "InvalidParameterValue.UnsupportedRegionError";

/// 参数异常。
pub const INVALIDPARAMETER_EXCEPTIONPARAM: &str = "InvalidParameter.ExceptionParam";

/// 参数不合法
pub const INVALIDPARAMETER_ILLEGALINPUTPARAMETER: &str = "InvalidParameter.IllegalInputParameter";

/// 参数不合法。
pub const INVALIDPARAMETER_INVALIDPARAMETERERROR: &str = "InvalidParameter.InvalidParameterError";

/// 参数检查失败。
pub const INVALIDPARAMETER_PARAMETERCHECKERROR: &str = "InvalidParameter.ParameterCheckError";

/// 参数不可全部不设置
pub const INVALIDPARAMETER_PARAMETERSNOTSET: &str = "InvalidParameter.ParametersNotSet";

/// pid错误。
pub const INVALIDPARAMETER_TRADEACCESSDENIEDERROR: &str = "InvalidParameter.TradeAccessDeniedError";

/// 未获取到VPC信息。
pub const INVALIDPARAMETER_VPCNOTFOUNDERROR: &str = "InvalidParameter.VpcNotFoundError";

/// PID参数输入错误。
pub const INVALIDPID: &str = "InvalidPid";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 实例被限制操作。
pub const LIMITOPERATION: &str = "LimitOperation";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 用户没权限
pub const OPERATIONDENIED_ACCOUNTOPERATIONDENIED: &str = "OperationDenied.AccountOperationDenied";

/// 下载任务超限。
pub const OPERATIONDENIED_AUDITFILEOVERQUOTAERROR: &str = "OperationDenied.AuditFileOverQuotaError";

/// 当前操作被限制。
pub const OPERATIONDENIED_CAMDENIEDERROR: &str = "OperationDenied.CamDeniedError";

/// 禁止删除运行中的备份
pub const OPERATIONDENIED_DELETERUNNINGBACKUPTASKERR: &str =
    "OperationDenied.DeleteRunningBackupTaskErr";

/// 目标实例状态检查不通过。
pub const OPERATIONDENIED_DTSINSTANCESTATUSERROR: &str = "OperationDenied.DTSInstanceStatusError";

/// 您没有权限操作当前资源。
pub const OPERATIONDENIED_INSTANCEACCESSDENIEDERROR: &str =
    "OperationDenied.InstanceAccessDeniedError";

/// 不支持ipv6。
pub const OPERATIONDENIED_INSTANCEIPV6NOTSUPPORTEDERROR: &str =
    "OperationDenied.InstanceIpv6NotSupportedError";

/// 实例状态限制当前操作。
pub const OPERATIONDENIED_INSTANCESTATUSDENIEDERROR: &str =
    "OperationDenied.InstanceStatusDeniedError";

/// 实例当前状态限制本次操作。
pub const OPERATIONDENIED_INSTANCESTATUSLIMITERROR: &str =
    "OperationDenied.InstanceStatusLimitError";

/// 实例状态限制当前操作。
pub const OPERATIONDENIED_INSTANCESTATUSLIMITOPERROR: &str =
    "OperationDenied.InstanceStatusLimitOpError";

/// 实例类型错误
pub const OPERATIONDENIED_INSTANCETYPEDENIED: &str = "OperationDenied.InstanceTypeDenied";

/// 账号余额不足。
pub const OPERATIONDENIED_INSUFFICIENTBALANCEERROR: &str =
    "OperationDenied.InsufficientBalanceError";

/// 计费失败。
pub const OPERATIONDENIED_INTERNALTRADEERRORERR: &str = "OperationDenied.InternalTradeErrorErr";

/// 内核版本过低，导致实例无法创建tencentDBSuper账号。如果您想使用此功能，请升级内核版本。
pub const OPERATIONDENIED_KERNELVERSIONERROR: &str = "OperationDenied.KernelVersionError";

/// 不支持的付费类型。
pub const OPERATIONDENIED_PAYMODEERROR: &str = "OperationDenied.PayModeError";

/// 按量付费实例不支持续费。
pub const OPERATIONDENIED_POSTPAIDPAYMODEERROR: &str = "OperationDenied.PostPaidPayModeError";

/// 实例不存在。
pub const OPERATIONDENIED_RESOURCENOTFOUNDERROR: &str = "OperationDenied.ResourceNotFoundError";

/// 实例不存在。
pub const OPERATIONDENIED_RESOURCENOTFUNDERROR: &str = "OperationDenied.ResourceNotFundError";

/// 只读组状态限制当前操作。
pub const OPERATIONDENIED_ROGROUPSTATUSERROR: &str = "OperationDenied.ROGroupStatusError";

/// 只读节点总数不能超过上限值。
pub const OPERATIONDENIED_ROINSTANCECOUNTEXEEDERROR: &str =
    "OperationDenied.RoInstanceCountExeedError";

/// 只读实例不支持ipv6。
pub const OPERATIONDENIED_ROINSTANCEIPV6NOTSUPPORTEDERROR: &str =
    "OperationDenied.ROInstanceIpv6NotSupportedError";

/// 只读实例状态限制当前操作。
pub const OPERATIONDENIED_ROINSTANCESTATUSLIMITOPERROR: &str =
    "OperationDenied.ROInstanceStatusLimitOpError";

/// 无支付权限，开通失败。
pub const OPERATIONDENIED_TRADEPERMISSIONERROR: &str = "OperationDenied.TradePermissionError";

/// 用户未进行实名认证，请先进行实名认证才可购买。
pub const OPERATIONDENIED_USERNOTAUTHENTICATEDERROR: &str =
    "OperationDenied.UserNotAuthenticatedError";

/// 用户不在白名单内。
pub const OPERATIONDENIED_USERNOTINWHITELISTERROR: &str = "OperationDenied.UserNotInWhiteListError";

/// 您没有权限操作该VPC网络。
pub const OPERATIONDENIED_VPCDENIEDERROR: &str = "OperationDenied.VpcDeniedError";

/// 不支持当前地域。
pub const REGIONNOTSUPPORTED: &str = "RegionNotSupported";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 当前地域购买此规格的实例没有足够的资源。
pub const RESOURCEINSUFFICIENT_RESOURCENOTENOUGH: &str = "ResourceInsufficient.ResourceNotEnough";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUNDERROR: &str = "ResourceNotFound.InstanceNotFoundError";

/// 实例状态错误。
pub const RESOURCEUNAVAILABLE_INVALIDINSTANCESTATUS: &str =
    "ResourceUnavailable.InvalidInstanceStatus";

/// 没有该VPC网络权限。
pub const RESOURCEUNAVAILABLE_RESOURCENOPERMISSION: &str =
    "ResourceUnavailable.ResourceNoPermission";

/// 没有找到实例所属VPC信息。
pub const RESOURCEUNAVAILABLE_VPCRESOURCENOTFOUND: &str = "ResourceUnavailable.VpcResourceNotFound";

/// 解析参数出错。
pub const STRUCTPARSEFAILED: &str = "StructParseFailed";

/// 系统错误。出现这种错误时，请联系客服支持。
pub const SYSTEMERROR: &str = "SystemError";

/// 用户未进行实名认证。
pub const UNAUTHORIZEDOPERATION_USERHASNOREALNAMEAUTHENTICATION: &str =
    "UnauthorizedOperation.UserHasNoRealnameAuthentication";

/// 其他未知错误。出现这种错误时，请联系客服支持。
pub const UNKNOWNERROR: &str = "UnknownError";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 创建审计日志文件错误。
pub const UNKNOWNPARAMETER_CREATEAUDITLOGFILEERROR: &str =
    "UnknownParameter.CreateAuditLogFileError";

/// 服务异常，请稍后重试。
pub const UNKNOWNPARAMETER_HTTPERROR: &str = "UnknownParameter.HttpError";

/// 内部服务异常，请稍后重试。
pub const UNKNOWNPARAMETER_INTERNALINNERSERVICEERROR: &str =
    "UnknownParameter.InternalInnerServiceError";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// VPC相关错误。
pub const VPCERROR: &str = "VpcError";
