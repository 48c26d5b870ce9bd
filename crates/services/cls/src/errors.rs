//! Error codes of `cls`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_cls::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 请求未授权。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 告警策略通知模板已经绑定到了某个告警策略上。
pub const FAILEDOPERATION_BINDEDALARM: &str = "FailedOperation.BindedAlarm";

/// 桶内无相应前缀文件，请使用正确的桶、文件前缀和压缩方式。
pub const FAILEDOPERATION_BUCKETNOFILE: &str = "FailedOperation.BucketNoFile";

/// 调用云产品接口异常
pub const FAILEDOPERATION_CLOUDPRODUCTINVOCATIONERROR: &str =
    "FailedOperation.CloudProductInvocationError";

/// 文件解压缩失败，请选择正确的压缩方式。
pub const FAILEDOPERATION_DECOMPRESSFILE: &str = "FailedOperation.DecompressFile";

/// 文件下载失败，请稍后再试。
pub const FAILEDOPERATION_DOWNLOADFILE: &str = "FailedOperation.DownLoadFile";

/// 获取文件列表失败，请稍后再试。
pub const FAILEDOPERATION_GETLISTFILE: &str = "FailedOperation.GetListFile";

/// 检索日志触发最大条数限制。
pub const FAILEDOPERATION_GETLOGREACHLIMIT: &str = "FailedOperation.GetlogReachLimit";

/// 目标索引不支持 update/delete
pub const FAILEDOPERATION_INDEXSEGMENTOFFLOADED: &str = "FailedOperation.IndexSegmentOffloaded";

/// 该告警策略状态异常，请检查下日志主题ID是否都存在。
pub const FAILEDOPERATION_INVALIDALARM: &str = "FailedOperation.InvalidAlarm";

/// 检索游标已失效或不存在。
pub const FAILEDOPERATION_INVALIDCONTEXT: &str = "FailedOperation.InvalidContext";

/// 低频不支持配置kv和tag索引。
pub const FAILEDOPERATION_INVALIDINDEXRULEFORSEARCHLOW: &str =
    "FailedOperation.InValidIndexRuleForSearchLow";

/// 低频存储保存时间不得少于7天。
pub const FAILEDOPERATION_INVALIDPERIOD: &str = "FailedOperation.InvalidPeriod";

/// 相同的日志集已存在。
pub const FAILEDOPERATION_LOGSETCONFLICT: &str = "FailedOperation.LogsetConflict";

/// 日志集下存在日志主题。
pub const FAILEDOPERATION_LOGSETNOTEMPTY: &str = "FailedOperation.LogsetNotEmpty";

/// 无效的Content。
pub const FAILEDOPERATION_MISSINGCONTENT: &str = "FailedOperation.MissingContent";

/// 不能修改系统字段
pub const FAILEDOPERATION_MODIFYSYSTEMFIELD: &str = "FailedOperation.ModifySystemField";

/// 修改的生命周期被禁止。
pub const FAILEDOPERATION_PERIODMODIFYFORBIDDEN: &str = "FailedOperation.PeriodModifyForbidden";

/// 文件预览失败，请稍后再试。
pub const FAILEDOPERATION_PREVIEWFILE: &str = "FailedOperation.PreviewFile";

/// 查询语句运行失败。
pub const FAILEDOPERATION_QUERYERROR: &str = "FailedOperation.QueryError";

/// 读取文件内容失败，请确认文件可读。
pub const FAILEDOPERATION_READFILE: &str = "FailedOperation.ReadFile";

/// 读qps超过限制。
pub const FAILEDOPERATION_READQPSLIMIT: &str = "FailedOperation.ReadQpsLimit";

/// 查询超时。
pub const FAILEDOPERATION_SEARCHTIMEOUT: &str = "FailedOperation.SearchTimeout";

/// 投递任务不允许重试。
pub const FAILEDOPERATION_SHIPPERTASKNOTTORETRY: &str = "FailedOperation.ShipperTaskNotToRetry";

/// 查询语句解析错误。
pub const FAILEDOPERATION_SYNTAXERROR: &str = "FailedOperation.SyntaxError";

/// 标签侧并发冲突
pub const FAILEDOPERATION_TAGCONCURRENTCONFLICT: &str = "FailedOperation.TagConcurrentConflict";

/// 请求标签服务限频。
pub const FAILEDOPERATION_TAGQPSLIMIT: &str = "FailedOperation.TagQpsLimit";

