//! Error codes of `waf`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_waf::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 当前实例未购买api安全套餐
pub const AUTHFAILURE_ERRCODENOPURCHASED: &str = "AuthFailure.ErrCodeNoPurchased";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 证书不存在
pub const FAILEDOPERATION_CERTIFICATENOTFOUND: &str = "FailedOperation.CertificateNotFound";

/// CKafka内部错误。
pub const FAILEDOPERATION_CKAFKAINTERNALERROR: &str = "FailedOperation.CKafkaInternalError";

/// 操作CH数据库失败
pub const FAILEDOPERATION_CLICKHOUSEOPERATIONFAILED: &str =
    "FailedOperation.ClickHouseOperationFailed";

/// 调用CLS日志服务API失败
pub const FAILEDOPERATION_CLSDBOPERATIONFAILED: &str = "FailedOperation.CLSDBOperationFailed";

/// CLS内部错误。
pub const FAILEDOPERATION_CLSINTERNALERROR: &str = "FailedOperation.CLSInternalError";

/// 日志主题正在清空中
pub const FAILEDOPERATION_CLSRESOURCESNOTFOUND: &str = "FailedOperation.CLSResourcesNotFound";

/// 域名校验有误
pub const FAILEDOPERATION_DOMAINNAMEVERIFICATIONERROR: &str =
    "FailedOperation.DomainNameVerificationError";

/// FailedOperation.InvalidContext
pub const FAILEDOPERATION_INVALIDCONTEXT: &str = "FailedOperation.InvalidContext";

/// 操作Mongo数据库失败
pub const FAILEDOPERATION_MONGOOPERATIONFAILED: &str = "FailedOperation.MongoOperationFailed";

/// 操作Mysql数据库失败
pub const FAILEDOPERATION_MYSQLDBOPERATIONFAILED: &str = "FailedOperation.MysqlDBOperationFailed";

/// FailedOperation.QueryError
pub const FAILEDOPERATION_QUERYERROR: &str = "FailedOperation.QueryError";

/// 操作Redis数据库失败
pub const FAILEDOPERATION_REDISOPERATIONFAILED: &str = "FailedOperation.RedisOperationFailed";

/// FailedOperation.SearchTimeout
pub const FAILEDOPERATION_SEARCHTIMEOUT: &str = "FailedOperation.SearchTimeout";

/// FailedOperation.SyntaxError
pub const FAILEDOPERATION_SYNTAXERROR: &str = "FailedOperation.SyntaxError";

/// FailedOperation.TagQpsLimit
pub const FAILEDOPERATION_TAGQPSLIMIT: &str = "FailedOperation.TagQpsLimit";

/// 该批量防护规则名称已存在
pub const FAILEDOPERATION_THEBATCHPROTECTIONRULENAMEALREADYEXISTS: &str =
    "FailedOperation.TheBatchProtectionRuleNameAlreadyExists";

/// 以下域名已超过规格上限值
pub const FAILEDOPERATION_THEFOLLOWINGDOMAINSHAVEEXCEEDEDTHEUPPERLIMIT: &str =
    "FailedOperation.TheFollowingDomainsHaveExceededTheUpperLimit";

/// 以下域名有无效规格上限值
pub const FAILEDOPERATION_THEFOLLOWINGDOMAINSHAVEINVALIDTHEUPPERLIMIT: &str =
    "FailedOperation.TheFollowingDomainsHaveInvalidTheUpperLimit";

/// 批量防护规则名称不能为空
pub const FAILEDOPERATION_THENAMEOFTHEBATCHPROTECTIONRULECANNOTBEEMPTY: &str =
    "FailedOperation.TheNameOfTheBatchProtectionRuleCannotBeEmpty";

/// 黑白名单添加数超过上限
pub const FAILEDOPERATION_THENUMBEROFADDEDBLACKANDWHITELISTEXCEEDSTHEUPPERLIMIT: &str =
    "FailedOperation.TheNumberOfAddedBlackAndWhiteListExceedsTheUpperLimit";

/// 一次性删除数量达到上限
pub const FAILEDOPERATION_THENUMBEROFONETIMEDELETIONSREACHEDTHEUPPERLIMIT: &str =
    "FailedOperation.TheNumberOfOneTimeDeletionsReachedTheUpperLimit";

/// FailedOperation.Timeout
pub const FAILEDOPERATION_TIMEOUT: &str = "FailedOperation.Timeout";

/// FailedOperation.TopicClosed
pub const FAILEDOPERATION_TOPICCLOSED: &str = "FailedOperation.TopicClosed";

