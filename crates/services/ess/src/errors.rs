//! Error codes of `ess`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ess::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 年龄限制无法使用电子签服务，请联系客服咨询处理。
pub const FAILEDOPERATION_AGENOTACHIEVENORMALLEGAL: &str =
    "FailedOperation.AgeNotAchieveNormalLegal";

/// 授权认证已经被删除了
pub const FAILEDOPERATION_AUTHORIZATIONINFOHASBEENDELETED: &str =
    "FailedOperation.AuthorizationInfoHasBeenDeleted";

/// 套餐余额不足。
pub const FAILEDOPERATION_BALANCENOTENOUGH: &str = "FailedOperation.BalanceNotEnough";

/// 发起人未在企微实名
pub const FAILEDOPERATION_FAILEDCONVERTOQIWEIUSERID: &str =
    "FailedOperation.FailedConverToQiWeiUserId";

/// 企业未开启审批功能，客户自己设置关闭了
pub const FAILEDOPERATION_FAILEDOPENWKAPPREVIEW: &str = "FailedOperation.FailedOpenWkAppReview";

/// 未更新模板
pub const FAILEDOPERATION_FAILEDUPDATETEMPLATEOPERATION: &str =
    "FailedOperation.FailedUpdateTemplateOperation";

/// 签署流程已有关联文档，请检查参数修改后重试。
pub const FAILEDOPERATION_FLOWHASDOCUMENT: &str = "FailedOperation.FlowHasDocument";

/// 流程未找到关联的电子文件信息，请检查操作步骤，检查参数，并在修改后重试。
pub const FAILEDOPERATION_FLOWHASNODOCUMENT: &str = "FailedOperation.FlowHasNoDocument";

/// 身份信息校验不通过，请确认后重试。
pub const FAILEDOPERATION_IDCARDNUMBERCHECKFAILED: &str = "FailedOperation.IdCardNumberCheckFailed";

/// 当前无可用的许可
pub const FAILEDOPERATION_LICENSENOQUOTA: &str = "FailedOperation.LicenseNoQuota";

/// 签署审核未通过，请先完成审核。
pub const FAILEDOPERATION_NOSIGNREVIEWPASS: &str = "FailedOperation.NoSignReviewPass";

/// 此合同流程不支持审批
pub const FAILEDOPERATION_NOTAVAILABLESIGNREVIEW: &str = "FailedOperation.NotAvailableSignReview";

/// 未找到集团子企业相关用户信息，请检查用户相关参数
pub const FAILEDOPERATION_NOTFOUNDSHADOWUSER: &str = "FailedOperation.NotFoundShadowUser";

/// 企业经营状态与工商局信息不符。
pub const FAILEDOPERATION_ORGANIZATIONEXPERIENCECHANGE: &str =
    "FailedOperation.OrganizationExperienceChange";

/// 企业名称与工商局信息不符。
pub const FAILEDOPERATION_ORGANIZATIONNAMECHANGED: &str = "FailedOperation.OrganizationNameChanged";

/// 企业名称与工商局信息不符,需要超管修改。
pub const FAILEDOPERATION_ORGANIZATIONNAMENEEDCHANGE: &str =
    "FailedOperation.OrganizationNameNeedChange";

/// 路径类型错误
pub const FAILEDOPERATION_PATHTYPEERROR: &str = "FailedOperation.PathTypeError";

/// 创建签署流程预览链接失败，请稍后重试。
pub const FAILEDOPERATION_PREVIEWURLFAIL: &str = "FailedOperation.PreViewUrlFail";

/// 签署二维码模板发起方签署人存在签署控件，请检查模板后重试。
pub const FAILEDOPERATION_QRCODECREATORSIGNCOMPONENTS: &str =
    "FailedOperation.QrCodeCreatorSignComponents";

/// 签署二维码模板签署人不存在，请检查模板后重试。
pub const FAILEDOPERATION_QRCODESIGNUSERS: &str = "FailedOperation.QrCodeSignUsers";

/// 一码多人二维码模板有误。
pub const FAILEDOPERATION_QRCODETEMPLATEID: &str = "FailedOperation.QrCodeTemplateId";

/// 请求的次数超过了频率限制，请联系客服处理。
pub const FAILEDOPERATION_REQUESTLIMITEXCEEDED: &str = "FailedOperation.RequestLimitExceeded";

/// 模板无资源信息。
pub const FAILEDOPERATION_TEMPLATEHASNORESOURCE: &str = "FailedOperation.TemplateHasNoResource";

/// 无法撤销，用户已开通“授权签”。
pub const FAILEDOPERATION_USERAUTOSIGNENABLEALREADY: &str =
    "FailedOperation.UserAutoSignEnableAlready";

/// 无法撤销，用户未生成开通链接。
pub const FAILEDOPERATION_USERAUTOSIGNENABLEURLNOTEXIST: &str =
    "FailedOperation.UserAutoSignEnableUrlNotExist";

