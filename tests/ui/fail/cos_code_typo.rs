use tencent_errors::{ApiError, TencentError, tc_code};

#[derive(Debug, TencentError)]
#[tencent(product = "cos")]
enum E {
    #[tencent(code = "NoSuchBuckt")]
    NoBucket(ApiError),
    // Close to API 3.0's `InternalError.DbError` too: only COS codes are proposed.
    #[tencent(code = "InternalErorr")]
    Internal(ApiError),
    #[tencent(code = "NoSuchKey")]
    NoKey,
}

fn main() {
    let _ = tc_code!("SlowDwon", product = "cos");
}
