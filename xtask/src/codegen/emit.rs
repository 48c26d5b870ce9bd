//! Lays out one service crate from its plan ([`tencent_cloud_plan`]). The
//! output is plain and already rustfmt-formatted (lines are laid out the
//! way rustfmt lays them out), so regen needs no formatter pass. Every
//! decision (what is generated, names, types, pagers, read policy) is the
//! plan's; this module only writes it down.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use std::borrow::Cow;

use tencent_cloud_plan::{ActionPlan, CratePlan, ExampleText, PageKind, TotalCount, VersionPlan};
use tencent_cloud_spec::Sites;

use super::docs::{push_bilingual, push_blank, push_doc};
use super::krate::{Ctx, lib_rs, manifest, readme};
use super::layout::{call_expr, method_head};
use super::model::{model_def, paginate_impl};

/// Counts for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub versions: usize,
    pub actions: usize,
    pub structs: usize,
    pub paginators: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.versions += o.versions;
        self.actions += o.actions;
        self.structs += o.structs;
        self.paginators += o.paginators;
    }
}

/// One generated crate: relative path → content.
pub struct CrateOut {
    pub files: BTreeMap<String, String>,
    /// Symbolic links: relative path → target (the workspace LICENSE, which cargo
    /// packages as a file).
    pub links: BTreeMap<String, String>,
    pub counts: Counts,
}

/// Each crate's `LICENSE`: a link to the workspace's, packaged by cargo as the file.
pub const LICENSE_LINK: &str = "../../../LICENSE";

pub fn generate_crate(p: &CratePlan<'_>, ctx: &Ctx) -> CrateOut {
    let mut files = BTreeMap::new();
    let mut counts = Counts::default();
    for v in &p.versions {
        let (code, c) = version_module(v);
        files.insert(format!("src/{}.rs", v.version), code);
        counts += c;
    }
    files.insert("Cargo.toml".into(), manifest(p, ctx));
    files.insert("src/lib.rs".into(), lib_rs(p));
    if let Some(errors) = super::krate::errors_rs(p) {
        files.insert("src/errors.rs".into(), errors);
    }
    files.insert("README.md".into(), readme(p, ctx));
    let links = [("LICENSE".to_string(), LICENSE_LINK.to_string())].into();
    CrateOut {
        files,
        links,
        counts,
    }
}

/// The private helpers of the client that the methods call.
fn client_helpers(s: &mut String, v: &VersionPlan<'_>) {
    let json = |a: &&ActionPlan<'_>| !a.event_stream;
    let uses_read = v.actions.iter().filter(json).any(|a| a.read.idempotent);
    let uses_call = v.actions.iter().filter(json).any(|a| !a.read.idempotent);
    if uses_call {
        s.push_str("\n    fn call<'a, I, O>(&'a self, action: &'static str, input: &'a I) -> rt::Call<'a, I, O> {\n");
        s.push_str("        let spec = rt::RequestSpec::new(SERVICE, VERSION, action);\n");
        s.push_str("        rt::Call::new(&self.core, spec, input)\n    }\n");
    }
    if v.actions
        .iter()
        .any(|a| a.stream.is_some() || a.event_stream)
    {
        s.push_str("\n    fn stream<I: rt::Encode>(&self, action: &'static str, input: &I) -> rt::StreamCall<'_> {\n");
        s.push_str("        let spec = rt::RequestSpec::new(SERVICE, VERSION, action);\n");
        s.push_str("        rt::StreamCall::new(&self.core, spec, input)\n    }\n");
    }
    if uses_read {
        s.push_str(
            "\n    /// Reads are safe to repeat, so they are retried after transport errors.\n",
        );
        s.push_str("    fn read<'a, I, O>(&'a self, action: &'static str, input: &'a I) -> rt::Call<'a, I, O> {\n");
        s.push_str(
            "        let spec = rt::RequestSpec::new(SERVICE, VERSION, action).idempotent(true);\n",
        );
        s.push_str("        rt::Call::new(&self.core, spec, input)\n    }\n");
    }
}

