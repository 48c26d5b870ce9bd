//! Per-crate version bumps, and applying them to 0.x.y versions and to
//! `Cargo.toml` files.

use std::collections::BTreeMap;

pub use semver::Version;
use serde::Serialize;

use tencent_cloud_plan::PlanBump;

use crate::change::{Bump, Change};

/// The bump one generated crate needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CrateBump {
    /// `tencent-cloud-cvm`.
    #[serde(rename = "crate")]
    pub krate: String,
    pub service: String,
    /// `major`, `minor`, `patch` or `none`; for a new service `new` (the
    /// crate starts at 0.1.0), for a removed one `removed`. The JSON key is
    /// `bump`.
    #[serde(rename = "bump")]
    pub bump_label: String,
    /// The strongest bump as an enum (`none` for new and removed crates).
    #[serde(skip)]
    pub bump: Bump,
    /// The number of changes behind the bump (those with that bump).
    pub reasons: usize,
    /// The rule ids that demanded this bump, sorted and unique.
    pub rules: Vec<String>,
    /// The plan differences behind a major or minor bump (`v20170312
    /// Filter: field name removed`), where the crate was planned.
    #[serde(skip)]
    pub plan_reasons: Vec<String>,
}

pub use tencent_cloud_plan::crate_name;

/// The first version of a newly generated crate.
pub const NEW_CRATE_VERSION: &str = "0.1.0";

/// One entry per service seen. The bump is the plan's (`plans`, from
/// [`tencent_cloud_plan::crate_bump`]) where there is one, else the
/// strongest bump of the service's changes; `reasons` and `rules` are the
/// changes with that bump.
pub fn crate_bumps<'a>(
    changes: impl IntoIterator<Item = &'a Change>,
    services_seen: &[String],
    added: &[String],
    removed: &[String],
    plans: &BTreeMap<String, PlanBump>,
) -> Vec<CrateBump> {
    let mut by: BTreeMap<&str, (Bump, usize, Vec<String>)> = BTreeMap::new();
    for s in services_seen {
        by.entry(s.as_str()).or_insert((Bump::None, 0, Vec::new()));
    }
    for (s, p) in plans {
        by.insert(s.as_str(), (p.bump, 0, Vec::new()));
    }
    for c in changes {
        let planned = plans.contains_key(&c.service);
        let e = by
            .entry(c.service.as_str())
            .or_insert((Bump::None, 0, Vec::new()));
        if c.bump > e.0 && !planned {
            *e = (c.bump, 0, Vec::new());
        }
        if c.bump == e.0 && c.bump != Bump::None {
            e.1 += 1;
            e.2.push(c.rule.id().to_string());
        }
    }
    by.into_iter()
        .map(|(s, (b, n, mut rules))| {
            rules.sort();
            rules.dedup();
            let bump_label = if added.iter().any(|a| a == s) {
                "new".to_string()
            } else if removed.iter().any(|r| r == s) {
                "removed".to_string()
            } else {
                b.as_str().to_string()
            };
            let fixed = bump_label == "new" || bump_label == "removed";
            CrateBump {
                krate: crate_name(s),
                service: s.to_string(),
                bump_label,
                bump: if fixed { Bump::None } else { b },
                reasons: if fixed { 0 } else { n },
                rules: if fixed { Vec::new() } else { rules },
                plan_reasons: match plans.get(s) {
                    Some(p) if !fixed => p.reasons.clone(),
                    _ => Vec::new(),
                },
            }
        })
        .collect()
}

/// Applies a bump with Cargo's convention for pre-1.0 versions: on 0.x.y a
/// major bump raises x and a minor or patch bump raises y; from 1.0.0 on,
/// the usual major.minor.patch. Pre-release and build metadata are cleared.
pub fn apply_bump(v: &Version, b: Bump) -> Version {
    let mut n = Version::new(v.major, v.minor, v.patch);
    match (v.major, b) {
        (_, Bump::None) => return v.clone(),
        (0, Bump::Major) => {
            n.minor += 1;
            n.patch = 0;
        }
        (0, _) => n.patch += 1,
        (_, Bump::Major) => {
            n.major += 1;
            n.minor = 0;
            n.patch = 0;
        }
        (_, Bump::Minor) => {
            n.minor += 1;
            n.patch = 0;
        }
        (_, Bump::Patch) => n.patch += 1,
    }
    n
}

/// Rewrites the `version = "..."` line of the `[package]` table of a
/// `Cargo.toml`. Returns the new text and the old and new versions, or why
/// it could not (no `[package]` version line, unparseable version,
/// `version.workspace = true`).
pub fn bump_manifest(text: &str, b: Bump) -> Result<(String, Version, Version), String> {
    rewrite_manifest_version(text, |old| apply_bump(old, b))
}

/// Sets the `[package]` version of a `Cargo.toml` to `to` (a correction of
/// an earlier bump); the same rules as [`bump_manifest`].
pub fn set_manifest_version(
    text: &str,
    to: &Version,
) -> Result<(String, Version, Version), String> {
    rewrite_manifest_version(text, |_| to.clone())
}

/// The `[package]` version of a `Cargo.toml`.
pub fn manifest_version(text: &str) -> Result<Version, String> {
    rewrite_manifest_version(text, Version::clone).map(|(_, v, _)| v)
}

