//! TC3-HMAC-SHA256, the signature of Tencent Cloud API 3.0.
//!
//! ```text
//! CanonicalRequest = METHOD \n PATH \n QUERY \n CanonicalHeaders \n SignedHeaders \n hex(sha256(payload))
//! StringToSign     = "TC3-HMAC-SHA256" \n timestamp \n date/service/tc3_request \n hex(sha256(CanonicalRequest))
//! SecretDate       = HMAC-SHA256("TC3" + SecretKey, date)
//! SecretService    = HMAC-SHA256(SecretDate, service)
//! SecretSigning    = HMAC-SHA256(SecretService, "tc3_request")
//! Signature        = hex(HMAC-SHA256(SecretSigning, StringToSign))
//! Authorization    = "TC3-HMAC-SHA256 Credential=" SecretId "/" date "/" service "/tc3_request, SignedHeaders=" ... ", Signature=" ...
//! ```
//!
//! [`sign`] runs all stages for a [`SigningRequest`]. Each stage is also public
//! ([`canonical_request`], [`string_to_sign`], [`SigningKey`], [`signature`],
//! [`parse_authorization`]) so that a server can recompute and check a signature.

use std::fmt;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use super::{Method, check_header_value, push_hex, utc_date};
use crate::credentials::Credential;
use crate::error::Error;

type HmacSha256 = Hmac<Sha256>;

/// The algorithm name, first word of the `Authorization` header.
pub const ALGORITHM: &str = "TC3-HMAC-SHA256";
/// Value of `X-TC-Content-SHA256` for a request whose body is not signed.
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
/// The headers always signed.
pub const DEFAULT_SIGNED_HEADERS: &str = "content-type;host";

/// The body as the signer sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payload<'a> {
    /// The exact body bytes (empty for GET).
    Bytes(&'a [u8]),
    /// Do not sign the body: sends `X-TC-Content-SHA256: UNSIGNED-PAYLOAD` and hashes the
    /// literal string `UNSIGNED-PAYLOAD` in its place, as the official SDKs do.
    Unsigned,
    /// The lower-case hex SHA-256 of the body, computed by the caller.
    Sha256Hex(&'a str),
}

/// Everything TC3 signing needs, borrowed. Build one with [`SigningRequest::new`] and
/// adjust the public fields.
#[derive(Clone, Copy, Debug)]
pub struct SigningRequest<'a> {
    /// `POST` (JSON body) or `GET` (query string).
    pub method: Method,
    /// Host as sent in the `Host` header, e.g. `cvm.tencentcloudapi.com` or `127.0.0.1:8080`.
    pub host: &'a str,
    /// Request path; API 3.0 always uses `/`.
    pub path: &'a str,
    /// The query string exactly as sent, without `?` (empty for POST).
    pub query: &'a str,
    /// Value of the `Content-Type` header.
    pub content_type: &'a str,
    /// The body.
    pub payload: Payload<'a>,
    /// Service name used in the credential scope, e.g. `cvm`.
    pub service: &'a str,
    /// `X-TC-Action`.
    pub action: &'a str,
    /// `X-TC-Version`, e.g. `2017-03-12`.
    pub version: &'a str,
    /// `X-TC-Region`, omitted when `None` (some actions are global).
    pub region: Option<&'a str>,
    /// `X-TC-Language` (`zh-CN` or `en-US`), omitted when `None`.
    pub language: Option<&'a str>,
    /// Unix time in seconds: `X-TC-Timestamp`, and the UTC date of the scope.
    pub timestamp: i64,
    /// Who signs. The token, if any, is sent as `X-TC-Token`.
    pub credential: &'a Credential,
    /// Headers to sign besides `content-type` and `host`, by lower-case name, chosen
    /// among the `x-tc-*` headers this request sends (the current documentation signs
    /// `x-tc-action`).
    pub extra_signed_headers: &'a [&'a str],
    /// `X-TC-RequestClient` (an SDK identifier, not signed), omitted when `None`.
    pub request_client: Option<&'a str>,
}

