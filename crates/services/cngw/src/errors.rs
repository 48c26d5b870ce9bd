//! Error codes of `cngw`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cngw::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// AuthFailure.SecretIdNotFound
pub const AUTHFAILURE_SECRETIDNOTFOUND: &str = "AuthFailure.SecretIdNotFound";

/// AuthFailure.UnauthorizedOperation
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// FailedOperation.Cls
pub const FAILEDOPERATION_CLS: &str = "FailedOperation.Cls";

/// FailedOperation.ClsConfig
pub const FAILEDOPERATION_CLSCONFIG: &str = "FailedOperation.ClsConfig";

/// FailedOperation.Cos
pub const FAILEDOPERATION_COS: &str = "FailedOperation.Cos";

/// FailedOperation.FailedOperation
pub const FAILEDOPERATION_FAILEDOPERATION: &str = "FailedOperation.FailedOperation";

/// FailedOperation.InternalError
pub const FAILEDOPERATION_INTERNALERROR: &str = "FailedOperation.InternalError";

/// FailedOperation.Plugin
pub const FAILEDOPERATION_PLUGIN: &str = "FailedOperation.Plugin";

/// FailedOperation.Resource
pub const FAILEDOPERATION_RESOURCE: &str = "FailedOperation.Resource";

/// FailedOperation.Role
pub const FAILEDOPERATION_ROLE: &str = "FailedOperation.Role";

/// FailedOperation.Vpc
pub const FAILEDOPERATION_VPC: &str = "FailedOperation.Vpc";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// InternalError.CamNoAuth
pub const INTERNALERROR_CAMNOAUTH: &str = "InternalError.CamNoAuth";

/// InternalError.CLBFailure
pub const INTERNALERROR_CLBFAILURE: &str = "InternalError.CLBFailure";

/// InternalError.CreateError
pub const INTERNALERROR_CREATEERROR: &str = "InternalError.CreateError";

/// InternalError.DecodeError
pub const INTERNALERROR_DECODEERROR: &str = "InternalError.DecodeError";

/// InternalError.EKSFailure
pub const INTERNALERROR_EKSFAILURE: &str = "InternalError.EKSFailure";

/// InternalError.GetCredential
pub const INTERNALERROR_GETCREDENTIAL: &str = "InternalError.GetCredential";

/// InternalError.GetRoleError
pub const INTERNALERROR_GETROLEERROR: &str = "InternalError.GetRoleError";

/// InternalError.GovernanceFailure
pub const INTERNALERROR_GOVERNANCEFAILURE: &str = "InternalError.GovernanceFailure";

/// InternalError.HttpStatusCodeError
pub const INTERNALERROR_HTTPSTATUSCODEERROR: &str = "InternalError.HttpStatusCodeError";

/// InternalError.InternalError
pub const INTERNALERROR_INTERNALERROR: &str = "InternalError.InternalError";

/// InternalError.IOError
pub const INTERNALERROR_IOERROR: &str = "InternalError.IOError";

/// InternalError.OperationFailed
pub const INTERNALERROR_OPERATIONFAILED: &str = "InternalError.OperationFailed";

/// InternalError.QueryError
pub const INTERNALERROR_QUERYERROR: &str = "InternalError.QueryError";

/// InternalError.TagFailure
pub const INTERNALERROR_TAGFAILURE: &str = "InternalError.TagFailure";

/// InternalError.TKEClusterNotReady
pub const INTERNALERROR_TKECLUSTERNOTREADY: &str = "InternalError.TKEClusterNotReady";

/// InternalError.TKEFailure
pub const INTERNALERROR_TKEFAILURE: &str = "InternalError.TKEFailure";

/// InternalError.UnknownError
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// InternalError.UpdateError
pub const INTERNALERROR_UPDATEERROR: &str = "InternalError.UpdateError";

/// InternalError.VPCFailure
pub const INTERNALERROR_VPCFAILURE: &str = "InternalError.VPCFailure";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 无效参数组合
pub const INVALIDPARAMETERCOMBINATION: &str = "InvalidParameterCombination";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// InvalidParameterValue.Action
pub const INVALIDPARAMETERVALUE_ACTION: &str = "InvalidParameterValue.Action";

