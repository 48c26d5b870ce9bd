//! Error codes of `trocket`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_trocket::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 实例未就绪，请稍后重试。
pub const FAILEDOPERATION_INSTANCENOTREADY: &str = "FailedOperation.InstanceNotReady";

/// 已达到主题数上限。
pub const LIMITEXCEEDED_TOPICNUM: &str = "LimitExceeded.TopicNum";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 接入点不存在。
pub const RESOURCENOTFOUND_ENDPOINT: &str = "ResourceNotFound.Endpoint";

/// 消费组不存在，请检查后重试。
pub const RESOURCENOTFOUND_GROUP: &str = "ResourceNotFound.Group";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCE: &str = "ResourceNotFound.Instance";

/// 消息不存在。
pub const RESOURCENOTFOUND_MESSAGE: &str = "ResourceNotFound.Message";

/// 迁移任务不存在，请检查后重试。
pub const RESOURCENOTFOUND_MIGRATIONTASK: &str = "ResourceNotFound.MigrationTask";

/// 角色不存在，请检查后重试。
pub const RESOURCENOTFOUND_ROLE: &str = "ResourceNotFound.Role";

/// 主题不存在，请检查后重试。
pub const RESOURCENOTFOUND_TOPIC: &str = "ResourceNotFound.Topic";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 实例Topic数量不能调整到已使用额度以下。
pub const UNSUPPORTEDOPERATION_INSTANCETOPICNUMDOWNGRADE: &str =
    "UnsupportedOperation.InstanceTopicNumDowngrade";

/// 资源已存在，请检查后重试。
pub const UNSUPPORTEDOPERATION_RESOURCEALREADYEXISTS: &str =
    "UnsupportedOperation.ResourceAlreadyExists";

/// 当前消费者类型不支持此操作。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDCONSUMERTYPE: &str =
    "UnsupportedOperation.UnsupportedConsumerType";
