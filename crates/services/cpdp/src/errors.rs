//! Error codes of `cpdp`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cpdp::errors::AUTHFAILURE_ACCOUNT) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 未进行实名认证。
pub const AUTHFAILURE_ACCOUNT: &str = "AuthFailure.Account";

/// 权限限额，禁止操作。
pub const AUTHFAILURE_FORBIDDEN: &str = "AuthFailure.Forbidden";

/// 聚鑫签名信息不匹配。
pub const AUTHFAILURE_MIDAS: &str = "AuthFailure.Midas";

/// 未找到密钥。
pub const AUTHFAILURE_SECRETKEYNOTFOUND: &str = "AuthFailure.SecretKeyNotFound";

/// 账户尚未签约。
pub const AUTHFAILURE_SIGN: &str = "AuthFailure.Sign";

/// 验证失败。
pub const AUTHFAILURE_VERIFYERROR: &str = "AuthFailure.VerifyError";

/// Token校验失败。
pub const AUTHFAILURE_VERIFYTOKENFAILURE: &str = "AuthFailure.VerifyTokenFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 商户状态异常。
pub const FAILEDOPERATION_ABNORMALMERCHANTSTATE: &str = "FailedOperation.AbnormalMerchantState";

/// 订单状态异常。
pub const FAILEDOPERATION_ABNORMALORDERSTATE: &str = "FailedOperation.AbnormalOrderState";

/// 账户未绑定。
pub const FAILEDOPERATION_ACCTNOTBIND: &str = "FailedOperation.AcctNotBind";

/// 账户不存在。
pub const FAILEDOPERATION_ACCTNOTEXIST: &str = "FailedOperation.AcctNotExist";

/// 接口调用出错。
pub const FAILEDOPERATION_ACTION: &str = "FailedOperation.Action";

/// 配置参数action无效。
pub const FAILEDOPERATION_ACTIONINVALID: &str = "FailedOperation.ActionInvalid";

/// 商户创建失败。
pub const FAILEDOPERATION_ADDMERCHANTFAILED: &str = "FailedOperation.AddMerchantFailed";

/// 订单已经存在。
pub const FAILEDOPERATION_ALREADYEXISTS: &str = "FailedOperation.AlreadyExists";

/// 该业务代码对应的配置没有发布到相应的环境。
pub const FAILEDOPERATION_APPDENY: &str = "FailedOperation.AppDeny";

/// 商户号和appid没有绑定关系。
pub const FAILEDOPERATION_APPIDMCHIDNOTMATCH: &str = "FailedOperation.AppidMchidNotMatch";

/// 请求下游服务错误。
pub const FAILEDOPERATION_BACKCALLERROR: &str = "FailedOperation.BackCallError";

/// 云鉴内部调用失败。
pub const FAILEDOPERATION_BACKENDERROR: &str = "FailedOperation.BackendError";

/// 账户余额不足。
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 调用银行接口失败，可能原因： 银行接口超时或为获取到返回值 银行接口返回非法。
pub const FAILEDOPERATION_BANKFAILED: &str = "FailedOperation.BankFailed";

/// 余额不足。
pub const FAILEDOPERATION_BANLANCENOTENOUGHERROR: &str = "FailedOperation.BanlanceNotEnoughError";

/// 内部请求渠道网关错误。
pub const FAILEDOPERATION_CALLCHANNELGATEWAYERROR: &str = "FailedOperation.CallChannelGatewayError";

/// 支付渠道错误，请确认配置信息是 否提交至聚鑫。
pub const FAILEDOPERATION_CHANNELDENY: &str = "FailedOperation.ChannelDeny";

/// 支付渠道错误。
pub const FAILEDOPERATION_CHANNELERROR: &str = "FailedOperation.ChannelError";

/// 渠道方退款失败。
pub const FAILEDOPERATION_CHANNELREFUNDFAILED: &str = "FailedOperation.ChannelRefundFailed";

/// 渠道退款频率受限。
pub const FAILEDOPERATION_CHANNELREFUNDFREQUENCYLIMITED: &str =
    "FailedOperation.ChannelRefundFrequencyLimited";

