//! Error codes of `dlc`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_dlc::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 订单状态异常。
pub const FAILEDOPERATION_ABNORMALORDERSTATUS: &str = "FailedOperation.AbnormalOrderStatus";

/// 另一个数据源正在创建中。
pub const FAILEDOPERATION_ANOTHERCREATEPROCESSRUNNING: &str =
    "FailedOperation.AnotherCreateProcessRunning";

/// 另一个操作正在处理中，请稍后再试。
pub const FAILEDOPERATION_ANOTHERPROCESSRUNNING: &str = "FailedOperation.AnotherProcessRunning";

/// 另一个请求正在处理中，请稍后再试。
pub const FAILEDOPERATION_ANOTHERREQUESTPROCESSING: &str =
    "FailedOperation.AnotherRequestProcessing";

/// 调用下游计费接口失败，资源销毁通知未送达
pub const FAILEDOPERATION_APICALLFAILED: &str = "FailedOperation.ApiCallFailed";

/// 账户余额不足。
pub const FAILEDOPERATION_BALANCENOTENOUGH: &str = "FailedOperation.BalanceNotEnough";

/// 计费系统异常。
pub const FAILEDOPERATION_BILLINGSYSTEMERROR: &str = "FailedOperation.BillingSystemError";

/// 绑定的标签数量超出限制。
pub const FAILEDOPERATION_BINDTOOMANYTAGS: &str = "FailedOperation.BindTooManyTags";

/// 集群组不存在
pub const FAILEDOPERATION_CLUSTERGROUPNOTFOUND: &str = "FailedOperation.ClusterGroupNotFound";

/// 创建引擎失败。
pub const FAILEDOPERATION_CREATEDATAENGINEFAILED: &str = "FailedOperation.CreateDataEngineFailed";

/// 删除数据引擎失败。
pub const FAILEDOPERATION_DELETEDATAENGINEFAILED: &str = "FailedOperation.DeleteDataEngineFailed";

/// 发货失败。
pub const FAILEDOPERATION_DELIVERGOODSFAILED: &str = "FailedOperation.DeliverGoodsFailed";

/// 重复的标签键。
pub const FAILEDOPERATION_DUPLICATETAGKEY: &str = "FailedOperation.DuplicateTagKey";

/// 案例服务请求失败
pub const FAILEDOPERATION_EXAMPLE: &str = "FailedOperation.Example";

/// 案例不存在
pub const FAILEDOPERATION_EXAMPLENOTFOUND: &str = "FailedOperation.ExampleNotFound";

/// 外部服务异常
pub const FAILEDOPERATION_EXTERNALSERVICE: &str = "FailedOperation.ExternalService";

/// 扣费失败。
pub const FAILEDOPERATION_FEEDEDUCTIONFAILED: &str = "FailedOperation.FeeDeductionFailed";

/// 工作流执行Id已存在
pub const FAILEDOPERATION_FLOWEXECUTIONCONFLICT: &str = "FailedOperation.FlowExecutionConflict";

/// 工作流不存在
pub const FAILEDOPERATION_FLOWIDNOTEXISTS: &str = "FailedOperation.FlowIdNotExists";

/// 获取鉴权策略失败。
pub const FAILEDOPERATION_GETPOLICYFAILED: &str = "FailedOperation.GetPolicyFailed";

/// 获取商品信息失败。
pub const FAILEDOPERATION_GETPRODUCTINFORMATIONFAILED: &str =
    "FailedOperation.GetProductInformationFailed";

/// 获取用户信息失败，请重试或提工单联系我们
pub const FAILEDOPERATION_GETUSERINFOFAILED: &str = "FailedOperation.GetUserInfoFailed";

/// 获取工作组信息失败。
pub const FAILEDOPERATION_GETWORKGROUPINFOFAILED: &str = "FailedOperation.GetWorkGroupInfoFailed";

/// 数据治理错误，请重试，或者提交工单联系我们
pub const FAILEDOPERATION_GOVERNERROR: &str = "FailedOperation.GovernError";

/// 授权失败。
pub const FAILEDOPERATION_GRANTPOLICYFAILED: &str = "FailedOperation.GrantPolicyFailed";

/// HTTP客户端请求失败。
pub const FAILEDOPERATION_HTTPCLIENTDOREQUESTFAILED: &str =
    "FailedOperation.HttpClientDoRequestFailed";

/// 资源不符合规定。
pub const FAILEDOPERATION_ILLEGALRESOURCE: &str = "FailedOperation.IllegalResource";

/// 标签键含有非法字符。
pub const FAILEDOPERATION_ILLEGALTAGKEY: &str = "FailedOperation.IllegalTagKey";

/// 标签值含有非法字符。
pub const FAILEDOPERATION_ILLEGALTAGVALUE: &str = "FailedOperation.IllegalTagValue";

/// 询价失败。
pub const FAILEDOPERATION_INQUIREPRICEFAILED: &str = "FailedOperation.InquirePriceFailed";

/// Invalid NetworkConnectionType
pub const FAILEDOPERATION_INVALIDNETWORKCONNECTIONTYPE: &str =
    "FailedOperation.InvalidNetworkConnectionType";

/// 数据实验室正处于过渡状态：数据实验室正在状态转换中（启动中/停止中/删除中），请稍后重试
pub const FAILEDOPERATION_LABINTRANSITION: &str = "FailedOperation.LabInTransition";

/// 数据实验室不存在：数据实验室不存在，请检查数据实验室标识
pub const FAILEDOPERATION_LABNOTFOUND: &str = "FailedOperation.LabNotFound";

/// 实验室未运行
pub const FAILEDOPERATION_LABNOTRUNNING: &str = "FailedOperation.LabNotRunning";

/// 数据实验室当前状态不允许修改：仅在停止或异常状态下可修改配置，请先停止数据实验室后重试
pub const FAILEDOPERATION_LABNOTUPDATABLE: &str = "FailedOperation.LabNotUpdatable";

/// 数据实验室正在运行中：数据实验室正在运行中，请稍后重试
pub const FAILEDOPERATION_LABRUNNING: &str = "FailedOperation.LabRunning";

/// 元数据错误，请重试，或者提交工单联系我们
pub const FAILEDOPERATION_METASTOREERROR: &str = "FailedOperation.MetastoreError";

/// 实例变配失败。
pub const FAILEDOPERATION_MODIFYINSTANCEFAILED: &str = "FailedOperation.ModifyInstanceFailed";

/// The  datasource vpc has been bound to the engine
pub const FAILEDOPERATION_NETWORKCONNECTIONEXIST: &str = "FailedOperation.NetworkConnectionExist";

/// 当前已有资源组正在使用该配置项，无法一键删除（一键删除会导致引擎重启）您可前往资源组列表页点击详情删除
pub const FAILEDOPERATION_NETWORKCONNECTIONINUSED: &str = "FailedOperation.NetworkConnectionInUsed";

/// 没有操作权限。
pub const FAILEDOPERATION_NOPERMISSION: &str = "FailedOperation.NoPermission";

/// 用户没有指定引擎的使用权限
pub const FAILEDOPERATION_NOPERMISSIONTOUSETHEDATAENGINE: &str =
    "FailedOperation.NoPermissionToUseTheDataEngine";

/// 账号未进行实名认证。
pub const FAILEDOPERATION_NOREALNAMEAUTHENTICATION: &str =
    "FailedOperation.NoRealNameAuthentication";

