use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(code = "InvalidParameter" display = "bad parameter")]
    Invalid,
}

fn main() {}
