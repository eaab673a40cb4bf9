use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(crate = "not a path")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
