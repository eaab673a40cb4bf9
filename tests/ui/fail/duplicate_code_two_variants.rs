use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(code = "InternalError")]
    AlsoInternal,
}

fn main() {}