impl<'a> SigningRequest<'a> {
    /// A `POST` of an empty JSON body with `Content-Type: application/json`, path `/`, no
    /// region, no language; set the other fields directly.
    pub fn new(
        credential: &'a Credential,
        service: &'a str,
        host: &'a str,
        action: &'a str,
        version: &'a str,
        timestamp: i64,
    ) -> Self {
        SigningRequest {
            method: Method::Post,
            host,
            path: "/",
            query: "",
            content_type: "application/json",
            payload: Payload::Bytes(b""),
            service,
            action,
            version,
            region: None,
            language: None,
            timestamp,
            credential,
            extra_signed_headers: &[],
            request_client: None,
        }
    }
}

/// The result of [`sign`]: the headers to add, and every intermediate stage.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningOutput {
    /// Headers to send, `Authorization` first. Includes `Host` and `Content-Type`, which
    /// an HTTP client may set by itself.
    pub headers: Vec<(&'static str, String)>,
    /// Stage 1.
    pub canonical_request: String,
    /// Stage 2.
    pub string_to_sign: String,
    /// Stage 3: lower-case hex.
    pub signature: String,
}

impl SigningOutput {
    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `Authorization` header value.
    pub fn authorization(&self) -> &str {
        self.header("Authorization").unwrap_or_default()
    }
}

impl fmt::Debug for SigningOutput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    *n,
                    if *n == "X-TC-Token" {
                        "***"
                    } else {
                        v.as_str()
                    },
                )
            })
            .collect();
        f.debug_struct("SigningOutput")
            .field("headers", &headers)
            .field("canonical_request", &self.canonical_request)
            .field("string_to_sign", &self.string_to_sign)
            .field("signature", &self.signature)
            .finish()
    }
}

/// The derived key `SecretSigning` for one (date, service): valid for a whole UTC day, so
/// a client can derive it once and sign many requests with [`sign_with_key`].
///
/// It is as sensitive as the SecretKey for that day: `Debug` redacts it.
#[derive(Clone)]
pub struct SigningKey {
    date: String,
    service: String,
    mac: HmacSha256,
}

impl SigningKey {
    /// Derives `SecretSigning` from the SecretKey.
    pub fn derive(secret_key: &str, date: &str, service: &str) -> Self {
        let mut k = Vec::with_capacity(3 + secret_key.len());
        k.extend_from_slice(b"TC3");
        k.extend_from_slice(secret_key.as_bytes());
        let k_date = hmac(&k, date.as_bytes());
        let k_service = hmac(&k_date, service.as_bytes());
        let k_signing = hmac(&k_service, b"tc3_request");
        SigningKey {
            date: date.to_owned(),
            service: service.to_owned(),
            mac: new_mac(&k_signing),
        }
    }

    /// The date (`YYYY-MM-DD`) this key is for.
    pub fn date(&self) -> &str {
        &self.date
    }

    /// The service this key is for.
    pub fn service(&self) -> &str {
        &self.service
    }

    /// Signs a string to sign: lower-case hex HMAC-SHA256.
    pub fn sign(&self, string_to_sign: &str) -> String {
        let mut mac = self.mac.clone();
        mac.update(string_to_sign.as_bytes());
        let mut out = String::with_capacity(64);
        push_hex(&mut out, &mac.finalize().into_bytes());
        out
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("date", &self.date)
            .field("service", &self.service)
            .field("key", &"***")
            .finish()
    }
}

fn new_mac(key: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length; this cannot fail.
    match HmacSha256::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => unreachable!("HMAC takes keys of any size"),
    }
}

fn hmac(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut mac = new_mac(key);
    mac.update(msg);
    mac.finalize().into_bytes().into()
}

/// Signs a request: runs every stage and returns the headers to send.
///
/// Errors ([`Error::InvalidInput`]) on a timestamp outside 1970..=9999, an empty host or
/// service, a value with a line break, or an extra signed header this request does not send.
pub fn sign(req: &SigningRequest<'_>) -> Result<SigningOutput, Error> {
    let date = utc_date(req.timestamp)?;
    check_service(req.service)?;
    let key = SigningKey::derive(req.credential.secret_key.expose(), &date, req.service);
    sign_inner(req, &key, date)
}

