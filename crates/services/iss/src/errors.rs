//! Error codes of `iss`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_iss::errors::AUTHFAILURE_CONTAINUNAUTHORIZEDCHANNELID) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 包含没有权限操作的通道ID
pub const AUTHFAILURE_CONTAINUNAUTHORIZEDCHANNELID: &str =
    "AuthFailure.ContainUnauthorizedChannelId";

/// 组织无权访问
pub const AUTHFAILURE_ORGANIZATIONUNAUTHORIZED: &str = "AuthFailure.OrganizationUnauthorized";

/// 操作失败
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 包含已关联的通道ID，请勿重复关联
pub const FAILEDOPERATION_CHANNELALREADYASSIGNED: &str = "FailedOperation.ChannelAlreadyAssigned";

/// 包含未关联的通道ID，无法取消关联
pub const FAILEDOPERATION_CHANNELNOTASSIGNED: &str = "FailedOperation.ChannelNotAssigned";

/// 数据库错误
pub const FAILEDOPERATION_DATABASEERROR: &str = "FailedOperation.DatabaseError";

/// 设备响应超时
pub const FAILEDOPERATION_DEVICERESPONSETIMEOUT: &str = "FailedOperation.DeviceResponseTimeOut";

/// 设备端结果响应超时
pub const FAILEDOPERATION_DEVICERESULTTIMEOUT: &str = "FailedOperation.DeviceResultTimeOut";

/// 没有该子用户
pub const FAILEDOPERATION_NOTHAVESUBUSER: &str = "FailedOperation.NotHaveSubUser";

/// 请求超时
pub const FAILEDOPERATION_REQUESTTIMEOUT: &str = "FailedOperation.RequestTimeout";

/// AI场景模板已被计划关联，不允许删除
pub const FAILEDOPERATION_TEMPLATEINUSE: &str = "FailedOperation.TemplateInUse";

/// 服务器内部错误
pub const INTERNALERROR_SERVERINTERNALERROR: &str = "InternalError.ServerInternalError";

/// 无效的输入参数
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 无效的参数值
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 存在不满足（上云时间段=前一天的录像时间段/上云倍速）的设定，请检查并确认
pub const INVALIDPARAMETERVALUE_BAKTIMENOTENOUGH: &str = "InvalidParameterValue.BakTimeNotEnough";

/// 通道数量超过限制范围
pub const INVALIDPARAMETERVALUE_CHANNELSEXCEEDSRANGE: &str =
    "InvalidParameterValue.ChannelsExceedsRange";

/// 包含无效的ChannelId
pub const INVALIDPARAMETERVALUE_CONTAININVALIDCHANNELID: &str =
    "InvalidParameterValue.ContainInvalidChannelId";

/// 包含无效的设备ID
pub const INVALIDPARAMETERVALUE_CONTAININVALIDDEVICEID: &str =
    "InvalidParameterValue.ContainInvalidDeviceId";

/// 包含无效的图片ID
pub const INVALIDPARAMETERVALUE_CONTAININVALIDIMAGEID: &str =
    "InvalidParameterValue.ContainInvalidImageId";

/// 包含无效的截图时间段
pub const INVALIDPARAMETERVALUE_CONTAININVALIDSNAPSHOTTIME: &str =
    "InvalidParameterValue.ContainInvalidSnapshotTime";

/// 包含无效的Token
pub const INVALIDPARAMETERVALUE_CONTAININVALIDTOKEN: &str =
    "InvalidParameterValue.ContainInvalidToken";

/// 包含不存在的通道ID
pub const INVALIDPARAMETERVALUE_CONTAINNONEXISTENTCHANNELID: &str =
    "InvalidParameterValue.ContainNonexistentChannelId";

/// 周期超出限制（1-7）
pub const INVALIDPARAMETERVALUE_DATAOUTOFRANGE: &str = "InvalidParameterValue.DataOutOfRange";

/// 设备ID和通道ID不匹配
pub const INVALIDPARAMETERVALUE_DEVICEMISMATCHCHANNEL: &str =
    "InvalidParameterValue.DeviceMismatchChannel";

/// 通道ID不能为空
pub const INVALIDPARAMETERVALUE_EMPTYCHANNELID: &str = "InvalidParameterValue.EmptyChannelId";

/// ChannelIds不能为空，至少需要传入1个通道ID
pub const INVALIDPARAMETERVALUE_EMPTYCHANNELIDS: &str = "InvalidParameterValue.EmptyChannelIds";

/// 设备ID不能为空
pub const INVALIDPARAMETERVALUE_EMPTYDEVICEID: &str = "InvalidParameterValue.EmptyDeviceId";

/// 名称不能为空
pub const INVALIDPARAMETERVALUE_EMPTYNAME: &str = "InvalidParameterValue.EmptyName";