/// 用户信息不匹配，请检查后重试。
pub const FAILEDOPERATION_USERINFONOMATCH: &str = "FailedOperation.UserInfoNoMatch";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 第三方接口失败。
pub const INTERNALERROR_API: &str = "InternalError.Api";

/// 缓存错误。
pub const INTERNALERROR_CACHE: &str = "InternalError.Cache";

/// 回调错误。
pub const INTERNALERROR_CALLBACK: &str = "InternalError.Callback";

/// 调用OpenCloud云api内部错误。
pub const INTERNALERROR_CALLOPENCLOUDAPIERROR: &str = "InternalError.CallOpenCloudApiError";

/// 文件上传到文件存储失败
pub const INTERNALERROR_COS: &str = "InternalError.Cos";

/// 数据库异常。
pub const INTERNALERROR_DB: &str = "InternalError.Db";

/// 数据库连接出错。
pub const INTERNALERROR_DBCONNECTION: &str = "InternalError.DbConnection";

/// 数据已经被删除
pub const INTERNALERROR_DBDATADELETED: &str = "InternalError.DbDataDeleted";

/// 数据库新增记录出错。
pub const INTERNALERROR_DBINSERT: &str = "InternalError.DbInsert";

/// 没有找到传递的数据，请检查核对参数，再重新调用
pub const INTERNALERROR_DBNOROWFOUND: &str = "InternalError.DbNoRowFound";

/// 内部错误,数据库查询失败,请稍后重试。
pub const INTERNALERROR_DBREAD: &str = "InternalError.DbRead";

/// 解密失败。
pub const INTERNALERROR_DECRYPTION: &str = "InternalError.Decryption";

/// 依赖的第三方API返回错误。
pub const INTERNALERROR_DEPENDSAPI: &str = "InternalError.DependsApi";

/// 数据库执行错误。
pub const INTERNALERROR_DEPENDSDB: &str = "InternalError.DependsDb";

/// 加密失败。
pub const INTERNALERROR_ENCRYPTION: &str = "InternalError.Encryption";

/// Json序列化失败。
pub const INTERNALERROR_JSONMARSHAL: &str = "InternalError.JsonMarshal";

/// 数据json反编译失败
pub const INTERNALERROR_JSONUNMARSHAL: &str = "InternalError.JsonUnmarshal";

/// 消息队列失败
pub const INTERNALERROR_MQ: &str = "InternalError.Mq";

/// Pdf错误。
pub const INTERNALERROR_PDF: &str = "InternalError.Pdf";

/// 序列化错误。
pub const INTERNALERROR_SERIALIZE: &str = "InternalError.Serialize";

/// 系统错误，请稍后重试。
pub const INTERNALERROR_SYSTEM: &str = "InternalError.System";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 无效的手机号
pub const INVALIDPARAMETERVALUE_INVALIDMOBILE: &str = "InvalidParameterValue.InvalidMobile";

/// 非法的套餐类型
pub const INVALIDPARAMETERVALUE_INVALIDQUOTATYPE: &str = "InvalidParameterValue.InvalidQuotaType";

/// 非法的时间参数
pub const INVALIDPARAMETERVALUE_INVALIDTIME: &str = "InvalidParameterValue.InvalidTime";

/// 需要屏蔽的告警。
pub const INVALIDPARAMETERVALUE_MASK: &str = "InvalidParameterValue.Mask";

/// 不合法的签署人类型，请检查后重试。
pub const INVALIDPARAMETER_APPROVERTYPE: &str = "InvalidParameter.ApproverType";

/// 不合法的授权方式，请检查修改后重试。
pub const INVALIDPARAMETER_AUTHORIZATIONTYPE: &str = "InvalidParameter.AuthorizationType";

/// 不合法的业务id，请检查是否传递，检查是否超过接口上限数量，并在修改后重试。
pub const INVALIDPARAMETER_BUSINESSID: &str = "InvalidParameter.BusinessId";

/// 不合法的业务类型，请检查后重试。
pub const INVALIDPARAMETER_BUSINESSTYPE: &str = "InvalidParameter.BusinessType";

/// 不合法的撤销取消理由，将检查长度，内容，并在修改后重试。
pub const INVALIDPARAMETER_CANCELREASON: &str = "InvalidParameter.CancelReason";

/// 不合法的证件信息，请检查证件号证件类型是否正确。
pub const INVALIDPARAMETER_CARDNUMBER: &str = "InvalidParameter.CardNumber";

/// 不合法的证件信息，请检查证件号证件类型是否正确。
pub const INVALIDPARAMETER_CARDTYPE: &str = "InvalidParameter.CardType";

/// 不合法的抄送方设置，请联系客服了解抄送设置规则，修改后重试。
pub const INVALIDPARAMETER_CCNUM: &str = "InvalidParameter.CcNum";

