//! Pagination through `rt::Pages` against the scripted loopback server.

mod common;

use std::time::Duration;

use common::{Reply, SECRET_ID, SECRET_KEY, Server};
use futures_util::StreamExt;
use tencent_cloud_core::rt::{self as rt, Decode, Paginate};
use tencent_cloud_core::{Client, ClientConfig, Credential, RequestSpec, RetryPolicy};

rt::model! {
    pub struct ListRequest: encode {
        offset: i64 = "Offset",
        limit: i64 = "Limit",
        name: String = "Name",
    }

    pub struct Item: decode {
        id: String = "Id",
    }

    pub struct ListResponse: decode {
        items: Vec<Item> = "Items",
        total_count: i64 = "TotalCount",
        request_id: String = "RequestId",
    }
}

impl Paginate for ListRequest {
    type Output = ListResponse;
    type Item = Item;
    fn offset(&self) -> u64 {
        self.offset.map_or(0, |o| o.max(0) as u64)
    }
    fn set_offset(&mut self, offset: u64) {
        self.offset = Some(offset as i64);
    }
    fn items(page: ListResponse) -> (Vec<Item>, Option<u64>) {
        (
            page.items.unwrap_or_default(),
            page.total_count.map(|t| t as u64),
        )
    }
}

fn page(ids: &[&str], total: u64) -> Reply {
    let items: Vec<String> = ids.iter().map(|i| format!(r#"{{"Id": "{i}"}}"#)).collect();
    Reply::Json(format!(
        r#"{{"Response": {{"Items": [{}], "TotalCount": {total}, "RequestId": "r"}}}}"#,
        items.join(",")
    ))
}

fn client(server: &Server) -> Client {
    let config = ClientConfig::builder()
        .endpoint_url(server.url())
        .region("ap-guangzhou")
        .attempt_timeout(Duration::from_secs(5))
        .retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
            total_deadline: Some(Duration::from_secs(5)),
        })
        .build()
        .expect("config");
    Client::new(config, Credential::new(SECRET_ID, SECRET_KEY)).expect("client")
}

const SPEC: RequestSpec<'static> = RequestSpec::new("demo", "2020-01-01", "ListThings");

fn offsets(server: &Server) -> Vec<i64> {
    server
        .requests()
        .iter()
        .map(|r| {
            let v: serde_json::Value = serde_json::from_slice(&r.body).expect("json body");
            assert_eq!(v["Name"], "x", "the caller's other params are kept");
            v["Offset"].as_i64().expect("offset")
        })
        .collect()
}

#[tokio::test]
async fn walks_every_page_until_total_count() {
    let server = Server::start(vec![
        page(&["a", "b"], 5),
        page(&["c", "d"], 5),
        page(&["e"], 5),
    ])
    .await;
    let request = ListRequest {
        limit: Some(2),
        name: Some("x".into()),
        ..Default::default()
    };
    let pages = rt::Pages::new(client(&server), SPEC.idempotent(true), request);
    let ids: Vec<String> = pages
        .map(|r| r.expect("item").id.expect("id"))
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    assert_eq!(offsets(&server), [0, 2, 4]);
    assert!(server.requests().iter().all(|r| r.signature_ok));
}

#[tokio::test]
async fn starts_at_the_callers_offset_and_stops_on_an_empty_page() {
    // TotalCount lies (says 100); the empty page ends the stream.
    let server = Server::start(vec![page(&["k", "l"], 100), page(&[], 100)]).await;
    let request = ListRequest {
        offset: Some(10),
        name: Some("x".into()),
        ..Default::default()
    };
    let items: Vec<_> = rt::Pages::new(client(&server), SPEC, request)
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    assert_eq!(offsets(&server), [10, 12]);
}

