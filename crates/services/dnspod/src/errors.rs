//! Error codes of `dnspod`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dnspod::errors::AUTHFAILURE) => { /* … */ }
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

/// 抱歉，该账户已经被锁定。
pub const FAILEDOPERATION_ACCOUNTISLOCKED: &str = "FailedOperation.AccountIsLocked";

/// 当前套餐版本不支持流量分析，请先升级为尊享版或企业版套餐
pub const FAILEDOPERATION_AUTHLOGUNSUPPORT: &str = "FailedOperation.AuthLogUnsupport";

/// 您的账户下包含个人豪华域名，不能直接升级，请联系销售。
pub const FAILEDOPERATION_CONTAINSPERSONALVIP: &str = "FailedOperation.ContainsPersonalVip";

/// 此优惠券只能被免费域名使用。
pub const FAILEDOPERATION_COUPONFORFREEDOMAIN: &str = "FailedOperation.CouponForFreeDomain";

/// 您的账户不满足使用此优惠券的条件。
pub const FAILEDOPERATION_COUPONNOTSUPPORTED: &str = "FailedOperation.CouponNotSupported";

/// 域名已经使用过该类型的礼券了，不能重复使用。
pub const FAILEDOPERATION_COUPONTYPEALREADYUSED: &str = "FailedOperation.CouponTypeAlreadyUsed";

/// DNSSEC 未完全关闭，不允许添加 @ 子域名 CNAME、显性 URL 或者隐性 URL 记录。
pub const FAILEDOPERATION_DNSSECINCOMPLETECLOSED: &str = "FailedOperation.DNSSECIncompleteClosed";

/// 该域名已在您的列表中，无需重复添加。
pub const FAILEDOPERATION_DOMAINEXISTS: &str = "FailedOperation.DomainExists";

/// 该域名属于企业邮用户
pub const FAILEDOPERATION_DOMAININENTERPRISEMAILACCOUNT: &str =
    "FailedOperation.DomainInEnterpriseMailAccount";

/// 域名已升级为企业套餐，但目前位于个人账号，请与销售联系。
pub const FAILEDOPERATION_DOMAINISENTERPRISETYPE: &str = "FailedOperation.DomainIsEnterpriseType";

/// 该域名为腾讯云 DNSPod 重点保护资源，为了避免误操作造成的业务影响，域名禁止自行操作删除。如果您确认需要删除域名，请先联系您的客户经理，我们将竭诚为您提供技术支持。
pub const FAILEDOPERATION_DOMAINISKEYDOMAIN: &str = "FailedOperation.DomainIsKeyDomain";

/// 锁定域名不能进行此操作。
pub const FAILEDOPERATION_DOMAINISLOCKED: &str = "FailedOperation.DomainIsLocked";

/// 域名已升级为个人套餐，但目前位于企业账号，请与销售联系。
pub const FAILEDOPERATION_DOMAINISPERSONALTYPE: &str = "FailedOperation.DomainIsPersonalType";

/// 封禁域名不能进行此操作。
pub const FAILEDOPERATION_DOMAINISSPAM: &str = "FailedOperation.DomainIsSpam";

/// VIP域名不能进行此操作。
pub const FAILEDOPERATION_DOMAINISVIP: &str = "FailedOperation.DomainIsVip";

/// 当前域名还未使用 DNSPod 的解析服务，我们无法获取解析量数据。
pub const FAILEDOPERATION_DOMAINNOTINSERVICE: &str = "FailedOperation.DomainNotInService";

/// 该域名已被其他账号添加，可在域名列表中添加取回。
pub const FAILEDOPERATION_DOMAINOWNEDBYOTHERUSER: &str = "FailedOperation.DomainOwnedByOtherUser";

/// 校验公网 IP 发生异常。
pub const FAILEDOPERATION_EIPCHECKFAILED: &str = "FailedOperation.EipCheckFailed";

/// 文件不存在或文件还未生成
pub const FAILEDOPERATION_FILENOTEXIST: &str = "FailedOperation.FileNotExist";

/// 不能绑定到免费账号。
pub const FAILEDOPERATION_FREEFORUMUIDNOTALLOWED: &str = "FailedOperation.FreeForumUidNotAllowed";

/// 您操作过于频繁，请稍后重试
pub const FAILEDOPERATION_FREQUENCYLIMIT: &str = "FailedOperation.FrequencyLimit";

/// 此功能暂停申请，请稍候重试。
pub const FAILEDOPERATION_FUNCTIONNOTALLOWEDAPPLY: &str = "FailedOperation.FunctionNotAllowedApply";

/// 获取不到域名信息，可能域名非法或网络故障，请稍后再试。
pub const FAILEDOPERATION_GETWHOISFAILED: &str = "FailedOperation.GetWhoisFailed";

/// 账户余额不足。
pub const FAILEDOPERATION_INSUFFICIENTBALANCE: &str = "FailedOperation.InsufficientBalance";

/// 账号异地登录，请求被拒绝。
pub const FAILEDOPERATION_LOGINAREANOTALLOWED: &str = "FailedOperation.LoginAreaNotAllowed";

/// 登录失败，请检查账号和密码是否正确。
pub const FAILEDOPERATION_LOGINFAILED: &str = "FailedOperation.LoginFailed";

/// 登录已经超时，请重新登录。
pub const FAILEDOPERATION_LOGINTIMEOUT: &str = "FailedOperation.LoginTimeout";

/// 用户手机没有通过验证。
pub const FAILEDOPERATION_MOBILENOTVERIFIED: &str = "FailedOperation.MobileNotVerified";

/// 请先添加默认线路的解析记录
pub const FAILEDOPERATION_MUSTADDDEFAULTLINEFIRST: &str = "FailedOperation.MustAddDefaultLineFirst";