/// Like [`sign`], with a key derived beforehand by [`SigningKey::derive`]. The key must be
/// for the request's service and the UTC date of its timestamp.
pub fn sign_with_key(req: &SigningRequest<'_>, key: &SigningKey) -> Result<SigningOutput, Error> {
    let date = utc_date(req.timestamp)?;
    check_service(req.service)?;
    if key.date != date || key.service != req.service {
        return Err(Error::InvalidInput(format!(
            "signing key is for {}/{}, request is for {}/{}",
            key.date, key.service, date, req.service
        )));
    }
    sign_inner(req, key, date)
}

fn check_service(service: &str) -> Result<(), Error> {
    if service.is_empty() || service.contains('/') || service.bytes().any(|b| b <= b' ') {
        return Err(Error::InvalidInput(format!(
            "invalid service name {service:?}"
        )));
    }
    Ok(())
}

fn sign_inner(
    req: &SigningRequest<'_>,
    key: &SigningKey,
    date: String,
) -> Result<SigningOutput, Error> {
    if req.host.is_empty() {
        return Err(Error::InvalidInput("host is empty".into()));
    }
    if req.action.is_empty() || req.version.is_empty() {
        return Err(Error::InvalidInput(
            "action and version must not be empty".into(),
        ));
    }
    check_header_value("host", req.host)?;
    check_header_value("content type", req.content_type)?;
    check_header_value("action", req.action)?;
    check_header_value("version", req.version)?;
    check_header_value("path", req.path)?;
    check_header_value("query", req.query)?;
    let token = req.credential.token_str();
    for (name, v) in [
        ("region", req.region),
        ("language", req.language),
        ("token", token),
        ("request client", req.request_client),
    ] {
        if let Some(v) = v {
            check_header_value(name, v)?;
        }
    }
    check_header_value("SecretId", &req.credential.secret_id)?;

    let timestamp = req.timestamp.to_string();
    let region = req.region.filter(|r| !r.is_empty());

    let mut headers = sent_headers(req, &timestamp, region, token);

    let mut signed = signed_headers_of(req, &headers)?;

    let payload_hash = payload_hash_of(req.payload)?;
    let (canonical_request, signed_headers) = canonical_request_with_signed(
        req.method.as_str(),
        req.path,
        req.query,
        &mut signed,
        &payload_hash,
    );
    let string_to_sign = string_to_sign_at(&timestamp, &date, req.service, &canonical_request);
    let signature = key.sign(&string_to_sign);

    let mut authorization = String::with_capacity(160 + req.credential.secret_id.len());
    authorization.push_str(ALGORITHM);
    authorization.push_str(" Credential=");
    authorization.push_str(&req.credential.secret_id);
    authorization.push('/');
    authorization.push_str(&date);
    authorization.push('/');
    authorization.push_str(req.service);
    authorization.push_str("/tc3_request, SignedHeaders=");
    authorization.push_str(&signed_headers);
    authorization.push_str(", Signature=");
    authorization.push_str(&signature);
    headers.insert(0, ("Authorization", authorization));

    Ok(SigningOutput {
        headers,
        canonical_request,
        string_to_sign,
        signature,
    })
}

