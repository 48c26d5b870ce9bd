//! Example inputs in both upstream forms, outputs, and malformed examples.

use std::path::Path;

use serde_json::json;
use tencent_cloud_spec::{ApiVersion, DiagnosticKind, ExampleOutput, InputForm, parse_api_version};

const API: &str = r#"{
  "actions": {
    "DescribeThings": {"document": "", "input": "DescribeThingsRequest", "name": "", "output": "DescribeThingsResponse"}
  },
  "metadata": {"apiVersion": "2020-01-01", "serviceShortName": "demo"},
  "objects": {
    "DescribeThingsRequest": {"document": "", "members": [
      {"document": "", "member": "Filter", "name": "Filters", "type": "list"},
      {"document": "", "member": "int64", "name": "Limit", "type": "int"},
      {"document": "", "member": "bool", "name": "DryRun", "type": "bool"},
      {"document": "", "member": "string", "name": "Ids", "type": "list"},
      {"document": "", "member": "string", "name": "Region", "type": "string"},
      {"document": "", "member": "Placement", "name": "Placement", "type": "object"}
    ]},
    "DescribeThingsResponse": {"document": "", "members": [
      {"document": "", "member": "string", "name": "RequestId", "type": "string"}
    ]},
    "Filter": {"document": "", "members": [
      {"document": "", "member": "string", "name": "Name", "type": "string"},
      {"document": "", "member": "string", "name": "Values", "type": "list"}
    ]},
    "Placement": {"document": "", "members": [
      {"document": "", "member": "uint64", "name": "ProjectId", "type": "int"},
      {"document": "", "member": "string", "name": "Zone", "type": "string"}
    ]}
  },
  "version": "1.0"
}"#;

fn load(examples: serde_json::Value) -> ApiVersion {
    let ex =
        serde_json::to_vec(&json!({"actions": {"DescribeThings": examples}, "version": "1.0"}))
            .expect("json");
    parse_api_version(
        "demo",
        "v20200101",
        Path::new("demo/api.json"),
        API.as_bytes(),
        Some((Path::new("demo/examples.json"), &ex)),
    )
    .expect("loads")
}

fn example(input: &str, output: &str) -> serde_json::Value {
    json!({"document": "", "input": input, "output": output, "title": "t"})
}

#[test]
fn http_post_json_form() {
    let input = "POST / HTTP/1.1\nHost: demo.tencentcloudapi.com\nContent-Type: application/json\nX-TC-Action: DescribeThings\n<公共请求参数>\n\n{\n  \"Limit\": \"1\",\n  \"Filters\": [{\"Name\": \"zone\", \"Values\": [\"ap-guangzhou-1\"]}]\n}";
    let api = load(json!([example(
        input,
        "{\"Response\": {\"RequestId\": \"r\"}}"
    )]));
    let ex = &api.examples_of("DescribeThings")[0];
    let inp = ex.input.as_ref().expect("parses");
    assert_eq!(inp.form, InputForm::HttpJson);
    // JSON bodies are kept as written: "1" stays a string (upstream drift
    // is the decoder's business, not the parser's).
    assert_eq!(
        serde_json::Value::Object(inp.params.clone()),
        json!({"Limit": "1", "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-1"]}]})
    );
    assert_eq!(
        ex.output
            .as_ref()
            .expect("output")
            .response()
            .and_then(|r| r.get("RequestId")),
        Some(&json!("r"))
    );
}

#[test]
fn http_form_with_crlf_and_missing_blank_line() {
    let input = "POST / HTTP/1.1\r\nHost: demo.tencentcloudapi.com\r\n<公共请求参数>\r\n{\r\n \"Limit\": 5\r\n}";
    let api = load(json!([example(input, "{\"Response\": {}}")]));
    let inp = api.examples_of("DescribeThings")[0]
        .input
        .as_ref()
        .expect("parses");
    assert_eq!(
        serde_json::Value::Object(inp.params.clone()),
        json!({"Limit": 5})
    );
}

