//! Error codes of `teo`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_teo::errors::DRYRUNOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 边缘HTTPS证书已过期，暂不支持下发过期证书。
pub const FAILEDOPERATION_CERTIFICATEHASEXPIRED: &str = "FailedOperation.CertificateHasExpired";

/// 边缘HTTPS证书不存在。
pub const FAILEDOPERATION_CERTIFICATENOTFOUND: &str = "FailedOperation.CertificateNotFound";

/// 配置文件Condition表达式语法错误。
pub const FAILEDOPERATION_CONFIGCONDITIONSYNTAXERROR: &str =
    "FailedOperation.ConfigConditionSyntaxError";

/// 无法识别的Condition匹配类型。
pub const FAILEDOPERATION_CONFIGCONDITIONUNKNOWNTARGET: &str =
    "FailedOperation.ConfigConditionUnknownTarget";

/// 配置文件Condition表达式值的项不能为空。
pub const FAILEDOPERATION_CONFIGCONDITIONVALUEEMPTYERROR: &str =
    "FailedOperation.ConfigConditionValueEmptyError";

/// 配置文件不允许重复的关键字。
pub const FAILEDOPERATION_CONFIGDUPLICATEKEYERROR: &str = "FailedOperation.ConfigDuplicateKeyError";

/// 配置文件存在类型不匹配的字段。
pub const FAILEDOPERATION_CONFIGFIELDTYPEERROR: &str = "FailedOperation.ConfigFieldTypeError";

/// 配置文件存在语法错误。
pub const FAILEDOPERATION_CONFIGFORMATERROR: &str = "FailedOperation.ConfigFormatError";

/// 版本管理配置文件JSON格式错误
pub const FAILEDOPERATION_CONFIGJSONFORMATERROR: &str = "FailedOperation.ConfigJSONFormatError";

/// 配置文件内容格式错误，无法解析。
pub const FAILEDOPERATION_CONFIGMALFORMEDCONTENT: &str = "FailedOperation.ConfigMalformedContent";

/// 配置文件参数校验错误。
pub const FAILEDOPERATION_CONFIGPARAMVALIDATEERRORS: &str =
    "FailedOperation.ConfigParamValidateErrors";

/// 时间格式解析错误
pub const FAILEDOPERATION_CONFIGTIMEPARSINGERROR: &str = "FailedOperation.ConfigTimeParsingError";

/// 配置文件无法识别的字段：存在拼写错误，或者该字段所在的层级出错。
pub const FAILEDOPERATION_CONFIGUNKNOWNFIELD: &str = "FailedOperation.ConfigUnknownField";

/// 不支持的配置项Action
pub const FAILEDOPERATION_CONFIGUNSUPPORTEDACTION: &str = "FailedOperation.ConfigUnsupportedAction";

/// 当前不支持该配置文件版本。
pub const FAILEDOPERATION_CONFIGUNSUPPORTEDFORMATVERSION: &str =
    "FailedOperation.ConfigUnsupportedFormatVersion";

/// 创建日志集失败，请检查日志集名是否已存在。
pub const FAILEDOPERATION_CREATECLSLOGSETFAILED: &str = "FailedOperation.CreateClsLogSetFailed";

/// 创建日志主题任务失败，请检查日志主题名或任务名是否已存在。
pub const FAILEDOPERATION_CREATECLSLOGTOPICTASKFAILED: &str =
    "FailedOperation.CreateClsLogTopicTaskFailed";

/// 创建自定义推送任务认证失败, 请检查推送地址是否正确。
pub const FAILEDOPERATION_CREATELOGTOPICTASKAUTHFAILURE: &str =
    "FailedOperation.CreateLogTopicTaskAuthFailure";

/// 创建预热回源限速配置失败，请稍后重试或提交工单。
pub const FAILEDOPERATION_CREATEPREFETCHORIGINLIMITFAILED: &str =
    "FailedOperation.CreatePrefetchOriginLimitFailed";

/// 边缘客户端证书已过期，暂不支持下发过期证书。
pub const FAILEDOPERATION_EDGECLIENTCERTIFICATEHASEXPIRED: &str =
    "FailedOperation.EdgeClientCertificateHasExpired";

/// 调用 DNSPod 失败，请稍后重试，若无法解决，请提交工单。
pub const FAILEDOPERATION_FAILEDTOCALLDNSPOD: &str = "FailedOperation.FailedToCallDNSPod";

/// 有其他任务正在部署中，请稍后重试。
pub const FAILEDOPERATION_FUNCTIONDEPLOYING: &str = "FailedOperation.FunctionDeploying";

/// 账户余额不足。
pub const FAILEDOPERATION_INSUFFICIENTACCOUNTBALANCE: &str =
    "FailedOperation.InsufficientAccountBalance";

/// 站点状态不正确。
pub const FAILEDOPERATION_INVALIDZONESTATUS: &str = "FailedOperation.InvalidZoneStatus";

/// content缺少必带的配置块。
pub const FAILEDOPERATION_MISSINGCONFIGCHUNK: &str = "FailedOperation.MissingConfigChunk";

/// 操作失败。
pub const FAILEDOPERATION_MODIFYFAILED: &str = "FailedOperation.ModifyFailed";

/// 超出配置数量限制，无法创建更多，请删除不必要配置或申请提升配置数量。
pub const FAILEDOPERATION_PREFETCHORIGINLIMITCOUNTEXCEEDED: &str =
    "FailedOperation.PrefetchOriginLimitCountExceeded";

/// 未找到对应预热回源限速配置，请确认是否存在配置后重试。
pub const FAILEDOPERATION_PREFETCHORIGINLIMITNOTFOUND: &str =
    "FailedOperation.PrefetchOriginLimitNotFound";

/// 该产品即将下架，操作被拒绝。
pub const FAILEDOPERATION_PRODUCTDISCONTINUED: &str = "FailedOperation.ProductDiscontinued";

/// 没有开通本产品，请开通后再尝试。
pub const FAILEDOPERATION_PRODUCTNOTACTIVATED: &str = "FailedOperation.ProductNotActivated";

/// 实时日志认证失败
pub const FAILEDOPERATION_REALTIMELOGAUTHFAILURE: &str = "FailedOperation.RealtimeLogAuthFailure";

/// 当前不支持创建 EdgeOne 日志分析类型的实时日志推送任务。
pub const FAILEDOPERATION_REALTIMELOGLOGANALYSISNOTSUPPORT: &str =
    "FailedOperation.RealtimeLogLogAnalysisNotSupport";

/// 实时日志推送任务不存在
pub const FAILEDOPERATION_REALTIMELOGNOTFOUND: &str = "FailedOperation.RealtimeLogNotFound";

/// 该站点下函数规则操作冲突。
pub const FAILEDOPERATION_RULEOPERATIONCONFLICT: &str = "FailedOperation.RuleOperationConflict";

/// 该站点下的模板数量超过最大数量限制。
pub const FAILEDOPERATION_TEMPLATEOVERLIMIT: &str = "FailedOperation.TemplateOverLimit";

/// 未知的配置组类型。
pub const FAILEDOPERATION_UNKNOWNCONFIGGROUPTYPE: &str = "FailedOperation.UnknownConfigGroupType";

/// 回源客户端证书已过期，暂不支持下发过期证书。
pub const FAILEDOPERATION_UPSTREAMCLIENTCERTIFICATEHASEXPIRED: &str =
    "FailedOperation.UpstreamClientCertificateHasExpired";

/// 源站 CA 证书已过期，暂不支持下发过期证书。
pub const FAILEDOPERATION_UPSTREAMVERIFYCUSTOMCACERTIFICATEHASEXPIRED: &str =
    "FailedOperation.UpstreamVerifyCustomCACertificateHasExpired";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 后台处理出错。
pub const INTERNALERROR_BACKENDERROR: &str = "InternalError.BackendError";

/// 配置已被锁定，请解除配置锁定之后在重试。
pub const INTERNALERROR_CONFIGLOCKED: &str = "InternalError.ConfigLocked";

/// 数据库错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 获取配置失败。
pub const INTERNALERROR_DOMAINCONFIG: &str = "InternalError.DomainConfig";

/// 上传链接生成失败。
pub const INTERNALERROR_FAILEDTOGENERATEURL: &str = "InternalError.FailedToGenerateUrl";

/// 获取角色失败。
pub const INTERNALERROR_GETROLEERROR: &str = "InternalError.GetRoleError";

/// 后端服务器发生未知错误。
pub const INTERNALERROR_PROXYSERVER: &str = "InternalError.ProxyServer";

/// 配额系统处理失败。
pub const INTERNALERROR_QUOTASYSTEM: &str = "InternalError.QuotaSystem";

/// 后端服务路由地址错误。
pub const INTERNALERROR_ROUTEERROR: &str = "InternalError.RouteError";

/// 内部错误-系统错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 未知错误。
pub const INTERNALERROR_UNKNOWERROR: &str = "InternalError.UnknowError";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 该站点域名已被禁用。
pub const INVALIDPARAMETERVALUE_ACCESSBLACKLIST: &str = "InvalidParameterValue.AccessBlacklist";

/// 别称域名暂不支持配置边缘双向认证。
pub const INVALIDPARAMETERVALUE_ALIASDOMAINNOTSUPPORTEDGEMTLS: &str =
    "InvalidParameterValue.AliasDomainNotSupportEdgeMTLS";

/// 别称域名暂不支持配置回源双向认证。
pub const INVALIDPARAMETERVALUE_ALIASDOMAINNOTSUPPORTUPSTREAMMTLS: &str =
    "InvalidParameterValue.AliasDomainNotSupportUpstreamMTLS";

/// 别称域名暂不支持配置源站证书校验。
pub const INVALIDPARAMETERVALUE_ALIASDOMAINNOTSUPPORTUPSTREAMVERIFY: &str =
    "InvalidParameterValue.AliasDomainNotSupportUpstreamVerify";

/// 边缘双向认证配置中的客户端证书必须是CA证书。
pub const INVALIDPARAMETERVALUE_CERTIFICATEVERIFYCLIENTMUSTCA: &str =
    "InvalidParameterValue.CertificateVerifyClientMustCa";

/// 边缘双向认证配置至少需要配置一本证书。
pub const INVALIDPARAMETERVALUE_CERTIFICATEVERIFYCLIENTNEEDCERT: &str =
    "InvalidParameterValue.CertificateVerifyClientNeedCert";

/// 当前回源双向认证的证书仅支持 RSA或 ECC 算法证书，暂不支持国密 SM2 算法证书。
pub const INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMCLIENTMUSTRSAORECC: &str =
    "InvalidParameterValue.CertificateVerifyUpstreamClientMustRSAorECC";

/// 回源双向认证的证书类型不正确，不支持配置为 CA 证书。
pub const INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMCLIENTMUSTSVR: &str =
    "InvalidParameterValue.CertificateVerifyUpstreamClientMustSVR";

/// 回源双向认证配置至少需要配置一本证书。
pub const INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMCLIENTNEEDCERT: &str =
    "InvalidParameterValue.CertificateVerifyUpstreamClientNeedCert";

/// 源站证书校验的证书类型不正确，仅支持 CA 证书。
pub const INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMVERIFYCUSTOMCAMUSTCA: &str =
    "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCAMustCA";

/// 当前源站证书校验的证书仅支持 RSA或 ECC 算法证书，暂不支持国密 SM2 算法证书。
pub const INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMVERIFYCUSTOMCAMUSTRSAORECC: &str =
    "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCAMustRSAorECC";

/// 源站证书校验配置至少需要配置一本证书。
pub const INVALIDPARAMETERVALUE_CERTIFICATEVERIFYUPSTREAMVERIFYCUSTOMCANEEDCERT: &str =
    "InvalidParameterValue.CertificateVerifyUpstreamVerifyCustomCANeedCert";

/// 边缘双向认证配置中的客户端 CA 证书最多允许配置20本。
pub const INVALIDPARAMETERVALUE_CLIENTCERTINFOQUOTALIMIT: &str =
    "InvalidParameterValue.ClientCertInfoQuotaLimit";

/// 与已经添加的记录冲突。
pub const INVALIDPARAMETERVALUE_CONFLICTRECORD: &str = "InvalidParameterValue.ConflictRecord";

/// DNS 记录与 DNSSEC 功能冲突。
pub const INVALIDPARAMETERVALUE_CONFLICTWITHDNSSEC: &str =
    "InvalidParameterValue.ConflictWithDNSSEC";

/// DNS 记录与 加速域名 记录冲突。
pub const INVALIDPARAMETERVALUE_CONFLICTWITHDOMAIN: &str =
    "InvalidParameterValue.ConflictWithDomain";

/// DNS 记录与 NS 记录冲突。
pub const INVALIDPARAMETERVALUE_CONFLICTWITHNSRECORD: &str =
    "InvalidParameterValue.ConflictWithNSRecord";

/// 主机记录与记录值不能取值相同。
pub const INVALIDPARAMETERVALUE_CONTENTSAMEASNAME: &str = "InvalidParameterValue.ContentSameAsName";

