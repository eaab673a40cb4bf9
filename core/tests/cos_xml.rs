//! COS's XML error bodies (feature `xml`): `ApiError::from_body`, `to_body`, `from_response`,
//! and `Code::Cos` with the catalog and the retry rules.
#![cfg(feature = "xml")]

use tencent_errors_core::{ApiError, Code, ParseError, ParseErrorKind, Retry, catalog};

/// A COS error body as COS sends it (the shape of the COS error-code page's example).
const NO_SUCH_BUCKET: &str = "<?xml version='1.0' encoding='utf-8' ?>
<Error>
\t<Code>NoSuchBucket</Code>
\t<Message>The specified bucket does not exist.</Message>
\t<Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com</Resource>
\t<RequestId>NjQ4NTc0ZjNfOGFhYzJhMDlfMjQ3ZV8xMmU0****</RequestId>
\t<TraceId>OGVmYzZiMmQ3YjExNTFkOGUzZmU4ZDc1ZTNmMjRmYjM3YmZlYjRmMDZkMjAxZmE4MzM5NjAz****</TraceId>
</Error>";

fn parse(body: impl AsRef<[u8]>) -> Result<Option<ApiError>, ParseError> {
    ApiError::from_body(body.as_ref())
}

fn error(body: impl AsRef<[u8]>) -> ApiError {
    match parse(&body) {
        Ok(Some(error)) => error,
        other => panic!("expected an error for {:?}, got {other:?}", String::from_utf8_lossy(body.as_ref())),
    }
}

fn failure(body: impl AsRef<[u8]>) -> ParseError {
    match parse(&body) {
        Err(err) => err,
        other => panic!("expected a parse error for {:?}, got {other:?}", String::from_utf8_lossy(body.as_ref())),
    }
}

#[test]
fn a_real_cos_body() {
    let err = error(NO_SUCH_BUCKET);
    assert_eq!(err.code(), Code::Cos("NoSuchBucket"));
    assert_eq!(err.message(), "The specified bucket does not exist.");
    assert_eq!(err.resource(), Some("examplebucket-1250000000.cos.ap-beijing.myqcloud.com"));
    assert_eq!(err.request_id(), Some("NjQ4NTc0ZjNfOGFhYzJhMDlfMjQ3ZV8xMmU0****"));
    assert!(err.trace_id().unwrap().starts_with("OGVmYzZi"));
    assert_eq!(err.code_desc(), None);
    assert_eq!(err.retry(), Retry::Never);
}

