//! Provider chains and the default chain.

use std::sync::Arc;

use super::cvm_role::CvmRoleProvider;
use super::environment::EnvironmentProvider;
use super::profile_file::ProfileFileProvider;
use super::sts::{StsSettings, WebIdentityProvider};
use super::tccli::TccliProfileProvider;
use super::{BoxFuture, Credentials, Env, ProvideCredentials, SharedCredentialsProvider};
use crate::error::Error;

/// Tries providers in order and returns the first that has credentials.
///
/// A provider answering [`Error::CredentialsNotFound`] is skipped; any other error stops
/// the chain (a configured but broken source is reported, not silently passed over).
/// If none has credentials, the error lists each provider and why it had none. The
/// answer's [`Credentials::provider`] says which provider answered.
#[derive(Debug, Clone, Default)]
pub struct ChainProvider {
    providers: Vec<(&'static str, SharedCredentialsProvider)>,
}

impl ChainProvider {
    /// An empty chain.
    pub fn new() -> Self {
        ChainProvider::default()
    }

    /// Appends a provider, named for errors and logs.
    pub fn or_else(
        mut self,
        name: &'static str,
        provider: impl ProvideCredentials + 'static,
    ) -> Self {
        self.providers.push((name, Arc::new(provider)));
        self
    }

    /// The names of the providers, in order.
    pub fn names(&self) -> Vec<&'static str> {
        self.providers.iter().map(|(n, _)| *n).collect()
    }

    async fn load(&self) -> Result<Credentials, Error> {
        let mut skipped = Vec::new();
        for (name, p) in &self.providers {
            match p.provide_credentials().await {
                Ok(c) => {
                    tracing::debug!(provider = c.provider(), "credentials found");
                    return Ok(c);
                }
                Err(Error::CredentialsNotFound(why)) => {
                    tracing::trace!(provider = name, reason = %why, "no credentials");
                    skipped.push(format!("{name}: {why}"));
                }
                Err(Error::Credentials(msg)) => {
                    return Err(Error::Credentials(format!("{name}: {msg}")));
                }
                Err(e) => return Err(e),
            }
        }
        Err(Error::CredentialsNotFound(if skipped.is_empty() {
            "the credential chain is empty".into()
        } else {
            skipped.join("; ")
        }))
    }
}

impl ProvideCredentials for ChainProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(self.load())
    }
}

/// The default chain: how a client finds credentials when given none.
///
/// In order:
/// 1. **environment** ([`EnvironmentProvider`]): `TENCENTCLOUD_SECRET_ID`,
///    `TENCENTCLOUD_SECRET_KEY`, `TENCENTCLOUD_TOKEN`. First because it is the most
///    specific and the easiest to set for one command (`TENCENTCLOUD_SECRET_ID=… cargo
///    run`), and tccli and every official SDK put it first.
/// 2. **tccli profile** ([`TccliProfileProvider`]): `~/.tccli/<TCCLI_PROFILE or
///    default>.credential`, including SSO and OAuth logins. Before the INI file because
///    it is what a developer's `tccli configure` / `tccli sso login` last wrote, and
///    tccli users expect the SDK to act as the CLI does.
/// 3. **INI profile** ([`ProfileFileProvider`]): `TENCENTCLOUD_CREDENTIALS_FILE` or
///    `~/.tencentcloud/credentials` (else `/etc/tencentcloud/credentials`), the
///    official SDKs' shared file.
/// 4. **TKE OIDC** ([`WebIdentityProvider`]): only inside a TKE pod with the
///    `TKE_*` variables; costs an STS call, so it comes after the local files.
/// 5. **CVM role** ([`CvmRoleProvider`]): last, because probing the metadata service
///    costs up to a second of network time when not on a CVM.
///
/// Wrap it in a [`LazyCache`](super::LazyCache) (as [`SdkConfig::from_env`](crate::SdkConfig::from_env)
/// does); [`Credentials::provider`] tells which one answered.
#[derive(Debug, Clone, Copy)]
pub struct DefaultChain;

impl DefaultChain {
    /// A builder reading the process environment, with the real endpoints.
    pub fn builder() -> DefaultChainBuilder {
        DefaultChainBuilder::default()
    }
}

/// Builder of the [`DefaultChain`]: the environment snapshot, the profile, and every
/// endpoint the providers call.
#[derive(Debug, Clone, Default)]
pub struct DefaultChainBuilder {
    env: Option<Env>,
    profile: Option<String>,
    sts_endpoint: Option<String>,
    sts_transport: Option<crate::ClientConfig>,
    metadata_endpoint: Option<String>,
    sso_endpoint: Option<String>,
}

impl DefaultChainBuilder {
    /// Reads this environment instead of the process's.
    pub fn env(mut self, env: Env) -> Self {
        self.env = Some(env);
        self
    }

    /// The tccli profile and INI section (default: `TCCLI_PROFILE` or `default` for
    /// tccli, `default` for the INI file).
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// STS base URL or host, for role assumption and TKE OIDC.
    pub fn sts_endpoint(mut self, url: impl Into<String>) -> Self {
        self.sts_endpoint = Some(url.into());
        self
    }

    /// Metadata service root (default `http://metadata.tencentyun.com/latest/meta-data/`).
    pub fn metadata_endpoint(mut self, url: impl Into<String>) -> Self {
        self.metadata_endpoint = Some(url.into());
        self
    }

    /// tccli SSO/OAuth service base URL (default `https://cli.cloud.tencent.com`).
    pub fn sso_endpoint(mut self, url: impl Into<String>) -> Self {
        self.sso_endpoint = Some(url.into());
        self
    }

    /// Makes the chain's STS calls (tccli `role-arn`, `TENCENTCLOUD_ROLE_ARN`, TKE OIDC)
    /// with the transport settings of `config`: proxy, timeouts, root certificates, user
    /// agent. [`SdkConfig::from_env`](crate::SdkConfig::from_env) passes the client's.
    pub fn transport_from(mut self, config: &crate::ClientConfig) -> Self {
        self.sts_transport = Some(config.clone());
        self
    }

    /// The chain (uncached).
    pub fn build(self) -> ChainProvider {
        let env = self.env.unwrap_or_else(Env::from_process);
        let sts = StsSettings {
            endpoint: self.sts_endpoint,
            transport: self.sts_transport,
        };
        let mut tccli = TccliProfileProvider::new(env.clone()).sts_settings(sts.clone());
        let mut ini = ProfileFileProvider::new(env.clone());
        if let Some(p) = &self.profile {
            tccli = tccli.profile(p.clone());
            ini = ini.profile(p.clone());
        }
        if let Some(url) = self.sso_endpoint {
            tccli = tccli.sso_endpoint(url);
        }
        let mut cvm = CvmRoleProvider::new();
        if let Some(url) = self.metadata_endpoint {
            cvm = cvm.endpoint(url);
        }
        ChainProvider::new()
            .or_else(
                "environment",
                EnvironmentProvider::new(env.clone()).sts_settings(sts.clone()),
            )
            .or_else("tccli-profile", tccli)
            .or_else("profile-file", ini)
            .or_else("tke-oidc", TkeOidc { env, sts })
            .or_else("cvm-role", cvm)
    }
}

/// TKE OIDC in the chain: reads the `TKE_*` variables when asked.
#[derive(Debug)]
struct TkeOidc {
    env: Env,
    sts: StsSettings,
}

impl ProvideCredentials for TkeOidc {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(async move {
            let p = WebIdentityProvider::from_tke_env(&self.env)?.settings(self.sts.clone());
            p.provide_credentials().await
        })
    }
}
