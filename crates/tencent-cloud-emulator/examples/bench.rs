//! Emulator throughput and SDK round trips, beside the official Python and Node SDKs.
//!
//! ```sh
//! cargo xtask bench emulator --seconds 5   # installs the Python and Node SDKs, runs this
//! cargo run --release -p tencent-cloud-emulator --example bench -- [SECONDS]
//! ```
//! - throughput: 64 keep-alive connections replaying a TC3-signed cvm DescribeRegions
//!   (each verified, validated and answered with the example) on loopback;
//! - round trips/s, one call at a time: the generated Rust cvm client, the Python SDK
//!   (`TC_BENCH_PYTHON`, a python with `tencentcloud-sdk-python-common`) and the Node SDK
//!   (`TC_BENCH_NODE_PATH`, a `node_modules` with `tencentcloud-sdk-nodejs`, or the
//!   cvm-only `tencentcloud-sdk-nodejs-cvm`); a client whose variable is unset is skipped.
//!   Beside them, two floors: a TCP ping-pong (no HTTP) and a raw pre-signed HTTP client
//!   (writes the request bytes, reads up to Content-Length, parses nothing else); and the
//!   SDK's transport without the SDK: the pre-signed request through one hyper `http1`
//!   connection, then through hyper-util's pooled client. Each client row also gives the
//!   client thread's CPU per call, which a busy machine disturbs less than the rate.
//!
//! Round trips are measured in two placements, every client in the same ones: the
//! emulator's thread pinned to CPU 0 and the client on CPU 1 ("two cores"), then both on
//! CPU 0 ("one core"). One at a time, a round trip is mostly waiting, and on a VM whose
//! idle vCPUs halt at once (Linux `haltpoll` with `guest_halt_poll_ns` 0) each
//! cross-core wakeup is a trip through the hypervisor: the two-core floor then says
//! more about the VM than about the clients. On one core, the handoff is a plain context
//! switch and the figures are the clients' and the emulator's own costs.
//!
//! `TC_BENCH_PROFILE=SECONDS` runs only the Rust client, one core, on a thread named
//! `rust-client`, for a profiler: `perf record -F 4999 -- …/examples/bench`, then
//! `perf report --comm rust-client --sort dso,symbol`.
//!
//! ```sh
//! python3 -m venv /tmp/py && /tmp/py/bin/pip install tencentcloud-sdk-python-common==3.1.195
//! (mkdir -p /tmp/node && cd /tmp/node && npm install tencentcloud-sdk-nodejs@4.1.313)
//! TC_BENCH_PYTHON=/tmp/py/bin/python TC_BENCH_NODE_PATH=/tmp/node/node_modules \
//!     cargo run --release -p tencent-cloud-emulator --example bench -- 5
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tencent_cloud_core::sign::tc3;
use tencent_cloud_core::{ClientConfig, Credential, RetryPolicy};
use tencent_cloud_emulator::Emulator;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ID: &str = "AKIDbenchEXAMPLE";
const KEY: &str = "bench-secret-key";
const CONNECTIONS: usize = 64;

fn signed_request(host: &str) -> Vec<u8> {
    let cred = Credential::new(ID, KEY);
    let ts = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let mut req = tc3::SigningRequest::new(&cred, "cvm", host, "DescribeRegions", "2017-03-12", ts);
    req.payload = tc3::Payload::Bytes(b"{}");
    let out = tc3::sign(&req).expect("sign");
    let mut text = format!("POST / HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\n");
    for (n, v) in &out.headers {
        text.push_str(&format!("{n}: {v}\r\n"));
    }
    text.push_str("content-length: 2\r\n\r\n{}");
    text.into_bytes()
}

/// Sends `req` and reads one response, over and over, until `stop`.
async fn hammer(
    addr: std::net::SocketAddr,
    req: Arc<Vec<u8>>,
    stop: Arc<AtomicBool>,
    count: Arc<AtomicU64>,
) {
    let mut sock = TcpStream::connect(addr).await.expect("connect");
    let _ = sock.set_nodelay(true);
    let mut buf = vec![0u8; 64 * 1024];
    while !stop.load(Ordering::Relaxed) {
        sock.write_all(&req).await.expect("write");
        let mut have = 0;
        loop {
            let n = sock.read(&mut buf[have..]).await.expect("read");
            assert!(n > 0, "connection closed");
            have += n;
            let head_end = buf[..have].windows(4).position(|w| w == b"\r\n\r\n");
            if let Some(i) = head_end {
                let head = std::str::from_utf8(&buf[..i]).expect("utf8");
                let len: usize = head
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse().ok())?
                    })
                    .expect("content-length");
                if have >= i + 4 + len {
                    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
                    break;
                }
            }
        }
        count.fetch_add(1, Ordering::Relaxed);
    }
}

