//! Error codes of `ecm`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ecm::errors::AUTHFAILURE_UNAUTHORIZEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 鉴权失败。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 余额不足。
pub const FAILEDOPERATION_BLOCKBALANCE: &str = "FailedOperation.BlockBalance";

/// 数据操作失败。
pub const FAILEDOPERATION_DATAOPERATIONFAILED: &str = "FailedOperation.DataOperationFailed";

/// 镜像正在使用中。
pub const FAILEDOPERATION_IMAGEINUSE: &str = "FailedOperation.ImageInUse";

/// 模块下存在实例。
pub const FAILEDOPERATION_INSTANCEINMODULE: &str = "FailedOperation.InstanceInModule";

/// 实例没有全部关机。
pub const FAILEDOPERATION_INSTANCENOTALLSTOPPED: &str = "FailedOperation.InstanceNotAllStopped";

/// 实例不属于当前模块。
pub const FAILEDOPERATION_INSTANCEOWNERCHECKFAILED: &str =
    "FailedOperation.InstanceOwnerCheckFailed";

/// 内部操作错误。
pub const FAILEDOPERATION_INTERNALOPERATIONFAILURE: &str =
    "FailedOperation.InternalOperationFailure";

/// 当前状态无法执行该操作。
pub const FAILEDOPERATION_INVALIDSTATUS: &str = "FailedOperation.InvalidStatus";

/// 其他操作正在运行，无法进行当前操作。
pub const FAILEDOPERATION_OPERATIONCONFLICT: &str = "FailedOperation.OperationConflict";

/// 不允许执行当前操作。
pub const FAILEDOPERATION_OPERATIONNOTALLOW: &str = "FailedOperation.OperationNotAllow";

/// 该内网IP已经绑定了弹性IP。
pub const FAILEDOPERATION_PRIVATEIPADDRESSBINDED: &str = "FailedOperation.PrivateIpAddressBinded";

/// 内网IP状态非可用状态。
pub const FAILEDOPERATION_PRIVATEIPADDRESSUNAVAILABLE: &str =
    "FailedOperation.PrivateIpAddressUnavailable";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 申请数量超限。
pub const INVALIDPARAMETERVALUE_ADDRESSQUOTALIMITEXCEEDED: &str =
    "InvalidParameterValue.AddressQuotaLimitExceeded";

/// 超多带宽限制。
pub const INVALIDPARAMETERVALUE_BANDWIDTHOUTOFRANGE: &str =
    "InvalidParameterValue.BandwidthOutOfRange";

/// 目的网段不在对端VPC的CIDR范围内。
pub const INVALIDPARAMETERVALUE_CIDRNOTINPEERVPC: &str = "InvalidParameterValue.CidrNotInPeerVpc";

/// 重复数据。
pub const INVALIDPARAMETERVALUE_DUPLICATE: &str = "InvalidParameterValue.Duplicate";

/// Filter参数数值超过限制。
pub const INVALIDPARAMETERVALUE_FILTERLIMITEXCEEDED: &str =
    "InvalidParameterValue.FilterLimitExceeded";

/// 镜像已导入。
pub const INVALIDPARAMETERVALUE_IMAGEDUPLICATE: &str = "InvalidParameterValue.ImageDuplicate";

/// 镜像名称重复。
pub const INVALIDPARAMETERVALUE_IMAGENAMEDUPLICATE: &str =
    "InvalidParameterValue.ImageNameDuplicate";

/// 镜像大小大于系统盘大小。
pub const INVALIDPARAMETERVALUE_IMAGESIZELARGETHANSYSDISKSIZE: &str =
    "InvalidParameterValue.ImageSizeLargeThanSysDiskSize";

/// 实例配置不匹配。
pub const INVALIDPARAMETERVALUE_INSTANCECONFIGNOTMATCH: &str =
    "InvalidParameterValue.InstanceConfigNotMatch";

/// 实例不支持当前操作。
pub const INVALIDPARAMETERVALUE_INSTANCEIDNOTSUPPORTED: &str =
    "InvalidParameterValue.InstanceIdNotSupported";

/// 实例名字长度超出限制。
pub const INVALIDPARAMETERVALUE_INSTANCENAMETOOLONG: &str =
    "InvalidParameterValue.InstanceNameTooLong";

