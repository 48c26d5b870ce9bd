//! The rule registry: each rule defined once, as data (id, family, level,
//! direction, semver effect, why, release-note placement and its zh / en
//! message templates), one module per family, as oasdiff's checkers are.
//! `tc-specdiff --list-rules` prints it; the crate docs' rule table is
//! checked against it by a test.

use std::sync::LazyLock;

use serde::Serialize;

use crate::change::{Bump, Change, Level, Rule};
use crate::lang::Lang;

mod actions;
mod examples;
mod lifecycle;
mod members;
mod objects;

/// The family of a rule (one module each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// Services, API versions, and action status (deprecation, offline).
    Lifecycle,
    Actions,
    Objects,
    Members,
    /// Docs and examples.
    Examples,
}

impl Family {
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Lifecycle => "lifecycle",
            Family::Actions => "actions",
            Family::Objects => "objects",
            Family::Members => "members",
            Family::Examples => "examples",
        }
    }
}

/// Which side of a call a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleSide {
    /// Members of sent objects.
    Request,
    /// Members of received objects.
    Response,
    /// Members of objects that travel neither way (not generated).
    Unreached,
    /// Not about one side.
    Any,
}

impl RuleSide {
    pub fn as_str(self) -> &'static str {
        match self {
            RuleSide::Request => "request",
            RuleSide::Response => "response",
            RuleSide::Unreached => "unreached",
            RuleSide::Any => "any",
        }
    }
}

/// Where release notes (Tencent's SERVICE_CHANGELOG layout) list a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Notes {
    /// A line under the service's headings.
    ServiceLine,
    /// A line under the API version's heading.
    VersionLine,
    /// 新增接口.
    ActionAdded,
    /// 删除接口.
    ActionRemoved,
    /// 预下线接口.
    ActionDeprecated,
    /// 修改接口, 修改属性.
    ActionModified,
    /// 新增数据结构 (objects that are no action's input or output).
    ObjectAdded,
    /// 删除数据结构.
    ObjectRemoved,
    /// 修改数据结构.
    ObjectModified,
    /// 新增入参 / 新增出参 / 新增成员.
    MemberAdded,
    /// 删除入参 / 删除出参 / 删除成员.
    MemberRemoved,
    /// 修改入参 / 修改出参 / 修改成员.
    MemberModified,
    /// 废弃入参 / 废弃出参 / 废弃成员: a member marked disabled upstream (the
    /// Rust field stays, `#[deprecated]`); not a removal.
    MemberDeprecated,
    /// 恢复入参 / 恢复出参 / 恢复成员: the disabled mark is gone.
    MemberUndeprecated,
    /// 改善已有的文档 (one line per version).
    Docs,
    /// Not in release notes (text and JSON output list it).
    Omitted,
}

/// One rule, all its facts in one place.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct RuleDef {
    #[serde(skip)]
    pub rule: Rule,
    /// The stable kebab-case id: ignore files and CI gates refer to it.
    pub id: &'static str,
    pub family: Family,
    /// For the HTTP API contract.
    pub level: Level,
    pub side: RuleSide,
    /// The semver effect on the generated crate where the subject is
    /// generated (a subject that is not generated bumps nothing).
    #[serde(serialize_with = "crate::change::serialize_bump")]
    pub bump: Bump,
    /// What the crate docs' table says instead of `bump` (service rules).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bump_note: Option<&'static str>,
    /// Why this level.
    pub why: &'static str,
    pub notes: Notes,
    /// Release-note item template, in Tencent's vocabulary. Placeholders:
    /// `{action}`, `{object}`, `{member}`, `{field}`, `{old}`, `{new}`.
    pub zh: &'static str,
    /// The same in English.
    pub en: &'static str,
}

impl RuleDef {
    /// A rule about no particular side, not in release notes, whose
    /// message is the action's name; the builders below set the rest.
    pub const fn new(
        rule: Rule,
        id: &'static str,
        family: Family,
        level: Level,
        bump: Bump,
        why: &'static str,
    ) -> RuleDef {
        RuleDef {
            rule,
            id,
            family,
            level,
            side: RuleSide::Any,
            bump,
            bump_note: None,
            why,
            notes: Notes::Omitted,
            zh: "{action}",
            en: "{action}",
        }
    }

    pub const fn side(self, side: RuleSide) -> RuleDef {
        RuleDef { side, ..self }
    }

    pub const fn notes(self, notes: Notes) -> RuleDef {
        RuleDef { notes, ..self }
    }

    /// The release-note templates, in Chinese and English.
    pub const fn text(self, zh: &'static str, en: &'static str) -> RuleDef {
        RuleDef { zh, en, ..self }
    }

    /// The same template in both languages.
    pub const fn text_both(self, t: &'static str) -> RuleDef {
        self.text(t, t)
    }

    pub const fn bump_note(self, note: &'static str) -> RuleDef {
        RuleDef {
            bump_note: Some(note),
            ..self
        }
    }

