//! Error codes of `iotexplorer`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_iotexplorer::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// 动作消息不可达。
pub const FAILEDOPERATION_ACTIONUNREACHABLE: &str = "FailedOperation.ActionUnreachable";

/// 已有操作正在进行中
pub const FAILEDOPERATION_ANOTHEROPERATIONISRUNNING: &str =
    "FailedOperation.AnotherOperationIsRunning";

/// 账户余额不足
pub const FAILEDOPERATION_BALANCEINSUFFICIENT: &str = "FailedOperation.BalanceInsufficient";

/// 广播任务正在执行。
pub const FAILEDOPERATION_BROADCASTTASKISRUNNING: &str = "FailedOperation.BroadcastTaskIsRunning";

/// 创建 CKafka 接入点失败
pub const FAILEDOPERATION_CKAFKACREATEROUTEFAILED: &str = "FailedOperation.CKafkaCreateRouteFailed";

/// 创建 CKafka 接入点超时，请稍后重试
pub const FAILEDOPERATION_CKAFKACREATEROUTETIMEOUT: &str =
    "FailedOperation.CKafkaCreateRouteTimeout";

/// 尚未授权 CKafka 投递
pub const FAILEDOPERATION_CKAFKADELIVERYNOTAUTHORIZED: &str =
    "FailedOperation.CKafkaDeliveryNotAuthorized";

/// 云存 AI 套餐生效时长不能超过当前云存套餐生效时长
pub const FAILEDOPERATION_CLOUDSTORAGEAIPACKAGEEXPIRETIMEEXCEEDED: &str =
    "FailedOperation.CloudStorageAIPackageExpireTimeExceeded";

/// 产品未开通视频AI分析服务
pub const FAILEDOPERATION_CLOUDSTORAGEAISERVICENOTENABLED: &str =
    "FailedOperation.CloudStorageAIServiceNotEnabled";

/// 云存 AI 分析任务已存在，不支持重复创建
pub const FAILEDOPERATION_CLOUDSTORAGEAISERVICETASKALREADYEXISTS: &str =
    "FailedOperation.CloudStorageAIServiceTaskAlreadyExists";

/// 需先开通云存套餐
pub const FAILEDOPERATION_CLOUDSTORAGEPACKAGEREQUIRED: &str =
    "FailedOperation.CloudStoragePackageRequired";

/// 创建订单失败
pub const FAILEDOPERATION_CREATEORDERFAILED: &str = "FailedOperation.CreateOrderFailed";

/// 自定义订单 ID 已存在
pub const FAILEDOPERATION_CUSTOMORDERIDALREADYEXIST: &str =
    "FailedOperation.CustomOrderIdAlreadyExist";

/// 自定义订单 ID 不存在
pub const FAILEDOPERATION_CUSTOMORDERIDNOTEXIST: &str = "FailedOperation.CustomOrderIdNotExist";

/// 订单发货失败
pub const FAILEDOPERATION_DELIVERORDERFAILED: &str = "FailedOperation.DeliverOrderFailed";

/// 设备已经被禁用。
pub const FAILEDOPERATION_DEVICEALREADYDISABLED: &str = "FailedOperation.DeviceAlreadyDisabled";

/// 设备已为目标升级版本。
pub const FAILEDOPERATION_DEVICEFIRMWAREISUPDATED: &str = "FailedOperation.DeviceFirmwareIsUpdated";

/// 设备固件版本错误。
pub const FAILEDOPERATION_DEVICEINFOOUTDATED: &str = "FailedOperation.DeviceInfoOutdated";

/// 设备正在升级中。
pub const FAILEDOPERATION_DEVICEISUPDATING: &str = "FailedOperation.DeviceIsUpdating";

/// 返回:消息发送失败，设备未订阅Topic。
pub const FAILEDOPERATION_DEVICENOSUBSCRIPTION: &str = "FailedOperation.DeviceNoSubscription";

/// 设备处于离线状态。
pub const FAILEDOPERATION_DEVICEOFFLINE: &str = "FailedOperation.DeviceOffline";

/// 订单 ID 不存在
pub const FAILEDOPERATION_ORDERIDNOTEXIST: &str = "FailedOperation.OrderIdNotExist";

/// 存在其他升级任务。
pub const FAILEDOPERATION_OTHERUPDATETASKEXIST: &str = "FailedOperation.OtherUpdateTaskExist";

/// 产品未开通 IoT Video 服务
pub const FAILEDOPERATION_PRODUCTIOTVIDEOSERVICENOTENABLED: &str =
    "FailedOperation.ProductIotVideoServiceNotEnabled";

/// 产品尚未发布。
pub const FAILEDOPERATION_PRODUCTNOTRELEASED: &str = "FailedOperation.ProductNotReleased";

/// 请求TRTC失败
pub const FAILEDOPERATION_REQUESTTRTCFAIL: &str = "FailedOperation.RequestTRTCFail";

/// RRPC接口未收到设备端响应。
pub const FAILEDOPERATION_RRPCTIMEOUT: &str = "FailedOperation.RRPCTimeout";

/// 转发已经停止。
pub const FAILEDOPERATION_RULEALREADYDISABLED: &str = "FailedOperation.RuleAlreadyDisabled";

/// 该规则已被启用。
pub const FAILEDOPERATION_RULEALREADYENABLED: &str = "FailedOperation.RuleAlreadyEnabled";

/// 指定产品的回调配置已存在，不能重复创建
pub const FAILEDOPERATION_SEECALLBACKALREADYEXISTS: &str =
    "FailedOperation.SeeCallbackAlreadyExists";

/// 该人员仍有关联人脸，无法删除
pub const FAILEDOPERATION_SEEPERSONHASFACES: &str = "FailedOperation.SeePersonHasFaces";

/// 指定的 TWeSee 算法已开通后付费服务，不能重复开通
pub const FAILEDOPERATION_SEEPOSTPAIDSERVICEALREADYEXISTS: &str =
    "FailedOperation.SeePostPaidServiceAlreadyExists";

/// TWeSee 后付费服务已隔离
pub const FAILEDOPERATION_SEEPOSTPAIDSERVICEISOLATED: &str =
    "FailedOperation.SeePostPaidServiceIsolated";

