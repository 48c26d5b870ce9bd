//! [`Parser`]: the pull parser generated types decode from, straight from the bytes of a
//! response (no `serde_json::Value` in between).
//!
//! Bounded: no recursion except through nested generated types, which count against
//! [`MAX_DEPTH`]; skipping a value (an unknown member) is iterative. Strings are
//! borrowed from the input unless they hold escapes.

use std::borrow::Cow;

use serde_json::Value;

use super::Decode;
use super::decode::DecodeError;
use super::unknown::UnknownFields;

/// How deeply objects and arrays may nest (serde_json's own limit).
pub const MAX_DEPTH: u32 = 128;

/// Bounds what one lenient decode records: a hostile body cannot grow the list.
const MAX_RECOVERED: usize = 1_000;

/// A pull parser over JSON text, positioned before a value. Generated `Decode`
/// impls call [`Parser::object`] and [`Parser::field`]; scalars have their own reads.
#[derive(Debug)]
pub struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: u32,
    /// Present during a lenient decode (see [`decode_lenient`](super::decode_lenient)).
    lenient: Option<Box<Lenient>>,
}

/// A lenient decode in progress: the path to the value being read and the fields that
/// fell back to `_unknown_fields` so far.
#[derive(Debug, Default)]
pub(crate) struct Lenient {
    path: Vec<Seg>,
    pub(crate) recovered: Vec<DecodeError>,
}

#[derive(Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

/// The index of the first byte at or after `i` that ends a plain run inside a JSON
/// string: `"`, `\\` or a control character; `b.len()` when none does. Eight bytes at a
/// time (the word tests only say whether a chunk holds such a byte; the byte loop then
/// finds which).
#[inline]
fn plain_run_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        // A byte is zero in `v` (or below 0x20 in `x`) iff its high bit survives here.
        let special = (quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | (x.wrapping_sub(ONES * 0x20) & !x);
        if special & HIGH != 0 {
            break;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c == b'"' || c == b'\\' || c < 0x20 {
            return i;
        }
        i += 1;
    }
    i
}

impl<'a> Parser<'a> {
    /// A strict parser of `text`.
    pub fn new(text: &'a str) -> Self {
        Parser {
            text,
            pos: 0,
            depth: 0,
            lenient: None,
        }
    }

    /// A parser of `text` that keeps values which do not fit their field raw.
    pub(crate) fn lenient(text: &'a str) -> Self {
        Parser {
            lenient: Some(Box::default()),
            ..Parser::new(text)
        }
    }

    pub(crate) fn take_recovered(&mut self) -> Vec<DecodeError> {
        self.lenient
            .as_mut()
            .map(|l| std::mem::take(&mut l.recovered))
            .unwrap_or_default()
    }

    /// Reads one `T` and checks that only whitespace follows.
    pub fn read_all<T: Decode>(&mut self) -> Result<T, DecodeError> {
        let t = T::read(self)?;
        match self.peek() {
            None => Ok(t),
            Some(_) => Err(self.syntax("trailing characters after the value")),
        }
    }

    /// The offset of the next byte that is not whitespace.
    pub(crate) fn position(&mut self) -> usize {
        self.peek();
        self.pos
    }