#[tokio::test]
async fn an_error_is_yielded_once_and_ends_the_stream() {
    let server = Server::start(vec![page(&["a"], 3), Reply::error("InvalidParameter")]).await;
    let request = ListRequest {
        name: Some("x".into()),
        ..Default::default()
    };
    let items: Vec<_> = rt::Pages::new(client(&server), SPEC, request)
        .collect()
        .await;
    assert_eq!(items.len(), 2);
    assert!(items[0].is_ok());
    let err = items[1].as_ref().expect_err("error");
    assert_eq!(err.code(), Some("InvalidParameter"));
    // Decoding a page that is not the expected shape is an error too.
    assert!(ListResponse::decode(&serde_json::json!({"Items": "not a list of objects"})).is_err());
}

/// The inherent methods need no trait import: this test uses none of `StreamExt`.
mod without_stream_ext {
    use super::*;

    fn request() -> ListRequest {
        ListRequest {
            limit: Some(2),
            name: Some("x".into()),
            ..Default::default()
        }
    }

    #[tokio::test]
    async fn next_item_and_next_page() {
        let server = Server::start(vec![
            page(&["a", "b"], 5),
            page(&["c", "d"], 5),
            page(&["e"], 5),
        ])
        .await;
        let mut pages = rt::Pages::new(client(&server), SPEC, request());
        let first = pages.next_item().await.expect("item").expect("ok");
        assert_eq!(first.id.as_deref(), Some("a"));
        // The rest of the first page, then whole pages.
        let ids = |p: Vec<Item>| {
            p.into_iter()
                .map(|i| i.id.unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(pages.next_page().await.expect("page").expect("ok")),
            ["b"]
        );
        assert_eq!(
            ids(pages.next_page().await.expect("page").expect("ok")),
            ["c", "d"]
        );
        assert_eq!(
            ids(pages.next_page().await.expect("page").expect("ok")),
            ["e"]
        );
        assert!(pages.next_page().await.is_none());
        assert!(pages.next_item().await.is_none());
        assert_eq!(offsets(&server), [0, 2, 4]);
    }

    #[tokio::test]
    async fn collect_all_is_bounded() {
        let script = || vec![page(&["a", "b"], 5), page(&["c", "d"], 5), page(&["e"], 5)];
        let server = Server::start(script()).await;
        let all = rt::Pages::new(client(&server), SPEC, request())
            .collect_all(5)
            .await
            .expect("five items fit");
        assert_eq!(all.len(), 5);

        let server = Server::start(script()).await;
        let err = rt::Pages::new(client(&server), SPEC, request())
            .collect_all(3)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, tencent_cloud_core::Error::InvalidInput(m) if m.contains("more than 3")),
            "{err:?}"
        );
        assert_eq!(offsets(&server), [0, 2], "stopped paging at the limit");

        let server = Server::start(vec![page(&["a"], 3), Reply::error("InvalidParameter")]).await;
        let err = rt::Pages::new(client(&server), SPEC, request())
            .collect_all(10)
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some("InvalidParameter"));
    }
}

/// Token paging: `NextToken` in the request takes the response's.
mod by_token {
    use super::*;

    rt::model! {
        pub struct EventsRequest: encode {
            next_token: String = "NextToken",
            name: String = "Name",
        }

        pub struct EventsResponse: decode {
            events: Vec<String> = "Events",
            next_token: String = "NextToken",
        }
    }

    impl Paginate for EventsRequest {
        type Output = EventsResponse;
        type Item = String;
        const BY_TOKEN: bool = true;
        fn set_token(&mut self, token: String) {
            self.next_token = Some(token);
        }
        fn next_token(page: &EventsResponse) -> Option<&str> {
            page.next_token.as_deref()
        }
        fn items(page: EventsResponse) -> (Vec<String>, Option<u64>) {
            (page.events.unwrap_or_default(), None)
        }
    }

