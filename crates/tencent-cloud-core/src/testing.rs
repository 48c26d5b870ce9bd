//! Test helpers, behind the `test-util` feature: the one loopback HTTP/1.1 server of the
//! workspace's tests. Not part of the API; no semver promise.
//!
//! A [`Server`] answers each request with the [`Reply`] its handler picks (or the next
//! one of a script, [`Server::scripted`]) and records every [`Request`], which can check
//! its own TC3 or v1 signature with the crate's public verification stages.

use std::collections::{BTreeMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::sign::{Algorithm, tc3, v1};

/// One request the server received.
#[derive(Clone, Debug)]
pub struct Request {
    /// `GET`, `POST`, `CONNECT`, …
    pub method: String,
    /// The request target: a path, or `host:port` for `CONNECT`.
    pub path: String,
    /// The request line and headers as received, up to and with the blank line.
    pub head: String,
    /// Header names lowercased.
    pub headers: BTreeMap<String, String>,
    /// The body (as long as its Content-Length says).
    pub body: Vec<u8>,
    /// The number of the connection it came on (1 for the first).
    pub connection: usize,
}

impl Request {
    /// The body as JSON; panics when it is not.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }

    /// A header by its lowercase name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }

    /// Whether the TC3 signature (`Authorization` header, a POST to `/`) verifies with
    /// these keys.
    pub fn tc3_signed_by(&self, secret_id: &str, secret_key: &str) -> bool {
        let Some(auth) = self.header("authorization") else {
            return false;
        };
        let Ok(a) = tc3::parse_authorization(auth) else {
            return false;
        };
        let mut signed = Vec::new();
        for name in a.signed_header_names() {
            let Some(v) = self.headers.get(name) else {
                return false;
            };
            signed.push((name, v.as_str()));
        }
        let Some(ts) = self
            .header("x-tc-timestamp")
            .and_then(|t| t.parse::<i64>().ok())
        else {
            return false;
        };
        let cr = tc3::canonical_request("POST", "/", "", &signed, &tc3::hashed_payload(&self.body));
        let sts = tc3::string_to_sign(ts, a.date, a.service, &cr);
        a.secret_id == secret_id
            && tc3::signature(secret_key, a.date, a.service, &sts) == a.signature
    }

    /// Whether the v1 signature (`Signature` and `SignatureMethod` in a form body POSTed
    /// to `/`) verifies with this secret key.
    pub fn v1_signed_by(&self, secret_key: &str) -> bool {
        let text = String::from_utf8_lossy(&self.body);
        let params: Vec<(String, String)> = text
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (form_decode(k), form_decode(v)))
            .collect();
        let get = |n: &str| params.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
        let (Some(sig), Some(method), Some(host)) = (
            get("Signature"),
            get("SignatureMethod"),
            self.headers.get("host"),
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
        v1::signature(secret_key, alg, &sts).ok() == Some(sig)
    }
}

/// What the server does with a request.
#[derive(Clone, Debug)]
pub enum Reply {
    /// 200 with this JSON body.
    Json(String),
    /// Any status, content type and body; `declared_len` lies about Content-Length and
    /// then the connection is closed (a body cut short).
    Raw {
        /// The HTTP status.
        status: u16,
        /// The Content-Type.
        content_type: &'static str,
        /// The body.
        body: Vec<u8>,
        /// A Content-Length other than the body's.
        declared_len: Option<usize>,
    },
    /// Close the connection with a TCP reset, without answering.
    Reset,
    /// Wait, then do the inner reply.
    Delay(Duration, Box<Reply>),
    /// A `text/event-stream` body written in chunks, each after its delay; then close.
    Sse(Vec<(Duration, Vec<u8>)>),
    /// Answer a `CONNECT` with 200 and tunnel the connection to this address (an HTTP
    /// proxy); the connection is closed when the target cannot be reached.
    Tunnel(SocketAddr),
}

impl Reply {
    /// 200 with this JSON body.
    pub fn json(body: impl Into<String>) -> Reply {
        Reply::Json(body.into())
    }

    /// A successful API answer (`TotalCount` 1, request id `req-ok`).
    pub fn ok() -> Reply {
        Reply::Json(r#"{"Response": {"TotalCount": 1, "RequestId": "req-ok"}}"#.into())
    }

    /// An API error with this code (request id `req-err`).
    pub fn error(code: &str) -> Reply {
        Reply::Json(format!(
            r#"{{"Response": {{"Error": {{"Code": "{code}", "Message": "scripted {code}"}}, "RequestId": "req-err"}}}}"#
        ))
    }

    /// Any status, with this content type and body.
    pub fn status(status: u16, content_type: &'static str, body: &str) -> Reply {
        Reply::Raw {
            status,
            content_type,
            body: body.as_bytes().to_vec(),
            declared_len: None,
        }
    }

    /// This reply after `delay`.
    pub fn delayed(self, delay: Duration) -> Reply {
        Reply::Delay(delay, Box::new(self))
    }
}

type Handler = Box<dyn Fn(&Request) -> Reply + Send + Sync>;

#[derive(Default)]
struct State {
    seen: Mutex<Vec<Request>>,
    connections: AtomicUsize,
}

/// A loopback HTTP/1.1 server (keep-alive) on 127.0.0.1; stops when dropped.
pub struct Server {
    /// Where it listens.
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
    /// Starts a server answering each request with `handler`'s reply.
    pub async fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let state = Arc::new(State::default());
        let handler: Arc<Handler> = Arc::new(Box::new(handler));
        let st = state.clone();
        let task = tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let n = st.connections.fetch_add(1, Ordering::SeqCst) + 1;
                let (st, handler) = (st.clone(), handler.clone());
                tokio::spawn(async move {
                    let _ = serve(sock, st, handler, n).await;
                });
            }
        });
        Server { addr, state, task }
    }

    /// Starts a server answering with the replies of `script` in turn, then
    /// [`Reply::ok`].
    pub async fn scripted(script: Vec<Reply>) -> Server {
        let script = Mutex::new(VecDeque::from(script));
        Server::start(move |_| {
            let next = script.lock().unwrap_or_else(|e| e.into_inner()).pop_front();
            next.unwrap_or_else(Reply::ok)
        })
        .await
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The requests received so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.state.seen).clone()
    }

    /// How many requests went to `path`.
    pub fn count(&self, path: &str) -> usize {
        lock(&self.state.seen)
            .iter()
            .filter(|r| r.path == path)
            .count()
    }

    /// How many connections were accepted.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

