//! The HTTP transport: hyper's pooled HTTP/1.1 client over TCP, rustls with the
//! webpki roots for https, and HTTP proxies (the configured one, else `HTTPS_PROXY`,
//! `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` from the environment, read as curl does).
//!
//! This replaces reqwest, which wraps the same hyper client. Measured on this project:
//! the core's dependency tree went from 106 crates to 68 (no `url`, `idna` and its
//! ICU tables, `tower`), a clean build of the core from 26.0 s to 20.9 s on 2 cores
//! (40 → 32 CPU-s), and a call to the local emulator from 57.6 µs to 45.0 µs (one
//! core, client and emulator together).

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::body::{Body as _, Incoming};
use hyper::header::{HOST, HeaderMap, HeaderValue, PROXY_AUTHORIZATION, USER_AGENT};
use hyper::http::uri::Scheme;
use hyper::rt::{Read, ReadBufCursor, Write};
use hyper::{Method, Request, Response, Uri};
use hyper_util::client::legacy::Client as Pool;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::client::proxy::matcher::Matcher;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use crate::error::BoxError;

/// Options of one [`Http`] client.
pub(crate) struct Options<'a> {
    pub connect_timeout: Duration,
    pub user_agent: &'a str,
    /// A proxy for every request (`http://[user:pass@]host:port`); `None`: the
    /// environment's.
    pub proxy: Option<&'a str>,
    /// Root certificates (DER) trusted besides the webpki roots.
    pub extra_roots: &'a [Vec<u8>],
}

/// A pooled HTTP client. Cheap to clone.
#[derive(Clone)]
pub(crate) struct Http {
    pool: Pool<Connector, Full<Bytes>>,
    proxies: Arc<Matcher>,
    user_agent: HeaderValue,
}

/// Why a request got no response.
#[derive(Debug)]
pub(crate) enum SendError {
    /// No connection: refused, unresolvable, TLS or proxy failure.
    Connect(BoxError),
    /// The connection attempt ran past the connect timeout.
    ConnectTimeout,
    /// The connection failed after the request started (reset, closed early).
    Io(BoxError),
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendError::Connect(e) => write!(f, "cannot connect: {e}"),
            SendError::ConnectTimeout => f.write_str("connect timeout"),
            SendError::Io(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for SendError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SendError::Connect(e) | SendError::Io(e) => Some(e.as_ref()),
            SendError::ConnectTimeout => None,
        }
    }
}

impl Http {
    /// Builds the client; fails on an unusable proxy URL or user agent.
    pub(crate) fn new(opts: Options<'_>) -> Result<Http, String> {
        let proxies = match opts.proxy {
            Some(p) => {
                let uri = proxy_uri(p)?;
                Matcher::builder().all(uri.to_string()).build()
            }
            None => Matcher::from_env(),
        };
        let proxies = Arc::new(proxies);
        let mut tcp = HttpConnector::new();
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        tcp.set_connect_timeout(Some(opts.connect_timeout));
        let connector = Connector {
            tcp,
            tls: tokio_rustls::TlsConnector::from(tls_config(opts.extra_roots)?),
            proxies: proxies.clone(),
        };
        let pool = Pool::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_timer(TokioTimer::new())
            .build(connector);
        let user_agent = HeaderValue::from_str(opts.user_agent)
            .map_err(|_| format!("invalid user agent {:?}", opts.user_agent))?;
        Ok(Http {
            pool,
            proxies,
            user_agent,
        })
    }

    /// Sends one request and returns the response head with its streaming body.
    pub(crate) async fn send(
        &self,
        method: Method,
        uri: Uri,
        mut headers: HeaderMap,
        body: Bytes,
    ) -> Result<Response<Incoming>, SendError> {
        if !headers.contains_key(USER_AGENT) {
            headers.insert(USER_AGENT, self.user_agent.clone());
        }
        if !headers.contains_key(HOST)
            && let Some(a) = uri.authority()
            && let Ok(v) = HeaderValue::from_str(a.as_str())
        {
            headers.insert(HOST, v);
        }
        // Plain http through a proxy goes as an absolute-form request to the proxy, which
        // reads the credentials from the request (https ones are in the CONNECT).
        if uri.scheme() == Some(&Scheme::HTTP)
            && let Some(auth) = self
                .proxies
                .intercept(&uri)
                .and_then(|p| p.basic_auth().cloned())
        {
            let mut auth = auth;
            auth.set_sensitive(true);
            headers.insert(PROXY_AUTHORIZATION, auth);
        }
        let mut req = Request::new(Full::new(body));
        *req.method_mut() = method;
        *req.uri_mut() = uri;
        *req.headers_mut() = headers;
        self.pool.request(req).await.map_err(classify)
    }

