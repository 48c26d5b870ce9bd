//! Each crate's default feature: tccli's default API version of the service, the
//! first entry of `SERVICE_VERSIONS` in `tccli/services/__init__.py`, imported by
//! `cargo xtask import-defaults` into `specs/tccli-default-versions.txt`.
//!
//! No rule over the specs gives tccli's choice (the newest version, the one with
//! the most actions and the oldest all disagree with it for some services), so it
//! is imported. A service the file does not name, or whose named version is not
//! in the specs, defaults to its newest version.

use tencent_cloud_spec::{ApiVersion, Service};

/// The imported file: `# …` header lines, then `<service> <YYYY-MM-DD>` lines.
pub const TCCLI_DEFAULT_VERSIONS: &str = include_str!("../../../specs/tccli-default-versions.txt");

/// tccli's default API version of `service` (`2018-05-25`), if the file names one.
pub fn tccli_default(service: &str) -> Option<&'static str> {
    TCCLI_DEFAULT_VERSIONS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once(' '))
        .find(|(s, _)| *s == service)
        .map(|(_, v)| v.trim())
}

/// The API version a service's crate enables by default: tccli's default where the
/// specs have it, else the newest.
pub fn default_version(svc: &Service) -> Option<&ApiVersion> {
    tccli_default(&svc.name)
        .and_then(|v| {
            let dir = format!("v{}", v.replace('-', ""));
            svc.versions.get(&dir)
        })
        .or_else(|| svc.newest())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_names_the_five_services_whose_default_is_not_the_newest() {
        assert_eq!(tccli_default("tke"), Some("2018-05-25"));
        assert_eq!(tccli_default("vod"), Some("2018-07-17"));
        assert_eq!(tccli_default("cvm"), Some("2017-03-12"));
        assert_eq!(tccli_default("no-such-service"), None);
        let header = TCCLI_DEFAULT_VERSIONS.lines().next().unwrap_or_default();
        assert!(header.starts_with("# tccli "), "{header}");
    }
}
