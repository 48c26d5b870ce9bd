//! Text: docs, member examples, and examples.json.

use super::{Family::Examples, Notes, RuleDef};
use crate::change::{Bump, Level, Rule};

const DOCS: (&str, &str) = ("改善已有的文档。", "Documentation improved.");

pub(super) const RULES: &[RuleDef] = &[
    RuleDef::new(
        Rule::DocChanged,
        "doc-changed",
        Examples,
        Level::Info,
        Bump::Patch,
        "text only (`document`, action `title`, `api_brief`, product name)",
    )
    .notes(Notes::Docs)
    .text(DOCS.0, DOCS.1),
    RuleDef::new(
        Rule::ExampleChanged,
        "example-changed",
        Examples,
        Level::Info,
        Bump::Patch,
        "a member's `example` text",
    )
    .notes(Notes::Docs)
    .text(DOCS.0, DOCS.1),
    RuleDef::new(
        Rule::ExamplesChanged,
        "examples-changed",
        Examples,
        Level::Info,
        Bump::Patch,
        "an action's examples.json entries",
    )
    .notes(Notes::Docs)
    .text(DOCS.0, DOCS.1),
];
