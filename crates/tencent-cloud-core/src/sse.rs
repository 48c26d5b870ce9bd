//! Server-sent events (`text/event-stream`), as streamed by hunyuan `ChatCompletions`
//! and other actions.
//!
//! [`SseParser`] is an incremental parser following the WHATWG rules: lines end in LF,
//! CR or CRLF (also when split across chunks); `data:` lines accumulate, joined by `\n`;
//! `event:`, `id:` and `retry:` fields; lines starting with `:` are comments; a blank
//! line dispatches the event; an event without data is not dispatched; an unterminated
//! event at the end of the stream is dropped (as the official Python SDK does).

use std::collections::VecDeque;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_util::Stream;
use serde::de::DeserializeOwned;

use crate::error::Error;

/// One server-sent event.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Event {
    /// The `event:` field; `None` means the default type, `message`.
    pub event: Option<String>,
    /// The `data:` lines, joined by `\n`.
    pub data: String,
    /// The last event id seen on the stream (`id:` fields persist across events).
    pub id: Option<String>,
    /// The `retry:` field of this event, in milliseconds.
    pub retry: Option<u64>,
}

impl Event {
    /// Deserializes `data` as JSON.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_str(&self.data).map_err(|e| {
            Error::decode(
                200,
                format!("event data is not the expected JSON: {e}"),
                self.data.as_bytes(),
                Some(Box::new(e)),
            )
        })
    }
}

/// The longest line an event stream may send: 4 MiB.
pub const MAX_LINE_BYTES: u64 = 4 << 20;
/// The most `data` one event may carry: 16 MiB.
pub const MAX_EVENT_BYTES: u64 = 16 << 20;

/// Incremental SSE parser: feed it chunks, collect complete events. A line longer than
/// [`MAX_LINE_BYTES`] or an event with more data than [`MAX_EVENT_BYTES`] stops it: it
/// keeps nothing of either, ignores the rest of the stream, and says so in
/// [`SseParser::limit_exceeded`].
#[derive(Debug, Default)]
pub struct SseParser {
    /// The limit crossed (its name and bytes), after which input is ignored.
    exceeded: Option<(&'static str, u64)>,
    line: Vec<u8>,
    after_cr: bool,
    seen_first_line: bool,
    data: String,
    has_data: bool,
    event: Option<String>,
    last_id: Option<String>,
    retry: Option<u64>,
}

impl SseParser {
    /// A parser at the start of a stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// The limit this stream crossed, as (its name, bytes): see [`SseParser`].
    pub fn limit_exceeded(&self) -> Option<(&'static str, u64)> {
        self.exceeded
    }

    /// Whether `more` bytes fit in a buffer of `len` under `limit`; if not, the parser
    /// stops, keeping nothing.
    fn fits(&mut self, len: usize, more: usize, limit: u64, what: &'static str) -> bool {
        if (len as u64).saturating_add(more as u64) <= limit {
            return true;
        }
        self.exceeded = Some((what, limit));
        self.line = Vec::new();
        self.data = String::new();
        self.has_data = false;
        false
    }

    /// Parses `chunk` and appends every event it completes to `out`.
    pub fn feed(&mut self, mut chunk: &[u8], out: &mut VecDeque<Event>) {
        while !chunk.is_empty() && self.exceeded.is_none() {
            if self.after_cr {
                self.after_cr = false;
                if chunk[0] == b'\n' {
                    chunk = &chunk[1..];
                    continue;
                }
            }
            match chunk.iter().position(|&b| b == b'\n' || b == b'\r') {
                Some(i) => {
                    if !self.fits(
                        self.line.len(),
                        i,
                        MAX_LINE_BYTES,
                        "event-stream line limit",
                    ) {
                        return;
                    }
                    self.line.extend_from_slice(&chunk[..i]);
                    self.after_cr = chunk[i] == b'\r';
                    chunk = &chunk[i + 1..];
                    let line = std::mem::take(&mut self.line);
                    self.process_line(&line, out);
                    self.line = line;
                    self.line.clear();
                }
                None => {
                    let n = chunk.len();
                    if !self.fits(
                        self.line.len(),
                        n,
                        MAX_LINE_BYTES,
                        "event-stream line limit",
                    ) {
                        return;
                    }
                    self.line.extend_from_slice(chunk);
                    chunk = &[];
                }
            }
        }
    }

