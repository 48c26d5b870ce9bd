//! What the specs say about actions that answer with server-sent events.

use crate::{Action, ApiVersion, ExampleOutput};

/// The sentence the spec puts on the `RequestId` of a streamed response (as the
/// official SDKs' generators read it: the Go SDK types exactly these responses as
/// `BaseSSEResponse`), in Chinese and as the international docs translate it.
pub const EVENT_STREAM_NOTES: &[&str] = &["本接口为流式响应接口", "as a streaming response api"];

/// The spec declares that `a` answers with an event stream: its response's
/// `RequestId` says so.
pub fn declares_event_stream(api: &ApiVersion, a: &Action) -> bool {
    api.output_of(a)
        .and_then(|o| o.member("RequestId"))
        .is_some_and(|m| {
            let doc = m.document.to_lowercase();
            EVENT_STREAM_NOTES.iter().any(|n| doc.contains(n))
        })
}

/// How many of `a`'s examples answer with an event stream.
pub fn event_stream_examples(api: &ApiVersion, a: &Action) -> usize {
    api.examples_of(&a.name)
        .iter()
        .filter(|e| matches!(e.output, Ok(ExampleOutput::EventStream(_))))
        .count()
}
