//! Unit tests of the pull parser: serde_json as the oracle, bounds, drift.

use super::*;
use crate::rt::{UnknownFields, decode_lenient, model};

model! {
    pub struct Node: decode {
        name: String = "Name",
        child: Box<Node> = "Child",
        children: Vec<Node> = "Children",
        size: u64 = "Size",
    }
}

fn skip_all(s: &str) -> Result<&str, DecodeError> {
    let mut p = Parser::new(s);
    let raw = p.skip()?;
    match p.peek() {
        None => Ok(raw),
        Some(_) => Err(p.syntax("trailing characters after the value")),
    }
}

/// The oracle: serde_json accepts exactly what `skip` accepts, on seeds and on
/// thousands of byte-level mutations of them.
#[test]
fn skip_accepts_what_serde_json_accepts() {
    let seeds = [
        r#"{"a": [1, -2.5e3, true, false, null, "x\"y\\u00e9\ud83d\ude00"], "b": {}}"#,
        r#"[[], [[]], {"k": {"k": [0.0, 1E+2, -0]}}]"#,
        r#""plain""#,
        "  123  ",
        r#"{"Response": {"TotalCount": 2, "Items": [{"Id": "i-1", "Tags": []}]}}"#,
    ];
    let alphabet = b"{}[]\",:\\0123456789-+.eEtrufalsn \tu";
    let mut rng: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut checked = 0;
    for seed in seeds {
        for _ in 0..4_000 {
            let mut b = seed.as_bytes().to_vec();
            for _ in 0..1 + next() % 3 {
                let i = (next() as usize) % (b.len() + 1);
                let c = alphabet[(next() as usize) % alphabet.len()];
                match next() % 3 {
                    0 if i < b.len() => b[i] = c,
                    1 if i < b.len() => {
                        b.remove(i);
                    }
                    _ => b.insert(i, c),
                }
            }
            let Ok(s) = std::str::from_utf8(&b) else {
                continue;
            };
            let theirs = serde_json::from_str::<serde::de::IgnoredAny>(s).is_ok();
            let ours = skip_all(s);
            assert_eq!(ours.is_ok(), theirs, "{s:?}: ours {ours:?}");
            checked += 1;
        }
    }
    assert!(checked > 15_000, "{checked}");
}

