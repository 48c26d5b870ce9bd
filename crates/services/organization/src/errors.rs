//! Error codes of `organization`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_organization::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 该账号已被注册。
pub const FAILEDOPERATION_ACCOUNTALREADYREGISTER: &str = "FailedOperation.AccountAlreadyRegister";

/// 申请已存在。
pub const FAILEDOPERATION_APPLYEXIST: &str = "FailedOperation.ApplyExist";

/// 用户未实名。
pub const FAILEDOPERATION_AUTHINFOEMPTY: &str = "FailedOperation.AuthInfoEmpty";

/// 企业实名不一样。
pub const FAILEDOPERATION_AUTHINFONOTSAME: &str = "FailedOperation.AuthInfoNotSame";

/// 用户非企业实名。
pub const FAILEDOPERATION_AUTHNOTENTERPRISE: &str = "FailedOperation.AuthNotEnterprise";

/// 绑定邮箱链接过期。
pub const FAILEDOPERATION_BINDEMAILLINKEXPIRED: &str = "FailedOperation.BindEmailLinkExpired";

/// 绑定邮箱链接无效。
pub const FAILEDOPERATION_BINDEMAILLINKINVALID: &str = "FailedOperation.BindEmailLinkInvalid";

/// 成员权限变更记录存在。
pub const FAILEDOPERATION_CHANGEPERMISSIONRECORDEXIST: &str =
    "FailedOperation.ChangePermissionRecordExist";

/// 检查手机绑定上限失败。
pub const FAILEDOPERATION_CHECKACCOUNTPHONEBINDLIMIT: &str =
    "FailedOperation.CheckAccountPhoneBindLimit";

/// 检查邮箱绑定状态失败。
pub const FAILEDOPERATION_CHECKMAILACCOUNT: &str = "FailedOperation.CheckMailAccount";

/// 一个目录的权限配置创建超过上限
pub const FAILEDOPERATION_CONFIGURATIONOVERUPPERLIMIT: &str =
    "FailedOperation.ConfigurationOverUpperLimit";

/// 创建成员异常。
pub const FAILEDOPERATION_CREATEACCOUNT: &str = "FailedOperation.CreateAccount";

/// 添加计费权限失败。
pub const FAILEDOPERATION_CREATEBILLINGPERMISSIONERR: &str =
    "FailedOperation.CreateBillingPermissionErr";

/// 账号实名认证超过上限。
pub const FAILEDOPERATION_CREATEMEMBERAUTHOVERLIMIT: &str =
    "FailedOperation.CreateMemberAuthOverLimit";

/// 创建策略失败。
pub const FAILEDOPERATION_CREATEPOLICY: &str = "FailedOperation.CreatePolicy";

/// 创建已成功。
pub const FAILEDOPERATION_CREATERECORDALREADYSUCCESS: &str =
    "FailedOperation.CreateRecordAlreadySuccess";

/// 创建记录不存在。
pub const FAILEDOPERATION_CREATERECORDNOTEXIST: &str = "FailedOperation.CreateRecordNotExist";

/// 创建角色异常。
pub const FAILEDOPERATION_CREATEROLE: &str = "FailedOperation.CreateRole";

/// 权限配置绑定自定义策略超过上限
pub const FAILEDOPERATION_CUSTOMPOLICYOVERUPPERLIMIT: &str =
    "FailedOperation.CustomPolicyOverUpperLimit";

/// SQL执行报错
pub const FAILEDOPERATION_DBOPERATIONERROR: &str = "FailedOperation.DBOperationError";

/// 解码元数据文档失败。
pub const FAILEDOPERATION_DECODEMETADATADOCUMENTFAILED: &str =
    "FailedOperation.DecodeMetadataDocumentFailed";

/// 委派管理员不能修改已部署到集团管理账号的配置
pub const FAILEDOPERATION_DELEGATEDADMINCANNOTMODIFYDEPLOYEDCONFIG: &str =
    "FailedOperation.DelegatedAdminCannotModifyDeployedConfig";

/// 委派管理员不能操作策略（添加、编辑、删除）
pub const FAILEDOPERATION_DELEGATEDADMINCANNOTMODIFYPOLICY: &str =
    "FailedOperation.DelegatedAdminCannotModifyPolicy";

/// 委派管理员不能操作集团管理账号
pub const FAILEDOPERATION_DELEGATEDADMINCANNOTOPERATEORGMANAGER: &str =
    "FailedOperation.DelegatedAdminCannotOperateOrgManager";

/// 用户组还存在用户，不允许删除用户
pub const FAILEDOPERATION_DELETEGROUPNOTALLOWEXISTUSER: &str =
    "FailedOperation.DeleteGroupNotAllowExistUser";

/// 删除授权策略异常。
pub const FAILEDOPERATION_DELETEPOLICY: &str = "FailedOperation.DeletePolicy";

/// 查询集团服务使用状态出错。
pub const FAILEDOPERATION_DESCRIBEORGSERVICEUSAGESTATUSERR: &str =
    "FailedOperation.DescribeOrgServiceUsageStatusErr";

/// 不能从Root单元删除成员。
pub const FAILEDOPERATION_DISABLEDELETEMEMBERFROMROOTNODE: &str =
    "FailedOperation.DisableDeleteMemberFromRootNode";

/// 不能退出自己创建的企业组织。
pub const FAILEDOPERATION_DISABLEQUITSELFCREATEDORGANIZATION: &str =
    "FailedOperation.DisableQuitSelfCreatedOrganization";

/// 邮箱已经被使用。
pub const FAILEDOPERATION_EMAILALREADYUSED: &str = "FailedOperation.EmailAlreadyUsed";

/// 邮箱绑定已经失效。
pub const FAILEDOPERATION_EMAILBINDRECORDINVALID: &str = "FailedOperation.EmailBindRecordInvalid";

/// 存在共享资源给其他组织成员或被其他组织成员共享资源。
pub const FAILEDOPERATION_EXISTOTHERORGANIZATIONMEMBERSHARED: &str =
    "FailedOperation.ExistOtherOrganizationMemberShared";

/// 存在不在组织内的共享成员。
pub const FAILEDOPERATION_EXISTSHAREMEMBERNOTINORGANIZATION: &str =
    "FailedOperation.ExistShareMemberNotInOrganization";

/// 获取账号地域属性错误。
pub const FAILEDOPERATION_GETACCOUNTREGION: &str = "FailedOperation.GetAccountRegion";

/// 查询实名信息出错。
pub const FAILEDOPERATION_GETAUTHINFO: &str = "FailedOperation.GetAuthInfo";

/// 查询策略失败。
pub const FAILEDOPERATION_GETPOLICYDETAIL: &str = "FailedOperation.GetPolicyDetail";

/// 用户组创建超过限制
pub const FAILEDOPERATION_GROUPOVERUPPERLIMIT: &str = "FailedOperation.GroupOverUpperLimit";

/// 用户组类型和用户类型不匹配
pub const FAILEDOPERATION_GROUPTYPEUSERTYPENOTMATCH: &str =
    "FailedOperation.GroupTypeUserTypeNotMatch";

/// CIC的用户组组员超出限制。
pub const FAILEDOPERATION_GROUPUSERCOUNTOVERUPPERLIMIT: &str =
    "FailedOperation.GroupUserCountOverUpperLimit";

/// 共享单元存在不同的共享资源类型
pub const FAILEDOPERATION_HASDIFFERENTRESOURCETYPE: &str =
    "FailedOperation.HasDifferentResourceType";

