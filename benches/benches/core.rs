//! Benchmarks of tencent-cloud-core:
//! - TC3 signing of a typical request, beside aws-sigv4 signing the equivalent request
//!   and the official Python SDK signing the same one (timed by `python_sign_bench.py`);
//! - round trips per second to a keep-alive loopback server.
//!
//! Run: `cargo bench -p tencent-cloud-benches --bench core`. A summary with the ratios is
//! printed at the end. The Python figure needs `python3`; the benchmark installs the
//! pinned SDK into a venv under the target dir (set `PYTHON_SDK_PYTHON` to use another
//! interpreter that already has it).

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use criterion::{Criterion, Throughput};
use tencent_cloud_core::sign::tc3;
use tencent_cloud_core::{Client, ClientConfig, Credential, RequestSpec, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const PY_SDK: &str = "tencentcloud-sdk-python-common==3.1.195";
const SECRET_ID: &str = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
const SECRET_KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
const TOKEN: &str = "token-0123456789";
const TIMESTAMP: i64 = 1551113065;

fn payload() -> &'static str {
    include_str!("../payload.json")
}

fn sign_tc3(cred: &Credential) -> tc3::SigningOutput {
    let mut req = tc3::SigningRequest::new(
        cred,
        "cvm",
        "cvm.tencentcloudapi.com",
        "DescribeInstances",
        "2017-03-12",
        TIMESTAMP,
    );
    req.payload = tc3::Payload::Bytes(payload().as_bytes());
    req.region = Some("ap-guangzhou");
    req.language = Some("en-US");
    req.request_client = Some("SDK_RUST_0.1.0");
    tc3::sign(&req).expect("sign")
}

fn sign_tc3_cached(cred: &Credential, key: &tc3::SigningKey) -> tc3::SigningOutput {
    let mut req = tc3::SigningRequest::new(
        cred,
        "cvm",
        "cvm.tencentcloudapi.com",
        "DescribeInstances",
        "2017-03-12",
        TIMESTAMP,
    );
    req.payload = tc3::Payload::Bytes(payload().as_bytes());
    req.region = Some("ap-guangzhou");
    req.language = Some("en-US");
    req.request_client = Some("SDK_RUST_0.1.0");
    tc3::sign_with_key(&req, key).expect("sign")
}

/// aws-sigv4 signing the equivalent request: POST, same host, body, token and the same
/// kind of extra headers (content-type plus five x-* headers).
struct Sigv4 {
    params: aws_sigv4::http_request::SigningParams<'static>,
}

fn sigv4_params() -> Sigv4 {
    use aws_credential_types::Credentials;
    let identity = Box::leak(Box::new(
        Credentials::new(SECRET_ID, SECRET_KEY, Some(TOKEN.into()), None, "bench").into(),
    ));
    let params = aws_sigv4::sign::v4::SigningParams::builder()
        .identity(identity)
        .region("ap-guangzhou")
        .name("cvm")
        .time(SystemTime::UNIX_EPOCH + Duration::from_secs(TIMESTAMP as u64))
        .settings(aws_sigv4::http_request::SigningSettings::default())
        .build()
        .expect("sigv4 params");
    Sigv4 {
        params: params.into(),
    }
}

const SIGV4_HEADERS: [(&str, &str); 6] = [
    ("content-type", "application/json"),
    ("host", "cvm.tencentcloudapi.com"),
    ("x-tc-action", "DescribeInstances"),
    ("x-tc-version", "2017-03-12"),
    ("x-tc-region", "ap-guangzhou"),
    ("x-tc-language", "en-US"),
];

fn sign_sigv4(p: &Sigv4) -> usize {
    use aws_sigv4::http_request::{SignableBody, SignableRequest, sign};
    let req = SignableRequest::new(
        "POST",
        "https://cvm.tencentcloudapi.com/",
        SIGV4_HEADERS.iter().copied(),
        SignableBody::Bytes(payload().as_bytes()),
    )
    .expect("signable");
    let out = sign(req, &p.params).expect("sigv4 sign");
    let (instructions, signature) = out.into_parts();
    black_box(&instructions);
    signature.len()
}

// ------------------------------------------------------------------ loopback server

async fn serve_keep_alive(listener: tokio::net::TcpListener) {
    let body = br#"{"Response": {"TotalCount": 0, "InstanceSet": [], "RequestId": "bench"}}"#;
    let mut response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body);
    let response: &'static [u8] = Box::leak(response.into_boxed_slice());
    loop {
        let Ok((mut sock, _)) = listener.accept().await else {
            return;
        };
        let _ = sock.set_nodelay(true);
        tokio::spawn(async move {
            let mut buf = Vec::with_capacity(8192);
            let mut chunk = [0u8; 8192];
            loop {
                // Read one request: head, then Content-Length bytes.
                let (head_end, len) = loop {
                    if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        let head = String::from_utf8_lossy(&buf[..i]).to_ascii_lowercase();
                        let len = head
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(0);
                        break (i + 4, len);
                    }
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                };
                while buf.len() < head_end + len {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                }
                buf.drain(..head_end + len);
                if sock.write_all(response).await.is_err() {
                    return;
                }
            }
        });
    }
}