#[test]
fn with_and_without_the_declaration_and_whitespace() {
    let bare = "<Error><Code>SlowDown</Code><Message>Reduce your request rate</Message></Error>";
    let expected = ApiError::new(Code::Cos("SlowDown"), "Reduce your request rate");
    assert_eq!(error(bare), expected);
    assert_eq!(error(format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{bare}")), expected);
    assert_eq!(error(format!(" \r\n\t{bare}\n\n")), expected);
    // Whitespace before the declaration, as `from_body` skips it before deciding on XML.
    assert_eq!(error(format!("\n  <?xml version=\"1.0\"?>{bare}")), expected);
    // Comments and processing instructions anywhere are skipped.
    assert_eq!(error(format!("<!-- before -->{bare}<!-- after --><?pi x?>")), expected);
    let spaced =
        "<Error>\n  <Code>SlowDown</Code>\n  <!-- c -->\n  <Message>Reduce your request rate</Message>\n</Error>\n";
    assert_eq!(error(spaced), expected);
    assert_eq!(error(bare).retry(), Retry::Throttling);
}

#[test]
fn entities_in_the_message() {
    let body = "<Error><Code>InvalidArgument</Code>\
                <Message>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#20013;&#x6587; &#13;</Message></Error>";
    assert_eq!(error(body).message(), "a <b> & \"c\" 'd' 中文 \r");
    // CDATA is text as is.
    let body = "<Error><Code>X</Code><Message><![CDATA[<not> &amp; a tag]]></Message></Error>";
    assert_eq!(error(body).message(), "<not> &amp; a tag");
    // Line ends are normalized as XML requires.
    assert_eq!(error("<Error><Code>X</Code><Message>a\r\nb\rc</Message></Error>").message(), "a\nb\nc");
}

#[test]
fn unknown_elements_and_attributes_are_skipped() {
    let body = "<Error xmlns=\"http://example.com\"><Extra><Deep a='1'><Code>NotThis</Code></Deep></Extra>\
                <Code kind=\"x\">AccessDenied</Code><Other/></Error>";
    let err = error(body);
    assert_eq!(err.code(), Code::Cos("AccessDenied"));
    assert_eq!(err.message(), "");
    assert_eq!(err.resource(), None);
}

#[test]
fn cos_codes_are_taken_verbatim() {
    // Never parsed as an integer or an API 3.0 code.
    assert_eq!(error("<Error><Code>4100</Code></Error>").code(), Code::Cos("4100"));
    assert_eq!(error("<Error><Code>InternalError</Code></Error>").code(), Code::Cos("InternalError"));
    assert_eq!(error("<Error><Code/></Error>").code(), Code::Cos(""));
}

#[test]
fn shape_errors() {
    let cases: [(&str, Option<&str>); 6] = [
        ("<Error><Message>no code</Message></Error>", None),
        ("<Error/>", None),
        ("<Response><Code>X</Code></Response>", None),
        ("<Error><Code>A</Code><Code>B</Code></Error>", Some("Error.Code")),
        ("<Error><Code>A</Code><Message/><Message>x</Message></Error>", Some("Error.Message")),
        ("<Error><Code>A<b/></Code></Error>", Some("Error.Code")),
    ];
    for (body, path) in cases {
        let err = failure(body);
        assert_eq!(err.kind(), ParseErrorKind::Shape, "{body}: {err}");
        assert_eq!(err.path(), path, "{body}: {err}");
        assert_eq!(err.line(), Some(1), "{body}");
        assert!(err.column().is_some(), "{body}");
    }
}

#[test]
fn a_second_code_is_reported_where_it_starts() {
    let err = failure("<Error>\n  <Code>A</Code>\n  <Code>B</Code>\n</Error>");
    assert_eq!((err.line(), err.column()), (Some(3), Some(3)), "{err}");
    assert_eq!(
        err.to_string(),
        "invalid Tencent Cloud response body: duplicate element `Code` in `Error.Code` at line 3 column 3"
    );
}

#[test]
fn xml_errors_have_a_position_and_never_panic() {
    let bodies = [
        "<",
        "<Error>",
        "<Error><Code>NoSuchKey</Code>",
        "<Error><Code>NoSuchKey</Code></Error",
        "<Error><Code>NoSuchKey</Message></Error>",
        "<Error><Code>NoSuchKey</Code></Error><Error/>",
        "<Error><Code>NoSuchKey</Code></Error>trailing",
        "<Error><Code>a &unknown; b</Code></Error>",
        "<Error><Code>a & b</Code></Error>",
        "<Error><Code>a &#0; b</Code></Error>",
        "<Error><Code>a &#xD800; b</Code></Error>",
        "<Error><Code>a &#99999999; b</Code></Error>",
        "<Error a=\"1\" a=\"2\"><Code>X</Code></Error>",
        "<Error a=1><Code>X</Code></Error>",
        "<Error><!-- bad -- comment --><Code>X</Code></Error>",
        "<Error><Code>X</Code></Error><?xml version=\"1.0\"?>",
        "<!-- c --><?xml version=\"1.0\"?><Error><Code>X</Code></Error>",
        "</Error>",
        "<Error><Code>X</Code></Error>&amp;",
        "<Error><![CDATA[x</Error>",
        "<!-- only a comment -->",
    ];
    for body in bodies {
        let err = failure(body);
        assert_eq!(err.kind(), ParseErrorKind::Xml, "{body}: {err}");
        assert!(err.line().is_some() && err.column().is_some(), "{body}: {err}");
        assert!(err.column().unwrap() <= body.len() + 1, "{body}: {err}");
    }
    // Every prefix of a real body, cut anywhere.
    for end in 0..NO_SUCH_BUCKET.len() {
        if NO_SUCH_BUCKET.is_char_boundary(end) && !NO_SUCH_BUCKET[..end].trim().is_empty() {
            let err = failure(&NO_SUCH_BUCKET[..end]);
            assert_ne!(err.kind(), ParseErrorKind::Json, "{end}: {err}");
        }
    }
}

#[test]
fn the_error_position_is_line_and_byte_column() {
    let err = failure("<Error>\n<Code>ok</Code>\n<Message>a &nope; b</Message></Error>");
    assert_eq!(err.kind(), ParseErrorKind::Xml);
    assert_eq!(err.line(), Some(3), "{err}");
    assert_eq!(err.path(), Some("Error.Message"));
}

#[test]
fn no_doctype_no_billion_laughs_no_external_entities() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<Error><Code>X</Code><Message>&lol9;</Message></Error>"#;
    let err = failure(laughs);
    assert_eq!(err.kind(), ParseErrorKind::Xml);
    assert_eq!(err.line(), Some(2), "{err}");
    assert!(err.to_string().contains("DOCTYPE"), "{err}");

    let external = r#"<!DOCTYPE Error [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Error><Code>&xxe;</Code></Error>"#;
    assert_eq!(failure(external).kind(), ParseErrorKind::Xml);
    // Without a DOCTYPE, the entity is simply unknown.
    let err = failure("<Error><Code>X</Code><Message>&xxe;</Message></Error>");
    assert!(err.to_string().contains("unknown entity `&xxe;`"), "{err}");
}

#[test]
fn deep_nesting_is_rejected() {
    let depth = 10_000;
    let body = format!("<Error>{}{}<Code>X</Code></Error>", "<a>".repeat(depth), "</a>".repeat(depth));
    let err = failure(&body);
    assert_eq!(err.kind(), ParseErrorKind::Xml);
    assert!(err.to_string().contains("nested deeper than 32"), "{err}");
    // Just under the limit is fine: 32 levels, the root included.
    let body = format!("<Error><Code>X</Code>{}{}</Error>", "<a>".repeat(31), "</a>".repeat(31));
    assert_eq!(error(&body).code(), Code::Cos("X"));
    let body = format!("<Error><Code>X</Code>{}{}</Error>", "<a>".repeat(32), "</a>".repeat(32));
    assert_eq!(failure(&body).kind(), ParseErrorKind::Xml);
}

#[test]
fn a_bom_is_an_error_as_in_json() {
    let err = failure(format!("\u{feff}{NO_SUCH_BUCKET}"));
    assert_eq!(err.kind(), ParseErrorKind::Json);
    assert!(failure(b"<Error><Code>\xff</Code></Error>").to_string().contains("invalid UTF-8"));
}

#[test]
fn to_body_writes_cos_xml_that_reads_back() {
    let err = error(NO_SUCH_BUCKET);
    let body = err.to_body();
    assert!(body.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchBucket</Code>"), "{body}");
    assert_eq!(error(&body), err);

    let tricky = ApiError::new(Code::Cos("A&B<C>"), "line\r\nnext\rx & <y> \"q\" 'a' ]]> \t\u{1}")
        .with_resource("/b/<k>&")
        .with_request_id("")
        .with_trace_id("t")
        .with_code_desc("d");
    assert_eq!(error(tricky.to_body()), tricky, "{}", tricky.to_body());
    let plain = ApiError::new(Code::Cos("AccessDenied"), "");
    assert_eq!(
        plain.to_body(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message></Message></Error>"
    );
    assert_eq!(error(plain.to_body()), plain);
}

#[test]
fn json_is_unchanged() {
    let err = error(r#"  {"Response":{"Error":{"Code":"InternalError","Message":"m"},"RequestId":"r"}}"#);
    assert_eq!(err.code(), Code::Api3("InternalError"));
    assert_eq!(failure("").kind(), ParseErrorKind::Json);
    assert_eq!(failure("   ").kind(), ParseErrorKind::Json);
    // Only a leading `<` means XML.
    assert_eq!(failure("text<Error><Code>X</Code></Error>").kind(), ParseErrorKind::Json);
}

#[test]
fn from_response_with_a_cos_body() {
    // A failed `PUT Object - Copy` answers 200 with an error body: it is that error.
    let body = "<Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>";
    let err = ApiError::from_response(200, body.as_bytes()).unwrap().unwrap();
    assert_eq!((err.code(), err.http_status()), (Code::Cos("InternalError"), Some(200)));
    assert_eq!(err.retry(), Retry::Transient);
    let err = ApiError::from_response(404, NO_SUCH_BUCKET.as_bytes()).unwrap().unwrap();
    assert_eq!((err.code(), err.http_status()), (Code::Cos("NoSuchBucket"), Some(404)));
    // A 502 HTML page is not a COS body: the HTTP status error, as before.
    let err = ApiError::from_response(502, b"<html><body>Bad Gateway</body></html>").unwrap().unwrap();
    assert_eq!(err.code(), Code::Api3("ClientError.HttpStatusCodeError"));
    // With a 2xx status, a body that is not an error is the parse error.
    assert_eq!(ApiError::from_response(200, b"<html>").unwrap_err().kind(), ParseErrorKind::Shape);
    assert_eq!(ApiError::from_response(200, b"<Error>").unwrap_err().kind(), ParseErrorKind::Xml);
}

#[test]
fn cos_codes_are_not_api3_codes() {
    assert_ne!(Code::Cos("InternalError"), Code::Api3("InternalError"));
    let api3 = catalog::lookup(Code::Api3("InternalError")).unwrap();
    let cos = catalog::lookup(Code::Cos("InternalError")).expect("COS documents InternalError");
    assert_ne!(cos, api3, "must not find the API 3.0 entry");
    assert_eq!(cos.family(), tencent_errors_core::Family::Cos);
    assert!(catalog::lookup(Code::Cos("4100")).is_none());
    assert_eq!(catalog::lookup_all(Code::Cos("InternalError")).collect::<Vec<_>>(), [cos]);
    assert_eq!(catalog::lookup_in("cos", Code::Cos("NoSuchBucket")).and_then(|e| e.http_status()), Some(404));
    assert_eq!(ApiError::new(Code::Cos("InternalError"), "").entry(), Some(cos));
    assert_eq!(ApiError::new(Code::Api3("InternalError"), "").entry(), Some(api3));
    assert_eq!(Code::Cos("4100").normalized(), Code::Cos("4100"));
    assert_eq!(ApiError::new(Code::Cos("4100"), "").code(), Code::Cos("4100"));
    assert_eq!(ApiError::new(Code::Cos("4100"), "(-513) x").module_code(), None);
}

#[test]
fn cos_retry_classes() {
    let cases = [
        ("SlowDown", Retry::Throttling),
        ("InternalError", Retry::Transient),
        ("ServiceUnavailable", Retry::Transient),
        ("RequestTimeout", Retry::Transient),
        ("KmsInternalException", Retry::Transient),
        ("NoSuchBucket", Retry::Never),
        ("AccessDenied", Retry::Never),
        ("RequestLimitExceeded", Retry::Never),
        ("InternalError.Db", Retry::Never),
        ("ResourceBusy", Retry::Never),
        ("UserNetworkTooSlow", Retry::Never),
    ];
    for (code, class) in cases {
        assert_eq!(Retry::from(Code::Cos(code)), class, "{code}");
    }
    // The same spelling in API 3.0 follows API 3.0's rules.
    assert_eq!(Code::Api3("SlowDown").retry(), Retry::Never);
    assert_eq!(Code::Api3("ResourceBusy").retry(), Retry::Busy);
}
