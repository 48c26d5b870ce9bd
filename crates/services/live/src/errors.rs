//! Error codes of `live`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_live::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 请求未授权。请参考 [CAM](https://cloud.tencent.com/document/product/598) 文档对鉴权的说明。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 操作 AI 接口失败。
pub const FAILEDOPERATION_AITRANSCODEOPTIONFAIL: &str = "FailedOperation.AiTranscodeOptionFail";

/// 改变任务状态失败。
pub const FAILEDOPERATION_ALTERTASKSTATE: &str = "FailedOperation.AlterTaskState";

/// 请检查是否有权限。
pub const FAILEDOPERATION_AUTHERROR: &str = "FailedOperation.AuthError";

/// 调用第三方服务失败。
pub const FAILEDOPERATION_CALLOTHERSVRERROR: &str = "FailedOperation.CallOtherSvrError";

/// 调用内部服务失败。
pub const FAILEDOPERATION_CALLOTHERSVRFAILED: &str = "FailedOperation.CallOtherSvrFailed";

/// 取消的混流 session 不存在。
pub const FAILEDOPERATION_CANCELSESSIONNOTEXIST: &str = "FailedOperation.CancelSessionNotExist";

/// 该证书已颁发，不能删除。
pub const FAILEDOPERATION_CANNOTBEDELETEDISSUED: &str = "FailedOperation.CannotBeDeletedIssued";

/// 免费证书申请1小时内不允许删除。
pub const FAILEDOPERATION_CANNOTBEDELETEDWITHINHOUR: &str =
    "FailedOperation.CannotBeDeletedWithinHour";

/// 导播台绑定了预付费套餐包。
pub const FAILEDOPERATION_CASTERBINDED: &str = "FailedOperation.CasterBinded";

/// 导播台处于过期状态。
pub const FAILEDOPERATION_CASTEREXPIRED: &str = "FailedOperation.CasterExpired";

/// 导播台不存在。
pub const FAILEDOPERATION_CASTERNOTFOUND: &str = "FailedOperation.CasterNotFound";

/// 证书已存在。
pub const FAILEDOPERATION_CERTIFICATEEXISTS: &str = "FailedOperation.CertificateExists";

/// 证书不符合标准。
pub const FAILEDOPERATION_CERTIFICATEINVALID: &str = "FailedOperation.CertificateInvalid";

/// 证书与私钥不对应。
pub const FAILEDOPERATION_CERTIFICATEMISMATCH: &str = "FailedOperation.CertificateMismatch";

/// 证书不存在。
pub const FAILEDOPERATION_CERTIFICATENOTFOUND: &str = "FailedOperation.CertificateNotFound";

/// 下发CDN平台失败。
pub const FAILEDOPERATION_CONFIGCDNFAILED: &str = "FailedOperation.ConfigCDNFailed";

/// 模版使用中。
pub const FAILEDOPERATION_CONFINUSED: &str = "FailedOperation.ConfInUsed";

/// 任务接口执行冲突。
pub const FAILEDOPERATION_CONFLICTACTION: &str = "FailedOperation.ConflictAction";

/// Cos bucket 不存在。
pub const FAILEDOPERATION_COSBUCKETNOTEXIST: &str = "FailedOperation.CosBucketNotExist";

/// 无权限访问 Cos bucket。
pub const FAILEDOPERATION_COSBUCKETNOTPERMISSION: &str = "FailedOperation.CosBucketNotPermission";

/// Cos 角色不存在，请前往 控制台 -> 功能配置 -> 直播截图&鉴黄 页面进行授权。
pub const FAILEDOPERATION_COSROLENOTEXISTS: &str = "FailedOperation.CosRoleNotExists";

/// 创建AIGC任务失败
pub const FAILEDOPERATION_CREATEAIGCTASKFAILED: &str = "FailedOperation.CreateAIGCTaskFailed";

/// 创建/更新导播台主监、预监任务失败，可能是并发操作了同一个主监或预监任务。
pub const FAILEDOPERATION_CREATECASTERTASKFAILED: &str = "FailedOperation.CreateCasterTaskFailed";

/// 数据库访问异常。
pub const FAILEDOPERATION_DATABASENOTACCESSIBLE: &str = "FailedOperation.DatabaseNotAccessible";

/// 2天内有产生流量，域名处于锁定期间，2天内无流量产生才允许删除域名。
pub const FAILEDOPERATION_DELETEDOMAININLOCKEDTIME: &str =
    "FailedOperation.DeleteDomainInLockedTime";

/// 域名已添加。
pub const FAILEDOPERATION_DOMAINADDED: &str = "FailedOperation.DomainAdded";

