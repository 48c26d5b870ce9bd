//! Member rules on small hand-written spec pairs, each in both directions:
//! added, removed, renamed, retyped, and the required / nullable / disabled
//! flags.

use serde_json::json;

use super::Summary;
use super::tests::{L, api, base, both_ways, has, m, member, members, rules, run};
use crate::change::{Bump, Level, Side};

#[test]
fn request_member_added_required_and_optional() {
    let old = base();
    let mut new = base();
    let mut x = m("Force", "bool", "bool");
    x["required"] = json!(true);
    members(&mut new, "Filter").push(x);
    let loc = format!("{L}/Filter.Force");
    both_ways(
        &old,
        &new,
        "request-member-added-required",
        "request-member-removed",
        &loc,
    );
    let mut new2 = base();
    members(&mut new2, "Filter").push(m("Force", "bool", "bool"));
    both_ways(
        &old,
        &new2,
        "request-member-added-optional",
        "request-member-removed",
        &loc,
    );
    let (c, s) = run(&api(&old), &api(&new2));
    assert_eq!(
        (s.members_added, c[0].level, c[0].bump),
        (1, Level::Info, Bump::Minor)
    );
    let (c, s) = run(&api(&new2), &api(&old));
    assert_eq!(
        (s.members_removed, c[0].level, c[0].bump),
        (1, Level::Err, Bump::Major)
    );
}

#[test]
fn response_member_added_and_removed() {
    let old = base();
    let mut new = base();
    members(&mut new, "Item").push(m("Zone", "string", "string"));
    both_ways(
        &old,
        &new,
        "response-member-added",
        "response-member-removed",
        &format!("{L}/Item.Zone"),
    );
}

#[test]
fn both_way_objects_take_the_stricter_rule() {
    let old = base();
    let mut new = base();
    let mut x = m("Must", "string", "string");
    x["required"] = json!(true);
    members(&mut new, "Shared").push(x);
    // Added required: request side (ERR) beats response side (INFO).
    both_ways(
        &old,
        &new,
        "request-member-added-required",
        "request-member-removed",
        &format!("{L}/Shared.Must"),
    );
    let mut new2 = base();
    members(&mut new2, "Shared").push(m("May", "string", "string"));
    // Optional: both sides INFO; the tie goes to the request rule.
    both_ways(
        &old,
        &new2,
        "request-member-added-optional",
        "request-member-removed",
        &format!("{L}/Shared.May"),
    );
    let (c, _) = run(&api(&old), &api(&new2));
    assert_eq!(c[0].side, Side::Both);
}

#[test]
fn member_renamed() {
    let old = base();
    let mut new = base();
    // Same type and doc, new name.
    let x = member(&mut new, "Item", "Size");
    x["name"] = json!("DiskSize");
    x["document"] = json!("doc of Size");
    let r = rules(&old, &new);
    assert!(
        has(&r, "response-member-removed", &format!("{L}/Item.Size")),
        "{r:#?}"
    );
    assert!(
        has(&r, "response-member-added", &format!("{L}/Item.DiskSize")),
        "{r:#?}"
    );
    assert!(
        has(&r, "member-renamed", &format!("{L}/Item.DiskSize")),
        "{r:#?}"
    );
    let r = rules(&new, &old);
    assert!(
        has(&r, "member-renamed", &format!("{L}/Item.Size")),
        "{r:#?}"
    );
    // Same name up to case.
    let mut new2 = base();
    member(&mut new2, "Item", "Size")["name"] = json!("SIZE");
    assert!(has(
        &rules(&old, &new2),
        "member-renamed",
        &format!("{L}/Item.SIZE")
    ));
    assert!(has(
        &rules(&new2, &old),
        "member-renamed",
        &format!("{L}/Item.Size")
    ));
    // Different type: not a rename.
    let mut new3 = base();
    let x = member(&mut new3, "Item", "Size");
    x["name"] = json!("DiskSize");
    x["document"] = json!("doc of Size");
    x["member"] = json!("uint64");
    let r = rules(&old, &new3);
    assert!(!r.iter().any(|(r, _)| r == "member-renamed"), "{r:#?}");
}

