//! The call path, in stages. A [`Prepared`] call (endpoint, region, options, body form)
//! goes through the retry loop ([`retry::drive`]); each attempt gets a credential,
//! runs the hooks, is [signed](Prepared::sign), [sent](Prepared::send) through the
//! transport and [read](read) as JSON or an event stream.

use std::time::Duration;

use bytes::Bytes;
use futures_util::StreamExt as _;
use http::header::{CONTENT_TYPE, HOST, HeaderMap, HeaderName, HeaderValue};
use tokio::time::Instant;
use tracing::Instrument as _;

use super::response::parse_response;
use super::{BodyType, CallOptions, Client, Outcome, RequestSpec, Want};
use crate::config::{REQUEST_CLIENT, ResolvedEndpoint};
use crate::credentials::Credential;
use crate::error::Error;
use crate::interceptor::{AfterAttempt, AfterSigning, AttemptInfo, BeforeSigning};
use crate::retry::{self, has_client_token, random_u64};
use crate::sign::{self, Algorithm, tc3, v1};
use crate::sse::{Event, EventStream};
use crate::telemetry;
use crate::transport::{HttpRequest, HttpResponse, ReadError};

/// One call, prepared: what every attempt reads.
pub(super) struct Prepared<'a> {
    client: &'a Client,
    spec: &'a RequestSpec<'a>,
    options: &'a CallOptions,
    region: Option<&'a str>,
    endpoint: ResolvedEndpoint,
    uri: http::Uri,
    body_type: BodyType,
    body: Bytes,
    want: Want,
}

/// A successful attempt: the outcome, with what the span and hooks report.
struct Answer {
    outcome: Outcome,
    status: u16,
    request_id: Option<String>,
    headers: HeaderMap,
}

impl Client {
    /// Runs a call: prepare, then the retry loop over signed attempts; records the span
    /// and the metrics.
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
        let span = telemetry::call_span(spec, region);
        let started = Instant::now();
        let run = async {
            let call = Prepared::new(self, spec, options, region, body_type, body, want)?;
            tracing::Span::current().record("server.address", call.endpoint.host.as_str());
            Ok::<_, Error>(call.run().await)
        };
        let (result, attempts, status, request_id) = match run.instrument(span.clone()).await {
            Ok(r) => r,
            Err(e) => (Err(e), 0, None, None),
        };
        telemetry::finish(
            &span,
            cfg.metrics.as_ref(),
            spec,
            region,
            &telemetry::Ending {
                error: result.as_ref().err(),
                attempts,
                status,
                request_id: request_id.as_deref(),
                duration: started.elapsed(),
            },
        );
        result
    }
}

/// What a call ended with: its result, attempts, and the last answer's status and id.
type Ended = (Result<Outcome, Error>, u32, Option<u16>, Option<String>);

impl<'a> Prepared<'a> {
    /// The prepare stage: endpoint, per-call headers, and whether the body can be sent
    /// with the configured algorithm.
    fn new(
        client: &'a Client,
        spec: &'a RequestSpec<'a>,
        options: &'a CallOptions,
        region: Option<&'a str>,
        body_type: BodyType,
        body: Bytes,
        want: Want,
    ) -> Result<Self, Error> {
        let cfg = &client.inner.config;
        let endpoint = match (&options.endpoint, options.action_host) {
            (Some(url), _) => crate::config::resolve_url(url)?,
            (None, Some(host)) => cfg.resolve_action_host(spec.service, host)?,
            (None, None) => cfg.resolve(spec.service, region)?,
        };
        for (name, _) in &options.headers {
            check_header(name)?;
        }
        if cfg.algorithm != Algorithm::Tc3HmacSha256 && body_type == BodyType::OctetStream {
            return Err(Error::InvalidInput(format!(
                "{} sends raw bytes, which only TC3-HMAC-SHA256 can sign",
                spec.action
            )));
        }
        let uri: http::Uri = endpoint.url.parse().map_err(|e| {
            Error::InvalidInput(format!("invalid endpoint URL {:?}: {e}", endpoint.url))
        })?;
        Ok(Prepared {
            client,
            spec,
            options,
            region,
            endpoint,
            uri,
            body_type,
            body,
            want,
        })
    }

