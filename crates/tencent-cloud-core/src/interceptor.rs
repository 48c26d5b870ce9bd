//! Hooks into every attempt of a call: [`Interceptor`].
//!
//! An interceptor is set for every call of a client
//! ([`ClientConfigBuilder::interceptor`](crate::config::ClientConfigBuilder::interceptor))
//! or for one call (`.interceptor(…)` on the call). Client interceptors run first, then
//! the call's, in the order they were added. Each attempt (a retry is a new attempt) runs:
//!
//! 1. [`Interceptor::before_signing`]: may add or change headers and replace the body.
//!    The headers the SDK sets itself (`Authorization`, `Host`, `Content-Type`,
//!    `X-TC-Action`, `X-TC-Region`, …) cannot be set here; the attempt fails with
//!    [`Error::InvalidInput`] if one is. An error returned here ends the call.
//! 2. [`Interceptor::after_signing`]: reads the request as it will be sent. Its
//!    [`headers`](AfterSigning::headers) show `Authorization` and `X-TC-Token` as `***`;
//!    a hook that needs them (to forward the request itself, say) asks on purpose with
//!    [`AfterSigning::signed_request`], which gives the request with its secrets.
//! 3. [`Interceptor::after_attempt`]: reads the outcome of the attempt: the response
//!    status, headers and request id, or the error, and whether the call retries.
//!
//! ```
//! use tencent_cloud_core::interceptor::{BeforeSigning, Interceptor};
//!
//! /// Tags every request with a trace id.
//! #[derive(Debug)]
//! struct TraceId(String);
//!
//! impl Interceptor for TraceId {
//!     fn before_signing(&self, request: &mut BeforeSigning<'_>) -> Result<(), tencent_cloud_core::Error> {
//!         request.insert_header("X-TC-TraceId", &self.0)
//!     }
//! }
//! ```

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderMap, HeaderName, HeaderValue};

use crate::client::RequestSpec;
use crate::error::Error;
use crate::transport::HttpRequest;

/// Hooks run on every attempt of a call; every method does nothing by default.
pub trait Interceptor: Send + Sync + fmt::Debug + 'static {
    /// Before the request is signed: may change headers (not the SDK's own) and the body.
    fn before_signing(&self, request: &mut BeforeSigning<'_>) -> Result<(), Error> {
        let _ = request;
        Ok(())
    }

    /// After signing, before sending: read-only, secrets hidden unless asked for.
    fn after_signing(&self, request: &AfterSigning<'_>) {
        let _ = request;
    }

    /// After the attempt's response head arrived, or the attempt failed: read-only.
    fn after_attempt(&self, attempt: &AfterAttempt<'_>) {
        let _ = attempt;
    }
}

/// A shared interceptor is one: keep an `Arc` to read what it recorded.
impl<T: Interceptor + ?Sized> Interceptor for Arc<T> {
    fn before_signing(&self, request: &mut BeforeSigning<'_>) -> Result<(), Error> {
        (**self).before_signing(request)
    }

    fn after_signing(&self, request: &AfterSigning<'_>) {
        (**self).after_signing(request)
    }

    fn after_attempt(&self, attempt: &AfterAttempt<'_>) {
        (**self).after_attempt(attempt)
    }
}

/// An interceptor shared by clients and calls. Two are equal when they are the same
/// object.
#[derive(Clone)]
pub struct SharedInterceptor(pub(crate) Arc<dyn Interceptor>);

impl SharedInterceptor {
    /// Shares `interceptor`.
    pub fn new(interceptor: impl Interceptor) -> Self {
        SharedInterceptor(Arc::new(interceptor))
    }
}

impl PartialEq for SharedInterceptor {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedInterceptor {}

impl fmt::Debug for SharedInterceptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Which call and attempt a hook runs for.
#[derive(Clone, Copy, Debug)]
pub struct AttemptInfo<'a> {
    spec: &'a RequestSpec<'a>,
    region: Option<&'a str>,
    attempt: u32,
}

impl<'a> AttemptInfo<'a> {
    pub(crate) fn new(spec: &'a RequestSpec<'a>, region: Option<&'a str>, attempt: u32) -> Self {
        AttemptInfo {
            spec,
            region,
            attempt,
        }
    }

    /// The service, e.g. `cvm`.
    pub fn service(&self) -> &'a str {
        self.spec.service
    }

    /// The API version, e.g. `2017-03-12`.
    pub fn version(&self) -> &'a str {
        self.spec.version
    }

    /// The action, e.g. `DescribeInstances`.
    pub fn action(&self) -> &'a str {
        self.spec.action
    }

    /// The region the call is for, if any.
    pub fn region(&self) -> Option<&'a str> {
        self.region
    }

    /// The attempt, from 1.
    pub fn attempt(&self) -> u32 {
        self.attempt
    }
}

