//! Error codes of `workbuddyenterprise`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_workbuddyenterprise::errors::AUTHFAILURE_IDENTITYNOTFOUND) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// AuthFailure.IdentityNotFound
pub const AUTHFAILURE_IDENTITYNOTFOUND: &str = "AuthFailure.IdentityNotFound";

/// AuthFailure.IdentityResolutionFailed
pub const AUTHFAILURE_IDENTITYRESOLUTIONFAILED: &str = "AuthFailure.IdentityResolutionFailed";

/// FailedOperation.AgentNoRoutingConfig
pub const FAILEDOPERATION_AGENTNOROUTINGCONFIG: &str = "FailedOperation.AgentNoRoutingConfig";

/// FailedOperation.EntitlementNotFound
pub const FAILEDOPERATION_ENTITLEMENTNOTFOUND: &str = "FailedOperation.EntitlementNotFound";

/// FailedOperation.ExternalBindFailed
pub const FAILEDOPERATION_EXTERNALBINDFAILED: &str = "FailedOperation.ExternalBindFailed";

/// FailedOperation.ExternalOperationFailed
pub const FAILEDOPERATION_EXTERNALOPERATIONFAILED: &str = "FailedOperation.ExternalOperationFailed";

/// FailedOperation.ExternalRegisterFailed
pub const FAILEDOPERATION_EXTERNALREGISTERFAILED: &str = "FailedOperation.ExternalRegisterFailed";

/// FailedOperation.IdentityServiceError
pub const FAILEDOPERATION_IDENTITYSERVICEERROR: &str = "FailedOperation.IdentityServiceError";

/// FailedOperation.RoutingDuplicateVersion
pub const FAILEDOPERATION_ROUTINGDUPLICATEVERSION: &str = "FailedOperation.RoutingDuplicateVersion";

/// FailedOperation.RoutingInvalidVersion
pub const FAILEDOPERATION_ROUTINGINVALIDVERSION: &str = "FailedOperation.RoutingInvalidVersion";

/// FailedOperation.RoutingInvalidWeight
pub const FAILEDOPERATION_ROUTINGINVALIDWEIGHT: &str = "FailedOperation.RoutingInvalidWeight";

/// FailedOperation.RoutingWeightSumInvalid
pub const FAILEDOPERATION_ROUTINGWEIGHTSUMINVALID: &str = "FailedOperation.RoutingWeightSumInvalid";

/// FailedOperation.SessionCrossAgentMigrate
pub const FAILEDOPERATION_SESSIONCROSSAGENTMIGRATE: &str =
    "FailedOperation.SessionCrossAgentMigrate";

/// FailedOperation.SessionHistoryNotReady
pub const FAILEDOPERATION_SESSIONHISTORYNOTREADY: &str = "FailedOperation.SessionHistoryNotReady";

/// FailedOperation.SessionHistoryUnavailable
pub const FAILEDOPERATION_SESSIONHISTORYUNAVAILABLE: &str =
    "FailedOperation.SessionHistoryUnavailable";

/// FailedOperation.SessionNotMigrable
pub const FAILEDOPERATION_SESSIONNOTMIGRABLE: &str = "FailedOperation.SessionNotMigrable";

/// FailedOperation.VersionNotEditable
pub const FAILEDOPERATION_VERSIONNOTEDITABLE: &str = "FailedOperation.VersionNotEditable";

/// InternalError.AgentOperationFailed
pub const INTERNALERROR_AGENTOPERATIONFAILED: &str = "InternalError.AgentOperationFailed";

/// InternalError.EntitlementCheckFailed
pub const INTERNALERROR_ENTITLEMENTCHECKFAILED: &str = "InternalError.EntitlementCheckFailed";

/// InternalError.MarshalFailed
pub const INTERNALERROR_MARSHALFAILED: &str = "InternalError.MarshalFailed";

/// InternalError.ModelManagementFailed
pub const INTERNALERROR_MODELMANAGEMENTFAILED: &str = "InternalError.ModelManagementFailed";

/// InternalError.NoResolver
pub const INTERNALERROR_NORESOLVER: &str = "InternalError.NoResolver";

/// InternalError.Panic
pub const INTERNALERROR_PANIC: &str = "InternalError.Panic";

/// InternalError.ReadBodyFailed
pub const INTERNALERROR_READBODYFAILED: &str = "InternalError.ReadBodyFailed";

/// InternalError.ResolveEnterpriseFailed
pub const INTERNALERROR_RESOLVEENTERPRISEFAILED: &str = "InternalError.ResolveEnterpriseFailed";