    /// The retry loop over attempts.
    async fn run(&self) -> Ended {
        let cfg = &self.client.inner.config;
        let safe = self.spec.idempotent
            || (self.body_type == BodyType::Json && has_client_token(&self.body));
        let limits = retry::Limits {
            policy: &cfg.retry,
            attempt_timeout: self.options.timeout.unwrap_or(cfg.timeout),
            operation_timeout: self.options.operation_timeout.or(cfg.retry.total_deadline),
            safe_to_repeat: safe,
        };
        let mut last: (Option<u16>, Option<String>) = (None, None);
        let driven = retry::drive(
            &limits,
            |n, budget| {
                let span =
                    tracing::debug_span!("tencentcloud.attempt", http.request.resend_count = n - 1);
                self.attempt(n, budget).instrument(span)
            },
            tokio::time::sleep,
            |n, result, retry| {
                last = self.observe(n, result, retry);
            },
        )
        .await;
        let result = driven.result.map(|(a, _)| a.outcome);
        (result, driven.attempts, last.0, last.1)
    }

    /// Reports one attempt's end to the hooks and the log; returns its status and
    /// request id.
    fn observe(
        &self,
        n: u32,
        result: &Result<(Answer, Duration), Error>,
        retry: Option<&'static str>,
    ) -> (Option<u16>, Option<String>) {
        let (status, request_id, headers, error, elapsed) = match result {
            Ok((a, elapsed)) => (
                Some(a.status),
                a.request_id.clone(),
                Some(&a.headers),
                None,
                *elapsed,
            ),
            Err(e) => {
                let (status, id) = match e {
                    Error::Service {
                        status, request_id, ..
                    } => (Some(*status), Some(request_id.clone())),
                    Error::Decode { status, .. } | Error::ResponseTooLarge { status, .. } => {
                        (Some(*status), None)
                    }
                    _ => (None, None),
                };
                (status, id, None, Some(e), Duration::ZERO)
            }
        };
        let hooks = self.hooks();
        if hooks.clone().next().is_some() {
            let view = AfterAttempt {
                info: AttemptInfo::new(self.spec, self.region, n),
                elapsed,
                status,
                response_headers: headers,
                request_id: request_id.as_deref(),
                error,
                will_retry: retry.is_some(),
            };
            for hook in hooks {
                hook.after_attempt(&view);
            }
        }
        match (error, retry) {
            (None, _) => tracing::debug!(status, request_id = request_id.as_deref(), "response"),
            (Some(err), Some(reason)) => {
                tracing::info!(attempt = n, reason, error = %err, "retrying")
            }
            (Some(err), None) => {
                tracing::debug!(attempt = n, error = %err, "attempt failed; not retrying")
            }
        }
        (status, request_id)
    }

