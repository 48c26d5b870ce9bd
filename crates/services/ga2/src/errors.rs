//! Error codes of `ga2`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ga2::errors::FAILEDOPERATION_CREATEGLOBALACCELERATORFAILED) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 创建全球加速实例失败，请重试你的请求，如果问题仍然存在，请联系腾讯云客服。
pub const FAILEDOPERATION_CREATEGLOBALACCELERATORFAILED: &str =
    "FailedOperation.CreateGlobalAcceleratorFailed";

/// 创建该端口段所需资源不足。
pub const FAILEDOPERATION_INSUFFICIENTRESOURCES: &str = "FailedOperation.InsufficientResources";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 只能是可打印ASCII字符。
pub const INVALIDPARAMETERVALUE_ASCIICHARACTERS: &str = "InvalidParameterValue.AsciiCharacters";

/// 证书 `%(value)s` 和存量证书重复。
pub const INVALIDPARAMETERVALUE_CERTIFICATESCONFLICT: &str =
    "InvalidParameterValue.CertificatesConflict";

/// 参数 `%(parameter)s` 不能为空。
pub const INVALIDPARAMETERVALUE_EMPTY: &str = "InvalidParameterValue.Empty";

/// 七层转发策略域名和存量重复。
pub const INVALIDPARAMETERVALUE_FORWARDINGPOLICYHOSTCONFLICT: &str =
    "InvalidParameterValue.ForwardingPolicyHostConflict";

/// 七层转发规则Path和存量重复。
pub const INVALIDPARAMETERVALUE_FORWARDINGRULEPATHCONFLICT: &str =
    "InvalidParameterValue.ForwardingRulePathConflict";

/// 实例对象 `%(value)s` 关系不匹配。
pub const INVALIDPARAMETERVALUE_INSTANCEMISMATCH: &str = "InvalidParameterValue.InstanceMismatch";

/// 实例名称仅支持以大小写字符或中文开头，支持数字、英文句号、或段划线、下划线。
pub const INVALIDPARAMETERVALUE_INSTANCENAME: &str = "InvalidParameterValue.InstanceName";

/// 参数值`%(value)s`不能包含特殊字段`%(key)s`。
pub const INVALIDPARAMETERVALUE_INTERNALRESERVEDFIELDS: &str =
    "InvalidParameterValue.InternalReservedFields";

/// 参数 `%(parameter)s` 值 `%(value)s` 超过限制。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEOFFSET: &str =
    "InvalidParameterValue.InvalidParameterValueOffset";

/// 参数 `%(parameter)s` 值 `%(value)s` 的长度必须在 `%(value_range)s` 个字符范围内。
pub const INVALIDPARAMETERVALUE_LENGTHRANGE: &str = "InvalidParameterValue.LengthRange";

/// 参数 `%(parameter)s` 值 `%(value)s` 数量超过限制。不能大于 `%(limit)s` 个。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 终端节点组监听端口要和终端节点组所属监听器端口保持一致。
pub const INVALIDPARAMETERVALUE_LISTENERPORTNOTEQUAL: &str =
    "InvalidParameterValue.ListenerPortNotEqual";

/// 日志集主题`%(value)s`不存在
pub const INVALIDPARAMETERVALUE_LOGSETNOTEXIST: &str = "InvalidParameterValue.LogsetNotExist";

/// 参数 `%(parameter)s` 值 `%(value)s` 是无效的。正确且完整的值形如 `%(template)s`。
pub const INVALIDPARAMETERVALUE_MALFORMED: &str = "InvalidParameterValue.Malformed";

/// 当前不支持一个监听器端口映射到多个回源端口。
pub const INVALIDPARAMETERVALUE_NOTMAPPINGMANYPORT: &str =
    "InvalidParameterValue.NotMappingManyPort";

/// 参数 `%(value)s` 不在腾讯云地域内，不支持当前操作。
pub const INVALIDPARAMETERVALUE_NOTTENCENTREGION: &str = "InvalidParameterValue.NotTencentRegion";

