//! The HTTP side: accept loop, request handling, admin endpoints and stand-ins.

use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use futures_util::StreamExt as _;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, Limited, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use hyper::http::request::Parts;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value, json};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::auth::{self, Known};
use crate::error::ApiError;
use crate::faults::{self, Fault};
use crate::respond::{self, Reply};
use crate::validate;
use crate::{LOG_CAPACITY, RecordedCall, State};

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
        ("health", "GET") => text_response(StatusCode::OK, "ok"),
        _ => json_response(
            StatusCode::NOT_FOUND,
            &json!({"error": "unknown emulator endpoint: try GET /_emulator/requests or /_emulator/faults"}),
        ),
    }
}

// ---------------------------------------------------------------------------------------
// Credential stand-ins

fn random_alnum(n: usize) -> String {
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    (0..n)
        .map(|_| CHARS[rand::random::<usize>() % CHARS.len()] as char)
        .collect()
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
fn iso8601(ts: i64) -> String {
    let date = tencentcloud_core::sign::utc_date(ts).unwrap_or_else(|_| "1970-01-01".into());
    let s = ts.rem_euclid(86_400);
    format!("{date}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// Issues temporary credentials the emulator accepts from now on.
fn issue(state: &State, duration: i64) -> (Value, i64) {
    let id = format!("AKIDtmp{}", random_alnum(25));
    let key = random_alnum(32);
    let token = random_alnum(64);
    add_credential(state, id.clone(), key.clone(), Some(token.clone()));
    let expires = now_secs() + duration;
    (
        json!({"TmpSecretId": id, "TmpSecretKey": key, "Token": token}),
        expires,
    )
}

/// The action name a metadata path is recorded (and matched by fault rules) under:
/// `cam/security-credentials` for the role listing, `cam/security-credentials/<role>`.
fn metadata_action(rest: &str) -> String {
    let role = rest.trim_matches('/');
    if role.is_empty() {
        "cam/security-credentials".into()
    } else {
        format!("cam/security-credentials/{role}")
    }
}

fn metadata(state: &State, parts: &Parts, rest: &str) -> Response<Body> {
    if parts.method != hyper::Method::GET {
        return text_response(StatusCode::METHOD_NOT_ALLOWED, "GET only");
    }
    let role = rest.trim_matches('/');
    let resp = if role.is_empty() {
        text_response(StatusCode::OK, &state.role_name)
    } else if role == state.role_name {
        let (c, expires) = issue(state, 7200);
        let mut v = c;
        if let Value::Object(m) = &mut v {
            m.insert("ExpiredTime".into(), json!(expires));
            m.insert("Expiration".into(), json!(iso8601(expires)));
            m.insert("Code".into(), json!("Success"));
        }
        json_response(StatusCode::OK, &v)
    } else {
        text_response(StatusCode::NOT_FOUND, "role not found")
    };
    record(
        state,
        RecordedCall {
            seq: 0,
            time_ms: now_ms(),
            method: "GET".into(),
            host: header(parts, "host").into(),
            service: "metadata".into(),
            version: String::new(),
            action: metadata_action(rest),
            algorithm: String::new(),
            secret_id: String::new(),
            params: Value::Null,
            status: resp.status().as_u16(),
            error_code: None,
            request_id: String::new(),
            fault: None,
        },
    );
    resp
}

/// The tccli SSO endpoints (`tccli/sso.py`): `gen_saml_response` trades a login token
/// for a SAML assertion, `assume_role_with_saml` trades an assertion issued here for
/// temporary credentials. Errors come as `{"Error": {"Code", "Message"}}`.
fn sso(state: &State, parts: &Parts, path: &str, body: &[u8]) -> Response<Body> {
    let op = path.rsplit('/').next().unwrap_or(path).to_owned();
    let fail = |code: &str, msg: &str| {
        json_response(
            StatusCode::OK,
            &json!({"Error": {"Code": code, "Message": msg}}),
        )
    };
    let req = match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => m,
        _ => {
            return fail(
                "InvalidParameter",
                "The request body must be a JSON object.",
            );
        }
    };
    let text = |k: &str| req.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let resp = if parts.method != hyper::Method::POST {
        text_response(StatusCode::METHOD_NOT_ALLOWED, "POST only")
    } else if op == "gen_saml_response" {
        if text("LoginToken").is_empty() {
            fail("AuthFailure.LoginTokenInvalid", "LoginToken is missing.")
        } else {
            let assertion = base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                format!("<samlp:Response ID=\"{}\"/>", random_alnum(24)),
            );
            lock(&state.saml).insert(assertion.clone());
            json_response(
                StatusCode::OK,
                &json!({"SAMLResponse": assertion, "RequestId": respond::request_id()}),
            )
        }
    } else if !lock(&state.saml).remove(&text("SAMLAssertion")) {
        fail(
            "InvalidParameter.SAMLAssertion",
            "The SAML assertion was not issued by this emulator, or was used already.",
        )
    } else if text("RoleArn").is_empty() || text("PrincipalArn").is_empty() {
        fail("MissingParameter", "RoleArn and PrincipalArn are required.")
    } else {
        let duration = req
            .get("DurationSeconds")
            .and_then(Value::as_i64)
            .filter(|d| (1..=43_200).contains(d))
            .unwrap_or(7200);
        let (creds, expires) = issue(state, duration);
        json_response(
            StatusCode::OK,
            &json!({"Credentials": creds, "ExpiredTime": expires, "Expiration": iso8601(expires), "RequestId": respond::request_id()}),
        )
    };
    record(
        state,
        RecordedCall {
            seq: 0,
            time_ms: now_ms(),
            method: parts.method.as_str().to_owned(),
            host: header(parts, "host").into(),
            service: "tccli-sso".into(),
            version: String::new(),
            action: op,
            algorithm: String::new(),
            secret_id: String::new(),
            params: Value::Null,
            status: resp.status().as_u16(),
            error_code: None,
            request_id: String::new(),
            fault: None,
        },
    );
    resp
}

/// STS actions answered with credentials the emulator accepts.
const STS_ISSUERS: &[&str] = &[
    "AssumeRole",
    "AssumeRoleWithWebIdentity",
    "AssumeRoleWithSAML",
    "GetFederationToken",
];
/// STS actions callable without a signature (`Authorization: SKIP`).
const STS_UNSIGNED: &[&str] = &["AssumeRoleWithWebIdentity", "AssumeRoleWithSAML"];

fn sts_reply(state: &State, action: &str, params: &Map<String, Value>, rid: &str) -> Value {
    let duration = params
        .get("DurationSeconds")
        .and_then(|v| {
            v.as_i64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        })
        .filter(|d| (1..=43_200).contains(d))
        .unwrap_or(if action == "GetFederationToken" {
            1800
        } else {
            7200
        });
    let (creds, expires) = issue(state, duration);
    json!({"Response": {
        "Credentials": creds,
        "ExpiredTime": expires,
        "Expiration": iso8601(expires),
        "RequestId": rid,
    }})
}

// ---------------------------------------------------------------------------------------
// API calls

use tencentcloud_spec::COMMON_PARAMS;

/// Decodes `application/x-www-form-urlencoded` text (also a query string).
fn decode_form(text: &str) -> Result<Vec<(String, String)>, ApiError> {
    let mut out = Vec::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let dec = |s: &str| {
            percent_encoding::percent_decode_str(&s.replace('+', " "))
                .decode_utf8()
                .map(|c| c.into_owned())
                .map_err(|_| {
                    ApiError::new(
                        "InvalidParameter",
                        "A parameter is not valid UTF-8 once decoded.",
                    )
                })
        };
        out.push((dec(k)?, dec(v)?));
    }
    Ok(out)
}

