//! Error codes of `cdn`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cdn::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 鉴权错误，请确认后重试。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 域名配置更新操作失败，请重试或联系客服人员解决。
pub const FAILEDOPERATION_CDNCONFIGERROR: &str = "FailedOperation.CdnConfigError";

/// 数据查询错误，请联系腾讯云工程师进一步排查。
pub const FAILEDOPERATION_DATASYSTEMERROR: &str = "FailedOperation.DataSystemError";

/// Edgeone 服务错误, 请重试或联系客服人员解决。
pub const FAILEDOPERATION_EDGEONESERVICEERROR: &str = "FailedOperation.EdgeoneServiceError";

/// SSL无法获取订单，请稍后重试
pub const FAILEDOPERATION_SSLCERTCANNOTGETORDER: &str = "FailedOperation.SslCertCannotGetOrder";

/// 证书不存在
pub const FAILEDOPERATION_SSLCERTNOTFOUND: &str = "FailedOperation.SslCertNotFound";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部鉴权系统错误。
pub const INTERNALERROR_CAMSYSTEMERROR: &str = "InternalError.CamSystemError";

/// 域名配置更新失败。
pub const INTERNALERROR_CDNCONFIGERROR: &str = "InternalError.CdnConfigError";

/// 内部数据错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_CDNDBERROR: &str = "InternalError.CdnDbError";

/// 内部查询错误，请重试或联系客服人员解决。
pub const INTERNALERROR_CDNQUERYPARAMERROR: &str = "InternalError.CdnQueryParamError";

/// 内部查询错误，请重试或联系客服人员解决。
pub const INTERNALERROR_CDNQUERYSYSTEMERROR: &str = "InternalError.CdnQuerySystemError";

/// 系统错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_CDNSYSTEMERROR: &str = "InternalError.CdnSystemError";

/// 日志服务内部错误。
pub const INTERNALERROR_CLSINTERNALERROR: &str = "InternalError.ClsInternalError";

/// 计费数据内部查询错误，请重试或联系客服人员解决。
pub const INTERNALERROR_COSTDATASYSTEMERROR: &str = "InternalError.CostDataSystemError";

/// 数据查询错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_DATASYSTEMERROR: &str = "InternalError.DataSystemError";

/// 内部服务错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_ERROR: &str = "InternalError.Error";

/// 内部服务错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_INVALIDERRORCODE: &str = "InternalError.InvalidErrorCode";

/// 内部服务错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_PROXYSERVER: &str = "InternalError.ProxyServer";

/// 内部服务错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_ROUTEERROR: &str = "InternalError.RouteError";

/// 标签内部错误，请重试或联系客服人员解决。
pub const INTERNALERROR_TAGSYSTEMERROR: &str = "InternalError.TagSystemError";

/// 内部服务错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 域名启用 HTTPS 配置需保持访问端口配置-443端口为开启状态。
pub const INVALIDPARAMETER_ACCESSPORTOPENEDHTTPS: &str = "InvalidParameter.AccessPortOpenedHttps";

/// 请删除域名的限流管理配置后再切换加速区域。
pub const INVALIDPARAMETER_BANDLIMITREQUIREDMAINLAND: &str =
    "InvalidParameter.BandLimitRequiredMainland";

/// 源站类型为COS源或第三方对象存储的域名，用量封顶-超出阈值的处理方式仅支持访问返回404，请修改该配置后重试。
pub const INVALIDPARAMETER_BANDWIDTHALERTCOUNTERMEASURECONFLICTORIGINTYPE: &str =
    "InvalidParameter.BandwidthAlertCounterMeasureConflictOriginType";

/// 同一次请求的资源AppId不一致。
pub const INVALIDPARAMETER_CAMRESOURCEBELONGTODIFFERENTUSER: &str =
    "InvalidParameter.CamResourceBelongToDifferentUser";

/// 资源六段式标记参数错误。
pub const INVALIDPARAMETER_CAMRESOURCESIXSTAGEERROR: &str =
    "InvalidParameter.CamResourceSixStageError";

