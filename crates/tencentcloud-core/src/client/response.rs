//! Reading an answer: the `{"Response": …}` envelope, its request id and service errors.

use bytes::Bytes;

use crate::error::Error;

#[derive(serde::Deserialize)]
struct Envelope<'a> {
    #[serde(rename = "Response", borrow)]
    response: Option<&'a serde_json::value::RawValue>,
}

#[derive(serde::Deserialize)]
struct Probe {
    #[serde(rename = "Error")]
    error: Option<ErrorBody>,
    #[serde(rename = "RequestId")]
    request_id: Option<String>,
}

#[derive(serde::Deserialize)]
struct ErrorBody {
    #[serde(rename = "Code", default)]
    code: Option<String>,
    #[serde(rename = "Message", default)]
    message: String,
}

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

fn not_json(status: u16, body: &[u8], e: serde_json::Error) -> Error {
    let reason = if e.is_eof() {
        "truncated JSON".to_owned()
    } else {
        format!("not JSON ({e})")
    };
    Error::decode(status, reason, body, Some(Box::new(e)))
}

/// Splits a response body into the `Response` object (as a zero-copy slice of `body`)
/// and its request id, or the service error it carries.
pub(crate) fn parse_response(status: u16, body: &Bytes) -> Result<(Bytes, Option<String>), Error> {
    if body.is_empty() {
        return Err(Error::decode(status, "empty body", body, None));
    }
    let envelope: Envelope<'_> =
        serde_json::from_slice(body).map_err(|e| not_json(status, body, e))?;
    // serde reads a struct from an array too: `[{...}]` is not an envelope.
    let is_object = body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let raw = envelope
        .response
        .filter(|_| is_object)
        .ok_or_else(|| Error::decode(status, "JSON without a \"Response\" object", body, None))?;
    let probe: Probe = serde_json::from_str(raw.get()).map_err(|e| {
        Error::decode(
            status,
            format!("\"Response\" is not an object ({e})"),
            body,
            Some(Box::new(e)),
        )
    })?;
    if let Some(err) = probe.error {
        let id = probe.request_id;
        return Err(service_error(status, body, err.code, err.message, id));
    }
    // `raw` borrows from `body`: slice it without copying (checked, never panics).
    let inner = raw.get().as_bytes();
    let start = (inner.as_ptr() as usize).wrapping_sub(body.as_ptr() as usize);
    let inner = if start <= body.len() && inner.len() <= body.len() - start {
        body.slice(start..start + inner.len())
    } else {
        Bytes::copy_from_slice(inner)
    };
    Ok((inner, probe.request_id))
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
