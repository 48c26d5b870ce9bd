//! Error codes of `iotcloud`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_iotcloud::errors::FAILEDOPERATION) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 操作失败，账号已欠费隔离。
pub const FAILEDOPERATION_ACCOUNTISOLATED: &str = "FailedOperation.AccountIsolated";

/// 已分发设备，不能再次创建。
pub const FAILEDOPERATION_ALREADYDISTRIBUTIONDEVICE: &str =
    "FailedOperation.AlreadyDistributionDevice";

/// 任务已经开始。
pub const FAILEDOPERATION_ASYNCTASKALREADYSTARTED: &str = "FailedOperation.AsyncTaskAlreadyStarted";

/// 绑定设备超过限制。
pub const FAILEDOPERATION_BINDDEVICEOVERLIMIT: &str = "FailedOperation.BindDeviceOverLimit";

/// 单次绑定的设备数量超过限制。
pub const FAILEDOPERATION_BINDDEVICEPERONCEOVERLIMIT: &str =
    "FailedOperation.BindDevicePerOnceOverLimit";

/// 广播任务正在执行。
pub const FAILEDOPERATION_BROADCASTTASKISRUNNING: &str = "FailedOperation.BroadcastTaskIsRunning";

/// 设备已经被禁用。
pub const FAILEDOPERATION_DEVICEALREADYDISABLED: &str = "FailedOperation.DeviceAlreadyDisabled";

/// 设备固件升级任务已经完成。
pub const FAILEDOPERATION_DEVICEFIRMWARETASKALREADDONE: &str =
    "FailedOperation.DeviceFirmwareTaskAlreadDone";

/// 设备正在升级中。
pub const FAILEDOPERATION_DEVICEISUPDATING: &str = "FailedOperation.DeviceIsUpdating";

/// 设备没有订阅相应的topic。
pub const FAILEDOPERATION_DEVICENOSUBSCRIPTION: &str = "FailedOperation.DeviceNoSubscription";

/// 设备离线。
pub const FAILEDOPERATION_DEVICEOFFLINE: &str = "FailedOperation.DeviceOffline";

/// 设备已经运行其他ota升级任务。
pub const FAILEDOPERATION_DEVICERUNNINGOTHEROTATASK: &str =
    "FailedOperation.DeviceRunningOtherOtaTask";

/// 不能创建重复的函数。
pub const FAILEDOPERATION_DUPLICATIONOFFUNCTIONITEM: &str =
    "FailedOperation.DuplicationOfFunctionItem";

/// 函数文件不存在。
pub const FAILEDOPERATION_FUNCTIONFILENOTEXIST: &str = "FailedOperation.FunctionFileNotExist";

/// 消息长度非法。
pub const FAILEDOPERATION_INVALIDMSGLEN: &str = "FailedOperation.InvalidMsgLen";

/// 消息topic非法。
pub const FAILEDOPERATION_INVALIDTOPICNAME: &str = "FailedOperation.InvalidTopicName";

/// 产品未绑定，无法代理订阅。
pub const FAILEDOPERATION_PRODUCTNOTBIND: &str = "FailedOperation.ProductNotBind";

/// 同名产品资源已存在。
pub const FAILEDOPERATION_PRODUCTRESOURCEDUPLICATE: &str =
    "FailedOperation.ProductResourceDuplicate";

/// 代理ip或端口资源不足。
pub const FAILEDOPERATION_PROXYIPISNOTENOUGH: &str = "FailedOperation.ProxyIPIsNotEnough";

/// 资源文件MD5或者大小不一致。
pub const FAILEDOPERATION_RESOURCEFILENOTMATCH: &str = "FailedOperation.ResourceFileNotMatch";

/// RRPC接口未收到设备端响应。
pub const FAILEDOPERATION_RRPCTIMEOUT: &str = "FailedOperation.RRPCTimeout";

/// 该规则引擎已经是禁用状态，不需要再被禁用。
pub const FAILEDOPERATION_RULEALREADYDISABLED: &str = "FailedOperation.RuleAlreadyDisabled";

/// 规则已经是启用状态。
pub const FAILEDOPERATION_RULEALREADYENABLED: &str = "FailedOperation.RuleAlreadyEnabled";

/// 用户或产品不匹配任务ID。
pub const FAILEDOPERATION_TASKIDNOTMATCH: &str = "FailedOperation.TaskIDNotMatch";

