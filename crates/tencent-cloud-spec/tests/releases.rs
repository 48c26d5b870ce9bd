//! The bundled releases load and validate: zero errors, and warnings only
//! from the committed list of real upstream defects.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tencent_cloud_spec::{Direction, Release, Stats};

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")
}

/// `kind location -- message` lines of the committed upstream-defects list for a
/// release, with the file path made relative to the release directory (the message
/// counts: a defect reported for another reason is another line).
fn allowlist(release: &str) -> BTreeSet<String> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("upstream-defects.txt"))
            .expect("upstream-defects.txt is committed");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.strip_prefix(&format!("{release} ")))
        .map(str::to_string)
        .collect()
}

fn warnings(rel: &Release) -> BTreeSet<String> {
    rel.warnings()
        .iter()
        .map(|w| {
            let file = w
                .file
                .strip_prefix(&rel.root)
                .unwrap_or(&w.file)
                .display()
                .to_string();
            format!(
                "{} {file}: {} -- {}",
                w.kind.id(),
                w.pointer.as_deref().unwrap_or(""),
                w.message
            )
        })
        .collect()
}

fn check(release: &str, want: Stats) -> Release {
    let rel =
        Release::load(specs().join(release)).unwrap_or_else(|e| panic!("{release} must load: {e}"));
    assert_eq!(rel.stats(), want, "{release}");
    let got = warnings(&rel);
    let allowed = allowlist(release);
    let unexpected: Vec<_> = got.difference(&allowed).collect();
    let fixed: Vec<_> = allowed.difference(&got).collect();
    assert!(
        unexpected.is_empty() && fixed.is_empty(),
        "{release}: warnings differ from upstream-defects.txt\nnew: {unexpected:#?}\nno longer seen: {fixed:#?}"
    );
    rel
}

