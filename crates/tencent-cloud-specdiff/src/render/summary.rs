//! The summary that opens a release's notes, for a maintainer to read in a
//! minute:
//!
//! 1. the date (when the section was first written) and one line of counts;
//! 2. a block kept by hand: `<!-- notes:keep -->` … `<!-- /notes:keep -->`
//!    (`cargo xtask release-notes` carries its text over when it rewrites
//!    the section);
//! 3. the crates and their versions, old → new, one line per bump (`major`,
//!    `minor`, `patch`, `none` where a version moved although the policy
//!    now asks for nothing, `new`, `removed`), then a note for each crate
//!    whose version needs one (`> \`crate\`: …`);
//! 4. every breaking change, one line per crate: what makes the crate
//!    major, by kind (removed actions, removed structs, new required
//!    request members, ...), with the names;
//! 5. the changes that break callers of the HTTP API (level ERR) but not
//!    Rust code, one line per crate.
//!
//! The versions block is also the bookkeeping of the crate versions: the
//! xtask reads it back ([`parse`]) when it refreshes a section, and a test
//! replays it over every section.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::words::{Mark, crate_bump, mark, words};
use crate::change::{Change, Level, Rule};
use crate::lang::Lang;
use crate::report::Report;

/// Opens the block of a section that a re-run keeps as it is.
pub const KEEP_START: &str = "<!-- notes:keep -->";
/// Closes it.
pub const KEEP_END: &str = "<!-- /notes:keep -->";

/// The bumps in the order the versions block lists them.
pub const BUMPS: [&str; 6] = ["major", "minor", "patch", "none", "new", "removed"];

/// One crate's line in the versions block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CrateVersion {
    /// `major`, `minor`, `patch`, `none`, `new` or `removed`.
    pub bump: String,
    /// The version before the release, where the crate existed.
    pub old: Option<String>,
    /// The version after it.
    pub new: Option<String>,
    /// Why the version is not simply `old` with the bump applied (a
    /// correction, a bump kept from an earlier run).
    pub note: Option<String>,
}

/// What the summary knows besides the report.
#[derive(Debug, Default)]
pub struct Context<'a> {
    /// `2026-12-06`.
    pub date: Option<&'a str>,
    /// Crate name → versions. A crate of the report that is missing here is
    /// listed without versions; one that is here with bump `none` is listed
    /// when its version moved.
    pub versions: BTreeMap<String, CrateVersion>,
    /// The text between the keep markers (empty: an empty block).
    pub keep: Option<&'a str>,
}

struct SummaryWords {
    date: &'static str,
    counts: fn(&Report, usize, &str) -> String,
    versions: &'static str,
    breaking: &'static str,
    retired: &'static str,
    behaviour: &'static str,
    full: &'static str,
    other_major: &'static str,
    plan: &'static str,
    none_breaking: &'static str,
    semi: &'static str,
}

fn counts_zh(r: &Report, services: usize, crates: &str) -> String {
    format!(
        "{} 项变更（{} ERR，{} WARN，{} INFO），{services} 个服务；crate：{crates}",
        r.count(Level::Err) + r.count(Level::Warn) + r.count(Level::Info),
        r.count(Level::Err),
        r.count(Level::Warn),
        r.count(Level::Info),
    )
}

fn counts_en(r: &Report, services: usize, crates: &str) -> String {
    format!(
        "{} changes ({} ERR, {} WARN, {} INFO) in {services} services; crates: {crates}",
        r.count(Level::Err) + r.count(Level::Warn) + r.count(Level::Info),
        r.count(Level::Err),
        r.count(Level::Warn),
        r.count(Level::Info),
    )
}

const ZH: SummaryWords = SummaryWords {
    date: "日期：",
    counts: counts_zh,
    versions: "**Crate 版本**（旧 → 新）：",
    breaking: "**不兼容变更**（每个 crate 一行）：",
    retired: "下线的服务（crate 不再更新）",
    behaviour: "**行为变更**（HTTP 接口层面的 ERR；Rust 代码仍可编译）：",
    full: "**完整列表**",
    other_major: "生成的代码有其他不兼容差异（见完整列表）",
    plan: "生成的代码",
    none_breaking: "无不兼容变更。",
    semi: "；",
};

