use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(product = "cvm")]
enum OutOfProduct {
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound,
    #[tencent(code = "InvalidInstanceState.Terminating")]
    Unknown,
}

#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos")]
enum OutOfAction {
    #[tencent(code = "FailedOperation.ClassNoFound")]
    ClassNotFound,
}

fn main() {}