    /// Sends one request and reads the whole body, of at most
    /// [`CREDENTIAL_RESPONSE_LIMIT`] bytes, all within `timeout`. For the credential
    /// sources (metadata service, tccli SSO), whose answers are a few hundred bytes.
    pub(crate) async fn fetch(
        &self,
        method: Method,
        url: &str,
        headers: HeaderMap,
        body: Bytes,
        timeout: Duration,
    ) -> Result<(u16, Bytes), FetchError> {
        let uri: Uri = url
            .parse()
            .map_err(|e| FetchError::Failed(format!("invalid URL {url:?}: {e}").into()))?;
        let exchange = async {
            let resp = self
                .send(method, uri, headers, body)
                .await
                .map_err(|e| match e {
                    SendError::Connect(_) | SendError::ConnectTimeout => {
                        FetchError::NoAnswer(e.to_string())
                    }
                    SendError::Io(e) => FetchError::Failed(e),
                })?;
            let status = resp.status().as_u16();
            let bytes = read_limited(resp.into_body(), CREDENTIAL_RESPONSE_LIMIT)
                .await
                .map_err(|e| match e {
                    ReadError::TooLarge => FetchError::TooLarge {
                        status,
                        limit: CREDENTIAL_RESPONSE_LIMIT,
                    },
                    ReadError::Failed(e) => FetchError::Failed(e),
                })?;
            Ok((status, bytes))
        };
        match tokio::time::timeout(timeout, exchange).await {
            Ok(r) => r,
            Err(_) => Err(FetchError::NoAnswer(format!(
                "no answer within {} ms",
                timeout.as_millis()
            ))),
        }
    }
}

/// Why [`Http::fetch`] failed.
#[derive(Debug)]
pub(crate) enum FetchError {
    /// Nobody answered: no connection, or no response in time.
    NoAnswer(String),
    /// The exchange broke off, or the URL is invalid.
    Failed(BoxError),
    /// The answer was larger than `limit`.
    TooLarge { status: u16, limit: u64 },
}

impl FetchError {
    /// As the crate's error: [`Error::ResponseTooLarge`] for an answer over the limit,
    /// else a transport error saying `what` failed.
    pub(crate) fn into_error(self, what: impl Into<String>) -> crate::Error {
        match self {
            FetchError::TooLarge { status, limit } => crate::Error::ResponseTooLarge {
                status,
                limit,
                what: "credential response limit",
            },
            e => crate::Error::transport(what, e),
        }
    }
}

/// The most bytes a credential source's answer may have (metadata service, tccli SSO,
/// STS): their answers are a few hundred bytes to a few KB.
pub(crate) const CREDENTIAL_RESPONSE_LIMIT: u64 = 64 << 10;

/// Why [`read_limited`] failed.
pub(crate) enum ReadError {
    /// The body is, or would be, larger than the limit.
    TooLarge,
    /// The body broke off.
    Failed(BoxError),
}

/// Reads a whole body of at most `limit` bytes: refused from its size (`Content-Length`)
/// before anything is read, else read until the limit is crossed and dropped there.
pub(crate) async fn read_limited(body: Incoming, limit: u64) -> Result<Bytes, ReadError> {
    if body.size_hint().lower() > limit {
        return Err(ReadError::TooLarge);
    }
    let cap = usize::try_from(limit).unwrap_or(usize::MAX);
    match http_body_util::Limited::new(body, cap).collect().await {
        Ok(c) => Ok(c.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(ReadError::TooLarge),
        Err(e) => Err(ReadError::Failed(e)),
    }
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::NoAnswer(why) => f.write_str(why),
            FetchError::Failed(e) => e.fmt(f),
            FetchError::TooLarge { status, limit } => {
                write!(
                    f,
                    "the answer (HTTP {status}) is over the limit of {limit} bytes"
                )
            }
        }
    }
}

impl std::error::Error for FetchError {}

