//! Error codes of `ds`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ds::errors::FAILEDOPERATION_ACCOUNTNOTOWNCONTRACTERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 该账号不具有该合同。
pub const FAILEDOPERATION_ACCOUNTNOTOWNCONTRACTERROR: &str =
    "FailedOperation.AccountNotOwnContractError";

/// 授权时间格式错误。
pub const FAILEDOPERATION_AUTHORIZATIONTIMEERROR: &str = "FailedOperation.AuthorizationTimeError";

/// 后端接口调用失败。
pub const FAILEDOPERATION_BACKENDINTERFACEERROR: &str = "FailedOperation.BackendInterfaceError";

/// 后端接口返回内容异常，请检查请求参数。
pub const FAILEDOPERATION_BACKENDINTERFACERESPONSECONTENTERROR: &str =
    "FailedOperation.BackendInterfaceResponseContentError";

/// 后端接口返回头异常，请检查请求参数。
pub const FAILEDOPERATION_BACKENDINTERFACERESPONSEHEADERERROR: &str =
    "FailedOperation.BackendInterfaceResponseHeaderError";

/// 证书类型错误。
pub const FAILEDOPERATION_CERTTYPEERROR: &str = "FailedOperation.CertTypeError";

/// 验证签署验证码失败。
pub const FAILEDOPERATION_CHECKVCODEERROR: &str = "FailedOperation.CheckVcodeError";

/// 合同已过期。
pub const FAILEDOPERATION_CONTRACTEXPIRED: &str = "FailedOperation.ContractExpired";

/// 该合同已被签署过。
pub const FAILEDOPERATION_CONTRACTSIGNEDERROR: &str = "FailedOperation.ContractSignedError";

/// 坐标值错误，必须保证坐标值为数字。
pub const FAILEDOPERATION_COORDINATEERROR: &str = "FailedOperation.CoordinateError";

/// 坐标值超出PDF尺寸范围。
pub const FAILEDOPERATION_COORDINATEOUTSIDEPDF: &str = "FailedOperation.CoordinateOutsidePDF";

/// 计费账户问题。
pub const FAILEDOPERATION_COSTACCOUNTERROR: &str = "FailedOperation.CostAccountError";

/// 合同创建失败。
pub const FAILEDOPERATION_CREATECONTRACTERROR: &str = "FailedOperation.CreateContractError";

/// 创建企业账户失败，请检查请求参数。
pub const FAILEDOPERATION_CREATEENTERPRISEACCOUNTERROR: &str =
    "FailedOperation.CreateEnterpriseAccountError";

/// 创建个人账户失败。
pub const FAILEDOPERATION_CREATEPERSONALACCOUNTERROR: &str =
    "FailedOperation.CreatePersonalAccountError";

/// 新增印章失败。
pub const FAILEDOPERATION_CREATESEALERROR: &str = "FailedOperation.CreateSealError";

/// 删除账户失败。
pub const FAILEDOPERATION_DELETEACCOUNTERROR: &str = "FailedOperation.DeleteAccountError";

/// 删除印章失败。
pub const FAILEDOPERATION_DELETESEALERROR: &str = "FailedOperation.DeleteSealError";

/// 获取子平台信息失败。
pub const FAILEDOPERATION_DESCRIBESUBPLATERROR: &str = "FailedOperation.DescribeSubplatError";

/// 查询任务结果失败。
pub const FAILEDOPERATION_DESCRIBETASKSTATUSERROR: &str = "FailedOperation.DescribeTaskStatusError";

/// 下载签章文件失败，请确保路径正确。
pub const FAILEDOPERATION_DOWNLOADSEALERROR: &str = "FailedOperation.DownloadSealError";

/// 企业名称格式错误，不能包含数字。
pub const FAILEDOPERATION_ENTERPRISENAMEFORMATERROR: &str =
    "FailedOperation.EnterpriseNameFormatError";

/// 不能删除第一个有效的企业账户。
pub const FAILEDOPERATION_FIRSTENTERPRISEACCOUNTDELETEERROR: &str =
    "FailedOperation.FirstEnterpriseAccountDeleteError";

/// 签署关键字信息中存在格式错误(偏移坐标，签章图片宽/高度都必须为数字)。
pub const FAILEDOPERATION_FORMATERROR: &str = "FailedOperation.FormatError";

/// 获得PDF页面尺寸失败。
pub const FAILEDOPERATION_GETPDFSIZEFAILED: &str = "FailedOperation.GetPDFSizeFailed";

/// 证件号码格式错误，请输入正确的个人/企业证件号码。
pub const FAILEDOPERATION_IDENTNOFORMATERROR: &str = "FailedOperation.IdentNoFormatError";

