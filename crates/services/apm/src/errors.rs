//! Error codes of `apm`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_apm::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// CAM鉴权失败
pub const AUTHFAILURE_ACCESSCAMFAIL: &str = "AuthFailure.AccessCAMFail";

/// AuthFailure.UnauthorizedOperation
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// CAM鉴权解析失败
pub const AUTHFAILURE_UNMARSHALRESPONSE: &str = "AuthFailure.UnmarshalResponse";

/// DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。
pub const DRYRUNOPERATION: &str = "DryRunOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 访问标签失败。
pub const FAILEDOPERATION_ACCESSTAGFAIL: &str = "FailedOperation.AccessTagFail";

/// 未检测到探针在线
pub const FAILEDOPERATION_AGENTNOTONLINEERROR: &str = "FailedOperation.AgentNotOnlineError";

/// 探针接口相关配置错误
pub const FAILEDOPERATION_AGENTOPERATIONCONFIGINVALID: &str =
    "FailedOperation.AgentOperationConfigInvalid";

/// 当前探针版本不支持此功能
pub const FAILEDOPERATION_AGENTVERSIONNOTSUPPORTERROR: &str =
    "FailedOperation.AgentVersionNotSupportError";

/// token信息不存在。
pub const FAILEDOPERATION_APMCREDENTIALNOTEXIST: &str = "FailedOperation.ApmCredentialNotExist";

/// AppID 和业务系统信息不匹配。
pub const FAILEDOPERATION_APPIDNOTMATCHINSTANCEINFO: &str =
    "FailedOperation.AppIdNotMatchInstanceInfo";

/// 关联关系修改请求有误
pub const FAILEDOPERATION_ASSOCIATIONMODIFYREQUESTNOTVALIDERROR: &str =
    "FailedOperation.AssociationModifyRequestNotValidError";

/// ckafka与旧关联信息不一致
pub const FAILEDOPERATION_CKAFKADIFFASSOCIATIONERROR: &str =
    "FailedOperation.CKafkaDiffAssociationError";

/// topic不能为空
pub const FAILEDOPERATION_CKAFKAEMPTYTOPICERROR: &str = "FailedOperation.CKafkaEmptyTopicError";

/// 获取路由失败
pub const FAILEDOPERATION_CKAFKAGETROUTEIDFAILEDERROR: &str =
    "FailedOperation.CKafkaGetRouteIDFailedError";

/// 获取路由超时
pub const FAILEDOPERATION_CKAFKAGETROUTETIMEOUTERROR: &str =
    "FailedOperation.CKafkaGetRouteTimeoutError";

/// CKafka实例不可用
pub const FAILEDOPERATION_CKAFKANOTAVAILABLEERROR: &str = "FailedOperation.CKafkaNotAvailableError";

/// 未命中白名单且业务系统 ID 为官方 Demo 业务系统 ID 时，不允许修改接口。
pub const FAILEDOPERATION_DEMOINSTANCENOTALLOWMODIFIED: &str =
    "FailedOperation.DemoInstanceNotAllowModified";

/// 请勿填写重复的应用名
pub const FAILEDOPERATION_DUPLICATESERVICE: &str = "FailedOperation.DuplicateService";

/// 请勿填写重复的标签名
pub const FAILEDOPERATION_DUPLICATETAGFIELD: &str = "FailedOperation.DuplicateTagField";

/// 拓扑图中心节点不存在。
pub const FAILEDOPERATION_FOCUSNODENOTFOUND: &str = "FailedOperation.FocusNodeNotFound";

/// 该业务系统不允许修改
pub const FAILEDOPERATION_INSTANCECANNOTMODIFY: &str = "FailedOperation.InstanceCannotModify";

/// 该业务系统不允许销毁
pub const FAILEDOPERATION_INSTANCECANNOTTERMINATE: &str = "FailedOperation.InstanceCannotTerminate";

/// 业务系统 ID 为空。
pub const FAILEDOPERATION_INSTANCEIDISEMPTY: &str = "FailedOperation.InstanceIdIsEmpty";

