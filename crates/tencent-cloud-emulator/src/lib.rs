//! A local Tencent Cloud API server built from the specs: real HTTP, real signatures
//! (verified with `tencent-cloud-core`'s own signing stages), spec validation, example
//! responses with fresh request ids, fault injection and credential stand-ins.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use tencent_cloud_emulator::Emulator;
//!
//! let emulator = Emulator::builder()
//!     .release_path("specs/3.0.1217.1")
//!     .credentials("AKIDexample", "example-key")
//!     .service_default("cvm")
//!     .start()
//!     .await?;
//! println!("TENCENTCLOUD_ENDPOINT={}", emulator.url());
//! // ... call it, then look at what it received:
//! for call in emulator.requests() {
//!     println!("{} {} -> {:?}", call.service, call.action, call.error_code);
//! }
//! emulator.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! # Routing
//! The service comes from the `Host` (`<svc>.tencentcloudapi.com`,
//! `<svc>.<region>.tencentcloudapi.com`), else from the TC3 credential scope, else from
//! the (`X-TC-Version`, `X-TC-Action`) pair when one service has it, else from the
//! `service_default`.
//!
//! # Both sites
//! With an international release ([`Builder::intl_release_path`]; `tc-emulator` loads
//! the newest in `specs/intl/` by default), a request whose `Host` is
//! `*.intl.tencentcloudapi.com` is answered from it, as the international site answers;
//! every other request from the China release. An action only the other site has gets
//! the real API's `InvalidAction`, so an app can be tested against both sites with one
//! emulator. Faults, chosen responses, credentials and the request log are shared.
//!
//! # Replies
//! - The action's first successful example output, with a fresh `RequestId`; without
//!   one, a minimal response synthesised from the output schema. Each is serialised
//!   once and reused.
//! - Paginated actions (see `tencent_cloud_spec::ApiVersion::pagination`): a request
//!   with `Offset` or `Limit` gets that slice of the example's list, with `TotalCount`
//!   the list's length.
//! - Streamed actions (`Stream: true` with a `text/event-stream` example): the events
//!   one by one, [`Builder::stream_interval`] apart.
//!
//! # Endpoints of its own
//! - `GET /_emulator/requests` lists the calls received (`DELETE` clears the list);
//! - `GET|PUT|POST|DELETE /_emulator/faults` reads, replaces, appends to or clears the
//!   fault rules ([`faults`]);
//! - `GET|PUT|POST|DELETE /_emulator/responses` reads, replaces, appends to or clears
//!   the chosen responses ([`canned`]): an action answers with a given `Response`
//!   object or error, optionally `count` times, after the usual checks; a response
//!   must fit the action's response schema (unless the rule says `"broken": true`);
//! - [`Builder::require_region`] (`--require-region`) answers `MissingParameter` to calls
//!   without a region, as regional services do; a region Tencent does not have
//!   (`ap-nowhere`) gets `InvalidParameterValue`, as at Tencent ([`Builder::region`]
//!   adds one, [`Builder::any_region`] accepts any); the request log shows each call's
//!   region and language, and calls whose client went away before the answer (during
//!   injected latency) as `abandoned`;
//! - `GET /latest/meta-data/cam/security-credentials/[ROLE]` (also without `/latest`):
//!   the CVM metadata role endpoints, issuing temporary credentials the emulator accepts;
//! - STS `AssumeRole`, `AssumeRoleWithWebIdentity`, `AssumeRoleWithSAML` and
//!   `GetFederationToken` issue temporary credentials the emulator accepts;
//! - `POST /api/org/gen_saml_response` and `POST /api/sts/assume_role_with_saml`: the
//!   tccli SSO endpoints (`cli.cloud.tencent.com`), for `tccli sso` profiles.
//!
//! # The admin API (`/_emulator/…`) and browsers
//! A web page open in the developer's browser must not drive the emulator. So the admin
//! endpoints refuse any request with an `Origin` header, any write (`PUT`, `POST`) whose
//! `Content-Type` is not `application/json`, and, when the emulator listens on a
//! loopback address (the default), any `Host` other than `localhost`, `127.x.x.x` or
//! `[::1]` (DNS rebinding). Listening beyond loopback is warned about; give
//! [`Builder::admin_token`] then, and send `Authorization: Bearer TOKEN`.
//!
//! # Memory
//! Large request bodies are held against one budget ([`Builder::body_memory`]), weighed
//! by what parsing them costs (a JSON list of small numbers takes 32 times its text);
//! replies serialised for one call (pages of a list) are held against it too until the
//! client has taken them. Example and chosen answers are serialised once and shared.

