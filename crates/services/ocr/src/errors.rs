//! Error codes of `ocr`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ocr::errors::FAILEDOPERATION_ARREARSERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 账号已欠费。
pub const FAILEDOPERATION_ARREARSERROR: &str = "FailedOperation.ArrearsError";

/// 身份证CardSide类型错误
pub const FAILEDOPERATION_CARDSIDEERROR: &str = "FailedOperation.CardSideError";

/// 图片分类失败
pub const FAILEDOPERATION_CLASSIFYSTOREFAILED: &str = "FailedOperation.ClassifyStoreFailed";

/// 今日次数达到限制。
pub const FAILEDOPERATION_COUNTLIMITERROR: &str = "FailedOperation.CountLimitError";

/// 检测失败。
pub const FAILEDOPERATION_DETECTFAILED: &str = "FailedOperation.DetectFailed";

/// 文件下载失败。
pub const FAILEDOPERATION_DOWNLOADERROR: &str = "FailedOperation.DownLoadError";

/// 图片内容为空。
pub const FAILEDOPERATION_EMPTYIMAGEERROR: &str = "FailedOperation.EmptyImageError";

/// 引擎识别超时。
pub const FAILEDOPERATION_ENGINERECOGNIZETIMEOUT: &str = "FailedOperation.EngineRecognizeTimeout";

/// 字段值不符合预期
pub const FAILEDOPERATION_FIELDEXCEPTION: &str = "FailedOperation.FieldException";

/// 文件解码失败
pub const FAILEDOPERATION_FILEDECODEFAILED: &str = "FailedOperation.FileDecodeFailed";

/// 第二代身份证信息不合法或缺失（身份证号、姓名字段校验非法等）
pub const FAILEDOPERATION_IDCARDINFOILLEGAL: &str = "FailedOperation.IdCardInfoIllegal";

/// 图片分辨率过小或身份证在原图中的占比过小
pub const FAILEDOPERATION_IDCARDTOOSMALL: &str = "FailedOperation.IdCardTooSmall";

/// 银行卡信息非法。
pub const FAILEDOPERATION_ILLEGALBANKCARDERROR: &str = "FailedOperation.IllegalBankCardError";

/// 图片模糊。
pub const FAILEDOPERATION_IMAGEBLUR: &str = "FailedOperation.ImageBlur";

/// 图片解码失败。
pub const FAILEDOPERATION_IMAGEDECODEFAILED: &str = "FailedOperation.ImageDecodeFailed";

/// 照片未检测到名片。
pub const FAILEDOPERATION_IMAGENOBUSINESSCARD: &str = "FailedOperation.ImageNoBusinessCard";

/// 图片中未检测到手写体
pub const FAILEDOPERATION_IMAGENOHANDWRITE: &str = "FailedOperation.ImageNoHandWrite";

/// 图片中未检测到第二代身份证或临时身份证。
pub const FAILEDOPERATION_IMAGENOIDCARD: &str = "FailedOperation.ImageNoIdCard";

/// 非指定卡类别图片
pub const FAILEDOPERATION_IMAGENOSPECIFIEDCARD: &str = "FailedOperation.ImageNoSpecifiedCard";

/// 图片中未检测到文本。
pub const FAILEDOPERATION_IMAGENOTEXT: &str = "FailedOperation.ImageNoText";

/// 图片尺寸过大，请参考输入参数中关于图片大小限制的说明。
pub const FAILEDOPERATION_IMAGESIZETOOLARGE: &str = "FailedOperation.ImageSizeTooLarge";

/// 视读区信息与机读区信息不一致
pub const FAILEDOPERATION_INCONSISTENCYBETWEENMRZANDVRZ: &str =
    "FailedOperation.InconsistencyBetweenMRZAndVRZ";

/// 马来西亚证件识别出的邮编长度不正确
pub const FAILEDOPERATION_INVALIDPOSTALCODELENGTH: &str = "FailedOperation.InvalidPostalCodeLength";

/// 发票数据不一致。温馨提示：新版发票核验接口功能更完整，请尽快切换，如已切换请忽略。
pub const FAILEDOPERATION_INVOICEMISMATCH: &str = "FailedOperation.InvoiceMismatch";

/// 输入的Language不支持。
pub const FAILEDOPERATION_LANGUAGENOTSUPPORT: &str = "FailedOperation.LanguageNotSupport";

/// 入参CardSide错误，与实际上传的卡证正副页类型不符
pub const FAILEDOPERATION_LICENSECARDSIDEERROR: &str = "FailedOperation.LicenseCardSideError";

/// 图片中存在两张及以上同面卡证，请上传卡证单面图片或一正一反双面图片
pub const FAILEDOPERATION_LICENSEMULTICARDERROR: &str = "FailedOperation.LicenseMultiCardError";

