//! Actions served on a host of their own go there with no endpoint set: every entry
//! crates/services/HOSTS.txt takes is called through its generated method, with the
//! client's traffic sent through an https CONNECT proxy that tunnels to the emulator;
//! the proxy's CONNECT line and the emulator's request log name the action's host.
//! An endpoint set for the client still wins.

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use serde_json::{Map, Value};
use tencent_cloud_core::credentials::Env;
use tencent_cloud_core::testing::{Reply, Server};
use tencent_cloud_core::{ClientConfig, RetryPolicy, SdkConfig};
use tencent_cloud_emulator::Emulator;

#[path = "shared.rs"]
mod shared;
use shared::release;

const ID: &str = "AKIDhostsEXAMPLE";
const KEY: &str = "hosts-secret-key";

type Run = fn(tencent_cloud_core::Client, Value) -> BoxFuture<'static, Result<(), String>>;

macro_rules! case {
    (json $krate:ident :: $module:ident :: $method:ident ($req:ident)) => {{
        #[allow(deprecated)]
        fn run(
            core: tencent_cloud_core::Client,
            params: Value,
        ) -> BoxFuture<'static, Result<(), String>> {
            Box::pin(async move {
                let req: $krate::$module::$req =
                    serde_json::from_value(params).map_err(|e| format!("request: {e}"))?;
                let client = $krate::$module::Client::new(core);
                client
                    .$method(&req)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            })
        }
        run as Run
    }};
    (stream $krate:ident :: $module:ident :: $method:ident ($req:ident)) => {{
        #[allow(deprecated)]
        fn run(
            core: tencent_cloud_core::Client,
            params: Value,
        ) -> BoxFuture<'static, Result<(), String>> {
            Box::pin(async move {
                let req: $krate::$module::$req =
                    serde_json::from_value(params).map_err(|e| format!("request: {e}"))?;
                let client = $krate::$module::Client::new(core);
                let mut s = client.$method(&req).await.map_err(|e| e.to_string())?;
                let mut n = 0;
                while let Some(e) = s.next().await {
                    e.map_err(|e| e.to_string())?;
                    n += 1;
                }
                if n == 0 {
                    return Err("no event".into());
                }
                Ok(())
            })
        }
        run as Run
    }};
}

/// (service, version, action, the host it must reach, call)
fn cases() -> Vec<(&'static str, &'static str, &'static str, &'static str, Run)> {
    vec![
        (
            "cloudmate",
            "v20251030",
            "CloudMateAgent",
            "cloudmate.ai.tencentcloudapi.com",
            case!(stream tencent_cloud_cloudmate::v20251030::cloud_mate_agent(CloudMateAgentRequest)),
        ),
        (
            "cls",
            "v20201016",
            "ChatCompletions",
            "cls.ai.tencentcloudapi.com",
            case!(stream tencent_cloud_cls::v20201016::chat_completions_stream(ChatCompletionsRequest)),
        ),
        (
            "dataagent",
            "v20250513",
            "ChatAI",
            "dataagent.ai.tencentcloudapi.com",
            case!(stream tencent_cloud_dataagent::v20250513::chat_ai(ChatAIRequest)),
        ),
        (
            "es",
            "v20250101",
            "ChatCompletions",
            "es.ai.tencentcloudapi.com",
            case!(json tencent_cloud_es::v20250101::chat_completions(ChatCompletionsRequest)),
        ),
        (
            "es",
            "v20250101",
            "ChatCompletions",
            "es.ai.tencentcloudapi.com",
            case!(stream tencent_cloud_es::v20250101::chat_completions_stream(ChatCompletionsRequest)),
        ),
        (
            "es",
            "v20250101",
            "ParseDocument",
            "es.ai.tencentcloudapi.com",
            case!(stream tencent_cloud_es::v20250101::parse_document(ParseDocumentRequest)),
        ),
        (
            "ess",
            "v20201111",
            "UploadFiles",
            "file.ess.tencent.cn",
            case!(json tencent_cloud_ess::v20201111::upload_files(UploadFilesRequest)),
        ),
        (
            "essbasic",
            "v20210526",
            "UploadFiles",
            "file.ess.tencent.cn",
            case!(json tencent_cloud_essbasic::v20210526::upload_files(UploadFilesRequest)),
        ),
        // Not taken: cls's JSON ChatCompletions stays on cls.tencentcloudapi.com.
        (
            "cls",
            "v20201016",
            "ChatCompletions",
            "cls.tencentcloudapi.com",
            case!(json tencent_cloud_cls::v20201016::chat_completions(ChatCompletionsRequest)),
        ),
    ]
}

