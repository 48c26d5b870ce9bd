//! The two channels as one model: the China site's spec (tccli) and the
//! international site's (tccli-intl-en), merged per service and API version.
//!
//! [`merge_channels`] takes the union of both channels' services, API
//! versions, actions, objects and members:
//!
//! * an item only one channel has is marked with that channel ([`Sites`]);
//! * an item both have is China's, with the international spec's English
//!   text beside it (`title_en`, `document_en`) where that text is English
//!   ([`english`]);
//! * where the channels disagree on a member's type, **China's type wins**
//!   ([`TYPE_RULE`]), and the case is listed ([`TypeDisagreement`]).
//!
//! Examples are China's for every action China has, and the international
//! site's for the actions only it has.

use std::collections::BTreeMap;

use crate::load::{Release, Service};
use crate::model::{ApiVersion, Sites, TypeRef, compute_directions};

/// The rule for a member whose type differs between the channels, as the
/// reports quote it.
pub const TYPE_RULE: &str = "China's type wins: the generated models are verified field for \
field against the China site's official Python SDK, and China's is the larger examples \
corpus; changing a type would also break the crates' existing users. An international \
answer still decodes: a number written as a string reads as the number, and a value that \
does not fit is kept with the struct's unknown fields instead of failing the call.";

/// A member whose type differs between the channels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeDisagreement {
    pub service: String,
    pub version: String,
    pub object: String,
    pub member: String,
    /// The China site's type: the one the merged model keeps.
    pub china: TypeRef,
    pub intl: TypeRef,
}

/// What [`merge_channels`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// The members whose types differ, sorted; each kept China's type.
    pub disagreements: Vec<TypeDisagreement>,
}

/// `text` as English: non-empty and without a Han character. The
/// international spec has English for most of its texts; a few still carry
/// the Chinese original, which is then not offered as English.
pub fn english(text: &str) -> Option<&str> {
    let t = text.trim();
    let han = |c: char| {
        matches!(c,
            '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'
            | '\u{20000}'..='\u{2ffff}')
    };
    (!t.is_empty() && !t.chars().any(han)).then_some(t)
}

/// The union of the China site's release and the international site's:
/// one [`Release`] named as China's, with [`Release::intl`] naming the
/// other. See the module docs for the rules.
pub fn merge_channels(china: Release, intl: Release) -> (Release, MergeReport) {
    let mut report = MergeReport::default();
    let Release {
        name,
        root,
        services: mut china_services,
        intl: _,
        mut warnings,
    } = china;
    warnings.extend(intl.warnings);
    let mut services: BTreeMap<String, Service> = BTreeMap::new();
    for (sname, mut isvc) in intl.services {
        match china_services.remove(&sname) {
            None => {
                for api in isvc.versions.values_mut() {
                    mark(api, Sites::IntlOnly, true);
                }
                services.insert(sname, isvc);
            }
            Some(mut csvc) => {
                for (vname, iapi) in std::mem::take(&mut isvc.versions) {
                    match csvc.versions.remove(&vname) {
                        None => {
                            let mut iapi = iapi;
                            mark(&mut iapi, Sites::IntlOnly, true);
                            isvc.versions.insert(vname, iapi);
                        }
                        Some(capi) => {
                            let merged = merge_api(capi, iapi, &mut report);
                            isvc.versions.insert(vname, merged);
                        }
                    }
                }
                for (vname, mut capi) in csvc.versions {
                    mark(&mut capi, Sites::ChinaOnly, false);
                    isvc.versions.insert(vname, capi);
                }
                isvc.name = csvc.name;
                services.insert(sname, isvc);
            }
        }
    }
    for (sname, mut csvc) in china_services {
        for api in csvc.versions.values_mut() {
            mark(api, Sites::ChinaOnly, false);
        }
        services.insert(sname, csvc);
    }
    report.disagreements.sort_by(|a, b| {
        (&a.service, &a.version, &a.object, &a.member)
            .cmp(&(&b.service, &b.version, &b.object, &b.member))
    });
    let release = Release {
        name,
        root,
        services,
        intl: Some(intl.name),
        warnings,
    };
    (release, report)
}