/// The client's TLS configuration: TLS 1.2 and 1.3 with ring, the webpki (Mozilla)
/// roots plus `extra` ones, HTTP/1.1 by ALPN. Without extra roots it is built once per
/// process (the root store takes a moment to build).
fn tls_config(extra: &[Vec<u8>]) -> Result<Arc<rustls::ClientConfig>, String> {
    fn build(extra: &[Vec<u8>]) -> Result<Arc<rustls::ClientConfig>, String> {
        let mut roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        for der in extra {
            roots
                .add(CertificateDer::from(der.clone()))
                .map_err(|e| format!("unusable root certificate: {e}"))?;
        }
        // rustls 0.23.48 deprecates the ring provider because ring has no post-quantum key
        // exchange. The core keeps ring on purpose: aws-lc-rs needs a C toolchain and adds
        // a large C build to every user's first compile, and Tencent Cloud's endpoints are
        // reached with classical ECDHE either way. Without this, every build of the core
        // as a path or registry dependency printed the deprecation warning.
        #[allow(deprecated)]
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("cannot configure TLS: {e}"))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Arc::new(config))
    }
    static DEFAULT: OnceLock<Result<Arc<rustls::ClientConfig>, String>> = OnceLock::new();
    if extra.is_empty() {
        DEFAULT.get_or_init(|| build(&[])).clone()
    } else {
        build(extra)
    }
}

/// The certificates (DER) of a PEM text; fails on bad PEM, no certificate, or a
/// certificate that cannot be a trust anchor.
pub(crate) fn pem_certificates(pem: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let mut out = Vec::new();
    let mut check = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(pem) {
        let cert = cert.map_err(|e| format!("not PEM: {e}"))?;
        check
            .add(cert.clone())
            .map_err(|e| format!("certificate {}: {e}", out.len() + 1))?;
        out.push(cert.to_vec());
    }
    if out.is_empty() {
        return Err("no BEGIN CERTIFICATE block".into());
    }
    Ok(out)
}

/// Checks a configured proxy URL: `http://[user:pass@]host[:port]` (`host:port` alone
/// means http).
fn proxy_uri(text: &str) -> Result<Uri, String> {
    let with_scheme = if text.contains("://") {
        text.to_owned()
    } else {
        format!("http://{text}")
    };
    let uri: Uri = with_scheme
        .parse()
        .map_err(|e| format!("invalid proxy URL: {e}"))?;
    if uri.scheme() != Some(&Scheme::HTTP) {
        return Err(format!(
            "unsupported proxy scheme {:?}: only http:// proxies are supported",
            uri.scheme_str().unwrap_or("")
        ));
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err("invalid proxy URL: no host".into());
    }
    Ok(uri)
}

fn classify(e: hyper_util::client::legacy::Error) -> SendError {
    if e.is_connect() {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
        while let Some(s) = source {
            if s.downcast_ref::<io::Error>()
                .is_some_and(|io| io.kind() == io::ErrorKind::TimedOut)
            {
                return SendError::ConnectTimeout;
            }
            source = s.source();
        }
        return SendError::Connect(Box::new(e));
    }
    SendError::Io(Box::new(e))
}

/// Opens connections: direct, or through an HTTP proxy (CONNECT for https).
#[derive(Clone)]
struct Connector {
    tcp: HttpConnector,
    tls: tokio_rustls::TlsConnector,
    proxies: Arc<Matcher>,
}

type ConnectFuture = Pin<Box<dyn Future<Output = Result<Conn, BoxError>> + Send>>;

impl tower_service::Service<Uri> for Connector {
    type Response = Conn;
    type Error = BoxError;
    type Future = ConnectFuture;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        // HttpConnector is always ready.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: Uri) -> ConnectFuture {
        let mut tcp = self.tcp.clone();
        let tls = self.tls.clone();
        let proxy = self.proxies.intercept(&dst);
        Box::pin(async move {
            let https = dst.scheme() == Some(&Scheme::HTTPS);
            let host = dst.host().ok_or("URL without a host")?.to_owned();
            let Some(proxy) = proxy else {
                let io = tcp.call(dst).await?.into_inner();
                return if https {
                    handshake(&tls, &host, io).await
                } else {
                    Ok(Conn::Plain {
                        io: TokioIo::new(io),
                        proxied: false,
                    })
                };
            };
            if proxy.uri().scheme() != Some(&Scheme::HTTP) {
                return Err(
                    format!("proxy {}: only http:// proxies are supported", proxy.uri()).into(),
                );
            }
            let io = tcp
                .call(proxy.uri().clone())
                .await
                .map_err(|e| format!("cannot connect to the proxy: {e}"))?
                .into_inner();
            if https {
                let port = dst.port_u16().unwrap_or(443);
                let io = tunnel(io, &host, port, proxy.basic_auth()).await?;
                handshake(&tls, &host, io).await
            } else {
                Ok(Conn::Plain {
                    io: TokioIo::new(io),
                    proxied: true,
                })
            }
        })
    }
}

