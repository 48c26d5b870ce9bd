//! The plan of one crate and of each of its API versions: every fact the
//! generated Rust is made of, decided once. Codegen lays a plan out as
//! text; the semver diff compares two plans.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::{Map, Value};
use tencent_cloud_spec::{
    Action, ActionStatus, ApiVersion, Base, Member, Object, PageBy, Scalar, Service, Sites,
};

use crate::names::{CLIENT_RESERVED, crate_name, snake, unique_idents};
use crate::reach::{boxed_fields, callable, reach};
use crate::read::ReadPolicy;
use crate::types::{Format, RustType, StdNames};

/// Example strings longer than this are cut in docs (size budget).
pub const MAX_EXAMPLE_STRING: usize = 80;
/// Longer example requests and responses are left out of the docs (size
/// budget); the docs say where to find them.
pub const MAX_EXAMPLE_LINES: usize = 20;

/// The docs of every response's `RequestId`, in place of upstream's long sentence.
pub const REQUEST_ID_DOC: &str = "The unique request ID, for Tencent Cloud support.";

/// One generated crate.
#[derive(Debug, Clone, PartialEq)]
pub struct CratePlan<'a> {
    /// The service directory name, `cvm`.
    pub service: &'a str,
    /// `tencent-cloud-cvm`.
    pub crate_name: String,
    /// The product name of the newest version (Chinese where the spec has
    /// one), else the service name.
    pub product: &'a str,
    /// The newest version's `api_brief`.
    pub brief: Option<&'a str>,
    /// One module and one cargo feature per API version, sorted.
    pub versions: Vec<VersionPlan<'a>>,
    /// The default feature: tccli's default API version (see [`crate::default_version`]),
    /// which is not always the newest.
    pub default_feature: &'a str,
    /// The client method the crate docs' usage example calls.
    pub usage_method: Option<String>,
    /// Offline actions (not generated), as (version, action).
    pub offline: Vec<(&'a str, &'a str)>,
    /// The `errors` module: the service's error codes and the common ones (see
    /// [`crate::error_codes`]).
    pub errors: Vec<crate::ErrorCode>,
    /// Which sites serve the crate: one site's only when every API version is.
    pub sites: Sites,
}

/// One API version: a module `v20170312` behind the feature of that name.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionPlan<'a> {
    pub service: &'a str,
    /// Module and feature name: `v20170312`.
    pub version: &'a str,
    /// `2017-03-12`, sent as `X-TC-Version`.
    pub api_version: &'a str,
    /// Sent as the service in signatures and hosts (`cvm`).
    pub service_short_name: &'a str,
    pub product: &'a str,
    /// The crate's default version (tccli's default, not always the newest): its docs
    /// carry the examples.
    pub newest: bool,
    /// Callable actions, sorted by name.
    pub actions: Vec<ActionPlan<'a>>,
    /// Generated objects (reached from a callable action), sorted by name.
    pub objects: Vec<ObjectPlan<'a>>,
    /// How std names are spelled in this module.
    pub std: StdNames,
    /// Which sites serve this API version.
    pub sites: Sites,
}

/// One client method (and its `_stream` and `_pages` companions).
#[derive(Debug, Clone, PartialEq)]
pub struct ActionPlan<'a> {
    pub name: &'a str,
    /// The method: `describe_instances`.
    pub method: String,
    /// Request and response struct names.
    pub input: &'a str,
    pub output: &'a str,
    pub read: ReadPolicy,
    /// `#[deprecated]` (预下线 upstream).
    pub deprecated: bool,
    pub title: &'a str,
    pub document: &'a str,
    /// The international site's English title and description, where it has them.
    pub title_en: Option<&'a str>,
    pub document_en: Option<&'a str>,
    /// Which sites serve the action.
    pub sites: Sites,
    /// Every example, in the newest version's docs only.
    pub examples: Vec<ExampleDoc<'a>>,
    /// A `<method>_stream` method: the setter of the request's `Stream` flag.
    pub stream: Option<String>,
    /// The spec declares that the action answers with server-sent events and the
    /// request has no `Stream` switch: the method itself returns `rt::StreamCall`
    /// (a JSON answer arrives as one event). See [`crate::stream_listing`].
    pub event_stream: bool,
    /// Served on a host of its own (see [`crate::special_host`]).
    pub host: Option<crate::SpecialHost>,
    /// A `<method>_pages` paginator.
    pub pager: Option<PagerPlan>,
    /// The body is raw bytes, not JSON: the request's fields go as headers named this
    /// prefix + the member name (cls `UploadLog`: `X-CLS-`).
    pub octet_stream: Option<&'static str>,
}

