//! Release notes: no empty sections, one line for a release without
//! changes, one line for example-only changes, flag changes listed.

use serde_json::{Value, json};

use super::{Lang, render};
use crate::diff::diff_service;
use crate::diff::tests::{base, member, service};
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
    assert_eq!(
        n,
        "Examples updated only (no generated code changed): demo v20200101\n\n"
    );
    assert!(!n.contains("## "), "{n}");
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
