//! The HTTP side: accept loop, request handling, admin endpoints and stand-ins.
//!
//! API calls are in `api` (reading a request in `parse`), the credential stand-ins in
//! `stand_ins`, the injected failures in `inject`.

mod admin;
mod api;
mod deadline;
#[cfg(test)]
mod fuzz;
mod inject;
mod parse;
mod stand_ins;

use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::Incoming;
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::http::request::Parts;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::auth::Known;
use crate::canned;
use crate::faults;
use crate::{RecordedCall, State};

use api::api;
use inject::{Shape, stand_in_fault};
use stand_ins::{metadata, metadata_action, sso};

/// Largest request body accepted: Tencent's limit for TC3-signed calls.
const MAX_BODY: usize = 10 * 1024 * 1024;

/// Largest body of an API call not signed with TC3: HmacSHA1 and HmacSHA256 (v1) calls,
/// whose limit at Tencent is 1 MB, unsigned STS calls (`Authorization: SKIP`), and the
/// metadata and SSO stand-ins. Their parameters are read before any signature is
/// checked (a v1 signature covers them all), which costs tens of times their size.
const SMALL_API_BODY: usize = 1024 * 1024;

/// Most bytes of a request line and headers: Tencent takes GET requests up to 32 KB.
/// (Without a bound, a connection could make its server buffer ~400 KB of headers.)
const MAX_HEAD: usize = 64 * 1024;

/// Request bodies up to this size are not counted against [`BODY_MEMORY`]: with
/// [`MAX_CONNECTIONS`] connections they hold 64 MiB at most.
pub(crate) const SMALL_BODY: usize = 64 * 1024;

/// Default: bytes of larger request bodies held at once, all connections together.
pub(crate) const BODY_MEMORY: usize = 256 * 1024 * 1024;

/// Default: how long a client may take to send a request's headers, and to start the next
/// request on a kept-alive connection (idle): slow or silent clients are disconnected.
pub(crate) const HEADER_TIMEOUT: Duration = Duration::from_secs(30);

/// Default: how long a client may take to send a request's body, or leave a response
/// unread.
pub(crate) const BODY_TIMEOUT: Duration = Duration::from_secs(60);

/// Default: connections served at once; more wait in the listen backlog.
pub(crate) const MAX_CONNECTIONS: usize = 1024;

type Body = BoxBody<Bytes, std::io::Error>;

/// Locks a mutex, recovering from poisoning (a panicking test thread must not wedge
/// the emulator).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

pub(crate) fn add_credential(state: &State, id: String, key: String, token: Option<String>) {
    let mut store = state.credentials.write().unwrap_or_else(|e| e.into_inner());
    store.insert(
        id,
        Known {
            secret_key: key,
            token,
        },
    );
}

/// The open connections and whether each is waiting for a request (idle keep-alive, a
/// head still arriving, a TLS handshake) or serving one. At the connection cap the
/// connection that has waited longest is closed to make room, so slow or silent clients
/// cannot keep well-behaved ones out until their timeouts.
#[derive(Default)]
struct Conns {
    next: u64,
    open: std::collections::HashMap<u64, ConnEntry>,
}

struct ConnEntry {
    /// `None` while a request is being served.
    idle_since: Option<std::time::Instant>,
    close: Arc<tokio::sync::Notify>,
}

/// One connection's place in [`Conns`]; removes it when dropped.
struct Tracker {
    conns: Arc<Mutex<Conns>>,
    id: u64,
}

impl Tracker {
    fn register(conns: &Arc<Mutex<Conns>>) -> (Tracker, Arc<tokio::sync::Notify>) {
        let close = Arc::new(tokio::sync::Notify::new());
        let mut c = lock(conns);
        c.next += 1;
        let id = c.next;
        c.open.insert(
            id,
            ConnEntry {
                idle_since: Some(std::time::Instant::now()),
                close: close.clone(),
            },
        );
        (
            Tracker {
                conns: conns.clone(),
                id,
            },
            close,
        )
    }

    fn set_busy(&self, busy: bool) {
        if let Some(e) = lock(&self.conns).open.get_mut(&self.id) {
            e.idle_since = if busy {
                None
            } else {
                Some(std::time::Instant::now())
            };
        }
    }
}

impl Drop for Tracker {
    fn drop(&mut self) {
        lock(&self.conns).open.remove(&self.id);
    }
}

