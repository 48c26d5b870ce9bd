//! Error codes of `essbasic`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_essbasic::errors::AUTHFAILURE) => { /* … */ }
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

/// 帐号已存在并实名。
pub const FAILEDOPERATION_ACCOUNTALREADYEXISTS: &str = "FailedOperation.AccountAlreadyExists";

/// 实名认证错误。
pub const FAILEDOPERATION_ACCOUNTVERIFYFAIL: &str = "FailedOperation.AccountVerifyFail";

/// 签署人未达到合法年龄。
pub const FAILEDOPERATION_AGENOTACHIEVENORMALLEGAL: &str =
    "FailedOperation.AgeNotAchieveNormalLegal";

/// 鉴权失败。
pub const FAILEDOPERATION_AUTHFAIL: &str = "FailedOperation.AuthFail";

/// 加锁失败。
pub const FAILEDOPERATION_DLOCKFAILED: &str = "FailedOperation.DLockFailed";

/// 已绑定其它手机号码或手机号码已被其它终端(微信)绑定。
pub const FAILEDOPERATION_ERRBINDINGREPEATED: &str = "FailedOperation.ErrBindingRepeated";

/// 当选择“企业实名认证（信任第三方认证源）”时，请先使用“同步企业信息”接口，同步企业名称、统一社会信用代码、法人姓名。
pub const FAILEDOPERATION_ERRNOTSYNCPROXYORGANIZATION: &str =
    "FailedOperation.ErrNotSyncProxyOrganization";

/// 存在同名印章。
pub const FAILEDOPERATION_EXISTSAMESEALNAME: &str = "FailedOperation.ExistSameSealName";

/// 合同数目超出。
pub const FAILEDOPERATION_FLOWNUMEXCEED: &str = "FailedOperation.FlowNumExceed";

/// 生成企业印章失败。
pub const FAILEDOPERATION_GENERATEORGSEAL: &str = "FailedOperation.GenerateOrgSeal";

/// 生成个人印章失败。
pub const FAILEDOPERATION_GENERATEUSERSEAL: &str = "FailedOperation.GenerateUserSeal";

/// 已授权。
pub const FAILEDOPERATION_HASAUTHORIZED: &str = "FailedOperation.HasAuthorized";

/// “授权签”许可额度不足
pub const FAILEDOPERATION_LICENSENOQUOTA: &str = "FailedOperation.LicenseNoQuota";

/// 无角色。
pub const FAILEDOPERATION_NOROLE: &str = "FailedOperation.NoRole";

/// 无角色授权，请确认数据是否存在
pub const FAILEDOPERATION_NOROLEAUTH: &str = "FailedOperation.NoRoleAuth";

/// 当前合同状态无法进行签署审批。
pub const FAILEDOPERATION_NOTAVAILABLESIGNREVIEW: &str = "FailedOperation.NotAvailableSignReview";

/// 注册的OpenId已存在。
pub const FAILEDOPERATION_OPENIDALREADYEXISTS: &str = "FailedOperation.OpenIdAlreadyExists";

/// 企业经营状态与工商局信息不符
pub const FAILEDOPERATION_ORGANIZATIONEXPERIENCECHANGE: &str =
    "FailedOperation.OrganizationExperienceChange";

/// 企业名称与工商局信息不符
pub const FAILEDOPERATION_ORGANIZATIONNAMECHANGED: &str = "FailedOperation.OrganizationNameChanged";

/// 企业名称与工商局信息不符,需要超管/法人修改
pub const FAILEDOPERATION_ORGANIZATIONNAMENEEDCHANGE: &str =
    "FailedOperation.OrganizationNameNeedChange";

/// 企业信息未变更
pub const FAILEDOPERATION_ORGANIZATIONNOTCHANGE: &str = "FailedOperation.OrganizationNotChange";

/// 注册的企业证件号码已存在。
pub const FAILEDOPERATION_ORGIDCARDNUMBERALREADYEXISTS: &str =
    "FailedOperation.OrgIdCardNumberAlreadyExists";

