//! Error codes of `ssl`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ssl::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作未授权。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 请检查是否有权限。
pub const FAILEDOPERATION_AUTHERROR: &str = "FailedOperation.AuthError";

/// 有未解绑的云资源，不能被删除。
pub const FAILEDOPERATION_BOUNDRESOURCES: &str = "FailedOperation.BoundResources";

/// CAM鉴权出现错误。
pub const FAILEDOPERATION_CAMAUTHORIZEDFAIL: &str = "FailedOperation.CAMAuthorizedFail";

/// 由于未知原因证书取消失败，请您刷新页面后重试
pub const FAILEDOPERATION_CANCELAUDITCERTIFICATEFAILED: &str =
    "FailedOperation.CancelAuditCertificateFailed";

/// 取消订单失败。
pub const FAILEDOPERATION_CANCELORDERFAILED: &str = "FailedOperation.CancelOrderFailed";

/// 该证书已颁发， 不能删除。
pub const FAILEDOPERATION_CANNOTBEDELETEDISSUED: &str = "FailedOperation.CannotBeDeletedIssued";

/// 免费证书申请1小时内不允许删除。
pub const FAILEDOPERATION_CANNOTBEDELETEDWITHINHOUR: &str =
    "FailedOperation.CannotBeDeletedWithinHour";

/// 获取订单信息失败，请稍后重试。
pub const FAILEDOPERATION_CANNOTGETORDER: &str = "FailedOperation.CannotGetOrder";

/// 温馨提示：上传的证书内容不符合CA证书的标准格式，请您核对证书类型是否有误
pub const FAILEDOPERATION_CERTIFICATECAERROR: &str = "FailedOperation.CertificateCaError";

/// 多年期证书非首年无法终止审核，如您暂时不用证书，无需验证域名即可
pub const FAILEDOPERATION_CERTIFICATECANCELFAILEDMULTI: &str =
    "FailedOperation.CertificateCancelFailedMulti";

/// 温馨提示：证书链检测异常，请核对每段证书是否存在异常
pub const FAILEDOPERATION_CERTIFICATECHAINERROR: &str = "FailedOperation.CertificateChainError";

/// CSR解析失败。
pub const FAILEDOPERATION_CERTIFICATECSRPARSEFAILED: &str =
    "FailedOperation.CertificateCsrParseFailed";

/// 记录状态必须完结才可以执行该操作。
pub const FAILEDOPERATION_CERTIFICATEDEPLOYDETAILROLLBACKSTATUSINVALID: &str =
    "FailedOperation.CertificateDeployDetailRollbackStatusInvalid";

/// 证书部署有正在进行中的任务，请部署完成后再重试。
pub const FAILEDOPERATION_CERTIFICATEDEPLOYHASPENDINGRECORD: &str =
    "FailedOperation.CertificateDeployHasPendingRecord";

/// 已选择的云资源无实例，无法更新，请重新核对后重试。
pub const FAILEDOPERATION_CERTIFICATEDEPLOYINSTANCEEMPTY: &str =
    "FailedOperation.CertificateDeployInstanceEmpty";

/// 部署格式错误
pub const FAILEDOPERATION_CERTIFICATEDEPLOYINSTANCEFORMATERROR: &str =
    "FailedOperation.CertificateDeployInstanceFormatError";

/// 证书部署记录不存在。
pub const FAILEDOPERATION_CERTIFICATEDEPLOYNOTEXIST: &str =
    "FailedOperation.CertificateDeployNotExist";

/// 记录状态必须失败才可以执行该操作。
pub const FAILEDOPERATION_CERTIFICATEDEPLOYRETRYSTATUSINVALID: &str =
    "FailedOperation.CertificateDeployRetryStatusInvalid";

/// 必须有部署成功的记录才可以回滚。
pub const FAILEDOPERATION_CERTIFICATEDEPLOYROLLBACKSTATUSINVALID: &str =
    "FailedOperation.CertificateDeployRollbackStatusInvalid";

/// 证书下载服务类型不支持。
pub const FAILEDOPERATION_CERTIFICATEDOWNLOADSERVICETYPENOTSUPPORT: &str =
    "FailedOperation.CertificateDownloadServiceTypeNotSupport";