/// 证件类型错误，企业证件类型值只允许[0-8]，个人证件类型值为0。
pub const FAILEDOPERATION_IDENTTYPEERROR: &str = "FailedOperation.IdentTypeError";

/// 图片宽度/高度超过最大像素限制(300px)。
pub const FAILEDOPERATION_IMAGEMEASUREMENTOVERLIMITERROR: &str =
    "FailedOperation.ImageMeasurementOverLimitError";

/// 图片数据应为BASE64编码格式。
pub const FAILEDOPERATION_IMAGENOTBASE: &str = "FailedOperation.ImageNotBase";

/// 图片数据应为PNG格式。
pub const FAILEDOPERATION_IMAGENOTPNG: &str = "FailedOperation.ImageNotPNG";

/// 授权IP地址格式错误。
pub const FAILEDOPERATION_IPFORMATERROR: &str = "FailedOperation.IPFormatError";

/// 报文不可包含以下字符 '%&<>。
pub const FAILEDOPERATION_MESSAGEDATAILLEGAL: &str = "FailedOperation.MessageDataIllegal";

/// 报文数据长度过长。
pub const FAILEDOPERATION_MESSAGEDATAOVERSIZE: &str = "FailedOperation.MessageDataOverSize";

/// 用户名称不能包含数字。
pub const FAILEDOPERATION_NAMECONTAINSNUMBER: &str = "FailedOperation.NameContainsNumber";

/// 企业名称不能为纯数字。
pub const FAILEDOPERATION_NAMEISPURENUMBER: &str = "FailedOperation.NameIsPureNumber";

/// 用户没有开通代签权限。
pub const FAILEDOPERATION_NOPERMISSIONTOSIGN: &str = "FailedOperation.NoPermissionToSign";

/// 未经短信验证。
pub const FAILEDOPERATION_NOVERIFYERROR: &str = "FailedOperation.NoVerifyError";

/// 偏移坐标超过最大偏移量，X轴/Y轴最大偏移量为50。
pub const FAILEDOPERATION_OFFSETCOORDOVERLIMITERROR: &str =
    "FailedOperation.OffsetCoordOverLimitError";

/// 其它。
pub const FAILEDOPERATION_OTHER: &str = "FailedOperation.Other";

/// 签名域对角坐标值不能重复。
pub const FAILEDOPERATION_REPEATEDCOORDINATE: &str = "FailedOperation.RepeatedCoordinate";

/// 印章不匹配。
pub const FAILEDOPERATION_SEALMISMATCHED: &str = "FailedOperation.SealMismatched";

/// 印章数超过上限。
pub const FAILEDOPERATION_SEALNUMOVERLIMIT: &str = "FailedOperation.SealNumOverLimit";

/// 印章数量超出限制。
pub const FAILEDOPERATION_SEALSEXCEED: &str = "FailedOperation.SealsExceed";

/// 发送签署验证码失败。
pub const FAILEDOPERATION_SENDVCODEERROR: &str = "FailedOperation.SendVcodeError";

/// 按坐标签署合同失败。
pub const FAILEDOPERATION_SIGNCONTRACTBYCOORDINATEERROR: &str =
    "FailedOperation.SignContractByCoordinateError";

/// 按关键字签署合同失败。
pub const FAILEDOPERATION_SIGNCONTRACTBYKEYWORDERROR: &str =
    "FailedOperation.SignContractByKeywordError";

/// 根据关键字获得PDF签名域失败。
pub const FAILEDOPERATION_SIGNFIELDNOTFOUND: &str = "FailedOperation.SignFieldNotFound";

/// 页数必须是自然数。
pub const FAILEDOPERATION_SIGNPAGEERROR: &str = "FailedOperation.SignPageError";

/// 已经开通代签权限。
pub const FAILEDOPERATION_SIGNPERMISSIONEXISTED: &str = "FailedOperation.SignPermissionExisted";

/// 短信验证码已超时。
pub const FAILEDOPERATION_SMSCODEEXPIRED: &str = "FailedOperation.SMSCodeExpired";

/// 短信校验码长度错误。
pub const FAILEDOPERATION_SMSCODELENGTHWRONG: &str = "FailedOperation.SMSCodeLengthWrong";

/// 经办人姓名格式错误，不能包含数字。
pub const FAILEDOPERATION_TRANSACTORNAMEFORMATERROR: &str =
    "FailedOperation.TransactorNameFormatError";

/// 经办人手机号格式错误，必须为全数字。
pub const FAILEDOPERATION_TRANSACTORPHONEFORMATERROR: &str =
    "FailedOperation.TransactorPhoneFormatError";

/// 更新计费状态错误。
pub const FAILEDOPERATION_UPDATEFEESTATUSERROR: &str = "FailedOperation.UpdateFeeStatusError";

