//! Parse real-shaped Tencent Cloud error responses of both API versions into an error enum
//! whose codes the compiler checked against the catalog, explain each with the catalog, and
//! decide whether to retry.
//!
//! ```sh
//! cargo run --example quickstart
//! ```

use tencent_errors::{ApiError, Code, Lang, ParseError, TencentError, catalog, tc_code};

/// The errors this program handles. A typo in any code fails the build with a suggestion.
#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum VodError {
    #[tencent(code = "AuthFailure.SignatureFailure", code = 4100)]
    BadSignature,
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled { source: ApiError },
    #[tencent(code = -514, display = "the resource already exists: {0}")]
    AlreadyExists(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

/// Bodies as Tencent Cloud sends them (always with HTTP 200).
const RESPONSES: [&str; 7] = [
    // API 3.0, the example of Tencent's own error-code page.
    r#"{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}"#,
    // API 3.0, a VOD business code and a throttled call.
    r#"{"Response":{"Error":{"Code":"ResourceNotFound.FileNotExist","Message":"file not exist"},"RequestId":"6ef60bec-0242-43af-bb20-270359fb54a7"}}"#,
    r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Your current request times exceeds the frequency limit."},"RequestId":"b5b41468-520d-4192-b42f-595cc34b6c1c"}}"#,
    // API 2.0, with a Cloud Monitor module code riding in the message, and a string `code`.
    r#"{"code":5100,"message":"(-514) Resource already exists","codeDesc":"OperationDenied.SourceAlreadyExists"}"#,
    r#"{"code":"6000","message":"internal error, try again later","codeDesc":"InternalError"}"#,
    // A success response of each version.
    r#"{"Response":{"TotalCount":0,"RequestId":"4c1b1c4c-1d7e-4f79-9f3a-1c3a2f7b9e01"}}"#,
    r#"{"code":0,"message":"","codeDesc":"Success","data":{}}"#,
];

fn main() -> Result<(), ParseError> {
    for body in RESPONSES {
        match ApiError::from_body(body.as_bytes())? {
            None => println!("success\n"),
            Some(error) => {
                explain(&error);
                handle(VodError::from(error));
            }
        }
    }

    // A malformed body is an error value, never a panic.
    let broken = ApiError::from_body(br#"{"Response":{"Error":{"Code":42}}}"#).unwrap_err();
    println!("malformed body: {broken}\n");

    // The catalog answers questions about codes without any response at hand.
    let typo = "AuthFailure.SignatureFailur";
    let suggestions: Vec<String> = catalog::suggest(typo, 3).iter().map(|e| e.code().to_string()).collect();
    println!("`{typo}` is not a Tencent Cloud code; did you mean {suggestions:?}?");
    let products: Vec<&str> = catalog::lookup_all(Code::Api3("InternalError")).filter_map(|e| e.product()).collect();
    println!("`InternalError` is a common code, and {} products document their own wording of it", products.len());
    Ok(())
}

/// What the program does about each error: a `match` on variants, not on strings.
fn handle(error: VodError) {
    let action = match &error {
        VodError::BadSignature => "check the SecretId/SecretKey pair".to_owned(),
        VodError::FileNotFound(inner) => format!("upload the file again (server said: {})", inner.message()),
        VodError::Throttled { .. } => "back off and retry".to_owned(),
        VodError::AlreadyExists(_) => "nothing to do".to_owned(),
        VodError::Other(_) if error.is_retryable() => "retry later".to_owned(),
        // A server failure may have taken effect: DescribeMediaInfos only reads, so retry it.
        VodError::Other(_) if error.retry().is_retryable_when(true) => "retry: the call only reads".to_owned(),
        VodError::Other(_) => "give up".to_owned(),
    };
    println!("  as VodError (code {}): {error}", error.code());
    println!("  -> {action}\n");
}

fn explain(error: &ApiError) {
    println!("{error}");
    if let Some(entry) = error.entry() {
        println!("  catalog ({}): {}", entry.family(), entry.message(Lang::En));
        println!("  中文: {}", entry.message(Lang::Zh));
    }
    if let Some(module) = error.module_code() {
        let meaning = catalog::lookup(Code::Legacy(module));
        let equivalent = meaning.and_then(|e| e.api3_equivalent()).unwrap_or("none");
        println!("  module code {module}: {} (API 3.0: {equivalent})", meaning.map_or("", |e| e.message(Lang::En)));
    }
    println!("  retry: {:?}, retryable: {}", error.retry(), error.is_retryable());
    if error.code() == tc_code!("AuthFailure.SignatureFailure") {
        println!("  (codes compare with checked constants too)");
    }
}
