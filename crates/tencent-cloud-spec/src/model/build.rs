//! Building an [`ApiVersion`] from the raw JSON shape: validation with
//! diagnostics, member types, and the directions objects travel.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use super::{
    Action, ActionStatus, ApiVersion, Base, Direction, Member, Metadata, Object, Scalar, Sites,
    TypeRef, Usage,
};
use crate::diag::{Diagnostic, DiagnosticKind as K, pointer};
use crate::raw;

/// Builds an [`ApiVersion`] from parsed raw JSON, validating as it goes.
/// Error diagnostics make the caller fail; warnings are kept.
pub(crate) fn build_api(
    service: &str,
    version: &str,
    api_path: &Path,
    raw: raw::RawApi,
    diags: &mut Vec<Diagnostic>,
) -> ApiVersion {
    let file = api_path;
    let unknown_keys = |diags: &mut Vec<Diagnostic>, at: &[&str], extra: &[String]| {
        for k in extra {
            let mut path = at.to_vec();
            path.push(k);
            diags.push(Diagnostic::warning(
                K::UnknownKey,
                file,
                pointer(&path),
                format!("unknown key {k:?}, ignored"),
            ));
        }
    };
    let flag = |diags: &mut Vec<Diagnostic>, at: &[&str], f: Option<raw::Flag>| {
        let f = f?;
        if let Some(how) = &f.drift {
            diags.push(Diagnostic::warning(
                K::Drift,
                file,
                pointer(at),
                format!("a boolean written as {how}, read as {}", f.value),
            ));
        }
        Some(f.value)
    };
    unknown_keys(diags, &[], &raw.extra);
    unknown_keys(diags, &["metadata"], &raw.metadata.extra);
    let metadata = Metadata {
        api_version: raw.metadata.api_version,
        api_brief: raw.metadata.api_brief,
        service_name_cn: raw.metadata.service_name_cn,
        service_short_name: raw.metadata.service_short_name,
    };

    let mut objects: BTreeMap<String, Object> = BTreeMap::new();
    for (oname, o) in raw.objects.0 {
        let usage = match o.usage.as_deref() {
            None => None,
            Some("in") => Some(Usage::In),
            Some("out") => Some(Usage::Out),
            Some("both") => Some(Usage::Both),
            Some(other) => {
                // Only a hint (direction is computed): ignore it.
                diags.push(Diagnostic::warning(
                    K::UnknownUsage,
                    file,
                    pointer(&["objects", &oname, "usage"]),
                    format!("unknown usage {other:?} (expected in, out or both), ignored"),
                ));
                None
            }
        };
        let mut members = Vec::with_capacity(o.members.len());
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(o.members.len());
        for (i, m) in o.members.iter().enumerate() {
            if let Some(first) = seen.insert(m.name.as_str(), i) {
                diags.push(Diagnostic::error(
                    K::DuplicateMember,
                    file,
                    pointer(&["objects", &oname, "members", &i.to_string(), "name"]),
                    format!(
                        "duplicate member name {:?} (first at index {first})",
                        m.name
                    ),
                ));
            }
        }
        drop(seen);
        unknown_keys(diags, &["objects", &oname], &o.extra);
        for (i, m) in o.members.into_iter().enumerate() {
            let idx = i.to_string();
            let at = |key: &'static str| ["objects", oname.as_str(), "members", idx.as_str(), key];
            unknown_keys(diags, &at("")[..4], &m.extra);
            let ty = match parse_type(&m.ty, &m.member) {
                Ok(t) => t,
                Err(field) => {
                    diags.push(Diagnostic::error(
                        K::UnknownType,
                        file,
                        pointer(&["objects", &oname, "members", &i.to_string(), field]),
                        format!("unknown type {:?} with member {:?}", m.ty, m.member),
                    ));
                    // Keep going with a placeholder so that later checks
                    // still run; loading fails on the error anyway.
                    TypeRef {
                        list: false,
                        base: Base::Scalar(Scalar::String),
                    }
                }
            };
            members.push(Member {
                name: m.name,
                document: m.document,
                document_en: None,
                sites: Sites::Both,
                example: m.example,
                ty,
                disabled: flag(diags, &at("disabled"), m.disabled).unwrap_or(false),
                nullable: flag(diags, &at("value_allowed_null"), m.value_allowed_null)
                    .unwrap_or(false),
                required: flag(diags, &at("required"), m.required),
                output_required: flag(diags, &at("output_required"), m.output_required),
            });
        }
        let obj = Object {
            name: oname.clone(),
            document: o.document,
            document_en: None,
            sites: Sites::Both,
            usage,
            members,
            direction: Direction::Unreachable,
        };
        if objects.insert(oname.clone(), obj).is_some() {
            diags.push(Diagnostic::error(
                K::DuplicateKey,
                file,
                pointer(&["objects", &oname]),
                format!("object {oname:?} is defined twice"),
            ));
        }
    }

    let mut actions: BTreeMap<String, Action> = BTreeMap::new();
    for (aname, a) in raw.actions.0 {
        let status = match a.status.as_deref() {
            None => ActionStatus::Unspecified,
            Some("online") => ActionStatus::Online,
            Some("deprecated") => ActionStatus::Deprecated,
            Some("offline") => ActionStatus::Offline,
            Some(other) => {
                // tccli and the SDKs call an action whatever its status.
                diags.push(Diagnostic::warning(
                    K::UnknownStatus,
                    file,
                    pointer(&["actions", &aname, "status"]),
                    format!(
                        "unknown status {other:?} (expected online, deprecated or offline), read as online"
                    ),
                ));
                ActionStatus::Unspecified
            }
        };
        unknown_keys(diags, &["actions", &aname], &a.extra);
        let skip_sign =
            flag(diags, &["actions", &aname, "skip_sign"], a.skip_sign).unwrap_or(false);
        for (field, target) in [("input", &a.input), ("output", &a.output)] {
            if !objects.contains_key(target) {
                diags.push(Diagnostic::error(
                    K::MissingObject,
                    file,
                    pointer(&["actions", &aname, field]),
                    format!("{field} object {target:?} is not defined in objects"),
                ));
            }
        }
        let action = Action {
            name: aname.clone(),
            title: a.name,
            document: a.document,
            title_en: None,
            document_en: None,
            sites: Sites::Both,
            input: a.input,
            output: a.output,
            status,
            skip_sign,
        };
        if actions.insert(aname.clone(), action).is_some() {
            diags.push(Diagnostic::error(
                K::DuplicateKey,
                file,
                pointer(&["actions", &aname]),
                format!("action {aname:?} is defined twice"),
            ));
        }
    }

    // Member types that name missing objects.
    for o in objects.values() {
        for (i, m) in o.members.iter().enumerate() {
            if let Base::Object(target) = &m.ty.base
                && !objects.contains_key(target)
            {
                diags.push(Diagnostic::error(
                    K::MissingObject,
                    file,
                    pointer(&["objects", &o.name, "members", &i.to_string(), "member"]),
                    format!(
                        "member {:?} has type {target:?}, which is not defined in objects",
                        m.name
                    ),
                ));
            }
        }
    }

    compute_directions(&actions, &mut objects);

    ApiVersion {
        service: service.to_string(),
        version: version.to_string(),
        api_path: api_path.to_path_buf(),
        examples_path: None,
        metadata,
        actions,
        objects,
        examples: BTreeMap::new(),
        sites: Sites::Both,
    }
}