/// Closes the connection that has waited longest for a request; false when every open
/// connection is serving one.
fn evict_longest_idle(conns: &Mutex<Conns>) -> bool {
    let mut c = lock(conns);
    let oldest = c
        .open
        .iter()
        .filter_map(|(id, e)| e.idle_since.map(|t| (t, *id)))
        .min();
    match oldest.and_then(|(_, id)| c.open.remove(&id)) {
        Some(e) => {
            e.close.notify_one();
            true
        }
        None => false,
    }
}

pub(crate) async fn serve(
    listener: TcpListener,
    state: Arc<State>,
    mut stop: watch::Receiver<bool>,
    tls: Option<tokio_rustls::TlsAcceptor>,
) {
    let max = state.limits.max_connections;
    let slots = Arc::new(tokio::sync::Semaphore::new(max));
    let conns = Arc::new(Mutex::new(Conns::default()));
    let mut warned_full = false;
    let mut evicted: u64 = 0;
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = stop.changed() => return,
        };
        let (stream, _) = match accepted {
            Ok(s) => s,
            Err(e) => {
                // Out of file descriptors (EMFILE, ENFILE: the process limit can come
                // before the connection cap): free one as at the cap. Otherwise, and in
                // any case, do not spin.
                let out_of_fds = matches!(e.raw_os_error(), Some(23 | 24));
                if out_of_fds && evict_longest_idle(&conns) {
                    evicted += 1;
                    tracing::debug!(evicted, "out of file descriptors: closed the longest idle");
                } else {
                    tracing::warn!("accept failed: {e}");
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        // At the connection cap, close the connection that has waited longest for a
        // request to make room for this one; when every one is serving a request, this
        // one waits (and the next clients wait in the backlog) until one closes. Said
        // once per episode.
        let permit = match slots.clone().try_acquire_owned() {
            Ok(p) => {
                warned_full = false;
                p
            }
            Err(_) => {
                let made_room = evict_longest_idle(&conns);
                if made_room {
                    evicted += 1;
                }
                if !warned_full {
                    if made_room {
                        tracing::warn!(
                            "{max} connections open (the cap): closing the longest idle ones to make room"
                        );
                    } else {
                        tracing::warn!(
                            "{max} connections open (the cap), all serving a request: new connections wait until one closes"
                        );
                    }
                    warned_full = true;
                }
                tracing::debug!(evicted, "connection cap reached");
                tokio::select! {
                    p = slots.clone().acquire_owned() => match p {
                        Ok(p) => p,
                        Err(_) => return,
                    },
                    _ = stop.changed() => return,
                }
            }
        };
        let _ = stream.set_nodelay(true);
        // A client that reads none of its response is dropped, freeing the response and
        // its connection slot (TLS writes through this too).
        let stream = deadline::WriteDeadline::new(stream, state.limits.body_timeout);
        let state = state.clone();
        let stop = stop.clone();
        let (tracker, close) = Tracker::register(&conns);
        let acceptor = tls.clone();
        tokio::spawn(async move {
            let serve = async {
                match acceptor {
                    None => connection(stream, state, stop, &tracker).await,
                    Some(acceptor) => {
                        let handshake = state.limits.header_timeout;
                        match tokio::time::timeout(handshake, acceptor.accept(stream)).await {
                            Ok(Ok(tls_stream)) => {
                                connection(tls_stream, state, stop, &tracker).await
                            }
                            Ok(Err(e)) => tracing::debug!("TLS handshake failed: {e}"),
                            Err(_) => tracing::debug!("TLS handshake timed out"),
                        }
                    }
                }
            };
            tokio::select! {
                _ = serve => {}
                _ = close.notified() => {
                    tracing::debug!("closed an idle connection to make room at the cap");
                }
            }
            drop(tracker);
            drop(permit);
        });
    }
}

async fn connection<S>(
    stream: S,
    state: Arc<State>,
    mut stop: watch::Receiver<bool>,
    tracker: &Tracker,
) where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let header_timeout = state.limits.header_timeout;
    let svc = service_fn(move |req| {
        let state = state.clone();
        tracker.set_busy(true);
        async move {
            let r = handle(state, req).await;
            tracker.set_busy(false);
            r
        }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(header_timeout)
        .max_header_size(MAX_HEAD)
        .serve_connection(TokioIo::new(stream), svc);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        _ = stop.changed() => {
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        }
    }
}

fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into())
        .map_err(|never: Infallible| match never {})
        .boxed()
}

