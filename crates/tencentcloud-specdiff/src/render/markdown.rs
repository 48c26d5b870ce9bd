//! `--format markdown`: release notes in the vocabulary of Tencent's
//! SERVICE_CHANGELOG (新增接口 / 修改接口 / 删除接口 / 预下线接口 /
//! 新增数据结构 / 修改数据结构 / 删除数据结构; 新增入参 / 新增出参 /
//! 新增成员 / 删除成员 / 修改成员 ...), or in English with `--lang en`.
//!
//! One `##` heading per service and API version. Member changes of an
//! action's request or response object are listed under the action
//! (入参 / 出参); member changes of other objects under the object
//! (成员). Breaking items (level ERR) are marked. Text-only changes are
//! summed up in one line; flag changes that are INFO with at most a patch
//! bump (a response member that became always present, say) are left out
//! of the notes (the text and JSON formats list them). Each heading is followed by the crate's bump.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::change::{Bump, Change, Level, Rule, Subject};
use crate::diff::VersionInfo;
use crate::report::Report;

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
    docs: &'static str,
    breaking: &'static str,
    new_service: &'static str,
    removed_service: &'static str,
    new_version: &'static str,
    removed_version: &'static str,
    krate: &'static str,
    new_crate: &'static str,
    renamed: &'static str,
    // Item lines: (added, removed, modified) for request, response, member.
    req: [&'static str; 3],
    resp: [&'static str; 3],
    member: [&'static str; 3],
    action_attr: &'static str,
    colon: &'static str,
    sep: &'static str,
    title: &'static str,
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
    docs: "改善已有的文档。",
    breaking: "**[不兼容变更]**",
    new_service: "新产品，首次发布。",
    removed_service: "产品已下线，所有接口删除。",
    new_version: "新版本，首次发布。",
    removed_version: "此版本已删除。",
    krate: "Rust crate",
    new_crate: "新 crate",
    renamed: "重命名",
    req: ["新增入参", "删除入参", "修改入参"],
    resp: ["新增出参", "删除出参", "修改出参"],
    member: ["新增成员", "删除成员", "修改成员"],
    action_attr: "修改属性",
    colon: "：",
    sep: ", ",
    title: "发布说明",
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
    docs: "Documentation improved.",
    breaking: "**[breaking]**",
    new_service: "New product, first release.",
    removed_service: "Product removed, with all its actions.",
    new_version: "New API version, first release.",
    removed_version: "This API version was removed.",
    krate: "Rust crate",
    new_crate: "new crate",
    renamed: "renamed",
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

fn member_kind(rule: Rule) -> Option<usize> {
    use Rule::*;
    Some(match rule {
        RequestMemberAddedRequired
        | RequestMemberAddedOptional
        | ResponseMemberAdded
        | MemberAdded
        | MemberEnabled => 0,
        RequestMemberRemoved | ResponseMemberRemoved | MemberRemoved | MemberDisabled => 1,
        MemberTypeChanged
        | MemberFormatChanged
        | RequestMemberBecameRequired
        | RequestMemberBecameOptional
        | ResponseMemberBecameOptional
        | ResponseMemberBecameRequired
        | ResponseMemberBecameNullable
        | ResponseMemberBecameNonNullable
        | MemberNullableChanged
        | MemberRenamed => 2,
        _ => return None,
    })
}

fn member_detail(c: &Change, w: &Words) -> String {
    let what = match c.rule {
        Rule::MemberRenamed => format!(
            " ({}: {} → {})",
            w.renamed,
            c.old.as_deref().unwrap_or(""),
            c.new.as_deref().unwrap_or("")
        ),
        Rule::MemberDisabled => " (disabled)".to_string(),
        Rule::MemberTypeChanged | Rule::MemberFormatChanged => format!(
            " ({} → {})",
            c.old.as_deref().unwrap_or(""),
            c.new.as_deref().unwrap_or("")
        ),
        Rule::RequestMemberAddedRequired => " (required)".to_string(),
        _ if member_kind(c.rule) == Some(2) => format!(
            " ({} {} → {})",
            c.field.as_deref().unwrap_or(""),
            c.old.as_deref().unwrap_or(""),
            c.new.as_deref().unwrap_or("")
        ),
        _ => String::new(),
    };
    format!("{}{what}", c.member)
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
    for ((svc, ver), changes) in &groups {
        if ver.is_empty() {
            if r.versions.keys().any(|(s, _)| s == svc) {
                continue; // printed under each version heading
            }
            let _ = writeln!(out, "## {svc}\n");
            for c in changes {
                let _ = writeln!(out, "{}\n", service_line(c, w));
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

fn service_line(c: &Change, w: &Words) -> String {
    match c.rule {
        Rule::ServiceAdded => w.new_service.to_string(),
        Rule::ServiceRemoved => format!("{} {}", w.breaking, w.removed_service),
        _ => String::new(),
    }
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
        let _ = writeln!(out, "{}\n", service_line(c, w));
    }
    let io = |obj: &str| info.and_then(|i| i.io.get(obj));
    let mut added_actions = Vec::new();
    let mut removed_actions = Vec::new();
    let mut deprecated = Vec::new();
    let mut added_objects = Vec::new();
    let mut removed_objects = Vec::new();
    let mut mod_actions: BTreeMap<String, Items> = BTreeMap::new();
    let mut mod_objects: BTreeMap<String, Items> = BTreeMap::new();
    let mut docs = false;
    for c in changes {
        match c.rule {
            Rule::ApiVersionAdded => {
                let _ = writeln!(out, "{}\n", w.new_version);
            }
            Rule::ApiVersionRemoved => {
                let _ = writeln!(out, "{} {}\n", w.breaking, w.removed_version);
            }
            Rule::ActionAdded | Rule::ActionBackOnline => added_actions.push(c.parent.clone()),
            Rule::ActionRemoved
            | Rule::ActionRemovedWithoutDeprecation
            | Rule::OfflineActionRemoved
            | Rule::ActionOffline
            | Rule::ActionOfflineWithoutDeprecation => removed_actions.push(flag(c, w, &c.parent)),
            Rule::ActionDeprecated => deprecated.push(c.parent.clone()),
            Rule::ActionUndeprecated | Rule::ActionIoChanged => {
                let detail = format!(
                    "{} ({} → {})",
                    c.field.as_deref().unwrap_or(""),
                    c.old.as_deref().unwrap_or(""),
                    c.new.as_deref().unwrap_or("")
                );
                mod_actions.entry(c.parent.clone()).or_default().push(
                    3,
                    2,
                    c.level == Level::Err,
                    detail,
                );
            }
            Rule::ObjectAdded if io(&c.parent).is_none() => added_objects.push(c.parent.clone()),
            Rule::ObjectRemoved if io(&c.parent).is_none() => {
                removed_objects.push(flag(c, w, &c.parent))
            }
            Rule::ObjectRenamed => {
                let text = format!(
                    "{} → {}",
                    c.old.as_deref().unwrap_or(""),
                    c.new.as_deref().unwrap_or("")
                );
                mod_objects.entry(c.parent.clone()).or_default().push(
                    2,
                    2,
                    false,
                    format!("{} ({text})", w.renamed),
                );
            }
            Rule::DocChanged | Rule::ExampleChanged | Rule::ExamplesChanged => docs = true,
            _ if c.subject == Subject::Member => {
                let Some(kind) = member_kind(c.rule) else {
                    continue;
                };
                // Flag changes that neither break nor change the crate's
                // API (INFO, patch) stay out of the notes; text and JSON
                // output list them.
                if kind == 2 && c.level == Level::Info && c.bump < Bump::Minor {
                    continue;
                }
                let text = member_detail(c, w);
                let breaking = c.level == Level::Err;
                match io(&c.parent) {
                    Some((action, is_input)) => mod_actions
                        .entry(action.clone())
                        .or_default()
                        .push(if *is_input { 0 } else { 1 }, kind, breaking, text),
                    None => mod_objects
                        .entry(c.parent.clone())
                        .or_default()
                        .push(2, kind, breaking, text),
                }
            }
            _ => {}
        }
    }
    if docs {
        let _ = writeln!(out, "{}\n", w.docs);
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
