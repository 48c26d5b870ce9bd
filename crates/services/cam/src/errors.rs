//! Error codes of `cam`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cam::errors::AUTHFAILURE_UNAUTHORIZEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 没有权限。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 操作访问密钥错误。
pub const FAILEDOPERATION_ACCESSKEY: &str = "FailedOperation.Accesskey";

/// 协助审批人已达到上限。
pub const FAILEDOPERATION_ASSISTAPPROVERFULL: &str = "FailedOperation.AssistApproverFull";

/// 生成AuthToken异常。
pub const FAILEDOPERATION_BUILDAUTHTOKEN: &str = "FailedOperation.BuildAuthToken";

/// CIC的身份提供商禁止操作
pub const FAILEDOPERATION_CICIDENTITYFORBIDDEN: &str = "FailedOperation.CICIdentityForbidden";

/// 存在高风险操作。
pub const FAILEDOPERATION_EXISTHIGHRISKOPERATIONS: &str = "FailedOperation.ExistHighRiskOperations";

/// 凭据操作失败。
pub const FAILEDOPERATION_FLOWAUTHILLEGAL: &str = "FailedOperation.FlowAuthIllegal";

/// 禁止当前用户创建子账号。
pub const FAILEDOPERATION_FORBIDADD: &str = "FailedOperation.ForbidAdd";

/// 获取用户地域信息失败
pub const FAILEDOPERATION_GETUSERAREAERROR: &str = "FailedOperation.GetUserAreaError";

/// 集团策略不允许操作。
pub const FAILEDOPERATION_ORGANIZATIONPOLICYOPERATEERROR: &str =
    "FailedOperation.OrganizationPolicyOperateError";

/// 用户策略数超过上限。
pub const FAILEDOPERATION_POLICYFULL: &str = "FailedOperation.PolicyFull";

/// PolicyName字段指定的策略名已存在。
pub const FAILEDOPERATION_POLICYNAMEINUSE: &str = "FailedOperation.PolicyNameInUse";

/// 该策略版本已经是默认策略版本。
pub const FAILEDOPERATION_POLICYVERSIONALREADYDEFAULT: &str =
    "FailedOperation.PolicyVersionAlreadyDefault";

/// 策略版本数已经达到上限。
pub const FAILEDOPERATION_POLICYVERSIONFULL: &str = "FailedOperation.PolicyVersionFull";

/// 绑定标签失败。
pub const FAILEDOPERATION_TAGRESOURCEFAILED: &str = "FailedOperation.TagResourceFailed";

/// 禁止变更
pub const FAILEDOPERATION_UNMODIFIABLE: &str = "FailedOperation.Unmodifiable";

/// 解绑标签失败。
pub const FAILEDOPERATION_UNTAGRESOURCEFAILED: &str = "FailedOperation.UnTagResourceFailed";

/// 用户未绑定手机。
pub const FAILEDOPERATION_USERNOTBINDPHONE: &str = "FailedOperation.UserNotBindPhone";

/// 用户未绑定微信。
pub const FAILEDOPERATION_USERNOTBINDWECHAT: &str = "FailedOperation.UserNotBindWechat";

/// 设置的用户没有权限。
pub const FAILEDOPERATION_USERUNBINDNOPERMISSION: &str = "FailedOperation.UserUnbindNoPermission";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 系统错误，未知异常。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// OIDC签名公钥错误。
pub const INVALIDPARAMETERVALUE_IDENTITYKEYERROR: &str = "InvalidParameterValue.IdentityKeyError";

/// 身份提供商URL错误。
pub const INVALIDPARAMETERVALUE_IDENTITYURLERROR: &str = "InvalidParameterValue.IdentityUrlError";

/// 身份提供商元数据文档错误。
pub const INVALIDPARAMETERVALUE_METADATAERROR: &str = "InvalidParameterValue.MetadataError";

