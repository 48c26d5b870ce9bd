//! Error codes of `iotvideoindustry`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_iotvideoindustry::errors::AUTHFAILURE) => { /* … */ }
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

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// DB操作错误。
pub const INTERNALERROR_DBOPERATIONERROR: &str = "InternalError.DBOperationError";

/// 内部错误。
pub const INTERNALERROR_INTERNALSERVEREXCEPTION: &str = "InternalError.InternalServerException";

/// DB操作错误。
pub const INTERNALERROR_INTERNALSERVEREXCEPTIONDB: &str = "InternalError.InternalServerExceptionDB";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 账户余额不足，请检查。
pub const INVALIDPARAMETERVALUE_BALANCENOTENOUGH: &str = "InvalidParameterValue.BalanceNotEnough";

/// 无法通过该设备ID查找设备。
pub const INVALIDPARAMETERVALUE_DEVICEDATAMAPERROR: &str =
    "InvalidParameterValue.DeviceDataMapError";

/// 设备Id不合法。
pub const INVALIDPARAMETERVALUE_DEVICEID: &str = "InvalidParameterValue.DeviceId";

/// 设备通道不在线，请检查通道配置。
pub const INVALIDPARAMETERVALUE_DEVICEINFONOTEXIST: &str =
    "InvalidParameterValue.DeviceInfoNotExist";

/// 设备离线或未注册。
pub const INVALIDPARAMETERVALUE_DEVICEOFFLINE: &str = "InvalidParameterValue.DeviceOffline";

/// 设备或通道处于在线状态。
pub const INVALIDPARAMETERVALUE_DEVICEONLINE: &str = "InvalidParameterValue.DeviceOnline";

/// 设备类型不支持。
pub const INVALIDPARAMETERVALUE_DEVICETYPENOTSUPPORT: &str =
    "InvalidParameterValue.DeviceTypeNotSupport";

/// 国标域/设备不存在或未注册。
pub const INVALIDPARAMETERVALUE_DOMAINID: &str = "InvalidParameterValue.DomainId";

/// 超时时间错误。
pub const INVALIDPARAMETERVALUE_EXPIRETIME: &str = "InvalidParameterValue.ExpireTime";

/// domainid分组不允许修改ExtraInformation。
pub const INVALIDPARAMETERVALUE_GROUPDOMAINIDEXTRAINFORMATION: &str =
    "InvalidParameterValue.GroupDomainidExtraInformation";

/// 国标平台下级分组不允许修改。
pub const INVALIDPARAMETERVALUE_GROUPDOMAINIDNOTUPDATE: &str =
    "InvalidParameterValue.GroupDomainidNotUpdate";

/// 分组参数错误。
pub const INVALIDPARAMETERVALUE_GROUPPARMSERROR: &str = "InvalidParameterValue.GroupParmsError";

/// 回看流不存在。
pub const INVALIDPARAMETERVALUE_RECORDNOTEXIST: &str = "InvalidParameterValue.RecordNotExist";

/// 最多创建100个录制计划。
pub const INVALIDPARAMETERVALUE_RECORDPLANBEYONDLIMIT: &str =
    "InvalidParameterValue.RecordPlanBeyondLimit";

/// 超过创建条目限制。
pub const INVALIDPARAMETERVALUE_RULELIMIT: &str = "InvalidParameterValue.RuleLimit";

/// 规则不存在。
pub const INVALIDPARAMETERVALUE_RULENOTEXIST: &str = "InvalidParameterValue.RuleNotExist";

/// 流Id不合法。
pub const INVALIDPARAMETERVALUE_STREAMID: &str = "InvalidParameterValue.StreamId";

/// 流不存在，请检查设备配置。
pub const INVALIDPARAMETERVALUE_STREAMINFONOTEXIST: &str =
    "InvalidParameterValue.StreamInfoNotExist";

/// 最多创建100个时间模板。
pub const INVALIDPARAMETERVALUE_TEMPLATEBEYONDLIMIT: &str =
    "InvalidParameterValue.TemplateBeyondLimit";

/// 模板时间片段为空。
pub const INVALIDPARAMETERVALUE_TEMPLATESPECEMPTY: &str = "InvalidParameterValue.TemplateSpecEmpty";

/// 请求时间粒度不支持。
pub const INVALIDPARAMETERVALUE_TIMESPECNOTSUPPORT: &str =
    "InvalidParameterValue.TimeSpecNotSupport";

/// 请求类型不支持。
pub const INVALIDPARAMETERVALUE_TYPENOTSUPPORT: &str = "InvalidParameterValue.TypeNotSupport";

/// 通道状态在线。
pub const INVALIDPARAMETER_DEVICEONLINE: &str = "InvalidParameter.DeviceOnline";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

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

/// 设备未创建或是已删除。
pub const RESOURCENOTFOUND_DEVICENOTEXIST: &str = "ResourceNotFound.DeviceNotExist";

/// PTZ控制的资源处于离线状态。
pub const RESOURCENOTFOUND_DEVICESIPPTZERROR: &str = "ResourceNotFound.DeviceSipPTZError";

/// 未找到分组或分组已删除。
pub const RESOURCENOTFOUND_GROUPNOTEXIST: &str = "ResourceNotFound.GroupNotExist";

