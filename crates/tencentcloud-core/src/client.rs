//! The client: signs, sends, retries and decodes.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use futures_util::StreamExt as _;
use http_body_util::BodyExt as _;
use hyper::header::{CONTENT_TYPE, HOST, HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tracing::Instrument as _;
use tracing::field::Empty;

use crate::config::{ClientConfig, REQUEST_CLIENT, ResolvedEndpoint};
use crate::credential::Credential;
use crate::credentials::{Credentials, LazyCache, ProvideCredentials, SharedCredentialsProvider};
use crate::error::Error;
use crate::http::{self, Http, SendError};
use crate::retry::{has_client_token, random_u64, retry_reason};
use crate::secret::Secret;
use crate::sign::{self, Algorithm, tc3, v1};
use crate::sse::{Event, EventStream};

/// What to call: one API action of one service version.
///
/// Generated service crates build these from `&'static str` constants, so a spec costs
/// nothing to create.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestSpec<'a> {
    /// Service name, e.g. `cvm` (first label of the endpoint and the signing scope).
    pub service: &'a str,
    /// API version, e.g. `2017-03-12`.
    pub version: &'a str,
    /// Action, e.g. `DescribeInstances`.
    pub action: &'a str,
    /// Region for this request; `None` falls back to the client's default region, and
    /// without either no `X-TC-Region` is sent.
    pub region: Option<&'a str>,
    /// Whether repeating the request is harmless (a read, or a write with a
    /// `ClientToken`), which allows retries after connection errors, timeouts and
    /// server errors. A body with a `ClientToken` member counts as idempotent anyway.
    pub idempotent: bool,
}

impl<'a> RequestSpec<'a> {
    /// A non-idempotent request in the client's default region.
    pub const fn new(service: &'a str, version: &'a str, action: &'a str) -> Self {
        RequestSpec {
            service,
            version,
            action,
            region: None,
            idempotent: false,
        }
    }

    /// Sets the region of this request.
    pub const fn with_region(mut self, region: &'a str) -> Self {
        self.region = Some(region);
        self
    }

    /// Marks the request as safe to repeat.
    pub const fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }
}

/// A Tencent Cloud API client: configuration, credential and a connection pool.
///
/// Cheap to clone (an `Arc`); clones share connections. Every generated service client
/// wraps one.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: Http,
    config: ClientConfig,
    credentials: CredentialSource,
    /// Responses hold secrets (STS): keep body snippets out of errors and logs.
    secret_responses: bool,
    /// TC3 day keys by (secret key, date, service): deriving one costs four HMACs.
    keys: Mutex<Vec<(Secret, Arc<tc3::SigningKey>)>>,
}

/// Most (service, day) keys kept; the oldest is dropped beyond that.
const KEY_CACHE_SIZE: usize = 32;

/// Where the client's credential comes from.
enum CredentialSource {
    /// Fixed keys ([`Client::new`]).
    Static(Credential),
    /// A provider, cached ([`Client::with_provider`], [`Client::from_config`]).
    Provider(SharedCredentialsProvider),
    /// No credential: requests carry `Authorization: SKIP` (STS
    /// `AssumeRoleWithWebIdentity`, which is called unsigned).
    Anonymous,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Client");
        d.field("config", &self.inner.config);
        match &self.inner.credentials {
            CredentialSource::Static(c) => d.field("credential", c),
            CredentialSource::Provider(p) => d.field("credentials_provider", p),
            CredentialSource::Anonymous => d.field("credential", &"anonymous"),
        };
        d.finish()
    }
}

enum Want {
    Json,
    Value,
    Stream,
}

enum Outcome {
    Json(Bytes),
    Value(serde_json::Value),
    Stream(EventStream),
}

/// The body in the form the configured algorithm sends.
enum Prepared {
    /// TC3: the JSON bytes as they are.
    Tc3,
    /// v1: the JSON flattened into parameters, sent form-encoded.
    V1(Vec<(String, String)>),
}

