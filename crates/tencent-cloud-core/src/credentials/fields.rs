//! Reading typed members out of JSON documents that hold secrets.
//!
//! serde's own messages quote the offending value (`invalid type: string "…"`), which
//! may be a secret; these helpers name the source and the key and the JSON type found,
//! never the value.

use serde_json::{Map, Value};

use crate::error::Error;

/// A JSON object, the document it comes from (a file path, "STS AssumeRole response")
/// and the key path leading to it.
pub(crate) struct Fields<'a> {
    map: &'a Map<String, Value>,
    source: &'a str,
    prefix: String,
}

pub(crate) use crate::rt::type_name;

/// Parses a document that must be a JSON object. Syntax errors keep serde's position
/// ("line 3 column 7"), which quotes no content.
pub(crate) fn parse_object(bytes: &[u8], source: &str) -> Result<Map<String, Value>, Error> {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(other) => Err(Error::Credentials(format!(
            "{source}: expected a JSON object, found {}",
            type_name(&other)
        ))),
        Err(e) => Err(Error::Credentials(format!(
            "{source}: not valid JSON ({} at line {} column {})",
            match e.classify() {
                serde_json::error::Category::Eof => "unexpected end of input",
                _ => "syntax error",
            },
            e.line(),
            e.column()
        ))),
    }
}

impl<'a> Fields<'a> {
    pub(crate) fn new(map: &'a Map<String, Value>, source: &'a str) -> Self {
        Fields {
            map,
            source,
            prefix: String::new(),
        }
    }

    fn path(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    pub(crate) fn error(&self, key: &str, what: &str) -> Error {
        Error::Credentials(format!(
            "{}: key \"{}\" {what}",
            self.source,
            self.path(key)
        ))
    }

    fn wrong_type(&self, key: &str, expected: &str, found: &Value) -> Error {
        self.error(
            key,
            &format!("must be {expected}, found {}", type_name(found)),
        )
    }

    /// The raw value, if present and not null.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// A string member that may be absent (or null); present but empty counts as absent.
    pub(crate) fn opt_str(&self, key: &str) -> Result<Option<&'a str>, Error> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.wrong_type(key, "a string", other)),
        }
    }

    /// A required, non-empty string member.
    pub(crate) fn str(&self, key: &str) -> Result<&'a str, Error> {
        match self.map.get(key) {
            None | Some(Value::Null) => Err(self.error(key, "is missing")),
            Some(Value::String(s)) if s.is_empty() => Err(self.error(key, "is empty")),
            Some(Value::String(s)) => Ok(s),
            Some(other) => Err(self.wrong_type(key, "a string", other)),
        }
    }

    /// A required member that is a string or a number (uins and ids appear as both),
    /// as text.
    pub(crate) fn str_or_num(&self, key: &str) -> Result<String, Error> {
        match self.map.get(key) {
            None | Some(Value::Null) => Err(self.error(key, "is missing")),
            Some(Value::String(s)) if s.is_empty() => Err(self.error(key, "is empty")),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            Some(other) => Err(self.wrong_type(key, "a string or a number", other)),
        }
    }

    /// A required integer member (Unix seconds and the like); a float is truncated.
    pub(crate) fn int(&self, key: &str) -> Result<i64, Error> {
        match self.map.get(key) {
            None | Some(Value::Null) => Err(self.error(key, "is missing")),
            Some(Value::Number(n)) => n
                .as_i64()
                .or_else(|| n.as_f64().filter(|f| f.is_finite()).map(|f| f as i64))
                .ok_or_else(|| self.error(key, "is out of range")),
            Some(other) => Err(self.wrong_type(key, "a number", other)),
        }
    }

    /// A required object member.
    pub(crate) fn object(&self, key: &str) -> Result<Fields<'a>, Error> {
        match self.map.get(key) {
            None | Some(Value::Null) => Err(self.error(key, "is missing")),
            Some(Value::Object(m)) => Ok(Fields {
                map: m,
                source: self.source,
                prefix: format!("{}{key}.", self.prefix),
            }),
            Some(other) => Err(self.wrong_type(key, "an object", other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_source_and_key_but_not_values() {
        let map = parse_object(
            br#"{"secretId": "AKID", "secretKey": 12345678, "sso": {"uin": true}, "t": 1.5}"#,
            "/h/.tccli/x.credential",
        )
        .unwrap();
        let f = Fields::new(&map, "/h/.tccli/x.credential");
        assert_eq!(f.str("secretId").unwrap(), "AKID");
        let e = f.str("secretKey").unwrap_err().to_string();
        assert!(e.contains("/h/.tccli/x.credential") && e.contains("\"secretKey\""));
        assert!(e.contains("must be a string, found a number") && !e.contains("12345678"));
        assert!(
            f.str("token")
                .unwrap_err()
                .to_string()
                .contains("is missing")
        );
        let sso = f.object("sso").unwrap();
        let e = sso.str_or_num("uin").unwrap_err().to_string();
        assert!(e.contains("\"sso.uin\""), "{e}");
        assert_eq!(f.int("t").unwrap(), 1);
        assert!(f.object("secretId").is_err());
    }

    #[test]
    fn bad_json_names_the_position_only() {
        let e = parse_object(b"{\"secretKey\": \"abc", "f.json")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("f.json") && e.contains("line 1") && !e.contains("abc"),
            "{e}"
        );
        let e = parse_object(b"[1]", "f.json").unwrap_err().to_string();
        assert!(e.contains("expected a JSON object, found an array"), "{e}");
    }
}