/// 组织ID不能为空
pub const INVALIDPARAMETERVALUE_EMPTYORGANIZATIONID: &str =
    "InvalidParameterValue.EmptyOrganizationId";

/// 关联模板不能为空
pub const INVALIDPARAMETERVALUE_EMPTYTEMPLATEID: &str = "InvalidParameterValue.EmptyTemplateId";

/// 结束时间不能为空
pub const INVALIDPARAMETERVALUE_ENDTIMEZERO: &str = "InvalidParameterValue.EndTimeZero";

/// 通道ID包含了非法字符
pub const INVALIDPARAMETERVALUE_ILLEGALCHANNELID: &str = "InvalidParameterValue.IllegalChannelId";

/// 描述中包含不符合要求的字符(仅支持中文、英文、数字、_、-)
pub const INVALIDPARAMETERVALUE_ILLEGALDESCRIBE: &str = "InvalidParameterValue.IllegalDescribe";

/// 设备ID包含了非法字符
pub const INVALIDPARAMETERVALUE_ILLEGALDEVICEID: &str = "InvalidParameterValue.IllegalDeviceId";

/// 名称中包含不符合要求的字符(仅支持中文、英文、数字、_、-)
pub const INVALIDPARAMETERVALUE_ILLEGALNAME: &str = "InvalidParameterValue.IllegalName";

/// 组织ID包含了非法字符
pub const INVALIDPARAMETERVALUE_ILLEGALORGANIZATIONID: &str =
    "InvalidParameterValue.IllegalOrganizationId";

/// 码流类型包含非法字符(仅支持英文、数字、_、-)
pub const INVALIDPARAMETERVALUE_ILLEGALSTREAMTYPE: &str = "InvalidParameterValue.IllegalStreamType";

/// InvalidParameterValue.ImageVLPlanIDNotExisted
pub const INVALIDPARAMETERVALUE_IMAGEVLPLANIDNOTEXISTED: &str =
    "InvalidParameterValue.ImageVLPlanIDNotExisted";

/// InvalidParameterValue.ImageVLPlanNameContainIllegalCharacter
pub const INVALIDPARAMETERVALUE_IMAGEVLPLANNAMECONTAINILLEGALCHARACTER: &str =
    "InvalidParameterValue.ImageVLPlanNameContainIllegalCharacter";

/// 无效的设备接入协议
pub const INVALIDPARAMETERVALUE_INVALIDACCESSPROTOCOL: &str =
    "InvalidParameterValue.InvalidAccessProtocol";

/// InvalidParameterValue.InvalidAIModel
pub const INVALIDPARAMETERVALUE_INVALIDAIMODEL: &str = "InvalidParameterValue.InvalidAIModel";

/// 无效的开始时间
pub const INVALIDPARAMETERVALUE_INVALIDBEGINTIME: &str = "InvalidParameterValue.InvalidBeginTime";

/// 无效的回调Token
pub const INVALIDPARAMETERVALUE_INVALIDCALLBACKTOKEN: &str =
    "InvalidParameterValue.InvalidCallbackToken";

/// 无效的回调地址
pub const INVALIDPARAMETERVALUE_INVALIDCALLBACKURL: &str =
    "InvalidParameterValue.InvalidCallbackUrl";

/// 无效的截图类型过滤值，仅支持 realtime / low
pub const INVALIDPARAMETERVALUE_INVALIDCAPTURETYPE: &str =
    "InvalidParameterValue.InvalidCaptureType";

/// 无效的通道ID
pub const INVALIDPARAMETERVALUE_INVALIDCHANNELID: &str = "InvalidParameterValue.InvalidChannelId";

/// 包含无效的通道ID或者设备ID
pub const INVALIDPARAMETERVALUE_INVALIDCHANNELIDORDEVICEID: &str =
    "InvalidParameterValue.InvalidChannelIdOrDeviceId";

/// 通道名称为空或填写有误
pub const INVALIDPARAMETERVALUE_INVALIDCHANNELNAME: &str =
    "InvalidParameterValue.InvalidChannelName";

/// 无效的集群ID，长度或内容不符合规则
pub const INVALIDPARAMETERVALUE_INVALIDCLUSTERID: &str = "InvalidParameterValue.InvalidClusterId";

/// 无效的命令
pub const INVALIDPARAMETERVALUE_INVALIDCMD: &str = "InvalidParameterValue.InvalidCmd";

/// 无效的配置ID
pub const INVALIDPARAMETERVALUE_INVALIDCONFIGID: &str = "InvalidParameterValue.InvalidConfigId";

/// 无效的描述
pub const INVALIDPARAMETERVALUE_INVALIDDESCRIBE: &str = "InvalidParameterValue.InvalidDescribe";