/// 页面内容与Content-Type不匹配。
pub const INVALIDPARAMETERVALUE_CONTENTTYPENOTMATCH: &str =
    "InvalidParameterValue.ContentTypeNotMatch";

/// 入参中的域名与站点参数不匹配，请更正后重试。
pub const INVALIDPARAMETERVALUE_DOMAINNOTMATCHZONE: &str =
    "InvalidParameterValue.DomainNotMatchZone";

/// 当指定 DimensionName 参数时，Filters 字段必须包含与 DimensionName 对应的过滤条件。
pub const INVALIDPARAMETERVALUE_FILTERSMUSTINCLUDEDIMENSIONNAME: &str =
    "InvalidParameterValue.FiltersMustIncludeDimensionName";

/// 格式不匹配。
pub const INVALIDPARAMETERVALUE_FORMATMISMATCH: &str = "InvalidParameterValue.FormatMismatch";

/// 配置参数格式不匹配。
pub const INVALIDPARAMETERVALUE_GENERALMISMATCH: &str = "InvalidParameterValue.GeneralMismatch";

/// 包含无效的值。
pub const INVALIDPARAMETERVALUE_INCLUDEINVALIDVALUE: &str =
    "InvalidParameterValue.IncludeInvalidValue";

/// 推理服务名称格式错误。
pub const INVALIDPARAMETERVALUE_INFERENCESERVICENAME: &str =
    "InvalidParameterValue.InferenceServiceName";

/// 推理服务名称重复。
pub const INVALIDPARAMETERVALUE_INFERENCESERVICENAMEDUPLICATE: &str =
    "InvalidParameterValue.InferenceServiceNameDuplicate";

/// 别称域名名称不合法，别称域名应该由数字、英文字母、连词符组成，且连词符不能位于开头和结尾处。
pub const INVALIDPARAMETERVALUE_INVALIDALIASDOMAINNAME: &str =
    "InvalidParameterValue.InvalidAliasDomainName";

/// 无效的别称域名后缀（该域名为内部接入域名，暂不支持作为别称域名接入）。
pub const INVALIDPARAMETERVALUE_INVALIDALIASNAMESUFFIX: &str =
    "InvalidParameterValue.InvalidAliasNameSuffix";

/// DNS 记录内容错误。
pub const INVALIDPARAMETERVALUE_INVALIDDNSCONTENT: &str = "InvalidParameterValue.InvalidDNSContent";

/// DNS 记录名称错误。
pub const INVALIDPARAMETERVALUE_INVALIDDNSNAME: &str = "InvalidParameterValue.InvalidDNSName";

/// 加速域名名称不合法，加速域名应该由数字、英文字母、连词符组成，且连词符不能位于开头和结尾处。
pub const INVALIDPARAMETERVALUE_INVALIDDOMAINNAME: &str = "InvalidParameterValue.InvalidDomainName";

/// 加速域名状态不符合要求。
pub const INVALIDPARAMETERVALUE_INVALIDDOMAINSTATUS: &str =
    "InvalidParameterValue.InvalidDomainStatus";

/// 无效的 keyless 服务端 Id。
pub const INVALIDPARAMETERVALUE_INVALIDKEYLESSSERVERID: &str =
    "InvalidParameterValue.InvalidKeylessServerId";

/// DNS 代理域名源站错误。
pub const INVALIDPARAMETERVALUE_INVALIDPROXYORIGIN: &str =
    "InvalidParameterValue.InvalidProxyOrigin";

/// 存在源站故障转移配置项配置在不支持的匹配条件下，请删除相关配置。
pub const INVALIDPARAMETERVALUE_INVALIDSITEFAILOVERUNSUPPORTED: &str =
    "InvalidParameterValue.InvalidSiteFailoverUnsupported";

/// 标签值存在不合法字符。
pub const INVALIDPARAMETERVALUE_INVALIDTAGVALUE: &str = "InvalidParameterValue.InvalidTagValue";

/// 缺少必要配置参数。
pub const INVALIDPARAMETERVALUE_MISSINGNECESSARYPARAM: &str =
    "InvalidParameterValue.MissingNecessaryParam";

/// 不支持接入泛域名 CNAME
pub const INVALIDPARAMETERVALUE_NOTALLOWEDWILDCARDSHAREDCNAME: &str =
    "InvalidParameterValue.NotAllowedWildcardSharedCNAME";

/// 值不在要求的集合内。
pub const INVALIDPARAMETERVALUE_NOTINENUMERATION: &str = "InvalidParameterValue.NotInEnumeration";

/// 值不在指定范围。
pub const INVALIDPARAMETERVALUE_NOTWITHINRANGE: &str = "InvalidParameterValue.NotWithinRange";

/// OC互转开启不支持开启源站证书校验
pub const INVALIDPARAMETERVALUE_OCDIRECTORIGINDOMAINNOTSUPPORTUPSTREAMVERIFY: &str =
    "InvalidParameterValue.OCDirectOriginDomainNotSupportUpstreamVerify";

/// 指定的源站组不存在。
pub const INVALIDPARAMETERVALUE_ORIGINGROUPNOTEXISTS: &str =
    "InvalidParameterValue.OriginGroupNotExists";

/// 归属权校验未通过，请先完成站点归属权校验。
pub const INVALIDPARAMETERVALUE_OWNERSHIPVERIFICATIONNOTPASSED: &str =
    "InvalidParameterValue.OwnershipVerificationNotPassed";

/// 页面名称已存在。
pub const INVALIDPARAMETERVALUE_PAGENAMEALREADYEXIST: &str =
    "InvalidParameterValue.PageNameAlreadyExist";

/// 相同主机记录下至少需要包含一条默认解析线路，请确保当前主机记录下存在有已启用的默认解析线路后重试。
pub const INVALIDPARAMETERVALUE_RECORDNEEDDEFAULTLOCATION: &str =
    "InvalidParameterValue.RecordNeedDefaultLocation";

/// 不符合指定的正则表达式。
pub const INVALIDPARAMETERVALUE_REGEXMISMATCH: &str = "InvalidParameterValue.RegExMismatch";

/// 已开启边缘双向认证，客户端使用 RSA 或者 ECC 算法证书时，边缘 HTTPS 证书必须也配置有相同算法证书。
pub const INVALIDPARAMETERVALUE_SERVERCERTINFONEEDCONTAINRSAORECC: &str =
    "InvalidParameterValue.ServerCertInfoNeedContainRSAorECC";

/// 已开启边缘双向认证，客户端使用国密算法 CA 证书时，边缘 HTTPS 证书必须也配置有国密证书。
pub const INVALIDPARAMETERVALUE_SERVERCERTINFONEEDCONTAINSM2: &str =
    "InvalidParameterValue.ServerCertInfoNeedContainSM2";

/// 请输入合法的共享 CNAME 前缀，最大支持50个字符。
pub const INVALIDPARAMETERVALUE_SHAREDCNAMEPREFIXNOTMATCH: &str =
    "InvalidParameterValue.SharedCNAMEPrefixNotMatch";

/// 不支持同时开启源站故障转移和回源限频。
pub const INVALIDPARAMETERVALUE_SITEFAILOVERNOTSUPPORTHOSTORIGINPULLRATELIMIT: &str =
    "InvalidParameterValue.SiteFailoverNotSupportHostOriginPullRateLimit";

/// 源站故障转移不支持源站为VOD类型。
pub const INVALIDPARAMETERVALUE_SITEFAILOVERNOTSUPPORTHOSTORIGINTYPEVOD: &str =
    "InvalidParameterValue.SiteFailoverNotSupportHostOriginTypeVod";

/// 不支持同时开启源站故障转移和回源双向认证/源站证书校验。
pub const INVALIDPARAMETERVALUE_SITEFAILOVERNOTSUPPORTHOSTUPSTREAMVERIFY: &str =
    "InvalidParameterValue.SiteFailoverNotSupportHostUpstreamVerify";

/// 输入模板中包含不是自定义模板类型的模板。
pub const INVALIDPARAMETERVALUE_TEMPLATENOTCUSTOM: &str = "InvalidParameterValue.TemplateNotCustom";

/// 模板中包含不存在的模板，请检查模板 id 是否正确。
pub const INVALIDPARAMETERVALUE_TEMPLATENOTFOUND: &str = "InvalidParameterValue.TemplateNotFound";

/// 暂不支持当前域名后缀接入，如您需要使用请联系我们。
pub const INVALIDPARAMETERVALUE_TOPLEVELDOMAINNOTSUPPORT: &str =
    "InvalidParameterValue.TopLevelDomainNotSupport";

/// 试用套餐的自定义页面不允许引用。
pub const INVALIDPARAMETERVALUE_TRIALPLANRESPONSEPAGE: &str =
    "InvalidParameterValue.TrialPlanResponsePage";

/// 配置项错误。
pub const INVALIDPARAMETERVALUE_UNRECOGNIZABLEVALUE: &str =
    "InvalidParameterValue.UnrecognizableValue";

/// 存在多条相同主机记录类型的解析记录时，不允许将唯一一条权重值为0的解析记录删除。
pub const INVALIDPARAMETERVALUE_UNSUPPORTDELETEWEIGHTRECORD: &str =
    "InvalidParameterValue.UnSupportDeleteWeightRecord";

/// 回源双向认证配置中的客户端证书最多允许配置1本。
pub const INVALIDPARAMETERVALUE_UPSTREAMCLIENTCERTINFOQUOTALIMIT: &str =
    "InvalidParameterValue.UpstreamClientCertInfoQuotaLimit";

/// 源站证书校验配置中的 CA 证书最多允许配置1本。
pub const INVALIDPARAMETERVALUE_UPSTREAMVERIFYCUSTOMCACERTINFOQUOTALIMIT: &str =
    "InvalidParameterValue.UpstreamVerifyCustomCACertInfoQuotaLimit";

/// 站点名称格式不正确，请输入正确的域名格式。
pub const INVALIDPARAMETERVALUE_ZONENAMEINVALID: &str = "InvalidParameterValue.ZoneNameInvalid";

/// 暂不支持 punycode 接入。
pub const INVALIDPARAMETERVALUE_ZONENAMENOTSUPPORTPUNYCODE: &str =
    "InvalidParameterValue.ZoneNameNotSupportPunyCode";

/// 站点不支持以子域名接入，请以二级域名作为站点接入。
pub const INVALIDPARAMETERVALUE_ZONENAMENOTSUPPORTSUBDOMAIN: &str =
    "InvalidParameterValue.ZoneNameNotSupportSubDomain";

/// 没有对应的站点，请确保站点信息填写正确。
pub const INVALIDPARAMETERVALUE_ZONENOTFOUND: &str = "InvalidParameterValue.ZoneNotFound";

/// 站点已停用，请检查当前站点状态。
pub const INVALIDPARAMETERVALUE_ZONEPAUSED: &str = "InvalidParameterValue.ZonePaused";

/// 该同名站点标识已被占用，请重新输入。
pub const INVALIDPARAMETERVALUE_ZONESAMEASNAME: &str = "InvalidParameterValue.ZoneSameAsName";

/// 正则表达式非标准RE2格式。
pub const INVALIDPARAMETER_ACCESSREDIRECTREGEXERROR: &str =
    "InvalidParameter.AccessRedirectRegexError";

/// 操作频繁，请稍后重试。
pub const INVALIDPARAMETER_ACTIONINPROGRESS: &str = "InvalidParameter.ActionInProgress";

/// 当前域名不支持同时开启高级回源优化和中国大陆网络优化（国际加速）。
pub const INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTACCELERATEMAINLAND: &str =
    "InvalidParameter.AdvancedOriginRoutingNotSupportAccelerateMainland";

/// 前域名回源 IP 白名单套餐不支持高级回源优化
pub const INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTCURRENTPLANORIGINWHITELIST: &str =
    "InvalidParameter.AdvancedOriginRoutingNotSupportCurrentPlanOriginWhitelist";

/// 当前域名不支持同时开启高级回源优化和多层架构。
pub const INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTMULTIPLYLAYER: &str =
    "InvalidParameter.AdvancedOriginRoutingNotSupportMultiplyLayer";

/// 新增域名过程中不支持开启高级回源优化，请关闭高级回源优化配置后重试。
pub const INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTNEWLYADDEDHOST: &str =
    "InvalidParameter.AdvancedOriginRoutingNotSupportNewlyAddedHost";

/// 当前域名不支持同时开启高级回源优化和OC互转。
pub const INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTOCDIRECTORIGIN: &str =
    "InvalidParameter.AdvancedOriginRoutingNotSupportOCDirectOrigin";

/// 不支持同时开启高级回源优化和竞速平台。
pub const INVALIDPARAMETER_ADVANCEDORIGINROUTINGNOTSUPPORTRACINGPLATFORM: &str =
    "InvalidParameter.AdvancedOriginRoutingNotSupportRacingPlatform";

/// 别称域名不支持配无私钥证书。
pub const INVALIDPARAMETER_ALIASDOMAINNOTSUPPORTKEYLESS: &str =
    "InvalidParameter.AliasDomainNotSupportKeyless";

/// 别称域名不支持配置国密证书。
pub const INVALIDPARAMETER_ALIASDOMAINNOTSUPPORTSMCERT: &str =
    "InvalidParameter.AliasDomainNotSupportSMCert";

