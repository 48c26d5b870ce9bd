//! Text: docs, member examples, and examples.json.

use super::{Family, Notes, RuleDef, RuleSide};
use crate::change::{Bump, Level, Rule};

const fn rule(rule: Rule, id: &'static str, why: &'static str) -> RuleDef {
    RuleDef {
        rule,
        id,
        family: Family::Examples,
        level: Level::Info,
        side: RuleSide::Any,
        bump: Bump::Patch,
        bump_note: None,
        why,
        notes: Notes::Docs,
        zh: "改善已有的文档。",
        en: "Documentation improved.",
    }
}

pub(super) const RULES: &[RuleDef] = &[
    rule(
        Rule::DocChanged,
        "doc-changed",
        "text only (`document`, action `title`, `api_brief`, product name)",
    ),
    rule(
        Rule::ExampleChanged,
        "example-changed",
        "a member's `example` text",
    ),
    rule(
        Rule::ExamplesChanged,
        "examples-changed",
        "an action's examples.json entries",
    ),
];
