//! `tc-specdiff OLD NEW`: what changed between two Tencent Cloud API spec
//! releases. See the library docs for the rules.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use tencent_cloud_specdiff::Lang;
use tencent_cloud_specdiff::input::{default_specs_dirs, load_pair, resolve_release};
use tencent_cloud_specdiff::{IgnoreList, Level, Options, Report, diff_pair, render};

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Parser)]
#[command(
    name = "tc-specdiff",
    version,
    about = "What changed between two Tencent Cloud API spec releases, what breaks, and the semver bump of each crate",
    after_help = "Examples:\n  \
        tc-specdiff 3.0.1216.1 3.0.1217.1\n  \
        tc-specdiff specs/3.0.1216.1 specs/3.0.1217.1 --service cfw --service iss --level WARN\n  \
        tc-specdiff 3.0.1216.1 ~/venv/lib/python3.11/site-packages/tccli/services --format json\n  \
        tc-specdiff 3.0.1216.1 3.0.1217.1 --format markdown --lang en > NOTES.md\n  \
        tc-specdiff OLD NEW --ignore .specdiff-ignore --fail-on ERR     # CI gate\n  \
        tc-specdiff --list-rules --format json\n  \
        tc-specdiff --channels 3.1.189.1 3.1.193.1     # China 3.1.189.1 against International 3.1.193.1\n\n\
        Ignore file: one `RULE-ID LOCATION` per line (LOCATION may end in `*`; `#` comments).\n\n\
        Exit codes: 0 no gate failure, 1 --fail-on matched, 2 bad input (missing directory, unparseable spec)."
)]
struct Cli {
    /// Old release: a directory laid out as `<service>/<vYYYYMMDD>/api.json`
    /// (a release under specs/, or a raw tccli/services), or a release name
    /// under specs/.
    #[arg(required_unless_present = "list_rules")]
    old: Option<String>,
    /// New release, as OLD.
    #[arg(required_unless_present = "list_rules")]
    new: Option<String>,
    /// Print every rule (id, family, level, side, bump, release-note
    /// templates, why) and exit; with --format json or markdown.
    #[arg(long, conflicts_with_all = ["old", "new"])]
    list_rules: bool,
    /// Compare the two sites instead of two releases: OLD is a China (tccli) release
    /// (a name under specs/), NEW an international (tccli-intl-en) one (a name under
    /// specs/intl/), or directories. Lists what is China only, International only, and
    /// where they differ; --format text or json.
    #[arg(long, conflicts_with_all = ["list_rules", "ignore", "fail_on"])]
    channels: bool,
    /// Only these services (repeatable, or comma-separated).
    #[arg(long = "service", value_name = "S", value_delimiter = ',')]
    services: Vec<String>,
    /// Show only changes at this level or above.
    #[arg(long, value_name = "ERR|WARN|INFO", default_value = "INFO")]
    level: Level,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Language of Markdown notes: zh (Tencent's vocabulary) or en.
    #[arg(long, default_value = "zh")]
    lang: Lang,
    /// Ignore file: `RULE-ID LOCATION` per line.
    #[arg(long, value_name = "FILE")]
    ignore: Option<PathBuf>,
    /// Exit 1 if any change not ignored is at this level or above.
    #[arg(long, value_name = "ERR|WARN|INFO")]
    fail_on: Option<Level>,
    /// Colour (text format): auto = only on a terminal and without NO_COLOR.
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
    /// Directory in which release names are resolved (default: specs/ of
    /// the current directory or an ancestor, then of this workspace).
    #[arg(long, value_name = "DIR")]
    specs_dir: Option<PathBuf>,
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
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<u8, String> {
    if cli.list_rules {
        let text = match cli.format {
            Format::Text => render::rules_text(),
            Format::Markdown => tencent_cloud_specdiff::rules::markdown_table(),
            Format::Json => render::rules_json(),
        };
        let _ = std::io::stdout().lock().write_all(text.as_bytes());
        return Ok(0);
    }
    let (Some(old_arg), Some(new_arg)) = (&cli.old, &cli.new) else {
        return Err("OLD and NEW are required".into());
    };
    let dirs = match &cli.specs_dir {
        Some(d) => vec![d.clone()],
        None => default_specs_dirs(),
    };
    if cli.channels {
        return channels(&cli, old_arg, new_arg, &dirs);
    }
    let old_dir = resolve_release(old_arg, &dirs)?;
    let new_dir = resolve_release(new_arg, &dirs)?;
    let ignore = match &cli.ignore {
        Some(p) => IgnoreList::load(p)?,
        None => IgnoreList::default(),
    };
    let pair = load_pair(&old_dir, &new_dir)?;
    for s in &cli.services {
        if !pair.old.services.contains_key(s)
            && !pair.new.services.contains_key(s)
            && !pair.same.contains(s)
        {
            return Err(format!("--service {s}: in neither release"));
        }
    }
    let diff = diff_pair(
        &pair,
        &Options {
            services: cli.services.clone(),
        },
    );
    let report = Report::build(diff, &pair.old.name, &pair.new.name, &ignore, cli.level);
    let text = match cli.format {
        Format::Text => {
            let color = match cli.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
                }
            };
            render::text::render(&report, color)
        }
        Format::Markdown => render::markdown::render(&report, cli.lang, true),
        Format::Json => render::json::render(&report),
    };
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    // The process is about to exit: freeing ~300 MB of small allocations
    // one by one would cost about a tenth of the run.
    std::mem::forget(pair);
    std::mem::forget(text);
    let gate = cli.fail_on.filter(|l| report.gate_fails(*l));
    let counts = format!(
        "{} ERR, {} WARN, {} INFO",
        report.count(Level::Err),
        report.count(Level::Warn),
        report.count(Level::Info)
    );
    std::mem::forget(report);
    if let Some(l) = gate {
        eprintln!("tc-specdiff: gate failed: {counts} (--fail-on {l})");
        return Ok(1);
    }
    Ok(0)
}

/// `--channels CHINA INTL`: the channel drift report.
fn channels(cli: &Cli, china: &str, intl: &str, dirs: &[PathBuf]) -> Result<u8, String> {
    use tencent_cloud_specdiff::channels;
    use tencent_cloud_specdiff::input::load_release;
    let intl_dirs: Vec<PathBuf> = dirs.iter().map(|d| d.join("intl")).collect();
    let china_dir = resolve_release(china, dirs)?;
    let intl_dir = resolve_release(intl, &intl_dirs)?;
    let (c, i) = (load_release(&china_dir)?, load_release(&intl_dir)?);
    for s in &cli.services {
        if !c.services.contains_key(s) && !i.services.contains_key(s) {
            return Err(format!("--service {s}: on neither site"));
        }
    }
    let drift = channels::drift(&c, &i, &cli.services);
    let text = match cli.format {
        Format::Text => channels::render_text(&drift),
        Format::Json => channels::render_json(&drift),
        Format::Markdown => {
            return Err("--channels: --format markdown is not offered (text or json)".into());
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    // As for a diff: the process ends; freeing both releases costs time for nothing.
    std::mem::forget((c, i));
    Ok(0)
}