/// 白名单校验未开启，用户不可创建设备，平台会根据设备认证时携带的设备名称自动创建设备。
pub const FAILEDOPERATION_TIDWHITELISTNOTOPEN: &str = "FailedOperation.TidWhiteListNotOpen";

/// 更新版本不匹配。
pub const FAILEDOPERATION_UPDATEVERSIONNOTMATCH: &str = "FailedOperation.UpdateVersionNotMatch";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 数据库内部错误。
pub const INTERNALERROR_DBOPERATIONERROR: &str = "InternalError.DBOperationError";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 规则行为未配置。
pub const INVALIDPARAMETERVALUE_ACTIONNIL: &str = "InvalidParameterValue.ActionNil";

/// CA证书内容错误。
pub const INVALIDPARAMETERVALUE_CACERTINVALID: &str = "InvalidParameterValue.CACertInvalid";

/// CA验证证书不匹配。
pub const INVALIDPARAMETERVALUE_CACERTNOTMATCH: &str = "InvalidParameterValue.CACertNotMatch";

/// 检查第三方URL超时或失败。
pub const INVALIDPARAMETERVALUE_CHECKFORWARDURLFAIL: &str =
    "InvalidParameterValue.CheckForwardURLFail";

/// 保存失败，行为操作和转发错误行为数据目标不可一致。
pub const INVALIDPARAMETERVALUE_CLOUDCOMPONENTALREADYEXIST: &str =
    "InvalidParameterValue.CloudComponentAlreadyExist";

/// 格式错误，DefinedPsk需为Base64格式的字符串。
pub const INVALIDPARAMETERVALUE_DEFINEDPSKNOTBASE64: &str =
    "InvalidParameterValue.DefinedPskNotBase64";

/// 创建的设备名已存在。
pub const INVALIDPARAMETERVALUE_DEVICEALREADYEXIST: &str =
    "InvalidParameterValue.DeviceAlreadyExist";

/// 设备不是网关类型。
pub const INVALIDPARAMETERVALUE_DEVICEISNOTGATEWAY: &str =
    "InvalidParameterValue.DeviceIsNotGateway";

/// 设备不存在。
pub const INVALIDPARAMETERVALUE_DEVICENOTEXIST: &str = "InvalidParameterValue.DeviceNotExist";

/// 存失败，行为操作和转发错误行为数据目标不可为同一设备。
pub const INVALIDPARAMETERVALUE_FAILACTIONHASSAMEDEVICE: &str =
    "InvalidParameterValue.FailActionHasSameDevice";

/// 固件已存在。
pub const INVALIDPARAMETERVALUE_FIRMWAREALREADYEXIST: &str =
    "InvalidParameterValue.FirmwareAlreadyExist";

/// 不允许转发重定向。
pub const INVALIDPARAMETERVALUE_FORWARDREDIRECTDENIED: &str =
    "InvalidParameterValue.ForwardRedirectDenied";

/// JSON参数非法。
pub const INVALIDPARAMETERVALUE_INVALIDJSON: &str = "InvalidParameterValue.InvalidJSON";

/// SQL语句含有非法字符。
pub const INVALIDPARAMETERVALUE_INVALIDSQL: &str = "InvalidParameterValue.InvalidSQL";

/// State JSON对象中包含非法节点。
pub const INVALIDPARAMETERVALUE_JSONHASINVALIDNODE: &str =
    "InvalidParameterValue.JSONHasInvalidNode";

/// State JSON对象超过大小限制，最大为 8k。
pub const INVALIDPARAMETERVALUE_JSONSIZEEXCEEDLIMIT: &str =
    "InvalidParameterValue.JSONSizeExceedLimit";

/// 不可合并。
pub const INVALIDPARAMETERVALUE_NOTMERGEABLE: &str = "InvalidParameterValue.NotMergeAble";

/// 修改规则的操作被禁止。
pub const INVALIDPARAMETERVALUE_OPERATIONDENIED: &str = "InvalidParameterValue.OperationDenied";

/// 请求中缺少关键字段信息。
pub const INVALIDPARAMETERVALUE_PARAMINCOMPLETE: &str = "InvalidParameterValue.ParamIncomplete";

