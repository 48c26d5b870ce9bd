//! Credential stand-ins: the CVM metadata server, the tccli SSO endpoints and the STS
//! actions that issue temporary credentials the emulator then accepts.

use hyper::Response;
use hyper::StatusCode;
use hyper::http::request::Parts;
use serde_json::{Map, Value, json};

use super::{
    Body, add_credential, header, json_response, lock, now_ms, now_secs, record, text_response,
};
use crate::respond;
use crate::{RecordedCall, State};

fn random_alnum(n: usize) -> String {
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    (0..n)
        .map(|_| CHARS[rand::random::<usize>() % CHARS.len()] as char)
        .collect()
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
fn iso8601(ts: i64) -> String {
    let date = tencent_cloud_core::sign::utc_date(ts).unwrap_or_else(|_| "1970-01-01".into());
    let s = ts.rem_euclid(86_400);
    format!("{date}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// At most this many temporary credentials (metadata, SSO) and SAML assertions are
/// remembered; the oldest are forgotten first. Each unauthenticated metadata GET or SSO
/// call issues one, so without a bound they grew without limit.
pub(crate) const MAX_ISSUED: usize = 10_000;

/// Issues temporary credentials the emulator accepts from now on (until
/// [`MAX_ISSUED`] newer ones push them out).
fn issue(state: &State, duration: i64) -> (Value, i64) {
    let id = format!("AKIDtmp{}", random_alnum(25));
    let key = random_alnum(32);
    let token = random_alnum(64);
    add_credential(state, id.clone(), key.clone(), Some(token.clone()));
    let oldest = {
        let mut issued = lock(&state.issued);
        issued.push_back(id.clone());
        if issued.len() > MAX_ISSUED {
            issued.pop_front()
        } else {
            None
        }
    };
    if let Some(old) = oldest {
        state
            .credentials
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&old);
    }
    let expires = now_secs() + duration;
    (
        json!({"TmpSecretId": id, "TmpSecretKey": key, "Token": token}),
        expires,
    )
}

/// The action name a metadata path is recorded (and matched by fault rules) under:
/// `cam/security-credentials` for the role listing, `cam/security-credentials/<role>`.
pub(super) fn metadata_action(rest: &str) -> String {
    let role = rest.trim_matches('/');
    if role.is_empty() {
        "cam/security-credentials".into()
    } else {
        format!("cam/security-credentials/{role}")
    }
}

pub(super) fn metadata(state: &State, parts: &Parts, rest: &str) -> Response<Body> {
    if parts.method != hyper::Method::GET {
        return text_response(StatusCode::METHOD_NOT_ALLOWED, "GET only");
    }
    let role = rest.trim_matches('/');
    let resp = if role.is_empty() {
        text_response(StatusCode::OK, &state.role_name)
    } else if role == state.role_name {
        let (c, expires) = issue(state, 7200);
        let mut v = c;
        if let Value::Object(m) = &mut v {
            m.insert("ExpiredTime".into(), json!(expires));
            m.insert("Expiration".into(), json!(iso8601(expires)));
            m.insert("Code".into(), json!("Success"));
        }
        json_response(StatusCode::OK, &v)
    } else {
        text_response(StatusCode::NOT_FOUND, "role not found")
    };
    // Only GET gets here.
    record_stand_in(state, parts, "metadata", metadata_action(rest), &resp);
    resp
}

/// The tccli SSO endpoints (`tccli/sso.py`): `gen_saml_response` trades a login token
/// for a SAML assertion, `assume_role_with_saml` trades an assertion issued here for
/// temporary credentials. Errors come as `{"Error": {"Code", "Message"}}`.
pub(super) fn sso(state: &State, parts: &Parts, path: &str, body: &[u8]) -> Response<Body> {
    let op = path.rsplit('/').next().unwrap_or(path).to_owned();
    let fail = |code: &str, msg: &str| {
        json_response(
            StatusCode::OK,
            &json!({"Error": {"Code": code, "Message": msg}}),
        )
    };
    let _weight = match super::weigh(state, body) {
        Ok(held) => held,
        Err(e) => {
            let e = e.api_error(state);
            return fail(&e.code, &e.message);
        }
    };
    let req = match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => m,
        _ => {
            return fail(
                "InvalidParameter",
                "The request body must be a JSON object.",
            );
        }
    };
    let text = |k: &str| req.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let resp = if parts.method != hyper::Method::POST {
        text_response(StatusCode::METHOD_NOT_ALLOWED, "POST only")
    } else if op == "gen_saml_response" {
        if text("LoginToken").is_empty() {
            fail("AuthFailure.LoginTokenInvalid", "LoginToken is missing.")
        } else {
            let assertion = base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                format!("<samlp:Response ID=\"{}\"/>", random_alnum(24)),
            );
            let mut saml = lock(&state.saml);
            if saml.len() >= MAX_ISSUED {
                // Forget one unused assertion (any: they are all equally stale).
                if let Some(old) = saml.iter().next().cloned() {
                    saml.remove(&old);
                }
            }
            saml.insert(assertion.clone());
            drop(saml);
            json_response(
                StatusCode::OK,
                &json!({"SAMLResponse": assertion, "RequestId": respond::request_id()}),
            )
        }
    } else if !lock(&state.saml).remove(&text("SAMLAssertion")) {
        fail(
            "InvalidParameter.SAMLAssertion",
            "The SAML assertion was not issued by this emulator, or was used already.",
        )
    } else if text("RoleArn").is_empty() || text("PrincipalArn").is_empty() {
        fail("MissingParameter", "RoleArn and PrincipalArn are required.")
    } else {
        let duration = req
            .get("DurationSeconds")
            .and_then(Value::as_i64)
            .filter(|d| (1..=43_200).contains(d))
            .unwrap_or(7200);
        let (creds, expires) = issue(state, duration);
        json_response(
            StatusCode::OK,
            &json!({"Credentials": creds, "ExpiredTime": expires, "Expiration": iso8601(expires), "RequestId": respond::request_id()}),
        )
    };
    record_stand_in(state, parts, "tccli-sso", op, &resp);
    resp
}

