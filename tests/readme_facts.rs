//! The README's facts, checked against the code and the specs:
//! - every dependency line of a `tencent-cloud-*` crate names the crate's current version
//!   (as the caret requirement a user writes);
//! - every emulator command serves the release the crates are generated from;
//! - the counts it quotes (services, API versions, generated actions, examples, the
//!   known corpus failures) are those of that release.
//!
//! Each quoted phrase must be found, so rewording one without updating this test fails too.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tencent_cloud_spec::Release;
use tencent_cloud_tests::caret_requirement;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).expect("README.md")
}

fn crates_release() -> String {
    std::fs::read_to_string(root().join("crates/services/RELEASE"))
        .expect("crates/services/RELEASE")
        .trim()
        .to_string()
}

/// The `version = "…"` line of a manifest's `[package]` (or `[workspace.package]`).
fn manifest_version(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()?.lines().find_map(|l| {
        l.strip_prefix("version = \"")
            .and_then(|v| v.strip_suffix('"'))
            .map(str::to_string)
    })
}

/// The current version of a crate of this workspace, by package name.
fn current_version(package: &str) -> Option<String> {
    let workspace = manifest_version(&root().join("Cargo.toml"))?;
    let internal = ["core", "spec", "plan", "specdiff", "emulator"];
    let short = package.strip_prefix("tencent-cloud-")?;
    if internal.contains(&short) {
        return Some(workspace);
    }
    manifest_version(
        &root()
            .join("crates/services")
            .join(short)
            .join("Cargo.toml"),
    )
}

/// (line number, crate, requirement) of every `tencent-cloud-x = "req"` and
/// `tencent-cloud-x = { version = "req", … }` in the text.
fn dependency_lines(text: &str) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim_start_matches(['/', '#', ' ']);
        let Some(rest) = l.strip_prefix("tencent-cloud-") else {
            continue;
        };
        let Some((name, value)) = rest.split_once(" = ") else {
            continue;
        };
        let value = value.trim();
        let req = if let Some(v) = value.strip_prefix('"') {
            v.split('"').next()
        } else if let Some(pos) = value.find("version = \"") {
            value[pos + 11..].split('"').next()
        } else {
            None // a path or git dependency without a version
        };
        if let Some(req) = req {
            out.push((
                i + 1,
                format!("tencent-cloud-{}", name.trim()),
                req.to_string(),
            ));
        }
    }
    out
}

