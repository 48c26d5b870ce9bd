//! Error codes of `scf`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_scf::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 账户余额不足。
pub const FAILEDOPERATION_ACCOUNTINSUFFICIENT: &str = "FailedOperation.AccountInsufficient";

/// API网关触发器创建失败。
pub const FAILEDOPERATION_APIGATEWAY: &str = "FailedOperation.ApiGateway";

/// 创建触发器失败。
pub const FAILEDOPERATION_APIGW: &str = "FailedOperation.Apigw";

/// 获取Apm InstanceId失败。
pub const FAILEDOPERATION_APMCONFIGINSTANCEID: &str = "FailedOperation.ApmConfigInstanceId";

/// 当前异步事件状态不支持此操作，请稍后重试。
pub const FAILEDOPERATION_ASYNCEVENTSTATUS: &str = "FailedOperation.AsyncEventStatus";

/// 登录信息验证失败，token 验证失败。
pub const FAILEDOPERATION_AUTHFAILURE: &str = "FailedOperation.AuthFailure";

/// 绑定插件失败，请检查参数。
pub const FAILEDOPERATION_BINDPLUGIN: &str = "FailedOperation.BindPlugin";

/// 调用 NetDeploy 失败。
pub const FAILEDOPERATION_CALLNETDEPLOYFAILED: &str = "FailedOperation.CallNetDeployFailed";

/// 请求role信息失败。
pub const FAILEDOPERATION_CALLROLEFAILED: &str = "FailedOperation.CallRoleFailed";

/// CLS服务未注册。
pub const FAILEDOPERATION_CLSSERVICEUNREGISTERED: &str = "FailedOperation.ClsServiceUnregistered";

/// 函数集群不存在。
pub const FAILEDOPERATION_CLUSTERNOTFOUND: &str = "FailedOperation.ClusterNotFound";

/// CNAME解析错误
pub const FAILEDOPERATION_CNAME: &str = "FailedOperation.CNAME";

/// CopyAsyncRun 传参异常。
pub const FAILEDOPERATION_COPYASYNCRUN: &str = "FailedOperation.CopyAsyncRun";

/// 复制函数失败。
pub const FAILEDOPERATION_COPYFAILED: &str = "FailedOperation.CopyFailed";

/// 不支持复制到该地域。
pub const FAILEDOPERATION_COPYFUNCTION: &str = "FailedOperation.CopyFunction";

/// 操作COS资源失败。
pub const FAILEDOPERATION_COS: &str = "FailedOperation.Cos";

/// 创建别名失败。
pub const FAILEDOPERATION_CREATEALIAS: &str = "FailedOperation.CreateAlias";

/// 操作失败。
pub const FAILEDOPERATION_CREATEFUNCTION: &str = "FailedOperation.CreateFunction";

/// 创建命名空间失败。
pub const FAILEDOPERATION_CREATENAMESPACE: &str = "FailedOperation.CreateNamespace";

/// 当前函数状态无法进行此操作。
pub const FAILEDOPERATION_CREATETRIGGER: &str = "FailedOperation.CreateTrigger";

/// 当前调试状态无法执行此操作。
pub const FAILEDOPERATION_DEBUGMODESTATUS: &str = "FailedOperation.DebugModeStatus";

/// 调试状态下无法更新执行超时时间。
pub const FAILEDOPERATION_DEBUGMODEUPDATETIMEOUTFAIL: &str =
    "FailedOperation.DebugModeUpdateTimeOutFail";

/// 删除别名失败。
pub const FAILEDOPERATION_DELETEALIAS: &str = "FailedOperation.DeleteAlias";

/// 当前函数状态无法进行此操作，请在函数状态正常时重试。
pub const FAILEDOPERATION_DELETEFUNCTION: &str = "FailedOperation.DeleteFunction";

/// 删除layer版本失败。
pub const FAILEDOPERATION_DELETELAYERVERSION: &str = "FailedOperation.DeleteLayerVersion";

/// 无法删除默认Namespace。
pub const FAILEDOPERATION_DELETENAMESPACE: &str = "FailedOperation.DeleteNamespace";

/// 删除触发器失败。
pub const FAILEDOPERATION_DELETETRIGGER: &str = "FailedOperation.DeleteTrigger";

/// Url被占用，无法删除。
pub const FAILEDOPERATION_DELETETRIGGER_URLUSED: &str = "FailedOperation.DeleteTrigger.UrlUsed";

/// 自定义域名不存在
pub const FAILEDOPERATION_DOMAIN_UNEXIST: &str = "FailedOperation.Domain.UnExist";

/// 当前函数状态无法更新代码，请在状态为正常时更新。
pub const FAILEDOPERATION_FUNCTIONNAMESTATUSERROR: &str = "FailedOperation.FunctionNameStatusError";

/// 函数在部署中,无法做此操作。
pub const FAILEDOPERATION_FUNCTIONSTATUSERROR: &str = "FailedOperation.FunctionStatusError";

/// 当前函数版本状态无法进行此操作，请在版本状态为正常时重试。
pub const FAILEDOPERATION_FUNCTIONVERSIONSTATUSNOTACTIVE: &str =
    "FailedOperation.FunctionVersionStatusNotActive";

/// 获取别名信息失败。
pub const FAILEDOPERATION_GETALIAS: &str = "FailedOperation.GetAlias";

/// 获取函数代码地址失败。
pub const FAILEDOPERATION_GETFUNCTIONADDRESS: &str = "FailedOperation.GetFunctionAddress";

/// InstanceIsolationEnabled 状态不正确。
pub const FAILEDOPERATION_INSTANCEISOLATIONENABLED: &str =
    "FailedOperation.InstanceIsolationEnabled";

/// InstanceNotFound 实例不存在。
pub const FAILEDOPERATION_INSTANCENOTFOUND: &str = "FailedOperation.InstanceNotFound";

/// 当前账号或命名空间处于欠费状态，请在可用时重试。
pub const FAILEDOPERATION_INSUFFICIENTBALANCE: &str = "FailedOperation.InsufficientBalance";

/// 本地域资源售罄。
pub const FAILEDOPERATION_INSUFFICIENTRESOURCES: &str = "FailedOperation.InsufficientResources";

/// 调用函数失败。
pub const FAILEDOPERATION_INVOKEFUNCTION: &str = "FailedOperation.InvokeFunction";

/// 混合节点配置异常。
pub const FAILEDOPERATION_MIXNODECONFIG: &str = "FailedOperation.MixNodeConfig";

/// 命名空间已存在，请勿重复创建。
pub const FAILEDOPERATION_NAMESPACE: &str = "FailedOperation.Namespace";

/// 服务开通失败。
pub const FAILEDOPERATION_OPENSERVICE: &str = "FailedOperation.OpenService";

/// 操作冲突。
pub const FAILEDOPERATION_OPERATIONCONFLICT: &str = "FailedOperation.OperationConflict";

/// 创建定时预置任务失败。
pub const FAILEDOPERATION_PROVISIONCREATETIMER: &str = "FailedOperation.ProvisionCreateTimer";

