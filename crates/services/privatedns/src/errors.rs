//! Error codes of `privatedns`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_privatedns::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// token校验失败。
pub const AUTHFAILURE_TOKENFAILURE: &str = "AuthFailure.TokenFailure";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 私有域关联VPC失败。
pub const FAILEDOPERATION_BINDZONEVPCFAILED: &str = "FailedOperation.BindZoneVpcFailed";

/// 创建解析记录异常。
pub const FAILEDOPERATION_CREATERECORDERROR: &str = "FailedOperation.CreateRecordError";

/// 记录创建失败。
pub const FAILEDOPERATION_CREATERECORDFAILED: &str = "FailedOperation.CreateRecordFailed";

/// 创建终端节点异常。
pub const FAILEDOPERATION_CREATEVPCENDPOINTERROR: &str = "FailedOperation.CreateVpcEndPointError";

/// 创建终端节点失败。
pub const FAILEDOPERATION_CREATEVPCENDPOINTFAILED: &str = "FailedOperation.CreateVpcEndPointFailed";

/// 私有域创建失败。
pub const FAILEDOPERATION_CREATEZONEFAILED: &str = "FailedOperation.CreateZoneFailed";

/// 数据异常。
pub const FAILEDOPERATION_DATAERROR: &str = "FailedOperation.DataError";

/// 当前私有域已关联 VPC，如需清空解析记录请先解除 VPC 关联。
pub const FAILEDOPERATION_DELETELASTBINDVPCRECORDFAILED: &str =
    "FailedOperation.DeleteLastBindVpcRecordFailed";

/// 记录删除失败。
pub const FAILEDOPERATION_DELETERECORDFAILED: &str = "FailedOperation.DeleteRecordFailed";

/// 删除终端节点失败。
pub const FAILEDOPERATION_DELETEVPCENDPOINTFAILED: &str = "FailedOperation.DeleteVpcEndPointFailed";

/// 解析域删除失败。
pub const FAILEDOPERATION_DELETEZONEFAILED: &str = "FailedOperation.DeleteZoneFailed";

/// 获取临时凭证失败
pub const FAILEDOPERATION_GETTMPCREDFAILED: &str = "FailedOperation.GetTmpCredFailed";

/// 您的账号在同一区域内创建终端节点数量已达上限。
pub const FAILEDOPERATION_INBOUNDOVERLIMIT: &str = "FailedOperation.InboundOverLimit";

/// 记录修改失败。
pub const FAILEDOPERATION_MODIFYRECORDFAILED: &str = "FailedOperation.ModifyRecordFailed";

/// 私有域修改失败。
pub const FAILEDOPERATION_MODIFYZONEFAILED: &str = "FailedOperation.ModifyZoneFailed";

/// 记录更新失败
pub const FAILEDOPERATION_UPDATERECORDFAILED: &str = "FailedOperation.UpdateRecordFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 错误未定义。
pub const INTERNALERROR_UNDEFIENDERROR: &str = "InternalError.UndefiendError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// ttl的值必须是1-86400之间。
pub const INVALIDPARAMETERVALUE_ILLEGALTTLVALUE: &str = "InvalidParameterValue.IllegalTTLValue";

/// 内部保留域名，不支持创建。
pub const INVALIDPARAMETERVALUE_RESERVEDDOMAIN: &str = "InvalidParameterValue.ReservedDomain";

/// uin没有录入白名单，无权限访问
pub const INVALIDPARAMETERVALUE_UINNOTINWHITELIST: &str = "InvalidParameterValue.UinNotInWhiteList";

/// 已经存在绑定的账号。
pub const INVALIDPARAMETER_ACCOUNTEXIST: &str = "InvalidParameter.AccountExist";

/// 跨账号uin绑定数量超过限制
pub const INVALIDPARAMETER_CROSSACCOUNTCOUNTEXCEED: &str =
    "InvalidParameter.CrossAccountCountExceed";

