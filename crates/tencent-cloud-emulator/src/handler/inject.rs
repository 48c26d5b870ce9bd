//! Injected failures: the responses faults make, shaped like each endpoint's errors.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderValue};
use hyper::http::request::Parts;
use hyper::{Response, StatusCode};
use serde_json::{Value, json};

use super::{Body, finish, full, header, json_response, lock, now_ms};
use crate::RecordedCall;
use crate::State;
use crate::error::ApiError;
use crate::faults::{self, Fault};
use crate::respond;

/// How an endpoint words its errors.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Shape {
    /// The API: `{"Response": {"Error": {...}, "RequestId"}}`.
    Api,
    /// The tccli SSO endpoints: `{"Error": {...}}`.
    Sso,
    /// The CVM metadata server: plain HTTP statuses.
    Metadata,
}

pub(super) fn reset() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::ConnectionReset,
        "connection reset (injected fault)",
    )
}

/// The response an injected failure makes, with the error code it answers; `None` for a
/// connection reset (no response at all).
pub(super) fn fault_response(
    f: &Fault,
    rid: &str,
    shape: Shape,
) -> Option<(Response<Body>, Option<String>)> {
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
pub(super) async fn stand_in_fault(
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
        region: String::new(),
        language: String::new(),
        abandoned: false,
        trace_id: header(parts, "x-tc-traceid").chars().take(128).collect(),
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

pub(super) fn fault_kind(f: &Fault) -> &'static str {
    match f {
        Fault::Latency { .. } => "latency",
        Fault::HttpStatus { .. } => "http_status",
        Fault::ConnectionReset => "connection_reset",
        Fault::TruncatedBody => "truncated_body",
        Fault::RequestLimitExceeded => "request_limit_exceeded",
        Fault::InternalError => "internal_error",
    }
}
