use tencent_errors::{Code, tc_code};

const NOT_FOUND: Code<'static> = tc_code!("ResourceNotFound.FileNotExist", product = "vod");

fn main() {
    assert_eq!(NOT_FOUND, Code::Api3("ResourceNotFound.FileNotExist"));
    // Common and legacy codes are accepted whatever product is named, and so are trailing commas.
    assert_eq!(tc_code!("InternalError", product = "vod",), Code::Api3("InternalError"));
    assert_eq!(tc_code!(4100, product = "cvm"), Code::Legacy(4100));
    assert_eq!(
        tc_code!("ResourceNotFound.KeyPairNotFound", product = "vod", product = "cvm"),
        Code::Api3("ResourceNotFound.KeyPairNotFound")
    );
}
