//! Release notes: no empty sections, one line for a release without
//! changes, one line for example-only changes, flag changes listed one
//! line per object, marks that agree with the crate's bump, deprecation
//! worded as such.

use serde_json::{Value, json};

use super::{Lang, render};
use crate::diff::diff_service;
use crate::diff::tests::{base, member, members, service};
use crate::{Level, Report};

fn notes(old: &Value, new: &Value, lang: Lang) -> String {
    let svc = |v: &Value| service("demo", &[("v20200101", v)]);
    let d = diff_service(Some(&svc(old)), Some(&svc(new)));
    let r = Report::build(d, "1.0", "1.1", &Default::default(), Level::Info);
    render(&r, lang, false)
}

#[test]
fn a_release_without_changes_says_so_in_one_line() {
    assert_eq!(
        notes(&base(), &base(), Lang::Zh),
        "本次发布无 API 变更。\n\n"
    );
    assert_eq!(
        notes(&base(), &base(), Lang::En),
        "No API changes in this release.\n\n"
    );
}

#[test]
fn example_only_changes_get_one_line_and_no_heading() {
    let mut new = base();
    member(&mut new, "Item", "Id")["example"] = "ins-1".into();
    let n = notes(&base(), &new, Lang::En);
    assert!(
        n.ends_with(
            "**Full list**\n\nDocs or examples updated only (no generated code changed): demo v20200101\n\n"
        ),
        "{n}"
    );
    assert!(!n.contains("## "), "{n}");
    assert!(n.contains("No breaking changes."), "{n}");
}

#[test]
fn flag_changes_are_listed_and_no_heading_is_empty() {
    let mut old = base();
    member(&mut old, "Item", "Id")["output_required"] = json!(true);
    let mut new = old.clone();
    member(&mut new, "Item", "Id")["value_allowed_null"] = json!(true);
    let n = notes(&old, &new, Lang::Zh);
    assert!(
        n.contains("修改出参：Id (value_allowed_null false → true)")
            || n.contains("修改成员：Id (value_allowed_null false → true)"),
        "{n}"
    );
    // A stronger promise is listed too (Tencent's notes list it).
    let n = notes(&new, &old, Lang::Zh);
    assert!(n.contains("Id (value_allowed_null true → false)"), "{n}");
    // Every heading has something under it besides the crate line.
    for section in n.split("## ").skip(1) {
        let body: Vec<&str> = section
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty() && !l.starts_with("Rust crate"))
            .collect();
        assert!(!body.is_empty(), "empty section: {section}");
    }
}

/// The full list only (after the summary's last line).
fn full(n: &str) -> &str {
    n.split_once("**完整列表**\n\n")
        .or_else(|| n.split_once("**Full list**\n\n"))
        .map_or(n, |(_, f)| f)
}

#[test]
fn a_disabled_member_is_deprecated_not_removed() {
    let mut new = base();
    member(&mut new, "GetRequest", "Id")["disabled"] = json!(true);
    member(&mut new, "Filter", "Key")["disabled"] = json!(true);
    let n = notes(&base(), &new, Lang::Zh);
    let f = full(&n);
    assert!(f.contains("* Get：废弃入参：Id"), "{n}");
    assert!(f.contains("* Filter：废弃成员：Key"), "{n}");
    assert!(!n.contains("删除"), "{n}");
    let n = notes(&base(), &new, Lang::En);
    assert!(n.contains("Deprecated request parameters: Id"), "{n}");
    assert!(!n.contains("Removed"), "{n}");
    // And back: its own words, not "added".
    let n = notes(&new, &base(), Lang::Zh);
    assert!(n.contains("恢复入参：Id"), "{n}");
    assert!(!n.contains("新增"), "{n}");
}

#[test]
fn flag_flips_of_one_object_are_one_line_naming_the_members() {
    let mut new = base();
    for m in ["Id", "Size"] {
        member(&mut new, "Item", m)["output_required"] = json!(true);
    }
    let mut old = new.clone();
    for m in ["Id", "Size"] {
        member(&mut old, "Item", m)["value_allowed_null"] = json!(true);
    }
    let n = notes(&old, &new, Lang::Zh);
    let f = full(&n);
    let lines: Vec<&str> = f.lines().filter(|l| l.contains("Item")).collect();
    assert_eq!(
        lines,
        ["* Item：修改成员：Id, Size (value_allowed_null true → false)"],
        "{n}"
    );
}

#[test]
fn marks_agree_with_the_crate_bump() {
    // A response member losing its guarantee is ERR for the HTTP API but a
    // patch for Rust: a behaviour change, never "[breaking]".
    let mut old = base();
    member(&mut old, "Item", "Id")["output_required"] = json!(true);
    let mut new = base();
    members(&mut new, "Filter").push(json!({"name": "Extra", "type": "string", "member": "string", "document": "", "required": false}));
    let n = notes(&old, &new, Lang::En);
    assert!(n.contains("Rust crate `tencent-cloud-demo`: minor"), "{n}");
    assert!(!n.contains("[breaking]"), "{n}");
    assert!(
        n.contains("**[behaviour change]** Modified response parameters")
            || n.contains("**[behaviour change]** Modified members"),
        "{n}"
    );
    assert!(
        n.contains("* `tencent-cloud-demo`: response members that may now be absent: Item.Id"),
        "{n}"
    );
    // A removed request member makes the crate major: breaking, in the
    // summary's line for the crate and in the full list.
    let mut new = base();
    members(&mut new, "GetRequest").clear();
    let n = notes(&base(), &new, Lang::En);
    assert!(n.contains("Rust crate `tencent-cloud-demo`: major"), "{n}");
    assert!(
        n.contains("* `tencent-cloud-demo`: removed members: Get.Id"),
        "{n}"
    );
    assert!(
        full(&n).contains("* Get: **[breaking]** Removed request parameters: Id"),
        "{n}"
    );
}

#[test]
fn docs_wording_follows_the_bump() {
    // Docs only: patch, "documentation improved".
    let mut new = base();
    new["objects"]["Filter"]["document"] = "A better filter.".into();
    let n = notes(&base(), &new, Lang::En);
    assert!(n.contains("Rust crate `tencent-cloud-demo`: patch"), "{n}");
    assert!(n.contains("Documentation improved."), "{n}");
    // Docs and code: never the docs-only words.
    members(&mut new, "Filter")
        .push(json!({"name": "Extra", "type": "string", "member": "string", "document": ""}));
    let n = notes(&base(), &new, Lang::En);
    assert!(n.contains("Rust crate `tencent-cloud-demo`: minor"), "{n}");
    assert!(!n.contains("Documentation improved."), "{n}");
    assert!(n.contains("Documentation updated as well."), "{n}");
    // Docs of a struct nothing generates: no heading, one line.
    let mut new = base();
    new["objects"]["Orphan"]["document"] = "Still nobody.".into();
    let n = notes(&base(), &new, Lang::En);
    assert!(!n.contains("## "), "{n}");
    assert!(!n.contains("Documentation improved."), "{n}");
    assert!(n.contains("Docs or examples updated only"), "{n}");
}
