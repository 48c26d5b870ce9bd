//! Services, API versions, and an action's status (预下线, offline).

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
        family: Family::Lifecycle,
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

pub(super) const RULES: &[RuleDef] = &[
    RuleDef {
        bump_note: Some("new crate 0.1.0"),
        notes: Notes::ServiceLine,
        zh: "新产品，首次发布。",
        en: "New product, first release.",
        ..rule(
            Rule::ServiceAdded,
            "service-added",
            Level::Info,
            Bump::Minor,
            "nothing existing changes",
        )
    },
    RuleDef {
        bump_note: Some("(crate retired)"),
        notes: Notes::ServiceLine,
        zh: "产品已下线，所有接口删除。",
        en: "Product removed, with all its actions.",
        ..rule(
            Rule::ServiceRemoved,
            "service-removed",
            Level::Err,
            Bump::Major,
            "every call to it fails",
        )
    },
    RuleDef {
        notes: Notes::VersionLine,
        zh: "新版本，首次发布。",
        en: "New API version, first release.",
        ..rule(
            Rule::ApiVersionAdded,
            "api-version-added",
            Level::Info,
            Bump::Minor,
            "a new module/feature",
        )
    },
    RuleDef {
        notes: Notes::VersionLine,
        zh: "此版本已删除。",
        en: "This API version was removed.",
        ..rule(
            Rule::ApiVersionRemoved,
            "api-version-removed",
            Level::Err,
            Bump::Major,
            "every call to that version fails",
        )
    },
    RuleDef {
        notes: Notes::ActionDeprecated,
        ..rule(
            Rule::ActionDeprecated,
            "action-deprecated",
            Level::Info,
            Bump::Minor,
            "still callable; a warning to plan ahead (预下线)",
        )
    },
    RuleDef {
        notes: Notes::ActionModified,
        zh: "{field} ({old} → {new})",
        en: "{field} ({old} → {new})",
        ..rule(
            Rule::ActionUndeprecated,
            "action-undeprecated",
            Level::Info,
            Bump::Minor,
            "the warning is lifted",
        )
    },
    RuleDef {
        notes: Notes::ActionRemoved,
        ..rule(
            Rule::ActionOfflineWithoutDeprecation,
            "action-offline-without-deprecation",
            Level::Err,
            Bump::Major,
            "calls fail with no warning period",
        )
    },
    RuleDef {
        notes: Notes::ActionRemoved,
        ..rule(
            Rule::ActionOffline,
            "action-offline",
            Level::Warn,
            Bump::Major,
            "calls fail, after a deprecation period",
        )
    },
    RuleDef {
        notes: Notes::ActionAdded,
        ..rule(
            Rule::ActionBackOnline,
            "action-back-online",
            Level::Info,
            Bump::Minor,
            "a call becomes available again",
        )
    },
];
