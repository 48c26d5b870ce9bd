//! Error codes of `vpc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_vpc::errors::ADDRESSQUOTALIMITEXCEEDED) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 账户配额不足，每个腾讯云账户每个地域下最多可创建 20 个 EIP。
pub const ADDRESSQUOTALIMITEXCEEDED: &str = "AddressQuotaLimitExceeded";

/// 申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。
pub const ADDRESSQUOTALIMITEXCEEDED_DAILYALLOCATE: &str = "AddressQuotaLimitExceeded.DailyAllocate";

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 地址没有弹性网卡信息。
pub const FAILEDOPERATION_ADDRESSENIINFONOTFOUND: &str = "FailedOperation.AddressEniInfoNotFound";

/// 账户余额不足。
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 创建云联网失败. 请重试你的请求，如果问题仍然存在，请联系腾讯云客服。
pub const FAILEDOPERATION_CREATECCNFAILED: &str = "FailedOperation.CreateCcnFailed";

/// 创建VPN网关失败,请重试你的请求，如果问题仍然存在，请联系腾讯云客服。
pub const FAILEDOPERATION_CREATEVPNGATEWAYFAILED: &str = "FailedOperation.CreateVpnGatewayFailed";

/// 不支持的地域。
pub const FAILEDOPERATION_INVALIDREGION: &str = "FailedOperation.InvalidRegion";

/// 不支持的IP类型。
pub const FAILEDOPERATION_IPTYPENOTPERMIT: &str = "FailedOperation.IpTypeNotPermit";

/// 未找到实例的主网卡。
pub const FAILEDOPERATION_MASTERENINOTFOUND: &str = "FailedOperation.MasterEniNotFound";

/// 网络探测超时，请稍后重试。
pub const FAILEDOPERATION_NETDETECTTIMEOUT: &str = "FailedOperation.NetDetectTimeOut";

/// 任务执行失败。
pub const FAILEDOPERATION_TASKFAILED: &str = "FailedOperation.TaskFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 创建Ckafka路由失败，请稍后重试。
pub const INTERNALERROR_CREATECKAFKAROUTEERROR: &str = "InternalError.CreateCkafkaRouteError";

/// 内部模块错误。
pub const INTERNALERROR_MODULEERROR: &str = "InternalError.ModuleError";

/// 操作内部错误。
pub const INTERNALSERVERERROR: &str = "InternalServerError";

/// 不支持此账户。
pub const INVALIDACCOUNT_NOTSUPPORTED: &str = "InvalidAccount.NotSupported";

/// 指定EIP处于欠费状态。
pub const INVALIDADDRESSIDSTATE_INARREARS: &str = "InvalidAddressIdState.InArrears";

/// 指定 EIP 当前状态不能进行绑定操作。只有 EIP 的状态是 UNBIND 时才能进行绑定操作。
pub const INVALIDADDRESSIDSTATUS_NOTPERMIT: &str = "InvalidAddressIdStatus.NotPermit";

/// 指定EIP处于被封堵状态。当EIP处于封堵状态的时候是不能够进行绑定操作的，需要先进行解封。
pub const INVALIDADDRESSID_BLOCKED: &str = "InvalidAddressId.Blocked";

/// 指定的EIP不存在。
pub const INVALIDADDRESSID_NOTFOUND: &str = "InvalidAddressId.NotFound";

/// 指定EIP的当前状态不允许进行该操作。
pub const INVALIDADDRESSSTATE: &str = "InvalidAddressState";

/// 指定实例已经绑定了EIP。需先解绑当前的EIP才能再次进行绑定操作。
pub const INVALIDINSTANCEID_ALREADYBINDEIP: &str = "InvalidInstanceId.AlreadyBindEip";

/// 无效实例ID。指定的实例ID不存在。
pub const INVALIDINSTANCEID_NOTFOUND: &str = "InvalidInstanceId.NotFound";

/// 不被支持的实例。
pub const INVALIDINSTANCE_NOTSUPPORTED: &str = "InvalidInstance.NotSupported";

/// 指定 NetworkInterfaceId 不存在或指定的PrivateIpAddress不在NetworkInterfaceId上。
pub const INVALIDNETWORKINTERFACEID_NOTFOUND: &str = "InvalidNetworkInterfaceId.NotFound";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。
pub const INVALIDPARAMETERCONFLICT: &str = "InvalidParameterConflict";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 接入网段掩码必须在12-28之间。
pub const INVALIDPARAMETERVALUE_ACCESSSUBNETMASK: &str = "InvalidParameterValue.AccessSubnetMask";

/// 接入网段前缀必须是10，172，192开头。
pub const INVALIDPARAMETERVALUE_ACCESSSUBNETPREFIX: &str =
    "InvalidParameterValue.AccessSubnetPrefix";

/// 指定的EIP已开启直通开关，无法再次开启
pub const INVALIDPARAMETERVALUE_ADDRESSALREADYHASPASSTHROUGH: &str =
    "InvalidParameterValue.AddressAlreadyHasPassThrough";

/// 被攻击的IP地址。
pub const INVALIDPARAMETERVALUE_ADDRESSATTACKED: &str = "InvalidParameterValue.AddressAttacked";

/// 该地址ID不合法。
pub const INVALIDPARAMETERVALUE_ADDRESSIDMALFORMED: &str =
    "InvalidParameterValue.AddressIdMalformed";

/// 该地址计费方式与其他地址冲突。
pub const INVALIDPARAMETERVALUE_ADDRESSINTERNETCHARGETYPECONFLICT: &str =
    "InvalidParameterValue.AddressInternetChargeTypeConflict";

/// 该IP地址现在不可用。
pub const INVALIDPARAMETERVALUE_ADDRESSIPNOTAVAILABLE: &str =
    "InvalidParameterValue.AddressIpNotAvailable";

/// IP地址未找到。
pub const INVALIDPARAMETERVALUE_ADDRESSIPNOTFOUND: &str = "InvalidParameterValue.AddressIpNotFound";

/// VPC中不存在此IP地址。
pub const INVALIDPARAMETERVALUE_ADDRESSIPNOTINVPC: &str = "InvalidParameterValue.AddressIpNotInVpc";

/// 此IPv6地址未发布。
pub const INVALIDPARAMETERVALUE_ADDRESSIPNOTPUBLIC: &str =
    "InvalidParameterValue.AddressIpNotPublic";

/// 未查询到该地址。
pub const INVALIDPARAMETERVALUE_ADDRESSIPSNOTFOUND: &str =
    "InvalidParameterValue.AddressIpsNotFound";

/// 该地址不可与此实例申请。
pub const INVALIDPARAMETERVALUE_ADDRESSNOTAPPLICABLE: &str =
    "InvalidParameterValue.AddressNotApplicable";

/// 该地址不是CalcIP。
pub const INVALIDPARAMETERVALUE_ADDRESSNOTCALCIP: &str = "InvalidParameterValue.AddressNotCalcIP";

/// 未找到该地址。
pub const INVALIDPARAMETERVALUE_ADDRESSNOTFOUND: &str = "InvalidParameterValue.AddressNotFound";

/// 该IPv6地址已经发布。
pub const INVALIDPARAMETERVALUE_ADDRESSPUBLISHED: &str = "InvalidParameterValue.AddressPublished";

/// 当前IP地址类型不正确。
pub const INVALIDPARAMETERVALUE_ADDRESSTYPECONFLICT: &str =
    "InvalidParameterValue.AddressTypeConflict";

/// 带宽超出限制。
pub const INVALIDPARAMETERVALUE_BANDWIDTHOUTOFRANGE: &str =
    "InvalidParameterValue.BandwidthOutOfRange";

/// 带宽包ID不正确。
pub const INVALIDPARAMETERVALUE_BANDWIDTHPACKAGEIDMALFORMED: &str =
    "InvalidParameterValue.BandwidthPackageIdMalformed";

/// 该带宽包正在被使用。
pub const INVALIDPARAMETERVALUE_BANDWIDTHPACKAGEINUSE: &str =
    "InvalidParameterValue.BandwidthPackageInUse";

/// 未查询到该带宽包。
pub const INVALIDPARAMETERVALUE_BANDWIDTHPACKAGENOTFOUND: &str =
    "InvalidParameterValue.BandwidthPackageNotFound";

/// 选择带宽低于可允许的最小范围。
pub const INVALIDPARAMETERVALUE_BANDWIDTHTOOSMALL: &str = "InvalidParameterValue.BandwidthTooSmall";

/// 指定云联网关联黑石私有网络数量达到上限。
pub const INVALIDPARAMETERVALUE_CCNATTACHBMVPCLIMITEXCEEDED: &str =
    "InvalidParameterValue.CcnAttachBmvpcLimitExceeded";

/// 指定CIDR存在重叠。
pub const INVALIDPARAMETERVALUE_CIDRCONFLICT: &str = "InvalidParameterValue.CidrConflict";

/// 目的网段不在对端VPC的CIDR范围内。
pub const INVALIDPARAMETERVALUE_CIDRNOTINPEERVPC: &str = "InvalidParameterValue.CidrNotInPeerVpc";

/// 指定CIDR不在SSL-VPN所属私有网络CIDR内。
pub const INVALIDPARAMETERVALUE_CIDRNOTINSSLVPNVPC: &str =
    "InvalidParameterValue.CidrNotInSslVpnVpc";

/// 非法入参组合。
pub const INVALIDPARAMETERVALUE_COMBINATION: &str = "InvalidParameterValue.Combination";

/// 入参重复。
pub const INVALIDPARAMETERVALUE_DUPLICATE: &str = "InvalidParameterValue.Duplicate";

/// 指定的HaVip和实例存在绑定。
pub const INVALIDPARAMETERVALUE_DUPLICATEDHAVIPASSOCIATIONS: &str =
    "InvalidParameterValue.DuplicatedHaVipAssociations";

/// 当前IP已在其他公网IP类型的流量镜像中使用。
pub const INVALIDPARAMETERVALUE_DUPLICATEDLBTRAFFICMIRRORCOLLECTORS: &str =
    "InvalidParameterValue.DuplicatedLbTrafficMirrorCollectors";

/// 当前接收端已在其他的公网IP类型的流量镜像中使用。
pub const INVALIDPARAMETERVALUE_DUPLICATEDLBTRAFFICMIRRORRECIVERENDPOINT: &str =
    "InvalidParameterValue.DuplicatedLbTrafficMirrorReciverEndpoint";

/// 参数值存在重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEPARA: &str = "InvalidParameterValue.DuplicatePara";

/// 本端地域和端地域重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEREGION: &str = "InvalidParameterValue.DuplicateRegion";

/// 出口不一致
pub const INVALIDPARAMETERVALUE_EGRESSCONFLICT: &str = "InvalidParameterValue.EgressConflict";

/// 值超过上限。
pub const INVALIDPARAMETERVALUE_EIPBRANDWIDTHOUTINVALID: &str =
    "InvalidParameterValue.EIPBrandWidthOutInvalid";

/// 缺少参数。
pub const INVALIDPARAMETERVALUE_EMPTY: &str = "InvalidParameterValue.Empty";

/// 资源格式错误
pub const INVALIDPARAMETERVALUE_ILLEGAL: &str = "InvalidParameterValue.Illegal";

/// 该实例的计费方式与其他实例不同。
pub const INVALIDPARAMETERVALUE_INCONSISTENTINSTANCEINTERNETCHARGETYPE: &str =
    "InvalidParameterValue.InconsistentInstanceInternetChargeType";

/// 该实例不支持AnycastEIP。
pub const INVALIDPARAMETERVALUE_INSTANCEDOESNOTSUPPORTANYCAST: &str =
    "InvalidParameterValue.InstanceDoesNotSupportAnycast";

/// 实例不支持在网卡上显示EIP。支持的实例ID格式为 ins-xxxxxxxx 和 eks-xxxxxxxx
pub const INVALIDPARAMETERVALUE_INSTANCEDOESNOTSUPPORTEIPVISIBLEONENI: &str =
    "InvalidParameterValue.InstanceDoesNotSupportEipVisibleOnEni";

/// 实例不存在公网IP。
pub const INVALIDPARAMETERVALUE_INSTANCEHASNOWANIP: &str =
    "InvalidParameterValue.InstanceHasNoWanIP";

/// 该实例已有WanIP。
pub const INVALIDPARAMETERVALUE_INSTANCEHASWANIP: &str = "InvalidParameterValue.InstanceHasWanIP";

/// 实例ID错误。
pub const INVALIDPARAMETERVALUE_INSTANCEIDMALFORMED: &str =
    "InvalidParameterValue.InstanceIdMalformed";

/// 该实例没有CalcIP，无法完成请求。
pub const INVALIDPARAMETERVALUE_INSTANCENOCALCIP: &str = "InvalidParameterValue.InstanceNoCalcIP";

/// 由于该IP被禁用，无法绑定该实例。
pub const INVALIDPARAMETERVALUE_INSTANCENORMALPUBLICIPBLOCKED: &str =
    "InvalidParameterValue.InstanceNormalPublicIpBlocked";

/// 弹性网卡绑定的实例与地址绑定的实例不一致。
pub const INVALIDPARAMETERVALUE_INSTANCENOTMATCHASSOCIATEENI: &str =
    "InvalidParameterValue.InstanceNotMatchAssociateEni";

/// 指定实例与EIP当前绑定实例不一致。
pub const INVALIDPARAMETERVALUE_INSTANCENOTMATCHDISASSOCIATEINSTANCE: &str =
    "InvalidParameterValue.InstanceNotMatchDisassociateInstance";

/// 该实例没有WanIP，无法完成请求。
pub const INVALIDPARAMETERVALUE_INSTANCENOWANIP: &str = "InvalidParameterValue.InstanceNoWanIP";

/// 实例所属的VPC不支持在网卡上显示EIP
pub const INVALIDPARAMETERVALUE_INSTANCEVPCDOESNOTSUPPORTEIPVISIBLEONENI: &str =
    "InvalidParameterValue.InstanceVpcDoesNotSupportEipVisibleOnEni";