/// The headers a request sends, in output order (`Authorization` is put first later).
fn sent_headers(
    req: &SigningRequest<'_>,
    timestamp: &str,
    region: Option<&str>,
    token: Option<&str>,
) -> Vec<(&'static str, String)> {
    let mut headers: Vec<(&'static str, String)> = Vec::with_capacity(12);
    headers.push(("Content-Type", req.content_type.to_owned()));
    headers.push(("Host", req.host.to_owned()));
    headers.push(("X-TC-Action", req.action.to_owned()));
    headers.push(("X-TC-Timestamp", timestamp.to_owned()));
    headers.push(("X-TC-Version", req.version.to_owned()));
    if let Some(r) = region {
        headers.push(("X-TC-Region", r.to_owned()));
    }
    if let Some(t) = token {
        headers.push(("X-TC-Token", t.to_owned()));
    }
    if let Some(l) = req.language {
        headers.push(("X-TC-Language", l.to_owned()));
    }
    if req.payload == Payload::Unsigned {
        headers.push(("X-TC-Content-SHA256", UNSIGNED_PAYLOAD.to_owned()));
    }
    if let Some(rc) = req.request_client {
        headers.push(("X-TC-RequestClient", rc.to_owned()));
    }
    headers
}

/// The signed headers: `content-type`, `host` and the extra ones the request asks for
/// (each must be one it sends), as (canonical name, value).
fn signed_headers_of<'a>(
    req: &'a SigningRequest<'_>,
    headers: &'a [(&'static str, String)],
) -> Result<Vec<(&'a str, &'a str)>, Error> {
    let mut signed: Vec<(&str, &str)> = Vec::with_capacity(2 + req.extra_signed_headers.len());
    signed.push(("content-type", req.content_type));
    signed.push(("host", req.host));
    for extra in req.extra_signed_headers {
        let lower = extra.to_ascii_lowercase();
        if lower == "content-type" || lower == "host" {
            continue;
        }
        let Some((name, value)) = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(&lower) && *n != "Authorization")
        else {
            return Err(Error::InvalidInput(format!(
                "cannot sign header {extra:?}: the request does not send it"
            )));
        };
        let canonical = canonical_name(name);
        if !signed.iter().any(|(n, _)| *n == canonical) {
            signed.push((canonical, value.as_str()));
        }
    }
    Ok(signed)
}

/// The payload's SHA-256 in lower-case hex: of the bytes, of `UNSIGNED-PAYLOAD`, or as
/// given (checked).
fn payload_hash_of(payload: Payload<'_>) -> Result<String, Error> {
    match payload {
        Payload::Bytes(b) => Ok(hashed_payload(b)),
        Payload::Unsigned => Ok(hashed_payload(UNSIGNED_PAYLOAD.as_bytes())),
        Payload::Sha256Hex(h) => {
            if h.len() != 64 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(Error::InvalidInput(
                    "payload hash must be 64 hex digits".into(),
                ));
            }
            Ok(h.to_owned())
        }
    }
}

/// The lower-case spelling of the header names [`sign`] emits.
fn canonical_name(name: &'static str) -> &'static str {
    match name {
        "Content-Type" => "content-type",
        "Host" => "host",
        "X-TC-Action" => "x-tc-action",
        "X-TC-Timestamp" => "x-tc-timestamp",
        "X-TC-Version" => "x-tc-version",
        "X-TC-Region" => "x-tc-region",
        "X-TC-Token" => "x-tc-token",
        "X-TC-Language" => "x-tc-language",
        "X-TC-Content-SHA256" => "x-tc-content-sha256",
        _ => "x-tc-requestclient",
    }
}

/// Lower-case hex SHA-256 of the payload (`HashedRequestPayload`).
pub fn hashed_payload(payload: &[u8]) -> String {
    let mut out = String::with_capacity(64);
    push_hex(&mut out, &Sha256::digest(payload));
    out
}

/// Builds the canonical request (stage 1).
///
/// `headers` are the signed headers as (name, value) pairs in any order and case; names
/// are lower-cased, values trimmed and lower-cased, and the lines sorted by name, as the
/// documentation specifies. `payload_hash` is [`hashed_payload`] of the body.
pub fn canonical_request(
    method: &str,
    path: &str,
    query: &str,
    headers: &[(&str, &str)],
    payload_hash: &str,
) -> String {
    let lowered: Vec<(String, &str)> = headers
        .iter()
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), *v))
        .collect();
    let mut refs: Vec<(&str, &str)> = lowered.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    canonical_request_with_signed(method, path, query, &mut refs, payload_hash).0
}

