//! Error codes of `hcm`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_hcm::errors::FAILEDOPERATION_CHARGECOUNTERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 计费次数统计失败。
pub const FAILEDOPERATION_CHARGECOUNTERROR: &str = "FailedOperation.ChargeCountError";

/// 引擎请求失败。
pub const INTERNALERROR_ENGINEREQUESTFAILED: &str = "InternalError.EngineRequestFailed";

/// 引擎识别失败。
pub const INTERNALERROR_ENGINERESULTERROR: &str = "InternalError.EngineResultError";

/// 初始化参数错误。
pub const INTERNALERROR_INITIALPARAMETERERROR: &str = "InternalError.InitialParameterError";

/// 服务器内部错误。
pub const INTERNALERROR_SERVERINTERNALERROR: &str = "InternalError.ServerInternalError";

/// 无法找到图像，请确认Image参数与Url参数无误。
pub const INVALIDPARAMETERVALUE_CANNOTFINDIMAGEERROR: &str =
    "InvalidParameterValue.CannotFindImageError";

/// 评估之前没有初始化或已过期。
pub const INVALIDPARAMETERVALUE_CANNOTFINDSESSION: &str = "InvalidParameterValue.CannotFindSession";

/// Image参数为空，请重新填写。
pub const INVALIDPARAMETERVALUE_EMPTYIMAGEERROR: &str = "InvalidParameterValue.EmptyImageError";

/// 必填参数为空，请核实传入参数。
pub const INVALIDPARAMETERVALUE_EMPTYINPUTERROR: &str = "InvalidParameterValue.EmptyInputError";

/// 超过图片大小限制，请裁剪后再评估。
pub const INVALIDPARAMETERVALUE_EXCEEDDOWNLOADIMAGESIZEERROR: &str =
    "InvalidParameterValue.ExceedDownloadImageSizeError";

/// 图像解码错误，请重新核实图像信息。
pub const INVALIDPARAMETERVALUE_FAILDECODEERROR: &str = "InvalidParameterValue.FailDecodeError";

/// 图片下载失败，请核实图像下载地址。
pub const INVALIDPARAMETERVALUE_FAILDOWNLOADIMAGEERROR: &str =
    "InvalidParameterValue.FailDownloadImageError";

/// 算式信息获取失败，请核实图像内容。
pub const INVALIDPARAMETERVALUE_FAILRECOGNIZEERROR: &str =
    "InvalidParameterValue.FailRecognizeError";

/// 输入的图片为非速算图片，请核实图片中存在手写数学公式，且背景没有太多干扰。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEERROR: &str = "InvalidParameterValue.InvalidImageError";

/// 无法找到用户，请确认已在控制台开通服务并使用了正确的HCMAPPID。
pub const RESOURCENOTFOUND_CANNOTFINDUSER: &str = "ResourceNotFound.CannotFindUser";
