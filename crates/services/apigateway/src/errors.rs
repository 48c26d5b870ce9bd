//! Error codes of `apigateway`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_apigateway::errors::AUTHFAILURE) => { /* … */ }
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

/// 自定义密钥已存在。
pub const FAILEDOPERATION_ACCESSKEYEXIST: &str = "FailedOperation.AccessKeyExist";

/// 该api绑定了使用计划。
pub const FAILEDOPERATION_APIBINDENVIRONMEN: &str = "FailedOperation.ApiBindEnvironmen";

/// Apis 绑定了使用计划，请先解绑再试。
pub const FAILEDOPERATION_APIBINDENVIRONMENT: &str = "FailedOperation.ApiBindEnvironment";

/// api类错误。
pub const FAILEDOPERATION_APIERROR: &str = "FailedOperation.ApiError";

/// 当前API正在操作中，请稍后再试。
pub const FAILEDOPERATION_APIINOPERATION: &str = "FailedOperation.ApiInOperation";

/// 返回域名错误
pub const FAILEDOPERATION_BACKENDDOMAINERROR: &str = "FailedOperation.BackendDomainError";

/// CAM异常
pub const FAILEDOPERATION_CAMEXCEPTION: &str = "FailedOperation.CamException";

/// 证书绑定错误。
pub const FAILEDOPERATION_CERTIFICATEIDBINDERROR: &str = "FailedOperation.CertificateIdBindError";

/// 该证书为企业证书，待提交。
pub const FAILEDOPERATION_CERTIFICATEIDENTERPRISEWAITSUBMIT: &str =
    "FailedOperation.CertificateIdEnterpriseWaitSubmit";

/// 证书不存在或者您没有权限查看，请在ssl证书管理平台上传有效证书。
pub const FAILEDOPERATION_CERTIFICATEIDERROR: &str = "FailedOperation.CertificateIdError";

/// 证书已过期，请上传其他有效证书。
pub const FAILEDOPERATION_CERTIFICATEIDEXPIRED: &str = "FailedOperation.CertificateIdExpired";

/// 该证书信息内容为空，请联系证书同事。
pub const FAILEDOPERATION_CERTIFICATEIDINFOERROR: &str = "FailedOperation.CertificateIdInfoError";

/// 该证书处于审核中状态，请上传其他有效证书。
pub const FAILEDOPERATION_CERTIFICATEIDUNDERVERIFY: &str =
    "FailedOperation.CertificateIdUnderVerify";

/// 证书处于未知状态，请联系证书同事查看具体状态。
pub const FAILEDOPERATION_CERTIFICATEIDUNKNOWNERROR: &str =
    "FailedOperation.CertificateIdUnknownError";

/// 证书处于审核失败状态，请上传其他有效证书。
pub const FAILEDOPERATION_CERTIFICATEIDVERIFYFAIL: &str = "FailedOperation.CertificateIdVerifyFail";

/// Apis 证书为空，请上传证书。
pub const FAILEDOPERATION_CERTIFICATEISNULL: &str = "FailedOperation.CertificateIsNull";

/// 调用CLS服务失败。
pub const FAILEDOPERATION_CLSERROR: &str = "FailedOperation.ClsError";

/// API文档操作失败。
pub const FAILEDOPERATION_CODINGERROR: &str = "FailedOperation.CodingError";

/// Apis 环境配置错误。
pub const FAILEDOPERATION_DEFINEMAPPINGENVIRONMENTERROR: &str =
    "FailedOperation.DefineMappingEnvironmentError";

/// Apis自定义路径映射不能为空。
pub const FAILEDOPERATION_DEFINEMAPPINGNOTNULL: &str = "FailedOperation.DefineMappingNotNull";

/// Apis 参数重复。
pub const FAILEDOPERATION_DEFINEMAPPINGPARAMREPEAT: &str =
    "FailedOperation.DefineMappingParamRepeat";

/// Apis自定义路径配置错误。
pub const FAILEDOPERATION_DEFINEMAPPINGPATHERROR: &str = "FailedOperation.DefineMappingPathError";

/// 删除自定义域名错误。
pub const FAILEDOPERATION_DELETEPATHMAPPINGSETERROR: &str =
    "FailedOperation.DeletePathMappingSetError";