/// 网络计费模式没有更改。
pub const INVALIDPARAMETERVALUE_INTERNETCHARGETYPENOTCHANGED: &str =
    "InvalidParameterValue.InternetChargeTypeNotChanged";

/// 参数非法
pub const INVALIDPARAMETERVALUE_INVALID: &str = "InvalidParameterValue.Invalid";

/// 无效的带宽包计费方式。
pub const INVALIDPARAMETERVALUE_INVALIDBANDWIDTHPACKAGECHARGETYPE: &str =
    "InvalidParameterValue.InvalidBandwidthPackageChargeType";

/// 参数的值不存在或不支持。
pub const INVALIDPARAMETERVALUE_INVALIDBUSINESS: &str = "InvalidParameterValue.InvalidBusiness";

/// 传入的DedicatedClusterId有误。
pub const INVALIDPARAMETERVALUE_INVALIDDEDICATEDCLUSTERID: &str =
    "InvalidParameterValue.InvalidDedicatedClusterId";

/// egress的值无效。
pub const INVALIDPARAMETERVALUE_INVALIDEGRESS: &str = "InvalidParameterValue.InvalidEgress";

/// 该IP只能绑定小时流量后付费和带宽包实例。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCEINTERNETCHARGETYPE: &str =
    "InvalidParameterValue.InvalidInstanceInternetChargeType";

/// 该实例状态无法完成操作。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCESTATE: &str =
    "InvalidParameterValue.InvalidInstanceState";

/// 无效的IPv6地址。
pub const INVALIDPARAMETERVALUE_INVALIDIPV6: &str = "InvalidParameterValue.InvalidIpv6";

/// 接收端不是一个存在的虚机IP也不是可路由的idc机房IP。
pub const INVALIDPARAMETERVALUE_INVALIDLBTRAFFICMIRRORRECIVERENDPOINT: &str =
    "InvalidParameterValue.InvalidLbTrafficMirrorReciverEndpoint";

/// 旧的带宽值无效。
pub const INVALIDPARAMETERVALUE_INVALIDOLDBANDWIDTH: &str =
    "InvalidParameterValue.InvalidOldBandwidth";

/// 该Tag不合法。
pub const INVALIDPARAMETERVALUE_INVALIDTAG: &str = "InvalidParameterValue.InvalidTag";

/// 不能在VPC CIDR范围内。
pub const INVALIDPARAMETERVALUE_INVPCCIDR: &str = "InvalidParameterValue.InVpcCidr";

/// 未查询到该IPv6规则。
pub const INVALIDPARAMETERVALUE_IP6RULENOTFOUND: &str = "InvalidParameterValue.Ip6RuleNotFound";

/// 未查询到该IPv6翻译器。
pub const INVALIDPARAMETERVALUE_IP6TRANSLATORNOTFOUND: &str =
    "InvalidParameterValue.Ip6TranslatorNotFound";

/// IPv6转换实例ID已经存在。
pub const INVALIDPARAMETERVALUE_IPV6RULEIDEXISTED: &str = "InvalidParameterValue.IPv6RuleIdExisted";

/// IPv6规则没有更改。
pub const INVALIDPARAMETERVALUE_IPV6RULENOTCHANGE: &str = "InvalidParameterValue.IPv6RuleNotChange";

/// 负载均衡实例已经绑定了EIP。
pub const INVALIDPARAMETERVALUE_LBALREADYBINDEIP: &str = "InvalidParameterValue.LBAlreadyBindEip";

/// 参数值超出限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 入参格式不合法。
pub const INVALIDPARAMETERVALUE_MALFORMED: &str = "InvalidParameterValue.Malformed";

/// 指定审批单号和资源不匹配。
pub const INVALIDPARAMETERVALUE_MEMBERAPPROVALAPPLICATIONIDMISMATCH: &str =
    "InvalidParameterValue.MemberApprovalApplicationIdMismatch";

/// 流程服务审批单未审批。
pub const INVALIDPARAMETERVALUE_MEMBERAPPROVALAPPLICATIONNOTAPPROVED: &str =
    "InvalidParameterValue.MemberApprovalApplicationNotApproved";

/// 流程服务审批单被拒绝。
pub const INVALIDPARAMETERVALUE_MEMBERAPPROVALAPPLICATIONREJECTED: &str =
    "InvalidParameterValue.MemberApprovalApplicationRejected";

/// 该请求需要走BPAAS流程服务审批，当前发起审批中。
pub const INVALIDPARAMETERVALUE_MEMBERAPPROVALAPPLICATIONSTARTED: &str =
    "InvalidParameterValue.MemberApprovalApplicationStarted";

/// 流量镜像target的内网带宽不足。
pub const INVALIDPARAMETERVALUE_MIRRORLACKTARGETRESOURCE: &str =
    "InvalidParameterValue.MirrorLackTargetResource";

/// 缺少绑定的实例。
pub const INVALIDPARAMETERVALUE_MISSINGASSOCIATEENTITY: &str =
    "InvalidParameterValue.MissingAssociateEntity";

/// 集群类型不同的IP不可在同一请求中。
pub const INVALIDPARAMETERVALUE_MIXEDADDRESSIPSETTYPE: &str =
    "InvalidParameterValue.MixedAddressIpSetType";

/// 缺少参数，至少提供一个。
pub const INVALIDPARAMETERVALUE_MUSTHASONE: &str = "InvalidParameterValue.MustHasOne";

/// NAT网关的DNAT转换规则已存在。
pub const INVALIDPARAMETERVALUE_NATGATEWAYDNATRULEEXISTED: &str =
    "InvalidParameterValue.NatGatewayDnatRuleExisted";

/// NAT网关的DNAT转换规则不存在。
pub const INVALIDPARAMETERVALUE_NATGATEWAYDNATRULENOTEXISTS: &str =
    "InvalidParameterValue.NatGatewayDnatRuleNotExists";

/// DNAT转换规则的内网IP需为虚拟机上网卡所用的IP。
pub const INVALIDPARAMETERVALUE_NATGATEWAYDNATRULEPIPNEEDVM: &str =
    "InvalidParameterValue.NatGatewayDnatRulePipNeedVm";

/// 新增NAT网关的DNAT转换规则已重复。
pub const INVALIDPARAMETERVALUE_NATGATEWAYDNATRULEREPEATED: &str =
    "InvalidParameterValue.NatGatewayDnatRuleRepeated";

/// NAT网关的SNAT转换规则不存在。
pub const INVALIDPARAMETERVALUE_NATGATEWAYSNATRULENOTEXISTS: &str =
    "InvalidParameterValue.NatGatewaySnatRuleNotExists";

/// NAT网关的SNAT规则已经存在。
pub const INVALIDPARAMETERVALUE_NATSNATRULEEXISTS: &str = "InvalidParameterValue.NatSnatRuleExists";

/// 探测目的IP和网络探测在同一个VPC内。
pub const INVALIDPARAMETERVALUE_NETDETECTINVPC: &str = "InvalidParameterValue.NetDetectInVpc";

/// 探测目的IP在云联网的路由表中找不到匹配的下一跳。
pub const INVALIDPARAMETERVALUE_NETDETECTNOTFOUNDIP: &str =
    "InvalidParameterValue.NetDetectNotFoundIp";

/// 探测目的IP与同一个私有网络内的同一个子网下的其他网络探测的探测目的IP相同。
pub const INVALIDPARAMETERVALUE_NETDETECTSAMEIP: &str = "InvalidParameterValue.NetDetectSameIp";

/// 网络接口ID不正确。
pub const INVALIDPARAMETERVALUE_NETWORKINTERFACEIDMALFORMED: &str =
    "InvalidParameterValue.NetworkInterfaceIdMalformed";

/// 指定的弹性公网IP地址已绑定到网卡 ，不支持绑定到不同的网卡。
pub const INVALIDPARAMETERVALUE_NETWORKINTERFACEIDNOTMATCH: &str =
    "InvalidParameterValue.NetworkInterfaceIdNotMatch";

/// 网卡所绑定实例不支持绑定弹性公网IPv6
pub const INVALIDPARAMETERVALUE_NETWORKINTERFACEINSTANCENOTSUPPORT: &str =
    "InvalidParameterValue.NetworkInterfaceInstanceNotSupport";

/// 未找到网络接口ID，或私有IP地址未在网络接口配置。
pub const INVALIDPARAMETERVALUE_NETWORKINTERFACENOTFOUND: &str =
    "InvalidParameterValue.NetworkInterfaceNotFound";

/// 必须在VPC CIDR范围内。
pub const INVALIDPARAMETERVALUE_NOTINVPCCIDR: &str = "InvalidParameterValue.NotInVpcCidr";

/// 不是UTF8编码。
pub const INVALIDPARAMETERVALUE_NOTUTF8ENCODINGERROR: &str =
    "InvalidParameterValue.NotUtf8EncodingError";

/// 流量镜像采集对象已经被使用。
pub const INVALIDPARAMETERVALUE_OBJECTUSEINTRAFFICMIRROR: &str =
    "InvalidParameterValue.ObjectUseInTrafficMirror";

/// 流量镜像采集的VPC不是当前VPCID。
pub const INVALIDPARAMETERVALUE_OBJECTVPCNOTCURRENTVPC: &str =
    "InvalidParameterValue.ObjectVpcNotCurrentVpc";

/// 该操作仅对主网卡支持。
pub const INVALIDPARAMETERVALUE_ONLYSUPPORTEDFORMASTERNETWORKCARD: &str =
    "InvalidParameterValue.OnlySupportedForMasterNetworkCard";

/// 参数值格式不匹配。
pub const INVALIDPARAMETERVALUE_PARAMETERMISMATCH: &str = "InvalidParameterValue.ParameterMismatch";

/// 私网IP是一个辅助IP，不支持其绑定的EIP在网卡上显示
pub const INVALIDPARAMETERVALUE_PRIVATEIPADDRESSDOESNOTSUPPORTEIPVISIBLEONENI: &str =
    "InvalidParameterValue.PrivateIpAddressDoesNotSupportEipVisibleOnEni";

/// 指定的弹性公网IP地址已绑定到私有IP地址，不支持绑定到不同的私有IP地址。
pub const INVALIDPARAMETERVALUE_PRIVATEIPADDRESSNOTMATCH: &str =
    "InvalidParameterValue.PrivateIpAddressNotMatch";

/// 私网NAT网关不存在
pub const INVALIDPARAMETERVALUE_PRIVATENATNOTEXISTS: &str =
    "InvalidParameterValue.PrivateNatNotExists";

/// 私网NAT网关规则不存在。
pub const INVALIDPARAMETERVALUE_PRIVATENATRULENOTEXISTS: &str =
    "InvalidParameterValue.PrivateNatRuleNotExists";

/// 私网NAT网关传入规则类型不支持。
pub const INVALIDPARAMETERVALUE_PRIVATENATSNATRULENOTSUPPORT: &str =
    "InvalidParameterValue.PrivateNatSnatRuleNotSupport";

/// 必须携带服务等级。
pub const INVALIDPARAMETERVALUE_QOSLEVELREQUIRED: &str = "InvalidParameterValue.QosLevelRequired";

/// 参数值不在指定范围。
pub const INVALIDPARAMETERVALUE_RANGE: &str = "InvalidParameterValue.Range";

/// 参数值是一个系统保留对象。
pub const INVALIDPARAMETERVALUE_RESERVED: &str = "InvalidParameterValue.Reserved";

/// 该资源已加入其他带宽包。
pub const INVALIDPARAMETERVALUE_RESOURCEALREADYEXISTED: &str =
    "InvalidParameterValue.ResourceAlreadyExisted";

/// 该资源已过期。
pub const INVALIDPARAMETERVALUE_RESOURCEEXPIRED: &str = "InvalidParameterValue.ResourceExpired";

/// 资源ID不正确。
pub const INVALIDPARAMETERVALUE_RESOURCEIDMALFORMED: &str =
    "InvalidParameterValue.ResourceIdMalformed";

/// 该资源不在此带宽包中。
pub const INVALIDPARAMETERVALUE_RESOURCENOTEXISTED: &str =
    "InvalidParameterValue.ResourceNotExisted";

/// 未查询到该资源。
pub const INVALIDPARAMETERVALUE_RESOURCENOTFOUND: &str = "InvalidParameterValue.ResourceNotFound";

/// 该资源不支持此操作。
pub const INVALIDPARAMETERVALUE_RESOURCENOTSUPPORT: &str =
    "InvalidParameterValue.ResourceNotSupport";

/// 自定义路由的下一跳参数不正确。
pub const INVALIDPARAMETERVALUE_ROUTENEXTHOPINVALID: &str =
    "InvalidParameterValue.RouteNextHopInvalid";

/// 路由策略绑定规则已经存在。
pub const INVALIDPARAMETERVALUE_ROUTEPOLICYASSOCIATIONEXISTS: &str =
    "InvalidParameterValue.RoutePolicyAssociationExists";

/// 指定的优先级之间冲突或与已存在的优先级冲突。
pub const INVALIDPARAMETERVALUE_ROUTEPOLICYPRIORITYCONFLICT: &str =
    "InvalidParameterValue.RoutePolicyPriorityConflict";

/// SSL-VPN-SERVER 云端网段和SSL-VPN-SERVER 客户端网段重叠。
pub const INVALIDPARAMETERVALUE_SSLCCNVPNSERVERCIDRCONFLICT: &str =
    "InvalidParameterValue.SslCcnVpnServerCidrConflict";

/// 存在关机的主机还在使用当前资源，无法操作。
pub const INVALIDPARAMETERVALUE_STOPCHARGINGINSTANCEINUSE: &str =
    "InvalidParameterValue.StopChargingInstanceInUse";

/// 子网CIDR冲突。
pub const INVALIDPARAMETERVALUE_SUBNETCONFLICT: &str = "InvalidParameterValue.SubnetConflict";

/// CIDR与同一个私有网络内的另一个子网发生重叠。
pub const INVALIDPARAMETERVALUE_SUBNETOVERLAP: &str = "InvalidParameterValue.SubnetOverlap";

/// 子网与辅助Cidr网段重叠。
pub const INVALIDPARAMETERVALUE_SUBNETOVERLAPASSISTCIDR: &str =
    "InvalidParameterValue.SubnetOverlapAssistCidr";

