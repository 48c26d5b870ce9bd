"""Independent oracle for `tc-specdiff --channels`: counts what exists on one site only
and which shared members differ in type, straight from the api.json files (no Rust
model). Usage: oracle.py CHINA_DIR INTL_DIR; prints JSON with the summary fields it can
compute and the member type disagreements. Checked against issue 21's published figures
(China 3.1.189.1 against intl 3.1.189.1: 860 intl-only actions, 479 in 13 services, 381
in shared services; 11 of 113,322 shared members differ in type)."""
import json, os, sys

def load(root):
    out = {}
    for svc in sorted(os.listdir(root)):
        p = os.path.join(root, svc)
        if not os.path.isdir(p):
            continue
        for ver in sorted(os.listdir(p)):
            f = os.path.join(p, ver, 'api.json')
            if len(ver) == 9 and ver.startswith('v') and ver[1:].isdigit() and os.path.isfile(f):
                with open(f, encoding='utf-8') as fh:
                    out.setdefault(svc, {})[ver] = json.load(fh)
    return out

china, intl = load(sys.argv[1]), load(sys.argv[2])
n = lambda svcs, s: sum(len(v['actions']) for v in svcs[s].values())
r = dict.fromkeys([
    'services_shared', 'services_china_only', 'services_international_only',
    'api_versions_shared', 'api_versions_china_only', 'api_versions_international_only',
    'actions_shared', 'actions_china_only', 'actions_international_only',
    'actions_china_only_in_shared_services', 'actions_international_only_in_shared_services',
    'objects_shared', 'objects_china_only', 'objects_international_only',
    'members_shared', 'members_china_only', 'members_international_only',
    'members_type_differs'], 0)
services_only = {'china': {}, 'international': {}}
types = []
for s in sorted(set(china) | set(intl)):
    if s not in intl:
        r['services_china_only'] += 1; r['actions_china_only'] += n(china, s)
        services_only['china'][s] = n(china, s); continue
    if s not in china:
        r['services_international_only'] += 1; r['actions_international_only'] += n(intl, s)
        services_only['international'][s] = n(intl, s); continue
    r['services_shared'] += 1
    for ver in sorted(set(china[s]) | set(intl[s])):
        c, i = china[s].get(ver), intl[s].get(ver)
        if c is None or i is None:
            side = 'international' if c is None else 'china'
            k = len((i or c)['actions'])
            r['api_versions_' + side + '_only'] += 1
            r['actions_' + side + '_only'] += k
            r['actions_' + side + '_only_in_shared_services'] += k
            continue
        r['api_versions_shared'] += 1
        ca, ia = set(c['actions']), set(i['actions'])
        r['actions_shared'] += len(ca & ia)
        for side, k in (('china', len(ca - ia)), ('international', len(ia - ca))):
            r['actions_' + side + '_only'] += k
            r['actions_' + side + '_only_in_shared_services'] += k
        co, io = set(c['objects']), set(i['objects'])
        r['objects_shared'] += len(co & io)
        r['objects_china_only'] += len(co - io); r['objects_international_only'] += len(io - co)
        for on in sorted(co & io):
            cm = {m['name']: m for m in c['objects'][on]['members']}
            im = {m['name']: m for m in i['objects'][on]['members']}
            r['members_china_only'] += len(set(cm) - set(im))
            r['members_international_only'] += len(set(im) - set(cm))
            for mn in sorted(set(cm) & set(im)):
                r['members_shared'] += 1
                ct = (cm[mn]['type'], cm[mn].get('member'))
                it = (im[mn]['type'], im[mn].get('member'))
                if ct != it:
                    r['members_type_differs'] += 1
                    types.append(f'{s}/{ver}/{on}.{mn}')
print(json.dumps({'summary': r, 'services_only': services_only, 'type_differs': types}))