/// 函数内容存在语法错误。
pub const INVALIDPARAMETER_BADCONTENT: &str = "InvalidParameter.BadContent";

/// 函数名称不符合命名规范。
pub const INVALIDPARAMETER_BADFUNCTIONNAME: &str = "InvalidParameter.BadFunctionName";

/// 命名空间名称不合法。
pub const INVALIDPARAMETER_BADNAMESPACENAME: &str = "InvalidParameter.BadNamespaceName";

/// 绑定变量不存在。
pub const INVALIDPARAMETER_BINDINGNOTFOUND: &str = "InvalidParameter.BindingNotFound";

/// 无效的查询字符串。
pub const INVALIDPARAMETER_CACHEKEYQUERYSTRINGREQUIRESFULLURLCACHEOFF: &str =
    "InvalidParameter.CacheKeyQueryStringRequiresFullUrlCacheOff";

/// 查询字符串规则超过了限制。
pub const INVALIDPARAMETER_CACHEKEYQUERYSTRINGTOOMANYVALUE: &str =
    "InvalidParameter.CacheKeyQueryStringTooManyValue";

/// 待变更域名未绑定证书或 keyless 服务端，请先绑定后再操作。
pub const INVALIDPARAMETER_CERTIFICATECONFLICTWITHKEYLESSSERVER: &str =
    "InvalidParameter.CertificateConflictWithKeylessServer";

/// 无效的边缘HTTPS证书配置，证书与域名不匹配。
pub const INVALIDPARAMETER_CERTNOTMATCHDOMAIN: &str = "InvalidParameter.CertNotMatchDomain";

/// 证书 SAN 域名总长度超过限制（最大 4096 字节）。
pub const INVALIDPARAMETER_CERTSANTOOLONG: &str = "InvalidParameter.CertSANTooLong";

/// 内部错误。
pub const INVALIDPARAMETER_CERTSYSTEMERROR: &str = "InvalidParameter.CertSystemError";

/// 边缘HTTPS证书即将过期。
pub const INVALIDPARAMETER_CERTTOEXPIRE: &str = "InvalidParameter.CertToExpire";

/// 无效的边缘HTTPS证书配置，密钥长度不符合最短要求RSA>=2048,DSA>=2048,DH>=2048,EC>=225。
pub const INVALIDPARAMETER_CERTTOOSHORTKEYSIZE: &str = "InvalidParameter.CertTooShortKeySize";

/// IPv6 访问与客户端 IP 地理位置功能冲突。
pub const INVALIDPARAMETER_CLIENTIPCOUNTRYCONFLICTSWITHIPV6: &str =
    "InvalidParameter.ClientIpCountryConflictsWithIpv6";

/// CNAME模式下无法申请泛域名证书。
pub const INVALIDPARAMETER_CNAMEWILDHOSTNOTALLOWAPPLYCERTIFICATE: &str =
    "InvalidParameter.CnameWildHostNotAllowApplyCertificate";

/// 无效的压缩算法。
pub const INVALIDPARAMETER_COMPRESSIONINVALIDALGORITHMS: &str =
    "InvalidParameter.CompressionInvalidAlgorithms";

/// 源站不能和域名一致。
pub const INVALIDPARAMETER_CONFLICTHOSTORIGIN: &str = "InvalidParameter.ConflictHostOrigin";

/// 函数内容超过大小限制。
pub const INVALIDPARAMETER_CONTENTEXCEEDSLIMIT: &str = "InvalidParameter.ContentExceedsLimit";

/// 域名加速区域，无法支持该预热回源限速区域配置，请调整后重新提交。
pub const INVALIDPARAMETER_DOMAINAREANOTSUPPORTPREFETCHORIGINLIMITAREA: &str =
    "InvalidParameter.DomainAreaNotSupportPrefetchOriginLimitArea";

/// 域名不存在或不属于该账号。
pub const INVALIDPARAMETER_DOMAINNOTFOUND: &str = "InvalidParameter.DomainNotFound";

/// 当前域名已开启流量调度功能。
pub const INVALIDPARAMETER_DOMAINONTRAFFICSCHEDULING: &str =
    "InvalidParameter.DomainOnTrafficScheduling";

/// 绑定变量名称已存在。
pub const INVALIDPARAMETER_DUPLICATEBINDINGNAME: &str = "InvalidParameter.DuplicateBindingName";

/// 重复规则。
pub const INVALIDPARAMETER_DUPLICATERULE: &str = "InvalidParameter.DuplicateRule";

/// 无效的边缘客户端证书配置。
pub const INVALIDPARAMETER_EDGECLIENTCERTCHECKERROR: &str =
    "InvalidParameter.EdgeClientCertCheckError";

/// 操作不支持条件。
pub const INVALIDPARAMETER_ERRACTIONUNSUPPORTTARGET: &str =
    "InvalidParameter.ErrActionUnsupportTarget";

/// 非法操作。
pub const INVALIDPARAMETER_ERRINVALIDACTION: &str = "InvalidParameter.ErrInvalidAction";

/// 非法操作-操作配置重复。
pub const INVALIDPARAMETER_ERRINVALIDACTIONDUPLICATEACTION: &str =
    "InvalidParameter.ErrInvalidActionDuplicateAction";

/// 无效的规则引擎操作，源站IP不支持内网IP或回环地址。
pub const INVALIDPARAMETER_ERRINVALIDACTIONORIGINPRIVATEADDRESS: &str =
    "InvalidParameter.ErrInvalidActionOriginPrivateAddress";

/// 非法操作-非法参数。
pub const INVALIDPARAMETER_ERRINVALIDACTIONPARAM: &str = "InvalidParameter.ErrInvalidActionParam";

/// 非法操作-非法参数-无效action。
pub const INVALIDPARAMETER_ERRINVALIDACTIONPARAMACTION: &str =
    "InvalidParameter.ErrInvalidActionParamAction";

/// 非法操作-非法参数-无效参数值类型。
pub const INVALIDPARAMETER_ERRINVALIDACTIONPARAMBADVALUETYPE: &str =
    "InvalidParameter.ErrInvalidActionParamBadValueType";

/// 非法操作-非法参数-参数名重复。
pub const INVALIDPARAMETER_ERRINVALIDACTIONPARAMDUPLICATENAME: &str =
    "InvalidParameter.ErrInvalidActionParamDuplicateName";

/// 非法操作-非法参数-无效参数值类型。
pub const INVALIDPARAMETER_ERRINVALIDACTIONPARAMNAME: &str =
    "InvalidParameter.ErrInvalidActionParamName";

/// 非法操作-非法参数-参数值数量超出限制。
pub const INVALIDPARAMETER_ERRINVALIDACTIONPARAMTOOMANYVALUES: &str =
    "InvalidParameter.ErrInvalidActionParamTooManyValues";

/// 非法操作-非法参数-无效参数值。
pub const INVALIDPARAMETER_ERRINVALIDACTIONPARAMVALUE: &str =
    "InvalidParameter.ErrInvalidActionParamValue";

/// 非法操作-非法类型。
pub const INVALIDPARAMETER_ERRINVALIDACTIONTYPE: &str = "InvalidParameter.ErrInvalidActionType";

/// 非法条件。
pub const INVALIDPARAMETER_ERRINVALIDCONDITION: &str = "InvalidParameter.ErrInvalidCondition";

/// 修改源站操作不能仅配置host匹配类型。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONCANNOTONLYCONTAINHOSTWHENMODIFYORIGINACTIONCONFIGURED:
    &str = "InvalidParameter.ErrInvalidConditionCannotOnlyContainHostWhenModifyOriginActionConfigured";

/// 修改源站操作仅支持配置一个host匹配类型。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONHOSTTOOMANYWHENMODIFYORIGINACTIONCONFIGURED: &str =
    "InvalidParameter.ErrInvalidConditionHostTooManyWhenModifyOriginActionConfigured";

/// 非法条件-非法忽略大小写。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONIGNORECASE: &str =
    "InvalidParameter.ErrInvalidConditionIgnoreCase";

/// 非法条件-非法参数名称-无效的参数名称。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONNAMEBADNAME: &str =
    "InvalidParameter.ErrInvalidConditionNameBadName";

/// 非法条件-非法参数名称-匹配类型不支持参数名称。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONNAMETARGETNOTSUPPORTNAME: &str =
    "InvalidParameter.ErrInvalidConditionNameTargetNotSupportName";

/// 非法条件-非法参数值-无效的正则表达式。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEBADREGULAR: &str =
    "InvalidParameter.ErrInvalidConditionValueBadRegular";

/// 非法条件-非法参数值-无效的url。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEBADURL: &str =
    "InvalidParameter.ErrInvalidConditionValueBadUrl";

/// 非法条件-非法参数值-无效的参数值。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEBADVALUE: &str =
    "InvalidParameter.ErrInvalidConditionValueBadValue";

/// 非法条件-非法参数值-无效的参数值-文件名不应包含文件后缀。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEBADVALUECONTAINFILENAMEEXTENSION: &str =
    "InvalidParameter.ErrInvalidConditionValueBadValueContainFileNameExtension";

/// 非法条件-非法参数值-参数值长度超出限制。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUETOOLONGVALUE: &str =
    "InvalidParameter.ErrInvalidConditionValueTooLongValue";

/// 非法条件-非法参数值-正则表达式数量超出限制。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUETOOMANYREGULAR: &str =
    "InvalidParameter.ErrInvalidConditionValueTooManyRegular";

/// 非法条件-非法参数值-参数值数量超出限制。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUETOOMANYVALUES: &str =
    "InvalidParameter.ErrInvalidConditionValueTooManyValues";

/// 非法条件-非法参数值-通配符数量超出限制。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUETOOMANYWILDCARD: &str =
    "InvalidParameter.ErrInvalidConditionValueTooManyWildcard";

/// 非法条件-非法参数值-参数值数量为0。
pub const INVALIDPARAMETER_ERRINVALIDCONDITIONVALUEZEROLENGTH: &str =
    "InvalidParameter.ErrInvalidConditionValueZeroLength";

/// 修改源站操作不支持ELSE。
pub const INVALIDPARAMETER_ERRINVALIDELSEWHENMODIFYORIGINACTIONCONFIGURED: &str =
    "InvalidParameter.ErrInvalidElseWhenModifyOriginActionConfigured";

/// 条件为空。
pub const INVALIDPARAMETER_ERRNILCONDITION: &str = "InvalidParameter.ErrNilCondition";

/// 绑定名已存在。如需覆盖，请使用 bind-override。
pub const INVALIDPARAMETER_FUNCTIONBINDVARIABLENAMECONFLICT: &str =
    "InvalidParameter.FunctionBindVariableNameConflict";

/// 函数名称和本账号下其他函数冲突。
pub const INVALIDPARAMETER_FUNCTIONNAMECONFLICT: &str = "InvalidParameter.FunctionNameConflict";

/// GroupBy参数超过数量限制。
pub const INVALIDPARAMETER_GROUPBYLIMITEXCEEDED: &str = "InvalidParameter.GroupByLimitExceeded";

/// 开启 Grpc 协议支持需要同时开启 HTTP/2 协议支持。
pub const INVALIDPARAMETER_GRPCREQUIREHTTP2: &str = "InvalidParameter.GrpcRequireHttp2";

/// 回源Host错误。
pub const INVALIDPARAMETER_HOSTHEADERINVALID: &str = "InvalidParameter.HostHeaderInvalid";

/// 域名不存在。
pub const INVALIDPARAMETER_HOSTNOTFOUND: &str = "InvalidParameter.HostNotFound";

/// CNAME 未切换或者源站未路由到EO服务器。
pub const INVALIDPARAMETER_HOSTSTATUSNOTALLOWAPPLYCERTIFICATE: &str =
    "InvalidParameter.HostStatusNotAllowApplyCertificate";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDACCELERATETYPE: &str = "InvalidParameter.InvalidAccelerateType";

/// 设置的匹配条件不支持高级回源优化操作，请删除相关配置项。
pub const INVALIDPARAMETER_INVALIDADVANCEDORIGINROUTINGUNSUPPORTED: &str =
    "InvalidParameter.InvalidAdvancedOriginRoutingUnsupported";

/// 无效的token鉴权。
pub const INVALIDPARAMETER_INVALIDAUTHENTICATION: &str = "InvalidParameter.InvalidAuthentication";

/// 无效的token鉴权过期时间。
pub const INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPEEXPIRETIME: &str =
    "InvalidParameter.InvalidAuthenticationTypeExpireTime";

/// 无效的token鉴权密钥。
pub const INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPESECRETKEY: &str =
    "InvalidParameter.InvalidAuthenticationTypeSecretKey";

/// 无效的token鉴权参数。
pub const INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPESIGNPARAM: &str =
    "InvalidParameter.InvalidAuthenticationTypeSignParam";

/// 无效的token鉴权时间格式。
pub const INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPETIMEFORMAT: &str =
    "InvalidParameter.InvalidAuthenticationTypeTimeFormat";

/// 无效的token鉴权时间参数。
pub const INVALIDPARAMETER_INVALIDAUTHENTICATIONTYPETIMEPARAM: &str =
    "InvalidParameter.InvalidAuthenticationTypeTimeParam";