/// 服务自定义域名错误。
pub const FAILEDOPERATION_DESCRIBESERVICESUBDOMAINSERROR: &str =
    "FailedOperation.DescribeServiceSubDomainsError";

/// 该域名已经绑定其他服务。
pub const FAILEDOPERATION_DOMAINALREADYBINDOTHERSERVICE: &str =
    "FailedOperation.DomainAlreadyBindOtherService";

/// 该域名已经绑定该服务。
pub const FAILEDOPERATION_DOMAINALREADYBINDSERVICE: &str =
    "FailedOperation.DomainAlreadyBindService";

/// 当前域名不满足合规要求，无法进行接入。
pub const FAILEDOPERATION_DOMAININBLACKLIST: &str = "FailedOperation.DomainInBlackList";

/// 该域名还未在腾讯云备案，请备案之后再绑定域名。
pub const FAILEDOPERATION_DOMAINNEEDBEIAN: &str = "FailedOperation.DomainNeedBeian";

/// 自定义域名解绑失败，域名未绑定该服务。
pub const FAILEDOPERATION_DOMAINNOTBINDSERVICE: &str = "FailedOperation.DomainNotBindService";

/// 该域名未配置cname到默认域名，或者解析未生效。
pub const FAILEDOPERATION_DOMAINRESOLVEERROR: &str = "FailedOperation.DomainResolveError";

/// 事件总线绑定/解绑失败。
pub const FAILEDOPERATION_EBERROR: &str = "FailedOperation.EbError";

/// EIAM返回错误。
pub const FAILEDOPERATION_EIAMERROR: &str = "FailedOperation.EIAMError";

/// 域名格式错误。
pub const FAILEDOPERATION_FORMATERROR: &str = "FailedOperation.FormatError";

/// 获取角色失败，请确认完成API网关相关服务接口授权。
pub const FAILEDOPERATION_GETROLEERROR: &str = "FailedOperation.GetRoleError";

/// 实例不存在，或者无效状态。
pub const FAILEDOPERATION_INSTANCENOTEXIST: &str = "FailedOperation.InstanceNotExist";

/// 无效的输入json
pub const FAILEDOPERATION_INVALIDINPUTJSON: &str = "FailedOperation.InvalidInputJSON";

/// Apis 自定义路径与默认路径冲突。
pub const FAILEDOPERATION_ISDEFAULTMAPPING: &str = "FailedOperation.IsDefaultMapping";

/// 默认的二级域名输入错误。
pub const FAILEDOPERATION_NETSUBDOMAINERROR: &str = "FailedOperation.NetSubDomainError";

/// 操作后端通道失败。
pub const FAILEDOPERATION_OPERATEUPSTREAM: &str = "FailedOperation.OperateUpstream";

/// 设置路径映射错误。
pub const FAILEDOPERATION_PATHMAPPINGSETERROR: &str = "FailedOperation.PathMappingSetError";

/// SCF触发器绑定/解绑操作失败。
pub const FAILEDOPERATION_SCFERROR: &str = "FailedOperation.ScfError";

/// 服务相关的错误。
pub const FAILEDOPERATION_SERVICEERROR: &str = "FailedOperation.ServiceError";

/// 当前Service正在操作中, 请稍后再试。
pub const FAILEDOPERATION_SERVICEINOPERATION: &str = "FailedOperation.ServiceInOperation";

/// 服务不存在。
pub const FAILEDOPERATION_SERVICENOTEXIST: &str = "FailedOperation.ServiceNotExist";

/// 自定义域名已使用默认路径映射，不支持设置自定义路径。
pub const FAILEDOPERATION_SETCUSTOMPATHMAPPINGERROR: &str =
    "FailedOperation.SetCustomPathMappingError";

/// 自定义域名格式错误。
pub const FAILEDOPERATION_SUBDOMAINFORMATERROR: &str = "FailedOperation.SubDomainFormatError";

/// 标签绑定服务失败。
pub const FAILEDOPERATION_TAGBINDSERVICEERROR: &str = "FailedOperation.TagBindServiceError";

/// 迁移任务重复
pub const FAILEDOPERATION_TASKALREADYEXIST: &str = "FailedOperation.TaskAlreadyExist";

