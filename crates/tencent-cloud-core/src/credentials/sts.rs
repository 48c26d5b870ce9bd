//! STS: `AssumeRole` (signed with source credentials) and `AssumeRoleWithWebIdentity`
//! (unsigned; TKE OIDC), sent through the crate's own [`Client`].

use std::path::PathBuf;
use std::time::Duration;

use serde_json::json;

use super::fields::{Fields, parse_object};
use super::{
    BoxFuture, Credentials, Env, ProvideCredentials, SharedCredentialsProvider, from_unix_secs,
    not_found, unix_secs,
};
use crate::client::{Client, RequestSpec};
use crate::config::ClientConfig;
use crate::credentials::Credential;
use crate::error::Error;

/// STS API version.
const VERSION: &str = "2018-08-13";
/// Region sent to STS when none is given (what the official SDKs send).
pub(crate) const DEFAULT_STS_REGION: &str = "ap-guangzhou";
/// Default lifetime asked for (the official SDKs' default).
pub(crate) const DEFAULT_DURATION: Duration = Duration::from_secs(7200);
/// The longest lifetime STS grants.
const MAX_DURATION: Duration = Duration::from_secs(43200);

/// Where STS calls go and how long they may take.
#[derive(Clone, Debug, Default)]
pub(crate) struct StsSettings {
    /// Base URL (`http://127.0.0.1:8080`) or host (`sts.internal.tencentcloudapi.com`);
    /// `None`: `https://sts.tencentcloudapi.com`.
    pub(crate) endpoint: Option<String>,
    /// The user's client configuration, whose transport (proxy, timeouts, root
    /// certificates, user agent) STS calls reuse.
    pub(crate) transport: Option<ClientConfig>,
}

impl StsSettings {
    fn client_config(&self, region: &str) -> Result<ClientConfig, Error> {
        let mut b = ClientConfig::builder()
            .region(region)
            .attempt_timeout(Duration::from_secs(20));
        if let Some(t) = &self.transport {
            b = b.transport_of(t);
        }
        if let Some(url) = &self.endpoint {
            b = b.endpoint_url(url.clone());
        }
        b.build()
    }
}

fn default_session_name() -> String {
    format!(
        "tencentcloud-rust-sdk-{}",
        unix_secs(std::time::SystemTime::now())
    )
}

fn check_duration(d: Duration) -> Result<u64, Error> {
    if d.is_zero() || d > MAX_DURATION {
        return Err(Error::InvalidInput(format!(
            "STS credential duration must be between 1 and {} seconds, got {}",
            MAX_DURATION.as_secs(),
            d.as_secs()
        )));
    }
    Ok(d.as_secs())
}

/// Sends one STS action and reads `Credentials` and `ExpiredTime` from the answer.
async fn call(
    client: &Client,
    action: &str,
    body: serde_json::Value,
    provider: &'static str,
) -> Result<Credentials, Error> {
    let spec = RequestSpec::new("sts", VERSION, action).idempotent(true);
    let body = serde_json::to_vec(&body)
        .map_err(|e| Error::InvalidInput(format!("cannot serialize the STS request: {e}")))?;
    let bytes = client
        .send_raw(&spec, body)
        .await
        .map_err(without_snippet)
        .map_err(|e| with_context(e, &format!("STS {action} ({provider})")))?;
    let source = format!("STS {action} response");
    parse_credentials(&bytes, &source, provider)
}

/// Prefixes the message of a transport or credentials error with where it happened (a
/// bare "cannot connect to 127.0.0.1:9" says nothing of which provider asked).
pub(crate) fn with_context(e: Error, context: &str) -> Error {
    match e {
        Error::Transport { message, source } => Error::Transport {
            message: format!("{context}: {message}"),
            source,
        },
        Error::Credentials(m) => Error::Credentials(format!("{context}: {m}")),
        other => other,
    }
}

/// A response that does not decode may still hold credentials: keep the reason, drop
/// the body snippet.
pub(crate) fn without_snippet(e: Error) -> Error {
    match e {
        Error::Decode { status, reason, .. } => Error::Decode {
            status,
            reason,
            snippet: String::new(),
            source: None,
        },
        other => other,
    }
}

/// Reads `{"Credentials": {"TmpSecretId", "TmpSecretKey", "Token"}, "ExpiredTime"}`, the
/// shape STS, the metadata service and the tccli SSO endpoint share.
pub(crate) fn parse_credentials(
    bytes: &[u8],
    source: &str,
    provider: &'static str,
) -> Result<Credentials, Error> {
    let map = parse_object(bytes, source)?;
    let f = Fields::new(&map, source);
    let c = f.object("Credentials")?;
    credentials_from(&c, f.int("ExpiredTime")?, provider)
}