/// 子网与自定义路由目的Cidr网段完全重叠。
pub const INVALIDPARAMETERVALUE_SUBNETOVERLAPROUTE: &str =
    "InvalidParameterValue.SubnetOverlapRoute";

/// 子网CIDR不合法。
pub const INVALIDPARAMETERVALUE_SUBNETRANGE: &str = "InvalidParameterValue.SubnetRange";

/// 标签键重复。
pub const INVALIDPARAMETERVALUE_TAGDUPLICATEKEY: &str = "InvalidParameterValue.TagDuplicateKey";

/// 重复的标签资源类型。
pub const INVALIDPARAMETERVALUE_TAGDUPLICATERESOURCETYPE: &str =
    "InvalidParameterValue.TagDuplicateResourceType";

/// 标签键无效。
pub const INVALIDPARAMETERVALUE_TAGINVALIDKEY: &str = "InvalidParameterValue.TagInvalidKey";

/// 标签键长度无效。
pub const INVALIDPARAMETERVALUE_TAGINVALIDKEYLEN: &str = "InvalidParameterValue.TagInvalidKeyLen";

/// 标签值无效。
pub const INVALIDPARAMETERVALUE_TAGINVALIDVAL: &str = "InvalidParameterValue.TagInvalidVal";

/// 标签键不存在。
pub const INVALIDPARAMETERVALUE_TAGKEYNOTEXISTS: &str = "InvalidParameterValue.TagKeyNotExists";

/// 标签没有分配配额。
pub const INVALIDPARAMETERVALUE_TAGNOTALLOCATEDQUOTA: &str =
    "InvalidParameterValue.TagNotAllocatedQuota";

/// 该标签不存在。
pub const INVALIDPARAMETERVALUE_TAGNOTEXISTED: &str = "InvalidParameterValue.TagNotExisted";

/// 不支持的标签。
pub const INVALIDPARAMETERVALUE_TAGNOTSUPPORTTAG: &str = "InvalidParameterValue.TagNotSupportTag";

/// 标签资源格式错误。
pub const INVALIDPARAMETERVALUE_TAGRESOURCEFORMATERROR: &str =
    "InvalidParameterValue.TagResourceFormatError";

/// 标签时间戳超配。
pub const INVALIDPARAMETERVALUE_TAGTIMESTAMPEXCEEDED: &str =
    "InvalidParameterValue.TagTimestampExceeded";

/// 标签值不存在。
pub const INVALIDPARAMETERVALUE_TAGVALNOTEXISTS: &str = "InvalidParameterValue.TagValNotExists";

/// 无效参数值。参数值太长。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// 传统公网IPv6地址已默认支持在网卡上显示，无需单独开启此功能
pub const INVALIDPARAMETERVALUE_TRADITIONALIPV6VISIBLEONENINOTSUPPORTED: &str =
    "InvalidParameterValue.TraditionalIPv6VisibleOnEniNotSupported";

/// 流量包ID格式错误。
pub const INVALIDPARAMETERVALUE_TRAFFICPACKAGEID: &str = "InvalidParameterValue.TrafficPackageId";

/// 该流量包ID不合法。
pub const INVALIDPARAMETERVALUE_TRAFFICPACKAGEIDMALFORMED: &str =
    "InvalidParameterValue.TrafficPackageIdMalformed";

/// 未查询到此流量包。
pub const INVALIDPARAMETERVALUE_TRAFFICPACKAGENOTFOUND: &str =
    "InvalidParameterValue.TrafficPackageNotFound";

/// 指定的流量包不支持此操作
pub const INVALIDPARAMETERVALUE_TRAFFICPACKAGENOTSUPPORTED: &str =
    "InvalidParameterValue.TrafficPackageNotSupported";

/// 指定的流量包资源ID不合法
pub const INVALIDPARAMETERVALUE_TRAFFICPACKAGERESOURCEIDMALFORMED: &str =
    "InvalidParameterValue.TrafficPackageResourceIdMalformed";

/// 该可用区不可用。
pub const INVALIDPARAMETERVALUE_UNAVAILABLEZONE: &str = "InvalidParameterValue.UnavailableZone";

/// 账号不支持该egress
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDEGRESS: &str = "InvalidParameterValue.UnsupportedEgress";

/// 当前公网IP所在的地区不支持流量采集。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDLBTRAFFICMIRRORAZ: &str =
    "InvalidParameterValue.UnsupportedLbTrafficMirrorAz";

/// 当前流量镜像不支持此操作。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDTRAFFICMIRRORACTION: &str =
    "InvalidParameterValue.UnsupportedTrafficMirrorAction";

/// 目的网段和当前VPC的CIDR冲突。
pub const INVALIDPARAMETERVALUE_VPCCIDRCONFLICT: &str = "InvalidParameterValue.VpcCidrConflict";

/// 辅助Cidr与自定义子网路由目的Cidr网段完全重叠。
pub const INVALIDPARAMETERVALUE_VPCCIDROVERLAPROUTE: &str =
    "InvalidParameterValue.VpcCidrOverlapRoute";

/// 流日志不能输入VPC唯一ID。
pub const INVALIDPARAMETERVALUE_VPCIDNOTNEEDEDFORFLOWLOG: &str =
    "InvalidParameterValue.VpcIdNotNeededForFlowLog";

/// 当前功能不支持此专线网关。
pub const INVALIDPARAMETERVALUE_VPGTYPENOTMATCH: &str = "InvalidParameterValue.VpgTypeNotMatch";

/// 当前BGP隧道网段：`%(key)s`和已有BGP隧道网段：`%(value)s`重叠。
pub const INVALIDPARAMETERVALUE_VPNCONNBGPTUNNELCIDRCONFLICT: &str =
    "InvalidParameterValue.VpnConnBgpTunnelCidrConflict";

/// BGP隧道网段必须为掩码为30的网段。
pub const INVALIDPARAMETERVALUE_VPNCONNBGPTUNNELCIDRMASK: &str =
    "InvalidParameterValue.VpnConnBgpTunnelCidrMask";

/// 云端或用户端BGP地址：`%(value)s`必须在BGP隧道网段`%(key)s`内。
pub const INVALIDPARAMETERVALUE_VPNCONNBGPTUNNELCIDRNOTSUPPORTED: &str =
    "InvalidParameterValue.VpnConnBgpTunnelCidrNotSupported";

/// 目的网段和当前VPN通道的CIDR冲突。
pub const INVALIDPARAMETERVALUE_VPNCONNCIDRCONFLICT: &str =
    "InvalidParameterValue.VpnConnCidrConflict";

/// VPN通道探测ip冲突。
pub const INVALIDPARAMETERVALUE_VPNCONNHEALTHCHECKIPCONFLICT: &str =
    "InvalidParameterValue.VpnConnHealthCheckIpConflict";

/// SPD规则源目IP有重叠。
pub const INVALIDPARAMETERVALUE_VPNCONNSPDCIDRCONFLICT: &str =
    "InvalidParameterValue.VpnConnSpdCidrConflict";

/// VPN网关路由参数重复。
pub const INVALIDPARAMETERVALUE_VPNGATEWAYROUTEDUPLICATE: &str =
    "InvalidParameterValue.VpnGatewayRouteDuplicate";

/// 参数Zone的值与CDC所在Zone冲突。
pub const INVALIDPARAMETERVALUE_ZONECONFLICT: &str = "InvalidParameterValue.ZoneConflict";

/// ACL ID与ACL类型不匹配。
pub const INVALIDPARAMETER_ACLTYPEMISMATCH: &str = "InvalidParameter.AclTypeMismatch";

/// 参数不支持同时指定。
pub const INVALIDPARAMETER_COEXIST: &str = "InvalidParameter.Coexist";

/// 指定的两个参数冲突，不能同时存在。
pub const INVALIDPARAMETER_CONFLICT: &str = "InvalidParameter.Conflict";

/// 当前IP已在其他公网IP类型的流量镜像中使用。
pub const INVALIDPARAMETER_DUPLICATEDLBTRAFFICMIRRORCOLLECTORS: &str =
    "InvalidParameter.DuplicatedLbTrafficMirrorCollectors";

/// 指定过滤条件不存在。
pub const INVALIDPARAMETER_FILTERINVALIDKEY: &str = "InvalidParameter.FilterInvalidKey";

/// 指定过滤选项缺失
pub const INVALIDPARAMETER_FILTERMISSPARAMETER: &str = "InvalidParameter.FilterMissParameter";

/// 指定过滤条件不是键值对。
pub const INVALIDPARAMETER_FILTERNOTDICT: &str = "InvalidParameter.FilterNotDict";

/// 指定过滤选项值不是列表。
pub const INVALIDPARAMETER_FILTERVALUESNOTLIST: &str = "InvalidParameter.FilterValuesNotList";

/// 该过滤规则不合法。
pub const INVALIDPARAMETER_INVALIDFILTER: &str = "InvalidParameter.InvalidFilter";

/// 指定参数值不是预期的字典格式。
pub const INVALIDPARAMETER_INVALIDKEY: &str = "InvalidParameter.InvalidKey";

/// 子机与弹性网卡所属的CDC集群不一致。
pub const INVALIDPARAMETER_MISMATCHINSTANCEENICDC: &str = "InvalidParameter.MismatchInstanceEniCdc";

/// 下一跳类型与下一跳网关不匹配。
pub const INVALIDPARAMETER_NEXTHOPMISMATCH: &str = "InvalidParameter.NextHopMismatch";

/// 指定参数值不是键值对。
pub const INVALIDPARAMETER_NOTDICT: &str = "InvalidParameter.NotDict";

/// 指定参数值不是一个列表。
pub const INVALIDPARAMETER_NOTLIST: &str = "InvalidParameter.NotList";

/// 指定键值不是一个字符串型。
pub const INVALIDPARAMETER_NOTSTR: &str = "InvalidParameter.NotStr";

/// 当前公网IP所在的地区不支持流量采集。
pub const INVALIDPARAMETER_UNSUPPORTEDLBTRAFFICMIRRORAZ: &str =
    "InvalidParameter.UnsupportedLbTrafficMirrorAz";

/// 专线网关跨可用区容灾组不存在。
pub const INVALIDPARAMETER_VPGHAGROUPNOTFOUND: &str = "InvalidParameter.VpgHaGroupNotFound";

/// 指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。
pub const INVALIDPRIVATEIPADDRESS_ALREADYBINDEIP: &str = "InvalidPrivateIpAddress.AlreadyBindEip";

/// 无效的路由策略ID（RouteId）。
pub const INVALIDROUTEID_NOTFOUND: &str = "InvalidRouteId.NotFound";

/// 无效的路由表,路由表实例ID不合法。
pub const INVALIDROUTETABLEID_MALFORMED: &str = "InvalidRouteTableId.Malformed";

/// 无效的路由表,路由表资源不存在，请再次核实您输入的资源信息是否正确。
pub const INVALIDROUTETABLEID_NOTFOUND: &str = "InvalidRouteTableId.NotFound";

/// 无效的安全组,安全组实例ID不合法。
pub const INVALIDSECURITYGROUPID_MALFORMED: &str = "InvalidSecurityGroupID.Malformed";

/// 无效的安全组,安全组实例ID不存在。
pub const INVALIDSECURITYGROUPID_NOTFOUND: &str = "InvalidSecurityGroupID.NotFound";

/// 无效的VPC,VPC实例ID不合法。
pub const INVALIDVPCID_MALFORMED: &str = "InvalidVpcId.Malformed";

/// 无效的VPC,VPC资源不存在。
pub const INVALIDVPCID_NOTFOUND: &str = "InvalidVpcId.NotFound";

/// 无效的VPN网关,VPN实例ID不合法。
pub const INVALIDVPNGATEWAYID_MALFORMED: &str = "InvalidVpnGatewayId.Malformed";

/// 无效的VPN网关,VPN实例不存在，请再次核实您输入的资源信息是否正确。
pub const INVALIDVPNGATEWAYID_NOTFOUND: &str = "InvalidVpnGatewayId.NotFound";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 账号退还配额超过限制。
pub const LIMITEXCEEDED_ACCOUNTRETURNQUOTA: &str = "LimitExceeded.AccountReturnQuota";

/// 接口请求次数超过限频。
pub const LIMITEXCEEDED_ACTIONLIMITED: &str = "LimitExceeded.ActionLimited";

/// 分配IP地址数量达到上限。
pub const LIMITEXCEEDED_ADDRESS: &str = "LimitExceeded.Address";

/// 租户申请的弹性IP超过上限。
pub const LIMITEXCEEDED_ADDRESSQUOTALIMITEXCEEDED: &str = "LimitExceeded.AddressQuotaLimitExceeded";

/// 实例关联快照策略数量达到上限。
pub const LIMITEXCEEDED_ATTACHEDSNAPSHOTPOLICYEXCEEDED: &str =
    "LimitExceeded.AttachedSnapshotPolicyExceeded";

/// 带宽包配额超过限制。
pub const LIMITEXCEEDED_BANDWIDTHPACKAGEQUOTA: &str = "LimitExceeded.BandwidthPackageQuota";

/// 当前带宽包加入资源上限。
pub const LIMITEXCEEDED_BANDWIDTHPACKAGERESOURCEQUOTA: &str =
    "LimitExceeded.BandwidthPackageResourceQuota";

/// 云联网路由传播策略数量已达到上限。
pub const LIMITEXCEEDED_CCNROUTEBROADCASTPOLICY: &str = "LimitExceeded.CcnRouteBroadcastPolicy";

/// 云联网路由传播策略条件数量已达到上限。
pub const LIMITEXCEEDED_CCNROUTEBROADCASTPOLICYCOND: &str =
    "LimitExceeded.CcnRouteBroadcastPolicyCond";

/// 超过更换IP配额。
pub const LIMITEXCEEDED_CHANGEADDRESSQUOTA: &str = "LimitExceeded.ChangeAddressQuota";

/// VPC分配网段数量达到上限。
pub const LIMITEXCEEDED_CIDRBLOCK: &str = "LimitExceeded.CidrBlock";

