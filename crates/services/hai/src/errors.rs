//! Error codes of `hai`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_hai::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 欠费账户不能创建实例
pub const FAILEDOPERATION_ARREARSACCOUNTCANNOTRUNINSTANCES: &str =
    "FailedOperation.ArrearsAccountCannotRunInstances";

/// 该服务已开启自动扩缩容功能，请先关闭自动扩缩容，再手动调整副本数。
pub const FAILEDOPERATION_AUTOSCALEMANUALCONFLICT: &str = "FailedOperation.AutoscaleManualConflict";

/// 资源不允许退还
pub const FAILEDOPERATION_CANNOTRETURN: &str = "FailedOperation.CannotReturn";

/// 并发操作实例失败
pub const FAILEDOPERATION_OPERATEINSTANCEREPEATEDLY: &str =
    "FailedOperation.OperateInstanceRepeatedly";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 计费异常
pub const INTERNALERROR_TRADEERROR: &str = "InternalError.TradeError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 指定的应用不存在
pub const INVALIDPARAMETERVALUE_APPLICATIONIDNOTFOUND: &str =
    "InvalidParameterValue.ApplicationIdNotFound";

/// 算力套餐类型不存在
pub const INVALIDPARAMETERVALUE_BUNDLETYPENOTFOUND: &str =
    "InvalidParameterValue.BundleTypeNotFound";

/// ComputeSet不能为空
pub const INVALIDPARAMETERVALUE_COMPUTESETCANNOTBENONE: &str =
    "InvalidParameterValue.ComputeSetCannotBeNone";

/// 云盘大小需要大于应用所需云盘最小大小
pub const INVALIDPARAMETERVALUE_DISKSIZEMUSTLARGERTHANAPPLICATIONMINREQUIREDSIZE: &str =
    "InvalidParameterValue.DiskSizeMustLargerThanApplicationMinRequiredSize";

/// 云盘大小设置必须大于实例当前的云盘大小
pub const INVALIDPARAMETERVALUE_DISKSIZEMUSTLARGETHANCURRENTDISKSIZE: &str =
    "InvalidParameterValue.DiskSizeMustLargeThanCurrentDiskSize";

/// 云盘大小达到上限值
pub const INVALIDPARAMETERVALUE_DISKSIZEREACHLIMIT: &str =
    "InvalidParameterValue.DiskSizeReachLimit";

/// 列表入参中存在重复值
pub const INVALIDPARAMETERVALUE_DUPLICATED: &str = "InvalidParameterValue.Duplicated";

/// 指定的实例不存在
pub const INVALIDPARAMETERVALUE_INSTANCEIDNOTFOUND: &str =
    "InvalidParameterValue.InstanceIdNotFound";

/// 实例名称过长
pub const INVALIDPARAMETERVALUE_INSTANCENAMETOOLONG: &str =
    "InvalidParameterValue.InstanceNameTooLong";

/// 应用ID格式非法
pub const INVALIDPARAMETERVALUE_INVALIDAPPLICATIONIDMALFORMED: &str =
    "InvalidParameterValue.InvalidApplicationIdMalformed";

/// 自定义应用名称重复
pub const INVALIDPARAMETERVALUE_INVALIDAPPLICATIONNAMEDUPLICATE: &str =
    "InvalidParameterValue.InvalidApplicationNameDuplicate";

/// 应用类型application-type仅可以选择PUBLIC_APPLICATION,PRIVATE_APPLICATION或COMMUNITY_APPLICATION
pub const INVALIDPARAMETERVALUE_INVALIDAPPLICATIONTYPE: &str =
    "InvalidParameterValue.InvalidApplicationType";

/// 付费方式字段不符合规范
pub const INVALIDPARAMETERVALUE_INVALIDCHARGETYPE: &str = "InvalidParameterValue.InvalidChargeType";

/// 付费方式与时间单位不匹配
pub const INVALIDPARAMETERVALUE_INVALIDCHARGETYPEANDTIMEUNIT: &str =
    "InvalidParameterValue.InvalidChargeTypeAndTimeUnit";

/// 集群ID格式不正确
pub const INVALIDPARAMETERVALUE_INVALIDCLUSTERIDMALFORMED: &str =
    "InvalidParameterValue.InvalidClusterIdMalformed";

/// 每次购买的实例数目不在合理范围内
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCECOUNT: &str =
    "InvalidParameterValue.InvalidInstanceCount";

/// 实例ID格式非法
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCEIDMALFORMED: &str =
    "InvalidParameterValue.InvalidInstanceIdMalformed";

/// 指定的模型ID格式错误。请确保在请求中提供完整的模型ID，格式为mdl-xxxxxxxx。字母`x`代表小写字母或数字。
pub const INVALIDPARAMETERVALUE_INVALIDMODELIDMALFORMED: &str =
    "InvalidParameterValue.InvalidModelIdMalformed";

