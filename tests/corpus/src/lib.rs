//! The examples corpus: every example of every generated action, in both channels the
//! crates are generated from (the China site's release, `crates/services/RELEASE`, and
//! the international site's, `crates/services/RELEASE-INTL`), run through the generated
//! types.
//!
//! The services are cut into groups, one test target each (`tests/group_NN.rs`, generated
//! by `cargo xtask regen` with the group table in `src/dispatch.rs`), so that no single
//! compiler process names every generated type. This file and `tests/examples.rs` are
//! hand-written.
//!
//! Per example:
//! - the request params decode into the request type and encode back to equivalent JSON
//!   (params the type does not define are found: `input-roundtrip`);
//! - the response decodes into the response type, and every member it carries is one the
//!   type defines (`output-unknown-member`: a typed caller would read `None`);
//! - both go through the `serde` feature's impls and read back equal.
//!
//! A group's failures must equal the lines of `known-failures.txt` for its services, and
//! the number of examples it checked must equal the spec's count for its actions.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use tencent_cloud_core::codec::{self, Decode, Encode, Value};
use tencent_cloud_spec::{Example, ExampleOutput, Release};

mod dispatch;

pub use dispatch::GROUPS;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The release the service crates were generated from: the one line of
/// `crates/services/RELEASE`, written by `cargo xtask regen`.
pub fn release() -> String {
    let p = root().join("crates/services/RELEASE");
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{}: {e} (run cargo xtask regen)", p.display()))
        .trim()
        .to_string()
}

/// The international site's release merged into the crates: the one line of
/// `crates/services/RELEASE-INTL`, written by `cargo xtask regen`.
pub fn intl_release() -> String {
    let p = root().join("crates/services/RELEASE-INTL");
    std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{}: {e} (run cargo xtask regen)", p.display()))
        .trim()
        .to_string()
}

/// One group of services: one test target.
pub struct Group {
    pub services: &'static [&'static str],
    /// The examples of the group's generated actions in the China site's spec, as the
    /// generator counted them; the test must check exactly this many.
    pub examples: usize,
    /// Likewise in the international site's spec.
    pub intl_examples: usize,
    /// Offline actions (not generated) as (service, version, action): their examples are
    /// the only ones without an entry.
    pub offline: &'static [(&'static str, &'static str, &'static str)],
}

/// One action and what to do with its examples.
pub struct Entry {
    pub service: &'static str,
    pub version: &'static str,
    pub action: &'static str,
    /// Decodes example params into the request type and encodes them back.
    pub input: fn(&Value) -> Result<Encoded, String>,
    /// Decodes an example response object into the response type and encodes it back.
    pub output: fn(&Value) -> Result<Encoded, String>,
}

/// A decoded value written back as JSON.
pub struct Encoded {
    /// Only the members the type defines.
    pub known: Value,
    /// With the members it kept as unknown (`_unknown_fields`).
    pub all: Value,
}

/// JSON → `T` → JSON again (and through serde, see [`serde_roundtrip`]).
pub fn roundtrip<T: Model>(v: &Value) -> Result<Encoded, String> {
    let t = T::decode(v).map_err(|e| e.to_string())?;
    serde_roundtrip(&t)?;
    let mut w = codec::Writer::known_only();
    t.encode(&mut w);
    let parse = |b: &[u8]| {
        serde_json::from_slice(b).map_err(|e| format!("re-encoded JSON does not parse: {e}"))
    };
    Ok(Encoded {
        known: parse(&w.into_bytes())?,
        all: parse(&codec::to_vec(&t))?,
    })
}

/// What the corpus needs of every generated type (with the crates' `serde` feature on,
/// which adds `Encode` to received-only types).
pub trait Model: Decode + Encode + PartialEq + std::fmt::Debug {}
impl<T: Decode + Encode + PartialEq + std::fmt::Debug> Model for T {}

/// The `serde` feature, on `t`: serde_json writes exactly the codec's JSON (wire names,
/// order, unknown members), and reading that back gives an equal value.
///
/// Each type's `Serialize`/`Deserialize` impl is one line calling
/// `codec::serde_support::{serialize, deserialize}`, which are `Json(&to_vec(t))` and
/// a decode of a `Value`'s text; this runs those on every example without monomorphising
/// serde_json for each of the ~30,000 types (which ran this crate's build out of 24 GiB).
/// `tests/serde.rs` goes through the trait impls themselves.
pub fn serde_roundtrip<T: Model>(t: &T) -> Result<(), String> {
    use tencent_cloud_core::codec::serde_support::Json;
    let bytes = codec::to_vec(t);
    let json =
        serde_json::to_vec(&Json(&bytes)).map_err(|e| format!("serde: does not serialise: {e}"))?;
    if json != bytes {
        return Err(format!(
            "serde: serde_json wrote {} but the codec writes {}",
            String::from_utf8_lossy(&json),
            String::from_utf8_lossy(&bytes)
        ));
    }
    let value: Value =
        serde_json::from_slice(&json).map_err(|e| format!("serde: not JSON: {e}"))?;
    // `serde_support::deserialize` is `from_value`: the forward-compatible decode of the
    // value's text. A value that came out of the strict decode must read back strictly.
    let back = T::decode(&value).map_err(|e| format!("serde: does not deserialise: {e}"))?;
    if &back != t {
        return Err(format!("serde: read back as {back:?}, not {t:?}"));
    }
    Ok(())
}