/// Actions whose body is raw bytes (`application/octet-stream`): (service, action,
/// header prefix of the request's fields). The specs do not say so; the official SDKs
/// hard-code the same list (the Python SDK's `call_octet_stream`).
pub const OCTET_STREAM_ACTIONS: &[(&str, &str, &str)] = &[("cls", "UploadLog", "X-CLS-")];

/// One of an action's examples as its docs show it: the request only. The
/// response's fields are documented on the response type, and leaving
/// response examples out keeps the generated code within its size budget
/// (2.6 KB per action; they were 2.6 MB of 43.8 at 3.1.189.1).
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleDoc<'a> {
    pub title: &'a str,
    pub request: ExampleText,
}

/// One part of an example: JSON to show (long strings already cut), or
/// too long to show. Kept as a value, not text: comparing plans need not
/// format it; codegen does when the docs are written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExampleText {
    Json(Value),
    /// Left out (size budget); the number of lines it would take.
    TooLong(usize),
}

/// How many lines `serde_json::to_string_pretty` writes for `v`: one for a
/// scalar or an empty container, else an opening and a closing line around
/// the lines of the items (strings never hold a raw newline).
fn pretty_lines(v: &Value) -> usize {
    match v {
        Value::Array(a) if !a.is_empty() => 2 + a.iter().map(pretty_lines).sum::<usize>(),
        Value::Object(m) if !m.is_empty() => 2 + m.values().map(pretty_lines).sum::<usize>(),
        _ => 1,
    }
}

/// A paginator: `impl rt::Paginate for <input>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagerPlan {
    /// The response's list field.
    pub list_field: String,
    /// Its item type.
    pub item: RustType,
    /// How the next page is asked for.
    pub kind: PageKind,
}

/// How a paginator asks for the next page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageKind {
    /// By `Offset`: the request's field and its type (and `Limit`'s); the response's
    /// `TotalCount` and its type, if it has one. Without it the pages end at the first
    /// empty one.
    Offset {
        field: String,
        ty: OffsetType,
        total: TotalCount,
    },
    /// By a continuation token: the request's field and the response's field (both
    /// `String`).
    Token { request: String, response: String },
}

/// The response's `TotalCount` as a paginator reads it: its type, or that there is
/// none (a total under another name than `total_count` counts as none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotalCount {
    /// A `u64`, read as it is.
    U64,
    /// An `i64`, read as a `u64`.
    I64,
    /// No total: the pages end at the first empty one.
    Absent,
}

/// The type of a paginated request's `Offset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetType {
    U64,
    I64,
    /// A string holding a number (vpc `DescribeVpcs`).
    Text,
}

impl OffsetType {
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetType::U64 => "u64",
            OffsetType::I64 => "i64",
            OffsetType::Text => "String",
        }
    }
}

/// One struct.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectPlan<'a> {
    pub name: &'a str,
    /// The spec's description; empty where it is only upstream boilerplate
    /// (`DescribeInstances请求参数结构体`) and [`ObjectPlan::role`] says more.
    pub document: &'a str,
    /// The international site's English description, likewise.
    pub document_en: Option<&'a str>,
    /// The request or response of which action, if it is one.
    pub role: Option<ObjectRole>,
    /// Which sites have the object.
    pub sites: Sites,
    /// Reached from an action's input: it gets `Encode` and setters.
    pub sent: bool,
    pub fields: Vec<FieldPlan<'a>>,
}

/// What a struct is for, when an action sends or answers with it: its docs'
/// summary line ("Request of [`Client::describe_instances`]").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObjectRole {
    /// The input of these methods (usually one).
    Request(Vec<String>),
    /// The output of these methods.
    Response(Vec<String>),
}

/// One field: `pub ident: Option<ty>`.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldPlan<'a> {
    /// The member name on the wire.
    pub wire: &'a str,
    /// Keyword-safe, unique snake_case.
    pub ident: String,
    pub ty: RustType,
    /// `#[deprecated]`: the member is `disabled` upstream.
    pub deprecated: bool,
    /// Documented `**Required.**` (sent objects only).
    pub required: bool,
    /// The doc text, upstream boilerplate removed.
    pub document: Cow<'a, str>,
    /// The international site's English text, boilerplate removed, where it has one.
    pub document_en: Option<Cow<'a, str>>,
    /// Which sites have the member.
    pub sites: Sites,
    pub format: Option<Format>,
}

