//! Reading and writing Tencent Cloud response bodies: `ApiError::from_body` and `to_body`.
#![cfg(feature = "json")]

use tencent_errors_core::{ApiError, Code, Family, ParseError, ParseErrorKind, Retry};

const CODE: &str = "AuthFailure.SignatureFailure";
const MESSAGE: &str = "The provided credentials could not be validated. Please check your signature is correct.";
const REQUEST_ID: &str = "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6";

/// The example of Tencent's error-code document, as printed there.
const SEED_BODY: &str = r#" {
    "Response": {
        "Error": {
            "Code": "AuthFailure.SignatureFailure",
            "Message": "The provided credentials could not be validated. Please check your signature is correct."
        },
        "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
    }
}"#;

const COMPACT_BODY: &str = r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;

fn parse(body: impl AsRef<[u8]>) -> Result<Option<ApiError>, ParseError> {
    ApiError::from_body(body.as_ref())
}

/// The error an error body holds; fails the test for anything else.
fn error(body: impl AsRef<[u8]>) -> ApiError {
    match parse(&body) {
        Ok(Some(error)) => error,
        other => panic!("{:?}: expected an error response, got {other:?}", show(body)),
    }
}

/// The parse error of a bad body; fails the test if the body is accepted.
fn failure(body: impl AsRef<[u8]>) -> ParseError {
    match parse(&body) {
        Err(err) => err,
        Ok(found) => panic!("{:?}: expected a parse error, got {found:?}", show(body)),
    }
}

/// Asserts that `body` fails with `kind`, that the message names the problem, and returns
/// the error for further checks.
fn rejects(body: impl AsRef<[u8]>, kind: ParseErrorKind, mentions: &str) -> ParseError {
    let err = failure(&body);
    let text = err.to_string();
    assert_eq!(err.kind(), kind, "{:?}: {text}", show(&body));
    assert!(text.starts_with("invalid Tencent Cloud response body: "), "{text}");
    assert!(text.contains(mentions), "{:?}: {text:?} does not mention {mentions:?}", show(&body));
    err
}

fn show(body: impl AsRef<[u8]>) -> String {
    String::from_utf8_lossy(body.as_ref()).chars().take(120).collect()
}

fn round_trip(error: &ApiError) {
    let body = error.to_body();
    assert_eq!(parse(&body), Ok(Some(error.clone())), "{body}");
}

// ---- API 3.0 -------------------------------------------------------------------------------

#[test]
fn api3_error_of_tencents_document() {
    let err = error(SEED_BODY);
    assert_eq!(err.code(), Code::Api3(CODE));
    assert_eq!(err.message(), MESSAGE);
    assert_eq!(err.request_id(), Some(REQUEST_ID));
    assert_eq!(err.code_desc(), None);
    assert_eq!(err.module_code(), None);
    assert_eq!(err.retry(), Retry::Never);
    assert!(!err.is_retryable());
    let entry = err.entry().expect("AuthFailure.SignatureFailure is in the catalog");
    assert_eq!(entry.code(), Code::Api3(CODE));
    assert_eq!(entry.family(), Family::Common);
}

#[test]
fn api3_compact_and_pretty_bodies_read_the_same() {
    assert_eq!(error(COMPACT_BODY), error(SEED_BODY));
    assert_eq!(error(COMPACT_BODY), ApiError::new(Code::Api3(CODE), MESSAGE).with_request_id(REQUEST_ID));
}

#[test]
fn api3_keys_in_any_order() {
    let body = r#"{"Response":{"RequestId":"r-1","Error":{"Message":"m","Code":"InternalError"}}}"#;
    assert_eq!(error(body), ApiError::new(Code::Api3("InternalError"), "m").with_request_id("r-1"));
}

