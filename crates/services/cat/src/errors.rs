//! Error codes of `cat`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cat::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 数据库查询错误。
pub const FAILEDOPERATION_DBQUERYFAILED: &str = "FailedOperation.DbQueryFailed";

/// 数据库创建失败。
pub const FAILEDOPERATION_DBRECORDCREATEFAILED: &str = "FailedOperation.DbRecordCreateFailed";

/// 数据库更新失败。
pub const FAILEDOPERATION_DBRECORDUPDATEFAILED: &str = "FailedOperation.DbRecordUpdateFailed";

/// 任务绑定的预付费套餐已过期。
pub const FAILEDOPERATION_ERRPREPAIDRESOURCEEXPIRE: &str =
    "FailedOperation.ErrPrePaidResourceExpire";

/// ES查询错误。
pub const FAILEDOPERATION_ESQUERYERROR: &str = "FailedOperation.ESQueryError";

/// 触发指定审批流
pub const FAILEDOPERATION_NEEDAPPROVAL: &str = "FailedOperation.NeedApproval";

/// 无有效节点。
pub const FAILEDOPERATION_NOVALIDNODES: &str = "FailedOperation.NoValidNodes";

/// 账单欠费。
pub const FAILEDOPERATION_ORDEROUTOFCREDIT: &str = "FailedOperation.OrderOutOfCredit";

/// 预付费资源id绑定错误。
pub const FAILEDOPERATION_PRERESOURCEIDFAILED: &str = "FailedOperation.PreResourceIDFailed";

/// 资源不存在。
pub const FAILEDOPERATION_RESOURCENOTFOUND: &str = "FailedOperation.ResourceNotFound";

/// 发送授权请求失败。
pub const FAILEDOPERATION_SENDREQUEST: &str = "FailedOperation.SendRequest";

/// 标签验证错误。
pub const FAILEDOPERATION_TAGREQUIREDVERIFYFAILED: &str = "FailedOperation.TagRequiredVerifyFailed";

/// 任务未运行。
pub const FAILEDOPERATION_TASKNOTRUNNING: &str = "FailedOperation.TaskNotRunning";

/// 任务未暂停。
pub const FAILEDOPERATION_TASKNOTSUSPENDED: &str = "FailedOperation.TaskNotSuspended";

/// 任务状态不允许当前操作。
pub const FAILEDOPERATION_TASKOPERATIONNOTALLOW: &str = "FailedOperation.TaskOperationNotAllow";

/// 批量拨测任务的类型不相同。
pub const FAILEDOPERATION_TASKTYPENOTSAME: &str = "FailedOperation.TaskTypeNotSame";

/// 试用任务选择的拨测点数量超过试用限制
pub const FAILEDOPERATION_TRIALNODESEXCEED: &str = "FailedOperation.TrialNodesExceed";

/// 试用任务量超时。
pub const FAILEDOPERATION_TRIALTASKEXCEED: &str = "FailedOperation.TrialTaskExceed";

/// json解析失败。
pub const FAILEDOPERATION_UNMARSHALRESPONSE: &str = "FailedOperation.UnmarshalResponse";

/// 鉴权失败。
pub const FAILEDOPERATION_USERNOQCLOUDTAGFULLACCESS: &str =
    "FailedOperation.UserNoQcloudTAGFullAccess";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";
