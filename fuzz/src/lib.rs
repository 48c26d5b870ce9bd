#![doc = include_str!("../README.md")]

mod alloc;
mod mutate;

use std::collections::HashSet;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::io::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};

pub use alloc::CountingAlloc;
pub use mutate::Rng;

/// Makes a [`CountingAlloc`] the global allocator of this (test) binary, so that the
/// engine checks how much memory each input holds. Put it in the crate's fuzz module,
/// under `#[cfg(test)]`.
#[macro_export]
macro_rules! counting_allocator {
    () => {
        #[global_allocator]
        static TENCENT_CLOUD_FUZZ_ALLOCATOR: $crate::CountingAlloc = $crate::CountingAlloc;
    };
}

/// Default seconds of fuzzing per target (`TC_FUZZ_SECONDS`).
pub const DEFAULT_SECONDS: f64 = 2.0;
/// Default largest generated input.
pub const DEFAULT_MAX_LEN: usize = 64 * 1024;
/// Default hang limit per input (`TC_FUZZ_HANG_SECONDS`).
pub const DEFAULT_HANG: Duration = Duration::from_secs(5);
/// An input may hold at most this many bytes per byte of input at its peak …
pub const DEFAULT_ALLOC_PER_BYTE: usize = 64;
/// … plus this much.
pub const DEFAULT_ALLOC_BASE: usize = 8 << 20;
/// Beyond this the process aborts (after saving the input) instead of finishing the
/// input: a memory bomb must not take the machine with it.
pub const HARD_CAP: usize = 1 << 30;
/// A huge input may take this many times the hang limit, or more in proportion to its
/// size past the size cap (a 1.5 MB input, 24 times the 64 KiB cap: 24 times).
pub const HUGE_HANG_FACTOR: u32 = 4;
/// Most inputs kept in the in-memory corpus.
const MAX_CORPUS: usize = 4096;

/// The workspace's `fuzz/` directory (this crate's).
pub fn fuzz_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One fuzz target's settings. [`Fuzz::run`] fuzzes it.
pub struct Fuzz {
    name: String,
    dictionary: Vec<Vec<u8>>,
    seeds: Vec<Vec<u8>>,
    huge: Vec<(String, Vec<u8>)>,
    max_len: usize,
    alloc_per_byte: usize,
    alloc_base: usize,
    seeds_dir: PathBuf,
    regressions_dir: PathBuf,
    seconds: f64,
    runs: Option<u64>,
    hang: Duration,
    seed: u64,
    report_to_stderr: bool,
}

/// What a run did.
#[derive(Debug, Clone)]
pub struct Report {
    /// The target.
    pub name: String,
    /// The seed of the random source (`TC_FUZZ_SEED` reproduces the run).
    pub seed: u64,
    /// Inputs run: regressions, seeds, huge inputs and generated ones.
    pub execs: u64,
    /// Regression inputs replayed.
    pub regressions: usize,
    /// Seed inputs (files and inline).
    pub seeds: usize,
    /// Inputs kept because they gave an outcome not seen before.
    pub corpus: usize,
    /// Distinct outcomes seen.
    pub outcomes: usize,
    /// Wall time.
    pub elapsed: Duration,
    /// The slowest input's time.
    pub slowest: Duration,
    /// The most memory one input held at its peak, when the counting allocator is
    /// installed.
    pub peak_alloc: Option<usize>,
}

impl Report {
    /// Inputs per second.
    pub fn execs_per_sec(&self) -> f64 {
        self.execs as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "fuzz {}: {} execs in {:.1} s ({:.0}/s), {} regressions, {} seeds, corpus {}, {} outcomes, slowest {:.1} ms",
            self.name,
            self.execs,
            self.elapsed.as_secs_f64(),
            self.execs_per_sec(),
            self.regressions,
            self.seeds,
            self.corpus,
            self.outcomes,
            self.slowest.as_secs_f64() * 1e3,
        )?;
        if let Some(p) = self.peak_alloc {
            write!(f, ", peak {} KiB", p / 1024)?;
        }
        write!(f, ", seed {:#x}", self.seed)
    }
}

