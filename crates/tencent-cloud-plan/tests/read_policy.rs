//! The read/write decision of every generated action and the rule behind it: regen
//! lists them in crates/services/READ-POLICY.txt (checked by `regen --check`). This
//! test computes the listing for the generated release and checks what it must say.

use std::path::Path;

use tencent_cloud_plan::{READ_PREFIXES, plan_crate, read_policy_listing};
use tencent_cloud_spec::Release;

#[test]
fn every_generated_action_is_listed_with_its_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let release = std::fs::read_to_string(root.join("crates/services/RELEASE"))
        .expect("crates/services/RELEASE");
    let release = release.trim();
    let rel = Release::load(root.join("specs").join(release)).expect("the generated release");
    // The crates come from China's release merged with the international one.
    let intl = std::fs::read_to_string(root.join("crates/services/RELEASE-INTL"))
        .expect("crates/services/RELEASE-INTL");
    let intl = Release::load(root.join("specs/intl").join(intl.trim())).expect("the intl release");
    let (rel, _) = tencent_cloud_spec::merge_channels(rel, intl);
    let plans: Vec<_> = rel
        .services
        .values()
        .map(|s| plan_crate(s).expect("plan"))
        .collect();
    let listing = read_policy_listing(plans.iter().flat_map(|p| &p.versions));

    let actions: usize = plans
        .iter()
        .flat_map(|p| &p.versions)
        .map(|v| v.actions.len())
        .sum();
    let lines: Vec<&str> = listing.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(lines.len(), actions, "one line per generated action");
    assert!(
        lines.iter().all(|l| l.ends_with(')')),
        "each names its rule"
    );
    // Every prefix decides some action; a prefix that decides none is dead weight.
    for p in READ_PREFIXES {
        assert!(
            listing.contains(&format!("  read (prefix {p})\n")),
            "prefix {p} decides no action in {release}"
        );
    }
    for (line, want) in [
        (
            "cvm/v20170312/DescribeInstances: ",
            "read (prefix Describe)",
        ),
        ("cvm/v20170312/RunInstances: ", "write (no read prefix)"),
        ("vpc/v20170312/CheckAssistantCidr: ", "read (prefix Check)"),
    ] {
        let got = lines
            .iter()
            .find_map(|l| l.strip_prefix(line))
            .unwrap_or_else(|| panic!("{line} is listed"));
        assert_eq!(got, want, "{line}");
    }
    // BatchDescribe is its own rule (it is not a Describe prefix match).
    assert!(
        lines
            .iter()
            .filter(|l| l.contains("/BatchDescribe"))
            .all(|l| l.ends_with("read (prefix BatchDescribe)"))
    );
    // The committed listing is this one (regen writes it).
    let committed = std::fs::read_to_string(root.join("crates/services/READ-POLICY.txt"))
        .expect("crates/services/READ-POLICY.txt (run cargo xtask regen)");
    assert!(
        committed == listing,
        "READ-POLICY.txt is stale: run cargo xtask regen"
    );
}
