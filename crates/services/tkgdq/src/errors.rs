//! Error codes of `tkgdq`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tkgdq::errors::INTERNALERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 内部错误
pub const INTERNALERROR: &str = "InternalError";

/// 图数据库引擎内部错误
pub const INTERNALERROR_GRAPHENGINEERROR: &str = "InternalError.GraphEngineError";

/// 图查询引擎计算超时错误
pub const INTERNALERROR_GREMLINTIMEOUTERROR: &str = "InternalError.GremlinTimeoutError";

/// 请求数据解析失败
pub const INTERNALERROR_REQUESTENCODEERROR: &str = "InternalError.RequestEncodeError";

/// 读取请求数据内容失败
pub const INTERNALERROR_REQUESTPARSEERROR: &str = "InternalError.RequestParseError";

/// 系统响应解析失败
pub const INTERNALERROR_RESPONSEDECODEERROR: &str = "InternalError.ResponseDecodeError";

/// 参数错误
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 不可用的接口操作错误
pub const INVALIDPARAMETER_INVALIDACTIONERROR: &str = "InvalidParameter.InvalidActionError";

/// 账户余量不足错误
pub const LIMITEXCEEDED_INSUFFICIENTBALANCEERROR: &str = "LimitExceeded.InsufficientBalanceError";

/// 未授权的用户请求错误
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDACCOUNTERROR: &str =
    "UnauthorizedOperation.UnauthorizedAccountError";
