//! Members of objects: added, removed, renamed, retyped, and their flags
//! (required, nullable, disabled).

use super::{Family::Members, Notes, RuleDef, RuleSide::*};
use crate::change::{Bump, Level, Rule};

/// Listed under 新增入参 / 新增出参 / 新增成员 (or 删除…, 修改…), with the
/// member's name and what changed.
const ADDED: Notes = Notes::MemberAdded;
const REMOVED: Notes = Notes::MemberRemoved;
const MODIFIED: Notes = Notes::MemberModified;
/// Listed under 废弃入参 / 废弃出参 / 废弃成员 (deprecated, not removed: the
/// field stays, `#[deprecated]`), or 恢复… when the mark goes.
const DEPRECATED: Notes = Notes::MemberDeprecated;
const UNDEPRECATED: Notes = Notes::MemberUndeprecated;
const FLAG: &str = "{member} ({field} {old} → {new})";
const TYPE: &str = "{member} ({old} → {new})";

pub(super) const RULES: &[RuleDef] = &[
    RuleDef::new(Rule::RequestMemberAddedRequired, "request-member-added-required", Members, Level::Err, Bump::Major, "existing calls lack it and are rejected")
        .side(Request).notes(ADDED).text_both("{member} (required)"),
    RuleDef::new(Rule::RequestMemberAddedOptional, "request-member-added-optional", Members, Level::Info, Bump::Minor, "existing calls still valid")
        .side(Request).notes(ADDED).text_both("{member}"),
    RuleDef::new(Rule::ResponseMemberAdded, "response-member-added", Members, Level::Info, Bump::Minor, "readers ignore what they do not know")
        .side(Response).notes(ADDED).text_both("{member}"),
    RuleDef::new(Rule::MemberAdded, "member-added", Members, Level::Info, Bump::Minor, "(object with no direction; not generated, bump none)")
        .side(Unreached).notes(ADDED).text_both("{member}"),
    RuleDef::new(Rule::RequestMemberRemoved, "request-member-removed", Members, Level::Err, Bump::Major, "callers that send it get an unknown-parameter error")
        .side(Request).notes(REMOVED).text_both("{member}"),
    RuleDef::new(Rule::ResponseMemberRemoved, "response-member-removed", Members, Level::Err, Bump::Major, "readers that use it find nothing")
        .side(Response).notes(REMOVED).text_both("{member}"),
    RuleDef::new(Rule::MemberRemoved, "member-removed", Members, Level::Info, Bump::Major, "(object with no direction; not generated, bump none)")
        .side(Unreached).notes(REMOVED).text_both("{member}"),
    RuleDef::new(Rule::MemberRenamed, "member-renamed", Members, Level::Info, Bump::Major, "reported on top of removed + added: same type, same doc or same name up to case")
        .notes(MODIFIED).text("{member} (重命名: {old} → {new})", "{member} (renamed: {old} → {new})"),
    RuleDef::new(Rule::MemberTypeChanged, "member-type-changed", Members, Level::Err, Bump::Major, "values of the old type no longer fit (type, member, list ↔ scalar, int64 ↔ uint64, object A → B)")
        .notes(MODIFIED).text_both(TYPE),
    RuleDef::new(Rule::MemberFormatChanged, "member-format-changed", Members, Level::Warn, Bump::Patch, "the wire format changes within one Rust type (`string → datetime`); values may need a new format")
        .notes(MODIFIED).text_both(TYPE),
    RuleDef::new(Rule::RequestMemberBecameRequired, "request-member-became-required", Members, Level::Err, Bump::Major, "calls that omitted it are rejected")
        .side(Request).notes(MODIFIED).text_both(FLAG),
    RuleDef::new(Rule::RequestMemberBecameOptional, "request-member-became-optional", Members, Level::Info, Bump::Patch, "every old call is still valid")
        .side(Request).notes(MODIFIED).text_both(FLAG),
    RuleDef::new(Rule::ResponseMemberBecameOptional, "response-member-became-optional", Members, Level::Err, Bump::Patch, "a non-null value was guaranteed and the member may now be absent: readers that relied on it break; Rust fields are `Option` already")
        .side(Response).notes(MODIFIED).text_both(FLAG),
    RuleDef::new(Rule::ResponseMemberBecameRequired, "response-member-became-required", Members, Level::Info, Bump::Patch, "a value is now guaranteed: a stronger promise")
        .side(Response).notes(MODIFIED).text_both(FLAG),
    RuleDef::new(Rule::ResponseMemberBecameNullable, "response-member-became-nullable", Members, Level::Warn, Bump::Patch, "still always present, but may now be `null`: strict readers may break; Rust maps `null` to `None`")
        .side(Response).notes(MODIFIED).text_both(FLAG),
    RuleDef::new(Rule::ResponseMemberBecameNonNullable, "response-member-became-non-nullable", Members, Level::Info, Bump::Patch, "present and now never `null`: a stronger promise")
        .side(Response).notes(MODIFIED).text_both(FLAG),
    RuleDef::new(Rule::MemberNullableChanged, "member-nullable-changed", Members, Level::Info, Bump::Patch, "`value_allowed_null` on a request-only object means nothing on the wire")
        .side(Request).notes(MODIFIED).text_both(FLAG),
    RuleDef::new(Rule::MemberDisabled, "member-disabled", Members, Level::Warn, Bump::Minor, "hidden from the docs upstream: a deprecation; the field stays, `#[deprecated]`")
        .notes(DEPRECATED).text_both("{member}"),
    RuleDef::new(Rule::MemberEnabled, "member-enabled", Members, Level::Info, Bump::Patch, "back in the docs; the `#[deprecated]` goes")
        .notes(UNDEPRECATED).text_both("{member}"),
];
