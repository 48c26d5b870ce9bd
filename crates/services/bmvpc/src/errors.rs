//! Error codes of `bmvpc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_bmvpc::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 可创建的VPN通道SPD ACL数达到上限。
pub const LIMITEXCEEDED_SPDACLLIMIT: &str = "LimitExceeded.SpdAclLimit";

/// 可创建的VPN通道SPD ACL目的地址数达到上限。
pub const LIMITEXCEEDED_SPDDNETLIMIT: &str = "LimitExceeded.SpdDnetLimit";

/// 可创建的VPN通道SPD ACL源地址数达到上限。
pub const LIMITEXCEEDED_SPDSNETLIMIT: &str = "LimitExceeded.SpdSnetLimit";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 对端网关不存在。
pub const RESOURCENOTFOUND_CUSTOMERGATEWAYNOTEXIST: &str =
    "ResourceNotFound.CustomerGatewayNotExist";

/// 联通状态的通道才可以重置。
pub const RESOURCENOTFOUND_NOTAVAIBLE: &str = "ResourceNotFound.NotAvaible";

/// VPC不存在。
pub const RESOURCENOTFOUND_VPCNOTEXIST: &str = "ResourceNotFound.VpcNotExist";

/// 对等连接不存在。
pub const RESOURCENOTFOUND_VPCPEERNOTEXIST: &str = "ResourceNotFound.VpcPeerNotExist";

/// VPN通道不存在。
pub const RESOURCENOTFOUND_VPNCONNNOTEXIST: &str = "ResourceNotFound.VpnConnNotExist";

/// VPN网关不存在。
pub const RESOURCENOTFOUND_VPNGWNOTEXIST: &str = "ResourceNotFound.VpnGwNotExist";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 对端网关地址已存在。
pub const UNSUPPORTEDOPERATION_CUSTOMERGATEWAYADDREXIST: &str =
    "UnsupportedOperation.CustomerGatewayAddrExist";

/// 对端网关地址不合法。
pub const UNSUPPORTEDOPERATION_CUSTOMERGATEWAYADDRINVALID: &str =
    "UnsupportedOperation.CustomerGatewayAddrInvalid";

/// 对等连接状态不正确。
pub const UNSUPPORTEDOPERATION_INVALIDVPCPEERSTATE: &str =
    "UnsupportedOperation.InvalidVpcPeerState";

/// VPN通道状态不正确。
pub const UNSUPPORTEDOPERATION_INVALIDVPNCONNSTATE: &str =
    "UnsupportedOperation.InvalidVpnConnState";

/// SPD策略源目的地址冲突。
pub const UNSUPPORTEDOPERATION_SPDACLCIDRINVALID: &str = "UnsupportedOperation.SpdAclCidrInvalid";

/// SPD策略源地址不在VPC网段内。
pub const UNSUPPORTEDOPERATION_SPDSNETNOTINCIDR: &str = "UnsupportedOperation.SpdSnetNotInCidr";

/// 对等连接CIDR冲突。
pub const UNSUPPORTEDOPERATION_VPCCIDRCONFICT: &str = "UnsupportedOperation.VpcCidrConfict";

/// 对等连接已存在。
pub const UNSUPPORTEDOPERATION_VPCPEEREXIST: &str = "UnsupportedOperation.VpcPeerExist";

/// VPN通道已存在。
pub const UNSUPPORTEDOPERATION_VPNCONNEXIST: &str = "UnsupportedOperation.VpnConnExist";

/// 存在VPN通道引用。
pub const UNSUPPORTEDOPERATION_VPNCONNINUSE: &str = "UnsupportedOperation.VpnConnInUse";
