use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
#[tencent(lang = "zh", lang = "en")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
