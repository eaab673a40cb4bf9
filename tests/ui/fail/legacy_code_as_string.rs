use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "4100")]
    BadSignature,
}

fn main() {}
