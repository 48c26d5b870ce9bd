//! Error codes of `dc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dc::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// CAM签名/鉴权错误，未授权的操作。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// vlan冲突。
pub const INVALIDPARAMETERVALUE_VLANCONFLICT: &str = "InvalidParameterValue.VlanConfLict";

/// 互联IP错误。
pub const INVALIDPARAMETER_ADDRESSERROR: &str = "InvalidParameter.AddressError";

/// 物理专线不属于该账号。
pub const INVALIDPARAMETER_DIRECTCONNECTIDISNOTUIN: &str =
    "InvalidParameter.DirectConnectIdIsNotUin";

/// 该账号ID不存在。
pub const INVALIDPARAMETER_UINISNOTEXIST: &str = "InvalidParameter.UinIsNotExist";

/// vlan冲突。
pub const INVALIDPARAMETER_VLANCONFLICT: &str = "InvalidParameter.VlanConflict";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 物理专线数已达上限。
pub const LIMITEXCEEDED_DIRECTCONNECTLIMITEXCEEDED: &str =
    "LimitExceeded.DirectConnectLimitExceeded";

/// 物理专线的专用通道数已达上限。
pub const LIMITEXCEEDED_DIRECTCONNECTTUNNELLIMITEXCEEDED: &str =
    "LimitExceeded.DirectConnectTunnelLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 物理专线的vpc已经存在。
pub const RESOURCEINUSE_DCVPCISEXIST: &str = "ResourceInUse.DcVpcIsExist";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 专用通道不存在。
pub const RESOURCENOTFOUND_DIRECTCONNECTTUNNELIDISNOTEXIST: &str =
    "ResourceNotFound.DirectConnectTunnelIdIsNotExist";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 对不起您的账号已欠费，欠费状态下无法开通产品，请您先行充值。
pub const RESOURCEUNAVAILABLE_INSUFFICIENTBALANCE: &str = "ResourceUnavailable.InsufficientBalance";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 不允许创建跨境专用通道，请您联系我们。
pub const UNSUPPORTEDOPERATION_CROSSBORDERDIRECTCONNECTTUNNEL: &str =
    "UnsupportedOperation.CrossBorderDirectConnectTunnel";

/// 状态冲突。
pub const UNSUPPORTEDOPERATION_STATECONFLICT: &str = "UnsupportedOperation.StateConfLict";
