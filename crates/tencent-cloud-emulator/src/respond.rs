//! Replies: the action's example output from examples.json, or a minimal response
//! synthesised from the output schema, always with a fresh `RequestId`.

use std::collections::HashMap;
use std::sync::RwLock;

use bytes::Bytes;
use serde_json::{Map, Value};
use tencent_cloud_spec::{
    Action, ApiVersion, Base, ExampleOutput, Member, PageBy, Scalar, TypeRef,
};

/// Depth at which synthesis stops following object members (objects can be recursive).
const MAX_SYNTH_DEPTH: usize = 8;

/// At most this many values in one synthesised response: depth alone does not bound a
/// bad spec whose object has many required members of its own type (12 of them to
/// depth 8 is 12^8 values).
const MAX_SYNTH_VALUES: usize = 10_000;

/// What to send back for a successful call.
#[derive(Clone, Debug)]
pub(crate) enum Reply {
    /// `{"Response": {...}}`, serialised for this call.
    Json(String),
    /// A body serialised once and shared, the request id put in as it is sent.
    Template(Template),
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

/// A reply body serialised once, with a hole for the request id. Cheap to clone (its
/// two pieces are shared): a small one is copied into each call's body, a large one is
/// sent from the shared pieces as they are.
#[derive(Clone, Debug)]
pub(crate) struct Template {
    head: Bytes,
    tail: Bytes,
}

impl Template {
    /// The template of `{"Response": resp}` with a request id.
    pub(crate) fn new(mut resp: Map<String, Value>) -> Template {
        // A fresh UUID cannot occur in the answer: serialise with it as the request id
        // and cut the text around it.
        let marker = request_id();
        let text = wrap_in(&mut resp, &marker).to_string();
        match text.split_once(&marker) {
            Some((head, tail)) => Template {
                head: Bytes::copy_from_slice(head.as_bytes()),
                tail: Bytes::copy_from_slice(tail.as_bytes()),
            },
            None => Template {
                head: Bytes::from(text),
                tail: Bytes::new(),
            },
        }
    }

    /// Bytes of the text without the request id.
    pub(crate) fn len(&self) -> usize {
        self.head.len() + self.tail.len()
    }

    /// The text with `rid` in its hole, copied into one buffer.
    pub(crate) fn fill(&self, rid: &str) -> Bytes {
        let mut b = Vec::with_capacity(self.len() + rid.len());
        b.extend_from_slice(&self.head);
        b.extend_from_slice(rid.as_bytes());
        b.extend_from_slice(&self.tail);
        Bytes::from(b)
    }

    /// The shared pieces before and after the request id.
    pub(crate) fn pieces(&self) -> (Bytes, Bytes) {
        (self.head.clone(), self.tail.clone())
    }
}

/// Reply bodies by `service/version/action`, built on first use: a call costs a copy of
/// the text, not a walk over the example.
#[derive(Debug, Default)]
pub(crate) struct Replies {
    templates: RwLock<HashMap<String, Template>>,
}

/// The reply for `action`: an example output (an event stream when the request asks for
/// `Stream: true` and the action has a streamed example; for an action the spec
/// declares streaming, its JSON example as one event unless a Stream switch is off),
/// else a synthesised one.
///
/// For an action that pages by `Offset`/`Limit` (see [`ApiVersion::pagination`]), a
/// request that sets either gets that slice of the example's list, with `TotalCount` the
/// length of the whole list: the example's items are the collection being paged.
pub(crate) fn reply(
    replies: &Replies,
    api: &ApiVersion,
    action: &Action,
    params: &Map<String, Value>,
    rid: &str,
) -> Reply {
    let examples = api.examples_of(&action.name);
    let wants_stream = matches!(params.get("Stream"), Some(Value::Bool(true)))
        || matches!(params.get("Stream"), Some(Value::String(s)) if s == "true");
    let stream = examples.iter().find_map(|e| match &e.output {
        Ok(ExampleOutput::EventStream(events)) => Some(events),
        _ => None,
    });
    // The first success example: error examples are documentation, and a few upstream
    // outputs lack the `Response` wrapper.
    let json = examples.iter().find_map(|e| match &e.output {
        Ok(ExampleOutput::Json(v)) => v
            .get("Response")
            .and_then(Value::as_object)
            .filter(|r| !r.contains_key("Error")),
        _ => None,
    });
    match (json, stream) {
        (_, Some(events)) if wants_stream => return Reply::EventStream(events.clone()),
        (None, Some(events)) => return Reply::EventStream(events.clone()),
        _ => {}
    }
    // An action the spec declares streaming, with only JSON examples: the real service
    // streams where the request has no Stream switch, or sets it; the example's
    // Response (or an example that is one event's data, without the wrapper) goes as
    // one event.
    if stream.is_none()
        && tencent_cloud_spec::declares_event_stream(api, action)
        && (wants_stream
            || api
                .input_of(action)
                .and_then(|i| i.member("Stream"))
                .is_none())
    {
        let event = json.cloned().or_else(|| {
            examples.iter().find_map(|e| match &e.output {
                Ok(ExampleOutput::Json(Value::Object(m))) if !m.contains_key("Response") => {
                    Some(m.clone())
                }
                _ => None,
            })
        });
        if let Some(event) = event {
            return Reply::EventStream(vec![Value::Object(event)]);
        }
    }
    if let Some(resp) = json
        && let Some(page) = page(api, action, resp, params)
    {
        return Reply::Json(wrap(page, rid));
    }
    let key = format!("{}/{}/{}", api.service, api.version, action.name);
    let cached = replies
        .templates
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key)
        .cloned();
    let template = match cached {
        Some(t) => t,
        None => {
            let resp = json.cloned().unwrap_or_else(|| synthesise(api, action));
            let t = Template::new(resp);
            replies
                .templates
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .insert(key, t.clone());
            t
        }
    };
    Reply::Template(template)
}

