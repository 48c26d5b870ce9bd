//! Emulator throughput and SDK round trips, beside the official Python and Node SDKs.
//!
//! ```sh
//! cargo run --release -p tencentcloud-emulator --example bench -- [SECONDS]
//! ```
//! - throughput: 64 keep-alive connections replaying a TC3-signed cvm DescribeRegions
//!   (each verified, validated and answered with the example) on loopback;
//! - round trips/s, one call at a time: the generated Rust cvm client, the Python SDK
//!   (`TC_BENCH_PYTHON`, a python with `tencentcloud-sdk-python-common`) and the Node SDK
//!   (`TC_BENCH_NODE_PATH`, a `node_modules` with `tencentcloud-sdk-nodejs`, or the
//!   cvm-only `tencentcloud-sdk-nodejs-cvm`); a client whose variable is unset is skipped.
//!
//! ```sh
//! python3 -m venv /tmp/py && /tmp/py/bin/pip install tencentcloud-sdk-python-common==3.1.195
//! (mkdir -p /tmp/node && cd /tmp/node && npm install tencentcloud-sdk-nodejs@4.1.313)
//! TC_BENCH_PYTHON=/tmp/py/bin/python TC_BENCH_NODE_PATH=/tmp/node/node_modules \
//!     cargo run --release -p tencentcloud-emulator --example bench -- 5
//! ```
//!
//! The load generator and the emulator share the machine's cores.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tencentcloud_core::sign::tc3;
use tencentcloud_core::{ClientConfig, Credential, RetryPolicy};
use tencentcloud_emulator::Emulator;
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
    let t = Instant::now();
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
    // its own thread, the Rust client on another (as the Python and Node clients are
    // other processes): one core each, no work stealing between them.
    let (tx, rx) = std::sync::mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
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

    // The floor: one raw keep-alive connection, one pre-signed request at a time.
    let raw = {
        let req = Arc::new(signed_request(&addr.to_string()));
        let stop = Arc::new(AtomicBool::new(false));
        let count = Arc::new(AtomicU64::new(0));
        let task = tokio::spawn(hammer(addr, req, stop.clone(), count.clone()));
        let start = Instant::now();
        tokio::time::sleep(Duration::from_secs_f64(seconds.min(2.0))).await;
        stop.store(true, Ordering::Relaxed);
        let _ = task.await;
        count.load(Ordering::Relaxed) as f64 / start.elapsed().as_secs_f64()
    };
    println!("raw HTTP client, one request at a time: {raw:.0} round trips/s");
    let rust = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let config = ClientConfig::builder()
                .region("ap-guangzhou")
                .endpoint_url(url)
                .retry(RetryPolicy::none())
                .build()
                .expect("config");
            let cvm = tencentcloud_sdk_cvm::v20170312::Client::new(
                tencentcloud_core::Client::new(config, Credential::new(ID, KEY)).expect("client"),
            );
            let req = tencentcloud_sdk_cvm::v20170312::DescribeRegionsRequest::default();
            cvm.describe_regions(&req).await.expect("warm up");
            let start = Instant::now();
            let mut calls = 0u64;
            while start.elapsed().as_secs_f64() < seconds {
                cvm.describe_regions(&req).await.expect("call");
                calls += 1;
            }
            calls as f64 / start.elapsed().as_secs_f64()
        })
    })
    .join()
    .expect("client thread");
    println!("Rust SDK (generated cvm client): {rust:.0} round trips/s");

    let endpoint = addr.to_string();
    let args = |script: &str| {
        vec![
            format!("{}/bench/{script}", env!("CARGO_MANIFEST_DIR")),
            endpoint.clone(),
            ID.into(),
            KEY.into(),
            seconds.to_string(),
        ]
    };
    let python = match std::env::var("TC_BENCH_PYTHON") {
        Ok(p) => tokio::task::spawn_blocking({
            let a = args("python_client.py");
            move || run_script(&p, &[], &a)
        })
        .await
        .ok()
        .flatten(),
        Err(_) => None,
    };
    let node = match std::env::var("TC_BENCH_NODE_PATH") {
        Ok(p) => tokio::task::spawn_blocking({
            let a = args("node_client.js");
            move || run_script("node", &[("NODE_PATH", p)], &a)
        })
        .await
        .ok()
        .flatten(),
        Err(_) => None,
    };
    match python {
        Some(p) => println!(
            "Python SDK: {p:.0} round trips/s (Rust is {:.1}x)",
            rust / p
        ),
        None => println!("Python SDK: skipped (set TC_BENCH_PYTHON)"),
    }
    match node {
        Some(n) => println!("Node SDK: {n:.0} round trips/s (Rust is {:.1}x)", rust / n),
        None => println!("Node SDK: skipped (set TC_BENCH_NODE_PATH)"),
    }
    let _ = stop_tx.send(());
    let _ = server.join();
}