/// `headers` must have lower-case names. Returns (canonical request, signed headers).
fn canonical_request_with_signed(
    method: &str,
    path: &str,
    query: &str,
    headers: &mut [(&str, &str)],
    payload_hash: &str,
) -> (String, String) {
    headers.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut out = String::with_capacity(
        method.len() + path.len() + query.len() + 64 + headers.len() * 48 + payload_hash.len(),
    );
    out.push_str(method);
    out.push('\n');
    out.push_str(path);
    out.push('\n');
    out.push_str(query);
    out.push('\n');
    for (name, value) in headers.iter() {
        out.push_str(name);
        out.push(':');
        let v = value.trim();
        if v.bytes().any(|b| b.is_ascii_uppercase()) {
            out.push_str(&v.to_ascii_lowercase());
        } else {
            out.push_str(v);
        }
        out.push('\n');
    }
    out.push('\n');
    let signed_start = out.len();
    for (i, (name, _)) in headers.iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(name);
    }
    let signed = out[signed_start..].to_owned();
    out.push('\n');
    out.push_str(payload_hash);
    (out, signed)
}

/// The credential scope `date/service/tc3_request`.
pub fn credential_scope(date: &str, service: &str) -> String {
    let mut s = String::with_capacity(date.len() + service.len() + 13);
    s.push_str(date);
    s.push('/');
    s.push_str(service);
    s.push_str("/tc3_request");
    s
}

/// Builds the string to sign (stage 2) from the canonical request.
pub fn string_to_sign(
    timestamp: i64,
    date: &str,
    service: &str,
    canonical_request: &str,
) -> String {
    string_to_sign_at(&timestamp.to_string(), date, service, canonical_request)
}

fn string_to_sign_at(
    timestamp: &str,
    date: &str,
    service: &str,
    canonical_request: &str,
) -> String {
    let digest = Sha256::digest(canonical_request.as_bytes());
    let mut s =
        String::with_capacity(ALGORITHM.len() + timestamp.len() + date.len() + service.len() + 80);
    s.push_str(ALGORITHM);
    s.push('\n');
    s.push_str(timestamp);
    s.push('\n');
    s.push_str(date);
    s.push('/');
    s.push_str(service);
    s.push_str("/tc3_request\n");
    push_hex(&mut s, &digest);
    s
}

/// The signature (stage 3): lower-case hex HMAC-SHA256 of the string to sign under the
/// key derived from `secret_key`, `date` and `service`.
pub fn signature(secret_key: &str, date: &str, service: &str, string_to_sign: &str) -> String {
    SigningKey::derive(secret_key, date, service).sign(string_to_sign)
}

/// The parts of a TC3 `Authorization` header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authorization<'a> {
    /// SecretId.
    pub secret_id: &'a str,
    /// Scope date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// Scope service.
    pub service: &'a str,
    /// `content-type;host[;...]`.
    pub signed_headers: &'a str,
    /// Hex signature.
    pub signature: &'a str,
}

impl Authorization<'_> {
    /// The signed header names, in order.
    pub fn signed_header_names(&self) -> impl Iterator<Item = &str> {
        self.signed_headers.split(';')
    }
}

/// Parses `TC3-HMAC-SHA256 Credential=ID/DATE/SERVICE/tc3_request, SignedHeaders=..., Signature=...`.
pub fn parse_authorization(value: &str) -> Result<Authorization<'_>, Error> {
    let bad = |why: &str| Error::InvalidInput(format!("malformed TC3 Authorization header: {why}"));
    let rest = value
        .strip_prefix(ALGORITHM)
        .and_then(|r| r.strip_prefix(' '))
        .ok_or_else(|| bad("does not start with TC3-HMAC-SHA256"))?;
    let (mut credential, mut signed_headers, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v);
        } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed_headers = Some(v);
        } else if let Some(v) = part.strip_prefix("Signature=") {
            signature = Some(v);
        } else {
            return Err(bad("unknown component"));
        }
    }
    let credential = credential.ok_or_else(|| bad("no Credential"))?;
    let mut it = credential.split('/');
    let (Some(secret_id), Some(date), Some(service), Some("tc3_request"), None) =
        (it.next(), it.next(), it.next(), it.next(), it.next())
    else {
        return Err(bad("Credential is not ID/date/service/tc3_request"));
    };
    Ok(Authorization {
        secret_id,
        date,
        service,
        signed_headers: signed_headers.ok_or_else(|| bad("no SignedHeaders"))?,
        signature: signature.ok_or_else(|| bad("no Signature"))?,
    })
}

#[cfg(test)]
#[path = "tc3_tests.rs"]
mod tests;