/// 当前实例关联的云联网数量达到上限。
pub const LIMITEXCEEDED_CURRENTINSTANCEATTACHEDCCNINSTANCES: &str =
    "LimitExceeded.CurrentInstanceAttachedCcnInstances";

/// 租户每天申请的弹性IP超过上限。
pub const LIMITEXCEEDED_DAILYALLOCATEADDRESSQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.DailyAllocateAddressQuotaLimitExceeded";

/// 超过每日更换IP配额。
pub const LIMITEXCEEDED_DAILYCHANGEADDRESSQUOTA: &str = "LimitExceeded.DailyChangeAddressQuota";

/// 默认VPC数量已达到上限。
pub const LIMITEXCEEDED_DEFAULTVPCLIMITEXCEEDED: &str = "LimitExceeded.DefaultVpcLimitExceeded";

/// 弹性网卡的辅助内网IP数量超过上限。
pub const LIMITEXCEEDED_ENIPRIVATEIPLIMIT: &str = "LimitExceeded.EniPrivateIpLimit";

/// 实例绑定的弹性IP超过配额。
pub const LIMITEXCEEDED_INSTANCEADDRESSQUOTA: &str = "LimitExceeded.InstanceAddressQuota";

/// 修改地址网络计费模式配额超过限制。
pub const LIMITEXCEEDED_MODIFYADDRESSINTERNETCHARGETYPEQUOTA: &str =
    "LimitExceeded.ModifyAddressInternetChargeTypeQuota";

/// 每月地址找回配额超过限制。
pub const LIMITEXCEEDED_MONTHLYADDRESSRECOVERYQUOTA: &str =
    "LimitExceeded.MonthlyAddressRecoveryQuota";

/// NAT网关的DNAT转换规则数量已达到上限。
pub const LIMITEXCEEDED_NATGATEWAYDNATLIMITEXCEEDED: &str =
    "LimitExceeded.NatGatewayDnatLimitExceeded";

/// NAT网关数量已达到上限。
pub const LIMITEXCEEDED_NATGATEWAYLIMITEXCEEDED: &str = "LimitExceeded.NatGatewayLimitExceeded";

/// 私有网络创建的NAT网关超过上限。
pub const LIMITEXCEEDED_NATGATEWAYPERVPCLIMITEXCEEDED: &str =
    "LimitExceeded.NatGatewayPerVpcLimitExceeded";

/// VPC内创建的弹性网卡数量超过上限
pub const LIMITEXCEEDED_NETWORKINTERFACELIMITEXCEEDED: &str =
    "LimitExceeded.NetworkInterfaceLimitExceeded";

/// 过滤参数名称超过限制。
pub const LIMITEXCEEDED_NUMBEROFFILTERS: &str = "LimitExceeded.NumberOfFilters";

/// 私网NAT网关转换规则的访问控制规则数量达到上限。
pub const LIMITEXCEEDED_PRIVATENATTRANSLATIONACLRULE: &str =
    "LimitExceeded.PrivateNatTranslationAclRule";

/// 私网NAT网关的转换数量达到上限。
pub const LIMITEXCEEDED_PRIVATENATTRANSLATIONNATRULE: &str =
    "LimitExceeded.PrivateNatTranslationNatRule";

/// NAT网关绑定的弹性IP超过上限。
pub const LIMITEXCEEDED_PUBLICIPADDRESSPERNATGATEWAYLIMITEXCEEDED: &str =
    "LimitExceeded.PublicIpAddressPerNatGatewayLimitExceeded";

/// 安全组规则数量超过上限。
pub const LIMITEXCEEDED_SECURITYGROUPPOLICYSET: &str = "LimitExceeded.SecurityGroupPolicySet";

/// SSL-VPN客户端个数大于SSL-VPN-SERVER客户端地址池能够分配的个数。
pub const LIMITEXCEEDED_SSLVPNCLIENTLIMITEXCEEDED: &str = "LimitExceeded.SslVpnClientLimitExceeded";

/// 子网分配子网段数量达到上限。
pub const LIMITEXCEEDED_SUBNETCIDRBLOCK: &str = "LimitExceeded.SubnetCidrBlock";

/// 标签键已达到上限。
pub const LIMITEXCEEDED_TAGKEYEXCEEDED: &str = "LimitExceeded.TagKeyExceeded";

/// 每个资源的标签键已达到上限。
pub const LIMITEXCEEDED_TAGKEYPERRESOURCEEXCEEDED: &str = "LimitExceeded.TagKeyPerResourceExceeded";

/// 没有足够的标签配额。
pub const LIMITEXCEEDED_TAGNOTENOUGHQUOTA: &str = "LimitExceeded.TagNotEnoughQuota";

/// 标签配额已满，无法创建资源。
pub const LIMITEXCEEDED_TAGQUOTA: &str = "LimitExceeded.TagQuota";

/// 标签配额已达到上限。
pub const LIMITEXCEEDED_TAGQUOTAEXCEEDED: &str = "LimitExceeded.TagQuotaExceeded";

/// 标签键的数目已达到上限。
pub const LIMITEXCEEDED_TAGTAGSEXCEEDED: &str = "LimitExceeded.TagTagsExceeded";

/// 流量包配额超过限制。
pub const LIMITEXCEEDED_TRAFFICPACKAGEQUOTA: &str = "LimitExceeded.TrafficPackageQuota";

/// 有效的对等个数超过配额上限。
pub const LIMITEXCEEDED_VPCPEERAVALIMITEXCEEDED: &str = "LimitExceeded.VpcPeerAvaLimitExceeded";

/// 可创建的对等连接个数超过总上限。
pub const LIMITEXCEEDED_VPCPEERTOTALLIMITEXCEEDED: &str = "LimitExceeded.VpcPeerTotalLimitExceeded";

/// VPN网关:`%(value)s`创建的路由条目数超过上限：`%(limit)s`。
pub const LIMITEXCEEDED_VPNGATEWAYROUTESLIMITEXCEEDED: &str =
    "LimitExceeded.VpnGatewayRoutesLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少多个参数错误
pub const MISSINGPARAMETER_MULTIMISSINGPARAMETER: &str = "MissingParameter.MultiMissingParameter";

/// EIP实例开启了删除保护开关。
pub const OPERATIONDENIED_ADDRESSDELETIONPROTECTIONENABLED: &str =
    "OperationDenied.AddressDeletionProtectionEnabled";

/// 指定公网IP处于隔离状态。
pub const OPERATIONDENIED_ADDRESSINARREARS: &str = "OperationDenied.AddressInArrears";

/// 互斥的任务正在执行。
pub const OPERATIONDENIED_MUTEXTASKRUNNING: &str = "OperationDenied.MutexTaskRunning";

/// 资源业务带宽超过防误操作检测阈值。
pub const OPERATIONDENIED_TRAFFICEXCEEDTHRESHOLD: &str = "OperationDenied.TrafficExceedThreshold";

/// 资源在防误操作检测期间流量验证失败。
pub const OPERATIONDENIED_TRAFFICVALIDATIONFAILED: &str = "OperationDenied.TrafficValidationFailed";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 网段资源不足。
pub const RESOURCEINSUFFICIENT_CIDRBLOCK: &str = "ResourceInsufficient.CidrBlock";

/// 指定实例类型已售罄。
pub const RESOURCEINSUFFICIENT_INSTANCE: &str = "ResourceInsufficient.Instance";

/// 子网IP资源不足, 无法分配IP。
pub const RESOURCEINSUFFICIENT_SUBNET: &str = "ResourceInsufficient.Subnet";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 指定IP地址已经在使用中。
pub const RESOURCEINUSE_ADDRESS: &str = "ResourceInUse.Address";

/// 当前NAT实例已关联云防火墙，不可删除。
pub const RESOURCEINUSE_NATUSEDBYCFW: &str = "ResourceInUse.NatUsedByCFW";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// Svc不存在。
pub const RESOURCENOTFOUND_SVCNOTEXIST: &str = "ResourceNotFound.SvcNotExist";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 专线网关所在VPC未创建IPv6 CIDR，专线网关无法开启IPv6功能
pub const RESOURCEUNAVAILABLE_DCGIPV6NEEDVPCCREATEIPV6CIDR: &str =
    "ResourceUnavailable.DcgIpv6NeedVpcCreateIPv6Cidr";

/// 获取CDC IDC VIP失败.
pub const RESOURCEUNAVAILABLE_FAILEDGETCDCIDCVIP: &str = "ResourceUnavailable.FailedGetCdcIdcVip";

/// 当前用户不在指定终端节点服务的白名单内。
pub const RESOURCEUNAVAILABLE_SERVICEWHITELISTNOTADDED: &str =
    "ResourceUnavailable.ServiceWhiteListNotAdded";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 无权限申请AnycastEip资源。
pub const UNAUTHORIZEDOPERATION_ANYCASTEIP: &str = "UnauthorizedOperation.AnycastEip";

/// 绑定关系不存在。
pub const UNAUTHORIZEDOPERATION_ATTACHMENTNOTFOUND: &str =
    "UnauthorizedOperation.AttachmentNotFound";

/// 未授权的用户。
pub const UNAUTHORIZEDOPERATION_INVALIDACCOUNT: &str = "UnauthorizedOperation.InvalidAccount";

/// 该操作已经被配置为拦截事件的拦截对象，请前往事件中心管理页查询处理。
pub const UNAUTHORIZEDOPERATION_NEEDAPPROVAL: &str = "UnauthorizedOperation.NeedApproval";

/// 账号未实名。
pub const UNAUTHORIZEDOPERATION_NOREALNAMEAUTHENTICATION: &str =
    "UnauthorizedOperation.NoRealNameAuthentication";

/// 主IP不支持指定操作。
pub const UNAUTHORIZEDOPERATION_PRIMARYIP: &str = "UnauthorizedOperation.PrimaryIp";

/// 对等连接本端VPC与对端VPC存在CIDR冲突,或一端与已建立的对等连接某一端冲突。
pub const UNAUTHORIZEDOPERATION_VPCPEERCIDRCONFLICT: &str =
    "UnauthorizedOperation.VpcPeerCidrConflict";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 参数无法识别，可以尝试相似参数代替。
pub const UNKNOWNPARAMETER_WITHGUESS: &str = "UnknownParameter.WithGuess";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 不支持的账户。
pub const UNSUPPORTEDOPERATION_ACCOUNTNOTSUPPORTED: &str =
    "UnsupportedOperation.AccountNotSupported";

/// 接口不存在。
pub const UNSUPPORTEDOPERATION_ACTIONNOTFOUND: &str = "UnsupportedOperation.ActionNotFound";

/// 欠费状态不支持该操作。
pub const UNSUPPORTEDOPERATION_ADDRESSIPINARREAR: &str = "UnsupportedOperation.AddressIpInArrear";

/// 此付费模式的IP地址不支持该操作。
pub const UNSUPPORTEDOPERATION_ADDRESSIPINTERNETCHARGETYPENOTPERMIT: &str =
    "UnsupportedOperation.AddressIpInternetChargeTypeNotPermit";

/// 绑定此实例的IP地址不支持该操作。
pub const UNSUPPORTEDOPERATION_ADDRESSIPNOTSUPPORTINSTANCE: &str =
    "UnsupportedOperation.AddressIpNotSupportInstance";

/// 此IP地址状态不支持该操作。
pub const UNSUPPORTEDOPERATION_ADDRESSIPSTATUSNOTPERMIT: &str =
    "UnsupportedOperation.AddressIpStatusNotPermit";

/// 该地址状态不支持此操作。
pub const UNSUPPORTEDOPERATION_ADDRESSSTATUSNOTPERMIT: &str =
    "UnsupportedOperation.AddressStatusNotPermit";

/// 资源不在指定的AppId下。
pub const UNSUPPORTEDOPERATION_APPIDMISMATCH: &str = "UnsupportedOperation.AppIdMismatch";

/// APPId不存在。
pub const UNSUPPORTEDOPERATION_APPIDNOTFOUND: &str = "UnsupportedOperation.AppIdNotFound";

/// CCN关联的其他vpc已经存在nat的路由
pub const UNSUPPORTEDOPERATION_ASSOCIATEDVPCOFCCNHADNATROUTE: &str =
    "UnsupportedOperation.AssociatedVpcOfCcnHadNatRoute";

/// 绑定关系已存在。
pub const UNSUPPORTEDOPERATION_ATTACHMENTALREADYEXISTS: &str =
    "UnsupportedOperation.AttachmentAlreadyExists";

/// 绑定关系不存在。
pub const UNSUPPORTEDOPERATION_ATTACHMENTNOTFOUND: &str = "UnsupportedOperation.AttachmentNotFound";

/// 当前云联网还有预付费带宽未到期，不支持主动删除。
pub const UNSUPPORTEDOPERATION_BANDWIDTHNOTEXPIRED: &str =
    "UnsupportedOperation.BandwidthNotExpired";

/// 该带宽包不支持此操作。
pub const UNSUPPORTEDOPERATION_BANDWIDTHPACKAGEIDNOTSUPPORTED: &str =
    "UnsupportedOperation.BandwidthPackageIdNotSupported";

/// 创建带宽地域信息冲突。
pub const UNSUPPORTEDOPERATION_BANDWIDTHREGIONINFOCONFLICT: &str =
    "UnsupportedOperation.BandwidthRegionInfoConflict";

/// 抱歉，您的操作暂时无法完成，请稍后重试或联系客服。
pub const UNSUPPORTEDOPERATION_BILLINGFAILED: &str = "UnsupportedOperation.BillingFailed";

/// 绑定了防火墙，请先到防火墙页面解绑。
pub const UNSUPPORTEDOPERATION_BINDCLOUDFIREWALL: &str = "UnsupportedOperation.BindCloudFirewall";

/// 已绑定EIP。
pub const UNSUPPORTEDOPERATION_BINDEIP: &str = "UnsupportedOperation.BindEIP";

/// 资源在BPAAS审批中。
pub const UNSUPPORTEDOPERATION_BPAASRESOURCES: &str = "UnsupportedOperation.BpaasResources";

