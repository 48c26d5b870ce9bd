//! Error codes of `tdmq`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tdmq::errors::AUTHFAILURE_UNAUTHORIZEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM鉴权不通过。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 调用交易服务发生异常。
pub const FAILEDOPERATION_CALLTRADE: &str = "FailedOperation.CallTrade";

/// 第三方云服务异常，请稍后重试
pub const FAILEDOPERATION_CLOUDSERVICE: &str = "FailedOperation.CloudService";

/// CMQ 后台服务错误。
pub const FAILEDOPERATION_CMQBACKENDERROR: &str = "FailedOperation.CmqBackendError";

/// 创建集群失败。
pub const FAILEDOPERATION_CREATECLUSTER: &str = "FailedOperation.CreateCluster";

/// 环境创建失败。
pub const FAILEDOPERATION_CREATEENVIRONMENT: &str = "FailedOperation.CreateEnvironment";

/// 创建环境角色失败。
pub const FAILEDOPERATION_CREATEENVIRONMENTROLE: &str = "FailedOperation.CreateEnvironmentRole";

/// 创建命名空间失败。
pub const FAILEDOPERATION_CREATENAMESPACE: &str = "FailedOperation.CreateNamespace";

/// 当前地域不支持 sdk 创建
pub const FAILEDOPERATION_CREATEPROCLUSTERREGIONNOTEXIST: &str =
    "FailedOperation.CreateProClusterRegionNotExist";

/// 创建producer出错。
pub const FAILEDOPERATION_CREATEPRODUCERERROR: &str = "FailedOperation.CreateProducerError";

/// 创建TDMQ client的出错。
pub const FAILEDOPERATION_CREATEPULSARCLIENTERROR: &str = "FailedOperation.CreatePulsarClientError";

/// 角色创建失败。
pub const FAILEDOPERATION_CREATEROLE: &str = "FailedOperation.CreateRole";

/// 创建密钥失败。
pub const FAILEDOPERATION_CREATESECRETKEY: &str = "FailedOperation.CreateSecretKey";

/// 创建订阅关系失败。
pub const FAILEDOPERATION_CREATESUBSCRIPTION: &str = "FailedOperation.CreateSubscription";

/// 主题创建失败。
pub const FAILEDOPERATION_CREATETOPIC: &str = "FailedOperation.CreateTopic";

/// 删除集群失败。
pub const FAILEDOPERATION_DELETECLUSTER: &str = "FailedOperation.DeleteCluster";

/// 群集删除保护已打开，删除群集失败。
pub const FAILEDOPERATION_DELETECLUSTERPROTECTION: &str = "FailedOperation.DeleteClusterProtection";

/// 删除环境角色失败。
pub const FAILEDOPERATION_DELETEENVIRONMENTROLES: &str = "FailedOperation.DeleteEnvironmentRoles";

/// 环境删除失败。
pub const FAILEDOPERATION_DELETEENVIRONMENTS: &str = "FailedOperation.DeleteEnvironments";

/// 删除命名空间失败。
pub const FAILEDOPERATION_DELETENAMESPACE: &str = "FailedOperation.DeleteNamespace";

/// 角色删除失败。
pub const FAILEDOPERATION_DELETEROLES: &str = "FailedOperation.DeleteRoles";

/// 删除订阅关系失败。
pub const FAILEDOPERATION_DELETESUBSCRIPTIONS: &str = "FailedOperation.DeleteSubscriptions";

/// 主题删除失败。
pub const FAILEDOPERATION_DELETETOPICS: &str = "FailedOperation.DeleteTopics";

/// 查询订阅数据失败。
pub const FAILEDOPERATION_DESCRIBESUBSCRIPTION: &str = "FailedOperation.DescribeSubscription";

/// 参数异常，下单失败
pub const FAILEDOPERATION_GENERATEDEALSANDPAYERROR: &str =
    "FailedOperation.GenerateDealsAndPayError";