/// 证书内容疑似国密证书，与所选证书标准不符，请您核对选择的证书标准和证书内容是否有误
pub const FAILEDOPERATION_CERTIFICATEENCRYPTINVALID: &str =
    "FailedOperation.CertificateEncryptInvalid";

/// 证书已存在。
pub const FAILEDOPERATION_CERTIFICATEEXISTS: &str = "FailedOperation.CertificateExists";

/// 当前证书不允许使用一键更新的功能。
pub const FAILEDOPERATION_CERTIFICATEHOSTDEPLOYCANNOTALLOW: &str =
    "FailedOperation.CertificateHostDeployCanNotAllow";

/// 当前为内部账号，账号涉及实例资源较多，无法使用部署功能，请联系SSL证书特殊处理。
pub const FAILEDOPERATION_CERTIFICATEHOSTRESOURCEINNERINTERRUPT: &str =
    "FailedOperation.CertificateHostResourceInnerInterrupt";

/// 当前账号下实例数量过多，无法正常加载，请您切换加载方式。切换后点击“刷新列表”等待一段时间后即可全部加载。
pub const FAILEDOPERATION_CERTIFICATEHOSTRESOURCEINSTANCEHUGELIMIT: &str =
    "FailedOperation.CertificateHostResourceInstanceHugeLimit";

/// 云资源类型无效。
pub const FAILEDOPERATION_CERTIFICATEHOSTRESOURCETYPEINVALID: &str =
    "FailedOperation.CertificateHostResourceTypeInvalid";

/// 邮箱不能为空
pub const FAILEDOPERATION_CERTIFICATEINFOSUBMITCONTACTEMAILEMPTY: &str =
    "FailedOperation.CertificateInfoSubmitContactEmailEmpty";

/// 您输入的域名%s格式有误，请您核对后重新提交
pub const FAILEDOPERATION_CERTIFICATEINFOSUBMITDOMAININVALID: &str =
    "FailedOperation.CertificateInfoSubmitDomainInvalid";

/// 当前证书状态不可以提交资料
pub const FAILEDOPERATION_CERTIFICATEINFOSUBMITSTATUSINVALID: &str =
    "FailedOperation.CertificateInfoSubmitStatusInvalid";

/// 证书不符合标准。
pub const FAILEDOPERATION_CERTIFICATEINVALID: &str = "FailedOperation.CertificateInvalid";

/// 温馨提示：证书内容和私钥不匹配，请您核对（请留意是否有多余的空格）
pub const FAILEDOPERATION_CERTIFICATEMATCHERROR: &str = "FailedOperation.CertificateMatchError";

/// 证书与私钥不对应。
pub const FAILEDOPERATION_CERTIFICATEMISMATCH: &str = "FailedOperation.CertificateMismatch";

/// 该证书已设置成不允许下载。
pub const FAILEDOPERATION_CERTIFICATENOTALLOWDOWNLOAD: &str =
    "FailedOperation.CertificateNotAllowDownload";

/// 证书不可用，请检查后再试。
pub const FAILEDOPERATION_CERTIFICATENOTAVAILABLE: &str = "FailedOperation.CertificateNotAvailable";

/// 证书不可以部署到实例列表下。
pub const FAILEDOPERATION_CERTIFICATENOTDEPLOYINSTANCE: &str =
    "FailedOperation.CertificateNotDeployInstance";

/// 证书不存在。
pub const FAILEDOPERATION_CERTIFICATENOTFOUND: &str = "FailedOperation.CertificateNotFound";

/// 该证书不存在或已签发。
pub const FAILEDOPERATION_CERTIFICATENOTFOUNDORAUDITED: &str =
    "FailedOperation.CertificateNotFoundOrAudited";

/// 该证书不存在或不可取消。
pub const FAILEDOPERATION_CERTIFICATENOTFOUNDORCANTCANCEL: &str =
    "FailedOperation.CertificateNotFoundOrCantCancel";

/// 订单正在处理中，请您耐心等待
pub const FAILEDOPERATION_CERTIFICATEORDERSUBMITPROCESSING: &str =
    "FailedOperation.CertificateOrderSubmitProcessing";