async fn serve(
    mut sock: TcpStream,
    state: Arc<State>,
    handler: Arc<Handler>,
    conn: usize,
) -> std::io::Result<()> {
    sock.set_nodelay(true)?;
    let mut buf = Vec::new();
    loop {
        // Read one request head.
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i;
            }
            let mut chunk = [0u8; 8192];
            let n = sock.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        };
        let head = String::from_utf8_lossy(&buf[..head_end + 4]).into_owned();
        let mut lines = head[..head_end].split("\r\n");
        let mut first = lines.next().unwrap_or_default().split(' ');
        let method = first.next().unwrap_or_default().to_owned();
        let path = first.next().unwrap_or_default().to_owned();
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
            let mut chunk = [0u8; 8192];
            let n = sock.read(&mut chunk).await?;
            if n == 0 {
                return Ok(());
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        let body = buf[head_end + 4..head_end + 4 + len].to_vec();
        buf.drain(..head_end + 4 + len);
        let req = Request {
            method,
            path,
            head,
            headers,
            body,
            connection: conn,
        };
        let reply = handler(&req);
        lock(&state.seen).push(req);
        if !respond(&mut sock, reply, &mut buf).await? {
            return Ok(());
        }
    }
}

/// Writes the reply; returns whether the connection stays open. `pending` holds bytes
/// read past the request (sent on through a tunnel).
async fn respond(
    sock: &mut TcpStream,
    reply: Reply,
    pending: &mut Vec<u8>,
) -> std::io::Result<bool> {
    let mut reply = reply;
    loop {
        match reply {
            Reply::Delay(d, inner) => {
                tokio::time::sleep(d).await;
                reply = *inner;
            }
            Reply::Json(body) => {
                write_response(sock, 200, "application/json", body.as_bytes(), None).await?;
                return Ok(true);
            }
            Reply::Raw {
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
            Reply::Reset => {
                // SO_LINGER 0: close() sends a RST. Blocking on drop is not an issue with
                // a zero linger time.
                #[allow(deprecated)]
                sock.set_linger(Some(Duration::ZERO))?;
                return Ok(false);
            }
            Reply::Sse(chunks) => {
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
            Reply::Tunnel(target) => {
                let Ok(mut upstream) = TcpStream::connect(target).await else {
                    return Ok(false);
                };
                sock.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    .await?;
                upstream.write_all(pending).await?;
                pending.clear();
                let _ = tokio::io::copy_bidirectional(sock, &mut upstream).await;
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

/// Decodes one `application/x-www-form-urlencoded` component (`+` is a space); bad
/// escapes become `?`, invalid UTF-8 is replaced.
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

/// `http://127.0.0.1:<port>` for a port nothing listens on.
pub fn closed_port_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    drop(l);
    format!("http://127.0.0.1:{port}")
}

/// Seconds since the Unix epoch.
pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}
