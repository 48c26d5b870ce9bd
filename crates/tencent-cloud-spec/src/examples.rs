//! Examples from examples.json, with their inputs turned into JSON params
//! and their outputs parsed.
//!
//! Upstream writes example inputs in several forms:
//!
//! * an HTTP request: `POST / HTTP/1.1`, headers, a blank line, a JSON body;
//! * a URL with the params as a query string, one `&Name=value` per line,
//!   with list and object members flattened (`Filters.0.Values.1=x`);
//! * a bare JSON body, or a bare `Name=value&…` string.
//!
//! Query-form values are strings on the wire; they are converted to the
//! member's type (numbers, booleans) where the schema says so and the text
//! parses, and left as strings otherwise. Common params (`Action`,
//! `Version`, `Region`, `Timestamp`, …) are dropped unless the action's input
//! object declares a member of that name.
//!
//! Inputs or outputs that cannot be parsed are kept as an `Err` with a
//! reason; the loader turns them into warnings. Nothing here panics.

use serde_json::{Map, Value};

use crate::model::{ApiVersion, Base, Object, Scalar, TypeRef};
use crate::params::{self, Node, Repeated, Unflatten};

/// How example queries are read: empty name segments kept as names, the last of a
/// repeated param wins (as in a query string).
const QUERY: Unflatten = Unflatten {
    max_segments: params::MAX_SEGMENTS,
    allow_empty_segments: true,
    repeated: Repeated::KeepLast,
};

/// One example of one action.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub title: String,
    pub document: String,
    /// The input exactly as upstream wrote it.
    pub input_raw: String,
    /// The output exactly as upstream wrote it.
    pub output_raw: String,
    /// The input as JSON params, or why it could not be parsed.
    pub input: Result<ExampleInput, String>,
    /// The parsed output, or why it could not be parsed.
    pub output: Result<ExampleOutput, String>,
}

/// How an example input was written upstream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputForm {
    /// `POST / HTTP/1.1`, headers, blank line, JSON body.
    HttpJson,
    /// `https://host/?Action=X` then `&Name=value` lines (or a bare
    /// `Name=value&…` string).
    Query,
    /// A bare JSON object.
    BareJson,
}

/// An example input as JSON params.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleInput {
    pub form: InputForm,
    pub params: Map<String, Value>,
    /// Upstream defects the parser worked around (reported as warnings).
    pub notes: Vec<String>,
}

/// A parsed example output.
#[derive(Debug, Clone, PartialEq)]
pub enum ExampleOutput {
    /// A JSON document, normally `{"Response": {…}}`.
    Json(Value),
    /// A `text/event-stream` response: the `data:` payload of each event,
    /// parsed as JSON where it is JSON and kept as a string otherwise.
    EventStream(Vec<Value>),
}

impl ExampleOutput {
    /// The object under `Response` of a JSON output.
    pub fn response(&self) -> Option<&Map<String, Value>> {
        match self {
            ExampleOutput::Json(v) => v.get("Response")?.as_object(),
            ExampleOutput::EventStream(_) => None,
        }
    }
}

/// Params every request may carry (signing, routing), that are not
/// members of the action.
pub const COMMON_PARAMS: &[&str] = &[
    "Action",
    "Version",
    "Region",
    "Timestamp",
    "Nonce",
    "SecretId",
    "Signature",
    "SignatureMethod",
    "Token",
    "Language",
    "RequestClient",
];

