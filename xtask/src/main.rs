//! Repository automation. Run as `cargo xtask <command>`.
//!
//! Exit codes: 0 = OK, 1 = a gate failed, 2 = bad input (with a one-line
//! reason naming the file or argument).

mod bench;
mod bench_compile;
mod codegen;
mod import;
mod public_api;
mod publish;
mod release_notes;
mod sync;
mod upstream;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "Repository automation for the Tencent Cloud Rust SDK"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Work on this checkout instead of the one xtask was built in (tests
    /// run commands on scratch copies).
    #[arg(long, global = true, hide = true)]
    root: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Import the API specs of one tccli or tccli-intl-en release into
    /// `specs/<release>/` (China) or `specs/intl/<release>/` (International).
    ///
    /// PATH is a tccli or tccli-intl-en wheel (`.whl`), an unpacked wheel, or a
    /// `tccli/services` directory. The channel comes from the wheel's METADATA
    /// Name. Every `<service>/<vYYYYMMDD>/api.json` and `examples.json` is
    /// copied byte for byte. The import is atomic; importing the same release
    /// again writes nothing.
    #[command(after_help = "Examples:\n  \
        pip download --no-deps tccli==3.0.1217.1\n  \
        cargo xtask import-specs tccli-3.0.1217.1-py2.py3-none-any.whl\n  \
        pip download --no-deps tccli-intl-en==3.1.193.1\n  \
        cargo xtask import-specs tccli_intl_en-3.1.193.1-py2.py3-none-any.whl   # into specs/intl/\n  \
        cargo xtask import-specs ~/venv/lib/python3.11/site-packages/tccli/services --release 3.0.1217.1\n\n\
        Exit codes: 0 imported or unchanged, 2 bad input or refused.")]
    ImportSpecs {
        /// A tccli or tccli-intl-en wheel, an unpacked wheel, or a tccli/services
        /// directory.
        path: PathBuf,
        /// Release version; defaults to the wheel's METADATA Version.
        #[arg(long)]
        release: Option<String>,
        /// The channel: china (tccli) or intl (tccli-intl-en). Defaults to what the
        /// METADATA names (china without one); a contradiction is refused.
        #[arg(long, value_enum)]
        channel: Option<import::Channel>,
        /// Replace a release already in specs/ whose files differ.
        #[arg(long)]
        force: bool,
        /// The specs directory (default: <workspace>/specs).
        #[arg(long)]
        specs_dir: Option<PathBuf>,
    },
    /// Import tccli's default API version of each service (the first entry of
    /// SERVICE_VERSIONS in tccli/services/__init__.py) from a tccli wheel into
    /// specs/tccli-default-versions.txt, the crates' default features.
    #[command(
        after_help = "Examples:\n  pip download --no-deps tccli==3.1.189.1 -d /tmp/w\n  cargo xtask import-defaults /tmp/w/tccli-3.1.189.1-py2.py3-none-any.whl\n\n\
        Exit codes: 0 written, 1 could not write, 2 bad input (not a tccli wheel, no SERVICE_VERSIONS)."
    )]
    ImportDefaults {
        /// A tccli wheel.
        wheel: PathBuf,
        /// Where to write (default: <workspace>/specs/tccli-default-versions.txt).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Import the error codes of every service from a tencentcloud-sdk-python wheel (its
    /// per-service errorcodes.py, Apache-2.0) into specs/python-sdk-errorcodes.txt, the
    /// crates' `errors` modules. Use the release whose models match the specs' tccli.
    #[command(
        after_help = "Examples:\n  pip download --no-deps tencentcloud-sdk-python==3.1.195 -d /tmp/w\n  cargo xtask import-errorcodes /tmp/w/tencentcloud_sdk_python-3.1.195-py2.py3-none-any.whl\n\n\
        Exit codes: 0 written, 1 could not write, 2 bad input (not that wheel, no errorcodes.py)."
    )]
    ImportErrorcodes {
        /// A tencentcloud-sdk-python wheel.
        wheel: PathBuf,
        /// Where to write (default: <workspace>/specs/python-sdk-errorcodes.txt).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Load and validate a release; print its counts and every diagnostic.
    ///
    /// Errors make it exit 2; warnings (known upstream example defects)
    /// are printed as `<release> <kind> <file>: <pointer> -- <message>`,
    /// the format of crates/tencent-cloud-spec/upstream-defects.txt.
    #[command(
        after_help = "Examples:\n  cargo xtask validate-specs 3.0.1217.1\n  cargo xtask validate-specs ~/site-packages/tccli/services"
    )]
    ValidateSpecs {
        /// Release name under specs/, or a directory laid out as <service>/<vYYYYMMDD>/api.json.
        release: String,
        /// Print only the counts and errors, not the warnings.
        #[arg(long)]
        quiet: bool,
    },
    /// Generate the service crates in crates/services/ from the newest
    /// release in specs/ (one crate per service, one module per API version).
    ///
    /// Only crates whose files change are rewritten, each swapped in
    /// atomically. With --check, writes nothing and exits 1 listing the
    /// crates that are stale.
    #[command(
        after_help = "Examples:\n  cargo xtask regen\n  cargo xtask regen --service cvm --service cbs\n  cargo xtask regen --check\n\n\
        Exit codes: 0 done or up to date, 1 stale (--check), 2 bad input."
    )]
    Regen {
        /// Release under specs/ (default: the newest).
        #[arg(long)]
        release: Option<String>,
        /// Only these services (repeatable).
        #[arg(long = "service")]
        services: Vec<String>,
        /// Compare with the crates on disk; write nothing.
        #[arg(long)]
        check: bool,
    },
    /// Run every check CI runs: rustfmt, regen --check, clippy on the
    /// hand-written crates, all tests, the examples corpus over every
    /// generated crate, and the MSRV check (core and cvm with the workspace's
    /// rust-version). This is the README's test command.
    #[command(
        after_help = "Examples:\n  cargo xtask test\n  CARGO_INCREMENTAL=0 cargo xtask test   # as .ci/run does"
    )]
    Test,
    /// Package the crates unpublished at their current version (libraries first, then
    /// the service crates), verified together so that dependents build against the
    /// packaged core; print the upload schedule under crates.io's rate limits. Uploads
    /// only with --execute and CARGO_REGISTRY_TOKEN.
    #[command(
        after_help = "Examples:\n  cargo xtask publish --dry-run --all\n  cargo xtask publish --dry-run -p tencent-cloud-core -p tencent-cloud-cvm\n  CARGO_REGISTRY_TOKEN=... cargo xtask publish --execute\n\n\
        Exit codes: 0 done, 1 packaging or an upload failed, 2 bad input (unknown crate, --execute without a token)."
    )]
    Publish {
        /// Only these crates (repeatable).
        #[arg(short = 'p', long = "package", value_name = "CRATE")]
        crates: Vec<String>,
        /// Every publishable crate (the default without -p).
        #[arg(long)]
        all: bool,
        /// Package and verify; upload nothing (also what happens without --execute).
        #[arg(long)]
        dry_run: bool,
        /// Upload to crates.io (needs CARGO_REGISTRY_TOKEN).
        #[arg(long)]
        execute: bool,
        /// Do not ask crates.io what it has: every crate counts as new.
        #[arg(long)]
        offline: bool,
    },
    /// Check the public API of tencent-cloud-core against its snapshot
    /// (crates/tencent-cloud-core/public-api.txt); --update rewrites it, and only
    /// after the version bump semver asks for.
    PublicApi {
        /// Rewrite the snapshot (refused without the right version bump).
        #[arg(long)]
        update: bool,
    },
    /// Only the MSRV step of `test`: check the core and cvm with the workspace's
    /// rust-version (installed with rustup when missing).
    Msrv,
    /// Benchmarks, printed beside an anchor measured in the same run.
    #[command(
        after_help = "Examples:\n  cargo xtask bench spec\n  cargo xtask bench spec --release 3.0.1216.1 --iterations 5\n  cargo xtask bench emulator --seconds 5"
    )]
    Bench {
        #[command(subcommand)]
        what: bench::Bench,
    },
    /// Follow Tencent's releases on both sites: import the tccli (China) and
    /// tccli-intl-en (International) releases newer than the ones the crates
    /// come from, validate them, write each China step's release notes and
    /// bumps, regenerate, and check the crates that changed.
    ///
    /// Starts from crates/services/RELEASE and RELEASE-INTL. From the package
    /// index (pip, so index and mirror settings apply) it goes one release at
    /// a time when at most 5 are missing, else in one jump; from --wheel-dir
    /// (which may hold wheels of both channels), one release at a time.
    /// specs/ keeps 3.0.1216.1, 3.0.1217.1 and the newest; specs/intl/ the
    /// newest. Prints a summary for a pull-request description that names
    /// each channel's release.
    #[command(
        after_help = "Examples:\n  cargo xtask sync                      # both channels to the newest releases on the index\n  cargo xtask sync --to 3.0.1221.1 --wheel-dir ~/wheels\n  cargo xtask sync --intl-to 3.1.194.1  # the international channel to 3.1.194.1\n  cargo xtask sync --dry-run            # download and report; write nothing\n\n\
        Exit codes: 0 done or up to date, 1 cargo check failed, 2 bad input (unreachable index, bad wheel, unknown --to)."
    )]
    Sync {
        /// The China (tccli) release to go to: a version, or `latest`.
        #[arg(long, value_name = "VERSION|latest")]
        to: Option<String>,
        /// The international (tccli-intl-en) release to go to: a version, or `latest`.
        #[arg(long, value_name = "VERSION|latest")]
        intl_to: Option<String>,
        /// Take tccli and tccli-intl-en wheels from this directory instead of the index.
        #[arg(long, value_name = "DIR")]
        wheel_dir: Option<PathBuf>,
        /// Download and report what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Skip `cargo check` of the changed crates.
        #[arg(long)]
        no_check: bool,
        /// Language of the release notes: zh or en.
        #[arg(long, default_value = "zh")]
        lang: tencent_cloud_specdiff::Lang,
    },
    /// Write release notes for OLD → NEW at the top of CHANGELOG.md and
    /// apply each service crate's semver bump to
    /// crates/services/<service>/Cargo.toml (where the crate exists).
    ///
    /// OLD and NEW are release names under specs/ or directories laid out
    /// as <service>/<vYYYYMMDD>/api.json. Re-running a pair replaces its
    /// section. The rules and the semver contract are documented in
    /// crates/tencent-cloud-specdiff.
    #[command(
        after_help = "Examples:\n  cargo xtask release-notes 3.0.1216.1 3.0.1217.1\n  cargo xtask release-notes 3.0.1216.1 3.0.1217.1 --lang en\n\n\
        Exit codes: 0 written, 1 could not write, 2 bad input (with the file named)."
    )]
    ReleaseNotes {
        /// The old release.
        old: String,
        /// The new release.
        new: String,
        /// Language of the notes: zh (Tencent's SERVICE_CHANGELOG vocabulary) or en.
        #[arg(long, default_value = "zh")]
        lang: tencent_cloud_specdiff::Lang,
    },
}