/// 实例机型和pid不匹配。
pub const INVALIDPARAMETERVALUE_INSTANCETYPENOTMATCHPID: &str =
    "InvalidParameterValue.InstanceTypeNotMatchPid";

/// 无效的EIP。
pub const INVALIDPARAMETERVALUE_INVAILDADDRESSID: &str = "InvalidParameterValue.InvaildAddressId";

/// 您的输入有误或无相应的操作权限。
pub const INVALIDPARAMETERVALUE_INVAILDDESCRIBEINSTANCE: &str =
    "InvalidParameterValue.InvaildDescribeInstance";

/// 无效的弹性网卡ID。
pub const INVALIDPARAMETERVALUE_INVAILDENIID: &str = "InvalidParameterValue.InvaildEniID";

/// HostName不合法。
pub const INVALIDPARAMETERVALUE_INVAILDHOSTNAME: &str = "InvalidParameterValue.InvaildHostName";

/// 参数错误。
pub const INVALIDPARAMETERVALUE_INVAILDMODIFYPARAM: &str =
    "InvalidParameterValue.InvaildModifyParam";

/// 模块数量不合法。
pub const INVALIDPARAMETERVALUE_INVAILDMODULENUM: &str = "InvalidParameterValue.InvaildModuleNum";

/// 分页参数不合法。
pub const INVALIDPARAMETERVALUE_INVAILDPAGEPARAM: &str = "InvalidParameterValue.InvaildPageParam";

/// 密码不合法。
pub const INVALIDPARAMETERVALUE_INVAILDPASSWORD: &str = "InvalidParameterValue.InvaildPassword";

/// 当同步绑定弹性网卡时，一次只能申请单个弹性IP。
pub const INVALIDPARAMETERVALUE_INVALIDADDRESSCOUNT: &str =
    "InvalidParameterValue.InvalidAddressCount";

/// 带宽大小不合法。
pub const INVALIDPARAMETERVALUE_INVALIDBANDWIDTH: &str = "InvalidParameterValue.InvalidBandwidth";

/// 入带宽大小超过限额。
pub const INVALIDPARAMETERVALUE_INVALIDBANDWIDTHIN: &str =
    "InvalidParameterValue.InvalidBandwidthIn";

/// 出入带宽必须一致。
pub const INVALIDPARAMETERVALUE_INVALIDBANDWIDTHINANDOUT: &str =
    "InvalidParameterValue.InvalidBandwidthInAndOut";

/// 该用户不支持当前所选择的计费类型。
pub const INVALIDPARAMETERVALUE_INVALIDBILLINGTYPE: &str =
    "InvalidParameterValue.InvalidBillingType";

/// 数据盘个数不合法。
pub const INVALIDPARAMETERVALUE_INVALIDDATADISKNUM: &str =
    "InvalidParameterValue.InvalidDataDiskNum";

/// 数据盘大小不合法。
pub const INVALIDPARAMETERVALUE_INVALIDDATADISKSIZE: &str =
    "InvalidParameterValue.InvalidDataDiskSize";

/// 数据盘类型不合法。
pub const INVALIDPARAMETERVALUE_INVALIDDATADISKTYPE: &str =
    "InvalidParameterValue.InvalidDataDiskType";

/// 地域参数不合法。
pub const INVALIDPARAMETERVALUE_INVALIDECMREGION: &str = "InvalidParameterValue.InvalidEcmRegion";

/// windows镜像不支持IP直通。
pub const INVALIDPARAMETERVALUE_INVALIDEIPDIRECTSERVICE: &str =
    "InvalidParameterValue.InvalidEIPDirectService";

/// 无效过滤器。
pub const INVALIDPARAMETERVALUE_INVALIDFILTER: &str = "InvalidParameterValue.InvalidFilter";

/// 内存4G以上机型不支持32位操作系统镜像。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEARCHITECTURE: &str =
    "InvalidParameterValue.InvalidImageArchitecture";

/// 镜像ID不合法。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEID: &str = "InvalidParameterValue.InvalidImageID";

/// 实例计费类型不合法。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCECHARGETYPE: &str =
    "InvalidParameterValue.InvalidInstanceChargeType";

/// 实例ID不合法。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCEID: &str = "InvalidParameterValue.InvalidInstanceID";

