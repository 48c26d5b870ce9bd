//! Responses chosen at run time (`/_emulator/responses`): an action answers with a given
//! `Response` object or error instead of its example, after the signature and the
//! parameters have been checked as usual.
//!
//! ```json
//! [{"action": "DescribeInstances", "response": {"TotalCount": 0, "InstanceSet": []}},
//!  {"service": "cvm", "action": "RunInstances", "error": {"code": "LimitExceeded",
//!   "message": "quota reached"}, "count": 1}]
//! ```
//!
//! - A rule must name an action of the release (of its `service`, when it names one),
//!   and a `response` must fit that action's response schema: no member the schema does
//!   not have, every value of its member's type, every member the schema says is always
//!   present. A rule that does not is refused with the reason, unless it says
//!   `"broken": true` (a deliberately broken answer, for testing clients).
//! - An answer is serialised once, when the rule is set, and shared by the calls it
//!   answers; it may take at most [`MAX_ANSWER`] bytes as JSON. An error, serialised
//!   per call, has a code of at most [`MAX_ERROR_CODE`] bytes and a message of at most
//!   [`MAX_ERROR_MESSAGE`].
//! - For an action that pages (`Offset`/`Limit`, or a token), a request that pages gets
//!   that slice of the answer's list, as example answers are paged.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tencent_cloud_spec::Release;

use crate::respond::Template;

/// Most rules held at once: each call scans them.
pub const MAX_RULES: usize = 1_000;

/// Most memory the rules held at once may take (as [`rules_bytes`] counts it): 1,000
/// rules of a 10 MiB response each took 16 GB.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// Largest answer of one rule, as JSON: more than a real response has (the largest
/// example output of 3.1.189.1 is 78 KB; a page of 100 cvm instances is about 250 KB).
/// A 9 MiB answer and a few hundred callers that read none of theirs held a gigabyte.
pub const MAX_ANSWER: usize = 1024 * 1024;

/// Longest `error.code` of a rule, in bytes (Tencent's are short:
/// `ResourceNotFound.InstanceNotExist`).
pub const MAX_ERROR_CODE: usize = 256;

/// Longest `error.message` of a rule, in bytes: an error is serialised for each call it
/// answers, so a long one would be copied per caller (as a 9 MiB answer was).
pub const MAX_ERROR_MESSAGE: usize = 64 * 1024;

/// About the memory a JSON value takes once parsed: 32 bytes a value, 48 a map entry,
/// and its text.
fn value_bytes(v: &Value) -> usize {
    32 + match v {
        Value::String(s) => s.len(),
        // Depth is bounded by the parser (128 levels).
        Value::Array(items) => items.iter().map(value_bytes).sum(),
        Value::Object(m) => m.iter().map(|(k, v)| 48 + k.len() + value_bytes(v)).sum(),
        _ => 0,
    }
}

/// Bytes of `v` as JSON text, counted without keeping the text.
fn json_len<T: Serialize + ?Sized>(v: &T) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut c = Count(0);
    match serde_json::to_writer(&mut c, v) {
        Ok(()) => c.0,
        Err(_) => usize::MAX,
    }
}

/// About the memory rules take: the parsed answer and its text, served once.
pub fn rules_bytes(rules: &[CannedResponse]) -> usize {
    rules
        .iter()
        .map(|r| {
            let text = r.service.as_ref().map_or(0, String::len)
                + r.action.len()
                + r.error
                    .as_ref()
                    .map_or(0, |e| e.code.len() + e.message.len());
            let response = r.response.as_ref().map_or(0, |m| {
                m.iter()
                    .map(|(k, v)| 48 + k.len() + value_bytes(v))
                    .sum::<usize>()
                    .saturating_add(json_len(m))
            });
            128usize.saturating_add(text).saturating_add(response)
        })
        .fold(0usize, usize::saturating_add)
}

/// One chosen answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CannedResponse {
    /// Only this service (any when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The action it answers.
    pub action: String,
    /// The `Response` object to answer with (the request id is the call's own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Map<String, Value>>,
    /// Or the error to answer with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<CannedError>,
    /// Answer this many calls, then the rule is gone (every call when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// Answer `response` even if it does not fit the action's response schema: a
    /// deliberately broken answer, for testing clients.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub broken: bool,
}

/// A chosen error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CannedError {
    /// Tencent error code, e.g. `ResourceNotFound`.
    pub code: String,
    /// Its message.
    #[serde(default)]
    pub message: String,
}

/// A chosen `Response` object and its text, serialised once and shared by every call
/// it answers.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) response: Map<String, Value>,
    pub(crate) template: Template,
}

/// What a rule answers.
pub(crate) enum Canned {
    Response(Arc<Answer>),
    Error(CannedError),
}

/// A rule as it is held: its answer serialised.
#[derive(Debug)]
pub(crate) struct Rule {
    service: Option<String>,
    action: String,
    response: Option<Arc<Answer>>,
    error: Option<CannedError>,
    count: Option<u64>,
    broken: bool,
    /// What it takes, as [`rules_bytes`] counts it.
    bytes: usize,
}

