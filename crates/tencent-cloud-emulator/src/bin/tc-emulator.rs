//! `tc-emulator`: a local Tencent Cloud API server built from the specs.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use tencent_cloud_emulator::{Emulator, faults};

const EXAMPLES: &str = "\
Examples:
  # Serve every action of every service in 3.0.1217.1 on port 9000
  tc-emulator --release 3.0.1217.1 --listen 127.0.0.1:9000 \\
      --secret-id AKIDexample --secret-key example-key --service cvm

  # Then, from any SDK or tccli:
  TENCENTCLOUD_ENDPOINT=http://127.0.0.1:9000 TENCENTCLOUD_SECRET_ID=AKIDexample \\
      TENCENTCLOUD_SECRET_KEY=example-key cargo run -p tencent-cloud-tests --example describe_regions

  # https for clients that only speak TLS (tccli): trust the generated CA
  tc-emulator --release 3.0.1217.1 --listen 127.0.0.1:9443 --secret-id ID --secret-key KEY \\
      --service cvm --tls --ca-out /tmp/tc-emulator-ca.pem
  REQUESTS_CA_BUNDLE=/tmp/tc-emulator-ca.pem tccli cvm DescribeRegions --endpoint 127.0.0.1:9443

  # Inject faults from a file, and look at what was received (admin writes take JSON)
  tc-emulator --release specs/3.0.1217.1 --secret-id ID --secret-key KEY --faults faults.json
  curl http://127.0.0.1:9000/_emulator/requests
  curl -X PUT -H 'Content-Type: application/json' \
      -d '[{\"kind\":\"http_status\",\"status\":503,\"count\":2}]' http://127.0.0.1:9000/_emulator/faults

  # Reachable from other machines or containers: the admin API then wants a token
  tc-emulator --release 3.0.1217.1 --listen 0.0.0.0:9000 --secret-id ID --secret-key KEY \
      --admin-token \"$(openssl rand -hex 16)\"
  curl -H \"Authorization: Bearer $TOKEN\" http://HOST:9000/_emulator/requests

  # Both sites: Host *.intl.tencentcloudapi.com is answered from the international
  # release (default: the newest in specs/intl/), every other Host from --release
  tc-emulator --release 3.1.189.1 --intl-release 3.1.193.1 --secret-id ID --secret-key KEY

Release names (--release 3.0.1217.1) are looked up under --specs when given, else in
./specs, then in the specs/ of the checkout tc-emulator was built from (so a `cargo run`
or a `cargo build` binary finds them from any directory); --intl-release names under the
intl/ directory of each.

Exit codes: 0 after a clean shutdown (Ctrl-C or SIGTERM), 2 on bad input, 1 on a runtime
failure.";

