use tencent_errors::{ApiError, TencentError};

// Prefixes cover most codes, but not all; `other` does not count.
#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos", exhaustive)]
enum E {
    #[tencent(code = "FailedOperation.InvalidVodUser")]
    NotActivated,
    #[tencent(prefix = "InvalidParameterValue")]
    BadParameter(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

fn main() {}
