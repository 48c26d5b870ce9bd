//! Members of objects: added, removed, renamed, retyped, and their flags
//! (required, nullable, disabled).

use super::{Family, Notes, RuleDef, RuleSide};
use crate::change::{Bump, Level, Rule};

const fn rule(
    rule: Rule,
    id: &'static str,
    side: RuleSide,
    level: Level,
    bump: Bump,
    why: &'static str,
) -> RuleDef {
    RuleDef {
        rule,
        id,
        family: Family::Members,
        level,
        side,
        bump,
        bump_note: None,
        why,
        notes: Notes::MemberModified,
        zh: "{member} ({field} {old} → {new})",
        en: "{member} ({field} {old} → {new})",
    }
}

/// An addition: listed under 新增入参 / 新增出参 / 新增成员.
const fn added(r: RuleDef) -> RuleDef {
    RuleDef {
        notes: Notes::MemberAdded,
        zh: "{member}",
        en: "{member}",
        ..r
    }
}

/// A removal: listed under 删除入参 / 删除出参 / 删除成员.
const fn removed(r: RuleDef) -> RuleDef {
    RuleDef {
        notes: Notes::MemberRemoved,
        zh: "{member}",
        en: "{member}",
        ..r
    }
}

use Bump::{Major, Minor, Patch};
use Level::{Err, Info, Warn};
use RuleSide::{Any, Request, Response, Unreached};

pub(super) const RULES: &[RuleDef] = &[
    RuleDef {
        zh: "{member} (required)",
        en: "{member} (required)",
        ..added(rule(
            Rule::RequestMemberAddedRequired,
            "request-member-added-required",
            Request,
            Err,
            Major,
            "existing calls lack it and are rejected",
        ))
    },
    added(rule(
        Rule::RequestMemberAddedOptional,
        "request-member-added-optional",
        Request,
        Info,
        Minor,
        "existing calls still valid",
    )),
    added(rule(
        Rule::ResponseMemberAdded,
        "response-member-added",
        Response,
        Info,
        Minor,
        "readers ignore what they do not know",
    )),
    added(rule(
        Rule::MemberAdded,
        "member-added",
        Unreached,
        Info,
        Minor,
        "(object with no direction; not generated, bump none)",
    )),
    removed(rule(
        Rule::RequestMemberRemoved,
        "request-member-removed",
        Request,
        Err,
        Major,
        "callers that send it get an unknown-parameter error",
    )),
    removed(rule(
        Rule::ResponseMemberRemoved,
        "response-member-removed",
        Response,
        Err,
        Major,
        "readers that use it find nothing",
    )),
    removed(rule(
        Rule::MemberRemoved,
        "member-removed",
        Unreached,
        Info,
        Major,
        "(object with no direction; not generated, bump none)",
    )),
    RuleDef {
        zh: "{member} (重命名: {old} → {new})",
        en: "{member} (renamed: {old} → {new})",
        ..rule(
            Rule::MemberRenamed,
            "member-renamed",
            Any,
            Info,
            Major,
            "reported on top of removed + added: same type, same doc or same name up to case",
        )
    },
    RuleDef {
        zh: "{member} ({old} → {new})",
        en: "{member} ({old} → {new})",
        ..rule(
            Rule::MemberTypeChanged,
            "member-type-changed",
            Any,
            Err,
            Major,
            "values of the old type no longer fit (type, member, list ↔ scalar, int64 ↔ uint64, object A → B)",
        )
    },
    RuleDef {
        zh: "{member} ({old} → {new})",
        en: "{member} ({old} → {new})",
        ..rule(
            Rule::MemberFormatChanged,
            "member-format-changed",
            Any,
            Warn,
            Patch,
            "the wire format changes within one Rust type (`string → datetime`); values may need a new format",
        )
    },
    rule(
        Rule::RequestMemberBecameRequired,
        "request-member-became-required",
        Request,
        Err,
        Major,
        "calls that omitted it are rejected",
    ),
    rule(
        Rule::RequestMemberBecameOptional,
        "request-member-became-optional",
        Request,
        Info,
        Patch,
        "every old call is still valid",
    ),
    rule(
        Rule::ResponseMemberBecameOptional,
        "response-member-became-optional",
        Response,
        Err,
        Patch,
        "a non-null value was guaranteed and the member may now be absent: readers that relied on it break; Rust fields are `Option` already",
    ),
    rule(
        Rule::ResponseMemberBecameRequired,
        "response-member-became-required",
        Response,
        Info,
        Patch,
        "a value is now guaranteed: a stronger promise",
    ),
    rule(
        Rule::ResponseMemberBecameNullable,
        "response-member-became-nullable",
        Response,
        Warn,
        Patch,
        "still always present, but may now be `null`: strict readers may break; Rust maps `null` to `None`",
    ),
    rule(
        Rule::ResponseMemberBecameNonNullable,
        "response-member-became-non-nullable",
        Response,
        Info,
        Patch,
        "present and now never `null`: a stronger promise",
    ),
    rule(
        Rule::MemberNullableChanged,
        "member-nullable-changed",
        Request,
        Info,
        Patch,
        "`value_allowed_null` on a request-only object means nothing on the wire",
    ),
    RuleDef {
        zh: "{member} (disabled)",
        en: "{member} (disabled)",
        ..removed(rule(
            Rule::MemberDisabled,
            "member-disabled",
            Any,
            Warn,
            Minor,
            "hidden from the docs upstream: a deprecation; the field stays, `#[deprecated]`",
        ))
    },
    added(rule(
        Rule::MemberEnabled,
        "member-enabled",
        Any,
        Info,
        Patch,
        "back in the docs; the `#[deprecated]` goes",
    )),
];
