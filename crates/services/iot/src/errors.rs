//! Error codes of `iot`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_iot::errors::INTERNALERROR_IOTACTIONSYSTEMERROR) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// action系统错误。
pub const INTERNALERROR_IOTACTIONSYSTEMERROR: &str = "InternalError.IotActionSystemError";

/// DB错误。
pub const INTERNALERROR_IOTDBERROR: &str = "InternalError.IotDbError";

/// 日志系统错误。
pub const INTERNALERROR_IOTLOGSYSTEMERROR: &str = "InternalError.IotLogSystemError";

/// shadow系统错误。
pub const INTERNALERROR_IOTSHADOWSYSTEMERROR: &str = "InternalError.IotShadowSystemError";

/// 系统错误。
pub const INTERNALERROR_IOTSYSTEMERROR: &str = "InternalError.IotSystemError";

/// Mqiot系统错误。
pub const INTERNALERROR_MQIOTSYSTEMERROR: &str = "InternalError.MqiotSystemError";

/// rule系统错误。
pub const INTERNALERROR_MQRULESYSTEMERROR: &str = "InternalError.MqruleSystemError";

/// 非法密码。
pub const INVALIDPARAMETER_IOTAPPLICATIONINVALIDPASSWORD: &str =
    "InvalidParameter.IotApplicationInvalidPassword";

/// 用户名或密码错误。
pub const INVALIDPARAMETER_IOTAPPLICATIONINVALIDUSERPASSWORD: &str =
    "InvalidParameter.IotApplicationInvalidUserPassword";

/// 过期访问Token。
pub const INVALIDPARAMETER_IOTEXPIREDACCESSTOKEN: &str = "InvalidParameter.IotExpiredAccessToken";

/// 过期签名。
pub const INVALIDPARAMETER_IOTEXPIREDSIGNATURE: &str = "InvalidParameter.IotExpiredSignature";

/// 非法访问Token。
pub const INVALIDPARAMETER_IOTINVALIDACCESSTOKEN: &str = "InvalidParameter.IotInvalidAccessToken";

/// 非法签名。
pub const INVALIDPARAMETER_IOTINVALIDSIGNATURE: &str = "InvalidParameter.IotInvalidSignature";

/// 非法参数。
pub const INVALIDPARAMETER_IOTPARAMERROR: &str = "InvalidParameter.IotParamError";

/// 空数据模版。
pub const INVALIDPARAMETER_IOTPRODUCTEMPTYDATATEMPLATE: &str =
    "InvalidParameter.IotProductEmptyDataTemplate";

/// 非法产品鉴权类型。
pub const INVALIDPARAMETER_IOTPRODUCTINVALIDAUTHTYPE: &str =
    "InvalidParameter.IotProductInvalidAuthType";

/// 产品数据协议错误。
pub const INVALIDPARAMETER_IOTPRODUCTINVALIDDATAPROTOCOL: &str =
    "InvalidParameter.IotProductInvalidDataProtocol";

/// 非法数据模版。
pub const INVALIDPARAMETER_IOTPRODUCTINVALIDDATATEMPLATE: &str =
    "InvalidParameter.IotProductInvalidDataTemplate";

/// 非法数据模版取值范围。
pub const INVALIDPARAMETER_IOTPRODUCTINVALIDDATATEMPLATERANGE: &str =
    "InvalidParameter.IotProductInvalidDataTemplateRange";

/// 网关设备产品Id错误。
pub const INVALIDPARAMETER_IOTPRODUCTINVALIDGATEWAYPRODUCTID: &str =
    "InvalidParameter.IotProductInvalidGatewayProductId";

/// 子设备产品Id错误。
pub const INVALIDPARAMETER_IOTPRODUCTINVALIDSUBDEVICEPRODUCTID: &str =
    "InvalidParameter.IotProductInvalidSubDeviceProductId";

/// 查询日期错误。
pub const INVALIDPARAMETER_IOTSTATINVALIDDATE: &str = "InvalidParameter.IotStatInvalidDate";

/// 批量操作超限。
pub const LIMITEXCEEDED_IOTBATCHTOOMANY: &str = "LimitExceeded.IotBatchTooMany";

/// 设备操作太频繁。
pub const LIMITEXCEEDED_IOTDEVICEOPTOOOFTEN: &str = "LimitExceeded.IotDeviceOpTooOften";

/// 产品操作太频繁。
pub const LIMITEXCEEDED_IOTPRODUCTOPTOOOFTEN: &str = "LimitExceeded.IotProductOpTooOften";

/// 产品的Topics数量超限。
pub const LIMITEXCEEDED_IOTPRODUCTTOOMANYTOPICS: &str = "LimitExceeded.IotProductTooManyTopics";