/// ClientToken不合法请检查。
pub const INVALIDPARAMETER_CLIENTTOKEN: &str = "InvalidParameter.ClientToken";

/// 不合法的控件所在文件序号，请检查文件资源与控件的对应关系，并在修改后重试。
pub const INVALIDPARAMETER_COMPONENTFILEINDEX: &str = "InvalidParameter.ComponentFileIndex";

/// 控件非法
pub const INVALIDPARAMETER_COMPONENTINVALID: &str = "InvalidParameter.ComponentInvalid";

/// 不合法的控件页码，请与文件资源检查，并在修改后重试。
pub const INVALIDPARAMETER_COMPONENTPAGE: &str = "InvalidParameter.ComponentPage";

/// 不合法的控件大小或坐标，请检查控件坐标，大小是否合理，并在修改后重试。
pub const INVALIDPARAMETER_COMPONENTPOSITION: &str = "InvalidParameter.ComponentPosition";

/// 控件类型非法
pub const INVALIDPARAMETER_COMPONENTTYPE: &str = "InvalidParameter.ComponentType";

/// 控件的类型与输入值不匹配，请检查参数修改后重试。
pub const INVALIDPARAMETER_COMPONENTTYPENOMATCHVALUE: &str =
    "InvalidParameter.ComponentTypeNoMatchValue";

/// 不合法的控件内容，请检查控件是否必填，检查控件内容是否正确设置，并在修改后重试。
pub const INVALIDPARAMETER_COMPONENTVALUE: &str = "InvalidParameter.ComponentValue";

/// 不合法的模板查询类型，请检查后重试。
pub const INVALIDPARAMETER_CONTENTTYPE: &str = "InvalidParameter.ContentType";

/// 无效的自定义页卡模板，请检查后重试。
pub const INVALIDPARAMETER_CUSTOMSHOWMAP: &str = "InvalidParameter.CustomShowMap";

/// 数据已存在。
pub const INVALIDPARAMETER_DATAEXISTS: &str = "InvalidParameter.DataExists";

/// 数据不存在。
pub const INVALIDPARAMETER_DATANOTFOUND: &str = "InvalidParameter.DataNotFound";

/// 部门用户Id不正确
pub const INVALIDPARAMETER_DEPARTUSERID: &str = "InvalidParameter.DepartUserId";

/// 邮箱格式不正确
pub const INVALIDPARAMETER_EMAIL: &str = "InvalidParameter.Email";

/// 参数为空，请检查参数修改后重试。
pub const INVALIDPARAMETER_EMPTYPARAMS: &str = "InvalidParameter.EmptyParams";

/// 不合法的EndPoint，请检查修改后重试。
pub const INVALIDPARAMETER_ENDPOINT: &str = "InvalidParameter.EndPoint";

/// 文件类型不合法
pub const INVALIDPARAMETER_FILETYPE: &str = "InvalidParameter.FileType";

/// 不合法的合同过期时间
pub const INVALIDPARAMETER_FLOWAPPROVERDEADLINE: &str = "InvalidParameter.FlowApproverDeadline";

/// FlowApprovers不能为空或超出数量限制
pub const INVALIDPARAMETER_FLOWAPPROVERS: &str = "InvalidParameter.FlowApprovers";

/// 不合法的签署流程回调链接，请修改后重试。
pub const INVALIDPARAMETER_FLOWCALLBACKURL: &str = "InvalidParameter.FlowCallbackUrl";

/// 不合法的签署流程截止日期，请修改后重试。
pub const INVALIDPARAMETER_FLOWDEADLINE: &str = "InvalidParameter.FlowDeadLine";

/// 不合法的签署流程描述，请修改后重试。
pub const INVALIDPARAMETER_FLOWDESCRIPTION: &str = "InvalidParameter.FlowDescription";

/// 文件ID不合法
pub const INVALIDPARAMETER_FLOWFILEIDS: &str = "InvalidParameter.FlowFileIds";

/// 不合法的签署流程名称，请修改后重试。
pub const INVALIDPARAMETER_FLOWNAME: &str = "InvalidParameter.FlowName";

/// 不合法的签署流程类型，请修改后重试。
pub const INVALIDPARAMETER_FLOWTYPE: &str = "InvalidParameter.FlowType";

/// 不合法的签署流程用户自定义数据，请修改后重试。
pub const INVALIDPARAMETER_FLOWUSERDATA: &str = "InvalidParameter.FlowUserData";

/// 不合法的FromSource，请联系开发，检查后重试。
pub const INVALIDPARAMETER_FROMSOURCE: &str = "InvalidParameter.FromSource";

/// 用户个人证件已过期。
pub const INVALIDPARAMETER_IDCARDVALIDITYOVERLIMIT: &str =
    "InvalidParameter.IdCardValidityOverLimit";

