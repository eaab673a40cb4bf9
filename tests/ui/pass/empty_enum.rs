use tencent_errors::{ApiError, Code, TencentError};

#[derive(Debug, TencentError)]
enum Never {}

fn main() {
    let error = ApiError::new(Code::Api3("InternalError"), "boom");
    assert_eq!(Never::try_from(error.clone()).unwrap_err(), error);
    fn _uses(never: Never) -> (Code<'static>, ApiError) {
        let code = match never.code() {
            _ => Code::Legacy(0),
        };
        (code, never.into())
    }
}
