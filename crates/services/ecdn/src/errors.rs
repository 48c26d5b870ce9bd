//! Error codes of `ecdn`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ecdn::errors::FAILEDOPERATION_ECDNCONFIGERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 域名配置更新操作失败，请重试或联系客服人员解决。
pub const FAILEDOPERATION_ECDNCONFIGERROR: &str = "FailedOperation.EcdnConfigError";

/// CAM鉴权错误，请稍后重试。
pub const INTERNALERROR_CAMSYSTEMERROR: &str = "InternalError.CamSystemError";

/// 内部配置服务错误，请重试或联系客服人员解决。
pub const INTERNALERROR_ECDNCONFIGERROR: &str = "InternalError.EcdnConfigError";

/// 内部数据错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_ECDNDBERROR: &str = "InternalError.EcdnDbError";

/// 系统内部错误，请联系客户人员解决或稍后重试。
pub const INTERNALERROR_ECDNQUERYSYSTEMERROR: &str = "InternalError.EcdnQuerySystemError";

/// 系统错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_ECDNSYSTEMERROR: &str = "InternalError.EcdnSystemError";

/// 内部服务错误，请联系腾讯云工程师进一步排查。
pub const INTERNALERROR_ERROR: &str = "InternalError.Error";

/// 后端服务错误,请稍后重试 。
pub const INTERNALERROR_PROXYSERVER: &str = "InternalError.ProxyServer";

/// 无法解析证书信息。
pub const INVALIDPARAMETER_ECDNCERTNOCERTINFO: &str = "InvalidParameter.EcdnCertNoCertInfo";

/// 缓存配置不合法 。
pub const INVALIDPARAMETER_ECDNCONFIGINVALIDCACHE: &str = "InvalidParameter.EcdnConfigInvalidCache";

/// 内部接口错误，请联系腾讯云工程师进一步排查。
pub const INVALIDPARAMETER_ECDNINTERFACEERROR: &str = "InvalidParameter.EcdnInterfaceError";

/// 统计粒度不合法，请参考文档中统计分析示例。
pub const INVALIDPARAMETER_ECDNINVALIDPARAMINTERVAL: &str =
    "InvalidParameter.EcdnInvalidParamInterval";

/// 参数错误，请参考文档中示例参数填充。
pub const INVALIDPARAMETER_ECDNPARAMERROR: &str = "InvalidParameter.EcdnParamError";

/// 日期不合法，请参考文档中日期示例。
pub const INVALIDPARAMETER_ECDNSTATINVALIDDATE: &str = "InvalidParameter.EcdnStatInvalidDate";

/// 统计类型不合法，请参考文档中统计分析示例。
pub const INVALIDPARAMETER_ECDNSTATINVALIDMETRIC: &str = "InvalidParameter.EcdnStatInvalidMetric";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 域名操作过于频繁。
pub const LIMITEXCEEDED_ECDNDOMAINOPTOOOFTEN: &str = "LimitExceeded.EcdnDomainOpTooOften";

/// 账号下无此域名，请确认后重试。
pub const RESOURCENOTFOUND_ECDNDOMAINNOTEXISTS: &str = "ResourceNotFound.EcdnDomainNotExists";

/// 账号下无此域名，请确认后重试。
pub const RESOURCENOTFOUND_ECDNHOSTNOTEXISTS: &str = "ResourceNotFound.EcdnHostNotExists";

/// 项目不存在。
pub const RESOURCENOTFOUND_ECDNPROJECTNOTEXISTS: &str = "ResourceNotFound.EcdnProjectNotExists";

/// 未开通ECDN服务，请开通后使用此接口。
pub const RESOURCENOTFOUND_ECDNUSERNOTEXISTS: &str = "ResourceNotFound.EcdnUserNotExists";

/// 子账号禁止查询整体数据。
pub const UNAUTHORIZEDOPERATION_CDNACCOUNTUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnAccountUnauthorized";

/// 子账号未配置cam策略。
pub const UNAUTHORIZEDOPERATION_CDNCAMUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnCamUnauthorized";

/// ECDN子账号加速域名未授权。
pub const UNAUTHORIZEDOPERATION_CDNDOMAINUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnDomainUnauthorized";

/// ECDN子账号加速域名未授权。
pub const UNAUTHORIZEDOPERATION_CDNHOSTUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnHostUnauthorized";

/// 子账号没有授权域名权限，请授权后重试。
pub const UNAUTHORIZEDOPERATION_CDNNODOMAINUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnNoDomainUnauthorized";

/// 子账号项目未授权。
pub const UNAUTHORIZEDOPERATION_CDNPROJECTUNAUTHORIZED: &str =
    "UnauthorizedOperation.CdnProjectUnauthorized";

/// ECDN 子账号加速域名未授权。
pub const UNAUTHORIZEDOPERATION_DOMAINNOPERMISSION: &str =
    "UnauthorizedOperation.DomainNoPermission";

/// ECDN 子账号加速域名未授权。
pub const UNAUTHORIZEDOPERATION_DOMAINSNOPERMISSION: &str =
    "UnauthorizedOperation.DomainsNoPermission";

/// 子账号禁止查询整体数据。
pub const UNAUTHORIZEDOPERATION_ECDNACCOUNTUNAUTHORIZED: &str =
    "UnauthorizedOperation.EcdnAccountUnauthorized";

/// 子账号未配置cam策略。
pub const UNAUTHORIZEDOPERATION_ECDNCAMUNAUTHORIZED: &str =
    "UnauthorizedOperation.EcdnCamUnauthorized";

/// ECDN子账号加速域名未授权。
pub const UNAUTHORIZEDOPERATION_ECDNDOMAINUNAUTHORIZED: &str =
    "UnauthorizedOperation.EcdnDomainUnauthorized";

/// ECDN子账号加速域名未授权。
pub const UNAUTHORIZEDOPERATION_ECDNHOSTUNAUTHORIZED: &str =
    "UnauthorizedOperation.EcdnHostUnauthorized";

/// 子账号没有授权域名权限，请授权后重试。
pub const UNAUTHORIZEDOPERATION_ECDNNODOMAINUNAUTHORIZED: &str =
    "UnauthorizedOperation.EcdnNoDomainUnauthorized";

/// 子账号项目未授权。
pub const UNAUTHORIZEDOPERATION_ECDNPROJECTUNAUTHORIZED: &str =
    "UnauthorizedOperation.EcdnProjectUnauthorized";

/// 非内测白名单用户，无该功能使用权限。
pub const UNAUTHORIZEDOPERATION_ECDNUSERNOWHITELIST: &str =
    "UnauthorizedOperation.EcdnUserNoWhitelist";

/// ECDN 子账号cam未授权。
pub const UNAUTHORIZEDOPERATION_NOPERMISSION: &str = "UnauthorizedOperation.NoPermission";

/// 操作过于频繁，请稍后重试 。
pub const UNAUTHORIZEDOPERATION_OPERATIONTOOOFTEN: &str = "UnauthorizedOperation.OperationTooOften";

/// ECDN 子账号项目未授权。
pub const UNAUTHORIZEDOPERATION_PROJECTNOPERMISSION: &str =
    "UnauthorizedOperation.ProjectNoPermission";

/// ECDN 子账号项目未授权。
pub const UNAUTHORIZEDOPERATION_PROJECTSNOPERMISSION: &str =
    "UnauthorizedOperation.ProjectsNoPermission";

/// 未知错误,请稍后重试 。
pub const UNAUTHORIZEDOPERATION_UNKNOWN: &str = "UnauthorizedOperation.Unknown";
