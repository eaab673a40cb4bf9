use tencent_errors::TencentError;

#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled,
}

fn main() {}
