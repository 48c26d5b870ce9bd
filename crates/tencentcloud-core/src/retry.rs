//! Retry policy: which failures are retried, and how long to wait.

use std::time::Duration;

use crate::error::Error;

/// How failed attempts are retried: exponential backoff with full jitter, bounded by a
/// number of attempts and a total deadline.
///
/// What is retried:
/// - `RequestLimitExceeded` and `RequestLimitExceeded.*` (throttling): always, since the
///   service rejected the request before executing it;
/// - connection errors, timeouts, `InternalError*` and HTTP 5xx: only when the request is
///   safe to repeat, i.e. it is marked idempotent or its body carries a `ClientToken`;
/// - never: authentication, permission and parameter errors, or anything else.
///
/// Each retry signs the request again with a fresh timestamp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in total, the first included (1 = no retry).
    pub max_attempts: u32,
    /// Upper bound of the first wait; doubles after every attempt.
    pub initial_backoff: Duration,
    /// Cap of the wait bound.
    pub max_backoff: Duration,
    /// Time limit of the whole call, retries and waits included; `None` = only
    /// `max_attempts` × per-attempt timeout.
    pub total_deadline: Option<Duration>,
}

impl Default for RetryPolicy {
    /// 3 attempts, waits drawn from [0, 100 ms · 2ⁿ] capped at 5 s, 120 s in total.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(5),
            total_deadline: Some(Duration::from_secs(120)),
        }
    }
}

impl RetryPolicy {
    /// A single attempt.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
        if self.max_attempts == 0 {
            return Err(Error::InvalidInput(
                "max_attempts must be at least 1".into(),
            ));
        }
        if self.initial_backoff > self.max_backoff {
            return Err(Error::InvalidInput(
                "initial_backoff must not exceed max_backoff".into(),
            ));
        }
        if self.total_deadline.is_some_and(|d| d.is_zero()) {
            return Err(Error::InvalidInput(
                "total_deadline must be positive".into(),
            ));
        }
        Ok(())
    }

    /// Upper bound of the wait after failed attempt number `attempt` (1-based):
    /// `min(max_backoff, initial_backoff · 2^(attempt-1))`.
    pub fn backoff_bound(&self, attempt: u32) -> Duration {
        let shift = attempt.saturating_sub(1).min(31);
        self.initial_backoff
            .checked_mul(1u32 << shift)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff)
    }

    /// A full-jitter wait: uniform in `[0, backoff_bound(attempt)]`.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let bound = self.backoff_bound(attempt).as_nanos() as u64;
        Duration::from_nanos(if bound == 0 {
            0
        } else {
            random_u64() % (bound + 1)
        })
    }
}

/// Why an error may be retried, or `None` when it must not be.
pub(crate) fn retry_reason(err: &Error, safe_to_repeat: bool) -> Option<&'static str> {
    match err {
        Error::Service { code, status, .. } => {
            if code == "RequestLimitExceeded" || code.starts_with("RequestLimitExceeded.") {
                Some("throttled")
            } else if !safe_to_repeat || is_client_fault(code) {
                None
            } else if code == "InternalError" || code.starts_with("InternalError.") {
                Some("internal error")
            } else if *status >= 500 {
                Some("server error")
            } else {
                None
            }
        }
        Error::Decode { status, .. } if *status >= 500 && safe_to_repeat => Some("server error"),
        Error::Transport { .. } if safe_to_repeat => Some("connection error"),
        Error::Timeout { .. } if safe_to_repeat => Some("timeout"),
        _ => None,
    }
}

/// Authentication, permission and parameter errors: retrying cannot help.
fn is_client_fault(code: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "AuthFailure",
        "UnauthorizedOperation",
        "InvalidParameter",
        "MissingParameter",
        "UnknownParameter",
        "InvalidAction",
        "InvalidRequest",
        "UnsupportedOperation",
        "UnsupportedProtocol",
        "UnsupportedRegion",
        "InvalidCredential",
        "OperationDenied",
        "ResourceNotFound",
    ];
    PREFIXES.iter().any(|p| code.starts_with(p))
}

/// Whether a JSON body has a `"ClientToken"` member, which makes the request
/// idempotent on Tencent's side. A string *value* cannot match: inside a JSON string
/// a quote is always escaped.
pub(crate) fn has_client_token(body: &[u8]) -> bool {
    const NEEDLE: &[u8] = b"\"ClientToken\"";
    let mut rest = body;
    while let Some(i) = rest.windows(NEEDLE.len()).position(|w| w == NEEDLE) {
        let after = &rest[i + NEEDLE.len()..];
        let next = after.iter().find(|b| !b.is_ascii_whitespace());
        if next == Some(&b':') {
            return true;
        }
        rest = after;
    }
    false
}

