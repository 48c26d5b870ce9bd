//! Query-string encoding and parameter flattening shared by GET and v1 requests.

use crate::error::Error;

/// Encodes `pairs` as `application/x-www-form-urlencoded`, byte for byte like Python's
/// `urllib.parse.urlencode` (what the official SDK and tccli send): the unreserved
/// characters `A–Z a–z 0–9 _ . - ~` stay as they are, a space becomes `+`, every other
/// byte of the UTF-8 encoding becomes `%XX` (upper-case hex). Pairs keep their order.
pub fn form_urlencode<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::with_capacity(pairs.len() * 24);
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode_component(&mut out, k.as_ref());
        out.push('=');
        encode_component(&mut out, v.as_ref());
    }
    out
}

fn encode_component(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'.' | b'-' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 0x0f) as usize] as char);
            }
        }
    }
}

/// Flattens a JSON object into the dotted parameters of the form/query protocol, the
/// way the official SDKs do: `{"Filters": [{"Name": "zone"}]}` becomes
/// `Filters.0.Name=zone`.
///
/// Strings are taken as they are, numbers as their JSON text, booleans as `true` /
/// `false`; `null` members and empty arrays or objects produce no parameter. Order
/// follows the object (serde_json keeps keys sorted unless `preserve_order` is enabled;
/// signing sorts anyway). The top level must be an object.
pub fn flatten_json_params(value: &serde_json::Value) -> Result<Vec<(String, String)>, Error> {
    let serde_json::Value::Object(map) = value else {
        return Err(Error::InvalidInput(
            "request parameters must be a JSON object".into(),
        ));
    };
    let mut out = Vec::new();
    for (k, v) in map {
        flatten_into(k.clone(), v, &mut out);
    }
    Ok(out)
}

fn flatten_into(prefix: String, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push((prefix, b.to_string())),
        Value::Number(n) => out.push((prefix, n.to_string())),
        Value::String(s) => out.push((prefix, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten_into(format!("{prefix}.{i}"), item, out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                flatten_into(format!("{prefix}.{k}"), v, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urlencode_like_python() {
        // Expected strings produced by CPython 3.11 urllib.parse.urlencode.
        assert_eq!(
            form_urlencode(&[("a b", "c&d=e"), ("Name", "未命名"), ("t", "~_.-*'()!")]),
            "a+b=c%26d%3De&Name=%E6%9C%AA%E5%91%BD%E5%90%8D&t=~_.-%2A%27%28%29%21"
        );
        assert_eq!(form_urlencode::<&str, &str>(&[]), "");
        assert_eq!(form_urlencode(&[("k", "")]), "k=");
        assert_eq!(form_urlencode(&[("p", "a+b/c")]), "p=a%2Bb%2Fc");
    }

    #[test]
    fn flatten_nested() {
        let v: serde_json::Value = serde_json::from_str(
            r#"{"Limit": 1, "Filters": [{"Name": "instance-name", "Values": ["a", "b"]}],
                "DryRun": false, "Skip": null, "Empty": [], "Obj": {"X": {"Y": 2.5}}}"#,
        )
        .unwrap();
        let mut got = flatten_json_params(&v).unwrap();
        got.sort();
        let want: Vec<(String, String)> = [
            ("DryRun", "false"),
            ("Filters.0.Name", "instance-name"),
            ("Filters.0.Values.0", "a"),
            ("Filters.0.Values.1", "b"),
            ("Limit", "1"),
            ("Obj.X.Y", "2.5"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(got, want);
        assert!(flatten_json_params(&serde_json::json!([1, 2])).is_err());
    }
}
