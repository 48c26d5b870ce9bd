//! One API version against another: actions, then objects.

use std::collections::BTreeSet;

use tencent_cloud_plan::generated_objects;
use tencent_cloud_spec::{Action, ActionStatus, ApiVersion, Object};

use super::object::diff_object;
use super::renames::object_renames;
use super::{Summary, not_generated};
use crate::change::{Bump, Change, Rule, Side, Subject};

pub(super) fn action_added(api: &ApiVersion, a: &Action) -> Change {
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

/// An object added; `generated`: the plan generates it.
pub(super) fn object_added(api: &ApiVersion, o: &Object, generated: bool) -> Change {
    let c = Change::new(
        Rule::ObjectAdded,
        Subject::Object,
        &api.service,
        &api.version,
    )
    .object(&o.name)
    .side(Side::from_direction(o.direction));
    if generated { c } else { c.bump(Bump::None) }
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

    // Objects. Whether each is generated is the plan's decision (reached
    // from a callable action), in each version.
    let (gen_old, gen_new): (BTreeSet<&str>, BTreeSet<&str>) =
        if old.objects == new.objects && old.actions == new.actions {
            Default::default()
        } else {
            (generated_objects(old), generated_objects(new))
        };
    let mut removed: Vec<&Object> = Vec::new();
    let mut added: Vec<&Object> = Vec::new();
    for (name, oo) in &old.objects {
        match new.objects.get(name) {
            None => removed.push(oo),
            Some(no) => {
                if oo != no {
                    diff_object(
                        svc,
                        ver,
                        oo,
                        no,
                        (
                            gen_old.contains(name.as_str()),
                            gen_new.contains(name.as_str()),
                        ),
                        out,
                        summary,
                    );
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
        out.push(if !gen_old.contains(o.name.as_str()) {
            not_generated(c)
        } else {
            c
        });
    }
    for o in &added {
        out.push(object_added(new, o, gen_new.contains(o.name.as_str())));
    }
    for (o, n) in object_renames(old, new, &removed, &added) {
        summary.objects_renamed += 1;
        let c = base(Rule::ObjectRenamed, Subject::Object)
            .object(&n.name)
            .side(Side::from_direction(n.direction))
            .values(Some(o.name.clone()), Some(n.name.clone()));
        out.push(
            if !gen_old.contains(o.name.as_str()) && !gen_new.contains(n.name.as_str()) {
                not_generated(c)
            } else {
                c
            },
        );
    }
}