/// Records a call to a credential stand-in.
fn record_stand_in(
    state: &State,
    parts: &Parts,
    service: &str,
    action: String,
    resp: &Response<Body>,
) {
    record(
        state,
        RecordedCall {
            seq: 0,
            time_ms: now_ms(),
            method: parts.method.as_str().to_owned(),
            host: header(parts, "host").into(),
            service: service.into(),
            version: String::new(),
            action,
            algorithm: String::new(),
            secret_id: String::new(),
            params: Value::Null,
            status: resp.status().as_u16(),
            error_code: None,
            request_id: String::new(),
            fault: None,
            region: String::new(),
            language: String::new(),
            abandoned: false,
            trace_id: String::new(),
        },
    );
}

/// STS actions answered with credentials the emulator accepts.
pub(super) const STS_ISSUERS: &[&str] = &[
    "AssumeRole",
    "AssumeRoleWithWebIdentity",
    "AssumeRoleWithSAML",
    "GetFederationToken",
];
/// STS actions callable without a signature (`Authorization: SKIP`).
pub(super) const STS_UNSIGNED: &[&str] = &["AssumeRoleWithWebIdentity", "AssumeRoleWithSAML"];

pub(super) fn sts_reply(
    state: &State,
    action: &str,
    params: &Map<String, Value>,
    rid: &str,
) -> Value {
    let duration = params
        .get("DurationSeconds")
        .and_then(|v| {
            v.as_i64()
                .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        })
        .filter(|d| (1..=43_200).contains(d))
        .unwrap_or(if action == "GetFederationToken" {
            1800
        } else {
            7200
        });
    let (creds, expires) = issue(state, duration);
    json!({"Response": {
        "Credentials": creds,
        "ExpiredTime": expires,
        "Expiration": iso8601(expires),
        "RequestId": rid,
    }})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert_eq!(iso8601(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso8601(1_700_000_000), "2023-11-14T22:13:20Z");
    }
}
