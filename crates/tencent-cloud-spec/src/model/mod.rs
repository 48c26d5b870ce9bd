//! The typed model of one API version, and how it is built from the raw
//! JSON shape.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, DiagnosticKind as K, pointer};
use crate::examples::Example;
use crate::raw;

/// `metadata` of an api.json.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metadata {
    /// The API version as a date, `2017-03-12`.
    pub api_version: String,
    /// One-paragraph description of the service (Chinese), if given.
    pub api_brief: Option<String>,
    /// Product name in Chinese (`serviceNameCN`), if given.
    pub service_name_cn: Option<String>,
    /// The service name used in endpoints and signing (`serviceShortName`).
    /// Usually equals the directory name, but not always: the `autoscaling`
    /// service is served at `as.tencentcloudapi.com`.
    pub service_short_name: String,
}

/// Lifecycle status of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActionStatus {
    /// No `status` key in the spec. Treated as online by callers.
    Unspecified,
    Online,
    /// Still callable, announced for removal (预下线).
    Deprecated,
    /// No longer callable.
    Offline,
}

impl ActionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Unspecified => "unspecified",
            ActionStatus::Online => "online",
            ActionStatus::Deprecated => "deprecated",
            ActionStatus::Offline => "offline",
        }
    }
    /// Can the action still be called?
    pub fn is_callable(self) -> bool {
        !matches!(self, ActionStatus::Offline)
    }
}

/// Which of Tencent Cloud's two sites have an item: the China site
/// (`tencentcloudapi.com`, specs from `tccli`) and the international site
/// (`intl.tencentcloudapi.com`, specs from `tccli-intl-en`).
///
/// A release loaded on its own marks nothing (`Both`): only
/// [`merge_channels`](crate::merge_channels) knows what the other site has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Sites {
    /// Both sites (or not known to be one site's only).
    #[default]
    Both,
    /// Only the China site's spec has it.
    ChinaOnly,
    /// Only the international site's spec has it.
    IntlOnly,
}

impl Sites {
    pub fn as_str(self) -> &'static str {
        match self {
            Sites::Both => "both",
            Sites::ChinaOnly => "china",
            Sites::IntlOnly => "intl",
        }
    }
    /// Is this one site's only?
    pub fn is_one_site(self) -> bool {
        self != Sites::Both
    }
}

/// One API action (operation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// The action name, `DescribeInstances`.
    pub name: String,
    /// Short human title (the spec's `name`, e.g. `查看实例列表`).
    pub title: String,
    pub document: String,
    /// The international site's English title, where its spec has one
    /// (set by [`merge_channels`](crate::merge_channels)).
    pub title_en: Option<String>,
    /// The international site's English description, likewise.
    pub document_en: Option<String>,
    /// Which sites have the action.
    pub sites: Sites,
    /// Name of the input object (`DescribeInstancesRequest`).
    pub input: String,
    /// Name of the output object (`DescribeInstancesResponse`).
    pub output: String,
    pub status: ActionStatus,
    /// Called without a signature (`skip_sign` upstream: sts
    /// `AssumeRoleWithWebIdentity`, `AssumeRoleWithSAML`).
    pub skip_sign: bool,
}

/// The spec's own `usage` hint on an object. Only a hint: use
/// [`Object::direction`], which is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Usage {
    In,
    Out,
    Both,
}

/// Which way an object travels, computed by walking from every action's
/// input object (requests) and output object (responses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Direction {
    /// Reached from no action.
    Unreachable,
    /// Only ever sent in requests.
    Input,
    /// Only ever received in responses.
    Output,
    /// Both sent and received.
    Both,
}

impl Direction {
    pub fn is_input(self) -> bool {
        matches!(self, Direction::Input | Direction::Both)
    }
    pub fn is_output(self) -> bool {
        matches!(self, Direction::Output | Direction::Both)
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Unreachable => "unreachable",
            Direction::Input => "input",
            Direction::Output => "output",
            Direction::Both => "both",
        }
    }
    fn from_bits(bits: u8) -> Self {
        match bits & 3 {
            1 => Direction::Input,
            2 => Direction::Output,
            3 => Direction::Both,
            _ => Direction::Unreachable,
        }
    }
}

