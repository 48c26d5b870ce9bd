//! Error codes of `mna`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_mna::errors::FAILEDOPERATION_TRANSACTIONEXCEPTION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 交易流程异常
pub const FAILEDOPERATION_TRANSACTIONEXCEPTION: &str = "FailedOperation.TransactionException";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 请求控制器发生错误。
pub const INTERNALERROR_CONTROLREQUESTERROR: &str = "InternalError.ControlRequestError";

/// cos对象存储请求错误。
pub const INTERNALERROR_COSREQUESTERROR: &str = "InternalError.CosRequestError";

/// 设备密钥已存在。
pub const INTERNALERROR_DUPLICATEDATAKEY: &str = "InternalError.DuplicateDataKey";

/// 设备名已存在。
pub const INTERNALERROR_DUPLICATEDEVICENAME: &str = "InternalError.DuplicateDeviceName";

/// 文件读写异常。
pub const INTERNALERROR_FILEIOERROR: &str = "InternalError.FileIOError";

/// 监控数据请求错误。
pub const INTERNALERROR_MONITORDATAREQUESTERROR: &str = "InternalError.MonitorDataRequestError";

/// 智研流量数据请求错误。
pub const INTERNALERROR_NETWORKINFOREQUESTERROR: &str = "InternalError.NetworkInfoRequestError";

/// 预置密钥尚未创建。
pub const INTERNALERROR_UNDEFINEDENCRYPTEDKEY: &str = "InternalError.UndefinedEncryptedKey";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 查询结束时间晚于当前时间
pub const INVALIDPARAMETERVALUE_TIMEFUTURE: &str = "InvalidParameterValue.TimeFuture";

/// 查询时间跨度超过7天
pub const INVALIDPARAMETERVALUE_TIMESPANEXCEEDED: &str = "InvalidParameterValue.TimeSpanExceeded";

/// 起始时间早于30天前
pub const INVALIDPARAMETERVALUE_TIMETOOEARLY: &str = "InvalidParameterValue.TimeTooEarly";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 设备不存在或当前状态为不可用。
pub const OPERATIONDENIED_DEVICENOTFOUND: &str = "OperationDenied.DeviceNotFound";

/// SN已存在
pub const OPERATIONDENIED_DUPLICATESN: &str = "OperationDenied.DuplicateSN";

/// 输入SN对应的硬件已经激活
pub const OPERATIONDENIED_HARDWAREHASACTIVATED: &str = "OperationDenied.HardwareHasActivated";

/// 输入SN对应的硬件不存在。
pub const OPERATIONDENIED_HARDWARENOTEXIST: &str = "OperationDenied.HardwareNotExist";

/// 非法请求，可能是重放攻击、伪造攻击。
pub const OPERATIONDENIED_ILLEGALREQUEST: &str = "OperationDenied.IllegalRequest";

/// 余额不足
pub const OPERATIONDENIED_INSUFFICIENTBALANCE: &str = "OperationDenied.InsufficientBalance";

/// 互通规则CIDR重叠
pub const OPERATIONDENIED_L3CIDROVERLAP: &str = "OperationDenied.L3CidrOverLap";

/// 互通规则数超过最大限制150条
pub const OPERATIONDENIED_L3CONNECTIONOVERSIZE: &str = "OperationDenied.L3ConnectionOverSize";

/// 资源包已经变配或续费
pub const OPERATIONDENIED_MODIFIEDORRENEWED: &str = "OperationDenied.ModifiedOrRenewed";

/// 无支付权限
pub const OPERATIONDENIED_NOTALLOWEDTOPAY: &str = "OperationDenied.NotAllowedToPay";

/// 重复购买
pub const OPERATIONDENIED_REPEATPURCHASE: &str = "OperationDenied.RepeatPurchase";

/// 截断开关已经被开启
pub const OPERATIONDENIED_TRUNCFLAGON: &str = "OperationDenied.TruncFlagOn";

/// 未实名认证
pub const OPERATIONDENIED_UNAUTHORIZEDUSER: &str = "OperationDenied.UnauthorizedUser";

/// 当前账号尚未注册为厂商。
pub const OPERATIONDENIED_VENDORNOTREGISTER: &str = "OperationDenied.VendorNotRegister";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未验证服务权限
pub const UNAUTHORIZEDOPERATION_NOPERMISSION: &str = "UnauthorizedOperation.NoPermission";

/// 直播服务未开通
pub const UNAUTHORIZEDOPERATION_UNOPENEDLIVESERVICE: &str =
    "UnauthorizedOperation.UnopenedLiveService";