/// 消息Payload超出限制。
pub const INVALIDPARAMETERVALUE_PAYLOADOVERLIMIT: &str = "InvalidParameterValue.PayloadOverLimit";

/// prefix不合法。
pub const INVALIDPARAMETERVALUE_PREFIXINVALID: &str = "InvalidParameterValue.PrefixInvalid";

/// 创建的产品名已存在。
pub const INVALIDPARAMETERVALUE_PRODUCTALREADYEXIST: &str =
    "InvalidParameterValue.ProductAlreadyExist";

/// 产品不是网关类型，无法绑定子产品。
pub const INVALIDPARAMETERVALUE_PRODUCTISNOTGATEWAY: &str =
    "InvalidParameterValue.ProductIsNotGateway";

/// 产品类型不支持。
pub const INVALIDPARAMETERVALUE_PRODUCTTYPENOTSUPPORT: &str =
    "InvalidParameterValue.ProductTypeNotSupport";

/// 查询设备信息失败。
pub const INVALIDPARAMETERVALUE_QUERYDEVICEFAIL: &str = "InvalidParameterValue.QueryDeviceFail";

/// 查询LoRa设备信息失败。
pub const INVALIDPARAMETERVALUE_QUERYLORADEVICEFAIL: &str =
    "InvalidParameterValue.QueryLoraDeviceFail";

/// 查询设备非LoRa类型设备。
pub const INVALIDPARAMETERVALUE_QUERYNOTLORADEVICEFAIL: &str =
    "InvalidParameterValue.QueryNotLoraDeviceFail";

/// 注册LoRa设备LoRa信息错误。
pub const INVALIDPARAMETERVALUE_REGISTERLORAINFOERROR: &str =
    "InvalidParameterValue.RegisterLoraInfoError";

/// 转发的topic格式错误。
pub const INVALIDPARAMETERVALUE_REPUBLISHTOPICFORMATERROR: &str =
    "InvalidParameterValue.RepublishTopicFormatError";

/// 规则数量超过限制。
pub const INVALIDPARAMETERVALUE_RULENUMBERBEYONDLIMIT: &str =
    "InvalidParameterValue.RuleNumberBeyondLimit";

/// 用户或产品不匹配任务ID。
pub const INVALIDPARAMETERVALUE_TASKIDNOTMATCH: &str = "InvalidParameterValue.TaskIDNotMatch";

/// 该TID产品已存在。
pub const INVALIDPARAMETERVALUE_TIDPRODUCTALREADYEXIST: &str =
    "InvalidParameterValue.TidProductAlreadyExist";

/// Topic已存在。
pub const INVALIDPARAMETERVALUE_TOPICPOLICYALREADYEXIST: &str =
    "InvalidParameterValue.TopicPolicyAlreadyExist";

/// 规则已存在。
pub const INVALIDPARAMETERVALUE_TOPICRULEALREADYEXIST: &str =
    "InvalidParameterValue.TopicRuleAlreadyExist";

/// 规则sql未编辑。
pub const INVALIDPARAMETERVALUE_TOPICRULESQLNOTEDITED: &str =
    "InvalidParameterValue.TopicRuleSqlNotEdited";

/// 请确认规则相关数据是否有更新。
pub const INVALIDPARAMETERVALUE_UPDATETOPICRULEDBFAIL: &str =
    "InvalidParameterValue.UpdateTopicRuleDBFail";

/// CA证书已经绑定了产品，无法操作。
pub const LIMITEXCEEDED_CAALREADYBINDPRODUCT: &str = "LimitExceeded.CAAlreadyBindProduct";

/// CA证书达到上限。
pub const LIMITEXCEEDED_CACERTLIMIT: &str = "LimitExceeded.CACertLimit";

/// CA证书名称重复。
pub const LIMITEXCEEDED_CACERTNAMEREPEAT: &str = "LimitExceeded.CACertNameRepeat";

/// 不支持私有证书操作。
pub const LIMITEXCEEDED_CACERTNOTSUPPORT: &str = "LimitExceeded.CACertNotSupport";

/// CA证书重复。
pub const LIMITEXCEEDED_CAREPEAT: &str = "LimitExceeded.CARepeat";

/// 设备数量超过限制。
pub const LIMITEXCEEDED_DEVICEEXCEEDLIMIT: &str = "LimitExceeded.DeviceExceedLimit";