/// 身份提供商名称错误。
pub const INVALIDPARAMETERVALUE_NAMEERROR: &str = "InvalidParameterValue.NameError";

/// 策略文档的Action字段不合法。
pub const INVALIDPARAMETER_ACTIONERROR: &str = "InvalidParameter.ActionError";

/// 策略语法中操作不存在。
pub const INVALIDPARAMETER_ACTIONMISS: &str = "InvalidParameter.ActionMiss";

/// 策略语法中操作不存在。
pub const INVALIDPARAMETER_ACTIONNOTEXIST: &str = "InvalidParameter.ActionNotExist";

/// 策略语法中操作服务不存在。
pub const INVALIDPARAMETER_ACTIONSERVICENOTEXIST: &str = "InvalidParameter.ActionServiceNotExist";

/// 协助审批类型不合法。
pub const INVALIDPARAMETER_ASSITAPPROVERTYPEERROR: &str = "InvalidParameter.AssitApproverTypeError";

/// principal字段的授权对象关联策略数已达到上限。
pub const INVALIDPARAMETER_ATTACHMENTFULL: &str = "InvalidParameter.AttachmentFull";

/// 策略语法中条件内容不正确。
pub const INVALIDPARAMETER_CONDITIONCONTENTERROR: &str = "InvalidParameter.ConditionContentError";

/// 策略文档的condition字段不合法。
pub const INVALIDPARAMETER_CONDITIONERROR: &str = "InvalidParameter.ConditionError";

/// 策略语法中条件操作符不正确。
pub const INVALIDPARAMETER_CONDITIONTYPEERROR: &str = "InvalidParameter.ConditionTypeError";

/// 任务不存在。
pub const INVALIDPARAMETER_DELETIONTASKNOTEXIST: &str = "InvalidParameter.DeletionTaskNotExist";

/// Description入参长度不能大于300字节。
pub const INVALIDPARAMETER_DESCRIPTIONLENGTHOVERLIMIT: &str =
    "InvalidParameter.DescriptionLengthOverlimit";

/// 策略文档的Effect字段不合法。
pub const INVALIDPARAMETER_EFFECTERROR: &str = "InvalidParameter.EffectError";

/// EntityFilter字段不合法。
pub const INVALIDPARAMETER_ENTITYFILTERERROR: &str = "InvalidParameter.EntityFilterError";

/// 用户组数量达到上限。
pub const INVALIDPARAMETER_GROUPFULL: &str = "InvalidParameter.GroupFull";

/// GroupId字段不合法。
pub const INVALIDPARAMETER_GROUPIDERROR: &str = "InvalidParameter.GroupIdError";

/// 用户组名称重复。
pub const INVALIDPARAMETER_GROUPNAMEINUSE: &str = "InvalidParameter.GroupNameInUse";

/// 用户组不存在。
pub const INVALIDPARAMETER_GROUPNOTEXIST: &str = "InvalidParameter.GroupNotExist";

/// 用户组中的子用户数量达到上限。
pub const INVALIDPARAMETER_GROUPUSERFULL: &str = "InvalidParameter.GroupUserFull";

/// 身份提供商名称已经使用。
pub const INVALIDPARAMETER_IDENTITYNAMEINUSE: &str = "InvalidParameter.IdentityNameInUse";

/// 接口不存在。
pub const INVALIDPARAMETER_INTERFACENOTEXIST: &str = "InvalidParameter.InterfaceNotExist";

/// IP段格式不合法。
pub const INVALIDPARAMETER_IPILLEGAL: &str = "InvalidParameter.IPIllegal";

/// IP段重复。
pub const INVALIDPARAMETER_IPRANGEOVERLAPPING: &str = "InvalidParameter.IPRangeOverlapping";

/// Keyword字段不合法。
pub const INVALIDPARAMETER_KEYWORDERROR: &str = "InvalidParameter.KeywordError";

/// 多因子Token验证失败。
pub const INVALIDPARAMETER_MFATOKENERROR: &str = "InvalidParameter.MFATokenError";

