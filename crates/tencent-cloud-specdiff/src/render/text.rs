//! `--format text`: for terminals. Coloured only when asked (the binary
//! asks on a TTY, unless `NO_COLOR` is set). Doc-text changes show a
//! word-level diff computed here, with `similar` (character-level for CJK
//! text, which has no spaces between words).

use std::borrow::Cow;
use std::fmt::Write;

use similar::{ChangeTag, TextDiff};

use crate::change::{Change, Level, Rule};
use crate::report::Report;

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn level(&self, l: Level) -> String {
        let code = match l {
            Level::Err => "1;31",
            Level::Warn => "1;33",
            Level::Info => "36",
        };
        self.paint(code, &format!("{:<4}", l.as_str()))
    }
}

/// Splits two texts into (common prefix, old middle, new middle, common
/// suffix). With `words`, the prefix ends after whitespace and the suffix
/// starts at whitespace, so no word is cut.
fn trim_common<'a>(a: &'a str, b: &'a str, words: bool) -> (&'a str, &'a str, &'a str, &'a str) {
    let mut p = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map(|((i, _), _)| i)
        .unwrap_or(a.len().min(b.len()));
    while !(a.is_char_boundary(p) && b.is_char_boundary(p)) {
        p -= 1;
    }
    if words {
        p = a[..p]
            .rfind(char::is_whitespace)
            .map(|i| i + 1)
            .unwrap_or(0);
        while !a.is_char_boundary(p) {
            p -= 1;
        }
    }
    let (ar, br) = (&a[p..], &b[p..]);
    let mut s = ar
        .chars()
        .rev()
        .zip(br.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    if words {
        let tail = &ar[ar.len() - s..];
        s = tail.find(char::is_whitespace).map(|i| s - i).unwrap_or(0);
    }
    (
        &a[..p],
        &ar[..ar.len() - s],
        &br[..br.len() - s],
        &ar[ar.len() - s..],
    )
}

fn is_cjk_heavy(s: &str) -> bool {
    s.chars().any(|c| c as u32 >= 0x2E80)
}

/// The longest changed middle (old + new, in bytes) that is diffed word by
/// word (or character by character for CJK text).
const MAX_DIFF_CHARS: usize = 16 * 1024;

/// Equal text shown in full up to this many characters; longer runs keep
/// their first and last [`EQUAL_CONTEXT`] characters around a `…`.
const MAX_EQUAL_CHARS: usize = 60;
const EQUAL_CONTEXT: usize = 20;

/// Appends `s` with newlines shown as `⏎`, so a change stays on one line.
fn push_str(out: &mut String, s: &str) {
    for (i, part) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('⏎');
        }
        out.push_str(part);
    }
}

/// Writes a run of equal text given as pieces (a long common prefix or suffix
/// is borrowed, never copied), shortened when long: at the start of the line
/// its head is dropped, at the end its tail.
fn flush_equal(out: &mut String, pieces: &mut Vec<Cow<'_, str>>, first: bool, last: bool) {
    let chars = || pieces.iter().flat_map(|p| p.chars());
    if chars().nth(MAX_EQUAL_CHARS).is_some() {
        let mut shown = String::new();
        if !first {
            shown.extend(chars().take(EQUAL_CONTEXT));
        }
        shown.push('…');
        if !last {
            let mut tail: Vec<char> = chars().rev().take(EQUAL_CONTEXT).collect();
            tail.reverse();
            shown.extend(tail);
        }
        push_str(out, &shown);
    } else {
        for p in pieces.iter() {
            push_str(out, p);
        }
    }
    pieces.clear();
}

/// A one-line word diff: `[-removed-]{+added+}`, or coloured red/green.
/// Long unchanged runs are shortened to `…`.
pub fn word_diff(old: &str, new: &str, color: bool) -> String {
    let mut out = String::new();
    write_word_diff(&mut out, old, new, color);
    out
}