fn redact(params: &Map<String, Value>) -> Value {
    let mut out = Map::new();
    for (k, v) in params {
        let lower = k.to_ascii_lowercase();
        let secret = [
            "token",
            "secret",
            "password",
            "samlassertion",
            "principalarn",
        ]
        .iter()
        .any(|s| lower.contains(s));
        out.insert(
            k.clone(),
            if secret {
                Value::from("<redacted>")
            } else {
                v.clone()
            },
        );
    }
    Value::Object(out)
}

enum Auth {
    Tc3,
    Skip,
    V1(Vec<(String, String)>),
}

struct Parsed {
    auth: Auth,
    action: String,
    version: String,
    params: Map<String, Value>,
    lenient: bool,
    scope_service: Option<String>,
}

fn parse(parts: &Parts, body: &[u8], rec: &mut RecordedCall) -> Result<Parsed, ApiError> {
    let authorization = header(parts, "authorization");
    let query = parts.uri.query().unwrap_or("");
    let content_type = header(parts, "content-type").to_ascii_lowercase();
    let is_post = parts.method == hyper::Method::POST;
    if authorization.starts_with("TC3-HMAC-SHA256") || authorization == "SKIP" {
        let tc3 = authorization != "SKIP";
        rec.algorithm = if tc3 { "TC3-HMAC-SHA256" } else { "SKIP" }.into();
        let scope_service = if tc3 {
            let parsed =
                tencentcloud_core::sign::tc3::parse_authorization(authorization).map_err(|_| {
                    ApiError::new(
                        "AuthFailure.InvalidAuthorization",
                        "The Authorization header is malformed.",
                    )
                })?;
            rec.secret_id = parsed.secret_id.to_owned();
            Some(parsed.service.to_owned())
        } else {
            None
        };
        let (params, lenient) = if !is_post {
            (validate::unflatten(&decode_form(query)?)?, true)
        } else if content_type.starts_with("application/x-www-form-urlencoded") {
            let text = std::str::from_utf8(body)
                .map_err(|_| ApiError::new("InvalidParameter", "The form body is not UTF-8."))?;
            (validate::unflatten(&decode_form(text)?)?, true)
        } else if body.iter().all(u8::is_ascii_whitespace) {
            (Map::new(), false)
        } else {
            match serde_json::from_slice::<Value>(body) {
                Ok(Value::Object(m)) => (m, false),
                Ok(_) => {
                    return Err(ApiError::new(
                        "InvalidParameter",
                        "The request body must be a JSON object.",
                    ));
                }
                Err(e) => {
                    return Err(ApiError::new(
                        "InvalidParameter",
                        format!("The request body is not valid JSON: {e}."),
                    ));
                }
            }
        };
        return Ok(Parsed {
            auth: if tc3 { Auth::Tc3 } else { Auth::Skip },
            action: header(parts, "x-tc-action").to_owned(),
            version: header(parts, "x-tc-version").to_owned(),
            params,
            lenient,
            scope_service,
        });
    }
    let text = if is_post {
        std::str::from_utf8(body)
            .map_err(|_| ApiError::new("InvalidParameter", "The form body is not UTF-8."))?
    } else {
        query
    };
    let pairs = decode_form(text)?;
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    if !pairs.iter().any(|(k, _)| k == "Signature") {
        return Err(ApiError::new(
            "AuthFailure.InvalidAuthorization",
            "The request is not signed: send a TC3-HMAC-SHA256 Authorization header or v1 Signature parameters.",
        ));
    }
    rec.algorithm = match get("SignatureMethod").as_str() {
        "" => "HmacSHA1".into(),
        other => other.to_owned(),
    };
    rec.secret_id = get("SecretId");
    let action = get("Action");
    let version = get("Version");
    let members: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, _)| !COMMON_PARAMS.contains(&k.as_str()))
        .cloned()
        .collect();
    Ok(Parsed {
        auth: Auth::V1(pairs),
        action,
        version,
        params: validate::unflatten(&members)?,
        lenient: true,
        scope_service: None,
    })
}

