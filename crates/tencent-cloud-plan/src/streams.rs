//! The stream report: every action that answers with server-sent events, what the
//! generated method does with it, and why; and every other action that looks like
//! it might stream, and why it does not (`crates/services/STREAMS.txt`, written by
//! `cargo xtask regen`).

use std::fmt::Write as _;

use tencent_cloud_spec::{ApiVersion, declares_event_stream, event_stream_examples};

use crate::VersionPlan;

/// Why an action is (or is not) generated as a stream: `(streams, line)`.
fn classify(api: &ApiVersion, v: &VersionPlan<'_>, name: &str) -> Option<(bool, String)> {
    let a = api.actions.get(name)?;
    let plan = v.action(name)?;
    let declared = declares_event_stream(api, a);
    let examples = event_stream_examples(api, a);
    // `SSE` in the name (not `Stream`: live-video actions name media streams), or a
    // `Stream` member that is not a boolean switch.
    let named = name.contains("SSE");
    let other_stream = plan.stream.is_none()
        && api
            .input_of(a)
            .and_then(|i| i.member("Stream"))
            .is_some_and(|m| !m.disabled);
    let mut why = Vec::new();
    if declared {
        why.push("the spec declares it (its RequestId: 本接口为流式响应接口)".to_string());
    }
    if plan.stream.is_some() {
        why.push("a boolean Stream switch in the request".to_string());
    }
    if examples > 0 {
        why.push(format!("{examples} example(s) answer text/event-stream"));
    }
    let m = &plan.method;
    if plan.stream.is_some() {
        return Some((
            true,
            format!(
                "{m}() typed JSON; {m}_stream() sets Stream and yields the events  <- {}",
                why.join("; ")
            ),
        ));
    }
    if plan.event_stream {
        return Some((
            true,
            format!(
                "{m}() yields the events (a JSON answer as one event; no Stream switch)  <- {}",
                why.join("; ")
            ),
        ));
    }
    if examples > 0 || named || other_stream {
        let reason = if other_stream {
            "not streamed: its request's Stream member is not a boolean switch, and the spec does not declare the action streaming".to_string()
        } else if examples > 0 {
            format!(
                "not streamed: {examples} example(s) answer text/event-stream, but the spec does not declare the action streaming and the request has no Stream switch"
            )
        } else {
            "not streamed: SSE in the name only (the spec does not declare it streaming, no example streams, no Stream switch)".to_string()
        };
        return Some((false, reason));
    }
    None
}

/// The report: the streamed actions, then the look-alikes left as JSON calls.
pub fn stream_listing<'a>(
    versions: impl IntoIterator<Item = (&'a ApiVersion, &'a VersionPlan<'a>)>,
) -> String {
    let (mut taken, mut dropped) = (Vec::new(), Vec::new());
    for (api, v) in versions {
        for a in &v.actions {
            if let Some((streams, line)) = classify(api, v, a.name) {
                let line = format!("{}/{}/{}: {line}", v.service, v.version, a.name);
                if streams {
                    taken.push(line);
                } else {
                    dropped.push(line);
                }
            }
        }
    }
    let mut text = String::new();
    let _ = writeln!(
        text,
        "# Actions that answer with server-sent events: {}; look-alikes generated as JSON calls: {}.",
        taken.len(),
        dropped.len()
    );
    text.push_str(
        "# Written by `cargo xtask regen` (tencent_cloud_plan::stream_listing). A streamed\n",
    );
    text.push_str(
        "# method's rt::StreamCall reads the answer by its Content-Type: text/event-stream\n",
    );
    text.push_str("# as events, JSON as one event. Checked against the official Go SDK's BaseSSEResponse list.\n");
    for l in taken.iter().chain(&dropped) {
        text.push_str(l);
        text.push('\n');
    }
    text
}
