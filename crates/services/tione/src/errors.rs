//! Error codes of `tione`, to compare with `tencent_cloud_core::Error::code()`; generated
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
//!     Some(tencent_cloud_tione::errors::AUTHFAILURE) => { /* … */ }
//!     _ => {}
//! }
//! ```

pub use tencent_cloud_core::error::codes::*;

/// CAM签名/鉴权错误。
pub const AUTHFAILURE: &str = "AuthFailure";

/// CAM系统异常。
pub const AUTHFAILURE_CAMEXCEPTION: &str = "AuthFailure.CamException";

/// 没有权限。
pub const AUTHFAILURE_NOPERMISSION: &str = "AuthFailure.NoPermission";

/// 未授权操作。
pub const AUTHFAILURE_UNAUTHORIZEDOPERATION: &str = "AuthFailure.UnauthorizedOperation";

/// 操作失败。
pub const FAILEDOPERATION: &str = "FailedOperation";

/// API网关访问失败，请重试。
pub const FAILEDOPERATION_APIGATEWAYQUERYFAILED: &str = "FailedOperation.ApiGatewayQueryFailed";

/// 计费模块访问失败。
pub const FAILEDOPERATION_BILLINGQUERYFAILED: &str = "FailedOperation.BillingQueryFailed";

/// 绑定标签失败。
pub const FAILEDOPERATION_BINDINGTAGSFAILED: &str = "FailedOperation.BindingTagsFailed";

/// 调用集群失败。
pub const FAILEDOPERATION_CALLCLUSTERFAIL: &str = "FailedOperation.CallClusterFail";

/// CAM内部错误。
pub const FAILEDOPERATION_CAMFAILURE: &str = "FailedOperation.CAMFailure";

/// 查询计费白名单失败
pub const FAILEDOPERATION_CHECKBILLINGWHITELISTFAILED: &str =
    "FailedOperation.CheckBillingWhiteListFailed";

/// 尚未开通CLS日志服务，请开前往开通。
pub const FAILEDOPERATION_CLSSERVICENOTACTIVED: &str = "FailedOperation.ClsServiceNotActived";

/// 日志内容太大无法加载，建议缩小日志查询时间范围，或者通过日志下载查看
pub const FAILEDOPERATION_CLSSIZEEXCEED: &str = "FailedOperation.CLSSizeExceed";

/// 集群访问失败。
pub const FAILEDOPERATION_CLUSTERQUERYFAILED: &str = "FailedOperation.ClusterQueryFailed";

/// 翻页超过1万条，建议重新选择日志查询时间
pub const FAILEDOPERATION_CONTEXTLIMITERROR: &str = "FailedOperation.ContextLimitError";

/// 导出Notebook镜像失败
pub const FAILEDOPERATION_CREATEIMAGEFAILED: &str = "FailedOperation.CreateImageFailed";

/// cos client 内部错误。
pub const FAILEDOPERATION_DCCOSCLIENTERR: &str = "FailedOperation.DCCosClientErr";

/// 创建内部异步任务失败。
pub const FAILEDOPERATION_DCCREATEASYNCTASKERROR: &str = "FailedOperation.DCCreateAsyncTaskError";

/// 创建cos client 失败。
pub const FAILEDOPERATION_DCCREATEUSERCOSCLIENTERR: &str =
    "FailedOperation.DCCreateUserCosClientErr";

/// 数据标注 rpc 内部错误。
pub const FAILEDOPERATION_DCDATAANNOTATIONRPCERR: &str = "FailedOperation.DCDataAnnotationRpcErr";

/// 数据仓库 rpc 内部错误。
pub const FAILEDOPERATION_DCDATAREPORPCERR: &str = "FailedOperation.DCDatarepoRpcErr";

/// 数据集操作超过上限。
pub const FAILEDOPERATION_DCDATASETEXCEEDLIMIT: &str = "FailedOperation.DCDatasetExceedLimit";

/// 数据集状态未恢复。
pub const FAILEDOPERATION_DCDATASETSTATUSNOTREADY: &str = "FailedOperation.DCDatasetStatusNotReady";

/// 获取用户临时秘钥失败。
pub const FAILEDOPERATION_DCGETUSERTEMPORARYSECRETERR: &str =
    "FailedOperation.DCGetUserTemporarySecretErr";

/// 数据序列化错误。
pub const FAILEDOPERATION_DCMARSHALDATAERR: &str = "FailedOperation.DCMarshalDataErr";

