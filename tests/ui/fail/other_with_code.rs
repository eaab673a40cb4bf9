use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(other, code = "InternalError")]
    Other(ApiError),
}

fn main() {}