/// 操作超时
pub const FAILEDOPERATION_TIMEOUT: &str = "FailedOperation.Timeout";

/// 日志主题已关闭。
pub const FAILEDOPERATION_TOPICCLOSED: &str = "FailedOperation.TopicClosed";

/// Topic 创建中。
pub const FAILEDOPERATION_TOPICCREATING: &str = "FailedOperation.TopicCreating";

/// 日志主题已隔离。
pub const FAILEDOPERATION_TOPICISOLATED: &str = "FailedOperation.TopicIsolated";

/// 命中文档数超过 10000 上限
pub const FAILEDOPERATION_WRITEBYQUERYREACHLIMIT: &str = "FailedOperation.WriteByQueryReachLimit";

/// 写qps超过限制。
pub const FAILEDOPERATION_WRITEQPSLIMIT: &str = "FailedOperation.WriteQpsLimit";

/// 写流量超过限制。
pub const FAILEDOPERATION_WRITETRAFFICLIMIT: &str = "FailedOperation.WriteTrafficLimit";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// DB错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DbError";

/// 角色非法。
pub const INTERNALERROR_ILLEGALROLE: &str = "InternalError.IllegalRole";

/// 检索错误
pub const INTERNALERROR_SEARCHERROR: &str = "InternalError.SearchError";

/// 检索失败
pub const INTERNALERROR_SEARCHFAILED: &str = "InternalError.SearchFailed";

/// 内部错误服务器繁忙
pub const INTERNALERROR_SERVERBUSY: &str = "InternalError.ServerBusy";

/// 无效的过滤器
pub const INVALIDFILTER: &str = "InvalidFilter";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 告警策略已经存在。
pub const INVALIDPARAMETER_ALARMCONFLICT: &str = "InvalidParameter.AlarmConflict";

/// 告警策略通知模板已经存在。
pub const INVALIDPARAMETER_ALARMNOTICECONFLICT: &str = "InvalidParameter.AlarmNoticeConflict";

/// 相同的采集配置规则已经存在。
pub const INVALIDPARAMETER_CONFIGCONFLICT: &str = "InvalidParameter.ConfigConflict";

/// 无效的Content。
pub const INVALIDPARAMETER_CONTENT: &str = "InvalidParameter.Content";

/// 跨账号标识错误
pub const INVALIDPARAMETER_CROSSACCOUNTCONFLICT: &str = "InvalidParameter.CrossAccountConflict";

/// 仪表盘命名冲突。
pub const INVALIDPARAMETER_DASHBOARDNAMECONFLICT: &str = "InvalidParameter.DashboardNameConflict";

/// 数据加工任务冲突。
pub const INVALIDPARAMETER_DATAFROMTASKCONFLICT: &str = "InvalidParameter.DataFromTaskConflict";

/// 数据加工任务不存在。
pub const INVALIDPARAMETER_DATAFROMTASKNOTEXIST: &str = "InvalidParameter.DataFromTaskNotExist";

/// 数据库唯一键冲突。
pub const INVALIDPARAMETER_DBDUPLICATION: &str = "InvalidParameter.DbDuplication";

/// 导出任务已经存在。
pub const INVALIDPARAMETER_EXPORTCONFLICT: &str = "InvalidParameter.ExportConflict";

/// 指定日志主题已经存在索引规则。
pub const INVALIDPARAMETER_INDEXCONFLICT: &str = "InvalidParameter.IndexConflict";

/// 无效的数据加工语句。
pub const INVALIDPARAMETER_INVALIDETLCONTENT: &str = "InvalidParameter.InvalidEtlContent";

/// 低频不支持配置kv和tag索引。
pub const INVALIDPARAMETER_INVALIDINDEXRULEFORSEARCHLOW: &str =
    "InvalidParameter.InValidIndexRuleForSearchLow";

/// 相同的日志集已存在。
pub const INVALIDPARAMETER_LOGSETCONFLICT: &str = "InvalidParameter.LogsetConflict";

/// 同名机器组已经存在。
pub const INVALIDPARAMETER_MACHINEGROUPCONFLICT: &str = "InvalidParameter.MachineGroupConflict";

/// 参数错误。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 投递规则命名冲突。
pub const INVALIDPARAMETER_SHIPPERCONFLICT: &str = "InvalidParameter.ShipperConflict";