/// 终止合约失败。
pub const FAILEDOPERATION_CLOSECONTRACTDBFAILED: &str = "FailedOperation.CloseContractDbFailed";

/// 终止合约模式非法。
pub const FAILEDOPERATION_CLOSECONTRACTMODEINVALID: &str =
    "FailedOperation.CloseContractModeInvalid";

/// 下载服务器配置错误。
pub const FAILEDOPERATION_CONFIGERROR: &str = "FailedOperation.ConfigError";

/// 签约状态不正确。
pub const FAILEDOPERATION_CONTRACTSTATUSERROR: &str = "FailedOperation.ContractStatusError";

/// 录入代理商出错。
pub const FAILEDOPERATION_CREATEAGENT: &str = "FailedOperation.CreateAgent";

/// 消费订单发起失败。
pub const FAILEDOPERATION_CREATEORDERERROR: &str = "FailedOperation.CreateOrderError";

/// 消费订单发起状态未知，请调用查询接口进行查询。
pub const FAILEDOPERATION_CREATEORDERUNKNOWN: &str = "FailedOperation.CreateOrderUnknown";

/// 连接数据库失败。
pub const FAILEDOPERATION_DBCLIENTCONNECTFAILED: &str = "FailedOperation.DbClientConnectFailed";

/// 数据库插入数据失败。
pub const FAILEDOPERATION_DBCLIENTINSERTTFAILED: &str = "FailedOperation.DbClientInserttFailed";

/// 查询数据失败。
pub const FAILEDOPERATION_DBCLIENTQUERYFAILED: &str = "FailedOperation.DbClientQueryFailed";

/// 数据更新失败。
pub const FAILEDOPERATION_DBCLIENTUPDATEFAILED: &str = "FailedOperation.DbClientUpdateFailed";

/// 下载服务器数据库配置错误。
pub const FAILEDOPERATION_DBCONFIGERROR: &str = "FailedOperation.DBConfigError";

/// 对账单下载失败。
pub const FAILEDOPERATION_DOWNLOADBILLERROR: &str = "FailedOperation.DownloadBillError";

/// 未查到第三方渠道合约数据。
pub const FAILEDOPERATION_EXTERNALCONTRACTINDEXNOTFOUND: &str =
    "FailedOperation.ExternalContractIndexNotFound";

/// 未查到第三方渠道合约数据。
pub const FAILEDOPERATION_EXTERNALCONTRACTNOTFOUND: &str =
    "FailedOperation.ExternalContractNotFound";

/// 外部签约状态无效。
pub const FAILEDOPERATION_EXTERNALCONTRACTSTATUSINVALID: &str =
    "FailedOperation.ExternalContractStatusInvalid";

/// 第三方渠道商户合约配置查询错误。
pub const FAILEDOPERATION_EXTERNALMERCHANTCONTRACTINFOCONFIGNOFOUND: &str =
    "FailedOperation.ExternalMerchantContractInfoConfigNoFound";

/// 第三方渠道商户配置信息查询错误。
pub const FAILEDOPERATION_EXTERNALMERCHANTINDEXCONFIGNOFOUND: &str =
    "FailedOperation.ExternalMerchantIndexConfigNoFound";

/// 第三方渠道商户配置信息查询错误。
pub const FAILEDOPERATION_EXTERNALMERCHANTINFOCONFIGNOFOUND: &str =
    "FailedOperation.ExternalMerchantInfoConfigNoFound";

/// 对账文件不存在，尚未生成。
pub const FAILEDOPERATION_FILENOTEXIST: &str = "FailedOperation.FileNotExist";

/// 频率超限。
pub const FAILEDOPERATION_FREQUENCYLIMITED: &str = "FailedOperation.FrequencyLimited";

/// 获取日结报表列表出错。
pub const FAILEDOPERATION_GETLIVEDAILYSUMMARY: &str = "FailedOperation.GetLiveDailySummary";

/// 内部http方式请求下游服务错误。
pub const FAILEDOPERATION_HTTPDOREQUESTERROR: &str = "FailedOperation.HttpDoRequestError";