const EN: SummaryWords = SummaryWords {
    date: "Date: ",
    counts: counts_en,
    versions: "**Crate versions** (old → new):",
    breaking: "**Breaking changes** (one line per crate):",
    retired: "services removed (their crates get no more releases)",
    behaviour: "**Behaviour changes** (ERR for the HTTP API; Rust code still compiles):",
    full: "**Full list**",
    other_major: "other incompatible differences in the generated code (see the full list)",
    plan: "generated code",
    none_breaking: "No breaking changes.",
    semi: "; ",
};

/// Kinds of breaking change, in the order a crate's line lists them:
/// (zh, en).
const KINDS: [(&str, &str); 12] = [
    ("删除版本", "removed API versions"),
    ("删除接口", "removed actions"),
    ("下线接口", "actions gone offline"),
    (
        "接口输入输出结构变更",
        "actions with a new input or output struct",
    ),
    ("删除数据结构", "removed structs"),
    ("不再生成的数据结构", "structs no longer generated"),
    ("重命名数据结构", "renamed structs"),
    ("新增必填入参", "new required request members"),
    ("入参变为必填", "request members now required"),
    ("删除成员", "removed members"),
    ("重命名成员", "renamed members"),
    ("成员类型变更", "members with a new type"),
];

/// The kind (index into [`KINDS`]) of a breaking change; `None` for one
/// that is listed elsewhere (a retired service) or not at all.
fn kind(rule: Rule) -> Option<usize> {
    Some(match rule {
        Rule::ApiVersionRemoved => 0,
        Rule::ActionRemoved | Rule::ActionRemovedWithoutDeprecation => 1,
        Rule::ActionOffline | Rule::ActionOfflineWithoutDeprecation => 2,
        Rule::ActionIoChanged => 3,
        Rule::ObjectRemoved => 4,
        Rule::ObjectBecameUnreachable => 5,
        Rule::ObjectRenamed => 6,
        Rule::RequestMemberAddedRequired => 7,
        Rule::RequestMemberBecameRequired => 8,
        Rule::RequestMemberRemoved | Rule::ResponseMemberRemoved | Rule::MemberRemoved => 9,
        Rule::MemberRenamed => 10,
        Rule::MemberTypeChanged => 11,
        _ => return None,
    })
}

/// The name a summary line gives a change's subject: an action's request
/// or response member as `Action.Member`, other members as
/// `Object.Member`, with the old and new value where they say more.
fn subject(r: &Report, c: &Change, versioned: bool) -> String {
    let info = r.versions.get(&(c.service.clone(), c.version.clone()));
    let owner = info
        .and_then(|i| i.io.get(&c.parent))
        .map_or(c.parent.as_str(), |(action, _)| action.as_str());
    let name = match c.rule {
        Rule::ApiVersionRemoved => c.version.clone(),
        Rule::ObjectRenamed | Rule::MemberRenamed => format!(
            "{} → {}",
            c.old.as_deref().unwrap_or("?"),
            c.new.as_deref().unwrap_or("?")
        ),
        Rule::MemberTypeChanged => format!(
            "{owner}.{} ({} → {})",
            c.member,
            c.old.as_deref().unwrap_or("?"),
            c.new.as_deref().unwrap_or("?")
        ),
        _ if !c.member.is_empty() => format!("{owner}.{}", c.member),
        _ => c.parent.clone(),
    };
    if versioned && c.rule != Rule::ApiVersionRemoved {
        format!("{}/{name}", c.version)
    } else {
        name
    }
}

