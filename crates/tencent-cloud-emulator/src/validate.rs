//! Request validation against the spec: required, unknown and mistyped members.
//!
//! JSON bodies (TC3 POST) are checked strictly. Parameters that arrive flattened
//! (`Filters.0.Name=x`, in a query string or a v1 form) are all text: they are rebuilt
//! into a tree by [`unflatten`] and checked leniently, a string standing for a number or
//! a boolean when it parses as one.

use serde_json::{Map, Value};
use tencent_cloud_spec::params::{self, Node, Unflatten, UnflattenError};
use tencent_cloud_spec::{ApiVersion, Base, Object, Scalar, TypeRef};

use crate::error::ApiError;

/// Nesting depth beyond which a request is refused (objects can be recursive).
const MAX_DEPTH: usize = 32;

/// Checks `params` against the input object `input` of `api`.
pub fn validate(
    api: &ApiVersion,
    input: &Object,
    params: &Map<String, Value>,
    lenient: bool,
) -> Result<(), ApiError> {
    let v = Validator { api, lenient };
    v.object(input, params, "", 0)
}

struct Validator<'a> {
    api: &'a ApiVersion,
    lenient: bool,
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

impl Validator<'_> {
    fn object(
        &self,
        obj: &Object,
        params: &Map<String, Value>,
        prefix: &str,
        depth: usize,
    ) -> Result<(), ApiError> {
        if depth > MAX_DEPTH {
            return Err(ApiError::new(
                "InvalidParameterValue",
                format!("The parameter `{prefix}` is nested too deeply."),
            ));
        }
        for (name, value) in params {
            let Some(member) = obj.member(name) else {
                return Err(ApiError::new(
                    "UnknownParameter",
                    format!("The parameter `{}` is not recognized.", join(prefix, name)),
                ));
            };
            if value.is_null() {
                continue;
            }
            self.value(&member.ty, value, &join(prefix, name), depth + 1)?;
        }
        for member in &obj.members {
            if member.required_in_request() && params.get(&member.name).is_none_or(Value::is_null) {
                return Err(ApiError::new(
                    "MissingParameter",
                    format!(
                        "The request is missing a required parameter `{}`.",
                        join(prefix, &member.name)
                    ),
                ));
            }
        }
        Ok(())
    }

    fn value(&self, ty: &TypeRef, value: &Value, path: &str, depth: usize) -> Result<(), ApiError> {
        if ty.list {
            let items = match value {
                Value::Array(items) => items,
                _ => return Err(type_error(path, &ty.to_string())),
            };
            for (i, item) in items.iter().enumerate() {
                if item.is_null() {
                    continue;
                }
                self.base(&ty.base, item, &format!("{path}.{i}"), depth + 1)?;
            }
            Ok(())
        } else {
            self.base(&ty.base, value, path, depth)
        }
    }

    fn base(&self, base: &Base, value: &Value, path: &str, depth: usize) -> Result<(), ApiError> {
        match base {
            Base::Object(name) => {
                let Some(obj) = self.api.object(name) else {
                    // The spec model refuses dangling references; accept anything if one slips.
                    return Ok(());
                };
                match value {
                    Value::Object(map) => self.object(obj, map, path, depth),
                    _ => Err(type_error(path, name)),
                }
            }
            Base::Scalar(s) => {
                if scalar_ok(*s, value, self.lenient) {
                    Ok(())
                } else {
                    Err(type_error(path, s.name()))
                }
            }
        }
    }
}

/// Checks a chosen response object against the output object `output` of `api`
/// (strictly, as a client decodes it): no member the schema does not have, every value
/// of its member's type, and every member the schema says is always present there (not
/// null). `RequestId` is the emulator's own and is not checked. The reason names the
/// member (`RegionSet.0.Region`).
pub fn check_response(
    api: &ApiVersion,
    output: &Object,
    resp: &Map<String, Value>,
) -> Result<(), String> {
    let mut top = resp.clone();
    top.remove("RequestId");
    let c = ResponseCheck { api };
    c.object(output, &top, "", 0)
}

