//! `ApiError::from_body` on COS's XML error bodies (feature `xml`), and `to_body`'s XML.
//!
//! The first byte picks the mode; the seeds and the dictionary keep most inputs XML.
//! * Even: the rest is a response body. `from_body` never panics; a body whose first
//!   non-whitespace byte is `<` is never a success (`Ok(None)`) and, when read, is a
//!   [`Code::Cos`] error; an error read from any body is written by `to_body` as a body that
//!   reads back as an equal error, and writing that again gives the same text (canonical);
//!   `ParseError`'s `Display` and position, and the error's accessors, never panic.
//! * Odd: the rest, as lossy UTF-8 split at `\u{1}`-free `|` separators, gives the code,
//!   message, resource, request id and trace id of a COS error built with `ApiError::new`:
//!   `to_body` must escape any text so that `from_body` reads back an equal error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tencent_errors_core::{ApiError, Code};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    if mode % 2 == 0 {
        body(rest);
    } else {
        written(rest);
    }
});

fn body(data: &[u8]) {
    let xml = data.iter().find(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n')) == Some(&b'<');
    let err = match ApiError::from_body(data) {
        Err(err) => {
            let _ = (err.to_string(), err.line(), err.column(), err.path());
            assert!(err.line().is_some() && err.column().is_some(), "no position: {err}");
            return;
        }
        Ok(None) => {
            assert!(!xml, "an XML body read as a success");
            return;
        }
        Ok(Some(err)) => err,
    };
    if xml {
        assert!(matches!(err.code(), Code::Cos(_)), "an XML body gave {:?}", err.code());
    }
    round_trip(&err);
}

fn written(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('|');
    let code = parts.next().unwrap_or("");
    let message = parts.next().unwrap_or("");
    let mut err = ApiError::new(Code::Cos(code), message);
    if let Some(resource) = parts.next() {
        err = err.with_resource(resource);
    }
    if let Some(request_id) = parts.next() {
        err = err.with_request_id(request_id);
    }
    if let Some(trace_id) = parts.next() {
        err = err.with_trace_id(trace_id);
    }
    if let Some(code_desc) = parts.next() {
        err = err.with_code_desc(code_desc);
    }
    round_trip(&err);
}

fn round_trip(err: &ApiError) {
    let body = err.to_body();
    let back = ApiError::from_body(body.as_bytes());
    assert_eq!(back.as_ref(), Ok(&Some(err.clone())), "to_body wrote {body:?}");
    assert_eq!(back.unwrap().unwrap().to_body(), body, "to_body is not canonical");
    let _ = (err.to_string(), err.retry(), err.entry(), err.resource(), err.trace_id());
}
