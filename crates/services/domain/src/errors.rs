//! Error codes of `domain`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_domain::errors::AUTHFAILURE_UNAUTHORIZEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作未授权，请检查CAM策略。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 用户当前竞价金额小于当前价格。
pub const FAILEDOPERATION_BIDCURRENTPRICE: &str = "FailedOperation.BidCurrentPrice";

/// 当前域名存在用户正在出价,请稍后重试。
pub const FAILEDOPERATION_BIDDINGGETPRICEDOING: &str = "FailedOperation.BiddingGetPriceDoing";

/// 出价保证金自动扣款失败
pub const FAILEDOPERATION_BIDDINGPRERELEASEAUTOPAYERR: &str =
    "FailedOperation.BiddingPreReleaseAutoPayErr";

/// 出价保证金扣款失败，账号金额不足
pub const FAILEDOPERATION_BIDDINGPRERELEASEAUTOPRICEPAYERR: &str =
    "FailedOperation.BiddingPreReleaseAutoPricePayErr";

/// 出价低于当前价格
pub const FAILEDOPERATION_BIDPREDOMAINSPRICEDOWNERR: &str =
    "FailedOperation.BidPreDomainsPriceDownErr";

/// 当前已经结束，不在出价时间范围内。
pub const FAILEDOPERATION_BIDPREDOMAINSTIMEOUTERR: &str = "FailedOperation.BidPreDomainsTimeOutErr";

/// 用户出价不在合理范围内。
pub const FAILEDOPERATION_BIDPRICEILLEGAL: &str = "FailedOperation.BidPriceIllegal";

/// 域名查询失败，请稍后重试该功能。
pub const FAILEDOPERATION_CHECKDOMAINFAILED: &str = "FailedOperation.CheckDomainFailed";

/// 创建模板操作失败。
pub const FAILEDOPERATION_CREATETEMPLATEFAILED: &str = "FailedOperation.CreateTemplateFailed";

/// 删除模板操作失败，请稍后重试。
pub const FAILEDOPERATION_DELETETEMPLATEFAILED: &str = "FailedOperation.DeleteTemplateFailed";

/// 获取域名信息操作失败，请稍后重试。
pub const FAILEDOPERATION_DESCRIBEDOMAINFAILED: &str = "FailedOperation.DescribeDomainFailed";

/// 获取域名信息操作失败，请稍后重试。
pub const FAILEDOPERATION_DESCRIBEDOMAINLISTFAILED: &str =
    "FailedOperation.DescribeDomainListFailed";

/// 获取列表异常
pub const FAILEDOPERATION_DESCRIBEPRERELEASELIST: &str = "FailedOperation.DescribePreReleaseList";

/// 查询模板操作失败。
pub const FAILEDOPERATION_DESCRIBETEMPLATEFAILED: &str = "FailedOperation.DescribeTemplateFailed";

/// 当前域名已经不属于预约状态
pub const FAILEDOPERATION_DESCRIBEUNPREDOMAINDETAILERR: &str =
    "FailedOperation.DescribeUnPreDomainDetailErr";

/// 域名已过期，不允许操作。
pub const FAILEDOPERATION_DOMAINEXPIREDUNSUPPORTED: &str =
    "FailedOperation.DomainExpiredUnsupported";

/// 获取域名价格列表失败。
pub const FAILEDOPERATION_DOMAINPRICELISTFAILED: &str = "FailedOperation.DomainPriceListFailed";

/// 当前账号下已有相同的手机/邮箱，无需重复添加。
pub const FAILEDOPERATION_DUPLICATEPHONEEMAIL: &str = "FailedOperation.DuplicatePhoneEmail";

/// 禁止请求
pub const FAILEDOPERATION_FORBIDDENREQUEST: &str = "FailedOperation.ForbiddenRequest";

/// 获取域名价格失败。
pub const FAILEDOPERATION_GETDOMAINPRICEFAILED: &str = "FailedOperation.GetDomainPriceFailed";

/// 域名过户失败。
pub const FAILEDOPERATION_MODIFYDOMAINOWNERFAILED: &str = "FailedOperation.ModifyDomainOwnerFailed";

/// 当前域名正在注册中无法进行账号间转移,请等待注册完成后再操作
pub const FAILEDOPERATION_MODIFYDOMAINOWNERREGISTERDOING: &str =
    "FailedOperation.ModifyDomainOwnerRegisterDoing";

/// 该域名已在 Push 中，不可操作账号间转移。
pub const FAILEDOPERATION_MODIFYOWNERDOMAINHASBEENPUSHED: &str =
    "FailedOperation.ModifyOwnerDomainHasBeenPushed";

