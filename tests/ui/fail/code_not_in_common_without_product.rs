use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
}

fn main() {}
