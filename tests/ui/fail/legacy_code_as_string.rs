use tencent_errors::TencentError;

// The variant also has a valid code: with only the bad one, the derive adds a second,
// misleading error ("variant `...` has no error code"); a known issue, see tests/ui.rs.
#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "AuthFailure.SignatureFailure", code = "4100")]
    BadSignature,
}

fn main() {}