/// 采购数量超过限制。
pub const FAILEDOPERATION_NUMBEREXCEEDLIMIT: &str = "FailedOperation.NumberExceedLimit";

/// 其他异常：服务遇到未知问题，请稍后再试。
pub const FAILEDOPERATION_OTHEREXCEPTION: &str = "FailedOperation.OtherException";

/// 参数校验失败。
pub const FAILEDOPERATION_PARAMETERVALIDATIONFAILED: &str =
    "FailedOperation.ParameterValidationFailed";

/// 退押金失败。
pub const FAILEDOPERATION_REFUNDDEPOSITFAILED: &str = "FailedOperation.RefundDepositFailed";

/// 结果过期
pub const FAILEDOPERATION_RESULTEXPIRED: &str = "FailedOperation.ResultExpired";

/// 取消授权失败。
pub const FAILEDOPERATION_REVOKEPOLICYFAILED: &str = "FailedOperation.RevokePolicyFailed";

/// 语法解析失败，请校验后重试
pub const FAILEDOPERATION_SQLTASKPARSEFAILED: &str = "FailedOperation.SQLTaskParseFailed";

/// SQL任务结果超出限制
pub const FAILEDOPERATION_SQLTASKRESULTOVERSIZE: &str = "FailedOperation.SQLTaskResultOversize";

/// 资源已经绑定了同名标签键。
pub const FAILEDOPERATION_TAGALREADYATTACHED: &str = "FailedOperation.TagAlreadyAttached";

/// 标签键长度超过限制。
pub const FAILEDOPERATION_TAGKEYTOOLONG: &str = "FailedOperation.TagKeyTooLong";

/// 标签不存在。
pub const FAILEDOPERATION_TAGNOTEXIST: &str = "FailedOperation.TagNotExist";

/// 标签值长度超过限制。
pub const FAILEDOPERATION_TAGVALUETOOLONG: &str = "FailedOperation.TagValueTooLong";

/// 获取结果超时
pub const FAILEDOPERATION_TASKOVERTIMEFETCHRESULT: &str = "FailedOperation.TaskOvertimeFetchResult";

/// 资源数量超出限制。
pub const FAILEDOPERATION_TOOMANYRESOURCES: &str = "FailedOperation.TooManyResources";

/// 标签数量超出限制。
pub const FAILEDOPERATION_TOOMANYTAGS: &str = "FailedOperation.TooManyTags";

/// 更新权限信息失败。
pub const FAILEDOPERATION_UPDATEPOLICYFAILED: &str = "FailedOperation.UpdatePolicyFailed";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 数据库错误。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 业务系统异常，请重试或提工单联系我们。
pub const INTERNALERROR_INTERNALSYSTEMEXCEPTION: &str = "InternalError.InternalSystemException";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 无效参数组合
pub const INVALIDPARAMETERCOMBINATION: &str = "InvalidParameterCombination";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 机型步长不规范，cpu需要为32倍数
pub const INVALIDPARAMETERVALUE_BILLINGITEMSTEP: &str = "InvalidParameterValue.BillingItemStep";

/// 日志类型参数无效
pub const INVALIDPARAMETERVALUE_LOGTYPE: &str = "InvalidParameterValue.LogType";

/// 付费模式不合法
pub const INVALIDPARAMETERVALUE_PAYMODE: &str = "InvalidParameterValue.PayMode";

/// 按量计费资源包不允许修改Description
pub const INVALIDPARAMETERVALUE_POSTPAYPARTITIONDESCRIPTION: &str =
    "InvalidParameterValue.PostpayPartitionDescription";

/// 按量计费资源包名称不规范
pub const INVALIDPARAMETERVALUE_POSTPAYPARTITIONNAME: &str =
    "InvalidParameterValue.PostpayPartitionName";

/// 队列 Id 与 PartitionCode/QueueName 不一致
pub const INVALIDPARAMETERVALUE_QUEUEIDMISMATCH: &str = "InvalidParameterValue.QueueIdMismatch";

/// 队列名称格式不合法
pub const INVALIDPARAMETERVALUE_QUEUENAME: &str = "InvalidParameterValue.QueueName";

/// 申请资源配额超过分区可用额度
pub const INVALIDPARAMETERVALUE_QUOTAEXCEEDED: &str = "InvalidParameterValue.QuotaExceeded";

/// SQL语句Index参数错误
pub const INVALIDPARAMETERVALUE_STATEMENTINDEX: &str = "InvalidParameterValue.StatementIndex";

/// 指定的交互式SQL任务自定义主键不唯一
pub const INVALIDPARAMETER_BATCHSQLCUSTOMKEYNOTUNIQUE: &str =
    "InvalidParameter.BatchSQLCustomKeyNotUnique";

/// 指定的交互式SQL任务Filter.Key不匹配，当前仅支持: task-sql-keyword/task-operator/batch-id/session-id/task-state
pub const INVALIDPARAMETER_BATCHSQLFILTERSKEYTYPENOTMATH: &str =
    "InvalidParameter.BatchSQLFiltersKeyTypeNotMath";

/// 交互式SQL任务指定SortBy类型不匹配，当前仅支持: create-time/resource-usage
pub const INVALIDPARAMETER_BATCHSQLTASKSORTBYTYPENOTMATCH: &str =
    "InvalidParameter.BatchSQLTaskSortByTypeNotMatch";

/// 当前配置不被允许
pub const INVALIDPARAMETER_CONFIGKEYPROHIBITED: &str = "InvalidParameter.ConfigKeyProhibited";

/// 指定集群资源类型不匹配，当前仅支持: spark_cu（对应Spark集群）,presto_cu(对应Presto集群)
pub const INVALIDPARAMETER_DATAENGINECLUSTERTYPENOTMATCH: &str =
    "InvalidParameter.DataEngineClusterTypeNotMatch";

/// 指定集群参数已存在
pub const INVALIDPARAMETER_DATAENGINECONFIGPAIRSDUPLICATE: &str =
    "InvalidParameter.DataEngineConfigPairsDuplicate";

/// 指定集群传参ExecType不匹配，当前仅支持SQL或BATCH
pub const INVALIDPARAMETER_DATAENGINEEXECTYPENOTMATCH: &str =
    "InvalidParameter.DataEngineExecTypeNotMatch";

/// 指定集群镜像操作不匹配，当前仅支持: InitImage/UpgradeImage/SwitchImage/RollbackImage/ModifyResource
pub const INVALIDPARAMETER_DATAENGINEIMAGEOPERATENOTMATCH: &str =
    "InvalidParameter.DataEngineImageOperateNotMatch";

/// 指定集群计费模式不匹配，当前仅支持: 1: 按量计费, 2: 包年包月
pub const INVALIDPARAMETER_DATAENGINEMODENOTMATCH: &str = "InvalidParameter.DataEngineModeNotMatch";

/// 当前任务仅支持Spark批作业引擎运行
pub const INVALIDPARAMETER_DATAENGINEONLYSUPPORTSPARKBATCH: &str =
    "InvalidParameter.DataEngineOnlySupportSparkBatch";

/// 当前任务仅支持SQL引擎运行
pub const INVALIDPARAMETER_DATAENGINEONLYSUPPORTSQL: &str =
    "InvalidParameter.DataEngineOnlySupportSQL";

