//! Pagination: a [`Stream`] of every item of a paged action.
//!
//! Generated crates implement [`Paginate`] for the request type of each
//! action that answers one list and pages either by `Offset`/`Limit` (with or
//! without `TotalCount`) or by a continuation token (`NextToken`, `Context`,
//! `Cursor` → `NextCursor`, …); [`Pages`] does the rest, with no per-action
//! generic code beyond the trait impl.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::Stream;

use crate::client::{BodyType, CallOptions, Client, RequestSpec, option_setters};
use crate::error::Error;
use crate::rt::{self, Decode, Encode};

/// A request of a paginated action.
pub trait Paginate: Encode + Clone + Send + Sync + Unpin + 'static {
    /// The response of the action.
    type Output: Decode + Send;
    /// One item of the response's list.
    type Item: Send + Unpin + 'static;
    /// Whether the action pages by a continuation token (else by offset).
    const BY_TOKEN: bool = false;
    /// The `Offset` the request starts at (0 when unset).
    fn offset(&self) -> u64 {
        0
    }
    /// Sets `Offset`.
    fn set_offset(&mut self, offset: u64) {
        let _ = offset;
    }
    /// Token paging: sets the token the next request sends.
    fn set_token(&mut self, token: String) {
        let _ = token;
    }
    /// Token paging: the token a page gives for the next one.
    fn next_token(page: &Self::Output) -> Option<&str> {
        let _ = page;
        None
    }
    /// The items of one page and the `TotalCount` it reports (offset paging).
    fn items(page: Self::Output) -> (Vec<Self::Item>, Option<u64>);
}

/// How many pages in a row may come back empty with a new token before a token pager
/// gives up: a server that never ends cannot keep it fetching for ever.
pub const MAX_EMPTY_PAGES: u32 = 100;

/// The `Offset` of a request whose `Offset` is a string holding a number (vpc
/// `DescribeVpcs`): unset or not a number counts as 0.
pub fn offset_from_text(offset: Option<&str>) -> u64 {
    offset.and_then(|o| o.trim().parse().ok()).unwrap_or(0)
}

/// One page: its items, the `TotalCount` it reports and the next token.
type PageResult<T> = Result<(Vec<T>, Option<u64>, Option<String>), Error>;
type PageFuture<T> = Pin<Box<dyn Future<Output = PageResult<T>> + Send>>;

/// Every item of a paginated action, fetched page by page.
///
/// By offset: each page request is the caller's request with `Offset` advanced
/// by the number of items received so far (`Limit`, if set, is the page size).
/// The stream ends when `TotalCount` items have been seen from the starting
/// offset, or a page comes back empty.
///
/// By token: the first request is the caller's (with its token, if any); each
/// next one sends the token the previous page gave. The stream ends when a page
/// gives no token, an empty one, or the token just sent; [`MAX_EMPTY_PAGES`]
/// empty pages in a row are an error.
///
/// An error ends the stream after it is yielded.
#[must_use = "streams do nothing unless polled"]
pub struct Pages<R: Paginate> {
    client: Client,
    spec: RequestSpec<'static>,
    options: CallOptions,
    request: R,
    start: u64,
    seen: u64,
    buffer: VecDeque<R::Item>,
    in_flight: Option<PageFuture<R::Item>>,
    /// Token paging: the token the last request sent, and empty pages in a row.
    token: Option<String>,
    empty: u32,
    done: bool,
}

impl<R: Paginate> std::fmt::Debug for Pages<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pages")
            .field("action", &self.spec.action)
            .field("options", &self.options)
            .field("start", &self.start)
            .field("seen", &self.seen)
            .field("buffered", &self.buffer.len())
            .field("done", &self.done)
            .finish()
    }
}

impl<R: Paginate> Pages<R> {
    /// Pages through `spec` starting from `request`.
    pub fn new(client: Client, spec: RequestSpec<'static>, request: R) -> Self {
        let start = request.offset();
        Pages {
            client,
            spec,
            options: CallOptions::default(),
            request,
            start,
            seen: 0,
            buffer: VecDeque::new(),
            in_flight: None,
            token: None,
            empty: 0,
            done: false,
        }
    }

    option_setters!(options.);

    /// Replaces every per-call option (applied to each page request) with `options`.
    pub fn options(mut self, options: CallOptions) -> Self {
        self.options = options;
        self
    }

