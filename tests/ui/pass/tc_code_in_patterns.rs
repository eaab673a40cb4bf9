use tencent_errors::{ApiError, Code, tc_code};

fn advice(error: &ApiError) -> &'static str {
    match error.code() {
        tc_code!("AuthFailure.SignatureFailure") | tc_code!(4100) => "check the secret key",
        tc_code!(-514) => "it is already there",
        tc_code!("ResourceNotFound.FileNotExist", product = "vod") => "upload it first",
        _ => "see the message",
    }
}

fn main() {
    assert_eq!(advice(&ApiError::new(Code::Legacy(4100), "鉴权失败")), "check the secret key");
    assert_eq!(advice(&ApiError::new(Code::Api3("AuthFailure.SignatureFailure"), "x")), "check the secret key");
    assert_eq!(advice(&ApiError::new(Code::Legacy(-514), "x")), "it is already there");
    assert_eq!(advice(&ApiError::new(Code::Api3("ResourceNotFound.FileNotExist"), "x")), "upload it first");
    assert_eq!(advice(&ApiError::new(Code::Api3("InternalError"), "x")), "see the message");
    assert!(matches!(Code::Legacy(-514), tc_code!(4100) | tc_code!(-514)));
}