/// 不支持调整高IO机型配置。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCETYPE: &str =
    "InvalidParameterValue.InvalidInstanceType";

/// 机型ID不合法。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCETYPECONFIGID: &str =
    "InvalidParameterValue.InvalidInstanceTypeConfigID";

/// 计费类型不合法。
pub const INVALIDPARAMETERVALUE_INVALIDINTERNETCHARGETYPE: &str =
    "InvalidParameterValue.InvalidInternetChargeType";

/// 运营商不合法。
pub const INVALIDPARAMETERVALUE_INVALIDISPINNODE: &str = "InvalidParameterValue.InvalidISPInNode";

/// 密钥ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDKEYPAIRID: &str = "InvalidParameterValue.InvalidKeyPairId";

/// 密钥名称异常。
pub const INVALIDPARAMETERVALUE_INVALIDKEYPAIRNAME: &str =
    "InvalidParameterValue.InvalidKeyPairName";

/// 负载均衡数量不合法。
pub const INVALIDPARAMETERVALUE_INVALIDLOADBALANCERNUM: &str =
    "InvalidParameterValue.InvalidLoadBalancerNum";

/// 负载均衡类型不合法。
pub const INVALIDPARAMETERVALUE_INVALIDLOADBALANCERTYPE: &str =
    "InvalidParameterValue.InvalidLoadBalancerType";

/// 模块ID不合法。
pub const INVALIDPARAMETERVALUE_INVALIDMODULEID: &str = "InvalidParameterValue.InvalidModuleID";

/// ModuleId和InstanceType参数不可同时为空。
pub const INVALIDPARAMETERVALUE_INVALIDMODULEIDANDINSTANCETYPECONFIGID: &str =
    "InvalidParameterValue.InvalidModuleIDAndInstanceTypeConfigID";

/// ModuleId和InstanceType参数不可同时为空。
pub const INVALIDPARAMETERVALUE_INVALIDMODULEIDANDINSTANCETYPEID: &str =
    "InvalidParameterValue.InvalidModuleIDAndInstanceTypeID";

/// 模块名称冲突。
pub const INVALIDPARAMETERVALUE_INVALIDMODULENAME: &str = "InvalidParameterValue.InvalidModuleName";

/// 排序字段不合法。
pub const INVALIDPARAMETERVALUE_INVALIDORDERBYFIELD: &str =
    "InvalidParameterValue.InvalidOrderByField";

/// 公共参数不合法。
pub const INVALIDPARAMETERVALUE_INVALIDPUBLICPARAM: &str =
    "InvalidParameterValue.InvalidPublicParam";

/// ecm region不合法。
pub const INVALIDPARAMETERVALUE_INVALIDREGION: &str = "InvalidParameterValue.InvalidRegion";

/// 全组ID不合法。
pub const INVALIDPARAMETERVALUE_INVALIDSECURITYGROUPID: &str =
    "InvalidParameterValue.InvalidSecurityGroupID";

/// 该子网不存在该节点。
pub const INVALIDPARAMETERVALUE_INVALIDSUBNETINZONE: &str =
    "InvalidParameterValue.InvalidSubnetInZone";

/// 系统盘大小不合法。
pub const INVALIDPARAMETERVALUE_INVALIDSYSTEMDISKSIZE: &str =
    "InvalidParameterValue.InvalidSystemDiskSize";

/// 系统盘类型不合法。
pub const INVALIDPARAMETERVALUE_INVALIDSYSTEMDISKTYPE: &str =
    "InvalidParameterValue.InvalidSystemDiskType";

/// 时间不合法。
pub const INVALIDPARAMETERVALUE_INVALIDTIME: &str = "InvalidParameterValue.InvalidTime";

/// zone不合法。
pub const INVALIDPARAMETERVALUE_INVALIDZONE: &str = "InvalidParameterValue.InvalidZone";

/// 城市或者数量不合法。
pub const INVALIDPARAMETERVALUE_INVALIDZONEINSTANCECOUNT: &str =
    "InvalidParameterValue.InvalidZoneInstanceCount";

/// 用区不支持此机型。
pub const INVALIDPARAMETERVALUE_INVALIDZONEINSTANCETYPE: &str =
    "InvalidParameterValue.InvalidZoneInstanceType";

