//! The JSON codec of generated types: small, non-generic and lenient.
//!
//! Generated service crates do not derive serde's traits. Each generated
//! struct implements [`Encode`] (when it is sent) and [`Decode`] (when it is
//! received) with one line per field, calling the helpers here. This keeps
//! the generated code small and fast to compile (serde's derived
//! `Deserialize` is several times larger per struct), and it puts the
//! leniency real responses need in one place:
//!
//! * numbers sent as strings (`"10"`) and strings sent as numbers (`10`);
//! * `null` where the spec promises a value: the field is `None`;
//! * booleans sent as `0`/`1` or `"true"`/`"false"`;
//! * a single value where the spec says list: a one-element list, and a
//!   one-element list where the spec says a single value: its element;
//! * `""` where the spec says number, boolean, list or object: `None`;
//! * an object sent as a string of JSON: the object;
//! * unknown fields: ignored.
//!
//! Nothing is dropped silently: a value that cannot be read as its type
//! (`"xx"` for a number, a list of several objects for one object) is an
//! error naming its path.
//!
//! Decoding goes through [`serde_json::Value`]: the body is parsed once
//! (non-generic), then each type picks its fields from the map.

use std::borrow::Cow;
use std::fmt;

use serde_json::Map;

pub use crate::client::{Client, RequestSpec};
pub use crate::error::Error;
pub use crate::pages::{Pages, Paginate};
pub use crate::sse::{Event, EventStream};
pub use serde_json::Value;

/// The result of a call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The result of [`Decode::decode`].
pub type DecodeResult<T> = std::result::Result<T, DecodeError>;

/// A value that can be read from JSON.
pub trait Decode: Sized {
    /// Whether an empty string stands for "no value" (true for every type
    /// but strings).
    const EMPTY_STRING_IS_NONE: bool = true;

    /// Reads `Self` from a JSON value. `null` is handled by the caller
    /// (fields are `Option`), so implementations see non-null values.
    fn decode(v: &Value) -> Result<Self, DecodeError>;
}

/// A value that can be written as JSON.
pub trait Encode {
    /// Appends `self` as one JSON value.
    fn encode(&self, w: &mut Writer);
}

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

    fn at_index(mut self, i: usize) -> Self {
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
                for (i, item) in items.iter().enumerate() {
                    // Drift: `null` elements carry nothing; skip them.
                    if item.is_null() {
                        continue;
                    }
                    out.push(T::decode(item).map_err(|e| e.at_index(i))?);
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

/// Writes JSON into a byte buffer. Generated `Encode` impls call
/// [`Writer::begin_object`], [`Writer::field`] per member and
/// [`Writer::end_object`].
#[derive(Debug, Default)]
pub struct Writer {
    buf: Vec<u8>,
    /// Whether the innermost open object or array has no element yet.
    first: bool,
}

/// Saved state of an enclosing object; see [`Writer::begin_object`].
#[derive(Debug, Clone, Copy)]
#[must_use]
pub struct Frame(bool);

impl Writer {
    /// An empty writer.
    pub fn new() -> Self {
        Writer::default()
    }

    /// The JSON written so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    /// Opens an object.
    pub fn begin_object(&mut self) -> Frame {
        self.buf.push(b'{');
        Frame(std::mem::replace(&mut self.first, true))
    }

    /// Closes the object opened by the matching [`Writer::begin_object`].
    pub fn end_object(&mut self, frame: Frame) {
        self.buf.push(b'}');
        self.first = frame.0;
    }

    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.buf.push(b',');
        }
    }

    /// Writes `"key":value` when the field is set; skips it when `None`.
    #[inline]
    pub fn field<T: Encode>(&mut self, key: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.comma();
            self.string(key);
            self.buf.push(b':');
            v.encode(self);
        }
    }

    /// Writes a JSON string, escaped.
    pub fn string(&mut self, s: &str) {
        self.buf.push(b'"');
        let bytes = s.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let esc: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0..=0x1f => {
                    self.buf.extend_from_slice(&bytes[start..i]);
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.buf.extend_from_slice(&[
                        b'\\',
                        b'u',
                        b'0',
                        b'0',
                        HEX[(b >> 4) as usize],
                        HEX[(b & 15) as usize],
                    ]);
                    start = i + 1;
                    continue;
                }
                _ => continue,
            };
            self.buf.extend_from_slice(&bytes[start..i]);
            self.buf.extend_from_slice(esc);
            start = i + 1;
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }

    fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }
}

