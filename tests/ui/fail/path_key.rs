use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", tencent::display = "internal")]
    Internal,
}

fn main() {}