/// InvalidParameterValue.BadRequestFormat
pub const INVALIDPARAMETERVALUE_BADREQUESTFORMAT: &str = "InvalidParameterValue.BadRequestFormat";

/// InvalidParameterValue.BucketName
pub const INVALIDPARAMETERVALUE_BUCKETNAME: &str = "InvalidParameterValue.BucketName";

/// InvalidParameterValue.Cos
pub const INVALIDPARAMETERVALUE_COS: &str = "InvalidParameterValue.Cos";

/// InvalidParameterValue.CreateError
pub const INVALIDPARAMETERVALUE_CREATEERROR: &str = "InvalidParameterValue.CreateError";

/// InvalidParameterValue.Description
pub const INVALIDPARAMETERVALUE_DESCRIPTION: &str = "InvalidParameterValue.Description";

/// InvalidParameterValue.GatewayId
pub const INVALIDPARAMETERVALUE_GATEWAYID: &str = "InvalidParameterValue.GatewayId";

/// InvalidParameterValue.GatewayVersion
pub const INVALIDPARAMETERVALUE_GATEWAYVERSION: &str = "InvalidParameterValue.GatewayVersion";

/// InvalidParameterValue.InvalidParameterValue
pub const INVALIDPARAMETERVALUE_INVALIDPARAMETERVALUE: &str =
    "InvalidParameterValue.InvalidParameterValue";

/// InvalidParameterValue.KeyNotExist
pub const INVALIDPARAMETERVALUE_KEYNOTEXIST: &str = "InvalidParameterValue.KeyNotExist";

/// InvalidParameterValue.Name
pub const INVALIDPARAMETERVALUE_NAME: &str = "InvalidParameterValue.Name";

/// InvalidParameterValue.ObjectName
pub const INVALIDPARAMETERVALUE_OBJECTNAME: &str = "InvalidParameterValue.ObjectName";

/// InvalidParameterValue.OperationFailed
pub const INVALIDPARAMETERVALUE_OPERATIONFAILED: &str = "InvalidParameterValue.OperationFailed";

/// InvalidParameterValue.Plugin
pub const INVALIDPARAMETERVALUE_PLUGIN: &str = "InvalidParameterValue.Plugin";

/// InvalidParameterValue.QueryError
pub const INVALIDPARAMETERVALUE_QUERYERROR: &str = "InvalidParameterValue.QueryError";

/// InvalidParameterValue.Region
pub const INVALIDPARAMETERVALUE_REGION: &str = "InvalidParameterValue.Region";

/// InvalidParameterValue.ResourceAlreadyExist
pub const INVALIDPARAMETERVALUE_RESOURCEALREADYEXIST: &str =
    "InvalidParameterValue.ResourceAlreadyExist";

/// InvalidParameterValue.Specification
pub const INVALIDPARAMETERVALUE_SPECIFICATION: &str = "InvalidParameterValue.Specification";

/// InvalidParameterValue.SystemParameter
pub const INVALIDPARAMETERVALUE_SYSTEMPARAMETER: &str = "InvalidParameterValue.SystemParameter";

/// InvalidParameterValue.Type
pub const INVALIDPARAMETERVALUE_TYPE: &str = "InvalidParameterValue.Type";

/// InvalidParameterValue.UpdateError
pub const INVALIDPARAMETERVALUE_UPDATEERROR: &str = "InvalidParameterValue.UpdateError";

/// InvalidParameterValue.ZipFile
pub const INVALIDPARAMETERVALUE_ZIPFILE: &str = "InvalidParameterValue.ZipFile";

/// InvalidParameter.ParseJsonError
pub const INVALIDPARAMETER_PARSEJSONERROR: &str = "InvalidParameter.ParseJsonError";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// LimitExceeded.LBDomains
pub const LIMITEXCEEDED_LBDOMAINS: &str = "LimitExceeded.LBDomains";

/// LimitExceeded.LimitExceeded
pub const LIMITEXCEEDED_LIMITEXCEEDED: &str = "LimitExceeded.LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// MissingParameter.CreateError
pub const MISSINGPARAMETER_CREATEERROR: &str = "MissingParameter.CreateError";