/// 描述填写有误
pub const INVALIDPARAMETERVALUE_INVALIDDESCRIPTION: &str =
    "InvalidParameterValue.InvalidDescription";

/// 无效的设备ID
pub const INVALIDPARAMETERVALUE_INVALIDDEVICEID: &str = "InvalidParameterValue.InvalidDeviceId";

/// 设备名称为空或填写有误
pub const INVALIDPARAMETERVALUE_INVALIDDEVICENAME: &str = "InvalidParameterValue.InvalidDeviceName";

/// 设备密码长度应当大于1位并且小于64位
pub const INVALIDPARAMETERVALUE_INVALIDDEVICEPASSWORDLENGTH: &str =
    "InvalidParameterValue.InvalidDevicePasswordLength";

/// 无效的设备状态
pub const INVALIDPARAMETERVALUE_INVALIDDEVICESTATUS: &str =
    "InvalidParameterValue.InvalidDeviceStatus";

/// 无效的设备类型
pub const INVALIDPARAMETERVALUE_INVALIDDEVICETYPE: &str = "InvalidParameterValue.InvalidDeviceType";

/// 无效的域名类型参数
pub const INVALIDPARAMETERVALUE_INVALIDDOMAINTYPE: &str = "InvalidParameterValue.InvalidDomainType";

/// 无效的使能参数
pub const INVALIDPARAMETERVALUE_INVALIDENALBEVALUE: &str =
    "InvalidParameterValue.InvalidEnalbeValue";

/// 无效的结束时间
pub const INVALIDPARAMETERVALUE_INVALIDENDTIME: &str = "InvalidParameterValue.InvalidEndTime";

/// 无效的副本有效期,范围是1-365天
pub const INVALIDPARAMETERVALUE_INVALIDEXPIRATION: &str = "InvalidParameterValue.InvalidExpiration";

/// 冷存储至少60天, 并且热存储和冷存储总天数不能超过3650天
pub const INVALIDPARAMETERVALUE_INVALIDEXPIRATIONRANGE: &str =
    "InvalidParameterValue.InvalidExpirationRange";

/// 无效的过期时间参数，大于0并且小于60
pub const INVALIDPARAMETERVALUE_INVALIDEXPIRE: &str = "InvalidParameterValue.InvalidExpire";

/// 无效的文件存储天数
pub const INVALIDPARAMETERVALUE_INVALIDFILEEXPIRES: &str =
    "InvalidParameterValue.InvalidFileExpires";

/// 无效的文件格式
pub const INVALIDPARAMETERVALUE_INVALIDFILETYPE: &str = "InvalidParameterValue.InvalidFileType";

/// 无效的网关接入协议
pub const INVALIDPARAMETERVALUE_INVALIDGATEWAYPROTOCOLTYPE: &str =
    "InvalidParameterValue.InvalidGatewayProtocolType";

/// 低频截帧频率取值范围为[30, 36000]秒
pub const INVALIDPARAMETERVALUE_INVALIDIMAGECONFIGINTERVALFORLOWFREQ: &str =
    "InvalidParameterValue.InvalidImageConfigIntervalForLowFreq";

/// 实时截帧频率取值范围为[5, 180]秒
pub const INVALIDPARAMETERVALUE_INVALIDIMAGECONFIGINTERVALFORREALTIME: &str =
    "InvalidParameterValue.InvalidImageConfigIntervalForRealtime";

/// 无效的截图类型
pub const INVALIDPARAMETERVALUE_INVALIDIMAGECONFIGTYPE: &str =
    "InvalidParameterValue.InvalidImageConfigType";

/// InvalidParameterValue.InvalidImageVLPlanDescribe
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEVLPLANDESCRIBE: &str =
    "InvalidParameterValue.InvalidImageVLPlanDescribe";

/// InvalidParameterValue.InvalidImageVLPlanID
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEVLPLANID: &str =
    "InvalidParameterValue.InvalidImageVLPlanID";

/// InvalidParameterValue.InvalidImageVLPlanName
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEVLPLANNAME: &str =
    "InvalidParameterValue.InvalidImageVLPlanName";

/// 无效的Ipv4地址
pub const INVALIDPARAMETERVALUE_INVALIDIPV4: &str = "InvalidParameterValue.InvalidIpv4";

/// 无效的关键字
pub const INVALIDPARAMETERVALUE_INVALIDKEYWORD: &str = "InvalidParameterValue.InvalidKeyword";

/// 无效的媒体类型
pub const INVALIDPARAMETERVALUE_INVALIDMEDIATYPE: &str = "InvalidParameterValue.InvalidMediaType";

/// 名称为空或填写有误
pub const INVALIDPARAMETERVALUE_INVALIDNAME: &str = "InvalidParameterValue.InvalidName";

