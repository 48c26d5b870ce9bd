//! Error codes of `btoe`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_btoe::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 帐号已欠费。
pub const FAILEDOPERATION_ARREARSERROR: &str = "FailedOperation.ArrearsError";

/// 今日次数达到限制。
pub const FAILEDOPERATION_COUNTLIMITERROR: &str = "FailedOperation.CountLimitError";

/// 数据明文内容过长。
pub const FAILEDOPERATION_DATAINFOTOOLONG: &str = "FailedOperation.DataInfoTooLong";

/// 文件下载失败。
pub const FAILEDOPERATION_DOWNLOADERROR: &str = "FailedOperation.DownLoadError";

/// 文件编码格式错误。
pub const FAILEDOPERATION_FILEENCODINDFORMATERROR: &str = "FailedOperation.FileEncodindFormatError";

/// 文件读取失败。
pub const FAILEDOPERATION_FILEREADFAILED: &str = "FailedOperation.FileReadFailed";

/// 哈希不匹配。
pub const FAILEDOPERATION_HASHNOMATCH: &str = "FailedOperation.HashNoMatch";

/// 上链失败。
pub const FAILEDOPERATION_ONCHAINFAILURE: &str = "FailedOperation.OnChainFailure";

/// 查询无记录。
pub const FAILEDOPERATION_QUERYNORECORD: &str = "FailedOperation.QueryNoRecord";

/// 敏感数据。
pub const FAILEDOPERATION_SENSITIVEDATA: &str = "FailedOperation.SensitiveData";

/// 未知错误。
pub const FAILEDOPERATION_UNKNOWERROR: &str = "FailedOperation.UnKnowError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 数据明文内容过长。
pub const INVALIDPARAMETERVALUE_DATAINFOTOOLONG: &str = "InvalidParameterValue.DataInfoTooLong";

/// 哈希不匹配。
pub const INVALIDPARAMETERVALUE_HASHNOMATCH: &str = "InvalidParameterValue.HashNoMatch";

/// 文件后缀不正确。
pub const INVALIDPARAMETERVALUE_INVALIDFILESUFFIX: &str = "InvalidParameterValue.InvalidFileSuffix";

/// URL无效。
pub const INVALIDPARAMETERVALUE_INVALIDURL: &str = "InvalidParameterValue.InvalidURL";

/// 参数值错误。
pub const INVALIDPARAMETERVALUE_PARAMETERERROR: &str = "InvalidParameterValue.ParameterError";

/// 文件内容太大。
pub const INVALIDPARAMETERVALUE_TOOLARGEFILEERROR: &str = "InvalidParameterValue.TooLargeFileError";

/// 用户数据无效。
pub const INVALIDPARAMETER_ACCOUNTINFOINVALID: &str = "InvalidParameter.AccountInfoInvalid";

/// 文件后缀不正确。
pub const INVALIDPARAMETER_INVALIDFILESUFFIX: &str = "InvalidParameter.InvalidFileSuffix";

/// 参数值错误。
pub const INVALIDPARAMETER_INVALIDPARAMETERVALUE: &str = "InvalidParameter.InvalidParameterValue";

/// URL无效。
pub const INVALIDPARAMETER_INVALIDURL: &str = "InvalidParameter.InvalidURL";

/// 文件内容太大。
pub const LIMITEXCEEDED_TOOLARGEFILEERROR: &str = "LimitExceeded.TooLargeFileError";

/// 余额不足。
pub const RESOURCEINSUFFICIENT_LOWBALANCE: &str = "ResourceInsufficient.LowBalance";

/// 文件下载失败。
pub const RESOURCENOTFOUND_DOWNLOADERROR: &str = "ResourceNotFound.DownLoadError";

/// 资源未完成开通。
pub const RESOURCEUNAVAILABLE_RESOURCENOTOPENED: &str = "ResourceUnavailable.ResourceNotOpened";
