//! Tests of `cargo xtask release-notes`: the CHANGELOG state machine, the
//! bookkeeping of crate versions (applied once, corrected forward, never
//! back), the kept block, and the shipped CHANGELOG against the crates and
//! the semver policy.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tencent_cloud_specdiff::Bump;
use tencent_cloud_specdiff::render::summary::{KEEP_END, KEEP_START};
use tencent_cloud_specdiff::semver_bump::{
    Version, apply_bump, manifest_version, set_manifest_version,
};

use super::bookkeeping::ledger;
use super::*;

#[test]
fn changelog_create_prepend_replace_in_place() {
    let (t, o) = update_changelog(None, "1", "2", "## a(a) 版本：2020-01-01\n\nx\n").unwrap();
    assert_eq!(o, ChangelogOutcome::Created);
    assert!(t.starts_with("# Changelog\n"));
    assert!(t.contains("# Release 2 (from 1)\n\n## a(a)"));
    // A newer pair goes on top, under the title.
    let (t2, o) = update_changelog(Some(&t), "2", "3", "## b\n").unwrap();
    assert_eq!(o, ChangelogOutcome::Prepended);
    let (p3, p2) = (t2.find("Release 3").unwrap(), t2.find("Release 2").unwrap());
    assert!(t2.find("# Changelog").unwrap() < p3 && p3 < p2, "{t2}");
    // Re-running an older pair replaces its section in place: it does
    // not move above newer ones, nor duplicate.
    let (t3, o) = update_changelog(Some(&t2), "1", "2", "## a(a) 版本：2020-01-01\n\ny\n").unwrap();
    assert_eq!(o, ChangelogOutcome::Replaced);
    assert_eq!(t3.matches("# Release 2 (from 1)").count(), 1, "{t3}");
    assert!(t3.contains("\ny\n") && !t3.contains("\nx\n"), "{t3}");
    assert!(
        t3.find("Release 3").unwrap() < t3.find("Release 2").unwrap(),
        "{t3}"
    );
    assert_eq!(
        sections(&t3),
        [("2".into(), "3".into()), ("1".into(), "2".into())]
    );
    // Idempotent.
    let again = update_changelog(Some(&t3), "1", "2", "## a(a) 版本：2020-01-01\n\ny\n")
        .unwrap()
        .0;
    assert_eq!(again, t3);
    // A hand-written file without our title keeps its head.
    let (t5, _) = update_changelog(Some("# My log\n\nold stuff\n"), "1", "2", "n\n").unwrap();
    assert!(
        t5.starts_with("# My log\n\nold stuff\n\n<!-- release-notes 1 -> 2 -->"),
        "{t5}"
    );
}

#[test]
fn reversed_older_and_overlapping_pairs_are_refused() {
    let (t, _) = update_changelog(None, "3.0.1217.1", "3.0.1218.1", "a\n").unwrap();
    let (t, _) = update_changelog(Some(&t), "3.0.1218.1", "3.0.1221.1", "b\n").unwrap();
    for (old, new, why) in [
        ("3.0.1221.1", "3.0.1220.1", "reversed"),
        ("3.0.1221.1", "3.0.1221.1", "reversed"),
        ("3.0.1216.1", "3.0.1217.1", "newest first"),
        ("3.0.1219.1", "3.0.1220.1", "newest first"),
        ("3.0.1217.1", "3.0.1222.1", "overlaps"),
        ("3.0.1220.1", "3.0.1222.1", "overlaps"),
    ] {
        let e = update_changelog(Some(&t), old, new, "x\n").unwrap_err();
        assert_eq!(e.code, 2, "{old} → {new}");
        assert!(e.message.contains(why), "{old} → {new}: {}", e.message);
    }
    assert!(update_changelog(None, "2", "1", "x\n").is_err());
    // Extending the chain, and a gap, are fine; version order is by number.
    assert_eq!(
        update_changelog(Some(&t), "3.0.1221.1", "3.1.5.1", "c\n")
            .unwrap()
            .1,
        ChangelogOutcome::Prepended
    );
    assert_eq!(
        update_changelog(Some(&t), "3.0.1300.1", "3.1.5.1", "c\n")
            .unwrap()
            .1,
        ChangelogOutcome::Prepended
    );
}

#[test]
fn dates_are_civil() {
    assert_eq!(civil_date(0), "1970-01-01");
    assert_eq!(civil_date(20_424), "2025-12-02");
    assert_eq!(civil_date(11_016), "2000-02-29");
    assert_eq!(today().len(), 10);
}