/// Parses an example input. `input` is the action's input object (used to
/// type query-form values and to keep declared members named like common
/// params).
pub fn parse_input(
    text: &str,
    api: &ApiVersion,
    input: Option<&Object>,
) -> Result<ExampleInput, String> {
    let text = normalise(text);
    let t = text.trim();
    let first_line = t.lines().next().unwrap_or("");
    let upper = first_line.to_ascii_uppercase();

    if (upper.starts_with("POST") || upper.starts_with("GET")) && upper.contains("HTTP") {
        let body = http_body(t).trim();
        if body.is_empty() {
            return Ok(ExampleInput {
                form: InputForm::HttpJson,
                params: Map::new(),
                notes: Vec::new(),
            });
        }
        if body.starts_with('{') || body.starts_with('[') {
            return json_object(body).map(|params| ExampleInput {
                form: InputForm::HttpJson,
                params,
                notes: Vec::new(),
            });
        }
        if body.starts_with("--") && body.contains("Content-Disposition") {
            return Err("multipart/form-data body is not supported".into());
        }
        if looks_like_query(body) {
            return query_input(body, api, input);
        }
        return Err(format!(
            "HTTP body is neither JSON nor form params: {}",
            snippet(body)
        ));
    }
    if upper.starts_with("HTTP://") || upper.starts_with("HTTPS://") {
        return query_input(t, api, input);
    }
    if t.starts_with('{') {
        return json_object(t).map(|params| ExampleInput {
            form: InputForm::BareJson,
            params,
            notes: Vec::new(),
        });
    }
    if looks_like_query(t) {
        return query_input(t, api, input);
    }
    Err(format!("unrecognised input form: {}", snippet(t)))
}

/// The body of an HTTP request text: after the first blank line or, when
/// upstream forgot the blank line, from the first line that opens a JSON
/// object.
fn http_body(t: &str) -> &str {
    if let Some(i) = blank_line(t) {
        return &t[i..];
    }
    let mut offset = 0;
    for line in t.split_inclusive('\n') {
        if line.trim_start().starts_with('{') {
            return &t[offset..];
        }
        offset += line.len();
    }
    ""
}

/// Byte offset just after the first line that is empty or only whitespace.
fn blank_line(t: &str) -> Option<usize> {
    let mut offset = 0;
    let mut first = true;
    for line in t.split_inclusive('\n') {
        offset += line.len();
        if !first && line.trim().is_empty() {
            return Some(offset);
        }
        first = false;
    }
    None
}

fn looks_like_query(t: &str) -> bool {
    let first = t.split(['&', '\n']).next().unwrap_or("").trim();
    match first.split_once('=') {
        Some((k, _)) => {
            !k.is_empty()
                && k.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_')
        }
        None => false,
    }
}

fn json_object(body: &str) -> Result<Map<String, Value>, String> {
    serde_json::from_str::<Map<String, Value>>(body).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => format!("JSON body is not an object ({e})"),
        _ => format!("JSON body does not parse: {e}"),
    })
}

pub(crate) fn snippet(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out.replace('\n', "\\n")
}

fn decode(s: &str) -> String {
    params::decode_component(s, false).unwrap_or_else(|_| s.to_string())
}

/// A query-form input. Upstream sometimes continues a value over several
/// lines (certificates, YAML) and sometimes follows the query with a JSON
/// body; both are handled, the latter with a note.
fn query_input(t: &str, api: &ApiVersion, input: Option<&Object>) -> Result<ExampleInput, String> {
    // Split off a JSON body: the first line (after the first) opening an
    // object.
    let mut offset = 0;
    let mut body = None;
    for (n, line) in t.split_inclusive('\n').enumerate() {
        if n > 0 && line.trim_start().starts_with('{') {
            body = Some(&t[offset..]);
            break;
        }
        offset += line.len();
    }
    let query = &t[..offset];
    let mut notes = Vec::new();
    let params = query_params(query, api, input)?;
    if let Some(body) = body {
        match json_object(body.trim()) {
            Ok(json) => {
                if !params.is_empty() && params != json {
                    notes.push(
                        "query params and a JSON body disagree; the JSON body is used".to_string(),
                    );
                }
                return Ok(ExampleInput {
                    form: InputForm::Query,
                    params: json,
                    notes,
                });
            }
            Err(e) if params.is_empty() => return Err(e),
            Err(e) => notes.push(format!(
                "a JSON body after the query params is ignored: {e}"
            )),
        }
    }
    Ok(ExampleInput {
        form: InputForm::Query,
        params,
        notes,
    })
}