/// 域名已与该标签关联，请勿重复操作。
pub const INVALIDPARAMETER_CAMTAGKEYALREADYATTACHED: &str =
    "InvalidParameter.CamTagKeyAlreadyAttached";

/// 标签键字符不合法。
pub const INVALIDPARAMETER_CAMTAGKEYILLEGAL: &str = "InvalidParameter.CamTagKeyIllegal";

/// 标签键不存在。
pub const INVALIDPARAMETER_CAMTAGKEYNOTEXIST: &str = "InvalidParameter.CamTagKeyNotExist";

/// 标签值字符不合法。
pub const INVALIDPARAMETER_CAMTAGVALUEILLEGAL: &str = "InvalidParameter.CamTagValueIllegal";

/// 证书信息不存在或非法，请确认后重试。
pub const INVALIDPARAMETER_CDNCERTINFONOTFOUND: &str = "InvalidParameter.CdnCertInfoNotFound";

/// 证书无效，请确认后重试。
pub const INVALIDPARAMETER_CDNCERTNOCERTINFO: &str = "InvalidParameter.CdnCertNoCertInfo";

/// HTTPS证书无效。
pub const INVALIDPARAMETER_CDNCERTNOTPEM: &str = "InvalidParameter.CdnCertNotPem";

/// 存在重复主题。
pub const INVALIDPARAMETER_CDNCLSDUPLICATETOPIC: &str = "InvalidParameter.CdnClsDuplicateTopic";

/// 主题名字不合法。
pub const INVALIDPARAMETER_CDNCLSTOPICNAMEINVALID: &str = "InvalidParameter.CdnClsTopicNameInvalid";

/// CLS主题不存在。
pub const INVALIDPARAMETER_CDNCLSTOPICNOTEXIST: &str = "InvalidParameter.CdnClsTopicNotExist";

/// 缓存配置不合法，请确认后重试。
pub const INVALIDPARAMETER_CDNCONFIGINVALIDCACHE: &str = "InvalidParameter.CdnConfigInvalidCache";

/// 域名不符合规范，请确认域名是否符合规范。
pub const INVALIDPARAMETER_CDNCONFIGINVALIDHOST: &str = "InvalidParameter.CdnConfigInvalidHost";

/// 标签配置不合法。
pub const INVALIDPARAMETER_CDNCONFIGINVALIDTAG: &str = "InvalidParameter.CdnConfigInvalidTag";

/// 域名添加失败，当前域名必须选择标签，请确认后重试。
pub const INVALIDPARAMETER_CDNCONFIGTAGREQUIRED: &str = "InvalidParameter.CdnConfigTagRequired";

/// 域名已在Edgeone接入
pub const INVALIDPARAMETER_CDNHOSTEXISTSINEDGEONE: &str = "InvalidParameter.CdnHostExistsInEdgeOne";

/// 域名拥有特殊配置，需人工处理。
pub const INVALIDPARAMETER_CDNHOSTHASSPECIALCONFIG: &str =
    "InvalidParameter.CdnHostHasSpecialConfig";

/// 该域名属于指定账号域名，不允许接入。
pub const INVALIDPARAMETER_CDNHOSTINTERNALHOST: &str = "InvalidParameter.CdnHostInternalHost";

/// 错误的中间源配置。
pub const INVALIDPARAMETER_CDNHOSTINVALIDMIDDLECONFIG: &str =
    "InvalidParameter.CdnHostInvalidMiddleConfig";

/// 域名格式不合法，请确认后重试。
pub const INVALIDPARAMETER_CDNHOSTINVALIDPARAM: &str = "InvalidParameter.CdnHostInvalidParam";

/// 域名状态不合法。
pub const INVALIDPARAMETER_CDNHOSTINVALIDSTATUS: &str = "InvalidParameter.CdnHostInvalidStatus";

/// 该域名为COS访问域名，无法接入，如需启动加速服务，请前往COS控制台启用默认 CDN 加速域。
pub const INVALIDPARAMETER_CDNHOSTISCOSDEFAULTACCESS: &str =
    "InvalidParameter.CdnHostIsCosDefaultAccess";

