//! The typed model of one API version; how it is built from the raw JSON
//! shape is in [`build`].

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use crate::examples::Example;

mod build;

pub(crate) use build::{build_api, compute_directions};

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
