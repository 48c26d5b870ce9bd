//! Channel drift: what exists on one Tencent Cloud site only, and where the two sites'
//! specs disagree, between a release of the China channel (tccli, `specs/<release>/`)
//! and one of the international channel (tccli-intl-en, `specs/intl/<release>/`).
//!
//! This is not a change between two points in time, so it is not worded as one:
//! nothing is "added" or "removed"; an item is **China only**, **International only**,
//! or present on both and **differs**. `tc-specdiff --channels CHINA INTL` renders it
//! as text or JSON.
//!
//! What is compared, per level (an item on one site only is listed once, at the
//! highest level: a service only one site has is one line, with its action count):
//!
//! * services; the API versions of shared services; the actions, objects of shared API
//!   versions; the members of shared objects;
//! * for a shared action: its status (`online`, `deprecated`, `offline`; a missing
//!   status counts as online) and its input and output object names;
//! * for a shared member: its type (a [`Fact::Type`] where the Rust type differs, a
//!   [`Fact::Format`] where only the wire format does, as
//!   [`tencent_cloud_plan::same_rust_type`] decides for the semver diff), whether a
//!   request must carry it (where either site sends the object) and whether responses
//!   always carry it (where either site receives it), asked of the spec model, never
//!   of the raw keys.

use serde::Serialize;
use tencent_cloud_spec::{ActionStatus, ApiVersion, Object, Release};

/// The site an item exists on, when only one has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Site {
    China,
    International,
}

impl Site {
    /// `China only`, `International only`.
    pub fn only(self) -> &'static str {
        match self {
            Site::China => "China only",
            Site::International => "International only",
        }
    }
}

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Subject {
    Service,
    ApiVersion,
    Action,
    Object,
    Member,
}

impl Subject {
    pub fn as_str(self) -> &'static str {
        match self {
            Subject::Service => "service",
            Subject::ApiVersion => "api-version",
            Subject::Action => "action",
            Subject::Object => "object",
            Subject::Member => "member",
        }
    }
}

/// An item only one site has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OneSite {
    pub site: Site,
    pub subject: Subject,
    /// `gse`, `teo/v20220901`, `teo/v20220901/CreateFoo()`, `cvm/v20170312/Filter`,
    /// `cvm/v20170312/Filter.Name`.
    pub location: String,
    /// The actions it holds: all of a service's or API version's, 1 for an action, 0
    /// for objects and members.
    pub actions: usize,
}

/// Which fact of a shared item the sites disagree on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fact {
    /// A member's type maps to different Rust types.
    Type,
    /// A member's wire format differs within one Rust type (`datetime_iso` / `date`).
    Format,
    /// Whether a request must carry the member.
    RequiredInRequest,
    /// Whether responses always carry the member.
    AlwaysInResponse,
    /// An action's status.
    Status,
    /// An action's input object.
    Input,
    /// An action's output object.
    Output,
}

impl Fact {
    pub fn as_str(self) -> &'static str {
        match self {
            Fact::Type => "type",
            Fact::Format => "format",
            Fact::RequiredInRequest => "required-in-request",
            Fact::AlwaysInResponse => "always-in-response",
            Fact::Status => "status",
            Fact::Input => "input",
            Fact::Output => "output",
        }
    }
}

/// A shared item on which the sites disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Differs {
    pub fact: Fact,
    pub location: String,
    pub china: String,
    pub international: String,
}

