//! The client: signs, sends, retries and decodes.
//!
//! [`Client`] and [`RequestSpec`] are here; the call path's stages (prepare, the retry
//! loop, sign, send, read) are in `pipeline`, the reading of the `{"Response": …}`
//! envelope in `response`, blocking use in `blocking`.

mod blocking;
mod call;
mod pipeline;
mod response;

pub(crate) use call::option_setters;
pub use call::{Call, CallFuture, CallOptions, OctetCall, StreamCall};
pub(crate) use pipeline::RESERVED_HEADERS;

use std::fmt;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::config::ClientConfig;
use crate::credentials::Credential;
use crate::credentials::{Credentials, LazyCache, ProvideCredentials, SharedCredentialsProvider};
use crate::error::Error;
use crate::secret::Secret;
use crate::sign::tc3;
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
    /// Sends the signed requests: the configured transport, else a [`HyperTransport`]
    /// (crate::transport::HyperTransport) built from the configuration.
    transport: crate::transport::SharedTransport,
    config: ClientConfig,
    credentials: CredentialSource,
    /// Responses hold secrets (STS): keep body snippets out of errors and logs.
    secret_responses: bool,
    /// TC3 day keys by (secret key, date, service): deriving one costs four HMACs.
    keys: Mutex<Vec<(Secret, Arc<tc3::SigningKey>)>>,
    /// The runtime of blocking calls, started by the first one.
    blocking: blocking::Runtime,
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
    Stream,
}

enum Outcome {
    Json(Bytes),
    Stream(Box<EventStream>),
}

/// What the request body is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyType {
    /// The action's parameters as JSON (every action but a few).
    Json,
    /// Raw bytes (cls `UploadLog`), sent as `application/octet-stream`, TC3 only.
    OctetStream,
}

impl BodyType {
    fn content_type(self) -> &'static str {
        match self {
            BodyType::Json => "application/json",
            BodyType::OctetStream => "application/octet-stream",
        }
    }
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
    /// # fn demo() -> Result<(), tencent_cloud_core::Error> {
    /// use tencent_cloud_core::credentials::CvmRoleProvider;
    /// use tencent_cloud_core::{Client, ClientConfig};
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

    /// Creates a client from a loaded [`SdkConfig`](crate::SdkConfig): its client configuration
    /// and its (already cached) credentials provider.
    pub fn from_config(config: &crate::SdkConfig) -> Result<Self, Error> {
        Client::build(
            config.client_config().clone(),
            CredentialSource::Provider(config.credentials_provider().clone()),
            false,
        )
    }

    /// [`SdkConfig::from_env`](crate::SdkConfig::from_env), then [`Client::from_config`]: region
    /// from `TENCENTCLOUD_REGION` or tccli's profile, credentials from the
    /// [`DefaultChain`](crate::credentials::DefaultChain).
    pub async fn from_env() -> Result<Self, Error> {
        Client::from_config(&crate::SdkConfig::from_env().await?)
    }

    /// A client whose requests are answered by `mock` instead of the network: for unit
    /// tests. Requests are still signed (with a dummy key), retried and decoded as usual;
    /// see [`Mock`](crate::mock::Mock).
    pub fn with_mock(config: ClientConfig, mock: Arc<crate::mock::Mock>) -> Result<Self, Error> {
        let credential = Credential::new("AKIDmock", "mock-secret-key");
        let mut config = config;
        config.transport = Some(mock);
        Client::build(config, CredentialSource::Static(credential), false)
    }

    /// A client for STS: unsigned (`Authorization: SKIP`) without `source`; responses
    /// hold credentials, so errors and logs never quote their bodies.
    pub(crate) fn for_sts(
        mut config: ClientConfig,
        source: Option<SharedCredentialsProvider>,
    ) -> Result<Self, Error> {
        // STS answers are a few KB: a larger one is not an answer to read.
        config.max_response_bytes = config
            .max_response_bytes
            .min(crate::http::CREDENTIAL_RESPONSE_LIMIT);
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
        let transport: crate::transport::SharedTransport = match &config.transport {
            Some(t) => t.clone(),
            None => Arc::new(crate::transport::HyperTransport::new(&config)?),
        };
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                config,
                credentials,
                secret_responses,
                keys: Mutex::new(Vec::new()),
                blocking: blocking::Runtime::default(),
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

    /// Removes the secret key and token from error text, in case a server echoes them;
    /// a client whose answers hold secrets (STS) keeps no body snippet at all.
    fn scrub(&self, err: Error, credential: &Credential) -> Error {
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
                snippet: if self.inner.secret_responses {
                    String::new()
                } else {
                    clean(snippet)
                },
                source: if self.inner.secret_responses {
                    None
                } else {
                    source
                },
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

    /// Calls an action with an already-serialized JSON body and returns the bytes of the
    /// `Response` object (`{…, "RequestId": "…"}`) of a successful answer.
    ///
    /// This is the one non-generic entry point; [`Client::call`] wraps it. A service
    /// error (`{"Response": {"Error": …}}`) becomes [`Error::Service`]; a body that is not
    /// the API's JSON becomes [`Error::Decode`]. Failures are retried per the client's
    /// [`RetryPolicy`](crate::RetryPolicy), each retry signed afresh.
    pub async fn send_raw(&self, spec: &RequestSpec<'_>, body: Vec<u8>) -> Result<Bytes, Error> {
        match self
            .execute(
                spec,
                &NO_OPTIONS,
                BodyType::Json,
                Bytes::from(body),
                Want::Json,
            )
            .await?
        {
            Outcome::Json(b) => Ok(b),
            Outcome::Stream(_) => Err(Error::InvalidInput("unexpected event stream".into())),
        }
    }

    /// The one path of typed calls ([`Call`], [`OctetCall`], pages):
    /// sends `body` with per-call options, splits off the `Response` object and decodes
    /// its bytes forward-compatibly into `O` (one pass, no `Value` in between).
    pub(crate) async fn call_decoded<O: crate::rt::Decode>(
        &self,
        spec: &RequestSpec<'_>,
        options: &CallOptions,
        body_type: BodyType,
        body: Bytes,
    ) -> Result<O, Error> {
        match self
            .execute(spec, options, body_type, body, Want::Json)
            .await?
        {
            Outcome::Json(bytes) => crate::rt::decode_bytes(spec.action, &bytes),
            Outcome::Stream(_) => Err(Error::InvalidInput("unexpected event stream".into())),
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
        self.call_stream_with(spec, &NO_OPTIONS, body).await
    }

    /// [`Client::call_stream`] with per-call options.
    pub(crate) async fn call_stream_with(
        &self,
        spec: &RequestSpec<'_>,
        options: &CallOptions,
        body: Vec<u8>,
    ) -> Result<EventStream, Error> {
        match self
            .execute(
                spec,
                options,
                BodyType::Json,
                Bytes::from(body),
                Want::Stream,
            )
            .await?
        {
            Outcome::Stream(s) => Ok(*s),
            Outcome::Json(b) => Ok(EventStream::from_events([Event {
                data: String::from_utf8_lossy(&b).into_owned(),
                ..Event::default()
            }])),
        }
    }
}

/// The options of calls that set none.
static NO_OPTIONS: CallOptions = CallOptions {
    region: None,
    timeout: None,
    operation_timeout: None,
    language: None,
    endpoint: None,
    headers: Vec::new(),
    interceptors: Vec::new(),
    action_host: None,
};

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
