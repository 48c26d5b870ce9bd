//! A hostile endpoint cannot make the client hold more than its limits: a loopback server
//! answers every request with a 5 GiB `Content-Length`, an endless chunked body, or an
//! event stream whose one line never ends. The API call, the STS AssumeRole, OIDC
//! (AssumeRoleWithWebIdentity) and CVM-role providers, and the event stream each fail with
//! [`Error::ResponseTooLarge`] within seconds, and the process's peak RSS stays under
//! 100 MB above where it started. One test, so that the peak is this process's alone.

use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use tencent_cloud_core::credentials::{
    AssumeRoleProvider, CvmRoleProvider, ProvideCredentials, WebIdentityProvider,
};
use tencent_cloud_core::{Client, ClientConfig, Credential, Error, RequestSpec, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Clone, Copy, Debug)]
enum Attack {
    /// `Content-Length: 5 GiB`, then bytes as fast as the client takes them.
    HugeLength,
    /// `Transfer-Encoding: chunked`, 64 KiB chunks without end.
    EndlessChunks,
    /// `text/event-stream`, `data: ` and then one line without end.
    EndlessLine,
}

/// Reads one request head and its body (by `Content-Length`), then attacks until the
/// client goes away.
async fn serve(mut sock: TcpStream, attack: Attack) {
    let mut buf = Vec::new();
    let mut tmp = [0u8; 4096];
    let head_end = loop {
        let Ok(n) = sock.read(&mut tmp).await else {
            return;
        };
        if n == 0 {
            return;
        }
        buf.extend_from_slice(&tmp[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buf.len() > 1 << 20 {
            return;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + len {
        match sock.read(&mut tmp).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&tmp[..n]),
        }
    }
    let (head, chunk): (&[u8], Vec<u8>) = match attack {
        Attack::HugeLength => (
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5368709120\r\n\r\n",
            vec![b' '; 64 << 10],
        ),
        Attack::EndlessChunks => (
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
            [b"10000\r\n".as_slice(), &vec![b' '; 64 << 10], b"\r\n"].concat(),
        ),
        Attack::EndlessLine => (
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n7\r\ndata: x\r\n",
            [b"10000\r\n".as_slice(), &vec![b'x'; 64 << 10], b"\r\n"].concat(),
        ),
    };
    if sock.write_all(head).await.is_err() {
        return;
    }
    // Bounded: at most 8 GiB or 60 s, whichever comes first; the client leaves far sooner.
    let start = Instant::now();
    let mut sent = 0usize;
    while sent < 8 << 30 && start.elapsed() < Duration::from_secs(60) {
        if sock.write_all(&chunk).await.is_err() {
            return;
        }
        sent += chunk.len();
    }
}

/// A loopback server that attacks every connection the same way.
async fn server(attack: Attack) -> String {
    let l = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = l.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((sock, _)) = l.accept().await {
            tokio::spawn(serve(sock, attack));
        }
    });
    format!("http://{addr}/")
}

/// Peak resident set of this process (VmHWM), in bytes.
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn client(url: &str) -> Client {
    let config = ClientConfig::builder()
        .region("ap-guangzhou")
        .endpoint_url(url)
        .retry(RetryPolicy::none())
        .attempt_timeout(Duration::from_secs(20))
        .build()
        .expect("config");
    Client::new(config, Credential::new("AKIDtest", "test-key")).expect("client")
}

/// `r` failed with `ResponseTooLarge` naming `what`, within 5 s of `t`.
fn too_large<T: std::fmt::Debug>(case: &str, r: Result<T, Error>, what: &str, t: Instant) {
    let took = t.elapsed();
    match r {
        Err(Error::ResponseTooLarge { what: w, limit, .. }) if w == what => {
            eprintln!("{case}: ResponseTooLarge ({w}, {limit} bytes) in {took:?}");
        }
        other => panic!("{case}: expected ResponseTooLarge ({what}), got {other:?}"),
    }
    assert!(took < Duration::from_secs(5), "{case}: took {took:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_bodies_end_in_a_typed_error_within_bounded_memory() {
    let baseline = peak_rss();
    let token = tempfile::NamedTempFile::new().expect("token file");
    std::fs::write(token.path(), "a-token").expect("token");
    let spec = RequestSpec::new("cvm", "2017-03-12", "DescribeRegions");
    for attack in [Attack::HugeLength, Attack::EndlessChunks] {
        let url = server(attack).await;
        let t = Instant::now();
        let r = client(&url).send_raw(&spec, b"{}".to_vec()).await;
        too_large(&format!("API call, {attack:?}"), r, "max_response_bytes", t);

        let t = Instant::now();
        let sts = AssumeRoleProvider::new(
            Credential::new("AKIDsrc", "src-key"),
            "qcs::cam::uin/1:roleName/r",
        )
        .endpoint(url.clone());
        let r = sts.provide_credentials().await;
        too_large(
            &format!("STS AssumeRole, {attack:?}"),
            r,
            "credential response limit",
            t,
        );

        let t = Instant::now();
        let oidc = WebIdentityProvider::new(
            "ap-guangzhou",
            "oidc-1",
            token.path(),
            "qcs::cam::uin/1:roleName/r",
        )
        .endpoint(url.clone());
        let r = oidc.provide_credentials().await;
        too_large(
            &format!("OIDC, {attack:?}"),
            r,
            "credential response limit",
            t,
        );

        let t = Instant::now();
        let cvm = CvmRoleProvider::new()
            .endpoint(url.clone())
            .role_name("role");
        let r = cvm.provide_credentials().await;
        too_large(
            &format!("CVM role, {attack:?}"),
            r,
            "credential response limit",
            t,
        );
    }

    let url = server(Attack::EndlessLine).await;
    let t = Instant::now();
    let mut events = client(&url)
        .call_stream(
            &RequestSpec::new("hunyuan", "2023-09-01", "ChatCompletions"),
            b"{}".to_vec(),
        )
        .await
        .expect("the stream starts");
    let r = match events.next().await {
        Some(r) => r,
        None => panic!("the stream ended without an error"),
    };
    too_large(
        "event stream, endless line",
        r,
        "event-stream line limit",
        t,
    );
    assert!(
        events.next().await.is_none(),
        "the stream ends after its error"
    );

    let grew = peak_rss().saturating_sub(baseline);
    eprintln!("peak RSS grew by {} MB", grew >> 20);
    assert!(grew < 100 << 20, "peak RSS grew by {} MB", grew >> 20);
}
