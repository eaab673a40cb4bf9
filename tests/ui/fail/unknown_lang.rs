use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(lang = "fr")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