/// 未找到录制计划或录制计划已删除。
pub const RESOURCENOTFOUND_PLANNOTEXIST: &str = "ResourceNotFound.PlanNotExist";

/// 未找到时间模板或时间模板已删除。
pub const RESOURCENOTFOUND_RESOURCENOTFOUND: &str = "ResourceNotFound.ResourceNotFound";

/// 统计数据不存在。
pub const RESOURCENOTFOUND_STATDATANOTEXIST: &str = "ResourceNotFound.StatDataNotExist";

/// 未找到时间模板或时间模板已删除。
pub const RESOURCENOTFOUND_TEMPLATENOTEXIST: &str = "ResourceNotFound.TemplateNotExist";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 国标信令异常。
pub const RESOURCEUNAVAILABLE_GBPROTOCOLEXECEXCEPTION: &str =
    "ResourceUnavailable.GBProtocolExecException";

/// 流信息异常。
pub const RESOURCEUNAVAILABLE_STREAMINFOEXCEPTION: &str = "ResourceUnavailable.StreamInfoException";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 该名字分组已创建，请修改其他分组名字。
pub const UNAUTHORIZEDOPERATION_GROUPEXIST: &str = "UnauthorizedOperation.GroupExist";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 分组下还存在设备或子分组。
pub const UNSUPPORTEDOPERATION_BINDEXIST: &str = "UnsupportedOperation.BindExist";

/// 绑定的设备列表中有已绑定录制计划的设备。
pub const UNSUPPORTEDOPERATION_DEVICEBINDEXIST: &str = "UnsupportedOperation.DeviceBindExist";

/// 设备没有操作权限。
pub const UNSUPPORTEDOPERATION_DEVICECANNOTDO: &str = "UnsupportedOperation.DeviceCanNotDo";

/// 存在重复设备。
pub const UNSUPPORTEDOPERATION_DEVICEDUPKEYEXIST: &str = "UnsupportedOperation.DeviceDupKeyExist";

/// 设备和通道不匹配，请检查。
pub const UNSUPPORTEDOPERATION_DEVICEMISSMATCH: &str = "UnsupportedOperation.DeviceMissMatch";

/// 绑定的设备列表中有不存在的设备。
pub const UNSUPPORTEDOPERATION_DEVICENOTFOUND: &str = "UnsupportedOperation.DeviceNotFound";

/// 设备信令不通。
pub const UNSUPPORTEDOPERATION_DEVICESIPCOMMANDFAIL: &str =
    "UnsupportedOperation.DeviceSipCommandFail";

/// 该分组为平台下级分组，不允许删除。
pub const UNSUPPORTEDOPERATION_DOMAINGROUP: &str = "UnsupportedOperation.DomainGroup";

/// 该名字分组已创建，请修改其他分组名字。
pub const UNSUPPORTEDOPERATION_GROUPEXIST: &str = "UnsupportedOperation.GroupExist";

/// 分组层级超过最大值。
pub const UNSUPPORTEDOPERATION_GROUPLAYERISMAX: &str = "UnsupportedOperation.GroupLayerIsMax";

/// 父分组不存在。
pub const UNSUPPORTEDOPERATION_GROUPPARENTIDNOTEXIST: &str =
    "UnsupportedOperation.GroupParentidNotExist";

/// 存在直播频道与当前直播录制计划绑定。
pub const UNSUPPORTEDOPERATION_LIVECHANNELBINDEXIST: &str =
    "UnsupportedOperation.LiveChannelBindExist";

/// 没有该设备的权限。
pub const UNSUPPORTEDOPERATION_NOPERMISSION: &str = "UnsupportedOperation.NoPermission";

/// 时间模板下存在未删除的录制计划时不允许删除或修改。
pub const UNSUPPORTEDOPERATION_PLANEXISTUNDERTEMPLATE: &str =
    "UnsupportedOperation.PlanExistUnderTemplate";

/// 该名字录制计划已创建，请修改其他计划名字。
pub const UNSUPPORTEDOPERATION_RECORDPLANEXIST: &str = "UnsupportedOperation.RecordPlanExist";

/// 存在重复规则。
pub const UNSUPPORTEDOPERATION_RULEDUPKEYEXIST: &str = "UnsupportedOperation.RuleDupKeyExist";

/// 已存在同名场景。
pub const UNSUPPORTEDOPERATION_SCENEEXIST: &str = "UnsupportedOperation.SceneExist";

/// 子分组数量超过最大值。
pub const UNSUPPORTEDOPERATION_SUBGROUPISMAX: &str = "UnsupportedOperation.SubGroupIsMax";

/// 分组下还存在设备或子分组。
pub const UNSUPPORTEDOPERATION_SUBGRPEXIST: &str = "UnsupportedOperation.SubgrpExist";

/// 该名字时间模板已创建，请修改其他模板名字。
pub const UNSUPPORTEDOPERATION_TEMPLATEEXIST: &str = "UnsupportedOperation.TemplateExist";

/// 预置时间模板不允许删除或修改。
pub const UNSUPPORTEDOPERATION_TEMPLATEPRESET: &str = "UnsupportedOperation.TemplatePreset";

/// 处于隔离中的资源不能进行此操作。
pub const UNSUPPORTEDOPERATION_USERISISOLATE: &str = "UnsupportedOperation.UserIsIsolate";