/// Parses a (`type`, `member`) pair. On failure returns the name of the
/// field to blame.
fn parse_type(ty: &str, member: &str) -> Result<TypeRef, &'static str> {
    match ty {
        "list" => {
            let base = match Scalar::from_list_member(member) {
                Some(s) => Base::Scalar(s),
                None if is_object_name(member) => Base::Object(member.to_string()),
                None => return Err("member"),
            };
            Ok(TypeRef { list: true, base })
        }
        "object" => {
            if Scalar::from_list_member(member).is_some() || !is_object_name(member) {
                return Err("member");
            }
            Ok(TypeRef {
                list: false,
                base: Base::Object(member.to_string()),
            })
        }
        "string" | "int" | "float" | "bool" | "binary" => Scalar::from_pair(ty, member)
            .map(|s| TypeRef {
                list: false,
                base: Base::Scalar(s),
            })
            .ok_or("member"),
        _ => Err("type"),
    }
}

/// Object names are identifiers: a letter or `_`, then letters, digits, `_`.
fn is_object_name(s: &str) -> bool {
    let mut b = s.bytes();
    matches!(b.next(), Some(c) if c.is_ascii_alphabetic() || c == b'_')
        && b.all(|c| c.is_ascii_alphanumeric() || c == b'_')
}

/// Marks every object with the directions it is reached from.
pub(crate) fn compute_directions(
    actions: &BTreeMap<String, Action>,
    objects: &mut BTreeMap<String, Object>,
) {
    let mut bits: HashMap<&str, u8> = HashMap::with_capacity(objects.len());
    let mut stack: Vec<(&str, u8)> = Vec::new();
    for a in actions.values() {
        stack.push((a.input.as_str(), 1));
        stack.push((a.output.as_str(), 2));
    }
    while let Some((name, bit)) = stack.pop() {
        let Some(obj) = objects.get(name) else {
            continue;
        };
        let e = bits.entry(obj.name.as_str()).or_insert(0);
        if *e & bit != 0 {
            continue;
        }
        *e |= bit;
        for m in &obj.members {
            if let Base::Object(t) = &m.ty.base {
                stack.push((t.as_str(), bit));
            }
        }
    }
    let bits: HashMap<String, u8> = bits.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    for (name, obj) in objects.iter_mut() {
        obj.direction = Direction::from_bits(bits.get(name).copied().unwrap_or(0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types() {
        let t = parse_type("int", "uint64").unwrap();
        assert_eq!(t.base, Base::Scalar(Scalar::Uint64));
        assert_eq!(t.to_string(), "uint64");
        let t = parse_type("list", "Filter").unwrap();
        assert_eq!(t.to_string(), "list<Filter>");
        assert_eq!(t.spec_pair(), ("list", "Filter"));
        assert_eq!(
            parse_type("string", "datetime_iso").unwrap().spec_pair(),
            ("string", "datetime_iso")
        );
        assert_eq!(parse_type("int", "string"), Err("member"));
        assert_eq!(parse_type("integer", "int64"), Err("type"));
        assert_eq!(parse_type("object", "int64"), Err("member"));
        assert_eq!(parse_type("list", "Bad-Name"), Err("member"));
    }

    #[test]
    fn required_normalisation() {
        let mut m = Member::new("X", parse_type("string", "string").unwrap(), false, false);
        // 3.0.1216.1 spelling of an output member: `required` only.
        m.required = Some(true);
        m.output_required = None;
        assert!(m.always_in_response());
        // 3.0.1217.1 spelling: `output_required` only.
        m.required = None;
        m.output_required = Some(true);
        assert!(m.always_in_response());
        assert!(!m.required_in_request());
        // Both keys (objects used both ways): each side has its own.
        m.required = Some(true);
        m.output_required = Some(false);
        assert!(m.required_in_request());
        assert!(!m.always_in_response());
        // Neither key.
        m.required = None;
        m.output_required = None;
        assert!(!m.required_in_request() && !m.always_in_response());
    }
}