/// Channel不正确。
pub const INVALIDPARAMETER_INVALIDCHANNEL: &str = "InvalidParameter.InvalidChannel";

/// id类型参数不合法，请检查后重试。
pub const INVALIDPARAMETER_INVALIDID: &str = "InvalidParameter.InvalidId";

/// 参数Limit不正确。
pub const INVALIDPARAMETER_INVALIDLIMIT: &str = "InvalidParameter.InvalidLimit";

/// 手机号码不正确。
pub const INVALIDPARAMETER_INVALIDMOBILE: &str = "InvalidParameter.InvalidMobile";

/// 姓名不正确。
pub const INVALIDPARAMETER_INVALIDNAME: &str = "InvalidParameter.InvalidName";

/// 参数Offset不正确。
pub const INVALIDPARAMETER_INVALIDOFFSET: &str = "InvalidParameter.InvalidOffset";

/// OpenId不正确。
pub const INVALIDPARAMETER_INVALIDOPENID: &str = "InvalidParameter.InvalidOpenId";

/// 操作人ID不正确。
pub const INVALIDPARAMETER_INVALIDOPERATORID: &str = "InvalidParameter.InvalidOperatorId";

/// 机构ID不正确。
pub const INVALIDPARAMETER_INVALIDORGANIZATIONID: &str = "InvalidParameter.InvalidOrganizationId";

/// 组织机构名称不正确。
pub const INVALIDPARAMETER_INVALIDORGANIZATIONNAME: &str =
    "InvalidParameter.InvalidOrganizationName";

/// 角色ID不正确。
pub const INVALIDPARAMETER_INVALIDROLEID: &str = "InvalidParameter.InvalidRoleId";

/// 角色名称不正确。
pub const INVALIDPARAMETER_INVALIDROLENAME: &str = "InvalidParameter.InvalidRoleName";

/// 实名认证渠道不正确。
pub const INVALIDPARAMETER_INVALIDVERIFYCHANNEL: &str = "InvalidParameter.InvalidVerifyChannel";

/// 不合法的跳转链接，请联系电子签客服添加链接白名单。
pub const INVALIDPARAMETER_JUMPURL: &str = "InvalidParameter.JumpUrl";

/// 关键字格式错误或者不存在。
pub const INVALIDPARAMETER_KEYWORD: &str = "InvalidParameter.Keyword";

/// Limit参数超出最大限制
pub const INVALIDPARAMETER_LIMIT: &str = "InvalidParameter.Limit";

/// 缺少必填控件的值。
pub const INVALIDPARAMETER_MISSINGREQUIREDCOMPONENTVALUE: &str =
    "InvalidParameter.MissingRequiredComponentValue";

/// 不合法的手机号，请检查后重试。
pub const INVALIDPARAMETER_MOBILE: &str = "InvalidParameter.Mobile";

/// 不合法的用户名称，请修改后重试。
pub const INVALIDPARAMETER_NAME: &str = "InvalidParameter.Name";

/// 手机号为空或者非法的手机号。
pub const INVALIDPARAMETER_NONSUPPORTMOBILE: &str = "InvalidParameter.NonsupportMobile";

/// 不支持的通知类型，请检查并联系客服处理。
pub const INVALIDPARAMETER_NOTIFYTYPE: &str = "InvalidParameter.NotifyType";

/// 参数Offset不正确
pub const INVALIDPARAMETER_OFFSET: &str = "InvalidParameter.Offset";

/// OpenId不正确。
pub const INVALIDPARAMETER_OPENID: &str = "InvalidParameter.OpenId";

/// 不合法的企业名称，请修改后重试。
pub const INVALIDPARAMETER_ORGANIZATIONNAME: &str = "InvalidParameter.OrganizationName";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 个人“授权签”Tag未设置，请检查后重试。
pub const INVALIDPARAMETER_PERSONAUTOSIGNTAG: &str = "InvalidParameter.PersonAutoSignTag";

/// 不合法的阅读时长限制，请联系客服了解阅读时长设置规则，修改后重试。
pub const INVALIDPARAMETER_PREREADTIME: &str = "InvalidParameter.PreReadTime";

/// 签署二维码的有效期不合法，请联系客服了解规则，并修改后重试。
pub const INVALIDPARAMETER_QREFFECTDAY: &str = "InvalidParameter.QrEffectDay";

/// 二维码合同的有效期不合法，请联系客服了解规则，并修改后重试。
pub const INVALIDPARAMETER_QRFLOWEFFECTDAY: &str = "InvalidParameter.QrFlowEffectDay";

/// 不合法的资源类型，请联系客服了解，并在修改后重试。
pub const INVALIDPARAMETER_RESOURCETYPE: &str = "InvalidParameter.ResourceType";

/// 角色ID不正确
pub const INVALIDPARAMETER_ROLEID: &str = "InvalidParameter.RoleId";