/// A scratch workspace root with manifests (and READMEs) for `crates` at
/// `version`.
fn scratch(crates: &[(&str, &str)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (svc, v) in crates {
        let d = tmp.path().join("crates/services").join(svc);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(
            d.join("Cargo.toml"),
            format!("[package]\nname = \"tencent-cloud-{svc}\"\nversion = \"{v}\"\n\n[dependencies]\nx = {{ version = \"1\" }}\n"),
        )
        .unwrap();
        std::fs::write(
            d.join("README.md"),
            format!("```toml\ntencent-cloud-{svc} = \"0.3\"\ntencent-cloud-core = \"0.3\"\n```\n"),
        )
        .unwrap();
    }
    tmp
}

fn read(root: &Path, rel: &str) -> String {
    std::fs::read_to_string(root.join(rel)).unwrap()
}

fn version_of(root: &Path, svc: &str) -> String {
    manifest_version(&read(root, &format!("crates/services/{svc}/Cargo.toml")))
        .unwrap()
        .to_string()
}

// In 3.0.1216.1 → 3.0.1217.1: cvm gains actions (minor), cfw loses an
// action (major), apm gains members (minor), asr only docs (patch).
#[test]
fn new_sections_bump_from_the_manifests_and_rerunning_bumps_once() {
    let tmp = scratch(&[("cvm", "0.3.1"), ("cfw", "0.3.1"), ("asr", "0.3.1")]);
    let root = tmp.path();
    run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::Zh).unwrap();
    let notes = read(root, "CHANGELOG.md");
    let ver = |s| version_of(root, s);
    assert_eq!(
        (ver("cvm"), ver("cfw"), ver("asr")),
        ("0.3.2".into(), "0.4.0".into(), "0.3.2".into())
    );
    // The README's dependency line follows a major bump; other lines stay.
    let readme = read(root, "crates/services/cfw/README.md");
    assert!(readme.contains("tencent-cloud-cfw = \"0.4\""), "{readme}");
    assert!(readme.contains("tencent-cloud-core = \"0.3\""), "{readme}");
    assert!(read(root, "crates/services/cvm/README.md").contains("tencent-cloud-cvm = \"0.3\""));
    // The versions block names them; crates with no manifest have no versions.
    assert!(
        notes.contains("`tencent-cloud-cfw` 0.3.1 → 0.4.0"),
        "{notes}"
    );
    assert!(
        notes.contains("`tencent-cloud-cvm` 0.3.1 → 0.3.2"),
        "{notes}"
    );
    assert!(notes.contains(&format!("日期：{}", today())), "{notes}");
    let led = ledger(&notes).unwrap();
    assert!(led[0].explicit);
    assert_eq!(led[0].crates["tencent-cloud-apm"].old, None);
    // Again: the notes are the same and nothing is bumped twice.
    run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::Zh).unwrap();
    assert_eq!(read(root, "CHANGELOG.md"), notes);
    assert_eq!(
        (ver("cvm"), ver("cfw"), ver("asr")),
        ("0.3.2".into(), "0.4.0".into(), "0.3.2".into())
    );
    // A manifest we cannot read a version from is bad input naming it.
    let tmp = scratch(&[("cvm", "not-a-version")]);
    let e = run_in(tmp.path(), "3.0.1216.1", "3.0.1217.1", Lang::Zh).unwrap_err();
    assert_eq!(e.code, 2);
    assert!(
        e.message.contains("crates/services/cvm/Cargo.toml"),
        "{}",
        e.message
    );
}

/// Replaces `from` by `to` once in the CHANGELOG of `root`.
fn edit_changelog(root: &Path, from: &str, to: &str) {
    let t = read(root, "CHANGELOG.md");
    assert!(t.contains(from), "{from} not in the CHANGELOG");
    std::fs::write(root.join("CHANGELOG.md"), t.replacen(from, to, 1)).unwrap();
}

fn set_version(root: &Path, svc: &str, v: &str) {
    let p = root.join("crates/services").join(svc).join("Cargo.toml");
    let t = std::fs::read_to_string(&p).unwrap();
    let (t, _, _) = set_manifest_version(&t, &Version::parse(v).unwrap()).unwrap();
    std::fs::write(p, t).unwrap();
}