/// 指定日志集下已经有同名的日志主题。
pub const INVALIDPARAMETER_TOPICCONFLICT: &str = "InvalidParameter.TopicConflict";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 一个billing topic只能创建一个cos采集配置
pub const LIMITEXCEEDED_BILLINGCOSRECHARGEOUTOFLIMIT: &str =
    "LimitExceeded.BillingCosRechargeOutOfLimit";

/// 一个 uin 只能创建一个 billing topic。
pub const LIMITEXCEEDED_BILLINGTOPICOUTOFLIMIT: &str = "LimitExceeded.BillingTopicOutOfLimit";

/// 采集规则配置超过最大值限制。
pub const LIMITEXCEEDED_CONFIG: &str = "LimitExceeded.Config";

/// 创建日志导出任务数量超出限制。
pub const LIMITEXCEEDED_EXPORT: &str = "LimitExceeded.Export";

/// 键值索引个数超过限制
pub const LIMITEXCEEDED_INDEXKEYOVERLIMIT: &str = "LimitExceeded.IndexKeyOverLimit";

/// 索引操作超过频率限制。
pub const LIMITEXCEEDED_INDEXOPERATING: &str = "LimitExceeded.IndexOperating";

/// 并发查询超过限制，单topic并发最大值15。
pub const LIMITEXCEEDED_LOGSEARCH: &str = "LimitExceeded.LogSearch";

/// 日志集数量超出限制。
pub const LIMITEXCEEDED_LOGSET: &str = "LimitExceeded.Logset";

/// 日志大小超过限制。
pub const LIMITEXCEEDED_LOGSIZE: &str = "LimitExceeded.LogSize";

/// 机器组超过限制。
pub const LIMITEXCEEDED_MACHINEGROUP: &str = "LimitExceeded.MachineGroup";

/// 机器组IP超过限制。
pub const LIMITEXCEEDED_MACHINEGROUPIP: &str = "LimitExceeded.MachineGroupIp";

/// 机器组Label超过限制。
pub const LIMITEXCEEDED_MACHINEGROUPIPLABELS: &str = "LimitExceeded.MachineGroupIpLabels";

/// 分区超过限制。
pub const LIMITEXCEEDED_PARTITION: &str = "LimitExceeded.Partition";

/// 记录超过限制
pub const LIMITEXCEEDED_RECORDOUTOFLIMIT: &str = "LimitExceeded.RecordOutOfLimit";

/// 检索内存超限。
pub const LIMITEXCEEDED_SEARCHRESOURCES: &str = "LimitExceeded.SearchResources";

/// 检索接口返回的日志量太大， 超过20MB限制。
pub const LIMITEXCEEDED_SEARCHRESULTTOOLARGE: &str = "LimitExceeded.SearchResultTooLarge";

/// 投递规则超出限制。
pub const LIMITEXCEEDED_SHIPPER: &str = "LimitExceeded.Shipper";

/// tag超过限制。
pub const LIMITEXCEEDED_TAG: &str = "LimitExceeded.Tag";

/// 日志主题数目超过限制。
pub const LIMITEXCEEDED_TOPIC: &str = "LimitExceeded.Topic";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 账户已销毁。
pub const OPERATIONDENIED_ACCOUNTDESTROY: &str = "OperationDenied.AccountDestroy";

/// 账户欠费。
pub const OPERATIONDENIED_ACCOUNTISOLATE: &str = "OperationDenied.AccountIsolate";

/// 账户不存在。
pub const OPERATIONDENIED_ACCOUNTNOTEXISTS: &str = "OperationDenied.AccountNotExists";

/// ACL校验失败。
pub const OPERATIONDENIED_ACLFAILED: &str = "OperationDenied.ACLFailed";

/// 低频不支持告警。
pub const OPERATIONDENIED_ALARMNOTSUPPORTFORSEARCHLOW: &str =
    "OperationDenied.AlarmNotSupportForSearchLow";

/// 字段没有开启分析功能。
pub const OPERATIONDENIED_ANALYSISSWITCHCLOSE: &str = "OperationDenied.AnalysisSwitchClose";

/// 不支持新语法。
pub const OPERATIONDENIED_NEWSYNTAXNOTSUPPORTED: &str = "OperationDenied.NewSyntaxNotSupported";

/// 通知模板已绑定告警，无法删除。
pub const OPERATIONDENIED_NOTICEHASALARM: &str = "OperationDenied.NoticeHasAlarm";