fn rewrite_manifest_version(
    text: &str,
    f: impl FnOnce(&Version) -> Version,
) -> Result<(String, Version, Version), String> {
    let mut f = Some(f);
    let mut in_package = false;
    let mut out = String::with_capacity(text.len() + 8);
    let mut found: Option<(Version, Version)> = None;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with('[') {
            in_package = t == "[package]";
        }
        if in_package
            && found.is_none()
            && let Some(rest) = t.strip_prefix("version")
        {
            let rest = rest.trim_start();
            if let Some(val) = rest.strip_prefix('=') {
                let val = val.trim();
                let inner = val
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .ok_or_else(|| format!("version is not a plain string: {val}"))?;
                let old = Version::parse(inner).map_err(|e| format!("version {inner:?}: {e}"))?;
                let new = match f.take() {
                    Some(f) => f(&old),
                    None => old.clone(),
                };
                let indent = &line[..line.len() - line.trim_start().len()];
                let nl = if line.ends_with("\r\n") {
                    "\r\n"
                } else if line.ends_with('\n') {
                    "\n"
                } else {
                    ""
                };
                out.push_str(&format!("{indent}version = \"{new}\"{nl}"));
                found = Some((old, new));
                continue;
            }
            if rest.starts_with(".workspace") {
                return Err("version is inherited from the workspace".to_string());
            }
        }
        out.push_str(line);
    }
    match found {
        Some((o, n)) => Ok((out, o, n)),
        None => Err("no version line in [package]".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::change::{Rule, Subject};

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn zero_x_convention() {
        assert_eq!(apply_bump(&v("0.3.1"), Bump::Major), v("0.4.0"));
        assert_eq!(apply_bump(&v("0.3.1"), Bump::Minor), v("0.3.2"));
        assert_eq!(apply_bump(&v("0.3.1"), Bump::Patch), v("0.3.2"));
        assert_eq!(apply_bump(&v("0.3.1"), Bump::None), v("0.3.1"));
        assert_eq!(apply_bump(&v("1.2.3"), Bump::Major), v("2.0.0"));
        assert_eq!(apply_bump(&v("1.2.3"), Bump::Minor), v("1.3.0"));
        assert_eq!(apply_bump(&v("1.2.3"), Bump::Patch), v("1.2.4"));
        assert_eq!(apply_bump(&v("0.1.0-alpha.1"), Bump::Patch), v("0.1.1"));
    }

    #[test]
    fn manifest_rewrite_touches_only_package_version() {
        let text = "[package]\nname = \"tencent-cloud-cvm\"\nversion = \"0.2.5\"\n\n[dependencies]\nfoo = { version = \"1\" }\n";
        let (out, o, n) = bump_manifest(text, Bump::Major).unwrap();
        assert_eq!((o, n), (v("0.2.5"), v("0.3.0")));
        assert_eq!(out, text.replace("0.2.5", "0.3.0"));
        let e = bump_manifest("[package]\nversion.workspace = true\n", Bump::Minor).unwrap_err();
        assert!(e.contains("workspace"), "{e}");
        assert!(bump_manifest("[dependencies]\nversion = \"1.0.0\"\n", Bump::Minor).is_err());
        assert!(bump_manifest("[package]\nversion = \"x.y\"\n", Bump::Minor).is_err());
        let (out, o, n) = set_manifest_version(text, &v("0.4.0")).unwrap();
        assert_eq!((o, n), (v("0.2.5"), v("0.4.0")));
        assert_eq!(out, text.replace("0.2.5", "0.4.0"));
        assert_eq!(manifest_version(text), Ok(v("0.2.5")));
    }

    #[test]
    fn strongest_bump_per_crate() {
        let ch = |r: Rule, s: &str| Change::new(r, Subject::Member, s, "v1");
        let changes = vec![
            ch(Rule::DocChanged, "a"),
            ch(Rule::ResponseMemberAdded, "a"),
            ch(Rule::DocChanged, "b"),
            ch(Rule::MemberTypeChanged, "c"),
            ch(Rule::ActionAdded, "c"),
            ch(Rule::ActionAdded, "n"),
        ];
        let seen: Vec<String> = ["a", "b", "c", "d", "n"].map(String::from).to_vec();
        let b = crate_bumps(&changes, &seen, &["n".to_string()], &[], &BTreeMap::new());
        let got: Vec<(&str, &str, usize)> = b
            .iter()
            .map(|c| (c.service.as_str(), c.bump_label.as_str(), c.reasons))
            .collect();
        assert_eq!(
            got,
            [
                ("a", "minor", 1),
                ("b", "patch", 1),
                ("c", "major", 1),
                ("d", "none", 0),
                ("n", "new", 0)
            ]
        );
        assert_eq!(b[2].krate, "tencent-cloud-c");
        assert_eq!(b[2].rules, ["member-type-changed"]);
        // The enum beside the label: none for a new crate.
        let enums: Vec<Bump> = b.iter().map(|c| c.bump).collect();
        use Bump as B;
        assert_eq!(enums, [B::Minor, B::Patch, B::Major, B::None, B::None]);
    }

    #[test]
    fn the_json_keys_stay_as_they_were() {
        // `tc-specdiff --format json` consumers read `semver[].bump` (the
        // label): the Rust field is `bump_label`, the enum field `bump` is
        // not serialized.
        let b = crate_bumps(
            &[],
            &["cvm".to_string()],
            &["cvm".to_string()],
            &[],
            &BTreeMap::new(),
        );
        let v = serde_json::to_value(&b[0]).expect("serializes");
        let keys: Vec<&str> = v
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["bump", "crate", "reasons", "rules", "service"]);
        assert_eq!(v["bump"], "new");
    }
}