#[test]
fn strings_unescape_as_serde_json_does() {
    for s in [
        r#""a\"b\\c\/d\b\f\n\r\t""#,
        r#""\u00e9\u4e2d\ud83d\ude00""#,
        r#""plain é 中""#,
    ] {
        let ours = Parser::new(s).string().expect(s).into_owned();
        let theirs: String = serde_json::from_str(s).expect(s);
        assert_eq!(ours, theirs);
    }
    // A lone surrogate, which Python's json accepts: U+FFFD.
    let lone = Parser::new(r#""a\ud83db""#)
        .string()
        .expect("lone surrogate");
    assert_eq!(lone, "a\u{FFFD}b");
    assert!(
        Parser::new("\"a\nb\"").string().is_err(),
        "raw control character"
    );
}

#[test]
fn nesting_is_bounded_without_recursion() {
    // 100,000 levels in an unknown member: an error, not a stack overflow.
    let deep = format!(
        r#"{{"Name": "n", "X": {}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let e = Parser::new(&deep).read_all::<Node>().expect_err("too deep");
    assert!(e.is_fatal() && e.to_string().contains("128 levels"), "{e}");
    // The same through a recursive type.
    let mut s = String::new();
    for _ in 0..200 {
        s.push_str(r#"{"Child": "#);
    }
    s.push_str("{}");
    s.push_str(&"}".repeat(200));
    let e = Parser::new(&s).read_all::<Node>().expect_err("too deep");
    assert!(e.is_fatal(), "{e}");
    // Within the limit it decodes.
    let ok = format!(r#"{{"X": {}{}}}"#, "[".repeat(100), "]".repeat(100));
    let n: Node = Parser::new(&ok).read_all().expect("100 levels");
    assert!(n._unknown_fields.get("X").is_some());
}

#[test]
fn unknown_members_duplicates_and_lenient_paths() {
    let text = r#"{"Name": "a", "Name": "b", "New": {"x": [1]}, "Child": {"Size": -1, "Child": {"Size": "7"}}}"#;
    // Strict: the -1 fails, with its path.
    let e = Parser::new(text).read_all::<Node>().expect_err("strict");
    assert_eq!(e.to_string(), "Child.Size: -1 is not a uint64");
    // Lenient: kept raw where it was, the rest read; the last duplicate wins.
    let (n, recovered) = decode_lenient::<Node>(text).expect("lenient");
    assert_eq!(n.name.as_deref(), Some("b"));
    assert_eq!(
        n._unknown_fields.get("New"),
        Some(&serde_json::json!({"x": [1]}))
    );
    let child = n.child.expect("child");
    assert_eq!(child.size, None);
    assert_eq!(
        child._unknown_fields.get("Size"),
        Some(&serde_json::json!(-1))
    );
    assert_eq!(child.child.and_then(|c| c.size), Some(7));
    assert_eq!(recovered.len(), 1);
    assert_eq!(recovered[0].path(), "Child.Size");
    // Not JSON is never recovered.
    assert!(
        decode_lenient::<Node>(r#"{"Name": "a""#)
            .expect_err("truncated")
            .is_fatal()
    );
    let _ = UnknownFields::default();
}

/// Values kept raw from inside nested containers do not use up the depth limit.
#[test]
fn many_recovered_values_do_not_leak_depth() {
    // Each child's list fails at its element, inside the list's container.
    let one = r#"{"Child": [{"Children": [5]}], "Name": "n"}"#;
    let text = format!(r#"{{"Children": [{}]}}"#, vec![one; 300].join(","));
    let (n, recovered) = decode_lenient::<Node>(&text).expect("lenient");
    let children = n.children.expect("children");
    assert_eq!(children.len(), 300);
    assert!(children.iter().all(|c| {
        c.name.as_deref() == Some("n")
            && c.child
                .as_ref()
                .is_some_and(|k| k._unknown_fields.get("Children").is_some())
    }));
    assert_eq!(recovered.len(), 300);
    assert_eq!(recovered[299].path(), "Children[299].Child.Children[0]");
}

#[test]
fn numbers_follow_json_grammar() {
    for bad in ["01", "1.", "-", ".5", "1e", "+1", "0x10"] {
        assert!(skip_all(bad).is_err(), "{bad}");
    }
    for good in ["0", "-0", "1.5e-3", "1E+9", "18446744073709551616", "1e400"] {
        assert_eq!(skip_all(good).expect(good), good);
    }
}

/// The word-at-a-time scan finds the same byte as a plain loop, wherever the special
/// byte falls in an 8-byte chunk, among multi-byte UTF-8 and bytes near the limits.
#[test]
fn plain_run_end_matches_a_byte_loop() {
    let naive = |b: &[u8], i: usize| {
        (i..b.len())
            .find(|&j| b[j] == b'"' || b[j] == b'\\' || b[j] < 0x20)
            .unwrap_or(b.len())
    };
    let alphabet: &[u8] = &[
        b'a', b'"', b'\\', 0x00, 0x1f, 0x20, 0x21, 0x5b, 0x5d, 0x7f, 0x80, 0xa0, 0xe5, 0xff, b'!',
        b'#',
    ];
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..20_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = (state % 40) as usize;
        let mut bytes = Vec::with_capacity(len);
        let mut s = state;
        for _ in 0..len {
            s = s.rotate_left(5).wrapping_mul(0x2545_f491_4f6c_dd1d);
            // Mostly plain bytes, sometimes a special one.
            let pick = (s >> 60) as usize;
            bytes.push(if pick < 12 {
                b'x'
            } else {
                alphabet[(s >> 8) as usize % alphabet.len()]
            });
        }
        for start in 0..=len {
            assert_eq!(
                plain_run_end(&bytes, start),
                naive(&bytes, start),
                "{bytes:?} from {start}"
            );
        }
    }
}
