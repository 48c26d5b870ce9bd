//! The spec→Rust mapping plan: for one service, everything its generated
//! crate is, decided once.
//!
//! ```no_run
//! let release = tencent_cloud_spec::Release::load("specs/3.0.1217.1")?;
//! let plan = tencent_cloud_plan::plan_crate(release.service("cvm").unwrap())?;
//! let v = plan.version("v20170312").unwrap();
//! let a = v.action("DescribeInstances").unwrap();
//! assert_eq!(a.method, "describe_instances");
//! assert!(a.read.idempotent && a.pager.is_some());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A [`CratePlan`] holds, per API version ([`VersionPlan`]):
//!
//! * the generated actions (callable ones; offline actions are listed, not
//!   generated) with their method names, request and response types, read
//!   policy ([`ReadPolicy`]), deprecation, `_stream` and `_pages`
//!   companions;
//! * the generated objects: those reached from a callable action
//!   ([`generated_objects`]), whether each is sent (`Encode` and setters),
//!   and its fields with keyword-safe, collision-free names and Rust types
//!   ([`RustType`], boxed on cycles of inline structs);
//! * every text the generated docs show (docs with upstream boilerplate
//!   removed, the first example of the default version);
//! * the crate and feature names ([`crate_name`]).
//!
//! Codegen (`cargo xtask regen`) lays a plan out as Rust source and decides
//! nothing else; `tencent-cloud-specdiff` computes a crate's semver bump by
//! comparing two plans ([`crate_bump`]). So equal plans mean equal
//! generated code, and a crate whose plan is unchanged is not bumped.

/// This crate's version, which is the workspace's (and tencent-cloud-core's).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

mod channels;
mod defaults;
mod display;
mod errorcodes;
mod hosts;
pub mod names;
mod pagers;
mod plan;
mod reach;
mod read;
mod semver;
mod streams;
mod types;

pub use channels::{ChannelCounts, channel_listing};
pub use defaults::{TCCLI_DEFAULT_VERSIONS, default_version, tccli_default};
pub use errorcodes::{
    ErrorCode, PYTHON_SDK_ERRORCODES, common_error_codes, error_codes, errorcodes_release,
};
pub use hosts::{HostFinding, SDK_HOSTS, SpecialHost, host_listing, special_host};
pub use names::{crate_ident, crate_name};
pub use pagers::{no_pager_reason, pager_listing};
pub use plan::{
    ActionPlan, CratePlan, ExampleDoc, ExampleText, FieldPlan, MAX_EXAMPLE_LINES,
    MAX_EXAMPLE_STRING, OCTET_STREAM_ACTIONS, ObjectPlan, ObjectRole, OffsetType, PageKind,
    PagerPlan, PlanError, REQUEST_ID_DOC, TotalCount, VersionPlan, member_idents, plan_crate,
    plan_crate_only, plan_version,
};
pub use reach::{callable, generated_objects, reach};
pub use read::{READ_PREFIXES, ReadPolicy, read_policy_listing};
pub use semver::{Bump, PlanBump, crate_bump};
pub use streams::stream_listing;
pub use types::{Format, RustBase, RustScalar, RustType, StdNames, same_rust_type};
