use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", display = 42)]
    Internal,
}

fn main() {}
