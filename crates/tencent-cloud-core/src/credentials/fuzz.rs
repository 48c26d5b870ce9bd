//! Fuzz targets (see `fuzz/README.md`): the INI credentials file
//! (`~/.tencentcloud/credentials`) and tccli's JSON profile files
//! (`~/.tccli/<profile>.credential` and `.configure`), read through their providers from
//! a real file. `TC_FUZZ_SECONDS=300 cargo test --release -p tencent-cloud-core --lib
//! fuzz_credentials_ini` runs one for longer.

use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use serde_json::Value;
use tencent_cloud_fuzz::Fuzz;

use super::tccli::configured_region;
use super::{
    Clock, Credentials, Env, ProfileFileProvider, ProvideCredentials, TccliProfileProvider, ini,
};
use crate::error::Error;

tencent_cloud_fuzz::counting_allocator!();

/// The clock of the profiles (tccli SSO and OAuth expiries are compared with it).
const NOW: u64 = 1_700_000_000;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// A directory for the files each input is written to: in memory where there is one
/// (rewriting a file on ext4 waits for the disk: 2.6 ms against 27 µs on tmpfs here).
fn scratch_dir() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(d) = tempfile::tempdir_in(shm)
    {
        return d;
    }
    tempfile::tempdir().expect("temp dir")
}

/// A port nothing listens on: where the STS and tccli endpoints of the profiles point.
fn closed_endpoint() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    drop(l);
    format!("http://127.0.0.1:{port}")
}

/// The INI text written back: sections, then `key = "value"` lines (quoted, so that
/// spaces and quotes at the ends survive).
fn write_ini(ini: &ini::Ini) -> String {
    let mut out = String::new();
    for (section, values) in ini {
        if !section.is_empty() {
            out.push_str(&format!("[{section}]\n"));
        }
        for (k, v) in values {
            out.push_str(&format!("{k} = \"{v}\"\n"));
        }
    }
    out
}

/// No error message quotes a secret: a value long enough not to be there by chance,
/// and not part of what messages may name (the file, section and key names in
/// `public`).
fn check_no_secret(message: &str, secrets: &[&str], public: &str) {
    for s in secrets {
        if s.len() >= 12 && !public.contains(s) {
            assert!(!message.contains(s), "the error quotes a secret: {message}");
        }
    }
}

#[test]
fn fuzz_credentials_ini() {
    let dir = scratch_dir();
    let path = dir.path().join("credentials");
    let rt = runtime();
    let mut many = String::from("[default]\n");
    for i in 0..50_000 {
        many.push_str(&format!("key{i} = value{i}\n"));
    }
    many.push_str("secret_id = AKIDx\nsecret_key = k\n");
    Fuzz::new("credentials_ini")
        .dictionary([
            "[",
            "]",
            "[default]\n",
            "[dev]\n",
            "=",
            ":",
            " = ",
            "\n",
            "\r\n",
            "#",
            ";",
            "\"",
            "'",
            "\u{feff}",
            "secret_id",
            "secret_key",
            "secret_id = AKID",
            "\t",
            " ",
        ])
        .huge("50,000 keys", many)
        .huge(
            "a section name of 100,000 brackets",
            format!("[{}]\n", "[".repeat(100_000)),
        )
        .run(|bytes| {
            let text = String::from_utf8_lossy(bytes);
            let parsed = ini::parse(&text);
            match &parsed {
                Ok(ini) => {
                    // Written back, it reads the same.
                    let again = write_ini(ini);
                    assert_eq!(ini::parse(&again).as_ref(), Ok(ini), "{again:.300}");
                }
                Err(e) => {
                    // `line N: why`, never the line itself (it may hold a secret).
                    let (n, why) = e
                        .strip_prefix("line ")
                        .and_then(|r| r.split_once(": "))
                        .expect("line N: why");
                    let n: usize = n.parse().expect("a line number");
                    assert!(n >= 1 && n <= text.lines().count(), "{e}");
                    assert!(
                        [
                            "a section header must end with ']'",
                            "empty section name",
                            "expected `key = value` or `[section]`",
                            "empty key",
                        ]
                        .contains(&why),
                        "{e}"
                    );
                }
            }
            // Through the provider, from a file; the `[default]` section, then the first.
            std::fs::write(&path, bytes).expect("write");
            let secrets: Vec<String> = parsed
                .iter()
                .flat_map(|ini| ini.values())
                .flat_map(|s| s.get("secret_key").cloned())
                .collect();
            let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
            let mut outcome = vec![parsed.as_ref().map_or(0, |i| i.len().min(4))];
            let first = parsed
                .as_ref()
                .ok()
                .and_then(|i| i.keys().find(|k| !k.is_empty()).cloned());
            for profile in ["default".to_owned()].into_iter().chain(first) {
                let provider = ProfileFileProvider::new(Env::empty())
                    .path(&path)
                    .profile(&profile);
                match rt.block_on(provider.provide_credentials()) {
                    Ok(c) => {
                        let ini = parsed.as_ref().expect("what loads parses");
                        assert_eq!(
                            Some(c.secret_id()),
                            ini[&profile].get("secret_id").map(String::as_str)
                        );
                        outcome.push(1);
                    }
                    Err(e) => {
                        let message = e.to_string();
                        assert!(
                            message.contains(&path.display().to_string()),
                            "names the file: {message}"
                        );
                        let mut public = path.display().to_string();
                        for (section, values) in parsed.iter().flatten() {
                            public.push_str(&format!("\n[{section}]\n"));
                            for k in values.keys() {
                                public.push_str(&format!("\"{k}\"\n"));
                            }
                        }
                        check_no_secret(&message, &secrets, &public);
                        outcome.push(2 + message.len().min(100) / 10);
                    }
                }
            }
            outcome
        });
}