/// 参数 `%(value)s` 不在公网网段内。
pub const INVALIDPARAMETERVALUE_NOTWITHINPUBLICNETWORK: &str =
    "InvalidParameterValue.NotWithinPublicNetwork";

/// 参数 `%(parameter)s` 值 `%(value)s` 必须在 `%(value_range)s` 范围内。
pub const INVALIDPARAMETERVALUE_RANGE: &str = "InvalidParameterValue.Range";

/// FromPort `%(fromPort)s` 应小于等于ToPort `%(toPort)s`。
pub const INVALIDPARAMETERVALUE_SEGMENTPORTRANGE: &str = "InvalidParameterValue.SegmentPortRange";

/// 参数值 `%(value)s` 不能含有特殊字符 `%(key)s`。
pub const INVALIDPARAMETERVALUE_SPECIALCHARACTERS: &str = "InvalidParameterValue.SpecialCharacters";

/// 参数值 `%(value)s` 仅能含有字符 `%(key)s`。
pub const INVALIDPARAMETERVALUE_SPECIFICCHARACTERS: &str =
    "InvalidParameterValue.SpecificCharacters";

/// 异步任务ID不存在。
pub const INVALIDPARAMETERVALUE_TASKNOTFOUND: &str = "InvalidParameterValue.TaskNotFound";

/// 当前TCP协议系列监听器端口已和存量监听器端口重复。
pub const INVALIDPARAMETERVALUE_TCPSERIESLISTENERPORTEQUAL: &str =
    "InvalidParameterValue.TcpSeriesListenerPortEqual";

/// 当前全球加速实例已配置第三方节点加速地域，监听器端口不允许一致。
pub const INVALIDPARAMETERVALUE_THIRDAREALISTENERPORTEQUAL: &str =
    "InvalidParameterValue.ThirdAreaListenerPortEqual";

/// 当前全球加速实例第三方节点不支持配置监听器端口段。
pub const INVALIDPARAMETERVALUE_THIRDAREALISTENERPORTSEGMENT: &str =
    "InvalidParameterValue.ThirdAreaListenerPortSegment";

/// 参数值 `%(value)s` 长度不能大于 `%(max_size)s`。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// 当前UDP协议系列监听器端口已和存量监听器端口重复。
pub const INVALIDPARAMETERVALUE_UDPSERIESLISTENERPORTEQUAL: &str =
    "InvalidParameterValue.UdpSeriesListenerPortEqual";

/// 参数 `%(parameter)s` 的值`%(value)s`不存在。
pub const INVALIDPARAMETERVALUE_VPGHAGROUPNOTFOUND: &str =
    "InvalidParameterValue.VpgHaGroupNotFound";

/// 参数 `%(key)s` 不属于资源 `%(value)s` ，不支持当前操作。
pub const INVALIDPARAMETERVALUE_WRONGATTRIBUTIONRELATIONSHIP: &str =
    "InvalidParameterValue.WrongAttributionRelationship";

/// 七层监听器不支持携带参数`%(value)s` 。
pub const INVALIDPARAMETER_APPLICATIONLAYERLISTENERCANNOTCARRYPARAMETERS: &str =
    "InvalidParameter.ApplicationLayerListenerCannotCarryParameters";

/// 终端节点组配置为关闭健康检查，禁止携带参数 `%(parameter)s`。
pub const INVALIDPARAMETER_DISABLEHEALTHCHECKNOTCARRYPARAMETERS: &str =
    "InvalidParameter.DisableHealthCheckNotCarryParameters";

/// 核心地域 `%(core_region)s` 下边缘带宽总和超出限制（已用=%(used_bandwidth)s + 新增=%(new_bandwidth)s > 核心带宽=%(core_bandwidth)s）。
pub const INVALIDPARAMETER_EDGEBANDWIDTHEXCEEDCOREBANDWIDTH: &str =
    "InvalidParameter.EdgeBandwidthExceedCoreBandwidth";