/// 无效的组织ID
pub const INVALIDPARAMETERVALUE_INVALIDORGANIZATIONID: &str =
    "InvalidParameterValue.InvalidOrganizationId";

/// 组织名称为空或填写有误
pub const INVALIDPARAMETERVALUE_INVALIDORGNAME: &str = "InvalidParameterValue.InvalidOrgName";

/// 无效的PageNumber
pub const INVALIDPARAMETERVALUE_INVALIDPAGENUMBER: &str = "InvalidParameterValue.InvalidPageNumber";

/// 页参数取值错误
pub const INVALIDPARAMETERVALUE_INVALIDPAGEPARAMETER: &str =
    "InvalidParameterValue.InvalidPageParameter";

/// 无效的PageSize
pub const INVALIDPARAMETERVALUE_INVALIDPAGESIZE: &str = "InvalidParameterValue.InvalidPageSize";

/// 无效的计划ID
pub const INVALIDPARAMETERVALUE_INVALIDPLANID: &str = "InvalidParameterValue.InvalidPlanId";

/// 无效的提示词
pub const INVALIDPARAMETERVALUE_INVALIDPROMPT: &str = "InvalidParameterValue.InvalidPrompt";

/// 无效的拉流鉴权开关值
pub const INVALIDPARAMETERVALUE_INVALIDPULLSTATE: &str = "InvalidParameterValue.InvalidPullState";

/// 无效的推流鉴权开关值
pub const INVALIDPARAMETERVALUE_INVALIDPUSHSTATE: &str = "InvalidParameterValue.InvalidPushState";

/// 无效的录像补录参数
pub const INVALIDPARAMETERVALUE_INVALIDREPAIRMODE: &str = "InvalidParameterValue.InvalidRepairMode";

/// 无效的取回模式
pub const INVALIDPARAMETERVALUE_INVALIDRETRIEVALMODE: &str =
    "InvalidParameterValue.InvalidRetrievalMode";

/// 无效的取回任务ID
pub const INVALIDPARAMETERVALUE_INVALIDRETRIEVETASKID: &str =
    "InvalidParameterValue.InvalidRetrieveTaskId";

/// 无效的RTMP推流AppName
pub const INVALIDPARAMETERVALUE_INVALIDRTMPAPPNAME: &str =
    "InvalidParameterValue.InvalidRTMPAppName";

/// 无效的RTMP推流StreamName
pub const INVALIDPARAMETERVALUE_INVALIDRTMPSTREAMNAME: &str =
    "InvalidParameterValue.InvalidRTMPStreamName";

/// 无效的密钥值，长度或内容不符合规则
pub const INVALIDPARAMETERVALUE_INVALIDSECRET: &str = "InvalidParameterValue.InvalidSecret";

/// 无效的开始或结束时间
pub const INVALIDPARAMETERVALUE_INVALIDSTARTTIMEORENDTIME: &str =
    "InvalidParameterValue.InvalidStartTimeOrEndTime";

/// 状态取值错误
pub const INVALIDPARAMETERVALUE_INVALIDSTATUS: &str = "InvalidParameterValue.InvalidStatus";

/// 无效的流类型
pub const INVALIDPARAMETERVALUE_INVALIDSTREAMTYPE: &str = "InvalidParameterValue.InvalidStreamType";

/// 无效的模板ID
pub const INVALIDPARAMETERVALUE_INVALIDTEMPLATEID: &str = "InvalidParameterValue.InvalidTemplateId";

/// 时间格式错误
pub const INVALIDPARAMETERVALUE_INVALIDTIMEFORMAT: &str = "InvalidParameterValue.InvalidTimeFormat";

/// InvalidParameterValue.InvalidTimes
pub const INVALIDPARAMETERVALUE_INVALIDTIMES: &str = "InvalidParameterValue.InvalidTimes";

/// 无效时间片段取值
pub const INVALIDPARAMETERVALUE_INVALIDTIMESECTIONVALUE: &str =
    "InvalidParameterValue.InvalidTimeSectionValue";

/// 热存储至少1天, 最多3650天
pub const INVALIDPARAMETERVALUE_INVALIDTRANSITIONRANGE: &str =
    "InvalidParameterValue.InvalidTransitionRange";

/// 无效的用户名，长度或内容不符合规则
pub const INVALIDPARAMETERVALUE_INVALIDUSERNAME: &str = "InvalidParameterValue.InvalidUsername";

/// 无效的用户参数
pub const INVALIDPARAMETERVALUE_INVALIDUSERPARAM: &str = "InvalidParameterValue.InvalidUserParam";

/// InvalidParameterValue.InvalidVLPlanResultID
pub const INVALIDPARAMETERVALUE_INVALIDVLPLANRESULTID: &str =
    "InvalidParameterValue.InvalidVLPlanResultID";

