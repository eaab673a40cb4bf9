use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = 'I')]
    Internal,
}

fn main() {}
