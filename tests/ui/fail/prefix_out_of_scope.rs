use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "ResourceNotFound.KeyPairNotFound")]
    NoKeyPair(ApiError),
}

fn main() {}