/// 名字或者id号错误。
pub const INVALIDPARAMETER_NAMEORIDCARDERROR: &str = "InvalidParameter.NameOrIdCardError";

/// CAM不支持策略文档中所指定的资源类型。
pub const INVALIDPARAMETER_NOTSUPPORTPRODUCT: &str = "InvalidParameter.NotSupportProduct";

/// 一次操作实体数过多。
pub const INVALIDPARAMETER_OPERATEENTITIESOVERLIMIT: &str =
    "InvalidParameter.OperateEntitiesOverLimit";

/// 一次操作策略数过多。
pub const INVALIDPARAMETER_OPERATEPOLICIESOVERLIMIT: &str =
    "InvalidParameter.OperatePoliciesOverLimit";

/// 当前角色仅支持企业管理员操作，如需修改，请联系企业管理员。
pub const INVALIDPARAMETER_ORGANIZATIONROLEOPERATEERROR: &str =
    "InvalidParameter.OrganizationRoleOperateError";

/// 无效的pageToken
pub const INVALIDPARAMETER_PAGINATIONTOKENINVALID: &str = "InvalidParameter.PaginationTokenInvalid";

/// 非法入参。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 密码规则错误。
pub const INVALIDPARAMETER_PASSWORDRULEERROR: &str = "InvalidParameter.PasswordRuleError";

/// 密码不符合用户安全设置。
pub const INVALIDPARAMETER_PASSWORDVIOLATEDRULES: &str = "InvalidParameter.PasswordViolatedRules";

/// PolicyDocument字段不合法。
pub const INVALIDPARAMETER_POLICYDOCUMENTERROR: &str = "InvalidParameter.PolicyDocumentError";

/// PolicyDocument字段超过长度限制。
pub const INVALIDPARAMETER_POLICYDOCUMENTLENGTHOVERLIMIT: &str =
    "InvalidParameter.PolicyDocumentLengthOverLimit";

/// 输入参数PolicyId不合法。
pub const INVALIDPARAMETER_POLICYIDERROR: &str = "InvalidParameter.PolicyIdError";

/// 策略ID不存在。
pub const INVALIDPARAMETER_POLICYIDNOTEXIST: &str = "InvalidParameter.PolicyIdNotExist";

/// PolicyName字段不合法。
pub const INVALIDPARAMETER_POLICYNAMEERROR: &str = "InvalidParameter.PolicyNameError";

/// 策略版本不存在。
pub const INVALIDPARAMETER_POLICYVERSIONNOTEXISTS: &str = "InvalidParameter.PolicyVersionNotExists";

/// 策略文档的principal字段不合法。
pub const INVALIDPARAMETER_PRINCIPALERROR: &str = "InvalidParameter.PrincipalError";

/// 角色载体不允许跨站。
pub const INVALIDPARAMETER_PRINCIPALQCSCROSSERROR: &str = "InvalidParameter.PrincipalQcsCrossError";

/// PrincipalQcsc错误。
pub const INVALIDPARAMETER_PRINCIPALQCSERROR: &str = "InvalidParameter.PrincipalQcsError";

/// PrincipalQcs不存在。
pub const INVALIDPARAMETER_PRINCIPALQCSNOTEXIST: &str = "InvalidParameter.PrincipalQcsNotExist";

/// PrincipalService不存在。
pub const INVALIDPARAMETER_PRINCIPALSERVICENOTEXIST: &str =
    "InvalidParameter.PrincipalServiceNotExist";

/// 消息接收人超出限制。
pub const INVALIDPARAMETER_RECEIVEROVERLIMIT: &str = "InvalidParameter.ReceiverOverLimit";

/// 策略语法中资源内容不正确。
pub const INVALIDPARAMETER_RESOURCECONTENTERROR: &str = "InvalidParameter.ResourceContentError";

/// 策略文档的Resource字段不合法。
pub const INVALIDPARAMETER_RESOURCEERROR: &str = "InvalidParameter.ResourceError";

