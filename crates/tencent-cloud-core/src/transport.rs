//! The transport seam: what sends one signed request and returns the response.
//!
//! The client builds, signs and retries requests; a [`Transport`] only moves bytes. The
//! default is [`HyperTransport`] (hyper-util's pooled HTTP/1.1 client with rustls, the
//! webpki roots and the environment's proxies). Plug in another one with
//! [`ClientConfigBuilder::transport`](crate::config::ClientConfigBuilder::transport), for
//! example to use a different TLS setup, to route through a service mesh, or to record
//! and answer requests in tests. [`Mock`](crate::mock::Mock) is one.
//!
//! A transport receives the request as it goes on the wire: method, URL, every header
//! (the `Authorization` signature and `X-TC-Token` among them, marked
//! [sensitive](http::HeaderValue::is_sensitive)) and the body. It must not change what is
//! signed (the `Host`, the `X-TC-*` headers, `Content-Type`, the body) or the signature
//! no longer matches.
//!
//! ```
//! use std::sync::Arc;
//! use tencent_cloud_core::transport::{Body, HttpRequest, HttpResponse, Transport, TransportFuture};
//!
//! /// Answers every request with an empty success, and counts them.
//! #[derive(Debug, Default)]
//! struct Canned(std::sync::atomic::AtomicUsize);
//!
//! impl Transport for Canned {
//!     fn send(&self, _request: HttpRequest) -> TransportFuture {
//!         self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
//!         let body = Body::from(r#"{"Response":{"RequestId":"r-1"}}"#);
//!         Box::pin(async move { Ok(HttpResponse::new(body)) })
//!     }
//! }
//!
//! # fn demo() -> Result<(), tencent_cloud_core::Error> {
//! let config = tencent_cloud_core::ClientConfig::builder()
//!     .transport(Arc::new(Canned::default()))
//!     .build()?;
//! # Ok(()) }
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_util::Stream;
use hyper::body::{Body as _, Incoming};

use crate::error::{BoxError, Error};

/// A signed request, its body complete.
pub type HttpRequest = http::Request<Bytes>;

/// A response: status and headers, with a body that may still be arriving.
pub type HttpResponse = http::Response<Body>;

/// What [`Transport::send`] returns: `'static` and `Send`, so that calls can be spawned.
pub type TransportFuture = Pin<Box<dyn Future<Output = Result<HttpResponse, Error>> + Send>>;

/// A transport shared by clients.
pub type SharedTransport = Arc<dyn Transport>;

/// Sends one signed request and returns the response head as soon as it arrives.
///
/// Errors are the crate's [`Error`]: [`Error::Transport`] when the request could not be
/// sent or the connection broke, [`Error::Timeout`] when connecting took too long. The
/// client retries those when the request is safe to repeat, and bounds each attempt with
/// its attempt timeout, so a transport needs no timer of its own.
pub trait Transport: Send + Sync + fmt::Debug + 'static {
    /// Sends `request`.
    fn send(&self, request: HttpRequest) -> TransportFuture;
}

/// A response body: whole bytes, or a stream of chunks (event streams, large answers).
///
/// The client reads a body up to its limits
/// ([`ClientConfig::max_response_bytes`](crate::ClientConfig::max_response_bytes) for JSON, the event-stream line and event
/// caps for streams), whatever the transport.
pub struct Body(Kind);

enum Kind {
    Full(Option<Bytes>),
    Hyper(Incoming),
    Stream(Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send>>),
}

impl Body {
    /// An empty body.
    pub fn empty() -> Body {
        Body(Kind::Full(None))
    }

    /// A body whose chunks arrive from `stream`.
    pub fn from_stream<S, E>(stream: S) -> Body
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<BoxError> + 'static,
    {
        use futures_util::TryStreamExt as _;
        Body(Kind::Stream(Box::pin(stream.map_err(Into::into))))
    }

    pub(crate) fn hyper(body: Incoming) -> Body {
        Body(Kind::Hyper(body))
    }

    /// The exact length, when it is known before reading (`Content-Length`, whole bytes).
    pub fn exact_len(&self) -> Option<u64> {
        match &self.0 {
            Kind::Full(b) => Some(b.as_ref().map_or(0, |b| b.len() as u64)),
            Kind::Hyper(b) => b.size_hint().exact(),
            Kind::Stream(_) => None,
        }
    }