/// A group's dispatch table, in its generated test target.
#[macro_export]
macro_rules! entries {
    ($( $svc:literal $ver:literal $action:literal $req:path => $resp:path; )*) => {
        static ENTRIES: &[$crate::Entry] = &[
            $( $crate::Entry {
                service: $svc,
                version: $ver,
                action: $action,
                input: $crate::roundtrip::<$req>,
                output: $crate::roundtrip::<$resp>,
            }, )*
        ];
    };
}

/// The group table, in the generated `dispatch.rs`.
macro_rules! groups {
    ($( { services: [$($s:literal),*], examples: $n:literal, intl_examples: $i:literal,
          offline: [$(($os:literal, $ov:literal, $oa:literal)),*] } )*) => {
        pub static GROUPS: &[$crate::Group] = &[
            $( $crate::Group {
                services: &[$($s),*],
                examples: $n,
                intl_examples: $i,
                offline: &[$(($os, $ov, $oa)),*],
            }, )*
        ];
    };
}
use groups;

/// What [`check_example`] found: how each part went, and the failures as
/// (cause, message).
#[derive(Debug, Default)]
pub struct Checked {
    pub input_ok: bool,
    /// The output was JSON (or an event stream) and was checked.
    pub output_checked: bool,
    pub output_ok: bool,
    /// Why a part was not checked (upstream text that is not JSON).
    pub skipped: Vec<&'static str>,
    pub failures: Vec<(&'static str, String)>,
}

/// Checks one example (`at` names it in messages) against its entry.
pub fn check_example(entry: &Entry, ex: &Example, at: &str) -> Checked {
    let mut c = Checked::default();
    match &ex.input {
        Err(_) => c.skipped.push("input not parseable upstream"),
        Ok(input) => {
            let want = Value::Object(input.params.clone());
            match (entry.input)(&want) {
                Err(e) => c.failures.push(("input-decode", format!("{at}: {e}"))),
                Ok(got) => match difference("", &want, Some(&got.known)) {
                    Some(d) => {
                        let d = explain_dropped(d, &got.all, "request");
                        c.failures.push(("input-roundtrip", format!("{at}: {d}")));
                    }
                    None => c.input_ok = true,
                },
            }
        }
    }
    let outputs: Vec<Value> = match &ex.output {
        // An error answer: a client returns it as `Error::Api`, never as the response type.
        Ok(ExampleOutput::Json(v)) if v["Response"]["Error"].is_object() => {
            c.skipped.push("an error response (Response.Error)");
            return c;
        }
        Ok(ExampleOutput::Json(v)) => {
            vec![v.get("Response").cloned().unwrap_or_else(|| v.clone())]
        }
        Ok(ExampleOutput::EventStream(events)) => {
            events.iter().filter(|e| e.is_object()).cloned().collect()
        }
        Err(_) => {
            c.skipped.push("output not JSON upstream");
            return c;
        }
    };
    c.output_checked = true;
    let mut ok = true;
    for out in &outputs {
        match (entry.output)(out) {
            Err(e) => {
                c.failures.push(("output-decode", format!("{at}: {e}")));
                ok = false;
            }
            Ok(got) => {
                let mut unknown = Vec::new();
                unknown_members("", out, &got.known, &got.all, &mut unknown);
                if !unknown.is_empty() {
                    c.failures.push((
                        "output-unknown-member",
                        format!(
                            "{at}: {}: not members of the response type",
                            unknown.join(", ")
                        ),
                    ));
                    ok = false;
                }
            }
        }
    }
    c.output_ok = ok;
    c
}

/// A "dropped" difference says why: a member the type does not define (the decode kept it
/// as unknown), or a member of the type whose example value decoded to nothing (an empty
/// string for a number, say).
fn explain_dropped(d: String, all: &Value, what: &str) -> String {
    let Some(path) = d.strip_suffix(": dropped") else {
        return d;
    };
    if lookup(all, path).is_some() {
        format!("{path}: dropped (not a member of the {what} type)")
    } else {
        format!("{path}: dropped (a member of the {what} type; its example value decodes to none)")
    }
}

/// The value at a `difference` path (`.A[0].B`), if any.
fn lookup<'v>(mut v: &'v Value, path: &str) -> Option<&'v Value> {
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = v.get(&r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']')?;
            v = v.get(r[..end].parse::<usize>().ok()?)?;
            rest = &r[end + 1..];
        } else {
            return None;
        }
    }
    Some(v)
}

