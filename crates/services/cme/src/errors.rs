//! Error codes of `cme`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cme::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 创建录制任务失败。
pub const FAILEDOPERATION_CREATERECORDTASK: &str = "FailedOperation.CreateRecordTask";

/// 云点播用户无效。
pub const FAILEDOPERATION_INVALIDVODUSER: &str = "FailedOperation.InvalidVodUser";

/// 直播录制功能暂未对使用腾讯云点播存储的平台开放。
pub const FAILEDOPERATION_RECORDNOTSUPPORT: &str = "FailedOperation.RecordNotSupport";

/// 转推部分失败。
pub const FAILEDOPERATION_STARTSTREAMCONNECTPARTLYERR: &str =
    "FailedOperation.StartStreamConnectPartlyErr";

/// 转推操作失败。
pub const FAILEDOPERATION_STREAMCONNECT: &str = "FailedOperation.StreamConnect";

/// 非法操作，导播中正在工作中。
pub const FAILEDOPERATION_SWITCHERONWORKING: &str = "FailedOperation.SwitcherOnWorking";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 发起预处理任务失败。
pub const INTERNALERROR_CREATETASK: &str = "InternalError.CreateTask";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 画布宽高比不合法。
pub const INVALIDPARAMETERVALUE_ASPECTRATIO: &str = "InvalidParameterValue.AspectRatio";

/// 画布宽高比不合法。
pub const INVALIDPARAMETERVALUE_ASPECTRATIOSET: &str = "InvalidParameterValue.AspectRatioSet";

/// 项目类别不合法。
pub const INVALIDPARAMETERVALUE_CATEGORY: &str = "InvalidParameterValue.Category";

/// 项目类别不合法。
pub const INVALIDPARAMETERVALUE_CATEGORYSET: &str = "InvalidParameterValue.CategorySet";

/// 分类已存在。
pub const INVALIDPARAMETERVALUE_CLASSEXIST: &str = "InvalidParameterValue.ClassExist";

/// 分类不为空。
pub const INVALIDPARAMETERVALUE_CLASSNOTEMPTY: &str = "InvalidParameterValue.ClassNotEmpty";

/// 分类不存在。
pub const INVALIDPARAMETERVALUE_CLASSNOTEXIST: &str = "InvalidParameterValue.ClassNotExist";

/// 分类路径不合法。
pub const INVALIDPARAMETERVALUE_CLASSPATH: &str = "InvalidParameterValue.ClassPath";

/// 查询不到数据。
pub const INVALIDPARAMETERVALUE_DATANOTFOUNDINDB: &str = "InvalidParameterValue.DataNotFoundInDB";

/// 模板 ID 无效。
pub const INVALIDPARAMETERVALUE_DEFINITION: &str = "InvalidParameterValue.Definition";

/// 目标分类不存在。
pub const INVALIDPARAMETERVALUE_DSTCLASSPATHNOTEXIST: &str =
    "InvalidParameterValue.DstClassPathNotExist";

/// 结束时间参数不合法。
pub const INVALIDPARAMETERVALUE_ENDTIME: &str = "InvalidParameterValue.EndTime";

/// 导出目标不合法。
pub const INVALIDPARAMETERVALUE_EXPORTDESTINATION: &str = "InvalidParameterValue.ExportDestination";

/// 原始媒资信息不存在。
pub const INVALIDPARAMETERVALUE_EXTERNALMEDIAINFONOTEXIST: &str =
    "InvalidParameterValue.ExternalMediaInfoNotExist";

/// 拓展信息不合法。
pub const INVALIDPARAMETERVALUE_EXTINFOINVALID: &str = "InvalidParameterValue.ExtInfoInvalid";

/// 转推输入流参数非法。
pub const INVALIDPARAMETERVALUE_INPUT: &str = "InvalidParameterValue.Input";

/// 返回记录条数不合法。
pub const INVALIDPARAMETERVALUE_LIMIT: &str = "InvalidParameterValue.Limit";

