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

/// Asks for the request log on a new connection; the answer's text.
async fn fetch_log(addr: std::net::SocketAddr) -> String {
    let mut s = TcpStream::connect(addr).await.expect("connect");
    s.write_all(
        format!("GET /_emulator/requests HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\n\r\n")
            .as_bytes(),
    )
    .await
    .expect("write");
    let mut out = String::new();
    let _ = s.read_to_string(&mut out).await;
    out
}

/// At the cap, the connection that has waited longest for a request is closed to make
/// room: silent clients cannot keep a good one out until the header timeout (30 s here).
#[tokio::test]
async fn at_the_cap_the_longest_idle_connection_makes_room() {
    let emu: RunningEmulator = builder().max_connections(4).start().await.expect("start");
    let mut idle = Vec::new();
    for _ in 0..4 {
        idle.push(TcpStream::connect(emu.addr()).await.expect("connect"));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let t = Instant::now();
    let answer = tokio::time::timeout(Duration::from_secs(10), fetch_log(emu.addr()))
        .await
        .expect("served long before the 30 s header timeout");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(t.elapsed() < Duration::from_secs(10));
    // The first (oldest) silent connection was the one closed; the newest is still open.
    let closed = read_until_closed(&mut idle[0], Duration::from_secs(5)).await;
    assert!(closed.is_some(), "the longest idle connection is closed");
    let mut buf = [0u8; 1];
    let newest = tokio::time::timeout(Duration::from_millis(300), idle[3].read(&mut buf)).await;
    assert!(
        newest.is_err(),
        "the newest silent connection is left alone"
    );
}

/// Connections in the middle of a request are never closed to make room: a new one
/// waits until one of them ends.
#[tokio::test]
async fn at_the_cap_connections_serving_a_request_are_kept() {
    let emu: RunningEmulator = builder().max_connections(4).start().await.expect("start");
    let mut busy = Vec::new();
    for _ in 0..4 {
        let mut s = TcpStream::connect(emu.addr()).await.expect("connect");
        // A whole head and half a body: the request is being served (its body read).
        s.write_all(
            b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"a\":",
        )
        .await
        .expect("write");
        busy.push(s);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let fifth = tokio::spawn(fetch_log(emu.addr()));
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert!(
        !fifth.is_finished(),
        "a fifth connection is served while four serve requests"
    );
    for s in &mut busy {
        let mut buf = [0u8; 1];
        let r = tokio::time::timeout(Duration::from_millis(10), s.read(&mut buf)).await;
        assert!(r.is_err(), "a connection serving a request was closed");
    }
    drop(busy.pop());
    let answer = tokio::time::timeout(Duration::from_secs(5), fifth)
        .await
        .expect("served once one closed")
        .expect("task");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

/// One request, headers only; the first answer's text (or None within `within`).
async fn answer_to(emu: &RunningEmulator, req: &[u8], within: Duration) -> Option<String> {
    let mut sock = TcpStream::connect(emu.addr()).await.expect("connect");
    let _ = sock.write_all(req).await;
    let mut buf = vec![0u8; 8192];
    let n = tokio::time::timeout(within, sock.read(&mut buf))
        .await
        .ok()?
        .ok()?;
    Some(String::from_utf8_lossy(&buf[..n]).into_owned())
}

/// Request heads are bounded (Tencent takes GET requests up to 32 KB): a connection
/// could otherwise make the server buffer ~400 KB of unfinished headers.
#[tokio::test]
async fn headers_over_64_kib_are_refused() {
    let emu = builder().start().await.expect("start");
    let ok = format!(
        "GET /_emulator/health HTTP/1.1\r\nhost: 127.0.0.1\r\nx-pad: {}\r\nconnection: close\r\n\r\n",
        "a".repeat(30_000)
    );
    let text = answer_to(&emu, ok.as_bytes(), Duration::from_secs(5))
        .await
        .expect("answered");
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    let big = format!(
        "GET /_emulator/health HTTP/1.1\r\nhost: 127.0.0.1\r\nx-pad: {}\r\nconnection: close\r\n\r\n",
        "a".repeat(100_000)
    );
    let text = answer_to(&emu, big.as_bytes(), Duration::from_secs(5))
        .await
        .expect("answered");
    assert!(text.starts_with("HTTP/1.1 431"), "{text}");
}

/// A client that asks for a large response and reads none of it is disconnected after
/// the body timeout: it held the response and its connection slot for as long as it
/// stayed connected, so at the connection cap such clients shut everyone out.
#[tokio::test]
async fn a_client_that_reads_none_of_its_response_is_dropped() {
    let emu = builder()
        .max_connections(1)
        .body_timeout(Duration::from_millis(500))
        .start()
        .await
        .expect("start");
    // Chosen responses of ~9 MB in all (nine of the largest one may be): more than the
    // socket buffers on both sides hold.
    let one = format!(
        r#"{{"action": "DescribeZones", "response": {{"Pad": "{}"}}, "broken": true}}"#,
        "z".repeat(1_000_000)
    );
    let big = format!("[{}]", vec![one; 9].join(","));
    let put = format!(
        "PUT /_emulator/responses HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{big}",
        big.len()
    );
    let text = answer_to(&emu, put.as_bytes(), Duration::from_secs(30))
        .await
        .expect("answered");
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    // The reader: a small receive window, and it never reads.
    let sock = tokio::net::TcpSocket::new_v4().expect("socket");
    sock.set_recv_buffer_size(4096).expect("rcvbuf");
    let mut reader = sock.connect(emu.addr()).await.expect("connect");
    reader
        .write_all(b"GET /_emulator/responses HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n")
        .await
        .expect("write");
    tokio::time::sleep(Duration::from_millis(200)).await;
    // The only slot is the reader's until the emulator gives up on it.
    let t = Instant::now();
    let health = answer_to(
        &emu,
        b"GET /_emulator/health HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n",
        Duration::from_secs(10),
    )
    .await
    .expect("served once the reader was dropped");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    // The reader got part of the response, not all of it.
    let mut got = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), reader.read_to_end(&mut got)).await;
    assert!(
        got.len() < 9_000_000,
        "{} bytes: the response was not cut",
        got.len()
    );
}

/// Bodies over 64 KiB share a budget (`body_memory`): one that would go over is
/// answered 503 `RequestLimitExceeded` before it is read, and the budget comes back
/// when the body holding it is done with. 100 stalled 10 MB bodies held 1.18 GB.
#[tokio::test]
async fn large_bodies_share_a_budget() {
    let emu = builder()
        .body_memory(1024 * 1024)
        .body_timeout(Duration::from_secs(30))
        .start()
        .await
        .expect("start");
    let head = |len: usize| {
        format!(
            "POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\ncontent-type: application/json\r\nauthorization: TC3-HMAC-SHA256 Credential=AKIDlimits/2024-01-01/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00\r\nx-tc-action: DescribeRegions\r\nx-tc-version: 2017-03-12\r\nconnection: close\r\ncontent-length: {len}\r\n\r\n"
        )
    };
    // Holds 900 KB of the 1 MiB: sends a little, then stalls.
    let mut first = TcpStream::connect(emu.addr()).await.expect("connect");
    first
        .write_all(format!("{}{{\"a\":", head(900_000)).as_bytes())
        .await
        .expect("write");
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Another 900 KB does not fit: refused at once, in Tencent's shape.
    let text = answer_to(&emu, head(900_000).as_bytes(), Duration::from_secs(5))
        .await
        .expect("answered before its body");
    assert!(text.starts_with("HTTP/1.1 503"), "{text}");
    assert_eq!(
        body_of(&text)["Response"]["Error"]["Code"],
        "RequestLimitExceeded",
        "{text}"
    );
    // Small bodies are not counted: still served.
    let small = format!("{}{{}}", head(2));
    let text = answer_to(&emu, small.as_bytes(), Duration::from_secs(5))
        .await
        .expect("answered");
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    // The first gives up: its share comes back.
    drop(first);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut body = head(900_000).into_bytes();
    body.extend(std::iter::repeat_n(b' ', 900_000));
    let text = answer_to(&emu, &body, Duration::from_secs(10))
        .await
        .expect("answered");
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    // Read, and answered by the signature check (the head has no X-TC-Timestamp).
    assert_eq!(
        body_of(&text)["Response"]["Error"]["Code"],
        "MissingParameter",
        "{text}"
    );
}
