//! The request log behind `GET /_emulator/requests`: each received call, bounded in
//! count ([`LOG_CAPACITY`]) and in bytes ([`LOG_BYTES`]), parameters kept as JSON text.

use serde::{Deserialize, Serialize};

/// How many received calls `/_emulator/requests` keeps (the oldest are dropped).
pub const LOG_CAPACITY: usize = 10_000;

/// At most this many bytes of calls (their parameters as JSON, plus their other text)
/// are kept in the request log: the oldest go first. A single call larger than this is
/// logged with its parameters replaced by a note of their size. The log keeps the
/// parameters as JSON text, so this bounds its memory too (as parsed values, a list of
/// small numbers takes 16 times its text).
pub const LOG_BYTES: usize = 64 * 1024 * 1024;

/// One call in the log: the call with its parameters taken out, and them as JSON text.
struct Logged {
    call: RecordedCall,
    params: Box<str>,
    size: usize,
}

impl Logged {
    fn call(&self) -> RecordedCall {
        let mut call = self.call.clone();
        call.params = serde_json::from_str(&self.params).unwrap_or(serde_json::Value::Null);
        call
    }

    /// The call as JSON, its parameters' text put in as it is (not parsed again).
    fn write_json(&self, out: &mut Vec<u8>) {
        // `call.params` is null; in serde_json's output every `"` inside a string is
        // escaped, so the first `"params":null` is that field.
        const NULL_PARAMS: &str = "\"params\":null";
        let text = serde_json::to_string(&self.call).unwrap_or_default();
        match text.split_once(NULL_PARAMS) {
            Some((before, after)) => {
                out.extend_from_slice(before.as_bytes());
                out.extend_from_slice(b"\"params\":");
                out.extend_from_slice(self.params.as_bytes());
                out.extend_from_slice(after.as_bytes());
            }
            None => {
                if serde_json::to_writer(&mut *out, &self.call()).is_err() {
                    out.extend_from_slice(b"null");
                }
            }
        }
    }
}

/// The request log, bounded in calls ([`LOG_CAPACITY`]) and in bytes ([`LOG_BYTES`]).
#[derive(Default)]
pub(crate) struct CallLog {
    calls: std::collections::VecDeque<Logged>,
    bytes: usize,
    /// Calls ever pushed: the position of the next one (positions survive eviction).
    pushed: u64,
}

impl CallLog {
    pub(crate) fn push(&mut self, mut rec: RecordedCall) {
        let value = std::mem::take(&mut rec.params);
        let mut params = serde_json::to_string(&value).unwrap_or_else(|_| "null".into());
        drop(value);
        let mut size = rec.text_size() + params.len();
        if size > LOG_BYTES {
            params = serde_json::Value::String(format!(
                "<{size} bytes of parameters, too large to log>"
            ))
            .to_string();
            size = rec.text_size() + params.len();
        }
        while !self.calls.is_empty()
            && (self.calls.len() >= LOG_CAPACITY || self.bytes + size > LOG_BYTES)
        {
            if let Some(old) = self.calls.pop_front() {
                self.bytes -= old.size;
            }
        }
        self.bytes += size;
        self.pushed += 1;
        self.calls.push_back(Logged {
            call: rec,
            params: params.into_boxed_str(),
            size,
        });
    }

    /// The calls, oldest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = RecordedCall> + '_ {
        self.calls.iter().map(Logged::call)
    }

    /// The position the next call will have: a listing started now ends before it.
    pub(crate) fn end(&self) -> u64 {
        self.pushed
    }

    /// Appends the calls from position `from` (or the oldest still kept) up to `end` to
    /// `out` as JSON array items, a comma before each when `*comma`, until `out` holds
    /// `max` bytes or more; returns the position to go on from.
    pub(crate) fn write_json(
        &self,
        from: u64,
        end: u64,
        max: usize,
        out: &mut Vec<u8>,
        comma: &mut bool,
    ) -> u64 {
        let first = self.pushed - self.calls.len() as u64;
        let mut at = from.max(first);
        while at < end && out.len() < max {
            let Some(logged) = usize::try_from(at - first)
                .ok()
                .and_then(|i| self.calls.get(i))
            else {
                break;
            };
            if *comma {
                out.push(b',');
            }
            *comma = true;
            logged.write_json(out);
            at += 1;
        }
        at
    }

    pub(crate) fn clear(&mut self) {
        self.calls.clear();
        self.bytes = 0;
    }

    /// The bytes counted against [`LOG_BYTES`].
    #[cfg(test)]
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }
}

