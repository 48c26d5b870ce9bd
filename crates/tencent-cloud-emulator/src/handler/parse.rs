//! Reading an API request: its signature scheme, action, version and parameters, and the
//! service it is for.

use hyper::http::request::Parts;
use serde_json::{Map, Value};
use tencent_cloud_spec::COMMON_PARAMS;

use super::header;
use crate::error::ApiError;
use crate::validate;
use crate::{RecordedCall, State};

/// Decodes `application/x-www-form-urlencoded` text (also a query string).
fn decode_form(text: &str) -> Result<Vec<(String, String)>, ApiError> {
    tencent_cloud_spec::params::decode_form(text).map_err(|_| {
        ApiError::new(
            "InvalidParameter",
            "A parameter is not valid UTF-8 once decoded.",
        )
    })
}

/// The parameters as the request log keeps them: the value of every member whose name
/// says it is secret (`Token`, `SecretKey`, `Password`, …) replaced, at any depth
/// (`LoginSettings.Password` of cvm `RunInstances` is nested).
pub(super) fn redact(params: &Map<String, Value>) -> Value {
    Value::Object(redact_members(params))
}

fn redact_members(params: &Map<String, Value>) -> Map<String, Value> {
    let mut out = Map::new();
    for (k, v) in params {
        let lower = k.to_ascii_lowercase();
        let secret = [
            "token",
            "secret",
            "password",
            "samlassertion",
            "principalarn",
        ]
        .iter()
        .any(|s| lower.contains(s));
        out.insert(
            k.clone(),
            if secret {
                Value::from("<redacted>")
            } else {
                redact_value(v)
            },
        );
    }
    out
}

/// Recursion is bounded by the nesting of the parameters: 128 levels of JSON body at
/// most (serde_json's limit), 32 segments of a form name.
fn redact_value(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(redact_members(m)),
        Value::Array(items) => Value::Array(items.iter().map(redact_value).collect()),
        other => other.clone(),
    }
}

pub(super) enum Auth {
    Tc3,
    Skip,
    V1(Vec<(String, String)>),
}

pub(super) struct Parsed {
    pub(super) auth: Auth,
    pub(super) action: String,
    pub(super) version: String,
    /// The parameters: a JSON body's, or (after [`Parsed::expand`]) the form's.
    pub(super) params: Map<String, Value>,
    /// Form or query parameters not expanded yet: expanding (`A.0.B=x` into nested JSON)
    /// costs memory, so it waits until the signature has been checked.
    pub(super) form: Option<Vec<(String, String)>>,
    pub(super) lenient: bool,
    pub(super) scope_service: Option<String>,
    /// `X-TC-Region` / `Region`, empty when absent.
    pub(super) region: String,
    /// `X-TC-Language` / `Language`, empty when absent.
    pub(super) language: String,
    /// An `application/octet-stream` body (cls `UploadLog`): its length. The params
    /// then come from `X-<Product>-<Member>` headers, their keys still lower case.
    pub(super) octet_stream: Option<usize>,
    /// What [`Parsed::read_body`] has still to read.
    unread: Unread,
}

/// The parameters [`head`] leaves for [`Parsed::read_body`]: reading them costs many
/// times their size, so an unsigned request must not get them read.
#[derive(Clone, Copy, PartialEq)]
enum Unread {
    Nothing,
    /// A JSON body (TC3, SKIP).
    Json,
    /// A form body (TC3, SKIP).
    FormBody,
    /// The query string (TC3, SKIP).
    Query,
    /// The members among a v1 request's pairs (those are read by [`head`], as the
    /// signature covers them).
    V1Members,
}