/// 删除定时预置任务失败。
pub const FAILEDOPERATION_PROVISIONDELETETIMER: &str = "FailedOperation.ProvisionDeleteTimer";

/// 预置超过可用。
pub const FAILEDOPERATION_PROVISIONEDEXCEEDAVAILABLE: &str =
    "FailedOperation.ProvisionedExceedAvailable";

/// 预置超限。
pub const FAILEDOPERATION_PROVISIONEDEXCEEDRESERVED: &str =
    "FailedOperation.ProvisionedExceedReserved";

/// 当前函数版本已有预置任务处于进行中，请稍后重试。
pub const FAILEDOPERATION_PROVISIONEDINPROGRESS: &str = "FailedOperation.ProvisionedInProgress";

/// 发布layer版本失败。
pub const FAILEDOPERATION_PUBLISHLAYERVERSION: &str = "FailedOperation.PublishLayerVersion";

/// 当前函数状态无法发布版本，请在状态为正常时发布。
pub const FAILEDOPERATION_PUBLISHVERSION: &str = "FailedOperation.PublishVersion";

/// 角色不存在。
pub const FAILEDOPERATION_QCSROLENOTFOUND: &str = "FailedOperation.QcsRoleNotFound";

/// 查询失败。
pub const FAILEDOPERATION_QUERYERROR: &str = "FailedOperation.QueryError";

/// ReservedExceedTotal 总保留超限。
pub const FAILEDOPERATION_RESERVEDEXCEEDTOTAL: &str = "FailedOperation.ReservedExceedTotal";

/// 当前函数已有保留并发设置任务处于进行中，请稍后重试。
pub const FAILEDOPERATION_RESERVEDINPROGRESS: &str = "FailedOperation.ReservedInProgress";

/// ServiceClosed 请确认后再操作。
pub const FAILEDOPERATION_SERVICECLOSED: &str = "FailedOperation.ServiceClosed";

/// SessionName参数异常。
pub const FAILEDOPERATION_SESSIONNAME: &str = "FailedOperation.SessionName";

/// 更新自定义域名失败，SSL异常。
pub const FAILEDOPERATION_SSL: &str = "FailedOperation.Ssl";

/// Topic不存在。
pub const FAILEDOPERATION_TOPICNOTEXIST: &str = "FailedOperation.TopicNotExist";

/// 用户并发内存配额设置任务处于进行中，请稍后重试。
pub const FAILEDOPERATION_TOTALCONCURRENCYMEMORYINPROGRESS: &str =
    "FailedOperation.TotalConcurrencyMemoryInProgress";

/// 指定的服务未开通，可以提交工单申请开通服务。
pub const FAILEDOPERATION_UNOPENEDSERVICE: &str = "FailedOperation.UnOpenedService";

/// 更新别名失败。
pub const FAILEDOPERATION_UPDATEALIAS: &str = "FailedOperation.UpdateAlias";

/// 当前函数状态无法更新代码，请在状态为正常时更新。
pub const FAILEDOPERATION_UPDATEFUNCTIONCODE: &str = "FailedOperation.UpdateFunctionCode";

/// UpdateFunctionConfiguration操作失败。
pub const FAILEDOPERATION_UPDATEFUNCTIONCONFIGURATION: &str =
    "FailedOperation.UpdateFunctionConfiguration";

/// 更新状态操作失败。
pub const FAILEDOPERATION_UPDATESTATUS: &str = "FailedOperation.UpdateStatus";

/// 更新触发器出错。
pub const FAILEDOPERATION_UPDATETRIGGER: &str = "FailedOperation.UpdateTrigger";

/// 与原状态一致，无需更改。
pub const FAILEDOPERATION_UPDATETRIGGERSTATUS: &str = "FailedOperation.UpdateTriggerStatus";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 创建apigw触发器内部错误。
pub const INTERNALERROR_APIGATEWAY: &str = "InternalError.ApiGateway";

/// ckafka接口失败。
pub const INTERNALERROR_CKAFKA: &str = "InternalError.Ckafka";

/// 删除cmq触发器失败。
pub const INTERNALERROR_CMQ: &str = "InternalError.Cmq";

/// 更新触发器失败。
pub const INTERNALERROR_COS: &str = "InternalError.Cos";

/// ES错误。
pub const INTERNALERROR_ES: &str = "InternalError.ES";

/// 内部服务异常。
pub const INTERNALERROR_EXCEPTION: &str = "InternalError.Exception";

/// 内部服务错误。
pub const INTERNALERROR_GETROLEERROR: &str = "InternalError.GetRoleError";

/// 获取sts票据信息失败。
pub const INTERNALERROR_GETSTSTOKENFAILED: &str = "InternalError.GetStsTokenFailed";

/// 查找失败
pub const INTERNALERROR_SEARCHFAILED: &str = "InternalError.SearchFailed";

/// 内部系统错误。
pub const INTERNALERROR_SYSTEM: &str = "InternalError.System";

/// 内部服务错误。
pub const INTERNALERROR_SYSTEMERROR: &str = "InternalError.SystemError";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// Action取值与规范不符，请修正后再试。可参考：https://cloud.tencent.com/document/product/583/17235。
pub const INVALIDPARAMETERVALUE_ACTION: &str = "InvalidParameterValue.Action";

/// AdditionalVersionWeights参数传入错误。
pub const INVALIDPARAMETERVALUE_ADDITIONALVERSIONWEIGHTS: &str =
    "InvalidParameterValue.AdditionalVersionWeights";

/// 不支持删除默认别名，请修正后重试。
pub const INVALIDPARAMETERVALUE_ALIAS: &str = "InvalidParameterValue.Alias";

/// ApiGateway参数错误。
pub const INVALIDPARAMETERVALUE_APIGATEWAY: &str = "InvalidParameterValue.ApiGateway";

/// ApmConfig参数传入错误。
pub const INVALIDPARAMETERVALUE_APMCONFIG: &str = "InvalidParameterValue.ApmConfig";

/// ApmConfigInstanceId参数传入错误。
pub const INVALIDPARAMETERVALUE_APMCONFIGINSTANCEID: &str =
    "InvalidParameterValue.ApmConfigInstanceId";

/// ApmConfigRegion参数传入错误。
pub const INVALIDPARAMETERVALUE_APMCONFIGREGION: &str = "InvalidParameterValue.ApmConfigRegion";

/// Args 参数值有误。
pub const INVALIDPARAMETERVALUE_ARGS: &str = "InvalidParameterValue.Args";

/// 容器启动参数取值与规范不符。
pub const INVALIDPARAMETERVALUE_ARGSLIST: &str = "InvalidParameterValue.ArgsList";

/// AsyncRunEnable 取值不正确。
pub const INVALIDPARAMETERVALUE_ASYNCRUNENABLE: &str = "InvalidParameterValue.AsyncRunEnable";

/// 函数异步重试配置参数无效。
pub const INVALIDPARAMETERVALUE_ASYNCTRIGGERCONFIG: &str =
    "InvalidParameterValue.AsyncTriggerConfig";

/// Cdn传入错误。
pub const INVALIDPARAMETERVALUE_CDN: &str = "InvalidParameterValue.Cdn";