#![warn(missing_docs)]

mod auth;
pub mod canned;
pub mod error;
pub mod faults;
mod handler;
mod log;
mod respond;
mod site;
mod tls;
pub mod validate;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use tencent_cloud_spec::Release;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use canned::CannedResponse;
pub use error::{ApiError, StartError};
pub use faults::{Fault, FaultRule};
pub(crate) use log::CallLog;
pub use log::{LOG_BYTES, LOG_CAPACITY, RecordedCall};
pub use respond::request_id;

pub(crate) struct State {
    /// The China site's release: every request not for the international site.
    pub(crate) china: site::Specs,
    /// The international site's release, if loaded: requests to
    /// `*.intl.tencentcloudapi.com`.
    pub(crate) intl: Option<site::Specs>,
    pub(crate) service_default: Option<String>,
    pub(crate) credentials: RwLock<auth::Store>,
    pub(crate) faults: Mutex<Vec<FaultRule>>,
    /// Answers chosen at run time (`/_emulator/responses`), serialised.
    pub(crate) responses: Mutex<Vec<canned::Rule>>,
    /// Answer `MissingParameter` to calls without a region, as regional services do.
    pub(crate) require_region: bool,
    /// The regions calls may name; `None`: any.
    pub(crate) regions: Option<std::collections::HashSet<String>>,
    /// Listening on a loopback address: the admin API answers loopback `Host`s only.
    pub(crate) loopback: bool,
    /// The token admin requests must carry, if any.
    pub(crate) admin_token: Option<String>,
    pub(crate) log: Mutex<CallLog>,
    pub(crate) limits: Limits,
    pub(crate) seq: std::sync::atomic::AtomicU64,
    pub(crate) role_name: String,
    pub(crate) access_log: bool,
    /// SAML assertions issued by the SSO stand-in, not used yet (at most
    /// `MAX_ISSUED`).
    pub(crate) saml: Mutex<std::collections::HashSet<String>>,
    /// Temporary SecretIds issued by the stand-ins, oldest first (at most `MAX_ISSUED`).
    pub(crate) issued: Mutex<std::collections::VecDeque<String>>,
    /// Pause between the events of a streamed reply.
    pub(crate) stream_interval: std::time::Duration,
    /// Bytes of request bodies over `handler::SMALL_BODY` (weighed by their parse cost)
    /// and of replies serialised for one call held at once ([`Builder::body_memory`]),
    /// one permit a byte.
    pub(crate) body_budget: Arc<tokio::sync::Semaphore>,
}

/// Tencent Cloud's regions (its public region list), for [`Builder::any_region`]'s
/// default check; the release's own cvm `DescribeRegions` example adds any it names.
pub const KNOWN_REGIONS: &[&str] = &[
    "ap-bangkok",
    "ap-beijing",
    "ap-beijing-fsi",
    "ap-changsha-ec",
    "ap-chengdu",
    "ap-chongqing",
    "ap-fuzhou-ec",
    "ap-guangzhou",
    "ap-guangzhou-open",
    "ap-hangzhou-ec",
    "ap-hefei-ec",
    "ap-hongkong",
    "ap-jakarta",
    "ap-jinan-ec",
    "ap-mumbai",
    "ap-nanjing",
    "ap-qingyuan",
    "ap-seoul",
    "ap-shanghai",
    "ap-shanghai-adc",
    "ap-shanghai-fsi",
    "ap-shenyang-ec",
    "ap-shenzhen",
    "ap-shenzhen-fsi",
    "ap-shijiazhuang-ec",
    "ap-singapore",
    "ap-taipei",
    "ap-tianjin",
    "ap-tokyo",
    "ap-wuhan-ec",
    "ap-xian-ec",
    "ap-xibei-ec",
    "ap-zhengzhou-ec",
    "eu-frankfurt",
    "eu-moscow",
    "na-ashburn",
    "na-siliconvalley",
    "na-toronto",
    "sa-saopaulo",
];