/// 域名太长。
pub const INVALIDPARAMETER_CDNHOSTTOOLONGHOST: &str = "InvalidParameter.CdnHostTooLongHost";

/// 内部接口错误，请联系腾讯云工程师进一步排查。
pub const INVALIDPARAMETER_CDNINTERFACEERROR: &str = "InvalidParameter.CdnInterfaceError";

/// 参数Interval错误，请确认后重试。
pub const INVALIDPARAMETER_CDNINVALIDPARAMINTERVAL: &str =
    "InvalidParameter.CdnInvalidParamInterval";

/// 参数Metric错误，请检查后重试。
pub const INVALIDPARAMETER_CDNINVALIDPARAMMETRIC: &str = "InvalidParameter.CdnInvalidParamMetric";

/// ServiceType字段不合法，请确认后重试。
pub const INVALIDPARAMETER_CDNINVALIDPARAMSERVICETYPE: &str =
    "InvalidParameter.CdnInvalidParamServiceType";

/// 配置暂不支持开启该配置。
pub const INVALIDPARAMETER_CDNKEYRULESEXCLUDECUSTOMREQUIRESFULLLEGO: &str =
    "InvalidParameter.CdnKeyRulesExcludeCustomRequiresFullLego";

/// QueryString字段不合法，请确认后重试。
pub const INVALIDPARAMETER_CDNKEYRULESINVALIDQUERYSTRINGVALUE: &str =
    "InvalidParameter.CdnKeyRulesInvalidQueryStringValue";

/// 参数错误，请参考文档中示例参数填充。
pub const INVALIDPARAMETER_CDNPARAMERROR: &str = "InvalidParameter.CdnParamError";

/// 刷新不支持泛域名。
pub const INVALIDPARAMETER_CDNPURGEWILDCARDNOTALLOWED: &str =
    "InvalidParameter.CdnPurgeWildcardNotAllowed";

/// 预热不支持泛域名。
pub const INVALIDPARAMETER_CDNPUSHWILDCARDNOTALLOWED: &str =
    "InvalidParameter.CdnPushWildcardNotAllowed";

/// 日期不合法，请参考文档中日期示例。
pub const INVALIDPARAMETER_CDNSTATINVALIDDATE: &str = "InvalidParameter.CdnStatInvalidDate";

/// 统计维度不合法，请参考文档中统计分析示例。
pub const INVALIDPARAMETER_CDNSTATINVALIDFILTER: &str = "InvalidParameter.CdnStatInvalidFilter";

/// 统计类型不合法，请参考文档中统计分析示例。
pub const INVALIDPARAMETER_CDNSTATINVALIDMETRIC: &str = "InvalidParameter.CdnStatInvalidMetric";

/// 项目ID错误，请确认后重试。
pub const INVALIDPARAMETER_CDNSTATINVALIDPROJECTID: &str =
    "InvalidParameter.CdnStatInvalidProjectId";

/// 查询的域名数量超过限制。
pub const INVALIDPARAMETER_CDNSTATTOOMANYDOMAINS: &str = "InvalidParameter.CdnStatTooManyDomains";

/// 域名状态不合法。
pub const INVALIDPARAMETER_CDNSTATUSINVALIDDOMAIN: &str = "InvalidParameter.CDNStatusInvalidDomain";

/// URL 超过限制长度。
pub const INVALIDPARAMETER_CDNURLEXCEEDLENGTH: &str = "InvalidParameter.CdnUrlExceedLength";

/// 索引冲突。
pub const INVALIDPARAMETER_CLSINDEXCONFLICT: &str = "InvalidParameter.ClsIndexConflict";

/// 索引规则为空。
pub const INVALIDPARAMETER_CLSINDEXRULEEMPTY: &str = "InvalidParameter.ClsIndexRuleEmpty";

/// 无效内容。
pub const INVALIDPARAMETER_CLSINVALIDCONTENT: &str = "InvalidParameter.ClsInvalidContent";

