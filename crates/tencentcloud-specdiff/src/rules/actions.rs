//! Actions added, removed, or calling other objects.

use super::{Family, Notes, RuleDef, RuleSide};
use crate::change::{Bump, Level, Rule};

const fn rule(
    rule: Rule,
    id: &'static str,
    level: Level,
    bump: Bump,
    why: &'static str,
) -> RuleDef {
    RuleDef {
        rule,
        id,
        family: Family::Actions,
        level,
        side: RuleSide::Any,
        bump,
        bump_note: None,
        why,
        notes: Notes::ActionRemoved,
        zh: "{action}",
        en: "{action}",
    }
}

pub(super) const RULES: &[RuleDef] = &[
    RuleDef {
        notes: Notes::ActionAdded,
        ..rule(
            Rule::ActionAdded,
            "action-added",
            Level::Info,
            Bump::Minor,
            "a new call; none existing changes",
        )
    },
    rule(
        Rule::ActionRemovedWithoutDeprecation,
        "action-removed-without-deprecation",
        Level::Err,
        Bump::Major,
        "calls fail with no warning period",
    ),
    rule(
        Rule::ActionRemoved,
        "action-removed",
        Level::Warn,
        Bump::Major,
        "calls fail, but users were warned by the deprecation",
    ),
    rule(
        Rule::OfflineActionRemoved,
        "offline-action-removed",
        Level::Info,
        Bump::Patch,
        "it was not callable (nor generated) already",
    ),
    RuleDef {
        notes: Notes::ActionModified,
        zh: "{field} ({old} → {new})",
        en: "{field} ({old} → {new})",
        ..rule(
            Rule::ActionIoChanged,
            "action-io-changed",
            Level::Err,
            Bump::Major,
            "the action's input or output object is a different one",
        )
    },
];
