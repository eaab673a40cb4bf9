use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
struct E(ApiError);

fn main() {}