fn json_response(status: StatusCode, v: &Value) -> Response<Body> {
    let mut r = Response::new(full(v.to_string()));
    *r.status_mut() = status;
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

/// Bytes of a response body sent at a time from a large reply: hyper takes the next
/// piece only when it has room to buffer it, so a client that reads slowly holds a few
/// pieces of copying, not the reply.
const PIECE: usize = 64 * 1024;

/// A response body sent from shared or owned bytes, [`PIECE`] at a time, without copying
/// them; holding, until it is dropped, the share of the memory budget its own bytes took.
struct Pieces {
    parts: std::collections::VecDeque<Bytes>,
    left: u64,
    _held: Option<tokio::sync::OwnedSemaphorePermit>,
}

impl Pieces {
    fn body(parts: Vec<Bytes>, held: Option<tokio::sync::OwnedSemaphorePermit>) -> Body {
        let left = parts.iter().map(|p| p.len() as u64).sum();
        Pieces {
            parts: parts.into(),
            left,
            _held: held,
        }
        .boxed()
    }
}

impl hyper::body::Body for Pieces {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, std::io::Error>>> {
        let this = self.get_mut();
        while let Some(mut part) = this.parts.pop_front() {
            if part.is_empty() {
                continue;
            }
            if part.len() > PIECE {
                this.parts.push_front(part.split_off(PIECE));
            }
            this.left = this.left.saturating_sub(part.len() as u64);
            return std::task::Poll::Ready(Some(Ok(hyper::body::Frame::data(part))));
        }
        std::task::Poll::Ready(None)
    }

    fn is_end_stream(&self) -> bool {
        self.left == 0
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        hyper::body::SizeHint::with_exact(self.left)
    }
}

/// A JSON reply serialised once and shared (an example's, a chosen one): a small one
/// copied with the request id, a large one sent from its shared pieces.
fn template_response(t: &crate::respond::Template, rid: &str) -> Response<Body> {
    let body = if t.len() <= SMALL_BODY {
        full(t.fill(rid))
    } else {
        let (head, tail) = t.pieces();
        Pieces::body(
            vec![head, Bytes::copy_from_slice(rid.as_bytes()), tail],
            None,
        )
    };
    let mut r = Response::new(body);
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

/// A JSON reply serialised for this call (a page of a list): over [`SMALL_BODY`], its
/// bytes are held against the memory budget ([`Builder::body_memory`](crate::Builder::body_memory))
/// until the client has taken them; `None` when the budget cannot give them now.
fn owned_response(state: &State, text: impl Into<Bytes>) -> Option<Response<Body>> {
    let text: Bytes = text.into();
    let body = if text.len() <= SMALL_BODY {
        full(text)
    } else {
        let permits = u32::try_from(text.len()).ok()?;
        let held = state
            .body_budget
            .clone()
            .try_acquire_many_owned(permits)
            .ok()?;
        Pieces::body(vec![text], Some(held))
    };
    let mut r = Response::new(body);
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Some(r)
}

/// 503 `RequestLimitExceeded` (SDKs retry it) when the memory budget is spent.
fn busy() -> Response<Body> {
    let mut r = api_error(
        StatusCode::SERVICE_UNAVAILABLE,
        "RequestLimitExceeded",
        "the emulator holds too many large request or response bodies at once: retry later",
    );
    r.headers_mut()
        .insert(hyper::header::RETRY_AFTER, HeaderValue::from_static("1"));
    r
}

/// An error in Tencent's shape, with a fresh request id.
fn api_error(status: StatusCode, code: &str, message: &str) -> Response<Body> {
    let rid = crate::respond::request_id();
    json_response(status, &crate::ApiError::new(code, message).to_json(&rid))
}

/// 413 for a body over `limit`, declared or sent.
fn too_large(limit: usize) -> Response<Body> {
    api_error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "RequestSizeLimitExceeded",
        &format!("the request body is larger than {limit} bytes"),
    )
}

/// Bytes of [`State::body_budget`] held for one request body.
struct Reserved<'a> {
    budget: &'a tokio::sync::Semaphore,
    permit: Option<tokio::sync::SemaphorePermit<'a>>,
    held: usize,
}

