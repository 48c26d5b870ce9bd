//! Error codes of `autoscaling`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_autoscaling::errors::ACCOUNTQUALIFICATIONRESTRICTIONS) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 该请求账户未通过资格审计。
pub const ACCOUNTQUALIFICATIONRESTRICTIONS: &str = "AccountQualificationRestrictions";

/// CVM接口调用失败。
pub const CALLCVMERROR: &str = "CallCvmError";

/// 未生成伸缩活动。
pub const FAILEDOPERATION_NOACTIVITYTOGENERATE: &str = "FailedOperation.NoActivityToGenerate";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// Cmq 接口调用失败。
pub const INTERNALERROR_CALLCMQERROR: &str = "InternalError.CallCmqError";

/// 调用其他服务异常。
pub const INTERNALERROR_CALLEEERROR: &str = "InternalError.CalleeError";

/// 内部接口调用失败。
pub const INTERNALERROR_CALLERROR: &str = "InternalError.CallError";

/// LB 接口调用失败。
pub const INTERNALERROR_CALLLBERROR: &str = "InternalError.CallLbError";

/// Monitor接口调用失败。
pub const INTERNALERROR_CALLMONITORERROR: &str = "InternalError.CallMonitorError";

/// 通知服务接口调用失败。
pub const INTERNALERROR_CALLNOTIFICATIONERROR: &str = "InternalError.CallNotificationError";

/// STS 接口调用失败。
pub const INTERNALERROR_CALLSTSERROR: &str = "InternalError.CallStsError";

/// Tag 接口调用失败。
pub const INTERNALERROR_CALLTAGERROR: &str = "InternalError.CallTagError";

/// TAT 接口调用失败。
pub const INTERNALERROR_CALLTATERROR: &str = "InternalError.CallTATError";

/// Tvpc 接口调用失败。
pub const INTERNALERROR_CALLTVPCERROR: &str = "InternalError.CallTvpcError";

/// VPC接口调用失败。
pub const INTERNALERROR_CALLVPCERROR: &str = "InternalError.CallVpcError";

/// 内部请求错误。
pub const INTERNALERROR_REQUESTERROR: &str = "InternalError.RequestError";

/// 未找到该镜像。
pub const INVALIDIMAGEID_NOTFOUND: &str = "InvalidImageId.NotFound";

/// 无效的启动配置。
pub const INVALIDLAUNCHCONFIGURATION: &str = "InvalidLaunchConfiguration";

/// 启动配置ID无效。
pub const INVALIDLAUNCHCONFIGURATIONID: &str = "InvalidLaunchConfigurationId";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// NetworkInterfaces 不支持与基础网络、IPv6 或竞价实例计费模式组合使用。
pub const INVALIDPARAMETERCOMBINATION_NETWORKINTERFACESCONFLICT: &str =
    "InvalidParameterCombination.NetworkInterfacesConflict";

/// 指定的两个参数冲突，不能同时存在。
pub const INVALIDPARAMETERCONFLICT: &str = "InvalidParameterConflict";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 当前账户不支持带宽包ID参数。
pub const INVALIDPARAMETERVALUE_ACCOUNTNOTSUPPORTBANDWIDTHPACKAGEID: &str =
    "InvalidParameterValue.AccountNotSupportBandwidthPackageId";

/// 声明的原有期望实例数和实际原有期望实例数不一致。
pub const INVALIDPARAMETERVALUE_ASSERTDESIREDCAPACITYFAILED: &str =
    "InvalidParameterValue.AssertDesiredCapacityFailed";

/// 指定的基础容量过大，需小于等于最大实例数。
pub const INVALIDPARAMETERVALUE_BASECAPACITYTOOLARGE: &str =
    "InvalidParameterValue.BaseCapacityTooLarge";

/// 批次数不能大于待刷新实例总数。
pub const INVALIDPARAMETERVALUE_BATCHNUMBERTOOLARGE: &str =
    "InvalidParameterValue.BatchNumberTooLarge";

/// 在应当指定传统型负载均衡器的参数中，错误地指定了一个非传统型的负载均衡器。
pub const INVALIDPARAMETERVALUE_CLASSICLB: &str = "InvalidParameterValue.ClassicLb";