/// CIC服务已经被开通
pub const FAILEDOPERATION_IDENTITYCENTERALREADYOPEN: &str =
    "FailedOperation.IdentityCenterAlreadyOpen";

/// 用户没有实名认证，无法开通CIC服务
pub const FAILEDOPERATION_IDENTITYCENTERNOTAUTH: &str = "FailedOperation.IdentityCenterNotAuth";

/// 用户没有企业实名认证，无法开通CIC服务
pub const FAILEDOPERATION_IDENTITYCENTERNOTENTERPRISEAUTH: &str =
    "FailedOperation.IdentityCenterNotEnterpriseAuth";

/// CIC服务没有开通
pub const FAILEDOPERATION_IDENTITYCENTERNOTOPEN: &str = "FailedOperation.IdentityCenterNotOpen";

/// 用户不是集团账号管理员，无法开通CIC服务
pub const FAILEDOPERATION_IDENTITYCENTERNOTORGANIZATIONMANAGER: &str =
    "FailedOperation.IdentityCenterNotOrganizationManager";

/// 用户没有开通集团账号，无法开通CIC服务
pub const FAILEDOPERATION_IDENTITYCENTERORGANIZATIONNOTOPEN: &str =
    "FailedOperation.IdentityCenterOrganizationNotOpen";

/// 上传文件不合法。
pub const FAILEDOPERATION_IMPORTFILEILLEGAL: &str = "FailedOperation.ImportFileIllegal";

/// 已经加入企业组织。
pub const FAILEDOPERATION_INORGANIZATIONALREADY: &str = "FailedOperation.InOrganizationAlready";

/// 邀请已存在。
pub const FAILEDOPERATION_INVITATIONEXIST: &str = "FailedOperation.InvitationExist";

/// 手动用户组不允许删除
pub const FAILEDOPERATION_MANUALGROUPNOTDELETE: &str = "FailedOperation.ManualGroupNotDelete";

/// 手动用户组不允许更新
pub const FAILEDOPERATION_MANUALGROUPNOTUPDATE: &str = "FailedOperation.ManualGroupNotUpdate";

/// 手动用户不允许删除
pub const FAILEDOPERATION_MANUALUSERNOTDELETE: &str = "FailedOperation.ManualUserNotDelete";

/// 手动用户不允许更新
pub const FAILEDOPERATION_MANUALUSERNOTUPDATE: &str = "FailedOperation.ManualUserNotUpdate";

/// 成员账号删除审核中。
pub const FAILEDOPERATION_MEMBERACCOUNTDEREGISTERPENDING: &str =
    "FailedOperation.MemberAccountDeregisterPending";

/// 邮箱绑定失败。
pub const FAILEDOPERATION_MEMBERBINDEMAILERROR: &str = "FailedOperation.MemberBindEmailError";

/// 安全手机绑定失败。
pub const FAILEDOPERATION_MEMBERBINDPHONEERROR: &str = "FailedOperation.MemberBindPhoneError";

/// 成员存在邮箱。
pub const FAILEDOPERATION_MEMBEREMAILEXIST: &str = "FailedOperation.MemberEmailExist";

/// 成员存在代付者,不允许删除。
pub const FAILEDOPERATION_MEMBEREXISTDELEGATEPAYERNOTALLOWDELETE: &str =
    "FailedOperation.MemberExistDelegatePayerNotAllowDelete";

/// 成员已存其他组织中。
pub const FAILEDOPERATION_MEMBEREXISTINOTHERORGANIZATION: &str =
    "FailedOperation.MemberExistInOtherOrganization";

/// 成员授权在使用。
pub const FAILEDOPERATION_MEMBERIDENTITYAUTHUSED: &str = "FailedOperation.MemberIdentityAuthUsed";

/// 成员是代付者，不允许删除。
pub const FAILEDOPERATION_MEMBERISDELEGATEPAYERNOTALLOWDELETE: &str =
    "FailedOperation.MemberIsDelegatePayerNotAllowDelete";

/// 名字已经被使用。
pub const FAILEDOPERATION_MEMBERNAMEUSED: &str = "FailedOperation.MemberNameUsed";

/// 成员授权策略名已存在。
pub const FAILEDOPERATION_MEMBERPOLICYNAMEEXIST: &str = "FailedOperation.MemberPolicyNameExist";

/// 成员正在共享资源，不允许退出组织。
pub const FAILEDOPERATION_MEMBERSHARERESOURCE: &str = "FailedOperation.MemberShareResource";

/// idp原数据解析失败
pub const FAILEDOPERATION_METADATACOSPARSINGFAILED: &str =
    "FailedOperation.MetadataCosParsingFailed";

/// 企业组织单元成员不为空。
pub const FAILEDOPERATION_NODENOTEMPTY: &str = "FailedOperation.NodeNotEmpty";

/// 只能邀请同一个站点内的账号。
pub const FAILEDOPERATION_NOTSAMEREGION: &str = "FailedOperation.NotSameRegion";

/// 操作计费侧成员权限错误。
pub const FAILEDOPERATION_OPERATEBILLINGPERMISSIONERR: &str =
    "FailedOperation.OperateBillingPermissionErr";

/// 操作策略失败。
pub const FAILEDOPERATION_OPERATEPOLICY: &str = "FailedOperation.OperatePolicy";

/// 成员是主体管理账号，不允许退出组织。
pub const FAILEDOPERATION_ORGANIZATIONAUTHMANAGENOTALLOWDELETE: &str =
    "FailedOperation.OrganizationAuthManageNotAllowDelete";

/// 实名认证关系已经存在。
pub const FAILEDOPERATION_ORGANIZATIONAUTHRELATIONEXIST: &str =
    "FailedOperation.OrganizationAuthRelationExist";

/// 解绑最后一个策略失败。
pub const FAILEDOPERATION_ORGANIZATIONDETACHLASTPOLICYERROR: &str =
    "FailedOperation.OrganizationDetachLastPolicyError";

/// 解绑策略失败。
pub const FAILEDOPERATION_ORGANIZATIONDETACHPOLICYERROR: &str =
    "FailedOperation.OrganizationDetachPolicyError";

/// 企业组织已经存在。
pub const FAILEDOPERATION_ORGANIZATIONEXISTALREADY: &str =
    "FailedOperation.OrganizationExistAlready";

/// 组织身份在使用中。
pub const FAILEDOPERATION_ORGANIZATIONIDENTITYINUSED: &str =
    "FailedOperation.OrganizationIdentityInUsed";

/// 组织身份名称被使用。
pub const FAILEDOPERATION_ORGANIZATIONIDENTITYNAMEUSED: &str =
    "FailedOperation.OrganizationIdentityNameUsed";

/// 组织身份策略不合法。
pub const FAILEDOPERATION_ORGANIZATIONIDENTITYPOLICYERROR: &str =
    "FailedOperation.OrganizationIdentityPolicyError";

/// 成员已存在。
pub const FAILEDOPERATION_ORGANIZATIONMEMBEREXIST: &str = "FailedOperation.OrganizationMemberExist";

/// 成员名已存在。
pub const FAILEDOPERATION_ORGANIZATIONMEMBERNAMEUSED: &str =
    "FailedOperation.OrganizationMemberNameUsed";

/// 成员账号不存在。
pub const FAILEDOPERATION_ORGANIZATIONMEMBERNOTEXIST: &str =
    "FailedOperation.OrganizationMemberNotExist";

