//! Error codes of `ciam`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ciam::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 从账号已经被融合过，不允许再次融合。
pub const FAILEDOPERATION_ACCOUNTALREADYBELINKED: &str = "FailedOperation.AccountAlreadyBeLinked";

/// 用户属性格式异常。
pub const FAILEDOPERATION_ATTRIBUTEFORMATERROR: &str = "FailedOperation.AttributeFormatError";

/// 认证源名称已存在。
pub const FAILEDOPERATION_AUTHSOURCENAMEALREADYEXISTS: &str =
    "FailedOperation.AuthSourceNameAlreadyExists";

/// 认证源不存在。
pub const FAILEDOPERATION_AUTHSOURCENOTFOUND: &str = "FailedOperation.AuthSourceNotFound";

/// 已存在2个有效的任务，请等待其中一部分完成后重试。
pub const FAILEDOPERATION_DATAFLOWTOOMANYREQUESTS: &str = "FailedOperation.DataFlowTooManyRequests";

/// 该邮箱已被用户绑定。
pub const FAILEDOPERATION_EMAILALREADYEXISTS: &str = "FailedOperation.EmailAlreadyExists";

/// 邮箱地址不能为空。
pub const FAILEDOPERATION_EMAILISNULL: &str = "FailedOperation.EmailIsNull";

/// 导入用户时，用户为空。
pub const FAILEDOPERATION_IMPORTUSERISEMPTY: &str = "FailedOperation.ImportUserIsEmpty";

/// indexedAttribute最长512字符。
pub const FAILEDOPERATION_INDEXEDATTRIBUTETOOLONG: &str = "FailedOperation.IndexedAttributeTooLong";

/// 无效租户。
pub const FAILEDOPERATION_INVALIDTENANT: &str = "FailedOperation.InvalidTenant";

/// 状态枚举值错误，请参考接口文档。
pub const FAILEDOPERATION_INVALIDUSERSTATUSENUM: &str = "FailedOperation.InvalidUserStatusEnum";

/// 无效用户池。
pub const FAILEDOPERATION_INVALIDUSERSTORE: &str = "FailedOperation.InvalidUserStore";

/// 组织机构不存在
pub const FAILEDOPERATION_ORGNOTFOUND: &str = "FailedOperation.OrgNotFound";

/// 密码不能为空。
pub const FAILEDOPERATION_PASSWORDISNULL: &str = "FailedOperation.PasswordIsNull";

/// 该手机号已被用户绑定。
pub const FAILEDOPERATION_PHONENUMBERALREADYEXISTS: &str =
    "FailedOperation.PhoneNumberAlreadyExists";

/// 电话号码不能为空。
pub const FAILEDOPERATION_PHONENUMBERISNULL: &str = "FailedOperation.PhoneNumberIsNull";

/// 主用户不存在。
pub const FAILEDOPERATION_PRIMARYUSERNOTFOUND: &str = "FailedOperation.PrimaryUserNotFound";

/// 查询条件必须包含id, userName, phoneNumber, email, userGroup, alipayUserId, wechatOpenId,wechatUnionId, qqOpenId, qqUnionId,lastModifiedDate, indexedAttribute1, indexedAttribute2,indexedAttribute3, indexedAttribute4, indexedAttribute5重的一个或者多个。
pub const FAILEDOPERATION_QUERYUSERSPARAMETERMUSTINWHITELIST: &str =
    "FailedOperation.QueryUsersParameterMustInWhitelist";

/// 查询用户条件不能有重复的条件。
pub const FAILEDOPERATION_QUERYUSERSPARAMETERREPEAT: &str =
    "FailedOperation.QueryUsersParameterRepeat";

/// Sort条件的PropertyKey必须在id, userName, phoneNumber, email, userGroup, alipayUserId, wechatOpenId,wechatUnionId, qqOpenId, qqUnionId,lastModifiedDate, indexedAttribute1, indexedAttribute2,indexedAttribute3, indexedAttribute4, indexedAttribute5中。
pub const FAILEDOPERATION_QUERYUSERSSORTPARAMETERMUSTINWHITELIST: &str =
    "FailedOperation.QueryUsersSortParameterMustInWhitelist";

/// 配额超限，如有需求请联系客服人员。
pub const FAILEDOPERATION_QUOTALIMITEXCEEDED: &str = "FailedOperation.QuotaLimitExceeded";

/// 从用户不存在。
pub const FAILEDOPERATION_SECONDARYUSERNOTFOUND: &str = "FailedOperation.SecondaryUserNotFound";

/// 用户组名称已存在。
pub const FAILEDOPERATION_USERGROUPNAMEALREADYEXISTS: &str =
    "FailedOperation.UserGroupNameAlreadyExists";

/// 用户组不存在。
pub const FAILEDOPERATION_USERGROUPNOTFOUND: &str = "FailedOperation.UserGroupNotFound";

/// 用户已被冻结。
pub const FAILEDOPERATION_USERISFREEZE: &str = "FailedOperation.UserIsFreeze";

/// 用户名称已存在。
pub const FAILEDOPERATION_USERNAMEALREADYEXISTS: &str = "FailedOperation.UserNameAlreadyExists";