/// 媒体 ID 无效。
pub const INVALIDPARAMETERVALUE_MATERIALID: &str = "InvalidParameterValue.MaterialId";

/// 输入源信息非法。
pub const INVALIDPARAMETERVALUE_MEDIACASTSOURCEINFOSINVALID: &str =
    "InvalidParameterValue.MediaCastSourceInfosInvalid";

/// 媒体替换信息无效。
pub const INVALIDPARAMETERVALUE_MEDIAREPLACEMENTINFO: &str =
    "InvalidParameterValue.MediaReplacementInfo";

/// 无效的成员列表。
pub const INVALIDPARAMETERVALUE_MEMBERIDS: &str = "InvalidParameterValue.MemberIds";

/// 团队成员不存在。
pub const INVALIDPARAMETERVALUE_MEMBERNOTEXIST: &str = "InvalidParameterValue.MemberNotExist";

/// 名称字段编辑错误，需使用 UTF8 编码。
pub const INVALIDPARAMETERVALUE_NAME: &str = "InvalidParameterValue.Name";

/// 名称字段长度超长，限制 30 个中文字符。
pub const INVALIDPARAMETERVALUE_NAMELENLIMT: &str = "InvalidParameterValue.NameLenLimt";

/// 非团队成员。
pub const INVALIDPARAMETERVALUE_NOTTEAMMEMBERERROR: &str =
    "InvalidParameterValue.NotTeamMemberError";

/// 分页偏移不合法。
pub const INVALIDPARAMETERVALUE_OFFSET: &str = "InvalidParameterValue.Offset";

/// 转推操作非法。
pub const INVALIDPARAMETERVALUE_OPERATIONINVALID: &str = "InvalidParameterValue.OperationInvalid";

/// 无效的操作者。
pub const INVALIDPARAMETERVALUE_OPERATOR: &str = "InvalidParameterValue.Operator";

/// 归属者 ID 不合法。
pub const INVALIDPARAMETERVALUE_OWNERID: &str = "InvalidParameterValue.OwnerId";

/// 团队 Owner 的备注不合法。
pub const INVALIDPARAMETERVALUE_OWNERREMARK: &str = "InvalidParameterValue.OwnerRemark";

/// 归属者类型不合法。
pub const INVALIDPARAMETERVALUE_OWNERTYPE: &str = "InvalidParameterValue.OwnerType";

/// 平台参数取值错误。
pub const INVALIDPARAMETERVALUE_PLATFORM: &str = "InvalidParameterValue.Platform";

/// 预处理模板 ID 无效。
pub const INVALIDPARAMETERVALUE_PREPROCESSDEFINITION: &str =
    "InvalidParameterValue.PreProcessDefinition";

/// 项目不存在。
pub const INVALIDPARAMETERVALUE_PROJECTID: &str = "InvalidParameterValue.ProjectId";

/// 项目 ID 对应的项目信息异常。
pub const INVALIDPARAMETERVALUE_PROJECTINFOERROR: &str = "InvalidParameterValue.ProjectInfoError";

/// 轨道素材替换类型无效或不匹配。
pub const INVALIDPARAMETERVALUE_REPLACEMENTTYPE: &str = "InvalidParameterValue.ReplacementType";

/// 角色不合法。
pub const INVALIDPARAMETERVALUE_ROLE: &str = "InvalidParameterValue.Role";

/// 排序方式无效。
pub const INVALIDPARAMETERVALUE_SORTORDER: &str = "InvalidParameterValue.SortOrder";

/// 云转推信息非法。
pub const INVALIDPARAMETERVALUE_STREAMCONNECT: &str = "InvalidParameterValue.StreamConnect";

/// 转推输入源信息非法。
pub const INVALIDPARAMETERVALUE_STREAMCONNECTINPUTINVALID: &str =
    "InvalidParameterValue.StreamConnectInputInvalid";

