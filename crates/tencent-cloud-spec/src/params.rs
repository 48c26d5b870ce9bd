//! Flattened request parameters, as query strings, v1 forms and examples written as URLs
//! carry them: `Filters.0.Name=zone&Filters.0.Values.1=b`.
//!
//! One decoder of form text ([`decode_form`], [`decode_component`]) and one rebuilder of
//! the parameter tree ([`unflatten`]) for every consumer: the example parser of this
//! crate and the emulator. The tree keeps the raw strings and the order in which names
//! first appeared; each consumer turns it into JSON its own way (typed by the schema, or
//! all strings with numeric segments as list indices).
//!
//! Names are split on `.` into at most [`Unflatten::max_segments`] segments, so the
//! tree's depth is bounded and a consumer's recursion over it is too.

use std::collections::HashMap;
use std::fmt;

/// Deepest parameter name the defaults accept, in dot-separated segments.
pub const MAX_SEGMENTS: usize = 32;

/// One node of a parameter tree: a value, or named children.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// A parameter's value, as sent.
    Leaf(String),
    /// The parameters under a name prefix.
    Branch(Children),
}

/// The children of a [`Node::Branch`] (or the top level), in the order their names first
/// appeared.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Children {
    entries: Vec<(String, Node)>,
    index: HashMap<String, usize>,
}

impl Children {
    /// The children, in order.
    pub fn entries(&self) -> &[(String, Node)] {
        &self.entries
    }

    /// The children, in order, by value.
    pub fn into_entries(self) -> Vec<(String, Node)> {
        self.entries
    }

    /// The child named `name`.
    pub fn get(&self, name: &str) -> Option<&Node> {
        self.index.get(name).map(|&i| &self.entries[i].1)
    }

    /// The number of children.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no children.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The position of `name`, added (as `fresh()`) when missing.
    fn slot(&mut self, name: &str, fresh: impl FnOnce() -> Node) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        self.entries.push((name.to_owned(), fresh()));
        self.index.insert(name.to_owned(), self.entries.len() - 1);
        self.entries.len() - 1
    }
}

/// Which value a name given twice keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeated {
    /// The first one (the emulator).
    KeepFirst,
    /// The last one, as a query string reads (examples).
    KeepLast,
}

/// How [`unflatten`] reads names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unflatten {
    /// Most segments in one name; deeper names are an error.
    pub max_segments: usize,
    /// Whether an empty segment (`A..B`, `.A`) is a name of its own or an error.
    pub allow_empty_segments: bool,
    /// Which value a repeated name keeps.
    pub repeated: Repeated,
}

impl Default for Unflatten {
    /// [`MAX_SEGMENTS`], empty segments refused, the first value kept.
    fn default() -> Self {
        Unflatten {
            max_segments: MAX_SEGMENTS,
            allow_empty_segments: false,
            repeated: Repeated::KeepFirst,
        }
    }
}

/// Why a set of parameters does not form a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnflattenError {
    /// A name with an empty segment, where those are refused.
    EmptySegment {
        /// The name.
        key: String,
    },
    /// A name with more segments than allowed.
    TooDeep {
        /// The name.
        key: String,
        /// The limit.
        max: usize,
    },
    /// A name that has a value and also names under it (`A.B` came first, then `A`).
    ValueOverBranch {
        /// The name.
        key: String,
    },
    /// A name under a prefix that has a value of its own (`A` came first, then `A.B`).
    BranchThroughValue {
        /// The name.
        key: String,
        /// The segment that has a value.
        segment: String,
    },
}

impl UnflattenError {
    /// The parameter name at fault.
    pub fn key(&self) -> &str {
        match self {
            UnflattenError::EmptySegment { key }
            | UnflattenError::TooDeep { key, .. }
            | UnflattenError::ValueOverBranch { key }
            | UnflattenError::BranchThroughValue { key, .. } => key,
        }
    }
}

