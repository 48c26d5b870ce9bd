//! Ignore files: `RULE-ID LOCATION` per line (see the crate docs).

use std::path::Path;

use crate::change::{Change, Rule};

/// One entry of an ignore file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    /// `None` matches every rule (`*`).
    rule: Option<Rule>,
    /// A location, or a prefix when `prefix` is set.
    location: String,
    prefix: bool,
}

/// A parsed ignore file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IgnoreList {
    entries: Vec<Entry>,
}

impl IgnoreList {
    /// Parses ignore-file text. `origin` names the file in errors, which
    /// carry the line number: `ignore.txt:3: unknown rule id "foo"`.
    pub fn parse(text: &str, origin: &str) -> Result<Self, String> {
        let mut entries = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (Some(rule), Some(loc), None) = (parts.next(), parts.next(), parts.next()) else {
                return Err(format!(
                    "{origin}:{}: expected `RULE-ID LOCATION`, got {line:?}",
                    i + 1
                ));
            };
            let rule = if rule == "*" {
                None
            } else {
                Some(
                    Rule::from_id(rule)
                        .ok_or_else(|| format!("{origin}:{}: unknown rule id {rule:?}", i + 1))?,
                )
            };
            let (location, prefix) = match loc.strip_suffix('*') {
                Some(p) => (p.to_string(), true),
                None => (loc.to_string(), false),
            };
            entries.push(Entry {
                rule,
                location,
                prefix,
            });
        }
        Ok(IgnoreList { entries })
    }

    /// Reads and parses an ignore file.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::parse(&text, &path.display().to_string())
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Does some entry match this change?
    pub fn matches(&self, c: &Change) -> bool {
        self.entries.iter().any(|e| {
            e.rule.is_none_or(|r| r == c.rule)
                && if e.prefix {
                    c.location.starts_with(&e.location)
                } else {
                    c.location == e.location
                }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::change::Subject;

    fn change(rule: Rule, loc: &str) -> Change {
        let mut c = Change::new(rule, Subject::Member, "cvm", "v20170312");
        c.location = loc.to_string();
        c
    }

    #[test]
    fn parse_and_match() {
        let text = "# comment\n\nrequest-member-removed cvm/v20170312/RunInstancesRequest.Foo\n\
                    * cfw/*\nresponse-member-removed iss/v20230517/Bar*\n";
        let ig = IgnoreList::parse(text, "ig.txt").unwrap();
        assert!(ig.matches(&change(
            Rule::RequestMemberRemoved,
            "cvm/v20170312/RunInstancesRequest.Foo"
        )));
        // Same location, other rule: not ignored.
        assert!(!ig.matches(&change(
            Rule::ResponseMemberRemoved,
            "cvm/v20170312/RunInstancesRequest.Foo"
        )));
        // Exact match only without `*`.
        assert!(!ig.matches(&change(
            Rule::RequestMemberRemoved,
            "cvm/v20170312/RunInstancesRequest.FooBar"
        )));
        assert!(ig.matches(&change(Rule::DocChanged, "cfw/v20190904/X.Y")));
        assert!(ig.matches(&change(
            Rule::ResponseMemberRemoved,
            "iss/v20230517/BarBaz.Q"
        )));
        assert!(!ig.matches(&change(Rule::ResponseMemberRemoved, "iss/v20230517/Baz.Q")));
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let e = IgnoreList::parse("doc-changed a\nno-such-rule x\n", "ig.txt").unwrap_err();
        assert_eq!(e, "ig.txt:2: unknown rule id \"no-such-rule\"");
        let e = IgnoreList::parse("doc-changed\n", "ig.txt").unwrap_err();
        assert!(e.starts_with("ig.txt:1: expected"), "{e}");
        let e = IgnoreList::parse("doc-changed a b\n", "ig.txt").unwrap_err();
        assert!(e.starts_with("ig.txt:1: expected"), "{e}");
    }
}
