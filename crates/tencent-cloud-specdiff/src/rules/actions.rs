//! Actions added, removed, or calling other objects.

use super::{Family::Actions, Notes, RuleDef};
use crate::change::{Bump, Level, Rule};

pub(super) const RULES: &[RuleDef] = &[
    RuleDef::new(
        Rule::ActionAdded,
        "action-added",
        Actions,
        Level::Info,
        Bump::Minor,
        "a new call; none existing changes",
    )
    .notes(Notes::ActionAdded),
    RuleDef::new(
        Rule::ActionRemovedWithoutDeprecation,
        "action-removed-without-deprecation",
        Actions,
        Level::Err,
        Bump::Major,
        "calls fail with no warning period",
    )
    .notes(Notes::ActionRemoved),
    RuleDef::new(
        Rule::ActionRemoved,
        "action-removed",
        Actions,
        Level::Warn,
        Bump::Major,
        "calls fail, but users were warned by the deprecation",
    )
    .notes(Notes::ActionRemoved),
    RuleDef::new(
        Rule::OfflineActionRemoved,
        "offline-action-removed",
        Actions,
        Level::Info,
        Bump::Patch,
        "it was not callable (nor generated) already",
    )
    .notes(Notes::ActionRemoved),
    RuleDef::new(
        Rule::ActionIoChanged,
        "action-io-changed",
        Actions,
        Level::Err,
        Bump::Major,
        "the action's input or output object is a different one",
    )
    .notes(Notes::ActionModified)
    .text_both("{field} ({old} → {new})"),
];