/// 配置域名规则失败。
pub const FAILEDOPERATION_DOMAINGSLBFAIL: &str = "FailedOperation.DomainGslbFail";

/// 域名需要实名认证。
pub const FAILEDOPERATION_DOMAINNEEDREALNAME: &str = "FailedOperation.DomainNeedRealName";

/// 域名归属待验证。
pub const FAILEDOPERATION_DOMAINNEEDVERIFYOWNER: &str = "FailedOperation.DomainNeedVerifyOwner";

/// 免费证书数量超出限制。
pub const FAILEDOPERATION_EXCEEDSFREELIMIT: &str = "FailedOperation.ExceedsFreeLimit";

/// 获取数据失败。
pub const FAILEDOPERATION_GETDATAFAILED: &str = "FailedOperation.GetDataFailed";

/// 无法获取水印 url。
pub const FAILEDOPERATION_GETPICTUREURLERROR: &str = "FailedOperation.GetPictureUrlError";

/// 获取输入流长宽失败。
pub const FAILEDOPERATION_GETSTREAMRESOLUTIONERROR: &str =
    "FailedOperation.GetStreamResolutionError";

/// 无在线流。
pub const FAILEDOPERATION_HASNOTLIVINGSTREAM: &str = "FailedOperation.HasNotLivingStream";

/// 域名数量超过限制(100个）。
pub const FAILEDOPERATION_HOSTOUTLIMIT: &str = "FailedOperation.HostOutLimit";

/// 输入已经存在。
pub const FAILEDOPERATION_INPUTALREADYEXIST: &str = "FailedOperation.InputAlreadyExist";

/// 输入源不活跃。
pub const FAILEDOPERATION_INPUTISNOTACTIVE: &str = "FailedOperation.InputIsNotActive";

/// 输入不存在。
pub const FAILEDOPERATION_INPUTNOTEXIST: &str = "FailedOperation.InputNotExist";

/// 禁止监播c流。
pub const FAILEDOPERATION_INPUTSTREAMMIXTYPENOTACCESSIBLE: &str =
    "FailedOperation.InputStreamMixTypeNotAccessible";

/// 输入在自动导播中被使用，不允许修改或删除
pub const FAILEDOPERATION_INPUTUSEDINAUTOCAST: &str = "FailedOperation.InputUsedInAutoCast";

/// 输入在布局中被使用。
pub const FAILEDOPERATION_INPUTUSEDINLAYOUT: &str = "FailedOperation.InputUsedInLayout";

/// 输入源在节目 (pgm) 中正在使用。
pub const FAILEDOPERATION_INPUTUSEDINPGM: &str = "FailedOperation.InputUsedInPgm";

/// 输入源在预监 (pvw) 中正在使用。
pub const FAILEDOPERATION_INPUTUSEDINPVW: &str = "FailedOperation.InputUsedInPvw";

/// 证书状态不正确。
pub const FAILEDOPERATION_INVALIDCERTIFICATESTATUSCODE: &str =
    "FailedOperation.InvalidCertificateStatusCode";

/// 参数有误。
pub const FAILEDOPERATION_INVALIDPARAM: &str = "FailedOperation.InvalidParam";

/// 操作 CDN 接口失败。
pub const FAILEDOPERATION_INVOKECDNAPIFAIL: &str = "FailedOperation.InvokeCdnApiFail";

/// 操作点播接口异常。
pub const FAILEDOPERATION_INVOKEVIDEOAPIFAIL: &str = "FailedOperation.InvokeVideoApiFail";

/// 计费平台返回余额不足。
pub const FAILEDOPERATION_JIFEINOENOUGHFUND: &str = "FailedOperation.JiFeiNoEnoughFund";

/// 布局已经存在。
pub const FAILEDOPERATION_LAYOUTALREADYEXIST: &str = "FailedOperation.LayoutAlreadyExist";

/// 修改的布局不存在。
pub const FAILEDOPERATION_LAYOUTNOTEXIST: &str = "FailedOperation.LayoutNotExist";

/// 布局在自动导播中被使用，不允许修改或删除。
pub const FAILEDOPERATION_LAYOUTUSEDINAUTOCAST: &str = "FailedOperation.LayoutUsedInAutoCast";

/// 布局正在节目 (pgm) 中使用。
pub const FAILEDOPERATION_LAYOUTUSEDINPGM: &str = "FailedOperation.LayoutUsedInPgm";

/// 布局正在预监 (pvw) 中使用。
pub const FAILEDOPERATION_LAYOUTUSEDINPVW: &str = "FailedOperation.LayoutUsedInPvw";