/// 通知接收端类型冲突。
pub const INVALIDPARAMETERVALUE_CONFLICTNOTIFICATIONTARGET: &str =
    "InvalidParameterValue.ConflictNotificationTarget";

/// 定时任务指定的Cron表达式无效。
pub const INVALIDPARAMETERVALUE_CRONEXPRESSIONILLEGAL: &str =
    "InvalidParameterValue.CronExpressionIllegal";

/// CVM参数校验异常。
pub const INVALIDPARAMETERVALUE_CVMCONFIGURATIONERROR: &str =
    "InvalidParameterValue.CvmConfigurationError";

/// CVM参数校验异常。
pub const INVALIDPARAMETERVALUE_CVMERROR: &str = "InvalidParameterValue.CvmError";

/// 提供的应用型负载均衡器重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEDFORWARDLB: &str =
    "InvalidParameterValue.DuplicatedForwardLb";

/// 指定的子网重复。
pub const INVALIDPARAMETERVALUE_DUPLICATEDSUBNET: &str = "InvalidParameterValue.DuplicatedSubnet";

/// 定时任务设置的结束时间在开始时间。
pub const INVALIDPARAMETERVALUE_ENDTIMEBEFORESTARTTIME: &str =
    "InvalidParameterValue.EndTimeBeforeStartTime";

/// 无效的过滤器。
pub const INVALIDPARAMETERVALUE_FILTER: &str = "InvalidParameterValue.Filter";

/// 在应当指定应用型负载均衡器的参数中，错误地指定了一个非应用型的负载均衡器。
pub const INVALIDPARAMETERVALUE_FORWARDLB: &str = "InvalidParameterValue.ForwardLb";

/// 伸缩组名称重复。
pub const INVALIDPARAMETERVALUE_GROUPNAMEDUPLICATED: &str =
    "InvalidParameterValue.GroupNameDuplicated";

/// 主机名不合法。
pub const INVALIDPARAMETERVALUE_HOSTNAMEILLEGAL: &str = "InvalidParameterValue.HostNameIllegal";

/// 带后缀的主机名称过长，超过了规定上限。
pub const INVALIDPARAMETERVALUE_HOSTNAMEWITHSUFFIXTOOLONG: &str =
    "InvalidParameterValue.HostNameWithSuffixTooLong";

/// 指定的镜像不存在。
pub const INVALIDPARAMETERVALUE_IMAGENOTFOUND: &str = "InvalidParameterValue.ImageNotFound";

/// 设置的实例名称不合法。
pub const INVALIDPARAMETERVALUE_INSTANCENAMEILLEGAL: &str =
    "InvalidParameterValue.InstanceNameIllegal";

/// 带后缀的实例名称过长，超过了规定上限。
pub const INVALIDPARAMETERVALUE_INSTANCENAMEWITHSUFFIXTOOLONG: &str =
    "InvalidParameterValue.InstanceNameWithSuffixTooLong";

/// 实例机型不支持。
pub const INVALIDPARAMETERVALUE_INSTANCETYPENOTSUPPORTED: &str =
    "InvalidParameterValue.InstanceTypeNotSupported";

/// 伸缩活动ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDACTIVITYID: &str = "InvalidParameterValue.InvalidActivityId";

/// 伸缩组ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDAUTOSCALINGGROUPID: &str =
    "InvalidParameterValue.InvalidAutoScalingGroupId";

/// 通知ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDAUTOSCALINGNOTIFICATIONID: &str =
    "InvalidParameterValue.InvalidAutoScalingNotificationId";

/// 告警策略ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDAUTOSCALINGPOLICYID: &str =
    "InvalidParameterValue.InvalidAutoScalingPolicyId";

/// 为CLB指定的地域不合法。
pub const INVALIDPARAMETERVALUE_INVALIDCLBREGION: &str = "InvalidParameterValue.InvalidClbRegion";

/// 指定的置放群组ID格式不正确。
pub const INVALIDPARAMETERVALUE_INVALIDDISASTERRECOVERGROUPID: &str =
    "InvalidParameterValue.InvalidDisasterRecoverGroupId";

/// 过滤条件无效。
pub const INVALIDPARAMETERVALUE_INVALIDFILTER: &str = "InvalidParameterValue.InvalidFilter";

/// 高性能计算集群ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDHPCCLUSTERID: &str =
    "InvalidParameterValue.InvalidHpcClusterId";

