//! One object against another: its members and their flags.

use std::collections::{HashMap, HashSet};

use tencent_cloud_plan::same_rust_type;
use tencent_cloud_spec::{Direction, Member, Object};

use super::{Summary, not_generated};
use crate::change::{Change, Rule, Side, Subject};

fn bits(d: Direction) -> u8 {
    match d {
        Direction::Unreachable => 0,
        Direction::Input => 1,
        Direction::Output => 2,
        Direction::Both => 3,
    }
}

fn side_of(b: u8) -> Side {
    match b {
        1 => Side::Request,
        2 => Side::Response,
        3 => Side::Both,
        _ => Side::None,
    }
}

/// Picks the strictest rule; ties go to the first (the request side).
fn strictest(rules: &[Rule]) -> Option<Rule> {
    let mut best: Option<Rule> = None;
    for r in rules {
        if best.is_none_or(|b| r.level() > b.level()) {
            best = Some(*r);
        }
    }
    best
}

/// `direction` as the plan sees it: an object that is not generated (reached
/// from no callable action) is `unreachable`.
fn reach_label(d: Direction, generated: bool) -> String {
    if generated { d.as_str() } else { "unreachable" }.to_string()
}

/// Compares one object of two API versions. `generated`: whether the plan
/// generates it in the old and in the new version (reached from a callable
/// action); changes to an object generated in neither bump nothing.
pub(super) fn diff_object(
    svc: &str,
    ver: &str,
    oo: &Object,
    no: &Object,
    generated: (bool, bool),
    out: &mut Vec<Change>,
    summary: &mut Summary,
) {
    let base = |rule: Rule, subject: Subject| Change::new(rule, subject, svc, ver);
    // The object is judged by every way it travelled, before or after.
    let b = bits(oo.direction) | bits(no.direction);
    let side = side_of(b);
    let (req, resp) = (b & 1 != 0, b & 2 != 0);
    let (gen_old, gen_new) = generated;
    let fix = |c: Change| {
        if gen_old || gen_new {
            c
        } else {
            not_generated(c)
        }
    };

    if gen_old != gen_new {
        let rule = if gen_new {
            Rule::ObjectBecameReachable
        } else {
            Rule::ObjectBecameUnreachable
        };
        out.push(
            base(rule, Subject::Object)
                .object(&no.name)
                .side(side)
                .field("direction")
                .values(
                    Some(reach_label(oo.direction, gen_old)),
                    Some(reach_label(no.direction, gen_new)),
                ),
        );
    }
    if oo.document != no.document {
        out.push(fix(base(Rule::DocChanged, Subject::Object)
            .object(&no.name)
            .side(side)
            .field("document")
            .values(Some(oo.document.clone()), Some(no.document.clone()))));
    }
    if oo.members == no.members {
        return;
    }

    let small = oo.members.len() <= 16;
    let index: HashMap<&str, &Member> = if small {
        HashMap::new()
    } else {
        no.members.iter().map(|m| (m.name.as_str(), m)).collect()
    };
    let find_new = |name: &str| -> Option<&Member> {
        if small {
            no.member(name)
        } else {
            index.get(name).copied()
        }
    };
    let old_names: HashSet<&str> = oo.members.iter().map(|m| m.name.as_str()).collect();

    let mut removed: Vec<&Member> = Vec::new();
    let mut added: Vec<&Member> = Vec::new();
    for om in &oo.members {
        let Some(nm) = find_new(&om.name) else {
            summary.members_removed += 1;
            removed.push(om);
            let mut rules = Vec::new();
            if req {
                rules.push(Rule::RequestMemberRemoved);
            }
            if resp {
                rules.push(Rule::ResponseMemberRemoved);
            }
            let rule = strictest(&rules).unwrap_or(Rule::MemberRemoved);
            out.push(fix(base(rule, Subject::Member)
                .member(&no.name, &om.name)
                .side(side)
                .field("member")
                .values(Some(om.ty.to_string()), None)));
            continue;
        };
        if om == nm {
            continue;
        }
        let at = MemberAt {
            svc,
            ver,
            object: &no.name,
            side,
            req,
            resp,
            generated: gen_old || gen_new,
        };
        diff_member(&at, om, nm, out, summary);
    }
    for nm in &no.members {
        if old_names.contains(nm.name.as_str()) {
            continue;
        }
        summary.members_added += 1;
        added.push(nm);
        let mut rules = Vec::new();
        if req {
            rules.push(if nm.required_in_request() {
                Rule::RequestMemberAddedRequired
            } else {
                Rule::RequestMemberAddedOptional
            });
        }
        if resp {
            rules.push(Rule::ResponseMemberAdded);
        }
        let rule = strictest(&rules).unwrap_or(Rule::MemberAdded);
        out.push(fix(base(rule, Subject::Member)
            .member(&no.name, &nm.name)
            .side(side)
            .field("member")
            .values(None, Some(nm.ty.to_string()))));
    }

    // Member renames: a removed and an added member of the same type whose
    // document is the same (and not empty), or whose names differ only in
    // case or underscores. Each side is used at most once.
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '_')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut used = vec![false; added.len()];
    for om in removed.iter() {
        let hit = added.iter().enumerate().position(|(i, nm)| {
            !used[i]
                && nm.ty == om.ty
                && ((!om.document.trim().is_empty() && nm.document == om.document)
                    || key(&nm.name) == key(&om.name))
        });
        if let Some(i) = hit {
            used[i] = true;
            summary.members_renamed += 1;
            out.push(fix(base(Rule::MemberRenamed, Subject::Member)
                .member(&no.name, &added[i].name)
                .side(side)
                .values(Some(om.name.clone()), Some(added[i].name.clone()))));
        }
    }
}