/// 新增的水印已经存在。
pub const FAILEDOPERATION_MARKPICALREADYEXIST: &str = "FailedOperation.MarkPicAlreadyExist";

/// 修改的水印不存在。
pub const FAILEDOPERATION_MARKPICNOTEXIST: &str = "FailedOperation.MarkPicNotExist";

/// 水印在自动导播中被使用，不允许删除。
pub const FAILEDOPERATION_MARKPICUSEDINAUTOCAST: &str = "FailedOperation.MarkPicUsedInAutoCast";

/// 新增水印下标已存在。
pub const FAILEDOPERATION_MARKWORDALREADYEXIST: &str = "FailedOperation.MarkWordAlreadyExist";

/// 修改的字幕不存在。
pub const FAILEDOPERATION_MARKWORDNOTEXIST: &str = "FailedOperation.MarkWordNotExist";

/// 文本字幕在自动导播中被使用，不允许删除。
pub const FAILEDOPERATION_MARKWORDUSEDINAUTOCAST: &str = "FailedOperation.MarkWordUsedInAutoCast";

/// 监播任务处于启动状态。
pub const FAILEDOPERATION_MONITORISACTIVE: &str = "FailedOperation.MonitorIsActive";

/// 监播任务超出限制。
pub const FAILEDOPERATION_MONITORLIMITEXCEEDED: &str = "FailedOperation.MonitorLimitExceeded";

/// 监播任务不存在。
pub const FAILEDOPERATION_MONITORNOTEXIST: &str = "FailedOperation.MonitorNotExist";

/// 当前 CA 机构访问繁忙，请稍后重试。
pub const FAILEDOPERATION_NETWORKERROR: &str = "FailedOperation.NetworkError";

/// 未设置备播流
pub const FAILEDOPERATION_NOBACKUPINPUT: &str = "FailedOperation.NoBackupInput";

/// 直播未配置推流或播放域名
pub const FAILEDOPERATION_NOLVBPUSHORPLAYDOMAIN: &str = "FailedOperation.NoLVBPushOrPlayDomain";

/// 无运行中的PGM
pub const FAILEDOPERATION_NOPGMRUNNING: &str = "FailedOperation.NoPgmRunning";

/// 您没有该项目的操作权限。
pub const FAILEDOPERATION_NOPROJECTPERMISSION: &str = "FailedOperation.NoProjectPermission";

/// 尚未通过实名认证。
pub const FAILEDOPERATION_NOREALNAMEAUTH: &str = "FailedOperation.NoRealNameAuth";

/// 找不到记录。
pub const FAILEDOPERATION_NOTFOUND: &str = "FailedOperation.NotFound";

/// 账户被停服。
pub const FAILEDOPERATION_OUTOFSERVICE: &str = "FailedOperation.OutOfService";

/// 新增的输出已经存在。
pub const FAILEDOPERATION_OUTPUTALREADYEXIST: &str = "FailedOperation.OutputAlreadyExist";

/// 修改的输出不存在。
pub const FAILEDOPERATION_OUTPUTISNOTEXIST: &str = "FailedOperation.OutputIsNotExist";

/// 父域名已添加。
pub const FAILEDOPERATION_PARENTDOMAINADDED: &str = "FailedOperation.ParentDomainAdded";

/// 启动混流失败。
pub const FAILEDOPERATION_PROCESSMIXERROR: &str = "FailedOperation.ProcessMixError";

/// 查询AIGC任务失败
pub const FAILEDOPERATION_QUERYAIGCTASKFAILED: &str = "FailedOperation.QueryAIGCTaskFailed";

/// 查询 upload 信息失败。
pub const FAILEDOPERATION_QUERYUPLOADINFOFAILED: &str = "FailedOperation.QueryUploadInfoFailed";

/// 输入关联的运行中的监播任务超出限制。
pub const FAILEDOPERATION_RELATEDRUNNINGMONITORLIMITEXCEEDED: &str =
    "FailedOperation.RelatedRunningMonitorLimitExceeded";

/// 关联服务无法访问。
pub const FAILEDOPERATION_RELATESERVERNOTACCESSIBLE: &str =
    "FailedOperation.RelateServerNotAccessible";

/// 释放导播台失败。
pub const FAILEDOPERATION_RELEASECASTERFAILED: &str = "FailedOperation.ReleaseCasterFailed";

/// 启动时后台资源不足。
pub const FAILEDOPERATION_RESOURCENOTENOUGH: &str = "FailedOperation.ResourceNotEnough";

/// 规则已经存在。
pub const FAILEDOPERATION_RULEALREADYEXIST: &str = "FailedOperation.RuleAlreadyExist";