impl Client {
    /// Creates a client. Fails on a malformed credential or an unusable proxy.
    pub fn new(config: ClientConfig, credential: Credential) -> Result<Self, Error> {
        credential.validate()?;
        Client::build(config, CredentialSource::Static(credential), false)
    }

    /// Creates a client that gets its credentials from `provider`, cached in a
    /// [`LazyCache`] (refreshed ahead of expiry, one refresh at a time).
    ///
    /// ```no_run
    /// # fn demo() -> Result<(), tencentcloud_core::Error> {
    /// use tencentcloud_core::credentials::CvmRoleProvider;
    /// use tencentcloud_core::{Client, ClientConfig};
    /// let config = ClientConfig::builder().region("ap-guangzhou").build()?;
    /// let client = Client::with_provider(config, CvmRoleProvider::new())?;
    /// # Ok(()) }
    /// ```
    pub fn with_provider(
        config: ClientConfig,
        provider: impl ProvideCredentials + 'static,
    ) -> Result<Self, Error> {
        let cached: SharedCredentialsProvider = Arc::new(LazyCache::new(provider));
        Client::build(config, CredentialSource::Provider(cached), false)
    }

    /// Creates a client from a loaded [`Config`](crate::Config): its client configuration
    /// and its (already cached) credentials provider.
    pub fn from_config(config: &crate::Config) -> Result<Self, Error> {
        Client::build(
            config.client_config().clone(),
            CredentialSource::Provider(config.credentials_provider().clone()),
            false,
        )
    }

    /// [`Config::from_env`](crate::Config::from_env), then [`Client::from_config`]: region
    /// from `TENCENTCLOUD_REGION` or tccli's profile, credentials from the
    /// [`DefaultChain`](crate::credentials::DefaultChain).
    pub async fn from_env() -> Result<Self, Error> {
        Client::from_config(&crate::Config::from_env().await?)
    }

    /// A client for STS: unsigned (`Authorization: SKIP`) without `source`; responses
    /// hold credentials, so errors and logs never quote their bodies.
    pub(crate) fn for_sts(
        config: ClientConfig,
        source: Option<SharedCredentialsProvider>,
    ) -> Result<Self, Error> {
        let credentials = match source {
            Some(p) => CredentialSource::Provider(Arc::new(LazyCache::new(p))),
            None => CredentialSource::Anonymous,
        };
        Client::build(config, credentials, true)
    }

    /// The credentials the next request would be signed with, and the provider that gave
    /// them ([`Credentials::provider`]). `None` for an anonymous client.
    pub async fn credentials(&self) -> Result<Option<Credentials>, Error> {
        match &self.inner.credentials {
            CredentialSource::Static(c) => Ok(Some(Credentials::new(c.clone(), None, "static"))),
            CredentialSource::Provider(p) => p.provide_credentials().await.map(Some),
            CredentialSource::Anonymous => Ok(None),
        }
    }

