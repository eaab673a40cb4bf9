use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = -514, code = -514)]
    AlreadyExists,
}

fn main() {}
