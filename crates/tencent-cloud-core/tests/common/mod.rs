//! Shared by the crate's tests: the keys the scripted server checks signatures with, a
//! scripted [`Server`] for transport tests, and helpers for credential tests. The server
//! itself is the workspace's one loopback server, `tencent_cloud_core::testing`.
#![allow(dead_code, unused_imports)]

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;

use tencent_cloud_core::testing;
/// The loopback server with a handler per request (STS, metadata and SSO stand-ins).
pub use tencent_cloud_core::testing::Server as Http;
pub use tencent_cloud_core::testing::{Reply, Request, closed_port_url, now_secs};

pub const SECRET_ID: &str = "AKIDtestTESTtest0123456789abcdef";
pub const SECRET_KEY: &str = "sk-THIS-IS-THE-SECRET-KEY-0123456789";
pub const TOKEN: &str = "tok-THIS-IS-THE-SESSION-TOKEN-abcdef";

/// A request the scripted server received, and whether its signature verified.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub headers: BTreeMap<String, String>,
    pub body: Vec<u8>,
    /// Whether the signature verified.
    pub signature_ok: bool,
    pub connection: usize,
}

/// Each request gets the next reply of a script (default: a success JSON); every request
/// is recorded and its TC3 or v1 signature verified with [`SECRET_ID`] / [`SECRET_KEY`].
pub struct Server {
    pub addr: SocketAddr,
    inner: testing::Server,
}

impl Server {
    pub async fn start(script: Vec<Reply>) -> Server {
        let inner = testing::Server::scripted(script).await;
        Server {
            addr: inner.addr,
            inner,
        }
    }

    pub fn url(&self) -> String {
        self.inner.url()
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.inner
            .requests()
            .into_iter()
            .map(|r| Recorded {
                signature_ok: verify(&r),
                headers: r.headers,
                body: r.body,
                connection: r.connection,
            })
            .collect()
    }

    pub fn connections(&self) -> usize {
        self.inner.connections()
    }
}

/// TC3 when there is an `Authorization` header, else v1 (a form body).
fn verify(r: &Request) -> bool {
    if r.header("authorization").is_some() {
        r.tc3_signed_by(SECRET_ID, SECRET_KEY)
    } else {
        r.v1_signed_by(SECRET_KEY)
    }
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

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}