/// 镜像ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDIMAGEID: &str = "InvalidParameterValue.InvalidImageId";

/// 实例ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCEID: &str = "InvalidParameterValue.InvalidInstanceId";

/// 实例机型无效。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCETYPE: &str =
    "InvalidParameterValue.InvalidInstanceType";

/// 输入的启动配置无效。
pub const INVALIDPARAMETERVALUE_INVALIDLAUNCHCONFIGURATION: &str =
    "InvalidParameterValue.InvalidLaunchConfiguration";

/// 启动配置ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDLAUNCHCONFIGURATIONID: &str =
    "InvalidParameterValue.InvalidLaunchConfigurationId";

/// 生命周期挂钩ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDLIFECYCLEHOOKID: &str =
    "InvalidParameterValue.InvalidLifecycleHookId";

/// 指定的通知组 ID 不是数值字符串格式。
pub const INVALIDPARAMETERVALUE_INVALIDNOTIFICATIONUSERGROUPID: &str =
    "InvalidParameterValue.InvalidNotificationUserGroupId";

/// 定时任务ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDSCHEDULEDACTIONID: &str =
    "InvalidParameterValue.InvalidScheduledActionId";

/// 定时任务名称包含无效字符。
pub const INVALIDPARAMETERVALUE_INVALIDSCHEDULEDACTIONNAMEINCLUDEILLEGALCHAR: &str =
    "InvalidParameterValue.InvalidScheduledActionNameIncludeIllegalChar";

/// 安全组ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDSECURITYGROUPID: &str =
    "InvalidParameterValue.InvalidSecurityGroupId";

/// 快照ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDSNAPSHOTID: &str = "InvalidParameterValue.InvalidSnapshotId";

/// 子网ID无效。
pub const INVALIDPARAMETERVALUE_INVALIDSUBNETID: &str = "InvalidParameterValue.InvalidSubnetId";

/// 指定的IPv6公网带宽计费模式不合法。
pub const INVALIDPARAMETERVALUE_IPV6INTERNETCHARGETYPE: &str =
    "InvalidParameterValue.IPv6InternetChargeType";

/// 启动配置名称重复。
pub const INVALIDPARAMETERVALUE_LAUNCHCONFIGURATIONNAMEDUPLICATED: &str =
    "InvalidParameterValue.LaunchConfigurationNameDuplicated";

/// 找不到指定启动配置。
pub const INVALIDPARAMETERVALUE_LAUNCHCONFIGURATIONNOTFOUND: &str =
    "InvalidParameterValue.LaunchConfigurationNotFound";

/// 负载均衡器项目不一致。
pub const INVALIDPARAMETERVALUE_LBPROJECTINCONSISTENT: &str =
    "InvalidParameterValue.LbProjectInconsistent";

/// 生命周期挂钩名称重复。
pub const INVALIDPARAMETERVALUE_LIFECYCLEHOOKNAMEDUPLICATED: &str =
    "InvalidParameterValue.LifecycleHookNameDuplicated";

/// 取值超出限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 不支持目标组类型的监听器。
pub const INVALIDPARAMETERVALUE_LISTENERTARGETTYPENOTSUPPORTED: &str =
    "InvalidParameterValue.ListenerTargetTypeNotSupported";

/// 最大额外数量取值过大。
pub const INVALIDPARAMETERVALUE_MAXSURGETOOLARGE: &str = "InvalidParameterValue.MaxSurgeTooLarge";

/// 当前账户在带宽包模式中必须填写带宽包ID参数。
pub const INVALIDPARAMETERVALUE_MISSINGBANDWIDTHPACKAGEID: &str =
    "InvalidParameterValue.MissingBandwidthPackageId";

/// 指定的多网卡参数 NetworkInterfaces 不合法。
pub const INVALIDPARAMETERVALUE_NETWORKINTERFACESINVALID: &str =
    "InvalidParameterValue.NetworkInterfacesInvalid";

/// NetworkInterfaces 的网卡数量超过上限 17。
pub const INVALIDPARAMETERVALUE_NETWORKINTERFACESLIMITEXCEEDED: &str =
    "InvalidParameterValue.NetworkInterfacesLimitExceeded";