/// The requested page of a paginated action's answer (its example, or a chosen one), if
/// the request pages.
pub(crate) fn page(
    api: &ApiVersion,
    action: &Action,
    resp: &Map<String, Value>,
    params: &Map<String, Value>,
) -> Option<Map<String, Value>> {
    let p = api.pagination(action)?;
    let Some(Value::Array(items)) = resp.get(&p.list.name) else {
        return None;
    };
    let total = items.len();
    let (offset_member, limit_member, total_member) = match p.by {
        PageBy::Offset {
            offset,
            limit,
            total,
        } => (offset, limit, total),
        PageBy::Token { request, response } => {
            return Some(token_page(
                resp,
                params,
                &p.list.name,
                items,
                request,
                response,
            ));
        }
    };
    let offset = params.get(&offset_member.name).map(as_count);
    let limit = params.get(&limit_member.name).map(as_count);
    if offset.is_none() && limit.is_none() {
        return None;
    }
    let start = offset.flatten().unwrap_or(0).min(total);
    // Tencent reads a zero `Limit` as "the default": here, the rest of the list.
    let end = match limit.flatten().filter(|&l| l > 0) {
        Some(l) => start.saturating_add(l).min(total),
        None => total,
    };
    let mut out = all_but(resp, &p.list.name);
    out.insert(
        p.list.name.clone(),
        Value::Array(items[start..end].to_vec()),
    );
    if let Some(t) = total_member {
        out.insert(t.name.clone(), Value::from(total));
    }
    // Some responses echo the page they are (tag DescribeTagKeys: `Offset`, `Limit`).
    for (member, value) in [(offset_member, offset), (limit_member, limit)] {
        if let (Some(Some(v)), Some(slot)) = (value, out.get_mut(&member.name)) {
            // In the example's own kind: a number, or a string holding one.
            *slot = match slot {
                Value::String(_) => Value::String(v.to_string()),
                _ => Value::from(v),
            };
        }
    }
    Some(out)
}

/// The token the emulator answers for the page starting at item `n`.
const TOKEN_PREFIX: &str = "emu-page-";

/// A page of a token-paged action: the request's token (one the emulator gave, else the
/// start) says where the page starts, a limit-like member (`Limit`, `MaxResults`,
/// `PageSize`, `Size`) how long it is (else the rest), and the answer's token is where
/// the next starts, or `""` after the last.
fn token_page(
    resp: &Map<String, Value>,
    params: &Map<String, Value>,
    list: &str,
    items: &[Value],
    request: &Member,
    response: &Member,
) -> Map<String, Value> {
    let total = items.len();
    let start = params
        .get(&request.name)
        .and_then(Value::as_str)
        .and_then(|t| t.strip_prefix(TOKEN_PREFIX))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0)
        .min(total);
    let size = ["Limit", "MaxResults", "PageSize", "Size"]
        .iter()
        .find_map(|m| params.get(*m).and_then(as_count))
        .filter(|&l| l > 0);
    let end = size.map_or(total, |l| start.saturating_add(l).min(total));
    let mut out = all_but(resp, list);
    out.insert(list.to_owned(), Value::Array(items[start..end].to_vec()));
    let next = if end < total {
        format!("{TOKEN_PREFIX}{end}")
    } else {
        String::new()
    };
    out.insert(response.name.clone(), Value::String(next));
    out
}