/// 固件数量超出限制。
pub const LIMITEXCEEDED_FIRMWAREEXCEEDLIMIT: &str = "LimitExceeded.FirmwareExceedLimit";

/// 消息已经保存到离线队列。
pub const LIMITEXCEEDED_MESSAGESAVED: &str = "LimitExceeded.MessageSaved";

/// qos为1的离线消息超过数量限制。
pub const LIMITEXCEEDED_OFFLINEMESSAGEEXCEEDLIMIT: &str = "LimitExceeded.OfflineMessageExceedLimit";

/// 等待和处理中的任务数过多。
pub const LIMITEXCEEDED_PENGINGORPROCESSINGTASKSEXCEEDLIMIT: &str =
    "LimitExceeded.PengingOrProcessingTasksExceedLimit";

/// 超过产品数量限制。
pub const LIMITEXCEEDED_PRODUCTEXCEEDLIMIT: &str = "LimitExceeded.ProductExceedLimit";

/// Topic数量超出限制。
pub const LIMITEXCEEDED_TOPICPOLICYEXCEEDLIMIT: &str = "LimitExceeded.TopicPolicyExceedLimit";

/// TDMQ缺少内网接入点，无法转发，请咨询TDMQ产品
pub const OPERATIONDENIED_GETTDMQPROINTERNALENDPOINTFAIL: &str =
    "OperationDenied.GetTDMQProInternalEndpointFail";

/// CA证书不存在。
pub const RESOURCENOTFOUND_CACERTNOTEXIST: &str = "ResourceNotFound.CACertNotExist";

/// 批量创建设备任务不存在。
pub const RESOURCENOTFOUND_CREATEMULTIDEVICETASKNOTEXIST: &str =
    "ResourceNotFound.CreateMultiDeviceTaskNotExist";

/// 设备固件升级任务不存在。
pub const RESOURCENOTFOUND_DEVICEFIRMWARETASKNOTEXIST: &str =
    "ResourceNotFound.DeviceFirmwareTaskNotExist";

/// 设备无固件版本。
pub const RESOURCENOTFOUND_DEVICEHASNOFIRMWARE: &str = "ResourceNotFound.DeviceHasNoFirmware";

/// 设备不存在。
pub const RESOURCENOTFOUND_DEVICENOTEXIST: &str = "ResourceNotFound.DeviceNotExist";

/// 设备资源不存在。
pub const RESOURCENOTFOUND_DEVICERESOURCENOTEXIST: &str = "ResourceNotFound.DeviceResourceNotExist";

/// 设备影子不存在。
pub const RESOURCENOTFOUND_DEVICESHADOWNOTEXIST: &str = "ResourceNotFound.DeviceShadowNotExist";

/// 固件不存在。
pub const RESOURCENOTFOUND_FIRMWARENOTEXIST: &str = "ResourceNotFound.FirmwareNotExist";

/// 固件升级任务不存在。
pub const RESOURCENOTFOUND_FIRMWARETASKNOTEXIST: &str = "ResourceNotFound.FirmwareTaskNotExist";

/// 产品不存在。
pub const RESOURCENOTFOUND_PRODUCTNOTEXIST: &str = "ResourceNotFound.ProductNotExist";

/// 用户不存在此产品或设备。
pub const RESOURCENOTFOUND_PRODUCTORDEVICENOTEXIST: &str =
    "ResourceNotFound.ProductOrDeviceNotExist";

/// 产品资源不存在。
pub const RESOURCENOTFOUND_PRODUCTRESOURCENOTEXIST: &str =
    "ResourceNotFound.ProductResourceNotExist";

/// 资源文件不存在。
pub const RESOURCENOTFOUND_RESOURCEFILENOTEXIST: &str = "ResourceNotFound.ResourceFileNotExist";

/// 任务不存在。
pub const RESOURCENOTFOUND_TASKNOTEXIST: &str = "ResourceNotFound.TaskNotExist";

/// 物模型不存在。
pub const RESOURCENOTFOUND_THINGMODELNOTEXIST: &str = "ResourceNotFound.ThingModelNotExist";

/// Topic不存在。
pub const RESOURCENOTFOUND_TOPICPOLICYNOTEXIST: &str = "ResourceNotFound.TopicPolicyNotExist";

