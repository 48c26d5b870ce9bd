//! Credentials from tccli's profile files, `~/.tccli/<profile>.credential`.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::environment::inner;
use super::fields::{Fields, parse_object};
use super::sso::{self, DEFAULT_TCCLI_ENDPOINT};
use super::sts::{AssumeRoleProvider, StsSettings};
use super::{BoxFuture, Credentials, Env, ProvideCredentials, not_found};
use crate::credentials::Credential;
use crate::error::Error;

/// Variable naming the tccli profile (tccli's own).
pub const PROFILE_VAR: &str = "TCCLI_PROFILE";

/// Credentials from tccli's profile: `~/.tccli/<profile>.credential`, a JSON object, with
/// the profile from [`TccliProfileProvider::profile`], else `TCCLI_PROFILE`, else
/// `default`.
///
/// Its `type` member decides what it holds:
/// - absent: static keys `secretId`, `secretKey` and optional `token` (what
///   `tccli configure` writes). With `role-arn` (and optional `role-session-name`), the
///   keys assume that role through STS `AssumeRole`; the STS endpoint is the override,
///   else `sts.endpoint` of `~/.tccli/<profile>.configure` (as tccli), else
///   `sts.tencentcloudapi.com`.
/// - `sso` (`tccli sso login`, tccli 3.0.1217.1): `secretId`, `secretKey` and `token`
///   are used while `expiresAt` is more than 5 minutes away. Otherwise they are refreshed
///   as tccli does it — `gen_saml_response` (`RoleSAML`) then `assume_role_with_saml`
///   for role `TencentCloudSSO-<roleConfigurationName>` through SAML provider
///   `TencentReservedSSO-<zoneId>`, 7200 s — and the file is rewritten atomically
///   (temporary file, then rename; mode 0600) with every other member kept. A failed
///   refresh leaves the file as it was. When the SSO login itself has expired
///   (`sso.expiresAt`), the error says to run `tccli sso login --profile <profile>`.
/// - `oauth` (`tccli auth login`): refreshed as tccli's `oauth` module does
///   (`refresh_user_token` when the access token is about to expire, then
///   `get_temp_cred`) and written back the same way; an expired login says to run
///   `tccli auth login --profile <profile>`.
///
/// No file: [`Error::CredentialsNotFound`]. A file that is not JSON, lacks a key or has
/// one of the wrong type: an error naming the file and the key.
#[derive(Debug, Clone)]
pub struct TccliProfileProvider {
    env: Env,
    profile: Option<String>,
    sts: StsSettings,
    tccli_endpoint: String,
}

impl TccliProfileProvider {
    /// Reads the profile `env` selects from `env`'s home directory.
    pub fn new(env: Env) -> Self {
        TccliProfileProvider {
            env,
            profile: None,
            sts: StsSettings::default(),
            tccli_endpoint: DEFAULT_TCCLI_ENDPOINT.into(),
        }
    }

    /// Reads this profile instead of `TCCLI_PROFILE` / `default`.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// STS base URL or host for `role-arn` profiles; overrides the `.configure` file.
    pub fn sts_endpoint(mut self, url: impl Into<String>) -> Self {
        self.sts.endpoint = Some(url.into());
        self
    }

    /// Base URL of tccli's SSO and OAuth service (default
    /// `https://cli.cloud.tencent.com`), e.g. a local stand-in in tests.
    pub fn sso_endpoint(mut self, url: impl Into<String>) -> Self {
        self.tccli_endpoint = url.into().trim_end_matches('/').to_owned();
        self
    }

    pub(crate) fn sts_settings(mut self, sts: StsSettings) -> Self {
        self.sts = sts;
        self
    }

    /// The profile name in use.
    pub fn profile_name(&self) -> String {
        profile_name(&self.env, self.profile.as_deref())
    }

    async fn load(&self) -> Result<Credentials, Error> {
        let profile = self.profile_name();
        let path = profile_path(&self.env, &profile, "credential")?;
        let shown = path.display().to_string();
        let bytes = match super::read_credential_file(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(not_found(format!("{shown} does not exist")));
            }
            Err(e) => return Err(Error::Credentials(format!("cannot read {shown}: {e}"))),
        };
        let map = parse_object(&bytes, &shown)?;
        let f = Fields::new(&map, &shown);
        let ctx = sso::Context {
            path: &path,
            shown: &shown,
            profile: &profile,
            endpoint: &self.tccli_endpoint,
            now: self.env.now(),
        };
        match f.opt_str("type")? {
            None => self.load_static(&f, &map, &profile, &shown).await,
            Some("sso") => sso::load_sso(&ctx, &map).await,
            Some("oauth") => sso::load_oauth(&ctx, &map).await,
            Some(other) => Err(f.error(
                "type",
                &format!("has unknown value {other:?} (expected absent, \"sso\" or \"oauth\")"),
            )),
        }
    }

    async fn load_static(
        &self,
        f: &Fields<'_>,
        map: &Map<String, Value>,
        profile: &str,
        shown: &str,
    ) -> Result<Credentials, Error> {
        // `tccli sso configure` writes only {"sso": {"authUrl": …}}: configured, never
        // logged in.
        if f.get("secretId").is_none() && map.get("sso").is_some_and(Value::is_object) {
            return Err(Error::Credentials(format!(
                "{shown}: tccli SSO is configured but not logged in; run `tccli sso login --profile {profile}`"
            )));
        }
        let mut credential = Credential::new(f.str("secretId")?, f.str("secretKey")?);
        if let Some(t) = f.opt_str("token")? {
            credential = credential.with_token(t);
        }
        credential
            .validate()
            .map_err(|e| Error::Credentials(format!("{shown}: {}", inner(&e))))?;
        let Some(role_arn) = f.opt_str("role-arn")? else {
            return Ok(Credentials::new(credential, None, "tccli-profile"));
        };
        let mut sts = self.sts.clone();
        if sts.endpoint.is_none() {
            sts.endpoint = configured_sts_endpoint(&self.env, profile)?;
        }
        let mut p = AssumeRoleProvider::new(credential, role_arn)
            .settings(sts)
            .named("tccli-profile+assume-role");
        if let Some(name) = f.opt_str("role-session-name")? {
            p = p.session_name(name);
        }
        p.provide_credentials()
            .await
            .map_err(|e| super::sts::with_context(e, &format!("{shown} (role-arn)")))
    }
}