/// A failure with its exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    /// Bad input: exit 2.
    pub fn input(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
    /// Something went wrong on our side (disk full, ...): exit 1.
    pub fn internal(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
}

/// The workspace root: the parent of this crate's manifest directory.
pub fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// A release name under `specs/`, or a path to a release directory.
pub fn resolve_release(arg: &str) -> Result<PathBuf, Failure> {
    tencent_cloud_spec::resolve_release(arg, &[workspace_root().join("specs")])
        .map_err(Failure::input)
}

fn validate_specs(release: &str, quiet: bool) -> Result<(), Failure> {
    let dir = resolve_release(release)?;
    let t = std::time::Instant::now();
    let rel = tencent_cloud_spec::Release::load(&dir).map_err(|e| {
        for d in &e.diagnostics {
            eprintln!("{d}");
        }
        Failure::input(format!("{}: {} errors", dir.display(), e.errors().count()))
    })?;
    let el = t.elapsed();
    if !quiet {
        for w in rel.warnings() {
            let file = w
                .file
                .strip_prefix(&rel.root)
                .unwrap_or(&w.file)
                .display()
                .to_string();
            println!(
                "{} {} {file}: {} -- {}",
                rel.name,
                w.kind.id(),
                w.pointer.as_deref().unwrap_or(""),
                w.message
            );
        }
    }
    let s = rel.stats();
    eprintln!(
        "{}: {} services, {} API versions, {} actions, {} objects, {} members, {} examples; 0 errors, {} warnings; loaded in {:.0} ms",
        rel.name,
        s.services,
        s.api_versions,
        s.actions,
        s.objects,
        s.members,
        s.examples,
        rel.warnings().len(),
        el.as_secs_f64() * 1e3
    );
    Ok(())
}

/// Runs each step in order, stopping at the first failure (exit 1).
fn test_all() -> Result<(), Failure> {
    let root = workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    // The default members are the hand-written crates (the `benches`
    // package, with its heavy comparison deps, is left out on purpose).
    let steps: &[(&str, &[&str])] = &[
        // Every package, generated crates included: they are emitted
        // rustfmt-clean, and this keeps them so.
        ("rustfmt", &["fmt", "--all", "--check"]),
        // The generated crates and the corpus dispatch table match the
        // generator and the newest specs.
        (
            "regen --check",
            &["run", "--quiet", "-p", "xtask", "--", "regen", "--check"],
        ),
        (
            "clippy",
            &["clippy", "--all-targets", "--", "-D", "warnings"],
        ),
        // A change to the core's public API needs its semver bump (and the snapshot).
        (
            "public API",
            &["run", "--quiet", "-p", "xtask", "--", "public-api"],
        ),
        ("tests", &["test", "--no-fail-fast"]),
        // Builds every service crate with every API version enabled (so it
        // also checks all of them) and runs the examples corpus: one test target
        // per group of services, all of them even when one fails.
        (
            "examples corpus",
            &["test", "-p", "tencent-cloud-corpus", "--no-fail-fast"],
        ),
    ];
    for (name, args) in steps {
        eprintln!("==> {name}: cargo {}", args.join(" "));
        let t = std::time::Instant::now();
        let status = std::process::Command::new(&cargo)
            .args(*args)
            .current_dir(&root)
            .status()
            .map_err(|e| Failure::internal(format!("cannot run {cargo}: {e}")))?;
        eprintln!(
            "==> {name}: {} in {:.0} s",
            if status.success() { "ok" } else { "FAILED" },
            t.elapsed().as_secs_f64()
        );
        if !status.success() {
            return Err(Failure::internal(format!("step {name} failed")));
        }
    }
    msrv(&root)
}

/// The MSRV step: `cargo +<rust-version> check` of the core and one service crate (cvm),
/// with the workspace's `rust-version`, installed with rustup (minimal profile) when
/// missing. Without rustup, or when the toolchain cannot be installed, the step fails in CI
/// (`CI` set) and is a loud skip elsewhere; a check that fails on the MSRV fails the run.
fn msrv(root: &std::path::Path) -> Result<(), Failure> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))
        .map_err(|e| Failure::internal(format!("Cargo.toml: {e}")))?;
    let Some(version) = manifest
        .lines()
        .find_map(|l| l.trim().strip_prefix("rust-version = \""))
        .and_then(|v| v.strip_suffix('"'))
    else {
        return Err(Failure::internal("Cargo.toml: no workspace rust-version"));
    };
    let toolchain = version.to_string();
    eprintln!("==> msrv: cargo +{toolchain} check -p tencent-cloud-core -p tencent-cloud-cvm");
    let t = std::time::Instant::now();
    let installed = std::process::Command::new("rustup")
        .args(["toolchain", "install", &toolchain, "--profile", "minimal"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !installed {
        let why = format!("rustup could not install Rust {toolchain} (no rustup, or no network)");
        // In CI a check that cannot run fails; elsewhere it is a loud skip.
        if std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0") {
            eprintln!("==> msrv: FAILED: {why}");
            return Err(Failure::internal(format!("msrv: {why}")));
        }
        eprintln!("==> msrv: SKIPPED: {why}");
        return Ok(());
    }
    // `rustup run`, not `cargo +…`: inside `cargo xtask` the PATH may lead to the
    // toolchain's own cargo, which takes no `+toolchain`.
    let status = std::process::Command::new("rustup")
        .args(["run", &toolchain, "cargo", "check"])
        .args(["-p", "tencent-cloud-core", "-p", "tencent-cloud-cvm"])
        .env("CARGO_TARGET_DIR", root.join("target").join("msrv"))
        // The outer `cargo xtask` set these for the stable toolchain.
        .env_remove("RUSTC")
        .env_remove("RUSTDOC")
        .env_remove("CARGO")
        .env_remove("RUSTUP_TOOLCHAIN")
        .current_dir(root)
        .status()
        .map_err(|e| Failure::internal(format!("cannot run cargo +{toolchain}: {e}")))?;
    eprintln!(
        "==> msrv: {} in {:.0} s",
        if status.success() { "ok" } else { "FAILED" },
        t.elapsed().as_secs_f64()
    );
    if !status.success() {
        return Err(Failure::internal(format!(
            "the core or cvm does not build with Rust {toolchain} (rust-version)"
        )));
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let root = cli.root.clone().unwrap_or_else(workspace_root);
    let result = match cli.command {
        Command::ImportSpecs {
            path,
            release,
            channel,
            force,
            specs_dir,
        } => {
            let specs_dir = specs_dir.unwrap_or_else(|| root.join("specs"));
            let opts = import::Options {
                path: &path,
                release: release.as_deref(),
                channel,
                force,
                specs_dir: &specs_dir,
                progress: std::io::stderr().is_terminal(),
            };
            import::run(&opts).map(|done| {
                let release = &done.release;
                let dir = done.channel.dir(&specs_dir).join(release);
                let of = format!("({}, {})", done.channel, done.channel.package());
                match done.outcome {
                    import::Outcome::Imported { files, bytes } => {
                        println!(
                            "imported {release}: {files} files, {bytes} bytes into {} {of}",
                            dir.display()
                        )
                    }
                    import::Outcome::Replaced { files, bytes } => {
                        println!(
                            "replaced {release}: {files} files, {bytes} bytes in {} {of}",
                            dir.display()
                        )
                    }
                    import::Outcome::Unchanged { files } => {
                        println!(
                            "unchanged {release}: {files} files already in {} {of}",
                            dir.display()
                        )
                    }
                }
            })
        }
        Command::ImportDefaults { wheel, out } => {
            let out = out.unwrap_or_else(|| root.join("specs/tccli-default-versions.txt"));
            upstream::import_defaults(&wheel, &out).map(|n| {
                println!(
                    "{n} services' default versions written to {}",
                    out.display()
                )
            })
        }
        Command::ImportErrorcodes { wheel, out } => {
            let out = out.unwrap_or_else(|| root.join("specs/python-sdk-errorcodes.txt"));
            upstream::import_errorcodes(&wheel, &out).map(|(files, codes)| {
                println!(
                    "{codes} error codes of {files} errorcodes.py written to {}",
                    out.display()
                )
            })
        }
        Command::Bench { what } => bench::run(what),
        Command::ReleaseNotes { old, new, lang } => {
            release_notes::run_in(&root, &old, &new, lang).map(|_| ())
        }
        Command::Sync {
            to,
            intl_to,
            wheel_dir,
            dry_run,
            no_check,
            lang,
        } => sync::run(&sync::Options {
            root: root.clone(),
            to,
            intl_to,
            wheel_dir,
            dry_run,
            check: !no_check,
            lang,
        }),
        Command::Test => test_all(),
        Command::Msrv => msrv(&workspace_root()),
        Command::PublicApi { update } => public_api::run(&root, update),
        Command::Publish {
            crates,
            all,
            dry_run,
            execute,
            offline,
        } => publish::run(&publish::Options {
            root: root.clone(),
            crates,
            all,
            dry_run,
            execute,
            offline,
        }),
        Command::Regen {
            release,
            services,
            check,
        } => codegen::run(&codegen::Options {
            root: root.clone(),
            release,
            services,
            check,
            progress: std::io::stderr().is_terminal(),
        })
        .map(|_| ()),
        Command::ValidateSpecs { release, quiet } => validate_specs(&release, quiet),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("error: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// `[workspace.package] version` of the root manifest: the version of tencent-cloud-core
/// and the other hand-written crates (`version.workspace = true`).
pub fn workspace_version(root: &Path) -> Result<String, Failure> {
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[workspace.package]";
        } else if in_package && let Some(v) = line.strip_prefix("version") {
            let v = v.trim_start();
            if let Some(v) = v.strip_prefix('=') {
                let v = v.trim().trim_matches('"');
                if !v.is_empty() {
                    return Ok(v.to_owned());
                }
            }
        }
    }
    Err(Failure::input(format!(
        "{}: no [workspace.package] version",
        path.display()
    )))
}
