use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(other)]
    Other(ApiError),
    #[tencent(other)]
    Rest(ApiError),
}

fn main() {}