impl ProvideCredentials for TccliProfileProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(self.load())
    }
}

/// The profile: the override, else `TCCLI_PROFILE`, else `default`.
pub(crate) fn profile_name(env: &Env, explicit: Option<&str>) -> String {
    explicit
        .filter(|p| !p.is_empty())
        .or_else(|| env.var(PROFILE_VAR))
        .unwrap_or("default")
        .to_owned()
}

/// `~/.tccli/<profile>.<ext>`; the profile may not be a path.
pub(crate) fn profile_path(env: &Env, profile: &str, ext: &str) -> Result<PathBuf, Error> {
    if profile.contains(['/', '\\']) || profile.starts_with('.') {
        return Err(Error::InvalidInput(format!(
            "invalid tccli profile name {profile:?}"
        )));
    }
    let home = env.home().ok_or_else(|| not_found("no home directory"))?;
    Ok(home.join(".tccli").join(format!("{profile}.{ext}")))
}

/// A JSON object read from a file, and the file's name for messages.
type JsonFile = (Map<String, Value>, String);

/// `~/.tccli/<profile>.configure` as a JSON object; `None` when there is no such file.
pub(crate) fn read_configure(env: &Env, profile: &str) -> Result<Option<JsonFile>, Error> {
    let path = match profile_path(env, profile, "configure") {
        Ok(p) => p,
        Err(Error::CredentialsNotFound(_)) => return Ok(None),
        Err(e) => return Err(e),
    };
    read_json_file(&path)
}

fn read_json_file(path: &Path) -> Result<Option<JsonFile>, Error> {
    let shown = path.display().to_string();
    match super::read_credential_file(path) {
        Ok(b) => Ok(Some((parse_object(&b, &shown)?, shown))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Credentials(format!("cannot read {shown}: {e}"))),
    }
}

/// The region tccli uses for a profile: `_sys_param.region` (older files: `region`).
pub(crate) fn configured_region(env: &Env, profile: &str) -> Result<Option<String>, Error> {
    let Some((map, shown)) = read_configure(env, profile)? else {
        return Ok(None);
    };
    let f = Fields::new(&map, &shown);
    if f.get("_sys_param").is_some() {
        let sys = f.object("_sys_param")?;
        if let Some(r) = sys.opt_str("region")? {
            return Ok(Some(r.to_owned()));
        }
    }
    Ok(f.opt_str("region")?.map(str::to_owned))
}

/// The per-service endpoints of the profile's `.configure` file (`<service>.endpoint`,
/// as `tccli configure` writes them: `cvm.tencentcloudapi.com`, or
/// `cvm.intl.tencentcloudapi.com` from tccli-intl), by service name (`autoscaling` is
/// the `as` service). A value that is not text is skipped with a warning.
pub(crate) fn configured_endpoints(
    env: &Env,
    profile: &str,
) -> Result<Vec<(String, String)>, Error> {
    let Some((map, shown)) = read_configure(env, profile)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (key, value) in map.iter() {
        if key == "_sys_param" {
            continue;
        }
        let Some(endpoint) = value.as_object().and_then(|o| o.get("endpoint")) else {
            continue;
        };
        match endpoint.as_str().map(str::trim) {
            Some("") => {}
            Some(e) => {
                let service = if key == "autoscaling" {
                    "as"
                } else {
                    key.as_str()
                };
                out.push((service.to_owned(), e.to_owned()));
            }
            None => tracing::warn!(
                file = %shown,
                service = %key,
                "the endpoint of this service is not text; ignored"
            ),
        }
    }
    Ok(out)
}

/// `sts.endpoint` of the profile's `.configure` file, as tccli passes to `AssumeRole`.
fn configured_sts_endpoint(env: &Env, profile: &str) -> Result<Option<String>, Error> {
    let Some((map, shown)) = read_configure(env, profile)? else {
        return Ok(None);
    };
    let f = Fields::new(&map, &shown);
    if f.get("sts").is_none() {
        return Ok(None);
    }
    Ok(f.object("sts")?.opt_str("endpoint")?.map(str::to_owned))
}