struct ResponseCheck<'a> {
    api: &'a ApiVersion,
}

impl ResponseCheck<'_> {
    fn object(
        &self,
        obj: &Object,
        map: &Map<String, Value>,
        prefix: &str,
        depth: usize,
    ) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err(format!("`{prefix}` is nested too deeply"));
        }
        for (name, value) in map {
            let path = join(prefix, name);
            let Some(member) = obj.member(name) else {
                return Err(format!("`{path}` is not a member of {}", obj.name));
            };
            if value.is_null() {
                if member.always_in_response() {
                    return Err(format!(
                        "`{path}` is null, but the schema says it is always present"
                    ));
                }
                continue;
            }
            self.value(&member.ty, value, &path, depth + 1)?;
        }
        for member in &obj.members {
            if member.always_in_response()
                && member.name != "RequestId"
                && !map.contains_key(&member.name)
            {
                return Err(format!(
                    "`{}` is missing, but the schema says it is always present",
                    join(prefix, &member.name)
                ));
            }
        }
        Ok(())
    }

    fn value(&self, ty: &TypeRef, value: &Value, path: &str, depth: usize) -> Result<(), String> {
        if !ty.list {
            return self.base(&ty.base, value, path, depth);
        }
        let Value::Array(items) = value else {
            return Err(format!("`{path}` is not a list ({ty})"));
        };
        for (i, item) in items.iter().enumerate() {
            self.base(&ty.base, item, &format!("{path}.{i}"), depth + 1)?;
        }
        Ok(())
    }

    fn base(&self, base: &Base, value: &Value, path: &str, depth: usize) -> Result<(), String> {
        match base {
            Base::Object(name) => {
                let Some(obj) = self.api.object(name) else {
                    return Ok(());
                };
                match value {
                    Value::Object(map) => self.object(obj, map, path, depth),
                    _ => Err(format!("`{path}` is not an object ({name})")),
                }
            }
            Base::Scalar(s) if scalar_ok(*s, value, false) => Ok(()),
            Base::Scalar(s) => Err(format!("`{path}` is not of type {}", s.name())),
        }
    }
}

fn type_error(path: &str, want: &str) -> ApiError {
    ApiError::new(
        "InvalidParameterValue",
        format!("The value of parameter `{path}` is not of type {want}."),
    )
}

fn scalar_ok(s: Scalar, value: &Value, lenient: bool) -> bool {
    match (s, value) {
        (
            Scalar::String | Scalar::DateTime | Scalar::DateTimeIso | Scalar::Date | Scalar::Binary,
            Value::String(_),
        ) => true,
        (Scalar::Int64, Value::Number(n)) => n.is_i64() || n.is_u64(),
        (Scalar::Uint64, Value::Number(n)) => n.is_u64(),
        (Scalar::Float, Value::Number(_)) => true,
        (Scalar::Bool, Value::Bool(_)) => true,
        (_, Value::String(t)) if lenient => match s {
            Scalar::Int64 => t.parse::<i64>().is_ok(),
            Scalar::Uint64 => t.parse::<u64>().is_ok(),
            Scalar::Float => t.parse::<f64>().is_ok_and(f64::is_finite),
            Scalar::Bool => matches!(t.as_str(), "true" | "false" | "True" | "False" | "0" | "1"),
            _ => true,
        },
        _ => false,
    }
}