/// [`word_diff`] appended to `out`. Memory: the output, plus at most
/// [`MAX_DIFF_CHARS`] of diff state; the inputs are borrowed, never copied.
fn write_word_diff(out: &mut String, old: &str, new: &str, color: bool) {
    // Diff only what lies between the common prefix and suffix (cut at
    // whitespace for word diffs): doc edits are local, and this keeps the
    // diff cheap on long texts. Middles longer than MAX_DIFF_CHARS are shown
    // as one replacement: a size bound, not a timeout, so that the output
    // does not depend on how busy the machine is.
    let cjk = is_cjk_heavy(old) || is_cjk_heavy(new);
    let (pre, o_mid, n_mid, suf) = trim_common(old, new, !cjk);
    let mut runs: Vec<(ChangeTag, Cow<'_, str>)> = vec![(ChangeTag::Equal, Cow::Borrowed(pre))];
    if o_mid.len() + n_mid.len() > MAX_DIFF_CHARS {
        runs.push((ChangeTag::Delete, Cow::Borrowed(o_mid)));
        runs.push((ChangeTag::Insert, Cow::Borrowed(n_mid)));
    } else {
        let cfg = TextDiff::configure();
        let diff = if cjk {
            cfg.diff_chars(o_mid, n_mid)
        } else {
            cfg.diff_words(o_mid, n_mid)
        };
        // Merge runs of the same tag, so a changed phrase reads as one edit
        // (the bounded middle only: the prefix stays a borrowed piece).
        let mut merging = false;
        for ch in diff.iter_all_changes() {
            match runs.last_mut() {
                Some((t, s)) if merging && *t == ch.tag() => s.to_mut().push_str(ch.value()),
                _ => runs.push((ch.tag(), Cow::Owned(ch.value().to_string()))),
            }
            merging = true;
        }
    }
    runs.push((ChangeTag::Equal, Cow::Borrowed(suf)));
    let start = out.len();
    let mut equal: Vec<Cow<'_, str>> = Vec::new();
    for (tag, v) in runs {
        let (code, open, close) = match tag {
            ChangeTag::Equal => {
                equal.push(v);
                continue;
            }
            ChangeTag::Delete => ("9;31", "[-", "-]"),
            ChangeTag::Insert => ("32", "{+", "+}"),
        };
        let first = out.len() == start;
        flush_equal(out, &mut equal, first, false);
        if color {
            let _ = write!(out, "\x1b[{code}m");
        } else {
            out.push_str(open);
        }
        push_str(out, &v);
        out.push_str(if color { "\x1b[0m" } else { close });
    }
    let first = out.len() == start;
    flush_equal(out, &mut equal, first, true);
}

/// Appends `: <detail>` for a change that has one.
fn write_detail(out: &mut String, c: &Change, color: bool) {
    let text_rule = matches!(c.rule, Rule::DocChanged | Rule::ExampleChanged);
    let _ = match (&c.old, &c.new) {
        (Some(o), Some(n)) if text_rule => {
            out.push_str(": ");
            write_word_diff(out, o, n, color);
            Ok(())
        }
        (Some(o), Some(n)) => write!(out, ": {o} → {n}"),
        (None, Some(n)) => write!(out, ": + {n}"),
        (Some(o), None) => write!(out, ": - {o}"),
        (None, None) => Ok(()),
    };
}

/// Renders the report for a terminal.
pub fn render(r: &Report, color: bool) -> String {
    let st = Style { color };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        st.paint(
            "1",
            &format!("Spec changes {} → {}", r.old_name, r.new_name)
        )
    );
    let mut service = "";
    for c in &r.changes {
        if c.service != service {
            service = &c.service;
            // The crate's name and bump come from the plan, as the other
            // renderers take them.
            let b = r.semver.iter().find(|b| b.service == c.service);
            let bump = b.map_or("none", |b| b.bump_label.as_str());
            let krate = b.map_or_else(
                || crate::semver_bump::crate_name(&c.service),
                |b| b.krate.clone(),
            );
            let _ = writeln!(
                out,
                "\n{} {}",
                st.paint("1", &c.service),
                st.paint("2", &format!("({krate}: {bump})"))
            );
        }
        let field = c
            .field
            .as_deref()
            .filter(|f| !matches!(*f, "member" | "type"))
            .map(|f| format!(" [{f}]"))
            .unwrap_or_default();
        let _ = write!(
            out,
            "  {} {} {}{field}",
            st.level(c.level),
            st.paint("2", c.rule.id()),
            c.location,
        );
        write_detail(&mut out, c, color);
        out.push('\n');
    }
    let s = &r.summary;
    let _ = writeln!(
        out,
        "\n{} changes: {} ERR, {} WARN, {} INFO{}{}",
        r.count(Level::Err) + r.count(Level::Warn) + r.count(Level::Info),
        r.count(Level::Err),
        r.count(Level::Warn),
        r.count(Level::Info),
        if r.ignored > 0 {
            format!(", {} ignored", r.ignored)
        } else {
            String::new()
        },
        if r.below_level > 0 {
            format!(", {} below --level not shown", r.below_level)
        } else {
            String::new()
        },
    );
    let _ = writeln!(
        out,
        "services +{} -{}; API versions +{} -{}; actions +{} -{} ~{} status; objects +{} -{} ({} renamed); members +{} -{} ({} renamed), {} type changes",
        s.services_added,
        s.services_removed,
        s.api_versions_added,
        s.api_versions_removed,
        s.actions_added,
        s.actions_removed,
        s.actions_status_changed,
        s.objects_added,
        s.objects_removed,
        s.objects_renamed,
        s.members_added,
        s.members_removed,
        s.members_renamed,
        s.members_type_changed
    );
    let h = r.bump_histogram();
    let hs: Vec<String> = h.iter().map(|(k, v)| format!("{v} {k}")).collect();
    let _ = writeln!(out, "crate bumps: {}", hs.join(", "));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_common_keeps_words_whole() {
        assert_eq!(
            trim_common("the quick fox", "the quack fox", true),
            ("the ", "quick", "quack", " fox")
        );
        assert_eq!(
            trim_common("实例列表", "实例详情", false),
            ("实例", "列表", "详情", "")
        );
        for words in [true, false] {
            let (p, a, b, s) = trim_common("same text", "same text", words);
            assert_eq!((format!("{p}{a}{s}"), a), ("same text".to_string(), b));
        }
        assert_eq!(trim_common("ab", "abc", false), ("ab", "", "c", ""));
        assert_eq!(trim_common("xab", "ab", false), ("", "x", "", "ab"));
    }

    #[test]
    fn long_middles_are_one_replacement() {
        let (a, b) = ("x".repeat(MAX_DIFF_CHARS), "y".repeat(10));
        assert_eq!(
            word_diff(&format!("keep {a}"), &format!("keep {b}"), false),
            format!("keep [-{a}-]{{+{b}+}}")
        );
    }

    #[test]
    fn word_diff_marks_words() {
        assert_eq!(
            word_diff("the quick fox", "the slow fox", false),
            "the [-quick-]{+slow+} fox"
        );
        assert_eq!(
            word_diff("实例列表", "实例详情", false),
            "实例[-列表-]{+详情+}"
        );
        let d = word_diff("a b", "a b c", true);
        assert!(d.contains("\x1b[32m"), "{d:?}");
        let long = "word ".repeat(40);
        let d = word_diff(&format!("{long}end"), &format!("{long}stop"), false);
        assert!(d.contains('…') && d.ends_with("{+stop+}"), "{d}");
    }
}