/// Renders the summary (everything before the full list, which ends with
/// its heading).
pub fn render(r: &Report, lang: Lang, ctx: &Context) -> String {
    let sw = match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    };
    let w = words(lang);
    let mut out = String::new();
    // 1. Date and counts.
    let hist = r.bump_histogram();
    let crates: Vec<String> = BUMPS
        .iter()
        .filter_map(|b| hist.get(*b).map(|n| format!("{n} {b}")))
        .collect();
    let date = ctx
        .date
        .map(|d| format!("{}{d} · ", sw.date))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{date}{}\n",
        (sw.counts)(r, r.semver.len(), &crates.join(w.sep))
    );
    // 2. The hand-written block.
    let keep = ctx.keep.unwrap_or("").trim_matches('\n');
    if keep.is_empty() {
        let _ = writeln!(out, "{KEEP_START}\n{KEEP_END}\n");
    } else {
        let _ = writeln!(out, "{KEEP_START}\n{keep}\n{KEEP_END}\n");
    }
    // 3. Crates and versions.
    let mut by_bump: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut notes = Vec::new();
    let mut listed = BTreeSet::new();
    for b in &r.semver {
        let v = ctx.versions.get(&b.krate);
        let moved = v.is_some_and(|v| v.old.is_some() && v.old != v.new);
        if b.bump_label == "none" && !moved {
            continue;
        }
        listed.insert(b.krate.as_str());
        let entry = match (b.bump_label.as_str(), v) {
            (
                _,
                Some(CrateVersion {
                    old: Some(o),
                    new: Some(n),
                    ..
                }),
            ) => {
                format!("`{}` {o} → {n}", b.krate)
            }
            ("new", _) => format!("`{}` {}", b.krate, crate::semver_bump::NEW_CRATE_VERSION),
            (_, Some(CrateVersion { new: Some(n), .. })) => format!("`{}` {n}", b.krate),
            _ => format!("`{}`", b.krate),
        };
        by_bump
            .entry(bump_key(&b.bump_label))
            .or_default()
            .push(entry);
        if let Some(note) = v.and_then(|v| v.note.as_deref()) {
            notes.push(format!("> `{}`: {note}", b.krate));
        }
    }
    // Crates the versions know but the report does not (a crate moved by an
    // earlier run of the notes whose service no longer changes at all).
    for (krate, v) in &ctx.versions {
        if listed.contains(krate.as_str()) || r.semver.iter().any(|b| &b.krate == krate) {
            continue;
        }
        if let (Some(o), Some(n)) = (&v.old, &v.new)
            && o != n
        {
            by_bump
                .entry(bump_key(&v.bump))
                .or_default()
                .push(format!("`{krate}` {o} → {n}"));
            if let Some(note) = &v.note {
                notes.push(format!("> `{krate}`: {note}"));
            }
        }
    }
    // The block is always there (its label says the section has one).
    let _ = writeln!(out, "{}\n", sw.versions);
    for b in BUMPS {
        if let Some(entries) = by_bump.get(b) {
            let _ = writeln!(out, "* {b} ({}): {}", entries.len(), entries.join(", "));
        }
    }
    if by_bump.is_empty() {
        let _ = writeln!(out, "* none (0):");
    }
    out.push('\n');
    for n in &notes {
        let _ = writeln!(out, "{n}\n");
    }
    // 4. Breaking changes, one line per crate.
    let removed_versions: BTreeSet<(&str, &str)> = r
        .changes
        .iter()
        .filter(|c| c.rule == Rule::ApiVersionRemoved)
        .map(|c| (c.service.as_str(), c.version.as_str()))
        .collect();
    let mut breaking: BTreeMap<&str, BTreeMap<usize, Vec<String>>> = BTreeMap::new();
    let mut behaviour: BTreeMap<&str, BTreeMap<&str, Vec<String>>> = BTreeMap::new();
    let versions_of = |svc: &str| r.versions.keys().filter(|(s, _)| s == svc).count();
    for c in &r.changes {
        let bump = crate_bump(r, &c.service);
        if bump == "removed" {
            continue; // one line for the service below
        }
        let in_removed_version = c.rule != Rule::ApiVersionRemoved
            && removed_versions.contains(&(c.service.as_str(), c.version.as_str()));
        if in_removed_version {
            continue;
        }
        let is_io = || {
            r.versions
                .get(&(c.service.clone(), c.version.clone()))
                .is_some_and(|i| i.io.contains_key(&c.parent))
        };
        let versioned = versions_of(&c.service) > 1;
        match mark(c, bump) {
            Mark::Breaking => {
                let Some(k) = kind(c.rule) else { continue };
                // An action's request and response structs go with it.
                if matches!(c.rule, Rule::ObjectRemoved | Rule::ObjectBecameUnreachable) && is_io()
                {
                    continue;
                }
                breaking
                    .entry(c.service.as_str())
                    .or_default()
                    .entry(k)
                    .or_default()
                    .push(subject(r, c, versioned));
            }
            Mark::Behaviour => {
                let label = behaviour_label(c.rule, lang);
                behaviour
                    .entry(c.service.as_str())
                    .or_default()
                    .entry(label)
                    .or_default()
                    .push(subject(r, c, versioned));
            }
            Mark::None => {}
        }
    }
    let _ = writeln!(out, "{}\n", sw.breaking);
    let retired: Vec<String> = r
        .semver
        .iter()
        .filter(|b| b.bump_label == "removed")
        .map(|b| format!("`{}`", b.krate))
        .collect();
    let majors: Vec<_> = r
        .semver
        .iter()
        .filter(|b| b.bump_label == "major")
        .collect();
    if majors.is_empty() && retired.is_empty() {
        let _ = writeln!(out, "{}", sw.none_breaking);
    }
    for b in majors {
        let v = ctx.versions.get(&b.krate);
        let versions = match v {
            Some(CrateVersion {
                old: Some(o),
                new: Some(n),
                ..
            }) => format!(" {o} → {n}"),
            _ => String::new(),
        };
        let items = match breaking.get(b.service.as_str()) {
            Some(kinds) => kinds
                .iter()
                .map(|(k, names)| {
                    let label = match lang {
                        Lang::Zh => KINDS[*k].0,
                        Lang::En => KINDS[*k].1,
                    };
                    format!("{label}{}{}", w.colon, names.join(w.sep))
                })
                .collect::<Vec<_>>()
                .join(sw.semi),
            None if b.plan_reasons.is_empty() => sw.other_major.to_string(),
            None => format!("{}{}{}", sw.plan, w.colon, b.plan_reasons.join(w.sep)),
        };
        let _ = writeln!(out, "* `{}`{versions}{}{items}", b.krate, w.colon);
    }
    if !retired.is_empty() {
        let _ = writeln!(out, "* {}{}{}", sw.retired, w.colon, retired.join(w.sep));
    }
    out.push('\n');
    // 5. Behaviour changes.
    if !behaviour.is_empty() {
        let _ = writeln!(out, "{}\n", sw.behaviour);
        for (svc, labels) in &behaviour {
            let items: Vec<String> = labels
                .iter()
                .map(|(label, names)| format!("{label}{}{}", w.colon, names.join(w.sep)))
                .collect();
            let krate = r
                .semver
                .iter()
                .find(|b| b.service == *svc)
                .map_or_else(|| crate::semver_bump::crate_name(svc), |b| b.krate.clone());
            let _ = writeln!(out, "* `{krate}`{}{}", w.colon, items.join(sw.semi));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}\n", sw.full);
    out
}