/// 自动使用代金券格式不正确，请输入正确的自动使用代金券格式。
pub const INVALIDPARAMETER_INVALIDAUTOUSEVOUCHER: &str = "InvalidParameter.InvalidAutoUseVoucher";

/// 无效的第三方对象存储。
pub const INVALIDPARAMETER_INVALIDAWSPRIVATEACCESS: &str =
    "InvalidParameter.InvalidAwsPrivateAccess";

/// 请正确填写地域作为第三方对象存储私有访问参数。
pub const INVALIDPARAMETER_INVALIDAWSREGION: &str = "InvalidParameter.InvalidAwsRegion";

/// 无效的第三方对象存储。
pub const INVALIDPARAMETER_INVALIDAWSSECRETKEY: &str = "InvalidParameter.InvalidAwsSecretKey";

/// 无效的备源回源Host。
pub const INVALIDPARAMETER_INVALIDBACKUPSERVERNAME: &str =
    "InvalidParameter.InvalidBackupServerName";

/// 无效的节点缓存。
pub const INVALIDPARAMETER_INVALIDCACHECONFIGCACHE: &str =
    "InvalidParameter.InvalidCacheConfigCache";

/// 无效的节点缓存，遵循源站行为。
pub const INVALIDPARAMETER_INVALIDCACHECONFIGFOLLOWORIGIN: &str =
    "InvalidParameter.InvalidCacheConfigFollowOrigin";

/// 无效的缓存键。
pub const INVALIDPARAMETER_INVALIDCACHEKEY: &str = "InvalidParameter.InvalidCacheKey";

/// 无效的自定义Cache Key Cookie无效。
pub const INVALIDPARAMETER_INVALIDCACHEKEYCOOKIE: &str = "InvalidParameter.InvalidCacheKeyCookie";

/// 无效的缓存键忽略大小写。
pub const INVALIDPARAMETER_INVALIDCACHEKEYIGNORECASE: &str =
    "InvalidParameter.InvalidCacheKeyIgnoreCase";

/// 无效的查询字符串。
pub const INVALIDPARAMETER_INVALIDCACHEKEYQUERYSTRINGACTION: &str =
    "InvalidParameter.InvalidCacheKeyQueryStringAction";

/// 无效的查询字符串。
pub const INVALIDPARAMETER_INVALIDCACHEKEYQUERYSTRINGVALUE: &str =
    "InvalidParameter.InvalidCacheKeyQueryStringValue";

/// 无效的自定义Cache Key Scheme无效。
pub const INVALIDPARAMETER_INVALIDCACHEKEYSCHEME: &str = "InvalidParameter.InvalidCacheKeyScheme";

/// 无效的节点缓存。
pub const INVALIDPARAMETER_INVALIDCACHEONLYONSWITCH: &str =
    "InvalidParameter.InvalidCacheOnlyOnSwitch";

/// 无效的节点缓存时间。
pub const INVALIDPARAMETER_INVALIDCACHETIME: &str = "InvalidParameter.InvalidCacheTime";

/// 无效的边缘HTTPS证书信息。
pub const INVALIDPARAMETER_INVALIDCERTINFO: &str = "InvalidParameter.InvalidCertInfo";

/// 无效的客户端IP地理位置配置，HeaderName由1-100个字母或数字组成的，不能以"-"开头或结尾。
pub const INVALIDPARAMETER_INVALIDCLIENTIPCOUNTRYHEADERNAME: &str =
    "InvalidParameter.InvalidClientIpCountryHeaderName";

/// 无效的客户端IP请求头。
pub const INVALIDPARAMETER_INVALIDCLIENTIPHEADERNAME: &str =
    "InvalidParameter.InvalidClientIpHeaderName";

/// 分区域回源的源站无效。
pub const INVALIDPARAMETER_INVALIDCLIENTIPORIGIN: &str = "InvalidParameter.InvalidClientIpOrigin";

/// 不合法的条件。
pub const INVALIDPARAMETER_INVALIDCONDITIONS: &str = "InvalidParameter.InvalidConditions";

/// 无效的回源配置，源站类型为对象存储时，源站地址必须为对象存储域名。
pub const INVALIDPARAMETER_INVALIDCOSDOMAIN: &str = "InvalidParameter.InvalidCosDomain";

/// 域名非法，请检查入参中是否传入不存在的域名。
pub const INVALIDPARAMETER_INVALIDDOMAINS: &str = "InvalidParameter.InvalidDomains";

/// 无效的智能加速。
pub const INVALIDPARAMETER_INVALIDDYNAMICROUTINE: &str = "InvalidParameter.InvalidDynamicRoutine";

/// 套餐包不支持智能加速配置。
pub const INVALIDPARAMETER_INVALIDDYNAMICROUTINEBILLING: &str =
    "InvalidParameter.InvalidDynamicRoutineBilling";

/// 无效的自定义错误页面。
pub const INVALIDPARAMETER_INVALIDERRORPAGE: &str = "InvalidParameter.InvalidErrorPage";

/// 无效的自定义错误页面。
pub const INVALIDPARAMETER_INVALIDERRORPAGEREDIRECTURL: &str =
    "InvalidParameter.InvalidErrorPageRedirectUrl";

/// 不合法的过滤字段。
pub const INVALIDPARAMETER_INVALIDFILTERNAME: &str = "InvalidParameter.InvalidFilterName";

/// 无效的强制HTTPS跳转。
pub const INVALIDPARAMETER_INVALIDFORCEREDIRECTTYPE: &str =
    "InvalidParameter.InvalidForceRedirectType";

/// 无效的HTTPS。
pub const INVALIDPARAMETER_INVALIDHTTPS: &str = "InvalidParameter.InvalidHttps";

/// 无效的边缘HTTPS证书配置，证书内容无效。
pub const INVALIDPARAMETER_INVALIDHTTPSCERTINFO: &str = "InvalidParameter.InvalidHttpsCertInfo";

/// 加密套件与TLS版本不匹配。
pub const INVALIDPARAMETER_INVALIDHTTPSCIPHERSUITEANDTLSVERSION: &str =
    "InvalidParameter.InvalidHttpsCipherSuiteAndTlsVersion";

/// 无效的HTTPS HSTS。
pub const INVALIDPARAMETER_INVALIDHTTPSHSTSMAXAGE: &str = "InvalidParameter.InvalidHttpsHstsMaxAge";

/// 无效的HTTPS TLS版本。
pub const INVALIDPARAMETER_INVALIDHTTPSTLSVERSION: &str = "InvalidParameter.InvalidHttpsTlsVersion";

/// 无效时间间隔。取值应为[min 5min hour day]。
pub const INVALIDPARAMETER_INVALIDINTERVAL: &str = "InvalidParameter.InvalidInterval";

/// 无效的Ipv6开关配置。
pub const INVALIDPARAMETER_INVALIDIPV6SWITCH: &str = "InvalidParameter.InvalidIpv6Switch";

/// 无效的日志分析匹配条件，查询语句解析失败。
pub const INVALIDPARAMETER_INVALIDLOGANALYSISCONDITION: &str =
    "InvalidParameter.InvalidLogAnalysisCondition";

/// 日志输出格式的字段分隔符不正确
pub const INVALIDPARAMETER_INVALIDLOGFORMATFIELDDELIMITER: &str =
    "InvalidParameter.InvalidLogFormatFieldDelimiter";

/// 日志输出格式类型不正确
pub const INVALIDPARAMETER_INVALIDLOGFORMATFORMATTYPE: &str =
    "InvalidParameter.InvalidLogFormatFormatType";

/// 日志输出格式的日志记录分隔符不正确
pub const INVALIDPARAMETER_INVALIDLOGFORMATRECORDDELIMITER: &str =
    "InvalidParameter.InvalidLogFormatRecordDelimiter";

/// 无效的浏览器缓存。
pub const INVALIDPARAMETER_INVALIDMAXAGEFOLLOWORIGIN: &str =
    "InvalidParameter.InvalidMaxAgeFollowOrigin";

/// 无效的浏览器缓存。
pub const INVALIDPARAMETER_INVALIDMAXAGETIME: &str = "InvalidParameter.InvalidMaxAgeTime";

/// 无效查询维度。
pub const INVALIDPARAMETER_INVALIDMETRIC: &str = "InvalidParameter.InvalidMetric";

/// 操作类型不合法。
pub const INVALIDPARAMETER_INVALIDOPERATION: &str = "InvalidParameter.InvalidOperation";

/// 无效的源站。
pub const INVALIDPARAMETER_INVALIDORIGIN: &str = "InvalidParameter.InvalidOrigin";

/// 源站组类型错误。
pub const INVALIDPARAMETER_INVALIDORIGINGROUPTYPE: &str = "InvalidParameter.InvalidOriginGroupType";

/// 不支持填写内网IP/回环地址作为源站地址
pub const INVALIDPARAMETER_INVALIDORIGINIP: &str = "InvalidParameter.InvalidOriginIp";

/// 源站类型错误。
pub const INVALIDPARAMETER_INVALIDORIGINTYPE: &str = "InvalidParameter.InvalidOriginType";

/// 源站错误或不存在。
pub const INVALIDPARAMETER_INVALIDORIGINVALUE: &str = "InvalidParameter.InvalidOriginValue";

/// 参数错误。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 套餐周期格式不正确，请输入正确的套餐周期格式。
pub const INVALIDPARAMETER_INVALIDPERIOD: &str = "InvalidParameter.InvalidPeriod";

/// 套餐类型格式不正确，请输入正确的套餐类型格式。
pub const INVALIDPARAMETER_INVALIDPLANTYPE: &str = "InvalidParameter.InvalidPlanType";

/// 套餐包不支持最大上传大小。
pub const INVALIDPARAMETER_INVALIDPOSTMAXSIZEBILLING: &str =
    "InvalidParameter.InvalidPostMaxSizeBilling";

/// 无效的最大上传大小。
pub const INVALIDPARAMETER_INVALIDPOSTSIZEVALUE: &str = "InvalidParameter.InvalidPostSizeValue";

/// 请填写AccessKeyId、SecretAccessKey作为第三方对象存储私有访问参数。
pub const INVALIDPARAMETER_INVALIDPRIVATEACCESSPARAMS: &str =
    "InvalidParameter.InvalidPrivateAccessParams";

/// 请指定PrivateAccess参数值为on/off。
pub const INVALIDPARAMETER_INVALIDPRIVATEACCESSSWITCH: &str =
    "InvalidParameter.InvalidPrivateAccessSwitch";

/// 四层代理非法，请检查入参中是否传入不存在的代理。
pub const INVALIDPARAMETER_INVALIDPROXIES: &str = "InvalidParameter.InvalidProxies";

/// 套餐包不支持Quic配置。
pub const INVALIDPARAMETER_INVALIDQUICBILLING: &str = "InvalidParameter.InvalidQuicBilling";

/// 配额数量格式不正确，请输入正确的配额数量格式。
pub const INVALIDPARAMETER_INVALIDQUOTANUMBER: &str = "InvalidParameter.InvalidQuotaNumber";

/// 配额类型格式不正确，请输入正确的配额类型格式。
pub const INVALIDPARAMETER_INVALIDQUOTATYPE: &str = "InvalidParameter.InvalidQuotaType";

/// 无效的分片回源。
pub const INVALIDPARAMETER_INVALIDRANGEORIGINPULL: &str = "InvalidParameter.InvalidRangeOriginPull";

/// 自动续费标志格式不正确，请输入正确的自动续费标签格式。
pub const INVALIDPARAMETER_INVALIDRENEWFLAG: &str = "InvalidParameter.InvalidRenewFlag";

/// 无效的请求头header。
pub const INVALIDPARAMETER_INVALIDREQUESTHEADERNAME: &str =
    "InvalidParameter.InvalidRequestHeaderName";

/// x-forwarded-for 请求头配置无效
pub const INVALIDPARAMETER_INVALIDREQUESTHEADERNAMEXFF: &str =
    "InvalidParameter.InvalidRequestHeaderNameXff";

/// 无效的请求头header。
pub const INVALIDPARAMETER_INVALIDREQUESTHEADERVALUE: &str =
    "InvalidParameter.InvalidRequestHeaderValue";

/// 无套餐包。
pub const INVALIDPARAMETER_INVALIDRESOURCEIDBILLING: &str =
    "InvalidParameter.InvalidResourceIdBilling";

/// 无效的响应头header。
pub const INVALIDPARAMETER_INVALIDRESPONSEHEADERNAME: &str =
    "InvalidParameter.InvalidResponseHeaderName";

/// 无效的响应头header。
pub const INVALIDPARAMETER_INVALIDRESPONSEHEADERVALUE: &str =
    "InvalidParameter.InvalidResponseHeaderValue";

/// 无效的规则引擎配置。
pub const INVALIDPARAMETER_INVALIDRULEENGINE: &str = "InvalidParameter.InvalidRuleEngine";

/// 无效的规则引擎操作。
pub const INVALIDPARAMETER_INVALIDRULEENGINEACTION: &str =
    "InvalidParameter.InvalidRuleEngineAction";

