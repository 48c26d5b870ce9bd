//! The retry loop and one signed attempt: signing, sending, reading the answer.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use futures_util::StreamExt as _;
use http_body_util::BodyExt as _;
use hyper::header::{CONTENT_TYPE, HOST, HeaderMap, HeaderName, HeaderValue};
use tracing::Instrument as _;
use tracing::field::Empty;

use super::response::parse_response;
use super::{BodyType, CallOptions, Client, Outcome, Prepared, RequestSpec, Want};
use crate::config::{REQUEST_CLIENT, ResolvedEndpoint};
use crate::credential::Credential;
use crate::error::Error;
use crate::http::SendError;
use crate::retry::{has_client_token, random_u64, retry_reason};
use crate::sign::{self, Algorithm, tc3, v1};
use crate::sse::{Event, EventStream};

impl Client {
    pub(super) async fn execute(
        &self,
        spec: &RequestSpec<'_>,
        options: &CallOptions,
        body_type: BodyType,
        body: Bytes,
        want: Want,
    ) -> Result<Outcome, Error> {
        let cfg = &self.inner.config;
        let region = options
            .region
            .as_deref()
            .or(spec.region)
            .or(cfg.region.as_deref())
            .filter(|r| !r.is_empty());
        // One span per call; its result fields are recorded once, at the end.
        let span = tracing::info_span!(
            "tencentcloud.request",
            service = spec.service,
            action = spec.action,
            version = spec.version,
            region = region.unwrap_or(""),
            attempts = Empty,
            status = Empty,
            request_id = Empty,
            latency_ms = Empty,
        );
        let started = Instant::now();
        let (result, attempts, status, request_id) = self
            .execute_attempts(spec, options, region, body_type, body, want, started)
            .instrument(span.clone())
            .await;
        span.record("attempts", attempts);
        span.record("latency_ms", started.elapsed().as_millis() as u64);
        if let Some(status) = status {
            span.record("status", status);
        }
        if let Some(id) = request_id.as_deref() {
            span.record("request_id", id);
        }
        span.in_scope(|| match &result {
            Ok(_) => tracing::debug!("call succeeded"),
            Err(err) => tracing::debug!(error = %err, "call failed"),
        });
        result
    }