/// 规则批量操作超限。
pub const LIMITEXCEEDED_IOTRULEOPTOOMANY: &str = "LimitExceeded.IotRuleOpTooMany";

/// 规则操作太频繁。
pub const LIMITEXCEEDED_IOTRULEOPTOOOFTEN: &str = "LimitExceeded.IotRuleOpTooOften";

/// Topic操作太频繁。
pub const LIMITEXCEEDED_IOTTOPICOPTOOOFTEN: &str = "LimitExceeded.IotTopicOpTooOften";

/// 用户的产品数超限。
pub const LIMITEXCEEDED_IOTUSERTOOMANYPRODUCTS: &str = "LimitExceeded.IotUserTooManyProducts";

/// 设备已绑定。
pub const RESOURCEINUSE_IOTAPPLICATIONDEVICEEXISTS: &str =
    "ResourceInUse.IotApplicationDeviceExists";

/// 应用用户已存在。
pub const RESOURCEINUSE_IOTAPPLICATIONUSEREXISTS: &str = "ResourceInUse.IotApplicationUserExists";

/// 设备已存在。
pub const RESOURCEINUSE_IOTDEVICEEXISTS: &str = "ResourceInUse.IotDeviceExists";

/// 正在处理上一个操作。
pub const RESOURCEINUSE_IOTOPINPROGRESS: &str = "ResourceInUse.IotOpInProgress";

/// 产品已存在。
pub const RESOURCEINUSE_IOTPRODUCTEXISTS: &str = "ResourceInUse.IotProductExists";

/// 规则已存在。
pub const RESOURCEINUSE_IOTRULEEXISTS: &str = "ResourceInUse.IotRuleExists";

/// Topic已存在。
pub const RESOURCEINUSE_IOTTOPICEXISTS: &str = "ResourceInUse.IotTopicExists";

/// 资源已存在。
pub const RESOURCEINUSE_MQIOTRESOURCEEXISTS: &str = "ResourceInUse.MqiotResourceExists";

/// 设备未绑定。
pub const RESOURCENOTFOUND_IOTAPPLICATIONDEVICENOTEXISTS: &str =
    "ResourceNotFound.IotApplicationDeviceNotExists";

/// 应用不存在。
pub const RESOURCENOTFOUND_IOTAPPLICATIONNOTEXISTS: &str =
    "ResourceNotFound.IotApplicationNotExists";

/// 应用用户不存在。
pub const RESOURCENOTFOUND_IOTAPPLICATIONUSERNOTEXISTS: &str =
    "ResourceNotFound.IotApplicationUserNotExists";

/// 设备不存在。
pub const RESOURCENOTFOUND_IOTDEVICENOTEXISTS: &str = "ResourceNotFound.IotDeviceNotExists";

/// 产品不存在。
pub const RESOURCENOTFOUND_IOTPRODUCTNOTEXISTS: &str = "ResourceNotFound.IotProductNotExists";

/// 规则不存在。
pub const RESOURCENOTFOUND_IOTRULENOTEXISTS: &str = "ResourceNotFound.IotRuleNotExists";

/// 授权子账号不存在。
pub const RESOURCENOTFOUND_IOTSUBACCOUNTNOTEXISTS: &str = "ResourceNotFound.IotSubAccountNotExists";

/// Topic不存在。
pub const RESOURCENOTFOUND_IOTTOPICNOTEXISTS: &str = "ResourceNotFound.IotTopicNotExists";

/// 用户不存在。
pub const RESOURCENOTFOUND_IOTUSERNOTEXISTS: &str = "ResourceNotFound.IotUserNotExists";

/// 规则config id不存在。
pub const RESOURCENOTFOUND_MQRULERULEIDNOTEXISTS: &str = "ResourceNotFound.MqruleRuleIdNotExists";

/// 规则已启用。
pub const RESOURCEUNAVAILABLE_IOTRULEISACTIVE: &str = "ResourceUnavailable.IotRuleIsActive";

/// 规则缺少动作。
pub const RESOURCEUNAVAILABLE_IOTRULENOACTION: &str = "ResourceUnavailable.IotRuleNoAction";

/// 规则缺少查询。
pub const RESOURCEUNAVAILABLE_IOTRULENOQUERY: &str = "ResourceUnavailable.IotRuleNoQuery";

/// 资源不存在。
pub const RESOURCEUNAVAILABLE_MQIOTRESOURCENOTEXISTS: &str =
    "ResourceUnavailable.MqiotResourceNotExists";

/// 用户被封禁。
pub const UNAUTHORIZEDOPERATION_IOTUSERISSUSPENDED: &str =
    "UnauthorizedOperation.IotUserIsSuspended";
