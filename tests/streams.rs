//! Every action the official Go SDK types as server-sent events (its responses built
//! on `tchttp.BaseSSEResponse`, tencentcloud-sdk-go v1.3.166: 27 actions) has a
//! generated method that streams, tested against the emulator streaming the action's
//! example: its event-stream example where it has one, else its JSON example as one
//! event (as the service streams a JSON-only answer). Actions with a `Stream` switch
//! are called through `<method>_stream`, which must set it; the others through the
//! method itself. The list is also crates/services/STREAMS.txt's, exactly.

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use serde_json::{Map, Value};
use tencent_cloud_core::rt::EventStream;
use tencent_cloud_spec::ExampleOutput;

#[path = "shared.rs"]
mod shared;
use shared::release;

const ID: &str = "AKIDstreamEXAMPLE";
const KEY: &str = "stream-secret-key";

/// Calls the method with the example's params; decodes the first event into the
/// response type.
type Run = fn(tencent_cloud_core::Client, Value) -> BoxFuture<'static, Result<EventStream, String>>;
type Typed = fn(&tencent_cloud_core::rt::Event) -> Result<(), String>;

macro_rules! case {
    ($svc:literal, $ver:literal, $action:literal, $switch:literal, $krate:ident :: $module:ident :: $method:ident ($req:ident) -> $resp:ident) => {{
        #[allow(deprecated)]
        fn run(
            core: tencent_cloud_core::Client,
            params: Value,
        ) -> BoxFuture<'static, Result<EventStream, String>> {
            Box::pin(async move {
                let req: $krate::$module::$req =
                    serde_json::from_value(params).map_err(|e| format!("request: {e}"))?;
                let client = $krate::$module::Client::new(core);
                client.$method(&req).await.map_err(|e| e.to_string())
            })
        }
        fn typed(e: &tencent_cloud_core::rt::Event) -> Result<(), String> {
            tencent_cloud_core::rt::decode_event::<$krate::$module::$resp>(e)
                .map(|_| ())
                .map_err(|e| e.to_string())
        }
        ($svc, $ver, $action, $switch, run as Run, typed as Typed)
    }};
}