/// 无效的Content-Type。
pub const INVALIDPARAMETER_CLSINVALIDCONTENTTYPE: &str = "InvalidParameter.ClsInvalidContentType";

/// 无效的LogsetId
pub const INVALIDPARAMETER_CLSINVALIDLOGSETID: &str = "InvalidParameter.ClsInvalidLogsetId";

/// 参数错误，请检查后重试。
pub const INVALIDPARAMETER_CLSINVALIDPARAM: &str = "InvalidParameter.ClsInvalidParam";

/// 日志集冲突。
pub const INVALIDPARAMETER_CLSLOGSETCONFLICT: &str = "InvalidParameter.ClsLogsetConflict";

/// 日志集为空。
pub const INVALIDPARAMETER_CLSLOGSETEMPTY: &str = "InvalidParameter.ClsLogsetEmpty";

/// 日志集非空。
pub const INVALIDPARAMETER_CLSLOGSETNOTEMPTY: &str = "InvalidParameter.ClsLogsetNotEmpty";

/// 没有授权信息。
pub const INVALIDPARAMETER_CLSMISSINGAUTHORIZATION: &str =
    "InvalidParameter.ClsMissingAuthorization";

/// 丢失内容。
pub const INVALIDPARAMETER_CLSMISSINGCONTENT: &str = "InvalidParameter.ClsMissingContent";

/// 语法错误。
pub const INVALIDPARAMETER_CLSSYNTAXERROR: &str = "InvalidParameter.ClsSyntaxError";

/// 主题已经关闭。
pub const INVALIDPARAMETER_CLSTOPICCLOSED: &str = "InvalidParameter.ClsTopicClosed";

/// 主题冲突。
pub const INVALIDPARAMETER_CLSTOPICCONFLICT: &str = "InvalidParameter.ClsTopicConflict";

/// 内部接口错误，请重试或联系客服人员解决。
pub const INVALIDPARAMETER_ECDNINTERFACEERROR: &str = "InvalidParameter.EcdnInterfaceError";

/// 正则子模式超出上限。
pub const INVALIDPARAMETER_PATHREGEXTOOMANYSUBPATTERN: &str =
    "InvalidParameter.PathRegexTooManySubPattern";

/// 域名所在平台不支持远程鉴权。
pub const INVALIDPARAMETER_REMOTEAUTHINVALIDPLATFORM: &str =
    "InvalidParameter.RemoteAuthInvalidPlatform";

/// 域名所在平台不支持使用https协议访问远程鉴权地址。
pub const INVALIDPARAMETER_REMOTEAUTHINVALIDPROTOCOL: &str =
    "InvalidParameter.RemoteAuthInvalidProtocol";

/// SSL证书链错误，请检查证书链后重试
pub const INVALIDPARAMETER_SSLCERTCHAINERROR: &str = "InvalidParameter.SslCertChainError";

/// SSL证书与私钥不匹配，请检查后重试
pub const INVALIDPARAMETER_SSLCERTMATCHERROR: &str = "InvalidParameter.SslCertMatchError";

/// SSL证书解析错误，请检查证书格式后重试
pub const INVALIDPARAMETER_SSLCERTPARSEERROR: &str = "InvalidParameter.SslCertParseError";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 资源数组超过最大值。
pub const LIMITEXCEEDED_CAMRESOURCEARRAYTOOLONG: &str = "LimitExceeded.CamResourceArrayTooLong";

/// 单个资源标签键数不能超过50。
pub const LIMITEXCEEDED_CAMRESOURCETOOMANYTAGKEY: &str = "LimitExceeded.CamResourceTooManyTagKey";

/// 标签键长度超过最大值。
pub const LIMITEXCEEDED_CAMTAGKEYTOOLONG: &str = "LimitExceeded.CamTagKeyTooLong";

/// 单个标签键对应标签值不能超过1000。
pub const LIMITEXCEEDED_CAMTAGKEYTOOMANYTAGVALUE: &str = "LimitExceeded.CamTagKeyTooManyTagValue";