/// 用户没有有效的流量套餐包。
pub const FAILEDOPERATION_SDKNOPACKAGE: &str = "FailedOperation.SdkNoPackage";

/// 启动拉流失败。
pub const FAILEDOPERATION_STARTPULLFAILED: &str = "FailedOperation.StartPullFailed";

/// 启动监播任务失败。
pub const FAILEDOPERATION_STARTTASKFAILED: &str = "FailedOperation.StartTaskFailed";

/// 停止导播台主监、预监任务失败，可能是在同一时间操作了同一个导播台任务（如同时启动和停止）
pub const FAILEDOPERATION_STOPCASTERTASKFAILED: &str = "FailedOperation.StopCasterTaskFailed";

/// 停止拉流失败。
pub const FAILEDOPERATION_STOPPULLFAILED: &str = "FailedOperation.StopPullFailed";

/// 停止监播任务失败。
pub const FAILEDOPERATION_STOPTASKFAILED: &str = "FailedOperation.StopTaskFailed";

/// 流不存在。
pub const FAILEDOPERATION_STREAMNOTEXIST: &str = "FailedOperation.StreamNotExist";

/// 子域名已添加。
pub const FAILEDOPERATION_SUBDOMAINADDED: &str = "FailedOperation.SubDomainAdded";

/// 解绑Tag失败，请尝试手动解绑。
pub const FAILEDOPERATION_TAGUNBINDERROR: &str = "FailedOperation.TagUnbindError";

/// 输入条数超出限制。
pub const FAILEDOPERATION_TOOMUCHINPUT: &str = "FailedOperation.TooMuchInput";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 针对添加转码模版的接口。
pub const INTERNALERROR_ARGSNOTMATCH: &str = "InternalError.ArgsNotMatch";

/// 调用内部服务错误。
pub const INTERNALERROR_CALLOTHERSVRERROR: &str = "InternalError.CallOtherSvrError";

/// 暂不支持添加中文域名，请核对域名格式。
pub const INTERNALERROR_CHINESECHARACTERDETECTED: &str = "InternalError.ChineseCharacterDetected";

/// 配置不存在。
pub const INTERNALERROR_CONFIGNOTEXIST: &str = "InternalError.ConfigNotExist";

/// 模版使用中。
pub const INTERNALERROR_CONFINUSED: &str = "InternalError.ConfInUsed";

/// 模版不存在。
pub const INTERNALERROR_CONFNOTFOUND: &str = "InternalError.ConfNotFound";

/// 模版数量超过限制。
pub const INTERNALERROR_CONFOUTLIMIT: &str = "InternalError.ConfOutLimit";

/// DB 连接错误。
pub const INTERNALERROR_CONNECTDBERROR: &str = "InternalError.ConnectDbError";

/// 证书使用中。
pub const INTERNALERROR_CRTDATEINUSING: &str = "InternalError.CrtDateInUsing";

/// 证书不存在。
pub const INTERNALERROR_CRTDATENOTFOUND: &str = "InternalError.CrtDateNotFound";

/// 证书不合法。
pub const INTERNALERROR_CRTDATENOTLEGAL: &str = "InternalError.CrtDateNotLegal";

/// 证书过期。
pub const INTERNALERROR_CRTDATEOVERDUE: &str = "InternalError.CrtDateOverdue";

/// 没有相关域名。
pub const INTERNALERROR_CRTDOMAINNOTFOUND: &str = "InternalError.CrtDomainNotFound";

/// 证书 Key 不匹配。
pub const INTERNALERROR_CRTKEYNOTMATCH: &str = "InternalError.CrtKeyNotMatch";

/// DB执行错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 该域名已在其他处接入，请检查域名是否输入正确。  如域名正确，您可通过验证后重新添加域名。
pub const INTERNALERROR_DOMAINALREADYEXIST: &str = "InternalError.DomainAlreadyExist";

/// 域名格式错误，请输入合法格式域名。
pub const INTERNALERROR_DOMAINFORMATERROR: &str = "InternalError.DomainFormatError";

/// 添加 GSLB 规则失败。
pub const INTERNALERROR_DOMAINGSLBFAIL: &str = "InternalError.DomainGslbFail";

/// 该域名已在其他处接入，请检查域名是否输入正确。  如域名正确，您可通过验证后重新添加域名。
pub const INTERNALERROR_DOMAINISFAMOUS: &str = "InternalError.DomainIsFamous";

/// 您的域名不可用，请输入正确的域名。
pub const INTERNALERROR_DOMAINISLIMITED: &str = "InternalError.DomainIsLimited";