/// 协议类型错误。
pub const FAILEDOPERATION_UNKNOWNPROTOCOLTYPEERROR: &str =
    "FailedOperation.UnknownProtocolTypeError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// API网关内部请求错误，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_APIGWEXCEPTION: &str = "InternalError.ApigwException";

/// CAM内部请求错误，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_CAMEXCEPTION: &str = "InternalError.CamException";

/// CAuth内部请求错误，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_CAUTHEXCEPTION: &str = "InternalError.CauthException";

/// CLB内部请求错误，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_CLBEXCEPTION: &str = "InternalError.ClbException";

/// 数据库操作失败，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_DBEXCEPTION: &str = "InternalError.DbException";

/// oss内部请求错误，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_OSSEXCEPTION: &str = "InternalError.OssException";

/// 标签回调失败。
pub const INTERNALERROR_RETURNABLEEXCEPTION: &str = "InternalError.ReturnableException";

/// SCF内部请求错误，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_SCFEXCEPTION: &str = "InternalError.ScfException";

/// TSF内部请求错误，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_TSFEXCEPTION: &str = "InternalError.TsfException";

/// vpc内部请求错误，请稍后重试。若无法解决，请联系智能客服或提交工单。
pub const INTERNALERROR_VPCEXCEPTION: &str = "InternalError.VpcException";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 插件定义参数取值重复，请修改后重新操作。
pub const INVALIDPARAMETERVALUE_DUPLICATEPLUGINCONFIG: &str =
    "InvalidParameterValue.DuplicatePluginConfig";

/// 非法的后端ip地址。
pub const INVALIDPARAMETERVALUE_ILLEGALPROXYIP: &str = "InvalidParameterValue.IllegalProxyIp";

/// 密钥错误。
pub const INVALIDPARAMETERVALUE_INVALIDACCESSKEYIDS: &str =
    "InvalidParameterValue.InvalidAccessKeyIds";

/// 传入的Api业务类型必须为OAUTH。
pub const INVALIDPARAMETERVALUE_INVALIDAPIBUSINESSTYPE: &str =
    "InvalidParameterValue.InvalidApiBusinessType";

/// API Id错误。
pub const INVALIDPARAMETERVALUE_INVALIDAPIIDS: &str = "InvalidParameterValue.InvalidApiIds";

/// 无效的API配置。
pub const INVALIDPARAMETERVALUE_INVALIDAPIREQUESTCONFIG: &str =
    "InvalidParameterValue.InvalidApiRequestConfig";

/// API类型错误，微服务API只支持TSF后端服务类型。
pub const INVALIDPARAMETERVALUE_INVALIDAPITYPE: &str = "InvalidParameterValue.InvalidApiType";

/// 后端服务路径配置错误。
pub const INVALIDPARAMETERVALUE_INVALIDBACKENDPATH: &str =
    "InvalidParameterValue.InvalidBackendPath";

/// 不合法的clb。
pub const INVALIDPARAMETERVALUE_INVALIDCLB: &str = "InvalidParameterValue.InvalidClb";

/// 策略错误。
pub const INVALIDPARAMETERVALUE_INVALIDCONDITION: &str = "InvalidParameterValue.InvalidCondition";

/// 不合法的常量参数。
pub const INVALIDPARAMETERVALUE_INVALIDCONSTANTPARAMETERS: &str =
    "InvalidParameterValue.InvalidConstantParameters";

/// 参数Env取值错误，取值范围为（release, prepub, test）。
pub const INVALIDPARAMETERVALUE_INVALIDENV: &str = "InvalidParameterValue.InvalidEnv";

/// 服务当前环境状态，不支持此操作。
pub const INVALIDPARAMETERVALUE_INVALIDENVSTATUS: &str = "InvalidParameterValue.InvalidEnvStatus";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDFILTERNOTSUPPORTEDNAME: &str =
    "InvalidParameterValue.InvalidFilterNotSupportedName";

/// 参数后端地址取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDIPADDRESS: &str = "InvalidParameterValue.InvalidIPAddress";

