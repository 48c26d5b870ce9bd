//! Error codes of `ioa`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_ioa::errors::FAILEDOPERATION_QUERYDATA) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 查询数据失败。
pub const FAILEDOPERATION_QUERYDATA: &str = "FailedOperation.QueryData";

/// RPC服务调用失败。
pub const FAILEDOPERATION_RPCSERVICECALLFAILED: &str = "FailedOperation.RPCServiceCallFailed";

/// 操作中出现非预期的错误
pub const FAILEDOPERATION_UNEXPECTEDERROR: &str = "FailedOperation.UnexpectedError";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 内部错误，数据库异常。
pub const INTERNALERROR_DATABASEEXCEPTION: &str = "InternalError.DatabaseException";

/// 数据库查询失败。
pub const INTERNALERROR_DATABASEQUERYFAILED: &str = "InternalError.DatabaseQueryFailed";

/// 数据库写入失败。
pub const INTERNALERROR_DATABASEWRITEFAILED: &str = "InternalError.DatabaseWriteFailed";

/// 没有零信任网关数据。
pub const INTERNALERROR_NOTZEROTRUSTGATEWAY: &str = "InternalError.NotZeroTrustGateway";

/// 后台服务系统类型错误。
pub const INTERNALERROR_SERVICETYPEERROR: &str = "InternalError.ServiceTypeError";

/// 内部未知错误。
pub const INTERNALERROR_UNKNOWN: &str = "InternalError.Unknown";

/// 没有找到对应的终端自定义分组
pub const INVALIDPARAMETERVALUE_VIRTUALDEVICEGROUPNOTFOUND: &str =
    "InvalidParameterValue.VirtualDeviceGroupNotFound";

/// 参数错误：规则相关字段传参或者字段内容错误
pub const INVALIDPARAMETER_AUTORULEPARAMETERERROR: &str = "InvalidParameter.AutoRuleParameterError";

/// 不允许跨用户根目录
pub const INVALIDPARAMETER_CROSSEPARENTACCOUNTGROUP: &str =
    "InvalidParameter.CrosseParentAccountGroup";

/// 数据库错误
pub const INVALIDPARAMETER_DATABASEEXCEPTION: &str = "InvalidParameter.DatabaseException";

/// 重复的终端自定义分组名称。
pub const INVALIDPARAMETER_DUPLICATEDEVICEVIRTUALGROUPNAME: &str =
    "InvalidParameter.DuplicateDeviceVirtualGroupName";

/// 黑白名单选中有相同的终端设备
pub const INVALIDPARAMETER_DUPLICATEIDINBLACKWHITELIST: &str =
    "InvalidParameter.DuplicateIdInBlackWhiteList";

/// 存在重复的资源数据。
pub const INVALIDPARAMETER_DUPLICATERESOURCESEXIST: &str =
    "InvalidParameter.DuplicateResourcesExist";

/// 存在重复业务资源名称。
pub const INVALIDPARAMETER_DUPLICATERESOURCESNAME: &str = "InvalidParameter.DuplicateResourcesName";

/// 参数错误有重复数据。
pub const INVALIDPARAMETER_IDENTICALNAME: &str = "InvalidParameter.IdenticalName";

/// 用户组ID错误
pub const INVALIDPARAMETER_INVALIDACCOUNTGROUPID: &str = "InvalidParameter.InvalidAccountGroupId";

/// 用户组名错误
pub const INVALIDPARAMETER_INVALIDACCOUNTGROUPNAME: &str =
    "InvalidParameter.InvalidAccountGroupName";

/// 非自建用户分组不允许修改
pub const INVALIDPARAMETER_INVALIDACCOUNTGROUPTYPE: &str =
    "InvalidParameter.InvalidAccountGroupType";

/// 请求参数错误。
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数验证失败。
pub const INVALIDPARAMETER_PARAMETERVALIDATIONFAILED: &str =
    "InvalidParameter.ParameterValidationFailed";

/// 用户组父目录非法
pub const INVALIDPARAMETER_PARENTACCOUNTGROUPINVALID: &str =
    "InvalidParameter.ParentAccountGroupInvalid";

/// 户根目录不允许修改
pub const INVALIDPARAMETER_PARENTACCOUNTGROUPISROOT: &str =
    "InvalidParameter.ParentAccountGroupIsRoot";

/// 目录层级达到最大
pub const INVALIDPARAMETER_PARENTACCOUNTGROUPMAXLEVEL: &str =
    "InvalidParameter.ParentAccountGroupMaxLevel";

/// 用户组父目录不能是该分组的子组
pub const INVALIDPARAMETER_PARENTACCOUNTGROUPRECURSIVE: &str =
    "InvalidParameter.ParentAccountGroupRecursive";

