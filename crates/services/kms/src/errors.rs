//! Error codes of `kms`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_kms::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 未授权的操作。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// CMK正在被云产品使用。
pub const FAILEDOPERATION_CMKUSEDBYCLOUDPRODUCT: &str = "FailedOperation.CmkUsedByCloudProduct";

/// 解密失败。
pub const FAILEDOPERATION_DECRYPTERROR: &str = "FailedOperation.DecryptError";

/// 加密操作失败。
pub const FAILEDOPERATION_ENCRYPTIONERROR: &str = "FailedOperation.EncryptionError";

/// 已有正在进行的轮转任务
pub const FAILEDOPERATION_ROTATETASKRUNNING: &str = "FailedOperation.RotateTaskRunning";

/// 签名运算失败
pub const FAILEDOPERATION_SIGNERROR: &str = "FailedOperation.SignError";

/// 标签服务错误。
pub const FAILEDOPERATION_TAGGINGERROR: &str = "FailedOperation.TaggingError";

/// 验证签名失败
pub const FAILEDOPERATION_VERIFYERROR: &str = "FailedOperation.VerifyError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 别名已经存在。
pub const INVALIDPARAMETERVALUE_ALIASALREADYEXISTS: &str =
    "InvalidParameterValue.AliasAlreadyExists";

/// 数据密钥名称已存在
pub const INVALIDPARAMETERVALUE_DATAKEYNAMEALREADYEXISTS: &str =
    "InvalidParameterValue.DataKeyNameAlreadyExists";

/// 存在重复的数据密钥ID
pub const INVALIDPARAMETERVALUE_DUPLICATEDDATAKEYID: &str =
    "InvalidParameterValue.DuplicatedDataKeyId";

/// KeyId重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEDKEYID: &str = "InvalidParameterValue.DuplicatedKeyId";

/// 别名格式错误。
pub const INVALIDPARAMETERVALUE_INVALIDALIAS: &str = "InvalidParameterValue.InvalidAlias";

/// 密文格式错误。
pub const INVALIDPARAMETERVALUE_INVALIDCIPHERTEXT: &str = "InvalidParameterValue.InvalidCiphertext";

/// 不合法的数据密钥ID
pub const INVALIDPARAMETERVALUE_INVALIDDATAKEYID: &str = "InvalidParameterValue.InvalidDataKeyId";

/// 不合法的数据密钥名称
pub const INVALIDPARAMETERVALUE_INVALIDDATAKEYNAME: &str =
    "InvalidParameterValue.InvalidDataKeyName";

/// 无效的 HSM 集群 ID。
pub const INVALIDPARAMETERVALUE_INVALIDHSMCLUSTERID: &str =
    "InvalidParameterValue.InvalidHsmClusterId";

/// 导入的数据密钥合法
pub const INVALIDPARAMETERVALUE_INVALIDIMPORTKEYMATERIAL: &str =
    "InvalidParameterValue.InvalidImportKeyMaterial";

/// KeyId不合法。
pub const INVALIDPARAMETERVALUE_INVALIDKEYID: &str = "InvalidParameterValue.InvalidKeyId";

/// KeyUsage参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDKEYUSAGE: &str = "InvalidParameterValue.InvalidKeyUsage";

/// Plaintext不合法。
pub const INVALIDPARAMETERVALUE_INVALIDPLAINTEXT: &str = "InvalidParameterValue.InvalidPlaintext";

/// Type参数错误。
pub const INVALIDPARAMETERVALUE_INVALIDTYPE: &str = "InvalidParameterValue.InvalidType";

/// 导入的密钥材料和历史导入不同。
pub const INVALIDPARAMETERVALUE_MATERIALNOTMATCH: &str = "InvalidParameterValue.MaterialNotMatch";

/// 标签键重复。
pub const INVALIDPARAMETERVALUE_TAGKEYSDUPLICATED: &str = "InvalidParameterValue.TagKeysDuplicated";

/// 标签键或标签值不存在。
pub const INVALIDPARAMETERVALUE_TAGSNOTEXISTED: &str = "InvalidParameterValue.TagsNotExisted";

/// 解密EncryptedKeyMaterial失败。
pub const INVALIDPARAMETER_DECRYPTMATERIALERROR: &str = "InvalidParameter.DecryptMaterialError";

/// 计划删除时间参数非法。
pub const INVALIDPARAMETER_INVALIDPENDINGWINDOWINDAYS: &str =
    "InvalidParameter.InvalidPendingWindowInDays";

/// CMK数量已达上限。
pub const LIMITEXCEEDED_CMKLIMITEXCEEDED: &str = "LimitExceeded.CmkLimitExceeded";

/// DataKey超过上限
pub const LIMITEXCEEDED_DATAKEYLIMITEXCEEDED: &str = "LimitExceeded.DataKeyLimitExceeded";

/// 设备指纹个数超过限制。
pub const LIMITEXCEEDED_FINGERPRINTSLIMITEXCEEDED: &str = "LimitExceeded.FingerprintsLimitExceeded";

