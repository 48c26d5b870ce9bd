//! `cargo xtask bench ...`: figures printed beside an anchor measured in the
//! same run, because these machines are noisy. Build is optimised for the
//! spec crate, serde_json and xtask itself even in dev (see the workspace
//! profile), so `cargo xtask bench` measures optimised code.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::Subcommand;

use crate::Failure;

#[derive(Subcommand)]
pub enum Bench {
    /// Load and validate a whole release with tencent-cloud-spec, beside
    /// serde_json alone parsing the same files into `serde_json::Value`.
    Spec {
        /// Release directory name under specs/, or a path.
        #[arg(long, default_value = "3.0.1217.1")]
        release: String,
        /// Timed iterations of each (after one warm-up).
        #[arg(long, default_value_t = 5)]
        iterations: u32,
    },
    /// A full spec diff (load and validate both releases, diff, plan the
    /// changed crates, report, JSON render), beside serde_json alone
    /// parsing both releases in the same run.
    Diff {
        /// The old release (name under specs/, or a directory).
        #[arg(default_value = "3.0.1216.1")]
        old: String,
        /// The new release.
        #[arg(default_value = "3.0.1217.1")]
        new: String,
        /// Timed iterations of each (after one warm-up).
        #[arg(long, default_value_t = 5)]
        iterations: u32,
    },
    /// Compile cost of the generated crates (cargo check of all of them, and
    /// of cwp, the largest), beside aws-sdk-sts compiled in the same run.
    /// Takes a few minutes; uses target/bench-compile.
    Compile {
        /// Skip the aws-sdk-sts anchor (which needs crates.io).
        #[arg(long)]
        skip_aws: bool,
        /// Also check every crate with its `serde` feature on (in a second target
        /// dir), and print the ratio on/off.
        #[arg(long)]
        serde: bool,
    },
    /// The emulator's throughput and SDK round trips beside the official Python and Node
    /// SDKs (installed under target/bench-env by pip and npm on first use; a client that
    /// cannot be installed is skipped). Runs the emulator crate's `bench` example.
    Emulator {
        /// Seconds each measurement runs.
        #[arg(long, default_value_t = 5.0)]
        seconds: f64,
    },
}

pub fn run(b: Bench) -> Result<(), Failure> {
    match b {
        Bench::Spec {
            release,
            iterations,
        } => spec(&crate::resolve_release(&release)?, iterations.max(1)),
        Bench::Diff {
            old,
            new,
            iterations,
        } => diff(
            &crate::resolve_release(&old)?,
            &crate::resolve_release(&new)?,
            iterations.max(1),
        ),
        Bench::Compile { skip_aws, serde } => crate::bench_compile::run(skip_aws, serde),
        Bench::Emulator { seconds } => emulator(seconds),
    }
}

/// Pinned like the interop tests, so that runs compare.
const PYTHON_SDK: &str = "tencentcloud-sdk-python-common==3.1.195";
const NODE_SDK: &str = "tencentcloud-sdk-nodejs@4.1.313";