/// 转推输出源信息非法。
pub const INVALIDPARAMETERVALUE_STREAMCONNECTOUTPUTINVALID: &str =
    "InvalidParameterValue.StreamConnectOutputInvalid";

/// 输入流参数错误。
pub const INVALIDPARAMETERVALUE_STREAMINPUT: &str = "InvalidParameterValue.StreamInput";

/// 导播台项目输入信息无效。
pub const INVALIDPARAMETERVALUE_SWITCHERPROJECTINPUT: &str =
    "InvalidParameterValue.SwitcherProjectInput";

/// 任务 Id 无效。
pub const INVALIDPARAMETERVALUE_TASKID: &str = "InvalidParameterValue.TaskId";

/// 团队 ID 已经存在，不能重复创建。
pub const INVALIDPARAMETERVALUE_TEAMID: &str = "InvalidParameterValue.TeamId";

/// 团队不存在。
pub const INVALIDPARAMETERVALUE_TEAMNOTEXIST: &str = "InvalidParameterValue.TeamNotExist";

/// 发布通道 ID 无效。
pub const INVALIDPARAMETERVALUE_THIRDYPARTYPUBLISHCHANNELID: &str =
    "InvalidParameterValue.ThirdyPartyPublishChannelId";

/// 轨道数据无效。
pub const INVALIDPARAMETERVALUE_TRACKDATA: &str = "InvalidParameterValue.TrackData";

/// 轨道元素无效。
pub const INVALIDPARAMETERVALUE_TRACKITEM: &str = "InvalidParameterValue.TrackItem";

/// 视频编辑模板不存在。
pub const INVALIDPARAMETERVALUE_VIDEOEDITTEMPLATEIDNOTEXIST: &str =
    "InvalidParameterValue.VideoEditTemplateIdNotExist";

/// 参数缺少 VodFile。
pub const INVALIDPARAMETERVALUE_VODFILEID: &str = "InvalidParameterValue.VodFileId";

/// 点播文件不存在。
pub const INVALIDPARAMETERVALUE_VODFILENOTEXIST: &str = "InvalidParameterValue.VodFileNotExist";

/// 绑定的点播子应用无效。
pub const INVALIDPARAMETERVALUE_VODSUBAPPID: &str = "InvalidParameterValue.VodSubAppid";

/// Id 无效。
pub const INVALIDPARAMETER_ID: &str = "InvalidParameter.Id";

/// 平台参数非法。
pub const INVALIDPARAMETER_PLATFORM: &str = "InvalidParameter.Platform";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 您已超过推流时长限制，若还需使用，请升级会员版本或购买资源包。
pub const LIMITEXCEEDED_BILLITEMLIVEDISPATCHDURATION: &str =
    "LimitExceeded.BillItemLiveDispatchDuration";

/// 您已达到转推并发数上限，若还需使用，请升级会员版本或购买资源包。
pub const LIMITEXCEEDED_BILLITEMLIVEDISPATCHMAXCOUNT: &str =
    "LimitExceeded.BillItemLiveDispatchMaxCount";

/// 存储空间不足，请查看会员权益，购买资源包或会员版本后继续使用。
pub const LIMITEXCEEDED_BILLITEMSTORAGE: &str = "LimitExceeded.BillItemStorage";

/// 您已达到导出视频时长上限，若还需使用，请升级会员版本或购买资源包。
pub const LIMITEXCEEDED_BILLITEMVIDEOEDITEXPORTDURATION: &str =
    "LimitExceeded.BillItemVideoEditExportDuration";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 权限不足，请检查对应操作者的权限。
pub const OPERATIONDENIED_PERMISSIONDENY: &str = "OperationDenied.PermissionDeny";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 平台不存在。
pub const RESOURCENOTFOUND_PLATFORM: &str = "ResourceNotFound.Platform";

/// 平台不存在。
pub const RESOURCENOTFOUND_PLATFORMNOTFOUND: &str = "ResourceNotFound.PlatformNotFound";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";
