//! Fuzz targets (see `fuzz/README.md`): reading an API request (the signature scheme,
//! the parameters of a JSON body, a query string or a form, their expansion and their
//! validation against the spec) and verifying its signature (the TC3 `Authorization`
//! header, v1 `Signature` parameters). `TC_FUZZ_SECONDS=300 cargo test --release -p
//! tencent-cloud-emulator --lib fuzz_emulator_request` runs one for longer.
//!
//! An input is a request as text: `METHOD URI`, header lines, a blank line, the body.

use std::sync::OnceLock;

use hyper::header::{HeaderName, HeaderValue};
use hyper::http::request::Parts;
use serde_json::Value;
use tencent_cloud_core::sign::tc3;
use tencent_cloud_fuzz::Fuzz;
use tencent_cloud_spec::ApiVersion;

use super::parse::{Auth, parse, redact};
use crate::RecordedCall;
use crate::auth::{self, Known, Store};
use crate::error::ApiError;
use crate::validate;

tencent_cloud_fuzz::counting_allocator!();

/// The request's parts and body, when the request line and URI are acceptable to hyper
/// (malformed header lines are left out, as a server would refuse them before us).
fn request(bytes: &[u8]) -> Option<(Parts, &[u8])> {
    let (head, body) = match bytes.windows(2).position(|w| w == b"\n\n") {
        Some(i) => (&bytes[..i], &bytes[i + 2..]),
        None => (bytes, &[][..]),
    };
    let mut lines = head.split(|b| *b == b'\n');
    let first = lines.next()?;
    let first = first.strip_suffix(b"\r").unwrap_or(first);
    let space = first.iter().position(|b| *b == b' ')?;
    let (method, uri) = (&first[..space], &first[space + 1..]);
    let mut b = hyper::Request::builder()
        .method(hyper::Method::from_bytes(method).ok()?)
        .uri(hyper::Uri::try_from(uri).ok()?);
    for line in lines {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let Some(colon) = line.iter().position(|b| *b == b':') else {
            continue;
        };
        let value = line[colon + 1..].trim_ascii();
        if let (Ok(n), Ok(v)) = (
            HeaderName::from_bytes(line[..colon].trim_ascii()),
            HeaderValue::from_bytes(value),
        ) {
            b = b.header(n, v);
        }
    }
    Some((b.body(()).ok()?.into_parts().0, body))
}

fn record() -> RecordedCall {
    RecordedCall {
        seq: 0,
        time_ms: 0,
        method: String::new(),
        host: String::new(),
        service: String::new(),
        version: String::new(),
        action: String::new(),
        algorithm: String::new(),
        secret_id: String::new(),
        params: Value::Null,
        status: 200,
        error_code: None,
        request_id: String::new(),
        fault: None,
        region: String::new(),
        language: String::new(),
        abandoned: false,
        trace_id: String::new(),
    }
}

/// cvm 2017-03-12 of 3.0.1217.1, loaded once.
fn cvm() -> &'static ApiVersion {
    static CVM: OnceLock<ApiVersion> = OnceLock::new();
    CVM.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../specs/3.0.1217.1/cvm/v20170312");
        let path = dir.join("api.json");
        let bytes = std::fs::read(&path).expect("specs/3.0.1217.1 cvm api.json");
        tencent_cloud_spec::parse_api_version("cvm", "v20170312", &path, &bytes, None)
            .expect("cvm loads")
    })
}

