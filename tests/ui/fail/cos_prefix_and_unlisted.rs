use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "cos")]
enum E {
    #[tencent(prefix = "NoSuhc")]
    Missing(ApiError),
    #[tencent(prefix = "No.Such")]
    Dotted(ApiError),
    #[tencent(code = "No-Such-Thing", unlisted)]
    Malformed(ApiError),
    #[tencent(code = "NoSuchBucket", unlisted)]
    Listed(ApiError),
    #[tencent(code = "nosuchkey", unlisted)]
    Case(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

fn main() {}