fn loopback_client(rt: &tokio::runtime::Runtime) -> Client {
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    rt.spawn(serve_keep_alive(listener));
    let config = ClientConfig::builder()
        .endpoint_url(format!("http://{addr}"))
        .region("ap-guangzhou")
        .retry(RetryPolicy::none())
        .build()
        .expect("config");
    Client::new(config, Credential::new(SECRET_ID, SECRET_KEY)).expect("client")
}

async fn round_trips(client: &Client, n: u64) -> Duration {
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeInstances");
    let t = Instant::now();
    for _ in 0..n {
        let r = client
            .send_raw(&spec, payload().as_bytes().to_vec())
            .await
            .expect("call");
        black_box(r);
    }
    t.elapsed()
}

// ------------------------------------------------------------------ python

fn python_with_sdk() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("PYTHON_SDK_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("py-interop-{}", PY_SDK.replace(['=', '.'], "_")));
    let bin = dir.join("bin").join("python");
    let ready = |bin: &Path| {
        Command::new(bin)
            .args(["-c", "import tencentcloud.common.sign"])
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    };
    if ready(&bin) {
        return Some(bin);
    }
    let _ = std::fs::remove_dir_all(&dir);
    let venv = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&dir)
        .status();
    if !matches!(venv, Ok(s) if s.success()) {
        return None;
    }
    let pip = Command::new(&bin)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            PY_SDK,
        ])
        .status();
    (matches!(pip, Ok(s) if s.success()) && ready(&bin)).then_some(bin)
}

fn python_us_per_sign() -> Option<f64> {
    let python = python_with_sdk()?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("python_sign_bench.py");
    let out = Command::new(python).arg(script).output().ok()?;
    if !out.status.success() {
        eprintln!(
            "python bench failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// Best-of-5 mean time of `f`, in nanoseconds, over batches of `n` calls.
fn ns_per_call(n: u32, mut f: impl FnMut()) -> f64 {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..n {
                f();
            }
            t.elapsed().as_nanos() as f64 / n as f64
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let cred = Credential::new(SECRET_ID, SECRET_KEY).with_token(TOKEN);
    let key = tc3::SigningKey::derive(SECRET_KEY, "2019-02-25", "cvm");
    let sigv4 = sigv4_params();
    assert_eq!(sign_tc3(&cred), sign_tc3_cached(&cred, &key));

    let mut c = Criterion::default().configure_from_args();
    {
        let mut g = c.benchmark_group("sign");
        g.throughput(Throughput::Elements(1));
        g.bench_function("tc3/tencent-cloud-core", |b| {
            b.iter(|| sign_tc3(black_box(&cred)))
        });
        g.bench_function("tc3/tencent-cloud-core (cached day key)", |b| {
            b.iter(|| sign_tc3_cached(black_box(&cred), black_box(&key)))
        });
        g.bench_function("sigv4/aws-sigv4", |b| {
            b.iter(|| sign_sigv4(black_box(&sigv4)))
        });
        g.finish();
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let client = loopback_client(&rt);
    {
        let mut g = c.benchmark_group("loopback");
        g.throughput(Throughput::Elements(1));
        g.bench_function("round trip (keep-alive, send_raw)", |b| {
            b.iter_custom(|iters| rt.block_on(round_trips(&client, iters)))
        });
        g.finish();
    }
    c.final_summary();

    // Summary with ratios (own simple timing so the numbers are at hand).
    let core_ns = ns_per_call(50_000, || {
        black_box(sign_tc3(black_box(&cred)));
    });
    let cached_ns = ns_per_call(50_000, || {
        black_box(sign_tc3_cached(black_box(&cred), black_box(&key)));
    });
    let sigv4_ns = ns_per_call(50_000, || {
        black_box(sign_sigv4(black_box(&sigv4)));
    });
    rt.block_on(round_trips(&client, 200)); // warm up
    let n = 5_000;
    let rtt = rt.block_on(round_trips(&client, n));
    println!("\n==== summary ====");
    println!(
        "tencent-cloud-core TC3 sign:            {:>9.0} ns",
        core_ns
    );
    println!(
        "tencent-cloud-core TC3 sign, cached key: {:>8.0} ns",
        cached_ns
    );
    println!(
        "aws-sigv4 sign (equivalent request):   {:>9.0} ns   -> core is {:.2}x faster ({:.2}x with cached key)",
        sigv4_ns,
        sigv4_ns / core_ns,
        sigv4_ns / cached_ns
    );
    match python_us_per_sign() {
        Some(us) => println!(
            "official Python SDK sign:              {:>9.0} ns   -> core is {:.0}x faster ({:.0}x with cached key)",
            us * 1000.0,
            us * 1000.0 / core_ns,
            us * 1000.0 / cached_ns
        ),
        None => {
            println!("official Python SDK sign: NOT MEASURED (python3 or the SDK is unavailable)")
        }
    }
    println!(
        "loopback round trips (1 connection, sequential): {:.0}/s ({:.1} us each, {} calls)",
        n as f64 / rtt.as_secs_f64(),
        rtt.as_secs_f64() * 1e6 / n as f64,
        n
    );
}