/// 参数请求配额总数取值错误。
pub const INVALIDPARAMETERVALUE_INVALIDMAXREQUESTNUM: &str =
    "InvalidParameterValue.InvalidMaxRequestNum";

/// 方法错误。仅支持 ANY, BEGIN, GET, POST, DELETE, HEAD, PUT, OPTIONS, TRACE, PATCH，请修改后重新操作。
pub const INVALIDPARAMETERVALUE_INVALIDMETHOD: &str = "InvalidParameterValue.InvalidMethod";

/// 插件定义参数取值错误，请修改后重新操作。
pub const INVALIDPARAMETERVALUE_INVALIDPLUGINCONFIG: &str =
    "InvalidParameterValue.InvalidPluginConfig";

/// 后端服务端口错误。
pub const INVALIDPARAMETERVALUE_INVALIDPORT: &str = "InvalidParameterValue.InvalidPort";

/// 无效的协议类型参数。
pub const INVALIDPARAMETERVALUE_INVALIDPROCOTOL: &str = "InvalidParameterValue.InvalidProcotol";

/// OAUTH2.0 API 公钥参数格式错误。
pub const INVALIDPARAMETERVALUE_INVALIDPUBLICKEY: &str = "InvalidParameterValue.InvalidPublicKey";

/// 地域错误。
pub const INVALIDPARAMETERVALUE_INVALIDREGION: &str = "InvalidParameterValue.InvalidRegion";

/// 不合法的请求参数。
pub const INVALIDPARAMETERVALUE_INVALIDREQUESTPARAMETERS: &str =
    "InvalidParameterValue.InvalidRequestParameters";

/// SCF类型API参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDSCFCONFIG: &str = "InvalidParameterValue.InvalidScfConfig";

/// 不合法的服务配置。
pub const INVALIDPARAMETERVALUE_INVALIDSERVICECONFIG: &str =
    "InvalidParameterValue.InvalidServiceConfig";

/// 参数ServiceMockReturnMessage错误。
pub const INVALIDPARAMETERVALUE_INVALIDSERVICEMOCKRETURNMESSAGE: &str =
    "InvalidParameterValue.InvalidServiceMockReturnMessage";

/// 参数配置错误，未配置在后端参数配置列表中。
pub const INVALIDPARAMETERVALUE_INVALIDSERVICEPARAM: &str =
    "InvalidParameterValue.InvalidServiceParam";

/// 参数ServiceParameters错误。
pub const INVALIDPARAMETERVALUE_INVALIDSERVICEPARAMETERS: &str =
    "InvalidParameterValue.InvalidServiceParameters";

/// 后端服务类型错误。WEBSOCKET类型的后端服务，前端协议需要配置为WEBSOCKET。
pub const INVALIDPARAMETERVALUE_INVALIDSERVICETYPE: &str =
    "InvalidParameterValue.InvalidServiceType";

/// 标签参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDTAGVALUES: &str = "InvalidParameterValue.InvalidTagValues";

/// TSF类型API配置错误。
pub const INVALIDPARAMETERVALUE_INVALIDTSFCONFIG: &str = "InvalidParameterValue.InvalidTsfConfig";

/// 当前后端通道不存在或者是无效状态。
pub const INVALIDPARAMETERVALUE_INVALIDUPSTREAM: &str = "InvalidParameterValue.InvalidUpstream";

/// URL参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDURL: &str = "InvalidParameterValue.InvalidUrl";

/// 无效vpc信息。
pub const INVALIDPARAMETERVALUE_INVALIDVPCCONFIG: &str = "InvalidParameterValue.InvalidVpcConfig";

/// 方法错误。WEBSOCKET类型的后端服务，前端方法需要配置为GET。
pub const INVALIDPARAMETERVALUE_INVALIDWSMETHOD: &str = "InvalidParameterValue.InvalidWSMethod";

/// 参数的长度超出限制。
pub const INVALIDPARAMETERVALUE_LENGTHEXCEEDED: &str = "InvalidParameterValue.LengthExceeded";

/// 参数个数超出限制，上限为100。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// OAuth接口无可用修改项。
pub const INVALIDPARAMETERVALUE_NOTHINGMODIFYFOROAUTH: &str =
    "InvalidParameterValue.NothingModifyForOauth";