/// 获取环境属性失败。
pub const FAILEDOPERATION_GETENVIRONMENTATTRIBUTESFAILED: &str =
    "FailedOperation.GetEnvironmentAttributesFailed";

/// 获取 Tag 失败
pub const FAILEDOPERATION_GETTAGS: &str = "FailedOperation.GetTags";

/// 获取主题分区数失败。
pub const FAILEDOPERATION_GETTOPICPARTITIONSFAILED: &str =
    "FailedOperation.GetTopicPartitionsFailed";

/// 实例已开启删除保护功能，如需进行删除操作，请关闭删除保护。
pub const FAILEDOPERATION_INSTANCECANNOTDELETE: &str = "FailedOperation.InstanceCanNotDelete";

/// 实例尚未就绪，请稍后再试。
pub const FAILEDOPERATION_INSTANCENOTREADY: &str = "FailedOperation.InstanceNotReady";

/// 存量公网禁止修改
pub const FAILEDOPERATION_INVALIDEXISTPUBLICACCESSPOINTERROR: &str =
    "FailedOperation.InvalidExistPublicAccessPointError";

/// 白名单列表不合法，格式错误或者数量超限
pub const FAILEDOPERATION_INVALIDWHITELISTERROR: &str = "FailedOperation.InvalidWhiteListError";

/// 当前集群不支持设置该参数
pub const FAILEDOPERATION_ISOLATECONSUMERENABLE: &str = "FailedOperation.IsolateConsumerEnable";

/// 最大消息超过1MB。
pub const FAILEDOPERATION_MAXMESSAGESIZEERROR: &str = "FailedOperation.MaxMessageSizeError";

/// 上传的msgID错误。
pub const FAILEDOPERATION_MESSAGEIDERROR: &str = "FailedOperation.MessageIDError";

/// 修改集群失败
pub const FAILEDOPERATION_MODIFYCLUSTER: &str = "FailedOperation.ModifyCluster";

/// 必须先清除关联命名空间才能继续操作。
pub const FAILEDOPERATION_NAMESPACEINUSE: &str = "FailedOperation.NamespaceInUse";

/// 删除资源不存在
pub const FAILEDOPERATION_ONLINEREFUNDRESOURCENOTEXIT: &str =
    "FailedOperation.OnlineRefundResourceNotExit";

/// 任务进行中，请稍后重试
pub const FAILEDOPERATION_OPERATELATER: &str = "FailedOperation.OperateLater";

/// 产品信息不存在
pub const FAILEDOPERATION_PRODUCTNOTEXIST: &str = "FailedOperation.ProductNotExist";

/// PulsarAdminClient错误。
pub const FAILEDOPERATION_PULSARADMINERROR: &str = "FailedOperation.PulsarAdminError";

/// 接收消息出错。
pub const FAILEDOPERATION_RECEIVEERROR: &str = "FailedOperation.ReceiveError";

/// 接收消息超时，请重试。
pub const FAILEDOPERATION_RECEIVETIMEOUT: &str = "FailedOperation.ReceiveTimeout";

/// 跨地域复制校验不通过
pub const FAILEDOPERATION_REPLICATIONDESTCHECKFAILEDERROR: &str =
    "FailedOperation.ReplicationDestCheckFailedError";

/// 跨地域复制检验不通过
pub const FAILEDOPERATION_REPLICATIONSOURCECHECKFAILEDERROR: &str =
    "FailedOperation.ReplicationSourceCheckFailedError";

/// 消息回溯设置失败。
pub const FAILEDOPERATION_RESETMSGSUBOFFSETBYTIMESTAMPFAILED: &str =
    "FailedOperation.ResetMsgSubOffsetByTimestampFailed";

/// 必须先清除关联角色数据才能继续操作。
pub const FAILEDOPERATION_ROLEINUSE: &str = "FailedOperation.RoleInUse";

