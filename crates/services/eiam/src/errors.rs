//! Error codes of `eiam`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_eiam::errors::FAILEDOPERATION_ACCOUNTALREADYEXISTEDINACCOUNTGROUP) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 账号已存在于该账号组。
pub const FAILEDOPERATION_ACCOUNTALREADYEXISTEDINACCOUNTGROUP: &str =
    "FailedOperation.AccountAlreadyExistedInAccountGroup";

/// 账号组名称已存在。
pub const FAILEDOPERATION_ACCOUNTGROUPNAMEALREADYEXISTS: &str =
    "FailedOperation.AccountGroupNameAlreadyExists";

/// 账号组不存在。
pub const FAILEDOPERATION_ACCOUNTGROUPNOTEXIST: &str = "FailedOperation.AccountGroupNotExist";

/// 账号名称已存在。
pub const FAILEDOPERATION_ACCOUNTNAMEALREADYEXISTS: &str =
    "FailedOperation.AccountNameAlreadyExists";

/// 账号不存在。
pub const FAILEDOPERATION_ACCOUNTNOTEXIST: &str = "FailedOperation.AccountNotExist";

/// 账号不存在。
pub const FAILEDOPERATION_ACCOUNTNOTEXISTED: &str = "FailedOperation.AccountNotExisted";

/// 应用名称已存在。
pub const FAILEDOPERATION_APPDISPLAYNAMEALREADYEXISTS: &str =
    "FailedOperation.AppDisplayNameAlreadyExists";

/// 应用不存在。
pub const FAILEDOPERATION_APPNOTEXIST: &str = "FailedOperation.AppNotExist";

/// 同一组织下相同名称的子组织机构已存在。
pub const FAILEDOPERATION_CHILDORGNODENAMEALREADYEXISTS: &str =
    "FailedOperation.ChildOrgNodeNameAlreadyExists";

/// 其子机构中存在用户的机构节点不能被删除。
pub const FAILEDOPERATION_CHILDORGNODEWITHUSERSCANNOTBEDELETED: &str =
    "FailedOperation.ChildOrgNodeWithUsersCanNotBeDeleted";

/// 创建机构节点失败。
pub const FAILEDOPERATION_CREATEORGNODEERROR: &str = "FailedOperation.CreateOrgNodeError";

/// 创建用户异常。
pub const FAILEDOPERATION_CREATEUSERFAILURE: &str = "FailedOperation.CreateUserFailure";

/// 创建用户组失败。
pub const FAILEDOPERATION_CREATEUSERGROUPERROR: &str = "FailedOperation.CreateUserGroupError";

/// 自定义机构节点对外ID不可填为空字符。
pub const FAILEDOPERATION_CUSTOMIZEDORGNODEIDCANNOTBEEMPTY: &str =
    "FailedOperation.CustomizedOrgNodeIdCanNotBeEmpty";

/// 自定义机构节点对外ID已存在。
pub const FAILEDOPERATION_CUSTOMIZEPARENTORGNODEIDALREADYEXISTS: &str =
    "FailedOperation.CustomizeParentOrgNodeIdAlreadyExists";

/// 默认导入机构不能被删除。
pub const FAILEDOPERATION_DEFAULTORGNODECANNOTBEDELETED: &str =
    "FailedOperation.DefaultOrgNodeCanNotBeDeleted";

/// 删除机构节点失败。
pub const FAILEDOPERATION_DELETEORGNODEERROR: &str = "FailedOperation.DeleteOrgNodeError";

/// 删除用户失败。
pub const FAILEDOPERATION_DELETEUSERERROR: &str = "FailedOperation.DeleteUserError";

/// 用户为管理员，不能删除。
pub const FAILEDOPERATION_DELETEUSEREXISTSADMINISTRATOR: &str =
    "FailedOperation.DeleteUserExistsAdministrator";

/// 删除用户组失败。
pub const FAILEDOPERATION_DELETEUSERGROUPERROR: &str = "FailedOperation.DeleteUserGroupError";

/// 读取机构节点信息失败。
pub const FAILEDOPERATION_DESCRIBEORGNODEERROR: &str = "FailedOperation.DescribeOrgNodeError";

/// 读取根机构节点信息失败。
pub const FAILEDOPERATION_DESCRIBEORGNODEROOTERROR: &str =
    "FailedOperation.DescribeOrgNodeRootError";

/// 期望返回的用户属性类型不存在。
pub const FAILEDOPERATION_EXPECTFIELDSNOTFOUND: &str = "FailedOperation.ExpectFieldsNotFound";

/// 用户组ID未找到。
pub const FAILEDOPERATION_GROUPIDNOTFOUND: &str = "FailedOperation.GroupIdNotFound";

/// ID转换编码失败。
pub const FAILEDOPERATION_IDTOCODEERROR: &str = "FailedOperation.IdToCodeError";