/// 添加 community 时，传播条件只支持 vpg 实例
pub const UNSUPPORTEDOPERATION_BROADCASTCONDITIONMUSTBEVPGINSTANCE: &str =
    "UnsupportedOperation.BroadcastConditionMustBeVpgInstance";

/// 添加 community 时，传播条件只支持 vpg 类型或 vpg 实例
pub const UNSUPPORTEDOPERATION_BROADCASTCONDITIONMUSTBEVPGTYPEORVPGINSTANCE: &str =
    "UnsupportedOperation.BroadcastConditionMustBeVpgTypeOrVpgInstance";

/// 路由表选择策略不支持默认路由表。
pub const UNSUPPORTEDOPERATION_CANNOTASSIGNDEFAULTROUTETABLE: &str =
    "UnsupportedOperation.CanNotAssignDefaultRouteTable";

/// 实例已关联CCN。
pub const UNSUPPORTEDOPERATION_CCNATTACHED: &str = "UnsupportedOperation.CcnAttached";

/// 云联网实例不支持跨账号关联。
pub const UNSUPPORTEDOPERATION_CCNCROSSACCOUNT: &str = "UnsupportedOperation.CcnCrossAccount";

/// 云联网默认路由表不支持设置路由接收策略
pub const UNSUPPORTEDOPERATION_CCNDEFAULTRTBROUTE: &str = "UnsupportedOperation.CcnDefaultRTBRoute";

/// 当前云联网有流日志，不支持删除。
pub const UNSUPPORTEDOPERATION_CCNHASFLOWLOG: &str = "UnsupportedOperation.CcnHasFlowLog";

/// CCN实例所属账号未通过联通审批。
pub const UNSUPPORTEDOPERATION_CCNINSTANCEACCOUNTNOTAPPROVEDBYUNICOM: &str =
    "UnsupportedOperation.CcnInstanceAccountNotApprovedByUnicom";

/// 云联网关联实例绑定了策略路由下一跳，不允许解关联，需要先解绑策略路由下一跳
pub const UNSUPPORTEDOPERATION_CCNINSTANCEHASBOUNDPOLICYROUTENEXTHOPNOTALLOWEDDETACH: &str =
    "UnsupportedOperation.CcnInstanceHasBoundPolicyRouteNextHopNotAllowedDetach";

/// 云联网关联实例绑定了策略路由规则，不允许解关联，需要先解绑策略路由规则
pub const UNSUPPORTEDOPERATION_CCNINSTANCEHASBOUNDPOLICYROUTERULENOTALLOWEDDETACH: &str =
    "UnsupportedOperation.CcnInstanceHasBoundPolicyRouteRuleNotAllowedDetach";

/// 云联网开启ipv6不支持创建多路由表
pub const UNSUPPORTEDOPERATION_CCNIPV6NOTSUPPORTMULTIPLEROUTETABLE: &str =
    "UnsupportedOperation.CcnIpv6NotSupportMultipleRouteTable";

/// 实例未关联CCN。
pub const UNSUPPORTEDOPERATION_CCNNOTATTACHED: &str = "UnsupportedOperation.CcnNotAttached";

/// 当前云联网未开启路由传播和接收策略。
pub const UNSUPPORTEDOPERATION_CCNNOTENABLEBROADCASTANDINPUTPOLICY: &str =
    "UnsupportedOperation.CcnNotEnableBroadcastAndInputPolicy";

/// 当前云联网未开启路由传播策略。
pub const UNSUPPORTEDOPERATION_CCNNOTENABLEBROADCASTPOLICY: &str =
    "UnsupportedOperation.CcnNotEnableBroadcastPolicy";

/// 添加 community 时，vpg 需要开通传播 community 白名单
pub const UNSUPPORTEDOPERATION_CCNNOTENABLECOMMUNITY: &str =
    "UnsupportedOperation.CcnNotEnableCommunity";

/// 未开启CCN AsPathAndCommunityFlag
pub const UNSUPPORTEDOPERATION_CCNNOTENABLEPOLICYASPATHANDCOMMUNITYFLAG: &str =
    "UnsupportedOperation.CcnNotEnablePolicyAsPathAndCommunityFlag";

/// 未开启云联网AsPath策略值功能
pub const UNSUPPORTEDOPERATION_CCNNOTENABLEPOLICYASPATHFLAG: &str =
    "UnsupportedOperation.CcnNotEnablePolicyAsPathFlag";

/// 云联网未开启策略路由开关
pub const UNSUPPORTEDOPERATION_CCNNOTENABLEPOLICYBASEDROUTINGFLAG: &str =
    "UnsupportedOperation.CcnNotEnablePolicyBasedRoutingFlag";

/// 未开启云联网Community策略值功能
pub const UNSUPPORTEDOPERATION_CCNNOTENABLEPOLICYCOMMUNITYFLAG: &str =
    "UnsupportedOperation.CcnNotEnablePolicyCommunityFlag";

/// 跨账号场景下不支持自驾云账号实例 关联普通账号云联网。
pub const UNSUPPORTEDOPERATION_CCNORDINARYACCOUNTREFUSEATTACH: &str =
    "UnsupportedOperation.CcnOrdinaryAccountRefuseAttach";

/// 拒绝行为不支持传递策略值参数
pub const UNSUPPORTEDOPERATION_CCNPOLICYDROPACTIONNOTSUPPORTOPERATEPARAM: &str =
    "UnsupportedOperation.CcnPolicyDropActionNotSupportOperateParam";

/// OperateSet和OperateMode必须同时传递
pub const UNSUPPORTEDOPERATION_CCNPOLICYOPERATESETANDMODEMUSTHAVEBOTH: &str =
    "UnsupportedOperation.CcnPolicyOperateSetAndModeMustHaveBoth";

/// 云联网策略路由非VPC实例类型不支持配置下一跳资源
pub const UNSUPPORTEDOPERATION_CCNROUTEBASEDROUTEINGNOVPCTYPENOTSUPPORTCONFIGNEXTHOPRESOURCE: &str =
    "UnsupportedOperation.CcnRouteBasedRouteingNoVpcTypeNotSupportConfigNextHopResource";

/// 当前路由与已有路由的CIDR重叠，仅能开启其中一条路由。
pub const UNSUPPORTEDOPERATION_CCNROUTECIDROVERLAP: &str =
    "UnsupportedOperation.CcnRouteCidrOverlap";

/// 云联网路由重叠功能不支持关闭
pub const UNSUPPORTEDOPERATION_CCNROUTEOVERLAPFLAGDISABLENOTSUPPORTED: &str =
    "UnsupportedOperation.CcnRouteOverlapFlagDisableNotSupported";

/// 指定的路由表不存在。
pub const UNSUPPORTEDOPERATION_CCNROUTETABLENOTEXIST: &str =
    "UnsupportedOperation.CcnRouteTableNotExist";

/// 流量计量类型云联网暂不支持跨境
pub const UNSUPPORTEDOPERATION_CCNTRAFFICMETERINGUNABLECROSSBORDER: &str =
    "UnsupportedOperation.CcnTrafficMeteringUnableCrossBorder";

/// CDC CCN不支持路由选择策略。
pub const UNSUPPORTEDOPERATION_CDCCCNNOTSUPPORTROUTETABLESELECTIONPOLICIES: &str =
    "UnsupportedOperation.CdcCcnNotSupportRouteTableSelectionPolicies";

/// 配置Cdc子网发布前需要先设置VPC属性CdcId。
pub const UNSUPPORTEDOPERATION_CDCPUBLISHNEEDCDCID: &str =
    "UnsupportedOperation.CdcPublishNeedCdcId";

/// CDC子网不支持创建非本地网关类型的路由。
pub const UNSUPPORTEDOPERATION_CDCSUBNETNOTSUPPORTUNLOCALGATEWAY: &str =
    "UnsupportedOperation.CdcSubnetNotSupportUnLocalGateway";

/// VPG型的CDC网关不存在。
pub const UNSUPPORTEDOPERATION_CDCVPGNOTEXISTS: &str = "UnsupportedOperation.CdcVpgNotExists";

/// 指定VPC CIDR范围不支持私有网络和基础网络设备互通。
pub const UNSUPPORTEDOPERATION_CIDRUNSUPPORTEDCLASSICLINK: &str =
    "UnsupportedOperation.CIDRUnSupportedClassicLink";

/// 实例已经和VPC绑定。
pub const UNSUPPORTEDOPERATION_CLASSICINSTANCEIDALREADYEXISTS: &str =
    "UnsupportedOperation.ClassicInstanceIdAlreadyExists";

/// 负载均衡的安全组规则已达到上限。
pub const UNSUPPORTEDOPERATION_CLBPOLICYEXCEEDLIMIT: &str =
    "UnsupportedOperation.ClbPolicyExceedLimit";

/// 公网Clb不支持该规则。
pub const UNSUPPORTEDOPERATION_CLBPOLICYLIMIT: &str = "UnsupportedOperation.ClbPolicyLimit";

/// 与该VPC下的TKE容器的网段重叠。
pub const UNSUPPORTEDOPERATION_CONFLICTWITHDOCKERROUTE: &str =
    "UnsupportedOperation.ConflictWithDockerRoute";

/// 当前账号不允许创建服务质量：铜云联网。
pub const UNSUPPORTEDOPERATION_COPPERCCNNOTSUPPORTEDCREATE: &str =
    "UnsupportedOperation.CopperCcnNotSupportedCreate";

/// 服务质量：铜云联网仅支持创建预付费模式。
pub const UNSUPPORTEDOPERATION_COPPERCCNSUPPORTEDPREPAID: &str =
    "UnsupportedOperation.CopperCcnSupportedPrepaid";

/// 当前账号非联通账号。
pub const UNSUPPORTEDOPERATION_CURRENTACCOUNTISNOTUNICOMACCOUNT: &str =
    "UnsupportedOperation.CurrentAccountIsNotUnicomAccount";

/// 当前查询地域非跨境。
pub const UNSUPPORTEDOPERATION_CURRENTQUERYREGIONISNOTCROSSBORDER: &str =
    "UnsupportedOperation.CurrentQueryRegionIsNotCrossBorder";

/// 当前操作不支持创建Ivp6类型对端网关。
pub const UNSUPPORTEDOPERATION_CUSTOMERGATEWAYIPV6: &str =
    "UnsupportedOperation.CustomerGatewayIpv6";

/// 该专线网关存在关联的NAT规则，不允许删除，请先删调所有的NAT规则。
pub const UNSUPPORTEDOPERATION_DCGATEWAYNATRULEEXISTS: &str =
    "UnsupportedOperation.DCGatewayNatRuleExists";

/// 指定的VPC未发现专线网关。
pub const UNSUPPORTEDOPERATION_DCGATEWAYSNOTFOUNDINVPC: &str =
    "UnsupportedOperation.DcGatewaysNotFoundInVpc";

/// 当前专线网关有流日志，不支持删除。
pub const UNSUPPORTEDOPERATION_DCGHASFLOWLOG: &str = "UnsupportedOperation.DcgHasFlowLog";

/// 禁止删除默认路由表。
pub const UNSUPPORTEDOPERATION_DELDEFAULTROUTE: &str = "UnsupportedOperation.DelDefaultRoute";

/// 当前云联网存在二层加速通道不支持删除。
pub const UNSUPPORTEDOPERATION_DELETECCNEXISTCCNEXPRESSCONNECT: &str =
    "UnsupportedOperation.DeleteCcnExistCcnExpressConnect";

/// VPN通道状态为更新中/销毁中/创建中，不支持此操作。
pub const UNSUPPORTEDOPERATION_DELETEVPNCONNINVALIDSTATE: &str =
    "UnsupportedOperation.DeleteVpnConnInvalidState";

/// NAT网关已开启删除保护，不允许删除
pub const UNSUPPORTEDOPERATION_DELETIONPROTECTIONENABLED: &str =
    "UnsupportedOperation.DeletionProtectionEnabled";

/// 发货失败。
pub const UNSUPPORTEDOPERATION_DELIVERYFAILED: &str = "UnsupportedOperation.DeliveryFailed";

/// 禁止删除已关联子网的路由表。
pub const UNSUPPORTEDOPERATION_DELROUTEWITHSUBNET: &str = "UnsupportedOperation.DelRouteWithSubnet";

/// 专线网关正在更新BGP Community属性。
pub const UNSUPPORTEDOPERATION_DIRECTCONNECTGATEWAYISUPDATINGCOMMUNITY: &str =
    "UnsupportedOperation.DirectConnectGatewayIsUpdatingCommunity";

/// 指定的路由策略已发布至云联网，请先撤销。
pub const UNSUPPORTEDOPERATION_DISABLEDNOTIFYCCN: &str = "UnsupportedOperation.DisabledNotifyCcn";

/// 创建DPDK NAT流日志时，采集类型只支持全部。
pub const UNSUPPORTEDOPERATION_DPDKNATFLOWLOGONLYSUPPORTALLTRAFFICTYPE: &str =
    "UnsupportedOperation.DpdkNatFlowLogOnlySupportAllTrafficType";

/// 安全组规则重复。
pub const UNSUPPORTEDOPERATION_DUPLICATEPOLICY: &str = "UnsupportedOperation.DuplicatePolicy";

/// 不支持ECMP。
pub const UNSUPPORTEDOPERATION_ECMP: &str = "UnsupportedOperation.Ecmp";

/// 和云联网的路由形成ECMP。
pub const UNSUPPORTEDOPERATION_ECMPWITHCCNROUTE: &str = "UnsupportedOperation.EcmpWithCcnRoute";

/// 和用户自定义的路由形成ECMP。
pub const UNSUPPORTEDOPERATION_ECMPWITHUSERROUTE: &str = "UnsupportedOperation.EcmpWithUserRoute";

/// 当前地域不支持启用组播。
pub const UNSUPPORTEDOPERATION_ENABLEMULTICAST: &str = "UnsupportedOperation.EnableMulticast";

/// 开启了多份带宽，不支持关闭流量调度策略功能。
pub const UNSUPPORTEDOPERATION_ENABLEMULTICCNBANDWIDTH: &str =
    "UnsupportedOperation.EnableMultiCcnBandwidth";