/// InternalError.RuntimeCreateFailed
pub const INTERNALERROR_RUNTIMECREATEFAILED: &str = "InternalError.RuntimeCreateFailed";

/// InternalError.SessionHistoryFailed
pub const INTERNALERROR_SESSIONHISTORYFAILED: &str = "InternalError.SessionHistoryFailed";

/// InternalError.SessionOperationFailed
pub const INTERNALERROR_SESSIONOPERATIONFAILED: &str = "InternalError.SessionOperationFailed";

/// InternalError.TenantResolveFailed
pub const INTERNALERROR_TENANTRESOLVEFAILED: &str = "InternalError.TenantResolveFailed";

/// InternalError.TracingNotConfigured
pub const INTERNALERROR_TRACINGNOTCONFIGURED: &str = "InternalError.TracingNotConfigured";

/// InternalError.Unknown
pub const INTERNALERROR_UNKNOWN: &str = "InternalError.Unknown";

/// InternalError.UserAccessTokenExchangeFailed
pub const INTERNALERROR_USERACCESSTOKENEXCHANGEFAILED: &str =
    "InternalError.UserAccessTokenExchangeFailed";

/// InternalError.UserAccessTokenNotConfigured
pub const INTERNALERROR_USERACCESSTOKENNOTCONFIGURED: &str =
    "InternalError.UserAccessTokenNotConfigured";

/// InternalError.VersionOperationFailed
pub const INTERNALERROR_VERSIONOPERATIONFAILED: &str = "InternalError.VersionOperationFailed";

/// InvalidParameterValue.InvalidConnectorSource
pub const INVALIDPARAMETERVALUE_INVALIDCONNECTORSOURCE: &str =
    "InvalidParameterValue.InvalidConnectorSource";

/// InvalidParameterValue.InvalidConnectorStatus
pub const INVALIDPARAMETERVALUE_INVALIDCONNECTORSTATUS: &str =
    "InvalidParameterValue.InvalidConnectorStatus";

/// InvalidParameter.A2AEnabledRequired
pub const INVALIDPARAMETER_A2AENABLEDREQUIRED: &str = "InvalidParameter.A2AEnabledRequired";

/// InvalidParameter.ActionNotFound
pub const INVALIDPARAMETER_ACTIONNOTFOUND: &str = "InvalidParameter.ActionNotFound";

/// InvalidParameter.ActionRequired
pub const INVALIDPARAMETER_ACTIONREQUIRED: &str = "InvalidParameter.ActionRequired";

/// InvalidParameter.AgentAccountIDInvalid
pub const INVALIDPARAMETER_AGENTACCOUNTIDINVALID: &str = "InvalidParameter.AgentAccountIDInvalid";

/// InvalidParameter.AgentIDRequired
pub const INVALIDPARAMETER_AGENTIDREQUIRED: &str = "InvalidParameter.AgentIDRequired";

/// Agent 名称长度需要在 2-32 位
pub const INVALIDPARAMETER_AGENTNAMELENGTH: &str = "InvalidParameter.AgentNameLength";

/// InvalidParameter.AgentNoPublishedVersion
pub const INVALIDPARAMETER_AGENTNOPUBLISHEDVERSION: &str =
    "InvalidParameter.AgentNoPublishedVersion";

/// InvalidParameter.ConnectorRequest
pub const INVALIDPARAMETER_CONNECTORREQUEST: &str = "InvalidParameter.ConnectorRequest";

/// InvalidParameter.EmptyBody
pub const INVALIDPARAMETER_EMPTYBODY: &str = "InvalidParameter.EmptyBody";

/// InvalidParameter.EndpointInvalid
pub const INVALIDPARAMETER_ENDPOINTINVALID: &str = "InvalidParameter.EndpointInvalid";

/// InvalidParameter.EndpointRequired
pub const INVALIDPARAMETER_ENDPOINTREQUIRED: &str = "InvalidParameter.EndpointRequired";

/// InvalidParameter.EnterpriseIDRequired
pub const INVALIDPARAMETER_ENTERPRISEIDREQUIRED: &str = "InvalidParameter.EnterpriseIDRequired";

/// InvalidParameter.ExternalAgentIDRequired
pub const INVALIDPARAMETER_EXTERNALAGENTIDREQUIRED: &str =
    "InvalidParameter.ExternalAgentIDRequired";

/// InvalidParameter.InvalidJSON
pub const INVALIDPARAMETER_INVALIDJSON: &str = "InvalidParameter.InvalidJSON";

