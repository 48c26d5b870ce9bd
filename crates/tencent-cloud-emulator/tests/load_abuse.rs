//! Load and abuse, bounded in time (issue 15, hardening). The real `tc-emulator` binary
//! (cvm and sts of 3.0.1217.1), with short limits: `--header-timeout 2 --body-timeout
//! 3 --max-connections 256 --body-memory 64`. For 10 s, 8 well-behaved clients make
//! TC3-signed cvm calls in a loop (DescribeRegions, DescribeZones, DescribeInstances; half
//! on kept-alive connections, half on a new connection each) while, at the same time:
//! - slowloris: 150 connections send part of a header block, then a byte every 250 ms;
//! - stalled bodies: 32 connections declare 8 MB bodies, send 7.5 MB and stall;
//! - `Content-Length: 1000000000`, headers only, one after another;
//! - unsigned form bombs: 16 KB v1 forms of `P<i>.10000.Q.10000=x` with a made-up
//!   `Signature`, and 2 MB ones;
//! - `Authorization: SKIP` JSON bodies: 250 KB lists of zeros (4 MB once parsed) to sts
//!   `AssumeRoleWithWebIdentity` (unsigned, accepted, logged) and to cvm (refused), and
//!   5 MB ones;
//! - slow readers: 8 clients ask for the request log with a 4 KB receive window and read
//!   none of it;
//! - metadata credential GETs, and fault-rule floods (POSTs of 1,000 rules that never
//!   fire);
//! - (issue 25) a cross-site page: `POST /_emulator/responses` with `text/plain`, an
//!   `Origin` and its own `Host`, installing an `evil-region` answer for the good
//!   clients' `DescribeRegions`, and a DNS-rebound `GET /_emulator/requests`;
//! - (issue 25) a canned-answer amplifier: `PUT /_emulator/responses` of a 9 MiB STS
//!   `AssumeRoleWithWebIdentity` answer (refused) and of a 1 MB one (taken), then
//!   unsigned 160-byte calls for it on connections that read nothing.
//!
//! Before the attack, the request log is filled with 24 MB of calls, so that the slow
//! readers have a large listing not to read.
//!
//! It then checks that every good call was answered correctly, their p99 latency stayed
//! under [`P99_BOUND`], the emulator's RSS (`VmRSS` sampled every 50 ms, and `VmHWM`
//! at the end) stayed under [`RSS_CAP`], every kind of attacker was refused, timed out or
//! cut off, and that the emulator still answers once they stop. About 13 s in a debug
//! build. `cargo test -p tencent-cloud-emulator --test load_abuse -- --nocapture` prints
//! the figures.
//!
//! The bounds, from runs in a debug build on a 2-core VM with the test's clients and
//! the emulator sharing the cores (good calls: p50 15-40 ms, p99 0.18-0.31 s; peak RSS
//! 134-169 MiB):
//! - [`P99_BOUND`] 2 s: wide, for a noisy machine running other tests beside this one;
//! - [`RSS_CAP`] 400 MiB: what the limits allow (64 MiB of large bodies, 64 MiB of log
//!   kept as text, an unsigned STS body parsed per worker thread, at most 64 KiB of
//!   headers per slow connection, and what the allocator keeps of them) with room to
//!   spare.
//!
//! The emulator of e5495c2, before the fixes this test came with, failed it: RSS 412-428
//! MiB (logged STS bodies kept at 16 times their size once parsed, stalled bodies held
//! without a shared bound, unsigned 2 MB forms and 5 MB JSON bodies parsed), p99 1.5 s
//! (max 4.2 s), and slow readers never cut off.
//!
//! With issue 25's attackers and the 24 MB log (debug build, same VM): good calls p50
//! 9-13 ms, p99 0.08-0.17 s; peak RSS 174-202 MiB (start 41 MiB). The emulator of
//! d85dd09, before that issue's fixes, failed it: the cross-site page's `evil-region`
//! answer reached the good clients' `DescribeRegions`, and the 9 MiB chosen answer was
//! taken.
#![cfg(target_os = "linux")]