/// 内部服务超时。
pub const FAILEDOPERATION_INTERNALSERVICETIMEOUT: &str = "FailedOperation.InternalServiceTimeout";

/// 参数错误。
pub const FAILEDOPERATION_INVALIDPARAMETER: &str = "FailedOperation.InvalidParameter";

/// 退款金额无效。
pub const FAILEDOPERATION_INVALIDREFUNDAMT: &str = "FailedOperation.InvalidRefundAmt";

/// 请求参数符合参数格式，但不符合业务规则。
pub const FAILEDOPERATION_INVALIDREQUEST: &str = "FailedOperation.InvalidRequest";

/// 发票已提交。
pub const FAILEDOPERATION_INVOICEEXIST: &str = "FailedOperation.InvoiceExist";

/// 文件为空，未生成或者当天无数据。
pub const FAILEDOPERATION_ISEMPTY: &str = "FailedOperation.IsEmpty";

/// 序列化出错。
pub const FAILEDOPERATION_MARSHALERROR: &str = "FailedOperation.MarshalError";

/// 商户余额不足。
pub const FAILEDOPERATION_MERCHANTBALANCENOTENOUGH: &str =
    "FailedOperation.MerchantBalanceNotEnough";

/// 商户信息验证失败。
pub const FAILEDOPERATION_MERCHANTCHECKFAILED: &str = "FailedOperation.MerchantCheckFailed";

/// 商户创建失败。
pub const FAILEDOPERATION_MERCHANTCREATEFAILED: &str = "FailedOperation.MerchantCreateFailed";

/// 商户已存在。
pub const FAILEDOPERATION_MERCHANTEXIST: &str = "FailedOperation.MerchantExist";

/// 查无此商户。
pub const FAILEDOPERATION_MERCHANTNOTEXIST: &str = "FailedOperation.MerchantNotExist";

/// 商户不存在。
pub const FAILEDOPERATION_MERCHANTNOTEXISTS: &str = "FailedOperation.MerchantNotExists";

/// 商户权限错误。
pub const FAILEDOPERATION_MERCHANTPERMISSIONERROR: &str = "FailedOperation.MerchantPermissionError";

/// 聚鑫内部系统错误。
pub const FAILEDOPERATION_MIDASINTERNALERROR: &str = "FailedOperation.MidasInternalError";

/// 聚鑫请求无效。
pub const FAILEDOPERATION_MIDASINVALIDREQUEST: &str = "FailedOperation.MidasInvalidRequest";

/// 聚鑫需要重试。
pub const FAILEDOPERATION_MIDASNEEDRETRY: &str = "FailedOperation.MidasNeedRetry";

/// 聚鑫当前企业对该产品能力有未完成的申请单。
pub const FAILEDOPERATION_MIDASREGISTERUNFINISHED: &str = "FailedOperation.MidasRegisterUnfinished";

/// 聚鑫订单已经提交。
pub const FAILEDOPERATION_MIDASREPEATORDER: &str = "FailedOperation.MidasRepeatOrder";

/// 通用风控系统错误，被风控拦截。
pub const FAILEDOPERATION_MIDASRISK: &str = "FailedOperation.MidasRisk";

/// 聚鑫支付状态不匹配。
pub const FAILEDOPERATION_MIDASSTATUSNOTMATCH: &str = "FailedOperation.MidasStatusNotMatch";

/// 聚鑫不支持该操作。
pub const FAILEDOPERATION_MIDASUNSUPPORTEDACTION: &str = "FailedOperation.MidasUnsupportedAction";

/// 参数缺失。
pub const FAILEDOPERATION_MISSINGPARAMETER: &str = "FailedOperation.MissingParameter";

/// 商户修改失败。
pub const FAILEDOPERATION_MODIFYMERCHANTFAILED: &str = "FailedOperation.ModifyMerchantFailed";

/// 记录不存在。
pub const FAILEDOPERATION_MOUNTNOTFOUND: &str = "FailedOperation.MountNotFound";