impl FieldPlan<'_> {
    /// The ident is not the plain snake_case of the wire name (a collision
    /// suffix, a keyword): the docs then say the wire name.
    pub fn renamed(&self) -> bool {
        snake(self.wire) != self.ident.trim_start_matches("r#")
    }
}

/// Why a crate cannot be planned.
pub type PlanError = String;

/// Method identifiers of the callable actions, by action name.
fn method_idents(api: &ApiVersion) -> HashMap<&str, String> {
    let names: Vec<&str> = callable(api).map(|a| a.name.as_str()).collect();
    let idents = unique_idents(names.iter().copied(), CLIENT_RESERVED);
    names.into_iter().zip(idents).collect()
}

/// Field identifiers of an object's members, in member order (see
/// [`unique_idents`]). Live members choose first: where a live and a deprecated
/// (`disabled`) member map to one name (dnspod `Ttl` and `TTL`), the live one gets
/// the plain name and the deprecated one the `_2`, whatever their order upstream.
pub fn member_idents(members: &[Member]) -> Vec<String> {
    let order: Vec<usize> = (0..members.len())
        .filter(|&i| !members[i].disabled)
        .chain((0..members.len()).filter(|&i| members[i].disabled))
        .collect();
    let idents = unique_idents(order.iter().map(|&i| members[i].name.as_str()), &[]);
    let mut out = vec![String::new(); members.len()];
    for (ident, i) in idents.into_iter().zip(order) {
        out[i] = ident;
    }
    out
}

/// Upstream boilerplate on output members that adds nothing here: every
/// field is an `Option` already.
fn strip_null_note(doc: &str) -> Cow<'_, str> {
    if !doc.contains('注') || !doc.contains("注意：此字段可能返回") {
        return Cow::Borrowed(doc.trim());
    }
    const NOTES: [&str; 4] = [
        "注意：此字段可能返回 null，表示取不到有效值。",
        "注意：此字段可能返回 null，表示取不到有效值",
        "注意：此字段可能返回null，表示取不到有效值。",
        "注意：此字段可能返回null，表示取不到有效值",
    ];
    if !NOTES.iter().any(|n| doc.contains(n)) {
        return Cow::Borrowed(doc.trim());
    }
    let mut out = doc.to_string();
    for pat in NOTES {
        out = out.replace(pat, "");
    }
    Cow::Owned(out.trim().to_string())
}

/// The English form of [`strip_null_note`]'s boilerplate: a sentence that starts
/// `Note:` and says the field may return null (a dozen spellings upstream).
fn strip_null_note_en(doc: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut rest = doc;
    let mut kept = String::new();
    while let Some(at) = rest.find("ote: ").filter(|&i| i > 0) {
        let start = at - 1; // the `N` or `n` of `Note`, if it is one
        if !matches!(rest.as_bytes()[start], b'N' | b'n') {
            kept.push_str(&rest[..at + 5]);
            rest = &rest[at + 5..];
            continue;
        }
        let head = &rest[..start];
        let sentence_end = rest[at..]
            .find(". ")
            .map(|e| at + e + 1)
            .or_else(|| rest[at..].find('.').map(|e| at + e + 1))
            .unwrap_or(rest.len());
        let sentence = &rest[start..sentence_end];
        let is_note = sentence.contains("null") && sentence.len() < 160;
        if is_note {
            kept.push_str(head);
            rest = &rest[sentence_end..];
            out = Some(String::new());
        } else {
            kept.push_str(&rest[..at + 5]);
            rest = &rest[at + 5..];
        }
    }
    match out {
        None => Cow::Borrowed(doc.trim()),
        Some(_) => {
            kept.push_str(rest);
            Cow::Owned(kept.trim().to_string())
        }
    }
}

/// Is an object's description only upstream's "X request structure" boilerplate?
fn boilerplate_doc(doc: &str) -> bool {
    let d = doc.trim().trim_end_matches(['.', '。']);
    d.is_empty()
        || d.ends_with("请求参数结构体")
        || d.ends_with("返回参数结构体")
        || d.ends_with("request structure")
        || d.ends_with("response structure")
}

