//! Error codes of `sms`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_sms::errors::FAILEDOPERATION_CONTAINSENSITIVEWORD) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 短信内容中含有敏感词，请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const FAILEDOPERATION_CONTAINSENSITIVEWORD: &str = "FailedOperation.ContainSensitiveWord";

/// 请求包解析失败，通常情况下是由于没有遵守 API 接口说明规范导致的，请参考 [请求包体解析1004错误详解](https://cloud.tencent.com/document/product/382/9558#.E8.BF.94.E5.9B.9E1004.E9.94.99.E8.AF.AF.E5.A6.82.E4.BD.95.E5.A4.84.E7.90.86.EF.BC.9F)。
pub const FAILEDOPERATION_FAILRESOLVEPACKET: &str = "FailedOperation.FailResolvePacket";

/// 个人用户不能申请营销短信。
pub const FAILEDOPERATION_FORBIDADDMARKETINGTEMPLATES: &str =
    "FailedOperation.ForbidAddMarketingTemplates";

/// 套餐包余量不足，请 [购买套餐包](https://buy.cloud.tencent.com/sms)。
pub const FAILEDOPERATION_INSUFFICIENTBALANCEINSMSPACKAGE: &str =
    "FailedOperation.InsufficientBalanceInSmsPackage";

/// 解析请求包体时候失败。
pub const FAILEDOPERATION_JSONPARSEFAIL: &str = "FailedOperation.JsonParseFail";

/// 营销短信发送时间限制，为避免骚扰用户，营销短信只允许在8点到22点发送。
pub const FAILEDOPERATION_MARKETINGSENDTIMECONSTRAINT: &str =
    "FailedOperation.MarketingSendTimeConstraint";

/// 没有申请签名之前，无法申请模板，请根据 [创建签名](https://cloud.tencent.com/document/product/382/37794#.E5.88.9B.E5.BB.BA.E7.AD.BE.E5.90.8D) 申请完成之后再次申请。
pub const FAILEDOPERATION_MISSINGSIGNATURE: &str = "FailedOperation.MissingSignature";

/// 无法识别签名，请确认是否已有签名通过申请，一般是签名未通过申请，可以查看 [签名审核](https://cloud.tencent.com/document/product/382/37745)。
pub const FAILEDOPERATION_MISSINGSIGNATURELIST: &str = "FailedOperation.MissingSignatureList";

/// 此签名 ID 未提交申请或不存在，不能进行修改操作，请检查您的 SignId 是否填写正确。
pub const FAILEDOPERATION_MISSINGSIGNATURETOMODIFY: &str =
    "FailedOperation.MissingSignatureToModify";

/// 无法识别模板，请确认是否已有模板通过申请，一般是模板未通过申请，可以查看 [模板审核](https://cloud.tencent.com/document/product/382/37745)。
pub const FAILEDOPERATION_MISSINGTEMPLATELIST: &str = "FailedOperation.MissingTemplateList";

/// 此模板 ID 未提交申请或不存在，不能进行修改操作，请检查您的 TemplateId是否填写正确。
pub const FAILEDOPERATION_MISSINGTEMPLATETOMODIFY: &str = "FailedOperation.MissingTemplateToModify";

/// 非企业认证无法使用签名及模板相关接口，您可以[ 变更实名认证模式](https://cloud.tencent.com/document/product/378/34075)，变更为企业认证用户后，约1小时左右生效。
pub const FAILEDOPERATION_NOTENTERPRISECERTIFICATION: &str =
    "FailedOperation.NotEnterpriseCertification";

/// 其他错误，一般是由于参数携带不符合要求导致，请参考API接口说明，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const FAILEDOPERATION_OTHERERROR: &str = "FailedOperation.OtherError";

/// 未知错误，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const FAILEDOPERATION_PARAMETERSOTHERERROR: &str = "FailedOperation.ParametersOtherError";

/// 手机号在免打扰名单库中，通常是用户退订或者命中运营商免打扰名单导致的，可联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81) 解决。
pub const FAILEDOPERATION_PHONENUMBERINBLACKLIST: &str = "FailedOperation.PhoneNumberInBlacklist";