    /// Ends the stream: a partial line or an event without its closing blank line is
    /// dropped. Returns whether anything was dropped.
    pub fn finish(&mut self) -> bool {
        let dropped = !self.line.is_empty() || self.has_data;
        self.line.clear();
        self.reset_event();
        dropped
    }

    fn process_line(&mut self, raw: &[u8], out: &mut VecDeque<Event>) {
        let mut raw = raw;
        if !self.seen_first_line {
            // A UTF-8 byte order mark may open the stream.
            self.seen_first_line = true;
            if let Some(rest) = raw.strip_prefix(b"\xEF\xBB\xBF") {
                raw = rest;
            }
        }
        if raw.is_empty() {
            self.dispatch(out);
            return;
        }
        if raw[0] == b':' {
            return; // comment
        }
        let line = String::from_utf8_lossy(raw);
        let (field, value) = match line.find(':') {
            Some(i) => {
                let v = &line[i + 1..];
                (&line[..i], v.strip_prefix(' ').unwrap_or(v))
            }
            None => (&line[..], ""),
        };
        match field {
            "data" => {
                let (len, more) = (self.data.len(), value.len() + 1);
                if !self.fits(len, more, MAX_EVENT_BYTES, "event-stream event limit") {
                    return;
                }
                self.data.push_str(value);
                self.data.push('\n');
                self.has_data = true;
            }
            "event" => self.event = Some(value.to_owned()),
            "id" if !value.contains('\0') => self.last_id = Some(value.to_owned()),
            "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => {
                self.retry = value.parse().ok();
            }
            _ => {}
        }
    }

    fn dispatch(&mut self, out: &mut VecDeque<Event>) {
        if !self.has_data {
            self.reset_event();
            return;
        }
        let mut data = std::mem::take(&mut self.data);
        data.pop(); // the last '\n'
        out.push_back(Event {
            event: self.event.take().filter(|e| !e.is_empty()),
            data,
            id: self.last_id.clone(),
            retry: self.retry.take(),
        });
        self.reset_event();
    }

    fn reset_event(&mut self) {
        self.data.clear();
        self.has_data = false;
        self.event = None;
        self.retry = None;
    }
}

type ByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, Error>> + Send>>;

/// A stream of [`Event`]s from a streaming call. Ends after the last event; yields an
/// error (and then ends) when the connection fails or goes idle for longer than the
/// client's timeout.
pub struct EventStream {
    body: Option<ByteStream>,
    parser: SseParser,
    pending: VecDeque<Event>,
    idle_timeout: Duration,
    idle: Pin<Box<tokio::time::Sleep>>,
    done: bool,
    /// A limit crossed (its name, bytes): given as [`Error::ResponseTooLarge`] after the
    /// events completed before it, then the stream ends.
    failed: Option<(&'static str, u64)>,
    /// The total duration allowed ([`EventStream::with_total_timeout`]) and its timer.
    total: Option<(Duration, Pin<Box<tokio::time::Sleep>>)>,
}

impl fmt::Debug for EventStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("pending", &self.pending.len())
            .field("done", &self.done)
            .finish()
    }
}

impl EventStream {
    pub(crate) fn from_body(body: ByteStream, idle_timeout: Duration) -> Self {
        EventStream {
            body: Some(body),
            parser: SseParser::new(),
            pending: VecDeque::new(),
            idle_timeout,
            idle: Box::pin(tokio::time::sleep(idle_timeout)),
            done: false,
            failed: None,
            total: None,
        }
    }

    /// A stream that yields the given events and ends.
    pub fn from_events(events: impl IntoIterator<Item = Event>) -> Self {
        EventStream {
            body: None,
            parser: SseParser::new(),
            pending: events.into_iter().collect(),
            idle_timeout: Duration::MAX,
            idle: Box::pin(tokio::time::sleep(Duration::from_secs(0))),
            done: true,
            failed: None,
            total: None,
        }
    }

