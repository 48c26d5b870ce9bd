//! Forward-compatible decoding: members this crate does not know, and values that do
//! not fit their declared type, are kept instead of failing the whole response.
//!
//! The rule (DESIGN: "forward-compatible decoding"):
//! * Every generated struct has `_unknown_fields`, which holds the members of the JSON
//!   object that the struct has no field for (an API newer than the crate), and the
//!   raw values of fields that did not fit their type (a `uint64` sent as `-1`). They
//!   are written back out, after the known fields, when the value is encoded.
//! * Responses are decoded strictly first. Only if that fails are they decoded again
//!   leniently: each field that does not fit is `None`, its raw value goes to
//!   `_unknown_fields`, and the call logs one `tracing` warning per such field with its
//!   full path. A body that is not an object at all is still an error.
//! * A body that is not JSON at all, or nests deeper than [`MAX_DEPTH`](super::MAX_DEPTH),
//!   is an error, never recovered.
//! * [`Decode::decode`] itself stays strict, so tests (the examples corpus) still see
//!   every contradiction between a value and its spec.

use std::fmt;

use serde_json::{Map, Value};

use super::decode::DecodeError;
use super::json::Parser;
use super::{Decode, Encode, Writer};

/// Members of a JSON object that its generated struct has no field for, and raw values
/// that did not fit their field's type. Empty (and allocation-free) in the common case.
#[derive(Clone, Default, PartialEq)]
pub struct UnknownFields(Option<Box<Map<String, Value>>>);

impl UnknownFields {
    /// The raw value of member `key`, if it was unknown or did not fit.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.as_ref().and_then(|m| m.get(key))
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|m| m.is_empty())
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |m| m.len())
    }

    /// Every (member name, raw value), in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().flat_map(|m| m.iter())
    }

    /// Adds (or replaces) member `key`. It is encoded after the known fields.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) {
        self.0
            .get_or_insert_with(Default::default)
            .insert(key.into(), value);
    }

    /// Removes member `key`.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.0.as_mut().and_then(|m| m.remove(key))
    }
}

impl fmt::Debug for UnknownFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Writer {
    /// Writes the members of `unknown` into the object being written.
    pub fn unknown(&mut self, unknown: &UnknownFields) {
        if self.known_only {
            return;
        }
        for (k, v) in unknown.iter() {
            self.field(k, &Some(v));
        }
    }
}

impl Encode for &Value {
    fn encode(&self, w: &mut Writer) {
        (**self).encode(w)
    }
}

/// Decodes `text` (one JSON value): strictly, and if a value does not fit its type,
/// again leniently (see the module docs). Returns the value and the fields that fell
/// back to `_unknown_fields` (empty when the strict decode succeeded); fails when the
/// text is not JSON, or when the lenient decode fails too, with the strict decode's
/// error.
pub fn decode_lenient<T: Decode>(text: &str) -> Result<(T, Vec<DecodeError>), DecodeError> {
    let strict = match Parser::new(text).read_all::<T>() {
        Ok(t) => return Ok((t, Vec::new())),
        Err(e) if e.is_fatal() => return Err(e),
        Err(e) => e,
    };
    let mut p = Parser::lenient(text);
    match p.read_all::<T>() {
        Ok(t) => Ok((t, p.take_recovered())),
        Err(_) => Err(strict),
    }
}

/// [`decode_lenient`], logging each fallback as a `tracing` warning naming `action`.
pub(crate) fn decode_response<T: Decode>(action: &str, text: &str) -> Result<T, DecodeError> {
    let (t, recovered) = decode_lenient(text)?;
    for e in &recovered {
        tracing::warn!(
            action,
            path = %e.path(),
            error = e.message(),
            "a response value does not fit its declared type; kept raw in _unknown_fields"
        );
    }
    Ok(t)
}
