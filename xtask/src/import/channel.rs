//! The two channels of specs: the China site's `tccli` and the international site's
//! `tccli-intl-en`. Their wheels have the same `tccli/services/...` layout; which one a
//! wheel is comes from its METADATA `Name`, never from its file name alone.

use std::path::{Path, PathBuf};

/// The directory under `specs/` that holds the international channel's releases
/// (`specs/intl/<release>/...`); the China channel's releases sit in `specs/` itself.
pub const INTL_DIR: &str = "intl";

/// Which Tencent Cloud site a release of specs comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Channel {
    /// `tccli`, the China site (`*.tencentcloudapi.com`), in `specs/<release>/`.
    China,
    /// `tccli-intl-en`, the international site (`*.intl.tencentcloudapi.com`), in
    /// `specs/intl/<release>/`.
    Intl,
}

impl Channel {
    /// Both channels, China first.
    pub const ALL: [Channel; 2] = [Channel::China, Channel::Intl];

    /// The Python package the channel's releases are published as.
    pub fn package(self) -> &'static str {
        match self {
            Channel::China => "tccli",
            Channel::Intl => "tccli-intl-en",
        }
    }

    /// How summaries name the channel.
    pub fn label(self) -> &'static str {
        match self {
            Channel::China => "China",
            Channel::Intl => "International",
        }
    }

    /// The channel of a package name as METADATA or a file name spells it; names are
    /// compared as pip compares them (PEP 503: case and runs of `-`, `_`, `.` ignored).
    pub fn from_package(name: &str) -> Option<Channel> {
        let n = normalise(name);
        Channel::ALL.into_iter().find(|c| c.package() == n)
    }

    /// Where this channel's releases live under `specs_dir`.
    pub fn dir(self, specs_dir: &Path) -> PathBuf {
        match self {
            Channel::China => specs_dir.to_path_buf(),
            Channel::Intl => specs_dir.join(INTL_DIR),
        }
    }

    /// A name for release `release` of this channel that is unique across channels
    /// and is one path component (the importer's staging and set-aside names).
    pub(super) fn slot(self, release: &str) -> String {
        match self {
            Channel::China => release.to_string(),
            Channel::Intl => format!("{INTL_DIR}-{release}"),
        }
    }

    /// The inverse of [`Channel::slot`] (a release name starts with a digit, so
    /// `intl-` cannot begin a China one).
    pub(super) fn from_slot(slot: &str) -> (Channel, &str) {
        match slot
            .strip_prefix(INTL_DIR)
            .and_then(|s| s.strip_prefix('-'))
        {
            Some(release) => (Channel::Intl, release),
            None => (Channel::China, slot),
        }
    }
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// A distribution name as pip compares it: lower case, every run of `-`, `_` and `.`
/// one `-`.
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut sep = false;
    for c in name.trim().chars() {
        if matches!(c, '-' | '_' | '.') {
            sep = true;
        } else {
            if sep && !out.is_empty() {
                out.push('-');
            }
            sep = false;
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_names_as_pip_compares_them() {
        for (name, want) in [
            ("tccli", Some(Channel::China)),
            ("TCCLI", Some(Channel::China)),
            ("tccli-intl-en", Some(Channel::Intl)),
            ("tccli_intl_en", Some(Channel::Intl)),
            ("Tccli.Intl__En", Some(Channel::Intl)),
            ("tccli-intl", None),
            ("tencentcloud-sdk-python", None),
            ("", None),
        ] {
            assert_eq!(Channel::from_package(name), want, "{name}");
        }
    }

    #[test]
    fn slots_round_trip_and_dirs() {
        for c in Channel::ALL {
            let slot = c.slot("3.1.193.1");
            assert_eq!(Channel::from_slot(&slot), (c, "3.1.193.1"));
        }
        assert_eq!(
            Channel::Intl.dir(Path::new("specs")),
            Path::new("specs/intl")
        );
        assert_eq!(Channel::China.dir(Path::new("specs")), Path::new("specs"));
    }
}
