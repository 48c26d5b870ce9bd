//! `cargo xtask public-api [--update]`: the public API of `tencent-cloud-core` against
//! its snapshot (`crates/tencentcloud-core/public-api.txt`), so that a breaking change
//! to the core cannot land without the version bump semver asks for.
//!
//! The API is read from rustdoc's JSON output (`RUSTC_BOOTSTRAP=1`, the stable
//! toolchain): every public item with its kind, each struct field and enum variant, and
//! each inherent method with its signature (rustdoc's ids stripped, so the text is stable
//! from build to build). Trait impls are left out.
//!
//! The check: the API equals the snapshot, or the run fails. `--update` rewrites the
//! snapshot, and refuses unless the workspace version was bumped as semver asks: for a
//! removed or changed item, a major bump (a minor one below 1.0); for additions, any
//! bump.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::Failure;

const SNAPSHOT: &str = "crates/tencentcloud-core/public-api.txt";

/// The workspace version (the core's).
fn workspace_version(root: &Path) -> Result<String, Failure> {
    let text = std::fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|e| Failure::internal(format!("Cargo.toml: {e}")))?;
    text.lines()
        .find_map(|l| l.trim().strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .map(str::to_string)
        .ok_or_else(|| Failure::internal("Cargo.toml: no workspace version"))
}

/// Removes rustdoc's numeric ids, which change from build to build.
fn strip_ids(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.remove("id");
            for x in m.values_mut() {
                strip_ids(x);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(strip_ids),
        _ => {}
    }
}