/// 参数长度错误。
pub const INVALIDPARAMETERVALUE_LENGTH: &str = "InvalidParameterValue.Length";

/// 参数值超出限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 入参格式不合法。
pub const INVALIDPARAMETERVALUE_MALFORMED: &str = "InvalidParameterValue.Malformed";

/// 已有实例的边缘模块不支持调整默认配置。
pub const INVALIDPARAMETERVALUE_MODULENOTALLOWCHANGE: &str =
    "InvalidParameterValue.ModuleNotAllowChange";

/// 节点不支持ipv6。
pub const INVALIDPARAMETERVALUE_NODENOTSUPPORTIPV6: &str =
    "InvalidParameterValue.NodeNotSupportIPv6";

/// 对象不在当前子网内。
pub const INVALIDPARAMETERVALUE_OBJECTNOTCURRENTSUBNET: &str =
    "InvalidParameterValue.ObjectNotCurrentSubnet";

/// 指定对象不是当前的私有网络。
pub const INVALIDPARAMETERVALUE_OBJECTVPCNOTCURRENTVPC: &str =
    "InvalidParameterValue.ObjectVpcNotCurrentVpc";

/// 参数值超出限制。
pub const INVALIDPARAMETERVALUE_PARAMETERVALUETOOLARGE: &str =
    "InvalidParameterValue.ParameterValueTooLarge";

/// 参数值不在指定范围。
pub const INVALIDPARAMETERVALUE_RANGE: &str = "InvalidParameterValue.Range";

/// 参数值是一个系统保留对象。
pub const INVALIDPARAMETERVALUE_RESERVED: &str = "InvalidParameterValue.Reserved";

/// 指定CIDR与同一个私有网络内的另一个子网发生冲突。
pub const INVALIDPARAMETERVALUE_SUBNETCONFLICT: &str = "InvalidParameterValue.SubnetConflict";

/// 子网不存在。
pub const INVALIDPARAMETERVALUE_SUBNETNOTEXIST: &str = "InvalidParameterValue.SubnetNotExist";

/// 无效的子网网段。
pub const INVALIDPARAMETERVALUE_SUBNETRANGE: &str = "InvalidParameterValue.SubnetRange";

/// 标签数量超过限制。
pub const INVALIDPARAMETERVALUE_TAGNUMOUTOFRANGE: &str = "InvalidParameterValue.TagNumOutOfRange";

/// 无法找到任务。
pub const INVALIDPARAMETERVALUE_TASKNOTFOUND: &str = "InvalidParameterValue.TaskNotFound";

/// 定时销毁时间早于当前时间。
pub const INVALIDPARAMETERVALUE_TERMINATETIMESMALLER: &str =
    "InvalidParameterValue.TerminateTimeSmaller";

/// 参数值太长。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// 该机型不支持当前所选择的计费类型。
pub const INVALIDPARAMETERVALUE_UNMATCHEDBILLINGTYPE: &str =
    "InvalidParameterValue.UnmatchedBillingType";

/// 不支持该区域。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDREGION: &str = "InvalidParameterValue.UnsupportedRegion";

/// 用户不支持ipv6。
pub const INVALIDPARAMETERVALUE_USERNOTSUPPORTIPV6: &str =
    "InvalidParameterValue.UserNotSupportIPv6";

/// 目的网段和当前VPC的CIDR冲突。
pub const INVALIDPARAMETERVALUE_VPCCIDRCONFLICT: &str = "InvalidParameterValue.VpcCidrConflict";

/// 参数不支持同时指定。
pub const INVALIDPARAMETER_COEXIST: &str = "InvalidParameter.Coexist";

/// 参数格式错误。
pub const INVALIDPARAMETER_FORMATERROR: &str = "InvalidParameter.FormatError";

/// 数据格式不正确。
pub const INVALIDPARAMETER_INVALIDDATAFORMAT: &str = "InvalidParameter.InvalidDataFormat";

/// 指定的两个参数冲突，不能同时存在。 EIP只能绑定在实例上或指定网卡的指定内网 IP 上。
pub const INVALIDPARAMETER_INVALIDPARAMETERCONFLICT: &str =
    "InvalidParameter.InvalidParameterConflict";

/// 负载均衡实例ID错误。
pub const INVALIDPARAMETER_LBIDNOTFOUND: &str = "InvalidParameter.LBIdNotFound";

