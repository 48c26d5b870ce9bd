//! Actions served on a host of their own, from what the spec says: the `Host:` lines
//! of their examples and their docs. Every non-standard host found is listed in
//! `crates/services/HOSTS.txt` (written by `cargo xtask regen`) as taken or dropped,
//! with the reason; a taken one is applied by the generated method with the core's
//! `ActionHost` (an endpoint set for the call, the client or the service still wins).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use tencent_cloud_spec::{Action, ApiVersion, ExampleOutput};

use crate::VersionPlan;

/// Hosts the official Python SDK hard-codes for actions whose spec does not name one
/// (tencentcloud-sdk-python 3.1.195, `options = {"Endpoint": ...}` in the client):
/// (service, action, labels before the root domain).
pub const SDK_HOSTS: &[(&str, &str, &str)] = &[("es", "ParseDocument", "es.ai")];

/// Where an action's requests go instead of `<service>.tencentcloudapi.com`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecialHost {
    /// `es.ai`: these labels before the site's root domain (`ActionHost::Prefix`); else
    /// a whole host, whatever the site (`ActionHost::Host`).
    pub prefix: bool,
    pub host: String,
    /// Only the `_stream` method goes there (cls `ChatCompletions`: its streamed calls).
    pub stream_only: bool,
}

/// One non-standard host found for an action, and what was made of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostFinding {
    pub host: String,
    /// `example 2 Host:` or `docs`.
    pub source: String,
    pub taken: bool,
    pub why: String,
}

const ROOT: &str = ".tencentcloudapi.com";

fn hosts_in_docs(doc: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = doc.as_bytes();
    for suffix in [ROOT, ".tencent.cn"] {
        let mut from = 0;
        while let Some(i) = doc[from..].find(suffix) {
            let end = from + i + suffix.len();
            let mut start = from + i;
            while start > 0
                && (bytes[start - 1].is_ascii_alphanumeric()
                    || bytes[start - 1] == b'.'
                    || bytes[start - 1] == b'-')
            {
                start -= 1;
            }
            let host = doc[start..end].trim_start_matches('.').to_ascii_lowercase();
            if host.len() > suffix.len() && !out.contains(&host) {
                out.push(host);
            }
            from = end;
        }
    }
    out
}

/// Is `host` the standard one, `<service>.tencentcloudapi.com`?
fn standard(short: &str, host: &str) -> bool {
    host.strip_suffix(ROOT) == Some(short)
}

/// Is `host` a regional form of the service's host (`cvm.ap-guangzhou.`, `ags.<region>.`)?
fn regional(short: &str, host: &str) -> bool {
    host.strip_suffix(ROOT)
        .and_then(|r| r.strip_prefix(short))
        .and_then(|r| r.strip_prefix('.'))
        .is_some_and(|r| !r.contains('.') && (r == "<region>" || r.split('-').count() >= 2))
}

fn judge(api: &ApiVersion, short: &str, host: &str, in_example: bool) -> (bool, String) {
    let first = host.split('.').next().unwrap_or_default();
    if first == "xxx" {
        return (false, "a placeholder (xxx.), not a host".into());
    }
    if host.contains(".internal.") {
        return (
            false,
            "an internal (VPC) host; the public one is used".into(),
        );
    }
    if regional(short, host) {
        return (
            false,
            "a regional form of the service's host: the client's region and endpoint setting pick it".into(),
        );
    }
    if host.contains(".test.") {
        return (false, "a test-environment host".into());
    }
    if let Some(rest) = host.strip_suffix(ROOT) {
        if rest == format!("{short}.ai") {
            return (
                true,
                format!("the service's AI host: ActionHost::Prefix(\"{rest}\")"),
            );
        }
        if !rest.starts_with(&format!("{short}.")) {
            return (
                false,
                format!("another service's host ({first}): the example was written for it"),
            );
        }
        return (
            false,
            "not a form of this service's host that the site decides".into(),
        );
    }
    if in_example {
        return (
            true,
            format!("an example sends it there: ActionHost::Host(\"{host}\")"),
        );
    }
    let _ = api;
    (
        false,
        "named in the docs but no example sends to it (a link or a download host)".into(),
    )
}

