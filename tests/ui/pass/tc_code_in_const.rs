use tencent_errors::{Code, tc_code};

const SIGNATURE: Code<'static> = tc_code!("AuthFailure.SignatureFailure");
const ALREADY_EXISTS: Code<'static> = tc_code!(-514);
static AUTH: Code<'static> = tc_code!(4100);
const CODES: [Code<'static>; 2] = [tc_code!("InternalError"), tc_code!(-502)];

fn main() {
    assert_eq!(SIGNATURE, Code::Api3("AuthFailure.SignatureFailure"));
    assert_eq!(ALREADY_EXISTS, Code::Legacy(-514));
    assert_eq!(AUTH, Code::Legacy(4100));
    assert_eq!(CODES, [Code::Api3("InternalError"), Code::Legacy(-502)]);
}