    fn build(
        config: ClientConfig,
        credentials: CredentialSource,
        secret_responses: bool,
    ) -> Result<Self, Error> {
        let http = Http::new(http::Options {
            connect_timeout: config.connect_timeout,
            user_agent: &config.user_agent,
            proxy: config.proxy.as_deref(),
            extra_roots: &config.root_certificates,
        })
        .map_err(Error::InvalidInput)?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                config,
                credentials,
                secret_responses,
                keys: Mutex::new(Vec::new()),
            }),
        })
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The credential to sign the next attempt with; `None`: send unsigned.
    async fn credential(&self) -> Result<Option<Credential>, Error> {
        match &self.inner.credentials {
            CredentialSource::Static(c) => Ok(Some(c.clone())),
            CredentialSource::Provider(p) => {
                let c = p.provide_credentials().await?.into_credential();
                c.validate()?;
                Ok(Some(c))
            }
            CredentialSource::Anonymous => Ok(None),
        }
    }

    /// The TC3 signing key for (secret, date, service), derived once and cached.
    fn signing_key(&self, secret: &Secret, date: &str, service: &str) -> Arc<tc3::SigningKey> {
        // A poisoned lock only means another thread panicked mid-push; the list is
        // still a valid cache.
        let mut keys = self.inner.keys.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, key)) = keys
            .iter()
            .find(|(s, k)| k.date() == date && k.service() == service && s == secret)
        {
            return key.clone();
        }
        let key = Arc::new(tc3::SigningKey::derive(secret.expose(), date, service));
        if keys.len() >= KEY_CACHE_SIZE {
            keys.remove(0);
        }
        keys.push((secret.clone(), key.clone()));
        key
    }

    /// Calls an action with an already-serialized JSON body and returns the bytes of the
    /// `Response` object (`{…, "RequestId": "…"}`) of a successful answer.
    ///
    /// This is the one non-generic entry point; [`Client::call`] wraps it. A service
    /// error (`{"Response": {"Error": …}}`) becomes [`Error::Service`]; a body that is not
    /// the API's JSON becomes [`Error::Decode`]. Failures are retried per the client's
    /// [`RetryPolicy`](crate::RetryPolicy), each retry signed afresh.
    pub async fn send_raw(&self, spec: &RequestSpec<'_>, body: Vec<u8>) -> Result<Bytes, Error> {
        match self.execute(spec, Bytes::from(body), Want::Json).await? {
            Outcome::Json(b) => Ok(b),
            Outcome::Value(_) | Outcome::Stream(_) => {
                Err(Error::InvalidInput("unexpected event stream".into()))
            }
        }
    }

    /// As [`Client::send_raw`], with the `Response` object parsed: the body is read as
    /// JSON once (what the generated clients decode from).
    pub(crate) async fn send_value(
        &self,
        spec: &RequestSpec<'_>,
        body: Vec<u8>,
    ) -> Result<serde_json::Value, Error> {
        match self.execute(spec, Bytes::from(body), Want::Value).await? {
            Outcome::Value(v) => Ok(v),
            Outcome::Json(_) | Outcome::Stream(_) => {
                Err(Error::InvalidInput("unexpected event stream".into()))
            }
        }
    }

    /// Serializes `input`, calls [`Client::send_raw`], deserializes the `Response` object.
    pub async fn call<I, O>(&self, spec: &RequestSpec<'_>, input: &I) -> Result<O, Error>
    where
        I: Serialize + ?Sized,
        O: DeserializeOwned,
    {
        let body = serde_json::to_vec(input).map_err(serialize_error)?;
        let bytes = self.send_raw(spec, body).await?;
        serde_json::from_slice(&bytes).map_err(|e| output_error(&bytes, e))
    }

    /// Calls a streaming action (e.g. hunyuan `ChatCompletions` with `"Stream": true`)
    /// and returns its server-sent events.
    ///
    /// Retries apply until the response headers arrive. If the service answers with
    /// plain JSON instead of a stream, a service error is returned as [`Error::Service`],
    /// and a success yields a single event whose `data` is the `Response` object.
    pub async fn call_stream(
        &self,
        spec: &RequestSpec<'_>,
        body: Vec<u8>,
    ) -> Result<EventStream, Error> {
        match self.execute(spec, Bytes::from(body), Want::Stream).await? {
            Outcome::Stream(s) => Ok(s),
            Outcome::Value(v) => Ok(EventStream::from_events([Event {
                data: v.to_string(),
                ..Event::default()
            }])),
            Outcome::Json(b) => Ok(EventStream::from_events([Event {
                data: String::from_utf8_lossy(&b).into_owned(),
                ..Event::default()
            }])),
        }
    }

    async fn execute(
        &self,
        spec: &RequestSpec<'_>,
        body: Bytes,
        want: Want,
    ) -> Result<Outcome, Error> {
        let cfg = &self.inner.config;
        let region = spec
            .region
            .or(cfg.region.as_deref())
            .filter(|r| !r.is_empty());
        // One span per call; its result fields are recorded once, at the end.
        let span = tracing::info_span!(
            "tencentcloud.request",
            service = spec.service,
            action = spec.action,
            version = spec.version,
            region = region.unwrap_or(""),
            attempts = Empty,
            status = Empty,
            request_id = Empty,
            latency_ms = Empty,
        );
        let started = Instant::now();
        let (result, attempts, status, request_id) = self
            .execute_attempts(spec, region, body, want, started)
            .instrument(span.clone())
            .await;
        span.record("attempts", attempts);
        span.record("latency_ms", started.elapsed().as_millis() as u64);
        if let Some(status) = status {
            span.record("status", status);
        }
        if let Some(id) = request_id.as_deref() {
            span.record("request_id", id);
        }
        span.in_scope(|| match &result {
            Ok(_) => tracing::debug!("call succeeded"),
            Err(err) => tracing::debug!(error = %err, "call failed"),
        });
        result
    }

    /// The retry loop. Returns the result, the number of attempts, and the HTTP status and
    /// request id of the last response, when there was one.
    async fn execute_attempts(
        &self,
        spec: &RequestSpec<'_>,
        region: Option<&str>,
        body: Bytes,
        want: Want,
        started: Instant,
    ) -> (Result<Outcome, Error>, u32, Option<u16>, Option<String>) {
        let cfg = &self.inner.config;
        let endpoint = match cfg.resolve(spec.service, region) {
            Ok(e) => e,
            Err(e) => return (Err(e), 0, None, None),
        };
        let safe = spec.idempotent || has_client_token(&body);
        let prepared = match cfg.algorithm {
            Algorithm::Tc3HmacSha256 => Prepared::Tc3,
            Algorithm::HmacSha256 | Algorithm::HmacSha1 => {
                let flat = serde_json::from_slice::<serde_json::Value>(&body)
                    .map_err(|e| Error::InvalidInput(format!("request body is not JSON: {e}")))
                    .and_then(|v| sign::flatten_json_params(&v));
                match flat {
                    Ok(params) => Prepared::V1(params),
                    Err(e) => return (Err(e), 0, None, None),
                }
            }
        };
        let deadline = cfg.retry.total_deadline.map(|d| started + d);

        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let budget = match deadline {
                Some(d) => cfg.timeout.min(d.saturating_duration_since(Instant::now())),
                None => cfg.timeout,
            };
            if budget.is_zero() {
                let err = Error::Timeout {
                    elapsed: started.elapsed(),
                };
                return (Err(err), attempt - 1, None, None);
            }
            let t0 = Instant::now();
            let attempt_span = tracing::debug_span!("attempt", n = attempt);
            let result = self
                .attempt(spec, &endpoint, region, &body, &prepared, &want, budget)
                .instrument(attempt_span.clone())
                .await;
            let latency_ms = t0.elapsed().as_millis() as u64;
            let _entered = attempt_span.enter();
            match result {
                Ok((outcome, status, request_id)) => {
                    tracing::debug!(
                        status,
                        latency_ms,
                        request_id = request_id.as_deref(),
                        "response"
                    );
                    return (Ok(outcome), attempt, Some(status), request_id);
                }
                Err(err) => {
                    let (status, request_id) = match &err {
                        Error::Service {
                            status, request_id, ..
                        } => (Some(*status), Some(request_id.clone())),
                        Error::Decode { status, .. } => (Some(*status), None),
                        _ => (None, None),
                    };
                    let reason = retry_reason(&err, safe);
                    let Some(reason) = reason.filter(|_| attempt < cfg.retry.max_attempts) else {
                        tracing::debug!(latency_ms, error = %err, "attempt failed; not retrying");
                        return (Err(err), attempt, status, request_id);
                    };
                    let delay = cfg.retry.backoff(attempt);
                    if deadline.is_some_and(|d| Instant::now() + delay >= d) {
                        tracing::debug!(error = %err, "attempt failed; no time left to retry");
                        return (Err(err), attempt, status, request_id);
                    }
                    tracing::info!(
                        latency_ms,
                        reason,
                        delay_ms = delay.as_millis() as u64,
                        error = %err,
                        "retrying"
                    );
                    drop(_entered);
                    tokio::time::sleep(delay).await;
                }
            }
        }
    }

    /// One signed attempt, bounded by `budget`. Returns (outcome, HTTP status, request id).
    #[allow(clippy::too_many_arguments)]
    async fn attempt(
        &self,
        spec: &RequestSpec<'_>,
        endpoint: &ResolvedEndpoint,
        region: Option<&str>,
        body: &Bytes,
        prepared: &Prepared,
        want: &Want,
        budget: Duration,
    ) -> Result<(Outcome, u16, Option<String>), Error> {
        let cfg = &self.inner.config;
        let (credential, anonymous) = match self.credential().await? {
            Some(c) => (c, false),
            None => (Credential::new("SKIP", "SKIP"), true),
        };
        let timestamp = unix_now()?;
        let language = cfg.language.map(|l| l.as_str());
        let mut headers = HeaderMap::with_capacity(12);
        let send_body = match prepared {
            Prepared::Tc3 => {
                let extra: Vec<&str> = cfg
                    .extra_signed_headers
                    .iter()
                    .map(String::as_str)
                    .collect();
                let mut req = tc3::SigningRequest::new(
                    &credential,
                    spec.service,
                    &endpoint.host,
                    spec.action,
                    spec.version,
                    timestamp,
                );
                req.payload = tc3::Payload::Bytes(body);
                req.region = region;
                req.language = language;
                req.extra_signed_headers = &extra;
                req.request_client = Some(REQUEST_CLIENT);
                let date = sign::utc_date(timestamp)?;
                let key = self.signing_key(&credential.secret_key, &date, spec.service);
                let signed = tc3::sign_with_key(&req, &key)?;
                for (name, value) in &signed.headers {
                    if *name != "Host" {
                        insert_header(&mut headers, name, value)?;
                    }
                }
                if anonymous {
                    insert_header(&mut headers, "Authorization", "SKIP")?;
                }
                body.clone()
            }
            Prepared::V1(params) => {
                if anonymous {
                    return Err(Error::InvalidInput(
                        "unsigned requests need TC3-HMAC-SHA256".into(),
                    ));
                }
                let refs: Vec<(&str, &str)> = params
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let mut req = v1::SigningRequest::new(
                    &credential,
                    &endpoint.host,
                    spec.action,
                    spec.version,
                    timestamp,
                    1 + random_u64() % 2_147_483_646,
                    &refs,
                );
                req.algorithm = cfg.algorithm;
                req.region = region;
                req.language = language;
                req.request_client = Some(REQUEST_CLIENT);
                let signed = v1::sign(&req)?;
                insert_header(
                    &mut headers,
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                )?;
                Bytes::from(sign::form_urlencode(&signed.params))
            }
        };
        if let Ok(host) = HeaderValue::from_str(&endpoint.host) {
            headers.insert(HOST, host);
        }
        let uri: hyper::Uri = endpoint.url.parse().map_err(|e| {
            Error::InvalidInput(format!("invalid endpoint URL {:?}: {e}", endpoint.url))
        })?;
        let started = Instant::now();
        let exchange = async {
            let resp = self
                .inner
                .http
                .send(hyper::Method::POST, uri, headers, send_body)
                .await
                .map_err(|e| send_error(e, &endpoint.host))?;
            let status = resp.status().as_u16();
            let is_stream = resp
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|ct| {
                    ct.trim_start()
                        .to_ascii_lowercase()
                        .starts_with("text/event-stream")
                });
            if is_stream && matches!(want, Want::Stream) && status < 300 {
                let body = resp
                    .into_body()
                    .into_data_stream()
                    .map(|r| r.map_err(|e| Error::transport("event stream interrupted", e)));
                return Ok((
                    Outcome::Stream(EventStream::from_body(Box::pin(body), cfg.timeout)),
                    status,
                    None,
                ));
            }
            let bytes = resp
                .into_body()
                .collect()
                .await
                .map_err(|e| Error::transport("failed to read the response body", e))?
                .to_bytes();
            if is_stream {
                return Err(Error::decode(
                    status,
                    "got an event stream; use call_stream for streaming actions",
                    &bytes,
                    None,
                ));
            }
            if matches!(want, Want::Value) {
                let (value, request_id) = parse_response_value(status, &bytes)?;
                return Ok((Outcome::Value(value), status, request_id));
            }
            let (inner, request_id) = parse_response(status, &bytes)?;
            let outcome = match want {
                Want::Json | Want::Value => Outcome::Json(inner),
                Want::Stream => Outcome::Stream(EventStream::from_events([Event {
                    data: String::from_utf8_lossy(&inner).into_owned(),
                    ..Event::default()
                }])),
            };
            Ok((outcome, status, request_id))
        };
        let result = match tokio::time::timeout(budget, exchange).await {
            Ok(r) => r,
            Err(_) => Err(Error::Timeout {
                elapsed: started.elapsed(),
            }),
        };
        result.map_err(|e| {
            let e = scrub(e, &credential);
            match e {
                Error::Decode { status, reason, .. } if self.inner.secret_responses => {
                    Error::Decode {
                        status,
                        reason,
                        snippet: String::new(),
                        source: None,
                    }
                }
                other => other,
            }
        })
    }
}

