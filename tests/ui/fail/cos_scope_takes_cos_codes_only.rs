use tencent_errors::{ApiError, TencentError, tc_code};

#[derive(Debug, TencentError)]
#[tencent(product = "cos")]
enum E {
    #[tencent(code = "AuthFailure.SignatureFailure")]
    BadSignature,
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound,
    #[tencent(code = 4100)]
    Legacy,
    #[tencent(code = "NoSuchBucket")]
    NoBucket(ApiError),
}

#[derive(Debug, TencentError)]
#[tencent(product = "cos", product = "vod")]
enum Mixed {
    #[tencent(code = "NoSuchBucket")]
    NoBucket(ApiError),
}

fn main() {
    let _ = tc_code!("RequestLimitExceeded", product = "cos");
}
