//! Error codes of `billing`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_billing::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 没有权限。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 代理支付设备不能降配。
pub const FAILEDOPERATION_AGENTPAYDEALCANNOTDOWN: &str = "FailedOperation.AgentPayDealCannotDown";

/// 账户余额不足。
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 业务侧校验不通过错误码。
pub const FAILEDOPERATION_BUSINESSCHECKERRCODE: &str = "FailedOperation.BusinessCheckErrCode";

/// 用户下单白名单拦截
pub const FAILEDOPERATION_DEALCREATEWHITELISTERROR: &str =
    "FailedOperation.dealCreateWhitelistError";

/// 经销场景限制错误
pub const FAILEDOPERATION_DISTRIBUTEERROR: &str = "FailedOperation.DistributeError";

/// 由于传参数问题，导致询价失败
pub const FAILEDOPERATION_GETPRICEPARAMERROR: &str = "FailedOperation.GetPriceParamError";

/// appId不符。
pub const FAILEDOPERATION_INVALIDAPPID: &str = "FailedOperation.InvalidAppId";

/// 订单状态错误，只有未支付订单才能支付。
pub const FAILEDOPERATION_INVALIDDEAL: &str = "FailedOperation.InvalidDeal";

/// 订单类型ID无效，请重新购买。
pub const FAILEDOPERATION_INVALIDGOODSCATEGORYID: &str = "FailedOperation.InvalidGoodsCategoryId";

/// 代金券不可用。
pub const FAILEDOPERATION_INVALIDVOUCHER: &str = "FailedOperation.InvalidVoucher";

/// 一起购买的订单必须同时支付。
pub const FAILEDOPERATION_NEEDPAYTOGETER: &str = "FailedOperation.NeedPayTogeter";

/// 套餐订单需一起购买。
pub const FAILEDOPERATION_NEEDPAYTOGETHER: &str = "FailedOperation.NeedPayTogether";

/// 不允许进行退款。
pub const FAILEDOPERATION_NOTALLOWTOREFUND: &str = "FailedOperation.NotAllowToRefund";

/// 数量超过最大限制。
pub const FAILEDOPERATION_NUMLIMITERROR: &str = "FailedOperation.NumLimitError";

/// 支付失败，请联系腾讯云工作人员处理。
pub const FAILEDOPERATION_PAYPRICEERROR: &str = "FailedOperation.PayPriceError";

/// 支付成功但发货失败，请联系腾讯云工作人员处理。
pub const FAILEDOPERATION_PAYSUCCDELIVERFAILED: &str = "FailedOperation.PaySuccDeliverFailed";

/// 获取数据条数失败。
pub const FAILEDOPERATION_QUERYCOUNTFAILED: &str = "FailedOperation.QueryCountFailed";

/// 查询数据失败
pub const FAILEDOPERATION_QUERYDBFAILED: &str = "FailedOperation.QueryDBFailed";

/// 退款通用错误。
pub const FAILEDOPERATION_RETURNCOMMONERROR: &str = "FailedOperation.ReturnCommonError";

/// 汇总数据正在构建中，请稍后再试。
pub const FAILEDOPERATION_SUMMARYDATANOTREADY: &str = "FailedOperation.SummaryDataNotReady";

/// 不存在该分账标签键。
pub const FAILEDOPERATION_TAGKEYNOTEXIST: &str = "FailedOperation.TagKeyNotExist";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 数据库操作失败。
pub const INTERNALERROR_DBOPERATERROR: &str = "InternalError.DbOperatError";

/// 网关错误。
pub const INTERNALERROR_GATEWAYERROR: &str = "InternalError.GatewayError";

/// 系统内部错误
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 未定义异常。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数错误
pub const INVALIDPARAMETER_APIPARAMERROR: &str = "InvalidParameter.ApiParamError";

/// 参数错误
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数校验出错
pub const INVALIDPARAMETER_PARAMCHECKFAILED: &str = "InvalidParameter.ParamCheckFailed";

/// 资源被锁定。
pub const INVALIDPARAMETER_RESOURCELOCKED: &str = "InvalidParameter.ResourceLocked";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 账号没有cam授权。
pub const UNAUTHORIZEDOPERATION_CAMNOAUTH: &str = "UnauthorizedOperation.CamNoAuth";

/// 因账号安全升级，购买云资源需完善您的实名信息。
pub const UNAUTHORIZEDOPERATION_CERTIFICATIONNEEDUPGRADE: &str =
    "UnauthorizedOperation.CertificationNeedUpgrade";

/// 账号没有实名认证，支付失败。
pub const UNAUTHORIZEDOPERATION_NOTCERTIFICATION: &str = "UnauthorizedOperation.NotCertification";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 暂不支持该行为
pub const UNSUPPORTEDOPERATION_NOT_SUPPORT_THIS_ACTION: &str =
    "UnsupportedOperation.NOT_SUPPORT_THIS_ACTION";
