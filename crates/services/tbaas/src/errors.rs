//! Error codes of `tbaas`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tbaas::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// 用户无权限访问。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 为带来更好的服务与体验，长安链体验网络维护升级中，请稍后再试。
pub const FAILEDOPERATION_BAASSTOPSERVING: &str = "FailedOperation.BaaSStopServing";

/// Bcos网络异常。
pub const FAILEDOPERATION_BCOSSERVICE: &str = "FailedOperation.BcosService";

/// 检查CSR文件非法。
pub const FAILEDOPERATION_CACHECKCSR: &str = "FailedOperation.CaCheckCsr";

/// 数据库操作错误。
pub const FAILEDOPERATION_CADBOPTION: &str = "FailedOperation.CaDbOption";

/// 证书已经存在。
pub const FAILEDOPERATION_CAEXSIT: &str = "FailedOperation.CaExsit";

/// 产生密钥对失败。
pub const FAILEDOPERATION_CAGENKEY: &str = "FailedOperation.CaGenkey";

/// 初始化CA失败。
pub const FAILEDOPERATION_CAINIT: &str = "FailedOperation.CaInit";

/// 输入参数非法。
pub const FAILEDOPERATION_CAINPUTPARAM: &str = "FailedOperation.CaInputParam";

/// 证书不存在。
pub const FAILEDOPERATION_CANOEXIST: &str = "FailedOperation.CaNoExist";

/// 注销证书失败。
pub const FAILEDOPERATION_CAREVOKE: &str = "FailedOperation.CaRevoke";

/// 根证书不存在。
pub const FAILEDOPERATION_CAROOTNONEXIST: &str = "FailedOperation.CaRootNonExist";

/// CA内部错误。
pub const FAILEDOPERATION_CASERVICE: &str = "FailedOperation.CaService";

/// 签发证书失败。
pub const FAILEDOPERATION_CASIGNCERT: &str = "FailedOperation.CaSignCert";

/// CFCA云API申请证书失败。
pub const FAILEDOPERATION_CAYUNAPIAPPLYCERT: &str = "FailedOperation.CaYunApiApplyCert";

/// CFCA云API错误。
pub const FAILEDOPERATION_CAYUNAPICOMMON: &str = "FailedOperation.CaYunApiCommon";

/// 合约调用失败
pub const FAILEDOPERATION_CHAINMAKERCHAINCODEINVOKEFAILED: &str =
    "FailedOperation.ChainMakerChaincodeInvokeFailed";

/// 合约查询失败
pub const FAILEDOPERATION_CHAINMAKERCHAINCODEQUERYFAILED: &str =
    "FailedOperation.ChainMakerChaincodeQueryFailed";

/// Bcos不能编译已经部署的合约。
pub const FAILEDOPERATION_COMPILEDEPLOYEDCONTRACT: &str = "FailedOperation.CompileDeployedContract";

/// Bcos不能编译正在部署的合约。
pub const FAILEDOPERATION_COMPILEDEPLOYINGCONTRACT: &str =
    "FailedOperation.CompileDeployingContract";

/// Bcos只能由该合约所属机构执行操作。
pub const FAILEDOPERATION_CONTRACTEDITEDBYOTHERAGENCY: &str =
    "FailedOperation.ContractEditedByOtherAgency";

/// 数据库操作异常。
pub const FAILEDOPERATION_DATABASEEXCEPTION: &str = "FailedOperation.DatabaseException";

/// Bcos合约已部署，无法删除。
pub const FAILEDOPERATION_DELETEDEPLOYEDCONTRACT: &str = "FailedOperation.DeleteDeployedContract";

/// Bcos合约正在部署，无法删除。
pub const FAILEDOPERATION_DELETEDEPLOYINGCONTRACT: &str = "FailedOperation.DeleteDeployingContract";

/// Bcos不能部署未编译的合约。
pub const FAILEDOPERATION_DEPLOYCONTRACTNOTCOMPILE: &str =
    "FailedOperation.DeployContractNotCompile";

/// 区块详情查询失败。
pub const FAILEDOPERATION_FABRICBLOCKDETAIL: &str = "FailedOperation.FabricBlockDetail";