/// The params of an octet-stream call: `X-<Product>-<Member>` headers other than
/// `X-TC-*` (`x-cls-topicid` → `topicid`), matched to members after routing.
fn header_params(parts: &Parts) -> Map<String, Value> {
    let mut out = Map::new();
    for (name, value) in &parts.headers {
        let n = name.as_str();
        let Some(rest) = n.strip_prefix("x-").filter(|_| !n.starts_with("x-tc-")) else {
            continue;
        };
        let Some((_, member)) = rest.split_once('-') else {
            continue;
        };
        if let Ok(v) = value.to_str() {
            out.insert(member.to_owned(), Value::String(v.to_owned()));
        }
    }
    out
}

impl Parsed {
    /// Reads the parameters [`head`] left: a JSON body, or form or query pairs into
    /// `form` (after the signature is checked).
    pub(super) fn read_body(&mut self, parts: &Parts, body: &[u8]) -> Result<(), ApiError> {
        match std::mem::replace(&mut self.unread, Unread::Nothing) {
            Unread::Nothing => {}
            Unread::Query => self.form = Some(decode_form(parts.uri.query().unwrap_or(""))?),
            Unread::FormBody => {
                let text = std::str::from_utf8(body).map_err(|_| {
                    ApiError::new("InvalidParameter", "The form body is not UTF-8.")
                })?;
                self.form = Some(decode_form(text)?);
            }
            Unread::Json => {
                if !body.iter().all(u8::is_ascii_whitespace) {
                    self.params = match serde_json::from_slice::<Value>(body) {
                        Ok(Value::Object(m)) => m,
                        Ok(_) => {
                            return Err(ApiError::new(
                                "InvalidParameter",
                                "The request body must be a JSON object.",
                            ));
                        }
                        Err(e) => {
                            return Err(ApiError::new(
                                "InvalidParameter",
                                format!("The request body is not valid JSON: {e}."),
                            ));
                        }
                    };
                }
            }
            Unread::V1Members => {
                if let Auth::V1(pairs) = &self.auth {
                    self.form = Some(
                        pairs
                            .iter()
                            .filter(|(k, _)| !COMMON_PARAMS.contains(&k.as_str()))
                            .cloned()
                            .collect(),
                    );
                }
            }
        }
        Ok(())
    }

    /// Whether [`Parsed::read_body`] parses the body as JSON.
    pub(super) fn body_is_json(&self) -> bool {
        self.unread == Unread::Json
    }

    /// Expands form or query parameters into `params` (after the signature is checked).
    pub(super) fn expand(&mut self) -> Result<(), ApiError> {
        if let Some(pairs) = self.form.take() {
            self.params = validate::unflatten(&pairs)?;
        }
        Ok(())
    }
}

/// Reads a request whole: [`head`], then [`Parsed::read_body`].
#[cfg(test)]
pub(super) fn parse(
    parts: &Parts,
    body: &[u8],
    rec: &mut RecordedCall,
) -> Result<Parsed, ApiError> {
    let mut p = head(parts, body, rec)?;
    p.read_body(parts, body)?;
    Ok(p)
}