/// 操作低频检索不支持。
pub const OPERATIONDENIED_OPERATIONNOTSUPPORTINSEARCHLOW: &str =
    "OperationDenied.OperationNotSupportInSearchLow";

/// topic绑定了数据加工。
pub const OPERATIONDENIED_TOPICHASDATAFORMTASK: &str = "OperationDenied.TopicHasDataFormTask";

/// topic绑定了函数投递。
pub const OPERATIONDENIED_TOPICHASDELIVERFUNCTION: &str = "OperationDenied.TopicHasDeliverFunction";

/// topic配置有外部数据源配置，不能删除
pub const OPERATIONDENIED_TOPICHASEXTERNALDATASOURCECONFIG: &str =
    "OperationDenied.TopicHasExternalDatasourceConfig";

/// topic绑定了scheduleSql任务。
pub const OPERATIONDENIED_TOPICHASSCHEDULESQLTASK: &str = "OperationDenied.TopicHasScheduleSqlTask";

/// 请求的次数超过了频率限制。
pub const REQUESTLIMITEXCEEDED: &str = "RequestLimitExceeded";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// agent version不存在。
pub const RESOURCENOTFOUND_AGENTVERSIONNOTEXIST: &str = "ResourceNotFound.AgentVersionNotExist";

/// 告警策略不存在。
pub const RESOURCENOTFOUND_ALARMNOTEXIST: &str = "ResourceNotFound.AlarmNotExist";

/// 告警策略通知模板不存在。
pub const RESOURCENOTFOUND_ALARMNOTICENOTEXIST: &str = "ResourceNotFound.AlarmNoticeNotExist";

/// 集群id不存在
pub const RESOURCENOTFOUND_CLUSTERNOTFOUND: &str = "ResourceNotFound.ClusterNotFound";

/// 指定的采集规则配置不存在。
pub const RESOURCENOTFOUND_CONFIGNOTEXIST: &str = "ResourceNotFound.ConfigNotExist";

/// 仪表盘记录不存在。
pub const RESOURCENOTFOUND_DASHBOARDRECORDNOTEXIST: &str =
    "ResourceNotFound.DashboardRecordNotExist";

/// 仪表盘订阅记录不存在。
pub const RESOURCENOTFOUND_DASHBOARDSUBSCRIBERECORDNOTEXIST: &str =
    "ResourceNotFound.DashboardSubscribeRecordNotExist";

/// 数据加工任务不存在。
pub const RESOURCENOTFOUND_DATAFROMTASKNOTEXIST: &str = "ResourceNotFound.DataFromTaskNotExist";

/// 日志导出不存在。
pub const RESOURCENOTFOUND_EXPORTNOTEXIST: &str = "ResourceNotFound.ExportNotExist";

/// 索引不存在。
pub const RESOURCENOTFOUND_INDEXNOTEXIST: &str = "ResourceNotFound.IndexNotExist";

/// 指定的日志集不存在。
pub const RESOURCENOTFOUND_LOGSETNOTEXIST: &str = "ResourceNotFound.LogsetNotExist";

/// 机器组不存在。
pub const RESOURCENOTFOUND_MACHINEGROUPNOTEXIST: &str = "ResourceNotFound.MachineGroupNotExist";

/// 分区不存在。
pub const RESOURCENOTFOUND_PARTITIONNOTEXIST: &str = "ResourceNotFound.PartitionNotExist";

/// 记录不存在
pub const RESOURCENOTFOUND_RECORDNOTEXIST: &str = "ResourceNotFound.RecordNotExist";

/// 投递规则不存在。
pub const RESOURCENOTFOUND_SHIPPERNOTEXIST: &str = "ResourceNotFound.ShipperNotExist";

/// 投递任务不存在。
pub const RESOURCENOTFOUND_SHIPPERTASKNOTEXIST: &str = "ResourceNotFound.ShipperTaskNotExist";

/// 日志主题不存在。
pub const RESOURCENOTFOUND_TOPICNOTEXIST: &str = "ResourceNotFound.TopicNotExist";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// billing topic不允许修改cos导入配置
pub const UNSUPPORTEDOPERATION_MODIFYBILLINGCOSRECHARGENOSUPPORT: &str =
    "UnsupportedOperation.ModifyBillingCosRechargeNoSupport";

/// 当前地域不支持。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDREGION: &str = "UnsupportedOperation.UnsupportedRegion";
