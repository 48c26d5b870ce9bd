//! Chosen responses and errors per action, with no network: for users' unit tests.
//!
//! A [`Mock`] is a [`Transport`]: it stands in for the
//! network of a [`Client`](crate::Client) built with
//! [`Client::with_mock`](crate::Client::with_mock) (or configured with it as the
//! transport). Everything else is the real path: requests are signed, hooks run, the
//! answer is read as a real body is (the `{"Response": …}` envelope, service errors),
//! typed calls decode it, paginators page through it. Each request is recorded as the
//! mock saw it on the wire: service, version, action, region, parameters, and the
//! options that show in a request (region, language, extra headers).
//!
//! ```
//! # async fn demo() -> Result<(), tencent_cloud_core::Error> {
//! use serde_json::json;
//! use tencent_cloud_core::rt::{Call, Value};
//! use tencent_cloud_core::mock::Mock;
//! use tencent_cloud_core::{Client, ClientConfig, RequestSpec};
//!
//! let mock = Mock::new();
//! mock.respond("DescribeZones", json!({"TotalCount": 1, "ZoneSet": [{"Zone": "ap-guangzhou-3"}]}))
//!     .error_once("RunInstances", "LimitExceeded", "quota reached");
//! let client = Client::with_mock(ClientConfig::default(), mock.clone())?;
//!
//! let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeZones");
//! let zones: Value = Call::new(&client, spec, &json!({})).region("ap-guangzhou").await?;
//! assert_eq!(zones["TotalCount"], 1);
//! assert_eq!(mock.requests()[0].region.as_deref(), Some("ap-guangzhou"));
//! # Ok(()) }
//! ```

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use serde_json::{Value, json};

use crate::client::CallOptions;
use crate::error::Error;
use crate::transport::{Body, HttpRequest, Transport, TransportFuture};

/// What a mocked action answers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum MockReply {
    /// Success: the `Response` object (a `RequestId` is added when it has none).
    Response(Value),
    /// A service error (`Response.Error`), as [`Error::Service`] reports it.
    Error {
        /// Tencent error code, e.g. `ResourceNotFound`.
        code: String,
        /// Its message.
        message: String,
    },
    /// Any HTTP status and raw body, to test how odd answers are handled.
    Raw {
        /// HTTP status.
        status: u16,
        /// The body as sent.
        body: String,
    },
}

/// One request a mock received.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MockRequest {
    /// Service, e.g. `cvm`.
    pub service: String,
    /// API version, e.g. `2017-03-12`.
    pub version: String,
    /// Action, e.g. `DescribeInstances`.
    pub action: String,
    /// The region the request was for (per call, else the client's), if any.
    pub region: Option<String>,
    /// The JSON body (the request's parameters).
    pub params: Value,
    /// The per-call options that show in the request: region, language and the extra
    /// headers (timeouts and the endpoint do not).
    pub options: CallOptions,
}

struct Rule {
    action: String,
    reply: MockReply,
    once: bool,
}

/// Most requests a mock keeps; older ones are dropped beyond that.
const MAX_RECORDED: usize = 10_000;

/// Responses and errors chosen per action; see the [module docs](self).
///
/// Rules are tried in the order they were added: the first whose action matches
/// answers, and a `_once` rule is then removed. An action with no rule fails with
/// [`Error::InvalidInput`] naming it. Every request is recorded ([`Mock::requests`]).
#[derive(Default)]
pub struct Mock {
    rules: Mutex<Vec<Rule>>,
    requests: Mutex<Vec<MockRequest>>,
}

impl fmt::Debug for Mock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mock")
            .field("rules", &lock(&self.rules).len())
            .field("requests", &lock(&self.requests).len())
            .finish()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in another test thread does not make the lists unusable.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Mock {
    /// A mock with no rules, shared (the client keeps one reference, the test another).
    pub fn new() -> Arc<Mock> {
        Arc::new(Mock::default())
    }

    fn push(&self, action: &str, reply: MockReply, once: bool) -> &Self {
        lock(&self.rules).push(Rule {
            action: action.to_owned(),
            reply,
            once,
        });
        self
    }

    /// Every call of `action` answers with this `Response` object.
    pub fn respond(&self, action: &str, response: Value) -> &Self {
        self.push(action, MockReply::Response(response), false)
    }

    /// The next call of `action` answers with this `Response` object (queue several for
    /// successive pages).
    pub fn respond_once(&self, action: &str, response: Value) -> &Self {
        self.push(action, MockReply::Response(response), true)
    }

    /// Every call of `action` fails with this service error.
    pub fn error(&self, action: &str, code: &str, message: &str) -> &Self {
        let reply = MockReply::Error {
            code: code.to_owned(),
            message: message.to_owned(),
        };
        self.push(action, reply, false)
    }

    /// The next call of `action` fails with this service error.
    pub fn error_once(&self, action: &str, code: &str, message: &str) -> &Self {
        let reply = MockReply::Error {
            code: code.to_owned(),
            message: message.to_owned(),
        };
        self.push(action, reply, true)
    }

    /// Adds a rule with any reply.
    pub fn reply(&self, action: &str, reply: MockReply, once: bool) -> &Self {
        self.push(action, reply, once)
    }

    /// The requests received so far, oldest first.
    pub fn requests(&self) -> Vec<MockRequest> {
        lock(&self.requests).clone()
    }

    /// The answer to one request: (HTTP status, body), as a server would send them.
    fn answer(&self, request: &HttpRequest) -> Result<(u16, Bytes), Error> {
        let seen = recorded(request);
        let action = seen.action.clone();
        let service = seen.service.clone();
        {
            let mut requests = lock(&self.requests);
            if requests.len() >= MAX_RECORDED {
                requests.remove(0);
            }
            requests.push(seen);
        }
        let reply = {
            let mut rules = lock(&self.rules);
            let Some(i) = rules.iter().position(|r| r.action == action) else {
                return Err(Error::InvalidInput(format!(
                    "the mock has no response for {service} {action} (add one with Mock::respond)"
                )));
            };
            if rules[i].once {
                rules.remove(i).reply
            } else {
                rules[i].reply.clone()
            }
        };
        let request_id = "mock-request-id";
        let (status, body) = match reply {
            MockReply::Response(mut v) => {
                if let Value::Object(m) = &mut v {
                    m.entry("RequestId").or_insert_with(|| json!(request_id));
                }
                (200, json!({ "Response": v }).to_string())
            }
            MockReply::Error { code, message } => {
                let error = json!({"Code": code, "Message": message});
                let body = json!({"Response": {"Error": error, "RequestId": request_id}});
                (200, body.to_string())
            }
            MockReply::Raw { status, body } => (status, body),
        };
        Ok((status, Bytes::from(body)))
    }
}