/// A local Tencent Cloud API server: real HTTP, real signature checks (TC3, HmacSHA256,
/// HmacSHA1), spec validation, example responses, fault injection, STS and CVM metadata
/// credential stand-ins.
#[derive(Debug, Parser)]
#[command(name = "tc-emulator", version, after_help = EXAMPLES)]
struct Args {
    /// The release to serve: a directory with the specs (`specs/3.0.1217.1`) or a
    /// release name looked up under --specs.
    #[arg(long)]
    release: String,
    /// The international site's release (tccli-intl-en), answering requests whose Host
    /// is *.intl.tencentcloudapi.com: a directory (`specs/intl/3.1.193.1`), a release
    /// name looked up under the intl/ of --specs, or `none` [default: the newest
    /// release in the intl/ directory beside --release's, if there is one].
    #[arg(long, value_name = "RELEASE|DIR|none")]
    intl_release: Option<String>,
    /// Where release names are looked up [default: ./specs, then the specs/ of the
    /// checkout this binary was built from].
    #[arg(long, value_name = "DIR")]
    specs: Option<PathBuf>,
    /// Address to listen on (port 0: any free port, printed at start).
    #[arg(long, default_value = "127.0.0.1:9000")]
    listen: String,
    /// The SecretId clients sign with.
    #[arg(long)]
    secret_id: String,
    /// The SecretKey clients sign with (never printed).
    #[arg(long)]
    secret_key: String,
    /// Service for requests to a bare host (127.0.0.1) whose version does not name one.
    #[arg(long)]
    service: Option<String>,
    /// JSON fault rules: `{"faults": [{"kind": "http_status", "status": 503, "count": 2}]}`.
    #[arg(long)]
    faults: Option<PathBuf>,
    /// JSON chosen responses: `[{"action": "DescribeZones", "response": {"TotalCount": 0}},
    /// {"action": "RunInstances", "error": {"code": "LimitExceeded", "message": "..."}}]`
    /// (also `PUT /_emulator/responses`).
    #[arg(long)]
    responses: Option<PathBuf>,
    /// Answer `MissingParameter` to calls that name no region, as regional services do.
    #[arg(long)]
    require_region: bool,
    /// One more region calls may name, besides Tencent's (repeatable): others get
    /// `InvalidParameterValue`, as at Tencent.
    #[arg(long = "region", value_name = "REGION")]
    regions: Vec<String>,
    /// Accept any region.
    #[arg(long, conflicts_with = "regions")]
    any_region: bool,
    /// Require `Authorization: Bearer TOKEN` on /_emulator/… requests. Give one when
    /// --listen is not a loopback address: anyone who can reach the port could
    /// otherwise change the emulator's answers.
    #[arg(long, value_name = "TOKEN")]
    admin_token: Option<String>,
    /// Serve https with a CA and a certificate generated at start (for localhost,
    /// 127.0.0.1, ::1, *.tencentcloudapi.com and each --tls-name); the CA is written to
    /// --ca-out.
    #[arg(long)]
    tls: bool,
    /// Where --tls writes the CA certificate (PEM) for clients to trust
    /// (`REQUESTS_CA_BUNDLE=FILE` for Python and tccli).
    #[arg(long, default_value = "tc-emulator-ca.pem", requires = "tls")]
    ca_out: PathBuf,
    /// One more name (DNS name or IP address) for the --tls certificate, such as the
    /// host name other machines or containers reach the emulator by (repeatable).
    #[arg(long = "tls-name", value_name = "NAME", requires = "tls")]
    tls_names: Vec<String>,
    /// Milliseconds between the events of a streamed (SSE) reply, as a model streams
    /// its tokens.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    stream_interval_ms: u64,
    /// Seconds a client may take to send a request's headers, or to start its next
    /// request on a kept-alive connection, before it is disconnected.
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    header_timeout: u64,
    /// Seconds a client may take to send a request's body (then 408), or may leave a
    /// response unread (then it is disconnected).
    #[arg(long, value_name = "SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    body_timeout: u64,
    /// MiB of request bodies over 64 KiB held at once, all connections together; a body
    /// that would go over is answered 503 RequestLimitExceeded (SDKs retry it).
    #[arg(long, value_name = "MIB", default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=1_048_576))]
    body_memory: u64,
    /// Connections served at once; at the cap the one waiting longest for a request is
    /// closed to make room (when all are serving requests, new ones wait).
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    max_connections: u64,
    /// Do not print one access-log line per call.
    #[arg(long)]
    quiet: bool,
}

/// Ctrl-C, or SIGTERM (`docker stop`, `kill`, CI job ends) on Unix, listened for from
/// its creation: made before the serving line is printed, so that a signal sent as soon
/// as that line is read stops the emulator cleanly (a SIGTERM that came first killed
/// it, exit by signal, when the machine was busy).
struct StopSignals {
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
}

impl StopSignals {
    fn listen() -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(StopSignals {
                term: signal(SignalKind::terminate())?,
                interrupt: signal(SignalKind::interrupt())?,
            })
        }
        #[cfg(not(unix))]
        {
            Ok(StopSignals {})
        }
    }

    /// Waits for one.
    async fn recv(&mut self) -> std::io::Result<()> {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.term.recv() => Ok(()),
                _ = self.interrupt.recv() => Ok(()),
            }
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c().await
        }
    }
}

fn bad_input(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("tc-emulator: {msg}");
    ExitCode::from(2)
}

/// Where release names are looked up: `--specs`, else `./specs` and then the specs/ of
/// the checkout this binary was built from (when it is still there).
fn specs_dirs(given: Option<&PathBuf>) -> Vec<PathBuf> {
    match given {
        Some(dir) => vec![dir.clone()],
        None => {
            let built_from = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs"));
            let mut dirs = vec![PathBuf::from("specs")];
            if built_from.is_dir() {
                dirs.push(std::fs::canonicalize(&built_from).unwrap_or(built_from));
            }
            dirs
        }
    }
}