/// APM 业务系统不存在。
pub const FAILEDOPERATION_INSTANCENOTFOUND: &str = "FailedOperation.InstanceNotFound";

/// 非法业务系统 ID。
pub const FAILEDOPERATION_INVALIDINSTANCEID: &str = "FailedOperation.InvalidInstanceID";

/// 不合法的接口匹配类型
pub const FAILEDOPERATION_INVALIDOPERATIONTYPE: &str = "FailedOperation.InvalidOperationType";

/// 不合法入参
pub const FAILEDOPERATION_INVALIDPARAM: &str = "FailedOperation.InvalidParam";

/// 查询起始时间应小于当前时间。
pub const FAILEDOPERATION_INVALIDQUERYTIMEINTERVAL: &str =
    "FailedOperation.InvalidQueryTimeInterval";

/// 非法的正则表达式。
pub const FAILEDOPERATION_INVALIDREGEX: &str = "FailedOperation.InvalidRegex";

/// 不合法请求
pub const FAILEDOPERATION_INVALIDREQUEST: &str = "FailedOperation.InvalidRequest";

/// 业务系统和应用名不匹配。
pub const FAILEDOPERATION_INVALIDSERVICENAME: &str = "FailedOperation.InvalidServiceName";

/// Tag中指定了无效的Key
pub const FAILEDOPERATION_INVALIDTAGFIELD: &str = "FailedOperation.InvalidTagField";

/// 不合法token
pub const FAILEDOPERATION_INVALIDTOKEN: &str = "FailedOperation.InvalidToken";

/// 查询结果为空。
pub const FAILEDOPERATION_ITEMNOTFOUND: &str = "FailedOperation.ItemNotFound";

/// 查询指标类数据查询条件缺少过滤参数。
pub const FAILEDOPERATION_METRICFILTERSLACKPARAMS: &str = "FailedOperation.MetricFiltersLackParams";

/// 非内网 VPC。
pub const FAILEDOPERATION_NOTINNERVPC: &str = "FailedOperation.NotInnerVPC";

/// 接口名不能为空
pub const FAILEDOPERATION_OPERATIONNAMEISEMPTY: &str = "FailedOperation.OperationNameIsEmpty";

/// 操作不允许
pub const FAILEDOPERATION_OPERATIONNOTALLOWED: &str = "FailedOperation.OperationNotAllowed";

/// 关联产品ID不可用
pub const FAILEDOPERATION_PEERIDNOTAVAILABLE: &str = "FailedOperation.PeerIdNotAvailable";

/// 关联的产品名称不可用或暂不支持
pub const FAILEDOPERATION_PRODUCTNAMENOTAVAILABLE: &str = "FailedOperation.ProductNameNotAvailable";

/// 该Prometheus实例状态不可用
pub const FAILEDOPERATION_PROMINSTANCENOTAVAILABLEERROR: &str =
    "FailedOperation.PromInstanceNotAvailableError";

/// Prometheus指标匹配规则冲突，有相同的指标匹配规则
pub const FAILEDOPERATION_PROMRULECONFLICT: &str = "FailedOperation.PromRuleConflict";

/// Prometheus指标匹配规则为空
pub const FAILEDOPERATION_PROMRULEISEMPTYERR: &str = "FailedOperation.PromRuleIsEmptyErr";

/// Prometheus指标匹配规则名已存在
pub const FAILEDOPERATION_PROMRULENAMECONFLICT: &str = "FailedOperation.PromRuleNameConflict";

/// Prometheus指标匹配规则请求有误
pub const FAILEDOPERATION_PROMRULEREQUESTNOTVALIDERROR: &str =
    "FailedOperation.PromRuleRequestNotValidError";

/// 查询起始时间应小于终止时间。
pub const FAILEDOPERATION_QUERYTIMEINTERVALCONFLICT: &str =
    "FailedOperation.QueryTimeIntervalConflict";

/// 查询时间区间不支持。
pub const FAILEDOPERATION_QUERYTIMEINTERVALISNOTSUPPORTED: &str =
    "FailedOperation.QueryTimeIntervalIsNotSupported";