/// 终端节点组配置为关闭健康检查，禁止携带参数 `%(parameter)s`。
pub const INVALIDPARAMETER_ENABLEHEALTHCHECKNOTCARRYPARAMETERS: &str =
    "InvalidParameter.EnableHealthCheckNotCarryParameters";

/// 当配置HTTP检查时需要携带参数`%(value)s` 。
pub const INVALIDPARAMETER_ENDPOINTGROUPCHECKTYPEHTTPCARRYPARAMETERS: &str =
    "InvalidParameter.EndpointGroupCheckTypeHttpCarryParameters";

/// Http监听器不支持携带参数`%(value)s` 。
pub const INVALIDPARAMETER_HTTPLISTENERCANNOTCARRYPARAMETERS: &str =
    "InvalidParameter.HttpListenerCannotCarryParameters";

/// 仅Https监听器支持携带参数`%(value)s` 。
pub const INVALIDPARAMETER_HTTPSLISTENERCANCARRYPARAMETERS: &str =
    "InvalidParameter.HttpsListenerCanCarryParameters";

/// 仅HTTPS回源协议支持携带参数`%(value)s`。
pub const INVALIDPARAMETER_HTTPSORIGINSERVERPROTOCOLSUPPORTSPARAMETERS: &str =
    "InvalidParameter.HttpsOriginServerProtocolSupportsParameters";

/// 请求中传入参数 `%(key)s` 与存量数据存在重复。
pub const INVALIDPARAMETER_INPUTDUPLICATEWITHEXISTINGDATA: &str =
    "InvalidParameter.InputDuplicateWithExistingData";

/// 请求中传入参数必选有 `%(value)s` 其中一个。
pub const INVALIDPARAMETER_INPUTMUSTEXISTONE: &str = "InvalidParameter.InputMustExistOne";

/// 请求中传入参数 `%(key)s` 必选再 `%(value)s` 范围内。
pub const INVALIDPARAMETER_INPUTOUTOFRANGE: &str = "InvalidParameter.InputOutOfRange";

/// 请求中传入参数 `%(key)s` 存在重复值。
pub const INVALIDPARAMETER_INPUTREPEAT: &str = "InvalidParameter.InputRepeat";

/// 仅当配置HTTP检查时需要携带参数`%(value)s` 。
pub const INVALIDPARAMETER_ONLYENDPOINTGROUPCHECKTYPEHTTPCARRYPARAMETERS: &str =
    "InvalidParameter.OnlyEndpointGroupCheckTypeHttpCarryParameters";

/// 仅支持的单个端口。
pub const INVALIDPARAMETER_SINGLEPORT: &str = "InvalidParameter.SinglePort";

/// Tcp终端节点组不支持携带参数`%(value)s` 。
pub const INVALIDPARAMETER_TCPENDPOINTGROUPCANNOTCARRYPARAMETERS: &str =
    "InvalidParameter.TcpEndpointGroupCannotCarryParameters";

/// 仅Tcp监听器支持携带参数`%(value)s` 。
pub const INVALIDPARAMETER_TCPLISTENERCARRYPARAMETERS: &str =
    "InvalidParameter.TcpListenerCarryParameters";

/// 四层终端节点组不支持携带参数`%(value)s` 。
pub const INVALIDPARAMETER_TRANSPORTLAYERENDPOINTGROUPCANNOTCARRYPARAMETERS: &str =
    "InvalidParameter.TransportLayerEndpointGroupCannotCarryParameters";

/// 四层监听器不支持携带参数`%(value)s` 。
pub const INVALIDPARAMETER_TRANSPORTLAYERLISTENERCANNOTCARRYPARAMETERS: &str =
    "InvalidParameter.TransportLayerListenerCannotCarryParameters";

/// Udp终端节点组不支持携带参数`%(value)s` 。
pub const INVALIDPARAMETER_UDPENDPOINTGROUPCANNOTCARRYPARAMETERS: &str =
    "InvalidParameter.UdpEndpointGroupCannotCarryParameters";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 当前为七层终端节点组，请求缺少必填参数 `%(parameter)s`。