/// 对方账号开启了禁止账号间转移，不可操作账号间转移。(对方账号开启了禁止账号间转移，不可操作账号间转移)
pub const FAILEDOPERATION_MODIFYOWNERDOMAINWITHLOCK: &str =
    "FailedOperation.ModifyOwnerDomainWithLock";

/// 权限不足。
pub const FAILEDOPERATION_PERMISSIONDENIED: &str = "FailedOperation.PermissionDenied";

/// 禁止的手机或邮箱。
pub const FAILEDOPERATION_PROHIBITPHONEEMAIL: &str = "FailedOperation.ProhibitPhoneEmail";

/// 域名注册操作失败，请稍后重试。
pub const FAILEDOPERATION_REGISTERDOMAIN: &str = "FailedOperation.RegisterDomain";

/// 域名注册操作失败，请稍后重试。
pub const FAILEDOPERATION_REGISTERDOMAINFAILED: &str = "FailedOperation.RegisterDomainFailed";

/// 当前账号为云开发（TCB）账号，无法使用验证功能，请切换登录小程序公众号后重新操作。
pub const FAILEDOPERATION_SENDTCBPHONEEMAILCODEFAILED: &str =
    "FailedOperation.SendTcbPhoneEmailCodeFailed";

/// 发送验证码过于频繁，请稍后重试。
pub const FAILEDOPERATION_SENDVERIFYCODEISLIMITED: &str = "FailedOperation.SendVerifyCodeIsLimited";

/// 修改 DNS 失败，请输入正确的 DNS 服务器地址。
pub const FAILEDOPERATION_SETDOMAINDNSFAILED: &str = "FailedOperation.SetDomainDnsFailed";

/// 实名审核中, 已实名认证的模板无法修改。
pub const FAILEDOPERATION_TEMPLATECANNOTMODIFY: &str = "FailedOperation.TemplateCanNotModify";

/// 信息模板超过可用数量上限，建议删除已有模板后重试。
pub const FAILEDOPERATION_TEMPLATEMAXNUMFAILED: &str = "FailedOperation.TemplateMaxNumFailed";

/// 域名提交转入失败，请稍后重试。
pub const FAILEDOPERATION_TRANSFERINDOMAINFAILED: &str = "FailedOperation.TransferInDomainFailed";

/// 用户不再白名单列表，无法调用该接口
pub const FAILEDOPERATION_UINNOTWHITELISTERR: &str = "FailedOperation.UinNotWhiteListErr";

/// 上传图片操作失败。
pub const FAILEDOPERATION_UPLOADIMAGEFAILED: &str = "FailedOperation.UploadImageFailed";

/// 提交实名认证资质信息失败。
pub const FAILEDOPERATION_UPLOADVERIFICATIONFAILED: &str =
    "FailedOperation.UploadVerificationFailed";

/// 当前用户未在官网进行实名操作。
pub const FAILEDOPERATION_VERIFYUINISREALNAME: &str = "FailedOperation.VerifyUinIsRealname";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 数据库报错。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DbError";

/// 查询域名信息失败。
pub const INTERNALERROR_DESCRIBEDOMAININFOERR: &str = "InternalError.DescribeDomainInfoErr";

/// 未到释放时间，请稍后再试。
pub const INTERNALERROR_DESCRIBEPREDOMAINLISTNOTBEGIN: &str =
    "InternalError.DescribePreDomainListNotBegin";

/// 获取收藏店铺列表失败。
pub const INTERNALERROR_DESCRIBESHOPCOLLECTLISTERR: &str =
    "InternalError.DescribeShopCollectListErr";

/// IP格式错误。
pub const INTERNALERROR_DNSHOSTIPCHECKERR: &str = "InternalError.DNSHostIPCheckErr";

/// 网络报错，请稍后重试。
pub const INTERNALERROR_DOMAININTERNALERROR: &str = "InternalError.DomainInternalError";

/// 禁止请求。
pub const INTERNALERROR_FORBIDDENREQUEST: &str = "InternalError.ForbiddenRequest";

/// 转json错误。
pub const INTERNALERROR_JSONMARSHAL: &str = "InternalError.JsonMarshal";

/// method不匹配。
pub const INTERNALERROR_METHODNOTMATCH: &str = "InternalError.MethodNotMatch";

/// 修改DNSHost失败。
pub const INTERNALERROR_MODIFYDNSHOSTERR: &str = "InternalError.ModifyDNSHostErr";

/// 需要登录。
pub const INTERNALERROR_NEEDLOGIN: &str = "InternalError.NeedLogin";

