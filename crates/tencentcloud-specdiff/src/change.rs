//! The change model: rules, levels, Rust-level bumps and one [`Change`].

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// How serious a change is for the **HTTP API contract** (a caller that
/// builds requests and reads responses by hand, or through any SDK).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Level {
    /// Informational: nothing that worked stops working.
    Info,
    /// Might break some callers, or needs a look.
    Warn,
    /// Breaks callers that used what changed.
    Err,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "INFO",
            Level::Warn => "WARN",
            Level::Err => "ERR",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_uppercase().as_str() {
            "INFO" => Ok(Level::Info),
            "WARN" | "WARNING" => Ok(Level::Warn),
            "ERR" | "ERROR" => Ok(Level::Err),
            _ => Err(format!("unknown level {s:?} (expected ERR, WARN or INFO)")),
        }
    }
}

/// The version bump a change implies for the generated Rust crate
/// `tencentcloud-sdk-<service>`. Ordered: `None < Patch < Minor < Major`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// The generated code and its docs are identical.
    None,
    /// Docs or examples change; no public item changes.
    Patch,
    /// Public items are added (or deprecated); nothing existing breaks.
    Minor,
    /// A public item is removed or changes type, or calls that compiled
    /// and worked are now rejected.
    Major,
}

impl Bump {
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every rule. The id (`Rule::id`) is stable: ignore files and CI gates
/// refer to it. The level and the bump are fixed per rule, except where the
/// table in the crate docs says otherwise (members of objects that are not
/// generated).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    ServiceAdded,
    ServiceRemoved,
    ApiVersionAdded,
    ApiVersionRemoved,
    ActionAdded,
    ActionRemovedWithoutDeprecation,
    ActionRemoved,
    OfflineActionRemoved,
    ActionDeprecated,
    ActionUndeprecated,
    ActionOfflineWithoutDeprecation,
    ActionOffline,
    ActionBackOnline,
    ActionIoChanged,
    ObjectAdded,
    ObjectRemoved,
    ObjectRenamed,
    ObjectBecameReachable,
    ObjectBecameUnreachable,
    RequestMemberAddedRequired,
    RequestMemberAddedOptional,
    ResponseMemberAdded,
    MemberAdded,
    RequestMemberRemoved,
    ResponseMemberRemoved,
    MemberRemoved,
    MemberRenamed,
    MemberTypeChanged,
    MemberFormatChanged,
    RequestMemberBecameRequired,
    RequestMemberBecameOptional,
    ResponseMemberBecameOptional,
    ResponseMemberBecameRequired,
    ResponseMemberBecameNullable,
    ResponseMemberBecameNonNullable,
    MemberNullableChanged,
    MemberDisabled,
    MemberEnabled,
    DocChanged,
    ExampleChanged,
    ExamplesChanged,
}

