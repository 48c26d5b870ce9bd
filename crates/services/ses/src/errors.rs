//! Error codes of `ses`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ses::errors::AUTHFAILURE_UNAUTHORIZEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM 后台鉴权失败
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 附件太大，请参考单个附件以及附件总量大小限制。
pub const FAILEDOPERATION_ATTACHCONTENTTOOLARGE: &str = "FailedOperation.AttachContentToolarge";

/// DKIM没有创建，需要提前创建
pub const FAILEDOPERATION_DKIMNOTAPPLIED: &str = "FailedOperation.DKIMNotApplied";

/// 邮件地址在黑名单中。
pub const FAILEDOPERATION_EMAILADDRINBLACKLIST: &str = "FailedOperation.EmailAddrInBlacklist";

/// 邮件内容太大，请减少发送邮件内容。
pub const FAILEDOPERATION_EMAILCONTENTTOOLARGE: &str = "FailedOperation.EmailContentToolarge";

/// 超出当日总量发送限制。
pub const FAILEDOPERATION_EXCEEDSENDLIMIT: &str = "FailedOperation.ExceedSendLimit";

/// 超出最大模板数量限制。
pub const FAILEDOPERATION_EXCEEDTEMPLATELIMIT: &str = "FailedOperation.ExceedTemplateLimit";

/// 链接地址无效或者不存在
pub const FAILEDOPERATION_FILEURLNOTEXIST: &str = "FailedOperation.FileURLNotExist";

/// 触发频率控制，短时间内对同一地址发送过多邮件。
pub const FAILEDOPERATION_FREQUENCYLIMIT: &str = "FailedOperation.FrequencyLimit";

/// 拒信率过高，被临时block。
pub const FAILEDOPERATION_HIGHREJECTIONRATE: &str = "FailedOperation.HighRejectionRate";

/// 邮件包含不合规链接
pub const FAILEDOPERATION_ILLEGALURL: &str = "FailedOperation.IllegalURL";

/// 邮箱地址错误。
pub const FAILEDOPERATION_INCORRECTEMAIL: &str = "FailedOperation.IncorrectEmail";

/// 发件人格式不正确。请参考文档示例填写。
pub const FAILEDOPERATION_INCORRECTSENDER: &str = "FailedOperation.IncorrectSender";

/// 余额不足，账号欠费等。
pub const FAILEDOPERATION_INSUFFICIENTBALANCE: &str = "FailedOperation.InsufficientBalance";

/// 套餐包额度不足。
pub const FAILEDOPERATION_INSUFFICIENTQUOTA: &str = "FailedOperation.InsufficientQuota";

/// 不支持的附件名称，请检查附件名称是否含有特殊字符，详情请参考[附录附件说明](https://cloud.tencent.com/document/product/1288/51951)。
pub const FAILEDOPERATION_INVALIDATTACHNAME: &str = "FailedOperation.InvalidAttachName";

/// 超过查询限制，Limit最大支持100。
pub const FAILEDOPERATION_INVALIDLIMIT: &str = "FailedOperation.InvalidLimit";

/// 模板ID无效或者不可用。
pub const FAILEDOPERATION_INVALIDTEMPLATEID: &str = "FailedOperation.InvalidTemplateID";

/// 缺少发信内容（TemplateData和Simple不能同时为空)。
pub const FAILEDOPERATION_MISSINGEMAILCONTENT: &str = "FailedOperation.MissingEmailContent";

/// 没有附件发送权限，请检查。
pub const FAILEDOPERATION_NOATTACHPERMISSION: &str = "FailedOperation.NoAttachPermission";

/// 发件sender没有经过认证，无法发送。
pub const FAILEDOPERATION_NOTAUTHENTICATEDSENDER: &str = "FailedOperation.NotAuthenticatedSender";

/// 不支持查询该日期邮件记录，仅支持查询90天之内的数据。
pub const FAILEDOPERATION_NOTSUPPORTDATE: &str = "FailedOperation.NotSupportDate";

/// 协议检查错误，请检查协议是否正确。
pub const FAILEDOPERATION_PROTOCOLCHECKERR: &str = "FailedOperation.ProtocolCheckErr";