/// 数据集获取文件内容异常。
pub const FAILEDOPERATION_DCQUERYDATASETCONTENTERR: &str =
    "FailedOperation.DCQueryDatasetContentErr";

/// 数据反序列化错误。
pub const FAILEDOPERATION_DCUNMARSHALDATAERR: &str = "FailedOperation.DCUnmarshalDataErr";

/// 数据集操作不支持。
pub const FAILEDOPERATION_DCUNSUPPORTEDOPERATION: &str = "FailedOperation.DCUnsupportedOperation";

/// 删除Notebook实例存储失败。
pub const FAILEDOPERATION_DELETENOTEBOOKSTORAGEFAILED: &str =
    "FailedOperation.DeleteNotebookStorageFailed";

/// 名称重复。
pub const FAILEDOPERATION_DUPLICATENAME: &str = "FailedOperation.DuplicateName";

/// 训练任务名称已存在，请更换名称
pub const FAILEDOPERATION_DUPLICATENAMETASKISCREATING: &str =
    "FailedOperation.DuplicateNameTaskIsCreating";

/// 数据库执行错误。
pub const FAILEDOPERATION_EXECDATABASEFAIL: &str = "FailedOperation.ExecDatabaseFail";

/// 标签操作失败。
pub const FAILEDOPERATION_EXECTAGFAIL: &str = "FailedOperation.ExecTagFail";

/// 余额不足冻结失败。
pub const FAILEDOPERATION_FREEZEBILLFAILED: &str = "FailedOperation.FreezeBillFailed";

/// 白名单免费配额不足。
pub const FAILEDOPERATION_INSUFFICIENTWHITELISTQUOTA: &str =
    "FailedOperation.InsufficientWhitelistQuota";

/// 暂无可用的鉴权token。
pub const FAILEDOPERATION_INVALIDAUTHTOKEN: &str = "FailedOperation.InvalidAuthToken";

/// 操作失败，用户类型异常。
pub const FAILEDOPERATION_INVALIDUSERTYPE: &str = "FailedOperation.InvalidUserType";

/// 密钥管理系统服务未开通，请先开通腾讯云密钥管理系统服务。
pub const FAILEDOPERATION_KMSKEYNOTOPEN: &str = "FailedOperation.KmsKeyNotOpen";

/// 变更计费配置失败。
pub const FAILEDOPERATION_MODIFYBILLINGINSTANCEBATCHFAILED: &str =
    "FailedOperation.ModifyBillingInstanceBatchFailed";

/// 修改计费统计的资源关联标签失败
pub const FAILEDOPERATION_MODIFYRESOURCEBILLINGTAGSFAILED: &str =
    "FailedOperation.ModifyResourceBillingTagsFailed";

/// 移动模型目录失败。
pub const FAILEDOPERATION_MOVEMODELDIRFAILED: &str = "FailedOperation.MoveModelDirFailed";

/// 没有空闲免费桶。
pub const FAILEDOPERATION_NOFREEBUCKET: &str = "FailedOperation.NoFreeBucket";

/// 没有权限。
pub const FAILEDOPERATION_NOPERMISSION: &str = "FailedOperation.NoPermission";

/// 操作不允许。
pub const FAILEDOPERATION_NOTALLOW: &str = "FailedOperation.NotAllow";

/// 该Notebook实例不支持保存镜像，如果您使用的是自定义镜像请重启Notebook实例后再执行保存操作
pub const FAILEDOPERATION_NOTSUPPORTEDTOCREATEIMAGE: &str =
    "FailedOperation.NotSupportedToCreateImage";

/// 未找到Notebook实例相关容器，无法生成访问地址。
pub const FAILEDOPERATION_PODIPNOTFOUND: &str = "FailedOperation.PodIpNotFound";

/// 请求正在处理中，请稍后再试。
pub const FAILEDOPERATION_PROCESSING: &str = "FailedOperation.Processing";

/// 查询资源标签失败。
pub const FAILEDOPERATION_QUERYBINDINGTAGSFAILED: &str = "FailedOperation.QueryBindingTagsFailed";

/// 数据库查询错误。
pub const FAILEDOPERATION_QUERYDATABASEFAIL: &str = "FailedOperation.QueryDatabaseFail";

/// 查询计费价格失败。
pub const FAILEDOPERATION_QUERYPRICEFAILED: &str = "FailedOperation.QueryPriceFailed";

/// 查询资源组名称失败。
pub const FAILEDOPERATION_QUERYRESOURCEGROUPNAMESFAILED: &str =
    "FailedOperation.QueryResourceGroupNamesFailed";

