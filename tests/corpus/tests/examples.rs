//! Every example of every action: inputs decode into the request type and
//! encode back to equivalent JSON; outputs decode into the response type.
//!
//! Failures are printed grouped by cause and must match
//! `known-failures.txt` exactly (upstream examples that contradict their
//! own schema), so a regression and a fix both show up.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde_json::Value;
use tencent_cloud_spec::{ExampleOutput, Release};
use tencentcloud_corpus::{ENTRIES, difference, release};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

#[test]
fn every_example_round_trips_through_the_generated_types() {
    let release_name = release();
    let release = Release::load(root().join("specs").join(&release_name)).expect("release loads");
    let table: HashMap<(&str, &str, &str), &tencentcloud_corpus::Entry> = ENTRIES
        .iter()
        .map(|e| ((e.service, e.version, e.action), e))
        .collect();

    let mut failures: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let (mut examples, mut inputs_ok, mut outputs_ok, mut outputs_json) =
        (0usize, 0usize, 0usize, 0usize);
    let mut skipped = BTreeMap::<&'static str, usize>::new();
    for api in release.api_versions() {
        for (action, list) in &api.examples {
            let Some(entry) =
                table.get(&(api.service.as_str(), api.version.as_str(), action.as_str()))
            else {
                // Offline actions are not generated.
                *skipped.entry("offline action").or_default() += list.len();
                continue;
            };
            for (i, ex) in list.iter().enumerate() {
                examples += 1;
                let at = format!("{}/{}/{action}#{i}", api.service, api.version);
                match &ex.input {
                    Err(_) => *skipped.entry("input not parseable upstream").or_default() += 1,
                    Ok(input) => {
                        let want = Value::Object(input.params.clone());
                        match (entry.input)(&want) {
                            Err(e) => failures
                                .entry("input-decode")
                                .or_default()
                                .push(format!("{at}: {e}")),
                            Ok(got) => match difference("", &want, Some(&got)) {
                                Some(d) => failures
                                    .entry("input-roundtrip")
                                    .or_default()
                                    .push(format!("{at}: {d}")),
                                None => inputs_ok += 1,
                            },
                        }
                    }
                }
                let outputs: Vec<Value> = match &ex.output {
                    Ok(ExampleOutput::Json(v)) => {
                        vec![v.get("Response").cloned().unwrap_or_else(|| v.clone())]
                    }
                    Ok(ExampleOutput::EventStream(events)) => {
                        events.iter().filter(|e| e.is_object()).cloned().collect()
                    }
                    Err(_) => {
                        *skipped.entry("output not JSON upstream").or_default() += 1;
                        continue;
                    }
                };
                outputs_json += 1;
                let mut ok = true;
                for out in &outputs {
                    if let Err(e) = (entry.output)(out) {
                        failures
                            .entry("output-decode")
                            .or_default()
                            .push(format!("{at}: {e}"));
                        ok = false;
                    }
                }
                if ok {
                    outputs_ok += 1;
                }
            }
        }
    }

    eprintln!("examples corpus of {release_name}: {examples} examples of generated actions");
    eprintln!("  inputs:  {inputs_ok} round-trip");
    eprintln!("  outputs: {outputs_ok} of {outputs_json} JSON outputs decode");
    for (why, n) in &skipped {
        eprintln!("  skipped: {n} ({why})");
    }
    for (cause, list) in &failures {
        eprintln!("  {cause}: {} failures", list.len());
        for f in list
            .iter()
            .take(if std::env::var_os("CORPUS_VERBOSE").is_some() {
                usize::MAX
            } else {
                5
            })
        {
            eprintln!("    {f}");
        }
    }

    let got: BTreeSet<String> = failures
        .iter()
        .flat_map(|(cause, list)| list.iter().map(move |f| format!("{cause} {f}")))
        .collect();
    let known_text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("known-failures.txt"))
            .expect("known-failures.txt is committed");
    let known: BTreeSet<String> = known_text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    let new: Vec<_> = got.difference(&known).collect();
    let fixed: Vec<_> = known.difference(&got).collect();
    assert!(
        new.is_empty() && fixed.is_empty(),
        "corpus failures differ from known-failures.txt\nnew ({}): {:#?}\nno longer failing ({}): {:#?}",
        new.len(),
        new.iter().take(20).collect::<Vec<_>>(),
        fixed.len(),
        fixed.iter().take(20).collect::<Vec<_>>()
    );
    assert!(examples > 13_000, "{examples}");
}

/// The equivalence rules of [`difference`] (a unit test of the library, kept here so that
/// the library, which names every generated type, is compiled once, not twice).
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