    /// The retry loop. Returns the result, the number of attempts, and the HTTP status and
    /// request id of the last response, when there was one.
    #[allow(clippy::too_many_arguments)]
    async fn execute_attempts(
        &self,
        spec: &RequestSpec<'_>,
        options: &CallOptions,
        region: Option<&str>,
        body_type: BodyType,
        body: Bytes,
        want: Want,
        started: Instant,
    ) -> (Result<Outcome, Error>, u32, Option<u16>, Option<String>) {
        let cfg = &self.inner.config;
        let resolved = match &options.endpoint {
            Some(url) => crate::config::resolve_url(url),
            None => cfg.resolve(spec.service, region),
        };
        let endpoint = match resolved.and_then(|e| check_headers(&options.headers).map(|()| e)) {
            Ok(e) => e,
            Err(e) => return (Err(e), 0, None, None),
        };
        let safe = spec.idempotent || (body_type == BodyType::Json && has_client_token(&body));
        let prepared = match cfg.algorithm {
            Algorithm::Tc3HmacSha256 => Prepared::Tc3(body_type.content_type()),
            Algorithm::HmacSha256 | Algorithm::HmacSha1 if body_type == BodyType::OctetStream => {
                let e = Error::InvalidInput(format!(
                    "{} sends raw bytes, which only TC3-HMAC-SHA256 can sign",
                    spec.action
                ));
                return (Err(e), 0, None, None);
            }
            Algorithm::HmacSha256 | Algorithm::HmacSha1 => {
                let flat = serde_json::from_slice::<serde_json::Value>(&body)
                    .map_err(|e| Error::InvalidInput(format!("request body is not JSON: {e}")))
                    .and_then(|v| sign::flatten_json_params(&v));
                match flat {
                    Ok(params) => Prepared::V1(params),
                    Err(e) => return (Err(e), 0, None, None),
                }
            }
        };
        let deadline = cfg.retry.total_deadline.map(|d| started + d);
        let timeout = options.timeout.unwrap_or(cfg.timeout);

        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let budget = match deadline {
                Some(d) => timeout.min(d.saturating_duration_since(Instant::now())),
                None => timeout,
            };
            if budget.is_zero() {
                let err = Error::Timeout {
                    elapsed: started.elapsed(),
                };
                return (Err(err), attempt - 1, None, None);
            }
            let t0 = Instant::now();
            let attempt_span = tracing::debug_span!("attempt", n = attempt);
            let result = self
                .attempt(
                    spec, options, &endpoint, region, &body, &prepared, &want, budget,
                )
                .instrument(attempt_span.clone())
                .await;
            let latency_ms = t0.elapsed().as_millis() as u64;
            let _entered = attempt_span.enter();
            match result {
                Ok((outcome, status, request_id)) => {
                    tracing::debug!(
                        status,
                        latency_ms,
                        request_id = request_id.as_deref(),
                        "response"
                    );
                    return (Ok(outcome), attempt, Some(status), request_id);
                }
                Err(err) => {
                    let (status, request_id) = match &err {
                        Error::Service {
                            status, request_id, ..
                        } => (Some(*status), Some(request_id.clone())),
                        Error::Decode { status, .. } => (Some(*status), None),
                        _ => (None, None),
                    };
                    let reason = retry_reason(&err, safe);
                    let Some(reason) = reason.filter(|_| attempt < cfg.retry.max_attempts) else {
                        tracing::debug!(latency_ms, error = %err, "attempt failed; not retrying");
                        return (Err(err), attempt, status, request_id);
                    };
                    let delay = cfg.retry.backoff(attempt);
                    if deadline.is_some_and(|d| Instant::now() + delay >= d) {
                        tracing::debug!(error = %err, "attempt failed; no time left to retry");
                        return (Err(err), attempt, status, request_id);
                    }
                    tracing::info!(
                        latency_ms,
                        reason,
                        delay_ms = delay.as_millis() as u64,
                        error = %err,
                        "retrying"
                    );
                    drop(_entered);
                    tokio::time::sleep(delay).await;
                }
            }
        }
    }

    /// One signed attempt, bounded by `budget`. Returns (outcome, HTTP status, request id).
    #[allow(clippy::too_many_arguments)]
    async fn attempt(
        &self,
        spec: &RequestSpec<'_>,
        options: &CallOptions,
        endpoint: &ResolvedEndpoint,
        region: Option<&str>,
        body: &Bytes,
        prepared: &Prepared,
        want: &Want,
        budget: Duration,
    ) -> Result<(Outcome, u16, Option<String>), Error> {
        let cfg = &self.inner.config;
        let limit = cfg.max_response_bytes;
        let limit_name = if self.inner.secret_responses {
            "credential response limit"
        } else {
            "max_response_bytes"
        };
        let (credential, anonymous) = match self.credential().await? {
            Some(c) => (c, false),
            None => (Credential::new("SKIP", "SKIP"), true),
        };
        let timestamp = unix_now()?;
        let language = options.language.or(cfg.language).map(|l| l.as_str());
        let mut headers = HeaderMap::with_capacity(12);
        let send_body = match prepared {
            Prepared::Tc3(content_type) => {
                let extra: Vec<&str> = cfg
                    .extra_signed_headers
                    .iter()
                    .map(String::as_str)
                    .collect();
                let mut req = tc3::SigningRequest::new(
                    &credential,
                    spec.service,
                    &endpoint.host,
                    spec.action,
                    spec.version,
                    timestamp,
                );
                req.payload = tc3::Payload::Bytes(body);
                req.content_type = content_type;
                req.region = region;
                req.language = language;
                req.extra_signed_headers = &extra;
                req.request_client = Some(REQUEST_CLIENT);
                let date = sign::utc_date(timestamp)?;
                let key = self.signing_key(&credential.secret_key, &date, spec.service);
                let signed = tc3::sign_with_key(&req, &key)?;
                for (name, value) in &signed.headers {
                    if *name != "Host" {
                        insert_signed_header(&mut headers, name, value)?;
                    }
                }
                if anonymous {
                    insert_header(&mut headers, "Authorization", "SKIP")?;
                }
                body.clone()
            }
            Prepared::V1(params) => {
                if anonymous {
                    return Err(Error::InvalidInput(
                        "unsigned requests need TC3-HMAC-SHA256".into(),
                    ));
                }
                let refs: Vec<(&str, &str)> = params
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let mut req = v1::SigningRequest::new(
                    &credential,
                    &endpoint.host,
                    spec.action,
                    spec.version,
                    timestamp,
                    1 + random_u64() % 2_147_483_646,
                    &refs,
                );
                req.algorithm = cfg.algorithm;
                req.region = region;
                req.language = language;
                req.request_client = Some(REQUEST_CLIENT);
                let signed = v1::sign(&req)?;
                insert_header(
                    &mut headers,
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                )?;
                Bytes::from(sign::form_urlencode(&signed.params))
            }
        };
        if let Ok(host) = HeaderValue::from_str(&endpoint.host) {
            headers.insert(HOST, host);
        }
        for (name, value) in &options.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::InvalidInput(format!("invalid header name {name:?}")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|_| Error::InvalidInput(format!("invalid value for header {name:?}")))?;
            headers.append(name, value);
        }
        let stream_timeout = options.timeout.unwrap_or(cfg.timeout);
        if let Some(mock) = &self.inner.mock {
            let (status, bytes) = mock.answer(spec, options, region, body)?;
            return outcome_of(status, &bytes, want);
        }
        let uri: hyper::Uri = endpoint.url.parse().map_err(|e| {
            Error::InvalidInput(format!("invalid endpoint URL {:?}: {e}", endpoint.url))
        })?;
        let started = Instant::now();
        let exchange = async {
            let resp = self
                .inner
                .http
                .send(hyper::Method::POST, uri, headers, send_body)
                .await
                .map_err(|e| send_error(e, &endpoint.host))?;
            let status = resp.status().as_u16();
            let is_stream = resp
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|ct| {
                    ct.trim_start()
                        .to_ascii_lowercase()
                        .starts_with("text/event-stream")
                });
            if is_stream && matches!(want, Want::Stream) && status < 300 {
                let body = resp
                    .into_body()
                    .into_data_stream()
                    .map(|r| r.map_err(|e| Error::transport("event stream interrupted", e)));
                return Ok((
                    Outcome::Stream(Box::new(EventStream::from_body(
                        Box::pin(body),
                        stream_timeout,
                    ))),
                    status,
                    None,
                ));
            }
            let bytes = crate::http::read_limited(resp.into_body(), limit)
                .await
                .map_err(|e| match e {
                    crate::http::ReadError::TooLarge => Error::ResponseTooLarge {
                        status,
                        limit,
                        what: limit_name,
                    },
                    crate::http::ReadError::Failed(e) => {
                        Error::transport("failed to read the response body", e)
                    }
                })?;
            if is_stream {
                return Err(Error::decode(
                    status,
                    "got an event stream; use call_stream for streaming actions",
                    &bytes,
                    None,
                ));
            }
            outcome_of(status, &bytes, want)
        };
        let result = match tokio::time::timeout(budget, exchange).await {
            Ok(r) => r,
            Err(_) => Err(Error::Timeout {
                elapsed: started.elapsed(),
            }),
        };
        result.map_err(|e| {
            let e = scrub(e, &credential);
            match e {
                Error::Decode { status, reason, .. } if self.inner.secret_responses => {
                    Error::Decode {
                        status,
                        reason,
                        snippet: String::new(),
                        source: None,
                    }
                }
                other => other,
            }
        })
    }
}

