use tencent_errors::{ApiError, Code, tc_code};

const NO_BUCKET: Code<'static> = tc_code!("NoSuchBucket", product = "cos");
static SLOW_DOWN: Code<'static> = tc_code!("SlowDown", product = "cos");

fn advice(error: &ApiError) -> &'static str {
    match error.code() {
        tc_code!("NoSuchBucket", product = "cos") | tc_code!("NoSuchKey", product = "cos") => "create it first",
        tc_code!("InternalError", product = "cos") => "COS failed: retry",
        tc_code!("InternalError") => "API 3.0 failed",
        tc_code!("NoSuchThing", product = "cos", unlisted) => "unlisted",
        _ => "see the message",
    }
}

fn main() {
    assert_eq!(NO_BUCKET, Code::Cos("NoSuchBucket"));
    assert_eq!(SLOW_DOWN, Code::Cos("SlowDown"));
    let expression = tc_code!("InternalError", product = "cos");
    assert_eq!(expression, Code::Cos("InternalError"));
    assert_ne!(expression, tc_code!("InternalError"));
    assert_eq!(advice(&ApiError::new(Code::Cos("NoSuchKey"), "x")), "create it first");
    assert_eq!(advice(&ApiError::new(Code::Cos("InternalError"), "x")), "COS failed: retry");
    assert_eq!(advice(&ApiError::new(Code::Api3("InternalError"), "x")), "API 3.0 failed");
    assert_eq!(advice(&ApiError::new(Code::Api3("NoSuchBucket"), "x")), "see the message");
    assert_eq!(advice(&ApiError::new(Code::Cos("NoSuchThing"), "x")), "unlisted");
}