impl Rule {
    /// Serialises the rule's answer (once).
    pub(crate) fn new(r: CannedResponse) -> Rule {
        let bytes = rules_bytes(std::slice::from_ref(&r));
        let response = r.response.map(|m| {
            Arc::new(Answer {
                template: Template::new(m.clone()),
                response: m,
            })
        });
        Rule {
            service: r.service,
            action: r.action,
            response,
            error: r.error,
            count: r.count,
            broken: r.broken,
            bytes,
        }
    }

    /// What it takes, as [`rules_bytes`] counts it.
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }
}

/// The rules as `GET /_emulator/responses` lists them, with their remaining counts.
pub(crate) fn to_json(rules: &[Rule]) -> Vec<u8> {
    #[derive(Serialize)]
    struct View<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        service: Option<&'a str>,
        action: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        response: Option<&'a Map<String, Value>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        error: Option<&'a CannedError>,
        #[serde(skip_serializing_if = "Option::is_none")]
        count: Option<u64>,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        broken: bool,
    }
    let views: Vec<View<'_>> = rules
        .iter()
        .map(|r| View {
            service: r.service.as_deref(),
            action: &r.action,
            response: r.response.as_ref().map(|a| &a.response),
            error: r.error.as_ref(),
            count: r.count,
            broken: r.broken,
        })
        .collect();
    serde_json::to_vec(&views).unwrap_or_else(|_| b"[]".to_vec())
}

/// Parses rules: a JSON array of them, or `{"responses": [...]}`. Each names an action
/// and exactly one of `response` and `error`; an answer takes at most [`MAX_ANSWER`]
/// bytes as JSON. [`check`] then holds them against a release.
pub fn parse_rules(text: &str) -> Result<Vec<CannedResponse>, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("invalid responses: {e}"))?;
    let list = match doc {
        Value::Object(mut m) if m.contains_key("responses") => {
            m.remove("responses").unwrap_or_default()
        }
        other => other,
    };
    let rules: Vec<CannedResponse> =
        serde_json::from_value(list).map_err(|e| format!("invalid responses: {e}"))?;
    if rules.len() > MAX_RULES {
        return Err(format!(
            "at most {MAX_RULES} responses, got {}",
            rules.len()
        ));
    }
    let bytes = rules_bytes(&rules);
    if bytes > MAX_BYTES {
        return Err(format!(
            "the responses would take about {bytes} bytes; at most {MAX_BYTES}"
        ));
    }
    for (i, r) in rules.iter().enumerate() {
        if r.action.is_empty() {
            return Err(format!("response {i}: `action` is empty"));
        }
        if r.response.is_some() == r.error.is_some() {
            return Err(format!(
                "response {i} ({}): give exactly one of `response` and `error`",
                r.action
            ));
        }
        if let Some(e) = &r.error {
            if e.code.is_empty() {
                return Err(format!(
                    "response {i} ({}): `error.code` is empty",
                    r.action
                ));
            }
            if e.code.len() > MAX_ERROR_CODE || e.message.len() > MAX_ERROR_MESSAGE {
                return Err(format!(
                    "response {i} ({}): an error's code is at most {MAX_ERROR_CODE} bytes and its message {MAX_ERROR_MESSAGE}",
                    r.action
                ));
            }
        }
        if r.count == Some(0) {
            return Err(format!("response {i} ({}): `count` is 0", r.action));
        }
        if let Some(m) = &r.response {
            let n = json_len(m);
            if n > MAX_ANSWER {
                return Err(format!(
                    "response {i} ({}): the answer takes {n} bytes as JSON; at most {MAX_ANSWER} (more than a real response has)",
                    r.action
                ));
            }
        }
    }
    Ok(rules)
}

/// Holds rules against `release`: each must name an action it has (in the rule's
/// service, when it names one), and a `response` must fit the response schema of that
/// action in at least one of the API versions having it, unless the rule says
/// `"broken": true`. The error says which rule and why.
pub fn check(release: &Release, rules: &[CannedResponse]) -> Result<(), String> {
    check_sites(release, None, rules)
}

/// [`check`] for an emulator serving both sites: each rule must fit the China release
/// or the international one (a rule may name an action only one site has).
pub fn check_sites(
    china: &Release,
    intl: Option<&Release>,
    rules: &[CannedResponse],
) -> Result<(), String> {
    for (i, r) in rules.iter().enumerate() {
        if let Err(e) = check_rule(china, i, r) {
            match intl {
                Some(intl) if check_rule(intl, i, r).is_ok() => {}
                _ => return Err(e),
            }
        }
    }
    Ok(())
}