/// The API lines of one rustdoc JSON document.
pub fn api_lines(doc: &Value) -> Result<BTreeSet<String>, Failure> {
    let bad = |what: &str| Failure::internal(format!("rustdoc JSON: {what}"));
    let paths = doc["paths"].as_object().ok_or_else(|| bad("no paths"))?;
    let index = doc["index"].as_object().ok_or_else(|| bad("no index"))?;
    let local: BTreeMap<&str, String> = paths
        .iter()
        .filter(|(_, p)| p["crate_id"] == 0)
        .filter_map(|(id, p)| {
            let path: Vec<&str> = p["path"]
                .as_array()?
                .iter()
                .filter_map(Value::as_str)
                .collect();
            Some((id.as_str(), path.join("::")))
        })
        .collect();
    let mut out = BTreeSet::new();
    for (id, path) in &local {
        let kind = paths[*id]["kind"].as_str().unwrap_or("item");
        out.insert(format!("{kind} {path}"));
        let Some(item) = index.get(*id) else { continue };
        let inner = &item["inner"];
        // Fields of structs, variants of enums.
        let field_ids: Vec<&Value> = inner["struct"]["kind"]["plain"]["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(inner["enum"]["variants"].as_array().into_iter().flatten())
            .collect();
        for fid in field_ids {
            let key = fid.as_u64().map(|n| n.to_string()).unwrap_or_default();
            if let Some(f) = index.get(&key)
                && let Some(name) = f["name"].as_str()
            {
                let what = if f["inner"].get("variant").is_some() {
                    "variant"
                } else {
                    "field"
                };
                let mut ty = f["inner"]["struct_field"].clone();
                strip_ids(&mut ty);
                out.insert(format!("{what} {path}::{name}: {ty}"));
            }
        }
        // Inherent methods.
        let impls = inner["struct"]["impls"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(inner["enum"]["impls"].as_array().into_iter().flatten());
        for imp in impls {
            let key = imp.as_u64().map(|n| n.to_string()).unwrap_or_default();
            let Some(im) = index.get(&key) else { continue };
            if !im["inner"]["impl"]["trait"].is_null() {
                continue;
            }
            for mid in im["inner"]["impl"]["items"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let key = mid.as_u64().map(|n| n.to_string()).unwrap_or_default();
                let Some(m) = index.get(&key) else { continue };
                if m["visibility"] != "public" {
                    continue;
                }
                let name = m["name"].as_str().unwrap_or("?");
                let mut sig = m["inner"]["function"]["sig"].clone();
                strip_ids(&mut sig);
                out.insert(format!("method {path}::{name}{sig}"));
            }
        }
    }
    Ok(out)
}

fn current_api(root: &Path) -> Result<BTreeSet<String>, Failure> {
    let target = root.join("target").join("api");
    let status = Command::new("cargo")
        .args([
            "rustdoc",
            "-q",
            "-p",
            "tencent-cloud-core",
            "--all-features",
        ])
        .args(["--", "-Z", "unstable-options", "--output-format", "json"])
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(root)
        .status()
        .map_err(|e| Failure::internal(format!("cannot run cargo rustdoc: {e}")))?;
    if !status.success() {
        return Err(Failure::internal("cargo rustdoc (JSON) failed"));
    }
    let file = target.join("doc").join("tencent_cloud_core.json");
    let text =
        std::fs::read(&file).map_err(|e| Failure::internal(format!("{}: {e}", file.display())))?;
    let doc: Value = serde_json::from_slice(&text)
        .map_err(|e| Failure::internal(format!("{}: {e}", file.display())))?;
    api_lines(&doc)
}

/// (major, minor, patch) of `x.y.z`.
fn parse(v: &str) -> Option<(u64, u64, u64)> {
    let mut p = v.split('.').map(|x| x.parse::<u64>().ok());
    Some((p.next()??, p.next()??, p.next()??))
}

/// Whether `new` is a breaking-change bump over `old` (major; minor below 1.0).
fn breaking_bump(old: (u64, u64, u64), new: (u64, u64, u64)) -> bool {
    if old.0 == 0 {
        (new.0, new.1) > (old.0, old.1)
    } else {
        new.0 > old.0
    }
}

pub fn run(root: &Path, update: bool) -> Result<(), Failure> {
    let version = workspace_version(root)?;
    let api = current_api(root)?;
    let path = root.join(SNAPSHOT);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let snap_version = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# tencent-cloud-core "))
        .unwrap_or("")
        .to_string();
    let snap: BTreeSet<String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_string)
        .collect();
    let removed: Vec<&String> = snap.difference(&api).collect();
    let added: Vec<&String> = api.difference(&snap).collect();
    println!(
        "tencent-cloud-core {version}: {} API lines; {} removed or changed, {} added since the snapshot ({snap_version})",
        api.len(),
        removed.len(),
        added.len()
    );
    if !update {
        if removed.is_empty() && added.is_empty() {
            return Ok(());
        }
        for l in removed.iter().take(10) {
            println!("  - {l}");
        }
        for l in added.iter().take(10) {
            println!("  + {l}");
        }
        return Err(Failure::internal(format!(
            "the public API of tencent-cloud-core differs from {SNAPSHOT}: bump the version as \
             semver asks (removed or changed items: a breaking bump) and run \
             `cargo xtask public-api --update`"
        )));
    }
    if !snap.is_empty() {
        let (Some(old), Some(new)) = (parse(&snap_version), parse(&version)) else {
            return Err(Failure::input(format!(
                "versions {snap_version:?} → {version:?} are not x.y.z"
            )));
        };
        if !removed.is_empty() && !breaking_bump(old, new) {
            return Err(Failure::input(format!(
                "{} items were removed or changed: {snap_version} → {version} is not a breaking bump",
                removed.len()
            )));
        }
        if !added.is_empty() && new <= old {
            return Err(Failure::input(format!(
                "{} items were added: bump the version past {snap_version}",
                added.len()
            )));
        }
    }
    let mut out = format!(
        "# tencent-cloud-core {version}\n# Written by `cargo xtask public-api --update`; checked by `cargo xtask test`.\n"
    );
    for l in &api {
        out.push_str(l);
        out.push('\n');
    }
    std::fs::write(&path, out).map_err(|e| Failure::internal(format!("{}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semver_bumps() {
        assert!(breaking_bump((0, 1, 0), (0, 2, 0)));
        assert!(!breaking_bump((0, 1, 0), (0, 1, 1)));
        assert!(breaking_bump((1, 4, 0), (2, 0, 0)));
        assert!(!breaking_bump((1, 4, 0), (1, 5, 0)));
        assert_eq!(parse("0.1.0"), Some((0, 1, 0)));
        assert_eq!(parse("0.1"), None);
    }

    #[test]
    fn api_lines_from_rustdoc_json() {
        let doc = serde_json::json!({
            "paths": {
                "1": {"crate_id": 0, "path": ["core", "Client"], "kind": "struct"},
                "9": {"crate_id": 1, "path": ["std", "Arc"], "kind": "struct"}
            },
            "index": {
                "1": {"name": "Client", "inner": {"struct": {"kind": {"plain": {"fields": [2]}}, "impls": [3]}}},
                "2": {"name": "region", "inner": {"struct_field": {"resolved_path": {"path": "String", "id": 77}}}},
                "3": {"inner": {"impl": {"trait": null, "items": [4, 5]}}},
                "4": {"name": "new", "visibility": "public", "inner": {"function": {"sig": {"inputs": [], "output": {"resolved_path": {"path": "Client", "id": 1}}}}}},
                "5": {"name": "secret", "visibility": "crate", "inner": {"function": {"sig": {}}}}
            }
        });
        let lines: Vec<String> = api_lines(&doc).expect("lines").into_iter().collect();
        assert_eq!(
            lines,
            [
                r#"field core::Client::region: {"resolved_path":{"path":"String"}}"#,
                r#"method core::Client::new{"inputs":[],"output":{"resolved_path":{"path":"Client"}}}"#,
                "struct core::Client",
            ]
        );
    }
}
