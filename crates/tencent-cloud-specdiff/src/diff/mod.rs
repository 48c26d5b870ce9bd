//! The diff engine: two releases (or two API versions) in, [`Change`]s and
//! a [`Summary`] out.
//!
//! Everything is compared by name (services, versions, actions, objects,
//! members), with an early whole-value equality check before any detail,
//! so the cost is linear in the size of the specs. Rename detection buckets
//! removed and added objects by a shape signature (a hash of their member
//! names and types), so it is linear too. Text diffs of docs are computed
//! only by the text renderer, never here.

use std::collections::BTreeMap;

use serde::Serialize;
use tencent_cloud_plan::{PlanBump, crate_bump, generated_objects, plan_crate_only};
use tencent_cloud_spec::{ApiVersion, Release, Service};

use crate::change::{Bump, Change, Level, Rule, Subject};

mod object;
mod renames;
mod version;

pub use tencent_cloud_plan::same_rust_type;
pub use version::diff_api_versions;
use version::{action_added, object_added};

/// What to compare.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only these services (all when empty).
    pub services: Vec<String>,
}

/// Counts of structural changes: plain set differences by name. Renames
/// are reported on top (`objects_renamed`, `members_renamed`), never
/// subtracted. `members_*` count only members of objects present in both
/// releases; `actions_*` and `objects_*` include those of added or removed
/// API versions and services.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub services_added: usize,
    pub services_removed: usize,
    pub api_versions_added: usize,
    pub api_versions_removed: usize,
    pub actions_added: usize,
    pub actions_removed: usize,
    /// Actions present in both whose status differs (a missing status counts
    /// as online).
    pub actions_status_changed: usize,
    pub objects_added: usize,
    pub objects_removed: usize,
    pub objects_renamed: usize,
    pub members_added: usize,
    pub members_removed: usize,
    pub members_renamed: usize,
    pub members_type_changed: usize,
}

impl Summary {
    fn add(&mut self, o: &Summary) {
        self.services_added += o.services_added;
        self.services_removed += o.services_removed;
        self.api_versions_added += o.api_versions_added;
        self.api_versions_removed += o.api_versions_removed;
        self.actions_added += o.actions_added;
        self.actions_removed += o.actions_removed;
        self.actions_status_changed += o.actions_status_changed;
        self.objects_added += o.objects_added;
        self.objects_removed += o.objects_removed;
        self.objects_renamed += o.objects_renamed;
        self.members_added += o.members_added;
        self.members_removed += o.members_removed;
        self.members_renamed += o.members_renamed;
        self.members_type_changed += o.members_type_changed;
    }
}

/// Facts about one API version that renderers need (release-note headings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionInfo {
    pub service: String,
    pub version: String,
    /// `2017-03-12`.
    pub api_version: String,
    /// Product name in Chinese, if the spec gives one.
    pub service_name_cn: Option<String>,
    /// Objects that are an action's input or output, in either release:
    /// object name → (action name, is input). Release notes list member
    /// changes of these as 入参 / 出参 of the action.
    #[serde(skip)]
    pub io: BTreeMap<String, (String, bool)>,
}

impl VersionInfo {
    fn of(api: &ApiVersion) -> Self {
        let mut v = VersionInfo {
            service: api.service.clone(),
            version: api.version.clone(),
            api_version: api.metadata.api_version.clone(),
            service_name_cn: api.metadata.service_name_cn.clone(),
            io: BTreeMap::new(),
        };
        v.add_io(api);
        v
    }
    fn add_io(&mut self, api: &ApiVersion) {
        for a in api.actions.values() {
            self.io
                .entry(a.input.clone())
                .or_insert_with(|| (a.name.clone(), true));
            self.io
                .entry(a.output.clone())
                .or_insert_with(|| (a.name.clone(), false));
        }
    }
}

/// The result of a diff.
#[derive(Debug, Clone, Default)]
pub struct Diff {
    pub changes: Vec<Change>,
    pub summary: Summary,
    /// Every API version that has at least one change, by (service, version).
    pub versions: BTreeMap<(String, String), VersionInfo>,
    /// Services only in the new release.
    pub services_added: Vec<String>,
    /// Services only in the old release.
    pub services_removed: Vec<String>,
    /// Every service compared or added/removed.
    pub services_seen: Vec<String>,
    /// The bump of each crate present in both releases whose spec changed,
    /// from its two plans (what users' code sees): see
    /// [`tencent_cloud_plan::crate_bump`]. A crate whose plans are equal is
    /// not bumped, whatever its spec changes (a member's `example` text,
    /// the examples of an older API version).
    pub plan_bumps: BTreeMap<String, PlanBump>,
}

/// Compares two releases.
pub fn diff_releases(old: &Release, new: &Release, opts: &Options) -> Diff {
    let wanted = |s: &str| opts.services.is_empty() || opts.services.iter().any(|w| w == s);
    let mut names: Vec<&String> = old
        .services
        .keys()
        .chain(new.services.keys())
        .filter(|s| wanted(s))
        .collect();
    names.sort();
    names.dedup();

    // Each service is independent: diff them on all cores, then merge in
    // name order so the output is deterministic.
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(names.len().max(1));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut parts: Vec<(usize, Diff)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(name) = names.get(i) else { break };
                        out.push((
                            i,
                            diff_service(old.services.get(*name), new.services.get(*name)),
                        ));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    parts.sort_by_key(|(i, _)| *i);
    let mut diff = Diff::default();
    for (_, d) in parts {
        diff.changes.extend(d.changes);
        diff.summary.add(&d.summary);
        diff.versions.extend(d.versions);
        diff.services_added.extend(d.services_added);
        diff.services_removed.extend(d.services_removed);
        diff.services_seen.extend(d.services_seen);
        diff.plan_bumps.extend(d.plan_bumps);
    }
    diff
}

