//! Unit tests of TC3 signing: the documented worked example stage by stage, and edge cases.

use super::*;

const ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
const KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
// Literal backslash-u escapes, as in the documentation.
const DOC_PAYLOAD: &str =
    r#"{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}"#;

fn doc_request(cred: &Credential) -> SigningRequest<'_> {
    let mut r = SigningRequest::new(
        cred,
        "cvm",
        "cvm.tencentcloudapi.com",
        "DescribeInstances",
        "2017-03-12",
        1551113065,
    );
    r.content_type = "application/json; charset=utf-8";
    r.payload = Payload::Bytes(DOC_PAYLOAD.as_bytes());
    r.region = Some("ap-guangzhou");
    r
}

/// Tencent's documented worked example (API 3.0, "Signature v3"), stage by stage.
#[test]
fn documented_example_every_stage() {
    let cred = Credential::new(ID, KEY);
    let out = sign(&doc_request(&cred)).unwrap();
    assert_eq!(
        hashed_payload(DOC_PAYLOAD.as_bytes()),
        "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
    );
    assert_eq!(
        out.canonical_request,
        "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n\
         content-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
    );
    assert_eq!(
        out.string_to_sign,
        "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n\
         5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031"
    );
    assert_eq!(
        out.signature,
        "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
    );
    assert_eq!(
        out.authorization(),
        "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, \
         SignedHeaders=content-type;host, \
         Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
    );
    assert_eq!(out.header("x-tc-timestamp"), Some("1551113065"));
    assert_eq!(out.header("X-TC-Region"), Some("ap-guangzhou"));
    assert_eq!(out.header("X-TC-Action"), Some("DescribeInstances"));
    assert_eq!(out.header("X-TC-Version"), Some("2017-03-12"));
    assert_eq!(out.header("X-TC-Token"), None);
    assert_eq!(out.header("X-TC-Language"), None);
    assert_eq!(out.headers[0].0, "Authorization");
}

/// The stage functions a server uses compose to the same signature.
#[test]
fn stage_functions_compose_to_the_documented_signature() {
    let cr = canonical_request(
        "POST",
        "/",
        "",
        &[
            ("Host", "cvm.tencentcloudapi.com"),
            ("Content-Type", "application/json; charset=utf-8"),
        ],
        &hashed_payload(DOC_PAYLOAD.as_bytes()),
    );
    let sts = string_to_sign(1551113065, "2019-02-25", "cvm", &cr);
    assert_eq!(
        signature(KEY, "2019-02-25", "cvm", &sts),
        "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"
    );
    assert_eq!(
        credential_scope("2019-02-25", "cvm"),
        "2019-02-25/cvm/tc3_request"
    );
}

#[test]
fn cached_key_gives_the_same_signature() {
    let cred = Credential::new(ID, KEY);
    let req = doc_request(&cred);
    let key = SigningKey::derive(KEY, "2019-02-25", "cvm");
    assert_eq!(sign_with_key(&req, &key).unwrap(), sign(&req).unwrap());
    let wrong_day = SigningKey::derive(KEY, "2019-02-26", "cvm");
    assert!(matches!(
        sign_with_key(&req, &wrong_day),
        Err(Error::InvalidInput(_))
    ));
    assert!(!format!("{key:?}").contains(KEY));
}

#[test]
fn signs_x_tc_action_lowercased_when_asked() {
    let cred = Credential::new(ID, KEY);
    let mut req = doc_request(&cred);
    req.extra_signed_headers = &["X-TC-Action"];
    let out = sign(&req).unwrap();
    assert!(
        out.canonical_request.contains(
            "content-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\
             x-tc-action:describeinstances\n\ncontent-type;host;x-tc-action\n"
        ),
        "{}",
        out.canonical_request
    );
    // A verifier that reads the Authorization header recomputes the same signature.
    let auth = parse_authorization(out.authorization()).unwrap();
    assert_eq!(auth.secret_id, ID);
    assert_eq!(auth.date, "2019-02-25");
    assert_eq!(auth.service, "cvm");
    assert_eq!(auth.signed_headers, "content-type;host;x-tc-action");
    let received: Vec<(&str, &str)> = auth
        .signed_header_names()
        .map(|n| (n, out.header(n).unwrap()))
        .collect();
    let cr = canonical_request(
        "POST",
        "/",
        "",
        &received,
        &hashed_payload(DOC_PAYLOAD.as_bytes()),
    );
    assert_eq!(cr, out.canonical_request);
    let sts = string_to_sign(1551113065, auth.date, auth.service, &cr);
    assert_eq!(
        signature(KEY, auth.date, auth.service, &sts),
        auth.signature
    );
    // Different from the default-headers signature.
    assert_ne!(out.signature, sign(&doc_request(&cred)).unwrap().signature);
}

