use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = b"InternalError")]
    Internal,
}

fn main() {}
