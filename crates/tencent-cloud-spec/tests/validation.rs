//! Each validation error, on a small hand-written bad spec: the right kind,
//! the file, and the JSON Pointer.

use std::path::Path;

use tencent_cloud_spec::{
    Diagnostic, DiagnosticKind, Direction, Release, Severity, parse_api_version,
};

const FILE: &str = "specs/9.9.9/demo/v20200101/api.json";

/// A minimal valid api.json, with `{members}` of `Foo` substituted.
fn spec(foo_members: &str) -> String {
    format!(
        r#"{{
  "actions": {{
    "DoIt": {{"document": "d", "input": "DoItRequest", "name": "n", "output": "DoItResponse", "status": "online"}}
  }},
  "metadata": {{"apiVersion": "2020-01-01", "serviceShortName": "demo"}},
  "objects": {{
    "DoItRequest": {{"document": "", "members": [
      {{"document": "", "member": "Foo", "name": "Foo", "required": true, "type": "object"}}
    ]}},
    "DoItResponse": {{"document": "", "members": [
      {{"document": "", "member": "string", "name": "RequestId", "type": "string"}}
    ]}},
    "Foo": {{"document": "", "members": [{foo_members}], "usage": "in"}}
  }},
  "version": "1.0"
}}"#
    )
}

const OK_MEMBERS: &str = r#"
  {"document": "", "member": "int64", "name": "A", "required": false, "type": "int"},
  {"document": "", "member": "string", "name": "B", "type": "list"}"#;

fn errors(json: &str) -> Vec<Diagnostic> {
    match parse_api_version("demo", "v20200101", Path::new(FILE), json.as_bytes(), None) {
        Ok(_) => Vec::new(),
        Err(e) => e
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect(),
    }
}

fn only_error(json: &str) -> Diagnostic {
    let errs = errors(json);
    assert_eq!(errs.len(), 1, "expected exactly one error, got {errs:#?}");
    errs.into_iter().next().expect("one error")
}

#[test]
fn valid_spec_loads() {
    let api = parse_api_version(
        "demo",
        "v20200101",
        Path::new(FILE),
        spec(OK_MEMBERS).as_bytes(),
        None,
    )
    .expect("valid spec");
    assert_eq!(api.actions.len(), 1);
    assert_eq!(api.objects["Foo"].members.len(), 2);
    assert_eq!(api.objects["Foo"].direction, Direction::Input);
    assert_eq!(api.objects["DoItResponse"].direction, Direction::Output);
    assert_eq!(api.objects["Foo"].members[1].ty.to_string(), "list<string>");
}

#[test]
fn unparseable_json_has_line_and_column() {
    let bad = spec(OK_MEMBERS).replacen("\"DoIt\": {", "\"DoIt\" {", 1);
    let d = only_error(&bad);
    assert_eq!(d.kind, DiagnosticKind::Syntax);
    assert_eq!(d.file, Path::new(FILE));
    assert_eq!(d.line_col, Some((3, 12)), "{d}");
    assert!(
        d.to_string()
            .starts_with(&format!("{FILE}:3:12: error[syntax]: expected `:`")),
        "{d}"
    );
}

/// serde_json skips the value of an unknown key without checking its UTF-8; the loader
/// checks the whole text (fuzz/regressions/spec_api_json/panic-d3dd2789e0665b2e).
#[test]
fn text_that_is_not_utf8_is_a_syntax_error_even_where_skipped() {
    let ok = spec(OK_MEMBERS).replace("\"version\": \"1.0\"", "\"x-new-key\": \"\u{e9}\"");
    assert!(errors(&ok).is_empty(), "{:?}", errors(&ok));
    let mut bytes = ok.into_bytes();
    let at = bytes.iter().position(|b| *b == 0xC3).expect("the é");
    bytes[at] = 0x80;
    let e = parse_api_version("demo", "v20200101", Path::new(FILE), &bytes, None)
        .expect_err("not UTF-8");
    let d = e.errors().next().expect("an error");
    assert_eq!(d.kind, DiagnosticKind::Syntax);
    assert_eq!(d.line_col, Some((17, 17)), "{d}");
    assert_eq!(
        d.to_string(),
        format!("{FILE}:17:17: error[syntax]: not UTF-8 (JSON text must be)")
    );
}

