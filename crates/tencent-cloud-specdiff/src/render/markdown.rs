//! `--format markdown`: release notes in the vocabulary of Tencent's
//! SERVICE_CHANGELOG (新增接口 / 修改接口 / 删除接口 / 预下线接口 /
//! 新增数据结构 / 修改数据结构 / 删除数据结构; 新增入参 / 新增出参 /
//! 新增成员 / 删除成员 / 修改成员 ...), or in English with `--lang en`.
//!
//! The notes open with a summary ([`super::summary`]: counts, crates and
//! their bumps, every breaking change one line per crate), then the full
//! list: one `##` heading per service and API version, followed by the
//! crate's bump. Member changes of an action's request or response object
//! are listed under the action (入参 / 出参); member changes of other
//! objects under the object (成员). Every member change is listed, flag
//! changes too (a response member that may now be null, as Tencent's own
//! notes list them), one line per object with the members grouped by the
//! flip; an action or object with a single item line is one line.
//!
//! Marks agree with the crate's bump: **[不兼容变更]** / **[breaking]** only
//! for a change that makes its crate major (so never under a crate bumped
//! minor), **[行为变更]** / **[behaviour change]** for a change that breaks
//! callers of the HTTP API (level ERR) but not Rust code. A member marked
//! disabled upstream is listed as deprecated (废弃入参 …), not removed: the
//! Rust field stays, `#[deprecated]`.
//!
//! Versions whose only changes are docs or examples, in a crate whose
//! generated code did not change, get no heading, only one line for the
//! release; a release with no change at all says so in one line. The docs
//! line says "documentation improved" only under a crate bumped patch, and
//! "documentation updated as well" under one with code changes.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::change::{Change, Rule};
use crate::diff::VersionInfo;
use crate::report::Report;
use crate::rules::Notes;

use super::words::{Mark, Words, crate_bump, mark, words};

/// The output language, re-exported from its home ([`crate::lang`]) where
/// it has always been public.
pub use crate::lang::Lang;

/// A flag change (required, output_required, value_allowed_null): listed
/// one line per object, members grouped by the flip.
fn is_flag(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::RequestMemberBecameRequired
            | Rule::RequestMemberBecameOptional
            | Rule::ResponseMemberBecameOptional
            | Rule::ResponseMemberBecameRequired
            | Rule::ResponseMemberBecameNullable
            | Rule::ResponseMemberBecameNonNullable
            | Rule::MemberNullableChanged
    )
}

/// Items of one action or object: (group 0 request / 1 response / 2 member
/// / 3 action attribute, kind, mark) → names with details; flag changes
/// by (group, mark) → the flip (`output_required false → true`) → members.
#[derive(Default)]
struct Items {
    lines: BTreeMap<(usize, usize, Mark), Vec<String>>,
    flags: BTreeMap<(usize, Mark), BTreeMap<String, Vec<String>>>,
}

impl Items {
    fn push(&mut self, group: usize, kind: usize, mark: Mark, text: String) {
        self.lines
            .entry((group, kind, mark))
            .or_default()
            .push(text);
    }

    fn push_flag(&mut self, group: usize, mark: Mark, c: &Change) {
        let flip = format!(
            "{} {} → {}",
            c.field.as_deref().unwrap_or(""),
            c.old.as_deref().unwrap_or(""),
            c.new.as_deref().unwrap_or("")
        );
        self.flags
            .entry((group, mark))
            .or_default()
            .entry(flip)
            .or_default()
            .push(c.member.clone());
    }

