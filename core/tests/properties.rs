//! Property tests: whatever the input, parsing never panics, what is written is read back
//! unchanged, and every catalog entry is reachable from its own code.
#![cfg(feature = "json")]

use proptest::prelude::*;
use tencent_errors_core::{ApiError, Code, catalog};

/// API 3.0 codes as Tencent writes them, plus arbitrary text (which must survive too).
fn api3_code() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][A-Za-z]{0,20}(\\.[A-Z][A-Za-z0-9_]{0,20}){0,2}",
        any::<String>(),
        (0..catalog::iter().len()).prop_map(|i| catalog::iter().nth(i).unwrap().code().to_string()),
    ]
}

fn api_error() -> impl Strategy<Value = ApiError> {
    let code = prop_oneof![any::<i32>().prop_map(|n| n.to_string()), api3_code()];
    (code, any::<String>(), proptest::option::of(any::<String>()), proptest::option::of(any::<String>())).prop_map(
        |(code, message, request_id, code_desc)| {
            let mut error = ApiError::new(Code::parse(&code), message);
            if let Some(id) = request_id {
                error = error.with_request_id(id);
            }
            if let Some(desc) = code_desc {
                error = error.with_code_desc(desc);
            }
            error
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = ApiError::from_body(&bytes);
    }

    /// Bytes that look like JSON reach deeper into the parser than uniform noise does.
    #[test]
    fn json_shaped_text_never_panics(text in r#"[{}\[\]":,0-9a-zA-Z\\ .-]{0,200}"#) {
        let _ = ApiError::from_body(text.as_bytes());
        let wrapped = format!(r#"{{"Response":{{"Error":{text}}}}}"#);
        let _ = ApiError::from_body(wrapped.as_bytes());
    }

    #[test]
    fn to_body_then_from_body_is_the_identity(error in api_error()) {
        let body = error.to_body();
        prop_assert_eq!(ApiError::from_body(body.as_bytes()), Ok(Some(error)), "{}", body);
    }

    #[test]
    fn module_code_extraction_never_panics_and_reads_what_it_should(
        message in any::<String>(),
        code in any::<i32>(),
        spaced in any::<bool>(),
    ) {
        let _ = ApiError::new(Code::Legacy(4000), message.as_str()).module_code();
        let written = match (spaced, code < 0) {
            (true, true) => format!("(- {}) {message}", code.unsigned_abs()),
            _ => format!("({code}) {message}"),
        };
        prop_assert_eq!(ApiError::new(Code::Legacy(4000), written).module_code(), Some(code));
    }
}

proptest! {
    // `suggest` scans the whole catalog (12,000 distance computations a call): fewer cases.
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn suggest_never_panics(text in any::<String>(), limit in 0usize..10) {
        prop_assert!(catalog::suggest(&text, limit).len() <= limit);
        let _ = catalog::suggest_products(&text, limit);
    }

    #[test]
    fn suggest_returns_the_exact_code_first(index in 0..catalog::iter().len()) {
        let code = catalog::iter().nth(index).unwrap().code();
        let found = catalog::suggest(&code.to_string(), 3);
        // A COS code spelled like an API 3.0 code (`InternalError`) ties with it, and ties go
        // in catalog order, API 3.0 first: the spelling comes first, the COS code right after.
        prop_assert_eq!(found.first().map(|entry| entry.code().to_string()), Some(code.to_string()));
        prop_assert!(found.iter().take(2).any(|entry| entry.code() == code));
    }
}

/// Exhaustive rather than sampled: the catalog is small enough.
#[test]
fn every_entry_round_trips_through_lookup_and_display() {
    for entry in catalog::iter() {
        let code = entry.code();
        let text = code.to_string();
        match code {
            // Text has no COS marker: the spelling reads back as the API 3.0 code.
            Code::Cos(cos) => assert_eq!(Code::parse(&text), Code::Api3(cos), "{text}"),
            _ => assert_eq!(Code::parse(&text), code, "{text}"),
        }
        let found = match entry.product() {
            Some(product) => catalog::lookup_in(product, code),
            None => catalog::lookup(code),
        };
        assert!(found.is_some_and(|found| found == entry), "{text} in {:?}", entry.product());
        assert!(catalog::lookup_all(code).any(|other| other == entry), "{text}");
    }
}