pub(crate) fn credentials_from(
    c: &Fields<'_>,
    expired_time: i64,
    provider: &'static str,
) -> Result<Credentials, Error> {
    let credential =
        Credential::new(c.str("TmpSecretId")?, c.str("TmpSecretKey")?).with_token(c.str("Token")?);
    credential.validate()?;
    Ok(Credentials::new(
        credential,
        Some(from_unix_secs(expired_time)),
        provider,
    ))
}

/// Temporary credentials of a CAM role from STS `AssumeRole`, signed with source
/// credentials (permanent keys, or anything a provider gives).
///
/// Every call asks STS; wrap it in a [`LazyCache`](super::LazyCache) (as
/// [`Client::with_provider`] does) to refresh only ahead of expiry.
///
/// ```no_run
/// use tencent_cloud_core::Credential;
/// use tencent_cloud_core::credentials::AssumeRoleProvider;
/// use std::time::Duration;
/// let provider = AssumeRoleProvider::new(
///     Credential::new("AKID...", "key"),
///     "qcs::cam::uin/100000000001:roleName/deployer",
/// )
/// .session_name("ci-deploy")
/// .duration(Duration::from_secs(3600));
/// ```
#[derive(Debug, Clone)]
pub struct AssumeRoleProvider {
    source: SharedCredentialsProvider,
    role_arn: String,
    session_name: Option<String>,
    duration: Duration,
    policy: Option<String>,
    external_id: Option<String>,
    region: String,
    settings: StsSettings,
    name: &'static str,
}

impl AssumeRoleProvider {
    /// Assumes `role_arn` (`qcs::cam::uin/<uin>:roleName/<name>`) with `source`'s keys.
    /// Defaults: session name `tencentcloud-rust-sdk-<unix time>`, 7200 s, region
    /// `ap-guangzhou`, endpoint `https://sts.tencentcloudapi.com`.
    pub fn new(source: impl ProvideCredentials + 'static, role_arn: impl Into<String>) -> Self {
        AssumeRoleProvider {
            source: std::sync::Arc::new(source),
            role_arn: role_arn.into(),
            session_name: None,
            duration: DEFAULT_DURATION,
            policy: None,
            external_id: None,
            region: DEFAULT_STS_REGION.into(),
            settings: StsSettings::default(),
            name: "assume-role",
        }
    }

    /// `RoleSessionName`.
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.session_name = Some(name.into());
        self
    }

    /// `DurationSeconds` (1 s to 12 h; default 7200 s).
    pub fn duration(mut self, duration: Duration) -> Self {
        self.duration = duration;
        self
    }

    /// `Policy`: a CAM policy (JSON) narrowing the role's permissions.
    pub fn policy(mut self, policy: impl Into<String>) -> Self {
        self.policy = Some(policy.into());
        self
    }

    /// `ExternalId`, when the role's trust policy requires one.
    pub fn external_id(mut self, id: impl Into<String>) -> Self {
        self.external_id = Some(id.into());
        self
    }

    /// Region sent as `X-TC-Region` (default `ap-guangzhou`).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = region.into();
        self
    }

    /// STS base URL or host, e.g. `http://127.0.0.1:8080` for a local stand-in or the
    /// emulator (default `https://sts.tencentcloudapi.com`).
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        self.settings.endpoint = Some(url.into());
        self
    }

    /// Sends the STS call with the transport settings of `config`: its proxy, connect
    /// and attempt timeouts, root certificates and user agent (its region, endpoint and
    /// retries are not used).
    pub fn transport_from(mut self, config: &ClientConfig) -> Self {
        self.settings.transport = Some(config.clone());
        self
    }

    pub(crate) fn settings(mut self, settings: StsSettings) -> Self {
        self.settings = settings;
        self
    }

    pub(crate) fn named(mut self, name: &'static str) -> Self {
        self.name = name;
        self
    }

    async fn assume(&self) -> Result<Credentials, Error> {
        let duration = check_duration(self.duration)?;
        let config = self.settings.client_config(&self.region)?;
        let client = Client::for_sts(config, Some(self.source.clone()))?;
        let mut body = json!({
            "RoleArn": self.role_arn,
            "RoleSessionName": self.session_name.clone().unwrap_or_else(default_session_name),
            "DurationSeconds": duration,
        });
        if let Some(p) = &self.policy {
            body["Policy"] = p.clone().into();
        }
        if let Some(id) = &self.external_id {
            body["ExternalId"] = id.clone().into();
        }
        let creds = call(&client, "AssumeRole", body, self.name).await?;
        tracing::debug!(provider = self.name, role_arn = %self.role_arn, "assumed role");
        Ok(creds)
    }
}

impl ProvideCredentials for AssumeRoleProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(self.assume())
    }
}

