use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = 4294967296)]
    Huge,
}

fn main() {}