/// 读取body失败。
pub const INTERNALERROR_READBODYERROR: &str = "InternalError.ReadBodyError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 表单参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERFORMAT: &str =
    "InvalidParameterValue.InvalidParameterFormat";

/// 资质信息输入不正确。
pub const INVALIDPARAMETER_CERTIFICATECODEISINVALID: &str =
    "InvalidParameter.CertificateCodeIsInvalid";

/// 资质照片输入不正确。
pub const INVALIDPARAMETER_CERTIFICATEIMAGEISINVALID: &str =
    "InvalidParameter.CertificateImageIsInvalid";

/// 地区城市填写有误，长度错误长度必须地址长度必须大于2并小于100，或包含非中文字符，或存在空格
pub const INVALIDPARAMETER_CITYCNINVALID: &str = "InvalidParameter.CityCnInvalid";

/// 类型只能为手机或者邮箱。
pub const INVALIDPARAMETER_CODETYPEISINVALID: &str = "InvalidParameter.CodeTypeIsInvalid";

/// 地区国家填写有误，长度错误长度必须地址长度必须大于2并小于100，或包含非中文字符，或存在空格
pub const INVALIDPARAMETER_COUNTRYCNINVALID: &str = "InvalidParameter.CountryCnInvalid";

/// 自定义 DNS Host 名称未找到。
pub const INVALIDPARAMETER_CUSTOMDNSNAMENOTFOUND: &str = "InvalidParameter.CustomDnsNameNotFound";

/// 无权限自定义DNS。
pub const INVALIDPARAMETER_CUSTOMDNSNOTALLOWED: &str = "InvalidParameter.CustomDnsNotAllowed";

/// 域名输入不规范。
pub const INVALIDPARAMETER_DOMAINISINVALID: &str = "InvalidParameter.DomainIsInvalid";

/// 域名输入为空或者不正确。
pub const INVALIDPARAMETER_DOMAINNAMEISINVALID: &str = "InvalidParameter.DomainNameIsInvalid";

/// 自定义DNS Host 名称已经存在。
pub const INVALIDPARAMETER_DUPLICATECUSTOMDNSNAME: &str = "InvalidParameter.DuplicateCustomDnsName";

/// 存在重复域名，请检查后重新提交。
pub const INVALIDPARAMETER_DUPLICATEDOMAINEXISTS: &str = "InvalidParameter.DuplicateDomainExists";

/// 邮箱为空或者不正确。
pub const INVALIDPARAMETER_EMAILISINVALID: &str = "InvalidParameter.EmailIsInvalid";

/// 仅支持已验证的电子邮箱，请先在控制台创建后使用
pub const INVALIDPARAMETER_EMAILISUNVERIFIED: &str = "InvalidParameter.EmailIsUnverified";

/// 不支持该格式文件，请上传 JPG、JPEG 格式图片（可使用第三方图片格式转换工具）。
pub const INVALIDPARAMETER_IMAGEEXTINVALID: &str = "InvalidParameter.ImageExtInvalid";

/// 上传的照片参数为空或者不合法。
pub const INVALIDPARAMETER_IMAGEFILEISINVALID: &str = "InvalidParameter.ImageFileIsInvalid";

/// 非标准的 JPG、JPEG 格式图片，请使用工具转换格式后重新上传（可使用第三方图片格式转换工具）。
pub const INVALIDPARAMETER_IMAGEFORMATISINVALID: &str = "InvalidParameter.ImageFormatIsInvalid";

/// 图片大小低于最小限制(55KB)，请重新上传。
pub const INVALIDPARAMETER_IMAGESIZEBELOW: &str = "InvalidParameter.ImageSizeBelow";

/// 图片过大，请减小后重试。
pub const INVALIDPARAMETER_IMAGESIZEEXCEED: &str = "InvalidParameter.ImageSizeExceed";

/// 图片大小超过限制(1M)，请重新上传。
pub const INVALIDPARAMETER_IMAGESIZELIMIT: &str = "InvalidParameter.ImageSizeLimit";

/// 联系人(中文)不能包含英文以及空格
pub const INVALIDPARAMETER_NAMECNISINVALID: &str = "InvalidParameter.NameCnIsInvalid";

/// 联系人(中文)不能包含XML保留字符
pub const INVALIDPARAMETER_NAMECNXMLINVALID: &str = "InvalidParameter.NameCnXmlInvalid";

/// 联系人(英文)不符合ASCII规范 [查看规范](https://cloud.tencent.com/document/product/242/66269)
pub const INVALIDPARAMETER_NAMEENASCIIINVALID: &str = "InvalidParameter.NameEnASCIIInvalid";

