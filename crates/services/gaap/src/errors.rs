//! Error codes of `gaap`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_gaap::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 非企业认证客户。
pub const AUTHFAILURE_NOTENTERPRISEAUTHORIZATION: &str = "AuthFailure.NotEnterpriseAuthorization";

/// 子账户未授权操作。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 账户余额不足，无法创建该通道。
pub const FAILEDOPERATION_ACCOUNTBALANCEINSUFFICIENT: &str =
    "FailedOperation.AccountBalanceInsufficient";

/// 操作正在执行中，请勿重复操作。
pub const FAILEDOPERATION_ACTIONISDOING: &str = "FailedOperation.ActionIsDoing";

/// 接口操作太频繁，请稍后重试。
pub const FAILEDOPERATION_ACTIONOPERATETOOQUICKLY: &str = "FailedOperation.ActionOperateTooQuickly";

/// 该批通道归属于不同的通道组，无法批量操作。
pub const FAILEDOPERATION_BELONGDIFFERENTGROUP: &str = "FailedOperation.BelongDifferentGroup";

/// 证书正在使用中，无法操作。
pub const FAILEDOPERATION_CERTIFICATEISUSING: &str = "FailedOperation.CertificateIsUsing";

/// 通道组中存在通道，无法删除。
pub const FAILEDOPERATION_DELETEPROXYGROUPPROXYREMAINED: &str =
    "FailedOperation.DeleteProxyGroupProxyRemained";

/// 该域名在监听器下已使用。
pub const FAILEDOPERATION_DOMAINALREADYEXISTED: &str = "FailedOperation.DomainAlreadyExisted";

/// 域名状态为非运行状态，无法操作。
pub const FAILEDOPERATION_DOMAINSTATUSNOTINRUNNING: &str =
    "FailedOperation.DomainStatusNotInRunning";

/// 重复的请求，请检查ClientToken的值。
pub const FAILEDOPERATION_DUPLICATEDREQUEST: &str = "FailedOperation.DuplicatedRequest";

/// 通道组状态为非运行状态，无法操作。
pub const FAILEDOPERATION_GROUPSTATUSNOTINRUNING: &str = "FailedOperation.GroupStatusNotInRuning";

/// 通道状态为非运行状态，无法操作。
pub const FAILEDOPERATION_INSTANCESTATUSNOTINRUNING: &str =
    "FailedOperation.InstanceStatusNotInRuning";

/// 无效的监听器协议。
pub const FAILEDOPERATION_INVALIDLISTENERPROTOCOL: &str = "FailedOperation.InvalidListenerProtocol";

/// 监听器数量超过限制。
pub const FAILEDOPERATION_LIMITNUMOFLISTENER: &str = "FailedOperation.LimitNumofListener";

/// 通道组下通道数量超过限制。
pub const FAILEDOPERATION_LIMITNUMOFPROXIESINGROUP: &str =
    "FailedOperation.LimitNumofProxiesInGroup";

/// 转发规则数超过限制。
pub const FAILEDOPERATION_LIMITNUMOFRULES: &str = "FailedOperation.LimitNumofRules";

/// 绑定源站数量超过限制。
pub const FAILEDOPERATION_LIMITREALSERVERNUM: &str = "FailedOperation.LimitRealServerNum";

/// 监听器正在操作中，请勿重复操作。
pub const FAILEDOPERATION_LISTENERHASTASK: &str = "FailedOperation.ListenerHasTask";

/// 监听器当前状态无法支持该操作。
pub const FAILEDOPERATION_LISTENERSTATUSERROR: &str = "FailedOperation.ListenerStatusError";

/// 加速通道在升级中，暂不支持配置变更，请提工单申请。
pub const FAILEDOPERATION_MIGRATION: &str = "FailedOperation.Migration";

/// 该通道为非标通道，限制所有写操作。
pub const FAILEDOPERATION_NONSTANDARDPROXY: &str = "FailedOperation.NonStandardProxy";

/// 仅支持Version2.0的通道。
pub const FAILEDOPERATION_NOTSUPPORTOLDVERSIONPROXY: &str =
    "FailedOperation.NotSupportOldVersionProxy";

/// 该操作不支持通道组。
pub const FAILEDOPERATION_NOTSUPPORTPROXYGROUP: &str = "FailedOperation.NotSupportProxyGroup";

/// 不支持配置变更。
pub const FAILEDOPERATION_NOTSUPPORTSCALAR: &str = "FailedOperation.NotSupportScalar";

/// 单次操作端口过多，超过数量上限。
pub const FAILEDOPERATION_OPERATELIMITNUMOFLISTENER: &str =
    "FailedOperation.OperateLimitNumofListener";