/// 号码解析失败，请检查号码是否符合 E.164 标准。
pub const FAILEDOPERATION_PHONENUMBERPARSEFAIL: &str = "FailedOperation.PhoneNumberParseFail";

/// 非主账号无法使用拉取模板列表功能。您可以使用主账号下云 API 密钥来调用接口。
pub const FAILEDOPERATION_PROHIBITSUBACCOUNTUSE: &str = "FailedOperation.ProhibitSubAccountUse";

/// 资质ID未审核通过。资质 ID 信息可前往国内短信的 [实名资质管理](https://console.cloud.tencent.com/smsv2/enterprise) 页查看。
pub const FAILEDOPERATION_QUALIFICATIONIDNOTAPPROVED: &str =
    "FailedOperation.QualificationIdNotApproved";

/// 签名未审批或格式错误。（1）可登录 [短信控制台](https://console.cloud.tencent.com/smsv2)，核查签名是否已审批并且审批通过；（2）核查是否符合格式规范，签名只能由中英文、数字组成，要求2 - 12个字，若存在疑问可联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const FAILEDOPERATION_SIGNATUREINCORRECTORUNAPPROVED: &str =
    "FailedOperation.SignatureIncorrectOrUnapproved";

/// 签名 ID 不存在。
pub const FAILEDOPERATION_SIGNIDNOTEXIST: &str = "FailedOperation.SignIdNotExist";

/// 签名个数达到最大值。
pub const FAILEDOPERATION_SIGNNUMBERLIMIT: &str = "FailedOperation.SignNumberLimit";

/// 此模板已经通过审核，无法再次进行修改。
pub const FAILEDOPERATION_TEMPLATEALREADYPASSEDCHECK: &str =
    "FailedOperation.TemplateAlreadyPassedCheck";

/// 模板 ID 不存在。
pub const FAILEDOPERATION_TEMPLATEIDNOTEXIST: &str = "FailedOperation.TemplateIdNotExist";

/// 模板未审批或内容不匹配。（1）可登录 [短信控制台](https://console.cloud.tencent.com/smsv2)，核查模板是否已审批并审批通过；（2）核查是否符合 [格式规范](https://cloud.tencent.com/document/product/382/9558#.E8.BF.94.E5.9B.9E1014.E9.94.99.E8.AF.AF.E5.A6.82.E4.BD.95.E5.A4.84.E7.90.86.EF.BC.9F)，若存在疑问可联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const FAILEDOPERATION_TEMPLATEINCORRECTORUNAPPROVED: &str =
    "FailedOperation.TemplateIncorrectOrUnapproved";

/// 模板个数达到最大值。
pub const FAILEDOPERATION_TEMPLATENUMBERLIMIT: &str = "FailedOperation.TemplateNumberLimit";

/// 请求内容与审核通过的模板内容不匹配。请检查请求中模板参数的个数是否与申请的模板一致。若存在疑问可联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const FAILEDOPERATION_TEMPLATEPARAMSETNOTMATCHAPPROVEDTEMPLATE: &str =
    "FailedOperation.TemplateParamSetNotMatchApprovedTemplate";

/// 模板未审批或不存在。可登录 [短信控制台](https://console.cloud.tencent.com/smsv2)，核查模板是否已审批并审批通过。若存在疑问可联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const FAILEDOPERATION_TEMPLATEUNAPPROVEDORNOTEXIST: &str =
    "FailedOperation.TemplateUnapprovedOrNotExist";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 后台构造用户参数失败，可联系 [sms helper](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81) 。
pub const INTERNALERROR_CONSTRUCTUSERDATAFAIL: &str = "InternalError.ConstructUserDataFail";

/// 解析用户参数失败，可联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const INTERNALERROR_JSONPARSEFAIL: &str = "InternalError.JsonParseFail";

/// 其他错误，请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81) 并提供失败手机号。
pub const INTERNALERROR_OTHERERROR: &str = "InternalError.OtherError";

/// 解析运营商包体失败，可联系 [sms helper](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81) 。
pub const INTERNALERROR_PARSEBACKENDRESPONSEFAIL: &str = "InternalError.ParseBackendResponseFail";