    /// The template filled in from a change.
    pub fn message(&self, c: &Change, lang: Lang) -> String {
        let t = match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        };
        fill(t, c)
    }

    /// The bump column of the crate docs' table.
    pub fn bump_label(&self) -> &'static str {
        self.bump_note.unwrap_or(self.bump.as_str())
    }
}

/// Replaces `{name}` placeholders; unknown ones stay as written.
fn fill(template: &str, c: &Change) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(j) = after.find('}') else {
            out.push_str(&rest[i..]);
            return out;
        };
        let value = match &after[..j] {
            "action" | "object" => Some(c.parent.as_str()),
            "member" => Some(c.member.as_str()),
            "field" => Some(c.field.as_deref().unwrap_or("")),
            "old" => Some(c.old.as_deref().unwrap_or("")),
            "new" => Some(c.new.as_deref().unwrap_or("")),
            _ => None,
        };
        match value {
            Some(v) => out.push_str(v),
            None => out.push_str(&rest[i..i + j + 2]),
        }
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    out
}

/// Every rule, in [`Rule`] order.
pub fn registry() -> &'static [RuleDef] {
    static ALL: LazyLock<Vec<RuleDef>> = LazyLock::new(|| {
        let mut v: Vec<RuleDef> = [
            lifecycle::RULES,
            actions::RULES,
            objects::RULES,
            members::RULES,
            examples::RULES,
        ]
        .concat();
        v.sort_by_key(|d| d.rule);
        v
    });
    &ALL
}

/// The definition of one rule.
pub fn def(rule: Rule) -> &'static RuleDef {
    // The registry holds each rule once, in enum order (a test checks it).
    &registry()[rule as usize]
}

/// The crate docs' rule table (Markdown rows), from the registry.
pub fn markdown_table() -> String {
    let mut s = String::from("| id | level | bump | why this level |\n|---|---|---|---|\n");
    for d in registry() {
        s.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            d.id,
            d.level,
            d.bump_label(),
            d.why
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::change::Subject;

    #[test]
    fn each_rule_is_defined_once_in_enum_order() {
        let r = registry();
        // Every variant, each once: the last variant's index + 1 entries,
        // each at its own index.
        assert_eq!(r.len(), Rule::ExamplesChanged as usize + 1);
        for (i, d) in r.iter().enumerate() {
            assert_eq!(d.rule as usize, i, "{} out of order", d.id);
        }
        let mut ids: Vec<&str> = r.iter().map(|d| d.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), r.len(), "duplicate ids");
        for d in r {
            assert!(
                d.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{} is not kebab-case",
                d.id
            );
            assert!(!d.why.is_empty() && !d.zh.is_empty() && !d.en.is_empty());
        }
    }

    #[test]
    fn the_crate_docs_table_is_the_registry() {
        let docs: String = include_str!("../lib.rs")
            .lines()
            .filter_map(|l| l.strip_prefix("//! "))
            .filter(|l| l.starts_with('|'))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(
            docs,
            markdown_table(),
            "the rule table in src/lib.rs differs from the registry: paste `tc-specdiff --list-rules --format markdown`"
        );
    }

    #[test]
    fn the_rules_and_the_language_need_nothing_from_the_renderers() {
        // The renderers use the rules; the other way round once tied the
        // change model, rules, diff, report and renderers into one module
        // loop (issue 23). The needles are built so this file does not match.
        let needles = [
            ["crate", "::render"].concat(),
            ["super", "::render"].concat(),
        ];
        for (file, src) in [
            ("rules/mod.rs", include_str!("mod.rs")),
            ("rules/actions.rs", include_str!("actions.rs")),
            ("rules/examples.rs", include_str!("examples.rs")),
            ("rules/lifecycle.rs", include_str!("lifecycle.rs")),
            ("rules/members.rs", include_str!("members.rs")),
            ("rules/objects.rs", include_str!("objects.rs")),
            ("lang.rs", include_str!("../lang.rs")),
        ] {
            let mut code = src.lines().filter(|l| !l.trim_start().starts_with("//"));
            assert!(
                !code.any(|l| needles.iter().any(|n| l.contains(n.as_str()))),
                "{file} uses the renderers"
            );
        }
    }

    #[test]
    fn templates_fill_from_the_change() {
        let c = Change::new(Rule::MemberRenamed, Subject::Member, "cvm", "v1")
            .member("Filter", "Name")
            .values(Some("Key".into()), Some("Name".into()));
        assert_eq!(
            def(Rule::MemberRenamed).message(&c, Lang::En),
            "Name (renamed: Key → Name)"
        );
        assert_eq!(
            def(Rule::MemberRenamed).message(&c, Lang::Zh),
            "Name (重命名: Key → Name)"
        );
        assert_eq!(fill("{unknown} {member", &c), "{unknown} {member");
    }
}
