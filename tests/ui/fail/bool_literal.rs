use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = true)]
    BadSignature,
}

fn main() {}
