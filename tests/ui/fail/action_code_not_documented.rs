use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos")]
enum E {
    #[tencent(code = "FailedOperation.InvalidVodUser")]
    NotActivated,
    // A vod code, but not one DescribeMediaInfos documents.
    #[tencent(code = "FailedOperation.ClassNoFound")]
    NoClass,
}

fn main() {}
