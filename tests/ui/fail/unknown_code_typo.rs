use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "AuthFailure.SignatureFailur")]
    BadSignature,
}

fn main() {}
