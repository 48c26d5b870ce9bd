//! Error codes of `igtm`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_igtm::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 地址池中地址数量超出限额
pub const FAILEDOPERATION_ADDREXCEEDEDLIMIT: &str = "FailedOperation.AddrExceededLimit";

/// 自动续费设置失败
pub const FAILEDOPERATION_AUTORENEWFAILED: &str = "FailedOperation.AutoRenewFailed";

/// 必须存在一条默认解析线路。
pub const FAILEDOPERATION_CANNOTDELETEDEFAULTLINEERROR: &str =
    "FailedOperation.CanNotDeleteDefaultLineError";

/// 创建失败。
pub const FAILEDOPERATION_CREATEERROR: &str = "FailedOperation.CreateError";

/// 创建实例失败
pub const FAILEDOPERATION_CREATEINSTANCEFAILED: &str = "FailedOperation.CreateInstanceFailed";

/// 创建监控器失败
pub const FAILEDOPERATION_CREATEMONITORFAILED: &str = "FailedOperation.CreateMonitorFailed";

/// 创建地址池失败
pub const FAILEDOPERATION_CREATEPOOLFAILED: &str = "FailedOperation.CreatePoolFailed";

/// 创建策略失败
pub const FAILEDOPERATION_CREATESTRATEGYFAILED: &str = "FailedOperation.CreateStrategyFailed";

/// 下单与支付失败
pub const FAILEDOPERATION_DEALANDPAYFAILED: &str = "FailedOperation.DealAndPayFailed";

/// 操作删除失败。
pub const FAILEDOPERATION_DELETEERROR: &str = "FailedOperation.DeleteError";

/// 删除监控器失败
pub const FAILEDOPERATION_DELETEMONITORFAILED: &str = "FailedOperation.DeleteMonitorFailed";

/// 删除地址池失败
pub const FAILEDOPERATION_DELETEPOOLFAILED: &str = "FailedOperation.DeletePoolFailed";

/// 删除策略失败
pub const FAILEDOPERATION_DELETESTRATEGYFAILED: &str = "FailedOperation.DeleteStrategyFailed";

/// 超出限额。
pub const FAILEDOPERATION_EXCEEDEDLIMIT: &str = "FailedOperation.ExceededLimit";

/// 探点数配额不足。
pub const FAILEDOPERATION_EXCEEDEDMONITORNUMLIMIT: &str = "FailedOperation.ExceededMonitorNumLimit";

/// 修改错误。
pub const FAILEDOPERATION_MODIFYERROR: &str = "FailedOperation.ModifyError";

/// 修改实例失败
pub const FAILEDOPERATION_MODIFYINSTANCEFAILED: &str = "FailedOperation.ModifyInstanceFailed";

/// 修改监控器失败
pub const FAILEDOPERATION_MODIFYMONITORFAILED: &str = "FailedOperation.ModifyMonitorFailed";

/// 修改地址池失败
pub const FAILEDOPERATION_MODIFYPOOLFAILED: &str = "FailedOperation.ModifyPoolFailed";

/// 修改策略失败
pub const FAILEDOPERATION_MODIFYSTRATEGYFAILED: &str = "FailedOperation.ModifyStrategyFailed";

/// 地址池数量超出限额
pub const FAILEDOPERATION_POOLEXCEEDEDLIMIT: &str = "FailedOperation.PoolExceededLimit";

/// 地址池正在使用。
pub const FAILEDOPERATION_POOLWASUSINGERROR: &str = "FailedOperation.PoolWasUsingError";

/// 查询失败
pub const FAILEDOPERATION_QUERYERR: &str = "FailedOperation.QueryErr";

/// 探测任务数量超出限额
pub const FAILEDOPERATION_TASKEXCEEDEDLIMIT: &str = "FailedOperation.TaskExceededLimit";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 数据库读写错误。
pub const INTERNALERROR_DBERR: &str = "InternalError.DbErr";