/// 安全策略已关闭，请勿重复操作。
pub const FAILEDOPERATION_PROXYSECURITYALREADYCLOSE: &str =
    "FailedOperation.ProxySecurityAlreadyClose";

/// 安全策略已开启，请勿重复操作。
pub const FAILEDOPERATION_PROXYSECURITYALREADYOPEN: &str =
    "FailedOperation.ProxySecurityAlreadyOpen";

/// 添加规则失败：禁止拒绝默认的通道访问规则。
pub const FAILEDOPERATION_PROXYSECURITYPOLICYDEFAULTRULE: &str =
    "FailedOperation.ProxySecurityPolicyDefaultRule";

/// 添加规则失败：安全防护访问规则重复。
pub const FAILEDOPERATION_PROXYSECURITYPOLICYDUPLICATEDRULE: &str =
    "FailedOperation.ProxySecurityPolicyDuplicatedRule";

/// 安全策略已经存在，请勿重复创建。
pub const FAILEDOPERATION_PROXYSECURITYPOLICYEXISTED: &str =
    "FailedOperation.ProxySecurityPolicyExisted";

/// 通道安全策略操作中。
pub const FAILEDOPERATION_PROXYSECURITYPOLICYOPERATING: &str =
    "FailedOperation.ProxySecurityPolicyOperating";

/// 线路售罄或资源不足，请提工单申请。
pub const FAILEDOPERATION_PROXYSELLOUT: &str = "FailedOperation.ProxySellOut";

/// 通道处于非运行状态，不能添加监听器。
pub const FAILEDOPERATION_PROXYSTATUSNOTINRUNING: &str = "FailedOperation.ProxyStatusNotInRuning";

/// 不支持该版本通道。
pub const FAILEDOPERATION_PROXYVERSIONNOTSUPPORT: &str = "FailedOperation.ProxyVersionNotSupport";

/// 已经绑定了源站，无法删除。
pub const FAILEDOPERATION_REALSERVERALREADYBOUND: &str = "FailedOperation.RealServerAlreadyBound";

/// 源站不归属于该项目。
pub const FAILEDOPERATION_REALSERVERNOTINPROJECT: &str = "FailedOperation.RealServerNotInProject";

/// 该资源不可访问。
pub const FAILEDOPERATION_RESOURCECANNOTACCESS: &str = "FailedOperation.ResourceCanNotAccess";

/// 资源已经被操作过。
pub const FAILEDOPERATION_RESOURCEHADBEENDONE: &str = "FailedOperation.ResourceHadBeenDone";

/// 资源升级中。
pub const FAILEDOPERATION_RESOURCEUPGRADING: &str = "FailedOperation.ResourceUpgrading";

/// 规则已经存在。
pub const FAILEDOPERATION_RULEALREADYEXISTED: &str = "FailedOperation.RuleAlreadyExisted";

/// 签名校验错误。
pub const FAILEDOPERATION_SECRETVALIDATEFAILED: &str = "FailedOperation.SecretValidateFailed";

/// 标签资源绑定失败。
pub const FAILEDOPERATION_TAGRESOURCESFAILED: &str = "FailedOperation.TagResourcesFailed";

/// 标签资源解绑失败。
pub const FAILEDOPERATION_UNTAGRESOURCESFAILED: &str = "FailedOperation.UnTagResourcesFailed";

/// 用户未认证。
pub const FAILEDOPERATION_USERNOTAUTHENTICATED: &str = "FailedOperation.UserNotAuthenticated";

/// 未开通协议。
pub const FAILEDOPERATION_USERNOTCONFIRMPROTOCOL: &str = "FailedOperation.UserNotConfirmProtocol";

/// 该功能为白名单功能，如有需要请联系腾讯云助手。
pub const FAILEDOPERATION_USERNOTINWHITELIST: &str = "FailedOperation.UserNotInWhitelist";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 证书和私钥不匹配。
pub const INVALIDPARAMETERVALUE_CERTIFICATECONTENTNOTMATCHKEY: &str =
    "InvalidParameterValue.CertificateContentNotMatchKey";

/// Https证书与域名不匹配。
pub const INVALIDPARAMETERVALUE_CERTIFICATENOTMATCHDOMAIN: &str =
    "InvalidParameterValue.CertificateNotMatchDomain";

/// 域名在ICP黑名单内。
pub const INVALIDPARAMETERVALUE_DOMAININICPBLACKLIST: &str =
    "InvalidParameterValue.DomainInIcpBlacklist";

/// 域名未备案。
pub const INVALIDPARAMETERVALUE_DOMAINNOTREGISTER: &str = "InvalidParameterValue.DomainNotRegister";