/// 监听器ID错误。
pub const INVALIDPARAMETER_LISTENERIDNOTFOUND: &str = "InvalidParameter.ListenerIdNotFound";

/// 查找不到符合条件的转发规则。
pub const INVALIDPARAMETER_LOCATIONNOTFOUND: &str = "InvalidParameter.LocationNotFound";

/// KeepImageLogin, Password, KeyIds 同时只能使用1个。
pub const INVALIDPARAMETER_PARAMETERCONFLICT: &str = "InvalidParameter.ParameterConflict";

/// 监听器端口检查失败，比如端口冲突。
pub const INVALIDPARAMETER_PORTCHECKFAILED: &str = "InvalidParameter.PortCheckFailed";

/// 监听器协议检查失败，比如相关协议不支持对应操作。
pub const INVALIDPARAMETER_PROTOCOLCHECKFAILED: &str = "InvalidParameter.ProtocolCheckFailed";

/// 地域无效。
pub const INVALIDPARAMETER_REGIONNOTFOUND: &str = "InvalidParameter.RegionNotFound";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 申请数量超限。
pub const LIMITEXCEEDED_ADDRESSQUOTALIMITEXCEEDED: &str = "LimitExceeded.AddressQuotaLimitExceeded";

/// 申购次数不足，每个腾讯云账户每个地域每天申购次数为配额数*2 次。
pub const LIMITEXCEEDED_ADDRESSQUOTALIMITEXCEEDEDDAILYALLOCATE: &str =
    "LimitExceeded.AddressQuotaLimitExceededDailyAllocate";

/// 分配IPv6网段数量达到上限。
pub const LIMITEXCEEDED_CIDRBLOCK: &str = "LimitExceeded.CidrBlock";

/// 网卡配额不足。
pub const LIMITEXCEEDED_ENIQUOTALIMITEXCEEDED: &str = "LimitExceeded.EniQuotaLimitExceeded";

/// 实例绑定的安全组超出限制。
pub const LIMITEXCEEDED_INSTANCESECURITYGROUPLIMITEXCEEDED: &str =
    "LimitExceeded.InstanceSecurityGroupLimitExceeded";

/// 申请的clb超过限制。
pub const LIMITEXCEEDED_LBLIMITEXCEEDED: &str = "LimitExceeded.LBLimitExceeded";

/// 模块默认安全组数目限制。
pub const LIMITEXCEEDED_MODULESECURITYGROUPLIMITEXCEEDED: &str =
    "LimitExceeded.ModuleSecurityGroupLimitExceeded";

/// 弹性网卡或公网IP数超过CPU规定的限额。
pub const LIMITEXCEEDED_NICORIPLIMITEXCEEDED: &str = "LimitExceeded.NicOrIPLimitExceeded";

/// 内网IP超出限制。
pub const LIMITEXCEEDED_PRIVATEIPQUOTALIMITEXCEEDED: &str =
    "LimitExceeded.PrivateIPQuotaLimitExceeded";

/// 安全组绑定的实例数超限。
pub const LIMITEXCEEDED_SECURITYGROUPINSTANCELIMITEXCEEDED: &str =
    "LimitExceeded.SecurityGroupInstanceLimitExceeded";

/// 安全组可关联模块数目限制。
pub const LIMITEXCEEDED_SECURITYGROUPMODULELIMITEXCEEDED: &str =
    "LimitExceeded.SecurityGroupModuleLimitExceeded";

/// 安全组规则数量超过上限。
pub const LIMITEXCEEDED_SECURITYGROUPPOLICYSET: &str = "LimitExceeded.SecurityGroupPolicySet";

/// 申请的cpu核数超限。
pub const LIMITEXCEEDED_VCPULIMITEXCEEDED: &str = "LimitExceeded.VcpuLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺少需关联的实体参数。
pub const MISSINGPARAMETER_MISSINGASSOCIATEENTITY: &str = "MissingParameter.MissingAssociateEntity";

/// 获取基础配置请求参数不全。
pub const MISSINGPARAMETER_MISSINGBASECONFIGPARAMETER: &str =
    "MissingParameter.MissingBaseConfigParameter";

