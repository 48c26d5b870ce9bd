//! Reading an answer: the `{"Response": …}` envelope, its request id and service errors.

use bytes::Bytes;

use crate::error::Error;

use crate::rt::{DecodeError, Parser};

/// The error a `Response.Error` object stands for (a decode error without its code).
fn service_error(
    status: u16,
    body: &[u8],
    code: Option<String>,
    message: String,
    request_id: Option<String>,
) -> Error {
    match code {
        Some(code) => Error::Service {
            code,
            message,
            request_id: request_id.unwrap_or_default(),
            status,
        },
        None => Error::decode(status, "\"Error\" without a string \"Code\"", body, None),
    }
}

fn not_json(status: u16, body: &[u8], p: &Parser<'_>, e: DecodeError) -> Error {
    let reason = if p.at_end() {
        "truncated JSON".to_owned()
    } else {
        format!("not JSON ({e})")
    };
    Error::decode(status, reason, body, Some(Box::new(e)))
}

/// A string member, or `None` for any other value (skipped).
fn string_or_skip(p: &mut Parser<'_>) -> Result<Option<String>, DecodeError> {
    if p.peek() == Some(b'"') {
        Ok(Some(p.string()?.into_owned()))
    } else {
        p.skip().map(|_| None)
    }
}

/// What the `Response` object says besides its payload.
#[derive(Default)]
struct Probe {
    /// `Error`: (`Code` when a string, `Message`).
    error: Option<(Option<String>, String)>,
    request_id: Option<String>,
}

/// Reads the members of the `Response` object that the core needs; skips the rest.
fn probe(p: &mut Parser<'_>) -> Result<Probe, DecodeError> {
    let mut probe = Probe::default();
    p.object(&mut |p, key| {
        match key {
            "RequestId" => probe.request_id = string_or_skip(p)?,
            "Error" if p.peek() == Some(b'{') => {
                let (mut code, mut message) = (None, String::new());
                p.object(&mut |p, key| {
                    match key {
                        "Code" => code = string_or_skip(p)?,
                        "Message" => message = string_or_skip(p)?.unwrap_or_default(),
                        _ => {
                            p.skip()?;
                        }
                    }
                    Ok(true)
                })?;
                probe.error = Some((code, message));
            }
            _ => {
                p.skip()?;
            }
        }
        Ok(true)
    })?;
    Ok(probe)
}