/// 权限错误，您无法查看该任务的详情。
pub const FAILEDOPERATION_NOTBATCHTASKOWNER: &str = "FailedOperation.NotBatchTaskOwner";

/// 域名不在您的名下。
pub const FAILEDOPERATION_NOTDOMAINOWNER: &str = "FailedOperation.NotDomainOwner";

/// 未实名认证用户，请先完成实名认证再操作。
pub const FAILEDOPERATION_NOTREALNAMEDUSER: &str = "FailedOperation.NotRealNamedUser";

/// 您没有权限操作此资源。
pub const FAILEDOPERATION_NOTRESOURCEOWNER: &str = "FailedOperation.NotResourceOwner";

/// 您不能付款此订单。
pub const FAILEDOPERATION_ORDERCANNOTPAY: &str = "FailedOperation.OrderCanNotPay";

/// 此订单已经付过款。
pub const FAILEDOPERATION_ORDERHASPAID: &str = "FailedOperation.OrderHasPaid";

/// 资源未绑定域名。
pub const FAILEDOPERATION_RESOURCENOTBIND: &str = "FailedOperation.ResourceNotBind";

/// 请求量统计数据暂时不可用，请稍后再试。
pub const FAILEDOPERATION_TEMPORARYERROR: &str = "FailedOperation.TemporaryError";

/// 按腾讯云域名新规范，tencentyun.com不允许新增子域名和修改存量解析
pub const FAILEDOPERATION_TENCENTCLOUDFORBID: &str = "FailedOperation.TencentCloudForbid";

/// 不能转移到企业账号。
pub const FAILEDOPERATION_TRANSFERTOENTERPRISEDENIED: &str =
    "FailedOperation.TransferToEnterpriseDenied";

/// 不能转移到个人账号。
pub const FAILEDOPERATION_TRANSFERTOPERSONDENIED: &str = "FailedOperation.TransferToPersonDenied";

/// 没有开启D令牌。
pub const FAILEDOPERATION_TWOSTEPNOTON: &str = "FailedOperation.TwoStepNotOn";

/// 操作未响应，请稍后重试。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnknowError";

/// 目标用户不允许转入域名
pub const FAILEDOPERATION_USERNOTALLOWTRANSFER: &str = "FailedOperation.UserNotAllowTransfer";

/// 域名已经提交过订单并且正在审核中，请稍候。
pub const FAILEDOPERATION_VERIFYINGBILLEXISTS: &str = "FailedOperation.VerifyingBillExists";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 域名等级不正确。
pub const INVALIDPARAMETERVALUE_DOMAINGRADEINVALID: &str =
    "InvalidParameterValue.DomainGradeInvalid";

/// 当前域名有误，请返回重新操作。
pub const INVALIDPARAMETERVALUE_DOMAINNOTEXISTS: &str = "InvalidParameterValue.DomainNotExists";

/// 自定义线路IP段不能为空。
pub const INVALIDPARAMETERVALUE_IPAREAEMPTYIP: &str = "InvalidParameterValue.IpAreaEmptyIp";

/// 自定义线路名称不能为空。
pub const INVALIDPARAMETERVALUE_IPAREAEMPTYLINENAME: &str =
    "InvalidParameterValue.IpAreaEmptyLineName";

/// 分页长度数量错误。
pub const INVALIDPARAMETERVALUE_LIMITINVALID: &str = "InvalidParameterValue.LimitInvalid";

/// 升级年限不正确。
pub const INVALIDPARAMETERVALUE_UPGRADETERMINVALID: &str =
    "InvalidParameterValue.UpgradeTermInvalid";

/// 用户编号不正确。
pub const INVALIDPARAMETERVALUE_USERIDINVALID: &str = "InvalidParameterValue.UserIdInvalid";

/// 您的账号已被系统封禁，如果您有任何疑问请与我们联系。
pub const INVALIDPARAMETER_ACCOUNTISBANNED: &str = "InvalidParameter.AccountIsBanned";

/// 域名正在取回，请勿重复操作。
pub const INVALIDPARAMETER_ACQUIREHASHEXISTS: &str = "InvalidParameter.AcquireHashExists";

/// 无效的操作。
pub const INVALIDPARAMETER_ACTIONINVALID: &str = "InvalidParameter.ActionInvalid";

/// 操作已经成功完成。
pub const INVALIDPARAMETER_ACTIONSUCCESS: &str = "InvalidParameter.ActionSuccess";

/// 用户未实名。
pub const INVALIDPARAMETER_ACTIVITY: &str = "InvalidParameter.Activity";

/// 该域名已在您的域名列表中，请删除后再添加到别名列表
pub const INVALIDPARAMETER_ALIASISMYDOMAIN: &str = "InvalidParameter.AliasIsMyDomain";

/// 解析状态不正确
pub const INVALIDPARAMETER_AUTHLOGINVALIDRETCODE: &str = "InvalidParameter.AuthLogInvalidRetCode";

/// 地域不正确
pub const INVALIDPARAMETER_AUTHLOGINVALIDSCOPE: &str = "InvalidParameter.AuthLogInvalidScope";

/// 创建批量域名任务失败，原因：内部错误。
pub const INVALIDPARAMETER_BATCHDOMAINCREATEACTIONERROR: &str =
    "InvalidParameter.BatchDomainCreateActionError";

/// 列表中存在您没有权限的域名
pub const INVALIDPARAMETER_BATCHDOMAINNOTAUTH: &str = "InvalidParameter.BatchDomainNotAuth";

/// 您有批量任务未执行完成，请等待完成后继续添加。
pub const INVALIDPARAMETER_BATCHLIMITUNDO: &str = "InvalidParameter.BatchLimitUndo";

