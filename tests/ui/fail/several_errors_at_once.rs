use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "vood", lang = "fr")]
enum E {
    #[tencent(code = "AuthFailure.SignatureFailur")]
    BadSignature,
    #[tencent(code = 4100.0, display = "{missing}")]
    Legacy,
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled,
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(code = "InternalError")]
    AgainInternal,
    Forgotten,
    #[tencent(other)]
    Other(ApiError),
    #[tencent(other)]
    Rest(String),
}

fn main() {}