/// 规则不存在。
pub const INVALIDPARAMETER_INVALIDRULEENGINENOTFOUND: &str =
    "InvalidParameter.InvalidRuleEngineNotFound";

/// 无效的规则引擎条件。
pub const INVALIDPARAMETER_INVALIDRULEENGINETARGET: &str =
    "InvalidParameter.InvalidRuleEngineTarget";

/// 无效的规则引擎文件后缀条件。
pub const INVALIDPARAMETER_INVALIDRULEENGINETARGETSEXTENSION: &str =
    "InvalidParameter.InvalidRuleEngineTargetsExtension";

/// 无效的规则引擎URL条件。
pub const INVALIDPARAMETER_INVALIDRULEENGINETARGETSURL: &str =
    "InvalidParameter.InvalidRuleEngineTargetsUrl";

/// 规则协议错误。（TCP/UDP）。
pub const INVALIDPARAMETER_INVALIDRULEPROTO: &str = "InvalidParameter.InvalidRuleProto";

/// 无效的回源Host。
pub const INVALIDPARAMETER_INVALIDSERVERNAME: &str = "InvalidParameter.InvalidServerName";

/// 设置的匹配条件不支持 EdgeOne Shield 操作，请删除相关配置项。
pub const INVALIDPARAMETER_INVALIDSHIELDUNSUPPORTED: &str =
    "InvalidParameter.InvalidShieldUnsupported";

/// 排序字段不合法。
pub const INVALIDPARAMETER_INVALIDSORTBY: &str = "InvalidParameter.InvalidSortBy";

/// 排序方向不合法。
pub const INVALIDPARAMETER_INVALIDSORTORDER: &str = "InvalidParameter.InvalidSortOrder";

/// edgeone的debug配置无效。
pub const INVALIDPARAMETER_INVALIDSTANDARDDEBUG: &str = "InvalidParameter.InvalidStandardDebug";

/// 无效的客户端ip或ip段。
pub const INVALIDPARAMETER_INVALIDSTANDARDDEBUGCLIENTIP: &str =
    "InvalidParameter.InvalidStandardDebugClientIp";

/// AllowClientIPList 参数必填，支持 IPv4 及 IPv6 网段。0.0.0.0/0 表示允许所有 IPv4 客户端进行调试，::/0 表示允许所有 IPv6 客户端进行调试。
pub const INVALIDPARAMETER_INVALIDSTANDARDDEBUGEMPTYLIST: &str =
    "InvalidParameter.InvalidStandardDebugEmptyList";

/// 有效期超过限制。
pub const INVALIDPARAMETER_INVALIDSTANDARDDEBUGEXPIRETIMELIMIT: &str =
    "InvalidParameter.InvalidStandardDebugExpireTimeLimit";

/// 无效的回源请求参数设置-无效查询字符串值。
pub const INVALIDPARAMETER_INVALIDUPSTREAMREQUESTQUERYSTRINGVALUE: &str =
    "InvalidParameter.InvalidUpstreamRequestQueryStringValue";

/// 无效的URL重写。
pub const INVALIDPARAMETER_INVALIDURLREDIRECT: &str = "InvalidParameter.InvalidUrlRedirect";

/// URL重写的目标HOST无效。
pub const INVALIDPARAMETER_INVALIDURLREDIRECTHOST: &str = "InvalidParameter.InvalidUrlRedirectHost";

/// URL重写的目标URL无效。
pub const INVALIDPARAMETER_INVALIDURLREDIRECTURL: &str = "InvalidParameter.InvalidUrlRedirectUrl";

/// 无效的WebSocket。
pub const INVALIDPARAMETER_INVALIDWEBSOCKETTIMEOUT: &str =
    "InvalidParameter.InvalidWebSocketTimeout";

/// 无效的缓存键。
pub const INVALIDPARAMETER_KEYRULESINVALIDQUERYSTRINGVALUE: &str =
    "InvalidParameter.KeyRulesInvalidQueryStringValue";

/// 请求的Key数量超过限制。
pub const INVALIDPARAMETER_KEYSTOOMANY: &str = "InvalidParameter.KeysTooMany";

/// 参数长度超过限制。
pub const INVALIDPARAMETER_LENGTHEXCEEDSLIMIT: &str = "InvalidParameter.LengthExceedsLimit";

/// 修改源站操作中负载均衡实例Id必填。
pub const INVALIDPARAMETER_LOADBALANCEINSTANCEIDISREQUIRED: &str =
    "InvalidParameter.LoadBalanceInstanceIdIsRequired";

/// 引用负载均衡的4层代理服务正在部署中，请稍后再编辑。
pub const INVALIDPARAMETER_LOADBALANCERBINDL4NOTINSTABLESTATUS: &str =
    "InvalidParameter.LoadBalancerBindL4NotInStableStatus";

/// 引用负载均衡的7层域名服务正在部署中，请稍后再编辑。
pub const INVALIDPARAMETER_LOADBALANCERBINDL7NOTINSTABLESTATUS: &str =
    "InvalidParameter.LoadBalancerBindL7NotInStableStatus";

/// 负载均衡器绑定的源站组无效。
pub const INVALIDPARAMETER_LOADBALANCERBINDORIGINGROUPINVALID: &str =
    "InvalidParameter.LoadBalancerBindOriginGroupInvalid";

/// 同一站点下的负载均衡名称不可以重复。
pub const INVALIDPARAMETER_LOADBALANCERNAMEREPEATED: &str =
    "InvalidParameter.LoadBalancerNameRepeated";

/// 负载均衡实例存在被四层实例引用，不允许删除。
pub const INVALIDPARAMETER_LOADBALANCERUSEDINL4PROXY: &str =
    "InvalidParameter.LoadBalancerUsedInL4Proxy";

/// 负载均衡实例存在被七层域名引用，不允许删除。
pub const INVALIDPARAMETER_LOADBALANCERUSEDINL7DOMAIN: &str =
    "InvalidParameter.LoadBalancerUsedInL7Domain";

/// 负载均衡实例存在被规则引擎引用，不允许删除。
pub const INVALIDPARAMETER_LOADBALANCERUSEDINRULEENGINE: &str =
    "InvalidParameter.LoadBalancerUsedInRuleEngine";

/// 修改参数缺失。
pub const INVALIDPARAMETER_MODIFYPARAMETERSMISSING: &str =
    "InvalidParameter.ModifyParametersMissing";

/// 不支持智能路由
pub const INVALIDPARAMETER_MULTIPLYLAYERNOTSUPPORTSMARTROUTING: &str =
    "InvalidParameter.MultiplyLayerNotSupportSmartRouting";

/// 命名空间正在使用中，无法删除。
pub const INVALIDPARAMETER_NAMESPACEINUSE: &str = "InvalidParameter.NamespaceInUse";

/// 操作配置存在不支持的预设变量。
pub const INVALIDPARAMETER_NOTSUPPORTTHISPRESET: &str = "InvalidParameter.NotSupportThisPreset";

/// 域名处于直接回源架构，需要保持智能加速功能的开启。
pub const INVALIDPARAMETER_OCDIRECTORIGINREQUIRESSMARTROUTING: &str =
    "InvalidParameter.OCDirectOriginRequiresSmartRouting";

/// 源站组类型与负载均衡器类型不匹配。
pub const INVALIDPARAMETER_ORIGINGROUPTYPECANNOTMATCHLBTYPE: &str =
    "InvalidParameter.OriginGroupTypeCanNotMatchLBType";

/// 源站是内网IP。
pub const INVALIDPARAMETER_ORIGINISINNERIP: &str = "InvalidParameter.OriginIsInnerIp";

/// 四层代理禁止IP域名混填。
pub const INVALIDPARAMETER_ORIGINL4RECORDIPV4MIXDOMAIN: &str =
    "InvalidParameter.OriginL4RecordIPV4MixDomain";

/// 四层代理禁止使用多域名源站。
pub const INVALIDPARAMETER_ORIGINL4RECORDMULTIDOMAIN: &str =
    "InvalidParameter.OriginL4RecordMultiDomain";

/// 源站组名称已经存在。
pub const INVALIDPARAMETER_ORIGINNAMEEXISTS: &str = "InvalidParameter.OriginNameExists";

/// 修改源站操作中源站组Id必填。
pub const INVALIDPARAMETER_ORIGINORIGINGROUPIDISREQUIRED: &str =
    "InvalidParameter.OriginOriginGroupIdIsRequired";

/// 修改源站操作中回源协议必填。
pub const INVALIDPARAMETER_ORIGINPULLPROTOCOLISREQUIRED: &str =
    "InvalidParameter.OriginPullProtocolIsRequired";

/// 源站格式错误。
pub const INVALIDPARAMETER_ORIGINRECORDFORMATERROR: &str =
    "InvalidParameter.OriginRecordFormatError";

/// 权重取值范围：0 - 100。
pub const INVALIDPARAMETER_ORIGINRECORDWEIGHTVALUE: &str =
    "InvalidParameter.OriginRecordWeightValue";

/// 密钥格式错误。
pub const INVALIDPARAMETER_ORIGINTHIRDPARTYPARAMFORMATERROR: &str =
    "InvalidParameter.OriginThirdPartyParamFormatError";

/// 参数错误: 无效 "结束时间", 不在允许的查询范围内: [开始时间, 开始+ 7天]
pub const INVALIDPARAMETER_PARAMETERERROR: &str = "InvalidParameter.ParameterError";

/// 套餐不存在。
pub const INVALIDPARAMETER_PLANNOTFOUND: &str = "InvalidParameter.PlanNotFound";

/// 最大上传大小超出限制
pub const INVALIDPARAMETER_POSTMAXSIZELIMITEXCEEDED: &str =
    "InvalidParameter.PostMaxSizeLimitExceeded";

/// 预热回源限速区域参数无效，请调整区域后重新提交。
pub const INVALIDPARAMETER_PREFETCHORIGINLIMITAREAINVALID: &str =
    "InvalidParameter.PrefetchOriginLimitAreaInvalid";

/// 预热回源限速带宽值过大，请调整后重新提交。
pub const INVALIDPARAMETER_PREFETCHORIGINLIMITBANDWIDTHTOOLARGE: &str =
    "InvalidParameter.PrefetchOriginLimitBandwidthTooLarge";

/// 预热回源限速带宽值过小，请调整后重新提交。
pub const INVALIDPARAMETER_PREFETCHORIGINLIMITBANDWIDTHTOOSMALL: &str =
    "InvalidParameter.PrefetchOriginLimitBandwidthTooSmall";

/// 预热回源限速控制开关参数无效，请调整区域后重新提交。
pub const INVALIDPARAMETER_PREFETCHORIGINLIMITENABLEDINVALID: &str =
    "InvalidParameter.PrefetchOriginLimitEnabledInvalid";

/// 实例名称重复。
pub const INVALIDPARAMETER_PROXYNAMEDUPLICATING: &str = "InvalidParameter.ProxyNameDuplicating";

/// 实例名称可输入1-50个字符，允许的字符为a-z、0-9、-，- 不能单独注册或连续使用，不能放在开头或结尾。
pub const INVALIDPARAMETER_PROXYNAMENOTMATCHED: &str = "InvalidParameter.ProxyNameNotMatched";

/// 推送实例已经创建
pub const INVALIDPARAMETER_REALTIMELOGENTITYALREADYCREATED: &str =
    "InvalidParameter.RealtimeLogEntityAlreadyCreated";

/// 日志推送地域不合法
pub const INVALIDPARAMETER_REALTIMELOGINVALIDDELIVERYAREA: &str =
    "InvalidParameter.RealtimeLogInvalidDeliveryArea";

/// 日志推送类型不合法
pub const INVALIDPARAMETER_REALTIMELOGINVALIDLOGTYPE: &str =
    "InvalidParameter.RealtimeLogInvalidLogType";

/// 实时日志数据投递类型不合法
pub const INVALIDPARAMETER_REALTIMELOGINVALIDTASKTYPE: &str =
    "InvalidParameter.RealtimeLogInvalidTaskType";

/// 实时日志推送任务数据超过了限制
pub const INVALIDPARAMETER_REALTIMELOGNUMSEXCEEDLIMIT: &str =
    "InvalidParameter.RealtimeLogNumsExceedLimit";

/// 命名空间备注信息过长。
pub const INVALIDPARAMETER_REMARKTOOLONG: &str = "InvalidParameter.RemarkTooLong";

/// 无效的响应头header。
pub const INVALIDPARAMETER_RESPONSEHEADERCACHECONTROLNOTALLOWDELETE: &str =
    "InvalidParameter.ResponseHeaderCacheControlNotAllowDelete";

/// 规则源站信息格式错误。
pub const INVALIDPARAMETER_RULEORIGINFORMATERROR: &str = "InvalidParameter.RuleOriginFormatError";

/// 规则源站不支持多域名。
pub const INVALIDPARAMETER_RULEORIGINMULTIDOMAIN: &str = "InvalidParameter.RuleOriginMultiDomain";

/// 规则源站端口应为整数。
pub const INVALIDPARAMETER_RULEORIGINPORTINTEGER: &str = "InvalidParameter.RuleOriginPortInteger";

