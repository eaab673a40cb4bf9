use tencent_errors::TencentError;

const INTERNAL: &str = "InternalError";

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = INTERNAL)]
    Internal,
}

fn main() {
    let _ = INTERNAL;
}