/// 创建批量记录任务失败，原因：内部错误。
pub const INVALIDPARAMETER_BATCHRECORDCREATEACTIONERROR: &str =
    "InvalidParameter.BatchRecordCreateActionError";

/// 批量修改记录任务失败，原因：内部错误。
pub const INVALIDPARAMETER_BATCHRECORDMODIFYACTIONERROR: &str =
    "InvalidParameter.BatchRecordModifyActionError";

/// 记录值无效。
pub const INVALIDPARAMETER_BATCHRECORDMODIFYACTIONINVALIDVALUE: &str =
    "InvalidParameter.BatchRecordModifyActionInvalidValue";

/// 批量删除记录任务失败，原因：内部错误。
pub const INVALIDPARAMETER_BATCHRECORDREMOVEACTIONERROR: &str =
    "InvalidParameter.BatchRecordRemoveActionError";

/// 批量替换记录任务失败，原因：内部错误。
pub const INVALIDPARAMETER_BATCHRECORDREPLACEACTIONERROR: &str =
    "InvalidParameter.BatchRecordReplaceActionError";

/// 超过单个账号的批量任务数并发上限4个。
pub const INVALIDPARAMETER_BATCHTASKCOUNTLIMIT: &str = "InvalidParameter.BatchTaskCountLimit";

/// 任务不存在，无法获取任务详情。
pub const INVALIDPARAMETER_BATCHTASKNOTEXIST: &str = "InvalidParameter.BatchTaskNotExist";

/// 订单号码不正确。
pub const INVALIDPARAMETER_BILLNUMBERINVALID: &str = "InvalidParameter.BillNumberInvalid";

/// 浏览器字段为空。
pub const INVALIDPARAMETER_BROWSERNULL: &str = "InvalidParameter.BrowserNull";

/// Client token 参数过长
pub const INVALIDPARAMETER_CLIENTTOKENTOOLONG: &str = "InvalidParameter.ClientTokenTooLong";

/// 您操作过于频繁，请稍后重试。
pub const INVALIDPARAMETER_COMMON: &str = "InvalidParameter.Common";

/// 您复制的线路已存在，无需重复复制。
pub const INVALIDPARAMETER_COPIEDLINEGROUPDUPLICATED: &str =
    "InvalidParameter.CopiedLineGroupDuplicated";

/// 自定义错误信息。
pub const INVALIDPARAMETER_CUSTOMMESSAGE: &str = "InvalidParameter.CustomMessage";

/// 数据过期,请重新提交。
pub const INVALIDPARAMETER_DATAEXPIRED: &str = "InvalidParameter.DataExpired";

/// data 无效。
pub const INVALIDPARAMETER_DATAINVALID: &str = "InvalidParameter.DataInvalid";

/// 订单类型无效。
pub const INVALIDPARAMETER_DEALTYPEINVALID: &str = "InvalidParameter.DealTypeInvalid";

/// 默认线路无法进行自定义线路分组。
pub const INVALIDPARAMETER_DEFAULTLINENOTSELFDEFINED: &str =
    "InvalidParameter.DefaultLineNotSelfdefined";

/// 域名已升级至付费套餐，无法完成下单。
pub const INVALIDPARAMETER_DNSDEALDOMAINUPGRADED: &str = "InvalidParameter.DnsDealDomainUpgraded";

/// 相关服务已有其他未完成的订单，请先将原订单支付或取消后，才可提交新的订单。
pub const INVALIDPARAMETER_DNSDEALLOCKED: &str = "InvalidParameter.DnsDealLocked";

/// 订单数据非法。
pub const INVALIDPARAMETER_DNSINVALIDDEAL: &str = "InvalidParameter.DnsInvalidDeal";

/// 该域名开启了 DNSSEC，不允许添加 @ 子域名 CNAME、显性 URL 或者隐性 URL 记录。
pub const INVALIDPARAMETER_DNSSECADDCNAMEERROR: &str = "InvalidParameter.DnssecAddCnameError";

/// 别名已经存在。
pub const INVALIDPARAMETER_DOMAINALIASEXISTS: &str = "InvalidParameter.DomainAliasExists";

/// 别名编号错误。
pub const INVALIDPARAMETER_DOMAINALIASIDINVALID: &str = "InvalidParameter.DomainAliasIdInvalid";

/// 目标域名已经是VIP域名，无法替换。
pub const INVALIDPARAMETER_DOMAINALREADYVIP: &str = "InvalidParameter.DomainAlreadyVip";

/// 一个任务里不能存在相同的域名。
pub const INVALIDPARAMETER_DOMAINDUPLICATED: &str = "InvalidParameter.DomainDuplicated";

/// 域名编号不正确。
pub const INVALIDPARAMETER_DOMAINIDINVALID: &str = "InvalidParameter.DomainIdInvalid";

/// 该域名涉及违法违规黑名单，无法进行该操作
pub const INVALIDPARAMETER_DOMAININBLACKLIST: &str = "InvalidParameter.DomainInBlackList";

/// 不允许操作生效中或失效中的域名。
pub const INVALIDPARAMETER_DOMAININEFFECTORINVALIDATED: &str =
    "InvalidParameter.DomainInEffectOrInvalidated";

/// 域名不正确，请输入主域名，如 dnspod.cn。
pub const INVALIDPARAMETER_DOMAININVALID: &str = "InvalidParameter.DomainInvalid";

/// 此域名是其它域名的别名。
pub const INVALIDPARAMETER_DOMAINISALIASER: &str = "InvalidParameter.DomainIsAliaser";

/// 该域名已有同类型操作未完成，无法执行该操作。
pub const INVALIDPARAMETER_DOMAINISMODIFYINGDNS: &str = "InvalidParameter.DomainIsModifyingDns";

