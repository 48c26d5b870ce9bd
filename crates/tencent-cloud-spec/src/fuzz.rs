//! Fuzz targets (see `fuzz/README.md`): api.json and examples.json text for one API
//! version, and the example input and output parsers. Each runs for `TC_FUZZ_SECONDS`
//! (default 2) in `cargo test`; `TC_FUZZ_SECONDS=300 cargo test --release -p
//! tencent-cloud-spec --lib fuzz_spec_api_json` runs one for longer.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::{Map, Value};
use tencent_cloud_fuzz::Fuzz;

use crate::{
    ApiVersion, Base, Diagnostic, DiagnosticKind, ExampleOutput, InputForm, Object, Severity,
    parse_api_version, parse_example_input, parse_example_output,
};

tencent_cloud_fuzz::counting_allocator!();

/// Tokens of JSON text.
const JSON: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "\\",
    "\\u",
    "\\u0000",
    "\\ud800",
    "\\udc00",
    "\\\"",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1.5",
    "1e400",
    " ",
    "\n",
    "\u{feff}",
    "\u{10ffff}",
];

/// Keys and values of api.json and examples.json.
const SPEC: &[&str] = &[
    "\"actions\"",
    "\"objects\"",
    "\"metadata\"",
    "\"members\"",
    "\"member\"",
    "\"name\"",
    "\"type\"",
    "\"input\"",
    "\"output\"",
    "\"status\"",
    "\"usage\"",
    "\"document\"",
    "\"example\"",
    "\"required\"",
    "\"output_required\"",
    "\"disabled\"",
    "\"value_allowed_null\"",
    "\"skip_sign\"",
    "\"apiVersion\"",
    "\"serviceShortName\"",
    "\"version\"",
    "\"title\"",
    "\"list\"",
    "\"object\"",
    "\"string\"",
    "\"int\"",
    "\"int64\"",
    "\"uint64\"",
    "\"float\"",
    "\"bool\"",
    "\"binary\"",
    "\"datetime\"",
    "\"datetime_iso\"",
    "\"date\"",
    "\"in\"",
    "\"out\"",
    "\"both\"",
    "\"online\"",
    "\"offline\"",
    "\"deprecated\"",
    "\"Offset\"",
    "\"Limit\"",
    "\"TotalCount\"",
    "\"NextToken\"",
    "\"Filter\"",
    "\"RequestId\"",
    "\"true\"",
    "1",
];

/// Tokens of example inputs and outputs.
const EXAMPLE: &[&str] = &[
    "POST / HTTP/1.1\n",
    "GET /?Action=X HTTP/1.1\n",
    "HTTP/1.1 200 OK\n",
    "Content-Type: text/event-stream\n",
    "https://cvm.tencentcloudapi.com/?Action=DescribeInstances",
    "\n&",
    "&",
    "=",
    ".",
    ".0.",
    ".1",
    ".00",
    "..",
    "?",
    "%",
    "%2",
    "%E4%B8%AD",
    "%FF",
    "+",
    "<公共请求参数>",
    "\n\n",
    "\r\n",
    "data: ",
    "data:",
    "event: ",
    "id: ",
    "\ndata: {}\n\n",
    "Filters.0.Values.1=",
    "Filters.0.Name=zone",
    "InstanceIds.0=ins-1",
    "Offset=0",
    "Limit=20",
    "Placement.Zone=ap-guangzhou-3",
    "DryRun=true",
    "InternetAccessible.InternetMaxBandwidthOut=1",
    "Action=",
    "Region=",
    "--boundary\nContent-Disposition: form-data\n",
    "{\"Response\": {\"RequestId\": \"x\"}}",
];