/// 查询计费项详情失败。
pub const FAILEDOPERATION_QUERYRESOURCESPECFAILED: &str = "FailedOperation.QueryResourceSpecFailed";

/// 查询计费项失败。
pub const FAILEDOPERATION_QUERYSPECSFAILED: &str = "FailedOperation.QuerySpecsFailed";

/// 查询标签服务失败。
pub const FAILEDOPERATION_QUERYTAGFAIL: &str = "FailedOperation.QueryTagFail";

/// 记录不存在。
pub const FAILEDOPERATION_RECORDNOTFOUND: &str = "FailedOperation.RecordNotFound";

/// 释放SSH端口失败
pub const FAILEDOPERATION_RELEASESSHPORTFAILED: &str = "FailedOperation.ReleaseSSHPortFailed";

/// 存储库有绑定的实例，请先删除绑定的实例。
pub const FAILEDOPERATION_REPOBINDBYINSTANCE: &str = "FailedOperation.RepoBindByInstance";

/// 查询第三方机房信息失败
pub const FAILEDOPERATION_SERVERROOMQUERYFAILED: &str = "FailedOperation.ServerRoomQueryFailed";

/// 停止实例失败。
pub const FAILEDOPERATION_STOPJOBINSTANCEFAILED: &str = "FailedOperation.StopJobInstanceFailed";

/// 密钥服务访问失败，请重试。
pub const FAILEDOPERATION_STSQUERYFAILED: &str = "FailedOperation.StsQueryFailed";

/// 实例启动失败。
pub const FAILEDOPERATION_TIMEDOUT: &str = "FailedOperation.Timedout";

/// 无操作权限
pub const FAILEDOPERATION_UNAUTHORIZEDOPERATION: &str = "FailedOperation.UnauthorizedOperation";

/// 解绑标签失败。
pub const FAILEDOPERATION_UNBINDINGTAGSFAILED: &str = "FailedOperation.UnBindingTagsFailed";

/// 解冻失败。
pub const FAILEDOPERATION_UNFREEZEBILLFAILED: &str = "FailedOperation.UnfreezeBillFailed";

/// 未知的实例规格。
pub const FAILEDOPERATION_UNKNOWNINSTANCETYPE: &str = "FailedOperation.UnknownInstanceType";

/// 数据解析失败。
pub const FAILEDOPERATION_UNMARSHALDATA: &str = "FailedOperation.UnmarshalData";

/// 当前任务后台提交重试中，不允许操作停止，请稍后再试。
pub const FAILEDOPERATION_UNSUBMITNOTALLOWTOSTOP: &str = "FailedOperation.UnSubmitNotAllowToStop";

/// 内部错误。
pub const INTERNALERROR: &str = "InternalError";

/// 绑定标签失败
pub const INTERNALERROR_BINDINGTAGSFAILED: &str = "InternalError.BindingTagsFailed";

/// 文件系统不存在
pub const INTERNALERROR_CFSNOTFOUND: &str = "InternalError.CFSNotFound";

/// 校验文件系统路径权限失败
pub const INTERNALERROR_CHECKFSPATHACCESSIBILITYFAILED: &str =
    "InternalError.CheckFSPathAccessibilityFailed";

/// 创建自定义密钥失败
pub const INTERNALERROR_CREATECUSTOMSECRETFAILED: &str = "InternalError.CreateCustomSecretFailed";

/// 创建JOB失败
pub const INTERNALERROR_CREATEJOBINSTANCEFAILED: &str = "InternalError.CreateJobInstanceFailed";

/// 创建TCR镜像仓库长期访问凭证失败
pub const INTERNALERROR_CREATETCRINSTANCETOKENFAILED: &str =
    "InternalError.CreateTcrInstanceTokenFailed";

/// 删除自定义密钥失败
pub const INTERNALERROR_DELETECUSTOMSECRETFAILED: &str = "InternalError.DeleteCustomSecretFailed";

/// 查询自定义密钥失败
pub const INTERNALERROR_DESCRIBECUSTOMSECRETFAILED: &str =
    "InternalError.DescribeCustomSecretFailed";

/// 获取用户依赖权限失败
pub const INTERNALERROR_DESCRIBESUBUINDEPENDENCYACCESSIBILITYFAILED: &str =
    "InternalError.DescribeSubuinDependencyAccessibilityFailed";

/// 查询文件系统信息失败
pub const INTERNALERROR_GETCFSFILESYSTEMSFAILED: &str = "InternalError.GetCFSFileSystemsFailed";