/// 指定集群付费类型不匹配，当前仅支持: 0: 后付费, 1: 预付费
pub const INVALIDPARAMETER_DATAENGINEPAYMODETYPENOTMATCH: &str =
    "InvalidParameter.DataEnginePayModeTypeNotMatch";

/// 指定集群规格不符合规范
pub const INVALIDPARAMETER_DATAENGINESIZENOTMATCH: &str = "InvalidParameter.DataEngineSizeNotMatch";

/// 指定集群类型不匹配，当前仅支持: spark/presto
pub const INVALIDPARAMETER_DATAENGINETYPENOTMATCH: &str = "InvalidParameter.DataEngineTypeNotMatch";

/// 数据源连接已存在，请重试，或者提交工单联系我们
pub const INVALIDPARAMETER_DATASOURCECONNECTIONNOTUNIQUE: &str =
    "InvalidParameter.DatasourceConnectionNotUnique";

/// 数据源类型错误。
pub const INVALIDPARAMETER_DATASOURCETYPEERROR: &str = "InvalidParameter.DatasourceTypeError";

/// DescribeDataEnginesS Sort by type not match, only support create-time
pub const INVALIDPARAMETER_DESCRIBEDATAENGINESSORTBYTYPENOTMATCH: &str =
    "InvalidParameter.DescribeDataEnginesSortByTypeNotMatch";

/// 重复的引擎名称。
pub const INVALIDPARAMETER_DUPLICATEDATAENGINENAME: &str =
    "InvalidParameter.DuplicateDataEngineName";

/// 数据源名称重复。
pub const INVALIDPARAMETER_DUPLICATEDATASOURCENAME: &str =
    "InvalidParameter.DuplicateDatasourceName";

/// 重复的工作组名称。
pub const INVALIDPARAMETER_DUPLICATEGROUPNAME: &str = "InvalidParameter.DuplicateGroupName";

/// 重复的用户名。
pub const INVALIDPARAMETER_DUPLICATEUSERNAME: &str = "InvalidParameter.DuplicateUserName";

/// 用户vpc连接名称重复
pub const INVALIDPARAMETER_DUPLICATEUSERVPCCONNECTIONNAME: &str =
    "InvalidParameter.DuplicateUserVpcConnectionName";

/// 指定Filter.Values参数数量超限，当前应小于等于50个
pub const INVALIDPARAMETER_FILTERSVALUESNUMBEROUTOFLIMIT: &str =
    "InvalidParameter.FiltersValuesNumberOutOfLimit";

/// 指定集群镜像Cluster参数格式非JSON
pub const INVALIDPARAMETER_IMAGECLUSTERPARAMETERSFORMATNOTJSON: &str =
    "InvalidParameter.ImageClusterParametersFormatNotJson";

/// 指定引擎类型不匹配，当前仅支持: SparkSQL, PrestoSQL, SparkBatch
pub const INVALIDPARAMETER_IMAGEENGINETYPENOTMATCH: &str =
    "InvalidParameter.ImageEngineTypeNotMatch";

/// 指定isPublic不匹配，当前仅支持: 1:公共, 2:私有
pub const INVALIDPARAMETER_IMAGEISPUBLICNOTMATCH: &str = "InvalidParameter.ImageIsPublicNotMatch";

/// 指定集群镜像参数不存在
pub const INVALIDPARAMETER_IMAGEPARAMETERNOTFOUND: &str = "InvalidParameter.ImageParameterNotFound";

/// 指定集群镜像ParameterSubmitMethod不匹配，当前仅支持: User, BackGround
pub const INVALIDPARAMETER_IMAGEPARAMETERSUBMITMETHODNOTMATCH: &str =
    "InvalidParameter.ImageParameterSubmitMethodNotMatch";

/// 指定集群镜像ParameterType不匹配，当前仅支持: 1: session , 2: common, 3: cluster
pub const INVALIDPARAMETER_IMAGEPARAMETERTYPENOTMATCH: &str =
    "InvalidParameter.ImageParameterTypeNotMatch";

/// 指定集群镜像Session参数格式非JSON
pub const INVALIDPARAMETER_IMAGESESSIONPARAMETERSFORMATNOTJSON: &str =
    "InvalidParameter.ImageSessionParametersFormatNotJson";

/// 指定state不匹配，当前仅支持: 1:初始化, 2:上线, 3:下线
pub const INVALIDPARAMETER_IMAGESTATENOTMATCH: &str = "InvalidParameter.ImageStateNotMatch";

/// 指定集群镜像UserRecords不匹配，当前仅支持: 1: parentVersion, 2: childVersion, 3: pySpark
pub const INVALIDPARAMETER_IMAGEUSERRECORDSTYPENOTMATCH: &str =
    "InvalidParameter.ImageUserRecordsTypeNotMatch";

/// 实例在其他流程中。
pub const INVALIDPARAMETER_INSTANCEINPROCESS: &str = "InvalidParameter.InstanceInProcess";

/// 无效的访问策略。
pub const INVALIDPARAMETER_INVALIDACCESSPOLICY: &str = "InvalidParameter.InvalidAccessPolicy";

/// 指定的Spark任务程序包文件格式不匹配，当前仅支持.jar或.py
pub const INVALIDPARAMETER_INVALIDAPPFILEFORMAT: &str = "InvalidParameter.InvalidAppFileFormat";

/// 指定的桶不存在
pub const INVALIDPARAMETER_INVALIDBUCKETNAME: &str = "InvalidParameter.InvalidBucketName";

/// 字段名称设置错误，字段名称必须小于等于128字节
pub const INVALIDPARAMETER_INVALIDCOLUMNNAMELENGTH: &str =
    "InvalidParameter.InvalidColumnNameLength";

/// 字段个数设置错误，字段个数必须小于等于4096
pub const INVALIDPARAMETER_INVALIDCOLUMNNUMBER: &str = "InvalidParameter.InvalidColumnNumber";

/// 字段类型设置错误，仅支持string/tinyint/smallint/int/bigint/boolean/float/double/decimal/timestamp/date/binary/array<>/map<>/struct<>/uniontype<>
pub const INVALIDPARAMETER_INVALIDCOLUMNTYPE: &str = "InvalidParameter.InvalidColumnType";

/// 任务指定参数Key值不存在
pub const INVALIDPARAMETER_INVALIDCONFIGKEYNOTFOUND: &str =
    "InvalidParameter.InvalidConfigKeyNotFound";

/// 任务指定参数Value值长度超限
pub const INVALIDPARAMETER_INVALIDCONFIGVALUELENGTHOUTLIMIT: &str =
    "InvalidParameter.InvalidConfigValueLengthOutLimit";

/// 任务指定参数Value值不符合规则
pub const INVALIDPARAMETER_INVALIDCONFIGVALUEREGEXPNOTMATCH: &str =
    "InvalidParameter.InvalidConfigValueRegexpNotMatch";

/// 指定集群CIDR格式不匹配，参考样式: 192.0.2.1/24
pub const INVALIDPARAMETER_INVALIDDATAENGINECIDRFORMAT: &str =
    "InvalidParameter.InvalidDataEngineCidrFormat";

/// 指定集群参数无效，请校验后重试
pub const INVALIDPARAMETER_INVALIDDATAENGINECONFIGPAIRS: &str =
    "InvalidParameter.InvalidDataEngineConfigPairs";

