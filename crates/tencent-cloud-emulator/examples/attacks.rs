//! The hardening issues' attacks on the emulator (findings 1, 5, 6, 9 and 12; and round
//! three's N3, N4 and N8, issue 25), re-run against today's emulator: its RSS and the
//! time each attack takes, as a markdown table beside the figures the issue reported.
//!
//! ```sh
//! cargo run --release -p tencent-cloud-emulator --example attacks
//! cargo run --release -p tencent-cloud-emulator --example attacks -- --only round3
//! ```
//!
//! Each attack gets a fresh emulator: this program run again with `--serve`, so that the
//! memory measured (`VmRSS`, and `VmHWM` for the peak, from `/proc/<pid>/status`) is the
//! emulator's alone. It serves cvm and sts of `specs/3.0.1217.1` (and, for finding 12, a
//! one-action service with the bad spec), with the default limits (30 s header timeout,
//! 60 s body timeout, 1,024 connections) unless a row says otherwise. The timed attacks
//! wait out those defaults and run side by side: about two minutes in all. Linux only.
//!
//! "RSS" is the emulator's peak during the attack (`VmHWM`) and what it still held
//! after (`VmRSS`), both less what it held before. Rows marked "new" are attacks found
//! while writing this; their "before" figures were measured with this program on the
//! commit before the fix (e5495c2). Round three's "before" figures were measured with
//! this program (`--only round3`) on d85dd09, the commit before its fixes.

use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tencent_cloud_core::Credential;
use tencent_cloud_core::sign::tc3;
use tencent_cloud_emulator::Emulator;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ID: &str = "AKIDattacksEXAMPLE";
const KEY: &str = "attacks-secret-key";
const SPECS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/3.0.1217.1");
/// What a non-browser client (curl, a test) sends to the admin API.
const JSON: &[(&str, &str)] = &[("content-type", "application/json")];

// ---------------------------------------------------------------------------------------
// The emulator under attack: a child process.

/// `--serve DIR [--header-timeout S] [--body-timeout S] [--max-connections N]
/// [--nofile N]`: runs an emulator, prints its URL, stops when stdin closes.
fn serve(args: &[String]) -> ExitCode {
    let opt = |name: &str| {
        args.windows(2)
            .find(|w| w[0] == name)
            .and_then(|w| w[1].parse::<u64>().ok())
    };
    let Some(dir) = args.first() else {
        eprintln!("--serve DIR");
        return ExitCode::from(2);
    };
    if let Some(n) = opt("--nofile") {
        let lim = libc::rlimit {
            rlim_cur: n,
            rlim_max: n,
        };
        // SAFETY: a plain struct passed by pointer, read by the call.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &lim) } != 0 {
            eprintln!("setrlimit: {}", std::io::Error::last_os_error());
            return ExitCode::from(1);
        }
    }
    let Ok(rt) = tokio::runtime::Runtime::new() else {
        return ExitCode::from(1);
    };
    rt.block_on(async {
        let mut b = Emulator::builder()
            .release_path(dir)
            .credentials(ID, KEY)
            .listen("127.0.0.1:0");
        if let Some(s) = opt("--header-timeout") {
            b = b.header_timeout(Duration::from_secs(s));
        }
        if let Some(s) = opt("--body-timeout") {
            b = b.body_timeout(Duration::from_secs(s));
        }
        if let Some(n) = opt("--max-connections") {
            b = b.max_connections(n as usize);
        }
        let emu = match b.start().await {
            Ok(e) => e,
            Err(e) => {
                eprintln!("start: {e}");
                return ExitCode::from(1);
            }
        };
        println!("{}", emu.addr());
        // Until the parent closes stdin (or dies).
        let _ = tokio::task::spawn_blocking(|| {
            let mut sink = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut sink);
        })
        .await;
        ExitCode::SUCCESS
    })
}

/// A running emulator process.
struct Emu {
    child: Child,
    addr: SocketAddr,
}

#[derive(Clone, Copy, Debug, Default)]
struct Mem {
    /// MiB.
    rss: f64,
    /// MiB, the peak so far.
    hwm: f64,
}

impl Emu {
    fn start(release: &Path, extra: &[&str]) -> Emu {
        let mut child = Command::new(std::env::current_exe().expect("own path"))
            .arg("--serve")
            .arg(release)
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn the emulator");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("read its address");
        let addr = line.trim().parse().expect("an address");
        Emu { child, addr }
    }

    fn mem(&self) -> Mem {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
                .map_or(0.0, |kb| kb / 1024.0)
        };
        Mem {
            rss: field("VmRSS:"),
            hwm: field("VmHWM:"),
        }
    }

    fn alive(&self) -> bool {
        std::fs::metadata(format!("/proc/{}/status", self.child.id())).is_ok()
            && !std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
                .unwrap_or_default()
                .contains("State:\tZ")
    }
}

