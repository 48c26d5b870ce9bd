//! Each crate's error codes, from the official Python SDK release whose models match
//! the specs (`specs/python-sdk-errorcodes.txt`, imported by `cargo xtask
//! import-errorcodes`): the codes of every API version of the service, and the common
//! codes (those at least a quarter of all services list) where the service does not
//! list them. tccli's specs carry no error codes.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// The imported file: `# …` header lines, then tab-separated
/// `service version NAME Code doc` lines.
pub const PYTHON_SDK_ERRORCODES: &str = include_str!("../../../specs/python-sdk-errorcodes.txt");

/// A code is common when at least this share of services lists it (1 in 4).
const COMMON_SHARE: usize = 4;

/// One error code: `pub const NAME: &str = "Code";` with its doc.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCode {
    /// The Python (and Go) SDK's name: `AUTHFAILURE_CAMROLENAMEAUTHENTICATEFAILED`.
    pub name: &'static str,
    /// `AuthFailure.CamRoleNameAuthenticateFailed`, as `Error::code()` gives it.
    pub code: &'static str,
    pub doc: &'static str,
    /// Listed by the service (else one of the common codes).
    pub own: bool,
}

/// The Python SDK release of the file (`3.1.195`), if it names one.
pub fn errorcodes_release() -> Option<&'static str> {
    PYTHON_SDK_ERRORCODES
        .lines()
        .next()?
        .strip_prefix("# tencentcloud-sdk-python ")?
        .split(':')
        .next()
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

struct Table {
    by_service: HashMap<&'static str, BTreeMap<&'static str, (&'static str, &'static str)>>,
    common: Vec<(&'static str, &'static str, &'static str)>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut by_service: HashMap<&str, BTreeMap<&str, (&str, &str)>> = HashMap::new();
        for line in PYTHON_SDK_ERRORCODES
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let mut f = line.splitn(5, '\t');
            let (Some(svc), Some(_ver), Some(name), Some(code)) =
                (f.next(), f.next(), f.next(), f.next())
            else {
                continue;
            };
            let doc = f.next().unwrap_or_default();
            // The first version's doc of a name wins (versions are in order).
            by_service
                .entry(svc)
                .or_default()
                .entry(name)
                .or_insert((code, doc));
        }
        // Common: listed by at least 1 in COMMON_SHARE services; the doc most of them give.
        let mut count: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        let mut docs: HashMap<(&str, &str), HashMap<&str, usize>> = HashMap::new();
        for codes in by_service.values() {
            for (name, (code, doc)) in codes {
                *count.entry((name, code)).or_default() += 1;
                *docs
                    .entry((name, code))
                    .or_default()
                    .entry(doc)
                    .or_default() += 1;
            }
        }
        let services = by_service.len().max(1);
        let common = count
            .into_iter()
            .filter(|(_, n)| n * COMMON_SHARE >= services)
            .map(|(k, _)| {
                let doc = docs[&k]
                    .iter()
                    .max_by_key(|(d, n)| (**n, std::cmp::Reverse(**d)))
                    .map(|(d, _)| *d)
                    .unwrap_or_default();
                (k.0, k.1, doc)
            })
            .collect();
        Table { by_service, common }
    })
}

/// The codes most services share (listed by at least 1 in 4 services): (constant
/// name, code), sorted by name. `tencent_cloud_core::error::codes` holds them; every
/// crate's `errors` module re-exports it.
pub fn common_error_codes() -> Vec<(&'static str, &'static str)> {
    table()
        .common
        .iter()
        .map(|(name, code, _)| (*name, *code))
        .collect()
}

/// The error codes of `service`'s crate, sorted by name: its own, then the common ones
/// it does not list (only those where the Python SDK lists none for the service).
pub fn error_codes(service: &str) -> Vec<ErrorCode> {
    let t = table();
    let none = BTreeMap::new();
    let own = t.by_service.get(service).unwrap_or(&none);
    let mut out: BTreeMap<&str, ErrorCode> = own
        .iter()
        .map(|(name, (code, doc))| {
            (
                *name,
                ErrorCode {
                    name,
                    code,
                    doc,
                    own: true,
                },
            )
        })
        .collect();
    for (name, code, doc) in &t.common {
        out.entry(name).or_insert(ErrorCode {
            name,
            code,
            doc,
            own: false,
        });
    }
    out.into_values().collect()
}
