//! One call of a generated client: [`Call`] (decoded answer), [`StreamCall`]
//! (server-sent events), [`OctetCall`] (a raw body: cls `UploadLog`) and the per-call
//! settings they carry, [`CallOptions`].
//!
//! Generated methods return a `Call` instead of being `async fn`s: the method
//! body is one struct literal, with no future type per action, which is what
//! keeps the generated crates cheap to compile. Awaiting a `Call` sends it
//! ([`IntoFuture`]); before that, per-call options can be set:
//!
//! ```no_run
//! # async fn demo(client: &tencent_cloud_core::Client) -> Result<(), tencent_cloud_core::Error> {
//! use std::time::Duration;
//! use tencent_cloud_core::rt::{Call, Value};
//! use tencent_cloud_core::{Language, RequestSpec};
//!
//! let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeZones").idempotent(true);
//! let request = serde_json::json!({});
//! let zones: Value = Call::new(client, spec, &request)
//!     .region("ap-singapore")
//!     .attempt_timeout(Duration::from_secs(5))
//!     .language(Language::EnUs)
//!     .await?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;

use super::{BodyType, Client, RequestSpec};
use crate::config::Language;
use crate::error::Error;
use crate::rt::{self, Decode, Encode};
use crate::sse::EventStream;

/// Settings of one call that take precedence over the client's configuration.
///
/// Unset fields fall back to the client's [`ClientConfig`](crate::ClientConfig).
#[derive(Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallOptions {
    /// Region (`X-TC-Region`), and the endpoint's region with
    /// [`Endpoint::Regional`](crate::Endpoint::Regional).
    pub region: Option<String>,
    /// Time limit of each attempt (the client's
    /// [`attempt_timeout`](crate::ClientConfig::attempt_timeout) otherwise).
    pub timeout: Option<Duration>,
    /// Time limit of the whole call, retries and waits included (the client's
    /// [`operation_timeout`](crate::ClientConfig::operation_timeout) otherwise).
    pub operation_timeout: Option<Duration>,
    /// Language of messages (`X-TC-Language`).
    pub language: Option<Language>,
    /// Base URL (or bare host, meaning `https://host`) this call goes to, as
    /// [`Endpoint::Url`](crate::Endpoint::Url) accepts.
    pub endpoint: Option<String>,
    /// Extra HTTP headers, sent unsigned (`X-TC-TraceId`, say). Headers the SDK sets
    /// itself (`Authorization`, `Host`, `Content-Type`, `X-TC-Action`, `X-TC-Region`, …)
    /// are refused when the call is sent.
    pub headers: Vec<(String, String)>,
    /// The host the action is served on when it is not its service's (set by generated
    /// code from the spec); any endpoint set for the call, client or service wins.
    pub action_host: Option<crate::config::ActionHost>,
    /// Interceptors of this call, run after the client's.
    pub interceptors: Vec<crate::interceptor::SharedInterceptor>,
}

impl fmt::Debug for CallOptions {
    /// Header values are not printed: they may carry tokens.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("CallOptions")
            .field("region", &self.region)
            .field("timeout", &self.timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("language", &self.language)
            .field("endpoint", &self.endpoint)
            .field("headers", &names)
            .field("interceptors", &self.interceptors)
            .field("action_host", &self.action_host)
            .finish()
    }
}

/// The setters shared by [`CallOptions`], [`Call`], [`StreamCall`] and
/// [`Pages`](crate::pages::Pages): `$opts` is the path to their options (empty for
/// `CallOptions`).
macro_rules! option_setters {
    ($($opts:ident .)*) => {
        /// Sends this call to `region` instead of the client's region.
        pub fn region(mut self, region: impl Into<String>) -> Self {
            self.$($opts .)*region = Some(region.into());
            self
        }

        /// Limits each attempt of this call to `timeout` (sending, and reading the
        /// answer; for a stream, until its head and then between two chunks).
        pub fn attempt_timeout(mut self, timeout: std::time::Duration) -> Self {
            self.$($opts .)*timeout = Some(timeout);
            self
        }

        /// Limits this call to `timeout` in all, every attempt and wait included.
        pub fn operation_timeout(mut self, timeout: std::time::Duration) -> Self {
            self.$($opts .)*operation_timeout = Some(timeout);
            self
        }

        /// The attempt timeout: `attempt_timeout`.
        #[deprecated(since = "0.2.2", note = "named `attempt_timeout` now, beside `operation_timeout`")]
        pub fn timeout(self, timeout: std::time::Duration) -> Self {
            self.attempt_timeout(timeout)
        }

        /// Serves this call on `host` instead of its service's endpoint, unless an
        /// endpoint is set for the call, client or service. Generated code sets it for
        /// actions the spec serves on another host; see
        /// [`ActionHost`]($crate::config::ActionHost).
        pub fn action_host(mut self, host: $crate::config::ActionHost) -> Self {
            self.$($opts .)*action_host = Some(host);
            self
        }

        /// Adds an interceptor for this call, run after the client's; see
        /// [`interceptor`]($crate::interceptor).
        pub fn interceptor(mut self, interceptor: impl $crate::interceptor::Interceptor) -> Self {
            self.$($opts .)*interceptors.push($crate::interceptor::SharedInterceptor::new(interceptor));
            self
        }

        /// Asks for messages in `language`.
        pub fn language(mut self, language: $crate::config::Language) -> Self {
            self.$($opts .)*language = Some(language);
            self
        }

        /// Sends this call to a base URL (or bare host) instead of the client's endpoint.
        pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
            self.$($opts .)*endpoint = Some(url.into());
            self
        }

        /// Adds an HTTP header (unsigned). Headers the SDK sets itself are refused
        /// when the call is sent.
        pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
            self.$($opts .)*headers.push((name.into(), value.into()));
            self
        }
    };
}
pub(crate) use option_setters;

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        CallOptions::default()
    }

    option_setters!();
}