fn route(state: &State, host: &str, p: &Parsed) -> Result<String, ApiError> {
    let bare = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    if let Some(prefix) = bare
        .to_ascii_lowercase()
        .strip_suffix(".tencentcloudapi.com")
        && let Some(svc) = prefix.split('.').next()
        && state.release.service(svc).is_some()
    {
        return Ok(svc.to_owned());
    }
    if let Some(svc) = &p.scope_service
        && state.release.service(svc).is_some()
    {
        return Ok(svc.clone());
    }
    if let Some(candidates) = state.by_version.get(&p.version) {
        let having: Vec<&String> = candidates
            .iter()
            .filter(|s| {
                state
                    .versions
                    .get(&((*s).clone(), p.version.clone()))
                    .and_then(|k| state.release.service(s)?.versions.get(k))
                    .is_some_and(|api| api.action(&p.action).is_some())
            })
            .collect();
        if having.len() == 1 {
            return Ok(having[0].clone());
        }
        if let Some(d) = &state.service_default
            && having.contains(&d)
        {
            return Ok(d.clone());
        }
    }
    if let Some(d) = &state.service_default {
        return Ok(d.clone());
    }
    Err(ApiError::new(
        "InvalidAction",
        format!(
            "Cannot tell which service action `{}` of version `{}` belongs to: send Host <service>.tencentcloudapi.com or start the emulator with a default service.",
            p.action, p.version
        ),
    ))
}

