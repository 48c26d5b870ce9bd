//! Facts the tccli specs do not carry, imported from Tencent's own packages into
//! small text files under `specs/` that the plan reads:
//!
//! * `cargo xtask import-defaults <tccli wheel>` writes
//!   `specs/tccli-default-versions.txt`: each service's default API version, the
//!   first entry of `SERVICE_VERSIONS` in `tccli/services/__init__.py`.
//!
//! The output is a function of the wheel only (sorted, no dates), so importing the
//! same wheel again writes the same bytes; xtask/tests/tccli_defaults.rs checks the
//! committed file against the real wheel.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::Failure;

/// Largest `__init__.py` accepted (tccli 3.1.189.1's is 17 KB).
const MAX_INIT: u64 = 4 * 1024 * 1024;

/// A wheel's package name and version (its `*.dist-info/METADATA`), and the text of
/// one entry, read with at most `max` bytes.
pub struct WheelEntry {
    pub package: String,
    pub version: String,
    pub text: String,
}

pub fn read_wheel_entry(wheel: &Path, entry: &str, max: u64) -> Result<WheelEntry, Failure> {
    let bad = |m: String| Failure::input(format!("{}: {m}", wheel.display()));
    let file = std::fs::File::open(wheel).map_err(|e| bad(e.to_string()))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| bad(format!("not a wheel: {e}")))?;
    let metadata = zip
        .file_names()
        .find(|n| {
            n.split_once('/')
                .is_some_and(|(d, rest)| d.ends_with(".dist-info") && rest == "METADATA")
        })
        .map(str::to_string)
        .ok_or_else(|| bad("not a wheel: no *.dist-info/METADATA".into()))?;
    let read = |zip: &mut zip::ZipArchive<std::fs::File>, name: &str| {
        let e = zip.by_name(name).map_err(|e| bad(format!("{name}: {e}")))?;
        let mut buf = Vec::new();
        e.take(max + 1)
            .read_to_end(&mut buf)
            .map_err(|e| bad(format!("{name}: {e}")))?;
        if buf.len() as u64 > max {
            return Err(bad(format!("{name}: more than {max} bytes")));
        }
        String::from_utf8(buf).map_err(|e| bad(format!("{name}: not UTF-8: {e}")))
    };
    let meta = read(&mut zip, &metadata)?;
    let field = |k: &str| {
        meta.lines()
            .find_map(|l| l.strip_prefix(k))
            .map(|v| v.trim().to_string())
    };
    let (Some(package), Some(version)) = (field("Name:"), field("Version:")) else {
        return Err(bad("METADATA names no Name or Version".into()));
    };
    let text = read(&mut zip, entry)?;
    Ok(WheelEntry {
        package,
        version,
        text,
    })
}

/// `SERVICE_VERSIONS` of tccli's `services/__init__.py`: a dict literal whose
/// syntax is JSON's (double-quoted strings, no trailing commas).
pub fn service_versions(init_py: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
    let at = init_py
        .find("\nSERVICE_VERSIONS = ")
        .ok_or("no `SERVICE_VERSIONS = ` line")?;
    let rest = &init_py[at + "\nSERVICE_VERSIONS = ".len()..];
    let mut de =
        serde_json::Deserializer::from_str(rest).into_iter::<BTreeMap<String, Vec<String>>>();
    let map = de
        .next()
        .ok_or("SERVICE_VERSIONS: no value")?
        .map_err(|e| format!("SERVICE_VERSIONS is not the dict of lists expected: {e}"))?;
    for (service, versions) in &map {
        let service_ok = !service.is_empty()
            && service
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !service_ok {
            return Err(format!("SERVICE_VERSIONS: bad service name {service:?}"));
        }
        let Some(first) = versions.first() else {
            return Err(format!("SERVICE_VERSIONS: {service} has no version"));
        };
        for v in versions {
            let b = v.as_bytes();
            let date_ok = b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
            if !date_ok {
                return Err(format!("SERVICE_VERSIONS: {service}: bad version {v:?}"));
            }
        }
        let _ = first;
    }
    Ok(map)
}

