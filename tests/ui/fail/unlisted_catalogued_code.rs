use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum E {
    // Documented by `vod`.
    #[tencent(code = "FailedOperation.ClassNoFound", unlisted)]
    ClassNotFound,
    // A common code.
    #[tencent(code = "AuthFailure.SignatureFailure", unlisted)]
    Signature,
    // A legacy code.
    #[tencent(code = 4100, unlisted)]
    Legacy,
    // One code needs the marker, the other does not.
    #[tencent(code = "InvalidInstanceState.Terminating", code = "ResourceNotFound.FileNotExist", unlisted)]
    Mixed(ApiError),
}

fn main() {}