/// A scalar type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scalar {
    String,
    /// A string holding `YYYY-MM-DD HH:MM:SS` (spec: string/datetime).
    DateTime,
    /// A string holding an ISO 8601 timestamp (spec: string/datetime_iso).
    DateTimeIso,
    /// A string holding `YYYY-MM-DD` (spec: string/date).
    Date,
    Int64,
    Uint64,
    Float,
    Bool,
    /// Raw bytes (spec: binary/binary). Sent as base64 text.
    Binary,
}

impl Scalar {
    /// The spec's (`type`, `member`) spelling when not in a list.
    pub fn spec_pair(self) -> (&'static str, &'static str) {
        match self {
            Scalar::String => ("string", "string"),
            Scalar::DateTime => ("string", "datetime"),
            Scalar::DateTimeIso => ("string", "datetime_iso"),
            Scalar::Date => ("string", "date"),
            Scalar::Int64 => ("int", "int64"),
            Scalar::Uint64 => ("int", "uint64"),
            Scalar::Float => ("float", "float"),
            Scalar::Bool => ("bool", "bool"),
            Scalar::Binary => ("binary", "binary"),
        }
    }
    /// The spec's `member` spelling.
    pub fn name(self) -> &'static str {
        self.spec_pair().1
    }
    fn from_pair(ty: &str, member: &str) -> Option<Self> {
        Some(match (ty, member) {
            ("string", "string") => Scalar::String,
            ("string", "datetime") => Scalar::DateTime,
            ("string", "datetime_iso") => Scalar::DateTimeIso,
            ("string", "date") => Scalar::Date,
            ("int", "int64") => Scalar::Int64,
            ("int", "uint64") => Scalar::Uint64,
            ("float", "float") => Scalar::Float,
            ("bool", "bool") => Scalar::Bool,
            ("binary", "binary") => Scalar::Binary,
            _ => return None,
        })
    }
    /// A list element spelling (`member` of a `list`).
    fn from_list_member(member: &str) -> Option<Self> {
        Some(match member {
            "string" => Scalar::String,
            "datetime" => Scalar::DateTime,
            "datetime_iso" => Scalar::DateTimeIso,
            "date" => Scalar::Date,
            "int64" => Scalar::Int64,
            "uint64" => Scalar::Uint64,
            "float" => Scalar::Float,
            "bool" => Scalar::Bool,
            "binary" => Scalar::Binary,
            _ => return None,
        })
    }
}

/// The element type of a member: a scalar or a named object.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Base {
    Scalar(Scalar),
    /// An object defined in the same API version's `objects`.
    Object(String),
}

impl Base {
    pub fn object_name(&self) -> Option<&str> {
        match self {
            Base::Object(n) => Some(n),
            Base::Scalar(_) => None,
        }
    }
}

/// The type of a member: one value or a list of values of a [`Base`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeRef {
    pub list: bool,
    pub base: Base,
}

impl TypeRef {
    /// The spec's (`type`, `member`) spelling.
    pub fn spec_pair(&self) -> (&str, &str) {
        match (&self.base, self.list) {
            (Base::Scalar(s), false) => s.spec_pair(),
            (Base::Scalar(s), true) => ("list", s.name()),
            (Base::Object(o), false) => ("object", o),
            (Base::Object(o), true) => ("list", o),
        }
    }
}

impl fmt::Display for TypeRef {
    /// `int64`, `Filter`, `list<string>`, `list<Instance>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = match &self.base {
            Base::Scalar(s) => s.name(),
            Base::Object(o) => o.as_str(),
        };
        if self.list {
            write!(f, "list<{inner}>")
        } else {
            f.write_str(inner)
        }
    }
}

/// One member (field) of an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Wire name, `InstanceIds`.
    pub name: String,
    pub document: String,
    /// The international site's English description, where its spec has one.
    pub document_en: Option<String>,
    /// Which sites have the member.
    pub sites: Sites,
    /// Example value text, if given.
    pub example: Option<String>,
    pub ty: TypeRef,
    /// The spec marks the member `disabled` (hidden from docs and SDKs).
    pub disabled: bool,
    /// Responses may carry `null` for this member (`value_allowed_null`).
    pub nullable: bool,
    // Raw flags: consumers use the two methods below, which give the
    // normalised meaning across spec generations.
    required: Option<bool>,
    output_required: Option<bool>,
}

impl Member {
    /// Must a request carry this member? Meaningful where the object is
    /// sent ([`Direction::is_input`]).
    pub fn required_in_request(&self) -> bool {
        self.required == Some(true)
    }

