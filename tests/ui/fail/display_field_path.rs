use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = -514, display = "already exists: {0.message}")]
    AlreadyExists(ApiError),
}

fn main() {}