/// 监听器端口已存在。
pub const INVALIDPARAMETERVALUE_DUPLICATEDLISTENERPORT: &str =
    "InvalidParameterValue.DuplicatedListenerPort";

/// RealServer已存在。
pub const INVALIDPARAMETERVALUE_DUPLICATERS: &str = "InvalidParameterValue.DuplicateRS";

/// 无法同时开启所设置的特性。
pub const INVALIDPARAMETERVALUE_FEATURECONFLICT: &str = "InvalidParameterValue.FeatureConflict";

/// 该默认入口被封禁，无法添加。
pub const INVALIDPARAMETERVALUE_GLOBALDOMAINHITBANBLACKLIST: &str =
    "InvalidParameterValue.GlobalDomainHitBanBlacklist";

/// 资源已被录入封禁黑名单。
pub const INVALIDPARAMETERVALUE_HITBANBLACKLIST: &str = "InvalidParameterValue.HitBanBlacklist";

/// header黑名单限制。
pub const INVALIDPARAMETERVALUE_HITBLACKLIST: &str = "InvalidParameterValue.HitBlacklist";

/// 带宽值不在可选范围内。
pub const INVALIDPARAMETERVALUE_INVALIDBANDWIDTH: &str = "InvalidParameterValue.InvalidBandwidth";

/// 解析失败，请检查证书内容格式。
pub const INVALIDPARAMETERVALUE_INVALIDCERTIFICATECONTENT: &str =
    "InvalidParameterValue.InvalidCertificateContent";

/// 证书不可用。
pub const INVALIDPARAMETERVALUE_INVALIDCERTIFICATEID: &str =
    "InvalidParameterValue.InvalidCertificateId";

/// 解析失败，请检查证书密钥格式。
pub const INVALIDPARAMETERVALUE_INVALIDCERTIFICATEKEY: &str =
    "InvalidParameterValue.InvalidCertificateKey";

/// 并发量值不在可选范围内。
pub const INVALIDPARAMETERVALUE_INVALIDCONCURRENCY: &str =
    "InvalidParameterValue.InvalidConcurrency";

/// 该监听器端口不可用。
pub const INVALIDPARAMETERVALUE_INVALIDLISTENERPORT: &str =
    "InvalidParameterValue.InvalidListenerPort";

/// 未找到或无权限访问该标签
pub const INVALIDPARAMETERVALUE_INVALIDTAGS: &str = "InvalidParameterValue.InvalidTags";

/// 该域名被封禁，无法添加。
pub const INVALIDPARAMETERVALUE_L7DOMAINHITBANBLACKLIST: &str =
    "InvalidParameterValue.L7DomainHitBanBlacklist";

/// 项目不属于该用户。
pub const INVALIDPARAMETERVALUE_PROJECTIDNOTBELONG: &str =
    "InvalidParameterValue.ProjectIdNotBelong";

/// 该通道组下无法支持该通道所需的特性。
pub const INVALIDPARAMETERVALUE_PROXYANDGROUPFEATURECONFLICT: &str =
    "InvalidParameterValue.ProxyAndGroupFeatureConflict";

/// 该地区不支持通道所设置的特性。
pub const INVALIDPARAMETERVALUE_PROXYANDREGIONFEATURECONFLICT: &str =
    "InvalidParameterValue.ProxyAndRegionFeatureConflict";

/// 源站不属于该用户。
pub const INVALIDPARAMETERVALUE_REALSERVERNOTBELONG: &str =
    "InvalidParameterValue.RealServerNotBelong";

/// 未找到或无权限访问的加速区域。
pub const INVALIDPARAMETERVALUE_UNKNOWNACCESSREGION: &str =
    "InvalidParameterValue.UnknownAccessRegion";

/// 未找到或无权限访问的源站区域。
pub const INVALIDPARAMETERVALUE_UNKNOWNDESTREGION: &str = "InvalidParameterValue.UnknownDestRegion";

/// 参数之间出现冲突。
pub const INVALIDPARAMETER_CONFLICTPARAMETERS: &str = "InvalidParameter.ConflictParameters";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 域名数量超限制。
pub const LIMITEXCEEDED_DOMAIN: &str = "LimitExceeded.Domain";

/// 标签配额不足。
pub const LIMITEXCEEDED_TAGQUOTA: &str = "LimitExceeded.TagQuota";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 账号下存在违规资源，详情请查看站内信或邮件。
pub const RESOURCEUNAVAILABLE_ACCOUNTVIOLATION: &str = "ResourceUnavailable.AccountViolation";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 跨境通道的联通带宽处于隔离中。
pub const UNAUTHORIZEDOPERATION_CROSSBORDERINISOLATING: &str =
    "UnauthorizedOperation.CrossBorderInIsolating";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