/// CfsId参数异常。
pub const INVALIDPARAMETERVALUE_CFSID: &str = "InvalidParameterValue.CfsId";

/// CfsLocalMountDir参数异常。
pub const INVALIDPARAMETERVALUE_CFSLOCALMOUNTDIR: &str = "InvalidParameterValue.CfsLocalMountDir";

/// CfsMountInsId参数异常。
pub const INVALIDPARAMETERVALUE_CFSMOUNTINSID: &str = "InvalidParameterValue.CfsMountInsId";

/// cfs配置项重复。
pub const INVALIDPARAMETERVALUE_CFSPARAMETERDUPLICATE: &str =
    "InvalidParameterValue.CfsParameterDuplicate";

/// cfs配置项取值与规范不符。
pub const INVALIDPARAMETERVALUE_CFSPARAMETERERROR: &str = "InvalidParameterValue.CfsParameterError";

/// CfsRegion参数异常。
pub const INVALIDPARAMETERVALUE_CFSREGION: &str = "InvalidParameterValue.CfsRegion";

/// CfsRemoteMountDir参数异常。
pub const INVALIDPARAMETERVALUE_CFSREMOTEMOUNTDIR: &str = "InvalidParameterValue.CfsRemoteMountDir";

/// cfs参数格式与规范不符。
pub const INVALIDPARAMETERVALUE_CFSSTRUCTIONERROR: &str = "InvalidParameterValue.CfsStructionError";

/// CfsType参数异常。
pub const INVALIDPARAMETERVALUE_CFSTYPE: &str = "InvalidParameterValue.CfsType";

/// CfsUserGroupId参数异常。
pub const INVALIDPARAMETERVALUE_CFSUSERGROUPID: &str = "InvalidParameterValue.CfsUserGroupId";

/// CfsUserId参数异常。
pub const INVALIDPARAMETERVALUE_CFSUSERID: &str = "InvalidParameterValue.CfsUserId";

/// Ckafka传入错误。
pub const INVALIDPARAMETERVALUE_CKAFKA: &str = "InvalidParameterValue.Ckafka";

/// 运行函数时的参数传入有误。
pub const INVALIDPARAMETERVALUE_CLIENTCONTEXT: &str = "InvalidParameterValue.ClientContext";

/// Cls传入错误。
pub const INVALIDPARAMETERVALUE_CLS: &str = "InvalidParameterValue.Cls";

/// 修改Cls配置需要传入Role参数，请修正后重试。
pub const INVALIDPARAMETERVALUE_CLSROLE: &str = "InvalidParameterValue.ClsRole";

/// Cmq传入错误。
pub const INVALIDPARAMETERVALUE_CMQ: &str = "InvalidParameterValue.Cmq";

/// Code传入错误。
pub const INVALIDPARAMETERVALUE_CODE: &str = "InvalidParameterValue.Code";

/// CodeSecret传入错误。
pub const INVALIDPARAMETERVALUE_CODESECRET: &str = "InvalidParameterValue.CodeSecret";

/// CodeSource传入错误。
pub const INVALIDPARAMETERVALUE_CODESOURCE: &str = "InvalidParameterValue.CodeSource";

/// Command[Entrypoint] 参数值有误。
pub const INVALIDPARAMETERVALUE_COMMAND: &str = "InvalidParameterValue.Command";

/// 容器启动命令参数值与规范不符。
pub const INVALIDPARAMETERVALUE_COMMANDLIST: &str = "InvalidParameterValue.CommandList";

/// CompatibleRuntimes参数传入错误。
pub const INVALIDPARAMETERVALUE_COMPATIBLERUNTIMES: &str =
    "InvalidParameterValue.CompatibleRuntimes";

/// Content参数传入错误。
pub const INVALIDPARAMETERVALUE_CONTENT: &str = "InvalidParameterValue.Content";

/// Cors 字段传值异常。
pub const INVALIDPARAMETERVALUE_CORS: &str = "InvalidParameterValue.Cors";

/// Cos传入错误。
pub const INVALIDPARAMETERVALUE_COS: &str = "InvalidParameterValue.Cos";

/// CosBucketName不符合规范。
pub const INVALIDPARAMETERVALUE_COSBUCKETNAME: &str = "InvalidParameterValue.CosBucketName";

/// CosBucketRegion取值与规范不符，请修正后再试。可参考：https://cloud.tencent.com/document/product/583/17244#Code。
pub const INVALIDPARAMETERVALUE_COSBUCKETREGION: &str = "InvalidParameterValue.CosBucketRegion";

/// CosFsBucketMountDir参数异常。
pub const INVALIDPARAMETERVALUE_COSFSBUCKETMOUNTDIR: &str =
    "InvalidParameterValue.CosFsBucketMountDir";

/// CosFsBucketName参数异常。
pub const INVALIDPARAMETERVALUE_COSFSBUCKETNAME: &str = "InvalidParameterValue.CosFsBucketName";

/// CosFsLocalMountDir参数异常。
pub const INVALIDPARAMETERVALUE_COSFSLOCALMOUNTDIR: &str =
    "InvalidParameterValue.CosFsLocalMountDir";

/// CosFsRegion参数异常。
pub const INVALIDPARAMETERVALUE_COSFSREGION: &str = "InvalidParameterValue.CosFsRegion";

/// CosFsStruction参数异常。
pub const INVALIDPARAMETERVALUE_COSFSSTRUCTION: &str = "InvalidParameterValue.CosFsStruction";

/// CosFsType参数异常。
pub const INVALIDPARAMETERVALUE_COSFSTYPE: &str = "InvalidParameterValue.CosFsType";

/// COS通知规则冲突。
pub const INVALIDPARAMETERVALUE_COSNOTIFYRULECONFLICT: &str =
    "InvalidParameterValue.CosNotifyRuleConflict";

/// CosObjectName不符合规范。
pub const INVALIDPARAMETERVALUE_COSOBJECTNAME: &str = "InvalidParameterValue.CosObjectName";

/// CustomArgument参数长度超限。
pub const INVALIDPARAMETERVALUE_CUSTOMARGUMENT: &str = "InvalidParameterValue.CustomArgument";

/// DateTime传入错误。
pub const INVALIDPARAMETERVALUE_DATETIME: &str = "InvalidParameterValue.DateTime";

/// DeadLetterConfig取值与规范不符，请修正后再试。可参考：https://cloud.tencent.com/document/product/583/17244#DeadLetterConfig。
pub const INVALIDPARAMETERVALUE_DEADLETTERCONFIG: &str = "InvalidParameterValue.DeadLetterConfig";

/// 默认Namespace无法创建。
pub const INVALIDPARAMETERVALUE_DEFAULTNAMESPACE: &str = "InvalidParameterValue.DefaultNamespace";

/// DemoID  对应的函数模板 ，code 参数值有误，请确认后重试。
pub const INVALIDPARAMETERVALUE_DEMO: &str = "InvalidParameterValue.Demo";

/// DemoId 不存在。
pub const INVALIDPARAMETERVALUE_DEMOID: &str = "InvalidParameterValue.DemoId";