/// 无效的排练顺序
pub const INVALIDPARAMETERVALUE_INVALIDORDER: &str = "InvalidParameterValue.InvalidOrder";

/// 无效的排序字段
pub const INVALIDPARAMETERVALUE_INVALIDORDERFIELD: &str = "InvalidParameterValue.InvalidOrderField";

/// 指定的密码不合规范。
pub const INVALIDPARAMETERVALUE_INVALIDPASSWORD: &str = "InvalidParameterValue.InvalidPassword";

/// 场景ID格式非法
pub const INVALIDPARAMETERVALUE_INVALIDSCENEIDMALFORMED: &str =
    "InvalidParameterValue.InvalidSceneIdMalformed";

/// 非法安全类型
pub const INVALIDPARAMETERVALUE_INVALIDSECURITYTYPE: &str =
    "InvalidParameterValue.InvalidSecurityType";

/// 服务ID格式错误
pub const INVALIDPARAMETERVALUE_INVALIDSERVICEIDMALFORMED: &str =
    "InvalidParameterValue.InvalidServiceIdMalformed";

/// 子网ID不能为空
pub const INVALIDPARAMETERVALUE_INVALIDSUBNETIDISNONE: &str =
    "InvalidParameterValue.InvalidSubnetIdIsNone";

/// 子网ID格式错误
pub const INVALIDPARAMETERVALUE_INVALIDSUBNETIDMALFORMED: &str =
    "InvalidParameterValue.InvalidSubnetIdMalformed";

/// 模版ID格式不正确
pub const INVALIDPARAMETERVALUE_INVALIDTEMPLATEIDMALFORMED: &str =
    "InvalidParameterValue.InvalidTemplateIdMalformed";

/// VpcId不能为空
pub const INVALIDPARAMETERVALUE_INVALIDVPCIDISNONE: &str =
    "InvalidParameterValue.InvalidVpcIdIsNone";

/// 最大字节数无效
pub const INVALIDPARAMETERVALUE_LIMITBYTESINVALID: &str = "InvalidParameterValue.LimitBytesInvalid";

/// Pod名称无效
pub const INVALIDPARAMETERVALUE_PODNAMEINVALID: &str = "InvalidParameterValue.PodNameInvalid";

/// Pod不存在
pub const INVALIDPARAMETERVALUE_PODNOTFOUND: &str = "InvalidParameterValue.PodNotFound";

/// 地域非法
pub const INVALIDPARAMETERVALUE_REGIONINVALID: &str = "InvalidParameterValue.RegionInvalid";

/// 该地域不支持公网访问
pub const INVALIDPARAMETERVALUE_REGIONNOTSUPPORTPUBLICCALLINFO: &str =
    "InvalidParameterValue.RegionNotSupportPublicCallInfo";

/// 无法找到指定的安全组
pub const INVALIDPARAMETERVALUE_SECURITYGROUPNOTFOUND: &str =
    "InvalidParameterValue.SecurityGroupNotFound";

/// 服务ID不存在
pub const INVALIDPARAMETERVALUE_SERVICEIDNOTFOUND: &str = "InvalidParameterValue.ServiceIdNotFound";

/// 服务名称过长
pub const INVALIDPARAMETERVALUE_SERVICENAMETOOLONG: &str =
    "InvalidParameterValue.ServiceNameTooLong";

/// 入参中若存在子网ID，则必须同时存在VPC ID。
pub const INVALIDPARAMETERVALUE_SUBNETMUSTCOEXISTWITHVPC: &str =
    "InvalidParameterValue.SubnetMustCoexistWithVpc";

/// 无法找到指定的子网，或该子网不属于指定的VPC
pub const INVALIDPARAMETERVALUE_SUBNETNOTFOUND: &str = "InvalidParameterValue.SubnetNotFound";

/// 日志行数无效
pub const INVALIDPARAMETERVALUE_TAILLINESINVALID: &str = "InvalidParameterValue.TailLinesInvalid";

/// 目标副本数不能与运行中副本数相同
pub const INVALIDPARAMETERVALUE_TARGETREPLICASMUSTDIFFERFROMRUNNINGREPLICAS: &str =
    "InvalidParameterValue.TargetReplicasMustDifferFromRunningReplicas";

/// 模板ID不存在
pub const INVALIDPARAMETERVALUE_TEMPLATEIDNOTFOUND: &str =
    "InvalidParameterValue.TemplateIdNotFound";

/// 无法找到指定的VPC
pub const INVALIDPARAMETERVALUE_VPCNOTFOUND: &str = "InvalidParameterValue.VpcNotFound";

/// 两个指定的入参每次只能使用其中一个
pub const INVALIDPARAMETER_ATMOSTONE: &str = "InvalidParameter.AtMostOne";