/// 创建的密钥个数超过限制。
pub const LIMITEXCEEDED_KEYLIMITEXCEEDED: &str = "LimitExceeded.KeyLimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 轮转操作触发限频，默认24小时内仅可轮转一次
pub const REQUESTLIMITEXCEEDED_ROTATERATELIMITED: &str = "RequestLimitExceeded.RotateRateLimited";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// cmk和云资源的绑定关系不存在。
pub const RESOURCEUNAVAILABLE_CLOUDRESOURCEBINDINGNOTFOUND: &str =
    "ResourceUnavailable.CloudResourceBindingNotFound";

/// CMK已存档。
pub const RESOURCEUNAVAILABLE_CMKARCHIVED: &str = "ResourceUnavailable.CmkArchived";

/// CMK已被禁用。
pub const RESOURCEUNAVAILABLE_CMKDISABLED: &str = "ResourceUnavailable.CmkDisabled";

/// CMK不存在。
pub const RESOURCEUNAVAILABLE_CMKNOTFOUND: &str = "ResourceUnavailable.CmkNotFound";

/// CMK不是计划删除状态不能被执行取消计划删除。
pub const RESOURCEUNAVAILABLE_CMKNOTPENDINGDELETE: &str = "ResourceUnavailable.CmkNotPendingDelete";

/// 未被禁用的CMK不能被计划删除。
pub const RESOURCEUNAVAILABLE_CMKSHOULDBEDISABLED: &str = "ResourceUnavailable.CmkShouldBeDisabled";

/// CMK 状态不支持该操作。
pub const RESOURCEUNAVAILABLE_CMKSTATENOTSUPPORT: &str = "ResourceUnavailable.CmkStateNotSupport";

/// 数据密钥已禁用
pub const RESOURCEUNAVAILABLE_DATAKEYDISABLED: &str = "ResourceUnavailable.DataKeyDisabled";

/// 数据密钥不存在
pub const RESOURCEUNAVAILABLE_DATAKEYNOTFOUND: &str = "ResourceUnavailable.DataKeyNotFound";

/// 数据密钥不是计划删除状态不能被执行取消计划删除。
pub const RESOURCEUNAVAILABLE_DATAKEYNOTPENDINGDELETE: &str =
    "ResourceUnavailable.DataKeyNotPendingDelete";

/// 数据密钥已计划删除
pub const RESOURCEUNAVAILABLE_DATAKEYPENDINGDELETE: &str =
    "ResourceUnavailable.DataKeyPendingDelete";

/// 数据密钥状态不支持该操作
pub const RESOURCEUNAVAILABLE_DATAKEYSTATENOTSUPPORT: &str =
    "ResourceUnavailable.DataKeyStateNotSupport";

/// 密钥已被禁用。
pub const RESOURCEUNAVAILABLE_KEYDISABLED: &str = "ResourceUnavailable.KeyDisabled";

/// 不可用密钥：密钥待删除。
pub const RESOURCEUNAVAILABLE_KEYPENDINGDELETE: &str = "ResourceUnavailable.KeyPendingDelete";

/// 白盒密钥服务尚未开通。
pub const RESOURCEUNAVAILABLE_NOTPURCHASED: &str = "ResourceUnavailable.NotPurchased";

/// Token已过期。
pub const RESOURCEUNAVAILABLE_TOKENEXPIRED: &str = "ResourceUnavailable.TokenExpired";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 用户导入类型的CMK禁止轮换。
pub const UNSUPPORTEDOPERATION_EXTERNALCMKCANNOTROTATE: &str =
    "UnsupportedOperation.ExternalCmkCanNotRotate";

/// CMK类型错误，仅支持External CMK。
pub const UNSUPPORTEDOPERATION_NOTEXTERNALCMK: &str = "UnsupportedOperation.NotExternalCmk";

/// 用户角色不支持的操作
pub const UNSUPPORTEDOPERATION_NOTROLEOPERATION: &str = "UnsupportedOperation.NotRoleOperation";

/// 仅支持对用户自己创建的CMK做更新。
pub const UNSUPPORTEDOPERATION_NOTUSERCREATEDCMK: &str = "UnsupportedOperation.NotUserCreatedCmk";

/// 不支持轮转（未开启轮转、外部密钥、副本密钥）
pub const UNSUPPORTEDOPERATION_ROTATENOTSUPPORTED: &str = "UnsupportedOperation.RotateNotSupported";

/// 服务暂时不可用。
pub const UNSUPPORTEDOPERATION_SERVICETEMPORARYUNAVAILABLE: &str =
    "UnsupportedOperation.ServiceTemporaryUnavailable";

/// 加密方式在当前region不支持。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDKEYUSAGEINCURRENTREGION: &str =
    "UnsupportedOperation.UnsupportedKeyUsageInCurrentRegion";

/// 用户版本不支持
pub const UNSUPPORTEDOPERATION_USERVERSIONNOTSUPPORT: &str =
    "UnsupportedOperation.UserVersionNotSupport";
