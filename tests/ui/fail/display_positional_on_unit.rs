use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", display = "internal: {0}")]
    Internal,
}

fn main() {}
