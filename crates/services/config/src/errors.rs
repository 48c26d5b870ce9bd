//! Error codes of `config`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_config::errors::FAILEDOPERATION_COMPLIANCEPACKISNOTEXIST) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 合规包不存在。
pub const FAILEDOPERATION_COMPLIANCEPACKISNOTEXIST: &str =
    "FailedOperation.CompliancePackIsNotExist";

/// 合规包未停止。
pub const FAILEDOPERATION_COMPLIANCEPACKISNOTSTOP: &str = "FailedOperation.CompliancePackIsNotStop";

/// 合规包名称已存在。
pub const FAILEDOPERATION_COMPLIANCEPACKNAMEISNOTEXIST: &str =
    "FailedOperation.CompliancePackNameIsNotExist";

/// 投递的成员账号不是委派管理员或者管理员
pub const FAILEDOPERATION_MEMBERNOTASSIGNMANAGER: &str = "FailedOperation.MemberNotAssignManager";

/// 不允许操作控制中心合规包
pub const FAILEDOPERATION_NOTALLOWOPERATECONTROLCENTERGOVERNANCEPACKAGE: &str =
    "FailedOperation.NotAllowOperateControlCenterGovernancePackage";

/// 不允许操作控制中心合规包规则
pub const FAILEDOPERATION_NOTALLOWOPERATECONTROLCENTERGOVERNANCEPACKAGERULE: &str =
    "FailedOperation.NotAllowOperateControlCenterGovernancePackageRule";

/// 监控已关闭。
pub const FAILEDOPERATION_RECORDERISCLOSE: &str = "FailedOperation.RecorderIsClose";

/// 规则未停用。
pub const FAILEDOPERATION_RULEISNOTSTOP: &str = "FailedOperation.RuleIsNotStop";

/// 规则名称已存在。
pub const FAILEDOPERATION_RULENAMEISEXIST: &str = "FailedOperation.RuleNameIsExist";

/// 相同成员的账号组已存在
pub const FAILEDOPERATION_SAMEMEMBERACCOUNTGROUPALREADYEXIST: &str =
    "FailedOperation.SameMemberAccountGroupAlreadyExist";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 用户组数量超过上限。
pub const LIMITEXCEEDED_ACCOUNTGROUPLIMITOVER: &str = "LimitExceeded.AccountGroupLimitOver";

/// 告警策略数量上限
pub const LIMITEXCEEDED_ALERTPOLICYLIMIT: &str = "LimitExceeded.AlertPolicyLimit";

/// 合规包数量到达上限。
pub const LIMITEXCEEDED_COMPLIANCEPACKMAXNUM: &str = "LimitExceeded.CompliancePackMaxNum";

/// 当日打开监控次数达到上限。
pub const LIMITEXCEEDED_OPENRECORDERLIMITOVER: &str = "LimitExceeded.OpenRecorderLimitOver";

/// 创建修复设置超过上限。
pub const LIMITEXCEEDED_REMEDIATIONMAXNUM: &str = "LimitExceeded.RemediationMaxNum";

/// 当日修改监控资源类型次数达到上限。
pub const LIMITEXCEEDED_UPDATERECORDERLIMITOVER: &str = "LimitExceeded.UpdateRecorderLimitOver";

/// 账号组不存在。
pub const RESOURCENOTFOUND_ACCOUNTGROUPISNOTEXIST: &str = "ResourceNotFound.AccountGroupIsNotExist";

/// 合规包不存在。
pub const RESOURCENOTFOUND_COMPLIANCEPACKISNOTEXIST: &str =
    "ResourceNotFound.CompliancePackIsNotExist";

/// 合规包不存在。
pub const RESOURCENOTFOUND_COMPLIANCEPACKNOTEXIST: &str = "ResourceNotFound.CompliancePackNotExist";

/// 投递的成员账号的COS 桶不存在
pub const RESOURCENOTFOUND_DELIVERBUCKETNOTEXIST: &str = "ResourceNotFound.DeliverBucketNotExist";

/// 投递类型不存在。
pub const RESOURCENOTFOUND_DELIVEREVENTNOTEXIST: &str = "ResourceNotFound.DeliverEventNotExist";

/// 投递信息不存在。
pub const RESOURCENOTFOUND_DELIVERISNOTEXIST: &str = "ResourceNotFound.DeliverIsNotExist";

/// 成员不存在。
pub const RESOURCENOTFOUND_MEMBERNOTEXIST: &str = "ResourceNotFound.MemberNotExist";

/// 监控信息不存在。
pub const RESOURCENOTFOUND_RECORDERISNOTEXIST: &str = "ResourceNotFound.RecorderIsNotExist";

/// 修正设置不存在。
pub const RESOURCENOTFOUND_REMEDIATIONISNOTEXIST: &str = "ResourceNotFound.RemediationIsNotExist";

/// 资源不存在。
pub const RESOURCENOTFOUND_RESOURCENOTEXIST: &str = "ResourceNotFound.ResourceNotExist";

/// 资源类型不存在。
pub const RESOURCENOTFOUND_RESOURCETYPENOTEXIST: &str = "ResourceNotFound.ResourceTypeNotExist";

/// 规则不存在。
pub const RESOURCENOTFOUND_RULEISNOTEXIST: &str = "ResourceNotFound.RuleIsNotExist";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