/// TWeSee 后付费服务已隔离（账号欠费）
pub const FAILEDOPERATION_SEEPOSTPAIDSERVICEISOLATEDBYACCOUNT: &str =
    "FailedOperation.SeePostPaidServiceIsolatedByAccount";

/// 未开通 TWeSee 算法的后付费服务
pub const FAILEDOPERATION_SEEPOSTPAIDSERVICENOTEXISTS: &str =
    "FailedOperation.SeePostPaidServiceNotExists";

/// TWeSee 预付费额度已用尽
pub const FAILEDOPERATION_SEEPREPAIDQUOTAEXHAUSTED: &str =
    "FailedOperation.SeePrePaidQuotaExhausted";

/// 该设备已开通指定的 TWeSee 算法预付费订阅，不能重复开通
pub const FAILEDOPERATION_SEEPREPAIDSUBSCRIPTIONALREADYEXISTS: &str =
    "FailedOperation.SeePrePaidSubscriptionAlreadyExists";

/// 该设备已开通的 TWeSee 算法预付费订阅与正在开通的 ServiceType 冲突
pub const FAILEDOPERATION_SEEPREPAIDSUBSCRIPTIONCONFLICTS: &str =
    "FailedOperation.SeePrePaidSubscriptionConflicts";

/// TWeSee 预付费订阅开通时长超过上限
pub const FAILEDOPERATION_SEEPREPAIDSUBSCRIPTIONDURATIONEXCEEDED: &str =
    "FailedOperation.SeePrePaidSubscriptionDurationExceeded";

/// TWeSee 预付费订阅生效时长不能超过已开通云存套餐的生效时长
pub const FAILEDOPERATION_SEEPREPAIDSUBSCRIPTIONENDTIMEEXCEEDED: &str =
    "FailedOperation.SeePrePaidSubscriptionEndTimeExceeded";

/// TWeSee 预付费订阅状态异常，不能进行该操作
pub const FAILEDOPERATION_SEEPREPAIDSUBSCRIPTIONINVALIDSTATUS: &str =
    "FailedOperation.SeePrePaidSubscriptionInvalidStatus";

/// TWeSee 预付费订阅已隔离，不能进行该操作
pub const FAILEDOPERATION_SEEPREPAIDSUBSCRIPTIONISOLATED: &str =
    "FailedOperation.SeePrePaidSubscriptionIsolated";

/// 只有处于隔离状态的 TWeSee 订阅可以进行该操作
pub const FAILEDOPERATION_SEESUBSCRIPTIONNOTISOLATED: &str =
    "FailedOperation.SeeSubscriptionNotIsolated";

/// 部分产品已经被绑定。
pub const FAILEDOPERATION_SOMEPRODUCTISALREADYBINDED: &str =
    "FailedOperation.SomeProductIsAlreadyBinded";

/// 目标设备存在启用状态的 TWeSee 配置
pub const FAILEDOPERATION_TARGETDEVICEHASENABLEDWESEECONFIG: &str =
    "FailedOperation.TargetDeviceHasEnabledWeSeeConfig";

/// 超过时间。
pub const FAILEDOPERATION_TIMEOUT: &str = "FailedOperation.Timeout";

/// 未开通 TWeSee 后付费服务
pub const FAILEDOPERATION_WESEESERVICENOTENABLED: &str = "FailedOperation.WeSeeServiceNotEnabled";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// DB操作错误。
pub const INTERNALERROR_DBOPERATIONERROR: &str = "InternalError.DBOperationError";

/// DB操作错误。
pub const INTERNALERROR_DBOPERTAIONERROR: &str = "InternalError.DBOpertaionError";

/// 内部LoRaServer错误。
pub const INTERNALERROR_INTERNALLORASERVERERROR: &str = "InternalError.InternalLoRaServerError";

/// 内部RPC错误。
pub const INTERNALERROR_INTERNALRPCERROR: &str = "InternalError.InternalRPCError";

/// 发生错误。
pub const INTERNALERROR_INTERNALSERVEREXCEPTION: &str = "InternalError.InternalServerException";

/// 内部DB错误。
pub const INTERNALERROR_INTERNALSERVEREXCEPTIONDB: &str = "InternalError.InternalServerExceptionDB";

/// 调用超时。
pub const INTERNALERROR_TIMEOUT: &str = "InternalError.Timeout";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 规则行为未配置。
pub const INVALIDPARAMETERVALUE_ACTIONNIL: &str = "InvalidParameterValue.ActionNil";

/// 动作为空或不存在。
pub const INVALIDPARAMETERVALUE_ACTIONNILORNOTEXIST: &str =
    "InvalidParameterValue.ActionNilOrNotExist";

/// 应用描述过长。
pub const INVALIDPARAMETERVALUE_APPDESCRIPTIONTOOLONG: &str =
    "InvalidParameterValue.AppDescriptionTooLong";

/// App已存在。
pub const INVALIDPARAMETERVALUE_APPEXISTS: &str = "InvalidParameterValue.AppExists";

/// 应用名称过长。
pub const INVALIDPARAMETERVALUE_APPNAMETOOLONG: &str = "InvalidParameterValue.AppNameTooLong";

/// App无权限。
pub const INVALIDPARAMETERVALUE_APPNOPERMISSION: &str = "InvalidParameterValue.AppNoPermission";

/// App不存在。
pub const INVALIDPARAMETERVALUE_APPNOTEXISTS: &str = "InvalidParameterValue.AppNotExists";

/// CA证书内容错误。
pub const INVALIDPARAMETERVALUE_CACERTINVALID: &str = "InvalidParameterValue.CACertInvalid";

/// CA验证证书不匹配。
pub const INVALIDPARAMETERVALUE_CACERTNOTMATCH: &str = "InvalidParameterValue.CACertNotMatch";

/// 检查第三方URL超时或失败。
pub const INVALIDPARAMETERVALUE_CHECKFORWARDURLFAIL: &str =
    "InvalidParameterValue.CheckForwardURLFail";

