//! Loading configuration from the environment, in the style of `aws-config`.

use std::fmt;
use std::sync::Arc;

use crate::config::{ClientConfig, ClientConfigBuilder};
use crate::credentials::Credential;
use crate::credentials::tccli::{configured_endpoints, configured_region, profile_name};
use crate::credentials::{
    DefaultChain, Env, LazyCache, ProvideCredentials, SharedCredentialsProvider,
};
use crate::error::Error;

/// Region variable (tccli's `ENV_REGION`).
pub const REGION_VAR: &str = "TENCENTCLOUD_REGION";

/// Environment variable with a base URL every request goes to (see
/// [`Endpoint::Url`](crate::Endpoint::Url)): a private endpoint, or the local
/// emulator (`http://127.0.0.1:PORT`). Used only when the client
/// configuration keeps the default endpoint.
pub const ENDPOINT_VAR: &str = "TENCENTCLOUD_ENDPOINT";

/// Site variable: `china` (the default) or `intl`; see [`Site`](crate::Site). Used only
/// when the client configuration does not choose a site.
pub const SITE_VAR: &str = "TENCENTCLOUD_SITE";

/// A loaded configuration: the [`ClientConfig`] and a cached credentials provider.
/// Build clients from it with [`Client::from_config`](crate::Client::from_config); clients
/// built from one `SdkConfig` share its credential cache.
///
/// ```no_run
/// # async fn demo() -> Result<(), tencent_cloud_core::Error> {
/// use tencent_cloud_core::{Client, SdkConfig};
/// let config = SdkConfig::from_env().await?;
/// let client = Client::from_config(&config)?;
/// // or, with overrides:
/// let config = SdkConfig::loader().profile("prod").region("ap-shanghai").load().await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct SdkConfig {
    client: ClientConfig,
    credentials: SharedCredentialsProvider,
    region_source: Option<&'static str>,
}

impl SdkConfig {
    /// Loads everything from the process environment:
    /// - region: `TENCENTCLOUD_REGION`, else `_sys_param.region` of the tccli profile's
    ///   `~/.tccli/<profile>.configure` (profile from `TCCLI_PROFILE`, else `default`);
    /// - credentials: the [`DefaultChain`], cached in a [`LazyCache`]. Nothing is fetched
    ///   until the first request.
    pub async fn from_env() -> Result<SdkConfig, Error> {
        SdkConfig::loader().load().await
    }

    /// A loader with overrides.
    pub fn loader() -> ConfigLoader {
        ConfigLoader::default()
    }

    /// The client configuration (region included).
    pub fn client_config(&self) -> &ClientConfig {
        &self.client
    }

    /// The default region, if any was found.
    pub fn region(&self) -> Option<&str> {
        self.client.region()
    }

    /// Where the region came from: `override`, `client-config`, `environment` or
    /// `tccli-configure`.
    pub fn region_source(&self) -> Option<&'static str> {
        self.region_source
    }

    /// The cached credentials provider.
    pub fn credentials_provider(&self) -> &SharedCredentialsProvider {
        &self.credentials
    }
}

impl fmt::Debug for SdkConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SdkConfig")
            .field("client", &self.client)
            .field("credentials", &self.credentials)
            .field("region_source", &self.region_source)
            .finish()
    }
}

/// The old name of [`SdkConfig`].
#[deprecated(
    since = "0.2.6",
    note = "renamed `SdkConfig`: the configuration loaded from the environment, beside `ClientConfig`"
)]
pub type Config = SdkConfig;

/// Builder of a [`SdkConfig`]; every override is optional.
#[derive(Default)]
pub struct ConfigLoader {
    env: Option<Env>,
    profile: Option<String>,
    region: Option<String>,
    client: Option<ClientConfigBuilder>,
    credentials: Option<SharedCredentialsProvider>,
    sts_endpoint: Option<String>,
    metadata_endpoint: Option<String>,
    sso_endpoint: Option<String>,
}