/// 请求发起时间不正常，通常是由于您的服务器时间与腾讯云服务器时间差异超过10分钟导致的，请核对服务器时间及 API 接口中的时间字段是否正常。
pub const INTERNALERROR_REQUESTTIMEEXCEPTION: &str = "InternalError.RequestTimeException";

/// 不存在该 RESTAPI 接口，请核查 REST API 接口说明。
pub const INTERNALERROR_RESTAPIINTERFACENOTEXIST: &str = "InternalError.RestApiInterfaceNotExist";

/// 接口超时或短信收发包超时，请检查您的网络是否有波动，或联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81) 解决。
pub const INTERNALERROR_SENDANDRECVFAIL: &str = "InternalError.SendAndRecvFail";

/// 后端包体中请求包体没有 Sig 字段或 Sig 为空。
pub const INTERNALERROR_SIGFIELDMISSING: &str = "InternalError.SigFieldMissing";

/// 后端校验 Sig 失败。
pub const INTERNALERROR_SIGVERIFICATIONFAIL: &str = "InternalError.SigVerificationFail";

/// 请求下发短信超时，请参考 [60008错误详解](https://cloud.tencent.com/document/product/382/9558#.E8.BF.94.E5.9B.9E60008.E9.94.99.E8.AF.AF.E5.A6.82.E4.BD.95.E5.A4.84.E7.90.86.EF.BC.9F)。
pub const INTERNALERROR_TIMEOUT: &str = "InternalError.Timeout";

/// 未知错误类型。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数 BeginTime 校验失败。
pub const INVALIDPARAMETERVALUE_BEGINTIMEVERIFYFAIL: &str =
    "InvalidParameterValue.BeginTimeVerifyFail";

/// 请求的短信内容太长，短信长度规则请参考 [国内短信内容长度计算规则](https://cloud.tencent.com/document/product/382/18058) 或 [国际/港澳台短信内容长度计算规则](https://cloud.tencent.com/document/product/382/18052#size)。
pub const INVALIDPARAMETERVALUE_CONTENTLENGTHLIMIT: &str =
    "InvalidParameterValue.ContentLengthLimit";

/// 参数 EndTime 校验失败。
pub const INVALIDPARAMETERVALUE_ENDTIMEVERIFYFAIL: &str = "InvalidParameterValue.EndTimeVerifyFail";

/// 上传的转码图片格式错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const INVALIDPARAMETERVALUE_IMAGEINVALID: &str = "InvalidParameterValue.ImageInvalid";

/// 手机号格式错误。
pub const INVALIDPARAMETERVALUE_INCORRECTPHONENUMBER: &str =
    "InvalidParameterValue.IncorrectPhoneNumber";

/// DocumentType 字段校验错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const INVALIDPARAMETERVALUE_INVALIDDOCUMENTTYPE: &str =
    "InvalidParameterValue.InvalidDocumentType";

/// International 字段校验错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const INVALIDPARAMETERVALUE_INVALIDINTERNATIONAL: &str =
    "InvalidParameterValue.InvalidInternational";

/// SignPurpose 字段校验错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const INVALIDPARAMETERVALUE_INVALIDSIGNPURPOSE: &str =
    "InvalidParameterValue.InvalidSignPurpose";

/// SmsType 字段校验错误，请参照 API 接口说明中对该字段的描述，更多疑问可咨询 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const INVALIDPARAMETERVALUE_INVALIDSMSTYPE: &str = "InvalidParameterValue.InvalidSmsType";

/// 无效的拉取起始/截止时间，具体原因可能是请求的 SendDateTime 大于 EndDateTime。
pub const INVALIDPARAMETERVALUE_INVALIDSTARTTIME: &str = "InvalidParameterValue.InvalidStartTime";

/// 模板格式错误，请参考[正文模板审核标准](https://cloud.tencent.com/document/product/382/39023)。
pub const INVALIDPARAMETERVALUE_INVALIDTEMPLATEFORMAT: &str =
    "InvalidParameterValue.InvalidTemplateFormat";

/// UsedMethod 字段校验错误，请参照 API 接口说明中对该字段的说明，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const INVALIDPARAMETERVALUE_INVALIDUSEDMETHOD: &str = "InvalidParameterValue.InvalidUsedMethod";