/// 无资源权限。
pub const INVALIDPARAMETERVALUE_NORESOURCEPERMISSION: &str =
    "InvalidParameterValue.NoResourcePermission";

/// 提供的值不是浮点字符串格式。
pub const INVALIDPARAMETERVALUE_NOTSTRINGTYPEFLOAT: &str =
    "InvalidParameterValue.NotStringTypeFloat";

/// 账号仅支持VPC网络。
pub const INVALIDPARAMETERVALUE_ONLYVPC: &str = "InvalidParameterValue.OnlyVpc";

/// 项目ID不存在。
pub const INVALIDPARAMETERVALUE_PROJECTIDNOTFOUND: &str = "InvalidParameterValue.ProjectIdNotFound";

/// 取值超出指定范围。
pub const INVALIDPARAMETERVALUE_RANGE: &str = "InvalidParameterValue.Range";

/// 告警策略名称重复。
pub const INVALIDPARAMETERVALUE_SCALINGPOLICYNAMEDUPLICATE: &str =
    "InvalidParameterValue.ScalingPolicyNameDuplicate";

/// 定时任务名称重复。
pub const INVALIDPARAMETERVALUE_SCHEDULEDACTIONNAMEDUPLICATE: &str =
    "InvalidParameterValue.ScheduledActionNameDuplicate";

/// 伸缩组最大数量、最小数量、期望实例数取值不合法。
pub const INVALIDPARAMETERVALUE_SIZE: &str = "InvalidParameterValue.Size";

/// 定时任务设置的开始时间在当前时间之前。
pub const INVALIDPARAMETERVALUE_STARTTIMEBEFORECURRENTTIME: &str =
    "InvalidParameterValue.StartTimeBeforeCurrentTime";

/// 子网信息不合法。
pub const INVALIDPARAMETERVALUE_SUBNETIDS: &str = "InvalidParameterValue.SubnetIds";

/// 子网不在指定本地专用集群中。
pub const INVALIDPARAMETERVALUE_SUBNETNOTINDEDICATEDCLUSTER: &str =
    "InvalidParameterValue.SubnetNotInDedicatedCluster";

/// 负载均衡器四层监听器的后端端口重复。
pub const INVALIDPARAMETERVALUE_TARGETPORTDUPLICATED: &str =
    "InvalidParameterValue.TargetPortDuplicated";

/// 七层负载均衡器中目标端口重复
pub const INVALIDPARAMETERVALUE_TARGETPORTDUPLICATEDINFORWARDLB: &str =
    "InvalidParameterValue.TargetPortDuplicatedInForwardLb";

/// 不支持执行目标追踪策略。
pub const INVALIDPARAMETERVALUE_TARGETTRACKINGSCALINGPOLICY: &str =
    "InvalidParameterValue.TargetTrackingScalingPolicy";

/// 指定的阈值不在有效范围。
pub const INVALIDPARAMETERVALUE_THRESHOLDOUTOFRANGE: &str =
    "InvalidParameterValue.ThresholdOutOfRange";

/// 时间格式错误。
pub const INVALIDPARAMETERVALUE_TIMEFORMAT: &str = "InvalidParameterValue.TimeFormat";

/// 取值过多。
pub const INVALIDPARAMETERVALUE_TOOLONG: &str = "InvalidParameterValue.TooLong";

/// 输入参数值的长度小于最小值。
pub const INVALIDPARAMETERVALUE_TOOSHORT: &str = "InvalidParameterValue.TooShort";

/// UserData格式错误。
pub const INVALIDPARAMETERVALUE_USERDATAFORMATERROR: &str =
    "InvalidParameterValue.UserDataFormatError";

/// UserData长度过长。
pub const INVALIDPARAMETERVALUE_USERDATASIZEEXCEEDED: &str =
    "InvalidParameterValue.UserDataSizeExceeded";

/// 用户组不存在。
pub const INVALIDPARAMETERVALUE_USERGROUPIDNOTFOUND: &str =
    "InvalidParameterValue.UserGroupIdNotFound";

/// 指定的可用区与地域不匹配。
pub const INVALIDPARAMETERVALUE_ZONEMISMATCHREGION: &str =
    "InvalidParameterValue.ZoneMismatchRegion";

/// 无效的Action请求。
pub const INVALIDPARAMETER_ACTIONNOTFOUND: &str = "InvalidParameter.ActionNotFound";