fn query_params(
    t: &str,
    api: &ApiVersion,
    input: Option<&Object>,
) -> Result<Map<String, Value>, String> {
    // Gather `key=value` pieces, joining continuation lines (lines that do
    // not start a new `&param`) onto the previous value.
    let mut pieces: Vec<String> = Vec::new();
    for (n, line) in t.lines().enumerate() {
        let trimmed = line.trim();
        if n == 0 {
            let q = if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
                match trimmed.split_once('?') {
                    Some((_, q)) => q,
                    None => continue,
                }
            } else {
                trimmed
            };
            pieces.extend(q.split('&').map(str::to_string));
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('&') {
            pieces.extend(rest.split('&').map(str::to_string));
        } else if let Some(last) = pieces
            .last_mut()
            // `trim_start`: the piece may end in thousands of blank lines already
            // joined; trimming them for every line made this quadratic.
            .filter(|l| l.contains('=') && !l.trim_start().starts_with('<'))
        {
            last.push('\n');
            last.push_str(line.trim_end());
        } else if !trimmed.is_empty() {
            pieces.extend(trimmed.split('&').map(str::to_string));
        }
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    // A piece without '=' is reported after any conflict among the params before it.
    let mut bad_piece = None;
    for piece in &pieces {
        // A URL broken before its `?` leaves `?Action=X` on its own line.
        let piece = piece.trim().trim_start_matches('?');
        if piece.is_empty() || piece.starts_with('<') {
            continue; // `<公共请求参数>` and similar placeholders
        }
        let Some((k, v)) = piece.split_once('=') else {
            bad_piece = Some(format!("query piece without '=': {}", snippet(piece)));
            break;
        };
        let key = decode(k.trim());
        let top = key.split('.').next().unwrap_or_default();
        if COMMON_PARAMS.contains(&top) && input.and_then(|o| o.member(top)).is_none() {
            continue;
        }
        let value = decode(v.trim());
        pairs.push((key, value));
    }
    let tree = params::unflatten(&pairs, &QUERY).map_err(|e| e.to_string())?;
    if let Some(e) = bad_piece {
        return Err(e);
    }
    let mut out = Map::new();
    for (k, node) in tree.into_entries() {
        let ty = input.and_then(|o| o.member(&k)).map(|m| &m.ty);
        out.insert(k, to_value(node, ty, api));
    }
    Ok(out)
}

fn to_value(node: Node, ty: Option<&TypeRef>, api: &ApiVersion) -> Value {
    match ty {
        Some(t) if t.list => {
            let elem = TypeRef {
                list: false,
                base: t.base.clone(),
            };
            match node {
                Node::Branch(children) => {
                    Value::Array(indexed(children.into_entries(), Some(&elem), api))
                }
                leaf @ Node::Leaf(_) => Value::Array(vec![to_value(leaf, Some(&elem), api)]),
            }
        }
        Some(t) => match (&t.base, node) {
            (Base::Scalar(s), Node::Leaf(v)) => scalar(v, *s),
            (Base::Object(o), Node::Branch(children)) => {
                let obj = api.object(o);
                let mut m = Map::new();
                for (k, child) in children.into_entries() {
                    let cty = obj.and_then(|o| o.member(&k)).map(|m| &m.ty);
                    m.insert(k, to_value(child, cty, api));
                }
                Value::Object(m)
            }
            (_, node) => to_value(node, None, api),
        },
        None => match node {
            Node::Leaf(v) => Value::String(v),
            Node::Branch(children) => {
                if children
                    .entries()
                    .iter()
                    .all(|(k, _)| k.parse::<usize>().is_ok())
                {
                    Value::Array(indexed(children.into_entries(), None, api))
                } else {
                    Value::Object(
                        children
                            .into_entries()
                            .into_iter()
                            .map(|(k, c)| (k, to_value(c, None, api)))
                            .collect(),
                    )
                }
            }
        },
    }
}

/// Children keyed by index (`0`, `1`, …) into an array in index order.
/// Non-numeric keys sort last.
fn indexed(
    mut children: Vec<(String, Node)>,
    elem: Option<&TypeRef>,
    api: &ApiVersion,
) -> Vec<Value> {
    children.sort_by_key(|(k, _)| k.parse::<usize>().unwrap_or(usize::MAX));
    children
        .into_iter()
        .map(|(_, c)| to_value(c, elem, api))
        .collect()
}

fn scalar(v: String, s: Scalar) -> Value {
    match s {
        Scalar::Int64 => v
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or(Value::String(v)),
        Scalar::Uint64 => v
            .parse::<u64>()
            .map(Value::from)
            .unwrap_or(Value::String(v)),
        Scalar::Float => match v.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
            Some(n) => Value::Number(n),
            None => Value::String(v),
        },
        Scalar::Bool => match v.as_str() {
            "true" | "True" | "TRUE" => Value::Bool(true),
            "false" | "False" | "FALSE" => Value::Bool(false),
            _ => Value::String(v),
        },
        _ => Value::String(v),
    }
}

