//! API calls: parse, route, inject faults, verify the signature, validate, reply.

use std::time::Duration;

use bytes::Bytes;
use futures_util::StreamExt as _;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::http::request::Parts;
use hyper::{Response, StatusCode};
use serde_json::Value;

use super::inject::{Shape, fault_kind, fault_response, reset};
use super::parse::{Auth, head, redact, route};
use super::stand_ins::{STS_ISSUERS, STS_UNSIGNED, sts_reply};
use super::{
    Body, busy, finish, header, json_response, lock, now_ms, now_secs, owned_response,
    template_response,
};
use crate::auth;
use crate::canned::{self, Canned};
use crate::error::ApiError;
use crate::faults::{self, Fault};
use crate::respond::{self, Reply};
use crate::validate;
use crate::{RecordedCall, State};

enum Outcome {
    Reply(Reply),
    Error(ApiError),
    Fault(Fault),
}

/// A call being answered: logged when it is, or, when its client goes away first (the
/// future is dropped, as during injected latency), logged as abandoned.
struct Pending<'a> {
    state: &'a State,
    rec: RecordedCall,
    done: bool,
}

impl Pending<'_> {
    fn finish(mut self) {
        self.done = true;
        finish(self.state, std::mem::take(&mut self.rec));
    }
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        if !self.done {
            let mut rec = std::mem::take(&mut self.rec);
            rec.status = 0;
            rec.abandoned = true;
            finish(self.state, rec);
        }
    }
}

pub(super) async fn api(
    state: &State,
    parts: &Parts,
    body: &[u8],
) -> Result<Response<Body>, std::io::Error> {
    let rid = respond::request_id();
    let host = header(parts, "host").to_owned();
    let rec = RecordedCall {
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
        region: String::new(),
        language: String::new(),
        abandoned: false,
        trace_id: header(parts, "x-tc-traceid").chars().take(128).collect(),
    };
    let mut pending = Pending {
        state,
        rec,
        done: false,
    };
    let outcome = process(state, parts, body, &host, &rid, &mut pending.rec).await;
    let rec = &mut pending.rec;
    let resp = match outcome {
        Outcome::Reply(Reply::Json(text)) => match owned_response(state, text) {
            Some(r) => r,
            None => {
                rec.error_code = Some("RequestLimitExceeded".into());
                busy()
            }
        },
        Outcome::Reply(Reply::Template(t)) => template_response(&t, &rid),
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
                    pending.finish();
                    return Err(reset());
                }
            }
        }
    };
    rec.status = resp.status().as_u16();
    pending.finish();
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
    let p = match head(parts, body, rec) {
        Ok(p) => p,
        Err(e) => return Outcome::Error(e),
    };
    rec.action = p.action.clone();
    rec.version = p.version.clone();
    rec.region = p.region.clone();
    rec.language = p.language.clone();
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
    // The site that answers: the international one for `*.intl.tencentcloudapi.com`.
    let site = state.site(host);
    let service = match route(state, site, host, &p) {
        Ok(s) => s,
        Err(e) => return Outcome::Error(e),
    };
    rec.service = service.clone();

    // Faults fire before anything else the server would do.
    let firing = faults::fire(&mut lock(&state.faults), &service, &p.action);
    if firing.latency_ms > 0 {
        // Set first: a call abandoned during the wait is logged with it.
        rec.fault = Some("latency".into());
        tokio::time::sleep(Duration::from_millis(firing.latency_ms)).await;
    }
    if let Some(f) = firing.failure {
        return Outcome::Fault(f);
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
    // Only now, signed: read the parameters, expand form ones, keep them in the log. A
    // JSON body first holds what parsing it costs (a list of small numbers takes 32
    // times its text), until the call is answered.
    let _weight = if p.body_is_json() {
        match super::weigh(state, body) {
            Ok(held) => held,
            Err(e) => return Outcome::Error(e.api_error(state)),
        }
    } else {
        None
    };
    let mut p = p;
    if let Err(e) = p.read_body(parts, body).and_then(|()| p.expand()) {
        return Outcome::Error(e);
    }
    rec.params = redact(&p.params);

    let Some(svc) = site.release.service(&service) else {
        // A service only the other site has: the real API's answer to its actions.
        if state
            .other_site(host)
            .is_some_and(|o| o.release.service(&service).is_some())
        {
            return Outcome::Error(invalid_action(&p.action));
        }
        return Outcome::Error(ApiError::new(
            "InvalidAction",
            format!("Unknown service `{service}`."),
        ));
    };
    let Some(api) = site
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
        return Outcome::Error(invalid_action(&p.action));
    };
    if let (Some(len), Some(input)) = (p.octet_stream, api.input_of(action)) {
        // Header names arrive lower case: give each its member's name.
        let raw = std::mem::take(&mut p.params);
        for (k, v) in raw {
            let name = input
                .members
                .iter()
                .find(|m| m.name.eq_ignore_ascii_case(&k))
                .map_or(k, |m| m.name.clone());
            p.params.insert(name, v);
        }
        rec.params = redact(&p.params);
        if let Value::Object(m) = &mut rec.params {
            m.insert("_octet_stream_bytes".into(), Value::from(len));
        }
    }
    // A region Tencent does not have: the real API's answer.
    if !p.region.is_empty()
        && let Some(known) = &state.regions
        && !known.contains(&p.region)
    {
        let name = if matches!(p.auth, Auth::V1(_)) {
            "Region"
        } else {
            "X-TC-Region"
        };
        return Outcome::Error(ApiError::new(
            "InvalidParameterValue",
            format!(
                "A value specified in `{name}` is not valid, is unsupported, or cannot be used."
            ),
        ));
    }
    if let Some(input) = api.input_of(action)
        && let Err(e) = validate::validate(api, input, &p.params, p.lenient)
    {
        return Outcome::Error(e);
    }
    if state.require_region && p.region.is_empty() {
        return Outcome::Error(ApiError::new(
            "MissingParameter",
            "The request is missing a required parameter `Region`.",
        ));
    }
    let canned = canned::take(&mut lock(&state.responses), &service, &p.action);
    match canned {
        Some(Canned::Response(answer)) => {
            // Paged like an example answer; else the answer serialised once, shared.
            return Outcome::Reply(
                match respond::page(api, action, &answer.response, &p.params) {
                    Some(page) => Reply::Json(respond::wrap(page, rid)),
                    None => Reply::Template(answer.template.clone()),
                },
            );
        }
        Some(Canned::Error(e)) => return Outcome::Error(ApiError::new(e.code, e.message)),
        None => {}
    }
    if service == "sts" && STS_ISSUERS.contains(&p.action.as_str()) {
        let reply = sts_reply(state, &p.action, &p.params, rid);
        return Outcome::Reply(Reply::Json(reply.to_string()));
    }
    Outcome::Reply(respond::reply(&site.replies, api, action, &p.params, rid))
}

/// The real API's answer to an action the service does not have (on this site).
fn invalid_action(action: &str) -> ApiError {
    ApiError::new(
        "InvalidAction",
        format!("The action `{action}` is not valid for this service."),
    )
}