/// 指定的云存 AI 套餐不存在
pub const INVALIDPARAMETERVALUE_CLOUDSTORAGEAIPACKAGEIDNOTEXIST: &str =
    "InvalidParameterValue.CloudStorageAIPackageIdNotExist";

/// 创建的设备名已存在。
pub const INVALIDPARAMETERVALUE_DEVICEALREADYEXIST: &str =
    "InvalidParameterValue.DeviceAlreadyExist";

/// 设备未绑定任何网关设备。
pub const INVALIDPARAMETERVALUE_DEVICEHASNOTBINDGATEWAY: &str =
    "InvalidParameterValue.DeviceHasNotBindGateway";

/// 设备不是网关类型。
pub const INVALIDPARAMETERVALUE_DEVICEISNOTGATEWAY: &str =
    "InvalidParameterValue.DeviceIsNotGateway";

/// 设备名称非法。
pub const INVALIDPARAMETERVALUE_DEVICENAMEINVALID: &str = "InvalidParameterValue.DeviceNameInvalid";

/// 设备不存在。
pub const INVALIDPARAMETERVALUE_DEVICENOTEXIST: &str = "InvalidParameterValue.DeviceNotExist";

/// 使用标准蓝牙广播协议的产品，DeviceName最多不超过8个字符。
pub const INVALIDPARAMETERVALUE_ERRLLSYNCBROADCASTDEVICENAMELENGTHEXCEED: &str =
    "InvalidParameterValue.ErrLLSyncBroadcastDeviceNameLengthExceed";

/// 任务不存在。
pub const INVALIDPARAMETERVALUE_ERRORTASKNOTEXIST: &str = "InvalidParameterValue.ErrorTaskNotExist";

/// 存失败，行为操作和转发错误行为数据目标不可为同一设备。
pub const INVALIDPARAMETERVALUE_FAILACTIONHASSAMEDEVICE: &str =
    "InvalidParameterValue.FailActionHasSameDevice";

/// 固件已经存在。
pub const INVALIDPARAMETERVALUE_FIRMWAREALREADYEXIST: &str =
    "InvalidParameterValue.FirmwareAlreadyExist";

/// 转发重定向被拒绝。
pub const INVALIDPARAMETERVALUE_FORWARDREDIRECTDENIED: &str =
    "InvalidParameterValue.ForwardRedirectDenied";

/// 拉取产品列表失败。
pub const INVALIDPARAMETERVALUE_GETPRODUCTSLISTERROR: &str =
    "InvalidParameterValue.GetProductsListError";

/// AppKey 无效
pub const INVALIDPARAMETERVALUE_INVALIDAPPKEY: &str = "InvalidParameterValue.InvalidAppKey";

/// 回调 Token 格式有误
pub const INVALIDPARAMETERVALUE_INVALIDCALLBACKTOKEN: &str =
    "InvalidParameterValue.InvalidCallbackToken";

/// 回调 URL 无效或格式有误
pub const INVALIDPARAMETERVALUE_INVALIDCALLBACKURL: &str =
    "InvalidParameterValue.InvalidCallbackUrl";

/// SQL语句含有非法字符。
pub const INVALIDPARAMETERVALUE_INVALIDSQL: &str = "InvalidParameterValue.InvalidSQL";

/// URL 格式有误或无法访问
pub const INVALIDPARAMETERVALUE_INVALIDURL: &str = "InvalidParameterValue.InvalidURL";

/// LoRa频点参数错误。
pub const INVALIDPARAMETERVALUE_LORAFREQPARMSERROR: &str =
    "InvalidParameterValue.LoRaFreqParmsError";

/// 物模型不符合产品模板。
pub const INVALIDPARAMETERVALUE_MODELDEFINEDONTMATCHTEMPLATE: &str =
    "InvalidParameterValue.ModelDefineDontMatchTemplate";

/// 物模型存在重复ID。
pub const INVALIDPARAMETERVALUE_MODELDEFINEDUPID: &str = "InvalidParameterValue.ModelDefineDupID";

/// 物模型事件/属性Model错误。
pub const INVALIDPARAMETERVALUE_MODELDEFINEERRORMODEL: &str =
    "InvalidParameterValue.ModelDefineErrorModel";

/// 物模型事件/属性Model Type错误。
pub const INVALIDPARAMETERVALUE_MODELDEFINEERRORTYPE: &str =
    "InvalidParameterValue.ModelDefineErrorType";

/// 物模型EVENT Parms存在重复ID。
pub const INVALIDPARAMETERVALUE_MODELDEFINEEVENTPARAMSDUPID: &str =
    "InvalidParameterValue.ModelDefineEventParamsDupID";

/// 物模型EVENT Parms数量超过限制。
pub const INVALIDPARAMETERVALUE_MODELDEFINEEVENTPARAMSEXCEEDLIMIT: &str =
    "InvalidParameterValue.ModelDefineEventParamsExceedLimit";

/// 物模型事件/属性参数错误。
pub const INVALIDPARAMETERVALUE_MODELDEFINEEVENTPROPERROR: &str =
    "InvalidParameterValue.ModelDefineEventPropError";

/// 物模型事件/属性 Name 错误。
pub const INVALIDPARAMETERVALUE_MODELDEFINEEVENTPROPNAMEERROR: &str =
    "InvalidParameterValue.ModelDefineEventPropNameError";

/// 物模型事件 Type 错误:lac 。
pub const INVALIDPARAMETERVALUE_MODELDEFINEEVENTTYPEERROR: &str =
    "InvalidParameterValue.ModelDefineEventTypeError";

/// 数据模板未定义。
pub const INVALIDPARAMETERVALUE_MODELDEFINEINVALID: &str =
    "InvalidParameterValue.ModelDefineInvalid";

/// 物模型为空。
pub const INVALIDPARAMETERVALUE_MODELDEFINENIL: &str = "InvalidParameterValue.ModelDefineNil";

/// 物模型事件/属性 BOOL类型 Mapping 定义错误。
pub const INVALIDPARAMETERVALUE_MODELDEFINEPROPBOOLMAPPINGERROR: &str =
    "InvalidParameterValue.ModelDefinePropBoolMappingError";