/// What a whole (non-stream) body stands for: the `Response` object in the form `want`
/// asks for, with the HTTP status and request id, or the error it carries.
fn outcome_of(
    status: u16,
    bytes: &Bytes,
    want: &Want,
) -> Result<(Outcome, u16, Option<String>), Error> {
    let (inner, request_id) = parse_response(status, bytes)?;
    let outcome = match want {
        Want::Json => Outcome::Json(inner),
        Want::Stream => Outcome::Stream(Box::new(EventStream::from_events([Event {
            data: String::from_utf8_lossy(&inner).into_owned(),
            ..Event::default()
        }]))),
    };
    Ok((outcome, status, request_id))
}

/// Inserts a header [`tc3::sign`] emits, its name a constant (no parsing per call).
fn insert_signed_header(
    headers: &mut HeaderMap,
    name: &'static str,
    value: &str,
) -> Result<(), Error> {
    let name = match name {
        "Authorization" => hyper::header::AUTHORIZATION,
        "Content-Type" => CONTENT_TYPE,
        "X-TC-Action" => HeaderName::from_static("x-tc-action"),
        "X-TC-Timestamp" => HeaderName::from_static("x-tc-timestamp"),
        "X-TC-Version" => HeaderName::from_static("x-tc-version"),
        "X-TC-Region" => HeaderName::from_static("x-tc-region"),
        "X-TC-Token" => HeaderName::from_static("x-tc-token"),
        "X-TC-Language" => HeaderName::from_static("x-tc-language"),
        "X-TC-RequestClient" => HeaderName::from_static("x-tc-requestclient"),
        other => return insert_header(headers, other, value),
    };
    insert_named(headers, name, value)
}

