//! A diff made ready for output: ignore list and level filter applied,
//! counts by level, and per-crate bumps.

use std::collections::BTreeMap;

use crate::change::{Change, Level};
use crate::diff::{Diff, Summary, VersionInfo};
use crate::ignore::IgnoreList;
use crate::semver_bump::{CrateBump, crate_bumps};

/// What the renderers print.
#[derive(Debug, Clone)]
pub struct Report {
    /// Release names (`3.0.1216.1`).
    pub old_name: String,
    pub new_name: String,
    /// Changes to show: not ignored, at or above the `--level` filter.
    pub changes: Vec<Change>,
    /// Changes left out by the ignore list.
    pub ignored: usize,
    /// Changes left out by the level filter (still counted by the gate).
    pub below_level: usize,
    /// Not-ignored changes per level (the gate looks at these): ERR, WARN, INFO.
    pub by_level: [usize; 3],
    pub summary: Summary,
    /// Bumps per crate. Computed from every change, ignored or not: the
    /// crate's API changes whether or not a CI gate cares.
    pub semver: Vec<CrateBump>,
    pub versions: BTreeMap<(String, String), VersionInfo>,
}

impl Report {
    pub fn build(
        diff: Diff,
        old_name: &str,
        new_name: &str,
        ignore: &IgnoreList,
        min_level: Level,
    ) -> Report {
        let semver = crate_bumps(
            &diff.changes,
            &diff.services_seen,
            &diff.services_added,
            &diff.services_removed,
            &diff.plan_bumps,
        );
        let mut by_level = [0usize; 3];
        let mut ignored = 0;
        let mut below_level = 0;
        let mut changes = Vec::with_capacity(diff.changes.len());
        for c in diff.changes {
            if !ignore.is_empty() && ignore.matches(&c) {
                ignored += 1;
                continue;
            }
            by_level[level_index(c.level)] += 1;
            if c.level < min_level {
                below_level += 1;
                continue;
            }
            changes.push(c);
        }
        Report {
            old_name: old_name.to_string(),
            new_name: new_name.to_string(),
            changes,
            ignored,
            below_level,
            by_level,
            summary: diff.summary,
            semver,
            versions: diff.versions,
        }
    }

    /// Does any not-ignored change reach `fail_on`?
    pub fn gate_fails(&self, fail_on: Level) -> bool {
        [Level::Err, Level::Warn, Level::Info]
            .iter()
            .any(|l| *l >= fail_on && self.by_level[level_index(*l)] > 0)
    }

    pub fn count(&self, l: Level) -> usize {
        self.by_level[level_index(l)]
    }

    /// Crates per bump (`major`, `minor`, `patch`, `none`, `new`, `removed`).
    pub fn bump_histogram(&self) -> BTreeMap<String, usize> {
        let mut h = BTreeMap::new();
        for b in &self.semver {
            *h.entry(b.bump_label.clone()).or_insert(0) += 1;
        }
        h
    }
}

fn level_index(l: Level) -> usize {
    match l {
        Level::Err => 0,
        Level::Warn => 1,
        Level::Info => 2,
    }
}
