//! Replies: the action's example output from examples.json, or a minimal response
//! synthesised from the output schema, always with a fresh `RequestId`.

use serde_json::{Map, Value};
use tencentcloud_spec::{Action, ApiVersion, Base, ExampleOutput, Scalar, TypeRef};

/// Depth at which synthesis stops following object members (objects can be recursive).
const MAX_SYNTH_DEPTH: usize = 8;

/// What to send back for a successful call.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// `{"Response": {...}}` as JSON.
    Json(Value),
    /// A `text/event-stream` of these `data:` payloads.
    EventStream(Vec<Value>),
}

/// A fresh request id, shaped like Tencent's (a v4 UUID).
pub fn request_id() -> String {
    let b: [u8; 16] = rand::random();
    let h = |r: std::ops::Range<usize>| b[r].iter().map(|x| format!("{x:02x}")).collect::<String>();
    format!(
        "{}-{}-4{}-{:x}{}-{}",
        h(0..4),
        h(4..6),
        &h(6..8)[1..],
        8 | (b[8] & 3),
        &h(8..10)[1..],
        h(10..16)
    )
}

/// The reply for `action`: an example output (an event stream when the request asks for
/// `Stream: true` and the action has a streamed example), else a synthesised one.
pub fn reply(api: &ApiVersion, action: &Action, params: &Map<String, Value>, rid: &str) -> Reply {
    let examples = api.examples_of(&action.name);
    let wants_stream = matches!(params.get("Stream"), Some(Value::Bool(true)))
        || matches!(params.get("Stream"), Some(Value::String(s)) if s == "true");
    // The first success example: error examples are documentation, and a few upstream
    // outputs lack the `Response` wrapper.
    let json = examples.iter().find_map(|e| match &e.output {
        Ok(ExampleOutput::Json(v)) => v
            .get("Response")
            .and_then(Value::as_object)
            .filter(|r| !r.contains_key("Error"))
            .cloned(),
        _ => None,
    });
    let stream = examples.iter().find_map(|e| match &e.output {
        Ok(ExampleOutput::EventStream(events)) => Some(events.clone()),
        _ => None,
    });
    match (json, stream) {
        (_, Some(events)) if wants_stream => Reply::EventStream(events),
        (Some(mut resp), _) => {
            resp.insert("RequestId".into(), Value::String(rid.to_owned()));
            Reply::Json(Value::Object(
                [("Response".to_owned(), Value::Object(resp))]
                    .into_iter()
                    .collect(),
            ))
        }
        (None, Some(events)) => Reply::EventStream(events),
        (None, None) => Reply::Json(wrap(synthesise(api, action), rid)),
    }
}

fn wrap(mut resp: Map<String, Value>, rid: &str) -> Value {
    resp.insert("RequestId".into(), Value::String(rid.to_owned()));
    Value::Object(
        [("Response".to_owned(), Value::Object(resp))]
            .into_iter()
            .collect(),
    )
}

/// A minimal valid response object: every member the schema says is always present, with
/// the smallest value of its type.
pub fn synthesise(api: &ApiVersion, action: &Action) -> Map<String, Value> {
    match api.output_of(action) {
        Some(obj) => synth_object(api, &obj.name, 0),
        None => Map::new(),
    }
}

fn synth_object(api: &ApiVersion, name: &str, depth: usize) -> Map<String, Value> {
    let mut out = Map::new();
    let Some(obj) = api.object(name) else {
        return out;
    };
    if depth > MAX_SYNTH_DEPTH {
        return out;
    }
    for m in &obj.members {
        if m.name == "RequestId" || !m.always_in_response() {
            continue;
        }
        out.insert(m.name.clone(), synth_value(api, &m.ty, depth));
    }
    out
}

fn synth_value(api: &ApiVersion, ty: &TypeRef, depth: usize) -> Value {
    if ty.list {
        return Value::Array(Vec::new());
    }
    match &ty.base {
        Base::Object(o) => Value::Object(synth_object(api, o, depth + 1)),
        Base::Scalar(s) => match s {
            Scalar::Int64 | Scalar::Uint64 => Value::from(0),
            Scalar::Float => Value::from(0.0),
            Scalar::Bool => Value::Bool(false),
            Scalar::DateTime => Value::from("1970-01-01 00:00:00"),
            Scalar::DateTimeIso => Value::from("1970-01-01T00:00:00Z"),
            Scalar::Date => Value::from("1970-01-01"),
            Scalar::String | Scalar::Binary => Value::from(""),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_fresh_uuids() {
        let a = request_id();
        let b = request_id();
        assert_ne!(a, b);
        let parts: Vec<&str> = a.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('4'));
        assert!(a.bytes().all(|c| c == b'-' || c.is_ascii_hexdigit()));
    }
}