/// The regions of the release's cvm `DescribeRegions` example answers.
fn example_regions(release: &Release) -> Vec<String> {
    let Some(cvm) = release.service("cvm") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for api in cvm.versions.values() {
        for e in api.examples_of("DescribeRegions") {
            if let Ok(tencent_cloud_spec::ExampleOutput::Json(v)) = &e.output
                && let Some(set) = v["Response"]["RegionSet"].as_array()
            {
                out.extend(
                    set.iter()
                        .filter_map(|r| r["Region"].as_str())
                        .map(str::to_owned),
                );
            }
        }
    }
    out
}

impl State {
    fn new(release: Arc<Release>, intl: Option<Arc<Release>>, b: &Builder, loopback: bool) -> Self {
        let mut store = auth::Store::new();
        for (id, key, token) in &b.credentials {
            store.insert(
                id.clone(),
                auth::Known {
                    secret_key: key.clone(),
                    token: token.clone(),
                },
            );
        }
        let regions = (!b.any_region).then(|| {
            KNOWN_REGIONS
                .iter()
                .map(|r| (*r).to_owned())
                .chain(example_regions(&release))
                .chain(intl.iter().flat_map(|r| example_regions(r)))
                .chain(b.regions.iter().cloned())
                .collect()
        });
        State {
            china: site::Specs::new(release),
            intl: intl.map(site::Specs::new),
            service_default: b.service_default.clone(),
            credentials: RwLock::new(store),
            faults: Mutex::new(b.faults.clone()),
            responses: Mutex::new(b.responses.iter().cloned().map(canned::Rule::new).collect()),
            require_region: b.require_region,
            regions,
            loopback,
            admin_token: b.admin_token.clone(),
            log: Mutex::new(CallLog::default()),
            seq: std::sync::atomic::AtomicU64::new(0),
            role_name: b.role_name.clone(),
            access_log: b.access_log,
            saml: Mutex::new(std::collections::HashSet::new()),
            issued: Mutex::new(std::collections::VecDeque::new()),
            stream_interval: b.stream_interval,
            body_budget: Arc::new(tokio::sync::Semaphore::new(
                b.limits
                    .body_memory
                    .min(tokio::sync::Semaphore::MAX_PERMITS),
            )),
            limits: b.limits,
        }
    }

    /// The site a request to `host` is answered by.
    pub(crate) fn site(&self, host: &str) -> &site::Specs {
        match &self.intl {
            Some(intl) if site::is_intl_host(host) => intl,
            _ => &self.china,
        }
    }

    /// The site a request to `host` is not answered by, if both are served.
    pub(crate) fn other_site(&self, host: &str) -> Option<&site::Specs> {
        let intl = self.intl.as_ref()?;
        Some(if site::is_intl_host(host) {
            &self.china
        } else {
            intl
        })
    }
}

/// The emulator, not started yet. See [`Emulator::builder`].
pub struct Emulator;

impl Emulator {
    /// A builder: set a release and at least one credential, then [`Builder::start`].
    pub fn builder() -> Builder {
        Builder::default()
    }
}

enum ReleaseSource {
    None,
    Path(PathBuf),
    Loaded(Arc<Release>),
}

/// Configures and starts an emulator.
pub struct Builder {
    release: ReleaseSource,
    intl: ReleaseSource,
    credentials: Vec<(String, String, Option<String>)>,
    service_default: Option<String>,
    listen: String,
    faults: Vec<FaultRule>,
    responses: Vec<canned::CannedResponse>,
    require_region: bool,
    regions: Vec<String>,
    any_region: bool,
    admin_token: Option<String>,
    role_name: String,
    access_log: bool,
    tls: Option<Vec<String>>,
    stream_interval: std::time::Duration,
    limits: Limits,
}