/// 域名没有备案。
pub const INTERNALERROR_DOMAINNORECORD: &str = "InternalError.DomainNoRecord";

/// 域名不存在。
pub const INTERNALERROR_DOMAINNOTEXIST: &str = "InternalError.DomainNotExist";

/// 域名长度超过限制。
pub const INTERNALERROR_DOMAINTOOLONG: &str = "InternalError.DomainTooLong";

/// 获取用户账号错误。
pub const INTERNALERROR_GETBIZIDERROR: &str = "InternalError.GetBizidError";

/// 获取配置错误。
pub const INTERNALERROR_GETCONFIGERROR: &str = "InternalError.GetConfigError";

/// 获取流信息失败。
pub const INTERNALERROR_GETSTREAMINFOERROR: &str = "InternalError.GetStreamInfoError";

/// 获取直播源信息错误。
pub const INTERNALERROR_GETUPSTREAMINFOERROR: &str = "InternalError.GetUpstreamInfoError";

/// 获取水印错误。
pub const INTERNALERROR_GETWATERMARKERROR: &str = "InternalError.GetWatermarkError";

/// 无在线流。
pub const INTERNALERROR_HASNOTLIVINGSTREAM: &str = "InternalError.HasNotLivingStream";

/// 参数检校不通过。
pub const INTERNALERROR_INVALIDINPUT: &str = "InternalError.InvalidInput";

/// 无效的请求。
pub const INTERNALERROR_INVALIDREQUEST: &str = "InternalError.InvalidRequest";

/// 账号信息错误。
pub const INTERNALERROR_INVALIDUSER: &str = "InternalError.InvalidUser";

/// 计费平台返回其他错误。
pub const INTERNALERROR_JIFEIOTHERERROR: &str = "InternalError.JiFeiOtherError";

/// 内部网络错误。
pub const INTERNALERROR_NETWORKERROR: &str = "InternalError.NetworkError";

/// 记录不存在。
pub const INTERNALERROR_NOTFOUND: &str = "InternalError.NotFound";

/// 无权限操作。
pub const INTERNALERROR_NOTPERMMITOPERAT: &str = "InternalError.NotPermmitOperat";

/// 播放域名不存在。
pub const INTERNALERROR_PLAYDOMAINNORECORD: &str = "InternalError.PlayDomainNoRecord";

/// 转码模板名称已经存在。
pub const INTERNALERROR_PROCESSORALREADYEXIST: &str = "InternalError.ProcessorAlreadyExist";

/// 推流域名不存在。
pub const INTERNALERROR_PUSHDOMAINNORECORD: &str = "InternalError.PushDomainNoRecord";

/// 按省份运营商查询播放信息失败。
pub const INTERNALERROR_QUERYPROISPPLAYINFOERROR: &str = "InternalError.QueryProIspPlayInfoError";

/// 查询 upload 信息失败。
pub const INTERNALERROR_QUERYUPLOADINFOFAILED: &str = "InternalError.QueryUploadInfoFailed";

/// 规则已经配置。
pub const INTERNALERROR_RULEALREADYEXIST: &str = "InternalError.RuleAlreadyExist";

/// 规则使用中。
pub const INTERNALERROR_RULEINUSING: &str = "InternalError.RuleInUsing";

/// 规则不存在。
pub const INTERNALERROR_RULENOTFOUND: &str = "InternalError.RuleNotFound";

/// 规则超过限制。
pub const INTERNALERROR_RULEOUTLIMIT: &str = "InternalError.RuleOutLimit";

/// 流状态异常。
pub const INTERNALERROR_STREAMSTATUSERROR: &str = "InternalError.StreamStatusError";

/// 系统内部错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 更新数据失败。
pub const INTERNALERROR_UPDATEDATAERROR: &str = "InternalError.UpdateDataError";

/// 添加直播水印失败。
pub const INTERNALERROR_WATERMARKADDERROR: &str = "InternalError.WatermarkAddError";

/// 水印修改内部错误。
pub const INTERNALERROR_WATERMARKEDITERROR: &str = "InternalError.WatermarkEditError";

/// 水印不存在。
pub const INTERNALERROR_WATERMARKNOTEXIST: &str = "InternalError.WatermarkNotExist";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 错误的模板名。
pub const INVALIDPARAMETER_ARGSNOTMATCH: &str = "InvalidParameter.ArgsNotMatch";

/// 取消不存在的会话。
pub const INVALIDPARAMETER_CANCELSESSIONNOTEXIST: &str = "InvalidParameter.CancelSessionNotExist";

/// 腾讯云证书托管 ID 错误。
pub const INVALIDPARAMETER_CLOUDCRTIDERROR: &str = "InvalidParameter.CloudCrtIdError";

