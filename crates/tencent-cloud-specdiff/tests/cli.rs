//! The tc-specdiff binary: formats, filters, ignore file, gate, exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tc-specdiff"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run tc-specdiff")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn member(name: &str, ty: &str, m: &str, required: bool) -> Value {
    json!({"name": name, "type": ty, "member": m, "document": "d", "required": required})
}

/// One service `demo`, action `Get` with request members `members`.
fn spec(req_members: Vec<Value>, status: &str) -> Value {
    json!({
      "metadata": {"apiVersion": "2020-01-01", "serviceNameCN": "演示", "serviceShortName": "demo"},
      "actions": {
        "Get": {"name": "获取", "document": "", "input": "GetRequest", "output": "GetResponse", "status": status}
      },
      "objects": {
        "GetRequest": {"document": "", "members": req_members},
        "GetResponse": {"document": "", "members": [member("RequestId", "string", "string", false)]}
      }
    })
}

fn write_release(root: &Path, name: &str, services: &[(&str, &Value)]) -> PathBuf {
    let dir = root.join(name);
    for (svc, api) in services {
        let v = dir.join(svc).join("v20200101");
        std::fs::create_dir_all(&v).unwrap();
        std::fs::write(v.join("api.json"), serde_json::to_vec_pretty(api).unwrap()).unwrap();
    }
    dir
}

struct Pair {
    _tmp: tempfile::TempDir,
    old: String,
    new: String,
    root: PathBuf,
}

/// old: demo(Get: Id optional); new: demo(Get: Id required, + Zone optional;
/// Get deprecated) and a new service `extra`.
fn pair() -> Pair {
    let tmp = tempfile::tempdir().unwrap();
    let old = spec(vec![member("Id", "string", "string", false)], "online");
    let new = spec(
        vec![
            member("Id", "string", "string", true),
            member("Zone", "string", "string", false),
        ],
        "deprecated",
    );
    let o = write_release(tmp.path(), "1.0.0", &[("demo", &old)]);
    let n = write_release(tmp.path(), "1.0.1", &[("demo", &new), ("extra", &old)]);
    Pair {
        root: tmp.path().to_path_buf(),
        old: o.display().to_string(),
        new: n.display().to_string(),
        _tmp: tmp,
    }
}

