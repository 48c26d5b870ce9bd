//! Error codes of `chdfs`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_chdfs::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 权限组被绑定。
pub const FAILEDOPERATION_ACCESSGROUPBOUND: &str = "FailedOperation.AccessGroupBound";

/// 账户余额不足。
pub const FAILEDOPERATION_ACCOUNTINSUFFICIENTBALANCE: &str =
    "FailedOperation.AccountInsufficientBalance";

/// 账号被暂时封禁
pub const FAILEDOPERATION_ACCOUNTSUSPENDED: &str = "FailedOperation.AccountSuspended";

/// 账户未实名认证。
pub const FAILEDOPERATION_ACCOUNTUNAUTHENTICATED: &str = "FailedOperation.AccountUnauthenticated";

/// 文件系统非空。
pub const FAILEDOPERATION_FILESYSTEMNOTEMPTY: &str = "FailedOperation.FileSystemNotEmpty";

/// 修改的文件系统容量小于当前使用量。
pub const FAILEDOPERATION_QUOTALESSTHANCURRENTUSED: &str =
    "FailedOperation.QuotaLessThanCurrentUsed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// AccessGroupId参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDACCESSGROUPID: &str =
    "InvalidParameterValue.InvalidAccessGroupId";

/// AccessGroupName参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDACCESSGROUPNAME: &str =
    "InvalidParameterValue.InvalidAccessGroupName";

/// 权限规则的Address参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDACCESSRULEADDRESS: &str =
    "InvalidParameterValue.InvalidAccessRuleAddress";

/// CapacityQuota参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDCAPACITYQUOTA: &str =
    "InvalidParameterValue.InvalidCapacityQuota";

/// Description参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDDESCRIPTION: &str =
    "InvalidParameterValue.InvalidDescription";

/// FileSystemId参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDFILESYSTEMID: &str =
    "InvalidParameterValue.InvalidFileSystemId";

/// FileSystemName参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDFILESYSTEMNAME: &str =
    "InvalidParameterValue.InvalidFileSystemName";

/// MountPointId参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDMOUNTPOINTID: &str =
    "InvalidParameterValue.InvalidMountPointId";

/// MountPointName参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDMOUNTPOINTNAME: &str =
    "InvalidParameterValue.InvalidMountPointName";

/// VpcId参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDVPCID: &str = "InvalidParameterValue.InvalidVpcId";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 权限组不存在。
pub const RESOURCENOTFOUND_ACCESSGROUPNOTEXISTS: &str = "ResourceNotFound.AccessGroupNotExists";

/// 权限规则不存在。
pub const RESOURCENOTFOUND_ACCESSRULENOTEXISTS: &str = "ResourceNotFound.AccessRuleNotExists";

/// 文件系统不存在。
pub const RESOURCENOTFOUND_FILESYSTEMNOTEXISTS: &str = "ResourceNotFound.FileSystemNotExists";

/// 挂载点不存在。
pub const RESOURCENOTFOUND_MOUNTPOINTNOTEXISTS: &str = "ResourceNotFound.MountPointNotExists";

/// VPC网络不存在。
pub const RESOURCENOTFOUND_VPCNOTEXISTS: &str = "ResourceNotFound.VpcNotExists";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
