//! Rename detection: removed and added objects of the same shape.

use std::collections::HashMap;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use tencent_cloud_spec::{ApiVersion, Object, TypeRef};

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
pub(super) fn object_renames<'a>(
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
