//! Error codes of `cdc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cdc::errors::FAILEDOPERATION_CDCBINDVPCFAIL) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CDC绑定VPC失败。
pub const FAILEDOPERATION_CDCBINDVPCFAIL: &str = "FailedOperation.CdcBindVpcFail";

/// 删除site失败。
pub const FAILEDOPERATION_FAILDELETESITE: &str = "FailedOperation.FailDeleteSite";

/// 镜像的状态不支持镜像同步
pub const FAILEDOPERATION_INVALIDIMAGESTATE: &str = "FailedOperation.InvalidImageState";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 无效的AppId
pub const INVALIDPARAMETERVALUE_INVALIDAPPIDFORMAT: &str =
    "InvalidParameterValue.InvalidAppIdFormat";

/// 本地专用集群COS大小不正确。
pub const INVALIDPARAMETERVALUE_INVALIDVALUEDEDICATEDCLUSTERCOSSIZE: &str =
    "InvalidParameterValue.InvalidValueDedicatedClusterCosSize";

/// CBS大小不正确，它必须是40的整数倍。
pub const INVALIDPARAMETERVALUE_INVALIDVALUEDEDICATEDCLUSTERDATASTEPSIZE: &str =
    "InvalidParameterValue.InvalidValueDedicatedClusterDataStepSize";

/// region无效。
pub const INVALIDPARAMETERVALUE_INVALIDVALUEREGION: &str =
    "InvalidParameterValue.InvalidValueRegion";

/// 超出大小限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 无效Region ID 。
pub const INVALIDPARAMETERVALUE_REGION: &str = "InvalidParameterValue.Region";

/// 参数名过长。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// zone和region不匹配。
pub const INVALIDPARAMETERVALUE_ZONEMISMATCHREGION: &str =
    "InvalidParameterValue.ZoneMismatchRegion";

/// 当前可用区暂未支持。
pub const INVALIDPARAMETERVALUE_ZONENOTSUPPORTED: &str = "InvalidParameterValue.ZoneNotSupported";

/// 当前镜像已经在本地专用集群中缓存
pub const INVALIDPARAMETER_IMAGEISCACHEDINCDC: &str = "InvalidParameter.ImageIsCachedInCdc";

/// 当前镜像没有在本地专用集群中缓存
pub const INVALIDPARAMETER_IMAGENOTCACHEINCDC: &str = "InvalidParameter.ImageNotCacheInCdc";

/// 该机型暂不支持。
pub const INVALIDPARAMETER_INSTANCETYPENOTSUPPORT: &str = "InvalidParameter.InstanceTypeNotSupport";

/// 当前集群的镜像任务数量已达上限
pub const LIMITEXCEEDED_CDCIMAGETASKQUOTA: &str = "LimitExceeded.CdcImageTaskQuota";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 至少输入一个入参。
pub const MISSINGPARAMETER_ATLEASTONE: &str = "MissingParameter.AtLeastOne";

/// 云硬盘余量不足。
pub const RESOURCEINSUFFICIENT_CLOUDDISKUNAVAILABLE: &str =
    "ResourceInsufficient.CloudDiskUnavailable";

/// 该资源没有找到。
pub const RESOURCENOTFOUND_INVALIDDEDICATEDCLUSTERID: &str =
    "ResourceNotFound.InvalidDedicatedClusterId";

/// 请确认资源ID 是否存在。
pub const RESOURCENOTFOUND_INVALIDDEDICATEDCLUSTERORDERID: &str =
    "ResourceNotFound.InvalidDedicatedClusterOrderId";

/// 该资源没有找到。
pub const RESOURCENOTFOUND_INVALIDDEDICATEDCLUSTERTYPEID: &str =
    "ResourceNotFound.InvalidDedicatedClusterTypeId";

/// 站点机房无效。
pub const RESOURCENOTFOUND_INVALIDSITEID: &str = "ResourceNotFound.InvalidSiteId";

/// 不支持非CUSTOMER类型的app id。
pub const UNSUPPORTEDOPERATION_NONCUSTOMERAPPIDNOTSUPPORT: &str =
    "UnsupportedOperation.NonCustomerAppIdNotSupport";

/// 账户不支持cdc镜像同步，需要先加白
pub const UNSUPPORTEDOPERATION_SYNCCDCIMAGENOTSUPPORT: &str =
    "UnsupportedOperation.SyncCdcImageNotSupport";
