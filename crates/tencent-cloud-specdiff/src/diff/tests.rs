//! Every rule on small hand-written spec pairs, each in both directions.

use std::path::Path;

use serde_json::{Value, json};
use tencent_cloud_spec::{ApiVersion, Base, Direction, TypeRef, parse_api_version};

use super::*;

pub(crate) fn m(name: &str, ty: &str, member: &str) -> Value {
    json!({"name": name, "type": ty, "member": member, "document": format!("doc of {name}"),
           "required": false, "disabled": false, "value_allowed_null": false})
}

/// A small spec: action `Act` (ActRequest → ActResponse), `Get`
/// (GetRequest → GetResponse); `Filter` is input only, `Item` output only,
/// `Shared` both ways, `Orphan` reached from nothing.
pub(crate) fn base() -> Value {
    json!({
      "metadata": {"apiVersion": "2020-01-01", "serviceNameCN": "演示", "serviceShortName": "demo"},
      "actions": {
        "Act": {"name": "做事", "document": "Does it.", "input": "ActRequest", "output": "ActResponse", "status": "online"},
        "Get": {"name": "获取", "document": "Gets it.", "input": "GetRequest", "output": "GetResponse", "status": "online"}
      },
      "objects": {
        "ActRequest": {"document": "", "members": [
            m("Name", "string", "string"), m("Filter", "object", "Filter"), m("S", "object", "Shared")]},
        "ActResponse": {"document": "", "members": [
            m("Item", "list", "Item"), m("S", "object", "Shared"), m("RequestId", "string", "string")]},
        "GetRequest": {"document": "", "members": [m("Id", "string", "string")]},
        "GetResponse": {"document": "", "members": [m("RequestId", "string", "string")]},
        "Filter": {"document": "A filter.", "members": [m("Key", "string", "string"), m("Values", "list", "string")]},
        "Item": {"document": "An item.", "members": [m("Id", "string", "string"), m("Size", "int", "int64")]},
        "Shared": {"document": "Both ways.", "members": [m("Tag", "string", "string")]},
        "Orphan": {"document": "Nobody uses me.", "members": [m("X", "string", "string")]}
      }
    })
}

pub(crate) fn api(v: &Value) -> ApiVersion {
    let bytes = serde_json::to_vec(v).expect("json");
    parse_api_version(
        "demo",
        "v20200101",
        Path::new("demo/api.json"),
        &bytes,
        None,
    )
    .unwrap_or_else(|e| panic!("test spec does not load: {e}"))
}

pub(crate) fn api_with_examples(v: &Value, ex: &Value) -> ApiVersion {
    let bytes = serde_json::to_vec(v).expect("json");
    let ex = serde_json::to_vec(ex).expect("json");
    parse_api_version(
        "demo",
        "v20200101",
        Path::new("demo/api.json"),
        &bytes,
        Some((Path::new("demo/examples.json"), &ex)),
    )
    .unwrap_or_else(|e| panic!("test spec does not load: {e}"))
}

pub(crate) fn run(a: &ApiVersion, b: &ApiVersion) -> (Vec<Change>, Summary) {
    let mut out = Vec::new();
    let mut s = Summary::default();
    diff_api_versions(a, b, &mut out, &mut s);
    (out, s)
}

/// (rule id, location) of every change old → new.
pub(crate) fn rules(old: &Value, new: &Value) -> Vec<(String, String)> {
    let (c, _) = run(&api(old), &api(new));
    c.iter()
        .map(|c| (c.rule.id().to_string(), c.location.clone()))
        .collect()
}

pub(crate) fn has(list: &[(String, String)], rule: &str, loc: &str) -> bool {
    list.iter().any(|(r, l)| r == rule && l == loc)
}

/// Asserts old → new gives `fwd` at `loc` and new → old gives `back`.
#[track_caller]
pub(crate) fn both_ways(old: &Value, new: &Value, fwd: &str, back: &str, loc: &str) {
    let f = rules(old, new);
    assert!(
        has(&f, fwd, loc),
        "old→new: expected {fwd} at {loc}, got {f:#?}"
    );
    let b = rules(new, old);
    assert!(
        has(&b, back, loc),
        "new→old: expected {back} at {loc}, got {b:#?}"
    );
}

pub(crate) fn members<'a>(v: &'a mut Value, obj: &str) -> &'a mut Vec<Value> {
    v["objects"][obj]["members"]
        .as_array_mut()
        .expect("members array")
}