/// 参数 Limit 校验失败。
pub const INVALIDPARAMETERVALUE_LIMITVERIFYFAIL: &str = "InvalidParameterValue.LimitVerifyFail";

/// 营销短信必须包含退订方式，请在短信模板尾部添加“拒收请回复R”后提交。可参考 [关于营销短信退订标识修改的公告](https://cloud.tencent.com/document/product/382/100568)。
pub const INVALIDPARAMETERVALUE_MARKETINGTEMPLATEWITHOUTUNSUBSCRIBE: &str =
    "InvalidParameterValue.MarketingTemplateWithoutUnsubscribe";

/// 无法识别签名，请确认是否已有签名通过申请，一般是签名未通过申请，可以查看 [签名审核](https://cloud.tencent.com/document/product/382/37745#.E6.AD.A5.E9.AA.A43.EF.BC.9A.E7.AD.89.E5.BE.85.E5.AE.A1.E6.A0.B8) 。
pub const INVALIDPARAMETERVALUE_MISSINGSIGNATURELIST: &str =
    "InvalidParameterValue.MissingSignatureList";

/// 传入的 MultiSmsInfoSet 列表为空，请确认您的参数中是否传入 MultiSmsInfoSet。
pub const INVALIDPARAMETERVALUE_MULTISMSINFOSETEMPTY: &str =
    "InvalidParameterValue.MultiSmsInfoSetEmpty";

/// 参数 Offset 校验失败。
pub const INVALIDPARAMETERVALUE_OFFSETVERIFYFAIL: &str = "InvalidParameterValue.OffsetVerifyFail";

/// 禁止在模板变量中使用 URL。您可以参考正文模板审核标准下关于 [变量规范](https://cloud.tencent.com/document/product/382/39023#variable) 的描述
pub const INVALIDPARAMETERVALUE_PROHIBITEDUSEURLINTEMPLATEPARAMETER: &str =
    "InvalidParameterValue.ProhibitedUseUrlInTemplateParameter";

/// 资质ID未找到。资质 ID 信息可前往国内短信的 [实名资质管理](https://console.cloud.tencent.com/smsv2/enterprise) 页查看。
pub const INVALIDPARAMETERVALUE_QUALIFICATIONIDNOTFOUND: &str =
    "InvalidParameterValue.QualificationIdNotFound";

/// SdkAppId 不存在。
pub const INVALIDPARAMETERVALUE_SDKAPPIDNOTEXIST: &str = "InvalidParameterValue.SdkAppIdNotExist";

/// 此签名已经通过审核，无法再次进行修改。
pub const INVALIDPARAMETERVALUE_SIGNALREADYPASSEDCHECK: &str =
    "InvalidParameterValue.SignAlreadyPassedCheck";

/// 已存在相同的待审核签名。
pub const INVALIDPARAMETERVALUE_SIGNEXISTANDUNAPPROVED: &str =
    "InvalidParameterValue.SignExistAndUnapproved";

/// 签名内容长度过长。
pub const INVALIDPARAMETERVALUE_SIGNNAMELENGTHTOOLONG: &str =
    "InvalidParameterValue.SignNameLengthTooLong";

/// 验证码模板参数格式错误，验证码类模板，模板变量只能传入0 - 6位（包括6位）纯数字。
pub const INVALIDPARAMETERVALUE_TEMPLATEPARAMETERFORMATERROR: &str =
    "InvalidParameterValue.TemplateParameterFormatError";

/// 单个模板变量字符数超过规定的限制数。您可以参考 <a href="https://cloud.tencent.com/document/product/382/39023#variable">正文模板审核标准</a>下变量规范中关于长度的描述，对于长期未使用的账号及2024年1月25日后开通新账号默认最长支持6个字符，您的账号具体可支持字符长度以<a href="https://console.cloud.tencent.com/smsv2/csms-template/create">控制台显示为准</a>。更多疑问可联系 <a href="https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81">腾讯云短信小助手</a> 。
pub const INVALIDPARAMETERVALUE_TEMPLATEPARAMETERLENGTHLIMIT: &str =
    "InvalidParameterValue.TemplateParameterLengthLimit";

