//! The pager report: which actions page and how, and for every list-like action that
//! gets no pager, why (`crates/services/PAGERS.txt`, written by `cargo xtask regen`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use tencent_cloud_spec::{Action, ApiVersion, PAGE_TOKENS};

use crate::{PageKind, TotalCount, VersionPlan};

/// Request members that number pages (found in the specs).
const PAGE_NUMBERS: &[&str] = &["PageNumber", "PageNum", "PageNo", "Page", "PageIndex"];

/// Names of actions that list things.
const LIST_PREFIXES: &[&str] = &["Describe", "List", "Query", "Get", "Search"];

/// Why a list-like action has no pager (`None`: it is not list-like).
pub fn no_pager_reason(api: &ApiVersion, a: &Action) -> Option<&'static str> {
    if !LIST_PREFIXES.iter().any(|p| a.name.starts_with(p)) {
        return None;
    }
    let output = api.output_of(a)?;
    let lists = output
        .members
        .iter()
        .filter(|m| m.ty.list && !m.disabled)
        .count();
    if lists == 0 {
        return None;
    }
    let input = api.input_of(a);
    let has = |name: &str| input.is_some_and(|i| i.member(name).is_some_and(|m| !m.disabled));
    Some(if api.pagination(a).is_some() {
        "its request type is shared with another paged action (one Paginate impl per type)"
    } else if lists > 1 {
        "several lists in the response: the spec does not say which one is the page"
    } else if PAGE_NUMBERS.iter().any(|p| has(p)) {
        "pages by page number: the spec does not say whether numbering starts at 0 or 1"
    } else if has("Offset") {
        "Offset without Limit, or the two of different types"
    } else if PAGE_TOKENS.iter().any(|(t, _)| has(t)) {
        "a token in the request but no next token in the response"
    } else if has("Limit") {
        "a Limit but no Offset or token: only the first page can be asked for"
    } else {
        "no paging parameter: the response is the whole list"
    })
}

/// The report: pagers by kind, then the list-like actions without one and why.
pub fn pager_listing<'a>(
    versions: impl IntoIterator<Item = (&'a ApiVersion, &'a VersionPlan<'a>)>,
) -> String {
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
    let mut lines = Vec::new();
    for (api, v) in versions {
        for a in &v.actions {
            if let Some(p) = &a.pager {
                let kind = match &p.kind {
                    PageKind::Offset {
                        total: TotalCount::U64 | TotalCount::I64,
                        ..
                    } => "Offset/Limit and TotalCount",
                    PageKind::Offset { .. } => {
                        "Offset/Limit without TotalCount (ends at an empty page)"
                    }
                    PageKind::Token { .. } => {
                        "a continuation token (NextToken, Context, Cursor, ...)"
                    }
                };
                *kinds.entry(kind).or_default() += 1;
                continue;
            }
            let Some(action) = api.actions.get(a.name) else {
                continue;
            };
            if let Some(why) = no_pager_reason(api, action) {
                *reasons.entry(why).or_default() += 1;
                lines.push(format!("{}/{}/{}: {why}", v.service, v.version, a.name));
            }
        }
    }
    let mut text = String::new();
    let _ = writeln!(
        text,
        "# Pagers of the generated actions: {} in all.",
        kinds.values().sum::<usize>()
    );
    text.push_str("# Written by `cargo xtask regen` (tencent_cloud_plan::pager_listing).\n");
    for (k, n) in &kinds {
        let _ = writeln!(text, "#   {n:>6}  by {k}");
    }
    let _ = writeln!(
        text,
        "# List-like actions (Describe/List/Query/Get/Search answering a list) without a pager: {}.",
        lines.len()
    );
    for (r, n) in &reasons {
        let _ = writeln!(text, "#   {n:>6}  {r}");
    }
    for l in &lines {
        text.push_str(l);
        text.push('\n');
    }
    text
}