/// 发起签署存在填写控件。
pub const FAILEDOPERATION_QRCODECREATORSIGNCOMPONENTS: &str =
    "FailedOperation.QrCodeCreatorSignComponents";

/// 模板签署人不存在。
pub const FAILEDOPERATION_QRCODESIGNUSERS: &str = "FailedOperation.QrCodeSignUsers";

/// 签署二维码模板信息有误，请检查参数后重试。
pub const FAILEDOPERATION_QRCODETEMPLATEID: &str = "FailedOperation.QrCodeTemplateId";

/// 请求的次数超过了频率限制。
pub const FAILEDOPERATION_REQUESTLIMITEXCEEDED: &str = "FailedOperation.RequestLimitExceeded";

/// 今日验证码发送量已超出限制，请联系工作人员处理。
pub const FAILEDOPERATION_REQUESTLIMITEXCEEDED1D: &str = "FailedOperation.RequestLimitExceeded1D";

/// 本小时验证码发送数量超出限制，请稍后重试。
pub const FAILEDOPERATION_REQUESTLIMITEXCEEDED1H: &str = "FailedOperation.RequestLimitExceeded1H";

/// 短信发送频率超出限制，请等待一分钟后重试。
pub const FAILEDOPERATION_REQUESTLIMITEXCEEDED30S: &str = "FailedOperation.RequestLimitExceeded30S";

/// 员工已实名。
pub const FAILEDOPERATION_STAFFALREADYVERIFY: &str = "FailedOperation.StaffAlreadyVerify";

/// 无法撤销，用户已开通授权签。
pub const FAILEDOPERATION_USERAUTOSIGNENABLEALREADY: &str =
    "FailedOperation.UserAutoSignEnableAlready";

/// 无法撤销，用户未生成开通链接。
pub const FAILEDOPERATION_USERAUTOSIGNENABLEURLNOTEXIST: &str =
    "FailedOperation.UserAutoSignEnableUrlNotExist";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 其他API错误。
pub const INTERNALERROR_API: &str = "InternalError.Api";

/// 缓存错误。
pub const INTERNALERROR_CACHE: &str = "InternalError.Cache";

/// 回调错误。
pub const INTERNALERROR_CALLBACK: &str = "InternalError.Callback";

/// 数据库错误。
pub const INTERNALERROR_DB: &str = "InternalError.Db";

/// 数据库连接出错。
pub const INTERNALERROR_DBCONNECTION: &str = "InternalError.DbConnection";

/// 数据库新增记录出错。
pub const INTERNALERROR_DBINSERT: &str = "InternalError.DbInsert";

/// 数据库读取失败。
pub const INTERNALERROR_DBREAD: &str = "InternalError.DbRead";

/// 数据库更新记录出错。
pub const INTERNALERROR_DBUPDATE: &str = "InternalError.DbUpdate";

/// 解密错误。
pub const INTERNALERROR_DECRYPTION: &str = "InternalError.Decryption";

/// 依赖的其他api出错。
pub const INTERNALERROR_DEPENDSAPI: &str = "InternalError.DependsApi";

/// 数据库异常。
pub const INTERNALERROR_DEPENDSDB: &str = "InternalError.DependsDb";

/// 加密错误。
pub const INTERNALERROR_ENCRYPTION: &str = "InternalError.Encryption";

/// 生成唯一ID错误。
pub const INTERNALERROR_GENERATEID: &str = "InternalError.GenerateId";

/// MQ错误。
pub const INTERNALERROR_MQ: &str = "InternalError.Mq";

/// Pdf错误。
pub const INTERNALERROR_PDF: &str = "InternalError.Pdf";

/// 上传印章失败。
pub const INTERNALERROR_SEALUPLOAD: &str = "InternalError.SealUpload";

/// 序列化错误。
pub const INTERNALERROR_SERIALIZE: &str = "InternalError.Serialize";