/// 同一个应用，相同的用户不能添加超过 %s 个映射关系。
pub const FAILEDOPERATION_LIMITQUOTANOTENOUGH: &str = "FailedOperation.LimitQuotaNotEnough";

/// 获取用户所在的用户组列表失败。
pub const FAILEDOPERATION_LISTUSERGROUPSOFUSERERROR: &str =
    "FailedOperation.ListUserGroupsOfUserError";

/// 读取节点下用户失败。
pub const FAILEDOPERATION_LISTUSERSINORGNODEERROR: &str = "FailedOperation.ListUsersInOrgNodeError";

/// 获取用户组中的用户列表失败。
pub const FAILEDOPERATION_LISTUSERSINUSERGROUPERROR: &str =
    "FailedOperation.ListUsersInUserGroupError";

/// 主组织机构不存在。
pub const FAILEDOPERATION_MAINORGNODENOTEXIST: &str = "FailedOperation.MainOrgNodeNotExist";

/// 操作失败。
pub const FAILEDOPERATION_OPERATIONERROR: &str = "FailedOperation.OperationError";

/// 操作失败。
pub const FAILEDOPERATION_OPERATIONFAILURE: &str = "FailedOperation.OperationFailure";

/// 机构节点ID不存在。
pub const FAILEDOPERATION_ORGNODEIDNOTEXIST: &str = "FailedOperation.OrgNodeIdNotExist";

/// 机构节点不存在。
pub const FAILEDOPERATION_ORGNODENOTEXIST: &str = "FailedOperation.OrgNodeNotExist";

/// 机构根节点不能被删除。
pub const FAILEDOPERATION_ORGNODEROOTCANNOTBEDELETED: &str =
    "FailedOperation.OrgNodeRootCanNotBeDeleted";

/// 组织机构设置失败，组织机构不可同时被选择为用户所属的主组织和次要机构。
pub const FAILEDOPERATION_ORGNODESETTINGERROR: &str = "FailedOperation.OrgNodeSettingError";

/// 有用户存在的机构节点不能被删除。
pub const FAILEDOPERATION_ORGNODEWITHUSERSCANNOTBEDELETED: &str =
    "FailedOperation.OrgNodeWithUsersCanNotBeDeleted";

/// 父机构节点ID未找到。
pub const FAILEDOPERATION_PARENTORGNODEIDNOTFOUND: &str = "FailedOperation.ParentOrgNodeIdNotFound";

/// 身份主体未找到。
pub const FAILEDOPERATION_PERSONNOTFOUND: &str = "FailedOperation.PersonNotFound";

/// 从用户组中移除用户失败。
pub const FAILEDOPERATION_REMOVEUSERSFROMUSERGROUPERROR: &str =
    "FailedOperation.RemoveUsersFromUserGroupError";

/// 次要机构元素重复。
pub const FAILEDOPERATION_SECONDARYORGNODEDUPLICATES: &str =
    "FailedOperation.SecondaryOrgNodeDuplicates";

/// 不能变更LDAP导入的用户到目录外的组织机构下。
pub const FAILEDOPERATION_UPDATELDAPUSERORGEXCEEDSRANGE: &str =
    "FailedOperation.UpdateLDAPUserOrgExceedsRange";

/// 不能变更LDAP导入的用户到其他目录的企业机构下。
pub const FAILEDOPERATION_UPDATELDAPUSERORGNOTINSAMECROP: &str =
    "FailedOperation.UpdateLDAPUserOrgNotInSameCrop";

/// 不能变更自建用户到有同步操作类型的组织机构下。
pub const FAILEDOPERATION_UPDATEUSEREXCEEDSRANGE: &str = "FailedOperation.UpdateUserExceedsRange";

/// 不能变更企业微信用户到企业外的组织机构。
pub const FAILEDOPERATION_UPDATEWECOMUSERORGEXCEEDSRANGE: &str =
    "FailedOperation.UpdateWeComUserOrgExceedsRange";

/// 不能变更企业微信用户到非相同的企业机构下。
pub const FAILEDOPERATION_UPDATEWECOMUSERORGNOTINSAMECROP: &str =
    "FailedOperation.UpdateWeComUserOrgNotInSameCrop";

/// 获取用户被授权访问的应用列表失败。
pub const FAILEDOPERATION_USERAUTHLISTERROR: &str = "FailedOperation.UserAuthListError";

/// 用户邮箱已存在。
pub const FAILEDOPERATION_USEREMAILALREADYEXISTS: &str = "FailedOperation.UserEmailAlreadyExists";

/// 用户组不存在。
pub const FAILEDOPERATION_USERGROUPNOTEXIST: &str = "FailedOperation.UserGroupNotExist";

/// 用户名字已存在。
pub const FAILEDOPERATION_USERNAMEALREADYEXISTS: &str = "FailedOperation.UserNameAlreadyExists";

/// 用户不存在于该用户组。
pub const FAILEDOPERATION_USERNOTEXISTINUSERGROUP: &str = "FailedOperation.UserNotExistInUserGroup";

