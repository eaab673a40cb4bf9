//! The catalog as a whole: counts, SDK rows, lookups and suggestions.

use std::collections::BTreeSet;
use tencent_errors_core::{Code, Family, Lang, Retry, catalog};

#[test]
fn counts_per_family() {
    let count = |family| catalog::iter().filter(|e| e.family() == family).count();
    assert_eq!(count(Family::Access), 16);
    assert_eq!(count(Family::Video), 39);
    assert_eq!(count(Family::Module), 8);
    assert_eq!(count(Family::Common), 38);
    assert_eq!(count(Family::Product), 17_526);
    assert_eq!(count(Family::Client), 17);
    assert_eq!(count(Family::Cos), 129);
    assert_eq!(catalog::iter().len(), 16 + 39 + 8 + 38 + 17_526 + 17 + 129);
    let mut products: BTreeSet<_> =
        catalog::iter().filter(|e| e.family() == Family::Product).filter_map(|e| e.product()).collect();
    assert_eq!(products.len(), 264);
    products.insert("cos");
    assert_eq!(
        catalog::products().collect::<BTreeSet<_>>(),
        products,
        "monitor is an SDK product too; cos is the COS family's"
    );
}

/// Rows copied from `api3-codes.tsv` (product, version, code, English, Chinese).
#[test]
fn sample_of_sdk_rows() {
    let rows = [
        ("mrs", "InvalidParameterValue.ImageIsNoText", None, Some("图片没有文字。")),
        (
            "domain",
            "FailedOperation.DescribeDomainListFailed",
            Some("Failed to get the domain information. Please try again later."),
            Some("获取域名信息操作失败，请稍后重试。"),
        ),
        (
            "tag",
            "FailedOperation.ResourceTagProcessing",
            Some("The resource tag is being processed."),
            Some("资源标签正在处理中。"),
        ),
        (
            "ccc",
            "FailedOperation.ControlAIConversation",
            Some("Control ai conversation error information."),
            Some("ControlAIConversation错误信息"),
        ),
        // English only in v20201112; v20190718 has Chinese only.
        ("chdfs", "UnauthorizedOperation", Some("Unauthorized operation."), Some("未授权操作。")),
        ("cvm", "InvalidInstanceId.NotFound", Some("No instance found."), Some("没有找到相应实例。")),
        // Two versions: the newer one's English (v20250903) wins.
        ("antiddos", "LimitExceeded", Some("The quota limit is exceeded."), Some("超过配额限制。")),
        // Chinese only in the newer version; English the same in both.
        ("ciam", "AuthFailure", Some("A CAM signature/authentication error occurred."), Some("CAM签名/鉴权错误。")),
        // The one row with no text in either language.
        ("mdl", "InvalidParameter.Period", None, None),
    ];
    for (product, code, en, zh) in rows {
        let entry = catalog::lookup_in(product, Code::Api3(code)).unwrap_or_else(|| panic!("{product} {code}"));
        assert_eq!(entry.product(), Some(product));
        assert_eq!((entry.message_in(Lang::En), entry.message_in(Lang::Zh)), (en, zh), "{product} {code}");
    }
    let bare = catalog::lookup_in("mdl", Code::Api3("InvalidParameter.Period")).unwrap();
    assert_eq!(bare.message(Lang::En), "", "documented in neither language");
}

#[test]
fn message_falls_back_to_the_other_language() {
    let entry = catalog::lookup_in("mrs", Code::Api3("InvalidParameterValue.ImageIsNoText")).unwrap();
    assert_eq!(entry.message(Lang::En), "图片没有文字。");
    let module = catalog::lookup(Code::Legacy(-502)).unwrap();
    assert_eq!(module.message(Lang::Zh), "Resource does not exist");
}