#[test]
fn query_form_with_flattened_names() {
    let input = "https://demo.tencentcloudapi.com/?Action=DescribeThings\n&Version=2020-01-01\n&Limit=20\n&DryRun=true\n&Filters.0.Name=zone\n&Filters.0.Values.0=ap-guangzhou-1\n&Filters.0.Values.1=ap-guangzhou-2\n&Filters.1.Name=name%20with%20space\n&Ids.0=a&Ids.1=b\n&Placement.ProjectId=0\n&Placement.Zone=ap-shanghai-2\n&Region=ap-beijing\n&<公共请求参数>";
    let api = load(json!([example(input, "{\"Response\": {}}")]));
    let inp = api.examples_of("DescribeThings")[0]
        .input
        .as_ref()
        .expect("parses");
    assert_eq!(inp.form, InputForm::Query);
    assert_eq!(
        serde_json::Value::Object(inp.params.clone()),
        json!({
            "Limit": 20,
            "DryRun": true,
            "Filters": [
                {"Name": "zone", "Values": ["ap-guangzhou-1", "ap-guangzhou-2"]},
                {"Name": "name with space"}
            ],
            "Ids": ["a", "b"],
            "Placement": {"ProjectId": 0, "Zone": "ap-shanghai-2"},
            // Region is a declared member here, so it is kept; Version and
            // Action are common params and are dropped.
            "Region": "ap-beijing"
        })
    );
}

/// A value continued over many blank lines is read in linear time: each line trimmed the
/// whole value read so far (fuzz/regressions/example_input/hang-fb813b83f243f965: 25 KB,
/// 0.6 s in release; these 800 KB took minutes).
#[test]
fn query_value_continued_over_many_lines_is_read_in_linear_time() {
    let input = format!(
        "https://demo.tencentcloudapi.com/?Action=DescribeThings\n&Region=ap-\r\n{}&Limit=1",
        "\r\n".repeat(400_000)
    );
    let api: ApiVersion = load(json!([]));
    let object = api.object("DescribeThingsRequest");
    let t = std::time::Instant::now();
    let inp = tencent_cloud_spec::parse_example_input(&input, &api, object).expect("parses");
    assert!(
        t.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        t.elapsed()
    );
    assert_eq!(inp.params["Limit"], 1);
    assert!(
        inp.params["Region"]
            .as_str()
            .is_some_and(|r| r.starts_with("ap-"))
    );
}

#[test]
fn query_form_values_that_do_not_fit_stay_strings_and_indexes_sort() {
    let input = "https://demo.tencentcloudapi.com/?Action=DescribeThings&Limit=lots\n&Ids.1=second\n&Ids.0=first\n&Unknown.0.X=1";
    let api = load(json!([example(input, "{\"Response\": {}}")]));
    let inp = api.examples_of("DescribeThings")[0]
        .input
        .as_ref()
        .expect("parses");
    assert_eq!(
        serde_json::Value::Object(inp.params.clone()),
        json!({"Limit": "lots", "Ids": ["first", "second"], "Unknown": [{"X": "1"}]})
    );
}

#[test]
fn bare_json_and_bare_query_forms() {
    let api = load(json!([
        example("{\n  \"Limit\": 3\n}", "{\"Response\": {}}"),
        example("Ids.0=x&Limit=2", "{\"Response\": {}}")
    ]));
    let exs = api.examples_of("DescribeThings");
    let a = exs[0].input.as_ref().expect("bare json");
    assert_eq!(a.form, InputForm::BareJson);
    assert_eq!(
        serde_json::Value::Object(a.params.clone()),
        json!({"Limit": 3})
    );
    let b = exs[1].input.as_ref().expect("bare query");
    assert_eq!(b.form, InputForm::Query);
    assert_eq!(
        serde_json::Value::Object(b.params.clone()),
        json!({"Ids": ["x"], "Limit": 2})
    );
}

#[test]
fn malformed_examples_are_errors_not_panics() {
    let cases = [
        // Upstream: lowcode DescribeDataSourceList has `"EnvId":""123""`.
        (
            "POST / HTTP/1.1\nHost: x\n\n{\n \"EnvId\":\"\"123\"\"\n}",
            "does not parse",
        ),
        // Upstream: cbs ModifyDiskExtraPerformance has two bodies.
        (
            "POST / HTTP/1.1\nHost: x\n\n{\"A\": 1}\n\n{\"A\": 2}",
            "does not parse",
        ),
        // Upstream: cii uploads as multipart.
        (
            "POST / HTTP/1.1\nHost: x\n\n------WebKitFormBoundary\r\nContent-Disposition: form-data; name=\"a\"",
            "multipart",
        ),
        ("POST / HTTP/1.1\nHost: x\n\n[1, 2]", "not an object"),
        (
            "https://x/?Action=A\n&Ids.0=a\n&Ids=b\n&Ids.1.Z=c",
            "conflicts",
        ),
        ("https://x/?Action=A\n&NoEquals", "without '='"),
        ("Path : /capi/Assets/DescribeAccountGroups", "unrecognised"),
        ("", "unrecognised"),
    ];
    let api = load(serde_json::Value::Array(
        cases
            .iter()
            .map(|(i, _)| example(i, "{\"Response\": {}}"))
            .collect(),
    ));
    for (ex, (input, want)) in api.examples_of("DescribeThings").iter().zip(cases) {
        let err = ex.input.as_ref().expect_err(input);
        assert!(err.contains(want), "{input:?}: {err}");
    }
}

