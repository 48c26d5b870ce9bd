//! Credentials from environment variables.

use super::sts::{AssumeRoleProvider, StsSettings};
use super::{BoxFuture, Credentials, Env, ProvideCredentials, not_found};
use crate::credentials::Credential;
use crate::error::Error;

/// SecretId variable (tccli and every official SDK).
pub const SECRET_ID_VAR: &str = "TENCENTCLOUD_SECRET_ID";
/// SecretKey variable (tccli and every official SDK).
pub const SECRET_KEY_VAR: &str = "TENCENTCLOUD_SECRET_KEY";
/// Session token variable (tccli's `ENV_TOKEN`).
pub const TOKEN_VAR: &str = "TENCENTCLOUD_TOKEN";
/// Role to assume with the keys above (tccli's `ENV_ROLE_ARN`).
pub const ROLE_ARN_VAR: &str = "TENCENTCLOUD_ROLE_ARN";
/// Session name for [`ROLE_ARN_VAR`] (tccli's `ENV_ROLE_SESSION_NAME`).
pub const ROLE_SESSION_NAME_VAR: &str = "TENCENTCLOUD_ROLE_SESSION_NAME";

/// Credentials from the variables tccli reads:
///
/// - `TENCENTCLOUD_SECRET_ID` and `TENCENTCLOUD_SECRET_KEY` (also what the Python and Go
///   SDKs read);
/// - `TENCENTCLOUD_TOKEN`, optional: the session token of temporary keys;
/// - `TENCENTCLOUD_ROLE_ARN`, optional, with `TENCENTCLOUD_ROLE_SESSION_NAME`: assume
///   this role with the keys above (STS `AssumeRole`), as tccli does.
///
/// An empty variable counts as unset (as in tccli). Neither key set:
/// [`Error::CredentialsNotFound`]; only one: an error naming the missing one.
#[derive(Debug, Clone)]
pub struct EnvironmentProvider {
    env: Env,
    sts: StsSettings,
}

impl EnvironmentProvider {
    /// Reads from `env`.
    pub fn new(env: Env) -> Self {
        EnvironmentProvider {
            env,
            sts: StsSettings::default(),
        }
    }

    /// Reads the process environment.
    pub fn from_process() -> Self {
        EnvironmentProvider::new(Env::from_process())
    }

    /// STS base URL for `TENCENTCLOUD_ROLE_ARN` (default `https://sts.tencentcloudapi.com`).
    pub fn sts_endpoint(mut self, url: impl Into<String>) -> Self {
        self.sts.endpoint = Some(url.into());
        self
    }

    pub(crate) fn sts_settings(mut self, sts: StsSettings) -> Self {
        self.sts = sts;
        self
    }

    async fn load(&self) -> Result<Credentials, Error> {
        let id = self.env.var_checked(SECRET_ID_VAR)?;
        let key = self.env.var_checked(SECRET_KEY_VAR)?;
        let (id, key) = match (id, key) {
            (Some(id), Some(key)) => (id, key),
            (None, None) => {
                return Err(not_found(format!(
                    "{SECRET_ID_VAR} and {SECRET_KEY_VAR} not set"
                )));
            }
            (Some(_), None) => {
                return Err(Error::Credentials(format!(
                    "{SECRET_ID_VAR} is set but {SECRET_KEY_VAR} is not"
                )));
            }
            (None, Some(_)) => {
                return Err(Error::Credentials(format!(
                    "{SECRET_KEY_VAR} is set but {SECRET_ID_VAR} is not"
                )));
            }
        };
        let mut credential = Credential::new(id, key);
        if let Some(t) = self.env.var_checked(TOKEN_VAR)? {
            credential = credential.with_token(t);
        }
        credential
            .validate()
            .map_err(|e| Error::Credentials(format!("environment variables: {}", inner(&e))))?;
        if let Some(role_arn) = self.env.var(ROLE_ARN_VAR) {
            let mut p = AssumeRoleProvider::new(credential, role_arn)
                .settings(self.sts.clone())
                .named("environment+assume-role");
            if let Some(name) = self.env.var(ROLE_SESSION_NAME_VAR) {
                p = p.session_name(name);
            }
            return p.provide_credentials().await;
        }
        Ok(Credentials::new(credential, None, "environment"))
    }
}

/// The message of a credentials error without its "credentials error: " prefix.
pub(crate) fn inner(e: &Error) -> String {
    match e {
        Error::Credentials(m) => m.clone(),
        other => other.to_string(),
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(self.load())
    }
}