/// 物模型事件/属性 Enum类型 Mapping 定义错误。
pub const INVALIDPARAMETERVALUE_MODELDEFINEPROPENUMMAPPINGERROR: &str =
    "InvalidParameterValue.ModelDefinePropEnumMappingError";

/// 物模型事件/属性 Min/Max 定义错误。
pub const INVALIDPARAMETERVALUE_MODELDEFINEPROPRANGEERROR: &str =
    "InvalidParameterValue.ModelDefinePropRangeError";

/// 物模型事件/属性 Min/Max 范围超限。
pub const INVALIDPARAMETERVALUE_MODELDEFINEPROPRANGEOVERFLOW: &str =
    "InvalidParameterValue.ModelDefinePropRangeOverflow";

/// 属性ID不存在。
pub const INVALIDPARAMETERVALUE_MODELPROPERTYNOTEXIST: &str =
    "InvalidParameterValue.ModelPropertyNotExist";

/// 消息内容非法。
pub const INVALIDPARAMETERVALUE_MSGCONTENTINVALID: &str = "InvalidParameterValue.MsgContentInvalid";

/// 消息等级非法。
pub const INVALIDPARAMETERVALUE_MSGLEVELINVALID: &str = "InvalidParameterValue.MsgLevelInvalid";

/// 消息标题非法。
pub const INVALIDPARAMETERVALUE_MSGTITLEINVALID: &str = "InvalidParameterValue.MsgTitleInvalid";

/// 消息类型非法。
pub const INVALIDPARAMETERVALUE_MSGTYPEINVALID: &str = "InvalidParameterValue.MsgTypeInvalid";

/// 无权限。
pub const INVALIDPARAMETERVALUE_NOPERMISSION: &str = "InvalidParameterValue.NoPermission";

/// 操作不支持。
pub const INVALIDPARAMETERVALUE_OPERATIONDENIED: &str = "InvalidParameterValue.OperationDenied";

/// 消息Payload超出限制。
pub const INVALIDPARAMETERVALUE_PAYLOADOVERLIMIT: &str = "InvalidParameterValue.PayloadOverLimit";

/// 创建的产品名已存在。
pub const INVALIDPARAMETERVALUE_PRODUCTALREADYEXIST: &str =
    "InvalidParameterValue.ProductAlreadyExist";

/// 产品ID非法。
pub const INVALIDPARAMETERVALUE_PRODUCTIDINVALID: &str = "InvalidParameterValue.ProductIDInvalid";

/// 产品不是网关类型，无法绑定子产品。
pub const INVALIDPARAMETERVALUE_PRODUCTISNOTGATEWAY: &str =
    "InvalidParameterValue.ProductIsNotGateway";

/// 产品参数错误。
pub const INVALIDPARAMETERVALUE_PRODUCTPARMSERROR: &str = "InvalidParameterValue.ProductParmsError";

/// 项目参数错误。
pub const INVALIDPARAMETERVALUE_PROJECTPARMSERROR: &str = "InvalidParameterValue.ProjectParmsError";

/// PushEnvironment 非法。
pub const INVALIDPARAMETERVALUE_PUSHENVIRONMENTINVALID: &str =
    "InvalidParameterValue.PushEnvironmentInvalid";

/// 转发的topic格式错误。
pub const INVALIDPARAMETERVALUE_REPUBLISHTOPICFORMATERROR: &str =
    "InvalidParameterValue.RepublishTopicFormatError";

/// 规则数量超过限制。
pub const INVALIDPARAMETERVALUE_RULENUMBERBEYONDLIMIT: &str =
    "InvalidParameterValue.RuleNumberBeyondLimit";

/// 二进制数据格式只可利用 * 将数据进行转发。
pub const INVALIDPARAMETERVALUE_SELECTKEYFROMBINARYPAYLOAD: &str =
    "InvalidParameterValue.SelectKeyFromBinaryPayload";

/// 不能将设备分享给自己
pub const INVALIDPARAMETERVALUE_SHAREDEVICETOSELF: &str = "InvalidParameterValue.ShareDeviceToSelf";

/// 开始时间晚于结束时间。
pub const INVALIDPARAMETERVALUE_STARTTIMELATERENDTIME: &str =
    "InvalidParameterValue.StartTimeLaterEndTime";

/// Topic与replyTopic必须同时设置或同时为空
pub const INVALIDPARAMETERVALUE_TOPICMISMATCH: &str = "InvalidParameterValue.TopicMismatch";

/// Topic已存在。
pub const INVALIDPARAMETERVALUE_TOPICPOLICYALREADYEXIST: &str =
    "InvalidParameterValue.TopicPolicyAlreadyExist";

/// 规则已存在。
pub const INVALIDPARAMETERVALUE_TOPICRULEALREADYEXIST: &str =
    "InvalidParameterValue.TopicRuleAlreadyExist";

/// 规则sql未编辑。
pub const INVALIDPARAMETERVALUE_TOPICRULESQLNOTEDITED: &str =
    "InvalidParameterValue.TopicRuleSqlNotEdited";

/// TPNSAndroidAccessID, TPNSAndroidSecretKey, TPNSAndroidRegion validation failed。
pub const INVALIDPARAMETERVALUE_TPNSANDROIDVALIDATIONFAILED: &str =
    "InvalidParameterValue.TPNSAndroidValidationFailed";

/// TPNSiOSAccessID, TPNSiOSSecretKey, TPNSiOSRegion validation failed。
pub const INVALIDPARAMETERVALUE_TPNSIOSVALIDATIONFAILED: &str =
    "InvalidParameterValue.TPNSiOSValidationFailed";

/// 请确认规则相关数据是否有更新。
pub const INVALIDPARAMETERVALUE_UPDATETOPICRULEDBFAIL: &str =
    "InvalidParameterValue.UpdateTopicRuleDBFail";

/// 用户ID非法。
pub const INVALIDPARAMETERVALUE_USERIDINVALID: &str = "InvalidParameterValue.UserIDInvalid";

/// VPN参数错误。
pub const INVALIDPARAMETERVALUE_VPNPARMSERROR: &str = "InvalidParameterValue.VPNParmsError";

