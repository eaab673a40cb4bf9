// Local items named like the std and tencent_errors items the generated code uses: the
// expansion must refer to everything by absolute path.
#![allow(dead_code)]

use ::tencent_errors::TencentError;

struct Result;
struct Option;
struct Some;
struct None;
struct Ok;
struct Err;
struct Code;
struct ApiError;
struct Retry;
struct Box;
struct String;
struct Display;
struct Formatter;
trait From {}
trait TryFrom {}
trait Error {}
mod core {}
mod std {}
mod tencent_errors {}

#[derive(Debug, TencentError)]
#[tencent(crate = "::tencent_errors")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(code = -514, display = "exists: {0}")]
    AlreadyExists(::tencent_errors::ApiError),
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled(::tencent_errors::ApiError),
    #[tencent(other)]
    Other(::tencent_errors::ApiError),
}

#[derive(Debug, ::tencent_errors::TencentError)]
#[tencent(code = 4100)]
struct BadSignature;

fn main() {
    let error = E::from(::tencent_errors::ApiError::new(::tencent_errors::Code::Legacy(-514), "x"));
    assert!(matches!(error, E::AlreadyExists(_)));
    assert_eq!(error.to_string(), format!("exists: {}", ::tencent_errors::ApiError::new(::tencent_errors::Code::Legacy(-514), "x")));
    assert_eq!(E::Internal.code(), ::tencent_errors::Code::Api3("InternalError"));
    assert_eq!(BadSignature.code(), ::tencent_errors::tc_code!(4100));
}