/// InvalidParameterValue.InvalidVLPlanResultIds
pub const INVALIDPARAMETERVALUE_INVALIDVLPLANRESULTIDS: &str =
    "InvalidParameterValue.InvalidVLPlanResultIds";

/// 开启录像补录热存不能小于3天
pub const INVALIDPARAMETERVALUE_LIMITREPAIRTRANSITION: &str =
    "InvalidParameterValue.LimitRepairTransition";

/// InvalidParameterValue.MissingImageConfig
pub const INVALIDPARAMETERVALUE_MISSINGIMAGECONFIG: &str =
    "InvalidParameterValue.MissingImageConfig";

/// InvalidParameterValue.MissingTimes
pub const INVALIDPARAMETERVALUE_MISSINGTIMES: &str = "InvalidParameterValue.MissingTimes";

/// 时间不能跨天
pub const INVALIDPARAMETERVALUE_NONSAMEDAY: &str = "InvalidParameterValue.NonSameDay";

/// 组织数量不能大于1000个
pub const INVALIDPARAMETERVALUE_ORGANIZATIONCOUNTEXCEEDSRANGE: &str =
    "InvalidParameterValue.OrganizationCountExceedsRange";

/// 组织ID不存在
pub const INVALIDPARAMETERVALUE_ORGANIZATIONIDNOTEXISTED: &str =
    "InvalidParameterValue.OrganizationIDNotExisted";

/// Cmd=2（解绑）时不允许传入 OrganizationIds
pub const INVALIDPARAMETERVALUE_ORGANIZATIONIDSNOTALLOWEDFORUNASSIGN: &str =
    "InvalidParameterValue.OrganizationIdsNotAllowedForUnAssign";

/// 组织名称不能重复
pub const INVALIDPARAMETERVALUE_ORGNAMEREPEAT: &str = "InvalidParameterValue.OrgNameRepeat";

/// 时间范围超限
pub const INVALIDPARAMETERVALUE_OUTOFTIMERANGE: &str = "InvalidParameterValue.OutOfTimeRange";

/// 页面大小超出限制
pub const INVALIDPARAMETERVALUE_PAGESIZEEXCEEDLIMIT: &str =
    "InvalidParameterValue.PageSizeExceedLimit";

/// 通道数量一次最多添加5000路
pub const INVALIDPARAMETERVALUE_PLANCHANNELSEXCEEDSRANGE: &str =
    "InvalidParameterValue.PlanChannelsExceedsRange";

/// 计划名称不能重复
pub const INVALIDPARAMETERVALUE_PLANNAMEREPEAT: &str = "InvalidParameterValue.PlanNameRepeat";

/// 一个取回任务最多添加32个设备通道
pub const INVALIDPARAMETERVALUE_RETRIEVETASKCHANNELSEXCEEDSRANGE: &str =
    "InvalidParameterValue.RetrieveTaskChannelsExceedsRange";

/// RTMP推流自定义AppName及StreamName不能重复配置
pub const INVALIDPARAMETERVALUE_RTMPPUSHSTREAMPARAMREPEAT: &str =
    "InvalidParameterValue.RTMPPushStreamParamRepeat";

/// 开始时间不能大于结束时间
pub const INVALIDPARAMETERVALUE_STARTOVERENDTIME: &str = "InvalidParameterValue.StartOverEndTime";

/// 开始时间不能大于当前时间
pub const INVALIDPARAMETERVALUE_STARTOVERNOWTIME: &str = "InvalidParameterValue.StartOverNowTime";

/// 开始时间不能大于等于结束时间
pub const INVALIDPARAMETERVALUE_STARTTIMEGREATERTHANOREQUALENDTIME: &str =
    "InvalidParameterValue.StartTimeGreaterThanOrEqualEndTime";

/// 开始时间不能为空
pub const INVALIDPARAMETERVALUE_STARTTIMEZERO: &str = "InvalidParameterValue.StartTimeZero";

/// 不支持任务类型
pub const INVALIDPARAMETERVALUE_TASKTYPENOTSUPPORTED: &str =
    "InvalidParameterValue.TaskTypeNotSupported";

/// 视觉理解分析模板ID不存在
pub const INVALIDPARAMETERVALUE_TEMPLATEIDNOTEXISTED: &str =
    "InvalidParameterValue.TemplateIDNotExisted";

/// 时间间隔不能小于10分钟
pub const INVALIDPARAMETERVALUE_TIMELESSTHANTENMINUTES: &str =
    "InvalidParameterValue.TimeLessThanTenMinutes";

/// 描述字段过长
pub const INVALIDPARAMETERVALUE_TOOLONGDESCRIBE: &str = "InvalidParameterValue.TooLongDescribe";

/// 名称过长
pub const INVALIDPARAMETERVALUE_TOOLONGNAME: &str = "InvalidParameterValue.TooLongName";