/// 规则源站错误。
pub const INVALIDPARAMETER_RULEORIGINVALUEERROR: &str = "InvalidParameter.RuleOriginValueError";

/// 规则端口重复。
pub const INVALIDPARAMETER_RULEPORTDUPLICATING: &str = "InvalidParameter.RulePortDuplicating";

/// 规则端口段错误。
pub const INVALIDPARAMETER_RULEPORTGROUP: &str = "InvalidParameter.RulePortGroup";

/// 规则端口必须为整数。
pub const INVALIDPARAMETER_RULEPORTINTEGER: &str = "InvalidParameter.RulePortInteger";

/// 参数错误
pub const INVALIDPARAMETER_SECURITY: &str = "InvalidParameter.Security";

/// 配置项参数错误。
pub const INVALIDPARAMETER_SETTINGINVALIDPARAM: &str = "InvalidParameter.SettingInvalidParam";

/// 当前域名不支持同时开启EdgeOne Shield和缓存预刷新。
pub const INVALIDPARAMETER_SHIELDNOTSUPPORTHOSTCACHEPREFRESH: &str =
    "InvalidParameter.ShieldNotSupportHostCachePrefresh";

/// 当前域名不支持同时开启EdgeOne Shield和源站防护。
pub const INVALIDPARAMETER_SHIELDNOTSUPPORTHOSTORIGINWHITELIST: &str =
    "InvalidParameter.ShieldNotSupportHostOriginWhitelist";

/// 当前域名不支持同时开启EdgeOne Shield和智能加速。
pub const INVALIDPARAMETER_SHIELDNOTSUPPORTHOSTSMARTROUTING: &str =
    "InvalidParameter.ShieldNotSupportHostSmartRouting";

/// 当前站点不支持同时开启EdgeOne Shield和缓存预刷新。
pub const INVALIDPARAMETER_SHIELDNOTSUPPORTZONECACHEPREFRESH: &str =
    "InvalidParameter.ShieldNotSupportZoneCachePrefresh";

/// 当前站点不支持同时开启EdgeOne Shield和智能加速。
pub const INVALIDPARAMETER_SHIELDNOTSUPPORTZONESMARTROUTING: &str =
    "InvalidParameter.ShieldNotSupportZoneSmartRouting";

/// EdgeOne Shield空间查询不到。
pub const INVALIDPARAMETER_SHIELDSPACENOTFOUND: &str = "InvalidParameter.ShieldSpaceNotFound";

/// EdgeOne Shield空间参数必填。
pub const INVALIDPARAMETER_SHIELDSPACEREQUIREDERROR: &str =
    "InvalidParameter.ShieldSpaceRequiredError";

/// EdgeOne Shield空间状态必须为在线。
pub const INVALIDPARAMETER_SHIELDSPACESTATUSMUSTONLINE: &str =
    "InvalidParameter.ShieldSpaceStatusMustOnline";

/// 一些绑定的源站组不存在。
pub const INVALIDPARAMETER_SOMEORIGINGROUPNOTEXIST: &str =
    "InvalidParameter.SomeOriginGroupNotExist";

/// Shield Space 未绑定源站，请先绑定源站后重试。
pub const INVALIDPARAMETER_SPACENOTBINDORIGIN: &str = "InvalidParameter.SpaceNotBindOrigin";

/// 状态码缓存的状态码无效。
pub const INVALIDPARAMETER_STATUSCODECACHEINVALIDSTATUSCODE: &str =
    "InvalidParameter.StatusCodeCacheInvalidStatusCode";

/// 资源存在错误。
pub const INVALIDPARAMETER_TARGET: &str = "InvalidParameter.Target";

/// 任务无法生成。
pub const INVALIDPARAMETER_TASKNOTGENERATED: &str = "InvalidParameter.TaskNotGenerated";

/// 内部错误。
pub const INVALIDPARAMETER_TASKSYSTEMERROR: &str = "InvalidParameter.TaskSystemError";

/// HTTPS的TLS版本不连续。
pub const INVALIDPARAMETER_TLSVERSIONNOTINSEQUENCE: &str =
    "InvalidParameter.TlsVersionNotInSequence";

/// 过滤项过多。
pub const INVALIDPARAMETER_TOOMANYFILTERS: &str = "InvalidParameter.TooManyFilters";

/// 过滤值过多。
pub const INVALIDPARAMETER_TOOMANYFILTERVALUES: &str = "InvalidParameter.TooManyFilterValues";

/// 文件上传链接存在问题。
pub const INVALIDPARAMETER_UPLOADURL: &str = "InvalidParameter.UploadUrl";

/// 无效的回源客户端证书配置。
pub const INVALIDPARAMETER_UPSTREAMCLIENTCERTCHECKERROR: &str =
    "InvalidParameter.UpstreamClientCertCheckError";

/// 无效的源站证书校验配置。
pub const INVALIDPARAMETER_UPSTREAMVERIFYCERTCHECKERROR: &str =
    "InvalidParameter.UpstreamVerifyCertCheckError";

/// 无效的源站证书校验配置，证书内容为空。
pub const INVALIDPARAMETER_UPSTREAMVERIFYCUSTOMCACERTNOINFO: &str =
    "InvalidParameter.UpstreamVerifyCustomCACertNoInfo";

/// 站点工作模式未发生变更
pub const INVALIDPARAMETER_WORKMODEISSAME: &str = "InvalidParameter.WorkModeIsSame";

/// 站点加速区域，无法支持该预热回源限速区域配置，请调整后重新提交。
pub const INVALIDPARAMETER_ZONEAREANOTSUPPORTPREFETCHORIGINLIMITAREA: &str =
    "InvalidParameter.ZoneAreaNotSupportPrefetchOriginLimitArea";

/// 站点已被绑定。
pub const INVALIDPARAMETER_ZONEHASBEENBOUND: &str = "InvalidParameter.ZoneHasBeenBound";

/// 站点未绑定套餐。
pub const INVALIDPARAMETER_ZONEHASNOTBEENBOUNDTOPLAN: &str =
    "InvalidParameter.ZoneHasNotBeenBoundToPlan";

/// 站点升级中，暂不支持进行变更操作，请稍后再试。
pub const INVALIDPARAMETER_ZONEISGRAYPUBLISHING: &str = "InvalidParameter.ZoneIsGrayPublishing";

/// 无域名接入站点切换到CNAME接入类型时站点名称必传。
pub const INVALIDPARAMETER_ZONENAMEISREQUIRED: &str = "InvalidParameter.ZoneNameIsRequired";

/// 站点不存在。
pub const INVALIDPARAMETER_ZONENOTFOUND: &str = "InvalidParameter.ZoneNotFound";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 本次提交的资源数超过上限。
pub const LIMITEXCEEDED_BATCHQUOTA: &str = "LimitExceeded.BatchQuota";

/// 实时日志自定义字段正则类型字段数量超过限制
pub const LIMITEXCEEDED_CUSTOMLOGFIELDREGEXLIMITEXCEEDED: &str =
    "LimitExceeded.CustomLogFieldRegexLimitExceeded";

/// 当天提交的资源数超过上限。
pub const LIMITEXCEEDED_DAILYQUOTA: &str = "LimitExceeded.DailyQuota";

/// 函数数量达到限制。
pub const LIMITEXCEEDED_FUNCTIONLIMITEXCEEDED: &str = "LimitExceeded.FunctionLimitExceeded";

/// 推理服务数量超限。
pub const LIMITEXCEEDED_INFERENCESERVICE: &str = "LimitExceeded.InferenceService";

/// 负载均衡数量超过限制。
pub const LIMITEXCEEDED_LOADBALANCINGCOUNTLIMITEXCEEDED: &str =
    "LimitExceeded.LoadBalancingCountLimitExceeded";

/// 站点下 KV 命名空间数量已达上限
pub const LIMITEXCEEDED_NAMESPACELIMITEXCEEDED: &str = "LimitExceeded.NamespaceLimitExceeded";

/// 计费套餐不支持。
pub const LIMITEXCEEDED_PACKNOTALLOW: &str = "LimitExceeded.PackNotAllow";

/// 导入的规则数量超限制。
pub const LIMITEXCEEDED_PROXYRULESLIMITEXCEEDED: &str = "LimitExceeded.ProxyRulesLimitExceeded";

/// 查询时间范围超出限制。
pub const LIMITEXCEEDED_QUERYTIMELIMITEXCEEDED: &str = "LimitExceeded.QueryTimeLimitExceeded";

/// 单位时间内接口请求频率达到限制。
pub const LIMITEXCEEDED_RATELIMITEXCEEDED: &str = "LimitExceeded.RateLimitExceeded";

/// 规则数量达到限制。
pub const LIMITEXCEEDED_RULELIMITEXCEEDED: &str = "LimitExceeded.RuleLimitExceeded";

/// 超出功能限制。
pub const LIMITEXCEEDED_SECURITY: &str = "LimitExceeded.Security";

/// 本次查询的时序数据项超出上限。
pub const LIMITEXCEEDED_TIMINGDATAITEMLIMITEXCEEDED: &str =
    "LimitExceeded.TimingDataItemLimitExceeded";

/// 用户实例数量限制。
pub const LIMITEXCEEDED_USERQUOTALIMITED: &str = "LimitExceeded.UserQuotaLimited";

/// 套餐可绑定的站点数量超过配额。
pub const LIMITEXCEEDED_ZONEBINDPLAN: &str = "LimitExceeded.ZoneBindPlan";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 功能内测中，请联系商务开启「中国大陆网络优化(国际加速)」功能。
pub const OPERATIONDENIED_ACCELERATEMAINLANDDISABLE: &str =
    "OperationDenied.AccelerateMainlandDisable";

/// 中国大陆加速与IPv6冲突，不能同时配置。
pub const OPERATIONDENIED_ACCELERATEMAINLANDIPV6CONFLICT: &str =
    "OperationDenied.AccelerateMainlandIpv6Conflict";

/// 当前站点下存在域名功能与中国大陆网络优化冲突，不能同时配置。
pub const OPERATIONDENIED_ACCELERATEMAINLANDMULTIPLYLAYERCONFLICT: &str =
    "OperationDenied.AccelerateMainlandMultiplyLayerConflict";

/// 引用源站组的7层域名服务正在部署中，请稍后再编辑。
pub const OPERATIONDENIED_ACCELERATIONDOMAINSTATUSNOTINONLINE: &str =
    "OperationDenied.AccelerationDomainStatusNotInOnline";

/// 当前域名不支持同时开启高级回源优化和跨境专线。
pub const OPERATIONDENIED_ADVANCEDORIGINROUTINGCONFLICTWITHDCIOVERSEALAN: &str =
    "OperationDenied.AdvancedOriginRoutingConflictWithDciOverseaLan";

/// 该操作不支持别称域名。
pub const OPERATIONDENIED_ALIASDOMAINNOTSUPPORT: &str = "OperationDenied.AliasDomainNotSupport";

/// 当前仅无私钥证书模式允许证书私钥为空。
pub const OPERATIONDENIED_CERTIFICATEPRIVATEKEYISEMPTY: &str =
    "OperationDenied.CertificatePrivateKeyIsEmpty";

/// 合规封禁中。
pub const OPERATIONDENIED_COMPLIANCEFORBIDDEN: &str = "OperationDenied.ComplianceForbidden";

/// 配置已被锁定，请解除配置锁定之后在重试。
pub const OPERATIONDENIED_CONFIGLOCKED: &str = "OperationDenied.ConfigLocked";

/// 删除站点时预检查未通过。
pub const OPERATIONDENIED_DELETEZONEPRECHECKFAILED: &str =
    "OperationDenied.DeleteZonePreCheckFailed";

/// 站点停用未完毕，请稍后再试。
pub const OPERATIONDENIED_DISABLEZONENOTCOMPLETED: &str = "OperationDenied.DisableZoneNotCompleted";

/// TEO_QCSLinkedRoleInDnspodAccessEO 角色未进行授权，请授权后重试。
pub const OPERATIONDENIED_DNSPODUNAUTHORIZEDROLEOPERATION: &str =
    "OperationDenied.DNSPodUnauthorizedRoleOperation";

/// 有域名在共享cname组内，不可切换接入类型。
pub const OPERATIONDENIED_DOMAININSHARECNAMEGROUP: &str = "OperationDenied.DomainInShareCnameGroup";

/// 域名被封禁，暂时无法操作。
pub const OPERATIONDENIED_DOMAINISBLOCKED: &str = "OperationDenied.DomainIsBlocked";

/// 域名必须在IP SSL共享CNAME所属站点中且必须在IP SSL共享CNAME中
pub const OPERATIONDENIED_DOMAINMUSTINIPSSLSHAREDCNAMEZONEANDINSHAREDCNAME: &str =
    "OperationDenied.DomainMustInIPSSLSharedCNAMEZoneAndInSharedCNAME";

/// 域名尚未备案。
pub const OPERATIONDENIED_DOMAINNOICP: &str = "OperationDenied.DomainNoICP";

/// 站点下有域名时不允许修改服务区域。
pub const OPERATIONDENIED_DOMAINNUMBERISNOTZERO: &str = "OperationDenied.DomainNumberIsNotZero";

