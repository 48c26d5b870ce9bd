//! Objects (data structures) added, removed, renamed, or (no longer)
//! reached from an action.

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
        family: Family::Objects,
        level,
        side: RuleSide::Any,
        bump,
        bump_note: None,
        why,
        notes: Notes::Omitted,
        zh: "{object}",
        en: "{object}",
    }
}

pub(super) const RULES: &[RuleDef] = &[
    RuleDef {
        notes: Notes::ObjectAdded,
        ..rule(
            Rule::ObjectAdded,
            "object-added",
            Level::Info,
            Bump::Minor,
            "a new struct",
        )
    },
    RuleDef {
        notes: Notes::ObjectRemoved,
        ..rule(
            Rule::ObjectRemoved,
            "object-removed",
            Level::Warn,
            Bump::Major,
            "the members that used it are reported (ERR) on their own; the struct goes",
        )
    },
    RuleDef {
        notes: Notes::ObjectModified,
        zh: "重命名 ({old} → {new})",
        en: "renamed ({old} → {new})",
        ..rule(
            Rule::ObjectRenamed,
            "object-renamed",
            Level::Info,
            Bump::Major,
            "reported on top of removed + added: same shape, new name",
        )
    },
    RuleDef {
        zh: "{object} (开始生成)",
        en: "{object} (now generated)",
        ..rule(
            Rule::ObjectBecameReachable,
            "object-became-reachable",
            Level::Info,
            Bump::Minor,
            "the struct starts being generated",
        )
    },
    RuleDef {
        zh: "{object} (不再生成)",
        en: "{object} (no longer generated)",
        ..rule(
            Rule::ObjectBecameUnreachable,
            "object-became-unreachable",
            Level::Info,
            Bump::Major,
            "no action uses it any more; the struct goes",
        )
    },
];