/// 此域名是自己域名的别名
pub const INVALIDPARAMETER_DOMAINISMYALIAS: &str = "InvalidParameter.DomainIsMyAlias";

/// 域名没有锁定。
pub const INVALIDPARAMETER_DOMAINISNOTLOCKED: &str = "InvalidParameter.DomainIsNotlocked";

/// 暂停域名不支持锁定。
pub const INVALIDPARAMETER_DOMAINNOTALLOWEDLOCK: &str = "InvalidParameter.DomainNotAllowedLock";

/// 处于生效中/失效中的域名，不允许变更解析记录。
pub const INVALIDPARAMETER_DOMAINNOTALLOWEDMODIFYRECORDS: &str =
    "InvalidParameter.DomainNotAllowedModifyRecords";

/// 该域名未备案，无法添加 URL 记录。
pub const INVALIDPARAMETER_DOMAINNOTBEIAN: &str = "InvalidParameter.DomainNotBeian";

/// 域名未生效。
pub const INVALIDPARAMETER_DOMAINNOTEFFECTIVE: &str = "InvalidParameter.DomainNotEffective";

/// 域名还没有注册，无法添加。
pub const INVALIDPARAMETER_DOMAINNOTREGED: &str = "InvalidParameter.DomainNotReged";

/// 原域名不是VIP域名，无法替换。
pub const INVALIDPARAMETER_DOMAINNOTVIP: &str = "InvalidParameter.DomainNotVip";

/// 记录已经存在，无需再次添加。
pub const INVALIDPARAMETER_DOMAINRECORDEXIST: &str = "InvalidParameter.DomainRecordExist";

/// 域名自己无需进行复制。
pub const INVALIDPARAMETER_DOMAINSELFNOCOPY: &str = "InvalidParameter.DomainSelfNoCopy";

/// 没有提交任何域名。
pub const INVALIDPARAMETER_DOMAINSEMPTY: &str = "InvalidParameter.DomainsEmpty";

/// 存在进行中的任务，请稍后提交。
pub const INVALIDPARAMETER_DOMAINTASKNOTFINISHED: &str = "InvalidParameter.DomainTaskNotFinished";

/// 域名过长。
pub const INVALIDPARAMETER_DOMAINTOOLONG: &str = "InvalidParameter.DomainTooLong";

/// 域名类型错误。
pub const INVALIDPARAMETER_DOMAINTYPEINVALID: &str = "InvalidParameter.DomainTypeInvalid";

/// 您的账户下没有 企业II 或 企业III 的VIP套餐，不能开启D令牌。
pub const INVALIDPARAMETER_DTOKENNOTSUPPORT: &str = "InvalidParameter.DTokenNotSupport";

/// 邮箱地址不正确。
pub const INVALIDPARAMETER_EMAILINVALID: &str = "InvalidParameter.EmailInvalid";

/// 抱歉，您的账户还没有通过邮箱验证。
pub const INVALIDPARAMETER_EMAILNOTVERIFIED: &str = "InvalidParameter.EmailNotVerified";

/// 请输入合法的邮箱或者uin。
pub const INVALIDPARAMETER_EMAILORQQINVALID: &str = "InvalidParameter.EmailOrQqInvalid";

/// 域名已经在该账号下。
pub const INVALIDPARAMETER_EMAILSAME: &str = "InvalidParameter.EmailSame";

/// 结束时间超出范围
pub const INVALIDPARAMETER_ENDDATEBEYONDRANGE: &str = "InvalidParameter.EndDateBeyondRange";

/// 无法查询 DNS 地址，请确认域名是否正确。
pub const INVALIDPARAMETER_GETNSFAIL: &str = "InvalidParameter.GetNsFail";

/// 商品子类型无效。
pub const INVALIDPARAMETER_GOODSCHILDTYPEINVALID: &str = "InvalidParameter.GoodsChildTypeInvalid";

/// 商品数量无效。
pub const INVALIDPARAMETER_GOODSNUMINVALID: &str = "InvalidParameter.GoodsNumInvalid";

/// 商品类型无效。
pub const INVALIDPARAMETER_GOODSTYPEINVALID: &str = "InvalidParameter.GoodsTypeInvalid";

/// 当前域名等级低于源域名的等级，无法进行复制。
pub const INVALIDPARAMETER_GRADENOTCOPY: &str = "InvalidParameter.GradeNotCopy";

/// 分组编号不正确。
pub const INVALIDPARAMETER_GROUPIDINVALID: &str = "InvalidParameter.GroupIdInvalid";

/// 分组名为空。
pub const INVALIDPARAMETER_GROUPNAMEEMPTY: &str = "InvalidParameter.GroupNameEmpty";

/// 同名分组已经存在。
pub const INVALIDPARAMETER_GROUPNAMEEXISTS: &str = "InvalidParameter.GroupNameExists";

/// 分组名为1-17个字符。
pub const INVALIDPARAMETER_GROUPNAMEINVALID: &str = "InvalidParameter.GroupNameInvalid";

/// 指定的分组名已存在，或为系统内置线路或自定义线路，无法用于分组名称。
pub const INVALIDPARAMETER_GROUPNAMEOCCUPIED: &str = "InvalidParameter.GroupNameOccupied";

/// 您已经提交过申请并且正在审核中，请耐心等候。
pub const INVALIDPARAMETER_HASPENDINGAPPLY: &str = "InvalidParameter.HasPendingApply";

/// 该订单存在冲突或参数有误，无法完成支付，请重新购买。
pub const INVALIDPARAMETER_ILLEGALNEWDEAL: &str = "InvalidParameter.IllegalNewDeal";

/// 任务不存在。
pub const INVALIDPARAMETER_INNERTASKNOTEXIST: &str = "InvalidParameter.InnerTaskNotExist";