pub(crate) fn member<'a>(v: &'a mut Value, obj: &str, name: &str) -> &'a mut Value {
    members(v, obj)
        .iter_mut()
        .find(|x| x["name"] == name)
        .expect("member")
}

pub(crate) const L: &str = "demo/v20200101";

#[test]
fn identical_specs_have_no_changes() {
    let (c, s) = run(&api(&base()), &api(&base()));
    assert!(c.is_empty(), "{c:#?}");
    assert_eq!(s, Summary::default());
}

#[test]
fn directions_are_what_the_tests_assume() {
    let a = api(&base());
    assert_eq!(a.objects["Filter"].direction, Direction::Input);
    assert_eq!(a.objects["Item"].direction, Direction::Output);
    assert_eq!(a.objects["Shared"].direction, Direction::Both);
    assert_eq!(a.objects["Orphan"].direction, Direction::Unreachable);
}

#[test]
fn action_added_and_removed_without_deprecation() {
    let old = base();
    let mut new = base();
    new["actions"]["New"] = json!({"name": "新", "document": "", "input": "GetRequest", "output": "GetResponse", "status": "online"});
    both_ways(
        &old,
        &new,
        "action-added",
        "action-removed-without-deprecation",
        &format!("{L}/New()"),
    );
    let (c, s) = run(&api(&old), &api(&new));
    assert_eq!(s.actions_added, 1);
    assert_eq!(c[0].level, Level::Info);
    assert_eq!(c[0].bump, Bump::Minor);
    let (c, s) = run(&api(&new), &api(&old));
    assert_eq!(s.actions_removed, 1);
    assert_eq!((c[0].level, c[0].bump), (Level::Err, Bump::Major));
}

#[test]
fn deprecated_action_removed_is_warn_offline_removed_is_info() {
    let mut old = base();
    old["actions"]["Get"]["status"] = json!("deprecated");
    let mut new = base();
    new["actions"].as_object_mut().unwrap().remove("Get");
    let (c, _) = run(&api(&old), &api(&new));
    let r = c.iter().find(|c| c.subject == Subject::Action).unwrap();
    assert_eq!(
        (r.rule, r.level, r.bump),
        (Rule::ActionRemoved, Level::Warn, Bump::Major)
    );
    // Back: an action appears (deprecated); still an addition.
    both_ways(
        &old,
        &new,
        "action-removed",
        "action-added",
        &format!("{L}/Get()"),
    );

    old["actions"]["Get"]["status"] = json!("offline");
    let (c, _) = run(&api(&old), &api(&new));
    let r = c.iter().find(|c| c.subject == Subject::Action).unwrap();
    assert_eq!(
        (r.rule, r.level, r.bump),
        (Rule::OfflineActionRemoved, Level::Info, Bump::Patch)
    );
    // Adding an offline action generates nothing.
    let (c, _) = run(&api(&new), &api(&old));
    let r = c.iter().find(|c| c.subject == Subject::Action).unwrap();
    assert_eq!((r.rule, r.bump), (Rule::ActionAdded, Bump::None));
}