/// 商户信息不合法。
pub const FAILEDOPERATION_NOAUTH: &str = "FailedOperation.NoAuth";

/// 订单不存在。
pub const FAILEDOPERATION_NORECORD: &str = "FailedOperation.NoRecord";

/// 资金不足。
pub const FAILEDOPERATION_NOTENOUGH: &str = "FailedOperation.NotEnough";

/// 记录不存在。
pub const FAILEDOPERATION_NOTFOUND: &str = "FailedOperation.NotFound";

/// 业务的签约通知url解析错误。
pub const FAILEDOPERATION_NOTIFYURLPARSEERROR: &str = "FailedOperation.NotifyUrlParseError";

/// 订单已经支付。
pub const FAILEDOPERATION_OCCOMPLETEDORDER: &str = "FailedOperation.OcCompletedOrder";

/// 订单号重复，但是两次请求参数不 一致。
pub const FAILEDOPERATION_OCREPEATORDER: &str = "FailedOperation.OcRepeatOrder";

/// 退款主单被锁，请待前退款单完成后再发起退款。
pub const FAILEDOPERATION_ORDERLOCKED: &str = "FailedOperation.OrderLocked";

/// 订单状态不可用。
pub const FAILEDOPERATION_ORDERNOTACTIVATED: &str = "FailedOperation.OrderNotActivated";

/// 消费订单退款失败。
pub const FAILEDOPERATION_ORDERREFUNDERROR: &str = "FailedOperation.OrderRefundError";

/// 平安银行返回错误。
pub const FAILEDOPERATION_PABANKERROR: &str = "FailedOperation.PABankError";

/// 微信返回参数错误。
pub const FAILEDOPERATION_PARAMERROR: &str = "FailedOperation.ParamError";

/// 请求参数错误。
pub const FAILEDOPERATION_PARAMETERERROR: &str = "FailedOperation.ParameterError";

/// AppId、SubAppId不匹配。
pub const FAILEDOPERATION_PARENTAPPIDERROR: &str = "FailedOperation.ParentAppIdError";

/// 聚鑫内部系统调用失败。
pub const FAILEDOPERATION_PORTALERROR: &str = "FailedOperation.PortalError";

/// 查询代理商结算单链接出错。
pub const FAILEDOPERATION_QUERYAGENTSTATEMENTS: &str = "FailedOperation.QueryAgentStatements";

/// 查询签约关系不存在。
pub const FAILEDOPERATION_QUERYCONTRACTNULL: &str = "FailedOperation.QueryContractNull";

/// 查询渠道返回错误。
pub const FAILEDOPERATION_QUERYMCHANNELERROR: &str = "FailedOperation.QueryMchannelError";

/// 查询模式错误。
pub const FAILEDOPERATION_QUERYMODEERROR: &str = "FailedOperation.QueryModeError";

/// 消费订单查询失败。
pub const FAILEDOPERATION_QUERYORDERERROR: &str = "FailedOperation.QueryOrderError";

/// 渠道查询结果为空，请传入正确参数。
pub const FAILEDOPERATION_QUERYRESULTNULL: &str = "FailedOperation.QueryResultNull";

/// 超出商户单日转账额度。
pub const FAILEDOPERATION_QUOTAEXCEED: &str = "FailedOperation.QuotaExceed";

/// 退款信息重复。
pub const FAILEDOPERATION_REFUNDINFODUPLICATE: &str = "FailedOperation.RefundInfoDuplicate";

/// 不可重试退款。
pub const FAILEDOPERATION_REFUNDNOTRETRIEABLE: &str = "FailedOperation.RefundNotRetrieable";

/// 退款处理中。
pub const FAILEDOPERATION_REFUNDPROCESSING: &str = "FailedOperation.RefundProcessIng";

/// 退款交易已结束。
pub const FAILEDOPERATION_REFUNDTRANSACTIONCLOSED: &str = "FailedOperation.RefundTransactionClosed";

/// 退款交易已完成，请勿重复操作。
pub const FAILEDOPERATION_REFUNDTRANSACTIONFINISHED: &str =
    "FailedOperation.RefundTransactionFinished";