/// The text of `specs/tccli-default-versions.txt` for a tccli release.
pub fn defaults_text(release: &str, map: &BTreeMap<String, Vec<String>>) -> String {
    let mut s = format!(
        "# tccli {release}: each service's default API version, the first entry of SERVICE_VERSIONS in tccli/services/__init__.py.\n\
         # Written by `cargo xtask import-defaults <tccli wheel>`; never edit. Read by tencent-cloud-plan (the crates' default feature).\n"
    );
    for (service, versions) in map {
        if let Some(first) = versions.first() {
            s.push_str(&format!("{service} {first}\n"));
        }
    }
    s
}

/// `cargo xtask import-defaults WHEEL [--out FILE]`.
pub fn import_defaults(wheel: &Path, out: &Path) -> Result<usize, Failure> {
    let w = read_wheel_entry(wheel, "tccli/services/__init__.py", MAX_INIT)?;
    if w.package != "tccli" {
        return Err(Failure::input(format!(
            "{}: a {} wheel, not tccli (the China channel's defaults)",
            wheel.display(),
            w.package
        )));
    }
    let map = service_versions(&w.text).map_err(|e| {
        Failure::input(format!(
            "{}: tccli/services/__init__.py: {e}",
            wheel.display()
        ))
    })?;
    crate::release_notes::write_atomic(out, &defaults_text(&w.version, &map))?;
    Ok(map.len())
}

/// Largest `errorcodes.py` accepted (3.1.195's largest is well under 1 MB).
const MAX_ERRORCODES: u64 = 8 * 1024 * 1024;

/// `NAME = 'Code'` lines of an `errorcodes.py`, each with the `# …` comment lines just
/// above it (joined by a space): (name, code, doc).
pub fn parse_errorcodes(text: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut doc: Vec<&str> = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if let Some(c) = t.strip_prefix('#') {
            doc.push(c.trim());
            continue;
        }
        if t.is_empty() {
            if !doc.is_empty() && out.is_empty() && doc.iter().any(|d| d.contains("License")) {
                doc.clear(); // the licence header
            }
            continue;
        }
        let parsed = t.split_once(" = ").and_then(|(name, value)| {
            let code = value.strip_prefix('\'')?.strip_suffix('\'')?;
            let name_ok = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            let code_ok = !code.is_empty()
                && code
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-');
            (name_ok && code_ok).then(|| (name.to_string(), code.to_string()))
        });
        if let Some((name, code)) = parsed {
            let text = doc
                .iter()
                .filter(|d| !d.is_empty() && !d.starts_with("-*-"))
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
                .replace(['\t', '\r', '\n'], " ");
            out.push((name, code, text));
        }
        doc.clear();
    }
    out
}

