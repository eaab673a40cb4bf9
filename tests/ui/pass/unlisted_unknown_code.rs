//! `unlisted` on codes the catalog does not list for the type: in no table, of another
//! product, outside the declared action's list; `suffix` beside them.
use tencent_errors::{ApiError, Code, TencentError};

#[derive(Debug, TencentError)]
enum Cvm {
    #[tencent(code = "InvalidInstanceState.Terminating", unlisted)]
    Terminating,
    #[tencent(code = "InvalidInstanceState", unlisted)]
    InvalidState(ApiError),
    #[tencent(code = 123_456, unlisted)]
    Legacy,
    #[tencent(other)]
    Other(ApiError),
}

#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos")]
enum Media {
    #[tencent(code = "FailedOperation.ClassNoFound", unlisted)]
    ClassNotFound,
    #[tencent(suffix = "VodUser")]
    VodUser(ApiError),
}

fn main() {
    assert_eq!(Cvm::Terminating.to_string(), "InvalidInstanceState.Terminating");
    assert_eq!(Cvm::Terminating.code(), Code::Api3("InvalidInstanceState.Terminating"));
    let state = Cvm::from(ApiError::new(Code::Api3("InvalidInstanceState"), "the state is wrong"));
    assert_eq!(state.to_string(), "the state is wrong");
    assert!(matches!(Cvm::from(ApiError::new(Code::Legacy(123_456), "")), Cvm::Legacy));
    assert!(matches!(Media::try_from(ApiError::new(Code::Api3("FailedOperation.InvalidVodUser"), "")), Ok(Media::VodUser(_))));
    assert_eq!(Media::ClassNotFound.code(), Code::Api3("FailedOperation.ClassNoFound"));
}