/// 删除节点超过上限。
pub const FAILEDOPERATION_ORGANIZATIONNODEDELETEOVERLIMIT: &str =
    "FailedOperation.OrganizationNodeDeleteOverLimit";

/// 节点名已存在。
pub const FAILEDOPERATION_ORGANIZATIONNODENAMEUSED: &str =
    "FailedOperation.OrganizationNodeNameUsed";

/// 组织节点不为空。
pub const FAILEDOPERATION_ORGANIZATIONNODENOTEMPTY: &str =
    "FailedOperation.OrganizationNodeNotEmpty";

/// 组织节点不存在。
pub const FAILEDOPERATION_ORGANIZATIONNODENOTEXIST: &str =
    "FailedOperation.OrganizationNodeNotExist";

/// 企业组织成员不为空。
pub const FAILEDOPERATION_ORGANIZATIONNOTEMPTY: &str = "FailedOperation.OrganizationNotEmpty";

/// 组织权限不合法。
pub const FAILEDOPERATION_ORGANIZATIONPERMISSIONILLEGAL: &str =
    "FailedOperation.OrganizationPermissionIllegal";

/// 组织策略不合法。
pub const FAILEDOPERATION_ORGANIZATIONPOLICYILLEGAL: &str =
    "FailedOperation.OrganizationPolicyIllegal";

/// 集团策略正在被使用。
pub const FAILEDOPERATION_ORGANIZATIONPOLICYINUSED: &str =
    "FailedOperation.OrganizationPolicyInUsed";

/// 集团策略不是禁用状态。
pub const FAILEDOPERATION_ORGANIZATIONPOLICYISNOTDISABLED: &str =
    "FailedOperation.OrganizationPolicyIsNotDisabled";

/// 集团策略不是启用状态。
pub const FAILEDOPERATION_ORGANIZATIONPOLICYISNOTENABLED: &str =
    "FailedOperation.OrganizationPolicyIsNotEnabled";

/// 集团服务委派在使用中。
pub const FAILEDOPERATION_ORGANIZATIONSERVICEASSIGNISUSE: &str =
    "FailedOperation.OrganizationServiceAssignIsUse";

/// 存在组织成员访问策略。
pub const FAILEDOPERATION_ORGMEMBERPOLICYEXIST: &str = "FailedOperation.OrgMemberPolicyExist";

/// 调用经销系统报错。
pub const FAILEDOPERATION_PARTNERMANAGEMENTERR: &str = "FailedOperation.PartnerManagementErr";

/// 代付者不合法。
pub const FAILEDOPERATION_PAYUINILLEGAL: &str = "FailedOperation.PayUinIllegal";

/// 申请单非待审核，不可重复审批
pub const FAILEDOPERATION_PERMISSIONAPPLYORDERSTATUSINVALID: &str =
    "FailedOperation.PermissionApplyOrderStatusInvalid";

/// 操作权限被拒绝，OwnerUin不一致
pub const FAILEDOPERATION_PERMISSIONDENIED: &str = "FailedOperation.PermissionDenied";

/// 存在成员账号已经开启标签策略，不支持开启集团标签策略
pub const FAILEDOPERATION_POLICYENABLEINVALID: &str = "FailedOperation.PolicyEnableInvalid";

/// 用户策略数超过上限。
pub const FAILEDOPERATION_POLICYFULL: &str = "FailedOperation.PolicyFull";

/// PolicyName字段指定的策略名已存在。
pub const FAILEDOPERATION_POLICYNAMEINUSE: &str = "FailedOperation.PolicyNameInUse";

/// 退出共享单元失败。
pub const FAILEDOPERATION_QUITESHAREUNIT: &str = "FailedOperation.QuiteShareUnit";

/// 退出共享单元失败。
pub const FAILEDOPERATION_QUITSHAREUINT: &str = "FailedOperation.QuitShareUint";

/// 退出共享单元错误。
pub const FAILEDOPERATION_QUITSHAREUINTERROR: &str = "FailedOperation.QuitShareUintError";

/// 远程调用失败
pub const FAILEDOPERATION_REMOTECALLERROR: &str = "FailedOperation.RemoteCallError";

/// 重复发送邀请。
pub const FAILEDOPERATION_RESENTINVITATION: &str = "FailedOperation.ReSentInvitation";

/// 资源超过最大上限。
pub const FAILEDOPERATION_RESOURCEOVERLIMIT: &str = "FailedOperation.ResourceOverLimit";

/// 权限授权已经存在了。
pub const FAILEDOPERATION_ROLECONFIGURATIONAUTHORIZATIONALREADYEXIST: &str =
    "FailedOperation.RoleConfigurationAuthorizationAlreadyExist";

/// 存在权限配置授权。
pub const FAILEDOPERATION_ROLECONFIGURATIONAUTHORIZATIONEXIST: &str =
    "FailedOperation.RoleConfigurationAuthorizationExist";

/// 配置权限授权数量超出限制。
pub const FAILEDOPERATION_ROLECONFIGURATIONAUTHORIZATIONOVERLIMIT: &str =
    "FailedOperation.RoleConfigurationAuthorizationOverLimit";

/// 访问配置已经部署到成员账号。
pub const FAILEDOPERATION_ROLECONFIGURATIONPROVISIONINGALREADYDEPLOYED: &str =
    "FailedOperation.RoleConfigurationProvisioningAlreadyDeployed";

/// 权限配置同步状态错误。
pub const FAILEDOPERATION_ROLECONFIGURATIONPROVISIONINGSTATUSERROR: &str =
    "FailedOperation.RoleConfigurationProvisioningStatusError";

/// saml元数据文档获取失败。
pub const FAILEDOPERATION_SAMLMETADATADOCUMENTGETFAILED: &str =
    "FailedOperation.SAMLMetadataDocumentGetFailed";

/// SAML服务提供商创建失败
pub const FAILEDOPERATION_SAMLSERVICEPROVIDERCREATEFAILED: &str =
    "FailedOperation.SAMLServiceProviderCreateFailed";

/// 生成SCIM密钥失败
pub const FAILEDOPERATION_SCIMCREDENTIALGENERATEERROR: &str =
    "FailedOperation.ScimCredentialGenerateError";

/// 共享地域不存在。
pub const FAILEDOPERATION_SHAREAREANOTEXIST: &str = "FailedOperation.ShareAreaNotExist";

/// 共享成员不存在。
pub const FAILEDOPERATION_SHAREMEMBERNOTEXIST: &str = "FailedOperation.ShareMemberNotExist";

/// 部门在共享单元中。
pub const FAILEDOPERATION_SHARENODEEXISTED: &str = "FailedOperation.ShareNodeExisted";

/// 共享部门不存在。
pub const FAILEDOPERATION_SHARENODENOTEXIST: &str = "FailedOperation.ShareNodeNotExist";

/// 成员正在使用共享资源。
pub const FAILEDOPERATION_SHARERESOURCEMEMBERINUSE: &str =
    "FailedOperation.ShareResourceMemberInUse";

/// 共享资源不存在。
pub const FAILEDOPERATION_SHARERESOURCENOTEXIST: &str = "FailedOperation.ShareResourceNotExist";

/// 共享资源类型不存在。
pub const FAILEDOPERATION_SHARERESOURCETYPENOTEXIST: &str =
    "FailedOperation.ShareResourceTypeNotExist";

