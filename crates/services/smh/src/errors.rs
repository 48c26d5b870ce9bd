//! Error codes of `smh`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_smh::errors::AUTHFAILURE_UNAUTHORIZEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作未授权。当前子用户在访问管理 CAM 中没有被授予该操作的权限，或没有被授予本次请求涉及的媒体库资源的权限。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 调用计费系统失败
pub const INTERNALERROR_BILLINGREQUESTFAIL: &str = "InternalError.BillingRequestFail";

/// 媒体库资源删除失败
pub const INTERNALERROR_MODIFYRESOURCESTATUSFAIL: &str = "InternalError.ModifyResourceStatusFail";

/// 后付费开通失败
pub const INTERNALERROR_POSTPAIDFAIL: &str = "InternalError.PostpaidFail";

/// 发送短信验证码时发生错误。
pub const INTERNALERROR_SENDSMS: &str = "InternalError.SendSms";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 后端没有默认开启高级多模态检索能力或用户没在白名单中
pub const INVALIDPARAMETERVALUE_ADVANCEDSEARCHOPTION: &str =
    "InvalidParameterValue.AdvancedSearchOption";

/// 存储桶名称无效。
pub const INVALIDPARAMETERVALUE_BUCKETNAMEINVALID: &str = "InvalidParameterValue.BucketNameInvalid";

/// 存储桶名称不属于当前主账号。
pub const INVALIDPARAMETERVALUE_BUCKETNAMENOTBELONGYOU: &str =
    "InvalidParameterValue.BucketNameNotBelongYou";

/// 存储桶不存在或不在指定地域。
pub const INVALIDPARAMETERVALUE_BUCKETNOTFOUND: &str = "InvalidParameterValue.BucketNotFound";

/// 服务已不支持自选桶
pub const INVALIDPARAMETERVALUE_BUCKETNOTSUPPORT: &str = "InvalidParameterValue.BucketNotSupport";

/// 存储桶所在地域无效。
pub const INVALIDPARAMETERVALUE_BUCKETREGIONINVALID: &str =
    "InvalidParameterValue.BucketRegionInvalid";

/// 指定的存储类型无效。
pub const INVALIDPARAMETERVALUE_COSSTORAGECLASS: &str = "InvalidParameterValue.CosStorageClass";

/// 指定的存储桶未开启智能分层存储，请先开通存储桶的智能分层存储功能。
pub const INVALIDPARAMETERVALUE_COSSTORAGECLASSINTELLIGENTTIERING: &str =
    "InvalidParameterValue.CosStorageClassIntelligentTiering";

/// 指定的国家代码无效。
pub const INVALIDPARAMETERVALUE_COUNTRYCODE: &str = "InvalidParameterValue.CountryCode";

/// 开启媒体库配额时需要指定配额大小
pub const INVALIDPARAMETERVALUE_LIBRARYQUOTAREQUIRED: &str =
    "InvalidParameterValue.LibraryQuotaRequired";

/// 仅多租户媒体库支持开启媒体库配额
pub const INVALIDPARAMETERVALUE_LIBRARYQUOTAREQUIRESMULTISPACE: &str =
    "InvalidParameterValue.LibraryQuotaRequiresMultiSpace";

/// 参数值数量或字符数超过限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 指定的手机号码与当前的相同。
pub const INVALIDPARAMETERVALUE_NOTMODIFIED: &str = "InvalidParameterValue.NotModified";

/// 指定的手机号码非该企业的超级管理员。
pub const INVALIDPARAMETERVALUE_NOTSUPERADMIN: &str = "InvalidParameterValue.NotSuperAdmin";

/// 指定的手机号码无效。
pub const INVALIDPARAMETERVALUE_PHONENUMBER: &str = "InvalidParameterValue.PhoneNumber";

/// 创建媒体库时必须选择一个标签
pub const INVALIDPARAMETER_TAGSREQUIRED: &str = "InvalidParameter.TagsRequired";

/// 已达到用户数量限制，请先升级产品规格。
pub const LIMITEXCEEDED_USERLIMIT: &str = "LimitExceeded.UserLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 合作伙伴专用账号无法进行消费
pub const OPERATIONDENIED_PARTNERACCOUNTNOTSUPPORTED: &str =
    "OperationDenied.PartnerAccountNotSupported";

/// 发送至指定手机号码的短信验证码已达到频率限制。
pub const REQUESTLIMITEXCEEDED_SENDSMS: &str = "RequestLimitExceeded.SendSms";

/// 多租户空间媒体库中存在正在使用的租户空间。
pub const RESOURCEINUSE_MULTISPACE: &str = "ResourceInUse.MultiSpace";

/// 媒体库不存在或不属于当前账号。
pub const RESOURCENOTFOUND_LIBRARY: &str = "ResourceNotFound.Library";

/// 官方云盘实例不存在或不属于当前账号。
pub const RESOURCENOTFOUND_OFFICIALINSTANCE: &str = "ResourceNotFound.OfficialInstance";

/// 同 (LibraryId, AccountUserId) 下不存在非销毁状态的预付费实例（可能从未购买，或已被退订销毁）
pub const RESOURCENOTFOUND_PREPAIDINSTANCE: &str = "ResourceNotFound.PrepaidInstance";

/// 账号缺少财务交易权限（finance:trade），请授权后重试
pub const UNAUTHORIZEDOPERATION_FINANCETRADENOTAUTHORIZED: &str =
    "UnauthorizedOperation.FinanceTradeNotAuthorized";

/// 操作账号无效：仅支持主账号、子账号、协作者或角色操作该资源
pub const UNAUTHORIZEDOPERATION_INVALIDOPERATEUIN: &str = "UnauthorizedOperation.InvalidOperateUin";

/// 未授予 cam:PassRole 权限。
pub const UNAUTHORIZEDOPERATION_PASSROLE: &str = "UnauthorizedOperation.PassRole";

/// 后付费下单被计费拒绝
pub const UNAUTHORIZEDOPERATION_POSTPAIDFAIL: &str = "UnauthorizedOperation.PostpaidFail";

/// 未授予 SMH 服务相关角色。
pub const UNAUTHORIZEDOPERATION_SERVICELINKEDROLE: &str = "UnauthorizedOperation.ServiceLinkedRole";

/// 短信验证码错误或已过期。
pub const UNAUTHORIZEDOPERATION_SMSCODE: &str = "UnauthorizedOperation.SmsCode";

/// 短信验证码验证次数超限，请重新发送短信验证码。
pub const UNAUTHORIZEDOPERATION_SMSCODEEXCEEDED: &str = "UnauthorizedOperation.SmsCodeExceeded";

/// 账户余额不足
pub const UNSUPPORTEDOPERATION_BALANCELESS: &str = "UnsupportedOperation.BalanceLess";

/// 指定的目的不受支持。
pub const UNSUPPORTEDOPERATION_PURPOSE: &str = "UnsupportedOperation.Purpose";
