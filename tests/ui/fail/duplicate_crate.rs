use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(crate = "::tencent_errors", crate = "tencent_errors")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