/// 角色权限不足。
pub const FAILEDOPERATION_ROLENOSYNCPERMISSION: &str = "FailedOperation.RoleNoSyncPermission";

/// 操作复制任务失败
pub const FAILEDOPERATION_ROUTERRULE: &str = "FailedOperation.RouterRule";

/// 保存密钥失败。
pub const FAILEDOPERATION_SAVESECRETKEY: &str = "FailedOperation.SaveSecretKey";

/// 消息发送超时。
pub const FAILEDOPERATION_SENDMESSAGETIMEOUTERROR: &str = "FailedOperation.SendMessageTimeoutError";

/// 发送消息失败
pub const FAILEDOPERATION_SENDMSG: &str = "FailedOperation.SendMsg";

/// 发送消息失败。
pub const FAILEDOPERATION_SENDMSGFAILED: &str = "FailedOperation.SendMsgFailed";

/// 设置消息保留策略失败。
pub const FAILEDOPERATION_SETRETENTIONPOLICY: &str = "FailedOperation.SetRetentionPolicy";

/// 设置消息TTL失败。
pub const FAILEDOPERATION_SETTTL: &str = "FailedOperation.SetTTL";

/// 存储规格选择错误，请选择正确存储规格
pub const FAILEDOPERATION_STORAGESIZEERROR: &str = "FailedOperation.StorageSizeError";

/// 必须先清除关联主题数据才能继续操作。
pub const FAILEDOPERATION_TOPICINUSE: &str = "FailedOperation.TopicInUse";

/// 请使用partition topic。
pub const FAILEDOPERATION_TOPICTYPEERROR: &str = "FailedOperation.TopicTypeError";

/// 环境更新失败。
pub const FAILEDOPERATION_UPDATEENVIRONMENT: &str = "FailedOperation.UpdateEnvironment";

/// 更新环境角色失败。
pub const FAILEDOPERATION_UPDATEENVIRONMENTROLE: &str = "FailedOperation.UpdateEnvironmentRole";

/// 角色更新失败。
pub const FAILEDOPERATION_UPDATEROLE: &str = "FailedOperation.UpdateRole";

/// 主题更新失败。
pub const FAILEDOPERATION_UPDATETOPIC: &str = "FailedOperation.UpdateTopic";

/// 必须先清除关联VPC路由数据才能继续操作。
pub const FAILEDOPERATION_VPCINUSE: &str = "FailedOperation.VpcInUse";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// Broker服务异常。
pub const INTERNALERROR_BROKERSERVICE: &str = "InternalError.BrokerService";

/// 操作失败。
pub const INTERNALERROR_FAILEDOPERATION: &str = "InternalError.FailedOperation";

/// 获取属性失败。
pub const INTERNALERROR_GETATTRIBUTESFAILED: &str = "InternalError.GetAttributesFailed";

/// 内部错误。
pub const INTERNALERROR_ILLEGALMESSAGE: &str = "InternalError.IllegalMessage";

/// 重试可以成功。
pub const INTERNALERROR_RETRY: &str = "InternalError.Retry";

/// 系统错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// AckTime参数错误
pub const INVALIDPARAMETERVALUE_ACKTIME: &str = "InvalidParameterValue.AckTime";

/// 至少需要提供一个参数。
pub const INVALIDPARAMETERVALUE_ATLEASTONE: &str = "InvalidParameterValue.AtLeastOne";

/// 与现有集群名称重复。
pub const INVALIDPARAMETERVALUE_CLUSTERNAMEDUPLICATION: &str =
    "InvalidParameterValue.ClusterNameDuplication";

/// 参数值不在允许范围内。
pub const INVALIDPARAMETERVALUE_INVALIDPARAMS: &str = "InvalidParameterValue.InvalidParams";

/// 必要参数没有传递。
pub const INVALIDPARAMETERVALUE_NEEDMOREPARAMS: &str = "InvalidParameterValue.NeedMoreParams";

