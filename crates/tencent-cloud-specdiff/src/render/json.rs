//! `--format json`: a stable, documented schema.
//!
//! ```text
//! {
//!   "schema_version": 1,
//!   "old": "3.0.1216.1",                 // release names
//!   "new": "3.0.1217.1",
//!   "summary": {
//!     // plain set differences by name (renames are counted on top):
//!     "services_added": 2, "services_removed": 0,
//!     "api_versions_added": 2, "api_versions_removed": 0,
//!     "actions_added": 120, "actions_removed": 9, "actions_status_changed": 10,
//!     "objects_added": 338, "objects_removed": 23, "objects_renamed": 0,
//!     // members of objects present in both releases only:
//!     "members_added": 349, "members_removed": 0, "members_renamed": 0,
//!     "members_type_changed": 4,
//!     // changes after the ignore list, by level (the gate uses these):
//!     "err": 45, "warn": 64, "info": 20000,
//!     "ignored": 0,        // left out by --ignore
//!     "shown": 20109       // in "changes" (after --level)
//!   },
//!   "changes": [{
//!     "rule": "action-deprecated",     // stable kebab-case id
//!     "level": "INFO",                 // ERR | WARN | INFO (HTTP contract)
//!     "bump": "minor",                 // major | minor | patch | none (Rust crate)
//!     "subject": "action",             // service | api-version | action | object | member | examples
//!     "service": "cfw", "version": "v20190904",
//!     "location": "cfw/v20190904/AddAcRule()",
//!     "parent": "AddAcRule",           // action or object name ("" above that)
//!     "member": "",                    // member name for member changes
//!     "side": "none",                  // request | response | both | none
//!     "field": "status",               // what changed, or null
//!     "old": "online", "new": "deprecated"   // strings or null
//!   }],
//!   "semver": [{
//!     "crate": "tencent-cloud-cfw", "service": "cfw",
//!     "bump": "major",                 // major | minor | patch | none | new | removed
//!     "reasons": 3,                    // changes demanding that bump
//!     "rules": ["action-removed"]      // their rule ids
//!   }]
//! }
//! ```
//!
//! Fields are only ever added, never renamed or removed, within one
//! `schema_version`.

use serde::Serialize;

use crate::change::{Change, Level};
use crate::diff::Summary;
use crate::report::Report;
use crate::semver_bump::CrateBump;

#[derive(Serialize)]
struct JsonSummary {
    #[serde(flatten)]
    counts: Summary,
    err: usize,
    warn: usize,
    info: usize,
    ignored: usize,
    shown: usize,
}

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    old: &'a str,
    new: &'a str,
    summary: JsonSummary,
    changes: &'a [Change],
    semver: &'a [CrateBump],
}

/// Renders the report as pretty JSON (with a final newline).
pub fn render(r: &Report) -> String {
    let doc = Doc {
        schema_version: 1,
        old: &r.old_name,
        new: &r.new_name,
        summary: JsonSummary {
            counts: r.summary,
            err: r.count(Level::Err),
            warn: r.count(Level::Warn),
            info: r.count(Level::Info),
            ignored: r.ignored,
            shown: r.changes.len(),
        },
        changes: &r.changes,
        semver: &r.semver,
    };
    let mut s =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
