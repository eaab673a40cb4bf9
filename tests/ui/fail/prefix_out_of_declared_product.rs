use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum E {
    #[tencent(prefix = "ResourceNotFound.KeyPairNotFound")]
    NoKeyPair(ApiError),
}

fn main() {}