/// 查询文件系统挂载信息失败。
pub const INTERNALERROR_GETCFSMOUNTINFOFAILED: &str = "InternalError.GetCFSMountInfoFailed";

/// 修改自定义密钥失败
pub const INTERNALERROR_MODIFYCUSTOMSECRETFAILED: &str = "InternalError.ModifyCustomSecretFailed";

/// 没有权限。
pub const INTERNALERROR_NOPERMISSION: &str = "InternalError.NoPermission";

/// 操作不允许。
pub const INTERNALERROR_NOTALLOW: &str = "InternalError.NotAllow";

/// 查询标签失败。
pub const INTERNALERROR_QUERYBINDINGTAGSFAILED: &str = "InternalError.QueryBindingTagsFailed";

/// 获取HDFS存储信息失败。
pub const INTERNALERROR_QUERYHDFSINFOFAILED: &str = "InternalError.QueryHDFSInfoFailed";

/// 询价失败
pub const INTERNALERROR_QUERYPRICEFAILED: &str = "InternalError.QueryPriceFailed";

/// 查询预付费资源组详情失败。
pub const INTERNALERROR_QUERYRESOURCEGROUPFAILED: &str = "InternalError.QueryResourceGroupFailed";

/// 查询预付费资源组名称失败
pub const INTERNALERROR_QUERYRESOURCEGROUPNAMESFAILED: &str =
    "InternalError.QueryResourceGroupNamesFailed";

/// 查询资源套餐规格失败
pub const INTERNALERROR_QUERYRESOURCESPECFAILED: &str = "InternalError.QueryResourceSpecFailed";

/// 查询子网信息失败。
pub const INTERNALERROR_QUERYSUBNETINFOFAILED: &str = "InternalError.QuerySubnetInfoFailed";

/// 查询用户临时密钥失败
pub const INTERNALERROR_QUERYUSERTMPCREDENTIALFAILED: &str =
    "InternalError.QueryUserTMPCredentialFailed";

/// 查询vpc信息失败
pub const INTERNALERROR_QUERYVPCINFOFAILED: &str = "InternalError.QueryVPCInfoFailed";

/// 停止任务失败。
pub const INTERNALERROR_STOPJOBINSTANCEFAILED: &str = "InternalError.StopJobInstanceFailed";

/// 未提交状态禁止停止
pub const INTERNALERROR_UNSUBMITTEDSTATUSNOTALLOWSTOP: &str =
    "InternalError.UnSubmittedStatusNotAllowStop";

/// 校验任务参数失败
pub const INTERNALERROR_VALIDATECREATETASKFAILED: &str = "InternalError.ValidateCreateTaskFailed";

/// 参数错误。
pub const INVALIDPARAMETER: &str = "InvalidParameter";

/// 参数取值错误。
pub const INVALIDPARAMETERVALUE: &str = "InvalidParameterValue";

/// 当前任务选择了平台CFS的内置代码，且未正确配置/opt/ml/output/data输出路径，任务无法提交
pub const INVALIDPARAMETERVALUE_AIMARKETOUTPUTCONFIGEMPTY: &str =
    "InvalidParameterValue.AIMarketOutputConfigEmpty";

/// AI市场公共算法版本Id不存在
pub const INVALIDPARAMETERVALUE_AIMARKETPUBLICALGOVERSIONNOTEXIST: &str =
    "InvalidParameterValue.AIMarketPublicAlgoVersionNotExist";

/// 无效的自动重启次数
pub const INVALIDPARAMETERVALUE_BACKOFFLIMITILLEGAL: &str =
    "InvalidParameterValue.BackOffLimitIllegal";

/// 该任务不支持自动重启
pub const INVALIDPARAMETERVALUE_BACKOFFLIMITNOTSUPPORT: &str =
    "InvalidParameterValue.BackOffLimitNotSupport";

/// 名称不合法。
pub const INVALIDPARAMETERVALUE_BADNAME: &str = "InvalidParameterValue.BadName";

/// 云联网未被关联VPC
pub const INVALIDPARAMETERVALUE_CCNHASNOATTACHEDVPC: &str =
    "InvalidParameterValue.CcnHasNoAttachedVpc";

/// CFS路径与现存的数据有冲突
pub const INVALIDPARAMETERVALUE_CFSPATHCOLLISION: &str = "InvalidParameterValue.CfsPathCollision";

