//! `cargo xtask public-api [--update]`: the public API of `tencent-cloud-core` against
//! its snapshot (`crates/tencent-cloud-core/public-api.txt`), so that a breaking change
//! to the core cannot land without the version bump semver asks for.
//!
//! The API is read from rustdoc's JSON output (`RUSTC_BOOTSTRAP=1`, the stable
//! toolchain), keyed by the paths users import: public modules are walked from the
//! crate root and re-exports (`pub use`, globs too) followed, so `tencent_cloud_core::Client`,
//! `client::Client` and the generated code's `codec::Call` are all lines, while the
//! private file an item is defined in is not. For each path: the item's kind, each
//! struct field and enum variant, and each inherent method with its signature (rustdoc's
//! ids stripped, so the text is stable from build to build). Trait impls are left out.
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

const SNAPSHOT: &str = "crates/tencent-cloud-core/public-api.txt";

/// The snapshot's format line: which paths key it.
const KEYED_BY: &str = "Keyed by the paths users import (public modules and re-exports).";

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

/// Removes rustdoc's numeric ids, which change from build to build, and shortens the
/// paths of types in signatures to their names (`$crate::config::ActionHost` and
/// `ActionHost` are one type; which module spells it is not the API).
///
/// Each type is named by its canonical name (`names`: a type alias and its target are
/// one type, named by the first of their names in name order).
fn strip_ids(v: &mut Value, names: &BTreeMap<String, String>) {
    match v {
        Value::Object(m) => {
            m.remove("id");
            if let Some(Value::String(path)) = m.get_mut("path") {
                if let Some((_, last)) = path.rsplit_once("::") {
                    *path = last.to_owned();
                }
                if let Some(canonical) = names.get(path.as_str()) {
                    *path = canonical.clone();
                }
            }
            for x in m.values_mut() {
                strip_ids(x, names);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| strip_ids(x, names)),
        _ => {}
    }
}

/// The API lines of one rustdoc JSON document, keyed by the paths users import: the
/// crate's public modules walked from its root, re-exports (`pub use`, globs included)
/// followed to what they name. An item reachable by several paths (`Client` and
/// `client::Client`) has a line for each, so removing a re-export is a change, and
/// moving an item between private modules is not.
pub fn api_lines(doc: &Value) -> Result<BTreeSet<String>, Failure> {
    let bad = |what: &str| Failure::internal(format!("rustdoc JSON: {what}"));
    let index = doc["index"].as_object().ok_or_else(|| bad("no index"))?;
    let root = id_key(&doc["root"]).ok_or_else(|| bad("no root"))?;
    let name = index
        .get(&root)
        .and_then(|r| r["name"].as_str())
        .ok_or_else(|| bad("no root module"))?;
    let mut walk = Walk {
        index,
        out: BTreeSet::new(),
        visiting: Vec::new(),
        names: alias_names(index),
    };
    walk.module(&root, name);
    Ok(walk.out)
}

/// An id of rustdoc's JSON (a number) as the index's key.
fn id_key(v: &Value) -> Option<String> {
    v.as_u64().map(|n| n.to_string())
}

/// The walk over public modules; `visiting` stops glob re-export cycles.
struct Walk<'a> {
    index: &'a serde_json::Map<String, Value>,
    out: BTreeSet<String>,
    visiting: Vec<String>,
    /// Type names in signatures → their canonical name ([`alias_names`]).
    names: BTreeMap<String, String>,
}

/// For each local type alias of a local type (`type Config = SdkConfig`), both names →
/// the first of the two in name order: renaming a type while keeping the old name as an
/// alias changes no signature.
fn alias_names(index: &serde_json::Map<String, Value>) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for item in index.values() {
        let target = &item["inner"]["type_alias"]["type"]["resolved_path"];
        let (Some(alias), Some(id)) = (item["name"].as_str(), id_key(&target["id"])) else {
            continue;
        };
        let Some(target_name) = index.get(&id).and_then(|t| t["name"].as_str()) else {
            continue;
        };
        let canonical = alias.min(target_name).to_owned();
        names.insert(alias.to_owned(), canonical.clone());
        names.insert(target_name.to_owned(), canonical);
    }
    names
}