    /// The interceptors of this call: the client's, then the call's.
    fn hooks(&self) -> impl Iterator<Item = &'a dyn crate::interceptor::Interceptor> + Clone {
        let cfg = &self.client.inner.config;
        cfg.interceptors
            .iter()
            .chain(self.options.interceptors.iter())
            .map(|i| &*i.0)
    }

    /// One attempt within `budget`: credential, sign, send, read. Errors are scrubbed of
    /// the credential's secrets.
    async fn attempt(&self, n: u32, budget: Duration) -> Result<(Answer, Duration), Error> {
        let (credential, anonymous) = match self.client.credential().await? {
            Some(c) => (c, false),
            None => (Credential::new("SKIP", "SKIP"), true),
        };
        let request = self.sign(n, &credential, anonymous)?;
        let info = AttemptInfo::new(self.spec, self.region, n);
        for hook in self.hooks() {
            hook.after_signing(&AfterSigning {
                info,
                request: &request,
            });
        }
        let started = Instant::now();
        let result = match tokio::time::timeout(budget, self.send(request)).await {
            Ok(r) => r,
            Err(_) => Err(Error::Timeout {
                elapsed: started.elapsed(),
            }),
        };
        result
            .map(|a| (a, started.elapsed()))
            .map_err(|e| self.client.scrub(e, &credential))
    }

    /// The sign stage: hooks before signing, then the signed headers, `Host` and the
    /// per-call headers, as the request the transport sends.
    fn sign(&self, n: u32, credential: &Credential, anonymous: bool) -> Result<HttpRequest, Error> {
        let mut body = self.body.clone();
        let extra = self.extra_headers(n, &mut body)?;
        let mut headers = HeaderMap::with_capacity(12 + extra.len());
        let body = match self.client.inner.config.algorithm {
            Algorithm::Tc3HmacSha256 => {
                self.sign_tc3(credential, anonymous, &body, &mut headers)?;
                body
            }
            Algorithm::HmacSha256 | Algorithm::HmacSha1 => {
                if anonymous {
                    return Err(Error::InvalidInput(
                        "unsigned requests need TC3-HMAC-SHA256".into(),
                    ));
                }
                self.sign_v1(credential, &body, &mut headers)?
            }
        };
        if let Ok(host) = HeaderValue::from_str(&self.endpoint.host) {
            headers.insert(HOST, host);
        }
        let mut last = None;
        for (name, value) in extra {
            // `HeaderMap`'s owned iterator names a header once, before its first value.
            if let Some(name) = name {
                last = Some(name);
            }
            if let Some(name) = &last {
                headers.append(name.clone(), value);
            }
        }
        let mut request = http::Request::new(body);
        *request.method_mut() = http::Method::POST;
        *request.uri_mut() = self.uri.clone();
        *request.headers_mut() = headers;
        Ok(request)
    }

    /// The per-call headers, then what the `before_signing` hooks add (they may also
    /// replace `body`); the SDK's own headers are refused.
    fn extra_headers(&self, n: u32, body: &mut Bytes) -> Result<HeaderMap, Error> {
        let mut extra = HeaderMap::new();
        for (name, value) in &self.options.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| Error::InvalidInput(format!("invalid header name {name:?}")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|_| Error::InvalidInput(format!("invalid value for header {name}")))?;
            extra.append(name, value);
        }
        let mut hooks = self.hooks().peekable();
        if hooks.peek().is_some() {
            let mut view = BeforeSigning {
                info: AttemptInfo::new(self.spec, self.region, n),
                headers: &mut extra,
                body,
            };
            for hook in hooks {
                hook.before_signing(&mut view)?;
            }
            for name in extra.keys() {
                check_header(name.as_str())?;
            }
        }
        Ok(extra)
    }

    /// TC3-HMAC-SHA256: the signed headers, with the day's key from the client's cache.
    fn sign_tc3(
        &self,
        credential: &Credential,
        anonymous: bool,
        body: &Bytes,
        headers: &mut HeaderMap,
    ) -> Result<(), Error> {
        let cfg = &self.client.inner.config;
        let timestamp = unix_now()?;
        let extra_signed: Vec<&str> = cfg
            .extra_signed_headers
            .iter()
            .map(String::as_str)
            .collect();
        let mut req = tc3::SigningRequest::new(
            credential,
            self.spec.service,
            &self.endpoint.host,
            self.spec.action,
            self.spec.version,
            timestamp,
        );
        req.payload = tc3::Payload::Bytes(body);
        req.content_type = self.body_type.content_type();
        req.region = self.region;
        req.language = self.language();
        req.extra_signed_headers = &extra_signed;
        req.request_client = Some(REQUEST_CLIENT);
        let date = sign::utc_date(timestamp)?;
        let key = self
            .client
            .signing_key(&credential.secret_key, &date, self.spec.service);
        let signed = tc3::sign_with_key(&req, &key)?;
        for (name, value) in &signed.headers {
            if *name != "Host" {
                insert_signed_header(headers, name, value)?;
            }
        }
        if anonymous {
            insert_header(headers, "Authorization", "SKIP")?;
        }
        Ok(())
    }

    /// HmacSHA256 / HmacSHA1: the JSON body flattened into signed form parameters.
    fn sign_v1(
        &self,
        credential: &Credential,
        body: &Bytes,
        headers: &mut HeaderMap,
    ) -> Result<Bytes, Error> {
        let cfg = &self.client.inner.config;
        let params = serde_json::from_slice::<serde_json::Value>(body)
            .map_err(|e| Error::InvalidInput(format!("request body is not JSON: {e}")))
            .and_then(|v| sign::flatten_json_params(&v))?;
        let refs: Vec<(&str, &str)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let mut req = v1::SigningRequest::new(
            credential,
            &self.endpoint.host,
            self.spec.action,
            self.spec.version,
            unix_now()?,
            1 + random_u64() % 2_147_483_646,
            &refs,
        );
        req.algorithm = cfg.algorithm;
        req.region = self.region;
        req.language = self.language();
        req.request_client = Some(REQUEST_CLIENT);
        let signed = v1::sign(&req)?;
        insert_header(headers, "Content-Type", "application/x-www-form-urlencoded")?;
        Ok(Bytes::from(sign::form_urlencode(&signed.params)))
    }

    /// `X-TC-Language`: the call's, else the client's.
    fn language(&self) -> Option<&'static str> {
        let cfg = &self.client.inner.config;
        self.options.language.or(cfg.language).map(|l| l.as_str())
    }

    /// The send and read stages: the transport, then the body as `want` asks.
    async fn send(&self, request: HttpRequest) -> Result<Answer, Error> {
        let response = self.client.inner.transport.send(request).await?;
        read(self, response).await
    }
}

