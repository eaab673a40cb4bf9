use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = 4242)]
    Unknown,
}

fn main() {}