enum Outcome {
    Reply(Reply),
    Error(ApiError),
    Fault(Fault),
}

async fn api(state: &State, parts: &Parts, body: &[u8]) -> Result<Response<Body>, std::io::Error> {
    let rid = respond::request_id();
    let host = header(parts, "host").to_owned();
    let mut rec = RecordedCall {
        seq: 0,
        time_ms: now_ms(),
        method: parts.method.as_str().to_owned(),
        host: host.clone(),
        service: String::new(),
        version: String::new(),
        action: String::new(),
        algorithm: String::new(),
        secret_id: String::new(),
        params: Value::Null,
        status: 200,
        error_code: None,
        request_id: rid.clone(),
        fault: None,
    };
    let outcome = process(state, parts, body, &host, &rid, &mut rec).await;
    let resp = match outcome {
        Outcome::Reply(Reply::Json(text)) => {
            let mut r = Response::new(full(text));
            r.headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            r
        }
        Outcome::Reply(Reply::EventStream(events)) => event_stream(events, state.stream_interval),
        Outcome::Error(e) => {
            rec.error_code = Some(e.code.clone());
            json_response(StatusCode::OK, &e.to_json(&rid))
        }
        Outcome::Fault(f) => {
            rec.fault = Some(fault_kind(&f).to_owned());
            match fault_response(&f, &rid, Shape::Api) {
                Some((resp, code)) => {
                    rec.error_code = code;
                    resp
                }
                None => {
                    rec.status = 0;
                    finish(state, rec);
                    return Err(reset());
                }
            }
        }
    };
    rec.status = resp.status().as_u16();
    finish(state, rec);
    let mut resp = resp;
    if let Ok(v) = HeaderValue::from_str(&rid) {
        resp.headers_mut().insert("x-tc-requestid", v);
    }
    Ok(resp)
}

/// A `text/event-stream` response sending each event as its own chunk, `interval` apart
/// (as a model streams its tokens), so clients see the first event before the last.
fn event_stream(events: Vec<Value>, interval: Duration) -> Response<Body> {
    let frames = futures_util::stream::iter(events.into_iter().enumerate()).then(
        move |(i, event)| async move {
            if i > 0 && !interval.is_zero() {
                tokio::time::sleep(interval).await;
            }
            let data = match event {
                Value::String(s) => s,
                other => other.to_string(),
            };
            let mut text = String::new();
            for line in data.lines() {
                text.push_str("data: ");
                text.push_str(line);
                text.push('\n');
            }
            text.push('\n');
            Ok::<_, std::io::Error>(Frame::data(Bytes::from(text)))
        },
    );
    let mut r = Response::new(BodyExt::boxed(StreamBody::new(frames)));
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    r
}

/// How an endpoint words its errors.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// The API: `{"Response": {"Error": {...}, "RequestId"}}`.
    Api,
    /// The tccli SSO endpoints: `{"Error": {...}}`.
    Sso,
    /// The CVM metadata server: plain HTTP statuses.
    Metadata,
}

fn reset() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::ConnectionReset,
        "connection reset (injected fault)",
    )
}