/// 参数取值错误。当前值不在可选范围内。
pub const INVALIDPARAMETERVALUE_NOTINOPTIONS: &str = "InvalidParameterValue.NotInOptions";

/// 后端参数配置错误，未配置相关前端参数。
pub const INVALIDPARAMETERVALUE_PARAMETERNOTMATCH: &str = "InvalidParameterValue.ParameterNotMatch";

/// 参数个数超过限制。
pub const INVALIDPARAMETERVALUE_PARAMETERVALUELIMITEXCEEDED: &str =
    "InvalidParameterValue.ParameterValueLimitExceeded";

/// 参数取值错误，不在参数范围内。
pub const INVALIDPARAMETERVALUE_RANGEEXCEEDED: &str = "InvalidParameterValue.RangeExceeded";

/// 无效的参数值
pub const INVALIDPARAMETERVALUE_TRAFFICCONTROL: &str = "InvalidParameterValue.TrafficControl";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDPARAMETER: &str =
    "InvalidParameterValue.UnsupportedParameter";

/// 基础版服务不能绑定插件。
pub const INVALIDPARAMETER_BASICSERVICENOTALLOWATTACHPLUGIN: &str =
    "InvalidParameter.BasicServiceNotAllowAttachPlugin";

/// 当前绑定插件和已有插件冲突。
pub const INVALIDPARAMETER_DUPLICATEPLUGINCONFIG: &str = "InvalidParameter.DuplicatePluginConfig";

/// 参数格式错误。
pub const INVALIDPARAMETER_FORMATERROR: &str = "InvalidParameter.FormatError";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 访问密钥数量超出限制。
pub const LIMITEXCEEDED_ACCESSKEYCOUNTINUSAGEPLANLIMITEXCEEDED: &str =
    "LimitExceeded.AccessKeyCountInUsagePlanLimitExceeded";

/// 服务绑定的应用数量超过限制。
pub const LIMITEXCEEDED_APIAPPCOUNTLIMITEXCEEDED: &str = "LimitExceeded.ApiAppCountLimitExceeded";

/// API数量超过限制。
pub const LIMITEXCEEDED_APICOUNTLIMITEXCEEDED: &str = "LimitExceeded.ApiCountLimitExceeded";

/// API文档数量超出限制。
pub const LIMITEXCEEDED_APIDOCLIMITEXCEEDED: &str = "LimitExceeded.APIDocLimitExceeded";

/// 密钥数量超出限制。
pub const LIMITEXCEEDED_APIKEYCOUNTLIMITEXCEEDED: &str = "LimitExceeded.ApiKeyCountLimitExceeded";

/// 自定义路径映射，最多三组。
pub const LIMITEXCEEDED_EXCEEDEDDEFINEMAPPINGLIMIT: &str =
    "LimitExceeded.ExceededDefineMappingLimit";

/// 绑定域名数量超出限制，默认最多5个。
pub const LIMITEXCEEDED_EXCEEDEDDOMAINLIMIT: &str = "LimitExceeded.ExceededDomainLimit";

/// IP策略数量超出限制。
pub const LIMITEXCEEDED_IPSTRATEGYLIMITEXCEEDED: &str = "LimitExceeded.IpStrategyLimitExceeded";

/// 请求频率超限制，请稍等再试。
pub const LIMITEXCEEDED_REQUESTLIMITEXCEEDED: &str = "LimitExceeded.RequestLimitExceeded";

/// 插件绑定的服务数量超出限制，请解绑服务或提升限额后重试。
pub const LIMITEXCEEDED_SERVICECOUNTFORPLUGINLIMITEXCEEDED: &str =
    "LimitExceeded.ServiceCountForPluginLimitExceeded";

/// 服务数量超过限制，请删除服务或提升限额后重试。
pub const LIMITEXCEEDED_SERVICECOUNTLIMITEXCEEDED: &str = "LimitExceeded.ServiceCountLimitExceeded";

/// 使用计划数量超出限制。
pub const LIMITEXCEEDED_USAGEPLANLIMITEXCEEDED: &str = "LimitExceeded.UsagePlanLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少后端服务参数。
pub const MISSINGPARAMETER_BACKENDSPECIFICPARAM: &str = "MissingParameter.BackendSpecificParam";