fn tokens(sets: &[&[&'static str]]) -> Vec<&'static str> {
    sets.concat()
}

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs/3.0.1217.1/cvm/v20170312")
}

/// cvm 2017-03-12 of 3.0.1217.1, loaded once: the API the example targets parse against.
fn cvm() -> &'static ApiVersion {
    static CVM: OnceLock<ApiVersion> = OnceLock::new();
    CVM.get_or_init(|| {
        let path = specs().join("api.json");
        let bytes = std::fs::read(&path).expect("specs/3.0.1217.1 cvm api.json");
        parse_api_version("cvm", "v20170312", &path, &bytes, None).expect("cvm loads")
    })
}

const API_NAME: &str = "fuzz/cvm/v20170312/api.json";
const EXAMPLES_NAME: &str = "fuzz/cvm/v20170312/examples.json";

/// The document, when `text` is JSON; `Err` when it is not, `Ok(None)` when it is but
/// serde_json cannot hold it as a `Value` (a lone surrogate escape, `"\ud800"`, is valid
/// JSON text that no Rust string holds: the loader may skip it inside an unknown key).
fn document(text: &[u8]) -> Result<Option<Value>, ()> {
    match serde_json::from_slice::<Value>(text) {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if (e.to_string().contains("surrogate")
                || e.to_string().contains("end of hex escape"))
                && serde_json::from_slice::<serde::de::IgnoredAny>(text).is_ok()
                && std::str::from_utf8(text).is_ok() =>
        {
            Ok(None)
        }
        Err(_) => Err(()),
    }
}

/// Parses JSON like `Value`, failing on an object with a key twice (a `Value` keeps the
/// last, where the loader names the first too).
struct Unique;

impl<'de> serde::Deserialize<'de> for Unique {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Unique;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Unique, A::Error> {
                let mut seen = std::collections::HashSet::new();
                while let Some(k) = m.next_key::<String>()? {
                    if !seen.insert(k) {
                        return Err(serde::de::Error::custom("duplicate key"));
                    }
                    m.next_value::<Unique>()?;
                }
                Ok(Unique)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut s: A) -> Result<Unique, A::Error> {
                while s.next_element::<Unique>()?.is_some() {}
                Ok(Unique)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Unique, E> {
                Ok(Unique)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Unique, E> {
                Ok(Unique)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Unique, E> {
                Ok(Unique)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Unique, E> {
                Ok(Unique)
            }
            fn visit_str<E>(self, _: &str) -> Result<Unique, E> {
                Ok(Unique)
            }
            fn visit_unit<E>(self) -> Result<Unique, E> {
                Ok(Unique)
            }
        }
        d.deserialize_any(V)
    }
}

/// The number of lines of `text` (as a JSON parser counts them, from 1).
fn lines(text: &[u8]) -> usize {
    text.iter().filter(|b| **b == b'\n').count() + 1
}

/// What every diagnostic of a failed load must give: the file, a position inside the
/// text, and a JSON Pointer that exists in the document (when it parses as JSON with no
/// key given twice).
fn check_diagnostics(diags: &[Diagnostic], file: &str, text: &[u8], doc: Option<&Value>) {
    assert!(
        diags.iter().any(|d| d.severity == Severity::Error),
        "a failed load has an error: {diags:?}"
    );
    for d in diags {
        let shown = d.to_string();
        assert!(shown.starts_with(file), "names the file: {shown}");
        if let Some((line, col)) = d.line_col {
            assert!(
                line >= 1 && line <= lines(text) && col <= text.len() + 1,
                "{shown}: position outside the {} bytes",
                text.len()
            );
        }
        if let (Some(ptr), Some(doc)) = (&d.pointer, doc)
            && serde_json::from_slice::<Unique>(text).is_ok()
            && matches!(
                d.kind,
                DiagnosticKind::DuplicateKey
                    | DiagnosticKind::MissingObject
                    | DiagnosticKind::UnknownType
                    | DiagnosticKind::DuplicateMember
                    | DiagnosticKind::UnknownStatus
                    | DiagnosticKind::UnknownUsage
                    | DiagnosticKind::UnknownKey
                    | DiagnosticKind::Drift
            )
        {
            assert!(
                doc.pointer(ptr).is_some(),
                "{shown}: the pointer is not in the document"
            );
        }
    }
}

/// What a loaded API version must be: every reference resolves, and the model's own
/// questions (paging, type names) answer without panicking.
fn check_model(api: &ApiVersion, doc: Option<&Value>) -> usize {
    let mut n = 0;
    for (name, action) in &api.actions {
        assert_eq!(&action.name, name);
        if let Some(doc) = doc {
            assert!(
                doc.pointer(&crate::diag::pointer(&["actions", name]))
                    .is_some(),
                "action {name:?} is in the document"
            );
        }
        let input = api.input_of(action).expect("input resolves");
        api.output_of(action).expect("output resolves");
        let _ = api.pagination(action);
        n += input.members.len();
    }
    for (name, obj) in &api.objects {
        assert_eq!(&obj.name, name);
        for m in &obj.members {
            if let Base::Object(o) = &m.ty.base {
                assert!(api.object(o).is_some(), "{name}.{}: {o} resolves", m.name);
            }
            let _ = (m.ty.to_string(), m.ty.spec_pair(), m.required_in_request());
        }
        let _ = obj.direction.as_str();
    }
    n + api.member_count() + api.example_count()
}

#[test]
fn fuzz_spec_api_json() {
    let examples = std::fs::read(
        Path::new(tencent_cloud_fuzz::fuzz_dir().as_path())
            .join("seeds/spec_examples_json/cvm-3.0.1217.1-zones-key-pairs.json"),
    )
    .expect("examples seed");
    let deep = format!(
        "{{\"actions\": {{}}, \"metadata\": {{\"apiVersion\": \"2017-03-12\", \"serviceShortName\": \"cvm\"}}, \"objects\": {}}}",
        "[".repeat(100_000)
    );
    let mut many = String::from(
        "{\"actions\": {\"A\": {\"input\": \"O0\", \"output\": \"O0\"}}, \"metadata\": {\"apiVersion\": \"2017-03-12\", \"serviceShortName\": \"cvm\"}, \"objects\": {",
    );
    for i in 0..20_000 {
        let next = (i + 1) % 20_000;
        many.push_str(&format!(
            "\"O{i}\": {{\"members\": [{{\"member\": \"O{next}\", \"name\": \"M\", \"type\": \"object\"}}]}},"
        ));
    }
    many.pop();
    many.push_str("}}");
    Fuzz::new("spec_api_json")
        .dictionary(tokens(&[JSON, SPEC]))
        .huge("100,000 open brackets", deep)
        .huge("20,000 objects in one reference cycle", many)
        .run(|text| {
            let doc = document(text);
            let mut outcome = Vec::new();
            for with_examples in [false, true] {
                let ex = with_examples.then_some((Path::new(EXAMPLES_NAME), examples.as_slice()));
                match parse_api_version("cvm", "v20170312", Path::new(API_NAME), text, ex) {
                    Ok(api) => {
                        let doc = doc.as_ref().expect("what loads is valid JSON");
                        outcome.push(usize::MAX - check_model(&api, doc.as_ref()).min(64));
                    }
                    Err(e) => {
                        let doc = doc.as_ref().ok().and_then(Option::as_ref);
                        check_diagnostics(&e.diagnostics, "fuzz/cvm/", text, doc);
                        outcome.extend(e.errors().map(|d| d.kind as usize));
                    }
                }
            }
            outcome
        });
}

#[test]
fn fuzz_spec_examples_json() {
    let api_text = std::fs::read(
        tencent_cloud_fuzz::fuzz_dir().join("seeds/spec_api_json/cvm-3.0.1217.1-key-pairs.json"),
    )
    .expect("api seed");
    let mut many = String::from("{\"actions\": {\"DescribeKeyPairs\": [");
    for i in 0..50_000 {
        many.push_str(&format!(
            "{{\"input\": \"Offset={i}&Limit=1&KeyIds.{i}=k\", \"output\": \"{{}}\", \"title\": \"t\"}},"
        ));
    }
    many.pop();
    many.push_str("]}}");
    Fuzz::new("spec_examples_json")
        .dictionary(tokens(&[JSON, SPEC, EXAMPLE]))
        .huge("50,000 examples of one action", many)
        .huge(
            "100,000 open brackets",
            format!("{{\"actions\": {}", "[".repeat(100_000)),
        )
        .run(|text| {
            let doc = document(text);
            let loaded = parse_api_version(
                "cvm",
                "v20170312",
                Path::new(API_NAME),
                &api_text,
                Some((Path::new(EXAMPLES_NAME), text)),
            );
            match loaded {
                Ok(api) => {
                    assert!(doc.is_ok(), "what loads is valid JSON");
                    let mut outcome = Vec::new();
                    for (action, examples) in &api.examples {
                        assert!(api.action(action).is_some(), "{action} is an action");
                        for ex in examples {
                            // The loader gives what the parsers give for the raw texts.
                            let input = api.action(action).and_then(|a| api.input_of(a));
                            assert_eq!(ex.input, parse_example_input(&ex.input_raw, &api, input));
                            assert_eq!(ex.output, parse_example_output(&ex.output_raw));
                            outcome.push((ex.input.is_ok(), ex.output.is_ok()));
                        }
                    }
                    Ok(outcome)
                }
                Err(e) => {
                    let doc = doc.as_ref().ok().and_then(Option::as_ref);
                    check_diagnostics(&e.diagnostics, "fuzz/cvm/", text, doc);
                    Err(e.errors().map(|d| d.kind as usize).collect::<Vec<_>>())
                }
            }
        });
}

/// JSON that a parser produced must write and read back as the same document (numbers
/// compared by value: a float may come back one ulp off, which is serde_json's, not ours).
fn roundtrips(v: &Value) {
    let text = serde_json::to_string(v).expect("JSON values serialise");
    let back: Value = serde_json::from_str(&text).expect("and parse back");
    assert!(same(v, &back), "{text:.200}");
}

/// [`roundtrips`] for an object, without copying it.
fn roundtrips_map(m: &Map<String, Value>) {
    let text = serde_json::to_string(m).expect("JSON values serialise");
    let back: Map<String, Value> = serde_json::from_str(&text).expect("and parse back");
    assert!(
        m.len() == back.len()
            && m.iter()
                .all(|(k, v)| back.get(k).is_some_and(|w| same(v, w))),
        "{text:.200}"
    );
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(p), Some(q)) if x.is_f64() || y.is_f64() => {
                p == q || ((p - q) / p.abs().max(q.abs())).abs() < 1e-15
            }
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// Error messages are reported as warnings, once per example: they quote at most a
/// snippet of the input.
fn short(why: &str) -> usize {
    assert!(
        why.len() <= 512,
        "error message of {} bytes: {why:.200}",
        why.len()
    );
    why.len().min(40)
}

#[test]
fn fuzz_example_input() {
    let api = cvm();
    let objects: Vec<Option<&Object>> = vec![
        None,
        api.object("DescribeInstancesRequest"),
        api.object("RunInstancesRequest"),
    ];
    assert!(objects.iter().skip(1).all(Option::is_some));
    let mut many = String::from("https://cvm.tencentcloudapi.com/?Action=RunInstances\n");
    for i in 0..50_000 {
        many.push_str(&format!("&DataDisks.{i}.DiskSize={i}\n"));
    }
    Fuzz::new("example_input")
        .dictionary(tokens(&[JSON, EXAMPLE]))
        .huge("50,000 query params", many)
        .huge(
            "a name of 100,000 segments",
            format!("InstanceIds{}=x", ".0".repeat(100_000)),
        )
        .huge(
            "a body of 100,000 open brackets",
            format!("POST / HTTP/1.1\n\n{{\"A\": {}", "[".repeat(100_000)),
        )
        .run(|bytes| {
            let text = String::from_utf8_lossy(bytes);
            let mut outcome = Vec::new();
            // The huge inputs (over the 64 KiB of generated ones) against the typed
            // object only: they cost a second each in a debug build.
            let objects = if bytes.len() > tencent_cloud_fuzz::DEFAULT_MAX_LEN {
                &objects[2..]
            } else {
                &objects[..]
            };
            for input in objects {
                match parse_example_input(&text, api, *input) {
                    Ok(ex) => {
                        roundtrips_map(&ex.params);
                        if ex.form != InputForm::Query {
                            assert!(ex.notes.is_empty(), "{:?}", ex.notes);
                        }
                        for note in &ex.notes {
                            short(note);
                        }
                        outcome.push((ex.form as usize, ex.params.len().min(8), 0));
                    }
                    Err(why) => outcome.push((9, 0, short(&why))),
                }
            }
            outcome
        });
}

#[test]
fn fuzz_example_output() {
    let deep = format!("HTTP/1.1 200 OK\n\n{{\"Response\": {}", "[".repeat(100_000));
    let mut events = String::from("HTTP/1.1 200 OK\nContent-Type: text/event-stream\n\n");
    for i in 0..50_000 {
        events.push_str(&format!("data: {{\"Choices\": [{i}]}}\n\n"));
    }
    Fuzz::new("example_output")
        .dictionary(tokens(&[JSON, EXAMPLE]))
        .huge("100,000 open brackets", deep)
        .huge("50,000 events", events)
        .run(|bytes| {
            let text = String::from_utf8_lossy(bytes);
            match parse_example_output(&text) {
                Ok(ExampleOutput::Json(v)) => {
                    roundtrips(&v);
                    let _ = ExampleOutput::Json(v.clone()).response();
                    (1, v.as_object().map_or(0, Map::len).min(8))
                }
                Ok(ExampleOutput::EventStream(events)) => {
                    assert!(!events.is_empty(), "an event stream has events");
                    for e in &events {
                        roundtrips(e);
                    }
                    (2, events.len().min(8))
                }
                Err(why) => (3, short(&why)),
            }
        });
}
