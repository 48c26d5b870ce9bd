//! Error codes of `controlcenter`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_controlcenter::errors::FAILEDOPERATION_ACCOUNTFACTORYCONTACTEMAILNOTVERIFY) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 联系人邮箱未验证。
pub const FAILEDOPERATION_ACCOUNTFACTORYCONTACTEMAILNOTVERIFY: &str =
    "FailedOperation.AccountFactoryContactEmailNotVerify";

/// 联系人手机未验证。
pub const FAILEDOPERATION_ACCOUNTFACTORYCONTACTPHONENOTVERIFY: &str =
    "FailedOperation.AccountFactoryContactPhoneNotVerify";

/// 账号工厂基线项的依赖项未配置
pub const FAILEDOPERATION_ACCOUNTFACTORYDEPENDONITEMNOTCONFIG: &str =
    "FailedOperation.AccountFactoryDependOnItemNotConfig";

/// 账号工厂批量应用基线的账号数量超过限制
pub const FAILEDOPERATION_ACCOUNTFACTORYMEMBERUINNUMEXCEED: &str =
    "FailedOperation.AccountFactoryMemberUinNumExceed";

/// 用户正在部署账号基线中，无法重复部署
pub const FAILEDOPERATION_ACCOUNTFACTORYTASKISDEPLOYING: &str =
    "FailedOperation.AccountFactoryTaskIsDeploying";

/// 账号工厂必选基线项未配置
pub const FAILEDOPERATION_AFREQUIREDITEMNOTSELECT: &str = "FailedOperation.AFRequiredItemNotSelect";

/// Control Center服务未开通
pub const FAILEDOPERATION_CONTROLCENTERNOTOPEN: &str = "FailedOperation.ControlCenterNotOpen";

/// 数据库操作异常
pub const FAILEDOPERATION_DBOPERATIONERROR: &str = "FailedOperation.DBOperationError";

/// 依赖的功能项未部署
pub const FAILEDOPERATION_DEPENDONITEMNOTDEPLOY: &str = "FailedOperation.DependOnItemNotDeploy";

/// 远程调用失败
pub const FAILEDOPERATION_REMOTECALLERROR: &str = "FailedOperation.RemoteCallError";

/// 基线项预设标签数量超过最大数量
pub const INVALIDPARAMETER_ACCOUNTFACTORYTAGEXCEEDMAXNUM: &str =
    "InvalidParameter.AccountFactoryTagExceedMaxNum";

/// 入参校验错误
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 用户基线配置数据不存在
pub const RESOURCENOTFOUND_ACCOUNTFACTORYBASELINENOTEXIST: &str =
    "ResourceNotFound.AccountFactoryBaselineNotExist";

/// 用户所部署的基线项未配置
pub const RESOURCENOTFOUND_ACCOUNTFACTORYITEMNOTCONFIG: &str =
    "ResourceNotFound.AccountFactoryItemNotConfig";

/// 账号工厂基线不存在
pub const RESOURCENOTFOUND_ACCOUNTFACTORYITEMNOTEXIST: &str =
    "ResourceNotFound.AccountFactoryItemNotExist";
