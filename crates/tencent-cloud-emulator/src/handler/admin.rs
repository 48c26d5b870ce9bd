//! The admin API under `/_emulator/`: who may use it (loopback `Host`, no `Origin`,
//! JSON writes, the optional token), and its endpoints (the request log, faults, canned
//! responses, health).

use super::*;

/// Bytes of log a `GET /_emulator/requests` serialises at a time: the listing is sent
/// in pieces of about this size, so that each reader costs a piece, not the log.
const LIST_CHUNK: usize = 64 * 1024;

/// `GET /_emulator/requests`: the calls logged when it starts (those still kept when
/// their turn comes), as one JSON array sent in pieces.
fn list_requests(state: &Arc<State>) -> Response<Body> {
    let end = lock(&state.log).end();
    // (state, position, a comma before the next item, started, done)
    let start = (state.clone(), 0u64, false, false, false);
    let pieces = futures_util::stream::unfold(
        start,
        move |(state, at, mut comma, started, done)| async move {
            if done {
                return None;
            }
            let mut out = Vec::with_capacity(LIST_CHUNK + 4096);
            if !started {
                out.push(b'[');
            }
            let next = lock(&state.log).write_json(at, end, LIST_CHUNK, &mut out, &mut comma);
            // No progress cannot happen before `end` (positions up to it are kept or
            // skipped); the check only makes the end certain.
            let done = next >= end || next == at;
            if done {
                out.push(b']');
            }
            Some((
                Ok::<_, std::io::Error>(hyper::body::Frame::data(Bytes::from(out))),
                (state, next, comma, true, done),
            ))
        },
    );
    let mut r = Response::new(BodyExt::boxed(StreamBody::new(pieces)));
    r.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r
}

// ---------------------------------------------------------------------------------------
// Admin endpoints

/// Whether a `Host` header names this machine's loopback: `localhost`, `127.x.x.x` or
/// `[::1]`, with or without a port.
pub(crate) fn loopback_host(host: &str) -> bool {
    let host = host.trim();
    let name = if let Some(rest) = host.strip_prefix('[') {
        match rest.split_once(']') {
            Some((ip, "")) => ip,
            Some((ip, port)) if is_port(port) => ip,
            _ => return false,
        }
    } else {
        match host.rsplit_once(':') {
            Some((name, port)) if is_port(&format!(":{port}")) => name,
            Some(_) => return false,
            None => host,
        }
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.to_canonical().is_loopback())
}

