//! Services, API versions, and an action's status (预下线, offline).
//!
//! A service added or removed bumps no crate: its crate is new (0.1.0) or
//! retired, which the semver list says as `new` / `removed`.

use super::{Family::Lifecycle, Notes, RuleDef};
use crate::change::{Bump, Level, Rule};

pub(super) const RULES: &[RuleDef] = &[
    RuleDef::new(
        Rule::ServiceAdded,
        "service-added",
        Lifecycle,
        Level::Info,
        Bump::None,
        "nothing existing changes",
    )
    .bump_note("new crate 0.1.0")
    .notes(Notes::ServiceLine)
    .text("新产品，首次发布。", "New product, first release."),
    RuleDef::new(
        Rule::ServiceRemoved,
        "service-removed",
        Lifecycle,
        Level::Err,
        Bump::None,
        "every call to it fails",
    )
    .bump_note("(crate retired)")
    .notes(Notes::ServiceLine)
    .text(
        "产品已下线，所有接口删除。",
        "Product removed, with all its actions.",
    ),
    RuleDef::new(
        Rule::ApiVersionAdded,
        "api-version-added",
        Lifecycle,
        Level::Info,
        Bump::Minor,
        "a new module/feature",
    )
    .notes(Notes::VersionLine)
    .text("新版本，首次发布。", "New API version, first release."),
    RuleDef::new(
        Rule::ApiVersionRemoved,
        "api-version-removed",
        Lifecycle,
        Level::Err,
        Bump::Major,
        "every call to that version fails",
    )
    .notes(Notes::VersionLine)
    .text("此版本已删除。", "This API version was removed."),
    RuleDef::new(
        Rule::ActionDeprecated,
        "action-deprecated",
        Lifecycle,
        Level::Info,
        Bump::Minor,
        "still callable; a warning to plan ahead (预下线)",
    )
    .notes(Notes::ActionDeprecated),
    RuleDef::new(
        Rule::ActionUndeprecated,
        "action-undeprecated",
        Lifecycle,
        Level::Info,
        Bump::Minor,
        "the warning is lifted",
    )
    .notes(Notes::ActionModified)
    .text_both("{field} ({old} → {new})"),
    RuleDef::new(
        Rule::ActionOfflineWithoutDeprecation,
        "action-offline-without-deprecation",
        Lifecycle,
        Level::Err,
        Bump::Major,
        "calls fail with no warning period",
    )
    .notes(Notes::ActionRemoved),
    RuleDef::new(
        Rule::ActionOffline,
        "action-offline",
        Lifecycle,
        Level::Warn,
        Bump::Major,
        "calls fail, after a deprecation period",
    )
    .notes(Notes::ActionRemoved),
    RuleDef::new(
        Rule::ActionBackOnline,
        "action-back-online",
        Lifecycle,
        Level::Info,
        Bump::Minor,
        "a call becomes available again",
    )
    .notes(Notes::ActionAdded),
];