/// 不合法的印章id，请检查印章id是否正确，并在修改后重试。
pub const INVALIDPARAMETER_SEALID: &str = "InvalidParameter.SealId";

/// 参数包含有敏感词
pub const INVALIDPARAMETER_SENSITIVE: &str = "InvalidParameter.Sensitive";

/// 上传的文件包含敏感（不合规）的内容，请确认。
pub const INVALIDPARAMETER_SENSITIVEFILECONTENT: &str = "InvalidParameter.SensitiveFileContent";

/// 签署控件参数不合法，请检查后重试。
pub const INVALIDPARAMETER_SIGNCOMPONENTS: &str = "InvalidParameter.SignComponents";

/// 参数错误,暂不支持该种签署控件类型
pub const INVALIDPARAMETER_SIGNCOMPONENTTYPE: &str = "InvalidParameter.SignComponentType";

/// 参数Status不正确。
pub const INVALIDPARAMETER_STATUS: &str = "InvalidParameter.Status";

/// 不合法的签署二维码模板id，请检查修改后重试。
pub const INVALIDPARAMETER_TEMPLATEID: &str = "InvalidParameter.TemplateId";

/// 不合法的认证渠道，请联系客户了解电子签支持的认证渠道，并在修改后重试。
pub const INVALIDPARAMETER_VERIFYCHANNEL: &str = "InvalidParameter.VerifyChannel";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 导入的员工数量超过最大限制。
pub const LIMITEXCEEDED_PROXYORGANIZATIONOPERATOR: &str = "LimitExceeded.ProxyOrganizationOperator";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少签署人手机号，请检查后重试。
pub const MISSINGPARAMETER_APPROVERMOBILE: &str = "MissingParameter.ApproverMobile";

/// 缺少签署人姓名，请检查后重试。
pub const MISSINGPARAMETER_APPROVERNAME: &str = "MissingParameter.ApproverName";

/// 缺少签署人企业信息，请检查后重试。
pub const MISSINGPARAMETER_APPROVERORGANIZATIONINFO: &str =
    "MissingParameter.ApproverOrganizationInfo";

/// 缺少签署流程签署人角色信息，请检查修改后重试。
pub const MISSINGPARAMETER_APPROVERROLE: &str = "MissingParameter.ApproverRole";

/// 缺少签署人签署控件配置，请联系客服了解控件传递规则，并在修改后重试。
pub const MISSINGPARAMETER_APPROVERSIGNCOMPONENT: &str = "MissingParameter.ApproverSignComponent";

/// 授权码为空，请检查后重试。
pub const MISSINGPARAMETER_AUTHCODE: &str = "MissingParameter.AuthCode";

/// 缺少撤销取消理由，请检查修改后重试。
pub const MISSINGPARAMETER_CANCELREASON: &str = "MissingParameter.CancelReason";

/// 未找到表单域配置信息，请检查控件传参，检查文件资源配置，并在修改后重试。
pub const MISSINGPARAMETER_FIELD: &str = "MissingParameter.Field";

/// 文件名为空，请检查参数修改后重试。
pub const MISSINGPARAMETER_FILENAMES: &str = "MissingParameter.FileNames";

/// 缺少签署流程签署人信息，请指定签署人信息后重试。
pub const MISSINGPARAMETER_FLOWAPPROVER: &str = "MissingParameter.FlowApprover";

/// 缺少签署流程id，请检查修改后重试。
pub const MISSINGPARAMETER_FLOWID: &str = "MissingParameter.FlowId";

/// 未找到关键字配置信息，请检查控件传参，检查文件资源配置，并在修改后重试。
pub const MISSINGPARAMETER_KEYWORD: &str = "MissingParameter.KeyWord";

/// 缺少机构ID参数。
pub const MISSINGPARAMETER_ORGANIZATIONID: &str = "MissingParameter.OrganizationId";

/// 参数缺失，企业名称和统一信用代码不能同时为空。
pub const MISSINGPARAMETER_ORGNAMEORUNIFORMSOCIALCREDITCODE: &str =
    "MissingParameter.OrgNameOrUniformSocialCreditCode";

/// 缺少签署二维码id，请检查后重试。
pub const MISSINGPARAMETER_QRCODEID: &str = "MissingParameter.QrCodeId";

/// 缺少模板签署人信息，请检查后重试。
pub const MISSINGPARAMETER_RECIPIENT: &str = "MissingParameter.Recipient";

/// 缺少文件资源ID，请检查后重试。
pub const MISSINGPARAMETER_RESOURCEID: &str = "MissingParameter.ResourceId";

/// 缺少资源名称，请检查修改后重试。
pub const MISSINGPARAMETER_RESOURCENAME: &str = "MissingParameter.ResourceName";

/// 缺少“授权签”印章id，请检查修改后重试。
pub const MISSINGPARAMETER_SERVERSIGNSEALID: &str = "MissingParameter.ServerSignSealId";

