use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError")]
    #[tencent]
    Internal,
}

fn main() {}