/// The counts of a drift report (JSON `summary`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub services_shared: usize,
    pub services_china_only: usize,
    pub services_international_only: usize,
    /// API versions of shared services.
    pub api_versions_shared: usize,
    pub api_versions_china_only: usize,
    pub api_versions_international_only: usize,
    /// Actions of shared API versions that both sites have.
    pub actions_shared: usize,
    /// Every action only one site has, wherever it sits.
    pub actions_china_only: usize,
    pub actions_international_only: usize,
    /// Of those, the ones in services both sites have.
    pub actions_china_only_in_shared_services: usize,
    pub actions_international_only_in_shared_services: usize,
    /// Objects of shared API versions.
    pub objects_shared: usize,
    pub objects_china_only: usize,
    pub objects_international_only: usize,
    /// Members of shared objects.
    pub members_shared: usize,
    pub members_china_only: usize,
    pub members_international_only: usize,
    /// Shared members whose types differ ([`Fact::Type`] and [`Fact::Format`]).
    pub members_type_differs: usize,
    pub members_required_in_request_differs: usize,
    pub members_always_in_response_differs: usize,
    pub actions_status_differs: usize,
    pub actions_io_differs: usize,
}

/// What exists on one site only and where the sites disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Drift {
    /// The China channel's release name.
    pub china: String,
    /// The international channel's release name.
    pub international: String,
    pub summary: Counts,
    /// Sorted by location, then site.
    pub one_site: Vec<OneSite>,
    /// Sorted by location, then fact.
    pub differs: Vec<Differs>,
}

fn actions_of_service(s: &tencent_cloud_spec::Service) -> usize {
    s.versions.values().map(|v| v.actions.len()).sum()
}

/// Online unless the spec says otherwise (a missing status is online to callers).
fn status(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Unspecified => ActionStatus::Online.as_str(),
        other => other.as_str(),
    }
}

/// The drift between `china` (a tccli release) and `intl` (a tccli-intl-en release);
/// `services` limits it to those services when not empty.
pub fn drift(china: &Release, intl: &Release, services: &[String]) -> Drift {
    let mut d = Drift {
        china: china.name.clone(),
        international: intl.name.clone(),
        summary: Counts::default(),
        one_site: Vec::new(),
        differs: Vec::new(),
    };
    let wanted = |s: &str| services.is_empty() || services.iter().any(|w| w == s);
    let names: std::collections::BTreeSet<&String> = china
        .services
        .keys()
        .chain(intl.services.keys())
        .filter(|s| wanted(s))
        .collect();
    for name in names {
        match (china.services.get(name), intl.services.get(name)) {
            (Some(c), Some(i)) => {
                d.summary.services_shared += 1;
                service(&mut d, name, c, i);
            }
            (Some(c), None) => d.one(Site::China, Subject::Service, name.clone(), {
                actions_of_service(c)
            }),
            (None, Some(i)) => d.one(Site::International, Subject::Service, name.clone(), {
                actions_of_service(i)
            }),
            (None, None) => {}
        }
    }
    d.one_site
        .sort_by(|a, b| a.location.cmp(&b.location).then(a.site.cmp(&b.site)));
    d.differs
        .sort_by(|a, b| a.location.cmp(&b.location).then(a.fact.cmp(&b.fact)));
    d
}

impl Drift {
    /// Records an item one site has, and counts it.
    fn one(&mut self, site: Site, subject: Subject, location: String, actions: usize) {
        let c = &mut self.summary;
        let china = site == Site::China;
        let count = match (subject, china) {
            (Subject::Service, true) => Some(&mut c.services_china_only),
            (Subject::Service, false) => Some(&mut c.services_international_only),
            (Subject::ApiVersion, true) => Some(&mut c.api_versions_china_only),
            (Subject::ApiVersion, false) => Some(&mut c.api_versions_international_only),
            (Subject::Object, true) => Some(&mut c.objects_china_only),
            (Subject::Object, false) => Some(&mut c.objects_international_only),
            (Subject::Member, true) => Some(&mut c.members_china_only),
            (Subject::Member, false) => Some(&mut c.members_international_only),
            // Counted with the actions below.
            (Subject::Action, _) => None,
        };
        if let Some(n) = count {
            *n += 1;
        }
        // The actions it holds; those of an API version or an action sit in a service
        // both sites have.
        let in_shared_service = matches!(subject, Subject::ApiVersion | Subject::Action);
        let (all, shared) = if china {
            (
                &mut c.actions_china_only,
                &mut c.actions_china_only_in_shared_services,
            )
        } else {
            (
                &mut c.actions_international_only,
                &mut c.actions_international_only_in_shared_services,
            )
        };
        *all += actions;
        if in_shared_service {
            *shared += actions;
        }
        self.one_site.push(OneSite {
            site,
            subject,
            location,
            actions,
        });
    }