/// One call of an action, not sent yet: `.await` it (or [`Call::send`]) to send it and
/// decode the answer into `O`. Returned by every method of the generated clients.
///
/// The future it becomes is `'static` and `Send`: the request is encoded when the call
/// is awaited, and the future holds a clone of the client (an `Arc`), so it can be
/// spawned.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, I: ?Sized, O> {
    client: &'a Client,
    spec: RequestSpec<'static>,
    input: &'a I,
    options: CallOptions,
    _output: PhantomData<fn() -> O>,
}

impl<'a, I: ?Sized, O> Call<'a, I, O> {
    /// A call of `spec` with `input`.
    pub fn new(client: &'a Client, spec: RequestSpec<'static>, input: &'a I) -> Self {
        Call {
            client,
            spec,
            input,
            options: CallOptions::default(),
            _output: PhantomData,
        }
    }

    option_setters!(options.);

    /// Replaces every per-call option with `options`.
    pub fn options(mut self, options: CallOptions) -> Self {
        self.options = options;
        self
    }

    /// The action this call is for.
    pub fn spec(&self) -> &RequestSpec<'static> {
        &self.spec
    }

    /// The per-call options set so far.
    pub fn call_options(&self) -> &CallOptions {
        &self.options
    }
}

impl<I: Encode + ?Sized, O: Decode + Send + 'static> Call<'_, I, O> {
    /// Sends the call: the same as `.await`ing it, for code that wants the future.
    pub fn send(self) -> CallFuture<O> {
        self.into_future()
    }

    /// Sends the call and waits for the answer, for code that is not async: runs on a
    /// runtime the client owns (see [`Client`]'s blocking use). Fails with
    /// [`Error::InvalidInput`] when called inside an async runtime.
    pub fn send_blocking(self) -> Result<O, Error> {
        let client = self.client.clone();
        client.block_on(self.into_future())?
    }
}

impl<I: ?Sized, O> fmt::Debug for Call<'_, I, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("spec", &self.spec)
            .field("options", &self.options)
            .finish()
    }
}

impl<I: Encode + ?Sized, O: Decode + Send + 'static> IntoFuture for Call<'_, I, O> {
    type Output = Result<O, Error>;
    type IntoFuture = CallFuture<O>;

    fn into_future(self) -> CallFuture<O> {
        let body = rt::to_vec(self.input);
        let client = self.client.clone();
        let spec = self.spec;
        let options = self.options;
        CallFuture(Box::pin(async move {
            client
                .call_decoded(&spec, &options, BodyType::Json, body.into())
                .await
        }))
    }
}

/// The future of a sent [`Call`]: `Send`, `'static`, resolves to the decoded answer.
#[must_use = "futures do nothing unless polled"]
pub struct CallFuture<O>(Pin<Box<dyn Future<Output = Result<O, Error>> + Send>>);

impl<O> Future for CallFuture<O> {
    type Output = Result<O, Error>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.0.as_mut().poll(cx)
    }
}

impl<O> fmt::Debug for CallFuture<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CallFuture")
    }
}

/// One call of a streaming action (its `_stream` method): `.await` it to get the
/// [`EventStream`]. The request is encoded when the `StreamCall` is made.
#[must_use = "a call does nothing until it is awaited"]
pub struct StreamCall<'a> {
    client: &'a Client,
    spec: RequestSpec<'static>,
    body: Vec<u8>,
    options: CallOptions,
    /// How long the stream may last once it started ([`StreamCall::total_timeout`]).
    total: Option<Duration>,
}