/// (service, version, action, has a Stream switch, call, typed decode)
fn cases() -> Vec<(&'static str, &'static str, &'static str, bool, Run, Typed)> {
    vec![
        case!("cloudmate", "v20251030", "CloudMateAgent", false, tencent_cloud_cloudmate::v20251030::cloud_mate_agent(CloudMateAgentRequest) -> CloudMateAgentResponse),
        case!("cls", "v20201016", "ChatCompletions", true, tencent_cloud_cls::v20201016::chat_completions_stream(ChatCompletionsRequest) -> ChatCompletionsResponse),
        case!("dataagent", "v20250513", "ChatAI", false, tencent_cloud_dataagent::v20250513::chat_ai(ChatAIRequest) -> ChatAIResponse),
        case!("dataagent", "v20250513", "ExecuteAgentApiV1", false, tencent_cloud_dataagent::v20250513::execute_agent_api_v1(ExecuteAgentApiV1Request) -> ExecuteAgentApiV1Response),
        case!("es", "v20250101", "ChatCompletions", true, tencent_cloud_es::v20250101::chat_completions_stream(ChatCompletionsRequest) -> ChatCompletionsResponse),
        case!("es", "v20250101", "ParseDocument", false, tencent_cloud_es::v20250101::parse_document(ParseDocumentRequest) -> ParseDocumentResponse),
        case!("hunyuan", "v20230901", "ChatCompletions", true, tencent_cloud_hunyuan::v20230901::chat_completions_stream(ChatCompletionsRequest) -> ChatCompletionsResponse),
        case!("hunyuan", "v20230901", "ChatTranslations", true, tencent_cloud_hunyuan::v20230901::chat_translations_stream(ChatTranslationsRequest) -> ChatTranslationsResponse),
        case!("hunyuan", "v20230901", "CreateThread", false, tencent_cloud_hunyuan::v20230901::create_thread(CreateThreadRequest) -> CreateThreadResponse),
        case!("hunyuan", "v20230901", "FilesDeletions", false, tencent_cloud_hunyuan::v20230901::files_deletions(FilesDeletionsRequest) -> FilesDeletionsResponse),
        case!("hunyuan", "v20230901", "FilesList", false, tencent_cloud_hunyuan::v20230901::files_list(FilesListRequest) -> FilesListResponse),
        case!("hunyuan", "v20230901", "FilesUploads", false, tencent_cloud_hunyuan::v20230901::files_uploads(FilesUploadsRequest) -> FilesUploadsResponse),
        case!("hunyuan", "v20230901", "GetThread", false, tencent_cloud_hunyuan::v20230901::get_thread(GetThreadRequest) -> GetThreadResponse),
        case!("hunyuan", "v20230901", "GetThreadMessage", false, tencent_cloud_hunyuan::v20230901::get_thread_message(GetThreadMessageRequest) -> GetThreadMessageResponse),
        case!("hunyuan", "v20230901", "GetThreadMessageList", false, tencent_cloud_hunyuan::v20230901::get_thread_message_list(GetThreadMessageListRequest) -> GetThreadMessageListResponse),
        case!("hunyuan", "v20230901", "GroupChatCompletions", true, tencent_cloud_hunyuan::v20230901::group_chat_completions_stream(GroupChatCompletionsRequest) -> GroupChatCompletionsResponse),
        case!("hunyuan", "v20230901", "ImageQuestion", true, tencent_cloud_hunyuan::v20230901::image_question_stream(ImageQuestionRequest) -> ImageQuestionResponse),
        case!("hunyuan", "v20230901", "RunThread", true, tencent_cloud_hunyuan::v20230901::run_thread_stream(RunThreadRequest) -> RunThreadResponse),
        case!("ig", "v20210518", "GetLLMDiagnosisDrug", false, tencent_cloud_ig::v20210518::get_llm_diagnosis_drug(GetLLMDiagnosisDrugRequest) -> GetLLMDiagnosisDrugResponse),
        case!("ig", "v20210518", "GetLLMDiagnosisDrugChat", false, tencent_cloud_ig::v20210518::get_llm_diagnosis_drug_chat(GetLLMDiagnosisDrugChatRequest) -> GetLLMDiagnosisDrugChatResponse),
        case!("ig", "v20210518", "GetLLMDiagnosisHealth", false, tencent_cloud_ig::v20210518::get_llm_diagnosis_health(GetLLMDiagnosisHealthRequest) -> GetLLMDiagnosisHealthResponse),
        case!("ig", "v20210518", "GetLLMReportInterpretation", false, tencent_cloud_ig::v20210518::get_llm_report_interpretation(GetLLMReportInterpretationRequest) -> GetLLMReportInterpretationResponse),
        case!("lkeap", "v20240522", "ChatCompletions", true, tencent_cloud_lkeap::v20240522::chat_completions_stream(ChatCompletionsRequest) -> ChatCompletionsResponse),
        case!("lkeap", "v20240522", "ReconstructDocumentSSE", false, tencent_cloud_lkeap::v20240522::reconstruct_document_sse(ReconstructDocumentSSERequest) -> ReconstructDocumentSSEResponse),
        case!("tdai", "v20250717", "CreateChatCompletion", false, tencent_cloud_tdai::v20250717::create_chat_completion(CreateChatCompletionRequest) -> CreateChatCompletionResponse),
        case!("trtc", "v20190722", "TextToSpeechSSE", false, tencent_cloud_trtc::v20190722::text_to_speech_sse(TextToSpeechSSERequest) -> TextToSpeechSSEResponse),
        case!("waf", "v20180125", "GenerateLLMSecAnswer", false, tencent_cloud_waf::v20180125::generate_llm_sec_answer(GenerateLLMSecAnswerRequest) -> GenerateLLMSecAnswerResponse),
    ]
}