    fn differ(&mut self, fact: Fact, location: String, china: String, international: String) {
        let c = &mut self.summary;
        match fact {
            Fact::Type | Fact::Format => c.members_type_differs += 1,
            Fact::RequiredInRequest => c.members_required_in_request_differs += 1,
            Fact::AlwaysInResponse => c.members_always_in_response_differs += 1,
            Fact::Status => c.actions_status_differs += 1,
            Fact::Input | Fact::Output => c.actions_io_differs += 1,
        }
        self.differs.push(Differs {
            fact,
            location,
            china,
            international,
        });
    }
}

fn service(
    d: &mut Drift,
    name: &str,
    c: &tencent_cloud_spec::Service,
    i: &tencent_cloud_spec::Service,
) {
    let versions: std::collections::BTreeSet<&String> =
        c.versions.keys().chain(i.versions.keys()).collect();
    for v in versions {
        let at = format!("{name}/{v}");
        match (c.versions.get(v), i.versions.get(v)) {
            (Some(cv), Some(iv)) => {
                d.summary.api_versions_shared += 1;
                api_version(d, &at, cv, iv);
            }
            (Some(cv), None) => d.one(Site::China, Subject::ApiVersion, at, cv.actions.len()),
            (None, Some(iv)) => d.one(
                Site::International,
                Subject::ApiVersion,
                at,
                iv.actions.len(),
            ),
            (None, None) => {}
        }
    }
}

fn api_version(d: &mut Drift, at: &str, c: &ApiVersion, i: &ApiVersion) {
    let actions: std::collections::BTreeSet<&String> =
        c.actions.keys().chain(i.actions.keys()).collect();
    for a in actions {
        let loc = format!("{at}/{a}()");
        match (c.actions.get(a), i.actions.get(a)) {
            (Some(ca), Some(ia)) => {
                d.summary.actions_shared += 1;
                let (cs, is) = (status(ca.status), status(ia.status));
                if cs != is {
                    d.differ(Fact::Status, loc.clone(), cs.into(), is.into());
                }
                if ca.input != ia.input {
                    d.differ(Fact::Input, loc.clone(), ca.input.clone(), ia.input.clone());
                }
                if ca.output != ia.output {
                    d.differ(Fact::Output, loc, ca.output.clone(), ia.output.clone());
                }
            }
            (Some(_), None) => d.one(Site::China, Subject::Action, loc, 1),
            (None, Some(_)) => d.one(Site::International, Subject::Action, loc, 1),
            (None, None) => {}
        }
    }
    let objects: std::collections::BTreeSet<&String> =
        c.objects.keys().chain(i.objects.keys()).collect();
    for o in objects {
        let loc = format!("{at}/{o}");
        match (c.objects.get(o), i.objects.get(o)) {
            (Some(co), Some(io)) => {
                d.summary.objects_shared += 1;
                object(d, &loc, co, io);
            }
            (Some(_), None) => d.one(Site::China, Subject::Object, loc, 0),
            (None, Some(_)) => d.one(Site::International, Subject::Object, loc, 0),
            (None, None) => {}
        }
    }
}