/// Description传入错误。
pub const INVALIDPARAMETERVALUE_DESCRIPTION: &str = "InvalidParameterValue.Description";

/// DiskSize 参数取值不规范。
pub const INVALIDPARAMETERVALUE_DISKSIZE: &str = "InvalidParameterValue.DiskSize";

/// 环境变量DNS[OS_NAMESERVER]配置有误。
pub const INVALIDPARAMETERVALUE_DNSINFO: &str = "InvalidParameterValue.DnsInfo";

/// 域名参数非法
pub const INVALIDPARAMETERVALUE_DOMAIN: &str = "InvalidParameterValue.Domain";

/// DynamicEnabled 参数传入错误。
pub const INVALIDPARAMETERVALUE_DYNAMICENABLED: &str = "InvalidParameterValue.DynamicEnabled";

/// EASConfig参数异常。
pub const INVALIDPARAMETERVALUE_EASCONFIG: &str = "InvalidParameterValue.EASConfig";

/// EipConfig参数错误。
pub const INVALIDPARAMETERVALUE_EIPCONFIG: &str = "InvalidParameterValue.EipConfig";

/// Enable取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_ENABLE: &str = "InvalidParameterValue.Enable";

/// Environment传入错误。
pub const INVALIDPARAMETERVALUE_ENVIRONMENT: &str = "InvalidParameterValue.Environment";

/// 环境变量大小超限，请保持在 4KB 以内。
pub const INVALIDPARAMETERVALUE_ENVIRONMENTEXCEEDEDLIMIT: &str =
    "InvalidParameterValue.EnvironmentExceededLimit";

/// 不支持修改函数系统环境变量和运行环境变量。
pub const INVALIDPARAMETERVALUE_ENVIRONMENTSYSTEMPROTECT: &str =
    "InvalidParameterValue.EnvironmentSystemProtect";

/// Filters参数错误。
pub const INVALIDPARAMETERVALUE_FILTERS: &str = "InvalidParameterValue.Filters";

/// 函数不存在。
pub const INVALIDPARAMETERVALUE_FUNCTIONNAME: &str = "InvalidParameterValue.FunctionName";

/// 请求 id 传参错误。
pub const INVALIDPARAMETERVALUE_FUNCTIONREQUESTID: &str = "InvalidParameterValue.FunctionRequestId";

/// FunctionType参数错误。
pub const INVALIDPARAMETERVALUE_FUNCTIONTYPE: &str = "InvalidParameterValue.FunctionType";

/// GitBranch不符合规范。
pub const INVALIDPARAMETERVALUE_GITBRANCH: &str = "InvalidParameterValue.GitBranch";

/// GitCommitId取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_GITCOMMITID: &str = "InvalidParameterValue.GitCommitId";

/// GitDirectory不符合规范。
pub const INVALIDPARAMETERVALUE_GITDIRECTORY: &str = "InvalidParameterValue.GitDirectory";

/// GitPassword不符合规范。
pub const INVALIDPARAMETERVALUE_GITPASSWORD: &str = "InvalidParameterValue.GitPassword";

/// GitPasswordSecret 传参有误。
pub const INVALIDPARAMETERVALUE_GITPASSWORDSECRET: &str = "InvalidParameterValue.GitPasswordSecret";

/// GitUrl不符合规范。
pub const INVALIDPARAMETERVALUE_GITURL: &str = "InvalidParameterValue.GitUrl";

/// GitUserName不符合规范。
pub const INVALIDPARAMETERVALUE_GITUSERNAME: &str = "InvalidParameterValue.GitUserName";

/// GitUserNameSecret 传参有误。
pub const INVALIDPARAMETERVALUE_GITUSERNAMESECRET: &str = "InvalidParameterValue.GitUserNameSecret";

/// GooseFsCluster参数异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSCLUSTER: &str = "InvalidParameterValue.GooseFsCluster";

/// GooseFs SiteProperties 配置格式化失败。
pub const INVALIDPARAMETERVALUE_GOOSEFSCLUSTERGOOSEFSSITEPROPERTIESBASE64DECODEERR: &str =
    "InvalidParameterValue.GooseFsClusterGooseFsSitePropertiesBase64DecodeErr";

/// GooseFs SiteProperties 配置格式化异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSCLUSTERGOOSEFSSITEPROPERTIESFORMATERR: &str =
    "InvalidParameterValue.GooseFsClusterGooseFsSitePropertiesFormatErr";

/// GooseFsEndpoint参数异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSENDPOINT: &str = "InvalidParameterValue.GooseFsEndpoint";

/// GooseFsFuseJVMConfig参数异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSFUSEJVMCONFIG: &str =
    "InvalidParameterValue.GooseFsFuseJVMConfig";

/// GooseFsLocalMountDir参数异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSLOCALMOUNTDIR: &str =
    "InvalidParameterValue.GooseFsLocalMountDir";

/// GooseFsNamespace参数异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSNAMESPACE: &str = "InvalidParameterValue.GooseFsNamespace";

/// GooseFsRemoteMountPath参数异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSREMOTEMOUNTPATH: &str =
    "InvalidParameterValue.GooseFsRemoteMountPath";

/// GooseFsStructionError参数异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSSTRUCTIONERROR: &str =
    "InvalidParameterValue.GooseFsStructionError";

/// GooseFsType参数异常。
pub const INVALIDPARAMETERVALUE_GOOSEFSTYPE: &str = "InvalidParameterValue.GooseFsType";

/// Handler传入错误。
pub const INVALIDPARAMETERVALUE_HANDLER: &str = "InvalidParameterValue.Handler";

/// IdleTimeOut参数传入错误。
pub const INVALIDPARAMETERVALUE_IDLETIMEOUT: &str = "InvalidParameterValue.IdleTimeOut";

/// ImageType 参数值有误。
pub const INVALIDPARAMETERVALUE_IMAGETYPE: &str = "InvalidParameterValue.ImageType";

/// imageUri 传入有误。
pub const INVALIDPARAMETERVALUE_IMAGEURI: &str = "InvalidParameterValue.ImageUri";

/// InlineZipFile非法。
pub const INVALIDPARAMETERVALUE_INLINEZIPFILE: &str = "InvalidParameterValue.InlineZipFile";

/// InstanceConcurrencyConfig 参数传入错误。
pub const INVALIDPARAMETERVALUE_INSTANCECONCURRENCYCONFIG: &str =
    "InvalidParameterValue.InstanceConcurrencyConfig";

/// InvokeType取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_INVOKETYPE: &str = "InvalidParameterValue.InvokeType";

/// L5Enable取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_L5ENABLE: &str = "InvalidParameterValue.L5Enable";

/// LayerName参数传入错误。
pub const INVALIDPARAMETERVALUE_LAYERNAME: &str = "InvalidParameterValue.LayerName";

/// Layers参数传入错误。
pub const INVALIDPARAMETERVALUE_LAYERS: &str = "InvalidParameterValue.Layers";

/// Limit传入错误。
pub const INVALIDPARAMETERVALUE_LIMIT: &str = "InvalidParameterValue.Limit";

/// 参数超出长度限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 日志格式不正确。
pub const INVALIDPARAMETERVALUE_LOGFORMAT: &str = "InvalidParameterValue.LogFormat";