/// 终端节点需要先解绑 GWLB EIP。
pub const UNSUPPORTEDOPERATION_ENDPOINTHADGWLBEIPUNASSOCIATE: &str =
    "UnsupportedOperation.EndPointHadGwlbEipUnassociate";

/// 终端节点和终端节点服务的CdcId不一致。
pub const UNSUPPORTEDOPERATION_ENDPOINTMISMATCHENDPOINTSERVICECDCID: &str =
    "UnsupportedOperation.EndPointMismatchEndPointServiceCdcId";

/// 终端节点服务本身不能是终端节点。
pub const UNSUPPORTEDOPERATION_ENDPOINTSERVICE: &str = "UnsupportedOperation.EndPointService";

/// 终端节点服务负载均衡类型不为内网负载均衡。
pub const UNSUPPORTEDOPERATION_ENDPOINTSERVICELOADBALANCERINVALIDTYPE: &str =
    "UnsupportedOperation.EndPointServiceLoadBalancerInvalidType";

/// 网卡类型不支持删除保护。
pub const UNSUPPORTEDOPERATION_ENINOTSUPPORTTERMINATIONPROTECTION: &str =
    "UnsupportedOperation.EniNotSupportTerminationProtection";

/// 资源为托管弹性网卡，不可操作。
pub const UNSUPPORTEDOPERATION_ENISERVICEMANAGED: &str = "UnsupportedOperation.EniServiceManaged";

/// 存在云联网自定义路由表不允许删除该云联网
pub const UNSUPPORTEDOPERATION_EXISTCCNCUSTOMROUTETABLESNOTSUPPORTDELETECCN: &str =
    "UnsupportedOperation.ExistCcnCustomRouteTablesNotSupportDeleteCcn";

/// 存在云联网关联实例不允许删除云联网
pub const UNSUPPORTEDOPERATION_EXISTCCNINSTANCESNOTSUPPORTDELETECCN: &str =
    "UnsupportedOperation.ExistCcnInstancesNotSupportDeleteCcn";

/// 存在路由匹配规则，不支持关闭流量调度策略功能。
pub const UNSUPPORTEDOPERATION_EXISTCCNROUTEMATCHRULE: &str =
    "UnsupportedOperation.ExistCcnRouteMatchRule";

/// 已配置固定带宽不允许操作。
pub const UNSUPPORTEDOPERATION_EXISTFIXEDBANDWIDTHLIMITS: &str =
    "UnsupportedOperation.ExistFixedBandwidthLimits";

/// 存在非默认流量调度策略，不支持关闭流量调度策略功能。
pub const UNSUPPORTEDOPERATION_EXISTTRAFFICQOSPOLICY: &str =
    "UnsupportedOperation.ExistTrafficQosPolicy";

/// 指定ResourceId对应的流日志已经创建
pub const UNSUPPORTEDOPERATION_FLOWLOGINSTANCEEXISTED: &str =
    "UnsupportedOperation.FlowLogInstanceExisted";

/// 不支持创建流日志：当前弹性网卡绑定的是KO机型。
pub const UNSUPPORTEDOPERATION_FLOWLOGSNOTSUPPORTKOINSTANCEENI: &str =
    "UnsupportedOperation.FlowLogsNotSupportKoInstanceEni";

/// 不支持创建流日志：当前弹性网卡未绑定实例。
pub const UNSUPPORTEDOPERATION_FLOWLOGSNOTSUPPORTNULLINSTANCEENI: &str =
    "UnsupportedOperation.FlowLogsNotSupportNullInstanceEni";

/// GUA类型的网段不支持分配给CDC子网。
pub const UNSUPPORTEDOPERATION_GUANOTSUPPORTALLOCATECDCSUBNET: &str =
    "UnsupportedOperation.GUANotSupportAllocateCdcSubnet";

/// 非DPDK集群类型的GWLB不支持创建策略路由下一跳
pub const UNSUPPORTEDOPERATION_GWLBCLUSTERTYPENOTDPDKNOTSUPPORTCREATE: &str =
    "UnsupportedOperation.GwlbClusterTypeNotDpdkNotSupportCreate";

/// 指定的客户令牌已经被使用。
pub const UNSUPPORTEDOPERATION_IDEMPOTENTPARAMETERMISMATCH: &str =
    "UnsupportedOperation.IdempotentParameterMismatch";

/// 先前的幂等请求仍在处理中，请稍后重试。
pub const UNSUPPORTEDOPERATION_IDEMPOTENTPROCESSING: &str =
    "UnsupportedOperation.IdempotentProcessing";

/// 该种类型地址不支持此操作。
pub const UNSUPPORTEDOPERATION_INCORRECTADDRESSRESOURCETYPE: &str =
    "UnsupportedOperation.IncorrectAddressResourceType";

/// 用户配置的实例和路由表不匹配。
pub const UNSUPPORTEDOPERATION_INSTANCEANDRTBNOTMATCH: &str =
    "UnsupportedOperation.InstanceAndRtbNotMatch";

/// 实例在Havip漂移范围内，需要先解绑定关联。
pub const UNSUPPORTEDOPERATION_INSTANCEASSOCIATEHAVIP: &str =
    "UnsupportedOperation.InstanceAssociateHavip";

/// 当前云联网`%(value)s`的CdcId与传入实例的CdcId不一致，不支持关联。
pub const UNSUPPORTEDOPERATION_INSTANCECDCIDNOTMATCHCCNCDCID: &str =
    "UnsupportedOperation.InstanceCdcIdNotMatchCcnCdcId";

/// 指定实例资源不匹配。
pub const UNSUPPORTEDOPERATION_INSTANCEMISMATCH: &str = "UnsupportedOperation.InstanceMismatch";

/// 路由表选择策略配置的实例不存在。
pub const UNSUPPORTEDOPERATION_INSTANCENOTEXIST: &str = "UnsupportedOperation.InstanceNotExist";

/// 跨账号场景下不支持普通账号实例关联自驾云账号云联网。
pub const UNSUPPORTEDOPERATION_INSTANCEORDINARYACCOUNTREFUSEATTACH: &str =
    "UnsupportedOperation.InstanceOrdinaryAccountRefuseAttach";

/// 该地址绑定的实例状态不支持此操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATENOTSUPPORTED: &str =
    "UnsupportedOperation.InstanceStateNotSupported";

/// 子机在关机不收费状态下不支持绑定EIP。
pub const UNSUPPORTEDOPERATION_INSTANCESTATUSNOTPERMIT: &str =
    "UnsupportedOperation.InstanceStatusNotPermit";

/// 账户余额不足。
pub const UNSUPPORTEDOPERATION_INSUFFICIENTFUNDS: &str = "UnsupportedOperation.InsufficientFunds";

/// 至少需要两个运营商
pub const UNSUPPORTEDOPERATION_INSUFFICIENTINTERNETSERVICEPROVIDERS: &str =
    "UnsupportedOperation.InsufficientInternetServiceProviders";

/// 不支持该操作。
pub const UNSUPPORTEDOPERATION_INVALIDACTION: &str = "UnsupportedOperation.InvalidAction";

/// 该地址的网络付费方式不支持此操作。
pub const UNSUPPORTEDOPERATION_INVALIDADDRESSINTERNETCHARGETYPE: &str =
    "UnsupportedOperation.InvalidAddressInternetChargeType";

/// 该地址状态不支持此操作。
pub const UNSUPPORTEDOPERATION_INVALIDADDRESSSTATE: &str =
    "UnsupportedOperation.InvalidAddressState";

/// 无效的实例状态。
pub const UNSUPPORTEDOPERATION_INVALIDINSTANCESTATE: &str =
    "UnsupportedOperation.InvalidInstanceState";

/// 该计费方式不支持此操作。
pub const UNSUPPORTEDOPERATION_INVALIDRESOURCEINTERNETCHARGETYPE: &str =
    "UnsupportedOperation.InvalidResourceInternetChargeType";

/// 不支持加入此协议的带宽包。
pub const UNSUPPORTEDOPERATION_INVALIDRESOURCEPROTOCOL: &str =
    "UnsupportedOperation.InvalidResourceProtocol";

/// 资源状态不合法。
pub const UNSUPPORTEDOPERATION_INVALIDSTATE: &str = "UnsupportedOperation.InvalidState";

/// 当前状态不支持发布至云联网，请重试。
pub const UNSUPPORTEDOPERATION_INVALIDSTATUSNOTIFYCCN: &str =
    "UnsupportedOperation.InvalidStatusNotifyCcn";

/// TGW还没有投放IPv6网段
pub const UNSUPPORTEDOPERATION_IPV6CIDRNOTDEPLOYED: &str =
    "UnsupportedOperation.IPV6CidrNotDeployed";

/// 不支持IPV6。
pub const UNSUPPORTEDOPERATION_IPV6NOTSUPPORT: &str = "UnsupportedOperation.Ipv6NotSupport";

/// Ipv6不支持Bgp，不支持携带Bgp相关参数。
pub const UNSUPPORTEDOPERATION_IPV6NOTSUPPORTBGP: &str = "UnsupportedOperation.Ipv6NotSupportBgp";

/// 关联当前云联网的实例的账号存在不是金融云账号。
pub const UNSUPPORTEDOPERATION_ISNOTFINANCEACCOUNT: &str =
    "UnsupportedOperation.IsNotFinanceAccount";

/// 该ISP不支持此操作。
pub const UNSUPPORTEDOPERATION_ISPNOTSUPPORTED: &str = "UnsupportedOperation.IspNotSupported";

/// 需要先解绑 IDC通道
pub const UNSUPPORTEDOPERATION_LDCXDISASSOCIATE: &str = "UnsupportedOperation.LDCXDisassociate";

/// 指定的CDC已存在本地网关。
pub const UNSUPPORTEDOPERATION_LOCALGATEWAYALREADYEXISTS: &str =
    "UnsupportedOperation.LocalGatewayAlreadyExists";

/// 资源被锁定。
pub const UNSUPPORTEDOPERATION_LOCKEDRESOURCES: &str = "UnsupportedOperation.LockedResources";

/// 账户不支持修改公网IP的该属性。
pub const UNSUPPORTEDOPERATION_MODIFYADDRESSATTRIBUTE: &str =
    "UnsupportedOperation.ModifyAddressAttribute";

/// 存在多个主IP地址。
pub const UNSUPPORTEDOPERATION_MULTIPLEPRIMARYIPADDRESS: &str =
    "UnsupportedOperation.MultiplePrimaryIpAddress";

/// VPC实例内部有账号纬度的IPv6白名单，不支持关联多云联网。
pub const UNSUPPORTEDOPERATION_MULTIPLEVPCNOTSUPPORTATTACHACCOUNTHASIPV6: &str =
    "UnsupportedOperation.MultipleVpcNotSupportAttachAccountHasIpv6";

/// 资源互斥操作任务正在执行。
pub const UNSUPPORTEDOPERATION_MUTEXOPERATIONTASKRUNNING: &str =
    "UnsupportedOperation.MutexOperationTaskRunning";

/// 传统型NAT网关暂不支持同时创建DNAT规则和开通流日志功能。
pub const UNSUPPORTEDOPERATION_NATGATEWAYDNATANDFLOWLOGCONFLICT: &str =
    "UnsupportedOperation.NatGatewayDnatAndFlowLogConflict";

/// NAT网关的公网IP不存在。
pub const UNSUPPORTEDOPERATION_NATGATEWAYEIPNOTEXISTS: &str =
    "UnsupportedOperation.NatGatewayEipNotExists";

/// NAT网关存在未解绑的IP。
pub const UNSUPPORTEDOPERATION_NATGATEWAYHADEIPUNASSOCIATE: &str =
    "UnsupportedOperation.NatGatewayHadEipUnassociate";

/// NAT网关最近流量“出/入带宽”峰值取大超过检测带宽阈值。
pub const UNSUPPORTEDOPERATION_NATGATEWAYHAVEHIGHTRAFFIC: &str =
    "UnsupportedOperation.NatGatewayHaveHighTraffic";

/// NAT网关存在路由。
pub const UNSUPPORTEDOPERATION_NATGATEWAYHAVEROUTE: &str =
    "UnsupportedOperation.NatGatewayHaveRoute";

/// NAT网关存在路由和最近流量“出/入带宽”峰值取大超过检测带宽阈值。
pub const UNSUPPORTEDOPERATION_NATGATEWAYHAVEROUTEANDHIGHTRAFFIC: &str =
    "UnsupportedOperation.NatGatewayHaveRouteAndHighTraffic";

/// NAT实例正在使用流量镜像
pub const UNSUPPORTEDOPERATION_NATGATEWAYHAVETRAFFICMIRROR: &str =
    "UnsupportedOperation.NatGatewayHaveTrafficMirror";

/// NAT实例当前负载较高，请稍后重试
pub const UNSUPPORTEDOPERATION_NATGATEWAYISBUSY: &str = "UnsupportedOperation.NatGatewayIsBusy";

/// NAT网关已被封禁，不支持此操作。
pub const UNSUPPORTEDOPERATION_NATGATEWAYRESTRICTED: &str =
    "UnsupportedOperation.NatGatewayRestricted";

/// SNAT/DNAT转换规则所指定的内网IP已绑定了其他的规则，无法重复绑定。
pub const UNSUPPORTEDOPERATION_NATGATEWAYRULEPIPEXISTS: &str =
    "UnsupportedOperation.NatGatewayRulePipExists";

/// SNAT转换规则的内网IP需为虚拟机上网卡所用的IP。
pub const UNSUPPORTEDOPERATION_NATGATEWAYSNATPIPNEEDVM: &str =
    "UnsupportedOperation.NatGatewaySnatPipNeedVm";

/// NAT网关的SNAT转换规则不存在。
pub const UNSUPPORTEDOPERATION_NATGATEWAYSNATRULENOTEXISTS: &str =
    "UnsupportedOperation.NatGatewaySnatRuleNotExists";

/// NAT网关类型不支持SNAT规则。
pub const UNSUPPORTEDOPERATION_NATGATEWAYTYPENOTSUPPORTSNAT: &str =
    "UnsupportedOperation.NatGatewayTypeNotSupportSNAT";

