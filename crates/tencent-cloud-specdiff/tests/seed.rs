//! Acceptance on the bundled seed pair 3.0.1216.1 → 3.0.1217.1.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde_json::Value;
use tencent_cloud_spec::Direction;
use tencent_cloud_spec::Release;
use tencent_cloud_specdiff::{Change, Diff, Level, Options, Rule, Summary, diff_releases};

fn specs() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../specs")
}

fn releases() -> &'static (Release, Release) {
    static R: OnceLock<(Release, Release)> = OnceLock::new();
    R.get_or_init(|| {
        let old = Release::load(specs().join("3.0.1216.1")).expect("3.0.1216.1 loads");
        let new = Release::load(specs().join("3.0.1217.1")).expect("3.0.1217.1 loads");
        (old, new)
    })
}

fn seed() -> &'static Diff {
    static D: OnceLock<Diff> = OnceLock::new();
    D.get_or_init(|| {
        let (old, new) = releases();
        diff_releases(old, new, &Options::default())
    })
}

fn find<'a>(rule: Rule, location: &str) -> Vec<&'a Change> {
    seed()
        .changes
        .iter()
        .filter(|c| c.rule == rule && c.location == location)
        .collect()
}

#[test]
fn services_bh_and_ig_added() {
    let d = seed();
    assert_eq!(d.services_added, ["bh", "ig"]);
    assert!(d.services_removed.is_empty());
    assert_eq!(d.summary.services_added, 2);
    for s in ["bh", "ig"] {
        assert_eq!(find(Rule::ServiceAdded, s).len(), 1, "{s}");
        // Their actions are itemised for the release notes.
        let (_, new) = releases();
        let n = new.services[s]
            .versions
            .values()
            .map(|v| v.actions.len())
            .sum::<usize>();
        assert!(n > 0);
        let listed = d
            .changes
            .iter()
            .filter(|c| c.service == s && c.rule == Rule::ActionAdded)
            .count();
        assert_eq!(listed, n, "{s}");
    }
}

#[test]
fn cfw_describe_nat_switch_list_removed() {
    // It was deprecated in 3.0.1216.1, so the removal is WARN, not ERR.
    let c = find(Rule::ActionRemoved, "cfw/v20190904/DescribeNatSwitchList()");
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].old.as_deref(), Some("deprecated"));
    assert_eq!(c[0].level, Level::Warn);
    let (old, new) = releases();
    assert!(
        old.api_version("cfw", "v20190904")
            .unwrap()
            .action("DescribeNatSwitchList")
            .is_some()
    );
    assert!(
        new.api_version("cfw", "v20190904")
            .unwrap()
            .action("DescribeNatSwitchList")
            .is_none()
    );
}

#[test]
fn cfw_add_ac_rule_deprecated() {
    let c = find(Rule::ActionDeprecated, "cfw/v20190904/AddAcRule()");
    assert_eq!(c.len(), 1);
    assert_eq!(
        (c[0].old.as_deref(), c[0].new.as_deref()),
        (Some("online"), Some("deprecated"))
    );
}

#[test]
fn iss_check_domain_removed() {
    let c = find(
        Rule::ActionRemovedWithoutDeprecation,
        "iss/v20230517/CheckDomain()",
    );
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].level, Level::Err);
}

#[test]
fn dnspod_and_privatedns_actions_added() {
    for svc in ["dnspod", "privatedns"] {
        let added: Vec<&Change> = seed()
            .changes
            .iter()
            .filter(|c| c.service == svc && c.rule == Rule::ActionAdded)
            .collect();
        assert!(!added.is_empty(), "{svc}: no action-added");
        let (old, new) = releases();
        for c in added {
            let old_api = old.api_version(svc, &c.version).unwrap();
            let new_api = new.api_version(svc, &c.version).unwrap();
            assert!(old_api.action(&c.parent).is_none(), "{}", c.location);
            assert!(new_api.action(&c.parent).is_some(), "{}", c.location);
        }
    }
}

