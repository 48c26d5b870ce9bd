//! `--format markdown`: release notes in the vocabulary of Tencent's
//! SERVICE_CHANGELOG (新增接口 / 修改接口 / 删除接口 / 预下线接口 /
//! 新增数据结构 / 修改数据结构 / 删除数据结构; 新增入参 / 新增出参 /
//! 新增成员 / 删除成员 / 修改成员 ...), or in English with `--lang en`.
//!
//! One `##` heading per service and API version. Member changes of an
//! action's request or response object are listed under the action
//! (入参 / 出参); member changes of other objects under the object
//! (成员). Breaking items (level ERR) are marked. Every member change is
//! listed, flag changes too (a response member that may now be null, as
//! Tencent's own notes list them). Text-only changes are summed up in one
//! line per API version; versions whose only changes are examples that no
//! generated code shows get no heading, only one line for the release; a
//! release with no change at all says so in one line. Each heading is
//! followed by the crate's bump.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::change::{Change, Level, Rule};
use crate::diff::VersionInfo;
use crate::report::Report;
use crate::rules::Notes;

/// Output language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "zh" | "zh-CN" | "cn" => Ok(Lang::Zh),
            "en" | "en-US" => Ok(Lang::En),
            _ => Err(format!("unknown language {s:?} (expected zh or en)")),
        }
    }
}