/// A random `u64` from the standard library's per-process random keys (no extra crate).
pub(crate) fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(code: &str, status: u16) -> Error {
        Error::Service {
            code: code.into(),
            message: String::new(),
            request_id: String::new(),
            status,
        }
    }

    #[test]
    fn classification() {
        assert!(retry_reason(&service("RequestLimitExceeded", 200), false).is_some());
        assert!(
            retry_reason(
                &service("RequestLimitExceeded.UinLimitExceeded", 200),
                false
            )
            .is_some()
        );
        assert!(retry_reason(&service("InternalError", 200), false).is_none());
        assert!(retry_reason(&service("InternalError", 200), true).is_some());
        assert!(retry_reason(&service("InternalError.DbError", 200), true).is_some());
        assert!(retry_reason(&service("AuthFailure.SignatureExpire", 200), true).is_none());
        assert!(retry_reason(&service("AuthFailure.SignatureFailure", 500), true).is_none());
        assert!(retry_reason(&service("InvalidParameterValue", 200), true).is_none());
        assert!(retry_reason(&service("ResourceInsufficient", 200), true).is_none());
        assert!(retry_reason(&service("ServiceUnavailable", 503), true).is_some());
        let decode = |status| Error::Decode {
            status,
            reason: String::new(),
            snippet: String::new(),
            source: None,
        };
        assert!(retry_reason(&decode(503), true).is_some());
        assert!(retry_reason(&decode(503), false).is_none());
        assert!(retry_reason(&decode(200), true).is_none());
        let transport = Error::Transport {
            message: "reset".into(),
            source: None,
        };
        assert!(retry_reason(&transport, true).is_some());
        assert!(retry_reason(&transport, false).is_none());
        let timeout = Error::Timeout {
            elapsed: Duration::from_secs(1),
        };
        assert!(retry_reason(&timeout, true).is_some());
        assert!(retry_reason(&timeout, false).is_none());
        assert!(retry_reason(&Error::Credentials("x".into()), true).is_none());
        assert!(retry_reason(&Error::InvalidInput("x".into()), true).is_none());
    }

    #[test]
    fn client_token_detection() {
        assert!(has_client_token(br#"{"ClientToken": "abc", "Limit": 1}"#));
        assert!(has_client_token(br#"{"A":1,"ClientToken"  :"x"}"#));
        assert!(!has_client_token(br#"{"Name": "ClientToken"}"#));
        assert!(!has_client_token(br#"{"Name": "say \"ClientToken\": hi"}"#));
        assert!(!has_client_token(br#"{"ClientTokens": 1}"#));
        assert!(!has_client_token(b""));
    }

    #[test]
    fn backoff_is_bounded_and_jittered() {
        let p = RetryPolicy {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(1),
            total_deadline: None,
        };
        assert_eq!(p.backoff_bound(1), Duration::from_millis(100));
        assert_eq!(p.backoff_bound(2), Duration::from_millis(200));
        assert_eq!(p.backoff_bound(4), Duration::from_millis(800));
        assert_eq!(p.backoff_bound(5), Duration::from_secs(1));
        assert_eq!(p.backoff_bound(400), Duration::from_secs(1));
        let draws: Vec<Duration> = (0..200).map(|_| p.backoff(3)).collect();
        assert!(draws.iter().all(|d| *d <= Duration::from_millis(400)));
        // Full jitter: spread over the range, not constant.
        let distinct: std::collections::HashSet<_> = draws.iter().collect();
        assert!(distinct.len() > 150);
        assert!(draws.iter().any(|d| *d < Duration::from_millis(100)));
        assert!(draws.iter().any(|d| *d > Duration::from_millis(300)));
    }

    #[test]
    fn policy_validation() {
        assert!(
            RetryPolicy {
                max_attempts: 0,
                ..RetryPolicy::default()
            }
            .validate()
            .is_err()
        );
        assert!(
            RetryPolicy {
                initial_backoff: Duration::from_secs(10),
                max_backoff: Duration::from_secs(1),
                ..RetryPolicy::default()
            }
            .validate()
            .is_err()
        );
        assert!(RetryPolicy::default().validate().is_ok());
    }
}
