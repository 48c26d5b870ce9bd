//! Error codes of `nlp`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_nlp::errors::FAILEDOPERATION_BALANCEINSUFFICIENT) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 余额不足，开通失败，请充值后再开通。
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 服务内部错误，请重试。
pub const FAILEDOPERATION_INNERERROR: &str = "FailedOperation.InnerError";

/// 暂无结果，请更换文本重试。
pub const FAILEDOPERATION_NORESULTS: &str = "FailedOperation.NoResults";

/// 未查询到结果。
pub const FAILEDOPERATION_NOTFOUNDDATA: &str = "FailedOperation.NotFoundData";

/// 后端服务超时。
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// 服务器繁忙，请稍后再试。
pub const FAILEDOPERATION_RESOURCEBUSY: &str = "FailedOperation.ResourceBusy";

/// RPC请求失败，一般为算法微服务故障。
pub const FAILEDOPERATION_RPCFAIL: &str = "FailedOperation.RpcFail";

/// 内部错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWN: &str = "FailedOperation.Unknown";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部服务调用错误。
pub const INTERNALERROR_SERVICECALLERROR: &str = "InternalError.ServiceCallError";

/// 内部服务调用失败。
pub const INTERNALERROR_SERVICEERROR: &str = "InternalError.ServiceError";

/// 文本分类异常。
pub const INTERNALERROR_TEXTCLASSIFYERROR: &str = "InternalError.TextClassifyError";

/// 文本解析异常。
pub const INTERNALERROR_TEXTPARSINGERROR: &str = "InternalError.TextParsingError";

/// 参数不合法。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETER: &str = "InvalidParameterValue.InvalidParameter";

/// Text输入含有敏感信息。
pub const INVALIDPARAMETERVALUE_SENSITIVETEXT: &str = "InvalidParameterValue.SensitiveText";

/// Text非法，请参考Text参数说明。
pub const INVALIDPARAMETERVALUE_TEXT: &str = "InvalidParameterValue.Text";

/// 输入文本超出数量限制
pub const INVALIDPARAMETERVALUE_TEXTNUMTOOMUCH: &str = "InvalidParameterValue.TextNumTooMuch";

/// 输入文本超出长度限制
pub const INVALIDPARAMETERVALUE_TEXTTOOLONG: &str = "InvalidParameterValue.TextTooLong";

/// 文本长度超过限制。
pub const INVALIDPARAMETER_TEXTTOOLONGCODE: &str = "InvalidParameter.TextTooLongCode";

/// 资源用量达到上限。
pub const LIMITEXCEEDED_RESOURCEREACHEDLIMIT: &str = "LimitExceeded.ResourceReachedLimit";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED_UINLIMITEXCEEDED: &str = "RequestLimitExceeded.UinLimitExceeded";

/// 额度用尽，请充值后重试
pub const RESOURCEINSUFFICIENT_QUOTARUNOUT: &str = "ResourceInsufficient.QuotaRunOut";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 账号已被冻结。
pub const RESOURCEUNAVAILABLE_FREEZE: &str = "ResourceUnavailable.Freeze";

/// 账号已欠费。
pub const RESOURCEUNAVAILABLE_INARREARS: &str = "ResourceUnavailable.InArrears";

/// 服务正在开通中，请稍等。
pub const RESOURCEUNAVAILABLE_ISOPENING: &str = "ResourceUnavailable.IsOpening";

/// 计费状态未知，请确认是否已在控制台开通服务。
pub const RESOURCEUNAVAILABLE_NOTEXIST: &str = "ResourceUnavailable.NotExist";

/// 资源已被回收。
pub const RESOURCEUNAVAILABLE_RECOVER: &str = "ResourceUnavailable.Recover";

/// 账号已停服。
pub const RESOURCEUNAVAILABLE_STOPUSING: &str = "ResourceUnavailable.StopUsing";

/// 资源包余量已用尽。
pub const UNSUPPORTEDOPERATION_PKGEXHAUSTED: &str = "UnsupportedOperation.PkgExhausted";