#[test]
fn dependency_lines_name_the_current_versions() {
    let text = readme();
    let deps = dependency_lines(&text);
    assert!(
        deps.iter().any(|(_, c, _)| c == "tencent-cloud-cvm"),
        "the quick start's cvm line is gone: {deps:?}"
    );
    let mut wrong = Vec::new();
    for (line, krate, req) in &deps {
        let Some(version) = current_version(krate) else {
            wrong.push(format!(
                "README.md:{line}: {krate} is not a crate of this workspace"
            ));
            continue;
        };
        let want = caret_requirement(&version);
        if req != &want {
            wrong.push(format!(
                "README.md:{line}: {krate} = \"{req}\", but the crate is {version} (\"{want}\")"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The release-like token (`3.1.189.1`) that starts `s`, if any.
fn release_token(s: &str) -> Option<&str> {
    let end = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(s.len());
    let t = s[..end].trim_end_matches('.');
    (t.split('.').count() == 4 && t.split('.').all(|p| !p.is_empty())).then_some(t)
}

#[test]
fn emulator_commands_serve_the_crates_release() {
    let text = readme();
    let release = crates_release();
    let mut found = 0;
    let mut wrong = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for pat in ["tc-emulator -- --release ", "release_path(\"specs/"] {
            let mut rest = line;
            while let Some(pos) = rest.find(pat) {
                rest = &rest[pos + pat.len()..];
                if let Some(r) = release_token(rest) {
                    found += 1;
                    if r != release {
                        wrong.push(format!(
                            "README.md:{}: serves {r}, the crates are {release}",
                            i + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        found >= 2,
        "the emulator command and builder example are gone ({found} found)"
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The numbers written right before `phrase` (`16,178 actions`), in the README with its
/// line breaks read as spaces.
fn numbers_before(text: &str, phrase: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = text[from..].find(phrase) {
        let at = from + pos;
        let head = text[..at].trim_end();
        let start = head
            .rfind(|c: char| !(c.is_ascii_digit() || c == ','))
            .map_or(0, |p| p + 1);
        if let Ok(n) = head[start..].replace(',', "").parse() {
            out.push(n);
        }
        from = at + phrase.len();
    }
    out
}

/// The numbers written right after `phrase` (`for 16,178 actions`).
fn numbers_after(text: &str, phrase: &str) -> Vec<usize> {
    text.match_indices(phrase)
        .filter_map(|(at, _)| {
            let tail = text[at + phrase.len()..].trim_start();
            let end = tail
                .find(|c: char| !(c.is_ascii_digit() || c == ','))
                .unwrap_or(tail.len());
            tail[..end].replace(',', "").parse().ok()
        })
        .collect()
}

#[test]
fn quoted_counts_are_those_of_the_crates_release() {
    let text = readme().split_whitespace().collect::<Vec<_>>().join(" ");
    let name = crates_release();
    let intl_name = std::fs::read_to_string(root().join("crates/services/RELEASE-INTL"))
        .expect("crates/services/RELEASE-INTL")
        .trim()
        .to_string();
    let china = Release::load(root().join("specs").join(&name)).expect("release loads");
    let intl =
        Release::load(root().join("specs/intl").join(&intl_name)).expect("intl release loads");
    let stats = china.stats();
    let intl_stats = intl.stats();
    // Each channel's examples, by action: the corpus checks both.
    let mut channel_examples: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for r in [&china, &intl] {
        for api in r.api_versions() {
            for (a, list) in &api.examples {
                *channel_examples
                    .entry((api.service.clone(), api.version.clone(), a.clone()))
                    .or_default() += list.len();
            }
        }
    }
    // The crates are generated from both channels merged.
    let (release, _) = tencent_cloud_spec::merge_channels(china, intl);
    let merged_versions = release.stats().api_versions;

    // What is generated: the plan's callable actions and their examples.
    let (mut actions, mut examples) = (0usize, 0usize);
    for svc in release.services.values() {
        let plan = tencent_cloud_plan::plan_crate(svc).expect("plan");
        for v in &plan.versions {
            for a in &v.actions {
                actions += 1;
                let key = (svc.name.clone(), v.version.to_string(), a.name.to_string());
                examples += channel_examples.get(&key).copied().unwrap_or(0);
            }
        }
    }
    let crates = std::fs::read_dir(root().join("crates/services"))
        .expect("crates/services")
        .flatten()
        .filter(|e| e.path().is_dir())
        .count();
    // Distinct examples (one example can fail for several reasons, or in several events).
    let known = std::fs::read_to_string(root().join("tests/corpus/known-failures.txt"))
        .expect("known-failures.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split(' ').nth(1))
        .map(|at| at.trim_end_matches(':').to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .len();

    let facts: BTreeMap<String, usize> = [
        (
            format!(
                "services, {} API versions in tccli {name}",
                stats.api_versions
            ),
            stats.services,
        ),
        (format!("API versions in tccli {name}"), stats.api_versions),
        (
            format!(
                "services, {} API versions in tccli-intl-en {intl_name}",
                intl_stats.api_versions
            ),
            intl_stats.services,
        ),
        (
            format!("API versions in tccli-intl-en {intl_name}"),
            intl_stats.api_versions,
        ),
        (
            format!(
                "generated crates, {merged_versions} API versions of {name} and intl {intl_name}"
            ),
            crates,
        ),
        (
            format!("API versions of {name} and intl {intl_name}"),
            merged_versions,
        ),
        ("@of generated Rust for".to_string(), actions),
        ("examples of generated actions".to_string(), examples),
        (
            "examples that contradict their own schema".to_string(),
            known,
        ),
    ]
    .into_iter()
    .collect();
    let mut wrong = Vec::new();
    for (phrase, want) in &facts {
        // `@phrase`: the number comes after the phrase.
        let got = match phrase.strip_prefix('@') {
            Some(p) => numbers_after(&text, p),
            None => numbers_before(&text, phrase),
        };
        if got.is_empty() {
            wrong.push(format!(
                "README: no number before {phrase:?} (expected {want})"
            ));
        }
        for n in got {
            if n != *want {
                wrong.push(format!("README: {n} {phrase}: the code says {want}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_checks_find_what_they_look_for() {
    let deps = dependency_lines(
        "tencent-cloud-cvm = \"0.1\"   # x\n// tencent-cloud-cvm = { version = \"0.3\", features = [\"serde\"] }\ntencent-cloud-core = { path = \"../x\" }\n",
    );
    assert_eq!(
        deps,
        vec![
            (1, "tencent-cloud-cvm".into(), "0.1".into()),
            (2, "tencent-cloud-cvm".into(), "0.3".into())
        ]
    );
    assert_eq!(
        numbers_before("run 18,237 examples of", "examples of"),
        vec![18237]
    );
    assert_eq!(
        numbers_after("Rust for 16,178 actions", "Rust for"),
        vec![16178]
    );
    assert_eq!(release_token("3.1.189.1 \\"), Some("3.1.189.1"));
    assert_eq!(release_token("wheel/tccli"), None);
}
