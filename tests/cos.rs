//! COS's XML error bodies, end to end: `ApiError::from_body` / `from_response` (feature `xml`)
//! into a `#[derive(TencentError)]` type with `product = "cos"`, and the catalog's COS entries
//! behind it.

use tencent_errors::{ApiError, Code, Lang, Retry, TencentError, catalog, tc_code};

#[derive(Debug, TencentError)]
#[tencent(product = "cos")]
enum CosError {
    #[tencent(code = "NoSuchBucket")]
    NoSuchBucket(ApiError),
    #[tencent(code = "SlowDown")]
    SlowDown(ApiError),
    #[tencent(code = "InternalError", code = "ServiceUnavailable")]
    ServerSide(ApiError),
    #[tencent(code = "AccessDenied")]
    AccessDenied,
    #[tencent(prefix = "NoSuch")]
    Missing { source: ApiError },
    #[tencent(other)]
    Other(ApiError),
}

/// The shape of the example on COS's error-code page.
fn body(code: &str, message: &str) -> String {
    format!(
        "<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>{code}</Code>\n\t<Message>{message}</Message>\n\
         \t<Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com</Resource>\n\
         \t<RequestId>NjQ4NTc0ZjNfOGFhYzJhMDlfMjQ3ZV8xMmU0****</RequestId>\n\
         \t<TraceId>OGVmYzZiMmQ3YjExNTFkOGUzZmU4ZDc1ZTNmMjRmYjM3****</TraceId>\n</Error>"
    )
}

fn parse(body: &str) -> CosError {
    CosError::from(ApiError::from_body(body.as_bytes()).expect("well-formed").expect("an error body"))
}

#[test]
fn a_real_shaped_body_becomes_its_variant() {
    let error = parse(&body("NoSuchBucket", "The specified bucket does not exist."));
    let CosError::NoSuchBucket(inner) = &error else { panic!("{error:?}") };
    assert_eq!(inner.message(), "The specified bucket does not exist.", "the server's own message is kept");
    assert_eq!(inner.resource(), Some("examplebucket-1250000000.cos.ap-beijing.myqcloud.com"));
    assert_eq!(error.request_id(), Some("NjQ4NTc0ZjNfOGFhYzJhMDlfMjQ3ZV8xMmU0****"));
    assert_eq!(error.code(), Code::Cos("NoSuchBucket"));
    assert_eq!(error.code(), tc_code!("NoSuchBucket", product = "cos"));
    // `Display` is the catalog's text for the code.
    assert_eq!(error.to_string(), "The specified Bucket does not exist");
    assert_eq!(error.retry(), Retry::Never);
    let entry = catalog::lookup(error.code()).unwrap();
    assert_eq!(entry.http_status(), Some(404));
    assert_eq!(entry.message(Lang::Zh), "指定的 Bucket 不存在");
}

#[test]
fn bodies_with_and_without_declaration_and_whitespace() {
    for text in [
        "<Error><Code>SlowDown</Code><Message>Reduce your request rate</Message></Error>".to_owned(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code></Error>".to_owned(),
        "\n  <Error>\n    <Code>SlowDown</Code>\n    <Message>x</Message>\n  </Error>\n".to_owned(),
        body("SlowDown", "Reduce your request rate"),
    ] {
        let error = parse(&text);
        assert!(matches!(error, CosError::SlowDown(_)), "{text:?}: {error:?}");
        assert_eq!(error.retry(), Retry::Throttling, "{text:?}");
    }
}

#[test]
fn entities_in_the_message_are_decoded() {
    let error = parse(&body("NoSuchKey", "The key &lt;a&amp;b&gt; &quot;x&quot; does not exist"));
    let CosError::Missing { source } = &error else { panic!("{error:?}") };
    assert_eq!(source.message(), "The key <a&b> \"x\" does not exist");
    assert_eq!(error.code(), Code::Cos("NoSuchKey"));
    // A prefix variant has no single code: it shows the server's message.
    assert_eq!(error.to_string(), source.to_string());
}

#[test]
fn cos_internal_error_is_not_api3_internal_error() {
    let cos = parse(&body("InternalError", "We encountered an internal error. Please try again."));
    assert!(matches!(cos, CosError::ServerSide(_)));
    assert_eq!(cos.code(), Code::Cos("InternalError"));
    assert_eq!(cos.retry(), Retry::Transient);
    let api3 = ApiError::from_body(br#"{"Response":{"Error":{"Code":"InternalError","Message":"x"},"RequestId":"r"}}"#)
        .unwrap()
        .unwrap();
    assert!(matches!(CosError::from(api3), CosError::Other(_)), "an API 3.0 body is no COS error");
    let unavailable = parse(&body("ServiceUnavailable", "Please reduce your request rate."));
    let CosError::ServerSide(inner) = &unavailable else { panic!("{unavailable:?}") };
    assert_eq!(inner.code(), Code::Cos("ServiceUnavailable"));
    assert_eq!(unavailable.code(), Code::Cos("InternalError"), "a variant's code is its primary, the first listed");
}

#[test]
fn unmatched_codes_fall_to_other_and_unit_variants_drop_the_body() {
    let other = parse(&body("BucketAlreadyExists", "x"));
    assert!(matches!(other, CosError::Other(_)));
    assert_eq!(other.code(), Code::Cos("BucketAlreadyExists"));
    let denied = parse(&body("AccessDenied", "Access Denied."));
    assert!(matches!(denied, CosError::AccessDenied));
    assert_eq!(denied.request_id(), None, "a unit variant keeps no body");
    let back = ApiError::from(denied);
    assert_eq!(back.code(), Code::Cos("AccessDenied"));
    // `to_body` writes a COS error back as XML, which reads back as the same code.
    let again = ApiError::from_body(back.to_body().as_bytes()).unwrap().unwrap();
    assert_eq!(again.code(), Code::Cos("AccessDenied"));
}

#[test]
fn a_truncated_body_is_a_parse_error() {
    let full = body("NoSuchBucket", "The specified bucket does not exist.");
    let cut = &full[..full.len() / 2];
    let error = ApiError::from_body(cut.as_bytes()).expect_err("truncated");
    assert!(!error.to_string().is_empty());
    // `from_response` with an error status turns an unreadable body into an HTTP-status error.
    let fallback = ApiError::from_response(404, cut.as_bytes()).unwrap().unwrap();
    assert_eq!(fallback.code(), Code::Api3("ClientError.HttpStatusCodeError"));
    assert!(matches!(CosError::from(fallback), CosError::Other(_)));
}

#[test]
fn from_response_keeps_the_status_the_catalog_documents() {
    let error = ApiError::from_response(404, body("NoSuchBucket", "x").as_bytes()).unwrap().unwrap();
    assert_eq!(error.http_status(), Some(404));
    assert_eq!(catalog::lookup(error.code()).and_then(|entry| entry.http_status()), error.http_status());
    let error = CosError::from(error);
    assert!(matches!(error, CosError::NoSuchBucket(_)));
}