/// What the emulator streams for the action, and the params of that example.
fn expected(service: &str, version: &str, action: &str) -> (Map<String, Value>, Vec<Value>) {
    let rel = release();
    let api = rel.api_version(service, version).expect("api");
    let examples = api.examples_of(action);
    let params = |e: &tencent_cloud_spec::Example| {
        e.input
            .as_ref()
            .map(|i| i.params.clone())
            .unwrap_or_default()
    };
    if let Some((e, events)) = examples.iter().find_map(|e| match &e.output {
        Ok(ExampleOutput::EventStream(ev)) => Some((e, ev.clone())),
        _ => None,
    }) {
        return (params(e), events);
    }
    let (e, resp) = examples
        .iter()
        .find_map(|e| match &e.output {
            Ok(ExampleOutput::Json(v)) if v["Response"].is_object() => v["Response"]
                .get("Error")
                .is_none()
                .then(|| (e, v["Response"].clone())),
            _ => None,
        })
        .or_else(|| {
            // An example that is one event's data (no Response wrapper: cloudmate).
            examples.iter().find_map(|e| match &e.output {
                Ok(ExampleOutput::Json(v)) if v.is_object() => Some((e, v.clone())),
                _ => None,
            })
        })
        .unwrap_or_else(|| panic!("{service} {action}: no example"));
    // The emulator answers with the first success example: take its params too.
    (params(e), vec![resp])
}

#[tokio::test]
async fn every_go_sdk_streaming_action_streams_its_example() {
    let emu = shared::emulator(ID, KEY).await;
    let cases = cases();
    assert_eq!(cases.len(), 27, "the Go SDK's BaseSSEResponse actions");
    for (service, version, action, switch, run, typed) in &cases {
        let at = format!("{service} {version} {action}");
        let (mut params, want) = expected(service, version, action);
        // The method sets the switch itself.
        params.remove("Stream");
        let core = shared::env_client(&emu.url(), ID, KEY).await;
        let mut stream = run(core, Value::Object(params))
            .await
            .unwrap_or_else(|e| panic!("{at}: {e}"));
        let mut got = Vec::new();
        while let Some(event) = stream.next().await {
            got.push(event.unwrap_or_else(|e| panic!("{at}: {e}")));
        }
        assert_eq!(got.len(), want.len(), "{at}: events");
        let mut typed_ok = false;
        for (g, w) in got.iter().zip(&want) {
            match (g.json::<Value>(), w) {
                (Ok(g_json), _) => {
                    assert_eq!(&g_json, w, "{at}");
                    if !typed_ok {
                        typed(g).unwrap_or_else(|e| panic!("{at}: typed: {e}"));
                        typed_ok = true;
                    }
                }
                // Upstream event data that is not JSON (cls: `\``): sent as it is.
                (Err(_), Value::String(raw)) => assert_eq!(&g.data, raw, "{at}"),
                (Err(e), _) => panic!("{at}: {e}"),
            }
        }
        assert!(typed_ok, "{at}: no JSON event");
        let call = emu.requests().last().cloned().expect("a request");
        assert_eq!(
            (call.service.as_str(), call.action.as_str()),
            (*service, *action),
            "{at}"
        );
        if *switch {
            assert_eq!(
                call.params["Stream"], true,
                "{at}: the _stream method sets Stream"
            );
        }
    }
}

/// The report lists exactly these 27 as streamed.
#[test]
fn the_stream_report_lists_the_go_sdk_actions() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/services/STREAMS.txt"),
    )
    .expect("STREAMS.txt");
    let streamed: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.contains(": not streamed"))
        .filter_map(|l| l.split_once(": ").map(|(a, _)| a.to_string()))
        .collect();
    let go: Vec<String> = cases()
        .iter()
        .map(|(s, v, a, ..)| format!("{s}/{v}/{a}"))
        .collect();
    assert_eq!(streamed, go);
    for (s, v, a, switch, ..) in cases() {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{s}/{v}/{a}: ")))
            .expect("listed");
        assert_eq!(line.contains("_stream() sets Stream"), switch, "{line}");
    }
}