/// Why a run failed: the input is saved (unless it was a regression file already).
#[derive(Debug, Clone)]
pub struct Failure {
    /// The target.
    pub name: String,
    /// `panic`, `hang` or `alloc`.
    pub kind: &'static str,
    /// What happened (the panic message and location, the time, the bytes).
    pub what: String,
    /// Where the input is (a new regression file, or the regression that failed).
    pub file: Option<PathBuf>,
    /// The input's length.
    pub len: usize,
    /// The seed of the run.
    pub seed: u64,
    /// Which input of the run (1-based).
    pub exec: u64,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "fuzz target {} failed ({}) on input #{} ({} bytes): {}",
            self.name, self.kind, self.exec, self.len, self.what
        )?;
        match &self.file {
            Some(p) => write!(f, "\n  input: {}", p.display())?,
            None => write!(f, "\n  input: not saved")?,
        }
        write!(
            f,
            "\n  seed: {:#x} (TC_FUZZ_SEED={:#x} reproduces the run)",
            self.seed, self.seed
        )
    }
}

impl std::error::Error for Failure {}

fn env_f64(name: &str) -> Option<f64> {
    let v = std::env::var(name).ok()?;
    match v.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Some(x),
        _ => panic!("{name}={v:?}: expected a number of seconds"),
    }
}

fn parse_seed(v: &str) -> Option<u64> {
    let v = v.trim();
    match v.strip_prefix("0x").or_else(|| v.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => v.parse().ok(),
    }
}

/// FNV-1a, 64 bits: stable file names and outcome hashes.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

fn fnv(data: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(data);
    h.finish()
}

/// Writes `data` to `dir/<kind>-<hash>` atomically (a temporary file, then a rename).
fn save(dir: &Path, kind: &str, data: &[u8]) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let name = format!("{kind}-{:016x}", fnv(data));
    let path = dir.join(&name);
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, data)?;
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}

/// The files of a corpus directory (hidden and temporary files left out), by name.
fn read_dir(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, Vec<u8>)> = entries
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter(|e| e.path().is_file())
        .filter_map(|e| Some((e.path(), std::fs::read(e.path()).ok()?)))
        .collect();
    out.sort();
    out
}

