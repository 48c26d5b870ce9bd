//! Cross-check of `tencent-cloud-core` signing against the official Python SDK.
//!
//! Generates ≥ 1,000 randomized requests (TC3 GET and POST, HmacSHA256, HmacSHA1; random
//! services, regions, tokens, languages, unicode payloads serialized with and without
//! ASCII escaping), signs them in Rust, then has ONE Python process sign the same requests
//! with `tencentcloud-sdk-python-common` (pinned below, installed into a venv under the
//! cargo target dir) through the SDK's own request builders, and compares every header,
//! parameter and signature.
//!
//! Skips, loudly, when `python3` is not installed. Set `TC_INTEROP_SEED` to replay a seed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use tencent_cloud_core::Credential;
use tencent_cloud_core::sign::{self, Algorithm, Method, tc3, v1};

/// The pinned official SDK version.
const PY_SDK: &str = "tencentcloud-sdk-python-common==3.1.195";
const CASES_PER_ALGORITHM: usize = 400;
const REQUEST_CLIENT: &str = "SDK_RUST_0.1.0";

// ---------------------------------------------------------------- randomness

/// SplitMix64: tiny, deterministic, good enough to draw test cases.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
    fn token(&mut self, alphabet: &str, len: usize) -> String {
        let chars: Vec<char> = alphabet.chars().collect();
        (0..len).map(|_| chars[self.below(chars.len())]).collect()
    }
}

const ALNUM: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const SERVICES: &[&str] = &[
    "cvm",
    "cbs",
    "vpc",
    "cdb",
    "hunyuan",
    "tke",
    "cls",
    "ssl",
    "scf",
    "clb",
    "sts",
    "cam",
    "billing",
    "tmt",
    "ocr",
    "asr",
    "tts",
    "lighthouse",
    "dnspod",
    "monitor",
    "cwp",
    "es",
];
const REGIONS: &[&str] = &[
    "ap-guangzhou",
    "ap-shanghai",
    "ap-beijing",
    "ap-chengdu",
    "ap-hongkong",
    "ap-singapore",
    "na-siliconvalley",
    "eu-frankfurt",
    "ap-tokyo",
    "sa-saopaulo",
];
const ACTIONS: &[&str] = &[
    "DescribeInstances",
    "RunInstances",
    "ChatCompletions",
    "CreateVpc",
    "DescribeZones",
    "TextTranslate",
    "GeneralBasicOCR",
    "DeleteRecord",
    "ModifyInstancesAttribute",
];
const KEYS: &[&str] = &[
    "Limit",
    "Offset",
    "Filters",
    "Name",
    "Values",
    "InstanceIds",
    "Tags",
    "Key",
    "Value",
    "SourceText",
    "Messages",
    "Role",
    "Content",
    "Zone",
    "Placement",
    "ClientToken",
    "Tag_Key",
    "Data_Disk",
];
/// Pieces of text: ASCII with form/URL metacharacters, CJK, accents, emoji (astral plane,
/// so surrogate pairs when escaped), separators and control characters.
const TEXT: &[&str] = &[
    "a",
    "Z",
    "9",
    " ",
    "-",
    "_",
    ".",
    "~",
    "&",
    "=",
    "+",
    "%",
    "/",
    "?",
    "#",
    "\"",
    "\\",
    "'",
    "*",
    ":",
    ";",
    ",",
    "\t",
    "\n",
    "未命名",
    "腾讯云",
    "混元",
    "é",
    "ß",
    "Ω",
    "😀",
    "🚀",
    "\u{2028}",
    "\u{7f}",
    "\u{1}",
    "ا",
    "안녕",
    "instance-name",
    "ins-09dx96dg",
];

fn random_text(rng: &mut Rng) -> String {
    (0..rng.below(6)).map(|_| rng.pick(TEXT)).collect()
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth >= 3 { 2 } else { 4 }) {
        0 => Value::String(random_text(rng)),
        1 => json!(rng.next() as i64 % 100_000),
        2 => Value::Array(
            (0..rng.below(4))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        _ => random_object(rng, depth + 1),
    }
}

fn random_object(rng: &mut Rng, depth: usize) -> Value {
    let mut map = serde_json::Map::new();
    for _ in 0..1 + rng.below(4) {
        map.insert(rng.pick(KEYS).to_owned(), random_value(rng, depth));
    }
    Value::Object(map)
}