/// FailedOperation.TopicIsolated
pub const FAILEDOPERATION_TOPICISOLATED: &str = "FailedOperation.TopicIsolated";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 异步调用失败
pub const INTERNALERROR_ASYNCHRONOUSCALLFAILED: &str = "InternalError.AsynchronousCallFailed";

/// DBErr
pub const INTERNALERROR_DBERR: &str = "InternalError.DBErr";

/// InternalError.SearchError
pub const INTERNALERROR_SEARCHERROR: &str = "InternalError.SearchError";

/// InternalError.SearchFailed
pub const INTERNALERROR_SEARCHFAILED: &str = "InternalError.SearchFailed";

/// InternalError.ServerBusy
pub const INTERNALERROR_SERVERBUSY: &str = "InternalError.ServerBusy";

/// 查询资产中心发生内部错误
pub const INTERNALERROR_SSACALLFAILED: &str = "InternalError.SsaCallFailed";

/// 调用SSL证书接口发生内部错误
pub const INTERNALERROR_SSLCALLFAILED: &str = "InternalError.SSLCallFailed";

/// InternalError.Unknown
pub const INTERNALERROR_UNKNOWN: &str = "InternalError.Unknown";

/// 存在内部错误，请联系我们
pub const INTERNALERROR_UNKNOWNERR: &str = "InternalError.UnknownErr";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 自定义规则CEL逻辑表达式长度超过10240字符
pub const INVALIDPARAMETERVALUE_CELLENGTHEXCEEDLIMIT: &str =
    "InvalidParameterValue.CELLengthExceedLimit";

/// 自定义规则CEL逻辑表达式语法错误
pub const INVALIDPARAMETERVALUE_CELSYNTAXERR: &str = "InvalidParameterValue.CELSyntaxErr";

/// InvalidRequest
pub const INVALIDPARAMETERVALUE_INVALIDREQUEST: &str = "InvalidParameterValue.InvalidRequest";

/// 命名重复
pub const INVALIDPARAMETER_BOTNAMEREPEATERR: &str = "InvalidParameter.BotNameRepeatErr";

/// Bot场景不存在
pub const INVALIDPARAMETER_BOTSCENENOTEXISTERR: &str = "InvalidParameter.BotSceneNotExistErr";

/// 证书和私钥检查不通过
pub const INVALIDPARAMETER_CERTIFICATECHECKERR: &str = "InvalidParameter.CertificateCheckErr";

/// 证书信息参数错误
pub const INVALIDPARAMETER_CERTIFICATIONPARAMETERERR: &str =
    "InvalidParameter.CertificationParameterErr";

/// 域名数量超出限制错误
pub const INVALIDPARAMETER_DOMAINEXCEEDSLIMITERR: &str = "InvalidParameter.DomainExceedsLimitErr";

/// 域名未备案
pub const INVALIDPARAMETER_DOMAINNOTRECORD: &str = "InvalidParameter.DomainNotRecord";

/// 证书内容非法。
pub const INVALIDPARAMETER_INVALIDCERTIFICATE: &str = "InvalidParameter.InvalidCertificate";

/// Content为空
pub const INVALIDPARAMETER_LLMCONTENTEMPTY: &str = "InvalidParameter.LLMContentEmpty";

/// 内部服务错误
pub const INVALIDPARAMETER_LLMINTERNALERROR: &str = "InvalidParameter.LLMInternalError";

/// Type非法
pub const INVALIDPARAMETER_LLMINVALIDTYPE: &str = "InvalidParameter.LLMInvalidType";

/// 大模型调用过程中，serviceid没有配置规则
pub const INVALIDPARAMETER_LLMNORULES: &str = "InvalidParameter.LLMNoRules";

/// 请求body解析失败
pub const INVALIDPARAMETER_LLMPARSEFAILED: &str = "InvalidParameter.LLMParseFailed";

/// RequestId为空
pub const INVALIDPARAMETER_LLMREQUESTIDEMPTY: &str = "InvalidParameter.LLMRequestIdEmpty";

/// ServiceId为空
pub const INVALIDPARAMETER_LLMSERVICEIDEMPTY: &str = "InvalidParameter.LLMServiceIdEmpty";

/// 大模型服务未开启开关
pub const INVALIDPARAMETER_LLMSWITCHOFF: &str = "InvalidParameter.LLMSwitchOff";

/// 逻辑错误：SQL检索语句中的逻辑错误也可能导致错误。例如，使用错误的运算符、使用错误的条件等
pub const INVALIDPARAMETER_LOGICERR: &str = "InvalidParameter.LogicErr";

/// 端口信息参数错误
pub const INVALIDPARAMETER_PORTPARAMETERERR: &str = "InvalidParameter.PortParameterErr";

