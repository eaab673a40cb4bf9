use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "vood")]
enum E {
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
}

fn main() {
    let error = ApiError::new(tencent_errors::Code::Api3("InternalError"), "no");
    let typed = E::try_from(error).unwrap();
    let _ = typed.code();
    let _: ApiError = typed.into();
}