/// Compares two releases loaded by [`crate::input::load_pair`]: the
/// services it left out as byte-identical are seen, with no change.
pub fn diff_pair(pair: &crate::input::Pair, opts: &Options) -> Diff {
    let mut d = diff_releases(&pair.old, &pair.new, opts);
    let wanted = |s: &String| opts.services.is_empty() || opts.services.contains(s);
    d.services_seen
        .extend(pair.same.iter().filter(|s| wanted(s)).cloned());
    d.services_seen.sort();
    d
}

/// Compares one service across releases (either side may be missing).
pub fn diff_service(old: Option<&Service>, new: Option<&Service>) -> Diff {
    let mut d = Diff::default();
    match (old, new) {
        (None, None) => {}
        (None, Some(n)) => {
            d.services_seen.push(n.name.clone());
            d.services_added.push(n.name.clone());
            d.summary.services_added += 1;
            d.changes.push(Change::new(
                Rule::ServiceAdded,
                Subject::Service,
                &n.name,
                "",
            ));
            for api in n.versions.values() {
                version_added(api, &mut d);
            }
        }
        (Some(o), None) => {
            d.services_seen.push(o.name.clone());
            d.services_removed.push(o.name.clone());
            d.summary.services_removed += 1;
            d.changes.push(Change::new(
                Rule::ServiceRemoved,
                Subject::Service,
                &o.name,
                "",
            ));
            for api in o.versions.values() {
                version_removed(api, &mut d);
            }
        }
        (Some(o), Some(n)) => {
            d.services_seen.push(n.name.clone());
            let mut vs: Vec<&String> = o.versions.keys().chain(n.versions.keys()).collect();
            vs.sort();
            vs.dedup();
            for v in vs {
                match (o.versions.get(v), n.versions.get(v)) {
                    (Some(a), Some(b)) => {
                        let before = d.changes.len();
                        diff_api_versions(a, b, &mut d.changes, &mut d.summary);
                        if d.changes.len() > before {
                            let mut info = VersionInfo::of(b);
                            info.add_io(a);
                            d.versions
                                .insert((b.service.clone(), b.version.clone()), info);
                        }
                    }
                    (None, Some(b)) => version_added(b, &mut d),
                    (Some(a), None) => version_removed(a, &mut d),
                    (None, None) => {}
                }
            }
            if !d.changes.is_empty() {
                // A plan that cannot be made (a spec codegen refuses) leaves
                // the bump to the changes' own.
                // Only the versions that differ are planned: equal specs
                // make equal plans.
                let differs = |api: &ApiVersion| {
                    let other = if o
                        .versions
                        .get(&api.version)
                        .is_some_and(|x| std::ptr::eq(x, api))
                    {
                        n.versions.get(&api.version)
                    } else {
                        o.versions.get(&api.version)
                    };
                    other.is_none_or(|x| !same_spec(x, api))
                };
                if let (Ok(po), Ok(pn)) = (plan_crate_only(o, differs), plan_crate_only(n, differs))
                {
                    d.plan_bumps.insert(n.name.clone(), crate_bump(&po, &pn));
                }
            }
        }
    }
    d
}

/// Two API versions with the same spec (what a plan is made from).
fn same_spec(a: &ApiVersion, b: &ApiVersion) -> bool {
    a.metadata == b.metadata
        && a.actions == b.actions
        && a.objects == b.objects
        && a.examples == b.examples
}

fn version_added(api: &ApiVersion, d: &mut Diff) {
    d.summary.api_versions_added += 1;
    d.summary.actions_added += api.actions.len();
    d.summary.objects_added += api.objects.len();
    d.versions.insert(
        (api.service.clone(), api.version.clone()),
        VersionInfo::of(api),
    );
    d.changes.push(
        Change::new(
            Rule::ApiVersionAdded,
            Subject::ApiVersion,
            &api.service,
            &api.version,
        )
        .values(
            None,
            Some(format!(
                "{} actions, {} objects",
                api.actions.len(),
                api.objects.len()
            )),
        ),
    );
    // Itemise the new version so that release notes list its actions and
    // structures (新增接口 / 新增数据结构), as Tencent's notes do.
    for a in api.actions.values() {
        d.changes.push(action_added(api, a));
    }
    let generated = generated_objects(api);
    for o in api.objects.values() {
        d.changes
            .push(object_added(api, o, generated.contains(o.name.as_str())));
    }
}

fn version_removed(api: &ApiVersion, d: &mut Diff) {
    d.summary.api_versions_removed += 1;
    d.summary.actions_removed += api.actions.len();
    d.summary.objects_removed += api.objects.len();
    d.versions.insert(
        (api.service.clone(), api.version.clone()),
        VersionInfo::of(api),
    );
    // One change for the whole version: its actions and objects are gone
    // with it, and listing each would only repeat that.
    d.changes.push(
        Change::new(
            Rule::ApiVersionRemoved,
            Subject::ApiVersion,
            &api.service,
            &api.version,
        )
        .values(
            Some(format!(
                "{} actions, {} objects",
                api.actions.len(),
                api.objects.len()
            )),
            None,
        ),
    );
}

/// Objects reached by no callable action are not generated: any change to
/// them is INFO for the HTTP contract and no bump for Rust.
pub(crate) fn not_generated(mut c: Change) -> Change {
    c.level = Level::Info;
    c.bump = Bump::None;
    c
}

#[cfg(test)]
#[path = "tests.rs"]
pub(crate) mod tests;

#[cfg(test)]
#[path = "member_tests.rs"]
mod member_tests;

#[cfg(test)]
#[path = "rules_tests.rs"]
mod rules_tests;