/// 码流类型过长
pub const INVALIDPARAMETERVALUE_TOOLONGSTREAMTYPE: &str = "InvalidParameterValue.TooLongStreamType";

/// ChannelId数量超过上限
pub const INVALIDPARAMETERVALUE_TOOMANYCHANNELIDS: &str = "InvalidParameterValue.TooManyChannelIds";

/// 不支持的接入类型
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDACCESSTYPE: &str =
    "InvalidParameterValue.UnSupportedAccessType";

/// 不支持的文件存储过期时间
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDFILEEXPIRETIME: &str =
    "InvalidParameterValue.UnsupportedFileExpireTime";

/// 不支持的图片下载url过期时间
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDIMAGEURLEXPIRETIME: &str =
    "InvalidParameterValue.UnsupportedImageUrlExpireTime";

/// 不支持的截帧频率配置
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDINTERVAL: &str =
    "InvalidParameterValue.UnsupportedInterval";

/// 不支持的预置位控制指令
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDPRESETCMD: &str =
    "InvalidParameterValue.UnSupportedPresetCMD";

/// 不支持的云台控制指令
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDPTZCMD: &str = "InvalidParameterValue.UnSupportedPTZCMD";

/// 不支持的倍速播放参数
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDSCALEPARAM: &str =
    "InvalidParameterValue.UnSupportedScaleParam";

/// 不支持的截帧张数配置
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDSNAPSHOTTOTAL: &str =
    "InvalidParameterValue.UnsupportedSnapshotTotal";

/// 不支持的截图类型
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDSNAPSHOTTYPE: &str =
    "InvalidParameterValue.UnsupportedSnapshotType";

/// 不支持的排序规则
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDSORTRULE: &str =
    "InvalidParameterValue.UnsupportedSortRule";

/// 不支持的流协议
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDSTREAMPROTOCOL: &str =
    "InvalidParameterValue.UnsupportedStreamProtocol";

/// 不支持的操作命令
pub const INVALIDPARAMETERVALUE_UNSUPPORTOPERATECMD: &str =
    "InvalidParameterValue.UnSupportOperateCMD";

/// 不支持该倍速
pub const INVALIDPARAMETERVALUE_UNSUPPORTSCALE: &str = "InvalidParameterValue.UnSupportScale";

/// InvalidParameterValue.VLPlanResultIDNotExisted
pub const INVALIDPARAMETERVALUE_VLPLANRESULTIDNOTEXISTED: &str =
    "InvalidParameterValue.VLPlanResultIDNotExisted";

/// InvalidParameterValue.VLPlanResultIdsExceedLimit
pub const INVALIDPARAMETERVALUE_VLPLANRESULTIDSEXCEEDLIMIT: &str =
    "InvalidParameterValue.VLPlanResultIdsExceedLimit";

/// 非法的下载URL
pub const INVALIDPARAMETER_DOWNLOADURLERROR: &str = "InvalidParameter.DownloadUrlError";

/// 下载URL已过期
pub const INVALIDPARAMETER_DOWNLOADURLHASEXPIRED: &str = "InvalidParameter.DownloadUrlHasExpired";

/// 操作类型不合法
pub const INVALIDPARAMETER_INVALIDACTION: &str = "InvalidParameter.InvalidAction";

/// 无效的消息体格式
pub const INVALIDPARAMETER_INVALIDBODYFORMAT: &str = "InvalidParameter.InvalidBodyFormat";

/// 无效的通道参数
pub const INVALIDPARAMETER_INVALIDCHANNELS: &str = "InvalidParameter.InvalidChannels";

/// 无效的生命周期参数
pub const INVALIDPARAMETER_INVALIDLIFERULEPARAM: &str = "InvalidParameter.InvalidLifeRuleParam";

/// 无效的组织参数
pub const INVALIDPARAMETER_INVALIDORGANIZATIONPARAM: &str =
    "InvalidParameter.InvalidOrganizationParam";

/// 无效的输入参数
pub const INVALIDPARAMETER_INVALIDPARAMETER: &str = "InvalidParameter.InvalidParameter";

/// 参数格式不对或缺少参数
pub const INVALIDPARAMETER_INVALIDPARAMETERFORMAT: &str = "InvalidParameter.InvalidParameterFormat";

/// 无效的时间片段
pub const INVALIDPARAMETER_INVALIDTIMESECTION: &str = "InvalidParameter.InvalidTimeSection";

/// 必要请求头参数不能为空
pub const INVALIDPARAMETER_REQUIREDHEADERPARAMETEREMPTY: &str =
    "InvalidParameter.RequiredHeaderParameterEmpty";

/// TaskId不存在
pub const INVALIDPARAMETER_TASKIDNOTEXIST: &str = "InvalidParameter.TaskIdNotExist";

