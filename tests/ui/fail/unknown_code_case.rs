use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "authfailure.signaturefailure")]
    BadSignature,
}

fn main() {}