/// 请设置日志集、日志主题ID。
pub const INVALIDPARAMETERVALUE_CLSCONFIGREQUIRED: &str = "InvalidParameterValue.ClsConfigRequired";

/// 存储库重复配置，请移除重复的存储库配置后重试。
pub const INVALIDPARAMETERVALUE_CODEREPODUPLICATED: &str =
    "InvalidParameterValue.CodeRepoDuplicated";

/// 存储库不存在。
pub const INVALIDPARAMETERVALUE_CODEREPONOTFOUND: &str = "InvalidParameterValue.CodeRepoNotFound";

/// COS路径不存在
pub const INVALIDPARAMETERVALUE_COSPATHNOTEXIST: &str = "InvalidParameterValue.CosPathNotExist";

/// 数据配置数量超过最大限制
pub const INVALIDPARAMETERVALUE_DATACONFIGNUMLIMITEXCEEDED: &str =
    "InvalidParameterValue.DataConfigNumLimitExceeded";

/// 数据集不存在
pub const INVALIDPARAMETERVALUE_DATASETNOTEXIST: &str = "InvalidParameterValue.DatasetNotExist";

/// 数据集数量超过限制。
pub const INVALIDPARAMETERVALUE_DATASETNUMLIMITEXCEEDED: &str =
    "InvalidParameterValue.DatasetNumLimitExceeded";

/// 不支持的标注类型。
pub const INVALIDPARAMETERVALUE_DCANNOTATIONTYPE: &str = "InvalidParameterValue.DCAnnotationType";

/// 存储桶参数错误。
pub const INVALIDPARAMETERVALUE_DCCOSPATHINFO: &str = "InvalidParameterValue.DCCosPathInfo";

/// 数据集标注状态不匹配。
pub const INVALIDPARAMETERVALUE_DCDATASETANNOTATIONNOTMATCH: &str =
    "InvalidParameterValue.DCDatasetAnnotationNotMatch";

/// 数据集Id不存在。
pub const INVALIDPARAMETERVALUE_DCDATASETIDNOTEXIST: &str =
    "InvalidParameterValue.DCDatasetIdNotExist";

/// 数据集重名已存在。
pub const INVALIDPARAMETERVALUE_DCDATASETNAMEEXIST: &str =
    "InvalidParameterValue.DCDatasetNameExist";

/// 不支持的数据集类型。
pub const INVALIDPARAMETERVALUE_DCDATASETTYPE: &str = "InvalidParameterValue.DCDatasetType";

/// 不支持的过滤参数。
pub const INVALIDPARAMETERVALUE_DCFILTERVALUES: &str = "InvalidParameterValue.DCFilterValues";

/// 实例名称冲突，请更换名称后重试。
pub const INVALIDPARAMETERVALUE_DUPLICATENAME: &str = "InvalidParameterValue.DuplicateName";

/// 文件系统作为训练数据源时需要指定VPC配置。
pub const INVALIDPARAMETERVALUE_FILESYSTEMNEEDVPCCONFIGSUPPORT: &str =
    "InvalidParameterValue.FileSystemNeedVpcConfigSupport";

/// 文件系统超过限额，最大为2。
pub const INVALIDPARAMETERVALUE_FILESYSTEMNUMLIMIT: &str =
    "InvalidParameterValue.FileSystemNumLimit";

/// 文件系统的vpc必须和任务的vpc相同。
pub const INVALIDPARAMETERVALUE_FILESYSTEMVPCNOTMATCH: &str =
    "InvalidParameterValue.FileSystemVpcNotMatch";

/// 训练框架对应的版本不支持，请阅读文档查看TIONE目前支持的框架和版本。
pub const INVALIDPARAMETERVALUE_FRAMEWORKVERSIONNOTSUPPORT: &str =
    "InvalidParameterValue.FrameworkVersionNotSupport";

/// 文件系统路径访问权限受限
pub const INVALIDPARAMETERVALUE_FSPATHINACCESSIBLE: &str =
    "InvalidParameterValue.FSPathInaccessible";

/// 获取CFS的挂载IP失败
pub const INVALIDPARAMETERVALUE_GETCFSMOUNTIPFAILED: &str =
    "InvalidParameterValue.GetCFSMountIPFailed";

/// 获取GooseFS实例失败
pub const INVALIDPARAMETERVALUE_GETGOOSEFSFAILED: &str = "InvalidParameterValue.GetGooseFSFailed";

/// GooseFS的配置不能为空
pub const INVALIDPARAMETERVALUE_GOOSEFSCONFIGCANNOTEMPTY: &str =
    "InvalidParameterValue.GooseFSConfigCannotEmpty";

