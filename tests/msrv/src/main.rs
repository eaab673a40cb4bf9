//! What a user's crate does with `tencent-errors`, compiled with the minimum supported Rust
//! version: a derived enum (and one of COS codes, from an XML body), `tc_code!` in a `match`,
//! and `action_error!`. Exits non-zero when
//! a result is wrong.

use miette::Diagnostic;
use tencent_errors::{ApiError, Code, Lang, Retry, TencentError, action_error, catalog, tc_code};

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum VodError {
    #[tencent(code = "AuthFailure.SignatureFailure", code = 4100)]
    BadSignature,
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled { source: ApiError },
    #[tencent(other)]
    Other(ApiError),
}

action_error!(enum DescribeMediaInfosError = vod::DescribeMediaInfos);

#[derive(Debug, TencentError)]
#[tencent(product = "cos")]
enum CosError {
    #[tencent(code = "SlowDown")]
    SlowDown(ApiError),
    #[tencent(prefix = "NoSuch")]
    Missing(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

fn advice(code: Code<'_>) -> &'static str {
    match code {
        tc_code!("AuthFailure.SignatureFailure") | tc_code!(4100) => "check the secret key",
        tc_code!("ResourceNotFound.FileNotExist", product = "vod") => "upload it first",
        tc_code!(-514) => "it is already there",
        tc_code!("InternalError", product = "cos") => "COS failed",
        _ => "give up",
    }
}

fn main() {
    let mut failures = 0;
    let mut check = |what: &str, ok: bool| {
        println!("{} {what}", if ok { "ok  " } else { "FAIL" });
        failures += usize::from(!ok);
    };

    let body = br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Too many requests."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#;
    let parsed = ApiError::from_body(body).ok().flatten();
    check("an API 3.0 error body parses", parsed.is_some());
    if let Some(api_error) = parsed {
        let error = VodError::from(api_error);
        check("a throttled call is the prefix variant", matches!(error, VodError::Throttled { .. }));
        check("it is classed as throttling", error.retry() == Retry::Throttling);
        check("the request id is kept", error.request_id() == Some("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"));
    }

    let legacy = VodError::from(ApiError::new(Code::Legacy(4100), "bad signature"));
    check("the API 2.0 code 4100 is the unit variant", matches!(legacy, VodError::BadSignature));
    check(
        "a unit variant reports its primary code",
        TencentError::code(&legacy) == Code::Api3("AuthFailure.SignatureFailure"),
    );
    let not_found = VodError::from(ApiError::new(Code::Api3("ResourceNotFound.FileNotExist"), "x"));
    let message =
        catalog::lookup_in("vod", Code::Api3("ResourceNotFound.FileNotExist")).map(|entry| entry.message(Lang::En));
    check("Display is the catalog message", message.is_some() && Some(not_found.to_string().as_str()) == message);
    let diagnostic_code = Diagnostic::code(&legacy).map(|code| code.to_string());
    check(
        "miette's Diagnostic code is the Tencent code",
        diagnostic_code.as_deref() == Some("AuthFailure.SignatureFailure"),
    );
    check(
        "an unknown code is Other",
        matches!(VodError::from(ApiError::new(Code::Api3("X.Y"), "?")), VodError::Other(_)),
    );

    check(
        "tc_code! matches the API 3.0 code",
        advice(Code::Api3("AuthFailure.SignatureFailure")) == "check the secret key",
    );
    check("tc_code! matches a product code", advice(Code::Api3("ResourceNotFound.FileNotExist")) == "upload it first");
    check("anything else falls through", advice(Code::Api3("InternalError")) == "give up");
    check("tc_code! matches a COS code", advice(Code::Cos("InternalError")) == "COS failed");

    let xml = b"<?xml version='1.0' encoding='utf-8' ?><Error><Code>NoSuchKey</Code><Message>x</Message></Error>";
    let cos = ApiError::from_body(xml).ok().flatten().map(CosError::from);
    check("a COS XML body is the COS prefix variant", matches!(cos, Some(CosError::Missing(_))));
    let slow = CosError::from(ApiError::new(Code::Cos("SlowDown"), "Reduce your request rate"));
    check("COS SlowDown is throttling", slow.retry() == Retry::Throttling);

    let documented =
        DescribeMediaInfosError::from(ApiError::new(Code::Api3("FailedOperation.InvalidVodUser"), "no vod"));
    check(
        "action_error! has a variant per documented code",
        matches!(documented, DescribeMediaInfosError::FailedOperationInvalidVodUser(_)),
    );
    let message =
        catalog::lookup_in("vod", Code::Api3("FailedOperation.InvalidVodUser")).map(|entry| entry.message(Lang::En));
    check("its Display is the catalog message", message.is_some() && Some(documented.to_string().as_str()) == message);
    let other = DescribeMediaInfosError::from(ApiError::new(Code::Api3("AuthFailure.SignatureFailure"), "sig"));
    check("a code the action does not document is Other", matches!(other, DescribeMediaInfosError::Other(_)));

    if failures > 0 {
        eprintln!("{failures} check(s) failed");
        std::process::exit(1);
    }
    println!("all checks passed");
}