/// 礼券代码无效。
pub const INVALIDPARAMETER_INVALIDCOUPON: &str = "InvalidParameter.InvalidCoupon";

/// 请输入正确的订单号。
pub const INVALIDPARAMETER_INVALIDDEALNAME: &str = "InvalidParameter.InvalidDealName";

/// 无效的结束时间
pub const INVALIDPARAMETER_INVALIDENDDATE: &str = "InvalidParameter.InvalidEndDate";

/// 不是合法的IP段。
pub const INVALIDPARAMETER_INVALIDIP: &str = "InvalidParameter.InvalidIp";

/// 无效密钥 ID。
pub const INVALIDPARAMETER_INVALIDSECRETID: &str = "InvalidParameter.InvalidSecretId";

/// 无效签名。
pub const INVALIDPARAMETER_INVALIDSIGNATURE: &str = "InvalidParameter.InvalidSignature";

/// 源域名ID格式不正确。
pub const INVALIDPARAMETER_INVALIDSRCDOMAINID: &str = "InvalidParameter.InvalidSrcDomainId";

/// 无效的开始时间
pub const INVALIDPARAMETER_INVALIDSTARTDATE: &str = "InvalidParameter.InvalidStartDate";

/// 无效的时间。
pub const INVALIDPARAMETER_INVALIDTIME: &str = "InvalidParameter.InvalidTime";

/// 权重不合法。请输入0~100的整数。
pub const INVALIDPARAMETER_INVALIDWEIGHT: &str = "InvalidParameter.InvalidWeight";

/// IP已经存在。
pub const INVALIDPARAMETER_IPALREADYEXIST: &str = "InvalidParameter.IpAlreadyExist";

/// 删除自定义线路失败，原因：线路不存在或者已删除。
pub const INVALIDPARAMETER_IPAREA: &str = "InvalidParameter.IpArea";

/// ips 过长。
pub const INVALIDPARAMETER_IPSEXCEEDLIMIT: &str = "InvalidParameter.IpsExceedLimit";

/// 单次任务记录数量超过上限5000条。
pub const INVALIDPARAMETER_JOBGREATERTHANLIMIT: &str = "InvalidParameter.JobGreaterThanLimit";

/// 线路格式不正确。
pub const INVALIDPARAMETER_LINEFORMATINVALID: &str = "InvalidParameter.LineFormatInvalid";

/// 线路不存在，或者线路不支持自定义分组。
pub const INVALIDPARAMETER_LINEGROUPNOTSUPPORTED: &str = "InvalidParameter.LineGroupNotSupported";

/// 当前套餐的线路分组已达到数量上限。
pub const INVALIDPARAMETER_LINEGROUPOVERCOUNTED: &str = "InvalidParameter.LineGroupOverCounted";

/// 线路分组更新失败，原因：内部错误。
pub const INVALIDPARAMETER_LINEGROUPUPDATEFAILED: &str = "InvalidParameter.LineGroupUpdateFailed";

/// 线路已存在于其他分组中。
pub const INVALIDPARAMETER_LINEINANOTHERGROUP: &str = "InvalidParameter.LineInAnotherGroup";

/// 线路正在使用当中，无法修改名称。
pub const INVALIDPARAMETER_LINEINUSE: &str = "InvalidParameter.LineInUse";

/// 线路正在使用当中，无法删除名称。
pub const INVALIDPARAMETER_LINEINUSENOTDELETE: &str = "InvalidParameter.LineInUseNotDelete";

/// 线路名称的长度不能超过17个字符。
pub const INVALIDPARAMETER_LINENAMEINVALID: &str = "InvalidParameter.LineNameInvalid";

/// 线路名称包含不被接受的字符。
pub const INVALIDPARAMETER_LINENAMEINVALIDCHARACTER: &str =
    "InvalidParameter.LineNameInvalidCharacter";

/// 线路名是系统内置线路或用户自定义分组线路，无法使用该名称。
pub const INVALIDPARAMETER_LINENAMEOCCUPIED: &str = "InvalidParameter.LineNameOccupied";

/// 分组不存在，请确认是否已经被删除了。
pub const INVALIDPARAMETER_LINENOTEXIST: &str = "InvalidParameter.LineNotExist";

/// 您至少需要选择一个线路。
pub const INVALIDPARAMETER_LINENOTSELECTED: &str = "InvalidParameter.LineNotSelected";

/// 最多只能选择120个线路。
pub const INVALIDPARAMETER_LINEOVERCOUNTED: &str = "InvalidParameter.LineOverCounted";

/// 锁定天数不正确。
pub const INVALIDPARAMETER_LOCKDAYSINVALID: &str = "InvalidParameter.LockDaysInvalid";

/// Token 的 ID 不正确。
pub const INVALIDPARAMETER_LOGINTOKENIDERROR: &str = "InvalidParameter.LoginTokenIdError";

/// 传入的 Token 不存在。
pub const INVALIDPARAMETER_LOGINTOKENNOTEXISTS: &str = "InvalidParameter.LoginTokenNotExists";

/// Token 验证失败。
pub const INVALIDPARAMETER_LOGINTOKENVALIDATEFAILED: &str =
    "InvalidParameter.LoginTokenValidateFailed";

/// 抱歉，您的账户还没有通过手机验证。
pub const INVALIDPARAMETER_MOBILENOTVERIFIED: &str = "InvalidParameter.MobileNotVerified";

/// MX优先级不正确。
pub const INVALIDPARAMETER_MXINVALID: &str = "InvalidParameter.MxInvalid";

/// 新套餐类型无效。
pub const INVALIDPARAMETER_NEWPACKAGETYPEINVALID: &str = "InvalidParameter.NewPackageTypeInvalid";

