//! Error codes of `tdid`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tdid::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 机构名称要求输入中英文或数字，不超过32个字符
pub const AUTHORITY_AUTHORITYNAMELENGTHLONG: &str = "Authority.AuthorityNameLengthLong";

/// 认证备注要求输入中英文或数字，不超过64个字符
pub const AUTHORITY_AUTHORITYREMARKLENGTHLONG: &str = "Authority.AuthorityRemarkLengthLong";

/// 该权威机构已被认证:<%ExtMsg%>
pub const AUTHORITY_ERRCODEAUTHORITYREGISTERED: &str = "Authority.ErrCodeAuthorityRegistered";

/// 该DID已经认证为权威机构:<%ExtMsg%>
pub const AUTHORITY_ERRCODEDIDAUTHORITYREGISTERED: &str = "Authority.ErrCodeDidAuthorityRegistered";

/// CAM鉴权失败
pub const CAM_INVALIDAUTH: &str = "Cam.InvalidAuth";

/// 创建凭证模板失败，请重新操作
pub const CPT_CREATECPTFAILED: &str = "Cpt.CreateCPTFailed";

/// 模板内容为无效的json格式
pub const CPT_INVALIDCPTJSON: &str = "Cpt.InvalidCPTJson";

/// 凭证模板不存在
pub const CREDENTIAL_CPTNOTEXISTED: &str = "Credential.CPTNotExisted";

/// 凭证过期:<%ExtMsg%>
pub const CREDENTIAL_CREDENTIALEXPIRED: &str = "Credential.CredentialExpired";

/// 创建凭证表达失败
pub const CREDENTIAL_FAILEDCREATEPRESENTATION: &str = "Credential.FailedCreatePresentation";

/// 生成证明承诺失败
pub const CREDENTIAL_GENERATECOMMITMENTFAILED: &str = "Credential.GenerateCommitmentFailed";

/// 生成范围证明失败
pub const CREDENTIAL_GENERATERANGEPROOF: &str = "Credential.GenerateRangeProof";

/// 凭证持有人DID不匹配，请确认后重新操作:<%ExtMsg%>
pub const CREDENTIAL_HOLDERDIDNOTMATCH: &str = "Credential.HolderDidNotMatch";

/// 无效的凭证声明，请确认声明格式:<%ExtMsg%>
pub const CREDENTIAL_INVALIDCLAIM: &str = "Credential.InvalidClaim";

/// 无效的凭证ID，请确认后重新操作:<%ExtMsg%>
pub const CREDENTIAL_INVALIDCRDLID: &str = "Credential.InvalidCRDLId";

/// 无效的凭证颁发者，请确认后重新操作
pub const CREDENTIAL_INVALIDCRDLISSUER: &str = "Credential.InvalidCRDLIssuer";

/// 无效的选择性披露策略，请确认后重新操作:<%ExtMsg%>
pub const CREDENTIAL_INVALIDDISCLOSUREPOLICY: &str = "Credential.InvalidDisclosurePolicy";

/// 无效的操作类型声明，请确认后重新操作:<%ExtMsg%>
pub const CREDENTIAL_INVALIDOPERATECLAIM: &str = "Credential.InvalidOperateClaim";

/// 无效请求参数，请确认参数格式:<%ExtMsg%>
pub const CREDENTIAL_INVALIDPARAS: &str = "Credential.InvalidParas";

/// 无效的证明承诺
pub const CREDENTIAL_INVALIDPROOFCOMMITMENT: &str = "Credential.InvalidProofCommitment";

/// 无效的证明值，证明值要求是无符号整形
pub const CREDENTIAL_INVALIDPROOFVALUE: &str = "Credential.InvalidProofValue";

/// 无效的零知识证明内容
pub const CREDENTIAL_INVALIDZEROPROOF: &str = "Credential.InvalidZeroProof";

/// 凭证颁发者DID不匹配，请确认后重新操作:<%ExtMsg%>
pub const CREDENTIAL_ISSUERDIDNOTMATCH: &str = "Credential.IssuerDidNotMatch";

/// 凭证声明缺少ID字段，请确认后重新操作
pub const CREDENTIAL_NOIDINCLAIM: &str = "Credential.NoIdInClaim";

/// 证明数值不存在
pub const CREDENTIAL_PROOFVALUENOTEXISTED: &str = "Credential.ProofValueNotExisted";

/// 凭证验证失败:<%ExtMsg%>
pub const CREDENTIAL_VERIFYCRDLFAILED: &str = "Credential.VerifyCRDLFailed";