/// 无效的引擎描述信息。
pub const INVALIDPARAMETER_INVALIDDATAENGINEDESCRIPTION: &str =
    "InvalidParameter.InvalidDataEngineDescription";

/// 无效的数据引擎模式。
pub const INVALIDPARAMETER_INVALIDDATAENGINEMODE: &str = "InvalidParameter.InvalidDataEngineMode";

/// 无效的数据引擎名。
pub const INVALIDPARAMETER_INVALIDDATAENGINENAME: &str = "InvalidParameter.InvalidDataEngineName";

/// 无效的数据引擎规格。
pub const INVALIDPARAMETER_INVALIDDATAENGINESPECS: &str = "InvalidParameter.InvalidDataEngineSpecs";

/// 指定集群资源使用时长，后付费：固定填3600，预付费：最少填1，代表购买资源一个月，最长不超过120。默认3600
pub const INVALIDPARAMETER_INVALIDDATAENGINETIMESPAN: &str =
    "InvalidParameter.InvalidDataEngineTimeSpan";

/// 指定集群资源使用时长的单位不匹配，后付费：h，预付费：m。默认为h
pub const INVALIDPARAMETER_INVALIDDATAENGINETIMEUNIT: &str =
    "InvalidParameter.InvalidDataEngineTimeUnit";

/// 数据源连接配置异常，请重试，或者提交工单联系我们
pub const INVALIDPARAMETER_INVALIDDATASOURCECONNECTIONCONFIG: &str =
    "InvalidParameter.InvalidDatasourceConnectionConfig";

/// 数据源连接名称不合法
pub const INVALIDPARAMETER_INVALIDDATASOURCENAME: &str = "InvalidParameter.InvalidDatasourceName";

/// DecimalType设置非法，Precision必须大于等于Scale，且Precision必须小于38
pub const INVALIDPARAMETER_INVALIDDECIMALTYPE: &str = "InvalidParameter.InvalidDecimalType";

/// 无效的默认数据引擎参数。
pub const INVALIDPARAMETER_INVALIDDEFAULTDATAENGINE: &str =
    "InvalidParameter.InvalidDefaultDataEngine";

/// 无效的描述信息。
pub const INVALIDPARAMETER_INVALIDDESCRIPTION: &str = "InvalidParameter.InvalidDescription";

/// 当前DriverSize规格仅支持: small/medium/large/xlarge/m.small/m.medium/m.large/m.xlarge
pub const INVALIDPARAMETER_INVALIDDRIVERSIZE: &str = "InvalidParameter.InvalidDriverSize";

/// 指定Excutor动态数量必须为当前最大值
pub const INVALIDPARAMETER_INVALIDDYNAMICALLOCATIONMAXEXECUTORS: &str =
    "InvalidParameter.InvalidDynamicAllocationMaxExecutors";

/// 引擎执行类型不合法
pub const INVALIDPARAMETER_INVALIDENGINEEXECTYPE: &str = "InvalidParameter.InvalidEngineExecType";

/// 引擎类型不合法
pub const INVALIDPARAMETER_INVALIDENGINETYPE: &str = "InvalidParameter.InvalidEngineType";

/// 当前ExecutorSize规格仅支持: small/medium/large/xlarge/m.small/m.medium/m.large/m.xlarge
pub const INVALIDPARAMETER_INVALIDEXECUTORSIZE: &str = "InvalidParameter.InvalidExecutorSize";

/// 任务容错类型错误，当前仅支持: Proceed/Terminate
pub const INVALIDPARAMETER_INVALIDFAILURETOLERANCE: &str =
    "InvalidParameter.InvalidFailureTolerance";

/// 指定的文件压缩格式不合规，当前仅支持: tar.gz/tar/tgz
pub const INVALIDPARAMETER_INVALIDFILECOMPRESSIONFORMAT: &str =
    "InvalidParameter.InvalidFileCompressionFormat";

/// 指定的文件路径格式不合规，当前仅支持:cosn://或lakefs://
pub const INVALIDPARAMETER_INVALIDFILEPATHFORMAT: &str = "InvalidParameter.InvalidFilePathFormat";

/// 不支持此过滤条件
pub const INVALIDPARAMETER_INVALIDFILTERKEY: &str = "InvalidParameter.InvalidFilterKey";

/// 过滤条件个数非法，当指定了过滤条件时，过滤条件的个数应该大于等于1个，且小于等于5个
pub const INVALIDPARAMETER_INVALIDFILTERLENGTH: &str = "InvalidParameter.InvalidFilterLength";

/// 无效的工作组Id。
pub const INVALIDPARAMETER_INVALIDGROUPID: &str = "InvalidParameter.InvalidGroupId";

/// 不支持的Hive版本。
pub const INVALIDPARAMETER_INVALIDHIVEVERSION: &str = "InvalidParameter.InvalidHiveVersion";

/// 请求的消息类型无效。
pub const INVALIDPARAMETER_INVALIDINFOTYPE: &str = "InvalidParameter.InvalidInfoType";

/// 指定参数int类型转换失败
pub const INVALIDPARAMETER_INVALIDINTFORMAT: &str = "InvalidParameter.InvalidIntFormat";

/// 无效的最大结果数。
pub const INVALIDPARAMETER_INVALIDMAXRESULTS: &str = "InvalidParameter.InvalidMaxResults";

/// 无效的最小集群数量。
pub const INVALIDPARAMETER_INVALIDMINCLUSTERS: &str = "InvalidParameter.InvalidMinClusters";

/// 无效的Offset值。
pub const INVALIDPARAMETER_INVALIDOFFSET: &str = "InvalidParameter.InvalidOffset";

/// 列上执行的操作与该列的数据类型不兼容
pub const INVALIDPARAMETER_INVALIDPARAMETER_COLUMNTYPENOTCOMPATIBLE: &str =
    "InvalidParameter.InvalidParameter_ColumnTypeNotCompatible";

/// 排序列不合法
pub const INVALIDPARAMETER_INVALIDPARAMETER_SQLTASKANALYSISSORTBYTYPENOTMATCH: &str =
    "InvalidParameter.InvalidParameter_SQLTaskAnalysisSortByTypeNotMatch";

/// 无效的计费模式。
pub const INVALIDPARAMETER_INVALIDPAYMODE: &str = "InvalidParameter.InvalidPayMode";

/// 无效的CAM role arn。
pub const INVALIDPARAMETER_INVALIDROLEARN: &str = "InvalidParameter.InvalidRoleArn";

/// 指定的弹性范围不合规范
pub const INVALIDPARAMETER_INVALIDSCHEDULEDELASTICITYMINELASTICCLUSTERS: &str =
    "InvalidParameter.InvalidScheduledElasticityMinElasticClusters";

/// 当前Session仅支持: spark/pyspark/sparkr/sql类型
pub const INVALIDPARAMETER_INVALIDSESSIONKINDTYPE: &str = "InvalidParameter.InvalidSessionKindType";

/// 不支持的排序类型。
pub const INVALIDPARAMETER_INVALIDSORTBYTYPE: &str = "InvalidParameter.InvalidSortByType";

/// Invalid Sorting
pub const INVALIDPARAMETER_INVALIDSORTING: &str = "InvalidParameter.InvalidSorting";

/// SparkAppParam无效。
pub const INVALIDPARAMETER_INVALIDSPARKAPPPARAM: &str = "InvalidParameter.InvalidSparkAppParam";

