//! Error codes of `cloudaudit`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cloudaudit::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 检查cls日志主题是否存在失败。
pub const FAILEDOPERATION_CHECKCLSTOPICISEXISTFAILED: &str =
    "FailedOperation.CheckClsTopicIsExistFailed";

/// 检查cos桶是否存在失败。
pub const FAILEDOPERATION_CHECKCOSBUCKETISEXISTFAILED: &str =
    "FailedOperation.CheckCosBucketIsExistFailed";

/// 拉取cls日志主题失败。
pub const FAILEDOPERATION_GETCLSTOPICFAILED: &str = "FailedOperation.GetClsTopicFailed";

/// 拉取cos存储桶列表失败。
pub const FAILEDOPERATION_GETCOSBUCKETLISTFAILED: &str = "FailedOperation.GetCosBucketListFailed";

/// 当前查询的用户还未开通操作审计权限，如需查询该用户审计记录，请联系其开通！
pub const FAILEDOPERATION_MEMBERNOTAUDITROLE: &str = "FailedOperation.MemberNotAuditRole";

/// 成员不在集团组织中。
pub const FAILEDOPERATION_MEMBERNOTINORGANIZATION: &str = "FailedOperation.MemberNotInOrganization";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 创建cmq时发生异常，可能您准备创建的cmq队列已经存在，也有可能您没有权限或者欠费。
pub const INTERNALERROR_CMQERROR: &str = "InternalError.CmqError";

/// 查看跟踪集详情错误，请联系开发人员
pub const INTERNALERROR_DESCRIBEAUDITERROR: &str = "InternalError.DescribeAuditError";

/// 查询可创建跟踪集的数量错误，请联系开发人员
pub const INTERNALERROR_INQUIREAUDITCREDITERROR: &str = "InternalError.InquireAuditCreditError";

/// 查询跟踪集概要内部错误，请联系开发人员。
pub const INTERNALERROR_LISTAUDITSERROR: &str = "InternalError.ListAuditsError";

/// 内部错误，请联系开发人员
pub const INTERNALERROR_LISTCMQENABLEREGIONERROR: &str = "InternalError.ListCmqEnableRegionError";

/// 内部错误，请联系开发人员
pub const INTERNALERROR_LISTCOSENABLEREGIONERROR: &str = "InternalError.ListCosEnableRegionError";

/// 内部错误，请联系开发人员
pub const INTERNALERROR_LISTKEYALIASBYREGIONERROR: &str = "InternalError.ListKeyAliasByRegionError";

/// 内部错误，请联系开发人员
pub const INTERNALERROR_SEARCHERROR: &str = "InternalError.SearchError";

/// 内部错误，请联系开发人员
pub const INTERNALERROR_STARTLOGGINGERROR: &str = "InternalError.StartLoggingError";

/// 内部错误，请联系开发人员
pub const INTERNALERROR_STOPLOGGINGERROR: &str = "InternalError.StopLoggingError";

/// 内部错误，请联系开发人员
pub const INTERNALERROR_UPDATEAUDITERROR: &str = "InternalError.UpdateAuditError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 别名已经存在
pub const INVALIDPARAMETERVALUE_ALIASALREADYEXISTS: &str =
    "InvalidParameterValue.AliasAlreadyExists";

/// AttributeKey的有效取值范围是:RequestId、EventName、ReadOnly、Username、ResourceType、ResourceName和AccessKeyId
pub const INVALIDPARAMETERVALUE_ATTRIBUTEKEY: &str = "InvalidParameterValue.attributeKey";

/// 跟踪集名称不支持修改。
pub const INVALIDPARAMETERVALUE_AUDITTRACKNAMENOTSUPPORTMODIFY: &str =
    "InvalidParameterValue.AuditTrackNameNotSupportModify";

/// 操作审计目前不支持输入的cmq地域
pub const INVALIDPARAMETERVALUE_CMQREGIONERROR: &str = "InvalidParameterValue.CmqRegionError";

/// 输入的cos存储桶名称不符合规范
pub const INVALIDPARAMETERVALUE_COSNAMEERROR: &str = "InvalidParameterValue.CosNameError";

/// 操作审计目前不支持输入的cos地域
pub const INVALIDPARAMETERVALUE_COSREGIONERROR: &str = "InvalidParameterValue.CosRegionError";

/// 操作审计暂不支持该地域的KMS
pub const INVALIDPARAMETERVALUE_KMSREGIONERROR: &str = "InvalidParameterValue.KmsRegionError";

/// 日志前缀格式错误
pub const INVALIDPARAMETERVALUE_LOGFILEPREFIXERROR: &str =
    "InvalidParameterValue.LogFilePrefixError";

/// 单次检索支持的最大返回条数是50
pub const INVALIDPARAMETERVALUE_MAXRESULT: &str = "InvalidParameterValue.MaxResult";

/// 输入的队列名称不符合规范
pub const INVALIDPARAMETERVALUE_QUEUENAMEERROR: &str = "InvalidParameterValue.QueueNameError";

/// 读写属性值仅支持：1,2,3。1代表只读，2代表只写，3代表全部。
pub const INVALIDPARAMETERVALUE_READWRITEATTRIBUTEERROR: &str =
    "InvalidParameterValue.ReadWriteAttributeError";

/// 开始时间不能大于结束时间
pub const INVALIDPARAMETERVALUE_TIME: &str = "InvalidParameterValue.Time";

/// 必须包含开始时间和结束时间，且必须为整形时间戳（精确到秒）
pub const INVALIDPARAMETER_TIME: &str = "InvalidParameter.Time";

/// 超过跟踪集的最大值
pub const LIMITEXCEEDED_OVERAMOUNT: &str = "LimitExceeded.OverAmount";

/// 检索支持的有效时间范围是7天
pub const LIMITEXCEEDED_OVERTIME: &str = "LimitExceeded.OverTime";

/// IsEnableCmqNotify输入1的话，IsCreateNewQueue、CmqQueueName和CmqRegion都是必须参数。
pub const MISSINGPARAMETER_CMQ: &str = "MissingParameter.cmq";

/// cos存储桶已经存在
pub const RESOURCEINUSE_COSBUCKETEXISTS: &str = "ResourceInUse.CosBucketExists";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 跟踪集不存在
pub const RESOURCENOTFOUND_AUDITNOTEXIST: &str = "ResourceNotFound.AuditNotExist";

/// cos桶不存在。
pub const RESOURCENOTFOUND_COSNOTEXIST: &str = "ResourceNotFound.CosNotExist";

/// 角色不存在。
pub const RESOURCENOTFOUND_ROLENOTEXIST: &str = "ResourceNotFound.RoleNotExist";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