/// 所选的GooseFS实例不存在
pub const INVALIDPARAMETERVALUE_GOOSEFSNOTEXIST: &str = "InvalidParameterValue.GooseFSNotExist";

/// 镜像地址不合法，请重新填写
pub const INVALIDPARAMETERVALUE_IMAGEADDRESSILLEGAL: &str =
    "InvalidParameterValue.ImageAddressIllegal";

/// 镜像地址不合法
pub const INVALIDPARAMETERVALUE_IMAGEILLEGAL: &str = "InvalidParameterValue.ImageIllegal";

/// 训练任务镜像不存在。
pub const INVALIDPARAMETERVALUE_IMAGENOTFOUND: &str = "InvalidParameterValue.ImageNotFound";

/// 无效的过滤器。
pub const INVALIDPARAMETERVALUE_INVALIDFILTER: &str = "InvalidParameterValue.InvalidFilter";

/// 非法镜像
pub const INVALIDPARAMETERVALUE_INVALIDIMAGENAME: &str = "InvalidParameterValue.InvalidImageName";

/// 无效的资源类型,支持的资源类型参考：https://cloud.tencent.com/document/product/851/41239。
pub const INVALIDPARAMETERVALUE_INVALIDINSTANCETYPE: &str =
    "InvalidParameterValue.InvalidInstanceType";

/// 非法资源规格
pub const INVALIDPARAMETERVALUE_INVALIDRESOURCESPEC: &str =
    "InvalidParameterValue.InvalidResourceSpec";

/// 训练任务镜像名称无效。
pub const INVALIDPARAMETERVALUE_INVALIDTRAININGIMAGENAME: &str =
    "InvalidParameterValue.InvalidTrainingImageName";

/// KMS密钥不存在。
pub const INVALIDPARAMETERVALUE_KMSKEYNOTFOUND: &str = "InvalidParameterValue.KmsKeyNotFound";

/// 生命周期脚本无效。
pub const INVALIDPARAMETERVALUE_LIFECYCLENOTFOUND: &str = "InvalidParameterValue.LifecycleNotFound";

/// 参数值数量超过限制。
pub const INVALIDPARAMETERVALUE_LIMITEXCEEDED: &str = "InvalidParameterValue.LimitExceeded";

/// 未找到当前日志集。
pub const INVALIDPARAMETERVALUE_LOGSETNOTFOUND: &str = "InvalidParameterValue.LogSetNotFound";

/// MPI分布式任务参数ti_mpi_num_of_processes_per_host不能超过GPU卡数。
pub const INVALIDPARAMETERVALUE_MPIPROCESSESPERHOSTTOOMUCH: &str =
    "InvalidParameterValue.MpiProcessesPerHostTooMuch";

/// 操作不允许。
pub const INVALIDPARAMETERVALUE_NOTALLOW: &str = "InvalidParameterValue.NotAllow";

/// 裸金属资源组不支持创建免费存储的Notebook
pub const INVALIDPARAMETERVALUE_NOTALLOWEDTOCREATEFREEVOLUMENOTEBOOKWITHBAREMETALRESOURCEGROUP:
    &str = "InvalidParameterValue.NotAllowedToCreateFreeVolumeNotebookWithBareMetalResourceGroup";

/// 纳管资源组不支持cbs存储，请使用CFS
pub const INVALIDPARAMETERVALUE_NOTALLOWEDTOCREATEFREEVOLUMENOTEBOOKWITHSWRESOURCEGROUP: &str =
    "InvalidParameterValue.NotAllowedToCreateFreeVolumeNotebookWithSWResourceGroup";

/// 裸金属资源组不支持创建Notebook
pub const INVALIDPARAMETERVALUE_NOTALLOWEDTOCREATENOTEBOOKWITHBAREMETALRESOURCEGROUP: &str =
    "InvalidParameterValue.NotAllowedToCreateNotebookWithBareMetalResourceGroup";

/// 分页查询limit超出限制
pub const INVALIDPARAMETERVALUE_PAGELIMITEXCEEDED: &str = "InvalidParameterValue.PageLimitExceeded";

/// 参数长度超过限制
pub const INVALIDPARAMETERVALUE_PARAMLENGTHEXCEEDLIMIT: &str =
    "InvalidParameterValue.ParamLengthExceedLimit";

/// 本地盘路径不合法
pub const INVALIDPARAMETERVALUE_PATHILLEGAL: &str = "InvalidParameterValue.PathIllegal";

