//! Credential providers: where a client's SecretId, SecretKey and token come from.
//!
//! A provider implements [`ProvideCredentials`]: an async function returning
//! [`Credentials`] (a [`Credential`] plus an optional expiry and the name of the provider
//! that answered). The providers:
//!
//! | provider | source | name in [`Credentials::provider`] |
//! |---|---|---|
//! | [`Credential`] / [`Credentials`] | static keys | `static` |
//! | [`EnvironmentProvider`] | `TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY`, `TENCENTCLOUD_TOKEN` (+ `TENCENTCLOUD_ROLE_ARN`) | `environment` |
//! | [`TccliProfileProvider`] | `~/.tccli/<profile>.credential` (static keys, `role-arn`, `type: sso`, `type: oauth`) | `tccli-profile`, `tccli-sso`, `tccli-oauth` |
//! | [`ProfileFileProvider`] | `~/.tencentcloud/credentials`, else `/etc/tencentcloud/credentials` (INI), or `TENCENTCLOUD_CREDENTIALS_FILE` | `profile-file` |
//! | [`WebIdentityProvider`] | TKE OIDC: `TKE_REGION`, `TKE_PROVIDER_ID`, `TKE_WEB_IDENTITY_TOKEN_FILE`, `TKE_ROLE_ARN` | `tke-oidc` |
//! | [`CvmRoleProvider`] | the CVM metadata service | `cvm-role` |
//! | [`AssumeRoleProvider`] | STS `AssumeRole` signed with source credentials | `assume-role` |
//!
//! A provider that keys assume a role with (`role-arn` in a tccli profile,
//! `TENCENTCLOUD_ROLE_ARN` in the environment) reports `<provider>+assume-role`.
//!
//! [`DefaultChain`] tries them in the order **environment → tccli profile → INI profile →
//! TKE OIDC → CVM role** (see its documentation for why), and [`LazyCache`] caches what
//! it finds, refreshing ahead of expiry with one refresh in flight at a time.
//! [`Client::with_provider`](crate::Client::with_provider) and
//! [`SdkConfig::from_env`](crate::SdkConfig::from_env) put both together.
//!
//! Providers read their environment (variables, home directory, clock) from an [`Env`]
//! snapshot, never from the process directly, so tests can run them side by side; every
//! network endpoint (STS, the metadata service, the tccli SSO service) is overridable, so
//! a local server or the emulator can stand in for it.
//!
//! Secrets stay secret: [`Credentials`] and every provider redact the SecretKey and token
//! in `Debug`, and no error message quotes a secret, a file line or a response body that
//! may hold one.

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::Error;
use crate::secret::Secret;

mod cache;
mod chain;
mod credential;
mod cvm_role;
mod environment;
mod fields;
#[cfg(test)]
mod fuzz;
mod ini;
mod profile_file;
mod sso;
mod sts;
pub(crate) mod tccli;

pub use cache::{DEFAULT_REFRESH_AHEAD, DEFAULT_RETRY_AFTER_FAILURE, LazyCache};
pub use chain::{ChainProvider, DefaultChain, DefaultChainBuilder};
pub use credential::Credential;
pub use cvm_role::{CvmRoleProvider, DEFAULT_METADATA_ENDPOINT};
pub use environment::{
    EnvironmentProvider, ROLE_ARN_VAR, ROLE_SESSION_NAME_VAR, SECRET_ID_VAR, SECRET_KEY_VAR,
    TOKEN_VAR,
};
pub use profile_file::{CREDENTIALS_FILE_VAR, ProfileFileProvider};
pub use sts::{AssumeRoleProvider, WebIdentityProvider};
pub use tccli::{PROFILE_VAR, TccliProfileProvider};