/// 没有配额去为HAI创建新的安全组
pub const LIMITEXCEEDED_SECURITYGROUPLIMITEXCEEDED: &str =
    "LimitExceeded.SecurityGroupLimitExceeded";

/// 没有配额去为HAI创建新的VPC
pub const LIMITEXCEEDED_VPCLIMITEXCEEDED: &str = "LimitExceeded.VpcLimitExceeded";

/// 指定实例有正在执行的操作，不能执行新的操作
pub const OPERATIONDENIED_INSTANCEOPERATIONINPROGRESS: &str =
    "OperationDenied.InstanceOperationInProgress";

/// 该服务不支持更新访问方式
pub const OPERATIONDENIED_SERVICENOTSUPPORTUPDATECALLINFO: &str =
    "OperationDenied.ServiceNotSupportUpdateCallInfo";

/// 指定服务有正在执行的操作，不能执行新的操作
pub const OPERATIONDENIED_SERVICEOPERATIONINPROGRESS: &str =
    "OperationDenied.ServiceOperationInProgress";

/// 指定的算力套餐库存不足
pub const RESOURCEINSUFFICIENT_BUNDLEINVENTORYSHORTAGE: &str =
    "ResourceInsufficient.BundleInventoryShortage";

/// 此模板仅允许创建一个服务
pub const UNAUTHORIZEDOPERATION_ALLOWCREATEONESERVICEOFTEMPLATE: &str =
    "UnauthorizedOperation.AllowCreateOneServiceOfTemplate";

/// 高性能应用服务相关角色获取失败，无法完成操作
pub const UNAUTHORIZEDOPERATION_GETROLEERROR: &str = "UnauthorizedOperation.GetRoleError";

/// token不正确
pub const UNAUTHORIZEDOPERATION_INVALIDTOKEN: &str = "UnauthorizedOperation.InvalidToken";

/// 用户账号的网络类型是传统型，不允许使用HAI
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDNETWORKUSER: &str =
    "UnauthorizedOperation.UnauthorizedNetworkUser";

/// 未认证的STS操作
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDSTSOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedSTSOperation";

/// 客户未授权使用本产品
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDUSER: &str = "UnauthorizedOperation.UnauthorizedUser";

/// 用户未绑定具身智能帐号
pub const UNAUTHORIZEDOPERATION_USERNOTBOUNDEMBODIEDINTELLIGENCEACCOUNT: &str =
    "UnauthorizedOperation.UserNotBoundEmbodiedIntelligenceAccount";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 不允许同时操作预付费过期实例和未过期实例
pub const UNSUPPORTEDOPERATION_CANNOTTERMINATEEXPIREDANDNOTEXPIREDINSTANCES: &str =
    "UnsupportedOperation.CannotTerminateExpiredAndNotExpiredInstances";

/// 实例不支持创建自定义应用
pub const UNSUPPORTEDOPERATION_INSTANCECREATEAPPLICATIONNOTSUPPORT: &str =
    "UnsupportedOperation.InstanceCreateApplicationNotSupport";

/// 不支持对处于`Arrears`状态的实例执行当前操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATEARREARS: &str =
    "UnsupportedOperation.InstanceStateArrears";

/// 不支持对处于`LaunchFailed`状态的实例执行当前操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATELAUNCHFAILED: &str =
    "UnsupportedOperation.InstanceStateLaunchFailed";

/// 不支持对处于`Pending`状态的实例执行当前操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATEPENDING: &str =
    "UnsupportedOperation.InstanceStatePending";

/// 不支持对处于`Running`状态的实例执行当前操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATERUNNING: &str =
    "UnsupportedOperation.InstanceStateRunning";

/// 不支持对处于`StoppedNoCharge`状态的实例执行当前操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATESTOPPEDNOCHARGE: &str =
    "UnsupportedOperation.InstanceStateStoppedNoCharge";

/// 不支持对处于`Terminated`状态的实例执行当前操作。
pub const UNSUPPORTEDOPERATION_INSTANCESTATETERMINATED: &str =
    "UnsupportedOperation.InstanceStateTerminated";

/// 不支持多Deployment场景
pub const UNSUPPORTEDOPERATION_MULTIDEPLOYMENTNOTSUPPORTED: &str =
    "UnsupportedOperation.MultiDeploymentNotSupported";

/// 不支持同时操作预付费和后付费实例
pub const UNSUPPORTEDOPERATION_NOTSUPPORTTERMINATEPREPAIDANDPOSTPAID: &str =
    "UnsupportedOperation.NotSupportTerminatePrePaidAndPostPaid";

/// 后付费服务缩容不支持询价
pub const UNSUPPORTEDOPERATION_NOTSUPPORTTOINQUIRYPRICE: &str =
    "UnsupportedOperation.NotSupportToInquiryPrice";
