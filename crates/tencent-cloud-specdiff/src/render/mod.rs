//! Renderers: text (terminal), Markdown (release notes), JSON (tools).

pub mod items;
pub mod json;
pub mod markdown;
pub mod summary;
pub mod text;
mod words;

use crate::rules::registry;

/// `--list-rules`: one block per rule, family by family.
pub fn rules_text() -> String {
    let mut out = String::new();
    let mut defs: Vec<_> = registry().iter().collect();
    defs.sort_by_key(|d| (d.family, d.rule));
    let mut family = None;
    for d in defs {
        if family != Some(d.family) {
            family = Some(d.family);
            out.push_str(&format!("\n{}\n", d.family.as_str()));
        }
        out.push_str(&format!(
            "  {:<38} {:<4} {:<9} {:<15} {}\n      zh: {}\n      en: {}\n",
            d.id,
            d.level.as_str(),
            d.side.as_str(),
            d.bump_label(),
            d.why,
            d.zh,
            d.en
        ));
    }
    format!(
        "{} rules: id, level (HTTP contract), side, Rust crate bump, why; release-note templates{out}",
        registry().len()
    )
}

/// `--list-rules --format json`: the registry as an array, in rule order.
pub fn rules_json() -> String {
    let mut s = serde_json::to_string_pretty(registry()).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}
