//! Unit tests of the codec: round trips, leniency, errors with paths.

use super::*;
use serde_json::json;

#[derive(Debug, Default, PartialEq)]
struct Inner {
    zone: Option<String>,
    ids: Option<Vec<u64>>,
}
impl Decode for Inner {
    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        let mut s = Inner::default();
        p.object(&mut |p, k| match k {
            "Zone" => p.field(&mut s.zone),
            "Ids" => p.field(&mut s.ids),
            _ => Ok(false),
        })?;
        Ok(s)
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
    fn read(p: &mut Parser<'_>) -> Result<Self, DecodeError> {
        let mut s = Outer::default();
        p.object(&mut |p, k| match k {
            "Name" => p.field(&mut s.name),
            "Count" => p.field(&mut s.count),
            "Ratio" => p.field(&mut s.ratio),
            "On" => p.field(&mut s.on),
            "Inner" => p.field(&mut s.inner),
            "List" => p.field(&mut s.list),
            "Children" => p.field(&mut s.children),
            _ => Ok(false),
        })?;
        Ok(s)
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
    let e =
        dec::<Outer>(json!({"Inner": [{"Zone": "a"}, {"Zone": "b"}]})).expect_err("two objects");
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
    // Not JSON: the reason says where.
    match from_slice::<Outer>(br#"{"Count": 1,}"#) {
        Err(Error::Decode { reason, .. }) => {
            assert_eq!(
                reason,
                "response is not JSON: invalid JSON at byte 12: expected a member name"
            )
        }
        other => panic!("{other:?}"),
    }
    // JSON of the wrong shape: the reason names it.
    match from_slice::<Outer>(br#"[{"Count": 1}, 2]"#) {
        Err(Error::Decode { reason, .. }) => assert_eq!(
            reason,
            "response does not fit the expected type: expected an object, found an array of 2 elements"
        ),
        other => panic!("{other:?}"),
    }
    // A value that does not fit its field is not an error here (from_slice is lenient).
    let o = from_slice::<Outer>(br#"{"Count": "x", "Name": "n"}"#).expect("lenient");
    assert_eq!((o.count, o.name.as_deref()), (None, Some("n")));
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

#[allow(dead_code)] // the setters `model!` writes
mod forward_compatible {
    use super::super::{UnknownFields, decode_lenient, from_slice, model, to_vec};
    use super::*;

    model! {
        pub struct Item: encode {
            id: String = "Id",
            status: u64 = "Status",
            tags: Vec<u64> = "Tags",
        }
        pub struct Page: decode {
            items: Vec<Item> = "Items",
            total: u64 = "TotalCount",
        }
    }

    #[test]
    fn unknown_members_are_kept_and_encoded_back() {
        let input = json!({"Id": "a", "NewField": {"x": 1}, "Status": 3, "Later": [1, 2]});
        let item = Item::decode(&input).expect("strict decode keeps unknown members");
        assert_eq!(item.status, Some(3));
        assert_eq!(item._unknown_fields.len(), 2);
        assert_eq!(item._unknown_fields.get("NewField"), Some(&json!({"x": 1})));
        // Known fields first, then the unknown ones (in name order).
        assert_eq!(
            String::from_utf8(to_vec(&item)).expect("utf8"),
            r#"{"Id":"a","Status":3,"Later":[1,2],"NewField":{"x":1}}"#
        );
        let back: Value = serde_json::from_slice(&to_vec(&item)).expect("json");
        assert_eq!(back, input);
        let mut w = Writer::known_only();
        item.encode(&mut w);
        assert_eq!(w.into_bytes(), br#"{"Id":"a","Status":3}"#);
        // None of them: nothing allocated, and Debug shows an empty map.
        let plain = Item::decode(&json!({"Id": "b"})).expect("plain");
        assert!(plain._unknown_fields.is_empty());
        assert!(format!("{plain:?}").contains("_unknown_fields: {}"));
        // Null members count as known.
        let nulls = Item::decode(&json!({"Id": null, "Status": null})).expect("nulls");
        assert!(nulls._unknown_fields.is_empty());
    }

    #[test]
    fn a_value_that_contradicts_its_type_fails_strict_decoding_only() {
        let body = json!({"TotalCount": 2, "Items": [
            {"Id": "ok", "Status": 1},
            {"Id": "neg", "Status": -1, "Tags": [1, -2]}
        ]});
        // Strict (what `Decode::decode` and the examples corpus use): an error with its path.
        let e = Page::decode(&body).expect_err("strict");
        assert_eq!(e.path(), "Items[1].Status");
        // Lenient (what calls use): the rest of the response is intact.
        let (page, recovered) = decode_lenient::<Page>(&body.to_string()).expect("lenient");
        assert_eq!(page.total, Some(2));
        let items = page.items.expect("items");
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].status, Some(1));
        assert_eq!(items[1].id.as_deref(), Some("neg"));
        assert_eq!(items[1].status, None);
        assert_eq!(items[1]._unknown_fields.get("Status"), Some(&json!(-1)));
        assert_eq!(items[1]._unknown_fields.get("Tags"), Some(&json!([1, -2])));
        let paths: Vec<String> = recovered.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            paths,
            [
                "Items[1].Status: -1 is not a uint64",
                "Items[1].Tags[1]: -2 is not a uint64"
            ]
        );
        // Encoding puts the raw values back where they were.
        let back: Value = serde_json::from_slice(&to_vec(&items[1])).expect("json");
        assert_eq!(back, json!({"Id": "neg", "Status": -1, "Tags": [1, -2]}));
        // A strict success reports nothing; a body that is not an object still fails.
        let (_, none) = decode_lenient::<Page>(r#"{"TotalCount": 1}"#).expect("ok");
        assert!(none.is_empty());
        assert!(decode_lenient::<Page>(r#""text""#).is_err());
        // Lenient decoding does not leak into the next strict one on this thread.
        assert!(Page::decode(&body).is_err());
    }

    #[test]
    fn from_slice_is_lenient() {
        let page: Page = from_slice(br#"{"TotalCount": "x", "Items": []}"#).expect("lenient");
        assert_eq!(page.total, None);
        assert_eq!(page._unknown_fields.get("TotalCount"), Some(&json!("x")));
        let mut u = UnknownFields::default();
        u.insert("A", json!(1));
        assert_eq!(u.remove("A"), Some(json!(1)));
        assert!(u.is_empty());
    }
}