/// 动作输入参数不合法。
pub const INVALIDPARAMETER_ACTIONINPUTPARAMSINVALID: &str =
    "InvalidParameter.ActionInputParamsInvalid";

/// 固件已存在。
pub const INVALIDPARAMETER_FIRMWAREALREADYEXIST: &str = "InvalidParameter.FirmwareAlreadyExist";

/// 产品不是网关类型，无法绑定子产品。
pub const INVALIDPARAMETER_PRODUCTISNOTGATEWAY: &str = "InvalidParameter.ProductIsNotGateway";

/// RoomId已存在
pub const INVALIDPARAMETER_ROOMIDEXIST: &str = "InvalidParameter.RoomIdExist";

/// UserId数量超出限制
pub const INVALIDPARAMETER_USERIDOVERLIMIT: &str = "InvalidParameter.UserIdOverLimit";

/// 应用数量超出限制。
pub const LIMITEXCEEDED_APPLICATIONEXCEEDLIMIT: &str = "LimitExceeded.ApplicationExceedLimit";

/// 量产超出限制。
pub const LIMITEXCEEDED_BATCHPRODUCTIONEXCEEDLIMIT: &str =
    "LimitExceeded.BatchProductionExceedLimit";

/// 量产为空。
pub const LIMITEXCEEDED_BATCHPRODUCTIONNULL: &str = "LimitExceeded.BatchProductionNull";

/// 绑定的产品数量超过限制。
pub const LIMITEXCEEDED_BINDPRODUCTSEXCEEDLIMIT: &str = "LimitExceeded.BindProductsExceedLimit";

/// CA证书已经绑定了产品，无法操作。
pub const LIMITEXCEEDED_CAALREADYBINDPRODUCT: &str = "LimitExceeded.CAAlreadyBindProduct";

/// CA证书已存在。
pub const LIMITEXCEEDED_CACERTALREADYEXIST: &str = "LimitExceeded.CACertAlreadyExist";

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

/// 设备激活码数量超限
pub const LIMITEXCEEDED_DEVICELICENSELIMITEXCEEDED: &str =
    "LimitExceeded.DeviceLicenseLimitExceeded";

/// 设备数量超出限制
pub const LIMITEXCEEDED_DEVICELIMITEXCEEDED: &str = "LimitExceeded.DeviceLimitExceeded";

/// 固件数量超出限制。
pub const LIMITEXCEEDED_FIRMWAREEXCEEDLIMIT: &str = "LimitExceeded.FirmwareExceedLimit";

/// 消息数量超过限制。
pub const LIMITEXCEEDED_MESSAGESAVED: &str = "LimitExceeded.MessageSaved";

/// 超过产品数量限制。
pub const LIMITEXCEEDED_PRODUCTEXCEEDLIMIT: &str = "LimitExceeded.ProductExceedLimit";

/// 项目数量超出限制。
pub const LIMITEXCEEDED_PROJECTEXCEEDLIMIT: &str = "LimitExceeded.ProjectExceedLimit";

/// 累计退还资源超过限额。
pub const LIMITEXCEEDED_RETURNRESOURCELIMITEXCEEDED: &str =
    "LimitExceeded.ReturnResourceLimitExceeded";

/// 该人员的代表人脸数量已达上限
pub const LIMITEXCEEDED_SEEFACELIMITEXCEEDED: &str = "LimitExceeded.SeeFaceLimitExceeded";

/// 当前媒体流的人员数量已达上限
pub const LIMITEXCEEDED_SEEPERSONLIMITEXCEEDED: &str = "LimitExceeded.SeePersonLimitExceeded";

/// LoRa频点数量超出限制。
pub const LIMITEXCEEDED_STUDIOLORAFREQEXCEEDLIMIT: &str = "LimitExceeded.StudioLoRaFreqExceedLimit";

/// 产品数量超出限制。
pub const LIMITEXCEEDED_STUDIOPRODUCTEXCEEDLIMIT: &str = "LimitExceeded.StudioProductExceedLimit";

/// 物模型超出限制。
pub const LIMITEXCEEDED_THINGMODELEXCEEDLIMIT: &str = "LimitExceeded.ThingModelExceedLimit";

/// Topic数量超出限制。
pub const LIMITEXCEEDED_TOPICPOLICYEXCEEDLIMIT: &str = "LimitExceeded.TopicPolicyExceedLimit";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 物模型事件 Type 错误。
pub const MISSINGPARAMETER_MODELDEFINEEVENTTYPEERROR: &str =
    "MissingParameter.ModelDefineEventTypeError";

/// 实例不属于当前用户。
pub const OPERATIONDENIED_INSTANCENOTBELONGTOUSER: &str = "OperationDenied.InstanceNotBelongToUser";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 已有量产进行，请等待量产完成。
pub const RESOURCEINSUFFICIENT_BATCHPRODUCTIONISRUNNING: &str =
    "ResourceInsufficient.BatchProductionIsRunning";

/// 云存 AI 分析任务创建额度不足
pub const RESOURCEINSUFFICIENT_CLOUDSTORAGEAISERVICETASKQUOTAINSUFFICIENT: &str =
    "ResourceInsufficient.CloudStorageAIServiceTaskQuotaInsufficient";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// App不存在。
pub const RESOURCENOTFOUND_APPNOTEXISTS: &str = "ResourceNotFound.AppNotExists";

/// 量产不存在。
pub const RESOURCENOTFOUND_BATCHPRODUCTIONNOTEXIST: &str =
    "ResourceNotFound.BatchProductionNotExist";

/// CA证书不存在。
pub const RESOURCENOTFOUND_CACERTNOTEXIST: &str = "ResourceNotFound.CACertNotExist";

/// 上传URL无法获取。
pub const RESOURCENOTFOUND_CANNOTGETFROMURL: &str = "ResourceNotFound.CannotGetFromUrl";

/// CKafka 实例不存在
pub const RESOURCENOTFOUND_CKAFKAINSTANCENOTEXIST: &str = "ResourceNotFound.CKafkaInstanceNotExist";

/// CKafka Topic 不存在
pub const RESOURCENOTFOUND_CKAFKATOPICNOTEXIST: &str = "ResourceNotFound.CKafkaTopicNotExist";