/// Where a member sits: its object in a service version, and how that object travels.
struct MemberAt<'a> {
    svc: &'a str,
    ver: &'a str,
    object: &'a str,
    side: Side,
    /// The object is sent in requests.
    req: bool,
    /// The object is read from responses.
    resp: bool,
    /// The plan generates the object in the old or the new version.
    generated: bool,
}

fn diff_member(
    at: &MemberAt<'_>,
    om: &Member,
    nm: &Member,
    out: &mut Vec<Change>,
    summary: &mut Summary,
) {
    let &MemberAt {
        svc,
        ver,
        object,
        side,
        req,
        resp,
        generated,
    } = at;
    let mk = |rule: Rule| {
        let c = Change::new(rule, Subject::Member, svc, ver)
            .member(object, &nm.name)
            .side(side);
        if generated { c } else { not_generated(c) }
    };
    if om.ty != nm.ty {
        summary.members_type_changed += 1;
    }
    // Disabled members are generated as `#[deprecated]` fields: the flag is
    // a deprecation, and every other rule applies to them as to any member.
    if om.disabled != nm.disabled {
        let (rule, was, is) = if nm.disabled {
            (Rule::MemberDisabled, "false", "true")
        } else {
            (Rule::MemberEnabled, "true", "false")
        };
        out.push(
            mk(rule)
                .field("disabled")
                .values(Some(was.into()), Some(is.into())),
        );
    }
    if om.ty != nm.ty {
        let rule = if same_rust_type(&om.ty, &nm.ty) {
            Rule::MemberFormatChanged
        } else {
            Rule::MemberTypeChanged
        };
        out.push(
            mk(rule)
                .field("type")
                .values(Some(om.ty.to_string()), Some(nm.ty.to_string())),
        );
    }
    let flag = |b: bool| Some(b.to_string());
    if req && om.required_in_request() != nm.required_in_request() {
        let rule = if nm.required_in_request() {
            Rule::RequestMemberBecameRequired
        } else {
            Rule::RequestMemberBecameOptional
        };
        out.push(mk(rule).field("required").values(
            flag(om.required_in_request()),
            flag(nm.required_in_request()),
        ));
    }
    // Response side: what a reader can rely on is "a non-null value is
    // always there" (always in response and not nullable). 3.0.1217.1
    // respelled thousands of members from "present, may be null" to "may be
    // absent, never null": no reader gains or loses a guarantee, so that is
    // no change. Only a change of the guarantee is reported.
    if resp {
        let g = |m: &Member| m.always_in_response() && !m.nullable;
        match (g(om), g(nm)) {
            (true, false) if !nm.always_in_response() => out.push(
                mk(Rule::ResponseMemberBecameOptional)
                    .field("output_required")
                    .values(flag(true), flag(false)),
            ),
            (true, false) => out.push(
                mk(Rule::ResponseMemberBecameNullable)
                    .field("value_allowed_null")
                    .values(flag(false), flag(true)),
            ),
            (false, true) if !om.always_in_response() => out.push(
                mk(Rule::ResponseMemberBecameRequired)
                    .field("output_required")
                    .values(flag(false), flag(true)),
            ),
            (false, true) => out.push(
                mk(Rule::ResponseMemberBecameNonNullable)
                    .field("value_allowed_null")
                    .values(flag(true), flag(false)),
            ),
            _ => {}
        }
    } else if om.nullable != nm.nullable && req {
        out.push(
            mk(Rule::MemberNullableChanged)
                .field("value_allowed_null")
                .values(flag(om.nullable), flag(nm.nullable)),
        );
    }
    if om.document != nm.document {
        out.push(
            mk(Rule::DocChanged)
                .field("document")
                .values(Some(om.document.clone()), Some(nm.document.clone())),
        );
    }
    if om.example != nm.example {
        out.push(
            mk(Rule::ExampleChanged)
                .field("example")
                .values(om.example.clone(), nm.example.clone()),
        );
    }
}
