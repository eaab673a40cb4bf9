use std::fmt::Debug;
use std::marker::PhantomData;

use tencent_errors::{ApiError, Code, TencentError};

#[derive(Debug, TencentError)]
enum E<'a, T: Debug + 'a, const N: usize>
where
    T: Clone,
{
    #[tencent(code = "InternalError")]
    Internal(PhantomData<&'a T>),
    #[tencent(other)]
    Other(ApiError, PhantomData<[u8; N]>),
}

fn main() {
    let error: E<'_, String, 4> = E::from(ApiError::new(Code::Api3("InternalError"), "boom"));
    assert!(matches!(error, E::Internal(_)));
    assert_eq!(error.code(), Code::Api3("InternalError"));
    let back: ApiError = error.into();
    assert_eq!(back.code(), Code::Api3("InternalError"));
    let boxed: Box<dyn std::error::Error> = Box::new(E::<'static, u8, 0>::from(back));
    assert_eq!(boxed.to_string(), "Internal error");
}