/// 参数冲突，指定的多个参数冲突，不能同时存在。
pub const INVALIDPARAMETER_CONFLICT: &str = "InvalidParameter.Conflict";

/// 主机名参数不适用于该镜像。
pub const INVALIDPARAMETER_HOSTNAMEUNAVAILABLE: &str = "InvalidParameter.HostNameUnavailable";

/// 在特定场景下的不合法参数。
pub const INVALIDPARAMETER_INSCENARIO: &str = "InvalidParameter.InScenario";

/// 无效的参数组合。
pub const INVALIDPARAMETER_INVALIDCOMBINATION: &str = "InvalidParameter.InvalidCombination";

/// 指定的负载均衡器在当前伸缩组中没有找到。
pub const INVALIDPARAMETER_LOADBALANCERNOTINAUTOSCALINGGROUP: &str =
    "InvalidParameter.LoadBalancerNotInAutoScalingGroup";

/// 参数缺失，两种参数之中必须指定其中一个。
pub const INVALIDPARAMETER_MUSTONEPARAMETER: &str = "InvalidParameter.MustOneParameter";

/// 该参数已废弃。
pub const INVALIDPARAMETER_PARAMETERDEPRECATED: &str = "InvalidParameter.ParameterDeprecated";

/// 部分参数存在互斥应该删掉。
pub const INVALIDPARAMETER_PARAMETERMUSTBEDELETED: &str = "InvalidParameter.ParameterMustBeDeleted";

/// 账户不支持该操作。
pub const INVALIDPERMISSION: &str = "InvalidPermission";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 绑定指定的负载均衡器后，伸缩组绑定的负载均衡器总数超过了最大值。
pub const LIMITEXCEEDED_AFTERATTACHLBLIMITEXCEEDED: &str =
    "LimitExceeded.AfterAttachLbLimitExceeded";

/// 伸缩组数量超过限制。
pub const LIMITEXCEEDED_AUTOSCALINGGROUPLIMITEXCEEDED: &str =
    "LimitExceeded.AutoScalingGroupLimitExceeded";

/// 期望实例数超出限制。
pub const LIMITEXCEEDED_DESIREDCAPACITYLIMITEXCEEDED: &str =
    "LimitExceeded.DesiredCapacityLimitExceeded";

/// 特定过滤器的值过多。
pub const LIMITEXCEEDED_FILTERVALUESTOOLONG: &str = "LimitExceeded.FilterValuesTooLong";

/// 启动配置配额不足。
pub const LIMITEXCEEDED_LAUNCHCONFIGURATIONQUOTANOTENOUGH: &str =
    "LimitExceeded.LaunchConfigurationQuotaNotEnough";

/// 最大实例数大于限制。
pub const LIMITEXCEEDED_MAXSIZELIMITEXCEEDED: &str = "LimitExceeded.MaxSizeLimitExceeded";

/// 最小实例数低于限制。
pub const LIMITEXCEEDED_MINSIZELIMITEXCEEDED: &str = "LimitExceeded.MinSizeLimitExceeded";

/// 当前剩余配额不足。
pub const LIMITEXCEEDED_QUOTANOTENOUGH: &str = "LimitExceeded.QuotaNotEnough";

/// 定时任务数量超过限制。
pub const LIMITEXCEEDED_SCHEDULEDACTIONLIMITEXCEEDED: &str =
    "LimitExceeded.ScheduledActionLimitExceeded";

/// 每个伸缩组限制创建一个目标追踪策略。
pub const LIMITEXCEEDED_TARGETTRACKINGSCALINGPOLICY: &str =
    "LimitExceeded.TargetTrackingScalingPolicy";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 在特定场景下缺少参数。
pub const MISSINGPARAMETER_INSCENARIO: &str = "MissingParameter.InScenario";

/// 竞价计费类型缺少对应的 InstanceMarketOptions 参数。
pub const MISSINGPARAMETER_INSTANCEMARKETOPTIONS: &str = "MissingParameter.InstanceMarketOptions";

/// 超过伸缩组最大实例数。
pub const RESOURCEINSUFFICIENT_AUTOSCALINGGROUPABOVEMAXSIZE: &str =
    "ResourceInsufficient.AutoScalingGroupAboveMaxSize";