/// 区块不存在。
pub const FAILEDOPERATION_FABRICBLOCKNOEXIST: &str = "FailedOperation.FabricBlockNoExist";

/// 区块列表查询失败。
pub const FAILEDOPERATION_FABRICBLOCKQUERY: &str = "FailedOperation.FabricBlockQuery";

/// 合约调用失败。
pub const FAILEDOPERATION_FABRICCHAINCODEINVOKEFAILED: &str =
    "FailedOperation.FabricChaincodeInvokeFailed";

/// 合约不存在。
pub const FAILEDOPERATION_FABRICCHAINCODENOEXIST: &str = "FailedOperation.FabricChaincodeNoExist";

/// 合约查询失败。
pub const FAILEDOPERATION_FABRICCHAINCODEQUERYFAILED: &str =
    "FailedOperation.FabricChaincodeQueryFailed";

/// 提交失败。
pub const FAILEDOPERATION_FABRICCOMMIT: &str = "FailedOperation.FabricCommit";

/// event hub失败。
pub const FAILEDOPERATION_FABRICEVENTHUB: &str = "FailedOperation.FabricEventHub";

/// 背书失败。
pub const FAILEDOPERATION_FABRICPROPOSAL: &str = "FailedOperation.FabricProposal";

/// fabric请求参数错误。
pub const FAILEDOPERATION_FABRICREQUESTPARAMS: &str = "FailedOperation.FabricRequestParams";

/// 参数验证失败。
pub const FAILEDOPERATION_FABRICREQUSTPARAMS: &str = "FailedOperation.FabricRequstParams";

/// 交易详情查询失败。
pub const FAILEDOPERATION_FABRICTRANSACTIONDETAIL: &str = "FailedOperation.FabricTransactionDetail";

/// 交易不存在。
pub const FAILEDOPERATION_FABRICTRANSACTIONNOEXIST: &str =
    "FailedOperation.FabricTransactionNoExist";

/// 交易列表查询失败。
pub const FAILEDOPERATION_FABRICTRANSACTIONQUERY: &str = "FailedOperation.FabricTransactionQuery";

/// Txid 查询失败。
pub const FAILEDOPERATION_FABRICTXIDQUERY: &str = "FailedOperation.FabricTxIdQuery";

/// fabric invoke交易错误。
pub const FAILEDOPERATION_FABRICTXINVOKE: &str = "FailedOperation.FabricTxInvoke";

/// fabric query交易错误。
pub const FAILEDOPERATION_FABRICTXQUERY: &str = "FailedOperation.FabricTxQuery";

/// fabric query交易错误, 无正确。
pub const FAILEDOPERATION_FABRICTXQUERYNONE: &str = "FailedOperation.FabricTxQueryNone";

/// Bcos前置服务调用失败。
pub const FAILEDOPERATION_FRONTREQUESTFAIL: &str = "FailedOperation.FrontRequestFail";

/// 用户非法操作。
pub const FAILEDOPERATION_GROUPILLEGAL: &str = "FailedOperation.GroupIllegal";

/// 用户无权限访问。
pub const FAILEDOPERATION_INVALIDAUTH: &str = "FailedOperation.InvalidAuth";

/// Bcos无效的群组编号。
pub const FAILEDOPERATION_INVALIDGROUPPK: &str = "FailedOperation.InvalidGroupPk";

/// Bcos无效的私钥用户信息。
pub const FAILEDOPERATION_INVALIDKEYUSER: &str = "FailedOperation.InvalidKeyUser";

/// 用户非法操作。
pub const FAILEDOPERATION_INVALIDOPERATION: &str = "FailedOperation.InvalidOperation";

/// 交易请求异常。
pub const FAILEDOPERATION_MANAGESERVICE: &str = "FailedOperation.ManageService";

/// Bcos新建合约失败。
pub const FAILEDOPERATION_NEWCONTRACT: &str = "FailedOperation.NewContract";

/// 合约没有在通道初始化。
pub const FAILEDOPERATION_NOCHAINCODECHANNEL: &str = "FailedOperation.NoChainCodeChannel";

/// 组织没有加入合约。
pub const FAILEDOPERATION_NOCHAINCODEGROUP: &str = "FailedOperation.NoChainCodeGroup";