/// 共享单元不为空。
pub const FAILEDOPERATION_SHAREUNITNOTEMPTY: &str = "FailedOperation.ShareUnitNotEmpty";

/// 共享单元不存在。
pub const FAILEDOPERATION_SHAREUNITNOTEXIST: &str = "FailedOperation.ShareUnitNotExist";

/// 存在不属于当前组织的uin。
pub const FAILEDOPERATION_SOMEUINSNOTINORGANIZATION: &str =
    "FailedOperation.SomeUinsNotInOrganization";

/// 当 SSO 登录处于开启状态时不能清空 SAML 身份提供商信息。
pub const FAILEDOPERATION_SSOSTATUSENABLENOTCLEARIDENTITYPROVIDER: &str =
    "FailedOperation.SSoStatusEnableNotClearIdentityProvider";

/// 子账号存在身份。
pub const FAILEDOPERATION_SUBACCOUNTIDENTITYEXIST: &str = "FailedOperation.SubAccountIdentityExist";

/// 子账号不存在。
pub const FAILEDOPERATION_SUBACCOUNTNOTEXIST: &str = "FailedOperation.SubAccountNotExist";

/// 同步的用户组不允许添加用户
pub const FAILEDOPERATION_SYNCHRONIZEDGROUPNOTADDUSER: &str =
    "FailedOperation.SynchronizedGroupNotAddUser";

/// 同步的用户组不允许删除
pub const FAILEDOPERATION_SYNCHRONIZEDGROUPNOTDELETE: &str =
    "FailedOperation.SynchronizedGroupNotDelete";

/// 同步的用户组不允许删除用户
pub const FAILEDOPERATION_SYNCHRONIZEDGROUPNOTREMOVEUSER: &str =
    "FailedOperation.SynchronizedGroupNotRemoveUser";

/// 同步的用户组不允许更新
pub const FAILEDOPERATION_SYNCHRONIZEDGROUPNOTUPDATE: &str =
    "FailedOperation.SynchronizedGroupNotUpdate";

/// 同步的用户不允许删除
pub const FAILEDOPERATION_SYNCHRONIZEDUSERNOTDELETE: &str =
    "FailedOperation.SynchronizedUserNotDelete";

/// 同步的用户不允许修改
pub const FAILEDOPERATION_SYNCHRONIZEDUSERNOTUPDATE: &str =
    "FailedOperation.SynchronizedUserNotUpdate";

/// 存在密钥，不允许删除
pub const FAILEDOPERATION_SYNCUSERHASACCESSKEY: &str = "FailedOperation.SyncUserHasAccessKey";

/// 权限配置绑定系统策略超过上限
pub const FAILEDOPERATION_SYSTEMPOLICYOVERUPPERLIMIT: &str =
    "FailedOperation.SystemPolicyOverUpperLimit";

/// 打标签异常。
pub const FAILEDOPERATION_TAGRESOURCESERROR: &str = "FailedOperation.TagResourcesError";

/// 特殊子用户不支持覆盖
pub const FAILEDOPERATION_TAKEOVERUNSUPPORTEDUSERTYPE: &str =
    "FailedOperation.TakeOverUnsupportedUserType";

/// 上传数据文件失败。
pub const FAILEDOPERATION_UPLOADMETADATAFAILED: &str = "FailedOperation.UploadMetadataFailed";

/// 用户加入用户组超出限制。
pub const FAILEDOPERATION_USERADDGROUPCOUNTOVERUPPERLIMIT: &str =
    "FailedOperation.UserAddGroupCountOverUpperLimit";

/// 用户已经加入企业组织。
pub const FAILEDOPERATION_USERINORGANIZATION: &str = "FailedOperation.UserInOrganization";

/// 邀请账户不是主账号。
pub const FAILEDOPERATION_USERNOTREGISTER: &str = "FailedOperation.UserNotRegister";

/// 用户创建超过上限
pub const FAILEDOPERATION_USEROVERUPPERLIMIT: &str = "FailedOperation.UserOverUpperLimit";

/// 用户同步已经存在了。
pub const FAILEDOPERATION_USERPROVISIONINGALREADYEXISTS: &str =
    "FailedOperation.UserProvisioningAlreadyExists";

/// 存在用户同步。
pub const FAILEDOPERATION_USERPROVISIONINGEXISTS: &str = "FailedOperation.UserProvisioningExists";

/// 用户同步失败。
pub const FAILEDOPERATION_USERPROVISIONINGFAILED: &str = "FailedOperation.UserProvisioningFailed";

/// 用户同步数量超出限制。
pub const FAILEDOPERATION_USERPROVISIONINGOVERLIMIT: &str =
    "FailedOperation.UserProvisioningOverLimit";

/// 该x509证书已经存在了。
pub const FAILEDOPERATION_X509CERTIFICATEALREADYEXIST: &str =
    "FailedOperation.X509CertificateAlreadyExist";

/// x509证书数量超出限制
pub const FAILEDOPERATION_X509CERTIFICATELIMITEXCEEDED: &str =
    "FailedOperation.X509CertificateLimitExceeded";

/// 需要最少一个x509证书
pub const FAILEDOPERATION_X509CERTIFICATEMINIMUMREQUIRED: &str =
    "FailedOperation.X509CertificateMinimumRequired";

/// X509证书解析失败。
pub const FAILEDOPERATION_X509CERTIFICATEPARSINGFAILED: &str =
    "FailedOperation.X509CertificateParsingFailed";

/// 元数据文档解析XML失败。
pub const FAILEDOPERATION_XMLDATAUNMARSHALFAILED: &str = "FailedOperation.XMLDataUnmarshalFailed";

/// CIC服务的用户zoneId不存在
pub const FAILEDOPERATION_ZONEIDNOTEXIST: &str = "FailedOperation.ZoneIdNotExist";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// CIC空间名称已经存在，需要更换空间名称。
pub const INVALIDPARAMETERVALUE_IDENTITYCENTERZONENAMEALREADYEXIST: &str =
    "InvalidParameterValue.IdentityCenterZoneNameAlreadyExist";

/// 策略内容不合法。
pub const INVALIDPARAMETERVALUE_POLICYCONTENTINVALID: &str =
    "InvalidParameterValue.PolicyContentInvalid";

/// sso登录启用状态值非法
pub const INVALIDPARAMETERVALUE_SSOSTATUSINVALID: &str = "InvalidParameterValue.SSoStatusInvalid";

/// X509证书格式错误。
pub const INVALIDPARAMETERVALUE_X509CERTIFICATEFORMATERROR: &str =
    "InvalidParameterValue.X509CertificateFormatError";

/// 空间名不符合规范
pub const INVALIDPARAMETERVALUE_ZONENAMEFORMATERROR: &str =
    "InvalidParameterValue.ZoneNameFormatError";

/// 策略文档的Action字段不合法。
pub const INVALIDPARAMETER_ACTIONERROR: &str = "InvalidParameter.ActionError";

/// 策略语法中操作不存在。
pub const INVALIDPARAMETER_ACTIONMISS: &str = "InvalidParameter.ActionMiss";

/// 策略语法中操作不存在。
pub const INVALIDPARAMETER_ACTIONNOTEXIST: &str = "InvalidParameter.ActionNotExist";

/// 策略语法中操作服务不存在。
pub const INVALIDPARAMETER_ACTIONSERVICENOTEXIST: &str = "InvalidParameter.ActionServiceNotExist";

