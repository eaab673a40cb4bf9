use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(code = "InternalError")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