    /// Is this member always present in responses? Meaningful where the
    /// object is received ([`Direction::is_output`]).
    ///
    /// Spec generations disagree on the key: up to 3.0.1216.1, output
    /// members said `required`; from 3.0.1217.1 they say `output_required`
    /// (and objects used both ways may carry both keys, `required` for the
    /// request side). So `output_required` wins where present, and
    /// `required` is the older spelling of the same fact.
    pub fn always_in_response(&self) -> bool {
        self.output_required.or(self.required).unwrap_or(false)
    }

    /// Builds a member directly (for tests and tools that synthesise specs).
    pub fn new(
        name: impl Into<String>,
        ty: TypeRef,
        required_in_request: bool,
        always_in_response: bool,
    ) -> Self {
        Member {
            name: name.into(),
            document: String::new(),
            document_en: None,
            sites: Sites::Both,
            example: None,
            ty,
            disabled: false,
            nullable: false,
            required: Some(required_in_request),
            output_required: Some(always_in_response),
        }
    }
}

/// One object (structure) of an API version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    pub name: String,
    pub document: String,
    /// The international site's English description, where its spec has one.
    pub document_en: Option<String>,
    /// Which sites have the object.
    pub sites: Sites,
    /// The spec's hint; see [`Object::direction`] for the computed truth.
    pub usage: Option<Usage>,
    pub members: Vec<Member>,
    /// Computed from reachability; see [`Direction`].
    pub direction: Direction,
}

impl Object {
    pub fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.name == name)
    }
}

/// The members an offset-paginated action pages with; see [`ApiVersion::pagination`].
#[derive(Debug, Clone, Copy)]
pub struct Pagination<'a> {
    /// How the next page is asked for.
    pub by: PageBy<'a>,
    /// The one list of the response: the page's items.
    pub list: &'a Member,
}

/// How an action pages.
#[derive(Debug, Clone, Copy)]
pub enum PageBy<'a> {
    /// `Offset` and `Limit` in the request (integers of one type, or both strings
    /// holding numbers), and `TotalCount` in the response when it has one (without
    /// it, the last page is the first empty one).
    Offset {
        offset: &'a Member,
        limit: &'a Member,
        total: Option<&'a Member>,
    },
    /// A continuation token: the request's `request` member (`NextToken`, `Context`,
    /// `Cursor`, …) takes the value of the response's `response` member (`NextToken`,
    /// `Context`, `NextCursor`, …); an empty or repeated token ends the pages.
    Token {
        request: &'a Member,
        response: &'a Member,
    },
}

/// The continuation tokens found in the specs: a request member, and the response
/// members (tried in order) that carry the next value.
pub const PAGE_TOKENS: &[(&str, &[&str])] = &[
    ("NextToken", &["NextToken"]),
    ("Context", &["Context"]),
    ("Cursor", &["NextCursor", "Cursor"]),
    ("ScrollToken", &["ScrollToken"]),
    ("PaginationToken", &["PaginationToken"]),
    ("PageToken", &["NextPageToken", "PageToken"]),
    ("ScrollId", &["ScrollId"]),
    ("Marker", &["NextMarker", "Marker"]),
];

/// One API version of one service: the content of one api.json plus its
/// examples.json.
#[derive(Debug, Clone)]
pub struct ApiVersion {
    /// Service directory name, `cvm`.
    pub service: String,
    /// Version directory name, `v20170312`.
    pub version: String,
    pub api_path: PathBuf,
    pub examples_path: Option<PathBuf>,
    pub metadata: Metadata,
    /// Actions by name, sorted.
    pub actions: BTreeMap<String, Action>,
    /// Objects by name, sorted.
    pub objects: BTreeMap<String, Object>,
    /// Examples by action name. Every key is an action of `actions`.
    pub examples: BTreeMap<String, Vec<Example>>,
    /// Which sites have this API version.
    pub sites: Sites,
}

