use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "AuthFailure.SignatureFailur")]
    BadSignature,
    #[tencent(other)]
    Other(ApiError),
}

fn call() -> Result<(), ApiError> {
    Err(ApiError::new(tencent_errors::Code::Legacy(4100), "no"))
}

fn run() -> Result<(), E> {
    call()?;
    Ok(())
}

fn main() {
    let error = E::from(ApiError::new(tencent_errors::Code::Legacy(4100), "no"));
    let _ = error.code();
    let _ = error.request_id();
    let _ = error.is_retryable();
    let _ = error.to_string();
    let back: ApiError = error.into();
    let _: Box<dyn std::error::Error> = Box::new(E::BadSignature);
    let _ = (back, run());
}