/// 云鉴内部调用失败。
pub const FAILEDOPERATION_SDKERROR: &str = "FailedOperation.SDKError";

/// 接口执行失败。
pub const FAILEDOPERATION_SERVICEERROR: &str = "FailedOperation.ServiceError";

/// 签名错误。
pub const FAILEDOPERATION_SIGNERROR: &str = "FailedOperation.SignError";

/// 调用后端同步服务失败。
pub const FAILEDOPERATION_SYNCMCHANNELERROR: &str = "FailedOperation.SyncMchannelError";

/// 系统内部错误。
pub const FAILEDOPERATION_SYSTEMERROR: &str = "FailedOperation.SystemError";

/// 调用后端解约服务失败。
pub const FAILEDOPERATION_TERMINATEMCHANNELERROR: &str = "FailedOperation.TerminateMchannelError";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 反序列化出错。
pub const FAILEDOPERATION_UNMARSHALERROR: &str = "FailedOperation.UnmarshalError";

/// 冲正签约状态失败。
pub const FAILEDOPERATION_UPDATECONTRACTSTATUSFAILED: &str =
    "FailedOperation.UpdateContractStatusFailed";

/// 上传代理商完税列表出错。
pub const FAILEDOPERATION_UPLOADTAXLIST: &str = "FailedOperation.UploadTaxList";

/// 上传代理商完税证明出错。
pub const FAILEDOPERATION_UPLOADTAXPAYMENT: &str = "FailedOperation.UploadTaxPayment";

/// 调用渠道错误，请确认渠道如微信 wxappid是否配置正确。
pub const FAILEDOPERATION_WECHATERROR: &str = "FailedOperation.WechatError";

/// 微信支付证书未配置。
pub const FAILEDOPERATION_WXCRTNOTSET: &str = "FailedOperation.WxCrtNotSet";

/// xml格式错误。
pub const FAILEDOPERATION_XMLFAIL: &str = "FailedOperation.XmlFail";

/// 系统错误。
pub const INTERNALERROR_: &str = "InternalError.";

/// 内部连接后端错误。
pub const INTERNALERROR_BACKENDCONNECTIONERROR: &str = "InternalError.BackendConnectionError";

/// 后端服务访问错误。
pub const INTERNALERROR_BACKENDERROR: &str = "InternalError.BackendError";

/// 服务内部错误。
pub const INTERNALERROR_BACKENDINTERNALERROR: &str = "InternalError.BackendInternalError";

/// 内部调用后端网络错误。
pub const INTERNALERROR_BACKENDNETWORKERROR: &str = "InternalError.BackendNetworkError";

/// 内部调用路由错误。
pub const INTERNALERROR_BACKENDROUTERERROR: &str = "InternalError.BackendRouterError";

/// 内部调用后端超时。
pub const INTERNALERROR_BACKENDTIMEOUT: &str = "InternalError.BackendTimeOut";

/// 数据库访问错误。
pub const INTERNALERROR_DBACCESSERROR: &str = "InternalError.DBAccessError";

/// 数据删除失败。
pub const INTERNALERROR_DELETEDBERROR: &str = "InternalError.DeleteDBError";

/// 数据重复插入错误。
pub const INTERNALERROR_DUPLICATEKEYERROR: &str = "InternalError.DuplicateKeyError";

/// 资金汇总账号不一致错误。
pub const INTERNALERROR_FUNDSUMMARYACCTNOINCONSISTENTERROR: &str =
    "InternalError.FundSummaryAcctNoInconsistentError";

/// 发票已开具。
pub const INTERNALERROR_INVOICEEXIST: &str = "InternalError.InvoiceExist";

/// 聚鑫内部系统未知错误。
pub const INTERNALERROR_MIDAS: &str = "InternalError.Midas";

/// 参数错误。
pub const INTERNALERROR_PARAMETERERROR: &str = "InternalError.ParameterError";

/// 沙箱环境访问错误。
pub const INTERNALERROR_SANDBOXACCESSERROR: &str = "InternalError.SandBoxAccessError";

