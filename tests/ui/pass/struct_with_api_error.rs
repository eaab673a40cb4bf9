use tencent_errors::{ApiError, Code, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "vod", code = "ResourceNotFound.FileNotExist")]
struct FileNotFound(ApiError);

fn main() {
    let error = ApiError::new(Code::Api3("ResourceNotFound.FileNotExist"), "file 5285 not found")
        .with_request_id("6f1c4b0e");
    let typed = FileNotFound::try_from(error.clone()).unwrap();
    assert_eq!(typed.code(), Code::Api3("ResourceNotFound.FileNotExist"));
    assert_eq!(typed.request_id(), Some("6f1c4b0e"));
    assert_eq!(typed.to_string(), "Resource does not exist: The file does not exist.");
    assert!(std::error::Error::source(&typed).is_some());
    let back: ApiError = typed.into();
    assert_eq!(back, error);
}
