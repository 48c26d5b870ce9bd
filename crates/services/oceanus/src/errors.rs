//! Error codes of `oceanus`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_oceanus::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 权限未授权
pub const AUTHFAILURE_CAMNOTAUTHORIZED: &str = "AuthFailure.CAMNotAuthorized";

/// 未授权操作。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// ddl语法检查失败。
pub const FAILEDOPERATION_CHECKDDLGRAMMAR: &str = "FailedOperation.CheckDdlGrammar";

/// 找不到集群。
pub const FAILEDOPERATION_CLUSTERNOTFOUND: &str = "FailedOperation.ClusterNotFound";

/// 数据库连接失败，请检查参数是否填写正确。
pub const FAILEDOPERATION_DATASOURCECONNECTIONFAILED: &str =
    "FailedOperation.DataSourceConnectionFailed";

/// DDL解析失败。
pub const FAILEDOPERATION_DDLPARSEFAILURE: &str = "FailedOperation.DDLParseFailure";

/// 默认命名空间不支持操作
pub const FAILEDOPERATION_DEFAULTSPACECANNOTOPERATE: &str =
    "FailedOperation.DefaultSpaceCanNotOperate";

/// 不能删除wedata项目关联的空间
pub const FAILEDOPERATION_DELETEWEDATAITEMSPACE: &str = "FailedOperation.DeleteWedataItemspace";

/// 作业的草稿不允许删除。
pub const FAILEDOPERATION_DRAFTCONFIGCANNOTDELETE: &str = "FailedOperation.DraftConfigCanNotDelete";

/// 重复的作业名。
pub const FAILEDOPERATION_DUPLICATEDJOBNAME: &str = "FailedOperation.DuplicatedJobName";

/// 获取SqlGateway结果失败，异常
pub const FAILEDOPERATION_FAILEDOPERATIONCODE_FETCHSQLGATEWAYSTATEMENT: &str =
    "FailedOperation.FailedOperationCode_FetchSqlGatewayStatement";

/// 运行SqlGateway失败，异常
pub const FAILEDOPERATION_FAILEDOPERATIONCODE_RUNSQLGATEWAY: &str =
    "FailedOperation.FailedOperationCode_RunSqlGateway";

/// Failed to obtain resource information through Tag
pub const FAILEDOPERATION_GETRESOURCESBYTAGSUNION: &str = "FailedOperation.GetResourcesByTagsUnion";

/// 查询资源关联标签失败。
pub const FAILEDOPERATION_GETRESOURCETAGSBYRESOURCEIDS: &str =
    "FailedOperation.GetResourceTagsByResourceIds";

/// 语法检查失败。
pub const FAILEDOPERATION_GRAMMARCHECKFAILURE: &str = "FailedOperation.GrammarCheckFailure";

/// 作业绑定默认告警失败
pub const FAILEDOPERATION_JOBBINDDEFAULTMONITORFAILED: &str =
    "FailedOperation.JobBindDefaultMonitorFailed";

/// 作业配置在使用中。
pub const FAILEDOPERATION_JOBCONFIGONPUBLISH: &str = "FailedOperation.JobConfigOnPublish";

/// 修改Connector type 失败
pub const FAILEDOPERATION_MODIFYCONNECTORFAILEDOPERATION: &str =
    "FailedOperation.ModifyConnectorFailedOperation";

/// 修改table name 失败
pub const FAILEDOPERATION_MODIFYTABLEFAILEDOPERATION: &str =
    "FailedOperation.ModifyTableFailedOperation";

/// SQL解析失败。
pub const FAILEDOPERATION_PARSESQL: &str = "FailedOperation.ParseSql";

/// 用户未实名验证。
pub const FAILEDOPERATION_USERNOTAUTHENTICATED: &str = "FailedOperation.UserNotAuthenticated";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// CAM 网关错误。
pub const INTERNALERROR_CAMCGWERROR: &str = "InternalError.CamCgwError";

/// CLS接口错误。
pub const INTERNALERROR_CLS: &str = "InternalError.CLS";