/// 您不是源域名所有者，无法复制线路。
pub const INVALIDPARAMETER_NOAUTHORITYTOSRCDOMAIN: &str = "InvalidParameter.NoAuthorityToSrcDomain";

/// 分组不属于当前域名，请确认您是否有权限修改分组。
pub const INVALIDPARAMETER_NOAUTHORITYTOTHEGROUP: &str = "InvalidParameter.NoAuthorityToTheGroup";

/// 分页起始数量错误。
pub const INVALIDPARAMETER_OFFSETINVALID: &str = "InvalidParameter.OffsetInvalid";

/// 无效的openid。
pub const INVALIDPARAMETER_OPENIDINVALID: &str = "InvalidParameter.OpenidInvalid";

/// 操作失败，请稍后再试。
pub const INVALIDPARAMETER_OPERATEFAILED: &str = "InvalidParameter.OperateFailed";

/// 当前操作过于频繁，请 1 分钟后重试。
pub const INVALIDPARAMETER_OPERATIONISTOOFREQUENT: &str = "InvalidParameter.OperationIsTooFrequent";

/// 不支持的操作类型。
pub const INVALIDPARAMETER_OPTYPENOTSUPPORTED: &str = "InvalidParameter.OptypeNotSupported";

/// 对方账号未实名认证，请先完成实名认证再操作。
pub const INVALIDPARAMETER_OTHERACCOUNTUNREALNAME: &str = "InvalidParameter.OtherAccountUnrealName";

/// param 格式错误。
pub const INVALIDPARAMETER_PARAMINVALID: &str = "InvalidParameter.ParamInvalid";

/// 参数不合法，请求被拒绝。
pub const INVALIDPARAMETER_PARAMSILLEGAL: &str = "InvalidParameter.ParamsIllegal";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMSMISSING: &str = "InvalidParameter.ParamsMissing";

/// 鉴权失败。
pub const INVALIDPARAMETER_PERMISSIONDENIED: &str = "InvalidParameter.PermissionDenied";

/// 无效的 IP 地址。
pub const INVALIDPARAMETER_PTRINVALIDPUBLICIP: &str = "InvalidParameter.PtrInvalidPublicIp";

/// 您不是该 IP 的所有者，无法进行此操作。
pub const INVALIDPARAMETER_PTRIPNOTOWNER: &str = "InvalidParameter.PtrIpNotOwner";

/// 用户UIN无效。
pub const INVALIDPARAMETER_QCLOUDUININVALID: &str = "InvalidParameter.QcloudUinInvalid";

/// TXT 记录无法匹配，请确认记录值是否准确，并再次验证。
pub const INVALIDPARAMETER_QUHUITXTNOTMATCH: &str = "InvalidParameter.QuhuiTxtNotMatch";

/// TXT 记录未设置或暂未生效，请稍后重试。
pub const INVALIDPARAMETER_QUHUITXTRECORDWAIT: &str = "InvalidParameter.QuhuiTxtRecordWait";

/// 已实名用户。
pub const INVALIDPARAMETER_REALNAMEUSER: &str = "InvalidParameter.RealNameUser";

/// 记录编号错误。
pub const INVALIDPARAMETER_RECORDIDINVALID: &str = "InvalidParameter.RecordIdInvalid";

/// 记录线路不正确。
pub const INVALIDPARAMETER_RECORDLINEINVALID: &str = "InvalidParameter.RecordLineInvalid";

/// 没有提交任何记录。
pub const INVALIDPARAMETER_RECORDSEMPTY: &str = "InvalidParameter.RecordsEmpty";

/// 记录类型不正确。
pub const INVALIDPARAMETER_RECORDTYPEINVALID: &str = "InvalidParameter.RecordTypeInvalid";

/// 记录的值不正确。
pub const INVALIDPARAMETER_RECORDVALUEINVALID: &str = "InvalidParameter.RecordValueInvalid";

/// 解析记录值过长。
pub const INVALIDPARAMETER_RECORDVALUELENGTHINVALID: &str =
    "InvalidParameter.RecordValueLengthInvalid";

/// 备注信息超出字符限制。
pub const INVALIDPARAMETER_REMARKLENGTHEXCEEDED: &str = "InvalidParameter.RemarkLengthExceeded";

/// 备注过长（不能超过200个字）。
pub const INVALIDPARAMETER_REMARKTOOLONG: &str = "InvalidParameter.RemarkTooLong";

/// 您的IP非法，请求被拒绝。
pub const INVALIDPARAMETER_REQUESTIPLIMITED: &str = "InvalidParameter.RequestIpLimited";

/// 搜索结果大于500条，请增加关键字。
pub const INVALIDPARAMETER_RESULTMORETHAN500: &str = "InvalidParameter.ResultMoreThan500";

/// 共享用户中包含未实名认证用户。
pub const INVALIDPARAMETER_SHAREDUSERSUNREALNAME: &str = "InvalidParameter.SharedUsersUnrealName";

/// 已经存在此共享记录。
pub const INVALIDPARAMETER_SHAREUSEREXISTS: &str = "InvalidParameter.ShareUserExists";

/// 开始时间超出范围
pub const INVALIDPARAMETER_STARTDATEBEYONDRANGE: &str = "InvalidParameter.StartDateBeyondRange";

/// 开始时间不能大于结束时间。
pub const INVALIDPARAMETER_STARTTIMEGREATERTHANENDTIME: &str =
    "InvalidParameter.StarttimeGreaterThanEndtime";

/// 状态代码不正确。
pub const INVALIDPARAMETER_STATUSCODEINVALID: &str = "InvalidParameter.StatusCodeInvalid";

/// 子域名不正确。
pub const INVALIDPARAMETER_SUBDOMAININVALID: &str = "InvalidParameter.SubdomainInvalid";

