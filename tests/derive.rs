//! Run-time behaviour of `#[derive(TencentError)]`: real-shaped bodies of both API versions
//! converted into derived types, every matching rule, the texts, and the round trips.

use std::error::Error as _;

use tencent_errors::{ApiError, Code, Lang, Retry, TencentError, catalog, tc_code};

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum VodError {
    #[tencent(code = "AuthFailure.SignatureFailure", code = 4100)]
    BadSignature,
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
    #[tencent(code = "LimitExceeded.TagCountReachMax", display = "too many tags: {0}")]
    TooManyTags(ApiError),
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled { source: ApiError },
    #[tencent(prefix = "RequestLimitExceeded.UinLimitExceeded", display = "this account is throttled ({source})")]
    AccountThrottled { source: ApiError },
    #[tencent(code = -514)]
    AlreadyExists(ApiError),
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(other)]
    Other(ApiError),
}

/// Without a catch-all the derive gives `TryFrom`.
#[derive(Debug, TencentError)]
enum AuthError {
    #[tencent(code = "AuthFailure.SignatureFailure")]
    Signature,
    #[tencent(code = "AuthFailure.SecretIdNotFound", code = 4300)]
    SecretId(ApiError),
}

#[derive(Debug, TencentError)]
#[tencent(code = 4100)]
struct AuthFailed;

#[derive(Debug, TencentError)]
#[tencent(code = "ResourceNotFound")]
struct NotFound(ApiError);

#[derive(Debug, TencentError)]
#[tencent(lang = "zh")]
enum Chinese {
    #[tencent(code = 4100)]
    Auth,
    #[tencent(other)]
    Other { error: ApiError },
}

fn parse(body: &str) -> ApiError {
    ApiError::from_body(body.as_bytes()).expect("well-formed").expect("an error response")
}

fn api3(code: &str, message: &str) -> ApiError {
    ApiError::new(Code::Api3(code), message).with_request_id("req-1")
}