fn check_rule(release: &Release, i: usize, r: &CannedResponse) -> Result<(), String> {
    let mut having = Vec::new();
    for (name, svc) in &release.services {
        if r.service.as_ref().is_some_and(|s| s != name) {
            continue;
        }
        for api in svc.versions.values() {
            if let Some(action) = api.action(&r.action).filter(|a| a.status.is_callable()) {
                having.push((name, api, action));
            }
        }
    }
    if having.is_empty() {
        return Err(match &r.service {
            Some(s) if release.service(s).is_none() => format!(
                "response {i} ({}): release {} has no service `{s}`",
                r.action, release.name
            ),
            Some(s) => format!(
                "response {i}: service `{s}` has no action `{}` in release {} (misspelt?)",
                r.action, release.name
            ),
            None => format!(
                "response {i}: no service has an action `{}` in release {} (misspelt?)",
                r.action, release.name
            ),
        });
    }
    let Some(resp) = r.response.as_ref().filter(|_| !r.broken) else {
        return Ok(());
    };
    let mut why = None;
    for (name, api, action) in &having {
        let Some(output) = api.output_of(action) else {
            why = None;
            break;
        };
        match crate::validate::check_response(api, output, resp) {
            Ok(()) => {
                why = None;
                break;
            }
            Err(e) => {
                why.get_or_insert_with(|| format!("{name} {}: {e}", api.metadata.api_version));
            }
        }
    }
    if let Some(why) = why {
        return Err(format!(
            "response {i} ({}) does not fit the response schema of {why} (add \"broken\": true to answer it anyway)",
            r.action
        ));
    }
    Ok(())
}

/// The answer of the first rule for (service, action), counting it down.
pub(crate) fn take(rules: &mut Vec<Rule>, service: &str, action: &str) -> Option<Canned> {
    let i = rules
        .iter()
        .position(|r| r.action == action && r.service.as_deref().is_none_or(|s| s == service))?;
    let rule = &mut rules[i];
    let answer = match (&rule.response, &rule.error) {
        (Some(r), _) => Canned::Response(r.clone()),
        (None, Some(e)) => Canned::Error(e.clone()),
        (None, None) => return None,
    };
    if let Some(n) = &mut rule.count {
        *n = n.saturating_sub(1);
        if *n == 0 {
            rules.remove(i);
        }
    }
    Some(answer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_parse_match_and_count_down() {
        let compile =
            |rules: Vec<CannedResponse>| rules.into_iter().map(Rule::new).collect::<Vec<_>>();
        let mut rules = compile(parse_rules(
            r#"{"responses": [
                {"service": "cvm", "action": "RunInstances", "error": {"code": "LimitExceeded"}, "count": 1},
                {"action": "RunInstances", "response": {"InstanceIdSet": ["ins-1"]}}
            ]}"#,
        )
        .expect("rules"));
        assert!(
            matches!(take(&mut rules, "cvm", "RunInstances"), Some(Canned::Error(e)) if e.code == "LimitExceeded")
        );
        assert_eq!(rules.len(), 1, "the counted rule is gone");
        for _ in 0..2 {
            assert!(matches!(
                take(&mut rules, "cvm", "RunInstances"),
                Some(Canned::Response(_))
            ));
        }
        assert!(take(&mut rules, "cvm", "DescribeZones").is_none());
        // A service filter.
        let mut rules = compile(
            parse_rules(r#"[{"service": "vpc", "action": "X", "response": {}}]"#).expect("rules"),
        );
        assert!(take(&mut rules, "cvm", "X").is_none());
        assert!(take(&mut rules, "vpc", "X").is_some());
    }

    #[test]
    fn bad_rules_say_what_is_wrong() {
        for (text, want) in [
            (r#"[{"action": "X"}]"#, "exactly one"),
            (
                r#"[{"action": "X", "response": {}, "error": {"code": "E"}}]"#,
                "exactly one",
            ),
            (r#"[{"action": "", "response": {}}]"#, "`action` is empty"),
            (
                r#"[{"action": "X", "error": {"code": ""}}]"#,
                "`error.code` is empty",
            ),
            (
                r#"[{"action": "X", "response": {}, "count": 0}]"#,
                "`count` is 0",
            ),
            (r#"[{"action": "X", "response": [1]}]"#, "invalid responses"),
            (
                r#"[{"action": "X", "response": {}, "typo": 1}]"#,
                "invalid responses",
            ),
            ("not json", "invalid responses"),
        ] {
            let err = parse_rules(text).expect_err(text);
            assert!(err.contains(want), "{text}: {err}");
        }
        // An error is serialised per call: its text is bounded (issue 25).
        let long = format!(
            r#"[{{"action": "X", "error": {{"code": "E", "message": "{}"}}}}]"#,
            "m".repeat(MAX_ERROR_MESSAGE + 1)
        );
        assert!(parse_rules(&long).expect_err("long").contains("at most"));
        let long = format!(
            r#"[{{"action": "X", "error": {{"code": "{}"}}}}]"#,
            "E".repeat(MAX_ERROR_CODE + 1)
        );
        assert!(parse_rules(&long).expect_err("long").contains("at most"));
        let many = format!(
            "[{}]",
            vec![r#"{"action": "X", "response": {}}"#; MAX_RULES + 1].join(",")
        );
        assert!(
            parse_rules(&many)
                .expect_err("too many")
                .contains("at most")
        );
    }
}
