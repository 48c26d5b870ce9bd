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
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut b: [u8; 16] = rand::random();
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    let mut s = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push(HEX[usize::from(byte >> 4)] as char);
        s.push(HEX[usize::from(byte & 15)] as char);
    }
    s
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
            .filter(|r| !r.contains_key("Error")),
        _ => None,
    });
    let stream = examples.iter().find_map(|e| match &e.output {
        Ok(ExampleOutput::EventStream(events)) => Some(events),
        _ => None,
    });
    match (json, stream) {
        (_, Some(events)) if wants_stream => Reply::EventStream(events.clone()),
        (Some(resp), _) => {
            let mut resp = resp.clone();
            resp.insert("RequestId".into(), Value::String(rid.to_owned()));
            Reply::Json(Value::Object(
                [("Response".to_owned(), Value::Object(resp))]
                    .into_iter()
                    .collect(),
            ))
        }
        (None, Some(events)) => Reply::EventStream(events.clone()),
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
        assert!(matches!(parts[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'));
        assert!(a.bytes().all(|c| c == b'-' || c.is_ascii_hexdigit()));
    }
}
