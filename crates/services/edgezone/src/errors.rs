//! Error codes of `edgezone`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_edgezone::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// IP 仍绑定物理服务器，需先销毁物理机再释放IP
pub const FAILEDOPERATION_IPSTILLBOUNDTOSERVER: &str = "FailedOperation.IpStillBoundToServer";

/// 实例为 BGP/OSPF 模式，已自动分配或释放IP，不需要申请或释放IP
pub const FAILEDOPERATION_NOTSUPPORTEDFORDYNAMICINSTANCE: &str =
    "FailedOperation.NotSupportedForDynamicInstance";

/// 该 AppId 在指定可用区已存在私网实例
pub const FAILEDOPERATION_PRIVATEINSTANCEDUPLICATE: &str =
    "FailedOperation.PrivateInstanceDuplicate";

/// 该 AppId 在指定可用区已存在公网实例
pub const FAILEDOPERATION_PUBLICINSTANCEDUPLICATE: &str = "FailedOperation.PublicInstanceDuplicate";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 子网网络地址格式不合法
pub const INVALIDPARAMETERVALUE_INVALIDNETWORK: &str = "InvalidParameterValue.InvalidNetwork";

/// 指定 IPv4 不属于该实例或未曾申请（Type=ipv4）
pub const INVALIDPARAMETERVALUE_PUBLICIPNOTAVAILABLE: &str =
    "InvalidParameterValue.PublicIpNotAvailable";

/// 指定 IPv6 不属于该实例或未曾申请（Type=ipv6）
pub const INVALIDPARAMETERVALUE_PUBLICIPV6NOTAVAILABLE: &str =
    "InvalidParameterValue.PublicIpv6NotAvailable";

/// **BGP/OSPF 模式**：配额值不在有效范围内
pub const INVALIDPARAMETER_INVALIDQUOTA: &str = "InvalidParameter.InvalidQuota";

/// 参数错误
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// LimitExceeded.InstanceQuota
pub const LIMITEXCEEDED_INSTANCEQUOTA: &str = "LimitExceeded.InstanceQuota";

/// 申请Ipv6数量超出配额限制
pub const LIMITEXCEEDED_IPV6QUOTAEXCEEDED: &str = "LimitExceeded.Ipv6QuotaExceeded";

/// 用户在该可用区未配置 IPv6 配额（Type=ipv6）
pub const LIMITEXCEEDED_IPV6QUOTANOTCONFIGURED: &str = "LimitExceeded.Ipv6QuotaNotConfigured";

/// 申请Ipv4数量超出配额限制
pub const LIMITEXCEEDED_QUOTAEXCEEDED: &str = "LimitExceeded.QuotaExceeded";

/// **BGP/OSPF 模式**：用户在该可用区未配置 IPv4 配额
pub const LIMITEXCEEDED_QUOTANOTCONFIGURED: &str = "LimitExceeded.QuotaNotConfigured";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// **BGP/OSPF 模式**：可用区无空闲 CIDR 段（/26 或 /25）可分配
pub const RESOURCEINSUFFICIENT_NOAVAILABLECIDR: &str = "ResourceInsufficient.NoAvailableCidr";

/// IPv4 剩余地址不足
pub const RESOURCEINSUFFICIENT_PUBLICIPINSUFFICIENT: &str =
    "ResourceInsufficient.PublicIpInsufficient";

/// IPv6 地址剩余不足
pub const RESOURCEINSUFFICIENT_PUBLICIPV6INSUFFICIENT: &str =
    "ResourceInsufficient.PublicIpv6Insufficient";

/// 实例下仍有服务器绑定，需先释放所有物理机
pub const RESOURCEINUSE_PRIVATEINSTANCEINUSE: &str = "ResourceInUse.PrivateInstanceInUse";

/// 实例下仍有服务器或Ip绑定，需先释放所有物理机或Ip
pub const RESOURCEINUSE_PUBLICINSTANCEINUSE: &str = "ResourceInUse.PublicInstanceInUse";

/// 物理机实例不存在
pub const RESOURCENOTFOUND_INSTANCE: &str = "ResourceNotFound.Instance";

/// 指定的私网实例不存在
pub const RESOURCENOTFOUND_PRIVATEINSTANCENOTFOUND: &str =
    "ResourceNotFound.PrivateInstanceNotFound";

/// 指定的公网实例不存在。
pub const RESOURCENOTFOUND_PUBLICINSTANCENOTFOUND: &str = "ResourceNotFound.PublicInstanceNotFound";

/// ResourceNotFound.Zone
pub const RESOURCENOTFOUND_ZONE: &str = "ResourceNotFound.Zone";

/// 可用区不存在。
pub const RESOURCENOTFOUND_ZONENOTFOUND: &str = "ResourceNotFound.ZoneNotFound";

/// AppId 与实例归属不匹配
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// UnsupportedOperation.InvalidInstanceState
pub const UNSUPPORTEDOPERATION_INVALIDINSTANCESTATE: &str =
    "UnsupportedOperation.InvalidInstanceState";

/// UnsupportedOperation.LegacyCompatBatchMixed
pub const UNSUPPORTEDOPERATION_LEGACYCOMPATBATCHMIXED: &str =
    "UnsupportedOperation.LegacyCompatBatchMixed";