/// 防护域名参数错误
pub const INVALIDPARAMETER_PROTECTIONDOMAINPARAMETERERR: &str =
    "InvalidParameter.ProtectionDomainParameterErr";

/// 根据ID查询证书失败。
pub const INVALIDPARAMETER_QUERYCERTBYSSLIDFAILED: &str = "InvalidParameter.QueryCertBySSLIDFailed";

/// 语法错误：逻辑表达式语法解析出错
pub const INVALIDPARAMETER_QUERYSTRINGSYNTAXERR: &str = "InvalidParameter.QueryStringSyntaxErr";

/// API Key 已被禁用
pub const INVALIDPARAMETER_SKILLSCANAPIKEYDISABLED: &str =
    "InvalidParameter.SkillScanApiKeyDisabled";

/// 创建扫描任务失败（服务内部错误）
pub const INVALIDPARAMETER_SKILLSCANCREATESCANFAILED: &str =
    "InvalidParameter.SkillScanCreateScanFailed";

/// FileData 不是有效的 Base64 编码
pub const INVALIDPARAMETER_SKILLSCANINVALIDBASE64: &str = "InvalidParameter.SkillScanInvalidBase64";

/// 文件不是有效的 ZIP 格式
pub const INVALIDPARAMETER_SKILLSCANINVALIDFILEFORMAT: &str =
    "InvalidParameter.SkillScanInvalidFileFormat";

/// 参数校验失败（如 content_hash 格式不合法、缺少必填字段）
pub const INVALIDPARAMETER_SKILLSCANINVALIDPARAM: &str = "InvalidParameter.SkillScanInvalidParam";

/// 请求格式错误（如 Content-Type 不正确、JSON 解析失败）
pub const INVALIDPARAMETER_SKILLSCANINVALIDREQUEST: &str =
    "InvalidParameter.SkillScanInvalidRequest";

/// 未检测到上传文件
pub const INVALIDPARAMETER_SKILLSCANNOFILES: &str = "InvalidParameter.SkillScanNoFiles";

/// 查询失败（服务内部错误）
pub const INVALIDPARAMETER_SKILLSCANQUERYFAILED: &str = "InvalidParameter.SkillScanQueryFailed";

/// 请求频率超出限制
pub const INVALIDPARAMETER_SKILLSCANRATELIMITEXCEEDED: &str =
    "InvalidParameter.SkillScanRateLimitExceeded";

/// ServiceId 为空
pub const INVALIDPARAMETER_SKILLSCANSERVICEIDEMPTY: &str =
    "InvalidParameter.SkillScanServiceIdEmpty";

/// 防护开关未开启
pub const INVALIDPARAMETER_SKILLSCANSWITCHOFF: &str = "InvalidParameter.SkillScanSwitchOff";

/// 触发检测任务失败（服务内部错误）
pub const INVALIDPARAMETER_SKILLSCANTRIGGERFAILED: &str = "InvalidParameter.SkillScanTriggerFailed";

/// API Key 缺失或无效
pub const INVALIDPARAMETER_SKILLSCANUNAUTHORIZED: &str = "InvalidParameter.SkillScanUnauthorized";

/// 语法错误：SQL检索语句必须遵循特定的语法规则，如果语法错误，就会导致SQL语句无法执行。例如，缺少关键字、拼写错误、缺少分号等。
pub const INVALIDPARAMETER_SQLSYNTAXERR: &str = "InvalidParameter.SQLSyntaxErr";

/// 当前实例版本不支持开启TLS自定义，请升级到高级版及以上
pub const INVALIDPARAMETER_SUPPORTTLSCONFFAILED: &str = "InvalidParameter.SupportTLSConfFailed";

/// TLS或加密套件参数错误
pub const INVALIDPARAMETER_TLSPARAMETERERR: &str = "InvalidParameter.TLSParameterErr";

/// 数据类型错误：SQL检索语句中的数据类型必须与数据库中的数据类型匹配，否则会导致错误。例如，将字符串与整数进行比较、将日期格式不正确等。
pub const INVALIDPARAMETER_TYPEMISMATCH: &str = "InvalidParameter.TypeMismatch";

/// 越权参数错误
pub const INVALIDPARAMETER_UNAUTHORIZEDOPERATIONPARAMETERERR: &str =
    "InvalidParameter.UnauthorizedOperationParameterErr";

/// UnknownAction
pub const INVALIDPARAMETER_UNKNOWNACTION: &str = "InvalidParameter.UnknownAction";

/// InvalidParameter.UploadMaxSizeErr
pub const INVALIDPARAMETER_UPLOADMAXSIZEERR: &str = "InvalidParameter.UploadMaxSizeErr";