/// Rebuilds flattened parameters (`Filters.0.Values.1=x`) into a JSON tree: numeric
/// segments make arrays, other segments objects, leaves are strings. Gaps in array
/// indices are filled with `null` (ignored by validation). The tree is built by
/// [`tencent_cloud_spec::params::unflatten`] (at most 32 segments a name, the
/// first of a repeated name kept); this turns it into JSON.
pub fn unflatten(params: &[(String, String)]) -> Result<Map<String, Value>, ApiError> {
    // `Values.01` and `Values.1` are one index.
    let canonical: Vec<(String, &str)> = params
        .iter()
        .map(|(k, v)| (canonical_indices(k), v.as_str()))
        .collect();
    let how = Unflatten {
        max_segments: MAX_DEPTH,
        ..Unflatten::default()
    };
    let tree = params::unflatten(&canonical, &how).map_err(|e| match e {
        UnflattenError::EmptySegment { key } | UnflattenError::TooDeep { key, .. } => {
            ApiError::new(
                "InvalidParameter",
                format!("The parameter name `{key}` is malformed."),
            )
        }
        other => conflict(other.key()),
    })?;
    let mut map = Map::new();
    for (seg, node) in tree.into_entries() {
        if is_index(&seg) {
            return Err(conflict(&seg));
        }
        let value = to_json(node, &seg)?;
        map.insert(seg, value);
    }
    Ok(map)
}

/// How far past the number of elements given a list index may go (`A.0`, `A.5` is
/// fine; `A.9999` alone is not).
const MAX_INDEX_GAP: usize = 64;

/// A subtree as JSON: children named by indices make an array, others an object; a
/// mix is a conflict. Recursion is bounded by the tree's depth ([`MAX_DEPTH`]).
fn to_json(node: Node, path: &str) -> Result<Value, ApiError> {
    let children = match node {
        Node::Leaf(s) => return Ok(Value::String(s)),
        Node::Branch(children) => children.into_entries(),
    };
    let as_array = children.first().is_some_and(|(seg, _)| is_index(seg));
    if !as_array {
        let mut map = Map::new();
        for (seg, child) in children {
            let path = format!("{path}.{seg}");
            if is_index(&seg) {
                return Err(conflict(&path));
            }
            map.insert(seg, to_json(child, &path)?);
        }
        return Ok(Value::Object(map));
    }
    let mut items = Vec::new();
    let given = children.len();
    for (seg, child) in children {
        let path = format!("{path}.{seg}");
        if !is_index(&seg) {
            return Err(conflict(&path));
        }
        let idx: usize = seg.parse().unwrap_or(usize::MAX);
        // Lists are numbered 0, 1, 2, …: an index far past the number of elements given
        // would make a few bytes of input allocate a huge list of nulls.
        if idx > 10_000 || idx >= given + MAX_INDEX_GAP {
            return Err(ApiError::new(
                "InvalidParameter",
                format!("The index in parameter name `{path}` is too large."),
            ));
        }
        if items.len() <= idx {
            items.resize(idx + 1, Value::Null);
        }
        items[idx] = to_json(child, &path)?;
    }
    Ok(Value::Array(items))
}

fn conflict(key: &str) -> ApiError {
    ApiError::new(
        "InvalidParameter",
        format!("The parameter name `{key}` conflicts with another parameter."),
    )
}