/// 成员代付费模式，不允许主动退出组织。
pub const INVALIDPARAMETER_ALLOWQUITILLEGAL: &str = "InvalidParameter.AllowQuitIllegal";

/// 授权对象策略已达上限。
pub const INVALIDPARAMETER_ATTACHMENTFULL: &str = "InvalidParameter.AttachmentFull";

/// 权限配置不允许绑定该策略。
pub const INVALIDPARAMETER_BINDPOLICYNAMENOTALLOWED: &str =
    "InvalidParameter.BindPolicyNameNotAllowed";

/// 手机验证码错误。
pub const INVALIDPARAMETER_CODEERROR: &str = "InvalidParameter.CodeError";

/// 手机验证码已过期。
pub const INVALIDPARAMETER_CODEEXPIRED: &str = "InvalidParameter.CodeExpired";

/// 策略语法中条件内容不正确。
pub const INVALIDPARAMETER_CONDITIONCONTENTERROR: &str = "InvalidParameter.ConditionContentError";

/// 策略文档的condition字段不合法。
pub const INVALIDPARAMETER_CONDITIONERROR: &str = "InvalidParameter.ConditionError";

/// 策略语法中条件操作符不正确。
pub const INVALIDPARAMETER_CONDITIONTYPEERROR: &str = "InvalidParameter.ConditionTypeError";

/// 权限配置名称已经存在
pub const INVALIDPARAMETER_CONFIGURATIONNAMEALREADYEXISTS: &str =
    "InvalidParameter.ConfigurationNameAlreadyExists";

/// 权限配置名称格式错误
pub const INVALIDPARAMETER_CONFIGURATIONNAMEFORMATERROR: &str =
    "InvalidParameter.ConfigurationNameFormatError";

/// Description入参长度不能大于300字节。
pub const INVALIDPARAMETER_DESCRIPTIONLENGTHOVERLIMIT: &str =
    "InvalidParameter.DescriptionLengthOverlimit";

/// 策略文档的Effect字段不合法。
pub const INVALIDPARAMETER_EFFECTERROR: &str = "InvalidParameter.EffectError";

/// 邮箱已经存在
pub const INVALIDPARAMETER_EMAILALREADYEXISTS: &str = "InvalidParameter.EmailAlreadyExists";

/// 用户组名称已经存在
pub const INVALIDPARAMETER_GROUPNAMEALREADYEXISTS: &str = "InvalidParameter.GroupNameAlreadyExists";

/// 用户组名称格式错误
pub const INVALIDPARAMETER_GROUPNAMEFORMATERROR: &str = "InvalidParameter.GroupNameFormatError";

/// 用户组不存在
pub const INVALIDPARAMETER_GROUPNOTEXIST: &str = "InvalidParameter.GroupNotExist";

/// 用户组已经存在该用户
pub const INVALIDPARAMETER_GROUPUSERALREADYEXISTS: &str = "InvalidParameter.GroupUserAlreadyExists";

/// 用户组不存在该用户
pub const INVALIDPARAMETER_GROUPUSERNOTEXIST: &str = "InvalidParameter.GroupUserNotExist";

/// 接口不存在。
pub const INVALIDPARAMETER_INTERFACENOTEXIST: &str = "InvalidParameter.InterfaceNotExist";

/// 无效的邮箱。
pub const INVALIDPARAMETER_INVALIDEMAIL: &str = "InvalidParameter.InvalidEmail";

/// 无效的nextToken
pub const INVALIDPARAMETER_NEXTTOKENINVALID: &str = "InvalidParameter.NextTokenInvalid";

/// CAM不支持策略文档中所指定的资源类型。
pub const INVALIDPARAMETER_NOTSUPPORTPRODUCT: &str = "InvalidParameter.NotSupportProduct";

/// 组织成员不存在。
pub const INVALIDPARAMETER_ORGANIZATIONMEMBERNOTEXIST: &str =
    "InvalidParameter.OrganizationMemberNotExist";

/// 该成员不是企业管理员。
pub const INVALIDPARAMETER_ORGANIZATIONMEMBERNOTMANAGER: &str =
    "InvalidParameter.OrganizationMemberNotManager";

/// 组织节点不存在。
pub const INVALIDPARAMETER_ORGANIZATIONNODENOTEXIST: &str =
    "InvalidParameter.OrganizationNodeNotExist";

/// 企业组织不存在。
pub const INVALIDPARAMETER_ORGANIZATIONNOTEXIST: &str = "InvalidParameter.OrganizationNotExist";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 密码不合法。
pub const INVALIDPARAMETER_PASSWORDILLEGAL: &str = "InvalidParameter.PasswordIllegal";

/// 自定义策略内容不能为空
pub const INVALIDPARAMETER_POLICYDOCUMENTEMPTY: &str = "InvalidParameter.PolicyDocumentEmpty";

/// PolicyDocument字段不合法。
pub const INVALIDPARAMETER_POLICYDOCUMENTERROR: &str = "InvalidParameter.PolicyDocumentError";

/// PolicyDocument字段超过长度限制。
pub const INVALIDPARAMETER_POLICYDOCUMENTLENGTHOVERLIMIT: &str =
    "InvalidParameter.PolicyDocumentLengthOverLimit";

/// 策略ID不存在。
pub const INVALIDPARAMETER_POLICYIDNOTEXIST: &str = "InvalidParameter.PolicyIdNotExist";

/// 标签策略内容的策略键有重复。
pub const INVALIDPARAMETER_POLICYKEYDUPLICATED: &str = "InvalidParameter.PolicyKeyDuplicated";

/// 策略名称已经存在
pub const INVALIDPARAMETER_POLICYNAMEALREADYEXISTS: &str =
    "InvalidParameter.PolicyNameAlreadyExists";

/// PolicyName字段不合法。
pub const INVALIDPARAMETER_POLICYNAMEERROR: &str = "InvalidParameter.PolicyNameError";

/// 策略名称已经存在。
pub const INVALIDPARAMETER_POLICYNAMEEXISTED: &str = "InvalidParameter.PolicyNameExisted";

/// 策略名称长度超限。
pub const INVALIDPARAMETER_POLICYNAMESIZEOVERUPPERLIMIT: &str =
    "InvalidParameter.PolicyNameSizeOverUpperLimit";

/// 修改策略类型错误，只允许修改自定义策略
pub const INVALIDPARAMETER_POLICYTYPEERROR: &str = "InvalidParameter.PolicyTypeError";

/// 策略文档的principal字段不合法。
pub const INVALIDPARAMETER_PRINCIPALERROR: &str = "InvalidParameter.PrincipalError";

/// PrincipalQcs错误。
pub const INVALIDPARAMETER_PRINCIPALQCSERROR: &str = "InvalidParameter.PrincipalQcsError";

/// PrincipalQcs不存在。
pub const INVALIDPARAMETER_PRINCIPALQCSNOTEXIST: &str = "InvalidParameter.PrincipalQcsNotExist";

/// PrincipalService不存在。
pub const INVALIDPARAMETER_PRINCIPALSERVICENOTEXIST: &str =
    "InvalidParameter.PrincipalServiceNotExist";

/// RelayState格式错误或域名不允许
pub const INVALIDPARAMETER_RELAYSTATEFORMATERROR: &str = "InvalidParameter.RelayStateFormatError";