/// 收件人已退订。
pub const FAILEDOPERATION_RECEIVERHASUNSUBSCRIBED: &str = "FailedOperation.ReceiverHasUnsubscribed";

/// 邮件被收信人拒绝。
pub const FAILEDOPERATION_REJECTEDBYRECIPIENTS: &str = "FailedOperation.RejectedByRecipients";

/// 您的发送遇到问题，请联系腾讯云提交工单沟通原因并解决。
pub const FAILEDOPERATION_SENDEMAILERR: &str = "FailedOperation.SendEmailErr";

/// 临时性错误，请求未生效，请重试。
pub const FAILEDOPERATION_SERVICENOTAVAILABLE: &str = "FailedOperation.ServiceNotAvailable";

/// 模板内容太大，请减少模板内容。
pub const FAILEDOPERATION_TEMPLATECONTENTTOOLARGE: &str = "FailedOperation.TemplateContentToolarge";

/// 因触发了对应的收件服务商限制，邮件推送平台会对该服务商发信暂停10分钟，10分钟后自动解除。
pub const FAILEDOPERATION_TEMPORARYBLOCKED: &str = "FailedOperation.TemporaryBlocked";

/// 附件数量太多，单封邮件最多支持10个附件。
pub const FAILEDOPERATION_TOOMANYATTACHMENTS: &str = "FailedOperation.TooManyAttachments";

/// 收件人数太多，最多支持同时发送50人。
pub const FAILEDOPERATION_TOOMANYRECIPIENTS: &str = "FailedOperation.TooManyRecipients";

/// 不支持的邮箱类型。
pub const FAILEDOPERATION_UNSUPPORTMAILTYPE: &str = "FailedOperation.UnsupportMailType";

/// 禁止到达率低用户在邮件内容中带有URL 网页链接
pub const FAILEDOPERATION_URLFORBIDDEN: &str = "FailedOperation.URLForbidden";

/// 仅支持使用模板发送邮件。
pub const FAILEDOPERATION_WITHOUTPERMISSION: &str = "FailedOperation.WithOutPermission";

/// TemplateData字段格式不正确，请保持为json格式。
pub const FAILEDOPERATION_WRONGCONTENTJSON: &str = "FailedOperation.WrongContentJson";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 查询数据库超时或失败
pub const INTERNALERROR_QUERYDATABASEFAILED: &str = "InternalError.QueryDataBaseFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 附件内容错误，请检查base64内容是否正确。
pub const INVALIDPARAMETERVALUE_ATTACHCONTENTISWRONG: &str =
    "InvalidParameterValue.AttachContentIsWrong";

/// 开始时间不能早于当前时间。
pub const INVALIDPARAMETERVALUE_BEGINTIMEBEFORENOW: &str =
    "InvalidParameterValue.BeginTimeBeforeNow";

/// 该域名已被其他腾讯云账号创建。
pub const INVALIDPARAMETERVALUE_CREATEDBYOTHER: &str = "InvalidParameterValue.CreatedByOther";

/// 收件或者发件地址为空，请检查邮件地址。
pub const INVALIDPARAMETERVALUE_EMAILADDRESSISNULL: &str =
    "InvalidParameterValue.EmailAddressIsNULL";

/// 邮件内容错误，请检查TEXT/HTML base64是否正确。
pub const INVALIDPARAMETERVALUE_EMAILCONTENTISWRONG: &str =
    "InvalidParameterValue.EmailContentIsWrong";

/// 邮件地址不合法，请检查邮件地址格式。
pub const INVALIDPARAMETERVALUE_ILLEGALEMAILADDRESS: &str =
    "InvalidParameterValue.IllegalEmailAddress";

/// 发信人别名错误。
pub const INVALIDPARAMETERVALUE_ILLEGALSENDERNAME: &str = "InvalidParameterValue.IllegalSenderName";

/// 域名取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDEMAILIDENTITY: &str =
    "InvalidParameterValue.InvalidEmailIdentity";

