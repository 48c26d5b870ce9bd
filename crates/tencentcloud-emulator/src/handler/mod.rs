//! The HTTP side: accept loop, request handling, admin endpoints and stand-ins.
//!
//! API calls are in `api` (reading a request in `parse`), the credential stand-ins in
//! `stand_ins`, the injected failures in `inject`.

mod api;
mod inject;
mod parse;
mod stand_ins;

use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, Limited};
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

/// Largest request body accepted.
const MAX_BODY: usize = 10 * 1024 * 1024;

/// Default: how long a client may take to send a request's headers, and to start the next
/// request on a kept-alive connection (idle): slow or silent clients are disconnected.
pub(crate) const HEADER_TIMEOUT: Duration = Duration::from_secs(30);

/// Default: how long a client may take to send a request's body.
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

pub(crate) async fn serve(
    listener: TcpListener,
    state: Arc<State>,
    mut stop: watch::Receiver<bool>,
    tls: Option<tokio_rustls::TlsAcceptor>,
) {
    let max = state.limits.max_connections;
    let slots = Arc::new(tokio::sync::Semaphore::new(max));
    let mut warned_full = false;
    loop {
        // At the connection cap, stop accepting (new clients wait in the backlog) until
        // one closes; say so once per episode.
        let permit = match slots.clone().try_acquire_owned() {
            Ok(p) => {
                warned_full = false;
                p
            }
            Err(_) => {
                if !warned_full {
                    tracing::warn!(
                        "{max} connections open (the cap): new connections wait until one closes"
                    );
                    warned_full = true;
                }
                tokio::select! {
                    p = slots.clone().acquire_owned() => match p {
                        Ok(p) => p,
                        Err(_) => return,
                    },
                    _ = stop.changed() => return,
                }
            }
        };
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = stop.changed() => return,
        };
        let (stream, _) = match accepted {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!("accept failed: {e}");
                // Out of file descriptors and the like: do not spin.
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        let stop = stop.clone();
        match &tls {
            None => {
                tokio::spawn(async move {
                    connection(stream, state, stop).await;
                    drop(permit);
                });
            }
            Some(acceptor) => {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let handshake = state.limits.header_timeout;
                    match tokio::time::timeout(handshake, acceptor.accept(stream)).await {
                        Ok(Ok(tls_stream)) => connection(tls_stream, state, stop).await,
                        Ok(Err(e)) => tracing::debug!("TLS handshake failed: {e}"),
                        Err(_) => tracing::debug!("TLS handshake timed out"),
                    }
                    drop(permit);
                });
            }
        }
    }
}

async fn connection<S>(stream: S, state: Arc<State>, mut stop: watch::Receiver<bool>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let header_timeout = state.limits.header_timeout;
    let svc = service_fn(move |req| handle(state.clone(), req));
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(header_timeout)
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

/// An error in Tencent's shape, with a fresh request id.
fn api_error(status: StatusCode, code: &str, message: &str) -> Response<Body> {
    let rid = crate::respond::request_id();
    json_response(status, &crate::ApiError::new(code, message).to_json(&rid))
}

/// 413 for a body over [`MAX_BODY`], declared or sent.
fn too_large() -> Response<Body> {
    api_error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "RequestSizeLimitExceeded",
        &format!("the request body is larger than {MAX_BODY} bytes"),
    )
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
    // A body declared too large is refused before any of it is read.
    let declared = parts
        .headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return Ok(too_large());
    }
    let body_timeout = state.limits.body_timeout;
    let body =
        match tokio::time::timeout(body_timeout, Limited::new(body, MAX_BODY).collect()).await {
            Ok(Ok(c)) => c.to_bytes(),
            Ok(Err(e))
                if e.downcast_ref::<http_body_util::LengthLimitError>()
                    .is_some() =>
            {
                return Ok(too_large());
            }
            Ok(Err(_)) => {
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
    let path = parts.uri.path().to_owned();
    if let Some(rest) = path.strip_prefix("/_emulator/") {
        return Ok(admin(&state, &parts, rest, &body));
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

// ---------------------------------------------------------------------------------------
// Admin endpoints

fn admin(state: &State, parts: &Parts, rest: &str, body: &[u8]) -> Response<Body> {
    let method = parts.method.as_str();
    match (rest.trim_end_matches('/'), method) {
        ("requests", "GET") => {
            let log = lock(&state.log);
            let list: Vec<&RecordedCall> = log.iter().collect();
            json_response(
                StatusCode::OK,
                &serde_json::to_value(list).unwrap_or(Value::Null),
            )
        }
        ("requests", "DELETE") => {
            lock(&state.log).clear();
            json_response(StatusCode::OK, &json!({"cleared": true}))
        }
        ("faults", "GET") => json_response(
            StatusCode::OK,
            &serde_json::to_value(&*lock(&state.faults)).unwrap_or(Value::Null),
        ),
        ("faults", "DELETE") => {
            lock(&state.faults).clear();
            json_response(StatusCode::OK, &json!({"cleared": true}))
        }
        ("faults", "PUT" | "POST") => {
            let text = String::from_utf8_lossy(body);
            match faults::parse_rules(&text) {
                Ok(rules) => {
                    let mut f = lock(&state.faults);
                    let kept = if method == "PUT" { 0 } else { f.len() };
                    if kept + rules.len() > faults::MAX_FAULT_RULES {
                        return json_response(
                            StatusCode::BAD_REQUEST,
                            &json!({"error": format!("at most {} fault rules", faults::MAX_FAULT_RULES)}),
                        );
                    }
                    if method == "PUT" {
                        *f = rules;
                    } else {
                        f.extend(rules);
                    }
                    json_response(StatusCode::OK, &json!({"rules": f.len()}))
                }
                Err(e) => json_response(StatusCode::BAD_REQUEST, &json!({"error": e})),
            }
        }
        ("responses", "GET") => json_response(
            StatusCode::OK,
            &serde_json::to_value(&*lock(&state.responses)).unwrap_or(Value::Null),
        ),
        ("responses", "DELETE") => {
            lock(&state.responses).clear();
            json_response(StatusCode::OK, &json!({"cleared": true}))
        }
        ("responses", "PUT" | "POST") => {
            let text = String::from_utf8_lossy(body);
            match canned::parse_rules(&text) {
                Ok(rules) => {
                    let mut r = lock(&state.responses);
                    if method == "PUT" {
                        *r = rules;
                    } else if r.len() + rules.len() > canned::MAX_RULES {
                        return json_response(
                            StatusCode::BAD_REQUEST,
                            &json!({"error": format!("at most {} responses", canned::MAX_RULES)}),
                        );
                    } else {
                        r.extend(rules);
                    }
                    json_response(StatusCode::OK, &json!({"responses": r.len()}))
                }
                Err(e) => json_response(StatusCode::BAD_REQUEST, &json!({"error": e})),
            }
        }
        ("health", "GET") => text_response(StatusCode::OK, "ok"),
        _ => json_response(
            StatusCode::NOT_FOUND,
            &json!({"error": "unknown emulator endpoint: try GET /_emulator/requests, /_emulator/faults or /_emulator/responses"}),
        ),
    }
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