/// How long clients may take, how many may connect at once and how much of their
/// bodies is held at once.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub(crate) header_timeout: std::time::Duration,
    pub(crate) body_timeout: std::time::Duration,
    pub(crate) max_connections: usize,
    pub(crate) body_memory: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: handler::HEADER_TIMEOUT,
            body_timeout: handler::BODY_TIMEOUT,
            max_connections: handler::MAX_CONNECTIONS,
            body_memory: handler::BODY_MEMORY,
        }
    }
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            release: ReleaseSource::None,
            intl: ReleaseSource::None,
            credentials: Vec::new(),
            service_default: None,
            listen: "127.0.0.1:0".into(),
            faults: Vec::new(),
            responses: Vec::new(),
            require_region: false,
            regions: Vec::new(),
            any_region: false,
            admin_token: None,
            role_name: "emulator-role".into(),
            access_log: false,
            tls: None,
            stream_interval: std::time::Duration::ZERO,
            limits: Limits::default(),
        }
    }
}

impl std::fmt::Debug for Builder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Builder")
            .field(
                "secret_ids",
                &self.credentials.iter().map(|c| &c.0).collect::<Vec<_>>(),
            )
            .field("service_default", &self.service_default)
            .field("listen", &self.listen)
            .finish_non_exhaustive()
    }
}

impl Builder {
    /// How long a client may take to send a request's headers, or to start its next
    /// request on a kept-alive connection, before it is disconnected (default 30 s).
    pub fn header_timeout(mut self, d: std::time::Duration) -> Self {
        self.limits.header_timeout = d;
        self
    }

    /// How long a client may take to send a request's body before it is answered 408
    /// (default 60 s), and how long it may leave a response unread (no byte of it
    /// taken) before it is disconnected.
    pub fn body_timeout(mut self, d: std::time::Duration) -> Self {
        self.limits.body_timeout = d;
        self
    }

    /// How many bytes of request bodies larger than 64 KiB are held at once, all
    /// connections together (default 256 MiB): a body that would go over is answered
    /// 503 `RequestLimitExceeded` (which SDKs retry) before it is read. Just before a
    /// JSON body is parsed (after the signature is checked), it holds what parsing it
    /// costs (its text plus 64 bytes a value): one heavier than the whole budget is
    /// answered `RequestSizeLimitExceeded`, one that does not fit now
    /// `RequestLimitExceeded`. Replies serialised for one call (pages of a list) over
    /// 64 KiB are held against it too, until the client has taken them (else 503
    /// `RequestLimitExceeded`). Smaller bodies and replies are not counted.
    pub fn body_memory(mut self, bytes: usize) -> Self {
        self.limits.body_memory = bytes;
        self
    }

    /// How many connections are served at once (default 1024). At the cap, the
    /// connection that has waited longest for a request (idle, or its head still
    /// arriving) is closed to make room; when every one is serving a request, new ones
    /// wait in the listen backlog until one closes.
    pub fn max_connections(mut self, n: usize) -> Self {
        self.limits.max_connections = n.max(1);
        self
    }