#[test]
fn optional_headers_token_language_unsigned_payload() {
    let cred = Credential::new(ID, KEY).with_token("tok-123");
    let mut req = doc_request(&cred);
    req.language = Some("en-US");
    req.payload = Payload::Unsigned;
    req.request_client = Some("SDK_RUST_0.1.0");
    let out = sign(&req).unwrap();
    assert_eq!(out.header("X-TC-Token"), Some("tok-123"));
    assert_eq!(out.header("X-TC-Language"), Some("en-US"));
    assert_eq!(out.header("X-TC-Content-SHA256"), Some("UNSIGNED-PAYLOAD"));
    assert_eq!(out.header("X-TC-RequestClient"), Some("SDK_RUST_0.1.0"));
    // The literal string is hashed in place of the body.
    assert!(
        out.canonical_request
            .ends_with(&hashed_payload(b"UNSIGNED-PAYLOAD"))
    );
    let dbg = format!("{out:?}");
    assert!(!dbg.contains("tok-123"), "{dbg}");
    // Precomputed hash of the same body gives the same result as the bytes.
    let mut a = doc_request(&cred);
    let h = hashed_payload(DOC_PAYLOAD.as_bytes());
    let sa = sign(&a).unwrap();
    a.payload = Payload::Sha256Hex(&h);
    assert_eq!(sign(&a).unwrap(), sa);
}

#[test]
fn get_puts_the_query_in_the_canonical_request() {
    let cred = Credential::new(ID, KEY);
    let mut req = doc_request(&cred);
    req.method = Method::Get;
    req.query = "Limit=10&Offset=0";
    req.content_type = "application/x-www-form-urlencoded";
    req.payload = Payload::Bytes(b"");
    let out = sign(&req).unwrap();
    assert!(out.canonical_request.starts_with(
        "GET\n/\nLimit=10&Offset=0\ncontent-type:application/x-www-form-urlencoded\n"
    ));
    assert!(out.canonical_request.ends_with(&hashed_payload(b"")));
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let cred = Credential::new(ID, KEY);
    let base = doc_request(&cred);
    let mut r = base;
    r.extra_signed_headers = &["x-tc-token"]; // no token on this credential
    assert!(matches!(sign(&r), Err(Error::InvalidInput(_))));
    let mut r = base;
    r.extra_signed_headers = &["x-amz-date"];
    assert!(matches!(sign(&r), Err(Error::InvalidInput(_))));
    let mut r = base;
    r.region = Some("ap-guangzhou\r\nX-Evil: 1");
    assert!(matches!(sign(&r), Err(Error::InvalidInput(_))));
    let mut r = base;
    r.timestamp = -5;
    assert!(matches!(sign(&r), Err(Error::InvalidInput(_))));
    let mut r = base;
    r.host = "";
    assert!(matches!(sign(&r), Err(Error::InvalidInput(_))));
    let mut r = base;
    r.service = "cvm/x";
    assert!(matches!(sign(&r), Err(Error::InvalidInput(_))));
    let mut r = base;
    r.payload = Payload::Sha256Hex("zz");
    assert!(matches!(sign(&r), Err(Error::InvalidInput(_))));
    assert!(parse_authorization("HMAC foo").is_err());
    assert!(
        parse_authorization("TC3-HMAC-SHA256 Credential=a/b, SignedHeaders=x, Signature=y")
            .is_err()
    );
}
