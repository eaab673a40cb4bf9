use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "cvm")]
enum E {
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
}

fn main() {}