/// The release the crates are generated from (crates/services/RELEASE):
/// 0 errors, and exactly the warnings upstream-defects.txt lists for it.
#[test]
fn the_generated_release_loads_with_only_known_upstream_defects() {
    let name = std::fs::read_to_string(specs().join("../crates/services/RELEASE"))
        .expect("crates/services/RELEASE");
    let name = name.trim();
    let rel = Release::load(specs().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (got, allowed) = (warnings(&rel), allowlist(name));
    assert!(
        !allowed.is_empty(),
        "{name} has no entries in upstream-defects.txt"
    );
    assert_eq!(
        got, allowed,
        "{name}: warnings differ from upstream-defects.txt"
    );
    let s = rel.stats();
    assert!(s.services > 250 && s.actions > 11_000, "{s:?}");
}

#[test]
fn both_releases_load_with_only_known_upstream_defects() {
    let new = check(
        "3.0.1217.1",
        Stats {
            services: 257,
            api_versions: 290,
            actions: 11_671,
            objects: 33_750,
            members: 146_153,
            // 13,125 examples in the files, minus 4 for cis actions that
            // api.json does not define.
            examples: 13_121,
        },
    );
    let old = check(
        "3.0.1216.1",
        Stats {
            services: 255,
            api_versions: 288,
            actions: 11_560,
            objects: 33_435,
            members: 144_426,
            examples: 12_991,
        },
    );

    // Spot checks of the model on real data.
    let cvm = new.api_version("cvm", "v20170312").expect("cvm");
    assert_eq!(cvm.metadata.service_short_name, "cvm");
    let di = cvm.action("DescribeInstances").expect("DescribeInstances");
    assert_eq!(
        cvm.input_of(di).map(|o| o.direction),
        Some(Direction::Input)
    );
    assert_eq!(
        cvm.output_of(di).map(|o| o.direction),
        Some(Direction::Output)
    );
    assert_eq!(
        cvm.object("Filter").map(|o| o.direction),
        Some(Direction::Input)
    );
    assert_eq!(
        cvm.object("Instance").map(|o| o.direction),
        Some(Direction::Output)
    );
    // autoscaling is served as `as`.
    assert_eq!(
        new.api_version("autoscaling", "v20180419")
            .map(|a| a.metadata.service_short_name.as_str()),
        Some("as")
    );
    assert!(new.service("bh").is_some() && old.service("bh").is_none());
    assert!(new.service("ig").is_some() && old.service("ig").is_none());

    // Every example output that is JSON has a `Response` object, except the
    // event streams.
    let mut json = 0;
    let mut streams = 0;
    for api in new.api_versions() {
        for ex in api.examples.values().flatten() {
            match &ex.output {
                Ok(tencent_cloud_spec::ExampleOutput::Json(_)) => json += 1,
                Ok(tencent_cloud_spec::ExampleOutput::EventStream(_)) => streams += 1,
                Err(_) => {}
            }
        }
    }
    assert_eq!((json, streams), (13_115, 5));
}

#[test]
fn directions_are_closed_under_reachability() {
    // Independent check of the computed directions: every action's input is
    // sent and its output received; whatever a sent object contains is
    // sent, whatever a received object contains is received; and every
    // object is reached from some action in these releases. (The spec's own
    // `usage` hint is not a usable oracle: 3.0.1217.1 has objects marked
    // `in` that are only ever received, and the reverse.)
    let rel = Release::load(specs().join("3.0.1217.1")).expect("loads");
    let mut hint_disagrees = 0;
    for api in rel.api_versions() {
        for a in api.actions.values() {
            assert!(
                api.input_of(a).expect("input").direction.is_input(),
                "{}",
                a.name
            );
            assert!(
                api.output_of(a).expect("output").direction.is_output(),
                "{}",
                a.name
            );
        }
        for o in api.objects.values() {
            assert_ne!(
                o.direction,
                Direction::Unreachable,
                "{}/{} {}",
                api.service,
                api.version,
                o.name
            );
            for m in &o.members {
                if let Some(target) = m.ty.base.object_name() {
                    let t = api.object(target).expect("validated").direction;
                    assert!(
                        !o.direction.is_input() || t.is_input(),
                        "{}.{} -> {target}",
                        o.name,
                        m.name
                    );
                    assert!(
                        !o.direction.is_output() || t.is_output(),
                        "{}.{} -> {target}",
                        o.name,
                        m.name
                    );
                }
            }
            use tencent_cloud_spec::Usage;
            if matches!(
                (o.usage, o.direction),
                (Some(Usage::In), Direction::Output) | (Some(Usage::Out), Direction::Input)
            ) {
                hint_disagrees += 1;
            }
        }
    }
    eprintln!("objects whose usage hint contradicts reachability: {hint_disagrees}");
}

/// The `required` → `output_required` respelling between 3.0.1216.1 and
/// 3.0.1217.1 must not change the model's meaning. The oracle here is the
/// raw JSON, read independently with serde_json.
#[test]
fn output_required_respelling_keeps_meaning() {
    use serde_json::Value;
    let old = Release::load(specs().join("3.0.1216.1")).expect("old");
    let new = Release::load(specs().join("3.0.1217.1")).expect("new");
    let raw = |rel: &Release, svc: &str, ver: &str| -> Value {
        let p = rel.root.join(svc).join(ver).join("api.json");
        serde_json::from_slice(&std::fs::read(p).expect("read")).expect("json")
    };
    let strip = |m: &Value| -> Value {
        let mut m = m.clone();
        if let Some(o) = m.as_object_mut() {
            o.remove("required");
            o.remove("output_required");
        }
        m
    };
    let mut respelled = 0;
    let mut became_optional = 0;
    let mut became_always = 0;
    for new_api in new.api_versions() {
        let Some(old_api) = old.api_version(&new_api.service, &new_api.version) else {
            continue;
        };
        let (rn, ro) = (
            raw(&new, &new_api.service, &new_api.version),
            raw(&old, &old_api.service, &old_api.version),
        );
        for (name, nobj) in &new_api.objects {
            let Some(oobj) = old_api.object(name) else {
                continue;
            };
            if !nobj.direction.is_output() {
                continue;
            }
            let nraw = rn["objects"][name]["members"].as_array().expect("members");
            let oraw = ro["objects"][name]["members"].as_array().expect("members");
            for (nm, nr) in nobj.members.iter().zip(nraw) {
                let Some((om, or)) = oobj
                    .members
                    .iter()
                    .zip(oraw)
                    .find(|(om, _)| om.name == nm.name)
                else {
                    continue;
                };
                // Only the key changed: `required: X` became
                // `output_required: X`, everything else equal.
                let only_key = or.get("required").is_some()
                    && or.get("output_required").is_none()
                    && nr.get("output_required") == or.get("required")
                    && strip(nr) == strip(or);
                if only_key {
                    respelled += 1;
                    assert_eq!(
                        om.always_in_response(),
                        nm.always_in_response(),
                        "{}/{} {name}.{}",
                        new_api.service,
                        new_api.version,
                        nm.name
                    );
                }
                if om.always_in_response() && !nm.always_in_response() {
                    became_optional += 1;
                } else if !om.always_in_response() && nm.always_in_response() {
                    became_always += 1;
                }
            }
        }
    }
    eprintln!(
        "output members respelled required -> output_required: {respelled}; \
         really changed: {became_always} became always-present, {became_optional} became optional"
    );
    // The real changes are upstream value changes (mostly
    // `output_required: true` -> `false`), never the respelling itself,
    // which the per-member assertion above checks.
    assert!(
        respelled > 1_000,
        "the respelling is large in this pair: {respelled}"
    );
    assert!(became_always + became_optional > 0);
}

/// Robustness: every real example input and output, cut at many points
/// (on char boundaries), parses to Ok or Err and never panics.
#[test]
fn truncated_real_examples_never_panic() {
    let rel = Release::load(specs().join("3.0.1217.1")).expect("loads");
    let mut parsed = 0usize;
    for api in rel.api_versions() {
        for (action, examples) in &api.examples {
            let input = api.action(action).and_then(|a| api.input_of(a));
            for ex in examples {
                for text in [&ex.input_raw, &ex.output_raw] {
                    let cuts: Vec<usize> =
                        text.char_indices().map(|(i, _)| i).step_by(211).collect();
                    for cut in cuts {
                        let t = &text[..cut];
                        let _ = tencent_cloud_spec::parse_example_input(t, api, input);
                        let _ = tencent_cloud_spec::parse_example_output(t);
                        parsed += 1;
                    }
                }
            }
        }
    }
    assert!(parsed > 50_000, "{parsed}");
}