/// Index segments as the emulator reads them: `A.007` is `A.7` (at most 6 digits).
fn canonical(key: &str) -> String {
    key.split('.')
        .map(|s| {
            if !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit()) {
                let t = s.trim_start_matches('0');
                if t.is_empty() { "0" } else { t }
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// The string leaves of expanded parameters, by dotted name (list indices as numbers).
fn leaves(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    let join = |k: &str| {
        if prefix.is_empty() {
            k.to_owned()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match v {
        Value::String(s) => out.push((prefix.to_owned(), s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if !item.is_null() {
                    leaves(&join(&i.to_string()), item, out);
                }
            }
        }
        Value::Object(m) => {
            for (k, item) in m {
                leaves(&join(k), item, out);
            }
        }
        other => panic!("expanded form parameters hold strings only, found {other}"),
    }
}

/// Whether any member whose name says it is secret holds something other than the
/// redaction mark.
fn leaks_secret(v: &Value, under_secret: bool) -> bool {
    match v {
        Value::Object(m) => m.iter().any(|(k, item)| {
            let lower = k.to_ascii_lowercase();
            let secret = ["token", "secret", "password"]
                .iter()
                .any(|s| lower.contains(s));
            leaks_secret(item, under_secret || secret)
        }),
        Value::Array(items) => items.iter().any(|i| leaks_secret(i, under_secret)),
        Value::Null => false,
        Value::String(s) if s == "<redacted>" => false,
        _ => under_secret,
    }
}

const KNOWN_CODES: &[&str] = &[
    "InvalidParameter",
    "InvalidParameterValue",
    "UnknownParameter",
    "MissingParameter",
    "AuthFailure.InvalidAuthorization",
];

fn known(code: &str) -> usize {
    KNOWN_CODES
        .iter()
        .position(|c| *c == code)
        .unwrap_or_else(|| panic!("unexpected error code {code}"))
}

/// HTTP tokens and the names and values of Tencent requests.
const HTTP: &[&str] = &[
    "POST / HTTP/1.1",
    "GET /?",
    "\n",
    "\r\n",
    "\n\n",
    "authorization: ",
    "content-type: application/json\n",
    "content-type: application/x-www-form-urlencoded\n",
    "content-type: application/octet-stream\n",
    "x-tc-action: ",
    "x-tc-version: 2017-03-12\n",
    "x-tc-region: ap-guangzhou\n",
    "x-tc-timestamp: ",
    "x-tc-token: ",
    "x-tc-content-sha256: UNSIGNED-PAYLOAD\n",
    "x-cls-topicid: ",
    "host: cvm.tencentcloudapi.com\n",
    "TC3-HMAC-SHA256 ",
    "Credential=",
    "/tc3_request",
    ", SignedHeaders=",
    "content-type;host",
    ";x-tc-action",
    ", Signature=",
    "SKIP",
    "/",
    ",",
    ";",
    "&",
    "=",
    ".",
    ".0.",
    ".00",
    ".10000",
    "..",
    "%",
    "%2",
    "%FF",
    "%E4%B8%AD",
    "+",
    "Action=",
    "Version=",
    "Signature=",
    "SignatureMethod=HmacSHA256",
    "SignatureMethod=HmacSHA1",
    "SecretId=",
    "Timestamp=",
    "Token=",
    "Filters.0.Name=zone",
    "Filters.0.Values.0=",
    "InstanceIds.0=",
    "LoginSettings.Password=",
    "DataDisks.1.DiskSize=",
    "Placement.Zone=",
    "Limit=",
    "Offset=",
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    "\\u",
    "null",
    "true",
    "\"Filters\": [{\"Name\": \"zone\", \"Values\": [\"a\"]}]",
    "\"LoginSettings\": {\"Password\": \"p\"}",
    "\"Limit\": ",
];

#[test]
fn fuzz_emulator_request() {
    let api = cvm();
    let fixed = ["DescribeInstancesRequest", "RunInstancesRequest"].map(|n| api.object(n));
    assert!(fixed.iter().all(Option::is_some));
    let mut form = String::from(
        "POST /\ncontent-type: application/x-www-form-urlencoded\nx-tc-action: RunInstances\nauthorization: SKIP\n\n",
    );
    for i in 0..50_000 {
        form.push_str(&format!("Filters.{}.Values.{}=v&", i % 100, i / 100));
    }
    Fuzz::new("emulator_request")
        .dictionary(HTTP)
        .huge("a form of 50,000 params", form)
        .huge(
            "a query name of 100,000 segments",
            format!(
                "GET /?InstanceIds{}=x\nauthorization: SKIP\n\n",
                ".0".repeat(100_000)
            ),
        )
        .huge(
            "a JSON body of 100,000 open brackets",
            format!(
                "POST /\ncontent-type: application/json\nauthorization: SKIP\n\n{{\"Filters\": {}",
                "[".repeat(100_000)
            ),
        )
        .run(|bytes| {
            let Some((parts, body)) = request(bytes) else {
                return vec![100];
            };
            let mut rec = record();
            let mut p = match parse(&parts, body, &mut rec) {
                Ok(p) => p,
                Err(e) => return vec![known(&e.code)],
            };
            assert!(!rec.algorithm.is_empty(), "the scheme is recorded");
            let is_v1 = matches!(p.auth, Auth::V1(_));
            let pairs = p.form.clone();
            if let Err(e) = p.expand() {
                return vec![10 + known(&e.code)];
            }
            // Expanding loses nothing and adds nothing: each name's first value is in the
            // tree at its place.
            if let Some(pairs) = pairs {
                let mut seen = std::collections::HashSet::new();
                let mut want: Vec<(String, String)> = Vec::new();
                for (k, v) in pairs {
                    let k = canonical(&k);
                    if seen.insert(k.clone()) {
                        want.push((k, v));
                    }
                }
                let mut got = Vec::new();
                leaves("", &Value::Object(p.params.clone()), &mut got);
                want.sort();
                got.sort();
                assert_eq!(got, want, "the expanded tree holds the parameters given");
            }
            let logged = redact(&p.params);
            assert!(!leaks_secret(&logged, false), "redacted: {logged:.300}");
            let mut outcome = vec![20 + usize::from(is_v1) + 2 * usize::from(p.lenient)];
            let by_action = api.action(&p.action).and_then(|a| api.input_of(a));
            for input in fixed.iter().copied().chain([by_action]).flatten() {
                match validate::validate(api, input, &p.params, p.lenient) {
                    Ok(()) => {
                        for k in p.params.keys() {
                            assert!(input.member(k).is_some(), "{k} is a member");
                        }
                        outcome.push(30);
                    }
                    Err(e) => outcome.push(40 + known(&e.code)),
                }
            }
            outcome
        });
}

/// The time the seeds were signed at, and the credentials they were signed with.
const NOW: i64 = 1_700_000_000;
const SECRET_KEY: &str = "fuzz-secret-key-7f3a9c";
const TMP_SECRET_KEY: &str = "fuzz-tmp-secret-key-41d2";
const TOKEN: &str = "fuzz-token-88e1";

fn store() -> Store {
    let mut s = Store::new();
    s.insert(
        "AKIDfuzz".into(),
        Known {
            secret_key: SECRET_KEY.into(),
            token: None,
        },
    );
    s.insert(
        "AKIDfuzztmp".into(),
        Known {
            secret_key: TMP_SECRET_KEY.into(),
            token: Some(TOKEN.into()),
        },
    );
    s
}

/// What verifying a request gives: the signature it carried, or the error; `None` when
/// the request is not one (or is unsigned).
fn verify(store: &Store, parts: &Parts, body: &[u8]) -> Option<Result<String, ApiError>> {
    let authorization = super::header(parts, "authorization");
    let mut rec = record();
    let p = match parse(parts, body, &mut rec) {
        Ok(p) => p,
        Err(e) => return Some(Err(e)),
    };
    Some(match &p.auth {
        Auth::Tc3 => auth::verify_tc3(
            store,
            &auth::Tc3Request {
                method: parts.method.as_str(),
                path: parts.uri.path(),
                query: parts.uri.query().unwrap_or(""),
                headers: &parts.headers,
                body,
                authorization,
            },
            NOW,
        )
        .map(|service| {
            let a = tc3::parse_authorization(authorization).expect("verified parses");
            assert_eq!(service, a.service);
            a.signature.to_owned()
        }),
        Auth::V1(pairs) => auth::verify_v1(
            store,
            parts.method.as_str(),
            super::header(parts, "host"),
            parts.uri.path(),
            pairs,
            NOW,
        )
        .map(|()| {
            pairs
                .iter()
                .find(|(k, _)| k == "Signature")
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        }),
        Auth::Skip => return None,
    })
}

/// The seeds' signatures and bodies (each seed verifies): no other signature can.
fn signed_seeds(store: &Store) -> Vec<(String, Vec<u8>)> {
    let dir = tencent_cloud_fuzz::fuzz_dir().join("seeds/emulator_auth");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir)
        .expect("emulator_auth seeds")
        .flatten()
    {
        let bytes = std::fs::read(e.path()).expect("seed");
        let (parts, body) = request(&bytes).expect("seeds are requests");
        match verify(store, &parts, body) {
            Some(Ok(signature)) => out.push((signature, body.to_vec())),
            other => panic!("seed {} does not verify: {other:?}", e.path().display()),
        }
    }
    assert!(out.len() >= 4, "{} seeds in {}", out.len(), dir.display());
    out
}

#[test]
fn fuzz_emulator_auth() {
    let store = store();
    let seeds = signed_seeds(&store);
    let mut many = String::from("GET /?");
    for i in 0..50_000 {
        many.push_str(&format!("P{i}=v&"));
    }
    many.push_str("Signature=x&SecretId=AKIDfuzz&Timestamp=1700000000\nhost: h\n\n");
    Fuzz::new("emulator_auth")
        .dictionary(HTTP)
        .huge("50,000 v1 params", many)
        .huge(
            "100,000 signed headers",
            format!(
                "POST /\nauthorization: TC3-HMAC-SHA256 Credential=AKIDfuzz/2023-11-14/cvm/tc3_request, SignedHeaders={}host, Signature=x\nx-tc-timestamp: 1700000000\n\n",
                "content-type;".repeat(100_000)
            ),
        )
        .run(|bytes| {
            let Some((parts, body)) = request(bytes) else {
                return 100;
            };
            let authorization = super::header(&parts, "authorization");
            // The parser reads back what it parsed.
            if let Ok(a) = tc3::parse_authorization(authorization) {
                let again = format!(
                    "TC3-HMAC-SHA256 Credential={}/{}/{}/tc3_request, SignedHeaders={}, Signature={}",
                    a.secret_id, a.date, a.service, a.signed_headers, a.signature
                );
                let b = tc3::parse_authorization(&again).expect("a rebuilt header parses");
                assert_eq!(
                    (a.secret_id, a.date, a.service, a.signed_headers, a.signature),
                    (b.secret_id, b.date, b.service, b.signed_headers, b.signature)
                );
            }
            match verify(&store, &parts, body) {
                None => 101,
                Some(Ok(signature)) => {
                    // No forgery: what verifies carries a seed's signature, and a TC3
                    // request the seed's body unless its payload is declared unsigned (a
                    // v1 signature covers the parameters, in any order).
                    let tc3 = authorization.starts_with(tc3::ALGORITHM);
                    let unsigned =
                        super::header(&parts, "x-tc-content-sha256") == tc3::UNSIGNED_PAYLOAD;
                    assert!(
                        seeds.iter().any(|(s, b)| *s == signature
                            && (!tc3 || unsigned || b.as_slice() == body)),
                        "a request verified that no seed signed"
                    );
                    0
                }
                Some(Err(e)) => {
                    for secret in [SECRET_KEY, TMP_SECRET_KEY, TOKEN] {
                        assert!(!e.message.contains(secret), "{}", e.message);
                    }
                    1 + (e.code.len() << 8) + e.message.len()
                }
            }
        });
}