/// 赠送的腾讯云域名已过期。
pub const INVALIDPARAMETER_CLOUDDOMAINISSTOP: &str = "InvalidParameter.CloudDomainIsStop";

/// 模版使用中。
pub const INVALIDPARAMETER_CONFINUSED: &str = "InvalidParameter.ConfInUsed";

/// 配置没有找到。
pub const INVALIDPARAMETER_CONFNOTFOUND: &str = "InvalidParameter.ConfNotFound";

/// Cos自定义文件名错误。
pub const INVALIDPARAMETER_COSCUSTOMFILENAMEERROR: &str = "InvalidParameter.COSCustomFileNameError";

/// 证书使用中。
pub const INVALIDPARAMETER_CRTDATEINUSING: &str = "InvalidParameter.CrtDateInUsing";

/// 证书不存在。
pub const INVALIDPARAMETER_CRTDATENOTFOUND: &str = "InvalidParameter.CrtDateNotFound";

/// 证书内容不合法。
pub const INVALIDPARAMETER_CRTDATENOTLEGAL: &str = "InvalidParameter.CrtDateNotLegal";

/// 证书过期。
pub const INVALIDPARAMETER_CRTDATEOVERDUE: &str = "InvalidParameter.CrtDateOverdue";

/// 证书没有相关域名。
pub const INVALIDPARAMETER_CRTDOMAINNOTFOUND: &str = "InvalidParameter.CrtDomainNotFound";

/// 证书 Key 不匹配。
pub const INVALIDPARAMETER_CRTKEYNOTMATCH: &str = "InvalidParameter.CrtKeyNotMatch";

/// 证书内容或者私钥未提供。
pub const INVALIDPARAMETER_CRTORKEYNOTEXIST: &str = "InvalidParameter.CrtOrKeyNotExist";

/// 域名已经存在。
pub const INVALIDPARAMETER_DOMAINALREADYEXIST: &str = "InvalidParameter.DomainAlreadyExist";

/// 域名格式错误，请输入合法格式域名。
pub const INVALIDPARAMETER_DOMAINFORMATERROR: &str = "InvalidParameter.DomainFormatError";

/// 当前域名在黑名单中。
pub const INVALIDPARAMETER_DOMAINHITBLACKLIST: &str = "InvalidParameter.DomainHitBlackList";

/// 使用黑名单域名。
pub const INVALIDPARAMETER_DOMAINISFAMOUS: &str = "InvalidParameter.DomainIsFamous";

/// 域名受限，请提交工单，申请解除限制。
pub const INVALIDPARAMETER_DOMAINISLIMITED: &str = "InvalidParameter.DomainIsLimited";

/// 域名不存在。
pub const INVALIDPARAMETER_DOMAINNOTEXISTS: &str = "InvalidParameter.DomainNotExists";

/// 域名长度超过限制。
pub const INVALIDPARAMETER_DOMAINTOOLONG: &str = "InvalidParameter.DomainTooLong";

/// 自适应码率子模板gop值必须存在且相等。
pub const INVALIDPARAMETER_GOPMUSTEQUALANDEXISTS: &str = "InvalidParameter.GopMustEqualAndExists";

/// 输入数目超出限制。
pub const INVALIDPARAMETER_INPUTNUMLIMITEXCEEDED: &str = "InvalidParameter.InputNumLimitExceeded";

/// 非法的背景长宽。
pub const INVALIDPARAMETER_INVALIDBACKGROUDRESOLUTION: &str =
    "InvalidParameter.InvalidBackgroudResolution";

/// 无效的备用推流地址。
pub const INVALIDPARAMETER_INVALIDBACKUPTOURL: &str = "InvalidParameter.InvalidBackupToUrl";

/// 非法的输出码率。
pub const INVALIDPARAMETER_INVALIDBITRATE: &str = "InvalidParameter.InvalidBitrate";

/// 回调地址不规范。
pub const INVALIDPARAMETER_INVALIDCALLBACKURL: &str = "InvalidParameter.InvalidCallbackUrl";

/// 裁剪区域溢出原始图片。
pub const INVALIDPARAMETER_INVALIDCROPPARAM: &str = "InvalidParameter.InvalidCropParam";

/// 图层参数错误。
pub const INVALIDPARAMETER_INVALIDLAYERPARAM: &str = "InvalidParameter.InvalidLayerParam";

/// 混流输入参数无效。
pub const INVALIDPARAMETER_INVALIDMIXINPUTPARAM: &str = "InvalidParameter.InvalidMixInputParam";

