//! The semver bump of a generated crate, from two plans: what users' code
//! sees.

use std::collections::BTreeMap;
use std::fmt;

use crate::plan::{ActionPlan, CratePlan, FieldPlan, ObjectPlan, VersionPlan};

/// The version bump a change implies for a generated crate. Ordered:
/// `None < Patch < Minor < Major`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Bump {
    /// The generated code is identical.
    #[default]
    None,
    /// Docs, examples or behaviour (the read policy) change; no public item
    /// changes.
    Patch,
    /// Public items are added (or deprecated); nothing existing breaks.
    Minor,
    /// A public item is removed or changes type, or calls that compiled
    /// and worked are now rejected (a request member became required).
    Major,
}

impl Bump {
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A crate's bump and the plan differences behind it (at that bump).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanBump {
    pub bump: Bump,
    /// `v20170312 DescribeInstances(): removed`, …: the differences that
    /// demand `bump` (none for a patch found only by the catch-all).
    pub reasons: Vec<String>,
}

impl PlanBump {
    fn note(&mut self, b: Bump, reason: impl FnOnce() -> String) {
        if b > self.bump {
            self.bump = b;
            self.reasons.clear();
        }
        if b == self.bump && b > Bump::Patch {
            self.reasons.push(reason());
        }
    }
}

/// What two plans of one crate imply: major when a public item goes or
/// changes (or the default feature does), minor when one is added or deprecated, patch when anything
/// else the generator renders differs (docs, examples, read policy), none
/// when the plans are equal.
pub fn crate_bump(old: &CratePlan<'_>, new: &CratePlan<'_>) -> PlanBump {
    let mut b = PlanBump::default();
    for o in &old.versions {
        match new.version(o.version) {
            None => b.note(Bump::Major, || format!("feature {} removed", o.version)),
            Some(n) => version_bump(o, n, &mut b),
        }
    }
    for n in &new.versions {
        if old.version(n.version).is_none() {
            b.note(Bump::Minor, || format!("feature {} added", n.version));
        }
    }
    for e in &new.errors {
        if !old.errors.iter().any(|o| o.name == e.name) {
            b.note(Bump::Minor, || format!("errors::{} added", e.name));
        }
    }
    for e in &old.errors {
        match new.errors.iter().find(|n| n.name == e.name) {
            None => b.note(Bump::Major, || format!("errors::{} removed", e.name)),
            Some(n) if n.code != e.code => {
                b.note(Bump::Major, || format!("errors::{} changed value", e.name))
            }
            _ => {}
        }
    }
    if old.default_feature != new.default_feature {
        // Users of the default get another module: its actions and types go.
        b.note(Bump::Major, || {
            format!(
                "default feature {} → {}",
                old.default_feature, new.default_feature
            )
        });
    }
    if b.bump == Bump::None && old != new {
        b.bump = Bump::Patch;
    }
    b
}

fn version_bump(o: &VersionPlan<'_>, n: &VersionPlan<'_>, b: &mut PlanBump) {
    let v = n.version;
    let old_actions: BTreeMap<&str, &ActionPlan> = o.actions.iter().map(|a| (a.name, a)).collect();
    for na in &n.actions {
        match old_actions.get(na.name) {
            None => b.note(Bump::Minor, || format!("{v} {}(): added", na.name)),
            Some(oa) => action_bump(v, oa, na, b),
        }
    }
    for oa in &o.actions {
        if n.action(oa.name).is_none() {
            b.note(Bump::Major, || format!("{v} {}(): removed", oa.name));
        }
    }
    for no in &n.objects {
        match o.object(no.name) {
            None => b.note(Bump::Minor, || format!("{v} {}: added", no.name)),
            Some(oo) => object_bump(v, oo, no, b),
        }
    }
    for oo in &o.objects {
        if n.object(oo.name).is_none() {
            b.note(Bump::Major, || format!("{v} {}: removed", oo.name));
        }
    }
}

fn action_bump(v: &str, o: &ActionPlan<'_>, n: &ActionPlan<'_>, b: &mut PlanBump) {
    let at = |what: &str| format!("{v} {}(): {what}", n.name);
    if o.method != n.method {
        b.note(Bump::Major, || {
            at(&format!("method {} → {}", o.method, n.method))
        });
    }
    if (o.input, o.output) != (n.input, n.output) {
        b.note(Bump::Major, || {
            at(&format!(
                "{} -> {} became {} -> {}",
                o.input, o.output, n.input, n.output
            ))
        });
    }
    if o.deprecated != n.deprecated {
        b.note(Bump::Minor, || {
            at(if n.deprecated {
                "deprecated"
            } else {
                "no longer deprecated"
            })
        });
    }
    match (&o.stream, &n.stream) {
        (Some(_), None) => b.note(Bump::Major, || at("stream method removed")),
        (None, Some(_)) => b.note(Bump::Minor, || at("stream method added")),
        _ => {}
    }
    if o.event_stream != n.event_stream {
        b.note(Bump::Major, || {
            at(if n.event_stream {
                "now returns rt::StreamCall (the action answers with events)"
            } else {
                "no longer returns rt::StreamCall"
            })
        });
    }
    match (&o.pager, &n.pager) {
        (Some(_), None) => b.note(Bump::Major, || at("paginator removed")),
        (None, Some(_)) => b.note(Bump::Minor, || at("paginator added")),
        (Some(x), Some(y)) if x != y => b.note(Bump::Major, || at("paginator changed")),
        _ => {}
    }
}

fn object_bump(v: &str, o: &ObjectPlan<'_>, n: &ObjectPlan<'_>, b: &mut PlanBump) {
    let at = |what: String| format!("{v} {}: {what}", n.name);
    match (o.sent, n.sent) {
        (true, false) => b.note(Bump::Major, || {
            at("no longer sent (Encode and setters removed)".into())
        }),
        (false, true) => b.note(Bump::Minor, || {
            at("now sent (Encode and setters added)".into())
        }),
        _ => {}
    }
    if o.fields == n.fields {
        return;
    }
    let old_fields: BTreeMap<&str, &FieldPlan> = o.fields.iter().map(|f| (f.wire, f)).collect();
    for nf in &n.fields {
        let Some(of) = old_fields.get(nf.wire) else {
            if nf.required && o.sent {
                // A new required member of a struct that calls already
                // send: those calls lack it and are rejected.
                b.note(Bump::Major, || {
                    at(format!("field {} added, required", nf.ident))
                });
            } else {
                b.note(Bump::Minor, || at(format!("field {} added", nf.ident)));
            }
            continue;
        };
        if of.ident != nf.ident {
            b.note(Bump::Major, || {
                at(format!("field {} renamed {}", of.ident, nf.ident))
            });
        }
        if of.ty != nf.ty {
            b.note(Bump::Major, || {
                at(format!("field {} changed type", nf.ident))
            });
        }
        if !of.required && nf.required {
            // No Rust type changes, but calls that compiled and worked are
            // now rejected by the server.
            b.note(Bump::Major, || {
                at(format!("field {} became required", nf.ident))
            });
        }
        if !of.deprecated && nf.deprecated {
            b.note(Bump::Minor, || at(format!("field {} deprecated", nf.ident)));
        }
    }
    let new_wires: std::collections::HashSet<&str> = n.fields.iter().map(|f| f.wire).collect();
    for of in &o.fields {
        if !new_wires.contains(of.wire) {
            b.note(Bump::Major, || at(format!("field {} removed", of.ident)));
        }
    }
}