#[test]
fn truncated_json_is_a_syntax_error() {
    let full = spec(OK_MEMBERS);
    let d = only_error(&full[..full.len() / 2]);
    assert_eq!(d.kind, DiagnosticKind::Syntax);
    assert!(d.line_col.is_some());
}

#[test]
fn wrong_shape_has_pointer() {
    let bad = spec(
        r#"{"document": "", "member": "int64", "name": "A", "required": "yes", "type": "int"}"#,
    );
    let d = only_error(&bad);
    assert_eq!(d.kind, DiagnosticKind::Shape);
    assert_eq!(
        d.pointer.as_deref(),
        Some("/objects/Foo/members/0/required"),
        "{d}"
    );
    assert!(d.line_col.is_some());

    let bad = spec(OK_MEMBERS).replace(
        r#""metadata": {"apiVersion": "2020-01-01", "serviceShortName": "demo"}"#,
        r#""metadata": {"apiVersion": "2020-01-01"}"#,
    );
    let d = only_error(&bad);
    assert_eq!(d.kind, DiagnosticKind::Shape);
    assert!(d.message.contains("serviceShortName"), "{d}");
}

#[test]
fn missing_input_and_output_objects() {
    let bad = spec(OK_MEMBERS).replace("\"input\": \"DoItRequest\"", "\"input\": \"Nope\"");
    let d = only_error(&bad);
    assert_eq!(d.kind, DiagnosticKind::MissingObject);
    assert_eq!(d.pointer.as_deref(), Some("/actions/DoIt/input"));
    assert!(d.message.contains("\"Nope\""));

    let bad = spec(OK_MEMBERS).replace("\"output\": \"DoItResponse\"", "\"output\": \"Gone\"");
    let d = only_error(&bad);
    assert_eq!(d.pointer.as_deref(), Some("/actions/DoIt/output"));
}

#[test]
fn member_type_naming_missing_object() {
    let bad = spec(&format!(
        "{OK_MEMBERS},\n{}",
        r#"{"document": "", "member": "Missing", "name": "C", "type": "list"}"#
    ));
    let d = only_error(&bad);
    assert_eq!(d.kind, DiagnosticKind::MissingObject);
    assert_eq!(d.pointer.as_deref(), Some("/objects/Foo/members/2/member"));
    assert_eq!(
        d.location(),
        format!("{FILE}: /objects/Foo/members/2/member"),
        "the location names the file and the JSON path"
    );
}

#[test]
fn unknown_type() {
    let d = only_error(&spec(
        r#"{"document": "", "member": "int64", "name": "A", "type": "integer"}"#,
    ));
    assert_eq!(d.kind, DiagnosticKind::UnknownType);
    assert_eq!(d.pointer.as_deref(), Some("/objects/Foo/members/0/type"));

    // A known type with a member that does not fit it.
    let d = only_error(&spec(
        r#"{"document": "", "member": "string", "name": "A", "type": "int"}"#,
    ));
    assert_eq!(d.kind, DiagnosticKind::UnknownType);
    assert_eq!(d.pointer.as_deref(), Some("/objects/Foo/members/0/member"));
}

#[test]
fn duplicate_member_names() {
    let d = only_error(&spec(&format!(
        "{OK_MEMBERS},\n{}",
        r#"{"document": "", "member": "string", "name": "A", "type": "string"}"#
    )));
    assert_eq!(d.kind, DiagnosticKind::DuplicateMember);
    assert_eq!(d.pointer.as_deref(), Some("/objects/Foo/members/2/name"));
    assert!(d.message.contains("first at index 0"), "{d}");
}

