//! Golden test of the plan: a small hand-written spec (tests/golden/) with
//! every case the mapping has to get right, and its plan as text
//! (tests/golden/plan.txt). `UPDATE_GOLDEN=1 cargo test -p
//! tencent-cloud-plan` rewrites the golden file; review its diff.

use std::path::{Path, PathBuf};

use serde_json::Value;
use tencent_cloud_plan::{Bump, RustBase, crate_bump, plan_crate};
use tencent_cloud_spec::{Service, parse_api_version};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn fixture() -> (Value, Value) {
    let read = |n: &str| -> Value {
        serde_json::from_slice(&std::fs::read(dir().join("specs/demo/v20200101").join(n)).unwrap())
            .unwrap()
    };
    (read("api.json"), read("examples.json"))
}

/// The demo service from (possibly edited) api.json and examples.json.
fn service(api: &Value, examples: &Value) -> Service {
    let api_json = serde_json::to_vec(api).unwrap();
    let ex_json = serde_json::to_vec(examples).unwrap();
    let v = parse_api_version(
        "demo",
        "v20200101",
        Path::new("demo/v20200101/api.json"),
        &api_json,
        Some((Path::new("demo/v20200101/examples.json"), &ex_json)),
    )
    .unwrap();
    Service {
        name: "demo".into(),
        versions: [("v20200101".to_string(), v)].into_iter().collect(),
    }
}

#[test]
fn plan_matches_golden() {
    let (api, ex) = fixture();
    let svc = service(&api, &ex);
    let plan = plan_crate(&svc).unwrap();
    let text = plan.to_string();
    let golden = dir().join("plan.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &text).unwrap();
    }
    let want = std::fs::read_to_string(&golden).unwrap_or_default();
    assert!(
        text == want,
        "the plan differs from {} (UPDATE_GOLDEN=1 rewrites it):\n{}",
        golden.display(),
        similar_lines(&want, &text)
    );
}

/// The lines of `b` not in `a` and of `a` not in `b`, for a readable failure.
fn similar_lines(a: &str, b: &str) -> String {
    let (al, bl): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let mut out = String::new();
    for l in &al {
        if !bl.contains(l) {
            out.push_str(&format!("- {l}\n"));
        }
    }
    for l in &bl {
        if !al.contains(l) {
            out.push_str(&format!("+ {l}\n"));
        }
    }
    out
}

#[test]
fn each_mapping_rule_holds() {
    let (api, ex) = fixture();
    let svc = service(&api, &ex);
    let plan = plan_crate(&svc).unwrap();
    let v = &plan.versions[0];
    // Generated: callable actions only; objects reached from them only.
    assert!(v.action("OldAction").is_none());
    assert_eq!(plan.offline, [("v20200101", "OldAction")]);
    for gone in ["OldActionRequest", "OnlyOffline", "Unused"] {
        assert!(v.object(gone).is_none(), "{gone} must not be generated");
    }
    // Read policy.
    let read = |a: &str| v.action(a).unwrap().read.idempotent;
    assert!(read("DescribeThings") && read("BatchDescribeItems"));
    assert!(!read("RunJob") && !read("Getaway") && !read("ChatCompletions"));
    // Reserved method names, deprecation, streams, pagers.
    assert_eq!(v.action("New").unwrap().method, "new_2");
    assert!(v.action("RunJob").unwrap().deprecated);
    assert_eq!(
        v.action("ChatCompletions").unwrap().stream.as_deref(),
        Some("stream")
    );
    let pager = v.action("DescribeThings").unwrap().pager.as_ref().unwrap();
    assert_eq!(pager.list_field, "thing_set");
    assert_eq!(pager.item.base, RustBase::Struct("Thing".into()));
    // Names: keywords, collisions, leading digits.
    let thing = v.object("Thing").unwrap();
    let idents: Vec<&str> = thing.fields.iter().map(|f| f.ident.as_str()).collect();
    assert_eq!(
        idents,
        [
            "r#type",
            "app_id",
            "app_id_2",
            "self_",
            "_2_fa",
            "created_at",
            "legacy",
            "root",
            "data"
        ]
    );
    assert!(thing.fields[6].deprecated);
    // Recursion: inline cycles are boxed, lists are not.
    let node = v.object("Node").unwrap();
    let ty = |o: &str, f: &str| {
        let o = v.object(o).unwrap();
        o.fields
            .iter()
            .find(|x| x.wire == f)
            .unwrap()
            .ty
            .render(&v.std)
    };
    assert_eq!(ty("Node", "Next"), "Box<Node>");
    assert_eq!(ty("Node", "Children"), "Vec<Node>");
    assert_eq!(ty("Node", "Pair"), "PairA");
    assert_eq!(ty("PairA", "B"), "Box<PairB>");
    assert_eq!(ty("PairB", "A"), "Box<PairA>");
    assert_eq!(node.fields.len(), 3);
    // An object named Option: the module spells std's in full.
    assert_eq!(v.std.option, "::core::option::Option");
    assert_eq!(ty("DescribeThingsRequest", "Filters"), "Vec<Option>");
    // Sent objects carry **Required.**; received ones never do.
    let run = v.object("RunJobRequest").unwrap();
    assert!(run.sent && run.fields[0].required && !run.fields[1].required);
    assert!(!v.object("Thing").unwrap().sent);
}