/// 模板内容存在敏感词，请参考[正文模板审核标准](https://cloud.tencent.com/document/product/382/39023)。
pub const INVALIDPARAMETERVALUE_TEMPLATEWITHDIRTYWORDS: &str =
    "InvalidParameterValue.TemplateWithDirtyWords";

/// 申请国内短信通知和营销短信模板不支持添加变量。可参考 [控制台说明](https://console.cloud.tencent.com/smsv2/csms-template)，更多疑问可咨询 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDTEMPLATEVARIABLE: &str =
    "InvalidParameterValue.UnsupportedTemplateVariable";

/// 账号与应用id不匹配。
pub const INVALIDPARAMETER_APPIDANDBIZID: &str = "InvalidParameter.AppidAndBizId";

/// 存在敏感词。
pub const INVALIDPARAMETER_DIRTYWORDFOUND: &str = "InvalidParameter.DirtyWordFound";

/// 参数有误，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const INVALIDPARAMETER_INVALIDPARAMETERS: &str = "InvalidParameter.InvalidParameters";

/// 业务短信国家/地区日下发条数超过设定的上限，可自行到控制台应用管理>基础配置下调整国际港澳台短信发送限制。
pub const LIMITEXCEEDED_APPCOUNTRYORREGIONDAILYLIMIT: &str =
    "LimitExceeded.AppCountryOrRegionDailyLimit";

/// 业务短信国家/地区不在国际港澳台短信发送限制设置的列表中而禁发，可自行到控制台应用管理>基础配置下调整国际港澳台短信发送限制。
pub const LIMITEXCEEDED_APPCOUNTRYORREGIONINBLACKLIST: &str =
    "LimitExceeded.AppCountryOrRegionInBlacklist";

/// 业务短信日下发条数超过设定的上限 ，可自行到控制台调整短信频率限制策略。
pub const LIMITEXCEEDED_APPDAILYLIMIT: &str = "LimitExceeded.AppDailyLimit";

/// 业务短信国际/港澳台日下发条数超过设定的上限，可自行到控制台应用管理>基础配置下调整发送总量阈值。
pub const LIMITEXCEEDED_APPGLOBALDAILYLIMIT: &str = "LimitExceeded.AppGlobalDailyLimit";

/// 业务短信中国大陆日下发条数超过设定的上限，可自行到控制台应用管理>基础配置下调整发送总量阈值。
pub const LIMITEXCEEDED_APPMAINLANDCHINADAILYLIMIT: &str =
    "LimitExceeded.AppMainlandChinaDailyLimit";

/// 短信日下发条数超过设定的上限 (国际/港澳台)，如需调整限制，可联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773)。
pub const LIMITEXCEEDED_DAILYLIMIT: &str = "LimitExceeded.DailyLimit";

/// 下发短信命中了频率限制策略，可自行到控制台调整短信频率限制策略，如有其他需求请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const LIMITEXCEEDED_DELIVERYFREQUENCYLIMIT: &str = "LimitExceeded.DeliveryFrequencyLimit";

/// 国际短信发送速率限制。若存在疑问可联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const LIMITEXCEEDED_GLOBALSMSSENDINGRATELIMIT: &str = "LimitExceeded.GlobalSmsSendingRateLimit";

/// 调用接口单次提交的手机号个数超过200个，请遵守 API 接口输入参数描述。
pub const LIMITEXCEEDED_PHONENUMBERCOUNTLIMIT: &str = "LimitExceeded.PhoneNumberCountLimit";

/// 单个手机号日下发短信条数超过设定的上限，可自行到控制台调整短信频率限制策略。
pub const LIMITEXCEEDED_PHONENUMBERDAILYLIMIT: &str = "LimitExceeded.PhoneNumberDailyLimit";

/// 单个手机号1小时内下发短信条数超过设定的上限，可自行到控制台调整短信频率限制策略。
pub const LIMITEXCEEDED_PHONENUMBERONEHOURLIMIT: &str = "LimitExceeded.PhoneNumberOneHourLimit";

/// 单个手机号下发相同内容超过设定的上限，可自行到控制台调整短信频率限制策略。
pub const LIMITEXCEEDED_PHONENUMBERSAMECONTENTDAILYLIMIT: &str =
    "LimitExceeded.PhoneNumberSameContentDailyLimit";