/// The counts are plain set differences: recount them independently from
/// the two models.
#[test]
fn summary_is_plain_set_differences() {
    let (old, new) = releases();
    let keys = |r: &Release| -> HashSet<(String, String, String)> {
        r.api_versions()
            .flat_map(|a| {
                a.actions
                    .keys()
                    .map(|k| (a.service.clone(), a.version.clone(), k.clone()))
            })
            .collect()
    };
    let objs = |r: &Release| -> HashSet<(String, String, String)> {
        r.api_versions()
            .flat_map(|a| {
                a.objects
                    .keys()
                    .map(|k| (a.service.clone(), a.version.clone(), k.clone()))
            })
            .collect()
    };
    let (ka, kb) = (keys(old), keys(new));
    let (oa, ob) = (objs(old), objs(new));
    let s = seed().summary;
    assert_eq!(s.actions_added, kb.difference(&ka).count());
    assert_eq!(s.actions_removed, ka.difference(&kb).count());
    assert_eq!(s.objects_added, ob.difference(&oa).count());
    assert_eq!(s.objects_removed, oa.difference(&ob).count());
    let (mut ma, mut mr, mut mt) = (0, 0, 0);
    for api in new.api_versions() {
        let Some(o_api) = old.api_version(&api.service, &api.version) else {
            continue;
        };
        for (name, no) in &api.objects {
            let Some(oo) = o_api.objects.get(name) else {
                continue;
            };
            ma += no
                .members
                .iter()
                .filter(|m| oo.member(&m.name).is_none())
                .count();
            mr += oo
                .members
                .iter()
                .filter(|m| no.member(&m.name).is_none())
                .count();
            mt += no
                .members
                .iter()
                .filter(|m| oo.member(&m.name).is_some_and(|o| o.ty != m.ty))
                .count();
        }
    }
    assert_eq!(
        (s.members_added, s.members_removed, s.members_type_changed),
        (ma, mr, mt)
    );
    assert_eq!(s.services_added, 2);
    assert_eq!(s.services_removed, 0);
}

fn raw(path: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("read")).expect("json")
}

/// The 3.0.1217.1 respelling of output members (`required` → `output_required`,
/// and "present, may be null" → "may be absent, never null") must cause no
/// ERR or WARN. This test reads the raw files on purpose, to find the
/// respelled members independently of the model.
#[test]
fn required_to_output_required_respelling_causes_no_err_or_warn() {
    let (old, new) = releases();
    let flagged: HashSet<&str> = seed()
        .changes
        .iter()
        .filter(|c| c.level > Level::Info && c.subject == tencent_cloud_specdiff::Subject::Member)
        .map(|c| c.location.as_str())
        .collect();
    let mut respelled = 0;
    for api in new.api_versions() {
        let Some(o_api) = old.api_version(&api.service, &api.version) else {
            continue;
        };
        let (ro, rn) = (raw(&o_api.api_path), raw(&api.api_path));
        let (Some(oo), Some(no)) = (ro["objects"].as_object(), rn["objects"].as_object()) else {
            continue;
        };
        for (name, nobj) in no {
            let Some(oobj) = oo.get(name) else { continue };
            if api.objects[name].direction != Direction::Output {
                continue;
            }
            let (Some(om), Some(nm)) = (oobj["members"].as_array(), nobj["members"].as_array())
            else {
                continue;
            };
            for n in nm {
                let Some(o) = om.iter().find(|o| o["name"] == n["name"]) else {
                    continue;
                };
                let same_type = o["type"] == n["type"] && o["member"] == n["member"];
                let same_disabled = o["disabled"] == n["disabled"];
                let old_only_required =
                    o.get("output_required").is_none() && o.get("required").is_some();
                let new_output_required = n.get("output_required").is_some();
                let t = |v: &Value| v.as_bool() == Some(true);
                // Same meaning: the same flag under the new key, or
                // "present, may be null" → "may be absent, never null".
                let same_meaning = (o["required"] == n["output_required"]
                    && o["value_allowed_null"] == n["value_allowed_null"])
                    || (t(&o["required"])
                        && t(&o["value_allowed_null"])
                        && !t(&n["output_required"])
                        && !t(&n["value_allowed_null"]));
                if same_type
                    && same_disabled
                    && old_only_required
                    && new_output_required
                    && same_meaning
                {
                    respelled += 1;
                    let loc = format!(
                        "{}/{}/{}.{}",
                        api.service,
                        api.version,
                        name,
                        n["name"].as_str().unwrap_or("")
                    );
                    assert!(
                        !flagged.contains(loc.as_str()),
                        "metadata-only change flagged at {loc}"
                    );
                }
            }
        }
    }
    // The respelling is real and large; the test is not vacuous.
    assert!(respelled > 1000, "only {respelled} respelled members found");
}

