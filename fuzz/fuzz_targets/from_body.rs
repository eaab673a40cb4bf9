//! `ApiError::from_body` on arbitrary bytes.
//!
//! Oracles, beyond "no panic":
//! * an error read from a body is written by `to_body` as JSON that reads back as an equal
//!   error, and writing that again gives the same text (the writer is canonical);
//! * serde_json's own `Value` parser agrees with the hand-written visitors (API 3.0, its bare
//!   `Error` form, API 2.0): a body
//!   `from_body` accepts is valid JSON, and the code, message, request id and code description
//!   it reports are the ones the JSON tree holds (duplicate known keys are rejected by
//!   `from_body`, so serde_json's last-one-wins cannot differ);
//! * `ParseError`'s `Display` and the error's accessors never panic.
//!
//! Bodies starting with `<` are COS's XML, checked by `from_body_xml`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use tencent_errors_core::{ApiError, Code};

fuzz_target!(|data: &[u8]| {
    let parsed = ApiError::from_body(data);
    let err = match parsed {
        Err(err) => {
            let _ = err.to_string();
            return;
        }
        Ok(found) => found,
    };
    // COS's XML (the crate is built with feature `xml` here) is `from_body_xml`'s to check.
    if data.iter().find(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n')) == Some(&b'<') {
        return;
    }
    let tree: Value = serde_json::from_slice(data)
        .unwrap_or_else(|e| panic!("from_body accepted a body serde_json rejects ({e}): {err:?}"));
    check_against_tree(&tree, err.as_ref());

    let Some(err) = err else { return };
    let body = err.to_body();
    let back = ApiError::from_body(body.as_bytes());
    assert_eq!(back.as_ref(), Ok(&Some(err.clone())), "to_body wrote {body:?}");
    assert_eq!(back.unwrap().unwrap().to_body(), body, "to_body is not canonical");
    serde_json::from_str::<Value>(&body).unwrap_or_else(|e| panic!("to_body wrote invalid JSON ({e}): {body:?}"));
    let _ = (err.to_string(), err.module_code(), err.retry(), err.entry());
});

/// An optional string field as the tree holds it: absent and `null` are both `None`.
fn opt_str<'a>(object: &'a Value, key: &str) -> Option<&'a str> {
    match object.get(key) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(other) => panic!("from_body accepted a non-string {key}: {other}"),
    }
}

fn check_against_tree(tree: &Value, err: Option<&ApiError>) {
    let top = tree.as_object().expect("from_body accepted a non-object body");
    if let Some(response) = top.get("Response") {
        assert!(!top.contains_key("code"), "both Response and code accepted");
        assert!(!top.contains_key("Error"), "both Response and a bare Error accepted");
        check_api3(response, err);
    } else if top.contains_key("Error") {
        // The bare API 3.0 error: the top level is the `Response`, and its `Error` an object.
        assert!(!top.contains_key("code"), "both a bare Error and code accepted");
        assert!(err.is_some(), "a bare Error read as success");
        check_api3(tree, err);
    } else {
        let code = match top.get("code").expect("from_body accepted a body with neither Response nor code") {
            Value::Number(n) => n.as_i64().and_then(|n| i32::try_from(n).ok()),
            Value::String(s) => s.parse::<i32>().ok(),
            _ => None,
        };
        let code = code.unwrap_or_else(|| panic!("from_body accepted code {:?}", top.get("code")));
        let Some(err) = err else {
            assert_eq!(code, 0, "a non-zero API 2.0 code read as success");
            return;
        };
        assert_ne!(code, 0, "API 2.0 code 0 read as an error");
        assert_eq!(err.code(), Code::Legacy(code));
        assert_eq!(err.message(), opt_str(tree, "message").unwrap_or(""));
        assert_eq!(err.code_desc(), opt_str(tree, "codeDesc"));
        assert_eq!(err.request_id(), opt_str(tree, "requestId"));
    }
}

/// An API 3.0 `Response` object (or the bare top level) and what `from_body` read from it.
fn check_api3(response: &Value, err: Option<&ApiError>) {
    let response = response.as_object().expect("from_body accepted a non-object Response");
    let error = match response.get("Error") {
        None | Some(Value::Null) => None,
        Some(error) => Some(error.as_object().expect("from_body accepted a non-object Error")),
    };
    let (Some(error), Some(err)) = (error, err) else {
        assert!(error.is_none() && err.is_none(), "Error {error:?} read as {err:?}");
        return;
    };
    let code = error.get("Code").and_then(Value::as_str).expect("from_body accepted an Error without a string Code");
    assert_eq!(err.code(), Code::parse(code));
    assert_eq!(err.message(), opt_str(&Value::Object(error.clone()), "Message").unwrap_or(""));
    assert_eq!(err.code_desc(), opt_str(&Value::Object(error.clone()), "CodeDesc"));
    assert_eq!(err.request_id(), opt_str(&Value::Object(response.clone()), "RequestId"));
}
