//! The corpus as a whole: its groups (one generated test target each, `group_NN.rs`) cover
//! every generated crate exactly once, every line of `known-failures.txt` belongs to a
//! group, and the checks of one example find what they are meant to find.

use std::collections::BTreeSet;

use serde_json::Value;
use tencent_cloud_corpus::{
    Entry, GROUPS, check_example, difference, failure_service, known_failures, release, root,
    roundtrip,
};
use tencent_cloud_spec::Release;

#[test]
fn the_groups_cover_every_generated_crate_once() {
    let mut seen = BTreeSet::new();
    for (i, g) in GROUPS.iter().enumerate() {
        for s in g.services {
            assert!(seen.insert(*s), "{s} is in two groups (the second is {i})");
        }
    }
    let crates: BTreeSet<String> = std::fs::read_dir(root().join("crates/services"))
        .expect("crates/services")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let seen: BTreeSet<String> = seen.into_iter().map(str::to_string).collect();
    assert_eq!(seen, crates, "groups vs crates/services");

    // One test target per group, and no other generated one.
    let targets: BTreeSet<String> = std::fs::read_dir(root().join("tests/corpus/tests"))
        .expect("tests/corpus/tests")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("group_"))
        .collect();
    let want: BTreeSet<String> = (0..GROUPS.len())
        .map(|i| format!("group_{i:02}.rs"))
        .collect();
    assert_eq!(targets, want);

    for line in known_failures() {
        let s = failure_service(&line).unwrap_or_default();
        assert!(
            GROUPS.iter().any(|g| g.services.contains(&s)),
            "known-failures.txt: {line:?} names no service of a group"
        );
    }
}

fn describe_regions() -> Entry {
    use tencent_cloud_cvm::v20170312 as cvm;
    Entry {
        service: "cvm",
        version: "v20170312",
        action: "DescribeRegions",
        input: roundtrip::<cvm::DescribeRegionsRequest>,
        output: roundtrip::<cvm::DescribeRegionsResponse>,
    }
}

/// A response member the type does not define fails the example, wherever it sits; the
/// example as upstream wrote it passes.
#[test]
fn a_stray_response_member_fails_the_example() {
    let rel = Release::load_only(root().join("specs").join(release()), 1, |f| {
        f.service == "cvm" && f.version == "v20170312"
    })
    .expect("cvm loads");
    let api = rel.api_version("cvm", "v20170312").expect("cvm v20170312");
    let ex = &api.examples["DescribeRegions"][0];
    let entry = describe_regions();
    let clean = check_example(&entry, ex, "cvm#0");
    assert!(clean.failures.is_empty(), "{:?}", clean.failures);
    assert!(clean.input_ok && clean.output_ok);

    let mut bad = ex.clone();
    let Ok(tencent_cloud_spec::ExampleOutput::Json(v)) = &mut bad.output else {
        panic!("DescribeRegions#0 has a JSON output")
    };
    let resp = v.get_mut("Response").expect("Response");
    resp["Stray"] = Value::from(1);
    resp["RegionSet"][0]["region"] = Value::from("ap-x");
    let c = check_example(&entry, &bad, "cvm#0");
    assert!(!c.output_ok);
    assert_eq!(
        c.failures,
        vec![(
            "output-unknown-member",
            "cvm#0: .RegionSet[0].region, .Stray: not members of the response type".to_string()
        )]
    );
}

/// A request param the type does not define, and one it defines whose value decodes to
/// nothing, are told apart.
#[test]
fn dropped_request_params_say_why() {
    let rel = Release::load_only(root().join("specs").join(release()), 1, |f| {
        f.service == "cvm" && f.version == "v20170312"
    })
    .expect("cvm loads");
    let api = rel.api_version("cvm", "v20170312").expect("cvm v20170312");
    let mut ex = api.examples["DescribeRegions"][0].clone();
    let Ok(input) = &mut ex.input else {
        panic!("DescribeRegions#0 has a JSON input")
    };
    input.params.insert("Bogus".into(), Value::from("x"));
    let c = check_example(&describe_regions(), &ex, "cvm#0");
    assert_eq!(
        c.failures,
        vec![(
            "input-roundtrip",
            "cvm#0: .Bogus: dropped (not a member of the request type)".to_string()
        )]
    );
}

/// The equivalence rules of [`difference`].
#[test]
fn equivalence_rules() {
    use serde_json::json;
    let want = json!({"Limit": "10", "Flag": "true", "Ids": ["a"], "Null": null, "One": "x"});
    let got = json!({"Limit": 10, "Flag": true, "Ids": ["a"], "One": ["x"]});
    assert_eq!(difference("", &want, Some(&got)), None);
    assert!(
        difference("", &json!({"A": 1}), Some(&json!({})))
            .unwrap()
            .contains(".A: dropped")
    );
    assert!(
        difference("", &json!({"A": 1}), Some(&json!({"A": 2})))
            .unwrap()
            .contains("1 became 2")
    );
    assert!(
        difference("", &json!({}), Some(&json!({"B": 1})))
            .unwrap()
            .contains("added")
    );
    assert!(difference("", &json!([1, 2]), Some(&json!([1]))).is_some());
    assert!(difference("", &json!("abc"), Some(&json!(0))).is_some());
}
