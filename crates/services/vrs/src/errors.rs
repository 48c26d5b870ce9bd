//! Error codes of `vrs`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_vrs::errors::AUTHFAILURE_UNAUTHORIZEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM权限错误。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 任务状态错误。
pub const FAILEDOPERATION_ERRORINVALIDTASKSTATUS: &str = "FailedOperation.ErrorInvalidTaskStatus";

/// 任务不存在。
pub const FAILEDOPERATION_NOSUCHTASK: &str = "FailedOperation.NoSuchTask";

/// 检测失败。
pub const FAILEDOPERATION_VOICEEVALUATEFAILED: &str = "FailedOperation.VoiceEvaluateFailed";

/// 音频质量差。
pub const FAILEDOPERATION_VOICENOTQUALIFIED: &str = "FailedOperation.VoiceNotQualified";

/// 内部错误。
pub const INTERNALERROR_FAILACCESSDATABASE: &str = "InternalError.FailAccessDatabase";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 音频数据错误。
pub const INVALIDPARAMETERVALUE_AUDIODATA: &str = "InvalidParameterValue.AudioData";

/// 音频时长超限，时长不可超过15s
pub const INVALIDPARAMETERVALUE_AUDIODURATIONEXCEEDSLIMIT: &str =
    "InvalidParameterValue.AudioDurationExceedsLimit";

/// Codec非法，请参考Codec参数说明。
pub const INVALIDPARAMETERVALUE_CODEC: &str = "InvalidParameterValue.Codec";

/// 无效TaskId。
pub const INVALIDPARAMETERVALUE_ERRORINVALIDTASKID: &str =
    "InvalidParameterValue.ErrorInvalidTaskId";

/// SampleRate非法，请参考SampleRate参数说明。
pub const INVALIDPARAMETERVALUE_SAMPLERATE: &str = "InvalidParameterValue.SampleRate";

/// 音色性别错误。
pub const INVALIDPARAMETERVALUE_VOICEGENDER: &str = "InvalidParameterValue.VoiceGender";

/// 音色语言错误。
pub const INVALIDPARAMETERVALUE_VOICELANGUAGE: &str = "InvalidParameterValue.VoiceLanguage";

/// 音色名称错误。
pub const INVALIDPARAMETERVALUE_VOICENAME: &str = "InvalidParameterValue.VoiceName";

/// 无声音复刻任务配额
pub const UNSUPPORTEDOPERATION_VRSQUOTAEXHAUSTED: &str = "UnsupportedOperation.VRSQuotaExhausted";