/// 存储错误。
pub const INTERNALERROR_STORAGE: &str = "InternalError.Storage";

/// 系统错误。
pub const INTERNALERROR_SYSTEM: &str = "InternalError.System";

/// 第三方错误。
pub const INTERNALERROR_THIRDPARTY: &str = "InternalError.ThirdParty";

/// 反序列化错误。
pub const INTERNALERROR_UNSERIALIZE: &str = "InternalError.UnSerialize";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 非法的套餐类型
pub const INVALIDPARAMETERVALUE_INVALIDQUOTATYPE: &str = "InvalidParameterValue.InvalidQuotaType";

/// 非法的时间参数
pub const INVALIDPARAMETERVALUE_INVALIDTIME: &str = "InvalidParameterValue.InvalidTime";

/// 应用号不存在。
pub const INVALIDPARAMETER_APPLICATION: &str = "InvalidParameter.Application";

/// 参数错误，不合法的签署人类型，请修改后重试。
pub const INVALIDPARAMETER_APPROVERTYPE: &str = "InvalidParameter.ApproverType";

/// ApproverVerifyType参数值非法
pub const INVALIDPARAMETER_APPROVERVERIFYTYPE: &str = "InvalidParameter.ApproverVerifyType";

/// 不合法的授权方式, 请重新指定授权方式后发起
pub const INVALIDPARAMETER_AUTHORIZATIONTYPE: &str = "InvalidParameter.AuthorizationType";

/// 重复添加签署人。
pub const INVALIDPARAMETER_BIZAPPROVERALREADYEXISTS: &str =
    "InvalidParameter.BizApproverAlreadyExists";

/// 营业执照格式不合法。
pub const INVALIDPARAMETER_BUSINESSLICENSE: &str = "InvalidParameter.BusinessLicense";

/// 撤销理由填写格式错误。
pub const INVALIDPARAMETER_CANCELREASON: &str = "InvalidParameter.CancelReason";

/// 证件号码错误。
pub const INVALIDPARAMETER_CARDNUMBER: &str = "InvalidParameter.CardNumber";

/// 证件类型错误。
pub const INVALIDPARAMETER_CARDTYPE: &str = "InvalidParameter.CardType";

/// 控件的位置错误
pub const INVALIDPARAMETER_COMPONENTPOSITION: &str = "InvalidParameter.ComponentPosition";

/// 控件类型错误
pub const INVALIDPARAMETER_COMPONENTTYPE: &str = "InvalidParameter.ComponentType";

/// 参数错误,控件内容无效。
pub const INVALIDPARAMETER_COMPONENTVALUE: &str = "InvalidParameter.ComponentValue";

/// 查询内容参数有误。
pub const INVALIDPARAMETER_CONTENTTYPE: &str = "InvalidParameter.ContentType";

/// 参数错误，UserData长度非法，请修改后重试。
pub const INVALIDPARAMETER_CUSTOMERDATA: &str = "InvalidParameter.CustomerData";

/// 参数错误，无效的自定义页卡模板，仅支持{合同名称}{发起方姓名}{发起方企业}{签署方N姓名}{签署方N企业}，请修改后重试。
pub const INVALIDPARAMETER_CUSTOMSHOWMAP: &str = "InvalidParameter.CustomShowMap";

/// 数据不存在。
pub const INVALIDPARAMETER_DATANOTFOUND: &str = "InvalidParameter.DataNotFound";

/// 参数错误，不合法的日期，请检查后重试。
pub const INVALIDPARAMETER_DATE: &str = "InvalidParameter.Date";

/// 员工ID不正确。
pub const INVALIDPARAMETER_DEPARTUSERID: &str = "InvalidParameter.DepartUserId";

/// 重复提交任务。
pub const INVALIDPARAMETER_DUPTASK: &str = "InvalidParameter.DupTask";

/// 参数为空。
pub const INVALIDPARAMETER_EMPTYPARAMS: &str = "InvalidParameter.EmptyParams";

