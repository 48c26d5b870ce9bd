//! Reading generated types from JSON: [`DecodeError`], the field helpers and the
//! lenient [`Decode`] impls of scalars and lists.

use std::borrow::Cow;
use std::fmt;

use serde_json::{Map, Value};

use super::Decode;
use super::unknown::{self, UnknownFields};

/// Why a value did not decode, with the path to it
/// (`InstanceSet[3].Placement.Zone`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    path: Vec<PathSeg>,
    message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum PathSeg {
    Key(&'static str),
    Index(usize),
}

impl DecodeError {
    /// An error at the current value.
    pub fn new(message: impl Into<String>) -> Self {
        DecodeError {
            path: Vec::new(),
            message: message.into(),
        }
    }

    fn expected(what: &str, got: &Value) -> Self {
        DecodeError::new(format!("expected {what}, found {}", type_name(got)))
    }

    /// Prefixes the path with a field name.
    pub fn at(mut self, key: &'static str) -> Self {
        self.path.push(PathSeg::Key(key));
        self
    }

    pub(crate) fn at_index(mut self, i: usize) -> Self {
        self.path.push(PathSeg::Index(i));
        self
    }

    /// The path to the offending value, outermost first.
    pub fn path(&self) -> String {
        let mut s = String::new();
        for seg in self.path.iter().rev() {
            match seg {
                PathSeg::Key(k) => {
                    if !s.is_empty() {
                        s.push('.');
                    }
                    s.push_str(k);
                }
                PathSeg::Index(i) => {
                    s.push('[');
                    s.push_str(&i.to_string());
                    s.push(']');
                }
            }
        }
        s
    }

    /// What was wrong.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = self.path();
        if p.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{p}: {}", self.message)
        }
    }
}

impl std::error::Error for DecodeError {}

/// `a string`, `an object`, …: the kind of a JSON value, for messages.
pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The map of an object value (for generated `Decode` impls). Drift
/// accepted: a string holding a JSON object, and a one-element list.
pub fn object(v: &Value) -> Result<Cow<'_, Map<String, Value>>, DecodeError> {
    match v {
        Value::Object(m) => Ok(Cow::Borrowed(m)),
        Value::String(s) if s.trim_start().starts_with('{') => {
            match serde_json::from_str::<Value>(s) {
                Ok(Value::Object(m)) => Ok(Cow::Owned(m)),
                _ => Err(DecodeError::new(
                    "expected an object, found a string that is not a JSON object",
                )),
            }
        }
        Value::Array(items) if items.len() == 1 => object(&items[0]),
        Value::Array(items) => Err(DecodeError::new(format!(
            "expected an object, found an array of {} elements",
            items.len()
        ))),
        other => Err(DecodeError::expected("an object", other)),
    }
}

/// Reads an optional field: absent or `null` is `None` (and `""`, where
/// the type is not a string).
#[inline]
pub fn field<T: Decode>(
    m: &Map<String, Value>,
    key: &'static str,
) -> Result<Option<T>, DecodeError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if T::EMPTY_STRING_IS_NONE && s.is_empty() => Ok(None),
        Some(v) => T::decode(v).map(Some).map_err(|e| e.at(key)),
    }
}

/// Reads the fields of one object, for generated `Decode` impls: one
/// [`Reader::field`] call per field, [`Reader::unknown`] for the rest, then
/// [`Reader::finish`].
///
/// Errors are kept aside instead of returned at each field, so that a
/// generated impl is one call per field with no branching (about a third of
/// the compile time of a `?` per field); the first error is the result.
/// During a lenient decode ([`decode_lenient`](super::decode_lenient)) a
/// field that does not fit is `None` and its raw value is kept instead.
#[derive(Debug)]
pub struct Reader<'v> {
    map: Cow<'v, Map<String, Value>>,
    error: Option<DecodeError>,
    /// Members of `map` that a field asked for.
    read: usize,
    lenient: bool,
    /// Raw values of fields that did not fit (lenient decoding only).
    kept: UnknownFields,
}