#[test]
fn self_diff_is_empty() {
    let (old, new) = releases();
    for r in [old, new] {
        let d = diff_releases(r, r, &Options::default());
        assert!(
            d.changes.is_empty(),
            "{:#?}",
            &d.changes[..d.changes.len().min(5)]
        );
        assert_eq!(d.summary, Summary::default());
    }
}

#[test]
fn service_filter() {
    let (old, new) = releases();
    let d = diff_releases(
        old,
        new,
        &Options {
            services: vec!["cfw".into(), "iss".into()],
        },
    );
    assert!(!d.changes.is_empty());
    assert!(
        d.changes
            .iter()
            .all(|c| c.service == "cfw" || c.service == "iss")
    );
    assert_eq!(d.summary.services_added, 0);
}

#[test]
fn err_items_are_few_and_real() {
    // Not a hard-coded count: every ERR member flag change must be a change
    // of the normalised facts in the model.
    let (old, new) = releases();
    for c in seed()
        .changes
        .iter()
        .filter(|c| c.level == Level::Err && c.subject == tencent_cloud_specdiff::Subject::Member)
    {
        let o =
            old.api_version(&c.service, &c.version).unwrap().objects[&c.parent].member(&c.member);
        let n =
            new.api_version(&c.service, &c.version).unwrap().objects[&c.parent].member(&c.member);
        match c.rule {
            Rule::RequestMemberBecameRequired => {
                assert!(!o.unwrap().required_in_request() && n.unwrap().required_in_request())
            }
            Rule::ResponseMemberBecameOptional => {
                let (o, n) = (o.unwrap(), n.unwrap());
                assert!(
                    o.always_in_response() && !o.nullable && !n.always_in_response(),
                    "{}",
                    c.location
                );
            }
            Rule::MemberTypeChanged => assert_ne!(o.unwrap().ty, n.unwrap().ty),
            _ => {}
        }
    }
}

/// Byte-identical services are detected before parsing and never parsed:
/// a release against itself loads nothing, and a release against a copy
/// with one service changed loads only that service, with the same report
/// for it as a full load.
#[test]
fn byte_identical_services_are_not_parsed() {
    use tencent_cloud_specdiff::input::load_pair;
    use tencent_cloud_specdiff::{IgnoreList, Report, diff_pair};
    let r = specs().join("3.0.1217.1");
    let p = load_pair(&r, &r).expect("pair");
    assert!(p.old.services.is_empty() && p.new.services.is_empty());
    assert_eq!(p.same.len(), 257);
    let d = diff_pair(&p, &Options::default());
    assert!(d.changes.is_empty());
    let report = Report::build(d, "a", "b", &IgnoreList::default(), Level::Info);
    assert_eq!(report.semver.len(), 257, "every crate is listed, bump none");
    assert!(report.semver.iter().all(|b| b.bump_label == "none"));

    // A copy of 3.0.1217.1 in which only cvm comes from 3.0.1216.1.
    let tmp = tempfile::tempdir().expect("tmp");
    let copy = tmp.path().join("3.0.1217.1");
    for e in std::fs::read_dir(&r).expect("read").flatten() {
        let from = if e.file_name() == "cvm" {
            specs().join("3.0.1216.1").join("cvm")
        } else {
            e.path()
        };
        std::os::unix::fs::symlink(&from, copy.join(e.file_name()))
            .or_else(|_| {
                std::fs::create_dir_all(&copy)?;
                std::os::unix::fs::symlink(&from, copy.join(e.file_name()))
            })
            .expect("link");
    }
    let p = load_pair(&copy, &r).expect("pair");
    assert_eq!(p.old.services.keys().collect::<Vec<_>>(), ["cvm"]);
    assert_eq!(p.same.len(), 256);
    let fast: Vec<Change> = diff_pair(&p, &Options::default()).changes;
    let full: Vec<Change> = seed()
        .changes
        .iter()
        .filter(|c| c.service == "cvm")
        .cloned()
        .collect();
    assert_eq!(fast, full);
}
