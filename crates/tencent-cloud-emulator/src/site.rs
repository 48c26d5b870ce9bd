//! The two Tencent Cloud sites one emulator serves: the China site's release (tccli,
//! `specs/<release>/`) answers every request, except those whose `Host` is the
//! international site's (`*.intl.tencentcloudapi.com`), which the international
//! release (tccli-intl-en, `specs/intl/<release>/`) answers when one is loaded.

use std::collections::HashMap;
use std::sync::Arc;

use tencent_cloud_spec::Release;

use crate::respond;

/// The international site's root domain, as hosts end.
pub(crate) const INTL_SUFFIX: &str = ".intl.tencentcloudapi.com";

/// The release a site answers from, with its indexes and its serialised replies.
pub(crate) struct Specs {
    pub(crate) release: Arc<Release>,
    /// (service, "2017-03-12") → key of `Service::versions` ("v20170312").
    pub(crate) versions: HashMap<(String, String), String>,
    /// "2017-03-12" → services having that version.
    pub(crate) by_version: HashMap<String, Vec<String>>,
    /// Reply bodies, serialised on first use (each site's examples are its own).
    pub(crate) replies: respond::Replies,
}

impl Specs {
    pub(crate) fn new(release: Arc<Release>) -> Specs {
        let mut versions = HashMap::new();
        let mut by_version: HashMap<String, Vec<String>> = HashMap::new();
        for (name, svc) in &release.services {
            for (key, api) in &svc.versions {
                versions.insert(
                    (name.clone(), api.metadata.api_version.clone()),
                    key.clone(),
                );
                by_version
                    .entry(api.metadata.api_version.clone())
                    .or_default()
                    .push(name.clone());
            }
        }
        Specs {
            release,
            versions,
            by_version,
            replies: respond::Replies::default(),
        }
    }
}

/// Whether `host` (a `Host` header, perhaps with a port) is the international site's:
/// `cvm.intl.tencentcloudapi.com`, `cvm.ap-singapore.intl.tencentcloudapi.com`.
pub(crate) fn is_intl_host(host: &str) -> bool {
    let bare = host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    });
    let bare = bare.strip_suffix('.').unwrap_or(bare).as_bytes();
    // Bytes, not str: a slice of a str could split a character.
    bare.len() > INTL_SUFFIX.len()
        && bare[bare.len() - INTL_SUFFIX.len()..].eq_ignore_ascii_case(INTL_SUFFIX.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intl_hosts() {
        for h in [
            "gse.intl.tencentcloudapi.com",
            "CVM.INTL.TencentCloudAPI.com:443",
            "cvm.ap-singapore.intl.tencentcloudapi.com",
            "sts.intl.tencentcloudapi.com.",
        ] {
            assert!(is_intl_host(h), "{h}");
        }
        for h in [
            "cvm.tencentcloudapi.com",
            "intl.tencentcloudapi.com",
            "cvm.intl.tencentcloudapi.com.evil.example",
            "127.0.0.1:9000",
            "",
            "cvm.intl.tencentcloudapi.co",
            "é.intl.tencentcloudapi.com".strip_prefix('é').unwrap_or(""),
            "日本intl.tencentcloudapi.com",
        ] {
            assert!(!is_intl_host(h), "{h}");
        }
    }
}