/// 云存AI分析任务不存在
pub const RESOURCENOTFOUND_CLOUDSTORAGEAISERVICETASK: &str =
    "ResourceNotFound.CloudStorageAIServiceTask";

/// 云存AI分析任务输出文件不存在
pub const RESOURCENOTFOUND_CLOUDSTORAGEAISERVICETASKFILE: &str =
    "ResourceNotFound.CloudStorageAIServiceTaskFile";

/// 设备通道尚未创建或已被删除。
pub const RESOURCENOTFOUND_DEVICECHANNELNOTEXIST: &str = "ResourceNotFound.DeviceChannelNotExist";

/// 存在重复设备。
pub const RESOURCENOTFOUND_DEVICEDUPKEYEXIST: &str = "ResourceNotFound.DeviceDupKeyExist";

/// 设备固件信息不存在。
pub const RESOURCENOTFOUND_DEVICEFIRMWARENOTEXIST: &str = "ResourceNotFound.DeviceFirmWareNotExist";

/// 固件不存在。
pub const RESOURCENOTFOUND_DEVICEHASNOFIRMWARE: &str = "ResourceNotFound.DeviceHasNoFirmware";

/// 设备未绑定家庭。
pub const RESOURCENOTFOUND_DEVICENOTBIND: &str = "ResourceNotFound.DeviceNotBind";

/// 设备未被任何用户绑定
pub const RESOURCENOTFOUND_DEVICENOTBOUND: &str = "ResourceNotFound.DeviceNotBound";

/// 设备不存在。
pub const RESOURCENOTFOUND_DEVICENOTEXIST: &str = "ResourceNotFound.DeviceNotExist";

/// 设备影子未创建或是已删除。
pub const RESOURCENOTFOUND_DEVICESHADOWNOTEXIST: &str = "ResourceNotFound.DeviceShadowNotExist";

/// 围栏未绑定该设备。
pub const RESOURCENOTFOUND_FENCEBINDNOTEXIST: &str = "ResourceNotFound.FenceBindNotExist";

/// 围栏未创建或是已删除。
pub const RESOURCENOTFOUND_FENCENOTEXIST: &str = "ResourceNotFound.FenceNotExist";

/// 固件不存在。
pub const RESOURCENOTFOUND_FIRMWARENOTEXIST: &str = "ResourceNotFound.FirmwareNotExist";

/// 固件升级任务不存在。
pub const RESOURCENOTFOUND_FIRMWARETASKNOTEXIST: &str = "ResourceNotFound.FirmwareTaskNotExist";

/// 存在重复网关。
pub const RESOURCENOTFOUND_GATEWAYDUPKEYEXIST: &str = "ResourceNotFound.GatewayDupKeyExist";

/// 网关不存在。
pub const RESOURCENOTFOUND_GATEWAYNOTEXIST: &str = "ResourceNotFound.GatewayNotExist";

/// 实例未创建或是已删除。
pub const RESOURCENOTFOUND_INSTANCENOTEXIST: &str = "ResourceNotFound.InstanceNotExist";

/// 模组不存在或改动未生效。
pub const RESOURCENOTFOUND_MODULENOTEXIST: &str = "ResourceNotFound.ModuleNotExist";

/// 产品不存在。
pub const RESOURCENOTFOUND_PRODUCTNOTEXIST: &str = "ResourceNotFound.ProductNotExist";

/// 产品或设备不存在。
pub const RESOURCENOTFOUND_PRODUCTORDEVICENOTEXIST: &str =
    "ResourceNotFound.ProductOrDeviceNotExist";

/// 产品资源不存在。
pub const RESOURCENOTFOUND_PRODUCTRESOURCENOTEXIST: &str =
    "ResourceNotFound.ProductResourceNotExist";

/// 项目不存在。
pub const RESOURCENOTFOUND_PROJECTNOTEXIST: &str = "ResourceNotFound.ProjectNotExist";

/// 指定的 TWeSee 回调目标不存在
pub const RESOURCENOTFOUND_SEECALLBACKNOTEXIST: &str = "ResourceNotFound.SeeCallbackNotExist";

/// 指定的人脸不存在
pub const RESOURCENOTFOUND_SEEFACENOTEXIST: &str = "ResourceNotFound.SeeFaceNotExist";

/// 指定的人员不存在
pub const RESOURCENOTFOUND_SEEPERSONNOTEXIST: &str = "ResourceNotFound.SeePersonNotExist";

/// 未开通 TWeSee 算法的后付费服务
pub const RESOURCENOTFOUND_SEEPOSTPAIDSERVICENOTEXIST: &str =
    "ResourceNotFound.SeePostPaidServiceNotExist";

/// TWeSee 预付费订阅不存在
pub const RESOURCENOTFOUND_SEEPREPAIDSUBSCRIPTIONNOTEXIST: &str =
    "ResourceNotFound.SeePrePaidSubscriptionNotExist";

/// TWeSee 任务不存在或已过期
pub const RESOURCENOTFOUND_SEETASKNOTEXIST: &str = "ResourceNotFound.SeeTaskNotExist";

/// 位置空间未创建或是已删除。
pub const RESOURCENOTFOUND_SPACENOTEXIST: &str = "ResourceNotFound.SpaceNotExist";

/// LoRa频点尚未创建或已被删除。
pub const RESOURCENOTFOUND_STUDIOLORAFREQNOTEXIST: &str = "ResourceNotFound.StudioLoRaFreqNotExist";

/// 产品不存在。
pub const RESOURCENOTFOUND_STUDIOPRODUCTNOTEXIST: &str = "ResourceNotFound.StudioProductNotExist";

/// Topic不存在。
pub const RESOURCENOTFOUND_TOPICPOLICYNOTEXIST: &str = "ResourceNotFound.TopicPolicyNotExist";

/// 规则不存在。
pub const RESOURCENOTFOUND_TOPICRULENOTEXIST: &str = "ResourceNotFound.TopicRuleNotExist";

/// TWeSee 后付费资源已隔离
pub const RESOURCEUNAVAILABLE_WESEESERVICEISOLATED: &str =
    "ResourceUnavailable.WeSeeServiceIsolated";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 账号被限制调用该接口