/// InvalidParameter.UpstreamIpsErr
pub const INVALIDPARAMETER_UPSTREAMIPSERR: &str = "InvalidParameter.UpstreamIpsErr";

/// 回源信息参数错误
pub const INVALIDPARAMETER_UPSTREAMPARAMETERERR: &str = "InvalidParameter.UpstreamParameterErr";

/// InvalidParameter.UpstreamPolicyErr
pub const INVALIDPARAMETER_UPSTREAMPOLICYERR: &str = "InvalidParameter.UpstreamPolicyErr";

/// XFF重置参数错误
pub const INVALIDPARAMETER_XFFRESETPARAMETERERR: &str = "InvalidParameter.XFFResetParameterErr";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 当前域名下的内容规则数量已达上限
pub const LIMITEXCEEDED_CONTENTRULEERR: &str = "LimitExceeded.ContentRuleErr";

/// LimitExceeded.Export
pub const LIMITEXCEEDED_EXPORT: &str = "LimitExceeded.Export";

/// 当前域名下的算力消耗规则数量已达上限
pub const LIMITEXCEEDED_LIMITRULEERR: &str = "LimitExceeded.LimitRuleErr";

/// LimitExceeded.LogSearch
pub const LIMITEXCEEDED_LOGSEARCH: &str = "LimitExceeded.LogSearch";

/// LimitExceeded.SearchResources
pub const LIMITEXCEEDED_SEARCHRESOURCES: &str = "LimitExceeded.SearchResources";

/// LimitExceeded.SearchResultTooLarge
pub const LIMITEXCEEDED_SEARCHRESULTTOOLARGE: &str = "LimitExceeded.SearchResultTooLarge";

/// SpecificationErr
pub const LIMITEXCEEDED_SPECIFICATIONERR: &str = "LimitExceeded.SpecificationErr";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 账户已销毁
pub const OPERATIONDENIED_ACCOUNTDESTROY: &str = "OperationDenied.AccountDestroy";

/// 账户欠费
pub const OPERATIONDENIED_ACCOUNTISOLATE: &str = "OperationDenied.AccountIsolate";

/// 账户不存在
pub const OPERATIONDENIED_ACCOUNTNOTEXISTS: &str = "OperationDenied.AccountNotExists";

/// OperationDenied.ACLFailed
pub const OPERATIONDENIED_ACLFAILED: &str = "OperationDenied.ACLFailed";

/// OperationDenied.AnalysisSwitchClose
pub const OPERATIONDENIED_ANALYSISSWITCHCLOSE: &str = "OperationDenied.AnalysisSwitchClose";

/// OperationDenied.NewSyntaxNotSupported
pub const OPERATIONDENIED_NEWSYNTAXNOTSUPPORTED: &str = "OperationDenied.NewSyntaxNotSupported";

/// OperationDenied.OperationNotSupportInSearchLow
pub const OPERATIONDENIED_OPERATIONNOTSUPPORTINSEARCHLOW: &str =
    "OperationDenied.OperationNotSupportInSearchLow";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// EmptyErr
pub const RESOURCEINUSE_EMPTYERR: &str = "ResourceInUse.EmptyErr";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 导出任务不存在
pub const RESOURCENOTFOUND_EXPORTNOTEXIST: &str = "ResourceNotFound.ExportNotExist";

/// ResourceNotFound.LogsetNotExist
pub const RESOURCENOTFOUND_LOGSETNOTEXIST: &str = "ResourceNotFound.LogsetNotExist";

/// ResourceNotFound.NotFound
pub const RESOURCENOTFOUND_NOTFOUND: &str = "ResourceNotFound.NotFound";

/// ResourceNotFound.TopicNotExist
pub const RESOURCENOTFOUND_TOPICNOTEXIST: &str = "ResourceNotFound.TopicNotExist";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// IPV6网络正在分配，请耐心等待
pub const RESOURCEUNAVAILABLE_DOMAINIPV6INCONFIGERR: &str =
    "ResourceUnavailable.DomainIpv6InConfigErr";

/// SSL证书ID关联的证书内容错误
pub const RESOURCEUNAVAILABLE_SSLCERTIFICATEERR: &str = "ResourceUnavailable.SSLCertificateErr";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// Bot套餐未购买
pub const UNSUPPORTEDOPERATION_BOTSERVICENOTSUBSCRIBEERR: &str =
    "UnsupportedOperation.BotServiceNotSubscribeErr";

/// InvalidRequest
pub const UNSUPPORTEDOPERATION_INVALIDREQUEST: &str = "UnsupportedOperation.InvalidRequest";

/// 不支持的操作，会话配置在被引用
pub const UNSUPPORTEDOPERATION_SESSIONINUSED: &str = "UnsupportedOperation.SessionInUsed";
