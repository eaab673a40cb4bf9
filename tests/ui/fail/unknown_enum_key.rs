use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(prodct = "vod")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