impl<'v> Reader<'v> {
    /// A reader of `v`, which must be an object (or stand for one: see [`object`]).
    pub fn new(v: &'v Value) -> Result<Self, DecodeError> {
        Ok(Reader {
            map: object(v)?,
            error: None,
            read: 0,
            lenient: unknown::lenient(),
            kept: UnknownFields::default(),
        })
    }

    /// Reads field `key` as [`field`] does; an error is kept for [`Reader::finish`]
    /// (or, leniently, the raw value for [`Reader::unknown`]) and the field is `None`.
    #[inline]
    pub fn field<T: Decode>(&mut self, key: &'static str) -> Option<T> {
        let v = self.map.get(key)?;
        self.read += 1;
        if self.lenient {
            return field_lenient(&mut self.kept, key, v);
        }
        match value(v) {
            Ok(x) => x,
            Err(e) => {
                self.error.get_or_insert(e.at(key));
                None
            }
        }
    }

    /// The members no field asked for (`known` lists the struct's wire names), and the
    /// raw values of fields that did not fit.
    pub fn unknown(&mut self, known: &[&str]) -> UnknownFields {
        let mut out = std::mem::take(&mut self.kept);
        if self.read < self.map.len() {
            for (k, v) in self.map.iter() {
                if !known.contains(&k.as_str()) {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
        out
    }

    /// `value`, or the first error a field gave.
    pub fn finish<T>(self, value: T) -> Result<T, DecodeError> {
        match self.error {
            None => Ok(value),
            Some(e) => Err(e),
        }
    }
}

/// [`Reader::field`] during a lenient decode: a value that does not fit is kept raw.
#[cold]
fn field_lenient<T: Decode>(kept: &mut UnknownFields, key: &'static str, v: &Value) -> Option<T> {
    unknown::enter_key(key);
    let out = match value(v) {
        Ok(x) => x,
        Err(e) => {
            unknown::recovered(e);
            kept.insert(key, v.clone());
            None
        }
    };
    unknown::leave();
    out
}

/// A present member's value: `null` is `None` (and `""`, where the type is not a string).
fn value<T: Decode>(v: &Value) -> Result<Option<T>, DecodeError> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) if T::EMPTY_STRING_IS_NONE && s.is_empty() => Ok(None),
        v => T::decode(v).map(Some),
    }
}

/// The element of a one-element list, for scalars sent as `[x]`.
fn single(v: &Value) -> Option<&Value> {
    match v {
        Value::Array(items) if items.len() == 1 => items.first(),
        _ => None,
    }
}

impl Decode for String {
    const EMPTY_STRING_IS_NONE: bool = false;

    fn decode(v: &Value) -> Result<Self, DecodeError> {
        match v {
            Value::String(s) => Ok(s.clone()),
            // Drift: numbers and booleans where the spec says string.
            Value::Number(n) => Ok(n.to_string()),
            Value::Bool(b) => Ok(b.to_string()),
            // Drift: JSON documents where the spec says string; keep the
            // text so nothing is lost.
            Value::Array(_) | Value::Object(_) => Ok(v.to_string()),
            Value::Null => Err(DecodeError::expected("a string", v)),
        }
    }
}

impl Decode for i64 {
    fn decode(v: &Value) -> Result<Self, DecodeError> {
        if let Some(x) = single(v) {
            return Self::decode(x);
        }
        match v {
            Value::Number(n) => n
                .as_i64()
                .or_else(|| {
                    n.as_f64()
                        .filter(|f| f.fract() == 0.0 && f.abs() <= 9.223_372_036_854_776e18)
                        .map(|f| f as i64)
                })
                .ok_or_else(|| DecodeError::new(format!("{n} is not an int64"))),
            Value::String(s) => {
                parse_int(s).ok_or_else(|| DecodeError::new(format!("{s:?} is not an int64")))
            }
            Value::Bool(b) => Ok(i64::from(*b)),
            other => Err(DecodeError::expected("an integer", other)),
        }
    }
}

