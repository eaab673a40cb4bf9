//! `action_error!` through a re-export of the facade: `crate = "..."` names it, as for the
//! derive, and the generated variants hold the re-exported `ApiError`.
mod reexport {
    pub use tencent_errors as te;
}

use reexport::te::TencentError as _;

reexport::te::action_error!(
    /// The errors of `vod` `DescribeMediaInfos`.
    #[tencent(crate = "reexport::te")]
    pub enum MediaInfoError = vod::DescribeMediaInfos;
);

fn main() {
    use reexport::te::{ApiError, Code};
    let error = MediaInfoError::from(ApiError::new(Code::Api3("FailedOperation.InvalidVodUser"), "no vod"));
    assert!(matches!(error, MediaInfoError::FailedOperationInvalidVodUser(_)));
    assert_eq!(error.code(), Code::Api3("FailedOperation.InvalidVodUser"));
}