fn run_script(program: &str, env: &[(&str, String)], args: &[String]) -> Option<f64> {
    let out = std::process::Command::new(program)
        .args(args)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!("{program} failed: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    Some(v["calls"].as_f64()? / v["seconds"].as_f64()?)
}

#[tokio::main]
async fn main() {
    let seconds: f64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(5.0);
    let profile: Option<f64> = std::env::var("TC_BENCH_PROFILE")
        .ok()
        .and_then(|s| s.parse().ok());
    let t = Instant::now();
    if let Some(seconds) = profile {
        let (tx, rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = std::thread::spawn(move || {
            pin(0);
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let emu = Emulator::builder()
                    .release_path(concat!(
                        env!("CARGO_MANIFEST_DIR"),
                        "/../../specs/3.0.1217.1"
                    ))
                    .credentials(ID, KEY)
                    .start()
                    .await
                    .expect("emulator");
                tx.send(emu.url()).expect("send");
                let _ = stop_rx.await;
                emu.shutdown().await;
            });
        });
        let url = rx.recv().expect("emulator url");
        let rate = std::thread::Builder::new()
            .name("rust-client".into())
            .spawn(move || {
                pin(0);
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime")
                    .block_on(rust_client(url, seconds))
            })
            .expect("thread")
            .join()
            .expect("client");
        println!("Rust SDK (cvm client), one core: {}", per_call(rate));
        let _ = stop_tx.send(());
        let _ = server.join();
        return;
    }
    let emu = Emulator::builder()
        .release_path(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../specs/3.0.1217.1"
        ))
        .credentials(ID, KEY)
        .start()
        .await
        .expect("emulator");
    println!("release loaded and emulator started in {:?}", t.elapsed());
    let addr = emu.addr();

    // Throughput.
    let req = Arc::new(signed_request(&addr.to_string()));
    let stop = Arc::new(AtomicBool::new(false));
    let count = Arc::new(AtomicU64::new(0));
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| tokio::spawn(hammer(addr, req.clone(), stop.clone(), count.clone())))
        .collect();
    tokio::time::sleep(Duration::from_millis(500)).await; // warm up
    let start_count = count.load(Ordering::Relaxed);
    let start = Instant::now();
    tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
    let done = count.load(Ordering::Relaxed) - start_count;
    let elapsed = start.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    for t in tasks {
        let _ = t.await;
    }
    let throughput = done as f64 / elapsed;
    println!(
        "emulator throughput: {throughput:.0} requests/s ({CONNECTIONS} keep-alive connections, {done} requests in {elapsed:.1} s)"
    );

    emu.shutdown().await;

    // Round trips, one call at a time. The emulator runs on a single-threaded runtime of
    // its own thread, pinned to CPU 0; each client runs on a thread (or, for Python and
    // Node, in a process started from a thread) pinned to the placement's CPU.
    let (tx, rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
        pin(0);
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let emu = Emulator::builder()
                .release_path(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../specs/3.0.1217.1"
                ))
                .credentials(ID, KEY)
                // The Node SDK signs with the first label of the endpoint (127) as the
                // scope's service: route such calls to cvm.
                .service_default("cvm")
                .start()
                .await
                .expect("emulator");
            tx.send((emu.addr(), emu.url())).expect("send");
            let _ = stop_rx.await;
            emu.shutdown().await;
        });
    });
    let (addr, url) = rx.recv().expect("emulator address");
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let placements: &[(&str, usize)] = if cpus >= 2 {
        &[
            ("two cores: emulator on CPU 0, client on CPU 1", 1),
            ("one core: emulator and client on CPU 0", 0),
        ]
    } else {
        &[("one core", 0)]
    };
    for &(name, cpu) in placements {
        println!("\n{name}");
        round_trips(addr, &url, cpu, seconds);
    }
    if let Ok(ns) = std::fs::read_to_string("/sys/module/haltpoll/parameters/guest_halt_poll_ns") {
        println!(
            "\n(guest_halt_poll_ns = {}: {})",
            ns.trim(),
            if ns.trim() == "0" {
                "idle vCPUs halt at once, so every cross-core wakeup goes through the hypervisor"
            } else {
                "idle vCPUs poll before halting"
            }
        );
    }
    let _ = stop_tx.send(());
    let _ = server.join();
}