/// The response an injected failure makes, with the error code it answers; `None` for a
/// connection reset (no response at all).
fn fault_response(f: &Fault, rid: &str, shape: Shape) -> Option<(Response<Body>, Option<String>)> {
    let status_page = |code: StatusCode| {
        let mut r = Response::new(full(format!(
            "<html><body><h1>{code}</h1>injected by tc-emulator</body></html>"
        )));
        *r.status_mut() = code;
        r.headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("text/html"));
        r
    };
    let resp = match f {
        Fault::HttpStatus { status } => {
            status_page(StatusCode::from_u16(*status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE))
        }
        Fault::RequestLimitExceeded | Fault::InternalError => {
            let e = if matches!(f, Fault::InternalError) {
                ApiError::new(
                    "InternalError",
                    "An internal error has occurred (injected by tc-emulator).",
                )
            } else {
                ApiError::new(
                    "RequestLimitExceeded",
                    "Your request frequency is too high (injected by tc-emulator).",
                )
            };
            let resp = match shape {
                Shape::Api => json_response(StatusCode::OK, &e.to_json(rid)),
                Shape::Sso => json_response(
                    StatusCode::OK,
                    &json!({"Error": {"Code": e.code, "Message": e.message}}),
                ),
                Shape::Metadata if matches!(f, Fault::InternalError) => {
                    status_page(StatusCode::INTERNAL_SERVER_ERROR)
                }
                Shape::Metadata => status_page(StatusCode::TOO_MANY_REQUESTS),
            };
            return Some((resp, Some(e.code)));
        }
        Fault::ConnectionReset => return None,
        Fault::TruncatedBody => {
            let full_body = match shape {
                Shape::Api => json!({"Response": {"RequestId": rid, "Truncated": "this body is cut short by tc-emulator"}}),
                Shape::Sso | Shape::Metadata => json!({"Truncated": "this body is cut short by tc-emulator"}),
            }
            .to_string();
            let half = Bytes::from(full_body.as_bytes()[..full_body.len() / 2].to_vec());
            let frames: Vec<Result<Frame<Bytes>, std::io::Error>> = vec![
                Ok(Frame::data(half)),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionAborted,
                    "truncated body (injected fault)",
                )),
            ];
            let mut r = Response::new(BodyExt::boxed(StreamBody::new(futures_util::stream::iter(
                frames,
            ))));
            r.headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            r.headers_mut()
                .insert(CONTENT_LENGTH, HeaderValue::from(full_body.len()));
            r
        }
        Fault::Latency { .. } => json_response(StatusCode::OK, &json!({})),
    };
    Some((resp, None))
}

/// Faults for a credential stand-in: only rules that name its service (`metadata`,
/// `tccli-sso`) apply, so that a rule meant for the API leaves credentials alone.
async fn stand_in_fault(
    state: &State,
    parts: &Parts,
    service: &str,
    action: &str,
    shape: Shape,
) -> Option<Result<Response<Body>, std::io::Error>> {
    let firing = {
        let mut rules = lock(&state.faults);
        faults::fire_named(&mut rules, service, action)
    };
    if firing.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(firing.latency_ms)).await;
    }
    let f = firing.failure?;
    let rid = respond::request_id();
    let mut rec = RecordedCall {
        seq: 0,
        time_ms: now_ms(),
        method: parts.method.as_str().to_owned(),
        host: header(parts, "host").into(),
        service: service.into(),
        version: String::new(),
        action: action.into(),
        algorithm: String::new(),
        secret_id: String::new(),
        params: Value::Null,
        status: 0,
        error_code: None,
        request_id: rid.clone(),
        fault: Some(fault_kind(&f).to_owned()),
    };
    let out = match fault_response(&f, &rid, shape) {
        Some((resp, code)) => {
            rec.status = resp.status().as_u16();
            rec.error_code = code;
            Ok(resp)
        }
        None => Err(reset()),
    };
    finish(state, rec);
    Some(out)
}