/// 合约没有在节点安装。
pub const FAILEDOPERATION_NOCHAINCODEPEER: &str = "FailedOperation.NoChainCodePeer";

/// 组织没有加入通道。
pub const FAILEDOPERATION_NOCHANNELGROUP: &str = "FailedOperation.NoChannelGroup";

/// 节点没有加入通道。
pub const FAILEDOPERATION_NOCHANNELPEER: &str = "FailedOperation.NoChannelPeer";

/// 对象不存在。
pub const FAILEDOPERATION_NOOBJECT: &str = "FailedOperation.NoObject";

/// 没有可用节点。
pub const FAILEDOPERATION_NOPEER: &str = "FailedOperation.NoPeer";

/// Bcos合约未部署。
pub const FAILEDOPERATION_NOTDEPLOYEDCONTRACT: &str = "FailedOperation.NotDeployedContract";

/// 服务调用失败，请检查参数。
pub const FAILEDOPERATION_SERVICEFAILED: &str = "FailedOperation.ServiceFailed";

/// 操作状态不匹配。
pub const FAILEDOPERATION_STATUSNOMATCH: &str = "FailedOperation.StatusNoMatch";

/// 后台服务请求超时。
pub const FAILEDOPERATION_TIMEOUTURL: &str = "FailedOperation.TimeOutUrl";

/// 交易执行超时，请稍后再试。
pub const FAILEDOPERATION_TRANSACTIONTIMEOUT: &str = "FailedOperation.TransactionTimeout";

/// 获取用户认证类型出错。
pub const FAILEDOPERATION_USERAUTHTYPE: &str = "FailedOperation.UserAuthType";

/// 您因违反用户协议，目前无法使用长安链体验网络。
pub const FAILEDOPERATION_USERINBLACKLIST: &str = "FailedOperation.UserInBlackList";

/// 用户未加入体验网络。
pub const FAILEDOPERATION_USERNOJOINDEMOCLUSTER: &str = "FailedOperation.UserNoJoinDemoCluster";

/// Bcos数据库操作异常，请重试。
pub const INTERNALERROR_DBERROR: &str = "InternalError.DBError";

/// 服务器异常，请重试。
pub const INTERNALERROR_FAILURL: &str = "InternalError.FailUrl";

/// Flask内部错误。
pub const INTERNALERROR_FLASKEXCEPTION: &str = "InternalError.FlaskException";

/// Bcos无效的合约参数。
pub const INTERNALERROR_INVALIDCONTRACTPARAM: &str = "InternalError.InvalidContractParam";

/// Bcos不支持的请求类型。
pub const INTERNALERROR_METHODTYPENOTSUPPORT: &str = "InternalError.MethodTypeNotSupport";

/// 错误码未定义。
pub const INTERNALERROR_NODEFINEERROR: &str = "InternalError.NoDefineError";

/// 内部错误，请稍后重试或者联系技术人员
pub const INTERNALERROR_SERVERERROR: &str = "InternalError.ServerError";

/// 服务器异常。
pub const INTERNALERROR_SERVEREXCEPTION: &str = "InternalError.ServerException";

/// 服务异常，请重试。
pub const INTERNALERROR_SERVICEERROR: &str = "InternalError.ServiceError";

/// 交易服务异常，请重试。
pub const INTERNALERROR_SERVICEPANIC: &str = "InternalError.ServicePanic";

/// 交易服务内部错误。
pub const INTERNALERROR_TRANSACTIONSERVICE: &str = "InternalError.TransactionService";

/// 交易服务未知错误，请重试。
pub const INTERNALERROR_UNKNOWNERROR: &str = "InternalError.UnknownError";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 参数格式不正确。
pub const INVALIDPARAMETERVALUE_ILLEGALFORMAT: &str = "InvalidParameterValue.IllegalFormat";

/// 请求参数错误。
pub const INVALIDPARAMETERVALUE_ILLEGALVALUE: &str = "InvalidParameterValue.IllegalValue";

/// 参数值为空。
pub const INVALIDPARAMETERVALUE_PARAMETEREMPTY: &str = "InvalidParameterValue.ParameterEmpty";