/// `cargo xtask import-errorcodes WHEEL [--out FILE]`: every
/// `tencentcloud/<service>/<version>/errorcodes.py` of a tencentcloud-sdk-python wheel,
/// as `<service>\t<version>\t<NAME>\t<Code>\t<doc>` lines sorted by service, version and
/// name. Returns (files, codes).
pub fn import_errorcodes(wheel: &Path, out: &Path) -> Result<(usize, usize), Failure> {
    let bad = |m: String| Failure::input(format!("{}: {m}", wheel.display()));
    let meta = read_wheel_entry(wheel, "tencentcloud/__init__.py", MAX_INIT)?;
    if meta.package != "tencentcloud-sdk-python" {
        return Err(bad(format!(
            "a {} wheel, not tencentcloud-sdk-python",
            meta.package
        )));
    }
    let file = std::fs::File::open(wheel).map_err(|e| bad(e.to_string()))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| bad(format!("not a wheel: {e}")))?;
    let names: Vec<String> = zip
        .file_names()
        .filter(|n| n.ends_with("/errorcodes.py"))
        .map(str::to_string)
        .collect();
    let mut rows: Vec<(String, String, String, String, String)> = Vec::new();
    let mut files = 0;
    for name in names {
        let parts: Vec<&str> = name.split('/').collect();
        let ["tencentcloud", service, version, "errorcodes.py"] = parts.as_slice() else {
            continue;
        };
        let version_ok = version.len() == 9
            && version.starts_with('v')
            && version[1..].bytes().all(|b| b.is_ascii_digit());
        let service_ok = service
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !version_ok || !service_ok || service.is_empty() {
            continue;
        }
        let e = zip
            .by_name(&name)
            .map_err(|e| bad(format!("{name}: {e}")))?;
        let mut buf = Vec::new();
        e.take(MAX_ERRORCODES + 1)
            .read_to_end(&mut buf)
            .map_err(|e| bad(format!("{name}: {e}")))?;
        if buf.len() as u64 > MAX_ERRORCODES {
            return Err(bad(format!("{name}: more than {MAX_ERRORCODES} bytes")));
        }
        let text = String::from_utf8(buf).map_err(|e| bad(format!("{name}: not UTF-8: {e}")))?;
        files += 1;
        for (n, code, doc) in parse_errorcodes(&text) {
            rows.push((service.to_string(), version.to_string(), n, code, doc));
        }
    }
    if files == 0 {
        return Err(bad(
            "no tencentcloud/<service>/<version>/errorcodes.py".into()
        ));
    }
    rows.sort();
    rows.dedup();
    let mut s = format!(
        "# tencentcloud-sdk-python {}: the error codes of tencentcloud/<service>/<version>/errorcodes.py (Apache-2.0, Copyright Tencent), one per line: service, version, name, code, doc (tab-separated).\n\
         # Written by `cargo xtask import-errorcodes <tencentcloud-sdk-python wheel>`; never edit. Read by tencent-cloud-plan (each crate's errors module).\n",
        meta.version
    );
    for (svc, ver, n, code, doc) in &rows {
        s.push_str(&format!("{svc}\t{ver}\t{n}\t{code}\t{doc}\n"));
    }
    crate::release_notes::write_atomic(out, &s)?;
    Ok((files, rows.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_versions_reads_the_dict_and_refuses_what_is_not_one() {
        let init = "import os\n\nSERVICE_VERSIONS = {\n    \"tke\": [\n        \"2018-05-25\",\n        \"2022-05-01\"\n    ],\n    \"cvm\": [\n        \"2017-03-12\"\n    ]\n}\n\n\ndef f():\n    pass\n";
        let map = service_versions(init).expect("parses");
        assert_eq!(
            defaults_text("1.2.3", &map)
                .lines()
                .skip(2)
                .collect::<Vec<_>>(),
            ["cvm 2017-03-12", "tke 2018-05-25"]
        );
        for bad in [
            "x = 1\n",
            "\nSERVICE_VERSIONS = {\"tke\": []}\n",
            "\nSERVICE_VERSIONS = {\"tke\": [\"2018-5-25\"]}\n",
            "\nSERVICE_VERSIONS = {\"../x\": [\"2018-05-25\"]}\n",
            "\nSERVICE_VERSIONS = [\"2018-05-25\"]\n",
        ] {
            assert!(service_versions(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn parse_errorcodes_keeps_each_codes_comment_and_skips_the_licence() {
        let text = "# -*- coding: utf8 -*-\n# Licensed under the Apache License\n\n\n# 角色名鉴权失败\nAUTHFAILURE_X = 'AuthFailure.X'\n\n# two\n# lines\nINTERNALERROR = 'InternalError'\nNOT_A_CODE = 1\nlower = 'x'\n";
        assert_eq!(
            parse_errorcodes(text),
            [
                (
                    "AUTHFAILURE_X".into(),
                    "AuthFailure.X".into(),
                    "角色名鉴权失败".into()
                ),
                (
                    "INTERNALERROR".into(),
                    "InternalError".into(),
                    "two lines".into()
                ),
            ]
        );
    }
}
