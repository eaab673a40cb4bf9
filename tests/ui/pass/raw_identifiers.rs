use tencent_errors::{ApiError, Code, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InvalidParameter", display = "bad {r#type}")]
    r#type { r#type: ApiError },
    #[tencent(code = "InternalError", display = "internal: {match}")]
    r#match { r#match: ApiError },
}

fn main() {
    let error = E::try_from(ApiError::new(Code::Api3("InvalidParameter"), "x")).unwrap();
    assert!(matches!(error, E::r#type { .. }));
    assert!(error.to_string().starts_with("bad "));
    let error = E::try_from(ApiError::new(Code::Api3("InternalError"), "y")).unwrap();
    assert!(matches!(error, E::r#match { .. }));
    assert!(error.to_string().starts_with("internal: "));
}