/// 域名绑定标签数量超出限制。
pub const LIMITEXCEEDED_CAMTAGQUOTAEXCEEDLIMIT: &str = "LimitExceeded.CamTagQuotaExceedLimit";

/// 单个用户最多1000个不同的key。
pub const LIMITEXCEEDED_CAMUSERTOOMANYTAGKEY: &str = "LimitExceeded.CamUserTooManyTagKey";

/// 查询IP归属操作过于频繁。
pub const LIMITEXCEEDED_CDNCALLINGQUERYIPTOOOFTEN: &str = "LimitExceeded.CdnCallingQueryIpTooOften";

/// 该账号已经创建了太多主题。
pub const LIMITEXCEEDED_CDNCLSTOOMANYTOPICS: &str = "LimitExceeded.CdnClsTooManyTopics";

/// 缓存配置规则数超出限制。
pub const LIMITEXCEEDED_CDNCONFIGTOOMANYCACHERULES: &str =
    "LimitExceeded.CdnConfigTooManyCacheRules";

/// 域名操作过于频繁。
pub const LIMITEXCEEDED_CDNHOSTOPTOOOFTEN: &str = "LimitExceeded.CdnHostOpTooOften";

/// 刷新的Url数量超过每批提交的限制。
pub const LIMITEXCEEDED_CDNPURGEEXCEEDBATCHLIMIT: &str = "LimitExceeded.CdnPurgeExceedBatchLimit";

/// 刷新的Url数量超过每日限额。
pub const LIMITEXCEEDED_CDNPURGEEXCEEDDAYLIMIT: &str = "LimitExceeded.CdnPurgeExceedDayLimit";

/// 刷新的目录数量超过限制。
pub const LIMITEXCEEDED_CDNPURGEPATHEXCEEDBATCHLIMIT: &str =
    "LimitExceeded.CdnPurgePathExceedBatchLimit";

/// 刷新的目录数量超过每日限制。
pub const LIMITEXCEEDED_CDNPURGEPATHEXCEEDDAYLIMIT: &str =
    "LimitExceeded.CdnPurgePathExceedDayLimit";

/// 刷新的Url数量超过限制。
pub const LIMITEXCEEDED_CDNPURGEURLEXCEEDBATCHLIMIT: &str =
    "LimitExceeded.CdnPurgeUrlExceedBatchLimit";

/// 刷新的Url数量超过每日限额。
pub const LIMITEXCEEDED_CDNPURGEURLEXCEEDDAYLIMIT: &str = "LimitExceeded.CdnPurgeUrlExceedDayLimit";

/// 预热的Url数量超过单次限制。
pub const LIMITEXCEEDED_CDNPUSHEXCEEDBATCHLIMIT: &str = "LimitExceeded.CdnPushExceedBatchLimit";

/// 预热的Url数量超过每日限制。
pub const LIMITEXCEEDED_CDNPUSHEXCEEDDAYLIMIT: &str = "LimitExceeded.CdnPushExceedDayLimit";

/// 批量查询IP归属个数超过限制。
pub const LIMITEXCEEDED_CDNQUERYIPBATCHTOOMANY: &str = "LimitExceeded.CdnQueryIpBatchTooMany";

/// 用户域名数量已达上限，请联系腾讯云工程师处理。
pub const LIMITEXCEEDED_CDNUSERTOOMANYHOSTS: &str = "LimitExceeded.CdnUserTooManyHosts";

/// 日志集数目超出。
pub const LIMITEXCEEDED_CLSLOGSETEXCEED: &str = "LimitExceeded.ClsLogsetExceed";

/// 日志大小超限。
pub const LIMITEXCEEDED_CLSLOGSIZEEXCEED: &str = "LimitExceeded.ClsLogSizeExceed";

/// 主题超限。
pub const LIMITEXCEEDED_CLSTOPICEXCEED: &str = "LimitExceeded.ClsTopicExceed";

/// SSL请求频率超限，请稍后重试
pub const LIMITEXCEEDED_SSLCERTREQUESTLIMITEXCEEDED: &str =
    "LimitExceeded.SslCertRequestLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 该域名未经审批，暂无法添加，请先完成审批流程。