impl Rule {
    pub const ALL: &'static [Rule] = &[
        Rule::ServiceAdded,
        Rule::ServiceRemoved,
        Rule::ApiVersionAdded,
        Rule::ApiVersionRemoved,
        Rule::ActionAdded,
        Rule::ActionRemovedWithoutDeprecation,
        Rule::ActionRemoved,
        Rule::OfflineActionRemoved,
        Rule::ActionDeprecated,
        Rule::ActionUndeprecated,
        Rule::ActionOfflineWithoutDeprecation,
        Rule::ActionOffline,
        Rule::ActionBackOnline,
        Rule::ActionIoChanged,
        Rule::ObjectAdded,
        Rule::ObjectRemoved,
        Rule::ObjectRenamed,
        Rule::ObjectBecameReachable,
        Rule::ObjectBecameUnreachable,
        Rule::RequestMemberAddedRequired,
        Rule::RequestMemberAddedOptional,
        Rule::ResponseMemberAdded,
        Rule::MemberAdded,
        Rule::RequestMemberRemoved,
        Rule::ResponseMemberRemoved,
        Rule::MemberRemoved,
        Rule::MemberRenamed,
        Rule::MemberTypeChanged,
        Rule::MemberFormatChanged,
        Rule::RequestMemberBecameRequired,
        Rule::RequestMemberBecameOptional,
        Rule::ResponseMemberBecameOptional,
        Rule::ResponseMemberBecameRequired,
        Rule::ResponseMemberBecameNullable,
        Rule::ResponseMemberBecameNonNullable,
        Rule::MemberNullableChanged,
        Rule::MemberDisabled,
        Rule::MemberEnabled,
        Rule::DocChanged,
        Rule::ExampleChanged,
        Rule::ExamplesChanged,
    ];

    /// The stable kebab-case id.
    pub fn id(self) -> &'static str {
        match self {
            Rule::ServiceAdded => "service-added",
            Rule::ServiceRemoved => "service-removed",
            Rule::ApiVersionAdded => "api-version-added",
            Rule::ApiVersionRemoved => "api-version-removed",
            Rule::ActionAdded => "action-added",
            Rule::ActionRemovedWithoutDeprecation => "action-removed-without-deprecation",
            Rule::ActionRemoved => "action-removed",
            Rule::OfflineActionRemoved => "offline-action-removed",
            Rule::ActionDeprecated => "action-deprecated",
            Rule::ActionUndeprecated => "action-undeprecated",
            Rule::ActionOfflineWithoutDeprecation => "action-offline-without-deprecation",
            Rule::ActionOffline => "action-offline",
            Rule::ActionBackOnline => "action-back-online",
            Rule::ActionIoChanged => "action-io-changed",
            Rule::ObjectAdded => "object-added",
            Rule::ObjectRemoved => "object-removed",
            Rule::ObjectRenamed => "object-renamed",
            Rule::ObjectBecameReachable => "object-became-reachable",
            Rule::ObjectBecameUnreachable => "object-became-unreachable",
            Rule::RequestMemberAddedRequired => "request-member-added-required",
            Rule::RequestMemberAddedOptional => "request-member-added-optional",
            Rule::ResponseMemberAdded => "response-member-added",
            Rule::MemberAdded => "member-added",
            Rule::RequestMemberRemoved => "request-member-removed",
            Rule::ResponseMemberRemoved => "response-member-removed",
            Rule::MemberRemoved => "member-removed",
            Rule::MemberRenamed => "member-renamed",
            Rule::MemberTypeChanged => "member-type-changed",
            Rule::MemberFormatChanged => "member-format-changed",
            Rule::RequestMemberBecameRequired => "request-member-became-required",
            Rule::RequestMemberBecameOptional => "request-member-became-optional",
            Rule::ResponseMemberBecameOptional => "response-member-became-optional",
            Rule::ResponseMemberBecameRequired => "response-member-became-required",
            Rule::ResponseMemberBecameNullable => "response-member-became-nullable",
            Rule::ResponseMemberBecameNonNullable => "response-member-became-non-nullable",
            Rule::MemberNullableChanged => "member-nullable-changed",
            Rule::MemberDisabled => "member-disabled",
            Rule::MemberEnabled => "member-enabled",
            Rule::DocChanged => "doc-changed",
            Rule::ExampleChanged => "example-changed",
            Rule::ExamplesChanged => "examples-changed",
        }
    }

    /// The level of the rule for the HTTP API contract.
    pub fn level(self) -> Level {
        use Rule::*;
        match self {
            ServiceRemoved
            | ApiVersionRemoved
            | ActionRemovedWithoutDeprecation
            | ActionOfflineWithoutDeprecation
            | ActionIoChanged
            | RequestMemberAddedRequired
            | RequestMemberRemoved
            | ResponseMemberRemoved
            | MemberTypeChanged
            | RequestMemberBecameRequired
            | ResponseMemberBecameOptional => Level::Err,
            ActionRemoved
            | ActionOffline
            | ObjectRemoved
            | MemberFormatChanged
            | ResponseMemberBecameNullable
            | MemberDisabled => Level::Warn,
            ServiceAdded
            | ApiVersionAdded
            | ActionAdded
            | OfflineActionRemoved
            | ActionDeprecated
            | ActionUndeprecated
            | ActionBackOnline
            | ObjectAdded
            | ObjectRenamed
            | ObjectBecameReachable
            | ObjectBecameUnreachable
            | RequestMemberAddedOptional
            | ResponseMemberAdded
            | MemberAdded
            | MemberRemoved
            | MemberRenamed
            | RequestMemberBecameOptional
            | ResponseMemberBecameRequired
            | ResponseMemberBecameNonNullable
            | MemberNullableChanged
            | MemberEnabled
            | DocChanged
            | ExampleChanged
            | ExamplesChanged => Level::Info,
        }
    }

    /// The Rust-crate bump of the rule where the subject is generated code
    /// (see the crate docs for the exceptions).
    pub fn bump(self) -> Bump {
        use Rule::*;
        match self {
            ServiceRemoved
            | ApiVersionRemoved
            | ActionRemovedWithoutDeprecation
            | ActionRemoved
            | ActionOfflineWithoutDeprecation
            | ActionOffline
            | ActionIoChanged
            | ObjectRemoved
            | ObjectRenamed
            | ObjectBecameUnreachable
            | RequestMemberAddedRequired
            | RequestMemberRemoved
            | ResponseMemberRemoved
            | MemberRemoved
            | MemberRenamed
            | MemberTypeChanged
            | RequestMemberBecameRequired => Bump::Major,
            ServiceAdded
            | ApiVersionAdded
            | ActionAdded
            | ActionDeprecated
            | ActionUndeprecated
            | ActionBackOnline
            | ObjectAdded
            | ObjectBecameReachable
            | RequestMemberAddedOptional
            | ResponseMemberAdded
            | MemberAdded
            | MemberDisabled => Bump::Minor,
            OfflineActionRemoved
            | MemberEnabled
            | MemberFormatChanged
            | RequestMemberBecameOptional
            | ResponseMemberBecameOptional
            | ResponseMemberBecameRequired
            | ResponseMemberBecameNullable
            | ResponseMemberBecameNonNullable
            | MemberNullableChanged
            | DocChanged
            | ExampleChanged
            | ExamplesChanged => Bump::Patch,
        }
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// What kind of thing a change is about; the renderers group by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Subject {
    Service,
    ApiVersion,
    Action,
    Object,
    Member,
    Examples,
}

