//! Credentials of the CAM role bound to a CVM instance, from the metadata service.

use std::time::Duration;

use super::fields::{Fields, parse_object};
use super::sts::credentials_from;
use super::{BoxFuture, Credentials, ProvideCredentials, http_client, not_found};
use crate::error::Error;
use crate::http::{FetchError, Http};

/// The metadata service root the official SDKs use.
pub const DEFAULT_METADATA_ENDPOINT: &str = "http://metadata.tencentyun.com/latest/meta-data/";

/// The CAM role of this CVM instance: the role name from
/// `<endpoint>cam/security-credentials/`, then its temporary credentials from
/// `<endpoint>cam/security-credentials/<role>` (`TmpSecretId`, `TmpSecretKey`, `Token`,
/// `ExpiredTime`, `Code: "Success"`).
///
/// Not on a CVM (the service does not answer within a second) or no role bound (404):
/// [`Error::CredentialsNotFound`]. Wrap it in a [`LazyCache`](super::LazyCache) to
/// refresh before `ExpiredTime` only (as [`Client::with_provider`](crate::Client::with_provider)
/// does).
#[derive(Debug, Clone)]
pub struct CvmRoleProvider {
    endpoint: String,
    role_name: Option<String>,
    connect_timeout: Duration,
    timeout: Duration,
}

impl Default for CvmRoleProvider {
    fn default() -> Self {
        CvmRoleProvider::new()
    }
}

impl CvmRoleProvider {
    /// The real metadata service; 1 s to connect, 5 s per request.
    pub fn new() -> Self {
        CvmRoleProvider {
            endpoint: DEFAULT_METADATA_ENDPOINT.into(),
            role_name: None,
            connect_timeout: Duration::from_secs(1),
            timeout: Duration::from_secs(5),
        }
    }

    /// The metadata root instead of `http://metadata.tencentyun.com/latest/meta-data/`,
    /// e.g. `http://127.0.0.1:8080/latest/meta-data/`.
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        let mut url = url.into();
        if !url.ends_with('/') {
            url.push('/');
        }
        self.endpoint = url;
        self
    }

    /// Uses this role instead of asking the metadata service which one is bound.
    pub fn role_name(mut self, name: impl Into<String>) -> Self {
        self.role_name = Some(name.into());
        self
    }

    /// Time limits: to connect (default 1 s) and per request (default 5 s).
    pub fn timeouts(mut self, connect: Duration, request: Duration) -> Self {
        self.connect_timeout = connect;
        self.timeout = request;
        self
    }

    async fn get(&self, http: &Http, url: &str) -> Result<(u16, Vec<u8>), Error> {
        let (status, body) = http
            .fetch(
                hyper::Method::GET,
                url,
                hyper::HeaderMap::new(),
                bytes::Bytes::new(),
                self.timeout,
            )
            .await
            .map_err(|e| match e {
                FetchError::NoAnswer(why) => not_found(format!(
                    "the metadata service at {url} did not answer ({why})"
                )),
                e @ (FetchError::Failed(_) | FetchError::TooLarge { .. }) => {
                    e.into_error(format!("request to the metadata service at {url} failed"))
                }
            })?;
        Ok((status, body.to_vec()))
    }

    async fn load(&self) -> Result<Credentials, Error> {
        let http = http_client(self.connect_timeout)?;
        let base = format!("{}cam/security-credentials/", self.endpoint);
        let role = match &self.role_name {
            Some(r) => r.clone(),
            None => {
                let (status, body) = self.get(&http, &base).await?;
                if status == 404 {
                    return Err(not_found("no CAM role is bound to this CVM instance"));
                }
                if status != 200 {
                    return Err(Error::Credentials(format!(
                        "the metadata service answered HTTP {status} at {base}"
                    )));
                }
                let text = String::from_utf8_lossy(&body);
                text.lines().next().unwrap_or("").trim().to_owned()
            }
        };
        if role.is_empty()
            || !role
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_+=,.@-".contains(&b))
        {
            // At most 64 characters of it: the body is the metadata service's, or whatever
            // answers in its place.
            let shown: String = role.chars().take(64).collect();
            let more = if shown.len() < role.len() { "…" } else { "" };
            return Err(Error::Credentials(format!(
                "the metadata service gave an invalid role name {shown:?}{more}"
            )));
        }
        let url = format!("{base}{role}");
        let (status, body) = self.get(&http, &url).await?;
        if status == 404 {
            return Err(Error::Credentials(format!(
                "CAM role {role:?} is not bound to this CVM instance"
            )));
        }
        if status != 200 {
            return Err(Error::Credentials(format!(
                "the metadata service answered HTTP {status} at {url}"
            )));
        }
        let source = format!("metadata service answer for role {role:?}");
        let map = parse_object(&body, &source)?;
        let f = Fields::new(&map, &source);
        let code = f.str("Code")?;
        if code != "Success" {
            return Err(f.error("Code", &format!("is {code:?}, not \"Success\"")));
        }
        credentials_from(&f, f.int("ExpiredTime")?, "cvm-role")
    }
}

impl ProvideCredentials for CvmRoleProvider {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(self.load())
    }
}
