//! What changed between two Tencent Cloud API spec releases, what it
//! breaks, and what version each generated crate must get.
//!
//! ```no_run
//! use tencent_cloud_spec::Release;
//! use tencent_cloud_specdiff::{Options, diff_releases};
//!
//! let old = Release::load("specs/3.0.1216.1")?;
//! let new = Release::load("specs/3.0.1217.1")?;
//! let diff = diff_releases(&old, &new, &Options::default());
//! for c in &diff.changes {
//!     println!("{} {} {}", c.level, c.rule, c.location);
//! }
//! # Ok::<(), tencent_cloud_spec::LoadError>(())
//! ```
//!
//! The binary `tc-specdiff OLD NEW` renders the same as text, Markdown
//! release notes or JSON, and gates CI with `--fail-on`. `cargo xtask
//! release-notes OLD NEW` writes the notes into `CHANGELOG.md` and applies
//! the version bumps.
//!
//! # Two questions, two answers: levels and bumps
//!
//! Every change carries a **level** and a **bump**. They answer different
//! questions and often differ:
//!
//! * The **level** (ERR / WARN / INFO) is about the **HTTP API contract**:
//!   would a caller who builds requests and reads responses as the spec says
//!   (by hand, with tccli, with any SDK) be broken? ERR: yes, if they used
//!   what changed. WARN: perhaps, or the change needs a human look. INFO:
//!   no.
//! * The **bump** (major / minor / patch / none) is about the **Rust
//!   crate** `tencent-cloud-<service>`: does code that compiled against
//!   the old generated crate still compile and behave? It follows from the
//!   mapping contract below, not from the HTTP contract.
//!
//! Example: an output member that was "always present" becomes optional.
//! For the HTTP contract that is ERR (a client that relied on the field
//! being there will break). For the Rust crate it is a patch: every field
//! is already an `Option`, so the types do not change.
//!
//! # The Rust mapping: one plan, shared with codegen
//!
//! What the generated Rust is, is decided once, by the mapping plan of
//! [`tencent_cloud_plan`]; `cargo xtask regen` only lays a plan out as text,
//! and this crate asks the same plan:
//!
//! * One crate `tencent-cloud-<service>` per service; one module per API
//!   version (`v20170312`), each behind a cargo feature of that name.
//! * Every object reached from a **callable** action (input or output)
//!   becomes a public struct named after the object, `#[non_exhaustive]`,
//!   with `Default` and public fields ([`tencent_cloud_plan::generated_objects`]).
//!   Objects reached from no action, or only from offline actions, are **not
//!   generated**.
//! * **Every member is `Option<T>`**, in requests and in responses. The
//!   spec's `required` / `output_required` flags are not reliable enough to
//!   drop the `Option` (between 3.0.1216.1 and 3.0.1217.1 about 350 output
//!   members flip from always-present to optional, and upstream SDK issues
//!   show `null` for "non-null" fields).
//! * Types ([`tencent_cloud_plan::RustType`]): `string`, `datetime`,
//!   `datetime_iso`, `date`, `binary` (base64 text) → `String`; `int64` →
//!   `i64`; `uint64` → `u64`; `float` → `f64`; `bool` → `bool`; `list<T>` →
//!   `Vec<T>`; an object → the struct named after it (boxed on a cycle of
//!   inline structs).
//! * Members marked `disabled` are generated as `#[deprecated]` fields: the
//!   spec hides them from docs, but real calls still send them (87 of the
//!   3.0.1217.1 examples do). So a member becoming disabled is a deprecation
//!   (minor), becoming enabled again a patch, and every other rule applies
//!   to disabled members as to any other.
//! * One method per callable action. Offline actions are not generated;
//!   deprecated actions carry `#[deprecated]`.
//! * Generated crates are 0.x.y. Bumps follow Cargo's convention for 0.x:
//!   a major bump raises x (0.3.1 → 0.4.0), minor and patch raise y
//!   (0.3.1 → 0.3.2). A service that is new in a release is reported as
//!   "new crate 0.1.0".
//!
//! **A crate's bump is the difference of its two plans**
//! ([`tencent_cloud_plan::crate_bump`]), because that is what users' code
//! sees: anything added (field, struct, method, paginator, feature) or
//! deprecated is minor; anything removed or retyped (including an action
//! going offline, a struct no longer generated, a field renamed) is major;
//! a request field that becomes required is **major** although no Rust type
//! changes, because calls that compiled and worked are now rejected by the
//! server; any other difference in what is generated (docs, the examples in
//! the docs, the retry policy) is a patch; equal plans mean equal code
//! (a test checks it on every crate of the seed pair), and no bump. So a
//! change of a member's `example` text, or of an older API version's
//! examples, bumps nothing. Each change still carries the semver effect
//! of its rule (the table below), `none` where its subject is not
//! generated.
//!
//! # Direction
//!
//! Rules about members depend on where the member's object travels, as the
//! spec model computes it by reachability from actions (never the spec's
//! `usage` hint). An object is judged by every direction it had in either
//! release; an object used both ways gets the stricter of the request and
//! response rules. Changes inside objects that are generated in neither
//! release (reached from no callable action) are INFO with no bump: no
//! crate has them and no call can carry them.
//!
//! # Metadata-only changes
//!
//! Spellings that do not change meaning produce no change at all. The
//! main case: in 3.0.1217.1 output members say `output_required` where
//! 3.0.1216.1 said `required`. The diff never reads raw keys; it asks the
//! model ([`tencent_cloud_spec::Member::always_in_response`],
//! [`tencent_cloud_spec::Member::required_in_request`]), and compares the
//! request flag only where the object is sent and the response flag only
//! where it is received. An action status that goes from missing to
//! `online` (or back) is not a change either.
//!
//! The same release also rewrote about 330 output members from "always
//! present, value may be null" (`required: true, value_allowed_null: true`)
//! to "may be absent, never null" (`output_required: false,
//! value_allowed_null: false`). A reader is promised a value in neither.
//! So on the response side the rules compare one fact, the **guarantee**
//! "a non-null value is always there" (`always_in_response() &&
//! !nullable`), and report only a change of it: losing it is
//! `response-member-became-optional` (ERR, the member may now be absent)
//! or `response-member-became-nullable` (WARN, still present but may be
//! null); gaining it is `response-member-became-required` or
//! `response-member-became-non-nullable` (INFO). For the seed pair this
//! leaves 6 real `response-member-became-optional` items (cvm and batch
//! `Placement.HostId(s)`, cvm `HostItem.HostIp`, ...), down from 347 raw
//! flag flips.
//!
//! # The rules
//!
//! Ids are stable: ignore files and CI gates refer to them. Each rule is
//! defined once, in the registry ([`rules`]), with its family, side, and
//! release-note templates; `tc-specdiff --list-rules [--format json]`
//! prints it, and a test keeps this table equal to
//! `tc-specdiff --list-rules --format markdown`.
//!
//! | id | level | bump | why this level |
//! |---|---|---|---|
//! | `service-added` | INFO | new crate 0.1.0 | nothing existing changes |
//! | `service-removed` | ERR | (crate retired) | every call to it fails |
//! | `api-version-added` | INFO | minor | a new module/feature |
//! | `api-version-removed` | ERR | major | every call to that version fails |
//! | `action-added` | INFO | minor | a new call; none existing changes |
//! | `action-removed-without-deprecation` | ERR | major | calls fail with no warning period |
//! | `action-removed` | WARN | major | calls fail, but users were warned by the deprecation |
//! | `offline-action-removed` | INFO | patch | it was not callable (nor generated) already |
//! | `action-deprecated` | INFO | minor | still callable; a warning to plan ahead (预下线) |
//! | `action-undeprecated` | INFO | minor | the warning is lifted |
//! | `action-offline-without-deprecation` | ERR | major | calls fail with no warning period |
//! | `action-offline` | WARN | major | calls fail, after a deprecation period |
//! | `action-back-online` | INFO | minor | a call becomes available again |
//! | `action-io-changed` | ERR | major | the action's input or output object is a different one |
//! | `object-added` | INFO | minor | a new struct |
//! | `object-removed` | WARN | major | the members that used it are reported (ERR) on their own; the struct goes |
//! | `object-renamed` | INFO | major | reported on top of removed + added: same shape, new name |
//! | `object-became-reachable` | INFO | minor | the struct starts being generated |
//! | `object-became-unreachable` | INFO | major | no action uses it any more; the struct goes |
//! | `request-member-added-required` | ERR | major | existing calls lack it and are rejected |
//! | `request-member-added-optional` | INFO | minor | existing calls still valid |
//! | `response-member-added` | INFO | minor | readers ignore what they do not know |
//! | `member-added` | INFO | minor | (object with no direction; not generated, bump none) |
//! | `request-member-removed` | ERR | major | callers that send it get an unknown-parameter error |
//! | `response-member-removed` | ERR | major | readers that use it find nothing |
//! | `member-removed` | INFO | major | (object with no direction; not generated, bump none) |
//! | `member-renamed` | INFO | major | reported on top of removed + added: same type, same doc or same name up to case |
//! | `member-type-changed` | ERR | major | values of the old type no longer fit (type, member, list ↔ scalar, int64 ↔ uint64, object A → B) |
//! | `member-format-changed` | WARN | patch | the wire format changes within one Rust type (`string → datetime`); values may need a new format |
//! | `request-member-became-required` | ERR | major | calls that omitted it are rejected |
//! | `request-member-became-optional` | INFO | patch | every old call is still valid |
//! | `response-member-became-optional` | ERR | patch | a non-null value was guaranteed and the member may now be absent: readers that relied on it break; Rust fields are `Option` already |
//! | `response-member-became-required` | INFO | patch | a value is now guaranteed: a stronger promise |
//! | `response-member-became-nullable` | WARN | patch | still always present, but may now be `null`: strict readers may break; Rust maps `null` to `None` |
//! | `response-member-became-non-nullable` | INFO | patch | present and now never `null`: a stronger promise |
//! | `member-nullable-changed` | INFO | patch | `value_allowed_null` on a request-only object means nothing on the wire |
//! | `member-disabled` | WARN | minor | hidden from the docs upstream: a deprecation; the field stays, `#[deprecated]` |
//! | `member-enabled` | INFO | patch | back in the docs; the `#[deprecated]` goes |
//! | `doc-changed` | INFO | patch | text only (`document`, action `title`, `api_brief`, product name) |
//! | `example-changed` | INFO | patch | a member's `example` text |
//! | `examples-changed` | INFO | patch | an action's examples.json entries |
//!
//! Counting (the JSON `summary`) is independent of the rules: plain set
//! differences by name, see [`Summary`].
//!
//! # Rename detection
//!
//! A removed object and an added object of the same API version with the
//! same shape (the same set of member names and types, at least one member)
//! are reported as `object-renamed`. Added objects are bucketed by a hash of
//! their shape, so detection is linear, not quadratic; within a bucket the
//! candidate with the same referrers (the same referring members and
//! actions) wins, and an ambiguous bucket reports nothing. Members: a
//! removed and an added member of one object with the same type and either
//! the same non-empty document or the same name up to case and underscores.
//!
//! # Locations
//!
//! `cvm` (service), `cvm/v20170312` (API version),
//! `cvm/v20170312/DescribeInstances()` (action), `cvm/v20170312/Filter`
//! (object), `cvm/v20170312/Filter.Name` (member),
//! `cvm/v20170312/DescribeInstances()/examples` (examples).
//!
//! # Ignore files
//!
//! `--ignore FILE`: one entry per line, `RULE-ID LOCATION`, where LOCATION
//! may end in `*` to match a prefix and either may be `*`. Blank lines and
//! lines starting with `#` are skipped. Ignored changes are left out of the
//! report and of the `--fail-on` gate (their number is reported).
//!
//! # JSON schema (`--format json`, `schema_version` 1)
//!
//! See [`render::json`] for the full description.

pub mod change;
pub mod channels;
pub mod diff;
pub mod ignore;
pub mod input;
pub mod lang;
pub mod render;
pub mod report;
pub mod rules;
pub mod semver_bump;

pub use change::{Bump, Change, Level, Rule, Side, Subject};
pub use diff::{Diff, Options, Summary, VersionInfo, diff_api_versions, diff_pair, diff_releases};
pub use ignore::IgnoreList;
pub use lang::Lang;
pub use report::Report;
pub use semver_bump::{CrateBump, apply_bump, crate_bumps};