/// The side of a member's object, as the rule saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Request,
    Response,
    Both,
    None,
}

impl Side {
    pub fn from_direction(d: tencentcloud_spec::Direction) -> Side {
        use tencentcloud_spec::Direction as D;
        match d {
            D::Input => Side::Request,
            D::Output => Side::Response,
            D::Both => Side::Both,
            D::Unreachable => Side::None,
        }
    }
}

/// One change between two releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub rule: Rule,
    pub level: Level,
    /// The Rust-crate bump this change implies.
    pub bump: Bump,
    pub subject: Subject,
    pub service: String,
    /// API version directory name (`v20170312`); empty for service-level
    /// changes.
    pub version: String,
    /// `cvm`, `cvm/v20170312`, `cvm/v20170312/DescribeInstances()`,
    /// `cvm/v20170312/Filter`, `cvm/v20170312/Filter.Name`,
    /// `cvm/v20170312/DescribeInstances()/examples`.
    pub location: String,
    /// The action or object the change is in (empty above that level).
    pub parent: String,
    /// The member name, for member changes.
    pub member: String,
    /// Which side the subject travels on (members and objects).
    pub side: Side,
    /// The old value (a type, a status, a flag, a text, a name), if any.
    pub old: Option<String>,
    /// The new value, if any.
    pub new: Option<String>,
    /// Which field changed, for doc/flag changes (`document`, `example`,
    /// `title`, `required`, ...).
    pub field: Option<String>,
}

impl Change {
    pub(crate) fn new(rule: Rule, subject: Subject, service: &str, version: &str) -> Self {
        let location = if version.is_empty() {
            service.to_string()
        } else {
            format!("{service}/{version}")
        };
        Change {
            rule,
            level: rule.level(),
            bump: rule.bump(),
            subject,
            service: service.to_string(),
            version: version.to_string(),
            location,
            parent: String::new(),
            member: String::new(),
            side: Side::None,
            old: None,
            new: None,
            field: None,
        }
    }

    pub(crate) fn action(mut self, action: &str) -> Self {
        self.location = format!("{}/{}/{action}()", self.service, self.version);
        self.parent = action.to_string();
        self
    }

    pub(crate) fn object(mut self, object: &str) -> Self {
        self.location = format!("{}/{}/{object}", self.service, self.version);
        self.parent = object.to_string();
        self
    }

    pub(crate) fn member(mut self, object: &str, member: &str) -> Self {
        self.location = format!("{}/{}/{object}.{member}", self.service, self.version);
        self.parent = object.to_string();
        self.member = member.to_string();
        self
    }

    pub(crate) fn side(mut self, side: Side) -> Self {
        self.side = side;
        self
    }

    pub(crate) fn values(mut self, old: Option<String>, new: Option<String>) -> Self {
        self.old = old;
        self.new = new;
        self
    }

    pub(crate) fn field(mut self, f: &str) -> Self {
        self.field = Some(f.to_string());
        self
    }

    pub(crate) fn bump(mut self, b: Bump) -> Self {
        self.bump = b;
        self
    }

    /// Is this change breaking for the HTTP contract (level ERR)?
    pub fn is_breaking(&self) -> bool {
        self.level == Level::Err
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for r in Rule::ALL {
            let id = r.id();
            assert!(seen.insert(id), "duplicate id {id}");
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id} is not kebab-case"
            );
            assert_eq!(Rule::from_id(id), Some(*r));
        }
        assert_eq!(Rule::from_id("no-such-rule"), None);
    }

    #[test]
    fn levels_parse() {
        assert_eq!("err".parse::<Level>(), Ok(Level::Err));
        assert_eq!("WARN".parse::<Level>(), Ok(Level::Warn));
        assert_eq!("Info".parse::<Level>(), Ok(Level::Info));
        assert!("fatal".parse::<Level>().is_err());
        assert!(Level::Err > Level::Warn && Level::Warn > Level::Info);
        assert!(Bump::Major > Bump::Minor && Bump::Minor > Bump::Patch);
    }
}