/// 指定的Spark作业配置格式异常，请参考：spark.network.timeout=120s
pub const INVALIDPARAMETER_INVALIDSPARKCONFIGFORMAT: &str =
    "InvalidParameter.InvalidSparkConfigFormat";

/// SQL解析失败。
pub const INVALIDPARAMETER_INVALIDSQL: &str = "InvalidParameter.InvalidSQL";

/// 传入的 SQL 配置参数不合法
pub const INVALIDPARAMETER_INVALIDSQLCONFIG: &str = "InvalidParameter.InvalidSQLConfig";

/// 参数校验失败，请调整参数，或者提交工单联系我们
pub const INVALIDPARAMETER_INVALIDSQLCONFIGSQL: &str = "InvalidParameter.InvalidSQLConfigSQL";

/// 执行SQL数量错误，SQL数量要大于等于1个且小于等于50个
pub const INVALIDPARAMETER_INVALIDSQLNUM: &str = "InvalidParameter.InvalidSQLNum";

/// 单次获取SQL任务结果数量需大于0条，小于1000条
pub const INVALIDPARAMETER_INVALIDSQLTASKMAXRESULTS: &str =
    "InvalidParameter.InvalidSQLTaskMaxResults";

/// 当前Statement仅支持sql类型
pub const INVALIDPARAMETER_INVALIDSTATEMENTKINDTYPE: &str =
    "InvalidParameter.InvalidStatementKindType";

/// 存储位置错误。
pub const INVALIDPARAMETER_INVALIDSTORELOCATION: &str = "InvalidParameter.InvalidStoreLocation";

/// 表格式非法，当前仅支持: TextFile/CSV/Json/Parquet/ORC/AVRO
pub const INVALIDPARAMETER_INVALIDTABLEFORMAT: &str = "InvalidParameter.InvalidTableFormat";

/// 表格式设置错误，只能设置一种格式
pub const INVALIDPARAMETER_INVALIDTABLEFORMATSIZE: &str = "InvalidParameter.InvalidTableFormatSize";

/// 表路径设置错误，请检查并重新设置
pub const INVALIDPARAMETER_INVALIDTABLELOCATION: &str = "InvalidParameter.InvalidTableLocation";

/// 表名设置错误，表名长度必须小于等于128字节
pub const INVALIDPARAMETER_INVALIDTABLENAMELENGTH: &str = "InvalidParameter.InvalidTableNameLength";

/// 无效的taskid。
pub const INVALIDPARAMETER_INVALIDTASKID: &str = "InvalidParameter.InvalidTaskId";

/// 任务长度超限
pub const INVALIDPARAMETER_INVALIDTASKSFILTERLENGTH: &str =
    "InvalidParameter.InvalidTasksFilterLength";

/// 任务类型TaskType错误，Spark引擎任务类型为SparkSQLTask,Presto引擎任务类型为SQLTask
pub const INVALIDPARAMETER_INVALIDTASKTYPE: &str = "InvalidParameter.InvalidTaskType";

/// 指定的TCR Spark镜像格式不匹配，参考样例: my-image/ndf/python/latest
pub const INVALIDPARAMETER_INVALIDTCRSPARKIMAGEFORMAT: &str =
    "InvalidParameter.InvalidTcrSparkImageFormat";

/// 指定时间格式不合规，当前仅支持: YYYY-mm-dd HH:MM:SS
pub const INVALIDPARAMETER_INVALIDTIMEFORMAT: &str = "InvalidParameter.InvalidTimeFormat";

/// 日期参数异常，如结束时间早于开始时间
pub const INVALIDPARAMETER_INVALIDTIMEPARAMETER: &str = "InvalidParameter.InvalidTimeParameter";

/// 无效的计费时长。
pub const INVALIDPARAMETER_INVALIDTIMESPAN: &str = "InvalidParameter.InvalidTimeSpan";

/// 无效的计费时长单位。
pub const INVALIDPARAMETER_INVALIDTIMEUNIT: &str = "InvalidParameter.InvalidTimeUnit";

/// 无效用户名称。
pub const INVALIDPARAMETER_INVALIDUSERALIAS: &str = "InvalidParameter.InvalidUserAlias";

/// 无效的用户名。
pub const INVALIDPARAMETER_INVALIDUSERNAME: &str = "InvalidParameter.InvalidUserName";

/// 无效的用户类型。
pub const INVALIDPARAMETER_INVALIDUSERTYPE: &str = "InvalidParameter.InvalidUserType";

/// 获取白名单错误，请重试，或者提交工单联系我们
pub const INVALIDPARAMETER_INVALIDWHITELISTKEY: &str = "InvalidParameter.InvalidWhiteListKey";

/// 无效的工作组名。
pub const INVALIDPARAMETER_INVALIDWORKGROUPNAME: &str = "InvalidParameter.InvalidWorkGroupName";

/// 您当前仅允许查看100条结果数据，若需调整，请与我们联系
pub const INVALIDPARAMETER_MAXRESULTONLYSUPPORTHUNDRED: &str =
    "InvalidParameter.MaxResultOnlySupportHundred";

/// 提交的SQL数量范围限制为1~50
pub const INVALIDPARAMETER_NUMBEROFSQLEXCEEDSTHELIMIT: &str =
    "InvalidParameter.NumberOfSQLExceedsTheLimit";

/// 指定参数Base64解析失败
pub const INVALIDPARAMETER_PARAMETERBASE64DECODEFAILED: &str =
    "InvalidParameter.ParameterBase64DecodeFailed";

/// 传入参数不合法
pub const INVALIDPARAMETER_PARAMETERILLEGAL: &str = "InvalidParameter.ParameterIllegal";

/// 找不到参数或参数为空
pub const INVALIDPARAMETER_PARAMETERNOTFOUNDORBENONE: &str =
    "InvalidParameter.ParameterNotFoundOrBeNone";

/// 权限类型冲突。
pub const INVALIDPARAMETER_POLICYTYPECONFLICT: &str = "InvalidParameter.PolicyTypeConflict";

/// 参数错误：资源规格组不存在
pub const INVALIDPARAMETER_RESOURCESPECNOTFOUND: &str = "InvalidParameter.ResourceSpecNotFound";

/// 指定的Spark任务Filter.Key不匹配，当前仅支持: spark-app-type/user-name/spark-job-name/spark-job-id/key-word
pub const INVALIDPARAMETER_SPARKJOBFILTERSKEYTYPENOTMATH: &str =
    "InvalidParameter.SparkJobFiltersKeyTypeNotMath";

/// 指定的Spark任务IsInherit类型不匹配，当前仅支持: 0:继承, 1:不继承
pub const INVALIDPARAMETER_SPARKJOBISINHERITTYPENOTMATCH: &str =
    "InvalidParameter.SparkJobIsInheritTypeNotMatch";

/// 指定的Spark任务不存在
pub const INVALIDPARAMETER_SPARKJOBNOTFOUND: &str = "InvalidParameter.SparkJobNotFound";

/// 指定的Spark任务已存在
pub const INVALIDPARAMETER_SPARKJOBNOTUNIQUE: &str = "InvalidParameter.SparkJobNotUnique";

/// Spark任务仅支持使用Spark作业引擎运行
pub const INVALIDPARAMETER_SPARKJOBONLYSUPPORTSPARKBATCHENGINE: &str =
    "InvalidParameter.SparkJobOnlySupportSparkBatchEngine";

