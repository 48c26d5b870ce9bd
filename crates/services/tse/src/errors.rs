//! Error codes of `tse`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tse::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 未授权操作错误。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 调用CLS服务失败
pub const FAILEDOPERATION_CLS: &str = "FailedOperation.Cls";

/// 操作失败。
pub const FAILEDOPERATION_FAILEDOPERATION: &str = "FailedOperation.FailedOperation";

/// 操作失败，内部错误。
pub const FAILEDOPERATION_INTERNALERROR: &str = "FailedOperation.InternalError";

/// 超过购买实例的最大数量。
pub const FAILEDOPERATION_RESOURCE: &str = "FailedOperation.Resource";

/// 获取临时密钥失败
pub const FAILEDOPERATION_ROLE: &str = "FailedOperation.Role";

/// 调用VPC服务失败
pub const FAILEDOPERATION_VPC: &str = "FailedOperation.Vpc";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 权限不足。
pub const INTERNALERROR_CAMNOAUTH: &str = "InternalError.CamNoAuth";

/// 创建内部错误。
pub const INTERNALERROR_CREATEERROR: &str = "InternalError.CreateError";

/// 解码错误。
pub const INTERNALERROR_DECODEERROR: &str = "InternalError.DecodeError";

/// 获取凭证失败。
pub const INTERNALERROR_GETCREDENTIAL: &str = "InternalError.GetCredential";

/// 角色获取错误。
pub const INTERNALERROR_GETROLEERROR: &str = "InternalError.GetRoleError";

/// 访问治理中心引擎内部错误。
pub const INTERNALERROR_GOVERNANCEFAILURE: &str = "InternalError.GovernanceFailure";

/// 状态码错误。
pub const INTERNALERROR_HTTPSTATUSCODEERROR: &str = "InternalError.HttpStatusCodeError";

/// 服务内部错误。
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// 内部服务调用异常。
pub const INTERNALERROR_IOERROR: &str = "InternalError.IOError";

/// 操作失败。
pub const INTERNALERROR_OPERATIONFAILED: &str = "InternalError.OperationFailed";

/// 查询内部错误。
pub const INTERNALERROR_QUERYERROR: &str = "InternalError.QueryError";

/// 标签操作失败。
pub const INTERNALERROR_TAGFAILURE: &str = "InternalError.TagFailure";

/// TKE相关操作失败。
pub const INTERNALERROR_TKEFAILURE: &str = "InternalError.TKEFailure";

/// 未知错误。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 更新内部错误。
pub const INTERNALERROR_UPDATEERROR: &str = "InternalError.UpdateError";

/// 访问VPC内部错误。
pub const INTERNALERROR_VPCFAILURE: &str = "InternalError.VPCFailure";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 旧实例不支持此操作。
pub const INVALIDPARAMETERVALUE_ACTION: &str = "InvalidParameterValue.Action";

/// 请求格式不正确。
pub const INVALIDPARAMETERVALUE_BADREQUESTFORMAT: &str = "InvalidParameterValue.BadRequestFormat";

/// 无效请求参数导致创建失败。
pub const INVALIDPARAMETERVALUE_CREATEERROR: &str = "InvalidParameterValue.CreateError";

/// 无效的描述信息。
pub const INVALIDPARAMETERVALUE_DESCRIPTION: &str = "InvalidParameterValue.Description";

/// 网关ID无效
pub const INVALIDPARAMETERVALUE_GATEWAYID: &str = "InvalidParameterValue.GatewayId";

/// 无效的参数值。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUE: &str =
    "InvalidParameterValue.InvalidParameterValue";

/// 无效的名称。
pub const INVALIDPARAMETERVALUE_NAME: &str = "InvalidParameterValue.Name";

/// 无效请求参数导致操作失败。
pub const INVALIDPARAMETERVALUE_OPERATIONFAILED: &str = "InvalidParameterValue.OperationFailed";

/// 无效请求参数，查询失败。
pub const INVALIDPARAMETERVALUE_QUERYERROR: &str = "InvalidParameterValue.QueryError";

/// 无效的Region。
pub const INVALIDPARAMETERVALUE_REGION: &str = "InvalidParameterValue.Region";

/// 资源已经存在。
pub const INVALIDPARAMETERVALUE_RESOURCEALREADYEXIST: &str =
    "InvalidParameterValue.ResourceAlreadyExist";

/// 网关规格参数内容错误
pub const INVALIDPARAMETERVALUE_SPECIFICATION: &str = "InvalidParameterValue.Specification";

/// 网关类型参数内容错误
pub const INVALIDPARAMETERVALUE_TYPE: &str = "InvalidParameterValue.Type";

/// 无效请求参数导致更新失败。
pub const INVALIDPARAMETERVALUE_UPDATEERROR: &str = "InvalidParameterValue.UpdateError";

/// json转换失败
pub const INVALIDPARAMETER_PARSEJSONERROR: &str = "InvalidParameter.ParseJsonError";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 网关证书域名总和超出限制
pub const LIMITEXCEEDED_LBDOMAINS: &str = "LimitExceeded.LBDomains";

/// 参数超过限制。
pub const LIMITEXCEEDED_LIMITEXCEEDED: &str = "LimitExceeded.LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 缺失参数导致创建失败。
pub const MISSINGPARAMETER_CREATEERROR: &str = "MissingParameter.CreateError";

/// 缺少参数。
pub const MISSINGPARAMETER_MISSPARAMETER: &str = "MissingParameter.MissParameter";

/// 缺失参数导致更新失败。
pub const MISSINGPARAMETER_UPDATEERROR: &str = "MissingParameter.UpdateError";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 不允许的操作。
pub const OPERATIONDENIED_OPERATIONDENIED: &str = "OperationDenied.OperationDenied";

/// 服务来源与服务关联。
pub const RESOURCEINUSE_GATEWAYSERVICESOURCEEXISTSERVICE: &str =
    "ResourceInUse.GatewayServiceSourceExistService";

/// 服务下存在实例，无法删除。
pub const RESOURCEINUSE_INSTANCESEXISTEDINSERVICE: &str = "ResourceInUse.InstancesExistedInService";

/// 此命名空间下存在服务，无法删除。
pub const RESOURCEINUSE_SERVICESEXISTEDINNAMESPACE: &str =
    "ResourceInUse.ServicesExistedInNamespace";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 资源不存在不允许操作。
pub const RESOURCENOTFOUND_FORBIDDEN: &str = "ResourceNotFound.Forbidden";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// 资源不存在。
pub const RESOURCENOTFOUND_RESOURCENOTFOUND: &str = "ResourceNotFound.ResourceNotFound";

/// 未购买
pub const RESOURCEUNAVAILABLE_NOTPURCHASED: &str = "ResourceUnavailable.NotPurchased";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// cam认证失败。
pub const UNAUTHORIZEDOPERATION_CAMNOAUTH: &str = "UnauthorizedOperation.CamNoAuth";

/// 子账号缺少passRole权限。
pub const UNAUTHORIZEDOPERATION_CAMPASSROLENOTEXIST: &str =
    "UnauthorizedOperation.CamPassRoleNotExist";

/// 当前CLS产品未开通
pub const UNAUTHORIZEDOPERATION_CLSNOTACTIVATED: &str = "UnauthorizedOperation.ClsNotActivated";

/// Uin未授权
pub const UNAUTHORIZEDOPERATION_UIN: &str = "UnauthorizedOperation.Uin";

/// 未授权的操作。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