/// NAT网关绑定了vpg，不支持该操作。
pub const UNSUPPORTEDOPERATION_NATHASBOUNDVPG: &str = "UnsupportedOperation.NatHasBoundVpg";

/// NAT网关开启了ECMP，不支持该操作。
pub const UNSUPPORTEDOPERATION_NATHASECMP: &str = "UnsupportedOperation.NatHasECMP";

/// NAT网关开启了网关流控，不支持该操作。
pub const UNSUPPORTEDOPERATION_NATHASENABLEDGATEWAYFLOWCONTROL: &str =
    "UnsupportedOperation.NatHasEnabledGatewayFlowControl";

/// NAT网关开启了流日志，不支持该操作。
pub const UNSUPPORTEDOPERATION_NATHASFLOWLOG: &str = "UnsupportedOperation.NatHasFlowLog";

/// 独享型NAT不支持该操作。
pub const UNSUPPORTEDOPERATION_NATINSTANCEEXCLUSIVE: &str =
    "UnsupportedOperation.NatInstanceExclusive";

/// NFV NAT服务不支持该地域。
pub const UNSUPPORTEDOPERATION_NATNFVUNSUPPORTEDREGION: &str =
    "UnsupportedOperation.NatNfvUnsupportedRegion";

/// NAT实例不支持该操作。
pub const UNSUPPORTEDOPERATION_NATNOTSUPPORTED: &str = "UnsupportedOperation.NatNotSupported";

/// NAT网关规格超过标准型nat规格，不支持该操作。
pub const UNSUPPORTEDOPERATION_NATSPECIFICATIONEXCEEDED: &str =
    "UnsupportedOperation.NatSpecificationExceeded";

/// NAT网关实例类型不支持该操作。
pub const UNSUPPORTEDOPERATION_NATTYPEERROR: &str = "UnsupportedOperation.NatTypeError";

/// NAT网关近30天的最大用量超过标准型NAT规格，不支持该操作。
pub const UNSUPPORTEDOPERATION_NATUSAGEEXCEEDED: &str = "UnsupportedOperation.NatUsageExceeded";

/// 需要保留一份默认带宽。
pub const UNSUPPORTEDOPERATION_NEEDTORETAINONEDEFAULTBANDWIDTH: &str =
    "UnsupportedOperation.NeedToRetainOneDefaultBandwidth";

/// 没有CDC专线网关。
pub const UNSUPPORTEDOPERATION_NOCDCDCGW: &str = "UnsupportedOperation.NoCdcDcGw";

/// 指定的子网不支持创建本地网关类型的路由。
pub const UNSUPPORTEDOPERATION_NORMALSUBNETNOTSUPPORTLOCALGATEWAY: &str =
    "UnsupportedOperation.NormalSubnetNotSupportLocalGateway";

/// 指定的路由策略不支持发布或撤销至云联网。
pub const UNSUPPORTEDOPERATION_NOTIFYCCN: &str = "UnsupportedOperation.NotifyCcn";

/// 当前实例已被封禁，无法进行此操作。
pub const UNSUPPORTEDOPERATION_NOTLOCKEDINSTANCEOPERATION: &str =
    "UnsupportedOperation.NotLockedInstanceOperation";

/// 目的端的服务在IP申请中使用的实例ID和这里传入的不匹配。
pub const UNSUPPORTEDOPERATION_NOTMATCHTARGETSERVICE: &str =
    "UnsupportedOperation.NotMatchTargetService";

/// 当前云联网实例未处于申请中状态，无法进行操作。
pub const UNSUPPORTEDOPERATION_NOTPENDINGCCNINSTANCE: &str =
    "UnsupportedOperation.NotPendingCcnInstance";

/// 当前云联网为非后付费类型，无法进行此操作。
pub const UNSUPPORTEDOPERATION_NOTPOSTPAIDCCNOPERATION: &str =
    "UnsupportedOperation.NotPostpaidCcnOperation";

/// 该VPC没有投放Snat子网地址池
pub const UNSUPPORTEDOPERATION_NOTPUTVPCSNATIPADDRESS: &str =
    "UnsupportedOperation.NotPutVpcSnatIpAddress";

/// 当前云联网不支持同时关联EDGE实例和跨境实例
pub const UNSUPPORTEDOPERATION_NOTSUPPORTATTACHEDGEANDCROSSBORDERINSTANCE: &str =
    "UnsupportedOperation.NotSupportAttachEdgeAndCrossBorderInstance";

/// 没有开启多路由表特性，不能创建用户路由表。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTCREATECCNROUTETABLE: &str =
    "UnsupportedOperation.NotSupportCreateCcnRouteTable";

/// 不支持创建跨域对等连接
pub const UNSUPPORTEDOPERATION_NOTSUPPORTCREATECROSSREGIONVPCPEER: &str =
    "UnsupportedOperation.NotSupportCreateCrossRegionVpcPeer";

/// 当前操作不支持创建Ipv6类型VPN网关。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTCREATEIPV6VPNGATEWAY: &str =
    "UnsupportedOperation.NotSupportCreateIpv6VpnGateway";

/// 默认路由表，不支持删除。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTDELETEDEFAULTCCNROUTETABLE: &str =
    "UnsupportedOperation.NotSupportDeleteDefaultCcnRouteTable";

/// 不支持删除默认路由表。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTDELETEDEFAULTROUTETABLE: &str =
    "UnsupportedOperation.NotSupportDeleteDefaultRouteTable";

/// 公有云到黑石的对等连接不支持删除。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTDELETEVPCBMPEER: &str =
    "UnsupportedOperation.NotSupportDeleteVpcBmPeer";

/// 该地址类型不支持释放操作。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTEDADDRESSIPSCHARGETYPE: &str =
    "UnsupportedOperation.NotSupportedAddressIpsChargeType";

/// 不支持创建后付费流量计费类型云联网
pub const UNSUPPORTEDOPERATION_NOTSUPPORTEDCREATETRAFFICMETERINGTYPECCN: &str =
    "UnsupportedOperation.NotSupportedCreateTrafficMeteringTypeCcn";

/// 当前VPN网关不支持指定客户端网段类型
pub const UNSUPPORTEDOPERATION_NOTSUPPORTEDLOCALADDRESSTYPE: &str =
    "UnsupportedOperation.NotSupportedLocalAddressType";

/// 此地域没有上线出口二资源，请到北京/广州/南京购买。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTEDPURCHASECENTEREGRESSRESOURCE: &str =
    "UnsupportedOperation.NotSupportedPurchaseCenterEgressResource";

/// 当前云联网不支持更新路由发布。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTEDUPDATECCNROUTEPUBLISH: &str =
    "UnsupportedOperation.NotSupportedUpdateCcnRoutePublish";

/// 默认路由表，不支持修改。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTMODIFYDEFAULTCCNROUTETABLE: &str =
    "UnsupportedOperation.NotSupportModifyDefaultCcnRouteTable";

/// 不支持的自定义路由类型。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTROUTETYPE: &str =
    "UnsupportedOperation.NotSupportRouteType";

/// 不支持编辑相同的实例和源地址。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTSAMECCNINSTANCEANDSOURCEADDRESS: &str =
    "UnsupportedOperation.NotSupportSameCcnInstanceAndSourceAddress";

/// 不支持的可用区
pub const UNSUPPORTEDOPERATION_NOTSUPPORTZONE: &str = "UnsupportedOperation.NotSupportZone";

/// 此产品计费方式已下线，请尝试其他计费方式。
pub const UNSUPPORTEDOPERATION_OFFLINECHARGETYPE: &str = "UnsupportedOperation.OfflineChargeType";

/// 仅地域间限速模式才支持流量调度策略功能。
pub const UNSUPPORTEDOPERATION_ONLYINTERREGIONLIMITSUPPORTEDCREATETRAFFICQOSPOLICY: &str =
    "UnsupportedOperation.OnlyInterRegionLimitSupportedCreateTrafficQosPolicy";

/// 仅支持专业版Ckafka。
pub const UNSUPPORTEDOPERATION_ONLYSUPPORTPROFESSIONKAFKA: &str =
    "UnsupportedOperation.OnlySupportProfessionKafka";

/// 参数 `SslVpnProtocol` 不支持修改。
pub const UNSUPPORTEDOPERATION_PARAMETERSSLVPNPROTOCOL: &str =
    "UnsupportedOperation.ParameterSslVpnProtocol";

/// 预付费云联网只支持带宽计量类型
pub const UNSUPPORTEDOPERATION_PREPAIDCCNONLYSUPPORTBANDWIDTHMETERING: &str =
    "UnsupportedOperation.PrepaidCcnOnlySupportBandwidthMetering";

/// 预付费云联网只支持地域间限速。
pub const UNSUPPORTEDOPERATION_PREPAIDCCNONLYSUPPORTINTERREGIONLIMIT: &str =
    "UnsupportedOperation.PrepaidCcnOnlySupportInterRegionLimit";

/// 指定的值是主IP。
pub const UNSUPPORTEDOPERATION_PRIMARYIP: &str = "UnsupportedOperation.PrimaryIp";

/// 不支持创建私网BGP类型VPN网关。
pub const UNSUPPORTEDOPERATION_PRIVATEBGPVPNGATEWAY: &str =
    "UnsupportedOperation.PrivateBgpVpnGateway";

/// 私网NAT网关存在关联规则。
pub const UNSUPPORTEDOPERATION_PRIVATENATGATEWAYASSOCIATIONEXISTS: &str =
    "UnsupportedOperation.PrivateNatGatewayAssociationExists";

/// 不支持创建私网Ssl类型VPN网关。
pub const UNSUPPORTEDOPERATION_PRIVATESSLVPNGATEWAY: &str =
    "UnsupportedOperation.PrivateSslVpnGateway";

/// 不支持创建私网类型VPN网关。
pub const UNSUPPORTEDOPERATION_PRIVATEVPNGATEWAY: &str = "UnsupportedOperation.PrivateVpnGateway";

/// 不支持公网CLB。
pub const UNSUPPORTEDOPERATION_PUBLICCLBNOTSUPPORT: &str =
    "UnsupportedOperation.PublicClbNotSupport";

/// Nat网关至少存在一个弹性IP，弹性IP不能解绑。
pub const UNSUPPORTEDOPERATION_PUBLICIPADDRESSDISASSOCIATE: &str =
    "UnsupportedOperation.PublicIpAddressDisassociate";

/// 绑定NAT网关的弹性IP不是BGP性质的IP。
pub const UNSUPPORTEDOPERATION_PUBLICIPADDRESSISNOTBGPIP: &str =
    "UnsupportedOperation.PublicIpAddressIsNotBGPIp";

/// 绑定NAT网关的弹性IP不存在。
pub const UNSUPPORTEDOPERATION_PUBLICIPADDRESSISNOTEXISTED: &str =
    "UnsupportedOperation.PublicIpAddressIsNotExisted";

/// 绑定NAT网关的弹性IP不是按流量计费的。
pub const UNSUPPORTEDOPERATION_PUBLICIPADDRESSNOTBILLEDBYTRAFFIC: &str =
    "UnsupportedOperation.PublicIpAddressNotBilledByTraffic";

/// 当前账号不能在该地域使用产品。
pub const UNSUPPORTEDOPERATION_PURCHASELIMIT: &str = "UnsupportedOperation.PurchaseLimit";

/// 查询时间超过限制。
pub const UNSUPPORTEDOPERATION_QUERYTIMEEXCEEDEDLIMIT: &str =
    "UnsupportedOperation.QueryTimeExceededLimit";

/// 记录已存在。
pub const UNSUPPORTEDOPERATION_RECORDEXISTS: &str = "UnsupportedOperation.RecordExists";

/// 记录不存在。
pub const UNSUPPORTEDOPERATION_RECORDNOTEXISTS: &str = "UnsupportedOperation.RecordNotExists";

/// 此安全组存在嵌套安全组规则，不支持跨地域克隆。
pub const UNSUPPORTEDOPERATION_REMOTEREGIONSGHASREFERENCEDSG: &str =
    "UnsupportedOperation.RemoteRegionSgHasReferencedSg";

/// 资源处于不可用状态，禁止操作。
pub const UNSUPPORTEDOPERATION_RESOURCEISINVALIDSTATE: &str =
    "UnsupportedOperation.ResourceIsInvalidState";

/// 输入的资源ID与IP绑定的资源不匹配，请检查。
pub const UNSUPPORTEDOPERATION_RESOURCEMISMATCH: &str = "UnsupportedOperation.ResourceMismatch";

/// 资源正在操作中，请稍后重试。
pub const UNSUPPORTEDOPERATION_RESOURCEPROCESSING: &str = "UnsupportedOperation.ResourceProcessing";

/// 未找到相关角色，请确认角色是否授权。
pub const UNSUPPORTEDOPERATION_ROLENOTFOUND: &str = "UnsupportedOperation.RoleNotFound";

/// 路由策略被关联到路由表，不支持删除。
pub const UNSUPPORTEDOPERATION_ROUTEPOLICYASSOCIATION: &str =
    "UnsupportedOperation.RoutePolicyAssociation";

/// 只支持自研VPC创建或修改PVGW2类型路由。
pub const UNSUPPORTEDOPERATION_ROUTEPVGW2: &str = "UnsupportedOperation.RoutePvgw2";

/// 当前路由表删除失败，请先检查是否存在关联的策略。
pub const UNSUPPORTEDOPERATION_ROUTETABLECANNOTDELETE: &str =
    "UnsupportedOperation.RouteTableCanNotDelete";

/// 当前云联网的路由表数量已超过限制。
pub const UNSUPPORTEDOPERATION_ROUTETABLEEXCEEDPERVBCLIMIT: &str =
    "UnsupportedOperation.RouteTableExceedPerVbcLimit";

/// 路由表绑定了子网。
pub const UNSUPPORTEDOPERATION_ROUTETABLEHASSUBNETRULE: &str =
    "UnsupportedOperation.RouteTableHasSubnetRule";

/// 当前云联网的路由表选择策略数量已超过限制。
pub const UNSUPPORTEDOPERATION_ROUTETABLESELECTPOLICYEXCEED: &str =
    "UnsupportedOperation.RouteTableSelectPolicyExceed";