/// InvalidParameter.InvalidRequestBody
pub const INVALIDPARAMETER_INVALIDREQUESTBODY: &str = "InvalidParameter.InvalidRequestBody";

/// InvalidParameter.ManifestRequired
pub const INVALIDPARAMETER_MANIFESTREQUIRED: &str = "InvalidParameter.ManifestRequired";

/// InvalidParameter.ModelManagement
pub const INVALIDPARAMETER_MODELMANAGEMENT: &str = "InvalidParameter.ModelManagement";

/// InvalidParameter.NoUpdatableField
pub const INVALIDPARAMETER_NOUPDATABLEFIELD: &str = "InvalidParameter.NoUpdatableField";

/// InvalidParameter.OneIDAccountRequired
pub const INVALIDPARAMETER_ONEIDACCOUNTREQUIRED: &str = "InvalidParameter.OneIDAccountRequired";

/// InvalidParameter.Pagination
pub const INVALIDPARAMETER_PAGINATION: &str = "InvalidParameter.Pagination";

/// InvalidParameter.SessionIDRequired
pub const INVALIDPARAMETER_SESSIONIDREQUIRED: &str = "InvalidParameter.SessionIDRequired";

/// InvalidParameter.SourceRequired
pub const INVALIDPARAMETER_SOURCEREQUIRED: &str = "InvalidParameter.SourceRequired";

/// InvalidParameter.TracingRequest
pub const INVALIDPARAMETER_TRACINGREQUEST: &str = "InvalidParameter.TracingRequest";

/// InvalidParameter.VersionIDRequired
pub const INVALIDPARAMETER_VERSIONIDREQUIRED: &str = "InvalidParameter.VersionIDRequired";

/// MissingParameter.SubAccountUinRequired
pub const MISSINGPARAMETER_SUBACCOUNTUINREQUIRED: &str = "MissingParameter.SubAccountUinRequired";

/// MissingParameter.UinRequired
pub const MISSINGPARAMETER_UINREQUIRED: &str = "MissingParameter.UinRequired";

/// ResourceInUse.AgentIDConflict
pub const RESOURCEINUSE_AGENTIDCONFLICT: &str = "ResourceInUse.AgentIDConflict";

/// ResourceNotFound.Agent
pub const RESOURCENOTFOUND_AGENT: &str = "ResourceNotFound.Agent";

/// ResourceNotFound.ExternalAgent
pub const RESOURCENOTFOUND_EXTERNALAGENT: &str = "ResourceNotFound.ExternalAgent";

/// ResourceNotFound.Session
pub const RESOURCENOTFOUND_SESSION: &str = "ResourceNotFound.Session";

/// ResourceNotFound.SessionNotFound
pub const RESOURCENOTFOUND_SESSIONNOTFOUND: &str = "ResourceNotFound.SessionNotFound";

/// ResourceNotFound.Version
pub const RESOURCENOTFOUND_VERSION: &str = "ResourceNotFound.Version";

/// ResourceUnavailable.A2ANotConfigured
pub const RESOURCEUNAVAILABLE_A2ANOTCONFIGURED: &str = "ResourceUnavailable.A2ANotConfigured";

/// ResourceUnavailable.ChatTokenUnavailable
pub const RESOURCEUNAVAILABLE_CHATTOKENUNAVAILABLE: &str =
    "ResourceUnavailable.ChatTokenUnavailable";

/// ResourceUnavailable.IdentityNotConfigured
pub const RESOURCEUNAVAILABLE_IDENTITYNOTCONFIGURED: &str =
    "ResourceUnavailable.IdentityNotConfigured";

/// ResourceUnavailable.RuntimeAPIUnavailable
pub const RESOURCEUNAVAILABLE_RUNTIMEAPIUNAVAILABLE: &str =
    "ResourceUnavailable.RuntimeAPIUnavailable";

/// UnauthorizedOperation.AccountNotAuthorized
pub const UNAUTHORIZEDOPERATION_ACCOUNTNOTAUTHORIZED: &str =
    "UnauthorizedOperation.AccountNotAuthorized";

/// UnauthorizedOperation.NotConnectorOwner
pub const UNAUTHORIZEDOPERATION_NOTCONNECTOROWNER: &str = "UnauthorizedOperation.NotConnectorOwner";

/// UnauthorizedOperation.UnprovisionedTenant
pub const UNAUTHORIZEDOPERATION_UNPROVISIONEDTENANT: &str =
    "UnauthorizedOperation.UnprovisionedTenant";
