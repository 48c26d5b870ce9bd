//! What the request log costs the emulator's memory (issue: hardening, finding 1), seen
//! from outside the process: unsigned STS calls (`Authorization: SKIP`, which
//! `AssumeRoleWithWebIdentity` accepts) are logged with their parameters, and the log
//! is listed to anyone who asks.
#![cfg(target_os = "linux")]

mod process;

use std::time::Duration;

use process::{Emulator, http, read_response, zeros_json};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// 24 unsigned STS calls whose 1 MB bodies are lists of zeros: as parsed values they
/// are 16 MB each, and the log kept them so (64 MiB of log, counted as JSON, held over
/// 1 GB). It keeps their text. Then 16 clients list the log (24 MB of JSON) at once and
/// read none of it: each listing is sent in pieces as it goes, not made whole first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_log_holds_parameters_as_text_and_is_listed_in_pieces() {
    let emu = Emulator::start(&[]);
    let base = emu.rss_mib();
    let body = zeros_json(1_000_000);
    let call = http(
        "POST",
        "/",
        "sts.tencentcloudapi.com",
        &[
            ("content-type", "application/json"),
            ("authorization", "SKIP"),
            ("x-tc-action", "AssumeRoleWithWebIdentity"),
            ("x-tc-version", "2018-08-13"),
        ],
        &body,
        false,
    );
    let mut sock = TcpStream::connect(emu.addr).await.expect("connect");
    let mut buf = Vec::new();
    let mut after_8 = 0.0;
    for i in 0..24 {
        if i == 8 {
            after_8 = emu.rss_mib();
        }
        sock.write_all(&call).await.expect("write");
        let (status, _, text) = read_response(&mut sock, &mut buf).await.expect("read");
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&text));
    }
    drop(sock);
    // The first calls settle the allocator; the next 16 add what the log keeps: 16 MB of
    // text, or 256 MB of values.
    let after_24 = emu.rss_mib();
    let kept = after_24 - after_8;
    println!(
        "24 logged calls of 1 MB: +{:.0} MiB; the last 16: +{kept:.0} MiB",
        after_24 - base
    );
    assert!(
        kept < 100.0,
        "16 calls of 1 MB took {kept:.0} MiB: the log keeps parsed values"
    );

    let list = http("GET", "/_emulator/requests", "127.0.0.1", &[], b"", true);
    let before = emu.rss_mib();
    let mut readers = Vec::new();
    for _ in 0..16 {
        let mut s = TcpStream::connect(emu.addr).await.expect("connect");
        s.write_all(&list).await.expect("write");
        readers.push(s);
    }
    // The listings are under way, each stopped by its reader's full window.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let listing = emu.rss_mib() - before;
    println!("16 unread listings of the log: +{listing:.0} MiB");
    assert!(
        listing < 100.0,
        "16 unread listings took {listing:.0} MiB: each is made whole first"
    );
    // One read to the end: the whole log, as sent.
    let mut out = Vec::new();
    let mut first = readers.remove(0);
    tokio::time::timeout(Duration::from_secs(60), first.read_to_end(&mut out))
        .await
        .expect("listed within 60 s")
        .expect("read");
    let head_end = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a head");
    let calls: Value =
        serde_json::from_slice(&dechunk(&out[head_end + 4..])).expect("the listing is JSON");
    let calls = calls.as_array().expect("a list");
    assert_eq!(calls.len(), 24);
    assert_eq!(calls[0]["action"], "AssumeRoleWithWebIdentity");
    assert_eq!(
        calls[0]["params"]["X"].as_array().map(Vec::len),
        Some(499_996)
    );
}

fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
        let Ok(n) = usize::from_str_radix(String::from_utf8_lossy(&rest[..eol]).trim(), 16) else {
            break;
        };
        let data = &rest[eol + 2..];
        if n == 0 || data.len() < n {
            break;
        }
        out.extend_from_slice(&data[..n]);
        rest = data[n..].strip_prefix(b"\r\n").unwrap_or(&data[n..]);
    }
    out
}
