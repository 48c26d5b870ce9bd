//! A caching layer: refresh ahead of expiry, one refresh at a time.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use super::{BoxFuture, Clock, Credentials, ProvideCredentials, SharedCredentialsProvider};
use crate::error::Error;

/// Default refresh-ahead time: tccli's and the official SDKs' 5 minutes (a signature
/// is accepted for 5 minutes, so credentials must outlive the request by that much).
pub const DEFAULT_REFRESH_AHEAD: Duration = Duration::from_secs(300);
/// After a failed refresh, how long still-valid credentials are served before trying
/// again.
pub const DEFAULT_RETRY_AFTER_FAILURE: Duration = Duration::from_secs(10);

/// Caches another provider's credentials and refreshes them ahead of expiry.
///
/// - Credentials without expiry are fetched once and kept.
/// - Expiring ones are refreshed when less than the refresh-ahead time (default 5 min,
///   at most half their lifetime) is left.
/// - Single flight: however many tasks ask at once, one refresh runs; the others wait
///   for it and share its result (or its error).
/// - A failed refresh while the cached credentials are still valid keeps serving them,
///   logs the error (`tracing` warning) and keeps it for
///   [`LazyCache::last_refresh_error`]; the next attempt comes after a short pause.
pub struct LazyCache {
    inner: SharedCredentialsProvider,
    clock: Clock,
    refresh_ahead: Duration,
    retry_after_failure: Duration,
    state: Mutex<State>,
    refresh: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct State {
    /// Cached credentials and when they were fetched.
    cached: Option<(Credentials, SystemTime)>,
    /// Refresh attempts started so far.
    attempts: u64,
    /// The last failed attempt: its number, when, and the error.
    failure: Option<(u64, SystemTime, Error)>,
}

impl LazyCache {
    /// Caches `inner` with the defaults.
    pub fn new(inner: impl ProvideCredentials + 'static) -> Self {
        LazyCache {
            inner: Arc::new(inner),
            clock: Clock::system(),
            refresh_ahead: DEFAULT_REFRESH_AHEAD,
            retry_after_failure: DEFAULT_RETRY_AFTER_FAILURE,
            state: Mutex::new(State::default()),
            refresh: tokio::sync::Mutex::new(()),
        }
    }

    /// Refresh this long before expiry (default 5 min; capped at half the lifetime).
    pub fn refresh_ahead(mut self, d: Duration) -> Self {
        self.refresh_ahead = d;
        self
    }

    /// After a failed refresh, serve the still-valid credentials this long before
    /// trying again (default 10 s).
    pub fn retry_after_failure(mut self, d: Duration) -> Self {
        self.retry_after_failure = d;
        self
    }

    /// The clock deciding what is fresh (default: the system clock).
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The error of the last refresh, if it failed (cleared by a successful one).
    pub fn last_refresh_error(&self) -> Option<Error> {
        self.lock()
            .failure
            .as_ref()
            .map(|(_, _, e)| e.clone_lossy())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the state inconsistent.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn is_fresh(&self, creds: &Credentials, fetched: SystemTime, now: SystemTime) -> bool {
        let Some(expiry) = creds.expiry() else {
            return true;
        };
        let lifetime = expiry.duration_since(fetched).unwrap_or_default();
        let ahead = self.refresh_ahead.min(lifetime / 2);
        now + ahead < expiry
    }

    fn is_valid(creds: &Credentials, now: SystemTime) -> bool {
        creds.expiry().is_none_or(|e| now < e)
    }

    /// What to answer without refreshing, if anything.
    fn answer_from_cache(
        &self,
        st: &State,
        now: SystemTime,
        seen: Option<u64>,
    ) -> Option<Result<Credentials, Error>> {
        if let Some((c, fetched)) = &st.cached
            && self.is_fresh(c, *fetched, now)
        {
            return Some(Ok(c.clone()));
        }
        let valid = st
            .cached
            .as_ref()
            .map(|(c, _)| c)
            .filter(|c| Self::is_valid(c, now));
        if let Some((n, at, err)) = &st.failure {
            // A refresh we waited for failed: share its outcome.
            if let Some(seen) = seen
                && *n > seen
            {
                return Some(match valid {
                    Some(c) => Ok(c.clone()),
                    None => Err(err.clone_lossy()),
                });
            }
            // Recently failed: do not hammer the source while what we have still works.
            if let Some(c) = valid
                && now.duration_since(*at).unwrap_or_default() < self.retry_after_failure
            {
                return Some(Ok(c.clone()));
            }
        }
        None
    }

    async fn get(&self) -> Result<Credentials, Error> {
        let seen = {
            let st = self.lock();
            if let Some(answer) = self.answer_from_cache(&st, self.clock.now(), None) {
                return answer;
            }
            st.attempts
        };
        let _refreshing = self.refresh.lock().await;
        let now = self.clock.now();
        let attempt = {
            let mut st = self.lock();
            if let Some(answer) = self.answer_from_cache(&st, now, Some(seen)) {
                return answer;
            }
            st.attempts += 1;
            st.attempts
        };
        let result = self.inner.provide_credentials().await;
        let mut st = self.lock();
        match result {
            Ok(c) => {
                tracing::debug!(
                    provider = c.provider(),
                    expires_in_s = c
                        .expiry()
                        .and_then(|e| e.duration_since(now).ok())
                        .map(|d| d.as_secs()),
                    "credentials loaded"
                );
                st.cached = Some((c.clone(), now));
                st.failure = None;
                Ok(c)
            }
            Err(e) => {
                let valid = st
                    .cached
                    .as_ref()
                    .map(|(c, _)| c)
                    .filter(|c| Self::is_valid(c, now))
                    .cloned();
                st.failure = Some((attempt, now, e.clone_lossy()));
                match valid {
                    Some(c) => {
                        tracing::warn!(error = %e, "credential refresh failed; using the cached credentials until they expire");
                        Ok(c)
                    }
                    None => {
                        tracing::debug!(error = %e, "credential refresh failed");
                        Err(e)
                    }
                }
            }
        }
    }
}

impl ProvideCredentials for LazyCache {
    fn provide_credentials(&self) -> BoxFuture<'_, Result<Credentials, Error>> {
        Box::pin(self.get())
    }
}

impl fmt::Debug for LazyCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let st = self.lock();
        f.debug_struct("LazyCache")
            .field("inner", &self.inner)
            .field(
                "cached_from",
                &st.cached.as_ref().map(|(c, _)| c.provider()),
            )
            .field("refresh_ahead", &self.refresh_ahead)
            .finish()
    }
}
