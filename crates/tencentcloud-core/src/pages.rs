//! Pagination: a [`Stream`] of every item of an `Offset`/`Limit` action.
//!
//! Generated crates implement [`Paginate`] for the request type of each
//! action that takes `Offset` and `Limit` and answers `TotalCount` and one
//! list; [`Pages`] does the rest, with no per-action generic code beyond the
//! trait impl.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::Stream;

use crate::client::{BodyType, CallOptions, Client, RequestSpec, option_setters};
use crate::codec::{self, Decode, Encode};
use crate::error::Error;

/// A request of a paginated action.
pub trait Paginate: Encode + Clone + Send + Sync + Unpin + 'static {
    /// The response of the action.
    type Output: Decode + Send;
    /// One item of the response's list.
    type Item: Send + Unpin + 'static;
    /// The `Offset` the request starts at (0 when unset).
    fn offset(&self) -> u64;
    /// Sets `Offset`.
    fn set_offset(&mut self, offset: u64);
    /// The items of one page and the `TotalCount` it reports.
    fn items(page: Self::Output) -> (Vec<Self::Item>, Option<u64>);
}

/// The `Offset` of a request whose `Offset` is a string holding a number (vpc
/// `DescribeVpcs`): unset or not a number counts as 0.
pub fn offset_from_text(offset: Option<&str>) -> u64 {
    offset.and_then(|o| o.trim().parse().ok()).unwrap_or(0)
}

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<(Vec<T>, Option<u64>), Error>> + Send>>;

/// Every item of a paginated action, fetched page by page.
///
/// Each page request is the caller's request with `Offset` advanced by the
/// number of items received so far (`Limit`, if set, is the page size). The
/// stream ends when `TotalCount` items have been seen from the starting
/// offset, or a page comes back empty. An error ends the stream after it is
/// yielded.
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

    fn fetch(&mut self) -> PageFuture<R::Item> {
        let mut request = self.request.clone();
        request.set_offset(self.start + self.seen);
        let client = self.client.clone();
        let spec = self.spec;
        let options = self.options.clone();
        Box::pin(async move {
            let page: R::Output = client
                .call_decoded(
                    &spec,
                    &options,
                    BodyType::Json,
                    codec::to_vec(&request).into(),
                )
                .await?;
            Ok(R::items(page))
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
                        Ok((items, total)) => {
                            let n = items.len() as u64;
                            this.seen += n;
                            let reached = total.is_some_and(|t| this.start + this.seen >= t);
                            if n == 0 || reached {
                                this.done = true;
                            }
                            this.buffer.extend(items);
                        }
                    }
                }
            }
        }
    }
}