/// 单次批量添加到配置中的通道数超出限制
pub const LIMITEXCEEDED_BATCHADDCHANNELNUMEXCEEDED: &str =
    "LimitExceeded.BatchAddChannelNumExceeded";

/// 通道数量超出限制
pub const LIMITEXCEEDED_CHANNELNUMEXCEEDED: &str = "LimitExceeded.ChannelNumExceeded";

/// 查询的设备数量不能超过200个
pub const LIMITEXCEEDED_DEICEIDQUANTITYEXCEEDEDLIMIT: &str =
    "LimitExceeded.DeiceIdQuantityExceededLimit";

/// 查询的国标设备数量不能超过500个
pub const LIMITEXCEEDED_GBDEVICENUMEXCEEDED: &str = "LimitExceeded.GBDeviceNumExceeded";

/// 图片ID数量超出限制
pub const LIMITEXCEEDED_IMAGEIDSLICEEXCEEDLIMIT: &str = "LimitExceeded.ImageIdSliceExceedLimit";

/// 可创建的截图配置数量超限
pub const LIMITEXCEEDED_SNAPSHOTCONFIGNUMEXCEEDED: &str = "LimitExceeded.SnapshotConfigNumExceeded";

/// 可创建的截图模板数量超限
pub const LIMITEXCEEDED_SNAPSHOTTEMPLATENUMEXCEEDED: &str =
    "LimitExceeded.SnapshotTemplateNumExceeded";

/// 时间段数量超出限制
pub const LIMITEXCEEDED_TIMELINESLICEEXCEEDLIMIT: &str = "LimitExceeded.TimelineSliceExceedLimit";

/// 时间片段不存在
pub const MISSINGPARAMETER_EMPTYTIMESECTION: &str = "MissingParameter.EmptyTimeSection";

/// 缺少生命周期参数
pub const MISSINGPARAMETER_MISSINGLIFERULEPARAM: &str = "MissingParameter.MissingLifeRuleParam";

/// 缺少必须参数
pub const MISSINGPARAMETER_MISSINGMUSTPARAMETER: &str = "MissingParameter.MissingMustParameter";

/// 缺少取回任务参数
pub const MISSINGPARAMETER_MISSINGRETRIEVETASKPARAM: &str =
    "MissingParameter.MissingRetrieveTaskParam";

/// 没有更新信息
pub const MISSINGPARAMETER_MISSINGUPDATEDINFO: &str = "MissingParameter.MissingUpdatedInfo";

/// 缺少用户信息
pub const MISSINGPARAMETER_MISSINGUSERINFO: &str = "MissingParameter.MissingUserInfo";

/// 带宽受限
pub const OPERATIONDENIED_BANDWIDTHLIMITZERO: &str = "OperationDenied.BandwidthLimitZero";

/// 并发下载数超限
pub const OPERATIONDENIED_CONCURRENTDOWNLOADSOVERLIMIT: &str =
    "OperationDenied.ConcurrentDownloadsOverLimit";

/// 配置正在变更中，请稍后重试
pub const OPERATIONDENIED_CONFIGCHANGING: &str = "OperationDenied.ConfigChanging";

/// 链接数受限
pub const OPERATIONDENIED_CONNECTSLIMITZERO: &str = "OperationDenied.ConnectsLimitZero";

/// 新增组织树失败，超出组织树的最大深度
pub const OPERATIONDENIED_EXCEEDEDMAXIMUMDEPTH: &str = "OperationDenied.ExceededMaximumDepth";

/// 检测到重复的通道ID
pub const OPERATIONDENIED_INPUTDUPLICATECHANNELID: &str = "OperationDenied.InputDuplicateChannelId";

/// 该功能需要申请白名单配置
pub const OPERATIONDENIED_NOWHITELIST: &str = "OperationDenied.NoWhitelist";

/// 播放鉴权未开启
pub const OPERATIONDENIED_PLAYAUTHNOTENABLED: &str = "OperationDenied.PlayAuthNotEnabled";

/// 资源不可达，该资源不属于该地域
pub const REGIONERROR_RESOURCEUNREACHABLE: &str = "RegionError.ResourceUnreachable";

/// 存在重复添加的通道
pub const RESOURCEINUSE_CHANNELREPEATADD: &str = "ResourceInUse.ChannelRepeatAdd";

/// 计划删除中无法修改
pub const RESOURCEINUSE_PLANDELETING: &str = "ResourceInUse.PlanDeleting";

/// 该模板被计划关联，不允许删除
pub const RESOURCEINUSE_PLANLINKTEMPLATE: &str = "ResourceInUse.PlanLinkTemplate";

/// 计划名称不能重复
pub const RESOURCEINUSE_PLANNAMEREPEAT: &str = "ResourceInUse.PlanNameRepeat";