/// 指定的Spark任务RoleArn不存在
pub const INVALIDPARAMETER_SPARKJOBROLEARNNOTFOUND: &str =
    "InvalidParameter.SparkJobRoleArnNotFound";

/// 指定的Spark任务排序类型不匹配，当前仅支持create-time/update-time/user-name/data-engine-name
pub const INVALIDPARAMETER_SPARKJOBSORTBYTYPENOTMATCH: &str =
    "InvalidParameter.SparkJobSortByTypeNotMatch";

/// SQL脚本Base64解析失败
pub const INVALIDPARAMETER_SQLBASE64DECODEFAIL: &str = "InvalidParameter.SQLBase64DecodeFail";

/// SQL参数预处理失败
pub const INVALIDPARAMETER_SQLPARAMETERPREPROCESSINGFAILED: &str =
    "InvalidParameter.SQLParameterPreprocessingFailed";

/// 不支持的过滤类型或者参数不合法
pub const INVALIDPARAMETER_SQLTASKANALYSISFILTERSKEYTYPENOTMATH: &str =
    "InvalidParameter.SQLTaskAnalysisFiltersKeyTypeNotMath";

/// 指定的Filter.Key不匹配，当前仅支持: task-id/task-sql-keyword/task-kind/task-operator/batch-id/session-id/task-state
pub const INVALIDPARAMETER_SQLTASKFILTERSKEYTYPENOTMATH: &str =
    "InvalidParameter.SQLTaskFiltersKeyTypeNotMath";

/// 指定的SQL任务不存在
pub const INVALIDPARAMETER_SQLTASKNOTFOUND: &str = "InvalidParameter.SQLTaskNotFound";

/// SQL任务指定SortBy类型不匹配，当前仅支持: create-time/data-amount/used-time/resource-usage
pub const INVALIDPARAMETER_SQLTASKSORTBYTYPENOTMATCH: &str =
    "InvalidParameter.SQLTaskSortByTypeNotMatch";

/// 任务已经结束，不能取消。
pub const INVALIDPARAMETER_TASKALREADYFINISHED: &str = "InvalidParameter.TaskAlreadyFinished";

/// 超过最大查询范围，请缩小查询时间范围或增加过滤条件
pub const INVALIDPARAMETER_TASKLIMITEXCEEDEDCODE: &str = "InvalidParameter.TaskLimitExceededCode";

/// 筛选参数不匹配
pub const INVALIDPARAMETER_TASKLISTFILTERSKEYTYPENOTMATH: &str =
    "InvalidParameter.TaskListFiltersKeyTypeNotMath";

/// 过滤字段类型不匹配，当前仅支持： task-id/task-sql-keyword/task-kind/task-operator/batch-id/session-id/task-state/task-time-sum/stage-start-time/input-records-sum/output-records-sum/output-bytes-sum/output-files-num/output-small-files-num/shuffle-read-records-sum/shuffle-read-bytes-sum
pub const INVALIDPARAMETER_TASKLISTSORTBYTYPENOTMATCH: &str =
    "InvalidParameter.TaskListSortByTypeNotMatch";

/// 任务不存在。
pub const INVALIDPARAMETER_TASKNOTFOUND: &str = "InvalidParameter.TaskNotFound";

/// 指定的任务状态不匹配，当前仅支持: 0:初始化, 1:运行中, 2:成功, 3:数据写入中, 4:排队中, -1:失败, -3:删除
pub const INVALIDPARAMETER_TASKSTATETYPENOTMATH: &str = "InvalidParameter.TaskStateTypeNotMath";

/// Url格式错误。
pub const INVALIDPARAMETER_URLFORMATERROR: &str = "InvalidParameter.UrlFormatError";

/// Vpc cidr格式错误。
pub const INVALIDPARAMETER_VPCCIDRFORMATERROR: &str = "InvalidParameter.VpcCidrFormatError";

/// Vpc cidr重叠。
pub const INVALIDPARAMETER_VPCCIDROVERLAP: &str = "InvalidParameter.VpcCidrOverlap";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 默认队列不允许删除
pub const OPERATIONDENIED_DEFAULTQUEUEDELETEFORBIDDEN: &str =
    "OperationDenied.DefaultQueueDeleteForbidden";

/// 资源分区当前状态不允许该操作
pub const OPERATIONDENIED_PARTITIONNOTREADY: &str = "OperationDenied.PartitionNotReady";

/// 按量计费 partition 仅允许 default 队列，禁止创建额外队列
pub const OPERATIONDENIED_POSTPAYQUEUECREATEFORBIDDEN: &str =
    "OperationDenied.PostpayQueueCreateForbidden";

/// 服务未开通
pub const OPERATIONDENIED_SERVICENOTACTIVATED: &str = "OperationDenied.ServiceNotActivated";

/// 地域错误
pub const REGIONERROR: &str = "RegionError";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 指定的spark作业资源不足，请调整driver/executor规格
pub const RESOURCEINSUFFICIENT_SPARKJOBINSUFFICIENTRESOURCES: &str =
    "ResourceInsufficient.SparkJobInsufficientResources";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 同一分区下队列名称已存在
pub const RESOURCEINUSE_QUEUENAME: &str = "ResourceInUse.QueueName";

/// 有SQL任务尚未执行完成。
pub const RESOURCEINUSE_UNFINISHEDSQLS: &str = "ResourceInUse.UnfinishedSQLs";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 指定的交互式SQL任务不存在
pub const RESOURCENOTFOUND_BATCHSQLTASKNOTFOUND: &str = "ResourceNotFound.BatchSQLTaskNotFound";

/// 指定的交互式SQL任务不唯一
pub const RESOURCENOTFOUND_BATCHSQLTASKNOTUNIQUE: &str = "ResourceNotFound.BatchSQLTaskNotUnique";

/// 指定集群配置实例不存在
pub const RESOURCENOTFOUND_DATAENGINECONFIGINSTANCENOTFOUND: &str =
    "ResourceNotFound.DataEngineConfigInstanceNotFound";

/// 指定集群配置实例已存在
pub const RESOURCENOTFOUND_DATAENGINECONFIGINSTANCENOTUNIQUE: &str =
    "ResourceNotFound.DataEngineConfigInstanceNotUnique";

/// 指定集群未处于运行状态
pub const RESOURCENOTFOUND_DATAENGINENOTACTIVITY: &str = "ResourceNotFound.DataEngineNotActivity";

/// 指定的引擎不存在
pub const RESOURCENOTFOUND_DATAENGINENOTFOUND: &str = "ResourceNotFound.DataEngineNotFound";

/// 指定集群为非多版本类型，不支持该项操作
pub const RESOURCENOTFOUND_DATAENGINENOTMULTIVERSION: &str =
    "ResourceNotFound.DataEngineNotMultiVersion";

/// 指定的引擎未处于运行中
pub const RESOURCENOTFOUND_DATAENGINENOTRUNNING: &str = "ResourceNotFound.DataEngineNotRunning";

/// 指定的引擎已存在
pub const RESOURCENOTFOUND_DATAENGINENOTUNIQUE: &str = "ResourceNotFound.DataEngineNotUnique";