/// 不合法的EndPoint，请检查修改后重试。
pub const INVALIDPARAMETER_ENDPOINT: &str = "InvalidParameter.EndPoint";

/// 流程id不存在。
pub const INVALIDPARAMETER_FFOWIDS: &str = "InvalidParameter.fFowIds";

/// 文件类型不合法。
pub const INVALIDPARAMETER_FILETYPE: &str = "InvalidParameter.FileType";

/// 参数错误，不合法的备选签署人数量，请检查后重试。
pub const INVALIDPARAMETER_FLOWAPPROVERINFOS: &str = "InvalidParameter.FlowApproverInfos";

/// 参数错误，参与者数量不能为空且不能超过数量限制，请修改后重试。
pub const INVALIDPARAMETER_FLOWAPPROVERS: &str = "InvalidParameter.FlowApprovers";

/// 参数错误，不合法的签署流程回调链接，请修改后重试。
pub const INVALIDPARAMETER_FLOWCALLBACKURL: &str = "InvalidParameter.FlowCallbackUrl";

/// 参数错误，不合法的签署流程截止日期，请修改后重试。
pub const INVALIDPARAMETER_FLOWDEADLINE: &str = "InvalidParameter.FlowDeadLine";

/// 参数错误，不合法的签署流程描述，请修改后重试。
pub const INVALIDPARAMETER_FLOWDESCRIPTION: &str = "InvalidParameter.FlowDescription";

/// 参数错误，目前仅支持单个文件发起，请修改后重试。
pub const INVALIDPARAMETER_FLOWFILEIDS: &str = "InvalidParameter.FlowFileIds";

/// 参数错误，合同id列表长度非法，请检查后重试。
pub const INVALIDPARAMETER_FLOWIDS: &str = "InvalidParameter.FlowIds";

/// 参数错误，FlowInfos非法，请修改后重试。
pub const INVALIDPARAMETER_FLOWINFOS: &str = "InvalidParameter.FlowInfos";

/// 参数错误，不合法的签署流程名称，请修改后重试。
pub const INVALIDPARAMETER_FLOWNAME: &str = "InvalidParameter.FlowName";

/// 参数错误，不合法的FlowType，请修改后重试。
pub const INVALIDPARAMETER_FLOWTYPE: &str = "InvalidParameter.FlowType";

/// 参数错误，不受支持的GenerateType，请检查后重试。
pub const INVALIDPARAMETER_GENERATETYPE: &str = "InvalidParameter.GenerateType";

/// 图片不正确。
pub const INVALIDPARAMETER_IMAGE: &str = "InvalidParameter.Image";

/// Id不存在或者符合规范。
pub const INVALIDPARAMETER_INVALIDID: &str = "InvalidParameter.InvalidId";

/// 无效的意愿确认票据。
pub const INVALIDPARAMETER_INVALIDVERIFYRESULT: &str = "InvalidParameter.InvalidVerifyResult";

/// 关键字格式错误或者不存在。
pub const INVALIDPARAMETER_KEYWORD: &str = "InvalidParameter.Keyword";

/// 参数Limit不正确
pub const INVALIDPARAMETER_LIMIT: &str = "InvalidParameter.Limit";

/// 印章名称长度超出。
pub const INVALIDPARAMETER_LIMITSEALNAME: &str = "InvalidParameter.LimitSealName";

/// 菜单栏状态非法。
pub const INVALIDPARAMETER_MENUSTATUS: &str = "InvalidParameter.MenuStatus";

/// 缺少必填参数的值。
pub const INVALIDPARAMETER_MISSINGREQUIREDPARAMETERVALUE: &str =
    "InvalidParameter.MissingRequiredParameterValue";

/// 手机号码不正确。
pub const INVALIDPARAMETER_MOBILE: &str = "InvalidParameter.Mobile";

/// 姓名不符合要求。
pub const INVALIDPARAMETER_NAME: &str = "InvalidParameter.Name";