/// 上传的topic name错误。
pub const INVALIDPARAMETERVALUE_TOPICNOTFOUND: &str = "InvalidParameterValue.TopicNotFound";

/// 无效的消息TTL值。
pub const INVALIDPARAMETERVALUE_TTL: &str = "InvalidParameterValue.TTL";

/// InvalidParameter.ClusterSpec
pub const INVALIDPARAMETER_CLUSTERSPEC: &str = "InvalidParameter.ClusterSpec";

/// 集群版本信息不对
pub const INVALIDPARAMETER_INSTANCEVERSION: &str = "InvalidParameter.InstanceVersion";

/// 无效的管理端接口地址。
pub const INVALIDPARAMETER_INVALIDADMINURL: &str = "InvalidParameter.InvalidAdminUrl";

/// 错误的分区数。
pub const INVALIDPARAMETER_PARTITION: &str = "InvalidParameter.Partition";

/// InvalidParameter.StorageSize
pub const INVALIDPARAMETER_STORAGESIZE: &str = "InvalidParameter.StorageSize";

/// 上传的 tenant name 错误。
pub const INVALIDPARAMETER_TENANTNOTFOUND: &str = "InvalidParameter.TenantNotFound";

/// 没有获取到正确的 token。
pub const INVALIDPARAMETER_TOKENNOTFOUND: &str = "InvalidParameter.TokenNotFound";

/// 无效的 vpc 信息或者子网信息
pub const INVALIDPARAMETER_VPC: &str = "InvalidParameter.Vpc";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 实例下集群数量超过限制。
pub const LIMITEXCEEDED_CLUSTERS: &str = "LimitExceeded.Clusters";

/// 实例下环境数量超过限制。
pub const LIMITEXCEEDED_ENVIRONMENTS: &str = "LimitExceeded.Environments";

/// 消息轨迹查询时间周期太长
pub const LIMITEXCEEDED_MSGTIME: &str = "LimitExceeded.MsgTime";

/// 实例下命名空间数量超过限额。
pub const LIMITEXCEEDED_NAMESPACES: &str = "LimitExceeded.Namespaces";

/// 超过剩余额度，请重新调整。
pub const LIMITEXCEEDED_RETENTIONSIZE: &str = "LimitExceeded.RetentionSize";

/// 超过保留时间限制，请重新调整。
pub const LIMITEXCEEDED_RETENTIONTIME: &str = "LimitExceeded.RetentionTime";

/// 实例下订阅者数量超过限制。
pub const LIMITEXCEEDED_SUBSCRIPTIONS: &str = "LimitExceeded.Subscriptions";

/// 实例下主题数量超过限制。
pub const LIMITEXCEEDED_TOPICS: &str = "LimitExceeded.Topics";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 必要参数没有传递。
pub const MISSINGPARAMETER_NEEDMOREPARAMS: &str = "MissingParameter.NeedMoreParams";

/// 标签信息缺失
pub const MISSINGPARAMETER_TAG: &str = "MissingParameter.Tag";

/// 订阅仍在消费中。
pub const OPERATIONDENIED_CONSUMERRUNNING: &str = "OperationDenied.ConsumerRunning";

/// 默认环境不允许操作。
pub const OPERATIONDENIED_DEFAULTENVIRONMENT: &str = "OperationDenied.DefaultEnvironment";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 环境角色已存在。
pub const RESOURCEINUSE_ENVIRONMENTROLE: &str = "ResourceInUse.EnvironmentRole";

/// 重名，命名空间已存在。
pub const RESOURCEINUSE_NAMESPACE: &str = "ResourceInUse.Namespace";

/// 队列已存在。
pub const RESOURCEINUSE_QUEUE: &str = "ResourceInUse.Queue";

/// 角色已存在。
pub const RESOURCEINUSE_ROLE: &str = "ResourceInUse.Role";

/// 重名，订阅关系已存在。
pub const RESOURCEINUSE_SUBSCRIPTION: &str = "ResourceInUse.Subscription";

