//! Tencent Cloud errors as `miette` diagnostics: the Tencent code is the diagnostic code and
//! the catalog explains it.
//!
//! ```sh
//! cargo run --example diagnostics --features miette
//! ```

use miette::{Diagnostic, NarratableReportHandler};
use tencent_errors::{ApiError, ParseError, TencentError};

#[derive(Debug, TencentError)]
enum AccessError {
    #[tencent(code = 4100)]
    Authentication,
    #[tencent(code = 4400, display = "quota exceeded: {0}")]
    Quota(ApiError),
    #[tencent(code = "RequestLimitExceeded")]
    Throttled,
    #[tencent(other)]
    Other(ApiError),
}

const RESPONSES: [&str; 4] = [
    r#"{"code":4100,"message":"鉴权失败","codeDesc":"AuthFailure"}"#,
    r#"{"code":4400,"message":"(-502) Monitor quota reached","codeDesc":"QuotaExceeded"}"#,
    r#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"slow down"},"RequestId":"b5b41468"}}"#,
    r#"{"Response":{"Error":{"Code":"InvalidParameter","Message":"bad Limit"},"RequestId":"4c1b1c4c"}}"#,
];

fn main() -> Result<(), ParseError> {
    let handler = NarratableReportHandler::new();
    for body in RESPONSES {
        let Some(api_error) = ApiError::from_body(body.as_bytes())? else { continue };
        let error = AccessError::from(api_error);
        let mut report = String::new();
        handler.render_report(&mut report, &error).expect("writing to a String");
        println!("{report}");
        println!("  severity: {:?}, retryable: {}\n", error.severity(), error.is_retryable());
    }
    Ok(())
}