/// One action's method and, if it streams, its `_stream` companion.
fn action_methods(s: &mut String, a: &ActionPlan<'_>, v: &VersionPlan<'_>) {
    let method = &a.method;
    s.push('\n');
    action_docs(s, a, v);
    if let Some(prefix) = a.octet_stream {
        octet_method(s, a, prefix);
        return;
    }
    if a.event_stream {
        event_stream_method(s, a);
        return;
    }
    method_head(
        s,
        a.deprecated,
        &format!("fn {method}<'a>"),
        "&'a self",
        &format!("&'a {}", a.input),
        "rt::Call",
        &["'a", a.input, a.output],
    );
    let verb = if a.read.idempotent { "read" } else { "call" };
    let _ = writeln!(
        s,
        "{}{}\n    }}",
        call_expr(
            &format!("self.{verb}"),
            &[&format!("\"{}\"", a.name), "request"],
            false
        ),
        host_setter(a, false)
    );
    if let Some(field) = &a.stream {
        s.push('\n');
        let _ = writeln!(
            s,
            "    /// [`Client::{method}`] with `Stream` set: the answer arrives as server-sent\n    /// events; decode each with [`rt::decode_event`] into [`{}`].",
            a.output
        );
        method_head(
            s,
            a.deprecated,
            &format!("fn {method}_stream"),
            "&self",
            &format!("&{}", a.input),
            "rt::StreamCall",
            &["'_"],
        );
        let _ = writeln!(
            s,
            "        let request = request.clone().set_{field}(true);"
        );
        let _ = writeln!(
            s,
            "{}{}\n    }}",
            call_expr(
                "self.stream",
                &[&format!("\"{}\"", a.name), "&request"],
                false
            ),
            host_setter(a, true)
        );
    }
}

/// The method of an action that answers with server-sent events and has no `Stream`
/// switch: it returns the stream (a JSON answer arrives as one event).
fn event_stream_method(s: &mut String, a: &ActionPlan<'_>) {
    let _ = writeln!(
        s,
        "    ///\n    /// The answer is a stream of server-sent events (a JSON answer arrives as one\n    /// event); decode each with [`rt::decode_event`] into [`{}`].",
        a.output
    );
    method_head(
        s,
        a.deprecated,
        &format!("fn {}", a.method),
        "&self",
        &format!("&{}", a.input),
        "rt::StreamCall",
        &["'_"],
    );
    let _ = writeln!(
        s,
        "{}{}\n    }}",
        call_expr(
            "self.stream",
            &[&format!("\"{}\"", a.name), "request"],
            false
        ),
        host_setter(a, true)
    );
}

/// `.action_host(…)` for an action served on a host of its own (the spec's), on its
/// streamed method (`streamed`) or its JSON one.
fn host_setter(a: &ActionPlan<'_>, streamed: bool) -> String {
    match &a.host {
        Some(h) if streamed || !h.stream_only => format!(
            "\n            .action_host(tencent_cloud_core::ActionHost::{}({:?}))",
            if h.prefix { "Prefix" } else { "Host" },
            h.host
        ),
        _ => String::new(),
    }
}

/// The method of an action whose body is raw bytes (cls `UploadLog`).
fn octet_method(s: &mut String, a: &ActionPlan<'_>, prefix: &str) {
    let _ = writeln!(
        s,
        "    ///\n    /// The body is raw bytes (`application/octet-stream`, signed with TC3); the\n    /// request's fields are sent as `{prefix}*` headers."
    );
    if a.deprecated {
        s.push_str("    #[deprecated(note = \"this action is deprecated upstream (预下线)\")]\n");
    }
    let _ = writeln!(
        s,
        "    pub fn {}<'a>(\n        &'a self,\n        request: &{},\n        body: impl Into<rt::Bytes>,\n    ) -> rt::OctetCall<'a, {}> {{",
        a.method, a.input, a.output
    );
    let _ = writeln!(
        s,
        "        let spec = rt::RequestSpec::new(SERVICE, VERSION, \"{}\");",
        a.name
    );
    let _ = writeln!(
        s,
        "        rt::OctetCall::new(&self.core, spec, \"{prefix}\", request, body.into())\n    }}"
    );
}

