//! The legacy signature (v1): `HmacSHA256` or `HmacSHA1` over the sorted parameters.
//!
//! ```text
//! StringToSign = METHOD + host + path + "?" + k1=v1&k2=v2...   (keys sorted, values raw)
//! Signature    = base64(HMAC(SecretKey, StringToSign))
//! ```
//!
//! The parameters travel form-encoded (POST body or GET query) and include the common
//! ones: `Action`, `Version`, `Region`, `Timestamp`, `Nonce`, `SecretId`,
//! `SignatureMethod`, `Token`, `Language`, and `Signature` itself. tccli signs this way,
//! so the emulator verifies it with [`string_to_sign`] and [`signature`].
//!
//! As in the official SDKs, `_` in a key is read as `.` for the string to sign only.

use std::fmt;

use base64::Engine as _;
use hmac::{Hmac, Mac};

use super::{Algorithm, Method, check_header_value};
use crate::credentials::Credential;
use crate::error::Error;

/// Everything v1 signing needs, borrowed. Build one with [`SigningRequest::new`].
#[derive(Clone, Copy, Debug)]
pub struct SigningRequest<'a> {
    /// `HmacSHA256` or `HmacSHA1` (`TC3-HMAC-SHA256` is refused).
    pub algorithm: Algorithm,
    /// `POST` (form body) or `GET` (query string).
    pub method: Method,
    /// Host as sent in the `Host` header.
    pub host: &'a str,
    /// Request path; always `/`.
    pub path: &'a str,
    /// The action's own parameters, already flattened (see
    /// [`flatten_json_params`](super::flatten_json_params)).
    pub params: &'a [(&'a str, &'a str)],
    /// `Action`.
    pub action: &'a str,
    /// `Version`.
    pub version: &'a str,
    /// `Region`, omitted when `None`.
    pub region: Option<&'a str>,
    /// `Language`, omitted when `None`.
    pub language: Option<&'a str>,
    /// `Timestamp` (Unix seconds).
    pub timestamp: i64,
    /// `Nonce`: a random positive integer, fresh for every request.
    pub nonce: u64,
    /// Who signs. The token, if any, is sent as `Token`.
    pub credential: &'a Credential,
    /// `RequestClient` (an SDK identifier), omitted when `None`.
    pub request_client: Option<&'a str>,
}

impl<'a> SigningRequest<'a> {
    /// An `HmacSHA256` POST to path `/` with no region, language or request client.
    pub fn new(
        credential: &'a Credential,
        host: &'a str,
        action: &'a str,
        version: &'a str,
        timestamp: i64,
        nonce: u64,
        params: &'a [(&'a str, &'a str)],
    ) -> Self {
        SigningRequest {
            algorithm: Algorithm::HmacSha256,
            method: Method::Post,
            host,
            path: "/",
            params,
            action,
            version,
            region: None,
            language: None,
            timestamp,
            nonce,
            credential,
            request_client: None,
        }
    }
}

/// The result of [`sign`].
#[derive(Clone, PartialEq, Eq)]
pub struct SigningOutput {
    /// Every parameter to send, `Signature` last. Form-encode them with
    /// [`form_urlencode`](super::form_urlencode).
    pub params: Vec<(String, String)>,
    /// The string that was signed.
    pub string_to_sign: String,
    /// The base64 signature (also the `Signature` parameter).
    pub signature: String,
}

impl SigningOutput {
    /// The value of parameter `name`.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl fmt::Debug for SigningOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let params: Vec<(&str, &str)> = self
            .params
            .iter()
            .map(|(n, v)| (n.as_str(), if n == "Token" { "***" } else { v.as_str() }))
            .collect();
        // The string to sign holds the token too.
        let sts = match self.param("Token") {
            Some(t) if !t.is_empty() => self.string_to_sign.replace(t, "***"),
            _ => self.string_to_sign.clone(),
        };
        f.debug_struct("SigningOutput")
            .field("params", &params)
            .field("string_to_sign", &sts)
            .field("signature", &self.signature)
            .finish()
    }
}