/// 站点内有域名处于非稳态，稳态包括：“在线” 和 “离线” 两个状态。
pub const OPERATIONDENIED_DOMAINSTATUSUNSTABLE: &str = "OperationDenied.DomainStatusUnstable";

/// 企业版套餐不支持自动续费。
pub const OPERATIONDENIED_ENTERPRISEPLANAUTORENEWUNSUPPORTED: &str =
    "OperationDenied.EnterprisePlanAutoRenewUnsupported";

/// 企业版套餐不支持续费。
pub const OPERATIONDENIED_ENTERPRISEPLANRENEWUNSUPPORTED: &str =
    "OperationDenied.EnterprisePlanRenewUnsupported";

/// 企业版套餐不支持升级。
pub const OPERATIONDENIED_ENTERPRISEPLANUPGRADEUNSUPPORTED: &str =
    "OperationDenied.EnterprisePlanUpgradeUnsupported";

/// 站点环境未准备好。
pub const OPERATIONDENIED_ENVNOTREADY: &str = "OperationDenied.EnvNotReady";

/// 站点处于停用状态，请开启后重试。
pub const OPERATIONDENIED_ERRZONEISALREADYPAUSED: &str = "OperationDenied.ErrZoneIsAlreadyPaused";

/// 待变更域名边缘HTTPS证书不一致，请确认变更域名证书一致后重试。
pub const OPERATIONDENIED_HOSTSCERTIFICATEINCONSISTENCY: &str =
    "OperationDenied.HostsCertificateInconsistency";

/// 待变更域名边缘双向认证证书不一致，请确认变更域名证书一致后重试。
pub const OPERATIONDENIED_HOSTSCLIENTCERTIFICATEINCONSISTENCY: &str =
    "OperationDenied.HostsClientCertificateInconsistency";

/// 待变更域名 keyless 服务端不一致，请确认变更域名 keyless 服务端一致后重试。
pub const OPERATIONDENIED_HOSTSKEYLESSSERVERINCONSISTENCY: &str =
    "OperationDenied.HostsKeylessServerInconsistency";

/// 待变更域名回源双向认证证书不一致，请确认变更域名证书一致后重试。
pub const OPERATIONDENIED_HOSTSUPSTREAMCERTIFICATEINCONSISTENCY: &str =
    "OperationDenied.HostsUpstreamCertificateInconsistency";

/// 待变更域名源站证书校验配置不一致，请确认变更域名配置一致后重试。
pub const OPERATIONDENIED_HOSTSUPSTREAMCERTIFICATEVERIFYINCONSISTENCY: &str =
    "OperationDenied.HostsUpstreamCertificateVerifyInconsistency";

/// 开启高防时必须保证安全是开启状态。
pub const OPERATIONDENIED_INVALIDADVANCEDDEFENSESECURITYTYPE: &str =
    "OperationDenied.InvalidAdvancedDefenseSecurityType";

/// 开启高防必须保证站点加速区域是国内。
pub const OPERATIONDENIED_INVALIDADVANCEDDEFENSEZONEAREA: &str =
    "OperationDenied.InvalidAdvancedDefenseZoneArea";

/// 套餐包不支持高级回源优化配置。
pub const OPERATIONDENIED_INVALIDADVANCEDORIGINROUTINGBILLING: &str =
    "OperationDenied.InvalidAdvancedOriginRoutingBilling";

/// IP SSL已绑定到其他域名，不允许操作。
pub const OPERATIONDENIED_IPSSLALREADYBOUNDANOTHERDOMAIN: &str =
    "OperationDenied.IPSSLAlreadyBoundAnotherDomain";

/// 独立DDoS防护与IPv6冲突，不能同时配置。
pub const OPERATIONDENIED_IPV6ADVANCEDCONFLICT: &str = "OperationDenied.Ipv6AdvancedConflict";

/// ipv6功能和固定ip无法同时开启。
pub const OPERATIONDENIED_IPV6STATICIPCONFLICT: &str = "OperationDenied.Ipv6StaticIpConflict";

/// 待变更域名存在不同的证书或 keyless 服务端，请确认边缘 HTTPS 证书或 keyless 服务端一致后重试。
pub const OPERATIONDENIED_KEYLESSCERTSWITCHTOFREECERTCONFLICT: &str =
    "OperationDenied.KeylessCertSwitchToFreeCertConflict";

/// 当前无私钥证书模式要求证书私钥为空。
pub const OPERATIONDENIED_KEYLESSMODECERTIFICATEPRIVATEKEYNEEDEMPTY: &str =
    "OperationDenied.KeylessModeCertificatePrivateKeyNeedEmpty";

/// 四层实例资源售卖火爆，已售罄，正在加紧补货中，当前无法新增四层代理，请您耐心等待。
pub const OPERATIONDENIED_L4LACKOFRESOURCES: &str = "OperationDenied.L4LackOfResources";

/// 四层端口资源售卖火爆，已售罄，正在加紧补货中，当前无法新增四层代理或添加规则，请您耐心等待。
pub const OPERATIONDENIED_L4PORTLACKOFRESOURCES: &str = "OperationDenied.L4PortLackOfResources";

/// 4层代理资源处于封禁中，禁止操作。
pub const OPERATIONDENIED_L4PROXYINBANNEDSTATUS: &str = "OperationDenied.L4ProxyInBannedStatus";

/// 4层通道处于关闭状态，不允许添加规则。
pub const OPERATIONDENIED_L4PROXYINOFFLINESTATUS: &str = "OperationDenied.L4ProxyInOfflineStatus";

/// 实例处于部署中，无法操作。
pub const OPERATIONDENIED_L4PROXYINPROCESSSTATUS: &str = "OperationDenied.L4ProxyInProcessStatus";

/// 存在四层代理实例处于部署中状态，暂不支持停用站点。
pub const OPERATIONDENIED_L4PROXYINPROGRESSSTATUS: &str = "OperationDenied.L4ProxyInProgressStatus";

/// 存在四层代理实例处于停用中状态，暂不支持停用站点。
pub const OPERATIONDENIED_L4PROXYINSTOPPINGSTATUS: &str = "OperationDenied.L4ProxyInStoppingStatus";

/// 绑定4层实例有处于非运行中的状态，禁止操作。
pub const OPERATIONDENIED_L4STATUSNOTINONLINE: &str = "OperationDenied.L4StatusNotInOnline";

/// 存在加速域名处于部署中状态，暂不支持停用站点。
pub const OPERATIONDENIED_L7HOSTINPROCESSSTATUS: &str = "OperationDenied.L7HostInProcessStatus";

/// 上一次 IP SSL 操作关联的域名尚未上线完成，请等待上线完成后再进行操作。
pub const OPERATIONDENIED_LASTIPSSLOPERATIONNOTCOMPLETE: &str =
    "OperationDenied.LastIPSSLOperationNotComplete";

/// 回源白名单已经是最新版本，无需更新。
pub const OPERATIONDENIED_LATESTVERSIONNOW: &str = "OperationDenied.LatestVersionNow";

/// 绑定负载均衡有处于非运行中的状态，禁止操作。
pub const OPERATIONDENIED_LOADBALANCESTATUSNOTINONLINE: &str =
    "OperationDenied.LoadBalanceStatusNotInOnline";

/// 站点状态不支持操作负载均衡。
pub const OPERATIONDENIED_LOADBALANCINGZONEISNOTACTIVE: &str =
    "OperationDenied.LoadBalancingZoneIsNotActive";

/// 非海外独立防护，不能开启ipv6。
pub const OPERATIONDENIED_MSGIPV6ADVANCEDCONFLICT: &str = "OperationDenied.MsgIpv6AdvancedConflict";

/// 已存在多个Cname接入站点，不允许切换至NS。
pub const OPERATIONDENIED_MULTIPLECNAMEZONE: &str = "OperationDenied.MultipleCnameZone";

/// 无域名接入站点仅可以切换到CNAME接入类型。
pub const OPERATIONDENIED_NODOMAINACCESSZONEONLYALLOWMODIFIEDTOCNAME: &str =
    "OperationDenied.NoDomainAccessZoneOnlyAllowModifiedToCNAME";

/// 无域名接入站点仅支持修改加速区域和同名站点标识。
pub const OPERATIONDENIED_NODOMAINACCESSZONEONLYSUPPORTMODIFYAREAANDALIASZONENAME: &str =
    "OperationDenied.NoDomainAccessZoneOnlySupportModifyAreaAndAliasZoneName";

/// 无域名接入站点不支持除切换为CNAME接入类型以外的任何修改动作。
pub const OPERATIONDENIED_NODOMAINACCESSZONEONLYSUPPORTMODIFYTYPE: &str =
    "OperationDenied.NoDomainAccessZoneOnlySupportModifyType";

/// 当前站点下存在域名关联了专属加速IP，如需关闭「中国大陆网络优化」请先解绑专属IP后重试。
pub const OPERATIONDENIED_NOTALLOWCLOSEACCELERATEMAINLANDWHENDOMAINBOUNDEXCLUSIVEIP: &str =
    "OperationDenied.NotAllowCloseAccelerateMainlandWhenDomainBoundExclusiveIP";

/// 当前高级回源优化功能仅针对白名单用户开放。
pub const OPERATIONDENIED_NOTINADVANCEDORIGINROUTINGWHITELIST: &str =
    "OperationDenied.NotInAdvancedOriginRoutingWhiteList";

/// 当前无私钥证书功能仅针对白名单用户开放。
pub const OPERATIONDENIED_NOTINKEYLESSWHITELIST: &str = "OperationDenied.NotInKeylessWhiteList";

/// 不在预热回源限速配置白名单中，请提交工单。
pub const OPERATIONDENIED_NOTINPREFETCHORIGINLIMITWHITELIST: &str =
    "OperationDenied.NotInPrefetchOriginLimitWhiteList";

/// 当前EdgeOne Shield功能仅针对白名单用户开放。
pub const OPERATIONDENIED_NOTINSHIELDSPACEWHITELIST: &str =
    "OperationDenied.NotInShieldSpaceWhiteList";

/// 当前源站故障转移功能仅针对白名单用户开放。
pub const OPERATIONDENIED_NOTINSITEFAILOVERWHITELIST: &str =
    "OperationDenied.NotInSiteFailoverWhiteList";

/// 当前回源双向认证功能仅针对白名单用户开放。
pub const OPERATIONDENIED_NOTINUPSTREAMMTLSWHITELIST: &str =
    "OperationDenied.NotInUpstreamMTLSWhiteList";

/// 用户不在版本管理的白名单内。
pub const OPERATIONDENIED_NOTINVERSIONCONTROLWHITELIST: &str =
    "OperationDenied.NotInVersionControlWhiteList";

/// NS接入模式不支持域名流量调度功能。
pub const OPERATIONDENIED_NSNOTALLOWTRAFFICSTRATEGY: &str =
    "OperationDenied.NSNotAllowTrafficStrategy";

/// 加速域名使用中，无法删除。
pub const OPERATIONDENIED_ORIGINGROUPACCELERATIONDOMAINUSED: &str =
    "OperationDenied.OriginGroupAccelerationDomainUsed";

/// 四层代理使用中，无法删除。
pub const OPERATIONDENIED_ORIGINGROUPL4USED: &str = "OperationDenied.OriginGroupL4Used";

/// 负载均衡使用中，无法删除。
pub const OPERATIONDENIED_ORIGINGROUPLBUSED: &str = "OperationDenied.OriginGroupLBUsed";

/// 规则引擎使用中，无法删除。
pub const OPERATIONDENIED_ORIGINGROUPRULEENGINEUSED: &str =
    "OperationDenied.OriginGroupRuleEngineUsed";

/// 当前主账号不具备回源数据查询接口权限，请联系售后服务。
pub const OPERATIONDENIED_ORIGINPULLDATANOTSUPPORTED: &str =
    "OperationDenied.OriginPullDataNotSupported";

/// 归属权校验未通过，请先完成站点归属权校验。
pub const OPERATIONDENIED_OWNERSHIPVERIFICATIONNOTPASSED: &str =
    "OperationDenied.OwnershipVerificationNotPassed";

/// 套餐不支持降级。
pub const OPERATIONDENIED_PLANDOWNGRADENOTALLOWED: &str = "OperationDenied.PlanDowngradeNotAllowed";

/// 套餐已过期。
pub const OPERATIONDENIED_PLANHASBEENEXPIRED: &str = "OperationDenied.PlanHasBeenExpired";

/// 套餐已被隔离。
pub const OPERATIONDENIED_PLANHASBEENISOLATED: &str = "OperationDenied.PlanHasBeenIsolated";

/// 该套餐不支持增购套餐配额。
pub const OPERATIONDENIED_PLANINCREASEPLANQUOTAUNSUPPORTED: &str =
    "OperationDenied.PlanIncreasePlanQuotaUnsupported";

/// 套餐不支持变更站点的服务区域。
pub const OPERATIONDENIED_PLANNOTSUPPORTMODIFYZONEAREA: &str =
    "OperationDenied.PlanNotSupportModifyZoneArea";