/// 服务在当前地域不支持。
pub const UNSUPPORTEDOPERATION_SERVICEUNSUPPORTEDREGION: &str =
    "UnsupportedOperation.ServiceUnsupportedRegion";

/// 安全组展开后的规则已达到上限。
pub const UNSUPPORTEDOPERATION_SGNUMEXCEEDLIMIT: &str = "UnsupportedOperation.SgNumExceedLimit";

/// 实例已关联快照策略。
pub const UNSUPPORTEDOPERATION_SNAPSHOTATTACHED: &str = "UnsupportedOperation.SnapshotAttached";

/// 快照备份策略不支持修改。
pub const UNSUPPORTEDOPERATION_SNAPSHOTBACKUPTYPEMODIFY: &str =
    "UnsupportedOperation.SnapshotBackupTypeModify";

/// 快照文件生成失败。
pub const UNSUPPORTEDOPERATION_SNAPSHOTFILEFAILED: &str = "UnsupportedOperation.SnapshotFileFailed";

/// 快照文件已过期或删除。
pub const UNSUPPORTEDOPERATION_SNAPSHOTFILENOEXIST: &str =
    "UnsupportedOperation.SnapshotFileNoExist";

/// 快照文件正在生成中，请稍后查看。
pub const UNSUPPORTEDOPERATION_SNAPSHOTFILEPROCESSING: &str =
    "UnsupportedOperation.SnapshotFileProcessing";

/// 一次仅支持关联一个地域的实例。
pub const UNSUPPORTEDOPERATION_SNAPSHOTINSTANCEREGIONDIFF: &str =
    "UnsupportedOperation.SnapshotInstanceRegionDiff";

/// 实例未关联快照策略。
pub const UNSUPPORTEDOPERATION_SNAPSHOTNOTATTACHED: &str =
    "UnsupportedOperation.SnapshotNotAttached";

/// SNAT子网 不支持分配IP。
pub const UNSUPPORTEDOPERATION_SNATSUBNET: &str = "UnsupportedOperation.SnatSubnet";

/// 指定的终端节点服务所创建的终端节点不支持绑定安全组。
pub const UNSUPPORTEDOPERATION_SPECIALENDPOINTSERVICE: &str =
    "UnsupportedOperation.SpecialEndPointService";

/// SslVpnClientIds：`vpnc-20f9b3d7` 证书状态已禁用或Client证书状态不可用，不支持禁用证书。
pub const UNSUPPORTEDOPERATION_SSLCLIENTCERTALREADYDISABLEORCERTABNORMAL: &str =
    "UnsupportedOperation.SSLClientCertAlreadyDisableOrCertAbnormal";

/// SslVpnClientIds：`vpnc-20f9b3d7` 证书状态已启用或Client证书状态不可用，不支持启用证书。
pub const UNSUPPORTEDOPERATION_SSLCLIENTCERTALREADYENABLEORCERTABNORMAL: &str =
    "UnsupportedOperation.SSLClientCertAlreadyEnableOrCertAbnormal";

/// SSL客户端状态不可用，不支持下载
pub const UNSUPPORTEDOPERATION_SSLCLIENTCERTDISABLEUNSUPPORTEDDOWNLOADSSLCLIENTCERT: &str =
    "UnsupportedOperation.SSLClientCertDisableUnsupportedDownloadSSLClientCert";

/// SslVpnClientId 不存在。
pub const UNSUPPORTEDOPERATION_SSLVPNCLIENTIDNOTFOUND: &str =
    "UnsupportedOperation.SslVpnClientIdNotFound";

/// 中继网卡不支持该操作。
pub const UNSUPPORTEDOPERATION_SUBENINOTSUPPORTTRUNKING: &str =
    "UnsupportedOperation.SubEniNotSupportTrunking";

/// 子网与Vpc配置的CdcId不一致。
pub const UNSUPPORTEDOPERATION_SUBNETMISMATCHVPCCDCID: &str =
    "UnsupportedOperation.SubnetMismatchVpcCdcId";

/// 子网不存在。
pub const UNSUPPORTEDOPERATION_SUBNETNOTEXISTS: &str = "UnsupportedOperation.SubnetNotExists";

/// 系统路由，禁止操作。
pub const UNSUPPORTEDOPERATION_SYSTEMROUTE: &str = "UnsupportedOperation.SystemRoute";

/// 标签正在分配中。
pub const UNSUPPORTEDOPERATION_TAGALLOCATE: &str = "UnsupportedOperation.TagAllocate";

/// 标签正在释放中。
pub const UNSUPPORTEDOPERATION_TAGFREE: &str = "UnsupportedOperation.TagFree";

/// 标签没有权限。
pub const UNSUPPORTEDOPERATION_TAGNOTPERMIT: &str = "UnsupportedOperation.TagNotPermit";

/// 不支持使用系统预留的标签键。
pub const UNSUPPORTEDOPERATION_TAGSYSTEMRESERVEDTAGKEY: &str =
    "UnsupportedOperation.TagSystemReservedTagKey";

/// 流量镜像不支持目标Clb。
pub const UNSUPPORTEDOPERATION_TRAFFICMIRRORNOTSUPPORTCLB: &str =
    "UnsupportedOperation.TrafficMirrorNotSupportClb";

/// 流量镜像源、目的不可同端。
pub const UNSUPPORTEDOPERATION_TRAFFICMIRRORNOTSUPPORTSAMESRCTARGET: &str =
    "UnsupportedOperation.TrafficMirrorNotSupportSameSrcTarget";

/// 流量保护不支持IPv6。
pub const UNSUPPORTEDOPERATION_TRAFFICPROTECTIONNOTSUPPORTIPV6: &str =
    "UnsupportedOperation.TrafficProtectionNotSupportIPv6";

/// 流量调度策略分配带宽和地域间带宽不一致，不支持关闭流量调度策略功能。
pub const UNSUPPORTEDOPERATION_TRAFFICQOSPOLICYBANDWIDTH: &str =
    "UnsupportedOperation.TrafficQosPolicyBandwidth";

/// 资源业务带宽超过防误操作检测阈值。
pub const UNSUPPORTEDOPERATION_TRAFFICVALIDATIONFAILED: &str =
    "UnsupportedOperation.TrafficValidationFailed";

/// 账号ID不存在。
pub const UNSUPPORTEDOPERATION_UINNOTFOUND: &str = "UnsupportedOperation.UinNotFound";

/// 不支持跨境。
pub const UNSUPPORTEDOPERATION_UNABLECROSSBORDER: &str = "UnsupportedOperation.UnableCrossBorder";

/// 当前云联网无法关联金融云实例。
pub const UNSUPPORTEDOPERATION_UNABLECROSSFINANCE: &str = "UnsupportedOperation.UnableCrossFinance";

/// 未分配IPv6网段。
pub const UNSUPPORTEDOPERATION_UNASSIGNCIDRBLOCK: &str = "UnsupportedOperation.UnassignCidrBlock";

/// 未绑定EIP。
pub const UNSUPPORTEDOPERATION_UNBINDEIP: &str = "UnsupportedOperation.UnbindEIP";

/// 账户还有未支付订单，请先完成付款。
pub const UNSUPPORTEDOPERATION_UNPAIDORDERALREADYEXISTS: &str =
    "UnsupportedOperation.UnpaidOrderAlreadyExists";

/// 不支持绑定LocalZone弹性公网IP。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDBINDLOCALZONEEIP: &str =
    "UnsupportedOperation.UnsupportedBindLocalZoneEIP";

/// 指定机型不支持弹性网卡。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDINSTANCEFAMILY: &str =
    "UnsupportedOperation.UnsupportedInstanceFamily";

/// 传统型账号不支持该操作。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDLEGACYACCOUNT: &str =
    "UnsupportedOperation.UnsupportedLegacyAccount";

/// NAT网关部署在local zone，不支持该操作。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDLOCALZONENAT: &str =
    "UnsupportedOperation.UnsupportedLocalZoneNat";

/// 暂无法在此国家/地区提供该服务。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDREGION: &str = "UnsupportedOperation.UnsupportedRegion";

/// 当前用户付费类型不支持创建所选付费类型的云联网。
pub const UNSUPPORTEDOPERATION_USERANDCCNCHARGETYPENOTMATCH: &str =
    "UnsupportedOperation.UserAndCcnChargeTypeNotMatch";

/// 指定安全组规则版本号和当前最新版本不一致。
pub const UNSUPPORTEDOPERATION_VERSIONMISMATCH: &str = "UnsupportedOperation.VersionMismatch";

/// 当前VPN版本小于4.0，不支持该操作。
pub const UNSUPPORTEDOPERATION_VERSIONNOTSUPPORTED: &str =
    "UnsupportedOperation.VersionNotSupported";

/// 资源不属于同一个VPC。
pub const UNSUPPORTEDOPERATION_VPCMISMATCH: &str = "UnsupportedOperation.VpcMismatch";

/// 对等连接已存在。
pub const UNSUPPORTEDOPERATION_VPCPEERALREADYEXIST: &str =
    "UnsupportedOperation.VpcPeerAlreadyExist";

/// VPC网段存在CIDR冲突。
pub const UNSUPPORTEDOPERATION_VPCPEERCIDRCONFLICT: &str =
    "UnsupportedOperation.VpcPeerCidrConflict";

/// 对等连接状态错误。
pub const UNSUPPORTEDOPERATION_VPCPEERINVALIDSTATECHANGE: &str =
    "UnsupportedOperation.VpcPeerInvalidStateChange";

/// 该账不能发起操作。
pub const UNSUPPORTEDOPERATION_VPCPEERPURVIEWERROR: &str =
    "UnsupportedOperation.VpcPeerPurviewError";

/// VPN SPD通道不支持配置健康检查
pub const UNSUPPORTEDOPERATION_VPNCONNCIDRNOTSUPPORTEDHEALTHCHECK: &str =
    "UnsupportedOperation.VpnConnCidrNotSupportedHealthCheck";

/// 私网VPN通道目的网段与私网VPN网关的私网网段冲突，请修改后重试。
pub const UNSUPPORTEDOPERATION_VPNCONNDESTCIDRCONFLICTWITHPRIVATENET: &str =
    "UnsupportedOperation.VpnConnDestCidrConflictWithPrivateNet";

/// 当前通道为非可用状态，不支持该操作。
pub const UNSUPPORTEDOPERATION_VPNCONNINVALIDSTATE: &str =
    "UnsupportedOperation.VpnConnInvalidState";

/// VPN网关下的通道不支持动态路由与非动态路由混用，请检查后重试。
pub const UNSUPPORTEDOPERATION_VPNCONNROUTETYPEMIXED: &str =
    "UnsupportedOperation.VpnConnRouteTypeMixed";

/// SPD本端网段冲突，请检查后重试。
pub const UNSUPPORTEDOPERATION_VPNCONNSPDOVERLAP: &str = "UnsupportedOperation.VpnConnSPDOverlap";

/// 当前创建VPN网关所使用的VPC没有分配IPV6子网。
pub const UNSUPPORTEDOPERATION_VPNGATEWAYVPCNOIPV6SUBNET: &str =
    "UnsupportedOperation.VpnGatewayVpcNoIpv6Subnet";

/// VPC类型VPN网关必须携带VpcId。
pub const UNSUPPORTEDOPERATION_VPNGWVPCIDMUSTHAVE: &str = "UnsupportedOperation.VpnGwVpcIdMustHave";

/// CCN类型VPN网关 不用携带VpcId
pub const UNSUPPORTEDOPERATION_VPNGWVPCIDNOTHAVE: &str = "UnsupportedOperation.VpnGwVpcIdNotHave";

/// VPN不支持BGP
pub const UNSUPPORTEDOPERATION_VPNUNSUPPORTEDBGP: &str = "UnsupportedOperation.VpnUnsupportedBgp";

/// 当前账号或地域，VPN不支持BGP。
pub const UNSUPPORTEDOPERATION_VPNUNSUPPORTEDBGPACCOUNTORREGION: &str =
    "UnsupportedOperation.VpnUnsupportedBgpAccountOrRegion";

/// 对端网关BGP ASN和已有的通道对端或云上VPN的BGP ASN相同。
pub const UNSUPPORTEDOPERATION_VPNUNSUPPORTEDBGPASNEQUAL: &str =
    "UnsupportedOperation.VpnUnsupportedBgpAsnEqual";

/// `%(value)s`，不支持降低VPN带宽。
pub const UNSUPPORTEDOPERATION_VPNUNSUPPORTEDMODIFYBANDWIDTH: &str =
    "UnsupportedOperation.VpnUnsupportedModifyBandwidth";

/// VPN不支持修改BGP ASN。
pub const UNSUPPORTEDOPERATION_VPNUNSUPPORTEDMODIFYBGPASN: &str =
    "UnsupportedOperation.VpnUnsupportedModifyBgpAsn";

/// VPN未配置BGP ASN。
pub const UNSUPPORTEDOPERATION_VPNUNSUPPORTEDNOTEXISTBGPASN: &str =
    "UnsupportedOperation.VpnUnsupportedNotExistBgpAsn";

/// 3.1以下版本VPN网关不支持配置ecmp路由
pub const UNSUPPORTEDOPERATION_VPNUNSUPPORTEDROUTEECMPFORCVMVPN: &str =
    "UnsupportedOperation.VpnUnsupportedRouteEcmpForCvmVpn";

/// 对端网关不存在BGP ASN。
pub const UNSUPPORTEDOPERATION_VPNUNSUPPORTEDUSRGWNOTEXISTBGPASN: &str =
    "UnsupportedOperation.VpnUnsupportedUsrGwNotExistBgpAsn";

/// 没在白名单内，不支持当前操作。
pub const UNSUPPORTEDOPERATION_WHITELISTNOTADD: &str = "UnsupportedOperation.WhiteListNotAdd";

/// 指定资源在不同的可用区。
pub const UNSUPPORTEDOPERATION_ZONEMISMATCH: &str = "UnsupportedOperation.ZoneMismatch";

/// 已经达到指定区域vpc资源申请数量上限。
pub const VPCLIMITEXCEEDED: &str = "VpcLimitExceeded";