/// Signs a request and returns every parameter to send.
pub fn sign(req: &SigningRequest<'_>) -> Result<SigningOutput, Error> {
    if req.algorithm == Algorithm::Tc3HmacSha256 {
        return Err(Error::InvalidInput(
            "v1 signing takes HmacSHA256 or HmacSHA1".into(),
        ));
    }
    if req.host.is_empty() {
        return Err(Error::InvalidInput("host is empty".into()));
    }
    if req.action.is_empty() || req.version.is_empty() {
        return Err(Error::InvalidInput(
            "action and version must not be empty".into(),
        ));
    }
    check_header_value("host", req.host)?;
    check_header_value("path", req.path)?;
    if req.timestamp < 0 {
        return Err(Error::InvalidInput(format!(
            "timestamp {} is negative",
            req.timestamp
        )));
    }
    let token = req.credential.token_str();

    let mut common: Vec<(String, String)> = Vec::with_capacity(10);
    common.push(("Action".into(), req.action.into()));
    common.push(("Version".into(), req.version.into()));
    if let Some(r) = req.region.filter(|r| !r.is_empty()) {
        common.push(("Region".into(), r.into()));
    }
    common.push(("Timestamp".into(), req.timestamp.to_string()));
    common.push(("Nonce".into(), req.nonce.to_string()));
    common.push(("SecretId".into(), req.credential.secret_id.clone()));
    common.push(("SignatureMethod".into(), req.algorithm.as_str().into()));
    if let Some(t) = token {
        common.push(("Token".into(), t.into()));
    }
    if let Some(l) = req.language {
        common.push(("Language".into(), l.into()));
    }
    if let Some(rc) = req.request_client {
        common.push(("RequestClient".into(), rc.into()));
    }

    // The action's parameters, minus any that a common parameter overrides.
    let mut params: Vec<(String, String)> = req
        .params
        .iter()
        .filter(|(k, _)| *k != "Signature" && !common.iter().any(|(c, _)| c == k))
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    params.extend(common);

    let refs: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let string_to_sign = string_to_sign(req.method.as_str(), req.host, req.path, &refs);
    let signature = signature(
        req.credential.secret_key.expose(),
        req.algorithm,
        &string_to_sign,
    )?;
    params.push(("Signature".into(), signature.clone()));
    Ok(SigningOutput {
        params,
        string_to_sign,
        signature,
    })
}