#[test]
fn a_refresh_moves_under_bumped_crates_forward_and_keeps_over_bumped_ones() {
    let tmp = scratch(&[("cfw", "0.3.1"), ("asr", "0.3.1")]);
    let root = tmp.path();
    run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::En).unwrap();
    // As if an earlier policy had bumped cfw only minor and asr major.
    edit_changelog(
        root,
        "`tencent-cloud-cfw` 0.3.1 → 0.4.0",
        "`tencent-cloud-cfw` 0.3.1 → 0.3.2",
    );
    set_version(root, "cfw", "0.3.2");
    edit_changelog(
        root,
        "`tencent-cloud-asr` 0.3.1 → 0.3.2",
        "`tencent-cloud-asr` 0.3.1 → 0.4.0",
    );
    set_version(root, "asr", "0.4.0");
    run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::En).unwrap();
    let notes = read(root, "CHANGELOG.md");
    // Under-bumped: moved forward, with the reason in the section.
    assert_eq!(version_of(root, "cfw"), "0.4.0");
    assert!(
        notes.contains("`tencent-cloud-cfw` 0.3.1 → 0.4.0"),
        "{notes}"
    );
    assert!(
        notes.contains("> `tencent-cloud-cfw`: first written as 0.3.2; the README's semver policy asks for major"),
        "{notes}"
    );
    // Over-bumped: kept (versions never go back), with a note.
    assert_eq!(version_of(root, "asr"), "0.4.0");
    assert!(
        notes.contains("`tencent-cloud-asr` 0.3.1 → 0.4.0"),
        "{notes}"
    );
    assert!(
        notes.contains("> `tencent-cloud-asr`: 0.4.0 was written when this section was first made; the current policy asks only for patch"),
        "{notes}"
    );
    // A third run changes nothing: the notes are part of the section.
    run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::En).unwrap();
    assert_eq!(read(root, "CHANGELOG.md"), notes);
    // A manifest edited by hand is not silently overwritten by a correction.
    edit_changelog(
        root,
        "`tencent-cloud-cfw` 0.3.1 → 0.4.0",
        "`tencent-cloud-cfw` 0.3.1 → 0.3.2",
    );
    set_version(root, "cfw", "0.3.7");
    let e = run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::En).unwrap_err();
    assert_eq!(e.code, 1);
    assert!(
        e.message.contains("0.3.7") && e.message.contains("by hand"),
        "{}",
        e.message
    );
}

#[test]
fn the_kept_block_and_the_date_survive_a_rerun() {
    let tmp = scratch(&[]);
    let root = tmp.path();
    run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::Zh).unwrap();
    let empty = format!("{KEEP_START}\n{KEEP_END}");
    let hand = format!(
        "{KEEP_START}\n注意：cvm 的 Placement 变更请看 #12。\n\n* major (1): `tencent-cloud-x` 1.0.0 → 2.0.0\n{KEEP_END}"
    );
    edit_changelog(root, &empty, &hand);
    let date = format!("日期：{}", today());
    edit_changelog(root, &date, "日期：2026-11-29");
    run_in(root, "3.0.1216.1", "3.0.1217.1", Lang::Zh).unwrap();
    let notes = read(root, "CHANGELOG.md");
    assert!(notes.contains(&hand), "{notes}");
    assert!(notes.contains("日期：2026-11-29 · "), "{notes}");
    // The block's lines are not read as versions.
    assert!(
        !ledger(&notes).unwrap()[0]
            .crates
            .contains_key("tencent-cloud-x")
    );
}

/// The committed tree, as the tests see it.
fn workspace() -> PathBuf {
    crate::workspace_root()
}

/// The manifests' versions: crate name → version.
fn manifests(root: &Path) -> BTreeMap<String, Version> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(root.join("crates/services"))
        .expect("crates/services")
        .flatten()
    {
        let Ok(t) = std::fs::read_to_string(e.path().join("Cargo.toml")) else {
            continue;
        };
        let name = t
            .lines()
            .find_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"'))
            .expect("a name")
            .to_string();
        out.insert(name, manifest_version(&t).expect("a version"));
    }
    out
}