impl Encode for str {
    fn encode(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl Encode for String {
    fn encode(&self, w: &mut Writer) {
        w.string(self);
    }
}

impl Encode for i64 {
    fn encode(&self, w: &mut Writer) {
        w.raw(&self.to_string());
    }
}

impl Encode for u64 {
    fn encode(&self, w: &mut Writer) {
        w.raw(&self.to_string());
    }
}

impl Encode for f64 {
    fn encode(&self, w: &mut Writer) {
        // JSON has no NaN or infinity; send null rather than invalid JSON.
        match serde_json::Number::from_f64(*self) {
            Some(n) => w.raw(&n.to_string()),
            None => w.raw("null"),
        }
    }
}

impl Encode for bool {
    fn encode(&self, w: &mut Writer) {
        w.raw(if *self { "true" } else { "false" });
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, w: &mut Writer) {
        w.buf.push(b'[');
        let outer = std::mem::replace(&mut w.first, true);
        for item in self {
            w.comma();
            item.encode(w);
        }
        w.buf.push(b']');
        w.first = outer;
    }
}

impl<T: Encode + ?Sized> Encode for Box<T> {
    fn encode(&self, w: &mut Writer) {
        (**self).encode(w);
    }
}

impl Encode for Value {
    fn encode(&self, w: &mut Writer) {
        w.raw(&self.to_string());
    }
}

/// Encodes a value to JSON bytes.
pub fn to_vec<T: Encode + ?Sized>(value: &T) -> Vec<u8> {
    let mut w = Writer::new();
    value.encode(&mut w);
    w.into_bytes()
}

/// Decodes a value from JSON bytes.
pub fn from_slice<T: Decode>(bytes: &[u8]) -> Result<T, Error> {
    let v = parse(bytes)?;
    T::decode(&v).map_err(|e| decode_error(bytes, e))
}

fn parse(bytes: &[u8]) -> Result<Value, Error> {
    serde_json::from_slice(bytes).map_err(|e| {
        Error::decode(
            200,
            format!("response is not JSON: {e}"),
            bytes,
            Some(Box::new(e)),
        )
    })
}

fn decode_error(bytes: &[u8], e: DecodeError) -> Error {
    Error::decode(
        200,
        format!("response does not fit the expected type: {e}"),
        bytes,
        Some(Box::new(e)),
    )
}

/// Decodes the JSON `data` of one server-sent event (a streaming action's
/// chunk) into the action's response type.
pub fn decode_event<T: Decode>(event: &Event) -> Result<T, Error> {
    from_slice(event.data.as_bytes())
}

/// Calls an action: encodes `input`, sends it as [`Client::send_raw`] does,
/// decodes the `Response` object (the body is parsed once). This is the only
/// generic code per action in generated crates, and it is a few lines.
pub async fn call<I: Encode + ?Sized, O: Decode>(
    client: &Client,
    spec: &RequestSpec<'_>,
    input: &I,
) -> Result<O, Error> {
    let v = client.send_value(spec, to_vec(input)).await?;
    O::decode(&v).map_err(|e| decode_error(v.to_string().as_bytes(), e))
}

/// Defines generated model structs: one `struct` with `Option` fields, its
/// [`Decode`] impl and, for types that are sent, its [`Encode`] impl and
/// by-value setters (`Filter::default().set_name("zone")`), from one list
/// of `field: Type = "WireName"` entries.
///
/// Used by generated crates (as `rt::model!`); it keeps their source small:
/// each field's name, type and wire name are written once.
///
/// ```
/// use tencentcloud_core::codec::{self as rt, Decode, Encode};
///
/// rt::model! {
///     /// A filter.
///     pub struct Filter: encode {
///         /// The name.
///         name: String = "Name",
///         values: Vec<String> = "Values",
///     }
///
///     /// Received only: no `Encode`.
///     pub struct Page: decode {
///         filters: Vec<Filter> = "Filters",
///         total_count: u64 = "TotalCount",
///     }
/// }
///
/// let f = Filter::decode(&serde_json::json!({"Name": "zone", "Values": ["a"]})).unwrap();
/// assert_eq!(f, Filter::default().set_name("zone").set_values(vec!["a".to_string()]));
/// assert_eq!(f.name.as_deref(), Some("zone"));
/// assert_eq!(rt::to_vec(&f), br#"{"Name":"zone","Values":["a"]}"#);
/// let p = Page::decode(&serde_json::json!({"Filters": [{"Name": "x"}], "TotalCount": "3"})).unwrap();
/// assert_eq!(p.total_count, Some(3));
/// ```
#[macro_export]
macro_rules! __tc_model {
    ( $( $(#[$meta:meta])* pub struct $name:ident : $kind:ident { $($body:tt)* } )* ) => {
        $( $crate::__tc_model_one! { $(#[$meta])* pub struct $name: $kind { $($body)* } } )*
    };
}

/// One struct of [`model!`].
#[doc(hidden)]
#[macro_export]
macro_rules! __tc_model_one {
    (
        $(#[$meta:meta])*
        pub struct $name:ident: decode {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty = $key:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq)]
        #[non_exhaustive]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: ::core::option::Option<$ty>, )*
        }

        #[allow(deprecated)]
        impl $crate::codec::Decode for $name {
            fn decode(v: &$crate::codec::Value) -> $crate::codec::DecodeResult<Self> {
                #[allow(unused_variables)]
                let m = $crate::codec::object(v)?;
                ::core::result::Result::Ok(Self { $( $field: $crate::codec::field(&m, $key)?, )* })
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub struct $name:ident: encode {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty = $key:literal ),* $(,)?
        }
    ) => {
        $crate::__tc_model_one! {
            $(#[$meta])*
            pub struct $name: decode {
                $( $(#[$fmeta])* $field: $ty = $key, )*
            }
        }

        #[allow(deprecated)]
        impl $crate::codec::Encode for $name {
            fn encode(&self, w: &mut $crate::codec::Writer) {
                let f = w.begin_object();
                $( w.field($key, &self.$field); )*
                w.end_object(f);
            }
        }

        #[allow(deprecated)]
        impl $name {
            $crate::codec::__paste! {
                $(
                    #[doc = concat!("Sets `", stringify!($field), "` (wire name `", $key, "`) and returns `self`.")]
                    #[must_use]
                    pub fn [<set_ $field>](mut self, value: impl ::core::convert::Into<$ty>) -> Self {
                        self.$field = ::core::option::Option::Some(value.into());
                        self
                    }
                )*
            }
        }
    };
}

#[doc(inline)]
pub use crate::__tc_model as model;

#[doc(hidden)]
pub use paste::paste as __paste;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Default, PartialEq)]
    struct Inner {
        zone: Option<String>,
        ids: Option<Vec<u64>>,
    }
    impl Decode for Inner {
        fn decode(v: &Value) -> Result<Self, DecodeError> {
            let m = object(v)?;
            Ok(Inner {
                zone: field(&m, "Zone")?,
                ids: field(&m, "Ids")?,
            })
        }
    }
    impl Encode for Inner {
        fn encode(&self, w: &mut Writer) {
            let f = w.begin_object();
            w.field("Zone", &self.zone);
            w.field("Ids", &self.ids);
            w.end_object(f);
        }
    }
    #[derive(Debug, Default, PartialEq)]
    struct Outer {
        name: Option<String>,
        count: Option<i64>,
        ratio: Option<f64>,
        on: Option<bool>,
        inner: Option<Inner>,
        list: Option<Vec<Inner>>,
        children: Option<Vec<Outer>>,
    }
    impl Decode for Outer {
        fn decode(v: &Value) -> Result<Self, DecodeError> {
            let m = object(v)?;
            Ok(Outer {
                name: field(&m, "Name")?,
                count: field(&m, "Count")?,
                ratio: field(&m, "Ratio")?,
                on: field(&m, "On")?,
                inner: field(&m, "Inner")?,
                list: field(&m, "List")?,
                children: field(&m, "Children")?,
            })
        }
    }
    impl Encode for Outer {
        fn encode(&self, w: &mut Writer) {
            let f = w.begin_object();
            w.field("Name", &self.name);
            w.field("Count", &self.count);
            w.field("Ratio", &self.ratio);
            w.field("On", &self.on);
            w.field("Inner", &self.inner);
            w.field("List", &self.list);
            w.field("Children", &self.children);
            w.end_object(f);
        }
    }

    fn dec<T: Decode>(v: Value) -> Result<T, DecodeError> {
        T::decode(&v)
    }

    #[test]
    fn round_trip_is_valid_json_equal_to_the_input() {
        let input = json!({
            "Name": "a \"quoted\" \\ name\n\t\u{1}é中",
            "Count": -5,
            "Ratio": 0.25,
            "On": true,
            "Inner": {"Zone": "ap-guangzhou-1", "Ids": [1, 2, 18446744073709551615u64]},
            "List": [{"Zone": "z"}, {}],
            "Children": [{"Name": "child", "Children": []}]
        });
        let o: Outer = dec(input.clone()).expect("decodes");
        let bytes = to_vec(&o);
        let back: Value = serde_json::from_slice(&bytes).expect("valid JSON");
        assert_eq!(back, input);
    }

    #[test]
    fn none_fields_are_omitted() {
        assert_eq!(to_vec(&Outer::default()), b"{}");
        let o = Outer {
            count: Some(1),
            list: Some(vec![]),
            ..Default::default()
        };
        assert_eq!(
            String::from_utf8(to_vec(&o)).expect("utf8"),
            r#"{"Count":1,"List":[]}"#
        );
    }

    #[test]
    fn lenient_drift() {
        let o: Outer = dec(json!({
            "Name": 12,             // number where string expected
            "Count": "42",          // string where number expected
            "Ratio": "1.5",
            "On": 1,
            "Inner": {"Zone": null, "Ids": "7"},   // null, scalar for list
            "List": [null, {"Zone": "z"}],
            "Unknown": {"deep": [1, 2]}
        }))
        .expect("lenient");
        assert_eq!(o.name.as_deref(), Some("12"));
        assert_eq!(o.count, Some(42));
        assert_eq!(o.ratio, Some(1.5));
        assert_eq!(o.on, Some(true));
        assert_eq!(
            o.inner,
            Some(Inner {
                zone: None,
                ids: Some(vec![7])
            })
        );
        assert_eq!(o.list.as_ref().map(Vec::len), Some(1));
        assert_eq!(dec::<i64>(json!(3.0)), Ok(3));
        assert_eq!(dec::<u64>(json!(" 12 ")), Ok(12));
        assert_eq!(dec::<bool>(json!("false")), Ok(false));
        assert_eq!(dec::<String>(json!({"a": 1})).as_deref(), Ok("{\"a\":1}"));
    }

    #[test]
    fn structural_drift() {
        // "" for non-strings is None; a JSON object in a string; [x] for x.
        let o: Outer = dec(json!({
            "Name": "",
            "Count": "",
            "Inner": "{\"Zone\": \"z\"}",
            "List": "",
            "Ratio": [2.5],
            "On": ["true"],
            "Children": [{"Inner": [{"Ids": [[1]]}]}]
        }))
        .expect("lenient");
        assert_eq!(
            o.name.as_deref(),
            Some(""),
            "an empty string stays a string"
        );
        assert_eq!(o.count, None);
        assert_eq!(o.inner.and_then(|i| i.zone).as_deref(), Some("z"));
        assert_eq!(o.list, None);
        assert_eq!(o.ratio, Some(2.5));
        assert_eq!(o.on, Some(true));
        let child = &o.children.expect("children")[0];
        assert_eq!(
            child.inner.as_ref().and_then(|i| i.ids.clone()),
            Some(vec![1])
        );
        // i64::MAX after a trip through a double.
        assert_eq!(dec::<i64>(json!(9223372036854775807.0f64)), Ok(i64::MAX));
        // Lossy readings are errors, not silent drops.
        let e = dec::<Outer>(json!({"Inner": [{"Zone": "a"}, {"Zone": "b"}]}))
            .expect_err("two objects");
        assert_eq!(
            e.to_string(),
            "Inner: expected an object, found an array of 2 elements"
        );
        assert!(dec::<Outer>(json!({"Inner": "not json"})).is_err());
        assert!(dec::<i64>(json!([1, 2])).is_err());
    }

    #[test]
    fn errors_carry_the_path() {
        let e = dec::<Outer>(json!({"List": [{}, {"Ids": [1, "x"]}]})).expect_err("bad");
        assert_eq!(e.path(), "List[1].Ids[1]");
        assert_eq!(e.to_string(), "List[1].Ids[1]: \"x\" is not a uint64");
        let e = dec::<Outer>(json!({"Count": 1.5})).expect_err("fraction");
        assert_eq!(e.path(), "Count");
        let e = dec::<Outer>(json!([1, 2])).expect_err("not an object");
        assert_eq!(
            e.to_string(),
            "expected an object, found an array of 2 elements"
        );
        assert!(dec::<u64>(json!(-1)).is_err());
        assert!(dec::<i64>(json!("")).is_err());
        assert!(dec::<bool>(json!(2)).is_err());
    }

    #[test]
    fn from_slice_errors_are_decode_errors_with_snippets() {
        match from_slice::<Outer>(b"<html>oops</html>") {
            Err(Error::Decode { snippet, .. }) => assert!(snippet.contains("<html>")),
            other => panic!("{other:?}"),
        }
        match from_slice::<Outer>(br#"{"Count": "x"}"#) {
            Err(Error::Decode { reason, .. }) => assert!(reason.contains("Count"), "{reason}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn events_decode_into_the_response_type() {
        let ev = Event {
            data: r#"{"Name": "chunk", "Count": "2"}"#.into(),
            ..Event::default()
        };
        let o: Outer = decode_event(&ev).expect("event");
        assert_eq!((o.name.as_deref(), o.count), (Some("chunk"), Some(2)));
        let bad = Event {
            data: "[DONE]".into(),
            ..Event::default()
        };
        assert!(matches!(
            decode_event::<Outer>(&bad),
            Err(Error::Decode { .. })
        ));
    }

    #[test]
    fn non_finite_floats_become_null() {
        let o = Outer {
            ratio: Some(f64::NAN),
            ..Default::default()
        };
        assert_eq!(to_vec(&o), br#"{"Ratio":null}"#);
    }
}