/// 不支持的手机号。
pub const INVALIDPARAMETER_NONSUPPORTMOBILE: &str = "InvalidParameter.NonsupportMobile";

/// OpenId不合法。
pub const INVALIDPARAMETER_OPENID: &str = "InvalidParameter.OpenId";

/// 用户ID不正确
pub const INVALIDPARAMETER_OPERATORID: &str = "InvalidParameter.OperatorId";

/// OrganizationId不合法。
pub const INVALIDPARAMETER_ORGANIZATIONID: &str = "InvalidParameter.OrganizationId";

/// 企业名称不合法。
pub const INVALIDPARAMETER_ORGANIZATIONNAME: &str = "InvalidParameter.OrganizationName";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 资源类型错误。
pub const INVALIDPARAMETER_RESOURCETYPE: &str = "InvalidParameter.ResourceType";

/// 角色ID不正确
pub const INVALIDPARAMETER_ROLEID: &str = "InvalidParameter.RoleId";

/// 存在敏感词
pub const INVALIDPARAMETER_SENSITIVE: &str = "InvalidParameter.Sensitive";

/// 上传的文件包含敏感（不合规）的内容，请确认。
pub const INVALIDPARAMETER_SENSITIVEFILECONTENT: &str = "InvalidParameter.SensitiveFileContent";

/// 类型不支持。
pub const INVALIDPARAMETER_SIGNCOMPONENTS: &str = "InvalidParameter.SignComponents";

/// 参数错误，不合法的签署控件类型，请修改后重试。
pub const INVALIDPARAMETER_SIGNCOMPONENTTYPE: &str = "InvalidParameter.SignComponentType";

/// 状态异常。
pub const INVALIDPARAMETER_STATUS: &str = "InvalidParameter.Status";

/// 统一社会信用代码不符合要求
pub const INVALIDPARAMETER_UNIFORMSOCIALCREDITCODE: &str =
    "InvalidParameter.UniformSocialCreditCode";

/// 参数错误，不合法的签署顺序，请检查后重试。
pub const INVALIDPARAMETER_UNORDERED: &str = "InvalidParameter.Unordered";

/// 参数错误，不支持的控件类型，请检查后重试。
pub const INVALIDPARAMETER_UNSUPPORTEDCOMPONENTTYPE: &str =
    "InvalidParameter.UnsupportedComponentType";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 超出调用次数限制。
pub const LIMITEXCEEDED_CALLTIMES: &str = "LimitExceeded.CallTimes";

/// 超出流程创建数量限制。
pub const LIMITEXCEEDED_CREATEFLOWNUM: &str = "LimitExceeded.CreateFlowNum";

/// 文件大小限制。
pub const LIMITEXCEEDED_FILESIZE: &str = "LimitExceeded.FileSize";

/// 合同id数超出限制。
pub const LIMITEXCEEDED_FLOWIDS: &str = "LimitExceeded.FlowIds";

/// 超出流程数量限制。
pub const LIMITEXCEEDED_FLOWINFOS: &str = "LimitExceeded.FlowInfos";

/// 经办人数据超出。
pub const LIMITEXCEEDED_PROXYORGANIZATIONOPERATOR: &str = "LimitExceeded.ProxyOrganizationOperator";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 合作企业激活信息不存在。
pub const MISSINGPARAMETER_COMPANYACTIVEINFO: &str = "MissingParameter.CompanyActiveInfo";

/// 缺少时间参数，请检查后重试。
pub const MISSINGPARAMETER_DATE: &str = "MissingParameter.Date";

/// 缺少流程id，请检查后重试。
pub const MISSINGPARAMETER_FLOWID: &str = "MissingParameter.FlowId";

/// 缺少流程id，请检查后重试。
pub const MISSINGPARAMETER_FLOWIDS: &str = "MissingParameter.FlowIds";

/// 请传入需要查询的合同或合同组的ID。
pub const MISSINGPARAMETER_FLOWIDSORFLOWGROUPID: &str = "MissingParameter.FlowIdsOrFlowGroupId";

