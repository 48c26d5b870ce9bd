//! Signs one Tencent Cloud API request and prints, as a JSON object, every header (TC3)
//! or parameter (v1) to send, `Authorization` / `Signature` included, plus `"provider"`:
//! where the credentials came from. The secret key is never printed.
//!
//! Without `--secret-id`, credentials come from the default chain (environment, tccli
//! profile, INI profile, TKE OIDC, CVM role; see `tencent_cloud_core::credentials`), and
//! `"provider"` names the one that answered (`environment`, `tccli-sso`, ...). With it,
//! `"provider"` is `command-line`. A token, if any, is printed as `X-TC-Token` (TC3) or
//! `Token` (v1), since it must be sent.
//!
//! ```text
//! cargo run -p tencent-cloud-core --example sign -- \
//!   --secret-id AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE --secret-key Gu5t9xGARNpq86cd98joQYCN3EXAMPLE \
//!   --service cvm --host cvm.tencentcloudapi.com --action DescribeInstances \
//!   --version 2017-03-12 --region ap-guangzhou --timestamp 1551113065 \
//!   --content-type 'application/json; charset=utf-8' \
//!   --payload '{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}'
//! ```
//!
//! Exit status: 0 on success, 2 on bad arguments (with a one-line reason on stderr).

use std::process::ExitCode;

use clap::Parser;
use tencent_cloud_core::Credential;
use tencent_cloud_core::credentials::{DefaultChain, ProvideCredentials};
use tencent_cloud_core::sign::{self, Algorithm, Method, tc3, v1};

const EXAMPLES: &str = "\
Examples:
  # TC3, Tencent's documented example (prints Signature=72e494ea...)
  sign --secret-id AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE --secret-key Gu5t9xGARNpq86cd98joQYCN3EXAMPLE \\
       --service cvm --host cvm.tencentcloudapi.com --action DescribeInstances --version 2017-03-12 \\
       --region ap-guangzhou --timestamp 1551113065 --content-type 'application/json; charset=utf-8' \\
       --payload '{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}'
  # Also sign x-tc-action, as the current documentation does
  sign ... --signed-headers content-type,host,x-tc-action
  # Legacy v1 (what tccli sends): prints the parameters, Signature included
  sign ... --algorithm HmacSHA256 --payload '{\"Limit\": 1}'

With --method GET the payload (a JSON object) is flattened into the query string, which is
printed under the key \"query\".";

/// Sign a Tencent Cloud API request and print what to send as JSON.
#[derive(Parser, Debug)]
#[command(name = "sign", after_help = EXAMPLES)]
struct Args {
    /// SecretId (AKID...). Without it, the default credential chain is used.
    #[arg(long)]
    secret_id: Option<String>,
    /// SecretKey. Used to sign; never printed. Required with --secret-id.
    #[arg(long)]
    secret_key: Option<String>,
    /// Session token of a temporary credential.
    #[arg(long)]
    token: Option<String>,
    /// Service name, e.g. cvm.
    #[arg(long)]
    service: String,
    /// Host, e.g. cvm.tencentcloudapi.com.
    #[arg(long)]
    host: String,
    /// Action, e.g. DescribeInstances.
    #[arg(long)]
    action: String,
    /// API version, e.g. 2017-03-12.
    #[arg(long)]
    version: String,
    /// Region, e.g. ap-guangzhou; pass an empty string for region-less actions.
    #[arg(long)]
    region: String,
    /// Unix timestamp in seconds.
    #[arg(long, allow_negative_numbers = true)]
    timestamp: i64,
    /// Request body: the exact JSON bytes for a TC3 POST; a JSON object otherwise.
    #[arg(long)]
    payload: String,
    /// POST or GET.
    #[arg(long, default_value = "POST")]
    method: String,
    /// Content-Type (default: application/json for POST, application/x-www-form-urlencoded otherwise).
    #[arg(long)]
    content_type: Option<String>,
    /// TC3 signed headers, separated by ',' or ';' (content-type and host are always signed).
    #[arg(long)]
    signed_headers: Option<String>,
    /// TC3-HMAC-SHA256, HmacSHA256 or HmacSHA1.
    #[arg(long, default_value = "TC3-HMAC-SHA256")]
    algorithm: String,
    /// X-TC-Language / Language: zh-CN or en-US.
    #[arg(long)]
    language: Option<String>,
    /// v1 Nonce (default: random).
    #[arg(long)]
    nonce: Option<u64>,
}