struct Words {
    version: &'static str,
    added_actions: &'static str,
    modified_actions: &'static str,
    removed_actions: &'static str,
    deprecated_actions: &'static str,
    added_objects: &'static str,
    modified_objects: &'static str,
    removed_objects: &'static str,
    breaking: &'static str,
    krate: &'static str,
    new_crate: &'static str,
    // Item lines: (added, removed, modified) for request, response, member.
    req: [&'static str; 3],
    resp: [&'static str; 3],
    member: [&'static str; 3],
    action_attr: &'static str,
    colon: &'static str,
    sep: &'static str,
    title: &'static str,
    no_changes: &'static str,
    examples_only: &'static str,
}

const ZH: Words = Words {
    version: "版本：",
    added_actions: "新增接口：",
    modified_actions: "修改接口：",
    removed_actions: "删除接口：",
    deprecated_actions: "预下线接口：",
    added_objects: "新增数据结构：",
    modified_objects: "修改数据结构：",
    removed_objects: "删除数据结构：",
    breaking: "**[不兼容变更]**",
    krate: "Rust crate",
    new_crate: "新 crate",
    req: ["新增入参", "删除入参", "修改入参"],
    resp: ["新增出参", "删除出参", "修改出参"],
    member: ["新增成员", "删除成员", "修改成员"],
    action_attr: "修改属性",
    colon: "：",
    sep: ", ",
    title: "发布说明",
    no_changes: "本次发布无 API 变更。",
    examples_only: "仅更新接口示例（生成的代码不变）：",
};

const EN: Words = Words {
    version: "version: ",
    added_actions: "New actions:",
    modified_actions: "Modified actions:",
    removed_actions: "Removed actions:",
    deprecated_actions: "Deprecated actions (to go offline):",
    added_objects: "New data structures:",
    modified_objects: "Modified data structures:",
    removed_objects: "Removed data structures:",
    breaking: "**[breaking]**",
    krate: "Rust crate",
    new_crate: "new crate",
    req: [
        "New request parameters",
        "Removed request parameters",
        "Modified request parameters",
    ],
    resp: [
        "New response parameters",
        "Removed response parameters",
        "Modified response parameters",
    ],
    member: ["New members", "Removed members", "Modified members"],
    action_attr: "Changed",
    colon: ": ",
    sep: ", ",
    title: "Release notes",
    no_changes: "No API changes in this release.",
    examples_only: "Examples updated only (no generated code changed): ",
};

/// Items of one action or object: (kind 0 added / 1 removed / 2 modified,
/// breaking) → names with details.
#[derive(Default)]
struct Items {
    lines: BTreeMap<(usize, usize, bool), Vec<String>>,
}

impl Items {
    fn push(&mut self, group: usize, kind: usize, breaking: bool, text: String) {
        self.lines
            .entry((group, kind, breaking))
            .or_default()
            .push(text);
    }
}

fn section(out: &mut String, title: &str, names: &[String]) {
    if names.is_empty() {
        return;
    }
    let _ = writeln!(out, "{title}\n");
    for n in names {
        let _ = writeln!(out, "* {n}");
    }
    out.push('\n');
}

fn modified(out: &mut String, title: &str, by: &BTreeMap<String, Items>, w: &Words) {
    if by.is_empty() {
        return;
    }
    let _ = writeln!(out, "{title}\n");
    for (name, items) in by {
        let _ = writeln!(out, "* {name}");
        for ((group, kind, breaking), names) in &items.lines {
            let label = match group {
                0 => w.req[*kind],
                1 => w.resp[*kind],
                2 => w.member[*kind],
                _ => w.action_attr,
            };
            let mark = if *breaking {
                format!("{} ", w.breaking)
            } else {
                String::new()
            };
            let _ = writeln!(out, "\t* {mark}{label}{}{}", w.colon, names.join(w.sep));
        }
    }
    out.push('\n');
}

fn flag(c: &Change, w: &Words, name: &str) -> String {
    if c.level == Level::Err {
        format!("{} {name}", w.breaking)
    } else {
        name.to_string()
    }
}

/// Renders release notes. `title` adds a top-level heading naming the two
/// releases (the xtask adds its own).
pub fn render(r: &Report, lang: Lang, title: bool) -> String {
    let w = match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    };
    let mut out = String::new();
    if title {
        let _ = writeln!(out, "# {}: {} → {}\n", w.title, r.old_name, r.new_name);
    }
    // Group changes by (service, version); service-level ones go first.
    let mut groups: BTreeMap<(&str, &str), Vec<&Change>> = BTreeMap::new();
    for c in &r.changes {
        groups.entry((&c.service, &c.version)).or_default().push(c);
    }
    let service_level: BTreeMap<&str, Vec<&Change>> = groups
        .iter()
        .filter(|((_, v), _)| v.is_empty())
        .map(|((s, _), cs)| (*s, cs.clone()))
        .collect();
    if r.changes.is_empty() {
        let _ = writeln!(out, "{}\n", w.no_changes);
        return out;
    }
    // Versions whose only changes are to examples, in a crate whose
    // generated code did not change: one line for the release, no heading.
    let unchanged_crate = |svc: &str| {
        r.semver
            .iter()
            .find(|b| b.service == svc)
            .is_none_or(|b| b.bump == "none")
    };
    let examples_only = |svc: &str, changes: &[&Change]| {
        unchanged_crate(svc)
            && changes
                .iter()
                .all(|c| matches!(c.rule, Rule::ExampleChanged | Rule::ExamplesChanged))
    };
    let mut only: Vec<String> = groups
        .iter()
        .filter(|((_, v), cs)| !v.is_empty() && examples_only(&cs[0].service, cs))
        .map(|((s, v), _)| format!("{s} {v}"))
        .collect();
    only.dedup();
    if !only.is_empty() {
        let _ = writeln!(out, "{}{}\n", w.examples_only, only.join(w.sep));
    }
    for ((svc, ver), changes) in &groups {
        if !ver.is_empty() && examples_only(svc, changes) {
            continue;
        }
        if ver.is_empty() {
            if r.versions.keys().any(|(s, _)| s == svc) {
                continue; // printed under each version heading
            }
            let _ = writeln!(out, "## {svc}\n");
            for c in changes {
                let _ = writeln!(out, "{}\n", service_line(c, w, lang));
            }
            continue;
        }
        let info = r.versions.get(&(svc.to_string(), ver.to_string()));
        render_version(
            &mut out,
            r,
            w,
            lang,
            svc,
            ver,
            info,
            changes,
            service_level.get(svc),
        );
    }
    out
}

/// A service-level change's line (新产品，首次发布。 ...), marked if breaking.
fn service_line(c: &Change, w: &Words, lang: Lang) -> String {
    flag(c, w, &c.rule.def().message(c, lang))
}

#[allow(clippy::too_many_arguments)]
fn render_version(
    out: &mut String,
    r: &Report,
    w: &Words,
    lang: Lang,
    svc: &str,
    ver: &str,
    info: Option<&VersionInfo>,
    changes: &[&Change],
    service_changes: Option<&Vec<&Change>>,
) {
    let date = info
        .map(|i| i.api_version.clone())
        .unwrap_or_else(|| ver.to_string());
    let product = match (lang, info.and_then(|i| i.service_name_cn.as_deref())) {
        (Lang::Zh, Some(cn)) => format!("{cn}({svc})"),
        _ => svc.to_string(),
    };
    let _ = writeln!(out, "## {product} {}{date}\n", w.version);
    if let Some(b) = r.semver.iter().find(|b| b.service == svc) {
        let what = match b.bump.as_str() {
            "new" => format!("{} 0.1.0", w.new_crate),
            other => other.to_string(),
        };
        let _ = writeln!(out, "{} `{}`: {what}\n", w.krate, b.krate);
    }
    for c in service_changes.into_iter().flatten() {
        let _ = writeln!(out, "{}\n", service_line(c, w, lang));
    }
    let io = |obj: &str| info.and_then(|i| i.io.get(obj));
    let mut added_actions = Vec::new();
    let mut removed_actions = Vec::new();
    let mut deprecated = Vec::new();
    let mut added_objects = Vec::new();
    let mut removed_objects = Vec::new();
    let mut mod_actions: BTreeMap<String, Items> = BTreeMap::new();
    let mut mod_objects: BTreeMap<String, Items> = BTreeMap::new();
    let mut docs: Option<String> = None;
    for c in changes {
        let d = c.rule.def();
        let msg = d.message(c, lang);
        let breaking = c.level == Level::Err;
        let member_kind = match d.notes {
            Notes::MemberAdded => 0,
            Notes::MemberRemoved => 1,
            Notes::MemberModified => 2,
            Notes::ServiceLine | Notes::VersionLine => {
                let _ = writeln!(out, "{}\n", flag(c, w, &msg));
                continue;
            }
            Notes::ActionAdded => {
                added_actions.push(msg);
                continue;
            }
            Notes::ActionRemoved => {
                removed_actions.push(flag(c, w, &msg));
                continue;
            }
            Notes::ActionDeprecated => {
                deprecated.push(msg);
                continue;
            }
            Notes::ActionModified => {
                mod_actions
                    .entry(c.parent.clone())
                    .or_default()
                    .push(3, 2, breaking, msg);
                continue;
            }
            // Objects that are an action's input or output show up as the
            // action's parameters instead.
            Notes::ObjectAdded if io(&c.parent).is_none() => {
                added_objects.push(msg);
                continue;
            }
            Notes::ObjectRemoved if io(&c.parent).is_none() => {
                removed_objects.push(flag(c, w, &msg));
                continue;
            }
            Notes::ObjectModified => {
                mod_objects
                    .entry(c.parent.clone())
                    .or_default()
                    .push(2, 2, false, msg);
                continue;
            }
            Notes::Docs => {
                docs.get_or_insert(msg);
                continue;
            }
            Notes::ObjectAdded | Notes::ObjectRemoved | Notes::Omitted => continue,
        };
        match io(&c.parent) {
            Some((action, is_input)) => mod_actions.entry(action.clone()).or_default().push(
                if *is_input { 0 } else { 1 },
                member_kind,
                breaking,
                msg,
            ),
            None => {
                mod_objects
                    .entry(c.parent.clone())
                    .or_default()
                    .push(2, member_kind, breaking, msg)
            }
        }
    }
    if let Some(docs) = docs {
        let _ = writeln!(out, "{docs}\n");
    }
    section(out, w.added_actions, &added_actions);
    modified(out, w.modified_actions, &mod_actions, w);
    section(out, w.removed_actions, &removed_actions);
    section(out, w.deprecated_actions, &deprecated);
    section(out, w.added_objects, &added_objects);
    modified(out, w.modified_objects, &mod_objects, w);
    section(out, w.removed_objects, &removed_objects);
    out.push('\n');
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