/// 当前选择的根证书无效，请您重新选择
pub const FAILEDOPERATION_CERTIFICATEORDERSUBMITROOTCAINVALID: &str =
    "FailedOperation.CertificateOrderSubmitRootCAInvalid";

/// 解析失败，请检查证书是否符合标准，请留意是否有多余的空格
pub const FAILEDOPERATION_CERTIFICATEPARSEERROR: &str = "FailedOperation.CertificateParseError";

/// 您输入的邮箱格式有误，请您核对后重新提交
pub const FAILEDOPERATION_CERTIFICATEPREVERIFYEMAILINVALID: &str =
    "FailedOperation.CertificatePreVerifyEmailInvalid";

/// 当前证书状态不允许下载。
pub const FAILEDOPERATION_CERTIFICATESTATUSNOTALLOWDOWNLOAD: &str =
    "FailedOperation.CertificateStatusNotAllowDownload";

/// 证书状态不允许重新申请。
pub const FAILEDOPERATION_CERTIFICATESTATUSNOTALLOWRESUBMIT: &str =
    "FailedOperation.CertificateStatusNotAllowResubmit";

/// 证书当前状态不允许进行域名验证。
pub const FAILEDOPERATION_CERTIFICATESTATUSNOTALLOWVERIFY: &str =
    "FailedOperation.CertificateStatusNotAllowVerify";

/// 上传证书的托管续费证书不能手动提交订单
pub const FAILEDOPERATION_CERTIFICATESUBMITHOSTINGCERTERROR: &str =
    "FailedOperation.CertificateSubmitHostingCertError";

/// 证书操作参数无效，证书ID数量超过100。
pub const FAILEDOPERATION_CERTIFICATESYNCTASKCERTIFICATEIDCOUNTINVALID: &str =
    "FailedOperation.CertificateSyncTaskCertificateIdCountInvalid";

/// 证书关联云资源查询任务ID无效
pub const FAILEDOPERATION_CERTIFICATESYNCTASKIDINVALID: &str =
    "FailedOperation.CertificateSyncTaskIdInvalid";

/// 无法查到当前证书类型详情。
pub const FAILEDOPERATION_CERTIFICATETYPEINFONOTFOUND: &str =
    "FailedOperation.CertificateTypeInfoNotFound";

/// 当前为白名单功能，非白名单用户无法使用该功能，请联系SSL证书特殊处理。
pub const FAILEDOPERATION_CERTIFICATEWHITEFUNCERROR: &str =
    "FailedOperation.CertificateWhiteFuncError";

/// 证书确认函文件过大（需小于1.4M）。
pub const FAILEDOPERATION_CONFIRMLETTERTOOLARGE: &str = "FailedOperation.ConfirmLetterTooLarge";

/// 证书确认函文件过小（需大于1KB）。
pub const FAILEDOPERATION_CONFIRMLETTERTOOSMALL: &str = "FailedOperation.ConfirmLetterTooSmall";

/// 免费证书申请时间未超过1小时，不能被删除。
pub const FAILEDOPERATION_DELETEFAILEDTIMENOTUP: &str = "FailedOperation.DeleteFailedTimeNotUp";

/// 证书已关联云资源，无法删除。
pub const FAILEDOPERATION_DELETERESOURCEFAILED: &str = "FailedOperation.DeleteResourceFailed";

/// 免费证书数量超出限制。
pub const FAILEDOPERATION_EXCEEDSFREELIMIT: &str = "FailedOperation.ExceedsFreeLimit";

/// 文件尺寸太大（需小于1.4MB）。
pub const FAILEDOPERATION_FILETOOLARGE: &str = "FailedOperation.FileTooLarge";

/// 文件尺寸太小，请上传清晰图片。
pub const FAILEDOPERATION_FILETOOSMALL: &str = "FailedOperation.FileTooSmall";

/// 生产CSR失败
pub const FAILEDOPERATION_GENCSRFAIL: &str = "FailedOperation.GenCSRFail";

/// 公司管理人状态错误。
pub const FAILEDOPERATION_ILLEGALMANAGERSTATUS: &str = "FailedOperation.IllegalManagerStatus";