/// 未指定流程合同信息。
pub const MISSINGPARAMETER_FLOWINFO: &str = "MissingParameter.FlowInfo";

/// 缺少控件名称参数，请检查后重试。
pub const MISSINGPARAMETER_MISSCOMPONENTNAME: &str = "MissingParameter.MissComponentName";

/// 企业信息为空。
pub const MISSINGPARAMETER_ORGANIZATIONID: &str = "MissingParameter.OrganizationId";

/// 企业OpenId不存在。
pub const MISSINGPARAMETER_ORGOPENID: &str = "MissingParameter.OrgOpenId";

/// ProxyOperatorOpenId不存在。
pub const MISSINGPARAMETER_PROXYOPERATOROPENID: &str = "MissingParameter.ProxyOperatorOpenId";

/// reportApplicant 不存在
pub const MISSINGPARAMETER_REPORTAPPLICANT: &str = "MissingParameter.ReportApplicant";

/// 资源名称错误。
pub const MISSINGPARAMETER_RESOURCENAME: &str = "MissingParameter.ResourceName";

/// 印章ID为空。
pub const MISSINGPARAMETER_SEALID: &str = "MissingParameter.SealId";

/// 印章图片为空。
pub const MISSINGPARAMETER_SEALIMAGE: &str = "MissingParameter.SealImage";

/// 印章名称为空。
pub const MISSINGPARAMETER_SEALNAME: &str = "MissingParameter.SealName";

/// 签署人缺少签署控件。
pub const MISSINGPARAMETER_SIGNCOMPONENTS: &str = "MissingParameter.SignComponents";

/// 缺少模板参数。
pub const MISSINGPARAMETER_TEMPLATES: &str = "MissingParameter.Templates";

/// 缺少用户ID参数
pub const MISSINGPARAMETER_USERID: &str = "MissingParameter.UserId";

/// OpenId不存在。
pub const MISSINGPARAMETER_USEROPENID: &str = "MissingParameter.UserOpenId";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 相关资源已经存证, 无法在创建新的相关资源
pub const OPERATIONDENIED_ALREADYHAS: &str = "OperationDenied.AlreadyHas";

/// 参与人信息有重复
pub const OPERATIONDENIED_APPROVERREPEAT: &str = "OperationDenied.ApproverRepeat";

/// 不支持的可见性标识。
pub const OPERATIONDENIED_AUTHTAG: &str = "OperationDenied.AuthTag";

/// 应用号已被禁止。
pub const OPERATIONDENIED_BANNEDAPPLICATION: &str = "OperationDenied.BannedApplication";

/// 文件发起授权签未开通白名单。
pub const OPERATIONDENIED_BYFILESSERVERSIGNFORBID: &str = "OperationDenied.ByFilesServerSignForbid";

/// 抄送方存在相同抄送人，请检查修改后重试。
pub const OPERATIONDENIED_CCUSERREPEAT: &str = "OperationDenied.CcUserRepeat";

/// 只支持下载单个。
pub const OPERATIONDENIED_DOWNLOADMORETHANONE: &str = "OperationDenied.DownLoadMoreThanOne";

/// 无资源访问权限。
pub const OPERATIONDENIED_ERRNORESOURCEACCESS: &str = "OperationDenied.ErrNoResourceAccess";

/// 第三方应用平台未开通“平台子客企业实名认证（信任第三方认证源）”能力
pub const OPERATIONDENIED_ERRNOTOPENWEAKAUTHORIZATION: &str =
    "OperationDenied.ErrNotOpenWeakAuthorization";

/// 文件已删除。
pub const OPERATIONDENIED_FILEDELETED: &str = "OperationDenied.FileDeleted";

/// 流程已终止。
pub const OPERATIONDENIED_FLOWHASTERMINATED: &str = "OperationDenied.FlowHasTerminated";

