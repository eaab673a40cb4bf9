use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", dispaly = "internal")]
    Internal,
}

fn main() {}
