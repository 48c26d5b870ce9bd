//! The diff engine: two releases (or two API versions) in, [`Change`]s and
//! a [`Summary`] out.
//!
//! Everything is compared by name (services, versions, actions, objects,
//! members), with an early whole-value equality check before any detail,
//! so the cost is linear in the size of the specs. Rename detection buckets
//! removed and added objects by a shape signature (a hash of their member
//! names and types), so it is linear too. Text diffs of docs are computed
//! only by the text renderer, never here.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

use serde::Serialize;
use tencentcloud_spec::{
    Action, ActionStatus, ApiVersion, Base, Direction, Member, Object, Release, Scalar, Service,
    TypeRef,
};

use crate::change::{Bump, Change, Level, Rule, Side, Subject};

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
    }
    diff
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
        }
    }
    d
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
    for o in api.objects.values() {
        d.changes.push(object_added(api, o));
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

fn action_added(api: &ApiVersion, a: &Action) -> Change {
    let c = Change::new(
        Rule::ActionAdded,
        Subject::Action,
        &api.service,
        &api.version,
    )
    .action(&a.name)
    .values(None, Some(a.title.clone()));
    if a.status.is_callable() {
        c
    } else {
        // Offline actions are not generated.
        c.bump(Bump::None)
    }
}

fn object_added(api: &ApiVersion, o: &Object) -> Change {
    let c = Change::new(
        Rule::ObjectAdded,
        Subject::Object,
        &api.service,
        &api.version,
    )
    .object(&o.name)
    .side(Side::from_direction(o.direction));
    if o.direction == Direction::Unreachable {
        c.bump(Bump::None)
    } else {
        c
    }
}

/// A missing status means online.
fn norm(s: ActionStatus) -> ActionStatus {
    match s {
        ActionStatus::Unspecified => ActionStatus::Online,
        s => s,
    }
}

/// Compares two versions of one API version, appending changes.
pub fn diff_api_versions(
    old: &ApiVersion,
    new: &ApiVersion,
    out: &mut Vec<Change>,
    summary: &mut Summary,
) {
    let (svc, ver) = (new.service.as_str(), new.version.as_str());
    let base = |rule: Rule, subject: Subject| Change::new(rule, subject, svc, ver);

    // Service metadata text.
    if old.metadata.api_brief != new.metadata.api_brief {
        out.push(
            base(Rule::DocChanged, Subject::ApiVersion)
                .field("api_brief")
                .values(
                    old.metadata.api_brief.clone(),
                    new.metadata.api_brief.clone(),
                ),
        );
    }
    if old.metadata.service_name_cn != new.metadata.service_name_cn {
        out.push(
            base(Rule::DocChanged, Subject::ApiVersion)
                .field("service_name_cn")
                .values(
                    old.metadata.service_name_cn.clone(),
                    new.metadata.service_name_cn.clone(),
                ),
        );
    }

    // Actions.
    for (name, oa) in &old.actions {
        let Some(na) = new.actions.get(name) else {
            summary.actions_removed += 1;
            let rule = match norm(oa.status) {
                ActionStatus::Offline => Rule::OfflineActionRemoved,
                ActionStatus::Deprecated => Rule::ActionRemoved,
                _ => Rule::ActionRemovedWithoutDeprecation,
            };
            out.push(
                base(rule, Subject::Action)
                    .action(name)
                    .values(Some(oa.status.as_str().to_string()), None),
            );
            continue;
        };
        if oa == na && old.examples.get(name) == new.examples.get(name) {
            continue;
        }
        let (os, ns) = (norm(oa.status), norm(na.status));
        if os != ns {
            summary.actions_status_changed += 1;
            use ActionStatus::*;
            let rule = match (os, ns) {
                (Online, Deprecated) => Some(Rule::ActionDeprecated),
                (Deprecated, Online) => Some(Rule::ActionUndeprecated),
                (Online, Offline) => Some(Rule::ActionOfflineWithoutDeprecation),
                (Deprecated, Offline) => Some(Rule::ActionOffline),
                (Offline, _) => Some(Rule::ActionBackOnline),
                _ => None,
            };
            if let Some(rule) = rule {
                out.push(
                    base(rule, Subject::Action)
                        .action(name)
                        .field("status")
                        .values(Some(os.as_str().to_string()), Some(ns.as_str().to_string())),
                );
            }
        }
        let generated = na.status.is_callable() || oa.status.is_callable();
        if oa.input != na.input || oa.output != na.output {
            let c = base(Rule::ActionIoChanged, Subject::Action)
                .action(name)
                .field("input/output")
                .values(
                    Some(format!("{} -> {}", oa.input, oa.output)),
                    Some(format!("{} -> {}", na.input, na.output)),
                );
            out.push(if generated { c } else { c.bump(Bump::None) });
        }
        for (field, o, n) in [
            ("title", &oa.title, &na.title),
            ("document", &oa.document, &na.document),
        ] {
            if o != n {
                out.push(
                    base(Rule::DocChanged, Subject::Action)
                        .action(name)
                        .field(field)
                        .values(Some(o.clone()), Some(n.clone())),
                );
            }
        }
        let (oe, ne) = (old.examples_of(name), new.examples_of(name));
        let same = oe.len() == ne.len()
            && oe.iter().zip(ne).all(|(a, b)| {
                a.title == b.title
                    && a.document == b.document
                    && a.input_raw == b.input_raw
                    && a.output_raw == b.output_raw
            });
        if !same {
            let mut c = base(Rule::ExamplesChanged, Subject::Examples)
                .action(name)
                .field("examples")
                .values(
                    Some(format!("{} examples", oe.len())),
                    Some(format!("{} examples", ne.len())),
                );
            c.location.push_str("/examples");
            out.push(c);
        }
    }
    for (name, na) in &new.actions {
        if !old.actions.contains_key(name) {
            summary.actions_added += 1;
            out.push(action_added(new, na));
        }
    }

    // Objects.
    let mut removed: Vec<&Object> = Vec::new();
    let mut added: Vec<&Object> = Vec::new();
    for (name, oo) in &old.objects {
        match new.objects.get(name) {
            None => removed.push(oo),
            Some(no) => {
                if oo != no {
                    diff_object(svc, ver, oo, no, out, summary);
                }
            }
        }
    }
    for (name, no) in &new.objects {
        if !old.objects.contains_key(name) {
            added.push(no);
        }
    }
    summary.objects_removed += removed.len();
    summary.objects_added += added.len();
    for o in &removed {
        let c = base(Rule::ObjectRemoved, Subject::Object)
            .object(&o.name)
            .side(Side::from_direction(o.direction));
        out.push(if o.direction == Direction::Unreachable {
            not_generated(c)
        } else {
            c
        });
    }
    for o in &added {
        out.push(object_added(new, o));
    }
    for (o, n) in object_renames(old, new, &removed, &added) {
        summary.objects_renamed += 1;
        let c = base(Rule::ObjectRenamed, Subject::Object)
            .object(&n.name)
            .side(Side::from_direction(n.direction))
            .values(Some(o.name.clone()), Some(n.name.clone()));
        out.push(
            if o.direction == Direction::Unreachable && n.direction == Direction::Unreachable {
                not_generated(c)
            } else {
                c
            },
        );
    }
}

/// Objects reached by no action are not generated: any change to them is
/// INFO for the HTTP contract and no bump for Rust.
fn not_generated(mut c: Change) -> Change {
    c.level = Level::Info;
    c.bump = Bump::None;
    c
}

/// The Rust type a scalar maps to (see the crate docs' mapping contract).
fn rust_scalar(s: Scalar) -> &'static str {
    match s {
        Scalar::String | Scalar::DateTime | Scalar::DateTimeIso | Scalar::Date | Scalar::Binary => {
            "String"
        }
        Scalar::Int64 => "i64",
        Scalar::Uint64 => "u64",
        Scalar::Float => "f64",
        Scalar::Bool => "bool",
    }
}

