use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(action = "DescribeMediaInfos")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