impl Reserved<'_> {
    /// Holds enough for a body of `len` bytes (nothing up to [`SMALL_BODY`]); false when
    /// the budget cannot give it now.
    fn grow_to(&mut self, len: usize) -> bool {
        if len <= SMALL_BODY || len <= self.held {
            return true;
        }
        // In steps, so that a body sent in small chunks takes few permits calls.
        let want = len.next_multiple_of(SMALL_BODY);
        let Ok(more) = u32::try_from(want - self.held) else {
            return false;
        };
        match self.budget.try_acquire_many(more) {
            Ok(p) => {
                match &mut self.permit {
                    Some(held) => held.merge(p),
                    None => self.permit = Some(p),
                }
                self.held = want;
                true
            }
            Err(_) => false,
        }
    }
}

/// What parsing a JSON body costs, about, in bytes: its text, plus 64 for each value or
/// member it can hold (each `[`, `{`, `,` and `:` outside strings). A value takes 32
/// bytes once parsed and a list's buffer up to twice that; a signed 9 MB `[0,0,…]`
/// peaked at +290 MB while it was parsed (4.5 M values: 64 bytes each). Counted in the
/// memory budget instead of the raw bytes, so that the budget weighs what bodies cost.
pub(crate) fn parse_weight(body: &[u8]) -> usize {
    let mut in_string = false;
    let mut escaped = false;
    let mut tokens = 0usize;
    for &b in body {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' | b',' | b':' => tokens += 1,
                _ => {}
            }
        }
    }
    body.len().saturating_add(tokens.saturating_mul(64))
}

/// Why a JSON body is not parsed.
pub(crate) enum Heavy {
    /// Parsing it would take more than the whole budget: 413 `RequestSizeLimitExceeded`.
    TooHeavy(usize),
    /// Not now: 503 `RequestLimitExceeded`, which SDKs retry.
    Busy,
}

impl Heavy {
    /// The error in Tencent's shape.
    pub(crate) fn api_error(&self, state: &State) -> crate::ApiError {
        match self {
            Heavy::TooHeavy(weight) => crate::ApiError::new(
                "RequestSizeLimitExceeded",
                format!(
                    "Parsing this body would take about {weight} bytes, more than the emulator's body memory ({} bytes).",
                    state.limits.body_memory
                ),
            ),
            Heavy::Busy => crate::ApiError::new(
                "RequestLimitExceeded",
                "The emulator holds too many large request bodies at once: retry later.",
            ),
        }
    }
}

/// Holds, for as long as the permit lives, what parsing `body` as JSON costs beyond its
/// text (which [`read_body`] holds already when it is large): called just before a
/// body is parsed, so that bodies refused unparsed (unsigned, say) do not weigh.
pub(crate) fn weigh(
    state: &State,
    body: &[u8],
) -> Result<Option<tokio::sync::OwnedSemaphorePermit>, Heavy> {
    let weight = parse_weight(body);
    if weight <= SMALL_BODY {
        return Ok(None);
    }
    if weight > state.limits.body_memory {
        return Err(Heavy::TooHeavy(weight));
    }
    let extra = weight - body.len();
    if extra == 0 {
        return Ok(None);
    }
    let permits = u32::try_from(extra).map_err(|_| Heavy::TooHeavy(weight))?;
    state
        .body_budget
        .clone()
        .try_acquire_many_owned(permits)
        .map(Some)
        .map_err(|_| Heavy::Busy)
}

/// Why a body was not read.
enum BodyError {
    TooLarge,
    Busy,
    Unreadable,
}

/// Reads a body of at most `limit` bytes (`declared` by its Content-Length, if it has
/// one), holding its size of the body budget. The caller keeps the reservation while
/// it uses the body.
async fn read_body<'a>(
    state: &'a State,
    mut body: Incoming,
    limit: usize,
    declared: Option<u64>,
) -> Result<(Bytes, Reserved<'a>), BodyError> {
    let mut reserved = Reserved {
        budget: &state.body_budget,
        permit: None,
        held: 0,
    };
    let mut buf = Vec::new();
    if let Some(n) = declared {
        let n = usize::try_from(n).unwrap_or(usize::MAX);
        if n > limit {
            return Err(BodyError::TooLarge);
        }
        if !reserved.grow_to(n) {
            return Err(BodyError::Busy);
        }
        buf.reserve_exact(n);
    }
    while let Some(frame) = body.frame().await {
        let Ok(frame) = frame else {
            return Err(BodyError::Unreadable);
        };
        if let Ok(data) = frame.into_data() {
            let len = buf.len() + data.len();
            if len > limit {
                return Err(BodyError::TooLarge);
            }
            if !reserved.grow_to(len) {
                return Err(BodyError::Busy);
            }
            buf.extend_from_slice(&data);
        }
    }
    Ok((Bytes::from(buf), reserved))
}