/// 系统预留标签键 qcloud、tencent和project 禁止创建。
pub const INVALIDPARAMETER_RESERVEDTAGKEY: &str = "InvalidParameter.ReservedTagKey";

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

/// 权限配置不存在
pub const INVALIDPARAMETER_ROLECONFIGURATIONNOTEXIST: &str =
    "InvalidParameter.RoleConfigurationNotExist";

/// 权限配置还存在策略
pub const INVALIDPARAMETER_ROLEPOLICYALREADYEXIST: &str = "InvalidParameter.RolePolicyAlreadyExist";

/// 策略不存在
pub const INVALIDPARAMETER_ROLEPOLICYNOTEXIST: &str = "InvalidParameter.RolePolicyNotExist";

/// SCIM密钥不存在
pub const INVALIDPARAMETER_SCIMCREDENTIALNOTFOUND: &str = "InvalidParameter.ScimCredentialNotFound";

/// SCIM同步状态错误
pub const INVALIDPARAMETER_SCIMSYNCSTATUSERROR: &str = "InvalidParameter.ScimSyncStatusError";

/// 策略文档的Statement字段不合法。
pub const INVALIDPARAMETER_STATEMENTERROR: &str = "InvalidParameter.StatementError";

/// 标签值错误。
pub const INVALIDPARAMETER_TAGERROR: &str = "InvalidParameter.TagError";

/// 当前业务不支持标签操作。
pub const INVALIDPARAMETER_UNSUPPORTEDSERVICE: &str = "InvalidParameter.UnsupportedService";

/// 用户还存在用户组里。
pub const INVALIDPARAMETER_USERALREADYEXISTSGROUP: &str = "InvalidParameter.UserAlreadyExistsGroup";

/// 用户名已经存在
pub const INVALIDPARAMETER_USERNAMEALREADYEXISTS: &str = "InvalidParameter.UsernameAlreadyExists";

/// 用户名格式错误
pub const INVALIDPARAMETER_USERNAMEFORMATERROR: &str = "InvalidParameter.UsernameFormatError";

/// SCIM密钥状态错误
pub const INVALIDPARAMETER_USERSCIMCREDENTIALSTATUSERROR: &str =
    "InvalidParameter.UserScimCredentialStatusError";

/// 用户类型错误。
pub const INVALIDPARAMETER_USERTYPEERROR: &str = "InvalidParameter.UserTypeError";

/// 策略文档的Version字段不合法。
pub const INVALIDPARAMETER_VERSIONERROR: &str = "InvalidParameter.VersionError";

/// 请求加入用户到用户组超出限制。
pub const LIMITEXCEEDED_ADDUSERTOGROUPLIMITEXCEEDED: &str =
    "LimitExceeded.AddUserToGroupLimitExceeded";

/// 创建成员超过上限。
pub const LIMITEXCEEDED_CREATEMEMBEROVERLIMIT: &str = "LimitExceeded.CreateMemberOverLimit";

/// 服务委派管理员超过上限。
pub const LIMITEXCEEDED_CREATEORGSERVICEASSIGNOVERLIMIT: &str =
    "LimitExceeded.CreateOrgServiceAssignOverLimit";

/// 请求创建权限配置超出限制。
pub const LIMITEXCEEDED_CREATEROLEASSIGNMENTLIMITEXCEEDED: &str =
    "LimitExceeded.CreateRoleAssignmentLimitExceeded";

/// 请求创建用户超出限制。
pub const LIMITEXCEEDED_CREATEUSERLIMITEXCEEDED: &str = "LimitExceeded.CreateUserLimitExceeded";

/// 请求创建用户同步超出限制。
pub const LIMITEXCEEDED_CREATEUSERSYNCPROVISIONINGLIMITEXCEEDED: &str =
    "LimitExceeded.CreateUserSyncProvisioningLimitExceeded";

/// 配置邮箱超过当日上限。
pub const LIMITEXCEEDED_EMAILBINDOVERLIMIT: &str = "LimitExceeded.EmailBindOverLimit";

/// 组织身份超过最大限制。
pub const LIMITEXCEEDED_IDENTITYEXCEEDLIMIT: &str = "LimitExceeded.IdentityExceedLimit";

/// 邀请超过上限。
pub const LIMITEXCEEDED_INVITATIONOVERLIMIT: &str = "LimitExceeded.InvitationOverLimit";

/// 企业组织成员数量超过上限。
pub const LIMITEXCEEDED_MEMBERS: &str = "LimitExceeded.Members";

/// 企业组织单元层级太多。
pub const LIMITEXCEEDED_NODEDEPTHEXCEEDLIMIT: &str = "LimitExceeded.NodeDepthExceedLimit";

/// 组织单元数量超过上限。
pub const LIMITEXCEEDED_NODEEXCEEDLIMIT: &str = "LimitExceeded.NodeExceedLimit";

/// 成员超过上限。
pub const LIMITEXCEEDED_ORGANIZATIONMEMBEROVERLIMIT: &str =
    "LimitExceeded.OrganizationMemberOverLimit";

/// 手机超过绑定上限。
pub const LIMITEXCEEDED_PHONENUMBOUND: &str = "LimitExceeded.PhoneNumBound";

/// 请求用户组移除用户超出限制。
pub const LIMITEXCEEDED_REMOVEUSERFROMGROUPLIMITEXCEEDED: &str =
    "LimitExceeded.RemoveUserFromGroupLimitExceeded";

/// SCIM密钥数量超过限制
pub const LIMITEXCEEDED_SCIMCREDENTIALLIMITEXCEEDED: &str =
    "LimitExceeded.ScimCredentialLimitExceeded";

/// 重新发送激活邮件次数超过限制。
pub const LIMITEXCEEDED_SENDEMAILLIMIT: &str = "LimitExceeded.SendEmailLimit";

/// 一小时内重新发送激活邮件次数超过限制。
pub const LIMITEXCEEDED_SENDEMAILWITHINONEHOURLIMIT: &str =
    "LimitExceeded.SendEmailWithinOneHourLimit";

/// 当次操作的共享成员超过上限。
pub const LIMITEXCEEDED_SHAREUNITMEMBEROVERLIMIT: &str = "LimitExceeded.ShareUnitMemberOverLimit";

/// 共享单元部门超过上限。
pub const LIMITEXCEEDED_SHAREUNITNODEOVERLIMIT: &str = "LimitExceeded.ShareUnitNodeOverLimit";

/// 当次操作的共享资源超过上限。
pub const LIMITEXCEEDED_SHAREUNITRESOURCEOVERLIMIT: &str =
    "LimitExceeded.ShareUnitResourceOverLimit";

/// 标签策略数量超出限制。
pub const LIMITEXCEEDED_TAGPOLICY: &str = "LimitExceeded.TagPolicy";

/// 修改成员绑定信息超过限制。
pub const LIMITEXCEEDED_UPDATEEMAILBINDOVERLIMIT: &str = "LimitExceeded.UpdateEmailBindOverLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 组织单元名字已被使用。
pub const RESOURCEINUSE_NODENAME: &str = "ResourceInUse.NodeName";

/// 名字已被使用。
pub const RESOURCEINUSE_NODENAMEUSED: &str = "ResourceInUse.NodeNameUsed";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 申请不存在。
pub const RESOURCENOTFOUND_APPLYNOTEXIST: &str = "ResourceNotFound.ApplyNotExist";

/// 成员权限变更记录不存在。
pub const RESOURCENOTFOUND_CHANGEPERMISSIONNOTEXIST: &str =
    "ResourceNotFound.ChangePermissionNotExist";

