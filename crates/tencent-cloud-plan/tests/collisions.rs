//! Where two members of an object map to one Rust name, the live member gets the
//! plain name and the deprecated (`disabled`) one the suffix, checked over every
//! object of the generated release against the spec itself.

use std::collections::HashMap;
use std::path::Path;

use tencent_cloud_plan::names::snake;
use tencent_cloud_plan::{Bump, crate_bump, plan_crate};
use tencent_cloud_spec::Release;

#[test]
fn collisions_favour_the_live_member() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let release = std::fs::read_to_string(root.join("crates/services/RELEASE"))
        .expect("crates/services/RELEASE");
    let rel = Release::load(root.join("specs").join(release.trim())).expect("the release");
    let (mut live_vs_deprecated, mut touched) = (0, Vec::new());
    for svc in rel.services.values() {
        let plan = plan_crate(svc).expect("plan");
        for v in &plan.versions {
            let api = &svc.versions[v.version];
            for o in &v.objects {
                let spec = &api.objects[o.name];
                let mut by_snake: HashMap<String, Vec<usize>> = HashMap::new();
                for (i, m) in spec.members.iter().enumerate() {
                    by_snake.entry(snake(&m.name)).or_default().push(i);
                }
                for group in by_snake.values().filter(|g| g.len() > 1) {
                    let live: Vec<usize> = group
                        .iter()
                        .copied()
                        .filter(|&i| !spec.members[i].disabled)
                        .collect();
                    if live.len() == group.len() || live.is_empty() {
                        continue; // no live/deprecated pair: first come, first served
                    }
                    live_vs_deprecated += 1;
                    let plain = snake(&spec.members[group[0]].name);
                    let f = &o.fields[live[0]];
                    assert_eq!(f.wire, spec.members[live[0]].name);
                    assert_eq!(
                        f.ident.trim_start_matches("r#"),
                        plain,
                        "{} {} {}.{}: the live member gets the plain name",
                        svc.name,
                        v.version,
                        o.name,
                        f.wire
                    );
                    for &i in group.iter().filter(|i| !live.contains(i)) {
                        assert!(o.fields[i].deprecated && o.fields[i].ident != plain);
                    }
                    touched.push(svc.name.as_str());
                }
            }
        }
    }
    touched.dedup();
    // Issue 22 counted 16 such collisions, in ccc and dnspod.
    assert_eq!(live_vs_deprecated, 16);
    assert_eq!(touched, ["ccc", "dnspod"]);

    let dnspod = plan_crate(&rel.services["dnspod"]).expect("dnspod");
    let req = dnspod
        .version("v20210323")
        .and_then(|v| v.object("ModifyDynamicDNSRequest"))
        .expect("ModifyDynamicDNSRequest");
    let ident = |wire: &str| {
        req.fields
            .iter()
            .find(|f| f.wire == wire)
            .map(|f| f.ident.as_str())
    };
    assert_eq!(ident("TTL"), Some("ttl"));
    assert_eq!(ident("Ttl"), Some("ttl_2"));

    // As the generator named them before (the deprecated member first): renaming a
    // field is major to the semver diff.
    let mut before = dnspod.clone();
    let v = before
        .versions
        .iter_mut()
        .find(|v| v.version == "v20210323")
        .expect("v20210323");
    let i = v
        .objects
        .iter()
        .position(|o| o.name == "ModifyDynamicDNSRequest")
        .expect("object");
    for f in &mut v.objects[i].fields {
        match f.wire {
            "TTL" => f.ident = "ttl_2".into(),
            "Ttl" => f.ident = "ttl".into(),
            _ => {}
        }
    }
    let b = crate_bump(&before, &dnspod);
    assert_eq!(b.bump, Bump::Major);
    assert!(
        b.reasons
            .iter()
            .any(|r| r == "v20210323 ModifyDynamicDNSRequest: field ttl_2 renamed ttl"),
        "{:?}",
        b.reasons
    );
}