impl Drop for Emu {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Peak and kept memory of an attack, each less the memory before it.
fn rss_cell(before: Mem, after: Mem) -> String {
    format!(
        "peak +{:.0} MB, kept +{:.0} MB",
        (after.hwm - before.rss).max(0.0),
        (after.rss - before.rss).max(0.0)
    )
}

// ---------------------------------------------------------------------------------------
// Clients.

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// An HTTP/1.1 request with `connection: close` (or keep-alive) and a content-length.
fn http(
    method: &str,
    target: &str,
    host: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    close: bool,
) -> Vec<u8> {
    let mut head = format!("{method} {target} HTTP/1.1\r\nhost: {host}\r\n");
    for (n, v) in headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    if close {
        head.push_str("connection: close\r\n");
    }
    head.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
    let mut out = head.into_bytes();
    out.extend_from_slice(body);
    out
}

/// A TC3-signed call.
fn signed(service: &str, action: &str, version: &str, body: &str, close: bool) -> Vec<u8> {
    let cred = Credential::new(ID, KEY);
    let host = format!("{service}.tencentcloudapi.com");
    let mut req = tc3::SigningRequest::new(&cred, service, &host, action, version, now());
    req.payload = tc3::Payload::Bytes(body.as_bytes());
    let out = tc3::sign(&req).expect("sign");
    let mut headers = vec![("content-type", "application/json".to_owned())];
    headers.extend(out.headers.iter().map(|(n, v)| (*n, v.clone())));
    let refs: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    http("POST", "/", &host, &refs, body.as_bytes(), close)
}

/// Status and body of one exchange on a fresh connection (the request says
/// `connection: close`), or why there was none.
async fn exchange(addr: SocketAddr, req: &[u8], within: Duration) -> Result<(u16, String), String> {
    let work = async {
        let mut sock = TcpStream::connect(addr)
            .await
            .map_err(|e| format!("connect: {e}"))?;
        // The server may answer (413) and close before the body is all sent.
        let _ = sock.write_all(req).await;
        let mut out = Vec::new();
        let _ = sock.read_to_end(&mut out).await;
        Ok(parse_response(&out))
    };
    tokio::time::timeout(within, work)
        .await
        .map_err(|_| format!("no answer within {within:?}"))?
}

fn parse_response(raw: &[u8]) -> (u16, String) {
    let text = String::from_utf8_lossy(raw);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// The Tencent error code of a response body, or `ok`.
fn code(body: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    v["Response"]["Error"]["Code"]
        .as_str()
        .map_or_else(|| "ok".to_owned(), str::to_owned)
}

fn outcome(r: &Result<(u16, String), String>) -> String {
    match r {
        Ok((s, b)) => format!("{s} {}", code(b)),
        Err(e) => e.clone(),
    }
}

/// Reads one response of known content-length on a kept-alive connection.
async fn read_one(sock: &mut TcpStream, buf: &mut Vec<u8>) -> std::io::Result<u16> {
    buf.clear();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        let n = sock.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..i]).into_owned();
            let len: usize = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse().ok())?
                })
                .unwrap_or(0);
            if buf.len() >= i + 4 + len {
                return Ok(head
                    .split(' ')
                    .nth(1)
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0));
            }
        }
    }
}

/// Sends `req` `n` times on one kept-alive connection; the statuses seen.
async fn repeat(addr: SocketAddr, req: &[u8], n: usize) -> std::io::Result<Vec<u16>> {
    let mut sock = TcpStream::connect(addr).await?;
    let mut buf = Vec::new();
    let mut seen = Vec::new();
    for _ in 0..n {
        sock.write_all(req).await?;
        let s = read_one(&mut sock, &mut buf).await?;
        if !seen.contains(&s) {
            seen.push(s);
        }
    }
    Ok(seen)
}

