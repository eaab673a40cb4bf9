//! `Serialize` and `Deserialize` for `Code` and `ApiError` (feature `serde`).
#![cfg(feature = "serde")]

use serde::Deserialize;
use tencent_errors_core::{ApiError, Code};

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serializes")
}

fn samples() -> Vec<ApiError> {
    vec![
        ApiError::new(Code::Api3("AuthFailure.SignatureFailure"), "The provided credentials could not be validated."),
        ApiError::new(Code::Api3("InternalError"), "say \"hi\"\n\u{1}").with_request_id("r-1"),
        ApiError::new(Code::Api3("InternalError"), "").with_code_desc("Desc").with_request_id("r-2"),
        ApiError::new(Code::Legacy(4100), "鉴权失败"),
        ApiError::new(Code::Legacy(4100), "鉴权失败").with_code_desc("AuthFailure").with_request_id("r-3"),
        ApiError::new(Code::Legacy(-514), "(-514) Resource already exists").with_request_id("r-4"),
        ApiError::new(Code::Legacy(0), "zero").with_code_desc("Zero").with_request_id("r-5"),
        ApiError::new(Code::Legacy(i32::MIN), "min"),
        ApiError::new(Code::Api3("007"), "not an integer code"),
    ]
}

#[test]
fn code_round_trips() {
    for code in
        [Code::Legacy(4100), Code::Legacy(-514), Code::Legacy(0), Code::Legacy(i32::MAX), Code::Legacy(i32::MIN)]
    {
        let text = json(&code);
        assert_eq!(text, code.to_string());
        assert_eq!(serde_json::from_str::<Code<'_>>(&text).unwrap(), code);
    }
    for code in [Code::Api3("AuthFailure.SignatureFailure"), Code::Api3("鉴权失败"), Code::Api3("007"), Code::Api3("")]
    {
        let text = json(&code);
        assert_eq!(text, format!("\"{code}\""));
        assert_eq!(serde_json::from_str::<Code<'_>>(&text).unwrap(), code);
    }
}

#[test]
fn code_borrows_from_the_input() {
    let input = String::from(r#""InvalidParameter.Malformed""#);
    let code: Code<'_> = serde_json::from_str(&input).unwrap();
    let text = code.as_api3().unwrap();
    // The code's text lies inside the input buffer: nothing was copied.
    let range = input.as_bytes().as_ptr_range();
    assert!(range.contains(&text.as_ptr()));
}

#[test]
fn code_string_holding_an_integer_is_legacy() {
    assert_eq!(serde_json::from_str::<Code<'_>>(r#""4100""#).unwrap(), Code::Legacy(4100));
    assert_eq!(serde_json::from_str::<Code<'_>>(r#""-514""#).unwrap(), Code::Legacy(-514));
    // Consistent with `ApiError::new`, which stores such a code the same way.
    assert_eq!(ApiError::new(Code::Api3("4100"), "").code(), Code::Legacy(4100));
    // Non-canonical integers stay strings, as with `Code::parse`.
    assert_eq!(serde_json::from_str::<Code<'_>>(r#""+5""#).unwrap(), Code::Api3("+5"));
    // An integer needs no borrow, so an escaped one reads too.
    assert_eq!(serde_json::from_str::<Code<'_>>(r#""\u0034100""#).unwrap(), Code::Legacy(4100));
}

#[test]
fn code_that_cannot_be_borrowed_is_a_clear_error() {
    let err = serde_json::from_str::<Code<'_>>(r#""Internal\u0045rror""#).unwrap_err();
    let message = err.to_string();
    assert!(message.starts_with("cannot borrow the code \"InternalError\" from the input"), "{message}");
    assert!(message.contains("Code::parse"), "{message}");

    // An owned `Value` gives its strings away rather than lending them...
    let err = Code::deserialize(serde_json::json!("InternalError")).unwrap_err();
    assert!(err.to_string().starts_with("cannot borrow the code"), "{err}");
    // ... but integers still read, and a borrowed `Value` lends.
    assert_eq!(Code::deserialize(serde_json::json!("4100")).unwrap(), Code::Legacy(4100));
    let value = serde_json::json!("InternalError");
    assert_eq!(Code::deserialize(&value).unwrap(), Code::Api3("InternalError"));
}

#[test]
fn code_wrong_types_are_errors() {
    for (input, expected) in [
        ("true", "invalid type: boolean `true`"),
        ("null", "invalid type: null"),
        ("1.5", "invalid type: floating point `1.5`"),
        ("[]", "invalid type: sequence"),
        ("4294967296", "invalid value: integer `4294967296`"),
        ("-2147483649", "invalid value: integer `-2147483649`"),
    ] {
        let err = serde_json::from_str::<Code<'_>>(input).unwrap_err().to_string();
        assert!(err.starts_with(expected), "{input}: {err}");
        assert!(err.contains("expected a 32-bit integer or a string borrowed from the input"), "{input}: {err}");
    }
}

#[test]
#[cfg(feature = "json")]
fn api_error_serializes_as_to_body() {
    for err in samples() {
        assert_eq!(json(&err), err.to_body(), "{err:?}");
    }
}

#[test]
fn api_error_shapes() {
    let err = ApiError::new(Code::Api3("InternalError"), "oops").with_code_desc("D").with_request_id("r-1");
    assert_eq!(
        json(&err),
        r#"{"Response":{"Error":{"Code":"InternalError","Message":"oops","CodeDesc":"D"},"RequestId":"r-1"}}"#
    );
    let err = ApiError::new(Code::Legacy(4100), "x").with_code_desc("AuthFailure").with_request_id("r-1");
    assert_eq!(json(&err), r#"{"code":4100,"message":"x","codeDesc":"AuthFailure","requestId":"r-1"}"#);
    // API 2.0 reserves code 0 for success, so legacy 0 takes the API 3.0 shape.
    let err = ApiError::new(Code::Legacy(0), "zero");
    assert_eq!(json(&err), r#"{"Response":{"Error":{"Code":"0","Message":"zero"}}}"#);
}

#[test]
fn api_error_round_trips() {
    for err in samples() {
        let text = json(&err);
        let back: ApiError = serde_json::from_str(&text).unwrap();
        assert_eq!(back, err, "{text}");
        assert_eq!(back.code(), err.code());
        assert_eq!(back.request_id(), err.request_id());
        assert_eq!(back.code_desc(), err.code_desc());
        // Through a value too: a deserializer that owns every string.
        let value = serde_json::to_value(&err).unwrap();
        assert_eq!(serde_json::from_value::<ApiError>(value).unwrap(), err, "{text}");
    }
}

#[test]
#[cfg(feature = "json")]
fn api_error_reads_what_from_body_reads() {
    let bodies = [
        r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad"},"RequestId":"r"}}"#,
        r#"{"Response":{"Error":{"Code":"InternalError"},"Extra":[1,{"a":null}]}}"#,
        r#"{"code":"4100","message":"鉴权失败","codeDesc":"AuthFailure","requestId":null}"#,
        r#"{"code":-514,"message":"(-514) exists","ignored":true}"#,
        r#"{"Response":{"Error":{"Code":"0","Message":"zero"}}}"#,
    ];
    for body in bodies {
        let expected = ApiError::from_body(body.as_bytes()).unwrap().unwrap();
        assert_eq!(serde_json::from_str::<ApiError>(body).unwrap(), expected, "{body}");
    }
}

#[test]
fn api_error_deserialization_errors() {
    for (body, expected) in [
        (r#"{"Response":{"RequestId":"r-1"}}"#, "a success response holds no error"),
        (r#"{"Response":{"Error":null}}"#, "a success response holds no error"),
        (r#"{"code":0,"message":"ok"}"#, "a success response holds no error"),
        (r#"{"code":true}"#, "invalid type: boolean `true`, expected a string or integer"),
        (r#"{"code":"abc"}"#, "invalid value: string \"abc\", expected a 32-bit integer"),
        (r#"{"Response":{"Error":{"Code":5}}}"#, "invalid type: integer `5`, expected a string"),
        (r#"{"Response":{"Error":{"Message":"no code"}}}"#, "missing field `Code`"),
        (r#"{"Response":{"Error":{"Code":"X","Message":1}}}"#, "invalid type: integer `1`, expected a string"),
        (r#"{"code":4100,"code":4100}"#, "duplicate field `code`"),
        (r#"{"Response":{},"code":1}"#, "both `Response` (API 3.0) and `code` (API 2.0) at the top level"),
        (r#"{}"#, "expected a `Response` (API 3.0) or `code` (API 2.0) key"),
        (r#"[]"#, "invalid type: sequence, expected a Tencent Cloud response object"),
        (r#""InternalError""#, "invalid type: string \"InternalError\", expected a Tencent Cloud response object"),
    ] {
        let err = serde_json::from_str::<ApiError>(body).unwrap_err().to_string();
        assert!(err.starts_with(expected), "{body}: {err}");
    }
}

/// A record holding a borrowed code and an error, as an application might log them.
#[derive(Deserialize, Debug)]
struct Record<'a> {
    #[serde(borrow)]
    expected: Code<'a>,
    error: ApiError,
    #[serde(default)]
    retries: u32,
}

#[test]
fn derived_struct_with_code_and_api_error() {
    let input = r#"{
        "expected": "AuthFailure.SignatureFailure",
        "error": {"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad"},"RequestId":"r-1"}},
        "retries": 2
    }"#;
    let record: Record<'_> = serde_json::from_str(input).unwrap();
    assert_eq!(record.expected, Code::Api3("AuthFailure.SignatureFailure"));
    assert_eq!(record.error.code(), record.expected);
    assert_eq!(record.error.request_id(), Some("r-1"));
    assert_eq!(record.retries, 2);

    let input = r#"{"expected": 4100, "error": {"code": 4100, "message": "鉴权失败"}}"#;
    let record: Record<'_> = serde_json::from_str(input).unwrap();
    assert_eq!(record.expected, Code::Legacy(4100));
    assert_eq!(record.error, ApiError::new(Code::Legacy(4100), "鉴权失败"));

    // Errors inside the struct are reported at their place in the input.
    let input = r#"{"expected": "X", "error": {"code": 0}}"#;
    let err = serde_json::from_str::<Record<'_>>(input).unwrap_err();
    assert!(err.to_string().starts_with("a success response holds no error at line 1"), "{err}");
    let input = r#"{"expected": "\u0058", "error": {"code": 1}}"#;
    let err = serde_json::from_str::<Record<'_>>(input).unwrap_err();
    assert!(err.to_string().starts_with("cannot borrow the code \"X\""), "{err}");
}

#[test]
fn vec_of_errors_round_trips() {
    let errors = samples();
    let text = json(&errors);
    assert_eq!(serde_json::from_str::<Vec<ApiError>>(&text).unwrap(), errors);
}