/// 重名，主题已存在。
pub const RESOURCEINUSE_TOPIC: &str = "ResourceInUse.Topic";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 服务的集群不存在。
pub const RESOURCENOTFOUND_BROKERCLUSTER: &str = "ResourceNotFound.BrokerCluster";

/// 集群不存在。
pub const RESOURCENOTFOUND_CLUSTER: &str = "ResourceNotFound.Cluster";

/// 链路不存在
pub const RESOURCENOTFOUND_DISASTERREPLICATELINK: &str = "ResourceNotFound.DisasterReplicateLink";

/// 环境不存在。
pub const RESOURCENOTFOUND_ENVIRONMENT: &str = "ResourceNotFound.Environment";

/// 环境角色不存在。
pub const RESOURCENOTFOUND_ENVIRONMENTROLE: &str = "ResourceNotFound.EnvironmentRole";

/// 实例不存在。
pub const RESOURCENOTFOUND_INSTANCE: &str = "ResourceNotFound.Instance";

/// 迁移任务不存在。
pub const RESOURCENOTFOUND_MIGRATIONTASK: &str = "ResourceNotFound.MigrationTask";

/// 找不到指定消息。
pub const RESOURCENOTFOUND_MSG: &str = "ResourceNotFound.Msg";

/// 消息生产日志不存在。
pub const RESOURCENOTFOUND_MSGPRODUCELOG: &str = "ResourceNotFound.MsgProduceLog";

/// 命名空间不存在。
pub const RESOURCENOTFOUND_NAMESPACE: &str = "ResourceNotFound.Namespace";

/// 命名空间不存在。
pub const RESOURCENOTFOUND_NAMSPACE: &str = "ResourceNotFound.Namspace";

/// 角色不存在。
pub const RESOURCENOTFOUND_ROLE: &str = "ResourceNotFound.Role";

/// 订阅关系不存在。
pub const RESOURCENOTFOUND_SUBSCRIPTION: &str = "ResourceNotFound.Subscription";

/// 主题不存在。
pub const RESOURCENOTFOUND_TOPIC: &str = "ResourceNotFound.Topic";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 发货异常。
pub const RESOURCEUNAVAILABLE_CREATEFAILED: &str = "ResourceUnavailable.CreateFailed";

/// 需要充值才可继续操作。
pub const RESOURCEUNAVAILABLE_FUNDREQUIRED: &str = "ResourceUnavailable.FundRequired";

/// 系统升级。
pub const RESOURCEUNAVAILABLE_SYSTEMUPGRADE: &str = "ResourceUnavailable.SystemUpgrade";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 延迟消息策略未知入参
pub const UNKNOWNPARAMETER_DELAYMESSAGEPOLICY: &str = "UnknownParameter.DelayMessagePolicy";

/// Policy 参数错误
pub const UNKNOWNPARAMETER_POLICY: &str = "UnknownParameter.Policy";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// UnsupportedOperation.ElasticTps
pub const UNSUPPORTEDOPERATION_ELASTICTPS: &str = "UnsupportedOperation.ElasticTps";

/// 该实例不支持降配操作。
pub const UNSUPPORTEDOPERATION_INSTANCEDOWNGRADE: &str = "UnsupportedOperation.InstanceDowngrade";

/// UnsupportedOperation.StandardTierSpecTypeChange
pub const UNSUPPORTEDOPERATION_STANDARDTIERSPECTYPECHANGE: &str =
    "UnsupportedOperation.StandardTierSpecTypeChange";

/// 不支持设置主题延迟消息策略操作
pub const UNSUPPORTEDOPERATION_TOPICDELAYMESSAGE: &str = "UnsupportedOperation.TopicDelayMessage";

/// 当前集群不支持Unack 操作
pub const UNSUPPORTEDOPERATION_TOPICUNACK: &str = "UnsupportedOperation.TopicUnack";
