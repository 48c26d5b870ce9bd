//! Each crate's default feature is tccli's default API version
//! (specs/tccli-default-versions.txt, imported from the tccli wheel and checked
//! against it by xtask/tests/tccli_defaults.rs), and changing a crate's default
//! feature is a major change to the semver diff.

use std::path::Path;

use tencent_cloud_plan::{Bump, crate_bump, plan_crate, tccli_default};
use tencent_cloud_spec::Release;

#[test]
fn default_features_are_tcclis_and_changing_one_is_major() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let release = std::fs::read_to_string(root.join("crates/services/RELEASE"))
        .expect("crates/services/RELEASE");
    let rel = Release::load(root.join("specs").join(release.trim())).expect("the release");
    let mut not_newest = Vec::new();
    for svc in rel.services.values() {
        let plan = plan_crate(svc).expect("plan");
        let want = tccli_default(&svc.name)
            .unwrap_or_else(|| panic!("{}: tccli names no default version", svc.name));
        let want = format!("v{}", want.replace('-', ""));
        assert_eq!(plan.default_feature, want, "{}", svc.name);
        // The examples go with the default version's docs, and only there.
        for v in &plan.versions {
            assert_eq!(v.newest, v.version == want, "{} {}", svc.name, v.version);
        }
        let newest = svc.newest().expect("a version").version.as_str();
        if newest != want {
            not_newest.push(svc.name.as_str());
            // The plan as the generator made it before (the newest version as the
            // default) against now: users of the default feature lose its module.
            let mut before = plan.clone();
            before.default_feature = newest;
            let b = crate_bump(&before, &plan);
            assert_eq!(b.bump, Bump::Major, "{}", svc.name);
            assert_eq!(
                b.reasons,
                [format!("default feature {newest} → {want}")],
                "{}",
                svc.name
            );
        }
    }
    // The five services of issue 22, where tccli's default is an older version with
    // far more actions.
    assert_eq!(not_newest, ["antiddos", "es", "monitor", "tke", "vod"]);
}