/// Pins the calling thread (and the processes it starts) to one CPU. Best effort.
fn pin(cpu: usize) {
    // SAFETY: `set` is a plain bit set, initialised by zeroing as `CPU_ZERO` does, and
    // the call only reads it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu, &mut set);
        if libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) != 0 {
            eprintln!(
                "could not pin to CPU {cpu}: {}",
                std::io::Error::last_os_error()
            );
        }
    }
}

/// Runs `f` on a new thread pinned to `cpu` and returns its result.
fn on_cpu<T: Send + 'static>(cpu: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::spawn(move || {
        pin(cpu);
        f()
    })
    .join()
    .expect("bench thread")
}

/// The calling thread's CPU time (user and system), in seconds.
fn thread_cpu() -> f64 {
    // SAFETY: `ts` is a plain struct the call fills in.
    unsafe {
        let mut ts: libc::timespec = std::mem::zeroed();
        libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts);
        ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
    }
}

type Row = std::pin::Pin<Box<dyn std::future::Future<Output = f64>>>;

/// A client row: calls per second, and the client thread's CPU per call (the kernel's
/// loopback work for its sends included, as for every row).
fn client_row(name: &str, cpu: usize, f: impl FnOnce() -> Row + Send + 'static) -> f64 {
    let (rate, cpu_s, wall) = on_cpu(cpu, move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let (c0, t0) = (thread_cpu(), Instant::now());
        let rate = rt.block_on(f());
        (rate, thread_cpu() - c0, t0.elapsed().as_secs_f64())
    });
    println!(
        "  {name:<22} {}, client CPU {:>5.1} µs/call",
        per_call(rate),
        cpu_s * 1e6 / (rate * wall)
    );
    rate
}

/// Calls cvm DescribeRegions with the generated client, one at a time, for `seconds`;
/// returns calls per second.
async fn rust_client(url: String, seconds: f64) -> f64 {
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(url)
        .retry(RetryPolicy::none())
        .build()
        .expect("config");
    let cvm = tencent_cloud_cvm::v20170312::Client::new(
        tencent_cloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
    );
    let req = tencent_cloud_cvm::v20170312::DescribeRegionsRequest::default();
    cvm.describe_regions(&req).await.expect("warm up");
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed().as_secs_f64() < seconds {
        cvm.describe_regions(&req).await.expect("call");
        calls += 1;
    }
    calls as f64 / start.elapsed().as_secs_f64()
}

/// The pre-signed request through hyper: one `http1` connection, or hyper-util's pooled
/// client (the SDK's transport); calls per second.
async fn hyper_client(addr: std::net::SocketAddr, seconds: f64, pooled: bool) -> f64 {
    use http_body_util::{BodyExt as _, Full};
    let host = addr.to_string();
    let build = || {
        let cred = Credential::new(ID, KEY);
        let ts = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let mut req =
            tc3::SigningRequest::new(&cred, "cvm", &host, "DescribeRegions", "2017-03-12", ts);
        req.payload = tc3::Payload::Bytes(b"{}");
        let out = tc3::sign(&req).expect("sign");
        let mut b = hyper::Request::post(format!("http://{host}/"))
            .header("host", &host)
            .header("content-type", "application/json");
        for (n, v) in &out.headers {
            b = b.header(*n, v.as_str());
        }
        b.body(Full::new(bytes::Bytes::from_static(b"{}")))
            .expect("request")
    };
    let start = Instant::now();
    let mut calls = 0u64;
    if pooled {
        let pool =
            hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
                .build_http::<Full<bytes::Bytes>>();
        while start.elapsed().as_secs_f64() < seconds {
            let resp = pool.request(build()).await.expect("call");
            let _ = resp.into_body().collect().await.expect("body");
            calls += 1;
        }
    } else {
        let sock = TcpStream::connect(addr).await.expect("connect");
        let _ = sock.set_nodelay(true);
        let (mut send, conn) =
            hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(sock))
                .await
                .expect("handshake");
        tokio::spawn(conn);
        while start.elapsed().as_secs_f64() < seconds {
            let resp = send.send_request(build()).await.expect("call");
            let _ = resp.into_body().collect().await.expect("body");
            calls += 1;
        }
    }
    calls as f64 / start.elapsed().as_secs_f64()
}