/// A copy of `resp` without its member `list` (the page puts a slice of it back: the
/// whole list is not copied for that).
fn all_but(resp: &Map<String, Value>, list: &str) -> Map<String, Value> {
    resp.iter()
        .filter(|(k, _)| k.as_str() != list)
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// A non-negative count sent as a number or (form-encoded) as a string.
fn as_count(v: &Value) -> Option<usize> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| usize::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// `{"Response": resp}` with `RequestId` set, as text.
pub(crate) fn wrap(mut resp: Map<String, Value>, rid: &str) -> String {
    wrap_in(&mut resp, rid).to_string()
}

fn wrap_in(resp: &mut Map<String, Value>, rid: &str) -> Value {
    resp.insert("RequestId".into(), Value::String(rid.to_owned()));
    Value::Object(
        [("Response".to_owned(), Value::Object(std::mem::take(resp)))]
            .into_iter()
            .collect(),
    )
}

/// A minimal valid response object: every member the schema says is always present, with
/// the smallest value of its type.
pub fn synthesise(api: &ApiVersion, action: &Action) -> Map<String, Value> {
    let mut budget = MAX_SYNTH_VALUES;
    match api.output_of(action) {
        Some(obj) => synth_object(api, &obj.name, 0, &mut budget),
        None => Map::new(),
    }
}

fn synth_object(
    api: &ApiVersion,
    name: &str,
    depth: usize,
    budget: &mut usize,
) -> Map<String, Value> {
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
        if *budget == 0 {
            break;
        }
        *budget -= 1;
        out.insert(m.name.clone(), synth_value(api, &m.ty, depth, budget));
    }
    out
}

fn synth_value(api: &ApiVersion, ty: &TypeRef, depth: usize, budget: &mut usize) -> Value {
    if ty.list {
        return Value::Array(Vec::new());
    }
    match &ty.base {
        Base::Object(o) => Value::Object(synth_object(api, o, depth + 1, budget)),
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

    /// A bad spec: an output object with 12 always-present members of its own type.
    /// Depth 8 alone would be 12^8 values; the budget bounds it.
    #[test]
    fn synthesis_is_bounded_in_breadth() {
        let members: Vec<String> = (0..12)
            .map(|i| format!(r#"{{"name": "M{i}", "type": "object", "member": "Node", "output_required": true, "document": ""}}"#))
            .collect();
        let api = format!(
            r#"{{"metadata": {{"apiVersion": "2020-01-01", "serviceShortName": "demo", "serviceNameCN": "d", "api_brief": ""}},
                "actions": {{"Get": {{"name": "Get", "document": "", "input": "GetRequest", "output": "GetResponse", "status": "online"}}}},
                "objects": {{
                    "GetRequest": {{"type": "object", "document": "", "members": []}},
                    "GetResponse": {{"type": "object", "document": "", "members": [{{"name": "Root", "type": "object", "member": "Node", "output_required": true, "document": ""}}]}},
                    "Node": {{"type": "object", "document": "", "members": [{}]}}
                }}}}"#,
            members.join(",")
        );
        let api = tencent_cloud_spec::parse_api_version(
            "demo",
            "v20200101",
            std::path::Path::new("api.json"),
            api.as_bytes(),
            None,
        )
        .expect("the bad spec parses");
        let action = &api.actions["Get"];
        let t = std::time::Instant::now();
        let out = synthesise(&api, action);
        fn count(v: &Value) -> usize {
            match v {
                Value::Object(m) => 1 + m.values().map(count).sum::<usize>(),
                _ => 1,
            }
        }
        let n = count(&Value::Object(out));
        assert!(n <= MAX_SYNTH_VALUES + 1, "{n} values");
        assert!(
            t.elapsed() < std::time::Duration::from_secs(5),
            "{:?}",
            t.elapsed()
        );
    }

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
