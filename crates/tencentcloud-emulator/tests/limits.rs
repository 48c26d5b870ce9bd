//! Slow, silent and oversized clients (issue: hardening, finding 5): header, body and
//! idle timeouts, an early 413 in Tencent's error shape, and a cap on connections.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;
use tencent_cloud_emulator::{Builder, Emulator, RunningEmulator};
use tencent_cloud_spec::Release;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

fn builder() -> Builder {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs/3.0.1217.1");
    let rel = Arc::new(Release::load_only(dir, 1, |f| f.service == "cvm").expect("cvm specs"));
    Emulator::builder()
        .release(rel)
        .credentials("AKIDlimits", "limits-key")
}

/// Reads until the server closes (or `within` passes); returns what came and when.
async fn read_until_closed(sock: &mut TcpStream, within: Duration) -> Option<(String, Duration)> {
    let t = Instant::now();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(within.saturating_sub(t.elapsed()), sock.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => {
                return Some((String::from_utf8_lossy(&out).into_owned(), t.elapsed()));
            }
            Ok(Ok(n)) => out.extend_from_slice(&buf[..n]),
            Err(_) => return None,
        }
    }
}

fn body_of(response: &str) -> Value {
    response
        .split_once("\r\n\r\n")
        .and_then(|(_, b)| serde_json::from_str(b).ok())
        .unwrap_or(Value::Null)
}

#[tokio::test]
async fn a_declared_oversized_body_gets_413_at_once_in_tencents_shape() {
    let emu = builder().start().await.expect("start");
    let mut sock = TcpStream::connect(emu.addr()).await.expect("connect");
    // Headers only: the gigabyte never comes. The answer must not wait for it.
    sock.write_all(
        b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\ncontent-length: 1000000000\r\n\r\n",
    )
    .await
    .expect("write");
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(5), sock.read(&mut buf))
        .await
        .expect("answered before the body")
        .expect("read");
    let text = String::from_utf8_lossy(&buf[..n]).into_owned();
    assert!(text.starts_with("HTTP/1.1 413"), "{text}");
    let body = body_of(&text);
    assert_eq!(
        body["Response"]["Error"]["Code"], "RequestSizeLimitExceeded",
        "{text}"
    );
    assert!(body["Response"]["RequestId"].is_string(), "{text}");
}

#[tokio::test]
async fn silent_and_slow_clients_are_disconnected() {
    let emu = builder()
        .header_timeout(Duration::from_millis(300))
        .body_timeout(Duration::from_millis(300))
        .start()
        .await
        .expect("start");
    // Connects and says nothing (idle).
    let mut silent = TcpStream::connect(emu.addr()).await.expect("connect");
    // Sends half a header block (slowloris).
    let mut slow = TcpStream::connect(emu.addr()).await.expect("connect");
    slow.write_all(b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\n")
        .await
        .expect("write");
    for (name, sock) in [("silent", &mut silent), ("slow headers", &mut slow)] {
        let (_, after) = read_until_closed(sock, Duration::from_secs(10))
            .await
            .unwrap_or_else(|| panic!("{name}: still open after 10 s"));
        assert!(
            after < Duration::from_secs(5),
            "{name}: closed after {after:?}"
        );
    }
    // Headers in full, then a body that stalls: 408 in Tencent's shape.
    let mut stalled = TcpStream::connect(emu.addr()).await.expect("connect");
    stalled
        .write_all(b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"a\":")
        .await
        .expect("write");
    let (text, _) = read_until_closed(&mut stalled, Duration::from_secs(10))
        .await
        .expect("answered");
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert_eq!(
        body_of(&text)["Response"]["Error"]["Code"],
        "RequestTimeout"
    );
}

#[tokio::test]
async fn connections_over_the_cap_wait_for_a_free_one() {
    let emu: RunningEmulator = builder().max_connections(4).start().await.expect("start");
    let mut idle = Vec::new();
    for _ in 0..4 {
        let s = TcpStream::connect(emu.addr()).await.expect("connect");
        idle.push(s);
    }
    // Give the emulator time to accept the four.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let url = format!("http://{}/_emulator/requests", emu.addr());
    let fifth = tokio::spawn(async move {
        let addr = url
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        let mut s = TcpStream::connect(&addr).await.expect("connect");
        s.write_all(
            format!(
                "GET /_emulator/requests HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\n\r\n"
            )
            .as_bytes(),
        )
        .await
        .expect("write");
        let mut out = String::new();
        let _ = s.read_to_string(&mut out).await;
        out
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !fifth.is_finished(),
        "a fifth connection is served while four are open"
    );
    drop(idle.pop());
    let answer = tokio::time::timeout(Duration::from_secs(5), fifth)
        .await
        .expect("served once one closed")
        .expect("task");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}