/// A boxed, `Send` future: what [`ProvideCredentials::provide_credentials`] returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Something that can produce credentials, possibly asynchronously (over the network).
///
/// Implement it for your own source; the crate's providers are listed in the
/// [module documentation](self). Errors:
/// - [`Error::CredentialsNotFound`]: this source is not configured here (no such
///   variable, no such file, not on a CVM). A [`ChainProvider`] moves on to the next one.
/// - anything else ([`Error::Credentials`] for a malformed file, [`Error::Service`] for a
///   refused STS call, ...): the source is configured but broken; a chain stops there.
pub trait ProvideCredentials: fmt::Debug + Send + Sync {
    /// Returns credentials, fetching or refreshing them if needed.
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>>;
}

/// A provider shared between clients and threads.
pub type SharedCredentialsProvider = Arc<dyn ProvideCredentials>;

impl<T: ProvideCredentials + ?Sized> ProvideCredentials for Arc<T> {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        (**self).provide_credentials()
    }
}

/// The static provider: always these keys.
impl ProvideCredentials for Credential {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        let c = Credentials::new(self.clone(), None, "static");
        Box::pin(async move { Ok(c) })
    }
}

/// Static credentials with their expiry and provider name, as given.
impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        let c = self.clone();
        Box::pin(async move { Ok(c) })
    }
}

/// What a provider returns: a SecretId, a SecretKey, an optional session token, an
/// optional expiry, and the name of the provider that produced them.
///
/// `Debug` shows the SecretId, expiry and provider, and redacts the key and the token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    credential: Credential,
    expiry: Option<SystemTime>,
    provider: &'static str,
}

impl Credentials {
    /// Wraps a credential with its expiry (`None`: does not expire) and the provider name.
    pub fn new(credential: Credential, expiry: Option<SystemTime>, provider: &'static str) -> Self {
        Credentials {
            credential,
            expiry,
            provider,
        }
    }

    /// The SecretId.
    pub fn secret_id(&self) -> &str {
        &self.credential.secret_id
    }

    /// The SecretKey.
    pub fn secret_key(&self) -> &Secret {
        &self.credential.secret_key
    }

    /// The session token of temporary credentials.
    pub fn token(&self) -> Option<&Secret> {
        self.credential.token.as_ref()
    }

    /// When the credentials stop working; `None` for permanent keys.
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expiry
    }

    /// Which provider produced them (`environment`, `tccli-sso`, `cvm-role`, ...): for
    /// debugging which source a chain used.
    pub fn provider(&self) -> &'static str {
        self.provider
    }

    /// The credential to sign with.
    pub fn credential(&self) -> &Credential {
        &self.credential
    }

    /// Consumes them into the credential to sign with.
    pub fn into_credential(self) -> Credential {
        self.credential
    }
}

/// A source of the current time, injectable for tests.
#[derive(Clone)]
pub struct Clock(Option<Arc<dyn Fn() -> SystemTime + Send + Sync>>);

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock(None)
    }

    /// A clock that calls `now`.
    pub fn from_fn(now: impl Fn() -> SystemTime + Send + Sync + 'static) -> Clock {
        Clock(Some(Arc::new(now)))
    }

    /// The current time.
    pub fn now(&self) -> SystemTime {
        match &self.0 {
            Some(f) => f(),
            None => SystemTime::now(),
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_some() {
            "Clock(custom)"
        } else {
            "Clock(system)"
        })
    }
}

/// A snapshot of what providers read from their surroundings: environment variables,
/// the home directory and the clock.
///
/// [`Env::from_process`] takes it from the running process (what the defaults use);
/// tests build one by hand so that they never touch process-global state:
///
/// ```
/// use tencent_cloud_core::credentials::Env;
/// let env = Env::empty()
///     .with_home("/tmp/home-for-this-test")
///     .with_var("TCCLI_PROFILE", "dev");
/// assert_eq!(env.var("TCCLI_PROFILE"), Some("dev"));
/// ```
///
/// `Debug` lists variable names only, never values.
#[derive(Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, String>,
    /// Variables present with a value that is not valid UTF-8.
    not_unicode: std::collections::BTreeSet<String>,
    home: Option<PathBuf>,
    system_dir: Option<PathBuf>,
    clock: Clock,
}