/// 联系人(英文)不能包含中文
pub const INVALIDPARAMETER_NAMEENCNISINVALID: &str = "InvalidParameter.NameEnCnIsInvalid";

/// 联系人(英文)字符长度不能小于2位且不能大于64位
pub const INVALIDPARAMETER_NAMEENISINVALID: &str = "InvalidParameter.NameEnIsInvalid";

/// 联系人(英文)填写有误，或因其他原因无法使用，请更换其他联系人。
pub const INVALIDPARAMETER_NAMEENISKEYWORD: &str = "InvalidParameter.NameEnIsKeyword";

/// 联系人(英文)不能包含XML保留字符
pub const INVALIDPARAMETER_NAMEENXMLINVALID: &str = "InvalidParameter.NameEnXmlInvalid";

/// 联系人为空或者不合法。
pub const INVALIDPARAMETER_NAMEISINVALID: &str = "InvalidParameter.NameIsInvalid";

/// 联系人填写有误，或因其他原因无法使用，请更换其他联系人。
pub const INVALIDPARAMETER_NAMEISKEYWORD: &str = "InvalidParameter.NameIsKeyword";

/// 域名所有者(英文)不符合ASCII规范 [查看规范](https://cloud.tencent.com/document/product/242/66269)
pub const INVALIDPARAMETER_ORGASCIIINVALID: &str = "InvalidParameter.OrgASCIIInvalid";

/// 域名所有者(中文)不能包含空格与英文
pub const INVALIDPARAMETER_ORGCNNOTSPACECN: &str = "InvalidParameter.OrgCnNotSpaceCN";

/// 域名所有者(中文)不能包含XML保留字符
pub const INVALIDPARAMETER_ORGCNXMLINVALID: &str = "InvalidParameter.OrgCnXmlInvalid";

/// 域名所有者(英文)不能包含中文字符
pub const INVALIDPARAMETER_ORGINCNINVALID: &str = "InvalidParameter.OrgInCNInvalid";

/// 注册人为空或者不合法。
pub const INVALIDPARAMETER_ORGISINVALID: &str = "InvalidParameter.OrgIsInvalid";

/// 域名所有者填写有误，或因其他原因无法使用，请更换其他域名所有者。
pub const INVALIDPARAMETER_ORGISKEYWORD: &str = "InvalidParameter.OrgIsKeyword";

/// 域名所有者(英文)不能包含XML保留字符
pub const INVALIDPARAMETER_ORGXMLINVALID: &str = "InvalidParameter.OrgXMLInvalid";

/// 特惠包ID无效。
pub const INVALIDPARAMETER_PACKAGERESOURCEIDINVALID: &str =
    "InvalidParameter.PackageResourceIdInvalid";

/// 地区省份填写有误，长度错误长度必须地址长度必须大于2并小于100，或包含非中文字符，或存在空格
pub const INVALIDPARAMETER_PROVINCECNINVALID: &str = "InvalidParameter.ProvinceCnInvalid";

/// 请求类型错误。
pub const INVALIDPARAMETER_REPTYPEISINVALID: &str = "InvalidParameter.RepTypeIsInvalid";

/// 地址有误，请传入正确的地址。
pub const INVALIDPARAMETER_STREETISINVALID: &str = "InvalidParameter.StreetIsInvalid";

/// 电话为空或者不合法。
pub const INVALIDPARAMETER_TELEPHONEISINVALID: &str = "InvalidParameter.TelephoneIsInvalid";

/// 仅支持已验证的手机号码，请先在控制台创建后使用。
pub const INVALIDPARAMETER_TELEPHONEISUNVERIFIED: &str = "InvalidParameter.TelephoneIsUnverified";

/// 模板信息地址错误，请检查后，请重新操作
pub const INVALIDPARAMETER_TEMPLATEADDRESSINVALID: &str = "InvalidParameter.TemplateAddressInvalid";

/// 域名数量不能超过4000个。
pub const INVALIDPARAMETER_UPTO4000: &str = "InvalidParameter.UpTo4000";

/// 用户类型为空或者不合法。
pub const INVALIDPARAMETER_USERTYPEISINVALID: &str = "InvalidParameter.UserTypeIsInvalid";

/// 验证码错误，请重新输入。
pub const INVALIDPARAMETER_VERIFYCODEISINVALID: &str = "InvalidParameter.VerifyCodeIsInvalid";