/// 策略语法中资源项目不正确。
pub const INVALIDPARAMETER_RESOURCEPROJECTERROR: &str = "InvalidParameter.ResourceProjectError";

/// 资源QCS错误。
pub const INVALIDPARAMETER_RESOURCEQCSERROR: &str = "InvalidParameter.ResourceQcsError";

/// 策略语法中资源地域不正确。
pub const INVALIDPARAMETER_RESOURCEREGIONERROR: &str = "InvalidParameter.ResourceRegionError";

/// 策略语法中资源服务不存在。
pub const INVALIDPARAMETER_RESOURCESERVICENOTEXIST: &str =
    "InvalidParameter.ResourceServiceNotExist";

/// 策略语法中资源所属主账号不正确。
pub const INVALIDPARAMETER_RESOURCEUINERROR: &str = "InvalidParameter.ResourceUinError";

/// 角色数量达到上限。
pub const INVALIDPARAMETER_ROLEFULL: &str = "InvalidParameter.RoleFull";

/// 角色名不合法。
pub const INVALIDPARAMETER_ROLENAMEERROR: &str = "InvalidParameter.RoleNameError";

/// 相同名称的角色已存在。
pub const INVALIDPARAMETER_ROLENAMEINUSE: &str = "InvalidParameter.RoleNameInUse";

/// 角色不存在。
pub const INVALIDPARAMETER_ROLENOTEXIST: &str = "InvalidParameter.RoleNotExist";

/// Scope字段不合法。
pub const INVALIDPARAMETER_SCOPEERROR: &str = "InvalidParameter.ScopeError";

/// 查询关键字长度错误。
pub const INVALIDPARAMETER_SEARCHKEYWORDLENGTHERROR: &str =
    "InvalidParameter.SearchKeywordLengthError";

/// 权限边界不能用服务相关策略。
pub const INVALIDPARAMETER_SERVICELINKEDPOLICYCANTINPERMISSIONBOUNDARY: &str =
    "InvalidParameter.ServiceLinkedPolicyCantInPermissionBoundary";

/// 服务相关角色不能使用权限边界。
pub const INVALIDPARAMETER_SERVICELINKEDROLECANTUSEPERMISSIONBOUNDARY: &str =
    "InvalidParameter.ServiceLinkedRoleCantUsePermissionBoundary";

/// ServiceType字段不合法。
pub const INVALIDPARAMETER_SERVICETYPEERROR: &str = "InvalidParameter.ServiceTypeError";

/// 策略文档的Statement字段不合法。
pub const INVALIDPARAMETER_STATEMENTERROR: &str = "InvalidParameter.StatementError";

/// 子账号数量达到上限。
pub const INVALIDPARAMETER_SUBUSERFULL: &str = "InvalidParameter.SubUserFull";

/// 子用户名称重复。
pub const INVALIDPARAMETER_SUBUSERNAMEINUSE: &str = "InvalidParameter.SubUserNameInUse";

/// 子账号不存在已认证的手机。
pub const INVALIDPARAMETER_SUBUSERPHONENOTEXSIT: &str = "InvalidParameter.SubUserPhoneNotExsit";

/// 超出标签限制。
pub const INVALIDPARAMETER_TAGLIMITEXCEEDED: &str = "InvalidParameter.TagLimitExceeded";

/// 标签参数错误。
pub const INVALIDPARAMETER_TAGPARAMERROR: &str = "InvalidParameter.TagParamError";

/// Uin字段不合法。
pub const INVALIDPARAMETER_UINERROR: &str = "InvalidParameter.UinError";

/// 子用户加入的用户组数量达到上限。
pub const INVALIDPARAMETER_USERGROUPFULL: &str = "InvalidParameter.UserGroupFull";

/// 用户名不合法。
pub const INVALIDPARAMETER_USERNAMEILLEGAL: &str = "InvalidParameter.UserNameIllegal";

