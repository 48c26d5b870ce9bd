//! Fault injection: rules from a file or the `/_emulator/faults` API, per action or
//! global, firing with a probability and/or a limited number of times.
//!
//! ```json
//! {"faults": [
//!   {"service": "cvm", "action": "DescribeRegions", "kind": "http_status", "status": 503, "count": 2},
//!   {"kind": "latency", "ms": 50, "probability": 0.5},
//!   {"kind": "request_limit_exceeded", "count": 1}
//! ]}
//! ```
//! A bare JSON array of rules is accepted too.
//!
//! Rules without a `service` apply to every API call (STS included). The credential
//! stand-ins are reached only by rules that name them: `"service": "metadata"` (CVM
//! metadata, actions `cam/security-credentials` and `cam/security-credentials/<role>`)
//! and `"service": "tccli-sso"` (actions `gen_saml_response`, `assume_role_with_saml`).

use serde::{Deserialize, Serialize};

/// What goes wrong.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Fault {
    /// Wait this long before answering (adds up with other faults, to at most
    /// [`MAX_LATENCY_MS`] in all).
    Latency {
        /// Milliseconds.
        ms: u64,
    },
    /// Answer with this HTTP status (500, 503, ...) and a short non-API body.
    HttpStatus {
        /// The status code, 400..=599.
        status: u16,
    },
    /// Close the connection without an answer.
    ConnectionReset,
    /// Announce the full body length, send half of it, close the connection.
    TruncatedBody,
    /// Answer `RequestLimitExceeded`.
    RequestLimitExceeded,
    /// Answer `InternalError`.
    InternalError,
}

/// One rule: a fault, where it applies and how often.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FaultRule {
    /// Only for this service (any when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// Only for this action (any when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Chance of firing on a matching call, 0..=1 (always when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probability: Option<f64>,
    /// Fires at most this many more times (unlimited when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// The fault.
    #[serde(flatten)]
    pub fault: Fault,
}

/// At most this many fault rules at once: every call scans them, so 600,000 rules that
/// never fire made each call take 576 ms instead of 0.76 ms.
pub const MAX_FAULT_RULES: usize = 1_000;

/// Longest `service` or `action` of a rule, in bytes (names are short; 1,000 rules of
/// 9 MB names took 9 GB).
pub const MAX_NAME: usize = 256;

/// Most latency one call gets from all the rules that fire together, in milliseconds
/// (as one rule may add): 1,000 rules of 600 s added up to a week.
pub const MAX_LATENCY_MS: u64 = 600_000;

/// Parses a fault file (`{"faults": [...]}` or `[...]`) and checks every rule (at most
/// [`MAX_FAULT_RULES`]).
pub fn parse_rules(text: &str) -> Result<Vec<FaultRule>, String> {
    // Parse as values first so that an error names the offending rule precisely.
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("fault rules are not JSON: {e}"))?;
    let items = match &value {
        serde_json::Value::Array(items) => items.clone(),
        serde_json::Value::Object(o) => match o.get("faults") {
            Some(serde_json::Value::Array(items)) => items.clone(),
            _ => return Err("fault rules must be a list or {\"faults\": [...]}".into()),
        },
        _ => return Err("fault rules must be a list or {\"faults\": [...]}".into()),
    };
    if items.len() > MAX_FAULT_RULES {
        return Err(format!(
            "at most {MAX_FAULT_RULES} fault rules, got {}",
            items.len()
        ));
    }
    let mut rules = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let rule: FaultRule =
            serde_json::from_value(item).map_err(|e| format!("fault rule {i}: {e}"))?;
        for name in [&rule.service, &rule.action].into_iter().flatten() {
            if name.len() > MAX_NAME {
                return Err(format!(
                    "fault rule {i}: a service or action name is at most {MAX_NAME} bytes"
                ));
            }
        }
        if let Some(p) = rule.probability
            && !(0.0..=1.0).contains(&p)
        {
            return Err(format!("fault rule {i}: probability must be within 0..=1"));
        }
        if let Fault::HttpStatus { status } = rule.fault
            && !(400..=599).contains(&status)
        {
            return Err(format!("fault rule {i}: status must be within 400..=599"));
        }
        if let Fault::Latency { ms } = rule.fault
            && ms > MAX_LATENCY_MS
        {
            return Err(format!(
                "fault rule {i}: latency is at most {MAX_LATENCY_MS} ms"
            ));
        }
        rules.push(rule);
    }
    Ok(rules)
}

/// The faults that fire for one call: total latency, then at most one failure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Firing {
    /// Total added latency, in milliseconds.
    pub latency_ms: u64,
    /// The failure to produce, if any.
    pub failure: Option<Fault>,
}

