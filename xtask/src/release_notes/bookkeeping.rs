//! The bookkeeping of `cargo xtask release-notes`: the crates' versions as
//! CHANGELOG.md's sections record them (the ledger), the versions block of
//! a section and the manifests to write, and writing them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tencent_cloud_specdiff::Lang;
use tencent_cloud_specdiff::render::summary::{self, CrateVersion};
use tencent_cloud_specdiff::semver_bump::{
    NEW_CRATE_VERSION, Version, apply_bump, manifest_version, set_manifest_version,
};
use tencent_cloud_specdiff::{Bump, Report};

use super::{ChangelogOutcome, section_text, sections, step, write_atomic};
use crate::Failure;

/// One section's crates, as its versions block says (or, for a section
/// written before the block existed, as its `Rust crate` lines replay).
#[derive(Debug, Clone)]
pub struct Ledger {
    pub old: String,
    pub new: String,
    pub crates: BTreeMap<String, CrateVersion>,
    /// The versions block was there (not replayed from bump lines).
    pub explicit: bool,
}

/// Every section's crates, oldest first. Each crate starts at 0.1.0; a
/// section with a versions block says its versions, an older one has its
/// `Rust crate \`x\`: bump` lines applied in order.
pub fn ledger(text: &str) -> Result<Vec<Ledger>, Failure> {
    let mut secs = sections(text);
    secs.reverse();
    let mut running: BTreeMap<String, Version> = BTreeMap::new();
    let mut out = Vec::new();
    for (old, new) in secs {
        let body = section_text(text, &old, &new).unwrap_or_default();
        let parsed = summary::parse(body)
            .map_err(|e| Failure::input(format!("CHANGELOG.md, section {old} → {new}: {e}")))?;
        let mut crates = BTreeMap::new();
        if parsed.has_versions {
            for (krate, v) in parsed.crates {
                if let Some(n) = v.new.as_deref().and_then(|n| Version::parse(n).ok()) {
                    running.insert(krate.clone(), n);
                }
                crates.insert(krate, v);
            }
        } else {
            for line in body.lines() {
                let Some((krate, bump)) = line
                    .strip_prefix("Rust crate `")
                    .and_then(|r| r.split_once("`: "))
                else {
                    continue;
                };
                if crates.contains_key(krate) {
                    continue; // one line per API version of the crate
                }
                let level = match bump {
                    "major" => Some(Bump::Major),
                    "minor" => Some(Bump::Minor),
                    "patch" => Some(Bump::Patch),
                    "none" => Some(Bump::None),
                    _ => None,
                };
                let v = match level {
                    Some(level) => {
                        let o = running
                            .get(krate)
                            .cloned()
                            .unwrap_or_else(|| Version::new(0, 1, 0));
                        let n = apply_bump(&o, level);
                        running.insert(krate.to_string(), n.clone());
                        CrateVersion {
                            bump: bump.to_string(),
                            old: Some(o.to_string()),
                            new: Some(n.to_string()),
                            note: None,
                        }
                    }
                    None if bump.ends_with(NEW_CRATE_VERSION) => {
                        running.insert(krate.to_string(), Version::new(0, 1, 0));
                        CrateVersion {
                            bump: "new".into(),
                            old: None,
                            new: Some(NEW_CRATE_VERSION.into()),
                            note: None,
                        }
                    }
                    None => CrateVersion {
                        bump: bump.to_string(),
                        ..Default::default()
                    },
                };
                crates.insert(krate.to_string(), v);
            }
        }
        out.push(Ledger {
            old,
            new,
            crates,
            explicit: parsed.has_versions,
        });
    }
    Ok(out)
}

/// The version each crate has after the sections `ledger[..upto]`.
fn versions_before(ledger: &[Ledger], upto: usize) -> BTreeMap<String, Version> {
    let mut v = BTreeMap::new();
    for l in &ledger[..upto] {
        for (krate, c) in &l.crates {
            if let Some(n) = c.new.as_deref().and_then(|n| Version::parse(n).ok()) {
                v.insert(krate.clone(), n);
            }
        }
    }
    v
}

/// What happens to one crate's manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionWrite {
    pub krate: String,
    pub service: String,
    pub from: Version,
    pub to: Version,
}