fn text_response(status: StatusCode, text: &str) -> Response<Body> {
    let mut r = Response::new(full(text.to_owned()));
    *r.status_mut() = status;
    r.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn header<'a>(parts: &'a Parts, name: &str) -> &'a str {
    parts
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

async fn handle(
    state: Arc<State>,
    req: Request<Incoming>,
) -> Result<Response<Body>, std::io::Error> {
    let (parts, body) = req.into_parts();
    let path = parts.uri.path().to_owned();
    // A body declared too large is refused before any of it is read. Only TC3-signed API
    // calls and the emulator's own endpoints take the full 10 MiB.
    let declared = parts
        .headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let limit = if path.starts_with("/_emulator/")
        || (header(&parts, "authorization").starts_with("TC3-HMAC-SHA256") && !is_stand_in(&path))
    {
        MAX_BODY
    } else {
        SMALL_API_BODY
    };
    if path.starts_with("/_emulator/")
        && let Some(refused) = admin::admin_refusal(&state, &parts)
    {
        return Ok(refused);
    }
    let body_timeout = state.limits.body_timeout;
    let (body, _reserved) =
        match tokio::time::timeout(body_timeout, read_body(&state, body, limit, declared)).await {
            Ok(Ok(read)) => read,
            Ok(Err(BodyError::TooLarge)) => return Ok(too_large(limit)),
            Ok(Err(BodyError::Busy)) => return Ok(busy()),
            Ok(Err(BodyError::Unreadable)) => {
                return Ok(api_error(
                    StatusCode::BAD_REQUEST,
                    "InvalidParameter",
                    "the request body could not be read",
                ));
            }
            Err(_) => {
                return Ok(api_error(
                    StatusCode::REQUEST_TIMEOUT,
                    "RequestTimeout",
                    &format!("the request body was not received within {body_timeout:?}"),
                ));
            }
        };
    if let Some(rest) = path.strip_prefix("/_emulator/") {
        return Ok(admin::admin(&state, &parts, rest, &body));
    }
    if path == "/api/org/gen_saml_response" || path == "/api/sts/assume_role_with_saml" {
        let op = path.rsplit('/').next().unwrap_or_default();
        if let Some(faulty) = stand_in_fault(&state, &parts, "tccli-sso", op, Shape::Sso).await {
            return faulty;
        }
        return Ok(sso(&state, &parts, &path, &body));
    }
    if let Some(i) = path.find("/meta-data/cam/security-credentials") {
        let rest = &path[i + "/meta-data/cam/security-credentials".len()..];
        let action = metadata_action(rest);
        let shape = Shape::Metadata;
        if let Some(faulty) = stand_in_fault(&state, &parts, "metadata", &action, shape).await {
            return faulty;
        }
        return Ok(metadata(&state, &parts, rest));
    }
    api(&state, &parts, &body).await
}

/// The SSO and metadata stand-ins' paths.
fn is_stand_in(path: &str) -> bool {
    path == "/api/org/gen_saml_response"
        || path == "/api/sts/assume_role_with_saml"
        || path.contains("/meta-data/cam/security-credentials")
}

fn finish(state: &State, rec: RecordedCall) {
    if state.access_log {
        tracing::info!(
            target: "tc_emulator::access",
            "{} {} {} {}.{} {} {} status={} error={} fault={} rid={}",
            rec.method,
            rec.host,
            rec.algorithm,
            rec.service,
            rec.action,
            rec.version,
            rec.secret_id,
            rec.status,
            rec.error_code.as_deref().unwrap_or("-"),
            rec.fault.as_deref().unwrap_or("-"),
            rec.request_id,
        );
    }
    record(state, rec);
}

fn record(state: &State, mut rec: RecordedCall) {
    rec.seq = state.seq.fetch_add(1, Ordering::Relaxed) + 1;
    lock(&state.log).push(rec);
}