/// Splits a response body into the `Response` object (as a zero-copy slice of `body`)
/// and its request id, or the service error it carries.
///
/// One pass over the envelope with the core's pull parser: the members of `Response`
/// are read for `Error` and `RequestId` (the rest skipped: a syntax check without
/// building values), every other member is skipped. A `Code` or `RequestId` that is not
/// a string counts as absent.
pub(crate) fn parse_response(status: u16, body: &Bytes) -> Result<(Bytes, Option<String>), Error> {
    if body.is_empty() {
        return Err(Error::decode(status, "empty body", body, None));
    }
    let text = std::str::from_utf8(body)
        .map_err(|e| Error::decode(status, format!("not JSON (not UTF-8: {e})"), body, None))?;
    let mut p = Parser::new(text);
    // The `Response` object, as (offset, length) in `text`, and what it says.
    let mut inner: Option<(usize, usize, Probe)> = None;
    let envelope = match p.peek() {
        Some(b'{') => p
            .object(&mut |p, key| {
                if key == "Response" && p.peek() == Some(b'{') {
                    let start = p.position();
                    let probe = probe(p)?;
                    inner = Some((start, p.position() - start, probe));
                } else {
                    if key == "Response" {
                        inner = None;
                    }
                    p.skip()?;
                }
                Ok(true)
            })
            .map(drop),
        // `[{...}]` or a string holding an object is JSON, but not an envelope.
        _ => p.skip().map(drop),
    }
    .and_then(|()| match p.peek() {
        None => Ok(()),
        Some(_) => Err(p.syntax("trailing characters after the value")),
    });
    envelope.map_err(|e| not_json(status, body, &p, e))?;
    let Some((at, len, probe)) = inner.filter(|(at, len, _)| text.get(*at..at + len).is_some())
    else {
        return Err(Error::decode(
            status,
            "JSON without a \"Response\" object",
            body,
            None,
        ));
    };
    if let Some((code, message)) = probe.error {
        return Err(service_error(status, body, code, message, probe.request_id));
    }
    let end = (at + len).min(body.len());
    Ok((body.slice(at.min(end)..end), probe.request_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_success_error_and_garbage() {
        let ok = Bytes::from_static(br#"{"Response": {"TotalCount": 0, "RequestId": "r-1"}}"#);
        let (inner, id) = parse_response(200, &ok).unwrap();
        assert_eq!(&inner[..], br#"{"TotalCount": 0, "RequestId": "r-1"}"#);
        assert_eq!(id.as_deref(), Some("r-1"));

        let err = Bytes::from_static(
            br#"{"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "bad"}, "RequestId": "r-2"}}"#,
        );
        match parse_response(200, &err) {
            Err(Error::Service {
                code,
                message,
                request_id,
                status,
            }) => {
                assert_eq!(
                    (code.as_str(), message.as_str(), request_id.as_str(), status),
                    ("AuthFailure.SignatureFailure", "bad", "r-2", 200)
                );
            }
            other => panic!("{other:?}"),
        }

        let html = Bytes::from_static(b"<html><body>502 Bad Gateway</body></html>");
        match parse_response(502, &html) {
            Err(Error::Decode {
                status: 502,
                snippet,
                ..
            }) => assert!(snippet.starts_with("<html>")),
            other => panic!("{other:?}"),
        }
        let truncated = Bytes::from_static(br#"{"Response": {"TotalCount": 1, "InstanceSet": [{"#);
        match parse_response(200, &truncated) {
            Err(Error::Decode { reason, .. }) => assert_eq!(reason, "truncated JSON"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_response(200, &Bytes::from_static(b"{}")),
            Err(Error::Decode { .. })
        ));
        assert!(matches!(
            parse_response(200, &Bytes::from_static(br#"{"Response": 5}"#)),
            Err(Error::Decode { .. })
        ));
        // An array holding an envelope, a string holding one, trailing text: not one.
        for text in [
            r#"[{"Response": {"RequestId": "r"}}]"#,
            r#""{\"Response\": {}}""#,
            r#"{"Response": "{}"}"#,
            r#"{"Response": {"RequestId": "r"}} x"#,
        ] {
            assert!(
                matches!(
                    parse_response(200, &Bytes::from(text)),
                    Err(Error::Decode { .. })
                ),
                "{text}"
            );
        }
        // A request id that is not a string counts as absent; the last duplicate wins;
        // a non-string message is empty; members around `Response` are skipped.
        let odd = Bytes::from_static(
            br#" {"X": [1, {"a": null}], "Response": {"RequestId": 7}, "Response": {"Error": {"Code": "E", "Message": 3}, "RequestId": "r-3"}} "#,
        );
        match parse_response(400, &odd) {
            Err(Error::Service {
                code,
                message,
                request_id,
                status: 400,
            }) => assert_eq!(
                (code.as_str(), message.as_str(), request_id.as_str()),
                ("E", "", "r-3")
            ),
            other => panic!("{other:?}"),
        }
        let (_, id) = parse_response(
            200,
            &Bytes::from_static(br#"{"Response": {"RequestId": 7}}"#),
        )
        .unwrap();
        assert_eq!(id, None);
        assert!(matches!(
            parse_response(
                200,
                &Bytes::from_static(br#"{"Response": {"Error": {"Code": 5}}}"#)
            ),
            Err(Error::Decode { .. })
        ));
        match parse_response(
            200,
            &Bytes::from_static(b"{\"Response\": {\"a\": \"\xff\"}}"),
        ) {
            Err(Error::Decode { reason, .. }) => assert!(reason.contains("UTF-8"), "{reason}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            parse_response(200, &Bytes::new()),
            Err(Error::Decode { .. })
        ));
        assert!(matches!(
            parse_response(
                200,
                &Bytes::from_static(br#"{"Response": {"Error": {"Message": "no code"}}}"#)
            ),
            Err(Error::Decode { .. })
        ));
    }
}