/// 参数格式错误
pub const INTERNALERROR_PARAMETERERROR: &str = "InternalError.ParameterError";

/// 错误未定义
pub const INTERNALERROR_UNDEFINEDERROR: &str = "InternalError.UndefinedError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 是否启用类型不合法
pub const INVALIDPARAMETERVALUE_ISENABLEDINVALID: &str = "InvalidParameterValue.IsEnabledInvalid";

/// 地址池地址重复
pub const INVALIDPARAMETERVALUE_POOLADDRDUPLICATED: &str =
    "InvalidParameterValue.PoolAddrDuplicated";

/// 地址池地址不能为空
pub const INVALIDPARAMETERVALUE_POOLADDREMPTY: &str = "InvalidParameterValue.PoolAddrEmpty";

/// 地址池地址非法
pub const INVALIDPARAMETERVALUE_POOLADDRINVALID: &str = "InvalidParameterValue.PoolAddrInvalid";

/// 地址池地址不能混用
pub const INVALIDPARAMETERVALUE_POOLADDRMIXED: &str = "InvalidParameterValue.PoolAddrMixed";

/// 地址池地址权重不能为空
pub const INVALIDPARAMETERVALUE_POOLADDRWEIGHTEMPTY: &str =
    "InvalidParameterValue.PoolAddrWeightEmpty";

/// 流量策略不合法
pub const INVALIDPARAMETERVALUE_TRAFFICSTRATEGYINVALID: &str =
    "InvalidParameterValue.TrafficStrategyInvalid";

/// 流量策略为负载均衡且主力集合内有多个地址池时，权重不能为空
pub const INVALIDPARAMETERVALUE_TRAFFICSTRATEGYWEIGHTEMPTY: &str =
    "InvalidParameterValue.TrafficStrategyWeightEmpty";

/// 实例接入类型不合法
pub const INVALIDPARAMETER_ACCESSTYPEINVALID: &str = "InvalidParameter.AccessTypeInvalid";

/// 标准版只支持变配到旗舰版
pub const INVALIDPARAMETER_DEALSTANDARDMODIFYFAILED: &str =
    "InvalidParameter.DealStandardModifyFailed";

/// 此套餐非标准版，不支持变配到旗舰版
pub const INVALIDPARAMETER_DEALSTANDARDMODIFYINVALID: &str =
    "InvalidParameter.DealStandardModifyInvalid";

/// resourceId非探测任务，请确认参数
pub const INVALIDPARAMETER_DEALTASKMODIFYINVALID: &str = "InvalidParameter.DealTaskModifyInvalid";

/// 变配的探测任务配额小于已使用数，请重新输入
pub const INVALIDPARAMETER_DEALTASKMODIFYNUMLESS: &str = "InvalidParameter.DealTaskModifyNumLess";

/// 变配的探测任务配额无变化，请重新输入
pub const INVALIDPARAMETER_DEALTASKMODIFYNUMSAME: &str = "InvalidParameter.DealTaskModifyNumSame";

/// 旗舰版不支持变配
pub const INVALIDPARAMETER_DEALULTIMATEMODIFYFAILED: &str =
    "InvalidParameter.DealUltimateModifyFailed";

/// 全局接入域名冲突，当前域名被其他实例使用，请解决占用后重试
pub const INVALIDPARAMETER_GLOBALACCESSDOMAINCONFLICT: &str =
    "InvalidParameter.GlobalAccessDomainConflict";

/// 实例不可用，请检查实例状态
pub const INVALIDPARAMETER_INSTANCEDISABLED: &str = "InvalidParameter.InstanceDisabled";

/// 续费或变配时，资源ID不能为空
pub const INVALIDPARAMETER_RESOURCEIDEMPTY: &str = "InvalidParameter.ResourceIdEmpty";

/// 创建或续费时，下单时间长度不能为空
pub const INVALIDPARAMETER_TIMESPANEMPTY: &str = "InvalidParameter.TimeSpanEmpty";