/// 签署流程状态不正确，请检查后重试。
pub const OPERATIONDENIED_FLOWSTATUSFORBID: &str = "OperationDenied.FlowStatusForbid";

/// 禁止操作。
pub const OPERATIONDENIED_FORBID: &str = "OperationDenied.Forbid";

/// 签署人未达到合法年龄。
pub const OPERATIONDENIED_INVALIDAPPROVERAGE: &str = "OperationDenied.InvalidApproverAge";

/// 没有API权限。
pub const OPERATIONDENIED_NOAPIAUTH: &str = "OperationDenied.NoApiAuth";

/// 企业暂未开通手机号验证身份的服务，请在企业中心开通再使用
pub const OPERATIONDENIED_NOAPPROVERMOBILECHECKPERMISSION: &str =
    "OperationDenied.NoApproverMobileCheckPermission";

/// 未通过补充实名。
pub const OPERATIONDENIED_NOEXTRAVERIFY: &str = "OperationDenied.NoExtraVerify";

/// 无权操作合同。
pub const OPERATIONDENIED_NOFLOWPERMISSION: &str = "OperationDenied.NoFlowPermission";

/// 未通过个人实名。
pub const OPERATIONDENIED_NOIDENTITYVERIFY: &str = "OperationDenied.NoIdentityVerify";

/// 未在腾讯云实名打款。
pub const OPERATIONDENIED_NOPAYMENTVERIFY: &str = "OperationDenied.NoPaymentVerify";

/// 无权限进行操作
pub const OPERATIONDENIED_NOPERMISSIONUSERESOURCE: &str = "OperationDenied.NoPermissionUseResource";

/// 本企业授权签印章无权限使用
pub const OPERATIONDENIED_NOPERMISSIONUSESERVERSIGNSEAL: &str =
    "OperationDenied.NoPermissionUseServerSignSeal";

/// 流程配额不足。
pub const OPERATIONDENIED_NOQUOTA: &str = "OperationDenied.NoQuota";

/// 没有登录态需要登录。
pub const OPERATIONDENIED_NOSESSION: &str = "OperationDenied.NoSession";

/// 不属于企业超管或者法人。
pub const OPERATIONDENIED_NOTBELONGSUPERADMINORLEGALPERSON: &str =
    "OperationDenied.NotBelongSuperAdminOrLegalPerson";

/// 不在此业务白名单中
pub const OPERATIONDENIED_NOTINAUTOSIGNWHITELIST: &str = "OperationDenied.NotInAutoSignWhiteList";

/// 非企业主账号。
pub const OPERATIONDENIED_NOTOWNERUIN: &str = "OperationDenied.NotOwnerUin";

/// 不支持的企业类型
pub const OPERATIONDENIED_NOTSUPPORTORGTYPE: &str = "OperationDenied.NotSupportOrgType";

/// 未在腾讯云实名。
pub const OPERATIONDENIED_NOVERIFY: &str = "OperationDenied.NoVerify";

/// 操作类型不支持。
pub const OPERATIONDENIED_OPERATETYPE: &str = "OperationDenied.OperateType";

/// 操作者权限不足。
pub const OPERATIONDENIED_OPERATORHASNOPERMISSION: &str = "OperationDenied.OperatorHasNoPermission";

/// 企业已经注销中
pub const OPERATIONDENIED_ORGANIZATIONCLOSING: &str = "OperationDenied.OrganizationClosing";

/// 超出查询上限。
pub const OPERATIONDENIED_OUTQUERYLIMIT: &str = "OperationDenied.OutQueryLimit";

/// 当前企业员工没有开通境外签署能力。
pub const OPERATIONDENIED_OVERSEAABILITYNOTOPEN: &str = "OperationDenied.OverseaAbilityNotOpen";

/// 该用户名下没有可用签名
pub const OPERATIONDENIED_PERSONHASNOSIGNATURE: &str = "OperationDenied.PersonHasNoSignature";