/// Decides which rules fire for an API call (service, action), consuming counts.
pub fn fire(rules: &mut [FaultRule], service: &str, action: &str) -> Firing {
    fire_where(rules, service, action, true)
}

/// As [`fire`], for a credential stand-in (`metadata`, `tccli-sso`): only rules that
/// name `service` apply, not global ones.
pub fn fire_named(rules: &mut [FaultRule], service: &str, action: &str) -> Firing {
    fire_where(rules, service, action, false)
}

fn fire_where(rules: &mut [FaultRule], service: &str, action: &str, global: bool) -> Firing {
    let mut out = Firing::default();
    for rule in rules.iter_mut() {
        if rule.service.as_deref().map_or(!global, |s| s != service)
            || rule.action.as_deref().is_some_and(|a| a != action)
            || rule.count == Some(0)
        {
            continue;
        }
        let is_latency = matches!(rule.fault, Fault::Latency { .. });
        if !is_latency && out.failure.is_some() {
            continue;
        }
        if let Some(p) = rule.probability
            && rand::random::<f64>() >= p
        {
            continue;
        }
        if let Some(c) = rule.count.as_mut() {
            *c -= 1;
        }
        match &rule.fault {
            Fault::Latency { ms } => {
                out.latency_ms = out.latency_ms.saturating_add(*ms).min(MAX_LATENCY_MS);
            }
            other => out.failure = Some(other.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_forms_and_rejects_bad_rules() {
        let a = parse_rules(
            r#"{"faults":[{"kind":"http_status","status":503,"count":2,"action":"X"}]}"#,
        )
        .expect("wrapped");
        assert_eq!(a[0].fault, Fault::HttpStatus { status: 503 });
        assert_eq!(a[0].count, Some(2));
        let b = parse_rules(r#"[{"kind":"latency","ms":5,"probability":0.5}]"#).expect("bare");
        assert_eq!(b[0].fault, Fault::Latency { ms: 5 });
        assert!(
            parse_rules(r#"[{"kind":"explode"}]"#)
                .unwrap_err()
                .contains("rule 0")
        );
        assert!(parse_rules(r#"[{"kind":"latency","ms":1,"probability":2}]"#).is_err());
        assert!(parse_rules(r#"[{"kind":"http_status","status":200}]"#).is_err());
        assert!(parse_rules("nope").is_err());
        assert!(parse_rules(r#"{"x":1}"#).is_err());
        // Bounded: every call scans the rules.
        let many = |n: usize| {
            format!(
                "[{}]",
                vec![r#"{"kind":"latency","ms":1,"action":"Never"}"#; n].join(",")
            )
        };
        assert_eq!(
            parse_rules(&many(MAX_FAULT_RULES))
                .expect("at the cap")
                .len(),
            MAX_FAULT_RULES
        );
        assert!(
            parse_rules(&many(MAX_FAULT_RULES + 1))
                .unwrap_err()
                .contains("at most")
        );
    }

    #[test]
    fn counts_are_consumed_and_scopes_respected() {
        let mut rules = parse_rules(
            r#"[{"kind":"internal_error","action":"A","count":2},{"kind":"latency","ms":3},{"kind":"connection_reset","service":"cvm","probability":0}]"#,
        )
        .expect("rules");
        let f = fire(&mut rules, "cvm", "A");
        assert_eq!(
            f,
            Firing {
                latency_ms: 3,
                failure: Some(Fault::InternalError)
            }
        );
        assert_eq!(fire(&mut rules, "cvm", "B").failure, None);
        assert_eq!(
            fire(&mut rules, "cvm", "A").failure,
            Some(Fault::InternalError)
        );
        assert_eq!(fire(&mut rules, "cvm", "A").failure, None);
        assert_eq!(rules[0].count, Some(0));
    }

    /// Issue 25: the latencies of the rules that fire add up to at most
    /// [`MAX_LATENCY_MS`] (1,000 rules of 600 s made a call wait a week).
    #[test]
    fn total_latency_is_capped() {
        let many = format!(
            "[{}]",
            vec![r#"{"kind":"latency","ms":600000}"#; MAX_FAULT_RULES].join(",")
        );
        let mut rules = parse_rules(&many).expect("at the cap");
        assert_eq!(fire(&mut rules, "cvm", "A").latency_ms, MAX_LATENCY_MS);
        let mut two =
            parse_rules(r#"[{"kind":"latency","ms":3},{"kind":"latency","ms":4}]"#).expect("rules");
        assert_eq!(
            fire(&mut two, "cvm", "A").latency_ms,
            7,
            "below the cap they add up"
        );
    }
}