/// The label of a behaviour change (level ERR, no Rust break) by rule.
fn behaviour_label(rule: Rule, lang: Lang) -> &'static str {
    match (rule, lang) {
        (Rule::ResponseMemberBecameOptional, Lang::Zh) => "出参可能缺失",
        (Rule::ResponseMemberBecameOptional, Lang::En) => "response members that may now be absent",
        _ => rule.id(),
    }
}

fn bump_key(b: &str) -> &'static str {
    BUMPS.iter().find(|k| **k == b).copied().unwrap_or("none")
}

/// What [`parse`] reads back from a section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// The date of the counts line.
    pub date: Option<String>,
    /// The text of the keep block, if the section has one.
    pub keep: Option<String>,
    /// Crate name → its line of the versions block and its note.
    pub crates: BTreeMap<String, CrateVersion>,
    /// Whether the section has a versions block at all (sections written
    /// before it existed have none).
    pub has_versions: bool,
}

/// Reads the date, the keep block and the versions block back from a
/// section's text. Lines inside the keep block are not read as versions.
pub fn parse(section: &str) -> Result<Parsed, String> {
    let mut p = Parsed::default();
    let (before, keep, after) = match section.find(KEEP_START) {
        Some(s) => {
            let inner = &section[s + KEEP_START.len()..];
            let e = inner
                .find(KEEP_END)
                .ok_or_else(|| format!("{KEEP_START} without {KEEP_END}"))?;
            (
                &section[..s],
                Some(inner[..e].trim_matches('\n').to_string()),
                &inner[e + KEEP_END.len()..],
            )
        }
        None => (section, None, ""),
    };
    p.keep = keep;
    for line in before.lines().chain(after.lines()) {
        if line.starts_with("## ") {
            break; // the full list
        }
        if p.date.is_none() {
            for prefix in [ZH.date, EN.date] {
                if let Some(rest) = line.strip_prefix(prefix) {
                    p.date = rest.split(' ').next().map(str::to_string);
                }
            }
        }
        if line == ZH.versions || line == EN.versions {
            p.has_versions = true;
            continue;
        }
        if let Some(rest) = line.strip_prefix("> `") {
            let (krate, note) = rest
                .split_once("`: ")
                .ok_or_else(|| format!("a version note without a crate: {line}"))?;
            p.crates.entry(krate.to_string()).or_default().note = Some(note.to_string());
            continue;
        }
        let Some(rest) = line.strip_prefix("* ") else {
            continue;
        };
        let Some((bump, rest)) = rest.split_once(" (") else {
            continue;
        };
        if !BUMPS.contains(&bump) {
            continue;
        }
        let (n, entries) = rest
            .split_once("):")
            .ok_or_else(|| format!("a versions line without a count: {line}"))?;
        let entries = entries.trim();
        let n: usize = n
            .parse()
            .map_err(|_| format!("a versions line with a bad count: {line}"))?;
        p.has_versions = true;
        let mut got = 0;
        for entry in entries.split(", ").filter(|e| !e.is_empty()) {
            let entry = entry
                .strip_prefix('`')
                .ok_or_else(|| format!("a versions entry without a crate: {entry:?} in {line}"))?;
            let (krate, vs) = entry
                .split_once('`')
                .ok_or_else(|| format!("a versions entry without a crate: {entry:?} in {line}"))?;
            let vs = vs.trim();
            let (old, new) = match vs.split_once(" → ") {
                Some((o, n)) => (Some(o.to_string()), Some(n.to_string())),
                None if vs.is_empty() => (None, None),
                None => (None, Some(vs.to_string())),
            };
            let e = p.crates.entry(krate.to_string()).or_default();
            e.bump = bump.to_string();
            e.old = old;
            e.new = new;
            got += 1;
        }
        if got != n {
            return Err(format!("{line}: says {n} crates, lists {got}"));
        }
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_block_round_trips() {
        let text = "日期：2026-12-01 · 3 项变更\n\n<!-- notes:keep -->\nhand\n* major (1): `tencent-cloud-x` 9.9.9 → 10.0.0\n<!-- /notes:keep -->\n\n\
            * major (2): `tencent-cloud-pts` 0.1.1 → 0.2.0, `tencent-cloud-cvm` 0.2.0 → 0.3.0\n\
            * none (1): `tencent-cloud-btoe` 0.1.0 → 0.1.1\n* new (1): `tencent-cloud-bh` 0.1.0\n* removed (1): `tencent-cloud-aa`\n\n\
            > `tencent-cloud-btoe`: kept\n\n## a\n\n* major (1): `tencent-cloud-zz` 1.0.0 → 2.0.0\n";
        let p = parse(text).unwrap();
        assert_eq!(p.date.as_deref(), Some("2026-12-01"));
        assert_eq!(
            p.keep.as_deref(),
            Some("hand\n* major (1): `tencent-cloud-x` 9.9.9 → 10.0.0")
        );
        assert!(p.has_versions);
        let keys: Vec<&str> = p.crates.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "tencent-cloud-aa",
                "tencent-cloud-bh",
                "tencent-cloud-btoe",
                "tencent-cloud-cvm",
                "tencent-cloud-pts"
            ],
            "nothing from the keep block or the full list"
        );
        let btoe = &p.crates["tencent-cloud-btoe"];
        assert_eq!(
            (btoe.bump.as_str(), btoe.old.as_deref(), btoe.new.as_deref()),
            ("none", Some("0.1.0"), Some("0.1.1"))
        );
        assert_eq!(btoe.note.as_deref(), Some("kept"));
        assert_eq!(p.crates["tencent-cloud-bh"].new.as_deref(), Some("0.1.0"));
        assert_eq!(p.crates["tencent-cloud-aa"].new, None);
        // A count that disagrees with the entries is an error, as is an
        // unclosed keep block.
        assert!(parse("* major (3): `tencent-cloud-a` 0.1.0 → 0.2.0\n").is_err());
        assert!(parse("<!-- notes:keep -->\nx\n").is_err());
    }
}