fn object_plan<'a>(
    o: &'a Object,
    sent: bool,
    boxed: &HashSet<(&str, &str)>,
    role: Option<ObjectRole>,
) -> ObjectPlan<'a> {
    let idents = member_idents(&o.members);
    let fields = o
        .members
        .iter()
        .zip(idents)
        .map(|(m, ident)| FieldPlan {
            wire: &m.name,
            ident,
            ty: RustType::of(&m.ty, boxed.contains(&(o.name.as_str(), m.name.as_str()))),
            deprecated: m.disabled,
            required: sent && m.required_in_request(),
            document: if m.name == "RequestId" && !sent {
                // The same long sentence on every response; say it once, short (and in
                // English: it is our sentence, not upstream's).
                Cow::Borrowed(REQUEST_ID_DOC)
            } else {
                strip_null_note(&m.document)
            },
            document_en: if m.name == "RequestId" && !sent {
                None
            } else {
                m.document_en
                    .as_deref()
                    .map(strip_null_note_en)
                    .filter(|d| !d.is_empty())
            },
            sites: m.sites,
            format: Format::of(&m.ty),
        })
        .collect();
    let plain = role.is_some();
    ObjectPlan {
        name: &o.name,
        document: if plain && boilerplate_doc(&o.document) {
            ""
        } else {
            &o.document
        },
        document_en: o
            .document_en
            .as_deref()
            .filter(|d| !(plain && boilerplate_doc(d))),
        role,
        sites: o.sites,
        sent,
        fields,
    }
}

/// The paginator of an action, if it pages by Tencent's offset convention or by a
/// continuation token (see [`ApiVersion::pagination`]).
fn pager(api: &ApiVersion, a: &Action) -> Option<PagerPlan> {
    let p = api.pagination(a)?;
    let (input, output) = (api.input_of(a)?, api.output_of(a)?);
    let out_idents = member_idents(&output.members);
    let in_idents = member_idents(&input.members);
    let ident = |idents: &[String], members: &[Member], name: &str| {
        members
            .iter()
            .position(|m| m.name == name)
            .map(|i| idents[i].clone())
    };
    let kind = match p.by {
        PageBy::Offset { offset, total, .. } => PageKind::Offset {
            field: ident(&in_idents, &input.members, &offset.name)?,
            ty: match offset.ty.base {
                Base::Scalar(Scalar::Uint64) => OffsetType::U64,
                Base::Scalar(Scalar::String) => OffsetType::Text,
                _ => OffsetType::I64,
            },
            total: match total {
                Some(t) if ident(&out_idents, &output.members, &t.name)? == "total_count" => {
                    match t.ty.base {
                        Base::Scalar(Scalar::Uint64) => TotalCount::U64,
                        _ => TotalCount::I64,
                    }
                }
                _ => TotalCount::Absent,
            },
        },
        PageBy::Token { request, response } => PageKind::Token {
            request: ident(&in_idents, &input.members, &request.name)?,
            response: ident(&out_idents, &output.members, &response.name)?,
        },
    };
    Some(PagerPlan {
        list_field: ident(&out_idents, &output.members, &p.list.name)?,
        item: RustType::item(&p.list.ty),
        kind,
    })
}

/// The setter of an action's `Stream` flag (a bool input member), for
/// actions that can answer with server-sent events.
pub(crate) fn stream_field(api: &ApiVersion, a: &Action) -> Option<String> {
    let input = api.input_of(a)?;
    let pos = input.members.iter().position(|m| {
        m.name == "Stream" && !m.ty.list && m.ty.base == Base::Scalar(Scalar::Bool)
    })?;
    member_idents(&input.members)
        .into_iter()
        .nth(pos)
        .map(|f| f.trim_start_matches("r#").to_string())
}

/// Example values are samples: long strings (base64 images, logs) are cut.
fn shorten(v: &Value) -> Value {
    match v {
        Value::String(s) if s.chars().count() > MAX_EXAMPLE_STRING => {
            let mut t: String = s.chars().take(MAX_EXAMPLE_STRING).collect();
            t.push('…');
            Value::String(t)
        }
        Value::Array(a) => Value::Array(a.iter().map(shorten).collect()),
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), shorten(v))).collect()),
        other => other.clone(),
    }
}

fn example_text(v: &Value) -> ExampleText {
    let lines = pretty_lines(v);
    if lines > MAX_EXAMPLE_LINES {
        ExampleText::TooLong(lines)
    } else {
        ExampleText::Json(shorten(v))
    }
}

