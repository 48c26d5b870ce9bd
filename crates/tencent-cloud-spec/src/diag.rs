//! Diagnostics: every problem names its file and, where it has one, the JSON
//! path (a JSON Pointer such as `/objects/Foo/members/3/member`) and the line
//! and column.

use std::fmt;
use std::path::PathBuf;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Upstream data we cope with (a malformed example, say). Never fatal.
    Warning,
    /// The spec cannot be used as it is: loading fails.
    Error,
}

/// What kind of problem a diagnostic reports. Stable: tests and allowlists
/// match on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// The file or directory could not be read.
    Io,
    /// The directory is not laid out as `<service>/<vYYYYMMDD>/api.json`.
    Layout,
    /// Not JSON at all (has line and column).
    Syntax,
    /// Valid JSON, wrong shape: a missing key or a value of the wrong type.
    Shape,
    /// The same key twice in `actions`, `objects` or examples' `actions`.
    DuplicateKey,
    /// An action input/output or a member type names an object that does
    /// not exist.
    MissingObject,
    /// A member `type` (or `type`/`member` pair) we do not know.
    UnknownType,
    /// Two members of one object with the same `name`.
    DuplicateMember,
    /// An action `status` other than online/deprecated/offline.
    UnknownStatus,
    /// An object `usage` other than in/out/both.
    UnknownUsage,
    /// examples.json has examples for an action api.json does not define.
    ExampleForUnknownAction,
    /// An example input that cannot be turned into JSON params.
    ExampleInput,
    /// An example output that is not JSON (nor an event stream of JSON).
    ExampleOutput,
    /// A key the model does not know (a new upstream key): ignored.
    UnknownKey,
    /// A value spelled other than the schema says, read the way Tencent's
    /// own tools read it (`"required": 1` read as `true`).
    Drift,
}

impl DiagnosticKind {
    /// A stable kebab-case id, used in reports and allowlists.
    pub fn id(self) -> &'static str {
        match self {
            DiagnosticKind::Io => "io",
            DiagnosticKind::Layout => "layout",
            DiagnosticKind::Syntax => "syntax",
            DiagnosticKind::Shape => "shape",
            DiagnosticKind::DuplicateKey => "duplicate-key",
            DiagnosticKind::MissingObject => "missing-object",
            DiagnosticKind::UnknownType => "unknown-type",
            DiagnosticKind::DuplicateMember => "duplicate-member",
            DiagnosticKind::UnknownStatus => "unknown-status",
            DiagnosticKind::UnknownUsage => "unknown-usage",
            DiagnosticKind::ExampleForUnknownAction => "example-for-unknown-action",
            DiagnosticKind::ExampleInput => "example-input",
            DiagnosticKind::ExampleOutput => "example-output",
            DiagnosticKind::UnknownKey => "unknown-key",
            DiagnosticKind::Drift => "drift",
        }
    }
}

/// One problem in one spec file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: DiagnosticKind,
    /// The file, as given to the loader (e.g. `specs/3.0.1217.1/cvm/v20170312/api.json`).
    pub file: PathBuf,
    /// JSON Pointer into the file (`/objects/Foo/members/3/member`), if known.
    pub pointer: Option<String>,
    /// 1-based line and column, for syntax and shape errors.
    pub line_col: Option<(usize, usize)>,
    pub message: String,
}

impl Diagnostic {
    pub(crate) fn new(
        severity: Severity,
        kind: DiagnosticKind,
        file: impl Into<PathBuf>,
        pointer: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity,
            kind,
            file: file.into(),
            pointer,
            line_col: None,
            message: message.into(),
        }
    }

    pub(crate) fn error(
        kind: DiagnosticKind,
        file: impl Into<PathBuf>,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Error, kind, file, Some(pointer.into()), message)
    }

    pub(crate) fn warning(
        kind: DiagnosticKind,
        file: impl Into<PathBuf>,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Warning, kind, file, Some(pointer.into()), message)
    }

    /// `file: /pointer` — the location without the message.
    pub fn location(&self) -> String {
        let mut s = self.file.display().to_string();
        if let Some((l, c)) = self.line_col {
            s.push_str(&format!(":{l}:{c}"));
        }
        if let Some(p) = &self.pointer {
            s.push_str(": ");
            s.push_str(if p.is_empty() { "/" } else { p });
        }
        s
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(
            f,
            "{}: {level}[{}]: {}",
            self.location(),
            self.kind.id(),
            self.message
        )
    }
}

/// Loading failed: at least one error-level diagnostic. Holds all of them
/// (from every file), errors first.
#[derive(Debug, Clone)]
pub struct LoadError {
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut errors = self.errors();
        match errors.next() {
            Some(first) => {
                write!(f, "{first}")?;
                let rest = errors.count();
                if rest > 0 {
                    write!(f, " (and {rest} more errors)")?;
                }
                Ok(())
            }
            None => write!(f, "spec loading failed"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Appends one JSON Pointer segment, escaping `~` and `/` (RFC 6901).
pub(crate) fn push_segment(ptr: &mut String, seg: &str) {
    ptr.push('/');
    for c in seg.chars() {
        match c {
            '~' => ptr.push_str("~0"),
            '/' => ptr.push_str("~1"),
            c => ptr.push(c),
        }
    }
}

/// Builds a JSON Pointer from segments.
pub(crate) fn pointer(segments: &[&str]) -> String {
    let mut p = String::new();
    for s in segments {
        push_segment(&mut p, s);
    }
    p
}