fn insert_header(headers: &mut HeaderMap, name: &str, value: &str) -> Result<(), Error> {
    let name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::InvalidInput(format!("invalid header name {name:?}")))?;
    insert_named(headers, name, value)
}

/// Inserts `value` under `name`, marked sensitive for credentials (never logged).
fn insert_named(headers: &mut HeaderMap, name: HeaderName, value: &str) -> Result<(), Error> {
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        Error::InvalidInput(format!(
            "header {name} has characters HTTP headers cannot carry"
        ))
    })?;
    if name == "authorization" || name == "x-tc-token" {
        value.set_sensitive(true);
    }
    headers.insert(name, value);
    Ok(())
}

fn unix_now() -> Result<i64, Error> {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .map_err(|_| Error::InvalidInput("the system clock is before 1970".into()))
}

fn send_error(e: SendError, host: &str) -> Error {
    match e {
        SendError::ConnectTimeout => Error::Timeout {
            elapsed: Duration::ZERO,
        },
        SendError::Connect(source) => Error::Transport {
            message: format!("cannot connect to {host}"),
            source: Some(source),
        },
        SendError::Io(source) => Error::Transport {
            message: format!("request to {host} failed"),
            source: Some(source),
        },
    }
}

/// Removes the secret key and token from error text, in case a server echoes them.
fn scrub(err: Error, credential: &Credential) -> Error {
    let secrets: Vec<&str> = [Some(credential.secret_key.expose()), credential.token_str()]
        .into_iter()
        .flatten()
        .filter(|s| s.len() >= 4)
        .collect();
    let clean = |s: String| {
        secrets.iter().fold(s, |acc, secret| {
            if acc.contains(secret) {
                acc.replace(secret, "***")
            } else {
                acc
            }
        })
    };
    match err {
        Error::Decode {
            status,
            reason,
            snippet,
            source,
        } => Error::Decode {
            status,
            reason: clean(reason),
            snippet: clean(snippet),
            source,
        },
        Error::Service {
            code,
            message,
            request_id,
            status,
        } => Error::Service {
            code,
            message: clean(message),
            request_id,
            status,
        },
        other => other,
    }
}

/// Headers a caller may not set on one call: the SDK sets them (and signs most). Other
/// `X-TC-*` headers, such as `X-TC-TraceId`, pass (as in the Python SDK's `call_json`).
const RESERVED_HEADERS: &[&str] = &[
    "authorization",
    "host",
    "content-type",
    "content-length",
    "x-tc-action",
    "x-tc-version",
    "x-tc-timestamp",
    "x-tc-region",
    "x-tc-language",
    "x-tc-token",
    "x-tc-requestclient",
];

/// Refuses per-call headers that would replace what the SDK sends.
fn check_headers(headers: &[(String, String)]) -> Result<(), Error> {
    for (name, _) in headers {
        let lower = name.to_ascii_lowercase();
        if RESERVED_HEADERS.contains(&lower.as_str()) {
            return Err(Error::InvalidInput(format!(
                "header {name:?} is set by the SDK; use the call's region, language or \
                 endpoint options instead"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrub_removes_secrets_from_errors() {
        let cred = Credential::new("AKID1", "super-secret-key").with_token("tok-secret-123");
        let e = Error::decode(500, "x", b"echo super-secret-key and tok-secret-123", None);
        let text = format!("{:?} {}", scrub(e, &cred), "");
        assert!(
            !text.contains("super-secret-key") && !text.contains("tok-secret-123"),
            "{text}"
        );
    }
}