    /// Loads the release from this directory (`specs/3.0.1217.1`) at start.
    pub fn release_path(mut self, dir: impl Into<PathBuf>) -> Self {
        self.release = ReleaseSource::Path(dir.into());
        self
    }
    /// Serves an already loaded release (share one between emulators in tests).
    pub fn release(mut self, release: Arc<Release>) -> Self {
        self.release = ReleaseSource::Loaded(release);
        self
    }
    /// Also serves the international site from this tccli-intl-en release
    /// (`specs/intl/3.1.193.1`), loaded at start: requests whose `Host` is
    /// `*.intl.tencentcloudapi.com` are answered from it, all others from
    /// [`Builder::release_path`]'s.
    pub fn intl_release_path(mut self, dir: impl Into<PathBuf>) -> Self {
        self.intl = ReleaseSource::Path(dir.into());
        self
    }
    /// [`Builder::intl_release_path`] with an already loaded release.
    pub fn intl_release(mut self, release: Arc<Release>) -> Self {
        self.intl = ReleaseSource::Loaded(release);
        self
    }
    /// Accepts requests signed with this permanent key pair (may be given several times).
    pub fn credentials(
        mut self,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        self.credentials
            .push((secret_id.into(), secret_key.into(), None));
        self
    }
    /// Accepts requests signed with this temporary key pair, which must carry `token`
    /// (else `AuthFailure.TokenFailure`).
    pub fn temporary_credentials(
        mut self,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
        token: impl Into<String>,
    ) -> Self {
        self.credentials
            .push((secret_id.into(), secret_key.into(), Some(token.into())));
        self
    }
    /// The service for requests whose host, scope and version do not name one.
    pub fn service_default(mut self, service: impl Into<String>) -> Self {
        self.service_default = Some(service.into());
        self
    }
    /// The address to listen on (default `127.0.0.1:0`, an ephemeral port).
    pub fn listen(mut self, addr: impl Into<String>) -> Self {
        self.listen = addr.into();
        self
    }
    /// Initial fault rules.
    pub fn faults(mut self, rules: Vec<FaultRule>) -> Self {
        self.faults = rules;
        self
    }
    /// Initial chosen responses (see [`canned`]; `/_emulator/responses` changes them).
    /// [`Builder::start`] refuses rules [`canned::check`] refuses.
    pub fn responses(mut self, rules: Vec<CannedResponse>) -> Self {
        self.responses = rules;
        self
    }
    /// Answers `MissingParameter` to API calls that name no region (neither
    /// `X-TC-Region` nor `Region`), as Tencent's regional services do. Off by default.
    pub fn require_region(mut self, on: bool) -> Self {
        self.require_region = on;
        self
    }
    /// One more region calls may name (repeatable), besides [`KNOWN_REGIONS`] and those of
    /// the release's cvm `DescribeRegions` example.
    pub fn region(mut self, name: impl Into<String>) -> Self {
        self.regions.push(name.into());
        self
    }
    /// Accepts any region (off by default: a region Tencent does not have gets
    /// `InvalidParameterValue`, as at Tencent).
    pub fn any_region(mut self, on: bool) -> Self {
        self.any_region = on;
        self
    }
    /// Requires `Authorization: Bearer TOKEN` on every `/_emulator/…` request. Give one
    /// when listening beyond loopback: then any `Host` is accepted, and anyone who can
    /// reach the port could otherwise change the emulator's answers.
    pub fn admin_token(mut self, token: impl Into<String>) -> Self {
        self.admin_token = Some(token.into());
        self
    }
    /// The CAM role name the metadata stand-in reports (default `emulator-role`).
    pub fn role_name(mut self, name: impl Into<String>) -> Self {
        self.role_name = name.into();
        self
    }
    /// Serves https with a CA and a leaf certificate generated at start (for `localhost`,
    /// `127.0.0.1`, `::1`, `tencentcloudapi.com`, `*.tencentcloudapi.com`,
    /// `*.intl.tencentcloudapi.com` and `extra_names`); the CA is
    /// [`RunningEmulator::ca_pem`].
    pub fn tls(mut self, extra_names: Vec<String>) -> Self {
        self.tls = Some(extra_names);
        self
    }
    /// The pause between the events of a streamed (SSE) reply, such as hunyuan
    /// `ChatCompletions` with `Stream: true` (default none: each event is still its own
    /// chunk).
    pub fn stream_interval(mut self, interval: std::time::Duration) -> Self {
        self.stream_interval = interval;
        self
    }
    /// Logs every call (one `tracing` INFO line, no secrets) when true.
    pub fn access_log(mut self, on: bool) -> Self {
        self.access_log = on;
        self
    }

