//! Out of file descriptors before the connection cap (finding 5: "with 1,024 file
//! descriptors, 1,100 half-sent requests block every good request"): the emulator
//! closes the connection that has waited longest for a request, so a good client is
//! answered long before the header timeout.

#![cfg(target_os = "linux")]

mod process;

use std::time::{Duration, Instant};

use process::{Emulator, read_response, signed};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

#[tokio::test]
async fn a_good_call_is_answered_while_half_sent_requests_hold_every_fd() {
    // 64 descriptors, a cap far above them, and a header timeout far above the bound
    // asserted below: only closing idle connections can answer the good call in time.
    let emu = Emulator::start_limited(
        &["--max-connections", "1000", "--header-timeout", "60"],
        Some(64),
    );
    let mut half_sent = Vec::new();
    for _ in 0..80 {
        let Ok(mut s) = TcpStream::connect(emu.addr).await else {
            break;
        };
        let _ = s
            .write_all(b"POST / HTTP/1.1\r\nhost: cvm.tencentcloudapi.com\r\nx-slow: ")
            .await;
        half_sent.push(s);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let t = Instant::now();
    let good = async {
        let mut s = TcpStream::connect(emu.addr).await?;
        s.write_all(&signed("DescribeRegions", "{}", true)).await?;
        let mut buf = Vec::new();
        read_response(&mut s, &mut buf).await
    };
    let (status, _, body) = tokio::time::timeout(Duration::from_secs(20), good)
        .await
        .expect("answered long before the 60 s header timeout")
        .expect("a response");
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert!(
        String::from_utf8_lossy(&body).contains("RegionSet"),
        "{}",
        String::from_utf8_lossy(&body)
    );
    eprintln!(
        "good call answered in {:?} beside {} half-sent requests, 64 fds",
        t.elapsed(),
        half_sent.len()
    );
}