impl ApiVersion {
    pub fn action(&self, name: &str) -> Option<&Action> {
        self.actions.get(name)
    }
    pub fn object(&self, name: &str) -> Option<&Object> {
        self.objects.get(name)
    }
    /// The input object of an action.
    pub fn input_of(&self, action: &Action) -> Option<&Object> {
        self.objects.get(&action.input)
    }
    /// The output object of an action.
    pub fn output_of(&self, action: &Action) -> Option<&Object> {
        self.objects.get(&action.output)
    }
    /// Examples of one action (empty if none).
    pub fn examples_of(&self, action: &str) -> &[Example] {
        self.examples.get(action).map(Vec::as_slice).unwrap_or(&[])
    }
    /// How `action` pages, if it follows Tencent's offset convention: integer `Offset`
    /// and `Limit` of one type in, an integer `TotalCount` and exactly one list out
    /// (disabled members do not count). The generated paginators and the emulator's
    /// page slicing both use this rule.
    pub fn pagination(&self, action: &Action) -> Option<Pagination<'_>> {
        let input = self.input_of(action)?;
        let output = self.output_of(action)?;
        // The response's items: exactly one list.
        let mut lists = output.members.iter().filter(|m| m.ty.list && !m.disabled);
        let list = lists.next()?;
        if lists.next().is_some() {
            return None;
        }
        let int =
            |t: &TypeRef| !t.list && matches!(t.base, Base::Scalar(Scalar::Int64 | Scalar::Uint64));
        let text = |t: &TypeRef| !t.list && t.base == Base::Scalar(Scalar::String);
        fn live<'o>(o: &'o Object, name: &str) -> Option<&'o Member> {
            o.member(name).filter(|m| !m.disabled)
        }
        if let (Some(offset), Some(limit)) = (live(input, "Offset"), live(input, "Limit")) {
            // Offset and Limit are integers of one type, or both strings holding numbers
            // (vpc DescribeVpcs and 14 more).
            let counts =
                (int(&offset.ty) && offset.ty == limit.ty) || (text(&offset.ty) && text(&limit.ty));
            if !counts {
                return None;
            }
            let total = live(output, "TotalCount").filter(|t| int(&t.ty));
            return Some(Pagination {
                by: PageBy::Offset {
                    offset,
                    limit,
                    total,
                },
                list,
            });
        }
        PAGE_TOKENS.iter().find_map(|(req, resps)| {
            let request = live(input, req).filter(|m| text(&m.ty))?;
            let response = resps
                .iter()
                .find_map(|r| live(output, r).filter(|m| text(&m.ty)))?;
            Some(Pagination {
                by: PageBy::Token { request, response },
                list,
            })
        })
    }
    pub fn member_count(&self) -> usize {
        self.objects.values().map(|o| o.members.len()).sum()
    }
    pub fn example_count(&self) -> usize {
        self.examples.values().map(Vec::len).sum()
    }
}

