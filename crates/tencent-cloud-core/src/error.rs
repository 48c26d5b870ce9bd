//! The one error type of the crate, and the error codes most services share
//! ([`codes`]).

use std::time::Duration;

pub mod codes;

/// A boxed error kept as the `source()` of [`Error::Transport`] and [`Error::Decode`].
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong when signing or calling a Tencent Cloud API.
///
/// Secrets never appear here: the SecretKey and token are not put in any variant, and
/// response snippets are scrubbed of them before they are stored.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
    #[error("{code}: {message} (RequestId: {request_id})")]
    Service {
        /// Tencent error code, e.g. `AuthFailure.SignatureFailure`, `RequestLimitExceeded`.
        code: String,
        /// Human-readable message from the service.
        message: String,
        /// The request id, to quote to Tencent support.
        request_id: String,
        /// HTTP status of the response (Tencent usually answers errors with 200).
        status: u16,
    },
    /// The request could not be sent or the response could not be read
    /// (connection refused or reset, TLS, proxy, body cut short).
    #[error("transport error: {message}")]
    Transport {
        /// What failed, in a few words.
        message: String,
        /// The underlying error.
        #[source]
        source: Option<BoxError>,
    },
    /// An attempt ran past its time limit (the attempt timeout, or connecting took
    /// longer than the connect timeout), and the call could not retry.
    #[error("request timed out after {}ms", elapsed.as_millis())]
    Timeout {
        /// How long the call had been running, from its start (all attempts).
        elapsed: Duration,
    },
    /// The whole call, retries and waits included, ran past its operation timeout
    /// ([`ClientConfigBuilder::operation_timeout`](crate::config::ClientConfigBuilder::operation_timeout)
    /// or the call's `.operation_timeout(…)`).
    #[error(
        "call timed out after {}ms and {attempts} attempt(s) (operation timeout {}ms)",
        elapsed.as_millis(),
        limit.as_millis()
    )]
    OperationTimeout {
        /// How long the call ran.
        elapsed: Duration,
        /// Attempts started.
        attempts: u32,
        /// The operation timeout.
        limit: Duration,
    },
    /// The response was not what the API protocol promises: not JSON (an HTML error page
    /// from a proxy, say), truncated JSON, JSON without `Response`, or a body that does
    /// not match the expected output type.
    #[error("cannot decode response (HTTP {status}): {reason}; body starts with {snippet:?}")]
    Decode {
        /// HTTP status of the response.
        status: u16,
        /// Why it could not be decoded.
        reason: String,
        /// The first bytes of the body (at most [`SNIPPET_LEN`] characters), lossily decoded.
        snippet: String,
        /// The parser error, when there is one.
        #[source]
        source: Option<BoxError>,
    },
    /// A response was larger than a limit: refused from its `Content-Length` before it
    /// was read, or read up to the limit and abandoned. `limit` is the setting that was
    /// crossed ([`ClientConfig::max_response_bytes`](crate::ClientConfig::max_response_bytes)
    /// for API calls; a fixed small limit for credential sources; the line and event caps
    /// of an event stream).
    #[error("response too large (HTTP {status}): over the {what} of {limit} bytes")]
    ResponseTooLarge {
        /// HTTP status of the response.
        status: u16,
        /// The limit, in bytes.
        limit: u64,
        /// Which limit: `max_response_bytes`, `credential response limit`,
        /// `event-stream line limit`, `event-stream event limit`.
        what: &'static str,
    },
    /// The credential is malformed, or a credential source is configured but failed (a
    /// profile file that is not JSON, a missing key, an expired SSO login, ...).
    #[error("credentials error: {0}")]
    Credentials(String),
    /// No credential source is configured: a provider's source is absent (no variable,
    /// no file, not on a CVM), or, from a chain, every provider's was, each with why.
    #[error("no credentials found: {0}")]
    CredentialsNotFound(String),
    /// The caller passed something unusable (bad config value, a body that is not JSON,
    /// a header value with a line break, ...).
    #[error("invalid input: {0}")]
    InvalidInput(String),
}

/// Maximum length, in characters, of [`Error::Decode::snippet`].
pub const SNIPPET_LEN: usize = 200;

impl Error {
    /// The Tencent error code of a [`Error::Service`] error.
    pub fn code(&self) -> Option<&str> {
        match self {
            Error::Service { code, .. } => Some(code),
            _ => None,
        }
    }

