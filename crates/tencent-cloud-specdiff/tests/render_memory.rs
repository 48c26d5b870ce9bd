//! The text renderer's memory stays linear in its output (issue: hardening, finding 11):
//! a doc change inside a long text is shown as a short line, and diffing it must not
//! copy the text (let alone hold it as 4-byte `char`s, as it once did: 6.7 GB for a
//! 300 MB doc string).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use tencent_cloud_specdiff::render::text::word_diff;

/// Counts live bytes and the peak since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator; only the counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(l.size(), Ordering::Relaxed) + l.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        // SAFETY: same layout, as the caller promised.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        // SAFETY: `p` came from `alloc` with this layout.
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static A: Counting = Counting;

/// The counters are global: one test at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Peak bytes allocated beyond what was live before `f`, and its result.
fn peak_during<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = f();
    (PEAK.load(Ordering::Relaxed) - base, t)
}

#[test]
fn a_small_edit_in_a_long_text_costs_memory_of_the_output_only() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // 20 MB of words with one word changed in the middle, and multi-line text.
    let words = "word and more words\n".repeat(500_000);
    let old = format!("{words}old{words}");
    let new = format!("{words}new{words}");
    for color in [false, true] {
        let (peak, out) = peak_during(|| word_diff(&old, &new, color));
        assert!(out.len() < 200, "{out}");
        assert!(out.contains("old") && out.contains("new"), "{out}");
        assert!(!out.contains('\n'), "{out}");
        // The diff of the (short) middle and the line: far below one copy of the text.
        assert!(
            peak < 64 * 1024,
            "peak {peak} bytes for a {} byte line from {} byte texts",
            out.len(),
            old.len()
        );
    }
}

#[test]
fn a_long_replacement_costs_about_its_output() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // Middles over the diff bound are shown whole: the output is the text, and the
    // renderer needs about that much, not several times it.
    let old = format!("keep {}", "x ".repeat(2_000_000));
    let new = format!("keep {}", "y\n".repeat(2_000_000));
    let (peak, out) = peak_during(|| word_diff(&old, &new, false));
    assert!(
        out.starts_with("keep [-x x") && out.ends_with("+}"),
        "{}",
        &out[..40]
    );
    assert!(out.contains("y⏎y"));
    assert!(
        peak <= 3 * out.len(),
        "peak {peak} bytes for {} bytes of output",
        out.len()
    );
}