/// A name as messages quote it: whole when short, else its start and its length (names
/// come from requests and examples, and may be megabytes long). At most about 100 bytes
/// of quoted text, however the characters escape.
fn quoted(name: &str) -> String {
    const MAX: usize = 100;
    let mut used = 0;
    for (i, c) in name.char_indices() {
        used += c.escape_debug().map(char::len_utf8).sum::<usize>();
        if used > MAX {
            return format!("{:?}… ({} bytes)", &name[..i], name.len());
        }
    }
    format!("{name:?}")
}

impl fmt::Display for UnflattenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnflattenError::EmptySegment { key } => {
                write!(f, "param {} has an empty name segment", quoted(key))
            }
            UnflattenError::TooDeep { key, max } => {
                write!(
                    f,
                    "param {} is nested deeper than {max} segments",
                    quoted(key)
                )
            }
            UnflattenError::ValueOverBranch { key } => {
                write!(
                    f,
                    "param {} conflicts with nested params of the same name",
                    quoted(key)
                )
            }
            UnflattenError::BranchThroughValue { key, segment } => {
                write!(
                    f,
                    "param {} conflicts with a plain param {}",
                    quoted(key),
                    quoted(segment)
                )
            }
        }
    }
}

impl std::error::Error for UnflattenError {}

/// Rebuilds the tree of flattened `(name, value)` pairs: `Filters.0.Values.1=b` puts
/// `b` at `Filters` → `0` → `Values` → `1`. Segments are kept as text (numeric ones
/// too); a consumer decides what makes a list. Iterative, and bounded by
/// [`Unflatten::max_segments`].
pub fn unflatten<K, V>(pairs: &[(K, V)], how: &Unflatten) -> Result<Children, UnflattenError>
where
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut top = Children::default();
    for (key, value) in pairs {
        let (key, value) = (key.as_ref(), value.as_ref());
        let segments: Vec<&str> = key.split('.').collect();
        if !how.allow_empty_segments && segments.iter().any(|s| s.is_empty()) {
            return Err(UnflattenError::EmptySegment { key: key.into() });
        }
        if segments.len() > how.max_segments {
            return Err(UnflattenError::TooDeep {
                key: key.into(),
                max: how.max_segments,
            });
        }
        let Some((last, parents)) = segments.split_last() else {
            continue; // `split` yields one segment at least
        };
        let mut level = &mut top;
        for seg in parents {
            let i = level.slot(seg, || Node::Branch(Children::default()));
            level = match &mut level.entries[i].1 {
                Node::Branch(children) => children,
                Node::Leaf(_) => {
                    return Err(UnflattenError::BranchThroughValue {
                        key: key.into(),
                        segment: (*seg).to_owned(),
                    });
                }
            };
        }
        let mut fresh = false;
        let i = level.slot(last, || {
            fresh = true;
            Node::Leaf(value.to_owned())
        });
        match &mut level.entries[i].1 {
            Node::Leaf(old) => {
                if !fresh && how.repeated == Repeated::KeepLast {
                    value.clone_into(old);
                }
            }
            Node::Branch(_) => return Err(UnflattenError::ValueOverBranch { key: key.into() }),
        }
    }
    Ok(top)
}

/// Percent-decodes one form or query component; with `plus_is_space`, `+` is a space
/// (`application/x-www-form-urlencoded`). Fails when the bytes are not UTF-8.
pub fn decode_component(s: &str, plus_is_space: bool) -> Result<String, std::str::Utf8Error> {
    let spaced;
    let s = if plus_is_space && s.contains('+') {
        spaced = s.replace('+', " ");
        spaced.as_str()
    } else {
        s
    };
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .map(|c| c.into_owned())
}

