use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", product = "vod")]
    Internal,
}

fn main() {}