#[test]
fn duplicate_object_is_an_error() {
    let bad = spec(OK_MEMBERS).replace(
        "\"Foo\": {",
        "\"Foo\": {\"document\": \"\", \"members\": []},\n    \"Foo\": {",
    );
    let d = only_error(&bad);
    assert_eq!(d.kind, DiagnosticKind::DuplicateKey);
    assert_eq!(d.pointer.as_deref(), Some("/objects/Foo"));
}

/// Loads one api.json as a release (in a temporary directory) and returns
/// the API version and every warning, or the errors.
fn load_with_warnings(
    json: &str,
) -> Result<(tencent_cloud_spec::ApiVersion, Vec<Diagnostic>), Vec<Diagnostic>> {
    let dir = tempfile::tempdir().expect("tempdir");
    let v = dir.path().join("demo/v20200101");
    std::fs::create_dir_all(&v).expect("mkdir");
    std::fs::write(v.join("api.json"), json).expect("write");
    std::fs::write(
        v.join("examples.json"),
        r#"{"actions": {"DoIt": [{"document": "", "input": "{}", "output": "{\"Response\": {}}", "title": "t", "since": "3.1"}]}, "version": "1.0", "generator": "x"}"#,
    )
    .expect("write");
    match Release::load(dir.path()) {
        Ok(r) => {
            let w = r.warnings().to_vec();
            let api = r.api_version("demo", "v20200101").expect("version").clone();
            Ok((api, w))
        }
        Err(e) => Err(e.diagnostics),
    }
}

/// Upstream drift that Tencent's own tools read without error (tccli and the
/// Python SDK take `required: 1` as true, ignore keys they do not know, and
/// call an action whatever its status): read the same way, each with a
/// warning naming the file and the JSON Pointer. Found in tccli 3.1.x:
/// `"required": 1` (databuddy v20260715) and the new key `skip_sign` (sts).
#[test]
fn drift_is_read_as_tencents_tools_read_it_with_a_warning() {
    let drifted = spec(
        r#"{"document": "", "member": "int64", "name": "A", "required": 1, "type": "int", "disabled": 0},
           {"document": "", "member": "string", "name": "B", "type": "list", "required": "false", "value_allowed_null": "TRUE", "since": "2026"}"#,
    )
    .replace("\"status\": \"online\"", "\"status\": \"beta\", \"skip_sign\": true, \"owner\": \"x\"")
    .replace("\"usage\": \"in\"", "\"usage\": \"sideways\", \"category\": 3")
    .replace("\"serviceShortName\": \"demo\"", "\"serviceShortName\": \"demo\", \"region\": \"all\"");
    let (api, warnings) = load_with_warnings(&drifted).expect("drift is not an error");
    let foo = &api.objects["Foo"];
    assert!(foo.members[0].required_in_request() && !foo.members[0].disabled);
    assert!(!foo.members[1].required_in_request() && foo.members[1].nullable);
    let doit = &api.actions["DoIt"];
    assert!(doit.skip_sign && doit.status.is_callable());
    assert!(foo.usage.is_none());
    let got: Vec<(&str, &str, String)> = warnings
        .iter()
        .map(|d| {
            assert_eq!(d.severity, Severity::Warning);
            let file = d.file.file_name().and_then(|f| f.to_str()).unwrap_or("");
            (d.kind.id(), file, d.pointer.clone().unwrap_or_default())
        })
        .collect();
    let want = [
        ("unknown-key", "api.json", "/metadata/region"),
        ("unknown-usage", "api.json", "/objects/Foo/usage"),
        ("unknown-key", "api.json", "/objects/Foo/category"),
        ("drift", "api.json", "/objects/Foo/members/0/disabled"),
        ("drift", "api.json", "/objects/Foo/members/0/required"),
        ("unknown-key", "api.json", "/objects/Foo/members/1/since"),
        (
            "drift",
            "api.json",
            "/objects/Foo/members/1/value_allowed_null",
        ),
        ("drift", "api.json", "/objects/Foo/members/1/required"),
        ("unknown-status", "api.json", "/actions/DoIt/status"),
        ("unknown-key", "api.json", "/actions/DoIt/owner"),
        ("unknown-key", "examples.json", "/generator"),
        ("unknown-key", "examples.json", "/actions/DoIt/0/since"),
    ];
    for w in &want {
        assert!(
            got.iter().any(|g| (g.0, g.1, g.2.as_str()) == *w),
            "missing warning {w:?} in {got:#?}"
        );
    }
    assert_eq!(got.len(), want.len(), "{got:#?}");
    let msg = warnings
        .iter()
        .find(|d| d.kind == DiagnosticKind::Drift)
        .map(|d| d.to_string())
        .unwrap_or_default();
    assert!(
        msg.contains("written as the integer 0, read as false"),
        "{msg}"
    );
}

