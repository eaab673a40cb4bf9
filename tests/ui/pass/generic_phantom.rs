use std::marker::PhantomData;

use tencent_errors::{ApiError, Code, TencentError};

#[derive(Debug)]
struct NotDebugFree;

#[derive(TencentError)]
enum E<T> {
    #[tencent(code = 4100)]
    BadSignature(PhantomData<T>),
    #[tencent(other)]
    Other(ApiError, PhantomData<fn() -> T>),
}

impl<T> std::fmt::Debug for E<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("E")
    }
}

fn main() {
    let error: E<NotDebugFree> = E::from(ApiError::new(Code::Legacy(4100), "鉴权失败"));
    assert!(matches!(error, E::BadSignature(_)));
    assert_eq!(error.code(), Code::Legacy(4100));
    assert_eq!(error.to_string(), "Authentication failed");
    let other: E<String> = ApiError::new(Code::Api3("InternalError"), "boom").into();
    assert!(matches!(other, E::Other(..)));
}
