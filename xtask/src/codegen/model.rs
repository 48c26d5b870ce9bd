//! Model structs (`rt::model!`) and paginator impls, laid out from the plan.

use std::fmt::Write as _;

use tencent_cloud_plan::{
    FieldPlan, Format, ObjectPlan, ObjectRole, OffsetType, PageKind, PagerPlan, REQUEST_ID_DOC,
    RustBase, RustScalar, RustType, StdNames, TotalCount,
};

use super::docs::{INTL_DOCS, push_bilingual, push_blank, push_doc, push_doc_at};
use super::emit::site_note;
use super::layout::{CALL_WIDTH, CHAIN_WIDTH, MAX_WIDTH};

/// Indentation of fields inside `rt::model!` (rustfmt leaves macro bodies
/// alone; two spaces keep 0.8 MB out of the generated source).
const FIELD_INDENT: &str = "  ";

fn format_note(f: Format) -> &'static str {
    match f {
        Format::DateTime => "Format: datetime, `YYYY-MM-DD hh:mm:ss`.",
        Format::DateTimeIso => "Format: ISO 8601 datetime, e.g. `2024-01-02T15:04:05+08:00`.",
        Format::Date => "Format: date, `YYYY-MM-DD`.",
        Format::Binary => "Format: binary, sent as base64 text.",
    }
}

/// One model struct, through `rt::model!` (struct + Decode, + Encode when
/// sent). Inside the macro rustfmt leaves the layout alone, so it is kept
/// compact: the struct line unindented, fields at two spaces.
pub fn model_def(s: &mut String, o: &ObjectPlan<'_>, std: &StdNames) {
    let described = !o.document.trim().is_empty() || o.document_en.is_some();
    if let Some(role) = &o.role {
        let (what, methods) = match role {
            ObjectRole::Request(m) => ("Request", m),
            ObjectRole::Response(m) => ("Response", m),
        };
        let links: Vec<String> = methods.iter().map(|m| format!("[`Client::{m}`]")).collect();
        let _ = writeln!(s, "/// {what} of {}.", join_and(&links));
        if described {
            push_blank(s, "", false);
        }
    }
    if described {
        push_bilingual(s, "", o.document_en, o.document, false);
    } else if o.role.is_none() {
        let _ = writeln!(s, "/// `{}`", o.name);
    }
    // An action's response ends with the same `RequestId` field every time:
    // `response` structs get it from `rt::model!` (1.5 MB less source).
    let (kind, fields) = match o.fields.split_last() {
        Some((last, rest)) if !o.sent && standard_request_id(o, last) => ("response", rest),
        _ if o.sent => ("encode", &o.fields[..]),
        _ => ("decode", &o.fields[..]),
    };
    if fields.is_empty() {
        let _ = writeln!(s, "pub struct {}: {kind} {{}}", o.name);
        return;
    }
    let _ = writeln!(s, "pub struct {}: {kind} {{", o.name);
    for f in fields {
        let mut doc = String::new();
        let mut en = f.document_en.as_ref().map(|_| String::new());
        if f.required {
            doc.push_str("**Required.** ");
            if let Some(en) = &mut en {
                en.push_str("**Required.** ");
            }
        }
        if f.sites != o.sites
            && let Some(note) = site_note(f.sites)
        {
            for d in [Some(&mut doc), en.as_mut()].into_iter().flatten() {
                d.push_str(note);
                d.push(' ');
            }
        }
        if let (Some(en), Some(text)) = (&mut en, &f.document_en) {
            en.push_str(text);
        }
        match &en {
            // A field's English text stands alone: the Chinese originals of fields
            // (104,000 of them, 12 MB) would break the size budget. They are reachable
            // from the action's docs (its collapsed Chinese block links the API Explorer,
            // which documents every parameter in Chinese).
            Some(en) => push_doc_at(s, FIELD_INDENT, en, false, INTL_DOCS),
            None => {
                doc.push_str(&f.document);
                push_doc(s, FIELD_INDENT, &doc, false);
            }
        }
        if let Some(note) = f.format.map(format_note) {
            if !doc.trim().is_empty() {
                push_blank(s, FIELD_INDENT, false);
            }
            let _ = writeln!(s, "{FIELD_INDENT}/// {note}");
        }
        if f.renamed() {
            if !doc.trim().is_empty() || f.format.is_some() {
                push_blank(s, FIELD_INDENT, false);
            }
            let _ = writeln!(s, "{FIELD_INDENT}/// Wire name: `{}`.", f.wire);
        }
        if f.deprecated {
            let _ = writeln!(
                s,
                "{FIELD_INDENT}#[deprecated(note = \"disabled upstream: hidden from the API docs\")]"
            );
        }
        let _ = writeln!(
            s,
            "{FIELD_INDENT}{}: {} = \"{}\",",
            f.ident,
            f.ty.render(std),
            f.wire
        );
    }
    s.push_str("}\n");
}