/// 插件缺少参数，请按规则重新操作。
pub const MISSINGPARAMETER_PLUGINCONFIG: &str = "MissingParameter.PluginConfig";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 密钥不存在。
pub const RESOURCENOTFOUND_INVALIDACCESSKEYID: &str = "ResourceNotFound.InvalidAccessKeyId";

/// ApiId错误。
pub const RESOURCENOTFOUND_INVALIDAPI: &str = "ResourceNotFound.InvalidApi";

/// 应用ID错误。
pub const RESOURCENOTFOUND_INVALIDAPIAPP: &str = "ResourceNotFound.InvalidApiApp";

/// API文档不存在。
pub const RESOURCENOTFOUND_INVALIDAPIDOC: &str = "ResourceNotFound.InvalidApiDoc";

/// IP策略不存在。
pub const RESOURCENOTFOUND_INVALIDIPSTRATEGY: &str = "ResourceNotFound.InvalidIPStrategy";

/// OAuth业务API错误。
pub const RESOURCENOTFOUND_INVALIDOAUTHAPI: &str = "ResourceNotFound.InvalidOauthApi";

/// 插件不存在。
pub const RESOURCENOTFOUND_INVALIDPLUGIN: &str = "ResourceNotFound.InvalidPlugin";

/// 对应服务不可见。
pub const RESOURCENOTFOUND_INVALIDSERVICE: &str = "ResourceNotFound.InvalidService";

/// 使用计划不存在。
pub const RESOURCENOTFOUND_INVALIDUSAGEPLAN: &str = "ResourceNotFound.InvalidUsagePlan";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 您没有权限访问资源。
pub const UNAUTHORIZEDOPERATION_ACCESSRESOURCE: &str = "UnauthorizedOperation.AccessResource";

/// 用户未实名制。
pub const UNAUTHORIZEDOPERATION_UNCERTIFIEDUSER: &str = "UnauthorizedOperation.UncertifiedUser";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 账号余额不足
pub const UNSUPPORTEDOPERATION_ACCOUNTARREARS: &str = "UnsupportedOperation.AccountArrears";

/// 密钥已绑定使用计划。
pub const UNSUPPORTEDOPERATION_ALREADYBINDUSAGEPLAN: &str =
    "UnsupportedOperation.AlreadyBindUsagePlan";

/// API列表不为空
pub const UNSUPPORTEDOPERATION_APILISTNOTEMPTY: &str = "UnsupportedOperation.ApiListNotEmpty";

/// 当前插件不支持绑定。
pub const UNSUPPORTEDOPERATION_ATTACHPLUGIN: &str = "UnsupportedOperation.AttachPlugin";

/// 基础版服务不能创建超过一个API。
pub const UNSUPPORTEDOPERATION_BASICSERVICENOMOREAPI: &str =
    "UnsupportedOperation.BasicServiceNoMoreApi";

/// 基础服务不允许连接插件
pub const UNSUPPORTEDOPERATION_BASICSERVICENOTALLOWATTACHPLUGIN: &str =
    "UnsupportedOperation.BasicServiceNotAllowAttachPlugin";

/// 日志检索起始时间间隔。
pub const UNSUPPORTEDOPERATION_CLSSEARCHTIME: &str = "UnsupportedOperation.ClsSearchTime";

/// 存在现网环境
pub const UNSUPPORTEDOPERATION_EXISTINGONLINEENVIRONMENT: &str =
    "UnsupportedOperation.ExistingOnlineEnvironment";

/// 协议为HTTP时，不支持强制Https。
pub const UNSUPPORTEDOPERATION_FORCEHTTPS: &str = "UnsupportedOperation.ForceHttps";

/// 接口错误。
pub const UNSUPPORTEDOPERATION_INVALIDACTION: &str = "UnsupportedOperation.InvalidAction";

/// 不支持后端类型。
pub const UNSUPPORTEDOPERATION_INVALIDENDPOINTTYPE: &str =
    "UnsupportedOperation.InvalidEndpointType";

/// 当前实例状态，不支持当前操作。
pub const UNSUPPORTEDOPERATION_INVALIDINSTANCESTATE: &str =
    "UnsupportedOperation.InvalidInstanceState";

