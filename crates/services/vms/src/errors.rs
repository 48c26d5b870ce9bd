//! Error codes of `vms`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_vms::errors::FAILEDOPERATION_ACCESSUPSTREAMTIMEOUT) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 访问上下游模块超时。
pub const FAILEDOPERATION_ACCESSUPSTREAMTIMEOUT: &str = "FailedOperation.AccessUpstreamTimeout";

/// 语音内容中含有敏感词，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)沟通解决。
pub const FAILEDOPERATION_CONTAINSENSITIVEWORD: &str = "FailedOperation.ContainSensitiveWord";

/// 后端请求包解析失败，通常由于没有遵守 API 接口说明规范导致的，请参见[1004错误详解](https://cloud.tencent.com/document/product/1128/38004#Q5)。
pub const FAILEDOPERATION_FAILRESOLVEPACKET: &str = "FailedOperation.FailResolvePacket";

/// 套餐包余量不足，请及时[购买语音套餐包](https://buy.cloud.tencent.com/voice)。
pub const FAILEDOPERATION_INSUFFICIENTBALANCEINVOICEPACKAGE: &str =
    "FailedOperation.InsufficientBalanceInVoicePackage";

/// 无效 JSON，请核查发送的请求是否为标准的 JSON 格式。
pub const FAILEDOPERATION_INVALIDJSONPARAMETERS: &str = "FailedOperation.InvalidJsonParameters";

/// 无效参数，请核查发送的请求参数是否为对应 API 所需参数。
pub const FAILEDOPERATION_INVALIDPARAMETERS: &str = "FailedOperation.InvalidParameters";

/// 解析请求包体时候失败。
pub const FAILEDOPERATION_JSONPARSEFAIL: &str = "FailedOperation.JsonParseFail";

/// 语音未知错误，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)沟通解决。
pub const FAILEDOPERATION_PARAMETERSOTHERERROR: &str = "FailedOperation.ParametersOtherError";

/// 未申请号码或申请的号码资源已过期，请及时支付月功能费用和信息服务费用，具体操作请参见[购买指南](https://cloud.tencent.com/document/product/1128/90745)。
pub const FAILEDOPERATION_PHONENUMBERUNAPPLIEDOREXPIRED: &str =
    "FailedOperation.PhonenumberUnappliedOrExpired";

/// 模板未审核或请求的内容与审核通过的模板内容不匹配，请参见[1014错误详解](https://cloud.tencent.com/document/product/1128/38004#Q6)
pub const FAILEDOPERATION_TEMPLATEINCORRECTORUNAPPROVED: &str =
    "FailedOperation.TemplateIncorrectOrUnapproved";

/// 访问上游超时网络，请稍后重试。
pub const INTERNALERROR_ACCESSUPSTREAMTIMEOUT: &str = "InternalError.AccessUpstreamTimeout";

/// 请求发起时间不正常，通常由您的服务器与腾讯云服务器之间的时间差超过10分钟引起。
pub const INTERNALERROR_REQUESTTIMEEXCEPTION: &str = "InternalError.RequestTimeException";

/// 后端不存在该 REST API 接口，请核查 REST API 接口说明。
pub const INTERNALERROR_RESTAPIINTERFACENOTEXIST: &str = "InternalError.RestApiInterfaceNotExist";

/// 后端 Sig 校验失败。
pub const INTERNALERROR_SIGVERIFICATIONFAIL: &str = "InternalError.SigVerificationFail";

/// 内部sso通道超时。
pub const INTERNALERROR_SSOSENDRECVFAIL: &str = "InternalError.SsoSendRecvFail";

/// 语音上游错误，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)沟通解决。
pub const INTERNALERROR_UPSTREAMERROR: &str = "InternalError.UpstreamError";

/// 被叫手机号码格式校验失败。
pub const INVALIDPARAMETERVALUE_CALLEDNUMBERVERIFYFAIL: &str =
    "InvalidParameterValue.CalledNumberVerifyFail";

/// 语音模板中单个变量长度超过限制，如需调整限制，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)。
pub const INVALIDPARAMETERVALUE_CONTENTLENGTHLIMIT: &str =
    "InvalidParameterValue.ContentLengthLimit";

/// SDK AppID 不存在。
pub const INVALIDPARAMETERVALUE_SDKAPPIDNOTEXIST: &str = "InvalidParameterValue.SdkAppidNotExist";

/// 下发语音消息时命中频率限制策略，如需申请不受频率限制的测试号码或更改限制策略，请[联系我们](https://cloud.tencent.com/document/product/1128/37720)。
pub const LIMITEXCEEDED_DELIVERYFREQUENCYLIMIT: &str = "LimitExceeded.DeliveryFrequencyLimit";

/// SDK AppID 禁用发送语音消息，如有需要请[联系我们](https://cloud.tencent.com/document/product/1128/37720)。
pub const UNAUTHORIZEDOPERATION_SDKAPPIDISDISABLED: &str =
    "UnauthorizedOperation.SdkAppidIsDisabled";

/// 因腾讯云账号欠费被停止服务，请及时为您的腾讯云账号[充值](https://cloud.tencent.com/document/product/555/7425)缴清欠款。
pub const UNAUTHORIZEDOPERATION_SERVICESUSPENDDUETOARREARS: &str =
    "UnauthorizedOperation.ServiceSuspendDueToArrears";

/// VoiceSdkAppid 校验失败。
pub const UNAUTHORIZEDOPERATION_VOICESDKAPPIDVERIFYFAIL: &str =
    "UnauthorizedOperation.VoiceSdkAppidVerifyFail";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