/// Whether `f`, the last field of response `o`, is the `RequestId` that
/// `rt::model!`'s `response` kind adds: same name, type, docs and sites.
fn standard_request_id(o: &ObjectPlan<'_>, f: &FieldPlan<'_>) -> bool {
    matches!(o.role, Some(ObjectRole::Response(_)))
        && f.wire == "RequestId"
        && f.ident == "request_id"
        && f.ty
            == RustType {
                base: RustBase::Scalar(RustScalar::String),
                list: false,
                boxed: false,
            }
        && f.document == REQUEST_ID_DOC
        && f.document_en.is_none()
        && f.sites == o.sites
        && !f.deprecated
        && !f.required
        && f.format.is_none()
}

/// `a`, `a and b`, `a, b and c`.
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// `impl rt::Paginate for <input>`.
pub fn paginate_impl(s: &mut String, input: &str, output: &str, p: &PagerPlan, std: &StdNames) {
    let _ = writeln!(s, "\nimpl rt::Paginate for {input} {{");
    let _ = writeln!(s, "    type Output = {output};");
    let _ = writeln!(s, "    type Item = {};\n", p.item.render(std));
    let total = match &p.kind {
        PageKind::Offset { field, ty, total } => {
            offset_methods(s, field, *ty);
            match total {
                TotalCount::U64 => "page.total_count",
                TotalCount::I64 => "page.total_count.map(|t| t as u64)",
                TotalCount::Absent => "None",
            }
        }
        PageKind::Token { request, response } => {
            s.push_str("    const BY_TOKEN: bool = true;\n\n");
            s.push_str("    fn set_token(&mut self, token: ");
            let _ = writeln!(s, "{}) {{", std.string);
            let _ = writeln!(s, "        self.{request} = Some(token);\n    }}\n");
            let _ = writeln!(
                s,
                "    fn next_token(page: &Self::Output) -> {}<&str> {{",
                std.option
            );
            let _ = writeln!(s, "        page.{response}.as_deref()\n    }}\n");
            "None"
        }
    };
    let _ = writeln!(
        s,
        "    fn items(page: Self::Output) -> ({}<Self::Item>, {}<u64>) {{",
        std.vec, std.option
    );
    let list = &p.list_field;
    let inner = format!("page.{list}.unwrap_or_default(), {total}");
    let line = format!("        ({inner})");
    if line.len() <= MAX_WIDTH && inner.len() <= CALL_WIDTH {
        s.push_str(&line);
        s.push('\n');
    } else {
        let first = format!("page.{list}.unwrap_or_default()");
        let first = if first.len() > CHAIN_WIDTH {
            format!("page.{list}\n                .unwrap_or_default()")
        } else {
            first
        };
        let _ = writeln!(
            s,
            "        (\n            {first},\n            {total},\n        )"
        );
    }
    s.push_str("    }\n}\n");
}

/// `offset` and `set_offset` of an offset pager over field `off`.
fn offset_methods(s: &mut String, off: &str, ty: OffsetType) {
    s.push_str("    fn offset(&self) -> u64 {\n");
    if ty == OffsetType::U64 {
        let _ = writeln!(s, "        self.{off}.unwrap_or(0)\n    }}\n");
        s.push_str("    fn set_offset(&mut self, offset: u64) {\n");
        let _ = writeln!(s, "        self.{off} = Some(offset);\n    }}\n");
    } else if ty == OffsetType::Text {
        let _ = writeln!(
            s,
            "        rt::offset_from_text(self.{off}.as_deref())\n    }}\n"
        );
        s.push_str("    fn set_offset(&mut self, offset: u64) {\n");
        let _ = writeln!(
            s,
            "        self.{off} = Some(offset.to_string());\n    }}\n"
        );
    } else {
        let _ = writeln!(
            s,
            "        self.{off}.map_or(0, |o| o.max(0) as u64)\n    }}\n"
        );
        s.push_str("    fn set_offset(&mut self, offset: u64) {\n");
        let _ = writeln!(s, "        self.{off} = Some(offset as i64);\n    }}\n");
    }
}