/// Reads what a request's signature is checked with: its scheme, action, version,
/// region and (v1) all its pairs. The other parameters wait for [`Parsed::read_body`].
pub(super) fn head(parts: &Parts, body: &[u8], rec: &mut RecordedCall) -> Result<Parsed, ApiError> {
    let authorization = header(parts, "authorization");
    let query = parts.uri.query().unwrap_or("");
    let content_type = header(parts, "content-type").to_ascii_lowercase();
    let is_post = parts.method == hyper::Method::POST;
    if authorization.starts_with("TC3-HMAC-SHA256") || authorization == "SKIP" {
        let tc3 = authorization != "SKIP";
        rec.algorithm = if tc3 { "TC3-HMAC-SHA256" } else { "SKIP" }.into();
        let scope_service = if tc3 {
            let parsed = tencent_cloud_core::sign::tc3::parse_authorization(authorization)
                .map_err(|_| {
                    ApiError::new(
                        "AuthFailure.InvalidAuthorization",
                        "The Authorization header is malformed.",
                    )
                })?;
            rec.secret_id = parsed.secret_id.to_owned();
            Some(parsed.service.to_owned())
        } else {
            None
        };
        let octet_stream =
            (is_post && content_type.starts_with("application/octet-stream")).then_some(body.len());
        let (params, lenient, unread) = if !is_post {
            (Map::new(), true, Unread::Query)
        } else if octet_stream.is_some() {
            (header_params(parts), true, Unread::Nothing)
        } else if content_type.starts_with("application/x-www-form-urlencoded") {
            (Map::new(), true, Unread::FormBody)
        } else {
            (Map::new(), false, Unread::Json)
        };
        return Ok(Parsed {
            auth: if tc3 { Auth::Tc3 } else { Auth::Skip },
            action: header(parts, "x-tc-action").to_owned(),
            version: header(parts, "x-tc-version").to_owned(),
            params,
            form: None,
            lenient,
            scope_service,
            region: header(parts, "x-tc-region").to_owned(),
            language: header(parts, "x-tc-language").to_owned(),
            octet_stream,
            unread,
        });
    }
    let text = if is_post {
        std::str::from_utf8(body)
            .map_err(|_| ApiError::new("InvalidParameter", "The form body is not UTF-8."))?
    } else {
        query
    };
    let pairs = decode_form(text)?;
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    if !pairs.iter().any(|(k, _)| k == "Signature") {
        return Err(ApiError::new(
            "AuthFailure.InvalidAuthorization",
            "The request is not signed: send a TC3-HMAC-SHA256 Authorization header or v1 Signature parameters.",
        ));
    }
    rec.algorithm = match get("SignatureMethod").as_str() {
        "" => "HmacSHA1".into(),
        other => other.to_owned(),
    };
    rec.secret_id = get("SecretId");
    let action = get("Action");
    let version = get("Version");
    let (region, language) = (get("Region"), get("Language"));
    Ok(Parsed {
        auth: Auth::V1(pairs),
        action,
        version,
        params: Map::new(),
        form: None,
        lenient: true,
        scope_service: None,
        region,
        language,
        octet_stream: None,
        unread: Unread::V1Members,
    })
}