/// Replays the sections' versions blocks, oldest first, against each other
/// and the manifests: every problem found, as a sentence.
fn replay(text: &str, manifests: &BTreeMap<String, Version>) -> Vec<String> {
    let mut problems = Vec::new();
    let led = match ledger(text) {
        Ok(l) => l,
        Err(e) => return vec![e.message],
    };
    let mut running: BTreeMap<String, Version> = BTreeMap::new();
    for l in &led {
        let at = format!("{} → {}", l.old, l.new);
        if !l.explicit {
            problems.push(format!("{at}: no versions block"));
        }
        for (krate, c) in &l.crates {
            let parse = |v: &Option<String>| v.as_deref().and_then(|v| Version::parse(v).ok());
            let (old, new) = (parse(&c.old), parse(&c.new));
            let level = match c.bump.as_str() {
                "major" => Bump::Major,
                "minor" => Bump::Minor,
                "patch" => Bump::Patch,
                "none" => Bump::None,
                "new" => {
                    if new != Some(Version::new(0, 1, 0)) {
                        problems.push(format!("{at}: {krate} is new but not 0.1.0"));
                    }
                    if let Some(n) = new {
                        running.insert(krate.clone(), n);
                    }
                    continue;
                }
                _ => continue, // removed: the crate leaves the workspace
            };
            let (Some(old), Some(new)) = (old, new) else {
                continue; // not generated when the section was written
            };
            let before = running
                .get(krate)
                .cloned()
                .unwrap_or_else(|| Version::new(0, 1, 0));
            if old != before {
                problems.push(format!(
                    "{at}: {krate} starts at {old}, but the sections before leave it at {before}"
                ));
            }
            let want = apply_bump(&old, level);
            if new != want && !(new > want && c.note.is_some()) {
                problems.push(format!(
                    "{at}: {krate} {old} → {new}, but {} makes {want}{}",
                    c.bump,
                    if new > want {
                        " (a higher version needs a note saying why)"
                    } else {
                        ""
                    }
                ));
            }
            running.insert(krate.clone(), new);
        }
    }
    for (krate, v) in manifests {
        let want = running
            .get(krate)
            .cloned()
            .unwrap_or_else(|| Version::new(0, 1, 0));
        if *v != want {
            problems.push(format!(
                "{krate}: Cargo.toml says {v}, CHANGELOG.md says {want} (versions are written by `cargo xtask release-notes`, not by hand)"
            ));
        }
    }
    problems
}

/// Every section's bumps against the semver policy as the code has it
/// now, where both releases are in `specs/` (sync keeps 3.0.1216.1,
/// 3.0.1217.1 and the newest). Returns the pairs it checked.
fn policy(root: &Path, text: &str, problems: &mut Vec<String>) -> Vec<(String, String)> {
    let mut checked = Vec::new();
    for l in ledger(text).unwrap() {
        let (o, n) = (
            root.join("specs").join(&l.old),
            root.join("specs").join(&l.new),
        );
        if !o.is_dir() || !n.is_dir() {
            continue;
        }
        let r = report(&o, &n).unwrap();
        for b in &r.semver {
            let said = l.crates.get(&b.krate).map_or("none", |c| c.bump.as_str());
            if said != b.bump_label {
                problems.push(format!(
                    "{} → {}: {} is {said} in CHANGELOG.md, the policy says {} ({})",
                    l.old,
                    l.new,
                    b.krate,
                    b.bump_label,
                    b.rules.join(", ")
                ));
            }
        }
        checked.push((l.old.clone(), l.new.clone()));
    }
    checked
}

#[test]
fn shipped_changelog_crate_versions_and_policy_agree() {
    let root = workspace();
    let text = std::fs::read_to_string(root.join("CHANGELOG.md")).expect("CHANGELOG.md");
    let m = manifests(&root);
    assert!(m.len() > 200, "{} crates", m.len());
    let mut problems = replay(&text, &m);
    let checked = policy(&root, &text, &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The README's main command and the newest section are checked against
    // the policy (their specs are always kept).
    let newest = sections(&text).into_iter().next().expect("a section");
    assert!(checked.contains(&newest), "{checked:?}");
    assert!(
        checked.contains(&("3.0.1216.1".to_string(), "3.0.1217.1".to_string())),
        "{checked:?}"
    );
}

#[test]
fn the_replay_fails_on_a_version_edited_by_hand() {
    let root = workspace();
    let text = std::fs::read_to_string(root.join("CHANGELOG.md")).expect("CHANGELOG.md");
    let mut m = manifests(&root);
    let cvm = m.get_mut("tencent-cloud-cvm").expect("cvm");
    *cvm = apply_bump(cvm, Bump::Patch);
    let p = replay(&text, &m);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("tencent-cloud-cvm: Cargo.toml says"),
        "{p:?}"
    );
    // So does a section whose versions do not follow its bump.
    let led = ledger(&text).unwrap();
    let (krate, c) = led
        .last()
        .unwrap()
        .crates
        .iter()
        .find(|(_, c)| c.bump == "minor" && c.note.is_none())
        .expect("a minor crate");
    let line = format!(
        "`{krate}` {} → {}",
        c.old.as_deref().unwrap(),
        c.new.as_deref().unwrap()
    );
    let edited = text.replacen(
        &line,
        &format!("`{krate}` {} → 9.9.9", c.old.as_deref().unwrap()),
        1,
    );
    assert!(edited != text);
    let p = replay(&edited, &manifests(&root));
    assert!(p.iter().any(|p| p.contains(&format!("{krate} "))), "{p:?}");
}