/// 数据保存失败。
pub const INTERNALERROR_SAVEDBERROR: &str = "InternalError.SaveDBError";

/// 生成签名失败。
pub const INTERNALERROR_SIGGENERROR: &str = "InternalError.SigGenError";

/// 子账户不存在错误。
pub const INTERNALERROR_SUBACCOUNTNOTFOUNDERROR: &str = "InternalError.SubAccountNotFoundError";

/// 内部错误。
pub const INTERNALERROR_UNKNOWN: &str = "InternalError.Unknown";

/// 未知错误。
pub const INTERNALERROR_UNKOWNERROR: &str = "InternalError.UnkownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 传入参数有误，请检查传入参数是否正确。
pub const INVALIDPARAMETER_BACKENDCGIERROR: &str = "InvalidParameter.BackendCgiError";

/// 缺少必填参数。
pub const INVALIDPARAMETER_LACKPARAMETER: &str = "InvalidParameter.LackParameter";

/// 聚鑫参数无效。
pub const INVALIDPARAMETER_MIDAS: &str = "InvalidParameter.Midas";

/// 聚鑫环境参数非法。
pub const INVALIDPARAMETER_MIDASENVIRONMENT: &str = "InvalidParameter.MidasEnvironment";

/// 聚鑫第三方应用无效。
pub const INVALIDPARAMETER_MIDASEXTERNALAPP: &str = "InvalidParameter.MidasExternalApp";

/// 聚鑫文件格式错误。
pub const INVALIDPARAMETER_MIDASFILETYPE: &str = "InvalidParameter.MidasFileType";

/// 聚鑫摘要错误。
pub const INVALIDPARAMETER_MIDASHASH: &str = "InvalidParameter.MidasHash";

/// 聚鑫签约ID非法。
pub const INVALIDPARAMETER_MIDASSIGNID: &str = "InvalidParameter.MidasSignId";

/// 参数编码失败。
pub const INVALIDPARAMETER_PARAMMARSHALFAILED: &str = "InvalidParameter.ParamMarshalFailed";

/// 参数解析失败。
pub const INVALIDPARAMETER_PARAMUNMARSHALFAILED: &str = "InvalidParameter.ParamUnmarshalFailed";

/// 无效参数。
pub const INVALIDPARAMETER_UNSUPPORTEDPARAMETER: &str = "InvalidParameter.UnsupportedParameter";

/// 聚鑫文件过大。
pub const LIMITEXCEEDED_MIDASLARGEFILE: &str = "LimitExceeded.MidasLargeFile";

/// 聚鑫不允许并发下单。
pub const LIMITEXCEEDED_MIDASORDER: &str = "LimitExceeded.MidasOrder";

/// 聚鑫订单已取消。
pub const LIMITEXCEEDED_MIDASORDERCANCELED: &str = "LimitExceeded.MidasOrderCanceled";

/// 聚鑫已关单。
pub const LIMITEXCEEDED_MIDASORDERCLOSED: &str = "LimitExceeded.MidasOrderClosed";

/// 聚鑫订单已过期，包括超时未支付、超过退款期限等情况。
pub const LIMITEXCEEDED_MIDASORDEREXPIRED: &str = "LimitExceeded.MidasOrderExpired";

/// 聚鑫处理失败。
pub const LIMITEXCEEDED_MIDASORDERFAILED: &str = "LimitExceeded.MidasOrderFailed";

/// 聚鑫处理部分成功部分失败。
pub const LIMITEXCEEDED_MIDASORDERPARTIALSUCCESS: &str = "LimitExceeded.MidasOrderPartialSuccess";

/// 聚鑫处理中。
pub const LIMITEXCEEDED_MIDASORDERPROCESSING: &str = "LimitExceeded.MidasOrderProcessing";

/// 聚鑫处理成功，请勿再提交。
pub const LIMITEXCEEDED_MIDASORDERSUCCESS: &str = "LimitExceeded.MidasOrderSuccess";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 参数缺失。
pub const MISSINGPARAMETER_: &str = "MissingParameter.";