/// The special host of `a`, and every non-standard host its examples and docs name.
pub fn special_host(api: &ApiVersion, a: &Action) -> (Option<SpecialHost>, Vec<HostFinding>) {
    let short = api.metadata.service_short_name.as_str();
    let mut findings: Vec<HostFinding> = Vec::new();
    // Where each taken host was seen: in streamed examples only?
    let mut seen: BTreeMap<String, (bool, bool)> = BTreeMap::new(); // host -> (in a JSON example or docs, in a streamed example)
    for (i, e) in api.examples_of(&a.name).iter().enumerate() {
        let streamed = matches!(e.output, Ok(ExampleOutput::EventStream(_)));
        for line in e.input_raw.lines() {
            let Some(h) = line
                .split_once(':')
                .filter(|(k, _)| k.trim().eq_ignore_ascii_case("host"))
                .map(|(_, v)| v.trim().to_ascii_lowercase())
            else {
                continue;
            };
            if standard(short, &h) {
                continue;
            }
            let (taken, why) = judge(api, short, &h, true);
            if taken {
                let s = seen.entry(h.clone()).or_default();
                if streamed { s.1 = true } else { s.0 = true }
            }
            findings.push(HostFinding {
                host: h,
                source: format!("example {} Host:", i + 1),
                taken,
                why,
            });
        }
    }
    let doc_stream_only = a.document.contains("SSE流式调用");
    for h in hosts_in_docs(&a.document) {
        if standard(short, &h) {
            continue;
        }
        let in_example = seen.contains_key(&h);
        let (taken, why) = judge(api, short, &h, in_example);
        if taken {
            let s = seen.entry(h.clone()).or_default();
            if doc_stream_only {
                s.1 = true
            } else {
                s.0 = true
            }
        }
        findings.push(HostFinding {
            host: h,
            source: "docs".into(),
            taken,
            why,
        });
    }
    if let Some((_, _, prefix)) = SDK_HOSTS
        .iter()
        .find(|(s, n, _)| *s == api.service && *n == a.name)
    {
        let h = format!("{prefix}{ROOT}");
        seen.entry(h.clone()).or_default().0 = true;
        findings.push(HostFinding {
            host: h,
            source: "Python SDK 3.1.195".into(),
            taken: true,
            why: format!(
                "the spec does not name it; the official Python SDK sends it there: ActionHost::Prefix(\"{prefix}\")"
            ),
        });
    }
    let host = seen.iter().next().map(|(h, (json, streamed))| {
        let prefix = h.ends_with(ROOT);
        SpecialHost {
            prefix,
            host: if prefix {
                h.trim_end_matches(ROOT).to_string()
            } else {
                h.clone()
            },
            stream_only: *streamed && !*json,
        }
    });
    (host, findings)
}

/// The report: every non-standard host found, taken or dropped, and why.
pub fn host_listing<'a>(
    versions: impl IntoIterator<Item = (&'a ApiVersion, &'a VersionPlan<'a>)>,
) -> String {
    let (mut lines, mut taken, mut dropped) = (Vec::new(), 0, 0);
    for (api, v) in versions {
        for a in &v.actions {
            let Some(action) = api.actions.get(a.name) else {
                continue;
            };
            let (_, findings) = special_host(api, action);
            for f in findings {
                if f.taken {
                    taken += 1;
                } else {
                    dropped += 1;
                }
                lines.push(format!(
                    "{}/{}/{}: {} ({}): {}: {}",
                    v.service,
                    v.version,
                    a.name,
                    f.host,
                    f.source,
                    if f.taken { "taken" } else { "dropped" },
                    f.why
                ));
            }
        }
    }
    let mut text = String::new();
    let _ = writeln!(
        text,
        "# Non-standard hosts named by the examples' Host: lines and the docs: {taken} taken, {dropped} dropped."
    );
    text.push_str(
        "# Written by `cargo xtask regen` (tencent_cloud_plan::host_listing). A taken host is\n",
    );
    text.push_str(
        "# applied by the generated method (.action_host); an endpoint set for the call, the\n",
    );
    text.push_str(
        "# client (Endpoint::Url, TENCENTCLOUD_ENDPOINT) or the service (profile) still wins.\n",
    );
    for l in &lines {
        text.push_str(l);
        text.push('\n');
    }
    text
}