/// 下单时间范围非法，只支持1到120
pub const INVALIDPARAMETER_TIMESPANINVALID: &str = "InvalidParameter.TimeSpanInvalid";

/// 流量策略不合法
pub const INVALIDPARAMETER_TRAFFICSTRATEGYINVALID: &str = "InvalidParameter.TrafficStrategyInvalid";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 当前请求过于频繁，请稍后重试
pub const REQUESTLIMITEXCEEDED_INNERREQUESTLIMITEXCEEDED: &str =
    "RequestLimitExceeded.InnerRequestLimitExceeded";

/// 没有实例,请先购买实例
pub const RESOURCEINSUFFICIENT_NOINSTANCE: &str = "ResourceInsufficient.NoInstance";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 查询错误，未查询到相关资源。
pub const RESOURCENOTFOUND_SEARCHINFO: &str = "ResourceNotFound.SearchInfo";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 未授权,不可操作该实例
pub const UNAUTHORIZEDOPERATION_INSTANCEUNAUTHORIZED: &str =
    "UnauthorizedOperation.InstanceUnauthorized";

/// 未授权,主力集合中包含未授权地址池
pub const UNAUTHORIZEDOPERATION_MAINBINDPOOLUNAUTHORIZED: &str =
    "UnauthorizedOperation.MainBindPoolUnauthorized";

/// 未授权,不可操作该主力地址池
pub const UNAUTHORIZEDOPERATION_MAINPOOLUNAUTHORIZED: &str =
    "UnauthorizedOperation.MainPoolUnauthorized";

/// 未授权,不可操作该地址池地址
pub const UNAUTHORIZEDOPERATION_POOLADDRESSUNAUTHORIZED: &str =
    "UnauthorizedOperation.PoolAddressUnauthorized";

/// 未授权,不可操作该地址池
pub const UNAUTHORIZEDOPERATION_POOLUNAUTHORIZED: &str = "UnauthorizedOperation.PoolUnauthorized";

/// 资源Id与传入的套餐类型不匹配
pub const UNAUTHORIZEDOPERATION_RESOURCEIDNOTMATCH: &str =
    "UnauthorizedOperation.ResourceIdNotMatch";

/// 资源Id未授权或已过期，请重新输入
pub const UNAUTHORIZEDOPERATION_RESOURCEIDUNAUTHORIZED: &str =
    "UnauthorizedOperation.ResourceIdUnauthorized";

/// 未授权,不可操作该策略
pub const UNAUTHORIZEDOPERATION_STRATEGYUNAUTHORIZED: &str =
    "UnauthorizedOperation.StrategyUnauthorized";

/// 资源未授权。
pub const UNAUTHORIZEDOPERATION_UNAUTHORIZEDERROR: &str = "UnauthorizedOperation.UnauthorizedError";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 接入域名未使用腾讯云 DNSPod 解析，请重新输入
pub const UNSUPPORTEDOPERATION_ACCESSDOMAINUNAUTHORIZED: &str =
    "UnsupportedOperation.AccessDomainUnauthorized";

/// 接入域名的套餐不允许此TTL值
pub const UNSUPPORTEDOPERATION_DOMAINTTLINVALID: &str = "UnsupportedOperation.DomainTtlInvalid";

/// 兜底地址池格式不合法
pub const UNSUPPORTEDOPERATION_FALLBACKPOOLINVALID: &str =
    "UnsupportedOperation.FallBackPoolInvalid";

/// 实例名称不能重复
pub const UNSUPPORTEDOPERATION_INSTANCENAMEDUPLICATE: &str =
    "UnsupportedOperation.InstanceNameDuplicate";

/// 主力地址池重复
pub const UNSUPPORTEDOPERATION_MAINBINDPOOLDUPLICATE: &str =
    "UnsupportedOperation.MainBindPoolDuplicate";

/// 主力地址池为空
pub const UNSUPPORTEDOPERATION_MAINBINDPOOLEMPTY: &str = "UnsupportedOperation.MainBindPoolEmpty";