pub const OPERATIONDENIED_CDNDOMAINNOTAPPROVED: &str = "OperationDenied.CdnDomainNotApproved";

/// 此域名因遭受过大规模 DDoS 攻击，为了保证平台稳定，当前无法接入。
pub const OPERATIONDENIED_CDNHOSTHASDDOSRISK: &str = "OperationDenied.CdnHostHasDDosRisk";

/// 您的域名正在顺利升级至EdgeOne平台。在升级期间，您可能暂时无法进行配置修改。
pub const OPERATIONDENIED_PRODUCTUPDATING: &str = "OperationDenied.ProductUpdating";

/// 腾讯云CDN已全面升级为边缘安全加速平台
pub const OPERATIONDENIED_PRODUCTUPGRADED: &str = "OperationDenied.ProductUpgraded";

/// 所选目标域名与当前域名平台不一致，请重新选择或联系腾讯云技术支持
pub const OPERATIONDENIED_SHARECACHEAREADNSNOTMATCH: &str =
    "OperationDenied.ShareCacheAreaDnsNotMatch";

/// 此账号正迁移EdgeOne，若有疑问请联系售后客服！
pub const OPERATIONDENIED_USERMIGRATING: &str = "OperationDenied.UserMigrating";

/// 域名与系统中已存在域名存在冲突。
pub const RESOURCEINUSE_CDNCONFLICTHOSTEXISTS: &str = "ResourceInUse.CdnConflictHostExists";

/// 域名已存在。
pub const RESOURCEINUSE_CDNHOSTEXISTS: &str = "ResourceInUse.CdnHostExists";

/// CDN资源正在被操作中。
pub const RESOURCEINUSE_CDNOPINPROGRESS: &str = "ResourceInUse.CdnOpInProgress";

/// 域名已存在。
pub const RESOURCEINUSE_TCBHOSTEXISTS: &str = "ResourceInUse.TcbHostExists";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 标签键不存在。
pub const RESOURCENOTFOUND_CAMTAGKEYNOTEXIST: &str = "ResourceNotFound.CamTagKeyNotExist";

/// 未查询到该域名，请确认域名是否正确。
pub const RESOURCENOTFOUND_CDNHOSTNOTEXISTS: &str = "ResourceNotFound.CdnHostNotExists";

/// 项目不存在，请确认后重试。
pub const RESOURCENOTFOUND_CDNPROJECTNOTEXISTS: &str = "ResourceNotFound.CdnProjectNotExists";

/// 未开通CDN服务，请开通后使用此接口。
pub const RESOURCENOTFOUND_CDNUSERNOTEXISTS: &str = "ResourceNotFound.CdnUserNotExists";

/// 用户域名数量已达上限，请联系腾讯云工程师处理。
pub const RESOURCENOTFOUND_CDNUSERTOOMANYHOSTS: &str = "ResourceNotFound.CdnUserTooManyHosts";

/// 索引不存在。
pub const RESOURCENOTFOUND_CLSINDEXNOTEXIST: &str = "ResourceNotFound.ClsIndexNotExist";

/// 日志集不存在。
pub const RESOURCENOTFOUND_CLSLOGSETNOTEXIST: &str = "ResourceNotFound.ClsLogsetNotExist";

/// 主题不存在。
pub const RESOURCENOTFOUND_CLSTOPICNOTEXIST: &str = "ResourceNotFound.ClsTopicNotExist";

/// 域名不存在，请确认后重试。
pub const RESOURCENOTFOUND_ECDNDOMAINNOTEXISTS: &str = "ResourceNotFound.EcdnDomainNotExists";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 该域名已在其他处接入中国境内服务地域，如需修改服务地域为全球，需验证取回域名。
pub const RESOURCEUNAVAILABLE_CDNHOSTBELONGSTOOTHERSINMAINLAND: &str =
    "ResourceUnavailable.CdnHostBelongsToOthersInMainland";