/// 取回任务正在执行中，无法删除
pub const RESOURCEINUSE_RETRIEVETASKEXECUTING: &str = "ResourceInUse.RetrieveTaskExecuting";

/// 取回任务名称不能重复
pub const RESOURCEINUSE_RETRIEVETASKNAMEREPEAT: &str = "ResourceInUse.RetrieveTaskNameRepeat";

/// 模板正在使用中，无法删除
pub const RESOURCEINUSE_TEMPLATEISUSED: &str = "ResourceInUse.TemplateIsUsed";

/// 模板名称不能重复
pub const RESOURCEINUSE_TEMPLATENAMEREPEAT: &str = "ResourceInUse.TemplateNameRepeat";

/// 资源不存在
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 无法访问未经授权的设备
pub const RESOURCENOTFOUND_ACCESSUNAUTHORIZED: &str = "ResourceNotFound.AccessUnauthorized";

/// 通道不存在
pub const RESOURCENOTFOUND_CHANNELNOTEXIST: &str = "ResourceNotFound.ChannelNotExist";

/// 设备不存在
pub const RESOURCENOTFOUND_DEVICENOTEXIST: &str = "ResourceNotFound.DeviceNotExist";

/// 没有找到可用的服务节点
pub const RESOURCENOTFOUND_NOTFOUNDCLUSTER: &str = "ResourceNotFound.NotFoundCluster";

/// 组织ID不存在
pub const RESOURCENOTFOUND_ORGANIZATIONIDNOTEXIST: &str = "ResourceNotFound.OrganizationIdNotExist";

/// 计划不存在
pub const RESOURCENOTFOUND_PLANNOTEXIST: &str = "ResourceNotFound.PlanNotExist";

/// 取回任务不存在
pub const RESOURCENOTFOUND_RETRIEVETASKNOTEXIST: &str = "ResourceNotFound.RetrieveTaskNotExist";

/// 截图配置不存在
pub const RESOURCENOTFOUND_SNAPSHOTCONFIGNOTEXIST: &str = "ResourceNotFound.SnapshotConfigNotExist";

/// 视频流不存在或已关闭
pub const RESOURCENOTFOUND_STREAMNOTEXISTORCLOSE: &str = "ResourceNotFound.StreamNotExistOrClose";

/// 模板不存在
pub const RESOURCENOTFOUND_TEMPLATENOTEXIST: &str = "ResourceNotFound.TemplateNotExist";

/// 录像不存在
pub const RESOURCENOTFOUND_VIDEONOTFOUND: &str = "ResourceNotFound.VideoNotFound";

/// 通道离线
pub const RESOURCEUNAVAILABLE_CHANNELOFFLINE: &str = "ResourceUnavailable.ChannelOffline";

/// 设备被禁用
pub const RESOURCEUNAVAILABLE_DEVDISABLE: &str = "ResourceUnavailable.DevDisable";

/// 设备未注册
pub const RESOURCEUNAVAILABLE_DEVNOREGISTER: &str = "ResourceUnavailable.DevNoRegister";

/// 设备离线
pub const RESOURCEUNAVAILABLE_DEVOFFLINE: &str = "ResourceUnavailable.DevOffline";

/// 录像已归档
pub const RESOURCEUNAVAILABLE_VIDEOARCHIVED: &str = "ResourceUnavailable.VideoArchived";

/// 图片域名不存在
pub const UNSUPPORTEDOPERATION_IMAGEDOMAINNOTEXIST: &str =
    "UnsupportedOperation.ImageDomainNotExist";

/// 组织下仍有主账号或其他子账号添加的设备，您无法查看或删除组织
pub const UNSUPPORTEDOPERATION_ORGLINKDEV: &str = "UnsupportedOperation.OrgLinkDev";

/// 组织下有挂靠的组织，不允许删除
pub const UNSUPPORTEDOPERATION_ORGLINKORG: &str = "UnsupportedOperation.OrgLinkOrg";

/// RTMP推流域名不存在
pub const UNSUPPORTEDOPERATION_PUSHDOMAINNOTEXIST: &str = "UnsupportedOperation.PushDomainNotExist";

/// Scale和Pos参数不支持同时下发
pub const UNSUPPORTEDOPERATION_SCALEANDPOSBOTHEXIST: &str =
    "UnsupportedOperation.ScaleAndPosBothExist";

/// StreamType和Resolution参数不支持同时下发
pub const UNSUPPORTEDOPERATION_STREAMTYPEORRESOLUTION: &str =
    "UnsupportedOperation.StreamTypeOrResolution";

/// 该地域未开通内网服务
pub const UNSUPPORTEDOPERATION_UNOPENEDINTRANETSERVICESINREGION: &str =
    "UnsupportedOperation.UnopenedIntranetServicesInRegion";