/// 输出流参数无效。
pub const INVALIDPARAMETER_INVALIDOUTPUTPARAM: &str = "InvalidParameter.InvalidOutputParam";

/// 输出流 ID 被占用。
pub const INVALIDPARAMETER_INVALIDOUTPUTSTREAMID: &str = "InvalidParameter.InvalidOutputStreamID";

/// 非法输出类型，检查 OutputPram-StreamId 与 OutputType 是否匹配。
pub const INVALIDPARAMETER_INVALIDOUTPUTTYPE: &str = "InvalidParameter.InvalidOutputType";

/// 水印 ID 未设置。
pub const INVALIDPARAMETER_INVALIDPICTUREID: &str = "InvalidParameter.InvalidPictureID";

/// 非法协议类型。
pub const INVALIDPARAMETER_INVALIDPROTOCOL: &str = "InvalidParameter.InvalidProtocol";

/// 非法的圆角矩形圆角半径。
pub const INVALIDPARAMETER_INVALIDROUNDRECTRADIUS: &str = "InvalidParameter.InvalidRoundRectRadius";

/// 源地址不规范。
pub const INVALIDPARAMETER_INVALIDSOURCEURL: &str = "InvalidParameter.InvalidSourceUrl";

/// 错误的流名称。
pub const INVALIDPARAMETER_INVALIDSTREAMNAME: &str = "InvalidParameter.InvalidStreamName";

/// TaskId非法
pub const INVALIDPARAMETER_INVALIDTASKID: &str = "InvalidParameter.InvalidTaskId";

/// 任务时间超出限制。
pub const INVALIDPARAMETER_INVALIDTASKTIME: &str = "InvalidParameter.InvalidTaskTime";

/// 目标地址不规范。
pub const INVALIDPARAMETER_INVALIDTOURL: &str = "InvalidParameter.InvalidToUrl";

/// url非法。
pub const INVALIDPARAMETER_INVALIDURL: &str = "InvalidParameter.InvalidUrl";

/// 错误的VodFileName。
pub const INVALIDPARAMETER_INVALIDVODFILENAME: &str = "InvalidParameter.InvalidVodFileName";

/// 水印参数有误。
pub const INVALIDPARAMETER_INVALIDWATERMARK: &str = "InvalidParameter.InvalidWatermark";

/// 匹配规则仅支持音视频格式后缀。
pub const INVALIDPARAMETER_MATCHRULEONLYSUPPORTNORMALSUFFIX: &str =
    "InvalidParameter.MatchRuleOnlySupportNormalSuffix";

/// 当月不允许添加已删除的小程序域名。
pub const INVALIDPARAMETER_MPHOSTDELETE: &str = "InvalidParameter.MpHostDelete";

/// 小程序插件没有授权。
pub const INVALIDPARAMETER_MPPLUGINNOUSE: &str = "InvalidParameter.MpPluginNoUse";

/// 该APPID未开通LVB服务。
pub const INVALIDPARAMETER_NOTALLOWUSELVB: &str = "InvalidParameter.NotAllowUseLVB";

/// 其他错误。
pub const INVALIDPARAMETER_OTHERERROR: &str = "InvalidParameter.OtherError";

/// 转码模板已存在。
pub const INVALIDPARAMETER_PROCESSORALREADYEXIST: &str = "InvalidParameter.ProcessorAlreadyExist";

/// 规则没有找到。
pub const INVALIDPARAMETER_RULENOTFOUND: &str = "InvalidParameter.RuleNotFound";

/// 同一会话输出流发生变化。
pub const INVALIDPARAMETER_SESSIONOUTPUTSTREAMCHANGED: &str =
    "InvalidParameter.SessionOutputStreamChanged";

/// 任务不存在。
pub const INVALIDPARAMETER_TASKNOTEXIST: &str = "InvalidParameter.TaskNotExist";

/// 任务数超过限制。
pub const INVALIDPARAMETER_TASKNUMMORETHANLIMIT: &str = "InvalidParameter.TaskNumMoreThanLimit";

/// 模板不存在。
pub const INVALIDPARAMETER_TEMPLATENOTFOUND: &str = "InvalidParameter.TemplateNotFound";

/// 模板与输入流条数不匹配。
pub const INVALIDPARAMETER_TEMPLATENOTMATCHINPUTNUM: &str =
    "InvalidParameter.TemplateNotMatchInputNum";

/// 外部地址无权限。
pub const INVALIDPARAMETER_TOURLNOPERMISSION: &str = "InvalidParameter.ToUrlNoPermission";

