use tencent_errors::tc_code;

const INTERNAL: &str = "InternalError";

fn main() {
    let _ = (INTERNAL, tc_code!(INTERNAL));
}
