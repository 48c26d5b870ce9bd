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
/// `tencent-cloud-<service>`: the plan crate's, shared with codegen.
pub use tencent_cloud_plan::Bump;

/// Every rule, by name. Its facts (id, level, bump, messages, ...) are
/// defined once, in the registry ([`crate::rules`]); the id is stable:
/// ignore files and CI gates refer to it.
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
    /// Every rule, in order (from the registry).
    pub fn all() -> impl Iterator<Item = Rule> {
        crate::rules::registry().iter().map(|d| d.rule)
    }

    /// Everything about the rule: [`crate::rules::RuleDef`].
    pub fn def(self) -> &'static crate::rules::RuleDef {
        crate::rules::def(self)
    }

    /// The stable kebab-case id.
    pub fn id(self) -> &'static str {
        self.def().id
    }

    /// The level of the rule for the HTTP API contract.
    pub fn level(self) -> Level {
        self.def().level
    }

    /// The Rust-crate bump of the rule where the subject is generated code
    /// (see the crate docs for the exceptions).
    pub fn bump(self) -> Bump {
        self.def().bump
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        crate::rules::registry()
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.rule)
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
    pub fn from_direction(d: tencent_cloud_spec::Direction) -> Side {
        use tencent_cloud_spec::Direction as D;
        match d {
            D::Input => Side::Request,
            D::Output => Side::Response,
            D::Both => Side::Both,
            D::Unreachable => Side::None,
        }
    }
}

pub(crate) fn serialize_bump<S: serde::Serializer>(b: &Bump, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(b.as_str())
}

/// One change between two releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub rule: Rule,
    pub level: Level,
    /// The Rust-crate bump this change implies.
    #[serde(serialize_with = "serialize_bump")]
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
        for r in Rule::all() {
            let id = r.id();
            assert!(seen.insert(id), "duplicate id {id}");
            assert_eq!(Rule::from_id(id), Some(r));
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
