//! The `tc-emulator` binary as a child process, for the tests that measure its memory
//! (`VmRSS`, `VmHWM` from `/proc/<pid>/status`): serving cvm and sts of 3.0.1217.1 (a
//! release directory of two links, which loads in a fraction of a second), and clients
//! speaking raw HTTP/1.1 to it.

// Each test file that includes this uses part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use tencent_cloud_core::Credential;
use tencent_cloud_core::sign::tc3;
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

pub const ID: &str = "AKIDprocessTEST";
pub const KEY: &str = "process-test-secret-key";
const BIN: &str = env!("CARGO_BIN_EXE_tc-emulator");
const SPECS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/3.0.1217.1");

/// A running `tc-emulator`; killed when dropped.
pub struct Emulator {
    child: Child,
    pub addr: SocketAddr,
    dir: PathBuf,
}

impl Emulator {
    /// Starts the binary with `extra` arguments after the release, listen address and
    /// credentials.
    pub fn start(extra: &[&str]) -> Emulator {
        Emulator::start_limited(extra, None)
    }

    /// [`Emulator::start`], with at most `nofile` open file descriptors when given.
    pub fn start_limited(extra: &[&str], nofile: Option<u64>) -> Emulator {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "tc-emulator-process-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("release dir");
        for svc in ["cvm", "sts"] {
            std::os::unix::fs::symlink(PathBuf::from(SPECS).join(svc), dir.join(svc))
                .expect("link a service");
        }
        let mut command = Command::new(BIN);
        if let Some(n) = nofile {
            use std::os::unix::process::CommandExt as _;
            let lim = libc::rlimit {
                rlim_cur: n,
                rlim_max: n,
            };
            // SAFETY: setrlimit is async-signal-safe and only reads `lim`, a plain
            // struct copied into the closure.
            unsafe {
                command.pre_exec(move || {
                    if libc::setrlimit(libc::RLIMIT_NOFILE, &lim) == 0 {
                        Ok(())
                    } else {
                        Err(std::io::Error::last_os_error())
                    }
                });
            }
        }
        let mut child = command
            .arg("--release")
            .arg(&dir)
            .args([
                "--listen",
                "127.0.0.1:0",
                "--secret-id",
                ID,
                "--secret-key",
                KEY,
            ])
            .arg("--quiet")
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn tc-emulator");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("read the serving line");
        let addr = line
            .trim()
            .rsplit("://")
            .next()
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        Emulator { child, addr, dir }
    }

    fn status_kib(&self, field: &str) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix(field))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    /// Resident memory now, MiB.
    pub fn rss_mib(&self) -> f64 {
        self.status_kib("VmRSS:") as f64 / 1024.0
    }

    /// The most resident memory so far, MiB.
    pub fn hwm_mib(&self) -> f64 {
        self.status_kib("VmHWM:") as f64 / 1024.0
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Still running (it has not exited or crashed).
    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Resident memory of a process, MiB (0 once it is gone).
pub fn rss_of(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kib| kib / 1024.0)
}

/// CPU time a process has used (user and system), seconds.
pub fn cpu_secs(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // After the command name (in parentheses, which may hold spaces): fields 3 on;
    // utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i)?.parse::<f64>().ok())
        .sum();
    // SAFETY: sysconf reads a constant of the system.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    ticks / if hz > 0 { hz as f64 } else { 100.0 }
}

/// An HTTP/1.1 request with a content-length (and `connection: close` when `close`).
pub fn http(
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

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A TC3-signed cvm call with a JSON body.
pub fn signed(action: &str, body: &str, close: bool) -> Vec<u8> {
    let cred = Credential::new(ID, KEY);
    let host = "cvm.tencentcloudapi.com";
    let mut req = tc3::SigningRequest::new(&cred, "cvm", host, action, "2017-03-12", now());
    req.payload = tc3::Payload::Bytes(body.as_bytes());
    let out = tc3::sign(&req).expect("sign");
    let mut headers = vec![("content-type", "application/json".to_owned())];
    headers.extend(out.headers.iter().map(|(n, v)| (*n, v.clone())));
    let refs: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    http("POST", "/", host, &refs, body.as_bytes(), close)
}

/// `{"X":[0,0,…]}` of about `len` bytes: a body that takes 16 times its size once
/// parsed.
pub fn zeros_json(len: usize) -> Vec<u8> {
    let n = len.saturating_sub(8) / 2;
    let mut b = Vec::with_capacity(len);
    b.extend_from_slice(b"{\"X\":[");
    for i in 0..n {
        b.extend_from_slice(if i + 1 == n { b"0" } else { b"0," });
    }
    b.extend_from_slice(b"]}");
    b
}

/// One response read from a kept-alive connection: status, head (lower case) and
/// body. Needs a content-length (API responses have one).
pub async fn read_response(
    sock: &mut TcpStream,
    buf: &mut Vec<u8>,
) -> std::io::Result<(u16, String, Vec<u8>)> {
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..i]).to_ascii_lowercase();
            let len: usize = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            if buf.len() >= i + 4 + len {
                let status = head
                    .split(' ')
                    .nth(1)
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                let body = buf[i + 4..i + 4 + len].to_vec();
                buf.drain(..i + 4 + len);
                return Ok((status, head, body));
            }
        }
        let n = sock.read(&mut chunk).await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}