    fn events(list: &[&str], token: Option<&str>) -> Reply {
        let token = token.map_or(String::new(), |t| format!(r#", "NextToken": "{t}""#));
        Reply::Json(format!(
            r#"{{"Response": {{"Events": {}{token}, "RequestId": "r"}}}}"#,
            serde_json::to_string(list).expect("json")
        ))
    }

    fn tokens(server: &Server) -> Vec<Option<String>> {
        server
            .requests()
            .iter()
            .map(|r| {
                let v: serde_json::Value = serde_json::from_slice(&r.body).expect("json body");
                assert_eq!(v["Name"], "x", "the caller's other params are kept");
                v["NextToken"].as_str().map(str::to_owned)
            })
            .collect()
    }

    fn request() -> EventsRequest {
        EventsRequest::default().set_name("x")
    }

    #[tokio::test]
    async fn follows_tokens_until_an_empty_one_even_past_empty_pages() {
        let server = Server::start(vec![
            events(&["a", "b"], Some("t1")),
            // An empty page with a new token is not the end (log searches do this).
            events(&[], Some("t2")),
            events(&["c"], Some("")),
        ])
        .await;
        let all = rt::Pages::new(client(&server), SPEC, request())
            .collect_all(10)
            .await
            .expect("all");
        assert_eq!(all, ["a", "b", "c"]);
        assert_eq!(
            tokens(&server),
            [None, Some("t1".into()), Some("t2".into())]
        );
    }

    #[tokio::test]
    async fn a_repeated_or_missing_token_ends_the_pages() {
        let server = Server::start(vec![
            events(&["a"], Some("same")),
            events(&["b"], Some("same")),
        ])
        .await;
        let all = rt::Pages::new(client(&server), SPEC, request())
            .collect_all(10)
            .await
            .expect("all");
        assert_eq!(all, ["a", "b"], "the repeat is not followed");
        assert_eq!(server.requests().len(), 2);

        let server = Server::start(vec![events(&["a"], None)]).await;
        let all = rt::Pages::new(client(&server), SPEC, request())
            .collect_all(10)
            .await
            .expect("all");
        assert_eq!(all, ["a"]);
        assert_eq!(server.requests().len(), 1);
    }

    #[tokio::test]
    async fn endless_empty_pages_are_an_error_not_a_hang() {
        let replies: Vec<Reply> = (0..rt::MAX_EMPTY_PAGES + 5)
            .map(|i| events(&[], Some(&format!("t{i}"))))
            .collect();
        let server = Server::start(replies).await;
        let mut pages = rt::Pages::new(client(&server), SPEC, request());
        let e = pages
            .next_item()
            .await
            .expect("an error")
            .expect_err("error");
        assert!(e.to_string().contains("empty pages in a row"), "{e}");
        assert!(
            pages.next_item().await.is_none(),
            "the error ends the stream"
        );
        assert_eq!(server.requests().len(), rt::MAX_EMPTY_PAGES as usize);
    }
}

/// Paging from code that is not async: `blocking_iter` and `collect_all_blocking`, on the
/// client's own runtime, while the loopback server runs on another.
#[test]
fn pages_without_async() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let request = || ListRequest {
        limit: Some(2),
        name: Some("x".into()),
        ..Default::default()
    };
    let script = || vec![page(&["a", "b"], 5), page(&["c", "d"], 5), page(&["e"], 5)];

    let server = runtime.block_on(Server::start(script()));
    let ids: Vec<String> = rt::Pages::new(client(&server), SPEC.idempotent(true), request())
        .blocking_iter()
        .map(|r| r.expect("item").id.expect("id"))
        .collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    assert_eq!(offsets(&server), [0, 2, 4]);

    let server = runtime.block_on(Server::start(script()));
    let err = rt::Pages::new(client(&server), SPEC, request())
        .collect_all_blocking(3)
        .expect_err("more than 3");
    assert!(
        matches!(&err, tencent_cloud_core::Error::InvalidInput(m) if m.contains("more than 3")),
        "{err:?}"
    );

    // An error is yielded once, then the iteration ends.
    let server = runtime.block_on(Server::start(vec![
        page(&["a"], 3),
        Reply::error("InvalidParameter"),
    ]));
    let got: Vec<Result<Item, tencent_cloud_core::Error>> =
        rt::Pages::new(client(&server), SPEC, request())
            .blocking_iter()
            .collect();
    assert_eq!(got.len(), 2);
    assert_eq!(
        got[1].as_ref().err().and_then(|e| e.code()),
        Some("InvalidParameter")
    );
}