impl Walk<'_> {
    fn module(&mut self, id: &str, path: &str) {
        if self.visiting.iter().any(|v| v == id) || self.visiting.len() > 16 {
            return;
        }
        self.visiting.push(id.to_owned());
        let items: Vec<String> = self.index.get(id).map_or(Vec::new(), |m| {
            m["inner"]["module"]["items"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(id_key)
                .collect()
        });
        for item in items {
            let Some(it) = self.index.get(&item) else {
                continue;
            };
            if it["visibility"] != "public" {
                continue;
            }
            if let Some(u) = it["inner"].get("use") {
                let source = u["source"].as_str().unwrap_or("?");
                let target = id_key(&u["id"]).filter(|t| self.index.contains_key(t));
                match (u["is_glob"].as_bool() == Some(true), target) {
                    (true, Some(t)) => self.module(&t, path),
                    (false, Some(t)) => {
                        let name = u["name"].as_str().unwrap_or("?");
                        self.item(&t, &format!("{path}::{name}"));
                    }
                    (glob, None) => {
                        let name = if glob {
                            "*"
                        } else {
                            u["name"].as_str().unwrap_or("?")
                        };
                        self.out
                            .insert(format!("reexport {path}::{name} = {source}"));
                    }
                }
                continue;
            }
            let Some(name) = it["name"].as_str() else {
                continue;
            };
            self.item(&item, &format!("{path}::{name}"));
        }
        self.visiting.pop();
    }

    /// One public item at `path`: its kind, fields or variants, and inherent methods.
    fn item(&mut self, id: &str, path: &str) {
        let Some(item) = self.index.get(id) else {
            return;
        };
        let inner = &item["inner"];
        let kind = inner
            .as_object()
            .and_then(|o| o.keys().next())
            .map_or("item", String::as_str);
        if kind == "module" {
            self.out.insert(format!("module {path}"));
            self.module(id, path);
            return;
        }
        if kind == "type_alias" {
            // An alias of a local type is used as that type: its kind and members,
            // under the alias's name (so renaming a type and keeping the old name as an
            // alias changes nothing users see).
            let target = id_key(&inner["type_alias"]["type"]["resolved_path"]["id"]);
            if let Some((target, item)) =
                target.and_then(|t| self.index.get(&t).map(|item| (t, item)))
            {
                let target_kind = item["inner"]
                    .as_object()
                    .and_then(|o| o.keys().next())
                    .map_or("item", String::as_str);
                self.out.insert(format!("{target_kind} {path}"));
                self.members(&target, path);
                return;
            }
        }
        self.out.insert(format!("{kind} {path}"));
        self.members(id, path);
    }

    /// The fields or variants and inherent methods of item `id`, at `path`.
    fn members(&mut self, id: &str, path: &str) {
        let Some(item) = self.index.get(id) else {
            return;
        };
        let inner = &item["inner"];
        // Fields of structs, variants of enums.
        let field_ids: Vec<String> = inner["struct"]["kind"]["plain"]["fields"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(inner["enum"]["variants"].as_array().into_iter().flatten())
            .filter_map(id_key)
            .collect();
        for key in field_ids {
            if let Some(f) = self.index.get(&key)
                && let Some(name) = f["name"].as_str()
            {
                let what = if f["inner"].get("variant").is_some() {
                    "variant"
                } else {
                    "field"
                };
                let mut ty = f["inner"]["struct_field"].clone();
                strip_ids(&mut ty, &self.names);
                self.out.insert(format!("{what} {path}::{name}: {ty}"));
            }
        }
        // Inherent methods.
        let impls: Vec<String> = inner["struct"]["impls"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(inner["enum"]["impls"].as_array().into_iter().flatten())
            .filter_map(id_key)
            .collect();
        for key in impls {
            let Some(im) = self.index.get(&key) else {
                continue;
            };
            if !im["inner"]["impl"]["trait"].is_null() {
                continue;
            }
            for mid in im["inner"]["impl"]["items"]
                .as_array()
                .into_iter()
                .flatten()
            {
                let Some(m) = id_key(mid).and_then(|k| self.index.get(&k)) else {
                    continue;
                };
                if m["visibility"] != "public" {
                    continue;
                }
                let name = m["name"].as_str().unwrap_or("?");
                let mut sig = m["inner"]["function"]["sig"].clone();
                strip_ids(&mut sig, &self.names);
                self.out.insert(format!("method {path}::{name}{sig}"));
            }
        }
    }
}

fn current_api(root: &Path) -> Result<BTreeSet<String>, Failure> {
    api_of(
        &root.join("Cargo.toml"),
        "tencent-cloud-core",
        &root.join("target").join("api"),
    )
}

/// The API lines of `package` (in the workspace or package of `manifest`), from the
/// rustdoc JSON built into `target`.
pub fn api_of(manifest: &Path, package: &str, target: &Path) -> Result<BTreeSet<String>, Failure> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "rustdoc",
            "-q",
            "-p",
            package,
            "--all-features",
            "--manifest-path",
        ])
        .arg(manifest)
        .args(["--", "-Z", "unstable-options", "--output-format", "json"])
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", target)
        .status()
        .map_err(|e| Failure::internal(format!("cannot run cargo rustdoc: {e}")))?;
    if !status.success() {
        return Err(Failure::internal("cargo rustdoc (JSON) failed"));
    }
    let file = target
        .join("doc")
        .join(format!("{}.json", package.replace('-', "_")));
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
    // A snapshot of the old format (keyed by definition paths) is re-keyed once, without
    // a bump: its items did not change, only how they are named.
    let rekey = !snap.is_empty() && !text.contains(KEYED_BY);
    if !snap.is_empty() && !rekey {
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
        "# tencent-cloud-core {version}\n# Written by `cargo xtask public-api --update`; checked by `cargo xtask test`.\n# {KEYED_BY}\n"
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
        // `core` re-exports `Client` from a private module, and an external `Bytes`.
        let doc = serde_json::json!({
            "root": 0,
            "index": {
                "0": {"name": "core", "visibility": "public", "inner": {"module": {"items": [6, 7, 8, 1]}}},
                "6": {"name": "hidden", "visibility": "default", "inner": {"module": {"items": [1]}}},
                "7": {"visibility": "public", "inner": {"use": {"source": "hidden::Client", "name": "Client", "id": 1, "is_glob": false}}},
                "8": {"visibility": "public", "inner": {"use": {"source": "bytes::Bytes", "name": "Bytes", "id": 99, "is_glob": false}}},
                "1": {"name": "Client", "visibility": "default", "inner": {"struct": {"kind": {"plain": {"fields": [2]}}, "impls": [3]}}},
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
                "reexport core::Bytes = bytes::Bytes",
                "struct core::Client",
            ]
        );
    }

    /// A tiny crate whose `Thing` is defined in the private module `module` (and
    /// re-exported at the root when `reexport`), documented by the real rustdoc.
    fn api_of_tiny_crate(dir: &Path, module: &str, reexport: bool) -> BTreeSet<String> {
        let krate = dir.join(module);
        std::fs::create_dir_all(krate.join("src")).expect("mkdir");
        std::fs::write(
            krate.join("Cargo.toml"),
            "[package]\nname = \"tiny\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[workspace]\n",
        )
        .expect("manifest");
        let use_line = if reexport {
            format!("pub use {module}::Thing;\n")
        } else {
            String::new()
        };
        let lib = format!(
            "mod {module} {{\n\
             pub struct Thing {{ pub size: u32 }}\n\
             impl Thing {{ pub fn new(size: u32) -> Self {{ Thing {{ size }} }} }}\n\
             }}\n{use_line}pub mod api {{ pub use super::{module}::Thing as Item; }}\n"
        );
        std::fs::write(krate.join("src/lib.rs"), lib).expect("lib.rs");
        api_of(
            &krate.join("Cargo.toml"),
            "tiny",
            &dir.join(format!("target-{module}")),
        )
        .expect("rustdoc JSON of the tiny crate")
    }

    #[test]
    fn moving_a_type_between_private_modules_leaves_the_api_unchanged() {
        let dir = tempfile::tempdir().expect("tmp");
        let here = api_of_tiny_crate(dir.path(), "first_home", true);
        let moved = api_of_tiny_crate(dir.path(), "second_home", true);
        assert_eq!(here, moved);
        assert!(here.contains("struct tiny::Thing"), "{here:?}");
        assert!(here.contains("struct tiny::api::Item"), "{here:?}");
        assert!(
            here.iter()
                .any(|l| l.starts_with("method tiny::Thing::new")),
            "{here:?}"
        );
        // Renaming the type and keeping the old name as an alias changes no line.
        let krate = dir.path().join("renamed");
        std::fs::create_dir_all(krate.join("src")).expect("mkdir");
        std::fs::write(
            krate.join("Cargo.toml"),
            "[package]\nname = \"tiny\"\nversion = \"0.1.0\"\nedition = \"2021\"\n[workspace]\n",
        )
        .expect("manifest");
        std::fs::write(
            krate.join("src/lib.rs"),
            "mod renamed {\n\
             pub struct NewThing { pub size: u32 }\n\
             impl NewThing { pub fn new(size: u32) -> Self { NewThing { size } } }\n\
             }\n\
             pub use renamed::NewThing;\n\
             #[deprecated]\npub type Thing = NewThing;\n\
             pub mod api { #[allow(deprecated)] pub use super::Thing as Item; }\n",
        )
        .expect("lib.rs");
        let renamed = api_of(
            &krate.join("Cargo.toml"),
            "tiny",
            &dir.path().join("target-renamed"),
        )
        .expect("rustdoc JSON of the renamed crate");
        let lost: Vec<&String> = here.difference(&renamed).collect();
        assert!(lost.is_empty(), "{lost:?}");
        assert!(renamed.contains("struct tiny::NewThing"), "{renamed:?}");

        // Dropping the root re-export is a change the guard sees.
        let dropped = api_of_tiny_crate(dir.path(), "third_home", false);
        let gone: Vec<&String> = here.difference(&dropped).collect();
        assert!(gone.iter().any(|l| *l == "struct tiny::Thing"), "{gone:?}");
        assert!(dropped.contains("struct tiny::api::Item"));
    }
}
