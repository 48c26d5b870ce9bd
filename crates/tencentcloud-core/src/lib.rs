//! Runtime of the Tencent Cloud Rust SDK.
//!
//! - [`sign`]: TC3-HMAC-SHA256 and legacy v1 signing, as pure functions.
//! - [`Credential`] and [`Secret`]: a static credential whose secrets never print.
//! - [`Error`]: the one error type.
#![warn(missing_docs)]

pub mod credential;
pub mod error;
pub mod secret;
pub mod sign;

pub use credential::Credential;
pub use error::Error;
pub use secret::Secret;