fn object(d: &mut Drift, at: &str, c: &Object, i: &Object) {
    let sent = c.direction.is_input() || i.direction.is_input();
    let received = c.direction.is_output() || i.direction.is_output();
    for cm in &c.members {
        let loc = format!("{at}.{}", cm.name);
        let Some(im) = i.member(&cm.name) else {
            d.one(Site::China, Subject::Member, loc, 0);
            continue;
        };
        d.summary.members_shared += 1;
        if cm.ty != im.ty {
            let fact = if tencent_cloud_plan::same_rust_type(&cm.ty, &im.ty) {
                Fact::Format
            } else {
                Fact::Type
            };
            d.differ(fact, loc.clone(), cm.ty.to_string(), im.ty.to_string());
        }
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
        if sent && cm.required_in_request() != im.required_in_request() {
            d.differ(
                Fact::RequiredInRequest,
                loc.clone(),
                yes_no(cm.required_in_request()),
                yes_no(im.required_in_request()),
            );
        }
        if received && cm.always_in_response() != im.always_in_response() {
            d.differ(
                Fact::AlwaysInResponse,
                loc,
                yes_no(cm.always_in_response()),
                yes_no(im.always_in_response()),
            );
        }
    }
    for im in &i.members {
        if c.member(&im.name).is_none() {
            d.one(
                Site::International,
                Subject::Member,
                format!("{at}.{}", im.name),
                0,
            );
        }
    }
}

/// The report as text: the counts, then every item one site has, then every
/// disagreement.
pub fn render_text(d: &Drift) -> String {
    use std::fmt::Write;
    let c = &d.summary;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Channel drift: China {} · International {}\n",
        d.china, d.international
    );
    let _ = writeln!(
        s,
        "{:<36} {:>8} {:>12} {:>20}",
        "", "shared", "China only", "International only"
    );
    let rows: [(&str, usize, usize, usize); 7] = [
        (
            "services",
            c.services_shared,
            c.services_china_only,
            c.services_international_only,
        ),
        (
            "API versions (of shared services)",
            c.api_versions_shared,
            c.api_versions_china_only,
            c.api_versions_international_only,
        ),
        (
            "actions (all)",
            c.actions_shared,
            c.actions_china_only,
            c.actions_international_only,
        ),
        (
            "  of them in shared services",
            c.actions_shared,
            c.actions_china_only_in_shared_services,
            c.actions_international_only_in_shared_services,
        ),
        (
            "objects (of shared API versions)",
            c.objects_shared,
            c.objects_china_only,
            c.objects_international_only,
        ),
        (
            "members (of shared objects)",
            c.members_shared,
            c.members_china_only,
            c.members_international_only,
        ),
        ("", 0, 0, 0),
    ];
    for (label, shared, china, intl) in rows.iter().filter(|r| !r.0.is_empty()) {
        let _ = writeln!(s, "{label:<36} {shared:>8} {china:>12} {intl:>20}");
    }
    let _ = writeln!(
        s,
        "\nDiffers: {} member types, {} request required-ness, {} response presence, {} action statuses, {} action inputs/outputs\n",
        c.members_type_differs,
        c.members_required_in_request_differs,
        c.members_always_in_response_differs,
        c.actions_status_differs,
        c.actions_io_differs
    );
    for site in [Site::International, Site::China] {
        let items: Vec<&OneSite> = d.one_site.iter().filter(|o| o.site == site).collect();
        let _ = writeln!(s, "{} ({}):", site.only(), items.len());
        for o in items {
            let _ = match o.subject {
                Subject::Service | Subject::ApiVersion => writeln!(
                    s,
                    "  {} {} ({} actions)",
                    o.subject.as_str(),
                    o.location,
                    o.actions
                ),
                _ => writeln!(s, "  {} {}", o.subject.as_str(), o.location),
            };
        }
        s.push('\n');
    }
    let _ = writeln!(s, "Differs ({}):", d.differs.len());
    for x in &d.differs {
        let _ = writeln!(
            s,
            "  {} {}: China {} · International {}",
            x.fact.as_str(),
            x.location,
            x.china,
            x.international
        );
    }
    s
}