#[test]
fn member_type_changes() {
    let old = base();
    let loc = format!("{L}/Item.Size");
    // int64 ↔ uint64.
    let mut new = base();
    member(&mut new, "Item", "Size")["member"] = json!("uint64");
    both_ways(
        &old,
        &new,
        "member-type-changed",
        "member-type-changed",
        &loc,
    );
    // list ↔ scalar.
    let mut new = base();
    member(&mut new, "Item", "Size")["type"] = json!("list");
    both_ways(
        &old,
        &new,
        "member-type-changed",
        "member-type-changed",
        &loc,
    );
    // The `type` (int → string).
    let mut new = base();
    let x = member(&mut new, "Item", "Size");
    x["type"] = json!("string");
    x["member"] = json!("string");
    both_ways(
        &old,
        &new,
        "member-type-changed",
        "member-type-changed",
        &loc,
    );
    let (c, s) = run(&api(&old), &api(&new));
    assert_eq!(s.members_type_changed, 1);
    assert_eq!(c[0].old.as_deref(), Some("int64"));
    assert_eq!(c[0].new.as_deref(), Some("string"));
    assert_eq!((c[0].level, c[0].bump), (Level::Err, Bump::Major));
    // Object A → B.
    let mut new = base();
    new["objects"]["Filter2"] = json!({"document": "", "members": [m("Other", "bool", "bool")]});
    member(&mut new, "ActRequest", "Filter")["member"] = json!("Filter2");
    both_ways(
        &old,
        &new,
        "member-type-changed",
        "member-type-changed",
        &format!("{L}/ActRequest.Filter"),
    );
    // string → datetime keeps the Rust type: a format change.
    let mut new = base();
    member(&mut new, "Item", "Id")["member"] = json!("datetime");
    both_ways(
        &old,
        &new,
        "member-format-changed",
        "member-format-changed",
        &format!("{L}/Item.Id"),
    );
    let (c, s) = run(&api(&old), &api(&new));
    assert_eq!(s.members_type_changed, 1);
    assert_eq!((c[0].level, c[0].bump), (Level::Warn, Bump::Patch));
}

#[test]
fn request_required_flag() {
    let old = base();
    let mut new = base();
    member(&mut new, "Filter", "Key")["required"] = json!(true);
    both_ways(
        &old,
        &new,
        "request-member-became-required",
        "request-member-became-optional",
        &format!("{L}/Filter.Key"),
    );
    let (c, _) = run(&api(&old), &api(&new));
    assert_eq!((c[0].level, c[0].bump), (Level::Err, Bump::Major));
    let (c, _) = run(&api(&new), &api(&old));
    assert_eq!((c[0].level, c[0].bump), (Level::Info, Bump::Patch));
}

#[test]
fn response_required_flag() {
    let mut old = base();
    member(&mut old, "Item", "Id")["required"] = json!(true);
    let new = base();
    both_ways(
        &old,
        &new,
        "response-member-became-optional",
        "response-member-became-required",
        &format!("{L}/Item.Id"),
    );
    let (c, _) = run(&api(&old), &api(&new));
    // ERR for the HTTP contract, patch for Rust (fields are Option).
    assert_eq!((c[0].level, c[0].bump), (Level::Err, Bump::Patch));
}