impl Decode for u64 {
    fn decode(v: &Value) -> Result<Self, DecodeError> {
        if let Some(x) = single(v) {
            return Self::decode(x);
        }
        match v {
            Value::Number(n) => n
                .as_u64()
                .or_else(|| {
                    n.as_f64()
                        .filter(|f| f.fract() == 0.0 && (0.0..1.8e19).contains(f))
                        .map(|f| f as u64)
                })
                .ok_or_else(|| DecodeError::new(format!("{n} is not a uint64"))),
            Value::String(s) => {
                parse_int(s).ok_or_else(|| DecodeError::new(format!("{s:?} is not a uint64")))
            }
            Value::Bool(b) => Ok(u64::from(*b)),
            other => Err(DecodeError::expected("an unsigned integer", other)),
        }
    }
}

/// An integer from text; `""` is not one, `" 12 "` and `"12.0"` are.
fn parse_int<T: std::str::FromStr + TryFrom<i128>>(s: &str) -> Option<T> {
    let t = s.trim();
    if let Ok(v) = t.parse::<T>() {
        return Some(v);
    }
    let f = t
        .parse::<f64>()
        .ok()
        .filter(|f| f.is_finite() && f.fract() == 0.0)?;
    T::try_from(f as i128).ok()
}

impl Decode for f64 {
    fn decode(v: &Value) -> Result<Self, DecodeError> {
        if let Some(x) = single(v) {
            return Self::decode(x);
        }
        match v {
            Value::Number(n) => n
                .as_f64()
                .ok_or_else(|| DecodeError::new(format!("{n} is not a float"))),
            Value::String(s) => s
                .trim()
                .parse::<f64>()
                .map_err(|_| DecodeError::new(format!("{s:?} is not a float"))),
            other => Err(DecodeError::expected("a number", other)),
        }
    }
}

impl Decode for bool {
    fn decode(v: &Value) -> Result<Self, DecodeError> {
        if let Some(x) = single(v) {
            return Self::decode(x);
        }
        match v {
            Value::Bool(b) => Ok(*b),
            Value::Number(n) => match n.as_u64() {
                Some(0) => Ok(false),
                Some(1) => Ok(true),
                _ => Err(DecodeError::new(format!("{n} is not a boolean"))),
            },
            Value::String(s) => match s.trim() {
                "true" | "True" | "TRUE" | "1" => Ok(true),
                "false" | "False" | "FALSE" | "0" => Ok(false),
                _ => Err(DecodeError::new(format!("{s:?} is not a boolean"))),
            },
            other => Err(DecodeError::expected("a boolean", other)),
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(v: &Value) -> Result<Self, DecodeError> {
        match v {
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                let lenient = unknown::lenient();
                for (i, item) in items.iter().enumerate() {
                    // Drift: `null` elements carry nothing; skip them.
                    if item.is_null() {
                        continue;
                    }
                    if lenient {
                        unknown::enter_index(i);
                    }
                    let r = T::decode(item);
                    if lenient {
                        unknown::leave();
                    }
                    out.push(r.map_err(|e| e.at_index(i))?);
                }
                Ok(out)
            }
            // Drift: a single value where the spec says list.
            other => Ok(vec![T::decode(other)?]),
        }
    }
}

impl<T: Decode> Decode for Box<T> {
    const EMPTY_STRING_IS_NONE: bool = T::EMPTY_STRING_IS_NONE;

    fn decode(v: &Value) -> Result<Self, DecodeError> {
        T::decode(v).map(Box::new)
    }
}

impl Decode for Value {
    const EMPTY_STRING_IS_NONE: bool = false;

    fn decode(v: &Value) -> Result<Self, DecodeError> {
        Ok(v.clone())
    }
}