    /// Whether the whole text has been read (after an error: whether it was truncated).
    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    #[inline]
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// The next byte that is not whitespace (not consumed).
    #[inline]
    pub fn peek(&mut self) -> Option<u8> {
        let b = self.bytes();
        while let Some(&c) = b.get(self.pos) {
            if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos += 1;
            } else {
                return Some(c);
            }
        }
        None
    }

    /// A syntax (or limit) error at the current position: fatal, never recovered.
    #[cold]
    pub(crate) fn syntax(&self, what: &str) -> DecodeError {
        let what = if self.pos >= self.text.len() {
            "truncated JSON"
        } else {
            what
        };
        DecodeError::fatal(format!("invalid JSON at byte {}: {what}", self.pos))
    }

    /// `a string`, `an object`, …: the kind of the next value, for messages.
    pub fn kind(&mut self) -> &'static str {
        match self.peek() {
            Some(b'"') => "a string",
            Some(b'{') => "an object",
            Some(b'[') => "an array",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            _ => "something else",
        }
    }

    /// An error "expected `what`, found …" for the next value.
    #[cold]
    pub fn expected(&mut self, what: &str) -> DecodeError {
        match self.kind() {
            "something else" => self.syntax("expected a value"),
            found => DecodeError::new(format!("expected {what}, found {found}")),
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: u8, what: &str) -> Result<(), DecodeError> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.syntax(what))
        }
    }

    fn enter(&mut self) -> Result<(), DecodeError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.syntax("nested more than 128 levels deep"));
        }
        self.depth += 1;
        Ok(())
    }

    /// Reads `true`, `false` or `null` (whichever is next).
    fn literal(&mut self) -> Result<Option<bool>, DecodeError> {
        let rest = &self.bytes()[self.pos..];
        for (lit, v) in [
            (&b"true"[..], Some(true)),
            (b"false", Some(false)),
            (b"null", None),
        ] {
            if rest.starts_with(lit) {
                self.pos += lit.len();
                return Ok(v);
            }
        }
        Err(self.syntax("expected a value"))
    }

    /// Reads `null` if it is next.
    pub fn null(&mut self) -> bool {
        if self.peek() == Some(b'n') && self.bytes()[self.pos..].starts_with(b"null") {
            self.pos += 4;
            true
        } else {
            false
        }
    }

    /// Reads a boolean literal if one is next.
    pub fn boolean(&mut self) -> Result<bool, DecodeError> {
        match self.literal()? {
            Some(b) => Ok(b),
            None => Err(DecodeError::new("expected a boolean, found null")),
        }
    }

    /// Reads a string (borrowed unless it holds escapes).
    pub fn string(&mut self) -> Result<Cow<'a, str>, DecodeError> {
        if self.peek() != Some(b'"') {
            return Err(self.expected("a string"));
        }
        self.pos += 1;
        let b = self.bytes();
        let start = self.pos;
        let i = plain_run_end(b, start);
        match b.get(i) {
            Some(b'"') => {
                self.pos = i + 1;
                return Ok(Cow::Borrowed(&self.text[start..i]));
            }
            Some(0..=0x1f) => {
                self.pos = i;
                return Err(self.syntax("control character in a string"));
            }
            _ => {}
        }
        self.pos = i;
        if i >= b.len() {
            return Err(self.syntax("unterminated string"));
        }
        let mut out = String::with_capacity(i - start + 16);
        out.push_str(&self.text[start..i]);
        self.escaped(&mut out)?;
        Ok(Cow::Owned(out))
    }

    /// The rest of a string with escapes, from a `\` or a plain run.
    fn escaped(&mut self, out: &mut String) -> Result<(), DecodeError> {
        let b = self.bytes();
        loop {
            let run = self.pos;
            self.pos = plain_run_end(b, run);
            out.push_str(&self.text[run..self.pos]);
            match b.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    let c = b.get(self.pos + 1).copied();
                    self.pos += 2;
                    match c {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => {
                            let c = self.unicode_escape()?;
                            out.push(c);
                        }
                        _ => {
                            self.pos -= 1;
                            return Err(self.syntax("invalid escape"));
                        }
                    }
                }
                Some(_) => return Err(self.syntax("control character in a string")),
                None => return Err(self.syntax("unterminated string")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, DecodeError> {
        let h = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|c| c.is_ascii_hexdigit()))
            .ok_or_else(|| self.syntax("invalid \\u escape"))?;
        let v = u32::from_str_radix(h, 16).map_err(|_| self.syntax("invalid \\u escape"))?;
        self.pos += 4;
        Ok(v)
    }

    /// After `\u`: one code point, joining a surrogate pair. A lone surrogate (which
    /// Python's json, and so tccli, accepts) becomes U+FFFD instead of failing.
    fn unicode_escape(&mut self) -> Result<char, DecodeError> {
        let hi = self.hex4()?;
        if (0xD800..0xDC00).contains(&hi)
            && self.bytes().get(self.pos..self.pos + 2) == Some(b"\\u")
        {
            let save = self.pos;
            self.pos += 2;
            let lo = self.hex4()?;
            if (0xDC00..0xE000).contains(&lo) {
                let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                return Ok(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            }
            self.pos = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{FFFD}'))
    }

    /// Reads a number and returns its text, checked against JSON's grammar.
    pub fn number(&mut self) -> Result<&'a str, DecodeError> {
        self.peek();
        let b = self.bytes();
        let start = self.pos;
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let digits = |i: &mut usize| {
            let s = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i - s
        };
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                digits(&mut i);
            }
            _ => {
                self.pos = i;
                return Err(self.syntax("expected a number"));
            }
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            if digits(&mut i) == 0 {
                self.pos = i;
                return Err(self.syntax("expected a digit after the decimal point"));
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if digits(&mut i) == 0 {
                self.pos = i;
                return Err(self.syntax("expected a digit in the exponent"));
            }
        }
        self.pos = i;
        Ok(&self.text[start..i])
    }

    /// Skips one value, checking its syntax, and returns its text. Iterative: nesting
    /// costs one bit per level, up to [`MAX_DEPTH`].
    pub fn skip(&mut self) -> Result<&'a str, DecodeError> {
        self.peek();
        let start = self.pos;
        // Bit i of `objects` is set when the container at depth i is an object.
        let mut objects: u128 = 0;
        let mut depth: u32 = 0;
        let base = self.depth;
        loop {
            // A value is expected here.
            match self.peek() {
                Some(c @ (b'{' | b'[')) => {
                    if base + depth >= MAX_DEPTH {
                        return Err(self.syntax("nested more than 128 levels deep"));
                    }
                    self.pos += 1;
                    let is_obj = c == b'{';
                    if is_obj {
                        objects |= 1 << depth;
                    } else {
                        objects &= !(1 << depth);
                    }
                    depth += 1;
                    let close = if is_obj { b'}' } else { b']' };
                    if self.eat(close) {
                        depth -= 1;
                    } else {
                        if is_obj {
                            self.key_colon()?;
                        }
                        continue;
                    }
                }
                Some(b'"') => self.skip_string()?,
                Some(b'-' | b'0'..=b'9') => {
                    self.number()?;
                }
                Some(_) => {
                    self.literal()?;
                }
                None => return Err(self.syntax("expected a value")),
            }
            // After a value: close containers or move to the next element.
            loop {
                if depth == 0 {
                    return Ok(&self.text[start..self.pos]);
                }
                let is_obj = objects & (1 << (depth - 1)) != 0;
                match self.peek() {
                    Some(b',') => {
                        self.pos += 1;
                        if is_obj {
                            self.key_colon()?;
                        }
                        break;
                    }
                    Some(b'}') if is_obj => {
                        self.pos += 1;
                        depth -= 1;
                    }
                    Some(b']') if !is_obj => {
                        self.pos += 1;
                        depth -= 1;
                    }
                    _ => return Err(self.syntax("expected `,` or the end of a container")),
                }
            }
        }
    }

    fn key_colon(&mut self) -> Result<(), DecodeError> {
        if self.peek() != Some(b'"') {
            return Err(self.syntax("expected a member name"));
        }
        self.skip_string()?;
        self.expect(b':', "expected `:`")
    }

    fn skip_string(&mut self) -> Result<(), DecodeError> {
        self.pos += 1;
        let b = self.bytes();
        loop {
            self.pos = plain_run_end(b, self.pos);
            let Some(&c) = b.get(self.pos) else { break };
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(());
                }
                b'\\' => {
                    match b.get(self.pos + 1) {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                            self.pos += 2
                        }
                        Some(b'u') => {
                            self.pos += 2;
                            self.hex4()?;
                        }
                        _ => return Err(self.syntax("invalid escape")),
                    };
                }
                0..=0x1f => return Err(self.syntax("control character in a string")),
                _ => self.pos += 1,
            }
        }
        Err(self.syntax("unterminated string"))
    }

    /// Skips one value and returns it as a `Value` (for unknown members and `Value`
    /// fields). A number serde_json cannot hold (`1e400`) is kept as its text.
    pub fn raw_value(&mut self) -> Result<Value, DecodeError> {
        let raw = self.skip()?;
        Ok(serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_owned())))
    }

    /// Reads an object member by member: `member(parser, name)` reads the value of a
    /// member it knows and returns `Ok(true)`, or returns `Ok(false)` for one it does
    /// not, which is kept in the returned [`UnknownFields`]. During a lenient decode a
    /// member whose value does not fit is kept there too, and logged by the caller.
    ///
    /// Drift accepted: a string holding a JSON object, and a one-element list.
    pub fn object(
        &mut self,
        member: &mut dyn FnMut(&mut Parser<'_>, &str) -> Result<bool, DecodeError>,
    ) -> Result<UnknownFields, DecodeError> {
        match self.peek() {
            Some(b'{') => {}
            Some(b'"') => return self.object_in_string(member),
            Some(b'[') => return self.object_in_list(member),
            _ => return Err(self.expected("an object")),
        }
        self.enter()?;
        self.pos += 1;
        let mut unknown = UnknownFields::default();
        if self.eat(b'}') {
            self.depth -= 1;
            return Ok(unknown);
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.syntax("expected a member name"));
            }
            let key = self.string()?;
            self.expect(b':', "expected `:`")?;
            self.peek();
            let (start, depth) = (self.pos, self.depth);
            if let Some(l) = self.lenient.as_mut() {
                l.path.push(Seg::Key(key.clone().into_owned()));
            }
            match member(self, &key) {
                Ok(true) => {}
                Ok(false) => {
                    let v = self.raw_value()?;
                    unknown.insert(key.into_owned(), v);
                }
                Err(e) if e.is_fatal() || self.lenient.is_none() => {
                    return Err(e.at_owned(key.into_owned()));
                }
                Err(e) => {
                    // Lenient: keep the raw value instead of the field. An error may
                    // come from inside nested containers: rewind their depth too.
                    self.pos = start;
                    self.depth = depth;
                    let v = self.raw_value()?;
                    self.recovered(e);
                    unknown.insert(key.into_owned(), v);
                }
            }
            if let Some(l) = self.lenient.as_mut() {
                l.path.pop();
            }
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(unknown);
                }
                _ => return Err(self.syntax("expected `,` or `}`")),
            }
        }
    }

    #[cold]
    fn object_in_string(
        &mut self,
        member: &mut dyn FnMut(&mut Parser<'_>, &str) -> Result<bool, DecodeError>,
    ) -> Result<UnknownFields, DecodeError> {
        let s = self.string()?;
        if !s.trim_start().starts_with('{') {
            return Err(DecodeError::new(
                "expected an object, found a string that is not a JSON object",
            ));
        }
        let mut inner = Parser {
            text: &s,
            pos: 0,
            depth: self.depth,
            lenient: self.lenient.take(),
        };
        let r = inner.object(member).and_then(|u| match inner.peek() {
            None => Ok(u),
            Some(_) => Err(inner.syntax("trailing characters after the value")),
        });
        self.lenient = inner.lenient.take();
        r.map_err(|e| {
            if e.is_fatal() {
                DecodeError::new(format!(
                    "expected an object, found a string that is not a JSON object ({e})"
                ))
            } else {
                e
            }
        })
    }

    #[cold]
    fn object_in_list(
        &mut self,
        member: &mut dyn FnMut(&mut Parser<'_>, &str) -> Result<bool, DecodeError>,
    ) -> Result<UnknownFields, DecodeError> {
        // Count the elements first: only a list of one stands for its element.
        let start = self.pos;
        self.enter()?;
        self.pos += 1;
        let mut n = 0;
        if !self.eat(b']') {
            loop {
                self.skip()?;
                n += 1;
                if !self.eat(b',') {
                    break;
                }
            }
            self.expect(b']', "expected `,` or `]`")?;
        }
        if n != 1 {
            self.depth -= 1;
            return Err(DecodeError::new(format!(
                "expected an object, found an array of {n} elements"
            )));
        }
        self.pos = start + 1;
        let u = self.object(member)?;
        self.expect(b']', "expected `]`")?;
        self.depth -= 1;
        Ok(u)
    }

    /// Reads the value of a member into `slot`: `null` is `None` (and `""`, where the
    /// type is not a string). Always `Ok(true)`: the member is known.
    #[inline]
    pub fn field<T: Decode>(&mut self, slot: &mut Option<T>) -> Result<bool, DecodeError> {
        match self.peek() {
            Some(b'n') if self.null() => *slot = None,
            Some(b'"')
                if T::EMPTY_STRING_IS_NONE && self.bytes().get(self.pos + 1) == Some(&b'"') =>
            {
                self.pos += 2;
                *slot = None;
            }
            _ => *slot = Some(T::read(self)?),
        }
        Ok(true)
    }

    /// Reads an array element by element: `element(parser, index)` reads each one.
    pub fn array(
        &mut self,
        element: &mut dyn FnMut(&mut Parser<'a>, usize) -> Result<(), DecodeError>,
    ) -> Result<(), DecodeError> {
        if self.peek() != Some(b'[') {
            return Err(self.expected("an array"));
        }
        self.enter()?;
        self.pos += 1;
        if self.eat(b']') {
            self.depth -= 1;
            return Ok(());
        }
        let mut i = 0;
        loop {
            element(self, i)?;
            i += 1;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(());
                }
                _ => return Err(self.syntax("expected `,` or `]`")),
            }
        }
    }

    /// Reads a list of `T` (elements that are `null` are skipped). Drift accepted: a
    /// single value where the spec says list.
    pub fn list<T: Decode>(&mut self) -> Result<Vec<T>, DecodeError> {
        if self.peek() != Some(b'[') {
            return Ok(vec![T::read(self)?]);
        }
        let mut out = Vec::new();
        self.array(&mut |p, i| {
            if p.null() {
                return Ok(());
            }
            if let Some(l) = p.lenient.as_mut() {
                l.path.push(Seg::Index(i));
            }
            let r = T::read(p);
            if let Some(l) = p.lenient.as_mut() {
                l.path.pop();
            }
            out.push(r.map_err(|e| e.at_index(i))?);
            Ok(())
        })?;
        Ok(out)
    }

    /// For scalars sent as `[x]`: reads `x` with `read`. Any other array is an error
    /// "expected `what`, found an array".
    pub fn single<T>(
        &mut self,
        what: &str,
        read: impl FnOnce(&mut Parser<'a>) -> Result<T, DecodeError>,
    ) -> Result<T, DecodeError> {
        let start = self.pos;
        self.enter()?;
        self.pos += 1;
        let one = if self.peek() == Some(b']') {
            None
        } else {
            let x = read(self)?;
            if self.eat(b']') { Some(x) } else { None }
        };
        self.depth -= 1;
        match one {
            Some(x) => Ok(x),
            None => {
                self.pos = start;
                self.skip()?;
                Err(DecodeError::new(format!("expected {what}, found an array")))
            }
        }
    }

    /// While leniently decoding: records that the value at the current path (whose own
    /// error is `e`, relative to it) was kept raw.
    #[cold]
    fn recovered(&mut self, e: DecodeError) {
        let Some(l) = self.lenient.as_mut() else {
            return;
        };
        if l.recovered.len() >= MAX_RECOVERED {
            return;
        }
        let mut full = e;
        for seg in l.path.iter().rev() {
            full = match seg {
                Seg::Key(k) => full.at_owned(k.clone()),
                Seg::Index(i) => full.at_index(*i),
            };
        }
        l.recovered.push(full);
    }
}

#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;