fn is_port(s: &str) -> bool {
    s.strip_prefix(':')
        .is_some_and(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Refuses admin requests a web page could make (issue 25, N4): any with an `Origin`
/// header (browsers send one on cross-site requests, and no other client needs it); a
/// write (`PUT`, `POST`) whose `Content-Type` is not `application/json` (which a page
/// cannot send cross-site without a preflight the emulator never answers); on a
/// loopback listener, a `Host` that is not a loopback name (a DNS-rebound page sends its
/// own); and, with an admin token, a request without it.
pub(super) fn admin_refusal(state: &State, parts: &Parts) -> Option<Response<Body>> {
    let refuse = |status: StatusCode, why: String| {
        tracing::debug!("admin request refused: {why}");
        Some(json_response(status, &json!({ "error": why })))
    };
    if parts.headers.contains_key(hyper::header::ORIGIN) {
        return refuse(
            StatusCode::FORBIDDEN,
            "the admin API refuses requests with an Origin header (browsers send one; a web page may not drive the emulator)".into(),
        );
    }
    let host = header(parts, "host");
    if state.loopback && !loopback_host(host) {
        return refuse(
            StatusCode::FORBIDDEN,
            format!(
                "the admin API on a loopback address answers only Host localhost, 127.0.0.1 or [::1], not {host:?} (a DNS-rebound web page sends its own)"
            ),
        );
    }
    if let Some(token) = &state.admin_token {
        let given = header(parts, "authorization")
            .strip_prefix("Bearer ")
            .unwrap_or("")
            .trim();
        if !same_secret(given.as_bytes(), token.as_bytes()) {
            let mut r = json_response(
                StatusCode::UNAUTHORIZED,
                &json!({"error": "the admin API needs the admin token: send `Authorization: Bearer TOKEN`"}),
            );
            r.headers_mut().insert(
                hyper::header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer"),
            );
            return Some(r);
        }
    }
    if matches!(parts.method, hyper::Method::PUT | hyper::Method::POST) {
        let mime = header(parts, "content-type")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if mime != "application/json" {
            return refuse(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!(
                    "admin writes take `Content-Type: application/json`, not {mime:?} (a web page can send text/plain cross-site)"
                ),
            );
        }
    }
    None
}

/// Compares two secrets in time independent of where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub(super) fn admin(state: &Arc<State>, parts: &Parts, rest: &str, body: &[u8]) -> Response<Body> {
    let method = parts.method.as_str();
    // Rules are parsed as JSON: that costs many times their text.
    let _weight = match weigh(state, body) {
        Ok(held) => held,
        Err(Heavy::TooHeavy(weight)) => {
            return json_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                &json!({"error": format!("parsing this body would take about {weight} bytes, more than the emulator's body memory ({} bytes)", state.limits.body_memory)}),
            );
        }
        Err(Heavy::Busy) => {
            let mut r = json_response(
                StatusCode::SERVICE_UNAVAILABLE,
                &json!({"error": "the emulator holds too many large bodies at once: retry later"}),
            );
            r.headers_mut()
                .insert(hyper::header::RETRY_AFTER, HeaderValue::from_static("1"));
            return r;
        }
    };
    match (rest.trim_end_matches('/'), method) {
        ("requests", "GET") => list_requests(state),
        ("requests", "DELETE") => {
            lock(&state.log).clear();
            json_response(StatusCode::OK, &json!({"cleared": true}))
        }
        ("faults", "GET") => json_response(
            StatusCode::OK,
            &serde_json::to_value(&*lock(&state.faults)).unwrap_or(Value::Null),
        ),
        ("faults", "DELETE") => {
            lock(&state.faults).clear();
            json_response(StatusCode::OK, &json!({"cleared": true}))
        }
        ("faults", "PUT" | "POST") => {
            let text = String::from_utf8_lossy(body);
            match faults::parse_rules(&text) {
                Ok(rules) => {
                    let mut f = lock(&state.faults);
                    let kept = if method == "PUT" { 0 } else { f.len() };
                    if kept + rules.len() > faults::MAX_FAULT_RULES {
                        return json_response(
                            StatusCode::BAD_REQUEST,
                            &json!({"error": format!("at most {} fault rules", faults::MAX_FAULT_RULES)}),
                        );
                    }
                    if method == "PUT" {
                        *f = rules;
                    } else {
                        f.extend(rules);
                    }
                    json_response(StatusCode::OK, &json!({"rules": f.len()}))
                }
                Err(e) => json_response(StatusCode::BAD_REQUEST, &json!({"error": e})),
            }
        }
        // The listing (up to 64 MiB of rules) is made for this reader: held against
        // the memory budget until it is taken, so readers that take none cannot pile
        // copies up.
        ("responses", "GET") => {
            let listing = canned::to_json(&lock(&state.responses));
            owned_response(state, listing).unwrap_or_else(|| {
                let mut r = json_response(
                    StatusCode::SERVICE_UNAVAILABLE,
                    &json!({"error": "the emulator holds too many large bodies at once: retry later"}),
                );
                r.headers_mut()
                    .insert(hyper::header::RETRY_AFTER, HeaderValue::from_static("1"));
                r
            })
        }
        ("responses", "DELETE") => {
            lock(&state.responses).clear();
            json_response(StatusCode::OK, &json!({"cleared": true}))
        }
        ("responses", "PUT" | "POST") => {
            let text = String::from_utf8_lossy(body);
            let rules = canned::parse_rules(&text).and_then(|rules| {
                let intl = state.intl.as_ref().map(|s| &*s.release);
                canned::check_sites(&state.china.release, intl, &rules).map(|()| rules)
            });
            match rules {
                Ok(rules) => {
                    let new_bytes = canned::rules_bytes(&rules);
                    let mut r = lock(&state.responses);
                    if method == "PUT" {
                        *r = rules.into_iter().map(canned::Rule::new).collect();
                    } else if r.len() + rules.len() > canned::MAX_RULES {
                        return json_response(
                            StatusCode::BAD_REQUEST,
                            &json!({"error": format!("at most {} responses", canned::MAX_RULES)}),
                        );
                    } else if r.iter().map(canned::Rule::bytes).sum::<usize>() + new_bytes
                        > canned::MAX_BYTES
                    {
                        return json_response(
                            StatusCode::BAD_REQUEST,
                            &json!({"error": format!("the responses would take more than {} bytes", canned::MAX_BYTES)}),
                        );
                    } else {
                        r.extend(rules.into_iter().map(canned::Rule::new));
                    }
                    json_response(StatusCode::OK, &json!({"responses": r.len()}))
                }
                Err(e) => json_response(StatusCode::BAD_REQUEST, &json!({"error": e})),
            }
        }
        ("health", "GET") => text_response(StatusCode::OK, "ok"),
        _ => json_response(
            StatusCode::NOT_FOUND,
            &json!({"error": "unknown emulator endpoint: try GET /_emulator/requests, /_emulator/faults or /_emulator/responses"}),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for yes in [
            "localhost",
            "LocalHost:9000",
            "localhost.",
            "127.0.0.1",
            "127.0.0.1:1",
            "127.255.0.9:65535",
            "[::1]",
            "[::1]:9000",
            "[::ffff:127.0.0.1]:80",
        ] {
            assert!(loopback_host(yes), "{yes}");
        }
        for no in [
            "",
            "evil.example",
            "evil.example:9000",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "127.0.0.1:",
            "127.0.0.1:9000:1",
            "127.0.0.1:123456",
            "[::1]x",
            "[::2]:80",
            "0.0.0.0",
            "10.0.0.1",
            "::1",
        ] {
            assert!(!loopback_host(no), "{no}");
        }
    }

    /// What parsing costs, from the text: 64 bytes a `[`, `{`, `,` or `:` outside
    /// strings, plus the text.
    #[test]
    fn parse_weight_counts_values_outside_strings() {
        assert_eq!(parse_weight(b"{}"), 2 + 64);
        assert_eq!(parse_weight(b"[0,0,0]"), 7 + 3 * 64);
        assert_eq!(parse_weight(br#"{"a":1,"b":[2]}"#), 15 + 5 * 64);
        // Inside strings, and after escaped quotes, nothing counts.
        let s = br#"{"a":"[,{:\",]"}"#;
        assert_eq!(parse_weight(s), s.len() + 2 * 64);
        let s = br#"["\\",0]"#;
        assert_eq!(parse_weight(s), s.len() + 2 * 64);
        // A 9 MB list of zeros weighs about what it took once parsed (+290 MB).
        let zeros = format!("[{}]", vec!["0"; 4_500_000].join(","));
        let w = parse_weight(zeros.as_bytes());
        assert!((280_000_000..300_000_000).contains(&w), "{w}");
        // A long string weighs its text.
        let text = format!(r#"{{"a":"{}"}}"#, "x".repeat(1_000_000));
        assert_eq!(parse_weight(text.as_bytes()), text.len() + 2 * 64);
    }
}
