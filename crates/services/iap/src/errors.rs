//! Error codes of `iap`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_iap::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// OIDC签名公钥错误。
pub const INVALIDPARAMETERVALUE_IDENTITYKEYERROR: &str = "InvalidParameterValue.IdentityKeyError";

/// 身份提供商URL错误。
pub const INVALIDPARAMETERVALUE_IDENTITYURLERROR: &str = "InvalidParameterValue.IdentityUrlError";

/// 身份提供商名称错误。
pub const INVALIDPARAMETERVALUE_NAMEERROR: &str = "InvalidParameterValue.NameError";

/// 身份提供商名称已经使用。
pub const INVALIDPARAMETER_IDENTITYNAMEINUSE: &str = "InvalidParameter.IdentityNameInUse";

/// 身份提供商元数据文档错误。
pub const INVALIDPARAMETER_METADATAERROR: &str = "InvalidParameter.MetadataError";

/// 参数错误
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 身份提供商已达到上限。
pub const LIMITEXCEEDED_IDENTITYFULL: &str = "LimitExceeded.IdentityFull";

/// 身份提供商不存在。
pub const RESOURCENOTFOUND_IDENTITYNOTEXIST: &str = "ResourceNotFound.IdentityNotExist";

/// 没有数据
pub const RESOURCENOTFOUND_RECORDNOTEXISTS: &str = "ResourceNotFound.RecordNotExists";