fn message(code: Code<'_>) -> &'static str {
    catalog::lookup_in("vod", code).expect("in the catalog").message(Lang::En)
}

#[test]
fn api3_body_exact_code_keeps_message_and_request_id() {
    let body = r#"{"Response":{"Error":{"Code":"ResourceNotFound.FileNotExist","Message":"file 5285 not exist"},"RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}}"#;
    let error = VodError::from(parse(body));
    let VodError::FileNotFound(inner) = &error else { panic!("matched {error:?}") };
    assert_eq!(inner.message(), "file 5285 not exist");
    assert_eq!(error.request_id(), Some("6ef60bec-0242-43af-bb20-270359fb54a7"));
    assert_eq!(error.code(), tc_code!("ResourceNotFound.FileNotExist", product = "vod"));
    assert_eq!(error.to_string(), message(error.code()));
    assert_eq!(error.retry(), Retry::Never);
}

#[test]
fn api2_body_legacy_secondary_code() {
    let body = r#"{"code":4100,"message":"鉴权失败","codeDesc":"AuthFailure"}"#;
    let error = VodError::from(parse(body));
    assert!(matches!(error, VodError::BadSignature), "{error:?}");
    // The primary code, not the one that matched.
    assert_eq!(error.code(), Code::Api3("AuthFailure.SignatureFailure"));
    assert_eq!(error.request_id(), None);
}

#[test]
fn api2_string_code_body() {
    let body = r#"{"code":"4100","message":"鉴权失败","codeDesc":"AuthFailure"}"#;
    assert!(matches!(VodError::from(parse(body)), VodError::BadSignature));
}

#[test]
fn module_code_in_an_api2_message() {
    for body in [
        r#"{"code":5100,"message":"(-514) Resource already exists","codeDesc":"OperationDenied.SourceAlreadyExists"}"#,
        r#"{"code":4000,"message":"(- 514) Resource already exists","codeDesc":"InvalidParameter"}"#,
    ] {
        let error = VodError::from(parse(body));
        let VodError::AlreadyExists(inner) = &error else { panic!("matched {error:?}") };
        assert_eq!(inner.module_code(), Some(-514));
        assert_eq!(error.code(), Code::Legacy(-514));
        assert_eq!(error.to_string(), catalog::lookup(Code::Legacy(-514)).unwrap().message(Lang::En));
    }
    // The module code itself as the code matches exactly.
    assert!(matches!(VodError::from(ApiError::new(Code::Legacy(-514), "")), VodError::AlreadyExists(_)));
}

#[test]
fn exact_code_wins_over_module_code() {
    // 4100 matches exactly, although the message carries a module code of another variant.
    let error = VodError::from(ApiError::new(Code::Legacy(4100), "(-514) Resource already exists"));
    assert!(matches!(error, VodError::BadSignature), "{error:?}");
}

#[test]
fn longest_prefix_wins() {
    let bare = VodError::from(api3("RequestLimitExceeded", "slow down"));
    assert!(matches!(bare, VodError::Throttled { .. }), "{bare:?}");
    assert_eq!(bare.code(), Code::Api3("RequestLimitExceeded"));
    assert_eq!(bare.retry(), Retry::Throttling);
    // Shows the carried error, whose source is its own (none).
    assert_eq!(bare.to_string(), "[RequestLimitExceeded] slow down (request id req-1)");
    assert!(bare.source().is_none());

    let sub = VodError::from(api3("RequestLimitExceeded.IPLimitExceeded", "ip"));
    assert!(matches!(sub, VodError::Throttled { .. }), "{sub:?}");
    assert_eq!(sub.code(), Code::Api3("RequestLimitExceeded.IPLimitExceeded"));

    let longer = VodError::from(api3("RequestLimitExceeded.UinLimitExceeded", "uin"));
    assert!(matches!(longer, VodError::AccountThrottled { .. }), "{longer:?}");
    assert_eq!(
        longer.to_string(),
        "this account is throttled ([RequestLimitExceeded.UinLimitExceeded] uin (request id req-1))"
    );
    assert!(longer.is_retryable());

    // A prefix matches whole segments only.
    let not_prefix = VodError::from(api3("RequestLimitExceededX", "x"));
    assert!(matches!(not_prefix, VodError::Other(_)), "{not_prefix:?}");
}

#[test]
fn other_catches_the_rest_and_shows_it() {
    let error = VodError::from(api3("InvalidParameter", "bad FileId"));
    let VodError::Other(inner) = &error else { panic!("matched {error:?}") };
    assert_eq!(inner.code(), Code::Api3("InvalidParameter"));
    assert_eq!(error.code(), Code::Api3("InvalidParameter"));
    assert_eq!(error.to_string(), "[InvalidParameter] bad FileId (request id req-1)");
    assert_eq!(error.request_id(), Some("req-1"));
    // Unknown codes too: the server may send codes no document lists.
    assert!(matches!(VodError::from(api3("Brand.New", "")), VodError::Other(_)));
}

#[test]
fn display_texts_are_the_catalog_messages() {
    assert_eq!(VodError::BadSignature.to_string(), message(Code::Api3("AuthFailure.SignatureFailure")));
    assert_eq!(VodError::Internal.to_string(), message(Code::Api3("InternalError")));
    // vod documents its own wording of InternalError: the declared product's entry is used.
    assert_eq!(catalog::lookup_in("vod", Code::Api3("InternalError")).unwrap().product(), Some("vod"));
    assert_eq!(AuthFailed.to_string(), catalog::lookup(Code::Legacy(4100)).unwrap().message(Lang::En));
    assert_eq!(Chinese::Auth.to_string(), "鉴权失败");
    let tags = VodError::TooManyTags(api3("LimitExceeded.TagCountReachMax", "31 > 30"));
    assert_eq!(tags.to_string(), "too many tags: [LimitExceeded.TagCountReachMax] 31 > 30 (request id req-1)");
}

#[test]
fn source_is_the_carried_error() {
    let error = VodError::from(api3("ResourceNotFound.FileNotExist", "gone"));
    let source = error.source().expect("a source");
    assert_eq!(source.to_string(), "[ResourceNotFound.FileNotExist] gone (request id req-1)");
    assert!(VodError::BadSignature.source().is_none());
}

#[test]
fn retry_classes() {
    assert_eq!(VodError::Internal.retry(), Retry::Transient);
    assert_eq!(VodError::BadSignature.retry(), Retry::Never);
    // A carried error decides by its own code and module code: `(-513) DB operation failed`
    // in a 5100 message is transient even though 5100 alone is not.
    let exists = VodError::from(ApiError::new(Code::Legacy(5100), "(-514) x"));
    assert_eq!(exists.retry(), Retry::Never);
    let db = VodError::from(ApiError::new(Code::Legacy(5100), "(-513) DB operation failed"));
    assert!(matches!(db, VodError::Other(_)));
    assert_eq!(db.retry(), Retry::Transient);
}

#[test]
fn try_from_gives_unmatched_errors_back_untouched() {
    let unmatched = api3("InvalidParameter", "bad").with_code_desc("desc");
    assert_eq!(AuthError::try_from(unmatched.clone()).unwrap_err(), unmatched);
    assert!(matches!(AuthError::try_from(api3("AuthFailure.SignatureFailure", "")), Ok(AuthError::Signature)));
    let secret = AuthError::try_from(ApiError::new(Code::Legacy(4300), "secret")).unwrap();
    assert!(matches!(secret, AuthError::SecretId(_)));
    assert_eq!(secret.code(), Code::Api3("AuthFailure.SecretIdNotFound"));
}

#[test]
fn structs() {
    assert!(AuthFailed::try_from(ApiError::new(Code::Legacy(4100), "")).is_ok());
    assert!(AuthFailed::try_from(ApiError::new(Code::Legacy(4101), "")).is_err());
    let found = NotFound::try_from(api3("ResourceNotFound", "nope")).unwrap();
    assert_eq!(found.0.message(), "nope");
    assert_eq!(found.request_id(), Some("req-1"));
    assert_eq!(AuthFailed.code(), Code::Legacy(4100));
}

#[test]
fn chinese_other_variant() {
    let error = Chinese::from(api3("InternalError", "内部错误"));
    assert!(matches!(error, Chinese::Other { .. }));
    assert_eq!(error.to_string(), "[InternalError] 内部错误 (request id req-1)");
}

#[test]
fn back_into_api_error() {
    let unit: ApiError = VodError::BadSignature.into();
    assert_eq!(unit.code(), Code::Api3("AuthFailure.SignatureFailure"));
    assert_eq!(unit.message(), message(Code::Api3("AuthFailure.SignatureFailure")));
    assert_eq!(unit.request_id(), None);

    let carried = api3("ResourceNotFound.FileNotExist", "server words");
    let back: ApiError = VodError::from(carried.clone()).into();
    assert_eq!(back, carried);

    let zh: ApiError = Chinese::Auth.into();
    assert_eq!(zh.message(), "鉴权失败");
}

/// E -> ApiError -> body -> ApiError -> E, for a variant of every kind.
#[test]
fn round_trip_through_a_body() {
    let samples = [
        VodError::BadSignature,
        VodError::FileNotFound(api3("ResourceNotFound.FileNotExist", "file not exist")),
        VodError::TooManyTags(api3("LimitExceeded.TagCountReachMax", "too many")),
        VodError::Throttled { source: api3("RequestLimitExceeded", "slow") },
        VodError::AccountThrottled { source: api3("RequestLimitExceeded.UinLimitExceeded", "uin") },
        VodError::AlreadyExists(ApiError::new(Code::Legacy(5100), "(-514) Resource already exists")),
        VodError::Internal,
        VodError::Other(api3("InvalidParameter", "bad")),
    ];
    for original in samples {
        let before = format!("{original:?}");
        let (code, text) = (original.code().to_string(), original.to_string());
        let body = ApiError::from(original).to_body();
        let again = VodError::from(parse(&body));
        assert_eq!(format!("{again:?}"), before, "through {body}");
        assert_eq!((again.code().to_string(), again.to_string()), (code, text));
    }
}

/// `TencentError` is object safe and the derived types use it like `ApiError` does.
#[test]
fn as_trait_objects() {
    let errors: Vec<Box<dyn TencentError>> =
        vec![Box::new(VodError::Internal), Box::new(AuthFailed), Box::new(api3("RequestLimitExceeded", "slow"))];
    let codes: Vec<String> = errors.iter().map(|e| e.code().to_string()).collect();
    assert_eq!(codes, ["InternalError", "4100", "RequestLimitExceeded"]);
    let retryable: Vec<bool> = errors.iter().map(|e| e.is_retryable()).collect();
    // `InternalError` may have taken effect: retryable only for an idempotent call.
    assert_eq!(retryable, [false, false, true]);
    assert!(errors[0].retry().is_retryable_when(true));
    assert_eq!(errors[0].entry().unwrap().code(), Code::Api3("InternalError"));
}

/// `tc_code!` in patterns, constants and expressions.
#[test]
fn tc_code_everywhere() {
    const NOT_FOUND: Code<'static> = tc_code!("ResourceNotFound.FileNotExist", product = "vod");
    fn kind(code: Code<'_>) -> &'static str {
        match code {
            tc_code!("AuthFailure.SignatureFailure") | tc_code!(4100) => "auth",
            tc_code!(-514) => "exists",
            NOT_FOUND => "missing",
            _ => "other",
        }
    }
    assert_eq!(kind(Code::Legacy(4100)), "auth");
    assert_eq!(kind(Code::Api3("AuthFailure.SignatureFailure")), "auth");
    assert_eq!(kind(Code::Legacy(-514)), "exists");
    assert_eq!(kind(Code::Api3("ResourceNotFound.FileNotExist")), "missing");
    assert_eq!(kind(Code::Api3("InternalError")), "other");
    assert_eq!(tc_code!(6200), Code::Legacy(6200));
    assert_eq!(tc_code!("InternalError",), Code::Api3("InternalError"));
}

/// Codes Tencent returns but the catalog does not list here: in no table, outside the
/// declared product, outside the declared action's list.
#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos")]
enum Unlisted {
    /// In no table.
    #[tencent(code = "InvalidInstanceState.Terminating", unlisted)]
    Terminating,
    #[tencent(code = "InvalidInstanceState.Stopping", unlisted)]
    Stopping(ApiError),
    #[tencent(code = "InvalidInstanceState.Starting", unlisted, display = "starting {{soon}}")]
    Starting,
    #[tencent(code = "InvalidInstanceState.Rebooting", unlisted, display = "rebooting: {0}")]
    Rebooting(ApiError),
    /// A `cvm` code, outside the declared product.
    #[tencent(code = "InvalidInstanceState", unlisted)]
    CvmState,
    /// A legacy code in no table, with a second code in no table.
    #[tencent(code = 987_654, code = "InvalidInstanceState.Odd", unlisted)]
    Odd,
    /// An `InternalError.*` code in no table, which `Code::retry` calls transient.
    #[tencent(code = "InternalError.Brand_New", unlisted)]
    NewInternal,
    /// Documented by `vod`, not by the action: the catalog's text.
    #[tencent(code = "ResourceNotFound.FileNotExist", unlisted)]
    FileNotFound,
    #[tencent(other)]
    Other(ApiError),
}

#[test]
fn unlisted_variants_display_without_catalog_text() {
    assert_eq!(Unlisted::Terminating.to_string(), "InvalidInstanceState.Terminating");
    assert_eq!(Unlisted::Starting.to_string(), "starting {soon}");
    assert_eq!(Unlisted::CvmState.to_string(), "InvalidInstanceState");
    assert_eq!(Unlisted::Odd.to_string(), "987654");
    let stopping = Unlisted::from(api3("InvalidInstanceState.Stopping", "the instance is stopping"));
    assert!(matches!(stopping, Unlisted::Stopping(_)));
    assert_eq!(stopping.to_string(), "the instance is stopping");
    assert_eq!(
        stopping.source().unwrap().to_string(),
        "[InvalidInstanceState.Stopping] the instance is stopping (request id req-1)"
    );
    let rebooting = Unlisted::from(api3("InvalidInstanceState.Rebooting", "wait"));
    assert_eq!(rebooting.to_string(), "rebooting: [InvalidInstanceState.Rebooting] wait (request id req-1)");
    assert_eq!(rebooting.code(), Code::Api3("InvalidInstanceState.Rebooting"));
    assert_eq!(Unlisted::FileNotFound.to_string(), message(Code::Api3("ResourceNotFound.FileNotExist")));
    assert!(matches!(Unlisted::from(ApiError::new(Code::Legacy(987_654), "")), Unlisted::Odd));
    assert_eq!(Unlisted::Odd.code(), Code::Legacy(987_654));
}

#[test]
fn unlisted_unit_variants_back_into_api_error() {
    let back: ApiError = Unlisted::Terminating.into();
    assert_eq!(back, ApiError::new(Code::Api3("InvalidInstanceState.Terminating"), "InvalidInstanceState.Terminating"));
    let back: ApiError = Unlisted::Starting.into();
    assert_eq!(back, ApiError::new(Code::Api3("InvalidInstanceState.Starting"), "starting {soon}"));
    let back: ApiError = Unlisted::Odd.into();
    assert_eq!(back, ApiError::new(Code::Legacy(987_654), "987654"));
    let carried = api3("InvalidInstanceState.Stopping", "x");
    let back: ApiError = Unlisted::from(carried.clone()).into();
    assert_eq!(back, carried);
}

#[test]
fn unlisted_retry_is_the_codes() {
    assert_eq!(Unlisted::Terminating.retry(), Code::Api3("InvalidInstanceState.Terminating").retry());
    assert_eq!(Unlisted::Odd.retry(), Code::Legacy(987_654).retry());
    assert_eq!(Unlisted::NewInternal.retry(), Retry::Transient);
    let odd = Unlisted::from(api3("InvalidInstanceState.Odd", ""));
    assert!(matches!(odd, Unlisted::Odd));
}

/// `suffix` matches the last segment of a code: the five `cam` `*NameInUse` codes.
#[derive(Debug, TencentError)]
#[tencent(product = "cam")]
enum CamError {
    #[tencent(suffix = "NameInUse")]
    NameInUse(ApiError),
    #[tencent(suffix = "UserNameInUse")]
    UserNameInUse(ApiError),
    #[tencent(prefix = "InvalidParameter.RoleNameInUse")]
    RoleByPrefix(ApiError),
    #[tencent(code = "FailedOperation.PolicyNameInUse")]
    Policy(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

#[test]
fn suffixes_match_the_last_segment() {
    let of = |code: &str| CamError::from(api3(code, "in use"));
    assert!(matches!(of("InvalidParameter.GroupNameInUse"), CamError::NameInUse(_)));
    assert!(matches!(of("InvalidParameter.IdentityNameInUse"), CamError::NameInUse(_)));
    // The longest suffix wins.
    assert!(matches!(of("InvalidParameter.SubUserNameInUse"), CamError::UserNameInUse(_)));
    // Exact codes, then prefixes, come before suffixes.
    assert!(matches!(of("FailedOperation.PolicyNameInUse"), CamError::Policy(_)));
    assert!(matches!(of("InvalidParameter.RoleNameInUse"), CamError::RoleByPrefix(_)));
    // Only the last segment counts.
    assert!(matches!(of("NameInUse.Other"), CamError::Other(_)));
    assert!(matches!(of("InvalidParameter.NameInUseNot"), CamError::Other(_)));
    let error = of("InvalidParameter.GroupNameInUse");
    assert_eq!(error.code(), Code::Api3("InvalidParameter.GroupNameInUse"));
    assert_eq!(error.to_string(), "[InvalidParameter.GroupNameInUse] in use (request id req-1)");
}