fn params(service: &str, version: &str, action: &str) -> Map<String, Value> {
    let rel = release();
    let api = rel.api_version(service, version).expect("api");
    let mut p = api
        .examples_of(action)
        .iter()
        .find_map(|e| e.input.as_ref().ok().map(|i| i.params.clone()))
        .unwrap_or_default();
    p.remove("Stream");
    p
}

async fn client(env: Env, proxy: &str, ca: &str) -> tencent_cloud_core::Client {
    let config = SdkConfig::loader()
        .env(env)
        .client_config(
            ClientConfig::builder()
                .proxy(format!("http://{proxy}"))
                .add_root_certificates_pem(ca)
                .retry(RetryPolicy::none()),
        )
        .load()
        .await
        .expect("config");
    tencent_cloud_core::Client::from_config(&config).expect("client")
}

#[tokio::test]
async fn special_hosts_are_reached_without_an_endpoint() {
    let emu = Emulator::builder()
        .release(release())
        .credentials(ID, KEY)
        .tls(vec![
            "*.ai.tencentcloudapi.com".into(),
            "file.ess.tencent.cn".into(),
        ])
        .start()
        .await
        .expect("emulator");
    let ca = emu.ca_pem().expect("CA").to_owned();
    let target = emu.addr();
    let proxy = Server::start(move |_| Reply::Tunnel(target)).await;
    let home = tempfile::tempdir().expect("home");
    let env = || {
        Env::empty()
            .with_home(home.path())
            .with_var("TENCENTCLOUD_SECRET_ID", ID)
            .with_var("TENCENTCLOUD_SECRET_KEY", KEY)
            .with_var("TENCENTCLOUD_REGION", "ap-guangzhou")
    };
    let cases = cases();
    for (i, (service, version, action, host, run)) in cases.iter().enumerate() {
        let at = format!("{service} {version} {action} → {host}");
        let core = client(env(), &proxy.addr.to_string(), &ca).await;
        let answer = run(core, Value::Object(params(service, version, action))).await;
        // cls's only success example is a stream, which the emulator answers even to the
        // JSON call: that call's answer is refused; where it went is what is checked.
        if *host != "cls.tencentcloudapi.com" {
            answer.unwrap_or_else(|e| panic!("{at}: {e}"));
        }
        let heads: Vec<String> = proxy.requests().into_iter().map(|r| r.head).collect();
        assert_eq!(heads.len(), i + 1, "{at}: one CONNECT per call");
        assert!(
            heads[i].starts_with(&format!("CONNECT {host}:443 HTTP/1.1\r\n")),
            "{at}: {}",
            heads[i]
        );
        let call = emu.requests().last().cloned().expect("logged");
        assert_eq!(
            (call.host.as_str(), call.action.as_str()),
            (*host, *action),
            "{at}"
        );
    }

    // An endpoint set for the client still wins over the action's host.
    let url = emu.url();
    let core = client(
        env().with_var("TENCENTCLOUD_ENDPOINT", &url),
        &proxy.addr.to_string(),
        &ca,
    )
    .await;
    let run = cases[3].4;
    run(
        core,
        Value::Object(params("es", "v20250101", "ChatCompletions")),
    )
    .await
    .expect("es ChatCompletions at the endpoint");
    let call = emu.requests().last().cloned().expect("logged");
    assert_eq!(call.action, "ChatCompletions");
    assert_ne!(call.host, "es.ai.tencentcloudapi.com");
    assert!(url.contains(&call.host), "{} vs {url}", call.host);
}

/// The taken entries of HOSTS.txt are the cases above.
#[test]
fn the_host_report_takes_these() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/services/HOSTS.txt"),
    )
    .expect("HOSTS.txt");
    let mut taken: Vec<(String, String)> = text
        .lines()
        .filter(|l| l.contains("): taken: "))
        .filter_map(|l| {
            let (action, rest) = l.split_once(": ")?;
            let host = rest.split(' ').next()?;
            Some((action.to_string(), host.to_string()))
        })
        .collect();
    taken.sort();
    taken.dedup();
    let mut want: Vec<(String, String)> = cases()
        .iter()
        .filter(|(.., host, _)| !host.starts_with("cls.tencentcloudapi"))
        .map(|(s, v, a, h, _)| (format!("{s}/{v}/{a}"), h.to_string()))
        .collect();
    want.sort();
    want.dedup();
    assert_eq!(taken, want);
    for dropped in [
        "ags.internal.tencentcloudapi.com",
        "ags.<region>.tencentcloudapi.com",
        "xxx.tencentcloudapi.com",
        "file.test.ess.tencent.cn",
        "cls.ai.internal.tencentcloudapi.com",
    ] {
        assert!(
            text.lines()
                .any(|l| l.contains(&format!(": {dropped} ")) && l.contains("): dropped: ")),
            "{dropped} is listed as dropped"
        );
    }
}