/// The request before signing: headers the hook may add, and the body.
pub struct BeforeSigning<'a> {
    pub(crate) info: AttemptInfo<'a>,
    pub(crate) headers: &'a mut HeaderMap,
    pub(crate) body: &'a mut Bytes,
}

impl BeforeSigning<'_> {
    /// Which call and attempt.
    pub fn info(&self) -> &AttemptInfo<'_> {
        &self.info
    }

    /// The extra headers so far (per-call headers and earlier hooks'), not the SDK's.
    pub fn headers(&self) -> &HeaderMap {
        self.headers
    }

    /// Sets a header, replacing any value it had. The SDK's own headers are refused when
    /// the request is signed.
    pub fn insert_header(&mut self, name: &str, value: &str) -> Result<(), Error> {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::InvalidInput(format!("invalid header name {name:?}")))?;
        let value = HeaderValue::from_str(value)
            .map_err(|_| Error::InvalidInput(format!("invalid value for header {name}")))?;
        self.headers.insert(name, value);
        Ok(())
    }

    /// Removes a header added by the call or an earlier hook.
    pub fn remove_header(&mut self, name: &str) {
        self.headers.remove(name);
    }

    /// The body: the action's parameters as JSON (raw bytes for octet-stream actions).
    pub fn body(&self) -> &Bytes {
        self.body
    }

    /// Replaces the body. It is what gets signed and sent.
    pub fn set_body(&mut self, body: impl Into<Bytes>) {
        *self.body = body.into();
    }
}

impl fmt::Debug for BeforeSigning<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BeforeSigning")
            .field("info", &self.info)
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// The signed request, read-only.
pub struct AfterSigning<'a> {
    pub(crate) info: AttemptInfo<'a>,
    pub(crate) request: &'a HttpRequest,
}

impl<'a> AfterSigning<'a> {
    /// Which call and attempt.
    pub fn info(&self) -> &AttemptInfo<'a> {
        &self.info
    }

    /// The URL the request goes to.
    pub fn uri(&self) -> &'a http::Uri {
        self.request.uri()
    }

    /// The headers, with the values of secret ones (`Authorization`, `X-TC-Token`)
    /// shown as `***`.
    pub fn headers(&self) -> impl Iterator<Item = (&'a HeaderName, &'a str)> + 'a {
        self.request.headers().iter().map(|(name, value)| {
            let shown = if value.is_sensitive() {
                "***"
            } else {
                value.to_str().unwrap_or("<not text>")
            };
            (name, shown)
        })
    }

    /// The value of one header, `***` for a secret one.
    pub fn header(&self, name: &str) -> Option<&'a str> {
        let value = self.request.headers().get(name)?;
        Some(if value.is_sensitive() {
            "***"
        } else {
            value.to_str().unwrap_or("<not text>")
        })
    }

    /// The body as sent.
    pub fn body(&self) -> &'a Bytes {
        self.request.body()
    }

    /// The request as sent, **secrets included**: the `Authorization` signature and the
    /// `X-TC-Token` session token. Only for hooks that must forward or archive the exact
    /// request; never log what this returns.
    pub fn signed_request(&self) -> &'a HttpRequest {
        self.request
    }
}

impl fmt::Debug for AfterSigning<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AfterSigning")
            .field("info", &self.info)
            .field("uri", self.uri())
            .field("headers", &self.headers().collect::<Vec<_>>())
            .finish()
    }
}

/// The outcome of one attempt, read-only.
#[derive(Debug)]
pub struct AfterAttempt<'a> {
    pub(crate) info: AttemptInfo<'a>,
    pub(crate) elapsed: Duration,
    pub(crate) status: Option<u16>,
    pub(crate) response_headers: Option<&'a HeaderMap>,
    pub(crate) request_id: Option<&'a str>,
    pub(crate) error: Option<&'a Error>,
    pub(crate) will_retry: bool,
}

impl<'a> AfterAttempt<'a> {
    /// Which call and attempt.
    pub fn info(&self) -> &AttemptInfo<'a> {
        &self.info
    }

    /// How long the attempt took.
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// The HTTP status, when a response arrived.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The response headers, when a response arrived.
    pub fn response_headers(&self) -> Option<&'a HeaderMap> {
        self.response_headers
    }

    /// The request id of the answer, when it carried one.
    pub fn request_id(&self) -> Option<&'a str> {
        self.request_id
    }

    /// Why the attempt failed, if it did (a service error is a failure here).
    pub fn error(&self) -> Option<&'a Error> {
        self.error
    }

    /// Whether the call sends another attempt after this one.
    pub fn will_retry(&self) -> bool {
        self.will_retry
    }
}