    /// The least length the body has, known before reading.
    fn lower_bound(&self) -> u64 {
        match &self.0 {
            Kind::Full(b) => b.as_ref().map_or(0, |b| b.len() as u64),
            Kind::Hyper(b) => b.size_hint().lower(),
            Kind::Stream(_) => 0,
        }
    }

    /// Reads the whole body, of at most `limit` bytes: refused from its known size before
    /// anything is read, else read until the limit is crossed and dropped there.
    pub(crate) async fn read_limited(self, limit: u64) -> Result<Bytes, ReadError> {
        if self.lower_bound() > limit {
            return Err(ReadError::TooLarge);
        }
        match self.0 {
            Kind::Full(b) => Ok(b.unwrap_or_default()),
            Kind::Hyper(b) => crate::http::read_limited(b, limit).await,
            Kind::Stream(mut s) => {
                use futures_util::StreamExt as _;
                let mut out = Vec::new();
                while let Some(chunk) = s.next().await {
                    let chunk = chunk.map_err(ReadError::Failed)?;
                    if (out.len() + chunk.len()) as u64 > limit {
                        return Err(ReadError::TooLarge);
                    }
                    out.extend_from_slice(&chunk);
                }
                Ok(Bytes::from(out))
            }
        }
    }
}

pub(crate) use crate::http::ReadError;

impl Stream for Body {
    type Item = Result<Bytes, BoxError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match &mut self.0 {
            Kind::Full(b) => Poll::Ready(b.take().filter(|b| !b.is_empty()).map(Ok)),
            Kind::Hyper(b) => loop {
                match Pin::new(&mut *b).poll_frame(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(None) => return Poll::Ready(None),
                    Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(Box::new(e)))),
                    Poll::Ready(Some(Ok(frame))) => {
                        if let Ok(data) = frame.into_data() {
                            return Poll::Ready(Some(Ok(data)));
                        }
                    }
                }
            },
            Kind::Stream(s) => s.as_mut().poll_next(cx),
        }
    }
}

impl From<Bytes> for Body {
    fn from(b: Bytes) -> Body {
        Body(Kind::Full(Some(b)))
    }
}

impl From<Vec<u8>> for Body {
    fn from(b: Vec<u8>) -> Body {
        Body::from(Bytes::from(b))
    }
}

impl From<String> for Body {
    fn from(s: String) -> Body {
        Body::from(Bytes::from(s))
    }
}

impl From<&'static str> for Body {
    fn from(s: &'static str) -> Body {
        Body::from(Bytes::from_static(s.as_bytes()))
    }
}

impl Default for Body {
    fn default() -> Body {
        Body::empty()
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Kind::Full(b) => write!(f, "Body({} bytes)", b.as_ref().map_or(0, |b| b.len())),
            Kind::Hyper(_) | Kind::Stream(_) => f.write_str("Body(stream)"),
        }
    }
}

/// The default transport: hyper-util's pooled HTTP/1.1 client over TCP, rustls with the
/// webpki roots (plus the configured ones) for https, and HTTP proxies (the configured
/// one, else `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` as curl reads them).
///
/// Clients build one from their [`ClientConfig`](crate::ClientConfig) when no transport
/// is set; build one yourself to share a connection pool between clients with different
/// configurations.
#[derive(Clone)]
pub struct HyperTransport {
    http: crate::http::Http,
}

impl HyperTransport {
    /// A transport with the connect timeout, user agent, proxy and extra root
    /// certificates of `config`.
    pub fn new(config: &crate::ClientConfig) -> Result<HyperTransport, Error> {
        let http = crate::http::Http::new(crate::http::Options {
            connect_timeout: config.connect_timeout,
            user_agent: &config.user_agent,
            proxy: config.proxy.as_deref(),
            extra_roots: &config.root_certificates,
        })
        .map_err(Error::InvalidInput)?;
        Ok(HyperTransport { http })
    }
}

impl fmt::Debug for HyperTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HyperTransport")
    }
}

impl Transport for HyperTransport {
    fn send(&self, request: HttpRequest) -> TransportFuture {
        let http = self.http.clone();
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let host = parts
                .uri
                .authority()
                .map(|a| a.host().to_owned())
                .unwrap_or_default();
            let resp = http
                .send(parts.method, parts.uri, parts.headers, body)
                .await
                .map_err(|e| crate::http::send_error(e, &host))?;
            Ok(resp.map(Body::hyper))
        })
    }
}