fn insert_header(headers: &mut HeaderMap, name: &str, value: &str) -> Result<(), Error> {
    let name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::InvalidInput(format!("invalid header name {name:?}")))?;
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        Error::InvalidInput(format!(
            "header {name} has characters HTTP headers cannot carry"
        ))
    })?;
    if name == "authorization" || name == "x-tc-token" {
        value.set_sensitive(true);
    }
    headers.insert(name, value);
    Ok(())
}

fn unix_now() -> Result<i64, Error> {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .map_err(|_| Error::InvalidInput("the system clock is before 1970".into()))
}

fn send_error(e: SendError, host: &str) -> Error {
    match e {
        SendError::ConnectTimeout => Error::Timeout {
            elapsed: Duration::ZERO,
        },
        SendError::Connect(source) => Error::Transport {
            message: format!("cannot connect to {host}"),
            source: Some(source),
        },
        SendError::Io(source) => Error::Transport {
            message: format!("request to {host} failed"),
            source: Some(source),
        },
    }
}

fn serialize_error(e: serde_json::Error) -> Error {
    Error::InvalidInput(format!("cannot serialize the request: {e}"))
}

fn output_error(bytes: &[u8], e: serde_json::Error) -> Error {
    Error::decode(
        200,
        format!("response does not match the expected type: {e}"),
        bytes,
        Some(Box::new(e)),
    )
}