/// 缺少签署控件参数。
pub const MISSINGPARAMETER_SIGNCOMPONENTS: &str = "MissingParameter.SignComponents";

/// 缺少用户id，请检查后重试。
pub const MISSINGPARAMETER_USERID: &str = "MissingParameter.UserId";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 当前用户创建的数据已经存在了，不需要重复调用。
pub const OPERATIONDENIED_ALREADYHAS: &str = "OperationDenied.AlreadyHas";

/// 签署人设置与模板中签署人配置信息不一致，请检查模板修改参数后重试。
pub const OPERATIONDENIED_APPROVERNOMATCHTEMPLATE: &str = "OperationDenied.ApproverNoMatchTemplate";

/// 签署人重复，请联系客服了解发起签署流程签署人规则，修改后重试。
pub const OPERATIONDENIED_APPROVERREPEAT: &str = "OperationDenied.ApproverRepeat";

/// 授权码已失效，请检查是否传递正确，是否已经过期，并在修改后重试。
pub const OPERATIONDENIED_AUTHCODEINVALID: &str = "OperationDenied.AuthCodeInvalid";

/// 不允许批量撤销签署流程，请检查批量撤销合同信息。
pub const OPERATIONDENIED_BATCHCANCELFORBID: &str = "OperationDenied.BatchCancelForbid";

/// 子公司不能发起本方母体公司的合同。
pub const OPERATIONDENIED_BRANCHSENDFLOWTOPARENTNOTALLOW: &str =
    "OperationDenied.BranchSendFlowToParentNotAllow";

/// 当前不支持抄送，请联系客服咨询处理。
pub const OPERATIONDENIED_CCFORBID: &str = "OperationDenied.CcForbid";

/// 抄送方存在相同抄送人，请检查修改后重试。
pub const OPERATIONDENIED_CCUSERREPEAT: &str = "OperationDenied.CcUserRepeat";

/// 电子文档不可用，请稍后重试。
pub const OPERATIONDENIED_DOCUMENTNOAVAILABLE: &str = "OperationDenied.DocumentNoAvailable";

/// 此企业无该资源使用权限。
pub const OPERATIONDENIED_ERRNORESOURCEACCESS: &str = "OperationDenied.ErrNoResourceAccess";

/// 个人签署方不支持设置企业名称，请确认签署人类型后重试。
pub const OPERATIONDENIED_ERRNOSUPPORTINDIVIDUALHASORGANIZATIONNAME: &str =
    "OperationDenied.ErrNoSupportIndividualHasOrganizationName";

/// 文件已被删除，请联系客服处理。
pub const OPERATIONDENIED_FILEDELETED: &str = "OperationDenied.FileDeleted";

/// 文件与资源不匹配，请检查文件名与资源id数量以及对应关系，并在修改后重试。
pub const OPERATIONDENIED_FILENOMATCHRESOURCE: &str = "OperationDenied.FileNoMatchResource";

/// 签署流程无法撤销，请检查签署流程状态，检查签署流程归属企业，检查当前操作人是否有权限，并在修改后重试。
pub const OPERATIONDENIED_FLOWCANCELFORBID: &str = "OperationDenied.FlowCancelForbid";

/// 签署流程已经被发起，请检查。
pub const OPERATIONDENIED_FLOWHASSTARTED: &str = "OperationDenied.FlowHasStarted";

/// 签署流程已经被终止，请检查。
pub const OPERATIONDENIED_FLOWHASTERMINATED: &str = "OperationDenied.FlowHasTerminated";

/// 签署流程不需要进行审核,请修改后重试。
pub const OPERATIONDENIED_FLOWNONEEDREVIEW: &str = "OperationDenied.FlowNoNeedReview";

/// 签署流程状态不正确，请检查后重试。
pub const OPERATIONDENIED_FLOWSTATUSFORBID: &str = "OperationDenied.FlowStatusForbid";

/// 禁止此项操作。
pub const OPERATIONDENIED_FORBID: &str = "OperationDenied.Forbid";

/// 签署人年龄限制无法使用电子签服务。
pub const OPERATIONDENIED_INVALIDAPPROVERAGE: &str = "OperationDenied.InvalidApproverAge";

/// 子企业的license已经过期
pub const OPERATIONDENIED_LICENSEHASEXPIRED: &str = "OperationDenied.LicenseHasExpired";

/// 资源id超过使用上限的限制，请联系客服了解规则，并在修改后重试。
pub const OPERATIONDENIED_MANYRESOURCEID: &str = "OperationDenied.ManyResourceId";

/// 没有API权限。
pub const OPERATIONDENIED_NOAPIAUTH: &str = "OperationDenied.NoApiAuth";

/// 没有手机号查看的权限
pub const OPERATIONDENIED_NOAPPROVERMOBILECHECKPERMISSION: &str =
    "OperationDenied.NoApproverMobileCheckPermission";

