use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfo")]
enum E {
    #[tencent(code = "FailedOperation.InvalidVodUser")]
    NotActivated,
}

fn main() {}