impl<'a> StreamCall<'a> {
    /// A streaming call of `spec` with `input`.
    pub fn new<I: Encode + ?Sized>(
        client: &'a Client,
        spec: RequestSpec<'static>,
        input: &I,
    ) -> Self {
        StreamCall {
            client,
            spec,
            body: rt::to_vec(input),
            options: CallOptions::default(),
            total: None,
        }
    }

    /// Ends the event stream `limit` after it started, however steadily it sends (see
    /// [`EventStream::with_total_timeout`]); the attempt timeout still bounds the wait for
    /// its head and each gap between chunks.
    pub fn total_timeout(mut self, limit: Duration) -> Self {
        self.total = Some(limit);
        self
    }

    option_setters!(options.);

    /// Replaces every per-call option with `options`.
    pub fn options(mut self, options: CallOptions) -> Self {
        self.options = options;
        self
    }

    /// Sends the call: the same as `.await`ing it.
    pub fn send(self) -> CallFuture<EventStream> {
        self.into_future()
    }
}

impl fmt::Debug for StreamCall<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamCall")
            .field("spec", &self.spec)
            .field("options", &self.options)
            .finish()
    }
}

impl IntoFuture for StreamCall<'_> {
    type Output = Result<EventStream, Error>;
    type IntoFuture = CallFuture<EventStream>;

    fn into_future(self) -> CallFuture<EventStream> {
        let client = self.client.clone();
        let (spec, options, body, total) = (self.spec, self.options, self.body, self.total);
        CallFuture(Box::pin(async move {
            let stream = client.call_stream_with(&spec, &options, body).await?;
            Ok(match total {
                Some(limit) => stream.with_total_timeout(limit),
                None => stream,
            })
        }))
    }
}

/// One call of an action whose body is raw bytes rather than JSON parameters: cls
/// `UploadLog`, whose body is a protobuf `LogGroupList`. The request struct's fields go
/// as headers (`X-CLS-TopicId`, …), the bytes as an `application/octet-stream` body
/// signed with TC3, as the official SDKs' `call_octet_stream` does. `.await` it to
/// decode the answer into `O`.
#[must_use = "a call does nothing until it is awaited"]
pub struct OctetCall<'a, O> {
    client: &'a Client,
    spec: RequestSpec<'static>,
    body: Bytes,
    options: CallOptions,
    _output: PhantomData<fn() -> O>,
}

impl<'a, O> OctetCall<'a, O> {
    /// A call of `spec` whose `request` fields become headers named `prefix` + the
    /// member name (string values as they are, others as JSON), with `body` as the
    /// body.
    pub fn new<I: Encode + ?Sized>(
        client: &'a Client,
        spec: RequestSpec<'static>,
        header_prefix: &str,
        request: &I,
        body: Bytes,
    ) -> Self {
        let mut options = CallOptions::default();
        if let Ok(serde_json::Value::Object(m)) =
            serde_json::from_slice::<serde_json::Value>(&rt::to_vec(request))
        {
            for (k, v) in m {
                let value = match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                options.headers.push((format!("{header_prefix}{k}"), value));
            }
        }
        OctetCall {
            client,
            spec,
            body,
            options,
            _output: PhantomData,
        }
    }

    option_setters!(options.);

    /// The per-call options, the headers made from the request among them.
    pub fn call_options(&self) -> &CallOptions {
        &self.options
    }
}

impl<O: Decode + Send + 'static> OctetCall<'_, O> {
    /// Sends the call: the same as `.await`ing it.
    pub fn send(self) -> CallFuture<O> {
        self.into_future()
    }

    /// Sends the call and waits for the answer, for code that is not async; see
    /// [`Call::send_blocking`].
    pub fn send_blocking(self) -> Result<O, Error> {
        let client = self.client.clone();
        client.block_on(self.into_future())?
    }
}

impl<O> fmt::Debug for OctetCall<'_, O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OctetCall")
            .field("spec", &self.spec)
            .field("body_len", &self.body.len())
            .field("options", &self.options)
            .finish()
    }
}

impl<O: Decode + Send + 'static> IntoFuture for OctetCall<'_, O> {
    type Output = Result<O, Error>;
    type IntoFuture = CallFuture<O>;

    fn into_future(self) -> CallFuture<O> {
        let client = self.client.clone();
        let (spec, options, body) = (self.spec, self.options, self.body);
        CallFuture(Box::pin(async move {
            client
                .call_decoded(&spec, &options, BodyType::OctetStream, body)
                .await
        }))
    }
}