/// Builds an [`ApiVersion`] from parsed raw JSON, validating as it goes.
/// Error diagnostics make the caller fail; warnings are kept.
pub(crate) fn build_api(
    service: &str,
    version: &str,
    api_path: &Path,
    raw: raw::RawApi,
    diags: &mut Vec<Diagnostic>,
) -> ApiVersion {
    let file = api_path;
    let unknown_keys = |diags: &mut Vec<Diagnostic>, at: &[&str], extra: &[String]| {
        for k in extra {
            let mut path = at.to_vec();
            path.push(k);
            diags.push(Diagnostic::warning(
                K::UnknownKey,
                file,
                pointer(&path),
                format!("unknown key {k:?}, ignored"),
            ));
        }
    };
    let flag = |diags: &mut Vec<Diagnostic>, at: &[&str], f: Option<raw::Flag>| {
        let f = f?;
        if let Some(how) = &f.drift {
            diags.push(Diagnostic::warning(
                K::Drift,
                file,
                pointer(at),
                format!("a boolean written as {how}, read as {}", f.value),
            ));
        }
        Some(f.value)
    };
    unknown_keys(diags, &[], &raw.extra);
    unknown_keys(diags, &["metadata"], &raw.metadata.extra);
    let metadata = Metadata {
        api_version: raw.metadata.api_version,
        api_brief: raw.metadata.api_brief,
        service_name_cn: raw.metadata.service_name_cn,
        service_short_name: raw.metadata.service_short_name,
    };

    let mut objects: BTreeMap<String, Object> = BTreeMap::new();
    for (oname, o) in raw.objects.0 {
        let usage = match o.usage.as_deref() {
            None => None,
            Some("in") => Some(Usage::In),
            Some("out") => Some(Usage::Out),
            Some("both") => Some(Usage::Both),
            Some(other) => {
                // Only a hint (direction is computed): ignore it.
                diags.push(Diagnostic::warning(
                    K::UnknownUsage,
                    file,
                    pointer(&["objects", &oname, "usage"]),
                    format!("unknown usage {other:?} (expected in, out or both), ignored"),
                ));
                None
            }
        };
        let mut members = Vec::with_capacity(o.members.len());
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(o.members.len());
        for (i, m) in o.members.iter().enumerate() {
            if let Some(first) = seen.insert(m.name.as_str(), i) {
                diags.push(Diagnostic::error(
                    K::DuplicateMember,
                    file,
                    pointer(&["objects", &oname, "members", &i.to_string(), "name"]),
                    format!(
                        "duplicate member name {:?} (first at index {first})",
                        m.name
                    ),
                ));
            }
        }
        drop(seen);
        unknown_keys(diags, &["objects", &oname], &o.extra);
        for (i, m) in o.members.into_iter().enumerate() {
            let idx = i.to_string();
            let at = |key: &'static str| ["objects", oname.as_str(), "members", idx.as_str(), key];
            unknown_keys(diags, &at("")[..4], &m.extra);
            let ty = match parse_type(&m.ty, &m.member) {
                Ok(t) => t,
                Err(field) => {
                    diags.push(Diagnostic::error(
                        K::UnknownType,
                        file,
                        pointer(&["objects", &oname, "members", &i.to_string(), field]),
                        format!("unknown type {:?} with member {:?}", m.ty, m.member),
                    ));
                    // Keep going with a placeholder so that later checks
                    // still run; loading fails on the error anyway.
                    TypeRef {
                        list: false,
                        base: Base::Scalar(Scalar::String),
                    }
                }
            };
            members.push(Member {
                name: m.name,
                document: m.document,
                document_en: None,
                sites: Sites::Both,
                example: m.example,
                ty,
                disabled: flag(diags, &at("disabled"), m.disabled).unwrap_or(false),
                nullable: flag(diags, &at("value_allowed_null"), m.value_allowed_null)
                    .unwrap_or(false),
                required: flag(diags, &at("required"), m.required),
                output_required: flag(diags, &at("output_required"), m.output_required),
            });
        }
        let obj = Object {
            name: oname.clone(),
            document: o.document,
            document_en: None,
            sites: Sites::Both,
            usage,
            members,
            direction: Direction::Unreachable,
        };
        if objects.insert(oname.clone(), obj).is_some() {
            diags.push(Diagnostic::error(
                K::DuplicateKey,
                file,
                pointer(&["objects", &oname]),
                format!("object {oname:?} is defined twice"),
            ));
        }
    }

    let mut actions: BTreeMap<String, Action> = BTreeMap::new();
    for (aname, a) in raw.actions.0 {
        let status = match a.status.as_deref() {
            None => ActionStatus::Unspecified,
            Some("online") => ActionStatus::Online,
            Some("deprecated") => ActionStatus::Deprecated,
            Some("offline") => ActionStatus::Offline,
            Some(other) => {
                // tccli and the SDKs call an action whatever its status.
                diags.push(Diagnostic::warning(
                    K::UnknownStatus,
                    file,
                    pointer(&["actions", &aname, "status"]),
                    format!(
                        "unknown status {other:?} (expected online, deprecated or offline), read as online"
                    ),
                ));
                ActionStatus::Unspecified
            }
        };
        unknown_keys(diags, &["actions", &aname], &a.extra);
        let skip_sign =
            flag(diags, &["actions", &aname, "skip_sign"], a.skip_sign).unwrap_or(false);
        for (field, target) in [("input", &a.input), ("output", &a.output)] {
            if !objects.contains_key(target) {
                diags.push(Diagnostic::error(
                    K::MissingObject,
                    file,
                    pointer(&["actions", &aname, field]),
                    format!("{field} object {target:?} is not defined in objects"),
                ));
            }
        }
        let action = Action {
            name: aname.clone(),
            title: a.name,
            document: a.document,
            title_en: None,
            document_en: None,
            sites: Sites::Both,
            input: a.input,
            output: a.output,
            status,
            skip_sign,
        };
        if actions.insert(aname.clone(), action).is_some() {
            diags.push(Diagnostic::error(
                K::DuplicateKey,
                file,
                pointer(&["actions", &aname]),
                format!("action {aname:?} is defined twice"),
            ));
        }
    }

    // Member types that name missing objects.
    for o in objects.values() {
        for (i, m) in o.members.iter().enumerate() {
            if let Base::Object(target) = &m.ty.base
                && !objects.contains_key(target)
            {
                diags.push(Diagnostic::error(
                    K::MissingObject,
                    file,
                    pointer(&["objects", &o.name, "members", &i.to_string(), "member"]),
                    format!(
                        "member {:?} has type {target:?}, which is not defined in objects",
                        m.name
                    ),
                ));
            }
        }
    }

    compute_directions(&actions, &mut objects);

    ApiVersion {
        service: service.to_string(),
        version: version.to_string(),
        api_path: api_path.to_path_buf(),
        examples_path: None,
        metadata,
        actions,
        objects,
        examples: BTreeMap::new(),
        sites: Sites::Both,
    }
}