/// 当前服务处于隔离中，暂不支持此操作。
pub const UNSUPPORTEDOPERATION_INVALIDSERVICETRADE: &str =
    "UnsupportedOperation.InvalidServiceTrade";

/// 当前密钥状态不支持此操作。
pub const UNSUPPORTEDOPERATION_INVALIDSTATUS: &str = "UnsupportedOperation.InvalidStatus";

/// 不支持修改EIAM类型授权API。
pub const UNSUPPORTEDOPERATION_MODIFYEIAMAUTHAPI: &str = "UnsupportedOperation.ModifyEIAMAuthApi";

/// 网络类型不支持修改。
pub const UNSUPPORTEDOPERATION_MODIFYNETTYPE: &str = "UnsupportedOperation.ModifyNetType";

/// 前端协议类型不支持修改。
pub const UNSUPPORTEDOPERATION_MODIFYPROTOCOL: &str = "UnsupportedOperation.ModifyProtocol";

/// 当前使用计划未绑定环境。
pub const UNSUPPORTEDOPERATION_NOUSAGEPLANENV: &str = "UnsupportedOperation.NoUsagePlanEnv";

/// 不支持减少网络类型的操作。
pub const UNSUPPORTEDOPERATION_REDUCENETTYPES: &str = "UnsupportedOperation.ReduceNetTypes";

/// 请求Post失败
pub const UNSUPPORTEDOPERATION_REQUESTPOSTERROR: &str = "UnsupportedOperation.RequestPostError";

/// 资源已关联，请先解除。
pub const UNSUPPORTEDOPERATION_RESOURCEASSOCIATED: &str = "UnsupportedOperation.ResourceAssociated";

/// 密钥已绑定使用计划，请先解绑再试。
pub const UNSUPPORTEDOPERATION_RESOURCEISINUSE: &str = "UnsupportedOperation.ResourceIsInUse";

/// 资源未关联。
pub const UNSUPPORTEDOPERATION_RESOURCEUNASSOCIATED: &str =
    "UnsupportedOperation.ResourceUnassociated";

/// 服务不存在
pub const UNSUPPORTEDOPERATION_SERVICEEXIST: &str = "UnsupportedOperation.ServiceExist";

/// 标签不为空
pub const UNSUPPORTEDOPERATION_TAGSNOTEMPTY: &str = "UnsupportedOperation.TagsNotEmpty";

/// 当前Uin未在手工密钥白名单列表内。
pub const UNSUPPORTEDOPERATION_UINNOTINWHITELIST: &str = "UnsupportedOperation.UinNotInWhiteList";

/// Unpack函数错误
pub const UNSUPPORTEDOPERATION_UNPACKERROR: &str = "UnsupportedOperation.UnpackError";

/// 密钥已绑定使用计划。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDBINDAPIKEY: &str =
    "UnsupportedOperation.UnsupportedBindApiKey";

/// 不支持绑定环境。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDBINDENVIRONMENT: &str =
    "UnsupportedOperation.UnsupportedBindEnvironment";

/// 当前API已绑定业务API，请先解绑再试。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDDELETEAPI: &str =
    "UnsupportedOperation.UnsupportedDeleteApi";

/// 服务使用中，不能被删除。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDDELETESERVICE: &str =
    "UnsupportedOperation.UnsupportedDeleteService";

/// 当前VPC通道存在绑定关系，不支持当前操作。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDDELETEUPSTREAM: &str =
    "UnsupportedOperation.UnsupportedDeleteUpstream";

/// 不支持网络类型。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDNETTYPE: &str = "UnsupportedOperation.UnsupportedNetType";

/// 不支持解绑环境，存在未绑定使用计划的API。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDUNBINDENVIRONMENT: &str =
    "UnsupportedOperation.UnsupportedUnBindEnvironment";

/// 当前密钥状态不支持此操作。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDUPDATEAPIKEY: &str =
    "UnsupportedOperation.UnsupportedUpdateApiKey";

/// 当前使用计划在使用中，请先解绑再试。
pub const UNSUPPORTEDOPERATION_USAGEPLANINUSE: &str = "UnsupportedOperation.UsagePlanInUse";