fn pager_method(s: &mut String, a: &ActionPlan<'_>) {
    let method = &a.method;
    s.push('\n');
    let _ = writeln!(
        s,
        "    /// Every item of [`Client::{method}`], fetched page by page."
    );
    match a.pager.as_ref().map(|p| &p.kind) {
        Some(PageKind::Token { request, .. }) => {
            let _ = writeln!(
                s,
                "    ///\n    /// See [`rt::Pages`]: each page sends the token the previous one gave (`{}`).",
                request.trim_start_matches("r#")
            );
        }
        Some(PageKind::Offset {
            total: TotalCount::Absent,
            ..
        }) => s.push_str(
            "    ///\n    /// See [`rt::Pages`]: `Limit` sets the page size, `Offset` where to start; the\n    /// response has no `TotalCount`, so the pages end at the first empty one.\n",
        ),
        _ => s.push_str(
            "    ///\n    /// See [`rt::Pages`]: `Limit` sets the page size, `Offset` where to start.\n",
        ),
    }
    method_head(
        s,
        a.deprecated,
        &format!("fn {method}_pages"),
        "&self",
        a.input,
        "rt::Pages",
        &[a.input],
    );
    let read = if a.read.idempotent { "true" } else { "false" };
    let _ = writeln!(
        s,
        "{}\n    }}",
        call_expr(
            "self.pages",
            &[&format!("\"{}\"", a.name), read, "request"],
            false
        )
    );
}

pub fn version_module(v: &VersionPlan<'_>) -> (String, Counts) {
    let mut counts = Counts {
        versions: 1,
        ..Counts::default()
    };
    let mut s = String::with_capacity(64 * 1024);
    let _ = writeln!(
        s,
        "//! {} API version {} (`{}`).",
        v.product, v.api_version, v.version
    );
    if let Some(note) = site_note(v.sites) {
        let _ = writeln!(s, "//!\n//! {note}");
    }
    s.push_str("//!\n//! Generated by `cargo xtask regen`; do not edit.\n\n");
    if v.actions.is_empty() {
        // Every action is offline: nothing to call, nothing to generate.
        s.push_str(
            "//!\n//! Every action of this version is offline upstream; nothing is generated.\n",
        );
        return (s, counts);
    }
    s.push_str("use tencent_cloud_core::rt;\n");
    let _ = writeln!(s, "\nconst SERVICE: &str = \"{}\";", v.service_short_name);
    let _ = writeln!(s, "const VERSION: &str = \"{}\";\n", v.api_version);

    // The client.
    let _ = writeln!(
        s,
        "/// Client for {} (`{}`) API version {}.",
        v.product, v.service, v.api_version
    );
    s.push_str(
        "///\n/// Cheap to clone; wraps a [`tencent_cloud_core::Client`], which holds the\n",
    );
    s.push_str("/// configuration, the credentials and the connection pool.\n");
    s.push_str("///\n/// Each action's method returns an [`rt::Call`]: `.await` it to send the\n");
    s.push_str("/// request, or first set options for this call only (`.region(…)`,\n");
    s.push_str("/// `.timeout(…)`, `.language(…)`, `.endpoint_url(…)`, `.header(…)`).\n");
    s.push_str(
        "#[derive(Clone, Debug)]\npub struct Client {\n    core: tencent_cloud_core::Client,\n}\n\n",
    );
    s.push_str("impl Client {\n");
    s.push_str("    /// Wraps a core client.\n");
    s.push_str("    pub fn new(core: tencent_cloud_core::Client) -> Self {\n        Self { core }\n    }\n\n");
    s.push_str("    /// The core client.\n");
    s.push_str(
        "    pub fn core(&self) -> &tencent_cloud_core::Client {\n        &self.core\n    }\n",
    );
    client_helpers(&mut s, v);
    for a in &v.actions {
        counts.actions += 1;
        action_methods(&mut s, a, v);
    }
    // Paginators: one Client method each, the rest is `impl rt::Paginate`.
    let paged: Vec<&ActionPlan> = v.actions.iter().filter(|a| a.pager.is_some()).collect();
    if !paged.is_empty() {
        s.push_str("\n    fn pages<R: rt::Paginate>(&self, action: &'static str, read: bool, request: R) -> rt::Pages<R> {\n");
        s.push_str(
            "        let spec = rt::RequestSpec::new(SERVICE, VERSION, action).idempotent(read);\n",
        );
        s.push_str("        rt::Pages::new(self.core.clone(), spec, request)\n    }\n");
    }
    for a in &paged {
        counts.paginators += 1;
        pager_method(&mut s, a);
    }
    s.push_str("}\n");

    // Objects, all in one `rt::model!` block.
    if !v.objects.is_empty() {
        s.push_str("\nrt::model! {\n");
        for (i, o) in v.objects.iter().enumerate() {
            counts.structs += 1;
            if i > 0 {
                s.push('\n');
            }
            model_def(&mut s, o, &v.std);
        }
        s.push_str("}\n");
    }
    // Paginate impls, in the order of their request types.
    let mut impls: Vec<&ActionPlan> = paged;
    impls.sort_by_key(|a| a.input);
    for a in impls {
        if let Some(p) = &a.pager {
            paginate_impl(&mut s, a.input, a.output, p, &v.std);
        }
    }
    (s, counts)
}

