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
use crate::{LOG_CAPACITY, RecordedCall, State};
use api::api;
use inject::{Shape, stand_in_fault};
use stand_ins::{metadata, metadata_action, sso};

/// Largest request body accepted.
const MAX_BODY: usize = 10 * 1024 * 1024;

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
    loop {
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
                tokio::spawn(connection(stream, state, stop));
            }
            Some(acceptor) => {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    match acceptor.accept(stream).await {
                        Ok(tls_stream) => connection(tls_stream, state, stop).await,
                        Err(e) => tracing::debug!("TLS handshake failed: {e}"),
                    }
                });
            }
        }
    }
}

async fn connection<S>(stream: S, state: Arc<State>, mut stop: watch::Receiver<bool>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let svc = service_fn(move |req| handle(state.clone(), req));
    let conn =
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc);
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
    let body = match Limited::new(body, MAX_BODY).collect().await {
        Ok(c) => c.to_bytes(),
        Err(_) => {
            return Ok(text_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                "request body too large or unreadable",
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
    let mut log = lock(&state.log);
    if log.len() >= LOG_CAPACITY {
        log.pop_front();
    }
    log.push_back(rec);
}
