//! Static credentials.

use crate::error::Error;
use crate::secret::Secret;

/// A Tencent Cloud API credential: a SecretId, a SecretKey and, for temporary
/// credentials (STS, CAM roles), a session token.
///
/// `Debug` shows the SecretId and redacts the key and token.
///
/// A fixed credential for [`Client::new`](crate::Client::new); the providers beside it in
/// [`credentials`](crate::credentials) (environment, profiles, STS, OIDC, CVM role, the
/// default chain) give one, refreshed as needed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credential {
    /// The SecretId (`AKID…`). Not secret: it appears in every `Authorization` header.
    pub secret_id: String,
    /// The SecretKey.
    pub secret_key: Secret,
    /// The session token of a temporary credential.
    pub token: Option<Secret>,
}

impl Credential {
    /// A permanent credential (no token).
    pub fn new(secret_id: impl Into<String>, secret_key: impl Into<Secret>) -> Self {
        Credential {
            secret_id: secret_id.into(),
            secret_key: secret_key.into(),
            token: None,
        }
    }

    /// Adds a session token (temporary credential).
    pub fn with_token(mut self, token: impl Into<Secret>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// Checks the credential the way the official SDKs do: SecretId and SecretKey must be
    /// non-empty and contain no surrounding whitespace; no part may contain a control
    /// character (they end up in HTTP headers).
    pub fn validate(&self) -> Result<(), Error> {
        fn check(name: &str, value: &str) -> Result<(), Error> {
            if value.is_empty() {
                return Err(Error::Credentials(format!("{name} is empty")));
            }
            if value.trim() != value {
                return Err(Error::Credentials(format!(
                    "{name} has leading or trailing whitespace"
                )));
            }
            if value.chars().any(|c| c.is_control()) {
                return Err(Error::Credentials(format!(
                    "{name} contains a control character"
                )));
            }
            Ok(())
        }
        check("SecretId", &self.secret_id)?;
        check("SecretKey", self.secret_key.expose())?;
        if let Some(token) = &self.token
            && token.expose().chars().any(|c| c.is_control())
        {
            return Err(Error::Credentials(
                "token contains a control character".into(),
            ));
        }
        Ok(())
    }

    /// The token, if any and non-empty.
    pub(crate) fn token_str(&self) -> Option<&str> {
        self.token
            .as_ref()
            .map(Secret::expose)
            .filter(|t| !t.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_key_and_token() {
        let c = Credential::new("AKIDexample", "very-secret-key").with_token("very-secret-token");
        let d = format!("{c:?}");
        assert!(d.contains("AKIDexample"));
        assert!(!d.contains("very-secret"), "{d}");
    }

    #[test]
    fn validate_rejects_bad_credentials() {
        assert!(Credential::new("", "k").validate().is_err());
        assert!(Credential::new("id", "").validate().is_err());
        assert!(Credential::new(" id", "k").validate().is_err());
        assert!(Credential::new("id", "k\n").validate().is_err());
        assert!(
            Credential::new("id", "k")
                .with_token("a\r\nX-Evil: 1")
                .validate()
                .is_err()
        );
        assert!(
            Credential::new("id", "k")
                .with_token("t")
                .validate()
                .is_ok()
        );
    }
}