    /// The request id of a [`Error::Service`] error.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service { request_id, .. } => Some(request_id),
            _ => None,
        }
    }

    /// A copy for sharing one failure between waiters: the same variant and text, without
    /// the `source()` chain.
    pub(crate) fn clone_lossy(&self) -> Error {
        match self {
            Error::Service {
                code,
                message,
                request_id,
                status,
            } => Error::Service {
                code: code.clone(),
                message: message.clone(),
                request_id: request_id.clone(),
                status: *status,
            },
            Error::Transport { message, source } => Error::Transport {
                message: match source {
                    Some(s) => format!("{message}: {s}"),
                    None => message.clone(),
                },
                source: None,
            },
            Error::Timeout { elapsed } => Error::Timeout { elapsed: *elapsed },
            Error::OperationTimeout {
                elapsed,
                attempts,
                limit,
            } => Error::OperationTimeout {
                elapsed: *elapsed,
                attempts: *attempts,
                limit: *limit,
            },
            Error::Decode {
                status,
                reason,
                snippet,
                ..
            } => Error::Decode {
                status: *status,
                reason: reason.clone(),
                snippet: snippet.clone(),
                source: None,
            },
            Error::ResponseTooLarge {
                status,
                limit,
                what,
            } => Error::ResponseTooLarge {
                status: *status,
                limit: *limit,
                what,
            },
            Error::Credentials(m) => Error::Credentials(m.clone()),
            Error::CredentialsNotFound(m) => Error::CredentialsNotFound(m.clone()),
            Error::InvalidInput(m) => Error::InvalidInput(m.clone()),
        }
    }

    pub(crate) fn transport(message: impl Into<String>, source: impl Into<BoxError>) -> Self {
        Error::Transport {
            message: message.into(),
            source: Some(source.into()),
        }
    }

    pub(crate) fn decode(
        status: u16,
        reason: impl Into<String>,
        body: &[u8],
        source: Option<BoxError>,
    ) -> Self {
        Error::Decode {
            status,
            reason: reason.into(),
            snippet: snippet(body),
            source,
        }
    }
}

/// The first [`SNIPPET_LEN`] characters of `body`, lossily decoded as UTF-8.
pub(crate) fn snippet(body: &[u8]) -> String {
    // Look at a bounded prefix only: bodies can be large.
    let prefix = &body[..body.len().min(SNIPPET_LEN * 4)];
    let text = String::from_utf8_lossy(prefix);
    // 4 bytes per char at most, so the prefix always holds SNIPPET_LEN chars when the
    // body does.
    let mut chars = text.chars();
    let mut out: String = chars.by_ref().take(SNIPPET_LEN).collect();
    if chars.next().is_some() || prefix.len() < body.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_readable() {
        let e = Error::Service {
            code: "AuthFailure.SignatureFailure".into(),
            message: "The provided credentials could not be validated.".into(),
            request_id: "4f1c".into(),
            status: 200,
        };
        assert_eq!(
            e.to_string(),
            "AuthFailure.SignatureFailure: The provided credentials could not be validated. (RequestId: 4f1c)"
        );
        assert_eq!(e.code(), Some("AuthFailure.SignatureFailure"));
        let t = Error::Timeout {
            elapsed: Duration::from_millis(1500),
        };
        assert_eq!(t.to_string(), "request timed out after 1500ms");
    }

    #[test]
    fn snippet_is_bounded() {
        let body = "x".repeat(10_000);
        let s = snippet(body.as_bytes());
        assert_eq!(s.chars().count(), SNIPPET_LEN + 1);
        assert!(s.ends_with('…'));
        assert_eq!(snippet(b"<html>"), "<html>");
        // Invalid UTF-8 does not panic.
        assert_eq!(snippet(&[0xff, b'a']), "\u{fffd}a");
        // A multi-byte char cut by the prefix window does not panic either.
        let cjk = "未".repeat(1000);
        assert!(snippet(cjk.as_bytes()).starts_with("未未"));
    }

    #[test]
    fn source_chain_is_kept() {
        let inner = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset by peer");
        let e = Error::transport("connection reset", inner);
        let src = std::error::Error::source(&e).map(|s| s.to_string());
        assert_eq!(src.as_deref(), Some("reset by peer"));
    }
}