/// 主力地址集合数量超过限制
pub const UNSUPPORTEDOPERATION_MAINBINDPOOLLEVELEXCEED: &str =
    "UnsupportedOperation.MainBindPoolLevelExceed";

/// 主力地址集合内地址类型不能混用
pub const UNSUPPORTEDOPERATION_MAINBINDPOOLMIXED: &str = "UnsupportedOperation.MainBindPoolMixed";

/// 主力地址集合数量不合法
pub const UNSUPPORTEDOPERATION_MAINBINDPOOLNUMINVALID: &str =
    "UnsupportedOperation.MainBindPoolNumInvalid";

/// 主力地址集合重复
pub const UNSUPPORTEDOPERATION_MAINPOOLDUPLICATE: &str = "UnsupportedOperation.MainPoolDuplicate";

/// 主力集合不能为空
pub const UNSUPPORTEDOPERATION_MAINPOOLEMPTY: &str = "UnsupportedOperation.MainPoolEmpty";

/// 主力地址池阈值不合法
pub const UNSUPPORTEDOPERATION_MAINPOOLSURVIVENUMINVALID: &str =
    "UnsupportedOperation.MainPoolSurviveNumInvalid";

/// 监控器名已存在
pub const UNSUPPORTEDOPERATION_MONITORNAMEEXIST: &str = "UnsupportedOperation.MonitorNameExist";

/// 套餐无效，请选择正确套餐
pub const UNSUPPORTEDOPERATION_PACKAGEUNAUTHORIZED: &str =
    "UnsupportedOperation.PackageUnauthorized";

/// 地址池名称不能重复
pub const UNSUPPORTEDOPERATION_POOLNAMEDUPLICATE: &str = "UnsupportedOperation.PoolNameDuplicate";

/// 不支持的查询
pub const UNSUPPORTEDOPERATION_QUERYNOTALLOW: &str = "UnsupportedOperation.QueryNotAllow";

/// 资源名不能重复。
pub const UNSUPPORTEDOPERATION_RESOURCENAMEDUPLICATED: &str =
    "UnsupportedOperation.ResourceNameDuplicated";

/// 主备资源组中资源不存在。
pub const UNSUPPORTEDOPERATION_RESOURCEPOOLSOURCENOTEXIST: &str =
    "UnsupportedOperation.ResourcePoolSourceNotExist";

/// 存在重复的解析来源。
pub const UNSUPPORTEDOPERATION_RESOURCESOURCEDUPLICATED: &str =
    "UnsupportedOperation.ResourceSourceDuplicated";

/// 策略名称不能重复
pub const UNSUPPORTEDOPERATION_STRATEGYNAMEDUPLICATE: &str =
    "UnsupportedOperation.StrategyNameDuplicate";

/// 策略线路重复
pub const UNSUPPORTEDOPERATION_STRATEGYSOURCEDUPLICATE: &str =
    "UnsupportedOperation.StrategySourceDuplicate";

/// 策略线路已使用
pub const UNSUPPORTEDOPERATION_STRATEGYSOURCEINUSED: &str =
    "UnsupportedOperation.StrategySourceInUsed";

/// 策略线路不在实例套餐中
pub const UNSUPPORTEDOPERATION_STRATEGYSOURCEUNAUTHORIZED: &str =
    "UnsupportedOperation.StrategySourceUnauthorized";

/// 策略切换类型不合法
pub const UNSUPPORTEDOPERATION_STRATEGYSWITCHTYPEINVALID: &str =
    "UnsupportedOperation.StrategySwitchTypeInvalid";

/// TTL无效,请设置正确的TTL
pub const UNSUPPORTEDOPERATION_TTLINVALID: &str = "UnsupportedOperation.TTLInvalid";

/// 用户未登录，缺少Uin参数。
pub const UNSUPPORTEDOPERATION_USERNOTFOUND: &str = "UnsupportedOperation.UserNotFound";