/// COS 服务访问错误。
pub const INTERNALERROR_COSCLIENT: &str = "InternalError.COSClient";

/// 数据库异常。
pub const INTERNALERROR_DB: &str = "InternalError.DB";

/// 失败的目标资源。
pub const INTERNALERROR_FAILEDTOBESCRIBERESOURCES: &str = "InternalError.FailedToBescribeResources";

/// 无法更新作业错误。
pub const INTERNALERROR_FAILEDTOUPDATEJOB: &str = "InternalError.FailedToUpdateJob";

/// 作业实例没找到。
pub const INTERNALERROR_JOBINSTANCENOTFOUND: &str = "InternalError.JobInstanceNotFound";

/// 内部错误。
pub const INTERNALERROR_LOGICERROR: &str = "InternalError.LogicError";

/// 资源只有一个版本，无法删除。
pub const INTERNALERROR_RESOURCECONFIGCANNOTDELETE: &str =
    "InternalError.ResourceConfigCanNotDelete";

/// 资源不存在。
pub const INTERNALERROR_RESOURCENOTEXIST: &str = "InternalError.ResourceNotExist";

/// 未找到sqlcode错误。
pub const INTERNALERROR_SQLCODENOTFOUND: &str = "InternalError.SqlCodeNotFound";

/// 内部错误。
pub const INTERNALERROR_STSNEWCLIENT: &str = "InternalError.StsNewClient";

/// 系统错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 集群Id指定错误，为空或者不存在。
pub const INVALIDPARAMETERVALUE_CLUSTERID: &str = "InvalidParameterValue.ClusterId";

/// 群集Id报错。
pub const INVALIDPARAMETERVALUE_CLUSTERIDS: &str = "InvalidParameterValue.ClusterIds";

/// CU内存规格不匹配。
pub const INVALIDPARAMETERVALUE_CUMEM: &str = "InvalidParameterValue.CuMem";

/// 无效限制错误。
pub const INVALIDPARAMETERVALUE_INVALIDLIMIT: &str = "InvalidParameterValue.InvalidLimit";

/// 无效启动模式。
pub const INVALIDPARAMETERVALUE_INVALIDSTARTMODE: &str = "InvalidParameterValue.InvalidStartMode";

/// 无效时间错误。
pub const INVALIDPARAMETERVALUE_INVALIDTIME: &str = "InvalidParameterValue.InvalidTime";

/// 作业id的参数无效。
pub const INVALIDPARAMETERVALUE_JOBIDVALUEERROR: &str = "InvalidParameterValue.JobIdValueError";

/// Illegal JobName。
pub const INVALIDPARAMETERVALUE_JOBNAME: &str = "InvalidParameterValue.JobName";

/// 作业名称已存在。
pub const INVALIDPARAMETERVALUE_JOBNAMEEXISTED: &str = "InvalidParameterValue.JobNameExisted";

/// 集群模式与作业类型不匹配。
pub const INVALIDPARAMETERVALUE_JOBTYPECOMBINEWITHCLUSTERTYPE: &str =
    "InvalidParameterValue.JobTypeCombineWithClusterType";

/// SQL作业不能指定EntrypointClass，JAR作业则必须指定。
pub const INVALIDPARAMETERVALUE_JOBTYPECOMBINEWITHENTRYPOINTCLASS: &str =
    "InvalidParameterValue.JobTypeCombineWithEntrypointClass";

/// 元数据库名已存在。
pub const INVALIDPARAMETERVALUE_METADATABASEEXISTED: &str =
    "InvalidParameterValue.MetaDatabaseExisted";

/// 元数据库名字非法。
pub const INVALIDPARAMETERVALUE_METADATABASENAME: &str = "InvalidParameterValue.MetaDatabaseName";

/// 元数据表名已存在。
pub const INVALIDPARAMETERVALUE_METATABLEEXISTED: &str = "InvalidParameterValue.MetaTableExisted";

/// OrderType值错误。
pub const INVALIDPARAMETERVALUE_ORDERTYPE: &str = "InvalidParameterValue.OrderType";