/// The service a request is for, as `site` (the one answering) knows it. A `Host`
/// naming a service only the other site has is that service (its actions then get
/// `InvalidAction`, as at Tencent).
pub(super) fn route(
    state: &State,
    site: &crate::site::Specs,
    host: &str,
    p: &Parsed,
) -> Result<String, ApiError> {
    let bare = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    if let Some(prefix) = bare
        .to_ascii_lowercase()
        .strip_suffix(".tencentcloudapi.com")
        && let Some(svc) = prefix.split('.').next()
        && (site.release.service(svc).is_some()
            || state
                .other_site(host)
                .is_some_and(|o| o.release.service(svc).is_some()))
    {
        return Ok(svc.to_owned());
    }
    if let Some(svc) = &p.scope_service
        && site.release.service(svc).is_some()
    {
        return Ok(svc.clone());
    }
    if let Some(candidates) = site.by_version.get(&p.version) {
        let having: Vec<&String> = candidates
            .iter()
            .filter(|s| {
                site.versions
                    .get(&((*s).clone(), p.version.clone()))
                    .and_then(|k| site.release.service(s)?.versions.get(k))
                    .is_some_and(|api| api.action(&p.action).is_some())
            })
            .collect();
        if having.len() == 1 {
            return Ok(having[0].clone());
        }
        if let Some(d) = &state.service_default
            && having.contains(&d)
        {
            return Ok(d.clone());
        }
    }
    if let Some(d) = &state.service_default {
        return Ok(d.clone());
    }
    Err(ApiError::new(
        "InvalidAction",
        format!(
            "Cannot tell which service action `{}` of version `{}` belongs to: send Host <service>.tencentcloudapi.com or start the emulator with a default service.",
            p.action, p.version
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parts(method: &str, uri: &str, headers: &[(&str, &str)]) -> Parts {
        let mut b = hyper::Request::builder().method(method).uri(uri);
        for (n, v) in headers {
            b = b.header(*n, *v);
        }
        b.body(()).expect("request").into_parts().0
    }

    fn record() -> RecordedCall {
        serde_json::from_value(json!({
            "seq": 0, "time_ms": 0, "method": "", "host": "", "service": "", "version": "",
            "action": "", "algorithm": "", "secret_id": "", "params": null, "status": 0,
            "error_code": null, "request_id": "", "fault": null
        }))
        .expect("a record")
    }

    /// `head` leaves the body (and a TC3 query) for `read_body`, after the signature:
    /// a malformed one is no error until then. `parse` is both, as the fuzz target
    /// reads a request.
    #[test]
    fn the_body_is_read_after_the_head() {
        let tc3 = "TC3-HMAC-SHA256 Credential=AKID/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00";
        for (content_type, body) in [
            ("application/json", &b"[1, 2"[..]),
            ("application/json", b"[1, 2]"),
            ("application/x-www-form-urlencoded", b"A=%FF"),
        ] {
            let p = parts(
                "POST",
                "/",
                &[("authorization", tc3), ("content-type", content_type)],
            );
            let mut head = head(&p, body, &mut record()).expect("the head reads");
            assert!(head.params.is_empty() && head.form.is_none());
            let e = head.read_body(&p, body).expect_err("the body does not");
            assert_eq!(e.code, "InvalidParameter");
            let whole = parse(&p, body, &mut record()).err().map(|e| e.code);
            assert_eq!(whole.as_deref(), Some("InvalidParameter"));
        }
        let p = parts(
            "POST",
            "/",
            &[("authorization", tc3), ("content-type", "application/json")],
        );
        let body = br#"{"Limit": 1}"#;
        let mut read = head(&p, body, &mut record()).expect("head");
        read.read_body(&p, body).expect("body");
        assert_eq!(read.params["Limit"], 1);
        // v1: the pairs are read with the head (the signature covers them all); the
        // members among them are set apart after.
        let form = b"Action=A&Version=1&SecretId=AKID&Signature=x&Limit=2";
        let p = parts(
            "POST",
            "/",
            &[("content-type", "application/x-www-form-urlencoded")],
        );
        let mut v1 = head(&p, form, &mut record()).expect("head");
        assert!(matches!(&v1.auth, Auth::V1(pairs) if pairs.len() == 5));
        assert!(v1.form.is_none());
        v1.read_body(&p, form).expect("body");
        assert_eq!(v1.form, Some(vec![("Limit".into(), "2".into())]));
        let whole = parse(&p, form, &mut record()).expect("parse");
        assert_eq!(whole.form, v1.form);
    }

    #[test]
    fn form_decoding() {
        let p = decode_form("A=1&B=x%20y+z&C&D=%E4%B8%AD").expect("decode");
        assert_eq!(
            p,
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "x y z".into()),
                ("C".into(), "".into()),
                ("D".into(), "中".into()),
            ]
        );
        assert!(decode_form("A=%FF").is_err());
    }

    #[test]
    fn redaction() {
        let mut m = Map::new();
        m.insert("WebIdentityToken".into(), json!("secret"));
        m.insert("Limit".into(), json!(1));
        m.insert(
            "LoginSettings".into(),
            json!({"Password": "hunter2", "KeyIds": ["skey-1"]}),
        );
        m.insert("Users".into(), json!([{"Name": "a", "SecretKey": "k"}]));
        let r = redact(&m);
        assert_eq!(r["WebIdentityToken"], "<redacted>");
        assert_eq!(r["Limit"], 1);
        // Nested members too (fuzz/regressions/emulator_request/panic-6184ea1cc85e52b1).
        assert_eq!(
            r["LoginSettings"],
            json!({"Password": "<redacted>", "KeyIds": ["skey-1"]})
        );
        assert_eq!(
            r["Users"],
            json!([{"Name": "a", "SecretKey": "<redacted>"}])
        );
    }
}
