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