/// 请求参数错误。
pub const INVALIDPARAMETER_REQUESTPARAM: &str = "InvalidParameter.RequestParam";

/// 业务资源访问方式错误。
pub const INVALIDPARAMETER_RESOURCEACCESSMETHOD: &str = "InvalidParameter.ResourceAccessMethod";

/// 业务资源域名不合法。
pub const INVALIDPARAMETER_RESOURCEDOMAINERR: &str = "InvalidParameter.ResourceDomainErr";

/// 业务资源IP数据错误。
pub const INVALIDPARAMETER_RESOURCEIPERROR: &str = "InvalidParameter.ResourceIPError";

/// 业务资源IP段数据错误。
pub const INVALIDPARAMETER_RESOURCEIPSEGMENTERR: &str = "InvalidParameter.ResourceIPSegmentErr";

/// 业务资源优先级取值范围[1-65535]。
pub const INVALIDPARAMETER_RESOURCELEVELSPARAMETER: &str =
    "InvalidParameter.ResourceLevelsParameter";

/// 业务资源端口错误。
pub const INVALIDPARAMETER_RESOURCEPORTERR: &str = "InvalidParameter.ResourcePortErr";

/// 业务资源协议类型错误。
pub const INVALIDPARAMETER_RESOURCEPROTOCOLTYPEERR: &str =
    "InvalidParameter.ResourceProtocolTypeErr";

/// 业务资源类型错误。
pub const INVALIDPARAMETER_RESOURCETYPEPARAMETER: &str = "InvalidParameter.ResourceTypeParameter";

/// 存在同名用户组
pub const INVALIDPARAMETER_SAMEACCOUNTGROUPNAME: &str = "InvalidParameter.SameAccountGroupName";

/// 可创建目录总数超过了上限
pub const LIMITEXCEEDED_COMPANYDIRECTORYMAXLIMIT: &str = "LimitExceeded.CompanyDirectoryMaxLimit";

/// 缺少公共参数。
pub const MISSINGPARAMETER_COMMONPARAM: &str = "MissingParameter.CommonParam";

/// 内置目录，禁止删除
pub const OPERATIONDENIED_DIRECTORYDELETENOTALLOWED: &str =
    "OperationDenied.DirectoryDeleteNotAllowed";

/// 操作被拒绝，无管理员权限。
pub const OPERATIONDENIED_NOADMINISTRATORPRIVILEGE: &str =
    "OperationDenied.NoAdministratorPrivilege";

/// 终端导出任务同一时间仅允许一个，请稍后再试。
pub const REQUESTLIMITEXCEEDED_DEVICEDOWNLOADTASK: &str = "RequestLimitExceeded.DeviceDownloadTask";

/// 网关限流
pub const REQUESTLIMITEXCEEDED_GATEWAY: &str = "RequestLimitExceeded.Gateway";

/// 上次操作还未完成，请稍后重试。
pub const REQUESTLIMITEXCEEDED_WAITFORTHELASTOPERATIONTOCOMPLETE: &str =
    "RequestLimitExceeded.WaitForTheLastOperationToComplete";

/// 没有模块数据。
pub const RESOURCENOTFOUND_NOMODULEDATA: &str = "ResourceNotFound.NoModuleData";

/// 没有业务资源数据。
pub const RESOURCENOTFOUND_NORESOURCEDATA: &str = "ResourceNotFound.NoResourceData";

/// 没有连接器分组信息。
pub const RESOURCENOTFOUND_NOTCONNECTORGROUPINFO: &str = "ResourceNotFound.NotConnectorGroupInfo";

/// 资源不存在。
pub const RESOURCENOTFOUND_NOTFOUND: &str = "ResourceNotFound.NotFound";

/// license无效
pub const RESOURCEUNAVAILABLE_LICENSEINVALID: &str = "ResourceUnavailable.LicenseInvalid";

/// 没有模块权限。
pub const UNAUTHORIZEDOPERATION_NOMODULEPERMISSIONS: &str =
    "UnauthorizedOperation.NoModulePermissions";

/// 没有业务资源权限。
pub const UNAUTHORIZEDOPERATION_NORESOURCEPERMISSIONS: &str =
    "UnauthorizedOperation.NoResourcePermissions";

/// 当前业务资源无权限。
pub const UNAUTHORIZEDOPERATION_NORESOURCEPERMISSIONSD: &str =
    "UnauthorizedOperation.NoResourcePermissionsd";

/// 未授权的操作。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 业务资源操作异常。
pub const UNSUPPORTEDOPERATION_DATABASEEXCEPTION: &str = "UnsupportedOperation.DatabaseException";
