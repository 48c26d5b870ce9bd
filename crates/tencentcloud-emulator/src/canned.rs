//! Responses chosen at run time (`/_emulator/responses`): an action answers with a given
//! `Response` object or error instead of its example, after the signature and the
//! parameters have been checked as usual.
//!
//! ```json
//! [{"action": "DescribeInstances", "response": {"TotalCount": 0, "InstanceSet": []}},
//!  {"service": "cvm", "action": "RunInstances", "error": {"code": "LimitExceeded",
//!   "message": "quota reached"}, "count": 1}]
//! ```

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Most rules held at once: each call scans them.
pub const MAX_RULES: usize = 1_000;

/// Most memory the rules held at once may take (as [`rules_bytes`] counts it): 1,000
/// rules of a 10 MiB response each took 16 GB.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

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

/// About the memory rules take.
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
                m.iter().map(|(k, v)| 48 + k.len() + value_bytes(v)).sum()
            });
            128 + text + response
        })
        .sum()
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

/// What a rule answers.
pub(crate) enum Canned {
    Response(Map<String, Value>),
    Error(CannedError),
}

/// Parses rules: a JSON array of them, or `{"responses": [...]}`. Each names an action
/// and exactly one of `response` and `error`.
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
        if r.error.as_ref().is_some_and(|e| e.code.is_empty()) {
            return Err(format!(
                "response {i} ({}): `error.code` is empty",
                r.action
            ));
        }
        if r.count == Some(0) {
            return Err(format!("response {i} ({}): `count` is 0", r.action));
        }
    }
    Ok(rules)
}

/// The answer of the first rule for (service, action), counting it down.
pub(crate) fn take(rules: &mut Vec<CannedResponse>, service: &str, action: &str) -> Option<Canned> {
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
        *n -= 1;
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
        let mut rules = parse_rules(
            r#"{"responses": [
                {"service": "cvm", "action": "RunInstances", "error": {"code": "LimitExceeded"}, "count": 1},
                {"action": "RunInstances", "response": {"InstanceIdSet": ["ins-1"]}}
            ]}"#,
        )
        .expect("rules");
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
        let mut rules =
            parse_rules(r#"[{"service": "vpc", "action": "X", "response": {}}]"#).expect("rules");
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