/// What cannot be given a meaning stays an error: a flag that is neither a
/// boolean nor 0/1 nor "true"/"false".
#[test]
fn meaningless_flags_are_errors() {
    let d = only_error(&spec(
        r#"{"document": "", "member": "int64", "name": "A", "required": "maybe", "type": "int"}"#,
    ));
    assert_eq!(d.kind, DiagnosticKind::Shape);
    assert_eq!(
        d.pointer.as_deref(),
        Some("/objects/Foo/members/0/required")
    );
    let d = only_error(&spec(
        r#"{"document": "", "member": "int64", "name": "A", "required": [true], "type": "int"}"#,
    ));
    assert_eq!(d.kind, DiagnosticKind::Shape);
}

#[test]
fn several_errors_are_all_reported() {
    let bad = spec(
        r#"{"document": "", "member": "X", "name": "A", "type": "object"}, {"document": "", "member": "b", "name": "A", "type": "weird"}"#,
    );
    let kinds: Vec<_> = errors(&bad).iter().map(|d| d.kind).collect();
    assert!(kinds.contains(&DiagnosticKind::MissingObject), "{kinds:?}");
    assert!(kinds.contains(&DiagnosticKind::UnknownType), "{kinds:?}");
    assert!(
        kinds.contains(&DiagnosticKind::DuplicateMember),
        "{kinds:?}"
    );
}

#[test]
fn release_load_reports_files_and_skips_foreign_entries() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("demo/v20200101");
    std::fs::create_dir_all(&good).expect("mkdir");
    std::fs::write(good.join("api.json"), spec(OK_MEMBERS)).expect("write");
    std::fs::create_dir_all(dir.path().join("__pycache__")).expect("mkdir");
    std::fs::write(dir.path().join("__init__.py"), "").expect("write");
    std::fs::create_dir_all(dir.path().join("demo/notaversion")).expect("mkdir");

    let rel = Release::load(dir.path()).expect("loads");
    assert_eq!(rel.stats().api_versions, 1);
    assert!(rel.warnings().is_empty());

    let bad = dir.path().join("other/v20210101");
    std::fs::create_dir_all(&bad).expect("mkdir");
    std::fs::write(bad.join("api.json"), "{\"actions\": ").expect("write");
    let err = Release::load(dir.path()).expect_err("bad file fails the release");
    let d = err.errors().next().expect("an error");
    assert_eq!(d.file, bad.join("api.json"));
    assert_eq!(d.kind, DiagnosticKind::Syntax);
    assert!(
        err.to_string().contains("other/v20210101/api.json"),
        "{err}"
    );

    let empty = tempfile::tempdir().expect("tempdir");
    let err = Release::load(empty.path()).expect_err("empty dir");
    assert_eq!(
        err.errors().next().map(|d| d.kind),
        Some(DiagnosticKind::Layout)
    );
    let err = Release::load(empty.path().join("missing")).expect_err("missing dir");
    assert_eq!(
        err.errors().next().map(|d| d.kind),
        Some(DiagnosticKind::Io)
    );
}