/// Every member path of `want` (a response example) that the decoded value kept only as an
/// unknown member: present in `all`, absent from `known`. Members whose value decoded to
/// nothing (null) are not unknown.
pub fn unknown_members(
    path: &str,
    want: &Value,
    known: &Value,
    all: &Value,
    out: &mut Vec<String>,
) {
    match (want, known, all) {
        (Value::Object(w), k, Value::Object(a)) => {
            for (key, wv) in w {
                let p = format!("{path}.{key}");
                match (k.get(key), a.get(key)) {
                    (None, Some(_)) if !wv.is_null() => out.push(p),
                    (Some(kv), Some(av)) => unknown_members(&p, wv, kv, av, out),
                    _ => {}
                }
            }
        }
        (Value::Array(w), Value::Array(k), Value::Array(a)) => {
            let w = w.iter().filter(|v| !v.is_null());
            for (i, ((wv, kv), av)) in w.zip(k).zip(a).enumerate() {
                unknown_members(&format!("{path}[{i}]"), wv, kv, av, out);
            }
        }
        _ => {}
    }
}

/// The lines of `known-failures.txt` (comments and blank lines left out).
pub fn known_failures() -> BTreeSet<String> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("known-failures.txt");
    let text = std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{}: {e} (it is committed)", p.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// The service a known-failures line is about (`<cause> <service>/…`).
pub fn failure_service(line: &str) -> Option<&str> {
    line.split_once(' ')?.1.split('/').next()
}

/// The test of one group: every example of its services through `entries`.
pub fn check_group(index: usize, entries: &[Entry]) {
    let group = GROUPS
        .get(index)
        .unwrap_or_else(|| panic!("no group {index} in dispatch.rs (run cargo xtask regen)"));
    let services: BTreeSet<&str> = group.services.iter().copied().collect();
    let table: HashMap<(&str, &str, &str), &Entry> = entries
        .iter()
        .map(|e| ((e.service, e.version, e.action), e))
        .collect();
    let listed: BTreeSet<&str> = entries.iter().map(|e| e.service).collect();
    assert_eq!(
        listed, services,
        "group {index}: the entries' services differ from dispatch.rs (run cargo xtask regen)"
    );
    let offline: BTreeSet<(&str, &str, &str)> = group.offline.iter().copied().collect();

    // Both channels; a service need not be in both (13 are the international site's only).
    let (china_name, intl_name) = (release(), intl_release());
    let load = |dir: PathBuf| {
        Release::load_only(dir, 2, |f| services.contains(f.service.as_str()))
            .map_err(|e| e.to_string())
    };
    let china = load(root().join("specs").join(&china_name));
    let intl = load(root().join("specs/intl").join(&intl_name));
    let mut found: BTreeSet<&str> = BTreeSet::new();
    for r in [&china, &intl].into_iter().flatten() {
        found.extend(r.api_versions().map(|a| a.service.as_str()));
    }
    assert_eq!(
        found, services,
        "group {index}: services missing from {china_name} and intl {intl_name}"
    );

    let mut failures: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut counted = [0usize; 2];
    let (mut inputs_ok, mut outputs_ok, mut outputs_json) = (0, 0, 0);
    let mut skipped = BTreeMap::<&'static str, usize>::new();
    for (channel, loaded) in [(0, &china), (1, &intl)] {
        let release = loaded
            .as_ref()
            .unwrap_or_else(|e| panic!("group {index}: {e}"));
        // International examples are named `#intl<i>` in messages and known-failures.txt.
        let tag = if channel == 1 { "intl" } else { "" };
        for api in release.api_versions() {
            for (action, list) in &api.examples {
                let key = (api.service.as_str(), api.version.as_str(), action.as_str());
                let Some(entry) = table.get(&key) else {
                    let why = if offline.contains(&key) {
                        "offline action"
                    } else {
                        failures.entry("no-entry").or_default().push(format!(
                            "{}/{}/{action}#{tag}: examples of an action with no entry",
                            key.0, key.1
                        ));
                        "no entry"
                    };
                    *skipped.entry(why).or_default() += list.len();
                    continue;
                };
                for (i, ex) in list.iter().enumerate() {
                    counted[channel] += 1;
                    let at = format!("{}/{}/{action}#{tag}{i}", api.service, api.version);
                    let c = check_example(entry, ex, &at);
                    inputs_ok += usize::from(c.input_ok);
                    outputs_json += usize::from(c.output_checked);
                    outputs_ok += usize::from(c.output_ok);
                    for why in c.skipped {
                        *skipped.entry(why).or_default() += 1;
                    }
                    for (cause, f) in c.failures {
                        failures.entry(cause).or_default().push(f);
                    }
                }
            }
        }
    }
    let examples = counted[0] + counted[1];
    let release_name = format!("{china_name} and intl {intl_name}");

    eprintln!(
        "examples corpus of {release_name}, group {index} ({} services, {}..{}): {examples} examples of generated actions ({} China, {} international)",
        services.len(),
        group.services.first().unwrap_or(&""),
        group.services.last().unwrap_or(&""),
        counted[0],
        counted[1]
    );
    eprintln!("  inputs:  {inputs_ok} round-trip");
    eprintln!(
        "  outputs: {outputs_ok} of {outputs_json} JSON outputs decode with known members only"
    );
    for (why, n) in &skipped {
        eprintln!("  skipped: {n} ({why})");
    }
    let verbose = std::env::var_os("CORPUS_VERBOSE").is_some();
    for (cause, list) in &failures {
        eprintln!("  {cause}: {} failures", list.len());
        for f in list.iter().take(if verbose { usize::MAX } else { 5 }) {
            eprintln!("    {f}");
        }
    }

    let got: BTreeSet<String> = failures
        .iter()
        .flat_map(|(cause, list)| list.iter().map(move |f| format!("{cause} {f}")))
        .collect();
    let known: BTreeSet<String> = known_failures()
        .into_iter()
        .filter(|l| failure_service(l).is_some_and(|s| services.contains(s)))
        .collect();
    let new: Vec<_> = got.difference(&known).collect();
    let fixed: Vec<_> = known.difference(&got).collect();
    assert!(
        new.is_empty() && fixed.is_empty(),
        "group {index}: corpus failures differ from known-failures.txt\nnew ({}): {:#?}\nno longer failing ({}): {:#?}",
        new.len(),
        new.iter().take(40).collect::<Vec<_>>(),
        fixed.len(),
        fixed.iter().take(40).collect::<Vec<_>>()
    );
    assert_eq!(
        counted,
        [group.examples, group.intl_examples],
        "group {index}: checked [China, international] examples; the specs have {:?} for these actions",
        [group.examples, group.intl_examples]
    );
}