/// 无权限操作签署流程，请联系客服了解权限，并在修改后重试。
pub const OPERATIONDENIED_NOFLOWPERMISSION: &str = "OperationDenied.NoFlowPermission";

/// 未通过个人实名认证。
pub const OPERATIONDENIED_NOIDENTITYVERIFY: &str = "OperationDenied.NoIdentityVerify";

/// 用户未登录,请先登录后再操作。
pub const OPERATIONDENIED_NOLOGIN: &str = "OperationDenied.NoLogin";

/// 未开通“授权签”功能，请联系签署方企业开通后重试。
pub const OPERATIONDENIED_NOOPENSERVERSIGN: &str = "OperationDenied.NoOpenServerSign";

/// 无权限使用文件资源，请检查资源有效性以及资源归属，并在修改后重试。
pub const OPERATIONDENIED_NOPERMISSIONUSERESOURCE: &str = "OperationDenied.NoPermissionUseResource";

/// 无权限使用印章做“授权签”，请检查印章是否有效，是否有使用权限，并在修改后重试。
pub const OPERATIONDENIED_NOPERMISSIONUSESERVERSIGNSEAL: &str =
    "OperationDenied.NoPermissionUseServerSignSeal";

/// 企业额度不足，请检查企业额度后处理。
pub const OPERATIONDENIED_NOQUOTA: &str = "OperationDenied.NoQuota";

/// 不支持的控件类型，请联系客服了解支持的控件类型，并在修改后重试。
pub const OPERATIONDENIED_NOSUPPORTCOMPONENTTYPE: &str = "OperationDenied.NoSupportComponentType";

/// 不支持的跳转页，请联系客服了解跳转配置规则，修改后重试。
pub const OPERATIONDENIED_NOSUPPORTJUMPPAGE: &str = "OperationDenied.NoSupportJumpPage";

/// 不属于企业超管或者法人。
pub const OPERATIONDENIED_NOTBELONGSUPERADMINORLEGALPERSON: &str =
    "OperationDenied.NotBelongSuperAdminOrLegalPerson";

/// 没有发现可以用的license
pub const OPERATIONDENIED_NOTFOUNDLICENSE: &str = "OperationDenied.NotFoundLicense";

/// 未加入此功能的白名单
pub const OPERATIONDENIED_NOTINAUTOSIGNWHITELIST: &str = "OperationDenied.NotInAutoSignWhiteList";

/// 未完成实名认证，请检查后重试。
pub const OPERATIONDENIED_NOVERIFY: &str = "OperationDenied.NoVerify";

/// 操作者权限不足。
pub const OPERATIONDENIED_OPERATORHASNOPERMISSION: &str = "OperationDenied.OperatorHasNoPermission";

/// 企业注销中
pub const OPERATIONDENIED_ORGANIZATIONCLOSING: &str = "OperationDenied.OrganizationClosing";

/// 企业未激活。
pub const OPERATIONDENIED_ORGANIZATIONNOTACTIVATED: &str =
    "OperationDenied.OrganizationNotActivated";

/// 此社会信用编码未查询到结果，请检查后重试。
pub const OPERATIONDENIED_ORGUNIFORMSOCIALCREDITCODEERR: &str =
    "OperationDenied.OrgUniformSocialCreditCodeErr";

/// 查询限频，请先联系客服了解限频策略，稍后重试。
pub const OPERATIONDENIED_OUTQUERYLIMIT: &str = "OperationDenied.OutQueryLimit";

/// 当前不支持境外用户，请联系客服咨询处理。
pub const OPERATIONDENIED_OVERSEAFORBID: &str = "OperationDenied.OverSeaForbid";

/// 支付订单已经超时
pub const OPERATIONDENIED_PAYDEADLINE: &str = "OperationDenied.PayDeadline";

/// 个人名下没用可使用的签名，请联系个人配置签名后重试。
pub const OPERATIONDENIED_PERSONHASNOSIGNATURE: &str = "OperationDenied.PersonHasNoSignature";

/// 该用户已关闭或者未开启“授权签”服务，请检查后重试。
pub const OPERATIONDENIED_PERSONNOOPENSERVERSIGN: &str = "OperationDenied.PersonNoOpenServerSign";

/// 拒绝个人“授权签”，请检查个人“授权签”签署人，并在修改后重试。
pub const OPERATIONDENIED_PERSONSERVERSIGNFORBID: &str = "OperationDenied.PersonServerSignForbid";

/// 出证计费额度不足
pub const OPERATIONDENIED_PROVENOQUOTA: &str = "OperationDenied.ProveNoQuota";

/// 签署二维码已过期，请检查后重试。
pub const OPERATIONDENIED_QRHASEXPIRE: &str = "OperationDenied.QrHasExpire";

/// 签署二维码不可用，请检查后重试。
pub const OPERATIONDENIED_QRINVALID: &str = "OperationDenied.QrInvalid";