/// 用户未实名。
pub const INVALIDPARAMETER_USERNOTAUTH: &str = "InvalidParameter.UserNotAuth";

/// 用户对象不存在。
pub const INVALIDPARAMETER_USERNOTEXIST: &str = "InvalidParameter.UserNotExist";

/// 用户的Uin和Uid不能都为空。
pub const INVALIDPARAMETER_USERUINANDUINNOTALLNULL: &str =
    "InvalidParameter.UserUinAndUinNotAllNull";

/// 策略文档的Version字段不合法。
pub const INVALIDPARAMETER_VERSIONERROR: &str = "InvalidParameter.VersionError";

/// 身份提供商已达到上限。
pub const LIMITEXCEEDED_IDENTITYFULL: &str = "LimitExceeded.IdentityFull";

/// 请求超出限制。
pub const LIMITEXCEEDED_UIN: &str = "LimitExceeded.Uin";

/// 每个账号最多支持两个AccessKey。
pub const OPERATIONDENIED_ACCESSKEYOVERLIMIT: &str = "OperationDenied.AccessKeyOverLimit";

/// 禁止变更 CIC Policy。
pub const OPERATIONDENIED_CICPOLICYOPERATIONDENIED: &str =
    "OperationDenied.CicPolicyOperationDenied";

/// 存在未删除的API密钥。
pub const OPERATIONDENIED_HAVEKEYS: &str = "OperationDenied.HaveKeys";

/// 关联到标签组的策略，不能包含标签条件键。
pub const OPERATIONDENIED_POLICYTAGCONFLICT: &str = "OperationDenied.PolicyTagConflict";

/// 子用户不允许操作主账号密钥。
pub const OPERATIONDENIED_SUBUIN: &str = "OperationDenied.SubUin";

/// 被操作密钥与账号不匹配。
pub const OPERATIONDENIED_UINNOTMATCH: &str = "OperationDenied.UinNotMatch";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 创建子用户频率超过限制。
pub const REQUESTLIMITEXCEEDED_CREATEUSER: &str = "RequestLimitExceeded.CreateUser";

/// 用户账号超出了限制。
pub const REQUESTLIMITEXCEEDED_UINLIMITEXCEEDED: &str = "RequestLimitExceeded.UinLimitExceeded";

/// 未开启CAM数据流认证。
pub const RESOURCENOTFOUND_DATAFLOWAUTHCLOSE: &str = "ResourceNotFound.DataFlowAuthClose";

/// 用户组不存在。
pub const RESOURCENOTFOUND_GROUPNOTEXIST: &str = "ResourceNotFound.GroupNotExist";

/// 身份提供商不存在。
pub const RESOURCENOTFOUND_IDENTITYNOTEXIST: &str = "ResourceNotFound.IdentityNotExist";

/// 资源不存在。
pub const RESOURCENOTFOUND_NOTFOUND: &str = "ResourceNotFound.NotFound";

/// PolicyId指定的资源不存在。
pub const RESOURCENOTFOUND_POLICYIDNOTFOUND: &str = "ResourceNotFound.PolicyIdNotFound";

/// 密钥不存在。
pub const RESOURCENOTFOUND_SECRETNOTEXIST: &str = "ResourceNotFound.SecretNotExist";

/// 用户不存在。
pub const RESOURCENOTFOUND_USERNOTEXIST: &str = "ResourceNotFound.UserNotExist";

/// 用户不存在。
pub const RESOURCENOTFOUND_USERNOTEXISTS: &str = "ResourceNotFound.UserNotExists";

/// 凭据信息异常。
pub const RESOURCEUNAVAILABLE_FLOWAUTHSECET: &str = "ResourceUnavailable.FlowAuthSecet";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 没有删除API密钥权限。
pub const UNAUTHORIZEDOPERATION_DELETEAPIKEY: &str = "UnauthorizedOperation.DeleteApiKey";
