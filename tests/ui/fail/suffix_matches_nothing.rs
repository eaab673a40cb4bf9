use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "cam")]
enum Cam {
    #[tencent(suffix = "NameInUze")]
    Typo(ApiError),
    #[tencent(suffix = "nameinuse")]
    Case(ApiError),
    #[tencent(suffix = "InvalidParameter.GroupNameInUse")]
    Dotted(ApiError),
    #[tencent(suffix = "")]
    Empty(ApiError),
    #[tencent(suffix = "Name-InUse")]
    Dash(ApiError),
    #[tencent(suffix = "NameInUse")]
    Unit,
    #[tencent(suffix = "GroupNameInUse")]
    First(ApiError),
    #[tencent(suffix = "GroupNameInUse")]
    Again(ApiError),
}

#[derive(Debug, TencentError)]
enum NoProduct {
    #[tencent(suffix = "NameInUse")]
    InUse(ApiError),
    #[tencent(other, suffix = "NotExist")]
    Other(ApiError),
}

fn main() {}