/// The read stage: an event stream for a streaming call that got one, else the whole
/// body (within the response limit) as the `Response` object or its error.
async fn read(call: &Prepared<'_>, response: HttpResponse) -> Result<Answer, Error> {
    let inner = &call.client.inner;
    let status = response.status().as_u16();
    let (parts, body) = response.into_parts();
    let is_stream = parts
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| {
            ct.trim_start()
                .get(..17)
                .is_some_and(|p| p.eq_ignore_ascii_case("text/event-stream"))
        });
    if is_stream && matches!(call.want, Want::Stream) && status < 300 {
        let idle = call.options.timeout.unwrap_or(inner.config.timeout);
        let body = body.map(|r| {
            r.map_err(|e| Error::Transport {
                message: "event stream interrupted".into(),
                source: Some(e),
            })
        });
        let stream = EventStream::from_body(Box::pin(body), idle);
        return Ok(Answer {
            outcome: Outcome::Stream(Box::new(stream)),
            status,
            request_id: None,
            headers: parts.headers,
        });
    }
    let limit = inner.config.max_response_bytes;
    let declared = parts
        .headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let too_large = || Error::ResponseTooLarge {
        status,
        limit,
        what: if inner.secret_responses {
            "credential response limit"
        } else {
            "max_response_bytes"
        },
    };
    if declared.is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let bytes = body.read_limited(limit).await.map_err(|e| match e {
        ReadError::TooLarge => too_large(),
        ReadError::Failed(e) => Error::Transport {
            message: "failed to read the response body".into(),
            source: Some(e),
        },
    })?;
    if is_stream {
        return Err(Error::decode(
            status,
            "got an event stream; use call_stream for streaming actions",
            &bytes,
            None,
        ));
    }
    let (outcome, request_id) = outcome_of(status, &bytes, &call.want)?;
    Ok(Answer {
        outcome,
        status,
        request_id,
        headers: parts.headers,
    })
}

/// What a whole (non-stream) body stands for: the `Response` object in the form `want`
/// asks for, with its request id, or the error it carries.
fn outcome_of(status: u16, bytes: &Bytes, want: &Want) -> Result<(Outcome, Option<String>), Error> {
    let (inner, request_id) = parse_response(status, bytes)?;
    let outcome = match want {
        Want::Json => Outcome::Json(inner),
        Want::Stream => Outcome::Stream(Box::new(EventStream::from_events([Event {
            data: String::from_utf8_lossy(&inner).into_owned(),
            ..Event::default()
        }]))),
    };
    Ok((outcome, request_id))
}

/// Inserts a header [`tc3::sign`] emits, its name a constant (no parsing per call).
fn insert_signed_header(
    headers: &mut HeaderMap,
    name: &'static str,
    value: &str,
) -> Result<(), Error> {
    let name = match name {
        "Authorization" => http::header::AUTHORIZATION,
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
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .map_err(|_| Error::InvalidInput("the system clock is before 1970".into()))
}

/// Headers a caller or hook may not set: the SDK sets them (and signs most). Other
/// `X-TC-*` headers, such as `X-TC-TraceId`, pass (as in the Python SDK's `call_json`).
pub(crate) const RESERVED_HEADERS: &[&str] = &[
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

/// Refuses a header that would replace what the SDK sends.
fn check_header(name: &str) -> Result<(), Error> {
    if RESERVED_HEADERS
        .iter()
        .any(|r| r.eq_ignore_ascii_case(name))
    {
        return Err(Error::InvalidInput(format!(
            "header {name:?} is set by the SDK; use the call's region, language or \
             endpoint options instead"
        )));
    }
    Ok(())
}
