//! A loopback HTTP/1.1 server with a routing closure, standing in for STS, the CVM
//! metadata service and tccli's SSO endpoints in credential tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tencentcloud_core::sign::tc3;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Clone, Debug)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub headers: BTreeMap<String, String>,
    pub body: Vec<u8>,
}

impl Req {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
    /// Whether the TC3 signature verifies with these keys.
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
}

pub struct Resp {
    pub status: u16,
    pub body: String,
    pub delay: Duration,
}

impl Resp {
    pub fn json(body: impl Into<String>) -> Resp {
        Resp {
            status: 200,
            body: body.into(),
            delay: Duration::ZERO,
        }
    }
    pub fn status(status: u16, body: impl Into<String>) -> Resp {
        Resp {
            status,
            body: body.into(),
            delay: Duration::ZERO,
        }
    }
    pub fn delayed(mut self, d: Duration) -> Resp {
        self.delay = d;
        self
    }
}

type Handler = Box<dyn Fn(&Req) -> Resp + Send + Sync>;

pub struct Http {
    pub addr: std::net::SocketAddr,
    seen: Arc<Mutex<Vec<Req>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Http {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Http {
    pub async fn start(handler: impl Fn(&Req) -> Resp + Send + Sync + 'static) -> Http {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let seen: Arc<Mutex<Vec<Req>>> = Arc::default();
        let handler: Arc<Handler> = Arc::new(Box::new(handler));
        let s = seen.clone();
        let task = tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let (s, h) = (s.clone(), handler.clone());
                tokio::spawn(async move {
                    let _ = serve(sock, s, h).await;
                });
            }
        });
        Http { addr, seen, task }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Req> {
        self.seen.lock().unwrap().clone()
    }

    pub fn count(&self, path: &str) -> usize {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path == path)
            .count()
    }
}

async fn serve(
    mut sock: TcpStream,
    seen: Arc<Mutex<Vec<Req>>>,
    handler: Arc<Handler>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    loop {
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
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
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
        let req = Req {
            method,
            path,
            headers,
            body,
        };
        let resp = handler(&req);
        seen.lock().unwrap().push(req);
        if !resp.delay.is_zero() {
            tokio::time::sleep(resp.delay).await;
        }
        let out = format!(
            "HTTP/1.1 {} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{}",
            resp.status,
            resp.body.len(),
            resp.body
        );
        sock.write_all(out.as_bytes()).await?;
        sock.flush().await?;
    }
}

pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// STS-shaped credentials JSON (`{"Credentials": …, "ExpiredTime": …}`), wrapped in
/// `{"Response": …}` when `envelope`.
pub fn sts_body(id: &str, key: &str, token: &str, expired: i64, envelope: bool) -> String {
    let inner = format!(
        r#"{{"Credentials": {{"TmpSecretId": "{id}", "TmpSecretKey": "{key}", "Token": "{token}"}}, "ExpiredTime": {expired}, "Expiration": "2030-01-01T00:00:00Z", "RequestId": "req-1"}}"#
    );
    if envelope {
        format!(r#"{{"Response": {inner}}}"#)
    } else {
        inner
    }
}

/// A port nothing listens on.
pub fn closed_port_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    drop(l);
    format!("http://127.0.0.1:{port}")
}

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}
