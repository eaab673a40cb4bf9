use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(crate = "")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