/// The international release to serve: `--intl-release` (`none`, a directory, or a name
/// under the intl/ of each specs directory), else the newest release in the intl/
/// directory beside the China release's (none when there is none).
fn intl_release_dir(
    given: Option<&str>,
    release_dir: &std::path::Path,
    args: &Args,
) -> Result<Option<PathBuf>, String> {
    match given {
        Some("none") => Ok(None),
        Some(name) => {
            let dirs: Vec<PathBuf> = specs_dirs(args.specs.as_ref())
                .into_iter()
                .map(|d| d.join("intl"))
                .collect();
            tencent_cloud_spec::resolve_release(name, &dirs)
                .map(Some)
                .map_err(|e| format!("--intl-release: {e}"))
        }
        None => {
            let Some(beside) = release_dir.parent().map(|p| p.join("intl")) else {
                return Ok(None);
            };
            Ok(tencent_cloud_spec::release_names(&beside)
                .ok()
                .and_then(|mut names| names.pop())
                .map(|n| beside.join(n)))
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let release_dir = match tencent_cloud_spec::resolve_release(
        &args.release,
        &specs_dirs(args.specs.as_ref()),
    ) {
        Ok(dir) => dir,
        Err(e) => return bad_input(e),
    };
    let intl_dir = match intl_release_dir(args.intl_release.as_deref(), &release_dir, &args) {
        Ok(dir) => dir,
        Err(e) => return bad_input(e),
    };
    let rules = match &args.faults {
        None => Vec::new(),
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => match faults::parse_rules(&text) {
                Ok(r) => r,
                Err(e) => return bad_input(format!("{}: {e}", path.display())),
            },
            Err(e) => return bad_input(format!("cannot read {}: {e}", path.display())),
        },
    };
    let responses = match &args.responses {
        None => Vec::new(),
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => match tencent_cloud_emulator::canned::parse_rules(&text) {
                Ok(r) => r,
                Err(e) => return bad_input(format!("{}: {e}", path.display())),
            },
            Err(e) => return bad_input(format!("cannot read {}: {e}", path.display())),
        },
    };
    if !args.quiet {
        // Colour only on a terminal (and not with NO_COLOR): a log file gets plain text.
        use std::io::IsTerminal as _;
        let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        tracing_subscriber::fmt()
            .with_env_filter(
                tracing_subscriber::EnvFilter::try_from_default_env()
                    .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
            )
            .with_ansi(colour)
            .with_writer(std::io::stderr)
            .init();
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("tc-emulator: cannot start the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    runtime.block_on(async move {
        let mut builder = Emulator::builder()
            .release_path(release_dir)
            .credentials(args.secret_id, args.secret_key)
            .listen(args.listen)
            .faults(rules)
            .responses(responses)
            .require_region(args.require_region)
            .any_region(args.any_region)
            .stream_interval(std::time::Duration::from_millis(args.stream_interval_ms))
            .header_timeout(std::time::Duration::from_secs(args.header_timeout))
            .body_timeout(std::time::Duration::from_secs(args.body_timeout))
            .max_connections(usize::try_from(args.max_connections).unwrap_or(usize::MAX))
            .body_memory(
                usize::try_from(args.body_memory.saturating_mul(1024 * 1024)).unwrap_or(usize::MAX),
            )
            .access_log(!args.quiet);
        if let Some(s) = args.service {
            builder = builder.service_default(s);
        }
        if let Some(dir) = intl_dir {
            builder = builder.intl_release_path(dir);
        }
        for r in args.regions {
            builder = builder.region(r);
        }
        let has_token = args.admin_token.is_some();
        if let Some(t) = args.admin_token {
            builder = builder.admin_token(t);
        }
        if args.tls {
            builder = builder.tls(args.tls_names);
        }
        let mut signals = match StopSignals::listen() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("tc-emulator: cannot listen for signals: {e}");
                return ExitCode::from(1);
            }
        };
        let emulator = match builder.start().await {
            Ok(e) => e,
            Err(e) => return bad_input(e),
        };
        if let Some(pem) = emulator.ca_pem()
            && let Err(e) = std::fs::write(&args.ca_out, pem)
        {
            return bad_input(format!("cannot write {}: {e}", args.ca_out.display()));
        }
        if emulator.beyond_loopback() {
            // Said whatever --quiet says: this is about who can reach it.
            eprintln!(
                "tc-emulator: WARNING: listening on {}, beyond loopback: anyone who can reach this port can call the API with the credentials it was given{}",
                emulator.addr(),
                if has_token {
                    "; the admin API (/_emulator/…) wants the admin token".to_owned()
                } else {
                    " and, through /_emulator/…, change every answer and read every call: give --admin-token TOKEN".to_owned()
                }
            );
        }
        // One line, one write (a reader that takes the first line and goes is not
        // written to again): the address last, as scripts read it.
        let stats = emulator.release().stats();
        let intl = emulator
            .intl_release()
            .map(|r| {
                let s = r.stats();
                format!(
                    " and, for Host *.intl.tencentcloudapi.com, the international site's release {} ({} services, {} actions)",
                    r.name, s.services, s.actions
                )
            })
            .unwrap_or_default();
        println!(
            "tc-emulator: serving release {} ({} services, {} actions){intl} on {}",
            emulator.release().name,
            stats.services,
            stats.actions,
            emulator.url()
        );
        if emulator.ca_pem().is_some() {
            println!(
                "tc-emulator: CA certificate in {} (e.g. REQUESTS_CA_BUNDLE={})",
                args.ca_out.display(),
                args.ca_out.display()
            );
        }
        if let Err(e) = signals.recv().await {
            eprintln!("tc-emulator: cannot listen for signals ({e}); stopping");
            return ExitCode::from(1);
        }
        emulator.shutdown().await;
        ExitCode::SUCCESS
    })
}