/// Python's `json.dumps(..., ensure_ascii=True)` escaping: every non-ASCII character as
/// `\uXXXX` (UTF-16, lower-case hex). Non-ASCII only occurs inside strings in JSON text.
fn ascii_escape(json_text: &str) -> String {
    let mut out = String::with_capacity(json_text.len());
    for c in json_text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    out
}

// ---------------------------------------------------------------- cases

struct Case {
    json: Value,
    expect: Expect,
}

enum Expect {
    Tc3 {
        headers: Vec<(&'static str, String)>,
        query: Option<String>,
        signature: String,
    },
    V1 {
        params: BTreeMap<String, String>,
        signature: String,
    },
}

fn make_case(rng: &mut Rng, id: usize, algorithm: Algorithm) -> Case {
    let service = rng.pick(SERVICES).to_owned();
    let region = rng.chance(85).then(|| rng.pick(REGIONS).to_owned());
    let host = match (&region, rng.chance(30)) {
        (Some(r), true) => format!("{service}.{r}.tencentcloudapi.com"),
        _ => format!("{service}.tencentcloudapi.com"),
    };
    let action = rng.pick(ACTIONS).to_owned();
    let version = format!(
        "20{:02}-{:02}-{:02}",
        15 + rng.below(11),
        1 + rng.below(12),
        1 + rng.below(28)
    );
    // 2000-01-01 .. 2099-12-31
    let timestamp = 946_684_800 + (rng.next() % 3_155_760_000) as i64;
    let secret_id = format!("AKID{}", rng.token(ALNUM, 32));
    let secret_key = rng.token(ALNUM, 32);
    let token = if rng.chance(50) {
        let len = 40 + rng.below(300);
        Some(rng.token(&format!("{ALNUM}-_=+/"), len))
    } else {
        None
    };
    let language = match rng.below(3) {
        0 => None,
        1 => Some("zh-CN"),
        _ => Some("en-US"),
    };
    let method = if rng.chance(50) {
        Method::Post
    } else {
        Method::Get
    };
    let params = random_object(rng, 0);
    let mut cred = Credential::new(secret_id.clone(), secret_key.as_str());
    if let Some(t) = &token {
        cred = cred.with_token(t.as_str());
    }
    let date = sign::utc_date(timestamp).unwrap();
    let mut case = json!({
        "id": id,
        "algorithm": algorithm.as_str(),
        "method": method.as_str(),
        "service": service,
        "host": host,
        "region": region,
        "action": action,
        "version": version,
        "timestamp": timestamp,
        "date": date,
        "secret_id": secret_id,
        "secret_key": secret_key,
        "token": token,
        "language": language,
        "request_client": REQUEST_CLIENT,
        "params": params,
    });

    let flat = sign::flatten_json_params(&params).unwrap();
    let expect = if algorithm == Algorithm::Tc3HmacSha256 {
        let unsigned = method == Method::Post && rng.chance(20);
        let compact = serde_json::to_string(&params).unwrap();
        let payload = match (method, rng.below(3)) {
            (Method::Get, _) => String::new(),
            (_, 0) => compact,                // ensure_ascii=False
            (_, 1) => ascii_escape(&compact), // ensure_ascii=True
            _ => ascii_escape(&serde_json::to_string_pretty(&params).unwrap()),
        };
        let query = match method {
            Method::Get => sign::form_urlencode(&flat),
            Method::Post => String::new(),
        };
        let mut req =
            tc3::SigningRequest::new(&cred, &service, &host, &action, &version, timestamp);
        req.method = method;
        req.query = &query;
        req.content_type = match method {
            Method::Post => "application/json",
            Method::Get => "application/x-www-form-urlencoded",
        };
        req.payload = if unsigned {
            tc3::Payload::Unsigned
        } else {
            tc3::Payload::Bytes(payload.as_bytes())
        };
        req.region = region.as_deref();
        req.language = language;
        req.request_client = Some(REQUEST_CLIENT);
        let out = tc3::sign(&req).unwrap();
        case["payload"] = json!(payload);
        case["unsigned"] = json!(unsigned);
        case["rust_string_to_sign"] = json!(out.string_to_sign);
        Expect::Tc3 {
            headers: out.headers,
            query: (method == Method::Get).then_some(query),
            signature: out.signature,
        }
    } else {
        let nonce = 1 + rng.next() % 2_147_483_646;
        let refs: Vec<(&str, &str)> = flat.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let mut req =
            v1::SigningRequest::new(&cred, &host, &action, &version, timestamp, nonce, &refs);
        req.algorithm = algorithm;
        req.method = method;
        req.region = region.as_deref();
        req.language = language;
        req.request_client = Some(REQUEST_CLIENT);
        let out = v1::sign(&req).unwrap();
        case["nonce"] = json!(nonce);
        case["rust_string_to_sign"] = json!(out.string_to_sign);
        Expect::V1 {
            params: out.params.into_iter().collect(),
            signature: out.signature,
        }
    };
    Case { json: case, expect }
}

// ---------------------------------------------------------------- python

/// A venv with the pinned SDK, created once under the cargo target dir.
fn python_with_sdk() -> Option<PathBuf> {
    tencent_cloud_tests::python_venv(
        "python_interop",
        Path::new(env!("CARGO_TARGET_TMPDIR")),
        &format!("py-interop-{}", PY_SDK.replace(['=', '.'], "_")),
        &[PY_SDK],
        "import tencentcloud.common.sign",
    )
}

// ---------------------------------------------------------------- the test

#[test]
fn signatures_match_official_python_sdk() {
    let Some(python) = python_with_sdk() else {
        return;
    };
    let seed: u64 = std::env::var("TC_INTEROP_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x7C3_5EED);
    eprintln!("python_interop: seed {seed} (set TC_INTEROP_SEED to replay)");
    let mut rng = Rng(seed);
    let mut cases = Vec::new();
    for algorithm in [
        Algorithm::Tc3HmacSha256,
        Algorithm::HmacSha256,
        Algorithm::HmacSha1,
    ] {
        for _ in 0..CASES_PER_ALGORITHM {
            let id = cases.len();
            cases.push(make_case(&mut rng, id, algorithm));
        }
    }

    let work = tempdir();
    let cases_path = work.join("cases.json");
    let results_path = work.join("results.json");
    let all: Vec<&Value> = cases.iter().map(|c| &c.json).collect();
    std::fs::write(&cases_path, serde_json::to_vec(&all).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("python_sign.py");
    let out = Command::new(&python)
        .arg(&script)
        .arg(&cases_path)
        .arg(&results_path)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "python signer failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results: Value = serde_json::from_slice(&std::fs::read(&results_path).unwrap()).unwrap();
    let results = results["results"].as_array().expect("results array");
    assert_eq!(results.len(), cases.len());

    let mut failures = Vec::new();
    let mut compared = BTreeMap::<&str, usize>::new();
    for (case, py) in cases.iter().zip(results) {
        assert_eq!(py["id"], case.json["id"]);
        let mut diffs = Vec::new();
        match &case.expect {
            Expect::Tc3 {
                headers,
                query,
                signature,
            } => {
                let py_headers = py["headers"].as_object().expect("headers");
                for (name, value) in headers {
                    if py_headers.get(*name).and_then(Value::as_str) != Some(value.as_str()) {
                        diffs.push(format!(
                            "header {name}: rust {value:?} python {:?}",
                            py_headers.get(*name)
                        ));
                    }
                }
                if py_headers.len() != headers.len() {
                    diffs.push(format!(
                        "header sets differ: python has {:?}",
                        py_headers.keys().collect::<Vec<_>>()
                    ));
                }
                if let Some(q) = query
                    && py["query"].as_str() != Some(q.as_str())
                {
                    diffs.push(format!("query: rust {q:?} python {:?}", py["query"]));
                }
                if py["direct_signature"].as_str() != Some(signature.as_str()) {
                    diffs.push("Sign.sign_tc3 disagrees".into());
                }
            }
            Expect::V1 { params, signature } => {
                let py_params: BTreeMap<String, String> = py["params"]
                    .as_object()
                    .expect("params")
                    .iter()
                    .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                    .collect();
                if &py_params != params {
                    diffs.push(format!("params: rust {params:?}\n python {py_params:?}"));
                }
                if py["direct_signature"].as_str() != Some(signature.as_str()) {
                    diffs.push("Sign.sign disagrees".into());
                }
            }
        }
        let label = case.json["algorithm"].as_str().unwrap_or("?");
        *compared.entry(label).or_default() += 1;
        if !diffs.is_empty() {
            failures.push(format!(
                "case {}: {}\n  {}",
                case.json["id"],
                case.json,
                diffs.join("\n  ")
            ));
        }
    }
    eprintln!(
        "python_interop: compared {} cases with {} {:?}: {} mismatches",
        cases.len(),
        results.len(),
        compared,
        failures.len()
    );
    let _ = std::fs::remove_dir_all(&work);
    assert!(cases.len() >= 1000);
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from the official SDK; first ones:\n{}",
        failures.len(),
        cases.len(),
        failures
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn tempdir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("py-interop-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
