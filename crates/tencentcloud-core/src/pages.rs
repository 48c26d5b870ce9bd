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

use crate::client::{Client, RequestSpec};
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
            request,
            start,
            seen: 0,
            buffer: VecDeque::new(),
            in_flight: None,
            done: false,
        }
    }

    fn fetch(&mut self) -> PageFuture<R::Item> {
        let mut request = self.request.clone();
        request.set_offset(self.start + self.seen);
        let client = self.client.clone();
        let spec = self.spec;
        Box::pin(async move {
            let page: R::Output = codec::call(&client, &spec, &request).await?;
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