/// 未找到资源ID。
pub const INVALIDPARAMETERVALUE_RESOURCEIDSNOTFOUND: &str =
    "InvalidParameterValue.ResourceIdsNotFound";

/// 批量运行作业个数超过上限。
pub const INVALIDPARAMETERVALUE_RUNJOBDESCRIPTIONSCOUNT: &str =
    "InvalidParameterValue.RunJobDescriptionsCount";

/// RunType错误。
pub const INVALIDPARAMETERVALUE_RUNTYPE: &str = "InvalidParameterValue.RunType";

/// 时间戳范围有误。
pub const INVALIDPARAMETERVALUE_TIMESTAMP: &str = "InvalidParameterValue.Timestamp";

/// 非法的类型字段。
pub const INVALIDPARAMETERVALUE_TYPE: &str = "InvalidParameterValue.Type";

/// 未知停止类型错误。
pub const INVALIDPARAMETERVALUE_UNKNOWNSTOPTYPE: &str = "InvalidParameterValue.UnknownStopType";

/// 不支持的复合类型。
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDCOMPOSITE: &str =
    "InvalidParameterValue.UnSupportedComposite";

/// 变量参数异常。
pub const INVALIDPARAMETERVALUE_VARIABLENAME: &str = "InvalidParameterValue.VariableName";

/// AppId资源不匹配。
pub const INVALIDPARAMETER_APPIDRESOURCENOTMATCH: &str = "InvalidParameter.AppIdResourceNotMatch";

/// 该变量名称已存在。
pub const INVALIDPARAMETER_CREATEVARIABLEEXISTS: &str = "InvalidParameter.CreateVariableExists";

/// 文件夹名称重复
pub const INVALIDPARAMETER_DUPLICATEDFOLDERNAME: &str = "InvalidParameter.DuplicatedFolderName";

/// 空间命名重复。
pub const INVALIDPARAMETER_DUPLICATEDSPACENAME: &str = "InvalidParameter.DuplicatedSpaceName";

/// 非法的 MaxParallelism 参数。
pub const INVALIDPARAMETER_ILLEGALMAXPARALLELISM: &str = "InvalidParameter.IllegalMaxParallelism";

/// 非法的搜索字符串。
pub const INVALIDPARAMETER_ILLEGALSEARCHKEYWORD: &str = "InvalidParameter.IllegalSearchKeyword";

/// appid错误。
pub const INVALIDPARAMETER_INVALIDAPPID: &str = "InvalidParameter.InvalidAppId";

/// 无效集群id。
pub const INVALIDPARAMETER_INVALIDCLUSTERID: &str = "InvalidParameter.InvalidClusterId";

/// 空间命名不规范。
pub const INVALIDPARAMETER_INVALIDITEMSPACENAME: &str = "InvalidParameter.InvalidItemSpaceName";

/// 名字不符合规范。
pub const INVALIDPARAMETER_INVALIDNAME: &str = "InvalidParameter.InvalidName";

/// 无效Region。
pub const INVALIDPARAMETER_INVALIDREGION: &str = "InvalidParameter.InvalidRegion";

/// ResourceIds非法。
pub const INVALIDPARAMETER_INVALIDRESOURCEIDS: &str = "InvalidParameter.InvalidResourceIds";

/// 创建作业配置错误。
pub const INVALIDPARAMETER_JOBCONFIGLOGCOLLECTPARAMERROR: &str =
    "InvalidParameter.JobConfigLogCollectParamError";

/// 请求参数中UriPath 无效
pub const INVALIDPARAMETER_JOBDETAILURINOTVALIDCODE: &str =
    "InvalidParameter.JobDetailUriNotValidCode";

/// MaxParallelism 过大。
pub const INVALIDPARAMETER_MAXPARALLELISMTOOLARGE: &str = "InvalidParameter.MaxParallelismTooLarge";

/// MaxParallelism 不允许小于算子默认并行度。
pub const INVALIDPARAMETER_MAXPARALLELISMTOOSMALL: &str = "InvalidParameter.MaxParallelismTooSmall";

/// Uin资源不匹配。
pub const INVALIDPARAMETER_UINRESOURCENOTMATCH: &str = "InvalidParameter.UinResourceNotMatch";