/// 该域名已在其他处接入中国境外服务地域，如需修改服务地域为全球，需验证取回域名。
pub const RESOURCEUNAVAILABLE_CDNHOSTBELONGSTOOTHERSINOVERSEAS: &str =
    "ResourceUnavailable.CdnHostBelongsToOthersInOverseas";

/// 域名已接入DSA功能。
pub const RESOURCEUNAVAILABLE_CDNHOSTEXISTSINDSA: &str = "ResourceUnavailable.CdnHostExistsInDsa";

/// 域名已经在TCB控制台接入。
pub const RESOURCEUNAVAILABLE_CDNHOSTEXISTSINTCB: &str = "ResourceUnavailable.CdnHostExistsInTcb";

/// 域名被锁定。
pub const RESOURCEUNAVAILABLE_CDNHOSTISLOCKED: &str = "ResourceUnavailable.CdnHostIsLocked";

/// 该域名有违法违规风险，不可接入。
pub const RESOURCEUNAVAILABLE_CDNHOSTISMALICIOUS: &str = "ResourceUnavailable.CdnHostIsMalicious";

/// 域名未下线。
pub const RESOURCEUNAVAILABLE_CDNHOSTISNOTOFFLINE: &str = "ResourceUnavailable.CdnHostIsNotOffline";

/// 域名已下线，无法提交预热。
pub const RESOURCEUNAVAILABLE_CDNHOSTISNOTONLINE: &str = "ResourceUnavailable.CdnHostIsNotOnline";

/// 域名未备案，请将域名备案。备案同步周期为2小时，若域名已备案，可稍后重新接入。
pub const RESOURCEUNAVAILABLE_CDNHOSTNOICP: &str = "ResourceUnavailable.CdnHostNoIcp";

/// 您的账号存在合规安全风险
pub const RESOURCEUNAVAILABLE_CHECKUSERHIGHRISK: &str = "ResourceUnavailable.CheckUserHighRisk";

/// 该域名已在云点播内接入，请先在云点播内删除域名后再接入。
pub const RESOURCEUNAVAILABLE_HOSTEXISTINVOD: &str = "ResourceUnavailable.HostExistInVod";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 子账号禁止查询整体数据。
pub const UNAUTHORIZEDOPERATION_CDNACCOUNTUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnAccountUnauthorized";

/// 子账号未配置cam策略。
pub const UNAUTHORIZEDOPERATION_CDNCAMUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnCamUnauthorized";

/// 该账号未授权开通CLS。
pub const UNAUTHORIZEDOPERATION_CDNCLSNOTREGISTERED: &str =
    "UnauthorizedOperation.CdnClsNotRegistered";

/// 域名未进行归属权校验。
pub const UNAUTHORIZEDOPERATION_CDNDOMAINRECORDNOTVERIFIED: &str =
    "UnauthorizedOperation.CdnDomainRecordNotVerified";

/// 域名在内部系统已存在，请提工单处理。
pub const UNAUTHORIZEDOPERATION_CDNHOSTEXISTSININTERNAL: &str =
    "UnauthorizedOperation.CdnHostExistsInInternal";

/// 该域名涉及违法违规风险，不可接入。
pub const UNAUTHORIZEDOPERATION_CDNHOSTINICPBLACKLIST: &str =
    "UnauthorizedOperation.CdnHostInIcpBlacklist";

/// 该域名属于其他账号，您没有权限接入。
pub const UNAUTHORIZEDOPERATION_CDNHOSTISOWNEDBYOTHER: &str =
    "UnauthorizedOperation.CdnHostIsOwnedByOther";

/// 域名需要提工单申请接入。
pub const UNAUTHORIZEDOPERATION_CDNHOSTISTOAPPLYHOST: &str =
    "UnauthorizedOperation.CdnHostIsToApplyHost";

/// 域名已被其他账号接入，更多详情请提交工单联系我们。
pub const UNAUTHORIZEDOPERATION_CDNHOSTISUSEDBYOTHER: &str =
    "UnauthorizedOperation.CdnHostIsUsedByOther";

