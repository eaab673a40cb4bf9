use tencent_errors::{ApiError, TencentError};

// The variant also has a valid rule: with only the bad one, the derive adds a second,
// misleading error ("variant `...` has no error code"); a known issue, see tests/ui.rs.
#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "RequestLimitExceeded", other = true)]
    Other(ApiError),
}

fn main() {}
