use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = 4101)]
    BadSignature,
}

fn main() {}
