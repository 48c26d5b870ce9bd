//! Credentials from the official SDKs' INI profile file.

use std::path::PathBuf;

use super::environment::inner;
use super::{BoxFuture, Credentials, Env, ProvideCredentials, ini, not_found};
use crate::credentials::Credential;
use crate::error::Error;

/// Variable naming the profile file (the Go SDK's `EnvCredentialFile`).
pub const CREDENTIALS_FILE_VAR: &str = "TENCENTCLOUD_CREDENTIALS_FILE";

/// Credentials from the INI file the Python and Go SDKs read:
///
/// ```ini
/// [default]
/// secret_id = AKID...
/// secret_key = ...
/// ```
///
/// The file is `TENCENTCLOUD_CREDENTIALS_FILE` if set, else `~/.tencentcloud/credentials`,
/// else the machine-wide `/etc/tencentcloud/credentials` (as the Python SDK reads them;
/// see [`Env::with_system_dir`]); the section is `default` unless
/// [`ProfileFileProvider::profile`] names another. No file at the default paths:
/// [`Error::CredentialsNotFound`]. A file named by the variable that does not exist, a
/// malformed file, or a missing section or key: an error naming the file (and line,
/// section or key).
#[derive(Debug, Clone)]
pub struct ProfileFileProvider {
    env: Env,
    path: Option<PathBuf>,
    profile: Option<String>,
}

impl ProfileFileProvider {
    /// Reads the file `env` points at.
    pub fn new(env: Env) -> Self {
        ProfileFileProvider {
            env,
            path: None,
            profile: None,
        }
    }

    /// Reads this file instead.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Reads this section instead of `[default]`.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// The file and whether it was named explicitly.
    fn file(&self) -> Result<(PathBuf, bool), Error> {
        if let Some(p) = &self.path {
            return Ok((p.clone(), true));
        }
        if let Some(p) = self.env.var(CREDENTIALS_FILE_VAR) {
            return Ok((PathBuf::from(p), true));
        }
        if self.env.is_set(CREDENTIALS_FILE_VAR) {
            return Err(Error::Credentials(format!(
                "{CREDENTIALS_FILE_VAR} is set but empty"
            )));
        }
        let user = self
            .env
            .home()
            .map(|h| h.join(".tencentcloud").join("credentials"));
        let system = self
            .env
            .system_dir()
            .map(|d| d.join("tencentcloud").join("credentials"));
        // The first that exists; else the first that would, for the "not found" message.
        let candidates: Vec<PathBuf> = user.into_iter().chain(system).collect();
        match candidates.iter().find(|p| p.exists()) {
            Some(p) => Ok((p.clone(), false)),
            None if candidates.is_empty() => Err(not_found("no home directory")),
            None => Err(not_found(format!(
                "{} does not exist",
                candidates
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(" nor ")
            ))),
        }
    }

    async fn load(&self) -> Result<Credentials, Error> {
        let (path, explicit) = self.file()?;
        let shown = path.display().to_string();
        let text = match super::read_credential_file(&path).and_then(|b| {
            String::from_utf8(b)
                .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8"))
        }) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
                return Err(not_found(format!("{shown} does not exist")));
            }
            Err(e) => return Err(Error::Credentials(format!("cannot read {shown}: {e}"))),
        };
        let ini = ini::parse(&text).map_err(|why| Error::Credentials(format!("{shown}: {why}")))?;
        let section = self.profile.as_deref().unwrap_or("default");
        let values = ini
            .get(section)
            .ok_or_else(|| Error::Credentials(format!("{shown}: no section [{section}]")))?;
        let get = |key: &str| -> Result<&str, Error> {
            match values.get(key).map(String::as_str) {
                Some("") => Err(Error::Credentials(format!(
                    "{shown}: key \"{key}\" in section [{section}] is empty"
                ))),
                Some(v) => Ok(v),
                None => Err(Error::Credentials(format!(
                    "{shown}: key \"{key}\" is missing from section [{section}]"
                ))),
            }
        };
        let credential = Credential::new(get("secret_id")?, get("secret_key")?);
        credential
            .validate()
            .map_err(|e| Error::Credentials(format!("{shown} [{section}]: {}", inner(&e))))?;
        Ok(Credentials::new(credential, None, "profile-file"))
    }
}

impl ProvideCredentials for ProfileFileProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(self.load())
    }
}