/// 图片中存在两张及以上同面卡证，请上传卡证单面图片或一正一反双面图片。
pub const FAILEDOPERATION_MULTICARDERROR: &str = "FailedOperation.MultiCardError";

/// 非银行卡。
pub const FAILEDOPERATION_NOBANKCARDERROR: &str = "FailedOperation.NoBankCardError";

/// 非营业执照。
pub const FAILEDOPERATION_NOBIZLICENSE: &str = "FailedOperation.NoBizLicense";

/// 上传的图片非驾驶证
pub const FAILEDOPERATION_NODRIVERLICENSEERROR: &str = "FailedOperation.NoDriverLicenseError";

/// 非香港身份证。
pub const FAILEDOPERATION_NOHKIDCARD: &str = "FailedOperation.NoHKIDCard";

/// 非马来身份证。
pub const FAILEDOPERATION_NOMASIDCARD: &str = "FailedOperation.NoMASIDCard";

/// 非护照。
pub const FAILEDOPERATION_NOPASSPORT: &str = "FailedOperation.NoPassport";

/// 图片不属于门头照
pub const FAILEDOPERATION_NOSTORELABEL: &str = "FailedOperation.NoStoreLabel";

/// 上传的图片非行驶证
pub const FAILEDOPERATION_NOVEHICLELICENSEERROR: &str = "FailedOperation.NoVehicleLicenseError";

/// OCR识别失败。
pub const FAILEDOPERATION_OCRFAILED: &str = "FailedOperation.OcrFailed";

/// PDF解析失败。
pub const FAILEDOPERATION_PDFPARSEFAILED: &str = "FailedOperation.PDFParseFailed";

/// 结果解析失败
pub const FAILEDOPERATION_RESPONSEPARSEFAILED: &str = "FailedOperation.ResponseParseFailed";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 未知的文件类型。
pub const FAILEDOPERATION_UNKNOWFILETYPEERROR: &str = "FailedOperation.UnKnowFileTypeError";

/// 服务未开通。
pub const FAILEDOPERATION_UNOPENERROR: &str = "FailedOperation.UnOpenError";

/// 通用告警服务异常
pub const FAILEDOPERATION_WARNINGSERVICEFAILED: &str = "FailedOperation.WarningServiceFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.InvalidParameterValueLimit";

/// 开票金额或校验码参数值错误。
pub const INVALIDPARAMETERVALUE_PRICEORVERIFICATIONPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.PriceOrVerificationParameterValueLimit";

/// 发票代码参数值错误。
pub const INVALIDPARAMETERVALUE_TICKETCODEPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.TicketCodeParameterValueLimit";

/// 开票日期参数值错误。
pub const INVALIDPARAMETERVALUE_TICKETDATEPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.TicketDateParameterValueLimit";

/// 发票号码参数值错误。
pub const INVALIDPARAMETERVALUE_TICKETSNPARAMETERVALUELIMIT: &str =
    "InvalidParameterValue.TicketSnParameterValueLimit";

/// Config不是有效的JSON格式。
pub const INVALIDPARAMETER_CONFIGFORMATERROR: &str = "InvalidParameter.ConfigFormatError";

/// 图片解码失败。
pub const INVALIDPARAMETER_ENGINEIMAGEDECODEFAILED: &str =
    "InvalidParameter.EngineImageDecodeFailed";

/// 文件内容太大。
pub const LIMITEXCEEDED_TOOLARGEFILEERROR: &str = "LimitExceeded.TooLargeFileError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 地区编码不存在。
pub const RESOURCENOTFOUND_NOAREACODE: &str = "ResourceNotFound.NoAreaCode";

/// 发票不存在。温馨提示：新版发票核验接口功能更完整，请尽快切换，如已切换请忽略。
pub const RESOURCENOTFOUND_NOINVOICE: &str = "ResourceNotFound.NoInvoice";

/// 不支持当天发票查询。
pub const RESOURCENOTFOUND_NOTSUPPORTCURRENTINVOICEQUERY: &str =
    "ResourceNotFound.NotSupportCurrentInvoiceQuery";

/// 计费状态异常。
pub const RESOURCESSOLDOUT_CHARGESTATUSEXCEPTION: &str = "ResourcesSoldOut.ChargeStatusException";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 账号资源包耗尽。
pub const RESOURCEUNAVAILABLE_RESOURCEPACKAGERUNOUT: &str =
    "ResourceUnavailable.ResourcePackageRunOut";

/// 税务局网络异常，请稍后访问。
pub const RESOURCEUNAVAILABLE_TAXNETWORKERROR: &str = "ResourceUnavailable.TaxNetworkError";
