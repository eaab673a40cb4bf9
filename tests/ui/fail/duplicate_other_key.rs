use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(other, other)]
    Other(ApiError),
}

fn main() {}
