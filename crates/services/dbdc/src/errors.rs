//! Error codes of `dbdc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dbdc::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 请求未授权。请参考 CAM 文档对鉴权的说明。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 修改资源信息失败。
pub const FAILEDOPERATION_MODIFYRESOURCEINFOERROR: &str = "FailedOperation.ModifyResourceInfoError";

/// 访问管控服务失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_OSSACCESSERROR: &str = "FailedOperation.OssAccessError";

/// 查询资源信息失败。
pub const FAILEDOPERATION_QUERYRESOURCEERROR: &str = "FailedOperation.QueryResourceError";

/// 获取独享集群规格信息失败。
pub const FAILEDOPERATION_QUERYSPECINFOERROR: &str = "FailedOperation.QuerySpecInfoError";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数值传入错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 参数错误
pub const INVALIDPARAMETERVALUE_PARAMETERERROR: &str = "InvalidParameterValue.ParameterError";

/// 集群的参数非法。
pub const INVALIDPARAMETERVALUE_RESOURCEPARAMETERERROR: &str =
    "InvalidParameterValue.ResourceParameterError";

/// 获取资源失败，AppId：{{1}}，ResourceId：{{2}}。
pub const RESOURCENOTFOUND_FETCHRESOURCEERROR: &str = "ResourceNotFound.FetchResourceError";

/// 获取资源列表失败，ErrMsg：{{1}}。
pub const RESOURCENOTFOUND_FETCHRESOURCELISTERROR: &str = "ResourceNotFound.FetchResourceListError";

/// 资源状态异常。
pub const RESOURCEUNAVAILABLE_RESOURCESTATUSABNORMALERROR: &str =
    "ResourceUnavailable.ResourceStatusAbnormalError";
