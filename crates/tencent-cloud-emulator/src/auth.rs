//! Signature verification with the core crate's own signing stages.

use std::collections::HashMap;
use std::fmt;

use hyper::HeaderMap;
use tencent_cloud_core::sign::{Algorithm, tc3, utc_date, v1};

use crate::error::ApiError;

/// How far a request timestamp may be from the emulator's clock, in seconds.
pub const MAX_SKEW_SECS: i64 = 300;

/// A known credential: its key, and the token that must come with it when temporary.
#[derive(Clone)]
pub struct Known {
    pub(crate) secret_key: String,
    pub(crate) token: Option<String>,
}

impl fmt::Debug for Known {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Known")
            .field("secret_key", &"<redacted>")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// The credential store: SecretId → key (and token).
pub type Store = HashMap<String, Known>;

fn failure(code: &str, message: &str) -> ApiError {
    ApiError::new(code, message)
}

fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn check_time(timestamp: i64, now: i64) -> Result<(), ApiError> {
    // Widened: any i64 a client sends (i64::MIN included) is compared without overflow.
    if (i128::from(timestamp) - i128::from(now)).abs() > i128::from(MAX_SKEW_SECS) {
        return Err(failure(
            "AuthFailure.SignatureExpire",
            "Signature expired. Timestamp is more than 5 minutes away from the server time.",
        ));
    }
    Ok(())
}

fn check_token(known: &Known, token: Option<&str>) -> Result<(), ApiError> {
    match (&known.token, token) {
        (None, _) => Ok(()),
        (Some(want), Some(got)) if ct_eq(want.as_bytes(), got.as_bytes()) => Ok(()),
        (Some(_), None) | (Some(_), Some("")) => Err(failure(
            "AuthFailure.TokenFailure",
            "The token is missing: temporary credentials need X-TC-Token (or Token).",
        )),
        (Some(_), Some(_)) => Err(failure(
            "AuthFailure.TokenFailure",
            "The token does not match the temporary credentials.",
        )),
    }
}

/// What a TC3 verification needs from the request.
pub struct Tc3Request<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: &'a str,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
    pub authorization: &'a str,
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Verifies a TC3-HMAC-SHA256 request. Returns the credential scope's service.
pub fn verify_tc3(store: &Store, req: &Tc3Request<'_>, now: i64) -> Result<String, ApiError> {
    let auth = tc3::parse_authorization(req.authorization).map_err(|_| {
        failure(
            "AuthFailure.InvalidAuthorization",
            "The Authorization header is malformed.",
        )
    })?;
    let known = store.get(auth.secret_id).ok_or_else(|| {
        failure(
            "AuthFailure.SecretIdNotFound",
            "The SecretId is not found, please ensure that your SecretId is correct.",
        )
    })?;
    let timestamp: i64 = header(req.headers, "x-tc-timestamp")
        .and_then(|t| t.trim().parse().ok())
        .ok_or_else(|| {
            failure(
                "MissingParameter",
                "The request is missing a valid X-TC-Timestamp header.",
            )
        })?;
    check_time(timestamp, now)?;
    let date = utc_date(timestamp).map_err(|_| {
        failure(
            "AuthFailure.SignatureExpire",
            "The timestamp is out of range.",
        )
    })?;
    if auth.date != date {
        return Err(failure(
            "AuthFailure.SignatureFailure",
            "The credential scope date does not match X-TC-Timestamp.",
        ));
    }
    let mut signed = Vec::new();
    for name in auth.signed_header_names() {
        let Some(value) = header(req.headers, name) else {
            return Err(failure(
                "AuthFailure.SignatureFailure",
                "A signed header is missing from the request.",
            ));
        };
        signed.push((name, value));
    }
    if !auth.signed_header_names().any(|n| n == "host")
        || !auth.signed_header_names().any(|n| n == "content-type")
    {
        return Err(failure(
            "AuthFailure.SignatureFailure",
            "SignedHeaders must include content-type and host.",
        ));
    }
    let payload_hash = match header(req.headers, "x-tc-content-sha256") {
        Some(tc3::UNSIGNED_PAYLOAD) => tc3::hashed_payload(tc3::UNSIGNED_PAYLOAD.as_bytes()),
        _ => tc3::hashed_payload(req.body),
    };
    let key = tc3::SigningKey::derive(&known.secret_key, &date, auth.service);
    let matches = |signed: &[(&str, &str)]| {
        let canonical =
            tc3::canonical_request(req.method, req.path, req.query, signed, &payload_hash);
        let sts = tc3::string_to_sign(timestamp, &date, auth.service, &canonical);
        ct_eq(key.sign(&sts).as_bytes(), auth.signature.as_bytes())
    };
    // Some clients (the Node SDK) sign the host without the port they send in `Host`;
    // on loopback the port is always there, so accept both spellings.
    let ok = matches(&signed) || {
        let mut without_port = signed.clone();
        let mut changed = false;
        for (name, value) in without_port.iter_mut() {
            if *name == "host"
                && let Some((h, port)) = value.rsplit_once(':')
                && !port.is_empty()
                && port.bytes().all(|b| b.is_ascii_digit())
                && (h.ends_with(']') || !h.contains(':'))
            {
                *value = h;
                changed = true;
            }
        }
        changed && matches(&without_port)
    };
    if !ok {
        return Err(failure(
            "AuthFailure.SignatureFailure",
            "The provided credentials could not be validated. Please check your signature is correct.",
        ));
    }
    check_token(known, header(req.headers, "x-tc-token"))?;
    Ok(auth.service.to_owned())
}

/// Verifies a v1 (HmacSHA256 / HmacSHA1) request from its decoded parameters.
pub fn verify_v1(
    store: &Store,
    method: &str,
    host: &str,
    path: &str,
    params: &[(String, String)],
    now: i64,
) -> Result<(), ApiError> {
    let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let secret_id = get("SecretId")
        .ok_or_else(|| failure("MissingParameter", "The request is missing SecretId."))?;
    let signature = get("Signature")
        .ok_or_else(|| failure("MissingParameter", "The request is missing Signature."))?;
    let algorithm = match get("SignatureMethod") {
        None | Some("HmacSHA1") => Algorithm::HmacSha1,
        Some("HmacSHA256") => Algorithm::HmacSha256,
        Some(_) => {
            return Err(failure(
                "InvalidParameterValue",
                "SignatureMethod must be HmacSHA256 or HmacSHA1.",
            ));
        }
    };
    let known = store.get(secret_id).ok_or_else(|| {
        failure(
            "AuthFailure.SecretIdNotFound",
            "The SecretId is not found, please ensure that your SecretId is correct.",
        )
    })?;
    let timestamp: i64 = get("Timestamp")
        .and_then(|t| t.trim().parse().ok())
        .ok_or_else(|| {
            failure(
                "MissingParameter",
                "The request is missing a valid Timestamp.",
            )
        })?;
    check_time(timestamp, now)?;
    let refs: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let sts = v1::string_to_sign(method, host, path, &refs);
    let want = v1::signature(&known.secret_key, algorithm, &sts)
        .map_err(|_| failure("InternalError", "Cannot compute the signature."))?;
    if !ct_eq(want.as_bytes(), signature.as_bytes()) {
        return Err(failure(
            "AuthFailure.SignatureFailure",
            "The provided credentials could not be validated. Please check your signature is correct.",
        ));
    }
    check_token(known, get("Token"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn extreme_timestamps_are_expired_not_a_panic() {
        let now = 1_700_000_000;
        for t in [i64::MIN, i64::MIN + 1, -1, 0, i64::MAX] {
            let e = super::check_time(t, now).expect_err("far from now");
            assert_eq!(e.code, "AuthFailure.SignatureExpire");
        }
        assert!(super::check_time(now + 299, now).is_ok());
        assert!(super::check_time(now - 300, now).is_ok());
        assert!(
            super::check_time(now, i64::MIN).is_err(),
            "a clock at the far end too"
        );
    }

    use super::*;
    use tencent_cloud_core::Credential;
    use tencent_cloud_core::sign::Method;

    fn store() -> Store {
        let mut s = Store::new();
        s.insert(
            "AKIDtest".into(),
            Known {
                secret_key: "key".into(),
                token: None,
            },
        );
        s.insert(
            "AKIDtmp".into(),
            Known {
                secret_key: "tmpkey".into(),
                token: Some("tok".into()),
            },
        );
        s
    }

    fn signed(id: &str, key: &str, ts: i64) -> (HeaderMap, Vec<u8>) {
        let cred = Credential::new(id, key);
        let body = br#"{"Limit":1}"#.to_vec();
        let mut req = tc3::SigningRequest::new(
            &cred,
            "cvm",
            "cvm.tencentcloudapi.com",
            "DescribeZones",
            "2017-03-12",
            ts,
        );
        req.method = Method::Post;
        req.content_type = "application/json";
        req.payload = tc3::Payload::Bytes(&body);
        let out = tc3::sign(&req).expect("sign");
        let mut h = HeaderMap::new();
        for (n, v) in &out.headers {
            h.insert(
                hyper::header::HeaderName::from_bytes(n.as_bytes()).expect("name"),
                v.parse().expect("value"),
            );
        }
        h.insert("host", "cvm.tencentcloudapi.com".parse().expect("host"));
        h.insert("content-type", "application/json".parse().expect("ct"));
        (h, body)
    }

    fn verify(h: &HeaderMap, body: &[u8], now: i64) -> Result<String, ApiError> {
        let auth = h
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        verify_tc3(
            &store(),
            &Tc3Request {
                method: "POST",
                path: "/",
                query: "",
                headers: h,
                body,
                authorization: auth,
            },
            now,
        )
    }

    #[test]
    fn tc3_accepts_good_and_rejects_bad() {
        let now = 1_700_000_000;
        let (h, body) = signed("AKIDtest", "key", now);
        assert_eq!(verify(&h, &body, now + 10).as_deref(), Ok("cvm"));
        assert_eq!(
            verify(&h, br#"{"Limit":2}"#, now).unwrap_err().code,
            "AuthFailure.SignatureFailure"
        );
        assert_eq!(
            verify(&h, &body, now + 301).unwrap_err().code,
            "AuthFailure.SignatureExpire"
        );
        let (h2, body2) = signed("AKIDtest", "wrong", now);
        let e = verify(&h2, &body2, now).unwrap_err();
        assert_eq!(e.code, "AuthFailure.SignatureFailure");
        assert!(!e.message.contains("key"));
        let (h3, body3) = signed("AKIDnobody", "key", now);
        assert_eq!(
            verify(&h3, &body3, now).unwrap_err().code,
            "AuthFailure.SecretIdNotFound"
        );
        let (h4, body4) = signed("AKIDtmp", "tmpkey", now);
        assert_eq!(
            verify(&h4, &body4, now).unwrap_err().code,
            "AuthFailure.TokenFailure"
        );
    }

    #[test]
    fn tc3_accepts_a_host_signed_without_its_port() {
        let now = 1_700_000_000;
        let cred = Credential::new("AKIDtest", "key");
        let req = tc3::SigningRequest::new(
            &cred,
            "cvm",
            "127.0.0.1",
            "DescribeZones",
            "2017-03-12",
            now,
        );
        let out = tc3::sign(&req).expect("sign");
        let mut h = HeaderMap::new();
        for (n, v) in &out.headers {
            h.insert(
                hyper::header::HeaderName::from_bytes(n.as_bytes()).expect("name"),
                v.parse().expect("value"),
            );
        }
        h.insert("content-type", "application/json".parse().expect("ct"));
        h.insert("host", "127.0.0.1:9000".parse().expect("host"));
        assert_eq!(verify(&h, b"", now).as_deref(), Ok("cvm"));
        // Another host is still refused.
        h.insert("host", "127.0.0.2:9000".parse().expect("host"));
        assert_eq!(
            verify(&h, b"", now).unwrap_err().code,
            "AuthFailure.SignatureFailure"
        );
    }

    #[test]
    fn v1_accepts_good_and_rejects_bad() {
        let now = 1_700_000_000;
        for alg in [Algorithm::HmacSha256, Algorithm::HmacSha1] {
            let cred = Credential::new("AKIDtest", "key");
            let params = [("Limit", "1")];
            let mut req = v1::SigningRequest::new(
                &cred,
                "cvm.tencentcloudapi.com",
                "DescribeZones",
                "2017-03-12",
                now,
                7,
                &params,
            );
            req.algorithm = alg;
            let out = v1::sign(&req).expect("sign");
            let mut p = out.params.clone();
            assert_eq!(
                verify_v1(&store(), "POST", "cvm.tencentcloudapi.com", "/", &p, now),
                Ok(())
            );
            assert_eq!(
                verify_v1(&store(), "GET", "cvm.tencentcloudapi.com", "/", &p, now)
                    .unwrap_err()
                    .code,
                "AuthFailure.SignatureFailure"
            );
            p.push(("Extra".into(), "1".into()));
            assert_eq!(
                verify_v1(&store(), "POST", "cvm.tencentcloudapi.com", "/", &p, now)
                    .unwrap_err()
                    .code,
                "AuthFailure.SignatureFailure"
            );
        }
    }
}
