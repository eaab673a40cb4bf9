use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "vood")]
enum E {
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
}

fn main() {}
