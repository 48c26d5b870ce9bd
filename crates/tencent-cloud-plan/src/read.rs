//! The read policy: which actions are reads, safe to repeat, and so retried
//! after transport errors.

/// Action-name prefixes of reads. An action is a read when its name starts
/// with one of these followed by anything but a lower-case letter
/// (`DescribeInstances`, `Get400Cdr`, `Get`, but not `Getaway`), so
/// `BatchDescribeX` is a read and `Checkout` is not.
pub const READ_PREFIXES: &[&str] = &[
    "Describe",
    "Get",
    "List",
    "Query",
    "Inquiry",
    "Inquire",
    "Search",
    "Check",
    "Fetch",
    "BatchDescribe",
];

/// Whether an action is retried, and the rule that decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReadPolicy {
    /// Safe to repeat: retried after transport errors.
    pub idempotent: bool,
    /// The prefix of [`READ_PREFIXES`] that matched, if any.
    pub prefix: Option<&'static str>,
}

impl ReadPolicy {
    /// The policy of one action, by its name.
    pub fn of(action: &str) -> ReadPolicy {
        let prefix = READ_PREFIXES.iter().copied().find(|p| {
            action
                .strip_prefix(p)
                .is_some_and(|rest| !rest.starts_with(char::is_lowercase))
        });
        ReadPolicy {
            idempotent: prefix.is_some(),
            prefix,
        }
    }

    /// `read (prefix Describe)` or `write (no read prefix)`: the rule behind
    /// the decision, for listings.
    pub fn reason(&self) -> String {
        match self.prefix {
            Some(p) => format!("read (prefix {p})"),
            None => "write (no read prefix)".to_string(),
        }
    }
}

/// `crates/services/READ-POLICY.txt`: the read/write decision of every generated
/// action and the rule behind it, with a count per rule; regen writes it beside the
/// crates, so a change of policy shows in review. It does not name the release
/// (`crates/services/RELEASE` does): a release that changes no action leaves it as is.
pub fn read_policy_listing<'a>(
    versions: impl IntoIterator<Item = &'a crate::VersionPlan<'a>>,
) -> String {
    use std::collections::BTreeMap;
    use std::fmt::Write as _;
    let mut lines = Vec::new();
    let mut by_rule: BTreeMap<String, usize> = BTreeMap::new();
    for v in versions {
        for a in &v.actions {
            let reason = a.read.reason();
            *by_rule.entry(reason.clone()).or_default() += 1;
            lines.push(format!("{}/{}/{}: {reason}", v.service, v.version, a.name));
        }
    }
    let reads = lines.iter().filter(|l| l.contains(": read ")).count();
    let mut text = String::new();
    let _ = writeln!(
        text,
        "# Read policy of every generated action: {} actions, {reads} reads (retried after \
         transport errors), {} writes (retried only with a ClientToken).",
        lines.len(),
        lines.len() - reads
    );
    text.push_str("# Written by `cargo xtask regen` (tencent_cloud_plan::read_policy_listing).\n");
    for (rule, n) in &by_rule {
        let _ = writeln!(text, "#   {n:>6}  {rule}");
    }
    for l in &lines {
        text.push_str(l);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_by_prefix_at_a_word_boundary() {
        for (name, read) in [
            ("DescribeInstances", true),
            ("BatchDescribeDevice", true),
            ("GetUserInfo", true),
            ("ListTasks", true),
            ("InquiryPriceRunInstances", true),
            ("InquirePriceRenew", true),
            ("CheckDomain", true),
            ("Get", true),
            ("Get400Cdr", true),
            ("Describe5GAPNs", true),
            ("RunInstances", false),
            ("BatchDeleteDevices", false),
            ("Checkout", false),
            ("Getaway", false),
            ("Listen", false),
        ] {
            assert_eq!(ReadPolicy::of(name).idempotent, read, "{name}");
        }
        assert_eq!(
            ReadPolicy::of("BatchDescribeDevice").reason(),
            "read (prefix BatchDescribe)"
        );
        assert_eq!(
            ReadPolicy::of("RunInstances").reason(),
            "write (no read prefix)"
        );
    }
}
