//! The `serde` feature of the service crates (enabled here for cvm): a typed response
//! turned into JSON and back is equal to the original, in the API's own wire format.

use tencent_cloud_core::rt;
use tencent_cloud_cvm::v20170312::{DescribeInstancesResponse, Filter, RunInstancesRequest};

/// The DescribeInstances example's `Response` object from the release the crates were
/// generated from, with a member from the future and text in the int64 TotalCount.
fn response_json() -> String {
    let release = tencentcloud_corpus_release();
    let path = format!(
        "{}/../specs/{release}/cvm/v20170312/examples.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let ex: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("examples.json")).expect("json");
    let out = ex["actions"]["DescribeInstances"][0]["output"]
        .as_str()
        .expect("output");
    let mut v: serde_json::Value = serde_json::from_str(out).expect("example output");
    let mut r = v["Response"].take();
    r["InstanceSet"][0]["FromTheFuture"] = serde_json::json!({"Level": [1, 2]});
    r["TotalCount"] = serde_json::json!("lots");
    r.to_string()
}

fn tencentcloud_corpus_release() -> String {
    let p = concat!(env!("CARGO_MANIFEST_DIR"), "/../crates/services/RELEASE");
    std::fs::read_to_string(p)
        .expect("RELEASE")
        .trim()
        .to_owned()
}

#[test]
fn a_typed_response_to_json_and_back_is_equal_to_the_original() {
    let text = response_json();
    let original: DescribeInstancesResponse = rt::from_slice(text.as_bytes()).expect("decodes");
    // Nothing lost on the way in: the future member and the text are kept raw.
    let first = &original.instance_set.as_ref().expect("instances")[0];
    assert!(first._unknown_fields.get("FromTheFuture").is_some());
    assert_eq!(original.total_count, None);
    assert_eq!(
        original._unknown_fields.get("TotalCount"),
        Some(&serde_json::json!("lots"))
    );

    // serde_json writes exactly what the codec writes: wire names, declaration order,
    // unknown members last.
    let json = serde_json::to_string(&original).expect("serialises");
    assert_eq!(json.as_bytes(), rt::to_vec(&original).as_slice());
    assert!(json.contains(r#""InstanceId":"ins-"#), "{json}");
    assert!(
        json.contains(r#""FromTheFuture":{"Level":[1,2]}"#),
        "{json}"
    );

    // And back, through a string and through a Value.
    let back: DescribeInstancesResponse = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, original);
    let value = serde_json::to_value(&original).expect("to_value");
    let back: DescribeInstancesResponse =
        serde_json::from_value(value.clone()).expect("from_value");
    assert_eq!(back, original);
    // Against the input: equal as JSON.
    let input: serde_json::Value = serde_json::from_str(&text).expect("input");
    assert_eq!(value, input);
}

#[test]
fn requests_serialise_with_wire_names_and_skip_none() {
    let req = RunInstancesRequest::default()
        .set_instance_count(2i64)
        .set_instance_name("web");
    assert_eq!(
        serde_json::to_string(&req).expect("serialises"),
        r#"{"InstanceCount":2,"InstanceName":"web"}"#
    );
    let f: Filter = serde_json::from_str(r#"{"Name":"zone","Values":["ap-guangzhou-3"]}"#)
        .expect("deserialises");
    assert_eq!(
        f.values.as_deref(),
        Some(&["ap-guangzhou-3".to_owned()][..])
    );
    // A value of the wrong kind is kept raw, as in responses, not an error.
    let f: Filter = serde_json::from_str(r#"{"Name":{"x":1}}"#).expect("lenient");
    assert_eq!(
        f.name.as_deref(),
        Some(r#"{"x":1}"#),
        "a JSON document where a string is due is kept as text"
    );
    // Not JSON of an object at all is an error that says so.
    let e = serde_json::from_str::<Filter>("[1, 2]").expect_err("not an object");
    assert!(e.to_string().contains("expected an object"), "{e}");
}