/// Marks a whole API version as one site's. `intl`: its texts are the
/// international spec's, so they are also its English texts.
fn mark(api: &mut ApiVersion, sites: Sites, intl: bool) {
    api.sites = sites;
    for a in api.actions.values_mut() {
        a.sites = sites;
        if intl {
            a.title_en = english(&a.title).map(str::to_string);
            a.document_en = english(&a.document).map(str::to_string);
        }
    }
    for o in api.objects.values_mut() {
        o.sites = sites;
        if intl {
            o.document_en = english(&o.document).map(str::to_string);
        }
        for m in &mut o.members {
            m.sites = sites;
            if intl {
                m.document_en = english(&m.document).map(str::to_string);
            }
        }
    }
}

/// One API version both channels have: China's, with the international
/// site's English texts, and its actions, objects and members that China
/// lacks (marked [`Sites::IntlOnly`]).
fn merge_api(mut c: ApiVersion, mut i: ApiVersion, report: &mut MergeReport) -> ApiVersion {
    // Actions.
    for a in c.actions.values_mut() {
        match i.actions.remove(&a.name) {
            Some(ia) => {
                a.title_en = english(&ia.title).map(str::to_string);
                a.document_en = english(&ia.document).map(str::to_string);
            }
            None => a.sites = Sites::ChinaOnly,
        }
    }
    for (name, mut ia) in std::mem::take(&mut i.actions) {
        ia.sites = Sites::IntlOnly;
        ia.title_en = english(&ia.title).map(str::to_string);
        ia.document_en = english(&ia.document).map(str::to_string);
        if let Some(ex) = i.examples.remove(&name) {
            c.examples.insert(name.clone(), ex);
        }
        c.actions.insert(name, ia);
    }
    // Objects and their members.
    for o in c.objects.values_mut() {
        let Some(mut io) = i.objects.remove(&o.name) else {
            o.sites = Sites::ChinaOnly;
            for m in &mut o.members {
                m.sites = Sites::ChinaOnly;
            }
            continue;
        };
        o.document_en = english(&io.document).map(str::to_string);
        for m in &mut o.members {
            let Some(pos) = io.members.iter().position(|im| im.name == m.name) else {
                m.sites = Sites::ChinaOnly;
                continue;
            };
            let im = io.members.remove(pos);
            m.document_en = english(&im.document).map(str::to_string);
            if im.ty != m.ty {
                report.disagreements.push(TypeDisagreement {
                    service: c.service.clone(),
                    version: c.version.clone(),
                    object: o.name.clone(),
                    member: m.name.clone(),
                    china: m.ty.clone(),
                    intl: im.ty,
                });
            }
        }
        for mut im in io.members {
            im.sites = Sites::IntlOnly;
            im.document_en = english(&im.document).map(str::to_string);
            o.members.push(im);
        }
    }
    for (name, mut io) in std::mem::take(&mut i.objects) {
        io.sites = Sites::IntlOnly;
        io.document_en = english(&io.document).map(str::to_string);
        for m in &mut io.members {
            m.sites = Sites::IntlOnly;
            m.document_en = english(&m.document).map(str::to_string);
        }
        c.objects.insert(name, io);
    }
    compute_directions(&c.actions, &mut c.objects);
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse_api_version;
    use crate::model::{Base, Scalar};
    use std::path::{Path, PathBuf};

    fn api(json: &str, examples: Option<&str>) -> ApiVersion {
        parse_api_version(
            "svc",
            "v20200101",
            Path::new("api.json"),
            json.as_bytes(),
            examples.map(|e| (Path::new("examples.json"), e.as_bytes())),
        )
        .expect("test spec loads")
    }

    fn release(name: &str, services: Vec<(&str, Vec<ApiVersion>)>) -> Release {
        Release {
            name: name.to_string(),
            root: PathBuf::from(name),
            services: services
                .into_iter()
                .map(|(s, vs)| {
                    let versions = vs
                        .into_iter()
                        .map(|mut v| {
                            v.service = s.to_string();
                            (v.version.clone(), v)
                        })
                        .collect();
                    (
                        s.to_string(),
                        Service {
                            name: s.to_string(),
                            versions,
                        },
                    )
                })
                .collect(),
            intl: None,
            warnings: Vec::new(),
        }
    }

    const CHINA: &str = r#"{
      "metadata": {"apiVersion": "2020-01-01", "serviceShortName": "svc"},
      "actions": {
        "DescribeA": {"name": "查询A", "document": "查询A的列表。", "input": "DescribeARequest", "output": "DescribeAResponse", "status": "online"},
        "ChinaOnly": {"name": "仅中国", "document": "只在中国站。", "input": "ChinaOnlyRequest", "output": "ChinaOnlyResponse", "status": "online"}
      },
      "objects": {
        "DescribeARequest": {"document": "DescribeA请求参数结构体", "type": "object", "members": [
          {"name": "Limit", "type": "int", "member": "int64", "document": "返回数量。", "required": false},
          {"name": "Zone", "type": "string", "member": "string", "document": "可用区。", "required": false},
          {"name": "CnOnly", "type": "string", "member": "string", "document": "中国站成员。", "required": false}
        ]},
        "DescribeAResponse": {"document": "DescribeA返回参数结构体", "type": "object", "members": [
          {"name": "Items", "type": "list", "member": "Item", "document": "列表。", "output_required": true}
        ]},
        "Item": {"document": "一项。", "type": "object", "members": [
          {"name": "Id", "type": "string", "member": "string", "document": "ID。"}
        ]},
        "ChinaOnlyRequest": {"document": "", "type": "object", "members": []},
        "ChinaOnlyResponse": {"document": "", "type": "object", "members": []}
      }
    }"#;

    const INTL: &str = r#"{
      "metadata": {"apiVersion": "2020-01-01", "serviceShortName": "svc"},
      "actions": {
        "DescribeA": {"name": "Query A", "document": "This API is used to query A.", "input": "DescribeARequest", "output": "DescribeAResponse", "status": "online"},
        "IntlOnly": {"name": "Intl only", "document": "Only on the international site.", "input": "IntlOnlyRequest", "output": "IntlOnlyResponse", "status": "online"}
      },
      "objects": {
        "DescribeARequest": {"document": "DescribeA request structure.", "type": "object", "members": [
          {"name": "Limit", "type": "string", "member": "string", "document": "Number of results.", "required": false},
          {"name": "Zone", "type": "string", "member": "string", "document": "可用区（未翻译）。", "required": false},
          {"name": "Extra", "type": "object", "member": "Extra", "document": "Intl-only member.", "required": false}
        ]},
        "DescribeAResponse": {"document": "DescribeA response structure.", "type": "object", "members": [
          {"name": "Items", "type": "list", "member": "Item", "document": "The list.", "output_required": true}
        ]},
        "Item": {"document": "One item.", "type": "object", "members": [
          {"name": "Id", "type": "string", "member": "string", "document": "ID."}
        ]},
        "Extra": {"document": "Extra settings.", "type": "object", "members": [
          {"name": "On", "type": "bool", "member": "bool", "document": "Whether on."}
        ]},
        "IntlOnlyRequest": {"document": "", "type": "object", "members": []},
        "IntlOnlyResponse": {"document": "", "type": "object", "members": []}
      }
    }"#;

    const INTL_EXAMPLES: &str = r#"{"actions": {
      "IntlOnly": [{"title": "Example", "document": "", "input": "POST / HTTP/1.1\nHost: svc.intl.tencentcloudapi.com\n\n{}", "output": "{\"Response\": {\"RequestId\": \"x\"}}"}],
      "DescribeA": [{"title": "Intl example", "document": "", "input": "POST / HTTP/1.1\n\n{}", "output": "{\"Response\": {}}"}]
    }}"#;

    fn merged() -> (Release, MergeReport) {
        let mut intl_only = api(INTL, None);
        intl_only.version = "v20210101".into();
        let china = release("3.1.189.1", vec![("svc", vec![api(CHINA, None)])]);
        let intl = release(
            "3.1.193.1",
            vec![
                ("svc", vec![api(INTL, Some(INTL_EXAMPLES))]),
                ("newsvc", vec![intl_only]),
            ],
        );
        merge_channels(china, intl)
    }

    #[test]
    fn union_with_each_item_marked() {
        let (r, _) = merged();
        assert_eq!(r.name, "3.1.189.1");
        assert_eq!(r.intl.as_deref(), Some("3.1.193.1"));
        let v = r.api_version("svc", "v20200101").expect("merged version");
        assert_eq!(v.sites, Sites::Both);
        let sites = |a: &str| v.action(a).map(|a| a.sites);
        assert_eq!(sites("DescribeA"), Some(Sites::Both));
        assert_eq!(sites("ChinaOnly"), Some(Sites::ChinaOnly));
        assert_eq!(sites("IntlOnly"), Some(Sites::IntlOnly));
        let req = v.object("DescribeARequest").expect("request");
        let names: Vec<(&str, Sites)> = req
            .members
            .iter()
            .map(|m| (m.name.as_str(), m.sites))
            .collect();
        // China's members first, in China's order; the intl-only ones after.
        assert_eq!(
            names,
            [
                ("Limit", Sites::Both),
                ("Zone", Sites::Both),
                ("CnOnly", Sites::ChinaOnly),
                ("Extra", Sites::IntlOnly)
            ]
        );
        assert_eq!(v.object("Extra").map(|o| o.sites), Some(Sites::IntlOnly));
        // The intl-only member's object is reached, so it is sent.
        assert!(v.object("Extra").is_some_and(|o| o.direction.is_input()));
        assert_eq!(
            v.object("ChinaOnlyRequest").map(|o| o.sites),
            Some(Sites::ChinaOnly)
        );
        // A service only the international site has: every item is marked.
        let n = r
            .api_version("newsvc", "v20210101")
            .expect("intl-only service");
        assert_eq!(n.sites, Sites::IntlOnly);
        assert!(n.actions.values().all(|a| a.sites == Sites::IntlOnly));
        assert!(
            n.objects
                .values()
                .flat_map(|o| &o.members)
                .all(|m| m.sites == Sites::IntlOnly)
        );
    }

    #[test]
    fn english_texts_beside_the_chinese() {
        let (r, _) = merged();
        let v = r.api_version("svc", "v20200101").expect("merged");
        let a = v.action("DescribeA").expect("shared action");
        assert_eq!(a.title, "查询A");
        assert_eq!(a.title_en.as_deref(), Some("Query A"));
        assert_eq!(
            a.document_en.as_deref(),
            Some("This API is used to query A.")
        );
        let c = v.action("ChinaOnly").expect("china action");
        assert_eq!((c.title_en.as_ref(), c.document_en.as_ref()), (None, None));
        let i = v.action("IntlOnly").expect("intl action");
        assert_eq!(i.title_en.as_deref(), Some("Intl only"));
        let req = v.object("DescribeARequest").expect("request");
        assert_eq!(
            req.document_en.as_deref(),
            Some("DescribeA request structure.")
        );
        let doc_en = |n: &str| req.member(n).and_then(|m| m.document_en.as_deref());
        assert_eq!(doc_en("Limit"), Some("Number of results."));
        // Intl text that is still Chinese is not offered as English.
        assert_eq!(doc_en("Zone"), None);
        assert_eq!(doc_en("CnOnly"), None);
        assert_eq!(doc_en("Extra"), Some("Intl-only member."));
        assert_eq!(english("  Plain text. "), Some("Plain text."));
        assert_eq!(english("含中文 text"), None);
        assert_eq!(english("   "), None);
    }

    #[test]
    fn china_type_wins_and_the_case_is_listed() {
        let (r, report) = merged();
        let v = r.api_version("svc", "v20200101").expect("merged");
        let limit = v
            .object("DescribeARequest")
            .and_then(|o| o.member("Limit"))
            .expect("Limit");
        assert_eq!(limit.ty.base, Base::Scalar(Scalar::Int64));
        assert_eq!(
            report.disagreements,
            [TypeDisagreement {
                service: "svc".into(),
                version: "v20200101".into(),
                object: "DescribeARequest".into(),
                member: "Limit".into(),
                china: TypeRef {
                    list: false,
                    base: Base::Scalar(Scalar::Int64)
                },
                intl: TypeRef {
                    list: false,
                    base: Base::Scalar(Scalar::String)
                },
            }]
        );
    }

    #[test]
    fn examples_are_china_s_and_intl_only_actions_bring_theirs() {
        let (r, _) = merged();
        let v = r.api_version("svc", "v20200101").expect("merged");
        assert_eq!(v.examples_of("IntlOnly").len(), 1);
        // China has no example for DescribeA; the intl one is not mixed in.
        assert!(v.examples_of("DescribeA").is_empty());
    }
}