/// 密码长度为10~20位，且必须至少包含2位不重复的数字、小写字母、大写字母。
pub const INVALIDPARAMETERVALUE_INVALIDSMTPPASSWORD: &str =
    "InvalidParameterValue.InvalidSmtpPassWord";

/// 收件人地址附带的模板参数不能包含html标签。
pub const INVALIDPARAMETERVALUE_INVALIDTEMPLATEDATA: &str =
    "InvalidParameterValue.InValidTemplateData";

/// 您没有这个发件地址，请检查是否存在。
pub const INVALIDPARAMETERVALUE_NOSUCHSENDER: &str = "InvalidParameterValue.NoSuchSender";

/// 该域名还没有创建，请先新建发信域名。
pub const INVALIDPARAMETERVALUE_NOTEXISTDOMAIN: &str = "InvalidParameterValue.NotExistDomain";

/// 收件人列表描述不合法，描述不可包含特殊字符，字符长度范围:1~300。
pub const INVALIDPARAMETERVALUE_RECEIVERDESCILLEGAL: &str =
    "InvalidParameterValue.ReceiverDescIllegal";

/// 收件人地址错误。
pub const INVALIDPARAMETERVALUE_RECEIVEREMAILINVALID: &str =
    "InvalidParameterValue.ReceiverEmailInvalid";

/// 收件人列表名字不合法，请检查字符内容及大小。
pub const INVALIDPARAMETERVALUE_RECEIVERNAMEILLEGAL: &str =
    "InvalidParameterValue.ReceiverNameIllegal";

/// 该域名已经创建过了，请勿重复创建。
pub const INVALIDPARAMETERVALUE_REPEATCREATION: &str = "InvalidParameterValue.RepeatCreation";

/// 该邮件地址已经创建过了，请勿重复创建。
pub const INVALIDPARAMETERVALUE_REPEATEMAILADDRESS: &str =
    "InvalidParameterValue.RepeatEmailAddress";

/// 收件人列表名称重复。
pub const INVALIDPARAMETERVALUE_REPEATRECEIVERNAME: &str =
    "InvalidParameterValue.RepeatReceiverName";

/// 邮件主题长度必须为1-100。
pub const INVALIDPARAMETERVALUE_SUBJECTLENGTHERROR: &str =
    "InvalidParameterValue.SubjectLengthError";

/// 模板资源为空。
pub const INVALIDPARAMETERVALUE_TEMPLATECONTENTISNULL: &str =
    "InvalidParameterValue.TemplateContentIsNULL";

/// 模板内容错误，请检查base64内容是否正确。
pub const INVALIDPARAMETERVALUE_TEMPLATECONTENTISWRONG: &str =
    "InvalidParameterValue.TemplateContentIsWrong";

/// 模板参数必须为json格式。
pub const INVALIDPARAMETERVALUE_TEMPLATEDATAERROR: &str = "InvalidParameterValue.TemplateDataError";

/// 模板参数变量名与之前不一致。
pub const INVALIDPARAMETERVALUE_TEMPLATEDATAINCONSISTENT: &str =
    "InvalidParameterValue.TemplateDataInconsistent";

/// 单条收件人地址附带的模板参数(整个 JSON 结构)， 长度超过限制 800 bytes
pub const INVALIDPARAMETERVALUE_TEMPLATEDATALENLIMIT: &str =
    "InvalidParameterValue.TemplateDataLenLimit";

/// 模板名字不合法，请检查字符内容及大小。
pub const INVALIDPARAMETERVALUE_TEMPLATENAMEILLEGAL: &str =
    "InvalidParameterValue.TemplateNameIllegal";

/// 模板名字不能为空。
pub const INVALIDPARAMETERVALUE_TEMPLATENAMEISNULL: &str =
    "InvalidParameterValue.TemplateNameIsNULL";

/// 不存在该模板，请先创建模板。
pub const INVALIDPARAMETERVALUE_TEMPLATENOTEXIST: &str = "InvalidParameterValue.TemplateNotExist";

/// 模板变量与收件人列表参数不一一对应。
pub const INVALIDPARAMETERVALUE_TEMPLATENOTMATCHDATA: &str =
    "InvalidParameterValue.TemplateNotMatchData";

