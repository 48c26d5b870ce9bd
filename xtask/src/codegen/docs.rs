//! Doc comments from spec text, made safe for rustdoc and rustfmt.

/// Writes `text` as `///` (or `//!` with `inner`) lines at `indent`.
///
/// Upstream docs are Markdown-ish Chinese text with HTML. Made safe:
/// * no indented code blocks (leading whitespace is dropped outside
///   fences), and bare ``` fences become ```text, so rustdoc never treats
///   spec text as Rust (and never runs it as a doctest);
/// * no trailing whitespace (rustfmt would complain);
/// * runs of blank lines collapse to one.
pub fn push_doc(out: &mut String, indent: &str, text: &str, inner: bool) {
    let marker = if inner { "//!" } else { "///" };
    let mut in_fence = false;
    let mut last_blank = true;
    let mut wrote = false;
    for raw in text.lines() {
        let line = raw.trim_end().replace('\t', "    ");
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            let rest = trimmed.trim_start_matches('`').trim();
            let fence = if in_fence || !rest.is_empty() && rest != "rust" {
                // closing fence, or a fence with a non-Rust language
                if in_fence {
                    "```".to_string()
                } else {
                    format!("```{rest}")
                }
            } else {
                "```text".to_string()
            };
            in_fence = !in_fence;
            push_line(out, indent, marker, &fence);
            last_blank = false;
            wrote = true;
            continue;
        }
        let content = if in_fence { line.as_str() } else { trimmed };
        if content.is_empty() {
            if !last_blank && !in_fence {
                push_line(out, indent, marker, "");
                last_blank = true;
            } else if in_fence {
                push_line(out, indent, marker, "");
            }
            continue;
        }
        push_line(out, indent, marker, content);
        last_blank = false;
        wrote = true;
    }
    if in_fence {
        push_line(out, indent, marker, "```");
    }
    // Drop a trailing blank doc line.
    let blank = format!("{indent}{marker}\n");
    while wrote && out.ends_with(&blank) {
        out.truncate(out.len() - blank.len());
    }
}

fn push_line(out: &mut String, indent: &str, marker: &str, content: &str) {
    out.push_str(indent);
    out.push_str(marker);
    if !content.is_empty() {
        out.push(' ');
        out.push_str(content);
    }
    out.push('\n');
}

/// A blank doc line, to separate paragraphs.
pub fn push_blank(out: &mut String, indent: &str, inner: bool) {
    out.push_str(indent);
    out.push_str(if inner { "//!" } else { "///" });
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(t: &str) -> String {
        let mut s = String::new();
        push_doc(&mut s, "    ", t, false);
        s
    }

    #[test]
    fn indented_code_and_bare_fences_are_neutralised() {
        assert_eq!(
            doc("a\n    let x = 1;\n"),
            "    /// a\n    /// let x = 1;\n"
        );
        assert_eq!(
            doc("x\n```\nfn main() {}\n```\ny"),
            "    /// x\n    /// ```text\n    /// fn main() {}\n    /// ```\n    /// y\n"
        );
        assert_eq!(
            doc("```json\n{\"a\": 1}\n```"),
            "    /// ```json\n    /// {\"a\": 1}\n    /// ```\n"
        );
        assert_eq!(
            doc("```rust\nlet a = 1;"),
            "    /// ```text\n    /// let a = 1;\n    /// ```\n"
        );
    }

    #[test]
    fn whitespace() {
        assert_eq!(doc("a  \n\n\n\nb\t\n\n"), "    /// a\n    ///\n    /// b\n");
        assert_eq!(doc(""), "");
        assert_eq!(doc("\n\n"), "");
    }
}