mod process;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use process::{Emulator, cpu_secs, http, now, read_response, rss_of, signed, zeros_json};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::task::JoinHandle;

/// The p99 latency the well-behaved calls must stay under.
const P99_BOUND: Duration = Duration::from_secs(2);
/// The RSS the emulator must stay under, MiB.
const RSS_CAP: f64 = 400.0;
/// How long the attack lasts.
const ATTACK: Duration = Duration::from_secs(10);
/// The pause of the attackers that need CPU of the emulator (parsing unsigned bodies,
/// issuing credentials, reading fault rules) between their requests: they press, but do
/// not simply flood the two cores (which any server can be made to spend).
const PACE: Duration = Duration::from_millis(50);
/// Connections sending stalled 8 MB bodies: 256 MB if all were held.
const STALLED: usize = 32;

/// What the attackers saw, by kind.
#[derive(Default)]
struct Seen {
    slowloris_dropped: AtomicUsize,
    stalled_408: AtomicUsize,
    stalled_503: AtomicUsize,
    gigabyte_413: AtomicUsize,
    form_refused: AtomicUsize,
    form_413: AtomicUsize,
    skip_logged: AtomicUsize,
    skip_refused: AtomicUsize,
    skip_413: AtomicUsize,
    readers_cut: AtomicUsize,
    readers_whole: AtomicUsize,
    metadata_200: AtomicUsize,
    faults_refused: AtomicUsize,
    skip_busy: AtomicUsize,
    cross_site_refused: AtomicUsize,
    cross_site_taken: AtomicUsize,
    amplifier_refused: AtomicUsize,
    amplifier_taken: AtomicUsize,
    amplifier_callers: AtomicUsize,
    /// Answers no attacker expected (status and code), for the report.
    other: std::sync::Mutex<Vec<String>>,
}

impl Seen {
    fn other(&self, what: String) {
        let mut o = self.other.lock().unwrap_or_else(|e| e.into_inner());
        if o.len() < 20 {
            o.push(what);
        }
    }
}

fn count(c: &AtomicUsize) {
    c.fetch_add(1, Ordering::Relaxed);
}

fn get(c: &AtomicUsize) -> usize {
    c.load(Ordering::Relaxed)
}

/// Status and Tencent error code (or "") of one exchange on a new connection.
async fn exchange(addr: std::net::SocketAddr, req: &[u8]) -> Option<(u16, String)> {
    let work = async {
        let mut s = TcpStream::connect(addr).await.ok()?;
        // The emulator may answer (413) and close before all of the body is sent.
        let _ = s.write_all(req).await;
        let mut out = Vec::new();
        let _ = s.read_to_end(&mut out).await;
        let i = out.windows(4).position(|w| w == b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&out[..i]).into_owned();
        let status = head.split(' ').nth(1)?.parse().ok()?;
        let body: Value = serde_json::from_slice(&out[i + 4..]).unwrap_or_default();
        let code = body["Response"]["Error"]["Code"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        Some((status, code))
    };
    tokio::time::timeout(Duration::from_secs(20), work)
        .await
        .ok()
        .flatten()
}

// ---------------------------------------------------------------------------------------
// Well-behaved clients.

/// The documented example answer of a cvm action (its first), without `RequestId`.
fn example(action: &str) -> Value {
    static EXAMPLES: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    let all = EXAMPLES.get_or_init(|| {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../specs/3.0.1217.1/cvm/v20170312/examples.json"
        );
        serde_json::from_slice(&std::fs::read(path).expect("cvm examples")).expect("JSON")
    });
    let output = all["actions"][action][0]["output"]
        .as_str()
        .unwrap_or_default();
    let mut v: Value = serde_json::from_str(output).expect("an example output");
    if let Some(r) = v["Response"].as_object_mut() {
        r.remove("RequestId");
    }
    v["Response"].take()
}

