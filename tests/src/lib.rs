//! Shared helpers for the cross-crate tests in this package.