/// 零知识证明验证失败
pub const CREDENTIAL_VERIFYZEROPROOFFAILED: &str = "Credential.VerifyZeroProofFailed";

/// 数据库操作失败，请重新操作
pub const DATABASE_FAILEDOPERATION: &str = "DataBase.FailedOperation";

/// DID标识已存在
pub const DIDFAILEDOPERATION_DIDEXISTED: &str = "DidFailedOperation.DidExisted";

/// DID标识不存在:<%ExtMsg%>
pub const DIDFAILEDOPERATION_DIDNOTEXISTED: &str = "DidFailedOperation.DidNotExisted";

/// DID属性objectId已存在
pub const DIDFAILEDOPERATION_DIDOBJECTIDEXISTED: &str = "DidFailedOperation.DidObjectIdExisted";

/// DID状态无效
pub const DIDFAILEDOPERATION_DIDSTATUSINVALID: &str = "DidFailedOperation.DidStatusInvalid";

/// 用户尚未创建DID服务，请确认后重新操作
pub const DIDFAILEDOPERATION_DIDSVCNOTEXISTED: &str = "DidFailedOperation.DidSvcNotExisted";

/// 获取DID文档失败，请重新操作
pub const DIDFAILEDOPERATION_GETDIDDOCFILED: &str = "DidFailedOperation.GetDidDocFiled";

/// 非权威机构DID:<%ExtMsg%>
pub const DIDFAILEDOPERATION_NOTAUTHORITY: &str = "DidFailedOperation.NotAuthority";

/// 非DID创建者，无法更新DID状态
pub const DIDFAILEDOPERATION_NOTDIDCREATOR: &str = "DidFailedOperation.NotDidCreator";

/// DID私钥格式错误，请填写正确的DID私钥
pub const DIDFAILEDOPERATION_PRIVATEKEYINVALID: &str = "DidFailedOperation.PrivateKeyInvalid";

/// DID公钥格式错误，请填写正确的DID公钥
pub const DIDFAILEDOPERATION_PUBLICKEYINVALID: &str = "DidFailedOperation.PublicKeyInvalid";

/// DID服务请求错误，请稍后重试或联系客服
pub const DIDSDK_UNKNOWNERROR: &str = "DidSdk.UnknownError";

/// 您无操作权限
pub const DID_PERMISSIONDENIED: &str = "Did.PermissionDenied";

/// 用户接口鉴权失败
pub const FAILEDOPERATION_INVALIDAUTH: &str = "FailedOperation.InvalidAuth";

/// 无效的请求参数
pub const FAILEDOPERATION_INVALIDPARAMETERVALUE: &str = "FailedOperation.InvalidParameterValue";

/// 操作失败。
pub const FAILEDOPERATION_OPERATIONEXCEPTION: &str = "FailedOperation.OperationException";

/// 用户无接口访问权限
pub const FAILEDOPERATION_PERMISSIONDENIED: &str = "FailedOperation.PermissionDenied";

/// HTTP请求创建失败，请稍后重试，或联系客服
pub const HTTPINVOKER_NEWQUESTERROR: &str = "HttpInvoker.NewQuestError";

/// HTTP请求发送失败，请稍后重试，或联系客服
pub const HTTPINVOKER_SENDQUESTERROR: &str = "HttpInvoker.SendQuestError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// API服务出错
pub const INTERNALERROR_APIUNKNOWNERROR: &str = "InternalError.ApiUnknownError";

/// 服务器异常。
pub const INTERNALERROR_SERVEREXCEPTION: &str = "InternalError.ServerException";

/// 服务已停止，请您检查当前是否有计费套餐包
pub const INTERNALERROR_SERVICEDISABLED: &str = "InternalError.ServiceDisabled";

/// 服务错误，请稍后重试，或联系客服
pub const INTERNALERROR_SERVICEERROR: &str = "InternalError.ServiceError";

/// 服务异常。
pub const INTERNALERROR_SERVICEPANIC: &str = "InternalError.ServicePanic";

/// 服务错误，请稍后重试，或联系客服
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 无效的时间格式，请确认后重新操作
pub const INVALIDPARAMETERVALUE_ILLEGALDATETIME: &str = "InvalidParameterValue.IllegalDateTime";

/// 请求参数格式错误，请按照格式要求重新填写
pub const INVALIDPARAMETERVALUE_ILLEGALVALUE: &str = "InvalidParameterValue.IllegalValue";

/// 用户请求资源未存在:<%ExtMsg%>
pub const INVALIDPARAMETERVALUE_RESOURCENOTEXISTED: &str =
    "InvalidParameterValue.ResourceNotExisted";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