/// Decodes `application/x-www-form-urlencoded` text (also a query string) into its
/// pairs, in order. A piece without `=` is a name with an empty value.
pub fn decode_form(text: &str) -> Result<Vec<(String, String)>, std::str::Utf8Error> {
    let mut out = Vec::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        out.push((decode_component(k, true)?, decode_component(v, true)?));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(s: &str) -> Node {
        Node::Leaf(s.into())
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn builds_the_tree_in_first_seen_order() {
        let p = pairs(&[
            ("Filters.0.Name", "zone"),
            ("Filters.0.Values.1", "b"),
            ("Filters.0.Values.0", "a"),
            ("Limit", "10"),
        ]);
        let top = unflatten(&p, &Unflatten::default()).expect("tree");
        let names: Vec<&str> = top.entries().iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(names, ["Filters", "Limit"]);
        assert_eq!(top.get("Limit"), Some(&leaf("10")));
        let Some(Node::Branch(filters)) = top.get("Filters") else {
            panic!("{top:?}");
        };
        let Some(Node::Branch(f0)) = filters.get("0") else {
            panic!("{filters:?}");
        };
        let Some(Node::Branch(values)) = f0.get("Values") else {
            panic!("{f0:?}");
        };
        let order: Vec<&str> = values.entries().iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(order, ["1", "0"]);
    }

    #[test]
    fn repeated_names_keep_the_first_or_the_last() {
        let p = pairs(&[("A", "1"), ("A", "2")]);
        let first = unflatten(&p, &Unflatten::default()).expect("tree");
        assert_eq!(first.get("A"), Some(&leaf("1")));
        let last = Unflatten {
            repeated: Repeated::KeepLast,
            ..Unflatten::default()
        };
        assert_eq!(
            unflatten(&p, &last).expect("tree").get("A"),
            Some(&leaf("2"))
        );
    }

    #[test]
    fn conflicts_and_empty_segments() {
        let how = Unflatten::default();
        let e = unflatten(&pairs(&[("A", "x"), ("A.B", "y")]), &how).unwrap_err();
        assert_eq!(
            e,
            UnflattenError::BranchThroughValue {
                key: "A.B".into(),
                segment: "A".into()
            }
        );
        let e = unflatten(&pairs(&[("A.B", "y"), ("A", "x")]), &how).unwrap_err();
        assert_eq!(e, UnflattenError::ValueOverBranch { key: "A".into() });
        let e = unflatten(&pairs(&[("A..B", "x")]), &how).unwrap_err();
        assert_eq!(e.key(), "A..B");
        let lenient = Unflatten {
            allow_empty_segments: true,
            ..how
        };
        let top = unflatten(&pairs(&[("A..B", "x")]), &lenient).expect("tree");
        let Some(Node::Branch(a)) = top.get("A") else {
            panic!("{top:?}");
        };
        assert!(matches!(a.get(""), Some(Node::Branch(_))));
    }

    /// A name of thousands of segments is an error naming it, not a deep recursion.
    #[test]
    fn deep_names_are_refused_with_their_name() {
        let key = vec!["A"; 3_000].join(".");
        let e = unflatten(&[(key.as_str(), "x")], &Unflatten::default()).unwrap_err();
        assert_eq!(
            e,
            UnflattenError::TooDeep {
                key: key.clone(),
                max: MAX_SEGMENTS
            }
        );
        let shown = e.to_string();
        assert!(shown.contains("deeper than 32 segments"), "{shown}");
        // The message quotes the start of a long name, not all of it.
        assert!(shown.len() < 200, "{shown}");
        assert!(
            shown.contains("\"A.A.A") && shown.contains("… (5999 bytes)"),
            "{shown}"
        );
        // However its characters escape (fuzz/regressions/example_input/panic-0a716e4ef3d074e2).
        let key = format!("A.{}", "\u{10ffff}".repeat(100));
        let e = unflatten(&[("A", "y"), (key.as_str(), "x")], &Unflatten::default()).unwrap_err();
        let shown = e.to_string();
        assert!(
            shown.len() < 250 && shown.contains("(402 bytes)"),
            "{shown}"
        );
        let ok = vec!["A"; MAX_SEGMENTS].join(".");
        assert!(unflatten(&[(ok.as_str(), "x")], &Unflatten::default()).is_ok());
    }

    #[test]
    fn form_decoding() {
        let p = decode_form("A=1&B=x%20y+z&C&D=%E4%B8%AD&E=%2B").expect("decode");
        assert_eq!(
            p,
            pairs(&[
                ("A", "1"),
                ("B", "x y z"),
                ("C", ""),
                ("D", "中"),
                ("E", "+")
            ])
        );
        assert!(decode_form("A=%FF").is_err());
        assert_eq!(decode_component("a+b%20c", false).as_deref(), Ok("a+b c"));
    }
}
