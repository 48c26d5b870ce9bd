//! Error codes of `tdcpg`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tdcpg::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 元数据库访问失败，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_DATABASEACCESSERROR: &str = "FailedOperation.DatabaseAccessError";

/// 创建流程失败,请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_FLOWERROR: &str = "FailedOperation.FlowError";

/// 获取VPC信息异常，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_GETVPCFAILED: &str = "FailedOperation.GetVpcFailed";

/// 内部服务访问失败，请稍后重试。如果持续不成功，请联系客服。
pub const FAILEDOPERATION_INTERNALSERVICEACCESSERROR: &str =
    "FailedOperation.InternalServiceAccessError";

/// 当前的付费模式不支持此操作。
pub const FAILEDOPERATION_PAYMODEINVALID: &str = "FailedOperation.PayModeInvalid";

/// 规格没有变化，CPU/Memory至少升级一项。
pub const FAILEDOPERATION_SPECNOTCHANGE: &str = "FailedOperation.SpecNotChange";

/// 对应规格的存储上限不够，无法满足当前集群的数据存储。
pub const FAILEDOPERATION_SPECSTORAGELACK: &str = "FailedOperation.SpecStorageLack";

/// 状态异常，不允许操作。
pub const FAILEDOPERATION_STATUSERROR: &str = "FailedOperation.StatusError";

/// 当前存储的付费模式不支持此操作。
pub const FAILEDOPERATION_STORAGEPAYMODEINVALID: &str = "FailedOperation.StoragePayModeInvalid";

/// 任务冲突，请稍后重试。如果持续不成功，请联系客服。
pub const FAILEDOPERATION_TASKCONFLICT: &str = "FailedOperation.TaskConflict";

/// 请求计费服务异常，请稍后重试。如果持续不成功，请联系客服进行处理。
pub const FAILEDOPERATION_TRADEACCESSERROR: &str = "FailedOperation.TradeAccessError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 账号不存在。
pub const INVALIDPARAMETERVALUE_ACCOUNTNOTFOUND: &str = "InvalidParameterValue.AccountNotFound";

/// 未找到可回档的时间,请确认指定时间点是否在(创建集群时间点,当前时间点)之间。
pub const INVALIDPARAMETERVALUE_BACKUPDATAPOINTINVALID: &str =
    "InvalidParameterValue.BackupDataPointInvalid";

/// 集群不存在。
pub const INVALIDPARAMETERVALUE_CLUSTERNOTFOUND: &str = "InvalidParameterValue.ClusterNotFound";

/// 数据库版本号相关参数数量错误。
pub const INVALIDPARAMETERVALUE_DATABASEVERSIONPARAMCOUNTERROR: &str =
    "InvalidParameterValue.DatabaseVersionParamCountError";

/// 订单未找到。
pub const INVALIDPARAMETERVALUE_DEALNAMENOTFOUND: &str = "InvalidParameterValue.DealNameNotFound";

/// 接入点不存在。
pub const INVALIDPARAMETERVALUE_ENDPOINTNOTFOUND: &str = "InvalidParameterValue.EndpointNotFound";

/// 集群/实例名字非法，需要满足：长度在1-60个字符，只能由中文、字母、数字、'-'或'.'或'_'组成，区分大小写。
pub const INVALIDPARAMETERVALUE_ILLEGALINSTANCENAME: &str =
    "InvalidParameterValue.IllegalInstanceName";

/// 密码设置无效，需要满足： 8-64个字符，至少包含 大写字母、小写字母、数字和符号~!@#$%^&*_-+=`|(){}[]:;'<>,.?/中的任意三种
pub const INVALIDPARAMETERVALUE_ILLEGALPASSWORD: &str = "InvalidParameterValue.IllegalPassword";

/// 实例不存在。
pub const INVALIDPARAMETERVALUE_INSTANCENOTFOUND: &str = "InvalidParameterValue.InstanceNotFound";

/// 数据库版本号相关参数不合法。
pub const INVALIDPARAMETERVALUE_INVALIDDATABASEVERSION: &str =
    "InvalidParameterValue.InvalidDatabaseVersion";

/// 数据库版本信息无法被识别。
pub const INVALIDPARAMETERVALUE_INVALIDDBVERSION: &str = "InvalidParameterValue.InvalidDBVersion";

/// 传入的参数非法。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUEERROR: &str =
    "InvalidParameterValue.InvalidParameterValueError";

/// 规格信息(CPU/Memory)信息无法被识别。
pub const INVALIDPARAMETERVALUE_INVALIDSPEC: &str = "InvalidParameterValue.InvalidSpec";

/// 参数不合法。
pub const INVALIDPARAMETERVALUE_PARAMETEROUTRANGEERROR: &str =
    "InvalidParameterValue.ParameterOutRangeError";

/// 不支持当前地域/可用区的售卖。
pub const INVALIDPARAMETERVALUE_REGIONZONEUNAVAILABLE: &str =
    "InvalidParameterValue.RegionZoneUnavailable";

/// 使用的备份数据来源集群ID非法。
pub const INVALIDPARAMETERVALUE_SOURCEBACKUPCLUSTERIDINVALID: &str =
    "InvalidParameterValue.SourceBackupClusterIdInvalid";

/// 集群对应的存储已经被删除。
pub const INVALIDPARAMETERVALUE_STORAGEPOOLNOTFOUND: &str =
    "InvalidParameterValue.StoragePoolNotFound";

/// 您没有权限操作该VPC网络。
pub const INVALIDPARAMETERVALUE_VPCDENIEDERROR: &str = "InvalidParameterValue.VpcDeniedError";

/// 未获取到VPC信息，请检查输入的VPC相关参数。
pub const INVALIDPARAMETERVALUE_VPCNOTFOUND: &str = "InvalidParameterValue.VpcNotFound";

/// VPC子网中IP数量不够。
pub const INVALIDPARAMETERVALUE_VPCSUBNETIPLACK: &str = "InvalidParameterValue.VpcSubnetIpLack";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 当前集群下实例数量超过限制。
pub const LIMITEXCEEDED_CLUSTERINSTANCELIMIT: &str = "LimitExceeded.ClusterInstanceLimit";

/// 用户集群数量超过限制。
pub const LIMITEXCEEDED_USERCLUSTERLIMIT: &str = "LimitExceeded.UserClusterLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 当前集群/实例状态不允许操作。
pub const RESOURCEUNAVAILABLE_INSTANCESTATUSABNORMAL: &str =
    "ResourceUnavailable.InstanceStatusAbnormal";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未经授权的操作。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