/// 已经开通代签权限。
pub const FAILEDOPERATION_VCODECHECKED: &str = "FailedOperation.VcodeChecked";

/// 证书类型为不支持的类型。
pub const FAILEDOPERATION_WRONGCERTTYPE: &str = "FailedOperation.WrongCertType";

/// 身份证号格式错误。
pub const FAILEDOPERATION_WRONGIDENTNOFORMAT: &str = "FailedOperation.WrongIdentNoFormat";

/// 身份证号只能为15或18位字符。
pub const FAILEDOPERATION_WRONGIDENTNOSIZE: &str = "FailedOperation.WrongIdentNoSize";

/// 短信验证码不正确。
pub const FAILEDOPERATION_WRONGSMSCODE: &str = "FailedOperation.WrongSMSCode";

/// 内部错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 合同名称不能为空。
pub const MISSINGPARAMETER_CONTRACTFILENAMEERROR: &str = "MissingParameter.ContractFileNameError";

/// 合同文件路径不能为空。
pub const MISSINGPARAMETER_CONTRACTFILEPATHERROR: &str = "MissingParameter.ContractFilePathError";

/// 签署关键字信息-签章图片宽度/高度不能为空。
pub const MISSINGPARAMETER_IMAGEMEASUREMENTNULLERROR: &str =
    "MissingParameter.ImageMeasurementNullError";

/// 签署关键字信息-关键字不能为空。
pub const MISSINGPARAMETER_KEYWORDNULLERROR: &str = "MissingParameter.KeywordNullError";

/// 授权IP地址不能为空。
pub const MISSINGPARAMETER_LOCATIONNULLERROR: &str = "MissingParameter.LocationNullError";

/// 找不到 module 或 operation。
pub const MISSINGPARAMETER_MOERROR: &str = "MissingParameter.MOError";

/// 签署关键字信息-偏移坐标不能为空。
pub const MISSINGPARAMETER_OFFSETCOORDNULLERROR: &str = "MissingParameter.OffsetCoordNullError";

/// 签署人不能为空。
pub const MISSINGPARAMETER_SIGNERNULLERROR: &str = "MissingParameter.SignerNullError";

/// 已经开过该账户。
pub const RESOURCEINUSE_ACCOUNTEXIST: &str = "ResourceInUse.AccountExist";

/// 企业账户已存在。
pub const RESOURCEINUSE_ENTERPRISEACCOUNTALREADYEXIST: &str =
    "ResourceInUse.EnterpriseAccountAlreadyExist";

/// 个人账户已存在。
pub const RESOURCEINUSE_PERSONACCOUNTALREADYEXIST: &str = "ResourceInUse.PersonAccountAlreadyExist";

/// 账户不存在或已删除。
pub const RESOURCENOTFOUND_ACCOUNTNOTFOUND: &str = "ResourceNotFound.AccountNotFound";

/// 合同ID不存在。
pub const RESOURCENOTFOUND_CONTRACTNOTFOUND: &str = "ResourceNotFound.ContractNotFound";

/// 合同project_code不存在。
pub const RESOURCENOTFOUND_CONTRACTPROJECTCODENOTFOUND: &str =
    "ResourceNotFound.ContractProjectCodeNotFound";

/// 合同发起方账号不存在。
pub const RESOURCENOTFOUND_INITIATORNOTFOUNDERROR: &str = "ResourceNotFound.InitiatorNotFoundError";

/// 印章不存在。
pub const RESOURCENOTFOUND_SEALNOTFOUND: &str = "ResourceNotFound.SealNotFound";

/// 子平台ID不存在。
pub const RESOURCENOTFOUND_SUBPLATIDNOTFOUND: &str = "ResourceNotFound.SubplatIdNotFound";

/// 任务不存在。
pub const RESOURCENOTFOUND_TASKNOTFOUND: &str = "ResourceNotFound.TaskNotFound";

/// 账户状态已冻结或已注销。
pub const RESOURCEUNAVAILABLE_ACCOUNTUNAVAILABLE: &str = "ResourceUnavailable.AccountUnavailable";

/// 合同签署人不存在或状态异常，不能进行合同创建操作。
pub const RESOURCEUNAVAILABLE_CONTRACTSIGNERUNAVAILABLE: &str =
    "ResourceUnavailable.ContractSignerUnavailable";

/// 下载签章文件失败，请确保路径正确。
pub const RESOURCEUNAVAILABLE_DOWNLOADSEALERROR: &str = "ResourceUnavailable.DownloadSealError";

/// 子平台欠费。
pub const RESOURCEUNAVAILABLE_SUBPLATUNAVAILABLE: &str = "ResourceUnavailable.SubplatUnavailable";
