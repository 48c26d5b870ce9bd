//! Each validation error, on a small hand-written bad spec: the right kind,
//! the file, and the JSON Pointer.

use std::path::Path;

use tencentcloud_spec::{
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
fn duplicate_object_and_unknown_status_and_usage() {
    let bad = spec(OK_MEMBERS).replace(
        "\"Foo\": {",
        "\"Foo\": {\"document\": \"\", \"members\": []},\n    \"Foo\": {",
    );
    let d = only_error(&bad);
    assert_eq!(d.kind, DiagnosticKind::DuplicateKey);
    assert_eq!(d.pointer.as_deref(), Some("/objects/Foo"));

    let d =
        only_error(&spec(OK_MEMBERS).replace("\"status\": \"online\"", "\"status\": \"retired\""));
    assert_eq!(d.kind, DiagnosticKind::UnknownStatus);
    assert_eq!(d.pointer.as_deref(), Some("/actions/DoIt/status"));

    let d = only_error(&spec(OK_MEMBERS).replace("\"usage\": \"in\"", "\"usage\": \"sideways\""));
    assert_eq!(d.kind, DiagnosticKind::UnknownUsage);
    assert_eq!(d.pointer.as_deref(), Some("/objects/Foo/usage"));
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
