//! Rust names for spec names: crates and features, snake_case, keywords,
//! collisions.

use std::collections::HashMap;

/// The crate of a service: `tencent-cloud-<service>` (a family free on crates.io for
/// every service; see docs/crate-names.md), with `_` written
/// `-` as crates.io names are (`tencent-cloud-ssl-ca` … none today has
/// one, but a service directory name may).
pub fn crate_name(service: &str) -> String {
    format!("tencent-cloud-{}", service.replace('_', "-"))
}

/// The crate name as a Rust path segment: `tencent_cloud_cvm`.
pub fn crate_ident(service: &str) -> String {
    crate_name(service).replace('-', "_")
}

/// Client method names the generated `Client` defines itself: an action
/// whose snake_case name is one of these gets a suffix.
pub const CLIENT_RESERVED: &[&str] = &["new", "core", "call", "read", "paginate"];

/// Strict and reserved keywords of Rust 2024 (fields and methods named after
/// one become raw identifiers, or get a `_` suffix where raw is not allowed).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// `InstanceIds` → `instance_ids`, `VPCId` → `vpc_id`, `AppID` → `app_id`,
/// `IPv6Address` → `i_pv6_address` (the same rules as heck's snake case).
pub fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' || c == '-' {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            continue;
        }
        if c.is_uppercase() {
            let prev = if i > 0 { Some(chars[i - 1]) } else { None };
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                None => false,
                Some(p) if p.is_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_uppercase() => next.is_some_and(|n| n.is_lowercase()),
                _ => false,
            };
            if boundary && !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// A snake_case name made a valid identifier: keywords become raw
/// identifiers (`r#type`), or get a `_` suffix where that is not allowed;
/// a leading digit gets a `_` prefix.
pub fn ident(snake: &str) -> String {
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("_{snake}");
    }
    if NOT_RAW.contains(&snake) {
        return format!("{snake}_");
    }
    if KEYWORDS.contains(&snake) {
        return format!("r#{snake}");
    }
    snake.to_string()
}

/// Field (or method) identifiers for a list of spec names, in order:
/// snake_case, keyword-safe, and unique. The first of colliding names
/// keeps the plain form; later ones get `_2`, `_3`, … (`AppID` and `AppId`
/// become `app_id` and `app_id_2`). `reserved` names are never produced.
pub fn unique_idents<'a>(
    names: impl IntoIterator<Item = &'a str>,
    reserved: &[&str],
) -> Vec<String> {
    let mut used: HashMap<String, usize> = reserved.iter().map(|r| (r.to_string(), 1)).collect();
    let mut out = Vec::new();
    for n in names {
        let base = snake(n);
        let mut candidate = base.clone();
        let mut k = 1;
        while used.contains_key(&candidate) {
            k += 1;
            candidate = format!("{base}_{k}");
        }
        used.insert(candidate.clone(), 1);
        out.push(ident(&candidate));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names() {
        assert_eq!(crate_name("cvm"), "tencent-cloud-cvm");
        assert_eq!(crate_name("a_b"), "tencent-cloud-a-b");
        assert_eq!(crate_ident("a_b"), "tencent_cloud_a_b");
    }

    #[test]
    fn snake_case() {
        for (a, b) in [
            ("InstanceIds", "instance_ids"),
            ("VPCId", "vpc_id"),
            ("AppID", "app_id"),
            ("AppId", "app_id"),
            ("UUI", "uui"),
            ("Uui", "uui"),
            ("IPv6Address", "i_pv6_address"),
            ("Ipv6Address", "ipv6_address"),
            ("Type", "type"),
            ("PublicIP", "public_ip"),
            ("VOIPCallInCount", "voip_call_in_count"),
            ("Filters_1", "filters_1"),
            ("X", "x"),
            ("CPU2Memory", "cpu2_memory"),
        ] {
            assert_eq!(snake(a), b, "{a}");
        }
    }

    #[test]
    fn idents() {
        assert_eq!(ident("type"), "r#type");
        assert_eq!(ident("match"), "r#match");
        assert_eq!(ident("self"), "self_");
        assert_eq!(ident("super"), "super_");
        assert_eq!(ident("2fa"), "_2fa");
        assert_eq!(ident("name"), "name");
    }

    #[test]
    fn collisions() {
        // pts File.AppID/AppId; ccc Uui/UUI; tcss PortInfo.PublicIP/PublicIp.
        assert_eq!(
            unique_idents(["AppID", "AppId"], &[]),
            ["app_id", "app_id_2"]
        );
        assert_eq!(
            unique_idents(["Uui", "UUI", "Uui2"], &[]),
            ["uui", "uui_2", "uui2"]
        );
        // A suffixed name that itself collides moves on.
        assert_eq!(unique_idents(["A", "A_2", "a"], &[]), ["a", "a_2", "a_3"]);
        assert_eq!(
            unique_idents(["New", "Core"], &["new", "core"]),
            ["new_2", "core_2"]
        );
        assert_eq!(unique_idents(["Type", "type"], &[]), ["r#type", "type_2"]);
    }
}