/// Every example of an action whose request could be read.
fn example_docs<'a>(api: &'a ApiVersion, a: &Action) -> Vec<ExampleDoc<'a>> {
    api.examples_of(&a.name)
        .iter()
        .filter_map(|ex| {
            let params = &ex.input.as_ref().ok()?.params;
            Some(ExampleDoc {
                title: ex.title.trim(),
                request: example_text(&Value::Object(Map::clone(params))),
            })
        })
        .collect()
}

/// The plan of one API version. `newest`: the crate's default version,
/// whose docs carry the examples.
pub fn plan_version(api: &ApiVersion, newest: bool) -> Result<VersionPlan<'_>, PlanError> {
    let (sent, received) = reach(api);
    let generated: BTreeSet<&str> = sent.union(&received).copied().collect();
    for name in &generated {
        if !api.objects.contains_key(*name) {
            return Err(format!(
                "{}/{}: object {name} is missing",
                api.service, api.version
            ));
        }
        if *name == "Client" {
            return Err(format!(
                "{}/{}: an object named Client would clash with the generated client",
                api.service, api.version
            ));
        }
    }
    let std = StdNames::for_objects(&generated);
    let boxed = boxed_fields(api, &generated);
    let mut methods = method_idents(api);
    let mut actions: Vec<ActionPlan> = callable(api)
        .map(|a| ActionPlan {
            name: &a.name,
            method: methods.remove(a.name.as_str()).unwrap_or_default(),
            input: &a.input,
            output: &a.output,
            read: ReadPolicy::of(&a.name),
            deprecated: a.status == ActionStatus::Deprecated,
            title: a.title.trim(),
            document: &a.document,
            title_en: a.title_en.as_deref().map(str::trim),
            document_en: a.document_en.as_deref(),
            sites: a.sites,
            examples: if newest {
                example_docs(api, a)
            } else {
                Vec::new()
            },
            stream: stream_field(api, a),
            event_stream: tencent_cloud_spec::declares_event_stream(api, a)
                && stream_field(api, a).is_none(),
            host: crate::special_host(api, a).0,
            pager: pager(api, a),
            octet_stream: OCTET_STREAM_ACTIONS
                .iter()
                .find(|(s, n, _)| *s == api.service && *n == a.name)
                .map(|(_, _, prefix)| *prefix),
        })
        .collect();
    // One `impl rt::Paginate` per request type: an input shared by two
    // paged actions gets no paginator.
    let mut inputs_paged: HashMap<&str, usize> = HashMap::new();
    for a in actions.iter().filter(|a| a.pager.is_some()) {
        *inputs_paged.entry(a.input).or_insert(0) += 1;
    }
    for a in &mut actions {
        if inputs_paged.get(a.input).is_some_and(|n| *n > 1) {
            a.pager = None;
        }
    }
    // Which methods send or answer with each object.
    let mut roles: HashMap<&str, ObjectRole> = HashMap::new();
    for a in &actions {
        for (obj, request) in [(a.input, true), (a.output, false)] {
            let r = roles.entry(obj).or_insert_with(|| {
                if request {
                    ObjectRole::Request(Vec::new())
                } else {
                    ObjectRole::Response(Vec::new())
                }
            });
            match (r, request) {
                (ObjectRole::Request(m), true) | (ObjectRole::Response(m), false) => {
                    m.push(a.method.clone())
                }
                _ => {}
            }
        }
    }
    let objects = generated
        .iter()
        .map(|n| {
            let role = roles.remove(n);
            object_plan(&api.objects[*n], sent.contains(n), &boxed, role)
        })
        .collect();
    Ok(VersionPlan {
        service: &api.service,
        version: &api.version,
        api_version: &api.metadata.api_version,
        service_short_name: &api.metadata.service_short_name,
        product: api
            .metadata
            .service_name_cn
            .as_deref()
            .unwrap_or(&api.service),
        newest,
        actions,
        objects,
        std,
        sites: api.sites,
    })
}

/// The plan of one service's crate.
pub fn plan_crate(svc: &Service) -> Result<CratePlan<'_>, PlanError> {
    plan_crate_only(svc, |_| true)
}

