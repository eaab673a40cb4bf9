//! `ApiError::from_http_response` (feature `http`).
#![cfg(feature = "http")]

use tencent_errors_core::{ApiError, Code};

fn response(status: u16, request_id: Option<&str>, body: &str) -> http::Response<String> {
    let mut builder = http::Response::builder().status(status);
    if let Some(id) = request_id {
        builder = builder.header("x-tc-requestid", id);
    }
    builder.body(body.to_owned()).unwrap()
}

#[test]
fn the_body_request_id_wins_over_the_header() {
    let body = r#"{"Response":{"Error":{"Code":"InternalError","Message":"oops"},"RequestId":"from-body"}}"#;
    let err = ApiError::from_http_response(&response(200, Some("from-header"), body)).unwrap().unwrap();
    assert_eq!((err.request_id(), err.http_status()), (Some("from-body"), Some(200)));
}

#[test]
fn the_header_gives_the_request_id_when_the_body_has_none() {
    let err = ApiError::from_http_response(&response(502, Some("from-header"), "")).unwrap().unwrap();
    assert_eq!(err.code(), Code::Api3("ClientError.HttpStatusCodeError"));
    assert_eq!(err.request_id(), Some("from-header"));
    let legacy = ApiError::from_http_response(&response(200, Some("h"), r#"{"code":4100,"message":"auth"}"#));
    assert_eq!(legacy.unwrap().unwrap().request_id(), Some("h"));
    let success = response(200, Some("h"), r#"{"Response":{"RequestId":"r"}}"#);
    assert_eq!(ApiError::from_http_response(&success), Ok(None));
}
