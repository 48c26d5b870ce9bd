//! Chosen responses and errors per action, with no network: for users' unit tests.
//!
//! A [`Mock`] stands in for the HTTP exchange of a [`Client`](crate::Client) built with
//! [`Client::with_mock`](crate::Client::with_mock). Everything else is the real path:
//! the answer is read as a real body is (the `{"Response": …}` envelope, service errors),
//! typed calls decode it, paginators page through it, and per-call options are recorded.
//!
//! ```
//! # async fn demo() -> Result<(), tencent_cloud_core::Error> {
//! use serde_json::json;
//! use tencent_cloud_core::codec::{Call, Value};
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

use crate::client::{CallOptions, RequestSpec};
use crate::error::Error;

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
    /// The per-call options it was sent with.
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
    pub(crate) fn answer(
        &self,
        spec: &RequestSpec<'_>,
        options: &CallOptions,
        region: Option<&str>,
        body: &[u8],
    ) -> Result<(u16, Bytes), Error> {
        {
            let mut requests = lock(&self.requests);
            if requests.len() >= MAX_RECORDED {
                requests.remove(0);
            }
            requests.push(MockRequest {
                service: spec.service.to_owned(),
                version: spec.version.to_owned(),
                action: spec.action.to_owned(),
                region: region.map(str::to_owned),
                params: serde_json::from_slice(body).unwrap_or(Value::Null),
                options: options.clone(),
            });
        }
        let reply = {
            let mut rules = lock(&self.rules);
            let Some(i) = rules.iter().position(|r| r.action == spec.action) else {
                return Err(Error::InvalidInput(format!(
                    "the mock has no response for {} {} (add one with Mock::respond)",
                    spec.service, spec.action
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