    /// The item lines, in order: added, removed, modified (flags last),
    /// deprecated, undeprecated; unmarked before marked.
    fn render(&self, w: &Words) -> Vec<String> {
        let label = |group: usize, kind: usize| match group {
            0 => w.req[kind],
            1 => w.resp[kind],
            2 => w.member[kind],
            _ => w.action_attr,
        };
        let prefix = |m: Mark| match m {
            Mark::None => String::new(),
            Mark::Behaviour => format!("{} ", w.behaviour),
            Mark::Breaking => format!("{} ", w.breaking),
        };
        let mut keys: Vec<(usize, usize, Mark)> = self.lines.keys().copied().collect();
        keys.extend(self.flags.keys().map(|(g, m)| (*g, 2, *m)));
        keys.sort();
        keys.dedup();
        let mut out = Vec::new();
        for (group, kind, m) in keys {
            if let Some(names) = self.lines.get(&(group, kind, m)) {
                out.push(format!(
                    "{}{}{}{}",
                    prefix(m),
                    label(group, kind),
                    w.colon,
                    names.join(w.sep)
                ));
            }
            if kind == 2
                && let Some(flips) = self.flags.get(&(group, m))
            {
                let parts: Vec<String> = flips
                    .iter()
                    .map(|(flip, members)| format!("{} ({flip})", members.join(w.sep)))
                    .collect();
                out.push(format!(
                    "{}{}{}{}",
                    prefix(m),
                    label(group, 2),
                    w.colon,
                    parts.join("; ")
                ));
            }
        }
        out
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

/// 修改接口 / 修改数据结构: one entry per action or object, its item lines
/// below it; an entry with a single item line (a flag flip, say) is one
/// line (`* Name：修改成员：…`).
fn modified(out: &mut String, title: &str, by: &BTreeMap<String, Items>, w: &Words) {
    if by.is_empty() {
        return;
    }
    let _ = writeln!(out, "{title}\n");
    for (name, items) in by {
        let lines = items.render(w);
        if let [only] = lines.as_slice() {
            let _ = writeln!(out, "* {name}{}{only}", w.colon);
            continue;
        }
        let _ = writeln!(out, "* {name}");
        for l in lines {
            let _ = writeln!(out, "\t* {l}");
        }
    }
    out.push('\n');
}

fn marked(m: Mark, w: &Words, name: &str) -> String {
    match m {
        Mark::None => name.to_string(),
        Mark::Behaviour => format!("{} {name}", w.behaviour),
        Mark::Breaking => format!("{} {name}", w.breaking),
    }
}

/// Renders release notes: the summary ([`super::summary`], without
/// versions or date), then the full list. `title` adds a top-level heading
/// naming the two releases (the xtask adds its own).
pub fn render(r: &Report, lang: Lang, title: bool) -> String {
    let w = words(lang);
    let mut out = String::new();
    if title {
        let _ = writeln!(out, "# {}: {} → {}\n", w.title, r.old_name, r.new_name);
    }
    if r.changes.is_empty() {
        let _ = writeln!(out, "{}\n", w.no_changes);
        return out;
    }
    out.push_str(&super::summary::render(
        r,
        lang,
        &super::summary::Context::default(),
    ));
    out.push_str(&render_full(r, lang));
    out
}

/// The full list, in Tencent's changelog vocabulary: one `##` heading per
/// service and API version with the crate's bump, then its items.
pub fn render_full(r: &Report, lang: Lang) -> String {
    let w = words(lang);
    let mut out = String::new();
    if r.changes.is_empty() {
        let _ = writeln!(out, "{}\n", w.no_changes);
        return out;
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
    // Versions whose only changes are to docs or examples, in a crate whose
    // generated code did not change: one line for the release, no heading.
    let no_code = |svc: &str, changes: &[&Change]| {
        crate_bump(r, svc) == "none"
            && changes.iter().all(|c| {
                matches!(
                    c.rule,
                    Rule::ExampleChanged | Rule::ExamplesChanged | Rule::DocChanged
                )
            })
    };
    let mut only: Vec<String> = groups
        .iter()
        .filter(|((_, v), cs)| !v.is_empty() && no_code(&cs[0].service, cs))
        .map(|((s, v), _)| format!("{s} {v}"))
        .collect();
    only.dedup();
    if !only.is_empty() {
        let _ = writeln!(out, "{}{}\n", w.no_code, only.join(w.sep));
    }
    for ((svc, ver), changes) in &groups {
        if !ver.is_empty() && no_code(svc, changes) {
            continue;
        }
        if ver.is_empty() {
            if r.versions.keys().any(|(s, _)| s == svc) {
                continue; // printed under each version heading
            }
            let _ = writeln!(out, "## {svc}\n");
            for c in changes {
                let _ = writeln!(out, "{}\n", service_line(c, w, lang, crate_bump(r, svc)));
            }
            continue;
        }
        let info = r.versions.get(&(svc.to_string(), ver.to_string()));
        let doc = Doc {
            report: r,
            words: w,
            lang,
        };
        render_version(
            &mut out,
            doc,
            svc,
            ver,
            info,
            changes,
            service_level.get(svc),
        );
    }
    out
}

/// A service-level change's line (新产品，首次发布。 ...), marked.
fn service_line(c: &Change, w: &Words, lang: Lang, bump: &str) -> String {
    marked(mark(c, bump), w, &c.rule.def().message(c, lang))
}

/// What a document is rendered from: the report, in one language's words.
#[derive(Clone, Copy)]
struct Doc<'a> {
    report: &'a Report,
    words: &'a Words,
    lang: Lang,
}

fn render_version(
    out: &mut String,
    doc: Doc<'_>,
    svc: &str,
    ver: &str,
    info: Option<&VersionInfo>,
    changes: &[&Change],
    service_changes: Option<&Vec<&Change>>,
) {
    let Doc {
        report: r,
        words: w,
        lang,
    } = doc;
    let date = info
        .map(|i| i.api_version.clone())
        .unwrap_or_else(|| ver.to_string());
    let product = match (lang, info.and_then(|i| i.service_name_cn.as_deref())) {
        (Lang::Zh, Some(cn)) => format!("{cn}({svc})"),
        _ => svc.to_string(),
    };
    let bump = crate_bump(r, svc);
    let _ = writeln!(out, "## {product} {}{date}\n", w.version);
    if let Some(b) = r.semver.iter().find(|b| b.service == svc) {
        let what = match b.bump_label.as_str() {
            "new" => format!("{} 0.1.0", w.new_crate),
            other => other.to_string(),
        };
        let _ = writeln!(out, "{} `{}`: {what}\n", w.krate, b.krate);
    }
    for c in service_changes.into_iter().flatten() {
        let _ = writeln!(out, "{}\n", service_line(c, w, lang, bump));
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
        let d = c.rule.def();
        let msg = d.message(c, lang);
        let m = mark(c, bump);
        let member_kind = match d.notes {
            Notes::MemberAdded => 0,
            Notes::MemberRemoved => 1,
            Notes::MemberModified => 2,
            Notes::MemberDeprecated => 3,
            Notes::MemberUndeprecated => 4,
            Notes::ServiceLine | Notes::VersionLine => {
                let _ = writeln!(out, "{}\n", marked(m, w, &msg));
                continue;
            }
            Notes::ActionAdded => {
                added_actions.push(msg);
                continue;
            }
            Notes::ActionRemoved => {
                removed_actions.push(marked(m, w, &msg));
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
                    .push(3, 2, m, msg);
                continue;
            }
            // Objects that are an action's input or output show up as the
            // action's parameters instead.
            Notes::ObjectAdded if io(&c.parent).is_none() => {
                added_objects.push(msg);
                continue;
            }
            Notes::ObjectRemoved if io(&c.parent).is_none() => {
                removed_objects.push(marked(m, w, &msg));
                continue;
            }
            Notes::ObjectModified => {
                mod_objects
                    .entry(c.parent.clone())
                    .or_default()
                    .push(2, 2, m, msg);
                continue;
            }
            Notes::Docs => {
                docs = true;
                continue;
            }
            Notes::ObjectAdded | Notes::ObjectRemoved | Notes::Omitted => continue,
        };
        let (entry, group) = match io(&c.parent) {
            Some((action, is_input)) => (
                mod_actions.entry(action.clone()).or_default(),
                if *is_input { 0 } else { 1 },
            ),
            None => (mod_objects.entry(c.parent.clone()).or_default(), 2),
        };
        if member_kind == 2 && is_flag(c.rule) {
            entry.push_flag(group, m, c);
        } else {
            entry.push(group, member_kind, m, msg);
        }
    }
    // The docs line says what kind of release this is for the crate: only
    // docs (patch), or docs besides code changes; under a crate whose
    // generated code did not change (the docs that changed are not
    // generated) it says nothing.
    match (docs, bump) {
        (true, "patch") => {
            let _ = writeln!(out, "{}\n", w.docs);
        }
        (true, "none") | (false, _) => {}
        (true, _) => {
            let _ = writeln!(out, "{}\n", w.docs_also);
        }
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