/// Do two spec types map to the same Rust type?
pub fn same_rust_type(a: &TypeRef, b: &TypeRef) -> bool {
    a.list == b.list
        && match (&a.base, &b.base) {
            (Base::Scalar(x), Base::Scalar(y)) => rust_scalar(*x) == rust_scalar(*y),
            (Base::Object(x), Base::Object(y)) => x == y,
            _ => false,
        }
}

fn bits(d: Direction) -> u8 {
    match d {
        Direction::Unreachable => 0,
        Direction::Input => 1,
        Direction::Output => 2,
        Direction::Both => 3,
    }
}

fn side_of(b: u8) -> Side {
    match b {
        1 => Side::Request,
        2 => Side::Response,
        3 => Side::Both,
        _ => Side::None,
    }
}

/// Picks the strictest rule; ties go to the first (the request side).
fn strictest(rules: &[Rule]) -> Option<Rule> {
    let mut best: Option<Rule> = None;
    for r in rules {
        if best.is_none_or(|b| r.level() > b.level()) {
            best = Some(*r);
        }
    }
    best
}

fn diff_object(
    svc: &str,
    ver: &str,
    oo: &Object,
    no: &Object,
    out: &mut Vec<Change>,
    summary: &mut Summary,
) {
    let base = |rule: Rule, subject: Subject| Change::new(rule, subject, svc, ver);
    // The object is judged by every way it travelled, before or after.
    let b = bits(oo.direction) | bits(no.direction);
    let side = side_of(b);
    let (req, resp) = (b & 1 != 0, b & 2 != 0);
    let gen_old = oo.direction != Direction::Unreachable;
    let gen_new = no.direction != Direction::Unreachable;
    let fix = |c: Change| if b == 0 { not_generated(c) } else { c };

    if gen_old != gen_new {
        let rule = if gen_new {
            Rule::ObjectBecameReachable
        } else {
            Rule::ObjectBecameUnreachable
        };
        out.push(
            base(rule, Subject::Object)
                .object(&no.name)
                .side(side)
                .field("direction")
                .values(
                    Some(oo.direction.as_str().to_string()),
                    Some(no.direction.as_str().to_string()),
                ),
        );
    }
    if oo.document != no.document {
        out.push(fix(base(Rule::DocChanged, Subject::Object)
            .object(&no.name)
            .side(side)
            .field("document")
            .values(Some(oo.document.clone()), Some(no.document.clone()))));
    }
    if oo.members == no.members {
        return;
    }

    let small = oo.members.len() <= 16;
    let index: HashMap<&str, &Member> = if small {
        HashMap::new()
    } else {
        no.members.iter().map(|m| (m.name.as_str(), m)).collect()
    };
    let find_new = |name: &str| -> Option<&Member> {
        if small {
            no.member(name)
        } else {
            index.get(name).copied()
        }
    };
    let old_names: HashSet<&str> = oo.members.iter().map(|m| m.name.as_str()).collect();

    let mut removed: Vec<&Member> = Vec::new();
    let mut added: Vec<&Member> = Vec::new();
    for om in &oo.members {
        let Some(nm) = find_new(&om.name) else {
            summary.members_removed += 1;
            removed.push(om);
            let mut rules = Vec::new();
            if req {
                rules.push(Rule::RequestMemberRemoved);
            }
            if resp {
                rules.push(Rule::ResponseMemberRemoved);
            }
            let rule = strictest(&rules).unwrap_or(Rule::MemberRemoved);
            out.push(fix(base(rule, Subject::Member)
                .member(&no.name, &om.name)
                .side(side)
                .field("member")
                .values(Some(om.ty.to_string()), None)));
            continue;
        };
        if om == nm {
            continue;
        }
        diff_member(svc, ver, &no.name, side, req, resp, om, nm, out, summary);
    }
    for nm in &no.members {
        if old_names.contains(nm.name.as_str()) {
            continue;
        }
        summary.members_added += 1;
        added.push(nm);
        let mut rules = Vec::new();
        if req {
            rules.push(if nm.required_in_request() {
                Rule::RequestMemberAddedRequired
            } else {
                Rule::RequestMemberAddedOptional
            });
        }
        if resp {
            rules.push(Rule::ResponseMemberAdded);
        }
        let rule = strictest(&rules).unwrap_or(Rule::MemberAdded);
        out.push(fix(base(rule, Subject::Member)
            .member(&no.name, &nm.name)
            .side(side)
            .field("member")
            .values(None, Some(nm.ty.to_string()))));
    }

    // Member renames: a removed and an added member of the same type whose
    // document is the same (and not empty), or whose names differ only in
    // case or underscores. Each side is used at most once.
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| *c != '_')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let mut used = vec![false; added.len()];
    for om in removed.iter() {
        let hit = added.iter().enumerate().position(|(i, nm)| {
            !used[i]
                && nm.ty == om.ty
                && ((!om.document.trim().is_empty() && nm.document == om.document)
                    || key(&nm.name) == key(&om.name))
        });
        if let Some(i) = hit {
            used[i] = true;
            summary.members_renamed += 1;
            out.push(fix(base(Rule::MemberRenamed, Subject::Member)
                .member(&no.name, &added[i].name)
                .side(side)
                .values(Some(om.name.clone()), Some(added[i].name.clone()))));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn diff_member(
    svc: &str,
    ver: &str,
    object: &str,
    side: Side,
    req: bool,
    resp: bool,
    om: &Member,
    nm: &Member,
    out: &mut Vec<Change>,
    summary: &mut Summary,
) {
    let unreachable = !req && !resp;
    let mk = |rule: Rule| {
        let c = Change::new(rule, Subject::Member, svc, ver)
            .member(object, &nm.name)
            .side(side);
        if unreachable { not_generated(c) } else { c }
    };
    if om.ty != nm.ty {
        summary.members_type_changed += 1;
    }
    // Disabled members are generated as `#[deprecated]` fields: the flag is
    // a deprecation, and every other rule applies to them as to any member.
    if om.disabled != nm.disabled {
        let (rule, was, is) = if nm.disabled {
            (Rule::MemberDisabled, "false", "true")
        } else {
            (Rule::MemberEnabled, "true", "false")
        };
        out.push(
            mk(rule)
                .field("disabled")
                .values(Some(was.into()), Some(is.into())),
        );
    }
    if om.ty != nm.ty {
        let rule = if same_rust_type(&om.ty, &nm.ty) {
            Rule::MemberFormatChanged
        } else {
            Rule::MemberTypeChanged
        };
        out.push(
            mk(rule)
                .field("type")
                .values(Some(om.ty.to_string()), Some(nm.ty.to_string())),
        );
    }
    let flag = |b: bool| Some(b.to_string());
    if req && om.required_in_request() != nm.required_in_request() {
        let rule = if nm.required_in_request() {
            Rule::RequestMemberBecameRequired
        } else {
            Rule::RequestMemberBecameOptional
        };
        out.push(mk(rule).field("required").values(
            flag(om.required_in_request()),
            flag(nm.required_in_request()),
        ));
    }
    // Response side: what a reader can rely on is "a non-null value is
    // always there" (always in response and not nullable). 3.0.1217.1
    // respelled thousands of members from "present, may be null" to "may be
    // absent, never null": no reader gains or loses a guarantee, so that is
    // no change. Only a change of the guarantee is reported.
    if resp {
        let g = |m: &Member| m.always_in_response() && !m.nullable;
        match (g(om), g(nm)) {
            (true, false) if !nm.always_in_response() => out.push(
                mk(Rule::ResponseMemberBecameOptional)
                    .field("output_required")
                    .values(flag(true), flag(false)),
            ),
            (true, false) => out.push(
                mk(Rule::ResponseMemberBecameNullable)
                    .field("value_allowed_null")
                    .values(flag(false), flag(true)),
            ),
            (false, true) if !om.always_in_response() => out.push(
                mk(Rule::ResponseMemberBecameRequired)
                    .field("output_required")
                    .values(flag(false), flag(true)),
            ),
            (false, true) => out.push(
                mk(Rule::ResponseMemberBecameNonNullable)
                    .field("value_allowed_null")
                    .values(flag(true), flag(false)),
            ),
            _ => {}
        }
    } else if om.nullable != nm.nullable && req {
        out.push(
            mk(Rule::MemberNullableChanged)
                .field("value_allowed_null")
                .values(flag(om.nullable), flag(nm.nullable)),
        );
    }
    if om.document != nm.document {
        out.push(
            mk(Rule::DocChanged)
                .field("document")
                .values(Some(om.document.clone()), Some(nm.document.clone())),
        );
    }
    if om.example != nm.example {
        out.push(
            mk(Rule::ExampleChanged)
                .field("example")
                .values(om.example.clone(), nm.example.clone()),
        );
    }
}

/// The shape of an object: its member names and types, in order-free form.
fn shape(o: &Object) -> Vec<(&str, &TypeRef)> {
    let mut v: Vec<(&str, &TypeRef)> = o.members.iter().map(|m| (m.name.as_str(), &m.ty)).collect();
    v.sort();
    v
}

fn shape_hash(o: &Object) -> u64 {
    let mut h = DefaultHasher::new();
    shape(o).hash(&mut h);
    h.finish()
}

/// Who refers to an object: (referring object, member) pairs, and the
/// actions using it as input or output. Names of referrers, not of the
/// object itself, so that a renamed object keeps its references.
fn referrers(api: &ApiVersion, name: &str) -> Vec<String> {
    let mut v = Vec::new();
    for o in api.objects.values() {
        for m in &o.members {
            if m.ty.base.object_name() == Some(name) {
                v.push(format!("{}.{}", o.name, m.name));
            }
        }
    }
    for a in api.actions.values() {
        if a.input == name {
            v.push(format!("{}()<", a.name));
        }
        if a.output == name {
            v.push(format!("{}()>", a.name));
        }
    }
    v.sort();
    v
}

/// Pairs removed objects with added objects of the same shape (the same
/// member names and types, at least one member). Buckets the added objects
/// by a shape hash, so the cost is linear. Where a bucket holds several
/// candidates, the one with the same referrers wins; if that is still
/// ambiguous, no rename is reported.
fn object_renames<'a>(
    old: &ApiVersion,
    new: &ApiVersion,
    removed: &[&'a Object],
    added: &[&'a Object],
) -> Vec<(&'a Object, &'a Object)> {
    if removed.is_empty() || added.is_empty() {
        return Vec::new();
    }
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, a) in added.iter().enumerate() {
        if !a.members.is_empty() {
            buckets.entry(shape_hash(a)).or_default().push(i);
        }
    }
    let mut used = vec![false; added.len()];
    let mut pairs = Vec::new();
    for r in removed {
        if r.members.is_empty() {
            continue;
        }
        let Some(cands) = buckets.get(&shape_hash(r)) else {
            continue;
        };
        let rs = shape(r);
        let same: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&i| !used[i] && shape(added[i]) == rs)
            .collect();
        let pick = match same.as_slice() {
            [] => None,
            [one] => Some(*one),
            many => {
                let want = referrers(old, &r.name);
                let hits: Vec<usize> = many
                    .iter()
                    .copied()
                    .filter(|&i| referrers(new, &added[i].name) == want)
                    .collect();
                if hits.len() == 1 { Some(hits[0]) } else { None }
            }
        };
        if let Some(i) = pick {
            used[i] = true;
            pairs.push((*r, added[i]));
        }
    }
    pairs
}

#[cfg(test)]
#[path = "diff_tests.rs"]
pub(crate) mod tests;

#[cfg(test)]
#[path = "rules_tests.rs"]
mod rules_tests;
