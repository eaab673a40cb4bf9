use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos")]
enum E {
    #[tencent(code = "FailedOperation.InvalidVodUser", unlisted)]
    NotActivated,
    // Outside the action's list: fine.
    #[tencent(code = "FailedOperation.ClassNoFound", unlisted)]
    ClassNotFound,
}

fn main() {}
