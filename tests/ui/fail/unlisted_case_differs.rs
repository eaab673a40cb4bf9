use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum E {
    #[tencent(code = "authfailure.signaturefailure", unlisted)]
    Common,
    #[tencent(code = "FailedOperation.ClassNoFOUND", unlisted)]
    Vod,
}

fn main() {}
