use tencent_errors::{ApiError, TencentError};

// `Request` is no whole leading segment; the suggestions are prefixes that are.
#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "Request")]
    Throttled(ApiError),
}

fn main() {}