pub const UNAUTHORIZEDOPERATION_ACCOUNTRESTRICTED: &str = "UnauthorizedOperation.AccountRestricted";

/// 该账号未在白名单内，不能通过 API 创建 AI 任务
pub const UNAUTHORIZEDOPERATION_APICREATEAITASKNOTINWHITELIST: &str =
    "UnauthorizedOperation.ApiCreateAITaskNotInWhitelist";

/// App无权限。
pub const UNAUTHORIZEDOPERATION_APPNOPERMISSION: &str = "UnauthorizedOperation.AppNoPermission";

/// APP对产品没有权限。
pub const UNAUTHORIZEDOPERATION_APPNOPERMISSIONTOSTUDIOPRODUCT: &str =
    "UnauthorizedOperation.APPNoPermissionToStudioProduct";

/// 因账号安全升级，购买云资源需完善您的实名信息。
pub const UNAUTHORIZEDOPERATION_CERTIFICATIONNEEDUPGRADE: &str =
    "UnauthorizedOperation.CertificationNeedUpgrade";

/// 该设备绑定了网关设备，无法删除。
pub const UNAUTHORIZEDOPERATION_DEVICEHASALREADYBINDGATEWAY: &str =
    "UnauthorizedOperation.DeviceHasAlreadyBindGateway";

/// 设备未启用。
pub const UNAUTHORIZEDOPERATION_DEVICEISNOTENABLED: &str =
    "UnauthorizedOperation.DeviceIsNotEnabled";

/// 该设备下仍有绑定的设备。
pub const UNAUTHORIZEDOPERATION_GATEWAYHASBINDEDDEVICES: &str =
    "UnauthorizedOperation.GatewayHasBindedDevices";

/// 此家庭无权操作。
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOFAMILY: &str =
    "UnauthorizedOperation.NoPermissionToFamily";

/// 实例ACL错误。
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOINSTANCE: &str =
    "UnauthorizedOperation.NoPermissionToInstance";

/// 当前子账号无支付权限
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOPAY: &str = "UnauthorizedOperation.NoPermissionToPay";

/// 项目ACL错误。
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOPROJECT: &str =
    "UnauthorizedOperation.NoPermissionToProject";

/// 无权限分享该设备，仅设备所有者可分享
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOSHAREDEVICE: &str =
    "UnauthorizedOperation.NoPermissionToShareDevice";

/// 围栏ACL错误。
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOSTUDIOFENCE: &str =
    "UnauthorizedOperation.NoPermissionToStudioFence";

/// 实例ACL错误。
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOSTUDIOINSTANCE: &str =
    "UnauthorizedOperation.NoPermissionToStudioInstance";

/// 产品ACL错误。
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOSTUDIOPRODUCT: &str =
    "UnauthorizedOperation.NoPermissionToStudioProduct";

/// 无权操作该房间
pub const UNAUTHORIZEDOPERATION_NOPERMISSIONTOTRTCROOM: &str =
    "UnauthorizedOperation.NoPermissionToTRTCRoom";

/// 账号没有实名认证，支付失败。
pub const UNAUTHORIZEDOPERATION_NOTCERTIFICATION: &str = "UnauthorizedOperation.NotCertification";

/// 您的账号未实名认证，请登录腾讯云进行实名认证
pub const UNAUTHORIZEDOPERATION_NOVERIFIED: &str = "UnauthorizedOperation.NoVerified";

/// 没有权限。
pub const UNAUTHORIZEDOPERATION_PERMISSIONDENIED: &str = "UnauthorizedOperation.PermissionDenied";

/// 无该产品操作权限。
pub const UNAUTHORIZEDOPERATION_PRODUCTACLDENIED: &str = "UnauthorizedOperation.ProductACLDenied";

/// 产品不支持密钥认证。
pub const UNAUTHORIZEDOPERATION_PRODUCTNOTSUPPORTPSK: &str =
    "UnauthorizedOperation.ProductNotSupportPSK";

/// License数量不足。
pub const UNAUTHORIZEDOPERATION_USERLICENSEEXCEEDLIMIT: &str =
    "UnauthorizedOperation.UserLicenseExceedLimit";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";

/// 围栏下还存在绑定的设备。
pub const UNSUPPORTEDOPERATION_BINDSEXISTUNDERFENCE: &str =
    "UnsupportedOperation.BindsExistUnderFence";

/// 存在重复的绑定关系。
pub const UNSUPPORTEDOPERATION_CANNOTREBINDFAMILY: &str = "UnsupportedOperation.CannotReBindFamily";

/// 指定的 TWeSee 服务类型不支持该能力项
pub const UNSUPPORTEDOPERATION_CAPABILITYNOTSUPPORTEDINSEESERVICETYPE: &str =
    "UnsupportedOperation.CapabilityNotSupportedInSeeServiceType";

/// 云存套餐与云存 AI 套餐时长不匹配
pub const UNSUPPORTEDOPERATION_CLOUDSTORAGEPACKAGETIMEMISMATCH: &str =
    "UnsupportedOperation.CloudStoragePackageTimeMismatch";

/// 云存套餐与云存 AI 套餐类型不匹配
pub const UNSUPPORTEDOPERATION_CLOUDSTORAGEPACKAGETYPEMISMATCH: &str =
    "UnsupportedOperation.CloudStoragePackageTypeMismatch";

/// 创建的设备已经存在。
pub const UNSUPPORTEDOPERATION_DEVICEDUPKEYEXIST: &str = "UnsupportedOperation.DeviceDupKeyExist";

/// 设备数量超出实例限制。
pub const UNSUPPORTEDOPERATION_DEVICEEXCEEDLIMIT: &str = "UnsupportedOperation.DeviceExceedLimit";

/// 设备ota升级中。
pub const UNSUPPORTEDOPERATION_DEVICEOTATASKINPROGRESS: &str =
    "UnsupportedOperation.DeviceOtaTaskInProgress";

/// 产品下还存在未删除的设备。
pub const UNSUPPORTEDOPERATION_DEVICESEXISTUNDERPRODUCT: &str =
    "UnsupportedOperation.DevicesExistUnderProduct";

