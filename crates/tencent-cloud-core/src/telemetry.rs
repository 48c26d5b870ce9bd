//! Telemetry: one `tracing` span per call named and attributed by OpenTelemetry's
//! semantic conventions for RPC clients, and call metrics through a small trait.
//!
//! **Spans.** Each call is a span named `tencentcloud.request` at INFO level with these
//! fields (a `tracing-opentelemetry` layer turns them into span attributes, `otel.name`
//! into the span name and `otel.kind` into its kind):
//!
//! | field | value |
//! |---|---|
//! | `otel.name` | `cvm/DescribeInstances` |
//! | `otel.kind` | `client` |
//! | `rpc.system` | `tencentcloud` |
//! | `rpc.service` | `cvm` |
//! | `rpc.method` | `DescribeInstances` |
//! | `server.address` | `cvm.tencentcloudapi.com` |
//! | `cloud.region` | `ap-guangzhou` (empty without a region) |
//! | `tencentcloud.api_version` | `2017-03-12` |
//! | `tencentcloud.attempts` | attempts made, retries included |
//! | `tencentcloud.request_id` | the request id of the last answer |
//! | `http.response.status_code` | the HTTP status of the last answer |
//! | `error.type` | the error code (`ResourceNotFound.InstanceNotFound`), or the kind of failure (`timeout`, `transport`, `decode`, …) |
//! | `otel.status_code` | `ERROR` when the call failed |
//!
//! Each attempt is a DEBUG span `tencentcloud.attempt` inside it, with
//! `http.request.resend_count` (0 for the first attempt); retries are INFO events.
//!
//! **Metrics.** Set a [`Metrics`] recorder with
//! [`ClientConfigBuilder::metrics`](crate::config::ClientConfigBuilder::metrics) to count
//! calls, their latency, attempts and errors by service, action and error code. The core
//! depends on no metrics library: forward the records to OpenTelemetry, Prometheus or
//! anything else.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use tracing::field::Empty;

use crate::client::RequestSpec;
use crate::error::Error;

/// `rpc.system` of every span.
pub const RPC_SYSTEM: &str = "tencentcloud";

/// Receives one record per finished call.
pub trait Metrics: Send + Sync + fmt::Debug + 'static {
    /// A call finished: successfully, or with an error.
    fn record_call(&self, call: &CallRecord<'_>);
}

/// A metrics recorder shared by clients.
pub type SharedMetrics = Arc<dyn Metrics>;

/// One finished call, for [`Metrics::record_call`].
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct CallRecord<'a> {
    /// The service, e.g. `cvm`.
    pub service: &'a str,
    /// The API version, e.g. `2017-03-12`.
    pub version: &'a str,
    /// The action, e.g. `DescribeInstances`.
    pub action: &'a str,
    /// The region, if any.
    pub region: Option<&'a str>,
    /// From the start of the call to its result, retries and waits included.
    pub duration: Duration,
    /// Attempts made (0 when the call failed before sending anything).
    pub attempts: u32,
    /// `None` on success; else the error code or kind, as in the span's `error.type`.
    pub error_type: Option<&'a str>,
}

/// The `error.type` of an error: the service's error code, else the kind of failure.
pub fn error_type(err: &Error) -> &str {
    match err {
        Error::Service { code, .. } => code,
        Error::Transport { .. } => "transport",
        Error::Timeout { .. } => "timeout",
        Error::OperationTimeout { .. } => "operation_timeout",
        Error::Decode { .. } => "decode",
        Error::ResponseTooLarge { .. } => "response_too_large",
        Error::Credentials(_) | Error::CredentialsNotFound(_) => "credentials",
        Error::InvalidInput(_) => "invalid_input",
    }
}

/// The span of one call, its result fields empty until [`finish`].
pub(crate) fn call_span(spec: &RequestSpec<'_>, region: Option<&str>) -> tracing::Span {
    tracing::info_span!(
        "tencentcloud.request",
        otel.name = format_args!("{}/{}", spec.service, spec.action),
        otel.kind = "client",
        otel.status_code = Empty,
        rpc.system = RPC_SYSTEM,
        rpc.service = spec.service,
        rpc.method = spec.action,
        server.address = Empty,
        cloud.region = region.unwrap_or(""),
        tencentcloud.api_version = spec.version,
        tencentcloud.attempts = Empty,
        tencentcloud.request_id = Empty,
        http.response.status_code = Empty,
        error.type = Empty,
    )
}

/// What a call ended with, for its span and the metrics.
pub(crate) struct Ending<'a> {
    pub error: Option<&'a Error>,
    pub attempts: u32,
    pub status: Option<u16>,
    pub request_id: Option<&'a str>,
    pub duration: Duration,
}

/// Records the end of a call on its span and in `metrics`.
pub(crate) fn finish(
    span: &tracing::Span,
    metrics: Option<&SharedMetrics>,
    spec: &RequestSpec<'_>,
    region: Option<&str>,
    end: &Ending<'_>,
) {
    span.record("tencentcloud.attempts", end.attempts);
    if let Some(status) = end.status {
        span.record("http.response.status_code", status);
    }
    if let Some(id) = end.request_id {
        span.record("tencentcloud.request_id", id);
    }
    let error_type = end.error.map(error_type);
    if let Some(t) = error_type {
        span.record("error.type", t);
        span.record("otel.status_code", "ERROR");
    }
    span.in_scope(|| match end.error {
        None => tracing::debug!(
            latency_ms = end.duration.as_millis() as u64,
            "call succeeded"
        ),
        Some(err) => tracing::debug!(error = %err, "call failed"),
    });
    if let Some(m) = metrics {
        m.record_call(&CallRecord {
            service: spec.service,
            version: spec.version,
            action: spec.action,
            region,
            duration: end.duration,
            attempts: end.attempts,
            error_type,
        });
    }
}