impl fmt::Debug for ConfigLoader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConfigLoader")
            .field("env", &self.env)
            .field("profile", &self.profile)
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl ConfigLoader {
    /// Reads this environment snapshot instead of the process's (tests).
    pub fn env(mut self, env: Env) -> Self {
        self.env = Some(env);
        self
    }

    /// The tccli profile (and INI section) instead of `TCCLI_PROFILE` / `default`.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// The region, over every other source.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Starts from this client configuration (timeouts, endpoint, retries, ...). Its
    /// region, if set, wins over the environment's.
    pub fn client_config(mut self, builder: ClientConfigBuilder) -> Self {
        self.client = Some(builder);
        self
    }

    /// Uses this provider (cached) instead of the default chain.
    pub fn credentials_provider(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(LazyCache::new(provider)));
        self
    }

    /// Uses these static keys instead of the default chain.
    pub fn credential(mut self, credential: Credential) -> Self {
        self.credentials = Some(Arc::new(credential));
        self
    }

    /// STS base URL or host for the chain's role assumption and TKE OIDC.
    pub fn sts_endpoint(mut self, url: impl Into<String>) -> Self {
        self.sts_endpoint = Some(url.into());
        self
    }

    /// Metadata service root for the chain's CVM role provider.
    pub fn metadata_endpoint(mut self, url: impl Into<String>) -> Self {
        self.metadata_endpoint = Some(url.into());
        self
    }

    /// tccli SSO/OAuth service base URL for the chain's tccli provider.
    pub fn sso_endpoint(mut self, url: impl Into<String>) -> Self {
        self.sso_endpoint = Some(url.into());
        self
    }

    /// Resolves the region and builds the configuration. Reads at most one small file
    /// (the tccli `.configure`); contacts no service.
    pub async fn load(self) -> Result<SdkConfig, Error> {
        let env = self.env.unwrap_or_else(Env::from_process);
        let mut builder = self.client.unwrap_or_else(ClientConfig::builder);
        let preset_config = builder.clone().build()?;
        let preset = preset_config.region().map(str::to_owned);
        if *preset_config.endpoint() == crate::Endpoint::Global
            && let Some(url) = env.var(ENDPOINT_VAR).filter(|u| !u.is_empty())
        {
            builder = builder.endpoint_url(url.to_owned());
        }
        let profile = profile_name(&env, self.profile.as_deref());
        builder = site_and_endpoints(builder, &env, &profile)?;
        let (region, region_source) = if let Some(r) = self.region {
            (Some(r), Some("override"))
        } else if let Some(r) = preset {
            (Some(r), Some("client-config"))
        } else if let Some(r) = env.var(REGION_VAR) {
            (Some(r.to_owned()), Some("environment"))
        } else if let Some(r) = configured_region(&env, &profile)? {
            (Some(r), Some("tccli-configure"))
        } else {
            (None, None)
        };
        let client = match &region {
            Some(r) => builder.region(r.clone()),
            None => builder,
        }
        .build()?;
        let credentials = match self.credentials {
            Some(c) => c,
            None => {
                let mut chain = DefaultChain::builder().env(env).transport_from(&client);
                if let Some(p) = self.profile {
                    chain = chain.profile(p);
                }
                if let Some(u) = self.sts_endpoint {
                    chain = chain.sts_endpoint(u);
                }
                if let Some(u) = self.metadata_endpoint {
                    chain = chain.metadata_endpoint(u);
                }
                if let Some(u) = self.sso_endpoint {
                    chain = chain.sso_endpoint(u);
                }
                Arc::new(LazyCache::new(chain.build()))
            }
        };
        Ok(SdkConfig {
            client,
            credentials,
            region_source,
        })
    }
}

/// The site and the per-service endpoints: a site the client configuration chose wins,
/// then `TENCENTCLOUD_SITE`; without either, the tccli profile's `<service>.endpoint`s
/// are honoured as tccli does, and a profile written by tccli-intl (its endpoints on
/// `intl.tencentcloudapi.com`) chooses the international site for the other services.
fn site_and_endpoints(
    mut builder: ClientConfigBuilder,
    env: &Env,
    profile: &str,
) -> Result<ClientConfigBuilder, Error> {
    if builder.has_site() {
        return Ok(builder);
    }
    if let Some(v) = env.var(SITE_VAR).filter(|v| !v.trim().is_empty()) {
        let site = v
            .parse::<crate::Site>()
            .map_err(|_| Error::InvalidInput(format!("{SITE_VAR} is {v:?}; use china or intl")))?;
        return Ok(builder.site(site));
    }
    let endpoints = configured_endpoints(env, profile)?;
    let api: Vec<&str> = endpoints
        .iter()
        .map(|(_, e)| e.trim_start_matches("https://").trim_end_matches('/'))
        .filter(|host| host.ends_with(".tencentcloudapi.com"))
        .collect();
    if !api.is_empty()
        && api
            .iter()
            .all(|host| host.ends_with(".intl.tencentcloudapi.com"))
    {
        builder = builder.site(crate::Site::International);
    }
    for (service, endpoint) in endpoints {
        match crate::config::parse_base_url(&endpoint) {
            Ok(_) => builder = builder.service_endpoint(service, endpoint),
            Err(e) => tracing::warn!(
                service = %service,
                endpoint = %endpoint,
                error = %e,
                "the tccli profile's endpoint of this service is unusable; ignored"
            ),
        }
    }
    Ok(builder)
}