/// Bcos账号参数错误。
pub const INVALIDPARAMETER_ACCOUNTPARAMERROR: &str = "InvalidParameter.AccountParamError";

/// Bcos无效的机构信息。
pub const INVALIDPARAMETER_AGENCYINVALID: &str = "InvalidParameter.AgencyInvalid";

/// Bcos新增机构网络关联信息入参错误。
pub const INVALIDPARAMETER_AGENCYNETPARAMINVALID: &str = "InvalidParameter.AgencyNetParamInvalid";

/// Bcos所属联盟编号不能为空。
pub const INVALIDPARAMETER_ALLIANCEIDOFNETEMPTY: &str = "InvalidParameter.AllianceIdOfNetEmpty";

/// Bcos无效的合约编号。
pub const INVALIDPARAMETER_CONTRACTIDINVALID: &str = "InvalidParameter.ContractIdInvalid";

/// Bcos数据已存在，请勿重复添加。
pub const INVALIDPARAMETER_DATAHADEXIST: &str = "InvalidParameter.DataHadExist";

/// Bcos无效参数。
pub const INVALIDPARAMETER_EMPTYPARAM: &str = "InvalidParameter.EmptyParam";

/// Bcos无效的失效时间。
pub const INVALIDPARAMETER_EXPIRETIMEINVALID: &str = "InvalidParameter.ExpireTimeInvalid";

/// Bcos前置的IP或端口无效。
pub const INVALIDPARAMETER_FRONTCONNFAIL: &str = "InvalidParameter.FrontConnFail";

/// Bcos IP格式错误。
pub const INVALIDPARAMETER_FRONTIPINVALID: &str = "InvalidParameter.FrontIpInvalid";

/// Bcos新增前置服务参数错误。
pub const INVALIDPARAMETER_FRONTPARAMERROR: &str = "InvalidParameter.FrontParamError";

/// Bcos前置服务调用失败。
pub const INVALIDPARAMETER_FRONTREQUESTFAIL: &str = "InvalidParameter.FrontRequestFail";

/// 输入参数存在违规内容。
pub const INVALIDPARAMETER_INPUTDATAVIOLATION: &str = "InvalidParameter.InputDataViolation";

/// Bcos无效的合约参数。
pub const INVALIDPARAMETER_INVALIDCONTRACTARG: &str = "InvalidParameter.InvalidContractArg";

/// Bcos无效的网络编号。
pub const INVALIDPARAMETER_NETIDINVALID: &str = "InvalidParameter.NetIdInvalid";

/// Bcos网络参数错误。
pub const INVALIDPARAMETER_NETPARAMERROR: &str = "InvalidParameter.NetParamError";

/// Bcos新增私钥用户参数错误。
pub const INVALIDPARAMETER_NEWKEYUSERPARAMERROR: &str = "InvalidParameter.NewKeyUserParamError";

/// Bcos无可删信息,请确认后重试。
pub const INVALIDPARAMETER_NOINFOTODELETE: &str = "InvalidParameter.NoInfoToDelete";

/// Bcos没有有效的前置服务信息。
pub const INVALIDPARAMETER_NOTFOUNDVALIDFRONT: &str = "InvalidParameter.NotFoundValidFront";

/// Bcos不能重复部署合约。
pub const INVALIDPARAMETER_REDEPLOYEDCONTRACT: &str = "InvalidParameter.ReDeployedContract";

/// Bcos合约正在部署中，请勿重复操作。
pub const INVALIDPARAMETER_REDEPLOYINGCONTRACT: &str = "InvalidParameter.ReDeployingContract";

/// Bcos无效的角色。
pub const INVALIDPARAMETER_ROLEINVALID: &str = "InvalidParameter.RoleInvalid";

/// Bcos缺少参数。
pub const MISSINGPARAMETER_EMPTYPARAM: &str = "MissingParameter.EmptyParam";

/// 只有所有者可以操作。
pub const OPERATIONDENIED_NOTOWNER: &str = "OperationDenied.NotOwner";

/// Bcos查询不到数据。
pub const RESOURCENOTFOUND_EMPTYDATA: &str = "ResourceNotFound.EmptyData";