/// 少于伸缩组最小实例数。
pub const RESOURCEINSUFFICIENT_AUTOSCALINGGROUPBELOWMINSIZE: &str =
    "ResourceInsufficient.AutoScalingGroupBelowMinSize";

/// 伸缩组内实例数超过最大实例数。
pub const RESOURCEINSUFFICIENT_INSERVICEINSTANCEABOVEMAXSIZE: &str =
    "ResourceInsufficient.InServiceInstanceAboveMaxSize";

/// 伸缩组内实例数低于最小实例数。
pub const RESOURCEINSUFFICIENT_INSERVICEINSTANCEBELOWMINSIZE: &str =
    "ResourceInsufficient.InServiceInstanceBelowMinSize";

/// 伸缩组正在执行伸缩活动。
pub const RESOURCEINUSE_ACTIVITYINPROGRESS: &str = "ResourceInUse.ActivityInProgress";

/// 伸缩组处于禁用状态。
pub const RESOURCEINUSE_AUTOSCALINGGROUPNOTACTIVE: &str = "ResourceInUse.AutoScalingGroupNotActive";

/// 伸缩组内尚有正常实例。
pub const RESOURCEINUSE_INSTANCEINGROUP: &str = "ResourceInUse.InstanceInGroup";

/// 指定的启动配置仍在伸缩组中使用。
pub const RESOURCEINUSE_LAUNCHCONFIGURATIONIDINUSE: &str =
    "ResourceInUse.LaunchConfigurationIdInUse";

/// 伸缩组不存在。
pub const RESOURCENOTFOUND_AUTOSCALINGGROUPIDNOTFOUND: &str =
    "ResourceNotFound.AutoScalingGroupIdNotFound";

/// 伸缩组不存在。
pub const RESOURCENOTFOUND_AUTOSCALINGGROUPNOTFOUND: &str =
    "ResourceNotFound.AutoScalingGroupNotFound";

/// 通知不存在。
pub const RESOURCENOTFOUND_AUTOSCALINGNOTIFICATIONNOTFOUND: &str =
    "ResourceNotFound.AutoScalingNotificationNotFound";

/// 指定的带宽包ID不存在。
pub const RESOURCENOTFOUND_BANDWIDTHPACKAGEIDNOTFOUND: &str =
    "ResourceNotFound.BandwidthPackageIdNotFound";

/// 指定的传统型负载均衡器ID不存在。
pub const RESOURCENOTFOUND_CLASSICLOADBALANCERNOTFOUND: &str =
    "ResourceNotFound.ClassicLoadBalancerNotFound";

/// 指定的 CMQ queue 不存在。
pub const RESOURCENOTFOUND_CMQQUEUENOTFOUND: &str = "ResourceNotFound.CmqQueueNotFound";

/// 命令不存在。
pub const RESOURCENOTFOUND_COMMANDNOTFOUND: &str = "ResourceNotFound.CommandNotFound";

/// 指定的置放群组ID不存在。
pub const RESOURCENOTFOUND_DISASTERRECOVERGROUPNOTFOUND: &str =
    "ResourceNotFound.DisasterRecoverGroupNotFound";

/// 指定的实例不存在。
pub const RESOURCENOTFOUND_INSTANCESNOTFOUND: &str = "ResourceNotFound.InstancesNotFound";

/// 目标实例不在伸缩组内。
pub const RESOURCENOTFOUND_INSTANCESNOTINAUTOSCALINGGROUP: &str =
    "ResourceNotFound.InstancesNotInAutoScalingGroup";

/// 指定的启动配置不存在。
pub const RESOURCENOTFOUND_LAUNCHCONFIGURATIONIDNOTFOUND: &str =
    "ResourceNotFound.LaunchConfigurationIdNotFound";

/// 生命周期挂钩对应实例不存在。
pub const RESOURCENOTFOUND_LIFECYCLEHOOKINSTANCENOTFOUND: &str =
    "ResourceNotFound.LifecycleHookInstanceNotFound";

/// 无法找到指定生命周期挂钩。
pub const RESOURCENOTFOUND_LIFECYCLEHOOKNOTFOUND: &str = "ResourceNotFound.LifecycleHookNotFound";