/// The plan for one section: its versions block and the manifests to
/// write.
#[derive(Debug, Default)]
pub struct Bookkeeping {
    pub versions: BTreeMap<String, CrateVersion>,
    pub writes: Vec<VersionWrite>,
}

pub(super) fn manifest_path(root: &Path, service: &str) -> PathBuf {
    root.join("crates/services")
        .join(service)
        .join("Cargo.toml")
}

/// The version a crate's manifest has, if the crate is generated.
fn current_version(root: &Path, service: &str) -> Result<Option<Version>, Failure> {
    let path = manifest_path(root, service);
    match std::fs::read_to_string(&path) {
        Ok(t) => manifest_version(&t)
            .map(Some)
            .map_err(|e| Failure::input(format!("{}: {e}", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Failure::input(format!("{}: {e}", path.display()))),
    }
}

fn note_kept(lang: Lang, kept: &Version, bump: &str) -> String {
    match lang {
        Lang::Zh => format!("{kept} 是首次写入本节时的版本；按当前规则只需 {bump}，版本号不回退。"),
        Lang::En => format!(
            "{kept} was written when this section was first made; the current policy asks only for {bump}, and versions never go back."
        ),
    }
}

fn note_corrected(lang: Lang, was: &Version, bump: &str, to: &Version, rules: &[String]) -> String {
    let why = rules.join(", ");
    match lang {
        Lang::Zh => format!(
            "首次写入本节时升级为 {was}；按 README 的语义化版本规则应为 {bump}（{why}），故更正为 {to}（版本号只进不退）。"
        ),
        Lang::En => format!(
            "first written as {was}; the README's semver policy asks for {bump} ({why}), so the version moves to {to} (versions never go back)."
        ),
    }
}

/// Works out the versions block of OLD → NEW and the manifests to write.
///
/// A new section (not in `existing`): each crate goes from its manifest's
/// version by its bump. A section written again: its recorded versions
/// stay where the policy agrees; where the policy now asks for more, the
/// crate moves to `old` with the new bump (only if no newer section lists
/// the crate and the manifest still has the recorded version: otherwise
/// the refresh is refused, exit 1); where it asks for less, the version
/// stays, with a note.
pub fn bookkeeping(
    root: &Path,
    existing: Option<&str>,
    report: &Report,
    outcome: &ChangelogOutcome,
    lang: Lang,
) -> Result<Bookkeeping, Failure> {
    let (o, n) = (&report.old_name, &report.new_name);
    let mut out = Bookkeeping::default();
    let refresh = match (outcome, existing) {
        (ChangelogOutcome::Replaced, Some(text)) => {
            let led = ledger(text)?;
            let idx = led
                .iter()
                .position(|l| &l.old == o && &l.new == n)
                .ok_or_else(|| Failure::internal(format!("section {o} → {n} not found")))?;
            if !led[idx].explicit {
                step(&format!(
                    "section {o} → {n} predates versions blocks: its versions are replayed from its bump lines"
                ));
            }
            Some((led, idx))
        }
        _ => None,
    };
    for b in &report.semver {
        let fixed = |bump: &str, new: Option<&str>| CrateVersion {
            bump: bump.to_string(),
            old: None,
            new: new.map(str::to_string),
            note: None,
        };
        match b.bump_label.as_str() {
            "new" => {
                let mut v = fixed("new", Some(NEW_CRATE_VERSION));
                if let Some((led, idx)) = &refresh {
                    v.note = led[*idx].crates.get(&b.krate).and_then(|r| r.note.clone());
                }
                out.versions.insert(b.krate.clone(), v);
                continue;
            }
            "removed" => {
                out.versions.insert(b.krate.clone(), fixed("removed", None));
                continue;
            }
            _ => {}
        }
        let Some((led, idx)) = &refresh else {
            // A new section: from the manifest.
            if b.bump == Bump::None {
                continue;
            }
            match current_version(root, &b.service)? {
                Some(from) => {
                    let to = apply_bump(&from, b.bump);
                    out.versions.insert(
                        b.krate.clone(),
                        CrateVersion {
                            bump: b.bump_label.clone(),
                            old: Some(from.to_string()),
                            new: Some(to.to_string()),
                            note: None,
                        },
                    );
                    out.writes.push(VersionWrite {
                        krate: b.krate.clone(),
                        service: b.service.clone(),
                        from,
                        to,
                    });
                }
                None => {
                    out.versions
                        .insert(b.krate.clone(), fixed(&b.bump_label, None));
                }
            }
            continue;
        };
        // A section written again.
        let rec = led[*idx].crates.get(&b.krate);
        let before = versions_before(led, *idx);
        let old = rec
            .and_then(|r| r.old.as_deref())
            .and_then(|v| Version::parse(v).ok())
            .or_else(|| before.get(&b.krate).cloned());
        let Some(old) = old else {
            // Never versioned (not generated when the section was written).
            if b.bump != Bump::None {
                out.versions
                    .insert(b.krate.clone(), fixed(&b.bump_label, None));
            }
            continue;
        };
        let recorded = rec
            .and_then(|r| r.new.as_deref())
            .and_then(|v| Version::parse(v).ok())
            .unwrap_or_else(|| old.clone());
        let target = apply_bump(&old, b.bump);
        let mut v = CrateVersion {
            bump: b.bump_label.clone(),
            old: Some(old.to_string()),
            new: Some(recorded.to_string()),
            note: rec.and_then(|r| r.note.clone()),
        };
        if target < recorded {
            v.note
                .get_or_insert_with(|| note_kept(lang, &recorded, &b.bump_label));
        } else if target > recorded {
            if let Some(later) = led[idx + 1..]
                .iter()
                .find(|l| l.crates.get(&b.krate).is_some_and(|c| c.new.is_some()))
            {
                return Err(Failure::internal(format!(
                    "{}: the policy now asks for {} in {o} → {n} ({recorded} → {target}), but the newer section {} → {} builds on {recorded}; fix the versions by hand",
                    b.krate, b.bump_label, later.old, later.new
                )));
            }
            match current_version(root, &b.service)? {
                Some(cur) if cur == recorded => out.writes.push(VersionWrite {
                    krate: b.krate.clone(),
                    service: b.service.clone(),
                    from: cur,
                    to: target.clone(),
                }),
                Some(cur) => {
                    return Err(Failure::internal(format!(
                        "{}: {} has {cur} but CHANGELOG.md says {recorded}; a version edited by hand? Fix it before refreshing {o} → {n}",
                        b.krate,
                        manifest_path(root, &b.service).display()
                    )));
                }
                None => {}
            }
            v.note = Some(note_corrected(
                lang,
                &recorded,
                &b.bump_label,
                &target,
                &b.rules,
            ));
            v.new = Some(target.to_string());
        } else if b.bump == Bump::None && old == recorded {
            continue; // nothing to list
        }
        out.versions.insert(b.krate.clone(), v);
    }
    // Crates the section listed that the report no longer knows keep their
    // line as written.
    if let Some((led, idx)) = &refresh {
        for (krate, v) in &led[*idx].crates {
            if !report.semver.iter().any(|b| &b.krate == krate) && v.new.is_some() && v.old != v.new
            {
                out.versions.insert(krate.clone(), v.clone());
            }
        }
    }
    Ok(out)
}

/// Writes one crate's new version into its manifest, and into the
/// dependency line of its README (regen writes that from the manifest).
pub(super) fn write_version(root: &Path, w: &VersionWrite) -> Result<(), Failure> {
    let path = manifest_path(root, &w.service);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
    let (new_text, from, _) = set_manifest_version(&text, &w.to)
        .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
    if from != w.from {
        return Err(Failure::internal(format!(
            "{}: changed while the notes were written ({} → {from})",
            path.display(),
            w.from
        )));
    }
    write_atomic(&path, &new_text)?;
    let readme = path.with_file_name("README.md");
    if let Ok(text) = std::fs::read_to_string(&readme) {
        let mm = crate::codegen::major_minor;
        let old = format!("{} = \"{}\"", w.krate, mm(&w.from.to_string()));
        let new = format!("{} = \"{}\"", w.krate, mm(&w.to.to_string()));
        if old != new && text.contains(&old) {
            write_atomic(&readme, &text.replacen(&old, &new, 1))?;
        }
    }
    Ok(())
}