/// 设备类型错误。
pub const UNSUPPORTEDOPERATION_DEVICETYPE: &str = "UnsupportedOperation.DeviceType";

/// 指定商品未在该地域售卖
pub const UNSUPPORTEDOPERATION_DOESNOTSELLINTHISREGION: &str =
    "UnsupportedOperation.DoesNotSellInThisRegion";

/// 该项目下存在物联使能SaaS服务。
pub const UNSUPPORTEDOPERATION_ENABLESAASSERVICEEXISTUNDERPROJECT: &str =
    "UnsupportedOperation.EnableSaasServiceExistUnderProject";

/// 网关产品下存在设备绑定了子设备。
pub const UNSUPPORTEDOPERATION_EXISTBINDEDDEVICESUNDERGATEWAYPRODUCT: &str =
    "UnsupportedOperation.ExistBindedDevicesUnderGatewayProduct";

/// 存在重复围栏。
pub const UNSUPPORTEDOPERATION_FENCEDUPKEYEXIST: &str = "UnsupportedOperation.FenceDupKeyExist";

/// 位置空间下还存在未删除的围栏。
pub const UNSUPPORTEDOPERATION_FENCEEXISTUNDERSPACE: &str =
    "UnsupportedOperation.FenceExistUnderSpace";

/// 网关产品还绑定子产品，无法删除。
pub const UNSUPPORTEDOPERATION_GATEWAYPRODUCTHASBINDEDPRODUCT: &str =
    "UnsupportedOperation.GatewayProductHasBindedProduct";

/// 由于实例到期已被禁用，请续费后使用。
pub const UNSUPPORTEDOPERATION_INSTANCEISOLATED: &str = "UnsupportedOperation.InstanceIsolated";

/// 存在重复LoRa频点。
pub const UNSUPPORTEDOPERATION_LORAFREQDUPKEYEXIST: &str =
    "UnsupportedOperation.LoRaFreqDupKeyExist";

/// Lora设备没有激活。
pub const UNSUPPORTEDOPERATION_LORANOTACTIVATE: &str = "UnsupportedOperation.LoRaNotActivate";

/// LoRa设备未上报数据。
pub const UNSUPPORTEDOPERATION_LORANOUPLINK: &str = "UnsupportedOperation.LoRaNoUpLink";

/// VPN下还存在未删除的设备。
pub const UNSUPPORTEDOPERATION_NODESEXISTUNDERVPN: &str = "UnsupportedOperation.NodesExistUnderVPN";

/// 动态注册不支持修改已发布的产品。
pub const UNSUPPORTEDOPERATION_NOPERMISSIONTORELEASEDPRODUCT: &str =
    "UnsupportedOperation.NoPermissionToReleasedProduct";

/// 该项目下还存在人员库，需删除人员库后才允许删除项目。
pub const UNSUPPORTEDOPERATION_POOLEXISTUNDERPROJECT: &str =
    "UnsupportedOperation.PoolExistUnderProject";

/// 存在重复产品。
pub const UNSUPPORTEDOPERATION_PRODUCTDUPKEYEXIST: &str = "UnsupportedOperation.ProductDupKeyExist";

/// 项目下有产品。
pub const UNSUPPORTEDOPERATION_PRODUCTEXISTUNDERPROJECT: &str =
    "UnsupportedOperation.ProductExistUnderProject";

/// 产品被绑定到网关产品。
pub const UNSUPPORTEDOPERATION_PRODUCTHASBINDEDGATEWAYPRODUCT: &str =
    "UnsupportedOperation.ProductHasBindedGateWayProduct";

/// 产品已被共享，请先解除共享。
pub const UNSUPPORTEDOPERATION_PRODUCTHASSHARED: &str = "UnsupportedOperation.ProductHasShared";

/// 子产品禁止直接绑定家庭，请走网关绑定
pub const UNSUPPORTEDOPERATION_PRODUCTISSUBPRODUCT: &str =
    "UnsupportedOperation.ProductIsSubProduct";

/// 存在重复项目。
pub const UNSUPPORTEDOPERATION_PROJECTDUPKEYEXIST: &str = "UnsupportedOperation.ProjectDupKeyExist";

/// 存在重复位置空间。
pub const UNSUPPORTEDOPERATION_SPACEDUPKEYEXIST: &str = "UnsupportedOperation.SpaceDupKeyExist";

/// 人员库名称已存在。
pub const UNSUPPORTEDOPERATION_STAFFPOOLDUPNAMEEXIST: &str =
    "UnsupportedOperation.StaffPoolDupNameExist";

/// LoRa频点还被节点或网关使用。
pub const UNSUPPORTEDOPERATION_STUDIOLORAFREQINUSED: &str =
    "UnsupportedOperation.StudioLoRaFreqInUsed";

/// TRTC增值服务未开通
pub const UNSUPPORTEDOPERATION_TRTCSERVICENOTOPEN: &str = "UnsupportedOperation.TRTCServiceNotOpen";

/// 账户有未支付订单。
pub const UNSUPPORTEDOPERATION_UNPAIDORDER: &str = "UnsupportedOperation.UnpaidOrder";

/// Video账户未创建，请检查后重新操作。
pub const UNSUPPORTEDOPERATION_VIDEOACCOUNTNOTEXIST: &str =
    "UnsupportedOperation.VideoAccountNotExist";

/// Video平台license数量不足。
pub const UNSUPPORTEDOPERATION_VIDEOINSUFFICIENTLICENSES: &str =
    "UnsupportedOperation.VideoInsufficientLicenses";

/// Video平台产品不存在。
pub const UNSUPPORTEDOPERATION_VIDEOPRODUCTNOTEXIST: &str =
    "UnsupportedOperation.VideoProductNotExist";

/// 虚拟设备禁止绑定 / 解绑
pub const UNSUPPORTEDOPERATION_VIRTUALDEVICECANNOTBIND: &str =
    "UnsupportedOperation.VirtualDeviceCannotBind";

/// 存在重复VPN。
pub const UNSUPPORTEDOPERATION_VPNDUPKEYEXIST: &str = "UnsupportedOperation.VPNDupKeyExist";