fn main() -> ExitCode {
    // `RUST_LOG=tencent_cloud_core=debug` shows where the credentials came from (never
    // the secrets: see tests/secrecy.rs); logs go to stderr, the JSON to stdout.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init();
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            // One line: clap's message without the usage block.
            let text = e.to_string();
            let reason: Vec<&str> = text
                .lines()
                .take_while(|l| !l.starts_with("Usage:"))
                .map(|l| l.trim().trim_start_matches("error: "))
                .filter(|l| !l.is_empty())
                .collect();
            eprintln!("{}", reason.join(" "));
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(reason) => {
            eprintln!("{reason}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<String, String> {
    let method: Method = args.method.parse().map_err(|e| short(&e))?;
    let algorithm: Algorithm = args.algorithm.parse().map_err(|e| short(&e))?;
    if let Some(l) = &args.language
        && l != "zh-CN"
        && l != "en-US"
    {
        return Err(format!(
            "invalid value {l:?} for --language (expected zh-CN or en-US)"
        ));
    }
    let (credential, provider) = credential(args)?;
    credential.validate().map_err(|e| short(&e))?;
    let region = Some(args.region.as_str()).filter(|r| !r.is_empty());

    // Parameters for GET and v1: the payload must be a JSON object.
    let flat = || -> Result<Vec<(String, String)>, String> {
        let value: serde_json::Value = serde_json::from_str(&args.payload)
            .map_err(|e| format!("--payload is not valid JSON: {e}"))?;
        sign::flatten_json_params(&value).map_err(|e| short(&e))
    };

    let mut out = serde_json::Map::new();
    match algorithm {
        Algorithm::Tc3HmacSha256 => {
            let extra: Vec<&str> = args
                .signed_headers
                .as_deref()
                .unwrap_or("")
                .split([',', ';'])
                .map(str::trim)
                .filter(|h| !h.is_empty())
                .collect();
            let query = match method {
                Method::Get => sign::form_urlencode(&flat()?),
                Method::Post => String::new(),
            };
            let content_type = args.content_type.as_deref().unwrap_or(match method {
                Method::Post => "application/json",
                Method::Get => "application/x-www-form-urlencoded",
            });
            let mut req = tc3::SigningRequest::new(
                &credential,
                &args.service,
                &args.host,
                &args.action,
                &args.version,
                args.timestamp,
            );
            req.method = method;
            req.query = &query;
            req.content_type = content_type;
            req.payload = match method {
                Method::Post => tc3::Payload::Bytes(args.payload.as_bytes()),
                Method::Get => tc3::Payload::Bytes(b""),
            };
            req.region = region;
            req.language = args.language.as_deref();
            req.extra_signed_headers = &extra;
            let signed = tc3::sign(&req).map_err(|e| short(&e))?;
            for (name, value) in signed.headers {
                out.insert(name.to_owned(), value.into());
            }
            if method == Method::Get {
                out.insert("query".into(), query.into());
            }
        }
        Algorithm::HmacSha256 | Algorithm::HmacSha1 => {
            if args.signed_headers.is_some() {
                return Err("--signed-headers applies to TC3-HMAC-SHA256 only".into());
            }
            let params = flat()?;
            let refs: Vec<(&str, &str)> = params
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let nonce = args.nonce.unwrap_or_else(random_nonce);
            let mut req = v1::SigningRequest::new(
                &credential,
                &args.host,
                &args.action,
                &args.version,
                args.timestamp,
                nonce,
                &refs,
            );
            req.algorithm = algorithm;
            req.method = method;
            req.region = region;
            req.language = args.language.as_deref();
            let signed = v1::sign(&req).map_err(|e| short(&e))?;
            for (name, value) in signed.params {
                out.insert(name, value.into());
            }
        }
    }
    out.insert("provider".into(), provider.into());
    serde_json::to_string_pretty(&out).map_err(|e| e.to_string())
}

/// The credential from the arguments, or else from the default chain, and its source.
fn credential(args: &Args) -> Result<(Credential, &'static str), String> {
    if let Some(id) = &args.secret_id {
        let key = args
            .secret_key
            .as_deref()
            .ok_or("--secret-key is required with --secret-id")?;
        let mut credential = Credential::new(id.clone(), key);
        if let Some(t) = &args.token {
            credential = credential.with_token(t.as_str());
        }
        return Ok((credential, "command-line"));
    }
    if args.secret_key.is_some() || args.token.is_some() {
        return Err("--secret-key and --token need --secret-id".into());
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start a runtime: {e}"))?;
    let chain = DefaultChain::builder().build();
    let found = runtime
        .block_on(chain.provide_credentials())
        .map_err(|e| short(&e))?;
    let provider = found.provider();
    Ok((found.into_credential(), provider))
}

fn short(e: &tencent_cloud_core::Error) -> String {
    e.to_string()
}

fn random_nonce() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0);
    (h.finish() % 2_147_483_647) + 1
}