/// One call the emulator received, as listed by `/_emulator/requests`. Holds no secret:
/// no key, no token, no signature.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RecordedCall {
    /// Sequence number, from 1.
    pub seq: u64,
    /// Receipt time, Unix milliseconds.
    pub time_ms: u64,
    /// `POST` or `GET`.
    pub method: String,
    /// The `Host` header.
    pub host: String,
    /// The service it was routed to (empty when routing failed).
    pub service: String,
    /// The API version (`2017-03-12`).
    pub version: String,
    /// The action.
    pub action: String,
    /// `TC3-HMAC-SHA256`, `HmacSHA256`, `HmacSHA1`, `SKIP` or empty.
    pub algorithm: String,
    /// The SecretId the request was signed with.
    pub secret_id: String,
    /// The action's parameters (common parameters left out).
    pub params: serde_json::Value,
    /// HTTP status answered (0 when the connection was reset, or the call abandoned).
    pub status: u16,
    /// The Tencent error code answered, if any.
    pub error_code: Option<String>,
    /// The request id answered.
    pub request_id: String,
    /// The injected fault, if one fired (its `kind`).
    pub fault: Option<String>,
    /// The region asked for (`X-TC-Region` or `Region`), empty when none.
    #[serde(default)]
    pub region: String,
    /// The language asked for (`X-TC-Language` or `Language`), empty when none.
    #[serde(default)]
    pub language: String,
    /// The client went away before it was answered (during injected latency, say):
    /// nothing was sent.
    #[serde(default)]
    pub abandoned: bool,
    /// The `X-TC-TraceId` header the client sent (at most 128 characters), empty when
    /// none: lets a test follow a request it tagged.
    #[serde(default)]
    pub trace_id: String,
}

impl RecordedCall {
    /// What this call costs the log: its parameters as JSON and its other text.
    #[cfg(test)]
    fn size(&self) -> usize {
        serde_json::to_vec(&self.params).map_or(0, |v| v.len()) + self.text_size()
    }

    /// What this call costs the log besides its parameters.
    fn text_size(&self) -> usize {
        let text = [
            &self.method,
            &self.host,
            &self.service,
            &self.version,
            &self.action,
            &self.algorithm,
            &self.secret_id,
            &self.request_id,
            &self.region,
            &self.language,
            &self.trace_id,
        ]
        .iter()
        .map(|s| s.len())
        .sum::<usize>();
        text + self.error_code.as_ref().map_or(0, String::len) + 128
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(params_bytes: usize) -> RecordedCall {
        RecordedCall {
            seq: 0,
            time_ms: 0,
            method: "POST".into(),
            host: "cvm.tencentcloudapi.com".into(),
            service: "cvm".into(),
            version: "2017-03-12".into(),
            action: "RunInstances".into(),
            algorithm: "TC3-HMAC-SHA256".into(),
            secret_id: "AKID".into(),
            params: serde_json::json!({ "Data": "x".repeat(params_bytes) }),
            status: 200,
            error_code: None,
            request_id: "r".into(),
            fault: None,
            region: String::new(),
            language: String::new(),
            abandoned: false,
            trace_id: String::new(),
        }
    }

    #[test]
    fn the_listing_is_the_calls_as_json_in_pieces() {
        let mut log = CallLog::default();
        let mut tricky = call(3);
        tricky.host = r#"x","params":null,"y"#.into();
        tricky.params = serde_json::json!({"A": [1, "é\"params\":null"], "B": {"C": null}});
        log.push(tricky.clone());
        log.push(call(10));
        log.push(call(20));
        let mut out = b"[".to_vec();
        let mut comma = false;
        assert_eq!(
            log.write_json(0, log.end(), usize::MAX, &mut out, &mut comma),
            3
        );
        out.push(b']');
        let listed: Vec<RecordedCall> = serde_json::from_slice(&out).expect("JSON");
        assert_eq!(listed, log.iter().collect::<Vec<_>>());
        assert_eq!(listed[0], tricky);
        // In pieces: one call fills a piece of 1 byte; the next piece goes on from it.
        let (mut first, mut comma) = (Vec::new(), false);
        assert_eq!(log.write_json(0, 2, 1, &mut first, &mut comma), 1);
        let mut rest = Vec::new();
        assert_eq!(log.write_json(1, 2, usize::MAX, &mut rest, &mut comma), 2);
        assert!(rest.starts_with(b","));
        // Positions survive eviction: from a position no longer kept, the oldest kept.
        log.clear();
        log.push(call(1));
        let mut out = Vec::new();
        let mut comma = false;
        assert_eq!(
            log.write_json(0, log.end(), usize::MAX, &mut out, &mut comma),
            4
        );
        assert_eq!(
            out.iter().filter(|b| **b == b'{').count(),
            2,
            "one call, one params object"
        );
    }

    #[test]
    fn the_log_is_bounded_in_bytes_and_in_calls() {
        let mut log = CallLog::default();
        for _ in 0..20 {
            log.push(call(5 * 1024 * 1024));
            assert!(log.bytes() <= LOG_BYTES, "{}", log.bytes());
        }
        let kept = log.iter().count();
        assert!((10..=12).contains(&kept), "{kept} calls of 5 MiB kept");
        // One call over the whole budget is logged, without its parameters.
        log.push(call(LOG_BYTES + 1));
        let last = log.iter().last().expect("logged");
        assert!(
            last.params
                .as_str()
                .is_some_and(|s| s.contains("too large to log"))
        );
        assert!(log.bytes() <= LOG_BYTES);
        // Small calls: the count bound.
        log.clear();
        for _ in 0..LOG_CAPACITY + 50 {
            log.push(call(10));
        }
        assert_eq!(log.iter().count(), LOG_CAPACITY);
        assert_eq!(log.bytes(), LOG_CAPACITY * call(10).size());
    }
}
