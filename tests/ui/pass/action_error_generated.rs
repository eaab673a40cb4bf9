//! `action_error!` for the largest action, with a collision in generated names, and a
//! hand-written enum checked `exhaustive`ly against an action.
use tencent_errors::{ApiError, Code, TencentError, action_error};

action_error!(
    /// 170 variants.
    #[derive(Clone)]
    pub enum RunInstancesError = cvm::RunInstances;
);
action_error!(enum ScalingGroupsError = as::DescribeAutoScalingGroups);

#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos", exhaustive)]
enum MediaInfoError {
    #[tencent(prefix = "FailedOperation", prefix = "InternalError", prefix = "InvalidParameter")]
    #[tencent(prefix = "InvalidParameterValue", prefix = "ResourceNotFound", prefix = "UnauthorizedOperation")]
    #[tencent(prefix = "LimitExceeded")]
    Documented(ApiError),
    // A common code: in scope for every action.
    #[tencent(code = "RequestLimitExceeded.UinLimitExceeded")]
    Throttled(ApiError),
    // A `vod` code the action does not list.
    #[tencent(code = "ResourceNotFound.FileNotExist", unlisted)]
    NotFound(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

fn main() {
    let error = RunInstancesError::from(ApiError::new(Code::Api3("ResourceInsufficient.SpecifiedInstanceType"), "x"));
    assert!(matches!(error.clone(), RunInstancesError::ResourceInsufficientSpecifiedInstanceType(_)));
    let conflict = ScalingGroupsError::from(ApiError::new(Code::Api3("InvalidParameterConflict"), ""));
    assert!(matches!(conflict, ScalingGroupsError::InvalidParameterConflict2(_)));
    let media = MediaInfoError::from(ApiError::new(Code::Api3("FailedOperation.InvalidVodUser"), ""));
    assert!(matches!(media, MediaInfoError::Documented(_)));
    assert_eq!(media.code(), Code::Api3("FailedOperation.InvalidVodUser"));
}