/// 子域名个数超过允许的范围
pub const INVALIDPARAMETER_SUBSBEYONDRANGE: &str = "InvalidParameter.SubsBeyondRange";

/// 任务未完成。
pub const INVALIDPARAMETER_TASKNOTCOMPLETED: &str = "InvalidParameter.TaskNotCompleted";

/// 时长无效。
pub const INVALIDPARAMETER_TIMESPANINVALID: &str = "InvalidParameter.TimeSpanInvalid";

/// 时间戳已过期。
pub const INVALIDPARAMETER_TIMESTAMPEXPIRED: &str = "InvalidParameter.TimestampExpired";

/// 域名无效。
pub const INVALIDPARAMETER_TOOLSDOMAININVALID: &str = "InvalidParameter.ToolsDomainInvalid";

/// 域名未注册。
pub const INVALIDPARAMETER_TOOLSDOMAINNOTREGED: &str = "InvalidParameter.ToolsDomainNotReged";

/// 当前账号下的无效域名过多，暂时无法使用该功能。请将已有域名的 DNS 服务器正确指向 DNSPod 之后，再尝试添加。
pub const INVALIDPARAMETER_TOOMANYINVALIDDOMAINS: &str = "InvalidParameter.TooManyInvalidDomains";

/// 您要过户到的账号已被系统封禁，如果您有任何疑问请与我们联系。
pub const INVALIDPARAMETER_TRANSFERACCOUNTISBANNED: &str =
    "InvalidParameter.TransferAccountIsBanned";

/// 解锁代码已失效。
pub const INVALIDPARAMETER_UNLOCKCODEEXPIRED: &str = "InvalidParameter.UnLockCodeExpired";

/// 解锁代码不正确。
pub const INVALIDPARAMETER_UNLOCKCODEINVALID: &str = "InvalidParameter.UnLockCodeInvalid";

/// 未实名认证用户，请先完成实名认证再操作。
pub const INVALIDPARAMETER_UNREALNAMEUSER: &str = "InvalidParameter.UnrealNameUser";

/// 不支持的筛选类型
pub const INVALIDPARAMETER_UNSUPPORTEDFILTERTYPE: &str = "InvalidParameter.UnsupportedFilterType";

/// 更新新域名等级失败。
pub const INVALIDPARAMETER_UPDATENEWGRADEFAILED: &str = "InvalidParameter.UpdateNewGradeFailed";

/// 更新旧域名等级失败。
pub const INVALIDPARAMETER_UPDATEOLDGRADEFAILED: &str = "InvalidParameter.UpdateOldGradeFailed";

/// 很抱歉，您要添加的URL的内容不符合DNSPod解析服务条款，URL添加/启用失败，如需帮助请联系技术支持。
pub const INVALIDPARAMETER_URLVALUEILLEGAL: &str = "InvalidParameter.UrlValueIllegal";

/// 账号已经被锁定。
pub const INVALIDPARAMETER_USERALREADYLOCKED: &str = "InvalidParameter.UserAlreadyLocked";

/// 对方账户非国内站用户。
pub const INVALIDPARAMETER_USERAREAINVALID: &str = "InvalidParameter.UserAreaInvalid";

/// 用户不存在。
pub const INVALIDPARAMETER_USERNOTEXISTS: &str = "InvalidParameter.UserNotExists";

/// 无效的uuid。
pub const INVALIDPARAMETER_UUIDINVALID: &str = "InvalidParameter.UuidInvalid";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// AAAA记录数量超出限制。
pub const LIMITEXCEEDED_AAAACOUNTLIMIT: &str = "LimitExceeded.AAAACountLimit";

/// @的NS记录只能设置为默认线路。
pub const LIMITEXCEEDED_ATNSRECORDLIMIT: &str = "LimitExceeded.AtNsRecordLimit";

/// 抱歉，自定义线路个数超过限制，请联系销售进行购买。
pub const LIMITEXCEEDED_CUSTOMLINELIMITED: &str = "LimitExceeded.CustomLineLimited";

/// 别名数量已经达到限制。
pub const LIMITEXCEEDED_DOMAINALIASCOUNTEXCEEDED: &str = "LimitExceeded.DomainAliasCountExceeded";

/// 当前绑定别名数量已达到限制。
pub const LIMITEXCEEDED_DOMAINALIASNUMBERLIMIT: &str = "LimitExceeded.DomainAliasNumberLimit";

/// 登录失败次数过多已被系统封禁。
pub const LIMITEXCEEDED_FAILEDLOGINLIMITEXCEEDED: &str = "LimitExceeded.FailedLoginLimitExceeded";

/// 已经达到最大分组数量限制。
pub const LIMITEXCEEDED_GROUPNUMBERLIMIT: &str = "LimitExceeded.GroupNumberLimit";

/// 该域名使用的套餐不支持隐性URL转发或数量已达上限，如需要使用，请去商城购买。
pub const LIMITEXCEEDED_HIDDENURLEXCEEDED: &str = "LimitExceeded.HiddenUrlExceeded";

/// NS记录数量超出限制。
pub const LIMITEXCEEDED_NSCOUNTLIMIT: &str = "LimitExceeded.NsCountLimit";

/// 分页起始数量过大。
pub const LIMITEXCEEDED_OFFSETEXCEEDED: &str = "LimitExceeded.OffsetExceeded";

/// 记录的TTL值超出了限制。
pub const LIMITEXCEEDED_RECORDTTLLIMIT: &str = "LimitExceeded.RecordTtlLimit";

/// SRV记录数量超出限制。
pub const LIMITEXCEEDED_SRVCOUNTLIMIT: &str = "LimitExceeded.SrvCountLimit";