/// Flink参数非法。
pub const INVALIDPARAMETER_UNSUPPORTEDFLINKCONF: &str = "InvalidParameter.UnsupportedFlinkConf";

/// Unsupported options
pub const INVALIDPARAMETER_UNSUPPORTEDOPTIONS: &str = "InvalidParameter.UnsupportedOptions";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 项目空间数量超出限制。
pub const LIMITEXCEEDED_ITEMSPACELIMITEXCEEDED: &str = "LimitExceeded.ItemSpaceLimitExceeded";

/// Job个数超过限额。
pub const LIMITEXCEEDED_JOB: &str = "LimitExceeded.Job";

/// 作业配置超出限制。
pub const LIMITEXCEEDED_JOBCONFIG: &str = "LimitExceeded.JobConfig";

/// 用户作业默认告警配额达到上限
pub const LIMITEXCEEDED_JOBDEFAULTMONITORLIMITEXCEEDED: &str =
    "LimitExceeded.JobDefaultMonitorLimitExceeded";

/// 创建的数据库个数超过限额。
pub const LIMITEXCEEDED_METADATABASE: &str = "LimitExceeded.MetaDatabase";

/// 创建的数据表个数超过限额。
pub const LIMITEXCEEDED_METATABLE: &str = "LimitExceeded.MetaTable";

/// 变量数超过限制。
pub const LIMITEXCEEDED_VARIABLES: &str = "LimitExceeded.Variables";

/// 工作空间超阈值。
pub const LIMITEXCEEDED_WORKSPACELIMITEXCEEDED: &str = "LimitExceeded.WorkSpaceLimitExceeded";

/// CU资源不足。
pub const RESOURCEINSUFFICIENT_CU: &str = "ResourceInsufficient.CU";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 集群有其他操作。
pub const RESOURCEINUSE_INSTANCEINPROCESS: &str = "ResourceInUse.InstanceInProcess";

/// Connector重复
pub const RESOURCEINUSE_RESOURCECONNECTORDUPLICATENAME: &str =
    "ResourceInUse.ResourceConnectorDuplicateName";

/// 资源名称已存在。
pub const RESOURCEINUSE_RESOURCENAMEALREADYEXISTS: &str = "ResourceInUse.ResourceNameAlreadyExists";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 集群不存在。
pub const RESOURCENOTFOUND_CLUSTERID: &str = "ResourceNotFound.ClusterId";

/// 未找到群集。
pub const RESOURCENOTFOUND_CLUSTERNOTFOUND: &str = "ResourceNotFound.ClusterNotFound";

/// COS Bucket 未找到或无权限访问。
pub const RESOURCENOTFOUND_COSBUCKET: &str = "ResourceNotFound.COSBucket";

/// 作业不存在。
pub const RESOURCENOTFOUND_JOB: &str = "ResourceNotFound.Job";

/// 作业配置版本不存在。
pub const RESOURCENOTFOUND_JOBCONFIG: &str = "ResourceNotFound.JobConfig";

/// 找不到作业。
pub const RESOURCENOTFOUND_JOBID: &str = "ResourceNotFound.JobId";

/// 找不到日志。
pub const RESOURCENOTFOUND_LOGTOPIC: &str = "ResourceNotFound.LogTopic";

/// 未找到元数据。
pub const RESOURCENOTFOUND_METADATANOTFOUND: &str = "ResourceNotFound.MetaDataNotFound";

/// 没有集群支持解析connector
pub const RESOURCENOTFOUND_PARSECONNECTORCLUSTERNOTFOUND: &str =
    "ResourceNotFound.ParseConnectorClusterNotFound";

/// 程序包不存在。
pub const RESOURCENOTFOUND_RESOURCE: &str = "ResourceNotFound.Resource";

/// 程序包版本不存在。
pub const RESOURCENOTFOUND_RESOURCECONFIG: &str = "ResourceNotFound.ResourceConfig";

/// 资源不存在。
pub const RESOURCENOTFOUND_RESOURCENOTEXIST: &str = "ResourceNotFound.ResourceNotExist";

