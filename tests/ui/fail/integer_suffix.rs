use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = 4100u32)]
    BadSignature,
}

fn main() {}