/// 镜像操作参数不全。
pub const MISSINGPARAMETER_MISSINGIMAGEPARAMETER: &str = "MissingParameter.MissingImageParameter";

/// 实例操作参数不全。
pub const MISSINGPARAMETER_MISSINGINSTANCESPARAMETER: &str =
    "MissingParameter.MissingInstancesParameter";

/// 机型操作参数不全。
pub const MISSINGPARAMETER_MISSINGINSTANCETYPECONFIGPARAMETER: &str =
    "MissingParameter.MissingInstanceTypeConfigParameter";

/// 模块操作参数不全。
pub const MISSINGPARAMETER_MISSINGMODULEPARAMETER: &str = "MissingParameter.MissingModuleParameter";

/// 缺少网卡操作配置的请求参数。
pub const MISSINGPARAMETER_MISSINGNETWORKINTERFACEPARAMETER: &str =
    "MissingParameter.MissingNetworkInterfaceParameter";

/// 节点操作参数不全。
pub const MISSINGPARAMETER_MISSINGNODEPARAMETER: &str = "MissingParameter.MissingNodeParameter";

/// 获取概览页配置请求参数不全。
pub const MISSINGPARAMETER_MISSINGOVERVIEWPARAMETER: &str =
    "MissingParameter.MissingOverViewParameter";

/// 缺少私有IP地址。
pub const MISSINGPARAMETER_MISSINGPRIVATEIPADDRESS: &str =
    "MissingParameter.MissingPrivateIpAddress";

/// 不允许执行当前操作。
pub const OPERATIONDENIED_INSTANCEOPERATIONINPROGRESS: &str =
    "OperationDenied.InstanceOperationInProgress";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 网段资源不足。
pub const RESOURCEINSUFFICIENT_CIDRBLOCK: &str = "ResourceInsufficient.CidrBlock";

/// 实例资源不足。
pub const RESOURCEINSUFFICIENT_INSTANCEQUOTANOTENOUGH: &str =
    "ResourceInsufficient.InstanceQuotaNotEnough";

/// 私有镜像数量超出限制。
pub const RESOURCEINSUFFICIENT_INVAILDPRIVATEIMAGENUM: &str =
    "ResourceInsufficient.InvaildPrivateImageNum";

/// IP资源不足。
pub const RESOURCEINSUFFICIENT_IPQUOTANOTENOUGH: &str = "ResourceInsufficient.IPQuotaNotEnough";

/// 当前子网中内网IP不足
pub const RESOURCEINSUFFICIENT_PRIVATEIPQUOTANOTENOUGH: &str =
    "ResourceInsufficient.PrivateIPQuotaNotEnough";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 实例不合法。
pub const RESOURCENOTFOUND_INSTANCENOTEXIST: &str = "ResourceNotFound.InstanceNotExist";

/// 负载均衡资源已经售罄。
pub const RESOURCESSOLDOUT_LOADBALANCERSOLDOUT: &str = "ResourcesSoldOut.LoadBalancerSoldOut";

/// 特定机型售罄。
pub const RESOURCESSOLDOUT_SPECIFIEDINSTANCETYPE: &str = "ResourcesSoldOut.SpecifiedInstanceType";

/// 实例未运行。
pub const RESOURCEUNAVAILABLE_INSTANCENOTRUNNING: &str = "ResourceUnavailable.InstanceNotRunning";

/// 没有权限进行该操作。
pub const UNAUTHORIZEDOPERATION_FORBIDDENOPERATION: &str =
    "UnauthorizedOperation.ForbiddenOperation";

/// 无windows镜像权限。
pub const UNAUTHORIZEDOPERATION_WINDOWSIMAGE: &str = "UnauthorizedOperation.WindowsImage";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 未找到相关IP。
pub const UNSUPPORTEDOPERATION_ADDRESSIDNOTFOUND: &str = "UnsupportedOperation.AddressIdNotFound";

/// 指定实例已经绑定了EIP。需先解绑当前的EIP才能再次进行绑定操作。
pub const UNSUPPORTEDOPERATION_ALREADYBINDEIP: &str = "UnsupportedOperation.AlreadyBindEip";

/// 弹性网卡与实例是已关联的。
pub const UNSUPPORTEDOPERATION_ATTACHMENTALREADYEXISTS: &str =
    "UnsupportedOperation.AttachmentAlreadyExists";

