//! A tiny scripted HTTP/1.1 server on 127.0.0.1 for transport tests.
//!
//! Each request pops the next [`Action`] from a queue (default: a success JSON). Every
//! request is recorded and its signature verified with the crate's own verification
//! functions, like the emulator will.
#![allow(dead_code)]

use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tencentcloud_core::sign::{Algorithm, tc3, v1};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const SECRET_ID: &str = "AKIDtestTESTtest0123456789abcdef";
pub const SECRET_KEY: &str = "sk-THIS-IS-THE-SECRET-KEY-0123456789";
pub const TOKEN: &str = "tok-THIS-IS-THE-SESSION-TOKEN-abcdef";

#[derive(Clone, Debug)]
pub enum Action {
    /// 200 with this JSON body.
    Json(String),
    /// Any status, content type and body; `declared_len` lies about Content-Length and
    /// then the connection is closed (a body cut short).
    Raw {
        status: u16,
        content_type: &'static str,
        body: Vec<u8>,
        declared_len: Option<usize>,
    },
    /// Close the connection with a TCP reset, without answering.
    Reset,
    /// Wait, then do the inner action.
    Delay(Duration, Box<Action>),
    /// A `text/event-stream` body written in chunks, each after its delay; then close.
    Sse(Vec<(Duration, Vec<u8>)>),
}

impl Action {
    pub fn ok() -> Action {
        Action::Json(r#"{"Response": {"TotalCount": 1, "RequestId": "req-ok"}}"#.into())
    }
    pub fn error(code: &str) -> Action {
        Action::Json(format!(
            r#"{{"Response": {{"Error": {{"Code": "{code}", "Message": "scripted {code}"}}, "RequestId": "req-err"}}}}"#
        ))
    }
    pub fn status(status: u16, content_type: &'static str, body: &str) -> Action {
        Action::Raw {
            status,
            content_type,
            body: body.as_bytes().to_vec(),
            declared_len: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Recorded {
    pub headers: BTreeMap<String, String>,
    pub body: Vec<u8>,
    /// Whether the signature verified.
    pub signature_ok: bool,
    pub connection: usize,
}

#[derive(Default)]
struct State {
    script: Mutex<VecDeque<Action>>,
    seen: Mutex<Vec<Recorded>>,
    connections: AtomicUsize,
}

pub struct Server {
    pub addr: SocketAddr,
    state: Arc<State>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    pub async fn start(script: Vec<Action>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let state = Arc::new(State::default());
        state.script.lock().unwrap().extend(script);
        let st = state.clone();
        let task = tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    return;
                };
                let n = st.connections.fetch_add(1, Ordering::SeqCst) + 1;
                let st = st.clone();
                tokio::spawn(async move {
                    let _ = serve(sock, st, n).await;
                });
            }
        });
        Server { addr, state, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.seen.lock().unwrap().clone()
    }

    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }
}

async fn serve(mut sock: TcpStream, state: Arc<State>, conn: usize) -> std::io::Result<()> {
    sock.set_nodelay(true)?;
    let mut buf = Vec::new();
    loop {
        // Read one request head.
        let head_end = loop {
            if let Some(i) = find(&buf, b"\r\n\r\n") {
                break i;
            }
            let mut chunk = [0u8; 4096];
            let n = sock.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let _request_line = lines.next().unwrap_or_default();
        let mut headers = BTreeMap::new();
        for line in lines {
            if let Some((k, v)) = line.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_owned());
            }
        }
        let len: usize = headers
            .get("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        while buf.len() < head_end + 4 + len {
            let mut chunk = [0u8; 4096];
            let n = sock.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        let body = buf[head_end + 4..head_end + 4 + len].to_vec();
        buf.drain(..head_end + 4 + len);

        let signature_ok = verify(&headers, &body);
        state.seen.lock().unwrap().push(Recorded {
            headers,
            body,
            signature_ok,
            connection: conn,
        });
        let action = state
            .script
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or_else(Action::ok);
        if !respond(&mut sock, action).await? {
            return Ok(());
        }
    }
}

/// Writes the response; returns whether the connection stays open.
async fn respond(sock: &mut TcpStream, action: Action) -> std::io::Result<bool> {
    let mut action = action;
    loop {
        match action {
            Action::Delay(d, inner) => {
                tokio::time::sleep(d).await;
                action = *inner;
            }
            Action::Json(body) => {
                write_response(sock, 200, "application/json", body.as_bytes(), None).await?;
                return Ok(true);
            }
            Action::Raw {
                status,
                content_type,
                body,
                declared_len,
            } => {
                write_response(sock, status, content_type, &body, declared_len).await?;
                if declared_len.is_some() {
                    sock.shutdown().await?;
                    return Ok(false);
                }
                return Ok(true);
            }
            Action::Reset => {
                // SO_LINGER 0: close() sends a RST. Blocking on drop is not an issue with
                // a zero linger time.
                #[allow(deprecated)]
                sock.set_linger(Some(Duration::ZERO))?;
                return Ok(false);
            }
            Action::Sse(chunks) => {
                let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
                sock.write_all(head.as_bytes()).await?;
                for (delay, chunk) in chunks {
                    tokio::time::sleep(delay).await;
                    sock.write_all(&chunk).await?;
                    sock.flush().await?;
                }
                sock.shutdown().await?;
                return Ok(false);
            }
        }
    }
}

async fn write_response(
    sock: &mut TcpStream,
    status: u16,
    content_type: &str,
    body: &[u8],
    declared_len: Option<usize>,
) -> std::io::Result<()> {
    // One write: a head and body in separate segments would meet Nagle and delayed ACKs.
    let mut out = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        declared_len.unwrap_or(body.len())
    )
    .into_bytes();
    out.extend_from_slice(body);
    sock.write_all(&out).await?;
    sock.flush().await
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Verifies a TC3 or v1 signature with the crate's public verification pieces.
fn verify(headers: &BTreeMap<String, String>, body: &[u8]) -> bool {
    if let Some(auth) = headers.get("authorization") {
        let Ok(a) = tc3::parse_authorization(auth) else {
            return false;
        };
        let mut signed = Vec::new();
        for name in a.signed_header_names() {
            let Some(v) = headers.get(name) else {
                return false;
            };
            signed.push((name, v.as_str()));
        }
        let Some(ts) = headers
            .get("x-tc-timestamp")
            .and_then(|t| t.parse::<i64>().ok())
        else {
            return false;
        };
        let cr = tc3::canonical_request("POST", "/", "", &signed, &tc3::hashed_payload(body));
        let sts = tc3::string_to_sign(ts, a.date, a.service, &cr);
        a.secret_id == SECRET_ID
            && tc3::signature(SECRET_KEY, a.date, a.service, &sts) == a.signature
    } else {
        // v1: form body
        let text = String::from_utf8_lossy(body);
        let params: Vec<(String, String)> = text
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (form_decode(k), form_decode(v)))
            .collect();
        let get = |n: &str| params.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
        let (Some(sig), Some(method), Some(host)) = (
            get("Signature"),
            get("SignatureMethod"),
            headers.get("host"),
        ) else {
            return false;
        };
        let Ok(alg) = method.parse::<Algorithm>() else {
            return false;
        };
        let refs: Vec<(&str, &str)> = params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let sts = v1::string_to_sign("POST", host, "/", &refs);
        v1::signature(SECRET_KEY, alg, &sts).ok() == Some(sig)
    }
}

pub fn form_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("00");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