/// 该用户已关闭或者未开启授权签服务
pub const OPERATIONDENIED_PERSONNOOPENSERVERSIGN: &str = "OperationDenied.PersonNoOpenServerSign";

/// 出证计费额度不足。
pub const OPERATIONDENIED_PROVENOQUOTA: &str = "OperationDenied.ProveNoQuota";

/// 必填控件未填
pub const OPERATIONDENIED_REQUIREDCOMPONENTNOTFILL: &str =
    "OperationDenied.RequiredComponentNotFill";

/// 存在敏感词
pub const OPERATIONDENIED_SENSITIVE: &str = "OperationDenied.Sensitive";

/// 用户与企业不对应。
pub const OPERATIONDENIED_USERNOTINORGANIZATION: &str = "OperationDenied.UserNotInOrganization";

/// 接口功能暂未开放，请联系客户经理申请白名单使用
pub const OPERATIONDENIED_WHITELISTFORBID: &str = "OperationDenied.WhiteListForbid";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 应用号不存在。
pub const RESOURCENOTFOUND_APPLICATION: &str = "ResourceNotFound.Application";

/// 应用授权记录未找到。
pub const RESOURCENOTFOUND_APPLICATIONAUTH: &str = "ResourceNotFound.ApplicationAuth";

/// ApplicationId不存在。
pub const RESOURCENOTFOUND_APPLICATIONID: &str = "ResourceNotFound.ApplicationId";

/// 文件不存在。
pub const RESOURCENOTFOUND_FILE: &str = "ResourceNotFound.File";

/// 未找到对应流程。
pub const RESOURCENOTFOUND_FLOW: &str = "ResourceNotFound.Flow";

/// 签署流程的签署人不存在，请检查后重试。
pub const RESOURCENOTFOUND_FLOWAPPROVER: &str = "ResourceNotFound.FlowApprover";

/// 签署人信息不存在，请检查后重试。
pub const RESOURCENOTFOUND_FLOWAPPROVERS: &str = "ResourceNotFound.FlowApprovers";

/// 合同组不存在。
pub const RESOURCENOTFOUND_FLOWGROUP: &str = "ResourceNotFound.FlowGroup";

/// 应用号不存在
pub const RESOURCENOTFOUND_NOTEXISTAPPLICATION: &str = "ResourceNotFound.NotExistApplication";

/// 机构不存在。
pub const RESOURCENOTFOUND_ORGANIZATION: &str = "ResourceNotFound.Organization";

/// 资源不存在。
pub const RESOURCENOTFOUND_RESOURCE: &str = "ResourceNotFound.Resource";

/// 合同组不存在
pub const RESOURCENOTFOUND_SAVEFLOWGROUP: &str = "ResourceNotFound.SaveFlowGroup";

/// 印章不存在，请检查后重试。
pub const RESOURCENOTFOUND_SEAL: &str = "ResourceNotFound.Seal";

/// 合作企业不存在。
pub const RESOURCENOTFOUND_TEAMWORKORGANIZATION: &str = "ResourceNotFound.TeamWorkOrganization";

/// 模板不存在。
pub const RESOURCENOTFOUND_TEMPLATE: &str = "ResourceNotFound.Template";

/// Url不存在。
pub const RESOURCENOTFOUND_URL: &str = "ResourceNotFound.URL";

/// 用户信息不存在。
pub const RESOURCENOTFOUND_USER: &str = "ResourceNotFound.User";

/// 实名用户信息不存在。
pub const RESOURCENOTFOUND_VERIFYUSER: &str = "ResourceNotFound.VerifyUser";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 请升级到对应版本后即可使用该接口。
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONFEATURE: &str =
    "UnauthorizedOperation.NoPermissionFeature";

/// 未授权下载权限。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATIONDOWNLOAD: &str =
    "UnauthorizedOperation.UnauthorizedOperationDownload";

/// 企业没有被授权。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATIONORGANIZATION: &str =
    "UnauthorizedOperation.UnauthorizedOperationOrganization";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
