use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "4100")]
    Auth(ApiError),
}

fn main() {}