/// Parses a (`type`, `member`) pair. On failure returns the name of the
/// field to blame.
fn parse_type(ty: &str, member: &str) -> Result<TypeRef, &'static str> {
    match ty {
        "list" => {
            let base = match Scalar::from_list_member(member) {
                Some(s) => Base::Scalar(s),
                None if is_object_name(member) => Base::Object(member.to_string()),
                None => return Err("member"),
            };
            Ok(TypeRef { list: true, base })
        }
        "object" => {
            if Scalar::from_list_member(member).is_some() || !is_object_name(member) {
                return Err("member");
            }
            Ok(TypeRef {
                list: false,
                base: Base::Object(member.to_string()),
            })
        }
        "string" | "int" | "float" | "bool" | "binary" => Scalar::from_pair(ty, member)
            .map(|s| TypeRef {
                list: false,
                base: Base::Scalar(s),
            })
            .ok_or("member"),
        _ => Err("type"),
    }
}

/// Object names are identifiers: a letter or `_`, then letters, digits, `_`.
fn is_object_name(s: &str) -> bool {
    let mut b = s.bytes();
    matches!(b.next(), Some(c) if c.is_ascii_alphabetic() || c == b'_')
        && b.all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// Marks every object with the directions it is reached from.
pub(crate) fn compute_directions(
    actions: &BTreeMap<String, Action>,
    objects: &mut BTreeMap<String, Object>,
) {
    let mut bits: HashMap<&str, u8> = HashMap::with_capacity(objects.len());
    let mut stack: Vec<(&str, u8)> = Vec::new();
    for a in actions.values() {
        stack.push((a.input.as_str(), 1));
        stack.push((a.output.as_str(), 2));
    }
    while let Some((name, bit)) = stack.pop() {
        let Some(obj) = objects.get(name) else {
            continue;
        };
        let e = bits.entry(obj.name.as_str()).or_insert(0);
        if *e & bit != 0 {
            continue;
        }
        *e |= bit;
        for m in &obj.members {
            if let Base::Object(t) = &m.ty.base {
                stack.push((t.as_str(), bit));
            }
        }
    }
    let bits: HashMap<String, u8> = bits.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    for (name, obj) in objects.iter_mut() {
        obj.direction = Direction::from_bits(bits.get(name).copied().unwrap_or(0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types() {
        let t = parse_type("int", "uint64").unwrap();
        assert_eq!(t.base, Base::Scalar(Scalar::Uint64));
        assert_eq!(t.to_string(), "uint64");
        let t = parse_type("list", "Filter").unwrap();
        assert_eq!(t.to_string(), "list<Filter>");
        assert_eq!(t.spec_pair(), ("list", "Filter"));
        assert_eq!(
            parse_type("string", "datetime_iso").unwrap().spec_pair(),
            ("string", "datetime_iso")
        );
        assert_eq!(parse_type("int", "string"), Err("member"));
        assert_eq!(parse_type("integer", "int64"), Err("type"));
        assert_eq!(parse_type("object", "int64"), Err("member"));
        assert_eq!(parse_type("list", "Bad-Name"), Err("member"));
    }

    #[test]
    fn required_normalisation() {
        let mut m = Member::new("X", parse_type("string", "string").unwrap(), false, false);
        // 3.0.1216.1 spelling of an output member: `required` only.
        m.required = Some(true);
        m.output_required = None;
        assert!(m.always_in_response());
        // 3.0.1217.1 spelling: `output_required` only.
        m.required = None;
        m.output_required = Some(true);
        assert!(m.always_in_response());
        assert!(!m.required_in_request());
        // Both keys (objects used both ways): each side has its own.
        m.required = Some(true);
        m.output_required = Some(false);
        assert!(m.required_in_request());
        assert!(!m.always_in_response());
        // Neither key.
        m.required = None;
        m.output_required = None;
        assert!(!m.required_in_request() && !m.always_in_response());
    }
}