/// The line that says an item is one site's only, if it is.
pub fn site_note(sites: Sites) -> Option<&'static str> {
    match sites {
        Sites::Both => None,
        Sites::ChinaOnly => Some("**China site only.**"),
        Sites::IntlOnly => Some("**International site only.**"),
    }
}

fn action_docs(s: &mut String, a: &ActionPlan<'_>, v: &VersionPlan<'_>) {
    let version_sites = v.sites;
    let ind = "    ";
    let title = a.title_en.filter(|t| !t.is_empty()).unwrap_or(a.title);
    if !title.is_empty() {
        push_doc(s, ind, &format!("{title} (`{}`)", a.name), false);
    } else {
        push_doc(s, ind, &format!("`{}`", a.name), false);
    }
    if a.sites != version_sites
        && let Some(note) = site_note(a.sites)
    {
        push_blank(s, ind, false);
        push_doc(s, ind, note, false);
    }
    // The Chinese original keeps its title where the English one replaced it, and links
    // the API Explorer, whose page of the action documents every parameter in Chinese
    // (the fields' docs show only their English text, for the size budget).
    let zh: Cow<str> = if a.document_en.is_some() && a.title_en.is_some() && !a.title.is_empty() {
        Cow::Owned(format!(
            "{}\n\n{}\n\n[API Explorer](https://console.cloud.tencent.com/api/explorer?Product={}&Version={}&Action={})",
            a.title, a.document, v.service_short_name, v.api_version, a.name
        ))
    } else {
        Cow::Borrowed(a.document)
    };
    if a.document_en.is_some() || !zh.trim().is_empty() {
        push_blank(s, ind, false);
        push_bilingual(s, ind, a.document_en, &zh, false);
    }
    let n = a.examples.len();
    for (i, ex) in a.examples.iter().enumerate() {
        push_blank(s, ind, false);
        let which = if n > 1 {
            format!(" ({} of {n})", i + 1)
        } else {
            String::new()
        };
        // The docs show each example's request only (the response's fields are
        // documented on the response type): the heading says so.
        push_doc(
            s,
            ind,
            &format!("# Example request{which}: {}", ex.title),
            false,
        );
        example_part(s, ind, &ex.request);
    }
}