/// `key` with leading zeros dropped from its index segments (`A.007` is `A.7`).
fn canonical_indices(key: &str) -> String {
    key.split('.')
        .map(|seg| match seg.trim_start_matches('0') {
            rest if is_index(seg) && rest.len() < seg.len() => {
                if rest.is_empty() {
                    "0"
                } else {
                    rest
                }
            }
            _ => seg,
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn is_index(s: &str) -> bool {
    !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unflatten_builds_lists_and_objects() {
        let p = vec![
            ("Filters.0.Name".to_string(), "zone".to_string()),
            ("Filters.0.Values.1".to_string(), "b".to_string()),
            ("Filters.0.Values.0".to_string(), "a".to_string()),
            ("Limit".to_string(), "10".to_string()),
        ];
        let m = unflatten(&p).expect("ok");
        assert_eq!(
            Value::Object(m),
            json!({"Filters": [{"Name": "zone", "Values": ["a", "b"]}], "Limit": "10"})
        );
    }

    #[test]
    fn unflatten_refuses_conflicts_and_bad_names() {
        let p = vec![
            ("A".to_string(), "x".to_string()),
            ("A.B".to_string(), "y".to_string()),
        ];
        assert_eq!(unflatten(&p).unwrap_err().code, "InvalidParameter");
        let p = vec![("A..B".to_string(), "x".to_string())];
        assert_eq!(unflatten(&p).unwrap_err().code, "InvalidParameter");
        let p = vec![("A.99999".to_string(), "x".to_string())];
        assert_eq!(unflatten(&p).unwrap_err().code, "InvalidParameter");
    }

    #[test]
    fn unflatten_keeps_strings_fills_gaps_and_keeps_the_first_value() {
        let p = vec![
            ("Ids.2".to_string(), "c".to_string()),
            ("Ids.0".to_string(), "a".to_string()),
            ("Ids.00".to_string(), "again".to_string()),
            ("Limit".to_string(), "10".to_string()),
            ("Limit".to_string(), "20".to_string()),
            ("Obj.01.X".to_string(), "x".to_string()),
            ("Obj.1.Y".to_string(), "y".to_string()),
        ];
        let m = unflatten(&p).expect("ok");
        assert_eq!(
            Value::Object(m),
            json!({"Ids": ["a", null, "c"], "Limit": "10", "Obj": [null, {"X": "x", "Y": "y"}]})
        );
    }

    #[test]
    fn sparse_indices_cannot_allocate_huge_lists() {
        // A small gap is filled; an index far past the elements given is refused.
        let ok = vec![("Ids.5".to_string(), "x".to_string())];
        assert_eq!(
            unflatten(&ok).expect("small gap")["Ids"]
                .as_array()
                .map(Vec::len),
            Some(6)
        );
        for key in ["Ids.9999", "A.0.B.5000", "A.65"] {
            let e = unflatten(&[(key.to_string(), "x".to_string())]).expect_err(key);
            assert!(e.message.contains("too large"), "{key}: {}", e.message);
        }
        // The attack that took hundreds of MB: many params, each at index 10,000 of a
        // nested list. Refused, and cheaply.
        let many: Vec<(String, String)> = (0..500)
            .map(|i| (format!("P{i}.10000.Q.10000"), "x".to_string()))
            .collect();
        assert!(unflatten(&many).is_err());
    }

    #[test]
    fn unflatten_refuses_mixed_indices_top_level_indices_and_deep_names() {
        for keys in [
            &["A.0", "A.x"][..],
            &["A.x", "A.0"],
            &["0"],
            &["A.0", "A"],
            &["A.0.B", "A.0.B.C"],
        ] {
            let p: Vec<(String, String)> = keys
                .iter()
                .map(|k| (k.to_string(), "v".to_string()))
                .collect();
            let e = unflatten(&p).expect_err(&format!("{keys:?}"));
            assert_eq!(e.code, "InvalidParameter", "{keys:?}");
            assert!(e.message.contains("conflicts"), "{keys:?}: {}", e.message);
        }
        let deep = vec!["A"; 3_000].join(".");
        let e = unflatten(&[(deep.clone(), "v".to_string())]).unwrap_err();
        assert_eq!(e.code, "InvalidParameter");
        assert!(e.message.contains("is malformed"), "{}", e.message);
        let ok = vec!["A"; MAX_DEPTH].join(".");
        assert!(unflatten(&[(ok, "v".to_string())]).is_ok());
    }

    #[test]
    fn scalars_strict_and_lenient() {
        assert!(scalar_ok(Scalar::Int64, &json!(5), false));
        assert!(!scalar_ok(Scalar::Int64, &json!("5"), false));
        assert!(scalar_ok(Scalar::Int64, &json!("5"), true));
        assert!(!scalar_ok(Scalar::Int64, &json!("five"), true));
        assert!(!scalar_ok(Scalar::Uint64, &json!(-1), false));
        assert!(scalar_ok(Scalar::Float, &json!(1.5), false));
        assert!(!scalar_ok(Scalar::String, &json!(1), false));
        assert!(scalar_ok(Scalar::Bool, &json!("true"), true));
        assert!(!scalar_ok(Scalar::Bool, &json!("yes"), true));
    }
}