/// Removes the secret key and token from error text, in case a server echoes them.
fn scrub(err: Error, credential: &Credential) -> Error {
    let secrets: Vec<&str> = [Some(credential.secret_key.expose()), credential.token_str()]
        .into_iter()
        .flatten()
        .filter(|s| s.len() >= 4)
        .collect();
    let clean = |s: String| {
        secrets.iter().fold(s, |acc, secret| {
            if acc.contains(secret) {
                acc.replace(secret, "***")
            } else {
                acc
            }
        })
    };
    match err {
        Error::Decode {
            status,
            reason,
            snippet,
            source,
        } => Error::Decode {
            status,
            reason: clean(reason),
            snippet: clean(snippet),
            source,
        },
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
        other => other,
    }
}

#[derive(serde::Deserialize)]
struct Envelope<'a> {
    #[serde(rename = "Response", borrow)]
    response: Option<&'a serde_json::value::RawValue>,
}

#[derive(serde::Deserialize)]
struct Probe {
    #[serde(rename = "Error")]
    error: Option<ErrorBody>,
    #[serde(rename = "RequestId")]
    request_id: Option<String>,
}

#[derive(serde::Deserialize)]
struct ErrorBody {
    #[serde(rename = "Code", default)]
    code: Option<String>,
    #[serde(rename = "Message", default)]
    message: String,
}

