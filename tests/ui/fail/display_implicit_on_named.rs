use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", display = "internal: {}")]
    Internal { source: ApiError },
}

fn main() {}