/// MissingParameter.MissParameter
pub const MISSINGPARAMETER_MISSPARAMETER: &str = "MissingParameter.MissParameter";

/// MissingParameter.UpdateError
pub const MISSINGPARAMETER_UPDATEERROR: &str = "MissingParameter.UpdateError";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// OperationDenied.BatchKeyPending
pub const OPERATIONDENIED_BATCHKEYPENDING: &str = "OperationDenied.BatchKeyPending";

/// OperationDenied.LimitExceeded
pub const OPERATIONDENIED_LIMITEXCEEDED: &str = "OperationDenied.LimitExceeded";

/// OperationDenied.OperationDenied
pub const OPERATIONDENIED_OPERATIONDENIED: &str = "OperationDenied.OperationDenied";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// ResourceInUse.GatewayServiceExistGroups
pub const RESOURCEINUSE_GATEWAYSERVICEEXISTGROUPS: &str = "ResourceInUse.GatewayServiceExistGroups";

/// ResourceInUse.GatewayServiceExistRouter
pub const RESOURCEINUSE_GATEWAYSERVICEEXISTROUTER: &str = "ResourceInUse.GatewayServiceExistRouter";

/// ResourceInUse.GatewayServiceGroupExistUpstream
pub const RESOURCEINUSE_GATEWAYSERVICEGROUPEXISTUPSTREAM: &str =
    "ResourceInUse.GatewayServiceGroupExistUpstream";

/// ResourceInUse.GatewayServiceSourceExistService
pub const RESOURCEINUSE_GATEWAYSERVICESOURCEEXISTSERVICE: &str =
    "ResourceInUse.GatewayServiceSourceExistService";

/// ResourceInUse.InstancesExistedInService
pub const RESOURCEINUSE_INSTANCESEXISTEDINSERVICE: &str = "ResourceInUse.InstancesExistedInService";

/// ResourceInUse.ServicesExistedInNamespace
pub const RESOURCEINUSE_SERVICESEXISTEDINNAMESPACE: &str =
    "ResourceInUse.ServicesExistedInNamespace";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// ResourceNotFound.ConfigNotExist
pub const RESOURCENOTFOUND_CONFIGNOTEXIST: &str = "ResourceNotFound.ConfigNotExist";

/// ResourceNotFound.Forbidden
pub const RESOURCENOTFOUND_FORBIDDEN: &str = "ResourceNotFound.Forbidden";

/// ResourceNotFound.InstanceNotFound
pub const RESOURCENOTFOUND_INSTANCENOTFOUND: &str = "ResourceNotFound.InstanceNotFound";

/// ResourceNotFound.ResourceNotFound
pub const RESOURCENOTFOUND_RESOURCENOTFOUND: &str = "ResourceNotFound.ResourceNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// ResourceUnavailable.NotPurchased
pub const RESOURCEUNAVAILABLE_NOTPURCHASED: &str = "ResourceUnavailable.NotPurchased";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// UnauthorizedOperation.CamNoAuth
pub const UNAUTHORIZEDOPERATION_CAMNOAUTH: &str = "UnauthorizedOperation.CamNoAuth";

/// UnauthorizedOperation.CamPassRoleNotExist
pub const UNAUTHORIZEDOPERATION_CAMPASSROLENOTEXIST: &str =
    "UnauthorizedOperation.CamPassRoleNotExist";

/// UnauthorizedOperation.ClsNotActivated
pub const UNAUTHORIZEDOPERATION_CLSNOTACTIVATED: &str = "UnauthorizedOperation.ClsNotActivated";

/// UnauthorizedOperation.Uin
pub const UNAUTHORIZEDOPERATION_UIN: &str = "UnauthorizedOperation.Uin";

/// UnauthorizedOperation.UnauthorizedOperation
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// UnsupportedOperation.GovernanceNotSupportVisible
pub const UNSUPPORTEDOPERATION_GOVERNANCENOTSUPPORTVISIBLE: &str =
    "UnsupportedOperation.GovernanceNotSupportVisible";