/// A flattened name of thousands of segments is an error naming it (it used to overflow
/// the stack of the recursive tree builder).
#[test]
fn deep_flattened_names_are_errors_not_stack_overflows() {
    let deep = vec!["Filters"; 3_000].join(".");
    let api = load(json!([example(
        &format!("https://x/?Action=DescribeThings\n&{deep}=1"),
        "{\"Response\": {}}"
    )]));
    let err = api.examples_of("DescribeThings")[0]
        .input
        .as_ref()
        .expect_err("too deep");
    assert!(err.contains("deeper than 32 segments"), "{err}");
    assert!(err.contains("Filters.Filters.Filters"), "{err}");
}

#[test]
fn outputs_json_event_stream_and_malformed() {
    let sse = "HTTP/1.1 200 OK\nContent-Type: text/event-stream\n\ndata: {\"Choices\":[{\"Delta\":{\"Content\":\"hi\"}}]}\n\t\ndata: {\"Choices\":[],\n\t\ndata: [DONE]\n";
    let api = load(json!([
        example("{}", sse),
        example(
            "{}",
            "{\n  \"Response\": {\n    \"Error\": {\"Code\": \"X\"},\n    \"RequestId\": \"r\"\n  }\n}"
        ),
        example(
            "{}",
            "{\n  \"Response\": {\n    \"Total\": 1 \"Extra\": 2\n  }\n}"
        ),
        example("{}", "not json at all"),
        example("{}", ""),
    ]));
    let exs = api.examples_of("DescribeThings");
    match exs[0].output.as_ref().expect("sse") {
        ExampleOutput::EventStream(ev) => {
            assert_eq!(ev.len(), 3);
            assert_eq!(ev[0], json!({"Choices":[{"Delta":{"Content":"hi"}}]}));
            // Non-JSON data is kept as text.
            assert_eq!(ev[1], json!("{\"Choices\":[],"));
            assert_eq!(ev[2], json!("[DONE]"));
        }
        other => panic!("expected an event stream, got {other:?}"),
    }
    assert!(exs[1].output.as_ref().expect("json").response().is_some());
    assert!(
        exs[2]
            .output
            .as_ref()
            .expect_err("malformed")
            .contains("does not parse")
    );
    assert!(
        exs[3]
            .output
            .as_ref()
            .expect_err("text")
            .contains("not JSON")
    );
    assert!(exs[4].output.as_ref().expect_err("empty").contains("empty"));
}

#[test]
fn examples_for_unknown_actions_are_warnings_in_a_release() {
    let dir = tempfile::tempdir().expect("tempdir");
    let v = dir.path().join("demo/v20200101");
    std::fs::create_dir_all(&v).expect("mkdir");
    std::fs::write(v.join("api.json"), API).expect("write");
    let ex = json!({"actions": {
        "Ghost": [example("{}", "{}")],
        "DescribeThings": [example("{}", "oops")]
    }, "version": "1.0"});
    std::fs::write(
        v.join("examples.json"),
        serde_json::to_vec(&ex).expect("json"),
    )
    .expect("write");
    let rel = tencent_cloud_spec::Release::load(dir.path()).expect("warnings do not fail loading");
    let kinds: Vec<_> = rel
        .warnings()
        .iter()
        .map(|w| (w.kind, w.pointer.clone()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                DiagnosticKind::ExampleOutput,
                Some("/actions/DescribeThings/0/output".to_string())
            ),
            (
                DiagnosticKind::ExampleForUnknownAction,
                Some("/actions/Ghost".to_string())
            ),
        ]
    );
    assert!(
        rel.warnings()[0]
            .file
            .ends_with("demo/v20200101/examples.json")
    );
}