/// TKE OIDC: temporary credentials from STS `AssumeRoleWithWebIdentity`, an unsigned
/// call that trades the pod's service-account token for a role's credentials.
///
/// [`WebIdentityProvider::from_tke_env`] reads the variables TKE injects: `TKE_REGION`,
/// `TKE_PROVIDER_ID`, `TKE_WEB_IDENTITY_TOKEN_FILE` and `TKE_ROLE_ARN`. The token file is
/// read again on every refresh (Kubernetes rotates it). `TKE_REGION` is sent as
/// `X-TC-Region` — the Go SDK reads it and then sends its default region instead.
#[derive(Debug, Clone)]
pub struct WebIdentityProvider {
    region: String,
    provider_id: String,
    token_file: PathBuf,
    role_arn: String,
    session_name: Option<String>,
    duration: Duration,
    settings: StsSettings,
}

/// The variables [`WebIdentityProvider::from_tke_env`] reads.
const TKE_VARS: [&str; 4] = [
    "TKE_REGION",
    "TKE_PROVIDER_ID",
    "TKE_WEB_IDENTITY_TOKEN_FILE",
    "TKE_ROLE_ARN",
];

impl WebIdentityProvider {
    /// Trades the token in `token_file` for `role_arn`'s credentials via OIDC provider
    /// `provider_id`, in `region`.
    pub fn new(
        region: impl Into<String>,
        provider_id: impl Into<String>,
        token_file: impl Into<PathBuf>,
        role_arn: impl Into<String>,
    ) -> Self {
        WebIdentityProvider {
            region: region.into(),
            provider_id: provider_id.into(),
            token_file: token_file.into(),
            role_arn: role_arn.into(),
            session_name: None,
            duration: DEFAULT_DURATION,
            settings: StsSettings::default(),
        }
    }

    /// From the TKE variables. [`Error::CredentialsNotFound`] unless all four are set.
    pub fn from_tke_env(env: &Env) -> Result<Self, Error> {
        let missing: Vec<&str> = TKE_VARS
            .iter()
            .copied()
            .filter(|v| env.var(v).is_none())
            .collect();
        if !missing.is_empty() {
            return Err(not_found(format!("{} not set", missing.join(", "))));
        }
        let v = |name| env.var(name).unwrap_or_default().to_owned();
        Ok(WebIdentityProvider::new(
            v("TKE_REGION"),
            v("TKE_PROVIDER_ID"),
            v("TKE_WEB_IDENTITY_TOKEN_FILE"),
            v("TKE_ROLE_ARN"),
        ))
    }

    /// `RoleSessionName` (default `tencentcloud-rust-sdk-<unix time>`).
    pub fn session_name(mut self, name: impl Into<String>) -> Self {
        self.session_name = Some(name.into());
        self
    }

    /// `DurationSeconds` (default 7200 s).
    pub fn duration(mut self, duration: Duration) -> Self {
        self.duration = duration;
        self
    }

    /// STS base URL or host (default `https://sts.tencentcloudapi.com`).
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        self.settings.endpoint = Some(url.into());
        self
    }

    /// Sends the STS call with the transport settings of `config`: its proxy, connect
    /// and attempt timeouts, root certificates and user agent (its region, endpoint and
    /// retries are not used).
    pub fn transport_from(mut self, config: &ClientConfig) -> Self {
        self.settings.transport = Some(config.clone());
        self
    }

    pub(crate) fn settings(mut self, settings: StsSettings) -> Self {
        self.settings = settings;
        self
    }

    async fn assume(&self) -> Result<Credentials, Error> {
        let duration = check_duration(self.duration)?;
        let file = self.token_file.display();
        let token = super::read_credential_file(&self.token_file)
            .and_then(|b| {
                String::from_utf8(b)
                    .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8"))
            })
            .map_err(|e| {
                Error::Credentials(format!(
                    "cannot read the web identity token file {file}: {e}"
                ))
            })?;
        let token = token.trim();
        if token.is_empty() {
            return Err(Error::Credentials(format!(
                "the web identity token file {file} is empty"
            )));
        }
        let config = self.settings.client_config(&self.region)?;
        let client = Client::for_sts(config, None)?;
        let body = json!({
            "ProviderId": self.provider_id,
            "WebIdentityToken": token,
            "RoleArn": self.role_arn,
            "RoleSessionName": self.session_name.clone().unwrap_or_else(default_session_name),
            "DurationSeconds": duration,
        });
        call(&client, "AssumeRoleWithWebIdentity", body, "tke-oidc")
            .await
            .map_err(|e| scrub_error(e, token))
    }
}

impl ProvideCredentials for WebIdentityProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(self.assume())
    }
}

/// Removes a secret the server may echo from an error's text.
pub(crate) fn scrub_error(e: Error, secret: &str) -> Error {
    let clean = |s: String| super::scrub_text(s, &[secret]);
    match e {
        Error::Service {
            code,
            message,
            request_id,
            status,
        } => Error::Service {
            code,
            message: clean(message),
            request_id,
            status,
        },
        Error::Credentials(m) => Error::Credentials(clean(m)),
        Error::Decode { status, reason, .. } => Error::Decode {
            status,
            reason: clean(reason),
            snippet: String::new(),
            source: None,
        },
        other => other,
    }
}