/// The string values under members whose name says they are secret (`secretKey`,
/// `token`, `sso.token`, `oauth.refreshToken`, …), at any depth.
fn secret_strings(v: &Value, secret: bool, out: &mut Vec<String>) {
    match v {
        Value::String(s) if secret => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|i| secret_strings(i, secret, out)),
        Value::Object(m) => {
            for (k, item) in m {
                let k = k.to_ascii_lowercase();
                let named = ["key", "token", "secret"].iter().any(|s| k.contains(s));
                secret_strings(item, secret || named, out);
            }
        }
        _ => {}
    }
}

/// Every member name of a JSON document, one a line: messages name them.
fn member_names(v: &Value, out: &mut String) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| member_names(i, out)),
        Value::Object(m) => {
            for (k, item) in m {
                out.push_str(k);
                out.push('\n');
                member_names(item, out);
            }
        }
        _ => {}
    }
}

/// The kind of result: the provider, or the error without the file, endpoint and
/// values it names.
fn tccli_outcome(r: &Result<Credentials, Error>, file: &Path, endpoint: &str) -> String {
    match r {
        Ok(c) => c.provider().to_owned(),
        Err(e) => e
            .to_string()
            .replace(&file.display().to_string(), "FILE")
            .replace(endpoint.trim_start_matches("http://"), "ENDPOINT")
            .split(['"', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            .next()
            .unwrap_or("")
            .chars()
            .take(100)
            .collect(),
    }
}

#[test]
fn fuzz_credentials_tccli() {
    let home = scratch_dir();
    let tccli = home.path().join(".tccli");
    std::fs::create_dir_all(&tccli).expect("mkdir");
    let credential: PathBuf = tccli.join("default.credential");
    let configure: PathBuf = tccli.join("default.configure");
    let endpoint = closed_endpoint();
    let env = Env::empty()
        .with_home(home.path())
        .with_clock(Clock::from_fn(|| UNIX_EPOCH + Duration::from_secs(NOW)));
    let rt = runtime();
    let deep = format!("{{\"secretId\": {}", "[".repeat(100_000));
    let mut wide = String::from("{\"secretId\": \"AKIDx\", \"secretKey\": \"k\"");
    for i in 0..50_000 {
        wide.push_str(&format!(", \"k{i}\": {{\"v\": [{i}]}}"));
    }
    wide.push('}');
    Fuzz::new("credentials_tccli")
        .dictionary([
            "{",
            "}",
            "[",
            "]",
            "\"",
            ",",
            ":",
            "\\u",
            "\\ud800",
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1.5",
            "1e400",
            "\"secretId\"",
            "\"secretKey\"",
            "\"token\"",
            "\"type\"",
            "\"sso\"",
            "\"oauth\"",
            "\"expiresAt\"",
            "\"role-arn\"",
            "\"role-session-name\"",
            "\"site\"",
            "\"uin\"",
            "\"zoneId\"",
            "\"roleConfigurationName\"",
            "\"roleConfigurationId\"",
            "\"accessToken\"",
            "\"refreshToken\"",
            "\"openId\"",
            "\"_sys_param\"",
            "\"region\"",
            "\"sts\"",
            "\"endpoint\"",
            "1700000000",
            "1700000301",
            "1700043200",
            "-9223372036854775808",
            "9223372036854775807",
            "18446744073709551615",
            "1e19",
            "-1e19",
        ])
        .huge("100,000 open brackets", deep)
        .huge("50,000 members", wide)
        .run(|bytes| {
            std::fs::write(&credential, bytes).expect("write");
            std::fs::write(&configure, bytes).expect("write");
            let doc = serde_json::from_slice::<Value>(bytes).ok();
            let mut secrets = Vec::new();
            if let Some(d) = &doc {
                secret_strings(d, false, &mut secrets);
            }
            let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
            let mut names = String::new();
            if let Some(d) = &doc {
                member_names(d, &mut names);
            }
            let provider = TccliProfileProvider::new(env.clone())
                .sts_endpoint(&endpoint)
                .sso_endpoint(&endpoint);
            let loaded = rt.block_on(provider.provide_credentials());
            match &loaded {
                Ok(c) => {
                    let d = doc.as_ref().expect("what loads is JSON");
                    assert!(
                        ["tccli-profile", "tccli-sso", "tccli-oauth"].contains(&c.provider()),
                        "{}",
                        c.provider()
                    );
                    assert_eq!(Some(c.secret_id()), d["secretId"].as_str());
                    assert_eq!(Some(c.secret_key().expose()), d["secretKey"].as_str());
                    if let Some(expiry) = c.expiry() {
                        assert!(
                            expiry > UNIX_EPOCH + Duration::from_secs(NOW + 300),
                            "credentials are used while more than 5 minutes from expiry"
                        );
                    }
                }
                Err(e) => {
                    let message = e.to_string();
                    let shown = credential.display().to_string();
                    assert!(
                        message.contains(&shown)
                            || message.contains(endpoint.trim_start_matches("http://")),
                        "names the file or the endpoint: {message}"
                    );
                    check_no_secret(&message, &secrets, &format!("{shown}\n{names}"));
                }
            }
            let region = configured_region(&env, "default");
            match &region {
                Ok(Some(r)) => assert!(!r.is_empty()),
                Ok(None) => {}
                Err(e) => {
                    let message = e.to_string();
                    assert!(
                        message.contains(&configure.display().to_string()),
                        "{message}"
                    );
                    let public = format!("{}\n{names}", configure.display());
                    check_no_secret(&message, &secrets, &public);
                }
            }
            (
                tccli_outcome(&loaded, &credential, &endpoint),
                region.is_ok(),
            )
        });
}