/// Checks one good answer against the example (for `DescribeInstances` with `Limit` 1,
/// its first instance and the page's length); the reason when it is not right.
fn check(action: &str, status: u16, head: &str, body: &[u8]) -> Result<(), String> {
    let mut v: Value = serde_json::from_slice(body).map_err(|e| format!("not JSON: {e}"))?;
    let fail = |why: &str, v: &Value| Err(format!("{action}: {why}: {status} {v}"));
    if status != 200 || !v["Response"]["Error"].is_null() {
        return fail("an error", &v);
    }
    let rid = v["Response"]["RequestId"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    if rid.is_empty() || !head.contains(&format!("x-tc-requestid: {rid}")) {
        return fail("no request id, or not the header's", &v);
    }
    if let Some(r) = v["Response"].as_object_mut() {
        r.remove("RequestId");
    }
    let mut want = example(action);
    if action == "DescribeInstances" {
        let first: Vec<Value> = want["InstanceSet"]
            .as_array()
            .map(|l| l.iter().take(1).cloned().collect())
            .unwrap_or_default();
        want["TotalCount"] = want["InstanceSet"].as_array().map_or(0, Vec::len).into();
        want["InstanceSet"] = first.into();
    }
    if v["Response"] == want {
        Ok(())
    } else {
        fail("not the example", &v)
    }
}

const CALLS: [(&str, &str); 3] = [
    ("DescribeRegions", "{}"),
    ("DescribeZones", "{}"),
    ("DescribeInstances", r#"{"Offset": 0, "Limit": 1}"#),
];

/// Signed calls until `stop`: the latency of each, or the first wrong answer.
async fn good_client(
    addr: std::net::SocketAddr,
    keep_alive: bool,
    stop: Arc<AtomicBool>,
) -> Result<Vec<Duration>, String> {
    let mut latencies = Vec::new();
    let mut conn: Option<TcpStream> = None;
    let mut buf = Vec::new();
    let mut n = 0;
    while !stop.load(Ordering::Relaxed) {
        let (action, body) = CALLS[n % CALLS.len()];
        n += 1;
        let req = signed(action, body, !keep_alive);
        let t = Instant::now();
        let call = async {
            let sock = match &mut conn {
                Some(s) => s,
                None => {
                    buf.clear();
                    conn.insert(TcpStream::connect(addr).await.map_err(|e| e.to_string())?)
                }
            };
            sock.write_all(&req).await.map_err(|e| e.to_string())?;
            read_response(sock, &mut buf)
                .await
                .map_err(|e| e.to_string())
        };
        let (status, head, text) = tokio::time::timeout(Duration::from_secs(20), call)
            .await
            .map_err(|_| format!("{action}: no answer in 20 s"))?
            .map_err(|e| format!("{action}: {e}"))?;
        latencies.push(t.elapsed());
        check(action, status, &head, &text)?;
        if !keep_alive {
            conn = None;
        }
    }
    Ok(latencies)
}

// ---------------------------------------------------------------------------------------
// Attackers: each loops until aborted, counting what it sees.

async fn slowloris(addr: std::net::SocketAddr, seen: Arc<Seen>) {
    loop {
        let Ok(mut s) = TcpStream::connect(addr).await else {
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        };
        let _ = s
            .write_all(b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\nx-slow: ")
            .await;
        let mut buf = [0u8; 512];
        loop {
            tokio::select! {
                r = s.read(&mut buf) => match r {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {}
                },
                _ = tokio::time::sleep(Duration::from_millis(250)) => {
                    if s.write_all(b"a").await.is_err() {
                        break;
                    }
                }
            }
        }
        count(&seen.slowloris_dropped);
    }
}

async fn stalled_body(addr: std::net::SocketAddr, seen: Arc<Seen>, chunk: Arc<Vec<u8>>) {
    let head = format!(
        "POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\nauthorization: TC3-HMAC-SHA256 Credential={}/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00\r\nx-tc-action: DescribeRegions\r\nx-tc-version: 2017-03-12\r\ncontent-length: 8000000\r\n\r\n",
        process::ID
    );
    loop {
        let Ok(mut s) = TcpStream::connect(addr).await else {
            continue;
        };
        let _ = s.write_all(head.as_bytes()).await;
        let _ = s.write_all(&chunk).await;
        let mut out = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut out)).await;
        let text = String::from_utf8_lossy(&out);
        if text.starts_with("HTTP/1.1 408") {
            count(&seen.stalled_408);
        } else if text.starts_with("HTTP/1.1 503") && text.contains("RequestLimitExceeded") {
            count(&seen.stalled_503);
            tokio::time::sleep(Duration::from_millis(500)).await;
        } else {
            seen.other(format!("stalled body: {:.60}", text));
        }
    }
}

async fn gigabyte(addr: std::net::SocketAddr, seen: Arc<Seen>) {
    let req = b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\nauthorization: SKIP\r\ncontent-length: 1000000000\r\n\r\n";
    loop {
        match exchange(addr, req).await {
            Some((413, code)) if code == "RequestSizeLimitExceeded" => count(&seen.gigabyte_413),
            other => seen.other(format!("gigabyte: {other:?}")),
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A v1 form with a made-up signature, `len` bytes of `P<i>.10000.Q.10000=x`.
fn form_bomb(len: usize) -> Vec<u8> {
    let mut f = format!(
        "Action=DescribeInstances&Version=2017-03-12&SecretId={}&Timestamp={}&Nonce=1&Signature=fake",
        process::ID,
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

async fn form_bombs(addr: std::net::SocketAddr, seen: Arc<Seen>) {
    let small = form_bomb(16 * 1024);
    let big = form_bomb(2 * 1024 * 1024);
    for n in 0usize.. {
        let req = if n % 8 == 7 { &big } else { &small };
        match exchange(addr, req).await {
            Some((200, code)) if code.starts_with("AuthFailure") => count(&seen.form_refused),
            Some((413, _)) => count(&seen.form_413),
            other => seen.other(format!("form bomb: {other:?}")),
        }
        tokio::time::sleep(PACE).await;
    }
}

async fn skip_bodies(addr: std::net::SocketAddr, seen: Arc<Seen>, zeros: Arc<Vec<u8>>) {
    let skip = |service: &str, action: &str, version: &str, body: &[u8]| {
        http(
            "POST",
            "/",
            &format!("{service}.tencentcloudapi.com"),
            &[
                ("content-type", "application/json"),
                ("authorization", "SKIP"),
                ("x-tc-action", action),
                ("x-tc-version", version),
            ],
            body,
            true,
        )
    };
    let sts = skip("sts", "AssumeRoleWithWebIdentity", "2018-08-13", &zeros);
    let cvm = skip("cvm", "DescribeRegions", "2017-03-12", &zeros);
    let five = skip(
        "cvm",
        "DescribeRegions",
        "2017-03-12",
        &vec![b' '; 5_000_000],
    );
    for n in 0usize.. {
        let req = [&sts, &cvm, &sts, &five][n % 4];
        match exchange(addr, req).await {
            // Accepted unsigned, logged, then refused by validation (`X` is no member).
            Some((200, code)) if code == "UnknownParameter" => count(&seen.skip_logged),
            Some((200, code)) if code == "AuthFailure.InvalidAuthorization" => {
                count(&seen.skip_refused)
            }
            Some((413, _)) => count(&seen.skip_413),
            // Weighed by what parsing it costs, it waits for room in the budget.
            Some((200 | 503, code)) if code == "RequestLimitExceeded" => count(&seen.skip_busy),
            other => seen.other(format!("SKIP body: {other:?}")),
        }
        tokio::time::sleep(PACE).await;
    }
}

async fn slow_reader(addr: std::net::SocketAddr, seen: Arc<Seen>) {
    let req = http("GET", "/_emulator/requests", "127.0.0.1", &[], b"", false);
    loop {
        let Ok(sock) = tokio::net::TcpSocket::new_v4() else {
            return;
        };
        let _ = sock.set_recv_buffer_size(4096);
        let Ok(mut s) = sock.connect(addr).await else {
            continue;
        };
        let _ = s.write_all(&req).await;
        // Longer than the body timeout (3 s) without reading.
        tokio::time::sleep(Duration::from_secs(4)).await;
        let mut out = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut out)).await;
        if whole(&out) {
            count(&seen.readers_whole);
        } else {
            count(&seen.readers_cut);
        }
    }
}

/// Whether `out` holds a whole response (by its content-length, or its last chunk).
fn whole(out: &[u8]) -> bool {
    let Some(i) = out.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&out[..i]).to_ascii_lowercase();
    match head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        Some(len) => out.len() >= i + 4 + len,
        None => out.ends_with(b"0\r\n\r\n"),
    }
}

async fn metadata(addr: std::net::SocketAddr, seen: Arc<Seen>) {
    let req = http(
        "GET",
        "/latest/meta-data/cam/security-credentials/emulator-role",
        "x",
        &[],
        b"",
        false,
    );
    loop {
        let Ok(mut s) = TcpStream::connect(addr).await else {
            continue;
        };
        let mut buf = Vec::new();
        loop {
            if s.write_all(&req).await.is_err() {
                break;
            }
            match read_response(&mut s, &mut buf).await {
                Ok((200, _, _)) => count(&seen.metadata_200),
                Ok((status, _, _)) => seen.other(format!("metadata: {status}")),
                Err(_) => break,
            }
            tokio::time::sleep(PACE / 10).await;
        }
    }
}

async fn fault_flood(addr: std::net::SocketAddr, seen: Arc<Seen>) {
    let rule = r#"{"service": "nosuch", "kind": "internal_error"}"#;
    let rules = format!("[{}]", vec![rule; 1000].join(","));
    let json = [("content-type", "application/json")];
    let post = http(
        "POST",
        "/_emulator/faults",
        "127.0.0.1",
        &json,
        rules.as_bytes(),
        true,
    );
    let put = http(
        "PUT",
        "/_emulator/faults",
        "127.0.0.1",
        &json,
        rules.as_bytes(),
        true,
    );
    for n in 0usize.. {
        match exchange(addr, if n % 10 == 0 { &put } else { &post }).await {
            Some((400, _)) => count(&seen.faults_refused),
            Some((200, _)) => {}
            other => seen.other(format!("faults: {other:?}")),
        }
        tokio::time::sleep(PACE).await;
    }
}

/// Issue 25, N4: what a web page can send cross-site (a "simple" `fetch`, and a
/// DNS-rebound read).
async fn cross_site(addr: std::net::SocketAddr, seen: Arc<Seen>) {
    let evil = br#"[{"action":"DescribeRegions","response":{"TotalCount":1,"RegionSet":[{"Region":"evil-region","RegionName":"evil","RegionState":"AVAILABLE"}]}}]"#;
    let host = format!("evil.example:{}", addr.port());
    let write = http(
        "POST",
        "/_emulator/responses",
        &host,
        &[
            ("content-type", "text/plain"),
            ("origin", "http://evil.example"),
        ],
        evil,
        true,
    );
    let read = http("GET", "/_emulator/requests", &host, &[], b"", true);
    for n in 0usize.. {
        let req = if n % 2 == 0 { &write } else { &read };
        match exchange(addr, req).await {
            Some((403 | 415, _)) => count(&seen.cross_site_refused),
            Some((200, _)) => count(&seen.cross_site_taken),
            other => seen.other(format!("cross-site: {other:?}")),
        }
        tokio::time::sleep(PACE).await;
    }
}

/// A chosen STS answer whose `Token` is `len` bytes (it fits the response schema).
fn sts_answer(len: usize) -> Vec<u8> {
    format!(
        r#"[{{"action":"AssumeRoleWithWebIdentity","response":{{"Credentials":{{"Token":"{}","TmpSecretId":"AKIDx","TmpSecretKey":"k"}},"ExpiredTime":1,"Expiration":"2030-01-01T00:00:00Z"}}}}]"#,
        "a".repeat(len)
    )
    .into_bytes()
}

/// Issue 25, N3: a 9 MiB chosen answer (refused) and a 1 MB one (taken), then unsigned
/// STS calls for it whose answers are never read, 64 at a time.
async fn amplifier(addr: std::net::SocketAddr, seen: Arc<Seen>) {
    let json = [("content-type", "application/json")];
    let huge = http(
        "PUT",
        "/_emulator/responses",
        "127.0.0.1",
        &json,
        &sts_answer(9 * 1024 * 1024),
        true,
    );
    let big = http(
        "PUT",
        "/_emulator/responses",
        "127.0.0.1",
        &json,
        &sts_answer(1_000_000),
        true,
    );
    let call = http(
        "POST",
        "/",
        "sts.tencentcloudapi.com",
        &[
            ("content-type", "application/json"),
            ("authorization", "SKIP"),
            ("x-tc-action", "AssumeRoleWithWebIdentity"),
            ("x-tc-version", "2018-08-13"),
        ],
        br#"{"ProviderId":"OIDC","WebIdentityToken":"eyJ0eXAiOiJKV1QifQ","RoleArn":"qcs::cam::uin/100000000001:roleName/x","RoleSessionName":"x"}"#,
        false,
    );
    let mut held: std::collections::VecDeque<TcpStream> = std::collections::VecDeque::new();
    loop {
        for (req, ok) in [(&huge, false), (&big, true)] {
            match exchange(addr, req).await {
                // Over the size of an answer; or, while the stalled bodies hold the
                // budget, not read at all.
                Some((400 | 503, _)) if !ok => count(&seen.amplifier_refused),
                Some((200 | 503, _)) if ok => {}
                Some((200, _)) => count(&seen.amplifier_taken),
                other => seen.other(format!("amplifier PUT: {other:?}")),
            }
        }
        for _ in 0..16 {
            let Ok(sock) = tokio::net::TcpSocket::new_v4() else {
                break;
            };
            let _ = sock.set_recv_buffer_size(4096);
            let Ok(mut s) = sock.connect(addr).await else {
                continue;
            };
            if s.write_all(&call).await.is_ok() {
                count(&seen.amplifier_callers);
                held.push_back(s);
            }
            if held.len() > 64 {
                held.pop_front();
            }
        }
        tokio::time::sleep(PACE * 4).await;
    }
}

/// Fills the request log with `n` calls of about 1 MB of parameters each (signed, so
/// logged; refused by validation).
async fn fill_log(addr: std::net::SocketAddr, n: usize) {
    let body = format!(r#"{{"Pad": "{}"}}"#, "p".repeat(1_000_000));
    let req = signed("DescribeRegions", &body, false);
    let Ok(mut s) = TcpStream::connect(addr).await else {
        return;
    };
    let mut buf = Vec::new();
    for _ in 0..n {
        if s.write_all(&req).await.is_err() || read_response(&mut s, &mut buf).await.is_err() {
            return;
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn well_behaved_clients_keep_their_answers_under_attack() {
    let started = Instant::now();
    let mut emu = Emulator::start(&[
        "--header-timeout",
        "2",
        "--body-timeout",
        "3",
        "--max-connections",
        "256",
        "--body-memory",
        "64",
    ]);
    let addr = emu.addr;
    fill_log(addr, 24).await;
    let base_rss = emu.rss_mib();
    let base_cpu = cpu_secs(emu.pid());

    // RSS, sampled.
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = {
        let (pid, sampling) = (emu.pid(), sampling.clone());
        std::thread::spawn(move || {
            let mut peak = 0.0f64;
            while sampling.load(Ordering::Relaxed) {
                peak = peak.max(rss_of(pid));
                std::thread::sleep(Duration::from_millis(50));
            }
            peak
        })
    };

    let stop = Arc::new(AtomicBool::new(false));
    let good: Vec<JoinHandle<Result<Vec<Duration>, String>>> = (0..8)
        .map(|i| tokio::spawn(good_client(addr, i % 2 == 0, stop.clone())))
        .collect();

    let seen = Arc::new(Seen::default());
    let mut attackers: Vec<JoinHandle<()>> = Vec::new();
    for _ in 0..150 {
        attackers.push(tokio::spawn(slowloris(addr, seen.clone())));
    }
    let chunk = Arc::new(vec![b' '; 7_500_000]);
    for _ in 0..STALLED {
        attackers.push(tokio::spawn(stalled_body(
            addr,
            seen.clone(),
            chunk.clone(),
        )));
    }
    attackers.push(tokio::spawn(gigabyte(addr, seen.clone())));
    let zeros = Arc::new(zeros_json(250_000));
    for _ in 0..2 {
        attackers.push(tokio::spawn(form_bombs(addr, seen.clone())));
        attackers.push(tokio::spawn(skip_bodies(addr, seen.clone(), zeros.clone())));
    }
    for _ in 0..8 {
        attackers.push(tokio::spawn(slow_reader(addr, seen.clone())));
    }
    attackers.push(tokio::spawn(metadata(addr, seen.clone())));
    attackers.push(tokio::spawn(fault_flood(addr, seen.clone())));
    attackers.push(tokio::spawn(cross_site(addr, seen.clone())));
    attackers.push(tokio::spawn(amplifier(addr, seen.clone())));

    tokio::time::sleep(ATTACK).await;
    stop.store(true, Ordering::Relaxed);
    for a in &attackers {
        a.abort();
    }
    let mut latencies = Vec::new();
    let mut wrong = Vec::new();
    for g in good {
        match g.await {
            Ok(Ok(l)) => latencies.extend(l),
            Ok(Err(e)) => wrong.push(e),
            Err(e) => wrong.push(format!("client task: {e}")),
        }
    }

    // The attackers are gone: the emulator still answers, on a new connection.
    let mut after = Vec::new();
    for (action, body) in CALLS {
        let req = signed(action, body, true);
        let mut s = TcpStream::connect(addr)
            .await
            .expect("connect after the attack");
        s.write_all(&req).await.expect("write");
        let mut buf = Vec::new();
        let (status, head, text) =
            tokio::time::timeout(Duration::from_secs(10), read_response(&mut s, &mut buf))
                .await
                .expect("answered after the attack")
                .expect("read");
        after.push(check(action, status, &head, &text));
    }
    sampling.store(false, Ordering::Relaxed);
    let sampled_peak = sampler.join().unwrap_or(f64::MAX);
    let hwm = emu.hwm_mib();
    let cpu = cpu_secs(emu.pid()) - base_cpu;
    let running = emu.running();

    latencies.sort();
    let (p50, p99) = (percentile(&latencies, 0.50), percentile(&latencies, 0.99));
    let max = latencies.last().copied().unwrap_or_default();
    let other = seen.other.lock().unwrap_or_else(|e| e.into_inner()).clone();
    println!(
        "load and abuse for {ATTACK:?} ({:.1} s in all):",
        started.elapsed().as_secs_f64()
    );
    println!(
        "  good calls: {} answered correctly, {} wrong; p50 {p50:?}, p99 {p99:?}, max {max:?} (bound {P99_BOUND:?})",
        latencies.len(),
        wrong.len()
    );
    println!(
        "  emulator RSS: {base_rss:.0} MiB at start, sampled peak {sampled_peak:.0} MiB, VmHWM {hwm:.0} MiB (cap {RSS_CAP:.0} MiB); CPU {cpu:.1} s"
    );
    println!(
        "  slowloris dropped by the header timeout: {}",
        get(&seen.slowloris_dropped)
    );
    println!(
        "  stalled 8 MB bodies: {} answered 408, {} refused 503 (body budget)",
        get(&seen.stalled_408),
        get(&seen.stalled_503)
    );
    println!(
        "  Content-Length 1e9: {} answered 413 at once",
        get(&seen.gigabyte_413)
    );
    println!(
        "  unsigned form bombs: {} refused (AuthFailure), {} of 2 MB answered 413",
        get(&seen.form_refused),
        get(&seen.form_413)
    );
    println!(
        "  SKIP bodies: {} sts logged then refused by validation, {} cvm refused unread, {} of 5 MB answered 413, {} waited for the budget (503)",
        get(&seen.skip_logged),
        get(&seen.skip_refused),
        get(&seen.skip_413),
        get(&seen.skip_busy)
    );
    println!(
        "  slow readers: {} cut off by the body timeout, {} got all of a short listing",
        get(&seen.readers_cut),
        get(&seen.readers_whole)
    );
    println!(
        "  metadata credentials issued: {}; fault-rule POSTs refused (over 1,000): {}",
        get(&seen.metadata_200),
        get(&seen.faults_refused)
    );
    println!(
        "  cross-site admin requests: {} refused, {} taken",
        get(&seen.cross_site_refused),
        get(&seen.cross_site_taken)
    );
    println!(
        "  canned-answer amplifier: {} 9 MiB answers refused, {} taken; {} callers that read nothing",
        get(&seen.amplifier_refused),
        get(&seen.amplifier_taken),
        get(&seen.amplifier_callers)
    );
    if !other.is_empty() {
        println!("  unexpected attacker answers: {other:?}");
    }

    assert!(running, "the emulator exited");
    assert!(wrong.is_empty(), "wrong answers to good calls: {wrong:?}");
    assert!(
        latencies.len() >= 100,
        "only {} good calls in {ATTACK:?}",
        latencies.len()
    );
    assert!(p99 < P99_BOUND, "p99 {p99:?} over {P99_BOUND:?}");
    assert!(
        sampled_peak < RSS_CAP && hwm < RSS_CAP,
        "RSS peaked at {sampled_peak:.0} MiB sampled, {hwm:.0} MiB VmHWM (cap {RSS_CAP} MiB)"
    );
    for r in after {
        r.expect("a good call after the attack");
    }
    assert_eq!(
        get(&seen.cross_site_taken),
        0,
        "a cross-site admin request was taken"
    );
    assert_eq!(
        get(&seen.amplifier_taken),
        0,
        "a 9 MiB chosen answer was taken"
    );
    for (what, n) in [
        (
            "slowloris connections dropped",
            get(&seen.slowloris_dropped),
        ),
        ("stalled bodies answered 408", get(&seen.stalled_408)),
        ("stalled bodies refused 503", get(&seen.stalled_503)),
        ("gigabyte bodies answered 413", get(&seen.gigabyte_413)),
        ("form bombs refused", get(&seen.form_refused)),
        ("2 MB form bombs answered 413", get(&seen.form_413)),
        // Weighed by what parsing them costs (8 MB each), they mostly wait while the
        // stalled bodies hold the budget (issue 25, N8).
        (
            "SKIP sts bodies logged or made to wait",
            get(&seen.skip_logged) + get(&seen.skip_busy),
        ),
        ("SKIP cvm bodies refused", get(&seen.skip_refused)),
        ("5 MB SKIP bodies answered 413", get(&seen.skip_413)),
        ("slow readers cut off", get(&seen.readers_cut)),
        ("metadata credentials issued", get(&seen.metadata_200)),
        ("fault-rule POSTs refused", get(&seen.faults_refused)),
        (
            "cross-site admin requests refused",
            get(&seen.cross_site_refused),
        ),
        ("9 MiB chosen answers refused", get(&seen.amplifier_refused)),
        ("amplifier callers", get(&seen.amplifier_callers)),
    ] {
        assert!(n > 0, "no {what}: that attack did not run as meant");
    }
}