/// 指定的生命周期挂钩Token不存在。
pub const RESOURCENOTFOUND_LIFECYCLEHOOKTOKENNOTFOUND: &str =
    "ResourceNotFound.LifecycleHookTokenNotFound";

/// 指定的Listener不存在。
pub const RESOURCENOTFOUND_LISTENERNOTFOUND: &str = "ResourceNotFound.ListenerNotFound";

/// 找不到指定负载均衡器。
pub const RESOURCENOTFOUND_LOADBALANCERNOTFOUND: &str = "ResourceNotFound.LoadBalancerNotFound";

/// 指定的负载均衡器在当前伸缩组中没有找到。
pub const RESOURCENOTFOUND_LOADBALANCERNOTINAUTOSCALINGGROUP: &str =
    "ResourceNotFound.LoadBalancerNotInAutoScalingGroup";

/// 指定的Location不存在。
pub const RESOURCENOTFOUND_LOCATIONNOTFOUND: &str = "ResourceNotFound.LocationNotFound";

/// 指定的实例刷新活动不存在。
pub const RESOURCENOTFOUND_REFRESHACTIVITYNOTFOUND: &str =
    "ResourceNotFound.RefreshActivityNotFound";

/// 告警策略不存在。
pub const RESOURCENOTFOUND_SCALINGPOLICYNOTFOUND: &str = "ResourceNotFound.ScalingPolicyNotFound";

/// 指定的定时任务不存在。
pub const RESOURCENOTFOUND_SCHEDULEDACTIONNOTFOUND: &str =
    "ResourceNotFound.ScheduledActionNotFound";

/// TDMQ-CMQ 队列不存在。
pub const RESOURCENOTFOUND_TDMQCMQQUEUENOTFOUND: &str = "ResourceNotFound.TDMQCMQQueueNotFound";

/// TDMQ-CMQ 主题不存在。
pub const RESOURCENOTFOUND_TDMQCMQTOPICNOTFOUND: &str = "ResourceNotFound.TDMQCMQTopicNotFound";

/// 伸缩组状态异常。
pub const RESOURCEUNAVAILABLE_AUTOSCALINGGROUPABNORMALSTATUS: &str =
    "ResourceUnavailable.AutoScalingGroupAbnormalStatus";

/// 伸缩组被停用。
pub const RESOURCEUNAVAILABLE_AUTOSCALINGGROUPDISABLED: &str =
    "ResourceUnavailable.AutoScalingGroupDisabled";

/// 伸缩组正在活动中。
pub const RESOURCEUNAVAILABLE_AUTOSCALINGGROUPINACTIVITY: &str =
    "ResourceUnavailable.AutoScalingGroupInActivity";

/// 伸缩组处于另一个实例刷新活动当中。
pub const RESOURCEUNAVAILABLE_AUTOSCALINGGROUPINREFRESHACTIVITY: &str =
    "ResourceUnavailable.AutoScalingGroupInRefreshActivity";

/// 指定的 CMQ Topic 无订阅者。
pub const RESOURCEUNAVAILABLE_CMQTOPICHASNOSUBSCRIBER: &str =
    "ResourceUnavailable.CmqTopicHasNoSubscriber";

/// 实例和伸缩组Vpc不一致。
pub const RESOURCEUNAVAILABLE_CVMVPCINCONSISTENT: &str = "ResourceUnavailable.CvmVpcInconsistent";

/// 绑定负载均衡器的伸缩组禁止修改Vpc。
pub const RESOURCEUNAVAILABLE_FORBIDDENMODIFYVPC: &str = "ResourceUnavailable.ForbiddenModifyVpc";

/// 重装实例询价失败，新镜像与该实例其他参数存在冲突或新镜像不存在。
pub const RESOURCEUNAVAILABLE_INQUIRYPRICERESETINSTANCEFAILED: &str =
    "ResourceUnavailable.InquiryPriceResetInstanceFailed";

/// 实例无法添加至伸缩组。
pub const RESOURCEUNAVAILABLE_INSTANCECANNOTATTACH: &str =
    "ResourceUnavailable.InstanceCannotAttach";

/// 指定的实例正在活动中。
pub const RESOURCEUNAVAILABLE_INSTANCEINOPERATION: &str = "ResourceUnavailable.InstanceInOperation";