/// 必填控件未设置填写内容，将检查修改后重试。
pub const OPERATIONDENIED_REQUIREDCOMPONENTNOTFILL: &str =
    "OperationDenied.RequiredComponentNotFill";

/// “授权签”方不允许有填写控件，请修改模板，修改参数后重试。
pub const OPERATIONDENIED_SERVERSIGNNOALLOWCOMPONENT: &str =
    "OperationDenied.ServerSignNoAllowComponent";

/// “授权签”不支持手写签名，请配置印章并使用印章重试。
pub const OPERATIONDENIED_SERVERSIGNNOSUPPORTSIGNATURE: &str =
    "OperationDenied.ServerSignNoSupportSignature";

/// 子企业暂未加入。
pub const OPERATIONDENIED_SUBORGNOTJOIN: &str = "OperationDenied.SubOrgNotJoin";

/// 您加入企业的员工加入申请正在审核中。
pub const OPERATIONDENIED_USERNOAUDIT: &str = "OperationDenied.UserNoAudit";

/// 用户不归属于当前企业，无法操作，请检查后重试。
pub const OPERATIONDENIED_USERNOTINORGANIZATION: &str = "OperationDenied.UserNotInOrganization";

/// 未开通功能白名单，请联系客服处理。
pub const OPERATIONDENIED_WHITELISTFORBID: &str = "OperationDenied.WhiteListForbid";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 应用号不存在或已删除。
pub const RESOURCENOTFOUND_APPLICATION: &str = "ResourceNotFound.Application";

/// 机构未完成认证激活，请检查并联系客服处理。
pub const RESOURCENOTFOUND_AUTHACTIVEORGANIZATION: &str = "ResourceNotFound.AuthActiveOrganization";

/// 未找到电子文档信息，请检查后重试。
pub const RESOURCENOTFOUND_DOCUMENT: &str = "ResourceNotFound.Document";

/// 未获取到用户角色信息，请检查员工角色配置。
pub const RESOURCENOTFOUND_ERRNOTEXISTROLE: &str = "ResourceNotFound.ErrNotExistRole";

/// 签署流程未找到，请检查参数。
pub const RESOURCENOTFOUND_FLOW: &str = "ResourceNotFound.Flow";

/// 签署流程的签署人不存在，请检查后重试。
pub const RESOURCENOTFOUND_FLOWAPPROVER: &str = "ResourceNotFound.FlowApprover";

/// 应用号不存在。
pub const RESOURCENOTFOUND_NOTEXISTAPPLICATION: &str = "ResourceNotFound.NotExistApplication";

/// 电子文档不存在。
pub const RESOURCENOTFOUND_NOTEXISTDOCUMENT: &str = "ResourceNotFound.NotExistDocument";

/// 流程不存在。
pub const RESOURCENOTFOUND_NOTEXISTFLOW: &str = "ResourceNotFound.NotExistFlow";

/// 指定的资源不存在。
pub const RESOURCENOTFOUND_NOTEXISTRESOURCE: &str = "ResourceNotFound.NotExistResource";

/// 模板不存在。
pub const RESOURCENOTFOUND_NOTEXISTTEMPLATE: &str = "ResourceNotFound.NotExistTemplate";

/// 机构不存在或者未完成认证，请检查机构信息。
pub const RESOURCENOTFOUND_ORGANIZATION: &str = "ResourceNotFound.Organization";

/// 签署二维码信息不存在，请检查后重试。
pub const RESOURCENOTFOUND_QRINFO: &str = "ResourceNotFound.QrInfo";

/// 未获取到文件资源，请检查资源是否完成上传，是否有效，并在修改后重试。
pub const RESOURCENOTFOUND_RESOURCE: &str = "ResourceNotFound.Resource";

/// 超管信息不存在，请检查企业认证信息。
pub const RESOURCENOTFOUND_SUPERADMIN: &str = "ResourceNotFound.SuperAdmin";

/// 模板不存在，请检查模板参数，模板配置，并稍后重试。
pub const RESOURCENOTFOUND_TEMPLATE: &str = "ResourceNotFound.Template";

/// Url不存在。
pub const RESOURCENOTFOUND_URL: &str = "ResourceNotFound.Url";

/// 用户或者员工信息不存在，请检查参数后重试。
pub const RESOURCENOTFOUND_USER: &str = "ResourceNotFound.User";

/// 用户或者员工未完成实名认证，请检查参数后重试。
pub const RESOURCENOTFOUND_VERIFYUSER: &str = "ResourceNotFound.VerifyUser";

/// 所有审批人未在企微实名
pub const RESOURCENOTFOUND_WEWORKUSER: &str = "ResourceNotFound.WeWorkUser";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 请升级到对应版本后即可使用该接口。
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONFEATURE: &str =
    "UnauthorizedOperation.NoPermissionFeature";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
