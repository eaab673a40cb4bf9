use tencent_errors::{Code, tc_code};

const SIGNATURE: Code<'static> = tc_code!("AuthFailure.SignatureFailur");

fn main() {
    let _ = SIGNATURE;
}
