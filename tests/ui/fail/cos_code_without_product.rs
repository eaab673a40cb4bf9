use tencent_errors::{ApiError, TencentError, tc_code};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "NoSuchBucket")]
    NoBucket(ApiError),
    // Both COS and API 3.0 have it: without `product = "cos"` it is the API 3.0 code, no error.
    #[tencent(code = "InternalError")]
    Internal(ApiError),
    #[tencent(prefix = "NoSuch")]
    Missing(ApiError),
}

fn main() {
    let _ = tc_code!("SlowDown");
}