fn per_call(rate: f64) -> String {
    format!("{rate:>7.0} round trips/s ({:>5.1} µs each)", 1e6 / rate)
}

fn round_trips(addr: std::net::SocketAddr, url: &str, cpu: usize, seconds: f64) {
    // TCP ping-pong with an echo thread on CPU 0: what the OS (and VM) cost per round trip.
    let tcp = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let echo_addr = listener.local_addr().expect("addr");
        let echo = std::thread::spawn(move || {
            pin(0);
            use std::io::{Read, Write};
            let Ok((mut s, _)) = listener.accept() else {
                return;
            };
            let _ = s.set_nodelay(true);
            let mut buf = [0u8; 512];
            while let Ok(n) = s.read(&mut buf) {
                if n == 0 || s.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        });
        let rate = on_cpu(cpu, move || {
            use std::io::{Read, Write};
            let mut s = std::net::TcpStream::connect(echo_addr).expect("connect");
            let _ = s.set_nodelay(true);
            let msg = [b'x'; 300];
            let mut buf = [0u8; 512];
            let mut calls = 0u64;
            let start = Instant::now();
            while start.elapsed().as_secs_f64() < seconds.min(1.0) {
                s.write_all(&msg).expect("write");
                let mut got = 0;
                while got < msg.len() {
                    got += s.read(&mut buf).expect("read");
                }
                calls += 1;
            }
            calls as f64 / start.elapsed().as_secs_f64()
        });
        let _ = echo.join();
        rate
    };
    println!("  {:<22} {}", "TCP ping-pong floor", per_call(tcp));

    // The HTTP floor: one raw keep-alive connection, one pre-signed request at a time.
    let raw = client_row("raw HTTP client", cpu, move || {
        Box::pin(async move {
            let req = Arc::new(signed_request(&addr.to_string()));
            let stop = Arc::new(AtomicBool::new(false));
            let count = Arc::new(AtomicU64::new(0));
            let task = tokio::spawn(hammer(addr, req, stop.clone(), count.clone()));
            let start = Instant::now();
            tokio::time::sleep(Duration::from_secs_f64(seconds.min(2.0))).await;
            stop.store(true, Ordering::Relaxed);
            let _ = task.await;
            count.load(Ordering::Relaxed) as f64 / start.elapsed().as_secs_f64()
        })
    });
    let secs = seconds.min(2.0);
    client_row("hyper, one connection", cpu, move || {
        Box::pin(hyper_client(addr, secs, false))
    });
    let pool = client_row("hyper-util pool", cpu, move || {
        Box::pin(hyper_client(addr, secs, true))
    });
    let url = url.to_owned();
    let rust = client_row("Rust SDK (cvm client)", cpu, move || {
        Box::pin(rust_client(url, seconds))
    });
    println!(
        "  SDK / raw {:.2}x, SDK / its transport (hyper-util pool) {:.2}x",
        raw / rust,
        pool / rust
    );

    let args = |script: &str| {
        vec![
            format!("{}/bench/{script}", env!("CARGO_MANIFEST_DIR")),
            addr.to_string(),
            ID.into(),
            KEY.into(),
            seconds.to_string(),
        ]
    };
    let others = [
        ("Python SDK", "TC_BENCH_PYTHON", "python_client.py"),
        ("Node SDK", "TC_BENCH_NODE_PATH", "node_client.js"),
    ];
    for (name, var, script) in others {
        let Ok(value) = std::env::var(var) else {
            println!("  {name}: skipped (set {var})");
            continue;
        };
        let a = args(script);
        let rate = on_cpu(cpu, move || {
            if var == "TC_BENCH_PYTHON" {
                run_script(&value, &[], &a)
            } else {
                run_script("node", &[("NODE_PATH", value)], &a)
            }
        });
        match rate {
            Some(r) => println!("  {name:<22} {}: Rust is {:.1}x", per_call(r), rust / r),
            None => println!("  {name}: failed (see above)"),
        }
    }
}