/// 实例不支持关机不收费。
pub const RESOURCEUNAVAILABLE_INSTANCENOTSUPPORTSTOPCHARGING: &str =
    "ResourceUnavailable.InstanceNotSupportStopCharging";

/// 实例已存在于伸缩组中。
pub const RESOURCEUNAVAILABLE_INSTANCESALREADYINAUTOSCALINGGROUP: &str =
    "ResourceUnavailable.InstancesAlreadyInAutoScalingGroup";

/// 启动配置状态异常。
pub const RESOURCEUNAVAILABLE_LAUNCHCONFIGURATIONSTATUSABNORMAL: &str =
    "ResourceUnavailable.LaunchConfigurationStatusAbnormal";

/// CLB实例的后端地域与AS服务所在地域不一致。
pub const RESOURCEUNAVAILABLE_LBBACKENDREGIONINCONSISTENT: &str =
    "ResourceUnavailable.LbBackendRegionInconsistent";

/// 负载均衡器项目不一致。
pub const RESOURCEUNAVAILABLE_LBPROJECTINCONSISTENT: &str =
    "ResourceUnavailable.LbProjectInconsistent";

/// 负载均衡器VPC与伸缩组不一致。
pub const RESOURCEUNAVAILABLE_LBVPCINCONSISTENT: &str = "ResourceUnavailable.LbVpcInconsistent";

/// 生命周期动作已经被设置。
pub const RESOURCEUNAVAILABLE_LIFECYCLEACTIONRESULTHASSET: &str =
    "ResourceUnavailable.LifecycleActionResultHasSet";

/// LB 在指定的伸缩组内处于活动中。
pub const RESOURCEUNAVAILABLE_LOADBALANCERINOPERATION: &str =
    "ResourceUnavailable.LoadBalancerInOperation";

/// 伸缩组内不存在运行中状态的实例，无法进行实例刷新。
pub const RESOURCEUNAVAILABLE_NOINSTANCECANREFRESH: &str =
    "ResourceUnavailable.NoInstanceCanRefresh";

/// 伸缩组中不存在可回滚的实例。
pub const RESOURCEUNAVAILABLE_NOINSTANCECANROLLBACK: &str =
    "ResourceUnavailable.NoInstanceCanRollback";

/// 项目不一致。
pub const RESOURCEUNAVAILABLE_PROJECTINCONSISTENT: &str = "ResourceUnavailable.ProjectInconsistent";

/// 当前刷新活动为成功状态，且不是最近一次执行的刷新活动，无法回滚。
pub const RESOURCEUNAVAILABLE_REFRESHACTIVITYCANNOTROLLBACK: &str =
    "ResourceUnavailable.RefreshActivityCanNotRollback";

/// 实例刷新活动状态与当前操作冲突。
pub const RESOURCEUNAVAILABLE_REFRESHACTIVITYSTATUSCONFLICTWITHOPERATION: &str =
    "ResourceUnavailable.RefreshActivityStatusConflictWithOperation";

/// 回滚类型的实例刷新活动无法再次回滚。
pub const RESOURCEUNAVAILABLE_ROLLBACKTYPEACTIVITYCANNOTROLLBACKAGAIN: &str =
    "ResourceUnavailable.RollbackTypeActivityCanNotRollbackAgain";

/// 关机实例不允许添加到伸缩组。
pub const RESOURCEUNAVAILABLE_STOPPEDINSTANCENOTALLOWATTACH: &str =
    "ResourceUnavailable.StoppedInstanceNotAllowAttach";

/// TDMQ-CMQ 主题无订阅者。
pub const RESOURCEUNAVAILABLE_TDMQCMQTOPICHASNOSUBSCRIBER: &str =
    "ResourceUnavailable.TDMQCMQTopicHasNoSubscriber";

/// 指定的可用区不可用。
pub const RESOURCEUNAVAILABLE_ZONEUNAVAILABLE: &str = "ResourceUnavailable.ZoneUnavailable";

/// 未授权弹性伸缩预设服务角色AS_QCSRole，请前往弹性伸缩控制台进行授权。
pub const UNAUTHORIZEDOPERATION_AUTOSCALINGROLEUNAUTHORIZED: &str =
    "UnauthorizedOperation.AutoScalingRoleUnauthorized";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
