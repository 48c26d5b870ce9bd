//! Which objects an API version generates and how they nest: the callable actions,
//! the objects reached from them (sent and received), and the object fields that must
//! be boxed because inline structs reach each other (strongly connected components).

use std::collections::{BTreeSet, HashMap, HashSet};

use tencent_cloud_spec::{Action, ApiVersion, Base};

/// Callable actions of an API version, sorted by name.
pub fn callable(api: &ApiVersion) -> impl Iterator<Item = &Action> {
    api.actions.values().filter(|a| a.status.is_callable())
}

/// Reachability from callable actions: (sent, received) object names. An
/// object is generated when it is in either; objects reached only from
/// offline actions are not.
pub fn reach(api: &ApiVersion) -> (BTreeSet<&str>, BTreeSet<&str>) {
    fn walk<'a>(api: &'a ApiVersion, roots: Vec<&'a str>) -> BTreeSet<&'a str> {
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let mut stack = roots;
        while let Some(n) = stack.pop() {
            if !seen.insert(n) {
                continue;
            }
            if let Some(o) = api.objects.get(n) {
                for m in &o.members {
                    if let Base::Object(t) = &m.ty.base {
                        stack.push(t.as_str());
                    }
                }
            }
        }
        seen
    }
    let sent = walk(api, callable(api).map(|a| a.input.as_str()).collect());
    let received = walk(api, callable(api).map(|a| a.output.as_str()).collect());
    (sent, received)
}

/// The objects that are generated: those reached from a callable action.
pub fn generated_objects(api: &ApiVersion) -> BTreeSet<&str> {
    let (sent, received) = reach(api);
    sent.union(&received).copied().collect()
}

/// Object-typed (non-list) fields that must be boxed: the target can reach
/// the holder through non-list object fields (a cycle of inline structs).
/// That is: holder and target are in one strongly connected component of
/// the graph of inline fields, found in linear time (Tarjan, iterative).
pub(crate) fn boxed_fields<'a>(
    api: &'a ApiVersion,
    generated: &BTreeSet<&str>,
) -> HashSet<(&'a str, &'a str)> {
    let names: Vec<&'a str> = generated
        .iter()
        .filter_map(|n| api.objects.get_key_value(*n).map(|(k, _)| k.as_str()))
        .collect();
    let index: HashMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let inline = |i: usize| -> Vec<usize> {
        api.objects[names[i]]
            .members
            .iter()
            .filter(|m| !m.ty.list)
            .filter_map(|m| m.ty.base.object_name())
            .filter_map(|t| index.get(t).copied())
            .collect()
    };
    let edges: Vec<Vec<usize>> = (0..names.len()).map(inline).collect();
    let comp = strongly_connected(&edges);
    let mut out = HashSet::new();
    for (i, name) in names.iter().enumerate() {
        for m in &api.objects[*name].members {
            if m.ty.list {
                continue;
            }
            let Some(j) = m.ty.base.object_name().and_then(|t| index.get(t)) else {
                continue;
            };
            if comp[i] == comp[*j] {
                out.insert((*name, m.name.as_str()));
            }
        }
    }
    out
}

/// The strongly connected component of each node (Tarjan's algorithm with
/// an explicit stack: no recursion, whatever the depth of the graph).
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const NONE: usize = usize::MAX;
    let n = edges.len();
    let (mut index, mut low, mut comp) = (vec![NONE; n], vec![0; n], vec![NONE; n]);
    let mut on_stack = vec![false; n];
    let (mut stack, mut next, mut ncomp) = (Vec::new(), 0, 0);
    for root in 0..n {
        if index[root] != NONE {
            continue;
        }
        // (node, next edge to look at)
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (v, ref mut e)) = work.last_mut() {
            if *e == 0 && index[v] == NONE {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*e) {
                *e += 1;
                if index[w] == NONE {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = ncomp;
                    if w == v {
                        break;
                    }
                }
                ncomp += 1;
            }
        }
    }
    comp
}
