use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum E {
    #[tencent(code = "InternalError", unlisted)]
    Internal,
}

fn main() {}