/// 终端节点已经绑定了转发规则。
pub const INVALIDPARAMETER_ENDPOINTBINDFORWARDRULE: &str =
    "InvalidParameter.EndPointBindForwardRule";

/// 终端节点不存在。
pub const INVALIDPARAMETER_ENDPOINTNOTEXISTS: &str = "InvalidParameter.EndPointNotExists";

/// 终端节点服务不存在。
pub const INVALIDPARAMETER_ENDPOINTSERVICENOTEXIST: &str =
    "InvalidParameter.EndPointServiceNotExist";

/// 转发规则不存在。
pub const INVALIDPARAMETER_FORWARDRULENOTEXIST: &str = "InvalidParameter.ForwardRuleNotExist";

/// 私有域已经绑定过转发规则。
pub const INVALIDPARAMETER_FORWARDRULEZONEREPEATBIND: &str =
    "InvalidParameter.ForwardRuleZoneRepeatBind";

/// 非法CIDR。
pub const INVALIDPARAMETER_ILLEGALCIDR: &str = "InvalidParameter.IllegalCidr";

/// 域名不正确。
pub const INVALIDPARAMETER_ILLEGALDOMAIN: &str = "InvalidParameter.IllegalDomain";

/// 顶级域名不正确。
pub const INVALIDPARAMETER_ILLEGALDOMAINTLD: &str = "InvalidParameter.IllegalDomainTld";

/// PTR记录非法。
pub const INVALIDPARAMETER_ILLEGALPTRRECORD: &str = "InvalidParameter.IllegalPTRRecord";

/// 记录不合法。
pub const INVALIDPARAMETER_ILLEGALRECORD: &str = "InvalidParameter.IllegalRecord";

/// 无效的记录值。
pub const INVALIDPARAMETER_ILLEGALRECORDVALUE: &str = "InvalidParameter.IllegalRecordValue";

/// VPC非法。
pub const INVALIDPARAMETER_ILLEGALVPCINFO: &str = "InvalidParameter.IllegalVpcInfo";

/// MX 必须为5-50之间且为5的倍数。
pub const INVALIDPARAMETER_INVALIDMX: &str = "InvalidParameter.InvalidMX";

/// 文件类型不支持。
pub const INVALIDPARAMETER_INVALIDZONEFILEFORMAT: &str = "InvalidParameter.InvalidZoneFileFormat";

/// 该记录类型不支持 MX 优先级设置
pub const INVALIDPARAMETER_MXNOTSUPPORTED: &str = "InvalidParameter.MXNotSupported";

/// AAAA记录负载均衡数量超过50。
pub const INVALIDPARAMETER_RECORDAAAACOUNTEXCEED: &str = "InvalidParameter.RecordAAAACountExceed";

/// A记录负载均衡数量超过50。
pub const INVALIDPARAMETER_RECORDACOUNTEXCEED: &str = "InvalidParameter.RecordACountExceed";

/// CNAME记录负载均衡数量超过50。
pub const INVALIDPARAMETER_RECORDCNAMECOUNTEXCEED: &str = "InvalidParameter.RecordCNAMECountExceed";

/// 记录冲突。
pub const INVALIDPARAMETER_RECORDCONFLICT: &str = "InvalidParameter.RecordConflict";

/// 记录数量超过限制。
pub const INVALIDPARAMETER_RECORDCOUNTEXCEED: &str = "InvalidParameter.RecordCountExceed";

/// 记录已经存在。
pub const INVALIDPARAMETER_RECORDEXIST: &str = "InvalidParameter.RecordExist";

/// 记录层级超过限制。
pub const INVALIDPARAMETER_RECORDLEVELEXCEED: &str = "InvalidParameter.RecordLevelExceed";

/// MX记录负载均衡数量超过50。
pub const INVALIDPARAMETER_RECORDMXCOUNTEXCEED: &str = "InvalidParameter.RecordMXCountExceed";