pub const MISSINGPARAMETER_APPLICATIONLAYERENDPOINTGROUPPARAMETER: &str =
    "MissingParameter.ApplicationLayerEndpointGroupParameter";

/// 终端节点组配置为自定义检查时，请求缺少必填参数 `%(parameter)s`。
pub const MISSINGPARAMETER_CUSTOMCHECKTYPEPARAMETER: &str =
    "MissingParameter.CustomCheckTypeParameter";

/// 终端节点组配置为开启健康检查，请求缺少必填参数 `%(parameter)s`。
pub const MISSINGPARAMETER_ENABLEHEALTHCHECKPARAMETER: &str =
    "MissingParameter.EnableHealthCheckParameter";

/// 当终端节点为内网回源类型时，参数 `%(parameter)s` 为必填参数。
pub const MISSINGPARAMETER_INTERNALNETWORKSOURCE: &str = "MissingParameter.InternalNetworkSource";

/// 当终端节点组为支持三网地域时，参数 `%(parameter)s` 为必填参数。
pub const MISSINGPARAMETER_ISPTYPE: &str = "MissingParameter.IspType";

/// 加速地域 `%(value)s` 下存在边缘加速地域，不可删除该加速地域。
pub const RESOURCEINUSE_EDGEACCELERATEAREA: &str = "ResourceInUse.EdgeAccelerateArea";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 加速地域`%(value)s` 已经存在。
pub const UNSUPPORTEDOPERATION_ACCELERATEREGIONREPEAT: &str =
    "UnsupportedOperation.AccelerateRegionRepeat";

/// 账户被冻结，不支持当前操作。
pub const UNSUPPORTEDOPERATION_ACCOUNTFROZEN: &str = "UnsupportedOperation.AccountFrozen";

/// 已经开启跨境，不支持重复操作。
pub const UNSUPPORTEDOPERATION_ALREADYENABLECROSSBORDER: &str =
    "UnsupportedOperation.AlreadyEnableCrossBorder";

/// 抱歉，您的操作暂时无法完成，请稍后重试或联系客服。
pub const UNSUPPORTEDOPERATION_BILLINGFAILED: &str = "UnsupportedOperation.BillingFailed";

/// CA证书不允许操作。
pub const UNSUPPORTEDOPERATION_CACERTIFICATESOPERATE: &str =
    "UnsupportedOperation.CaCertificatesOperate";

/// 需要提供CA证书，不支持其他类型证书。
pub const UNSUPPORTEDOPERATION_CERTIFICATENOTCA: &str = "UnsupportedOperation.CertificateNotCa";

/// 跨境承诺书没签约，不支持当前操作。
pub const UNSUPPORTEDOPERATION_CROSSBORDERPROMISENOTSIGNED: &str =
    "UnsupportedOperation.CrossBorderPromiseNotSigned";

/// 当前账号不支持此操作。
pub const UNSUPPORTEDOPERATION_CURRENTACCOUNTNOTALLOWED: &str =
    "UnsupportedOperation.CurrentAccountNotAllowed";

/// 默认证书不允许操作。
pub const UNSUPPORTEDOPERATION_DEFAULTCERTIFICATESOPERATE: &str =
    "UnsupportedOperation.DefaultCertificatesOperate";

/// 默认七层转发策略规则不允许操作。
pub const UNSUPPORTEDOPERATION_DEFAULTFORWARDINGPOLICYOPERATE: &str =
    "UnsupportedOperation.DefaultForwardingPolicyOperate";

/// 默认七层转发规则不允许修改`%(value)s`
pub const UNSUPPORTEDOPERATION_DEFAULTFORWARDINGRULEOPERATE: &str =
    "UnsupportedOperation.DefaultForwardingRuleOperate";

/// 替换证书域名和旧证书域名不匹配。
pub const UNSUPPORTEDOPERATION_DOMAINMISMATCHED: &str = "UnsupportedOperation.DomainMismatched";

/// 请勿重复操作当前实例状态。
pub const UNSUPPORTEDOPERATION_DUPLICATEINSTANCESTATUS: &str =
    "UnsupportedOperation.DuplicateInstanceStatus";