#[test]
fn every_entry_is_found_again() {
    for entry in catalog::iter() {
        let first = catalog::lookup(entry.code()).unwrap_or_else(|| panic!("{} not found", entry.code()));
        assert_eq!(first.code(), entry.code());
        let own = catalog::lookup_in(entry.product().unwrap_or("cvm"), entry.code()).unwrap();
        if entry.family() != Family::Common {
            assert!(own == entry, "lookup_in finds {:?} {}", entry.product(), entry.code());
        }
        assert!(catalog::lookup_all(entry.code()).any(|e| e == entry));
    }
}

#[test]
fn lookup_prefers_the_common_entry_then_the_first_product() {
    let entry = catalog::lookup(Code::Api3("InternalError")).unwrap();
    assert_eq!(entry.family(), Family::Common);
    let all: Vec<_> = catalog::lookup_all(Code::Api3("InternalError")).collect();
    assert_eq!(all[0].family(), Family::Common);
    assert!(all[1..].windows(2).all(|w| w[0].product() < w[1].product()));
    assert!(all.len() > 150, "{}", all.len());
    // Only products define `InvalidInstanceId.NotFound`: the first in name order wins.
    let first = catalog::lookup(Code::Api3("InvalidInstanceId.NotFound")).unwrap();
    let products: Vec<_> = catalog::lookup_all(first.code()).filter_map(|e| e.product()).collect();
    assert_eq!(first.product(), products.first().copied());
}

#[test]
fn misses() {
    for code in [
        "",
        "AuthFailure.SignatureFailur",
        "authfailure.signaturefailure",
        "InternalError.",
        "x".repeat(10_000).as_str(),
    ] {
        if code == "InternalError." {
            continue; // an artefact code that some SDK really lists
        }
        assert!(catalog::lookup(Code::Api3(code)).is_none(), "{code}");
    }
    assert!(catalog::lookup(Code::Legacy(0)).is_none());
    assert!(catalog::lookup(Code::Legacy(i32::MIN)).is_none());
    assert!(catalog::lookup_in("no-such-product", Code::Api3("FailedOperation.ClassNoFound")).is_none());
    assert_eq!(
        catalog::lookup_in("no-such-product", Code::Api3("InternalError")).map(|e| e.family()),
        Some(Family::Common)
    );
}

#[test]
fn suggestions_for_typos() {
    let first = |text: &str| catalog::suggest(text, 3).first().map(|e| e.code().to_string());
    assert_eq!(first("AuthFailure.SignatureFailur").as_deref(), Some("AuthFailure.SignatureFailure"));
    assert_eq!(first("AuthFailure.SignatureFialure").as_deref(), Some("AuthFailure.SignatureFailure"));
    assert_eq!(first("authFailure.signatureFailure").as_deref(), Some("AuthFailure.SignatureFailure"));
    assert_eq!(first("ResourceNotFound.FileNotExists").as_deref(), Some("ResourceNotFound.FileNotExist"));
    assert_eq!(first("SignatureFailure").as_deref(), Some("AuthFailure.SignatureFailure"));
    assert_eq!(first("514").as_deref(), Some("-514"));
    assert_eq!(first("OperationDenied.SourceAlreadyExists").as_deref(), Some("-514"));
    assert_eq!(first("4100").as_deref(), Some("4100"), "an exact code comes first");
    assert!(catalog::suggest("CompletelyUnrelatedGibberish.Zzzzzz", 5).is_empty());
    assert!(catalog::suggest("AuthFailure.SignatureFailur", 0).is_empty());
    let many = catalog::suggest("InvalidParameterValue.Nam", 5);
    assert!(many.len() <= 5 && many.iter().any(|e| e.code() == Code::Api3("InvalidParameterValue.Name")));
    let codes: BTreeSet<_> = many.iter().map(|e| e.code()).collect();
    assert_eq!(codes.len(), many.len(), "one entry per code");
}