/// 用户不存在。
pub const FAILEDOPERATION_USERNOTFOUND: &str = "FailedOperation.UserNotFound";

/// 用户手机已存在。
pub const FAILEDOPERATION_USERPHONEALREADYEXISTS: &str = "FailedOperation.UserPhoneAlreadyExists";

/// 账号ID列表不能为空。
pub const INVALIDPARAMETERVALUE_ACCOUNTIDSCANNOTBEEMPTY: &str =
    "InvalidParameterValue.AccountIdsCanNotBeEmpty";

/// 应用ID不能为空。
pub const INVALIDPARAMETERVALUE_APPIDCANNOTBEEMPTY: &str =
    "InvalidParameterValue.AppIdCanNotBeEmpty";

/// 应用信息分页展示的排列属性不合法。
pub const INVALIDPARAMETERVALUE_APPLICATIONINFOSORTKEYILLEGAL: &str =
    "InvalidParameterValue.ApplicationInfoSortKeyIllegal";

/// EntityType不匹配。
pub const INVALIDPARAMETERVALUE_ENTITYTYPENOTMATCH: &str =
    "InvalidParameterValue.EntityTypeNotMatch";

/// 参数的长度超出限制。
pub const INVALIDPARAMETERVALUE_LENGTHEXCEEDED: &str = "InvalidParameterValue.LengthExceeded";

/// 新密码不能为空。
pub const INVALIDPARAMETERVALUE_NEWPASSWORDCANNOTBEEMPTY: &str =
    "InvalidParameterValue.NewPasswordCanNotBeEmpty";

/// 参数不合法。
pub const INVALIDPARAMETERVALUE_PARAMETERILLEGAL: &str = "InvalidParameterValue.ParameterIllegal";

/// 分页展示的排序属性不合法。
pub const INVALIDPARAMETERVALUE_SORTKEYILLEGAL: &str = "InvalidParameterValue.SortKeyIllegal";

/// 用户ID不能为空。
pub const INVALIDPARAMETERVALUE_USERIDCANNOTBEEMPTY: &str =
    "InvalidParameterValue.UserIdCanNotBeEmpty";

/// 用户名不能为空。
pub const INVALIDPARAMETERVALUE_USERNAMECANNOTBEEMPTY: &str =
    "InvalidParameterValue.UserNameCanNotBeEmpty";

/// 用户手机不能为空。
pub const INVALIDPARAMETERVALUE_USERPHONECANNOTBEEMPTY: &str =
    "InvalidParameterValue.UserPhoneCanNotBeEmpty";

/// 属性校验失败。
pub const INVALIDPARAMETER_ATTRIBUTEVALUEVALIDERROR: &str =
    "InvalidParameter.AttributeValueValidError";

/// 组织机构代码不合法。
pub const INVALIDPARAMETER_ORGCODEILLEGAL: &str = "InvalidParameter.OrgCodeIllegal";

/// 参数不合法。
pub const INVALIDPARAMETER_PARAMETERILLEGAL: &str = "InvalidParameter.ParameterIllegal";

/// 参数不合法。
pub const INVALIDPARAMETER_PARAMETERLLLEGAL: &str = "InvalidParameter.Parameterlllegal";

/// 列表搜索条件不合法。
pub const INVALIDPARAMETER_SEARCHCRITERIAILLEGAL: &str = "InvalidParameter.SearchCriteriaIllegal";

/// 时间格式不合法。
pub const INVALIDPARAMETER_TIMEFORMATILLEGAL: &str = "InvalidParameter.TimeFormatIllegal";

/// 设定的用户过期时间不合法。
pub const INVALIDPARAMETER_USEREXPIRATIONTIMEILLEGAL: &str =
    "InvalidParameter.UserExpirationTimeIllegal";

/// 用户ID参数为空。
pub const INVALIDPARAMETER_USERIDISNULL: &str = "InvalidParameter.UserIDIsNull";

/// 用户名参数为空。
pub const INVALIDPARAMETER_USERNAMEISNULL: &str = "InvalidParameter.UserNameIsNull";

/// 数据条目数超出最大限制。
pub const LIMITEXCEEDED_ITEMSNUMBERLIMITEXCEEDED: &str = "LimitExceeded.ItemsNumberLimitExceeded";

/// 输入参数超出长度限制。
pub const LIMITEXCEEDED_PARAMETERLENGTHLIMITEXCEEDED: &str =
    "LimitExceeded.ParameterLengthLimitExceeded";

/// 用户的次要机构超出数量上限。
pub const LIMITEXCEEDED_SECONDARYNODECOUNTLIMITEXCEEDED: &str =
    "LimitExceeded.SecondaryNodeCountLimitExceeded";

/// 当前用户缺乏访问该操作的权限。
pub const OPERATIONDENIED_ACTIONPERMISSIONDENY: &str = "OperationDenied.ActionPermissionDeny";