/// 数据库或表不存在。
pub const RESOURCENOTFOUND_TABLENOTEXIST: &str = "ResourceNotFound.TableNotExist";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 被某个作业配置使用。
pub const RESOURCEUNAVAILABLE_BEUSEBYSOMEJOBCONFIG: &str =
    "ResourceUnavailable.BeUseBySomeJobConfig";

/// 检查资源位置是否存在错误。
pub const RESOURCEUNAVAILABLE_CHECKRESOURCELOCEXISTS: &str =
    "ResourceUnavailable.CheckResourceLocExists";

/// 集群处于非运行状态。
pub const RESOURCEUNAVAILABLE_CLUSTER: &str = "ResourceUnavailable.Cluster";

/// 群集组状态错误。
pub const RESOURCEUNAVAILABLE_CLUSTERGROUPSTATUS: &str = "ResourceUnavailable.ClusterGroupStatus";

/// 失败的目标资源。
pub const RESOURCEUNAVAILABLE_FAILEDTOBESCRIBERESOURCES: &str =
    "ResourceUnavailable.FailedToBescribeResources";

/// 获取发布的作业配置错误。
pub const RESOURCEUNAVAILABLE_GETJOBPUBLISHEDJOBCONFIG: &str =
    "ResourceUnavailable.GetJobPublishedJobConfig";

/// 作业资源配置未就绪。
pub const RESOURCEUNAVAILABLE_JOBRESOURCECONFIGNOTREADY: &str =
    "ResourceUnavailable.JobResourceConfigNotReady";

/// 找不到JobId的正在运行的作业实例。
pub const RESOURCEUNAVAILABLE_NORUNNINGJOBINSTANCESFOUNDFORJOBID: &str =
    "ResourceUnavailable.NoRunningJobInstancesFoundForJobId";

/// 不允许删除错误。
pub const RESOURCEUNAVAILABLE_NOTALLOWEDTOBEDELETED: &str =
    "ResourceUnavailable.NotAllowedToBeDeleted";

/// 不允许停止或暂停错误。
pub const RESOURCEUNAVAILABLE_NOTALLOWEDTOBESTOPORPAUSE: &str =
    "ResourceUnavailable.NotAllowedToBeStopOrPause";

/// 共享群集只允许CuMem=4。
pub const RESOURCEUNAVAILABLE_REQCUMEM: &str = "ResourceUnavailable.ReqCuMem";

/// cos上的程序包不存在。
pub const RESOURCEUNAVAILABLE_RESOURCELOCNOTEXISTS: &str =
    "ResourceUnavailable.ResourceLocNotExists";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 资源未释放,不能做删除作业。
pub const UNSUPPORTEDOPERATION_CANNOTDELETE: &str = "UnsupportedOperation.CanNotDelete";

/// Cls Sql未启用。
pub const UNSUPPORTEDOPERATION_CLSSQLNOTENABLED: &str = "UnsupportedOperation.ClsSqlNotEnabled";

/// Checkpoint 时间间隔，错误。
pub const UNSUPPORTEDOPERATION_INVALIDCHECKPOINTINTERVALERROR: &str =
    "UnsupportedOperation.InvalidCheckpointIntervalError";

/// 引用了多个外部数据源，目前SQL作业只允许引用一个外部数据源。
pub const UNSUPPORTEDOPERATION_MULTIEXTERNALCATALOGUNSUPPORTED: &str =
    "UnsupportedOperation.MultiExternalCatalogUnsupported";

/// 不支持多EmrOrHive Catalog
pub const UNSUPPORTEDOPERATION_MULTIEXTERNALEMRORHIVECATALOGUNSUPPORTED: &str =
    "UnsupportedOperation.MultiExternalEmrOrHiveCatalogUnsupported";

/// 权限拦截,没有进入权限。
pub const UNSUPPORTEDOPERATION_NOPERMISSIONACCESS: &str = "UnsupportedOperation.NoPermissionAccess";

/// 不支持的启动模式。
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDSTARTMODE: &str =
    "UnsupportedOperation.UnsupportedStartMode";