/// 搜索日期错误，请检查日期及格式是否有效。
pub const INVALIDPARAMETERVALUE_WRONGDATE: &str = "InvalidParameterValue.WrongDate";

/// AppId不存在
pub const INVALIDPARAMETER_APPIDISREQUIRED: &str = "InvalidParameter.AppIdIsRequired";

/// 结束时间格式错误
pub const INVALIDPARAMETER_INVALIDENDTIMEFORMAT: &str = "InvalidParameter.InvalidEndTimeFormat";

/// 开始时间格式错误
pub const INVALIDPARAMETER_INVALIDSTARTTIMEFORMAT: &str = "InvalidParameter.InvalidStartTimeFormat";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 收件人列表数量超过限制。
pub const LIMITEXCEEDED_EXCEEDRECEIVERLIMIT: &str = "LimitExceeded.ExceedReceiverLimit";

/// 该收件人列表包含的收件人地址总量超过限制。
pub const LIMITEXCEEDED_RECEIVERDETAILCOUNTLIMIT: &str = "LimitExceeded.ReceiverDetailCountLimit";

/// 请求的收件人地址数量超过限制。
pub const LIMITEXCEEDED_RECEIVERDETAILREQUESTLIMIT: &str =
    "LimitExceeded.ReceiverDetailRequestLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 周期发送任务需选择开始时间和间隔时间。
pub const MISSINGPARAMETER_CYCLEPARAMNECESSARY: &str = "MissingParameter.CycleParamNecessary";

/// 收件人地址必须传。
pub const MISSINGPARAMETER_EMAILSNECESSARY: &str = "MissingParameter.EmailsNecessary";

/// 收件人列表Id必传。
pub const MISSINGPARAMETER_RECEIVERIDNECESSARY: &str = "MissingParameter.ReceiverIdNecessary";

/// 发件地址、收件人列表,发件模板必须传。
pub const MISSINGPARAMETER_SENDPARAMNECESSARY: &str = "MissingParameter.SendParamNecessary";

/// 定时发送任务需选择开始时间。
pub const MISSINGPARAMETER_TIMEDPARAMNECESSARY: &str = "MissingParameter.TimedParamNecessary";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 域名验证失败，请检查域名是否通过验证。
pub const OPERATIONDENIED_DOMAINNOTVERIFIED: &str = "OperationDenied.DomainNotVerified";

/// 超出最大发信域名限制。
pub const OPERATIONDENIED_EXCEEDDOMAINLIMIT: &str = "OperationDenied.ExceedDomainLimit";

/// 超出最大发信地址限制。
pub const OPERATIONDENIED_EXCEEDSENDERLIMIT: &str = "OperationDenied.ExceedSenderLimit";

/// 不允许删除域名
pub const OPERATIONDENIED_NOTALLOWDELETE: &str = "OperationDenied.NotAllowDelete";

/// 收件人列表正在上传中，请稍后操作。
pub const OPERATIONDENIED_RECEIVERISOPERATING: &str = "OperationDenied.ReceiverIsOperating";

/// 收件人列表不存在。
pub const OPERATIONDENIED_RECEIVERNOTEXIST: &str = "OperationDenied.ReceiverNotExist";

/// 收件人列表空或状态不是上传完成。
pub const OPERATIONDENIED_RECEIVERSTATUSERROR: &str = "OperationDenied.ReceiverStatusError";

/// 不能与上一次设置密码相同。
pub const OPERATIONDENIED_REPEATPASSWORD: &str = "OperationDenied.RepeatPassWord";

/// 发信地址不存在或者状态不是通过状态。
pub const OPERATIONDENIED_SENDADDRESSSTATUSERROR: &str = "OperationDenied.SendAddressStatusError";

/// 与该域名相关的发信地址不为空
pub const OPERATIONDENIED_SENDERWITHDOMAINISNOTEMPTY: &str =
    "OperationDenied.SenderWithDomainIsNotEmpty";

/// 发信模板不存在或者状态不是审核通过状态。
pub const OPERATIONDENIED_TEMPLATESTATUSERROR: &str = "OperationDenied.TemplateStatusError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