#[test]
fn json_schema_and_summary() {
    let p = pair();
    let o = run(&[&p.old, &p.new, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(v["schema_version"], 1);
    let s = &v["summary"];
    for k in [
        "services_added",
        "services_removed",
        "actions_added",
        "actions_removed",
        "actions_status_changed",
        "objects_added",
        "objects_removed",
        "members_added",
        "members_removed",
        "members_type_changed",
    ] {
        assert!(s[k].is_u64(), "summary.{k} missing: {s}");
    }
    assert_eq!(s["services_added"], 1);
    assert_eq!(s["actions_status_changed"], 1);
    assert_eq!(s["members_added"], 1);
    assert_eq!(s["err"], 1); // Id became required
    let changes = v["changes"].as_array().unwrap();
    let rules: Vec<&str> = changes
        .iter()
        .map(|c| c["rule"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"request-member-became-required"),
        "{rules:?}"
    );
    assert!(
        rules.contains(&"request-member-added-optional"),
        "{rules:?}"
    );
    assert!(rules.contains(&"action-deprecated"), "{rules:?}");
    assert!(rules.contains(&"service-added"), "{rules:?}");
    for c in changes {
        for k in [
            "rule", "level", "service", "version", "location", "old", "new",
        ] {
            assert!(c.get(k).is_some(), "change lacks {k}: {c}");
        }
    }
    let req = changes
        .iter()
        .find(|c| c["rule"] == "request-member-became-required")
        .unwrap();
    assert_eq!(req["location"], "demo/v20200101/GetRequest.Id");
    assert_eq!(req["level"], "ERR");
    assert_eq!(
        (req["old"].as_str(), req["new"].as_str()),
        (Some("false"), Some("true"))
    );
    let semver = v["semver"].as_array().unwrap();
    let bump = |s: &str| {
        semver
            .iter()
            .find(|b| b["service"] == s)
            .map(|b| b["bump"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(bump("demo").as_deref(), Some("major"));
    assert_eq!(bump("extra").as_deref(), Some("new"));
    assert_eq!(semver[0]["crate"], "tencent-cloud-demo");
}

#[test]
fn fail_on_gate_and_ignore_file() {
    let p = pair();
    let o = run(&[&p.old, &p.new, "--fail-on", "ERR"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("gate failed"), "{}", stderr(&o));
    // Ignore the one ERR: the gate passes.
    let ig = p.root.join("ignore.txt");
    std::fs::write(
        &ig,
        "# accepted\nrequest-member-became-required demo/v20200101/GetRequest.Id\n",
    )
    .unwrap();
    let igs = ig.display().to_string();
    let o = run(&[&p.old, &p.new, "--fail-on", "ERR", "--ignore", &igs]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 ignored"), "{}", stdout(&o));
    // WARN gate: nothing at WARN, but INFO changes exist.
    let o = run(&[&p.old, &p.new, "--fail-on", "WARN", "--ignore", &igs]);
    assert_eq!(o.status.code(), Some(0));
    let o = run(&[&p.old, &p.new, "--fail-on", "INFO", "--ignore", &igs]);
    assert_eq!(o.status.code(), Some(1));
    // A bad ignore file is bad input, naming the file and line.
    std::fs::write(&ig, "not-a-rule x\n").unwrap();
    let o = run(&[&p.old, &p.new, "--ignore", &igs]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("ignore.txt:1"), "{}", stderr(&o));
}

#[test]
fn level_and_service_filters() {
    let p = pair();
    let o = run(&[&p.old, &p.new, "--level", "ERR", "--color", "never"]);
    let out = stdout(&o);
    assert!(out.contains("request-member-became-required"), "{out}");
    assert!(!out.contains("action-deprecated"), "{out}");
    assert!(!out.contains("\x1b["), "no colour when not asked");
    let o = run(&[&p.old, &p.new, "--service", "extra", "--format", "json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        v["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["service"] == "extra")
    );
    let o = run(&[&p.old, &p.new, "--service", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&[&p.old, &p.new, "--color", "always"]);
    assert!(stdout(&o).contains("\x1b["));
}

#[test]
fn markdown_notes_zh_and_en() {
    let p = pair();
    let o = run(&[&p.old, &p.new, "--format", "markdown"]);
    let md = stdout(&o);
    assert!(md.contains("## 演示(demo) 版本：2020-01-01"), "{md}");
    assert!(md.contains("预下线接口：\n\n* Get"), "{md}");
    assert!(md.contains("新增入参：Zone"), "{md}");
    assert!(md.contains("**[不兼容变更]** 修改入参：Id"), "{md}");
    let o = run(&[&p.old, &p.new, "--format", "markdown", "--lang", "en"]);
    let md = stdout(&o);
    assert!(md.contains("## demo version: 2020-01-01"), "{md}");
    assert!(md.contains("Deprecated actions"), "{md}");
    assert!(md.contains("New request parameters: Zone"), "{md}");
    assert!(md.contains("**[breaking]**"), "{md}");
}

#[test]
fn release_names_resolve_under_specs_dir() {
    let p = pair();
    let root = p.root.display().to_string();
    let o = run(&["1.0.0", "1.0.1", "--specs-dir", &root, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(
        (v["old"].as_str(), v["new"].as_str()),
        (Some("1.0.0"), Some("1.0.1"))
    );
}

#[test]
fn bad_input_exits_2_naming_the_file() {
    let p = pair();
    // Missing directory.
    let o = run(&[&p.old, "/no/such/release"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("/no/such/release") && e.lines().count() == 1,
        "{e}"
    );
    // Unparseable api.json.
    let bad = p.root.join("bad");
    std::fs::create_dir_all(bad.join("demo/v20200101")).unwrap();
    std::fs::write(bad.join("demo/v20200101/api.json"), b"{\"actions\": [").unwrap();
    let o = run(&[&p.old, &bad.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("demo/v20200101/api.json") && e.lines().count() == 1,
        "{e}"
    );
    // A directory with no api.json at all.
    let empty = p.root.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let o = run(&[&p.old, &empty.display().to_string()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no <service>/<vYYYYMMDD>/api.json"),
        "{}",
        stderr(&o)
    );
    // Bad flag values.
    let o = run(&[&p.old, &p.new, "--level", "FATAL"]);
    assert_eq!(o.status.code(), Some(2));
}

/// An api.json that is a directory or a dangling link is bad input (exit 2 naming it),
/// not the removal of its service (which `--fail-on ERR` would turn into exit 1).
#[cfg(unix)]
#[test]
fn non_file_specs_are_bad_input_not_removals() {
    let p = pair();
    let dir_api = p.root.join("dir-api");
    let v = dir_api.join("demo/v20200101");
    std::fs::create_dir_all(v.join("api.json")).unwrap();
    let dangling = p.root.join("dangling");
    let v2 = dangling.join("demo/v20200101");
    std::fs::create_dir_all(&v2).unwrap();
    std::os::unix::fs::symlink(p.root.join("nowhere.json"), v2.join("api.json")).unwrap();
    for bad in [&dir_api, &dangling] {
        let o = run(&[&p.old, &bad.display().to_string(), "--fail-on", "ERR"]);
        assert_eq!(o.status.code(), Some(2), "{}", stdout(&o));
        let e = stderr(&o);
        assert!(
            e.contains("demo/v20200101/api.json") && e.contains("not a regular file"),
            "{e}"
        );
    }
}

#[test]
fn self_diff_reports_nothing() {
    let p = pair();
    let o = run(&[&p.new, &p.new, "--format", "json", "--fail-on", "INFO"]);
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), 0);
}

#[test]
fn seed_pair_json_summary() {
    let o = run(&["3.0.1216.1", "3.0.1217.1", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let s = &v["summary"];
    assert_eq!(s["services_added"], 2);
    assert_eq!(s["services_removed"], 0);
    let changes = v["changes"].as_array().unwrap();
    let has = |rule: &str, loc: &str| {
        changes
            .iter()
            .any(|c| c["rule"] == rule && c["location"] == loc)
    };
    assert!(has(
        "action-removed",
        "cfw/v20190904/DescribeNatSwitchList()"
    ));
    assert!(has("action-deprecated", "cfw/v20190904/AddAcRule()"));
    assert!(has(
        "action-removed-without-deprecation",
        "iss/v20230517/CheckDomain()"
    ));
    let semver = v["semver"].as_array().unwrap();
    let new: Vec<&str> = semver
        .iter()
        .filter(|b| b["bump"] == "new")
        .map(|b| b["service"].as_str().unwrap())
        .collect();
    assert_eq!(new, ["bh", "ig"]);
}

#[test]
fn list_rules_prints_the_registry_once_per_rule() {
    let o = run(&["--list-rules", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rules: Vec<Value> = serde_json::from_slice(&o.stdout).expect("JSON array");
    let mut ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "an id is listed twice");
    assert_eq!(n, tencent_cloud_specdiff::rules::registry().len());
    for r in &rules {
        for key in [
            "family", "level", "side", "bump", "why", "notes", "zh", "en",
        ] {
            assert!(r[key].is_string(), "{} lacks {key}", r["id"]);
        }
    }
    // Text: one line per rule id; markdown: the crate docs' table.
    let text = stdout(&run(&["--list-rules"]));
    for id in &ids {
        assert_eq!(
            text.lines()
                .filter(|l| l.split_whitespace().next() == Some(id))
                .count(),
            1,
            "{id}"
        );
    }
    let md = stdout(&run(&["--list-rules", "--format", "markdown"]));
    assert_eq!(md, tencent_cloud_specdiff::rules::markdown_table());
    // Releases and --list-rules do not go together: bad input.
    assert_eq!(run(&["--list-rules", "a", "b"]).status.code(), Some(2));
}