    /// Ends the stream `limit` from now: whatever is still arriving then is dropped and
    /// the stream yields [`Error::OperationTimeout`] and ends (events already received
    /// are given first). Without it, only the idle timeout between chunks applies.
    pub fn with_total_timeout(mut self, limit: Duration) -> Self {
        self.total = Some((limit, Box::pin(tokio::time::sleep(limit))));
        self
    }
}

impl Stream for EventStream {
    type Item = Result<Event, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(ev) = this.pending.pop_front() {
                return Poll::Ready(Some(Ok(ev)));
            }
            if let Some((what, limit)) = this.failed.take() {
                return Poll::Ready(Some(Err(Error::ResponseTooLarge {
                    status: 200,
                    limit,
                    what,
                })));
            }
            if this.done {
                return Poll::Ready(None);
            }
            if let Some((limit, timer)) = this.total.as_mut()
                && timer.as_mut().poll(cx).is_ready()
            {
                let limit = *limit;
                this.done = true;
                this.body = None;
                return Poll::Ready(Some(Err(Error::OperationTimeout {
                    elapsed: limit,
                    attempts: 1,
                    limit,
                })));
            }
            let Some(body) = this.body.as_mut() else {
                this.done = true;
                continue;
            };
            match body.as_mut().poll_next(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    this.parser.feed(&chunk, &mut this.pending);
                    if let Some((what, limit)) = this.parser.limit_exceeded() {
                        // The events completed before the limit are still given first.
                        this.done = true;
                        this.body = None;
                        this.failed = Some((what, limit));
                        continue;
                    }
                    if let Some(deadline) =
                        tokio::time::Instant::now().checked_add(this.idle_timeout)
                    {
                        this.idle.as_mut().reset(deadline);
                    }
                }
                Poll::Ready(Some(Err(e))) => {
                    this.done = true;
                    this.body = None;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(None) => {
                    if this.parser.finish() {
                        tracing::debug!("event stream ended in the middle of an event; dropped it");
                    }
                    this.done = true;
                    this.body = None;
                }
                Poll::Pending => {
                    if this.idle.as_mut().poll(cx).is_ready() {
                        this.done = true;
                        this.body = None;
                        return Poll::Ready(Some(Err(Error::Timeout {
                            elapsed: this.idle_timeout,
                        })));
                    }
                    return Poll::Pending;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_chunks(chunks: &[&[u8]]) -> Vec<Event> {
        let mut p = SseParser::new();
        let mut out = VecDeque::new();
        for c in chunks {
            p.feed(c, &mut out);
        }
        p.finish();
        out.into_iter().collect()
    }

    fn ev(event: Option<&str>, data: &str, id: Option<&str>) -> Event {
        Event {
            event: event.map(Into::into),
            data: data.into(),
            id: id.map(Into::into),
            retry: None,
        }
    }

    #[test]
    fn fields_comments_and_multiline_data() {
        let s = b": keep-alive comment\n\
                  data: {\"a\":1}\n\n\
                  event: update\nid: 7\ndata: line one\ndata: line two\n\n\
                  data:no-space\ndata:  two spaces\n\n\
                  data\n\n\
                  event: empty-no-data\n\n\
                  unknown: field\ndata: x\n\n";
        let got = parse_chunks(&[s]);
        assert_eq!(
            got,
            vec![
                ev(None, "{\"a\":1}", None),
                ev(Some("update"), "line one\nline two", Some("7")),
                ev(None, "no-space\n two spaces", Some("7")),
                ev(None, "", Some("7")),
                ev(None, "x", Some("7")),
            ]
        );
    }

    #[test]
    fn line_endings_cr_lf_crlf_even_split_across_chunks() {
        let text = "data: a\r\n\r\ndata: b\r\rdata: c\n\ndata: d\r\ndata: e\r\n\r\n";
        let want = vec![
            ev(None, "a", None),
            ev(None, "b", None),
            ev(None, "c", None),
            ev(None, "d\ne", None),
        ];
        assert_eq!(parse_chunks(&[text.as_bytes()]), want);
        // Every possible split point, and byte-by-byte.
        let bytes = text.as_bytes();
        for i in 0..=bytes.len() {
            assert_eq!(
                parse_chunks(&[&bytes[..i], &bytes[i..]]),
                want,
                "split at {i}"
            );
        }
        let singles: Vec<&[u8]> = bytes.chunks(1).collect();
        assert_eq!(parse_chunks(&singles), want);
    }

    #[test]
    fn unicode_split_inside_a_character_and_bom() {
        let text = "\u{feff}data: 未命名 😀\n\n";
        let bytes = text.as_bytes();
        for i in 0..=bytes.len() {
            assert_eq!(
                parse_chunks(&[&bytes[..i], &bytes[i..]]),
                vec![ev(None, "未命名 😀", None)]
            );
        }
    }

    #[test]
    fn retry_field_and_unterminated_event_is_dropped() {
        let got = parse_chunks(&[b"retry: 3000\ndata: x\n\nretry: soon\ndata: y\n\ndata: partial"]);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].retry, Some(3000));
        assert_eq!(got[1].retry, None);
        let mut p = SseParser::new();
        let mut out = VecDeque::new();
        p.feed(b"data: z\n", &mut out);
        assert!(p.finish());
        assert!(out.is_empty());
    }

