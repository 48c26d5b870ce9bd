//! The typed, validated model of Tencent Cloud API specs: the `api.json`
//! and `examples.json` files that the `tccli` package ships, one pair per
//! service and API version.
//!
//! This crate is the only code that reads those files. Everything else
//! (code generation, the spec-diff tool, the emulator) asks the model.
//!
//! ```no_run
//! use tencent_cloud_spec::Release;
//!
//! let release = Release::load("specs/3.0.1217.1")?;
//! let cvm = release.api_version("cvm", "v20170312").expect("cvm is there");
//! let action = cvm.action("DescribeInstances").expect("action");
//! for m in &cvm.input_of(action).expect("input").members {
//!     println!("{} {} required={}", m.name, m.ty, m.required_in_request());
//! }
//! # Ok::<(), tencent_cloud_spec::LoadError>(())
//! ```
//!
//! # One meaning per fact
//!
//! Spec generations spell some facts differently. Output members said
//! `required` up to 3.0.1216.1 and say `output_required` from 3.0.1217.1.
//! The model hides the raw keys: ask [`Member::required_in_request`] and
//! [`Member::always_in_response`].
//!
//! # Direction
//!
//! [`Object::direction`] says whether an object is sent, received, both or
//! neither. It is computed by walking from every action's input and output
//! object (offline actions included); the spec's own `usage` is only a hint
//! and is often absent.
//!
//! # Two channels
//!
//! The China site's specs (tccli, `specs/<release>/`) and the international
//! site's (tccli-intl-en, `specs/intl/<release>/`) load the same way;
//! [`merge_channels`] makes one model of both: the union of their items,
//! each marked with the [`Sites`] that have it, English texts beside the
//! Chinese, and China's type where the two disagree ([`TYPE_RULE`]).
//!
//! # Validation
//!
//! [`Release::load`] fails on unparseable JSON (with line and column),
//! values of the wrong shape, references to missing objects, unknown types,
//! unknown statuses or usages, duplicate actions, objects or member names.
//! Every [`Diagnostic`] names the file and the JSON Pointer
//! (`specs/3.0.1217.1/cvm/v20170312/api.json: /objects/Foo/members/3/member`).
//! Example defects upstream (malformed example JSON, examples for unknown
//! actions) are warnings: they never stop loading.

mod channels;
mod diag;
mod examples;
#[cfg(test)]
mod fuzz;
mod load;
mod model;
pub mod params;
mod raw;
mod streams;

pub use channels::{MergeReport, TYPE_RULE, TypeDisagreement, english, merge_channels};
pub use diag::{Diagnostic, DiagnosticKind, LoadError, Severity};
pub use examples::{
    COMMON_PARAMS, Example, ExampleInput, ExampleOutput, InputForm,
    parse_input as parse_example_input, parse_output as parse_example_output,
};
pub use load::{
    ApiVersionFiles, INTL_DIR, Release, Service, Stats, discover, load_api_version,
    parse_api_version, release_names, resolve_release, version_key,
};
pub use model::{
    Action, ActionStatus, ApiVersion, Base, Direction, Member, Metadata, Object, PAGE_TOKENS,
    PageBy, Pagination, Scalar, Sites, TypeRef, Usage,
};
pub use streams::{EVENT_STREAM_NOTES, declares_event_stream, event_stream_examples};
