//! Objects (data structures) added, removed, renamed, or (no longer)
//! generated.

use super::{Family::Objects, Notes, RuleDef};
use crate::change::{Bump, Level, Rule};

pub(super) const RULES: &[RuleDef] = &[
    RuleDef::new(
        Rule::ObjectAdded,
        "object-added",
        Objects,
        Level::Info,
        Bump::Minor,
        "a new struct",
    )
    .notes(Notes::ObjectAdded)
    .text_both("{object}"),
    RuleDef::new(
        Rule::ObjectRemoved,
        "object-removed",
        Objects,
        Level::Warn,
        Bump::Major,
        "the members that used it are reported (ERR) on their own; the struct goes",
    )
    .notes(Notes::ObjectRemoved)
    .text_both("{object}"),
    RuleDef::new(
        Rule::ObjectRenamed,
        "object-renamed",
        Objects,
        Level::Info,
        Bump::Major,
        "reported on top of removed + added: same shape, new name",
    )
    .notes(Notes::ObjectModified)
    .text("重命名 ({old} → {new})", "renamed ({old} → {new})"),
    RuleDef::new(
        Rule::ObjectBecameReachable,
        "object-became-reachable",
        Objects,
        Level::Info,
        Bump::Minor,
        "the struct starts being generated",
    )
    .text("{object} (开始生成)", "{object} (now generated)"),
    RuleDef::new(
        Rule::ObjectBecameUnreachable,
        "object-became-unreachable",
        Objects,
        Level::Info,
        Bump::Major,
        "no action uses it any more; the struct goes",
    )
    .text("{object} (不再生成)", "{object} (no longer generated)"),
];
