use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code, display = "internal")]
    Internal,
}

fn main() {}
