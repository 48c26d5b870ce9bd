//! Error codes of `omics`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_omics::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 表格表头重复
pub const FAILEDOPERATION_DUPLICATETABLEHEADER: &str = "FailedOperation.DuplicateTableHeader";

/// 邮件数量超出限制
pub const FAILEDOPERATION_EMAILCOUNTLIMITEXCEEDED: &str = "FailedOperation.EmailCountLimitExceeded";

/// 表格表头为空
pub const FAILEDOPERATION_EMPTYTABLEHEADER: &str = "FailedOperation.EmptyTableHeader";

/// 表格表头错误
pub const FAILEDOPERATION_INVALIDTABLEHEADER: &str = "FailedOperation.InvalidTableHeader";

/// 表格行数错误
pub const FAILEDOPERATION_INVALIDTABLELENGTH: &str = "FailedOperation.InvalidTableLength";

/// 重试次数超过上限
pub const FAILEDOPERATION_RETRYLIMITEXCEEDED: &str = "FailedOperation.RetryLimitExceeded";

/// 状态不支持
pub const FAILEDOPERATION_STATUSNOTSUPPORTED: &str = "FailedOperation.StatusNotSupported";

/// 表格数据与类型不匹配
pub const FAILEDOPERATION_TABLEDATATYPEMISMATCH: &str = "FailedOperation.TableDataTypeMismatch";

/// 版本未发布
pub const FAILEDOPERATION_VERSIONNOTRELEASED: &str = "FailedOperation.VersionNotReleased";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 名称重复
pub const INVALIDPARAMETERVALUE_DUPLICATENAME: &str = "InvalidParameterValue.DuplicateName";

/// 入口文件未指定
pub const INVALIDPARAMETERVALUE_ENTRYPOINTNOTSET: &str = "InvalidParameterValue.EntrypointNotSet";

/// 环境不可用
pub const INVALIDPARAMETERVALUE_ENVIRONMENTNOTAVAILABLE: &str =
    "InvalidParameterValue.EnvironmentNotAvailable";

/// Base64编码错误
pub const INVALIDPARAMETERVALUE_INVALIDBASE64ENCODE: &str =
    "InvalidParameterValue.InvalidBase64Encode";

/// COS路径错误
pub const INVALIDPARAMETERVALUE_INVALIDCOSKEY: &str = "InvalidParameterValue.InvalidCosKey";

/// CSV文件格式错误
pub const INVALIDPARAMETERVALUE_INVALIDCSVFORMAT: &str = "InvalidParameterValue.InvalidCsvFormat";

/// 描述错误
pub const INVALIDPARAMETERVALUE_INVALIDDESCRIPTION: &str =
    "InvalidParameterValue.InvalidDescription";

/// 邮箱格式错误
pub const INVALIDPARAMETERVALUE_INVALIDEMAILFORMAT: &str =
    "InvalidParameterValue.InvalidEmailFormat";

/// 输入JSON格式错误
pub const INVALIDPARAMETERVALUE_INVALIDINPUTJSONFORMAT: &str =
    "InvalidParameterValue.InvalidInputJsonFormat";

/// 输入占位符错误
pub const INVALIDPARAMETERVALUE_INVALIDINPUTPLACEHOLDER: &str =
    "InvalidParameterValue.InvalidInputPlaceholder";

/// 名称错误
pub const INVALIDPARAMETERVALUE_INVALIDNAME: &str = "InvalidParameterValue.InvalidName";

/// 运行参数错误
pub const INVALIDPARAMETERVALUE_INVALIDRUNOPTION: &str = "InvalidParameterValue.InvalidRunOption";

/// 超时分钟数无效
pub const INVALIDPARAMETERVALUE_INVALIDTIMEOUTMINUTES: &str =
    "InvalidParameterValue.InvalidTimeoutMinutes";

/// 表格数据与类型长度不匹配
pub const INVALIDPARAMETERVALUE_TABLEDATATYPELENGTHMISMATCH: &str =
    "InvalidParameterValue.TableDataTypeLengthMismatch";

/// 表格数据类型不支持
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDTABLEDATATYPE: &str =
    "InvalidParameterValue.UnsupportedTableDataType";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 应用不存在
pub const RESOURCENOTFOUND_APPLICATIONNOTEXIST: &str = "ResourceNotFound.ApplicationNotExist";

/// 应用版本不存在
pub const RESOURCENOTFOUND_APPLICATIONVERSIONNOTEXIST: &str =
    "ResourceNotFound.ApplicationVersionNotExist";

/// 存储桶不存在
pub const RESOURCENOTFOUND_COSBUCKETNOTEXIST: &str = "ResourceNotFound.CosBucketNotExist";

/// 存储对象不存在
pub const RESOURCENOTFOUND_COSOBJECTNOTEXIST: &str = "ResourceNotFound.CosObjectNotExist";

/// 环境不存在
pub const RESOURCENOTFOUND_ENVIRONMENTNOTEXIST: &str = "ResourceNotFound.EnvironmentNotExist";

/// 项目不存在
pub const RESOURCENOTFOUND_PROJECTNOTEXIST: &str = "ResourceNotFound.ProjectNotExist";

/// 任务批次不存在
pub const RESOURCENOTFOUND_RUNGROUPNOTEXIST: &str = "ResourceNotFound.RunGroupNotExist";

/// 任务不存在
pub const RESOURCENOTFOUND_RUNNOTEXIST: &str = "ResourceNotFound.RunNotExist";

/// 表格不存在
pub const RESOURCENOTFOUND_TABLENOTEXIST: &str = "ResourceNotFound.TableNotExist";

/// 表格行不存在
pub const RESOURCENOTFOUND_TABLEROWNOTEXIST: &str = "ResourceNotFound.TableRowNotExist";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