#[test]
fn api3_success_is_none() {
    let body = r#"{"Response":{"TotalCount":1,"InstanceSet":[{"InstanceId":"ins-1","Tags":[]}],"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;
    assert_eq!(parse(body), Ok(None));
    assert_eq!(parse(r#"{"Response":{}}"#), Ok(None));
}

#[test]
fn api3_null_error_is_success() {
    assert_eq!(parse(r#"{"Response":{"Error":null,"RequestId":"r-1"}}"#), Ok(None));
}

#[test]
fn api3_missing_message_is_empty() {
    let err = error(r#"{"Response":{"Error":{"Code":"InternalError"},"RequestId":"r-1"}}"#);
    assert_eq!(err.message(), "");
    assert_eq!(err.to_string(), "[InternalError] (request id r-1)");
}

#[test]
fn api3_null_optional_fields_are_absent() {
    let err = error(r#"{"Response":{"Error":{"Code":"InternalError","Message":null},"RequestId":null}}"#);
    assert_eq!(err, ApiError::new(Code::Api3("InternalError"), ""));
}

#[test]
fn api3_without_request_id() {
    let err = error(r#"{"Response":{"Error":{"Code":"InternalError","Message":"m"}}}"#);
    assert_eq!(err.request_id(), None);
}

#[test]
fn api3_unknown_keys_are_skipped() {
    let body = r#"{
        "Extra": {"deep": [1, 2.5, null, {"x": "y"}]},
        "Response": {
            "Data": [{"Code": 1}],
            "Error": {"Code": "ResourceNotFound", "Message": "m", "Details": {"Code": []}},
            "RequestId": "r-1",
            "Warnings": null
        },
        "more": true
    }"#;
    assert_eq!(error(body), ApiError::new(Code::Api3("ResourceNotFound"), "m").with_request_id("r-1"));
}

#[test]
fn api3_escaped_strings_are_decoded() {
    let body = r#"{"Response":{"Error":{"Code":"Invalid\u0050arameter","Message":"say \"hi\"\n\\ \u4e2d\u6587 \ud83d\ude00"}}}"#;
    let err = error(body);
    assert_eq!(err.code(), Code::Api3("InvalidParameter"));
    assert_eq!(err.message(), "say \"hi\"\n\\ 中文 😀");
}

#[test]
fn api3_escaped_keys_are_matched() {
    let body = r#"{"Resp\u006fnse":{"Error":{"C\u006fde":"InternalError"}}}"#;
    assert_eq!(error(body).code(), Code::Api3("InternalError"));
}

#[test]
fn api3_retry_advice_follows_the_code() {
    let throttled = error(r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow"}}}"#);
    assert_eq!(throttled.retry(), Retry::Throttling);
    let transient = error(r#"{"Response":{"Error":{"Code":"InternalError.DbError"}}}"#);
    assert_eq!(transient.retry(), Retry::Transient);
    assert!(!transient.is_retryable(), "the call may have taken effect");
    assert!(transient.retry().is_retryable_when(true));
}

#[test]
fn api3_integer_code_text_is_read_as_a_legacy_code() {
    assert_eq!(error(r#"{"Response":{"Error":{"Code":"4100"}}}"#).code(), Code::Legacy(4100));
    assert_eq!(error(r#"{"Response":{"Error":{"Code":"0"}}}"#).code(), Code::Legacy(0));
    assert_eq!(error(r#"{"Response":{"Error":{"Code":"007"}}}"#).code(), Code::Api3("007"));
}

// ---- API 2.0 -------------------------------------------------------------------------------

#[test]
fn legacy_error_response() {
    let body = r#"{"code":4100,"message":"鉴权失败，请确认密钥和签名是否正确","codeDesc":"AuthFailure"}"#;
    let err = error(body);
    assert_eq!(err.code(), Code::Legacy(4100));
    assert_eq!(err.message(), "鉴权失败，请确认密钥和签名是否正确");
    assert_eq!(err.code_desc(), Some("AuthFailure"));
    assert_eq!(err.request_id(), None);
    assert_eq!(err.module_code(), None);
    assert_eq!(err.entry().map(|entry| entry.family()), Some(Family::Access));
    assert_eq!(err.retry(), Retry::Never);
}

#[test]
fn legacy_request_id() {
    let err = error(r#"{"code":6000,"message":"Internal error","requestId":"r-9"}"#);
    assert_eq!(err.request_id(), Some("r-9"));
    assert_eq!(err.retry(), Retry::Transient);
}

#[test]
fn legacy_success_is_none() {
    let body = r#"{"code":0,"message":"","codeDesc":"Success","data":{"total":2,"list":[{"id":1},{"id":2}]}}"#;
    assert_eq!(parse(body), Ok(None));
    assert_eq!(parse(r#"{"code":0}"#), Ok(None));
}

#[test]
fn legacy_code_as_a_string() {
    assert_eq!(parse(r#"{"code":"0","message":"ok"}"#), Ok(None));
    let err = error(r#"{"code":"4100","message":"鉴权失败","codeDesc":"AuthFailure"}"#);
    assert_eq!(err.code(), Code::Legacy(4100));
    assert_eq!(err.code_desc(), Some("AuthFailure"));
    assert_eq!(error(r#"{"code":"-514","message":"x"}"#).code(), Code::Legacy(-514));
}

#[test]
fn legacy_code_limits() {
    assert_eq!(error(r#"{"code":-2147483648}"#).code(), Code::Legacy(i32::MIN));
    assert_eq!(error(r#"{"code":2147483647}"#).code(), Code::Legacy(i32::MAX));
}

#[test]
fn legacy_module_codes_in_messages() {
    let cases = [
        ("(-514) Resource already exists", Some(-514)),
        ("(- 514) Resource already exists", Some(-514)),
        ("(9123)EC_CDN_USER_EXIST cdn user exist", Some(9123)),
        ("Resource already exists", None),
    ];
    for (message, module_code) in cases {
        let body = format!(r#"{{"code":4000,"message":{message:?},"codeDesc":"InvalidParameter"}}"#);
        let err = error(&body);
        assert_eq!(err.message(), message);
        assert_eq!(err.module_code(), module_code, "{message}");
    }
}

#[test]
fn legacy_missing_message_is_empty() {
    let err = error(r#"{"code":5000}"#);
    assert_eq!(err.message(), "");
    assert_eq!(err.to_string(), "[5000]");
}

#[test]
fn legacy_null_optional_fields_are_absent() {
    let err = error(r#"{"code":4100,"message":null,"codeDesc":null,"requestId":null}"#);
    assert_eq!(err, ApiError::new(Code::Legacy(4100), ""));
}

// ---- Bad bodies ----------------------------------------------------------------------------

#[test]
fn empty_and_blank_bodies() {
    rejects(b"", ParseErrorKind::Json, "EOF");
    rejects(b" \n\t ", ParseErrorKind::Json, "EOF");
}

#[test]
fn every_truncation_is_a_json_error() {
    for end in 0..COMPACT_BODY.len() {
        let err = failure(&COMPACT_BODY.as_bytes()[..end]);
        assert_eq!(err.kind(), ParseErrorKind::Json, "cut at {end}: {err}");
    }
}

#[test]
fn trailing_characters() {
    let err = rejects(br#"{"code":4100,"message":"x"} x"#, ParseErrorKind::Json, "trailing characters");
    assert_eq!(err.path(), None);
    assert_eq!((err.line(), err.column()), (Some(1), Some(29)));
    rejects(br#"{"code":0}{"code":0}"#, ParseErrorKind::Json, "trailing characters");
}

#[test]
fn byte_order_mark() {
    let body = [b"\xEF\xBB\xBF".as_slice(), COMPACT_BODY.as_bytes()].concat();
    let err = rejects(&body, ParseErrorKind::Json, "expected value");
    assert_eq!(err.line(), Some(1));
}

#[test]
fn invalid_utf8_in_a_field() {
    let err = rejects(b"{\"code\":4100,\n\"message\":\"\xFF\"}", ParseErrorKind::Json, "invalid UTF-8");
    assert_eq!((err.line(), err.column()), (Some(2), Some(12)));
    assert!(err.to_string().ends_with("invalid UTF-8 at line 2 column 12"), "{err}");
}

#[test]
fn invalid_utf8_in_a_skipped_value() {
    rejects(b"{\"code\":4100,\"data\":\"\xC3\x28\"}", ParseErrorKind::Json, "invalid UTF-8");
    rejects(b"{\"Response\":{\"Extra\":\"\xED\xA0\x80\"}}", ParseErrorKind::Json, "invalid UTF-8");
}

#[test]
fn nan_and_infinity_are_not_json() {
    let err = rejects(br#"{"code":NaN}"#, ParseErrorKind::Json, "expected value");
    assert_eq!(err.path(), Some("code"));
    rejects(br#"{"code":4100,"data":Infinity}"#, ParseErrorKind::Json, "expected value");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 10_000;
    let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let objects = format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth));
    for value in [&arrays, &objects] {
        let in_response = format!(r#"{{"Response":{{"Data":{value}}}}}"#);
        let err = rejects(&in_response, ParseErrorKind::Json, "recursion limit exceeded");
        assert_eq!(err.path(), Some("Response.Data"));
        rejects(format!(r#"{{"code":4100,"data":{value}}}"#), ParseErrorKind::Json, "recursion limit");
        rejects(
            format!(r#"{{"Response":{{"Error":{{"Code":"X","More":{value}}}}}}}"#),
            ParseErrorKind::Json,
            "recursion limit",
        );
    }
    rejects(&objects, ParseErrorKind::Json, "recursion limit");
}

#[test]
fn top_level_must_be_an_object() {
    for body in ["[]", "[1,2]", "null", "\"Response\"", "42", "true"] {
        let err = rejects(body, ParseErrorKind::Shape, "expected a Tencent Cloud response object");
        assert_eq!(err.path(), None);
    }
}

#[test]
fn neither_response_nor_code() {
    let err = rejects(br#"{"message":"x","data":{}}"#, ParseErrorKind::Shape, "`Response`");
    assert!(err.to_string().contains("`code`"), "{err}");
    rejects(b"{}", ParseErrorKind::Shape, "expected a `Response` (API 3.0) or `code` (API 2.0) key");
}

// ---- The bare API 3.0 error (PHP STS SDK) -------------------------------------------------

#[test]
fn bare_error_reads_like_the_wrapped_one() {
    let bare =
        r#"{"Error":{"Code":"InvalidParameter.RoleNotExist","Message":"role not exist"},"RequestId":"4f3c6b1e-7d9a"}"#;
    let wrapped = format!(r#"{{"Response":{bare}}}"#);
    let err = error(bare);
    assert_eq!(err, error(&wrapped));
    assert_eq!(err.code(), tencent_errors_core::Code::Api3("InvalidParameter.RoleNotExist"));
    assert_eq!(err.request_id(), Some("4f3c6b1e-7d9a"));
    // Key order and a missing request id do not matter either.
    let err = error(r#"{"RequestId":null,"Error":{"Message":"m","Code":"InternalError"}}"#);
    assert_eq!((err.message(), err.request_id()), ("m", None));
}

#[test]
fn bare_error_loosens_nothing_else() {
    // Without an `Error` object nothing says the body is a response.
    rejects(br#"{"RequestId":"r"}"#, ParseErrorKind::Shape, "expected a `Response` (API 3.0) or `code` (API 2.0) key");
    rejects(br#"{"Error":null,"RequestId":"r"}"#, ParseErrorKind::Shape, "a bare `Error` must be an error object");
    rejects(br#"{"Error":{"Code":"X"},"Response":{}}"#, ParseErrorKind::Shape, "a bare `Error` beside");
    rejects(br#"{"Error":{"Code":"X"},"code":4100}"#, ParseErrorKind::Shape, "a bare `Error` beside");
    rejects(br#"{"Error":{"Code":"X"},"Error":{"Code":"Y"}}"#, ParseErrorKind::Shape, "duplicate field `Error`");
    let err = rejects(br#"{"Error":{"Message":"m"}}"#, ParseErrorKind::Shape, "missing field `Code`");
    assert_eq!(err.path(), Some("Error"));
    let err = rejects(br#"{"Error":{"Code":5}}"#, ParseErrorKind::Shape, "expected a string");
    assert_eq!(err.path(), Some("Error.Code"));
}

#[test]
fn both_response_and_code() {
    rejects(
        br#"{"Response":{"Error":{"Code":"X"}},"code":4100}"#,
        ParseErrorKind::Shape,
        "both `Response` (API 3.0) and `code` (API 2.0)",
    );
}

#[test]
fn error_without_code() {
    let err = rejects(
        br#"{"Response":{"Error":{"Message":"m"},"RequestId":"r"}}"#,
        ParseErrorKind::Shape,
        "missing field `Code`",
    );
    assert_eq!(err.path(), Some("Response.Error"));
    assert!(err.to_string().contains("in `Response.Error`"), "{err}");
}

#[test]
fn api3_values_of_the_wrong_type() {
    let cases: [(&str, &str, &str); 8] = [
        (r#"{"Response":"x"}"#, "Response", "expected the `Response` object"),
        (r#"{"Response":null}"#, "Response", "invalid type: null"),
        (r#"{"Response":{"Error":"x"}}"#, "Response.Error", "expected the `Error` object"),
        (r#"{"Response":{"Error":[]}}"#, "Response.Error", "invalid type: sequence"),
        (r#"{"Response":{"Error":{"Code":4100}}}"#, "Response.Error.Code", "expected a string"),
        (r#"{"Response":{"Error":{"Code":null}}}"#, "Response.Error.Code", "invalid type: null"),
        (r#"{"Response":{"Error":{"Code":"X","Message":1}}}"#, "Response.Error.Message", "expected a string"),
        (r#"{"Response":{"Error":{"Code":"X"},"RequestId":{}}}"#, "Response.RequestId", "invalid type: map"),
    ];
    for (body, path, mentions) in cases {
        let err = rejects(body, ParseErrorKind::Shape, mentions);
        assert_eq!(err.path(), Some(path), "{body}");
        assert!(err.to_string().contains(&format!("in `{path}`")), "{err}");
        assert_eq!(err.line(), Some(1));
        assert!(err.column().is_some());
    }
}

#[test]
fn legacy_code_of_the_wrong_type() {
    for value in ["true", "null", "4100.0", "1e3", "[]", "{}", "99999999999999999999"] {
        let body = format!(r#"{{"code":{value},"message":"x"}}"#);
        let err = rejects(&body, ParseErrorKind::Shape, "expected a string or integer");
        assert_eq!(err.path(), Some("code"), "{body}");
    }
}

#[test]
fn legacy_code_strings_that_are_not_integers() {
    for value in [r#""abc""#, r#""""#, r#"" 4100""#, r#""4100.0""#, r#""0x10""#, r#""AuthFailure""#] {
        let body = format!(r#"{{"code":{value}}}"#);
        let err = rejects(&body, ParseErrorKind::Shape, "expected a 32-bit integer");
        assert_eq!(err.path(), Some("code"), "{body}");
    }
}

#[test]
fn legacy_code_out_of_range() {
    for value in ["2147483648", "-2147483649", "18446744073709551615", r#""2147483648""#] {
        let body = format!(r#"{{"code":{value}}}"#);
        rejects(&body, ParseErrorKind::Shape, "expected a 32-bit integer");
    }
}

#[test]
fn legacy_optional_fields_of_the_wrong_type() {
    for (key, value) in [("message", "1"), ("codeDesc", "[]"), ("requestId", "false")] {
        let body = format!(r#"{{"code":4100,"{key}":{value}}}"#);
        let err = rejects(&body, ParseErrorKind::Shape, "expected a string");
        assert_eq!(err.path(), Some(key));
    }
}

#[test]
fn duplicate_keys() {
    let cases = [
        (r#"{"Response":{},"Response":{}}"#, "Response", "Response"),
        (r#"{"code":1,"code":2}"#, "code", "code"),
        (r#"{"code":1,"message":null,"message":"x"}"#, "message", "message"),
        (r#"{"code":1,"codeDesc":"a","codeDesc":"a"}"#, "codeDesc", "codeDesc"),
        (r#"{"code":1,"requestId":"a","requestId":"b"}"#, "requestId", "requestId"),
        (r#"{"Response":{"Error":{"Code":"A"},"Error":{"Code":"B"}}}"#, "Error", "Response.Error"),
        (r#"{"Response":{"RequestId":"a","RequestId":"a"}}"#, "RequestId", "Response.RequestId"),
        (r#"{"Response":{"Error":{"Code":"A","Code":"B"}}}"#, "Code", "Response.Error.Code"),
        (r#"{"Response":{"Error":{"Code":"A","Message":"m","Message":"n"}}}"#, "Message", "Response.Error.Message"),
    ];
    for (body, key, path) in cases {
        let err = rejects(body, ParseErrorKind::Shape, &format!("duplicate field `{key}`"));
        assert_eq!(err.path(), Some(path), "{body}");
    }
}

#[test]
fn duplicate_unknown_keys_are_skipped_like_any_unknown_key() {
    assert_eq!(error(r#"{"code":4100,"data":1,"data":2}"#).code(), Code::Legacy(4100));
}

#[test]
fn syntax_error_inside_a_field_names_the_field() {
    let body = "{\"Response\": {\n  \"Error\": {\"Code\": \"X\" \"Message\": \"m\"}\n}}";
    let err = rejects(body, ParseErrorKind::Json, "expected `,` or `}`");
    assert_eq!(err.path(), Some("Response.Error"));
    assert_eq!(err.line(), Some(2));
}

#[test]
fn control_character_in_a_string() {
    rejects(b"{\"code\":4100,\"message\":\"a\nb\"}", ParseErrorKind::Json, "control character");
}

#[test]
fn parse_error_display_in_full() {
    let err = failure(br#"{"code": true}"#);
    assert_eq!(
        err.to_string(),
        "invalid Tencent Cloud response body: invalid type: boolean `true`, expected a string \
         or integer in `code` at line 1 column 13"
    );
    assert_eq!(
        failure(b"").to_string(),
        "invalid Tencent Cloud response body: EOF while parsing a value at line 1 column 0"
    );
}

#[test]
fn parse_errors_compare_and_clone() {
    let err = failure(br#"{"Response":{"Error":{}}}"#);
    assert_eq!(err.clone(), failure(br#"{"Response":{"Error":{}}}"#));
    assert_ne!(err, failure(br#"{"Response":{"Error":[]}}"#));
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(err);
    assert!(boxed.to_string().contains("missing field `Code`"));
}

#[test]
fn parse_error_from_serde_json() {
    let json_err = serde_json::from_str::<serde_json::Value>("[1").expect_err("truncated");
    let err = ParseError::from(json_err);
    assert_eq!(err.kind(), ParseErrorKind::Json);
    assert_eq!(err.path(), None);
    assert!(err.to_string().contains("EOF while parsing a list"), "{err}");
}

// ---- to_body and round trips ---------------------------------------------------------------

#[test]
fn to_body_api3_shape() {
    let err = ApiError::new(Code::Api3(CODE), MESSAGE).with_request_id(REQUEST_ID);
    assert_eq!(err.to_body(), COMPACT_BODY);
    let bare = ApiError::new(Code::Api3("InternalError"), "m");
    assert_eq!(bare.to_body(), r#"{"Response":{"Error":{"Code":"InternalError","Message":"m"}}}"#);
}

#[test]
fn to_body_legacy_shape() {
    let err = ApiError::new(Code::Legacy(4100), "鉴权失败");
    assert_eq!(err.to_body(), r#"{"code":4100,"message":"鉴权失败"}"#);
    let full = err.with_code_desc("AuthFailure").with_request_id("r-1");
    assert_eq!(full.to_body(), r#"{"code":4100,"message":"鉴权失败","codeDesc":"AuthFailure","requestId":"r-1"}"#);
}

#[test]
fn to_body_is_valid_json_that_serde_json_reads_the_same() {
    let err = ApiError::new(Code::Api3("X"), "\u{0}\u{1f}\"\\\u{7f}中").with_request_id("\n");
    let value: serde_json::Value = serde_json::from_str(&err.to_body()).expect("valid JSON");
    assert_eq!(value["Response"]["Error"]["Message"], "\u{0}\u{1f}\"\\\u{7f}中");
    assert_eq!(value["Response"]["RequestId"], "\n");
}

#[test]
fn round_trip_api3() {
    round_trip(&ApiError::new(Code::Api3(CODE), MESSAGE).with_request_id(REQUEST_ID));
    round_trip(&ApiError::new(Code::Api3(CODE), MESSAGE));
    round_trip(&ApiError::new(Code::Api3(""), ""));
    round_trip(&ApiError::new(Code::Api3("Weird \"code\" \\ 码"), "x"));
}

#[test]
fn round_trip_legacy() {
    round_trip(&ApiError::new(Code::Legacy(4100), "鉴权失败").with_code_desc("AuthFailure"));
    round_trip(&ApiError::new(Code::Legacy(-514), "(-514) Resource already exists").with_request_id("r"));
    round_trip(&ApiError::new(Code::Legacy(i32::MIN), ""));
    round_trip(&ApiError::new(Code::Legacy(i32::MAX), "").with_code_desc("").with_request_id(""));
}

#[test]
fn round_trip_awkward_strings() {
    let control: String = (0u8..0x20).map(char::from).collect();
    let messages = [
        String::new(),
        "say \"hi\"".to_owned(),
        r"C:\path\to\file \\ \u0041 \n".to_owned(),
        control,
        "\u{7f}\u{2028}\u{2029}\u{feff}".to_owned(),
        "鉴权失败，请检查签名是否正确。😀".to_owned(),
        "</script>{\"Response\":1}".to_owned(),
    ];
    for message in &messages {
        for code in [Code::Api3("InternalError"), Code::Legacy(4100)] {
            round_trip(&ApiError::new(code, message.as_str()));
            round_trip(
                &ApiError::new(code, message.as_str())
                    .with_request_id(message.as_str())
                    .with_code_desc(message.as_str()),
            );
        }
    }
}

#[test]
fn round_trip_legacy_code_zero() {
    // API 2.0 code 0 means success, so this error travels in the API 3.0 shape.
    let err = ApiError::new(Code::Legacy(0), "zero").with_code_desc("Zero");
    assert_eq!(err.to_body(), r#"{"Response":{"Error":{"Code":"0","Message":"zero","CodeDesc":"Zero"}}}"#);
    round_trip(&err);
}

#[test]
fn round_trip_code_desc_on_api3() {
    let err = ApiError::new(Code::Api3("InternalError"), "m").with_code_desc("d");
    assert_eq!(err.to_body(), r#"{"Response":{"Error":{"Code":"InternalError","Message":"m","CodeDesc":"d"}}}"#);
    round_trip(&err);
}

#[test]
fn every_accepted_mutation_round_trips() {
    // Single-byte edits of real bodies: never a panic, and whatever is accepted survives
    // to_body/from_body.
    let replacements = b"\"\\{}[]:,0 9-nxC\x00\xFF";
    for body in [COMPACT_BODY, r#"{"code":"4100","message":"(-514) 鉴权","codeDesc":"A","requestId":"r"}"#] {
        let bytes = body.as_bytes();
        for at in 0..bytes.len() {
            let mut mutated = bytes.to_vec();
            for &byte in replacements {
                mutated[at] = byte;
                if let Ok(Some(err)) = parse(&mutated) {
                    round_trip(&err);
                }
            }
            mutated.remove(at);
            if let Ok(Some(err)) = parse(&mutated) {
                round_trip(&err);
            }
        }
    }
}

// ---- Display -------------------------------------------------------------------------------

#[test]
fn display_with_request_id() {
    let err = error(
        r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#,
    );
    assert_eq!(
        err.to_string(),
        "[AuthFailure.SignatureFailure] The provided credentials could not be validated. \
         (request id ed93f3cb-f35e-473f-b9f3-0d451b8b79c6)"
    );
}

#[test]
fn display_without_request_id() {
    let err = ApiError::new(Code::Api3("InternalError"), "Internal error.");
    assert_eq!(err.to_string(), "[InternalError] Internal error.");
}

#[test]
fn display_legacy() {
    let err = error(r#"{"code":4100,"message":"鉴权失败","codeDesc":"AuthFailure"}"#);
    assert_eq!(err.to_string(), "[4100] 鉴权失败");
    assert_eq!(ApiError::new(Code::Legacy(-514), "exists").to_string(), "[-514] exists");
}

// ---- Whole responses: status and body -------------------------------------------------------

#[test]
fn from_response_reads_the_status_and_the_body() {
    let body = COMPACT_BODY.as_bytes();
    for status in [200, 400, 503] {
        let err = ApiError::from_response(status, body).unwrap().unwrap();
        assert_eq!(err.code(), tencent_errors_core::Code::Api3("AuthFailure.SignatureFailure"));
        assert_eq!(err.http_status(), Some(status));
    }
    let success = br#"{"Response":{"RequestId":"r-1"}}"#;
    assert_eq!(ApiError::from_response(200, success), Ok(None));
    assert_eq!(ApiError::from_response(204, success), Ok(None));
    // A 2xx body that is no Tencent response stays a parse error: with feature `xml`, XML
    // whose root is not COS's `Error`.
    let kind = if cfg!(feature = "xml") { ParseErrorKind::Shape } else { ParseErrorKind::Json };
    assert_eq!(ApiError::from_response(200, b"<html>").unwrap_err().kind(), kind);
}

#[test]
fn an_error_status_without_a_tencent_body_is_an_http_status_error() {
    let http_error = |status, body: &[u8]| ApiError::from_response(status, body).unwrap().unwrap();
    let err = http_error(502, b"<html><body>502 Bad Gateway</body></html>\n");
    assert_eq!(err.code(), tencent_errors_core::Code::Api3("ClientError.HttpStatusCodeError"));
    assert_eq!(err.http_status(), Some(502));
    assert_eq!(err.message(), "HTTP status 502, body: <html><body>502 Bad Gateway</body></html>");
    assert_eq!(http_error(504, b"").message(), "HTTP status 504, empty body");
    // A success body under an error status is not a success.
    let err = http_error(404, br#"{"Response":{"RequestId":"r-1"}}"#);
    assert_eq!(err.code(), tencent_errors_core::Code::Api3("ClientError.HttpStatusCodeError"));
    // Invalid UTF-8 is replaced, and a long body is cut, whatever its size.
    let err = http_error(500, b"\xff\xfe oops");
    assert_eq!(err.message(), "HTTP status 500, body: \u{fffd}\u{fffd} oops");
    let huge = "界".repeat(10_000_000);
    let err = http_error(500, huge.as_bytes());
    assert!(err.message().ends_with("..."), "{}", err.message().len());
    assert_eq!(err.message().chars().filter(|&c| c == '界').count(), ApiError::BODY_SNIPPET_CHARS);
    assert_eq!(err.retry(), tencent_errors_core::Retry::Transient);
}

#[test]
fn network_failures_are_transient() {
    let err = ApiError::network("connection refused (os error 111)");
    assert_eq!(err.code(), tencent_errors_core::Code::Api3("ClientError.NetworkError"));
    assert_eq!(err.retry(), tencent_errors_core::Retry::Transient);
    assert!(err.entry().is_some(), "a client-side code of the catalog");
}