thread_local! {
    /// Set while this thread runs inputs: panics are recorded, not printed.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// A panic hook that records panics of fuzzing threads (thousands of expected panics
/// during minimisation must not flood the output) and leaves others to the old hook.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if QUIET.with(std::cell::Cell::get) {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "(non-string panic payload)".to_owned());
                let at = info
                    .location()
                    .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
                    .unwrap_or_default();
                // Messages may quote the input: keep the start of a long one.
                let msg = match msg.char_indices().nth(2000) {
                    Some((end, _)) => format!("{}… ({} bytes)", &msg[..end], msg.len()),
                    None => msg,
                };
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("panicked at {at}: {msg}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Shared with the watchdog thread.
struct Watched {
    /// The input running now.
    current: Mutex<Option<Arc<Vec<u8>>>>,
    /// When it started, in nanoseconds since `epoch`, plus one (0: none running).
    started: AtomicU64,
    /// Set when the watchdog saved the current input as a hang.
    hung: Mutex<Option<PathBuf>>,
    /// The hang limit of the current input, in nanoseconds.
    limit: AtomicU64,
    /// Whether the watchdog may save the current input (not a huge one: it is built in
    /// code and runs every time).
    saveable: AtomicBool,
    stop: AtomicBool,
    epoch: Instant,
}

/// What running one input gave.
enum Ran {
    Ok(u64),
    Failed(&'static str, String),
}

static NEXT_TAG: AtomicU64 = AtomicU64::new(1);

impl Fuzz {
    /// A target named `name` (seeds in `fuzz/seeds/<name>/`, regressions in
    /// `fuzz/regressions/<name>/`), with the time, seed and hang limit from
    /// `TC_FUZZ_SECONDS`, `TC_FUZZ_RUNS`, `TC_FUZZ_SEED` and `TC_FUZZ_HANG_SECONDS`.
    pub fn new(name: &str) -> Fuzz {
        let seed = std::env::var("TC_FUZZ_SEED")
            .ok()
            .map(|v| parse_seed(&v).unwrap_or_else(|| panic!("TC_FUZZ_SEED={v:?}: not a number")))
            .unwrap_or_else(|| {
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(0);
                t ^ fnv(name.as_bytes()) ^ u64::from(std::process::id()).rotate_left(32)
            });
        let runs = std::env::var("TC_FUZZ_RUNS").ok().map(|v| {
            v.trim()
                .parse::<u64>()
                .unwrap_or_else(|_| panic!("TC_FUZZ_RUNS={v:?}: not a number"))
        });
        Fuzz {
            name: name.to_owned(),
            dictionary: Vec::new(),
            seeds: Vec::new(),
            huge: Vec::new(),
            max_len: DEFAULT_MAX_LEN,
            alloc_per_byte: DEFAULT_ALLOC_PER_BYTE,
            alloc_base: DEFAULT_ALLOC_BASE,
            seeds_dir: fuzz_dir().join("seeds").join(name),
            regressions_dir: fuzz_dir().join("regressions").join(name),
            seconds: env_f64("TC_FUZZ_SECONDS").unwrap_or(DEFAULT_SECONDS),
            runs,
            hang: env_f64("TC_FUZZ_HANG_SECONDS")
                .map(Duration::from_secs_f64)
                .unwrap_or(DEFAULT_HANG),
            seed,
            report_to_stderr: true,
        }
    }

    /// Tokens the mutator inserts (`{`, `\u`, `.0.`, key names …).
    pub fn dictionary<I, T>(mut self, tokens: I) -> Fuzz
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        self.dictionary
            .extend(tokens.into_iter().map(|t| t.as_ref().to_vec()));
        self
    }

    /// An inline seed, besides the files in the seeds directory.
    pub fn seed(mut self, data: impl AsRef<[u8]>) -> Fuzz {
        self.seeds.push(data.as_ref().to_vec());
        self
    }

    /// A deliberately huge input (100,000-deep nesting, 50,000 params), run once per
    /// run whatever the size cap, under the same allocation bound and a hang limit
    /// scaled up by its size ([`HUGE_HANG_FACTOR`]).
    pub fn huge(mut self, label: &str, data: impl Into<Vec<u8>>) -> Fuzz {
        self.huge.push((label.to_owned(), data.into()));
        self
    }

    /// The largest generated input (default 64 KiB).
    pub fn max_len(mut self, n: usize) -> Fuzz {
        self.max_len = n.max(1);
        self
    }

    /// The allocation bound: at its peak one input may hold `per_byte` × its length +
    /// `base` bytes (default 64 × len + 8 MiB).
    pub fn alloc_bound(mut self, per_byte: usize, base: usize) -> Fuzz {
        self.alloc_per_byte = per_byte;
        self.alloc_base = base;
        self
    }

    /// Other seed and regression directories (the engine's own tests).
    pub fn dirs(mut self, seeds: impl Into<PathBuf>, regressions: impl Into<PathBuf>) -> Fuzz {
        self.seeds_dir = seeds.into();
        self.regressions_dir = regressions.into();
        self
    }

    /// Seconds of generated inputs (after the regressions, seeds and huge inputs),
    /// overriding `TC_FUZZ_SECONDS`.
    pub fn seconds(mut self, s: f64) -> Fuzz {
        self.seconds = s;
        self
    }

    /// At most this many generated inputs, overriding `TC_FUZZ_RUNS`.
    pub fn runs(mut self, n: u64) -> Fuzz {
        self.runs = Some(n);
        self
    }

    /// The random seed, overriding `TC_FUZZ_SEED`.
    pub fn rng_seed(mut self, seed: u64) -> Fuzz {
        self.seed = seed;
        self
    }

    /// The hang limit per input, overriding `TC_FUZZ_HANG_SECONDS`.
    pub fn hang_limit(mut self, d: Duration) -> Fuzz {
        self.hang = d;
        self
    }

    /// Whether to print the summary line to stderr (on by default).
    pub fn quiet(mut self) -> Fuzz {
        self.report_to_stderr = false;
        self
    }

    /// Fuzzes `target`, failing (panicking) on the first input that panics, hangs or
    /// holds too much memory; its message names the saved input and the seed. `target`
    /// returns a summary of what it made of the input (an error code, a shape): inputs
    /// with a summary not seen before join the corpus.
    pub fn run<R: Hash>(self, target: impl Fn(&[u8]) -> R) -> Report {
        match self.try_run(target) {
            Ok(r) => r,
            Err(f) => panic!("{f}"),
        }
    }

    /// [`Fuzz::run`], returning the failure.
    pub fn try_run<R: Hash>(self, target: impl Fn(&[u8]) -> R) -> Result<Report, Failure> {
        install_panic_hook();
        let watched = Arc::new(Watched {
            current: Mutex::new(None),
            started: AtomicU64::new(0),
            hung: Mutex::new(None),
            saveable: AtomicBool::new(true),
            limit: AtomicU64::new(self.hang.as_nanos() as u64),
            stop: AtomicBool::new(false),
            epoch: Instant::now(),
        });
        let tag = NEXT_TAG.fetch_add(1, Ordering::Relaxed);
        let watchdog = {
            let w = Arc::clone(&watched);
            let dir = self.regressions_dir.clone();
            let (name, seed) = (self.name.clone(), self.seed);
            std::thread::Builder::new()
                .name(format!("fuzz-watchdog-{}", self.name))
                .spawn(move || watchdog(&w, &dir, &name, seed, tag))
                .map_err(|e| self.failure("setup", format!("cannot start the watchdog: {e}")))?
        };
        let result = self.fuzz(&target, &watched, tag);
        watched.stop.store(true, Ordering::SeqCst);
        let _ = watchdog.join();
        if let Ok(r) = &result
            && self.report_to_stderr
        {
            // Straight to stderr, past the test harness's capture: one line per target in
            // CI logs.
            let _ = writeln!(std::io::stderr(), "{r}");
        }
        result
    }

    fn failure(&self, kind: &'static str, what: String) -> Failure {
        Failure {
            name: self.name.clone(),
            kind,
            what,
            file: None,
            len: 0,
            seed: self.seed,
            exec: 0,
        }
    }

    fn fuzz<R: Hash>(
        &self,
        target: &impl Fn(&[u8]) -> R,
        watched: &Watched,
        tag: u64,
    ) -> Result<Report, Failure> {
        let t0 = Instant::now();
        let mut report = Report {
            name: self.name.clone(),
            seed: self.seed,
            execs: 0,
            regressions: 0,
            seeds: 0,
            corpus: 0,
            outcomes: 0,
            elapsed: Duration::ZERO,
            slowest: Duration::ZERO,
            peak_alloc: alloc::installed().then_some(0),
        };
        let mut outcomes: HashSet<u64> = HashSet::new();
        let mut corpus: Vec<Vec<u8>> = Vec::new();

        // 1. Every regression, first: a fixed bug stays fixed.
        for (path, data) in read_dir(&self.regressions_dir) {
            report.regressions += 1;
            let data = Arc::new(data);
            if let Ran::Failed(kind, what) = self.exec(target, &data, watched, tag, &mut report) {
                return Err(Failure {
                    file: Some(path),
                    len: data.len(),
                    exec: report.execs,
                    ..self.failure(kind, format!("regression input fails again: {what}"))
                });
            }
            corpus.push(data.to_vec());
        }
        // 2. The seeds, then the huge inputs.
        let mut seeds: Vec<Vec<u8>> = read_dir(&self.seeds_dir)
            .into_iter()
            .map(|(_, d)| d)
            .collect();
        seeds.extend(self.seeds.iter().cloned());
        report.seeds = seeds.len();
        for data in seeds {
            let data = Arc::new(data);
            match self.exec(target, &data, watched, tag, &mut report) {
                Ran::Ok(h) => {
                    outcomes.insert(h);
                }
                Ran::Failed(kind, what) => {
                    return Err(self.found(target, (kind, what), &data, &report, watched, tag));
                }
            }
            corpus.push(data.to_vec());
        }
        watched.saveable.store(false, Ordering::SeqCst);
        for (label, data) in &self.huge {
            let times = data
                .len()
                .div_ceil(self.max_len)
                .max(HUGE_HANG_FACTOR as usize);
            let limit = self.hang * u32::try_from(times).unwrap_or(u32::MAX);
            watched
                .limit
                .store(limit.as_nanos() as u64, Ordering::SeqCst);
            let data = Arc::new(data.clone());
            if let Ran::Failed(kind, what) = self.exec(target, &data, watched, tag, &mut report) {
                // Not saved: it is built in code and runs every time.
                return Err(Failure {
                    len: data.len(),
                    exec: report.execs,
                    ..self.failure(
                        kind,
                        format!(
                            "huge input `{label}` (built by the target; it runs every time): {what}"
                        ),
                    )
                });
            }
        }
        watched.saveable.store(true, Ordering::SeqCst);
        watched
            .limit
            .store(self.hang.as_nanos() as u64, Ordering::SeqCst);
        if corpus.is_empty() {
            corpus.push(Vec::new());
        }
        // 3. Generated inputs, until the time or the run count is up.
        let mut rng = Rng::new(self.seed);
        // The time is for generated inputs: replaying what came before is not cut short.
        let deadline = Instant::now() + Duration::from_secs_f64(self.seconds);
        let mut generated = 0u64;
        loop {
            if self.runs.is_some_and(|n| generated >= n) {
                break;
            }
            // Checking the clock costs little next to an input; still, every 16.
            if generated.is_multiple_of(16) && Instant::now() >= deadline && self.runs.is_none() {
                break;
            }
            generated += 1;
            let mut data = corpus[rng.below(corpus.len())].clone();
            let pool = mutate::Pool {
                dictionary: &self.dictionary,
                corpus: &corpus,
                max_len: self.max_len,
            };
            mutate::mutate(&mut rng, &mut data, &pool);
            let data = Arc::new(data);
            match self.exec(target, &data, watched, tag, &mut report) {
                Ran::Ok(h) => {
                    if outcomes.insert(h) && corpus.len() < MAX_CORPUS {
                        corpus.push(data.to_vec());
                        report.corpus += 1;
                    }
                }
                Ran::Failed(kind, what) => {
                    return Err(self.found(target, (kind, what), &data, &report, watched, tag));
                }
            }
        }
        report.outcomes = outcomes.len();
        report.elapsed = t0.elapsed();
        Ok(report)
    }

    /// Runs one input under `catch_unwind`, the watchdog and the allocation count.
    fn exec<R: Hash>(
        &self,
        target: &impl Fn(&[u8]) -> R,
        data: &Arc<Vec<u8>>,
        watched: &Watched,
        tag: u64,
        report: &mut Report,
    ) -> Ran {
        report.execs += 1;
        if let Ok(mut c) = watched.current.lock() {
            *c = Some(Arc::clone(data));
        }
        let start = Instant::now();
        let since = start.duration_since(watched.epoch).as_nanos() as u64;
        watched.started.store(since + 1, Ordering::SeqCst);
        QUIET.with(|q| q.set(true));
        let base = alloc::start(tag, HARD_CAP);
        let result = catch_unwind(AssertUnwindSafe(|| {
            let mut h = Fnv::default();
            target(data).hash(&mut h);
            h.finish()
        }));
        let peak = alloc::stop(base);
        QUIET.with(|q| q.set(false));
        watched.started.store(0, Ordering::SeqCst);
        let took = start.elapsed();
        report.slowest = report.slowest.max(took);
        let limit = Duration::from_nanos(watched.limit.load(Ordering::SeqCst));
        if took <= limit
            && let Some(p) = watched.hung.lock().ok().and_then(|mut h| h.take())
        {
            // The watchdog's clock saw a hang this one does not: not a failure after all.
            let _ = std::fs::remove_file(p);
        }
        if let Some(p) = &mut report.peak_alloc {
            *p = (*p).max(peak);
        }
        let hash = match result {
            Ok(h) => h,
            Err(_) => {
                let what = LAST_PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_else(|| "panicked".to_owned());
                return Ran::Failed("panic", what);
            }
        };
        if took > limit {
            return Ran::Failed(
                "hang",
                format!(
                    "took {:.1} s (limit {:.1} s, TC_FUZZ_HANG_SECONDS)",
                    took.as_secs_f64(),
                    limit.as_secs_f64()
                ),
            );
        }
        let bound = self
            .alloc_per_byte
            .saturating_mul(data.len())
            .saturating_add(self.alloc_base);
        if alloc::installed() && peak > bound {
            return Ran::Failed(
                "alloc",
                format!(
                    "held {peak} bytes at its peak; the bound is {} × {} + {} = {bound}",
                    self.alloc_per_byte,
                    data.len(),
                    self.alloc_base
                ),
            );
        }
        Ran::Ok(hash)
    }

    /// A new failure, `(kind, what)`: minimise the input (for panics), save it, describe it.
    fn found<R: Hash>(
        &self,
        target: &impl Fn(&[u8]) -> R,
        (kind, what): (&'static str, String),
        data: &Arc<Vec<u8>>,
        report: &Report,
        watched: &Watched,
        tag: u64,
    ) -> Failure {
        let exec = report.execs;
        let hung = watched.hung.lock().ok().and_then(|mut h| h.take());
        let (data, what) = if kind == "panic" {
            let small = self.minimise(target, data, &what, watched, tag);
            let note = if small.len() < data.len() {
                format!(" (minimised from {} bytes)", data.len())
            } else {
                String::new()
            };
            (Arc::new(small), format!("{what}{note}"))
        } else {
            (Arc::clone(data), what)
        };
        let file = match hung {
            Some(p) => Ok(p),
            None => save(&self.regressions_dir, kind, &data),
        };
        let (file, what) = match file {
            Ok(p) => (Some(p), what),
            Err(e) => (None, format!("{what} (saving the input failed: {e})")),
        };
        Failure {
            file,
            len: data.len(),
            exec,
            ..self.failure(kind, what)
        }
    }

    /// A smaller input panicking at the same place: chunks removed while it still does,
    /// for at most a second or two.
    fn minimise<R: Hash>(
        &self,
        target: &impl Fn(&[u8]) -> R,
        data: &[u8],
        what: &str,
        watched: &Watched,
        tag: u64,
    ) -> Vec<u8> {
        let place = |w: &str| w.split(": ").next().unwrap_or("").to_owned();
        let want = place(what);
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut best = data.to_vec();
        let mut chunk = best.len() / 2;
        let mut scratch = Report {
            name: String::new(),
            seed: 0,
            execs: 0,
            regressions: 0,
            seeds: 0,
            corpus: 0,
            outcomes: 0,
            elapsed: Duration::ZERO,
            slowest: Duration::ZERO,
            peak_alloc: None,
        };
        while chunk > 0 && Instant::now() < deadline {
            let mut i = 0;
            let mut shrunk = false;
            while i < best.len() && Instant::now() < deadline {
                let mut candidate = best.clone();
                candidate.drain(i..(i + chunk).min(best.len()));
                let candidate = Arc::new(candidate);
                match self.exec(target, &candidate, watched, tag, &mut scratch) {
                    Ran::Failed("panic", w) if place(&w) == want => {
                        best = candidate.to_vec();
                        shrunk = true;
                    }
                    _ => i += chunk,
                }
            }
            if !shrunk {
                chunk /= 2;
            }
        }
        best
    }
}

/// Watches the fuzzing thread: an input running past the hang limit is saved (and the
/// run fails when it returns); one running past four times the limit, or over the
/// allocator's hard cap, ends the process after saving it.
fn watchdog(w: &Watched, dir: &Path, name: &str, seed: u64, tag: u64) {
    let mut saved_for = 0u64;
    while !w.stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(20));
        let current = || {
            w.saveable
                .load(Ordering::SeqCst)
                .then(|| w.current.lock().ok().and_then(|c| c.clone()))
                .flatten()
        };
        if alloc::OVER.load(Ordering::SeqCst) == tag {
            let file = current().map(|d| save(dir, "alloc", &d));
            let _ = writeln!(
                std::io::stderr(),
                "fuzz target {name}: an input went over the {HARD_CAP}-byte hard cap; the process aborts.\n  input: {}\n  seed: {seed:#x}",
                match &file {
                    Some(Ok(p)) => p.display().to_string(),
                    Some(Err(e)) => format!("not saved: {e}"),
                    None => "not saved (a huge input, built by the target)".into(),
                }
            );
            alloc::SAVED.store(tag, Ordering::SeqCst);
            return;
        }
        let started = w.started.load(Ordering::SeqCst);
        if started == 0 {
            continue;
        }
        let hang = Duration::from_nanos(w.limit.load(Ordering::SeqCst));
        let since = w.epoch.elapsed().as_nanos() as u64;
        let running = Duration::from_nanos(since.saturating_sub(started - 1));
        if running > hang && saved_for != started {
            saved_for = started;
            if let Some(d) = current()
                && let Ok(p) = save(dir, "hang", &d)
                && let Ok(mut h) = w.hung.lock()
            {
                *h = Some(p);
            }
        }
        if running > hang * 4 {
            let file = w.hung.lock().ok().and_then(|h| h.clone());
            let _ = writeln!(
                std::io::stderr(),
                "fuzz target {name} failed (hang): an input has run for {:.1} s (limit {:.1} s); the process exits.\n  input: {}\n  seed: {seed:#x}",
                running.as_secs_f64(),
                hang.as_secs_f64(),
                file.map(|p| p.display().to_string())
                    .unwrap_or_else(|| "not saved (a huge input, built by the target)".into())
            );
            std::process::exit(101);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    counting_allocator!();

    fn dirs() -> (tempdir::Dir, PathBuf, PathBuf) {
        let d = tempdir::Dir::new();
        let seeds = d.path().join("seeds");
        let regs = d.path().join("regressions");
        std::fs::create_dir_all(&seeds).expect("mkdir");
        (d, seeds, regs)
    }

    /// A throwaway directory, removed on drop (no dependencies here).
    mod tempdir {
        use std::path::{Path, PathBuf};
        use std::sync::atomic::{AtomicU64, Ordering};

        pub(super) struct Dir(PathBuf);
        impl Dir {
            pub(super) fn new() -> Dir {
                static N: AtomicU64 = AtomicU64::new(0);
                let p = std::env::temp_dir().join(format!(
                    "tc-fuzz-test-{}-{}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::Relaxed)
                ));
                std::fs::create_dir_all(&p).expect("temp dir");
                Dir(p)
            }
            pub(super) fn path(&self) -> &Path {
                &self.0
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    #[test]
    fn a_clean_target_runs_its_seeds_and_generated_inputs() {
        let (_d, seeds, regs) = dirs();
        std::fs::write(seeds.join("a"), b"hello").expect("seed");
        let r = Fuzz::new("clean")
            .dirs(&seeds, &regs)
            .seed("inline")
            .huge("big", vec![b'['; 200_000])
            .runs(2_000)
            .rng_seed(1)
            .quiet()
            .try_run(|d| d.len() % 7)
            .expect("no failure");
        assert_eq!(r.seeds, 2);
        assert_eq!(r.regressions, 0);
        assert_eq!(r.execs, 2 + 1 + 2_000);
        assert!(r.outcomes >= 5, "{r}");
        assert!(
            r.peak_alloc.is_some(),
            "the counting allocator is installed"
        );
        assert!(!regs.exists(), "nothing saved");
    }

    #[test]
    fn a_panic_is_minimised_saved_and_replayed_first() {
        let (_d, seeds, regs) = dirs();
        std::fs::write(seeds.join("a"), b"the quick brown fox").expect("seed");
        let target = |d: &[u8]| {
            if d.windows(2).any(|w| w == b"{{") {
                panic!("two braces");
            }
            d.len()
        };
        let f = Fuzz::new("panics")
            .dirs(&seeds, &regs)
            .dictionary(["{"])
            .rng_seed(3)
            .runs(200_000)
            .quiet()
            .try_run(target)
            .expect_err("finds the panic");
        assert_eq!(f.kind, "panic");
        assert!(f.what.contains("two braces"), "{f}");
        let file = f.file.clone().expect("saved");
        assert!(file.starts_with(&regs), "{}", file.display());
        assert_eq!(std::fs::read(&file).expect("file"), b"{{", "minimised");
        let shown = f.to_string();
        assert!(shown.contains(&file.display().to_string()) && shown.contains("TC_FUZZ_SEED=0x3"));
        // The next run replays it before anything else, and names the file.
        let again = Fuzz::new("panics")
            .dirs(&seeds, &regs)
            .runs(0)
            .quiet()
            .try_run(target)
            .expect_err("the regression fails again");
        assert_eq!(again.exec, 1);
        assert_eq!(again.file.as_deref(), Some(file.as_path()));
        assert!(
            again.what.contains("regression input fails again"),
            "{again}"
        );
        // Fixed: the regression passes and stays in the corpus.
        let r = Fuzz::new("panics")
            .dirs(&seeds, &regs)
            .runs(10)
            .quiet()
            .try_run(|d: &[u8]| d.len())
            .expect("fixed");
        assert_eq!(r.regressions, 1);
    }

    #[test]
    fn a_slow_input_is_a_hang_and_is_saved() {
        let (_d, seeds, regs) = dirs();
        std::fs::write(seeds.join("slow"), b"slow").expect("seed");
        let f = Fuzz::new("hangs")
            .dirs(&seeds, &regs)
            .hang_limit(Duration::from_millis(100))
            .runs(0)
            .quiet()
            .try_run(|d: &[u8]| {
                if d == b"slow" {
                    std::thread::sleep(Duration::from_millis(300));
                }
            })
            .expect_err("hang");
        assert_eq!(f.kind, "hang");
        let file = f.file.expect("saved by the watchdog");
        assert_eq!(std::fs::read(file).expect("file"), b"slow");
    }

    #[test]
    fn holding_too_much_memory_is_a_failure() {
        let (_d, seeds, regs) = dirs();
        std::fs::write(seeds.join("big"), b"big").expect("seed");
        let f = Fuzz::new("alloc")
            .dirs(&seeds, &regs)
            .alloc_bound(64, 1 << 20)
            .runs(0)
            .quiet()
            .try_run(|d: &[u8]| {
                // 100 × the bound, held at once.
                let n = if d == b"big" { 100 << 20 } else { 16 };
                let v = vec![1u8; n];
                std::hint::black_box(&v);
                v.len()
            })
            .expect_err("over the bound");
        assert_eq!(f.kind, "alloc");
        assert!(f.what.contains("held"), "{f}");
        assert!(f.file.is_some());
    }

    #[test]
    fn seeds_parse_in_hex_and_decimal() {
        assert_eq!(parse_seed("0x1F"), Some(31));
        assert_eq!(parse_seed(" 42 "), Some(42));
        assert_eq!(parse_seed("zz"), None);
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
    }
}
