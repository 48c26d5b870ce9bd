//! Doc comments from spec text, made safe for rustdoc and rustfmt.

use std::borrow::Cow;

/// Where the China site's docs live: relative links in its texts (`/document/…`) are
/// made absolute against it.
pub const CHINA_DOCS: &str = "https://cloud.tencent.com";
/// Where the international site's docs live, likewise for its English texts.
pub const INTL_DOCS: &str = "https://www.tencentcloud.com";

/// Writes `text` as `///` (or `//!` with `inner`) lines at `indent`.
///
/// Upstream docs are Markdown-ish Chinese text with HTML. Made safe:
/// * no indented code blocks (leading whitespace is dropped outside
///   fences), and bare ``` fences become ```text, so rustdoc never treats
///   spec text as Rust (and never runs it as a doctest);
/// * no trailing whitespace (rustfmt would complain);
/// * runs of blank lines collapse to one;
/// * links render: relative ones (`](/document/…)`) point at the China site's docs,
///   and in a paragraph that starts with an HTML block tag (`<p>`, `<ul>`, …),
///   where Markdown is not read, `[text](url)` becomes `<a href>` and `` `code` ``
///   becomes `<code>`.
pub fn push_doc(out: &mut String, indent: &str, text: &str, inner: bool) {
    push_doc_at(out, indent, text, inner, CHINA_DOCS);
}

/// [`push_doc`] of a text whose relative links point into the docs at `base`.
pub fn push_doc_at(out: &mut String, indent: &str, text: &str, inner: bool, base: &str) {
    let marker = if inner { "//!" } else { "///" };
    let mut in_fence = false;
    let mut last_blank = true;
    let mut wrote = false;
    let mut html = false;
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
        if in_fence {
            push_line(out, indent, marker, content);
        } else {
            if last_blank {
                html = starts_html_block(content);
            }
            push_line(out, indent, marker, &render_links(content, html, base));
        }
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

/// The block-level tags that start a CommonMark HTML block (type 6) as they occur in
/// the specs: until the next blank line, the text is HTML and Markdown is not read.
const HTML_BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dl",
    "dt",
    "dd",
    "details",
    "blockquote",
    "pre",
    "hr",
];

/// Does a paragraph starting with `line` start an HTML block?
fn starts_html_block(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('<') else {
        return false;
    };
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let tag = rest[..end].to_ascii_lowercase();
    let after = &rest[end..];
    HTML_BLOCK_TAGS.contains(&tag.as_str())
        && (after.is_empty() || after.starts_with(['>', ' ', '/']))
}

/// One line with its links made to render (see [`push_doc`]).
pub fn render_links<'t>(line: &'t str, html: bool, base: &str) -> Cow<'t, str> {
    if !(line.contains("](") || html && line.contains('`')) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + 16);
    let mut rest = line;
    while !rest.is_empty() {
        if html
            && rest.starts_with('`')
            && let Some(end) = rest[1..].find('`')
            && end > 0
        {
            out.push_str("<code>");
            out.push_str(&rest[1..1 + end]);
            out.push_str("</code>");
            rest = &rest[end + 2..];
            continue;
        }
        if rest.starts_with('[')
            && let Some((text, url, len)) = markdown_link(rest)
        {
            let url = absolute(url, base);
            if html {
                out.push_str("<a href=\"");
                out.push_str(&url.replace('"', "%22"));
                out.push_str("\">");
                out.push_str(text);
                out.push_str("</a>");
            } else {
                out.push('[');
                out.push_str(text);
                out.push_str("](");
                out.push_str(&url);
                out.push(')');
            }
            rest = &rest[len..];
            continue;
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// `[text](url)` at the start of `s`: (text, url, bytes taken). No nested brackets.
fn markdown_link(s: &str) -> Option<(&str, &str, usize)> {
    let close = s.find(']')?;
    let text = &s[1..close];
    if text.contains('[') || !s[close..].starts_with("](") {
        return None;
    }
    let url_start = close + 2;
    let url_len = s[url_start..].find(')')?;
    let url = s[url_start..url_start + url_len].trim();
    if url.is_empty() || url.contains(char::is_whitespace) {
        return None;
    }
    Some((text, url, url_start + url_len + 1))
}

/// A site-relative link (`/document/…`) made absolute against `base`.
fn absolute<'u>(url: &'u str, base: &str) -> Cow<'u, str> {
    if url.starts_with('/') && !url.starts_with("//") {
        Cow::Owned(format!("{base}{url}"))
    } else {
        Cow::Borrowed(url)
    }
}