/// 指定集群为非Spark批作业类型，不支持该项操作
pub const RESOURCENOTFOUND_DATAENGINETYPEONLYSUPPORTBATCH: &str =
    "ResourceNotFound.DataEngineTypeOnlySupportBatch";

/// 数据源连接不存在，请重试，或者提交工单联系我们
pub const RESOURCENOTFOUND_DATASOURCENOTFOUND: &str = "ResourceNotFound.DatasourceNotFound";

/// 找不到默认引擎
pub const RESOURCENOTFOUND_DEFAULTDATAENGINENOTFOUND: &str =
    "ResourceNotFound.DefaultDataEngineNotFound";

/// Eks计算集群初始化或迁移中，请稍后再试。
pub const RESOURCENOTFOUND_EKSRESOURCENOTFOUND: &str = "ResourceNotFound.EksResourceNotFound";

/// 网关不存在
pub const RESOURCENOTFOUND_GATEWAYNOTFOUND: &str = "ResourceNotFound.GatewayNotFound";

/// 指定集群镜像Session配置不存在
pub const RESOURCENOTFOUND_IMAGESESSIONCONFIGNOTFOUND: &str =
    "ResourceNotFound.ImageSessionConfigNotFound";

/// 指定集群镜像Session配置已存在
pub const RESOURCENOTFOUND_IMAGESESSIONCONFIGNOTUNIQUE: &str =
    "ResourceNotFound.ImageSessionConfigNotUnique";

/// 指定集群镜像未激活
pub const RESOURCENOTFOUND_IMAGEVERSIONNOTACTIVITY: &str =
    "ResourceNotFound.ImageVersionNotActivity";

/// 指定集群镜像版本不存在
pub const RESOURCENOTFOUND_IMAGEVERSIONNOTFOUND: &str = "ResourceNotFound.ImageVersionNotFound";

/// 指定集群镜像版本已存在
pub const RESOURCENOTFOUND_IMAGEVERSIONNOTUNIQUE: &str = "ResourceNotFound.ImageVersionNotUnique";

/// 作业不存在。
pub const RESOURCENOTFOUND_JOB: &str = "ResourceNotFound.Job";

/// 该网络连接不存在
pub const RESOURCENOTFOUND_NETWORKCONNECTIONNOTFOUND: &str =
    "ResourceNotFound.NetworkConnectionNotFound";

/// 资源包Partition不存在
pub const RESOURCENOTFOUND_PARTITION: &str = "ResourceNotFound.Partition";

/// 资源组不存在
pub const RESOURCENOTFOUND_PARTITIONQUEUE: &str = "ResourceNotFound.PartitionQueue";

/// 资源队列不存在
pub const RESOURCENOTFOUND_QUEUE: &str = "ResourceNotFound.Queue";

/// 网关不存在
pub const RESOURCENOTFOUND_RESOURCENOTFOUNDCODE_GATEWAYNOTFOUND: &str =
    "ResourceNotFound.ResourceNotFoundCode_GatewayNotFound";

/// 指定任务资源超过集群剩余资源限制，请调整后重试
pub const RESOURCENOTFOUND_RESOURCEUSAGEOUTOFLIMIT: &str =
    "ResourceNotFound.ResourceUsageOutOfLimit";

/// 未找到结果路径。
pub const RESOURCENOTFOUND_RESULTOUTPUTPATHNOTFOUND: &str =
    "ResourceNotFound.ResultOutputPathNotFound";

/// 获取结果存储路径失败，请到控制台->数据探索页面设置
pub const RESOURCENOTFOUND_RESULTSAVEPATHNOTFOUND: &str = "ResourceNotFound.ResultSavePathNotFound";

/// 指定RoleArn不存在
pub const RESOURCENOTFOUND_ROLEARNRESOURCENOTFOUND: &str =
    "ResourceNotFound.RoleArnResourceNotFound";

/// 当前无资源创建session，请稍后重试或使用包年包月集群。
pub const RESOURCENOTFOUND_SESSIONINSUFFICIENTRESOURCES: &str =
    "ResourceNotFound.SessionInsufficientResources";

/// session不存在。
pub const RESOURCENOTFOUND_SESSIONNOTFOUND: &str = "ResourceNotFound.SessionNotFound";

/// session已消亡。
pub const RESOURCENOTFOUND_SESSIONSTATEDEAD: &str = "ResourceNotFound.SessionStateDead";

/// Session正在关闭，请确认任务是否已经取消
pub const RESOURCENOTFOUND_SESSIONSTATESHUTTINGDOWN: &str =
    "ResourceNotFound.SessionStateShuttingDown";

/// 找不到Spark Shuffle存储路径，请到控制台->数据探索页面->存储配置中设置
pub const RESOURCENOTFOUND_SHUFFLEDIRNOTFOUND: &str = "ResourceNotFound.ShuffleDirNotFound";

/// 任务资源不足，请调整driver或executor指定规格大小
pub const RESOURCENOTFOUND_SPARKJOBINSUFFICIENTRESOURCES: &str =
    "ResourceNotFound.SparkJobInsufficientResources";

/// 系统文件错误，请重试，或者提交工单联系我们
pub const RESOURCENOTFOUND_SYSTEMCONFIGNOTFOUND: &str = "ResourceNotFound.SystemConfigNotFound";

/// 表不存在，请重试，或者提交工单联系我们
pub const RESOURCENOTFOUND_TABLENOTFOUND: &str = "ResourceNotFound.TableNotFound";

/// 任务已经失败
pub const RESOURCENOTFOUND_TASKALREADYFAILED: &str = "ResourceNotFound.TaskAlreadyFailed";

/// 任务已经完成
pub const RESOURCENOTFOUND_TASKALREADYFINISHED: &str = "ResourceNotFound.TaskAlreadyFinished";

/// 任务详情查询，任务不存在。
pub const RESOURCENOTFOUND_TASKINFONOTFOUND: &str = "ResourceNotFound.TaskInfoNotFound";

/// 用户不存在
pub const RESOURCENOTFOUND_USERNOTEXIST: &str = "ResourceNotFound.UserNotExist";

/// 计算引擎不存在
pub const RESOURCENOTFOUND_WAREHOUSE: &str = "ResourceNotFound.Warehouse";

/// 找不到Warehouse存储路径，请到控制台->数据探索页面->存储配置中设置
pub const RESOURCENOTFOUND_WAREHOUSEDIRNOTFOUND: &str = "ResourceNotFound.WarehouseDirNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 无权限授权策略。
pub const RESOURCESSOLDOUT_UNAUTHORIZEDGRANTPOLICY: &str =
    "ResourcesSoldOut.UnauthorizedGrantPolicy";

/// 无权限操作。
pub const RESOURCESSOLDOUT_UNAUTHORIZEDOPERATION: &str = "ResourcesSoldOut.UnauthorizedOperation";

/// 无权限回收权限。
pub const RESOURCESSOLDOUT_UNAUTHORIZEDREVOKEPOLICY: &str =
    "ResourcesSoldOut.UnauthorizedRevokePolicy";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 账号余额不足，无法执行SQL任务。
pub const RESOURCEUNAVAILABLE_BALANCEINSUFFICIENT: &str = "ResourceUnavailable.BalanceInsufficient";

/// 网关不处于运行中
pub const RESOURCEUNAVAILABLE_GATEWAYNOTRUNNING: &str = "ResourceUnavailable.GatewayNotRunning";