    /// The next item, fetching the next page when the buffered ones are used up; `None`
    /// at the end. The same as `StreamExt::next`, without importing a trait.
    pub async fn next_item(&mut self) -> Option<Result<R::Item, Error>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The items of the next page (those still buffered, or one more page fetched);
    /// `None` at the end. A page that comes back empty ends the pager.
    pub async fn next_page(&mut self) -> Option<Result<Vec<R::Item>, Error>> {
        if self.buffer.is_empty() {
            // Fetch exactly one page: its items land in the buffer.
            match self.next_item().await? {
                Ok(first) => self.buffer.push_front(first),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(self.buffer.drain(..).collect()))
    }

    /// Every remaining item, at most `max`: a response that keeps paging beyond what
    /// the caller is prepared to hold fails with [`Error::InvalidInput`] instead of
    /// growing without bound. Stops at the first error.
    pub async fn collect_all(mut self, max: usize) -> Result<Vec<R::Item>, Error> {
        let mut out = Vec::new();
        while let Some(item) = self.next_item().await {
            if out.len() == max {
                return Err(Error::InvalidInput(format!(
                    "{} returned more than {max} items; raise the limit or page with next_item",
                    self.spec.action
                )));
            }
            out.push(item?);
        }
        Ok(out)
    }

    /// The items as a blocking iterator, for code that is not async: each page is
    /// fetched on a runtime the client owns (see
    /// [`Call::send_blocking`](crate::client::Call::send_blocking)). An error ends the iteration after it is
    /// yielded; inside an async runtime the first item is [`Error::InvalidInput`].
    pub fn blocking_iter(self) -> BlockingPages<R> {
        BlockingPages {
            pages: Some(self),
            buffer: VecDeque::new(),
        }
    }

    /// Every remaining item, at most `max`, for code that is not async; see
    /// [`Pages::collect_all`] and [`Pages::blocking_iter`].
    pub fn collect_all_blocking(self, max: usize) -> Result<Vec<R::Item>, Error>
    where
        R::Item: Send,
    {
        let client = self.client.clone();
        client.block_on(self.collect_all(max))?
    }

    fn fetch(&mut self) -> PageFuture<R::Item> {
        let mut request = self.request.clone();
        if R::BY_TOKEN {
            if let Some(t) = &self.token {
                request.set_token(t.clone());
            }
        } else {
            request.set_offset(self.start + self.seen);
        }
        let client = self.client.clone();
        let spec = self.spec;
        let options = self.options.clone();
        Box::pin(async move {
            let page: R::Output = client
                .call_decoded(&spec, &options, BodyType::Json, rt::to_vec(&request).into())
                .await?;
            let token = R::next_token(&page).map(str::to_owned);
            let (items, total) = R::items(page);
            Ok((items, total, token))
        })
    }
}

impl<R: Paginate> Stream for Pages<R> {
    type Item = Result<R::Item, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if this.done {
                return Poll::Ready(None);
            }
            let fut = match &mut this.in_flight {
                Some(f) => f,
                None => {
                    let f = this.fetch();
                    this.in_flight.insert(f)
                }
            };
            match fut.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(result) => {
                    this.in_flight = None;
                    match result {
                        Err(e) => {
                            this.done = true;
                            return Poll::Ready(Some(Err(e)));
                        }
                        Ok((items, total, token)) => {
                            let n = items.len() as u64;
                            this.seen += n;
                            if R::BY_TOKEN {
                                this.empty = if n == 0 { this.empty + 1 } else { 0 };
                                match token.filter(|t| !t.is_empty()) {
                                    Some(t) if this.token.as_ref() != Some(&t) => {
                                        this.token = Some(t)
                                    }
                                    _ => this.done = true,
                                }
                                if !this.done && this.empty >= MAX_EMPTY_PAGES {
                                    this.done = true;
                                    return Poll::Ready(Some(Err(Error::InvalidInput(format!(
                                        "{} returned {MAX_EMPTY_PAGES} empty pages in a row, each with a new token; stopped",
                                        this.spec.action
                                    )))));
                                }
                            } else {
                                let reached = total.is_some_and(|t| this.start + this.seen >= t);
                                if n == 0 || reached {
                                    this.done = true;
                                }
                            }
                            this.buffer.extend(items);
                        }
                    }
                }
            }
        }
    }
}

/// A pager as a blocking iterator over its items: [`Pages::blocking_iter`].
pub struct BlockingPages<R: Paginate> {
    /// `None` once the pager ended or failed.
    pages: Option<Pages<R>>,
    buffer: VecDeque<R::Item>,
}

impl<R: Paginate> std::fmt::Debug for BlockingPages<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BlockingPages")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}

impl<R: Paginate> Iterator for BlockingPages<R> {
    type Item = Result<R::Item, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            let mut pages = self.pages.take()?;
            let client = pages.client.clone();
            let fetched = client.block_on(async move {
                let page = pages.next_page().await;
                (pages, page)
            });
            match fetched {
                Err(e) => return Some(Err(e)),
                Ok((_, None)) => return None,
                Ok((_, Some(Err(e)))) => return Some(Err(e)),
                Ok((pages, Some(Ok(items)))) => {
                    self.pages = Some(pages);
                    self.buffer.extend(items);
                }
            }
        }
    }
}
