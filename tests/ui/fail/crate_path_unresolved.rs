use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(crate = "nowhere")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(other)]
    Other(ApiError),
}

fn main() {}
