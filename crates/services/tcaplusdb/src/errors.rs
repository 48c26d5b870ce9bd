//! Error codes of `tcaplusdb`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tcaplusdb::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 接口操作鉴权错误。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 旧密码已经失效。
pub const FAILEDOPERATION_OLDPASSWORDHASEXPIRED: &str = "FailedOperation.OldPasswordHasExpired";

/// 旧密码还未失效。
pub const FAILEDOPERATION_OLDPASSWORDINUSE: &str = "FailedOperation.OldPasswordInUse";

/// 密码错误。
pub const FAILEDOPERATION_PASSWORDFAILURE: &str = "FailedOperation.PasswordFailure";

/// 请求的地域不匹配。
pub const FAILEDOPERATION_REGIONMISMATCH: &str = "FailedOperation.RegionMismatch";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 应用名不合法。
pub const INVALIDPARAMETERVALUE_INVALIDAPPNAME: &str = "InvalidParameterValue.InvalidAppName";

/// 集群名称不合法。
pub const INVALIDPARAMETERVALUE_INVALIDCLUSTERNAME: &str =
    "InvalidParameterValue.InvalidClusterName";

/// 非法的表格组名称。
pub const INVALIDPARAMETERVALUE_INVALIDTABLEGROUPNAME: &str =
    "InvalidParameterValue.InvalidTableGroupName";

/// 非法的时间格式。
pub const INVALIDPARAMETERVALUE_INVALIDTIMEVALUE: &str = "InvalidParameterValue.InvalidTimeValue";

/// 非法的大区名称。
pub const INVALIDPARAMETERVALUE_INVALIDZONENAME: &str = "InvalidParameterValue.InvalidZoneName";

/// 不支持的应用数据描述类型。
pub const INVALIDPARAMETERVALUE_UNSUPPORTIDLTYPE: &str = "InvalidParameterValue.UnsupportIdlType";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 余额不足。
pub const RESOURCEINSUFFICIENT_BALANCEERROR: &str = "ResourceInsufficient.BalanceError";

/// 没有可用的应用资源。
pub const RESOURCEINSUFFICIENT_NOAVAILABLEAPP: &str = "ResourceInsufficient.NoAvailableApp";

/// 没有可用的集群资源。
pub const RESOURCEINSUFFICIENT_NOAVAILABLECLUSTER: &str = "ResourceInsufficient.NoAvailableCluster";

/// 私有网络中没有可用的vip资源。
pub const RESOURCEINSUFFICIENT_NOENOUGHVIPINVPC: &str = "ResourceInsufficient.NoEnoughVipInVPC";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 集群名称重复。
pub const RESOURCEUNAVAILABLE_DUPLICATECLUSTERNAME: &str =
    "ResourceUnavailable.DuplicateClusterName";

/// 重复的表格组id或名称。
pub const RESOURCEUNAVAILABLE_DUPLICATETABLEGROUPINFO: &str =
    "ResourceUnavailable.DuplicateTableGroupInfo";

/// 重复的表格组名称。
pub const RESOURCEUNAVAILABLE_DUPLICATETABLEGROUPNAME: &str =
    "ResourceUnavailable.DuplicateTableGroupName";

/// 没有可用的表格组资源。
pub const RESOURCEUNAVAILABLE_NOAVAILABLETABLEGROUP: &str =
    "ResourceUnavailable.NoAvailableTableGroup";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