/// 实例是未关联的。
pub const UNSUPPORTEDOPERATION_ATTACHMENTNOTFOUND: &str = "UnsupportedOperation.AttachmentNotFound";

/// 禁止删除默认路由表。
pub const UNSUPPORTEDOPERATION_DELDEFAULTROUTE: &str = "UnsupportedOperation.DelDefaultRoute";

/// 禁止删除已关联子网的路由表。
pub const UNSUPPORTEDOPERATION_DELROUTEWITHSUBNET: &str = "UnsupportedOperation.DelRouteWithSubnet";

/// 安全组规则重复。
pub const UNSUPPORTEDOPERATION_DUPLICATEPOLICY: &str = "UnsupportedOperation.DuplicatePolicy";

/// 不支持ECMP。
pub const UNSUPPORTEDOPERATION_ECMP: &str = "UnsupportedOperation.Ecmp";

/// 和云联网的路由形成ECMP。
pub const UNSUPPORTEDOPERATION_ECMPWITHCCNROUTE: &str = "UnsupportedOperation.EcmpWithCcnRoute";

/// 和用户自定义的路由形成ECMP。
pub const UNSUPPORTEDOPERATION_ECMPWITHUSERROUTE: &str = "UnsupportedOperation.EcmpWithUserRoute";

/// 无效实例ID。指定的实例ID不存在。
pub const UNSUPPORTEDOPERATION_INSTANCEIDNOTFOUND: &str = "UnsupportedOperation.InstanceIdNotFound";

/// 不被支持的实例。
pub const UNSUPPORTEDOPERATION_INSTANCEIDNOTSUPPORTED: &str =
    "UnsupportedOperation.InstanceIdNotSupported";

/// 当前机型不支持所选镜像。
pub const UNSUPPORTEDOPERATION_INSTANCETYPENOTSUPPORTIMAGE: &str =
    "UnsupportedOperation.InstanceTypeNotSupportImage";

/// 当前状态不能进行该操作。
pub const UNSUPPORTEDOPERATION_INVALIDINSTANCESTATE: &str =
    "UnsupportedOperation.InvalidInstanceState";

/// 指定 NetworkInterfaceId 不存在或指定的PrivateIpAddress不在NetworkInterfaceId上。
pub const UNSUPPORTEDOPERATION_INVALIDNETWORKINTERFACEIDNOTFOUND: &str =
    "UnsupportedOperation.InvalidNetworkInterfaceIdNotFound";

/// 指定弹性网卡的指定内网IP已经绑定了EIP，不能重复绑定。
pub const UNSUPPORTEDOPERATION_INVALIDPRIVATEIPADDRESSALREADYBINDEIP: &str =
    "UnsupportedOperation.InvalidPrivateIpAddressAlreadyBindEip";

/// 资源状态不合法。
pub const UNSUPPORTEDOPERATION_INVALIDSTATE: &str = "UnsupportedOperation.InvalidState";

/// 请确认提供的IP地址是否完整。
pub const UNSUPPORTEDOPERATION_MALFORMED: &str = "UnsupportedOperation.Malformed";

/// 资源互斥操作任务正在执行。
pub const UNSUPPORTEDOPERATION_MUTEXOPERATIONTASKRUNNING: &str =
    "UnsupportedOperation.MutexOperationTaskRunning";

/// 实例规格仅支持绑定三个EIP。
pub const UNSUPPORTEDOPERATION_QUOTALIMITEXCEEDED: &str = "UnsupportedOperation.QuotaLimitExceeded";

/// 当前状态不能进行此操作。
pub const UNSUPPORTEDOPERATION_STATUSNOTPERMIT: &str = "UnsupportedOperation.StatusNotPermit";

/// 系统路由，禁止操作。
pub const UNSUPPORTEDOPERATION_SYSTEMROUTE: &str = "UnsupportedOperation.SystemRoute";

/// 指定安全组规则版本号和当前最新版本不一致。
pub const UNSUPPORTEDOPERATION_VERSIONMISMATCH: &str = "UnsupportedOperation.VersionMismatch";

/// 资源不属于同一个VPC。
pub const UNSUPPORTEDOPERATION_VPCMISMATCH: &str = "UnsupportedOperation.VpcMismatch";