/// An example's request as a ```json block, or a pointer to the upstream docs when
/// it is too long (size budget).
fn example_part(s: &mut String, ind: &str, t: &ExampleText) {
    push_blank(s, ind, false);
    let text = match t {
        ExampleText::TooLong(lines) => {
            let note = format!(
                "The example request ({lines} lines) is in the upstream API documentation."
            );
            push_doc(s, ind, &note, false);
            return;
        }
        ExampleText::Json(v) => &compact_json(v),
    };
    let _ = writeln!(s, "{ind}/// ```json");
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            let _ = writeln!(s, "{ind}///");
        } else {
            let _ = writeln!(s, "{ind}/// {line}");
        }
    }
    let _ = writeln!(s, "{ind}/// ```");
}

/// Width of an example's JSON lines (after `/// `).
const JSON_WIDTH: usize = 80;

/// JSON as an example shows it: a value that fits on its line stays on one line
/// (`{"Name": "zone", "Values": ["a", "b"]}`), a longer object or list puts one
/// member per line, indented by two. Shorter than serde_json's pretty form (which
/// gives every scalar its own line) by 15% of the examples' bytes, and easier to read.
fn compact_json(v: &serde_json::Value) -> String {
    let mut out = String::new();
    json_value(&mut out, v, 0, 0);
    out
}

fn json_one_line(out: &mut String, v: &serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                json_one_line(out, x);
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, x)) in m.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push_str(": ");
                json_one_line(out, x);
            }
            out.push('}');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// Writes `v` starting at column `col`, its members (if broken) at `indent + 2`.
fn json_value(out: &mut String, v: &serde_json::Value, indent: usize, col: usize) {
    use serde_json::Value;
    let mut one = String::new();
    json_one_line(&mut one, v);
    let empty = match v {
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
        _ => true,
    };
    if empty || col + one.chars().count() <= JSON_WIDTH {
        out.push_str(&one);
        return;
    }
    let pad = " ".repeat(indent + 2);
    let (open, close) = if v.is_array() { ('[', ']') } else { ('{', '}') };
    out.push(open);
    let members: Vec<(Option<&String>, &Value)> = match v {
        Value::Array(a) => a.iter().map(|x| (None, x)).collect(),
        Value::Object(m) => m.iter().map(|(k, x)| (Some(k), x)).collect(),
        _ => Vec::new(),
    };
    for (i, (k, x)) in members.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&pad);
        let mut col = indent + 2;
        if let Some(k) = k {
            let key = Value::String((*k).clone()).to_string();
            col += key.chars().count() + 2;
            out.push_str(&key);
            out.push_str(": ");
        }
        json_value(out, x, indent + 2, col);
    }
    out.push('\n');
    out.push_str(&" ".repeat(indent));
    out.push(close);
}

#[cfg(test)]
#[path = "golden_tests.rs"]
mod golden_tests;

#[cfg(test)]
mod compact_json_tests {
    use super::{JSON_WIDTH, compact_json};
    use serde_json::json;

    #[test]
    fn short_values_stay_on_one_line_and_long_ones_break_per_member() {
        let short = json!({"InstanceIds": ["ins-1", "ins-2"], "Limit": 10});
        assert_eq!(
            compact_json(&short),
            r#"{"InstanceIds": ["ins-1", "ins-2"], "Limit": 10}"#
        );
        let long = json!({
            "Empty": {},
            "Filters": [{"Name": "zone", "Values": ["ap-guangzhou-1", "ap-guangzhou-2", "ap-guangzhou-3"]}],
            "Offset": 0,
        });
        let text = compact_json(&long);
        let want = r#"{
  "Empty": {},
  "Filters": [
    {
      "Name": "zone",
      "Values": ["ap-guangzhou-1", "ap-guangzhou-2", "ap-guangzhou-3"]
    }
  ],
  "Offset": 0
}"#;
        assert_eq!(text, want);
        // Same value, and no line past the width unless one scalar is longer.
        let back: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, long);
        assert!(
            text.lines().all(|l| l.chars().count() <= JSON_WIDTH),
            "{text}"
        );
    }

    #[test]
    fn escapes_and_unicode_survive() {
        let v = json!({"Text": "引号\"与\\反斜杠\n", "N": -1.5, "B": true, "Z": null});
        let text = compact_json(&v);
        let back: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, v);
        assert!(text.contains("引号"), "{text}");
    }
}