/// 有效策略不存在。
pub const RESOURCENOTFOUND_EFFECTIVEPOLICYNOTFOUND: &str =
    "ResourceNotFound.EffectivePolicyNotFound";

/// 邮箱绑定记录不存在。
pub const RESOURCENOTFOUND_EMAILBINDRECORDNOTEXIST: &str =
    "ResourceNotFound.EmailBindRecordNotExist";

/// 邀请信息不存在。
pub const RESOURCENOTFOUND_INVITATIONNOTEXIST: &str = "ResourceNotFound.InvitationNotExist";

/// 操作事件不存在。
pub const RESOURCENOTFOUND_MEMBEREVENTNOTEXIST: &str = "ResourceNotFound.MemberEventNotExist";

/// 成员可授权身份不存在。
pub const RESOURCENOTFOUND_MEMBERIDENTITYNOTEXIST: &str = "ResourceNotFound.MemberIdentityNotExist";

/// 成员不存在。
pub const RESOURCENOTFOUND_MEMBERNOTEXIST: &str = "ResourceNotFound.MemberNotExist";

/// 成员操作审批不存在。
pub const RESOURCENOTFOUND_MEMBEROPERATEPROCESSNOTEXIST: &str =
    "ResourceNotFound.MemberOperateProcessNotExist";

/// 组织成员策略不存在。
pub const RESOURCENOTFOUND_MEMBERPOLICYNOTEXIST: &str = "ResourceNotFound.MemberPolicyNotExist";

/// 企业组织单元不存在。
pub const RESOURCENOTFOUND_NODENOTEXIST: &str = "ResourceNotFound.NodeNotExist";

/// 资源不存在。
pub const RESOURCENOTFOUND_NOTFOUND: &str = "ResourceNotFound.NotFound";

/// 认证主体不存在。
pub const RESOURCENOTFOUND_ORGANIZATIONAUTHRELATIONNOTEXIST: &str =
    "ResourceNotFound.OrganizationAuthRelationNotExist";

/// 组织身份不存在。
pub const RESOURCENOTFOUND_ORGANIZATIONIDENTITYNOTEXIST: &str =
    "ResourceNotFound.OrganizationIdentityNotExist";

/// 组织成员不存在。
pub const RESOURCENOTFOUND_ORGANIZATIONMEMBERNOTEXIST: &str =
    "ResourceNotFound.OrganizationMemberNotExist";

/// 组织节点不在。
pub const RESOURCENOTFOUND_ORGANIZATIONNODENOTEXIST: &str =
    "ResourceNotFound.OrganizationNodeNotExist";

/// 企业组织不存在。
pub const RESOURCENOTFOUND_ORGANIZATIONNOTEXIST: &str = "ResourceNotFound.OrganizationNotExist";

/// 集团服务委派不存在。
pub const RESOURCENOTFOUND_ORGANIZATIONSERVICEASSIGNNOTEXIST: &str =
    "ResourceNotFound.OrganizationServiceAssignNotExist";

/// 集团服务不存在。
pub const RESOURCENOTFOUND_ORGANIZATIONSERVICENOTEXIST: &str =
    "ResourceNotFound.OrganizationServiceNotExist";

/// 权限申请单不存在
pub const RESOURCENOTFOUND_PERMISSIONAPPLYORDERNOTFOUND: &str =
    "ResourceNotFound.PermissionApplyOrderNotFound";

/// 权限申请范围不存在
pub const RESOURCENOTFOUND_PERMISSIONAPPLYSCOPENOTFOUND: &str =
    "ResourceNotFound.PermissionApplyScopeNotFound";

/// 策略不存在。
pub const RESOURCENOTFOUND_POLICYIDNOTFOUND: &str = "ResourceNotFound.PolicyIdNotFound";

/// 策略不存在。
pub const RESOURCENOTFOUND_POLICYNOTEXIST: &str = "ResourceNotFound.PolicyNotExist";

/// 可共享资源类型不存在。
pub const RESOURCENOTFOUND_RESOURCETYPENOTEXIST: &str = "ResourceNotFound.ResourceTypeNotExist";

/// 权限授权记录不存在。
pub const RESOURCENOTFOUND_ROLECONFIGURATIONAUTHORIZATIONNOTFOUND: &str =
    "ResourceNotFound.RoleConfigurationAuthorizationNotFound";

/// 权限配置同步不存在。
pub const RESOURCENOTFOUND_ROLECONFIGURATIONPROVISIONINGNOTFOUND: &str =
    "ResourceNotFound.RoleConfigurationProvisioningNotFound";

/// 权限配置任务不存在。
pub const RESOURCENOTFOUND_ROLECONFIGURATIONTASKNOTFOUND: &str =
    "ResourceNotFound.RoleConfigurationTaskNotFound";

/// saml 身份提供商配置不存在。
pub const RESOURCENOTFOUND_SAMLIDENTITYPROVIDERNOTFOUND: &str =
    "ResourceNotFound.SAMLIdentityProviderNotFound";

/// 服务提供商信息不存在。
pub const RESOURCENOTFOUND_SAMLSERVICEPROVIDERNOTFOUND: &str =
    "ResourceNotFound.SAMLServiceProviderNotFound";

/// 组织服务角色不存在。
pub const RESOURCENOTFOUND_SERVICEROLENOTEXIST: &str = "ResourceNotFound.ServiceRoleNotExist";

/// 共享资源成员信息不存在。
pub const RESOURCENOTFOUND_SHARERESOURCEMEMBERNOTEXIST: &str =
    "ResourceNotFound.ShareResourceMemberNotExist";

/// 用户不存在。
pub const RESOURCENOTFOUND_USERNOTEXIST: &str = "ResourceNotFound.UserNotExist";

/// 用户同步不存在。
pub const RESOURCENOTFOUND_USERPROVISIONINGNOTFOUND: &str =
    "ResourceNotFound.UserProvisioningNotFound";

/// 用户同步任务不存在。
pub const RESOURCENOTFOUND_USERPROVISIONINGTASKNOTFOUND: &str =
    "ResourceNotFound.UserProvisioningTaskNotFound";

/// 该x509证书不存在。
pub const RESOURCENOTFOUND_X509CERTIFICATENOTFOUND: &str =
    "ResourceNotFound.X509CertificateNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 代付者财务状态异常，不支持代付费。
pub const UNSUPPORTEDOPERATION_ABNORMALFINANCIALSTATUSOFADMIN: &str =
    "UnsupportedOperation.AbnormalFinancialStatusOfAdmin";

/// 成员财务状态异常，不支持代付费。
pub const UNSUPPORTEDOPERATION_ABNORMALFINANCIALSTATUSOFMEMBER: &str =
    "UnsupportedOperation.AbnormalFinancialStatusOfMember";

/// 不允许添加代付关系。
pub const UNSUPPORTEDOPERATION_ADDDELEGATEPAYERNOTALLOW: &str =
    "UnsupportedOperation.AddDelegatePayerNotAllow";

/// 不允许添加优惠继承关系。
pub const UNSUPPORTEDOPERATION_ADDDISCOUNTINHERITNOTALLOW: &str =
    "UnsupportedOperation.AddDiscountInheritNotAllow";

/// 管理员账号下存在未解除部署的权限配置
pub const UNSUPPORTEDOPERATION_ADMINACCOUNTEXISTCICROLECONFIG: &str =
    "UnsupportedOperation.AdminAccountExistCICRoleConfig";