/// 记录不存在。
pub const INVALIDPARAMETER_RECORDNOTEXIST: &str = "InvalidParameter.RecordNotExist";

/// 记录负载均衡数量超过限制
pub const INVALIDPARAMETER_RECORDROLLLIMITCOUNTEXCEED: &str =
    "InvalidParameter.RecordRollLimitCountExceed";

/// TXT记录负载均衡数量超过10。
pub const INVALIDPARAMETER_RECORDTXTCOUNTEXCEED: &str = "InvalidParameter.RecordTXTCountExceed";

/// 当前记录类型不支持权重。
pub const INVALIDPARAMETER_RECORDUNSUPPORTWEIGHT: &str = "InvalidParameter.RecordUnsupportWeight";

/// 唯一id不存在
pub const INVALIDPARAMETER_UNIQUEIDNOTEXIST: &str = "InvalidParameter.UniqueIdNotExist";

/// VPC已绑定其它解析域。
pub const INVALIDPARAMETER_VPCBINDED: &str = "InvalidParameter.VpcBinded";

/// 当前VPC已关联相同主域名。
pub const INVALIDPARAMETER_VPCBINDEDMAINDOMAIN: &str = "InvalidParameter.VpcBindedMainDomain";

/// 相同私有域不能绑定相同的VPC。
pub const INVALIDPARAMETER_VPCCONFLICT: &str = "InvalidParameter.VpcConflict";

/// VPC关联反解析域超过限制。
pub const INVALIDPARAMETER_VPCPTRZONEBINDEXCEED: &str = "InvalidParameter.VpcPtrZoneBindExceed";

/// 解析域不存在。
pub const INVALIDPARAMETER_ZONENOTEXISTS: &str = "InvalidParameter.ZoneNotExists";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 超过自定义TLD额度。
pub const LIMITEXCEEDED_TLDOUTOFLIMIT: &str = "LimitExceeded.TldOutOfLimit";

/// 使用自定义TLD的私有域超过总额度。
pub const LIMITEXCEEDED_TLDOUTOFRANGE: &str = "LimitExceeded.TldOutOfRange";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 余额不足。
pub const RESOURCEINSUFFICIENT_BALANCE: &str = "ResourceInsufficient.Balance";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 当前私有域已转发至其他DNS服务。
pub const RESOURCEINUSE_ZONEBINDFORWARDRULE: &str = "ResourceInUse.ZoneBindForwardRule";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 私有域解析服务未开通。
pub const RESOURCENOTFOUND_SERVICENOTSUBSCRIBED: &str = "ResourceNotFound.ServiceNotSubscribed";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未添加平台账号到当前终端节点服务的白名单内。
pub const RESOURCEUNAVAILABLE_SERVICEWHITELISTNOTADDED: &str =
    "ResourceUnavailable.ServiceWhiteListNotAdded";

/// TLD增值包已过期。
pub const RESOURCEUNAVAILABLE_TLDPACKAGEEXPIRED: &str = "ResourceUnavailable.TldPackageExpired";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 角色未授权。
pub const UNAUTHORIZEDOPERATION_ROLEUNAUTHORIZED: &str = "UnauthorizedOperation.RoleUnAuthorized";

/// 未实名账号。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDACCOUNT: &str =
    "UnauthorizedOperation.UnauthorizedAccount";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 账号未绑定。
pub const UNSUPPORTEDOPERATION_ACCOUNTNOTBOUND: &str = "UnsupportedOperation.AccountNotBound";

/// 存在绑定的VPC资源。
pub const UNSUPPORTEDOPERATION_EXISTBOUNDVPC: &str = "UnsupportedOperation.ExistBoundVpc";

/// 接口调用超过限频。
pub const UNSUPPORTEDOPERATION_FREQUENCYLIMIT: &str = "UnsupportedOperation.FrequencyLimit";

/// 不支持设置子域名递归解析。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTDNSFORWARD: &str =
    "UnsupportedOperation.NotSupportDnsForward";
