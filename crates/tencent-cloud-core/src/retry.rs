//! Retry policy: which failures are retried, and how long to wait.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

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

/// The limits one call's retry loop runs under.
pub(crate) struct Limits<'a> {
    pub policy: &'a RetryPolicy,
    /// Time limit of each attempt.
    pub attempt_timeout: Duration,
    /// Time limit of the whole call (`None`: only the attempts bound it).
    pub operation_timeout: Option<Duration>,
    /// Whether failures that may have reached the service can be retried.
    pub safe_to_repeat: bool,
}

/// What the retry loop ended with.
pub(crate) struct Driven<T> {
    pub result: Result<T, Error>,
    /// Attempts started.
    pub attempts: u32,
}

/// The retry loop, over any attempt and any sleep: runs `attempt(n, budget)` (`n` from 1,
/// `budget` the time it may take: the attempt timeout, less when the operation timeout
/// is nearer), tells `observe` how each attempt ended and whether another follows, and
/// waits `sleep(backoff)` between attempts. Time is tokio's, so tests drive the loop on
/// a paused clock.
///
/// A call ends with [`Error::OperationTimeout`] when its operation timeout leaves no time
/// for the next attempt or cuts one short, and with [`Error::Timeout`] (the whole call's
/// elapsed time) when its last attempt ran out of its attempt timeout.
pub(crate) async fn drive<T, A, AF, S, SF, O>(
    limits: &Limits<'_>,
    mut attempt: A,
    mut sleep: S,
    mut observe: O,
) -> Driven<T>
where
    A: FnMut(u32, Duration) -> AF,
    AF: Future<Output = Result<T, Error>>,
    S: FnMut(Duration) -> SF,
    SF: Future<Output = ()>,
    O: FnMut(u32, &Result<T, Error>, Option<&'static str>),
{
    let started = Instant::now();
    let deadline = limits.operation_timeout.map(|d| started + d);
    let out_of_time = |attempts: u32| Error::OperationTimeout {
        elapsed: started.elapsed(),
        attempts,
        limit: limits.operation_timeout.unwrap_or_default(),
    };
    let mut n: u32 = 0;
    loop {
        n += 1;
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        let budget = match left {
            Some(left) if left.is_zero() => {
                return Driven {
                    result: Err(out_of_time(n - 1)),
                    attempts: n - 1,
                };
            }
            Some(left) => limits.attempt_timeout.min(left),
            None => limits.attempt_timeout,
        };
        let cut_by_deadline = budget < limits.attempt_timeout;
        let mut result = attempt(n, budget).await;
        if let Err(Error::Timeout { .. }) = &result {
            result = Err(if cut_by_deadline {
                out_of_time(n)
            } else {
                Error::Timeout {
                    elapsed: started.elapsed(),
                }
            });
        }
        let retry = match &result {
            Ok(_) => None,
            Err(err) if n >= limits.policy.max_attempts => {
                let _ = err;
                None
            }
            Err(err) => retry_reason(err, limits.safe_to_repeat),
        };
        let Some(reason) = retry else {
            observe(n, &result, None);
            return Driven {
                result,
                attempts: n,
            };
        };
        let delay = limits.policy.backoff(n);
        if deadline.is_some_and(|d| Instant::now() + delay >= d) {
            observe(n, &result, None);
            let result = match result {
                Err(Error::Timeout { .. }) => Err(out_of_time(n)),
                other => other,
            };
            return Driven {
                result,
                attempts: n,
            };
        }
        observe(n, &result, Some(reason));
        sleep(delay).await;
    }
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

    /// The retry loop on tokio's paused clock: time advances only when every task
    /// waits, so hours of timeouts and backoff take microseconds of real time.
    mod on_a_paused_clock {
        use super::*;
        use std::cell::RefCell;
        use std::time::Duration;
        use tokio::time::Instant;

        fn policy(max_attempts: u32) -> RetryPolicy {
            RetryPolicy {
                max_attempts,
                initial_backoff: Duration::from_millis(100),
                max_backoff: Duration::from_secs(1),
                total_deadline: None,
            }
        }

        /// An attempt that hangs until its budget runs out, as a dead server does.
        async fn hang(budget: Duration) -> Result<(), Error> {
            let start = Instant::now();
            tokio::time::sleep(budget).await;
            Err(Error::Timeout {
                elapsed: start.elapsed(),
            })
        }

        #[tokio::test(start_paused = true)]
        async fn an_operation_timeout_ends_hanging_attempts_at_the_deadline() {
            let p = policy(10);
            let limits = Limits {
                policy: &p,
                attempt_timeout: Duration::from_secs(1),
                operation_timeout: Some(Duration::from_secs(3)),
                safe_to_repeat: true,
            };
            let real = std::time::Instant::now();
            let start = Instant::now();
            let seen = RefCell::new(Vec::new());
            let driven = drive(
                &limits,
                |_, budget| hang(budget),
                tokio::time::sleep,
                |n, _, retry: Option<&'static str>| seen.borrow_mut().push((n, retry.is_some())),
            )
            .await;
            let took = start.elapsed();
            match driven.result {
                Err(Error::OperationTimeout {
                    elapsed,
                    attempts,
                    limit,
                }) => {
                    assert_eq!(limit, Duration::from_secs(3));
                    assert_eq!(attempts, driven.attempts);
                    assert!(attempts >= 3, "attempts {attempts}");
                    assert!(
                        elapsed >= Duration::from_millis(2_900)
                            && elapsed <= Duration::from_secs(3),
                        "{elapsed:?}"
                    );
                    let text = Error::OperationTimeout {
                        elapsed,
                        attempts,
                        limit,
                    }
                    .to_string();
                    assert!(text.contains(&format!("{attempts} attempt")), "{text}");
                }
                other => panic!("expected OperationTimeout, got {other:?}"),
            }
            assert!(took <= Duration::from_secs(3), "{took:?}");
            // Every attempt but the last was followed by a retry.
            let seen = seen.into_inner();
            assert_eq!(seen.len() as u32, driven.attempts);
            assert!(seen[..seen.len() - 1].iter().all(|(_, retry)| *retry));
            assert!(
                real.elapsed() < Duration::from_millis(500),
                "{:?}",
                real.elapsed()
            );
        }

        #[tokio::test(start_paused = true)]
        async fn attempt_timeouts_end_the_call_with_its_whole_time() {
            let p = policy(3);
            let limits = Limits {
                policy: &p,
                attempt_timeout: Duration::from_secs(3),
                operation_timeout: None,
                safe_to_repeat: true,
            };
            let start = Instant::now();
            let driven = drive(
                &limits,
                |_, budget| hang(budget),
                tokio::time::sleep,
                |_, _, _| {},
            )
            .await;
            assert_eq!(driven.attempts, 3);
            match driven.result {
                // 3 attempts of 3 s plus two waits: the error gives the whole call's time,
                // not the last attempt's 3 s (the issue's "9.1 s, timed out after 3001ms").
                Err(Error::Timeout { elapsed }) => {
                    assert!(elapsed >= Duration::from_secs(9), "{elapsed:?}");
                    assert_eq!(elapsed, start.elapsed());
                }
                other => panic!("expected Timeout, got {other:?}"),
            }
        }

        #[tokio::test(start_paused = true)]
        async fn unsafe_requests_are_not_retried_after_a_timeout_but_throttling_is() {
            let p = policy(5);
            let limits = Limits {
                policy: &p,
                attempt_timeout: Duration::from_secs(2),
                operation_timeout: Some(Duration::from_secs(60)),
                safe_to_repeat: false,
            };
            let driven = drive(
                &limits,
                |_, budget| hang(budget),
                tokio::time::sleep,
                |_, _, _| {},
            )
            .await;
            assert_eq!(driven.attempts, 1);
            assert!(matches!(driven.result, Err(Error::Timeout { .. })));

            let calls = RefCell::new(0u32);
            let waits = RefCell::new(Vec::new());
            let driven = drive(
                &limits,
                |n, _| {
                    *calls.borrow_mut() += 1;
                    async move {
                        if n < 4 {
                            Err(Error::Service {
                                code: "RequestLimitExceeded".into(),
                                message: String::new(),
                                request_id: format!("r{n}"),
                                status: 200,
                            })
                        } else {
                            Ok(n)
                        }
                    }
                },
                |d| {
                    waits.borrow_mut().push(d);
                    tokio::time::sleep(d)
                },
                |_, _, _| {},
            )
            .await;
            assert_eq!(driven.result.ok(), Some(4));
            assert_eq!((driven.attempts, *calls.borrow()), (4, 4));
            let waits = waits.into_inner();
            assert_eq!(waits.len(), 3);
            for (i, w) in waits.iter().enumerate() {
                assert!(*w <= p.backoff_bound(i as u32 + 1), "wait {i}: {w:?}");
            }
        }

        #[tokio::test(start_paused = true)]
        async fn no_retry_starts_when_its_wait_would_cross_the_deadline() {
            let p = RetryPolicy {
                max_attempts: 5,
                initial_backoff: Duration::from_secs(10),
                max_backoff: Duration::from_secs(10),
                total_deadline: None,
            };
            let limits = Limits {
                policy: &p,
                attempt_timeout: Duration::from_secs(1),
                operation_timeout: Some(Duration::from_millis(1_500)),
                safe_to_repeat: true,
            };
            // Waits are drawn from [0, 10 s]; over many runs most cross the deadline and
            // end the call with the attempt's own error, the rest retry and time out.
            for _ in 0..20 {
                let driven = drive(
                    &limits,
                    |_, _| async {
                        Err::<(), _>(Error::Service {
                            code: "InternalError".into(),
                            message: String::new(),
                            request_id: String::new(),
                            status: 200,
                        })
                    },
                    tokio::time::sleep,
                    |_, _, _| {},
                )
                .await;
                match driven.result {
                    Err(Error::Service { .. }) | Err(Error::OperationTimeout { .. }) => {}
                    other => panic!("{other:?}"),
                }
            }
        }
    }
}