/// MaxConcurrency 参数传入错误。
pub const INVALIDPARAMETERVALUE_MAXCONCURRENCY: &str = "InvalidParameterValue.MaxConcurrency";

/// Memory 取值与规范不符，函数运行时内存大小默认为128MB，可选范围64MB、128MB - 3072MB，以128MB为阶梯，请修正后重试。
pub const INVALIDPARAMETERVALUE_MEMORY: &str = "InvalidParameterValue.Memory";

/// MemorySize错误。
pub const INVALIDPARAMETERVALUE_MEMORYSIZE: &str = "InvalidParameterValue.MemorySize";

/// MinCapacity 参数传入错误。
pub const INVALIDPARAMETERVALUE_MINCAPACITY: &str = "InvalidParameterValue.MinCapacity";

/// MountOption参数异常。
pub const INVALIDPARAMETERVALUE_MOUNTOPTION: &str = "InvalidParameterValue.MountOption";

/// Name参数传入错误。
pub const INVALIDPARAMETERVALUE_NAME: &str = "InvalidParameterValue.Name";

/// Namespace参数传入错误。
pub const INVALIDPARAMETERVALUE_NAMESPACE: &str = "InvalidParameterValue.Namespace";

/// 规则不正确，Namespace为英文字母、数字、-_ 符号组成，长度30。
pub const INVALIDPARAMETERVALUE_NAMESPACEINVALID: &str = "InvalidParameterValue.NamespaceInvalid";

/// NodeSpec 参数传入错误。
pub const INVALIDPARAMETERVALUE_NODESPEC: &str = "InvalidParameterValue.NodeSpec";

/// NodeType 参数传入错误。
pub const INVALIDPARAMETERVALUE_NODETYPE: &str = "InvalidParameterValue.NodeType";

/// 偏移量不合法。
pub const INVALIDPARAMETERVALUE_OFFSET: &str = "InvalidParameterValue.Offset";

/// Order传入错误。
pub const INVALIDPARAMETERVALUE_ORDER: &str = "InvalidParameterValue.Order";

/// OrderBy取值与规范不符，请修正后再试。可参考对应接口文档中的示例值：https://cloud.tencent.com/document/product/583/17235
pub const INVALIDPARAMETERVALUE_ORDERBY: &str = "InvalidParameterValue.OrderBy";

/// 入参不是标准的json。
pub const INVALIDPARAMETERVALUE_PARAM: &str = "InvalidParameterValue.Param";

/// Permission参数异常。
pub const INVALIDPARAMETERVALUE_PERMISSION: &str = "InvalidParameterValue.Permission";

/// PluginConfig 参数异常。
pub const INVALIDPARAMETERVALUE_PLUGINCONFIG: &str = "InvalidParameterValue.PluginConfig";

/// 端口号不符合规范，请参考文档修正之后重试。
pub const INVALIDPARAMETERVALUE_PORT: &str = "InvalidParameterValue.Port";

/// ProtocolType参数传入错误。
pub const INVALIDPARAMETERVALUE_PROTOCOLTYPE: &str = "InvalidParameterValue.ProtocolType";

/// 定时预置的cron配置重复。
pub const INVALIDPARAMETERVALUE_PROVISIONTRIGGERCRONCONFIGDUPLICATE: &str =
    "InvalidParameterValue.ProvisionTriggerCronConfigDuplicate";

/// TriggerName参数传入错误。
pub const INVALIDPARAMETERVALUE_PROVISIONTRIGGERNAME: &str =
    "InvalidParameterValue.ProvisionTriggerName";

/// TriggerName重复。
pub const INVALIDPARAMETERVALUE_PROVISIONTRIGGERNAMEDUPLICATE: &str =
    "InvalidParameterValue.ProvisionTriggerNameDuplicate";

/// ProvisionType 参数传入错误。
pub const INVALIDPARAMETERVALUE_PROVISIONTYPE: &str = "InvalidParameterValue.ProvisionType";

/// PublicNetConfig参数错误。
pub const INVALIDPARAMETERVALUE_PUBLICNETCONFIG: &str = "InvalidParameterValue.PublicNetConfig";

/// 不支持的函数版本。
pub const INVALIDPARAMETERVALUE_QUALIFIER: &str = "InvalidParameterValue.Qualifier";

/// 查询版本详情，版本参数传入错误。
pub const INVALIDPARAMETERVALUE_QUERYVERSION: &str = "InvalidParameterValue.QueryVersion";

/// 就绪探测参数错误，请根据文档或者错误提示修正之后重试。
pub const INVALIDPARAMETERVALUE_READINESSPROBE: &str = "InvalidParameterValue.ReadinessProbe";

/// 企业版镜像实例ID[RegistryId]传值错误。
pub const INVALIDPARAMETERVALUE_REGISTRYID: &str = "InvalidParameterValue.RegistryId";

/// RetCode不合法。
pub const INVALIDPARAMETERVALUE_RETCODE: &str = "InvalidParameterValue.RetCode";

/// RoutingConfig取值与规范不符，请修正后再试。可参考：https://cloud.tencent.com/document/product/583/17244#RoutingConfig。
pub const INVALIDPARAMETERVALUE_ROUTINGCONFIG: &str = "InvalidParameterValue.RoutingConfig";

/// Runtime传入错误。
pub const INVALIDPARAMETERVALUE_RUNTIME: &str = "InvalidParameterValue.Runtime";

/// searchkey 不是 Keyword,Tag 或者 Runtime。
pub const INVALIDPARAMETERVALUE_SEARCHKEY: &str = "InvalidParameterValue.SearchKey";

/// SecretInfo错误。
pub const INVALIDPARAMETERVALUE_SECRETINFO: &str = "InvalidParameterValue.SecretInfo";

/// ServiceName命名不规范。
pub const INVALIDPARAMETERVALUE_SERVICENAME: &str = "InvalidParameterValue.ServiceName";

/// Stamp取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_STAMP: &str = "InvalidParameterValue.Stamp";

/// 起始时间传入错误。
pub const INVALIDPARAMETERVALUE_STARTTIME: &str = "InvalidParameterValue.StartTime";

/// 需要同时指定开始日期与结束日期。
pub const INVALIDPARAMETERVALUE_STARTTIMEORENDTIME: &str =
    "InvalidParameterValue.StartTimeOrEndTime";

/// Status取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_STATUS: &str = "InvalidParameterValue.Status";

/// 系统环境变量错误。
pub const INVALIDPARAMETERVALUE_SYSTEMENVIRONMENT: &str = "InvalidParameterValue.SystemEnvironment";

/// 非法的TempCosObjectName。
pub const INVALIDPARAMETERVALUE_TEMPCOSOBJECTNAME: &str = "InvalidParameterValue.TempCosObjectName";

/// TraceEnable取值与规范不符，请修正后再试。
pub const INVALIDPARAMETERVALUE_TRACEENABLE: &str = "InvalidParameterValue.TraceEnable";

/// TrackingTarget 参数输入错误。
pub const INVALIDPARAMETERVALUE_TRACKINGTARGET: &str = "InvalidParameterValue.TrackingTarget";

