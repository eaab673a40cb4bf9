use tencent_errors::TencentError;

type Carried = tencent_errors::ApiError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError")]
    Internal(Carried),
}

fn main() {}