#[test]
fn status_transitions() {
    let with = |s: &str| {
        let mut v = base();
        v["actions"]["Act"]["status"] = json!(s);
        v
    };
    let loc = format!("{L}/Act()");
    both_ways(
        &with("online"),
        &with("deprecated"),
        "action-deprecated",
        "action-undeprecated",
        &loc,
    );
    both_ways(
        &with("online"),
        &with("offline"),
        "action-offline-without-deprecation",
        "action-back-online",
        &loc,
    );
    both_ways(
        &with("deprecated"),
        &with("offline"),
        "action-offline",
        "action-back-online",
        &loc,
    );
    let (c, s) = run(&api(&with("online")), &api(&with("deprecated")));
    assert_eq!(s.actions_status_changed, 1);
    assert_eq!((c[0].level, c[0].bump), (Level::Info, Bump::Minor));
    assert_eq!(c[0].old.as_deref(), Some("online"));
    assert_eq!(c[0].new.as_deref(), Some("deprecated"));
    // A missing status is online: no change either way.
    let mut none = base();
    none["actions"]["Act"]
        .as_object_mut()
        .unwrap()
        .remove("status");
    let (c, s) = run(&api(&none), &api(&with("online")));
    assert!(c.is_empty(), "{c:#?}");
    assert_eq!(s.actions_status_changed, 0);
    let (c, _) = run(&api(&with("online")), &api(&none));
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn action_io_changed() {
    let old = base();
    let mut new = base();
    new["actions"]["Get"]["output"] = json!("ActResponse");
    both_ways(
        &old,
        &new,
        "action-io-changed",
        "action-io-changed",
        &format!("{L}/Get()"),
    );
}

#[test]
fn object_added_removed_and_renamed() {
    let old = base();
    let mut new = base();
    // Rename Filter → Criterion: same members, same referrer.
    let f = new["objects"]
        .as_object_mut()
        .unwrap()
        .remove("Filter")
        .unwrap();
    new["objects"]["Criterion"] = f;
    member(&mut new, "ActRequest", "Filter")["member"] = json!("Criterion");
    let r = rules(&old, &new);
    assert!(has(&r, "object-removed", &format!("{L}/Filter")), "{r:#?}");
    assert!(has(&r, "object-added", &format!("{L}/Criterion")), "{r:#?}");
    assert!(
        has(&r, "object-renamed", &format!("{L}/Criterion")),
        "{r:#?}"
    );
    assert!(
        has(&r, "member-type-changed", &format!("{L}/ActRequest.Filter")),
        "{r:#?}"
    );
    let (c, s) = run(&api(&old), &api(&new));
    assert_eq!(
        (s.objects_added, s.objects_removed, s.objects_renamed),
        (1, 1, 1)
    );
    let ren = c.iter().find(|c| c.rule == Rule::ObjectRenamed).unwrap();
    assert_eq!(ren.old.as_deref(), Some("Filter"));
    assert_eq!(ren.new.as_deref(), Some("Criterion"));
    assert_eq!(ren.bump, Bump::Major);
    // And back.
    let r = rules(&new, &old);
    assert!(has(&r, "object-renamed", &format!("{L}/Filter")), "{r:#?}");
}

#[test]
fn objects_of_different_shape_are_not_renames() {
    let old = base();
    let mut new = base();
    let mut f = new["objects"]
        .as_object_mut()
        .unwrap()
        .remove("Filter")
        .unwrap();
    f["members"]
        .as_array_mut()
        .unwrap()
        .push(m("Extra", "bool", "bool"));
    new["objects"]["Criterion"] = f;
    member(&mut new, "ActRequest", "Filter")["member"] = json!("Criterion");
    let r = rules(&old, &new);
    assert!(!r.iter().any(|(r, _)| r == "object-renamed"), "{r:#?}");
    assert!(has(&r, "object-removed", &format!("{L}/Filter")));
}

#[test]
fn ambiguous_renames_use_referrers() {
    // Two removed and two added objects with one shape: referrers decide.
    let mut old = base();
    old["objects"]["A1"] = json!({"document": "", "members": [m("V", "string", "string")]});
    old["objects"]["B1"] = json!({"document": "", "members": [m("V", "string", "string")]});
    members(&mut old, "GetRequest").push(m("PA", "object", "A1"));
    members(&mut old, "GetResponse").push(m("PB", "object", "B1"));
    let mut new = base();
    new["objects"]["A2"] = json!({"document": "", "members": [m("V", "string", "string")]});
    new["objects"]["B2"] = json!({"document": "", "members": [m("V", "string", "string")]});
    members(&mut new, "GetRequest").push(m("PA", "object", "A2"));
    members(&mut new, "GetResponse").push(m("PB", "object", "B2"));
    let (c, _) = run(&api(&old), &api(&new));
    let mut ren: Vec<(String, String)> = c
        .iter()
        .filter(|c| c.rule == Rule::ObjectRenamed)
        .map(|c| (c.old.clone().unwrap(), c.new.clone().unwrap()))
        .collect();
    ren.sort();
    assert_eq!(
        ren,
        [("A1".into(), "A2".into()), ("B1".into(), "B2".into())]
    );
}

#[test]
fn unreachable_objects_are_info_without_bump() {
    let old = base();
    let mut new = base();
    members(&mut new, "Orphan").retain(|x| x["name"] != "X");
    members(&mut new, "Orphan").push(m("Y", "int", "int64"));
    both_ways(
        &old,
        &new,
        "member-removed",
        "member-added",
        &format!("{L}/Orphan.X"),
    );
    both_ways(
        &old,
        &new,
        "member-added",
        "member-removed",
        &format!("{L}/Orphan.Y"),
    );
    let (c, _) = run(&api(&old), &api(&new));
    assert!(
        c.iter()
            .all(|c| c.level == Level::Info && c.bump == Bump::None),
        "{c:#?}"
    );
    let mut gone = base();
    gone["objects"].as_object_mut().unwrap().remove("Orphan");
    let (c, _) = run(&api(&old), &api(&gone));
    assert_eq!(
        (c[0].rule, c[0].level, c[0].bump),
        (Rule::ObjectRemoved, Level::Info, Bump::None)
    );
}

#[test]
fn reachability_changes() {
    let old = base();
    let mut new = base();
    members(&mut new, "GetRequest").push(m("O", "object", "Orphan"));
    both_ways(
        &old,
        &new,
        "object-became-reachable",
        "object-became-unreachable",
        &format!("{L}/Orphan"),
    );
}

#[test]
fn doc_and_example_text() {
    let old = base();
    let mut new = base();
    new["objects"]["Item"]["document"] = json!("An item, documented.");
    member(&mut new, "Item", "Id")["document"] = json!("The ID.");
    member(&mut new, "Item", "Id")["example"] = json!("ins-123");
    new["actions"]["Act"]["document"] = json!("Does it well.");
    new["actions"]["Act"]["name"] = json!("做好事");
    let r = rules(&old, &new);
    for loc in ["Item", "Item.Id", "Act()"] {
        assert!(
            has(&r, "doc-changed", &format!("{L}/{loc}")),
            "{loc}: {r:#?}"
        );
    }
    assert!(
        has(&r, "example-changed", &format!("{L}/Item.Id")),
        "{r:#?}"
    );
    let r2 = rules(&new, &old);
    assert!(
        has(&r2, "example-changed", &format!("{L}/Item.Id")),
        "{r2:#?}"
    );
    assert_eq!(r.len(), r2.len());
    let (c, _) = run(&api(&old), &api(&new));
    assert!(
        c.iter()
            .all(|c| c.level == Level::Info && c.bump == Bump::Patch)
    );
    let d = c
        .iter()
        .find(|c| c.location.ends_with("Item.Id") && c.rule == Rule::DocChanged)
        .unwrap();
    assert_eq!(d.old.as_deref(), Some("doc of Id"));
    assert_eq!(d.new.as_deref(), Some("The ID."));
}

#[test]
fn examples_json_changes() {
    let ex = |out: &str| {
        json!({"version": "1.0", "actions": {"Get": [{"title": "t", "document": "d",
            "input": "POST / HTTP/1.1\nX-TC-Action: Get\n\n{\"Id\": \"a\"}",
            "output": out}]}})
    };
    let a = api_with_examples(&base(), &ex("{\"Response\": {\"RequestId\": \"r\"}}"));
    let b = api_with_examples(&base(), &ex("{\"Response\": {\"RequestId\": \"q\"}}"));
    let (c, _) = run(&a, &b);
    assert_eq!(c.len(), 1, "{c:#?}");
    assert_eq!(c[0].rule, Rule::ExamplesChanged);
    assert_eq!(c[0].location, format!("{L}/Get()/examples"));
    let (c, _) = run(&b, &a);
    assert_eq!(c[0].rule, Rule::ExamplesChanged);
    let none = api(&base());
    let (c, _) = run(&none, &a);
    assert_eq!(c[0].rule, Rule::ExamplesChanged);
    assert_eq!(c[0].old.as_deref(), Some("0 examples"));
    let (c, _) = run(&a, &a);
    assert!(c.is_empty());
}

#[test]
fn same_rust_type_mapping() {
    use tencent_cloud_spec::Scalar as S;
    let t = |s: S| TypeRef {
        list: false,
        base: Base::Scalar(s),
    };
    assert!(same_rust_type(&t(S::String), &t(S::DateTime)));
    assert!(same_rust_type(&t(S::Date), &t(S::Binary)));
    assert!(!same_rust_type(&t(S::Int64), &t(S::Uint64)));
    assert!(!same_rust_type(&t(S::Float), &t(S::Int64)));
    let l = TypeRef {
        list: true,
        base: Base::Scalar(S::String),
    };
    assert!(!same_rust_type(&t(S::String), &l));
}

pub(crate) fn service(name: &str, versions: &[(&str, &Value)]) -> tencent_cloud_spec::Service {
    tencent_cloud_spec::Service {
        name: name.to_string(),
        versions: versions
            .iter()
            .map(|(v, spec)| {
                let bytes = serde_json::to_vec(spec).expect("json");
                let api = parse_api_version(name, v, Path::new("api.json"), &bytes, None)
                    .unwrap_or_else(|e| panic!("{e}"));
                (v.to_string(), api)
            })
            .collect(),
    }
}

#[test]
fn service_added_and_removed() {
    let s = service("demo", &[("v20200101", &base())]);
    let d = diff_service(None, Some(&s));
    assert_eq!(d.changes[0].rule, Rule::ServiceAdded);
    // The crate is new (0.1.0): nothing to bump.
    assert_eq!(d.changes[0].bump, Bump::None);
    assert_eq!(d.changes[0].location, "demo");
    assert_eq!(d.services_added, ["demo"]);
    assert_eq!(d.summary.services_added, 1);
    assert_eq!(d.summary.actions_added, 2);
    assert_eq!(d.summary.objects_added, 8);
    let d = diff_service(Some(&s), None);
    assert_eq!(
        (d.changes[0].rule, d.changes[0].level),
        (Rule::ServiceRemoved, Level::Err)
    );
    assert_eq!(d.summary.services_removed, 1);
    assert_eq!(d.summary.actions_removed, 2);
    // Removal is one change per service and version, not per action.
    assert_eq!(d.changes.len(), 2);
}

#[test]
fn api_version_added_and_removed() {
    let one = service("demo", &[("v20200101", &base())]);
    let two = service("demo", &[("v20200101", &base()), ("v20210101", &base())]);
    let d = diff_service(Some(&one), Some(&two));
    let v = d
        .changes
        .iter()
        .find(|c| c.subject == Subject::ApiVersion)
        .unwrap();
    assert_eq!((v.rule, v.bump), (Rule::ApiVersionAdded, Bump::Minor));
    assert_eq!(v.location, "demo/v20210101");
    assert_eq!(d.summary.api_versions_added, 1);
    // The new version's actions are itemised for the notes.
    assert_eq!(
        d.changes
            .iter()
            .filter(|c| c.rule == Rule::ActionAdded)
            .count(),
        2
    );
    let d = diff_service(Some(&two), Some(&one));
    assert_eq!(d.changes.len(), 1);
    assert_eq!(
        (d.changes[0].rule, d.changes[0].level, d.changes[0].bump),
        (Rule::ApiVersionRemoved, Level::Err, Bump::Major)
    );
    assert_eq!(d.summary.api_versions_removed, 1);
    assert!(diff_service(Some(&two), Some(&two)).changes.is_empty());
}

/// A spec whose `Old` action is offline: its types (`OldRequest`, `OffOnly`)
/// are reachable (direction input) but not generated.
fn with_offline_action() -> Value {
    let mut v = base();
    v["actions"]["Old"] = json!({"name": "", "document": "", "input": "OldRequest",
        "output": "GetResponse", "status": "offline"});
    v["objects"]["OldRequest"] =
        json!({"document": "", "members": [m("Only", "object", "OffOnly")]});
    v["objects"]["OffOnly"] = json!({"document": "", "members": [m("X", "string", "string")]});
    v
}

#[test]
fn offline_only_types_are_reported_info_and_bump_nothing() {
    let old = with_offline_action();
    let mut new = old.clone();
    member(&mut new, "OffOnly", "X")["member"] = "int64".into();
    member(&mut new, "OffOnly", "X")["type"] = "int".into();
    members(&mut new, "OffOnly").push(m("Y", "string", "string"));
    let (a, b) = (api(&old), api(&new));
    assert_eq!(
        b.objects["OffOnly"].direction,
        Direction::Input,
        "reachable, yet not generated"
    );
    let (c, _) = run(&a, &b);
    let got: Vec<(&str, Level, Bump)> = c.iter().map(|c| (c.rule.id(), c.level, c.bump)).collect();
    assert_eq!(
        got,
        [
            ("member-type-changed", Level::Info, Bump::None),
            ("request-member-added-optional", Level::Info, Bump::None),
        ]
    );
    // The crate's bump, from its two plans: none.
    let svc = |v: &Value| service("demo", &[("v20200101", v)]);
    let d = diff_service(Some(&svc(&old)), Some(&svc(&new)));
    assert_eq!(d.plan_bumps["demo"].bump, Bump::None);
    let r = crate::Report::build(d, "a", "b", &Default::default(), Level::Info);
    assert_eq!(r.semver[0].bump_label, "none");
    // The same change in a generated type: ERR and major.
    let mut new = base();
    member(&mut new, "Filter", "Key")["member"] = "int64".into();
    member(&mut new, "Filter", "Key")["type"] = "int".into();
    let d = diff_service(Some(&svc(&base())), Some(&svc(&new)));
    assert_eq!(
        (d.changes[0].level, d.changes[0].bump),
        (Level::Err, Bump::Major)
    );
    assert_eq!(d.plan_bumps["demo"].bump, Bump::Major);
}
