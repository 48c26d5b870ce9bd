//! Error codes of `ms`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ms::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// CAM签名/鉴权错误。
pub const AUTHFAILURE_INVALIDAUTHORIZATION: &str = "AuthFailure.InvalidAuthorization";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// Apk检测服务端无法响应。
pub const INTERNALERROR_APKSERVERERROR: &str = "InternalError.ApkServerError";

/// 服务端无法响应。
pub const INTERNALERROR_SERVERERROR: &str = "InternalError.ServerError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// Android在线加固任务,入参字段AppMd5必输。
pub const INVALIDPARAMETERVALUE_ANDROIDAPPMD5ERROR: &str =
    "InvalidParameterValue.AndroidAppMd5Error";

/// Android应用包名必输,请求参数中的AppPkgName值要相等。
pub const INVALIDPARAMETERVALUE_ANDROIDAPPPKGNAMEERROR: &str =
    "InvalidParameterValue.AndroidAppPkgNameError";

/// AppPkgNameList字段检查不通过，必输字段，值可为单个包年或多个包名时。值为多个包名时，包名需用逗号隔开，其数量不能超过10个。
pub const INVALIDPARAMETERVALUE_ANDROIDAPPPKGNAMELISTERROR: &str =
    "InvalidParameterValue.AndroidAppPkgNameListError";

/// Android应用类型必输,请求参数中的AppType值要相等，其值需等于“apk”或“aab”。
pub const INVALIDPARAMETERVALUE_ANDROIDAPPTYPEERROR: &str =
    "InvalidParameterValue.AndroidAppTypeError";

/// Android在线加固任务,入参字段AppUrl必输。
pub const INVALIDPARAMETERVALUE_ANDROIDAPPURLERROR: &str =
    "InvalidParameterValue.AndroidAppUrlError";

/// Android加固配置错误,assets资源文件路径格式错误。
pub const INVALIDPARAMETERVALUE_ANDROIDASSETSERROR: &str =
    "InvalidParameterValue.AndroidAssetsError";

/// Android加固配置参数不正确
pub const INVALIDPARAMETERVALUE_ANDROIDENCRYPTPARAMERROR: &str =
    "InvalidParameterValue.AndroidEncryptParamError";

/// Android加固配置错误,res资源文件路径格式错误。
pub const INVALIDPARAMETERVALUE_ANDROIDRESERROR: &str = "InvalidParameterValue.AndroidResError";

/// Android加固配置错误,so库文件路径格式错误。
pub const INVALIDPARAMETERVALUE_ANDROIDSOERROR: &str = "InvalidParameterValue.AndroidSoError";

/// Android加固配置错误,vmp加固profile文件必输
pub const INVALIDPARAMETERVALUE_ANDROIDVMPERROR: &str = "InvalidParameterValue.AndroidVMPError";

/// 小程序加固配置错误,请检查相关配置。
pub const INVALIDPARAMETERVALUE_APPLETENCRYPTPARAMERROR: &str =
    "InvalidParameterValue.AppletEncryptParamError";

/// 请求参数中值为Url下载链接的相关字段检查不通过。
pub const INVALIDPARAMETERVALUE_CHECKURLERROR: &str = "InvalidParameterValue.CheckUrlError";

/// Android加固配置错误,入参字段AppType必输。
pub const INVALIDPARAMETERVALUE_ENCRYPTPARAMAPPTYPEERROR: &str =
    "InvalidParameterValue.EncryptParamAppTypeError";

/// 不能同时指定ItemIds和Filters。
pub const INVALIDPARAMETERVALUE_INVALIDCOEXISTITEMIDSFILTERS: &str =
    "InvalidParameterValue.InvalidCoexistItemIdsFilters";

/// 无效的过滤器。
pub const INVALIDPARAMETERVALUE_INVALIDFILTER: &str = "InvalidParameterValue.InvalidFilter";

/// ItemIds不合法。
pub const INVALIDPARAMETERVALUE_INVALIDITEMIDS: &str = "InvalidParameterValue.InvalidItemIds";

/// Limit不是有效的数字。
pub const INVALIDPARAMETERVALUE_INVALIDLIMIT: &str = "InvalidParameterValue.InvalidLimit";

/// Offset不是有效的数字。
pub const INVALIDPARAMETERVALUE_INVALIDOFFSET: &str = "InvalidParameterValue.InvalidOffset";

/// OrderDirection参数。
pub const INVALIDPARAMETERVALUE_INVALIDORDERDIRECTION: &str =
    "InvalidParameterValue.InvalidOrderDirection";

/// OrderField取值不合法。
pub const INVALIDPARAMETERVALUE_INVALIDORDERFIELD: &str = "InvalidParameterValue.InvalidOrderField";

/// ServiceInfo结构体参数缺失。
pub const INVALIDPARAMETER_MISSINGSERVICEINFO: &str = "InvalidParameter.MissingServiceInfo";

/// 参数格式错误。
pub const INVALIDPARAMETER_PARAMETERERROR: &str = "InvalidParameter.ParameterError";

/// 不能找到指定的加固策略。
pub const INVALIDPARAMETER_PLANIDNOTFOUND: &str = "InvalidParameter.PlanIdNotFound";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 加固任务超过配额限制。
pub const LIMITEXCEEDED_ENCRYPTTASKLIMITEXCEEDED: &str = "LimitExceeded.EncryptTaskLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// AppInfo结构体参数缺失。
pub const MISSINGPARAMETER_MISSINGAPPINFO: &str = "MissingParameter.MissingAppInfo";

/// 缺少ItemId字段。
pub const MISSINGPARAMETER_MISSINGITEMID: &str = "MissingParameter.MissingItemId";

/// 缺少ItemIds字段。
pub const MISSINGPARAMETER_MISSINGITEMIDS: &str = "MissingParameter.MissingItemIds";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// ItemId不存在。
pub const RESOURCENOTFOUND_ITEMIDNOTFOUND: &str = "ResourceNotFound.ItemIdNotFound";

/// 无法找到指定的加固策略。
pub const RESOURCENOTFOUND_PLANIDNOTFOUND: &str = "ResourceNotFound.PlanIdNotFound";

/// 加固任务id不存在。
pub const RESOURCENOTFOUND_RESULTIDNOTFOUND: &str = "ResourceNotFound.ResultIdNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 资源未绑定应用包名。
pub const RESOURCEUNAVAILABLE_NOTBIND: &str = "ResourceUnavailable.NotBind";

/// 找不到该资源。
pub const RESOURCEUNAVAILABLE_NOTFOUND: &str = "ResourceUnavailable.NotFound";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 鉴权失败。
pub const UNAUTHORIZEDOPERATION_AUTHFAILED: &str = "UnauthorizedOperation.AuthFailed";

/// 不是白名单用户。
pub const UNAUTHORIZEDOPERATION_NOTWHITEUSER: &str = "UnauthorizedOperation.NotWhiteUser";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
