use tencent_errors::{ApiError, Code, Retry, TencentError, tc_code};

#[derive(Debug, TencentError)]
#[tencent(product = "cos")]
enum CosError {
    #[tencent(code = "NoSuchBucket")]
    NoBucket,
    #[tencent(code = "SlowDown")]
    SlowDown(ApiError),
    // The same spelling as API 3.0's common code, but COS's: `Code::Cos("InternalError")`.
    #[tencent(code = "InternalError")]
    Internal(ApiError),
    // The COS page gives this code no text: `Display` shows the code.
    #[tencent(code = "KmsInternalException")]
    Kms,
    #[tencent(code = "BucketGone", unlisted)]
    Gone,
    #[tencent(prefix = "NoSuch")]
    Missing { source: ApiError },
    #[tencent(suffix = "AlreadyExists")]
    Exists(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

fn from(code: Code<'_>) -> CosError {
    CosError::from(ApiError::new(code, "server text"))
}

fn main() {
    assert!(matches!(from(Code::Cos("NoSuchBucket")), CosError::NoBucket));
    assert!(matches!(from(Code::Cos("NoSuchKey")), CosError::Missing { .. }));
    assert!(matches!(from(Code::Cos("NoSuchUpload")), CosError::Missing { .. }));
    assert!(matches!(from(Code::Cos("InternalError")), CosError::Internal(_)));
    // API 3.0 codes of the same spellings are not COS's.
    assert!(matches!(from(Code::Api3("InternalError")), CosError::Other(_)));
    assert!(matches!(from(Code::Api3("NoSuchKey")), CosError::Other(_)));
    assert!(matches!(from(Code::Cos("BucketGone")), CosError::Gone));
    assert!(matches!(from(Code::Cos("BucketAlreadyExists")), CosError::Exists(_)));
    assert!(matches!(from(Code::Api3("ResourceInUse.AlreadyExists")), CosError::Other(_)));

    assert_eq!(CosError::NoBucket.to_string(), "The specified Bucket does not exist");
    assert_eq!(CosError::NoBucket.code(), Code::Cos("NoSuchBucket"));
    assert_eq!(CosError::NoBucket.code(), tc_code!("NoSuchBucket", product = "cos"));
    assert_eq!(CosError::Kms.to_string(), "KmsInternalException");
    assert_eq!(CosError::Kms.retry(), Retry::Transient);
    assert_eq!(from(Code::Cos("SlowDown")).retry(), Retry::Throttling);
    assert_eq!(from(Code::Cos("InternalError")).retry(), Retry::Transient);
    assert_eq!(CosError::NoBucket.retry(), Retry::Never);
    let back = ApiError::from(CosError::NoBucket);
    assert_eq!(back.code(), Code::Cos("NoSuchBucket"));
    assert_eq!(back.message(), "The specified Bucket does not exist");
    assert_eq!(ApiError::from(CosError::Kms).message(), "KmsInternalException");
}