impl Transport for Mock {
    fn send(&self, request: HttpRequest) -> TransportFuture {
        let answer = self.answer(&request).and_then(|(status, body)| {
            let mut response = http::Response::new(Body::from(body));
            *response.status_mut() = http::StatusCode::from_u16(status)
                .map_err(|_| Error::InvalidInput(format!("invalid mock status {status}")))?;
            response.headers_mut().insert(
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_static("application/json"),
            );
            Ok(response)
        });
        Box::pin(std::future::ready(answer))
    }
}

/// A request as the mock records it, read from what is on the wire: the service from
/// the TC3 credential scope (else the host's first label), the rest from the `X-TC-*`
/// headers (or the v1 form parameters) and the body.
fn recorded(request: &HttpRequest) -> MockRequest {
    let headers = request.headers();
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let form: Vec<(String, String)> = match header("content-type").as_deref() {
        Some(ct) if ct.starts_with("application/x-www-form-urlencoded") => {
            form_decode(request.body())
        }
        _ => Vec::new(),
    };
    let param = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let scope_service = header("authorization").and_then(|a| {
        let scope = a.split("Credential=").nth(1)?.split([',', ' ']).next()?;
        scope.split('/').nth(2).map(str::to_owned)
    });
    let host_service = request
        .uri()
        .host()
        .and_then(|h| h.split('.').next())
        .map(str::to_owned);
    let params = if form.is_empty() {
        serde_json::from_slice(request.body()).unwrap_or(Value::Null)
    } else {
        Value::Object(
            form.iter()
                .filter(|(k, _)| !FORM_COMMON.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                .collect(),
        )
    };
    let region = header("x-tc-region").or_else(|| param("Region"));
    let options = CallOptions {
        region: region.clone(),
        language: header("x-tc-language")
            .or_else(|| param("Language"))
            .and_then(|l| l.parse().ok()),
        headers: headers
            .iter()
            .filter(|(name, _)| {
                let name = name.as_str();
                name != "user-agent" && !crate::client::RESERVED_HEADERS.contains(&name)
            })
            .map(|(name, value)| {
                (
                    name.as_str().to_owned(),
                    value.to_str().unwrap_or_default().to_owned(),
                )
            })
            .collect(),
        ..CallOptions::default()
    };
    MockRequest {
        service: scope_service.or(host_service).unwrap_or_default(),
        version: header("x-tc-version")
            .or_else(|| param("Version"))
            .unwrap_or_default(),
        action: header("x-tc-action")
            .or_else(|| param("Action"))
            .unwrap_or_default(),
        region,
        params,
        options,
    }
}

/// The v1 form parameters that are the protocol's, not the action's.
const FORM_COMMON: &[&str] = &[
    "Action",
    "Version",
    "Region",
    "Language",
    "Timestamp",
    "Nonce",
    "SecretId",
    "Signature",
    "SignatureMethod",
    "Token",
    "RequestClient",
];

/// `a=1&b=x%20y` → pairs, `+` as a space; undecodable escapes are kept as they are.
fn form_decode(body: &[u8]) -> Vec<(String, String)> {
    fn decode(part: &[u8]) -> String {
        let mut out = Vec::with_capacity(part.len());
        let mut i = 0;
        while i < part.len() {
            match part[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < part.len() => {
                    let hex = std::str::from_utf8(&part[i + 1..i + 3]).ok();
                    match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                        Some(b) => {
                            out.push(b);
                            i += 2;
                        }
                        None => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    body.split(|&b| b == b'&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let mut it = pair.splitn(2, |&b| b == b'=');
            let k = decode(it.next().unwrap_or_default());
            let v = decode(it.next().unwrap_or_default());
            (k, v)
        })
        .collect()
}