/// 查询vpc信息失败
pub const INVALIDPARAMETERVALUE_QUERYVPCINFOFAILED: &str =
    "InvalidParameterValue.QueryVPCInfoFailed";

/// RDMA配置不合法
pub const INVALIDPARAMETERVALUE_RDMACONFIGILLEGAL: &str = "InvalidParameterValue.RDMAConfigIllegal";

/// 存储库地址无效。
pub const INVALIDPARAMETERVALUE_REPOSITORYURLINVALID: &str =
    "InvalidParameterValue.RepositoryUrlInvalid";

/// 资源配置不合法
pub const INVALIDPARAMETERVALUE_RESOURCECONFIGILLEGAL: &str =
    "InvalidParameterValue.ResourceConfigIllegal";

/// 子网不存在。
pub const INVALIDPARAMETERVALUE_SUBNETNOTFOUND: &str = "InvalidParameterValue.SubnetNotFound";

/// 创建精调任务失败，请按照模版推荐资源进行配置。
pub const INVALIDPARAMETERVALUE_TAIJIRESOURCECONFIGILLEGAL: &str =
    "InvalidParameterValue.TAIJIResourceConfigIllegal";

/// 未找到当前日志主题。
pub const INVALIDPARAMETERVALUE_TOPICNOTFOUND: &str = "InvalidParameterValue.TopicNotFound";

/// 训练代码不存在或无效。
pub const INVALIDPARAMETERVALUE_TRAINCODENOTFOUND: &str = "InvalidParameterValue.TrainCodeNotFound";

/// 裸金属类型资源组不支持配置输入数据
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDDATACONFIG: &str =
    "InvalidParameterValue.UnsupportedDataConfig";

/// 不支持使用GooseFS实例
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDGOOSEFSCONFIG: &str =
    "InvalidParameterValue.UnsupportedGooseFSConfig";

/// 不支持同一实例挂载多个CBS存储
pub const INVALIDPARAMETERVALUE_UNSUPPORTEDMULTICBSSTORAGE: &str =
    "InvalidParameterValue.UnsupportedMultiCBSStorage";

/// Notebook卷大小只能增加，如需减小容量请重新创建实例。
pub const INVALIDPARAMETERVALUE_VOLUMESHRINKNOTALLOW: &str =
    "InvalidParameterValue.VolumeShrinkNotAllow";

/// 接口过滤条件"运行状态"与"计费状态"不能同时存在。
pub const INVALIDPARAMETER_FILTERKEYSTATUSCONFLICTWITHCHARGESTATUS: &str =
    "InvalidParameter.FilterKeyStatusConflictWithChargeStatus";

/// 模型包不符合规范。
pub const INVALIDPARAMETER_MODELFILEINVALID: &str = "InvalidParameter.ModelFileInvalid";

/// 模型已下线
pub const INVALIDPARAMETER_MODELISOFFLINE: &str = "InvalidParameter.ModelIsOffline";

/// 无效的接口。
pub const INVALIDPARAMETER_TGWINVALIDINTERFACE: &str = "InvalidParameter.TgwInvalidInterface";

/// 不支持使用多个本地磁盘
pub const INVALIDPARAMETER_UNSUPPORTEDMULTILOCALDISK: &str =
    "InvalidParameter.UnsupportedMultiLocalDisk";

/// 请求参数校验失败。
pub const INVALIDPARAMETER_VALIDATEERROR: &str = "InvalidParameter.ValidateError";

/// 超过配额限制。
pub const LIMITEXCEEDED: &str = "LimitExceeded";

/// 缺少参数错误。
pub const MISSINGPARAMETER: &str = "MissingParameter";

/// 操作被拒绝。
pub const OPERATIONDENIED: &str = "OperationDenied";

/// 余额不足，创建/更新失败。
pub const OPERATIONDENIED_BALANCEINSUFFICIENT: &str = "OperationDenied.BalanceInsufficient";

/// 计费平台出错
pub const OPERATIONDENIED_BILLINGEXCEPTION: &str = "OperationDenied.BillingException";

/// 资源类型不支持，请检查白名单配置
pub const OPERATIONDENIED_BILLINGSTATUSNOTSUPPORTWHITELISTGPUTYPE: &str =
    "OperationDenied.BillingStatusNotSupportWhitelistGPUType";

/// 按量计费资源售罄。
pub const OPERATIONDENIED_BILLINGSTATUSRESOURCEINSUFFICIENT: &str =
    "OperationDenied.BillingStatusResourceInsufficient";

