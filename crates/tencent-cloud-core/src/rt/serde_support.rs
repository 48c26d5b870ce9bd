//! `serde` for generated types (the service crates' `serde` feature).
//!
//! Generated structs do not derive serde's traits: with the feature on, each gets two
//! one-line impls that call [`serialize`] and [`deserialize`] here, so the per-type
//! cost stays a few lines (see `cargo xtask bench compile`). The wire format is the
//! API's own: the wire names (`"InstanceId"`), members in declaration order, `None`
//! left out, and `_unknown_fields` written after the known members, exactly as
//! [`to_vec`] writes them.
//!
//! * Serialising encodes the value with its [`Encode`] impl, then replays that JSON
//!   into any `Serializer` (JSON, YAML, MessagePack, …), keeping the member order.
//! * Deserialising reads any self-describing format into a `serde_json::Value`, then
//!   decodes it as responses are decoded: forward-compatibly, with a value that does
//!   not fit its field kept raw in `_unknown_fields` (and logged), never dropped.

use serde::de::Error as _;
use serde::ser::{Error as _, SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::json::Parser;
use super::{Decode, DecodeError, Encode, to_vec};

/// `value` as the JSON its [`Encode`] impl writes, replayed into `s`.
pub fn serialize<T: Encode + ?Sized, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    Json(&to_vec(value)).serialize(s)
}

/// JSON text that serialises as the value it holds, members in their order: what
/// [`serialize`] does after encoding (and a way to test that without a type).
#[derive(Debug, Clone, Copy)]
pub struct Json<'a>(pub &'a [u8]);

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        tree(self.0).map_err(S::Error::custom)?.serialize(s)
    }
}

/// A generated type from any self-describing format (see the module docs).
pub fn deserialize<'de, T: Decode, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    from_value(&v).map_err(D::Error::custom)
}

/// What [`deserialize`] does once the input is a `Value`: decodes it forward-compatibly,
/// logging each value kept raw.
pub fn from_value<T: Decode>(v: &serde_json::Value) -> Result<T, DecodeError> {
    let text = v.to_string();
    let (t, recovered) = super::decode_lenient::<T>(&text)?;
    for e in &recovered {
        tracing::warn!(
            path = %e.path(),
            error = e.message(),
            "a value does not fit its declared type; kept raw in _unknown_fields"
        );
    }
    Ok(t)
}

/// JSON with its member order kept (serde_json's `Value` sorts keys).
enum Tree {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

fn tree(bytes: &[u8]) -> Result<Tree, DecodeError> {
    let text =
        std::str::from_utf8(bytes).map_err(|e| DecodeError::new(format!("not UTF-8: {e}")))?;
    Parser::new(text).read_all::<Tree>()
}

impl Decode for Tree {
    const EMPTY_STRING_IS_NONE: bool = false;

    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        Ok(match p.peek() {
            Some(b'{') => {
                let mut members = Vec::new();
                p.object(&mut |p, k| {
                    members.push((k.to_owned(), Tree::read(p)?));
                    Ok(true)
                })?;
                Tree::Object(members)
            }
            Some(b'[') => {
                // Not `p.list()`: that skips `null` elements.
                let mut items = Vec::new();
                p.array(&mut |p, _| {
                    items.push(Tree::read(p)?);
                    Ok(())
                })?;
                Tree::Array(items)
            }
            Some(b'"') => Tree::String(p.string()?.into_owned()),
            Some(b'-' | b'0'..=b'9') => {
                let n = p.number()?;
                match serde_json::from_str::<serde_json::Number>(n) {
                    Ok(n) => Tree::Number(n),
                    Err(_) => Tree::String(n.to_owned()),
                }
            }
            _ if p.null() => Tree::Null,
            _ => Tree::Bool(p.boolean()?),
        })
    }
}

impl Serialize for Tree {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Tree::Null => s.serialize_unit(),
            Tree::Bool(b) => s.serialize_bool(*b),
            Tree::Number(n) => n.serialize(s),
            Tree::String(t) => s.serialize_str(t),
            Tree::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for i in items {
                    seq.serialize_element(i)?;
                }
                seq.end()
            }
            Tree::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}