/// Writes an item's docs in both languages: the English text first where there is one
/// (its relative links into the international site's docs), then the Chinese original
/// in a collapsed `<details>` block, when there is one (a text with Chinese in it);
/// without English, the Chinese text alone.
///
/// A one-paragraph original goes on the block's own lines as HTML (links and code made
/// HTML, see [`push_doc`]): `<details><summary>中文</summary>原文</details>`, the
/// cheapest form (most members); a longer one is Markdown between blank lines.
pub fn push_bilingual(out: &mut String, indent: &str, en: Option<&str>, zh: &str, inner: bool) {
    let Some(en) = en.filter(|e| !e.trim().is_empty()) else {
        push_doc(out, indent, zh, inner);
        return;
    };
    push_doc_at(out, indent, en, inner, INTL_DOCS);
    let zh = zh.trim();
    if !zh.chars().any(is_han) {
        return;
    }
    let marker = if inner { "//!" } else { "///" };
    push_blank(out, indent, inner);
    let paragraph = !zh.contains("```")
        && zh.lines().all(|l| !l.trim().is_empty())
        && !zh
            .lines()
            .any(|l| l.trim_start().starts_with(['-', '*', '#', '|', '>']));
    if paragraph {
        let lines: Vec<&str> = zh.lines().map(str::trim).collect();
        for (i, line) in lines.iter().enumerate() {
            let mut text = String::new();
            if i == 0 {
                text.push_str(ZH_OPEN);
            }
            text.push_str(&render_links(&line.replace('\t', " "), true, CHINA_DOCS));
            if i + 1 == lines.len() {
                text.push_str(ZH_CLOSE);
            }
            push_line(out, indent, marker, &text);
        }
        return;
    }
    push_line(out, indent, marker, ZH_OPEN);
    // A blank line after the summary lets rustdoc read the Chinese text as Markdown.
    push_blank(out, indent, inner);
    push_doc(out, indent, zh, inner);
    push_blank(out, indent, inner);
    push_line(out, indent, marker, ZH_CLOSE);
}

/// A Han character (CJK unified ideographs and their extension A).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// The collapsed block that holds a Chinese original.
pub const ZH_OPEN: &str = "<details><summary>中文</summary>";
pub const ZH_CLOSE: &str = "</details>";

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
    fn links_render() {
        // Markdown links in Markdown stay; relative ones become absolute.
        assert_eq!(
            doc("See [A](https://x.y/a) and [B](/document/api/213/1)."),
            "    /// See [A](https://x.y/a) and [B](https://cloud.tencent.com/document/api/213/1).\n"
        );
        // In an HTML block Markdown is not read: links and code become HTML, for the
        // whole paragraph.
        assert_eq!(
            doc("<p>Use [DescribeX](https://x.y/d) with `Id`.</p>\n<li>[y](/z)</li>\n\n`a` [b](c)"),
            "    /// <p>Use <a href=\"https://x.y/d\">DescribeX</a> with <code>Id</code>.</p>\n    /// <li><a href=\"https://cloud.tencent.com/z\">y</a></li>\n    ///\n    /// `a` [b](c)\n"
        );
        // Not links: text in brackets, unclosed, whitespace in the target.
        for t in ["[a] (b)", "[a](b", "[a](b c)", "x[", "`"] {
            assert_eq!(render_links(t, true, CHINA_DOCS), t);
        }
    }

    #[test]
    fn bilingual() {
        let two = |en: Option<&str>, zh: &str| {
            let mut s = String::new();
            push_bilingual(&mut s, "", en, zh, false);
            s
        };
        // One paragraph: the compact HTML form, links made HTML.
        assert_eq!(
            two(
                Some("Zone. See [doc](/document/1)."),
                "可用区，见[文档](/document/2)。\n第二行"
            ),
            "/// Zone. See [doc](https://www.tencentcloud.com/document/1).\n///\n/// <details><summary>中文</summary>可用区，见<a href=\"https://cloud.tencent.com/document/2\">文档</a>。\n/// 第二行</details>\n"
        );
        // Paragraphs or a list: Markdown between blank lines.
        assert_eq!(
            two(Some("Zone."), "可用区。\n\n- 列表"),
            "/// Zone.\n///\n/// <details><summary>中文</summary>\n///\n/// 可用区。\n///\n/// - 列表\n///\n/// </details>\n"
        );
        assert_eq!(two(None, "可用区。"), "/// 可用区。\n");
        // No Chinese original (an item only the international site has): English alone.
        assert_eq!(two(Some("ID"), "ID"), "/// ID\n");
        assert_eq!(two(Some("Sites."), "The sites."), "/// Sites.\n");
    }

    #[test]
    fn whitespace() {
        assert_eq!(doc("a  \n\n\n\nb\t\n\n"), "    /// a\n    ///\n    /// b\n");
        assert_eq!(doc(""), "");
        assert_eq!(doc("\n\n"), "");
    }
}
