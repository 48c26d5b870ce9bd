//! A counting global allocator: how many bytes the fuzzing thread holds at its peak
//! while one input runs, and a hard cap that stops a memory bomb before it takes the
//! machine down.
//!
//! Counts are per thread (the targets run on the fuzzing thread; memory freed on another
//! thread skews the count only across inputs, and each input is measured from where its
//! thread stood when it started).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

/// The system allocator, counting. Install it in a test binary with
/// [`counting_allocator!`](crate::counting_allocator); without it the engine does not
/// check allocation.
pub struct CountingAlloc;

thread_local! {
    /// Bytes this thread allocated and has not freed (may go negative: freed here,
    /// allocated elsewhere).
    static LIVE: Cell<isize> = const { Cell::new(0) };
    /// Highest `LIVE` since [`start`].
    static PEAK: Cell<isize> = const { Cell::new(0) };
    /// `LIVE` may not exceed this while an input runs.
    static CAP: Cell<isize> = const { Cell::new(isize::MAX) };
    /// The run this thread is fuzzing for (0: none).
    static TAG: Cell<u64> = const { Cell::new(0) };
}

static INSTALLED: AtomicBool = AtomicBool::new(false);
/// The tag of the run whose input went over its hard cap (0: none).
pub(crate) static OVER: AtomicU64 = AtomicU64::new(0);
/// Set to that tag by the run's watchdog once the input is saved.
pub(crate) static SAVED: AtomicU64 = AtomicU64::new(0);

/// Whether a [`CountingAlloc`] is this process's global allocator.
pub fn installed() -> bool {
    INSTALLED.load(Ordering::Relaxed)
}

/// Accounts for `delta` bytes on this thread; `false` refuses the allocation.
#[inline]
fn charge(delta: isize) -> bool {
    if !INSTALLED.load(Ordering::Relaxed) {
        INSTALLED.store(true, Ordering::Relaxed);
    }
    let over = LIVE
        .try_with(|live| {
            let n = live.get().saturating_add(delta);
            if delta > 0 && n > CAP.try_with(Cell::get).unwrap_or(isize::MAX) {
                return true;
            }
            live.set(n);
            let _ = PEAK.try_with(|p| p.set(p.get().max(n)));
            false
        })
        .unwrap_or(false);
    if over {
        refuse();
        return false;
    }
    true
}

/// An input went over its hard cap: let the watchdog save it (it polls), then refuse, so
/// that the allocation fails and the process aborts with Rust's "memory allocation of N
/// bytes failed". Nothing here allocates.
#[cold]
fn refuse() {
    let tag = TAG.try_with(Cell::get).unwrap_or(0);
    if tag == 0 {
        return;
    }
    // Only once: the abort that follows must not wait again.
    let _ = CAP.try_with(|c| c.set(isize::MAX));
    OVER.store(tag, Ordering::SeqCst);
    for _ in 0..300 {
        if SAVED.load(Ordering::SeqCst) == tag {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[inline]
fn size(layout: Layout) -> isize {
    isize::try_from(layout.size()).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded to `System` with the caller's arguments; the counting
// around it touches only thread-local cells and atomics, and never allocates.
unsafe impl GlobalAlloc for CountingAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !charge(size(layout)) {
            return std::ptr::null_mut();
        }
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            charge(-size(layout));
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if !charge(size(layout)) {
            return std::ptr::null_mut();
        }
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            charge(-size(layout));
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        charge(-size(layout));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let old = size(layout);
        let new = isize::try_from(new_size).unwrap_or(isize::MAX);
        if !charge(new - old) {
            return std::ptr::null_mut();
        }
        // SAFETY: forwarded as is.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            charge(old - new);
        }
        p
    }
}

/// Starts measuring one input on this thread: the peak is reset and the live bytes may
/// grow by at most `hard_cap` (an allocation beyond it aborts the process, after the
/// watchdog of run `tag` has saved the input).
pub(crate) fn start(tag: u64, hard_cap: usize) -> isize {
    let live = LIVE.try_with(Cell::get).unwrap_or(0);
    let _ = PEAK.try_with(|p| p.set(live));
    let cap = live.saturating_add(isize::try_from(hard_cap).unwrap_or(isize::MAX));
    let _ = CAP.try_with(|c| c.set(cap));
    let _ = TAG.try_with(|t| t.set(tag));
    live
}

/// Stops measuring; the peak bytes held above `base` (from [`start`]).
pub(crate) fn stop(base: isize) -> usize {
    let _ = CAP.try_with(|c| c.set(isize::MAX));
    let _ = TAG.try_with(|t| t.set(0));
    let peak = PEAK.try_with(Cell::get).unwrap_or(base);
    usize::try_from(peak.saturating_sub(base)).unwrap_or(0)
}
