use tencent_errors::tc_code;

fn main() {
    let _ = tc_code!(4100.0);
}
