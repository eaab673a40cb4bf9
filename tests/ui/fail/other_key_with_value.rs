use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(other = true)]
    Other(ApiError),
}

fn main() {}