/// Copies what the main command reads and writes: CHANGELOG.md and each
/// service crate's manifest and README.
fn copy_tree(root: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("CHANGELOG.md"), tmp.path().join("CHANGELOG.md")).unwrap();
    for e in std::fs::read_dir(root.join("crates/services"))
        .unwrap()
        .flatten()
    {
        let to = tmp.path().join("crates/services").join(e.file_name());
        for f in ["Cargo.toml", "README.md"] {
            if e.path().join(f).is_file() {
                std::fs::create_dir_all(&to).unwrap();
                std::fs::copy(e.path().join(f), to.join(f)).unwrap();
            }
        }
    }
    tmp
}

fn same_files(a: &Path, b: &Path) -> Vec<String> {
    let mut differ = Vec::new();
    let mut check = |rel: PathBuf| {
        if std::fs::read(a.join(&rel)).ok() != std::fs::read(b.join(&rel)).ok() {
            differ.push(rel.display().to_string());
        }
    };
    check("CHANGELOG.md".into());
    for e in std::fs::read_dir(b.join("crates/services"))
        .unwrap()
        .flatten()
    {
        for f in ["Cargo.toml", "README.md"] {
            check(Path::new("crates/services").join(e.file_name()).join(f));
        }
    }
    differ
}

/// README "The two commands": on a clean clone the main command rewrites
/// nothing. Run on a copy of what it touches, every section of the shipped
/// CHANGELOG comes out byte for byte, and no manifest moves.
#[test]
fn the_main_command_leaves_a_clean_tree_clean() {
    let root = workspace();
    let tmp = copy_tree(&root);
    let text = std::fs::read_to_string(root.join("CHANGELOG.md")).unwrap();
    let mut ran = 0;
    for (old, new) in sections(&text) {
        if !root.join("specs").join(&old).is_dir() || !root.join("specs").join(&new).is_dir() {
            continue;
        }
        run_in(tmp.path(), &old, &new, Lang::Zh).unwrap();
        let differ = same_files(tmp.path(), &root);
        assert!(
            differ.is_empty(),
            "`cargo xtask release-notes {old} {new}` changed {differ:?}"
        );
        ran += 1;
    }
    assert!(ran >= 2, "{ran} sections re-run");
}

/// Both channels: the merged plans decide the bump (the international site's action and
/// member are additions to the crate), the China channel's own diff is listed as China's,
/// and the international channel's as its own. The golden demo spec, and its international
/// version, newly followed.
#[test]
fn both_channels_merged_for_the_bump_and_each_labelled() {
    let golden = workspace().join("crates/tencent-cloud-plan/tests/golden");
    let (china, intl) = (golden.join("specs"), golden.join("intl"));
    let r = report_channels(
        Channels {
            china: &china,
            intl: None,
        },
        Channels {
            china: &china,
            intl: Some(&intl),
        },
    )
    .unwrap();
    let demo = r
        .merged
        .semver
        .iter()
        .find(|b| b.krate == "tencent-cloud-demo")
        .expect("the demo crate's bump");
    assert_eq!(demo.bump_label, "minor", "{:?}", r.merged.changes);
    assert!(
        r.merged.changes.iter().any(|c| c.parent == "DescribeSites"),
        "{:?}",
        r.merged.changes
    );
    assert!(
        r.merged
            .changes
            .iter()
            .any(|c| c.parent == "DescribeThingsRequest" && c.member == "Site"),
        "{:?}",
        r.merged.changes
    );
    // China's channel did not change.
    assert!(r.china.expect("China's own report").changes.is_empty());
    let (old, new, ir) = r.intl.expect("the intl channel's report");
    assert_eq!((old.as_str(), new.as_str()), ("", "intl"));
    let notes = intl_notes(&old, &new, &ir, Lang::Zh);
    assert!(
        notes.starts_with("### International site (tccli-intl-en intl)"),
        "{notes}"
    );
    // Without intl releases it is the China report, unlabelled.
    let only = report_channels(
        Channels {
            china: &china,
            intl: None,
        },
        Channels {
            china: &china,
            intl: None,
        },
    )
    .unwrap();
    assert!(only.china.is_none() && only.intl.is_none());
}