/// TriggerCronConfig参数传入错误。
pub const INVALIDPARAMETERVALUE_TRIGGERCRONCONFIG: &str = "InvalidParameterValue.TriggerCronConfig";

/// TriggerCronConfig参数定时触发间隔小于指定值。
pub const INVALIDPARAMETERVALUE_TRIGGERCRONCONFIGTIMEINTERVAL: &str =
    "InvalidParameterValue.TriggerCronConfigTimeInterval";

/// TriggerDesc传入参数错误。
pub const INVALIDPARAMETERVALUE_TRIGGERDESC: &str = "InvalidParameterValue.TriggerDesc";

/// TriggerName传入错误。
pub const INVALIDPARAMETERVALUE_TRIGGERNAME: &str = "InvalidParameterValue.TriggerName";

/// TriggerProvisionedConcurrencyNum参数传入错误。
pub const INVALIDPARAMETERVALUE_TRIGGERPROVISIONEDCONCURRENCYNUM: &str =
    "InvalidParameterValue.TriggerProvisionedConcurrencyNum";

/// Type传入错误。
pub const INVALIDPARAMETERVALUE_TYPE: &str = "InvalidParameterValue.Type";

/// VPC不正确。
pub const INVALIDPARAMETERVALUE_VPC: &str = "InvalidParameterValue.Vpc";

/// 开启cfs配置的同时必须开启vpc。
pub const INVALIDPARAMETERVALUE_VPCNOTSETWHENOPENCFS: &str =
    "InvalidParameterValue.VpcNotSetWhenOpenCfs";

/// WebSocketsParams参数传入错误。
pub const INVALIDPARAMETERVALUE_WEBSOCKETSPARAMS: &str = "InvalidParameterValue.WebSocketsParams";

/// 检测到不是标准的zip文件，请重新压缩后再试。
pub const INVALIDPARAMETERVALUE_ZIPFILE: &str = "InvalidParameterValue.ZipFile";

/// 压缩文件base64解码失败: `Incorrect padding`，请修正后再试。
pub const INVALIDPARAMETERVALUE_ZIPFILEBASE64BINASCIIERROR: &str =
    "InvalidParameterValue.ZipFileBase64BinasciiError";

/// 日志参数有误。
pub const INVALIDPARAMETER_CLS: &str = "InvalidParameter.Cls";

/// FunctionName取值与规范不符，请修正后再试。
pub const INVALIDPARAMETER_FUNCTIONNAME: &str = "InvalidParameter.FunctionName";

/// 资源ID和函数名参数不能同时为空。
pub const INVALIDPARAMETER_FUNCTIONNAMEORRESOURCEIDREQUIRED: &str =
    "InvalidParameter.FunctionNameOrResourceIdRequired";

/// GooseFsRequired 未必项。
pub const INVALIDPARAMETER_GOOSEFSREQUIRED: &str = "InvalidParameter.GooseFsRequired";

/// 创建函数传参异常。
pub const INVALIDPARAMETER_PARAMERROR: &str = "InvalidParameter.ParamError";

/// 请求参数不合法。
pub const INVALIDPARAMETER_PAYLOAD: &str = "InvalidParameter.Payload";

/// 请求大小超限。
pub const INVALIDPARAMETER_REQUESTTOOLARGE: &str = "InvalidParameter.RequestTooLarge";

/// RoleCheck 传参有误。
pub const INVALIDPARAMETER_ROLECHECK: &str = "InvalidParameter.RoleCheck";

/// RoutingConfig参数传入错误。
pub const INVALIDPARAMETER_ROUTINGCONFIG: &str = "InvalidParameter.RoutingConfig";

/// 别名个数超过最大限制。
pub const LIMITEXCEEDED_ALIAS: &str = "LimitExceeded.Alias";

/// Cdn使用超过最大限制。
pub const LIMITEXCEEDED_CDN: &str = "LimitExceeded.Cdn";

/// 用户开启镜像加速函数版本超限。
pub const LIMITEXCEEDED_CONTAINERIMAGEACCELERATE: &str = "LimitExceeded.ContainerImageAccelerate";

/// 用户开启镜像加速函数版本超限。
pub const LIMITEXCEEDED_CONTAINERIMAGEACCELERATEQUOTA: &str =
    "LimitExceeded.ContainerImageAccelerateQuota";

/// eip资源超限。
pub const LIMITEXCEEDED_EIP: &str = "LimitExceeded.Eip";

/// 文件数超限
pub const LIMITEXCEEDED_FS: &str = "LimitExceeded.Fs";

/// 函数数量超出最大限制 ，可通过[提交工单](https://cloud.tencent.com/act/event/Online_service?from=scf%7Cindex)申请提升限制。
pub const LIMITEXCEEDED_FUNCTION: &str = "LimitExceeded.Function";

/// 同一个主题下的函数超过最大限制。
pub const LIMITEXCEEDED_FUNCTIONONTOPIC: &str = "LimitExceeded.FunctionOnTopic";

/// FunctionProvisionedConcurrencyMemory数量达到限制，可提交工单申请提升限制：https://tencentcs.com/7Fixwt63。
pub const LIMITEXCEEDED_FUNCTIONPROVISIONEDCONCURRENCYMEMORY: &str =
    "LimitExceeded.FunctionProvisionedConcurrencyMemory";

/// 函数保留并发内存超限。
pub const LIMITEXCEEDED_FUNCTIONRESERVEDCONCURRENCYMEMORY: &str =
    "LimitExceeded.FunctionReservedConcurrencyMemory";

/// FunctionTotalProvisionedConcurrencyMemory达到限制，可提交工单申请提升限制：https://tencentcs.com/7Fixwt63。
pub const LIMITEXCEEDED_FUNCTIONTOTALPROVISIONEDCONCURRENCYMEMORY: &str =
    "LimitExceeded.FunctionTotalProvisionedConcurrencyMemory";

/// 函数预置并发总数达到限制。
pub const LIMITEXCEEDED_FUNCTIONTOTALPROVISIONEDCONCURRENCYNUM: &str =
    "LimitExceeded.FunctionTotalProvisionedConcurrencyNum";

/// 函数版本超限
pub const LIMITEXCEEDED_FUNCTIONVERSIONS: &str = "LimitExceeded.FunctionVersions";

/// GPU预留额度不足
pub const LIMITEXCEEDED_GPURESERVEDQUOTA: &str = "LimitExceeded.GpuReservedQuota";

/// InitTimeout达到限制，可提交工单申请提升限制：https://tencentcs.com/7Fixwt63。
pub const LIMITEXCEEDED_INITTIMEOUT: &str = "LimitExceeded.InitTimeout";

/// 内网固定IP个数超限。
pub const LIMITEXCEEDED_INTRAIP: &str = "LimitExceeded.IntraIp";

/// layer数量超出最大限制。
pub const LIMITEXCEEDED_LAYERS: &str = "LimitExceeded.Layers";

/// layer版本数量超出最大限制。
pub const LIMITEXCEEDED_LAYERVERSIONS: &str = "LimitExceeded.LayerVersions";