/// 子域名级数超出限制。
pub const LIMITEXCEEDED_SUBDOMAINLEVELLIMIT: &str = "LimitExceeded.SubdomainLevelLimit";

/// 子域名负载均衡数量超出限制。
pub const LIMITEXCEEDED_SUBDOMAINROLLLIMIT: &str = "LimitExceeded.SubdomainRollLimit";

/// 泛解析级数超出限制。
pub const LIMITEXCEEDED_SUBDOMAINWCARDLIMIT: &str = "LimitExceeded.SubdomainWcardLimit";

/// 该域名的显性URL转发数量已达上限，如需继续使用，请去商城购买。
pub const LIMITEXCEEDED_URLCOUNTLIMIT: &str = "LimitExceeded.UrlCountLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 您没有权限执行此操作。
pub const OPERATIONDENIED_ACCESSDENIED: &str = "OperationDenied.AccessDenied";

/// 代理不能使用此功能。
pub const OPERATIONDENIED_AGENTDENIED: &str = "OperationDenied.AgentDenied";

/// 代理名下的用户不能使用此功能。
pub const OPERATIONDENIED_AGENTSUBORDINATEDENIED: &str = "OperationDenied.AgentSubordinateDenied";

/// 此订单不能取消。
pub const OPERATIONDENIED_CANCELBILLNOTALLOWED: &str = "OperationDenied.CancelBillNotAllowed";

/// 该线路正在使用当中，不能删除。
pub const OPERATIONDENIED_DELETEUSINGRECORDLINENOTALLOWED: &str =
    "OperationDenied.DeleteUsingRecordLineNotAllowed";

/// 仅域名所有者可进行此操作。
pub const OPERATIONDENIED_DOMAINOWNERALLOWEDONLY: &str = "OperationDenied.DomainOwnerAllowedOnly";

/// 该线路正在使用当中，不能编辑。
pub const OPERATIONDENIED_EDITUSINGRECORDLINENOTALLOWED: &str =
    "OperationDenied.EditUsingRecordLineNotAllowed";

/// 抱歉，不允许添加黑名单中的IP。
pub const OPERATIONDENIED_IPINBLACKLISTNOTALLOWED: &str = "OperationDenied.IPInBlacklistNotAllowed";

/// 抱歉，您的域名等级不支持D监控通知回调功能。
pub const OPERATIONDENIED_MONITORCALLBACKNOTENABLED: &str =
    "OperationDenied.MonitorCallbackNotEnabled";

/// 当前域名无权限，请返回域名列表。
pub const OPERATIONDENIED_NOPERMISSIONTOOPERATEDOMAIN: &str =
    "OperationDenied.NoPermissionToOperateDomain";

/// 您不是管理用户。
pub const OPERATIONDENIED_NOTADMIN: &str = "OperationDenied.NotAdmin";

/// 您不是代理用户。
pub const OPERATIONDENIED_NOTAGENT: &str = "OperationDenied.NotAgent";

/// 您还没有获取到授权，无法执行此操作。
pub const OPERATIONDENIED_NOTGRANTEDBYOWNER: &str = "OperationDenied.NotGrantedByOwner";

/// 不是您名下用户。
pub const OPERATIONDENIED_NOTMANAGEDUSER: &str = "OperationDenied.NotManagedUser";

/// 您没有权限操作此订单。
pub const OPERATIONDENIED_NOTORDEROWNER: &str = "OperationDenied.NotOrderOwner";

/// 您没有权限操作此资源。
pub const OPERATIONDENIED_NOTRESOURCEOWNER: &str = "OperationDenied.NotResourceOwner";

/// 此礼券为个人礼券，请使用企业礼券。
pub const OPERATIONDENIED_PERSONALCOUPONNOTALLOWED: &str =
    "OperationDenied.PersonalCouponNotAllowed";

/// 只支持 POST 方法提交数据。
pub const OPERATIONDENIED_POSTREQUESTACCEPTONLY: &str = "OperationDenied.PostRequestAcceptOnly";

/// 资源已经绑定
pub const OPERATIONDENIED_RESOURCEALREADYBIND: &str = "OperationDenied.ResourceAlreadyBind";

/// 该资源不允许续费。
pub const OPERATIONDENIED_RESOURCENOTALLOWRENEW: &str = "OperationDenied.ResourceNotAllowRenew";

/// 企业用户的域名需要升级到VIP才能解析。
pub const OPERATIONDENIED_VIPDOMAINALLOWED: &str = "OperationDenied.VipDomainAllowed";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 您的IP添加了过多任务。每个小时内，一个IP最多可提交80个任务，请稍后重试。
pub const REQUESTLIMITEXCEEDED_BATCHTASKLIMIT: &str = "RequestLimitExceeded.BatchTaskLimit";

/// 您的账号在短时间内添加了大量的域名，请控制添加频率。
pub const REQUESTLIMITEXCEEDED_CREATEDOMAINLIMIT: &str = "RequestLimitExceeded.CreateDomainLimit";

/// API请求次数超出限制。
pub const REQUESTLIMITEXCEEDED_REQUESTLIMITEXCEEDED: &str =
    "RequestLimitExceeded.RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 域名列表为空。
pub const RESOURCENOTFOUND_NODATAOFDOMAIN: &str = "ResourceNotFound.NoDataOfDomain";

/// 没有域名别名。
pub const RESOURCENOTFOUND_NODATAOFDOMAINALIAS: &str = "ResourceNotFound.NoDataOfDomainAlias";

/// 还没有任何礼券。
pub const RESOURCENOTFOUND_NODATAOFGIFT: &str = "ResourceNotFound.NoDataOfGift";

/// 记录列表为空。
pub const RESOURCENOTFOUND_NODATAOFRECORD: &str = "ResourceNotFound.NoDataOfRecord";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
