//! Golden test of the renderer: the plan of the hand-written spec in
//! crates/tencent-cloud-plan/tests/golden/specs, merged with its international
//! site's version in crates/tencent-cloud-plan/tests/golden/intl (English texts,
//! one action fewer, one action and one member more, one member typed
//! differently), laid out as a crate, is compared file by file with
//! crates/tencent-cloud-plan/tests/golden/demo.*.
//! The tests package compiles the golden module against the core and runs
//! it against the emulator (tests/golden_crate.rs).
//! `UPDATE_GOLDEN=1 cargo test -p xtask golden` rewrites the golden files;
//! review their diff.

use std::path::PathBuf;

use super::generate_crate;
use crate::codegen::krate::Ctx;

fn golden_dir() -> PathBuf {
    crate::workspace_root().join("crates/tencent-cloud-plan/tests/golden")
}

#[test]
fn emitted_crate_matches_golden() {
    let china = tencent_cloud_spec::Release::load(golden_dir().join("specs")).unwrap();
    let intl = tencent_cloud_spec::Release::load(golden_dir().join("intl")).unwrap();
    let (release, report) = tencent_cloud_spec::merge_channels(china, intl);
    // The member typed differently keeps China's type, and is listed.
    assert_eq!(report.disagreements.len(), 1, "{report:?}");
    assert_eq!(report.disagreements[0].member, "Limit");
    let svc = release.service("demo").unwrap();
    let plan = tencent_cloud_plan::plan_crate(svc).unwrap();
    let ctx = Ctx {
        version: "0.1.0".into(),
        core_version: "0.2.0".into(),
    };
    let out = generate_crate(&plan, &ctx);
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let names: Vec<&String> = out.files.keys().collect();
    assert_eq!(
        names,
        [
            "Cargo.toml",
            "README.md",
            "src/errors.rs",
            "src/lib.rs",
            "src/v20200101.rs"
        ]
    );
    assert_eq!(
        out.links.get("LICENSE").map(String::as_str),
        Some(super::LICENSE_LINK)
    );
    for (rel, content) in &out.files {
        let golden = golden_dir().join(format!("demo.{}", rel.trim_start_matches("src/")));
        if update {
            std::fs::write(&golden, content).unwrap();
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if *content != want {
            let first = content
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(content.lines().count().min(want.lines().count()));
            panic!(
                "{rel} differs from {} from line {} on (UPDATE_GOLDEN=1 rewrites it):\n  got:  {:?}\n  want: {:?}",
                golden.display(),
                first + 1,
                content.lines().nth(first),
                want.lines().nth(first)
            );
        }
    }
}

/// The semver diff's premise: two plans are equal exactly when the code
/// generated from them is. Checked on every service of the seed pair.
#[test]
fn plans_are_equal_exactly_when_the_generated_code_is() {
    let specs = crate::workspace_root().join("specs");
    let old = tencent_cloud_spec::Release::load(specs.join("3.0.1216.1")).unwrap();
    let new = tencent_cloud_spec::Release::load(specs.join("3.0.1217.1")).unwrap();
    let ctx = Ctx {
        version: "0.1.0".into(),
        core_version: "0.2.0".into(),
    };
    let (mut equal, mut different) = (0, 0);
    for (name, n) in &new.services {
        let Some(o) = old.service(name) else { continue };
        let (po, pn) = (
            tencent_cloud_plan::plan_crate(o).unwrap(),
            tencent_cloud_plan::plan_crate(n).unwrap(),
        );
        let same_code = generate_crate(&po, &ctx).files == generate_crate(&pn, &ctx).files;
        assert_eq!(po == pn, same_code, "{name}: plans and code disagree");
        if same_code {
            equal += 1;
        } else {
            different += 1;
        }
    }
    // Both cases occur, so the assertion above is exercised both ways.
    assert!(
        equal > 100 && different > 50,
        "{equal} equal, {different} different"
    );
}