/// 管理员账号下存在未删除的用户同步
pub const UNSUPPORTEDOPERATION_ADMINACCOUNTEXISTCICUSERCONFIG: &str =
    "UnsupportedOperation.AdminAccountExistCICUserConfig";

/// 管理员和成员的经销商不一致。
pub const UNSUPPORTEDOPERATION_AGENTNOTSAME: &str = "UnsupportedOperation.AgentNotSame";

/// 创建的成员不允许创建组织。
pub const UNSUPPORTEDOPERATION_CREATEMEMBERNOTALLOWCREATEORGANIZATION: &str =
    "UnsupportedOperation.CreateMemberNotAllowCreateOrganization";

/// 创建的成员不允许移除组织。
pub const UNSUPPORTEDOPERATION_CREATEMEMBERNOTALLOWDELETE: &str =
    "UnsupportedOperation.CreateMemberNotAllowDelete";

/// 创建的成员不允许退出。
pub const UNSUPPORTEDOPERATION_CREATEMEMBERNOTALLOWQUIT: &str =
    "UnsupportedOperation.CreateMemberNotAllowQuit";

/// 成员删除许可未开启。
pub const UNSUPPORTEDOPERATION_DELETEACCOUNTDISABLED: &str =
    "UnsupportedOperation.DeleteAccountDisabled";

/// 不允许删除代付关系。
pub const UNSUPPORTEDOPERATION_DELETEDELEGATEPAYERNOTALLOW: &str =
    "UnsupportedOperation.DeleteDelegatePayerNotAllow";

/// 成员或者代付者存在经销商。
pub const UNSUPPORTEDOPERATION_EXISTEDAGENT: &str = "UnsupportedOperation.ExistedAgent";

/// 成员或者代付者存在经销商子客。
pub const UNSUPPORTEDOPERATION_EXISTEDCLIENT: &str = "UnsupportedOperation.ExistedClient";

/// 用户类型不一致。
pub const UNSUPPORTEDOPERATION_INCONSISTENTUSERTYPES: &str =
    "UnsupportedOperation.InconsistentUserTypes";

/// 邀请的成员不允许删除。
pub const UNSUPPORTEDOPERATION_INVITEACCOUNTNOTALLOWDELETE: &str =
    "UnsupportedOperation.InviteAccountNotAllowDelete";

/// 调用经管系统报错。
pub const UNSUPPORTEDOPERATION_MANAGEMENTSYSTEMERROR: &str =
    "UnsupportedOperation.ManagementSystemError";

/// 成员账户欠费。
pub const UNSUPPORTEDOPERATION_MEMBERACCOUNTARREARS: &str =
    "UnsupportedOperation.MemberAccountArrears";

/// 成员存在身份中心权限部署信息。
pub const UNSUPPORTEDOPERATION_MEMBERACCOUNTEXISTCICROLECONFIG: &str =
    "UnsupportedOperation.MemberAccountExistCICRoleConfig";

/// 成员存在身份中心CAM用户同步信息。
pub const UNSUPPORTEDOPERATION_MEMBERACCOUNTEXISTCICUSERCONFIG: &str =
    "UnsupportedOperation.MemberAccountExistCICUserConfig";

/// 成员账号存在资源，不允许删除。
pub const UNSUPPORTEDOPERATION_MEMBERACCOUNTEXISTRESOURCE: &str =
    "UnsupportedOperation.MemberAccountExistResource";

/// 成员存在优惠继承。
pub const UNSUPPORTEDOPERATION_MEMBERDISCOUNTINHERITEXISTED: &str =
    "UnsupportedOperation.MemberDiscountInheritExisted";

/// 成员存在账户级优惠。
pub const UNSUPPORTEDOPERATION_MEMBEREXISTACCOUNTLEVELDISCOUNTINHERIT: &str =
    "UnsupportedOperation.MemberExistAccountLevelDiscountInherit";

/// 成员设置了操作审批,不允许删除。
pub const UNSUPPORTEDOPERATION_MEMBEREXISTOPERATEPROCESSNOTALLOWDELETE: &str =
    "UnsupportedOperation.MemberExistOperateProcessNotAllowDelete";

/// 成员是集团服务委派管理员，不允许退出组织。
pub const UNSUPPORTEDOPERATION_MEMBEREXISTSERVICENOTALLOWDELETE: &str =
    "UnsupportedOperation.MemberExistServiceNotAllowDelete";

/// 成员存在代金劵，不支持代付费。
pub const UNSUPPORTEDOPERATION_MEMBERHASVOUCHER: &str = "UnsupportedOperation.MemberHasVoucher";

/// 账号是代理商或代客。
pub const UNSUPPORTEDOPERATION_MEMBERISAGENT: &str = "UnsupportedOperation.MemberIsAgent";

/// 成员不是经销子客。
pub const UNSUPPORTEDOPERATION_MEMBERISNOTCLIENT: &str = "UnsupportedOperation.MemberIsNotClient";

/// 成员没有绑卡。
pub const UNSUPPORTEDOPERATION_MEMBERNOPAYMENT: &str = "UnsupportedOperation.MemberNoPayment";

/// 成员不支持主动退出。
pub const UNSUPPORTEDOPERATION_MEMBERNOTALLOWQUIT: &str = "UnsupportedOperation.MemberNotAllowQuit";

/// 成员不支持操作。
pub const UNSUPPORTEDOPERATION_MEMBERUNSUPPORTEDOPERATION: &str =
    "UnsupportedOperation.MemberUnsupportedOperation";

/// 操作被禁止。
pub const UNSUPPORTEDOPERATION_OPERATIONFORBIDDEN: &str = "UnsupportedOperation.OperationForbidden";

/// 存在在途订单。
pub const UNSUPPORTEDOPERATION_ORDERINPROGRESSEXISTED: &str =
    "UnsupportedOperation.OrderInProgressExisted";

/// 管理员存在优惠继承。
pub const UNSUPPORTEDOPERATION_OWNERDISCOUNTINHERITEXISTED: &str =
    "UnsupportedOperation.OwnerDiscountInheritExisted";

/// 代付者欠费且未开通信用账户。
pub const UNSUPPORTEDOPERATION_PAYERARREARSANDNOCREDITACCOUNT: &str =
    "UnsupportedOperation.PayerArrearsAndNoCreditAccount";

/// 代付者存在账户级优惠。
pub const UNSUPPORTEDOPERATION_PAYEREXISTACCOUNTLEVELDISCOUNTINHERIT: &str =
    "UnsupportedOperation.PayerExistAccountLevelDiscountInherit";

/// 存在二级经销商子客，不支持代付费。
pub const UNSUPPORTEDOPERATION_SECONDARYDISTRIBUTORSUBCLIENTEXISTED: &str =
    "UnsupportedOperation.SecondaryDistributorSubClientExisted";

/// 不支持共享给其他组织成员。
pub const UNSUPPORTEDOPERATION_SHARINGTOOTHERORGANIZATIONMEMBER: &str =
    "UnsupportedOperation.SharingToOtherOrganizationMember";

/// 具备代金券的经销子客不允许创建集团组织
pub const UNSUPPORTEDOPERATION_SUBCLIENTHASVOUCHERNOTALLOWCREATEORGANIZATION: &str =
    "UnsupportedOperation.SubClientHasVoucherNotAllowCreateOrganization";