fn fault_kind(f: &Fault) -> &'static str {
    match f {
        Fault::Latency { .. } => "latency",
        Fault::HttpStatus { .. } => "http_status",
        Fault::ConnectionReset => "connection_reset",
        Fault::TruncatedBody => "truncated_body",
        Fault::RequestLimitExceeded => "request_limit_exceeded",
        Fault::InternalError => "internal_error",
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

async fn process(
    state: &State,
    parts: &Parts,
    body: &[u8],
    host: &str,
    rid: &str,
    rec: &mut RecordedCall,
) -> Outcome {
    if parts.method != hyper::Method::POST && parts.method != hyper::Method::GET {
        return Outcome::Error(ApiError::new(
            "UnsupportedProtocol",
            "Only POST and GET are supported.",
        ));
    }
    let p = match parse(parts, body, rec) {
        Ok(p) => p,
        Err(e) => return Outcome::Error(e),
    };
    rec.action = p.action.clone();
    rec.version = p.version.clone();
    rec.params = redact(&p.params);
    if p.action.is_empty() {
        return Outcome::Error(ApiError::new(
            "MissingParameter",
            "The request is missing the action (X-TC-Action header or Action parameter).",
        ));
    }
    if p.version.is_empty() {
        return Outcome::Error(ApiError::new(
            "MissingParameter",
            "The request is missing the version (X-TC-Version header or Version parameter).",
        ));
    }
    let service = match route(state, host, &p) {
        Ok(s) => s,
        Err(e) => return Outcome::Error(e),
    };
    rec.service = service.clone();

    // Faults fire before anything else the server would do.
    let firing = faults::fire(&mut lock(&state.faults), &service, &p.action);
    if firing.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(firing.latency_ms)).await;
    }
    if let Some(f) = firing.failure {
        return Outcome::Fault(f);
    }
    if firing.latency_ms > 0 {
        rec.fault = Some("latency".into());
    }

    let now = now_secs();
    let verified = {
        let store = state.credentials.read().unwrap_or_else(|e| e.into_inner());
        match &p.auth {
            Auth::Tc3 => auth::verify_tc3(
                &store,
                &auth::Tc3Request {
                    method: parts.method.as_str(),
                    path: parts.uri.path(),
                    query: parts.uri.query().unwrap_or(""),
                    headers: &parts.headers,
                    body,
                    authorization: header(parts, "authorization"),
                },
                now,
            )
            .map(|_| ()),
            Auth::Skip => {
                if service == "sts" && STS_UNSIGNED.contains(&p.action.as_str()) {
                    Ok(())
                } else {
                    Err(ApiError::new(
                        "AuthFailure.InvalidAuthorization",
                        "Only STS AssumeRoleWithWebIdentity and AssumeRoleWithSAML may be called unsigned.",
                    ))
                }
            }
            Auth::V1(pairs) => auth::verify_v1(
                &store,
                parts.method.as_str(),
                host,
                parts.uri.path(),
                pairs,
                now,
            ),
        }
    };
    if let Err(e) = verified {
        return Outcome::Error(e);
    }

    let Some(svc) = state.release.service(&service) else {
        return Outcome::Error(ApiError::new(
            "InvalidAction",
            format!("Unknown service `{service}`."),
        ));
    };
    let Some(api) = state
        .versions
        .get(&(service.clone(), p.version.clone()))
        .and_then(|k| svc.versions.get(k))
    else {
        return Outcome::Error(ApiError::new(
            "NoSuchVersion",
            format!(
                "The requested version `{}` of service `{service}` does not exist.",
                p.version
            ),
        ));
    };
    let Some(action) = api.action(&p.action).filter(|a| a.status.is_callable()) else {
        return Outcome::Error(ApiError::new(
            "InvalidAction",
            format!("The action `{}` is not valid for this service.", p.action),
        ));
    };
    if let Some(input) = api.input_of(action)
        && let Err(e) = validate::validate(api, input, &p.params, p.lenient)
    {
        return Outcome::Error(e);
    }
    if service == "sts" && STS_ISSUERS.contains(&p.action.as_str()) {
        let reply = sts_reply(state, &p.action, &p.params, rid);
        return Outcome::Reply(Reply::Json(reply.to_string()));
    }
    Outcome::Reply(respond::reply(&state.replies, api, action, &p.params, rid))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_decoding() {
        let p = decode_form("A=1&B=x%20y+z&C&D=%E4%B8%AD").expect("decode");
        assert_eq!(
            p,
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "x y z".into()),
                ("C".into(), "".into()),
                ("D".into(), "中".into()),
            ]
        );
        assert!(decode_form("A=%FF").is_err());
    }

    #[test]
    fn iso_dates() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(1_700_000_000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn redaction() {
        let mut m = Map::new();
        m.insert("WebIdentityToken".into(), json!("secret"));
        m.insert("Limit".into(), json!(1));
        let r = redact(&m);
        assert_eq!(r["WebIdentityToken"], "<redacted>");
        assert_eq!(r["Limit"], 1);
    }
}
