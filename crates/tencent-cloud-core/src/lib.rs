//! Runtime of the Tencent Cloud Rust SDK: every generated service crate calls into it.
//!
//! - [`sign`]: TC3-HMAC-SHA256 and legacy v1 (HmacSHA256 / HmacSHA1) signing, as pure
//!   functions over borrowed data, with every stage public for verifiers.
//! - [`Client`]: signs, sends (hyper + rustls, pooled connections, proxies), retries
//!   ([`RetryPolicy`]), decodes (`{"Response": …}`) and streams server-sent events
//!   ([`sse`]). One non-generic entry point, [`Client::send_raw`]; the generic
//!   [`Client::call`] is a three-line wrapper.
//! - [`ClientConfig`]: region, language, endpoints, timeouts, proxy, user agent, retries,
//!   signature algorithm.
//! - [`Credential`] and [`Secret`]: a static credential whose secrets never print.
//! - [`credentials`]: credential providers (environment, INI and tccli profiles with SSO,
//!   STS `AssumeRole`, TKE OIDC, CVM role), the default chain and a refresh-ahead cache.
//! - [`SdkConfig::from_env`]: region and credentials found the way tccli and the official
//!   SDKs find them; [`Client::from_env`] in one call.
//! - [`Error`]: the one error type.
//! - [`rt`]: what generated crates are made of: the JSON codec (a pull parser, lenient
//!   decoding, unknown fields kept), `model!`, and the call and pager types their
//!   methods return.
//!
//! ```no_run
//! # async fn demo() -> Result<(), tencent_cloud_core::Error> {
//! use tencent_cloud_core::{Client, ClientConfig, Credential, RequestSpec};
//!
//! let config = ClientConfig::builder().region("ap-guangzhou").build()?;
//! let client = Client::new(config, Credential::new("AKID...", "secret key"))?;
//! let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeZones").idempotent(true);
//! let zones: serde_json::Value = client.call(&spec, &serde_json::json!({})).await?;
//! # Ok(()) }
//! ```
#![warn(missing_docs)]

pub mod client;
/// The old name of [`rt`], the generated code's runtime (the codec, `model!`, `Call`).
#[deprecated(
    since = "0.2.7",
    note = "the generated code's runtime is `tencent_cloud_core::rt` (this module re-exports it)"
)]
pub mod codec {
    pub use crate::rt::*;
}
pub mod config;
/// The old home of [`Credential`]: it is at the crate root and in [`credentials`].
#[deprecated(
    since = "0.2.6",
    note = "`Credential` is `tencent_cloud_core::Credential` (or `credentials::Credential`): one module for credentials"
)]
pub mod credential {
    pub use crate::credentials::Credential;
}
pub mod credentials;
pub mod error;
mod http;
pub mod interceptor;
pub mod loader;
pub mod mock;
pub mod pages;
pub mod retry;
pub mod rt;
pub mod secret;
pub mod sign;
pub mod sse;
pub mod telemetry;
#[cfg(feature = "test-util")]
#[doc(hidden)]
pub mod testing;
pub mod transport;

pub use bytes::Bytes;
pub use client::{Client, RequestSpec};
pub use config::{
    ActionHost, ClientConfig, ClientConfigBuilder, DEFAULT_MAX_RESPONSE_BYTES, Endpoint, Language,
    Site,
};
pub use credentials::Credential;
pub use error::Error;
#[allow(deprecated)]
pub use loader::Config;
pub use loader::{ConfigLoader, SdkConfig};
pub use retry::RetryPolicy;
pub use secret::Secret;
pub use sse::{Event, EventStream};