fn emulator(seconds: f64) -> Result<(), Failure> {
    if !(seconds > 0.0 && seconds <= 600.0) {
        return Err(Failure::input("--seconds must be within (0, 600]"));
    }
    let root = crate::workspace_root();
    let env_dir = root.join("target").join("bench-env");
    std::fs::create_dir_all(&env_dir)
        .map_err(|e| Failure::internal(format!("{}: {e}", env_dir.display())))?;
    let mut vars: Vec<(&str, PathBuf)> = Vec::new();
    match std::env::var_os("TC_BENCH_PYTHON") {
        Some(p) => vars.push(("TC_BENCH_PYTHON", p.into())),
        None => match python_sdk(&env_dir.join("py")) {
            Ok(python) => vars.push(("TC_BENCH_PYTHON", python)),
            Err(why) => eprintln!("Python SDK will be skipped: {why}"),
        },
    }
    match std::env::var_os("TC_BENCH_NODE_PATH") {
        Some(p) => vars.push(("TC_BENCH_NODE_PATH", p.into())),
        None => match node_sdk(&env_dir.join("node")) {
            Ok(modules) => vars.push(("TC_BENCH_NODE_PATH", modules)),
            Err(why) => eprintln!("Node SDK will be skipped: {why}"),
        },
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = std::process::Command::new(&cargo)
        .args([
            "run",
            "--quiet",
            "--release",
            "-p",
            "tencent-cloud-emulator",
        ])
        .args(["--example", "bench", "--"])
        .arg(seconds.to_string())
        .envs(vars)
        .current_dir(&root)
        .status()
        .map_err(|e| Failure::internal(format!("cannot run {cargo}: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::internal("the emulator bench failed"))
    }
}

/// A venv in `dir` with the Python SDK; returns its python.
fn python_sdk(dir: &Path) -> Result<PathBuf, String> {
    let python = dir.join("bin").join("python");
    let ready = || {
        std::process::Command::new(&python)
            .args(["-c", "import tencentcloud.common.common_client"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if ready() {
        return Ok(python);
    }
    let run = |program: &Path, args: &[&str]| -> Result<(), String> {
        let out = std::process::Command::new(program)
            .args(args)
            .output()
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "{} {} failed: {}",
                program.display(),
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    };
    eprintln!("installing {PYTHON_SDK} into {}", dir.display());
    let dir_arg = dir.to_string_lossy();
    run(Path::new("python3"), &["-m", "venv", &dir_arg])?;
    run(
        &python,
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            PYTHON_SDK,
        ],
    )?;
    if ready() {
        Ok(python)
    } else {
        Err(format!("{PYTHON_SDK} installed but does not import"))
    }
}

/// `dir/node_modules` with the Node SDK.
fn node_sdk(dir: &Path) -> Result<PathBuf, String> {
    let modules = dir.join("node_modules");
    if modules
        .join("tencentcloud-sdk-nodejs")
        .join("package.json")
        .is_file()
    {
        return Ok(modules);
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    eprintln!("installing {NODE_SDK} into {}", dir.display());
    let out = std::process::Command::new("npm")
        .args(["install", "--silent", "--no-audit", "--no-fund", NODE_SDK])
        .current_dir(dir)
        .output()
        .map_err(|e| format!("cannot run npm: {e}"))?;
    if out.status.success() {
        Ok(modules)
    } else {
        Err(format!(
            "npm install {NODE_SDK} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Every api.json and examples.json of a release, as the loader finds them.
fn files(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let found = tencent_cloud_spec::discover(dir).map_err(|e| Failure::input(e.to_string()))?;
    Ok(found
        .iter()
        .flat_map(|f| f.paths().map(Path::to_path_buf))
        .collect())
}

fn bytes(files: &[PathBuf]) -> u64 {
    files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum()
}

/// The anchor of the spec and diff benches: read + `serde_json::from_slice::<Value>`
/// of every file, on one thread, as a plain script would.
fn parse_all(files: &[PathBuf]) -> Result<Duration, Failure> {
    let t = Instant::now();
    for f in files {
        let b = std::fs::read(f).map_err(|e| Failure::input(format!("{}: {e}", f.display())))?;
        let v: serde_json::Value = serde_json::from_slice(&b)
            .map_err(|e| Failure::input(format!("{}: {e}", f.display())))?;
        std::hint::black_box(v);
    }
    Ok(t.elapsed())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn spec(dir: &Path, iterations: u32) -> Result<(), Failure> {
    let files = files(dir)?;
    let bytes = bytes(&files);
    let anchor_once = || parse_all(&files);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let ours_once = |threads: usize| -> Result<Duration, Failure> {
        let t = Instant::now();
        let rel = tencent_cloud_spec::Release::load_with_threads(dir, threads)
            .map_err(|e| Failure::input(e.to_string()))?;
        let el = t.elapsed();
        std::hint::black_box(rel);
        Ok(el)
    };
    anchor_once()?;
    ours_once(threads)?;
    let mut anchor = Vec::new();
    let mut ours = Vec::new();
    let mut ours1 = Vec::new();
    for _ in 0..iterations {
        anchor.push(anchor_once()?);
        ours.push(ours_once(threads)?);
        ours1.push(ours_once(1)?);
    }
    let (a, o, o1) = (median(anchor), median(ours), median(ours1));
    println!(
        "spec load+validate of {} ({} files, {:.1} MB), median of {iterations}:",
        dir.display(),
        files.len(),
        bytes as f64 / 1e6
    );
    println!(
        "  tencent-cloud-spec Release::load ({threads} threads, typed model, validation, examples parsed): {:>8.1} ms",
        o.as_secs_f64() * 1e3
    );
    println!(
        "  tencent-cloud-spec Release::load (1 thread):                                            {:>8.1} ms",
        o1.as_secs_f64() * 1e3
    );
    println!(
        "  anchor: serde_json::from_slice::<Value> (1 thread, parse only):                       {:>8.1} ms",
        a.as_secs_f64() * 1e3
    );
    println!(
        "  ratio ours/anchor: {:.2} ({threads} threads), {:.2} (1 thread)   target: ours <= 1500 ms",
        o.as_secs_f64() / a.as_secs_f64(),
        o1.as_secs_f64() / a.as_secs_f64()
    );
    Ok(())
}

/// Ours (compare bytes, load+validate what differs, diff, report, JSON
/// render) beside the anchor
/// (serde_json parsing every file of both releases, one thread).
fn diff(old: &Path, new: &Path, iterations: u32) -> Result<(), Failure> {
    use tencent_cloud_specdiff::{IgnoreList, Level, Options, Report, diff_pair, render};
    let mut all = files(old)?;
    all.extend(files(new)?);
    let files = all;
    let ours = || -> Result<(Duration, Duration, usize), Failure> {
        let t = Instant::now();
        let p = tencent_cloud_specdiff::input::load_pair(old, new).map_err(Failure::input)?;
        let loaded = t.elapsed();
        let d = diff_pair(&p, &Options::default());
        let r = Report::build(
            d,
            &p.old.name,
            &p.new.name,
            &IgnoreList::default(),
            Level::Info,
        );
        let json = render::json::render(&r);
        let total = t.elapsed();
        std::hint::black_box(&json);
        Ok((total, total - loaded, r.changes.len()))
    };
    parse_all(&files)?;
    ours()?;
    let (mut a, mut o, mut d) = (Vec::new(), Vec::new(), Vec::new());
    let mut changes = 0;
    for _ in 0..iterations {
        a.push(parse_all(&files)?);
        let (t, dd, n) = ours()?;
        o.push(t);
        d.push(dd);
        changes = n;
    }
    let (a, o, d) = (median(a), median(o), median(d));
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!(
        "spec diff {} → {} ({} files, {:.1} MB, {changes} changes), median of {iterations}, {threads} cores:",
        old.display(),
        new.display(),
        files.len(),
        bytes(&files) as f64 / 1e6
    );
    println!(
        "  tc-specdiff (compare bytes, load+validate what differs, diff, plans, report, JSON): {:>8.1} ms   (of which diff+plans+report+JSON {:.1} ms)",
        o.as_secs_f64() * 1e3,
        d.as_secs_f64() * 1e3
    );
    println!(
        "  anchor: serde_json::from_slice::<Value> of the same files:  {:>8.1} ms   (1 thread, parse only)",
        a.as_secs_f64() * 1e3
    );
    println!(
        "  ratio ours/anchor: {:.3}",
        o.as_secs_f64() / a.as_secs_f64()
    );
    Ok(())
}