impl Env {
    /// No variables, no home directory, no system configuration directory, the system
    /// clock.
    pub fn empty() -> Env {
        Env::default()
    }

    /// The process's environment variables (those that are valid UTF-8), its home
    /// directory (`HOME`, or `USERPROFILE` on Windows), `/etc` as the system
    /// configuration directory (none on Windows) and the system clock.
    pub fn from_process() -> Env {
        let mut vars = BTreeMap::new();
        let mut not_unicode = std::collections::BTreeSet::new();
        for (k, v) in std::env::vars_os() {
            let Ok(k) = k.into_string() else { continue };
            match v.into_string() {
                Ok(v) => {
                    vars.insert(k, v);
                }
                Err(_) => {
                    not_unicode.insert(k);
                }
            }
        }
        Env {
            vars,
            not_unicode,
            home: None,
            system_dir: (!cfg!(windows)).then(|| PathBuf::from("/etc")),
            clock: Clock::system(),
        }
    }

    /// Sets a variable.
    pub fn with_var(mut self, name: impl Into<String>, value: impl Into<String>) -> Env {
        self.vars.insert(name.into(), value.into());
        self
    }

    /// Sets a variable from an OS string, as the process environment may hold one: a value
    /// that is not valid UTF-8 is remembered as such ([`Env::var_checked`] reports it).
    pub fn with_var_os(
        mut self,
        name: impl Into<String>,
        value: impl Into<std::ffi::OsString>,
    ) -> Env {
        let name = name.into();
        match value.into().into_string() {
            Ok(v) => {
                self.not_unicode.remove(&name);
                self.vars.insert(name, v);
            }
            Err(_) => {
                self.vars.remove(&name);
                self.not_unicode.insert(name);
            }
        }
        self
    }

    /// Removes a variable.
    pub fn without_var(mut self, name: &str) -> Env {
        self.vars.remove(name);
        self
    }

    /// Sets the home directory (otherwise `HOME`, or `USERPROFILE` on Windows).
    pub fn with_home(mut self, home: impl Into<PathBuf>) -> Env {
        self.home = Some(home.into());
        self
    }

    /// Sets the system configuration directory (`/etc` for [`Env::from_process`]),
    /// where `tencentcloud/credentials` is the machine-wide profile file.
    pub fn with_system_dir(mut self, dir: impl Into<PathBuf>) -> Env {
        self.system_dir = Some(dir.into());
        self
    }

    /// The system configuration directory, if any.
    pub fn system_dir(&self) -> Option<&std::path::Path> {
        self.system_dir.as_deref()
    }

    /// Sets the clock.
    pub fn with_clock(mut self, clock: Clock) -> Env {
        self.clock = clock;
        self
    }

    /// A variable's value; an empty value counts as unset, as in tccli.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// A variable's value as [`Env::var`] gives it, but a value that is not valid UTF-8 is
    /// an error naming the variable (not "unset").
    pub fn var_checked(&self, name: &str) -> Result<Option<&str>, Error> {
        if self.not_unicode.contains(name) {
            return Err(Error::Credentials(format!(
                "{name} is set but is not valid UTF-8"
            )));
        }
        Ok(self.var(name))
    }

    /// Whether a variable is present, even if empty.
    pub fn is_set(&self, name: &str) -> bool {
        self.vars.contains_key(name)
    }

    /// The home directory.
    pub fn home(&self) -> Option<PathBuf> {
        if let Some(h) = &self.home {
            return Some(h.clone());
        }
        let name = if cfg!(windows) { "USERPROFILE" } else { "HOME" };
        self.var(name).map(PathBuf::from)
    }

    /// The clock.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The current time per the clock.
    pub fn now(&self) -> SystemTime {
        self.clock.now()
    }
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Env")
            .field("vars", &self.vars.keys().collect::<Vec<_>>())
            .field("home", &self.home)
            .field("system_dir", &self.system_dir)
            .field("clock", &self.clock)
            .finish()
    }
}

/// Seconds since the epoch (negative before 1970) of a time.
pub(crate) fn unix_secs(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64),
    }
}

