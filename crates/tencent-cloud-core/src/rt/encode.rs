//! Writing generated types as JSON: the [`Writer`] and the [`Encode`] impls of scalars
//! and lists.

use serde_json::Value;

use super::Encode;

/// Writes JSON into a byte buffer. Generated `Encode` impls call
/// [`Writer::begin_object`], [`Writer::field`] per member and
/// [`Writer::end_object`].
#[derive(Debug, Default)]
pub struct Writer {
    buf: Vec<u8>,
    /// Whether the innermost open object or array has no element yet.
    first: bool,
    /// Leave out every struct's `_unknown_fields` ([`Writer::known_only`]).
    pub(crate) known_only: bool,
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

    /// A writer that leaves out every struct's `_unknown_fields`: the JSON holds only
    /// what the types define (used to find example params a request cannot carry).
    pub fn known_only() -> Self {
        Writer {
            known_only: true,
            ..Writer::default()
        }
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