/// 参数缺少Action或Action不存在。
pub const MISSINGPARAMETER_ACTION: &str = "MissingParameter.Action";

/// 参数缺少Appid。
pub const MISSINGPARAMETER_APPID: &str = "MissingParameter.AppId";

/// 聚鑫接口请求频率限制。
pub const REQUESTLIMITEXCEEDED_MIDAS: &str = "RequestLimitExceeded.Midas";

/// 聚鑫接口无效请求过多。
pub const REQUESTLIMITEXCEEDED_MIDASINVALIDREQUEST: &str =
    "RequestLimitExceeded.MidasInvalidRequest";

/// 运行资源不足。
pub const RESOURCEINSUFFICIENT_THREADPOOLREJECT: &str = "ResourceInsufficient.ThreadPoolReject";

/// 聚鑫流程进行中，不能重入。
pub const RESOURCEINUSE_MIDAS: &str = "ResourceInUse.Midas";

/// 账户不匹配或不存在。
pub const RESOURCENOTFOUND_ACCOUNT: &str = "ResourceNotFound.Account";

/// 批次信息不存在。
pub const RESOURCENOTFOUND_BATCHINFONOTFOUND: &str = "ResourceNotFound.BatchInfoNotFound";

/// 发票信息不存在。
pub const RESOURCENOTFOUND_INVOICENOTFOUND: &str = "ResourceNotFound.InvoiceNotFound";

/// 密钥不匹配或不存在。
pub const RESOURCENOTFOUND_KEY: &str = "ResourceNotFound.Key";

/// 商户信息不存在。
pub const RESOURCENOTFOUND_MERCHANTINFONOTFOUND: &str = "ResourceNotFound.MerchantInfoNotFound";

/// 聚鑫第三方应用未查找到。
pub const RESOURCENOTFOUND_MIDASEXTERNALAPP: &str = "ResourceNotFound.MidasExternalApp";

/// 聚鑫第三方渠道找不到订单，ORDER_NOT_FOUND表示支付中台找不到订单。
pub const RESOURCENOTFOUND_MIDASEXTERNALORDER: &str = "ResourceNotFound.MidasExternalOrder";

/// 聚鑫订单没有查到记录。
pub const RESOURCENOTFOUND_MIDASORDER: &str = "ResourceNotFound.MidasOrder";

/// 聚鑫签约关系不存在。
pub const RESOURCENOTFOUND_MIDASSIGN: &str = "ResourceNotFound.MidasSign";

/// 平台信息不存在。
pub const RESOURCENOTFOUND_PLATFORMINFONOTFOUND: &str = "ResourceNotFound.PlatformInfoNotFound";

/// 聚鑫可用余额不足。
pub const RESOURCEUNAVAILABLE_MIDASBALANCE: &str = "ResourceUnavailable.MidasBalance";

/// 聚鑫单日限额。
pub const RESOURCEUNAVAILABLE_MIDASDAY: &str = "ResourceUnavailable.MidasDay";

/// 聚鑫订单剩余冻结金额不足，因此会完结失败。
pub const RESOURCEUNAVAILABLE_MIDASFROZENAMOUNT: &str = "ResourceUnavailable.MidasFrozenAmount";

/// 聚鑫商户可用余额不足。
pub const RESOURCEUNAVAILABLE_MIDASMERCHANTBALANCE: &str =
    "ResourceUnavailable.MidasMerchantBalance";

/// 聚鑫单笔限额。
pub const RESOURCEUNAVAILABLE_MIDASORDER: &str = "ResourceUnavailable.MidasOrder";

/// 聚鑫用户可用余额不足。
pub const RESOURCEUNAVAILABLE_MIDASUSERBALANCE: &str = "ResourceUnavailable.MidasUserBalance";

/// 聚鑫钱包支付超限。
pub const RESOURCEUNAVAILABLE_MIDASWALLET: &str = "ResourceUnavailable.MidasWallet";

/// 聚鑫系统未授权。
pub const UNAUTHORIZEDOPERATION_MIDAS: &str = "UnauthorizedOperation.Midas";