/// Edits the fixture's api.json at a JSON pointer.
fn edited(edit: impl FnOnce(&mut Value)) -> Value {
    let (mut api, _) = fixture();
    edit(&mut api);
    api
}

fn members<'a>(api: &'a mut Value, object: &str) -> &'a mut Vec<Value> {
    api["objects"][object]["members"].as_array_mut().unwrap()
}

#[test]
fn crate_bump_follows_what_users_code_sees() {
    let (api, ex) = fixture();
    let old_svc = service(&api, &ex);
    let old = plan_crate(&old_svc).unwrap();
    let bump = |new_api: Value| {
        let svc = service(&new_api, &ex);
        let new = plan_crate(&svc).unwrap();
        crate_bump(&old, &new)
    };
    assert_eq!(bump(api.clone()).bump, Bump::None);
    // Docs and read-policy-neutral text: patch.
    let b = bump(edited(|a| {
        a["objects"]["Thing"]["document"] = "new text".into()
    }));
    assert_eq!(b.bump, Bump::Patch);
    // A member's `example` is not rendered: nothing changes.
    let b = bump(edited(|a| members(a, "Thing")[0]["example"] = "box".into()));
    assert_eq!(b.bump, Bump::None);
    // An offline action's types are not generated: nothing changes.
    let b = bump(edited(|a| {
        let m = &mut members(a, "OnlyOffline")[0];
        m["type"] = "int".into();
        m["member"] = "int64".into();
    }));
    assert_eq!(b.bump, Bump::None);
    let b = bump(edited(|a| {
        a["objects"]["Unused"]["members"] = serde_json::json!([]);
    }));
    assert_eq!(b.bump, Bump::None);
    // Added field: minor; removed field or changed type: major.
    let b = bump(edited(|a| {
        members(a, "Thing").push(serde_json::json!({"name": "Extra", "type": "string", "member": "string", "document": ""}))
    }));
    assert_eq!(
        (b.bump, b.reasons.clone()),
        (
            Bump::Minor,
            vec!["v20200101 Thing: field extra added".to_string()]
        )
    );
    let b = bump(edited(|a| {
        members(a, "Thing").remove(0);
    }));
    assert_eq!(b.bump, Bump::Major);
    let b = bump(edited(|a| {
        members(a, "Thing")[1]["member"] = "int64".into();
    }));
    assert_eq!(b.bump, Bump::Major);
    assert_eq!(b.reasons, ["v20200101 Thing: field app_id changed type"]);
    // A request member that becomes required: major (calls now rejected).
    let b = bump(edited(|a| {
        members(a, "RunJobRequest")[1]["required"] = true.into()
    }));
    assert_eq!(b.bump, Bump::Major);
    // So is a new required member of a request (calls that compiled lack
    // it); a new optional one is minor.
    let b = bump(edited(|a| {
        members(a, "RunJobRequest").push(serde_json::json!({"name": "Zone", "type": "string", "member": "string", "document": "", "required": true}))
    }));
    assert_eq!(
        (b.bump, b.reasons.clone()),
        (
            Bump::Major,
            vec!["v20200101 RunJobRequest: field zone added, required".to_string()]
        )
    );
    let b = bump(edited(|a| {
        members(a, "RunJobRequest").push(serde_json::json!({"name": "Zone", "type": "string", "member": "string", "document": "", "required": false}))
    }));
    assert_eq!(b.bump, Bump::Minor);
    // Deprecating an action: minor; taking it offline: major.
    let b = bump(edited(|a| {
        a["actions"]["Getaway"]["status"] = "deprecated".into()
    }));
    assert_eq!(b.bump, Bump::Minor);
    let b = bump(edited(|a| {
        a["actions"]["Getaway"]["status"] = "offline".into()
    }));
    assert_eq!(b.bump, Bump::Major);
    assert!(
        b.reasons
            .iter()
            .any(|r| r == "v20200101 Getaway(): removed"),
        "{:?}",
        b.reasons
    );
    // A new offline action: nothing is generated for it.
    let b = bump(edited(|a| {
        a["actions"]["Later"] = serde_json::json!({"document": "", "input": "OldActionRequest", "name": "", "output": "OldActionResponse", "status": "offline"});
    }));
    assert_eq!(b.bump, Bump::Patch, "the crate docs list offline actions");
}