/// 单个手机号30秒内下发短信条数超过设定的上限，可自行到控制台调整短信频率限制策略。
pub const LIMITEXCEEDED_PHONENUMBERTHIRTYSECONDLIMIT: &str =
    "LimitExceeded.PhoneNumberThirtySecondLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 传入的号码列表为空，请确认您的参数中是否传入号码。
pub const MISSINGPARAMETER_EMPTYPHONENUMBERSET: &str = "MissingParameter.EmptyPhoneNumberSet";

/// 账户下无此签名或者模板，请登录控制台查询。
pub const MISSINGPARAMETER_MISSINGSIGNATURELIST: &str = "MissingParameter.MissingSignatureList";

/// 个人用户没有发营销短信的权限，请参考 [权益区别](https://cloud.tencent.com/document/product/382/13444)。
pub const UNAUTHORIZEDOPERATION_INDIVIDUALUSERMARKETINGSMSPERMISSIONDENY: &str =
    "UnauthorizedOperation.IndividualUserMarketingSmsPermissionDeny";

/// 请求 IP 不在白名单中，您配置了校验请求来源 IP，但是检测到当前请求 IP 不在配置列表中，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const UNAUTHORIZEDOPERATION_REQUESTIPNOTINWHITELIST: &str =
    "UnauthorizedOperation.RequestIpNotInWhitelist";

/// 请求没有权限，请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const UNAUTHORIZEDOPERATION_REQUESTPERMISSIONDENY: &str =
    "UnauthorizedOperation.RequestPermissionDeny";

/// 此 SdkAppId 禁止提供服务，如有需要请联系 [腾讯云短信小助手](https://cloud.tencent.com/document/product/382/3773#.E6.8A.80.E6.9C.AF.E4.BA.A4.E6.B5.81)。
pub const UNAUTHORIZEDOPERATION_SDKAPPIDISDISABLED: &str =
    "UnauthorizedOperation.SdkAppIdIsDisabled";

/// 欠费被停止服务，可自行登录腾讯云充值来缴清欠款。
pub const UNAUTHORIZEDOPERATION_SERVICESUSPENDDUETOARREARS: &str =
    "UnauthorizedOperation.ServiceSuspendDueToArrears";

/// SmsSdkAppId 校验失败，请检查 [SmsSdkAppId](https://console.cloud.tencent.com/smsv2/app-manage) 是否属于 [云API密钥](https://console.cloud.tencent.com/cam/capi) 的关联账户。
pub const UNAUTHORIZEDOPERATION_SMSSDKAPPIDVERIFYFAIL: &str =
    "UnauthorizedOperation.SmsSdkAppIdVerifyFail";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 国内短信模板不支持发送国际/港澳台手机号。发送国际/港澳台手机号请使用国际/港澳台短信正文模板。
pub const UNSUPPORTEDOPERATION_CHINESEMAINLANDTEMPLATETOGLOBALPHONE: &str =
    "UnsupportedOperation.ChineseMainlandTemplateToGlobalPhone";

/// 群发请求里既有国内手机号也有国际手机号。请排查是否存在（1）使用国内签名或模板却发送短信到国际手机号；（2）使用国际签名或模板却发送短信到国内手机号。
pub const UNSUPPORTEDOPERATION_CONTAINDOMESTICANDINTERNATIONALPHONENUMBER: &str =
    "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber";

/// 包含中国大陆号码，该接口仅支持国际/港澳台号码。
pub const UNSUPPORTEDOPERATION_CONTAINDOMESTICPHONENUMBER: &str =
    "UnsupportedOperation.ContainDomesticPhoneNumber";

/// 国际/港澳台短信模板不支持发送国内手机号。发送国内手机号请使用国内短信正文模板。
pub const UNSUPPORTEDOPERATION_GLOBALTEMPLATETOCHINESEMAINLANDPHONE: &str =
    "UnsupportedOperation.GlobalTemplateToChineseMainlandPhone";

/// 不支持该地区短信下发。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDREGION: &str = "UnsupportedOperation.UnsupportedRegion";
