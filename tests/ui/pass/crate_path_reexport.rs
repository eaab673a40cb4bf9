mod reexport {
    pub use tencent_errors as te;
}

use reexport::te::TencentError as _;

#[derive(Debug, reexport::te::TencentError)]
#[tencent(crate = "reexport::te", product = "vod")]
enum E {
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(reexport::te::ApiError),
    #[tencent(code = 4100)]
    BadSignature,
    #[tencent(other)]
    Other(reexport::te::ApiError),
}

fn main() {
    use reexport::te::{ApiError, Code};
    let error = E::from(ApiError::new(Code::Api3("ResourceNotFound.FileNotExist"), "gone"));
    assert!(matches!(error, E::FileNotFound(_)));
    assert_eq!(E::BadSignature.code(), Code::Legacy(4100));
    let code = reexport::te::tc_code!(4100, crate = "reexport::te");
    assert_eq!(code, Code::Legacy(4100));
}