/// 当前用户，不支持设置跨境类型。
pub const UNSUPPORTEDOPERATION_ENABLECROSSBORDER: &str = "UnsupportedOperation.EnableCrossBorder";

/// 存在加速地域，不支持当前操作。
pub const UNSUPPORTEDOPERATION_EXISTACCELERATORAREA: &str =
    "UnsupportedOperation.ExistAcceleratorArea";

/// 存在默认准许所有流量访问通道访问控制策略，不支持当前操作。
pub const UNSUPPORTEDOPERATION_EXISTACCEPTACLPOLICY: &str =
    "UnsupportedOperation.ExistAcceptAclPolicy";

/// 存在访问日志，不支持当前操作。
pub const UNSUPPORTEDOPERATION_EXISTACCESSLOG: &str = "UnsupportedOperation.ExistAccessLog";

/// 配置了策略为拒绝的访问规则，不支持当前操作。
pub const UNSUPPORTEDOPERATION_EXISTDROPACCEPTACLRULE: &str =
    "UnsupportedOperation.ExistDropAcceptAclRule";

/// 存在七层转发规则配置了终端节点组`%(value)s`，不支持当前操作。
pub const UNSUPPORTEDOPERATION_EXISTFORWARDINGRULE: &str =
    "UnsupportedOperation.ExistForwardingRule";

/// 存在监听器，不支持当前操作。
pub const UNSUPPORTEDOPERATION_EXISTLISTENER: &str = "UnsupportedOperation.ExistListener";

/// 存在第三方节点，不允许配置默认准许所有流量访问通道策略。
pub const UNSUPPORTEDOPERATION_EXISTTHIRDPARTYNODES: &str =
    "UnsupportedOperation.ExistThirdPartyNodes";

/// 转发规则不支持配置默认终端节点组。
pub const UNSUPPORTEDOPERATION_FORWARDGROUPFORWARDINGRULEUNSUPPORTEDDEFAULTENDPOINTGROUP: &str =
    "UnsupportedOperation.ForwardGroupForwardingRuleUnsupportedDefaultEndpointGroup";

/// 监听器和终端节点组的HTTP最大协议版本需要保持一致。
pub const UNSUPPORTEDOPERATION_HTTPVERSIONINCONSISTENT: &str =
    "UnsupportedOperation.HttpVersionInconsistent";

/// 实例不是运行状态，不支持当前操作。
pub const UNSUPPORTEDOPERATION_INSTANCENOTRUNNING: &str = "UnsupportedOperation.InstanceNotRunning";

/// 当前实例状态不允许此操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATENOTALLOWEDOPERATE: &str =
    "UnsupportedOperation.InstanceStateNotAllowedOperate";

/// 账户余额不足。
pub const UNSUPPORTEDOPERATION_INSUFFICIENTFUNDS: &str = "UnsupportedOperation.InsufficientFunds";

/// 当前全球加速实例未开通内网回源特性。
pub const UNSUPPORTEDOPERATION_INTERNALENDPOINTFEATURENOTENABLED: &str =
    "UnsupportedOperation.InternalEndpointFeatureNotEnabled";

/// 不支持IPV6。
pub const UNSUPPORTEDOPERATION_IPV6NOTSUPPORT: &str = "UnsupportedOperation.Ipv6NotSupport";

/// 当前账号不支持配置端口段。
pub const UNSUPPORTEDOPERATION_LISTENERPORTSEGMENT: &str =
    "UnsupportedOperation.ListenerPortSegment";

/// 暂不支持，请先授权开启日志任务。
pub const UNSUPPORTEDOPERATION_NOTAUTHORIZATION: &str = "UnsupportedOperation.NotAuthorization";

/// 当前全球加速实例没有设置跨境类型。无法创建跨境加速地域或终端节点组。
pub const UNSUPPORTEDOPERATION_NOTSETCROSSBORDERTYPE: &str =
    "UnsupportedOperation.NotSetCrossBorderType";