/// The error a `Response.Error` object stands for (a decode error without its code).
fn service_error(
    status: u16,
    body: &[u8],
    code: Option<String>,
    message: String,
    request_id: Option<String>,
) -> Error {
    match code {
        Some(code) => Error::Service {
            code,
            message,
            request_id: request_id.unwrap_or_default(),
            status,
        },
        None => Error::decode(status, "\"Error\" without a string \"Code\"", body, None),
    }
}

fn not_json(status: u16, body: &[u8], e: serde_json::Error) -> Error {
    let reason = if e.is_eof() {
        "truncated JSON".to_owned()
    } else {
        format!("not JSON ({e})")
    };
    Error::decode(status, reason, body, Some(Box::new(e)))
}

/// As [`parse_response`], parsing the body once into a `Value`: the `Response` object
/// and its request id, or the service error it carries.
pub(crate) fn parse_response_value(
    status: u16,
    body: &Bytes,
) -> Result<(serde_json::Value, Option<String>), Error> {
    use serde_json::Value;
    if body.is_empty() {
        return Err(Error::decode(status, "empty body", body, None));
    }
    let top: Value = serde_json::from_slice(body).map_err(|e| not_json(status, body, e))?;
    let no_response = || Error::decode(status, "JSON without a \"Response\" object", body, None);
    let Value::Object(mut top) = top else {
        return Err(no_response());
    };
    let mut response = match top.remove("Response") {
        Some(Value::Object(m)) => m,
        Some(other) => {
            return Err(Error::decode(
                status,
                format!(
                    "\"Response\" is not an object (it is {})",
                    crate::codec::type_name(&other)
                ),
                body,
                None,
            ));
        }
        None => return Err(no_response()),
    };
    let request_id = match response.get("RequestId") {
        Some(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    if let Some(err) = response.remove("Error") {
        let text = |k: &str| err.get(k).and_then(Value::as_str).map(str::to_owned);
        let message = text("Message").unwrap_or_default();
        return Err(service_error(
            status,
            body,
            text("Code"),
            message,
            request_id,
        ));
    }
    Ok((Value::Object(response), request_id))
}

/// Splits a response body into the `Response` object (as a zero-copy slice of `body`)
/// and its request id, or the service error it carries.
pub(crate) fn parse_response(status: u16, body: &Bytes) -> Result<(Bytes, Option<String>), Error> {
    if body.is_empty() {
        return Err(Error::decode(status, "empty body", body, None));
    }
    let envelope: Envelope<'_> =
        serde_json::from_slice(body).map_err(|e| not_json(status, body, e))?;
    // serde reads a struct from an array too: `[{...}]` is not an envelope.
    let is_object = body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let raw = envelope
        .response
        .filter(|_| is_object)
        .ok_or_else(|| Error::decode(status, "JSON without a \"Response\" object", body, None))?;
    let probe: Probe = serde_json::from_str(raw.get()).map_err(|e| {
        Error::decode(
            status,
            format!("\"Response\" is not an object ({e})"),
            body,
            Some(Box::new(e)),
        )
    })?;
    if let Some(err) = probe.error {
        let id = probe.request_id;
        return Err(service_error(status, body, err.code, err.message, id));
    }
    // `raw` borrows from `body`: slice it without copying (checked, never panics).
    let inner = raw.get().as_bytes();
    let start = (inner.as_ptr() as usize).wrapping_sub(body.as_ptr() as usize);
    let inner = if start <= body.len() && inner.len() <= body.len() - start {
        body.slice(start..start + inner.len())
    } else {
        Bytes::copy_from_slice(inner)
    };
    Ok((inner, probe.request_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_success_error_and_garbage() {
        let ok = Bytes::from_static(br#"{"Response": {"TotalCount": 0, "RequestId": "r-1"}}"#);
        let (inner, id) = parse_response(200, &ok).unwrap();
        assert_eq!(&inner[..], br#"{"TotalCount": 0, "RequestId": "r-1"}"#);
        assert_eq!(id.as_deref(), Some("r-1"));

        let err = Bytes::from_static(
            br#"{"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "bad"}, "RequestId": "r-2"}}"#,
        );
        match parse_response(200, &err) {
            Err(Error::Service {
                code,
                message,
                request_id,
                status,
            }) => {
                assert_eq!(
                    (code.as_str(), message.as_str(), request_id.as_str(), status),
                    ("AuthFailure.SignatureFailure", "bad", "r-2", 200)
                );
            }
            other => panic!("{other:?}"),
        }

        let html = Bytes::from_static(b"<html><body>502 Bad Gateway</body></html>");
        match parse_response(502, &html) {
            Err(Error::Decode {
                status: 502,
                snippet,
                ..
            }) => assert!(snippet.starts_with("<html>")),
            other => panic!("{other:?}"),
        }
        let truncated = Bytes::from_static(br#"{"Response": {"TotalCount": 1, "InstanceSet": [{"#);
        match parse_response(200, &truncated) {
            Err(Error::Decode { reason, .. }) => assert_eq!(reason, "truncated JSON"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_response(200, &Bytes::from_static(b"{}")),
            Err(Error::Decode { .. })
        ));
        assert!(matches!(
            parse_response(200, &Bytes::from_static(br#"{"Response": 5}"#)),
            Err(Error::Decode { .. })
        ));
        assert!(matches!(
            parse_response(200, &Bytes::new()),
            Err(Error::Decode { .. })
        ));
        assert!(matches!(
            parse_response(
                200,
                &Bytes::from_static(br#"{"Response": {"Error": {"Message": "no code"}}}"#)
            ),
            Err(Error::Decode { .. })
        ));
    }

    /// The one-pass parser of the generated clients answers as the raw one does.
    #[test]
    fn value_parser_agrees_with_the_raw_parser() {
        let bodies: &[&[u8]] = &[
            br#"{"Response": {"TotalCount": 0, "RequestId": "r-1"}}"#,
            br#"{"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "bad"}, "RequestId": "r-2"}}"#,
            br#"{"Response": {"Error": {"Code": "X"}}}"#,
            br#"{"Response": {"Error": {"Message": "no code"}}}"#,
            b"<html><body>502 Bad Gateway</body></html>",
            br#"{"Response": {"TotalCount": 1, "InstanceSet": [{"#,
            b"{}",
            b"[1]",
            br#"{"Response": 5}"#,
            b"",
        ];
        let summary = |e: &Error| match e {
            Error::Service {
                code,
                message,
                request_id,
                status,
            } => format!("service {code} {message} {request_id} {status}"),
            Error::Decode { status, reason, .. } => {
                // The value parser names the type it found instead of serde's words.
                let reason = reason.split(" (").next().unwrap_or(reason);
                format!("decode {status} {reason}")
            }
            other => format!("{other:?}"),
        };
        for body in bodies {
            let body = Bytes::copy_from_slice(body);
            let raw = parse_response(200, &body);
            let value = parse_response_value(200, &body);
            match (raw, value) {
                (Ok((inner, id)), Ok((v, id2))) => {
                    let inner: serde_json::Value = serde_json::from_slice(&inner).unwrap();
                    assert_eq!((inner, id), (v, id2));
                }
                (Err(a), Err(b)) => assert_eq!(summary(&a), summary(&b), "{body:?}"),
                (a, b) => panic!("{body:?}: {a:?} vs {b:?}"),
            }
        }
    }

    #[test]
    fn scrub_removes_secrets_from_errors() {
        let cred = Credential::new("AKID1", "super-secret-key").with_token("tok-secret-123");
        let e = Error::decode(500, "x", b"echo super-secret-key and tok-secret-123", None);
        let text = format!("{:?} {}", scrub(e, &cred), "");
        assert!(
            !text.contains("super-secret-key") && !text.contains("tok-secret-123"),
            "{text}"
        );
    }
}