#[test]
fn required_respelled_as_output_required_is_no_change() {
    // 3.0.1216.1 spelling: output members say `required`.
    let mut old = base();
    member(&mut old, "Item", "Id")["required"] = json!(true);
    member(&mut old, "Shared", "Tag")["required"] = json!(true);
    // 3.0.1217.1 spelling: `output_required`, and `required` dropped or false.
    let mut new = base();
    let x = member(&mut new, "Item", "Id");
    x.as_object_mut().unwrap().remove("required");
    x["output_required"] = json!(true);
    let x = member(&mut new, "Shared", "Tag");
    x["required"] = json!(true);
    x["output_required"] = json!(true);
    let (c, s) = run(&api(&old), &api(&new));
    assert!(c.is_empty(), "{c:#?}");
    assert_eq!(s, Summary::default());
    let (c, _) = run(&api(&new), &api(&old));
    assert!(c.is_empty(), "{c:#?}");
    // A request-only member's `output_required` means nothing.
    let mut new2 = base();
    member(&mut new2, "Filter", "Key")["output_required"] = json!(true);
    let (c, _) = run(&api(&base()), &api(&new2));
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn present_but_nullable_respelled_as_optional_is_no_change() {
    // 3.0.1216.1: "always present, may be null"; 3.0.1217.1: "may be
    // absent, never null". A reader is promised no value in either.
    let mut old = base();
    let x = member(&mut old, "Item", "Id");
    x["required"] = json!(true);
    x["value_allowed_null"] = json!(true);
    let mut new = base();
    member(&mut new, "Item", "Id")["output_required"] = json!(false);
    let (c, _) = run(&api(&old), &api(&new));
    assert!(c.is_empty(), "{c:#?}");
    let (c, _) = run(&api(&new), &api(&old));
    assert!(c.is_empty(), "{c:#?}");
}

#[test]
fn nullable_flag() {
    let mut old = base();
    member(&mut old, "Item", "Id")["output_required"] = json!(true);
    let mut new = old.clone();
    member(&mut new, "Item", "Id")["value_allowed_null"] = json!(true);
    both_ways(
        &old,
        &new,
        "response-member-became-nullable",
        "response-member-became-non-nullable",
        &format!("{L}/Item.Id"),
    );
    let (c, _) = run(&api(&old), &api(&new));
    assert_eq!((c[0].level, c[0].bump), (Level::Warn, Bump::Patch));
    // A member that may be absent gives no guarantee either way: its
    // nullability alone is not a change for readers.
    let mut new = base();
    member(&mut new, "Item", "Id")["value_allowed_null"] = json!(true);
    let (c, _) = run(&api(&base()), &api(&new));
    assert!(c.is_empty(), "{c:#?}");
    let old = base();
    let mut new = base();
    member(&mut new, "Filter", "Key")["value_allowed_null"] = json!(true);
    both_ways(
        &old,
        &new,
        "member-nullable-changed",
        "member-nullable-changed",
        &format!("{L}/Filter.Key"),
    );
}

#[test]
fn disabled_flag() {
    let old = base();
    let mut new = base();
    member(&mut new, "Item", "Id")["disabled"] = json!(true);
    let loc = format!("{L}/Item.Id");
    both_ways(&old, &new, "member-disabled", "member-enabled", &loc);
    let (c, _) = run(&api(&old), &api(&new));
    assert_eq!((c[0].level, c[0].bump), (Level::Warn, Bump::Minor));
    let (c, _) = run(&api(&new), &api(&old));
    assert_eq!((c[0].level, c[0].bump), (Level::Info, Bump::Patch));
    // Disabled members are generated (deprecated): the other rules apply.
    let mut new2 = new.clone();
    member(&mut new2, "Item", "Id")["member"] = json!("int64");
    member(&mut new2, "Item", "Id")["type"] = json!("int");
    both_ways(
        &new,
        &new2,
        "member-type-changed",
        "member-type-changed",
        &loc,
    );
    let (c, s) = run(&api(&new), &api(&new2));
    assert_eq!((c[0].bump, s.members_type_changed), (Bump::Major, 1));
    let mut gone = base();
    members(&mut gone, "Item").retain(|x| x["name"] != "Id");
    both_ways(
        &new,
        &gone,
        "response-member-removed",
        "response-member-added",
        &loc,
    );
}