/// 仅支持内网CLB，不支持当前当操作。
pub const UNSUPPORTEDOPERATION_ONLYINTERNALCLB: &str = "UnsupportedOperation.OnlyInternalClb";

/// 仅TCP监听器，支持通过TOA获取客户端IP。
pub const UNSUPPORTEDOPERATION_ONLYTCPLISTENERSUPPORTTOA: &str =
    "UnsupportedOperation.OnlyTcpListenerSupportToa";

/// 请求参数错误，不支持当前操作。具体出错信息为：`%(info)s` 。
pub const UNSUPPORTEDOPERATION_REQUESTPARAMETERSERROR: &str =
    "UnsupportedOperation.RequestParametersError";

/// 当前操作使终端节点组域名和全球加速实例域名一致，不支持当前操作。
pub const UNSUPPORTEDOPERATION_SAMEDOMAIN: &str = "UnsupportedOperation.SameDomain";

/// 当前操作使终端节点组域名和全球加速实例加速地域公网IP一致，不支持当前操作。
pub const UNSUPPORTEDOPERATION_SAMEPUBLICIP: &str = "UnsupportedOperation.SamePublicIp";

/// 当前全球加速实例下监听器已经存在监听端口重复，不允许第三方节点加速地域。
pub const UNSUPPORTEDOPERATION_THIRDAREAHAVEPORTEQUALLISTENER: &str =
    "UnsupportedOperation.ThirdAreaHavePortEqualListener";

/// 不支持创建三网类型的加速地域。
pub const UNSUPPORTEDOPERATION_THREENETWORKSACCELERATEAREAS: &str =
    "UnsupportedOperation.ThreeNetworksAccelerateAreas";

/// 不支持创建三网类型的终端节点组。
pub const UNSUPPORTEDOPERATION_THREENETWORKSENDPOINTGROUP: &str =
    "UnsupportedOperation.ThreeNetworksEndpointGroup";

/// 当前全球加速实例未开通TOA特性，请联系腾讯云客服申请。
pub const UNSUPPORTEDOPERATION_TOAFEATURENOTENABLED: &str =
    "UnsupportedOperation.TOAFeatureNotEnabled";

/// 四层监听器不支持创建转发策略。
pub const UNSUPPORTEDOPERATION_TRANSPORTLAYERUNSUPPORTEDOPERATEFORWARDINGPOLICY: &str =
    "UnsupportedOperation.TransportLayerUnsupportedOperateForwardingPolicy";

/// UDP监听器，不支持通过ProxyProtocol获取客户端IP。
pub const UNSUPPORTEDOPERATION_UDPLISTENERNOTSUPPORTPROXYPROTOCOL: &str =
    "UnsupportedOperation.UdpListenerNotSupportProxyProtocol";

/// 不支持创建第三方节点。
pub const UNSUPPORTEDOPERATION_UNABLECREATETHIRDPARTYNODES: &str =
    "UnsupportedOperation.UnableCreateThirdPartyNodes";

/// 当前全球加速实例无法创建跨境加速地域或终端节点组。
pub const UNSUPPORTEDOPERATION_UNABLECROSSBORDER: &str = "UnsupportedOperation.UnableCrossBorder";

/// 不支持修改第三方节点带宽。
pub const UNSUPPORTEDOPERATION_UNABLEMODIFYTHIRDPARTYNODESBANDWIDTH: &str =
    "UnsupportedOperation.UnableModifyThirdPartyNodesBandwidth";

/// 非法证书，不支持当前操作。
pub const UNSUPPORTEDOPERATION_UNLAWFULCERTIFICATE: &str =
    "UnsupportedOperation.UnlawfulCertificate";

/// 虚拟终端节点组不支持Tcp和Udp类型终端节点组。
pub const UNSUPPORTEDOPERATION_VIRTUALENDPOINTGROUPUNSUPPORTEDTCPANDUDP: &str =
    "UnsupportedOperation.VirtualEndpointGroupUnsupportedTcpAndUdp";