/// 邮编为空或者不合法。
pub const INVALIDPARAMETER_ZIPCODEISINVALID: &str = "InvalidParameter.ZipCodeIsInvalid";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 请求频率超过限制。
pub const LIMITEXCEEDED_REQUESTLIMIT: &str = "LimitExceeded.RequestLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 未定义路由。
pub const MISSINGPARAMETER_ACTIONNOTFOUND: &str = "MissingParameter.ActionNotFound";

/// 域名不能为空。
pub const MISSINGPARAMETER_DOMAINISEMPTY: &str = "MissingParameter.DomainIsEmpty";

/// 请求数据不能为空。
pub const MISSINGPARAMETER_REPDATAISNONE: &str = "MissingParameter.RepDataIsNone";

/// 模板ID为空或者不合法。
pub const MISSINGPARAMETER_TEMPLATEIDISEMPTY: &str = "MissingParameter.TemplateIdIsEmpty";

/// 模板已存在。
pub const MISSINGPARAMETER_TEMPLATEIDISEXIST: &str = "MissingParameter.TemplateIdIsExist";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源配额不足
pub const RESOURCEINSUFFICIENT_INSUFFICIENTQUOTA: &str = "ResourceInsufficient.InsufficientQuota";

/// 当前正在执行中的任务过多，请稍后再提交新的任务。
pub const RESOURCEINSUFFICIENT_OVERWORK: &str = "ResourceInsufficient.Overwork";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 域名信息审核过程中，不可进行转移。
pub const RESOURCEINUSE_MODIFYDOMAININFOOWNERFAILED: &str =
    "ResourceInUse.ModifyDomainInfoOwnerFailed";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 模板未实名。
pub const RESOURCENOTFOUND_APPROVEDTEMPLATENOTFOUND: &str =
    "ResourceNotFound.ApprovedTemplateNotFound";

/// 竞价金额配置查询失败。
pub const RESOURCENOTFOUND_BIDPRICECONFIG: &str = "ResourceNotFound.BidPriceConfig";

/// 域名地址有误，请输入正确的域名地址。
pub const RESOURCENOTFOUND_DOMAINNOTFOUND: &str = "ResourceNotFound.DomainNotFound";

/// 获取数据查找不到。
pub const RESOURCENOTFOUND_SEARCHINFO: &str = "ResourceNotFound.SearchInfo";

/// 模板信息有误，请输入正确的信息。
pub const RESOURCENOTFOUND_TEMPLATENOTFOUND: &str = "ResourceNotFound.TemplateNotFound";

/// 模板不支持
pub const RESOURCENOTFOUND_TEMPLATETOBESUPPLEMENTED: &str =
    "ResourceNotFound.TemplateToBeSupplemented";

/// 该域名已有同类型操作未完成，无法执行该操作。
pub const RESOURCEUNAVAILABLE_DOMAINISMODIFYINGDNS: &str =
    "ResourceUnavailable.DomainIsModifyingDNS";

/// 账户实名认证未通过。
pub const UNSUPPORTEDOPERATION_ACCOUNTREALNAME: &str = "UnsupportedOperation.AccountRealName";

/// 创建的自定义DNS Host数量已达到最大限制。
pub const UNSUPPORTEDOPERATION_CUSTOMHOSTOVERLIMIT: &str =
    "UnsupportedOperation.CustomHostOverLimit";

/// 当前域名未完成实名认证，无法完成该操作。
pub const UNSUPPORTEDOPERATION_DOMAINNOTVERIFIED: &str = "UnsupportedOperation.DomainNotVerified";

/// 域名已开启【禁止更新锁】保护域名信息安全，不能修改信息。
pub const UNSUPPORTEDOPERATION_DOMAINUPDATEPROHIBITIONLOCKSTARTON: &str =
    "UnsupportedOperation.DomainUpdateProhibitionLockStartOn";

/// 当前域名存在安全锁,禁止修改
pub const UNSUPPORTEDOPERATION_DOMAINUPDATESECURITYLOCKPROHIBIT: &str =
    "UnsupportedOperation.DomainUpdateSecurityLockProhibit";

/// 当前域名状态暂不支持该操作。
pub const UNSUPPORTEDOPERATION_MODIFYDOMAININFOOPERATEUNSUPPORTED: &str =
    "UnsupportedOperation.ModifyDomainInfoOperateUnsupported";

/// 当前域名状态不支持修改。
pub const UNSUPPORTEDOPERATION_MODIFYDOMAININFOUNSUPPORTED: &str =
    "UnsupportedOperation.ModifyDomainInfoUnsupported";

/// 当前域名状态不支持修改。
pub const UNSUPPORTEDOPERATION_MODIFYDOMAINUNSUPPORTED: &str =
    "UnsupportedOperation.ModifyDomainUnsupported";