    /// Loads the release if needed, binds and starts serving.
    pub async fn start(self) -> Result<RunningEmulator, StartError> {
        async fn load(source: &ReleaseSource) -> Result<Option<Arc<Release>>, StartError> {
            Ok(match source {
                ReleaseSource::None => None,
                ReleaseSource::Loaded(r) => Some(r.clone()),
                ReleaseSource::Path(p) => {
                    let p = p.clone();
                    let loaded = tokio::task::spawn_blocking(move || Release::load(p))
                        .await
                        .map_err(|e| StartError::Config(format!("release loader failed: {e}")))??;
                    Some(Arc::new(loaded))
                }
            })
        }
        let Some(release) = load(&self.release).await? else {
            return Err(StartError::Config(
                "no release: call release_path() or release()".into(),
            ));
        };
        // One after the other: the peak holds one release's JSON text at a time.
        let intl = load(&self.intl).await?;
        if let Some(s) = &self.service_default
            && release.service(s).is_none()
            && intl.as_ref().is_none_or(|i| i.service(s).is_none())
        {
            return Err(StartError::Config(format!(
                "default service {s:?} is not in release {}",
                release.name
            )));
        }
        if self.credentials.is_empty() {
            return Err(StartError::Config(
                "no credentials: call credentials(id, key)".into(),
            ));
        }
        for (id, key, _) in &self.credentials {
            if id.is_empty() || key.is_empty() {
                return Err(StartError::Config(
                    "a SecretId or SecretKey is empty".into(),
                ));
            }
        }
        if self.admin_token.as_ref().is_some_and(String::is_empty) {
            return Err(StartError::Config("the admin token is empty".into()));
        }
        canned::check_sites(&release, intl.as_deref(), &self.responses)
            .map_err(|e| StartError::Config(format!("chosen responses: {e}")))?;
        let listener =
            TcpListener::bind(&self.listen)
                .await
                .map_err(|source| StartError::Bind {
                    addr: self.listen.clone(),
                    source,
                })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: self.listen.clone(),
            source,
        })?;
        let tls = match &self.tls {
            Some(names) => Some(tls::generate(names)?),
            None => None,
        };
        let loopback = addr.ip().to_canonical().is_loopback();
        if !loopback {
            tracing::warn!(
                "listening on {addr}, beyond loopback: anyone who can reach it can call the API{}",
                if self.admin_token.is_some() {
                    ""
                } else {
                    " and change its answers (/_emulator/…): give an admin token"
                }
            );
        }
        let state = Arc::new(State::new(release, intl, &self, loopback));
        let (stop_tx, stop_rx) = watch::channel(false);
        let acceptor = tls
            .as_ref()
            .map(|t| tokio_rustls::TlsAcceptor::from(t.config.clone()));
        let task = tokio::spawn(handler::serve(listener, state.clone(), stop_rx, acceptor));
        Ok(RunningEmulator {
            addr,
            ca_pem: tls.map(|t| t.ca_pem),
            state,
            stop: stop_tx,
            task: Mutex::new(Some(task)),
        })
    }
}

/// A running emulator. Dropping it stops accepting connections.
pub struct RunningEmulator {
    addr: SocketAddr,
    ca_pem: Option<String>,
    state: Arc<State>,
    stop: watch::Sender<bool>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for RunningEmulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningEmulator")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl RunningEmulator {
    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// Whether it listens beyond loopback (`0.0.0.0`, a LAN address): then anyone who
    /// can reach the port can call it.
    pub fn beyond_loopback(&self) -> bool {
        !self.state.loopback
    }
    /// `http://127.0.0.1:PORT` (`https://` with TLS): use it as `TENCENTCLOUD_ENDPOINT`.
    pub fn url(&self) -> String {
        let scheme = if self.ca_pem.is_some() {
            "https"
        } else {
            "http"
        };
        format!("{scheme}://{}", self.addr)
    }
    /// The generated CA certificate (PEM) when serving TLS.
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }
    /// The release served (the China site's).
    pub fn release(&self) -> &Release {
        &self.state.china.release
    }
    /// The international site's release, if served.
    pub fn intl_release(&self) -> Option<&Release> {
        self.state.intl.as_ref().map(|s| &*s.release)
    }
    /// The calls received so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedCall> {
        handler::lock(&self.state.log).iter().collect()
    }
    /// Forgets the calls received so far.
    pub fn clear_requests(&self) {
        handler::lock(&self.state.log).clear();
    }
    /// Replaces the fault rules.
    pub fn set_faults(&self, rules: Vec<FaultRule>) {
        *handler::lock(&self.state.faults) = rules;
    }
    /// The fault rules, with their remaining counts.
    pub fn faults(&self) -> Vec<FaultRule> {
        handler::lock(&self.state.faults).clone()
    }
    /// Accepts another permanent key pair from now on.
    pub fn add_credentials(&self, secret_id: impl Into<String>, secret_key: impl Into<String>) {
        handler::add_credential(&self.state, secret_id.into(), secret_key.into(), None);
    }
    /// Stops accepting connections and waits for the accept loop to end. Connections
    /// already open finish their current request.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let task = handler::lock(&self.task).take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}