/// 证书来源错误。
pub const FAILEDOPERATION_INVALIDCERTIFICATESOURCE: &str =
    "FailedOperation.InvalidCertificateSource";

/// 证书状态不正确。
pub const FAILEDOPERATION_INVALIDCERTIFICATESTATUSCODE: &str =
    "FailedOperation.InvalidCertificateStatusCode";

/// 证书确认函格式错误（支持格式为jpg、jpeg、png、pdf）。
pub const FAILEDOPERATION_INVALIDCONFIRMLETTERFORMAT: &str =
    "FailedOperation.InvalidConfirmLetterFormat";

/// 证书确认函格式错误（支持格式为jpg、pdf、gif）。
pub const FAILEDOPERATION_INVALIDCONFIRMLETTERFORMATWOSIGN: &str =
    "FailedOperation.InvalidConfirmLetterFormatWosign";

/// 文件格式错误，请重新上传。
pub const FAILEDOPERATION_INVALIDFILETYPE: &str = "FailedOperation.InvalidFileType";

/// 参数有误。
pub const FAILEDOPERATION_INVALIDPARAM: &str = "FailedOperation.InvalidParam";

/// 该主域（%s）下申请的免费证书数量已达到%s个上限，请购买付费证书。
pub const FAILEDOPERATION_MAINDOMAINCERTIFICATECOUNTLIMIT: &str =
    "FailedOperation.MainDomainCertificateCountLimit";

/// 管理人信息已提交CA，不可以删除。
pub const FAILEDOPERATION_MANAGERCANNOTDELETECA: &str = "FailedOperation.ManagerCanNotDeleteCa";

/// 管理人信息已关联证书，不可以删除。
pub const FAILEDOPERATION_MANAGERCANNOTDELETECERT: &str = "FailedOperation.ManagerCanNotDeleteCert";

/// 当前 CA 机构访问繁忙，请稍后重试。
pub const FAILEDOPERATION_NETWORKERROR: &str = "FailedOperation.NetworkError";

/// 您没有该项目的操作权限。
pub const FAILEDOPERATION_NOPROJECTPERMISSION: &str = "FailedOperation.NoProjectPermission";

/// 尚未通过实名认证。
pub const FAILEDOPERATION_NOREALNAMEAUTH: &str = "FailedOperation.NoRealNameAuth";

/// 该订单已重签发。
pub const FAILEDOPERATION_ORDERALREADYREPLACED: &str = "FailedOperation.OrderAlreadyReplaced";

/// 重颁发失败。
pub const FAILEDOPERATION_ORDERREPLACEFAILED: &str = "FailedOperation.OrderReplaceFailed";

/// 剩余权益点不足。
pub const FAILEDOPERATION_PACKAGECOUNTLIMIT: &str = "FailedOperation.PackageCountLimit";

/// 权益包已过期。
pub const FAILEDOPERATION_PACKAGEEXPIRED: &str = "FailedOperation.PackageExpired";

/// 权益包不存在。
pub const FAILEDOPERATION_PACKAGENOTFOUND: &str = "FailedOperation.PackageNotFound";

/// 续费证书未颁发，无法执行删除操作。
pub const FAILEDOPERATION_RENEWNOTISSUED: &str = "FailedOperation.RenewNotIssued";

/// 证书吊销失败。
pub const FAILEDOPERATION_REVOKEFAILED: &str = "FailedOperation.RevokeFailed";

/// 证书已关联云资源，无法吊销。
pub const FAILEDOPERATION_REVOKERESOURCEFAILED: &str = "FailedOperation.RevokeResourceFailed";

/// 角色不存在，请前往授权。
pub const FAILEDOPERATION_ROLENOTFOUNDAUTHORIZATION: &str =
    "FailedOperation.RoleNotFoundAuthorization";

/// 系统错误。
pub const FAILEDOPERATION_SYSTEMERROR: &str = "FailedOperation.SystemError";

/// 计费中心错误。
pub const FAILEDOPERATION_TRADEERROR: &str = "FailedOperation.TradeError";

/// 当前接口不支持上传确认函功能，请去腾讯云控制台进行操作
pub const FAILEDOPERATION_UPLOADCONFIRMCERTIFICATENOTSUPPORT: &str =
    "FailedOperation.UploadConfirmCertificateNotSupport";