/// 动态扩容最大值超限。
pub const LIMITEXCEEDED_MAXCAPACITY: &str = "LimitExceeded.MaxCapacity";

/// 内存超出最大限制。
pub const LIMITEXCEEDED_MEMORY: &str = "LimitExceeded.Memory";

/// 函数异步重试配置消息保留时间超过限制。
pub const LIMITEXCEEDED_MSGTTL: &str = "LimitExceeded.MsgTTL";

/// 命名空间数量超过最大限制，可通过[提交工单](https://cloud.tencent.com/act/event/Online_service?from=scf%7Cindex)申请提升限制。
pub const LIMITEXCEEDED_NAMESPACE: &str = "LimitExceeded.Namespace";

/// Offset超出限制。
pub const LIMITEXCEEDED_OFFSET: &str = "LimitExceeded.Offset";

/// 特权容器属性开启失败
pub const LIMITEXCEEDED_PRIVILEGECONTAINER: &str = "LimitExceeded.PrivilegeContainer";

/// 定时预置数量超过最大限制。
pub const LIMITEXCEEDED_PROVISIONTRIGGERACTION: &str = "LimitExceeded.ProvisionTriggerAction";

/// 定时触发间隔小于最大限制。
pub const LIMITEXCEEDED_PROVISIONTRIGGERINTERVAL: &str = "LimitExceeded.ProvisionTriggerInterval";

/// 配额超限。
pub const LIMITEXCEEDED_QUOTA: &str = "LimitExceeded.Quota";

/// 函数异步重试配置异步重试次数超过限制。
pub const LIMITEXCEEDED_RETRYNUM: &str = "LimitExceeded.RetryNum";

/// Timeout超出最大限制。
pub const LIMITEXCEEDED_TIMEOUT: &str = "LimitExceeded.Timeout";

/// 用户并发内存配额超限。
pub const LIMITEXCEEDED_TOTALCONCURRENCYMEMORY: &str = "LimitExceeded.TotalConcurrencyMemory";

/// 触发器数量超出最大限制，可通过[提交工单](https://cloud.tencent.com/act/event/Online_service?from=scf%7Cindex)申请提升限制。
pub const LIMITEXCEEDED_TRIGGER: &str = "LimitExceeded.Trigger";

/// UserTotalConcurrencyMemory达到限制，可提交工单申请提升限制：https://tencentcs.com/7Fixwt63。
pub const LIMITEXCEEDED_USERTOTALCONCURRENCYMEMORY: &str =
    "LimitExceeded.UserTotalConcurrencyMemory";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// Code没有传入。
pub const MISSINGPARAMETER_CODE: &str = "MissingParameter.Code";

/// 缺失 Runtime 字段。
pub const MISSINGPARAMETER_RUNTIME: &str = "MissingParameter.Runtime";

/// 账号已被隔离。
pub const OPERATIONDENIED_ACCOUNTISOLATE: &str = "OperationDenied.AccountIsolate";

/// 账号不存在。
pub const OPERATIONDENIED_ACCOUNTNOTEXISTS: &str = "OperationDenied.AccountNotExists";

/// COS资源不足。
pub const RESOURCEINSUFFICIENT_COS: &str = "ResourceInsufficient.COS";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// Alias已被占用。
pub const RESOURCEINUSE_ALIAS: &str = "ResourceInUse.Alias";

/// Cdn已被占用。
pub const RESOURCEINUSE_CDN: &str = "ResourceInUse.Cdn";

/// Cmq已被占用。
pub const RESOURCEINUSE_CMQ: &str = "ResourceInUse.Cmq";

/// Cos已被占用。
pub const RESOURCEINUSE_COS: &str = "ResourceInUse.Cos";

/// 函数已存在。
pub const RESOURCEINUSE_FUNCTION: &str = "ResourceInUse.Function";

/// FunctionName已存在。
pub const RESOURCEINUSE_FUNCTIONNAME: &str = "ResourceInUse.FunctionName";

/// Layer版本正在使用中。
pub const RESOURCEINUSE_LAYERVERSION: &str = "ResourceInUse.LayerVersion";

/// Namespace已存在。
pub const RESOURCEINUSE_NAMESPACE: &str = "ResourceInUse.Namespace";

/// TriggerName已存在。
pub const RESOURCEINUSE_TRIGGER: &str = "ResourceInUse.Trigger";

/// TriggerName已存在。
pub const RESOURCEINUSE_TRIGGERNAME: &str = "ResourceInUse.TriggerName";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 别名不存在。
pub const RESOURCENOTFOUND_ALIAS: &str = "ResourceNotFound.Alias";

/// 未找到指定的AsyncEvent，请创建后再试。
pub const RESOURCENOTFOUND_ASYNCEVENT: &str = "ResourceNotFound.AsyncEvent";

/// 函数需要关联的标签Key不存在。
pub const RESOURCENOTFOUND_ATTACHEDTAGKEYNOTFOUND: &str = "ResourceNotFound.AttachedTagKeyNotFound";

/// Cdn不存在。
pub const RESOURCENOTFOUND_CDN: &str = "ResourceNotFound.Cdn";

/// 指定的cfs下未找到您所指定的挂载点。
pub const RESOURCENOTFOUND_CFSMOUNTINSNOTMATCH: &str = "ResourceNotFound.CfsMountInsNotMatch";

/// CfsProtocolError 参数异常。
pub const RESOURCENOTFOUND_CFSPROTOCOLERROR: &str = "ResourceNotFound.CfsProtocolError";

/// 检测cfs状态为不可用。
pub const RESOURCENOTFOUND_CFSSTATUSERROR: &str = "ResourceNotFound.CfsStatusError";

/// cfs与云函数所处vpc不一致。
pub const RESOURCENOTFOUND_CFSVPCNOTMATCH: &str = "ResourceNotFound.CfsVpcNotMatch";

/// Ckafka不存在。
pub const RESOURCENOTFOUND_CKAFKA: &str = "ResourceNotFound.Ckafka";

/// Cmq不存在。
pub const RESOURCENOTFOUND_CMQ: &str = "ResourceNotFound.Cmq";

/// Cos不存在。
pub const RESOURCENOTFOUND_COS: &str = "ResourceNotFound.Cos";

/// Cos对象不存在
pub const RESOURCENOTFOUND_COSOBJECT: &str = "ResourceNotFound.CosObject";

/// 不存在的Demo。
pub const RESOURCENOTFOUND_DEMO: &str = "ResourceNotFound.Demo";

/// 函数不存在。
pub const RESOURCENOTFOUND_FUNCTION: &str = "ResourceNotFound.Function";

/// 函数不存在。
pub const RESOURCENOTFOUND_FUNCTIONNAME: &str = "ResourceNotFound.FunctionName";

/// 函数版本不存在。
pub const RESOURCENOTFOUND_FUNCTIONVERSION: &str = "ResourceNotFound.FunctionVersion";

/// 获取cfs挂载点信息错误。
pub const RESOURCENOTFOUND_GETCFSMOUNTINSERROR: &str = "ResourceNotFound.GetCfsMountInsError";