/// vpc 和 子网 禁止修改
pub const OPERATIONDENIED_FORBIDMODIFYVPCANDSUBNET: &str =
    "OperationDenied.ForbidModifyVpcAndSubnet";

/// IP不合法。
pub const OPERATIONDENIED_IPILLEGAL: &str = "OperationDenied.IpIllegal";

/// 觅影资源包余额不足，请先充值。
pub const OPERATIONDENIED_MIYINGBALANCEINSUFFICIENT: &str =
    "OperationDenied.MIYINGBalanceInsufficient";

/// 网段不合法。
pub const OPERATIONDENIED_NETWORKCIDRILLEGAL: &str = "OperationDenied.NetworkCidrIllegal";

/// 操作不允许
pub const OPERATIONDENIED_NOTALLOW: &str = "OperationDenied.NotAllow";

/// 当前资源组已开启资源按GPU比例预设，仅支持提交含GPU资源的任务
pub const OPERATIONDENIED_NOTSUPPORTCUSTOMRESOURCE: &str =
    "OperationDenied.NotSupportCustomResource";

/// 预付费资源组余量不足。
pub const OPERATIONDENIED_RESOURCEGROUPINSUFFICIENT: &str =
    "OperationDenied.ResourceGroupInsufficient";

/// 子网不合法。
pub const OPERATIONDENIED_SUBNETILLEGAL: &str = "OperationDenied.SubnetIllegal";

/// 太极应用组存量资源不足，不满足训练要求
pub const OPERATIONDENIED_TAIJIAPPLICATIONGROUPINSUFFICIENT: &str =
    "OperationDenied.TAIJIApplicationGroupInsufficient";

/// 无访问权限
pub const OPERATIONDENIED_UNAUTHORIZEDOPERATION: &str = "OperationDenied.UnauthorizedOperation";

/// 白名单免费配额不足。
pub const OPERATIONDENIED_WHITELISTQUOTAEXCEED: &str = "OperationDenied.WhitelistQuotaExceed";

/// 资源不足。
pub const RESOURCEINSUFFICIENT: &str = "ResourceInsufficient";

/// 申请资源超过用户在当前资源组的最大配额限制
pub const RESOURCEINSUFFICIENT_QUOTAINSUFFICIENT: &str = "ResourceInsufficient.QuotaInsufficient";

/// SSH端口资源耗尽
pub const RESOURCEINSUFFICIENT_SSHPORTISCONSUMEDUP: &str =
    "ResourceInsufficient.SSHPortIsConsumedUp";

/// 资源被占用。
pub const RESOURCEINUSE: &str = "ResourceInUse";

/// 资源不存在。
pub const RESOURCENOTFOUND: &str = "ResourceNotFound";

/// 文件系统不存在
pub const RESOURCENOTFOUND_CFSNOTFOUND: &str = "ResourceNotFound.CfsNotFound";

/// 没有该模型。
pub const RESOURCENOTFOUND_NOMODEL: &str = "ResourceNotFound.NoModel";

/// 资源组不存在
pub const RESOURCENOTFOUND_RESOURCEGROUPNOTFOUND: &str = "ResourceNotFound.ResourceGroupNotFound";

/// vpc不存在
pub const RESOURCENOTFOUND_VPCNOTFOUND: &str = "ResourceNotFound.VPCNotFound";

/// 资源售罄。
pub const RESOURCESSOLDOUT: &str = "ResourcesSoldOut";

/// 资源不可用。
pub const RESOURCEUNAVAILABLE: &str = "ResourceUnavailable";

/// 未开通该地域服务，请先开通。
pub const RESOURCEUNAVAILABLE_BILLNOTACTIVATED: &str = "ResourceUnavailable.BillNotActivated";

/// 实例未成功启动。
pub const RESOURCEUNAVAILABLE_NOTALIVE: &str = "ResourceUnavailable.NotAlive";

/// 未授权操作。
pub const UNAUTHORIZEDOPERATION: &str = "UnauthorizedOperation";

/// 资源不属于当前登录用户主账号，无权限访问。
pub const UNAUTHORIZEDOPERATION_NOPERMISSION: &str = "UnauthorizedOperation.NoPermission";

/// 未知参数错误。
pub const UNKNOWNPARAMETER: &str = "UnknownParameter";

/// 操作不支持。
pub const UNSUPPORTEDOPERATION: &str = "UnsupportedOperation";
