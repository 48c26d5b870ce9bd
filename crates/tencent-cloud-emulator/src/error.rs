//! Errors: the Tencent-shaped API errors the emulator answers with, and the errors of
//! starting it.

use serde_json::{Value, json};

/// An error answered to a client, in Tencent's shape
/// `{"Response": {"Error": {"Code", "Message"}, "RequestId"}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    /// Tencent error code, e.g. `AuthFailure.SignatureFailure`.
    pub code: String,
    /// Human-readable message. Never contains a secret.
    pub message: String,
}

impl ApiError {
    /// An error with this code and message.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError {
            code: code.into(),
            message: message.into(),
        }
    }

    /// The response body for this error.
    pub fn to_json(&self, request_id: &str) -> Value {
        json!({"Response": {"Error": {"Code": self.code, "Message": self.message}, "RequestId": request_id}})
    }
}

/// Why the emulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The release could not be loaded.
    #[error("cannot load the release: {0}")]
    Release(#[from] tencent_cloud_spec::LoadError),
    /// The builder was not given something it needs, or was given something unusable.
    #[error("invalid emulator configuration: {0}")]
    Config(String),
    /// The listen address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
}