    #[test]
    fn a_line_or_event_over_its_limit_stops_the_parser_keeping_nothing() {
        let mut p = SseParser::new();
        let mut out = VecDeque::new();
        p.feed(b"data: ok\n\ndata: ", &mut out);
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..MAX_LINE_BYTES / (1 << 20) + 1 {
            p.feed(&chunk, &mut out);
        }
        assert_eq!(
            p.limit_exceeded(),
            Some(("event-stream line limit", MAX_LINE_BYTES))
        );
        assert!(p.line.capacity() == 0 && p.data.is_empty());
        p.feed(b"\n\ndata: later\n\n", &mut out);
        assert_eq!(out.len(), 1, "the event before the limit, nothing after");

        // Short lines that add up to one event over the event limit.
        let mut p = SseParser::new();
        let line = [b"data: ".as_slice(), &vec![b'y'; 1 << 20], b"\n"].concat();
        for _ in 0..MAX_EVENT_BYTES / (1 << 20) + 1 {
            p.feed(&line, &mut out);
        }
        assert_eq!(
            p.limit_exceeded(),
            Some(("event-stream event limit", MAX_EVENT_BYTES))
        );
        assert!(p.data.capacity() == 0);
    }

    #[test]
    fn event_json() {
        #[derive(serde::Deserialize)]
        struct D {
            a: u32,
        }
        assert_eq!(ev(None, "{\"a\":5}", None).json::<D>().unwrap().a, 5);
        assert!(matches!(
            ev(None, "<html>", None).json::<D>(),
            Err(Error::Decode { .. })
        ));
    }

    #[tokio::test(start_paused = true)]
    async fn a_total_timeout_ends_a_stream_that_keeps_sending() {
        use futures_util::StreamExt as _;
        // A server that sends an event every 100 ms, forever: the idle timeout never
        // fires, the total one does.
        let body = futures_util::stream::unfold(0u32, |n| async move {
            tokio::time::sleep(Duration::from_millis(100)).await;
            Some((Ok(Bytes::from(format!("data: {n}\n\n"))), n + 1))
        });
        let start = tokio::time::Instant::now();
        let mut stream = EventStream::from_body(Box::pin(body), Duration::from_secs(1))
            .with_total_timeout(Duration::from_millis(1_050));
        let mut events = 0;
        let end = loop {
            match stream.next().await {
                Some(Ok(_)) => events += 1,
                Some(Err(e)) => break e,
                None => panic!("the stream ended without the timeout"),
            }
        };
        assert!(matches!(end, Error::OperationTimeout { .. }), "{end:?}");
        assert_eq!(events, 10);
        assert_eq!(start.elapsed(), Duration::from_millis(1_050));
        assert!(stream.next().await.is_none());
    }
}