/// 用户名不能为空。
pub const FAILEDOPERATION_USERNAMEISNULL: &str = "FailedOperation.UserNameIsNull";

/// 用户不存在。
pub const FAILEDOPERATION_USERNOTFOUND: &str = "FailedOperation.UserNotFound";

/// 属性标识已存在。
pub const FAILEDOPERATION_USERPROPERTYCODEALREADYEXISTS: &str =
    "FailedOperation.UserPropertyCodeAlreadyExists";

/// 用户属性不存在。
pub const FAILEDOPERATION_USERPROPERTYNOTFOUND: &str = "FailedOperation.UserPropertyNotFound";

/// 更新状态必传。
pub const FAILEDOPERATION_USERSTATUSREQUIRED: &str = "FailedOperation.UserStatusRequired";

/// 已存在相同用户目录名。
pub const FAILEDOPERATION_USERSTOREALREADYEXISTS: &str = "FailedOperation.UserStoreAlreadyExists";

/// 已存在相同域名。
pub const FAILEDOPERATION_USERSTOREDOMAINALREADYEXISTS: &str =
    "FailedOperation.UserStoreDomainAlreadyExists";

/// 用户目录不存在。
pub const FAILEDOPERATION_USERSTORENOTEXIST: &str = "FailedOperation.UserStoreNotExist";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 判断存在用户内部请求错误，请稍后重试。
pub const INTERNALERROR_JUDGEUSEREXISTEXCEPTION: &str = "InternalError.JudgeUserExistException";

/// 未知错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 创建用户目录时创建密钥失败。
pub const INTERNALERROR_USERSTORECREATESECRETFAIL: &str = "InternalError.UserStoreCreateSecretFail";

/// 删除用户目录时删除用户失败。
pub const INTERNALERROR_USERSTOREDELETEUSERFAIL: &str = "InternalError.UserStoreDeleteUserFail";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 请求参数不合法。
pub const INVALIDPARAMETER_PARAMETERILLEGAL: &str = "InvalidParameter.ParameterIllegal";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 请求过于频繁，请稍后再试。
pub const REQUESTLIMITEXCEEDED_FREQUENTREQUEST: &str = "RequestLimitExceeded.FrequentRequest";

/// 请求重复，请稍后再试。
pub const REQUESTLIMITEXCEEDED_REPEATREQUEST: &str = "RequestLimitExceeded.RepeatRequest";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 服务未开通。
pub const UNAUTHORIZEDOPERATION_TENANTNOTACTIVATED: &str =
    "UnauthorizedOperation.TenantNotActivated";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 认证源已启用，不允许删除。
pub const UNSUPPORTEDOPERATION_ENABLEDAUTHSOURCECANNOTBEDELETED: &str =
    "UnsupportedOperation.EnabledAuthSourceCanNotBeDeleted";

/// 认证源已启用，不允许更新。
pub const UNSUPPORTEDOPERATION_ENABLEDAUTHSOURCECANNOTBEUPDATED: &str =
    "UnsupportedOperation.EnabledAuthSourceCanNotBeUpdated";

/// 内置属性不支持该操作。
pub const UNSUPPORTEDOPERATION_INTERNALUSERPROPERTY: &str =
    "UnsupportedOperation.InternalUserProperty";

/// 属性被应用关联，不允许删除。
pub const UNSUPPORTEDOPERATION_LINKEDAPPUSERPROPERTYCANNOTBEDELETED: &str =
    "UnsupportedOperation.LinkedAppUserPropertyCanNotBeDeleted";

/// 认证源被应用关联，不允许关闭。
pub const UNSUPPORTEDOPERATION_LINKEDAUTHSOURCECANNOTBECLOSED: &str =
    "UnsupportedOperation.LinkedAuthSourceCanNotBeClosed";

/// 认证源被应用关联，不允许删除。
pub const UNSUPPORTEDOPERATION_LINKEDAUTHSOURCECANNOTBEDELETED: &str =
    "UnsupportedOperation.LinkedAuthSourceCanNotBeDeleted";

/// 属性被认证源关联，不允许删除。
pub const UNSUPPORTEDOPERATION_LINKEDAUTHSOURCEUSERPROPERTYCANNOTBEDELETED: &str =
    "UnsupportedOperation.LinkedAuthSourceUserPropertyCanNotBeDeleted";

/// 属性被其它模块关联，不允许删除。
pub const UNSUPPORTEDOPERATION_LINKEDUSERPROPERTYCANNOTBEDELETED: &str =
    "UnsupportedOperation.LinkedUserPropertyCanNotBeDeleted";

/// 不允许使用平台域名后缀作为自有域名后缀。
pub const UNSUPPORTEDOPERATION_PLATFORMDOMAINSUFFIXCANNOTBEUSED: &str =
    "UnsupportedOperation.PlatformDomainSuffixCanNotBeUsed";

/// 用户池下已存在用户，用户属性不允许被删除。
pub const UNSUPPORTEDOPERATION_WHENUSEREXISTUSERPROPERTYCANNOTBEDELETED: &str =
    "UnsupportedOperation.WhenUserExistUserPropertyCanNotBeDeleted";