/// 当前证书是DV证书，不支持上传确认函
pub const FAILEDOPERATION_UPLOADCONFIRMCERTIFICATENOTSUPPORTDV: &str =
    "FailedOperation.UploadConfirmCertificateNotSupportDV";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 后端服务响应为空。
pub const INTERNALERROR_BACKENDRESPONSEEMPTY: &str = "InternalError.BackendResponseEmpty";

/// 后端服务响应错误。
pub const INTERNALERROR_BACKENDRESPONSEERROR: &str = "InternalError.BackendResponseError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 证书域名过长： 域名不能超过64位，请您重新输入
pub const INVALIDPARAMETERVALUE_CERTIFICATEDOMAINMAXLENGTHINVALID: &str =
    "InvalidParameterValue.CertificateDomainMaxLengthInvalid";

/// 邮箱格式有误，请您重新输入
pub const INVALIDPARAMETERVALUE_CERTIFICATEEMAILPARSEINVALID: &str =
    "InvalidParameterValue.CertificateEmailParseInvalid";

/// 中间证书不一致
pub const INVALIDPARAMETERVALUE_INTERMEDIATECERTNOTSAME: &str =
    "InvalidParameterValue.IntermediateCertNotSame";

/// 查询的证书ID不能超过50个。
pub const INVALIDPARAMETER_CERTIFICATEIDNUMBERLIMIT: &str =
    "InvalidParameter.CertificateIdNumberLimit";

/// 证书数量超出限制。
pub const INVALIDPARAMETER_CERTIFICATESNUMBEREXCEEDED: &str =
    "InvalidParameter.CertificatesNumberExceeded";

/// 当前证书状态不允许重新提交申请。
pub const INVALIDPARAMETER_CERTIFICATESTATUSNOTALLOWRESUBMIT: &str =
    "InvalidParameter.CertificateStatusNotAllowResubmit";

/// 包含无效的证书ID。
pub const INVALIDPARAMETER_CONTAINSINVALIDCERTIFICATEID: &str =
    "InvalidParameter.ContainsInvalidCertificateId";

/// 域名数量无效。
pub const INVALIDPARAMETER_DOMAINCOUNTINVALID: &str = "InvalidParameter.DomainCountInvalid";

/// 域名无效，请重新输入。
pub const INVALIDPARAMETER_DOMAININVALID: &str = "InvalidParameter.DomainInvalid";

/// 没有匹配的私钥。
pub const INVALIDPARAMETER_MISSMATCHPRIVATEKEY: &str = "InvalidParameter.MissMatchPrivateKey";

/// 权益点ID列表无效。
pub const INVALIDPARAMETER_PACKAGEIDSINVALID: &str = "InvalidParameter.PackageIdsInvalid";

/// 证书期限无效。
pub const INVALIDPARAMETER_PERIODINVALID: &str = "InvalidParameter.PeriodInvalid";

/// 产品PID无效。
pub const INVALIDPARAMETER_PRODUCTPIDINVALID: &str = "InvalidParameter.ProductPidInvalid";

/// Region不允许为空
pub const INVALIDPARAMETER_REGIONNOTEMPTY: &str = "InvalidParameter.RegionNotEmpty";

/// 算法无效。
pub const INVALIDPARAMETER_RENEWALGORITHMINVALID: &str = "InvalidParameter.RenewAlgorithmInvalid";

/// CSR无效。
pub const INVALIDPARAMETER_RENEWCSRINVALID: &str = "InvalidParameter.RenewCsrInvalid";

/// 生成CSR方式无效。
pub const INVALIDPARAMETER_RENEWGENCSRMETHODINVALID: &str =
    "InvalidParameter.RenewGenCsrMethodInvalid";

/// 参数有误。
pub const INVALIDPARAMETER_WITHDETAILREASON: &str = "InvalidParameter.WithDetailReason";

/// 单位时间内接口请求频率达到限制。
pub const LIMITEXCEEDED_RATELIMITEXCEEDED: &str = "LimitExceeded.RateLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 公司管理人不存在。
pub const RESOURCENOTFOUND_MANAGER: &str = "ResourceNotFound.Manager";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";