/// The v1 string to sign: `METHOD host path ? k=v&...`, keys sorted (byte order) after
/// reading `_` as `.`, values not encoded. A `Signature` parameter is left out, so a
/// server can pass every parameter it received.
pub fn string_to_sign(method: &str, host: &str, path: &str, params: &[(&str, &str)]) -> String {
    let mut keyed: Vec<(std::borrow::Cow<'_, str>, &str)> = params
        .iter()
        .filter(|(k, _)| *k != "Signature")
        .map(|(k, v)| {
            let key = if k.contains('_') {
                std::borrow::Cow::Owned(k.replace('_', "."))
            } else {
                std::borrow::Cow::Borrowed(*k)
            };
            (key, *v)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    let len = keyed
        .iter()
        .map(|(k, v)| k.len() + v.len() + 2)
        .sum::<usize>();
    let mut s = String::with_capacity(method.len() + host.len() + path.len() + 1 + len);
    s.push_str(method);
    s.push_str(host);
    s.push_str(path);
    s.push('?');
    for (i, (k, v)) in keyed.iter().enumerate() {
        if i > 0 {
            s.push('&');
        }
        s.push_str(k);
        s.push('=');
        s.push_str(v);
    }
    s
}

/// The base64 HMAC (SHA-256 or SHA-1, per `algorithm`) of `string_to_sign` under
/// `secret_key`.
pub fn signature(
    secret_key: &str,
    algorithm: Algorithm,
    string_to_sign: &str,
) -> Result<String, Error> {
    let raw: Vec<u8> = match algorithm {
        Algorithm::HmacSha256 => {
            let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret_key.as_bytes())
                .map_err(|_| Error::InvalidInput("bad HMAC key".into()))?;
            mac.update(string_to_sign.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
        Algorithm::HmacSha1 => {
            let mut mac = Hmac::<sha1::Sha1>::new_from_slice(secret_key.as_bytes())
                .map_err(|_| Error::InvalidInput("bad HMAC key".into()))?;
            mac.update(string_to_sign.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
        Algorithm::Tc3HmacSha256 => {
            return Err(Error::InvalidInput(
                "v1 signature takes HmacSHA256 or HmacSHA1".into(),
            ));
        }
    };
    Ok(base64::engine::general_purpose::STANDARD.encode(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
    const KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

    /// The worked example of Tencent's signature v1 documentation (HmacSHA1, GET).
    #[test]
    fn documented_example() {
        let params = [
            ("Action", "DescribeInstances"),
            ("InstanceIds.0", "ins-09dx96dg"),
            ("Limit", "20"),
            ("Nonce", "11886"),
            ("Offset", "0"),
            ("Region", "ap-guangzhou"),
            ("SecretId", ID),
            ("Timestamp", "1465185768"),
            ("Version", "2017-03-12"),
        ];
        let sts = string_to_sign("GET", "cvm.tencentcloudapi.com", "/", &params);
        assert_eq!(
            sts,
            "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20\
             &Nonce=11886&Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE\
             &Timestamp=1465185768&Version=2017-03-12"
        );
        assert_eq!(
            signature(KEY, Algorithm::HmacSha1, &sts).unwrap(),
            "EliP9YW3pW28FpsEdkXt/+WcGeI="
        );
    }

    /// RFC 4231 test case 2 and RFC 2202 test case 2 pin the HMAC primitives.
    #[test]
    fn hmac_primitives_match_rfc_vectors() {
        use base64::Engine as _;
        let b64 = |hex_digest: &str| {
            base64::engine::general_purpose::STANDARD.encode(hex::decode(hex_digest).unwrap())
        };
        assert_eq!(
            signature(
                "Jefe",
                Algorithm::HmacSha256,
                "what do ya want for nothing?"
            )
            .unwrap(),
            b64("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        );
        assert_eq!(
            signature("Jefe", Algorithm::HmacSha1, "what do ya want for nothing?").unwrap(),
            b64("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")
        );
        assert!(signature("k", Algorithm::Tc3HmacSha256, "x").is_err());
    }

    #[test]
    fn sign_adds_common_params_sorted_and_underscore_reads_as_dot() {
        let cred = Credential::new(ID, KEY).with_token("tok-1");
        let params = [
            ("Limit", "20"),
            ("Filters_0_Name", "zone"),
            ("Action", "Ignored"),
        ];
        let mut req = SigningRequest::new(
            &cred,
            "cvm.tencentcloudapi.com",
            "DescribeInstances",
            "2017-03-12",
            1465185768,
            11886,
            &params,
        );
        req.region = Some("ap-guangzhou");
        req.language = Some("en-US");
        let out = sign(&req).unwrap();
        assert_eq!(
            out.string_to_sign,
            "POSTcvm.tencentcloudapi.com/?Action=DescribeInstances&Filters.0.Name=zone&Language=en-US\
             &Limit=20&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE\
             &SignatureMethod=HmacSHA256&Timestamp=1465185768&Token=tok-1&Version=2017-03-12"
        );
        assert_eq!(out.param("Action"), Some("DescribeInstances"));
        assert_eq!(out.param("Filters_0_Name"), Some("zone"));
        assert_eq!(out.params.last().map(|p| p.0.as_str()), Some("Signature"));
        assert_eq!(
            out.signature,
            signature(KEY, Algorithm::HmacSha256, &out.string_to_sign).unwrap()
        );
        // A server verifying with every received parameter (Signature included) agrees.
        let received: Vec<(&str, &str)> = out
            .params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            string_to_sign("POST", "cvm.tencentcloudapi.com", "/", &received),
            out.string_to_sign
        );
        assert!(!format!("{out:?}").contains("tok-1"));
        req.algorithm = Algorithm::Tc3HmacSha256;
        assert!(sign(&req).is_err());
    }
}