/// 站点的配置的企业套餐不支持版本控制功能
pub const OPERATIONDENIED_PLANTYPEISWRONG: &str = "OperationDenied.PlanTypeIsWrong";

/// Anycast IP调度模式不支持开启中国大陆加速。
pub const OPERATIONDENIED_PLATTYPEIPACCELERATEMAINLANDNOTSUPPORT: &str =
    "OperationDenied.PlatTypeIPAccelerateMainlandNotSupport";

/// 如需创建企业版套餐，请联系商务人员。
pub const OPERATIONDENIED_PLEASECONTACTBUSINESSPERSONNEL: &str =
    "OperationDenied.PleaseContactBusinessPersonnel";

/// DNS 记录不允许添加。
pub const OPERATIONDENIED_RECORDISFORBIDDEN: &str = "OperationDenied.RecordIsForbidden";

/// 计费资源操作中，请稍后重试。
pub const OPERATIONDENIED_RESOURCEHASBEENLOCKED: &str = "OperationDenied.ResourceHasBeenLocked";

/// 当前有互相排斥的请求操作并行发起，请稍后重试。
pub const OPERATIONDENIED_RESOURCELOCKEDTEMPORARY: &str = "OperationDenied.ResourceLockedTemporary";

/// 高级防护资源售卖火爆，已售罄，正在加紧补货中，当前无法开启高级防护，请您耐心等待。
pub const OPERATIONDENIED_SECURITYLACKOFRESOURCES: &str = "OperationDenied.SecurityLackOfResources";

/// 绑定在共享 CNAME 中的域名不允许变更 中国大陆网络优化（国际加速）访问，如果您需要单独变更，请先将域名从共享 CNAME 中解绑。
pub const OPERATIONDENIED_SHAREDCNAMEUNSUPPORTEDACCELERATEMAINLAND: &str =
    "OperationDenied.SharedCNAMEUnsupportedAccelerateMainland";

/// 绑定在共享 CNAME 中的域名不允许变更 IPv6 访问，如果您需要单独变更，请先将域名从共享 CNAME 中解绑。
pub const OPERATIONDENIED_SHAREDCNAMEUNSUPPORTEDIPV6: &str =
    "OperationDenied.SharedCNAMEUnsupportedIPv6";

/// 该实例地域无法开启固定IP。
pub const OPERATIONDENIED_STATICIPAREACONFLICT: &str = "OperationDenied.StaticIpAreaConflict";

/// 当前域名在 CDN 与 EO 共同接入，暂不支持操作。
pub const OPERATIONDENIED_SWITCHAREACDNPLATFORMREUSE: &str =
    "OperationDenied.SwitchAreaCdnPlatformReuse";

/// 源站防护配置正在部署中，请待部署完成后再切换加速区域。
pub const OPERATIONDENIED_SWITCHAREAORIGINPROTECTIONDEPLOYING: &str =
    "OperationDenied.SwitchAreaOriginProtectionDeploying";

/// 删除当前加速域名时将同时删除该域名对应的 CNMAE 记录，会导致当前主机记录缺少默认线路，请前往修改解析线路，保障当前主机记录至少有一条默认线路后重试。
pub const OPERATIONDENIED_UNSUPPORTDELETELOCATIONRECORD: &str =
    "OperationDenied.UnSupportDeleteLocationRecord";

/// 删除当前加速域名时将同时删除该域名对应的 CNMAE 记录，会导致当前主机记录剩余的记录权重和为 0，请前往修改权重配置后重试。
pub const OPERATIONDENIED_UNSUPPORTDELETEWEIGHTRECORD: &str =
    "OperationDenied.UnSupportDeleteWeightRecord";

/// 套餐不支持。
pub const OPERATIONDENIED_UNSUPPORTEDPLAN: &str = "OperationDenied.UnsupportedPlan";

/// 当前并不支持关闭回源双向认证，如需关闭，请通过将边缘 HTTPS 证书更改为不配置来关闭。
pub const OPERATIONDENIED_UNSUPPORTTOCLOSEUPSTREAMMTLS: &str =
    "OperationDenied.UnSupportToCloseUpstreamMTLS";

/// 请先更新IP白名单。
pub const OPERATIONDENIED_UPDATEIPWHITELISTFIRST: &str = "OperationDenied.UpdateIPWhitelistFirst";

/// 如需启用回源双向认证，请先配置边缘 HTTPS 证书。
pub const OPERATIONDENIED_USEUPSTREAMMTLSNEEDOPENHTTPS: &str =
    "OperationDenied.UseUpstreamMTLSNeedOpenHttps";

/// 存在使用中的测试版本，请将测试版本发布现网或者回滚测试版本再重试。
pub const OPERATIONDENIED_VERSIONCONTROLISGRAYING: &str = "OperationDenied.VersionControlIsGraying";

/// 当前处于版本管理模式下，该操作不允许。
pub const OPERATIONDENIED_VERSIONCONTROLLOCKED: &str = "OperationDenied.VersionControlLocked";

/// NS模式的站点，开关版本管理之前请先切换 NS。
pub const OPERATIONDENIED_VERSIONCONTROLNEEDNSSWITCHED: &str =
    "OperationDenied.VersionControlNeedNSSwitched";

/// 站点工作模式不属于版本管理模式。
pub const OPERATIONDENIED_WORKMODENOTINVERSIONCONTROL: &str =
    "OperationDenied.WorkModeNotInVersionControl";

/// 修改加速区域时，如果站点下存在域名，则不允许同时修改其他信息。
pub const OPERATIONDENIED_ZONEHASHOSTSMODIFYCONFLICT: &str =
    "OperationDenied.ZoneHasHostsModifyConflict";

/// 共享CNAME已被其他站点绑定，请先解绑才能删除站点
pub const OPERATIONDENIED_ZONEISBINDINGSHAREDCNAME: &str =
    "OperationDenied.ZoneIsBindingSharedCNAME";

/// 站点存在自定义错误页面引用，请先解绑。
pub const OPERATIONDENIED_ZONEISREFERENCECUSTOMERRORPAGE: &str =
    "OperationDenied.ZoneIsReferenceCustomErrorPage";

/// 站点未启用。
pub const OPERATIONDENIED_ZONENOTACTIVE: &str = "OperationDenied.ZoneNotActive";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源被本账号别称域名占用。
pub const RESOURCEINUSE_ALIASDOMAIN: &str = "ResourceInUse.AliasDomain";

/// 当前已存在相同的别称域名，不支持重复添加
pub const RESOURCEINUSE_ALIASNAME: &str = "ResourceInUse.AliasName";

/// 该域名已作为加速域名存在，不支持重复接入。
pub const RESOURCEINUSE_ALREADYEXISTSASANACCELERATIONDOMAIN: &str =
    "ResourceInUse.AlreadyExistsAsAnAccelerationDomain";

/// 资源被本账号Cname接入占用。
pub const RESOURCEINUSE_CNAME: &str = "ResourceInUse.Cname";

/// Dns资源被占用。
pub const RESOURCEINUSE_DNS: &str = "ResourceInUse.Dns";

/// 该域名正在解析中，如果您需要开启加速，请前往 DNS 记录页开启加速。
pub const RESOURCEINUSE_DNSRECORD: &str = "ResourceInUse.DnsRecord";

/// 已存在相同的别称域名。
pub const RESOURCEINUSE_DUPLICATENAME: &str = "ResourceInUse.DuplicateName";

/// 资源已被泛域名占用。
pub const RESOURCEINUSE_GENERICHOST: &str = "ResourceInUse.GenericHost";

/// 资源被本账号的子域名占用。
pub const RESOURCEINUSE_HOST: &str = "ResourceInUse.Host";

/// 资源被本账号NS接入占用。
pub const RESOURCEINUSE_NS: &str = "ResourceInUse.NS";

/// 资源被其他用户接入。
pub const RESOURCEINUSE_OTHERS: &str = "ResourceInUse.Others";

/// 资源被其他账号别称域名占用。
pub const RESOURCEINUSE_OTHERSALIASDOMAIN: &str = "ResourceInUse.OthersAliasDomain";

/// 资源被其他账号Cname接入占用。
pub const RESOURCEINUSE_OTHERSCNAME: &str = "ResourceInUse.OthersCname";

/// 资源被其他账号的子域名占用。
pub const RESOURCEINUSE_OTHERSHOST: &str = "ResourceInUse.OthersHost";

/// 资源被其他账号NS接入占用。
pub const RESOURCEINUSE_OTHERSNS: &str = "ResourceInUse.OthersNS";

/// 预热回源限速配置已存在，无法重复创建，请检查是否已创建对应配置。
pub const RESOURCEINUSE_PREFETCHORIGINLIMITALREADYEXISTS: &str =
    "ResourceInUse.PrefetchOriginLimitAlreadyExists";

/// 资源被本账号和其他账号同时Cname接入占用。
pub const RESOURCEINUSE_SELFANDOTHERSCNAME: &str = "ResourceInUse.SelfAndOthersCname";

/// 该共享 CNAME 已绑定加速域名，禁止删除。如您需要删除，请先将对应域名解绑。
pub const RESOURCEINUSE_SHAREDCNAME: &str = "ResourceInUse.SharedCNAME";

/// 别称域名已站点接入。
pub const RESOURCEINUSE_ZONE: &str = "ResourceInUse.Zone";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// DNSPod 未正常接入该域名，请在 DNSPod 接入后重试。
pub const RESOURCENOTFOUND_DNSPODDOMAINNOTINACCOUNT: &str =
    "ResourceNotFound.DNSPodDomainNotInAccount";

/// 推理域名不存在。
pub const RESOURCENOTFOUND_INFERENCEDOMAIN: &str = "ResourceNotFound.InferenceDomain";

/// 推理服务不存在。
pub const RESOURCENOTFOUND_INFERENCESERVICE: &str = "ResourceNotFound.InferenceService";

/// 最大上传大小额度未配置
pub const RESOURCENOTFOUND_POSTMAXSIZEQUOTANOTFOUND: &str =
    "ResourceNotFound.PostMaxSizeQuotaNotFound";

/// 配置组版本不存在，请检查后重试。
pub const RESOURCENOTFOUND_VERSIONNOTFOUND: &str = "ResourceNotFound.VersionNotFound";

/// 站点不存在。
pub const RESOURCENOTFOUND_ZONENOTFOUND: &str = "ResourceNotFound.ZoneNotFound";

/// 资源售卖火爆，已售罄，正在加紧补货中，当前无法新增域名，请您耐心等待。
pub const RESOURCESSOLDOUT_L7LACKOFRESOURCES: &str = "ResourcesSoldOut.L7LackOfResources";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 证书不存在或未授权。
pub const RESOURCEUNAVAILABLE_CERTNOTFOUND: &str = "ResourceUnavailable.CertNotFound";

/// 当前域名已接入EdgeOne，如确认需要接入到当前账号，请进行域名找回。
pub const RESOURCEUNAVAILABLE_DOMAINALREADYEXISTS: &str = "ResourceUnavailable.DomainAlreadyExists";

/// 请求的加速域名不存在，请更正后重试。
pub const RESOURCEUNAVAILABLE_DOMAINNOTFOUND: &str = "ResourceUnavailable.DomainNotFound";

/// 函数不存在或不属于该账号。
pub const RESOURCEUNAVAILABLE_FUNCTIONNOTFOUND: &str = "ResourceUnavailable.FunctionNotFound";

/// 域名不存在或未开启代理。
pub const RESOURCEUNAVAILABLE_HOSTNOTFOUND: &str = "ResourceUnavailable.HostNotFound";

/// KV命名空间不存在。
pub const RESOURCEUNAVAILABLE_NAMESPACENOTFOUND: &str = "ResourceUnavailable.NamespaceNotFound";

/// 规则不存在或不属于该账号。
pub const RESOURCEUNAVAILABLE_RULENOTFOUND: &str = "ResourceUnavailable.RuleNotFound";

/// 该共享 CNAME 已被占用，请重新输入。
pub const RESOURCEUNAVAILABLE_SHAREDCNAMEALREADYEXISTS: &str =
    "ResourceUnavailable.SharedCNAMEAlreadyExists";

/// 站点不存在或不属于该账号。
pub const RESOURCEUNAVAILABLE_ZONENOTFOUND: &str = "ResourceUnavailable.ZoneNotFound";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// Cam 未授权。
pub const UNAUTHORIZEDOPERATION_CAMUNAUTHORIZED: &str = "UnauthorizedOperation.CamUnauthorized";

/// 鉴权错误。
pub const UNAUTHORIZEDOPERATION_DOMAINEMPTY: &str = "UnauthorizedOperation.DomainEmpty";

/// 子账户没有操作权限，请添加权限后继续操作。
pub const UNAUTHORIZEDOPERATION_NOPERMISSION: &str = "UnauthorizedOperation.NoPermission";

/// 后端服务器发生未知错误。
pub const UNAUTHORIZEDOPERATION_UNKNOWN: &str = "UnauthorizedOperation.Unknown";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 别称域名不支持目标域名源站类型为对象存储。
pub const UNSUPPORTEDOPERATION_TARGETNAMEORIGINTYPECOS: &str =
    "UnsupportedOperation.TargetNameOriginTypeCos";
