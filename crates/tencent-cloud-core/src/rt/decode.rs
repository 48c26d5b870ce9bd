//! Reading generated types from JSON: [`DecodeError`] and the lenient [`Decode`] impls
//! of scalars and lists.

use std::borrow::Cow;
use std::fmt;

use serde_json::Value;

use super::Decode;
use super::json::Parser;

/// Why a value did not decode, with the path to it
/// (`InstanceSet[3].Placement.Zone`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    path: Vec<PathSeg>,
    message: String,
    /// Not JSON, or over a limit: never recovered by a lenient decode.
    fatal: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum PathSeg {
    Key(Cow<'static, str>),
    Index(usize),
}

impl DecodeError {
    /// An error at the current value.
    pub fn new(message: impl Into<String>) -> Self {
        DecodeError {
            path: Vec::new(),
            message: message.into(),
            fatal: false,
        }
    }

    pub(crate) fn fatal(message: impl Into<String>) -> Self {
        DecodeError {
            fatal: true,
            ..DecodeError::new(message)
        }
    }

    /// Whether the input is not JSON (or is over a limit), as opposed to a value that
    /// does not fit its type.
    pub fn is_fatal(&self) -> bool {
        self.fatal
    }

    /// Prefixes the path with a field name.
    pub fn at(mut self, key: &'static str) -> Self {
        self.path.push(PathSeg::Key(Cow::Borrowed(key)));
        self
    }

    pub(crate) fn at_owned(mut self, key: String) -> Self {
        self.path.push(PathSeg::Key(Cow::Owned(key)));
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

/// An integer from the text of a JSON number: exact, or a float with no fraction
/// (`from_f64` checks its range; `i64::MAX` survives a trip through a double).
fn int_from_number<T: std::str::FromStr>(
    n: &str,
    what: &str,
    from_f64: fn(f64) -> Option<T>,
) -> Result<T, DecodeError> {
    if let Ok(v) = n.parse::<T>() {
        return Ok(v);
    }
    n.parse::<f64>()
        .ok()
        .filter(|f| f.fract() == 0.0)
        .and_then(from_f64)
        .ok_or_else(|| DecodeError::new(format!("{n} is not {what}")))
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

/// The integer types: a number, a string holding one, a boolean (0 or 1), or `[x]`.
fn read_int<T: std::str::FromStr + TryFrom<i128> + From<bool>>(
    p: &mut Parser<'_>,
    what: &'static str,
    expected: &'static str,
    from_f64: fn(f64) -> Option<T>,
) -> Result<T, DecodeError> {
    match p.peek() {
        Some(b'-' | b'0'..=b'9') => int_from_number(p.number()?, what, from_f64),
        Some(b'"') => {
            let s = p.string()?;
            parse_int(&s).ok_or_else(|| DecodeError::new(format!("{s:?} is not {what}")))
        }
        Some(b't' | b'f') => p.boolean().map(T::from),
        Some(b'[') => p.single(expected, |p| read_int(p, what, expected, from_f64)),
        _ => Err(p.expected(expected)),
    }
}

impl Decode for String {
    const EMPTY_STRING_IS_NONE: bool = false;

    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        match p.peek() {
            Some(b'"') => p.string().map(Cow::into_owned),
            // Drift: numbers and booleans where the spec says string (written as
            // serde_json writes them).
            Some(b'-' | b'0'..=b'9') => {
                let n = p.number()?;
                Ok(serde_json::from_str::<serde_json::Number>(n)
                    .map(|n| n.to_string())
                    .unwrap_or_else(|_| n.to_owned()))
            }
            Some(b't' | b'f') => p.boolean().map(|b| b.to_string()),
            // Drift: JSON documents where the spec says string; keep the text (compact)
            // so nothing is lost.
            Some(b'[' | b'{') => p.raw_value().map(|v| v.to_string()),
            _ => Err(p.expected("a string")),
        }
    }
}

impl Decode for i64 {
    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        read_int(p, "an int64", "an integer", |f| {
            (f.abs() <= 9.223_372_036_854_776e18).then_some(f as i64)
        })
    }
}

impl Decode for u64 {
    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        read_int(p, "a uint64", "an unsigned integer", |f| {
            (0.0..1.8e19).contains(&f).then_some(f as u64)
        })
    }
}

impl Decode for f64 {
    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        match p.peek() {
            Some(b'-' | b'0'..=b'9') => {
                let n = p.number()?;
                n.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite())
                    .ok_or_else(|| DecodeError::new(format!("{n} is not a float")))
            }
            Some(b'"') => {
                let s = p.string()?;
                s.trim()
                    .parse::<f64>()
                    .map_err(|_| DecodeError::new(format!("{s:?} is not a float")))
            }
            Some(b'[') => p.single("a number", f64::read),
            _ => Err(p.expected("a number")),
        }
    }
}

impl Decode for bool {
    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        match p.peek() {
            Some(b't' | b'f') => p.boolean(),
            Some(b'-' | b'0'..=b'9') => match p.number()? {
                "0" => Ok(false),
                "1" => Ok(true),
                n => Err(DecodeError::new(format!("{n} is not a boolean"))),
            },
            Some(b'"') => {
                let s = p.string()?;
                match s.trim() {
                    "true" | "True" | "TRUE" | "1" => Ok(true),
                    "false" | "False" | "FALSE" | "0" => Ok(false),
                    _ => Err(DecodeError::new(format!("{s:?} is not a boolean"))),
                }
            }
            Some(b'[') => p.single("a boolean", bool::read),
            _ => Err(p.expected("a boolean")),
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        p.list()
    }
}

impl<T: Decode> Decode for Box<T> {
    const EMPTY_STRING_IS_NONE: bool = T::EMPTY_STRING_IS_NONE;

    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        T::read(p).map(Box::new)
    }
}

impl Decode for Value {
    const EMPTY_STRING_IS_NONE: bool = false;

    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        p.raw_value()
    }
}