/// Why a re-encoded request is not equivalent to the example, or `None`.
///
/// Equivalent means: the same keys with equivalent values, where a number
/// and the numeric string of the same number are equivalent (upstream
/// writes `"Limit": "10"`; the typed request sends `10`), `null` is the
/// same as absent, booleans match `"true"`/`"false"`/`0`/`1`, and a single
/// value matches a one-element list.
pub fn difference(path: &str, want: &Value, got: Option<&Value>) -> Option<String> {
    match (want, got) {
        (Value::Null, None | Some(Value::Null)) => None,
        (_, None) => Some(format!("{path}: dropped")),
        (Value::Object(w), Some(Value::Object(g))) => {
            for (k, wv) in w {
                if let Some(d) = difference(&format!("{path}.{k}"), wv, g.get(k)) {
                    return Some(d);
                }
            }
            g.keys()
                .find(|k| !w.contains_key(*k))
                .map(|k| format!("{path}.{k}: added by the round trip"))
        }
        (Value::Array(w), Some(Value::Array(g))) => {
            let w: Vec<&Value> = w.iter().filter(|v| !v.is_null()).collect();
            if w.len() != g.len() {
                return Some(format!("{path}: {} elements became {}", w.len(), g.len()));
            }
            w.iter()
                .zip(g)
                .enumerate()
                .find_map(|(i, (wv, gv))| difference(&format!("{path}[{i}]"), wv, Some(gv)))
        }
        (w, Some(Value::Array(g))) if g.len() == 1 && !w.is_array() => {
            difference(path, w, g.first())
        }
        (w, Some(g)) if scalar_eq(w, g) => None,
        (w, Some(g)) => Some(format!("{path}: {w} became {g}")),
    }
}

fn scalar_eq(a: &Value, b: &Value) -> bool {
    if a == b {
        return true;
    }
    let num = |v: &Value| match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        _ => None,
    };
    let text = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Array(_) | Value::Object(_) => Some(v.to_string()),
        Value::Null => None,
    };
    match (num(a), num(b)) {
        (Some(x), Some(y)) if x == y => return true,
        _ => {}
    }
    match (a, b) {
        (Value::String(s), Value::Bool(v)) | (Value::Bool(v), Value::String(s)) => {
            s.trim().eq_ignore_ascii_case(&v.to_string())
        }
        // A JSON document where the spec says string is kept as its text.
        (w, Value::String(g)) if w.is_object() || w.is_array() => {
            text(w).as_deref() == Some(g.as_str())
        }
        _ => text(a).is_some() && text(a) == text(b),
    }
}