/// 域名解析不正确。
pub const INVALIDPARAMETER_URLNOTSAFE: &str = "InvalidParameter.UrlNotSafe";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 当前并发任务数超限制。
pub const LIMITEXCEEDED_MAXIMUMRUNNINGTASK: &str = "LimitExceeded.MaximumRunningTask";

/// 当天已创建任务数超限制。
pub const LIMITEXCEEDED_MAXIMUMTASK: &str = "LimitExceeded.MaximumTask";

/// 单位时间内接口请求频率达到限制。
pub const LIMITEXCEEDED_RATELIMITEXCEEDED: &str = "LimitExceeded.RateLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 导播台不存在。
pub const RESOURCENOTFOUND_CASTERNOTEXISTS: &str = "ResourceNotFound.CasterNotExists";

/// 日志下载 URL 不存在。
pub const RESOURCENOTFOUND_CDNLOGEMPTY: &str = "ResourceNotFound.CdnLogEmpty";

/// 日志主题不存在。
pub const RESOURCENOTFOUND_CDNTHEMEEMPTY: &str = "ResourceNotFound.CdnThemeEmpty";

/// 频道不存在。
pub const RESOURCENOTFOUND_CHANNELNOTEXIST: &str = "ResourceNotFound.ChannelNotExist";

/// 证书不存在。
pub const RESOURCENOTFOUND_CRTDATENOTFOUND: &str = "ResourceNotFound.CrtDateNotFound";

/// 未找到证书信息。
pub const RESOURCENOTFOUND_CRTDOMAINNOTFOUND: &str = "ResourceNotFound.CrtDomainNotFound";

/// 域名没有备案。
pub const RESOURCENOTFOUND_DOMAINNORECORD: &str = "ResourceNotFound.DomainNoRecord";

/// 域名不存在或不匹配。
pub const RESOURCENOTFOUND_DOMAINNOTEXIST: &str = "ResourceNotFound.DomainNotExist";

/// 数据为空。
pub const RESOURCENOTFOUND_EMPTYDATA: &str = "ResourceNotFound.EmptyData";

/// 用户被禁用。
pub const RESOURCENOTFOUND_FORBIDSERVICE: &str = "ResourceNotFound.ForbidService";

/// 用户服务被冻结。
pub const RESOURCENOTFOUND_FREEZESERVICE: &str = "ResourceNotFound.FreezeService";

/// 用户不支持此接口。
pub const RESOURCENOTFOUND_INVALIDUSER: &str = "ResourceNotFound.InvalidUser";

/// 预付费客户，未绑定套餐包
pub const RESOURCENOTFOUND_NOTBINDPACKAGE: &str = "ResourceNotFound.NotBindPackage";

/// 播放域名不存在。
pub const RESOURCENOTFOUND_PLAYDOMAINNORECORD: &str = "ResourceNotFound.PlayDomainNoRecord";

/// 推流域名不存在。
pub const RESOURCENOTFOUND_PUSHDOMAINNORECORD: &str = "ResourceNotFound.PushDomainNoRecord";

/// 账号停服，请先冲正开通服务后再操作。
pub const RESOURCENOTFOUND_STOPSERVICE: &str = "ResourceNotFound.StopService";

/// TaskId 不存在。
pub const RESOURCENOTFOUND_TASKID: &str = "ResourceNotFound.TaskId";

/// 任务不存在
pub const RESOURCENOTFOUND_TASKNOTFOUND: &str = "ResourceNotFound.TaskNotFound";

/// 模板不存在。
pub const RESOURCENOTFOUND_TEMPLATENOTEXISTS: &str = "ResourceNotFound.TemplateNotExists";

/// 用户主动停服。
pub const RESOURCENOTFOUND_USERDISABLESERVICE: &str = "ResourceNotFound.UserDisableService";

/// 用户未注册直播。
pub const RESOURCENOTFOUND_USERNOTEXIST: &str = "ResourceNotFound.UserNotExist";

/// 用户不存在。
pub const RESOURCENOTFOUND_USERNOTFOUNT: &str = "ResourceNotFound.UserNotFount";

/// 水印不存在。
pub const RESOURCENOTFOUND_WATERMARKNOTEXIST: &str = "ResourceNotFound.WatermarkNotExist";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 点播未开服。
pub const RESOURCEUNAVAILABLE_INVALIDVODSTATUS: &str = "ResourceUnavailable.InvalidVodStatus";

/// 推流不存在。
pub const RESOURCEUNAVAILABLE_STREAMNOTEXIST: &str = "ResourceUnavailable.StreamNotExist";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 非直播码/新版控制台模式。
pub const UNSUPPORTEDOPERATION_NOTLVBCODEMODE: &str = "UnsupportedOperation.NotLVBCodeMode";
