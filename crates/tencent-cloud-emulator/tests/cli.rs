//! The `tc-emulator` binary: bad input exits 2 with a one-line reason; a good start
//! prints its URL and serves.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_tc-emulator");
const SPECS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../specs");

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(BIN)
        .args(args)
        .output()
        .expect("run tc-emulator");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `tc-emulator` serving 3.0.1217.1 on an ephemeral port; the caller adds the rest.
fn serving_command() -> Command {
    let mut c = Command::new(BIN);
    c.args(["--specs", SPECS, "--release", "3.0.1217.1"])
        .args(["--listen", "127.0.0.1:0"]);
    c
}

/// Reads the first line the emulator prints (`tc-emulator: serving ... on URL`):
/// the line and the address of the URL.
fn serving_line(child: &mut std::process::Child) -> (String, String) {
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("read");
    let addr = line.trim().rsplit("://").next().expect("url").to_owned();
    (line, addr)
}

#[test]
fn bad_input_exits_2_with_one_line() {
    let base = [
        "--specs",
        SPECS,
        "--secret-id",
        "ID",
        "--secret-key",
        "KEY",
        "--quiet",
    ];
    let (code, err) = run(&[&base[..], &["--release", "0.0.0"]].concat());
    assert_eq!(code, 2);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("0.0.0"), "{err}");

    let dir = std::env::temp_dir().join(format!("tc-emulator-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let faults = dir.join("faults.json");
    std::fs::write(&faults, r#"[{"kind":"http_status","status":200}]"#).expect("write");
    let f = faults.to_string_lossy().into_owned();
    let (code, err) = run(&[&base[..], &["--release", "3.0.1217.1", "--faults", &f]].concat());
    assert_eq!(code, 2);
    assert!(
        err.contains("faults.json") && err.contains("status"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");

    let (code, err) = run(&[
        &base[..],
        &["--release", "3.0.1217.1", "--service", "nosuch"],
    ]
    .concat());
    assert_eq!(code, 2);
    assert!(err.contains("nosuch"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);

    let (code, _) = run(&["--release"]);
    assert_eq!(code, 2, "clap usage errors exit 2 too");
}

#[test]
fn help_has_examples() {
    let out = Command::new(BIN).arg("--help").output().expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Examples:") && text.contains("--secret-id"),
        "{text}"
    );
}

#[test]
fn serves_on_an_ephemeral_port() {
    let mut child = serving_command()
        .args(["--secret-id", "ID", "--secret-key", "KEY", "--quiet"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let (line, addr) = serving_line(&mut child);
    let mut sock = std::net::TcpStream::connect(&addr).expect("connect");
    write!(
        sock,
        "GET /_emulator/health HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\n\r\n"
    )
    .expect("write");
    let mut resp = String::new();
    sock.read_to_string(&mut resp).expect("read");
    // SIGTERM (docker stop, CI) is a clean shutdown: exit 0.
    let term = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    if term.is_ok_and(|s| s.success()) {
        let status = child.wait().expect("wait");
        assert_eq!(status.code(), Some(0), "{status:?}");
    } else {
        let _ = child.kill();
        let _ = child.wait();
    }
    assert!(line.contains("serving release 3.0.1217.1"), "{line}");
    assert!(
        resp.starts_with("HTTP/1.1 200") && resp.ends_with("ok"),
        "{resp}"
    );
}

#[test]
fn access_log_has_one_line_per_call_and_no_secret() {
    let mut child = serving_command()
        .args([
            "--secret-id",
            "AKIDlog",
            "--secret-key",
            "log-secret-key",
            "--service",
            "cvm",
        ])
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let (_, addr) = serving_line(&mut child);
    // An unsigned call: answered (AuthFailure.InvalidAuthorization) and logged.
    let mut sock = std::net::TcpStream::connect(&addr).expect("connect");
    write!(
        sock,
        "POST / HTTP/1.1\r\nhost: {addr}\r\nx-tc-action: DescribeRegions\r\nx-tc-version: 2017-03-12\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{{}}"
    )
    .expect("write");
    let mut resp = String::new();
    sock.read_to_string(&mut resp).expect("read");
    assert!(resp.contains("AuthFailure.InvalidAuthorization"), "{resp}");
    // The log line is written before the response: it is in stderr by now.
    let _ = child.kill();
    let out = child.wait_with_output().expect("wait");
    let log = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("tc_emulator::access"))
        .collect();
    assert_eq!(lines.len(), 1, "{log}");
    assert!(
        lines[0].contains("POST") && lines[0].contains("AuthFailure.InvalidAuthorization"),
        "{log}"
    );
    assert!(!log.contains("log-secret-key"), "{log}");
    // Issue 25: stderr is a pipe here, not a terminal: no colour codes in it.
    assert!(
        !log.contains('\u{1b}'),
        "ANSI codes in a log that is not a terminal: {log:?}"
    );
}

/// Issue 25: `--release NAME` works from any directory: without --specs, names are
/// looked up in ./specs, then in the specs/ of the checkout the binary was built from.
#[test]
fn a_release_name_is_found_from_any_directory() {
    let elsewhere = std::env::temp_dir().join(format!("tc-emulator-cwd-{}", std::process::id()));
    std::fs::create_dir_all(&elsewhere).expect("tmp");
    let mut child = Command::new(BIN)
        .current_dir(&elsewhere)
        .args(["--release", "3.0.1217.1", "--listen", "127.0.0.1:0"])
        .args(["--secret-id", "ID", "--secret-key", "KEY", "--quiet"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let (line, _) = serving_line(&mut child);
    let _ = child.kill();
    let out = child.wait_with_output().expect("wait");
    let _ = std::fs::remove_dir_all(&elsewhere);
    assert!(
        line.contains("serving release 3.0.1217.1"),
        "{line}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // An explicit --specs is the only place looked in; the error names it.
    let (code, err) = run(&[
        "--specs",
        "/nonexistent-specs",
        "--release",
        "3.0.1217.1",
        "--secret-id",
        "I",
        "--secret-key",
        "K",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("/nonexistent-specs"), "{err}");
}

/// Issue 25, N4: listening beyond loopback is warned about, whatever --quiet says, and
/// the warning offers the admin token.
#[test]
fn listening_beyond_loopback_warns_loudly() {
    for (token, want) in [
        (None, "give --admin-token"),
        (Some("t0ken"), "wants the admin token"),
    ] {
        let mut c = Command::new(BIN);
        c.args(["--specs", SPECS, "--release", "3.0.1217.1"])
            .args([
                "--listen",
                "0.0.0.0:0",
                "--secret-id",
                "ID",
                "--secret-key",
                "KEY",
            ])
            .arg("--quiet");
        if let Some(t) = token {
            c.args(["--admin-token", t]);
        }
        let mut child = c
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let (line, _) = serving_line(&mut child);
        let _ = child.kill();
        let out = child.wait_with_output().expect("wait");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(line.contains("serving release"), "{line}");
        assert!(
            err.contains("WARNING") && err.contains("beyond loopback") && err.contains(want),
            "{err}"
        );
    }
    // On loopback: no warning.
    let mut child = serving_command()
        .args(["--secret-id", "ID", "--secret-key", "KEY", "--quiet"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let _ = serving_line(&mut child);
    let _ = child.kill();
    let out = child.wait_with_output().expect("wait");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("WARNING"));
}

/// Issue 25: a chosen response for an action the release does not have is bad input.
#[test]
fn a_responses_file_with_a_misspelt_action_exits_2() {
    let dir = std::env::temp_dir().join(format!("tc-emulator-resp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let file = dir.join("responses.json");
    std::fs::write(
        &file,
        r#"[{"action": "DescribeRegionz", "response": {"TotalCount": 0, "RegionSet": []}}]"#,
    )
    .expect("write");
    // It exits at once; a server that took the rule would serve until killed.
    let mut child = Command::new(BIN)
        .args([
            "--specs",
            SPECS,
            "--release",
            "3.0.1217.1",
            "--listen",
            "127.0.0.1:0",
        ])
        .args([
            "--secret-id",
            "I",
            "--secret-key",
            "K",
            "--quiet",
            "--responses",
        ])
        .arg(&file)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let t = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if t.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    let code = status.and_then(|s| s.code()).unwrap_or(-1);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("DescribeRegionz"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

/// One HTTP/1.1 exchange with `Connection: close`.
fn exchange(addr: &str, request: &str) -> String {
    let mut sock = std::net::TcpStream::connect(addr).expect("connect");
    sock.write_all(request.as_bytes()).expect("write");
    let mut resp = String::new();
    sock.read_to_string(&mut resp).expect("read");
    resp
}

#[test]
fn faults_file_is_applied() {
    let dir = std::env::temp_dir().join(format!("tc-emulator-faults-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let faults = dir.join("faults.json");
    std::fs::write(
        &faults,
        r#"{"faults": [{"service": "cvm", "action": "DescribeRegions", "kind": "http_status", "status": 503, "count": 1}]}"#,
    )
    .expect("write");
    let mut child = serving_command()
        .args([
            "--secret-id",
            "ID",
            "--secret-key",
            "KEY",
            "--service",
            "cvm",
            "--quiet",
            "--faults",
        ])
        .arg(&faults)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let (_, addr) = serving_line(&mut child);
    let call = format!(
        "POST / HTTP/1.1\r\nhost: {addr}\r\nauthorization: SKIP\r\nx-tc-action: DescribeRegions\r\nx-tc-version: 2017-03-12\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{{}}"
    );
    let first = exchange(&addr, &call);
    let second = exchange(&addr, &call);
    let rules = exchange(
        &addr,
        &format!("GET /_emulator/faults HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\n\r\n"),
    );
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(first.starts_with("HTTP/1.1 503"), "{first}");
    // The fault was used up: the call reaches authentication (unsigned cvm is refused).
    assert!(second.starts_with("HTTP/1.1 200"), "{second}");
    assert!(
        second.contains("AuthFailure.InvalidAuthorization"),
        "{second}"
    );
    assert!(rules.contains(r#""count":0"#), "{rules}");
}

#[tokio::test]
async fn tls_names_from_the_command_line_are_in_the_certificate() {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, ServerName};
    let dir = std::env::temp_dir().join(format!("tc-emulator-tls-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let ca = dir.join("ca.pem");
    let mut child = serving_command()
        .args([
            "--secret-id",
            "ID",
            "--secret-key",
            "KEY",
            "--quiet",
            "--tls",
            "--tls-name",
            "emulator.internal",
            "--tls-name",
            "10.1.2.3",
            "--ca-out",
        ])
        .arg(&ca)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let (_, addr) = serving_line(&mut child);
    let pem = std::fs::read(&ca).expect("CA written");
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(CertificateDer::from_pem_slice(&pem).expect("PEM"))
        .expect("root");
    let config = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("versions")
    .with_root_certificates(roots)
    .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(std::sync::Arc::new(config));
    let mut handshakes = Vec::new();
    for name in [
        "emulator.internal",
        "10.1.2.3",
        "localhost",
        "other.internal",
    ] {
        let tcp = tokio::net::TcpStream::connect(&addr)
            .await
            .expect("connect");
        let server = ServerName::try_from(name.to_owned()).expect("name");
        handshakes.push((name, connector.connect(server, tcp).await.is_ok()));
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        handshakes,
        [
            ("emulator.internal", true),
            ("10.1.2.3", true),
            ("localhost", true),
            ("other.internal", false)
        ]
    );
    // Names without --tls are refused by clap (exit 2).
    let (code, _) = run(&[
        "--release",
        "x",
        "--secret-id",
        "I",
        "--secret-key",
        "K",
        "--tls-name",
        "a",
    ]);
    assert_eq!(code, 2);
}