/// 获取cfs信息错误。
pub const RESOURCENOTFOUND_GETCFSNOTMATCH: &str = "ResourceNotFound.GetCfsNotMatch";

/// GooseFsClusterEndpoint 不存在。
pub const RESOURCENOTFOUND_GOOSEFSCLUSTERENDPOINT: &str = "ResourceNotFound.GooseFsClusterEndpoint";

/// GooseFsClusterId 不存在。
pub const RESOURCENOTFOUND_GOOSEFSCLUSTERID: &str = "ResourceNotFound.GooseFsClusterId";

/// GooseFsClusterNamespace 不存在。
pub const RESOURCENOTFOUND_GOOSEFSCLUSTERNAMESPACE: &str =
    "ResourceNotFound.GooseFsClusterNamespace";

/// 未找到指定的ImageConfig，请创建后再试。
pub const RESOURCENOTFOUND_IMAGECONFIG: &str = "ResourceNotFound.ImageConfig";

/// layer不存在。
pub const RESOURCENOTFOUND_LAYER: &str = "ResourceNotFound.Layer";

/// Layer版本不存在。
pub const RESOURCENOTFOUND_LAYERVERSION: &str = "ResourceNotFound.LayerVersion";

/// Namespace不存在。
pub const RESOURCENOTFOUND_NAMESPACE: &str = "ResourceNotFound.Namespace";

/// 版本不存在。
pub const RESOURCENOTFOUND_QUALIFIER: &str = "ResourceNotFound.Qualifier";

/// 角色不存在。
pub const RESOURCENOTFOUND_ROLE: &str = "ResourceNotFound.Role";

/// Role不存在。
pub const RESOURCENOTFOUND_ROLECHECK: &str = "ResourceNotFound.RoleCheck";

/// Timer不存在。
pub const RESOURCENOTFOUND_TIMER: &str = "ResourceNotFound.Timer";

/// 并发内存配额资源未找到。
pub const RESOURCENOTFOUND_TOTALCONCURRENCYMEMORY: &str = "ResourceNotFound.TotalConcurrencyMemory";

/// 触发器不存在。
pub const RESOURCENOTFOUND_TRIGGER: &str = "ResourceNotFound.Trigger";

/// 版本不存在。
pub const RESOURCENOTFOUND_VERSION: &str = "ResourceNotFound.Version";

/// VPC或子网不存在。
pub const RESOURCENOTFOUND_VPC: &str = "ResourceNotFound.Vpc";

/// 余额不足，请先充值。
pub const RESOURCEUNAVAILABLE_INSUFFICIENTBALANCE: &str = "ResourceUnavailable.InsufficientBalance";

/// Namespace不可用。
pub const RESOURCEUNAVAILABLE_NAMESPACE: &str = "ResourceUnavailable.Namespace";

/// 服务已冻结。
pub const RESOURCEUNAVAILABLE_SERVICESUSPENDED: &str = "ResourceUnavailable.ServiceSuspended";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// CAM鉴权失败。
pub const UNAUTHORIZEDOPERATION_CAM: &str = "UnauthorizedOperation.CAM";

/// 无访问代码权限。
pub const UNAUTHORIZEDOPERATION_CODESECRET: &str = "UnauthorizedOperation.CodeSecret";

/// 没有权限。
pub const UNAUTHORIZEDOPERATION_CREATETRIGGER: &str = "UnauthorizedOperation.CreateTrigger";

/// 没有权限的操作。
pub const UNAUTHORIZEDOPERATION_DELETEFUNCTION: &str = "UnauthorizedOperation.DeleteFunction";

/// 没有权限。
pub const UNAUTHORIZEDOPERATION_DELETETRIGGER: &str = "UnauthorizedOperation.DeleteTrigger";

/// 不是从控制台调用的该接口。
pub const UNAUTHORIZEDOPERATION_NOTMC: &str = "UnauthorizedOperation.NotMC";

/// Region错误。
pub const UNAUTHORIZEDOPERATION_REGION: &str = "UnauthorizedOperation.Region";

/// 没有权限访问您的Cos资源。
pub const UNAUTHORIZEDOPERATION_ROLE: &str = "UnauthorizedOperation.Role";

/// TempCos的Appid和请求账户的APPID不一致。
pub const UNAUTHORIZEDOPERATION_TEMPCOSAPPID: &str = "UnauthorizedOperation.TempCosAppid";

/// 无法进行此操作。
pub const UNAUTHORIZEDOPERATION_UPDATEFUNCTIONCODE: &str =
    "UnauthorizedOperation.UpdateFunctionCode";

/// 没有权限。
pub const UNAUTHORIZEDOPERATION_UPDATETRIGGERSTATUS: &str =
    "UnauthorizedOperation.UpdateTriggerStatus";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 资源还有别名绑定，不支持当前操作，请解绑别名后重试。
pub const UNSUPPORTEDOPERATION_ALIASBIND: &str = "UnsupportedOperation.AliasBind";

/// 指定的配置AsyncRunEnable暂不支持，请修正后再试。
pub const UNSUPPORTEDOPERATION_ASYNCRUNENABLE: &str = "UnsupportedOperation.AsyncRunEnable";

/// Cdn不支持。
pub const UNSUPPORTEDOPERATION_CDN: &str = "UnsupportedOperation.Cdn";

/// 该函数无法复制。
pub const UNSUPPORTEDOPERATION_COPYFUNCTION: &str = "UnsupportedOperation.CopyFunction";

/// Cos操作不支持。
pub const UNSUPPORTEDOPERATION_COS: &str = "UnsupportedOperation.Cos";

/// DiskSize 配置内测中，需要申请开启。如需使用可联系我们。
pub const UNSUPPORTEDOPERATION_DISKSIZE: &str = "UnsupportedOperation.DiskSize";

/// 指定的配置EipFixed暂不支持。
pub const UNSUPPORTEDOPERATION_EIPFIXED: &str = "UnsupportedOperation.EipFixed";

/// 不支持的地域。
pub const UNSUPPORTEDOPERATION_NOTSUPPORTREGION: &str = "UnsupportedOperation.NotSupportRegion";

/// 当前状态无法发布版本。
pub const UNSUPPORTEDOPERATION_PUBLISHVERSION: &str = "UnsupportedOperation.PublishVersion";

/// 不支持此地域。
pub const UNSUPPORTEDOPERATION_REGION: &str = "UnsupportedOperation.Region";

/// Trigger操作不支持。
pub const UNSUPPORTEDOPERATION_TRIGGER: &str = "UnsupportedOperation.Trigger";

/// 更新函数代码失败。
pub const UNSUPPORTEDOPERATION_UPDATEFUNCTIONCODE: &str = "UnsupportedOperation.UpdateFunctionCode";

/// 指定的配置暂不支持，请修正后再试。
pub const UNSUPPORTEDOPERATION_UPDATEFUNCTIONEVENTINVOKECONFIG: &str =
    "UnsupportedOperation.UpdateFunctionEventInvokeConfig";

/// 指定的配置VpcConfig暂不支持。
pub const UNSUPPORTEDOPERATION_VPCCONFIG: &str = "UnsupportedOperation.VpcConfig";
