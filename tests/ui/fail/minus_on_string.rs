use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = -"InternalError")]
    Internal,
}

fn main() {}
