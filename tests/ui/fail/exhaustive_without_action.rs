use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(product = "vod", exhaustive)]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