/// 资源包partition不可用。
pub const RESOURCEUNAVAILABLE_PARTITION: &str = "ResourceUnavailable.Partition";

/// 网关未运行
pub const RESOURCEUNAVAILABLE_RESOURCEUNAVAILABLECODE_GATEWAYNOTRUNNING: &str =
    "ResourceUnavailable.ResourceUnavailableCode_GatewayNotRunning";

/// 计算引擎不可用
pub const RESOURCEUNAVAILABLE_WAREHOUSE: &str = "ResourceUnavailable.Warehouse";

/// 当前为白名单功能，请联系我们开通
pub const RESOURCEUNAVAILABLE_WHITELISTFUNCTION: &str = "ResourceUnavailable.WhiteListFunction";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 子用户不是管理员，无权将用户添加到工作组。
pub const UNAUTHORIZEDOPERATION_ADDUSERSTOWORKGROUP: &str =
    "UnauthorizedOperation.AddUsersToWorkgroup";

/// 子用户不是管理员，无权绑定工作组到用户。
pub const UNAUTHORIZEDOPERATION_BINDWORKGROUPSTOUSER: &str =
    "UnauthorizedOperation.BindWorkgroupsToUser";

/// 用户无权限创建管理员
pub const UNAUTHORIZEDOPERATION_CREATEADMINISTRATOR: &str =
    "UnauthorizedOperation.CreateAdministrator";

/// 子用户无权创建联邦查询数据源。
pub const UNAUTHORIZEDOPERATION_CREATECATALOG: &str = "UnauthorizedOperation.CreateCatalog";

/// 子用户不是管理员，无权创建工作组。
pub const UNAUTHORIZEDOPERATION_CREATEWORKGROUP: &str = "UnauthorizedOperation.CreateWorkgroup";

/// 子用户无权删除计算引擎。
pub const UNAUTHORIZEDOPERATION_DELETECOMPUTINGENGINE: &str =
    "UnauthorizedOperation.DeleteComputingEngine";

/// 子用户不是管理员，无权删除用户。
pub const UNAUTHORIZEDOPERATION_DELETEUSER: &str = "UnauthorizedOperation.DeleteUser";

/// 子用户不是管理员，无权将用户从工作组解绑。
pub const UNAUTHORIZEDOPERATION_DELETEUSERSFROMWORKGROUP: &str =
    "UnauthorizedOperation.DeleteUsersFromWorkgroup";

/// 子用户不是管理员，无权删除工作组。
pub const UNAUTHORIZEDOPERATION_DELETEWORKGROUP: &str = "UnauthorizedOperation.DeleteWorkgroup";

/// 子用户无权授予特定权限。
pub const UNAUTHORIZEDOPERATION_GRANTPOLICY: &str = "UnauthorizedOperation.GrantPolicy";

/// 子用户无权修改引擎配置。
pub const UNAUTHORIZEDOPERATION_MODIFYCOMPUTINGENGINE: &str =
    "UnauthorizedOperation.ModifyComputingEngine";

/// 子用户不是管理员，无权修改用户信息。
pub const UNAUTHORIZEDOPERATION_MODIFYUSERINFO: &str = "UnauthorizedOperation.ModifyUserInfo";

/// 子用户不是管理员，无权修改用户类型。
pub const UNAUTHORIZEDOPERATION_MODIFYUSERTYPE: &str = "UnauthorizedOperation.ModifyUserType";

/// 子用户不是管理员，无权修改工作组信息。
pub const UNAUTHORIZEDOPERATION_MODIFYWORKGROUPINFO: &str =
    "UnauthorizedOperation.ModifyWorkgroupInfo";

/// 子用户无权查看引擎监控。
pub const UNAUTHORIZEDOPERATION_MONITORCOMPUTINGENGINE: &str =
    "UnauthorizedOperation.MonitorComputingEngine";

/// 无引擎cam权限
pub const UNAUTHORIZEDOPERATION_NOENGINECAMPERMISSIONS: &str =
    "UnauthorizedOperation.NoEngineCamPermissions";

/// 没有支付权限。
pub const UNAUTHORIZEDOPERATION_NOPAYMENTAUTHORITY: &str =
    "UnauthorizedOperation.NoPaymentAuthority";

/// 子用户无权操作引擎。
pub const UNAUTHORIZEDOPERATION_OPERATECOMPUTINGENGINE: &str =
    "UnauthorizedOperation.OperateComputingEngine";

/// 无权限访问其他用户资源包
pub const UNAUTHORIZEDOPERATION_PARTITIONACCESSDENIED: &str =
    "UnauthorizedOperation.PartitionAccessDenied";

/// Prohibited operation admin
pub const UNAUTHORIZEDOPERATION_PROHIBITEDOPERATIONADMIN: &str =
    "UnauthorizedOperation.ProhibitedOperationAdmin";

/// 子用户无权续费计算引擎。
pub const UNAUTHORIZEDOPERATION_RENEWCOMPUTINGENGINE: &str =
    "UnauthorizedOperation.RenewComputingEngine";

/// 子用户无权取消特定权限。
pub const UNAUTHORIZEDOPERATION_REVOKEPOLICY: &str = "UnauthorizedOperation.RevokePolicy";

/// 用户没有操作权限
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATION: &str =
    "UnauthorizedOperation.UnauthorizedOperation";

/// 无引擎cam权限
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDOPERATIONCODE_NOENGINECAMPERMISSIONS: &str =
    "UnauthorizedOperation.UnauthorizedOperationCode_NoEngineCamPermissions";

/// 子用户不是管理员，无权将工作组和用户解绑。
pub const UNAUTHORIZEDOPERATION_UNBINDWORKGROUPSFROMUSER: &str =
    "UnauthorizedOperation.UnbindWorkgroupsFromUser";

/// 子用户无权使用计算引擎。
pub const UNAUTHORIZEDOPERATION_USECOMPUTINGENGINE: &str =
    "UnauthorizedOperation.UseComputingEngine";

/// 子用户不存在。
pub const UNAUTHORIZEDOPERATION_USERNOTEXIST: &str = "UnauthorizedOperation.UserNotExist";

/// Yunti user do not support this operation
pub const UNAUTHORIZEDOPERATION_YUNTIUSERUNSUPPORT: &str =
    "UnauthorizedOperation.YuntiUserUnSupport";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 无法修改主账号。
pub const UNSUPPORTEDOPERATION_MODIFYOWNERUNSUPPORTED: &str =
    "UnsupportedOperation.ModifyOwnerUnsupported";

/// 当前账号绑定的是独享（单租户）TCCatalog 实例，暂不支持提交 Spark 作业。
pub const UNSUPPORTEDOPERATION_SINGLETENANTTCCCATALOG: &str =
    "UnsupportedOperation.SingleTenantTccCatalog";

/// 不支持当前数据连接类型，当前仅支持: DataLakeCatalog/Mysql/HiveCos/HiveHdfs/HiveCHdfs/PostgreSql/SqlServer/ClickHouse
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDDATASOURCECONNECTIONTYPE: &str =
    "UnsupportedOperation.UnsupportedDatasourceConnectionType";

/// 不支持当前文件格式，当前仅支持: json/csv/avro/orc/parquet
pub const UNSUPPORTEDOPERATION_UNSUPPORTEDFILETYPE: &str =
    "UnsupportedOperation.UnsupportedFileType";
