//! The vocabulary of the release notes (Tencent's SERVICE_CHANGELOG words,
//! or English) and how a change is marked under its crate's bump: shared by
//! the full list ([`super::markdown`]) and the summary ([`super::summary`]),
//! so neither needs the other's internals.

use crate::change::{Bump, Change, Level, Rule};
use crate::lang::Lang;
use crate::report::Report;

pub(crate) struct Words {
    pub(crate) version: &'static str,
    pub(crate) added_actions: &'static str,
    pub(crate) modified_actions: &'static str,
    pub(crate) removed_actions: &'static str,
    pub(crate) deprecated_actions: &'static str,
    pub(crate) added_objects: &'static str,
    pub(crate) modified_objects: &'static str,
    pub(crate) removed_objects: &'static str,
    /// The mark of a change that breaks Rust code (the crate's bump is
    /// major): only under a crate bumped major (or retired).
    pub(crate) breaking: &'static str,
    /// The mark of a change that breaks callers of the HTTP API (level ERR)
    /// but not Rust code (every field is an `Option`): under any bump.
    pub(crate) behaviour: &'static str,
    pub(crate) krate: &'static str,
    pub(crate) new_crate: &'static str,
    // Item lines, by kind: added, removed, modified, deprecated (a member
    // marked disabled: the field stays, `#[deprecated]`), undeprecated;
    // for request, response and other members.
    pub(crate) req: [&'static str; 5],
    pub(crate) resp: [&'static str; 5],
    pub(crate) member: [&'static str; 5],
    pub(crate) action_attr: &'static str,
    pub(crate) colon: &'static str,
    pub(crate) sep: &'static str,
    pub(crate) title: &'static str,
    pub(crate) no_changes: &'static str,
    /// Versions whose changes are to docs or examples only and whose crate's
    /// generated code is unchanged: one line for all of them.
    pub(crate) no_code: &'static str,
    /// A crate bumped patch whose only changes are docs.
    pub(crate) docs: &'static str,
    /// A crate with code changes whose docs changed too.
    pub(crate) docs_also: &'static str,
}

pub(crate) const ZH: Words = Words {
    version: "版本：",
    added_actions: "新增接口：",
    modified_actions: "修改接口：",
    removed_actions: "删除接口：",
    deprecated_actions: "预下线接口：",
    added_objects: "新增数据结构：",
    modified_objects: "修改数据结构：",
    removed_objects: "删除数据结构：",
    breaking: "**[不兼容变更]**",
    behaviour: "**[行为变更]**",
    krate: "Rust crate",
    new_crate: "新 crate",
    req: ["新增入参", "删除入参", "修改入参", "废弃入参", "恢复入参"],
    resp: ["新增出参", "删除出参", "修改出参", "废弃出参", "恢复出参"],
    member: ["新增成员", "删除成员", "修改成员", "废弃成员", "恢复成员"],
    action_attr: "修改属性",
    colon: "：",
    sep: ", ",
    title: "发布说明",
    no_changes: "本次发布无 API 变更。",
    no_code: "仅更新文档或接口示例（生成的代码不变）：",
    docs: "改善已有的文档。",
    docs_also: "文档亦有更新。",
};

pub(crate) const EN: Words = Words {
    version: "version: ",
    added_actions: "New actions:",
    modified_actions: "Modified actions:",
    removed_actions: "Removed actions:",
    deprecated_actions: "Deprecated actions (to go offline):",
    added_objects: "New data structures:",
    modified_objects: "Modified data structures:",
    removed_objects: "Removed data structures:",
    breaking: "**[breaking]**",
    behaviour: "**[behaviour change]**",
    krate: "Rust crate",
    new_crate: "new crate",
    req: [
        "New request parameters",
        "Removed request parameters",
        "Modified request parameters",
        "Deprecated request parameters",
        "Request parameters no longer deprecated",
    ],
    resp: [
        "New response parameters",
        "Removed response parameters",
        "Modified response parameters",
        "Deprecated response parameters",
        "Response parameters no longer deprecated",
    ],
    member: [
        "New members",
        "Removed members",
        "Modified members",
        "Deprecated members",
        "Members no longer deprecated",
    ],
    action_attr: "Changed",
    colon: ": ",
    sep: ", ",
    title: "Release notes",
    no_changes: "No API changes in this release.",
    no_code: "Docs or examples updated only (no generated code changed): ",
    docs: "Documentation improved.",
    docs_also: "Documentation updated as well.",
};

pub(crate) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// How a change is marked in the notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Mark {
    None,
    /// Level ERR for the HTTP contract, but Rust code still compiles.
    Behaviour,
    /// Breaks Rust code: a major bump, in a crate bumped major.
    Breaking,
}

/// The mark of a change under a crate with bump `crate_bump` (`major`,
/// `minor`, ..., `removed`). A change is breaking only where it makes the
/// crate major, so no "[breaking]" ever sits under a crate bumped minor.
pub(crate) fn mark(c: &Change, crate_bump: &str) -> Mark {
    let crate_major = matches!(crate_bump, "major" | "removed");
    if crate_major && (c.bump == Bump::Major || c.rule == Rule::ServiceRemoved) {
        Mark::Breaking
    } else if c.level == Level::Err {
        Mark::Behaviour
    } else {
        Mark::None
    }
}

/// The crate bump of a service in the report (`none` if it has none).
pub(crate) fn crate_bump<'a>(r: &'a Report, svc: &str) -> &'a str {
    r.semver
        .iter()
        .find(|b| b.service == svc)
        .map_or("none", |b| b.bump_label.as_str())
}
