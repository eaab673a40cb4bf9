use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos")]
enum E {
    #[tencent(code = "InvalidParameterValue.FileId")]
    BadFileIds,
}

fn main() {}