/// [`plan_crate`] with only the API versions `keep` accepts: to compare two
/// crates whose other versions are equal, plan just what differs (with the
/// same `keep` on both sides). The crate-level facts are always planned.
pub fn plan_crate_only<'a>(
    svc: &'a Service,
    keep: impl Fn(&ApiVersion) -> bool,
) -> Result<CratePlan<'a>, PlanError> {
    // `newest` is the default version: tccli's default, not always the newest.
    let newest = crate::defaults::default_version(svc)
        .ok_or_else(|| format!("{}: no API version", svc.name))?;
    let versions = svc
        .versions
        .values()
        .filter(|api| keep(api))
        .map(|api| plan_version(api, api.version == newest.version))
        .collect::<Result<Vec<_>, _>>()?;
    // An action that needs no parameters makes the shortest usage example.
    let mut methods = method_idents(newest);
    let usage_method = callable(newest)
        .filter(|a| a.status != ActionStatus::Deprecated)
        .filter(|a| {
            newest
                .input_of(a)
                .is_some_and(|o| o.members.iter().all(|m| !m.required_in_request()))
        })
        .min_by_key(|a| {
            (
                !a.name.starts_with("Describe"),
                a.name.len(),
                a.name.as_str(),
            )
        })
        .or_else(|| callable(newest).next())
        .and_then(|a| methods.remove(a.name.as_str()));
    let offline = svc
        .versions
        .values()
        .flat_map(|api| {
            api.actions
                .values()
                .filter(|a| !a.status.is_callable())
                .map(move |a| (api.version.as_str(), a.name.as_str()))
        })
        .collect();
    Ok(CratePlan {
        service: &svc.name,
        crate_name: crate_name(&svc.name),
        product: newest
            .metadata
            .service_name_cn
            .as_deref()
            .unwrap_or(&svc.name),
        brief: newest.metadata.api_brief.as_deref(),
        versions,
        default_feature: &newest.version,
        usage_method,
        offline,
        errors: crate::error_codes(&svc.name),
        sites: crate_sites(svc),
    })
}

/// A crate is one site's when every API version of it is that site's.
fn crate_sites(svc: &Service) -> Sites {
    let mut sites = svc.versions.values().map(|v| v.sites);
    match sites.next() {
        Some(first) if sites.all(|s| s == first) => first,
        _ => Sites::Both,
    }
}

impl<'a> VersionPlan<'a> {
    pub fn object(&self, name: &str) -> Option<&ObjectPlan<'a>> {
        self.objects
            .binary_search_by(|o| o.name.cmp(name))
            .ok()
            .map(|i| &self.objects[i])
    }
    pub fn action(&self, name: &str) -> Option<&ActionPlan<'a>> {
        self.actions
            .binary_search_by(|a| a.name.cmp(name))
            .ok()
            .map(|i| &self.actions[i])
    }
}

impl<'a> CratePlan<'a> {
    pub fn version(&self, name: &str) -> Option<&VersionPlan<'a>> {
        self.versions.iter().find(|v| v.version == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_lines_counts_what_serde_json_writes() {
        for v in [
            serde_json::json!(1),
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!({"a": [1, 2, {"b": {}}], "c": "x\ny", "d": {"e": [[]]}}),
            serde_json::json!([{"a": 1}, [], "s"]),
        ] {
            let text = serde_json::to_string_pretty(&v).unwrap();
            assert_eq!(pretty_lines(&v), text.lines().count(), "{text}");
        }
    }

    #[test]
    fn english_null_notes_are_removed() {
        for note in [
            "Note: This field may return null, indicating that no valid values can be obtained.",
            "Note: this field may return `null`, indicating that no valid value is obtained.",
            "Note: The returned value of this field may be null, indicating that no valid value is obtained.",
        ] {
            assert_eq!(strip_null_note_en(&format!("Zone ID.\n{note}")), "Zone ID.");
            assert_eq!(
                strip_null_note_en(&format!("Zone ID. {note} Values: a, b.")),
                "Zone ID.  Values: a, b."
            );
            assert_eq!(strip_null_note_en(note), "");
        }
        // Other notes stay.
        let keep = "Name. Note: at most 60 characters.";
        assert_eq!(strip_null_note_en(keep), keep);
        assert!(matches!(
            strip_null_note_en(" Plain. "),
            Cow::Borrowed("Plain.")
        ));
    }

    #[test]
    fn boilerplate_object_docs() {
        assert!(boilerplate_doc("DescribeInstances请求参数结构体"));
        assert!(boilerplate_doc("DescribeInstances response structure."));
        assert!(boilerplate_doc(""));
        assert!(!boilerplate_doc("描述实例的信息。"));
    }
}