/// Without a BOM, with `\n` line ends.
fn normalise(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.trim_start_matches('\u{feff}');
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Parses an example output: JSON, or an HTTP response whose body is JSON
/// or a `text/event-stream`.
pub fn parse_output(text: &str) -> Result<ExampleOutput, String> {
    let text = normalise(text);
    let t = text.trim();
    if t.starts_with('{') || t.starts_with('[') {
        return serde_json::from_str(t)
            .map(ExampleOutput::Json)
            .map_err(|e| format!("output does not parse as JSON: {e}"));
    }
    let (headers, body) = if t.starts_with("HTTP/") {
        match blank_line(t) {
            Some(i) => (&t[..i], t[i..].trim()),
            None => (t, ""),
        }
    } else {
        ("", t)
    };
    let is_sse = headers.to_ascii_lowercase().contains("text/event-stream")
        || body.starts_with("data:")
        || body.starts_with("event:")
        || body.starts_with("id:");
    if is_sse {
        let events = event_stream(body);
        if events.is_empty() {
            return Err("event stream without data events".into());
        }
        return Ok(ExampleOutput::EventStream(events));
    }
    if body.starts_with('{') {
        return serde_json::from_str(body)
            .map(ExampleOutput::Json)
            .map_err(|e| format!("output body does not parse as JSON: {e}"));
    }
    // Upstream sometimes puts prose before an event stream.
    if let Some(i) = body.find("\ndata:") {
        let events = event_stream(&body[i + 1..]);
        if !events.is_empty() {
            return Ok(ExampleOutput::EventStream(events));
        }
    }
    if t.is_empty() {
        return Err("output is empty".into());
    }
    Err(format!("output is not JSON: {}", snippet(t)))
}

/// The data of each event of an event stream (events end at blank lines;
/// whitespace-only lines count as blank, as upstream writes `\n\t\n`).
fn event_stream(body: &str) -> Vec<Value> {
    let mut events = Vec::new();
    let mut data: Option<String> = None;
    let mut flush = |data: &mut Option<String>| {
        if let Some(d) = data.take() {
            events.push(serde_json::from_str(&d).unwrap_or(Value::String(d)));
        }
    };
    for line in body.lines() {
        if line.trim().is_empty() {
            flush(&mut data);
            continue;
        }
        if let Some(rest) = line.strip_prefix("data:") {
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            match &mut data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(rest);
                }
                None => data = Some(rest.to_string()),
            }
        }
    }
    flush(&mut data);
    events
}