/// CDN子账号加速域名未授权。
pub const UNAUTHORIZEDOPERATION_CDNHOSTUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnHostUnauthorized";

/// 用户状态不合法，暂时无法使用服务。
pub const UNAUTHORIZEDOPERATION_CDNINVALIDUSERSTATUS: &str =
    "UnauthorizedOperation.CdnInvalidUserStatus";

/// 子账号项目未授权。
pub const UNAUTHORIZEDOPERATION_CDNPROJECTUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnProjectUnauthorized";

/// 子账号标签未授权。
pub const UNAUTHORIZEDOPERATION_CDNTAGUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnTagUnauthorized";

/// 域名解析记录值验证不通过。
pub const UNAUTHORIZEDOPERATION_CDNTXTRECORDVALUENOTMATCH: &str =
    "UnauthorizedOperation.CdnTxtRecordValueNotMatch";

/// CDN用户认证失败。
pub const UNAUTHORIZEDOPERATION_CDNUSERAUTHFAIL: &str = "UnauthorizedOperation.CdnUserAuthFail";

/// CDN用户待认证。
pub const UNAUTHORIZEDOPERATION_CDNUSERAUTHWAIT: &str = "UnauthorizedOperation.CdnUserAuthWait";

/// 内部服务错误，请联系腾讯云工程师进一步排查。
pub const UNAUTHORIZEDOPERATION_CDNUSERINVALIDCREDENTIAL: &str =
    "UnauthorizedOperation.CdnUserInvalidCredential";

/// 账号由于欠费被隔离，请冲正后重试。
pub const UNAUTHORIZEDOPERATION_CDNUSERISISOLATED: &str = "UnauthorizedOperation.CdnUserIsIsolated";

/// 加速服务已停服，请重启加速服务后重试。
pub const UNAUTHORIZEDOPERATION_CDNUSERISSUSPENDED: &str =
    "UnauthorizedOperation.CdnUserIsSuspended";

/// 非内测白名单用户，无该功能使用权限。
pub const UNAUTHORIZEDOPERATION_CDNUSERNOWHITELIST: &str =
    "UnauthorizedOperation.CdnUserNoWhitelist";

/// 无效的授权。
pub const UNAUTHORIZEDOPERATION_CLSINVALIDAUTHORIZATION: &str =
    "UnauthorizedOperation.ClsInvalidAuthorization";

/// CLS服务未开通，请先在CLS控制台开通服务。
pub const UNAUTHORIZEDOPERATION_CLSSERVICENOTACTIVATED: &str =
    "UnauthorizedOperation.ClsServiceNotActivated";

/// 授权未通过。
pub const UNAUTHORIZEDOPERATION_CLSUNAUTHORIZED: &str = "UnauthorizedOperation.ClsUnauthorized";

/// 内部服务错误，请联系腾讯云工程师进一步排查。
pub const UNAUTHORIZEDOPERATION_CSRFERROR: &str = "UnauthorizedOperation.CsrfError";

/// 请前往CDN控制台进行操作。
pub const UNAUTHORIZEDOPERATION_ECDNMIGRATEDCDN: &str = "UnauthorizedOperation.EcdnMigratedCdn";

/// 操作超出调用频次限制。
pub const UNAUTHORIZEDOPERATION_OPERATIONTOOOFTEN: &str = "UnauthorizedOperation.OperationTooOften";

/// 暂不支持此操作，请联系腾讯云工程师处理。
pub const UNAUTHORIZEDOPERATION_OPNOAUTH: &str = "UnauthorizedOperation.OpNoAuth";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION_UNKNOWN: &str = "UnauthorizedOperation.Unknown";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 不允许操作。
pub const UNSUPPORTEDOPERATION_CLSNOTALLOWED: &str = "UnsupportedOperation.ClsNotAllowed";

/// 暂不支持此操作，请联系腾讯云工程师处理。
pub const UNSUPPORTEDOPERATION_OPNOAUTH: &str = "UnsupportedOperation.OpNoAuth";
