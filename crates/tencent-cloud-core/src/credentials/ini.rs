//! A small INI reader, enough for `~/.tencentcloud/credentials`.
//!
//! `[section]` headers, `key = value` (or `key: value`) lines, `#` and `;` comment lines,
//! blank lines; byte-order marks at the start of a line are ignored. Keys are
//! case-sensitive; values are trimmed and one pair of surrounding quotes is removed (the
//! official SDKs' docs write `secret_id = "AKID…"`). Errors give the line number and
//! never the line, which may hold a secret.

use std::collections::BTreeMap;

/// Sections by name, each a map of key to value. Keys before any section header go into
/// the section named "".
pub(crate) type Ini = BTreeMap<String, BTreeMap<String, String>>;

/// Parses INI text; the error is `line N: why`.
pub(crate) fn parse(text: &str) -> Result<Ini, String> {
    let mut out = Ini::new();
    let mut current = String::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        // A byte-order mark at the start of a line (of the file, or of one appended to
        // it) counts as whitespace, wherever it sits among the leading spaces.
        let line = raw
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .trim_end();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let Some(name) = rest.strip_suffix(']') else {
                return Err(format!("line {n}: a section header must end with ']'"));
            };
            let name = name.trim();
            if name.is_empty() {
                return Err(format!("line {n}: empty section name"));
            }
            current = name.to_owned();
            out.entry(current.clone()).or_default();
            continue;
        }
        let Some(sep) = line.find(['=', ':']) else {
            return Err(format!("line {n}: expected `key = value` or `[section]`"));
        };
        let key = line[..sep].trim();
        if key.is_empty() {
            return Err(format!("line {n}: empty key"));
        }
        let value = unquote(line[sep + 1..].trim());
        out.entry(current.clone())
            .or_default()
            .insert(key.to_owned(), value.to_owned());
    }
    Ok(out)
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2
            && let Some(inner) = v.strip_prefix(q).and_then(|s| s.strip_suffix(q))
        {
            return inner;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_comments_and_quotes() {
        let ini = parse(
            "\u{feff}# comment\n; another\n[default]\nsecret_id = AKID1\nsecret_key=\"k=1\"\n\n[ dev ]\nsecret_id: 'AKID2'\nempty =\n",
        )
        .unwrap();
        assert_eq!(ini["default"]["secret_id"], "AKID1");
        assert_eq!(ini["default"]["secret_key"], "k=1");
        assert_eq!(ini["dev"]["secret_id"], "AKID2");
        assert_eq!(ini["dev"]["empty"], "");
    }

    /// A mark after leading spaces was part of the key, which then could not be written
    /// back (fuzz/regressions/credentials_ini/panic-8d93f56bce952e13).
    #[test]
    fn byte_order_marks_at_line_starts_are_whitespace() {
        let ini =
            parse("[a]\n \u{feff}k = v\n\u{feff} \u{feff}[b]\n\u{feff}x=\u{feff}y\n").unwrap();
        assert_eq!(ini["a"]["k"], "v");
        assert_eq!(ini["b"]["x"], "\u{feff}y", "inside a value it stays");
        assert_eq!(parse("Y=\n \u{feff}=\n").unwrap_err(), "line 2: empty key");
    }

    #[test]
    fn errors_give_line_numbers_not_content() {
        let e = parse("[default]\nsecret_key sekrit\n").unwrap_err();
        assert_eq!(e, "line 2: expected `key = value` or `[section]`");
        assert_eq!(
            parse("[default\n").unwrap_err(),
            "line 1: a section header must end with ']'"
        );
        assert_eq!(parse("[]\n").unwrap_err(), "line 1: empty section name");
        assert_eq!(parse("= x\n").unwrap_err(), "line 1: empty key");
    }
}