/// 当前查询trace不存在。
pub const FAILEDOPERATION_QUERYTRACEISEMPTY: &str = "FailedOperation.QueryTraceIsEmpty";

/// 不支持该地域。
pub const FAILEDOPERATION_REGIONNOTSUPPORT: &str = "FailedOperation.RegionNotSupport";

/// 路由不可用
pub const FAILEDOPERATION_ROUTENOTAVAILABLEERROR: &str = "FailedOperation.RouteNotAvailableError";

/// 该实例下采样名重复。
pub const FAILEDOPERATION_SAMPLENAMECONFLICT: &str = "FailedOperation.SampleNameConflict";

/// 没有该采样规则。
pub const FAILEDOPERATION_SAMPLENOTFOUND: &str = "FailedOperation.SampleNotFound";

/// 采样规则冲突。
pub const FAILEDOPERATION_SAMPLERULECONFLICT: &str = "FailedOperation.SampleRuleConflict";

/// 发送查询请求失败。
pub const FAILEDOPERATION_SENDREQUEST: &str = "FailedOperation.SendRequest";

/// 应用数超过10个
pub const FAILEDOPERATION_SERVICELISTEXCEEDINGLIMITNUMBER: &str =
    "FailedOperation.ServiceListExceedingLimitNumber";

/// 应用列表为空
pub const FAILEDOPERATION_SERVICELISTNULL: &str = "FailedOperation.ServiceListNull";

/// 没有找到应用资源
pub const FAILEDOPERATION_SERVICENOTFOUND: &str = "FailedOperation.ServiceNotFound";

/// serviceId 与 appId 不匹配
pub const FAILEDOPERATION_SERVICENOTMATCHAPPIDERR: &str = "FailedOperation.ServiceNotMatchAppIdErr";

/// 当前trace生成时间较短，可能会存在链路不全的情况。
pub const FAILEDOPERATION_SHORTQUERYTIME: &str = "FailedOperation.ShortQueryTime";

/// 超时。
pub const FAILEDOPERATION_TIMEOUT: &str = "FailedOperation.Timeout";

/// topic不可用
pub const FAILEDOPERATION_TOPICNOTAVAILABLEERROR: &str = "FailedOperation.TopicNotAvailableError";

/// 视图名不存在或非法。
pub const FAILEDOPERATION_VIEWNAMENOTEXISTORILLEGAL: &str =
    "FailedOperation.ViewNameNotExistOrIllegal";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// Filters 中的字段不存在或非法。
pub const INVALIDPARAMETER_FILTERSFIELDSNOTEXISTORILLEGAL: &str =
    "InvalidParameter.FiltersFieldsNotExistOrIllegal";

/// GroupBy 中的字段不存在或非法。
pub const INVALIDPARAMETER_GROUPBYFIELDSNOTEXISTORILLEGAL: &str =
    "InvalidParameter.GroupByFieldsNotExistOrIllegal";

/// Filters 中必须存在 service.name 字段，否则会报错。
pub const INVALIDPARAMETER_METRICFILTERSLACKPARAMS: &str =
    "InvalidParameter.MetricFiltersLackParams";

/// Metrics 中的字段不存在或非法。
pub const INVALIDPARAMETER_METRICSFIELDNOTEXISTORILLEGAL: &str =
    "InvalidParameter.MetricsFieldNotExistOrIllegal";

/// Metrics 中不允许为空。
pub const INVALIDPARAMETER_METRICSFIELDSNOTALLOWEMPTY: &str =
    "InvalidParameter.MetricsFieldsNotAllowEmpty";

/// Period不为空，0或60。
pub const INVALIDPARAMETER_PERIODISILLEGAL: &str = "InvalidParameter.PeriodIsIllegal";

/// 查询时间不支持，最多只能查询最近30天的数据。
pub const INVALIDPARAMETER_QUERYTIMEINTERVALISNOTSUPPORTED: &str =
    "InvalidParameter.QueryTimeIntervalIsNotSupported";

/// 视图名称不存在或非法。
pub const INVALIDPARAMETER_VIEWNAMENOTEXISTORILLEGAL: &str =
    "InvalidParameter.ViewNameNotExistOrIllegal";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";