#[test]
fn product_suggestions() {
    assert_eq!(catalog::suggest_products("cmv", 1), ["cvm"]);
    assert_eq!(catalog::suggest_products("Vod", 1), ["vod"]);
    assert!(catalog::suggest_products("nothing-like-it", 3).is_empty());
    assert!(catalog::is_product("monitor"));
}

#[test]
fn retry_classes_follow_the_sdk_rules() {
    let retry = |code| catalog::lookup(code).unwrap().retry();
    assert_eq!(retry(Code::Api3("RequestLimitExceeded")), Retry::Throttling);
    assert_eq!(retry(Code::Api3("RequestLimitExceeded.UinLimitExceeded")), Retry::Throttling);
    assert_eq!(retry(Code::Api3("RequestLimitExceeded.GlobalRegionUinLimitExceeded")), Retry::Throttling);
    // The common code's text: "IP限频".
    assert_eq!(retry(Code::Api3("RequestLimitExceeded.IPLimitExceeded")), Retry::Throttling);
    // Once in 24 hours: a quota, not a rate.
    assert_eq!(retry(Code::Api3("RequestLimitExceeded.RotateRateLimited")), Retry::Never);
    assert_eq!(retry(Code::Api3("InternalError")), Retry::Transient);
    // Terraform's retryableErrorCode: states that pass.
    assert_eq!(retry(Code::Api3("ResourceUnavailable")), Retry::Busy);
    assert_eq!(retry(Code::Api3("ResourceBusy")), Retry::Busy);
    assert_eq!(retry(Code::Api3("OperationDenied.InstanceOperationInProgress")), Retry::Busy);
    for code in
        ["ClientError.NetworkError", "ClientError.HttpStatusCodeError", "ClientNetworkError", "ServerNetworkError"]
    {
        assert_eq!(retry(Code::Api3(code)), Retry::Transient, "{code}");
    }
    assert_eq!(retry(Code::Api3("ServiceUnavailable")), Retry::Transient);
    assert_eq!(retry(Code::Api3("AuthFailure.SignatureFailure")), Retry::Never);
    for code in [3000, 6000, 6200] {
        assert_eq!(retry(Code::Legacy(code)), Retry::Transient, "{code}");
    }
    assert_eq!(retry(Code::Legacy(4400)), Retry::Never, "a quota, not a rate limit");
    // A module code takes the class of its API 3.0 equivalent.
    for entry in catalog::iter().filter(|e| e.family() == Family::Module) {
        assert_eq!(entry.retry(), Code::Api3(entry.api3_equivalent().unwrap()).retry(), "{}", entry.code());
    }
}

#[test]
fn code_display_and_parse_round_trip() {
    for entry in catalog::iter() {
        let text = entry.code().to_string();
        match entry.code() {
            // Text has no marker for COS: the same spelling parses as the API 3.0 code.
            Code::Cos(code) => assert_eq!(Code::parse(&text), Code::Api3(code)),
            code => assert_eq!(Code::parse(&text), code),
        }
    }
    assert_eq!(Code::parse("007"), Code::Api3("007"));
    assert_eq!(Code::parse("+5"), Code::Api3("+5"));
}

/// `suggest` gives, for each code, the entry `lookup` gives: for a code only products
/// document, the first with English text, not the first in name order.
#[test]
fn suggestions_are_the_entries_lookup_gives() {
    let found = catalog::suggest("FailedOperation.ServiceIsolat", 5);
    let entry = found.iter().find(|e| e.code() == Code::Api3("FailedOperation.ServiceIsolate")).unwrap();
    assert_eq!(Some(*entry), catalog::lookup(entry.code()));
    assert_eq!(entry.product(), Some("asr"), "aai, first in name order, has no English text");
    for text in ["InternalErr", "ResourceNotFound.FileNotExis", "4101", "SignatureFailure"] {
        for entry in catalog::suggest(text, 10) {
            assert_eq!(Some(entry), catalog::lookup(entry.code()), "{text}: {:?}", entry.code());
        }
    }
}
