//! Error codes of `tag`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tag::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 未通过CAM鉴权。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 标签策略强制打标签限制
pub const FAILEDOPERATION_POLICYENFORCEDINVALID: &str = "FailedOperation.PolicyEnforcedInvalid";

/// 项目已禁用。
pub const FAILEDOPERATION_PROJECTDISABLED: &str = "FailedOperation.ProjectDisabled";

/// 项目数超过限制。
pub const FAILEDOPERATION_PROJECTNUMEXCEED: &str = "FailedOperation.ProjectNumExceed";

/// 单次请求的资源appId必须相同。
pub const FAILEDOPERATION_RESOURCEAPPIDNOTSAME: &str = "FailedOperation.ResourceAppIdNotSame";

/// 资源标签正在处理中。
pub const FAILEDOPERATION_RESOURCETAGPROCESSING: &str = "FailedOperation.ResourceTagProcessing";

/// 标签已经关联配额。
pub const FAILEDOPERATION_TAGATTACHEDQUOTA: &str = "FailedOperation.TagAttachedQuota";

/// 已关联资源的标签无法删除。
pub const FAILEDOPERATION_TAGATTACHEDRESOURCE: &str = "FailedOperation.TagAttachedResource";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// DeleteTags中不能包含ReplaceTags或AddTags中元素。
pub const INVALIDPARAMETERVALUE_DELETETAGSPARAMERROR: &str =
    "InvalidParameterValue.DeleteTagsParamError";

/// offset error。
pub const INVALIDPARAMETERVALUE_OFFSETINVALID: &str = "InvalidParameterValue.OffsetInvalid";

/// 地域错误。
pub const INVALIDPARAMETERVALUE_REGIONINVALID: &str = "InvalidParameterValue.RegionInvalid";

/// 系统预留标签键 qcloud、tencent和project 禁止创建。
pub const INVALIDPARAMETERVALUE_RESERVEDTAGKEY: &str = "InvalidParameterValue.ReservedTagKey";

/// 资源描述错误。
pub const INVALIDPARAMETERVALUE_RESOURCEDESCRIPTIONERROR: &str =
    "InvalidParameterValue.ResourceDescriptionError";

/// 资源Id错误。
pub const INVALIDPARAMETERVALUE_RESOURCEIDINVALID: &str = "InvalidParameterValue.ResourceIdInvalid";

/// 资源前缀错误。
pub const INVALIDPARAMETERVALUE_RESOURCEPREFIXINVALID: &str =
    "InvalidParameterValue.ResourcePrefixInvalid";

/// 业务类型错误。
pub const INVALIDPARAMETERVALUE_SERVICETYPEINVALID: &str =
    "InvalidParameterValue.ServiceTypeInvalid";

/// TagFilters参数错误。
pub const INVALIDPARAMETERVALUE_TAGFILTERS: &str = "InvalidParameterValue.TagFilters";

/// 过滤标签键对应标签值达到上限数 6。
pub const INVALIDPARAMETERVALUE_TAGFILTERSLENGTHEXCEEDED: &str =
    "InvalidParameterValue.TagFiltersLengthExceeded";

/// 标签键包含非法字符。
pub const INVALIDPARAMETERVALUE_TAGKEYCHARACTERILLEGAL: &str =
    "InvalidParameterValue.TagKeyCharacterIllegal";

/// TagList中存在重复的TagKey。
pub const INVALIDPARAMETERVALUE_TAGKEYDUPLICATE: &str = "InvalidParameterValue.TagKeyDuplicate";

/// 标签键不能为空值。
pub const INVALIDPARAMETERVALUE_TAGKEYEMPTY: &str = "InvalidParameterValue.TagKeyEmpty";

/// 标签键长度超过限制。
pub const INVALIDPARAMETERVALUE_TAGKEYLENGTHEXCEEDED: &str =
    "InvalidParameterValue.TagKeyLengthExceeded";

/// 标签值包含非法字符。
pub const INVALIDPARAMETERVALUE_TAGVALUECHARACTERILLEGAL: &str =
    "InvalidParameterValue.TagValueCharacterIllegal";

/// 标签值不能为空值。
pub const INVALIDPARAMETERVALUE_TAGVALUEEMPTY: &str = "InvalidParameterValue.TagValueEmpty";

/// 标签值长度超过限制。
pub const INVALIDPARAMETERVALUE_TAGVALUELENGTHEXCEEDED: &str =
    "InvalidParameterValue.TagValueLengthExceeded";

/// Uin参数不合法。
pub const INVALIDPARAMETERVALUE_UININVALID: &str = "InvalidParameterValue.UinInvalid";

/// PaginationToken参数非法。
pub const INVALIDPARAMETER_PAGINATIONTOKENINVALID: &str = "InvalidParameter.PaginationTokenInvalid";

/// 项目名称已存在。
pub const INVALIDPARAMETER_PROJECTNAMEEXISTED: &str = "InvalidParameter.ProjectNameExisted";

/// 系统预留标签键 qcloud、tencent和project 禁止创建。
pub const INVALIDPARAMETER_RESERVEDTAGKEY: &str = "InvalidParameter.ReservedTagKey";

/// Tag参数错误。
pub const INVALIDPARAMETER_TAG: &str = "InvalidParameter.Tag";

/// 当前业务不支持标签操作。
pub const INVALIDPARAMETER_UNSUPPORTEDSERVICE: &str = "InvalidParameter.UnsupportedService";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 超过配额限制。
pub const LIMITEXCEEDED_QUOTA: &str = "LimitExceeded.Quota";

/// 资源关联的标签数超过限制。
pub const LIMITEXCEEDED_RESOURCEATTACHEDTAGS: &str = "LimitExceeded.ResourceAttachedTags";

/// 单次请求的资源数达到上限。
pub const LIMITEXCEEDED_RESOURCENUMPERREQUEST: &str = "LimitExceeded.ResourceNumPerRequest";

/// 用户创建标签键达到上限数 1000。
pub const LIMITEXCEEDED_TAGKEY: &str = "LimitExceeded.TagKey";

/// 单次请求的标签数超过上限。
pub const LIMITEXCEEDED_TAGNUMPERREQUEST: &str = "LimitExceeded.TagNumPerRequest";

/// 单个标签键对应标签值达到上限数 1000。
pub const LIMITEXCEEDED_TAGVALUE: &str = "LimitExceeded.TagValue";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 标签已存在。
pub const RESOURCEINUSE_TAGDUPLICATE: &str = "ResourceInUse.TagDuplicate";

/// 对应的标签键和资源已关联。
pub const RESOURCEINUSE_TAGKEYATTACHED: &str = "ResourceInUse.TagKeyAttached";

/// 资源关联的标签键不存在。
pub const RESOURCENOTFOUND_ATTACHEDTAGKEYNOTFOUND: &str = "ResourceNotFound.AttachedTagKeyNotFound";

/// 记录不存在。
pub const RESOURCENOTFOUND_RECORDNOTFOUND: &str = "ResourceNotFound.RecordNotFound";

/// 标签不存在。
pub const RESOURCENOTFOUND_TAGNONEXIST: &str = "ResourceNotFound.TagNonExist";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