/// The report as JSON (`schema_version` 1):
///
/// ```text
/// {
///   "schema_version": 1, "kind": "channel-drift",
///   "china": "3.1.189.1", "international": "3.1.193.1",
///   "summary": { "services_shared": 131, "services_china_only": 131,
///                "services_international_only": 13, ... },
///   "one_site": [{ "site": "international", "subject": "service",
///                  "location": "gse", "actions": 22 }, ...],
///   "differs": [{ "fact": "type", "location": "lke/v20231130/DocReference.DocBizId",
///                 "china": "uint64", "international": "string" }, ...]
/// }
/// ```
pub fn render_json(d: &Drift) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        schema_version: u32,
        kind: &'static str,
        #[serde(flatten)]
        drift: &'a Drift,
    }
    let mut s = serde_json::to_string_pretty(&Doc {
        schema_version: 1,
        kind: "channel-drift",
        drift: d,
    })
    .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn write(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }

    fn api(actions: &str, objects: &str) -> String {
        format!(
            r#"{{"version": "1.0", "metadata": {{"serviceShortName": "x", "apiVersion": "2020-01-01"}},
               "actions": {{{actions}}}, "objects": {{{objects}}}}}"#
        )
    }

    fn action(name: &str, status: &str) -> String {
        format!(
            r#""{name}": {{"name": "t", "document": "d", "input": "{name}Request", "output": "{name}Response", "status": "{status}"}}"#
        )
    }

    fn member(name: &str, ty: &str, required: bool) -> String {
        let (t, m) = match ty {
            "uint64" => ("int", "uint64"),
            "date" | "datetime_iso" => ("string", ty),
            other => (other, other),
        };
        format!(
            r#"{{"name": "{name}", "type": "{t}", "member": "{m}", "required": {required}, "document": "d"}}"#
        )
    }

    fn object(name: &str, members: &[String]) -> String {
        format!(
            r#""{name}": {{"document": "d", "members": [{}]}}"#,
            members.join(",")
        )
    }

    /// Two small sites: one service each only, an API version only intl has in a
    /// shared service, actions, objects and members on one side, and each kind of
    /// disagreement once.
    #[test]
    fn each_kind_of_drift_is_found_and_worded_by_site() {
        let tmp = tempfile::tempdir().expect("tmp");
        let (cn, en) = (tmp.path().join("cn"), tmp.path().join("en"));
        let shared_objs = |intl: bool| {
            let mut v = vec![
                object(
                    "RunRequest",
                    &[
                        member("Id", if intl { "string" } else { "uint64" }, !intl),
                        member("When", if intl { "date" } else { "datetime_iso" }, false),
                    ],
                ),
                object(
                    "RunResponse",
                    &[
                        member("Out", "string", intl),
                        member(if intl { "EnOnly" } else { "CnOnly" }, "string", false),
                        member("RequestId", "string", true),
                    ],
                ),
                object("StopRequest", &[]),
                object("StopResponse", &[member("RequestId", "string", true)]),
            ];
            let (only, req, resp) = if intl {
                ("GoIntl", "GoIntlRequest", "GoIntlResponse")
            } else {
                ("GoCn", "GoCnRequest", "GoCnResponse")
            };
            v.push(object(req, &[]));
            v.push(object(resp, &[member("RequestId", "string", true)]));
            let _ = only;
            v.join(",")
        };
        let acts = |intl: bool| {
            [
                action("Run", "online"),
                action("Stop", if intl { "deprecated" } else { "online" }),
                action(if intl { "GoIntl" } else { "GoCn" }, "online"),
            ]
            .join(",")
        };
        write(
            &cn,
            "svc/v20200101/api.json",
            &api(&acts(false), &shared_objs(false)),
        );
        write(
            &en,
            "svc/v20200101/api.json",
            &api(&acts(true), &shared_objs(true)),
        );
        let small = api(
            &action("Ping", "online"),
            &[
                object("PingRequest", &[]),
                object("PingResponse", &[member("RequestId", "string", true)]),
            ]
            .join(","),
        );
        write(&en, "svc/v20210101/api.json", &small);
        write(&cn, "cnonly/v20200101/api.json", &small);
        write(&en, "gse/v20191112/api.json", &small);
        let china = Release::load(&cn).expect("cn");
        let intl = Release::load(&en).expect("en");
        let d = drift(&china, &intl, &[]);

        let one: Vec<(Site, Subject, &str, usize)> = d
            .one_site
            .iter()
            .map(|o| (o.site, o.subject, o.location.as_str(), o.actions))
            .collect();
        use Site::*;
        use Subject::*;
        assert_eq!(
            one,
            [
                (China, Service, "cnonly", 1),
                (International, Service, "gse", 1),
                (China, Action, "svc/v20200101/GoCn()", 1),
                (China, Object, "svc/v20200101/GoCnRequest", 0),
                (China, Object, "svc/v20200101/GoCnResponse", 0),
                (International, Action, "svc/v20200101/GoIntl()", 1),
                (International, Object, "svc/v20200101/GoIntlRequest", 0),
                (International, Object, "svc/v20200101/GoIntlResponse", 0),
                (China, Member, "svc/v20200101/RunResponse.CnOnly", 0),
                (International, Member, "svc/v20200101/RunResponse.EnOnly", 0),
                (International, ApiVersion, "svc/v20210101", 1),
            ]
        );
        let differs: Vec<(Fact, &str, &str, &str)> = d
            .differs
            .iter()
            .map(|x| {
                (
                    x.fact,
                    x.location.as_str(),
                    x.china.as_str(),
                    x.international.as_str(),
                )
            })
            .collect();
        assert_eq!(
            differs,
            [
                (
                    Fact::Type,
                    "svc/v20200101/RunRequest.Id",
                    "uint64",
                    "string"
                ),
                (
                    Fact::RequiredInRequest,
                    "svc/v20200101/RunRequest.Id",
                    "yes",
                    "no"
                ),
                (
                    Fact::Format,
                    "svc/v20200101/RunRequest.When",
                    "datetime_iso",
                    "date"
                ),
                (
                    Fact::AlwaysInResponse,
                    "svc/v20200101/RunResponse.Out",
                    "no",
                    "yes"
                ),
                (Fact::Status, "svc/v20200101/Stop()", "online", "deprecated"),
            ]
        );
        let c = &d.summary;
        assert_eq!(
            (
                c.services_shared,
                c.services_china_only,
                c.services_international_only
            ),
            (1, 1, 1)
        );
        assert_eq!(
            (
                c.actions_shared,
                c.actions_china_only,
                c.actions_international_only,
                c.actions_china_only_in_shared_services,
                c.actions_international_only_in_shared_services
            ),
            (2, 2, 3, 1, 2)
        );
        assert_eq!((c.members_shared, c.members_type_differs), (5, 2));

        let text = render_text(&d);
        for want in [
            "Channel drift: China cn · International en",
            "International only (6):",
            "  service gse (1 actions)",
            "China only (5):",
            "  type svc/v20200101/RunRequest.Id: China uint64 · International string",
        ] {
            assert!(text.contains(want), "{want}:\n{text}");
        }
        assert!(
            !text.contains("added") && !text.contains("removed"),
            "{text}"
        );
        let json: serde_json::Value = serde_json::from_str(&render_json(&d)).expect("json");
        assert_eq!(json["kind"], "channel-drift");
        assert_eq!(json["summary"]["services_international_only"], 1);
        assert_eq!(json["one_site"][1]["site"], "international");
        assert_eq!(json["differs"][0]["fact"], "type");

        // --service limits it.
        let only = drift(&china, &intl, &["gse".to_string()]);
        assert_eq!(only.one_site.len(), 1);
        assert!(only.differs.is_empty());
    }
}