async fn handshake(
    tls: &tokio_rustls::TlsConnector,
    host: &str,
    io: TcpStream,
) -> Result<Conn, BoxError> {
    // IPv6 literals come bracketed from the URI.
    let name = ServerName::try_from(host.trim_matches(['[', ']']).to_owned())?;
    let stream = tls.connect(name, io).await?;
    Ok(Conn::Tls(TokioIo::new(Box::new(stream))))
}

/// Asks an HTTP proxy for a tunnel to `host:port` (RFC 9110 CONNECT). Not hyper-util's
/// `Tunnel`: that one reports a refusal other than 407 as "unsuccessful", and a user
/// debugging a proxy needs its status line (`403 Forbidden`, `502 Bad Gateway`).
async fn tunnel(
    mut io: TcpStream,
    host: &str,
    port: u16,
    auth: Option<&HeaderValue>,
) -> Result<TcpStream, BoxError> {
    let mut req = format!("CONNECT {host}:{port} HTTP/1.1\r\nHost: {host}:{port}\r\n");
    if let Some(a) = auth.and_then(|a| a.to_str().ok()) {
        req.push_str("Proxy-Authorization: ");
        req.push_str(a);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    io.write_all(req.as_bytes()).await?;
    let mut head = Vec::with_capacity(256);
    let mut buf = [0u8; 512];
    while !head.ends_with(b"\r\n\r\n") {
        let n = io.read(&mut buf).await?;
        if n == 0 {
            return Err("the proxy closed the connection during CONNECT".into());
        }
        head.extend_from_slice(&buf[..n]);
        if head.len() > 16 * 1024 {
            return Err("the proxy's CONNECT answer is too long".into());
        }
    }
    let status_line = head
        .split(|&b| b == b'\n')
        .next()
        .map(|l| String::from_utf8_lossy(l).trim().to_owned())
        .unwrap_or_default();
    let ok = status_line
        .split_whitespace()
        .nth(1)
        .is_some_and(|code| code.starts_with('2'));
    if !ok {
        return Err(format!("the proxy refused the tunnel: {status_line}").into());
    }
    Ok(io)
}

/// A connection: plain TCP (to the server, or to a proxy for plain http) or TLS.
enum Conn {
    Plain {
        io: TokioIo<TcpStream>,
        proxied: bool,
    },
    Tls(TokioIo<Box<tokio_rustls::client::TlsStream<TcpStream>>>),
}

impl Connection for Conn {
    fn connected(&self) -> Connected {
        match self {
            Conn::Plain { proxied, .. } => Connected::new().proxy(*proxied),
            Conn::Tls(_) => Connected::new(),
        }
    }
}

/// Calls the same poll method on whichever stream the connection is.
macro_rules! delegate {
    ($self:expr, $method:ident($($arg:expr),*)) => {
        match $self.get_mut() {
            Conn::Plain { io, .. } => Pin::new(io).$method($($arg),*),
            Conn::Tls(io) => Pin::new(io).$method($($arg),*),
        }
    };
}

impl Read for Conn {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        delegate!(self, poll_read(cx, buf))
    }
}

impl Write for Conn {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        delegate!(self, poll_write(cx, buf))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        delegate!(self, poll_flush(cx))
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        delegate!(self, poll_shutdown(cx))
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Conn::Plain { io, .. } => io.is_write_vectored(),
            Conn::Tls(io) => io.is_write_vectored(),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        delegate!(self, poll_write_vectored(cx, bufs))
    }
}

/// A failed send as the crate's error, naming the host.
pub(crate) fn send_error(e: SendError, host: &str) -> crate::Error {
    match e {
        SendError::ConnectTimeout => crate::Error::Timeout {
            elapsed: Duration::ZERO,
        },
        SendError::Connect(source) => crate::Error::Transport {
            message: format!("cannot connect to {host}"),
            source: Some(source),
        },
        SendError::Io(source) => crate::Error::Transport {
            message: format!("request to {host} failed"),
            source: Some(source),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_urls_are_checked() {
        assert_eq!(
            proxy_uri("proxy:3128").expect("bare").to_string(),
            "http://proxy:3128/"
        );
        assert!(proxy_uri("http://user:pw@proxy:3128").is_ok());
        let e = proxy_uri("socks5://proxy:1080").expect_err("socks");
        assert!(e.contains("socks5"), "{e}");
        assert!(proxy_uri("http://").is_err());
        assert!(proxy_uri("http://exa mple:1").is_err());
    }
}