fn secs(d: Duration) -> String {
    if d < Duration::from_millis(10) {
        format!("{:.2} ms", d.as_secs_f64() * 1e3)
    } else if d < Duration::from_secs(1) {
        format!("{:.0} ms", d.as_secs_f64() * 1e3)
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

// ---------------------------------------------------------------------------------------
// The attacks.

struct Row {
    finding: &'static str,
    attack: String,
    before: &'static str,
    rss: String,
    time: String,
    outcome: String,
}

/// Unsigned form: `P{i}.10000.Q.10000=x` params up to `len` bytes, a real SecretId, a
/// fresh timestamp and a made-up `Signature`.
fn form_bomb(len: usize) -> Vec<u8> {
    let mut f = format!(
        "Action=DescribeInstances&Version=2017-03-12&SecretId={ID}&Timestamp={}&Nonce=1&Signature=fake",
        now()
    );
    let mut i = 0;
    while f.len() < len {
        f.push_str(&format!("&P{i}.10000.Q.10000=x"));
        i += 1;
    }
    http(
        "POST",
        "/",
        "cvm.tencentcloudapi.com",
        &[("content-type", "application/x-www-form-urlencoded")],
        f.as_bytes(),
        true,
    )
}

async fn finding1_form(release: &Path, len: usize, count: usize, before: &'static str) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let req = form_bomb(len);
    let t = Instant::now();
    let mut last = Err(String::new());
    for _ in 0..count {
        last = exchange(emu.addr, &req, Duration::from_secs(120)).await;
    }
    let time = t.elapsed();
    Row {
        finding: "1",
        attack: format!(
            "{count} unsigned {} KB form request{} (`P<i>.10000.Q.10000=x`, fake `Signature=`)",
            len / 1024,
            if count > 1 { "s" } else { "" }
        ),
        before,
        rss: rss_cell(m0, emu.mem()),
        time: secs(time),
        outcome: format!("{}; alive: {}", outcome(&last), emu.alive()),
    }
}

/// A TC3 `Authorization` with a made-up signature: such a call may send 10 MiB.
const FAKE_TC3: &str = "TC3-HMAC-SHA256 Credential=AKIDattacksEXAMPLE/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00";

/// `{"X":[0,0,...]}` of about `len` bytes.
fn zeros_json(len: usize) -> Vec<u8> {
    let n = (len - 8) / 2;
    let mut b = Vec::with_capacity(len);
    b.extend_from_slice(b"{\"X\":[");
    for i in 0..n {
        b.extend_from_slice(if i + 1 == n { b"0" } else { b"0," });
    }
    b.extend_from_slice(b"]}");
    b
}

async fn finding1_skip(
    release: &Path,
    auth: &str,
    service: &str,
    action: &str,
    version: &str,
    before: &'static str,
) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let body = zeros_json(10_000_000);
    let host = format!("{service}.tencentcloudapi.com");
    let req = http(
        "POST",
        "/",
        &host,
        &[
            ("content-type", "application/json"),
            ("authorization", auth),
            ("x-tc-action", action),
            ("x-tc-version", version),
            ("x-tc-timestamp", &now().to_string()),
        ],
        &body,
        true,
    );
    let t = Instant::now();
    let mut last = Err(String::new());
    for _ in 0..8 {
        last = exchange(emu.addr, &req, Duration::from_secs(120)).await;
    }
    let scheme = if auth == "SKIP" {
        "`Authorization: SKIP`"
    } else {
        "a made-up TC3 signature"
    };
    Row {
        finding: if auth == "SKIP" { "1" } else { "1 (new)" },
        attack: format!(
            "8 JSON bodies of 10 MB (`{{\"X\":[0,0,…]}}`), {scheme}, {service} {action}"
        ),
        before,
        rss: rss_cell(m0, emu.mem()),
        time: secs(t.elapsed()),
        outcome: outcome(&last),
    }
}

/// New: 64 unsigned STS calls of 1 MB (`AssumeRoleWithWebIdentity` takes
/// `Authorization: SKIP`), which the log keeps: 64 MiB of it, counted as JSON.
async fn skip_sts_logged(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let req = http(
        "POST",
        "/",
        "sts.tencentcloudapi.com",
        &[
            ("content-type", "application/json"),
            ("authorization", "SKIP"),
            ("x-tc-action", "AssumeRoleWithWebIdentity"),
            ("x-tc-version", "2018-08-13"),
        ],
        &zeros_json(1_000_000),
        false,
    );
    let t = Instant::now();
    let seen = repeat(emu.addr, &req, 64).await.unwrap_or_default();
    Row {
        finding: "1 (new)",
        attack: "64 JSON bodies of 1 MB (`{\"X\":[0,0,…]}`), `Authorization: SKIP`, sts AssumeRoleWithWebIdentity (accepted unsigned, logged)".into(),
        before: "e5495c2: peak +1,023 MB, kept +1,023 MB",
        rss: rss_cell(m0, emu.mem()),
        time: secs(t.elapsed()),
        outcome: format!("statuses {seen:?}"),
    }
}

/// New: 1,000 connections that send 300 KB of headers and never finish them.
async fn big_heads(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let n = 1000;
    let t = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..n {
        let addr = emu.addr;
        tasks.push(tokio::spawn(async move {
            let mut s = TcpStream::connect(addr).await.ok()?;
            let mut head = b"GET / HTTP/1.1\r\nhost: x\r\n".to_vec();
            for i in 0..30 {
                head.extend_from_slice(format!("x-h{i}: {}\r\n", "a".repeat(10_000)).as_bytes());
            }
            let _ = s.write_all(&head).await;
            let mut out = Vec::new();
            let _ = tokio::time::timeout(Duration::from_secs(60), s.read_to_end(&mut out)).await;
            Some(parse_response(&out).0)
        }));
    }
    tokio::time::sleep(Duration::from_secs(5)).await;
    let during = emu.mem();
    let mut statuses: Vec<(u16, usize)> = Vec::new();
    for task in tasks {
        let s = task.await.ok().flatten().unwrap_or(0);
        match statuses.iter_mut().find(|(k, _)| *k == s) {
            Some((_, c)) => *c += 1,
            None => statuses.push((s, 1)),
        }
    }
    statuses.sort();
    Row {
        finding: "5 (new)",
        attack: format!("{n} connections each send 300 KB of headers and never finish"),
        before: "e5495c2: +302 MB 5 s in; all held until the 30 s header timeout",
        rss: format!(
            "{} (5 s in: +{:.0} MB)",
            rss_cell(m0, emu.mem()),
            during.rss - m0.rss
        ),
        time: format!("all answered or closed by {}", secs(t.elapsed())),
        outcome: statuses
            .iter()
            .map(|(s, c)| {
                format!(
                    "{c}× {}",
                    if *s == 0 {
                        "closed".to_owned()
                    } else {
                        s.to_string()
                    }
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// New: 10 MB v1 (form-signed) bodies of tiny params, four at once.
async fn unsigned_big_form(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let mut f = format!(
        "Action=DescribeRegions&Version=2017-03-12&SecretId={ID}&Timestamp={}&Nonce=1&Signature=fake",
        now()
    );
    while f.len() < 10_000_000 {
        f.push_str("&a=b");
    }
    let req = Arc::new(http(
        "POST",
        "/",
        "cvm.tencentcloudapi.com",
        &[("content-type", "application/x-www-form-urlencoded")],
        f.as_bytes(),
        true,
    ));
    let t = Instant::now();
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let req = req.clone();
            let addr = emu.addr;
            tokio::spawn(async move { exchange(addr, &req, Duration::from_secs(120)).await })
        })
        .collect();
    let mut last = Err(String::new());
    for t in tasks {
        last = t.await.unwrap_or_else(|e| Err(e.to_string()));
    }
    Row {
        finding: "1 (new)",
        attack: "4 unsigned 10 MB v1 form bodies at once (`&a=b` × 2.5 M, fake `Signature=`)"
            .into(),
        before: "e5495c2: peak +1,316 to +1,462 MB, kept +645 MB",
        rss: rss_cell(m0, emu.mem()),
        time: secs(t.elapsed()),
        outcome: outcome(&last),
    }
}

/// A good call's latency, on a fresh connection, while something else goes on.
async fn good_call(addr: SocketAddr, within: Duration) -> (Duration, String) {
    let req = signed("cvm", "DescribeRegions", "2017-03-12", "{}", true);
    let t = Instant::now();
    let r = exchange(addr, &req, within).await;
    (t.elapsed(), outcome(&r))
}

/// Finding 5: `n` connections that send part of a header block, then (when `trickle`)
/// one more header byte a second. Returns when the server has closed them all (or
/// `give_up` passes).
async fn slowloris(
    release: &Path,
    n: usize,
    trickle: bool,
    extra: &[&str],
    attack: String,
    before: &'static str,
) -> Row {
    let emu = Emu::start(release, extra);
    let m0 = emu.mem();
    let give_up = Duration::from_secs(100);
    let mut tasks = Vec::new();
    for _ in 0..n {
        let addr = emu.addr;
        tasks.push(tokio::spawn(async move {
            let Ok(mut s) = TcpStream::connect(addr).await else {
                return None;
            };
            let start = Instant::now();
            if s.write_all(b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\nx-slow: ")
                .await
                .is_err()
            {
                return Some(start.elapsed());
            }
            let mut buf = [0u8; 1024];
            loop {
                tokio::select! {
                    r = s.read(&mut buf) => match r {
                        Ok(0) | Err(_) => return Some(start.elapsed()),
                        Ok(_) => {}
                    },
                    _ = tokio::time::sleep(Duration::from_secs(1)), if trickle => {
                        if s.write_all(b"a").await.is_err() {
                            return Some(start.elapsed());
                        }
                    }
                    _ = tokio::time::sleep(give_up) => return None,
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (good, good_outcome) = good_call(emu.addr, give_up).await;
    let mut closed = 0;
    let mut last = Duration::ZERO;
    for task in tasks {
        if let Ok(Some(d)) = task.await {
            closed += 1;
            last = last.max(d);
        }
    }
    Row {
        finding: "5",
        attack,
        before,
        rss: rss_cell(m0, emu.mem()),
        time: format!(
            "all closed by {}; a good call during it: {}",
            secs(last),
            secs(good)
        ),
        outcome: format!("{closed}/{n} closed by the emulator; good call: {good_outcome}"),
    }
}

/// Finding 5: connections that declare a ~10 MB body, send 99 % of it and stall.
async fn stalled_bodies(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let n = 100;
    let declared = 10_000_000usize;
    let sent = 9_900_000usize;
    let t = Instant::now();
    let mut tasks = Vec::new();
    let chunk = Arc::new(vec![b'a'; sent]);
    for _ in 0..n {
        let addr = emu.addr;
        let chunk = chunk.clone();
        tasks.push(tokio::spawn(async move {
            let head = format!(
                "POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\nauthorization: {FAKE_TC3}\r\nx-tc-action: DescribeRegions\r\nx-tc-version: 2017-03-12\r\ncontent-length: {declared}\r\n\r\n"
            );
            let mut s = TcpStream::connect(addr).await.ok()?;
            s.write_all(head.as_bytes()).await.ok()?;
            let _ = s.write_all(&chunk).await;
            let mut out = Vec::new();
            let r = tokio::time::timeout(Duration::from_secs(100), s.read_to_end(&mut out)).await;
            let _ = r.ok()?;
            Some(parse_response(&out).0)
        }));
    }
    // While they stall: the peak of memory held.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let during = emu.mem();
    let mut statuses: Vec<(u16, usize)> = Vec::new();
    for task in tasks {
        let s = task.await.ok().flatten().unwrap_or(0);
        match statuses.iter_mut().find(|(k, _)| *k == s) {
            Some((_, c)) => *c += 1,
            None => statuses.push((s, 1)),
        }
    }
    statuses.sort();
    Row {
        finding: "5",
        attack: "100 bodies declared 10 MB, 9.9 MB sent, then stalled".into(),
        before: "held 1.18 GB, indefinitely",
        rss: format!(
            "{} (held 5 s in: +{:.0} MB)",
            rss_cell(m0, emu.mem()),
            during.rss - m0.rss
        ),
        time: format!("all answered by {}", secs(t.elapsed())),
        outcome: statuses
            .iter()
            .map(|(s, c)| format!("{c}× {s}"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

async fn gigabyte_declared(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let t = Instant::now();
    let r = async {
        let mut s = TcpStream::connect(emu.addr)
            .await
            .map_err(|e| e.to_string())?;
        s.write_all(b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\ncontent-length: 1000000000\r\n\r\n")
            .await
            .map_err(|e| e.to_string())?;
        let mut buf = vec![0u8; 4096];
        let n = s.read(&mut buf).await.map_err(|e| e.to_string())?;
        Ok(parse_response(&buf[..n]))
    };
    let r = tokio::time::timeout(Duration::from_secs(30), r)
        .await
        .unwrap_or_else(|_| Err("no answer in 30 s".into()));
    Row {
        finding: "5",
        attack: "`Content-Length: 1000000000`, headers only".into(),
        before: "no early 413",
        rss: rss_cell(m0, emu.mem()),
        time: secs(t.elapsed()),
        outcome: outcome(&r),
    }
}

/// New: clients that ask for a large response (`GET /_emulator/requests` of 10,000
/// logged calls) and read none of it.
async fn slow_readers(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    // Fill the log with 10,000 unsigned calls (each logged without params).
    let req = http(
        "POST",
        "/",
        "cvm.tencentcloudapi.com",
        &[
            ("content-type", "application/json"),
            ("x-tc-action", "DescribeRegions"),
            ("x-tc-version", "2017-03-12"),
        ],
        b"{}",
        false,
    );
    let _ = repeat(emu.addr, &req, 10_000).await;
    let list = http("GET", "/_emulator/requests", "127.0.0.1", &[], b"", true);
    let full = exchange(emu.addr, &list, Duration::from_secs(60))
        .await
        .map(|(_, b)| b.len())
        .unwrap_or(0);
    let m0 = emu.mem();
    let n = 50;
    let mut socks = Vec::new();
    for _ in 0..n {
        let sock = tokio::net::TcpSocket::new_v4().expect("socket");
        let _ = sock.set_recv_buffer_size(4096);
        if let Ok(mut s) = sock.connect(emu.addr).await {
            let _ = s.write_all(&list).await;
            socks.push(s);
        }
    }
    // Longer than the body timeout (60 s): a server that gives up has closed them.
    let wait = Duration::from_secs(75);
    tokio::time::sleep(Duration::from_secs(10)).await;
    let during = emu.mem();
    tokio::time::sleep(wait - Duration::from_secs(10)).await;
    let mut cut = 0;
    for mut s in socks {
        let mut out = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut out)).await;
        let (_, body) = parse_response(&out);
        if body.len() < full {
            cut += 1;
        }
    }
    Row {
        finding: "5 (new)",
        attack: format!(
            "{n} clients GET a {:.1} MB `/_emulator/requests` and read none of it",
            full as f64 / 1e6
        ),
        before: "e5495c2: +209 MB 10 s in; 0/50 abandoned after 75 s (held while connected)",
        rss: format!(
            "{} (10 s in: +{:.0} MB)",
            rss_cell(m0, emu.mem()),
            during.rss - m0.rss
        ),
        time: format!("waited {}", secs(wait)),
        outcome: format!("{cut}/{n} abandoned by the emulator"),
    }
}

async fn finding6(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let auth = format!(
        "TC3-HMAC-SHA256 Credential={ID}/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00"
    );
    let req = http(
        "POST",
        "/",
        "cvm.tencentcloudapi.com",
        &[
            ("content-type", "application/json"),
            ("authorization", &auth),
            ("x-tc-action", "DescribeRegions"),
            ("x-tc-version", "2017-03-12"),
            ("x-tc-timestamp", "-9223372036854775808"),
        ],
        b"{}",
        true,
    );
    let t = Instant::now();
    let r = exchange(emu.addr, &req, Duration::from_secs(10)).await;
    let time = t.elapsed();
    let (_, after) = good_call(emu.addr, Duration::from_secs(10)).await;
    Row {
        finding: "6",
        attack: "`X-TC-Timestamp: -9223372036854775808`".into(),
        before: "panicked",
        rss: rss_cell(m0, emu.mem()),
        time: secs(time),
        outcome: format!("{}; next call: {after}", outcome(&r)),
    }
}

async fn finding9_metadata(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let n = 100_000;
    let req = http(
        "GET",
        "/latest/meta-data/cam/security-credentials/emulator-role",
        "x",
        &[],
        b"",
        false,
    );
    let t = Instant::now();
    // Four connections at once.
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let req = req.clone();
            let addr = emu.addr;
            tokio::spawn(async move { repeat(addr, &req, n / 4).await })
        })
        .collect();
    let mut seen = Vec::new();
    for task in tasks {
        if let Ok(Ok(s)) = task.await {
            seen.extend(s);
        }
    }
    seen.sort();
    seen.dedup();
    let time = t.elapsed();
    Row {
        finding: "9",
        attack: "100,000 unauthenticated metadata credential GETs".into(),
        before: "each minted and kept a credential",
        rss: rss_cell(m0, emu.mem()),
        time: format!(
            "{} ({:.0} µs each)",
            secs(time),
            time.as_secs_f64() * 1e6 / n as f64
        ),
        outcome: format!("statuses {seen:?}; the newest 10,000 kept"),
    }
}

async fn finding9_sso(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let n = 100_000;
    let req = http(
        "POST",
        "/api/org/gen_saml_response",
        "x",
        &[("content-type", "application/json")],
        br#"{"LoginToken":"t"}"#,
        false,
    );
    let t = Instant::now();
    let tasks: Vec<_> = (0..4)
        .map(|_| {
            let req = req.clone();
            let addr = emu.addr;
            tokio::spawn(async move { repeat(addr, &req, n / 4).await })
        })
        .collect();
    for task in tasks {
        let _ = task.await;
    }
    let time = t.elapsed();
    Row {
        finding: "9",
        attack: "100,000 SSO `gen_saml_response` calls (unused SAML assertions)".into(),
        before: "SSO kept state (unbounded)",
        rss: rss_cell(m0, emu.mem()),
        time: format!(
            "{} ({:.0} µs each)",
            secs(time),
            time.as_secs_f64() * 1e6 / n as f64
        ),
        outcome: "the newest 10,000 kept".into(),
    }
}

/// Mean time of `n` signed calls on one connection.
async fn call_time(addr: SocketAddr, n: usize) -> Duration {
    let mut sock = TcpStream::connect(addr).await.expect("connect");
    let mut buf = Vec::new();
    let t = Instant::now();
    for _ in 0..n {
        let req = signed("cvm", "DescribeRegions", "2017-03-12", "{}", false);
        sock.write_all(&req).await.expect("write");
        read_one(&mut sock, &mut buf).await.expect("read");
    }
    t.elapsed() / n as u32
}

async fn finding9_faults(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let none = call_time(emu.addr, 2000).await;
    // 600,000 rules that never fire, 1,000 a POST (a PUT of them all is over the 10 MiB
    // body limit).
    let rule = r#"{"service":"nosuch","kind":"internal_error"}"#;
    let batch = format!("[{}]", vec![rule; 1000].join(","));
    let post = http(
        "POST",
        "/_emulator/faults",
        "127.0.0.1",
        JSON,
        batch.as_bytes(),
        false,
    );
    let t = Instant::now();
    let seen = repeat(emu.addr, &post, 600).await.unwrap_or_default();
    let posting = t.elapsed();
    let kept = exchange(
        emu.addr,
        &http("GET", "/_emulator/faults", "127.0.0.1", &[], b"", true),
        Duration::from_secs(10),
    )
    .await
    .ok()
    .and_then(|(_, b)| serde_json::from_str::<Vec<serde_json::Value>>(&b).ok())
    .map_or(0, |v| v.len());
    let with = call_time(emu.addr, 2000).await;
    Row {
        finding: "9",
        attack: "600 POSTs of 1,000 fault rules that never fire (600,000), then signed calls"
            .into(),
        before: "each call 576 ms instead of 0.76 ms",
        rss: rss_cell(m0, emu.mem()),
        time: format!(
            "POSTs {}; a call {} with the rules kept, {} with none",
            secs(posting),
            secs(with),
            secs(none)
        ),
        outcome: format!("{kept} rules kept; statuses {seen:?}"),
    }
}

/// New: the unauthenticated control plane: 50 fault rules with 9 MB action names, and 20
/// chosen responses of 5 MB (`{"A":[0,0,…]}`), each added by its own POST.
async fn control_plane(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let t = Instant::now();
    let name = "a".repeat(9_000_000);
    let fault = format!(r#"[{{"service":"nosuch","action":"{name}","kind":"internal_error"}}]"#);
    let post = |path: &str, body: &[u8]| http("POST", path, "127.0.0.1", JSON, body, true);
    let mut statuses = Vec::new();
    for _ in 0..50 {
        let r = exchange(
            emu.addr,
            &post("/_emulator/faults", fault.as_bytes()),
            Duration::from_secs(60),
        )
        .await;
        statuses.push(r.map_or(0, |(s, _)| s));
    }
    let zeros = zeros_json(5_000_000);
    let mut canned = br#"[{"action":"DescribeZones","response":"#.to_vec();
    canned.extend_from_slice(&zeros);
    canned.extend_from_slice(b"}]");
    for _ in 0..20 {
        let r = exchange(
            emu.addr,
            &post("/_emulator/responses", &canned),
            Duration::from_secs(60),
        )
        .await;
        statuses.push(r.map_or(0, |(s, _)| s));
    }
    let ok = statuses.iter().filter(|s| **s == 200).count();
    Row {
        finding: "9 (new)",
        attack: "50 POSTs of a fault rule with a 9 MB action name, 20 of a 5 MB chosen response"
            .into(),
        before: "e5495c2: peak +2,083 MB, kept +2,006 MB; 70/70 accepted",
        rss: rss_cell(m0, emu.mem()),
        time: secs(t.elapsed()),
        outcome: format!("{ok}/{} accepted", statuses.len()),
    }
}

/// Finding 12: a release whose one action's output has 12 always-present members of its
/// own type.
fn bad_release(root: &Path) -> PathBuf {
    let dir = root.join("synthesis");
    let v = dir.join("demo").join("v20200101");
    std::fs::create_dir_all(&v).expect("mkdir");
    let members: Vec<String> = (0..12)
        .map(|i| format!(r#"{{"name": "M{i}", "type": "object", "member": "Node", "output_required": true, "document": ""}}"#))
        .collect();
    let api = format!(
        r#"{{"metadata": {{"apiVersion": "2020-01-01", "serviceShortName": "demo", "serviceNameCN": "d", "api_brief": ""}},
            "actions": {{"Get": {{"name": "Get", "document": "", "input": "GetRequest", "output": "GetResponse", "status": "online"}}}},
            "objects": {{
                "GetRequest": {{"type": "object", "document": "", "members": []}},
                "GetResponse": {{"type": "object", "document": "", "members": [{{"name": "Root", "type": "object", "member": "Node", "output_required": true, "document": ""}}]}},
                "Node": {{"type": "object", "document": "", "members": [{}]}}
            }}}}"#,
        members.join(",")
    );
    std::fs::write(v.join("api.json"), api).expect("write api.json");
    dir
}

async fn finding12(root: &Path) -> Row {
    let emu = Emu::start(&bad_release(root), &[]);
    let m0 = emu.mem();
    let req = signed("demo", "Get", "2020-01-01", "{}", true);
    let t = Instant::now();
    let r = exchange(emu.addr, &req, Duration::from_secs(120)).await;
    let time = t.elapsed();
    let size = r.as_ref().map_or(0, |(_, b)| b.len());
    Row {
        finding: "12",
        attack: "synthesise the reply of an output with 12 required members of its own type".into(),
        before: "ran out of memory",
        rss: rss_cell(m0, emu.mem()),
        time: secs(time),
        outcome: format!("{}, a {size}-byte reply", outcome(&r)),
    }
}

// ---------------------------------------------------------------------------------------
// Round three (issue 25): N3, N4 and N8.

/// An unsigned STS `AssumeRoleWithWebIdentity` (`Authorization: SKIP`, as at Tencent):
/// about 160 bytes of body.
fn sts_unsigned(keep_alive: bool) -> Vec<u8> {
    let body = br#"{"ProviderId":"OIDC","WebIdentityToken":"eyJ0eXAiOiJKV1QifQ","RoleArn":"qcs::cam::uin/100000000001:roleName/attacks","RoleSessionName":"attacks"}"#;
    http(
        "POST",
        "/",
        "sts.tencentcloudapi.com",
        &[
            ("content-type", "application/json"),
            ("authorization", "SKIP"),
            ("x-tc-action", "AssumeRoleWithWebIdentity"),
            ("x-tc-version", "2018-08-13"),
        ],
        body,
        !keep_alive,
    )
}

/// A chosen STS answer whose `Token` is `len` bytes: it fits the response schema.
fn big_sts_answer(len: usize) -> Vec<u8> {
    format!(
        r#"[{{"action":"AssumeRoleWithWebIdentity","response":{{"Credentials":{{"Token":"{}","TmpSecretId":"AKIDx","TmpSecretKey":"k"}},"ExpiredTime":1,"Expiration":"2030-01-01T00:00:00Z"}}}}]"#,
        "a".repeat(len)
    )
    .into_bytes()
}

/// N3: one `PUT /_emulator/responses` of an STS answer of `len` bytes, then `callers`
/// unsigned 160-byte calls on connections that read none of their answer.
async fn n3_canned_amplifier(
    release: &Path,
    len: usize,
    callers: usize,
    before: &'static str,
) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let t = Instant::now();
    let put = http(
        "PUT",
        "/_emulator/responses",
        "127.0.0.1",
        JSON,
        &big_sts_answer(len),
        true,
    );
    let installed = exchange(emu.addr, &put, Duration::from_secs(60)).await;
    let req = sts_unsigned(false);
    let mut socks = Vec::new();
    for _ in 0..callers {
        let Ok(sock) = tokio::net::TcpSocket::new_v4() else {
            break;
        };
        let _ = sock.set_recv_buffer_size(4096);
        if let Ok(mut s) = sock.connect(emu.addr).await {
            let _ = s.write_all(&req).await;
            socks.push(s);
        }
    }
    tokio::time::sleep(Duration::from_secs(5)).await;
    let during = emu.mem();
    let time = t.elapsed();
    let alive = emu.alive();
    let (good, good_outcome) = good_call(emu.addr, Duration::from_secs(10)).await;
    drop(socks);
    Row {
        finding: "N3 (round 3)",
        attack: format!(
            "`PUT /_emulator/responses` of a {:.1} MB STS answer, then {callers} unsigned 160-byte `AssumeRoleWithWebIdentity` calls that read nothing",
            len as f64 / 1e6
        ),
        before,
        rss: rss_cell(m0, during),
        time: format!("{} (a good call then: {})", secs(time), secs(good)),
        outcome: format!(
            "PUT: {}; alive: {alive}; good call: {good_outcome}",
            match &installed {
                Ok((s, b)) => format!("{s} {:.80}", b.replace('|', "/")),
                Err(e) => e.clone(),
            }
        ),
    }
}

/// N4: the cross-site request a web page can make (a "simple" `fetch`: `text/plain`,
/// its own `Origin` and, rebound by DNS, its own `Host`), then a real client's call.
async fn n4_cross_site(release: &Path) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let t = Instant::now();
    let evil = br#"[{"action":"DescribeRegions","response":{"RegionSet":[{"Region":"evil-region","RegionName":"evil","RegionState":"AVAILABLE"}],"TotalCount":1}}]"#;
    let post = http(
        "POST",
        "/_emulator/responses",
        "evil.example:9000",
        &[
            ("content-type", "text/plain"),
            ("origin", "http://evil.example"),
        ],
        evil,
        true,
    );
    let wrote = exchange(emu.addr, &post, Duration::from_secs(10)).await;
    let read = http(
        "GET",
        "/_emulator/requests",
        "evil.example:9000",
        &[],
        b"",
        true,
    );
    let listed = exchange(emu.addr, &read, Duration::from_secs(10)).await;
    let time = t.elapsed();
    let real = exchange(
        emu.addr,
        &signed("cvm", "DescribeRegions", "2017-03-12", "{}", true),
        Duration::from_secs(10),
    )
    .await;
    let poisoned = real.as_ref().is_ok_and(|(_, b)| b.contains("evil-region"));
    let status = |r: &Result<(u16, String), String>| match r {
        Ok((s, _)) => s.to_string(),
        Err(e) => e.clone(),
    };
    Row {
        finding: "N4 (round 3)",
        attack: "cross-site `POST /_emulator/responses` (`text/plain`, `Origin: http://evil.example`, `Host: evil.example:9000`), and a rebound `GET /_emulator/requests`".into(),
        before: "d85dd09: POST 200, GET 200; a real client got `evil-region`",
        rss: rss_cell(m0, emu.mem()),
        time: secs(time),
        outcome: format!(
            "POST {}, GET {}; a real client got `evil-region`: {poisoned}",
            status(&wrote),
            status(&listed)
        ),
    }
}

/// N8: `n` signed JSON bodies of about `len` bytes (`{"X":[0,0,…]}`) at once: each costs
/// 32 times its size once parsed.
async fn n8_parse_cost(release: &Path, len: usize, n: usize, before: &'static str) -> Row {
    let emu = Emu::start(release, &[]);
    let m0 = emu.mem();
    let body = zeros_json(len);
    let req = Arc::new(signed(
        "cvm",
        "DescribeRegions",
        "2017-03-12",
        std::str::from_utf8(&body).unwrap_or("{}"),
        true,
    ));
    let t = Instant::now();
    let tasks: Vec<_> = (0..n)
        .map(|_| {
            let req = req.clone();
            let addr = emu.addr;
            tokio::spawn(async move { exchange(addr, &req, Duration::from_secs(120)).await })
        })
        .collect();
    let mut seen: Vec<(String, usize)> = Vec::new();
    for task in tasks {
        let r = task.await.unwrap_or_else(|e| Err(e.to_string()));
        let o = outcome(&r);
        match seen.iter_mut().find(|(k, _)| *k == o) {
            Some((_, c)) => *c += 1,
            None => seen.push((o, 1)),
        }
    }
    let time = t.elapsed();
    let (_, after) = good_call(emu.addr, Duration::from_secs(10)).await;
    Row {
        finding: "N8 (round 3)",
        attack: format!(
            "{n} signed JSON bodies of {:.0} MB (`{{\"X\":[0,0,…]}}`) at once, cvm DescribeRegions",
            len as f64 / 1e6
        ),
        before,
        rss: rss_cell(m0, emu.mem()),
        time: secs(time),
        outcome: format!(
            "{}; next call: {after}",
            seen.iter()
                .map(|(o, c)| format!("{c}× {o}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The rows of round three, by themselves: `--only round3`.
async fn round3(r: &Path) -> Vec<Row> {
    vec![
        n3_canned_amplifier(
            r,
            9 * 1024 * 1024,
            100,
            "d85dd09: peak +982 MB, kept +982 MB; PUT taken (200)",
        )
        .await,
        n3_canned_amplifier(
            r,
            1000 * 1024,
            300,
            "d85dd09: peak +10 MB, kept +7 MB (the kernel's socket buffers take a 1 MB answer)",
        )
        .await,
        n4_cross_site(r).await,
        n8_parse_cost(
            r,
            9_000_000,
            8,
            "d85dd09: peak +585 MB, kept +88 MB, 6.1 s; all 8 parsed (200 UnknownParameter)",
        )
        .await,
        n8_parse_cost(
            r,
            4_000_000,
            8,
            "d85dd09: peak +269 MB, kept +42 MB, 2.9 s; all 8 parsed (200 UnknownParameter)",
        )
        .await,
    ]
}

fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "| Finding | Attack | Before (as reported) | After: RSS | After: time | After: outcome |\n|---|---|---|---|---|---|\n",
    );
    for r in rows {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            r.finding, r.attack, r.before, r.rss, r.time, r.outcome
        ));
    }
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--serve") {
        return serve(&args[1..]);
    }
    let root = std::env::temp_dir().join(format!("tc-emulator-attacks-{}", std::process::id()));
    let release = root.join("cvm-sts");
    std::fs::create_dir_all(&release).expect("mkdir");
    for svc in ["cvm", "sts"] {
        let link = release.join(svc);
        if !link.exists() {
            std::os::unix::fs::symlink(Path::new(SPECS).join(svc), &link).expect("symlink");
        }
    }
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let started = Instant::now();
    let only_round3 = args
        .windows(2)
        .any(|w| w[0] == "--only" && w[1] == "round3");
    let rows = rt.block_on(async {
        let r = release.as_path();
        if only_round3 {
            return round3(r).await;
        }
        // The timed attacks (they wait out the 30 s and 60 s defaults) side by side.
        let timed = async {
            tokio::join!(
                slowloris(
                    r,
                    1500,
                    true,
                    &[],
                    "1,500 slowloris connections (a header byte a second)".into(),
                    "stayed open indefinitely",
                ),
                slowloris(
                    r,
                    1100,
                    false,
                    &["--nofile", "1024"],
                    "1,100 half-sent requests, emulator limited to 1,024 fds".into(),
                    "blocked every good request",
                ),
                stalled_bodies(r),
                slow_readers(r),
            )
        };
        let (a, b, c, d) = timed.await;
        let mut rows = vec![
            finding1_form(r, 16 * 1024, 5, "306–612 MB each; five: 157 MB → 2.3 GB").await,
            finding1_form(r, 169 * 1024, 1, "aborted the process").await,
            finding1_skip(
                r,
                "SKIP",
                "cvm",
                "DescribeRegions",
                "2017-03-12",
                "kept at ~16× their size",
            )
            .await,
            finding1_skip(
                r,
                "SKIP",
                "sts",
                "AssumeRoleWithWebIdentity",
                "2018-08-13",
                "kept at ~16× their size",
            )
            .await,
            finding1_skip(
                r,
                FAKE_TC3,
                "cvm",
                "DescribeRegions",
                "2017-03-12",
                "e5495c2: peak +192 MB, kept +40 MB (parsed unsigned)",
            )
            .await,
            skip_sts_logged(r).await,
            unsigned_big_form(r).await,
            big_heads(r).await,
            a,
            b,
            c,
            gigabyte_declared(r).await,
            d,
            finding6(r).await,
            finding9_metadata(r).await,
            finding9_sso(r).await,
            finding9_faults(r).await,
            control_plane(r).await,
            finding12(&root).await,
        ];
        rows.extend(round3(r).await);
        rows.sort_by_key(|r| {
            r.finding
                .split(' ')
                .next()
                .and_then(|n| n.parse::<u32>().ok())
                .unwrap_or(99)
        });
        rows
    });
    println!("{}", table(&rows));
    println!("(run took {})", secs(started.elapsed()));
    let _ = std::fs::remove_dir_all(&root);
    ExitCode::SUCCESS
}
