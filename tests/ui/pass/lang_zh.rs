use tencent_errors::{ApiError, Code, Lang, TencentError, catalog};

#[derive(Debug, TencentError)]
#[tencent(lang = "zh", product = "vod")]
enum E {
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
    #[tencent(code = 4100)]
    BadSignature,
}

fn main() {
    let internal = catalog::lookup(Code::Api3("InternalError")).unwrap().message(Lang::Zh);
    assert_eq!(E::Internal.to_string(), internal);
    let legacy = catalog::lookup(Code::Legacy(4100)).unwrap().message(Lang::Zh);
    assert_eq!(E::BadSignature.to_string(), legacy);
    let file = catalog::lookup_in("vod", Code::Api3("ResourceNotFound.FileNotExist")).unwrap().message(Lang::Zh);
    let error = E::try_from(ApiError::new(Code::Api3("ResourceNotFound.FileNotExist"), "x")).unwrap();
    assert_eq!(error.to_string(), file);
    let back: ApiError = E::Internal.into();
    assert_eq!(back.message(), internal);
}