/// The time at `secs` seconds since the epoch.
pub(crate) fn from_unix_secs(secs: i64) -> SystemTime {
    if secs >= 0 {
        UNIX_EPOCH + Duration::from_secs(secs as u64)
    } else {
        UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs())
    }
}

/// A random version-4 UUID (for `TraceId` and session names), from the standard
/// library's random keys.
pub(crate) fn uuid_v4() -> String {
    let a = crate::retry::random_u64();
    let b = crate::retry::random_u64();
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&a.to_be_bytes());
    bytes[8..].copy_from_slice(&b.to_be_bytes());
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let h = hex::encode(bytes);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// The "not configured here" error of a provider.
pub(crate) fn not_found(reason: impl Into<String>) -> Error {
    Error::CredentialsNotFound(reason.into())
}

/// Replaces every occurrence of the given secrets (4 characters or longer) in `text`.
pub(crate) fn scrub_text(mut text: String, secrets: &[&str]) -> String {
    for s in secrets {
        if s.len() >= 4 && text.contains(s) {
            text = text.replace(s, "***");
        }
    }
    text
}

/// An HTTP client for the metadata service and the tccli endpoints (environment
/// proxies apply, as for API calls).
pub(crate) fn http_client(connect: Duration) -> Result<crate::http::Http, Error> {
    crate::http::Http::new(crate::http::Options {
        connect_timeout: connect,
        user_agent: crate::config::DEFAULT_USER_AGENT,
        proxy: None,
        extra_roots: &[],
    })
    .map_err(Error::InvalidInput)
}

/// Most bytes a credential, configuration or token file may hold (they are a few hundred).
pub(crate) const MAX_CREDENTIAL_FILE: u64 = 1 << 20;

/// Reads a credential, configuration or token file: a regular file (links to one are
/// followed) of at most [`MAX_CREDENTIAL_FILE`] bytes. A FIFO, a device or a directory is
/// refused before it is opened, so nothing blocks or reads without end. `NotFound` is
/// passed through for the callers that treat a missing file as "not configured".
pub(crate) fn read_credential_file(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    use std::io::{Error as IoError, ErrorKind, Read as _};
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(IoError::new(ErrorKind::InvalidInput, "not a regular file"));
    }
    let too_big = || {
        IoError::new(
            ErrorKind::InvalidData,
            format!("larger than {MAX_CREDENTIAL_FILE} bytes"),
        )
    };
    if meta.len() > MAX_CREDENTIAL_FILE {
        return Err(too_big());
    }
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_CREDENTIAL_FILE + 1)
        .read_to_end(&mut buf)?;
    if buf.len() as u64 > MAX_CREDENTIAL_FILE {
        return Err(too_big());
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_shape() {
        let u = uuid_v4();
        assert_eq!(u.len(), 36);
        assert_eq!(u.as_bytes()[14], b'4');
        assert!(matches!(u.as_bytes()[19], b'8' | b'9' | b'a' | b'b'), "{u}");
        assert_ne!(u, uuid_v4());
    }

    #[test]
    fn env_debug_hides_values_and_empty_is_unset() {
        let env = Env::empty()
            .with_var("TENCENTCLOUD_SECRET_KEY", "hunter2-secret")
            .with_var("EMPTY", "");
        let d = format!("{env:?}");
        assert!(
            d.contains("TENCENTCLOUD_SECRET_KEY") && !d.contains("hunter2"),
            "{d}"
        );
        assert_eq!(env.var("EMPTY"), None);
        assert!(env.is_set("EMPTY"));
    }

    #[test]
    fn unix_time_round_trip() {
        for s in [0, 1, 1_700_000_000, -5] {
            assert_eq!(unix_secs(from_unix_secs(s)), s);
        }
    }

    #[test]
    fn scrub_replaces_secrets() {
        assert_eq!(
            scrub_text("a sekrit b sekrit".into(), &["sekrit", "x"]),
            "a *** b ***"
        );
    }
}