/// 规则不存在。
pub const RESOURCENOTFOUND_TOPICRULENOTEXIST: &str = "ResourceNotFound.TopicRuleNotExist";

/// 批量创建设备任务未完成。
pub const UNAUTHORIZEDOPERATION_CREATEMULTIDEVICETASKNOTFINISHED: &str =
    "UnauthorizedOperation.CreateMultiDeviceTaskNotFinished";

/// 该产品已存在TID申请，禁止删除。
pub const UNAUTHORIZEDOPERATION_DELETETIDFAIL: &str = "UnauthorizedOperation.DeleteTidFail";

/// 该设备绑定了网关设备，无法删除。
pub const UNAUTHORIZEDOPERATION_DEVICEHASALREADYBINDGATEWAY: &str =
    "UnauthorizedOperation.DeviceHasAlreadyBindGateway";

/// 设备未启用。
pub const UNAUTHORIZEDOPERATION_DEVICEISNOTENABLED: &str =
    "UnauthorizedOperation.DeviceIsNotEnabled";

/// 删除的产品下还包括未删除的设备。
pub const UNAUTHORIZEDOPERATION_DEVICESEXISTUNDERPRODUCT: &str =
    "UnauthorizedOperation.DevicesExistUnderProduct";

/// 该设备下仍有绑定的设备。
pub const UNAUTHORIZEDOPERATION_GATEWAYHASBINDEDDEVICES: &str =
    "UnauthorizedOperation.GatewayHasBindedDevices";

/// 没有权限。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 该产品类型不能创建LoRa设备。
pub const UNAUTHORIZEDOPERATION_PRODUCTCANTHAVELORADEVICE: &str =
    "UnauthorizedOperation.ProductCantHaveLoRaDevice";

/// NB-IoT产品不允许创建普通设备。
pub const UNAUTHORIZEDOPERATION_PRODUCTCANTHAVENORMALDEVICE: &str =
    "UnauthorizedOperation.ProductCantHaveNormalDevice";

/// 该产品类型只能创建LoRa设备。
pub const UNAUTHORIZEDOPERATION_PRODUCTCANTHAVENOTLORADEVICE: &str =
    "UnauthorizedOperation.ProductCantHaveNotLoRaDevice";

/// 产品禁用了该功能。
pub const UNAUTHORIZEDOPERATION_PRODUCTISFORBIDDEN: &str =
    "UnauthorizedOperation.ProductIsForbidden";

/// 产品不支持密钥认证。
pub const UNAUTHORIZEDOPERATION_PRODUCTNOTSUPPORTPSK: &str =
    "UnauthorizedOperation.ProductNotSupportPSK";

/// 用户未通过实名认证。
pub const UNAUTHORIZEDOPERATION_USERNOTAUTHENTICAED: &str =
    "UnauthorizedOperation.UserNotAuthenticaed";

/// 设备私钥已被获取。
pub const UNSUPPORTEDOPERATION_CLIENTCERTALREADYGOT: &str =
    "UnsupportedOperation.ClientCertAlreadyGot";

/// 设备ota升级中。
pub const UNSUPPORTEDOPERATION_DEVICEOTATASKINPROGRESS: &str =
    "UnsupportedOperation.DeviceOtaTaskInProgress";

/// 网关产品下存在绑定的子产品，无法删除。
pub const UNSUPPORTEDOPERATION_GATEWAYPRODUCTHASBINDEDPRODUCT: &str =
    "UnsupportedOperation.GatewayProductHasBindedProduct";

/// 产品存在绑定的网关产品，无法删除。
pub const UNSUPPORTEDOPERATION_PRODUCTHASBINDEDGATEWAYPRODUCT: &str =
    "UnsupportedOperation.ProductHasBindedGatewayProduct";

/// 存在网关设备绑定当前产品，无法删除。
pub const UNSUPPORTEDOPERATION_PRODUCTHASBINDGATEWAY: &str =
    "UnsupportedOperation.ProductHasBindGateway";

/// 产品为Suite token类型，无法创建新设备。
pub const UNSUPPORTEDOPERATION_SUITETOKENNOCREATE: &str = "UnsupportedOperation.SuiteTokenNoCreate";

/// 不支持的认证类型。
pub const UNSUPPORTEDOPERATION_WRONGPRODUCTAUTHTYPE: &str =
    "UnsupportedOperation.WrongProductAuthType";
